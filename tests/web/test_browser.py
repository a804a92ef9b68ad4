"""The web UI in a real browser: Debian's Chromium driven by Playwright, against a real
uvicorn server on loopback (SQLite; the HTTP tests beside this one cover PostgreSQL).

Screenshots of every page visited land in test-artifacts/web/ (not committed).
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from web_support import PASSWORD, free_port, with_passwords

from tandem.api.app import create_app
from tandem.services.context import App

CHROMIUM = os.environ.get("TANDEM_TEST_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"


@pytest.fixture
def server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_app: Callable[..., App]
) -> Iterator[str]:
    """A working group on SQLite served by uvicorn in a thread; yields its base URL."""
    import uvicorn

    from tandem.services.keys import KEY_FILE_ENV

    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "group.key"))
    app = make_app(f"sqlite:///{tmp_path / 'web.db'}")
    with_passwords(app, "kor", "usa", "kim", "smith")
    port = free_port()
    config = uvicorn.Config(create_app(app), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start in 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        message = f"Chromium not found at {CHROMIUM}; `make setup` (as root) installs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Person:
    """One user in their own browser context (own cookies), remembering every request."""

    def __init__(self, chromium: Any, base: str, name: str, width: int = 1280) -> None:
        self.base = base
        self.name = name
        self.context = chromium.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.shots = 0

    def go(self, path: str) -> None:
        self.page.goto(self.base + path)

    def shot(self, what: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.shots += 1
        self.page.screenshot(
            path=str(ARTIFACTS / f"{self.name}-{self.shots:02d}-{what}.png"), full_page=True
        )

    def sign_in(self) -> None:
        """With the keyboard only: type, Tab to the next field, Enter to send."""
        self.go("/")
        assert "/login" in self.page.url
        self.shot("login")
        self.page.focus("#name")
        self.page.keyboard.type(self.name)
        self.page.keyboard.press("Tab")
        self.page.keyboard.type(PASSWORD)
        self.page.keyboard.press("Enter")
        self.page.wait_for_url(self.base + "/")
        assert self.name in self.page.inner_text("[data-testid=who]")

    def close(self) -> None:
        self.context.close()


def test_two_parties_consult_in_the_browser(chromium: Any, server: str) -> None:
    kor = Person(chromium, server, "kor")
    kor.sign_in()
    kor.shot("dashboard")

    # KOR proposes and notifies a measure.
    kor.page.click("text=New measure")
    kor.page.fill("#title", "Joint field study of the railways")
    kor.page.fill("#description", "A survey train runs the Gyeongui line for eighteen days.")
    kor.shot("new-measure")
    kor.page.click("button:has-text('Propose')")
    kor.page.wait_for_url(re.compile(r".*/measures/\d+\?done=propose"))
    first = int(re.findall(r"/measures/(\d+)", kor.page.url)[0])
    kor.page.click("[data-testid=notify-form] button")
    kor.page.wait_for_url(re.compile(r".*done=notify"))
    assert "in consultation" in kor.page.inner_text("main")
    kor.shot("notified")
    kor.page.fill("#note-text", "Internal: fall back to a shorter survey if pressed.")
    kor.page.click("button:has-text('Add note')")
    kor.page.wait_for_url(re.compile(r".*done=note"))
    assert "fall back to a shorter survey" in kor.page.inner_text("[data-testid=notes]")

    # USA sees it waiting, acknowledges, supports: cleared by consensus.
    usa = Person(chromium, server, "usa")
    usa.sign_in()
    awaiting = usa.page.inner_text("[data-testid=awaiting]")
    assert "Joint field study of the railways" in awaiting and "acknowledgement due" in awaiting
    assert "KOR:" in usa.page.inner_text("[data-testid=open]")  # the partner's local time
    usa.shot("dashboard-awaiting")
    usa.page.click("[data-testid=awaiting] a")
    assert "fall back" not in usa.page.content()
    usa.page.click("[data-testid=acknowledge-form] button")
    usa.page.wait_for_url(re.compile(r".*done=acknowledge"))

    # A failed form shows its error beside it: an objection needs a reason.
    usa.page.check("input[name=stance][value=objection]")
    usa.page.click("[data-testid=position-form] button")
    error = usa.page.inner_text("[data-testid=position-error]")
    assert "needs --reason" in error
    usa.shot("position-refused")

    usa.go(f"/measures/{first}")
    usa.page.check("input[name=stance][value=support]")
    usa.page.fill("#reason", "Supported; equipment staying north needs an exemption.")
    usa.page.click("[data-testid=position-form] button")
    usa.page.wait_for_url(re.compile(r".*done=position"))
    facts = usa.page.inner_text("main")
    assert "cleared" in facts and "by consensus" in facts
    usa.shot("cleared")

    # KOR executes a second measure without consulting: USA is alerted.
    kor.go("/measures/new")
    kor.page.fill("#title", "Reopen the liaison office")
    kor.page.click("button:has-text('Propose')")
    kor.page.wait_for_url(re.compile(r".*done=propose"))
    assert "unilateral action" in kor.page.inner_text("[data-testid=execute-form]")
    kor.page.click("[data-testid=execute-form] button")
    kor.page.wait_for_url(re.compile(r".*done=execute"))
    kor.shot("executed-unilaterally")

    usa.go("/")
    alerts = usa.page.inner_text("[data-testid=alerts]")
    assert "unilateral" in alerts and "Reopen the liaison office" in alerts
    usa.shot("dashboard-alert")

    # USA never sees KOR's internal note: not on the page, not in search.
    for path in (f"/measures/{first}", "/measures?q=shorter", "/measures", "/record"):
        usa.go(path)
        assert "fall back to a shorter survey" not in usa.page.content(), path
    usa.go(f"/record?measure={first}")
    assert "valid" in usa.page.inner_text("[data-testid=signature]")
    usa.shot("record")

    # Everything came from this server: no CDN, no font or script from elsewhere.
    for person in (kor, usa):
        outside = [u for u in person.requests if not u.startswith(server)]
        assert outside == [], outside
    kor.close()
    usa.close()


def test_korean_and_a_tablet_width(chromium: Any, server: str) -> None:
    kim = Person(chromium, server, "kim", width=768)
    kim.sign_in()
    kim.page.select_option("#lang", "ko")
    kim.page.click("form[action='/preferences'] button")
    kim.page.wait_for_load_state()
    assert kim.page.get_attribute("html", "lang") == "ko"
    assert "대시보드" in kim.page.inner_text("h1")
    for path in ("/", "/measures", "/measures/new", "/record"):
        kim.go(path)
        overflow = kim.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} is wider than a tablet by {overflow}px"
        kim.shot("ko-tablet" + path.replace("/", "-"))
    kim.close()
