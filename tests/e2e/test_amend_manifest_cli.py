"""`tandem measure amend ID --manifest FILE`: a new version screened when its window
reopens, `--json` saying what changed; a refusal exits 2 and writes nothing."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from cli_support import Result, database_state, run


def example(name: str) -> str:
    return resources.files("tandem.data").joinpath("manifests", name).read_text("utf-8")


def test_amend_with_a_manifest(cli_db: str) -> None:
    folder = Path(cli_db).parent

    def tandem(*args: str) -> Result:
        return run(*args, cwd=folder, db=cli_db)

    medicines, rail = folder / "medicines.csv", folder / "rail.csv"
    medicines.write_text(example("medicines.csv"), encoding="utf-8")
    rail.write_text(example("rail-survey-2018.csv"), encoding="utf-8")
    m = tandem(
        "measure", "propose", "--as", "kim", "--title", "Joint railway field survey",
        "--planned", "2018-11-30", "--manifest", str(medicines), "--json",
    ).json()  # fmt: skip
    mid = str(m["id"])
    tandem("measure", "notify", mid, "--as", "kor", "--json").json()

    before = database_state(cli_db)
    minor = tandem("measure", "amend", mid, "--as", "kim", "--manifest", str(rail), "--minor",
                   "--reason", "typo", "--json")  # fmt: skip
    assert minor.code == 2 and minor.stdout == "" and "without --minor" in minor.message
    assert database_state(cli_db) == before

    out = tandem("measure", "amend", mid, "--as", "kim", "--manifest", str(rail), "--json").json()
    assert out["version"] == 2 and out["status"] == "in_consultation"
    a = out["amendment"]
    assert a["changed"] == ["manifest"] and a["window_reopened"] and a["new_manifest"]
    assert a["manifest"] == {"version": 2, "lines": 6}
    assert a["screening"]["version"] == 2 and a["screening"]["verdict"] == "requires_exemption"
    text = tandem("measure", "amend", mid, "--as", "kim", "--title", "Field survey")
    assert text.code == 0
    assert "version 3: title" in text.message and "(carried): 6 lines" in text.message
    assert "version 3 screened on 2018-11-30: requires exemption" in text.message
