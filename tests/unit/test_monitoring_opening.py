"""The phrase a sentence opens with before its main clause (monitoring_opening)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tandem.domain.monitoring_opening import opening


def test_a_phrase_of_time_ends_at_its_comma() -> None:
    sentence = "After talks with Lee Do-hoon, Biegun told reporters he was ready."
    fronted = opening(sentence)
    assert fronted is not None
    assert (fronted.word, fronted.body) == ("After", "talks with Lee Do-hoon")
    assert sentence[fronted.end :].startswith("Biegun")
    assert fronted.verbless and fronted.of_time_or_cause


def test_a_phrase_of_setting_is_not_one_of_time_or_cause() -> None:
    fronted = opening("In a statement carried by KCNA, a spokesman accused Seoul.")
    assert fronted is not None and fronted.verbless
    assert not fronted.of_time_or_cause


def test_a_clause_with_its_own_subject_is_not_verbless() -> None:
    fronted = opening("After Kim met Trump in Hanoi, the North went quiet.")
    assert fronted is not None and not fronted.verbless


def test_a_sentence_that_opens_with_its_subject_has_no_opening() -> None:
    assert opening("Seoul warned the North on Tuesday.") is None
    assert opening("Afterwards, Seoul warned the North.") is None
    assert opening('In "a spirit of trust," the two sides met.') is None


@given(
    st.sampled_from(["After ", "In ", "Following ", "Ahead of ", "At", ""]),
    st.text(alphabet="Seoul met, ;:\"'Kim", max_size=60),
)
def test_an_opening_is_a_prefix_closed_by_a_comma(word: str, rest: str) -> None:
    sentence = word + rest
    fronted = opening(sentence)
    if fronted is not None:
        assert sentence[: fronted.end].rstrip().endswith(",")
        assert fronted.body in sentence[: fronted.end]
        assert not any(c in fronted.body for c in ',;:"“”')
