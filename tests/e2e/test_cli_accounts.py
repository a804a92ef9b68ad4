"""Tokens, passwords, internal notes and search through the real `tandem` command."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cli_support import base_env, run, tandem_script

from tandem.services.accounts import authenticate, sign_in
from tandem.services.context import App


def _notified_measure(tmp_path: Path, db: str) -> int:
    proposed = run(
        "measure",
        "propose",
        "--as",
        "kim",
        "--title",
        "Liaison office staffing",
        "--json",
        cwd=tmp_path,
        db=db,
    ).json()
    run(
        "measure", "notify", str(proposed["id"]), "--as", "kor", "--json", cwd=tmp_path, db=db
    ).json()
    return int(proposed["id"])


def test_token_create_list_revoke(tmp_path: Path, cli_db: str) -> None:
    created = run("token", "create", "smith", "--json", cwd=tmp_path, db=cli_db).json()
    assert created["token"].startswith("tdm_") and created["user"] == "smith"
    assert authenticate(App.open(cli_db), created["token"]).name == "smith"

    listed = run("token", "list", "--json", cwd=tmp_path, db=cli_db).json()
    assert [t["id"] for t in listed] == [created["id"]]
    assert all("token" not in t for t in listed), "the token itself is never listed"

    revoked = run("token", "revoke", created["id"], "--json", cwd=tmp_path, db=cli_db).json()
    assert revoked["revoked_at"] is not None
    again = run("token", "revoke", created["id"], cwd=tmp_path, db=cli_db)
    assert again.code == 2 and "already revoked" in again.message


def test_token_for_unknown_user_or_past_expiry_is_refused(tmp_path: Path, cli_db: str) -> None:
    unknown = run("token", "create", "nobody", cwd=tmp_path, db=cli_db)
    assert unknown.code == 2 and "no user 'nobody'" in unknown.message
    past = run("token", "create", "kim", "--expires", "2001-01-01", cwd=tmp_path, db=cli_db)
    assert past.code == 2 and "not in the future" in past.message
    assert run("token", "list", "--json", cwd=tmp_path, db=cli_db).json() == []


def test_password_from_stdin_signs_in(tmp_path: Path, cli_db: str) -> None:
    done = subprocess.run(
        [tandem_script(), "user", "password", "kim", "--password-stdin", "--db", cli_db],
        input="correct horse battery staple\n",
        capture_output=True,
        text=True,
        env=base_env(),
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sign_in(App.open(cli_db), "kim", "correct horse battery staple").party == "KOR"

    short = subprocess.run(
        [tandem_script(), "user", "password", "kim", "--password-stdin", "--db", cli_db],
        input="short\n",
        capture_output=True,
        text=True,
        env=base_env(),
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert short.returncode == 2 and "at least 12 characters" in short.stderr


def test_internal_notes_stay_with_their_party(tmp_path: Path, cli_db: str) -> None:
    measure = _notified_measure(tmp_path, cli_db)
    secret = "fallback line: accept a smaller staff"
    note = run(
        "note", "add", str(measure), secret, "--as", "kim", "--json", cwd=tmp_path, db=cli_db
    )
    assert note.json()["party"] == "KOR"

    mine = run("measure", "show", str(measure), "--as", "lee", "--json", cwd=tmp_path, db=cli_db)
    assert [n["text"] for n in mine.json()["notes"]] == [secret]
    theirs = run(
        "measure", "show", str(measure), "--as", "smith", "--json", cwd=tmp_path, db=cli_db
    )
    assert theirs.json()["notes"] == []
    assert secret not in theirs.stdout

    assert run("search", "smaller", "--as", "smith", "--json", cwd=tmp_path, db=cli_db).json() == []
    found = run("search", "smaller", "--as", "kim", "--json", cwd=tmp_path, db=cli_db).json()
    assert [(h["measure"], h["source"]) for h in found] == [(measure, "note")]
    for what in ("measures", "positions"):
        exported = run("export", what, "--format", "json", cwd=tmp_path, db=cli_db)
        assert exported.code == 0 and secret not in exported.stdout
    history = run("measure", "history", str(measure), "--json", cwd=tmp_path, db=cli_db)
    assert secret not in history.stdout


def test_note_by_viewer_is_refused_and_writes_nothing(tmp_path: Path, cli_db: str) -> None:
    measure = _notified_measure(tmp_path, cli_db)
    refused = run("note", "add", str(measure), "a thought", "--as", "lee", cwd=tmp_path, db=cli_db)
    assert refused.code == 2 and "viewer" in refused.message
    listed = run("note", "list", str(measure), "--as", "kim", "--json", cwd=tmp_path, db=cli_db)
    assert listed.json() == []


def test_search_finds_titles_and_position_reasons(tmp_path: Path, cli_db: str) -> None:
    measure = _notified_measure(tmp_path, cli_db)
    run(
        "measure",
        "position",
        str(measure),
        "comment",
        "--as",
        "smith",
        "--reason",
        "Please share the staffing plan",
        "--json",
        cwd=tmp_path,
        db=cli_db,
    ).json()
    hits = run("search", "staffing", "--json", cwd=tmp_path, db=cli_db).json()
    assert {h["source"] for h in hits} == {"measure", "position"}
    assert all(h["measure"] == measure for h in hits)
    empty = run("search", "  ", cwd=tmp_path, db=cli_db)
    assert empty.code == 2 and "say what to search for" in empty.message
