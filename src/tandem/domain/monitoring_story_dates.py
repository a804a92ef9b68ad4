"""The day of an act whose sentence names none, read from the story around it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from tandem.domain.monitoring_dates import date_in
from tandem.domain.monitoring_events import EVENT_CODES, REACTED_NOUN
from tandem.domain.monitoring_report import Report

# The lead and the paragraph after it give the story's day; an act dated further back than a
# week is history told as background, not the news the story goes on about.
_LEAD_PARAGRAPHS = 2
_NEWS_DAYS = 7
_TESTS = frozenset({"X01", "X02"})

# A day told by the one before it: "the same day", "that evening", "at the time" (not "at the
# time of …", another anchor), "hours later"; and "the next day", "a day later"
_SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day|(?:later\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon"
    r"|evening|night)|at\s+the\s+time(?!\s+of\b)|(?:a\s+few\s+|several\s+)?hours\s+later"
    r"|within\s+hours(?!\s+of\b))\b",
    re.IGNORECASE,
)
_NEXT_DAY = re.compile(
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later|the\s+day\s+after(?=[,.]))",
    re.IGNORECASE,
)


def dated_by_story(
    reports: list[Report], published: date, paragraph: dict[str, int]
) -> list[Report]:
    """The day of an act whose sentence names none, which took the day the article was
    filed: "the same day", "at the time", "hours later" are the day of the last act told
    with one, "the next day" and "a day later" the day after it; a reaction to "the launch"
    or "the test" is of the day of the last test told within the week. Else a story goes back over
    the news its lead dates ("North Korea fired two missiles on Saturday, …" … "Tokyo lodged
    a protest through its embassy in Beijing."): an act after the lead paragraph is of the
    day of the first act the lead or the next paragraph dates within the week. The lead
    paragraph's own undated acts are the news of the day of filing, and keep it, unless the
    lead names no day at all; `paragraph` is each sentence's paragraph number."""
    own = {r.evidence: date_in(r.evidence, published, False) for r in reports}
    out: list[Report] = []
    told: date | None = None  # the day of the last act whose sentence named one
    for r in reports:
        if own[r.evidence] is not None:
            if r.modality != "planned" and r.on <= published:
                told = r.on
        elif told is not None and r.on == published and r.modality != "planned":
            if _SAME_DAY.search(r.evidence):
                r = replace(r, on=told)
            elif _NEXT_DAY.search(r.evidence) and told < published:
                r = replace(r, on=told + timedelta(days=1))
        out.append(r)
    reports = out
    out, test = [], None  # the day of the last test told within the week
    for r in reports:
        if r.action in _TESTS and r.modality != "planned":
            test = r.on if 0 < (published - r.on).days <= _NEWS_DAYS else None
        elif (
            test is not None
            and own[r.evidence] is None
            and r.on == published
            and r.modality != "planned"
            and (m := REACTED_NOUN.search(r.evidence)) is not None
            and EVENT_CODES.get(m.group(1)) == _TESTS
        ):  # "Tokyo condemned the launches": of the day they were fired
            r = replace(r, on=test)
        out.append(r)
    reports = out
    day = next(
        (
            r.on
            for r in reports
            if own[r.evidence] is not None
            and r.modality != "planned"
            and paragraph.get(r.evidence, 0) < _LEAD_PARAGRAPHS
            and 0 <= (published - r.on).days <= _NEWS_DAYS
        ),
        None,
    )
    if day is None or day == published:
        return reports
    # a lead that names no day ("North Korea has told Seoul …") sums up the act the next
    # paragraph dates; one that does tells its undated acts as news of the day of filing
    lead_dated = any(own[r.evidence] is not None for r in reports if not paragraph.get(r.evidence))
    return [
        replace(r, on=day)
        if own[r.evidence] is None
        and r.on == published
        and r.modality != "planned"
        and (paragraph.get(r.evidence, 0) > 0 or not lead_dated)
        else r
        for r in reports
    ]
