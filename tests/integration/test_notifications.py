"""Notifications end to end through the worker, on SQLite and PostgreSQL: inboxes, party
isolation, deadlines on a clock the test moves, webhooks to a real loopback receiver and
mail to a real SMTP server in this process."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from notification_support import FakeClock, parts, receiver, smtp_server

from tandem.domain.measures import Stance
from tandem.domain.notifications import RETRY_FOR, position_reminder_at
from tandem.services import notify, webhooks
from tandem.services.context import App, reading
from tandem.services.group import configure_windows
from tandem.services.mail import Mailer, SmtpConfig
from tandem.services.measures import notify_measure, propose_measure, record_position
from tandem.services.notes import add_note
from tandem.services.observations import observe_action
from tandem.services.worker import Worker
from tandem.store.jobs import Cursors, Inbox, Jobs

MONDAY = datetime(2018, 11, 19, 1, 0, tzinfo=UTC)  # 10:00 KST, 20:00 EST the day before
NEW_YORK = ZoneInfo("America/New_York")
SEOUL = ZoneInfo("Asia/Seoul")
SECRET = "a-shared-secret-of-some-length"

NewUrl = Callable[[], str]
MakeGroup = Callable[..., App]
"""The `new_url` and `make_app` fixtures of tests/conftest.py (a module named `conftest`
cannot be imported reliably: every test folder has one)."""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY)


@pytest.fixture
def app(new_url: NewUrl, make_app: MakeGroup, clock: FakeClock) -> App:
    """USA and KOR on the real-clock kind of database, whose clock is the test's."""
    return make_app(new_url(), clock=clock)


def kinds(app: App, subject: str) -> list[str]:
    with reading(app) as ctx:
        return [e.kind for e in ctx.uow.record.for_subject(subject)]


def inbox(app: App, user: str) -> list[dict[str, object]]:
    return notify.read_inbox(app, user)


def all_jobs(app: App) -> list[dict[str, object]]:
    with reading(app) as ctx:
        return [notify.job_view(j) | {"payload": j.payload} for j in Jobs(ctx.uow.conn).all()]


def test_a_notification_reaches_each_user_of_the_other_party_once(
    app: App, clock: FakeClock
) -> None:
    m = propose_measure(app, "kim", "Joint railway field study")
    notify_measure(app, m["id"], "kor")
    worker = Worker(app, clock=clock)
    report = worker.tick()
    assert report["inapp_delivered"] == 2  # smith and the envoy usa
    (item,) = inbox(app, "smith")
    assert item["event"] == "measure.notified"
    assert item["text"] == (
        f"KOR notified measure {m['id']} (Joint railway field study); a consultation window is open"
    )
    assert item["deadline"] is not None
    assert len(inbox(app, "usa")) == 1
    assert inbox(app, "kim") == [] and inbox(app, "lee") == []

    # A worker killed after queuing but before its cursor moved reads the entries again:
    # the same keys are stored once, and nobody is told twice.
    before = len(all_jobs(app))
    with app.db.transaction(write=True) as conn:
        Cursors(conn).lock(notify.FANOUT)
        Cursors(conn).set(notify.FANOUT, 0)
    worker.tick()
    assert len(all_jobs(app)) == before
    assert len(inbox(app, "smith")) == 1


def test_positions_reach_the_proposer_and_clearance_reaches_everyone(
    app: App, clock: FakeClock
) -> None:
    m = propose_measure(app, "kim", "Gift of tangerines")
    notify_measure(app, m["id"], "kor")
    record_position(app, m["id"], "smith", Stance.SUPPORT)  # clears by consensus
    Worker(app, clock=clock).tick()
    kim = [i["event"] for i in inbox(app, "kim")]
    assert sorted(kim) == ["measure.acknowledged", "measure.cleared", "measure.position"]
    smith = [i["event"] for i in inbox(app, "smith")]
    assert sorted(smith) == ["measure.cleared", "measure.notified"]


def test_internal_notes_and_alerts_for_one_party_never_reach_another(
    app: App, clock: FakeClock
) -> None:
    with webhooks_for_usa(app, clock) as got:
        m = propose_measure(app, "kim", "Joint railway field study")
        notify_measure(app, m["id"], "kor")
        add_note(app, m["id"], "kim", "KOR-ONLY: our fallback if USA objects")
        # KOR records an action of USA never notified: the alert goes to KOR alone.
        observe_action(app, "kim", actor="USA", action="A quiet statement", on=date(2018, 11, 18))
        Worker(app, clock=clock).tick()
        everything = json.dumps(all_jobs(app)) + json.dumps([d.body for d in got.deliveries])
        assert "KOR-ONLY" not in everything
        assert [i["event"] for i in inbox(app, "kim")] == ["alert.unnotified"]
        assert all(i["event"] != "alert.unnotified" for i in inbox(app, "smith"))
        events = [d.body["event"] for d in got.deliveries]
        assert events == ["measure.notified"]
        assert all(d.body["to_party"] == "USA" for d in got.deliveries)


def webhooks_for_usa(app: App, clock: FakeClock):  # type: ignore[no-untyped-def]
    """A receiver registered as USA's webhook."""
    from contextlib import contextmanager

    @contextmanager
    def made():  # type: ignore[no-untyped-def]
        with receiver(SECRET, clock) as r:
            webhooks.add_webhook(app, "USA", r.url, secret=SECRET, clock=clock)
            yield r

    return made()


def test_a_window_passing_midnight_in_seoul_but_not_in_washington(
    app: App, clock: FakeClock
) -> None:
    """USA's window closes at 18:00 in Washington, which is 08:00 the next day in Seoul:
    the worker closes it then, and not when Seoul's date turns."""
    clock.set(datetime(2018, 11, 19, 15, 0, tzinfo=UTC))  # Monday 10:00 EST
    m = propose_measure(app, "smith", "Statement on the railway study")
    notified = notify_measure(app, m["id"], "usa")
    deadline = datetime.fromisoformat(notified["deadline"]).astimezone(UTC)
    in_washington, in_seoul = deadline.astimezone(NEW_YORK), deadline.astimezone(SEOUL)
    assert (in_washington.hour, in_washington.minute) == (18, 0)
    assert in_seoul.date() == in_washington.date() + timedelta(days=1)

    worker = Worker(app, clock=clock)
    seoul_midnight = datetime.combine(in_seoul.date(), datetime.min.time(), tzinfo=SEOUL)
    clock.set(seoul_midnight.astimezone(UTC) + timedelta(minutes=1))
    worker.tick()
    assert "measure.cleared" not in kinds(app, f"measure:{m['id']}")
    clock.set(deadline - timedelta(seconds=1))
    worker.tick()
    assert "measure.cleared" not in kinds(app, f"measure:{m['id']}")

    clock.set(deadline)
    worker.tick()
    worker.tick()
    assert kinds(app, f"measure:{m['id']}").count("measure.cleared") == 1
    with reading(app) as ctx:
        (cleared,) = [
            e
            for e in ctx.uow.record.for_subject(f"measure:{m['id']}")
            if e.kind == "measure.cleared"
        ]
    assert cleared.payload["by"] == "silence" and cleared.actor == "tandem"
    assert inbox(app, "kim")[0]["event"] == "measure.cleared"


def test_a_position_reminder_counts_back_over_a_holiday_of_one_party(
    app: App, clock: FakeClock
) -> None:
    """KOR notifies on Monday 19 Nov 2018 with a 4-day window: Thanksgiving (22 Nov, USA
    only) is skipped, so the window closes on Monday 26 Nov at 18:00 KST, and the reminder
    that two working days are left comes at 18:00 KST on Wednesday 21 Nov (23 and 26 Nov
    remain), not on Thursday."""
    configure_windows(app, window_days=4)
    m = propose_measure(app, "kim", "Joint railway field study")
    notified = notify_measure(app, m["id"], "kor")
    deadline = datetime.fromisoformat(notified["deadline"])
    assert deadline == datetime(2018, 11, 26, 18, 0, tzinfo=SEOUL)
    with reading(app) as ctx:
        at = position_reminder_at(deadline, ctx.group.party("KOR"), ctx.group.calendar)
    assert at == datetime(2018, 11, 21, 18, 0, tzinfo=SEOUL)

    worker = Worker(app, clock=clock)
    clock.set(at - timedelta(seconds=1))
    worker.tick()
    assert not _alerts(app, "deadline_near")
    clock.set(at)
    worker.tick()
    worker.tick()
    (alert,) = _alerts(app, "deadline_near")
    assert alert["to"] == ["USA"] and alert["actor"] == "USA"
    assert "26 Nov 2018 04:00 EST" in alert["text"]
    reminders = [i for i in inbox(app, "smith") if i["event"] == "alert.deadline_near"]
    assert len(reminders) == 1
    assert all(i["event"] != "alert.deadline_near" for i in inbox(app, "kim"))


def test_no_reminder_once_the_position_is_taken(app: App, clock: FakeClock) -> None:
    configure_windows(app, window_days=4)
    m = propose_measure(app, "kim", "Joint railway field study")
    notify_measure(app, m["id"], "kor")
    record_position(app, m["id"], "smith", Stance.COMMENT, reason="We would like a map.")
    clock.set(datetime(2018, 11, 22, 0, 0, tzinfo=UTC))
    Worker(app, clock=clock).tick()
    assert not _alerts(app, "deadline_near")


def _alerts(app: App, kind: str) -> list[dict[str, object]]:
    from tandem.services.observations import list_alerts

    return list_alerts(app, kind=kind)


def test_webhooks_are_signed_retried_with_backoff_then_dead_letters(
    app: App, clock: FakeClock
) -> None:
    with webhooks_for_usa(app, clock) as got:
        m = propose_measure(app, "kim", "Joint railway field study")
        notify_measure(app, m["id"], "kor")
        worker = Worker(app, clock=clock)

        got.failures_left = 3
        worker.tick()
        waits = []
        while len(got.deliveries) < 4:
            (job,) = [j for j in all_jobs(app) if j["kind"] == "webhook"]
            due = datetime.fromisoformat(str(job["next_attempt_at"]))
            waits.append(due - clock.now)
            clock.set(due)
            worker.tick()
        assert waits == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
        assert all(d.verified for d in got.deliveries)
        key = f"entry:{got.deliveries[0].body['seq']}:USA:webhook:1"
        assert got.keys == [key] * 4
        assert len({d.raw for d in got.deliveries}) == 1  # each retry is the same delivery
        assert got.deliveries[0].headers["Tandem-Event"] == "measure.notified"
        (job,) = [j for j in all_jobs(app) if j["kind"] == "webhook"]
        assert job["done_at"] is not None and job["attempts"] == 4

        # Now the receiver fails for good: retries for 24 hours, then a dead letter.
        got.failures_left = 10**6
        second = propose_measure(app, "kim", "Gift of tangerines")
        notify_measure(app, second["id"], "kor")
        start = clock.now
        worker.tick()
        attempts = 1
        while not webhooks.dead_letters(app, "USA"):
            (job,) = [j for j in all_jobs(app) if j["kind"] == "webhook" and j["done_at"] is None]
            clock.set(datetime.fromisoformat(str(job["next_attempt_at"])))
            worker.tick()
            attempts += 1
            assert attempts < 40
        (dead,) = webhooks.dead_letters(app, "USA")
        assert clock.now - start == RETRY_FOR
        assert dead["attempts"] == attempts and "HTTP 500" in str(dead["last_error"])
        assert webhooks.dead_letters(app, "KOR") == []

        got.failures_left = 0
        webhooks.redeliver(app, int(dead["id"]), clock=clock)
        worker.tick()
        assert got.keys[-1] == dead["key"] and got.deliveries[-1].verified
        assert webhooks.dead_letters(app, "USA") == []


def test_a_test_ping_is_signed_and_reports_failure(app: App, clock: FakeClock) -> None:
    with webhooks_for_usa(app, clock) as got:
        ok = webhooks.test_webhook(app, 1, clock=clock)
        assert ok["ok"] and ok["status"] == 204 and got.deliveries[0].verified
        got.failures_left = 1
        failed = webhooks.test_webhook(app, 1, clock=clock)
        assert not failed["ok"] and "HTTP 500" in failed["error"]
    assert all_jobs(app) == []  # a ping is not queued


def test_email_says_what_happened_the_deadline_in_the_readers_zone_and_links(
    app: App, clock: FakeClock
) -> None:
    notify.set_preferences(app, "smith", email="smith@state.example")
    with smtp_server() as box:
        mailer = Mailer(SmtpConfig("127.0.0.1", box.port, sender="tandem@wg.example"))
        worker = Worker(app, clock=clock, mailer=mailer, base_url="https://tandem.wg.example")
        m = propose_measure(app, "kim", "Joint railway field study")
        notified = notify_measure(app, m["id"], "kor")
        worker.tick()
        (mail,) = box.to("smith@state.example")
    deadline = datetime.fromisoformat(notified["deadline"])
    in_dc = deadline.astimezone(NEW_YORK)
    assert mail["Subject"].startswith(f"[Tandem] KOR notified measure {m['id']}")
    assert mail["From"] == "tandem@wg.example"
    seq = json.loads(json.dumps(inbox(app, "smith")))[0]["entry"]
    assert mail["Tandem-Delivery"] == f"entry:{seq}:smith:email"
    plain, rich = parts(mail)
    assert "Joint railway field study" in plain
    assert f"Deadline: {in_dc.day} {in_dc:%b %Y %H:%M} EST" in plain
    assert "18:00 KST in KOR" in plain
    link = f"https://tandem.wg.example/measures/{m['id']}"
    assert link in plain and f'href="{link}"' in rich
    # Nobody without an address gets mail; kim's own party's action is not mailed to kim.
    assert len(box.messages) == 1


def test_a_daily_digest_gathers_the_day_in_the_readers_zone(app: App, clock: FakeClock) -> None:
    notify.set_preferences(app, "kim", email="kim@mofa.example", event="*", mode="digest")
    with smtp_server() as box:
        worker = Worker(app, clock=clock, mailer=Mailer(SmtpConfig("127.0.0.1", box.port)))
        for title in ("Statement one", "Statement two"):
            m = propose_measure(app, "smith", title)
            notify_measure(app, m["id"], "usa")
        worker.tick()
        assert box.messages == []
        day = MONDAY.astimezone(SEOUL).date()
        clock.set(
            datetime.combine(day + timedelta(days=1), datetime.min.time(), SEOUL)
            + timedelta(hours=8)
        )
        worker.tick()
        (mail,) = box.messages
    assert mail["Subject"] == f"[Tandem] Daily digest: 2 notifications for KOR on {day}"
    plain, _ = parts(mail)
    assert "Statement one" in plain and "Statement two" in plain


def test_no_smtp_server_leaves_mail_queued(app: App, clock: FakeClock) -> None:
    notify.set_preferences(app, "smith", email="smith@state.example")
    m = propose_measure(app, "kim", "Joint railway field study")
    notify_measure(app, m["id"], "kor")
    Worker(app, clock=clock).tick()
    status = notify.queue_status(app, clock=clock)
    assert status["jobs"]["due"] == 1  # the email waits for a worker with a server
    with reading(app) as ctx:
        assert Inbox(ctx.uow.conn).count() == 2


def test_the_worker_runs_in_a_thread_beside_the_app(app: App, clock: FakeClock) -> None:
    """What `tandem demo` does: the worker in a thread, stopped when the demo ends."""
    import time

    from tandem.services.worker import run_in_thread

    stop = run_in_thread(app, poll=0.05, worker=Worker(app, clock=clock))
    try:
        m = propose_measure(app, "kim", "Joint railway field study")
        notify_measure(app, m["id"], "kor")
        for _ in range(200):
            if inbox(app, "smith"):
                break
            time.sleep(0.05)
    finally:
        stop()
    assert [i["event"] for i in inbox(app, "smith")] == ["measure.notified"]
