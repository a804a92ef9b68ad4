"""`tandem track …` and `tandem pace …`: tracks, tandem rules, the pace and what-ifs.

Registered on the main app by `register(app)`; services are imported inside the commands so
that `tandem --help` stays fast (matplotlib only loads for `tandem pace chart`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from tandem.cli.options import As, At, Db, Json, at_time, open_app
from tandem.cli.output import emit, fail, out, parse_date, parse_time, say, table

track_app = typer.Typer(help="The tracks that pacing keeps an index of.", no_args_is_help=True)
pace_app = typer.Typer(
    help="How the tracks move: each track's index, each tandem rule's gap and state, "
    "what-ifs and the chart (docs/pacing.md).",
    invoke_without_command=True,
)
rule_app = typer.Typer(help="Tandem rules between pairs of tracks.", no_args_is_help=True)
pace_app.add_typer(rule_app, name="rule")

AsOf = Annotated[
    str | None,
    typer.Option("--as-of", help="The pace at this time (ISO-8601 with offset) [default: now]."),
]
Effect = Annotated[
    list[str] | None,
    typer.Option(
        "--effect",
        help="TRACK:WEIGHT, a weight from -10 to +10 (repeatable), e.g. inter-korean:+3.",
        show_default=False,
    ),
]
EffectReason = Annotated[
    str | None,
    typer.Option(
        "--effect-reason", help="Why a weight differs from its default (kept in the record)."
    ),
]


def register(app: typer.Typer) -> None:
    app.add_typer(track_app, name="track")
    app.add_typer(pace_app, name="pace")


@track_app.command("add")
def track_add(
    track_id: Annotated[
        str, typer.Argument(help="A short slug, e.g. sanctions.", show_default=False)
    ],
    name: Annotated[str, typer.Option("--name", help="What the track stands for.")],
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Add a track (the working group's operator)."""
    from tandem.services.pacing import add_track

    t = add_track(open_app(db), track_id, name, at=at_time(at))
    emit(t, json_, lambda t: say(f"track '{t['id']}' added: {t['name']}"))


@track_app.command("list")
def track_list(db: Db = None, json_: Json = False) -> None:
    """The tracks, with the default weight of each measure type on them."""
    from tandem.services.pacing import list_tracks

    found = list_tracks(open_app(db))
    emit(
        found,
        json_,
        lambda ts: table(
            "Tracks",
            ["id", "name", "default weights"],
            [
                [t["id"], t["name"], ", ".join(f"{k} {v}" for k, v in t["defaults"].items())]
                for t in ts
            ],
        ),
    )


@rule_app.command("add")
def rule_add(
    ahead: Annotated[str, typer.Option("--ahead", help="The track that may not lead too far.")],
    behind: Annotated[str, typer.Option("--behind", help="The track it is measured against.")],
    tolerance: Annotated[
        str, typer.Option("--tolerance", help="How far AHEAD may lead BEHIND, e.g. 10.")
    ],
    band: Annotated[
        bool, typer.Option("--band", help="Bound both ways: neither track leads by more.")
    ] = False,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Add a tandem rule: AHEAD may not lead BEHIND by more than TOLERANCE."""
    from tandem.services.pacing import add_rule

    r = add_rule(open_app(db), ahead, behind, tolerance, band=band, at=at_time(at))
    emit(r, json_, lambda r: say(f"rule {r['id']} added: {r['says']}"))


@rule_app.command("list")
def rule_list(db: Db = None, json_: Json = False) -> None:
    """The tandem rules."""
    from tandem.services.pacing import list_rules

    found = list_rules(open_app(db))
    emit(
        found,
        json_,
        lambda rs: table("Tandem rules", ["id", "rule"], [[r["id"], r["says"]] for r in rs]),
    )


@pace_app.callback()
def pace(
    ctx: typer.Context,
    as_of: AsOf = None,
    what_if: Annotated[
        int | None,
        typer.Option(
            "--what-if",
            help="The rules if this measure and every cleared one were executed.",
            show_default=False,
        ),
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Each track's index and each rule's gap and state, now and over time."""
    if ctx.invoked_subcommand is not None:
        return
    from tandem.services import pacing

    app = open_app(db)
    if what_if is not None:
        if as_of is not None:
            fail("--what-if is on the measure's planned date; leave out --as-of")
        w = pacing.what_if(app, what_if)
        emit(w, json_, _render_what_if)
        return
    when = parse_time(as_of, "--as-of") if as_of else None
    p = pacing.pace(app, as_of=when)
    if json_:
        emit(p, True)
        return
    _render(p, pacing.history(app, as_of=when, points=24))


def _render(p: dict[str, Any], h: dict[str, Any]) -> None:
    from tandem.domain.pacing import sparkline

    lines = {t["id"]: t["index"] for t in h["tracks"]}
    spans = f"{h['days'][0]} … {h['days'][-1]}"
    table(
        f"Tracks at {p['at']}",
        ["track", "name", "index", f"over time ({spans})"],
        [[t["id"], t["name"], f"{t['index']:g}", sparkline(lines[t["id"]])] for t in p["tracks"]],
    )
    gaps = {r["id"]: r["gap"] for r in h["rules"]}
    table(
        "Tandem rules",
        ["id", "ahead", "behind", "tolerance", "gap", "state", "gap over time"],
        [
            [
                r["id"],
                r["ahead"],
                r["behind"],
                f"{r['tolerance']:g}",
                f"{r['gap']:g}",
                r["state"].replace("_", " "),
                sparkline(gaps[r["id"]]),
            ]
            for r in p["rules"]
        ],
    )


def _render_what_if(w: dict[str, Any]) -> None:
    counted = ", ".join(str(i) for i in w["counted"]) or "none"
    c = out()
    c.print(
        f"[bold]What-if of measure {w['measure']}[/bold] on {w['at']} "
        f"(measures counted as executed: {counted})",
        highlight=False,
    )
    table(
        None,
        ["track", "index after"],
        [[t["id"], f"{t['index']:g}"] for t in w["tracks"]],
    )
    table(
        None,
        ["rule", "ahead", "behind", "tolerance", "gap after", "state"],
        [
            [r["id"], r["ahead"], r["behind"], f"{r['tolerance']:g}", f"{r['gap']:g}", r["state"]]
            for r in w["rules"]
        ],
    )
    c.print(
        "[bold red]breaches a tandem rule[/bold red]" if w["breach"] else "every rule in step",
        highlight=False,
    )
    for n in w.get("notes", []):
        c.print(f"note {n['id']}: {n['text']}", markup=False)


@pace_app.command("chart")
def chart(
    path: Annotated[Path, typer.Argument(help="OUT.svg or OUT.png.", show_default=False)],
    as_of: AsOf = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Draw both tracks over time with the tolerance band and the steps marked."""
    from tandem.services.pacing import chart as draw

    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("svg", "png"):
        fail(f"{path} should end in .svg or .png: the chart is drawn as one of them")
    data = draw(open_app(db), fmt, as_of=parse_time(as_of, "--as-of") if as_of else None)
    try:
        path.write_bytes(data)
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror}; choose a folder you can write to")
    emit(
        {"path": str(path), "format": fmt, "bytes": len(data)},
        json_,
        lambda r: say(f"chart written to {r['path']} ({r['bytes']} bytes)"),
    )


@pace_app.command("default")
def default(
    measure_type: Annotated[str, typer.Option("--type", help="The measure type, e.g. project.")],
    effect: Annotated[
        str, typer.Option("--effect", help="TRACK:WEIGHT, from -10 to +10.", show_default=False)
    ],
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Set the weight a measure type has on a track unless its proposer says otherwise."""
    from tandem.services.pacing import set_default

    d = set_default(open_app(db), measure_type, effect, at=at_time(at))
    emit(d, json_, lambda d: say(f"a '{d['type']}' measure weighs {d['weight']} on {d['track']}"))


@pace_app.command("half-life")
def half_life(
    days: Annotated[str, typer.Argument(help="Days after which a step counts half, or 'none'.")],
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Let old steps fade (a half-life in days), or never ('none', the default)."""
    from tandem.services.pacing import configure

    if days.strip().lower() == "none":
        value = None
    elif days.strip().isdigit():
        value = int(days)
    else:
        fail(f"a half-life is a whole number of days or 'none', not '{days}'")
    r = configure(open_app(db), half_life_days=value, at=at_time(at))
    emit(r, json_, lambda r: say(f"half-life: {r['half_life_days'] or 'none'}"))


@pace_app.command("step")
def step(
    user: As,
    actor: Annotated[str, typer.Option("--actor", help="Who acted, e.g. PRK or KOR+PRK.")],
    action: Annotated[str, typer.Option("--action", help="What happened.")],
    on: Annotated[str, typer.Option("--on", help="When, YYYY-MM-DD.")],
    effect: Effect = None,
    cameo: Annotated[
        str | None,
        typer.Option("--cameo", help="Its CAMEO code: the Goldstein weight of --effect TRACK."),
    ] = None,
    effect_reason: EffectReason = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Where it is reported (a URL).")
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Record a step on the tracks from a public source (e.g. an action of the counterpart)."""
    from tandem.services.pacing import record_step

    r = record_step(
        open_app(db),
        user,
        actor=actor,
        action=action,
        on=parse_date(on, "--on"),
        effects=effect or [],
        cameo=cameo,
        effect_reason=effect_reason,
        source=source,
        at=at_time(at),
    )
    emit(
        r,
        json_,
        lambda r: say(f"step {r['id']} recorded; outpacing alerts: {r['alerts'] or 'none'}"),
    )


@pace_app.command("effects")
def effects(
    measure_id: Annotated[int, typer.Argument(help="The measure's number.", show_default=False)],
    user: As,
    effect: Effect = None,
    effect_reason: EffectReason = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Change a draft's weights (its party; a reason is required). Once notified, amend it:
    tandem measure amend ID --effect TRACK:WEIGHT."""
    from tandem.services.pacing import change_effects

    r = change_effects(open_app(db), measure_id, user, effect or [], effect_reason, at=at_time(at))
    emit(
        r,
        json_,
        lambda r: say(
            f"measure {r['measure']} now weighs "
            + ", ".join(f"{e['weight']} on {e['track']}" for e in r["effects"])
        ),
    )
