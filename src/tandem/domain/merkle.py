"""The record as an RFC 6962 / RFC 9162 Merkle tree over SHA-256: hashes, proofs, verifiers.

Written from RFC 6962 §2.1 (MTH, PATH, PROOF/SUBPROOF) and RFC 9162 §2.1.3.2 / §2.1.4.2
(the verification algorithms). Everything here is pure: bytes in, bytes out.

Notation. `D[a:b]` is the list of leaves with indices a ≤ i < b. The trees the RFC
recursion visits are all *aligned*: `a` is a multiple of the smallest power of two ≥ b-a.
An aligned range is either a *complete subtree* (b-a a power of two: one node, named
(level, number) with level = log2(b-a) and number = a >> level) or splits into a complete
left subtree of the largest power of two k < b-a and an aligned right part D[a+k:b]. So the
hash of any range a proof needs is a fold of at most log2(n) complete-subtree hashes: a store
that keeps the hash of every complete subtree answers any proof in O(log n) reads.

Proof functions take a `Subtrees` source (anything that returns the hashes of a batch of
ranges at once), so the same code serves the database (one query per proof) and memory.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
"""MTH({}) = SHA-256 of the empty string (RFC 6962 §2.1)."""

Range = tuple[int, int]
Node = tuple[int, int]
"""A complete subtree as (level, number): it covers D[number·2^level : (number+1)·2^level]."""

_sha256 = hashlib.sha256


def leaf_hash(data: bytes) -> bytes:
    """MTH({d}) = SHA-256(0x00 || d)."""
    return _sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 || left || right)."""
    return _sha256(b"\x01" + left + right).digest()


def split_point(n: int) -> int:
    """The largest power of two strictly less than n (n ≥ 2)."""
    if n < 2:
        raise ValueError(f"a tree of {n} leaves does not split")
    return 1 << ((n - 1).bit_length() - 1)


def root_of(leaf_hashes: Sequence[bytes]) -> bytes:
    """MTH of a list of leaf hashes, by the RFC's recursive definition."""
    n = len(leaf_hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hashes[0]
    k = split_point(n)
    return node_hash(root_of(leaf_hashes[:k]), root_of(leaf_hashes[k:]))


def tree_hash(entries: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of raw leaf inputs."""
    return root_of([leaf_hash(d) for d in entries])


# --- ranges and complete subtrees -------------------------------------------------------


def complete_subtrees(start: int, end: int) -> list[Node]:
    """The complete subtrees whose fold is MTH(D[start:end]), left to right.

    Raises ValueError for a range that is not a subtree of the RFC tree (not aligned).
    """
    if not 0 <= start < end:
        raise ValueError(f"D[{start}:{end}] is not a non-empty range")
    size = end - start
    if start & ((1 << (size - 1).bit_length()) - 1):
        raise ValueError(f"D[{start}:{end}] is not a subtree of the tree")
    out: list[Node] = []
    while start < end:
        level = (end - start).bit_length() - 1
        out.append((level, start >> level))
        start += 1 << level
    return out


def fold(hashes: Sequence[bytes]) -> bytes:
    """The hash of an aligned range from its complete subtrees (left to right)."""
    if not hashes:
        raise ValueError("nothing to fold")
    h = hashes[-1]
    for left in reversed(hashes[:-1]):
        h = node_hash(left, h)
    return h


def nodes_for(ranges: Iterable[Range]) -> set[Node]:
    """Every complete subtree needed to hash these ranges."""
    needed: set[Node] = set()
    for a, b in ranges:
        needed.update(complete_subtrees(a, b))
    return needed


def hash_ranges(ranges: Sequence[Range], nodes: Mapping[Node, bytes]) -> list[bytes]:
    """The hashes of aligned ranges from a map of complete-subtree hashes."""
    return [fold([nodes[n] for n in complete_subtrees(a, b)]) for a, b in ranges]


class Subtrees(Protocol):
    """A source of subtree hashes: MTH(D[a:b]) for each aligned range asked, in one go."""

    def hashes(self, ranges: Sequence[Range]) -> list[bytes]: ...


class MemoryTree:
    """Every complete-subtree hash of a list of leaves, kept in memory (level by level)."""

    def __init__(self, leaf_hashes: Sequence[bytes]) -> None:
        self.size = len(leaf_hashes)
        levels: list[list[bytes]] = [list(leaf_hashes)]
        while len(levels[-1]) > 1:
            below = levels[-1]
            levels.append([node_hash(below[i], below[i + 1]) for i in range(0, len(below) - 1, 2)])
        self.levels = levels

    def node(self, level: int, number: int) -> bytes:
        return self.levels[level][number]

    def hashes(self, ranges: Sequence[Range]) -> list[bytes]:
        for _, b in ranges:
            if b > self.size:
                raise ValueError(f"D[:{b}] is beyond a tree of {self.size} leaves")
        return [fold([self.node(*n) for n in complete_subtrees(a, b)]) for a, b in ranges]


def root(size: int, tree: Subtrees) -> bytes:
    return EMPTY_ROOT if size == 0 else tree.hashes([(0, size)])[0]


# --- inclusion: PATH(m, D[n]) ------------------------------------------------------------


def inclusion_ranges(index: int, size: int) -> list[Range]:
    """The subtrees whose hashes form PATH(index, D[0:size]), the leaf's sibling first.

    RFC 6962 §2.1.1: PATH(0, {d0}) = {}; for n > 1 and k the largest power of two < n,
    PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])   if m < k,
                    PATH(m - k, D[k:n]) : MTH(D[0:k]) if m ≥ k.
    """
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size} leaves")
    out: list[Range] = []
    start, end, m = 0, size, index
    while end - start > 1:
        k = split_point(end - start)
        if m < k:
            out.append((start + k, end))
            end = start + k
        else:
            out.append((start, start + k))
            start, m = start + k, m - k
    out.reverse()
    return out


def inclusion_proof(index: int, size: int, tree: Subtrees) -> list[bytes]:
    ranges = inclusion_ranges(index, size)
    return tree.hashes(ranges) if ranges else []


def verify_inclusion(
    index: int, size: int, leaf: bytes, path: Sequence[bytes], root_hash: bytes
) -> bool:
    """RFC 9162 §2.1.3.2: does `path` prove leaf hash `leaf` at `index` in the tree `root_hash`?"""
    if not 0 <= index < size:
        return False
    fn, sn = index, size - 1
    r = leaf
    for p in path:
        if len(p) != HASH_SIZE or sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root_hash


# --- consistency: PROOF(m, D[n]) ---------------------------------------------------------


def consistency_ranges(first: int, second: int) -> list[Range]:
    """The subtrees whose hashes form PROOF(first, D[0:second]), in SUBPROOF's order.

    RFC 6962 §2.1.2: PROOF(m, D[n]) = SUBPROOF(m, D[n], true);
    SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])};
    for m < n and k the largest power of two < n,
    SUBPROOF(m, D[n], b) = SUBPROOF(m, D[0:k], b) : MTH(D[k:n])         if m ≤ k,
                           SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]) if m > k.
    """
    if not 1 <= first <= second:
        raise ValueError(f"no consistency proof from {first} to {second} leaves")
    out: list[Range] = []
    start, end, m, whole = 0, second, first, True
    while m != end - start:
        k = split_point(end - start)
        if m <= k:
            out.append((start + k, end))
            end = start + k
        else:
            out.append((start, start + k))
            start, m, whole = start + k, m - k, False
    if not whole:
        out.append((start, end))
    out.reverse()
    return out


def consistency_proof(first: int, second: int, tree: Subtrees) -> list[bytes]:
    ranges = consistency_ranges(first, second)
    return tree.hashes(ranges) if ranges else []


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, path: Sequence[bytes]
) -> bool:
    """RFC 9162 §2.1.4.2: does `path` prove that tree `first_root` is a prefix of `second_root`?"""
    if not 1 <= first <= second:
        return False
    if first == second:
        return not path and first_root == second_root
    if not path or any(len(p) != HASH_SIZE for p in path):
        return False
    proof = list(path)
    if first & (first - 1) == 0:
        proof.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == first_root and sr == second_root


# --- growing a tree leaf by leaf -----------------------------------------------------------


class Frontier:
    """The complete subtrees of D[0:size] that a new leaf may still join (a compact range).

    `append` adds a leaf and returns the nodes it completed, as (level, number, hash): the
    leaf itself first, then each parent. `root()` is MTH(D[0:size]) at any moment.
    """

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        expected = len(complete_subtrees(0, size)) if size else 0
        if len(hashes) != expected:
            raise ValueError(f"a tree of {size} leaves has {expected} frontier nodes")
        self.size = size
        self.stack: list[bytes] = list(hashes)

    @staticmethod
    def nodes(size: int) -> list[Node]:
        """The complete subtrees that make up the frontier of a tree of `size` leaves."""
        return complete_subtrees(0, size) if size else []

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        n = self.size
        made = [(0, n, leaf)]
        h, level, stack = leaf, 0, self.stack
        while n & 1:
            h = _sha256(b"\x01" + stack.pop() + h).digest()
            n >>= 1
            level += 1
            made.append((level, self.size >> level, h))
        stack.append(h)
        self.size += 1
        return made

    def push(self, leaf: bytes) -> None:
        """`append` without the list of completed nodes (the fast path of `verify`)."""
        n, h, stack = self.size, leaf, self.stack
        while n & 1:
            h = _sha256(b"\x01" + stack.pop() + h).digest()
            n >>= 1
        stack.append(h)
        self.size += 1

    def root(self) -> bytes:
        if not self.stack:
            return EMPTY_ROOT
        return fold(self.stack)


def join(
    left: Sequence[tuple[int, bytes]], right_size: int, right: Sequence[bytes]
) -> list[tuple[int, bytes]]:
    """The frontier of D[0:a+b] from the frontier of D[0:a] and the frontier of D[a:a+b].

    Frontiers are complete subtrees, largest first; `left` as (size, hash) pairs, `right`
    as the hashes of a `Frontier.stack` over b = `right_size` leaves. `a` must be a multiple
    of a power of two ≥ b (so that D[a:a+b]'s subtrees are subtrees of the whole tree):
    this is how separately hashed, aligned chunks of a record are put together.
    """
    sizes = [
        1 << bit for bit in range(right_size.bit_length() - 1, -1, -1) if right_size >> bit & 1
    ]
    if len(sizes) != len(right):
        raise ValueError(f"a frontier of {right_size} leaves has {len(sizes)} nodes")
    out = list(left)
    for size, h in zip(sizes, right, strict=True):
        if out and out[-1][0] < size:
            raise ValueError("the left part is not aligned to the right part's subtrees")
        while out and out[-1][0] == size:
            _, below = out.pop()
            h = node_hash(below, h)
            size *= 2
        out.append((size, h))
    return out


# --- signed tree heads -------------------------------------------------------------------


def tree_head_bytes(size: int, root_hash: bytes, timestamp_ms: int) -> bytes:
    """What a head's Ed25519 signature covers: RFC 6962 §3.5's TreeHeadSignature.

    version v1 (0x00) ‖ signature_type tree_hash (0x01) ‖ timestamp (uint64, milliseconds
    since the epoch, big-endian) ‖ tree_size (uint64, big-endian) ‖ sha256_root_hash (32
    bytes): 50 bytes.
    """
    if len(root_hash) != HASH_SIZE:
        raise ValueError("a root hash is 32 bytes")
    return struct.pack(">BBQQ", 0, 1, timestamp_ms, size) + root_hash
