"""The same act told again in its sentence (on further days, on a second object, with a
second weapon), and the days an act's own clause gives it: one report per act and day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from tandem.domain.monitoring_asides import opened_before
from tandem.domain.monitoring_dates import ELIDED_OBJECT, date_in, more_days
from tandem.domain.monitoring_lexicon import MONTHS
from tandem.domain.monitoring_mentions import text_before
from tandem.domain.monitoring_report import Found, Mention, Report, code_name
from tandem.domain.monitoring_tracks import tracks_of

# ", and on Dec. 13 it conducted another": a day that opens the next coordinated clause
_NEXT_CLAUSE_DAY = re.compile(
    r",\s+and\s+(?:then\s+|again\s+)?on\s+(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+\d{1,2}\b,?\s+(?:it|he|she|they|the|[A-Z])"
)


def own_clause_end(sentence: str, start: int, end: int) -> int:
    """Where an act's own clause ends for its date: before a day that opens the next
    coordinated clause ("On Dec. 7 it carried out a test, and on Dec. 13 it conducted
    another": the first test is of Dec. 7)."""
    m = _NEXT_CLAUSE_DAY.search(sentence, start, end) or _BUT_CLAUSE.search(sentence, start, end)
    return m.start() if m else end


# "met in Singapore in June 2018, but talks … broke down on Oct. 5": a contrast's clause
# tells its own act, and its day is that act's; so does a day set off after "and"
# ("suspended the drill in June and, on Oct. 19, announced …")
_BUT_CLAUSE = re.compile(r",\s+but\s|\s+and,\s")


# Meetings and visits: told on days apart, each day is a meeting of its own.
_MET = ("040", "042", "043", "046")


def _separate_days(first: date, days: list[date]) -> list[date]:
    """The days of a meeting or visit told on several that are meetings of their own: days
    next to the one before are one meeting or trip over two days ("a trip to Pyongyang on
    March 31 and April 1"), days apart are two ("met Kim on April 1 and May 9")."""
    kept, before = [], first
    for day in sorted(days):
        if abs((day - before).days) > 1:
            kept.append(day)
        before = day
    return kept


# What may stand between the relative word of an aside and its verb: ", who last met Kim …"
_TO_ITS_VERB = re.compile(r"\s+(?:[\w-]+\s+){0,2}")


# ", when it capped …", ", when she warned …", "last met a Kremlin chief when he held talks with
# …": a clause that tells what its subject did on the day just named
_WHEN_ITS_DAY = re.compile(r"(?:,\s+|\s)when\s+(?:it|he|she|they)\s+(?:\w+\s+)?$")


# "welcomed the summit, saying Beijing supported all efforts …", "welcomed the accord, saying it
# applauded the leaders' courage": the welcome's own words
_SAYING_ITS_OWN = re.compile(
    r",\s+saying\s+(?:that\s+)?(?:[A-Z][\w-]*|it|he|she|they|we)\s+(?:\w+\s+)?$"
)


# "postponed their drills on Feb. 27, the first time in years the allies had put off the
# exercises …": what makes the act just told a first, the same act again
_THE_FIRST_TIME = re.compile(
    r",\s+the\s+first\s+time\s+(?:in\s+(?:\w+\s+){1,3}?)?(?:since\s+[^,]{1,40}?\s+)?"
    r"(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:had|has|have)\s+(?:\w+\s+)?$"
)


def told_of_its_day(sentence: str, f: Found, out: list[Report], code: str, on: date) -> bool:
    """ "The council last tightened the sanctions on Dec. 22, when it capped …", "last launched a
    missile on Nov. 29, when it fired a Hwasong-15": the when-clause, with no day of its own, tells
    how the act of the day before it was done; "welcomed the summit, saying Beijing supported …":
    the words the act was done with; "seized the ship, the first time Washington has impounded a
    North Korean vessel": the act told again as a first. One act, already reported."""
    before = text_before(sentence, f.start)
    when = bool(_WHEN_ITS_DAY.search(before))
    if not (when or _SAYING_ITS_OWN.search(before) or _THE_FIRST_TIME.search(before)):
        return False
    return any(
        r.evidence == sentence
        and r.modality != "negated"  # "has not tested since Nov. 29, when it fired": that one
        and (r.actor, r.action, r.target) == (f.actor, code, f.target)
        and (r.on == on or not when)
        for r in out
    )


def repeats(
    told: Report,
    f: Found,
    sentence: str,
    span_end: int,
    published: date,
    mentions: list[Mention],
    verbs: list[Found],
    codebook: Mapping[str, tuple[str, int]],
) -> list[Report]:
    """The same act told again in its sentence: on further days ("fired missiles on May 4 and
    May 9", "met in Singapore … and again in Hanoi"), on a second object ("and two Russian
    shipping companies on Aug. 21"), with a second weapon, or the one done before a negated
    "since" ("has not tested since its sixth, on Sept. 3")."""
    extra: list[Report] = []

    def last() -> Report:
        return extra[-1] if extra else told

    code, on = told.action, told.on
    if (
        f.modality == "negated"
        and code in ("X01", "X02", "040", "046", "042")
        and on != published
        and re.match(
            r"[^.;]*?\bsince\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:first|second|third"
            r"|fourth|fifth|sixth|seventh|last|latest|previous)\b",
            sentence[f.end :],
        )
    ):  # "has not carried out a nuclear test since its sixth, on Sept. 3": that one was
        extra.append(replace(last(), modality="done"))
    if code == "X02" and re.match(
        r"\s+(?:and|as well as)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|ICBMs?)\b",
        sentence[f.end :],
    ):  # "tested its most powerful nuclear device and missiles that can reach the US"
        name, weight = code_name("X01", codebook)
        extra.append(replace(last(), action="X01", action_name=name, goldstein=weight))
    if opened_before(sentence, f.start, _TO_ITS_VERB) and (
        shut := re.search(r",\s", sentence[f.end : span_end])
    ):
        # "Trump, who last met Kim in June 2019, spoke on Wednesday": the day after the
        # aside's closing comma is of the clause it hangs on, not a second meeting
        span_end = f.end + shut.start()
    again = more_days(sentence[f.end : span_end], on, published)
    elided = ELIDED_OBJECT.search(sentence, f.end, span_end) if code in ("163", "171") else None
    if again and code in _MET:
        again = _separate_days(on, again)
    if again and code in ("X01", "X02", "150", "190", *_MET):
        for day in again:  # "fired missiles on May 4 and May 9", "met Kim on April 1 and May 9"
            extra.append(replace(last(), on=day))
    elif elided is not None and last().actor:
        # "blacklisted a Russian bank on Aug. 3 …, and two Russian shipping companies on
        # Aug. 21": the same act again, on the second object and day
        try:
            day2 = date(on.year, MONTHS[elided.group(2)], int(elided.group(3)))
        except ValueError:
            day2 = None
        whose = [
            m.code for m in mentions
            if elided.start() <= m.start < elided.end() and m.code
            and not set(m.code.split("+")) & set(last().actor.split("+"))
        ]  # fmt: skip
        if day2 is not None and day2 != on:
            target2 = whose[0] if whose else last().target
            extra.append(
                replace(
                    last(),
                    on=day2,
                    target=target2,
                    tracks=tracks_of(code, sentence, last().actor, target2),
                )
            )
    elif (
        code in ("040", "042", "043", "046")
        and (
            twice := re.search(
                r"\band (?:again|a second time)\b[^.;]{0,50}?\b(?:in|on)\s+(?:("
                + "|".join(MONTHS)
                + r")\.?(?:\s+(\d{1,2}))?(?:,?\s+((?:19|20)\d\d))?|((?:19|20)\d\d))\b",
                sentence[f.end :],
            )
        )
        and not any(
            # "met on June 12, when they agreed …, and again in Hanoi": no other meeting between
            f.end < v.start < f.end + twice.start() and v.verb.code in ("040", "042", "043", "046")
            for v in verbs
        )
    ):
        # "first met in Singapore in June 2018 and again in Hanoi in February 2019"
        year = int(twice.group(3) or twice.group(4) or on.year)
        month = MONTHS[twice.group(1)] if twice.group(1) else 1
        try:
            later = date(year, month, int(twice.group(2) or 1))
        except ValueError:
            later = on
        if later < on and not (twice.group(3) or twice.group(4)):
            later = later.replace(year=later.year + 1)  # "June 12 last year … again in February"
        if later != on and later <= published:
            extra.append(replace(last(), on=later))
    elif code in ("040", "042", "046") and (
        listed := re.match(
            # ("have met three times: in Singapore …": the list after a colon too)
            r"\s+(?:\w+\s+)?(?:twice|three times|four times|several times)[,:]?\s+"
            # (the list ends at a full stop, not at "Feb." before its day)
            r"((?:in|at|on)\s+[^;:]*?)(?=,\s+(?:but|and|while|when|which)\b|;|\.(?!\s+\d)|$)",
            sentence[f.end :],
        )
    ):
        # "have met three times, in Singapore in June 2018, in Hanoi in February 2019 and
        # at the border in June last year": one meeting per place
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group(1))
        for item in items[1:]:
            if re.match(r"(?:in|at|on)\s", item):
                extra.append(replace(last(), on=date_in(item, published, False) or on))
    elif code in ("040", "046") and (listed := _PLACES_AND_DAYS.match(sentence, f.end)):
        # "whom he met in Singapore in June 2018, in Hanoi in February 2019 and at the border
        # in June 2019": with no count told, a list of places each with its own day is still
        # one meeting per place
        items = re.split(_LIST_JOINT + r"(?=(?:in|at)\s)", listed.group(1))
        for item in items[1:]:
            if (held := date_in(item, published, False)) is not None and held != on:
                extra.append(replace(last(), on=held))
    elif code == "042" and (onward := _ONWARD.search(sentence, f.end, span_end)):
        # "flies to Tokyo on Tuesday and to Beijing on Thursday": a second visit, its verb
        # left out
        host = next(
            (m.code for m in mentions if m.start == onward.end() and m.code
             and not set(m.code.split("+")) & set(told.actor.split("+"))
             # "and Seoul on Aug. 9", "and in Seoul": a stop only when read as a place
             and (m.place or re.search(r"\bto\s", onward.group()))),
            None,
        )  # fmt: skip
        if host is not None and host != told.target:
            when = date_in(sentence[onward.end() : span_end], published, told.modality == "planned")
            extra.append(
                replace(
                    told,
                    target=host,
                    on=when or on,
                    tracks=tracks_of(code, sentence, told.actor, host),
                )
            )
    if code in ("040", "046") and (apart := _SEPARATE_WITH.match(sentence, f.start)):
        # "held separate talks with Choi Jong-kun and with Lee Do-hoon": two meetings, each
        # with whom its "with" names
        second = next(
            (m.code for m in mentions if m.start >= apart.end() and m.code and not m.place),
            told.target,
        )
        extra.append(replace(told, target=second) if second != told.actor else told)
    return extra


# "in Singapore in June 2018, in Hanoi on Feb. 27, 2019 and at the border in June 2019": places,
# each with a day of its own year, listed after a meeting verb and its object
_PLACE_AND_DAY = (
    r"(?:in|at)\s+(?:the\s+)?[A-Z][^,;.]*?\s(?:in|on)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?"
    r"\s+(?:19|20)\d\d"
)
# ", ", ", and " or " and " between the items of a list
_LIST_JOINT = r"(?:,\s*(?:and\s+)?|\s+and\s+)"
_PLACES_AND_DAYS = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}?("
    + _PLACE_AND_DAY
    + r"(?:"
    + _LIST_JOINT
    + _PLACE_AND_DAY
    + r")+)"
)


# "held separate talks with Choi and with Lee": meetings told apart, each with its own "with"
_SEPARATE_WITH = re.compile(
    r"[^.;]{0,40}?\bseparate\s+(?:talks|meetings|consultations)\s+with\s+[^;]{1,90}?"
    r"\s+and\s+with\s+"
)


# "… to Tokyo on Tuesday and to Beijing on Thursday": the same verb's second place
_ONWARD = re.compile(
    r"\s(?:and|then)\s+(?:then\s+|later\s+)?(?:(?:on\s+)?to\s+|in\s+)?(?:the\s+)?(?=[A-Z])"
)
