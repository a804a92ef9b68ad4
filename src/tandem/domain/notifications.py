"""Who is told what, when a job is retried, and how a partner checks a webhook.

Pure rules (docs/notifications.md). A party hears of a record entry only when the entry
is addressed to it (an alert's `to`) or concerns every party; internal notes are not in
the record, so nothing here can ever carry one.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from tandem.domain.calendar import CLOSING_TIME, WorkingCalendar
from tandem.domain.errors import InvalidInput, PermissionDenied
from tandem.domain.parties import Party, Role, User


class Channel(StrEnum):
    INAPP = "inapp"
    EMAIL = "email"
    WEBHOOK = "webhook"


class EmailMode(StrEnum):
    """How a user receives an event type by email."""

    OFF = "off"
    NOW = "now"
    DIGEST = "digest"


class JobKind(StrEnum):
    INAPP = "inapp"
    EMAIL = "email"
    WEBHOOK = "webhook"
    DIGEST = "digest"
    REMINDER = "reminder"


_TO_OTHERS = frozenset(
    {
        "measure.notified",
        "measure.amended",
        "measure.edited",
        "measure.withdrawn",
        "measure.executed",
        "measure.acknowledged",
        "measure.position",
        "measure.window_extended",
    }
)
"""Entries a party makes about a measure: every *other* party is told."""
_TO_ALL = frozenset({"measure.cleared", "measure.objected"})
"""What the clock or consensus decided: every party is told."""

ALERT_KINDS = (
    "unilateral",
    "unnotified",
    "unacknowledged",
    "deadline_near",
    "outpacing",
    "sanctions",
    "exemption_expiring",
    "followup_overdue",
)
EVENT_TYPES: tuple[str, ...] = (
    *sorted(_TO_OTHERS | _TO_ALL),
    *(f"alert.{k}" for k in ALERT_KINDS),
)
"""The event types a user or a webhook chooses among ("*" stands for all of them)."""


def event_type(kind: str, payload: Mapping[str, Any]) -> str:
    """`alert.raised` entries are told apart by the alert's kind (`alert.unilateral`)."""
    return f"alert.{payload.get('kind')}" if kind == "alert.raised" else kind


def check_event_type(text: str) -> str:
    text = text.strip().lower()
    if text != "*" and text not in EVENT_TYPES:
        raise InvalidInput(
            f"'{text}' is not an event type; use * or one of {', '.join(EVENT_TYPES)}"
        )
    return text


def audience(
    kind: str, party: str | None, payload: Mapping[str, Any], parties: Sequence[str]
) -> tuple[str, ...]:
    """The parties told of one record entry, in the group's order.

    An alert goes to its `to` only (an alert for KOR alone never reaches USA); what a
    party did goes to the others; what the clock decided goes to everyone. Drafts, users,
    the clock and the group's settings are told to nobody.
    """
    if kind == "alert.raised":
        to = set(payload.get("to") or ())
        return tuple(p for p in parties if p in to)
    if kind in _TO_OTHERS:
        return tuple(p for p in parties if p != party)
    if kind in _TO_ALL:
        return tuple(parties)
    return ()


def matches(events: str, etype: str) -> bool:
    """Whether a webhook's filter (`*` or a comma-separated list) takes this event type."""
    wanted = {e.strip() for e in events.split(",") if e.strip()}
    return "*" in wanted or etype in wanted


def email_mode(preferences: Mapping[str, EmailMode], etype: str) -> EmailMode:
    """A user's choice for an event type, else their choice for `*`, else at once."""
    return preferences.get(etype) or preferences.get("*") or EmailMode.NOW


# Retries -----------------------------------------------------------------------------

RETRY_FOR = timedelta(hours=24)
FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=2)


def retry_delay(attempts: int) -> timedelta:
    """30 s after the first failure, doubling each time, never more than 2 h."""
    if attempts < 1:
        raise ValueError("a delay follows at least one attempt")
    delay: timedelta = FIRST_RETRY * (2 ** min(attempts - 1, 20))
    return min(delay, LONGEST_WAIT)


def next_attempt(first_due: datetime, attempts: int, now: datetime) -> datetime | None:
    """When to try again after `attempts` failures, or None: 24 h are over, a dead letter.

    The last retry falls at the end of the 24 hours rather than past it.
    """
    end = first_due + RETRY_FOR
    if now >= end:
        return None
    return min(now + retry_delay(attempts), end)


# Reminders ---------------------------------------------------------------------------

POSITION_REMINDER_DAYS = 2


def position_reminder_at(
    deadline: datetime,
    notifier: Party,
    calendar: WorkingCalendar,
    days: int = POSITION_REMINDER_DAYS,
) -> datetime:
    """18:00 in the notifier's zone on the `days`-th common working day before the
    deadline's date: from then on, `days` working days are left to take a position."""
    day: date = deadline.astimezone(notifier.zone).date()
    counted = 0
    for _ in range(366 * 3):
        day -= timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
            if counted == days:
                break
    return datetime.combine(day, CLOSING_TIME, tzinfo=notifier.zone).astimezone(UTC)


# Webhook signatures -------------------------------------------------------------------

SIGNATURE_HEADER = "Tandem-Signature"
TIMESTAMP_HEADER = "Tandem-Timestamp"
DELIVERY_HEADER = "Tandem-Delivery"
EVENT_HEADER = "Tandem-Event"
TOLERANCE_SECONDS = 300


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """`v1=` and the HMAC-SHA256, in hex, of `TIMESTAMP.BODY` under the webhook's secret."""
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def verify(
    secret: str,
    timestamp: str,
    signature: str,
    body: bytes,
    now: int,
    tolerance: int = TOLERANCE_SECONDS,
) -> bool:
    """What a receiver checks: the signature, and a timestamp within `tolerance` seconds
    (so a recorded delivery cannot be replayed later)."""
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(now - ts) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, ts, body), signature.strip())


# Who manages webhooks ----------------------------------------------------------------


def webhook_scope(user: User, party: str | None = None) -> str | None:
    """The party whose webhooks and dead letters `user` may manage; None for every party.

    A webhook reaches a partner system of one party, so that party's envoys manage it;
    admins operate the whole system and see every party's (docs/roles.md). `party` is
    the one the caller named, if any: an envoy naming another party is refused.
    """
    if user.role is Role.ADMIN:
        return party
    if user.role is not Role.ENVOY or user.party is None:
        raise PermissionDenied(
            f"{user.name} is {'an' if user.role is Role.OFFICER else 'a'} {user.role.value}; "
            "a party's webhooks and dead letters are managed by its envoys and by admins"
        )
    if party is not None and party != user.party:
        raise PermissionDenied(
            f"{user.name} manages {user.party}'s webhooks and dead letters, not {party}'s"
        )
    return user.party


# Job states --------------------------------------------------------------------------


class JobState(StrEnum):
    WAITING = "waiting"
    DUE = "due"
    LEASED = "leased"
    DONE = "done"
    DEAD = "dead"


@dataclass(frozen=True)
class JobTimes:
    next_attempt_at: datetime
    locked_until: datetime | None
    done_at: datetime | None
    dead_at: datetime | None


def job_state(job: JobTimes, now: datetime) -> JobState:
    """Exactly one state at any moment; a lease that ran out makes the job due again."""
    if job.done_at is not None:
        return JobState.DONE
    if job.dead_at is not None:
        return JobState.DEAD
    if job.locked_until is not None and job.locked_until > now:
        return JobState.LEASED
    return JobState.DUE if job.next_attempt_at <= now else JobState.WAITING


# What a notification says ------------------------------------------------------------

_SAYS = {
    "measure.notified": "{party} notified {measure}; a consultation window is open",
    "measure.amended": "{party} amended {measure} (version {version}); a new window is open",
    "measure.edited": "{party} made a minor edit to {measure}",
    "measure.withdrawn": "{party} withdrew {measure}",
    "measure.executed": "{party} executed {measure}",
    "measure.acknowledged": "{party} acknowledged {measure}",
    "measure.position": "{party} took the position '{position}' on {measure}",
    "measure.window_extended": "{party} asked for an extension of the window on {measure}",
    "measure.cleared": "{measure} was cleared by {by}",
    "measure.objected": "the window on {measure} closed with an objection by {objectors}",
}


def describe(
    kind: str,
    party: str | None,
    payload: Mapping[str, Any],
    measure_id: int | None,
    title: str | None,
) -> str:
    """One sentence, with no time in it (each recipient sees times in their own zone)."""
    if kind == "alert.raised":
        return str(payload.get("text", "an alert was raised"))
    measure = f"measure {measure_id}" + (f" ({title})" if title else "")
    template = _SAYS.get(kind, "{kind} on {measure}")
    text = template.format(
        party=party or "Tandem",
        measure=measure,
        kind=kind,
        version=payload.get("version"),
        position=payload.get("position"),
        by=payload.get("by"),
        objectors=", ".join(payload.get("objectors") or ()),
    )
    if kind == "measure.executed" and payload.get("unilateral"):
        text += " without clearance (unilateral)"
    return text[0].upper() + text[1:]


def internal_address(host: str) -> bool:
    """An address inside the server's own network: loopback, private, link-local, reserved,
    multicast or unspecified. A user's webhook may not point there (it would let a party's
    envoy probe the network Tandem runs in); the operator may allow it."""
    import ipaddress

    if host.lower().rstrip(".") in ("localhost", "localhost.localdomain") or host.lower().endswith(
        ".localhost"
    ):
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )
