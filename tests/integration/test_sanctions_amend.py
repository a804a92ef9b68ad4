"""A manifest given with an amendment, on both databases: a substantial change that makes a
new version (reopening the window of a notified measure) screened as a notification
screens; a version amended without one carries the manifest in force; a minor edit takes
none; a bad manifest refuses the whole amendment (docs/sanctions.md, "Amendments" in
docs/consultation-windows.md)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from importlib import resources

from service_support import assert_rebuilds, at, entries, refused

from tandem.domain.errors import InvalidInput, PermissionDenied
from tandem.domain.measures import Stance
from tandem.services import measures, sanctions
from tandem.services.context import App


def example(name: str) -> str:
    return resources.files("tandem.data").joinpath("manifests", name).read_text("utf-8")


RAIL = example("rail-survey-2018.csv")
MEDICINES = example("medicines.csv")
BAD = "description,hs_code,direction\nCoach,8605,to_dprk\nRails,7302,sideways\n"


def notified(app: App, manifest: str | None) -> int:
    """A survey planned for 30 Nov 2018, proposed with `manifest` and notified (screened)."""
    m = measures.propose_measure(
        app,
        "kim",
        "Joint railway field survey",
        planned=date(2018, 11, 30),
        manifest=manifest,
        at=at("2018-11-19T02:00Z"),
    )
    measures.notify_measure(app, int(m["id"]), "kor", at=at("2018-11-20T01:00Z"))
    return int(m["id"])


def kinds(app: App, mid: int) -> list[str]:
    return [e.kind for e in entries(app) if e.subject == f"measure:{mid}"]


def test_a_new_manifest_makes_a_version_screened_like_a_notification(
    app: App, new_url: Callable[[], str]
) -> None:
    mid = notified(app, MEDICINES)
    measures.record_position(app, mid, "smith", Stance.SUPPORT, at=at("2018-11-21T01:00Z"))
    first = measures.show_measure(app, mid)
    assert first["status"] == "cleared"  # by consensus; an amendment reopens it

    out = measures.amend_measure(
        app, mid, "kim", manifest=RAIL, reason="rolling stock added", at=at("2018-11-22T01:00Z")
    )
    assert out["version"] == 2 and out["status"] == "in_consultation"
    assert out["deadline"] > first["deadline"] and out["cleared_by"] is None
    a = out["amendment"]
    assert a["changed"] == ["manifest"] and a["minor"] is False and a["window_reopened"]
    assert a["manifest"] == {"version": 2, "lines": 6} and a["new_manifest"] is True
    assert a["screening"]["version"] == 2 and a["screening"]["verdict"] == "requires_exemption"
    assert a["screening"]["on"] == "2018-11-30"
    assert kinds(app, mid)[-3:] == ["measure.amended", "sanctions.manifest", "sanctions.screened"]

    seen = sanctions.measure_screening(app, mid)
    assert seen["version"] == 2 and seen["verdict"] == "requires_exemption"
    assert seen["manifest"]["version"] == 2 and len(seen["manifest"]["lines"]) == 6
    old, new = seen["screenings"]
    assert (old["version"], old["verdict"]) == (1, "clear")
    assert {f["rule"] for f in old["findings"]} == {"2270-18"}  # the inspection duty alone
    assert new["version"] == 2 and new["id"] == a["screening"]["id"]
    assert {f["rule"] for f in new["findings"]} >= {"2397-5", "2397-vehicles", "2270-18"}
    # The support given to version 1 no longer counts; the exemption request reads version 2.
    assert [p["version"] for p in out["positions"]] == [1]
    e = sanctions.draft_exemption(app, mid, "kim", nature="Survey", recipients="DPRK railways")
    assert e["status"] == "drafted"

    assert_rebuilds(app, new_url())


def test_an_amendment_without_manifest_carries_the_one_in_force(app: App) -> None:
    mid = notified(app, RAIL)
    out = measures.amend_measure(
        app, mid, "kim", planned=date(2019, 1, 15), at=at("2018-11-22T01:00Z")
    )
    a = out["amendment"]
    assert a["changed"] == ["planned"] and a["window_reopened"]
    assert a["manifest"] == {"version": 1, "lines": 6} and a["new_manifest"] is False
    # The new version is screened with the carried manifest, on its new planned date.
    assert a["screening"]["version"] == 2 and a["screening"]["on"] == "2019-01-15"
    seen = sanctions.measure_screening(app, mid)
    assert [s["version"] for s in seen["screenings"]] == [1, 2]
    assert seen["manifest"]["version"] == 1
    assert kinds(app, mid)[-2:] == ["measure.amended", "sanctions.screened"]

    # The same manifest again is no change; with a new title, it is not recorded again.
    refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(app, mid, "kim", manifest=RAIL),
        "nothing to amend",
    )
    out = measures.amend_measure(app, mid, "kim", title="Field survey", manifest=RAIL)
    assert out["amendment"]["changed"] == ["title"]
    assert out["amendment"]["manifest"] == {"version": 1, "lines": 6}
    assert out["amendment"]["screening"]["version"] == 3

    # A measure without a manifest is not screened when amended.
    plain = int(measures.propose_measure(app, "kim", "Statement")["id"])
    measures.notify_measure(app, plain, "kor")
    out = measures.amend_measure(app, plain, "kim", title="A statement")
    assert out["amendment"]["manifest"] is None and out["amendment"]["screening"] is None


def test_refused_amendments_with_a_manifest_write_nothing(app: App) -> None:
    mid = notified(app, RAIL)
    minor = refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(
            app, mid, "kim", title="Survey", minor=True, reason="typo", manifest=MEDICINES
        ),
        "substantial",
        "without --minor",
    )
    assert "new version" in minor.message
    refused(
        app,
        InvalidInput,
        lambda: measures.amend_measure(app, mid, "kim", title="Survey", manifest=BAD),
        "row 2, column direction",
    )
    # Who may amend is checked before the manifest is read.
    refused(
        app,
        PermissionDenied,
        lambda: measures.amend_measure(app, mid, "smith", manifest=BAD),
        "smith",
    )
    # A notified measure takes a new manifest by amendment, not attached.
    refused(
        app,
        InvalidInput,
        lambda: sanctions.attach_manifest(app, mid, "kim", MEDICINES),
        "draft",
        f"tandem measure amend {mid} --manifest",
    )


def test_a_draft_amended_with_a_manifest_is_screened_at_notification(app: App) -> None:
    m = measures.propose_measure(
        app, "kim", "Aid", planned=date(2018, 11, 30), manifest=RAIL, at=at("2018-11-19T02:00Z")
    )
    mid = int(m["id"])
    refused(
        app,
        InvalidInput,
        lambda: sanctions.attach_manifest(app, mid, "kim", MEDICINES),
        "already has its manifest",
        f"tandem measure amend {mid} --manifest",
    )
    out = measures.amend_measure(app, mid, "kim", manifest=MEDICINES)
    a = out["amendment"]
    assert out["status"] == "draft" and out["version"] == 2 and not a["window_reopened"]
    assert a["manifest"] == {"version": 2, "lines": 2} and a["screening"] is None
    assert sanctions.measure_screening(app, mid)["screenings"] == []
    measures.notify_measure(app, mid, "kor", at=at("2018-11-20T01:00Z"))
    (s,) = sanctions.measure_screening(app, mid)["screenings"]
    assert s["version"] == 2 and s["verdict"] == "clear"
