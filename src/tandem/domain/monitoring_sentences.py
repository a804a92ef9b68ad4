"""An article's text as sentences: the dateline and credits left out, initials and titles
not taken for a sentence's end, asides that only say who told ("…, he said, …") dropped.
"""

from __future__ import annotations

import re

from tandem.domain.monitoring_mentions import mentions_in

# An initial ends no sentence: "Donald J. Trump", "V.K. Singh", "H.R. McMaster"
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))(?<![\s.(][A-Z]\.)\s+(?=[A-Z\"“])")


# "SEOUL, Nov 20 (Reuters) - " and "PANMUNJOM, South Korea, April 27 (…) —": where the
# story was filed, not who acted.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'/-]+(?:,\s+[A-Z][\w .'-]+?)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?\s*(?:\([^)]{1,60}\))?|\s*\([^)]{1,60}\))\s*[-–—]+\s*"
)
# "(Adds Japanese protest, background from paragraph 5)\n\nSEOUL, March 22 (…) -": an
# update's note to editors above the dateline tells what the write-through adds, no act
_EDITORS_NOTE = re.compile(
    r"^\s*\((?:Adds|Updates|Recasts|Corrects|Changes|Refiles|Repeats|Rewrites|Writes)\b"
    r"[^()\n]*\)\s*"
)
_CREDITS = re.compile(
    r"^\s*\(?(?:Reporting|Editing|Writing|Additional reporting|Compiled) by\b.*$"
    r"|^\s*By [A-Z][\w.' -]+$",
    re.MULTILINE,
)


def dateline_place(text: str) -> str | None:
    """The state whose capital or city the dateline names ("SEOUL, Nov 24 (…) -": KOR)."""
    line = _DATELINE.match(_EDITORS_NOTE.sub("", text, count=1))
    if line is None:
        return None
    city = line.group(0).split(",")[0].strip().title()
    codes = [m.code for m in mentions_in(city) if m.code and "+" not in m.code]
    return codes[0] if codes else None


def split_sentences(text: str) -> list[str]:
    return [s for para in _paragraphs(text) for s in para]


def _cleaned(text: str) -> str:
    """The text without its dateline and credits, abbreviations and asides made plain."""
    text = _DATELINE.sub("", _EDITORS_NOTE.sub("", text, count=1), count=1)
    text = _CREDITS.sub("", text)
    text = re.sub(r"\bU\.S\.(?=\W)", "US", text)
    # "Trump, he said, appreciated the briefing": the aside is who told, not who acted
    text = re.sub(
        r",\s+(?:he|she|they|officials|diplomats)\s+(?:said|added|says|noted),", ",", text
    )
    # "imposed what Trump called the heaviest sanctions", "fired what it called a new
    # weapon": the act is the verb and its object; whose words name it is an aside
    text = re.sub(
        r"(?<=[a-z] )(?<!\bfor )(?<!\bof )(?<!\bin )(?<!\bto )(?<!\bat )(?<!\bon )"
        r"(?<!\bby )(?<!\band )(?<!\bwith )(?<!\babout )(?<!\bover )"
        r"what\s+(?:he|she|it|they|state media|officials|analysts"
        r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
        r"(?:called|calls|described\s+as|describes\s+as|termed|dubbed)\s+",
        "",
        text,
    )
    text = re.sub(r"\bN\. Korea", "North Korea", text)
    text = re.sub(r"\bS\. Korea", "South Korea", text)
    text = re.sub(r"\bU\.N\.(?=\W)", "UN", text)
    text = re.sub(
        r"\b(Mr|Ms|Mrs|Dr|Gen|Lt|Col|Sen|Rep|St|Maj|Brig|Adm|Capt|Cmdr|Gov|Amb|Prof|Sgt|Jr|Sr)\.",
        r"\1",
        text,
    )
    return text


def _paragraphs(text: str) -> list[list[str]]:
    """The sentences of each paragraph."""
    out: list[list[str]] = []
    for para in re.split(r"\n\s*\n|\n(?=[A-Z\"“])", _cleaned(text)):
        para = " ".join(para.split())
        sentences = [s.strip() for s in _SENTENCE_END.split(para) if s.strip()] if para else []
        if sentences:
            out.append(sentences)
    return out


_QUOTE_MARK = re.compile(r"[\"“”]")


def sentences_and_quotes(text: str) -> list[tuple[str, bool, int]]:
    """The sentences, each with whether a quotation opened by an earlier sentence of its
    paragraph is still open when it begins ("\"The North blew up the tunnels in May. It
    has not let anyone check.\"": the second sentence is quoted too), and its paragraph's
    number."""
    out: list[tuple[str, bool, int]] = []
    for number, para in enumerate(_paragraphs(text)):
        open_ = False  # a quotation runs on to no other paragraph
        for sentence in para:
            out.append((sentence, open_, number))
            for mark in _QUOTE_MARK.findall(sentence):
                open_ = mark == "“" or (mark == '"' and not open_)
    return out


def quote_spans(sentence: str, open_at_start: bool = False) -> list[tuple[int, int]]:
    """The spans of a sentence inside quotation marks, one left open at either end included:
    from its start when a quotation runs on into it, to its end when one opened in it runs
    on ("…, said Lee: \"Seoul has delivered nothing.")."""
    spans: list[tuple[int, int]] = []
    start = -1 if open_at_start else None
    for mark in _QUOTE_MARK.finditer(sentence):
        if start is None and mark.group() != "”":
            start = mark.start()
        elif start is not None and mark.group() != "“":
            if mark.start() - start > 3:  # "a \"no\"": no quotation of words
                spans.append((start, mark.end()))
            start = None
    if start is not None:
        spans.append((start, len(sentence)))
    return spans
