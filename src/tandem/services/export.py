"""Exports of the shared register as CSV or JSON (never internal notes)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from tandem.domain.errors import InvalidInput
from tandem.services.measures import list_measures
from tandem.services.views import JSONDict

MEASURE_COLUMNS = (
    "id",
    "proposer",
    "type",
    "title",
    "status",
    "version",
    "planned",
    "notified_at",
    "deadline",
    "cleared_by",
    "unilateral",
    "executed_on",
    "description",
)
POSITION_COLUMNS = ("measure", "version", "party", "position", "reason", "at", "user")


def measure_rows(measures: Sequence[JSONDict]) -> list[JSONDict]:
    return [{c: m[c] for c in MEASURE_COLUMNS} for m in measures]


def position_rows(measures: Sequence[JSONDict]) -> list[JSONDict]:
    return [
        {"measure": m["id"], **{c: p[c] for c in POSITION_COLUMNS if c != "measure"}}
        for m in measures
        for p in m["positions"]
    ]


def render(rows: Sequence[JSONDict], columns: Sequence[str], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        return out.getvalue()
    raise InvalidInput(f"'{fmt}' is not an export format; use csv or json")


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else value


def export(app: Any, what: str, fmt: str) -> str:
    """`measures` or `positions` as CSV or JSON, as of the database's clock."""
    measures = list_measures(app)
    if what == "measures":
        return render(measure_rows(measures), MEASURE_COLUMNS, fmt)
    if what == "positions":
        return render(position_rows(measures), POSITION_COLUMNS, fmt)
    raise InvalidInput(f"'{what}' cannot be exported; use measures, positions or record")
