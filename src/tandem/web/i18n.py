"""The web UI's languages: gettext catalogs read from the .po files, and locale formats.

Catalogs are compiled in memory when first needed, so the repository holds only the
.po text that translators edit (`make messages` re-extracts the English strings).
"""

from __future__ import annotations

import gettext
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_timedelta
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from tandem.domain.accounts import LOCALES

LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT = "en"


@cache
def translations(locale: str) -> gettext.NullTranslations:
    po = LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po"
    if locale == DEFAULT or not po.exists():
        return gettext.NullTranslations()
    with po.open("rb") as f:
        catalog = read_po(f, locale=locale)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def negotiate(saved: str | None, cookie: str | None, accept: str | None) -> str:
    """The user's saved choice, else the browser's cookie, else Accept-Language."""
    for choice in (saved, cookie):
        if choice in LOCALES:
            return choice
    for part in (accept or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag[:2] in LOCALES:
            return tag[:2]
    return DEFAULT


def parse_instant(value: str | datetime) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@lru_cache(maxsize=50_000)
def _when(locale: str, zone: str, at: datetime) -> str:
    """Babel's formatting is the slow part of a page; the same instants (deadlines, alerts)
    come back on every load, so each is formatted once per language and zone."""
    tz = ZoneInfo(zone)
    text = format_datetime(at, "medium", tzinfo=tz, locale=locale)
    return f"{text} {at.astimezone(tz).tzname()}"


@lru_cache(maxsize=50_000)
def _until(locale: str, minutes: int) -> str:
    return format_timedelta(
        timedelta(minutes=minutes),
        add_direction=True,
        threshold=1.5,
        locale=locale,
        granularity="minute",
    )


@lru_cache(maxsize=10_000)
def _day(locale: str, day: str) -> str:
    return format_date(datetime.fromisoformat(day).date(), "medium", locale=locale)


class Formats:
    """Dates, durations and numbers as a reader of `locale` in `zone` writes them."""

    def __init__(self, locale: str, zone: str) -> None:
        self.locale = Locale.parse(locale)
        self.code = locale
        self.zone_name = zone

    def when(self, value: str | datetime | None, zone: str | None = None) -> str:
        if not value:
            return ""
        return _when(self.code, zone or self.zone_name, parse_instant(value))

    def until(self, value: str | datetime | None, now: str | datetime) -> str:
        """How long until an instant: "in 3 days", or how long ago it passed."""
        if not value:
            return ""
        delta: timedelta = parse_instant(value) - parse_instant(now)
        return _until(self.code, round(delta.total_seconds() / 60))

    def number(self, value: int | float) -> str:
        return format_decimal(value, locale=self.locale)

    def day(self, value: str | None) -> str:
        if not value:
            return ""
        return _day(self.code, value)


def utc_now() -> datetime:
    return datetime.now(UTC)
