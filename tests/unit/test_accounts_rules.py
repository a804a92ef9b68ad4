"""Token shapes, password rules and rate-limit specs: pure rules, no database."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tandem.api.limits import RateLimiter, parse_limit
from tandem.domain.accounts import (
    Token,
    check_password,
    compose_token,
    same_secret,
    secret_hash,
    split_token,
)
from tandem.domain.errors import InvalidInput, TooManyRequests, Unauthenticated

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@given(
    st.text("0123456789abcdef", min_size=12, max_size=12),
    st.text(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", min_size=32, max_size=64
    ),
)
def test_a_composed_token_splits_back(token_id: str, secret: str) -> None:
    assert split_token(compose_token(token_id, secret)) == (token_id, secret)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "tdm_",
        "Bearer tdm_0123456789ab_" + "a" * 40,
        "tdm_0123456789AB_" + "a" * 40,
        "tdm_0123456789ab_short",
        "xyz_0123456789ab_" + "a" * 40,
        "tdm_0123456789ab_" + "a" * 40 + "!",
    ],
)
def test_malformed_tokens_are_unauthenticated(text: str) -> None:
    with pytest.raises(Unauthenticated):
        split_token(text)


def test_secrets_are_stored_as_sha256_and_compared_whole() -> None:
    stored = secret_hash("s3cret-value")
    assert stored == hashlib.sha256(b"s3cret-value").hexdigest()
    assert same_secret("s3cret-value", stored)
    assert not same_secret("s3cret-valuE", stored)


def test_a_token_is_usable_until_expiry_or_revocation() -> None:
    open_ended = Token("0" * 12, "kim", NOW, None, None)
    assert open_ended.usable(NOW + timedelta(days=3650))
    expiring = Token("0" * 12, "kim", NOW, NOW + timedelta(hours=1), None)
    assert expiring.usable(NOW + timedelta(minutes=59))
    assert not expiring.usable(NOW + timedelta(hours=1))
    revoked = Token("0" * 12, "kim", NOW, None, NOW)
    assert not revoked.usable(NOW)


@pytest.mark.parametrize(
    ("password", "says"),
    [("short", "at least 12"), (" twelve chars+", "spaces"), ("x" * 1025, "at most 1024")],
)
def test_weak_passwords_are_refused(password: str, says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        check_password(password)
    assert check_password("correct horse battery") == "correct horse battery"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("120/minute", (120, 60.0)),
        ("10/s", (10, 1.0)),
        ("600/10min", (600, 600.0)),
        ("5 / hour", (5, 3600.0)),
        ("off", None),
        ("0", None),
    ],
)
def test_rate_limit_specs(spec: str, expected: tuple[int, float] | None) -> None:
    assert parse_limit(spec) == expected


@pytest.mark.parametrize("spec", ["fast", "10", "10/fortnight", "-1/minute"])
def test_bad_rate_limit_specs_say_how_to_write_one(spec: str) -> None:
    with pytest.raises(InvalidInput, match="120/minute"):
        parse_limit(spec)


def test_the_bucket_refuses_past_capacity_with_a_retry_time() -> None:
    limiter = RateLimiter((3, 60.0))
    for _ in range(3):
        limiter.take("kim")
    with pytest.raises(TooManyRequests) as refused:
        limiter.take("kim")
    assert 1 <= refused.value.retry_after <= 20
    limiter.take("smith")  # buckets are per token
