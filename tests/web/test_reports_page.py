"""The news reports page: a party's inbox of actions read in the news, confirm and dismiss."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from web_support import MakeBrowser

from tandem.services import monitoring
from tandem.services.context import App

ARTICLE = {
    "url": "https://wire.invalid/railway",
    "title": "Railway survey",
    "published": "2018-11-16",
    "text": "South Korea began a joint survey of the railway to the north on Thursday. "
    "Seoul warned Pyongyang on Friday against further missile launches.",
}


def test_a_partner_confirms_and_dismisses_news_reports(
    web_app: App, browser: MakeBrowser, tmp_path: Path
) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(ARTICLE), "utf-8")
    monitoring.ingest(web_app, "smith", [str(path)], at=datetime.fromisoformat("2018-11-19T01:00Z"))
    survey, warning = monitoring.list_reports(web_app)
    usa, kor = browser(), browser()
    usa.sign_in("usa")
    kor.sign_in("kor")
    page = usa.get("/reports?party=KOR").text
    assert 'data-testid="reports"' in page and "joint survey of the railway" in page
    assert "https://wire.invalid/railway" in page
    assert usa.form(f"/reports/{survey['id']}/confirm", {}).status_code == 303
    assert "joint survey" in usa.get("/reports?status=confirmed").text
    refused = kor.form(f"/reports/{warning['id']}/confirm", {})
    assert refused.status_code == 422 and "your own party" in refused.text
    gone = usa.form(f"/reports/{warning['id']}/dismiss", {"why": "A warning, not a step"})
    assert gone.status_code == 303
    assert monitoring.show_report(web_app, warning["id"])["why"] == "A warning, not a step"
    assert "No reports here" in usa.get("/reports").text  # nothing new is left
    forged = usa.client.post(f"/reports/{survey['id']}/dismiss", data={"csrf": "x", "why": "y"})
    assert forged.status_code == 403
