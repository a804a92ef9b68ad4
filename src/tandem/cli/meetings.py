"""`tandem meeting …` and `tandem stats`: working-group meetings and responsiveness.

Registered on the main app by `register(app)`; services are imported inside the commands so
that `tandem --help` stays fast (WeasyPrint only loads for `tandem meeting brief --format pdf`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from tandem.cli.options import As, At, Db, Json, at_time, open_app
from tandem.cli.output import emit, fail, out, parse_date, say, table, when

meeting_app = typer.Typer(
    help="Working-group meetings: agenda, outcomes, follow-ups, statements and the briefing "
    "pack (docs/meetings.md).",
    no_args_is_help=True,
)

MeetingId = Annotated[int, typer.Argument(help="The meeting's id.", show_default=False)]


def register(app: typer.Typer) -> None:
    app.add_typer(meeting_app, name="meeting")
    app.command("stats")(stats)


def _show(m: dict[str, Any]) -> None:
    chairs = ", ".join(f"{p}: {n}" for p, n in m["chairs"].items()) or "—"
    print_ = out().print
    print_(
        f"Meeting {m['id']} — {m['starts_local']} ({when(m['starts_at'])}), {m['place']}",
        markup=False,
    )
    print_(f"Status {m['status']}; chairs {chairs}", markup=False)
    for party, names in m["attendees"].items():
        print_(f"{party} attends: {', '.join(names)}", markup=False)
    table(
        "Agenda",
        ["#", "item", "kind", "title", "outcome", "decision"],
        [
            [pos, i["number"], i["kind"], i["title"], i["outcome"], i["decision"]]
            for pos, i in enumerate(m["agenda"], 1)
        ],
    )
    if m["followups"]:
        table(
            "Follow-ups",
            ["id", "owner", "due", "status", "follow-up"],
            [
                [
                    f["id"],
                    f["owner"],
                    f["due"],
                    f["status"] + (" (overdue)" if f["overdue"] else ""),
                    f["text"],
                ]
                for f in m["followups"]
            ],
        )
    for s in m["statements"]:
        state = "final" if s["final"] else f"waiting for {', '.join(s['waiting_for'])}"
        out().print(f"Statement {s['number']} ({s['kind']}, {state}): {s['text']}", markup=False)


@meeting_app.command("schedule")
def schedule(
    starts: Annotated[
        str,
        typer.Option(
            "--starts", help="When it starts, e.g. 2018-12-20T10:00 (in --zone) or with offset."
        ),
    ],
    zone: Annotated[str, typer.Option("--zone", help="Its time zone, e.g. Asia/Seoul.")],
    place: Annotated[str, typer.Option("--place", help="Where it is held.")],
    as_: As,
    chair: Annotated[
        list[str] | None,
        typer.Option("--chair", help="PARTY:Name, one per party (repeatable).", show_default=False),
    ] = None,
    attendee: Annotated[
        list[str] | None,
        typer.Option("--attendee", help="PARTY:Name (repeatable).", show_default=False),
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Schedule a meeting of the working group."""
    from tandem.services.meetings import schedule_meeting

    m = schedule_meeting(
        open_app(db),
        as_,
        starts=starts,
        zone=zone,
        place=place,
        chairs=chair,
        attendees=attendee,
        at=at_time(at),
    )
    emit(m, json_, lambda m: say(f"meeting {m['id']} scheduled for {m['starts_local']}"))


@meeting_app.command("list")
def list_(db: Db = None, json_: Json = False) -> None:
    """The meetings, by start time."""
    from tandem.services.meetings import list_meetings

    found = list_meetings(open_app(db))
    emit(
        found,
        json_,
        lambda ms: table(
            "Meetings",
            ["id", "starts", "place", "status"],
            [[m["id"], when(m["starts_at"]), m["place"], m["status"]] for m in ms],
        ),
    )


@meeting_app.command("show")
def show(meeting_id: MeetingId, db: Db = None, json_: Json = False) -> None:
    """A meeting: its agenda with outcomes, follow-ups and statements."""
    from tandem.services.meetings import show_meeting

    emit(show_meeting(open_app(db), meeting_id), json_, _show)


@meeting_app.command("agenda")
def agenda(
    meeting_id: MeetingId,
    as_: As,
    add: Annotated[str | None, typer.Option("--add", help="Add an item with this title.")] = None,
    measure: Annotated[
        int | None, typer.Option("--measure", help="Add an item about this measure.")
    ] = None,
    alert: Annotated[
        int | None, typer.Option("--alert", help="Add an item about this alert.")
    ] = None,
    move: Annotated[int | None, typer.Option("--move", help="Move this item…")] = None,
    to: Annotated[int | None, typer.Option("--to", help="…to this position (1 is first).")] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Propose the agenda from what needs discussion, or add or move one item.

    Without options it adds what needs discussion and is not on the agenda yet; --add,
    --measure or --alert add one item; --move N --to P moves one."""
    from tandem.services import meetings

    app = open_app(db)
    if (move is None) != (to is None):
        fail("--move and --to go together: --move ITEM --to POSITION")
    if move is not None and any(x is not None for x in (add, measure, alert)):
        fail("move an item or add one, not both in one command")
    if move is not None and to is not None:
        m = meetings.move_agenda_item(app, meeting_id, as_, move, to, at=at_time(at))
    elif any(x is not None for x in (add, measure, alert)):
        m = meetings.add_agenda_item(
            app, meeting_id, as_, title=add, measure=measure, alert=alert, at=at_time(at)
        )
    else:
        m = meetings.propose_agenda(app, meeting_id, as_, at=at_time(at))
    emit(m, json_, _show)


@meeting_app.command("outcome")
def outcome(
    meeting_id: MeetingId,
    item: Annotated[int, typer.Argument(help="The agenda item's number.", show_default=False)],
    kind: Annotated[
        str,
        typer.Argument(
            help="decision, objection-withdrawn, to-be-amended, withdrawn or disagreement.",
            show_default=False,
        ),
    ],
    decision: Annotated[str, typer.Option("--decision", help="What was decided, in words.")],
    as_: As,
    due: Annotated[
        str | None,
        typer.Option("--due", help="to-be-amended: the date the amendment is due (YYYY-MM-DD)."),
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Record the outcome of an agenda item; it changes the measure as the outcome says."""
    from tandem.domain.meetings import parse_outcome
    from tandem.services.meetings import record_outcome

    m = record_outcome(
        open_app(db),
        meeting_id,
        as_,
        item,
        parse_outcome(kind),
        decision,
        due=parse_date(due, "--due") if due else None,
        at=at_time(at),
    )
    emit(m, json_, _show)


@meeting_app.command("followup")
def followup(
    meeting_id: MeetingId,
    as_: As,
    text: Annotated[str | None, typer.Option("--text", help="What is to be done.")] = None,
    owner: Annotated[str | None, typer.Option("--owner", help="The party that will do it.")] = None,
    due: Annotated[str | None, typer.Option("--due", help="Due date (YYYY-MM-DD).")] = None,
    item: Annotated[
        int | None, typer.Option("--item", help="The agenda item it comes from.")
    ] = None,
    done: Annotated[int | None, typer.Option("--done", help="Mark this follow-up done.")] = None,
    cancel: Annotated[int | None, typer.Option("--cancel", help="Cancel this follow-up.")] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Add a follow-up (--text, --owner, --due), or mark one --done or --cancel."""
    from tandem.domain.meetings import FollowUpStatus
    from tandem.services import meetings

    app = open_app(db)
    if done is not None and cancel is not None:
        fail("a follow-up is either --done or --cancel, not both")
    target = done if done is not None else cancel
    if target is not None:
        shown = meetings.show_meeting(app, meeting_id)
        if target not in [f["id"] for f in shown["followups"]]:
            fail(
                f"meeting {meeting_id} has no follow-up {target}; "
                f"`tandem meeting show {meeting_id}` lists its follow-ups"
            )
        status = FollowUpStatus.DONE if done is not None else FollowUpStatus.CANCELLED
        f = meetings.update_followup(app, target, as_, status, at=at_time(at))
        emit(f, json_, lambda f: say(f"follow-up {f['id']} is {f['status']}"))
        return
    if not text:
        fail("say what the follow-up is with --text")
    f = meetings.add_followup(
        app,
        meeting_id,
        as_,
        owner=owner,
        text=text,
        due=parse_date(due, "--due") if due else None,
        item=item,
        at=at_time(at),
    )
    emit(f, json_, lambda f: say(f"follow-up {f['id']} for {f['owner']}, due {f['due']}"))


@meeting_app.command("statement")
def statement(
    meeting_id: MeetingId,
    as_: As,
    text: Annotated[
        str | None, typer.Option("--text", help="The text of a new statement (or --revise).")
    ] = None,
    kind: Annotated[
        str, typer.Option("--kind", help="joint-statement or press-line.")
    ] = "joint-statement",
    revise: Annotated[
        int | None, typer.Option("--revise", help="Give this statement a new --text.")
    ] = None,
    approve: Annotated[
        int | None, typer.Option("--approve", help="Approve this statement for your party.")
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Draft, revise or approve a joint statement or press line.

    An envoy approves once for their party; the statement is final when every party has
    approved the same text, and a revision asks every party again."""
    from tandem.domain.meetings import parse_statement_kind
    from tandem.services import meetings

    app = open_app(db)
    if approve is not None and (revise is not None or text):
        fail("approve a statement or write one, not both in one command")
    if approve is not None:
        s = meetings.approve_statement(app, meeting_id, approve, as_, at=at_time(at))
    elif not text:
        fail("give the statement's text with --text")
    elif revise is not None:
        s = meetings.revise_statement(app, meeting_id, revise, as_, text, at=at_time(at))
    else:
        s = meetings.draft_statement(
            app, meeting_id, as_, text, kind=parse_statement_kind(kind), at=at_time(at)
        )

    def render(s: dict[str, Any]) -> None:
        state = "final" if s["final"] else f"waiting for {', '.join(s['waiting_for'])}"
        say(f"statement {s['number']} of meeting {s['meeting']}: {state}")

    emit(s, json_, render)


@meeting_app.command("brief")
def brief(
    meeting_id: MeetingId,
    out_: Annotated[Path, typer.Option("--out", help="Where to write the briefing pack.")],
    format_: Annotated[str, typer.Option("--format", help="md or pdf.")] = "md",
    db: Db = None,
    json_: Json = False,
) -> None:
    """Write the briefing pack of a meeting as Markdown or PDF.

    Agenda; each item's measure, positions, screening findings and what-if; the tandem
    chart; responsiveness; and the minutes with outcomes, follow-ups and statements."""
    from tandem.services.briefing import write_brief

    if format_ not in ("md", "pdf"):
        fail(f"--format is md or pdf, not '{format_}'")
    written = write_brief(open_app(db), meeting_id, format_, out_)
    emit(written, json_, lambda w: say(f"briefing for meeting {meeting_id} written to {w['out']}"))


def stats(db: Db = None, json_: Json = False) -> None:
    """Responsiveness per party, so that partners can hold each other to account.

    Time to acknowledge and to a first position, windows closed by silence, extensions and
    objections raised, follow-ups done on time (docs/meetings.md)."""
    from tandem.services.meetings import stats as compute

    found = compute(open_app(db))
    emit(found, json_, lambda rows: table("Responsiveness", *stats_table(rows)))


def stats_table(rows: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    def pct(v: float | None) -> str | None:
        return None if v is None else f"{round(v * 100)}%"

    return (
        [
            "party",
            "asked",
            "ack (h)",
            "position (h)",
            "silent",
            "ext.",
            "obj.",
            "on time",
        ],
        [
            [
                r["party"],
                r["notifications"],
                r["hours_to_acknowledge"],
                r["hours_to_first_position"],
                f"{r['closed_by_silence']}/{r['windows_closed']} "
                f"({pct(r['silence_share']) or '—'})",
                r["extensions"],
                r["objections"],
                f"{r['followups_on_time']}/{r['followups_due']}",
            ]
            for r in rows
        ],
    )
