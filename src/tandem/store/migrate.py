"""Bringing a database's schema up to date with Alembic."""

from __future__ import annotations

from pathlib import Path

from tandem.store.database import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.connect() as conn:
        conn = conn.execution_options(tandem_write=True)
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
