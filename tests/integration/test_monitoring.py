"""Monitoring on both databases: ingest, duplicates, matching, the unnotified alert, review.

The articles are written for these tests (not copied from any outlet).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from service_support import assert_rebuilds, at, refused

from tandem.domain.errors import InvalidInput, InvalidTransition, NotFound
from tandem.domain.measures import Stance
from tandem.services import measures, monitoring, observations, pacing
from tandem.services.context import App

LIAISON = (
    "South Korea opened the inter-Korean liaison office in Kaesong on Friday, the "
    "Unification Ministry said. Officials from both sides attended the ceremony."
)
RAILWAY = (
    "South Korea began a joint survey of the railway to the north on Thursday, officials "
    "said. Washington was not consulted before the train left, a diplomat said."
)


def _article(path: Path, name: str, text: str, published: str = "2018-11-30", **more: str) -> Path:
    data = {"title": name, "outlet": "Tandem Test Wire", "published": published, "text": text}
    data.update(more)
    target = path / f"{name}.json"
    target.write_text(json.dumps(data), "utf-8")
    return target


def _cleared_liaison(app: App) -> int:
    mid = int(
        measures.propose_measure(
            app,
            "kim",
            "Open the inter-Korean liaison office in Kaesong",
            description="A joint liaison office staffed by both Koreas in Kaesong.",
            measure_type="project",
            planned=date(2018, 11, 30),
            at=at("2018-11-20T01:00Z"),
        )["id"]
    )
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T02:00Z"))
    measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at("2018-11-20T04:00Z"))
    return mid


def test_an_unnotified_action_in_the_news_alerts_the_partners(app: App, tmp_path: Path) -> None:
    path = _article(tmp_path, "railway", RAILWAY)
    summary = monitoring.ingest(app, "smith", [str(path)], at=at("2018-11-30T10:00Z"))
    assert summary == {"read": 1, "skipped": [], "duplicates": 0, "reports": 1}
    [report] = monitoring.list_reports(app)
    assert report["article"] == "railway.json"
    assert (report["actor"], report["action"], report["target"]) == ("KOR", "061", "PRK")
    assert report["date"] == "2018-11-29"
    assert report["modality"] == "claimed"
    assert set(report) == {
        "id", "article", "actor", "action", "action_name", "goldstein", "target", "date",
        "tracks", "modality", "evidence", "confidence", "plover",
    }  # fmt: skip
    assert report["plover"] == "COOPERATE"  # PLOVER's category of CAMEO 061
    [alert] = observations.list_alerts(app, kind="unnotified")
    assert alert["actor"] == "KOR" and alert["to"] == ["USA"]
    assert "railway.json" in alert["text"] and "joint survey of the railway" in alert["text"]
    assert monitoring.list_reports(app, party="USA") == []
    assert monitoring.list_reports(app, party="KOR") == [report]


def test_a_notified_measure_in_the_news_is_linked_without_an_alert(
    app: App, tmp_path: Path
) -> None:
    mid = _cleared_liaison(app)
    path = _article(tmp_path, "liaison", LIAISON)
    monitoring.ingest(app, "smith", [str(path)], at=at("2018-11-30T10:00Z"))
    [report] = monitoring.list_reports(app)
    assert monitoring.show_report(app, report["id"])["measure"] == mid
    assert observations.list_alerts(app, kind="unnotified") == []
    assert monitoring.list_reports(app, measure=mid) == [report]


def test_duplicates_same_url_same_text_and_near_copies(app: App, tmp_path: Path) -> None:
    first = _article(tmp_path, "first", RAILWAY, url="http://wire.test/a")
    same_url = _article(tmp_path, "same-url", LIAISON, url="http://wire.test/a")
    same_text = _article(tmp_path, "same-text", RAILWAY)
    near = _article(tmp_path, "near", RAILWAY.replace("Thursday", "Thursday morning"))
    summary = monitoring.ingest(
        app, "smith", [str(p) for p in (first, same_url, same_text, near)],
        at=at("2018-11-30T10:00Z"),
    )  # fmt: skip
    assert summary["read"] == 1 and summary["duplicates"] == 3
    again = monitoring.ingest(app, "smith", [str(first)], at=at("2018-11-30T11:00Z"))
    assert again["duplicates"] == 1 and again["read"] == 0


def test_bad_inputs_are_skipped_with_why_and_the_batch_goes_on(app: App, tmp_path: Path) -> None:
    tmp_path = tmp_path / "inbox"
    tmp_path.mkdir()
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.html").write_text("", "utf-8")
    (tmp_path / "korean.txt").write_text(
        "제목\nDate: 2018-11-30\n남북은 철도 연결에 합의했다.", "utf-8"
    )
    (tmp_path / "nodate.json").write_text(json.dumps({"title": "x", "text": LIAISON}), "utf-8")
    (tmp_path / "feed.rss").write_text("<rss><channel><item>broken", "utf-8")
    (tmp_path / "notes.xml").write_text("just some words, not a feed", "utf-8")
    _article(tmp_path, "good", RAILWAY)
    summary = monitoring.ingest(app, "smith", [str(tmp_path)], at=at("2018-11-30T10:00Z"))
    assert summary["read"] == 1
    why = {Path(s["input"]).name: s["why"] for s in summary["skipped"]}
    assert "binary" in why["binary.bin"]
    assert "empty" in why["empty.html"]
    assert "English" in why["korean.txt"]
    assert "no date" in why["nodate.json"]
    assert any("feed.rss" in s["input"] for s in summary["skipped"])
    assert "not an RSS or Atom feed" in why["notes.xml"]
    assert len(summary["skipped"]) == 6


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_pages_and_feeds_from_a_local_server(app: App, tmp_path: Path, server: str) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Railway survey</title>"
        '<meta property="og:site_name" content="Tandem Test Wire">'
        '<meta name="date" content="2018-11-30"></head><body><nav>Home | World</nav>'
        f"<article><h1>Railway survey</h1><p>{RAILWAY}</p></article></body></html>",
        "utf-8",
    )
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>'
        f"<item><title>Office</title><link>{server}/office</link>"
        "<pubDate>Fri, 30 Nov 2018 09:00:00 GMT</pubDate>"
        f"<description>{LIAISON}</description></item></channel></rss>",
        "utf-8",
    )
    summary = monitoring.ingest(
        app, "smith", [f"{server}/page.html", f"{server}/feed.xml"], at=at("2018-11-30T10:00Z")
    )
    assert summary["read"] == 2, summary
    articles = [r["article"] for r in monitoring.list_reports(app)]
    assert f"{server}/page.html" in articles and f"{server}/office" in articles


def test_confirm_makes_an_observed_action_that_moves_the_track(
    app: App, tmp_path: Path, new_url: Callable[[], str]
) -> None:
    path = _article(tmp_path, "railway", RAILWAY)
    monitoring.ingest(app, "smith", [str(path)], at=at("2018-11-30T10:00Z"))
    [report] = monitoring.list_reports(app)
    done = monitoring.confirm_report(app, "smith", report["id"], at=at("2018-11-30T11:00Z"))
    assert done["status"] == "confirmed" and done["observed"]
    [observed] = observations.list_observed(app)
    assert observed["actor"] == "KOR" and observed["on"] == "2018-11-29"
    index = {t["id"]: t["index"] for t in pacing.pace(app)["tracks"]}
    assert index["inter-korean"] == pytest.approx(6.4, abs=0.1)
    assert len(observations.list_alerts(app, kind="unnotified")) == 1  # not raised twice
    refused(
        app,
        InvalidTransition,
        lambda: monitoring.confirm_report(app, "smith", report["id"]),
        "already confirmed",
    )
    assert_rebuilds(app, new_url())


def test_dismiss_keeps_why_and_link_names_the_measure(app: App, tmp_path: Path) -> None:
    mid = _cleared_liaison(app)
    path = _article(tmp_path, "railway", RAILWAY)
    monitoring.ingest(app, "smith", [str(path)], at=at("2018-11-30T10:00Z"))
    [report] = monitoring.list_reports(app)
    linked = monitoring.link_report(app, "smith", report["id"], mid, at=at("2018-11-30T11:00Z"))
    assert linked["measure"] == mid
    refused(app, InvalidInput, lambda: monitoring.dismiss_report(app, "smith", report["id"], " "))
    gone = monitoring.dismiss_report(
        app, "smith", report["id"], "a survey, not the works", at=at("2018-11-30T12:00Z")
    )
    assert gone["status"] == "dismissed" and gone["why"] == "a survey, not the works"
    refused(app, NotFound, lambda: monitoring.show_report(app, 999), "no report 999")


def test_a_registered_feed_is_read_by_the_worker(app: App, tmp_path: Path, server: str) -> None:
    from tandem.services.worker import Worker

    feed = tmp_path / "feed.xml"
    item = (
        "<item><title>{t}</title><link>{server}/{t}</link>"
        "<pubDate>Fri, 30 Nov 2018 09:00:00 GMT</pubDate><description>{text}</description></item>"
    )
    first = item.format(t="railway", server=server, text=RAILWAY)
    feed.write_text(f'<rss version="2.0"><channel><title>F</title>{first}</channel></rss>', "utf-8")
    source = monitoring.add_source(
        app, "smith", f"{server}/feed.xml", every_minutes=30, at=at("2018-11-30T10:00Z")
    )
    assert monitoring.list_sources(app) == [source]
    refused(
        app,
        InvalidInput,
        lambda: monitoring.add_source(app, "smith", f"{server}/feed.xml"),
        "already a source",
    )
    refused(app, InvalidInput, lambda: monitoring.add_source(app, "smith", "nowhere/at/all"))
    worker = Worker(app)
    try:
        assert worker.tick()["articles_read"] == 1
        assert worker.tick()["articles_read"] == 0  # read 0 minutes ago: not due
    finally:
        worker.close()
    assert monitoring.list_sources(app)[0]["polled_at"] is not None
    second = item.format(t="office", server=server, text=LIAISON)
    feed.write_text(
        f'<rss version="2.0"><channel><title>F</title>{first}{second}</channel></rss>', "utf-8"
    )
    assert monitoring.poll_sources(app, at("2018-11-30T11:00Z")) == 1
    assert len(monitoring.list_reports(app)) == 2
    monitoring.remove_source(app, "smith", source["id"], at=at("2018-11-30T12:00Z"))
    assert monitoring.list_sources(app) == []
    refused(app, NotFound, lambda: monitoring.remove_source(app, "smith", source["id"]))
