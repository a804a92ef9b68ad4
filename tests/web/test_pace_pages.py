"""The tracks on the dashboard, the chart, and a measure's what-if on its page."""

from __future__ import annotations

from web_support import MakeBrowser

from tandem.services import measures
from tandem.services.context import App


def test_dashboard_shows_the_tracks_rules_and_chart(web_app: App, browser: MakeBrowser) -> None:
    usa = browser()
    usa.sign_in("usa")
    page = usa.get("/").text
    assert 'data-testid="tracks"' in page and "Inter-Korean exchanges and projects" in page
    assert "inter-korean may not lead denuclearization by more than 10" in page
    assert 'src="/pace/chart.svg"' in page
    chart = usa.get("/pace/chart.svg")
    assert chart.status_code == 200
    assert chart.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in chart.text
    assert browser().get("/pace/chart.svg").status_code == 303  # signed in only


def test_a_measure_that_would_outpace_says_so_on_its_page(
    web_app: App, browser: MakeBrowser
) -> None:
    done = measures.propose_measure(
        web_app, "kim", "Open a liaison office", measure_type="project", effects=["inter-korean:+5"]
    )["id"]
    measures.execute_measure(web_app, done, "kor")
    big = measures.propose_measure(
        web_app,
        "kim",
        "Reconnect the railways",
        measure_type="project",
        effects=["inter-korean:+10"],
        effect_reason="A project of the first rank",
    )["id"]
    small = measures.propose_measure(
        web_app, "kim", "Exchange letters", measure_type="project", effects=["inter-korean:+2"]
    )["id"]
    usa = browser()
    usa.sign_in("usa")
    big_page = usa.get(f"/measures/{big}").text
    assert 'data-testid="what-if"' in big_page and 'data-testid="breach"' in big_page
    assert "outpacing" in big_page
    small_page = usa.get(f"/measures/{small}").text
    assert 'data-testid="what-if"' in small_page and 'data-testid="breach"' not in small_page
    kor = browser()
    kor.sign_in("kor")
    kor.act(big, "withdraw")
    assert 'data-testid="what-if"' not in usa.get(f"/measures/{big}").text
