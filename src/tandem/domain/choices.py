"""What a user may do next to a measure: asked of the rules themselves.

The web shows a form only for an action the rules would accept now, so it tries each rule
on the measure and keeps those that do not refuse; there is no second copy of the rules
to drift from the first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from tandem.domain import consultation as rules
from tandem.domain.errors import TandemError
from tandem.domain.measures import Measure, Stance
from tandem.domain.parties import User


def _never(_: str) -> int:
    return 0


def _any_position(m: Measure, user: User, group: rules.Group, now: datetime) -> None:
    """Some position is open: a comment while the window runs, a withdrawal of an objection
    once it has closed on one."""
    try:
        rules.take_position(m, user, group, now, Stance.COMMENT, "trial")
    except TandemError:
        rules.take_position(m, user, group, now, Stance.NO_OBJECTION, "trial")


def available(m: Measure, user: User, group: rules.Group, now: datetime) -> list[str]:
    """The names of the actions `user` may take on `m` at `now`, in the order of the forms."""
    trials: dict[str, Callable[[], object]] = {
        "notify": lambda: rules.notify(m, user, group, now),
        "acknowledge": lambda: rules.acknowledge(m, user, group, now),
        "position": lambda: _any_position(m, user, group, now),
        "amend": lambda: rules.amend(m, user, group, now, title=m.title + " (amended)"),
        "withdraw": lambda: rules.withdraw(m, user, group, now),
        "execute": lambda: rules.execute(m, user, group, now, _never),
    }
    out = []
    for name, trial in trials.items():
        try:
            trial()
        except TandemError:
            continue
        out.append(name)
    return out
