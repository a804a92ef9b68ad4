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


def test_the_measure_page_shows_its_press_coverage(
    web_app: App, browser: MakeBrowser, tmp_path: Path
) -> None:
    from tandem.services.measures import propose_measure

    at = datetime.fromisoformat("2018-11-19T01:00Z")
    measure = propose_measure(web_app, "kim", "Joint railway survey to the north", at=at)["id"]
    other = propose_measure(web_app, "kim", "Liaison office staffing", at=at)["id"]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(ARTICLE | {"outlet": "Wire <Service>"}), "utf-8")
    monitoring.ingest(web_app, "smith", [str(path)], at=at)
    survey, warning = monitoring.list_reports(web_app)
    assert monitoring.show_report(web_app, survey["id"])["measure"] == measure  # matched
    monitoring.link_report(web_app, "smith", warning["id"], other, at=at)  # by a reviewer
    monitoring.dismiss_report(web_app, "smith", survey["id"], "Only a survey", at=at)
    usa, lee = browser(), browser()
    usa.sign_in("usa")
    lee.sign_in("lee")  # a viewer of the other party reads the coverage too
    for reader in (usa, lee):
        page = reader.get(f"/measures/{measure}")
        assert page.status_code == 200
        assert 'data-testid="press"' in page.text
        assert "Wire &lt;Service&gt;" in page.text  # escaped
        assert "Railway survey" in page.text and 'href="https://wire.invalid/railway"' in page.text
        assert "joint survey of the railway" in page.text and "dismissed" in page.text
        assert f'href="/reports?measure={measure}&amp;status=#report-{survey["id"]}"' in page.text
        assert "warned Pyongyang" not in page.text  # not linked to this measure
    assert "warned Pyongyang" in usa.get(f"/measures/{other}").text
    listed = usa.get(f"/reports?measure={measure}&status=").text
    assert f'id="report-{survey["id"]}"' in listed and f'id="report-{warning["id"]}"' not in listed
    assert "Press coverage of measure" in listed and "COOPERATE" in listed
    assert usa.get("/reports?measure=x1").status_code == 422
    korean = usa.get(f"/measures/{measure}", headers={"Accept-Language": "ko"}).text
    assert "언론 보도" in korean and "기각됨" in korean
