"""Working days common to all parties, and deadlines counted in them.

Every expected date below was worked out by hand from a calendar of 2018 and checked
against the `holidays` package (see `test_the_2018_holidays_the_cases_rely_on`); none is
recomputed with the code under test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem.domain.calendar import (
    CLOSING_TIME,
    Closure,
    Deadline,
    WorkingCalendar,
    check_country,
)
from tandem.domain.errors import InvalidInput
from tandem.domain.parties import Party

USA = Party("USA", "America/New_York", "US")
KOR = Party("KOR", "Asia/Seoul", "KR")
KST = ZoneInfo("Asia/Seoul")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar([USA, KOR])


def closed_dates(deadline: Deadline) -> set[date]:
    return {c.date for c in deadline.skipped}


def reasons_on(deadline: Deadline, day: date) -> list[tuple[str, str]]:
    return [(c.party, c.reason) for c in deadline.skipped if c.date == day]


def test_the_2018_holidays_the_cases_rely_on() -> None:
    """The hand-checked cases below assume these facts of the `holidays` package."""
    kr = holidays.country_holidays("KR", years=2018)
    us = holidays.country_holidays("US", years=2018)
    for day in (
        date(2018, 9, 23),  # the day preceding Chuseok (a Sunday)
        date(2018, 9, 24),  # Chuseok
        date(2018, 9, 25),  # second day of Chuseok
        date(2018, 9, 26),  # substitute day for the Sunday
        date(2018, 10, 3),  # National Foundation Day
        date(2018, 10, 9),  # Hangul Day
    ):
        assert day in kr
    assert date(2018, 10, 8) in us  # Columbus Day
    assert date(2018, 11, 22) in us  # Thanksgiving
    assert date(2018, 11, 12) in us  # Veterans Day observed (11 Nov was a Sunday)
    assert date(2018, 11, 22) not in kr
    assert date(2018, 9, 24) not in us


# --- Chuseok 2018 ----------------------------------------------------------------------


def test_korean_notification_just_before_chuseok(cal: WorkingCalendar) -> None:
    # Thursday 20 Sep 2018, 10:00 in Seoul; ten working days.
    d = cal.deadline(datetime(2018, 9, 20, 10, 0, tzinfo=KST), 10, KOR)

    assert d.working_days == (
        date(2018, 9, 21),  # 1  Fri
        date(2018, 9, 27),  # 2  Thu, after the Chuseok break and its substitute day
        date(2018, 9, 28),  # 3  Fri
        date(2018, 10, 1),  # 4  Mon
        date(2018, 10, 2),  # 5  Tue
        date(2018, 10, 4),  # 6  Thu (3 Oct: National Foundation Day)
        date(2018, 10, 5),  # 7  Fri
        date(2018, 10, 10),  # 8  Wed (8 Oct Columbus Day in the US, 9 Oct Hangul Day)
        date(2018, 10, 11),  # 9  Thu
        date(2018, 10, 12),  # 10 Fri
    )
    # 18:00 in Seoul on Friday 12 October is 09:00 UTC.
    assert d.at == datetime(2018, 10, 12, 9, 0, tzinfo=UTC)
    assert d.at.tzinfo is not None and d.at.utcoffset() == timedelta(0)

    assert sorted(closed_dates(d)) == [
        date(2018, 9, 22),
        date(2018, 9, 23),
        date(2018, 9, 24),
        date(2018, 9, 25),
        date(2018, 9, 26),
        date(2018, 9, 29),
        date(2018, 9, 30),
        date(2018, 10, 3),
        date(2018, 10, 6),
        date(2018, 10, 7),
        date(2018, 10, 8),
        date(2018, 10, 9),
    ]
    both_saturday = [("USA", "weekend (Saturday)"), ("KOR", "weekend (Saturday)")]
    assert reasons_on(d, date(2018, 9, 22)) == both_saturday
    sunday = reasons_on(d, date(2018, 9, 23))
    assert sunday[:2] == [("USA", "weekend (Sunday)"), ("KOR", "weekend (Sunday)")]
    # the eve of Chuseok fell on that Sunday: both reasons are shown
    assert len(sunday) == 3 and sunday[2][0] == "KOR" and "Chuseok" in sunday[2][1]

    def only_korean_holiday(day: date, words: str) -> None:
        [(party, reason)] = reasons_on(d, day)
        assert party == "KOR"
        assert reason.startswith("public holiday: ")
        assert words in reason

    only_korean_holiday(date(2018, 9, 24), "Chuseok")
    only_korean_holiday(date(2018, 9, 25), "Chuseok")
    only_korean_holiday(date(2018, 9, 26), "Chuseok")  # the substitute (alternative) day
    only_korean_holiday(date(2018, 10, 3), "Foundation")
    only_korean_holiday(date(2018, 10, 9), "Hangul")
    [(party, reason)] = reasons_on(d, date(2018, 10, 8))
    assert party == "USA" and "Columbus" in reason


def test_american_notifier_over_the_same_dates_closes_at_18_new_york_daylight_time(
    cal: WorkingCalendar,
) -> None:
    # Same days, but the window closes at 18:00 EDT (UTC-4) on 12 October.
    d = cal.deadline(datetime(2018, 9, 20, 10, 0, tzinfo=NEW_YORK), 10, USA)
    assert d.working_days[-1] == date(2018, 10, 12)
    assert d.at == datetime(2018, 10, 12, 22, 0, tzinfo=UTC)


def test_notification_on_chuseok_itself_counts_from_the_next_working_day(
    cal: WorkingCalendar,
) -> None:
    d = cal.deadline(datetime(2018, 9, 24, 11, 0, tzinfo=KST), 1, KOR)
    assert d.working_days == (date(2018, 9, 27),)
    assert d.at == datetime(2018, 9, 27, 9, 0, tzinfo=UTC)
    assert closed_dates(d) == {date(2018, 9, 25), date(2018, 9, 26)}


# --- Thanksgiving 2018 -----------------------------------------------------------------


def test_american_notification_in_thanksgiving_week(cal: WorkingCalendar) -> None:
    # Tuesday 20 Nov 2018, 15:00 in Washington.
    d = cal.deadline(datetime(2018, 11, 20, 15, 0, tzinfo=NEW_YORK), 10, USA)
    assert d.working_days == (
        date(2018, 11, 21),
        date(2018, 11, 23),  # Thanksgiving (22) skipped; the Friday after is not a holiday
        date(2018, 11, 26),
        date(2018, 11, 27),
        date(2018, 11, 28),
        date(2018, 11, 29),
        date(2018, 11, 30),
        date(2018, 12, 3),
        date(2018, 12, 4),
        date(2018, 12, 5),
    )
    # 18:00 EST (UTC-5) on Wednesday 5 December.
    assert d.at == datetime(2018, 12, 5, 23, 0, tzinfo=UTC)
    [(party, reason)] = reasons_on(d, date(2018, 11, 22))
    assert party == "USA" and reason.startswith("public holiday: ") and "Thanksgiving" in reason
    assert sorted(closed_dates(d)) == [
        date(2018, 11, 22),
        date(2018, 11, 24),
        date(2018, 11, 25),
        date(2018, 12, 1),
        date(2018, 12, 2),
    ]


def test_korean_notification_in_thanksgiving_week_is_dated_in_seoul(
    cal: WorkingCalendar,
) -> None:
    # 16:00 UTC on Tuesday 20 Nov is already 01:00 on Wednesday 21 Nov in Seoul.
    start = datetime(2018, 11, 20, 16, 0, tzinfo=UTC)
    one = cal.deadline(start, 1, KOR)
    # Dated 21 Nov in Seoul: 22 Nov is Thanksgiving in the US, so day 1 is Friday 23 Nov.
    # (Dated in UTC, 20 Nov, day 1 would have been Wednesday 21 Nov.)
    assert one.working_days == (date(2018, 11, 23),)
    assert one.at == datetime(2018, 11, 23, 9, 0, tzinfo=UTC)

    ten = cal.deadline(start, 10, KOR)
    assert ten.working_days[0] == date(2018, 11, 23)
    assert ten.working_days[-1] == date(2018, 12, 6)
    assert ten.at == datetime(2018, 12, 6, 9, 0, tzinfo=UTC)
    assert [(c.date, c.party) for c in ten.skipped][:1] == [(date(2018, 11, 22), "USA")]


def test_the_notifiers_zone_decides_the_date_not_the_offset_given(
    cal: WorkingCalendar,
) -> None:
    # 10:00 Thursday 22 Nov in Seoul is 20:00 Wednesday 21 Nov in New York. The USA
    # notifies: it is 21 Nov, so day 1 is Friday 23 Nov (after Thanksgiving).
    d = cal.deadline(datetime(2018, 11, 22, 10, 0, tzinfo=KST), 1, USA)
    assert d.working_days == (date(2018, 11, 23),)
    assert d.at == datetime(2018, 11, 23, 23, 0, tzinfo=UTC)


# --- day 1 and the closing time --------------------------------------------------------


def test_friday_evening_notification_counts_from_monday(cal: WorkingCalendar) -> None:
    d = cal.deadline(datetime(2018, 10, 12, 20, 0, tzinfo=KST), 1, KOR)
    assert d.working_days == (date(2018, 10, 15),)
    assert d.at == datetime(2018, 10, 15, 9, 0, tzinfo=UTC)
    assert closed_dates(d) == {date(2018, 10, 13), date(2018, 10, 14)}


def test_day_one_is_after_the_notification_date_even_early_in_the_morning(
    cal: WorkingCalendar,
) -> None:
    # 00:05 on a working Monday: Monday itself is not day 1.
    d = cal.deadline(datetime(2018, 10, 15, 0, 5, tzinfo=KST), 1, KOR)
    assert d.working_days == (date(2018, 10, 16),)
    assert d.at == datetime(2018, 10, 16, 9, 0, tzinfo=UTC)


def test_late_evening_local_time_keeps_the_local_date(cal: WorkingCalendar) -> None:
    # 23:30 on Tuesday 20 Nov in New York is already Wednesday 04:30 UTC.
    start = datetime(2018, 11, 20, 23, 30, tzinfo=NEW_YORK)
    assert start.astimezone(UTC).date() == date(2018, 11, 21)
    d = cal.deadline(start, 1, USA)
    assert d.working_days == (date(2018, 11, 21),)
    assert d.at == datetime(2018, 11, 21, 23, 0, tzinfo=UTC)


def test_deadline_is_18_00_notifier_time_in_utc(cal: WorkingCalendar) -> None:
    d = cal.deadline(datetime(2018, 10, 15, 1, 0, tzinfo=UTC), 10, KOR)
    assert d.at == datetime(2018, 10, 29, 9, 0, tzinfo=UTC)
    assert d.at.astimezone(KST).time() == CLOSING_TIME == time(18, 0)
    # New York in winter (EST, UTC-5): 23:00 UTC
    w = cal.deadline(datetime(2018, 12, 10, 9, 0, tzinfo=NEW_YORK), 1, USA)
    assert w.at == datetime(2018, 12, 11, 23, 0, tzinfo=UTC)


# --- at_least (urgent windows) ---------------------------------------------------------


def test_at_least_adds_a_working_day_when_day_one_closes_too_soon(
    cal: WorkingCalendar,
) -> None:
    # Thursday 11 Oct 20:00 KST; day 1 (Friday 12 Oct 18:00) is only 22 hours away.
    start = datetime(2018, 10, 11, 20, 0, tzinfo=KST)
    plain = cal.deadline(start, 1, KOR)
    assert plain.at == datetime(2018, 10, 12, 9, 0, tzinfo=UTC)
    urgent = cal.deadline(start, 1, KOR, at_least=timedelta(hours=24))
    assert urgent.working_days == (date(2018, 10, 12), date(2018, 10, 15))
    assert urgent.at == datetime(2018, 10, 15, 9, 0, tzinfo=UTC)
    assert urgent.at - start >= timedelta(hours=24)


def test_at_least_changes_nothing_when_day_one_is_far_enough(cal: WorkingCalendar) -> None:
    # Thursday 11 Oct 10:00 KST: Friday 18:00 is 32 hours away.
    start = datetime(2018, 10, 11, 10, 0, tzinfo=KST)
    d = cal.deadline(start, 1, KOR, at_least=timedelta(hours=24))
    assert d.working_days == (date(2018, 10, 12),)
    assert d.at == datetime(2018, 10, 12, 9, 0, tzinfo=UTC)


def test_at_least_is_inclusive_at_exactly_24_hours(cal: WorkingCalendar) -> None:
    start = datetime(2018, 10, 11, 18, 0, tzinfo=KST)
    d = cal.deadline(start, 1, KOR, at_least=timedelta(hours=24))
    assert d.at == datetime(2018, 10, 12, 9, 0, tzinfo=UTC)
    just_after = cal.deadline(start + timedelta(seconds=1), 1, KOR, at_least=timedelta(hours=24))
    assert just_after.at == datetime(2018, 10, 15, 9, 0, tzinfo=UTC)


# --- closures --------------------------------------------------------------------------


def test_closures_name_every_party_that_is_off(cal: WorkingCalendar) -> None:
    assert cal.closures(date(2018, 10, 10)) == []
    assert cal.is_working_day(date(2018, 10, 10))
    assert not cal.is_working_day(date(2018, 11, 22))
    assert cal.closures(date(2018, 11, 24)) == [
        Closure(date(2018, 11, 24), "USA", "weekend (Saturday)"),
        Closure(date(2018, 11, 24), "KOR", "weekend (Saturday)"),
    ]


def test_a_third_party_adds_its_own_holidays() -> None:
    jpn = Party("JPN", "Asia/Tokyo", "JP")
    three = WorkingCalendar([USA, KOR, jpn])
    # 23 Nov 2018 is Labour Thanksgiving Day in Japan.
    [closure] = three.closures(date(2018, 11, 23))
    assert closure.party == "JPN" and closure.reason.startswith("public holiday: ")
    d = three.deadline(datetime(2018, 11, 20, 15, 0, tzinfo=NEW_YORK), 2, USA)
    # 21 Nov, then 22 (US) and 23 (JP) skipped, then Monday 26 Nov.
    assert d.working_days == (date(2018, 11, 21), date(2018, 11, 26))
    assert d.at == datetime(2018, 11, 26, 23, 0, tzinfo=UTC)


# --- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("days", [0, -1, 366])
def test_days_out_of_range_are_refused(cal: WorkingCalendar, days: int) -> None:
    with pytest.raises(InvalidInput, match=rf"1 to 365 working days, not {days}"):
        cal.deadline(datetime(2018, 10, 15, 1, 0, tzinfo=UTC), days, KOR)


def test_naive_start_is_refused(cal: WorkingCalendar) -> None:
    with pytest.raises(InvalidInput, match="time zone or offset"):
        cal.deadline(datetime(2018, 10, 15, 10, 0), 10, KOR)


@pytest.mark.parametrize(
    ("country", "subdivision", "hint"),
    [("XX", None, "'XX'"), ("US", "ZZ", "subdivision 'ZZ'")],
)
def test_unknown_country_is_refused(country: str, subdivision: str | None, hint: str) -> None:
    with pytest.raises(InvalidInput, match="no holiday calendar") as exc:
        check_country(country, subdivision)
    assert hint in exc.value.message
    assert "US or KR" in exc.value.message


def test_known_countries_pass_check() -> None:
    check_country("KR", None)
    check_country("US", "DC")


def test_a_calendar_needs_a_party() -> None:
    with pytest.raises(InvalidInput, match="at least one party"):
        WorkingCalendar([])


# --- property --------------------------------------------------------------------------

_HOLIDAYS = {
    "US": holidays.country_holidays("US"),
    "KR": holidays.country_holidays("KR"),
}


def _common_working_day(day: date) -> bool:
    """Judged with the `holidays` package directly, not with the code under test."""
    return day.weekday() < 5 and all(day not in h for h in _HOLIDAYS.values())


@settings(max_examples=150, deadline=None)
@given(
    start=st.datetimes(
        min_value=datetime(2015, 1, 1),
        max_value=datetime(2030, 12, 31, 23, 59),
        timezones=st.sampled_from([UTC, KST, NEW_YORK]),
    ),
    days=st.integers(min_value=1, max_value=30),
    notifier=st.sampled_from([USA, KOR]),
)
def test_deadline_property(start: datetime, days: int, notifier: Party) -> None:
    cal = WorkingCalendar([USA, KOR])
    d = cal.deadline(start, days, notifier)
    local = d.at.astimezone(notifier.zone)
    start_day = start.astimezone(notifier.zone).date()

    assert d.at.utcoffset() == timedelta(0)
    assert local.time() == time(18, 0)
    assert _common_working_day(local.date())
    assert len(d.working_days) == days
    assert d.working_days[-1] == local.date()
    assert all(_common_working_day(day) for day in d.working_days)
    assert list(d.working_days) == sorted(set(d.working_days))
    assert d.working_days[0] > start_day

    skipped = closed_dates(d)
    assert not skipped & set(d.working_days)
    assert all(not _common_working_day(day) for day in skipped)
    day = start_day + timedelta(days=1)
    while day < local.date():
        assert day in d.working_days or day in skipped, day
        day += timedelta(days=1)
