"""The phrase a sentence may open with before its subject ("After talks with Lee Do-hoon, ",
"Following the North's launch, ", "At the summit, "): one reader for every rule that must look
past it, since whom it names was met, visited or reacted to, not who acts in the main clause."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word of time, setting or cause, then a phrase with no comma, colon or quotation of its own,
# closed by a comma
_OPENING = re.compile(
    r"\s*(?P<word>After|Before|Following|Ahead\s+of|Upon|While|During|At|In\s+response\s+to|In"
    r"|On|Under|Later|Earlier|Despite|Amid|Since)\s+(?P<body>[^,;:\"“”]{1,110}?),\s*"
)


_TIME_OR_CAUSE = frozenset(
    {"After", "Following", "Before", "Despite", "Amid", "Ahead of", "In response to", "Since"}
)


@dataclass(frozen=True)
class Opening:
    """`word` opens the phrase ("After"), `body` follows it ("talks with Lee"), and the main
    clause starts at `end`, past the comma and its space."""

    word: str
    body: str
    comma: int
    end: int

    @property
    def verbless(self) -> bool:
        """The phrase starts with a noun phrase or a verb's object, not a name ("After talks",
        "In the declaration"): it has no subject of its own."""
        return self.body[:1].islower()

    @property
    def of_time_or_cause(self) -> bool:
        """ "After the talks", "Despite the launch": whom it names was met or reacted to, where
        a phrase of setting may name the speaker's medium ("In a statement carried by KCNA")."""
        return " ".join(self.word.split()) in _TIME_OR_CAUSE


def opening(sentence: str) -> Opening | None:
    """The phrase the sentence opens with before its main clause, or None."""
    m = _OPENING.match(sentence)
    if m is None:
        return None
    return Opening(
        word=m.group("word"),
        body=m.group("body"),
        comma=m.end("body"),
        end=m.end(),
    )
