"""Counterpart names against the DPRK designations: romanization variants, hyphens, word
order, company forms and aliases match; near-misses do not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem.domain.designations import (
    DEFAULT_THRESHOLD,
    Designation,
    Matcher,
    dprk_list,
    dprk_matcher,
    fold,
)


def test_the_shipped_list_is_the_1718_list() -> None:
    records = dprk_list()
    assert sum(r.kind == "individual" for r in records) == 80
    assert sum(r.kind == "entity" for r in records) == 75
    assert {r.regime for r in records} == {"DPRK"}


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        ("Korea Ryonpong General Corp.", "KPe.002"),  # the example: p for b, Corp.
        ("KOREA RYONBONG GENERAL CORPORATION", "KPe.002"),
        ("Korea Ryeonbong General Corporation", "KPe.002"),  # Revised Romanization
        ("Chosun Ryonbong General Co., Ltd.", "KPe.002"),  # Chosun for Korea, Co., Ltd.
        ("Ryonbong Korea General Corporation", "KPe.002"),  # word order
        ("Korea Yonbong General Corporation", "KPe.002"),  # the listed alias
        ("Lyongaksan General Trading Corporation", "KPe.002"),  # f.k.a. alias
        ("Choson Mining Development Trading Co", "KPe.001"),
        ("Tanchon Comercial Bank", "KPe.003"),  # a typing slip
        ("Korea Kwangson Banking Corp", "KPe.025"),
        ("Ho-jin Yun", "KPi.001"),  # hyphen and word order of a person
        ("Yun Hojin", "KPi.001"),
        ("Yun Ho-chin", "KPi.001"),  # alias
    ],
)
def test_variants_match(name: str, reference: str) -> None:
    found = dprk_matcher().match(name)
    assert [m.designation.reference for m in found][:1] == [reference]
    assert found[0].score >= DEFAULT_THRESHOLD
    assert found[0].why


@pytest.mark.parametrize(
    "name",
    [
        "Korea Railroad Corporation",
        "Korail",
        "Hyundai Asan Corporation",
        "Korea Ryongbong Trading",
        "Kaesong Industrial District Management Committee",
        "Ministry of Railways of the DPRK",
        "Pyongyang Railway Bureau",
        "Korea Electric Power Corporation",
        "Korea General Trading",
        "Co., Ltd.",
        "",
    ],
)
def test_near_misses_do_not_match(name: str) -> None:
    assert dprk_matcher().match(name) == []


def test_a_match_names_the_alias_it_met() -> None:
    (m,) = dprk_matcher().match("Lyongaksan General Trading Corp")
    assert m.designation.name == "KOREA RYONBONG GENERAL CORPORATION"
    assert m.alias == "LYONGAKSAN GENERAL TRADING CORPORATION"
    (m,) = dprk_matcher().match("Korea Ryonpong General Corp.")
    assert m.alias is None and m.score == 100.0
    assert "romanization" in m.why


def test_the_threshold_is_configurable() -> None:
    name = "Tanchon Comercial Bank"
    assert dprk_matcher().match(name, threshold=99.5) == []
    assert dprk_matcher().match(name, threshold=90)


def test_romanization_folds() -> None:
    assert fold("Ryonbong") == fold("Ryonpong") == fold("Ryeonbong")
    assert fold("Choson") == fold("Chosun") == fold("Korea")
    assert fold("Kim Jong-un") == fold("KIM JONGUN")
    assert fold("Kim Jong-un", split=True) == fold("Jong Un Kim")
    kim = Designation("KPi.999", "individual", "KIM JONG-UN", (), "2017-01-01", "DPRK")
    for spelt in ("Jong Un Kim", "Kim Jongun", "Gim Jong-eun", "KIM JONG UN"):
        assert [m.score for m in Matcher([kim]).match(spelt)] == [100.0]
    assert fold("Co., Ltd.") == ""


record = Designation("KPe.999", "entity", "SAMPLE TRADING CORPORATION", (), "2017-01-01", "DPRK")


@settings(max_examples=50, deadline=None)
@given(
    st.permutations(["Sample", "Trading"]),
    st.sampled_from(["", " Corp.", " Co., Ltd.", " Corporation", " Company Limited"]),
    st.sampled_from([str.upper, str.lower, str.title]),
)
def test_order_case_and_company_form_never_matter(
    words: list[str], form: str, case: object
) -> None:
    assert callable(case)
    name = case(" ".join(words) + form)
    (m,) = Matcher([record]).match(name)
    assert m.score == 100.0
