"""Builds dev-corpus.jsonl from dev-corpus.txt (the form we write articles and gold in).

Run: .venv/bin/python tests/data/monitoring/build_corpus.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def build(source: str) -> list[dict[str, object]]:
    articles: list[dict[str, object]] = []
    for block in source.split("\n== ")[1:]:
        head, *lines = block.strip().splitlines()
        published, title = (x.strip() for x in head.split("|", 1))
        text = " ".join(line for line in lines if not line.startswith(">"))
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
                "url": f"https://dev.tandem.invalid/{n:03d}",
                "title": title,
                "outlet": "Tandem development corpus",
                "published": published,
                "text": text,
                "gold": gold,
            }
        )
    return articles


if __name__ == "__main__":
    rows = build("\n" + (HERE / "dev-corpus.txt").read_text("utf-8"))
    out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (HERE / "dev-corpus.jsonl").write_text(out, "utf-8")
    print(f"{len(rows)} articles")
