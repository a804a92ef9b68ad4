"""The verb phrases a word can begin, by its first three letters.

Trying every phrase of the lexicon at every word was a large share of extraction time; a word
now tries only the phrases whose pattern can begin with its letters. Those letters are read
from each pattern by `re`'s own parser, so a phrase added to the lexicon needs no list kept
by hand. Where the parser is not there (it is private to `re`) or a pattern can begin with
any letter, that phrase is tried at every word: slower, never wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tandem.domain.monitoring_lexicon import Verb

N = 3
_WORD = re.compile(r"[a-z]*")


def first_letters(pattern: str) -> set[str] | None:
    """The letters (lower-cased, at most N) a match of `pattern` can begin with, each up to the
    first character that is not a letter; None when that cannot be told."""
    try:
        import re._parser as parser  # type: ignore[import-not-found]

        starts = _starts(parser.parse(pattern))
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    if starts is None:
        return None
    return {_WORD.match(s).group() for s in starts}  # type: ignore[union-attr]


def _starts(parsed: Any, n: int = N) -> set[str] | None:
    import re._constants as c  # type: ignore[import-not-found]

    out: set[str] = {""}
    for op, arg in parsed:
        if all(len(p) >= n for p in out):
            break
        options: set[str] | None
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            options = {chr(arg)}
        elif op is c.IN:
            options = _class(arg, c)
        elif op is c.SUBPATTERN:
            options = _starts(arg[-1], n)
        elif op is c.BRANCH:
            branches = [_starts(b, n) for b in arg[1]]
            if any(b is None for b in branches):
                return None
            options = set().union(*branches)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, sub = arg
            once = _starts(sub, n)
            if once is None:
                return None
            options = ({""} if low == 0 else set()) | once | {a + b for a in once for b in once}
        else:
            return None
        if options is None:
            return None
        out = {(p + o)[:n] if len(p) < n else p for p in out for o in options}
    return {p.lower() for p in out}


def _class(items: Any, c: Any) -> set[str] | None:
    """The characters of a class such as [Ss], [a-c] or \\s (a space stands for any character
    that is no letter); None where a letter may hide (\\w, a negation)."""
    chars = set()
    for op, arg in items:
        if op is c.LITERAL:
            chars.add(chr(arg))
        elif op is c.RANGE:
            chars |= {chr(x) for x in range(arg[0], arg[1] + 1)}
        elif op is c.CATEGORY and arg in (c.CATEGORY_SPACE, c.CATEGORY_DIGIT, c.CATEGORY_NOT_WORD):
            chars.add(" ")
        else:
            return None
    return chars


def alternation(verbs: Sequence[Verb], indices: Sequence[int]) -> re.Pattern[str]:
    """The phrases at `indices` as named alternatives v<index>, in lexicon order (the more
    specific first): the first that matches wins, as in one alternation of them all."""
    return re.compile(
        "|".join(rf"(?P<v{i}>(?<![\w-])(?:{verbs[i].pattern})(?![\w-]))" for i in sorted(indices))
    )


class VerbIndex:
    """The phrases each word tries: those that can begin with its first letters, and those
    that may begin anyhow; each alternation compiled when a word first needs it."""

    def __init__(self, verbs: Sequence[Verb]) -> None:
        self.verbs = verbs
        self.keyed: dict[str, list[int]] = {}
        self.anyhow: list[int] = []
        for i, verb in enumerate(verbs):
            letters = first_letters(verb.pattern)
            if letters is None or "" in letters:
                self.anyhow.append(i)
                continue
            for key in letters:
                self.keyed.setdefault(key, []).append(i)
        self._compiled: dict[str, re.Pattern[str] | None] = {}

    def for_word(self, word: str) -> re.Pattern[str] | None:
        key = word[:N].lower()
        if key not in self._compiled:
            ids = self.keyed.get(key, []) + self.anyhow
            self._compiled[key] = alternation(self.verbs, ids) if ids else None
        return self._compiled[key]
