"""Monitoring through the `tandem` command: ingest, the report format, review, sources, eval.

Bad input exits 2 with a sentence on stderr, nothing on stdout, and nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_support import database_state, run

DATA = Path(__file__).parent.parent / "data" / "monitoring"
REPORT_KEYS = {
    "id", "article", "actor", "action", "action_name", "goldstein", "target", "date",
    "tracks", "modality", "evidence", "confidence", "plover",
}  # fmt: skip


def ok(cli_db: str, *args: str) -> Any:
    done = run(*args, cwd=Path(cli_db).parent, db=cli_db)
    assert done.code == 0, done.stderr
    return done.json() if "--json" in args else done


def test_ingest_list_confirm_dismiss(cli_db: str) -> None:
    folder = Path(cli_db).parent / "news"
    folder.mkdir()
    (folder / "railway.txt").write_text(
        "Railway survey begins\nOutlet: Tandem Test Wire\nDate: 2018-11-16\n\n"
        "South Korea began a joint survey of the railway to the north on Thursday. "
        "The US State Department welcomed the survey.",
        "utf-8",
    )
    (folder / "feed.rss").write_text("not a feed at all", "utf-8")
    articles = [
        {
            "url": "https://wire.invalid/1",
            "title": "Warning",
            "published": "2018-11-16",
            "text": "Seoul warned Pyongyang on Tuesday against further missile launches.",
        }
    ]
    (folder / "more.json").write_text(json.dumps(articles), "utf-8")
    summary = ok(cli_db, "ingest", str(folder), "--as", "smith", "--json")
    assert summary["read"] == 2 and summary["duplicates"] == 0 and summary["reports"] == 3
    assert [s["input"] for s in summary["skipped"]] == [str(folder / "feed.rss")]
    again = ok(cli_db, "ingest", str(folder / "more.json"), "--as", "smith", "--json")
    assert again["duplicates"] == 1

    reports = ok(cli_db, "reports", "list", "--json")
    assert all(set(r) == REPORT_KEYS for r in reports)
    by_article = {(r["article"], r["actor"]): r for r in reports}
    survey = by_article[("railway.txt", "KOR")]
    assert (survey["action"], survey["target"], survey["date"]) == ("061", "PRK", "2018-11-15")
    assert survey["tracks"] == ["inter-korean"] and survey["goldstein"] == 6.4
    assert survey["plover"] == "COOPERATE"
    assert ok(cli_db, "reports", "list", "--measure", "1", "--json") == []  # no coverage
    support = by_article[("railway.txt", "USA")]
    assert (support["action"], support["target"]) == ("051", "KOR")
    warning = by_article[("https://wire.invalid/1", "KOR")]
    assert (warning["action"], warning["target"], warning["date"]) == ("130", "PRK", "2018-11-13")

    alerts = ok(cli_db, "alerts", "--kind", "unnotified", "--json")
    assert {a["actor"] for a in alerts} == {"KOR", "USA"}

    confirmed = ok(cli_db, "reports", "confirm", str(survey["id"]), "--as", "smith", "--json")
    assert confirmed["status"] == "confirmed" and confirmed["observed"]
    pace = ok(cli_db, "pace", "--json")
    assert {t["id"]: t["index"] for t in pace["tracks"]}["inter-korean"] > 0
    dismissed = ok(
        cli_db, "reports", "dismiss", str(warning["id"]), "--as", "smith", "--why", "A warning",
        "--json",
    )  # fmt: skip
    assert dismissed["status"] == "dismissed" and dismissed["why"] == "A warning"
    assert dismissed["plover"] == "THREATEN"
    shown = ok(cli_db, "reports", "show", str(warning["id"]))
    assert "dismissed: A warning" in shown.message and "130 Threaten (THREATEN)" in shown.message


def test_bad_input_exits_2_and_writes_nothing(cli_db: str) -> None:
    folder = Path(cli_db).parent
    (folder / "a.txt").write_text("Title\nDate: 2018-11-16\n\nSeoul warned Pyongyang.", "utf-8")
    ok(cli_db, "ingest", str(folder / "a.txt"), "--as", "smith")
    [report] = ok(cli_db, "reports", "list", "--json")
    before = database_state(cli_db)
    for args, needle in [
        (("reports", "confirm", "99", "--as", "smith"), "no report 99"),
        (("reports", "confirm", str(report["id"]), "--as", "kim"), "your own party"),
        (("reports", "dismiss", str(report["id"]), "--as", "smith", "--why", " "), "say why"),
        (("reports", "link", str(report["id"]), "--measure", "77", "--as", "smith"), "measure 77"),
        (("reports", "list", "--status", "odd"), "not a report status"),
        (("source", "add", "no/such/place", "--as", "smith"), "neither an http(s) URL"),
        (("source", "remove", "3", "--as", "smith"), "no source 3"),
        (("ingest", str(folder / "a.txt"), "--as", "nobody"), "no user 'nobody'"),
    ]:
        done = run(*args, cwd=folder, db=cli_db)
        assert done.code == 2, (args, done.stderr)
        assert needle in done.message, (args, done.message)
        assert done.stdout == ""
    assert database_state(cli_db) == before


def test_sources_and_the_worker(cli_db: str) -> None:
    folder = Path(cli_db).parent / "inbox"
    folder.mkdir()
    added = ok(cli_db, "source", "add", str(folder), "--as", "smith", "--every", "5", "--json")
    assert added["location"] == str(folder.resolve()) and added["every_minutes"] == 5
    (folder / "a.json").write_text(
        json.dumps({"published": "2018-11-16", "text": "Seoul warned Pyongyang on Tuesday."}),
        "utf-8",
    )
    tick = ok(cli_db, "worker", "--once", "--json")
    assert tick["articles_read"] == 1
    [source] = ok(cli_db, "source", "list", "--json")
    assert source["polled_at"] is not None
    ok(cli_db, "source", "remove", str(source["id"]), "--as", "smith")
    assert ok(cli_db, "source", "list", "--json") == []


def test_eval_prints_scores_per_field(cli_db: str) -> None:
    done = run("eval", str(DATA / "dev-corpus.jsonl"), "--json", cwd=Path(cli_db).parent)
    assert done.code == 0, done.stderr
    result = done.json()
    assert result["articles"] >= 40
    triple = result["scores"]["triple"]
    assert triple["precision"] >= 0.85 and triple["recall"] >= 0.75
    assert set(result["scores"]) == {
        "actor", "action_root", "action", "target", "date", "track", "triple", "lenient",
        "lenient_strict",
    }  # fmt: skip
    judge = result["scores"]["lenient"]
    assert set(judge) == {"precision", "recall", "f1", "gold", "found"}
    # the judge's rule is no target of the issue on this corpus; 0.848 since the two Koreas
    # signing the military agreement are aimed at each other, as the training gold has it
    assert judge["precision"] >= 0.84 and judge["recall"] >= 0.75
    strict = result["scores"]["lenient_strict"]  # tracks as the same set: never above lenient
    assert strict["found"] == judge["found"] and strict["f1"] <= judge["f1"]
