"""Meetings' tables: meetings, agenda items, follow-ups, statements and approvals.

`project_meetings` applies one `meeting.*` record entry to them; the services and a
rebuild from the record both go through it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from tandem.domain.events import Event, from_iso
from tandem.domain.meetings import (
    FollowUp,
    FollowUpStatus,
    Item,
    ItemKind,
    Meeting,
    OutcomeKind,
    Statement,
    StatementKind,
)
from tandem.store import schema as t


class Meetings:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, meeting_id: int) -> Meeting | None:
        found = self._load(select(t.meetings).where(t.meetings.c.id == meeting_id))
        return found[0] if found else None

    def all(self) -> list[Meeting]:
        return self._load(select(t.meetings).order_by(t.meetings.c.starts_at, t.meetings.c.id))

    def before(self, meeting: Meeting) -> Meeting | None:
        """The latest meeting that starts before this one: 'since the last meeting'."""
        c = t.meetings.c
        query = (
            select(t.meetings)
            .where(c.starts_at < meeting.starts_at)
            .where(c.id != meeting.id)
            .order_by(c.starts_at.desc(), c.id.desc())
            .limit(1)
        )
        found = self._load(query)
        return found[0] if found else None

    def _load(self, query: Any) -> list[Meeting]:
        rows = list(self.conn.execute(query))
        if not rows:
            return []
        items: dict[int, list[Item]] = defaultdict(list)
        a = t.agenda_items.c
        for r in self.conn.execute(
            select(t.agenda_items)
            .where(a.meeting_id.in_([r.id for r in rows]))
            .order_by(a.meeting_id, a.ordinal)
        ):
            items[r.meeting_id].append(
                Item(
                    r.number,
                    ItemKind(r.kind),
                    r.title,
                    r.measure_id,
                    r.alert_id,
                    OutcomeKind(r.outcome) if r.outcome else None,
                    r.decision,
                    r.outcome_party,
                )
            )
        return [
            Meeting(
                r.id,
                r.starts_at,
                r.zone,
                r.place,
                json.loads(r.chairs),
                json.loads(r.attendees),
                r.status,
                items[r.id],
            )
            for r in rows
        ]

    def followups(
        self, *, meeting: int | None = None, status: FollowUpStatus | None = None
    ) -> list[FollowUp]:
        c = t.followups.c
        query = select(t.followups).order_by(c.id)
        if meeting is not None:
            query = query.where(c.meeting_id == meeting)
        if status is not None:
            query = query.where(c.status == status.value)
        return [_followup(r) for r in self.conn.execute(query)]

    def followup(self, followup_id: int) -> FollowUp | None:
        row = self.conn.execute(select(t.followups).where(t.followups.c.id == followup_id)).first()
        return _followup(row) if row else None

    def overdue_candidates(self, before: date) -> list[FollowUp]:
        """Open follow-ups not yet alerted whose due date is before `before`."""
        c = t.followups.c
        query = (
            select(t.followups)
            .where(c.status == FollowUpStatus.OPEN.value)
            .where(c.due < before)
            .where(c.alerted.is_(False))
            .order_by(c.id)
        )
        return [_followup(r) for r in self.conn.execute(query)]

    def statements(self, meeting: int) -> list[Statement]:
        s, ap = t.statements.c, t.statement_approvals.c
        approvals: dict[int, dict[str, datetime]] = defaultdict(dict)
        for r in self.conn.execute(
            select(t.statement_approvals).where(ap.meeting_id == meeting).order_by(ap.at)
        ):
            approvals[r.number][r.party] = r.at
        return [
            Statement(r.meeting_id, r.number, StatementKind(r.kind), r.text, approvals[r.number])
            for r in self.conn.execute(
                select(t.statements).where(s.meeting_id == meeting).order_by(s.number)
            )
        ]

    def statement_final_at(self, meeting: int, number: int) -> datetime | None:
        s = t.statements.c
        row = self.conn.execute(
            select(s.final_at).where(s.meeting_id == meeting).where(s.number == number)
        ).first()
        return row.final_at if row else None


def _followup(r: Any) -> FollowUp:
    return FollowUp(
        r.id,
        r.meeting_id,
        r.item,
        r.owner,
        r.text,
        r.due,
        FollowUpStatus(r.status),
        r.done_at,
        bool(r.alerted),
    )


def project_meetings(conn: Connection, event: Event, at: datetime) -> None:
    """Apply one `meeting.*` entry to the meetings' tables."""
    p = event.payload
    kind = event.kind
    a = t.agenda_items.c
    if kind == "meeting.scheduled":
        conn.execute(
            insert(t.meetings).values(
                id=p["id"],
                starts_at=from_iso(p["starts_at"]),
                zone=p["zone"],
                place=p["place"],
                chairs=json.dumps(p["chairs"], ensure_ascii=False, sort_keys=True),
                attendees=json.dumps(p["attendees"], ensure_ascii=False, sort_keys=True),
                status="scheduled",
                created_at=at,
            )
        )
    elif kind == "meeting.item_added":
        count = len(list(conn.execute(select(a.number).where(a.meeting_id == p["meeting"]))))
        conn.execute(
            insert(t.agenda_items).values(
                meeting_id=p["meeting"],
                number=p["number"],
                ordinal=count + 1,
                kind=p["kind"],
                title=p["title"],
                measure_id=p["measure"],
                alert_id=p["alert"],
            )
        )
    elif kind == "meeting.agenda_ordered":
        for ordinal, number in enumerate(p["order"], 1):
            conn.execute(
                update(t.agenda_items)
                .where(a.meeting_id == p["meeting"])
                .where(a.number == number)
                .values(ordinal=ordinal)
            )
    elif kind == "meeting.outcome":
        conn.execute(
            update(t.agenda_items)
            .where(a.meeting_id == p["meeting"])
            .where(a.number == p["item"])
            .values(
                outcome=p["kind"],
                decision=p["decision"],
                outcome_party=event.party,
                outcome_at=at,
            )
        )
        conn.execute(
            update(t.meetings).where(t.meetings.c.id == p["meeting"]).values(status="held")
        )
    elif kind == "meeting.followup_added":
        conn.execute(
            insert(t.followups).values(
                id=p["id"],
                meeting_id=p["meeting"],
                item=p["item"],
                owner=p["owner"],
                text=p["text"],
                due=date.fromisoformat(p["due"]),
                status=FollowUpStatus.OPEN.value,
                done_at=None,
                alerted=False,
                created_at=at,
            )
        )
    elif kind == "meeting.followup_updated":
        status = FollowUpStatus(p["status"])
        conn.execute(
            update(t.followups)
            .where(t.followups.c.id == p["id"])
            .values(status=status.value, done_at=at if status is FollowUpStatus.DONE else None)
        )
    elif kind == "meeting.followup_overdue":
        conn.execute(update(t.followups).where(t.followups.c.id == p["id"]).values(alerted=True))
    elif kind == "meeting.statement_drafted":
        conn.execute(
            insert(t.statements).values(
                meeting_id=p["meeting"], number=p["number"], kind=p["kind"], text=p["text"]
            )
        )
    elif kind == "meeting.statement_revised":
        ap = t.statement_approvals.c
        conn.execute(
            delete(t.statement_approvals)
            .where(ap.meeting_id == p["meeting"])
            .where(ap.number == p["number"])
        )
        s = t.statements.c
        conn.execute(
            update(t.statements)
            .where(s.meeting_id == p["meeting"])
            .where(s.number == p["number"])
            .values(text=p["text"])
        )
    elif kind == "meeting.statement_approved":
        conn.execute(
            insert(t.statement_approvals).values(
                meeting_id=p["meeting"], number=p["number"], party=p["party"], at=at
            )
        )
        if p["final"]:
            s = t.statements.c
            conn.execute(
                update(t.statements)
                .where(s.meeting_id == p["meeting"])
                .where(s.number == p["number"])
                .values(final_at=at)
            )
    else:
        raise ValueError(f"no projection for record entries of kind {kind}")
