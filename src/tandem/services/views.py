"""The shapes every adapter shows: plain JSON values with the documented field names."""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from typing import Any

from tandem.domain.alerts import Alert
from tandem.domain.consultation import Group, local
from tandem.domain.events import day_iso, iso
from tandem.domain.ledger import Entry
from tandem.domain.measures import Measure
from tandem.domain.observed import ObservedAction
from tandem.domain.parties import Party, User
from tandem.store.accounts import Note

JSONDict = dict[str, Any]


def measure_view(m: Measure, group: Group | None = None) -> JSONDict:
    """The whole measure: its summary, the justification, and every history."""
    out = measure_summary(m, group)
    out |= {
        "justification": m.justification,
        "extended_by": sorted(m.extended_by),
        "acknowledgements": [
            {"party": a.party, "at": iso(a.at), "version": a.version}
            for a in m.acknowledgements
            if a.version == m.version
        ],
        "positions": [
            {
                "party": p.party,
                "position": p.stance.value,
                "reason": p.reason,
                "at": iso(p.at),
                "version": p.version,
                "user": p.user,
            }
            for p in m.positions
        ],
        "versions": [
            {
                "number": v.number,
                "title": v.title,
                "planned": day_iso(v.planned),
                "at": iso(v.at),
                "reason": v.reason,
            }
            for v in m.versions
        ],
        "minor_edits": [
            {"version": e.version, "changes": e.changes, "reason": e.reason, "at": iso(e.at)}
            for e in m.minor_edits
        ],
    }
    return out


def measure_summary(m: Measure, group: Group | None = None) -> JSONDict:
    """The fields of `measure_view` that a list shows: the row, without its histories."""
    out: JSONDict = {
        "id": m.id,
        "title": m.title,
        "proposer": m.proposer,
        "type": m.type,
        "description": m.description,
        "planned": day_iso(m.planned),
        "status": m.status.value,
        "version": m.version,
        "notified_at": iso(m.notified_at) if m.notified_at else None,
        "deadline": iso(m.deadline) if m.deadline else None,
        "urgent": m.urgent,
        "cleared_by": m.cleared_by.value if m.cleared_by else None,
        "closed_at": iso(m.closed_at) if m.closed_at else None,
        "unilateral": m.unilateral,
        "executed_on": day_iso(m.executed_on),
        "created_at": iso(m.created_at),
    }
    if group is not None and m.deadline is not None:
        out["deadline_local"] = {p.code: _local(m.deadline, p) for p in group.parties}
    return out


@lru_cache(maxsize=4096)
def _local(at: datetime, party: Party) -> str:
    """`local`, remembered: every view of a measure shows the same deadline again."""
    return local(at, party)


def encode(view: Any) -> bytes:
    """JSON text exactly as the API's JSONResponse renders it, for views kept encoded."""
    return json.dumps(
        view, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
    ).encode("utf-8")


def alert_view(a: Alert) -> JSONDict:
    return {
        "id": a.id,
        "kind": a.kind.value,
        "actor": a.actor,
        "to": list(a.to),
        "measure": a.measure,
        "at": iso(a.at),
        "text": a.text,
    }


def user_view(u: User) -> JSONDict:
    return {"name": u.name, "party": u.party, "role": u.role.value}


def entry_view(e: Entry) -> JSONDict:
    return {
        "seq": e.seq,
        "at": e.at,
        "actor": e.actor,
        "party": e.party,
        "kind": e.kind,
        "subject": e.subject,
        "payload": e.payload,
        "leaf_hash": e.leaf_hash(),
    }


def observed_view(o: ObservedAction) -> JSONDict:
    return {
        "id": o.id,
        "actor": o.actor,
        "action": o.action,
        "on": o.on.isoformat(),
        "recorded_by": o.recorded_by,
        "at": iso(o.at),
        "user": o.user,
    }


def note_view(n: Note) -> JSONDict:
    return {
        "id": n.id,
        "measure": n.measure,
        "party": n.party,
        "author": n.author,
        "text": n.text,
        "at": iso(n.at),
    }
