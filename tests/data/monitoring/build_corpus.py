"""Builds NAME.jsonl from NAME.txt (the form we write articles and gold in).

Run: .venv/bin/python tests/data/monitoring/build_corpus.py [NAME ...]  (default: every *.txt)

Each text line of an article is a paragraph: paragraphs are joined by a blank line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
# The first two corpora keep the outlet and URLs they were built with.
OUTLETS = {
    "dev-corpus": "Tandem development corpus",
    "holdout-corpus": "Tandem development corpus",
}


def build(source: str, name: str = "dev-corpus") -> list[dict[str, object]]:
    articles: list[dict[str, object]] = []
    for block in source.split("\n== ")[1:]:
        head, *lines = block.strip().splitlines()
        published, title = (x.strip() for x in head.split("|", 1))
        text = "\n\n".join(line for line in lines if not line.startswith(">"))
        gold = []
        for line in lines:
            if not line.startswith(">"):
                continue
            actor, action, target, day, tracks, modality = line[1:].split()
            gold.append(
                {
                    "actor": actor,
                    "action": action,
                    "target": None if target == "-" else target,
                    "date": day,
                    "tracks": tracks.split(","),
                    "modality": modality,
                }
            )
        n = len(articles) + 1
        articles.append(
            {
                "url": f"https://dev.tandem.invalid/{_prefix(name)}{n:03d}",
                "title": title,
                "outlet": OUTLETS.get(name, f"Tandem {name}"),
                "published": published,
                "text": text,
                "gold": gold,
            }
        )
    return articles


def _prefix(name: str) -> str:
    return "" if name in OUTLETS else f"{name}/"


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in HERE.glob("*.txt"))
    for name in names:
        rows = build("\n" + (HERE / f"{name}.txt").read_text("utf-8"), name)
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (HERE / f"{name}.jsonl").write_text(out, "utf-8")
        print(f"{name}: {len(rows)} articles")
