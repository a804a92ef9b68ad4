"""Meetings in the browser: the demo's meeting, its brief, and approving a statement."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_support import Browser, TestClient

from tandem.api.app import create_app
from tandem.services import meetings
from tandem.services.context import App
from tandem.services.keys import KEY_FILE_ENV
from tandem.services.scenario import DEMO_PASSWORD, load_scenario


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[App, TestClient]]:
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "group.key"))
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    load_scenario("wg2018", url)
    app = App.open(url)
    with TestClient(create_app(app, write_limit="off"), follow_redirects=False) as client:
        yield app, client
    app.db.dispose()


def _browser(client: TestClient, name: str) -> Browser:
    fresh = TestClient(client.app, follow_redirects=False)
    b = Browser(fresh)
    assert b.sign_in(name, DEMO_PASSWORD).status_code == 303
    return b


def test_the_demo_meeting_and_its_brief(demo: tuple[App, TestClient]) -> None:
    _, client = demo
    usa = _browser(client, "usa")
    listed = usa.get("/meetings").text
    assert 'href="/meetings/1"' in listed and "Seoul" in listed
    page = usa.get("/meetings/1").text
    agenda = re.search(r'data-testid="agenda">(.*?)</ol>', page, re.S)
    assert agenda and "Mount Kumgang" in agenda.group(1) and "to-be-amended" in agenda.group(1)
    assert "agreed by all parties" in page
    brief = usa.get("/meetings/1/brief.md")
    assert brief.status_code == 200 and brief.headers["content-type"].startswith("text/markdown")
    assert "Mount Kumgang" in brief.text
    assert usa.get("/meetings/1/brief.doc").status_code == 422
    assert usa.get("/meetings/99").status_code == 404


def test_each_partys_envoy_approves_a_statement_once(demo: tuple[App, TestClient]) -> None:
    app, client = demo
    statement = meetings.draft_statement(app, 1, "kim", "Both sides will meet again in January.")
    number = int(statement["number"])
    kor, usa, kim = _browser(client, "kor"), _browser(client, "usa"), _browser(client, "kim")
    form = f'action="/meetings/1/statements/{number}/approve"'
    assert form in kor.get("/meetings/1").text and form not in kim.get("/meetings/1").text
    assert kor.form(f"/meetings/1/statements/{number}/approve", {}).status_code == 303
    assert form not in kor.get("/meetings/1").text
    again = kor.form(f"/meetings/1/statements/{number}/approve", {})
    assert again.status_code in (409, 422) and 'data-testid="meeting-error"' in again.text
    usa.form(f"/meetings/1/statements/{number}/approve", {})
    final = re.search(
        rf'data-testid="statement-{number}">(.*?)</article>', usa.get("/meetings/1").text, re.S
    )
    assert final and "agreed by all parties" in final.group(1)
