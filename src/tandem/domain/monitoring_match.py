"""Matching a report to the measures and observed actions of its actor, and which
reports are alerted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tandem.domain.monitoring_aim import projects_in
from tandem.domain.monitoring_report import Report


@dataclass(frozen=True)
class Candidate:
    """A measure or observed action of the acting party that a report may be about."""

    kind: str  # "measure" or "observed"
    id: int
    text: str
    on: date | None
    notified: bool


MATCH_DAYS = 45


MATCH_SCORE = 55


def match(report: Report, candidates: Sequence[Candidate]) -> tuple[Candidate, int] | None:
    """The candidate this report is most likely about, with its score out of 100, if any
    scores at least MATCH_SCORE: words in common, the same project, a date close enough."""
    from rapidfuzz import fuzz

    best: tuple[Candidate, int] | None = None
    mine = {slug for slug, _ in projects_in(report.evidence)}
    for c in candidates:
        if c.on is not None and abs((c.on - report.on).days) > MATCH_DAYS:
            continue
        similarity = fuzz.token_set_ratio(report.evidence.lower(), c.text.lower())
        theirs = {slug for slug, _ in projects_in(c.text)}
        score = round(0.6 * similarity + (40 if mine & theirs else 0))
        if c.on is not None and abs((c.on - report.on).days) <= 3:
            score += 10
        score = min(score, 100)
        if score >= MATCH_SCORE and (best is None or score > best[1]):
            best = (c, score)
    return best


def same_action(a: Report, b: Report) -> bool:
    """Two reports of one action (e.g. two outlets' articles): alerted once."""
    return (
        a.actor == b.actor
        and a.action[:2] == b.action[:2]
        and a.target == b.target
        and abs((a.on - b.on).days) <= 2
    )


def alertable(report: Report, parties: Sequence[str]) -> list[str]:
    """The parties of the working group among the report's actors, when it tells of an action
    taken (done or claimed): planned and negated actions are not yet anything to alert."""
    if report.modality not in ("done", "claimed"):
        return []
    return [code for code in report.actor.split("+") if code in parties]
