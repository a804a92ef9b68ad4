"""The `tandem` command on PostgreSQL, chosen by TANDEM_DATABASE_URL (no --db)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import PARTY_ARGS, START, Result, base_env, database_state, run

pytestmark = pytest.mark.postgres


def test_lifecycle_and_bad_paths_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    env = {**base_env(), "TANDEM_DATABASE_URL": pg_url}

    def tandem(*args: str) -> Result:
        return run(*args, cwd=tmp_path, env=env)

    init = tandem("init", "--simulated-clock", "--start", START, *PARTY_ARGS, "--json").json()
    assert init["simulated"] is True and init["now"] == "2018-11-19T00:00:00Z"
    tandem("user", "add", "smith", "--party", "USA", "--role", "officer", "--json").json()
    assert {u["name"] for u in tandem("user", "list", "--json").json()} == {"kor", "usa", "smith"}

    mid = str(
        tandem(
            "measure", "propose", "--as", "kor", "--title", "Railway study", "--at",
            "2018-11-19T02:00Z", "--json",
        ).json()["id"]
    )  # fmt: skip
    notified = tandem(
        "measure", "notify", mid, "--as", "kor", "--at", "2018-11-20T01:00Z", "--json"
    ).json()
    assert notified["deadline"] == "2018-12-05T09:00:00Z"
    cleared = tandem("measure", "position", mid, "support", "--as", "smith", "--json").json()
    assert cleared["status"] == "cleared" and cleared["cleared_by"] == "consensus"
    assert cleared["acknowledgements"][0]["party"] == "USA"

    # Bad paths: exit 2, nothing on stdout, nothing written.
    before = database_state(pg_url)
    for args, needle in (
        (("measure", "show", "42", "--json"), "no measure 42"),
        (("measure", "position", mid, "objection", "--as", "smith", "--reason", "x"), "closed"),
        (("measure", "propose", "--as", "kor", "--title", "X", "--at", "2018-11-01T00:00Z"),
         "only moves forward"),
    ):  # fmt: skip
        done = tandem(*args)
        assert done.code == 2 and done.stdout == "", done
        assert needle in done.message
    assert database_state(pg_url) == before

    executed = tandem("measure", "execute", mid, "--as", "kor", "--json").json()
    assert executed["status"] == "executed" and executed["unilateral"] is False
    other = str(
        tandem("measure", "propose", "--as", "usa", "--title", "Travel", "--json").json()["id"]
    )
    tandem("measure", "execute", other, "--as", "usa", "--json").json()
    alerts = tandem("alerts", "--party", "KOR", "--json").json()
    assert [(a["kind"], a["actor"], a["measure"]) for a in alerts] == [
        ("unilateral", "USA", int(other))
    ]
    history = tandem("measure", "history", mid, "--json").json()
    assert [e["kind"] for e in history][-3:] == [
        "measure.position",
        "measure.cleared",
        "measure.executed",
    ]
    assert tandem("clock", "show", "--json").json() == {
        "now": "2018-11-20T01:00:00Z",
        "simulated": True,
    }
    # Nothing landed in the default SQLite file.
    assert not (tmp_path / "tandem.db").exists()
