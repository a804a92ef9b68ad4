"""Relative asides set off by commas (", who flew into Pyongyang on Wednesday,", ", which the
allies began on Monday,", ", a veteran spy chief who is under sanctions,"): whom or what such an
aside names is its own object, place or day, not the clause it hangs on. One reader for every
rule that must look past one, whether it closes right before the verb, anywhere before it, or
is opened right before it (the verb then is the aside's own)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# The relative word an aside opens with, right after its comma's space
_OPENER = re.compile(r"\s+(?P<word>who|whose|which)\b")
# "who" or "which" anywhere in it, after any words in apposition (", a spy chief who is …")
_RELATIVE = re.compile(r"\s(?:who|which)\s")
# "who" or "whose" at once or after a short noun phrase in apposition (", the American diplomat
# who has spent years courting Pyongyang,"): an aside on a person
_ON_A_PERSON = re.compile(r"\s+(?:(?:the|an?)\s+(?:[\w'’-]+\s+){1,4}?)?(?:who|whose)\s")
# A stretch a comma and a space open and the next comma closes, with no semicolon inside
_CLOSED = re.compile(r",(?P<body>\s[^,;]*)(?=,)")
# Nothing but space between an aside's closing comma and the verb
_SPACE = re.compile(r"\s*")


@dataclass(frozen=True)
class Aside:
    """A stretch set off by a comma and a space: from the comma at `start` to the comma at
    `stop` that closes it (`closed`), or to the end of the text read when it is still open
    there. `body` is the text between, the space after the opening comma included: it holds no
    comma and no semicolon. What relative word it holds makes it an aside (the properties)."""

    start: int
    stop: int
    closed: bool
    body: str

    @property
    def end(self) -> int:
        """Past the closing comma; where the text read ends when the aside is still open."""
        return self.stop + 1 if self.closed else self.stop

    @property
    def word(self) -> str:
        """The relative word right after the comma ("who", "whose", "which"), else ""."""
        m = _OPENER.match(self.body)
        return m.group("word") if m else ""

    @property
    def who_or_which(self) -> bool:
        """Whether "who" or "which" opens it right after its comma (", who flew into …",
        ", which the allies began …"), the one it hangs on named just before."""
        return self.word in ("who", "which")

    @property
    def after_word(self) -> str:
        """What follows the relative word the aside opens with (all of it when none)."""
        m = _OPENER.match(self.body)
        return self.body[m.end() :] if m else self.body

    @property
    def relative(self) -> bool:
        """Whether "who" or "which" stands in it, after a noun in apposition or not."""
        return _RELATIVE.search(self.body) is not None

    @property
    def on_a_person(self) -> bool:
        """Whether it opens with "who" or "whose", at once or after a short noun phrase in
        apposition ("the American diplomat who")."""
        return _ON_A_PERSON.match(self.body) is not None


def _stretch(text: str, start: int, stop: int, closed: bool) -> Aside | None:
    """The stretch from the comma at `start` to `stop` when a space opens it and no semicolon
    stands in it; or None."""
    body = text[start + 1 : stop]
    if not body[:1].isspace() or ";" in body:
        return None
    return Aside(start, stop, closed, body)


def closed_before(text: str, at: int, lo: int = 0) -> Aside | None:
    """The stretch the last comma before `at` closes, opened by the comma before that one (at
    `lo` or after it), whatever stands between the closing comma and `at`; or None."""
    stop = text.rfind(",", lo, at)
    start = text.rfind(",", lo, stop) if stop > lo else -1
    return _stretch(text, start, stop, True) if start >= 0 else None


def closed_right_before(text: str, at: int, lo: int = 0) -> Aside | None:
    """The relative aside ("who" or "which" in it) closed right before `at`, only space between
    ("…, a veteran spy chief who is under US sanctions, crossed"); or None."""
    aside = closed_before(text, at, lo)
    if aside is None or not aside.relative or not _SPACE.fullmatch(text, aside.end, at):
        return None
    return aside


def open_at(text: str, at: int) -> Aside | None:
    """The stretch the last comma before `at` opens, when no comma or semicolon closes it
    before `at`; or None."""
    start = text.rfind(",", 0, at)
    return _stretch(text, start, at, False) if start >= 0 else None


def opened_before(
    text: str, at: int, between: re.Pattern[str], words: tuple[str, ...] = ("who", "which")
) -> Aside | None:
    """The aside one of `words` opens right after its comma that is still open at `at`, when
    `between` reads all that stands between that word and `at` (", who had |flown", ", whose
    foreign ministry |called"); or None."""
    aside = open_at(text, at)
    if aside is None or aside.word not in words or not between.fullmatch(aside.after_word):
        return None
    return aside


def asides_before(text: str, at: int, kind: Callable[[Aside], bool]) -> list[Aside]:
    """The asides of `kind` closed before `at`, left to right; the comma that closes one opens
    no other."""
    found: list[Aside] = []
    for m in _CLOSED.finditer(text, 0, at):
        if found and m.start() == found[-1].stop:
            continue
        aside = Aside(m.start(), m.end(), True, m.group("body"))
        if kind(aside):
            found.append(aside)
    return found
