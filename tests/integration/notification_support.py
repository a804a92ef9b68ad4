"""Real outside parts for the notification tests: an HTTP receiver and an SMTP server on
loopback, and a clock the test moves.

Imported by the test modules beside it (pytest puts this folder on sys.path).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tandem.domain.notifications import (
    DELIVERY_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    verify,
)


@dataclass
class FakeClock:
    """The queue's and a real-clock database's time, moved by the test."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta

    def set(self, to: datetime) -> None:
        self.now = to


@dataclass
class Delivery:
    key: str
    body: dict[str, Any]
    raw: bytes
    headers: dict[str, str]
    verified: bool


@dataclass
class Receiver:
    """A partner system: checks each signature with the shared secret and the test's clock;
    answers `fail_with` while `failures_left` > 0, else 204."""

    secret: str
    clock: Callable[[], datetime]
    url: str = ""
    deliveries: list[Delivery] = field(default_factory=list)
    failures_left: int = 0
    fail_with: int = 500
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, headers: dict[str, str], raw: bytes) -> int:
        with self.lock:
            ok = verify(
                self.secret,
                headers.get(TIMESTAMP_HEADER, ""),
                headers.get(SIGNATURE_HEADER, ""),
                raw,
                int(self.clock().timestamp()),
            )
            self.deliveries.append(
                Delivery(headers.get(DELIVERY_HEADER, ""), json.loads(raw), raw, headers, ok)
            )
            if not ok:
                return 401
            if self.failures_left > 0:
                self.failures_left -= 1
                return self.fail_with
            return 204

    @property
    def keys(self) -> list[str]:
        return [d.key for d in self.deliveries]


FAILURE_BODY = b"stack trace of the partner system, not for Tandem's users"
"""What the receiver says when it fails: no part of it may reach a Tandem user."""


@contextmanager
def receiver(secret: str, clock: Callable[[], datetime]) -> Iterator[Receiver]:
    r = Receiver(secret, clock)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status = r.handle(dict(self.headers.items()), raw)
            said = FAILURE_BODY if status >= 400 else b""
            self.send_response(status)
            self.send_header("Content-Length", str(len(said)))
            self.end_headers()
            self.wfile.write(said)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    r.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield r
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Mailbox:
    host: str
    port: int
    messages: list[EmailMessage] = field(default_factory=list)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]


@contextmanager
def smtp_server() -> Iterator[Mailbox]:
    """aiosmtpd on loopback, in this process; every mail it accepts lands in `messages`."""
    from aiosmtpd.controller import Controller

    box = Mailbox("127.0.0.1", 0)

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            msg = message_from_bytes(envelope.content, policy=policy.default)
            assert isinstance(msg, EmailMessage)
            box.messages.append(msg)
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        box.port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


def parts(msg: EmailMessage) -> tuple[str, str]:
    """The plain-text and HTML bodies of a mail."""
    plain = msg.get_body(("plain",))
    rich = msg.get_body(("html",))
    assert plain is not None and rich is not None
    return plain.get_content(), rich.get_content()
