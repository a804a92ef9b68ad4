"""Precision and recall of the name matching against the DPRK list, per threshold.

Positives (seeded): for each of the 155 DPRK records, variants of its listed name as a
typist or another romanization would write it — McCune-Reischauer / Revised Romanization
swaps (o/eo, u/eu, p/b, k/g, ch/j, r/l), hyphens added or dropped, word order changed,
company forms ("Co., Ltd.", "Corp.") added or dropped, case changed, one letter dropped.
A positive counts as found when the record it came from is among its matches.
Negatives: every name and alias of the other regimes on the UN list (not DPRK), and a few
Korean names that are not listed; any match of one is a false positive.
The default threshold (88) and these figures are in docs/sanctions.md.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

from tandem.domain.designations import Designation, Matcher, dprk_list, parse_un_list

UN_LIST = (
    Path(__file__).resolve().parents[2]
    / "shared/data/sanctions/un_consolidated_list_2025-08-02.xml"
)
SWAPS = [("o", "eo"), ("u", "eu"), ("p", "b"), ("k", "g"), ("ch", "j"), ("r", "l"), ("b", "p")]
FORMS = ["", " Co., Ltd.", " Corp.", " Company", " Limited"]
UNLISTED = [
    "Korea Railroad Corporation",
    "Hyundai Asan Corporation",
    "Korea Electric Power Corporation",
    "Kaesong Industrial District Management Committee",
    "Ministry of Unification",
    "Korea Water Resources Corporation",
    "Pyongyang Railway Bureau",
    "Kim Min Su",
    "Park Ji Hoon",
    "Lee Seung Hoon",
]


def variant(name: str, rng: random.Random) -> str:
    text = name.lower()
    for old, new in rng.sample(SWAPS, rng.randint(1, 2)):
        if old in text:
            i = text.index(old)
            text = text[:i] + new + text[i + len(old) :]
    words = text.replace("-", " " if rng.random() < 0.5 else "").split()
    if rng.random() < 0.5:
        rng.shuffle(words)
    text = " ".join(words)
    if rng.random() < 0.3 and len(text) > 6:
        i = rng.randrange(1, len(text) - 1)
        text = text[:i] + text[i + 1 :]
    for form in ("corporation", "company", "co., ltd."):
        text = text.replace(form, "").strip()
    text = text + rng.choice(FORMS)
    return rng.choice([str.upper, str.title, str.lower])(text)


def evaluate(
    records: tuple[Designation, ...], others: list[str], per_record: int, seed: int = 1718
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    matcher = Matcher(records)
    positives = [(variant(r.name, rng), r.reference) for r in records for _ in range(per_record)]
    negatives = others + UNLISTED
    rows = []
    for threshold in (80.0, 85.0, 88.0, 90.0, 95.0):
        found = matcher.match_many([q for q, _ in positives], threshold)
        tp = sum(
            1
            for (_, ref), ms in zip(positives, found, strict=True)
            if ref in {m.designation.reference for m in ms}
        )
        wrong = sum(
            1
            for (_, ref), ms in zip(positives, found, strict=True)
            for m in ms
            if m.designation.reference != ref
        )
        fp = sum(len(ms) for ms in matcher.match_many(negatives, threshold)) + wrong
        rows.append(
            {
                "threshold": threshold,
                "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
                "recall": round(tp / len(positives), 3),
                "positives": len(positives),
                "negatives": len(negatives),
                "false_positives": fp,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-record", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="(rows are always JSON)")
    args, _ = parser.parse_known_args()
    others = [
        n
        for r in parse_un_list(UN_LIST.read_bytes())
        if r.regime != "DPRK"
        for n in (r.name, *r.aliases)
    ]
    table = evaluate(dprk_list(), others, args.per_record)
    default = next(r for r in table if r["threshold"] == 88.0)
    print(
        json.dumps(
            [
                {
                    "workload": "name matching against the DPRK list, threshold 88",
                    "figure": f"precision {default['precision']}, recall {default['recall']}",
                    "target": "documented (docs/sanctions.md)",
                    "detail": {
                        f"t{int(r['threshold'])}": f"p={r['precision']} r={r['recall']}"
                        for r in table
                    }
                    | {"positives": default["positives"], "negatives": default["negatives"]},
                }
            ],
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
