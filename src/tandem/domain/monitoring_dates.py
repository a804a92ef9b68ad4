"""The day an act was done on, read from its sentence against the article's date
("on Tuesday", "on Nov. 23, 2010", "in June last year"), and the further days of an act
told on several."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tandem.domain.monitoring_calendar import landmark_day
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


# "on Tuesday last week", "on Wednesday of last week"
_OF_LAST_WEEK = re.compile(r",?\s+(?:of\s+)?last\s+week\b")


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


# "blew up the liaison office eight days ago", "a week ago": counted back from the article
_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_AGO = re.compile(
    r"\b(" + "|".join(_NUMBERS) + r"|\d{1,2})\s+(days?|weeks?)\s+ago\b", re.IGNORECASE
)


# "on Nov. 29 that year", "on June 19 of that year", "in September that year": in the year
# the sentence named last before it
_THAT_YEAR = re.compile(r"(?:[-–]\d{1,2})?\.?,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_told(text: str) -> int | None:
    """The year `text` names last ("… on Sept. 3, 2017, and …": 2017), or None."""
    years = _A_YEAR.findall(text)
    return int(years[-1]) if years else None


# A day told with its year ("on Feb. 10, 2016"), and a clause of its own after it ("…, but the
# two sides suspended …", "…, and Kim told Trump …"): its year is not the next days' year
_FULL_DATE = re.compile(r"\b(?:" + _MONTH_ALT + r")\.?\s+\d{1,2},?\s+((?:19|20)\d\d)\b")
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:[\w'’-]+\s+){0,4}?(?:[a-z]+ed|told|said|met|held|sent|took|made|gave"
    r"|began)\b"
)


def _year_in_force(text: str) -> int | None:
    """The year of the last day `text` tells with its year, when no clause of its own follows
    it: "shut down on Feb. 10, 2016, after the North's fourth nuclear test on Jan. 6" (the
    test's year); or None."""
    last = max(_FULL_DATE.finditer(text), key=lambda m: m.start(), default=None)
    if last is None or _NEW_CLAUSE.search(text, last.end()):
        return None
    return int(last.group(1))


# "five days after a May 4 test", "two weeks before the June 12 summit": the day of another
# event, the act's own counted from it
_COUNT_TO_AN_EVENT = re.compile(
    r"\b(" + "|".join(_NUMBERS) + r"|\d{1,2})\s+(days?|weeks?)\s+(after|before)\s+"
    r"(?:a|an|the|its|his|her|their)\s+$",
    re.IGNORECASE,
)


def date_in(text: str, published: date, planned: bool, before: str = "") -> date | None:
    """The day `text` names, resolved against the article's date: ahead of it when `planned`,
    back when done; `before` is what the sentence says before `text` ("that year" is the year
    named last in it)."""
    m = _DAY_OF_MONTH.search(text)
    if m and (counted := _COUNT_TO_AN_EVENT.search(text, max(0, m.start() - 40), m.start())):
        event = date_in(text[m.start() :], published, planned, before + text[: m.start()])
        if event is not None:  # "fired missiles five days after a May 4 test": May 9
            days = count_days(counted.group(1), counted.group(2))
            return event + timedelta(days=days if counted.group(3).lower() == "after" else -days)
    if m:
        month = MONTHS[m.group(1) or m.group(4)]
        day = int(m.group(2) or m.group(3))
        if _THAT_YEAR.match(text, m.end()) and (year := _year_told(before + text[: m.start()])):
            try:
                return date(year, month, day)
            except ValueError:
                return None
        stated = re.match(r",?\s+((?:19|20)\d\d)\b", text[m.end() :])  # "on Nov. 23, 2010"
        # "on Feb. 27-28 last year": the last day of a range may come between
        last_year = re.match(r"(?:[-–]\d{1,2})?\s*(?:,\s*)?last year\b", text[m.end() :])
        if not stated and not last_year and (year := _year_in_force(before + text[: m.start()])):
            try:  # "… on Feb. 10, 2016, after the North's fourth nuclear test on Jan. 6"
                told = date(year, month, day)
            except ValueError:
                told = None
            if told is not None and told <= published:
                return told
        try:
            found = date(int(stated.group(1)) if stated else published.year, month, day)
        except ValueError:
            found = None
        if found is not None and stated:
            return found
        if found is not None:
            if not planned and found > published + timedelta(days=1):
                found = found.replace(year=found.year - 1)
            elif last_year and found.year == published.year:
                found = found.replace(year=found.year - 1)  # "on June 12 last year"
            return found
    m = _MONTH_OF_YEAR.search(text)
    if m:  # "in June 2018": the month is known, not the day
        first = date(int(m.group(2)), MONTHS[m.group(1)], 1)
        return _in_the_month(text, m, first, published, before=before)
    m = _MONTH_LAST_YEAR.search(text)
    if m:  # "in June last year"
        first = date(published.year - 1, MONTHS[m.group(1)], 1)
        return _in_the_month(text, m, first, published, before=before)
    m = _IN_MONTH.search(text)
    if m and _THAT_YEAR.match(text, m.end()) and (year := _year_told(before + text[: m.start()])):
        # "in September that year"
        return _in_the_month(text, m, date(year, MONTHS[m.group(1)], 1), published, before=before)
    if m:  # "in September": the month known, not the day
        first = date(published.year, MONTHS[m.group(1)], 1)
        if planned and first < published.replace(day=1):
            first = first.replace(year=first.year + 1)
        elif not planned and first > published:
            first = first.replace(year=first.year - 1)
        return _in_the_month(text, m, first, published, planned, before)
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
        elif _OF_LAST_WEEK.match(text, m.end()) and delta <= published.weekday():
            delta += 7  # "on Thursday last week": that day of the week before the article's
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
        first = date(published.year - (month >= published.month), month, 1)
        return _in_the_month(text, m, first, published, before=before)
    m = _LAST_MONTH.search(text)
    if m:  # after any day told: "on Tuesday … last month's summit"
        first = (published.replace(day=1) - timedelta(days=1)).replace(day=1)
        return _in_the_month(text, m, first, published, before=before)
    return None


def _in_the_month(
    text: str,
    told: re.Match[str],
    first: date,
    published: date,
    planned: bool = False,
    before: str = "",
) -> date:
    """`month_day` for a month `told` in `text`, the landmark's name looked for in the sentence
    before it too (`before`: "its sixth nuclear test" before "in September 2017")."""
    at = len(before)
    return month_day(before + text, at + told.start(), at + told.end(), first, published, planned)


def month_day(
    text: str, start: int, end: int, first: date, published: date, planned: bool = False
) -> date:
    """The day of an act told by its month only (at `start`-`end` in `text`; `first` is the
    month's first day): that of the landmark `text` names in that month ("met in Singapore in
    June": June 12), one already past unless the act is planned, else `first` (the day
    unknown)."""
    day = landmark_day(text, first, start, end)
    return first if day is None or (day > published and not planned) else day


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


# "…, a day after the North fired two missiles", "two days before Seoul announced …": an act
# told in a clause counted from the day of the clause before it
_COUNTED_FROM = re.compile(
    r"(?<!\bof\s)\b(?:("
    + "|".join(_NUMBERS)
    + r"|\d{1,2}|the)|(?:barely\s+|only\s+)?half\s+a)\s+(days?|weeks?)"
    r"\s+(after|before)\s+",
    re.IGNORECASE,
)


# What may stand between the count and the act's verb: its subject, with no comma but those
# of a relative aside (", who was visiting Seoul,")
_TO_THE_VERB = re.compile(r"(?:[^,;:]|,\s+(?:who|which)\s[^,;]*,)*")


# "…, and the United States rejected it the next day", "sent some back three days later":
# an act counted from the day of the clause before it
_COUNTED_ON = re.compile(
    r"\b(?:the\s+(?P<next>next|following)\s+day|the\s+(?P<prev>previous)\s+day"
    r"|the\s+day\s+(?P<before>before)(?=\s*(?:[,.;]|$))"
    r"|(?P<n>" + "|".join(_NUMBERS) + r"|\d{1,2})\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier)"
    r")\b",
    re.IGNORECASE,
)


def count_days(word: str | None, unit: str) -> int:
    """Days in "three days", "a week" ("the day", "half a day": one)."""
    n = 1 if word is None or word.lower() == "the" else _NUMBERS.get(word.lower()) or int(word)
    return n * (7 if unit.lower().startswith("week") else 1)


# Where an act's own clause gives way to the next coordinated one: "…, and the next day a
# ministry official demanded …" (the count is that clause's)
_NEXT_COORDINATED = re.compile(
    r";|,\s+(?:and|but|then)\s|,?\s+and\s+(?=(?:then\s+)?(?:the|a|one|two|three|four|five|six"
    r"|\d+)\s+(?:next|following|previous|days?|weeks?|day)\b)"
)


# A count opening the act's clause, before its subject: "…, and the next day a foreign ministry
# official demanded …", "three days later its negotiators walked out …"
_COUNT_OPENS = re.compile(r"(?:^|[,;]\s*|\b(?:and|then)\s+)$")
_TO_ITS_SUBJECT = re.compile(r",?\s+(?:[\w'’-]+\s+){0,8}")


def _counted(m: re.Match[str], anchor: date) -> date:
    """The day `m` (a match of `_COUNTED_ON`) counts from `anchor`."""
    if m.group("n"):
        days = count_days(m.group("n"), m.group("unit"))
        return anchor + timedelta(days=days if m.group("dir").lower() == "later" else -days)
    return anchor + timedelta(days=1 if m.group("next") else -1)


def counted_day(sentence: str, start: int, end: int, published: date) -> date | None:
    """The day of an act at `start` (its clause to `end`) counted from the day the sentence told
    before it: after "a day after" ("said on Sunday …, a day after it fired two missiles": the
    Saturday), or with "the next day", "three days later", "a day earlier" opening its clause
    or in it; None when the sentence tells no day before the count (the story's day is then
    another's)."""
    if date_in(sentence[start:end], published, False) is not None:
        return None  # "a week after he and Trump signed a statement on June 12": its own day
    for m in _COUNTED_FROM.finditer(sentence, max(0, start - 160), start):
        if not _TO_THE_VERB.fullmatch(sentence, m.end(), start):
            continue
        anchor = date_in(sentence[: m.start()], published, False)
        if anchor is None:
            return None
        days = count_days(m.group(1), m.group(2))
        return anchor - timedelta(days=days if m.group(3).lower() == "after" else -days)
    for m in _COUNTED_ON.finditer(sentence, max(0, start - 100), start):
        if (
            _COUNT_OPENS.search(sentence, 0, m.start())
            and _TO_ITS_SUBJECT.fullmatch(sentence, m.end(), start)
            and (anchor := date_in(sentence[: m.start()], published, False)) is not None
        ):
            return _counted(m, anchor)  # "…, and the next day an official demanded"
    stop = _NEXT_COORDINATED.search(sentence, start, end)
    own = _COUNTED_ON.search(sentence, start, stop.start() if stop else end)
    if own is None or (anchor := date_in(sentence[:start], published, False)) is None:
        return None
    return _counted(own, anchor)


def names_a_day(text: str) -> bool:
    """Whether `text` names a day ("on May 6", "on Monday"), not only a month or a week."""
    return bool(_DAY_OF_MONTH.search(text) or _WEEKDAY.search(text))
