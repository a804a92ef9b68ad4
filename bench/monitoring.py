"""Monitoring: articles per second for extraction alone and for the whole ingest.

10,000 articles of about 600 words, composed (seeded): about one sentence in five is an
action sentence of the development corpus, the others are background sentences built from
parts written for this bench (`--dense` makes every sentence an action sentence).
(a) Extraction alone on one core (`extract`, the rules over each article's text):
target >= 50 articles/s. (b) The HTML-to-text
step alone (trafilatura on each article as a web page), in the same run, as the yardstick.
(c) The whole ingest through the services on SQLite (reading JSON files, duplicate detection,
extraction, matching against the measures, alerts and storage, one transaction per article)
on the first `--ingest` articles.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tandem.domain.monitoring import extract
from tandem.domain.monitoring_report import Article

CORPUS = Path(__file__).parent.parent / "tests" / "data" / "monitoring" / "dev-corpus.jsonl"
FILLER = (
    "Officials in both capitals declined to comment on the schedule.",
    "The talks were described as constructive by people familiar with them.",
    "Analysts said the timing of the announcement was no accident.",
    "The ministry gave no further details about the plan.",
    "Weather delayed part of the programme by several hours.",
    "A spokesperson repeated that the government's position had not changed.",
    "The delegation is expected to report back to parliament later this month.",
    "Local residents watched the ceremony from behind a fence.",
)


SUBJECTS = (
    "Observers", "Several diplomats", "The newspaper", "Residents near the border",
    "Economists", "A former negotiator", "The editorial board", "Business groups",
    "Opposition lawmakers", "Researchers at a think tank", "Local officials", "Veterans",
)  # fmt: skip
PREDICATES = (
    "noted that the mood remained cautious", "pointed to the economic pressures on both sides",
    "described the latest round as a test of patience", "expected little change this year",
    "recalled similar moments in earlier decades", "argued that trust would take time",
    "questioned how long the calm would last", "saw reasons for modest optimism",
    "focused on the costs for ordinary families", "stressed the role of public opinion",
)  # fmt: skip
TAILS = (
    "in interviews this week", "in a series of commentaries", "at a seminar in the capital",
    "in remarks to local media", "in a report published online", "over the weekend",
)  # fmt: skip


def background(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)} {rng.choice(TAILS)}."


def articles(count: int, seed: int = 2018, dense: bool = False) -> list[dict[str, str]]:
    rng = random.Random(seed)
    sentences: list[str] = list(FILLER)
    for line in CORPUS.read_text("utf-8").splitlines():
        text = json.loads(line)["text"]
        sentences += [s.strip() + "." for s in text.split(". ") if s.strip()]
    out = []
    for n in range(count):
        body: list[str] = []
        words = 0
        while words < 600:
            if dense or rng.random() < 0.2:
                s = rng.choice(sentences).rstrip(".") + "."
            else:
                s = background(rng)
            body.append(s)
            words += len(s.split())
        body.append(f"Reference number {n} {rng.getrandbits(64):x}.")
        day = date(2018, 1, 1).toordinal() + rng.randrange(3 * 365)
        out.append(
            {
                "url": f"https://bench.tandem.invalid/{n}",
                "title": f"Bench article {n}",
                "outlet": "Tandem bench",
                "published": date.fromordinal(day).isoformat(),
                "text": " ".join(body),
            }
        )
    return out


def html(a: dict[str, str]) -> str:
    paragraphs = "".join(f"<p>{s}.</p>" for s in a["text"].split(". "))
    return (
        f"<html><head><title>{a['title']}</title>"
        f'<meta property="og:site_name" content="{a["outlet"]}">'
        f'<meta name="date" content="{a["published"]}"></head><body>'
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{a['title']}</h1>{paragraphs}</article>"
        "<footer>Copyright Tandem bench</footer></body></html>"
    )


def extraction(items: list[dict[str, str]]) -> dict[str, Any]:
    from tandem.services.monitoring import codebook

    codes = codebook()
    parsed = [
        Article(a["url"], a["url"], a["title"], a["outlet"],
                date.fromisoformat(a["published"]), a["text"])
        for a in items
    ]  # fmt: skip
    t0 = time.perf_counter()
    reports = sum(len(extract(a, codes)) for a in parsed)
    seconds = time.perf_counter() - t0
    return {"articles_per_s": round(len(items) / seconds, 1), "s": round(seconds, 1),
            "reports": reports}  # fmt: skip


def html_to_text(items: list[dict[str, str]]) -> dict[str, Any]:
    import trafilatura

    pages = [html(a) for a in items]
    t0 = time.perf_counter()
    for page in pages:
        trafilatura.bare_extraction(page, with_metadata=True)
    seconds = time.perf_counter() - t0
    return {"articles_per_s": round(len(items) / seconds, 1), "s": round(seconds, 1)}


def ingest(items: list[dict[str, str]]) -> dict[str, Any]:
    from tandem.domain.parties import Party, Role
    from tandem.services.context import App
    from tandem.services.group import add_user, init_group
    from tandem.services.monitoring import ingest as run

    with tempfile.TemporaryDirectory() as folder:
        app = App.open(f"sqlite:///{folder}/bench.db")
        init_group(
            app,
            [Party.parse("USA:America/New_York:US"), Party.parse("KOR:Asia/Seoul:KR")],
            simulated=True,
            start=datetime.fromisoformat("2021-01-01T00:00Z"),
        )
        add_user(app, "smith", "USA", Role.OFFICER)
        files = Path(folder) / "news"
        files.mkdir()
        for n, a in enumerate(items):
            (files / f"{n:05d}.json").write_text(json.dumps(a), "utf-8")
        t0 = time.perf_counter()
        summary = run(app, "smith", [str(files)], at=datetime.fromisoformat("2021-01-02T00:00Z"))
        seconds = time.perf_counter() - t0
        app.db.dispose()
    return {
        "articles_per_s": round(len(items) / seconds, 1),
        "s": round(seconds, 1),
        "read": summary["read"],
        "duplicates": summary["duplicates"],
        "reports": summary["reports"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--ingest", type=int, default=1_000)
    parser.add_argument("--dense", action="store_true", help="every sentence an action")
    parser.add_argument("--json", action="store_true", help="(rows are always JSON)")
    args, _ = parser.parse_known_args()  # bench/run.py passes every script the same options
    items = articles(args.articles, dense=args.dense)
    words = sum(len(a["text"].split()) for a in items) // len(items)
    ex = extraction(items)
    h2t = html_to_text(items)
    whole = ingest(items[: args.ingest])
    rows = [
        {
            "workload": f"monitoring extraction alone, one core, {args.articles:,} articles "
            f"of ~{words} words",
            "figure": f"{ex['articles_per_s']} articles/s",
            "target": ">= 50 articles/s",
            "baseline": f"HTML-to-text alone (trafilatura): {h2t['articles_per_s']} articles/s",
            "detail": ex | {"html_to_text_s": h2t["s"], "dense": args.dense},
        },
        {
            "workload": f"monitoring whole ingest (read, duplicates, extraction, matching, "
            f"storage), SQLite, {args.ingest:,} articles",
            "figure": f"{whole['articles_per_s']} articles/s",
            "target": "",
            "detail": whole,
        },
    ]
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
