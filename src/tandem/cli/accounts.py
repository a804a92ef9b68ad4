"""`tandem serve`, passwords, API tokens, internal notes, search and exports."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from tandem.cli.options import As, Db, Json, open_app
from tandem.cli.output import emit, fail, parse_time, say, table, when

token_app = typer.Typer(
    help="API tokens for programs (shown once, stored hashed).", no_args_is_help=True
)
note_app = typer.Typer(help="Internal notes: seen by your own party only.", no_args_is_help=True)


def register(app: typer.Typer, user_app: typer.Typer, export_app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("search")(search)
    app.add_typer(token_app, name="token")
    app.add_typer(note_app, name="note")
    user_app.command("password")(password)
    export_app.command("measures")(export_measures)
    export_app.command("positions")(export_positions)


def serve(
    host: Annotated[str, typer.Option("--host", envvar="TANDEM_HOST")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", envvar="TANDEM_PORT")] = 8000,
    write_limit: Annotated[
        str | None,
        typer.Option(
            "--write-limit",
            envvar="TANDEM_API_WRITE_LIMIT",
            help="Writes per token, e.g. 120/minute, or off. [default: 120/minute]",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            envvar="TANDEM_WORKERS",
            min=1,
            max=64,
            help="Server processes; one per core serves reads best. Rate limits count per process.",
        ),
    ] = 1,
    threads: Annotated[
        int,
        typer.Option(
            "--threads",
            envvar="TANDEM_API_THREADS",
            min=1,
            max=256,
            help="Requests at once per process.",
        ),
    ] = 8,
    db: Db = None,
) -> None:
    """Serve the HTTP API (and its docs at /docs) for this database."""
    import os

    import uvicorn

    from tandem.api.limits import parse_limit
    from tandem.services.group import show_group
    from tandem.store.database import DEFAULT_URL

    tandem = open_app(db)
    show_group(tandem)
    if write_limit is not None:
        parse_limit(write_limit)
        os.environ["TANDEM_API_WRITE_LIMIT"] = write_limit
    os.environ["TANDEM_DATABASE_URL"] = db or DEFAULT_URL
    os.environ["TANDEM_API_THREADS"] = str(threads)
    say(f"Tandem on http://{host}:{port} (API docs at /docs); Ctrl-C stops it")
    uvicorn.run(
        "tandem.api.app:from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )


def password(
    name: Annotated[str, typer.Argument(help="The user.", show_default=False)],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Set a user's password for the web (prompted, or from standard input)."""
    from tandem.services.accounts import set_password

    if password_stdin:
        secret = sys.stdin.readline().rstrip("\n")
    else:
        secret = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    result = set_password(open_app(db), name, secret)
    emit(result, json_, lambda r: say(f"password set for {r['name']}"))


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="The user the token acts as.", show_default=False)],
    expires: Annotated[
        str | None, typer.Option("--expires", help="ISO-8601 time with offset, or a date.")
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Create an API token; it is printed once and stored only as a hash."""
    from tandem.services.accounts import create_token

    until = None
    if expires:
        text = expires if "T" in expires else f"{expires}T00:00Z"
        until = parse_time(text, "--expires")
    result = create_token(open_app(db), name, until)

    def render(r: dict[str, Any]) -> None:
        say(f"token {r['id']} for {r['user']} (keep it now: it is not shown again)")
        sys.stdout.write(r["token"] + "\n")

    emit(result, json_, render)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[str, typer.Argument(help="The token's id (see `token list`).")],
    db: Db = None,
    json_: Json = False,
) -> None:
    """Revoke a token: it stops working at once (within 5 s on a running server)."""
    from tandem.services.accounts import revoke_token

    emit(revoke_token(open_app(db), token_id), json_, lambda r: say(f"token {r['id']} revoked"))


@token_app.command("list")
def token_list(
    name: Annotated[str | None, typer.Argument(help="Only this user's tokens.")] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Tokens with their user, creation, expiry and revocation (never the token itself)."""
    from tandem.services.accounts import list_tokens

    emit(
        list_tokens(open_app(db), name),
        json_,
        lambda rows: table(
            "Tokens",
            ["id", "user", "created", "expires", "revoked"],
            [
                [
                    r["id"],
                    r["user"],
                    when(r["created_at"]),
                    when(r["expires_at"]),
                    when(r["revoked_at"]),
                ]
                for r in rows
            ],
        ),
    )


@note_app.command("add")
def note_add(
    measure_id: Annotated[int, typer.Argument(help="The measure.", show_default=False)],
    text: Annotated[str, typer.Argument(help="The note.", show_default=False)],
    user: As,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Add an internal note to a measure, for your own party's eyes only."""
    from tandem.services.notes import add_note

    emit(
        add_note(open_app(db), measure_id, user, text),
        json_,
        lambda n: say(f"note {n['id']} added"),
    )


@note_app.command("list")
def note_list(
    measure_id: Annotated[int, typer.Argument(help="The measure.", show_default=False)],
    user: As,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Your party's internal notes on a measure."""
    from tandem.services.notes import list_notes

    emit(
        list_notes(open_app(db), measure_id, user),
        json_,
        lambda rows: table(
            f"Notes of measure {measure_id}",
            ["id", "by", "at", "text"],
            [[n["id"], n["author"], when(n["at"]), n["text"]] for n in rows],
        ),
    )


def search(
    query: Annotated[str, typer.Argument(help="Words to find.", show_default=False)],
    user: Annotated[
        str | None, typer.Option("--as", help="Search as this user (adds their party's notes).")
    ] = None,
    db: Db = None,
    json_: Json = False,
) -> None:
    """Full-text search over measures and position reasons (and, with --as, your notes)."""
    from tandem.services.search import search_measures

    emit(
        search_measures(open_app(db), query, viewer=user),
        json_,
        lambda rows: table(
            f"Found for '{query}'",
            ["measure", "title", "status", "in", "text"],
            [[h["measure"], h["title"], h["status"], h["source"], h["text"]] for h in rows],
        ),
    )


Format = Annotated[str, typer.Option("--format", help="csv or json.")]
Out = Annotated[Path | None, typer.Option("--out", help="Write to this file [default: stdout].")]


def _export(what: str, fmt: str, out: Path | None, db: str | None) -> None:
    from tandem.services.export import export

    text = export(open_app(db), what, fmt)
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror}")
    say(f"{what} written to {out}")


def export_measures(fmt: Format = "csv", out: Out = None, db: Db = None) -> None:
    """Every measure as CSV or JSON (never internal notes)."""
    _export("measures", fmt, out, db)


def export_positions(fmt: Format = "csv", out: Out = None, db: Db = None) -> None:
    """Every position taken, with version, party, reason and time."""
    _export("positions", fmt, out, db)
