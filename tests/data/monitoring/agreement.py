"""How far annotators agree with each other and with the extractor, by the judge's lenient
rule: the ceiling that the extractor's scores should be read against.

Each batch in agreement/ was annotated again by annotators who saw only its article texts:
A with the issue's words alone, B also with the team's gold conventions. Two are training
batches (the extractor was tuned on their writer's gold), two blind holdouts; the script
prints totals per group only, so that nothing of a holdout is shown.

Run: .venv/bin/python tests/data/monitoring/agreement.py
"""

from __future__ import annotations

import json
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from build_corpus import build

from tandem.domain.monitoring import extract
from tandem.domain.monitoring_eval import lenient
from tandem.domain.monitoring_report import Article
from tandem.services.pacing import goldstein

HERE = Path(__file__).parent
Gold = list[list[dict[str, Any]]]


def annotations(batch: str) -> dict[str, Gold]:
    written = [json.loads(line) for line in (HERE / f"{batch}.jsonl").read_text().splitlines()]
    codes = goldstein()
    found: Gold = []
    for a in written:
        article = Article(
            a["url"],
            a["url"],
            a["title"],
            a["outlet"],
            date.fromisoformat(a["published"]),
            a["text"],
        )
        found.append(
            [
                {
                    "actor": r.actor,
                    "target": r.target,
                    "tracks": list(r.tracks),
                    "modality": r.modality,
                }
                for r in extract(article, codes)
            ]
        )
    out = {"writer": [a["gold"] for a in written]}
    for path in sorted(HERE.glob(f"agreement/{batch}.*.txt")):
        again = build(path.read_text("utf-8"), batch)
        assert [a["title"] for a in again] == [a["title"] for a in written], path
        out[path.suffixes[0].strip(".")] = [a["gold"] for a in again]
    out["extractor"] = found
    return out


if __name__ == "__main__":
    batches = sorted({p.name.split(".")[0] for p in HERE.glob("agreement/*.*.txt")})
    for group in ("wire-train", "wire-holdout"):  # tuned on, and blind
        names = [b for b in batches if b.startswith(group + "-")]
        pooled: dict[tuple[str, str], list[tuple[Any, Any]]] = {}
        for batch in names:
            sets = annotations(batch)
            for x, y in combinations(sets, 2):
                pooled.setdefault((x, y), []).extend(zip(sets[x], sets[y], strict=True))
        print(f"{', '.join(names)}: lenient F1 (strict), reports on each side")
        for (x, y), rows in pooled.items():
            le, st = lenient(rows), lenient(rows, strict=True)
            print(
                f"  {x:9} vs {y:9}  {le['f1']:.3f} ({st['f1']:.3f})  {le['found']} / {le['gold']}"
            )
