"""Passwords for the web, API tokens for programs, and who a credential belongs to.

Secrets never enter the record (it is shared with every party); the record holds only
that a password was set or a token created or revoked, and by whom.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from tandem.domain.accounts import (
    Token,
    check_password,
    compose_token,
    same_secret,
    secret_hash,
    split_token,
)
from tandem.domain.errors import InvalidInput, NotFound, Unauthenticated
from tandem.domain.events import Event, iso
from tandem.domain.parties import User
from tandem.services.context import SYSTEM, App, reading, writing
from tandem.services.views import JSONDict


def set_password(app: App, name: str, password: str) -> JSONDict:
    from argon2 import PasswordHasher

    check_password(password)
    with writing(app) as ctx:
        user = ctx.user(name)
        ctx.uow.credentials.set_password(user.name, PasswordHasher().hash(password), ctx.now)
        ctx.record([Event("user.password_set", f"user:{user.name}", {"name": user.name})], SYSTEM)
        return {"name": user.name, "password_set": True}


def sign_in(app: App, name: str, password: str) -> User:
    """The user whose password this is; one message for every failure, so names don't leak."""
    from argon2 import PasswordHasher
    from argon2.exceptions import Argon2Error

    wrong = Unauthenticated("the user name or password is wrong")
    with reading(app) as ctx:
        user = ctx.uow.users.get(name)
        stored = ctx.uow.credentials.password_hash(name) if user else None
    if user is None or stored is None:
        raise wrong
    try:
        PasswordHasher().verify(stored, password)
    except Argon2Error:
        raise wrong from None
    return user


def token_view(token: Token) -> JSONDict:
    return {
        "id": token.id,
        "user": token.user,
        "created_at": iso(token.created_at),
        "expires_at": iso(token.expires_at) if token.expires_at else None,
        "revoked_at": iso(token.revoked_at) if token.revoked_at else None,
    }


def create_token(app: App, name: str, expires: datetime | None = None) -> JSONDict:
    """A new API token for `name`; the token itself is in the answer and nowhere else."""
    with writing(app) as ctx:
        user = ctx.user(name)
        if expires is not None and expires <= ctx.now:
            raise InvalidInput(
                f"--expires {iso(expires)} is not in the future (now {iso(ctx.now)})"
            )
        token_id = secrets.token_hex(6)
        secret = secrets.token_urlsafe(32)
        token = Token(token_id, user.name, ctx.now, expires, None)
        ctx.uow.credentials.add_token(token, secret_hash(secret))
        ctx.record(
            [
                Event(
                    "token.created",
                    f"user:{user.name}",
                    {
                        "id": token_id,
                        "user": user.name,
                        "expires_at": iso(expires) if expires else None,
                    },
                )
            ],
            SYSTEM,
        )
        return {"token": compose_token(token_id, secret), **token_view(token)}


def revoke_token(app: App, token_id: str) -> JSONDict:
    with writing(app) as ctx:
        found = ctx.uow.credentials.token(token_id)
        if found is None:
            raise NotFound(f"there is no token '{token_id}'; `tandem token list` shows them")
        token, _ = found
        if token.revoked_at is not None:
            raise InvalidInput(f"token {token_id} was already revoked on {iso(token.revoked_at)}")
        ctx.uow.credentials.revoke(token_id, ctx.now)
        ctx.record(
            [Event("token.revoked", f"user:{token.user}", {"id": token_id, "user": token.user})],
            SYSTEM,
        )
        return token_view(Token(token.id, token.user, token.created_at, token.expires_at, ctx.now))


def list_tokens(app: App, name: str | None = None) -> list[JSONDict]:
    with reading(app) as ctx:
        if name is not None:
            ctx.user(name)
        return [token_view(t) for t in ctx.uow.credentials.tokens(name)]


def authenticate(app: App, bearer: str) -> User:
    """The user a bearer token stands for, if it exists, is unexpired and not revoked."""
    token_id, secret = split_token(bearer)
    invalid = Unauthenticated("the bearer token is unknown, expired or revoked")
    with reading(app) as ctx:
        found = ctx.uow.credentials.token(token_id)
        if found is None:
            raise invalid
        token, stored = found
        if not same_secret(secret, stored) or not token.usable(ctx.now):
            raise invalid
        user = ctx.uow.users.get(token.user)
    if user is None:
        raise invalid
    return user
