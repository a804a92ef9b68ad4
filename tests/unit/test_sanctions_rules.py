"""The rulebook: its lint, and each rule on a line that matches, one that does not, and the
boundaries (HS 8601 against 8599; the day before and the day of adoption)."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import replace
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem.domain.errors import InvalidInput, NotFound
from tandem.domain.sanctions import (
    RENAMED,
    Effect,
    Line,
    Verdict,
    hs_problem,
    lint,
    parse_rulebook,
    rulebook,
    screen_lines,
)


def shipped() -> dict[str, Any]:
    text = resources.files("tandem.data").joinpath("rulebooks", "unsc-dprk.toml").read_text()
    return tomllib.loads(text)


def goods(hs: str, direction: str = "to_dprk", description: str = "item", **kw: Any) -> Line:
    return Line(1, description, direction, hs, **kw)


def service(kind: str, direction: str = "to_dprk") -> Line:
    return Line(1, "a service", direction, None, service=kind)


def rules_hit(line: Line, on: date) -> set[str]:
    found = screen_lines([line], rulebook(), on).findings
    return {f.rule for f in found}


def decisive(line: Line, on: date) -> set[str]:
    """The rules hit, less the inspection duty every goods line carries."""
    return rules_hit(line, on) - {"2270-18"}


def test_the_shipped_rulebook_passes_its_lint() -> None:
    assert lint(shipped()) == []
    book = rulebook()
    assert {r.resolution for r in book.rules} >= {"1718", "2094", "2270", "2321", "2371"}
    covered = {r["number"] for r in book.resolutions}
    assert covered == {
        "1718",
        "1874",
        "2087",
        "2094",
        "2270",
        "2321",
        "2356",
        "2371",
        "2375",
        "2397",
    }


def test_every_unverified_rule_says_why_and_every_rule_has_a_source() -> None:
    for r in rulebook().rules:
        assert r.source.startswith("http")
        assert r.verified or r.unverified
        assert r.paragraph_checked is (r.paragraph is not None)


# Table of rules: (rule, matching line, non-matching line, date) -------------------------------

AFTER = date(2018, 11, 30)

CASES: list[tuple[str, Line, Line, date]] = [
    ("1718-8(a)(iii)", goods("7113", description="Gold jewellery"), goods("7113"), AFTER),
    ("2094-11", service("financial"), service("labour"), AFTER),
    ("2270-18", goods("3004", transport="rail"), service("financial"), AFTER),
    ("2270-19", service("vessel_service"), service("financial"), date(2016, 6, 1)),
    (
        "2270-31",
        goods("271019", description="Jet fuel"),
        goods("271019", description="Diesel"),
        AFTER,
    ),
    ("2321-8", service("vessel_service"), service("vessel_service", "from_dprk"), AFTER),
    ("2321-11", service("technical_cooperation"), service("joint_venture"), AFTER),
    ("2321-23", service("vessel_service", "from_dprk"), service("vessel_service"), AFTER),
    ("2321-26", goods("2701", "from_dprk"), goods("2701", "to_dprk"), date(2017, 3, 1)),
    ("2321-30", goods("880212"), goods("880240"), AFTER),
    ("2321-32", service("financial"), service("technical_cooperation"), AFTER),
    ("2371-8", goods("260111", "from_dprk"), goods("2602", "from_dprk"), AFTER),
    ("2371-12", service("joint_venture"), service("labour"), date(2017, 8, 20)),
    ("2375-refined-petroleum", goods("271019"), goods("2711"), date(2017, 11, 1)),
    ("2375-textiles", goods("6203", "from_dprk"), goods("6203", "to_dprk"), AFTER),
    ("2375-17", service("labour"), service("financial"), AFTER),
    ("2375-18", service("joint_venture"), service("financial"), AFTER),
    ("2397-4", goods("2709"), goods("2709", "from_dprk"), AFTER),
    ("2397-5", goods("271019"), goods("2709"), AFTER),
    ("2397-6", goods("8901", "from_dprk"), goods("8901", "to_dprk"), AFTER),
    ("2397-other-exports", goods("0810", "from_dprk"), goods("0303", "from_dprk"), AFTER),
    ("2397-machinery", goods("8502"), goods("9015"), AFTER),
    ("2397-vehicles", goods("8601"), goods("8599"), AFTER),
    ("2397-metals", goods("7302"), goods("7102"), AFTER),
    ("2397-14", goods("890190"), goods("8802"), AFTER),
]


@pytest.mark.parametrize(("rule", "hit", "miss", "on"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_matches_and_misses(rule: str, hit: Line, miss: Line, on: date) -> None:
    assert rule in rules_hit(hit, on)
    assert rule not in rules_hit(miss, on)


@pytest.mark.parametrize(("rule", "hit", "miss", "on"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_applies_from_its_date(rule: str, hit: Line, miss: Line, on: date) -> None:
    r = rulebook().rule(rule)
    assert rule not in rules_hit(hit, date.fromordinal(r.start.toordinal() - 1))
    end = rulebook().ends(r)
    if end is None or r.start < end:
        assert rule in rules_hit(hit, r.start)


def test_every_rule_has_a_case() -> None:
    assert {c[0] for c in CASES} | {"1718-8(d)"} == {r.id for r in rulebook().rules}


def test_hs_boundary_8601_is_a_vehicle_and_8599_is_machinery() -> None:
    assert "2397-vehicles" in rules_hit(goods("8601"), AFTER)
    assert decisive(goods("8599"), AFTER) == {"2397-machinery"}


@pytest.mark.parametrize(
    ("code", "hit"),
    [
        ("880211", True),
        ("880212", True),
        ("8802", True),  # coarser than the rule: it may be a helicopter
        ("880220", False),
        ("880100", False),
        ("890190", True),
        ("8899", False),
    ],
)
def test_new_helicopters_and_vessels_are_8802_11_8802_12_and_chapter_89(
    code: str, hit: bool
) -> None:
    assert ("2321-30" in rules_hit(goods(code), AFTER)) is hit
    assert "2321-30" not in rules_hit(goods(code, "from_dprk"), AFTER)


def test_crewing_services_are_banned_both_ways_by_different_paragraphs() -> None:
    assert rules_hit(service("vessel_service", "from_dprk"), AFTER) == {"2321-23"}
    assert rules_hit(service("vessel_service"), AFTER) == {"2321-8"}
    assert rules_hit(service("vessel_service", "from_dprk"), date(2016, 11, 29)) == set()


UNCHECKED_PARAGRAPHS = {
    "2375-refined-petroleum",
    "2375-textiles",
    "2397-other-exports",
    "2397-machinery",
    "2397-vehicles",
    "2397-metals",
}


def test_the_rules_still_unverified_are_the_ones_the_docs_name() -> None:
    book = rulebook()
    assert {r.id for r in book.rules if not r.verified} == UNCHECKED_PARAGRAPHS
    assert {r.id for r in book.rules if not r.paragraph_checked} == UNCHECKED_PARAGRAPHS
    assert {r.id for r in book.rules if not r.hs_checked} == {
        "2397-other-exports",
        "2397-machinery",
        "2397-vehicles",
        "2397-metals",
    }
    assert book.rule("2371-12").verified
    assert "mofcom.gov.cn" in book.rule("2371-12").source
    docs = (Path(__file__).parents[2] / "docs" / "sanctions.md").read_text("utf-8")
    for rule_id in UNCHECKED_PARAGRAPHS:
        assert f"`{rule_id}`" in docs


_OP = re.compile(r"\bOP\s*\d|paragraph\s+(?:number\s*)?\(?\d", re.IGNORECASE)


@pytest.mark.parametrize("rule_id", sorted(UNCHECKED_PARAGRAPHS))
def test_an_unchecked_paragraph_number_is_never_cited(rule_id: str) -> None:
    rule = rulebook().rule(rule_id)
    assert (
        rule.paragraph is None and rule.cites() == f"{rule.resolution} (paragraph not yet checked)"
    )
    assert not re.search(r"\d", rule_id.removeprefix(rule.resolution))
    view = rule.view()
    assert view["paragraph"] is None and view["paragraph_checked"] is False
    hit = next(line for r, line, _, _ in CASES if r == rule_id)
    on = max(rule.start, date(2017, 11, 1)) if rule_id.startswith("2375") else AFTER
    (finding,) = [f for f in screen_lines([hit], rulebook(), on).findings if f.rule == rule_id]
    said = finding.to_json()
    assert said["paragraph"] is None and said["resolution"] == rule.resolution
    # No paragraph number of its own anywhere: the exemption field names the Committee's
    # general path, a checked paragraph of its own (2397 OP25, 2375 OP26, 2321 OP46).
    assert not _OP.search(json.dumps(said | {"exemption": None})), said
    assert said["exemption"] is None or said["exemption"].startswith(
        tuple(f"{g.resolution} OP{g.paragraph}:" for g in rulebook().general)
    )
    assert "paragraph not yet checked" in said["why"] and "unverified: " in said["why"]


def test_a_coarse_code_meets_a_rule_on_a_finer_one() -> None:
    found = screen_lines([goods("27", "from_dprk")], rulebook(), AFTER).findings
    assert [f.rule for f in found] == ["2371-8", "2270-18"]
    assert "too coarse" in found[0].why


def test_replacement_hands_over_on_the_day_the_new_rule_applies() -> None:
    diesel = goods("271019")
    assert "2375-refined-petroleum" in rules_hit(diesel, date(2017, 12, 31))
    assert decisive(diesel, date(2018, 1, 1)) == {"2397-5"}
    assert decisive(diesel, date(2017, 9, 30)) == set()


def test_aviation_fuel_overrides_the_petroleum_cap() -> None:
    s = screen_lines([goods("271019", description="Jet fuel for the flight")], rulebook(), AFTER)
    assert [f.rule for f in s.findings] == ["2270-31", "2270-18"]
    assert s.verdict is Verdict.REQUIRES_EXEMPTION


def test_a_ban_without_exemption_path_is_prohibited_before_the_general_one() -> None:
    # Before 2321 OP46 (30 Nov 2016) no general exemption path exists.
    s = screen_lines([service("financial")], rulebook(), date(2015, 1, 1))
    assert s.verdict is Verdict.PROHIBITED
    assert s.findings[0].exemption is None


def test_verdicts_rank_cap_below_ban_and_inspection_leaves_it_clear() -> None:
    cap = screen_lines([goods("271019", transport="rail")], rulebook(), AFTER)
    assert cap.verdict is Verdict.REPORTABLE
    assert {f.effect for f in cap.findings} == {Effect.CAPPED, Effect.INSPECTION}
    medicine = screen_lines([goods("3004", transport="road")], rulebook(), AFTER)
    assert medicine.verdict is Verdict.CLEAR
    assert [f.effect for f in medicine.findings] == [Effect.INSPECTION]


# The lint -------------------------------------------------------------------------------------


def with_rule(**changes: Any) -> dict[str, Any]:
    data = shipped()
    rule = dict(data["rule"][0])
    rule.update(changes)
    rule["id"] = changes.get("id", "extra")
    data["rule"] = [*data["rule"], rule]
    return data


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"source": ""}, "every rule needs a source"),
        ({"match": {"hs": ["8"], "hs_basis": "tandem"}}, "not an HS code"),
        ({"match": {"hs": ["7701"], "hs_basis": "tandem"}}, "77 is reserved"),
        ({"match": {"hs": ["98"], "hs_basis": "tandem"}}, "chapters run from 01 to 97"),
        ({"match": {"hs": ["8601"]}}, "hs_basis"),
        ({"match": {}}, "matches nothing"),
        ({"verified": False}, "no longer read"),
        ({"hs_checked": False, "unverified": ""}, "says what and why"),
        ({"paragraph_checked": False, "unverified": "x"}, "remove 'paragraph'"),
        ({"paragraph": ""}, "'paragraph' is missing"),
        ({"replaces": ["no-such-rule"]}, "which is no rule"),
        ({"id": "2397-5"}, "used twice"),
        ({"effect": "maybe"}, "effect is one of"),
    ],
)
def test_the_lint_refuses(changes: dict[str, Any], says: str) -> None:
    problems = lint(with_rule(**changes))
    assert any(says in p for p in problems), problems


def unchecked(**changes: Any) -> dict[str, Any]:
    """The shipped rulebook with one more rule whose paragraph number is unchecked."""
    data = shipped()
    rule = dict(next(r for r in data["rule"] if r["id"] == "2397-vehicles"))
    rule["id"] = "2397-extra"
    rule.update(changes)
    data["rule"] = [*data["rule"], rule]
    return data


def test_an_unchecked_rule_may_name_only_another_resolution_s_paragraphs() -> None:
    assert lint(unchecked()) == []
    assert lint(unchecked(note="the general path is 2321 OP46, later 2397 (2017) OP25")) != []
    assert lint(unchecked(note="the general path was 2321 OP46, then 2375 (2017) OP26")) == []


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({"id": "2397-7-extra"}, "its id cites a number"),
        (
            {"note": "Resolution 2397 OP7 bans them."},
            "its note cites a paragraph number ('2397 OP7')",
        ),
        ({"note": "See OP 7."}, "its note cites"),
        ({"title": "Vehicles (paragraph 7): supply banned"}, "its title cites"),
        ({"unverified": "the paragraph number (7) was not found"}, "its unverified cites"),
        ({"exemption": {"path": "committee", "says": "para. 7(b) exempts"}}, "exemption.says"),
        ({"paragraph": "7"}, "remove 'paragraph'"),
        ({"paragraph_checked": "no"}, "true or false"),
    ],
)
def test_the_lint_refuses_an_unchecked_paragraph_number_cited(
    changes: dict[str, Any], says: str
) -> None:
    problems = lint(unchecked(**changes))
    assert any(says in p for p in problems), problems


def test_the_lint_refuses_contradicting_overlaps() -> None:
    data = with_rule(
        id="diesel-allowed",
        effect="allowed",
        direction="to_dprk",
        match={"hs": ["271019"], "hs_basis": "tandem"},
        exemption={"path": "none"},
    )
    problems = lint(data)
    assert any("contradict" in p and "2397-5" in p for p in problems), problems
    data["rule"][-1]["overrides"] = ["2397-5", "2375-refined-petroleum", "2270-31"]
    assert lint(data) == []


def test_parse_rulebook_refuses_with_every_problem() -> None:
    with pytest.raises(InvalidInput, match="not valid TOML"):
        parse_rulebook("[[rule]\n")
    with pytest.raises(InvalidInput, match="no \\[\\[rule\\]\\] tables"):
        parse_rulebook("[rulebook]\nid = 'x'\n")


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("01", True),
        ("97", True),
        ("00", False),
        ("98", False),
        ("77", False),
        ("7701", False),
        ("860110", True),
        ("86011", False),
        ("8", False),
        ("８６", False),
        ("86a1", False),
    ],
)
def test_hs_codes_are_checked_for_form(code: str, ok: bool) -> None:
    assert (hs_problem(code) is None) is ok


# Lines alike get the findings of the first one screened: the same as screening each alone.

line_kinds = st.builds(
    lambda n, code, direction, transport, returns, words, qty: Line(
        n,
        words,
        direction,
        code,
        quantity=qty,
        unit="l" if qty is not None else None,
        returns=returns,
        transport=transport,
    ),
    st.just(1),
    st.sampled_from(["8605", "86", "271019", "2710", "8502", "3004", "2701", "7302", "89"]),
    st.sampled_from(["to_dprk", "from_dprk"]),
    st.sampled_from([None, "rail", "sea"]),
    st.booleans(),
    st.sampled_from(["Coach", "Jet fuel", "Diesel", "Racing car", "Gold jewellery"]),
    st.sampled_from([None, Decimal("55000")]),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(line_kinds, min_size=1, max_size=12), st.sampled_from([AFTER, date(2017, 11, 1)]))
def test_lines_alike_are_screened_as_if_alone(kinds: list[Line], on: date) -> None:
    lines = [replace(line, number=i) for i, line in enumerate(kinds, start=1)]
    together = screen_lines(lines, rulebook(), on)
    text = resources.files("tandem.data").joinpath("rulebooks", "unsc-dprk.toml").read_text()
    alone = [f for line in lines for f in screen_lines([line], parse_rulebook(text), on).findings]
    assert list(together.findings) == alone
    strongest = max((f.verdict for f in alone), key=lambda v: v.rank, default=Verdict.CLEAR)
    assert together.verdict is strongest


def test_a_renamed_rule_is_pointed_to_its_new_id() -> None:
    book = rulebook()
    for old, new in RENAMED.items():
        assert book.rule(new).id == new
        with pytest.raises(NotFound, match=f"it is now '{new}'"):
            book.rule(old)
