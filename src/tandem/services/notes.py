"""Internal notes: a party's own working papers on a measure.

They are not part of the record (which every party reads), and no read, search or export
shows them to anyone outside the author's party; even their existence stays hidden.
"""

from __future__ import annotations

from tandem.domain.errors import InvalidInput, PermissionDenied
from tandem.domain.measures import check_text
from tandem.domain.parties import Action
from tandem.services.context import App, reading, writing
from tandem.services.views import JSONDict, note_view


def add_note(app: App, measure_id: int, user_name: str, text: str) -> JSONDict:
    with writing(app, settle=False) as ctx:
        user = ctx.user(user_name)
        user.require(Action.PROPOSE)
        assert user.party is not None
        m = ctx.measure(measure_id)
        text = check_text(text.strip(), "note")
        if not text:
            raise InvalidInput("an internal note needs some text")
        note = ctx.uow.notes.add(m.id, user.party, user.name, text, ctx.now)
        ctx.uow.search.put(m.id, f"note:{note.id}", text, visible_to=user.party)
        return note_view(note)


def list_notes(app: App, measure_id: int, user_name: str) -> list[JSONDict]:
    with reading(app) as ctx:
        user = ctx.user(user_name)
        if user.party is None:
            raise PermissionDenied(
                f"{user.name} belongs to no party; internal notes are read by their party only"
            )
        m = ctx.measure(measure_id)
        return [note_view(n) for n in ctx.uow.notes.for_party(m.id, user.party)]
