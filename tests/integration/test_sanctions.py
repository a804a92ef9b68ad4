"""Screening on both databases: a manifest given at proposal is screened at notification,
every party reads the findings, execution without a grant raises a `sanctions` alert,
exemption requests live their life, refusals write nothing, and the record rebuilds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from importlib import resources

from service_support import assert_rebuilds, at, entries, refused, stored_hashes

from tandem.domain.errors import InvalidInput, InvalidTransition, NotFound, PermissionDenied
from tandem.domain.exemptions import Step
from tandem.domain.measures import Stance
from tandem.services import measures, observations, sanctions
from tandem.services.context import App


def example(name: str) -> str:
    return resources.files("tandem.data").joinpath("manifests", name).read_text("utf-8")


RAIL = example("rail-survey-2018.csv")
MEDICINES = example("medicines.csv")


def survey(app: App, manifest: str = RAIL, planned: date = date(2018, 11, 30)) -> int:
    m = measures.propose_measure(
        app,
        "kim",
        "Joint railway field survey",
        planned=planned,
        manifest=manifest,
        at=at("2018-11-19T02:00Z"),
    )
    return int(m["id"])


def test_the_rail_survey_is_screened_at_notification_for_every_party(app: App) -> None:
    mid = survey(app)
    assert sanctions.measure_screening(app, mid)["screenings"] == []
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T01:00Z"))
    seen = sanctions.measure_screening(app, mid)
    assert seen["verdict"] == "requires_exemption"
    (s,) = seen["screenings"]
    assert s["on"] == "2018-11-30" and s["version"] == 1
    cited = {(f["rule"], f["resolution"], f["paragraph"], f["effect"]) for f in s["findings"]}
    assert ("2397-5", "2397", "5", "capped") in cited
    assert ("2397-vehicles", "2397", None, "prohibited") in cited
    assert ("2397-machinery", "2397", None, "prohibited") in cited
    assert ("2270-18", "2270", "18", "inspection") in cited
    bans = [f for f in s["findings"] if f["rule"] in ("2397-vehicles", "2397-machinery")]
    assert {f["line"] for f in bans} == {1, 2, 3, 5}
    for f in bans:
        assert f["exemption"].startswith("2397 OP25: the 1718 Committee")
        assert "paragraph not yet checked" in f["why"] and "unverified: " in f["why"]
    # The screening is in the record, under the measure, for every party to read.
    kinds = [e.kind for e in entries(app) if e.subject == f"measure:{mid}"]
    assert kinds[-2:] == ["measure.notified", "sanctions.screened"]


def test_medicines_are_clear(app: App) -> None:
    mid = survey(app, MEDICINES)
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T01:00Z"))
    assert sanctions.measure_screening(app, mid)["verdict"] == "clear"


def test_a_measure_without_manifest_is_not_screened(app: App) -> None:
    mid = int(measures.propose_measure(app, "kim", "Statement", at=at("2018-11-19T02:00Z"))["id"])
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T01:00Z"))
    assert sanctions.measure_screening(app, mid)["manifest"] is None
    assert not [e for e in entries(app) if e.kind.startswith("sanctions.")]


def cleared_survey(app: App) -> int:
    mid = survey(app)
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T01:00Z"))
    measures.acknowledge_measure(app, mid, "smith", at=at("2018-11-20T15:00Z"))
    measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at("2018-11-21T16:00Z"))
    return mid


def granted(app: App, mid: int, until: date) -> int:
    """A request drafted, submitted and granted from 24 Nov 2018 to `until`; its id."""
    e = sanctions.draft_exemption(app, mid, "kim", nature="n", recipients="r")
    sanctions.change_exemption(app, e["id"], "kor", Step.SUBMIT)
    sanctions.change_exemption(
        app, e["id"], "kor", Step.GRANT, valid_from=date(2018, 11, 24), valid_until=until
    )
    return int(e["id"])


def test_execution_without_a_grant_raises_a_sanctions_alert(app: App) -> None:
    mid = cleared_survey(app)
    measures.execute_measure(app, mid, "kor", on=date(2018, 11, 30), at=at("2018-11-30T03:00Z"))
    (alert,) = observations.list_alerts(app, kind="sanctions")
    assert alert["actor"] == "KOR" and alert["to"] == ["KOR", "USA"]
    assert alert["measure"] == mid
    assert "under 2397 (paragraph not yet checked) and no granted" in alert["text"]
    assert "OP7" not in alert["text"] and "OPNone" not in alert["text"]


def test_a_grant_that_covers_the_date_silences_the_alert(app: App) -> None:
    mid = cleared_survey(app)
    e = sanctions.draft_exemption(
        app,
        mid,
        "kim",
        nature="Joint field survey of the Gyeongui and Donghae lines",
        recipients="DPRK Ministry of Railways",
        at=at("2018-11-21T17:00Z"),
    )
    assert e["status"] == "drafted" and e["party"] == "KOR"
    items = {i["line"]: i for i in e["request"]["items"]}
    assert set(items) == {1, 2, 3, 4, 5}
    assert items[4]["quantity"] == "55000" and items[4]["rules"] == ["2397 OP5"]
    assert items[1]["rules"] == ["2397 (paragraph not yet checked)"]
    sanctions.change_exemption(app, e["id"], "kor", Step.SUBMIT, at=at("2018-11-22T00:00Z"))
    granted = sanctions.change_exemption(
        app,
        e["id"],
        "kor",
        Step.GRANT,
        valid_from=date(2018, 11, 24),
        valid_until=date(2018, 12, 31),
        shipments=1,
        decision="written procedure, no objection",
        at=at("2018-11-24T00:00Z"),
    )
    assert granted["valid_until"] == "2018-12-31" and granted["shipments"] == 1
    measures.execute_measure(app, mid, "kor", on=date(2018, 11, 30), at=at("2018-11-30T03:00Z"))
    assert observations.list_alerts(app, kind="sanctions") == []
    doc = sanctions.exemption_document(app, e["id"])
    assert "## 3. Why an exemption is needed" in doc and "55000 l" in doc

    # Expiry: one exemption_expiring alert, 30 days before the end, never twice.
    assert sanctions.warn_expiring(app, at=at("2018-12-02T00:00Z")) == [e["id"]]
    assert sanctions.warn_expiring(app, at=at("2018-12-03T00:00Z")) == []
    (alert,) = observations.list_alerts(app, kind="exemption_expiring")
    assert "2018-12-31" in alert["text"]


def test_exemption_refusals_write_nothing(app: App) -> None:
    mid = cleared_survey(app)
    blank = refused(
        app,
        InvalidInput,
        lambda: sanctions.draft_exemption(app, mid, "kim", nature="", recipients="x"),
        "nature",
    )
    assert "--" not in blank.message
    refused(
        app,
        PermissionDenied,
        lambda: sanctions.draft_exemption(app, mid, "smith", nature="n", recipients="r"),
    )
    e = sanctions.draft_exemption(app, mid, "kim", nature="n", recipients="r")
    refused(
        app,
        InvalidTransition,
        lambda: sanctions.change_exemption(app, e["id"], "kor", Step.GRANT),
        "drafted",
        "submit",
    )
    refused(
        app,
        PermissionDenied,
        lambda: sanctions.change_exemption(app, e["id"], "kim", Step.SUBMIT),
    )
    sanctions.change_exemption(app, e["id"], "kor", Step.SUBMIT)
    refused(
        app,
        InvalidInput,
        lambda: sanctions.change_exemption(
            app,
            e["id"],
            "kor",
            Step.GRANT,
            valid_from=date(2018, 12, 31),
            valid_until=date(2018, 12, 1),
        ),
        "before",
    )
    denied = refused(
        app, InvalidInput, lambda: sanctions.change_exemption(app, e["id"], "kor", Step.DENY)
    )
    assert "--" not in denied.message
    refused(app, NotFound, lambda: sanctions.exemption_document(app, 99), "exemption request 99")


def test_a_bad_manifest_refuses_the_proposal_whole(app: App) -> None:
    bad = "description,hs_code,direction\nCoach,8605,to_dprk\nRails,7302,sideways\n"
    refused(app, InvalidInput, lambda: survey(app, bad), "row 2, column direction")


def test_a_notified_measure_takes_no_new_manifest(app: App) -> None:
    mid = survey(app)
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T01:00Z"))
    refused(
        app, InvalidInput, lambda: sanctions.attach_manifest(app, mid, "kim", MEDICINES), "draft"
    )


def test_attach_then_screen_again(app: App) -> None:
    mid = int(measures.propose_measure(app, "kim", "Aid", planned=date(2019, 1, 11))["id"])
    assert sanctions.attach_manifest(app, mid, "kim", MEDICINES)["lines"] == 2
    s = sanctions.screen_measure(app, mid, "kim")
    assert s["verdict"] == "clear" and s["on"] == "2019-01-11"


def test_the_record_rebuilds_the_screening_tables(app: App, new_url: Callable[[], str]) -> None:
    mid = cleared_survey(app)
    granted(app, mid, until=date(2018, 12, 20))
    sanctions.warn_expiring(app, at=at("2018-11-30T00:00Z"))
    assert_rebuilds(app, new_url())


def test_the_worker_alerts_an_expiring_grant_once(app: App) -> None:
    from tandem.services.clock import set_clock
    from tandem.services.worker import Worker

    mid = cleared_survey(app)
    granted(app, mid, until=date(2019, 5, 23))
    worker = Worker(app)
    try:
        assert worker.tick()["exemptions_expiring"] == 0
        set_clock(app, at("2019-04-30T00:00Z"))
        assert worker.tick()["exemptions_expiring"] == 1
        assert worker.tick()["exemptions_expiring"] == 0
    finally:
        worker.close()
    (alert,) = observations.list_alerts(app, kind="exemption_expiring")
    assert alert["actor"] == "KOR" and alert["to"] == ["KOR", "USA"]


# Screenings recorded before the renaming of the unchecked rules (2397-7-vehicles, …) ------

OLD_WHY = (
    "Transportation vehicles (HS 86 to 89): supply banned (2397 OP7): its HS code falls under "
    "86; unverified: the paragraph number (7) was not found in a source"
)
OLD_FINDINGS = [
    {
        "line": line,
        "rule": "2397-7-vehicles",
        "resolution": "2397",
        "paragraph": "7",
        "effect": "prohibited",
        "exemption": "2397 OP25: the 1718 Committee may exempt any activity case by case",
        "why": OLD_WHY,
    }
    for line in (1, 2, 3)
]


def record_old_screening(app: App, mid: int) -> None:
    """A `sanctions.screened` entry as Tandem wrote it before the renaming."""
    from tandem.domain.events import Event
    from tandem.services.context import writing

    with writing(app, at("2018-11-22T02:00Z")) as ctx:
        m = ctx.measure(mid)
        payload = {
            "id": ctx.next_id("screening"),
            "measure": m.id,
            "version": m.version,
            "on": "2018-11-30",
            "rulebook": "unsc-dprk 2026-11-27",
            "verdict": "requires_exemption",
            "findings": OLD_FINDINGS,
            "names": [],
        }
        ctx.record([Event("sanctions.screened", m.subject, payload, m.proposer)], "kor")


def test_a_screening_recorded_with_the_old_ids_reads_as_recorded(
    app: App, new_url: Callable[[], str]
) -> None:
    mid = cleared_survey(app)
    record_old_screening(app, mid)
    chain = stored_hashes(app)
    last = sanctions.measure_screening(app, mid)["screenings"][-1]
    assert last["findings"] == OLD_FINDINGS and last["rulebook"] == "unsc-dprk 2026-11-27"
    e = sanctions.draft_exemption(app, mid, "kim", nature="Survey", recipients="Railways")
    assert {i["line"]: i["rules"] for i in e["request"]["items"]} == {
        1: ["2397 OP7"],
        2: ["2397 OP7"],
        3: ["2397 OP7"],
    }
    assert "| 2397 OP7 |" in sanctions.exemption_document(app, e["id"])
    measures.execute_measure(app, mid, "kor", on=date(2018, 11, 30), at=at("2018-11-30T03:00Z"))
    (alert,) = observations.list_alerts(app, kind="sanctions")
    assert "under 2397 OP7 and no granted" in alert["text"]
    # Reading wrote nothing over the history; screening again adds a new screening beside it.
    assert stored_hashes(app)[: len(chain)] == chain
    again = sanctions.screen_measure(app, mid, "kor")
    assert {f["rule"] for f in again["findings"]} >= {"2397-vehicles", "2397-machinery"}
    kept = sanctions.measure_screening(app, mid)["screenings"]
    assert kept[-2]["findings"] == OLD_FINDINGS
    assert_rebuilds(app, new_url())
