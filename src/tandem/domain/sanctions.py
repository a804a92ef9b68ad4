"""Sanctions screening: the rulebook, manifests, and the findings a manifest gives.

Pure rules: the rulebook is data (src/tandem/data/rulebooks/*.toml), read and linted here;
a manifest is parsed here, all or nothing; `screen` applies the rules in force on a date
to every line and names every match against the designated persons and entities.
docs/sanctions.md describes the formats and what screening does and does not do.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from tandem.domain.designations import DEFAULT_THRESHOLD, Matcher, NameMatch
from tandem.domain.errors import InvalidInput, NotFound

RULEBOOK = "unsc-dprk.toml"
MANIFEST_VERSION = 1
MAX_LINES = 1_000_000
"""More lines than any real manifest; a bound so that a mistaken file fails early."""


class Effect(StrEnum):
    PROHIBITED = "prohibited"
    CAPPED = "capped"
    INSPECTION = "inspection"
    ALLOWED = "allowed"


class Verdict(StrEnum):
    """The strongest finding of a manifest, weakest first (the order is the ranking)."""

    CLEAR = "clear"
    REPORTABLE = "reportable"
    REQUIRES_EXEMPTION = "requires_exemption"
    PROHIBITED = "prohibited"

    @property
    def rank(self) -> int:
        return _RANK[self]


DIRECTIONS = ("to_dprk", "from_dprk")
TRANSPORTS = ("rail", "road", "sea", "air")
SERVICES = (
    "none",
    "joint_venture",
    "financial",
    "labour",
    "technical_cooperation",
    "vessel_service",
)
EXEMPTION_PATHS = ("committee", "notification", "general", "none")

UNCHECKED = "paragraph not yet checked"
"""What is shown instead of a paragraph number that was not checked against the official
text or a reliable source: such a number is never cited (docs/sanctions.md)."""


def cites(resolution: str, paragraph: str | None) -> str:
    """How a finding or rule cites its paragraph: "2397 OP5", or "2397 (paragraph not yet
    checked)" when the number is unchecked (null). Stored findings keep what they said."""
    return f"{resolution} OP{paragraph}" if paragraph else f"{resolution} ({UNCHECKED})"


# HS codes -----------------------------------------------------------------------------------


def hs_problem(code: str) -> str | None:
    """Why `code` is not an HS code of 2, 4 or 6 digits in chapters 01–97 (not 77), or None.

    Only the form is checked: the full nomenclature is not available offline.
    """
    if not code.isascii() or not code.isdigit() or len(code) not in (2, 4, 6):
        return (
            f"'{code}' is not an HS code: give 2, 4 or 6 digits (a chapter, heading or subheading)"
        )
    chapter = int(code[:2])
    if not 1 <= chapter <= 97 or chapter == 77:
        return f"'{code}' is not an HS code: chapters run from 01 to 97, and 77 is reserved"
    return None


def _overlaps(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


# The rulebook -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cap:
    quantity: Decimal
    unit: str
    period: str
    reporting: str


@dataclass(frozen=True, slots=True)
class Exemption:
    path: str
    says: str = ""


@dataclass(frozen=True, slots=True)
class GeneralExemption:
    resolution: str
    paragraph: str
    start: date
    says: str
    source: str


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    resolution: str
    paragraph: str | None
    """None when the paragraph number is unchecked (`paragraph_checked = false`)."""
    adopted: date
    start: date
    title: str
    direction: str  # to_dprk | from_dprk | any
    effect: Effect
    hs: tuple[str, ...]
    hs_basis: str
    keywords: tuple[str, ...]
    services: tuple[str, ...]
    designated: bool
    goods: bool
    exemption: Exemption
    source: str
    cap: Cap | None = None
    replaces: tuple[str, ...] = ()
    overrides: tuple[str, ...] = ()
    hs_checked: bool = True
    unverified: str = ""
    note: str = ""

    @property
    def paragraph_checked(self) -> bool:
        return self.paragraph is not None

    @property
    def verified(self) -> bool:
        """Both the paragraph number and the HS codes were checked."""
        return self.paragraph_checked and self.hs_checked

    def cites(self) -> str:
        return cites(self.resolution, self.paragraph)

    def view(self) -> dict[str, Any]:
        """The rule as `tandem rules show` and the API print it."""
        return {
            "id": self.id,
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "adopted": self.adopted.isoformat(),
            "applies_from": self.start.isoformat(),
            "title": self.title,
            "direction": self.direction,
            "effect": self.effect.value,
            "matches": {
                "hs": list(self.hs),
                "hs_basis": self.hs_basis or None,
                "keywords": list(self.keywords),
                "services": list(self.services),
                "designated": self.designated,
                "goods": self.goods,
            },
            "cap": None
            if self.cap is None
            else {
                "quantity": str(self.cap.quantity),
                "unit": self.cap.unit,
                "period": self.cap.period,
                "reporting": self.cap.reporting,
            },
            "exemption": {"path": self.exemption.path, "says": self.exemption.says or None},
            "replaces": list(self.replaces),
            "overrides": list(self.overrides),
            "paragraph_checked": self.paragraph_checked,
            "hs_checked": self.hs_checked,
            "verified": self.verified,
            "unverified": self.unverified or None,
            "source": self.source,
            "note": self.note or None,
        }


RENAMED = {
    "2375-14": "2375-refined-petroleum",
    "2375-16": "2375-textiles",
    "2397-6-other": "2397-other-exports",
    "2397-7-machinery": "2397-machinery",
    "2397-7-vehicles": "2397-vehicles",
    "2397-7-metals": "2397-metals",
}
"""Ids that cited a paragraph number not yet checked, and their names since (screenings
recorded before the rename keep the old ids)."""


@dataclass(frozen=True)
class Rulebook:
    id: str
    version: str
    title: str
    rules: tuple[Rule, ...]
    general: tuple[GeneralExemption, ...]
    resolutions: tuple[dict[str, str], ...]
    _in_force: dict[date, InForce] = field(default_factory=dict, compare=False, repr=False)

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        hint = f"; it is now '{RENAMED[rule_id]}'" if rule_id in RENAMED else ""
        raise NotFound(
            f"the rulebook has no rule '{rule_id}'{hint}; `tandem rules list` shows them"
        )

    def ends(self, rule: Rule) -> date | None:
        """The day a later rule replaces `rule` (the day that rule applies from), or None."""
        starts = [r.start for r in self.rules if rule.id in r.replaces]
        return min(starts) if starts else None

    def in_force(self, on: date) -> InForce:
        """The rules that apply on `on`, indexed for screening (kept per date)."""
        found = self._in_force.get(on)
        if found is None:
            active = [
                r
                for r in self.rules
                if r.start <= on and ((end := self.ends(r)) is None or on < end)
            ]
            general = [g for g in self.general if g.start <= on]
            found = InForce(on, tuple(active), max(general, key=lambda g: g.start, default=None))
            if len(self._in_force) > 64:
                self._in_force.clear()
            self._in_force[on] = found
        return found


class InForce:
    """The rules of one date, with the HS prefixes looked up in a dictionary per line."""

    def __init__(self, on: date, rules: tuple[Rule, ...], general: GeneralExemption | None):
        self.on = on
        self.rules = rules
        self.general = general
        self.by_hs: dict[str, list[Rule]] = {}
        """Rules under each HS code they name: a line's 2-, 4- and 6-digit prefixes find them."""
        self.coarser: dict[str, list[Rule]] = {}
        """Rules under each shorter prefix of a code they name: a line whose code is coarser
        than a rule's (HS 86 against a rule on 8601) may be such goods."""
        for r in rules:
            if r.effect is Effect.INSPECTION:
                continue
            for code in r.hs:
                self.by_hs.setdefault(code, []).append(r)
                for n in (2, 4):
                    if n < len(code) and r not in self.coarser.setdefault(code[:n], []):
                        self.coarser[code[:n]].append(r)
        self.keyword_only = [
            r for r in rules if r.keywords and not r.hs and r.effect is not Effect.INSPECTION
        ]
        self.by_service: dict[str, list[Rule]] = {}
        for r in rules:
            for s in r.services:
                self.by_service.setdefault(s, []).append(r)
        self.goods = [r for r in rules if r.goods]
        self.designated = [r for r in rules if r.designated]
        self.overriding = frozenset(r.id for r in rules if r.overrides)
        self.decided: dict[str, tuple[str | None, Verdict]] = {}
        """Each rule's exemption text and the verdict its finding gives on this date."""
        for r in rules:
            exemption = self.exemption(r) if r.effect is Effect.PROHIBITED else None
            self.decided[r.id] = (exemption, _verdict(r.effect, exemption))
        self.by_code: dict[
            tuple[str, str], tuple[tuple[tuple[Rule, str], ...], tuple[Rule, ...]]
        ] = {}
        """HS findings (rule, reason) per HS code and direction, kept as lines meet them."""
        self.goods_hits = {
            (transport, direction): tuple(
                (r, _GOODS[transport, direction])
                for r in rules
                if r.goods and r.direction in ("any", direction)
            )
            for transport in (*TRANSPORTS, None)
            for direction in DIRECTIONS
        }
        self.service_hits = {
            (service, direction): tuple(
                (r, f"the line is a service of kind {service}")
                for r in rules
                if service in r.services and r.direction in ("any", direction)
            )
            for service in SERVICES
            for direction in DIRECTIONS
        }
        self.words: dict[str, re.Pattern[str] | None] = {}
        """Per direction, the keywords of the rules that match descriptions alone."""
        for direction in DIRECTIONS:
            said = [
                w
                for r in self.keyword_only
                if r.direction in ("any", direction)
                for w in r.keywords
            ]
            self.words[direction] = (
                re.compile("|".join(re.escape(w) for w in said)) if said else None
            )
        self.templates: dict[
            tuple[str, str, str | None, bool],
            tuple[tuple[tuple[str, str, str | None, Effect, str | None, str], ...], Verdict],
        ] = {}
        """The findings (less the line number) of goods lines already screened, by HS code,
        direction, transport and return: lines alike get them without being screened."""
        self.said: dict[tuple[str, str, bool], str] = {}
        """`why` texts already written (those that do not depend on a line's quantity)."""
        self.reasons: dict[tuple[str, str], str] = {}
        """`_hs_reason` per rule and HS code."""

    def code_hits(
        self, code: str, direction: str
    ) -> tuple[tuple[tuple[Rule, str], ...], tuple[Rule, ...]]:
        """The rules an HS code meets in a direction, with the reason; and apart, those that
        also need a keyword in the description."""
        candidates: list[Rule] = []
        for n in (2, 4, 6):
            if n <= len(code):
                candidates.extend(self.by_hs.get(code[:n], ()))
        candidates.extend(self.coarser.get(code, ()))
        out: dict[str, tuple[Rule, str]] = {}
        worded: dict[str, Rule] = {}
        for r in candidates:
            if r.id in out or r.direction not in ("any", direction):
                continue
            if r.keywords:
                worded[r.id] = r
            else:
                out[r.id] = (r, _hs_reason(r, code))
        hits = (tuple(out.values()), tuple(worded.values()))
        if len(self.by_code) < 200_000:
            self.by_code[code, direction] = hits
        return hits

    def canon(self, code: str) -> str:
        """The shortest prefix of an HS code that meets the same rules: the chapter or
        heading when no rule names anything finer within it (8605 screens as 86)."""
        for n in (2, 4):
            if n < len(code) and code[:n] not in self.coarser:
                return code[:n]
        return code

    def exemption(self, rule: Rule) -> str | None:
        """What a finding of `rule` says about its exemption path on this date, or None."""
        path = rule.exemption.path
        if path == "none":
            return None
        if path == "general":
            g = self.general
            if g is None:
                return None
            return f"{g.resolution} OP{g.paragraph}: {g.says}"
        return rule.exemption.says or path


def _date(value: object, where: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidInput(f"{where}: '{value}' is not a date; write it as YYYY-MM-DD")


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(f"{where} should be a list of strings")
    return tuple(value)


def lint(data: Mapping[str, Any]) -> list[str]:
    """Every problem of a rulebook read from TOML, as sentences; an empty list when sound."""
    problems: list[str] = []
    raw_rules = data.get("rule")
    if not isinstance(raw_rules, list) or not raw_rules:
        return ["the rulebook has no [[rule]] tables"]
    if not isinstance(data.get("rulebook"), dict) or not data["rulebook"].get("id"):
        problems.append("the rulebook has no [rulebook] table with an id")
    ids: set[str] = set()
    for i, r in enumerate(raw_rules, start=1):
        rid = r.get("id") if isinstance(r, dict) else None
        where = f"rule {rid or f'#{i}'}"
        if not isinstance(r, dict) or not rid:
            problems.append(f"rule #{i} has no id")
            continue
        if rid in ids:
            problems.append(f"{where}: the id is used twice; give each rule its own id")
        ids.add(rid)
        for key in ("resolution", "title"):
            if not isinstance(r.get(key), str) or not r[key].strip():
                problems.append(f"{where}: '{key}' is missing")
        problems.extend(_paragraph_problems(r, where))
        if not isinstance(r.get("source"), str) or not r["source"].startswith(
            ("http://", "https://")
        ):
            problems.append(
                f"{where}: every rule needs a source (the address where the fact was seen)"
            )
        if r.get("direction") not in (*DIRECTIONS, "any"):
            problems.append(f"{where}: direction is to_dprk, from_dprk or any")
        if r.get("effect") not in tuple(Effect):
            problems.append(f"{where}: effect is one of {', '.join(Effect)}")
        for key in ("adopted", "applies_from"):
            if key in r and not isinstance(r[key], date):
                problems.append(f"{where}: '{key}' should be a date (YYYY-MM-DD)")
        if "adopted" not in r:
            problems.append(f"{where}: 'adopted' is missing")
        match = r.get("match", {})
        if not isinstance(match, dict):
            problems.append(f"{where}: 'match' should be a table")
            match = {}
        for code in match.get("hs", []):
            why = hs_problem(str(code))
            if why:
                problems.append(f"{where}: {why}")
        if match.get("hs") and match.get("hs_basis") not in ("resolution", "tandem"):
            problems.append(
                f"{where}: say whether the HS codes come from the resolution or are Tandem's "
                'classification (hs_basis = "resolution" or "tandem")'
            )
        for s in match.get("services", []):
            if s not in SERVICES or s == "none":
                problems.append(f"{where}: '{s}' is not a service of the manifest format")
        if not any(match.get(k) for k in ("hs", "keywords", "services", "designated", "goods")):
            problems.append(
                f"{where}: it matches nothing (give hs, keywords, services, designated or goods)"
            )
        exemption = r.get("exemption", {})
        if not isinstance(exemption, dict) or exemption.get("path") not in EXEMPTION_PATHS:
            problems.append(f"{where}: exemption.path is one of {', '.join(EXEMPTION_PATHS)}")
        elif exemption.get("path") in ("committee", "notification") and not exemption.get("says"):
            problems.append(f"{where}: say what the exemption path is (exemption.says)")
        if r.get("effect") == "capped" and not isinstance(r.get("cap"), dict):
            problems.append(
                f"{where}: a capped rule gives its cap (quantity, unit, period, reporting)"
            )
        if "verified" in r:
            problems.append(
                f"{where}: 'verified' is no longer read; say what is unchecked with "
                "paragraph_checked = false and/or hs_checked = false"
            )
        hs_checked = r.get("hs_checked", True)
        if not isinstance(hs_checked, bool):
            problems.append(f"{where}: hs_checked is true or false")
        elif not hs_checked and not match.get("hs"):
            problems.append(f"{where}: hs_checked = false, but the rule names no HS codes")
        unchecked = r.get("paragraph_checked", True) is False or hs_checked is False
        if unchecked and not r.get("unverified"):
            problems.append(
                f'{where}: a rule with something unchecked says what and why (unverified = "…")'
            )
    for r in raw_rules:
        if not isinstance(r, dict):
            continue
        for key in ("replaces", "overrides"):
            for other in r.get(key, []):
                if other not in ids:
                    problems.append(f"rule {r.get('id')}: {key} '{other}', which is no rule")
    if problems:
        return problems
    try:
        book = _build(data)
    except InvalidInput as exc:
        return [exc.message]
    return _contradictions(book)


_CITED = re.compile(
    r"(?:\b(\d{4})(?:\s*\(\d{4}\))?\s*)?(?<![a-z])(?:op|paragraphs?(?:\s+numbers?)?|paras?\.?)"
    r"\s*\(?\d",
    re.IGNORECASE,
)
"""A paragraph number cited in text: "OP7", "paragraph 7", "the paragraph number (7)",
"para. 7"; group 1 is the resolution written before it ("2321 OP46"), if any."""

_TEXTS = (
    ("title",),
    ("note",),
    ("unverified",),
    ("exemption", "says"),
    ("cap", "period"),
    ("cap", "reporting"),
)


def _paragraph_problems(r: Mapping[str, Any], where: str) -> list[str]:
    """A checked paragraph is given; an unchecked one is cited nowhere in the rule: not as
    `paragraph`, not in the id, not in a text field (a paragraph of another resolution,
    written after that resolution's number, may be named: "2321 OP46")."""
    checked = r.get("paragraph_checked", True)
    if not isinstance(checked, bool):
        return [f"{where}: paragraph_checked is true or false"]
    paragraph = r.get("paragraph")
    if checked:
        if not isinstance(paragraph, str) or not paragraph.strip():
            return [
                f"{where}: 'paragraph' is missing (if its number is not checked, say "
                "paragraph_checked = false and leave it out)"
            ]
        return []
    problems: list[str] = []
    if paragraph is not None:
        problems.append(
            f"{where}: its paragraph number is unchecked and is never cited; remove "
            "'paragraph' (or set paragraph_checked = true once it is checked, with the source)"
        )
    resolution = str(r.get("resolution", ""))
    if re.search(r"\d", str(r["id"]).removeprefix(resolution)):
        problems.append(
            f"{where}: its id cites a number, but its paragraph number is unchecked; name it "
            f"by what it covers (e.g. {resolution or '2397'}-vehicles)"
        )
    for path in _TEXTS:
        text: Any = r
        for key in path:
            text = text.get(key) if isinstance(text, dict) else None
        if not isinstance(text, str):
            continue
        for m in _CITED.finditer(text):
            if m.group(1) is None or m.group(1) == resolution:
                problems.append(
                    f"{where}: its {'.'.join(path)} cites a paragraph number "
                    f"('{m.group(0).strip()}'), but its paragraph number is unchecked; "
                    "leave the number out"
                )
                break
    return problems


_DECISIVE = {Effect.PROHIBITED, Effect.CAPPED, Effect.ALLOWED}


def _contradictions(book: Rulebook) -> list[str]:
    """Pairs of rules in force together on overlapping goods or services, same direction,
    with different effects, where neither replaces or overrides the other."""
    problems: list[str] = []
    rules = [r for r in book.rules if r.effect in _DECISIVE]
    for i, a in enumerate(rules):
        for b in rules[i + 1 :]:
            if a.effect is b.effect:
                continue
            if a.direction != b.direction and "any" not in (a.direction, b.direction):
                continue
            a_end, b_end = book.ends(a), book.ends(b)
            if (a_end is not None and a_end <= b.start) or (b_end is not None and b_end <= a.start):
                continue
            same = (
                any(_overlaps(x, y) for x in a.hs for y in b.hs)
                or bool(set(a.services) & set(b.services))
                or (a.designated and b.designated)
                or (not a.hs and not b.hs and bool(set(a.keywords) & set(b.keywords)))
            )
            if not same:
                continue
            linked = {a.id, b.id} & (
                set(a.replaces) | set(a.overrides) | set(b.replaces) | set(b.overrides)
            )
            if not linked:
                problems.append(
                    f"rules {a.id} ({a.effect}) and {b.id} ({b.effect}) match the same goods or "
                    "services at the same time and contradict each other; say which controls "
                    "with `overrides` or `replaces`"
                )
    return problems


def _build(data: Mapping[str, Any]) -> Rulebook:
    rules: list[Rule] = []
    for r in data["rule"]:
        match = r.get("match", {})
        cap = r.get("cap")
        adopted = _date(r["adopted"], f"rule {r['id']}")
        rules.append(
            Rule(
                id=r["id"],
                resolution=r["resolution"],
                paragraph=r["paragraph"] if r.get("paragraph_checked", True) else None,
                adopted=adopted,
                start=_date(r.get("applies_from", adopted), f"rule {r['id']}"),
                title=r["title"],
                direction=r["direction"],
                effect=Effect(r["effect"]),
                hs=tuple(str(c) for c in match.get("hs", [])),
                hs_basis=match.get("hs_basis", ""),
                keywords=tuple(k.lower() for k in _strings(match.get("keywords"), r["id"])),
                services=_strings(match.get("services"), r["id"]),
                designated=bool(match.get("designated", False)),
                goods=bool(match.get("goods", False)),
                exemption=Exemption(r["exemption"]["path"], r["exemption"].get("says", "")),
                source=r["source"],
                cap=None
                if cap is None
                else Cap(
                    Decimal(str(cap["quantity"])), cap["unit"], cap["period"], cap["reporting"]
                ),
                replaces=_strings(r.get("replaces"), r["id"]),
                overrides=_strings(r.get("overrides"), r["id"]),
                hs_checked=bool(r.get("hs_checked", True)),
                unverified=r.get("unverified", ""),
                note=r.get("note", ""),
            )
        )
    general = tuple(
        GeneralExemption(
            g["resolution"],
            g["paragraph"],
            _date(g["from"], "general_exemption"),
            g["says"],
            g["source"],
        )
        for g in data.get("general_exemption", [])
    )
    head = data.get("rulebook", {})
    return Rulebook(
        head.get("id", ""),
        str(head.get("version", "")),
        head.get("title", ""),
        tuple(rules),
        general,
        tuple({k: str(v) for k, v in res.items()} for res in data.get("resolution", [])),
    )


def parse_rulebook(text: str) -> Rulebook:
    """A rulebook from TOML text; refused with every problem the lint finds."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"the rulebook is not valid TOML: {exc}") from None
    problems = lint(data)
    if problems:
        raise InvalidInput(f"the rulebook has {len(problems)} problem(s): " + "; ".join(problems))
    return _build(data)


@lru_cache(maxsize=1)
def rulebook() -> Rulebook:
    """The rulebook shipped with Tandem."""
    text = resources.files("tandem.data").joinpath("rulebooks", RULEBOOK).read_text("utf-8")
    return parse_rulebook(text)


# Manifests ----------------------------------------------------------------------------------

COLUMNS = (
    "description",
    "hs_code",
    "quantity",
    "unit",
    "value",
    "currency",
    "direction",
    "returns",
    "transport",
    "end_user",
    "counterparties",
    "vessel_name",
    "vessel_imo",
    "service",
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line item of a manifest; `number` counts data rows from 1."""

    number: int
    description: str
    direction: str
    hs_code: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    value: Decimal | None = None
    currency: str | None = None
    returns: bool = False
    transport: str | None = None
    end_user: str | None = None
    counterparties: tuple[str, ...] = ()
    vessel_name: str | None = None
    vessel_imo: str | None = None
    service: str = "none"

    def to_json(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "hs_code": self.hs_code,
            "quantity": None if self.quantity is None else str(self.quantity),
            "unit": self.unit,
            "value": None if self.value is None else str(self.value),
            "currency": self.currency,
            "direction": self.direction,
            "returns": self.returns,
            "transport": self.transport,
            "end_user": self.end_user,
            "counterparties": list(self.counterparties),
            "vessel_name": self.vessel_name,
            "vessel_imo": self.vessel_imo,
            "service": self.service,
        }


_FORMAT = re.compile(r"^#\s*tandem-manifest\s+(\S+)")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_UNIT = re.compile(r"^[a-z][a-z0-9 ./%-]{0,15}$")
_MAX_TEXT = 500


def imo_problem(text: str) -> str | None:
    """Why `text` is not a ship IMO number (7 digits with a check digit), or None."""
    digits = text.upper().removeprefix("IMO").strip()
    if not (len(digits) == 7 and digits.isascii() and digits.isdigit()):
        return f"'{text}' is not an IMO number: write the 7 digits, e.g. 9074729"
    check = sum(int(d) * w for d, w in zip(digits[:6], range(7, 1, -1), strict=True)) % 10
    if check != int(digits[6]):
        return f"'{text}' is not an IMO number: its check digit should be {check}"
    return None


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value > Decimal("1e15"):
        return None
    return value


def _hs(text: str) -> str:
    return text.replace(".", "").replace(" ", "")


def _row(number: int, raw: Mapping[str, str]) -> tuple[Line | None, list[str]]:
    """One data row checked; the errors name the row and the column."""
    errors: list[str] = []

    def bad(column: str, why: str) -> None:
        errors.append(f"row {number}, column {column}: {why}")

    get = {k: (v or "").strip() for k, v in raw.items()}
    for k, v in get.items():
        if len(v) > _MAX_TEXT:
            bad(k, f"at most {_MAX_TEXT} characters")
    description = get.get("description", "")
    if not description:
        bad("description", "say what the item or service is")
    direction = get.get("direction", "")
    if direction not in DIRECTIONS:
        bad("direction", f"'{direction}' should be to_dprk or from_dprk")
    hs = _hs(get.get("hs_code", "")) or None
    if hs is not None and (why := hs_problem(hs)):
        bad("hs_code", why)
    service = get.get("service", "") or "none"
    if service not in SERVICES:
        bad("service", f"'{service}' should be one of {', '.join(SERVICES)}")
    if hs is None and service == "none":
        bad("hs_code", "give an HS code for goods, or a service")
    quantity = unit = None
    if get.get("quantity"):
        quantity = _decimal(get["quantity"])
        if quantity is None:
            bad("quantity", f"'{get['quantity']}' should be a number of 0 or more")
        unit = get.get("unit", "").lower() or None
        if unit is None or not _UNIT.match(unit):
            bad("unit", "a quantity needs its unit (e.g. l, kg, t, bbl, pcs)")
    elif get.get("unit"):
        unit = get["unit"].lower()
    value = currency = None
    if get.get("value"):
        value = _decimal(get["value"])
        if value is None:
            bad("value", f"'{get['value']}' should be an amount of 0 or more")
        currency = get.get("currency", "").upper() or None
        if currency is None or not _CURRENCY.match(currency):
            bad("currency", "a value needs its currency as three letters (e.g. USD, KRW, EUR)")
    returns_text = get.get("returns", "").lower() or "no"
    if returns_text not in ("yes", "no"):
        bad("returns", f"'{returns_text}' should be yes or no")
    transport = get.get("transport", "").lower() or None
    if transport is not None and transport not in TRANSPORTS:
        bad("transport", f"'{transport}' should be one of {', '.join(TRANSPORTS)}")
    imo = get.get("vessel_imo") or None
    if imo is not None:
        if why := imo_problem(imo):
            bad("vessel_imo", why)
        else:
            imo = imo.upper().removeprefix("IMO").strip()
    counterparties = tuple(c.strip() for c in get.get("counterparties", "").split(";") if c.strip())
    if errors:
        return None, errors
    return (
        Line(
            number,
            description,
            direction,
            hs,
            quantity,
            unit,
            value,
            currency,
            returns_text == "yes",
            transport,
            get.get("end_user") or None,
            counterparties,
            get.get("vessel_name") or None,
            imo,
            service,
        ),
        [],
    )


def _check_columns(columns: Sequence[str]) -> None:
    seen: set[str] = set()
    for c in columns:
        if c not in COLUMNS:
            raise InvalidInput(
                f"the manifest has an unknown column '{c}'; the columns are {', '.join(COLUMNS)}"
            )
        if c in seen:
            raise InvalidInput(f"the manifest names the column '{c}' twice")
        seen.add(c)
    missing = [c for c in ("description", "direction") if c not in seen]
    if missing:
        raise InvalidInput(f"the manifest has no column {' or '.join(missing)}; both are required")
    if "hs_code" not in seen and "service" not in seen:
        raise InvalidInput("the manifest needs a column hs_code or service (or both)")


def _finish(rows: Iterable[tuple[int, Mapping[str, str]]]) -> tuple[Line, ...]:
    lines: list[Line] = []
    errors: list[str] = []
    for number, raw in rows:
        if number > MAX_LINES:
            raise InvalidInput(f"a manifest holds at most {MAX_LINES:,} lines")
        line, errs = _row(number, raw)
        if line is not None:
            lines.append(line)
        errors.extend(errs)
    if errors:
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        raise InvalidInput(
            f"the manifest was not read; fix {'these rows' if len(errors) > 1 else 'this row'}: "
            + "; ".join(errors[:10])
            + more
        )
    if not lines:
        raise InvalidInput("the manifest has no lines; `tandem screen --template` shows the format")
    return tuple(lines)


def parse_csv(text: str) -> tuple[Line, ...]:
    """A CSV manifest (format 1): a header row naming columns in any order, then data rows.

    Lines starting with '#' before the header are comments; '# tandem-manifest 1' says the
    format. Nothing is returned unless every row is sound.
    """
    body = text.lstrip("\ufeff")
    while body.startswith("#") or body[:1] in ("\n", "\r"):
        first, _, body = body.partition("\n")
        said = _FORMAT.match(first)
        if said and said.group(1) != str(MANIFEST_VERSION):
            raise InvalidInput(
                f"this is manifest format {said.group(1)}; Tandem reads format {MANIFEST_VERSION}"
            )
    reader = csv.reader(io.StringIO(body, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInput(
            "the manifest is empty; `tandem screen --template` shows the format"
        ) from None
    columns = [h.strip().lower() for h in header]
    _check_columns(columns)

    def rows() -> Iterable[tuple[int, Mapping[str, str]]]:
        for number, row in enumerate(reader, start=1):
            if not any(cell.strip() for cell in row):
                raise InvalidInput(f"row {number} is empty; remove it")
            if len(row) != len(columns):
                raise InvalidInput(
                    f"row {number} has {len(row)} cells for {len(columns)} columns; quote cells "
                    "that contain commas"
                )
            yield number, dict(zip(columns, row, strict=True))

    try:
        return _finish(rows())
    except csv.Error as exc:
        raise InvalidInput(f"the manifest is not valid CSV: {exc}") from None


def parse_json(text: str) -> tuple[Line, ...]:
    """A JSON manifest: {"manifest": 1, "lines": [{column: value, …}, …]}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"the manifest is not valid JSON: {exc.msg} (line {exc.lineno})"
        ) from None
    except (ValueError, RecursionError):
        raise InvalidInput("the manifest is JSON too large or too deep to read") from None
    if not isinstance(data, dict) or not isinstance(data.get("lines"), list):
        raise InvalidInput('a JSON manifest is {"manifest": 1, "lines": [...]}')
    if data.get("manifest", MANIFEST_VERSION) != MANIFEST_VERSION:
        raise InvalidInput(
            f"this is manifest format {data.get('manifest')!r}; "
            f"Tandem reads format {MANIFEST_VERSION}"
        )
    columns: set[str] = set()
    rows: list[tuple[int, dict[str, str]]] = []
    for number, item in enumerate(data["lines"], start=1):
        if not isinstance(item, dict):
            raise InvalidInput(f"row {number} should be an object of columns")
        row: dict[str, str] = {}
        for k, v in item.items():
            if k not in COLUMNS:
                raise InvalidInput(
                    f"row {number} has an unknown column '{k}'; "
                    f"the columns are {', '.join(COLUMNS)}"
                )
            if k == "counterparties" and isinstance(v, list):
                v = ";".join(str(x) for x in v)
            if k == "returns" and isinstance(v, bool):
                v = "yes" if v else "no"
            if v is not None and not isinstance(v, str | int | float):
                raise InvalidInput(f"row {number}, column {k}: give text or a number")
            row[k] = "" if v is None else str(v)
        columns.update(row)
        rows.append((number, row))
    if rows:
        _check_columns(sorted(columns | {"description", "direction"}))
    return _finish(rows)


def parse_manifest(text: str) -> tuple[Line, ...]:
    """A manifest in either format; JSON when it starts with '{'."""
    return parse_json(text) if text.lstrip("\ufeff \n\r\t").startswith("{") else parse_csv(text)


TEMPLATE = (
    "# tandem-manifest 1 (docs/sanctions.md): one row per item or service; only description,\n"
    "# hs_code or service, and direction are required\n"
    + ",".join(COLUMNS)
    + "\n"
    + "Diesel for the survey train,271019,55000,l,,,to_dprk,yes,rail,Korail survey team,,,,none\n"
    + "Medicines,3004,1000,kg,25000,USD,to_dprk,no,road,Provincial hospital,,,,none\n"
)


# Screening ----------------------------------------------------------------------------------

_LITRES_PER_BARREL = Decimal("158.987294928")


def _verdict(effect: Effect, exemption: str | None) -> Verdict:
    """A ban with an exemption path needs an exemption, one without is prohibited; a cap
    is reportable; inspection and allowance leave the verdict clear."""
    if effect is Effect.PROHIBITED:
        return Verdict.REQUIRES_EXEMPTION if exemption else Verdict.PROHIBITED
    if effect is Effect.CAPPED:
        return Verdict.REPORTABLE
    return Verdict.CLEAR


_RANK = {v: i for i, v in enumerate(Verdict)}

_GOODS = {
    (transport, direction): (
        f"goods {f'by {transport}' if transport else 'of any transport'}, "
        f"{'into' if direction == 'to_dprk' else 'out of'} the DPRK"
    )
    for transport in (*TRANSPORTS, None)
    for direction in DIRECTIONS
}


class Finding(NamedTuple):
    """One rule met by one line (a tuple: a screening makes a million of them quickly)."""

    line: int
    rule: str
    resolution: str
    paragraph: str | None
    """None when the rule's paragraph number is unchecked: it is never cited."""
    effect: Effect
    exemption: str | None
    why: str

    @property
    def verdict(self) -> Verdict:
        return _verdict(self.effect, self.exemption)

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "rule": self.rule,
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "effect": self.effect.value,
            "exemption": self.exemption,
            "why": self.why,
        }


@dataclass(frozen=True)
class Screening:
    on: date
    rulebook: str
    verdict: Verdict
    findings: tuple[Finding, ...]
    names: tuple[tuple[int, NameMatch], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "on": self.on.isoformat(),
            "rulebook": self.rulebook,
            "findings": [f.to_json() for f in self.findings],
            "names": [
                {
                    "line": line,
                    "name": m.name,
                    "matched": m.designation.name,
                    "alias": m.alias,
                    "reference": m.designation.reference,
                    "score": m.score,
                    "why": m.why,
                }
                for line, m in self.names
            ],
        }


def _quantity_note(line: Line, cap: Cap) -> str:
    if line.quantity is None:
        return f"no quantity given; the cap is {cap.quantity:,} {cap.unit}"
    amount = f"{line.quantity:,} {line.unit}"
    if line.unit in ("l", "litre", "litres", "liter", "liters") and cap.unit == "bbl":
        barrels = (line.quantity / _LITRES_PER_BARREL).quantize(Decimal("0.1"))
        amount += f" (about {barrels:,} bbl)"
    return f"{amount} counts against a cap of {cap.quantity:,} {cap.unit} per {cap.period}"


def _why(rule: Rule, line: Line, matched: str) -> str:
    cited = (
        f"{rule.resolution} OP{rule.paragraph}"
        if rule.paragraph
        else f"resolution {rule.resolution}; {UNCHECKED}"
    )
    parts = [f"{rule.title} ({cited}): {matched}"]
    if rule.cap is not None:
        parts.append(_quantity_note(line, rule.cap) + "; " + rule.cap.reporting)
    if line.returns and rule.effect is Effect.PROHIBITED and rule.hs:
        parts.append("the item returns, but the resolutions make no exception for temporary entry")
    if not rule.verified:
        parts.append(f"unverified: {rule.unverified}")
    return "; ".join(parts)


def _hs_reason(rule: Rule, code: str) -> str:
    hit = next(c for c in rule.hs if _overlaps(code, c))
    if code.startswith(hit):
        basis = " (Tandem's classification)" if rule.hs_basis == "tandem" else ""
        return f"its HS code falls under {hit}{basis}"
    return f"its HS code {code} is too coarse to rule out {hit}; give the heading or subheading"


def screen_lines(
    lines: Sequence[Line],
    book: Rulebook,
    on: date,
    matcher: Matcher | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Screening:
    """The findings of the rules in force on `on`, line by line, and the verdict.

    The verdict is the strongest finding: a ban with an exemption path gives
    requires_exemption, one without prohibited, a cap reportable; inspection leaves it.
    """
    # A large manifest makes a million small tuples, none of them cyclic: the collector's
    # passes over them would cost more than the screening itself, so it waits.
    paused = len(lines) > 10_000 and gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _screen(lines, book, on, matcher, threshold)
    finally:
        if paused:
            gc.enable()


def _screen(
    lines: Sequence[Line],
    book: Rulebook,
    on: date,
    matcher: Matcher | None,
    threshold: float,
) -> Screening:
    force = book.in_force(on)
    findings: list[Finding] = []
    names: list[tuple[int, NameMatch]] = []
    verdict, rank = Verdict.CLEAR, 0
    seen_names: dict[str, list[NameMatch]] = {}
    by_code = force.by_code
    keyword_only = force.keyword_only
    templates = force.templates
    for line in lines:
        code = line.hs_code
        direction = line.direction
        key = None
        if (
            code is not None
            and line.service == "none"
            and not line.counterparties
            and line.end_user is None
            and not (
                (words := force.words[direction]) is not None
                and words.search(line.description.lower())
            )
        ):
            # A goods line like one seen before gives the same findings: no cap, no
            # keyword, no name depends on it, so they are copied with its number.
            key = (force.canon(code), direction, line.transport, line.returns)
            known = templates.get(key)
            if known is not None:
                number = line.number
                for tail in known[0]:
                    findings.append(Finding(number, *tail))
                if _RANK[known[1]] > rank:
                    verdict, rank = known[1], _RANK[known[1]]
                continue
        found: list[tuple[Rule, str]] = []
        worded: tuple[Rule, ...] = ()
        if code is not None:
            canon = force.canon(code)
            pre = by_code.get((canon, direction))
            if pre is None:
                pre = force.code_hits(canon, direction)
            found.extend(pre[0])
            worded = pre[1]
            if worded:
                text = line.description.lower()
                for rule in pre[1]:
                    word = next((k for k in rule.keywords if k in text), None)
                    if word is not None:
                        reason = f"{_hs_reason(rule, code)} and the description says '{word}'"
                        found.append((rule, reason))
        if keyword_only:
            text = line.description.lower()
            for rule in keyword_only:
                if rule.direction != "any" and rule.direction != direction:
                    continue
                for word in rule.keywords:
                    if word in text:
                        found.append((rule, f"the description says '{word}'"))
                        break
        if line.service != "none":
            found.extend(force.service_hits.get((line.service, direction), ()))
        if force.designated and matcher is not None and (line.counterparties or line.end_user):
            parties = list(line.counterparties)
            if line.end_user:
                parties.append(line.end_user)
            for name in parties:
                matches = seen_names.get(name)
                if matches is None:
                    matches = seen_names[name] = matcher.match(name, threshold)
                for m in matches:
                    names.append((line.number, m))
                    for rule in force.designated:
                        found.append(
                            (
                                rule,
                                f"'{name}' matches the designated {m.designation.kind} "
                                f"{m.designation.reference} {m.designation.name} "
                                f"(score {m.score:g}: {m.why})",
                            )
                        )
        if code is not None:
            found.extend(force.goods_hits[line.transport, direction])
        if len(found) > 1:
            ids = [rule.id for rule, _ in found]
            if not force.overriding.isdisjoint(ids):
                gone = {o for rule, _ in found for o in rule.overrides}
                found = [(rule, why) for rule, why in found if rule.id not in gone]
        tails: list[tuple[str, str, str | None, Effect, str | None, str]] = []
        strongest = Verdict.CLEAR
        for rule, matched in found:
            exemption, verdict_of = force.decided[rule.id]
            if rule.cap is None:
                said = (rule.id, matched, line.returns)
                why = force.said.get(said)
                if why is None:
                    why = _why(rule, line, matched)
                    if len(force.said) < 100_000:
                        force.said[said] = why
            else:
                why = _why(rule, line, matched)
            tail = (rule.id, rule.resolution, rule.paragraph, rule.effect, exemption, why)
            tails.append(tail)
            findings.append(Finding(line.number, *tail))
            if _RANK[verdict_of] > _RANK[strongest]:
                strongest = verdict_of
        if _RANK[strongest] > rank:
            verdict, rank = strongest, _RANK[strongest]
        if (
            key is not None
            and len(templates) < 500_000
            and not worded
            and not any(rule.cap is not None or rule.keywords for rule, _ in found)
        ):
            templates[key] = (tuple(tails), strongest)
    return Screening(on, f"{book.id} {book.version}", verdict, tuple(findings), tuple(names))
