"""Per-token rate limits on writes: a token bucket in the serving process."""

from __future__ import annotations

import math
import re
import time
from threading import Lock

from tandem.domain.errors import InvalidInput, TooManyRequests

_SPEC = re.compile(r"^\s*(\d+)\s*/\s*(\d+)?\s*(s|sec|second|m|min|minute|h|hour)s?\s*$")
_UNIT = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600}


def parse_limit(text: str) -> tuple[int, float] | None:
    """`120/minute`, `10/s`, `600/10min`; `0` or `off` turns limiting off."""
    if text.strip().lower() in ("0", "off", "none"):
        return None
    m = _SPEC.match(text.lower())
    if not m:
        raise InvalidInput(f"rate limit '{text}' should read like 120/minute, 10/second or off")
    count = int(m.group(1))
    period = int(m.group(2) or 1) * _UNIT[m.group(3)]
    if count <= 0:
        return None
    return count, float(period)


class RateLimiter:
    def __init__(self, limit: tuple[int, float] | None) -> None:
        self.limit = limit
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = Lock()

    def take(self, key: str) -> None:
        if self.limit is None:
            return
        capacity, period = self.limit
        rate = capacity / period
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(capacity), now))
            tokens = min(float(capacity), tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                wait = math.ceil((1.0 - tokens) / rate)
                raise TooManyRequests(
                    f"too many changes from this token: at most {capacity} per "
                    f"{period:g} s; try again in {wait} s",
                    retry_after=wait,
                )
            self._buckets[key] = (tokens - 1.0, now)
