"""The database's clock: real, or simulated for replays and tests."""

from __future__ import annotations

from datetime import datetime

from tandem.domain.errors import ClockError
from tandem.domain.events import iso
from tandem.services.context import App, reading, writing
from tandem.services.views import JSONDict


def show_clock(app: App) -> JSONDict:
    with reading(app) as ctx:
        return {"now": iso(ctx.now), "simulated": ctx.simulated}


def set_clock(app: App, to: datetime) -> JSONDict:
    """Move a simulated clock forward and record what time decided on the way."""
    with reading(app) as ctx:
        if not ctx.simulated:
            raise ClockError(
                "this database runs on the real clock, which cannot be set; only a database "
                "created with `tandem init --simulated-clock` has a clock to move"
            )
    with writing(app, to) as ctx:
        return {"now": iso(ctx.now), "simulated": True}
