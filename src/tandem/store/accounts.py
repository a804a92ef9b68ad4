"""Repositories for what is kept beside the record: credentials, tokens, internal notes,
search documents and idempotency keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, text, update

from tandem.domain.accounts import Token
from tandem.store import schema as t
from tandem.store.database import Prepared

_TOKEN = select(t.api_tokens).where(t.api_tokens.c.id == bindparam("id"))
_PASSWORD = select(t.credentials.c.password_hash).where(t.credentials.c.user_name == bindparam("n"))


_ADD_DOCUMENT = Prepared(insert(t.search_documents))
_DELETE_DOCUMENT = Prepared(
    delete(t.search_documents).where(
        and_(
            t.search_documents.c.measure_id == bindparam("m"),
            t.search_documents.c.source == bindparam("s"),
        )
    )
)


class Credentials:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def password_hash(self, user: str) -> str | None:
        found = self.conn.execute(_PASSWORD, {"n": user}).scalar_one_or_none()
        return None if found is None else str(found)

    def set_password(self, user: str, password_hash: str, at: datetime) -> None:
        done = self.conn.execute(
            update(t.credentials)
            .where(t.credentials.c.user_name == user)
            .values(password_hash=password_hash, updated_at=at)
        )
        if done.rowcount == 0:
            self.conn.execute(
                insert(t.credentials).values(
                    user_name=user, password_hash=password_hash, updated_at=at
                )
            )

    def add_token(self, token: Token, secret_hash: str) -> None:
        self.conn.execute(
            insert(t.api_tokens).values(
                id=token.id,
                user_name=token.user,
                secret_hash=secret_hash,
                created_at=token.created_at,
                expires_at=token.expires_at,
                revoked_at=None,
            )
        )

    def token(self, token_id: str) -> tuple[Token, str] | None:
        r = self.conn.execute(_TOKEN, {"id": token_id}).one_or_none()
        if r is None:
            return None
        return Token(r.id, r.user_name, r.created_at, r.expires_at, r.revoked_at), r.secret_hash

    def tokens(self, user: str | None = None) -> list[Token]:
        query = select(t.api_tokens).order_by(t.api_tokens.c.created_at, t.api_tokens.c.id)
        if user:
            query = query.where(t.api_tokens.c.user_name == user)
        return [
            Token(r.id, r.user_name, r.created_at, r.expires_at, r.revoked_at)
            for r in self.conn.execute(query)
        ]

    def revoke(self, token_id: str, at: datetime) -> None:
        self.conn.execute(
            update(t.api_tokens).where(t.api_tokens.c.id == token_id).values(revoked_at=at)
        )


_n = t.internal_notes.c
_NOTES = (
    select(t.internal_notes)
    .where(and_(_n.measure_id == bindparam("m"), _n.party == bindparam("p")))
    .order_by(_n.id)
)
"""Built once: a select built per call cost ~120 µs of SQLAlchemy work, on every show."""


@dataclass(frozen=True)
class Note:
    id: int
    measure: int
    party: str
    author: str
    text: str
    at: datetime


class Notes:
    """Internal notes: a party's own working papers on a measure, never shown to others."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, measure: int, party: str, author: str, body: str, at: datetime) -> Note:
        result = self.conn.execute(
            insert(t.internal_notes)
            .values(measure_id=measure, party=party, author=author, text=body, at=at)
            .returning(t.internal_notes.c.id)
        )
        note_id = int(result.scalar_one())
        return Note(note_id, measure, party, author, body, at)

    def for_party(self, measure: int, party: str) -> list[Note]:
        rows = self.conn.execute(_NOTES, {"m": measure, "p": party})
        return [Note(r.id, r.measure_id, r.party, r.author, r.text, r.at) for r in rows]


@dataclass(frozen=True)
class Hit:
    measure: int
    source: str
    text: str


class Search:
    """Full-text search: SQLite FTS5 or PostgreSQL `simple` tsvectors, filtered by party."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def put(
        self,
        measure: int,
        source: str,
        body: str,
        visible_to: str | None = None,
        *,
        new: bool = False,
    ) -> None:
        """Index `body` as the document `source` of a measure; `new` when none exists yet."""
        if not new:
            _DELETE_DOCUMENT.run_many(self.conn, [{"m": measure, "s": source}])
        if body.strip():
            _ADD_DOCUMENT.run_many(
                self.conn,
                [{"measure_id": measure, "source": source, "visible_to": visible_to, "text": body}],
            )

    def find(self, query: str, party: str | None, limit: int = 50) -> list[Hit]:
        docs = t.search_documents
        visible: Any = docs.c.visible_to.is_(None)
        if party is not None:
            visible = or_(visible, docs.c.visible_to == party)
        match: Any
        if self.conn.dialect.name == "sqlite":
            match = docs.c.id.in_(
                select(text("rowid"))
                .select_from(text("search_fts"))
                .where(text("search_fts MATCH :q"))
            )
            params: dict[str, Any] = {"q": _fts5_query(query)}
        else:
            match = func.to_tsvector("simple", docs.c.text).op("@@")(
                func.plainto_tsquery("simple", bindparam("q"))
            )
            params = {"q": query}
        rows = self.conn.execute(
            select(docs.c.measure_id, docs.c.source, docs.c.text)
            .where(and_(match, visible))
            .order_by(docs.c.measure_id.desc(), docs.c.id)
            .limit(limit),
            params,
        )
        return [Hit(r.measure_id, r.source, r.text) for r in rows]


def _fts5_query(query: str) -> str:
    """Every word must appear; each is quoted so that FTS5 syntax in the query is inert."""
    words = [w.replace('"', '""') for w in query.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words)


class IdempotencyKeys:
    """Retried writes: the first request with a key is remembered with its response."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, user: str, key: str) -> tuple[str, int | None, str | None] | None:
        r = self.conn.execute(
            select(t.idempotency_keys).where(
                and_(t.idempotency_keys.c.user_name == user, t.idempotency_keys.c.key == key)
            )
        ).one_or_none()
        return None if r is None else (r.request_hash, r.status, r.response)

    def claim(self, user: str, key: str, request_hash: str, at: datetime) -> bool:
        """Reserve the key; False when another request holds it already."""
        return insert_if_missing(
            self.conn,
            t.idempotency_keys,
            {"user_name": user, "key": key, "request_hash": request_hash, "created_at": at},
        )

    def complete(self, user: str, key: str, status: int, response: str) -> None:
        self.conn.execute(
            update(t.idempotency_keys)
            .where(and_(t.idempotency_keys.c.user_name == user, t.idempotency_keys.c.key == key))
            .values(status=status, response=response)
        )

    def release(self, user: str, key: str) -> None:
        self.conn.execute(
            delete(t.idempotency_keys).where(
                and_(t.idempotency_keys.c.user_name == user, t.idempotency_keys.c.key == key)
            )
        )


def insert_if_missing(conn: Connection, table: Any, values: dict[str, Any]) -> bool:
    """INSERT … ON CONFLICT DO NOTHING: True when this call inserted the row."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        done = conn.execute(pg_insert(table).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        done = conn.execute(sqlite_insert(table).values(**values).on_conflict_do_nothing())
    return bool(done.rowcount)


@dataclass(frozen=True)
class WebSession:
    user: str
    csrf: str
    created_at: datetime
    expires_at: datetime


class WebSessions:
    """Signed-in browsers, keyed by a hash of their cookie."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, id_hash: str, session: WebSession) -> None:
        self.conn.execute(
            insert(t.web_sessions).values(
                id_hash=id_hash,
                user_name=session.user,
                csrf=session.csrf,
                created_at=session.created_at,
                expires_at=session.expires_at,
            )
        )

    def get(self, id_hash: str) -> WebSession | None:
        s = t.web_sessions.c
        r = self.conn.execute(
            select(s.user_name, s.csrf, s.created_at, s.expires_at).where(s.id_hash == id_hash)
        ).one_or_none()
        return None if r is None else WebSession(r[0], r[1], r[2], r[3])

    def remove(self, id_hash: str) -> None:
        self.conn.execute(delete(t.web_sessions).where(t.web_sessions.c.id_hash == id_hash))

    def remove_expired(self, now: datetime) -> int:
        done = self.conn.execute(delete(t.web_sessions).where(t.web_sessions.c.expires_at <= now))
        return int(done.rowcount or 0)


class Preferences:
    """What a user chose for the web: language and time zone (None: the default)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, user: str) -> tuple[str | None, str | None]:
        p = t.user_preferences.c
        r = self.conn.execute(
            select(p.locale, p.time_zone).where(p.user_name == user)
        ).one_or_none()
        return (None, None) if r is None else (r[0], r[1])

    def set(self, user: str, locale: str | None, time_zone: str | None) -> None:
        p = t.user_preferences
        done = self.conn.execute(
            update(p).where(p.c.user_name == user).values(locale=locale, time_zone=time_zone)
        )
        if done.rowcount == 0:
            self.conn.execute(insert(p).values(user_name=user, locale=locale, time_zone=time_zone))
