"""Scores the extractor on corpora: triple P/R, per-field F1, and the lenient
actor-target-track agreement (monitoring_eval.lenient). With --diff, each article's misses.

Run: .venv/bin/python tests/data/monitoring/score.py [--diff] NAME.jsonl ...
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from tandem.domain.monitoring import extract
from tandem.domain.monitoring_eval import lenient, score
from tandem.domain.monitoring_report import Article
from tandem.services.pacing import goldstein


def pairs(path: Path) -> list[tuple[list[dict[str, object]], list[dict[str, object]], str]]:
    codes = goldstein()
    out = []
    for line in path.read_text("utf-8").splitlines():
        data = json.loads(line)
        article = Article(
            data["url"], data["url"], data["title"], data["outlet"],
            date.fromisoformat(data["published"]), data["text"],
        )  # fmt: skip
        found: list[dict[str, object]] = [
            {"actor": r.actor, "action": r.action, "target": r.target, "date": r.on.isoformat(),
             "tracks": list(r.tracks), "modality": r.modality, "evidence": r.evidence}
            for r in extract(article, codes)
        ]  # fmt: skip
        out.append((found, data["gold"], data["title"]))
    return out


def key(r: dict[str, object]) -> str:
    return f"{r['actor']} {r['action']} {r['target']} {','.join(r['tracks'])} {r['modality']}"  # type: ignore[arg-type]


if __name__ == "__main__":
    diff = "--diff" in sys.argv
    for name in [a for a in sys.argv[1:] if a != "--diff"]:
        rows = pairs(Path(name))
        s = score([(f, g) for f, g, _ in rows])
        le = lenient([(f, g) for f, g, _ in rows])
        f1 = " ".join(f"{k}={v['f1']}" for k, v in s.items())
        print(
            f"{name}: {len(rows)} articles; triple P {s['triple']['precision']} "
            f"R {s['triple']['recall']}; lenient P {le['precision']} R {le['recall']} "
            f"F1 {le['f1']}; {f1}"
        )
        if diff:
            for found, gold, title in rows:
                fk = sorted(key(r) for r in found)
                gk = sorted(key(r) for r in gold)
                if [k.rsplit(" ", 2)[0] for k in fk] != [k.rsplit(" ", 2)[0] for k in gk]:
                    print(f"--- {title}")
                    for r in found:
                        print(f"  + {key(r)} | {str(r['evidence'])[:110]}")
                    for k in gk:
                        print(f"  = {k}")
