"""Relative asides set off by commas (monitoring_asides)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tandem.domain.monitoring_asides import (
    asides_before,
    closed_before,
    closed_right_before,
    open_at,
    opened_before,
)


def test_an_aside_closed_right_before_the_verb_is_found_with_its_commas() -> None:
    sentence = "Ri, a former envoy who once led talks with Seoul, arrived in Beijing."
    at = sentence.index("arrived")
    aside = closed_right_before(sentence, at)
    assert aside is not None and aside.closed
    assert sentence[aside.start : aside.end] == ", a former envoy who once led talks with Seoul,"
    assert aside.relative and aside.word == ""


def test_an_aside_that_closes_earlier_or_holds_no_relative_word_is_not_right_before() -> None:
    sentence = "Ri, who led talks with Seoul, said on Friday, in Beijing, that he was ready."
    assert closed_right_before(sentence, sentence.index("that")) is None
    assert closed_right_before(sentence, sentence.index("said")) is not None
    # the nearest aside comes after `lo`, or there is none
    assert closed_right_before(sentence, sentence.index("said"), lo=4) is None


def test_a_closed_stretch_keeps_what_follows_it_to_the_caller() -> None:
    sentence = "Ri, who led talks with Seoul, quietly left."
    aside = closed_before(sentence, sentence.index("left"))
    assert aside is not None and aside.word == "who"
    assert sentence[aside.end : sentence.index("left")] == " quietly "
    assert closed_right_before(sentence, sentence.index("left")) is None


def test_an_aside_opened_right_before_the_verb_is_still_open() -> None:
    sentence = "The envoy, who had flown into Pyongyang on Monday, met Kim."
    aside = open_at(sentence, sentence.index("flown"))
    assert aside is not None and not aside.closed
    assert (aside.word, aside.after_word) == ("who", " had ")
    assert aside.end == sentence.index("flown")
    # past its closing comma the stretch open there holds no relative word
    after = open_at(sentence, sentence.index("met"))
    assert after is not None and (after.word, after.relative) == ("", False)


def test_an_aside_opened_before_its_verb_is_read_up_to_that_verb() -> None:
    sentence = "Moon, who had also flown in, and Abe, which is odd, met Kim, whose aides left."
    up_to_two = re.compile(r"\s+(?:\w+\s+){0,2}")
    assert opened_before(sentence, sentence.index("flown"), up_to_two) is not None
    assert opened_before(sentence, sentence.index("in,"), up_to_two) is None  # three words
    assert opened_before(sentence, sentence.index("odd"), up_to_two) is not None
    assert opened_before(sentence, sentence.index("left"), up_to_two) is None  # "whose"


def test_a_semicolon_ends_any_aside() -> None:
    sentence = "Moon, who met Kim; the talks, which ended, were brief."
    assert open_at(sentence, sentence.index("the talks")) is None
    assert closed_before(sentence, sentence.index("the talks")) is None


def test_asides_on_a_person_may_open_with_a_noun_in_apposition() -> None:
    sentence = (
        "Biegun, the American envoy who has courted Pyongyang for years, and Lee, whose "
        "ministry hosted him, met the press, which asked about talks, on Monday."
    )
    found = asides_before(sentence, sentence.index("met"), lambda a: a.on_a_person)
    assert [sentence[a.start : a.end] for a in found] == [
        ", the American envoy who has courted Pyongyang for years,",
        ", whose ministry hosted him,",
    ]
    # "which" is no word of an aside on a person
    (which,) = asides_before(sentence, len(sentence), lambda a: a.word == "which")
    assert sentence[which.start : which.end] == ", which asked about talks,"
    assert which.relative and not which.on_a_person


def test_the_comma_that_closes_an_aside_opens_no_other() -> None:
    sentence = "Kim, who hosted Moon, who flew in, spoke."
    found = asides_before(sentence, sentence.index("spoke"), lambda a: a.word == "who")
    assert [sentence[a.start : a.end] for a in found] == [", who hosted Moon,"]


_WORDS = st.sampled_from(["Moon", "met", "Kim", "in", "Seoul", "on", "Monday", "the", "envoy"])


@given(
    st.lists(_WORDS, min_size=1, max_size=4),
    st.sampled_from(["who", "which", "a spy chief who", "the envoy who"]),
    st.lists(_WORDS, min_size=1, max_size=5),
    st.lists(_WORDS, min_size=1, max_size=4),
)
def test_an_aside_put_into_a_sentence_is_found_where_it_was_put(
    subject: list[str], relative: str, inside: list[str], rest: list[str]
) -> None:
    head = " ".join(subject)
    aside = f", {relative} {' '.join(inside)},"
    sentence = f"{head}{aside} {' '.join(rest)}."
    at = len(head) + len(aside) + 1
    found = closed_right_before(sentence, at)
    assert found is not None
    assert (found.start, found.end) == (len(head), len(head) + len(aside))
    everywhere = asides_before(sentence, len(sentence), lambda a: a.relative)
    assert [(a.start, a.end) for a in everywhere] == [(found.start, found.end)]
    opened = open_at(sentence, len(head) + len(relative) + 3)
    assert opened is not None and opened.start == len(head)


@given(st.text(alphabet=st.sampled_from("who which Kim met; \t"), max_size=80), st.data())
def test_text_without_commas_has_no_aside(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert closed_before(text, at) is None
    assert open_at(text, at) is None
    assert asides_before(text, at, lambda a: True) == []
