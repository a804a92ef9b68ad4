"""The Merkle tree of the record (RFC 6962 / RFC 9162), against published vectors and by property.

Vectors: tests/data/rfc6962/vectors.json, with where each value comes from in SOURCE.md
beside it (published Certificate Transparency test values, and every proof of the 8-leaf
reference tree).
"""

from __future__ import annotations

import hashlib
import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem.domain import merkle
from tandem.domain.ledger import Entry, entry_bytes

DATA = Path(__file__).parent.parent / "data" / "rfc6962"


@cache
def vectors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "vectors.json").read_text())
    return data


def h(text: str) -> bytes:
    return bytes.fromhex(text)


def leaves(n: int) -> list[bytes]:
    return [h(x) for x in vectors()["leaves_hex"][:n]]


def leaf_hashes(n: int) -> list[bytes]:
    return [merkle.leaf_hash(d) for d in leaves(n)]


def root(n: int) -> bytes:
    return h(vectors()["roots"][str(n)])


def flip(value: bytes, at: int = 0) -> bytes:
    return value[:at] + bytes([value[at] ^ 0x01]) + value[at + 1 :]


def test_the_vectors_file_is_the_one_its_source_note_describes() -> None:
    digest = hashlib.sha256((DATA / "vectors.json").read_bytes()).hexdigest()
    assert digest in (DATA / "SOURCE.md").read_text()


# --- published and computed vectors -------------------------------------------------------


@pytest.mark.parametrize(
    "case", vectors()["hasher_published"], ids=lambda c: f"{c['kind']}-{c['hash'][:8]}"
)
def test_hasher_known_answers(case: dict[str, str]) -> None:
    if case["kind"] == "leaf":
        assert merkle.leaf_hash(h(case["input_hex"])).hex() == case["hash"]
    else:
        assert merkle.node_hash(h(case["left_hex"]), h(case["right_hex"])).hex() == case["hash"]


@pytest.mark.parametrize("n", range(9))
def test_roots_of_the_reference_tree(n: int) -> None:
    assert merkle.tree_hash(leaves(n)) == root(n)
    assert merkle.root_of(leaf_hashes(n)) == root(n)
    frontier = merkle.Frontier()
    for leaf in leaf_hashes(n):
        frontier.append(leaf)
    assert frontier.root() == root(n)
    if n:
        assert merkle.root(n, merkle.MemoryTree(leaf_hashes(n))) == root(n)


def test_the_empty_tree_is_the_hash_of_nothing() -> None:
    assert merkle.EMPTY_ROOT.hex() == hashlib.sha256(b"").hexdigest() == vectors()["roots"]["0"]
    assert merkle.Frontier().root() == merkle.EMPTY_ROOT


def _inclusion_cases() -> list[dict[str, Any]]:
    return [
        dict(c, source=k)
        for k in ("inclusion_published", "inclusion_computed")
        for c in vectors()[k]
    ]


@pytest.mark.parametrize(
    "case", _inclusion_cases(), ids=lambda c: f"{c['source'][10:]}-{c['index']}-of-{c['size']}"
)
def test_inclusion_proofs_match_the_vectors(case: dict[str, Any]) -> None:
    index, size, expected = case["index"], case["size"], [h(p) for p in case["path"]]
    tree = merkle.MemoryTree(leaf_hashes(size))
    assert merkle.inclusion_proof(index, size, tree) == expected
    assert merkle.verify_inclusion(index, size, leaf_hashes(size)[index], expected, root(size))
    assert not merkle.verify_inclusion(
        index, size, leaf_hashes(size)[index], expected, flip(root(size))
    )
    for i in range(len(expected)):
        tampered = [*expected[:i], flip(expected[i], 31), *expected[i + 1 :]]
        assert not merkle.verify_inclusion(
            index, size, leaf_hashes(size)[index], tampered, root(size)
        )
    if expected:
        assert not merkle.verify_inclusion(
            index, size, leaf_hashes(size)[index], expected[:-1], root(size)
        )
        assert not merkle.verify_inclusion(
            index, size, leaf_hashes(size)[index], [*expected, expected[0]], root(size)
        )


def _consistency_cases() -> list[dict[str, Any]]:
    return [
        dict(c, source=k)
        for k in ("consistency_published", "consistency_computed")
        for c in vectors()[k]
    ]


@pytest.mark.parametrize(
    "case", _consistency_cases(), ids=lambda c: f"{c['source'][12:]}-{c['m']}-to-{c['n']}"
)
def test_consistency_proofs_match_the_vectors(case: dict[str, Any]) -> None:
    m, n, expected = case["m"], case["n"], [h(p) for p in case["path"]]
    tree = merkle.MemoryTree(leaf_hashes(n))
    assert merkle.consistency_proof(m, n, tree) == expected
    assert merkle.verify_consistency(m, n, root(m), root(n), expected)
    assert not merkle.verify_consistency(m, n, flip(root(m)), root(n), expected)
    assert not merkle.verify_consistency(m, n, root(m), flip(root(n)), expected)
    for i in range(len(expected)):
        tampered = [*expected[:i], flip(expected[i], 7), *expected[i + 1 :]]
        assert not merkle.verify_consistency(m, n, root(m), root(n), tampered)
    if expected:
        assert not merkle.verify_consistency(m, n, root(m), root(n), expected[:-1])
        assert not merkle.verify_consistency(m, n, root(m), root(n), [*expected, expected[0]])


def test_published_vectors_equal_their_computed_counterparts() -> None:
    v = vectors()
    computed = {(c["index"], c["size"]): c["path"] for c in v["inclusion_computed"]}
    for c in v["inclusion_published"]:
        assert computed[(c["index"], c["size"])] == c["path"]
    computed = {(c["m"], c["n"]): c["path"] for c in v["consistency_computed"]}
    for c in v["consistency_published"]:
        assert computed[(c["m"], c["n"])] == c["path"]
    assert len(v["inclusion_computed"]) == len(v["consistency_computed"]) == 36


def test_the_large_tree_vector_from_a_real_log() -> None:
    c = vectors()["inclusion_published_large_tree"]
    leaf = merkle.leaf_hash(h(c["leaf_hex"]))
    assert leaf.hex() == c["leaf_hash"]
    path = [h(p) for p in c["path"]]
    assert len(path) == 22
    assert merkle.verify_inclusion(c["index"], c["size"], leaf, path, h(c["root"]))
    for index in (c["index"] - 1, c["index"] + 1):
        assert not merkle.verify_inclusion(index, c["size"], leaf, path, h(c["root"]))
    assert not merkle.verify_inclusion(c["index"], c["size"], leaf, path, flip(h(c["root"]), 31))
    assert not merkle.verify_inclusion(c["index"], c["size"], flip(leaf), path, h(c["root"]))
    # The audit path names the subtrees our PATH would use at that index and size.
    assert len(merkle.inclusion_ranges(c["index"], c["size"])) == 22


def test_verifiers_refuse_impossible_sizes() -> None:
    leaf = leaf_hashes(1)[0]
    assert not merkle.verify_inclusion(1, 1, leaf, [], root(1))
    assert not merkle.verify_inclusion(-1, 1, leaf, [], root(1))
    assert not merkle.verify_inclusion(0, 0, leaf, [], root(0))
    assert not merkle.verify_consistency(0, 1, root(0), root(1), [])
    assert not merkle.verify_consistency(3, 2, root(3), root(2), [])
    assert not merkle.verify_consistency(2, 2, root(2), root(2), [root(2)])
    assert not merkle.verify_consistency(2, 2, root(2), root(3), [])
    assert not merkle.verify_consistency(2, 5, root(2), root(5), [])
    assert not merkle.verify_consistency(2, 5, root(2), root(5), [b"short"])
    with pytest.raises(ValueError):
        merkle.inclusion_ranges(8, 8)
    with pytest.raises(ValueError):
        merkle.consistency_ranges(0, 8)
    with pytest.raises(ValueError):
        merkle.consistency_ranges(9, 8)


# --- stored subtrees: what a database must keep and read -----------------------------------


def test_complete_subtrees_of_aligned_ranges() -> None:
    assert merkle.complete_subtrees(0, 8) == [(3, 0)]
    assert merkle.complete_subtrees(0, 7) == [(2, 0), (1, 2), (0, 6)]
    assert merkle.complete_subtrees(8, 13) == [(2, 2), (0, 12)]
    with pytest.raises(ValueError):
        merkle.complete_subtrees(1, 3)  # not a subtree of any RFC 6962 tree
    with pytest.raises(ValueError):
        merkle.complete_subtrees(3, 3)


@given(st.integers(1, 1 << 40), st.data())
def test_a_proof_needs_only_logarithmically_many_stored_nodes(
    size: int, data: st.DataObject
) -> None:
    """Every proof is a fold of O(log n) stored complete subtrees: a store answers it in one
    query of at most 2·log2(n) + 2 rows, whatever the size (here up to 2^40 leaves)."""
    index = data.draw(st.integers(0, size - 1))
    first = data.draw(st.integers(1, size))
    bound = 2 * math.ceil(math.log2(size + 1)) + 2
    inclusion = merkle.nodes_for([*merkle.inclusion_ranges(index, size), (0, size)])
    consistency = merkle.nodes_for([*merkle.consistency_ranges(first, size), (0, first), (0, size)])
    assert len(inclusion) <= bound
    assert len(consistency) <= 2 * bound


@given(st.integers(0, 300))
def test_frontier_append_emits_every_complete_subtree(size: int) -> None:
    hashes = [hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(size)]
    tree = merkle.MemoryTree(hashes)
    frontier = merkle.Frontier()
    made: dict[tuple[int, int], bytes] = {}
    for leaf in hashes:
        for level, number, value in frontier.append(leaf):
            made[(level, number)] = value
    expected = {
        (level, number): value
        for level, row in enumerate(tree.levels)
        for number, value in enumerate(row)
        if size
    }
    assert made == expected
    assert frontier.root() == merkle.root_of(hashes)
    # A frontier rebuilt from the stored nodes continues where the first one stopped.
    wanted = merkle.Frontier.nodes(size)
    again = merkle.Frontier(size, [made[n] for n in wanted])
    more = [hashlib.sha256(b"more" + bytes([i])).digest() for i in range(5)]
    for leaf in more:
        again.append(leaf)
    assert again.root() == merkle.root_of(hashes + more)


@given(st.integers(1, 400), st.integers(0, 9), st.data())
def test_chunks_hashed_apart_join_into_the_same_tree(
    size: int, bits: int, data: st.DataObject
) -> None:
    """Aligned chunks (a power-of-two length each) hashed separately, as `verify`'s workers do."""
    hashes = [hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(size)]
    chunk = 1 << bits
    cut = data.draw(st.integers(1, size))
    prefix: list[tuple[int, bytes]] = []
    for a in range(0, size, chunk):
        b = min(a + chunk, size)
        part = merkle.Frontier()
        for leaf in hashes[a:b]:
            part.push(leaf)
        if a < cut <= b:
            partial = merkle.Frontier()
            for leaf in hashes[a:cut]:
                partial.push(leaf)
            joined = merkle.join(prefix, cut - a, partial.stack)
            assert merkle.fold([x for _, x in joined]) == merkle.root_of(hashes[:cut])
        prefix = merkle.join(prefix, b - a, part.stack)
    assert merkle.fold([x for _, x in prefix]) == merkle.root_of(hashes)


# --- properties: every proof verifies, none against a wrong root --------------------------


def _tree(size: int) -> tuple[list[bytes], merkle.MemoryTree]:
    hashes = [merkle.leaf_hash(i.to_bytes(3, "big")) for i in range(size)]
    return hashes, merkle.MemoryTree(hashes)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 257))
def test_every_inclusion_proof_verifies_and_none_against_a_wrong_root(size: int) -> None:
    hashes, tree = _tree(size)
    good = merkle.root(size, tree)
    assert good == merkle.root_of(hashes)
    for index in range(size):
        path = merkle.inclusion_proof(index, size, tree)
        assert merkle.verify_inclusion(index, size, hashes[index], path, good)
        assert not merkle.verify_inclusion(index, size, hashes[index], path, flip(good, index % 32))
        wrong_leaf = hashes[(index + 1) % size] if size > 1 else flip(hashes[0])
        assert not merkle.verify_inclusion(index, size, wrong_leaf, path, good)
        if path:
            at = index % len(path)
            bad = [*path[:at], flip(path[at], index % 32), *path[at + 1 :]]
            assert not merkle.verify_inclusion(index, size, hashes[index], bad, good)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 200), st.data())
def test_every_consistency_proof_verifies_and_none_against_a_wrong_root(
    second: int, data: st.DataObject
) -> None:
    hashes, tree = _tree(second)
    roots = [merkle.root_of(hashes[:m]) for m in range(second + 1)]
    for first in range(1, second + 1):
        path = merkle.consistency_proof(first, second, tree)
        assert merkle.verify_consistency(first, second, roots[first], roots[second], path)
        assert not merkle.verify_consistency(
            first, second, flip(roots[first], first % 32), roots[second], path
        )
        assert not merkle.verify_consistency(
            first, second, roots[first], flip(roots[second], 5), path
        )
        if path:
            at = data.draw(st.integers(0, len(path) - 1), label="flipped")
            bad = [*path[:at], flip(path[at], first % 32), *path[at + 1 :]]
            assert not merkle.verify_consistency(first, second, roots[first], roots[second], bad)
        other = data.draw(st.integers(1, second), label="other first")
        if other != first:
            # A proof between other sizes does not pass for these ones (unless it is the same).
            passes = merkle.verify_consistency(other, second, roots[other], roots[second], path)
            assert not passes or merkle.consistency_proof(other, second, tree) == path


# --- canonical entries and signed heads ----------------------------------------------------

texts = st.text(st.characters(codec="utf-8"), max_size=12)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)


@given(
    st.integers(0, 2**40),
    texts,
    texts,
    st.none() | texts,
    texts,
    texts,
    st.dictionaries(texts, json_values, max_size=5),
)
def test_the_fast_canonical_bytes_equal_the_canonical_form(
    seq: int, at: str, actor: str, party: str | None, kind: str, subject: str, payload: Any
) -> None:
    entry = Entry(seq, at, actor, party, kind, subject, payload)
    stored = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert entry_bytes(seq, at, actor, party, kind, subject, stored) == entry.canonical()
    assert json.loads(entry.canonical()) == {
        "seq": seq,
        "at": at,
        "actor": actor,
        "party": party,
        "kind": kind,
        "subject": subject,
        "payload": payload,
    }


def test_the_tree_head_encoding_is_rfc_6962s_tree_head_signature() -> None:
    data = merkle.tree_head_bytes(5, root(5), 1_543_000_000_123)
    assert len(data) == 50
    assert data[:2] == b"\x00\x01"  # version v1, signature_type tree_hash
    assert int.from_bytes(data[2:10], "big") == 1_543_000_000_123
    assert int.from_bytes(data[10:18], "big") == 5
    assert data[18:] == root(5)
    with pytest.raises(ValueError):
        merkle.tree_head_bytes(5, b"short", 0)
