"""Who is told what, retry times, reminders over one party's holidays, signatures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tandem.domain.calendar import WorkingCalendar
from tandem.domain.errors import InvalidInput
from tandem.domain.notifications import (
    EVENT_TYPES,
    RETRY_FOR,
    EmailMode,
    JobState,
    JobTimes,
    audience,
    check_event_type,
    describe,
    email_mode,
    event_type,
    job_state,
    matches,
    next_attempt,
    position_reminder_at,
    retry_delay,
    sign,
    verify,
)
from tandem.domain.parties import Party

USA = Party("USA", "America/New_York", "US")
KOR = Party("KOR", "Asia/Seoul", "KR")
GBR = Party("GBR", "Europe/London", "GB")
CODES = ["USA", "KOR", "GBR"]


def test_an_alert_goes_only_to_the_parties_it_names() -> None:
    payload = {"kind": "unnotified", "to": ["KOR"], "text": "…"}
    assert audience("alert.raised", None, payload, CODES) == ("KOR",)
    assert event_type("alert.raised", payload) == "alert.unnotified"


def test_what_a_party_did_goes_to_the_others_and_what_time_decided_to_all() -> None:
    assert audience("measure.notified", "KOR", {}, CODES) == ("USA", "GBR")
    assert audience("measure.position", "USA", {}, CODES) == ("KOR", "GBR")
    assert audience("measure.cleared", None, {}, CODES) == tuple(CODES)
    assert audience("measure.objected", None, {}, CODES) == tuple(CODES)


@pytest.mark.parametrize(
    "kind", ["measure.proposed", "user.added", "clock.set", "group.created", "token.created"]
)
def test_drafts_users_and_settings_are_told_to_nobody(kind: str) -> None:
    assert audience(kind, "KOR", {}, CODES) == ()


def test_event_types_and_webhook_filters() -> None:
    assert check_event_type(" Measure.Notified ") == "measure.notified"
    assert check_event_type("*") == "*"
    with pytest.raises(InvalidInput, match="not an event type"):
        check_event_type("measure.proposed")
    assert matches("*", "alert.unilateral")
    assert matches("measure.notified, alert.unilateral", "alert.unilateral")
    assert not matches("measure.notified", "measure.cleared")
    assert "alert.deadline_near" in EVENT_TYPES


def test_email_mode_falls_back_to_star_then_at_once() -> None:
    prefs = {"*": EmailMode.DIGEST, "measure.notified": EmailMode.NOW}
    assert email_mode(prefs, "measure.notified") is EmailMode.NOW
    assert email_mode(prefs, "measure.cleared") is EmailMode.DIGEST
    assert email_mode({}, "measure.cleared") is EmailMode.NOW


def test_describe_says_who_did_what_to_which_measure() -> None:
    text = describe("measure.executed", "KOR", {"unilateral": True}, 3, "Tangerines")
    assert text == "KOR executed measure 3 (Tangerines) without clearance (unilateral)"
    assert describe("measure.cleared", None, {"by": "silence"}, 3, None) == (
        "Measure 3 was cleared by silence"
    )


def test_backoff_doubles_from_30_seconds_up_to_2_hours() -> None:
    assert [retry_delay(n).total_seconds() for n in range(1, 10)] == [
        30,
        60,
        120,
        240,
        480,
        960,
        1920,
        3840,
        7200,
    ]
    assert retry_delay(50) == timedelta(hours=2)


@given(st.lists(st.integers(min_value=0, max_value=3 * 3600), max_size=60))
def test_retries_end_exactly_24_hours_after_the_first_attempt(lateness: list[int]) -> None:
    """However late each retry runs, the last falls at 24 h and the next is a dead letter."""
    first = datetime(2026, 1, 1, tzinfo=UTC)
    now, attempts = first, 1
    while (nxt := next_attempt(first, attempts, now)) is not None:
        assert now < nxt <= first + RETRY_FOR
        extra = lateness[attempts % len(lateness)] if lateness else 0
        now = min(nxt + timedelta(seconds=extra), first + RETRY_FOR)
        attempts += 1
        assert attempts < 200
    assert now >= first + RETRY_FOR


def test_a_reminder_skips_a_holiday_of_one_party_only() -> None:
    """A USA window closing Monday 26 Nov 2018: Thanksgiving (22 Nov) is USA's alone, but a
    common working day needs every party, so two days before is Wednesday 21 Nov."""
    ny = ZoneInfo("America/New_York")
    cal = WorkingCalendar([USA, KOR])
    deadline = datetime(2018, 11, 26, 18, 0, tzinfo=ny)
    assert position_reminder_at(deadline, USA, cal) == datetime(2018, 11, 21, 18, 0, tzinfo=ny)
    # Without USA, Thanksgiving is a working day: two days before is Thursday.
    seoul = ZoneInfo("Asia/Seoul")
    kor_gbr = WorkingCalendar([KOR, GBR])
    at = position_reminder_at(datetime(2018, 11, 26, 18, 0, tzinfo=seoul), KOR, kor_gbr)
    assert at == datetime(2018, 11, 22, 18, 0, tzinfo=seoul)


def test_a_reminder_is_counted_in_the_notifiers_zone_across_midnight_in_seoul() -> None:
    """USA's deadline at 18:00 in Washington is 08:00 the next day in Seoul; the reminder
    counts back from Washington's date, not Seoul's."""
    ny = ZoneInfo("America/New_York")
    cal = WorkingCalendar([USA, KOR])
    deadline = datetime(2018, 12, 6, 18, 0, tzinfo=ny)  # Thursday; Friday 08:00 KST
    assert deadline.astimezone(ZoneInfo("Asia/Seoul")).day == 7
    assert position_reminder_at(deadline, USA, cal) == datetime(2018, 12, 4, 18, 0, tzinfo=ny)


def test_a_signature_verifies_and_any_change_breaks_it() -> None:
    body = b'{"event":"measure.notified"}'
    sig = sign("s3cret-s3cret-s3cret", 1_700_000_000, body)
    assert sig.startswith("v1=") and len(sig) == 3 + 64
    assert verify("s3cret-s3cret-s3cret", "1700000000", sig, body, now=1_700_000_100)
    assert not verify("s3cret-s3cret-s3cret", "1700000000", sig, body + b" ", 1_700_000_100)
    assert not verify("another-secret-here", "1700000000", sig, body, 1_700_000_100)
    assert not verify("s3cret-s3cret-s3cret", "1700000001", sig, body, 1_700_000_100)
    assert not verify("s3cret-s3cret-s3cret", "1700000000", sig, body, 1_700_000_000 + 301)
    assert not verify("s3cret-s3cret-s3cret", "soon", sig, body, 1_700_000_000)


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    import hashlib
    import hmac

    body = b"{}"
    expected = hmac.new(b"k" * 16, b"42.{}", hashlib.sha256).hexdigest()
    assert sign("k" * 16, 42, body) == f"v1={expected}"


def test_a_job_is_in_exactly_one_state() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    later = t0 + timedelta(minutes=1)
    assert job_state(JobTimes(t0, None, None, None), t0) is JobState.DUE
    assert job_state(JobTimes(later, None, None, None), t0) is JobState.WAITING
    assert job_state(JobTimes(t0, later, None, None), t0) is JobState.LEASED
    assert job_state(JobTimes(t0, later, None, None), later) is JobState.DUE  # lease ran out
    assert job_state(JobTimes(t0, None, t0, None), t0) is JobState.DONE
    assert job_state(JobTimes(t0, None, None, t0), t0) is JobState.DEAD
