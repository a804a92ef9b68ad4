"""Write src/tandem/data/cameo-plover.csv from the PLOVER project's CAMEO crosswalk.

    .venv/bin/python scripts/cameo_plover.py [/work/shared/data/cameo/CAMEO2PLOVER-2021.txt]

The crosswalk (https://github.com/openeventdata/PLOVER, `CAMEO2PLOVER-2021.txt`, file
commit e834df5b3a302f99af1f23cda08fa34b383ca598, PLOVER manual Draft 0.8, 17 Sep 2021,
edited by Philip Schrodt) is CC BY-SA 4.0, Open Event Data Alliance / PLOVER authors; the
CSV written from it is under the same licence (src/tandem/data/SOURCE.md).

Each line `code: CATEGORY, mode, context # CAMEO name` gives a row (mode and context
trimmed, empty when not given; a context of several values keeps them joined by `; `).
A root heading (`03: AGREE`) gives the root code the category, mode and context of its
general code (`030`): the heading `08` appears twice (CONCEDE, RETREAT) and `080` "Yield"
is CONCEDE. A code listed twice (175) must say the same both times. CAMEO 01 and 02 (public
statements, appeals) have no line, as PLOVER does not code them.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path

SOURCE = Path("/work/shared/data/cameo/CAMEO2PLOVER-2021.txt")
SHA256 = "524512a777756e90f6721724d7c5cab4eac2c35178a50ad2ad09bdb3edefbe7e"
OUT = Path(__file__).resolve().parent.parent / "src" / "tandem" / "data" / "cameo-plover.csv"
HEADER = """\
# CAMEO event code -> PLOVER event category, mode and context.
# Derived by scripts/cameo_plover.py from CAMEO2PLOVER-2021.txt of the PLOVER project
# (https://github.com/openeventdata/PLOVER, file commit e834df5b3a302f99af1f23cda08fa34b383ca598;
# PLOVER manual Draft 0.8, 17 Sep 2021, edited by Philip Schrodt).
# (c) Open Event Data Alliance / PLOVER authors. This file alone is licensed under
# Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0,
# https://creativecommons.org/licenses/by-sa/4.0/); changes: reformatted as CSV, root
# codes given the mapping of their general code (NN -> NN0).
"""
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$")


def parse(text: str) -> dict[str, tuple[str, str, str, str]]:
    """code -> (category, mode, context, CAMEO name); roots resolved as said above."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    roots: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", "~")):
            continue
        m = LINE.match(line)
        if m is None:
            raise SystemExit(f"cannot read the crosswalk line {raw!r}")
        code, category, mode, context, name = m.groups()
        if len(code) == 2:
            roots.append(code)
            continue
        context = "; ".join(p.strip() for p in (context or "").split(";") if p.strip())
        row = (category, (mode or "").strip(), context, (name or "").strip())
        if code in rows and rows[code][:3] != row[:3]:
            raise SystemExit(f"code {code} is mapped twice, differently")
        rows.setdefault(code, row)
    for root in roots:
        general = rows.get(root + "0")
        if general is None:
            raise SystemExit(f"root {root} has no general code {root}0")
        rows.setdefault(root, general)
    return rows


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    data = source.read_bytes()
    if hashlib.sha256(data).hexdigest() != SHA256:
        print(f"warning: {source} is not the copy this file was checked against", file=sys.stderr)
    rows = parse(data.decode("utf-8"))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["code", "plover", "mode", "context"])
        for code in sorted(rows, key=lambda c: (c[:2], c)):
            category, mode, context, _ = rows[code]
            out.writerow([code, category, mode, context])
    print(f"{len(rows)} codes written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
