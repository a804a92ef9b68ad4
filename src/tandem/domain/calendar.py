"""Working days common to every party, and consultation deadlines counted in them.

The rule (docs/consultation-windows.md): a working day is a date that is neither a weekend
day nor a public holiday for any party. Dates are judged in the notifying party's zone.
Day 1 is the first working day after the date of notification; the window closes at
18:00 in the notifying party's zone on day N.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from tandem.domain.errors import InvalidInput
from tandem.domain.parties import Party

CLOSING_TIME = time(18, 0)
MAX_DAYS = 365
_CLOSED_DAYS = 20_000
"""Days whose closures a calendar keeps (some 55 years)."""
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Closure:
    """One reason why a date is not a working day: whose day off, and which."""

    date: date
    party: str
    reason: str


@dataclass(frozen=True)
class Deadline:
    at: datetime
    working_days: tuple[date, ...]
    skipped: tuple[Closure, ...]


@lru_cache(maxsize=64)
def _calendar(country: str, subdivision: str | None) -> Any:
    import holidays

    try:
        return holidays.country_holidays(country, subdiv=subdivision, language="en_US")
    except NotImplementedError as exc:
        raise InvalidInput(
            f"no holiday calendar is known for country '{country}'"
            + (f" and subdivision '{subdivision}'" if subdivision else "")
            + "; use an ISO 3166 alpha-2 code such as US or KR"
        ) from exc
    except ValueError:
        return holidays.country_holidays(country, subdiv=subdivision)


def check_country(country: str, subdivision: str | None) -> None:
    _calendar(country, subdivision)


class WorkingCalendar:
    """The days on which every party of the working group is at work."""

    def __init__(self, parties: Sequence[Party]) -> None:
        if not parties:
            raise InvalidInput("a calendar needs at least one party")
        self.parties = tuple(parties)
        self._cals = [(p.code, _calendar(p.country, p.subdivision)) for p in self.parties]
        self._closed: dict[date, tuple[Closure, ...]] = {}
        """Each day's closures as found: they depend on the parties and the holiday tables
        alone (a notification looks up a dozen days, and the tables take ~10 µs a day)."""
        self._deadlines: dict[tuple[str, date, int], Deadline] = {}
        """Deadlines without `at_least`, by the notifier's zone, local start date and days."""

    def closures(self, day: date) -> list[Closure]:
        return list(self._closures(day))

    def _closures(self, day: date) -> tuple[Closure, ...]:
        found = self._closed.get(day)
        if found is None:
            if len(self._closed) >= _CLOSED_DAYS:
                self._closed.clear()
            found = self._closed[day] = tuple(self._find_closures(day))
        return found

    def _find_closures(self, day: date) -> list[Closure]:
        found: list[Closure] = []
        for code, cal in self._cals:
            if day.weekday() in cal.weekend:
                found.append(Closure(day, code, f"weekend ({_WEEKDAYS[day.weekday()]})"))
            name = cal.get(day)
            if name:
                found.append(Closure(day, code, f"public holiday: {name}"))
        return found

    def is_working_day(self, day: date) -> bool:
        return not self._closures(day)

    def working_days_after(self, day: date) -> Iterator[tuple[date, list[Closure]]]:
        """Yield each following working day with the closures skipped to reach it."""
        skipped: list[Closure] = []
        d = day
        for _ in range(MAX_DAYS * 3):
            d += timedelta(days=1)
            closed = self._closures(d)
            if closed:
                skipped.extend(closed)
                continue
            yield d, skipped
            skipped = []
        raise InvalidInput(f"no common working day found within {MAX_DAYS * 3} days of {day}")

    def deadline(
        self,
        start: datetime,
        days: int,
        notifier: Party,
        *,
        at_least: timedelta = timedelta(0),
    ) -> Deadline:
        """18:00 in the notifier's zone on the `days`-th common working day after `start`.

        `at_least` adds working days until the window is at least that long (urgent windows).
        """
        if start.tzinfo is None:
            raise InvalidInput("a deadline needs a start time with a time zone or offset")
        if not 1 <= days <= MAX_DAYS:
            raise InvalidInput(f"a window is counted in 1 to {MAX_DAYS} working days, not {days}")
        if not 1900 <= start.year <= 2999:  # nor overflows the calendar's last year
            raise InvalidInput(
                f"a window opens between the years 1900 and 2999, not in {start.year}"
            )
        zone = notifier.zone
        local_start = start.astimezone(zone).date()
        if not at_least:
            # The window then ends on the `days`-th working day whatever the hour of `start`
            # (18:00 on a later day is always after it): the same for the whole day.
            key = (notifier.time_zone, local_start, days)
            found = self._deadlines.get(key)
            if found is None:
                if len(self._deadlines) >= _CLOSED_DAYS:
                    self._deadlines.clear()
                found = self._deadlines[key] = self._deadline(start, local_start, days, zone)
            return found
        return self._deadline(start, local_start, days, zone, at_least)

    def _deadline(
        self,
        start: datetime,
        local_start: date,
        days: int,
        zone: ZoneInfo,
        at_least: timedelta = timedelta(0),
    ) -> Deadline:
        counted: list[date] = []
        skipped: list[Closure] = []
        for day, closed in self.working_days_after(local_start):
            counted.append(day)
            skipped.extend(closed)
            at = datetime.combine(day, CLOSING_TIME, tzinfo=zone)
            if len(counted) >= days and at - start >= at_least:
                return Deadline(at.astimezone(UTC), tuple(counted), tuple(skipped))
        raise AssertionError("unreachable: working_days_after never ends quietly")
