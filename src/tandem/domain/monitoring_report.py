"""What the extractor reads and writes: articles, reports, and the mentions and verb
phrases it finds on the way."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from tandem.domain.monitoring_lexicon import Verb

# The project's own codes for what CAMEO lacks; weights on the Goldstein scale, in tenths.
OWN_CODES: dict[str, tuple[str, int]] = {
    "X01": ("Test or launch a missile", -95),
    "X02": ("Conduct a nuclear test", -100),
}


def code_name(code: str, codebook: Mapping[str, tuple[str, int]]) -> tuple[str, int]:
    """An action code's name and Goldstein weight: the project's own, else CAMEO's."""
    return OWN_CODES.get(code) or codebook.get(code, (code, 0))


MODALITIES = ("done", "planned", "claimed", "negated")


TRACKS = ("denuclearization", "inter-korean", "sanctions", "alliance-coordination")


@dataclass(frozen=True)
class Article:
    """One article as read: `name` is its URL as given, or its file name when it has none."""

    name: str
    url: str | None
    title: str
    outlet: str | None
    published: date | None
    text: str


@dataclass(frozen=True)
class Report:
    """One reported action: what `tandem reports list --json` shows, before it has an id."""

    actor: str
    action: str
    action_name: str
    goldstein: int
    """Tenths of the Goldstein scale (the record holds no floating-point numbers)."""
    target: str | None
    on: date
    tracks: tuple[str, ...]
    modality: str
    evidence: str
    quote: str | None
    confidence: int
    """In percent."""
    actor_role: str | None = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code: str
    alias: str
    place: bool
    agent: bool  # preceded by "by"
    object: bool  # preceded by a preposition


@dataclass
class Found:
    verb: Verb
    start: int
    end: int
    passive: bool = False
    actor: str | None = None
    inherited: bool = False
    target: str | None = None
    modality: str = "done"
    skip: bool = False
    role: str | None = None
    objects: list[Mention] = field(default_factory=list)
    event: Report | None = None
    """The earlier report a reaction names ("condemned the killing")."""
    told: bool = False
    """Its target is only the one who told of it ("Kim agreed, Pompeo said"): what it agreed
    to do, if it names someone ("agreed to meet Kim"), comes first."""


def joint_code(codes: Sequence[str]) -> str:
    members = sorted({c for code in codes for c in code.split("+") if c})
    return "+".join(members)


CLAUSE_END = re.compile(
    r";|,\s+(?:but|while|whereas|although|though|after|before|when|which|who|saying|adding"
    # "rejected any talk of its weapons, insisting they were aimed at Washington": what it
    # insisted is a clause of its own, not where the rejection is aimed
    r"|insisting|arguing|claiming|stressing"
    r"|in which|under which|where)\b"
    r"|,\s+(?:\w+\s+){1,3}(?:after|before|since)\b"
    # "…, when both militaries halted drills, and on Nov. 22 the two sides linked a road"
    r"|,\s+and\s+(?:on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?,?\s+(?:the\s+two|both|[A-Z])"
    r"|,\s+(?:[\w-]+\s+){1,3}(?:said|reported|announced)\b"  # ", state media said, prompting"
    # "…, and exchanges between the two Koreas have been frozen since": a clause of its own
    r"|,\s+and\s+(?:the\s+|their\s+|its\s+)?[a-z][\w-]*\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:has|have|had|was|were|is|are)\s"
    r"|\s(?:but|while|whereas|although)\s"
    # "…, as North Korean leader Kim Jong Un arrived in Beijing": a clause of its own subject
    r"|,\s+as\s+(?=(?:the\s+)?[A-Z])"
)


# "The United States, Japan, and South Korea held talks": a list of names with a comma before
# its "and" (the serial comma) goes on after ", and"; no new clause begins there
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_LISTED_BEFORE = re.compile(_NAME + r",\s+" + _NAME + r"$")
_LISTED_AFTER = re.compile(_NAME + r"\b(?![,;])")


def clause_start(sentence: str, end: int) -> int:
    """Where the clause holding `end` begins (after a semicolon, ', while', ', but')."""
    cut = 0
    for m in re.finditer(r";|,\s+(?:while|but|whereas|and)\s+|\bwhile\s+|\bbut\s+", sentence):
        if m.end() <= end and not (
            m.group().startswith(", and")
            and _LISTED_BEFORE.search(sentence, cut, m.start())
            and _LISTED_AFTER.match(sentence, m.end())
        ):
            cut = m.end()
    return cut


def action_family(code: str) -> str:
    return {"046": "040", "043": "042", "036": "030"}.get(code, code)


def states_between(actor: str, target: str | None) -> set[str]:
    """The states an act is between: its actors and a target that is a state."""
    return set(actor.split("+")) | (
        set(target.split("+")) if target and target.isupper() else set()
    )


def parties_of(r: Report) -> frozenset[str]:
    return frozenset(states_between(r.actor, r.target))
