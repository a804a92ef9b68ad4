"""GET /measures/{id}: the text kept per revision (ViewCache) answers what the service says.

The API encodes a measure's view once per revision and splices in the reader's notes;
these tests hold it to `show_measure_with_revision`, byte for byte, through changes made
by another process's app, the clock closing a window nobody recorded, and notes.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from api_support import USERS, Api, MakeApi, check_problem
from test_api_listing import START, make_register

from tandem.domain.events import iso
from tandem.domain.measures import Stance
from tandem.services import measures, notes
from tandem.services.context import App
from tandem.services.views import encode
from tandem.store.unit_of_work import unit_of_work


def _same_as_service(app: App, api: Api, measure_id: int, user: str) -> dict[str, Any]:
    answer = api.get(user, f"/measures/{measure_id}")
    view, revision = measures.show_measure_with_revision(app, measure_id, viewer=user)
    assert answer.status_code == 200, answer.text
    assert answer.content == encode(view), (user, measure_id)
    assert answer.headers["etag"] == f'"r{revision}"'
    assert answer.headers["content-type"] == "application/json"
    shown: dict[str, Any] = json.loads(answer.content)
    return shown


def test_every_reader_sees_what_the_service_shows(app: App, api: Api) -> None:
    register = make_register(app)
    for _ in range(2):  # the second round answers from the kept views
        for measure_id in register.all:
            for user in USERS:
                shown = _same_as_service(app, api, measure_id, user)
                assert ("notes" in shown) == (user != "admin")


def test_a_change_made_elsewhere_is_shown_at_once(app: App, make_api: MakeApi) -> None:
    mid = int(measures.propose_measure(app, "kor", "Rail survey")["id"])
    measures.notify_measure(app, mid, "kor")
    mine, other = make_api(), make_api()
    before = _same_as_service(app, mine, mid, "smith")
    other.ok(other.post("smith", f"/measures/{mid}/positions", {"position": "comment"}))
    after = _same_as_service(app, mine, mid, "smith")
    assert len(after["positions"]) == len(before["positions"]) + 1
    measures.record_position(app, mid, "usa", Stance.OBJECTION, reason="Not yet")
    assert _same_as_service(app, mine, mid, "lee")["positions"] != after["positions"]


def test_notes_are_the_readers_own_and_new_ones_show(app: App, api: Api) -> None:
    register = make_register(app)
    kor = _same_as_service(app, api, register.usa_open, "kim")
    usa = _same_as_service(app, api, register.usa_open, "smith")
    assert kor["notes"] == []
    assert [n["text"] for n in usa["notes"]] == [
        "Washington keeps the fallback route kingfisher to itself"
    ]
    notes.add_note(app, register.usa_open, "kim", "Seoul's second thought")
    kor = _same_as_service(app, api, register.usa_open, "kim")
    assert [n["text"] for n in kor["notes"]] == ["Seoul's second thought"]
    assert "Seoul" not in json.dumps(_same_as_service(app, api, register.usa_open, "usa"))


def test_a_window_the_clock_closed_unrecorded_is_shown_closed(app: App, api: Api) -> None:
    register = make_register(app)
    open_before = _same_as_service(app, api, register.kor_open, "smith")
    assert open_before["status"] == "in_consultation"
    with unit_of_work(app.db, write=True) as uow:  # time passes, nobody writes
        uow.settings.set("clock_now", iso(START + timedelta(days=60)))
    closed = _same_as_service(app, api, register.kor_open, "smith")
    assert closed["status"] == "cleared"
    assert closed["positions"] == open_before["positions"]  # nothing was written


def test_a_missing_measure_is_404(app: App, api: Api) -> None:
    make_register(app)
    for missing in (0, 999_999, 2**31, 2**63):
        check_problem(api.get("smith", f"/measures/{missing}"), 404, "no measure")
    check_problem(api.get(None, "/measures/1"), 401)
