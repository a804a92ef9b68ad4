"""/api/v1/record: what a partner's system polls to check the record independently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_support import Api, check_problem

from tandem.domain import merkle
from tandem.domain.measures import Stance
from tandem.services import ledger
from tandem.services.context import App
from tandem.services.keys import KEY_FILE_ENV, signature_valid
from tandem.services.measures import notify_measure, propose_measure, record_position


@pytest.fixture(autouse=True)
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A signing key for every database kind (PostgreSQL has no file to sit beside)."""
    path = tmp_path / "group.key"
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    yield path


def _history(app: App) -> None:
    m = propose_measure(app, "kim", "Joint survey of the Gyeongui line")
    notify_measure(app, m["id"], "kor")
    record_position(app, m["id"], "smith", Stance.SUPPORT)


def test_head_is_signed_over_every_entry(app: App, api: Api) -> None:
    _history(app)
    head = api.ok(api.get("lee", "/record/head"))
    entries = api.ok(api.get("lee", "/record/entries", {"start": 0, "limit": 10_000}))
    assert head["size"] == len(entries)
    leaves = [bytes.fromhex(e["leaf_hash"]) for e in entries]
    assert head["root"] == merkle.root_of(leaves).hex()
    message = merkle.tree_head_bytes(
        head["size"], bytes.fromhex(head["root"]), ledger.timestamp_ms(head["timestamp"])
    )
    assert signature_valid(head["public_key"], head["signature"], message)


def test_proofs_verify_against_the_signed_heads(app: App, api: Api) -> None:
    first = api.ok(api.get("smith", "/record/head"))
    _history(app)
    second = api.ok(api.get("smith", "/record/head"))
    assert second["size"] > first["size"]

    proof = api.ok(
        api.get(
            "smith",
            "/record/proofs/consistency",
            {"first": first["size"], "second": second["size"]},
        )
    )
    assert proof["first_root"] == first["root"] and proof["second_root"] == second["root"]
    assert merkle.verify_consistency(
        first["size"],
        second["size"],
        bytes.fromhex(first["root"]),
        bytes.fromhex(second["root"]),
        [bytes.fromhex(h) for h in proof["path"]],
    )

    last = second["size"] - 1
    inclusion = api.ok(api.get("smith", "/record/proofs/inclusion", {"entry": last}))
    entry = api.ok(api.get("smith", "/record/entries", {"start": last, "limit": 1}))[0]
    assert inclusion["leaf_hash"] == entry["leaf_hash"]
    assert merkle.verify_inclusion(
        last,
        inclusion["tree_size"],
        bytes.fromhex(inclusion["leaf_hash"]),
        [bytes.fromhex(h) for h in inclusion["audit_path"]],
        bytes.fromhex(second["root"]),
    )


def test_bad_proof_requests_are_problems(app: App, api: Api) -> None:
    size = api.ok(api.get("kim", "/record/head"))["size"]
    check_problem(
        api.get("kim", "/record/proofs/consistency", {"first": size, "second": 1}), 422, "larger"
    )
    check_problem(
        api.get("kim", "/record/proofs/consistency", {"first": 1, "second": size + 6}),
        422,
        "beyond",
    )
    check_problem(api.get("kim", "/record/proofs/inclusion", {"entry": size + 10}), 422)
    check_problem(api.get(None, "/record/head"), 401)
