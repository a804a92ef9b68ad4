"""The day of an act whose sentence names none, read from the story around it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tandem.domain.monitoring_dates import date_in
from tandem.domain.monitoring_report import Report

# The lead and the paragraph after it give the story's day; an act dated further back than a
# week is history told as background, not the news the story goes on about.
_LEAD_PARAGRAPHS = 2
_NEWS_DAYS = 7


def dated_by_story(
    reports: list[Report], published: date, paragraph: dict[str, int]
) -> list[Report]:
    """A story goes back over the news its lead dates ("North Korea fired two missiles on
    Saturday, …" … "Tokyo lodged a protest through its embassy in Beijing."): an act after
    the lead paragraph whose sentence names no day is of the day of the first act the lead
    or the next paragraph dates within the week, not of the day the article was filed. The
    lead paragraph's own undated acts are the news of that day, and keep it; `paragraph`
    is each sentence's paragraph number."""
    own = {r.evidence: date_in(r.evidence, published, False) for r in reports}
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
    return [
        replace(r, on=day)
        if own[r.evidence] is None
        and r.on == published
        and r.modality != "planned"
        and paragraph.get(r.evidence, 0) > 0
        else r
        for r in reports
    ]
