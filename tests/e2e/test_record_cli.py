"""`tandem head`, `proof`, `verify`, `export record` and `mirror` through the real entry point."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from cli_support import PARTY_ARGS, START, Result, base_env, run

from tandem.domain import merkle
from tandem.domain.ledger import Entry

KEY_ENV = "TANDEM_KEY_FILE"


def env() -> dict[str, str]:
    return {k: v for k, v in base_env().items() if k != KEY_ENV}


def tandem(folder: Path, *args: str, db: str | None = None) -> Result:
    return run(*args, cwd=folder, db=db, env=env())


def grow(folder: Path, db: str, count: int) -> None:
    for i in range(count):
        done = tandem(folder, "measure", "propose", "--as", "kim", "--title", f"Step {i}", db=db)
        assert done.code == 0, done.stderr


def sql(db: str, statement: str, *params: Any) -> None:
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(statement, params)
        conn.commit()


def record_size(db: str) -> int:
    with closing(sqlite3.connect(db)) as conn:
        found: int = conn.execute("SELECT count(*) FROM record_entries").fetchone()[0]
    return found


def refused(done: Result, *needles: str) -> None:
    """Exit 2, nothing on stdout, a readable message on stderr."""
    assert done.code == 2, (done.code, done.stdout, done.stderr)
    assert done.stdout == ""
    assert done.message.startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr
    for needle in needles:
        assert needle.lower() in done.message.lower(), (needle, done.message)


@pytest.fixture
def folder(cli_db: str) -> Path:
    return Path(cli_db).parent


def test_head_and_proofs_that_an_rfc_6962_verifier_accepts(folder: Path, cli_db: str) -> None:
    grow(folder, cli_db, 4)
    h = tandem(folder, "head", "--json", db=cli_db).json()
    assert set(h) == {"size", "root", "timestamp", "signature", "public_key"}
    assert h["size"] == record_size(cli_db)
    root = bytes.fromhex(h["root"])
    assert h["root"] == h["root"].lower() and len(h["public_key"]) == 64
    # Every entry's audit path leads to the signed root.
    for entry in (0, 1, h["size"] // 2, h["size"] - 1):
        p = tandem(folder, "proof", "inclusion", str(entry), "--json", db=cli_db).json()
        assert set(p) == {"leaf_index", "tree_size", "leaf_hash", "root", "audit_path"}
        assert (p["leaf_index"], p["tree_size"], p["root"]) == (entry, h["size"], h["root"])
        path = [bytes.fromhex(x) for x in p["audit_path"]]
        assert merkle.verify_inclusion(entry, h["size"], bytes.fromhex(p["leaf_hash"]), path, root)
    p = tandem(folder, "proof", "inclusion", "2", "--size", "5", "--json", db=cli_db).json()
    assert p["tree_size"] == 5
    c = tandem(folder, "proof", "consistency", "3", str(h["size"]), "--json", db=cli_db).json()
    assert set(c) == {"first", "second", "first_root", "second_root", "path"}
    assert c["second_root"] == h["root"]
    assert merkle.verify_consistency(
        3,
        h["size"],
        bytes.fromhex(c["first_root"]),
        root,
        [bytes.fromhex(x) for x in c["path"]],
    )
    # The record grows; the next head covers it and is consistent with the last one.
    grow(folder, cli_db, 2)
    h2 = tandem(folder, "head", "--json", db=cli_db).json()
    assert h2["size"] == h["size"] + 2
    c = tandem(
        folder, "proof", "consistency", str(h["size"]), str(h2["size"]), "--json", db=cli_db
    ).json()
    assert merkle.verify_consistency(
        h["size"],
        h2["size"],
        root,
        bytes.fromhex(h2["root"]),
        [bytes.fromhex(x) for x in c["path"]],
    )
    v = tandem(folder, "verify", "--json", db=cli_db)
    assert v.code == 0, v.stdout
    report = v.json()
    assert report["ok"] is True and report["entries"] == h2["size"] and report["problems"] == []
    # For people: plain text, same exit status.
    shown = tandem(folder, "head", db=cli_db)
    assert shown.code == 0 and h2["root"] in shown.stdout
    shown = tandem(folder, "verify", db=cli_db)
    assert shown.code == 0 and "verifies" in shown.stderr


def test_init_creates_the_key_beside_the_database(tmp_path: Path) -> None:
    done = tandem(tmp_path, "init", "--simulated-clock", "--start", START, *PARTY_ARGS, db="g.db")
    assert done.code == 0, done.stderr
    key = tmp_path / "g.db.key"
    assert key.is_file() and key.stat().st_mode & 0o077 == 0
    h = tandem(tmp_path, "head", "--json", db="g.db").json()
    from tandem.services.keys import load_key

    assert load_key(key).public_hex == h["public_key"]
    # With TANDEM_KEY_FILE the key lives where it says.
    elsewhere = tmp_path / "keys" / "group.key"
    done = run(
        "init",
        *PARTY_ARGS,
        cwd=tmp_path,
        db="h.db",
        env={**env(), KEY_ENV: str(elsewhere)},
    )
    assert done.code == 0, done.stderr
    assert elsewhere.is_file() and not (tmp_path / "h.db.key").exists()


def test_a_changed_entry_makes_verify_exit_1_and_names_it(folder: Path, cli_db: str) -> None:
    grow(folder, cli_db, 3)
    assert tandem(folder, "head", db=cli_db).code == 0
    sql(cli_db, "UPDATE record_entries SET actor = 'mallory' WHERE seq = 3")
    done = tandem(folder, "verify", "--json", db=cli_db)
    assert done.code == 1
    report = json.loads(done.stdout)
    assert report["ok"] is False and report["entries"] == record_size(cli_db)
    assert 3 in [p["entry"] for p in report["problems"]]
    assert all(set(p) >= {"entry", "what"} for p in report["problems"])
    shown = tandem(folder, "verify", db=cli_db)
    assert shown.code == 1 and "does NOT verify" in shown.stderr
    # A head is never signed over a record changed after the tree was brought up to date…
    grow(folder, cli_db, 1)
    sql(
        cli_db, "UPDATE record_entries SET actor = 'mallory' WHERE seq = ?", record_size(cli_db) - 1
    )
    refused(tandem(folder, "head", db=cli_db), "tandem verify")


def test_an_export_verifies_offline_against_the_key(folder: Path, cli_db: str) -> None:
    grow(folder, cli_db, 3)
    out = folder / "record.jsonl"
    done = tandem(folder, "export", "record", "--out", str(out), "--json", db=cli_db).json()
    h = tandem(folder, "head", "--json", db=cli_db).json()
    assert done["entries"] == h["size"] and done["root"] == h["root"]
    ok = run("verify", "--export", str(out), "--key", h["public_key"], "--json", cwd=folder)
    assert ok.code == 0, ok.stdout
    assert ok.json()["entries"] == h["size"]
    key_file = folder / "partner.pub"
    key_file.write_text(h["public_key"] + "\n")
    assert run("verify", "--export", str(out), "--key", str(key_file), cwd=folder).code == 0
    lines = out.read_bytes().split(b"\n")
    entry = Entry(**json.loads(lines[2]))
    forged = Entry(entry.seq, entry.at, "mallory", entry.party, entry.kind, entry.subject, {})
    lines[2] = forged.canonical()
    out.write_bytes(b"\n".join(lines))
    bad = run("verify", "--export", str(out), "--key", h["public_key"], "--json", cwd=folder)
    assert bad.code == 1 and json.loads(bad.stdout)["ok"] is False
    refused(run("verify", "--export", str(out), cwd=folder), "--key")


def test_a_mirror_follows_and_refuses_a_rewritten_history(folder: Path, cli_db: str) -> None:
    grow(folder, cli_db, 2)
    assert tandem(folder, "head", db=cli_db).code == 0
    mirror = folder / "mirror.jsonl"
    first = tandem(folder, "mirror", "--from", cli_db, "--to", str(mirror), "--json")
    assert first.code == 0, first.stderr
    assert "note:" in first.stderr  # trusting the key on first use, and saying so
    pulled = first.json()
    assert pulled["ok"] and pulled["new_entries"] == record_size(cli_db)
    grow(folder, cli_db, 2)
    assert tandem(folder, "head", db=cli_db).code == 0
    again = tandem(folder, "mirror", "--from", cli_db, "--to", str(mirror), "--json").json()
    assert again["new_entries"] == 2 and again["before"] == pulled["size"]
    # The server rewrites entry 1 (and re-signs with its key): the mirror sounds the alarm.
    sql(cli_db, "UPDATE record_entries SET actor = 'mallory' WHERE seq = 1")
    with closing(sqlite3.connect(cli_db)) as conn:
        row = conn.execute(
            "SELECT seq, at, actor, party, kind, subject, payload FROM record_entries WHERE seq = 1"
        ).fetchone()
    fixed = Entry(*row[:6], json.loads(row[6]))
    sql(cli_db, "UPDATE record_entries SET leaf_hash = ? WHERE seq = 1", fixed.leaf_hash())
    sql(cli_db, "DELETE FROM merkle_nodes")
    sql(cli_db, "DELETE FROM signed_heads")
    grow(folder, cli_db, 1)
    assert tandem(folder, "head", db=cli_db).code == 0
    before = mirror.read_bytes()
    alarm = tandem(folder, "mirror", "--from", cli_db, "--to", str(mirror), "--json")
    assert alarm.code == 1
    assert "ALARM" in alarm.stderr and "rewritten" in alarm.message
    assert json.loads(alarm.stdout)["ok"] is False
    assert mirror.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("proof", "inclusion", "999"), ("entry 999",)),
        (("proof", "inclusion", "0", "--size", "0"), ("at least 1",)),
        (("proof", "inclusion", "0", "--size", "99999"), ("beyond the record",)),
        (("proof", "consistency", "5", "3"), ("larger than",)),
        (("proof", "consistency", "0", "3"), ("at least 1",)),
        (("proof", "consistency", "1", "99999"), ("beyond",)),
        (("verify", "--key", "not-a-key"), ("--key",)),
        (("verify", "--export", "absent.jsonl", "--key", "ab" * 32), ("absent.jsonl",)),
        (("mirror", "--from", "absent.db", "--to", "m.jsonl"), ("absent.db",)),
        (("export", "record", "--out", "no/such/folder/x.jsonl"), ("does not exist",)),
    ],
    ids=[
        "entry-beyond",
        "size-0",
        "size-beyond",
        "first-above-second",
        "first-0",
        "second-beyond",
        "bad-key",
        "missing-export",
        "missing-source",
        "bad-out",
    ],
)
def test_bad_requests_exit_2(
    folder: Path, cli_db: str, args: tuple[str, ...], needles: tuple[str, ...]
) -> None:
    db = None if args[0] in ("mirror",) or "--export" in args else cli_db
    refused(tandem(folder, *args, db=db), *needles)


def test_a_lost_key_is_never_replaced_silently(folder: Path, cli_db: str) -> None:
    assert tandem(folder, "head", db=cli_db).code == 0
    key = Path(cli_db + ".key")
    key.rename(folder / "saved.key")
    grow(folder, cli_db, 1)
    refused(tandem(folder, "head", db=cli_db), "missing", "restore")


@pytest.mark.postgres
def test_postgres_without_a_key_file_is_told_where_to_put_it(pg_url: str, tmp_path: Path) -> None:
    done = run("init", *PARTY_ARGS, cwd=tmp_path, db=pg_url, env=env())
    assert done.code == 0, done.stderr
    refused(run("head", cwd=tmp_path, db=pg_url, env=env()), KEY_ENV)
    with_key = {**env(), KEY_ENV: str(tmp_path / "pg.key")}
    h = run("head", "--json", cwd=tmp_path, db=pg_url, env=with_key)
    assert h.code == 0, h.stderr
    v = run("verify", "--json", cwd=tmp_path, db=pg_url, env=with_key)
    assert v.code == 0 and v.json()["ok"]
