"""`tandem rules …`, `tandem screen`, `tandem manifest …` and `tandem exemption …`:
sanctions screening and 1718 Committee exemption requests (docs/sanctions.md).

Registered on the main app by `register(app)`; services are imported inside the commands so
that `tandem --help` stays fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from tandem.cli.options import As, At, Db, Json, at_time, open_app
from tandem.cli.output import emit, fail, out, parse_date, say, table

rules_app = typer.Typer(
    help="The sanctions rulebook: one rule per measure of the UN regime on the DPRK.",
    no_args_is_help=True,
)
manifest_app = typer.Typer(
    help="A measure's manifest and its screenings, read by every party.", no_args_is_help=True
)
exemption_app = typer.Typer(
    help="1718 Committee exemption requests drafted from a measure's findings.",
    no_args_is_help=True,
)

MeasureId = Annotated[int, typer.Argument(help="The measure's number.", show_default=False)]
RequestId = Annotated[
    int, typer.Argument(help="The exemption request's number.", show_default=False)
]


def register(app: typer.Typer) -> None:
    app.add_typer(rules_app, name="rules")
    app.command("screen")(screen)
    app.add_typer(manifest_app, name="manifest")
    app.add_typer(exemption_app, name="exemption")


def read_text(path: Path, what: str) -> str:
    """A file's text, or a sentence saying why it cannot be read (exit 2)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        fail(f"there is no {what} '{path}'; check the path")
    except IsADirectoryError:
        fail(f"'{path}' is a folder; give the {what} file")
    except UnicodeDecodeError:
        fail(f"the {what} '{path}' is not UTF-8 text; save it as UTF-8 CSV or JSON")
    except OSError as exc:
        fail(f"the {what} '{path}' cannot be read: {exc.strerror}")


def _cites(resolution: str, paragraph: str | None) -> str:
    from tandem.domain.sanctions import cites

    return cites(resolution, paragraph)


# Rules ----------------------------------------------------------------------------------------


@rules_app.command("list")
def rules_list(json_: Json = False) -> None:
    """Every rule with its resolution, paragraph, dates and effect."""
    from tandem.services.sanctions import list_rules

    emit(
        list_rules(),
        json_,
        lambda rs: table(
            "Sanctions rules (unverified: paragraph number or HS codes not yet checked)",
            ["rule", "cites", "from", "until", "direction", "effect", "what", "verified"],
            [
                [
                    r["id"],
                    _cites(r["resolution"], r["paragraph"]),
                    r["applies_from"],
                    r["until"],
                    r["direction"],
                    r["effect"],
                    r["title"],
                    "yes" if r["verified"] else "no",
                ]
                for r in rs
            ],
        ),
    )


@rules_app.command("show")
def rules_show(
    rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. 2397-5.", show_default=False)],
    json_: Json = False,
) -> None:
    """One rule: what it matches, its effect, cap, exemption path and source."""
    from tandem.services.sanctions import show_rule

    def render(r: dict[str, Any]) -> None:
        m = r["matches"]
        rows = [
            ["cites", _cites(r["resolution"], r["paragraph"])],
            ["adopted", r["adopted"]],
            [
                "applies",
                f"from {r['applies_from']}" + (f" until {r['until']}" if r["until"] else ""),
            ],
            ["direction", r["direction"]],
            ["effect", r["effect"]],
            ["HS codes", ", ".join(m["hs"]) + (f" ({m['hs_basis']})" if m["hs"] else "")],
            ["keywords", ", ".join(m["keywords"])],
            ["services", ", ".join(m["services"])],
            ["designated", "yes" if m["designated"] else ""],
            ["all goods", "yes" if m["goods"] else ""],
            [
                "cap",
                ""
                if r["cap"] is None
                else f"{r['cap']['quantity']} {r['cap']['unit']} per {r['cap']['period']}; "
                f"{r['cap']['reporting']}",
            ],
            [
                "exemption",
                r["exemption"]["path"]
                + (f": {r['exemption']['says']}" if r["exemption"]["says"] else ""),
            ],
            ["replaces", ", ".join(r["replaces"])],
            ["replaced by", ", ".join(r["replaced_by"])],
            ["overrides", ", ".join(r["overrides"])],
            ["paragraph checked", "yes" if r["paragraph_checked"] else "no"],
            ["HS codes checked", ("yes" if r["hs_checked"] else "no") if m["hs"] else ""],
            ["verified", "yes" if r["verified"] else f"no: {r['unverified']}"],
            ["source", r["source"]],
            ["note", r["note"]],
        ]
        table(f"{r['id']}: {r['title']}", ["", ""], rows)

    emit(show_rule(rule_id), json_, render)


@rules_app.command("check")
def rules_check(
    file: Annotated[
        Path | None,
        typer.Argument(help="A rulebook (TOML) [default: the shipped one].", show_default=False),
    ] = None,
    json_: Json = False,
) -> None:
    """Lint a rulebook: sources, HS codes, contradicting overlaps. Exit 2 if refused."""
    from tandem.services.sanctions import check_rulebook

    result = check_rulebook(read_text(file, "rulebook") if file is not None else None)
    if json_:
        emit(result, True)
    elif result["ok"]:
        say(f"the rulebook is sound: {result['rules']} rules")
    if not result["ok"]:
        if not json_:
            for p in result["problems"]:
                say(f"- {p}")
        fail(f"the rulebook is refused: {len(result['problems'])} problem(s)")


# Screening ------------------------------------------------------------------------------------

On = Annotated[
    str | None,
    typer.Option("--on", help="Apply the rules in force on this date (default: today, UTC)."),
]
Threshold = Annotated[
    float | None,
    typer.Option(
        "--threshold", help="Name-matching score from 50 to 100 (default 88).", show_default=False
    ),
]


def _render_screening(s: dict[str, Any]) -> None:
    out().print(f"verdict: {s['verdict'].replace('_', ' ')} (rules in force on {s['on']})")
    if s["findings"]:
        table(
            "Findings",
            ["line", "rule", "cites", "effect", "exemption", "why"],
            [
                [
                    f["line"],
                    f["rule"],
                    _cites(f["resolution"], f.get("paragraph")),
                    f["effect"],
                    f["exemption"],
                    f["why"],
                ]
                for f in s["findings"]
            ],
        )
    if s["names"]:
        table(
            "Designated names",
            ["line", "name", "matched", "alias", "reference", "score"],
            [
                [n["line"], n["name"], n["matched"], n["alias"], n["reference"], n["score"]]
                for n in s["names"]
            ],
        )


def screen(
    file: Annotated[
        Path | None,
        typer.Argument(help="A manifest, CSV or JSON (docs/sanctions.md).", show_default=False),
    ] = None,
    on: On = None,
    threshold: Threshold = None,
    template: Annotated[
        bool, typer.Option("--template", help="Print a manifest template (CSV) and stop.")
    ] = False,
    json_: Json = False,
) -> None:
    """Screen a manifest against the rules in force on a date; nothing is written."""
    from tandem.services import sanctions

    if template:
        out().file.write(sanctions.template())
        return
    if file is None:
        fail("give a manifest file, or --template for one to fill in")
    day = parse_date(on, "--on") if on else datetime.now(UTC).date()
    result = sanctions.screen_text(read_text(file, "manifest"), day, threshold)
    emit(result, json_, _render_screening)


# A measure's manifest -------------------------------------------------------------------------


@manifest_app.command("attach")
def manifest_attach(
    measure: MeasureId,
    file: Annotated[Path, typer.Argument(help="The manifest, CSV or JSON.", show_default=False)],
    user: As,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Give a draft measure its manifest (screened when the measure is notified)."""
    from tandem.services.sanctions import attach_manifest

    r = attach_manifest(open_app(db), measure, user, read_text(file, "manifest"), at=at_time(at))
    emit(r, json_, lambda r: say(f"measure {r['measure']}: manifest of {r['lines']} lines given"))


@manifest_app.command("show")
def manifest_show(measure: MeasureId, db: Db = None, json_: Json = False) -> None:
    """A measure's manifest, its screenings and exemption requests (every party reads them)."""
    from tandem.services.sanctions import measure_screening

    def render(r: dict[str, Any]) -> None:
        if r["manifest"] is None:
            say(f"measure {r['measure']} has no manifest")
            return
        lines = r["manifest"]["lines"]
        table(
            f"Manifest of measure {r['measure']} (given for version {r['manifest']['version']})",
            ["line", "description", "HS / service", "quantity", "direction", "returns"],
            [
                [
                    i,
                    d["description"],
                    d["hs_code"] or d["service"],
                    f"{d['quantity']} {d['unit']}" if d["quantity"] else "",
                    d["direction"],
                    "yes" if d["returns"] else "no",
                ]
                for i, d in enumerate(lines, start=1)
            ],
        )
        if not r["screenings"]:
            say("not screened yet: it is screened when the measure is notified")
        else:
            _render_screening(r["screenings"][-1])
        for e in r["exemptions"]:
            say(f"exemption request {e['id']}: {e['status']}")

    emit(measure_screening(open_app(db), measure), json_, render)


@manifest_app.command("screen")
def manifest_screen(
    measure: MeasureId, user: As, db: Db = None, at: At = None, json_: Json = False
) -> None:
    """Screen a measure's manifest again, with the rules in force on its planned date."""
    from tandem.services.sanctions import screen_measure

    emit(screen_measure(open_app(db), measure, user, at=at_time(at)), json_, _render_screening)


# Exemption requests ---------------------------------------------------------------------------


@contextmanager
def _flags(**flags: str) -> Iterator[None]:
    """A refusal of a blank field, with the option that gives it: "(--nature)"."""
    from tandem.domain import exemptions as ex
    from tandem.domain.errors import InvalidInput

    named = {getattr(ex, key): flag for key, flag in flags.items()}
    try:
        yield
    except InvalidInput as exc:
        flag = named.get(exc.message)
        if flag is None:
            raise
        raise InvalidInput(f"{exc.message} ({flag})") from None


def _said(e: dict[str, Any]) -> None:
    extra = ""
    if e["status"] == "granted":
        extra = f", valid {e['valid_from']} to {e['valid_until']}"
        if e["shipments"]:
            extra += f", {e['shipments']} shipment(s)"
    say(f"exemption request {e['id']} (measure {e['measure']}, {e['party']}): {e['status']}{extra}")


@exemption_app.command("draft")
def exemption_draft(
    measure: MeasureId,
    user: As,
    nature: Annotated[str, typer.Option("--nature", help="What the assistance or project is.")],
    recipients: Annotated[str, typer.Option("--recipients", help="The DPRK recipients.")],
    beneficiaries: Annotated[
        str, typer.Option("--beneficiaries", help="How beneficiaries are chosen.")
    ] = "",
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Draft a request from the measure's last screening (items, quantities, why)."""
    from tandem.services.sanctions import draft_exemption

    with _flags(NATURE_REQUIRED="--nature", RECIPIENTS_REQUIRED="--recipients"):
        e = draft_exemption(
            open_app(db),
            measure,
            user,
            nature=nature,
            recipients=recipients,
            beneficiaries=beneficiaries,
            at=at_time(at),
        )
    emit(e, json_, _said)


def _step(
    request: int,
    user: str,
    step: str,
    db: str | None,
    at: str | None,
    json_: bool,
    **kw: Any,
) -> None:
    from tandem.domain.exemptions import Step
    from tandem.services.sanctions import change_exemption

    with _flags(DECISION_REQUIRED="--decision", VALIDITY_REQUIRED="--from and --until"):
        e = change_exemption(open_app(db), request, user, Step(step), at=at_time(at), **kw)
    emit(e, json_, _said)


@exemption_app.command("submit")
def exemption_submit(
    request: RequestId, user: As, db: Db = None, at: At = None, json_: Json = False
) -> None:
    """Record that the request went to the 1718 Committee (an envoy)."""
    _step(request, user, "submit", db, at, json_)


@exemption_app.command("grant")
def exemption_grant(
    request: RequestId,
    user: As,
    valid_from: Annotated[str, typer.Option("--from", help="First day of validity.")],
    valid_until: Annotated[str, typer.Option("--until", help="Last day of validity.")],
    shipments: Annotated[
        int | None, typer.Option("--shipments", help="Shipments allowed.", show_default=False)
    ] = None,
    decision: Annotated[
        str | None, typer.Option("--decision", help="The Committee's reference or note.")
    ] = None,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Record the Committee's grant, with its validity and shipments (an envoy)."""
    _step(
        request,
        user,
        "grant",
        db,
        at,
        json_,
        valid_from=parse_date(valid_from, "--from"),
        valid_until=parse_date(valid_until, "--until"),
        shipments=shipments,
        decision=decision,
    )


@exemption_app.command("deny")
def exemption_deny(
    request: RequestId,
    user: As,
    decision: Annotated[str, typer.Option("--decision", help="What the Committee answered.")],
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Record the Committee's denial (an envoy)."""
    _step(request, user, "deny", db, at, json_, decision=decision)


@exemption_app.command("withdraw")
def exemption_withdraw(
    request: RequestId, user: As, db: Db = None, at: At = None, json_: Json = False
) -> None:
    """Withdraw a drafted or submitted request (an envoy)."""
    _step(request, user, "withdraw", db, at, json_)


@exemption_app.command("list")
def exemption_list(
    measure: Annotated[
        int | None, typer.Option("--measure", help="Only this measure's.", show_default=False)
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Exemption requests, every party's."""
    from tandem.services.sanctions import list_exemptions

    emit(
        list_exemptions(open_app(db), measure),
        json_,
        lambda es: table(
            "Exemption requests",
            ["id", "measure", "party", "status", "valid from", "until", "shipments"],
            [
                [
                    e["id"],
                    e["measure"],
                    e["party"],
                    e["status"],
                    e["valid_from"],
                    e["valid_until"],
                    e["shipments"],
                ]
                for e in es
            ],
        ),
    )


@exemption_app.command("export")
def exemption_export(request: RequestId, db: Db = None) -> None:
    """The request as a Markdown document for the Committee, on stdout."""
    from tandem.services.sanctions import exemption_document

    out().file.write(exemption_document(open_app(db), request))


@exemption_app.command("warn")
def exemption_warn(db: Db = None, at: At = None, json_: Json = False) -> None:
    """Raise `exemption_expiring` alerts for grants ending within 30 days (once each)."""
    from tandem.services.sanctions import warn_expiring

    warned = warn_expiring(open_app(db), at=at_time(at))
    emit(
        {"warned": warned},
        json_,
        lambda r: say(f"{len(r['warned'])} expiring exemption(s) alerted"),
    )
