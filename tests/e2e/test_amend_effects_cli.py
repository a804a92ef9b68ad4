"""`tandem measure amend ID --effect TRACK:WEIGHT`: a new version whose window reopens,
`--json` naming `effects` among what changed; `tandem pace effects` on a notified measure
is refused and points to the amendment; refusals exit 2 and write nothing."""

from __future__ import annotations

from pathlib import Path

from cli_support import Result, database_state, run


def test_amend_with_effects(cli_db: str) -> None:
    folder = Path(cli_db).parent

    def tandem(*args: str) -> Result:
        return run(*args, cwd=folder, db=cli_db)

    m = tandem(
        "measure", "propose", "--as", "kim", "--title", "Tourism", "--planned", "2018-12-20",
        "--effect", "inter-korean:+3", "--json",
    ).json()  # fmt: skip
    mid = str(m["id"])
    tandem("measure", "notify", mid, "--as", "kor", "--json").json()

    before = database_state(cli_db)
    pace = tandem("pace", "effects", mid, "--as", "kim", "--effect", "inter-korean:+5",
                  "--effect-reason", "Individual tourism too")  # fmt: skip
    assert pace.code == 2 and pace.stdout == ""
    assert f"amend it instead: tandem measure amend {mid} --effect" in pace.message
    minor = tandem("measure", "amend", mid, "--as", "kim", "--effect", "inter-korean:+5",
                   "--minor", "--reason", "typo", "--json")  # fmt: skip
    assert minor.code == 2 and minor.stdout == "" and "without --minor" in minor.message
    same = tandem("measure", "amend", mid, "--as", "kim", "--effect", "inter-korean:+3")
    assert same.code == 2 and "nothing to amend" in same.message
    assert database_state(cli_db) == before

    out = tandem(
        "measure", "amend", mid, "--as", "kim", "--effect", "inter-korean:+5",
        "--effect", "denuclearization:+1", "--effect-reason", "Individual tourism too", "--json",
    ).json()  # fmt: skip
    assert out["version"] == 2 and out["status"] == "in_consultation"
    a = out["amendment"]
    assert a["changed"] == ["effects"] and a["window_reopened"] and not a["minor"]
    w = tandem("pace", "--what-if", mid, "--json").json()
    assert [t["index"] for t in w["tracks"]] == [1.0, 5.0]
    text = tandem("measure", "amend", mid, "--as", "kim", "--effect", "denuclearization:0")
    assert text.code == 0 and "version 3: effects" in text.message
