"""Meetings through the `tandem` command: the contract of issue 9, and bad input.

Bad input exits 2 with a sentence on stderr, nothing on stdout, and nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import copy_sqlite, database_state, run


def ok(db: str, *args: str) -> Any:
    done = run(*args, cwd=Path(db).parent, db=db)
    assert done.code == 0, done.stderr
    return done.json() if "--json" in args else done


@pytest.fixture(scope="module")
def meeting_template(group_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template group with an objected KOR measure and meeting 1 with its agenda."""
    path = tmp_path_factory.mktemp("meeting") / "meeting.db"
    copy_sqlite(group_template, path)
    db = str(path)
    ok(db, "measure", "propose", "--as", "kim", "--title", "Kumgang tourism",
       "--at", "2018-11-19T01:00Z")  # fmt: skip
    ok(db, "measure", "notify", "1", "--as", "kor", "--at", "2018-11-19T02:00Z")
    ok(db, "measure", "position", "1", "objection", "--as", "smith", "--reason", "Fees.")
    ok(db, "meeting", "schedule", "--as", "kim", "--starts", "2018-12-21T10:00",
       "--zone", "Asia/Seoul", "--place", "Seoul 서울", "--chair", "KOR:이도훈",
       "--chair", "USA:Stephen Biegun", "--attendee", "USA:Smith",
       "--at", "2018-12-10T00:00Z")  # fmt: skip
    ok(db, "meeting", "agenda", "1", "--as", "kim")
    return path


@pytest.fixture
def meeting_db(meeting_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "tandem.db"
    copy_sqlite(meeting_template, path)
    return str(path)


def test_meetings_through_the_command_line(meeting_db: str) -> None:
    db = meeting_db
    folder = Path(db).parent
    listed = ok(db, "meeting", "list", "--json")
    assert listed == [
        {"id": 1, "starts_at": "2018-12-21T01:00:00Z", "place": "Seoul 서울", "status": "scheduled"}
    ]
    shown = ok(db, "meeting", "show", "1", "--json")
    assert shown["chairs"] == {"KOR": "이도훈", "USA": "Stephen Biegun"}
    assert [(i["kind"], i["measure"]) for i in shown["agenda"]] == [("objected", 1)]
    added = ok(db, "meeting", "agenda", "1", "--as", "smith", "--add", "Next steps", "--json")
    assert [i["number"] for i in added["agenda"]] == [1, 2] and added["added"] == [2]
    moved = ok(db, "meeting", "agenda", "1", "--as", "kim", "--move", "2", "--to", "1", "--json")
    assert [i["number"] for i in moved["agenda"]] == [2, 1]

    out = ok(
        db, "meeting", "outcome", "1", "1", "objection-withdrawn", "--as", "smith",
        "--decision", "USA lifts its objection.", "--at", "2018-12-21T04:00Z", "--json",
    )  # fmt: skip
    assert out["measure"]["status"] == "cleared" and out["status"] == "held"
    assert ok(db, "measure", "show", "1", "--json")["status"] == "cleared"

    f = ok(
        db, "meeting", "followup", "1", "--as", "kim", "--owner", "USA", "--due", "2018-12-24",
        "--text", "Ask the 1718 Committee.", "--json",
    )  # fmt: skip
    assert (f["id"], f["owner"], f["status"]) == (1, "USA", "open")
    s = ok(db, "meeting", "statement", "1", "--as", "smith", "--kind", "press-line",
           "--text", "Close coordination.", "--json")  # fmt: skip
    assert s["waiting_for"] == ["USA", "KOR"]
    ok(db, "meeting", "statement", "1", "--as", "kor", "--approve", "1")
    s = ok(db, "meeting", "statement", "1", "--as", "usa", "--approve", "1", "--json")
    assert s["final"] is True

    # Overdue: the worker raises the alert once.
    ok(db, "clock", "set", "2018-12-26T00:00Z")
    first = ok(db, "worker", "--once", "--json")
    assert first["followups_overdue"] == 1
    assert ok(db, "worker", "--once", "--json")["followups_overdue"] == 0
    alerts = ok(db, "alerts", "--kind", "followup_overdue", "--json")
    assert len(alerts) == 1 and alerts[0]["actor"] == "USA"
    done = ok(db, "meeting", "followup", "1", "--as", "smith", "--done", "1", "--json")
    assert done["status"] == "done" and done["on_time"] is False

    stats = ok(db, "stats", "--json")
    assert [r["party"] for r in stats] == ["USA", "KOR"]
    assert stats[0]["objections"] == 1 and stats[0]["followups_due"] == 1
    table = ok(db, "stats")
    assert "Responsiveness" in table.stdout and "USA" in table.stdout

    md = ok(db, "meeting", "brief", "1", "--format", "md", "--out", "brief.md", "--json")
    assert md["files"] == ["brief.md", "brief.chart.svg"]
    text = (folder / "brief.md").read_text("utf-8")
    assert "## Agenda" in text and "1. Next steps (other)" in text and "## Minutes" in text
    pdf = ok(db, "meeting", "brief", "1", "--format", "pdf", "--out", "brief.pdf", "--json")
    assert pdf["format"] == "pdf" and (folder / "brief.pdf").read_bytes()[:5] == b"%PDF-"


BAD: dict[str, tuple[tuple[str, ...], str]] = {
    "outcome for an item not on the agenda": (
        ("meeting", "outcome", "1", "7", "decision", "--as", "kim", "--decision", "x"),
        "no agenda item 7",
    ),
    "unknown outcome": (
        ("meeting", "outcome", "1", "1", "agreed", "--as", "kim", "--decision", "x"),
        "not an outcome",
    ),
    "follow-up without owner": (
        ("meeting", "followup", "1", "--as", "kim", "--text", "x", "--due", "2019-01-04"),
        "owner",
    ),
    "follow-up with a bad date": (
        (
            "meeting",
            "followup",
            "1",
            "--as",
            "kim",
            "--text",
            "x",
            "--owner",
            "USA",
            "--due",
            "soon",
        ),
        "not a date",
    ),
    "meeting that does not exist": (("meeting", "show", "5"), "no meeting 5"),
    "schedule in an unknown zone": (
        (
            "meeting",
            "schedule",
            "--as",
            "kim",
            "--starts",
            "2019-01-10T10:00",
            "--zone",
            "Seoul",
            "--place",
            "Seoul",
        ),
        "IANA",
    ),
    "schedule with a chair of no party": (
        (
            "meeting",
            "schedule",
            "--as",
            "kim",
            "--starts",
            "2019-01-10T10:00",
            "--zone",
            "Asia/Seoul",
            "--place",
            "Seoul",
            "--chair",
            "JPN:Someone",
        ),
        "no party 'JPN'",
    ),
    "viewer records an outcome": (
        ("meeting", "outcome", "1", "1", "decision", "--as", "lee", "--decision", "x"),
        "viewer",
    ),
    "agenda move without a position": (
        ("meeting", "agenda", "1", "--as", "kim", "--move", "1"),
        "--to",
    ),
    "brief in an unknown format": (
        ("meeting", "brief", "1", "--format", "docx", "--out", "x.docx"),
        "md or pdf",
    ),
    "approving a statement that does not exist": (
        ("meeting", "statement", "1", "--as", "kim", "--approve", "1"),
        "no statement 1",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_exits_2_and_writes_nothing(meeting_db: str, case: str) -> None:
    args, needle = BAD[case]
    before = database_state(meeting_db)
    done = run(*args, cwd=Path(meeting_db).parent, db=meeting_db)
    assert done.code == 2, done.stderr
    assert done.stdout == ""
    assert needle.lower() in done.message.lower(), done.message
    assert done.message.startswith("error: ") and "Traceback" not in done.stderr
    assert database_state(meeting_db) == before
    assert not (Path(meeting_db).parent / "x.docx").exists()


def test_a_party_approves_a_statement_once(meeting_db: str) -> None:
    ok(meeting_db, "meeting", "statement", "1", "--as", "kim", "--text", "Words.")
    ok(meeting_db, "meeting", "statement", "1", "--as", "kor", "--approve", "1")
    before = database_state(meeting_db)
    done = run(
        "meeting", "statement", "1", "--as", "kor", "--approve", "1",
        cwd=Path(meeting_db).parent, db=meeting_db,
    )  # fmt: skip
    assert done.code == 2 and "already approved" in done.message, done.stderr
    assert database_state(meeting_db) == before


def test_the_demo_lists_its_meeting(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    done = run("demo", "--no-serve", "--json", cwd=tmp_path, db=db)
    assert done.code == 0, done.stderr
    listed = json.loads(run("meeting", "list", "--json", cwd=tmp_path, db=db).stdout)
    assert [m["status"] for m in listed] == ["held"]
    assert set(listed[0]) == {"id", "starts_at", "place", "status"}
