"""Demo and replay scenarios: dated steps run through the ordinary use cases.

A scenario is a JSON file in tandem/data/scenarios/: the parties, a start time, and steps
such as `{"at": …, "do": "notify", "as": "kor", "measure": "railway"}`. Measures are named
by a `ref` in the scenario and get their real ids when proposed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from tandem.domain.errors import Conflict, InvalidInput, NotFound
from tandem.domain.measures import parse_stance
from tandem.domain.parties import Party, parse_role
from tandem.services import group, measures, observations, pacing
from tandem.services.accounts import set_password
from tandem.services.context import App
from tandem.services.views import JSONDict
from tandem.store.database import sqlite_path

DEMO_FILE = "tandem-demo.db"


def scenario_names() -> list[str]:
    folder = resources.files("tandem.data").joinpath("scenarios")
    return sorted(
        p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")
    )


def read_scenario(name: str) -> dict[str, Any]:
    if name not in scenario_names():
        raise NotFound(
            f"there is no scenario '{name}'; the scenarios are {', '.join(scenario_names())}"
        )
    text = resources.files("tandem.data").joinpath("scenarios", f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def run_steps(app: App, steps: list[dict[str, Any]]) -> dict[str, int]:
    """Run each step through its use case; returns the ids given to the scenario's refs."""
    refs: dict[str, int] = {}

    def mid(step: dict[str, Any]) -> int:
        return refs[step["measure"]]

    actions: dict[str, Callable[[dict[str, Any], datetime], Any]] = {
        "user": lambda s, at: group.add_user(
            app, s["name"], s.get("party"), parse_role(s["role"]), at=at
        ),
        "propose": lambda s, at: refs.__setitem__(
            s["ref"],
            measures.propose_measure(
                app,
                s["as"],
                s["title"],
                description=s.get("description", ""),
                planned=_day(s.get("planned")),
                measure_type=s.get("type", "general"),
                at=at,
                effects=s.get("effects"),
                effect_reason=s.get("reason"),
            )["id"],
        ),
        "notify": lambda s, at: measures.notify_measure(
            app,
            mid(s),
            s["as"],
            urgent=s.get("urgent", False),
            justification=s.get("justification"),
            at=at,
        ),
        "ack": lambda s, at: measures.acknowledge_measure(app, mid(s), s["as"], at=at),
        "position": lambda s, at: measures.record_position(
            app, mid(s), s["as"], parse_stance(s["position"]), reason=s.get("reason"), at=at
        ),
        "amend": lambda s, at: measures.amend_measure(
            app,
            mid(s),
            s["as"],
            title=s.get("title"),
            description=s.get("description"),
            planned=_day(s.get("planned")),
            minor=s.get("minor", False),
            reason=s.get("reason"),
            at=at,
        ),
        "withdraw": lambda s, at: measures.withdraw_measure(app, mid(s), s["as"], at=at),
        "execute": lambda s, at: measures.execute_measure(
            app, mid(s), s["as"], on=_day(s.get("on")), at=at
        ),
        "observe": lambda s, at: observations.observe_action(
            app,
            s["as"],
            actor=s["actor"],
            action=s["action"],
            on=date.fromisoformat(s["on"]),
            at=at,
        ),
        "step": lambda s, at: pacing.record_step(
            app,
            s["as"],
            actor=s["actor"],
            action=s["action"],
            on=date.fromisoformat(s["on"]),
            effects=s.get("effects", []),
            cameo=s.get("cameo"),
            effect_reason=s.get("reason"),
            source=s.get("source"),
            at=at,
        ),
        "clock": lambda s, at: _clock(app, at),
        **_meeting_steps(app, refs),
    }
    for number, step in enumerate(steps, 1):
        action = actions.get(step.get("do", ""))
        if action is None:
            raise InvalidInput(f"scenario step {number} has an unknown action {step.get('do')!r}")
        action(step, _time(step["at"]))
    return refs


def _meeting_steps(
    app: App, refs: dict[str, int]
) -> dict[str, Callable[[dict[str, Any], datetime], Any]]:
    """Meeting steps; a meeting is named by a `ref` like a measure (`meeting:REF`), an agenda
    item by the measure it is about (`item`) or its number (`number`)."""
    from tandem.domain.meetings import parse_outcome, parse_statement_kind
    from tandem.services import meetings

    def meeting(s: dict[str, Any]) -> int:
        return refs[f"meeting:{s['meeting']}"]

    def item(s: dict[str, Any]) -> int:
        if "number" in s:
            return int(s["number"])
        shown = meetings.show_meeting(app, meeting(s))
        return int(next(i["number"] for i in shown["agenda"] if i["measure"] == refs[s["item"]]))

    return {
        "meeting": lambda s, at: refs.__setitem__(
            f"meeting:{s['ref']}",
            meetings.schedule_meeting(
                app,
                s["as"],
                starts=s["starts"],
                zone=s["zone"],
                place=s["place"],
                chairs=s.get("chairs"),
                attendees=s.get("attendees"),
                at=at,
            )["id"],
        ),
        "agenda": lambda s, at: (
            meetings.add_agenda_item(app, meeting(s), s["as"], measure=refs[s["measure"]], at=at)
            if "measure" in s
            else meetings.propose_agenda(app, meeting(s), s["as"], at=at)
        ),
        "outcome": lambda s, at: meetings.record_outcome(
            app,
            meeting(s),
            s["as"],
            item(s),
            parse_outcome(s["outcome"]),
            s["decision"],
            due=_day(s.get("due")),
            at=at,
        ),
        "followup": lambda s, at: meetings.add_followup(
            app,
            meeting(s),
            s["as"],
            owner=s.get("owner"),
            text=s["text"],
            due=_day(s.get("due")),
            item=item(s) if "item" in s or "number" in s else None,
            at=at,
        ),
        "statement": lambda s, at: meetings.draft_statement(
            app,
            meeting(s),
            s["as"],
            s["text"],
            kind=parse_statement_kind(s.get("kind", "joint-statement")),
            at=at,
        ),
        "approve": lambda s, at: meetings.approve_statement(
            app, meeting(s), int(s["statement"]), s["as"], at=at
        ),
    }


def _clock(app: App, at: datetime) -> None:
    from tandem.services.clock import set_clock

    set_clock(app, at)


DEMO_PASSWORD = "tandem-demo-2018"
"""Every demo user's web password: the demo is for trying Tandem, never for real work."""


def load_scenario(name: str, url: str | None = None) -> JSONDict:
    """Create a fresh simulated-clock database and play a scenario into it.

    Without `url` the demo owns `tandem-demo.db` in the current folder and starts it afresh;
    a database given by URL must not hold a working group already.
    """
    data = read_scenario(name)
    if url is None:
        path = Path(DEMO_FILE)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        url = str(path)
    app = App.open(url)
    if app.db.is_initialised():
        path_ = sqlite_path(url)
        raise Conflict(
            f"{path_ or url} already holds a working group; give the demo a new database"
        )
    group.init_group(
        app,
        [Party.parse(p) for p in data["parties"]],
        simulated=True,
        start=_time(data["start"]),
    )
    run_steps(app, data["steps"])
    if data.get("end"):
        _clock(app, _time(data["end"]))
    users = group.list_users(app)
    for user in users:
        set_password(app, user["name"], DEMO_PASSWORD)
    return {
        "scenario": name,
        "db": url,
        "steps": len(data["steps"]),
        "measures": measures.list_measures(app),
        "alerts": observations.list_alerts(app),
        "logins": users,
        "password": DEMO_PASSWORD,
    }
