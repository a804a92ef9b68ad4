"""Email over SMTP: what happened, to which measure, the deadline in the reader's zone.

The server comes from flags or `TANDEM_SMTP_HOST`, `_PORT`, `_TLS` (none, starttls or
ssl), `_USER`, `_PASSWORD` and `TANDEM_MAIL_FROM`. Every mail carries its delivery's key
(`Tandem-Delivery`, and a Message-ID made from it), so a mail sent twice after a crash is
recognisably the same mail.
"""

from __future__ import annotations

import hashlib
import html
import os
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from tandem.domain.consultation import local
from tandem.domain.errors import InvalidInput
from tandem.domain.events import from_iso
from tandem.domain.notifications import DELIVERY_HEADER
from tandem.domain.parties import Party

TLS_MODES = ("none", "starttls", "ssl")
DEFAULT_BASE_URL = "http://127.0.0.1:8000"


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 25
    tls: str = "none"
    user: str | None = None
    password: str | None = None
    sender: str = "tandem@localhost"
    timeout: float = 20.0

    def __post_init__(self) -> None:
        if self.tls not in TLS_MODES:
            raise InvalidInput(f"SMTP TLS '{self.tls}' is not one of {', '.join(TLS_MODES)}")
        if not 0 < self.port < 65536:
            raise InvalidInput(f"SMTP port {self.port} is not between 1 and 65535")
        if (self.user is None) != (self.password is None):
            raise InvalidInput("SMTP credentials need both a user and a password")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **given: Any) -> SmtpConfig | None:
        """Flags first (`given`), then the environment; None when no host is set."""
        env = os.environ if env is None else env
        host = given.get("host") or env.get("TANDEM_SMTP_HOST")
        if not host:
            return None
        port_text = given.get("port") or env.get("TANDEM_SMTP_PORT")
        tls = (given.get("tls") or env.get("TANDEM_SMTP_TLS") or "none").lower()
        try:
            port = int(port_text) if port_text else (465 if tls == "ssl" else 25)
        except ValueError:
            raise InvalidInput(f"SMTP port '{port_text}' is not a number") from None
        return cls(
            host=str(host),
            port=port,
            tls=tls,
            user=given.get("user") or env.get("TANDEM_SMTP_USER"),
            password=given.get("password") or env.get("TANDEM_SMTP_PASSWORD"),
            sender=given.get("sender") or env.get("TANDEM_MAIL_FROM") or "tandem@localhost",
        )


class Mailer:
    """Sends one message per connection: simple, and a broken connection costs one mail."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    def send(self, message: EmailMessage) -> None:
        c = self.config
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if c.tls == "ssl":
            smtp = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout, context=context)
        else:
            smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
        with smtp:
            if c.tls == "starttls":
                smtp.starttls(context=context)
            if c.user is not None and c.password is not None:
                smtp.login(c.user, c.password)
            smtp.send_message(message)


def message_id(key: str) -> str:
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@tandem>"


def _deadline_lines(notice: Mapping[str, Any], reader: Party, parties: Sequence[Party]) -> str:
    deadline = notice.get("deadline")
    if not deadline:
        return ""
    at = from_iso(str(deadline))
    line = f"Deadline: {local(at, reader)}"
    notifier = next((p for p in parties if p.code == notice.get("proposer")), None)
    if notifier is not None and notifier.time_zone != reader.time_zone:
        line += f" ({local(at, notifier)} in {notifier.code})"
    return line


def link(base_url: str, notice: Mapping[str, Any]) -> str:
    measure = notice.get("measure")
    base = base_url.rstrip("/")
    return f"{base}/measures/{measure}" if measure is not None else f"{base}/alerts"


def compose(
    notice: Mapping[str, Any],
    *,
    to: str,
    reader: Party,
    parties: Sequence[Party],
    sender: str,
    base_url: str,
    key: str,
) -> EmailMessage:
    """One notification as a mail with a plain-text and an HTML part."""
    text = str(notice["text"])
    lines = [text + "."]
    if notice.get("measure") is not None:
        title = notice.get("title")
        lines.append(f"Measure: {notice['measure']}" + (f" ({title})" if title else ""))
    deadline = _deadline_lines(notice, reader, parties)
    if deadline:
        lines.append(deadline)
    url = link(base_url, notice)
    lines.append(f"Open it: {url}")
    at = from_iso(str(notice["at"]))
    footer = (
        f"Record entry {notice['seq']}, recorded {local(at, reader)}. You receive this as a "
        f"user of {reader.code}; choose what reaches you by email with "
        "`tandem notifications set`."
    )
    return _message(
        subject=f"[Tandem] {text}"[:180],
        to=to,
        sender=sender,
        key=key,
        event=str(notice.get("event", "")),
        plain="\n".join([lines[0], "", *lines[1:], "", footer]) + "\n",
        rich=_html(lines, url, footer),
    )


def compose_digest(
    items: Sequence[Mapping[str, Any]],
    *,
    to: str,
    reader: Party,
    parties: Sequence[Party],
    day: str,
    sender: str,
    base_url: str,
    key: str,
) -> EmailMessage:
    """The day's notifications in one mail."""
    blocks: list[list[str]] = []
    for n in items:
        block = [f"{n['text']}."]
        deadline = _deadline_lines(n, reader, parties)
        if deadline:
            block.append(deadline)
        block.append(f"Open it: {link(base_url, n)}")
        blocks.append(block)
    head = f"{len(items)} notification{'s' if len(items) != 1 else ''} for {reader.code} on {day}"
    plain = head + "\n\n" + "\n\n".join("\n".join(b) for b in blocks) + "\n"
    rich = (
        f"<html><body><h1>{html.escape(head)}</h1>"
        + "".join("<p>" + "<br>".join(_linked(x) for x in b) + "</p>" for b in blocks)
        + "</body></html>"
    )
    return _message(
        subject=f"[Tandem] Daily digest: {head}",
        to=to,
        sender=sender,
        key=key,
        event="digest",
        plain=plain,
        rich=rich,
    )


def _linked(line: str) -> str:
    if line.startswith("Open it: "):
        url = line.removeprefix("Open it: ")
        return f'<a href="{html.escape(url)}">Open it</a>'
    return html.escape(line)


def _html(lines: Sequence[str], url: str, footer: str) -> str:
    body = "".join(f"<p>{_linked(x)}</p>" for x in lines if not x.startswith("Open it: "))
    return (
        "<html><body>"
        + body
        + f'<p><a href="{html.escape(url)}">Open it in Tandem</a></p>'
        + f"<p><small>{html.escape(footer)}</small></p></body></html>"
    )


def _message(
    *, subject: str, to: str, sender: str, key: str, event: str, plain: str, rich: str
) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject.replace("\n", " ")
    msg["From"] = sender
    msg["To"] = to
    msg["Message-ID"] = message_id(key)
    msg[DELIVERY_HEADER] = key
    msg["Tandem-Event"] = event
    msg.set_content(plain)
    msg.add_alternative(rich, subtype="html")
    return msg
