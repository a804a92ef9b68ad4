"""Webhooks: a party's partner systems, told of what concerns that party, signed.

Each delivery is a POST of JSON with `Tandem-Timestamp`, `Tandem-Signature` (`v1=` and the
HMAC-SHA256 of `TIMESTAMP.BODY` under the webhook's secret), `Tandem-Delivery` (the
deduplication key: the same for every retry of a delivery) and `Tandem-Event`. A 2xx
answer is a success; anything else is retried for 24 hours, then kept as a dead letter.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import httpx

from tandem.domain.errors import InvalidInput, NotFound
from tandem.domain.events import iso
from tandem.domain.notifications import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    check_event_type,
    sign,
    webhook_scope,
)
from tandem.services.context import App, Context, reading, writing
from tandem.services.notify import job_view
from tandem.services.views import JSONDict
from tandem.store.jobs import Job, Jobs, Webhook, Webhooks

TIMEOUT_SECONDS = 10.0
ALLOW_INTERNAL_ENV = "TANDEM_WEBHOOK_ALLOW_INTERNAL"
"""Set to 1 to let users register webhooks on internal addresses (a partner system on the
same private network); the operator's command line may always."""


def check_reachable_from_outside(url: str) -> None:
    """Refuse a user's webhook on an address inside Tandem's own network, by name or by
    what the name resolves to now (docs/notifications.md, "Addresses")."""
    import contextlib
    import os
    import socket

    from tandem.domain.notifications import internal_address

    if os.environ.get(ALLOW_INTERNAL_ENV) == "1":
        return
    host = str(urlparse(url).hostname or "")
    found = {host}
    # A name that does not resolve yet cannot be checked now; deliveries fail until it does.
    with contextlib.suppress(OSError, UnicodeError):
        found |= {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    if any(internal_address(h) for h in found):
        raise InvalidInput(
            f"'{url}' points inside the network Tandem runs in; a partner system's webhook "
            "needs an address reachable from outside (the operator can allow internal "
            f"addresses with {ALLOW_INTERNAL_ENV}=1)"
        )


class DeliveryFailed(Exception):
    """A delivery that did not get a 2xx answer; the message goes into `last_error`."""


def check_url(url: str) -> str:
    """An http(s) URL that a delivery can reach: a host that encodes (IDNA), a port in
    range, no spaces or control characters (httpx would refuse them at every attempt)."""
    url = url.strip()
    parsed = urlparse(url)
    try:
        usable = (
            parsed.scheme in ("http", "https")
            and bool(parsed.hostname)
            and not any(c.isspace() or not c.isprintable() for c in url)
            and bool(str(parsed.hostname).encode("idna"))
            and (parsed.port is None or parsed.port > 0)
            and bool(httpx.URL(url).host)
        )
    except (ValueError, UnicodeError, httpx.InvalidURL):
        usable = False
    if not usable:
        raise InvalidInput(
            f"'{url}' is not an http(s) URL; give the full address, e.g. "
            "https://partner.example/tandem-hook"
        )
    return url


def check_events(events: str) -> str:
    chosen = [check_event_type(e) for e in events.split(",") if e.strip()]
    if not chosen:
        raise InvalidInput("--events needs * or at least one event type")
    return "*" if "*" in chosen else ",".join(sorted(set(chosen)))


def webhook_view(w: Webhook, *, secret: bool = False) -> JSONDict:
    out: JSONDict = {
        "id": w.id,
        "party": w.party,
        "url": w.url,
        "events": w.events,
        "created_at": iso(w.created_at),
        "active": w.disabled_at is None,
    }
    if secret:
        out["secret"] = w.secret
    return out


def _scope(ctx: Context, by: str | None, party: str | None) -> str | None:
    """The party a call is limited to, None for every party; `by` names the user calling
    (None: the operator of the database, as on the command line), who must be one of the
    party's envoys or an admin (domain.notifications.webhook_scope)."""
    code = ctx.group.party(party.strip().upper()).code if party else None
    if by is None:
        return code
    return webhook_scope(ctx.user(by), code)


def add_webhook(
    app: App,
    party: str | None,
    url: str,
    *,
    events: str = "*",
    secret: str | None = None,
    clock: Callable[[], datetime] | None = None,
    by: str | None = None,
) -> JSONDict:
    """Register a partner system of `party` (an envoy's own when None); the secret is
    shown this once."""
    url = check_url(url)
    if by is not None:
        check_reachable_from_outside(url)
    events = check_events(events)
    if secret is not None and not 16 <= len(secret.strip()) <= 128:
        raise InvalidInput(
            "a webhook secret has at least 16 characters and at most 128; "
            "or leave it out for a random one"
        )
    secret = secret.strip() if secret else "whsec_" + secrets.token_urlsafe(32)
    with writing(app, settle=False) as ctx:
        code = _scope(ctx, by, party)
        if code is None:
            raise InvalidInput(
                "name the party whose partner system this is (party, e.g. "
                f"{ctx.group.codes[0]}): an admin belongs to no party"
            )
        hook = Webhooks(ctx.uow.conn).add(code, url, secret, events, (clock or app.clock)())
        return webhook_view(hook, secret=True)


def list_webhooks(app: App, party: str | None = None, *, by: str | None = None) -> list[JSONDict]:
    """The webhooks, without their secrets; an envoy sees their own party's only."""
    with reading(app) as ctx:
        code = _scope(ctx, by, party)
        return [webhook_view(w) for w in Webhooks(ctx.uow.conn).all(code)]


def _hook(app: App, webhook_id: int, by: str | None = None) -> Webhook:
    """A webhook; another party's is as unknown to an envoy as one that does not exist."""
    with reading(app) as ctx:
        scope = _scope(ctx, by, None)
        hook = Webhooks(ctx.uow.conn).get(webhook_id) if 0 < webhook_id < 2**31 else None
        if hook is None or (scope is not None and hook.party != scope):
            raise NotFound(
                f"there is no webhook {webhook_id}; `tandem webhook list` shows the webhooks"
            )
        return hook


def post(
    hook: Webhook,
    body: dict[str, Any],
    *,
    key: str,
    event: str,
    now: datetime,
    client: httpx.Client | None = None,
) -> int:
    """POST one signed delivery; returns the status, raises DeliveryFailed unless 2xx."""
    data = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    timestamp = int(now.timestamp())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Tandem-Webhook/1",
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(hook.secret, timestamp, data),
        DELIVERY_HEADER: key,
        EVENT_HEADER: event,
    }
    try:
        if client is None:
            with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False) as c:
                answer = c.post(hook.url, content=data, headers=headers)
        else:
            answer = client.post(hook.url, content=data, headers=headers)
    except (httpx.HTTPError, httpx.InvalidURL, UnicodeError) as exc:
        raise DeliveryFailed(f"{type(exc).__name__}: {exc}") from exc
    if not 200 <= answer.status_code < 300:
        raise DeliveryFailed(f"the receiver answered HTTP {answer.status_code}")
    return answer.status_code


def deliver(app: App, job: Job, now: datetime, client: httpx.Client | None = None) -> None:
    """One webhook job; a disabled webhook is a failure that no retry will mend."""
    assert job.webhook_id is not None
    hook = _hook(app, job.webhook_id)
    if hook.disabled_at is not None:
        raise DeliveryFailed(f"webhook {hook.id} was disabled")
    post(
        hook,
        job.payload,
        key=job.dedup_key,
        event=str(job.payload["event"]),
        now=now,
        client=client,
    )


def test_webhook(
    app: App,
    webhook_id: int,
    *,
    clock: Callable[[], datetime] | None = None,
    by: str | None = None,
) -> JSONDict:
    """Send a signed `ping` now, outside the queue, and say what the receiver answered."""
    hook = _hook(app, webhook_id, by)
    now = (clock or app.clock)()
    key = f"ping:{hook.id}:{iso(now)}"
    body = {"event": "ping", "to_party": hook.party, "text": "A test delivery from Tandem."}
    try:
        status = post(hook, body, key=key, event="ping", now=now)
    except DeliveryFailed as exc:
        return {"webhook": hook.id, "url": hook.url, "ok": False, "error": str(exc), "key": key}
    return {"webhook": hook.id, "url": hook.url, "ok": True, "status": status, "key": key}


def dead_letters(
    app: App, party: str | None = None, *, by: str | None = None, kind: str | None = None
) -> list[JSONDict]:
    """Deliveries that failed for 24 hours, for the party's envoys and the admins to look
    at and redeliver; `kind` keeps one kind of job (`webhook`, `email`)."""
    with reading(app) as ctx:
        code = _scope(ctx, by, party)
        return [job_view(j) for j in Jobs(ctx.uow.conn).dead(code, kind)]


def redeliver(
    app: App,
    job_id: int | None = None,
    *,
    party: str | None = None,
    clock: Callable[[], datetime] | None = None,
    by: str | None = None,
) -> list[JSONDict]:
    """Queue a dead letter again (or every dead letter of `party`), with 24 fresh hours;
    another party's dead letter is as unknown to an envoy as one that does not exist."""
    if (job_id is None) == (party is None):
        raise InvalidInput(
            "name one dead letter by its id, or give --party to redeliver all of a party's"
        )
    with writing(app, settle=False) as ctx:
        jobs = Jobs(ctx.uow.conn)
        now = (clock or app.clock)()
        scope = _scope(ctx, by, party)
        if job_id is not None:
            job = jobs.get(job_id) if 0 < job_id < 2**31 else None
            foreign = job is not None and scope is not None and job.party != scope
            if job is None or job.kind != "webhook" or foreign:
                raise NotFound(
                    f"there is no webhook delivery {job_id}; `tandem webhook dead-letters` "
                    "lists the dead letters"
                )
            if job.dead_at is None:
                state = "delivered" if job.done_at else "still being tried"
                raise InvalidInput(
                    f"webhook delivery {job_id} is not a dead letter ({state}); only a dead "
                    "letter is redelivered"
                )
            chosen = [job]
        else:
            assert scope is not None
            chosen = jobs.dead(scope, "webhook")
        for job in chosen:
            jobs.redeliver(job.id, now)
        return [job_view(j) for j in (jobs.get(job.id) for job in chosen) if j is not None]
