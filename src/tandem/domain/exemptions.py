"""1718 Committee exemption requests: what one contains, its life, and whether it covers a date.

A request is drafted from a screening's findings, with the contents the Committee's
Implementation Assistance Notice No. 7 asks for — the nature of the assistance, the DPRK
recipients and how beneficiaries are chosen, why an exemption is needed, and the goods and
services with quantities and specifications (the humanitarian-exemption page of the 1718
Committee, https://www.un.org/securitycouncil/sanctions/1718/exemptions-measures/humanitarian-exemption-requests).
The party submits it to the Committee and records the Committee's answer: granted, with a
validity period and a number of shipments, or denied. Pure rules; the services record them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from tandem.domain.errors import InvalidInput, InvalidTransition
from tandem.domain.sanctions import cites


class Status(StrEnum):
    DRAFTED = "drafted"
    SUBMITTED = "submitted"
    GRANTED = "granted"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"


class Step(StrEnum):
    SUBMIT = "submit"
    GRANT = "grant"
    DENY = "deny"
    WITHDRAW = "withdraw"


_NEXT: dict[tuple[Status, Step], Status] = {
    (Status.DRAFTED, Step.SUBMIT): Status.SUBMITTED,
    (Status.DRAFTED, Step.WITHDRAW): Status.WITHDRAWN,
    (Status.SUBMITTED, Step.GRANT): Status.GRANTED,
    (Status.SUBMITTED, Step.DENY): Status.DENIED,
    (Status.SUBMITTED, Step.WITHDRAW): Status.WITHDRAWN,
}

NATURE_REQUIRED = "the nature of the assistance or project is required"
RECIPIENTS_REQUIRED = "the DPRK recipients are required"
VALIDITY_REQUIRED = "a grant gives its first and last day of validity (YYYY-MM-DD)"
DECISION_REQUIRED = "the Committee's answer (the decision) is required"
"""Refusals of a blank field, named in the words of the request (an adapter may add its
own name for the field, e.g. the command line's --nature)."""

MAX_SHIPMENTS = 99
WARN_DAYS = 30
"""An `exemption_expiring` alert is raised this many days before a grant's last day."""


def advance(request_id: int, status: Status, step: Step) -> Status:
    """The status after `step`, or a refusal that says what is possible instead."""
    after = _NEXT.get((status, step))
    if after is None:
        possible = [s.value for (st, s) in _NEXT if st is status]
        hint = (
            f"it can now be {' or '.join(possible)}"
            if possible
            else "it is closed; draft a new request from the measure's findings"
        )
        raise InvalidTransition(
            f"exemption request {request_id} is {status.value} and cannot {step.value}; {hint}"
        )
    return after


def check_grant(valid_from: date, valid_until: date, shipments: int | None) -> None:
    if valid_until < valid_from:
        raise InvalidInput(
            f"a grant ends on or after it starts; {valid_until} is before {valid_from}"
        )
    if valid_until - valid_from > timedelta(days=3 * 366):
        raise InvalidInput("a grant is valid for three years at most; check the dates")
    if shipments is not None and not 1 <= shipments <= MAX_SHIPMENTS:
        raise InvalidInput(f"shipments are from 1 to {MAX_SHIPMENTS}, not {shipments}")


def covers(status: Status, valid_from: date | None, valid_until: date | None, on: date) -> bool:
    """Whether a request is a grant valid on `on`."""
    return (
        status is Status.GRANTED
        and valid_from is not None
        and valid_until is not None
        and valid_from <= on <= valid_until
    )


def expiring(status: Status, valid_until: date | None, today: date) -> bool:
    """A grant whose last day is within WARN_DAYS (and not yet past)."""
    return (
        status is Status.GRANTED
        and valid_until is not None
        and today <= valid_until <= today + timedelta(days=WARN_DAYS)
    )


_EXEMPTABLE = ("requires_exemption", "prohibited")


def draft(
    *,
    measure: Mapping[str, Any],
    lines: Sequence[Mapping[str, Any]],
    screening: Mapping[str, Any],
    nature: str,
    recipients: str,
    beneficiaries: str = "",
) -> dict[str, Any]:
    """The contents of a request: the findings that need an exemption, their lines (items,
    quantities, end users) and the reasons, with what the party says of the assistance."""
    if not nature.strip():
        raise InvalidInput(NATURE_REQUIRED)
    if not recipients.strip():
        raise InvalidInput(RECIPIENTS_REQUIRED)
    needing = [
        f for f in screening["findings"] if f["effect"] == "prohibited" or f["effect"] == "capped"
    ]
    if not any(f["effect"] == "prohibited" for f in needing):
        raise InvalidInput(
            f"measure {measure['id']} has no finding that needs an exemption (its verdict is "
            f"{screening['verdict']}); nothing to request"
        )
    numbers = sorted({int(f["line"]) for f in needing})
    items = []
    for n in numbers:
        line = lines[n - 1]
        items.append(
            {
                "line": n,
                "description": line["description"],
                "hs_code": line["hs_code"],
                "quantity": line["quantity"],
                "unit": line["unit"],
                "value": line["value"],
                "currency": line["currency"],
                "returns": line["returns"],
                "end_user": line["end_user"],
                "service": line["service"],
                "rules": [
                    cites(f["resolution"], f.get("paragraph"))
                    for f in needing
                    if int(f["line"]) == n
                ],
            }
        )
    why = [
        f"line {f['line']}: {f['why']}"
        + (f" (exemption path: {f['exemption']})" if f["exemption"] else "")
        for f in needing
    ]
    return {
        "measure": measure["id"],
        "title": measure["title"],
        "planned": measure.get("planned"),
        "screening": screening["id"],
        "verdict": screening["verdict"],
        "nature": nature.strip(),
        "recipients": recipients.strip(),
        "beneficiaries": beneficiaries.strip(),
        "items": items,
        "why": why,
    }


def document(request: Mapping[str, Any], status: str, party: str, request_id: int) -> str:
    """The request as a Markdown document for the Committee (to be put on letterhead)."""
    c = request
    out = [
        f"# Request for an exemption from the 1718 Committee — {c['title']}",
        "",
        f"Requesting party: {party}. Tandem request {request_id}, measure {c['measure']}, "
        f"status {status}." + (f" Planned date: {c['planned']}." if c.get("planned") else ""),
        "",
        "## 1. Nature of the assistance or project",
        "",
        c["nature"],
        "",
        "## 2. Recipients in the DPRK and selection of beneficiaries",
        "",
        c["recipients"],
    ]
    if c.get("beneficiaries"):
        out += ["", c["beneficiaries"]]
    out += ["", "## 3. Why an exemption is needed", ""]
    out += [f"- {w}" for w in c["why"]]
    out += [
        "",
        "## 4. Goods and services, with quantities and specifications",
        "",
        "| line | description | HS | quantity | value | returns | end user | measures |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for i in c["items"]:
        qty = f"{i['quantity']} {i['unit']}" if i["quantity"] is not None else ""
        value = f"{i['value']} {i['currency']}" if i["value"] is not None else ""
        what = i["hs_code"] or i["service"]
        cells = [
            str(i["line"]),
            i["description"],
            what,
            qty,
            value,
            "yes" if i["returns"] else "no",
            i["end_user"] or "",
            ", ".join(i["rules"]),
        ]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    out += [
        "",
        f"Screened against the rulebook in force (screening {c['screening']}, verdict "
        f"{c['verdict']}). A finding marked unverified rests on a fact (its paragraph number "
        "or its HS codes) not yet checked against the official text.",
        "",
    ]
    return "\n".join(out)
