"""The Alembic migrations build exactly the tables store/schema.py describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tandem.services.context import App
from tandem.store.schema import metadata

# Full-text machinery that only the migration creates, per dialect.
_DIALECT_ONLY = ("search_fts", "ix_search_documents_tsv")


def test_migrated_database_matches_the_schema(app: App) -> None:
    with app.db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    left = [d for d in differences if not any(name in repr(d) for name in _DIALECT_ONLY)]
    assert left == []
