"""`tandem ingest`, `tandem reports …` and `tandem eval`: open-source monitoring.

Registered on the main app by `register(app)`; trafilatura, feedparser and datasketch load
only inside the commands that need them.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from tandem.cli.options import As, At, Db, Json, at_time, open_app
from tandem.cli.output import emit, err, say, table

reports_app = typer.Typer(
    help="Actions reported in the news: review, confirm, dismiss, link (docs/monitoring.md).",
    no_args_is_help=True,
)
ReportId = Annotated[int, typer.Argument(help="The report's id.", show_default=False)]


source_app = typer.Typer(
    help="Feeds, pages and folders the worker reads for monitoring.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("eval")(evaluate)
    app.add_typer(reports_app, name="reports")
    app.add_typer(source_app, name="source")


@source_app.command("add")
def source_add(
    location: Annotated[
        str, typer.Argument(help="A feed's or page's http(s) URL, or a file or folder.")
    ],
    user: As,
    every: Annotated[int, typer.Option("--every", help="Minutes between two reads.")] = 60,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Register a source; the worker reads it every --every minutes."""
    from tandem.services.monitoring import add_source

    found = add_source(open_app(db), user, location, every_minutes=every, at=at_time(at))
    emit(found, json_, lambda s: say(f"source {s['id']} added: {s['location']}"))


@source_app.command("list")
def source_list(db: Db = None, json_: Json = False) -> None:
    """The sources, with when the worker last read each."""
    from tandem.services.monitoring import list_sources

    emit(
        list_sources(open_app(db)),
        json_,
        lambda ss: table(
            "Sources",
            ["id", "location", "every (min)", "added by", "last read"],
            [
                [s["id"], s["location"], s["every_minutes"], s["added_by"], s["polled_at"] or ""]
                for s in ss
            ],
        ),
    )


@source_app.command("remove")
def source_remove(
    source_id: Annotated[int, typer.Argument(help="The source's id.", show_default=False)],
    user: As,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Stop reading a source (what it gave stays)."""
    from tandem.services.monitoring import remove_source

    gone = remove_source(open_app(db), user, source_id, at=at_time(at))
    emit(gone, json_, lambda s: say(f"source {s['id']} removed: {s['location']}"))


def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (text, HTML, .json, .jsonl, .rss/.atom/.xml feeds), folders (read "
            "recursively) or http(s) URLs of pages and feeds.",
            show_default=False,
        ),
    ],
    user: As,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Read news articles, extract the actions they report, match them to the measures and
    raise `unnotified` alerts."""
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from tandem.services.monitoring import ingest as run

    app = open_app(db)
    with Progress(
        SpinnerColumn(), TextColumn("{task.completed} read · {task.description}"), console=err()
    ) as bar:
        task = bar.add_task("", total=None)

        def step(name: str) -> None:
            bar.update(task, advance=1, description=name[-60:])

        summary = run(app, user, inputs, at=at_time(at), progress=step)
    emit(summary, json_, _summary)


def _summary(s: dict[str, Any]) -> None:
    say(
        f"{s['read']} article(s) read, {s['duplicates']} duplicate(s), "
        f"{len(s['skipped'])} skipped, {s['reports']} report(s)"
    )
    for skip in s["skipped"]:
        say(f"skipped {skip['input']}: {skip['why']}")


@reports_app.command("list")
def reports_list(
    party: Annotated[
        str | None, typer.Option("--party", help="Only the actions of this party (its inbox).")
    ] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="new, confirmed or dismissed.")
    ] = None,
    measure: Annotated[
        int | None,
        typer.Option("--measure", help="Only those linked to this measure (its press coverage)."),
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Every report, oldest first."""
    from tandem.services.monitoring import list_reports

    found = list_reports(open_app(db), party=party, status=status, measure=measure)
    emit(
        found,
        json_,
        lambda rs: table(
            "Reports",
            ["id", "date", "actor", "action", "target", "modality", "tracks", "article"],
            [
                [
                    r["id"],
                    r["date"],
                    r["actor"],
                    f"{r['action']} {r['action_name']}"
                    + (f" ({r['plover']})" if r["plover"] else ""),
                    r["target"] or "",
                    r["modality"],
                    ", ".join(r["tracks"]),
                    r["article"],
                ]
                for r in rs
            ],
        ),
    )


def _show(r: dict[str, Any]) -> None:
    plover = f"({r['plover']}) " if r["plover"] else ""
    say(
        f"report {r['id']} ({r['status']}): {r['actor']} {r['action']} {r['action_name']} "
        f"{plover}→ {r['target'] or '-'} on {r['date']} [{r['modality']}, {', '.join(r['tracks'])}]"
    )
    say(f"  {r['article']}: {r['evidence']}")
    if r["measure"]:
        say(f"  linked to measure {r['measure']}")
    if r["observed"]:
        say(f"  observed action {r['observed']}")
    if r["why"]:
        say(f"  dismissed: {r['why']}")


@reports_app.command("show")
def reports_show(report_id: ReportId, db: Db = None, json_: Json = False) -> None:
    """One report with its article, quote, status and links."""
    from tandem.services.monitoring import show_report

    emit(show_report(open_app(db), report_id), json_, _show)


@reports_app.command("confirm")
def reports_confirm(
    report_id: ReportId, user: As, db: Db = None, at: At = None, json_: Json = False
) -> None:
    """Confirm it: it becomes an observed action that moves the pacing tracks."""
    from tandem.services.monitoring import confirm_report

    emit(confirm_report(open_app(db), user, report_id, at=at_time(at)), json_, _show)


@reports_app.command("dismiss")
def reports_dismiss(
    report_id: ReportId,
    user: As,
    why: Annotated[str, typer.Option("--why", help="Why it is set aside (kept).")],
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Dismiss it, with why; it is kept."""
    from tandem.services.monitoring import dismiss_report

    emit(dismiss_report(open_app(db), user, report_id, why, at=at_time(at)), json_, _show)


@reports_app.command("link")
def reports_link(
    report_id: ReportId,
    measure: Annotated[int, typer.Option("--measure", help="The measure it is press on.")],
    user: As,
    db: Db = None,
    at: At = None,
    json_: Json = False,
) -> None:
    """Link its article to a measure as press coverage."""
    from tandem.services.monitoring import link_report

    emit(link_report(open_app(db), user, report_id, measure, at=at_time(at)), json_, _show)


def evaluate(
    corpus: Annotated[str, typer.Argument(help="A JSONL file of articles with gold reports.")],
    json_: Json = False,
) -> None:
    """Precision, recall and F1 of the extractor on an annotated corpus."""
    from tandem.services.monitoring import evaluate as run

    result = run(corpus)
    emit(
        result,
        json_,
        lambda r: table(
            f"Extraction on {r['articles']} articles",
            ["field", "precision", "recall", "F1", "gold", "found"],
            [
                [f, s["precision"], s["recall"], s["f1"], s["gold"], s["found"]]
                for f, s in r["scores"].items()
            ],
        ),
    )
