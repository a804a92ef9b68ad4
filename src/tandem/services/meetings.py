"""Use cases of working-group meetings: schedule, agenda, outcomes, follow-ups, statements.

An outcome that changes a measure (an objection withdrawn, the measure withdrawn) is
decided by the measure's own consultation rules — the ones `services.measures` applies —
and recorded in the same transaction as the outcome: there is no second way to change a
measure, and a refused change writes no outcome either.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tandem.domain import consultation as rules
from tandem.domain import meetings as mt
from tandem.domain.alerts import Alert
from tandem.domain.errors import InvalidInput, InvalidTransition, NotFound
from tandem.domain.events import Event, iso
from tandem.domain.measures import Measure, Stance, Status
from tandem.domain.parties import User, check_time_zone
from tandem.services.context import MAX_ID, SYSTEM, App, Context, reading, writing
from tandem.services.views import JSONDict, alert_view, measure_summary
from tandem.store.meetings import Meetings


def _meeting(ctx: Context, meeting_id: int) -> mt.Meeting:
    m = Meetings(ctx.uow.conn).get(meeting_id) if 0 < meeting_id <= MAX_ID else None
    if m is None:
        raise NotFound(
            f"there is no meeting {meeting_id}; `tandem meeting list` shows the meetings"
        )
    return m


def meeting_row(m: mt.Meeting) -> JSONDict:
    return {"id": m.id, "starts_at": iso(m.starts_at), "place": m.place, "status": m.status}


def item_view(i: mt.Item) -> JSONDict:
    return {
        "number": i.number,
        "kind": i.kind.value,
        "title": i.title,
        "measure": i.measure,
        "alert": i.alert,
        "outcome": i.outcome.value if i.outcome else None,
        "decision": i.decision,
        "outcome_by": i.outcome_by,
    }


def followup_view(f: mt.FollowUp, zone: ZoneInfo, now: datetime) -> JSONDict:
    return {
        "id": f.id,
        "meeting": f.meeting,
        "item": f.item,
        "owner": f.owner,
        "text": f.text,
        "due": f.due.isoformat(),
        "status": f.status.value,
        "overdue": f.overdue(now, zone),
        "done_at": iso(f.done_at) if f.done_at else None,
        "on_time": f.on_time(zone),
    }


def statement_view(s: mt.Statement, parties: list[str]) -> JSONDict:
    return {
        "number": s.number,
        "kind": s.kind.value,
        "text": s.text,
        "approved_by": sorted(s.approvals),
        "waiting_for": [p for p in parties if p not in s.approvals],
        "final": s.final(parties),
    }


def _view(ctx: Context, m: mt.Meeting) -> JSONDict:
    store = Meetings(ctx.uow.conn)
    out = meeting_row(m)
    local = m.starts_at.astimezone(ZoneInfo(m.zone))
    out.update(
        zone=m.zone,
        starts_local=f"{local:%Y-%m-%d %H:%M} {local.tzname()}",
        chairs=m.chairs,
        attendees=m.attendees,
        agenda=[item_view(i) for i in m.items],
        followups=[
            followup_view(f, ctx.group.party(f.owner).zone, ctx.now)
            for f in store.followups(meeting=m.id)
        ],
        statements=[statement_view(s, ctx.group.codes) for s in store.statements(m.id)],
    )
    return out


def _parse_starts(starts: str, zone: str) -> datetime:
    check_time_zone(zone)
    try:
        value = datetime.fromisoformat(starts.strip())
    except ValueError:
        raise InvalidInput(
            f"'{starts}' is not a date and time; write it as 2018-12-20T10:00 (in --zone) "
            "or with an offset, 2018-12-20T10:00+09:00"
        ) from None
    if not 1900 <= value.year <= 2999:
        raise InvalidInput(f"a meeting in the year {value.year}? give a year from 1900 to 2999")
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(zone))
    return value.astimezone(UTC).replace(microsecond=0)


def _party_names(specs: list[str] | None, what: str, parties: list[str]) -> dict[str, list[str]]:
    """`PARTY:Name` pairs (repeatable) into names per party."""
    out: dict[str, list[str]] = {}
    for spec in specs or []:
        party, sep, name = spec.partition(":")
        party, name = party.strip().upper(), name.strip()
        if not sep or not name:
            raise InvalidInput(f"{what} '{spec}' should read PARTY:Name, e.g. KOR:Lee Do-hoon")
        if party not in parties:
            raise InvalidInput(
                f"there is no party '{party}' in this working group; "
                f"the parties are {', '.join(parties)}"
            )
        out.setdefault(party, []).append(name)
    return out


def schedule_meeting(
    app: App,
    user_name: str,
    *,
    starts: str,
    zone: str,
    place: str,
    chairs: list[str] | None = None,
    attendees: list[str] | None = None,
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        codes = ctx.group.codes
        by_party = _party_names(chairs, "chair", codes)
        chair: dict[str, str] = {}
        for party, names in by_party.items():
            if len(names) > 1:
                raise InvalidInput(f"{party} has {len(names)} chairs; name one per party")
            chair[party] = names[0]
        event = mt.schedule(
            ctx.next_id("meeting"),
            user,
            codes,
            ctx.now,
            _parse_starts(starts, zone),
            zone,
            place,
            chair,
            _party_names(attendees, "attendee", codes),
            real_clock=not ctx.simulated,
        )
        ctx.record([event], user.name)
        return _view(ctx, _meeting(ctx, event.payload["id"]))


def list_meetings(app: App) -> list[JSONDict]:
    with reading(app) as ctx:
        return [meeting_row(m) for m in Meetings(ctx.uow.conn).all()]


def show_meeting(app: App, meeting_id: int) -> JSONDict:
    with reading(app) as ctx:
        return _view(ctx, _meeting(ctx, meeting_id))


def candidates(ctx: Context, m: mt.Meeting) -> list[mt.Candidate]:
    """What needs discussion at meeting `m`, as of the clock (docs/meetings.md)."""
    open_ones = ctx.uow.measures.find(status=[Status.IN_CONSULTATION, Status.OBJECTED])
    found = mt.measure_candidates([ctx.as_of_clock(x) for x in open_ones], m.starts_at)
    last = Meetings(ctx.uow.conn).before(m)
    alerts: list[Alert] = []
    for kind in mt.AGENDA_ALERTS:
        alerts += ctx.uow.alerts.find(kind=kind)
    for a in sorted(alerts, key=lambda a: a.id):
        if last is not None and a.at <= last.starts_at:
            continue
        found.append(
            mt.Candidate(mt.ItemKind.ALERT, _alert_title(a), measure=a.measure, alert=a.id)
        )
    return found


def _alert_title(a: Alert) -> str:
    return f"Alert {a.id} ({a.kind.value}, {a.actor}): {a.text}"


def propose_agenda(
    app: App, meeting_id: int, user_name: str, *, at: datetime | None = None
) -> JSONDict:
    """Add to the agenda what needs discussion and is not on it yet."""
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = _meeting(ctx, meeting_id)
        events = mt.propose_agenda(m, user, candidates(ctx, m))
        ctx.record(events, user.name)
        out = _view(ctx, _meeting(ctx, meeting_id))
        out["added"] = [e.payload["number"] for e in events]
        return out


def add_agenda_item(
    app: App,
    meeting_id: int,
    user_name: str,
    *,
    title: str | None = None,
    measure: int | None = None,
    alert: int | None = None,
    at: datetime | None = None,
) -> JSONDict:
    """An item an officer adds: about a measure, an alert, or anything else (a title)."""
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = _meeting(ctx, meeting_id)
        kind = mt.ItemKind.OTHER
        if alert is not None:
            found = [a for a in ctx.uow.alerts.find() if a.id == alert]
            if not found:
                raise NotFound(f"there is no alert {alert}; `tandem alerts` lists them")
            title = title or _alert_title(found[0])
            measure = measure if measure is not None else found[0].measure
            kind = mt.ItemKind.ALERT
        elif measure is not None:
            x = ctx.as_of_clock(ctx.measure(measure))
            title = title or f"Measure {x.id} ({x.proposer}): {x.title}"
            if x.objectors():
                kind = mt.ItemKind.OBJECTED
        if not title:
            raise InvalidInput(
                "an agenda item needs a title (--title), a measure (--measure) or an alert "
                "(--alert)"
            )
        event = mt.add_item(m, user, mt.Candidate(kind, title, measure, alert))
        ctx.record([event], user.name)
        out = _view(ctx, _meeting(ctx, meeting_id))
        out["added"] = [event.payload["number"]]
        return out


def move_agenda_item(
    app: App, meeting_id: int, user_name: str, number: int, to: int, *, at: datetime | None = None
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = _meeting(ctx, meeting_id)
        ctx.record([mt.move_item(m, user, number, to)], user.name)
        return _view(ctx, _meeting(ctx, meeting_id))


def _measure_events(
    ctx: Context, user: User, measure: Measure, kind: mt.OutcomeKind
) -> list[Event]:
    """What the outcome does to the measure, by the measure's own rules."""
    if kind is mt.OutcomeKind.WITHDRAWN:
        return rules.withdraw(measure, user, ctx.group, ctx.now)
    if kind is mt.OutcomeKind.OBJECTION_WITHDRAWN:
        objectors = measure.objectors()
        if user.party not in objectors:
            raise InvalidTransition(
                f"only {', '.join(objectors)} can withdraw its objection to measure "
                f"{measure.id}; ask an officer or envoy of {objectors[0]} to record this outcome"
            )
        return rules.take_position(
            measure,
            user,
            ctx.group,
            ctx.now,
            Stance.NO_OBJECTION,
            "Objection withdrawn at the working-group meeting.",
        )
    return []


def record_outcome(
    app: App,
    meeting_id: int,
    user_name: str,
    item: int,
    kind: mt.OutcomeKind,
    decision: str,
    *,
    due: date | None = None,
    at: datetime | None = None,
) -> JSONDict:
    """The outcome of an agenda item; `to-be-amended` also gives the proposer a follow-up
    (due on `due`) to amend the measure."""
    if kind is mt.OutcomeKind.TO_BE_AMENDED and due is None:
        raise InvalidInput(
            "an outcome 'to-be-amended' needs the date by which the measure is to be "
            "amended (--due YYYY-MM-DD): it becomes a follow-up of the proposer"
        )
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = _meeting(ctx, meeting_id)
        number = m.item(item).number
        measure_id = m.item(item).measure
        measure = (
            ctx.as_of_clock(ctx.measure(measure_id, for_update=True))
            if measure_id is not None
            else None
        )
        outcome = mt.outcome_event(m, user, number, kind, decision, measure)
        events: list[Event] = []
        if measure is not None and kind.on_measure:
            events = _measure_events(ctx, user, ctx.measure(measure.id), kind)
        followup: Event | None = None
        if kind is mt.OutcomeKind.TO_BE_AMENDED:
            assert measure is not None and due is not None
            followup = mt.add_followup(
                ctx.next_id("followup"),
                m,
                user,
                ctx.group.codes,
                measure.proposer,
                f"Amend measure {measure.id} ({measure.title}) as agreed: {decision.strip()}",
                due,
                number,
            )
        ctx.record([*events, outcome, *([followup] if followup else [])], user.name)
        out = _view(ctx, _meeting(ctx, meeting_id))
        if measure is not None:
            out["measure"] = measure_summary(ctx.measure(measure.id), ctx.group)
        return out


def add_followup(
    app: App,
    meeting_id: int,
    user_name: str,
    *,
    owner: str | None,
    text: str,
    due: date | None,
    item: int | None = None,
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = _meeting(ctx, meeting_id)
        event = mt.add_followup(
            ctx.next_id("followup"), m, user, ctx.group.codes, owner, text, due, item
        )
        ctx.record([event], user.name)
        return _followup(ctx, event.payload["id"])


def _followup(ctx: Context, followup_id: int) -> JSONDict:
    f = Meetings(ctx.uow.conn).followup(followup_id) if 0 < followup_id <= MAX_ID else None
    if f is None:
        raise NotFound(
            f"there is no follow-up {followup_id}; `tandem meeting show ID` lists a meeting's"
        )
    return followup_view(f, ctx.group.party(f.owner).zone, ctx.now)


def update_followup(
    app: App,
    followup_id: int,
    user_name: str,
    status: mt.FollowUpStatus,
    *,
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        _followup(ctx, followup_id)
        f = Meetings(ctx.uow.conn).followup(followup_id)
        assert f is not None
        ctx.record([mt.set_followup_status(f, user, status)], user.name)
        return _followup(ctx, followup_id)


def list_followups(app: App, *, party: str | None = None) -> list[JSONDict]:
    with reading(app) as ctx:
        code = ctx.group.party(party.upper()).code if party else None
        return [
            followup_view(f, ctx.group.party(f.owner).zone, ctx.now)
            for f in Meetings(ctx.uow.conn).followups()
            if code is None or f.owner == code
        ]


def raise_overdue_followups(app: App) -> int:
    """Raise `followup_overdue` once for each open follow-up past its due date (the worker
    calls this every tick). Returns how many alerts it raised."""
    with reading(app) as ctx:
        if not _overdue(ctx):
            return 0
    with writing(app) as ctx:
        late = _overdue(ctx)
        if not late:
            return 0
        zones = {p.code: p.zone for p in ctx.group.parties}
        events = mt.overdue_events(
            late, zones, ctx.group.codes, ctx.now, lambda: ctx.next_id("alert")
        )
        ctx.record(events, SYSTEM)
        return len(late)


def _overdue(ctx: Context) -> list[mt.FollowUp]:
    # Every zone is within a day of UTC: due dates before tomorrow (UTC) cover them all.
    before = ctx.now.astimezone(UTC).date() + timedelta(days=2)
    return [
        f
        for f in Meetings(ctx.uow.conn).overdue_candidates(before)
        if f.overdue(ctx.now, ctx.group.party(f.owner).zone)
    ]


def draft_statement(
    app: App,
    meeting_id: int,
    user_name: str,
    text: str,
    *,
    kind: mt.StatementKind = mt.StatementKind.JOINT,
    at: datetime | None = None,
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = _meeting(ctx, meeting_id)
        number = len(Meetings(ctx.uow.conn).statements(m.id)) + 1
        ctx.record([mt.draft_statement(m, number, user, kind, text)], user.name)
        return _statement(ctx, m.id, number)


def _statement(ctx: Context, meeting_id: int, number: int) -> JSONDict:
    for s in Meetings(ctx.uow.conn).statements(meeting_id):
        if s.number == number:
            out = statement_view(s, ctx.group.codes)
            out["meeting"] = meeting_id
            return out
    raise NotFound(
        f"meeting {meeting_id} has no statement {number}; "
        f"`tandem meeting show {meeting_id}` lists its statements"
    )


def _load_statement(ctx: Context, meeting_id: int, number: int) -> mt.Statement:
    _meeting(ctx, meeting_id)
    _statement(ctx, meeting_id, number)
    return next(s for s in Meetings(ctx.uow.conn).statements(meeting_id) if s.number == number)


def revise_statement(
    app: App, meeting_id: int, number: int, user_name: str, text: str, *, at: datetime | None = None
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        s = _load_statement(ctx, meeting_id, number)
        ctx.record([mt.revise_statement(s, user, ctx.group.codes, text)], user.name)
        return _statement(ctx, meeting_id, number)


def approve_statement(
    app: App, meeting_id: int, number: int, user_name: str, *, at: datetime | None = None
) -> JSONDict:
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        s = _load_statement(ctx, meeting_id, number)
        ctx.record([mt.approve_statement(s, user, ctx.group.codes)], user.name)
        return _statement(ctx, meeting_id, number)


# Responsiveness -----------------------------------------------------------------------------


def stats_of(ctx: Context) -> list[JSONDict]:
    measures = [ctx.as_of_clock(m) for m in ctx.uow.measures.find()]
    followups = Meetings(ctx.uow.conn).followups()
    out: list[JSONDict] = []
    for party in ctx.group.parties:
        r = mt.responsiveness(party.code, measures, followups, party.zone, ctx.now)
        out.append(
            {
                "party": r.party,
                "notifications": r.notifications,
                "hours_to_acknowledge": r.hours_to_acknowledge,
                "hours_to_first_position": r.hours_to_first_position,
                "windows_closed": r.windows_closed,
                "closed_by_silence": r.closed_by_silence,
                "silence_share": _share(r.silence_share),
                "extensions": r.extensions,
                "objections": r.objections,
                "followups_due": r.followups_due,
                "followups_on_time": r.followups_on_time,
                "on_time_share": _share(r.on_time_share),
            }
        )
    return out


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def stats(app: App) -> list[JSONDict]:
    """Responsiveness per party, as of the clock (docs/meetings.md gives the definitions)."""
    with reading(app) as ctx:
        return stats_of(ctx)


def alerts_of(ctx: Context, ids: list[int]) -> dict[int, JSONDict]:
    wanted = set(ids)
    return {a.id: alert_view(a) for a in ctx.uow.alerts.find() if a.id in wanted}
