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
_CREDITS = re.compile(
    r"^\s*\(?(?:Reporting|Editing|Writing|Additional reporting|Compiled) by\b.*$"
    r"|^\s*By [A-Z][\w.' -]+$",
    re.MULTILINE,
)


def dateline_place(text: str) -> str | None:
    """The state whose capital or city the dateline names ("SEOUL, Nov 24 (…) -": KOR)."""
    line = _DATELINE.match(text)
    if line is None:
        return None
    city = line.group(0).split(",")[0].strip().title()
    codes = [m.code for m in mentions_in(city) if m.code and "+" not in m.code]
    return codes[0] if codes else None


def split_sentences(text: str) -> list[str]:
    text = _DATELINE.sub("", text, count=1)
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
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n(?=[A-Z\"“])", text):
        para = " ".join(para.split())
        if not para:
            continue
        out += [s.strip() for s in _SENTENCE_END.split(para)]
    return [s for s in out if s]
