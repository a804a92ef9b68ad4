"""PLOVER event categories of CAMEO codes (docs/monitoring.md).

The crosswalk is `data/cameo-plover.csv`, derived from the PLOVER project's
CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, Open Event Data Alliance / PLOVER authors;
data/SOURCE.md). CAMEO 01 and 02 (statements, appeals) have no PLOVER category. The
project's own codes are demonstrations of military capability short of the use of force,
PLOVER's MOBILIZE with its `weapons` mode ("increase readiness of weapons systems"):
X01 a missile test or launch, X02 a nuclear test (not ASSAULT, which is the use of force,
nor THREATEN, which is verbal).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Plover:
    category: str
    mode: str | None
    context: str | None


OWN: dict[str, Plover] = {
    "X01": Plover("MOBILIZE", "weapons", "military"),
    "X02": Plover("MOBILIZE", "weapons", "cbrn"),
}


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, Plover]:
    """CAMEO code (leading zeros kept) -> its PLOVER category, mode and context."""
    text = resources.files("tandem.data").joinpath("cameo-plover.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out = {r["code"]: Plover(r["plover"], r["mode"] or None, r["context"] or None) for r in rows}
    return out | OWN


def plover(code: str) -> Plover | None:
    """The PLOVER coding of a CAMEO (or project) code; None when PLOVER has none (01, 02)."""
    return crosswalk().get(code.strip())


def category(code: str) -> str | None:
    """The PLOVER category of a code (`036` -> `AGREE`, `061` -> `COOPERATE`), or None."""
    found = plover(code)
    return found.category if found else None
