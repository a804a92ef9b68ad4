"""The `tandem` command end to end: the real entry point, a SQLite file, JSON on stdout."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_support import PARTY_ARGS, START, Result, database_state, run

Tandem = Callable[..., Result]

MEASURE_FIELDS = {
    "id",
    "title",
    "proposer",
    "status",
    "version",
    "deadline",
    "cleared_by",
    "unilateral",
    "acknowledgements",
    "positions",
}
STATUSES = {"draft", "in_consultation", "cleared", "objected", "executed", "withdrawn"}


@pytest.fixture
def tandem(tmp_path: Path, cli_db: str) -> Tandem:
    """`tandem(*args)` on this test's copy of the working group."""

    def call(*args: str) -> Result:
        return run(*args, cwd=tmp_path, db=cli_db)

    return call


def measure_shape(m: dict[str, Any]) -> dict[str, Any]:
    """Check the documented fields of a measure, and return it."""
    assert set(m) >= MEASURE_FIELDS, MEASURE_FIELDS - set(m)
    assert isinstance(m["id"], int) and isinstance(m["version"], int)
    assert m["status"] in STATUSES
    assert m["cleared_by"] in (None, "consensus", "silence")
    assert isinstance(m["unilateral"], bool)
    assert m["deadline"] is None or m["deadline"].endswith("Z")
    for a in m["acknowledgements"]:
        assert {"party", "at"} <= set(a)
    for p in m["positions"]:
        assert {"party", "position", "reason", "at", "version"} <= set(p)
    return m


def test_help_lists_the_commands(tmp_path: Path) -> None:
    done = run("--help", cwd=tmp_path)
    assert done.code == 0
    for command in ("init", "user", "measure", "observe", "alerts", "calendar", "clock", "demo"):
        assert command in done.stdout, command
    sub = run("measure", "--help", cwd=tmp_path)
    assert sub.code == 0
    for command in ("propose", "notify", "ack", "position", "amend", "withdraw", "execute"):
        assert command in sub.stdout, command
    for command in ("show", "list", "history", "diff"):
        assert command in sub.stdout, command
    assert not (tmp_path / "tandem.db").exists()


def test_init_and_users(tmp_path: Path) -> None:
    db = str(tmp_path / "fresh.db")
    init = run(
        "init", "--simulated-clock", "--start", START, *PARTY_ARGS, "--json", cwd=tmp_path, db=db
    ).json()
    assert init["parties"] == ["USA", "KOR"]
    assert init["simulated"] is True and init["now"] == "2018-11-19T00:00:00Z"
    assert sorted((u["name"], u["party"], u["role"]) for u in init["users"]) == [
        ("kor", "KOR", "envoy"),
        ("usa", "USA", "envoy"),
    ]
    added = run(
        "user", "add", "kim", "--party", "kor", "--role", "officer", "--json", cwd=tmp_path, db=db
    ).json()
    assert added == {"name": "kim", "party": "KOR", "role": "officer"}
    users = run("user", "list", "--json", cwd=tmp_path, db=db).json()
    assert {"name": "kim", "party": "KOR", "role": "officer"} in users
    assert len(users) == 3
    assert run("clock", "show", "--json", cwd=tmp_path, db=db).json() == {
        "now": "2018-11-19T00:00:00Z",
        "simulated": True,
    }
    # The human form goes to stdout (tables) and stderr (messages).
    text = run("user", "list", cwd=tmp_path, db=db)
    assert text.code == 0 and "kim" in text.stdout and "officer" in text.stdout
    again = run("init", *PARTY_ARGS, cwd=tmp_path, db=db)
    assert again.code == 2 and "already holds a working group" in again.message
    assert again.stdout == ""


def test_lifecycle_with_json(tandem: Tandem, cli_db: str) -> None:
    proposed = measure_shape(
        tandem(
            "measure",
            "propose",
            "--as",
            "kim",
            "--title",
            "Joint railway field study",
            "--type",
            "project",
            "--description",
            "A survey train runs the lines.",
            "--planned",
            "2018-11-30",
            "--at",
            "2018-11-19T11:00+09:00",
            "--json",
        ).json()
    )
    mid = str(proposed["id"])
    assert proposed["status"] == "draft" and proposed["proposer"] == "KOR"

    notified = measure_shape(
        tandem(
            "measure", "notify", mid, "--as", "kor", "--at", "2018-11-20T01:00Z", "--json"
        ).json()
    )
    assert notified["status"] == "in_consultation"
    assert notified["deadline"] == "2018-12-05T09:00:00Z"

    acked = measure_shape(
        tandem("measure", "ack", mid, "--as", "smith", "--at", "2018-11-20T15:00Z", "--json").json()
    )
    assert acked["acknowledgements"][0]["party"] == "USA"
    assert acked["acknowledgements"][0]["at"] == "2018-11-20T15:00:00Z"

    cleared = measure_shape(
        tandem(
            "measure",
            "position",
            mid,
            "support",
            "--as",
            "smith",
            "--reason",
            "Agreed.",
            "--at",
            "2018-11-21T16:00Z",
            "--json",
        ).json()
    )
    assert cleared["status"] == "cleared" and cleared["cleared_by"] == "consensus"
    position = cleared["positions"][0]
    assert (position["party"], position["position"], position["reason"]) == (
        "USA",
        "support",
        "Agreed.",
    )
    assert position["version"] == 1 and position["at"] == "2018-11-21T16:00:00Z"

    executed = measure_shape(
        tandem(
            "measure", "execute", mid, "--as", "kor", "--on", "2018-11-30", "--at",
            "2018-11-30T03:00Z", "--json",
        ).json()
    )  # fmt: skip
    assert executed["status"] == "executed" and executed["unilateral"] is False

    shown = measure_shape(tandem("measure", "show", mid, "--json").json())
    assert shown == executed
    listed = tandem("measure", "list", "--status", "executed", "--json").json()
    assert [m["id"] for m in listed] == [proposed["id"]]
    assert tandem("measure", "list", "--status", "cleared", "--json").json() == []
    history = tandem("measure", "history", mid, "--json").json()
    assert [e["kind"] for e in history] == [
        "measure.proposed",
        "measure.notified",
        "measure.acknowledged",
        "measure.position",
        "measure.cleared",
        "measure.executed",
    ]
    seqs = [e["seq"] for e in history]
    assert seqs == sorted(set(seqs))
    assert tandem("alerts", "--json").json() == []

    # The human form: the table on stdout, the message on stderr.
    text = tandem("measure", "show", mid)
    assert text.code == 0 and "Joint railway field study" in text.stdout
    assert "cleared by consensus" in text.stdout
    # the group (7 entries), its tracks and rule (3), clock moves (5), the measure
    assert database_state(cli_db)[0] == 7 + 3 + 5 + len(history)


def test_amend_diff_minor_edit_and_withdraw(tandem: Tandem) -> None:
    mid = str(
        tandem("measure", "propose", "--as", "kim", "--title", "Tourism", "--json").json()["id"]
    )
    tandem("measure", "notify", mid, "--as", "kor", "--at", "2018-11-20T01:00Z", "--json").json()
    amended = measure_shape(
        tandem(
            "measure",
            "amend",
            mid,
            "--as",
            "kim",
            "--title",
            "Tourism, without fees",
            "--description",
            "Visitors pay no fee to the operator.",
            "--at",
            "2018-11-21T01:00Z",
            "--json",
        ).json()
    )
    assert amended["version"] == 2 and amended["status"] == "in_consultation"
    assert amended["deadline"] > "2018-12-05T09:00:00Z"

    diff = tandem("measure", "diff", mid, "--json").json()
    assert (diff["from"], diff["to"]) == (1, 2)
    fields = {c["field"]: c for c in diff["changes"]}
    assert fields["title"]["before"] == "Tourism"
    assert fields["title"]["after"] == "Tourism, without fees"
    assert "description" in fields
    same = tandem("measure", "diff", mid, "2", "2", "--json").json()
    assert same["changes"] == []
    text = tandem("measure", "diff", mid, "1", "2")
    assert "+Tourism, without fees" in text.stdout and "-Tourism" in text.stdout

    minor = measure_shape(
        tandem(
            "measure", "amend", mid, "--as", "kim", "--planned", "2019-03-01", "--minor",
            "--reason", "Date fixed.", "--json",
        ).json()
    )  # fmt: skip
    assert minor["version"] == 2 and minor["deadline"] == amended["deadline"]
    assert minor["minor_edits"][0]["reason"] == "Date fixed."

    withdrawn = measure_shape(tandem("measure", "withdraw", mid, "--as", "kor", "--json").json())
    assert withdrawn["status"] == "withdrawn"
    kinds = [e["kind"] for e in tandem("measure", "history", mid, "--json").json()]
    assert kinds[-3:] == ["measure.amended", "measure.edited", "measure.withdrawn"]


def test_objection_closing_on_clock_set(tandem: Tandem) -> None:
    mid = str(
        tandem("measure", "propose", "--as", "kim", "--title", "Tourism", "--json").json()["id"]
    )
    tandem("measure", "notify", mid, "--as", "kor", "--at", "2018-11-20T01:00Z", "--json").json()
    objected = tandem(
        "measure", "position", mid, "objection", "--as", "smith", "--reason", "Cash, not yet",
        "--json",
    ).json()  # fmt: skip
    assert objected["status"] == "in_consultation"
    assert objected["positions"][0]["position"] == "objection"

    moved = tandem("clock", "set", "2018-12-05T18:00:01+09:00", "--json").json()
    assert moved == {"now": "2018-12-05T09:00:01Z", "simulated": True}
    assert tandem("clock", "show", "--json").json() == moved
    shown = measure_shape(tandem("measure", "show", mid, "--json").json())
    assert shown["status"] == "objected" and shown["cleared_by"] is None
    assert [
        m["id"] for m in tandem("measure", "list", "--status", "objected", "--json").json()
    ] == [int(mid)]
    history = tandem("measure", "history", mid, "--json").json()
    assert history[-1]["kind"] == "measure.objected" and history[-1]["actor"] == "tandem"

    lifted = tandem("measure", "position", mid, "no-objection", "--as", "smith", "--json").json()
    assert lifted["status"] == "cleared"


def test_unilateral_observed_and_alerts(tandem: Tandem) -> None:
    mid = str(
        tandem("measure", "propose", "--as", "kim", "--title", "Tangerines", "--json").json()["id"]
    )
    tandem("measure", "notify", mid, "--as", "kor", "--at", "2018-11-20T01:00Z", "--json").json()
    executed = tandem(
        "measure", "execute", mid, "--as", "kor", "--at", "2018-11-20T02:00Z", "--json"
    ).json()
    assert executed["status"] == "executed" and executed["unilateral"] is True
    observed = tandem(
        "observe", "--as", "smith", "--actor", "KOR", "--action", "A ministerial visit", "--on",
        "2018-11-20", "--json",
    ).json()  # fmt: skip
    assert observed["actor"] == "KOR" and observed["recorded_by"] == "USA"

    alerts = tandem("alerts", "--json").json()
    assert [(a["kind"], a["actor"], a["to"], a["measure"]) for a in alerts] == [
        ("unilateral", "KOR", ["USA"], int(mid)),
        ("unnotified", "KOR", ["USA"], None),
    ]
    for a in alerts:
        assert {"id", "kind", "actor", "to", "measure", "at", "text"} <= set(a)
    assert tandem("alerts", "--party", "USA", "--json").json() == alerts
    assert tandem("alerts", "--party", "KOR", "--json").json() == []
    assert tandem("alerts", "--kind", "unnotified", "--json").json() == alerts[1:]

    # USA never acknowledged: after one working day an unacknowledged alert (to all).
    other = str(
        tandem("measure", "propose", "--as", "smith", "--title", "Travel", "--json").json()["id"]
    )
    tandem("measure", "notify", other, "--as", "usa", "--json").json()
    tandem("clock", "set", "2018-11-23T00:00Z", "--json").json()
    late = tandem("alerts", "--kind", "unacknowledged", "--json").json()
    assert [(a["actor"], a["to"], a["measure"]) for a in late] == [
        ("KOR", ["KOR", "USA"], int(other))
    ]
    assert len(tandem("alerts", "--party", "KOR", "--json").json()) == 1


def test_calendar_deadline(tmp_path: Path) -> None:
    done = run(
        "calendar", "deadline", "--from", "2018-11-20T10:00+09:00", "--days", "10", "--parties",
        "USA,KOR", "--notifier", "KOR", "--json", cwd=tmp_path,
    ).json()  # fmt: skip
    assert done["deadline"] == "2018-12-05T09:00:00Z"
    assert {"date": "2018-11-22", "party": "USA"} in [
        {"date": s["date"], "party": s["party"]} for s in done["skipped"]
    ]
    thanksgiving = next(s for s in done["skipped"] if s["date"] == "2018-11-22")
    assert "Thanksgiving" in thanksgiving["reason"]
    for s in done["skipped"]:
        assert set(s) >= {"date", "party", "reason"}

    # Chuseok 2018 (23-26 Sep, with a substitute day) skipped for KOR.
    chuseok = run(
        "calendar", "deadline", "--from", "2018-09-20T10:00+09:00", "--days", "3", "--parties",
        "KOR,USA", "--json", cwd=tmp_path,
    ).json()  # fmt: skip
    kor_days = {s["date"] for s in chuseok["skipped"] if s["party"] == "KOR"}
    assert {"2018-09-24", "2018-09-25", "2018-09-26"} <= kor_days
    assert chuseok["deadline"] == "2018-09-28T09:00:00Z"
    text = run(
        "calendar", "deadline", "--from", "2018-11-20T10:00+09:00", "--days", "10", "--parties",
        "USA,KOR", cwd=tmp_path,
    )  # fmt: skip
    assert text.code == 0 and "Thanksgiving" in text.stdout


def test_demo_loads_the_scenario(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    done = run("demo", "--no-serve", cwd=tmp_path, db=db)
    assert done.code == 0, done.stderr
    assert "scenario 'wg2018' loaded" in done.message
    assert "Measures" in done.stdout and "unilateral" in done.stdout
    measures = run("measure", "list", "--json", cwd=tmp_path, db=db).json()
    statuses = {(m["status"], m["cleared_by"], m["unilateral"]) for m in measures}
    assert any(cleared_by == "consensus" for _, cleared_by, _ in statuses)
    assert ("cleared", "silence", False) in statuses
    assert ("objected", None, False) in statuses
    assert ("executed", None, True) in statuses
    kinds = {a["kind"] for a in run("alerts", "--json", cwd=tmp_path, db=db).json()}
    assert {"unilateral", "unnotified"} <= kinds
    assert run("clock", "show", "--json", cwd=tmp_path, db=db).json()["simulated"] is True
    again = run("demo", "--no-serve", cwd=tmp_path, db=db)
    assert again.code == 2 and "already holds a working group" in again.message
    # Without --db it owns tandem-demo.db in the current folder.
    default = run("demo", "--no-serve", "--json", cwd=tmp_path)
    assert default.code == 0 and (tmp_path / "tandem-demo.db").exists()
    assert json.loads(default.stdout)["scenario"] == "wg2018"
