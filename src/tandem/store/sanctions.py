"""Screening's tables: manifests, screenings and exemption requests.

`project_sanctions` applies one `sanctions.*` record entry to them; the services and a
rebuild from the record both go through it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from tandem.domain.events import Event
from tandem.store import schema as t
from tandem.store.database import Prepared

_m = t.manifests.c
_MANIFEST = select(_m.version, _m.lines).where(_m.measure_id == bindparam("id"))
_LATEST_MANIFEST = Prepared(_MANIFEST.order_by(_m.version.desc()).limit(1))
_MANIFEST_IN_FORCE = Prepared(
    _MANIFEST.where(_m.version <= bindparam("version")).order_by(_m.version.desc()).limit(1)
)


class Sanctions:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def manifest(self, measure_id: int, version: int | None = None) -> tuple[int, list[Any]] | None:
        """The manifest in force for a measure's version (the latest given up to it)."""
        if version is None:
            row = _LATEST_MANIFEST.run(self.conn, {"id": measure_id}).fetchone()
        else:
            row = _MANIFEST_IN_FORCE.run(self.conn, {"id": measure_id, "version": version})
            row = row.fetchone()
        return None if row is None else (row[0], json.loads(row[1]))

    def screenings(self, measure_id: int) -> list[dict[str, Any]]:
        c = t.screenings.c
        rows = self.conn.execute(
            select(t.screenings).where(c.measure_id == measure_id).order_by(c.id)
        )
        return [
            {
                "id": r.id,
                "measure": r.measure_id,
                "version": r.version,
                "at": r.at,
                "on": r.on_date.isoformat(),
                "rulebook": r.rulebook,
                "verdict": r.verdict,
                "findings": json.loads(r.findings),
                "names": json.loads(r.names),
            }
            for r in rows
        ]

    def exemptions(
        self, measure_id: int | None = None, *, request_id: int | None = None
    ) -> list[dict[str, Any]]:
        c = t.exemptions.c
        query = select(t.exemptions).order_by(c.id)
        if measure_id is not None:
            query = query.where(c.measure_id == measure_id)
        if request_id is not None:
            query = query.where(c.id == request_id)
        return [
            {
                "id": r.id,
                "measure": r.measure_id,
                "party": r.party,
                "status": r.status,
                "at": r.at,
                "request": json.loads(r.request),
                "valid_from": r.valid_from,
                "valid_until": r.valid_until,
                "shipments": r.shipments,
                "decision": r.decision,
                "warned": r.warned,
            }
            for r in self.conn.execute(query)
        ]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def project_sanctions(conn: Connection, event: Event, at: datetime) -> None:
    p = event.payload
    kind = event.kind
    if kind == "sanctions.manifest":
        conn.execute(
            insert(t.manifests).values(
                measure_id=p["measure"],
                version=p["version"],
                at=at,
                digest=p["digest"],
                lines=json.dumps(p["lines"], sort_keys=True),
            )
        )
    elif kind == "sanctions.screened":
        conn.execute(
            insert(t.screenings).values(
                id=p["id"],
                measure_id=p["measure"],
                version=p["version"],
                at=at,
                on_date=date.fromisoformat(p["on"]),
                rulebook=p["rulebook"],
                verdict=p["verdict"],
                findings=json.dumps(p["findings"], sort_keys=True),
                names=json.dumps(p["names"], sort_keys=True),
            )
        )
    elif kind == "sanctions.exemption_drafted":
        conn.execute(
            insert(t.exemptions).values(
                id=p["id"],
                measure_id=p["measure"],
                party=p["party"],
                status="drafted",
                at=at,
                request=json.dumps(p["request"], sort_keys=True),
                warned=False,
            )
        )
    elif kind == "sanctions.exemption_changed":
        values: dict[str, Any] = {"status": p["status"], "at": at}
        if p["status"] == "granted":
            values.update(
                valid_from=_day(p["valid_from"]),
                valid_until=_day(p["valid_until"]),
                shipments=p.get("shipments"),
            )
        if p.get("decision") is not None:
            values["decision"] = p["decision"]
        conn.execute(update(t.exemptions).where(t.exemptions.c.id == p["id"]).values(**values))
    elif kind == "sanctions.exemption_warned":
        conn.execute(update(t.exemptions).where(t.exemptions.c.id == p["id"]).values(warned=True))
    else:
        raise ValueError(f"no projection for record entries of kind {kind}")
