"""API tokens: their shape, and the rules on passwords. Generating secrets is the caller's."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime

from tandem.domain.errors import InvalidInput, Unauthenticated

TOKEN_PREFIX = "tdm"
MIN_PASSWORD = 12
MAX_PASSWORD = 1024
_TOKEN = re.compile(r"^tdm_([0-9a-f]{12})_([A-Za-z0-9_-]{32,128})$")


@dataclass(frozen=True)
class Token:
    id: str
    user: str
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None

    def usable(self, now: datetime) -> bool:
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or now < self.expires_at


def compose_token(token_id: str, secret: str) -> str:
    """The string shown once to the user: `tdm_<id>_<secret>`."""
    return f"{TOKEN_PREFIX}_{token_id}_{secret}"


def split_token(text: str) -> tuple[str, str]:
    m = _TOKEN.match(text.strip())
    if not m:
        raise Unauthenticated(
            "the bearer token is malformed; create one with `tandem token create`"
        )
    return m.group(1), m.group(2)


def secret_hash(secret: str) -> str:
    """Tokens are long random strings, so a plain SHA-256 is enough to store them safely."""
    return hashlib.sha256(secret.encode()).hexdigest()


def same_secret(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(secret_hash(secret), stored_hash)


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"a password has at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise InvalidInput(f"a password has at most {MAX_PASSWORD} characters")
    if password.strip() != password:
        raise InvalidInput("a password may not start or end with spaces")
    return password


SESSION_HOURS = 12
"""How long a web sign-in lasts: a working day, then the browser must sign in again."""

LOCALES = ("en", "ko")
"""The languages of the web UI; the record stays in the language it was written in."""


def check_locale(locale: str) -> str:
    if locale not in LOCALES:
        raise InvalidInput(f"the web speaks {' and '.join(LOCALES)}, not '{locale}'")
    return locale
