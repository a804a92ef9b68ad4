"""Use cases of sanctions screening: the rulebook, screening a manifest, a measure's
manifest and findings (screened at notification, read by every party), the `sanctions`
alert at execution, and 1718 Committee exemption requests (docs/sanctions.md)."""

from __future__ import annotations

import hashlib
import json
import tomllib
from datetime import date, datetime
from importlib import resources
from typing import Any

from tandem.domain import exemptions as ex
from tandem.domain.alerts import AlertKind, raise_alert
from tandem.domain.designations import DEFAULT_THRESHOLD, dprk_matcher
from tandem.domain.errors import InvalidInput, NotFound
from tandem.domain.events import Event, day_iso, iso
from tandem.domain.measures import Measure
from tandem.domain.parties import Action
from tandem.domain.sanctions import (
    RULEBOOK,
    TEMPLATE,
    Line,
    Verdict,
    cites,
    lint,
    parse_manifest,
    rulebook,
    screen_lines,
)
from tandem.services.context import App, Context, reading, writing
from tandem.services.views import JSONDict
from tandem.store.hooks import Hooked
from tandem.store.sanctions import Sanctions

# The rulebook and screening without a database -----------------------------------------------


def list_rules() -> list[JSONDict]:
    book = rulebook()
    return [
        {
            "id": r.id,
            "resolution": r.resolution,
            "paragraph": r.paragraph,
            "applies_from": r.start.isoformat(),
            "until": day_iso(book.ends(r)),
            "effect": r.effect.value,
            "direction": r.direction,
            "title": r.title,
            "paragraph_checked": r.paragraph_checked,
            "hs_checked": r.hs_checked,
            "verified": r.verified,
        }
        for r in book.rules
    ]


def show_rule(rule_id: str) -> JSONDict:
    book = rulebook()
    r = book.rule(rule_id)
    return r.view() | {
        "until": day_iso(book.ends(r)),
        "replaced_by": [o.id for o in book.rules if r.id in o.replaces],
    }


def check_rulebook(text: str | None = None) -> JSONDict:
    """The lint of a rulebook file (the shipped one when `text` is None)."""
    if text is None:
        text = resources.files("tandem.data").joinpath("rulebooks", RULEBOOK).read_text("utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {"ok": False, "problems": [f"the rulebook is not valid TOML: {exc}"], "rules": 0}
    problems = lint(data)
    rules = data.get("rule")
    return {
        "ok": not problems,
        "problems": problems,
        "rules": len(rules) if isinstance(rules, list) else 0,
    }


def template() -> str:
    return TEMPLATE


def _threshold(threshold: float | None) -> float:
    value = DEFAULT_THRESHOLD if threshold is None else threshold
    if not 50 <= value <= 100:
        raise InvalidInput(f"a name-matching threshold is from 50 to 100, not {value:g}")
    return value


def screen_text(text: str, on: date, threshold: float | None = None) -> JSONDict:
    """A manifest screened by the rules in force on `on`; nothing is written."""
    lines = parse_manifest(text)
    return screen_lines(lines, rulebook(), on, dprk_matcher(), _threshold(threshold)).to_json()


# A measure's manifest and its screenings ------------------------------------------------------


def _line(number: int, d: dict[str, Any]) -> Line:
    from decimal import Decimal

    return Line(
        number,
        d["description"],
        d["direction"],
        d["hs_code"],
        None if d["quantity"] is None else Decimal(d["quantity"]),
        d["unit"],
        None if d["value"] is None else Decimal(d["value"]),
        d["currency"],
        d["returns"],
        d["transport"],
        d["end_user"],
        tuple(d["counterparties"]),
        d["vessel_name"],
        d["vessel_imo"],
        d["service"],
    )


def manifest_events(m_id: int, version: int, party: str, text: str) -> list[Event]:
    """The record entry of a manifest given for a version; refused whole if any row is bad."""
    lines = [line.to_json() for line in parse_manifest(text)]
    digest = hashlib.sha256(json.dumps(lines, sort_keys=True).encode()).hexdigest()
    payload = {"measure": m_id, "version": version, "digest": digest, "lines": lines}
    return [Event("sanctions.manifest", f"measure:{m_id}", payload, party)]


def _screened(ctx: Context, m: Measure, on: date | None = None) -> list[Event]:
    found = Sanctions(ctx.uow.conn).manifest(m.id, m.version)
    if found is None:
        return []
    _, raw = found
    lines = [_line(i, d) for i, d in enumerate(raw, start=1)]
    when = on or m.planned or ctx.now.date()
    s = screen_lines(lines, rulebook(), when, dprk_matcher()).to_json()
    payload = {
        "id": ctx.next_id("screening"),
        "measure": m.id,
        "version": m.version,
        "on": s["on"],
        "rulebook": s["rulebook"],
        "verdict": s["verdict"],
        "findings": s["findings"],
        "names": s["names"],
    }
    return [Event("sanctions.screened", m.subject, payload, m.proposer)]


def on_notify(ctx: Context, m: Measure, hooked: Hooked | None = None) -> list[Event]:
    """At notification, a measure with a manifest is screened by the rules in force on its
    planned date (else the day of notification); every party reads the findings.

    `hooked`, when given, was read in this transaction and says whether it has one."""
    if hooked is not None and not hooked.manifest:
        return []
    return _screened(ctx, m)


def amended_manifest(ctx: Context, m: Measure, text: str) -> tuple[list[Event], bool]:
    """The record entry of a manifest given with an amendment of `m`, for the version the
    amendment makes (refused whole if any row is bad), and whether it differs from the
    manifest in force for the current version (an identical one changes nothing)."""
    events = manifest_events(m.id, m.version + 1, m.proposer, text)
    in_force = Sanctions(ctx.uow.conn).manifest(m.id, m.version)
    return events, in_force is None or in_force[1] != events[0].payload["lines"]


def on_amend(ctx: Context, m: Measure, events: list[Event]) -> list[Event]:
    """An amendment that reopened a window is a new notification: once it is recorded (`m`
    is the new version, with the manifest given with it recorded), the new version is
    screened as `on_notify` screens, with the manifest in force for it: the one given with
    the amendment, else the one carried from an earlier version."""
    amended = next((e for e in events if e.kind == "measure.amended"), None)
    if amended is None or amended.payload.get("deadline") is None:
        return []
    assert m.version == amended.payload["version"], "screened after the amendment is recorded"
    return on_notify(ctx, m)


def manifest_in_force(ctx: Context, m: Measure) -> JSONDict | None:
    """Which manifest the current version of `m` carries: the version it was given for and
    its number of lines."""
    found = Sanctions(ctx.uow.conn).manifest(m.id, m.version)
    return None if found is None else {"version": found[0], "lines": len(found[1])}


_NEEDS = {Verdict.REQUIRES_EXEMPTION.value, Verdict.PROHIBITED.value}


def on_execute(
    ctx: Context, m: Measure, events: list[Event], hooked: Hooked | None = None
) -> list[Event]:
    """Executing a measure whose last screening needs an exemption that no grant covers on
    the execution date raises a `sanctions` alert to every party (execution goes ahead).

    `hooked`, when given, was read in this transaction: unless the last screening needs
    an exemption, nothing more is read."""
    executed = next((e for e in events if e.kind == "measure.executed"), None)
    if executed is None or (hooked is not None and hooked.verdict not in _NEEDS):
        return events
    store = Sanctions(ctx.uow.conn)
    screenings = store.screenings(m.id)
    if not screenings or screenings[-1]["verdict"] not in _NEEDS:
        return events
    last = screenings[-1]
    on = date.fromisoformat(executed.payload["on"])
    granted = [
        e
        for e in store.exemptions(m.id)
        if ex.covers(ex.Status(e["status"]), e["valid_from"], e["valid_until"], on)
    ]
    if granted:
        return events
    cited = sorted(
        {
            cites(f["resolution"], f.get("paragraph"))
            for f in last["findings"]
            if f["effect"] == "prohibited"
        }
    )
    text = (
        f"{m.proposer} executed measure {m.id} '{m.title}' on {on} although its screening "
        f"{last['id']} is {last['verdict'].replace('_', ' ')} under {', '.join(cited)} and no "
        "granted 1718 Committee exemption covers that date"
    )
    alert = raise_alert(
        ctx.next_id("alert"),
        AlertKind.SANCTIONS,
        m.proposer,
        [p.code for p in ctx.group.parties],
        text,
        measure=m.id,
    )
    return [*events, alert]


def _view(row: dict[str, Any]) -> JSONDict:
    out = dict(row)
    if isinstance(out.get("at"), datetime):
        out["at"] = iso(out["at"])
    for key in ("valid_from", "valid_until"):
        if key in out:
            out[key] = day_iso(out[key])
    return out


def measure_screening(app: App, measure_id: int) -> JSONDict:
    """A measure's manifest, every screening and exemption request: read by every party."""
    with reading(app) as ctx:
        m = ctx.measure(measure_id)
        store = Sanctions(ctx.uow.conn)
        manifest = store.manifest(m.id)
        screenings = [_view(s) for s in store.screenings(m.id)]
        return {
            "measure": m.id,
            "version": m.version,
            "manifest": None
            if manifest is None
            else {"version": manifest[0], "lines": manifest[1]},
            "verdict": screenings[-1]["verdict"] if screenings else None,
            "screenings": screenings,
            "exemptions": [_exemption_view(e) for e in store.exemptions(m.id)],
        }


def attach_manifest(
    app: App, measure_id: int, user_name: str, text: str, *, at: datetime | None = None
) -> JSONDict:
    """The manifest of the current version of a draft measure, if it has none of its own;
    a new one comes with an amendment (`amend_measure(manifest=…)`: a new version, and a
    new window once notified)."""
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        user.require(Action.AMEND, m.proposer)
        if m.notified_at is not None:
            raise InvalidInput(
                f"measure {m.id} has been notified; a manifest is attached only to a draft: "
                f"amend the measure with its new manifest (`tandem measure amend {m.id} "
                "--manifest FILE`), which makes a new version and reopens the window"
            )
        given = Sanctions(ctx.uow.conn).manifest(m.id, m.version)
        if given is not None and given[0] == m.version:
            raise InvalidInput(
                f"version {m.version} of measure {m.id} already has its manifest; a new one "
                f"makes a new version: `tandem measure amend {m.id} --manifest FILE`"
            )
        events = manifest_events(m.id, m.version, m.proposer, text)
        ctx.record(events, user.name)
        return {"measure": m.id, "version": m.version, "lines": len(events[0].payload["lines"])}


def screen_measure(
    app: App, measure_id: int, user_name: str, *, at: datetime | None = None
) -> JSONDict:
    """Screen a measure's manifest again now (e.g. after the rulebook changed)."""
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        user.require(Action.AMEND, m.proposer)
        events = _screened(ctx, m)
        if not events:
            raise InvalidInput(
                f"measure {m.id} has no manifest; give one with `tandem screen attach`"
            )
        ctx.record(events, user.name)
        return _view(Sanctions(ctx.uow.conn).screenings(m.id)[-1])


# Exemption requests -------------------------------------------------------------------------


def _exemption_view(e: dict[str, Any]) -> JSONDict:
    out = _view(e)
    out.pop("warned", None)
    return out


def _exemption(ctx: Context, request_id: int) -> dict[str, Any]:
    found = (
        Sanctions(ctx.uow.conn).exemptions(request_id=request_id) if 0 < request_id < 2**31 else []
    )
    if not found:
        raise NotFound(
            f"there is no exemption request {request_id}; `tandem exemption list` shows them"
        )
    return found[0]


def draft_exemption(
    app: App,
    measure_id: int,
    user_name: str,
    *,
    nature: str,
    recipients: str,
    beneficiaries: str = "",
    at: datetime | None = None,
) -> JSONDict:
    """A request drafted from the measure's last screening: its items, quantities and why."""
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        m = ctx.measure(measure_id, for_update=True)
        user.require(Action.AMEND, m.proposer)
        store = Sanctions(ctx.uow.conn)
        screenings = store.screenings(m.id)
        if not screenings:
            raise InvalidInput(
                f"measure {m.id} has not been screened; it is screened when notified with a "
                "manifest, or with `tandem screen measure`"
            )
        manifest = store.manifest(m.id, m.version)
        assert manifest is not None
        request = ex.draft(
            measure={"id": m.id, "title": m.title, "planned": day_iso(m.planned)},
            lines=manifest[1],
            screening=screenings[-1],
            nature=nature,
            recipients=recipients,
            beneficiaries=beneficiaries,
        )
        rid = ctx.next_id("exemption")
        payload = {"id": rid, "measure": m.id, "party": m.proposer, "request": request}
        ctx.record(
            [Event("sanctions.exemption_drafted", f"exemption:{rid}", payload, m.proposer)],
            user.name,
        )
        return _exemption_view(_exemption(ctx, rid))


def change_exemption(
    app: App,
    request_id: int,
    user_name: str,
    step: ex.Step,
    *,
    valid_from: date | None = None,
    valid_until: date | None = None,
    shipments: int | None = None,
    decision: str | None = None,
    at: datetime | None = None,
) -> JSONDict:
    """Submit or withdraw a request, or record the Committee's grant or denial (an envoy)."""
    with writing(app, at) as ctx:
        user = ctx.user(user_name)
        e = _exemption(ctx, request_id)
        user.require(Action.NOTIFY, e["party"])
        status = ex.advance(request_id, ex.Status(e["status"]), step)
        if step is ex.Step.GRANT:
            if valid_from is None or valid_until is None:
                raise InvalidInput(ex.VALIDITY_REQUIRED)
            ex.check_grant(valid_from, valid_until, shipments)
        elif valid_from or valid_until or shipments:
            raise InvalidInput("validity and shipments are given only with a grant")
        if step is ex.Step.DENY and not (decision or "").strip():
            raise InvalidInput(ex.DECISION_REQUIRED)
        payload = {
            "id": request_id,
            "measure": e["measure"],
            "status": status.value,
            "valid_from": day_iso(valid_from),
            "valid_until": day_iso(valid_until),
            "shipments": shipments,
            "decision": (decision or "").strip() or None,
        }
        ctx.record(
            [Event("sanctions.exemption_changed", f"exemption:{request_id}", payload, e["party"])],
            user.name,
        )
        return _exemption_view(_exemption(ctx, request_id))


def list_exemptions(app: App, measure_id: int | None = None) -> list[JSONDict]:
    with reading(app) as ctx:
        if measure_id is not None:
            ctx.measure(measure_id)
        return [_exemption_view(e) for e in Sanctions(ctx.uow.conn).exemptions(measure_id)]


def exemption_document(app: App, request_id: int) -> str:
    with reading(app) as ctx:
        e = _exemption(ctx, request_id)
        return ex.document(e["request"], e["status"], e["party"], e["id"])


def _expiring(ctx: Context) -> list[dict[str, Any]]:
    today = ctx.now.date()
    return [
        e
        for e in Sanctions(ctx.uow.conn).exemptions()
        if not e["warned"] and ex.expiring(ex.Status(e["status"]), e["valid_until"], today)
    ]


def warn_expiring(app: App, *, at: datetime | None = None) -> list[int]:
    """An `exemption_expiring` alert, once, for each grant whose last day is near (the
    worker calls this every tick: it reads first and writes only when one is due)."""
    if at is None:
        with reading(app) as ctx:
            if not _expiring(ctx):
                return []
    with writing(app, at) as ctx:
        events: list[Event] = []
        warned: list[int] = []
        for e in _expiring(ctx):
            text = (
                f"the 1718 Committee exemption of request {e['id']} (measure {e['measure']}) "
                f"ends on {e['valid_until']}; ask for an extension or finish the shipments"
            )
            events.append(
                raise_alert(
                    ctx.next_id("alert"),
                    AlertKind.EXEMPTION_EXPIRING,
                    e["party"],
                    [p.code for p in ctx.group.parties],
                    text,
                    measure=e["measure"],
                )
            )
            events.append(
                Event(
                    "sanctions.exemption_warned",
                    f"exemption:{e['id']}",
                    {"id": e["id"]},
                    e["party"],
                )
            )
            warned.append(e["id"])
        ctx.record(events, "tandem")
        return warned
