"""Full-text search over measures, position reasons and the searcher's own notes."""

from __future__ import annotations

from tandem.domain.errors import InvalidInput
from tandem.services.context import App, reading
from tandem.services.views import JSONDict


def search_measures(
    app: App, query: str, *, viewer: str | None = None, limit: int = 50
) -> list[JSONDict]:
    """Hits best-first by measure; internal notes count only for the viewer's own party."""
    query = query.strip()
    if not query:
        raise InvalidInput("say what to search for")
    if len(query) > 200:
        raise InvalidInput("a search has at most 200 characters")
    if "\x00" in query:
        raise InvalidInput("a search cannot contain a NUL character (\\x00); remove it")
    with reading(app) as ctx:
        party = ctx.user(viewer).party if viewer else None
        hits = ctx.uow.search.find(query, party, limit)
        measures = {m.id: m for m in ctx.uow.measures.find(ids=sorted({h.measure for h in hits}))}
        out = []
        for h in hits:
            m = ctx.as_of_clock(measures[h.measure])
            source = "note" if h.source.startswith("note:") else h.source.split(":")[0]
            out.append(
                {
                    "measure": m.id,
                    "title": m.title,
                    "status": m.status.value,
                    "source": source,
                    "text": h.text,
                }
            )
        return out
