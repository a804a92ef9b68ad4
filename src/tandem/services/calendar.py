"""Deadlines computed the way consultation windows are, for anyone to check."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tandem.domain.calendar import WorkingCalendar, check_country
from tandem.domain.consultation import local
from tandem.domain.errors import InvalidInput
from tandem.domain.events import iso
from tandem.domain.parties import Party
from tandem.services.context import App, reading
from tandem.services.views import JSONDict


def compute_deadline(
    parties: Sequence[Party], start: datetime, days: int, notifier: str | None = None
) -> JSONDict:
    """The deadline of a window of `days` working days opened at `start` by `notifier`."""
    if not parties:
        raise InvalidInput("name the parties, e.g. --parties USA,KOR")
    for p in parties:
        check_country(p.country, p.subdivision)
    by_code = {p.code: p for p in parties}
    code = (notifier or parties[0].code).upper()
    if code not in by_code:
        raise InvalidInput(f"the notifier {code} is not among the parties {', '.join(by_code)}")
    deadline = WorkingCalendar(parties).deadline(start, days, by_code[code])
    return {
        "from": iso(start),
        "days": days,
        "notifier": code,
        "deadline": iso(deadline.at),
        "deadline_local": {p.code: local(deadline.at, p) for p in parties},
        "working_days": [d.isoformat() for d in deadline.working_days],
        "skipped": [
            {"date": c.date.isoformat(), "party": c.party, "reason": c.reason}
            for c in deadline.skipped
        ],
    }


# Capitals' zones for a few alpha-3 codes, so that `calendar deadline` works without a
# database; a working group's own parties always take precedence.
KNOWN_PARTIES: dict[str, tuple[str, str]] = {
    "USA": ("America/New_York", "US"),
    "KOR": ("Asia/Seoul", "KR"),
    "JPN": ("Asia/Tokyo", "JP"),
    "CHN": ("Asia/Shanghai", "CN"),
    "RUS": ("Europe/Moscow", "RU"),
    "GBR": ("Europe/London", "GB"),
    "FRA": ("Europe/Paris", "FR"),
    "DEU": ("Europe/Berlin", "DE"),
    "CAN": ("America/Toronto", "CA"),
    "AUS": ("Australia/Sydney", "AU"),
}


def resolve_parties(specs: Sequence[str], app: App | None) -> list[Party]:
    """Codes of the working group (when there is a database), known codes, or full specs."""
    group: dict[str, Party] = {}
    if app is not None:
        with reading(app) as ctx:
            group = {p.code: p for p in ctx.group.parties}
    found = []
    for spec in (s.strip() for s in specs):
        if not spec:
            continue
        if ":" in spec:
            found.append(Party.parse(spec))
        elif spec.upper() in group:
            found.append(group[spec.upper()])
        elif spec.upper() in KNOWN_PARTIES:
            zone, country = KNOWN_PARTIES[spec.upper()]
            found.append(Party.create(spec.upper(), zone, country))
        else:
            raise InvalidInput(
                f"party '{spec}' is not known here; give it as CODE:TIME_ZONE:COUNTRY, "
                "e.g. NZL:Pacific/Auckland:NZ"
            )
    return found
