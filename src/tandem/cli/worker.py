"""`tandem worker`, `tandem webhook …`, `tandem inbox` and `tandem notifications …`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from tandem.cli.options import Db, Json, open_app
from tandem.cli.output import emit, fail, say, table, when

webhook_app = typer.Typer(
    help="A party's partner systems: signed JSON deliveries, retried for 24 hours.",
    no_args_is_help=True,
)
notifications_app = typer.Typer(
    help="What reaches a user by email (the in-app inbox always does).", no_args_is_help=True
)

User = Annotated[str, typer.Option("--user", help="Whose inbox or preferences.")]


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
    app.command("inbox")(inbox)
    app.add_typer(webhook_app, name="webhook")
    app.add_typer(notifications_app, name="notifications")


def worker(
    once: Annotated[
        bool, typer.Option("--once", help="Do what is due, then exit (for cron or tests).")
    ] = False,
    poll: Annotated[
        float,
        typer.Option("--poll", help="Seconds to wait when nothing is due.", min=0.05, max=3600),
    ] = 1.0,
    lease: Annotated[
        float,
        typer.Option(
            "--lease",
            help="Seconds a claimed email or webhook stays with this worker before another "
            "may take it (a killed worker's jobs come back after this).",
            min=1,
            max=86400,
        ),
    ] = 120,
    batch: Annotated[
        int, typer.Option("--batch", help="In-app deliveries per transaction.", min=1, max=10000)
    ] = 1000,
    smtp_host: Annotated[str | None, typer.Option("--smtp-host", envvar="TANDEM_SMTP_HOST")] = None,
    smtp_port: Annotated[int | None, typer.Option("--smtp-port", envvar="TANDEM_SMTP_PORT")] = None,
    smtp_tls: Annotated[
        str | None,
        typer.Option("--smtp-tls", envvar="TANDEM_SMTP_TLS", help="none, starttls or ssl."),
    ] = None,
    smtp_user: Annotated[str | None, typer.Option("--smtp-user", envvar="TANDEM_SMTP_USER")] = None,
    smtp_password: Annotated[
        str | None, typer.Option("--smtp-password", envvar="TANDEM_SMTP_PASSWORD")
    ] = None,
    mail_from: Annotated[str | None, typer.Option("--mail-from", envvar="TANDEM_MAIL_FROM")] = None,
    base_url: Annotated[
        str,
        typer.Option(
            "--base-url", envvar="TANDEM_BASE_URL", help="Where the links in emails point."
        ),
    ] = "http://127.0.0.1:8000",
    db: Db = None,
    json_: Json = False,
) -> None:
    """Run the scheduler: close windows at their deadline, send reminders and notifications."""
    import logging
    from datetime import timedelta

    from tandem.services.group import show_group
    from tandem.services.mail import Mailer, SmtpConfig
    from tandem.services.worker import Worker, run

    config = SmtpConfig.from_env(
        host=smtp_host,
        port=smtp_port,
        tls=smtp_tls,
        user=smtp_user,
        password=smtp_password,
        sender=mail_from,
    )
    tandem = open_app(db)
    show_group(tandem)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if config is None:
        say("no SMTP server set (--smtp-host or TANDEM_SMTP_HOST): emails wait in the queue")
    w = Worker(
        tandem,
        batch=batch,
        lease=timedelta(seconds=lease),
        mailer=Mailer(config) if config else None,
        base_url=base_url,
    )
    if not once:
        say(f"worker {w.name} running; Ctrl-C stops it")
    try:
        totals = run(tandem, once=once, poll=poll, worker=w)
    except KeyboardInterrupt:
        totals = {}
    finally:
        w.close()
    emit(totals, json_, lambda t: say(", ".join(f"{k}: {v}" for k, v in t.items()) or "done"))


def inbox(
    user: User,
    unread: Annotated[bool, typer.Option("--unread", help="Only what is not read yet.")] = False,
    limit: Annotated[int, typer.Option("--limit", help="At most this many, newest first.")] = 50,
    mark_read: Annotated[
        bool, typer.Option("--mark-read", help="Mark every item of this user read.")
    ] = False,
    db: Db = None,
    json_: Json = False,
) -> None:
    """A user's in-app notifications (delivered by `tandem worker`)."""
    from tandem.services.notify import mark_read as mark
    from tandem.services.notify import read_inbox

    tandem = open_app(db)
    if mark_read:
        emit(mark(tandem, user, None), json_, lambda r: say(f"{r['marked_read']} marked read"))
        return
    items = read_inbox(tandem, user, unread=unread, limit=limit)

    def render(rows: list[dict[str, Any]]) -> None:
        table(
            f"Inbox of {user}",
            ["id", "event", "what", "deadline", "read"],
            [
                [i["id"], i["event"], i["text"], when(i["deadline"]), "yes" if i["read"] else ""]
                for i in rows
            ],
        )

    emit(items, json_, render)


@webhook_app.command("add")
def webhook_add(
    party: Annotated[str, typer.Option("--party", help="The party whose system it is.")],
    url: Annotated[str, typer.Option("--url", help="Where to POST, http(s)://…")],
    events: Annotated[
        str, typer.Option("--events", help="* or event types, comma-separated.")
    ] = "*",
    secret: Annotated[
        str | None,
        typer.Option(
            "--secret", help="The signing secret (16+ characters) [default: a new random one]."
        ),
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Register a webhook; its signing secret is printed this once."""
    from tandem.services.webhooks import add_webhook

    hook = add_webhook(open_app(db), party, url, events=events, secret=secret)
    emit(
        hook,
        json_,
        lambda h: say(
            f"webhook {h['id']} for {h['party']} → {h['url']} ({h['events']}); "
            f"signing secret (shown once): {h['secret']}"
        ),
    )


@webhook_app.command("list")
def webhook_list(
    party: Annotated[str | None, typer.Option("--party")] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """The webhooks (without their secrets)."""
    from tandem.services.webhooks import list_webhooks

    hooks = list_webhooks(open_app(db), party)
    emit(
        hooks,
        json_,
        lambda hs: table(
            "Webhooks",
            ["id", "party", "url", "events", "active"],
            [[h["id"], h["party"], h["url"], h["events"], h["active"]] for h in hs],
        ),
    )


@webhook_app.command("test")
def webhook_test(
    webhook: Annotated[int, typer.Argument(help="The webhook's id.")],
    db: Db = None,
    json_: Json = False,
) -> None:
    """Send a signed ping now and show what the receiver answered (exit 1 if it failed)."""
    from tandem.services.webhooks import test_webhook

    result = test_webhook(open_app(db), webhook)
    emit(
        result,
        json_,
        lambda r: say(
            f"webhook {r['webhook']} answered {r['status']}"
            if r["ok"]
            else f"webhook {r['webhook']} failed: {r['error']}"
        ),
    )
    if not result["ok"]:
        raise typer.Exit(1)


@webhook_app.command("dead-letters")
def webhook_dead(
    party: Annotated[str | None, typer.Option("--party")] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Deliveries that failed for 24 hours, for the party's envoys or an admin to redeliver."""
    from tandem.services.webhooks import dead_letters

    rows = dead_letters(open_app(db), party)
    emit(rows, json_, lambda rs: _jobs_table("Dead letters", rs))


@webhook_app.command("redeliver")
def webhook_redeliver(
    delivery: Annotated[
        int | None, typer.Argument(help="A dead letter's id (see dead-letters).")
    ] = None,
    party: Annotated[
        str | None, typer.Option("--party", help="Redeliver every dead letter of this party.")
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Queue dead letters again, with 24 fresh hours of retries."""
    from tandem.services.webhooks import redeliver

    if delivery is None and party is None:
        fail("name a dead letter by its id, or give --party CODE to redeliver all of a party's")
    rows = redeliver(open_app(db), delivery, party=party)
    emit(rows, json_, lambda rs: say(f"{len(rs)} queued again"))


def _jobs_table(title: str, rows: list[dict[str, Any]]) -> None:
    table(
        title,
        ["id", "party", "key", "attempts", "dead since", "last error"],
        [
            [r["id"], r["party"], r["key"], r["attempts"], when(r["dead_at"]), r["last_error"]]
            for r in rows
        ],
    )


@notifications_app.command("show")
def notifications_show(user: User, db: Db = None, json_: Json = False) -> None:
    """A user's email address and choices."""
    from tandem.services.notify import show_preferences

    emit(show_preferences(open_app(db), user), json_, _render_prefs)


@notifications_app.command("set")
def notifications_set(
    user: User,
    email: Annotated[str | None, typer.Option("--email", help="The user's email address.")] = None,
    no_email: Annotated[bool, typer.Option("--no-email", help="Forget the address.")] = False,
    event: Annotated[
        str | None, typer.Option("--event", help="An event type, or * for every one.")
    ] = None,
    mode: Annotated[
        str | None, typer.Option("--mode", help="off, now or digest (daily, 08:00 local).")
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Set a user's email address, or how one event type reaches them by email."""
    from tandem.services.notify import set_preferences

    prefs = set_preferences(
        open_app(db), user, email=email, clear_email=no_email, event=event, mode=mode
    )
    emit(prefs, json_, _render_prefs)


@notifications_app.command("status")
def notifications_status(db: Db = None, json_: Json = False) -> None:
    """The queue: jobs by state, and how far the worker has read the record."""
    from tandem.services.notify import queue_status

    emit(queue_status(open_app(db)), json_, lambda s: say(str(s)))


def _render_prefs(p: dict[str, Any]) -> None:
    say(f"{p['user']}: in-app always; email to {p['email'] or '(no address)'}")
    rows = [[k, v] for k, v in p["email_by_event"].items()]
    if rows:
        table("Email by event type", ["event", "email"], rows)
