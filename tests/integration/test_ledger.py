"""The verifiable record on SQLite and PostgreSQL: heads, proofs, verify, export and mirror.

The mutation tests take a record of a few hundred entries with a signed head over all of
them and, for EVERY entry, make each kind of change directly in the database with SQL —
change a byte of a field, delete the entry, insert a forged entry after it, swap it with
its neighbour — inside a transaction that is rolled back afterwards. `verify` must catch
each one, and name the entry when it can.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from service_support import check_message
from sqlalchemy import Connection, text

from tandem.domain import merkle
from tandem.domain.errors import InvalidInput, NotFound, TandemError
from tandem.domain.ledger import Entry, entry_bytes
from tandem.domain.measures import Stance
from tandem.services import clock, ledger, measures, observations
from tandem.services.context import App
from tandem.services.keys import KEY_FILE_ENV, KeyUnavailable, signature_valid
from tandem.store.merkle import ENTRY_COLUMNS
from tandem.store.unit_of_work import unit_of_work

Row = tuple[Any, ...]
START = datetime.fromisoformat("2018-11-19T00:00+00:00")


# --- a record of a few hundred entries ---------------------------------------------------


def build_history(app: App, rounds: int) -> None:
    """Measures through every path, observations and clock moves (~6 entries a round)."""
    t = START
    for i in range(rounds):
        t += timedelta(hours=7)
        kind = i % 4
        if kind == 3:
            observations.observe_action(
                app, "kim", actor="USA", action=f"Designation {i}", on=date(2018, 11, 18), at=t
            )
            continue
        m = measures.propose_measure(app, "kim", f"Measure {i}", description=f"Round {i}", at=t)
        if kind == 2:
            measures.execute_measure(app, m["id"], "kor")  # unilateral, with an alert
            continue
        measures.notify_measure(app, m["id"], "kor")
        if kind == 0:
            measures.record_position(app, m["id"], "smith", Stance.SUPPORT, reason=f"Yes {i}")
            measures.execute_measure(app, m["id"], "kor")
        else:
            measures.record_position(app, m["id"], "smith", Stance.OBJECTION, reason=f"No {i}")
    clock.set_clock(app, t + timedelta(days=30))


@dataclass
class Built:
    app: App
    url: str
    head: dict[str, Any]
    rows: list[Row]
    key_file: Path


def read_rows(app: App) -> list[Row]:
    with unit_of_work(app.db, write=False) as uow:
        found = uow.conn.execute(
            text(f"SELECT {ENTRY_COLUMNS} FROM record_entries ORDER BY seq")
        ).all()
    return [tuple(r) for r in found]


@pytest.fixture(
    scope="module",
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ],
)
def built(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    group_builder: Callable[..., App],
) -> Iterator[Built]:
    folder = tmp_path_factory.mktemp("ledger")
    key_file = folder / "group.key"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(KEY_FILE_ENV, str(key_file))
        if request.param == "postgres":
            url = request.getfixturevalue("module_pg_schemas").new_url()
        else:
            url = f"sqlite:///{folder / 'ledger.db'}"
        app = group_builder(url)
        build_history(app, 56)
        head = ledger.head(app)
        rows = read_rows(app)
        assert 250 <= len(rows) <= 400, len(rows)
        assert head["size"] == len(rows)
        try:
            yield Built(app, url, head, rows, key_file)
        finally:
            app.db.dispose()


# --- heads and proofs ------------------------------------------------------------------------


def test_the_head_covers_every_entry_and_is_signed(built: Built) -> None:
    h = built.head
    assert set(h) == {"size", "root", "timestamp", "signature", "public_key"}
    leaves = [bytes.fromhex(r[7]) for r in built.rows]
    assert h["root"] == merkle.root_of(leaves).hex()
    assert h["root"] == h["root"].lower() and len(h["signature"]) == 128
    message = merkle.tree_head_bytes(
        h["size"], bytes.fromhex(h["root"]), ledger.timestamp_ms(h["timestamp"])
    )
    assert signature_valid(h["public_key"], h["signature"], message)
    assert not signature_valid(h["public_key"], h["signature"], message[:-1] + b"\x00")
    # Asking again signs nothing new.
    assert ledger.head(built.app) == h


def test_every_entry_has_an_inclusion_proof_any_verifier_accepts(built: Built) -> None:
    root = bytes.fromhex(built.head["root"])
    size = built.head["size"]
    for seq, *_, leaf_hash in built.rows:
        p = ledger.inclusion_proof(built.app, seq)
        assert (p["leaf_index"], p["tree_size"], p["leaf_hash"]) == (seq, size, leaf_hash)
        assert p["root"] == built.head["root"]
        path = [bytes.fromhex(x) for x in p["audit_path"]]
        assert merkle.verify_inclusion(seq, size, bytes.fromhex(leaf_hash), path, root)
    # Against an older size, the proof verifies against that tree's root.
    leaves = [bytes.fromhex(r[7]) for r in built.rows]
    for seq, older in ((0, 1), (5, 6), (17, 100), (99, 100), (100, 257)):
        p = ledger.inclusion_proof(built.app, seq, older)
        path = [bytes.fromhex(x) for x in p["audit_path"]]
        assert p["root"] == merkle.root_of(leaves[:older]).hex()
        assert merkle.verify_inclusion(seq, older, leaves[seq], path, bytes.fromhex(p["root"]))


def test_consistency_proofs_between_any_sizes(built: Built) -> None:
    leaves = [bytes.fromhex(r[7]) for r in built.rows]
    size = len(leaves)
    pairs = [(1, 1), (1, size), (size, size), (7, 8), (64, 128), (100, 257)]
    pairs += [(m, size) for m in range(1, size, 13)]
    for first, second in pairs:
        p = ledger.consistency_proof(built.app, first, second)
        assert p["first_root"] == merkle.root_of(leaves[:first]).hex()
        assert p["second_root"] == merkle.root_of(leaves[:second]).hex()
        path = [bytes.fromhex(x) for x in p["path"]]
        assert merkle.verify_consistency(
            first, second, bytes.fromhex(p["first_root"]), bytes.fromhex(p["second_root"]), path
        )


@pytest.mark.parametrize(
    ("call", "error", "needles"),
    [
        (lambda a, n: ledger.inclusion_proof(a, n), InvalidInput, ("entry", "numbered from 0")),
        (lambda a, n: ledger.inclusion_proof(a, n + 5), InvalidInput, ("not in a tree",)),
        (lambda a, n: ledger.inclusion_proof(a, -1), InvalidInput, ("entry -1",)),
        (lambda a, n: ledger.inclusion_proof(a, 0, 0), InvalidInput, ("at least 1 entry",)),
        (lambda a, n: ledger.inclusion_proof(a, 0, n + 1), InvalidInput, ("beyond the record",)),
        (lambda a, n: ledger.inclusion_proof(a, 9, 9), InvalidInput, ("from 0 to 8",)),
        (lambda a, n: ledger.consistency_proof(a, 5, 3), InvalidInput, ("larger than",)),
        (lambda a, n: ledger.consistency_proof(a, 0, 3), InvalidInput, ("at least 1",)),
        (lambda a, n: ledger.consistency_proof(a, 3, n + 1), InvalidInput, ("beyond",)),
    ],
    ids=[
        "entry-at-size",
        "entry-beyond",
        "negative-entry",
        "size-0",
        "size-beyond",
        "entry-not-in-smaller-tree",
        "first-above-second",
        "first-0",
        "second-beyond",
    ],
)
def test_bad_proof_requests_are_refused_clearly(
    built: Built,
    call: Callable[[App, int], object],
    error: type[TandemError],
    needles: tuple[str, ...],
) -> None:
    with pytest.raises(TandemError) as info:
        call(built.app, built.head["size"])
    assert type(info.value) is error
    check_message(info.value.message, needles)


def test_a_clean_record_verifies_with_its_projections(built: Built) -> None:
    report = ledger.verify(built.app)
    assert report["ok"], report["problems"]
    assert report["entries"] == len(built.rows)
    assert report["problems"] == []
    assert report["projections"] == "match"
    assert report["key_source"] == "key file"


# --- mutations made directly in the database --------------------------------------------------


class _Rollback(Exception):
    pass


def check_mutated(built: Built, mutate: Callable[[Connection], None]) -> dict[str, Any]:
    """Apply `mutate` in a transaction, run verify's checks on it, and roll it back."""
    trusted = built.head["public_key"]
    report: dict[str, Any] = {}
    try:
        with built.app.db.transaction(write=True) as conn:
            mutate(conn)
            report = ledger.check_record(conn, trusted).view()
            raise _Rollback
    except _Rollback:
        pass
    return report


def leaf_hex(row: Row) -> str:
    """The leaf hash a thorough forger would store beside the changed fields."""
    seq, at, actor, party, kind, subject, payload, _ = row
    try:
        data = Entry(seq, at, actor, party, kind, subject, json.loads(payload)).canonical()
    except ValueError:
        data = entry_bytes(seq, at, actor, party, kind, subject, payload)
    return merkle.leaf_hash(data).hex()


def with_seq(row: Row, seq: int) -> Row:
    moved = (seq, *row[1:7])
    return (*moved, leaf_hex((*moved, "")))


def rehashed(row: Row) -> Row:
    return (*row[:7], leaf_hex(row))


_INSERT = text(
    "INSERT INTO record_entries (seq, at, actor, party, kind, subject, payload, leaf_hash) "
    "VALUES (:seq, :at, :actor, :party, :kind, :subject, :payload, :leaf_hash)"
)
_NAMES = ENTRY_COLUMNS.split(", ")


def rewrite_from(conn: Connection, start: int, rows: list[Row]) -> None:
    """Replace every entry from `start` on by `rows`."""
    conn.execute(text("DELETE FROM record_entries WHERE seq >= :s"), {"s": start})
    if rows:
        conn.execute(_INSERT, [dict(zip(_NAMES, r, strict=True)) for r in rows])


def changed_text(value: str) -> str:
    """One character changed, near the middle, keeping JSON text valid where it was."""
    order = sorted(range(len(value)), key=lambda i: abs(i - len(value) // 2))
    for i in order:
        c = value[i]
        if c.isdigit():
            return value[:i] + str((int(c) + 1) % 10) + value[i + 1 :]
        if c.isalpha() and c.isascii():
            new = "b" if c == "a" else ("A" if c.isupper() and c != "A" else "a")
            return value[:i] + new + value[i + 1 :]
    return value + "x"


FIELDS = ("at", "actor", "party", "kind", "subject", "payload", "leaf_hash")


def field_for(row: Row, k: int, *, hide: bool) -> str:
    name = FIELDS[k % (len(FIELDS) - 1 if hide else len(FIELDS))]
    return "payload" if row[_NAMES.index(name)] is None else name


def entries_of(built: Built) -> list[int]:
    return list(range(len(built.rows)))


def test_every_entry_changed_by_a_byte_is_caught(built: Built) -> None:
    """A byte of one field changed (each field in turn), the stored leaf hash left alone."""
    for k in entries_of(built):
        row = built.rows[k]
        name = field_for(row, k, hide=False)
        value = changed_text(row[_NAMES.index(name)])

        def mutate(conn: Connection, name: str = name, value: str = value, k: int = k) -> None:
            conn.execute(
                text(f"UPDATE record_entries SET {name} = :v WHERE seq = :k"), {"v": value, "k": k}
            )

        report = check_mutated(built, mutate)
        assert not report["ok"], (k, name)
        assert k in [p["entry"] for p in report["problems"]], (k, name, report["problems"])


def test_every_entry_changed_and_rehashed_is_caught(built: Built) -> None:
    """The same, by a forger who also stores the matching leaf hash: the signed head and the
    stored tree catch it, and the stored tree's leaves name the entry."""
    for k in entries_of(built):
        row = built.rows[k]
        name = field_for(row, k, hide=True)
        changed = list(row)
        changed[_NAMES.index(name)] = changed_text(row[_NAMES.index(name)])
        forged = rehashed(tuple(changed))
        assert forged[7] != row[7]

        def mutate(conn: Connection, forged: Row = forged, k: int = k) -> None:
            rewrite_from(conn, k, [forged, *built.rows[k + 1 :]])

        report = check_mutated(built, mutate)
        assert not report["ok"], (k, name)
        assert k in [p["entry"] for p in report["problems"]], (k, name, report["problems"])


def test_every_entry_deleted_is_caught(built: Built) -> None:
    for k in entries_of(built):

        def mutate(conn: Connection, k: int = k) -> None:
            conn.execute(text("DELETE FROM record_entries WHERE seq = :k"), {"k": k})

        report = check_mutated(built, mutate)
        assert not report["ok"], k
        assert k in [p["entry"] for p in report["problems"]], (k, report["problems"])


def test_every_entry_deleted_and_the_gap_closed_is_caught(built: Built) -> None:
    """Deleted, and every later entry renumbered and re-hashed so that no gap shows."""
    rows = built.rows
    for k in entries_of(built):
        later = [with_seq(r, r[0] - 1) for r in rows[k + 1 :]]

        def mutate(conn: Connection, k: int = k, later: list[Row] = later) -> None:
            rewrite_from(conn, k, later)

        report = check_mutated(built, mutate)
        assert not report["ok"], k
        assert k in [p["entry"] for p in report["problems"]], (k, report["problems"])


def forged_after(row: Row) -> Row:
    """A plausible entry: a copy of this one about another subject, correctly hashed."""
    seq, at, actor, party, kind, subject, payload, _ = row
    return rehashed((seq + 1, at, actor, party, kind, subject + "0", payload, ""))


def test_a_forged_entry_inserted_after_every_entry_is_caught(built: Built) -> None:
    """Inserted after entry k, the later entries renumbered and every hash recomputed."""
    rows = built.rows
    for k in entries_of(built):
        tail = [forged_after(rows[k]), *(with_seq(r, r[0] + 1) for r in rows[k + 1 :])]

        def mutate(conn: Connection, k: int = k, tail: list[Row] = tail) -> None:
            rewrite_from(conn, k + 1, tail)

        report = check_mutated(built, mutate)
        assert not report["ok"], k
        assert k + 1 in [p["entry"] for p in report["problems"]], (k, report["problems"])


@pytest.mark.parametrize("hide", [False, True], ids=["hashes-moved", "hashes-recomputed"])
def test_every_entry_swapped_with_its_neighbour_is_caught(built: Built, hide: bool) -> None:
    rows = built.rows
    for k in entries_of(built):
        j = k + 1 if k + 1 < len(rows) else k - 1
        a, b = sorted((k, j))
        first, second = rows[b], rows[a]
        assert first[1:7] != second[1:7]
        pair = [(a, *first[1:]), (b, *second[1:])]
        if hide:
            pair = [rehashed(r) for r in pair]

        def mutate(conn: Connection, a: int = a, pair: list[Row] = pair) -> None:
            rewrite_from(conn, a, [*pair, *rows[a + 2 :]])

        report = check_mutated(built, mutate)
        assert not report["ok"], k
        assert {a, b} & {p["entry"] for p in report["problems"]}, (k, report["problems"])


def test_tampered_signed_heads_are_caught(built: Built) -> None:
    size = built.head["size"]
    sig, stamp = built.head["signature"], built.head["timestamp"]
    other = merkle.root_of([bytes.fromhex(r[7]) for r in built.rows[:-1]]).hex()
    changes = {
        "root": f"UPDATE signed_heads SET root = '{other}' WHERE size = {size}",
        "signature": f"UPDATE signed_heads SET signature = '{changed_text(sig)}'",
        "timestamp": f"UPDATE signed_heads SET timestamp = '{changed_text(stamp)}'",
        "size": f"UPDATE signed_heads SET size = {size - 1}",
        "key": f"UPDATE signed_heads SET public_key = '{'ab' * 32}'",
        "forged head": (
            "INSERT INTO signed_heads (size, root, timestamp, signature, public_key) "
            f"VALUES ({size - 1}, '{other}', '{stamp}', '{sig}', '{built.head['public_key']}')"
        ),
        "stored tree": "UPDATE merkle_nodes SET hash = hash WHERE level = 99",
    }
    for what, sql in changes.items():
        report = check_mutated(built, lambda c, sql=sql: c.execute(text(sql)))
        if what == "stored tree":
            assert report["ok"], report["problems"]  # a no-op, for contrast
            continue
        assert not report["ok"], what
        assert any(p["entry"] is None and "head" in p["what"] for p in report["problems"]), what


def test_a_changed_stored_subtree_is_caught(built: Built) -> None:
    """The stored tree's frontier nodes are compared with the record's recomputed tree."""
    for level, number in merkle.Frontier.nodes(built.head["size"]):
        report = check_mutated(
            built,
            lambda c, lv=level, n=number: c.execute(
                text("UPDATE merkle_nodes SET hash = :h WHERE level = :l AND number = :n"),
                {"h": b"\x07" * 32, "l": lv, "n": n},
            ),
        )
        assert not report["ok"], (level, number)


def test_the_projections_are_compared_with_a_replay(built: Built) -> None:
    with built.app.db.transaction(write=True) as conn:
        conn.execute(text("UPDATE measures SET title = 'Changed' WHERE id = 1"))
    try:
        report = ledger.verify(built.app)
        assert not report["ok"]
        assert report["projections"] == "differ"
        assert any("table measures" in p["what"] for p in report["problems"])
    finally:
        with built.app.db.transaction(write=True) as conn:
            conn.execute(text("UPDATE measures SET title = 'Measure 0' WHERE id = 1"))
    assert ledger.verify(built.app)["ok"]


# --- the write path stays lean; the tree catches up lazily ----------------------------------


def _count(app: App, table: str) -> int:
    with unit_of_work(app.db, write=False) as uow:
        return int(uow.conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_ordinary_writes_do_no_merkle_work_and_heads_catch_up(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "group.key"))
    first = ledger.head(app)
    nodes = _count(app, "merkle_nodes")
    for i in range(5):
        measures.propose_measure(app, "kim", f"Later {i}")
    assert _count(app, "merkle_nodes") == nodes, "a write touched the stored tree"
    assert _count(app, "signed_heads") == 1
    p = ledger.inclusion_proof(app, first["size"] + 4)  # catches up, signs nothing
    assert p["tree_size"] == first["size"] + 5
    assert _count(app, "signed_heads") == 1
    second = ledger.head(app)
    assert second["size"] == first["size"] + 5 and second["root"] == p["root"]
    c = ledger.consistency_proof(app, first["size"], second["size"])
    assert merkle.verify_consistency(
        first["size"],
        second["size"],
        bytes.fromhex(first["root"]),
        bytes.fromhex(second["root"]),
        [bytes.fromhex(x) for x in c["path"]],
    )
    report = ledger.verify(app)
    assert report["ok"], report["problems"]
    assert report["heads"] == 2


def test_a_record_damaged_before_the_tree_catches_up_is_never_signed(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "group.key"))
    ledger.head(app)
    m = measures.propose_measure(app, "kim", "Tampered later")
    with app.db.transaction(write=True) as conn:
        conn.execute(
            text("UPDATE record_entries SET actor = 'mallory' WHERE subject = :s"),
            {"s": f"measure:{m['id']}"},
        )
    with pytest.raises(ledger.RecordDamaged) as info:
        ledger.head(app)
    check_message(info.value.message, ("entry", "tandem verify"))
    report = ledger.verify(app, projections=False)
    assert not report["ok"]


# --- the signing key ----------------------------------------------------------------------------


def test_the_key_lives_beside_a_sqlite_file(
    tmp_path: Path, make_app: Callable[..., App], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    app = make_app(f"sqlite:///{tmp_path / 'group.db'}")
    key_file = tmp_path / "group.db.key"
    assert key_file.is_file(), "tandem init creates the key"
    assert key_file.stat().st_mode & 0o077 == 0
    assert key_file.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    h = ledger.head(app)
    from tandem.services.keys import load_key

    assert load_key(key_file).public_hex == h["public_key"]
    # Lost after heads were signed: refused, never replaced silently.
    key_file.rename(key_file.with_suffix(".bak"))
    measures.propose_measure(app, "kim", "After the loss")
    with pytest.raises(KeyUnavailable) as info:
        ledger.head(app)
    check_message(info.value.message, ("missing", h["public_key"]))
    assert not key_file.exists()
    # Another key in its place: refused too.
    from tandem.services.keys import create_key

    create_key(key_file)
    with pytest.raises(KeyUnavailable) as info:
        ledger.head(app)
    check_message(info.value.message, ("not the key that signed",))


def test_postgres_needs_a_key_file(
    pg_url: str, make_app: Callable[..., App], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)
    app = make_app(pg_url)  # init works: the key is created lazily once its place is known
    with pytest.raises(KeyUnavailable) as info:
        ledger.head(app)
    check_message(info.value.message, (KEY_FILE_ENV,))
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "pg.key"))
    h = ledger.head(app)
    assert (tmp_path / "pg.key").is_file()
    assert ledger.verify(app)["ok"]
    assert h["size"] >= 1


# --- export, offline verify, mirror -----------------------------------------------------------


def test_an_export_verifies_offline_and_any_change_to_it_is_caught(
    built: Built, tmp_path: Path
) -> None:
    out = tmp_path / "record.jsonl"
    done = ledger.export_record(built.app, out)
    assert done["entries"] == len(built.rows) and done["root"] == built.head["root"]
    report = ledger.verify_export(out, built.head["public_key"])
    assert report["ok"], report["problems"]
    assert report["entries"] == len(built.rows)
    lines = out.read_bytes().split(b"\n")
    # Entry lines are the canonical bytes: SHA-256(0x00 ‖ line) is the leaf hash.
    assert merkle.leaf_hash(lines[1]).hex() == built.rows[0][7]
    with pytest.raises(InvalidInput):
        ledger.verify_export(out, None)
    wrong_key = ledger.verify_export(out, "cd" * 32)
    assert not wrong_key["ok"]
    for n in (1, 2, len(lines) // 2, len(lines) - 3):
        assert not lines[n].startswith(b'{"head"')
        obj = json.loads(lines[n])
        obj["actor"] = changed_text(obj["actor"])
        changed = [*lines[:n], json.dumps(obj).encode(), *lines[n + 1 :]]
        bad = tmp_path / f"changed{n}.jsonl"
        bad.write_bytes(b"\n".join(changed))
        assert not ledger.verify_export(bad, built.head["public_key"])["ok"], n
        dropped = tmp_path / f"dropped{n}.jsonl"
        dropped.write_bytes(b"\n".join([*lines[:n], *lines[n + 1 :]]))
        assert not ledger.verify_export(dropped, built.head["public_key"])["ok"], n


def test_a_mirror_follows_the_record_and_alarms_on_a_rewritten_history(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "group.key"))
    h = ledger.head(app)
    url = app.db.url
    mirror = tmp_path / "mirror.jsonl"
    first = ledger.mirror(url, mirror)
    assert first["ok"] and first["note"] and first["new_entries"] == h["size"]
    assert ledger.verify_export(mirror, h["public_key"])["ok"]
    for i in range(3):
        measures.propose_measure(app, "kim", f"New {i}")
    h2 = ledger.head(app)
    second = ledger.mirror(url, mirror, h["public_key"])
    assert second["ok"] and second["new_entries"] == 3 and second["root"] == h2["root"]
    assert ledger.mirror(url, mirror)["new_entries"] == 0
    assert ledger.verify_export(mirror, h["public_key"])["ok"]
    before = mirror.read_bytes()

    # The operator (who holds the key) rewrites entry 2 and signs a fresh head over it.
    with app.db.transaction(write=True) as conn:
        row = conn.execute(text(f"SELECT {ENTRY_COLUMNS} FROM record_entries WHERE seq = 2")).one()
        changed = rehashed((*row[:2], "mallory", *row[3:]))
        conn.execute(
            text("UPDATE record_entries SET actor = 'mallory', leaf_hash = :h WHERE seq = 2"),
            {"h": changed[7]},
        )
        conn.execute(text("DELETE FROM merkle_nodes"))
        conn.execute(text("DELETE FROM signed_heads"))
    measures.propose_measure(app, "kim", "After the rewrite")
    rewritten = ledger.head(app)
    assert rewritten["size"] == h2["size"] + 1
    alarm = ledger.mirror(url, mirror)
    assert not alarm["ok"]
    assert "rewritten" in alarm["alarm"]
    assert mirror.read_bytes() == before, "an alarm writes nothing"
    # A history cut short is refused too.
    with app.db.transaction(write=True) as conn:
        conn.execute(text("DELETE FROM record_entries WHERE seq >= 5"))
        conn.execute(text("DELETE FROM merkle_nodes"))
        conn.execute(text("DELETE FROM signed_heads"))
    ledger.head(app)
    short = ledger.mirror(url, mirror)
    assert not short["ok"] and "fewer entries" in short["alarm"]
    # A key other than the mirror's is refused outright.
    with pytest.raises(InvalidInput):
        ledger.mirror(url, mirror, "ab" * 32)


def test_a_mirror_pulls_from_export_files(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "record.jsonl"
    ledger.export_record(built.app, out)
    lines = out.read_bytes().splitlines(keepends=True)
    # An older export: the first 100 entries and the head over them (made with the key).
    key = built.head["public_key"]
    older = tmp_path / "older.jsonl"
    partial = ledger.inclusion_proof(built.app, 0, 100)
    from tandem.services.keys import load_key

    signer = load_key(built.key_file)
    stamp = "2018-11-19T00:00:00Z"
    head100 = {
        "size": 100,
        "root": partial["root"],
        "timestamp": stamp,
        "signature": signer.sign(
            merkle.tree_head_bytes(100, bytes.fromhex(partial["root"]), ledger.timestamp_ms(stamp))
        ),
        "public_key": key,
    }
    entry_lines = [line for line in lines[1:] if not line.startswith(b'{"head"')]
    older.write_bytes(
        lines[0] + b"".join(entry_lines[:100]) + json.dumps({"head": head100}).encode() + b"\n"
    )
    mirror = tmp_path / "mirror.jsonl"
    assert ledger.mirror(str(older), mirror, key)["size"] == 100
    done = ledger.mirror(str(out), mirror)
    assert done["ok"] and done["before"] == 100 and done["size"] == len(built.rows)
    # An export whose entry 50 was rewritten (and re-signed) is an alarm.
    forged_lines = list(entry_lines)
    obj = json.loads(forged_lines[50])
    obj["actor"] = "mallory"
    forged_lines[50] = Entry(**obj).canonical() + b"\n"
    leaves = [merkle.leaf_hash(x.rstrip(b"\n")) for x in forged_lines]
    size = len(leaves)
    root = merkle.root_of(leaves)
    head = dict(head100, size=size, root=root.hex())
    head["signature"] = signer.sign(merkle.tree_head_bytes(size, root, ledger.timestamp_ms(stamp)))
    forged = tmp_path / "forged.jsonl"
    forged.write_bytes(lines[0] + b"".join(forged_lines) + json.dumps({"head": head}).encode())
    fresh = tmp_path / "fresh.jsonl"
    assert ledger.mirror(str(older), fresh, key)["ok"]
    alarm = ledger.mirror(str(forged), fresh)
    assert not alarm["ok"] and "rewritten" in alarm["alarm"]


def test_nothing_to_mirror_or_verify_without_a_source(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        ledger.mirror(str(tmp_path / "absent.db"), tmp_path / "m.jsonl")
    with pytest.raises(NotFound):
        ledger.verify_export(tmp_path / "absent.jsonl", "ab" * 32)


def test_verify_in_several_processes_agrees_with_one(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Big records are read by worker processes over aligned chunks; small ones are made to
    take that path here."""
    monkeypatch.setattr(ledger, "PARALLEL_MIN", 10)
    one = ledger.verify(built.app, projections=False, workers=1)
    several = ledger.verify(built.app, projections=False, workers=3)
    assert one == several and several["ok"], several["problems"]


def test_several_processes_find_a_hidden_change_too(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ledger, "PARALLEL_MIN", 10)
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "group.key"))
    build_history(app, 8)
    ledger.head(app)
    rows = read_rows(app)
    k = len(rows) // 2
    forged = rehashed((*rows[k][:2], "mallory", *rows[k][3:]))
    with app.db.transaction(write=True) as conn:
        rewrite_from(conn, k, [forged, *rows[k + 1 :]])
    reports = [ledger.verify(app, projections=False, workers=n) for n in (1, 2)]
    assert reports[0] == reports[1]
    assert not reports[1]["ok"] and k in [p["entry"] for p in reports[1]["problems"]]
