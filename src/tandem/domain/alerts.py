"""The one vocabulary of alerts, shared by every capability (docs/alerts.md)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tandem.domain.events import Event, from_iso


class AlertKind(StrEnum):
    UNILATERAL = "unilateral"
    UNNOTIFIED = "unnotified"
    UNACKNOWLEDGED = "unacknowledged"
    DEADLINE_NEAR = "deadline_near"
    OUTPACING = "outpacing"
    SANCTIONS = "sanctions"
    EXEMPTION_EXPIRING = "exemption_expiring"
    FOLLOWUP_OVERDUE = "followup_overdue"


@dataclass(frozen=True)
class Alert:
    id: int
    kind: AlertKind
    actor: str
    to: tuple[str, ...]
    measure: int | None
    at: datetime
    text: str


def raise_alert(
    alert_id: int,
    kind: AlertKind,
    actor: str,
    to: Iterable[str],
    text: str,
    measure: int | None = None,
) -> Event:
    return Event(
        "alert.raised",
        f"alert:{alert_id}",
        {
            "id": alert_id,
            "kind": kind.value,
            "actor": actor,
            "to": sorted(to),
            "measure": measure,
            "text": text,
        },
        party=None,
    )


def alert_from_event(event: Event, at: datetime | str) -> Alert:
    p = event.payload
    return Alert(
        id=p["id"],
        kind=AlertKind(p["kind"]),
        actor=p["actor"],
        to=tuple(p["to"]),
        measure=p["measure"],
        at=from_iso(at) if isinstance(at, str) else at,
        text=p["text"],
    )
