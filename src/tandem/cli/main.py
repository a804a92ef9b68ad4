"""The `tandem` command line. Heavy libraries are imported inside commands, not here."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from tandem.cli import (
    accounts,
    measures,
    meetings,
    monitoring,
    pace,
    record,
    sanctions,
    worker,
)
from tandem.cli.options import As, At, Db, Json, at_time, open_app
from tandem.cli.output import (
    EXIT_USER_ERROR,
    emit,
    err,
    out,
    parse_date,
    parse_time,
    say,
    table,
    when,
)

app = typer.Typer(
    name="tandem",
    help=(
        "Tandem: no party takes an action its partners are unaware of or had no chance to "
        "comment on.\n\nStart with `tandem init` (or `tandem demo`), then `tandem measure --help`."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(measures.app, name="measure")
user_app = typer.Typer(help="Users of the working group and their roles.", no_args_is_help=True)
app.add_typer(user_app, name="user")
clock_app = typer.Typer(
    help="The clock of the database (a simulated one can be set).", no_args_is_help=True
)
app.add_typer(clock_app, name="clock")
calendar_app = typer.Typer(help="Working days common to the parties.", no_args_is_help=True)
app.add_typer(calendar_app, name="calendar")
group_app = typer.Typer(help="The working group and its consultation rules.", no_args_is_help=True)
app.add_typer(group_app, name="group")


def _version(value: bool) -> None:
    if value:
        from tandem import __version__

        typer.echo(f"tandem {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Tandem's command line."""


@app.command()
def init(
    party: Annotated[
        list[str],
        typer.Option(
            "--party",
            help="CODE:TIME_ZONE:COUNTRY, e.g. KOR:Asia/Seoul:KR (at least two).",
            show_default=False,
        ),
    ],
    simulated_clock: Annotated[
        bool, typer.Option("--simulated-clock", help="A clock that only moves when told to.")
    ] = False,
    start: Annotated[
        str | None,
        typer.Option(
            "--start", help="Where a simulated clock starts [default: 1970-01-01T00:00Z]."
        ),
    ] = None,
    no_tracks: Annotated[
        bool,
        typer.Option(
            "--no-tracks",
            help="Start without the tracks denuclearization and inter-korean and their rule.",
        ),
    ] = False,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Create a working group: its parties, and an envoy user per party (named like its code)."""
    from tandem.domain.parties import Party
    from tandem.services.group import init_group

    parties = [Party.parse(p) for p in party]
    result = init_group(
        open_app(db),
        parties,
        simulated=simulated_clock,
        start=parse_time(start, "--start") if start else None,
        tracks=not no_tracks,
    )

    def render(r: dict[str, Any]) -> None:
        clock = f"simulated clock at {r['now']}" if r["simulated"] else "real clock"
        say(f"working group of {', '.join(r['parties'])} created ({clock})")
        table(
            "Users",
            ["name", "party", "role"],
            [[u["name"], u["party"], u["role"]] for u in r["users"]],
        )

    emit(result, json_, render)


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name, lower case.", show_default=False)],
    role: Annotated[str, typer.Option("--role", help="viewer | officer | envoy | admin")],
    party: Annotated[
        str | None, typer.Option("--party", help="The party the user works for.")
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Add a user to a party with a role."""
    from tandem.domain.parties import parse_role
    from tandem.services.group import add_user

    u = add_user(open_app(db), name, party, parse_role(role), at=at_time(at))
    emit(u, json_, lambda u: say(f"user {u['name']} added: {u['role']} of {u['party']}"))


@user_app.command("list")
def user_list(db: Db = None, json_: Json = False) -> None:
    """Every user, with party and role."""
    from tandem.services.group import list_users

    emit(
        list_users(open_app(db)),
        json_,
        lambda us: table(
            "Users", ["name", "party", "role"], [[u["name"], u["party"], u["role"]] for u in us]
        ),
    )


@app.command()
def observe(
    user: As,
    actor: Annotated[str, typer.Option("--actor", help="The party that acted.")],
    action: Annotated[str, typer.Option("--action", help="What it did.")],
    on: Annotated[str, typer.Option("--on", help="When, YYYY-MM-DD.")],
    effect: pace.Effect = None,
    cameo: Annotated[
        str | None,
        typer.Option("--cameo", help="Its CAMEO code: the Goldstein weight of --effect TRACK."),
    ] = None,
    effect_reason: pace.EffectReason = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Record an action of another party that was never notified (raises an alert)."""
    from tandem.services.observations import observe_action

    o = observe_action(
        open_app(db),
        user,
        actor=actor,
        action=action,
        on=parse_date(on, "--on"),
        at=at_time(at),
        effects=effect,
        cameo=cameo,
        effect_reason=effect_reason,
    )
    emit(
        o,
        json_,
        lambda o: say(
            f"observed action {o['id']} of {o['actor']} recorded; "
            f"unnotified alert {o['alert']} raised"
        ),
    )


@app.command()
def alerts(
    party: Annotated[
        str | None, typer.Option("--party", help="Only alerts addressed to this party.")
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only alerts of this kind.")] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Alerts: unilateral, unnotified, unacknowledged, … (see docs/alerts.md)."""
    from tandem.services.observations import list_alerts

    found = list_alerts(open_app(db), party=party, kind=kind)
    emit(
        found,
        json_,
        lambda rows: table(
            "Alerts",
            ["id", "kind", "about", "to", "measure", "at", "text"],
            [
                [
                    a["id"],
                    a["kind"],
                    a["actor"],
                    ",".join(a["to"]),
                    a["measure"],
                    when(a["at"]),
                    a["text"],
                ]
                for a in rows
            ],
        ),
    )


@calendar_app.command("deadline")
def calendar_deadline(
    start: Annotated[str, typer.Option("--from", help="Notification time, ISO-8601 with offset.")],
    days: Annotated[int, typer.Option("--days", help="Window length in working days.")],
    parties: Annotated[
        str,
        typer.Option(
            "--parties",
            help="Comma-separated codes (USA,KOR) or CODE:TIME_ZONE:COUNTRY specs.",
        ),
    ],
    notifier: Annotated[
        str | None, typer.Option("--notifier", help="Notifying party [default: the first named].")
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """The deadline of a consultation window, and every date skipped on the way."""
    from tandem.services.calendar import compute_deadline, resolve_parties

    found = resolve_parties(parties.split(","), open_app(db) if db else None)
    result = compute_deadline(found, parse_time(start, "--from"), days, notifier)

    def render(r: dict[str, Any]) -> None:
        c = out()
        c.print(f"[bold]Deadline:[/bold] {when(r['deadline'])}", highlight=False)
        for code, text in r["deadline_local"].items():
            c.print(f"  {code}: {text}", markup=False)
        c.print(f"  working days counted: {', '.join(r['working_days'])}", markup=False)
        if r["skipped"]:
            table(
                "Skipped dates",
                ["date", "party", "reason"],
                [[s["date"], s["party"], s["reason"]] for s in r["skipped"]],
            )

    emit(result, json_, render)


@clock_app.command("show")
def clock_show(db: Db = None, json_: Json = False) -> None:
    """The database's time now."""
    from tandem.services.clock import show_clock

    c = show_clock(open_app(db))
    emit(
        c,
        json_,
        lambda c: out().print(
            f"{when(c['now'])} ({'simulated' if c['simulated'] else 'real'} clock)"
        ),
    )


@clock_app.command("set")
def clock_set(
    time: Annotated[str, typer.Argument(help="ISO-8601 time with offset.", show_default=False)],
    db: Db = None,
    json_: Json = False,
) -> None:
    """Move a simulated clock forward; windows that close on the way are recorded."""
    from tandem.services.clock import set_clock

    c = set_clock(open_app(db), parse_time(time, "TIME"))
    emit(c, json_, lambda c: say(f"clock set to {when(c['now'])}"))


@group_app.command("show")
def group_show(db: Db = None, json_: Json = False) -> None:
    """Parties, time zones, holiday calendars and window lengths."""
    from tandem.services.group import show_group

    g = show_group(open_app(db))

    def render(g: dict[str, Any]) -> None:
        table(
            "Parties",
            ["code", "time zone", "holidays"],
            [
                [
                    p["code"],
                    p["time_zone"],
                    p["country"] + (f"-{p['subdivision']}" if p["subdivision"] else ""),
                ]
                for p in g["parties"]
            ],
        )
        r = g["rules"]
        out().print(
            f"window {r['window_days']} working days, urgent {r['urgent_days']}, "
            f"extension +{r['extension_days']}; by type: {r['by_type'] or 'none'}",
            markup=False,
        )

    emit(g, json_, render)


@group_app.command("set-window")
def group_set_window(
    window_days: Annotated[int | None, typer.Option("--window-days")] = None,
    urgent_days: Annotated[int | None, typer.Option("--urgent-days")] = None,
    extension_days: Annotated[int | None, typer.Option("--extension-days")] = None,
    measure_type: Annotated[
        str | None, typer.Option("--type", help="Set the window of this measure type only.")
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Change consultation window lengths (in common working days)."""
    from tandem.services.group import configure_windows

    r = configure_windows(
        open_app(db),
        window_days=window_days,
        urgent_days=urgent_days,
        extension_days=extension_days,
        measure_type=measure_type,
        at=at_time(at),
    )
    emit(r, json_, lambda r: say(f"windows now: {r}"))


@app.command()
def demo(
    scenario: Annotated[str, typer.Option("--scenario", help="Which demo scenario.")] = "wg2018",
    db: Annotated[
        str | None,
        typer.Option("--db", help="Where to load it [default: a fresh tandem-demo.db]."),
    ] = None,
    no_serve: Annotated[
        bool, typer.Option("--no-serve", help="Load the scenario and exit.")
    ] = False,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    json_: Json = False,
) -> None:
    """Load a demo working group (US–ROK, late 2018) into a fresh simulated-clock database."""
    from tandem.services.scenario import load_scenario

    result = load_scenario(scenario, db)

    def render(r: dict[str, Any]) -> None:
        say(f"scenario '{r['scenario']}' loaded into {r['db']}: {r['steps']} steps")
        table("Measures", measures._COLUMNS, [measures._row(m) for m in r["measures"]])
        table(
            "Alerts",
            ["id", "kind", "about", "to", "text"],
            [[a["id"], a["kind"], a["actor"], ",".join(a["to"]), a["text"]] for a in r["alerts"]],
        )
        if not no_serve:
            say(f"demo logins (password '{r['password']}'):")
            for u in r["logins"]:
                say(f"  {u['name']:<8} {u['party'] or '—':<5} {u['role']}")

    emit(result, json_, render)
    if not no_serve:
        _serve_demo(result["db"], host, port)


def _serve_demo(url: str, host: str, port: int) -> None:
    """The web UI and the worker on the demo database, in this process, until Ctrl-C."""
    import uvicorn

    from tandem.api.app import create_app
    from tandem.services.context import App
    from tandem.services.worker import run_in_thread

    tandem = App.open(url)
    stop_worker = run_in_thread(tandem)
    say(f"Tandem demo on http://{host}:{port}/ — sign in with a login above; Ctrl-C stops it")
    try:
        uvicorn.run(create_app(tandem), host=host, port=port, log_level="warning")
    finally:
        stop_worker()


# Commands kept in their own modules come after the core ones in `tandem --help`.
record.register(app)
accounts.register(app, user_app, record.export_app)
worker.register(app)
pace.register(app)
meetings.register(app)
sanctions.register(app)
monitoring.register(app)


def only(name: str) -> typer.Typer:
    """The app with just the command or group `name`, when exactly one has that name.

    Typer inspects the signature of every command each time it starts (a third of a short
    command's run); a user running one command needs only that one built. Anything else
    (top-level help, a typo) gets the whole app and its usual messages.
    """
    from copy import copy

    from typer.main import get_command_name

    commands = [
        c
        for c in app.registered_commands
        if (c.name or get_command_name(c.callback.__name__ if c.callback else "")) == name
    ]
    groups = [g for g in app.registered_groups if g.name == name]
    if len(commands) + len(groups) != 1:
        return app
    pruned = copy(app)
    pruned.registered_commands = commands
    pruned.registered_groups = groups
    return pruned


def run() -> None:
    """Entry point: a TandemError becomes its message on stderr and exit status 2."""
    from tandem.domain.errors import TandemError

    first = sys.argv[1] if len(sys.argv) > 1 else ""
    chosen = only(first) if first and not first.startswith("-") else app
    try:
        chosen()
    except TandemError as exc:
        err().print(f"error: {exc.message}", markup=False, style="bold red")
        sys.exit(EXIT_USER_ERROR)
