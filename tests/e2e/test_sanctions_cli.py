"""Screening through the `tandem` command: the contract of issue 6 / docs/sanctions.md.

`tandem screen FILE --json` prints {"verdict", "findings", "names"}; a measure proposed with
--manifest is screened at notification; bad input exits 2 with a sentence and writes nothing.
Run on SQLite here and on PostgreSQL in the last test.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from cli_support import PARTY_ARGS, START, Result, base_env, database_state, run


def example(name: str) -> str:
    return resources.files("tandem.data").joinpath("manifests", name).read_text("utf-8")


WIDE = base_env() | {"COLUMNS": "400"}
"""Tables one row a line, so that a cell is not wrapped."""


def ok(done: Result) -> Any:
    assert done.code == 0, done.stderr
    return done.json()


def test_screen_contract(tmp_path: Path) -> None:
    rail = tmp_path / "rail.csv"
    rail.write_text(example("rail-survey-2018.csv"), encoding="utf-8")
    s = ok(run("screen", str(rail), "--on", "2018-11-30", "--json", cwd=tmp_path))
    assert s["verdict"] == "requires_exemption"
    assert {"verdict", "findings", "names"} <= set(s)
    for f in s["findings"]:
        assert set(f) == {"line", "rule", "resolution", "paragraph", "effect", "exemption", "why"}
    hit = {(f["line"], f["resolution"], f["paragraph"], f["effect"]) for f in s["findings"]}
    assert (4, "2397", "5", "capped") in hit  # the diesel in the tank wagon
    assert (1, "2397", None, "prohibited") in hit  # the coaches (paragraph not yet checked)
    assert (5, "2397", None, "prohibited") in hit  # the generators
    assert (1, "2270", "18", "inspection") in hit  # rail cargo is inspected
    bans = [f for f in s["findings"] if f["rule"] in ("2397-vehicles", "2397-machinery")]
    assert {f["line"] for f in bans} == {1, 2, 3, 5}
    assert all(f["exemption"].startswith("2397 OP25") for f in bans)
    text = run("screen", str(rail), "--on", "2018-11-30", cwd=tmp_path, env=WIDE)
    assert text.code == 0 and "2397 (paragraph not yet checked)" in text.stdout
    assert "OP7" not in text.stdout and "OPNone" not in text.stdout
    medicines = tmp_path / "medicines.csv"
    medicines.write_text(example("medicines.csv"), encoding="utf-8")
    assert ok(run("screen", str(medicines), "--json", cwd=tmp_path))["verdict"] == "clear"

    names = tmp_path / "names.json"
    names.write_text(
        '{"manifest": 1, "lines": [{"description": "Fees", "service": "financial", '
        '"direction": "to_dprk", "counterparties": ["Korea Ryonpong General Corp."]}]}'
    )
    s = ok(run("screen", str(names), "--on", "2018-11-30", "--json", cwd=tmp_path))
    (n,) = s["names"]
    assert set(n) >= {"line", "name", "matched", "alias", "reference", "score"}
    assert n["line"] == 1 and n["reference"] == "KPe.002" and n["alias"] is None
    assert n["matched"] == "KOREA RYONBONG GENERAL CORPORATION"

    template = run("screen", "--template", cwd=tmp_path)
    assert template.code == 0 and template.stdout.startswith("# tandem-manifest 1")
    (tmp_path / "t.csv").write_text(template.stdout)
    ok(run("screen", str(tmp_path / "t.csv"), "--json", cwd=tmp_path))


@pytest.mark.parametrize(
    ("content", "args", "needle"),
    [
        ("description,hs_code,direction\nCoach,865,to_dprk\n", (), "row 1, column hs_code"),
        ("description,hs_code,direction,colour\nA,86,to_dprk,red\n", (), "unknown column"),
        ("description,hs_code,direction\nA,86,to_dprk\n", ("--on", "yesterday"), "YYYY-MM-DD"),
        ("description,hs_code,direction\nA,86,to_dprk\n", ("--threshold", "5"), "threshold"),
    ],
)
def test_screen_refuses_bad_input(
    tmp_path: Path, content: str, args: tuple[str, ...], needle: str
) -> None:
    path = tmp_path / "m.csv"
    path.write_text(content)
    done = run("screen", str(path), *args, "--json", cwd=tmp_path)
    assert done.code == 2 and done.stdout == "" and needle in done.message, done
    missing = run("screen", str(tmp_path / "nope.csv"), cwd=tmp_path)
    assert missing.code == 2 and "no manifest" in missing.message


def test_rules_list_show_check(tmp_path: Path) -> None:
    rules = ok(run("rules", "list", "--json", cwd=tmp_path))
    assert {r["resolution"] for r in rules} >= {"1718", "2094", "2270", "2321", "2397"}
    rule = ok(run("rules", "show", "2397-vehicles", "--json", cwd=tmp_path))
    assert rule["verified"] is False and rule["unverified"]
    assert rule["paragraph"] is None and rule["paragraph_checked"] is False
    shown = run("rules", "show", "2397-vehicles", cwd=tmp_path, env=WIDE)
    assert "2397 (paragraph not yet checked)" in shown.stdout and "OP7" not in shown.stdout
    listed = run("rules", "list", cwd=tmp_path, env=WIDE)
    assert "2397 (paragraph not yet checked)" in listed.stdout and "OPNone" not in listed.stdout
    assert ok(run("rules", "check", "--json", cwd=tmp_path))["ok"] is True
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[rulebook]\nid = "x"\n[[rule]]\nid = "a"\nresolution = "1"\nparagraph = "1"\n'
        'title = "t"\nadopted = 2017-01-01\ndirection = "any"\neffect = "prohibited"\n'
        'match.hs = ["7701"]\nmatch.hs_basis = "tandem"\nexemption.path = "none"\n'
    )
    done = run("rules", "check", str(bad), cwd=tmp_path)
    assert done.code == 2 and "source" in done.message and "77 is reserved" in done.message
    missing = run("rules", "show", "0000-0", cwd=tmp_path)
    assert missing.code == 2 and "no rule" in missing.message
    cited = tmp_path / "cited.toml"
    cited.write_text(
        '[rulebook]\nid = "x"\n[[rule]]\nid = "2397-7-vehicles"\nresolution = "2397"\n'
        'paragraph_checked = false\nunverified = "the number OP7 is recalled"\n'
        'title = "t"\nadopted = 2017-12-22\ndirection = "to_dprk"\neffect = "prohibited"\n'
        'match.hs = ["86"]\nmatch.hs_basis = "resolution"\nexemption.path = "general"\n'
        'source = "https://example.org/"\n'
    )
    done = run("rules", "check", str(cited), cwd=tmp_path)
    assert done.code == 2 and "its id cites a number" in done.stderr
    assert "its unverified cites a paragraph number ('OP7')" in done.stderr


def lifecycle(tandem: Any, folder: Path, url: str) -> None:
    """Propose with a manifest, notify (screened), execute (alert), exemption life."""
    rail = folder / "rail.csv"
    rail.write_text(example("rail-survey-2018.csv"), encoding="utf-8")
    m = ok(
        tandem(
            "measure", "propose", "--as", "kor", "--title", "Joint railway field survey",
            "--planned", "2018-11-30", "--manifest", str(rail), "--at", "2018-11-19T02:00Z",
            "--json",
        )
    )  # fmt: skip
    mid = str(m["id"])
    ok(tandem("measure", "notify", mid, "--as", "kor", "--at", "2018-11-20T01:00Z", "--json"))
    shown = ok(tandem("manifest", "show", mid, "--json"))
    assert shown["verdict"] == "requires_exemption" and len(shown["manifest"]["lines"]) == 6

    before = database_state(url)
    bad = folder / "bad.csv"
    bad.write_text("description,hs_code,direction\nRails,7302,sideways\n")
    for args, needle in (
        (("measure", "propose", "--as", "kor", "--title", "X", "--manifest", str(bad)),
         "row 1, column direction"),
        (("manifest", "attach", mid, str(rail), "--as", "kor"), "draft"),
        (("exemption", "draft", mid, "--as", "kor", "--nature", "", "--recipients", "r"),
          "nature of the assistance or project is required (--nature)"),
        (("exemption", "submit", "7", "--as", "kor"), "no exemption request 7"),
    ):  # fmt: skip
        done = tandem(*args)
        assert done.code == 2 and done.stdout == "" and needle in done.message, done
    assert database_state(url) == before

    e = ok(
        tandem(
            "exemption", "draft", mid, "--as", "kor", "--nature", "Joint field survey",
            "--recipients", "DPRK Ministry of Railways", "--json",
        )
    )  # fmt: skip
    assert e["status"] == "drafted"
    eid = str(e["id"])
    assert ok(tandem("exemption", "submit", eid, "--as", "kor", "--json"))["status"] == "submitted"
    done = tandem("exemption", "grant", eid, "--as", "kor", "--from", "2018-12-01", "--until",
                  "2018-11-01")  # fmt: skip
    assert done.code == 2 and "before" in done.message
    granted = ok(
        tandem(
            "exemption", "grant", eid, "--as", "kor", "--from", "2018-11-24", "--until",
            "2018-12-31", "--shipments", "1", "--json",
        )
    )  # fmt: skip
    assert granted["valid_until"] == "2018-12-31"
    doc = tandem("exemption", "export", eid)
    assert doc.code == 0 and "Why an exemption is needed" in doc.stdout
    listed = ok(tandem("exemption", "list", "--measure", mid, "--json"))
    assert [x["status"] for x in listed] == ["granted"]


def test_a_measure_with_manifest_on_sqlite(cli_db: str) -> None:
    folder = Path(cli_db).parent

    def tandem(*args: str) -> Result:
        return run(*args, cwd=folder, db=cli_db)

    lifecycle(tandem, folder, cli_db)


@pytest.mark.postgres
def test_a_measure_with_manifest_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    env = {**base_env(), "TANDEM_DATABASE_URL": pg_url}

    def tandem(*args: str) -> Result:
        return run(*args, cwd=tmp_path, env=env)

    ok(tandem("init", "--simulated-clock", "--start", START, *PARTY_ARGS, "--json"))
    lifecycle(tandem, tmp_path, pg_url)
