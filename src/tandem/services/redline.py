"""A readable redline between two versions of a measure."""

from __future__ import annotations

import difflib

from tandem.domain.errors import NotFound
from tandem.domain.measures import Measure
from tandem.services.views import JSONDict


def redline(m: Measure, first: int | None = None, second: int | None = None) -> JSONDict:
    """What changed between two versions (by default the previous and the current one)."""
    versions = {v.number: v for v in m.versions}
    b = second if second is not None else m.version
    a = first if first is not None else max(1, b - 1)
    for n in (a, b):
        if n not in versions:
            raise NotFound(f"measure {m.id} has no version {n}; its versions are 1 to {m.version}")
    va, vb = versions[a], versions[b]
    fields = []
    for name, old, new in (
        ("title", va.title, vb.title),
        ("planned", str(va.planned or ""), str(vb.planned or "")),
        ("description", va.description, vb.description),
    ):
        if old != new:
            lines = list(
                difflib.unified_diff(
                    old.splitlines(), new.splitlines(), f"version {a}", f"version {b}", lineterm=""
                )
            )
            fields.append({"field": name, "before": old, "after": new, "diff": lines})
    return {"measure": m.id, "from": a, "to": b, "changes": fields}
