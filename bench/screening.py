"""Sanctions screening at volume (issue 6), each figure against a baseline in the same run.

(a) 1,000,000 manifest lines (seeded: HS codes drawn from every chapter, both directions,
some services): screening the parsed lines with the rules in force on 30 Nov 2018, target
>= 100,000 lines/s; baseline: a plain dictionary lookup of each line's HS prefixes (2, 4,
6 digits) in the rules' codes. Parsing the same lines from CSV is timed beside it.
(b) 100,000 counterpart names (seeded variants of listed names and made-up names) against
the whole UN list, every regime (879 records and their aliases): target >= 10,000 names/s;
baseline: rapidfuzz's `process.extract` over the raw (unfolded) names, one name at a time,
timed on a sample and given per second.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import process

from tandem.domain.designations import Matcher, parse_un_list
from tandem.domain.sanctions import COLUMNS, Line, parse_csv, rulebook, screen_lines

ON = date(2018, 11, 30)
UN_LIST = (
    Path(__file__).resolve().parents[2]
    / "shared/data/sanctions/un_consolidated_list_2025-08-02.xml"
)


def lines(count: int, seed: int = 2018) -> list[Line]:
    rng = random.Random(seed)
    chapters = [c for c in range(1, 98) if c != 77]
    services = ["none"] * 9 + ["financial", "joint_venture", "labour"]
    out = []
    for n in range(1, count + 1):
        service = rng.choice(services)
        code = None
        if service == "none":
            code = f"{rng.choice(chapters):02d}{rng.randrange(1, 100):02d}"
            if rng.random() < 0.5:
                code += f"{rng.randrange(0, 100):02d}"
        out.append(
            Line(
                n,
                f"item {n}",
                rng.choice(("to_dprk", "from_dprk")),
                code,
                transport=rng.choice(("rail", "road", "sea", "air", None)),
                service=service,
            )
        )
    return out


def as_csv(items: list[Line]) -> str:
    rows = [",".join(COLUMNS)]
    for line in items:
        cells = line.to_json() | {"returns": "no", "counterparties": ""}
        rows.append(",".join("" if cells[c] is None else str(cells[c]) for c in COLUMNS))
    return "\n".join(rows) + "\n"


def manifest_figures(count: int) -> list[dict[str, Any]]:
    items = lines(count)
    book = rulebook()
    book.in_force(ON)  # the index of the day, built once
    t0 = time.perf_counter()
    result = screen_lines(items, book, ON)
    screened = time.perf_counter() - t0

    codes: dict[str, list[str]] = {}
    for r in book.in_force(ON).rules:
        for c in r.hs:
            codes.setdefault(c, []).append(r.id)
    t0 = time.perf_counter()
    found = 0
    for line in items:
        code = line.hs_code
        if code is not None:
            for n in (2, 4, 6):
                found += len(codes.get(code[:n], ()))
    baseline = time.perf_counter() - t0

    text = as_csv(items)
    t0 = time.perf_counter()
    parsed = parse_csv(text)
    parsing = time.perf_counter() - t0
    assert len(parsed) == count
    return [
        {
            "workload": f"screen {count:,} manifest lines (rules in force on {ON})",
            "figure": f"{count / screened:,.0f} lines/s",
            "target": ">= 100,000 lines/s",
            "baseline": f"{count / baseline:,.0f} lines/s (dictionary of HS prefixes)",
            "detail": {
                "seconds": round(screened, 2),
                "findings": len(result.findings),
                "verdict": result.verdict.value,
                "baseline_hits": found,
                "csv_parse_lines_per_s": round(count / parsing),
            },
        }
    ]


def names(count: int, listed: list[str], seed: int = 2018) -> list[str]:
    """Variants of listed names (case, order, company forms, one slip) and made-up names."""
    rng = random.Random(seed)
    syllables = ["kim", "ri", "pak", "choe", "jong", "song", "han", "kang", "yun", "chol"]
    out = []
    for _ in range(count):
        if rng.random() < 0.5:
            words = rng.choice(listed).split()
            rng.shuffle(words)
            name = " ".join(words)
            if rng.random() < 0.3 and len(name) > 4:
                i = rng.randrange(len(name))
                name = name[:i] + name[i + 1 :]
            out.append(name.title() + rng.choice(["", " Co., Ltd.", " Corp."]))
        else:
            out.append(" ".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).title())
    return out


def name_figures(count: int) -> list[dict[str, Any]]:
    records = parse_un_list(UN_LIST.read_bytes())
    t0 = time.perf_counter()
    matcher = Matcher(records)
    build = time.perf_counter() - t0
    listed = [r.name for r in records] + [a for r in records for a in r.aliases]
    queries = names(count, listed)
    t0 = time.perf_counter()
    results = matcher.match_many(queries)
    elapsed = time.perf_counter() - t0

    sample = queries[: max(1, count // 100)]
    t0 = time.perf_counter()
    for q in sample:
        process.extract(q, listed, limit=10, score_cutoff=88)
    raw = time.perf_counter() - t0
    return [
        {
            "workload": f"{count:,} counterpart names against the whole UN list "
            f"({len(records)} records, {len(listed)} names and aliases)",
            "figure": f"{count / elapsed:,.0f} names/s",
            "target": ">= 10,000 names/s",
            "baseline": f"{len(sample) / raw:,.0f} names/s (process.extract over raw names, "
            f"{len(sample):,} names)",
            "detail": {
                "seconds": round(elapsed, 2),
                "matched": sum(1 for r in results if r),
                "index_build_s": round(build, 2),
            },
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--json", action="store_true", help="(rows are always JSON)")
    args, _ = parser.parse_known_args()
    rows = manifest_figures(args.lines) + name_figures(args.names)
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
