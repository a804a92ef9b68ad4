"""The verifiable record: signed heads, proofs, verify, export and mirror.

The record (`record_entries`) is the list of leaves of an RFC 6962 Merkle tree. Ordinary
commands only append entries; the stored tree (`merkle_nodes`) is brought up to date
lazily, in a write transaction of its own, when a head or a proof is asked for. `head`
signs a new tree head whenever the record has grown since the last one. See docs/record.md
for the encodings a partner needs to check everything here independently.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _quote
from pathlib import Path
from typing import IO, Any, Protocol

from sqlalchemy import Connection, inspect

from tandem.domain import merkle
from tandem.domain.errors import InvalidInput, NotFound, TandemError
from tandem.domain.events import from_iso, iso
from tandem.domain.ledger import Entry, entry_bytes
from tandem.services.context import App, NotInitialised, reading, writing
from tandem.services.keys import (
    KeyUnavailable,
    SigningKey,
    create_key,
    existing_public_key,
    key_path,
    load_key,
    no_key_location,
    parse_public_key,
    signature_valid,
)
from tandem.store.database import Database
from tandem.store.merkle import (
    HeadRow,
    Heads,
    StoredTree,
    count_entries,
    entry_cursor,
    entry_rows,
)
from tandem.store.unit_of_work import unit_of_work

JSONDict = dict[str, Any]
MAX_PROBLEMS = 1000
PINPOINTED = 10
EXPORT_FORMAT = 1

_sha256 = hashlib.sha256


class RecordDamaged(TandemError):
    """The record or its tree no longer matches what was signed: nothing new is signed."""

    status = 409
    title = "Record damaged"


# --- schema -------------------------------------------------------------------------------

_ready: weakref.WeakSet[Database] = weakref.WeakSet()


def _ensure_schema(db: Database) -> None:
    """Databases created before the verifiable record get its tables on first use."""
    if db in _ready:
        return
    if not db.is_initialised():
        raise NotInitialised(
            "this database has no working group yet; create one with `tandem init` "
            "(or point --db / TANDEM_DATABASE_URL at an existing one)"
        )
    if not inspect(db.engine).has_table("signed_heads"):
        from tandem.store.migrate import upgrade

        upgrade(db)
    _ready.add(db)


# --- leaves ------------------------------------------------------------------------------


def _leaf_from_row(row: Sequence[Any]) -> tuple[bytes, str | None]:
    """The leaf hash re-derived from a row's fields, and what is wrong with the row if anything.

    The fast path splices the stored canonical payload text into the canonical bytes; when
    that does not give the stored leaf hash, the payload is parsed and re-encoded.
    """
    seq, at, actor, party, kind, subject, payload, stored = row
    try:
        digest = _sha256(
            b"\x00" + entry_bytes(seq, at, actor, party, kind, subject, payload)
        ).digest()
        if digest.hex() == stored:
            return digest, None
    except (TypeError, ValueError, AttributeError):
        pass
    return _slow_leaf(row)


def _slow_leaf(row: Sequence[Any]) -> tuple[bytes, str | None]:
    seq, at, actor, party, kind, subject, payload, stored = row
    try:
        data = json.loads(payload)
    except (TypeError, ValueError):
        return _fallback(stored), "its payload is no longer valid JSON"
    if not isinstance(data, dict):
        return _fallback(stored), "its payload is no longer a JSON object"
    try:
        digest = merkle.leaf_hash(Entry(seq, at, actor, party, kind, subject, data).canonical())
    except (TypeError, ValueError):
        return _fallback(stored), "its fields can no longer be encoded canonically"
    if digest.hex() == stored:
        return digest, None
    return digest, (
        "its fields no longer hash to the leaf hash stored when it was appended: "
        "it was changed after the fact"
    )


def _fallback(stored: Any) -> bytes:
    try:
        value = bytes.fromhex(stored)
    except (TypeError, ValueError):
        return b"\x00" * merkle.HASH_SIZE
    return value if len(value) == merkle.HASH_SIZE else b"\x00" * merkle.HASH_SIZE


def canonical_line(row: Sequence[Any]) -> bytes:
    """An entry's canonical bytes from its row (as exported and mirrored)."""
    seq, at, actor, party, kind, subject, payload, stored = row
    try:
        data = entry_bytes(seq, at, actor, party, kind, subject, payload)
        if _sha256(b"\x00" + data).hexdigest() == stored:
            return data
    except (TypeError, ValueError, AttributeError):
        pass
    try:
        data = json.loads(payload)
        if not isinstance(data, dict):
            raise ValueError("the payload is not a JSON object")
        return Entry(seq, at, actor, party, kind, subject, data).canonical()
    except (TypeError, ValueError) as exc:
        raise RecordDamaged(
            f"entry {seq} can no longer be encoded ({exc}); run `tandem verify`"
        ) from exc


# --- the stored tree -----------------------------------------------------------------------


CATCH_UP_CHUNK = 1 << 16
"""Leaves brought into the stored tree per write transaction when catching up a backlog."""


def _catch_up(conn: Connection, limit: int | None = None) -> tuple[int, int]:
    """Bring the stored tree up to the end of the record, or `limit` leaves further.

    Returns (leaves now covered, entries in the record). Each new entry's leaf hash is
    re-derived from its fields on the way: a record that no longer matches what was
    appended is refused rather than signed.
    """
    tree = StoredTree(conn)
    tree.lock()
    covered, size = tree.covered(), tree.record_size()
    if covered > size:
        raise RecordDamaged(
            f"the stored tree covers {covered} entries but the record now holds {size}: "
            "entries were removed; run `tandem verify` to see which"
        )
    if covered == size:
        return size, size
    end = size if limit is None else min(size, covered + limit)
    wanted = merkle.Frontier.nodes(covered)
    found = tree.nodes(wanted)
    if len(found) != len(wanted):
        raise RecordDamaged(
            "the stored tree is missing nodes it had; run `tandem verify` to see what changed"
        )
    frontier = merkle.Frontier(covered, [found[n] for n in wanted])
    pending: list[tuple[int, int, bytes]] = []
    expected = covered
    for row in entry_rows(conn, covered, end):
        if row[0] != expected:
            raise RecordDamaged(
                f"entry {expected} is missing from the record (the next one is numbered "
                f"{row[0]}); run `tandem verify`"
            )
        leaf, problem = _leaf_from_row(row)
        if problem:
            raise RecordDamaged(f"entry {expected}: {problem}; run `tandem verify`")
        pending.extend(frontier.append(leaf))
        if len(pending) >= 20_000:
            tree.add(pending)
            pending = []
        expected += 1
    if expected != end:
        raise RecordDamaged(f"entry {expected} is missing from the record; run `tandem verify`")
    tree.add(pending)
    return end, size


def _bring_up_to_date(app: App) -> None:
    """Catch the stored tree up with the record, a chunk per write transaction, so that
    a long backlog never holds the database's write lock for long."""
    _ensure_schema(app.db)
    with unit_of_work(app.db, write=False) as uow:
        tree = StoredTree(uow.conn)
        if tree.covered() == tree.record_size():
            return
    while True:
        with unit_of_work(app.db, write=True) as uow:
            covered, size = _catch_up(uow.conn, CATCH_UP_CHUNK)
        if covered >= size:
            return


# --- heads -----------------------------------------------------------------------------------


def head_view(h: HeadRow) -> JSONDict:
    return {
        "size": h.size,
        "root": h.root,
        "timestamp": h.timestamp,
        "signature": h.signature,
        "public_key": h.public_key,
    }


def timestamp_ms(timestamp: str) -> int:
    return round(from_iso(timestamp).timestamp() * 1000)


def head_message(h: HeadRow) -> bytes:
    """The bytes a head's signature covers (RFC 6962 §3.5 TreeHeadSignature).

    Raises ValueError for a head that is not well formed: a timestamp not written as
    `YYYY-MM-DDTHH:MM:SSZ`, a root that is not 64 lower-case hex digits.
    """
    if not isinstance(h.timestamp, str) or iso(from_iso(h.timestamp)) != h.timestamp:
        raise ValueError(f"timestamp {h.timestamp!r} is not of the form YYYY-MM-DDTHH:MM:SSZ")
    if not isinstance(h.root, str) or bytes.fromhex(h.root).hex() != h.root:
        raise ValueError(f"root {h.root!r} is not lower-case hex")
    return merkle.tree_head_bytes(h.size, bytes.fromhex(h.root), timestamp_ms(h.timestamp))


def head(app: App) -> JSONDict:
    """The latest signed head, covering every entry: a new one is signed if the tree grew."""
    _bring_up_to_date(app)
    with writing(app, settle=False) as ctx:
        conn = ctx.uow.conn
        _, size = _catch_up(conn)
        heads = Heads(conn)
        latest = heads.latest()
        if latest is not None and latest.size > size:
            raise RecordDamaged(
                f"a head of {latest.size} entries was signed at {latest.timestamp}, but the "
                f"record now holds {size}: entries were removed; run `tandem verify`"
            )
        if latest is not None and latest.size == size:
            return head_view(latest)
        key = _signing_key(app, latest)
        tree = StoredTree(conn)
        if latest is not None and merkle.root(latest.size, tree).hex() != latest.root:
            raise RecordDamaged(
                f"the stored tree no longer gives the root of the head of {latest.size} "
                f"entries signed at {latest.timestamp}; run `tandem verify`"
            )
        root = merkle.root(size, tree)
        stamp = iso(ctx.now)
        signature = key.sign(merkle.tree_head_bytes(size, root, timestamp_ms(stamp)))
        row = HeadRow(size, root.hex(), stamp, signature, key.public_hex)
        heads.add(row)
        return head_view(row)


def _signing_key(app: App, latest: HeadRow | None) -> SigningKey:
    path = key_path(app.db.url)
    if path is None:
        raise no_key_location(app.db.url)
    if not path.exists():
        if latest is not None:
            raise KeyUnavailable(
                f"the signing key {path} is missing, and heads signed with public key "
                f"{latest.public_key} exist: restore that key file (Tandem never replaces "
                "a working group's key on its own)"
            )
        return create_key(path)
    key = load_key(path)
    if latest is not None and key.public_hex != latest.public_key:
        raise KeyUnavailable(
            f"the key in {path} (public key {key.public_hex}) is not the key that signed this "
            f"record's heads ({latest.public_key}); point TANDEM_KEY_FILE at the group's key"
        )
    return key


# --- proofs ------------------------------------------------------------------------------------


def _check_size(size: int, current: int, what: str) -> None:
    if current == 0:
        raise NotFound("the record is empty: there is nothing to prove yet")
    if size < 1:
        raise InvalidInput(
            f"{what} {size}: a proof needs a tree of at least 1 entry "
            f"(sizes count entries, from 1 to {current})"
        )
    if size > current:
        raise InvalidInput(
            f"{what} {size} is beyond the record, which holds {current} entries; "
            f"give a size from 1 to {current}"
        )


def inclusion_proof(app: App, entry: int, size: int | None = None) -> JSONDict:
    """PATH(entry, D[0:size]): the audit path of an entry in the tree of `size` entries."""
    _bring_up_to_date(app)
    with reading(app) as ctx:
        tree = StoredTree(ctx.uow.conn)
        current = tree.covered()
        size = current if size is None else size
        _check_size(size, current, "--size")
        if not 0 <= entry < size:
            raise InvalidInput(
                f"entry {entry} is not in a tree of {size} entries: entries are numbered "
                f"from 0 to {size - 1}"
            )
        ranges = merkle.inclusion_ranges(entry, size)
        found = tree.hashes([*ranges, (0, size), (entry, entry + 1)])
        return {
            "leaf_index": entry,
            "tree_size": size,
            "leaf_hash": found[-1].hex(),
            "root": found[-2].hex(),
            "audit_path": [h.hex() for h in found[:-2]],
        }


def consistency_proof(app: App, first: int, second: int) -> JSONDict:
    """PROOF(first, D[0:second]): that the tree of `first` entries is a prefix of `second`."""
    _bring_up_to_date(app)
    with reading(app) as ctx:
        tree = StoredTree(ctx.uow.conn)
        current = tree.covered()
        _check_size(first, current, "FIRST_SIZE")
        _check_size(second, current, "SECOND_SIZE")
        if first > second:
            raise InvalidInput(
                f"FIRST_SIZE {first} is larger than SECOND_SIZE {second}: a consistency proof "
                "goes from an older, smaller tree to a newer one"
            )
        ranges = merkle.consistency_ranges(first, second)
        found = tree.hashes([*ranges, (0, first), (0, second)])
        return {
            "first": first,
            "second": second,
            "first_root": found[-2].hex(),
            "second_root": found[-1].hex(),
            "path": [h.hex() for h in found[:-2]],
        }


# --- verify -----------------------------------------------------------------------------------


@dataclass
class Report:
    entries: int = 0
    problems: list[JSONDict] = field(default_factory=list)
    more: int = 0
    heads: int = 0
    public_key: str | None = None
    key_source: str | None = None
    projections: str = "skipped"

    def add(self, entry: int | None, what: str, **extra: Any) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.more += 1
            return
        self.problems.append({"entry": entry, "what": what, **extra})

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more

    def view(self) -> JSONDict:
        problems = list(self.problems)
        if self.more:
            problems.append({"entry": None, "what": f"… and {self.more} more problems"})
        return {
            "ok": self.ok,
            "entries": self.entries,
            "problems": problems,
            "heads": self.heads,
            "public_key": self.public_key,
            "key_source": self.key_source,
            "projections": self.projections,
        }


def verify(
    app: App,
    *,
    key: str | None = None,
    projections: bool = True,
    db_key_file: bool = True,
    workers: int | None = None,
) -> JSONDict:
    """Re-derive every leaf from its fields, the tree, every signed head and the projections.

    The key the heads must be signed with is `key` if given, else the public half of the
    group's key file, else (with a note) the key stored beside the heads themselves.
    """
    _ensure_schema(app.db)
    trusted, source = _trusted_key(app, key, db_key_file)
    jobs = default_workers() if workers is None else workers
    with reading(app) as ctx:
        report = check_record(ctx.uow.conn, trusted, url=app.db.url, workers=jobs)
    if report.key_source is None:
        report.key_source = source
    if projections:
        _check_projections(app, report)
    return report.view()


def _trusted_key(app: App, key: str | None, db_key_file: bool) -> tuple[str | None, str | None]:
    if key:
        return parse_public_key(key), "given"
    if db_key_file:
        try:
            found = existing_public_key(app.db.url)
        except KeyUnavailable:
            found = None
        if found:
            return found, "key file"
    return None, None


def check_record(
    conn: Connection, trusted: str | None, *, url: str | None = None, workers: int = 1
) -> Report:
    """Everything `verify` checks in the database itself (not the projections).

    With `url` and `workers` > 1, a big record is read and hashed by that many processes,
    each over an aligned chunk of it (see `tandem.domain.merkle.join`).
    """
    report = Report()
    heads = Heads(conn).all()
    report.heads = len(heads)
    if trusted is None and heads:
        trusted = heads[0].public_key
        report.key_source = "heads (give --key to check against a key you trust)"
    report.public_key = trusted
    tree = StoredTree(conn)
    covered = tree.covered()
    wanted = sorted({h.size for h in heads} | ({covered} if covered else set()))
    found = None
    if url and workers > 1:
        found = _scan_in_parallel(conn, url, wanted, workers)
    if found is None:
        with entry_cursor(conn) as rows:
            scan = _scan(rows, 0, wanted)
        roots = {size: merkle.fold(stack) for size, stack in scan.stacks.items()}
        found = roots, scan
    roots, scan = found
    for entry, what in scan.problems:
        report.add(entry, what)
    report.more += scan.more
    size = report.entries = scan.count
    _check_counter(conn, size, scan.last_seq, report)
    mismatch = _check_heads(heads, roots, size, trusted, report)
    mismatch |= _check_stored_tree(tree, covered, wanted, roots, size, report)
    if mismatch:
        _pinpoint(conn, tree, min(covered, size), report)
    return report


PARALLEL_MIN = 200_000
"""Below this many entries, starting worker processes costs more than it saves."""


def default_workers() -> int:
    """Processes for `verify`: the cores that are idle right now (at most 4, at least 1)."""
    cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except OSError:
        busy = 0.0
    return max(1, min(4, round(cores - busy)))


@dataclass
class Scan:
    """What reading a run of the record found (picklable: workers send it back)."""

    count: int = 0
    last_seq: int = -1
    regular: bool = True
    """Every row was numbered start, start + 1, … with no gap."""
    stacks: dict[int, list[bytes]] = field(default_factory=dict)
    """The frontier after each wanted number of rows (counted from the run's start)."""
    stack: list[bytes] = field(default_factory=list)
    problems: list[tuple[int | None, str]] = field(default_factory=list)
    more: int = 0


def _scan(rows: Iterable[Sequence[Any]], start: int, wanted: Sequence[int]) -> Scan:
    """Check numbering and re-derive each leaf hash from the row's fields; build the tree.

    `wanted` are sizes (counted from `start`) at which to keep a copy of the frontier.
    The loop is written out by hand: it runs once per entry of the record.
    """
    scan = Scan()
    problems = scan.problems
    targets = iter(sorted(wanted))
    next_size = next(targets, -1)
    stack = scan.stack
    sha = _sha256
    q = _quote
    pos = 0
    expected = start
    for row in rows:
        seq, at, actor, party, kind, subject, payload, stored = row
        if seq != expected:
            scan.regular = False
            _numbering(seq, expected, start + pos, problems)
            expected = seq if isinstance(seq, int) else expected
        try:
            digest = sha(
                (
                    f'\x00{{"actor":{q(actor)},"at":{q(at)},"kind":{q(kind)},'
                    f'"party":{"null" if party is None else q(party)},"payload":{payload},'
                    f'"seq":{seq:d},"subject":{q(subject)}}}'
                ).encode()
            ).digest()
            good = digest.hex() == stored
        except (TypeError, ValueError, AttributeError):
            good = False
        if not good:
            digest, problem = _slow_leaf(row)
            if problem:
                if len(problems) < MAX_PROBLEMS:
                    problems.append((seq if isinstance(seq, int) else start + pos, problem))
                else:
                    scan.more += 1
        m, h = pos, digest
        while m & 1:
            h = sha(b"\x01" + stack.pop() + h).digest()
            m >>= 1
        stack.append(h)
        pos += 1
        expected += 1
        if pos == next_size:
            scan.stacks[pos] = list(stack)
            next_size = next(targets, -1)
    scan.count = pos
    scan.last_seq = expected - 1
    return scan


def _scan_chunk(url: str, start: int, end: int, wanted: list[int]) -> Scan:
    """A worker process: scan entries start … end - 1 on a connection of its own."""
    db = Database(url)
    try:
        with db.transaction(write=False) as conn, entry_cursor(conn, start, end) as rows:
            return _scan(rows, start, wanted)
    finally:
        db.dispose()


_WORKER = "from tandem.services.ledger import _worker_main; _worker_main()"


def _worker_main() -> None:
    """Entry point of a worker process: a job as JSON on stdin, its `Scan` pickled on stdout."""
    import pickle
    import sys

    url, start, end, wanted = json.loads(sys.stdin.buffer.read())
    sys.stdout.buffer.write(pickle.dumps(_scan_chunk(url, start, end, wanted)))


def _run_workers(jobs: list[tuple[str, int, int, list[int]]]) -> list[Scan] | None:
    """Run each job in a Python process of its own (started afresh: no shared connection)."""
    import pickle
    import subprocess
    import sys

    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in jobs
    ]
    for proc, job in zip(procs, jobs, strict=True):
        assert proc.stdin is not None
        proc.stdin.write(json.dumps(job).encode())
        proc.stdin.close()
    results: list[Scan] = []
    failed = False
    for proc in procs:
        assert proc.stdout is not None and proc.stderr is not None
        out = proc.stdout.read()
        proc.stderr.read()
        proc.wait()
        if proc.returncode != 0 or failed:
            failed = True
            continue
        found = pickle.loads(out)
        if not isinstance(found, Scan):
            failed = True
            continue
        results.append(found)
    return None if failed else results


def _scan_in_parallel(
    conn: Connection, url: str, wanted: list[int], workers: int
) -> tuple[dict[int, bytes], Scan] | None:
    """Scan aligned chunks in worker processes; None when the record is too small, or not
    numbered 0 … n - 1 (the caller then scans it in one piece, which reports the details)."""
    size = StoredTree(conn).record_size()
    if size < PARALLEL_MIN or count_entries(conn) != size:
        return None
    chunk = 1 << (-(-size // workers) - 1).bit_length()
    bounds = [(a, min(a + chunk, size)) for a in range(0, size, chunk)]
    jobs = [(url, a, b, [s - a for s in wanted if a < s <= b]) for a, b in bounds]
    scans = _run_workers(jobs)
    if scans is None:
        return None
    if any(not s.regular or s.count != b - a for s, (a, b) in zip(scans, bounds, strict=True)):
        return None
    roots: dict[int, bytes] = {}
    prefix: list[tuple[int, bytes]] = []
    total = Scan(count=size, last_seq=size - 1)
    for (a, b), s in zip(bounds, scans, strict=True):
        for local, stack in s.stacks.items():
            roots[a + local] = merkle.fold([h for _, h in merkle.join(prefix, local, stack)])
        prefix = merkle.join(prefix, b - a, s.stack)
        total.problems += s.problems
        total.more += s.more
    return roots, total


def _numbering(seq: Any, expected: int, pos: int, problems: list[tuple[int | None, str]]) -> None:
    if not isinstance(seq, int):
        problems.append((pos, f"the entry in position {pos} is numbered {seq!r}, not {expected}"))
    elif seq > expected:
        gone = f"entry {expected}" if seq == expected + 1 else f"entries {expected}–{seq - 1}"
        problems.append(
            (
                expected,
                f"{gone} {'is' if seq == expected + 1 else 'are'} missing: the record jumps "
                f"from entry {expected - 1} to entry {seq}",
            )
        )
    else:
        problems.append((seq, f"entry {seq} appears out of order, after entry {expected - 1}"))


def _check_counter(conn: Connection, size: int, last_seq: int, report: Report) -> None:
    from tandem.store.repositories import Counters

    appended = Counters(conn).peek("record")
    end = last_seq + 1
    if appended > end:
        report.add(
            end,
            f"entries {end}–{appended - 1} were appended (the record's counter stands at "
            f"{appended}) but the record ends at entry {last_seq}: they were removed",
        )
    elif appended < end:
        report.add(
            appended,
            f"entries {appended}–{end - 1} were not appended by Tandem: the record's counter "
            f"stands at {appended}",
        )


def _check_heads(
    heads: list[HeadRow],
    roots: dict[int, bytes],
    size: int,
    trusted: str | None,
    report: Report,
) -> bool:
    mismatch = False
    for h in heads:
        label = f"the head of {h.size} entries signed at {h.timestamp}"
        if trusted is not None and h.public_key != trusted:
            report.add(None, f"{label} names public key {h.public_key}, not {trusted}", head=h.size)
        try:
            message = head_message(h)
        except (TypeError, ValueError) as exc:
            report.add(None, f"{label} is malformed: {exc}", head=h.size)
        else:
            if not signature_valid(trusted or h.public_key, h.signature, message):
                report.add(None, f"{label} does not carry a valid signature", head=h.size)
        if h.size > size:
            report.add(
                size,
                f"{label} covers entries up to {h.size - 1}, but the record ends at "
                f"{size - 1}: entries were removed",
                head=h.size,
            )
            mismatch = True
        elif roots.get(h.size, b"").hex() != h.root:
            report.add(
                None,
                f"the first {h.size} entries no longer hash to the root of {label}: the "
                "record was changed after it was signed",
                head=h.size,
            )
            mismatch = True
    return mismatch


def _check_stored_tree(
    tree: StoredTree,
    covered: int,
    wanted: list[int],
    roots: dict[int, bytes],
    size: int,
    report: Report,
) -> bool:
    if covered == 0:
        return False
    if covered > size:
        report.add(
            size,
            f"the stored tree covers {covered} entries but the record holds {size}: "
            "entries were removed",
        )
        return True
    sizes = [s for s in wanted if s <= covered]
    try:
        stored = tree.hashes([(0, s) for s in sizes])
    except LookupError as exc:
        report.add(None, f"the stored tree is incomplete: {exc}")
        return True
    bad = [s for s, h in zip(sizes, stored, strict=True) if roots.get(s) != h]
    if bad:
        report.add(
            None,
            f"the stored tree no longer agrees with the record over its first {bad[0]} entries",
        )
    return bool(bad)


def _pinpoint(conn: Connection, tree: StoredTree, upto: int, report: Report) -> None:
    """Which entries differ from the leaves hashed into the stored tree (a slow second pass)."""
    known = {p["entry"] for p in report.problems}
    stored = tree.level(0)
    shown = hidden = 0
    for pos, row in enumerate(entry_rows(conn, 0, upto)):
        leaf, _ = _leaf_from_row(row)
        kept = next(stored, None)
        if kept is None:
            break
        number, original = kept
        if number == pos and original != leaf and pos not in known:
            if shown < PINPOINTED:
                report.add(
                    pos,
                    f"entry {pos} is not the entry that was hashed into the tree at that "
                    "position: it was changed, inserted, moved or re-hashed after the fact",
                )
                shown += 1
            else:
                hidden += 1
    if hidden:
        report.add(None, f"… and {hidden} later entries differ from the stored tree too")


def _check_projections(app: App, report: Report) -> None:
    from tandem.services.rebuild import projections, rebuild

    with tempfile.TemporaryDirectory(prefix="tandem-verify-") as tmp:
        target = Database(str(Path(tmp) / "rebuild.db"))
        try:
            try:
                rebuild(app, target)
            except Exception as exc:
                report.add(
                    None,
                    "the record cannot be replayed into a fresh database "
                    f"({type(exc).__name__}: {exc})",
                )
                report.projections = "failed"
                return
            live, rebuilt = projections(app.db), projections(target)
        finally:
            target.dispose()
    differ = False
    for table in sorted(set(live) | set(rebuilt)):
        a, b = live.get(table, []), rebuilt.get(table, [])
        if a != b:
            differ = True
            extra = len([r for r in a if r not in b])
            lacking = len([r for r in b if r not in a])
            report.add(
                None,
                f"table {table} differs from a rebuild of the record: {extra} rows the record "
                f"does not explain, {lacking} rows it implies are missing",
            )
    report.projections = "differ" if differ else "match"


# --- export files ----------------------------------------------------------------------------


def export_record(app: App, out: Path) -> JSONDict:
    """Write the record and its signed heads to a file a partner can verify offline.

    One JSON document per line: a header {"tandem_record": 1, "public_key"}, then
    each entry's canonical bytes, each head {"head": {...}} right after the last entry it
    covers. A head covering every entry is signed first.
    """
    latest = head(app)
    size = latest["size"]
    out = out.expanduser()
    if out.is_dir():
        raise InvalidInput(f"--out {out} is a folder; give a file name, e.g. {out}/record.jsonl")
    if not out.parent.exists():
        raise InvalidInput(f"--out {out}: the folder {out.parent} does not exist")
    with reading(app) as ctx:
        conn = ctx.uow.conn
        heads = [h for h in Heads(conn).all() if h.size <= size]
        tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as f:
                _write_line(f, {"tandem_record": EXPORT_FORMAT, "public_key": latest["public_key"]})
                pending = iter(heads)
                nxt = next(pending, None)
                for pos, row in enumerate(entry_rows(conn, 0, size), start=1):
                    f.write(canonical_line(row) + b"\n")
                    while nxt is not None and nxt.size == pos:
                        _write_line(f, {"head": head_view(nxt)})
                        nxt = next(pending, None)
            tmp.replace(out)
        finally:
            tmp.unlink(missing_ok=True)
    return {
        "out": str(out),
        "entries": size,
        "heads": len(heads),
        "root": latest["root"],
        "public_key": latest["public_key"],
    }


def _write_line(f: IO[bytes], obj: JSONDict) -> None:
    f.write(json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n")


def _head_from(obj: Any) -> HeadRow:
    if not isinstance(obj, dict):
        raise ValueError("not an object")
    size, root = obj["size"], obj["root"]
    if not isinstance(size, int) or not isinstance(root, str):
        raise ValueError("size or root of the wrong type")
    return HeadRow(size, root, str(obj["timestamp"]), str(obj["signature"]), str(obj["public_key"]))


def _entry_from(obj: dict[str, Any]) -> Entry:
    fields = ("seq", "at", "actor", "party", "kind", "subject", "payload")
    if set(obj) != set(fields):
        raise ValueError(f"its fields are {sorted(obj)}, not {sorted(fields)}")
    seq, payload = obj["seq"], obj["payload"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(payload, dict):
        raise ValueError("seq or payload of the wrong type")
    for name in ("at", "actor", "kind", "subject"):
        if not isinstance(obj[name], str):
            raise ValueError(f"{name} is not a string")
    if obj["party"] is not None and not isinstance(obj["party"], str):
        raise ValueError("party is not a string")
    return Entry(seq, obj["at"], obj["actor"], obj["party"], obj["kind"], obj["subject"], payload)


@dataclass
class ExportState:
    """What reading an export (or mirror) file found."""

    report: Report
    header_key: str | None = None
    frontier: merkle.Frontier = field(default_factory=merkle.Frontier)
    last_head: HeadRow | None = None
    leaves: list[bytes] | None = None


def read_export(path: Path, trusted: str | None, *, keep_leaves: bool = False) -> ExportState:
    """Stream an export file, re-deriving each leaf from the entry's fields."""
    state = ExportState(Report(), leaves=[] if keep_leaves else None)
    report = state.report
    try:
        f = path.open("rb")
    except FileNotFoundError as exc:
        raise NotFound(f"there is no file {path}") from exc
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from exc
    with f:
        first = f.readline()
        try:
            header = json.loads(first)
            state.header_key = str(header["public_key"])
            if header["tandem_record"] != EXPORT_FORMAT:
                raise ValueError
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidInput(
                f"{path} is not a Tandem record export (made by `tandem export record`)"
            ) from exc
        if trusted is None:
            trusted = state.header_key
            report.key_source = "export header (give --key to check against a key you trust)"
        elif state.header_key != trusted:
            report.add(None, f"the export names public key {state.header_key}, not {trusted}")
        report.public_key = trusted
        frontier = state.frontier
        for number, line in enumerate(f, start=2):
            try:
                obj = json.loads(line)
            except ValueError:
                report.add(frontier.size, f"line {number} is not JSON")
                continue
            if isinstance(obj, dict) and "head" in obj:
                _check_export_head(obj["head"], frontier, trusted, number, state)
                continue
            try:
                entry = _entry_from(obj) if isinstance(obj, dict) else None
                if entry is None:
                    raise ValueError("not an object")
                leaf = merkle.leaf_hash(entry.canonical())
            except (ValueError, TypeError) as exc:
                report.add(frontier.size, f"line {number} is not a record entry: {exc}")
                leaf = b"\x00" * merkle.HASH_SIZE
            else:
                if entry.seq != frontier.size:
                    report.add(
                        frontier.size,
                        f"line {number} holds entry {entry.seq} where entry {frontier.size} "
                        "belongs",
                    )
            frontier.push(leaf)
            if state.leaves is not None:
                state.leaves.append(leaf)
    report.entries = frontier.size
    last = state.last_head
    if last is None:
        report.add(
            None,
            "the export holds no signed head: nothing in it can be checked against the group's key",
        )
    elif last.size < frontier.size:
        report.add(
            last.size,
            f"entries {last.size}–{frontier.size - 1} are not covered by a signed head",
        )
    return state


def _check_export_head(
    obj: Any, frontier: merkle.Frontier, trusted: str | None, number: int, state: ExportState
) -> None:
    report = state.report
    try:
        h = _head_from(obj)
        message = head_message(h)
    except (ValueError, KeyError, TypeError) as exc:
        report.add(None, f"line {number} is not a well-formed signed head ({exc})")
        return
    report.heads += 1
    label = f"the head of {h.size} entries signed at {h.timestamp}"
    if h.size != frontier.size:
        report.add(
            None,
            f"{label} (line {number}) follows entry {frontier.size - 1}, not the entry it "
            "ends with",
            head=h.size,
        )
    elif frontier.root().hex() != h.root:
        report.add(
            None,
            f"the first {h.size} entries of the export do not hash to the root of {label}",
            head=h.size,
        )
    key = trusted or h.public_key
    if h.public_key != key:
        report.add(None, f"{label} names public key {h.public_key}, not {key}", head=h.size)
    if not signature_valid(key, h.signature, message):
        report.add(None, f"{label} does not carry a valid signature by {key}", head=h.size)
    if state.last_head is None or h.size >= state.last_head.size:
        state.last_head = h


def verify_export(path: Path, key: str | None) -> JSONDict:
    """Offline: check an export file against the public key a partner trusts."""
    if not key:
        raise InvalidInput(
            "--export needs --key: the public key you trust for the group (64 hex digits, "
            "as `tandem head` prints it, or a file holding it)"
        )
    trusted = parse_public_key(key)
    state = read_export(path.expanduser(), trusted)
    state.report.key_source = "given"
    state.report.projections = "not in an export"
    return state.report.view()


# --- mirror ------------------------------------------------------------------------------------


class RecordSource(Protocol):
    """Where a mirror pulls from: the latest head, a consistency proof, entries."""

    name: str

    def latest_head(self) -> HeadRow | None: ...

    def consistency(self, first: int, second: int) -> list[bytes]: ...

    def entries(self, start: int, end: int) -> Iterator[Entry]: ...


class DatabaseSource:
    """A partner's database read directly (read-only: no head is signed there)."""

    def __init__(self, url: str) -> None:
        self.name = url
        self.app = App.open(url)
        _ensure_readable(self.app.db)

    def latest_head(self) -> HeadRow | None:
        with unit_of_work(self.app.db, write=False) as uow:
            return Heads(uow.conn).latest()

    def consistency(self, first: int, second: int) -> list[bytes]:
        with unit_of_work(self.app.db, write=False) as uow:
            return merkle.consistency_proof(first, second, StoredTree(uow.conn))

    def entries(self, start: int, end: int) -> Iterator[Entry]:
        with unit_of_work(self.app.db, write=False) as uow:
            for row in entry_rows(uow.conn, start, end):
                yield _entry_from(json.loads(canonical_line(row)))


def _ensure_readable(db: Database) -> None:
    if not db.is_initialised() or not inspect(db.engine).has_table("signed_heads"):
        raise NotFound("the source database has no signed head yet; run `tandem head` on it first")


class ExportSource:
    """An export file received from a partner."""

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self.path = path
        self.state = read_export(path, None, keep_leaves=True)
        self._tree: merkle.MemoryTree | None = None

    def latest_head(self) -> HeadRow | None:
        return self.state.last_head

    def consistency(self, first: int, second: int) -> list[bytes]:
        if self._tree is None:
            self._tree = merkle.MemoryTree(self.state.leaves or [])
        return merkle.consistency_proof(first, second, self._tree)

    def entries(self, start: int, end: int) -> Iterator[Entry]:
        with self.path.open("rb") as f:
            f.readline()
            for line in f:
                obj = json.loads(line)
                if isinstance(obj, dict) and "head" in obj:
                    continue
                entry = _entry_from(obj)
                if entry.seq >= end:
                    return
                if entry.seq >= start:
                    yield entry


def open_source(source: str) -> RecordSource:
    path = Path(source).expanduser()
    if "://" not in source and path.is_file():
        with path.open("rb") as f:
            start = f.read(16)
        if start.startswith(b"{"):
            return ExportSource(path)
    if "://" not in source and not path.exists():
        raise NotFound(f"--from {source}: there is no such database file or export file")
    return DatabaseSource(source)


def mirror(source: str, to: Path, key: str | None = None) -> JSONDict:
    """Pull new entries and the latest head from `source` into the mirror file `to`.

    The mirror is an export file that only grows. Before anything is written, the source's
    head must be signed by the mirror's key and consistent with the head the mirror holds,
    and the new entries must hash to it: otherwise the result is an alarm, and nothing is
    written.
    """
    to = to.expanduser()
    local = read_export(to, None) if to.exists() else None
    if local is not None and not local.report.ok:
        first = local.report.problems[0]["what"]
        return _alarm(
            source,
            to,
            None,
            0,
            f"the mirror {to} itself no longer verifies ({first}); keep "
            "it for investigation and mirror into a new file",
        )
    pinned = local.header_key if local else None
    given = parse_public_key(key) if key else None
    if given and pinned and given != pinned:
        raise InvalidInput(
            f"--key {given} is not the key this mirror holds ({pinned}); a mirror keeps the "
            "key it started with"
        )
    trusted = pinned or given
    src = open_source(source)
    latest = src.latest_head()
    if latest is None:
        raise NotFound(f"{src.name} has no signed head yet; run `tandem head` on it first")
    note = None
    if trusted is None:
        trusted = latest.public_key
        note = (
            f"no --key given: trusting the key of the source's head ({trusted}); confirm it "
            "with the partner by another channel"
        )
    had = local.frontier.size if local else 0
    label = f"the source's head of {latest.size} entries signed at {latest.timestamp}"
    try:
        message = head_message(latest)
    except (ValueError, TypeError) as exc:
        return _alarm(source, to, trusted, had, f"{label} is malformed: {exc}")
    if latest.public_key != trusted or not signature_valid(trusted, latest.signature, message):
        return _alarm(
            source, to, trusted, had, f"{label} is not signed by the group's key {trusted}"
        )
    if latest.size < had:
        return _alarm(
            source,
            to,
            trusted,
            had,
            f"history was rewritten: {label} holds fewer entries than the {had} this mirror "
            "already has",
        )
    frontier = local.frontier if local else merkle.Frontier()
    if had:
        old_root = frontier.root()
        try:
            proof = src.consistency(had, latest.size) if latest.size > had else []
        except (LookupError, ValueError) as exc:
            return _alarm(source, to, trusted, had, f"the source cannot prove consistency: {exc}")
        if not merkle.verify_consistency(
            had, latest.size, old_root, bytes.fromhex(latest.root), proof
        ):
            return _alarm(
                source,
                to,
                trusted,
                had,
                f"history was rewritten: {label} is not consistent with the head of {had} "
                f"entries this mirror holds (root {old_root.hex()})",
            )
    lines: list[bytes] = []
    try:
        for entry in src.entries(had, latest.size):
            if entry.seq != frontier.size:
                return _alarm(
                    source,
                    to,
                    trusted,
                    had,
                    f"the source served entry {entry.seq} where entry {frontier.size} belongs",
                )
            data = entry.canonical()
            frontier.push(merkle.leaf_hash(data))
            lines.append(data)
    except (ValueError, TypeError, KeyError, RecordDamaged) as exc:
        return _alarm(source, to, trusted, had, f"the source served a damaged entry: {exc}")
    if frontier.size != latest.size or frontier.root().hex() != latest.root:
        return _alarm(
            source,
            to,
            trusted,
            had,
            f"the entries the source served do not hash to the root of {label}",
        )
    if latest.size > had or local is None:
        _append_mirror(to, local is None, trusted, latest, lines)
    return {
        "ok": True,
        "alarm": None,
        "note": note,
        "source": src.name,
        "mirror": str(to),
        "public_key": trusted,
        "before": had,
        "size": latest.size,
        "new_entries": latest.size - had,
        "root": latest.root,
    }


def _alarm(source: str, to: Path, key: str | None, had: int, text: str) -> JSONDict:
    return {
        "ok": False,
        "alarm": text,
        "note": None,
        "source": source,
        "mirror": str(to),
        "public_key": key,
        "before": had,
        "size": had,
        "new_entries": 0,
        "root": None,
    }


def _append_mirror(to: Path, new: bool, key: str, latest: HeadRow, lines: list[bytes]) -> None:
    try:
        with to.open("xb" if new else "ab") as f:
            if new:
                _write_line(f, {"tandem_record": EXPORT_FORMAT, "public_key": key})
            for line in lines:
                f.write(line + b"\n")
            _write_line(f, {"head": head_view(latest)})
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        raise InvalidInput(f"cannot write the mirror {to}: {exc.strerror}") from exc


def record_entries(app: App, start: int = 0, limit: int = 1000) -> list[JSONDict]:
    """A slice of the record in order, for partners that keep their own copy over HTTP."""
    from tandem.services.context import MAX_ID, reading
    from tandem.services.views import entry_view

    if start < 0 or not 1 <= limit <= 10_000:
        raise InvalidInput("entries are read from start ≥ 0, 1 to 10,000 at a time")
    if start > MAX_ID:  # past every entry, and past what an INTEGER column holds
        return []
    with reading(app) as ctx:
        out: list[JSONDict] = []
        for entry in ctx.uow.record.all(start):
            if len(out) >= limit:
                break
            out.append(entry_view(entry))
        return out
