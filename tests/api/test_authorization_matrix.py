"""Who may call what: every endpoint × role × own/other party, on SQLite and PostgreSQL.

The expected outcome of each cell comes from the documented rules alone — the table of
docs/roles.md and the "who" column of docs/api.md — written out below, never from calling
the code:

| action (docs/roles.md)                                   | viewer | officer | envoy | admin |
|----------------------------------------------------------|:-:|:-:|:-:|:-:|
| read measures, history, alerts, the record (every GET)   | ✓ | ✓ | ✓ | ✓ |
| propose, amend a measure of their party                  |   | ✓ | ✓ |   |
| acknowledge, take a position on another party's measure  |   | ✓ | ✓ |   |
| record an observed action of another party              |   | ✓ | ✓ |   |
| write internal notes (seen by their own party only)      |   | ✓ | ✓ |   |
| read their own party's internal notes                    | ✓ | ✓ | ✓ | only with a party |
| notify, withdraw, execute a measure of their party       |   |   | ✓ |   |
| manage users and the working group                       |   |   |   | ✓ |
| read their own inbox, set their own email choices        | ✓ | ✓ | ✓ | only with a party |
| manage their party's webhooks, see and redeliver its dead letters | | | ✓ | ✓ (every party) |
| see the notification queue                               |   |   |   | ✓ |

Allowed → the route's 2xx. Not allowed → 403, with two documented exceptions: an observed
action of one's *own* party is not a question of rights but of sense (docs/roles.md: "of
another party"; the message says to propose and notify it instead), so an officer or envoy
gets 422 there; and another party's webhook or dead letter, named by its id, is answered
404 to an envoy, as if it did not exist (docs/notifications.md), while naming another
party (`?party=KOR`, `"party": "KOR"`) gets 403, since the parties are no secret. Admins
belong to no party, so "own" and "other" are alike to them. No token → 401 with
`WWW-Authenticate`. Measures are shared with every party, and internal notes have no route
of their own — listing a measure's notes gives the caller's own party's only, the same
answer whether or not another party wrote any, so even their existence does not leak.

Every refused call must leave the record, the projections and the tables beside the record
(notes, search documents, idempotency keys, tokens, webhooks, jobs, inboxes, email
choices) as they were; every allowed GET too (a
GET of the record's head may sign a new head: heads and tree nodes are not compared).
And no response to a USA user, an admin or an anonymous caller — success or error — may
contain the text of KOR's internal notes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

import pytest
from api_support import (
    API,
    DATABASES,
    MakeGroup,
    TestClient,
    assert_unchanged,
    check_problem,
    dead_letter,
    deliver,
    module_url,
    state,
    tokens_for,
)

from tandem.api.app import create_app
from tandem.domain.exemptions import Step
from tandem.domain.parties import Role
from tandem.services import measures, meetings, notes, sanctions, webhooks
from tandem.services.context import App
from tandem.services.group import add_user

ROLES = ("viewer", "officer", "envoy", "admin")
CALLER = {"viewer": "jones", "officer": "smith", "envoy": "usa", "admin": "admin"}
"""The callers: USA's viewer, officer and envoy, and the admin (who belongs to no party)."""
OWN, OTHER = "USA", "KOR"
PARTY = {"own": OWN, "other": OTHER}
ENVOY_OF = {OWN: "usa", OTHER: "kor"}

RAIL_SURVEY = (
    resources.files("tandem.data").joinpath("manifests", "rail-survey-2018.csv").read_text()
)
SURVEY_DAY = date(2018, 11, 30)

KOR_SECRET = "zebrafinch"
USA_SECRET = "kingfisher"
KOR_NOTE = f"KOR only: {KOR_SECRET} is our fallback if the gauge talks fail"
USA_NOTE = f"USA only: {USA_SECRET} is our fallback if the gauge talks fail"

EVERYONE = frozenset(ROLES)
MEMBERS = frozenset({"viewer", "officer", "envoy"})
OFFICERS = frozenset({"officer", "envoy"})
ENVOYS = frozenset({"envoy"})
ADMINS = frozenset({"admin"})
MANAGERS = frozenset({"envoy", "admin"})


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    route: str
    who: frozenset[str]
    """Roles the documentation allows."""
    whose: str
    """'own' or 'other': only on a measure (or about a party) of that side; 'any': either."""
    ok: int
    target: str
    """What the call needs: 'none', 'shared' (a measure read by every cell), a fresh
    'draft' or 'notified' measure of the side's party, the side's 'webhook', or a fresh
    'dead letter' of the side's party."""
    hidden: bool = False
    """Another party's target (by id) is answered 404, as if it did not exist."""
    writes: str = "record"
    """What a success changes: 'record', a table beside it, or '' (nothing checked)."""


M = "/api/v1/measures/{measure_id}"
R = "/api/v1/record"
W = "/api/v1/webhooks"
N = "/api/v1/notifications"
MT = "/api/v1/meetings/{meeting_id}"
RP = "/api/v1/reports/{report_id}"
EX = "/api/v1/exemptions/{exemption_id}"
AR = "/api/v1/articles"
ENDPOINTS = (
    Endpoint("list measures", "GET", "/api/v1/measures", EVERYONE, "any", 200, "none"),
    Endpoint("export csv", "GET", "/api/v1/measures.csv", EVERYONE, "any", 200, "none"),
    Endpoint("export json", "GET", "/api/v1/measures.json", EVERYONE, "any", 200, "none"),
    Endpoint("show measure", "GET", M, EVERYONE, "any", 200, "shared"),
    Endpoint("history", "GET", f"{M}/history", EVERYONE, "any", 200, "shared"),
    Endpoint("diff", "GET", f"{M}/diff", EVERYONE, "any", 200, "shared"),
    Endpoint("list notes", "GET", f"{M}/notes", MEMBERS, "any", 200, "shared"),
    Endpoint("search", "GET", "/api/v1/search", EVERYONE, "any", 200, "none"),
    Endpoint("group", "GET", "/api/v1/group", EVERYONE, "any", 200, "none"),
    Endpoint("list users", "GET", "/api/v1/users", EVERYONE, "any", 200, "none"),
    Endpoint("alerts", "GET", "/api/v1/alerts", EVERYONE, "any", 200, "none"),
    Endpoint("list observed", "GET", "/api/v1/observed", EVERYONE, "any", 200, "none"),
    Endpoint("deadline", "GET", "/api/v1/calendar/deadline", EVERYONE, "any", 200, "none"),
    Endpoint("clock", "GET", "/api/v1/clock", EVERYONE, "any", 200, "none"),
    # The record is shared with every party (docs/record.md): anyone may verify it.
    Endpoint("record head", "GET", f"{R}/head", EVERYONE, "any", 200, "none"),
    Endpoint("record entries", "GET", f"{R}/entries", EVERYONE, "any", 200, "none"),
    Endpoint("inclusion proof", "GET", f"{R}/proofs/inclusion", EVERYONE, "any", 200, "none"),
    Endpoint("consistency", "GET", f"{R}/proofs/consistency", EVERYONE, "any", 200, "none"),
    # Pacing is read by every party, like the record it is computed from (docs/pacing.md).
    Endpoint("pace", "GET", "/api/v1/pace", EVERYONE, "any", 200, "none"),
    Endpoint("what-if", "GET", "/api/v1/pace/what-if/{measure_id}", EVERYONE, "any", 200, "shared"),
    Endpoint("pace chart", "GET", "/api/v1/pace/chart.svg", EVERYONE, "any", 200, "none"),
    # Meetings (docs/meetings.md): read by every party; officers and envoys of any party
    # schedule, set the agenda, record outcomes and follow-ups and draft statements; an envoy
    # approves a statement for their party; a follow-up is updated by its owner party.
    Endpoint("list meetings", "GET", "/api/v1/meetings", EVERYONE, "any", 200, "none"),
    Endpoint("show meeting", "GET", MT, EVERYONE, "any", 200, "none"),
    Endpoint("brief", "GET", f"{MT}/brief", EVERYONE, "any", 200, "none"),
    Endpoint("stats", "GET", "/api/v1/stats", EVERYONE, "any", 200, "none"),
    Endpoint("schedule", "POST", "/api/v1/meetings", OFFICERS, "any", 201, "none"),
    Endpoint("agenda", "POST", f"{MT}/agenda", OFFICERS, "any", 200, "none"),
    Endpoint("record outcome", "POST", f"{MT}/outcomes", OFFICERS, "any", 200, "item"),
    Endpoint("add follow-up", "POST", f"{MT}/followups", OFFICERS, "any", 201, "none"),
    Endpoint(
        "follow-up status", "POST", "/api/v1/followups/{followup_id}/status", OFFICERS, "own",
        200, "follow-up",
    ),
    Endpoint("draft statement", "POST", f"{MT}/statements", OFFICERS, "any", 201, "none"),
    Endpoint(
        "revise statement", "POST", f"{MT}/statements/{{number}}/revise", OFFICERS, "any", 200,
        "statement",
    ),
    Endpoint(
        "approve statement", "POST", f"{MT}/statements/{{number}}/approve", ENVOYS, "any", 200,
        "statement",
    ),
    # Sanctions screening (docs/sanctions.md): the rulebook, screening a manifest (which
    # writes nothing), a measure's findings and the exemption requests are every party's.
    Endpoint("rules", "GET", "/api/v1/rules", EVERYONE, "any", 200, "none"),
    Endpoint("rule", "GET", "/api/v1/rules/{rule_id}", EVERYONE, "any", 200, "none"),
    Endpoint("screen", "POST", "/api/v1/screen", EVERYONE, "any", 200, "none", writes=""),
    Endpoint("screening", "GET", f"{M}/screening", EVERYONE, "any", 200, "shared"),
    Endpoint("exemptions", "GET", "/api/v1/exemptions", EVERYONE, "any", 200, "none"),
    # An officer or envoy of the measure's party drafts a request from its last screening;
    # an envoy of that party submits, withdraws and records the Committee's answer. Every
    # party reads a request's document, as it reads the requests.
    Endpoint("draft exemption", "POST", f"{M}/exemptions", OFFICERS, "own", 201, "screened"),
    Endpoint("submit exemption", "POST", f"{EX}/submit", ENVOYS, "own", 200, "drafted"),
    Endpoint("grant exemption", "POST", f"{EX}/grant", ENVOYS, "own", 200, "submitted"),
    Endpoint("deny exemption", "POST", f"{EX}/deny", ENVOYS, "own", 200, "submitted"),
    Endpoint("withdraw exemption", "POST", f"{EX}/withdraw", ENVOYS, "own", 200, "drafted"),
    Endpoint("exemption document", "GET", f"{EX}/document", EVERYONE, "any", 200, "drafted"),
    # Monitoring (docs/monitoring.md): every party reads every report; officers and envoys
    # review them, and confirm only another party's action (like an observed action).
    Endpoint("reports", "GET", "/api/v1/reports", EVERYONE, "any", 200, "none"),
    Endpoint("show report", "GET", RP, EVERYONE, "any", 200, "report"),
    Endpoint("confirm report", "POST", f"{RP}/confirm", OFFICERS, "other", 200, "report"),
    Endpoint("dismiss report", "POST", f"{RP}/dismiss", OFFICERS, "any", 200, "report"),
    Endpoint("link report", "POST", f"{RP}/link", OFFICERS, "any", 200, "report"),
    # Articles are read by every party like the reports; officers and envoys send them, as
    # they review the reports (an article about either party's actions).
    Endpoint("send articles", "POST", AR, OFFICERS, "any", 200, "none"),
    Endpoint("show article", "GET", f"{AR}/{{article_id}}", EVERYONE, "any", 200, "report"),
    # The API proposes for the caller's own party: there is no other party to name.
    Endpoint("propose", "POST", "/api/v1/measures", OFFICERS, "any", 201, "none"),
    Endpoint("notify", "POST", f"{M}/notify", ENVOYS, "own", 200, "draft"),
    Endpoint("acknowledge", "POST", f"{M}/ack", OFFICERS, "other", 200, "notified"),
    Endpoint("take a position", "POST", f"{M}/positions", OFFICERS, "other", 200, "notified"),
    Endpoint("amend", "POST", f"{M}/amend", OFFICERS, "own", 200, "notified"),
    Endpoint("withdraw", "POST", f"{M}/withdraw", ENVOYS, "own", 200, "notified"),
    Endpoint("execute", "POST", f"{M}/execute", ENVOYS, "own", 200, "notified"),
    # A party's notes may be about any measure, its own or another party's.
    Endpoint(
        "add note", "POST", f"{M}/notes", OFFICERS, "any", 201, "shared", writes="internal_notes"
    ),
    Endpoint("observe", "POST", "/api/v1/observed", OFFICERS, "other", 201, "none"),
    Endpoint("add user", "POST", "/api/v1/users", ADMINS, "any", 201, "none"),
    # Notifications (docs/notifications.md): one's own inbox and email choices; a party's
    # webhooks and dead letters for its envoys and the admins; the queue for the admins.
    # None of it enters the record, which every party reads.
    Endpoint("inbox", "GET", "/api/v1/inbox", MEMBERS, "any", 200, "none"),
    Endpoint("mark read", "POST", "/api/v1/inbox/read", MEMBERS, "any", 200, "none", writes=""),
    Endpoint("preferences", "GET", f"{N}/preferences", MEMBERS, "any", 200, "none"),
    Endpoint(
        "set preferences", "PUT", f"{N}/preferences", MEMBERS, "any", 200, "none",
        writes="notification_addresses",
    ),
    Endpoint("queue status", "GET", f"{N}/status", ADMINS, "any", 200, "none"),
    Endpoint("list webhooks", "GET", W, MANAGERS, "own", 200, "none"),
    Endpoint("add webhook", "POST", W, MANAGERS, "own", 201, "none", writes="webhooks"),
    Endpoint(
        "test webhook", "POST", f"{W}/{{webhook_id}}/test", MANAGERS, "own", 200, "webhook",
        hidden=True, writes="",
    ),
    Endpoint("dead letters", "GET", f"{W}/dead-letters", MANAGERS, "own", 200, "none"),
    Endpoint(
        "redeliver", "POST", f"{W}/dead-letters/{{job_id}}/redeliver", MANAGERS, "own", 200,
        "dead letter", hidden=True, writes="jobs",
    ),
)  # fmt: skip
BY_NAME = {e.name: e for e in ENDPOINTS}


def expected(endpoint: Endpoint, role: str | None, side: str) -> int:
    """The status the documentation promises for one cell."""
    if role is None:
        return 401
    if role in endpoint.who and (endpoint.whose in ("any", side) or role == "admin"):
        return endpoint.ok  # an admin belongs to no party: every party's is alike to them
    if endpoint.name in ("observe", "confirm report") and role in endpoint.who:
        return 422  # an observed action of one's own party: propose and notify it instead
    if endpoint.hidden and role in endpoint.who:
        return 404  # another party's webhook or dead letter does not exist for this caller
    return 403


CELLS = [
    pytest.param(e.name, role, side, id=f"{e.name.replace(' ', '-')}-{role or 'anonymous'}-{side}")
    for e, role, side in itertools.product(ENDPOINTS, (*ROLES, None), ("own", "other"))
]


# The working group the cells share ------------------------------------------------------


@dataclass
class World:
    app: App
    client: TestClient
    tokens: dict[str, str]
    shared: dict[str, int]
    """A notified measure of each party (by side), with notes of both parties on it."""
    counter: Iterator[int]
    hooks: dict[str, int]
    """A webhook of each party (by side), at a loopback port where nothing listens."""
    meeting: int
    """A meeting every cell about meetings works on."""

    def measure(self, side: str, target: str) -> int:
        party = PARTY[side]
        if target == "shared":
            return self.shared[side]
        n = next(self.counter)
        # A 'screened' measure carries the rail-survey manifest, which needs an exemption.
        screened = target == "screened"
        mid = int(
            measures.propose_measure(
                self.app,
                ENVOY_OF[party],
                f"Cell {n}",
                planned=SURVEY_DAY if screened else None,
                manifest=RAIL_SURVEY if screened else None,
            )["id"]
        )
        if target in ("notified", "screened"):
            measures.notify_measure(self.app, mid, ENVOY_OF[party])
        self._notes(mid)
        return mid

    def exemption(self, side: str, status: str) -> int:
        """A fresh exemption request of the side's party, 'drafted' or 'submitted'."""
        party = PARTY[side]
        mid = self.measure(side, "screened")
        officer = {OWN: "smith", OTHER: "kim"}[party]
        rid = int(
            sanctions.draft_exemption(
                self.app, mid, officer, nature="Survey", recipients="DPRK railways"
            )["id"]
        )
        if status == "submitted":
            sanctions.change_exemption(self.app, rid, ENVOY_OF[party], Step.SUBMIT)
        return rid

    def report(self, side: str) -> int:
        """A fresh report of an action of the side's party, from an article of its own."""
        import json
        import tempfile
        from pathlib import Path

        from tandem.services import monitoring

        n = next(self.counter)
        name = {"USA": "The United States", "KOR": "South Korea"}[PARTY[side]]
        words = " ".join(f"w{n}x{i}" for i in range(8))
        text = f"{name} opened the liaison office in Kaesong on Friday. It was cell {n}: {words}."
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"cell-{n}.json"
            path.write_text(json.dumps({"published": "2018-11-16", "text": text}), "utf-8")
            monitoring.ingest(self.app, "smith", [str(path)])
        return int(monitoring.list_reports(self.app)[-1]["id"])

    def dead_letter(self, side: str) -> int:
        n = next(self.counter)
        return dead_letter(self.app, PARTY[side], self.hooks[side], f"matrix:{n}")

    def _notes(self, mid: int) -> None:
        notes.add_note(self.app, mid, "kim", KOR_NOTE)
        notes.add_note(self.app, mid, "smith", USA_NOTE)


@pytest.fixture(scope="module", params=DATABASES)
def world(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    group_builder: MakeGroup,
) -> Iterator[World]:
    with module_url(request, tmp_path_factory, "matrix") as url:
        yield from _world(group_builder(url))


def _world(app: App) -> Iterator[World]:
    add_user(app, "jones", OWN, Role.VIEWER)
    tokens = tokens_for(app, ("usa", "smith", "jones", "admin", "kor", "kim", "lee"))
    client = TestClient(create_app(app, write_limit="off"))
    shared = {}
    for side, party in PARTY.items():
        mid = int(measures.propose_measure(app, ENVOY_OF[party], f"Shared {party}")["id"])
        measures.notify_measure(app, mid, ENVOY_OF[party])
        notes.add_note(app, mid, "kim", KOR_NOTE)
        notes.add_note(app, mid, "smith", USA_NOTE)
        shared[side] = mid
    # Port 9 (discard) on loopback: nothing listens, so a test ping fails at once.
    hooks = {
        side: int(webhooks.add_webhook(app, party, "http://127.0.0.1:9/hook")["id"])
        for side, party in PARTY.items()
    }
    deliver(app)  # every USA and KOR user has notifications in their inbox
    meeting = int(
        meetings.schedule_meeting(
            app, "smith", starts="2019-01-10T10:00", zone="Asia/Seoul", place="Seoul"
        )["id"]
    )
    yield World(app, client, tokens, shared, itertools.count(1), hooks, meeting)
    client.close()
    app.db.dispose()


def _call(world: World, endpoint: Endpoint, role: str | None, side: str) -> dict[str, Any]:
    """The request of one cell: path, query and body, on a target made for it."""
    party = PARTY[side]
    path = endpoint.route
    if "{measure_id}" in path:
        path = path.replace("{measure_id}", str(world.measure(side, endpoint.target)))
    path = path.replace("{webhook_id}", str(world.hooks[side]))
    path = path.replace("{rule_id}", "2397-5")
    if "{job_id}" in path:
        path = path.replace("{job_id}", str(world.dead_letter(side)))
    if "{exemption_id}" in path:
        path = path.replace("{exemption_id}", str(world.exemption(side, endpoint.target)))
    if "{report_id}" in path:
        path = path.replace("{report_id}", str(world.report(side)))
    if "{article_id}" in path:
        from tandem.services import monitoring

        article = monitoring.show_report(world.app, world.report(side))["article_id"]
        path = path.replace("{article_id}", str(article))
    n = next(world.counter)
    path = path.replace("{meeting_id}", str(world.meeting))
    if "{followup_id}" in path:
        f = meetings.add_followup(
            world.app, world.meeting, "smith", owner=party, text=f"Do {n}", due=date(2019, 2, 1)
        )
        path = path.replace("{followup_id}", str(f["id"]))
    if "{number}" in path:
        s = meetings.draft_statement(world.app, world.meeting, "smith", f"Statement {n}")
        path = path.replace("{number}", str(s["number"]))
    item = 0
    if endpoint.target == "item":
        added = meetings.add_agenda_item(world.app, world.meeting, "smith", title=f"Item {n}")
        item = int(added["added"][0])
    params: dict[str, Any] = {
        "list measures": {"party": party},
        "alerts": {"party": party},
        "search": {"q": USA_SECRET if side == "own" else KOR_SECRET},
        "deadline": {
            "from": "2018-11-19T09:00:00+09:00",
            "days": 10,
            "parties": "USA,KOR",
            "notifier": party,
        },
        "record entries": {"start": 0, "limit": 50},
        "inclusion proof": {"entry": 3},
        "consistency": {"first": 2, "second": 5},
        "list webhooks": {"party": party},
        "dead letters": {"party": party},
    }.get(endpoint.name, {})
    body: Any = {
        "propose": {"title": f"Proposal {n}"},
        "take a position": {"position": "comment", "reason": "A comment for the record"},
        "amend": {"title": f"Amended {n}"},
        "execute": {"on": "2018-11-18"},
        "add note": {"text": f"Note {n} of a matrix cell"},
        "observe": {"actor": party, "action": f"Seen in the news {n}", "on": "2018-11-17"},
        "add user": {"name": f"new-{n}", "party": party, "role": "viewer"},
        "mark read": {"all": True},
        "set preferences": {"email": f"reader-{n}@wg.example"},
        "add webhook": {"url": f"https://partner.example/hook-{n}", "party": party},
        "schedule": {"starts": "2019-02-01T10:00", "zone": "Asia/Seoul", "place": f"Seoul {n}"},
        "agenda": {"title": f"Point {n}"},
        "record outcome": {"item": item, "outcome": "decision", "decision": f"Agreed {n}"},
        "add follow-up": {"owner": party, "text": f"Follow-up {n}", "due": "2019-02-01"},
        "follow-up status": {"status": "done"},
        "draft statement": {"text": f"Statement {n}", "kind": "press-line"},
        "revise statement": {"text": f"Revised {n}"},
        "dismiss report": {"why": f"Not an action of the party {n}"},
        "link report": {"measure": world.shared[side]},
        "send articles": [
            {
                "published": "2018-11-16",
                "text": f"{'South Korea' if party == 'KOR' else 'The United States'} opened the "
                f"liaison office in Kaesong on Friday. It was article {n}: "
                + " ".join(f"a{n}y{i}" for i in range(8)),
            }
        ],
        "screen": {"manifest": f"description,hs_code,direction\nCoach {n},8605,to_dprk\n"},
        "draft exemption": {"nature": f"Survey {n}", "recipients": "DPRK railways"},
        "grant exemption": {"valid_from": "2018-11-23", "valid_until": "2018-12-31"},
        "deny exemption": {"decision": f"Denied {n}"},
    }.get(endpoint.name)
    headers = {} if role is None else {"Authorization": f"Bearer {world.tokens[CALLER[role]]}"}
    return {
        "method": endpoint.method,
        "url": path,
        "params": params,
        "json": body,
        "headers": headers,
    }


@pytest.mark.parametrize(("name", "role", "side"), CELLS)
def test_cell(world: World, name: str, role: str | None, side: str) -> None:
    endpoint = BY_NAME[name]
    want = expected(endpoint, role, side)
    request = _call(world, endpoint, role, side)
    before = state(world.app)
    response = world.client.request(**request)
    after = state(world.app)
    what = f"{endpoint.method} {request['url']} as {role or 'nobody'}"
    assert response.status_code == want, f"{what}: {response.status_code} {response.text}"

    # Never KOR's notes to a USA user, the admin or nobody; never USA's to the admin or nobody.
    assert KOR_SECRET not in response.text, f"{what} leaked KOR's internal note"
    if role in (None, "admin"):
        assert USA_SECRET not in response.text, f"{what} leaked USA's internal note"

    if want >= 400:
        check_problem(response, want)
        assert_unchanged(before, after, what)
        if want == 401:
            assert response.headers["www-authenticate"].startswith("Bearer")
        return
    if endpoint.method == "GET":
        assert_unchanged(before, after, what)
        if role in MEMBERS and name in ("show measure", "list notes"):
            assert USA_SECRET in response.text, f"{what}: USA's own note is missing"
        if name == "search":
            found = response.json()
            if side == "own" and role in MEMBERS:
                assert [h["source"] for h in found] == ["note"] * len(found) and found
            else:
                assert found == []
        if name == "list notes":
            assert {n["party"] for n in response.json()} == {OWN}
        return
    if endpoint.writes == "record":
        assert after.size > before.size, f"{what} succeeded but recorded nothing"
        return
    assert after.size == before.size, f"{what} entered the shared record"
    if endpoint.writes:
        assert after.side[endpoint.writes] != before.side[endpoint.writes], f"{what} wrote nothing"
    if name == "add note":
        assert len(after.side["internal_notes"]) == len(before.side["internal_notes"]) + 1


def test_the_matrix_covers_every_route_of_the_api(world: World) -> None:
    doc = world.client.get("/openapi.json").json()
    routes = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
    assert routes == {(e.method, e.route) for e in ENDPOINTS}


# Internal notes through every route -------------------------------------------------------


def _every_request(doc: dict[str, Any], mid: int) -> Iterator[dict[str, Any]]:
    """One or more requests per route of the OpenAPI description, about measure `mid`."""
    values = {
        "measure_id": mid,
        "q": KOR_SECRET,
        "party": "KOR",
        "from": "2018-11-19T09:00:00+09:00",
        "days": 10,
        "parties": "USA,KOR",
        "entry": 0,
        "first": 1,
        "second": 2,
        "start": 0,
    }
    bodies = [
        None,
        {},
        {"text": "A note of ours"},
        {"title": "A title of ours"},
        {"position": "objection"},
        {"position": "comment", "reason": "A reason of ours"},
        {"actor": "KOR", "action": "Seen in the news", "on": "2018-11-17"},
        {"name": "sweeper", "role": "viewer", "party": "KOR"},
    ]
    for route, ops in doc["paths"].items():
        for method, op in ops.items():
            path = route.replace("{measure_id}", str(mid))
            params = {
                p["name"]: values[p["name"]]
                for p in op.get("parameters", [])
                if p["in"] == "query" and p["name"] in values
            }
            if method == "get":
                yield {"method": "GET", "url": path, "params": params}
                yield {"method": "GET", "url": path.replace(str(mid), "999999"), "params": params}
            else:
                for body in bodies:
                    yield {"method": method.upper(), "url": path, "json": body}
    yield {"method": "GET", "url": f"{API}/search", "params": {"q": "fallback gauge"}}


@pytest.mark.parametrize("user", ["jones", "smith", "usa", "admin"])
def test_kor_notes_never_reach_a_usa_user_or_the_admin(world: World, user: str) -> None:
    kor_measure = world.measure("other", "notified")
    headers = {"Authorization": f"Bearer {world.tokens[user]}"}
    doc = world.client.get("/openapi.json").json()
    # The note is there: KOR's officer sees it through the same routes.
    kim = {"Authorization": f"Bearer {world.tokens['kim']}"}
    for url in (f"{API}/measures/{kor_measure}", f"{API}/measures/{kor_measure}/notes"):
        assert KOR_SECRET in world.client.get(url, headers=kim).text
    assert KOR_SECRET in world.client.get(f"{API}/search?q={KOR_SECRET}", headers=kim).text
    seen = 0
    for request in _every_request(doc, kor_measure):
        response = world.client.request(**request, headers=headers)
        seen += 1
        assert KOR_SECRET not in response.text, (
            f"{request} as {user}: {response.status_code} {response.text[:300]}"
        )
    assert seen > 40
