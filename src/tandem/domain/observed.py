"""Actions of a party seen elsewhere (news, statements) that were never notified."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tandem.domain.events import Event


@dataclass(frozen=True)
class ObservedAction:
    id: int
    actor: str
    action: str
    on: date
    recorded_by: str | None
    at: datetime
    user: str


def observed_from_event(event: Event, at: datetime, user: str) -> ObservedAction:
    p = event.payload
    return ObservedAction(
        p["id"], p["actor"], p["action"], date.fromisoformat(p["on"]), event.party, at, user
    )
