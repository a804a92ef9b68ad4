"""`tandem worker`, `inbox`, `webhook …` and `notifications …` as a user runs them: what
works, and every bad input refused with status 2, a sentence, and nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cli_support import database_state, run

from tandem.services.context import App
from tandem.store.jobs import dump_notifications
from tandem.store.unit_of_work import unit_of_work


def everything(db: str) -> tuple[Any, ...]:
    app = App.open(db)
    try:
        with unit_of_work(app.db, write=False) as uow:
            notifications = dump_notifications(uow.conn)
    finally:
        app.db.dispose()
    return database_state(db), notifications


def test_notify_deliver_and_read_an_inbox(cli_db: str, tmp_path: Path) -> None:
    assert (
        run(
            "measure", "propose", "--as", "kim", "--title", "Railway study", cwd=tmp_path, db=cli_db
        ).code
        == 0
    )
    assert run("measure", "notify", "1", "--as", "kor", cwd=tmp_path, db=cli_db).code == 0
    done = run("worker", "--once", "--json", cwd=tmp_path, db=cli_db)
    totals = done.json()
    assert totals["inapp_delivered"] == 2 and totals["entries_read"] > 0
    assert "no SMTP server set" in done.message
    items = run("inbox", "--user", "smith", "--json", cwd=tmp_path, db=cli_db).json()
    assert [i["event"] for i in items] == ["measure.notified"]
    assert items[0]["text"].startswith("KOR notified measure 1 (Railway study)")
    table = run("inbox", "--user", "smith", cwd=tmp_path, db=cli_db)
    assert "KOR notified measure 1" in table.stdout
    marked = run("inbox", "--user", "smith", "--mark-read", "--json", cwd=tmp_path, db=cli_db)
    assert marked.json() == {"user": "smith", "marked_read": 1}
    assert (
        run("inbox", "--user", "smith", "--unread", "--json", cwd=tmp_path, db=cli_db).json() == []
    )
    # Once more: nothing new is due, nothing is delivered twice.
    again = run("worker", "--once", "--json", cwd=tmp_path, db=cli_db).json()
    assert again.get("inapp_delivered", 0) == 0
    status = run("notifications", "status", "--json", cwd=tmp_path, db=cli_db).json()
    assert status["jobs"]["done"] == 2 and status["record_read_up_to"] == status["record_size"]


def test_webhooks_and_preferences_round_trip(cli_db: str, tmp_path: Path) -> None:
    added = run(
        "webhook",
        "add",
        "--party",
        "usa",
        "--url",
        "https://partner.example/hook",
        "--events",
        "measure.notified,alert.unilateral",
        "--json",
        cwd=tmp_path,
        db=cli_db,
    ).json()
    assert added["party"] == "USA" and added["secret"].startswith("whsec_")
    assert added["events"] == "alert.unilateral,measure.notified"
    listed = run("webhook", "list", "--json", cwd=tmp_path, db=cli_db).json()
    assert [h["id"] for h in listed] == [added["id"]] and "secret" not in listed[0]
    assert run("webhook", "dead-letters", "--json", cwd=tmp_path, db=cli_db).json() == []

    prefs = run(
        "notifications",
        "set",
        "--user",
        "kim",
        "--email",
        "kim@mofa.example",
        "--json",
        cwd=tmp_path,
        db=cli_db,
    ).json()
    assert prefs["email"] == "kim@mofa.example"
    prefs = run(
        "notifications",
        "set",
        "--user",
        "kim",
        "--event",
        "measure.position",
        "--mode",
        "digest",
        "--json",
        cwd=tmp_path,
        db=cli_db,
    ).json()
    assert prefs["email_by_event"] == {"measure.position": "digest"}
    shown = run("notifications", "show", "--user", "kim", "--json", cwd=tmp_path, db=cli_db)
    assert shown.json() == prefs


BAD = [
    (("inbox", "--user", "nobody"), "there is no user 'nobody'"),
    (("inbox", "--user", "admin"), "belongs to no party"),
    (("inbox", "--user", "kim", "--limit", "0"), "--limit is between 1 and 1000"),
    (("inbox", "--user", "kim", "--limit", "ten"), "Invalid value"),
    (("webhook", "add", "--party", "USA", "--url", "ftp://x.example/h"), "not an http(s) URL"),
    (("webhook", "add", "--party", "USA", "--url", "partner"), "not an http(s) URL"),
    (("webhook", "add", "--party", "XYZ", "--url", "https://p.example/h"), "no party 'XYZ'"),
    (
        ("webhook", "add", "--party", "USA", "--url", "https://p.example/h", "--events", "nope"),
        "'nope' is not an event type",
    ),
    (
        ("webhook", "add", "--party", "USA", "--url", "https://p.example/h", "--events", ","),
        "--events needs * or at least one event type",
    ),
    (
        ("webhook", "add", "--party", "USA", "--url", "https://p.example/h", "--secret", "short"),
        "at least 16 characters",
    ),
    (("webhook", "list", "--party", "XYZ"), "no party 'XYZ'"),
    (("webhook", "test", "7"), "there is no webhook 7"),
    (("webhook", "test", "99999999999"), "there is no webhook"),
    (("webhook", "dead-letters", "--party", "XYZ"), "no party 'XYZ'"),
    (("webhook", "redeliver"), "name a dead letter by its id"),
    (("webhook", "redeliver", "3"), "there is no webhook delivery 3"),
    (("webhook", "redeliver", "3", "--party", "USA"), "name one dead letter by its id, or"),
    (("webhook", "redeliver", "--party", "XYZ"), "no party 'XYZ'"),
    (("notifications", "show", "--user", "nobody"), "there is no user 'nobody'"),
    (("notifications", "set", "--user", "kim"), "nothing to set"),
    (("notifications", "set", "--user", "kim", "--email", "kim"), "not an email address"),
    (
        ("notifications", "set", "--user", "kim", "--email", "a@b.example", "--no-email"),
        "either --email ADDRESS or --no-email",
    ),
    (("notifications", "set", "--user", "kim", "--event", "*"), "needs both --event"),
    (("notifications", "set", "--user", "kim", "--mode", "now"), "needs both --event"),
    (
        ("notifications", "set", "--user", "kim", "--event", "*", "--mode", "hourly"),
        "--mode 'hourly' is not one of off, now, digest",
    ),
    (
        ("notifications", "set", "--user", "kim", "--event", "measure.x", "--mode", "now"),
        "'measure.x' is not an event type",
    ),
    (("notifications", "set", "--user", "admin", "--email", "a@b.example"), "no party"),
    (("worker", "--once", "--smtp-host", "mail", "--smtp-tls", "tls"), "SMTP TLS 'tls'"),
    (("worker", "--once", "--smtp-host", "mail", "--smtp-port", "70000"), "port 70000"),
    (("worker", "--once", "--smtp-host", "mail", "--smtp-user", "u"), "both a user and a"),
    (("worker", "--poll", "0"), "--poll"),
    (("worker", "--lease", "0"), "--lease"),
]


@pytest.mark.parametrize(("args", "says"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_input_exits_2_with_a_sentence_and_writes_nothing(
    cli_db: str, tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    before = everything(cli_db)
    done = run(*args, "--json", cwd=tmp_path, db=cli_db)
    assert done.code == 2, done.stderr
    assert says in done.message
    assert done.stdout == ""
    assert everything(cli_db) == before
