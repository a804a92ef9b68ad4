"""Canonical bytes of record entries and their RFC 6962 leaf hashes."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem.domain.ledger import Entry, canonical_json, entry_bytes

ENTRY = Entry(
    seq=7,
    at="2018-09-20T01:00:00Z",
    actor="kor.envoy",
    party="KOR",
    kind="measure.notified",
    subject="measure:3",
    payload={"version": 1, "urgent": False, "justification": None, "title": "남북 철도 조사"},
)
# Written by hand: keys sorted at every level, no whitespace, UTF-8 kept as is.
ENTRY_BYTES = (
    '{"actor":"kor.envoy","at":"2018-09-20T01:00:00Z","kind":"measure.notified",'
    '"party":"KOR","payload":{"justification":null,"title":"남북 철도 조사",'
    '"urgent":false,"version":1},"seq":7,"subject":"measure:3"}'
).encode()


def test_canonical_json_sorts_keys_at_every_level_without_spaces() -> None:
    value = {"b": [3, {"z": 1, "a": None}], "a": True, "c": {"y": "x", "x": "y"}}
    assert canonical_json(value) == b'{"a":true,"b":[3,{"a":null,"z":1}],"c":{"x":"y","y":"x"}}'


def test_canonical_json_keeps_non_ascii_as_utf8() -> None:
    out = canonical_json({"name": "대한민국", "note": "café"})
    assert out == '{"name":"대한민국","note":"café"}'.encode()
    assert "대한민국".encode() in out
    assert b"\\u" not in out


def test_canonical_json_escapes_what_json_requires() -> None:
    assert canonical_json('a"b\\c\nd\x01') == b'"a\\"b\\\\c\\nd\\u0001"'


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_canonical_json_refuses_non_finite_numbers(bad: float) -> None:
    with pytest.raises(ValueError):
        canonical_json({"x": bad})


def test_entry_canonical_bytes() -> None:
    assert ENTRY.canonical() == ENTRY_BYTES


def test_leaf_hash_is_sha256_of_zero_byte_and_canonical_bytes() -> None:
    expected = hashlib.sha256(b"\x00" + ENTRY_BYTES).hexdigest()
    assert ENTRY.leaf_hash() == expected
    assert len(expected) == 64
    # the 0x00 prefix is what separates a leaf from an interior node (RFC 6962)
    assert ENTRY.leaf_hash() != hashlib.sha256(ENTRY_BYTES).hexdigest()
    assert ENTRY.leaf_hash() != hashlib.sha256(b"\x01" + ENTRY_BYTES).hexdigest()


def test_leaf_hash_of_an_empty_payload_with_no_party() -> None:
    e = Entry(0, "1970-01-01T00:00:00Z", "tandem", None, "clock.set", "clock", {})
    raw = (
        b'{"actor":"tandem","at":"1970-01-01T00:00:00Z","kind":"clock.set",'
        b'"party":null,"payload":{},"seq":0,"subject":"clock"}'
    )
    assert e.canonical() == raw
    assert e.leaf_hash() == hashlib.sha256(b"\x00" + raw).hexdigest()


def test_any_change_changes_the_leaf_hash() -> None:
    base = ENTRY.leaf_hash()
    changed = [
        Entry(8, ENTRY.at, ENTRY.actor, ENTRY.party, ENTRY.kind, ENTRY.subject, ENTRY.payload),
        Entry(7, ENTRY.at, "usa.envoy", ENTRY.party, ENTRY.kind, ENTRY.subject, ENTRY.payload),
        Entry(7, ENTRY.at, ENTRY.actor, None, ENTRY.kind, ENTRY.subject, ENTRY.payload),
        Entry(
            7,
            ENTRY.at,
            ENTRY.actor,
            ENTRY.party,
            ENTRY.kind,
            ENTRY.subject,
            {**ENTRY.payload, "version": 2},
        ),
    ]
    assert len({base, *(e.leaf_hash() for e in changed)}) == 1 + len(changed)


def test_key_order_of_the_payload_does_not_matter() -> None:
    reordered = Entry(
        ENTRY.seq,
        ENTRY.at,
        ENTRY.actor,
        ENTRY.party,
        ENTRY.kind,
        ENTRY.subject,
        dict(reversed(list(ENTRY.payload.items()))),
    )
    assert reordered.leaf_hash() == ENTRY.leaf_hash()


def test_entry_bytes_from_stored_columns_match_the_canonical_form() -> None:
    stored = json.dumps(ENTRY.payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    got = entry_bytes(
        ENTRY.seq, ENTRY.at, ENTRY.actor, ENTRY.party, ENTRY.kind, ENTRY.subject, stored
    )
    assert got == ENTRY_BYTES
    # a payload stored in another form gives other bytes (callers then fall back)
    loose = json.dumps(ENTRY.payload, ensure_ascii=False, sort_keys=True)
    assert entry_bytes(7, ENTRY.at, ENTRY.actor, "KOR", ENTRY.kind, ENTRY.subject, loose) != (
        ENTRY_BYTES
    )


_json: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def _keys_sorted(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    assert keys == sorted(keys)
    return dict(pairs)


@settings(max_examples=150, deadline=None)
@given(
    payload=st.dictionaries(st.text(), _json, max_size=5),
    party=st.none() | st.sampled_from(["USA", "KOR"]),
    actor=st.text(min_size=1),
)
def test_canonical_form_properties(payload: dict[str, Any], party: str | None, actor: str) -> None:
    e = Entry(1, "2018-09-20T01:00:00Z", actor, party, "k", "s", payload)
    raw = e.canonical()
    parsed = json.loads(raw.decode("utf-8"), object_pairs_hook=_keys_sorted)
    assert parsed["payload"] == payload and parsed["actor"] == actor
    assert canonical_json(parsed) == raw  # a fixed point
    assert e.leaf_hash() == hashlib.sha256(b"\x00" + raw).hexdigest()
    stored = canonical_json(payload).decode("utf-8")
    assert entry_bytes(1, e.at, actor, party, "k", "s", stored) == raw
