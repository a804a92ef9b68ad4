"""Articles and reports: written from the record's `monitor.*` entries, read by monitoring."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from tandem.domain.events import Event
from tandem.store import schema as t


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


_INSERT_REPORT = insert(t.reports)
"""Built once: a report is the most frequent row monitoring writes."""


def project_monitoring(conn: Connection, event: Event, at: datetime) -> None:
    p = event.payload
    kind = event.kind
    if kind == "monitor.article":
        conn.execute(
            insert(t.articles).values(
                id=p["id"],
                name=p["name"],
                url=p["url"],
                title=p["title"],
                outlet=p["outlet"],
                published=_day(p["published"]),
                digest=p["digest"],
                minhash=p["minhash"],
                at=at,
                text=p["text"],
            )
        )
    elif kind == "monitor.report":
        conn.execute(
            _INSERT_REPORT,
            {
                "id": p["id"],
                "article_id": p["article"],
                "actor": p["actor"],
                "action": p["action"],
                "action_name": p["action_name"],
                "goldstein": p["goldstein"],
                "target": p["target"],
                "on_date": date.fromisoformat(p["on"]),
                "tracks": json.dumps(p["tracks"]),
                "modality": p["modality"],
                "evidence": p["evidence"],
                "quote": p["quote"],
                "confidence": p["confidence"],
                "actor_role": p["actor_role"],
                "status": "new",
                "measure_id": p["measure"],
                "observed_id": p["observed"],
                "alert_id": p["alert"],
                "why": None,
            },
        )
    elif kind == "monitor.linked":
        _set(conn, p["id"], measure_id=p["measure"])
    elif kind == "monitor.confirmed":
        _set(conn, p["id"], status="confirmed", observed_id=p["observed"])
    elif kind == "monitor.dismissed":
        _set(conn, p["id"], status="dismissed", why=p["why"])
    elif kind == "monitor.source_added":
        conn.execute(
            insert(t.sources).values(
                id=p["id"],
                location=p["location"],
                every_minutes=p["every_minutes"],
                added_by=p["added_by"],
                at=at,
            )
        )
    elif kind == "monitor.source_removed":
        conn.execute(delete(t.sources).where(t.sources.c.id == p["id"]))
    else:
        raise ValueError(f"no projection for record entries of kind {kind}")


def _set(conn: Connection, report_id: int, **values: Any) -> None:
    conn.execute(update(t.reports).where(t.reports.c.id == report_id).values(**values))


class Monitoring:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def seen(self, *, url: str | None = None, digest: str | None = None) -> int | None:
        """The article with this URL or this text, if one was read."""
        c = t.articles.c
        query = select(c.id).where(c.url == url if url else c.digest == digest).limit(1)
        found = self.conn.execute(query).scalar()
        return int(found) if found is not None else None

    def signatures(self) -> list[tuple[int, str]]:
        c = t.articles.c
        return [(r.id, r.minhash) for r in self.conn.execute(select(c.id, c.minhash))]

    def article(self, article_id: int) -> Any:
        return self.conn.execute(select(t.articles).where(t.articles.c.id == article_id)).first()

    def reports(
        self,
        *,
        ids: Sequence[int] | None = None,
        actor: str | None = None,
        status: str | None = None,
        measure: int | None = None,
        article: int | None = None,
    ) -> list[Any]:
        r, a = t.reports.c, t.articles.c
        query = (
            select(t.reports, a.name.label("article"), a.url, a.title, a.outlet, a.published)
            .join(t.articles, r.article_id == a.id)
            .order_by(r.id)
        )
        if ids is not None:
            query = query.where(r.id.in_(list(ids)))
        if status:
            query = query.where(r.status == status)
        if measure is not None:
            query = query.where(r.measure_id == measure)
        if article is not None:
            query = query.where(r.article_id == article)
        rows = list(self.conn.execute(query))
        if actor:
            rows = [row for row in rows if actor in row.actor.split("+")]
        return rows

    def alerted_near(self, actor: str, on: date, days: int) -> list[Any]:
        """Reports by this actor that raised an alert, dated within `days` of `on`."""
        from datetime import timedelta

        r = t.reports.c
        query = select(t.reports).where(
            r.actor == actor,
            r.alert_id.is_not(None),
            r.on_date >= on - timedelta(days=days),
            r.on_date <= on + timedelta(days=days),
        )
        return list(self.conn.execute(query))

    def count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(t.articles)).scalar() or 0)

    def sources(self) -> list[Any]:
        c = t.sources.c
        polled = t.source_polls.c
        query = (
            select(t.sources, polled.polled_at)
            .outerjoin(t.source_polls, polled.source_id == c.id)
            .order_by(c.id)
        )
        return list(self.conn.execute(query))

    def polled(self, source_id: int, at: datetime) -> None:
        c = t.source_polls.c
        done = self.conn.execute(
            update(t.source_polls).where(c.source_id == source_id).values(polled_at=at)
        )
        if not done.rowcount:
            self.conn.execute(insert(t.source_polls).values(source_id=source_id, polled_at=at))
