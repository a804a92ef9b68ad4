"""Bad paths: exit status 2, a readable message on stderr, nothing on stdout, nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from cli_support import PARTY_ARGS, Result, copy_sqlite, database_state, run

from tandem.domain.measures import Stance
from tandem.services import measures
from tandem.services.clock import set_clock
from tandem.services.context import App
from tandem.services.views import JSONDict
from tandem.store.unit_of_work import unit_of_work


@dataclass(frozen=True)
class World:
    folder: Path
    db: str

    def tandem(self, *args: str) -> Result:
        return run(*args, cwd=self.folder, db=self.db)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, group_template: Path) -> Iterator[World]:
    """Measures 1 draft, 2 in consultation, 3 cleared, 4 withdrawn; clock 2018-11-21T00:00Z.

    Made through the services on a copy of the working group the CLI created.
    """
    folder = tmp_path_factory.mktemp("bad-paths")
    copy_sqlite(group_template, folder / "world.db")
    db = str(folder / "world.db")
    app = App.open(db)
    t = datetime_of
    for title in ("Draft", "Open", "Cleared", "Withdrawn"):
        measures.propose_measure(app, "kim", title, at=t("2018-11-19T01:00Z"))
    for mid in (2, 3):
        measures.notify_measure(app, mid, "kor", at=t("2018-11-20T01:00Z"))
    measures.record_position(app, 3, "smith", Stance.SUPPORT)
    measures.withdraw_measure(app, 4, "kor")
    measures.record_position(app, 2, "smith", Stance.COMMENT, reason="A thought.")
    set_clock(app, t("2018-11-21T00:00Z"))
    app.db.dispose()
    yield World(folder, db)


def datetime_of(text: str) -> datetime:
    return datetime.fromisoformat(text)


def expect_refusal(done: Result, *needles: str) -> None:
    assert done.code == 2, f"exit {done.code}; stdout {done.stdout!r}; stderr {done.stderr!r}"
    assert done.stdout.strip() == "", f"stdout should be empty: {done.stdout!r}"
    assert done.message.startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr
    for needle in needles:
        assert needle.lower() in done.message.lower(), f"{needle!r} not in {done.message!r}"


CASES: dict[str, tuple[list[str], tuple[str, ...]]] = {
    "unknown measure shown": (["measure", "show", "99", "--json"], ("no measure 99",)),
    "unknown measure notified": (
        ["measure", "notify", "99", "--as", "kor", "--json"],
        ("no measure 99", "measure list"),
    ),
    "unknown user": (
        ["measure", "propose", "--as", "nobody", "--title", "X", "--json"],
        ("no user 'nobody'", "kim"),
    ),
    "position on own party's measure": (
        ["measure", "position", "2", "support", "--as", "kim", "--json"],
        ("own measure", "USA"),
    ),
    "malformed time": (
        ["measure", "propose", "--as", "kim", "--title", "X", "--at", "next tuesday", "--json"],
        ("--at 'next tuesday'", "ISO-8601"),
    ),
    "time without offset": (
        ["measure", "propose", "--as", "kim", "--title", "X", "--at", "2018-11-25T10:00"],
        ("no offset", "2018-11-25T10:00Z"),
    ),
    "--at backwards": (
        ["measure", "propose", "--as", "kim", "--title", "X", "--at", "2018-11-20T00:00Z"],
        ("2018-11-21T00:00:00Z", "only moves forward"),
    ),
    "clock set backwards": (
        ["clock", "set", "2018-11-01T00:00Z", "--json"],
        ("only moves forward",),
    ),
    "clock set to a malformed time": (["clock", "set", "soon", "--json"], ("'soon'",)),
    "position on a closed window": (
        ["measure", "position", "3", "comment", "--as", "smith", "--reason", "Late", "--json"],
        ("window on measure 3", "closed", "amend"),
    ),
    "executing a withdrawn measure": (
        ["measure", "execute", "4", "--as", "kor", "--json"],
        ("withdrawn", "cannot be executed"),
    ),
    "viewer proposes": (
        ["measure", "propose", "--as", "lee", "--title", "X", "--json"],
        ("lee", "viewer"),
    ),
    "officer notifies": (["measure", "notify", "1", "--as", "kim"], ("kim", "envoy")),
    "position word unknown": (
        ["measure", "position", "2", "maybe", "--as", "smith", "--json"],
        ("'maybe' is not a position", "no-objection"),
    ),
    "objection without reason": (
        ["measure", "position", "2", "objection", "--as", "smith", "--json"],
        ("--reason",),
    ),
    "status unknown": (
        ["measure", "list", "--status", "pending", "--json"],
        ("'pending' is not a status",),
    ),
    "alerts for an unknown party": (["alerts", "--party", "JPN", "--json"], ("JPN", "USA")),
    "role unknown": (
        ["user", "add", "ko", "--party", "KOR", "--role", "king", "--json"],
        ("role 'king'",),
    ),
    "user of an unknown party": (
        ["user", "add", "tanaka", "--party", "JPN", "--role", "officer", "--json"],
        ("no party 'JPN'",),
    ),
    "planned date malformed": (
        ["measure", "propose", "--as", "kim", "--title", "X", "--planned", "30/11/2018"],
        ("--planned '30/11/2018'", "YYYY-MM-DD"),
    ),
    "execution date in the future": (
        ["measure", "execute", "3", "--as", "kor", "--on", "2030-01-01", "--json"],
        ("2030-01-01", "after today"),
    ),
    "calendar with an unknown party": (
        [
            "calendar",
            "deadline",
            "--from",
            "2018-11-20T10:00+09:00",
            "--days",
            "3",
            "--parties",
            "USA,XYZ",
            "--json",
        ],
        ("'XYZ'", "CODE:TIME_ZONE:COUNTRY"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_refused_with_exit_2_and_nothing_written(world: World, case: str) -> None:
    args, needles = CASES[case]
    before = database_state(world.db)
    expect_refusal(world.tandem(*args), *needles)
    assert database_state(world.db) == before, "a refused command changed the database"


def test_history_and_alerts_unchanged_through_the_cli(world: World) -> None:
    def seen() -> tuple[JSONDict, ...]:
        return (
            world.tandem("measure", "history", "2", "--json").json(),
            world.tandem("alerts", "--json").json(),
            world.tandem("clock", "show", "--json").json(),
        )

    before = seen()
    assert before[2] == {"now": "2018-11-21T00:00:00Z", "simulated": True}
    for bad in (
        ["measure", "position", "2", "objection", "--as", "kim", "--reason", "x"],
        ["measure", "withdraw", "2", "--as", "usa", "--at", "2018-11-22T00:00Z"],
    ):
        expect_refusal(world.tandem(*bad))
    assert seen() == before


def test_init_with_a_time_zone_that_does_not_exist(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    done = run(
        "init", "--party", "USA:America/New_York:US", "--party", "KOR:Asia/Gotham:KR",
        "--simulated-clock", "--json", cwd=tmp_path, db=str(db),
    )  # fmt: skip
    expect_refusal(done, "'Asia/Gotham' is not an IANA time zone", "Asia/Seoul")
    assert not db.exists()
    bad_start = run(
        "init", *PARTY_ARGS, "--simulated-clock", "--start", "2018-11-19 09:00", cwd=tmp_path,
        db=str(db),
    )  # fmt: skip
    expect_refusal(bad_start, "--start", "no offset")
    assert not db.exists() or database_state(str(db))[0] == 0


def test_real_clock_database_refuses_at_and_clock_set(tmp_path: Path) -> None:
    db = str(tmp_path / "real.db")
    init = run("init", *PARTY_ARGS, "--json", cwd=tmp_path, db=db).json()
    assert init["simulated"] is False
    shown = run("clock", "show", "--json", cwd=tmp_path, db=db).json()
    assert shown["simulated"] is False
    assert datetime.fromisoformat(shown["now"]).year >= 2024
    before = database_state(db)
    expect_refusal(
        run(
            "measure",
            "propose",
            "--as",
            "kor",
            "--title",
            "X",
            "--at",
            "2030-01-01T00:00Z",
            "--json",
            cwd=tmp_path,
            db=db,
        ),
        "real clock",
        "--simulated-clock",
    )
    expect_refusal(
        run("clock", "set", "2030-01-01T00:00Z", "--json", cwd=tmp_path, db=db),
        "real clock",
        "cannot be set",
    )
    assert database_state(db) == before
    made = run("measure", "propose", "--as", "kor", "--title", "Now", "--json", cwd=tmp_path, db=db)
    assert made.json()["created_at"][:4] == shown["now"][:4]
    app = App.open(db)
    with unit_of_work(app.db, write=False) as uow:
        assert "clock.set" not in {e.kind for e in uow.record.all()}
    app.db.dispose()


def test_no_working_group_yet(tmp_path: Path) -> None:
    done = run("measure", "list", "--json", cwd=tmp_path)
    expect_refusal(done, "no working group", "tandem init")
