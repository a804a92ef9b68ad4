"""The day an act was done on, read from its sentence against the article's date
("on Tuesday", "on Nov. 23, 2010", "in June last year"), and the further days of an act
told on several."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tandem.domain.monitoring_lexicon import MONTHS, WEEKDAYS

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))


# The date patterns `date_in` tries, in order, built once: it runs for every act.
# "June 30", "June 30th", "30 June", "the 30th of June"
_DAY_OF_MONTH = re.compile(
    r"\b(" + _MONTH_ALT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_ALT + r")\b"
)


# "in June 2018", and opening a sentence: "In December 2015, the governments of …"
_MONTH_OF_YEAR = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|of)\s+(?:early\s+|late\s+|mid-)?("
    + _MONTH_ALT
    + r")\.?,?\s+((?:19|20)\d\d)\b"
)


_MONTH_LAST_YEAR = re.compile(r"\b[Ii]n\s+(" + _MONTH_ALT + r")\.?,?\s+last\s+year\b")


# "last December", "last March": the latest such month before the article's own month
_LAST_NAMED_MONTH = re.compile(r"\b[Ll]ast\s+(" + _MONTH_ALT + r")\b(?!\.?\s+\d)")


# "in September", "in early April": the month this year, or last year's when it is yet to come
# (the day unknown); not "in September 2018" nor "in May last year", read above
_IN_MONTH = re.compile(
    r"\b[Ii]n\s+(?:early\s+|late\s+|mid-)?(" + _MONTH_ALT + r")\b(?!\.?,?\s+(?:\d|last\b|next\b))"
)


# "last month": its first day, the day unknown
_LAST_MONTH = re.compile(r"\b[Ll]ast\s+month\b")


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


# "blew up the liaison office eight days ago", "a week ago": counted back from the article
_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_AGO = re.compile(
    r"\b(" + "|".join(_NUMBERS) + r"|\d{1,2})\s+(days?|weeks?)\s+ago\b", re.IGNORECASE
)


def date_in(text: str, published: date, planned: bool) -> date | None:
    m = _DAY_OF_MONTH.search(text)
    if m:
        month = MONTHS[m.group(1) or m.group(4)]
        day = int(m.group(2) or m.group(3))
        stated = re.match(r",?\s+((?:19|20)\d\d)\b", text[m.end() :])  # "on Nov. 23, 2010"
        try:
            found = date(int(stated.group(1)) if stated else published.year, month, day)
        except ValueError:
            found = None
        if found is not None and stated:
            return found
        if found is not None:
            if not planned and found > published + timedelta(days=1):
                found = found.replace(year=found.year - 1)
            elif (
                # "on Feb. 27-28 last year": the last day of a range may come between
                re.match(r"(?:[-–]\d{1,2})?\s*(?:,\s*)?last year\b", text[m.end() :])
                and found.year == published.year
            ):
                found = found.replace(year=found.year - 1)  # "on June 12 last year"
            return found
    m = _MONTH_OF_YEAR.search(text)
    if m:  # "in June 2018": the month is known, not the day
        return date(int(m.group(2)), MONTHS[m.group(1)], 1)
    m = _MONTH_LAST_YEAR.search(text)
    if m:  # "in June last year"
        return date(published.year - 1, MONTHS[m.group(1)], 1)
    m = _IN_MONTH.search(text)
    if m:  # "in September": the month known, not the day
        first = date(published.year, MONTHS[m.group(1)], 1)
        if planned and first < published.replace(day=1):
            return first.replace(year=first.year + 1)
        return first.replace(year=first.year - 1) if not planned and first > published else first
    m = _AGO.search(text)
    if m:
        count = _NUMBERS.get(m.group(1).lower()) or int(m.group(1))
        return published - timedelta(days=count * (7 if m.group(2).startswith("week") else 1))
    m = _WEEKDAY.search(text)
    if m:
        wanted = WEEKDAYS.index(m.group(1))
        delta = (published.weekday() - wanted) % 7
        if delta == 0 and re.search(r"\blast\s+$", text[: m.start()]):
            delta = 7  # "arrived last Wednesday" in a Wednesday's article: a week before
        if planned:
            return published + timedelta(days=(wanted - published.weekday()) % 7)
        return published - timedelta(days=delta)
    if re.search(r"\byesterday\b", text):
        return published - timedelta(days=1)
    if re.search(r"\btomorrow\b", text):
        return published + timedelta(days=1)
    if re.search(r"\b[Ll]ast\s+week\b", text):  # "on a visit to Seoul last week": a week back
        return published - timedelta(days=7)
    m = _LAST_NAMED_MONTH.search(text)
    if m:  # after any day told: "last December" in a December article is a year back
        month = MONTHS[m.group(1)]
        return date(published.year - (month >= published.month), month, 1)
    if _LAST_MONTH.search(text):  # after any day told: "on Tuesday … last month's summit"
        return (published.replace(day=1) - timedelta(days=1)).replace(day=1)
    return None


_FIRST_DAY = re.compile(
    r"\bon\s+(?:(" + _MONTH_ALT + r")\.?\s+\d{1,2}|(?:" + "|".join(WEEKDAYS) + r"))\b"
)


# A further day in a list: "on May 4 and May 9 and again on July 25", "on March 2, March 9
# and March 21", "on July 25 and 31"; a bare number only where the list goes on or ends;
# "a new launcher on Wednesday and new-type missiles on July 25": another weapon, another day;
# "and a salvo of cruise missiles into the sea on April 14": with where they were fired
_NEXT_DAY = re.compile(
    # "on Aug. 10, the eve of the exercise, and two more on Aug. 16": a day's apposition
    r"(?:,\s+the\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=,\s+and\s))?"
    # "…, followed by a further test there on Dec. 13": the next in the list, told so
    r"(?:,\s+(?:and\s+|followed\s+by\s+)?|,?\s+and\s+)(?:again\s+)?"
    r"(?:(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|projectiles?|weapons?|launchers?)\s+"
    r"(?:(?:into|off|from|over|toward|towards|across)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){1,2}?)?"
    r"(?=on\s+(?:" + _MONTH_ALT + r")\b)"
    # "…, three from near Sondok on March 9 and two more from Wonsan on March 29": a count
    # of the same weapons, from where they were fired
    r"|(?:two|three|four|five|six|several|\d+)\s+(?:more\s+)?(?:(?:from|off|into|near)\s+"
    r"(?:near\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2}?(?:area\s+)?)?(?=on\s+(?:"
    + _MONTH_ALT
    + r")\b)"
    # "…, and another \"crucial test\" there on Dec. 13"
    r"|(?:another|a\s+second|a\s+third|a\s+further)\s+(?:[\w\"“”-]+\s+){0,3}?[\"“]?(?:[\w-]+\s+)?"
    r"(?:tests?|launch(?:es)?|one)[\"”]?\s+(?:there\s+)?(?=on\s+(?:" + _MONTH_ALT + r")\b))?"
    r"(?:on\s+)?(?:(" + _MONTH_ALT + r")\.?\s+)?(\d{1,2})\b"
)


# A second object of a sanction, with its own day, its verb left out: "…, and two Russian
# shipping companies on Aug. 21".
ELIDED_OBJECT = re.compile(
    r",?\s+and\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
    r"(?:[\w-]+\s+){0,4}?(compan(?:y|ies)|firms?|banks?|ships?|vessels?|tankers?|entities"
    r"|individuals|people|officials)\s+on\s+(" + _MONTH_ALT + r")\.?\s+(\d{1,2})\b"
)


# The year a day in a list is told with: "on Dec. 12, 2012, and Feb. 7, 2016"
_ITS_YEAR = re.compile(r",?\s+((?:19|20)\d\d)\b(?!\s+(?!and\b)[a-z])")


_LIST_GOES_ON = re.compile(r"\s*(?:[,.;]|and\b|$)")


# A subject and its verb after a day: a clause of its own ("… and on Nov. 29 it launched");
# the text may end before the verb (the next verb's own span)
_SUBJECT_AND_VERB = re.compile(
    # ("… and on Aug. 11 its foreign ministry told Seoul": a body of the subject's, with no
    # comma before it, not a teller: "on June 7 and Sept. 26, his office said")
    r"(?:\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
    r"|,?\s+(?:it|he|she|they|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))(?:\s*$|\s+(?:also\s+"
    r"|again\s+)?(?:[a-z]+ed|fired|sent|held|met|told|said|began|took|made|gave)\b)"
)


# Days told by their number in a month named before: "in March, on the 2nd, 9th and 21st".
IN_A_MONTH_ON_THE = re.compile(
    r"\s*in\s+(" + _MONTH_ALT + r"),?\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b"
)


_FIRST_NTH = re.compile(r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b")


_NEXT_NTH = re.compile(r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b")


# Months in a list with no days: "visited Xi twice more, in May and June"
_MONTH_LIST = re.compile(
    rf"\bin\s+(?:{_MONTH_ALT})\b((?:,\s+(?:{_MONTH_ALT})\b)*,?\s+and\s+(?:{_MONTH_ALT})\b)"
    r"(?!\.?\s+\d)"
)


def _more_months(text: str, first: date, published: date) -> list[date]:
    """The further months of an act told in several with no day ("in May and June"): the
    first of each, in the first one's year."""
    m = _MONTH_LIST.search(text)
    if m is None or first.day != 1:
        return []
    months = [MONTHS[w] for w in re.findall(_MONTH_ALT, m.group(1))]
    days = [date(first.year, mo, 1) for mo in months if mo > first.month]
    return [d for d in days if d <= published]


def more_days(text: str, first: date, published: date) -> list[date]:
    """The further days of an act told on several ("on May 4 and May 9", "on July 25 and 31",
    "on March 2, March 9 and March 21", "on March 2 and again on March 9")."""
    m = _FIRST_DAY.search(text)
    if m is None and (months := _more_months(text, first, published)):
        return months
    if m is None:
        nth = _FIRST_NTH.search(text)  # "on the 2nd, 9th and 21st": of the first day's month
        if nth is None:
            return []
        at, more = nth.end(), []
        while d := _NEXT_NTH.match(text, at):
            at = d.end()
            try:
                day = first.replace(day=int(d.group(1)))
            except ValueError:
                break
            if day != first and day <= published + timedelta(days=1) and day not in more:
                more.append(day)
        return more
    month, at, days = MONTHS[m.group(1)] if m.group(1) else first.month, m.end(), []
    year = first.year
    if y := _ITS_YEAR.match(text, at):  # "on Dec. 12, 2012, and Feb. 7, 2016": each its own
        at = y.end()
    if m.group(1) is None:  # "on Wednesday and … on July 25": the day told first may be another
        weekday = date_in(m.group(0), published, False)
        if weekday is not None and first not in (weekday, date_in(m.group(0), published, True)):
            days.append(weekday)  # (a weekday ahead is the day of a plan: the same day)
    while nxt := _NEXT_DAY.match(text, at):
        if nxt.group(1) is None and not _LIST_GOES_ON.match(text, nxt.end()):
            break  # "on May 4, 12 people …": a number, not a day
        if _SUBJECT_AND_VERB.match(text, nxt.end()):
            break  # "on Sept. 3, and on Nov. 29 it launched …": the next clause's own day
        month, at = MONTHS[nxt.group(1)] if nxt.group(1) else month, nxt.end()
        if nxt.group(1) and (y := _ITS_YEAR.match(text, at)):
            year, at = int(y.group(1)), y.end()
        try:
            day = date(year, month, int(nxt.group(2)))
        except ValueError:
            break
        if day != first and day <= published + timedelta(days=1) and day not in days:
            days.append(day)
    return days
