"""The register over HTTP: list filters and paging, search, and exports (API and CLI)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from api_support import Api, check_problem, ids
from cli_support import run

from tandem.domain.measures import Stance
from tandem.services import measures, notes
from tandem.services.context import App
from tandem.services.export import MEASURE_COLUMNS, POSITION_COLUMNS

START = datetime(2018, 11, 19, tzinfo=UTC)
KOR_NOTE = "Seoul keeps the fallback route zebrafinch to itself"
USA_NOTE = "Washington keeps the fallback route kingfisher to itself"


@dataclass(frozen=True)
class Register:
    kor_draft: int
    kor_open: int
    kor_cleared: int
    kor_executed: int
    usa_draft: int
    usa_open: int

    @property
    def all(self) -> list[int]:
        return sorted(
            (
                self.kor_draft,
                self.kor_open,
                self.kor_cleared,
                self.kor_executed,
                self.usa_draft,
                self.usa_open,
            ),
            reverse=True,
        )


def make_register(app: App) -> Register:
    """Six measures in four states, two windows with different deadlines, notes of both."""

    def propose(by: str, title: str, description: str = "") -> int:
        return int(measures.propose_measure(app, by, title, description=description)["id"])

    kor_draft = propose("kim", "Railway field study", "A survey train runs the lines.")
    kor_open = propose("kor", "Road reconnection", "Survey of the eastern road.")
    measures.notify_measure(app, kor_open, "kor")
    kor_cleared = propose("kor", "Family reunions", "Video reunions for families.")
    measures.notify_measure(app, kor_cleared, "kor")
    measures.record_position(
        app, kor_cleared, "smith", Stance.SUPPORT, reason="Humanitarian, welcome"
    )
    kor_executed = propose("kor", "Liaison office", "Open an office in Kaesong.")
    measures.execute_measure(app, kor_executed, "kor")
    usa_draft = propose("usa", "Sanctions exemption request", "For the railway survey.")
    usa_open = propose("usa", "Joint statement", "On the railway survey.")
    measures.notify_measure(app, usa_open, "usa", at=START + timedelta(days=3))
    measures.record_position(
        app, usa_open, "kim", Stance.COMMENT, reason="Mention the railway gauge"
    )
    notes.add_note(app, kor_open, "kim", KOR_NOTE)
    notes.add_note(app, usa_open, "smith", USA_NOTE)
    return Register(kor_draft, kor_open, kor_cleared, kor_executed, usa_draft, usa_open)


@pytest.fixture
def register(app: App) -> Register:
    return make_register(app)


def _page(api: Api, params: dict[str, object], user: str = "lee") -> tuple[int, list[int]]:
    response = api.get(user, "/measures", params)
    rows = api.ok(response)
    return int(response.headers["x-total-count"]), ids(rows)


def test_list_newest_first_with_total_count(api: Api, register: Register) -> None:
    assert _page(api, {}) == (6, register.all)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("draft", ("usa_draft", "kor_draft")),
        ("in_consultation", ("usa_open", "kor_open")),
        ("cleared", ("kor_cleared",)),
        ("executed", ("kor_executed",)),
        ("objected", ()),
        ("withdrawn", ()),
    ],
)
def test_list_by_status(
    api: Api, register: Register, status: str, expected: tuple[str, ...]
) -> None:
    want = [getattr(register, name) for name in expected]
    assert _page(api, {"status": status}) == (len(want), want)


def test_list_by_party_and_status_together(api: Api, register: Register) -> None:
    kor = [register.kor_executed, register.kor_cleared, register.kor_open, register.kor_draft]
    assert _page(api, {"party": "KOR"}) == (4, kor)
    assert _page(api, {"party": "kor"}) == (4, kor)
    assert _page(api, {"party": "USA", "status": "draft"}) == (1, [register.usa_draft])
    check_problem(api.get("lee", "/measures", {"party": "PRK"}), 404, "PRK")


def test_list_pages_with_limit_and_offset(api: Api, register: Register) -> None:
    everything = register.all
    seen: list[int] = []
    for offset in range(0, 6, 4):
        total, page = _page(api, {"limit": 4, "offset": offset})
        assert total == 6
        seen += page
    assert seen == everything
    assert _page(api, {"limit": 2, "offset": 1}) == (6, everything[1:3])
    assert _page(api, {"limit": 2, "offset": 6}) == (6, [])
    assert _page(api, {"limit": 1, "status": "draft", "offset": 1}) == (2, [register.kor_draft])
    for bad in ({"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "many"}):
        check_problem(api.get("lee", "/measures", bad), 422)


def test_list_by_deadline_before_and_after(api: Api, register: Register) -> None:
    everything = api.ok(api.get("lee", "/measures"))
    deadlines = {m["id"]: m["deadline"] for m in everything if m["deadline"]}
    early = deadlines[register.kor_open]
    late = deadlines[register.usa_open]
    assert early < late
    before = _page(api, {"deadline_before": late})
    after = _page(api, {"deadline_after": late})
    # Before is strict, after inclusive: together they cover every measure with a deadline.
    assert set(before[1]) == {i for i, d in deadlines.items() if d < late}
    assert after == (1, [register.usa_open])
    assert set(before[1]) | set(after[1]) == set(deadlines)
    assert register.kor_draft not in before[1] + after[1]  # no deadline: in neither
    window = _page(api, {"deadline_after": early, "deadline_before": late, "party": "KOR"})
    assert sorted(window[1]) == sorted([register.kor_open, register.kor_cleared])
    # Other zones and offsets mean the same instant.
    seoul = datetime.fromisoformat(late).astimezone(ZoneInfo("Asia/Seoul"))
    assert _page(api, {"deadline_after": seoul.isoformat()}) == after
    check_problem(api.get("lee", "/measures", {"deadline_before": "next week"}), 422)
    check_problem(api.get("lee", "/measures", {"deadline_after": "0001-01-01T00:00+05:00"}), 422)


def test_list_shows_status_as_of_the_clock(app: App, api: Api, register: Register) -> None:
    from tandem.services import clock

    clock.set_clock(app, START + timedelta(days=60))
    cleared = _page(api, {"status": "cleared"})[1]
    assert set(cleared) == {register.kor_cleared, register.kor_open, register.usa_open}


# Search ---------------------------------------------------------------------------------


def _hits(api: Api, user: str, q: str) -> list[tuple[int, str]]:
    return [(h["measure"], h["source"]) for h in api.ok(api.get(user, "/search", {"q": q}))]


def test_search_finds_titles_descriptions_and_position_reasons(
    api: Api, register: Register
) -> None:
    found = _hits(api, "lee", "railway")
    assert {m for m, _ in found} == {register.kor_draft, register.usa_draft, register.usa_open}
    assert (register.usa_open, "position") in _hits(api, "smith", "gauge")
    assert _hits(api, "smith", "humanitarian") == [(register.kor_cleared, "position")]
    assert _hits(api, "lee", "nothing-like-this") == []
    assert _hits(api, "lee", 'railway" OR "liaison') == []  # the query syntax is inert


@pytest.mark.parametrize("user", ["usa", "smith", "admin"])
def test_search_never_shows_another_partys_notes(api: Api, register: Register, user: str) -> None:
    response = api.get(user, "/search", {"q": "zebrafinch"})
    assert api.ok(response) == []
    assert "zebrafinch" not in response.text
    response = api.get(user, "/search", {"q": "fallback route"})
    assert "zebrafinch" not in response.text
    if user != "admin":  # their own party's note is found
        assert _hits(api, user, "kingfisher") == [(register.usa_open, "note")]
    else:
        assert _hits(api, user, "kingfisher") == []


def test_search_finds_own_partys_notes_for_every_role(api: Api, register: Register) -> None:
    for user in ("kor", "kim", "lee"):
        assert _hits(api, user, "zebrafinch") == [(register.kor_open, "note")]
        assert _hits(api, user, "kingfisher") == []


# Exports --------------------------------------------------------------------------------


def test_csv_export_has_every_measure_and_no_notes(api: Api, register: Register) -> None:
    for user in ("usa", "lee", "admin"):
        response = api.get(user, "/measures.csv")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        assert "zebrafinch" not in response.text and "kingfisher" not in response.text
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert list(rows[0]) == list(MEASURE_COLUMNS)
        assert sorted(int(r["id"]) for r in rows) == sorted(register.all)
        by_id = {int(r["id"]): r for r in rows}
        assert by_id[register.kor_executed]["unilateral"] == "yes"
        assert by_id[register.kor_draft]["deadline"] == ""
        assert by_id[register.kor_cleared]["cleared_by"] == "consensus"


def test_json_export_matches_the_csv(api: Api, register: Register) -> None:
    rows = api.ok(api.get("smith", "/measures.json"))
    assert [list(r) for r in rows] == [list(MEASURE_COLUMNS)] * 6
    shown = {m["id"]: m for m in api.ok(api.get("smith", "/measures"))}
    for r in rows:
        assert r == {c: shown[r["id"]][c] for c in MEASURE_COLUMNS}
    text = api.get("smith", "/measures.json").text
    assert "zebrafinch" not in text and "kingfisher" not in text


def _db_arg(app: App) -> str:
    return app.db.url


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_cli_export_of_measures_equals_the_api_export(
    app: App, api: Api, register: Register, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"measures.{fmt}"
    done = run(
        "export", "measures", "--format", fmt, "--out", str(out), cwd=tmp_path, db=_db_arg(app)
    )
    assert done.code == 0, done.stderr
    assert done.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "zebrafinch" not in text and "kingfisher" not in text
    if fmt == "csv":
        assert text == api.get("lee", "/measures.csv").text
    else:
        assert json.loads(text) == api.ok(api.get("lee", "/measures.json"))


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_cli_export_of_positions(
    app: App, api: Api, register: Register, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"positions.{fmt}"
    done = run(
        "export", "positions", "--format", fmt, "--out", str(out), cwd=tmp_path, db=_db_arg(app)
    )
    assert done.code == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    rows: list[dict[str, object]]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert text.splitlines()[0].split(",") == list(POSITION_COLUMNS)
    else:
        rows = json.loads(text)
    expected = [
        (register.usa_open, "KOR", "comment", "Mention the railway gauge", "kim"),
        (register.kor_cleared, "USA", "support", "Humanitarian, welcome", "smith"),
    ]
    got = [
        (int(str(r["measure"])), r["party"], r["position"], r["reason"], r["user"]) for r in rows
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)
    for r in rows:
        shown = api.ok(api.get("lee", f"/measures/{r['measure']}"))
        assert str(shown["positions"][0]["version"]) == str(r["version"])


def test_cli_export_refuses_an_unknown_format(app: App, tmp_path: Path) -> None:
    done = run("export", "measures", "--format", "xml", cwd=tmp_path, db=_db_arg(app))
    assert done.code == 2 and "csv or json" in done.message
