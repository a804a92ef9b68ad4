"""Pacing through the `tandem` command: the contract of docs/pacing.md, and bad input.

Bad input exits 2 with a sentence on stderr, nothing on stdout, and nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import database_state, run


def tandem(cli_db: str, *args: str) -> object:
    return run(*args, cwd=Path(cli_db).parent, db=cli_db)


def ok(cli_db: str, *args: str) -> object:
    done = run(*args, cwd=Path(cli_db).parent, db=cli_db)
    assert done.code == 0, done.stderr
    return done.json() if "--json" in args else done


def test_pace_contract_what_if_and_chart(cli_db: str) -> None:
    folder = Path(cli_db).parent
    p = ok(cli_db, "pace", "--json")
    assert isinstance(p, dict) and set(p) == {"at", "tracks", "rules"}
    assert [t["id"] for t in p["tracks"]] == ["denuclearization", "inter-korean"]
    assert set(p["rules"][0]) == {"id", "ahead", "behind", "tolerance", "gap", "state"}

    m = ok(
        cli_db,
        "measure", "propose", "--as", "kim", "--title", "Railway survey", "--type", "project",
        "--planned", "2018-11-30", "--effect", "inter-korean:+6", "--effect",
        "denuclearization:0", "--at", "2018-11-19T02:00Z", "--json",
    )  # fmt: skip
    assert isinstance(m, dict)
    ok(cli_db, "measure", "notify", str(m["id"]), "--as", "kor", "--at", "2018-11-20T01:00Z")
    big = ok(
        cli_db,
        "measure", "propose", "--as", "kim", "--title", "Tourism", "--effect", "inter-korean:+5",
        "--json",
    )  # fmt: skip
    assert isinstance(big, dict)
    w = ok(cli_db, "pace", "--what-if", str(big["id"]), "--json")
    assert isinstance(w, dict) and w["breach"] is False and w["rules"][0]["gap"] == 5.0
    ok(cli_db, "measure", "position", str(m["id"]), "support", "--as", "smith")
    w = ok(cli_db, "pace", "--what-if", str(big["id"]), "--json")
    assert isinstance(w, dict) and w["breach"] is True and w["rules"][0]["gap"] == 11.0
    assert w["rules"][0]["state"] == "outpacing" and sorted(w["counted"]) == [m["id"], big["id"]]

    # Observed with a CAMEO code: 057 (Sign formal agreement) weighs +8.
    o = ok(
        cli_db,
        "observe", "--as", "kim", "--actor", "USA", "--action", "Joint statement signed",
        "--on", "2018-11-19", "--cameo", "057", "--effect", "denuclearization", "--json",
    )  # fmt: skip
    assert isinstance(o, dict)
    p = ok(cli_db, "pace", "--json")
    assert isinstance(p, dict) and p["tracks"][0]["index"] == 8.0
    assert p["rules"][0]["state"] == "in_step" and p["rules"][0]["gap"] == -8.0
    text = ok(cli_db, "pace")
    assert "in step" in text.stdout and "denuclearization" in text.stdout  # type: ignore[attr-defined]

    for name in ("pace.svg", "pace.png"):
        ok(cli_db, "pace", "chart", name)
    assert (folder / "pace.svg").read_text().lstrip().startswith("<?xml")
    assert (folder / "pace.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


BAD = {
    "unknown track": (
        ("measure", "propose", "--as", "kim", "--title", "X", "--effect", "sanctions:+1"),
        "no track 'sanctions'",
    ),
    "weight out of range": (
        ("measure", "propose", "--as", "kim", "--title", "X", "--effect", "inter-korean:+11"),
        "between -10 and +10",
    ),
    "observed weight out of range": (
        (
            "observe",
            "--as",
            "kim",
            "--actor",
            "USA",
            "--action",
            "x",
            "--on",
            "2018-11-17",
            "--effect",
            "denuclearization:-10.5",
        ),
        "between -10 and +10",
    ),
    "rule on itself": (
        (
            "pace",
            "rule",
            "add",
            "--ahead",
            "inter-korean",
            "--behind",
            "inter-korean",
            "--tolerance",
            "3",
        ),
        "against itself",
    ),
    "second bound on a pair": (
        (
            "pace",
            "rule",
            "add",
            "--ahead",
            "inter-korean",
            "--behind",
            "denuclearization",
            "--tolerance",
            "3",
        ),
        "rule 1 already",
    ),
    "contradiction": (
        (
            "pace",
            "rule",
            "add",
            "--ahead",
            "denuclearization",
            "--behind",
            "inter-korean",
            "--tolerance",
            "-11",
        ),
        "contradicts",
    ),
    "what-if on a missing measure": (("pace", "--what-if", "42"), "no measure 42"),
    "unknown track added twice": (
        ("track", "add", "inter-korean", "--name", "Again"),
        "already a track",
    ),
    "bad chart name": (("pace", "chart", "pace.gif"), ".svg or .png"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_exits_2_and_writes_nothing(cli_db: str, case: str) -> None:
    args, needle = BAD[case]
    before = database_state(cli_db)
    done = run(*args, cwd=Path(cli_db).parent, db=cli_db)
    assert done.code == 2, done.stderr
    assert done.stdout == ""
    assert needle.lower() in done.message.lower(), done.message
    assert done.message.startswith("error: ") and "Traceback" not in done.stderr
    assert database_state(cli_db) == before


def test_what_if_on_a_withdrawn_measure(cli_db: str) -> None:
    m = ok(cli_db, "measure", "propose", "--as", "kim", "--title", "Gone", "--json")
    assert isinstance(m, dict)
    ok(cli_db, "measure", "withdraw", str(m["id"]), "--as", "kor")
    before = database_state(cli_db)
    done = run("pace", "--what-if", str(m["id"]), cwd=Path(cli_db).parent, db=cli_db)
    assert done.code == 2 and "withdrawn" in done.message
    assert database_state(cli_db) == before


def test_demo_scenario_2018(tmp_path: Path) -> None:
    db = str(tmp_path / "s2018.db")
    done = run("demo", "--scenario", "2018", "--no-serve", "--json", cwd=tmp_path, db=db)
    assert done.code == 0, done.stderr
    p = run("pace", "--json", cwd=tmp_path, db=db).json()
    assert p["at"] == "2019-12-31T12:00:00Z"
    assert p["rules"][0]["state"] == "outpacing"
    alerts = run("alerts", "--kind", "outpacing", "--json", cwd=tmp_path, db=db).json()
    assert len(alerts) == 1 and "2019-08-06" in alerts[0]["text"]


def test_tracks_defaults_half_life_and_steps(cli_db: str) -> None:
    ok(cli_db, "track", "add", "sanctions", "--name", "Sanctions relief")
    ok(cli_db, "pace", "default", "--type", "project", "--effect", "inter-korean:+3")
    tracks = ok(cli_db, "track", "list", "--json")
    assert isinstance(tracks, list)
    assert [t["id"] for t in tracks] == ["denuclearization", "inter-korean", "sanctions"]
    assert tracks[1]["defaults"] == {"project": "3"}
    m = ok(cli_db, "measure", "propose", "--as", "kim", "--title", "P", "--type", "project",
           "--json")  # fmt: skip
    assert isinstance(m, dict)
    w = ok(cli_db, "pace", "--what-if", str(m["id"]), "--json")
    assert isinstance(w, dict) and w["tracks"][1]["index"] == 3.0
    s = ok(
        cli_db,
        "pace", "step", "--as", "smith", "--actor", "PRK", "--action", "Test site closed",
        "--on", "2018-11-18", "--cameo", "087", "--effect", "denuclearization",
        "--source", "https://example.org/report", "--json",
    )  # fmt: skip
    assert isinstance(s, dict) and s["effects"][0]["weight"] == "9"
    ok(cli_db, "pace", "half-life", "30")
    p = ok(cli_db, "pace", "--as-of", "2018-12-18T00:00Z", "--json")
    assert isinstance(p, dict) and p["tracks"][0]["index"] == 4.5
    rules = ok(cli_db, "pace", "rule", "list", "--json")
    assert isinstance(rules, list) and rules[0]["says"].startswith("inter-korean may not lead")
