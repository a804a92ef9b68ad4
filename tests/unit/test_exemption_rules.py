"""An exemption request's life as a state machine, its grant's checks, and its document."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from tandem.domain import exemptions as ex
from tandem.domain.errors import InvalidInput, InvalidTransition

CLOSED = {ex.Status.GRANTED, ex.Status.DENIED, ex.Status.WITHDRAWN}


class Life(RuleBasedStateMachine):
    """Any sequence of steps: the status only moves along the documented arrows, a refused
    step leaves it, and a closed request never moves again."""

    def __init__(self) -> None:
        super().__init__()
        self.status = ex.Status.DRAFTED
        self.history = [self.status]

    @rule(step=st.sampled_from(list(ex.Step)))
    def take(self, step: ex.Step) -> None:
        before = self.status
        try:
            after = ex.advance(7, before, step)
        except InvalidTransition as refused:
            assert "exemption request 7" in refused.message and before.value in refused.message
            assert before in CLOSED or (before, step) not in _ARROWS
            return
        assert before not in CLOSED
        assert (before, step) in _ARROWS and _ARROWS[before, step] is after
        self.status = after
        self.history.append(after)

    @invariant()
    def closed_stays_closed(self) -> None:
        closed = [s for s in self.history if s in CLOSED]
        assert len(closed) <= 1 and (not closed or self.history[-1] is closed[0])


_ARROWS = {
    (ex.Status.DRAFTED, ex.Step.SUBMIT): ex.Status.SUBMITTED,
    (ex.Status.DRAFTED, ex.Step.WITHDRAW): ex.Status.WITHDRAWN,
    (ex.Status.SUBMITTED, ex.Step.GRANT): ex.Status.GRANTED,
    (ex.Status.SUBMITTED, ex.Step.DENY): ex.Status.DENIED,
    (ex.Status.SUBMITTED, ex.Step.WITHDRAW): ex.Status.WITHDRAWN,
}

TestLife = Life.TestCase


def test_a_grant_covers_its_days_only() -> None:
    start, end = date(2018, 11, 24), date(2018, 12, 31)
    assert ex.covers(ex.Status.GRANTED, start, end, start)
    assert ex.covers(ex.Status.GRANTED, start, end, end)
    assert not ex.covers(ex.Status.GRANTED, start, end, end + timedelta(days=1))
    assert not ex.covers(ex.Status.SUBMITTED, start, end, start)
    assert ex.expiring(ex.Status.GRANTED, end, end - timedelta(days=30))
    assert not ex.expiring(ex.Status.GRANTED, end, end - timedelta(days=31))
    assert not ex.expiring(ex.Status.GRANTED, end, end + timedelta(days=1))


@pytest.mark.parametrize(
    ("start", "end", "shipments", "says"),
    [
        (date(2019, 1, 2), date(2019, 1, 1), None, "before"),
        (date(2019, 1, 1), date(2023, 1, 1), None, "three years"),
        (date(2019, 1, 1), date(2019, 6, 1), 0, "shipments"),
    ],
)
def test_bad_grants(start: date, end: date, shipments: int | None, says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        ex.check_grant(start, end, shipments)


def screening(verdict: str, findings: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": 1, "verdict": verdict, "findings": findings}


LINE = {
    "description": "Diesel generators",
    "hs_code": "8502",
    "quantity": "2",
    "unit": "pcs",
    "value": None,
    "currency": None,
    "returns": True,
    "end_user": "Survey team",
    "service": "none",
}
FINDING = {
    "line": 1,
    "rule": "2397-machinery",
    "resolution": "2397",
    "paragraph": None,
    "effect": "prohibited",
    "exemption": "2397 OP25: the 1718 Committee may exempt any activity case by case",
    "why": "Industrial machinery (HS 84 and 85): supply banned",
}


def test_a_draft_holds_what_the_committee_asks_for() -> None:
    request = ex.draft(
        measure={"id": 3, "title": "Survey", "planned": "2018-11-30"},
        lines=[LINE],
        screening=screening("requires_exemption", [FINDING]),
        nature="Joint field survey",
        recipients="DPRK Ministry of Railways",
        beneficiaries="none: a survey",
    )
    assert request["items"][0]["rules"] == ["2397 (paragraph not yet checked)"]
    assert request["items"][0]["quantity"] == "2"
    doc = ex.document(request, "drafted", "KOR", 5)
    for heading in ("Nature of the assistance", "Recipients in the DPRK", "Why an exemption"):
        assert heading in doc
    assert "| 1 | Diesel generators | 8502 | 2 pcs |" in doc
    assert "2397 (paragraph not yet checked) |" in doc and "OP7" not in doc and "OPNone" not in doc


def test_a_finding_recorded_before_the_renaming_is_cited_as_recorded() -> None:
    """Screenings recorded with the old ids and numbers are history: drafted as they are."""
    old = FINDING | {"rule": "2397-7-machinery", "paragraph": "7"}
    request = ex.draft(
        measure={"id": 3, "title": "Survey"},
        lines=[LINE],
        screening=screening("requires_exemption", [old]),
        nature="n",
        recipients="r",
    )
    assert request["items"][0]["rules"] == ["2397 OP7"]


@pytest.mark.parametrize(
    ("nature", "recipients", "says"),
    [(" ", "r", ex.NATURE_REQUIRED), ("n", "", ex.RECIPIENTS_REQUIRED)],
)
def test_a_blank_field_is_refused_in_words_no_command_line_flag(
    nature: str, recipients: str, says: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        ex.draft(
            measure={"id": 3, "title": "Survey"},
            lines=[LINE],
            screening=screening("requires_exemption", [FINDING]),
            nature=nature,
            recipients=recipients,
        )
    assert refused.value.message == says and "--" not in says
    for message in (ex.VALIDITY_REQUIRED, ex.DECISION_REQUIRED):
        assert "--" not in message


def test_nothing_to_request_when_clear() -> None:
    inspection = FINDING | {"effect": "inspection", "exemption": None}
    with pytest.raises(InvalidInput, match="nothing to request"):
        ex.draft(
            measure={"id": 3, "title": "Aid"},
            lines=[LINE],
            screening=screening("clear", [inspection]),
            nature="n",
            recipients="r",
        )
