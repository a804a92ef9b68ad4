"""Designated persons and entities, and matching a counterpart's name against them.

DPRK names reach a manifest romanised in several ways (McCune-Reischauer "Ryonbong",
Revised Romanization "Ryeonbong", a typist's "Ryonpong"), with hyphens moved, word order
changed and company forms ("Co., Ltd.", "Corp.") added or dropped. A name is therefore
compared in a *folded* form that erases those differences, and scored with rapidfuzz on
that form; every match says which listed name or alias it met, its score, and why.
The threshold and its measured precision and recall are in docs/sanctions.md.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from rapidfuzz import fuzz, process

DEFAULT_THRESHOLD = 88.0
"""Score (0–100) from which a name counts as a match; measured in bench/name_matching.py."""

EXTRACT = "un-1718-dprk-2025-08-02.json"


@dataclass(frozen=True, slots=True)
class Designation:
    """One record of the UN list: a person or an entity with its aliases."""

    reference: str
    kind: str  # "individual" | "entity"
    name: str
    aliases: tuple[str, ...]
    listed_on: str
    regime: str


@dataclass(frozen=True, slots=True)
class NameMatch:
    name: str
    designation: Designation
    alias: str | None
    score: float
    why: str


# Parsing the UN list ------------------------------------------------------------------------


def _text(node: ET.Element, tag: str) -> str:
    found = node.find(tag)
    return (found.text or "").strip() if found is not None else ""


def parse_un_list(data: bytes, *, regime: str | None = None) -> list[Designation]:
    """The records of a UN consolidated list (legacy XML); only `regime`'s when given."""
    root = ET.fromstring(data)
    out: list[Designation] = []
    for kind, path, alias_tag in (
        ("individual", "INDIVIDUALS/INDIVIDUAL", "INDIVIDUAL_ALIAS"),
        ("entity", "ENTITIES/ENTITY", "ENTITY_ALIAS"),
    ):
        for node in root.iterfind(path):
            listed_regime = _text(node, "UN_LIST_TYPE")
            if regime is not None and listed_regime != regime:
                continue
            parts = [
                _text(node, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            aliases = tuple(
                a
                for a in (_text(al, "ALIAS_NAME") for al in node.iterfind(alias_tag))
                if a and a != name
            )
            out.append(
                Designation(
                    _text(node, "REFERENCE_NUMBER"),
                    kind,
                    name,
                    aliases,
                    _text(node, "LISTED_ON"),
                    listed_regime,
                )
            )
    return out


def to_extract(records: Sequence[Designation], generated: str) -> dict[str, object]:
    """The compact form shipped in src/tandem/data/sanctions/ (see its SOURCE.md)."""
    return {
        "generated": generated,
        "records": [
            {
                "reference": r.reference,
                "kind": r.kind,
                "name": r.name,
                "aliases": list(r.aliases),
                "listed_on": r.listed_on,
                "regime": r.regime,
            }
            for r in records
        ],
    }


@lru_cache(maxsize=1)
def dprk_list() -> tuple[Designation, ...]:
    """The DPRK designations shipped with Tandem (the 1718 list of 2025-08-02)."""
    text = resources.files("tandem.data").joinpath("sanctions", EXTRACT).read_text("utf-8")
    data = json.loads(text)
    return tuple(
        Designation(
            r["reference"], r["kind"], r["name"], tuple(r["aliases"]), r["listed_on"], r["regime"]
        )
        for r in data["records"]
    )


# Folding names ------------------------------------------------------------------------------

_FORMS = frozenset(
    {
        *("co", "company", "corp", "corporation", "ltd", "limited", "inc", "incorporated"),
        *("llc", "plc", "jsc", "sa", "ag", "gmbh", "the", "of", "and"),
    }
)
"""Company forms and filler words: "Co., Ltd." and "Corporation" say nothing of who it is."""

_KOREA = frozenset({"korea", "choson", "chosun", "joson", "joseon", "chosen"})
"""Choson / Chosun / Joseon are the Korean name of Korea; DPRK companies use either."""

# Romanization: Revised Romanization and McCune-Reischauer spellings of the same syllables,
# and the voiced/voiceless pairs a typist mixes up (b/p, d/t, g/k, j/ch), fold to one form.
_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("eo", "o"),
    ("eu", "u"),
    ("oo", "u"),
    ("ae", "e"),
    ("wo", "o"),
    ("sh", "s"),
    ("ch", "j"),
    ("tch", "j"),
    ("kk", "k"),
    ("tt", "t"),
    ("pp", "p"),
    ("ss", "s"),
    ("b", "p"),
    ("d", "t"),
    ("g", "k"),
    ("l", "r"),
    ("h", ""),
)


@lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    """One word folded (kept: names are made of few distinct words)."""
    if token in _KOREA:
        return "korea"
    for old, new in _SPELLINGS:
        token = token.replace(old, new)
    if token.startswith(("ri", "ry", "yi")) and len(token) > 2:
        token = token[1:]  # Ri / Yi / Lee, Ryong / Yong: the initial r is often dropped
    return token


def _ascii(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


_APOSTROPHES = re.compile(r"['’`ʼ‘]")
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(name: str, *, split: bool = False) -> str:
    """A name in the form matches are scored on: folded tokens, sorted, company forms gone.

    Hyphens join syllables ("Ho-jin" and "Hojin" are one word), or with `split` separate
    them ("Ho Jin"): names are compared in both forms. Word order is erased.
    """
    text = _APOSTROPHES.sub("", _ascii(name)).replace("-", " " if split else "")
    tokens = [t for t in _NOT_LETTERS.split(text) if t and t not in _FORMS]
    return " ".join(sorted(_fold_token(t) for t in tokens))


def _explain(query: str, listed: str, score: float) -> str:
    q, t = fold(query), fold(listed)
    if query.strip().lower() == listed.strip().lower():
        return "the same name"
    if q == t or fold(query, split=True) == fold(listed, split=True):
        return (
            f"the same name once romanization, hyphens, word order and company forms are "
            f"set aside ({q!r})"
        )
    return f"similar after folding ({q!r} against {t!r}, {score:.0f} of 100)"


# Matching -----------------------------------------------------------------------------------


class Matcher:
    """Names against a list, with every listed name and alias folded once."""

    def __init__(self, records: Iterable[Designation]) -> None:
        self.records = tuple(records)
        self._choices: list[str] = []
        self._owners: list[tuple[Designation, str | None]] = []
        self._index: dict[str, list[int]] = {}
        for r in self.records:
            for alias in (None, *r.aliases):
                listed = alias if alias is not None else r.name
                for folded in {fold(listed), fold(listed, split=True)}:
                    if not folded:
                        continue
                    self._index.setdefault(folded, []).append(len(self._choices))
                    self._choices.append(folded)
                    self._owners.append((r, alias))
        # Listed forms by length: a score of t% needs lengths within a factor, so each
        # query is scored only against the forms whose length allows it.
        order = sorted(range(len(self._choices)), key=lambda i: len(self._choices[i]))
        self._choices = [self._choices[i] for i in order]
        self._owners = [self._owners[i] for i in order]
        self._index = {}
        for i, folded in enumerate(self._choices):
            self._index.setdefault(folded, []).append(i)
        self._lengths = [len(c) for c in self._choices]

    def match(self, name: str, threshold: float = DEFAULT_THRESHOLD) -> list[NameMatch]:
        """The listed records `name` matches at or above `threshold`, best first, one per record."""
        return self.match_many([name], threshold)[0]

    def match_many(
        self, names: Sequence[str], threshold: float = DEFAULT_THRESHOLD
    ) -> list[list[NameMatch]]:
        """`match` for many names at once: exact folded forms by dictionary, the rest scored
        against the listed forms of a compatible length in one rapidfuzz matrix per chunk
        (Indel similarity)."""
        hits: list[list[tuple[float, int]]] = [[] for _ in names]
        pending: list[tuple[int, str]] = []
        for n, name in enumerate(names):
            forms = {fold(name), fold(name, split=True)} - {""}
            exact = [(100.0, i) for form in forms for i in self._index.get(form, ())]
            if exact:
                hits[n] = exact
            else:
                pending.extend((n, form) for form in sorted(forms))
        rows: dict[str, list[int]] = {}
        for n, form in pending:
            rows.setdefault(form, []).append(n)
        by_length: dict[int, list[str]] = {}
        for form in rows:
            by_length.setdefault(len(form), []).append(form)
        # Indel similarity 1 - d/(a+b) >= t needs |a-b| <= (1-t)(a+b): b within these bounds.
        c = 1 - threshold / 100
        for length, same in sorted(by_length.items()):
            lo = bisect_left(self._lengths, length * (1 - c) / (1 + c) - 1e-9)
            hi = bisect_right(self._lengths, length * (1 + c) / (1 - c) + 1e-9)
            if lo >= hi:
                continue
            for start in range(0, len(same), _CHUNK):
                chunk = same[start : start + _CHUNK]
                scores = process.cdist(
                    chunk,
                    self._choices[lo:hi],
                    scorer=fuzz.ratio,
                    score_cutoff=threshold,
                    dtype=np.float32,
                    workers=-1,
                )
                found, columns = np.nonzero(scores >= threshold)
                for row, column in zip(found.tolist(), columns.tolist(), strict=True):
                    for n in rows[chunk[row]]:
                        hits[n].append((float(scores[row, column]), lo + column))
        return [self._best(name, found) for name, found in zip(names, hits, strict=True)]

    def _best(self, name: str, hits: list[tuple[float, int]]) -> list[NameMatch]:
        best: dict[str, NameMatch] = {}
        for score, i in sorted(hits, key=lambda h: (-h[0], h[1])):
            record, alias = self._owners[i]
            if record.reference in best:
                continue
            listed = alias if alias is not None else record.name
            best[record.reference] = NameMatch(
                name, record, alias, round(score, 1), _explain(name, listed, score)
            )
        return list(best.values())[:MAX_MATCHES]


_CHUNK = 2000
"""Query forms scored per matrix: 2,000 × the list's forms of float32 stays near 50 MB for
the whole UN list."""

MAX_MATCHES = 10


@lru_cache(maxsize=1)
def dprk_matcher() -> Matcher:
    return Matcher(dprk_list())
