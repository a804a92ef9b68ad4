"""`tandem measure …`: propose, notify, acknowledge, take positions, amend, execute."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from tandem.cli.options import As, At, Db, Json, at_time, open_app
from tandem.cli.output import emit, out, parse_date, say, table, when
from tandem.cli.pace import Effect, EffectReason

app = typer.Typer(
    help="Propose measures and consult the other parties on them.", no_args_is_help=True
)

MeasureId = Annotated[int, typer.Argument(help="The measure's number.", show_default=False)]


def _row(m: dict[str, Any]) -> list[Any]:
    return [
        m["id"],
        m["proposer"],
        m["title"],
        m["status"] + (" (unilateral)" if m["unilateral"] else ""),
        m["version"],
        when(m["deadline"]),
        m["cleared_by"],
    ]


_COLUMNS = ["id", "party", "title", "status", "v", "deadline", "cleared by"]


def show(m: dict[str, Any]) -> None:
    """A measure as a person reads it: state, window, and who said what."""
    c = out()
    status = m["status"] + (" — unilateral" if m["unilateral"] else "")
    c.print(f"[bold]Measure {m['id']}[/bold] · {m['proposer']} · {m['type']}", highlight=False)
    c.print(f"  {m['title']}", markup=False)
    c.print(f"  status: {status}   version: {m['version']}", markup=False)
    if m["description"]:
        c.print(f"  {m['description']}", markup=False)
    if m["planned"]:
        c.print(f"  planned: {m['planned']}", markup=False)
    if m["deadline"]:
        local = "; ".join(f"{k} {v}" for k, v in m.get("deadline_local", {}).items())
        c.print(f"  deadline: {when(m['deadline'])}  ({local})", markup=False)
    if m["urgent"]:
        c.print(f"  urgent: {m['justification']}", markup=False)
    if m["cleared_by"]:
        c.print(f"  cleared by {m['cleared_by']} on {when(m['closed_at'])}", markup=False)
    if m["executed_on"]:
        c.print(f"  executed on {m['executed_on']}", markup=False)
    if m["acknowledgements"]:
        acks = ", ".join(f"{a['party']} {when(a['at'])}" for a in m["acknowledgements"])
        c.print(f"  acknowledged: {acks}", markup=False)
    for n in m.get("notes") or []:
        c.print(f"  internal note ({n['party']}, {n['author']}): {n['text']}", markup=False)
    if m["positions"]:
        table(
            "Positions",
            ["party", "position", "version", "at", "by", "reason"],
            [
                [p["party"], p["position"], p["version"], when(p["at"]), p["user"], p["reason"]]
                for p in m["positions"]
            ],
        )


def _changed(verb: str) -> Any:
    def render(m: dict[str, Any]) -> None:
        say(f"measure {m['id']} {verb}: now {m['status']}")
        show(m)

    return render


@app.command()
def propose(
    user: As,
    title: Annotated[str, typer.Option("--title", help="A short title.")],
    measure_type: Annotated[
        str, typer.Option("--type", help="The kind of measure; sets its window length.")
    ] = "general",
    description: Annotated[str, typer.Option("--description", help="What and why.")] = "",
    planned: Annotated[
        str | None, typer.Option("--planned", help="Planned date, YYYY-MM-DD.")
    ] = None,
    effect: Effect = None,
    effect_reason: EffectReason = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="Its manifest (CSV or JSON, docs/sanctions.md), screened at notification.",
            show_default=False,
        ),
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Draft a measure for your party (not yet notified to anyone)."""
    from tandem.cli.sanctions import read_text
    from tandem.services.measures import propose_measure

    m = propose_measure(
        open_app(db),
        user,
        title,
        description=description,
        planned=parse_date(planned, "--planned") if planned else None,
        measure_type=measure_type,
        at=at_time(at),
        effects=effect,
        effect_reason=effect_reason,
        manifest=read_text(manifest, "manifest") if manifest is not None else None,
    )
    emit(m, json_, _changed("proposed"))


@app.command()
def notify(
    measure_id: MeasureId,
    user: As,
    urgent: Annotated[bool, typer.Option("--urgent", help="Shorten the window.")] = False,
    justification: Annotated[
        str | None, typer.Option("--justification", help="Why it is urgent (required).")
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Notify the other parties and open the consultation window (envoys)."""
    from tandem.services.measures import notify_measure

    m = notify_measure(
        open_app(db), measure_id, user, urgent=urgent, justification=justification, at=at_time(at)
    )
    emit(m, json_, _changed("notified"))


@app.command()
def ack(measure_id: MeasureId, user: As, db: Db = None, at: At = None, json_: Json = False) -> None:
    """Acknowledge receipt of a notification for your party."""
    from tandem.services.measures import acknowledge_measure

    m = acknowledge_measure(open_app(db), measure_id, user, at=at_time(at))
    emit(m, json_, _changed("acknowledged"))


@app.command()
def position(
    measure_id: MeasureId,
    stance: Annotated[
        str,
        typer.Argument(
            metavar="POSITION",
            help="support | no-objection | comment | objection | extension",
            show_default=False,
        ),
    ],
    user: As,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Required for objection and extension.")
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Take (or revise) your party's position on the notified version."""
    from tandem.domain.measures import parse_stance
    from tandem.services.measures import record_position

    m = record_position(
        open_app(db), measure_id, user, parse_stance(stance), reason=reason, at=at_time(at)
    )
    emit(m, json_, _changed("position recorded"))


@app.command()
def amend(
    measure_id: MeasureId,
    user: As,
    title: Annotated[str | None, typer.Option("--title")] = None,
    description: Annotated[str | None, typer.Option("--description")] = None,
    planned: Annotated[str | None, typer.Option("--planned", help="YYYY-MM-DD")] = None,
    minor: Annotated[
        bool, typer.Option("--minor", help="A minor edit: recorded, the window is not reopened.")
    ] = False,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Why (required with --minor).")
    ] = None,
    manifest: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            help="A new manifest (CSV or JSON, docs/sanctions.md): a new version, screened "
            "when its window opens; never with --minor.",
            show_default=False,
        ),
    ] = None,
    effect: Annotated[
        list[str] | None,
        typer.Option(
            "--effect",
            help="New expected effect TRACK:WEIGHT (repeatable; TRACK alone: the type's "
            "default; tracks not given keep theirs): a new version; never with --minor.",
            show_default=False,
        ),
    ] = None,
    effect_reason: EffectReason = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Change a measure: a new version and a new window, or a justified minor edit."""
    from tandem.cli.sanctions import read_text
    from tandem.services.measures import amend_measure

    m = amend_measure(
        open_app(db),
        measure_id,
        user,
        title=title,
        description=description,
        planned=parse_date(planned, "--planned") if planned else None,
        minor=minor,
        reason=reason,
        manifest=read_text(manifest, "manifest") if manifest is not None else None,
        effects=effect or None,
        effect_reason=effect_reason,
        at=at_time(at),
    )
    emit(m, json_, _amended)


def _amended(m: dict[str, Any]) -> None:
    """What an amendment changed, then the measure."""
    a = m["amendment"]
    what = "minor edit" if a["minor"] else f"version {a['version']}"
    window = "; the window is open again" if a["window_reopened"] else ""
    say(f"measure {m['id']} amended: now {m['status']} ({what}: {', '.join(a['changed'])}){window}")
    if a["manifest"] is not None:
        given = "given now" if a["new_manifest"] else "carried"
        say(
            f"manifest of version {a['manifest']['version']} ({given}): "
            f"{a['manifest']['lines']} lines"
        )
    if a["screening"] is not None:
        s = a["screening"]
        say(
            f"version {s['version']} screened on {s['on']}: {s['verdict'].replace('_', ' ')} "
            f"(`tandem manifest show {m['id']}`)"
        )
    show(m)


@app.command()
def withdraw(
    measure_id: MeasureId, user: As, db: Db = None, at: At = None, json_: Json = False
) -> None:
    """Withdraw a measure that has not been executed (envoys)."""
    from tandem.services.measures import withdraw_measure

    m = withdraw_measure(open_app(db), measure_id, user, at=at_time(at))
    emit(m, json_, _changed("withdrawn"))


@app.command()
def execute(
    measure_id: MeasureId,
    user: As,
    on: Annotated[
        str | None, typer.Option("--on", help="Date carried out, YYYY-MM-DD [default: today].")
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Record that a measure was carried out; without clearance it is recorded as unilateral."""
    from tandem.services.measures import execute_measure

    m = execute_measure(
        open_app(db),
        measure_id,
        user,
        on=parse_date(on, "--on") if on else None,
        at=at_time(at),
    )
    emit(m, json_, _changed("executed"))
    if m["unilateral"] and not json_:
        say("recorded as UNILATERAL: every other party has been alerted")


@app.command("show")
def show_cmd(
    measure_id: MeasureId,
    viewer: Annotated[
        str | None, typer.Option("--as", help="Show it as this user (adds their party's notes).")
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """One measure as of the database's clock."""
    from tandem.services.measures import show_measure

    emit(show_measure(open_app(db), measure_id, viewer=viewer), json_, show)


@app.command("list")
def list_cmd(
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="draft | in_consultation | cleared | objected | executed | withdrawn",
        ),
    ] = None,
    party: Annotated[str | None, typer.Option("--party", help="Proposing party.")] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """The measures of the working group, as of the database's clock."""
    from tandem.domain.measures import parse_status
    from tandem.services.measures import list_measures

    found = list_measures(
        open_app(db), status=parse_status(status) if status else None, proposer=party
    )
    emit(found, json_, lambda ms: table("Measures", _COLUMNS, [_row(m) for m in ms]))


@app.command()
def history(measure_id: MeasureId, db: Db = None, json_: Json = False) -> None:
    """Every record entry about a measure, in order."""
    from tandem.services.measures import measure_history

    entries = measure_history(open_app(db), measure_id)

    def render(rows: list[dict[str, Any]]) -> None:
        table(
            f"Record of measure {measure_id}",
            ["seq", "at", "who", "party", "what", "details"],
            [
                [
                    e["seq"],
                    when(e["at"]),
                    e["actor"],
                    e["party"],
                    e["kind"],
                    _summary(e["payload"]),
                ]
                for e in rows
            ],
        )

    emit(entries, json_, render)


def _summary(payload: dict[str, Any]) -> str:
    keep = ("version", "position", "reason", "by", "deadline", "on", "unilateral", "objectors")
    return ", ".join(f"{k}={payload[k]}" for k in keep if payload.get(k) not in (None, ""))


@app.command()
def diff(
    measure_id: MeasureId,
    first: Annotated[int | None, typer.Argument(help="Older version.", show_default=False)] = None,
    second: Annotated[int | None, typer.Argument(help="Newer version.", show_default=False)] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """A readable redline between two versions [default: the last two]."""
    from tandem.services.measures import diff_measure

    d = diff_measure(open_app(db), measure_id, first, second)

    def render(d: dict[str, Any]) -> None:
        c = out()
        c.print(f"[bold]Measure {d['measure']}: version {d['from']} → {d['to']}[/bold]")
        if not d["changes"]:
            c.print("  no changes")
        for ch in d["changes"]:
            c.print(f"[bold]{ch['field']}[/bold]")
            for line in ch["diff"][2:]:
                style = "green" if line.startswith("+") else "red" if line.startswith("-") else ""
                c.print(line, style=style, markup=False)

    emit(d, json_, render)
