"""`tandem head`, `proof`, `verify`, `export record` and `mirror`: the verifiable record.

Registered on the main app by `register(app)`. Services are imported inside the commands so
that `tandem --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from tandem.cli.options import Db, Json, open_app
from tandem.cli.output import emit, err, out, say, table, when

EXIT_PROBLEMS = 1

proof_app = typer.Typer(
    help="Proofs that partners check against a signed head (RFC 6962).", no_args_is_help=True
)
export_app = typer.Typer(
    help="Exports: the register as CSV or JSON, the record for checks offline.",
    no_args_is_help=True,
)

Key = Annotated[
    str | None,
    typer.Option(
        "--key",
        help="The group's public key you trust: 64 hex digits (as `tandem head` prints it) "
        "or a file holding it.",
        show_default=False,
    ),
]


def register(app: typer.Typer) -> None:
    app.command("head")(head)
    app.add_typer(proof_app, name="proof")
    app.command("verify")(verify)
    app.add_typer(export_app, name="export")
    app.command("mirror")(mirror)


def head(db: Db = None, json_: Json = False) -> None:
    """The latest signed head of the record; signs a new one when the record has grown."""
    from tandem.services.ledger import head as signed_head

    h = signed_head(open_app(db))

    def render(h: dict[str, Any]) -> None:
        c = out()
        c.print(f"[bold]Head of the record:[/bold] {h['size']} entries", highlight=False)
        for label in ("root", "timestamp", "signature", "public_key"):
            value = when(h[label]) + f" ({h[label]})" if label == "timestamp" else h[label]
            c.print(f"  {label}: {value}", markup=False)

    emit(h, json_, render)


@proof_app.command("inclusion")
def proof_inclusion(
    entry: Annotated[
        int, typer.Argument(help="The entry's number (its leaf index, from 0).", show_default=False)
    ],
    size: Annotated[
        int | None,
        typer.Option("--size", help="Tree size to prove against [default: the whole record]."),
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """The audit path of an entry: proves it is in the tree of SIZE entries."""
    from tandem.services.ledger import inclusion_proof

    p = inclusion_proof(open_app(db), entry, size)

    def render(p: dict[str, Any]) -> None:
        c = out()
        c.print(
            f"[bold]Entry {p['leaf_index']}[/bold] in the tree of {p['tree_size']} entries",
            highlight=False,
        )
        c.print(f"  leaf hash: {p['leaf_hash']}", markup=False)
        c.print(f"  root:      {p['root']}", markup=False)
        for i, h in enumerate(p["audit_path"]):
            c.print(f"  path[{i}]:   {h}", markup=False)

    emit(p, json_, render)


@proof_app.command("consistency")
def proof_consistency(
    first: Annotated[
        int, typer.Argument(metavar="FIRST_SIZE", help="The older tree size.", show_default=False)
    ],
    second: Annotated[
        int, typer.Argument(metavar="SECOND_SIZE", help="The newer tree size.", show_default=False)
    ],
    db: Db = None,
    json_: Json = False,
) -> None:
    """Proves that the tree of FIRST_SIZE entries is a prefix of the tree of SECOND_SIZE."""
    from tandem.services.ledger import consistency_proof

    p = consistency_proof(open_app(db), first, second)

    def render(p: dict[str, Any]) -> None:
        c = out()
        c.print(
            f"[bold]Consistency[/bold] of {p['first']} entries with {p['second']}",
            highlight=False,
        )
        c.print(f"  first root:  {p['first_root']}", markup=False)
        c.print(f"  second root: {p['second_root']}", markup=False)
        for i, h in enumerate(p["path"]):
            c.print(f"  path[{i}]: {h}", markup=False)

    emit(p, json_, render)


def verify(
    export: Annotated[
        Path | None,
        typer.Option(
            "--export",
            help="Check an export file offline instead of the database (needs --key).",
            show_default=False,
        ),
    ] = None,
    key: Key = None,
    no_projections: Annotated[
        bool,
        typer.Option(
            "--no-projections",
            help="Skip replaying the record to compare the current state (slow on big records).",
        ),
    ] = False,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Recompute every leaf, the tree and every signed head; compare the state with a replay.

    Exit status 0 when everything holds, 1 when something is wrong (each problem names the
    entry and what is wrong).
    """
    from tandem.services import ledger

    if export is not None:
        report = ledger.verify_export(export, key)
    else:
        report = ledger.verify(open_app(db), key=key, projections=not no_projections)

    def render(r: dict[str, Any]) -> None:
        if r["ok"]:
            say(
                f"the record verifies: {r['entries']} entries, {r['heads']} signed heads, "
                f"projections {r['projections']}"
            )
        else:
            err().print(
                f"the record does NOT verify: {len(r['problems'])} problems",
                style="bold red",
                markup=False,
            )
            table(
                "Problems",
                ["entry", "what"],
                [["—" if p["entry"] is None else p["entry"], p["what"]] for p in r["problems"]],
            )
        if r.get("key_source") and r["key_source"] not in ("given", "key file"):
            say(f"note: signatures checked with the key from the {r['key_source']}")

    emit(report, json_, render)
    if not report["ok"]:
        raise typer.Exit(EXIT_PROBLEMS)


@export_app.command("record")
def export_record(
    out_: Annotated[
        Path, typer.Option("--out", help="The file to write (JSON lines).", show_default=False)
    ],
    db: Db = None,
    json_: Json = False,
) -> None:
    """The whole record and its signed heads, for `tandem verify --export FILE --key KEY`."""
    from tandem.services.ledger import export_record as write_export

    r = write_export(open_app(db), out_)
    emit(
        r,
        json_,
        lambda r: say(
            f"{r['entries']} entries and {r['heads']} signed heads written to {r['out']}; "
            f"check with `tandem verify --export {r['out']} --key {r['public_key']}`"
        ),
    )


def mirror(
    source: Annotated[
        str,
        typer.Option(
            "--from",
            help="The partner's record: an export file, or a database URL / SQLite file.",
            show_default=False,
        ),
    ],
    to: Annotated[
        Path,
        typer.Option(
            "--to", help="Your mirror file (created on the first pull).", show_default=False
        ),
    ],
    key: Key = None,
    json_: Json = False,
) -> None:
    """Pull new entries and the head into your own copy; alarm on a rewritten history.

    Exit status 1 with an ALARM when the source's head is not signed by the group's key, is
    not consistent with what the mirror already holds, or does not match the entries served.
    """
    from tandem.services.ledger import mirror as pull

    r = pull(source, to, key)
    if r["note"]:
        say(f"note: {r['note']}")
    if not r["ok"]:
        err().print(f"ALARM: {r['alarm']}", style="bold red", markup=False)

    def render(r: dict[str, Any]) -> None:
        if r["ok"]:
            say(
                f"mirror {r['mirror']}: {r['new_entries']} new entries, now {r['size']} "
                f"(root {r['root']})"
            )

    emit(r, json_, render)
    if not r["ok"]:
        raise typer.Exit(EXIT_PROBLEMS)
