"""Events told as nouns ("Pompeo's visit to Pyongyang", "the Hanoi summit in February")
and the events a reaction names ("welcomed the decision")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from tandem.domain.monitoring_asides import asides_before
from tandem.domain.monitoring_dates import (
    IN_A_MONTH_ON_THE,
    counted_day,
    date_in,
    month_day,
    more_days,
)
from tandem.domain.monitoring_lexicon import CAPITALS, MONTHS, NO_LONGER_BOUND, PROJECTS
from tandem.domain.monitoring_mentions import Context, is_person, listed_after, mentions_in
from tandem.domain.monitoring_report import (
    CLAUSE_END,
    Mention,
    Report,
    action_family,
    clause_start,
    code_name,
    joint_code,
    parties_of,
)
from tandem.domain.monitoring_tracks import tracks_of


def same_event(nominal: Report, other: Report, dated: bool) -> bool:
    """Whether a report read from a noun tells the same event as another report."""
    if action_family(nominal.action) != action_family(other.action):
        return False
    if (nominal.modality == "planned") != (other.modality == "planned"):
        return False  # a summit agreed on for April is not the one held before
    if "negated" in (nominal.modality, other.modality):
        return False  # "met on June 30 …, but have not held talks since": two acts
    if parties_of(nominal) != parties_of(other):
        return False
    if {nominal.action, other.action} == {"042", "043"} and nominal.actor != other.actor:
        return False  # "Kim's trip to Beijing, when Xi hosted him": the visit and the hosting
    if (
        dated
        and nominal.on != other.on
        and _CALL.search(nominal.evidence)
        and not _CALL.search(other.evidence)
    ):
        return False  # a call on Tuesday is not the meeting of Thursday: two contacts
    return not dated or abs((nominal.on - other.on).days) <= 3


_CALL = re.compile(r"\b(?:tele)?phone\s+(?:call|conversation)|\bvideo\s+(?:call|conference)")


_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")


# Summits known by their place in 2018-2020: the parties and the (first) day.
_NAMED_SUMMITS: dict[str, tuple[str, date]] = {
    "Singapore": ("PRK+USA", date(2018, 6, 12)),
    "Hanoi": ("PRK+USA", date(2019, 2, 27)),
}


def summit_parties(place: str) -> str | None:
    """The parties of a summit known by its place ("Hanoi": PRK+USA), or None."""
    named = _NAMED_SUMMITS.get(place)
    return named[0] if named else None


# The parties a hyphened pair names ("US-North Korea talks", "Seoul-Washington talks").
_PAIR_CODES: dict[str, str] = {
    "US": "USA", "U.S.": "USA", "United States": "USA", "America": "USA", "Washington": "USA",
    "Trump": "USA", "North Korea": "PRK", "North Korean": "PRK", "DPRK": "PRK",
    "Pyongyang": "PRK", "Kim": "PRK", "South Korea": "KOR", "South Korean": "KOR",
    "ROK": "KOR", "Seoul": "KOR", "Moon": "KOR", "Japan": "JPN", "Tokyo": "JPN", "Abe": "JPN",
    "China": "CHN", "Beijing": "CHN", "Xi": "CHN", "Russia": "RUS", "Moscow": "RUS",
    "Putin": "RUS",
}  # fmt: skip
_PAIR_NAMES = "|".join(re.escape(n) for n in sorted(_PAIR_CODES, key=len, reverse=True))


# "the launch of two missiles from Wonsan on Saturday": where a launch was made from, between
# the weapon and its day
_LAUNCH_PLACE = r"(?:\s+(?:near|from|off)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"


# The day after a launch told as a noun, past where it was fired from ("of two projectiles
# near Wonsan on March 2"); the day told before what was fired ("the firing on March 2 of")
_LAUNCH_DAY = re.compile(_LAUNCH_PLACE + r",?\s+(?:on|in)\s+\S+")
_DAY_THEN_WEAPON = re.compile(r"(?:(?:early|late)\s+)?on\s+\S+|\S+")


_EVENT_NOUN = re.compile(
    r"(?P<pos>(?:'s|’s)|\b(?:his|her|their|[Tt]heir|its|whose))\s+(?:(?:first|second|third|fourth|fifth|last"
    r"|previous|earlier|recent|most|latest|historic|landmark|brief|rare|surprise|two-day|three-day|four-day"
    r"|(?P<soon>planned|upcoming|scheduled|expected|proposed)"
    r"|state|official|secret|unprecedented|inaugural|maiden|formal|direct|bilateral"
    r"|high-level|working-level|face-to-face|\d{4}|[A-Z][a-z]+"
    # "their hastily arranged meeting": an adverb and a participle, one modifier
    r"|[a-z]{3,}ly\s+[a-z]{3,}ed"
    r"|(?P<dayof>(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))"
    r"\s+){0,2}"
    # "their first summit, held at Panmunjom on April 27": where and when it was held
    r"(?P<noun>visits?|trips?|summits?|talks|meetings?|encounters?),?\s+(?:held\s+)?"
    r"(?P<prep>to|with|in|at|on|there)\b"
    r"|\b(?P<between>[Ss]ummits?|[Tt]alks|[Mm]eetings?|[Nn]egotiations)\s+"
    r"(?:(?:in|at)\s+[A-Z][\w-]+\s+)?(?:between\b"  # "talks in Hanoi between Biegun and …"
    # "the meeting of the American and South Korean defence chiefs": two parties' officials
    r"|of(?=\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*)?\s+(?:[\w-]+\s+)?(?:chiefs|ministers|leaders|envoys|generals"
    r"|negotiators|delegations|presidents)\b))"
    r"|\b(?P<named>" + "|".join(_NAMED_SUMMITS) + r")\s+(?:summit|meeting|talks)\b"
    r"|(?<!regional )(?<!security )\bsummit\s+in\s+(?P<named2>" + "|".join(_NAMED_SUMMITS) + r")\b"
    # "talks between Washington and the North have stalled since a meeting in Stockholm on …";
    # "have been frozen since working-level negotiations in Stockholm broke down in October"
    # "Working-level talks with the United States in Stockholm broke down on Oct. 5": the
    # same talks as the sentence's subject, when the clause tells their breakdown
    r"|(?:\b[Ss]ince\s+|^(?=[^,;]{0,80}?\b(?:broke down|collapsed|fell apart|broke up)\b))"
    r"(?:(?:a|the|their)\s+)?(?:[\w-]+-level\s+|nuclear\s+){0,2}"
    r"(?P<since>meeting|summit|round of talks|talks|negotiations)"
    # "since working-level talks with the United States in Stockholm broke down": one side
    # named, the other the story's
    r"(?:\s+with\s+(?P<sincewith>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*))?\s+in\s+"
    r"[A-Z]\w+(?=\s+(?:on\b|(?:broke down|collapsed|fell apart|broke up)\s+(?:on|in)\b"
    r"|[a-z]+\s+(?:[a-z]+\s+)?on\b))"
    # "after the North's sixth nuclear test on Sept. 3": a dated test told as a noun
    # "… test on Jan. 6 and a long-range rocket launch on Feb. 7": the same owner's
    # "three days after a long-range rocket launch on Feb. 7": no owner named, the North's
    r"|(?:'s|’s|\bits|(?<=[\w.,] )and\s+an?|\b(?P<test_after>after|before|following)\s+an?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?P<test>nuclear test"
    r"|(?:ballistic\s+)?missile"
    r"\s+(?:test|launch)|ICBM\s+(?:test|launch)|rocket\s+launch)"
    r"(?=,?\s+(?:on|in)\s+(?:early\s+|late\s+|mid-)?[A-Z]"
    # "the North's six nuclear tests, the last of them on Sept. 3, 2017": that last one
    r"|(?:s|es),\s+the\s+(?:last|latest|most\s+recent)(?:\s+of\s+(?:them|which))?,?\s+on\s+[A-Z])"
    # "after tests on March 2, March 9 and March 21", "the North's earlier launches on Aug. 1",
    # "what it called \"very important\" tests on Dec. 7": dated tests told as a plural noun
    r"|(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?|\b(?:after|following|since)\s+"
    r"|\bwhat\s+it\s+called\s+(?:[\"“][\w\s-]+[\"”]\s+)?"
    # "four rounds of short-range ballistic missile tests in March, on the 2nd, 9th and 21st"
    r"|\brounds?\s+of\s+(?:[\w-]+\s+){0,4}?"
    # "the latest in a string of launches that began on July 25": the first of them
    r"|\b(?:string|series|spate|flurry|run)\s+of\s+(?:[\w-]+\s+){0,3}?"
    # "with its short-range missile launches of May 4 and May 9": the days told with "of"
    r"|\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?=(?:tests|launches)\s+of\s+[A-Z][a-z]+\.?\s+\d))"
    r"(?P<tests>tests|launches|test-firings|volleys|salvos|firings)\s+"
    # "a string of launches since May, the latest on Nov. 28": the last of them dated
    r"(?:since\s+[A-Z]\w+,\s+the\s+(?:latest|last|most\s+recent)\s+)?"
    r"(?=(?:on|of)\s+[A-Z][a-z]+\.?\s+\d|in\s+[A-Z][a-z]+,?\s+on\s+the\s+\d"
    r"|(?:that|which)\s+(?:began|started)\s+on\s+[A-Z][a-z]+\.?\s+\d)"
    # "the fourth test of the launcher, following others on Sept. 10 and Oct. 31", "the second
    # of the launcher after one on Oct. 31": more of the tests just told
    r"|\b(?:after|following)\s+(?P<others>others|one|another)\s+(?=on\s+[A-Z][a-z]+\.?\s+\d)"
    # "after the North's sixth nuclear test": counted, so one event even with no date
    r"|(?:'s|’s|\bits)\s+(?:first|second|third|fourth|fifth|sixth|seventh)\s+"
    r"(?P<nthtest>nuclear test)\b(?!s)"
    # "condemned the test-firing of a new missile on Oct. 2": a dated launch told as a noun;
    # "discussed North Korea's launch of several projectiles on Saturday"; "the North's
    # launches of intercontinental ballistic missiles on July 4 and July 28": one a day
    # "after its launch of a Hwasong-15 missile on Nov. 29": its owner the party told before
    # "the first launch of the Hwasong-14 missile, on July 4": counted
    r"|(?:\b(?:the|a)|(?P<testof_its>\bits)|(?P<testof_own>'s|’s))\s+"
    r"(?:(?:first|second|third|fourth|fifth|latest)\s+)?(?:test-)?"
    r"(?:firings?|launch(?:es)?|tests?)\s+"
    r"of\s+(?:(?P<testof_pos>a|an|two|three|several|its|the)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?P<testof>missiles?|rockets?|ICBMs?|SLBMs?|projectiles?)\b"
    # "the launch of a new ballistic missile, the Pukguksong-3, on Oct. 2": the weapon's name
    # in apposition before the day; "of two projectiles near Wonsan on March 2": where from
    r"(?=(?:,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z\d][\w-]*)?)?"
    + _LAUNCH_PLACE
    + r",?\s+(?:on|in)\s+"
    r"(?:early\s+|late\s+|mid-)?[A-Z])"
    # "followed the firing on March 2 of two projectiles", "the North's launch early on Friday
    # of two missiles": the day told before what was fired
    r"|(?:\b[Tt]he|(?P<teston_own>'s|’s))\s+(?:test-)?(?P<teston>firing|launch)\s+"
    r"(?=(?:early\s+|late\s+)?on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+day)\s+of\s+"
    r"(?:a|an|two|three|four|five|several|\d+|what)\b)"
    # "five days after a May 4 test of rocket launchers": the day before the noun
    r"|\ba\s+(?=(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2}\s+(?:missile\s+)?(?:test|launch)\s+of\b)"
    r"(?P<daytest>)"
    # "Working-level negotiations in Stockholm on Oct. 5 broke down": dated talks opening the
    # sentence, of the two it names or the story's pair
    r"|^(?:(?:[A-Z][\w-]*|[Tt]he|[\w-]+-level)\s+){0,2}(?P<placetalks>talks|negotiations)\s+in\s+"
    r"[A-Z]\w+\s+(?=on\s+[A-Z][a-z]+\.?\s+\d{1,2}\b)"
    # "the previous accord, initialed on Feb. 10, 2019", "a one-year deal signed on March 8":
    # a dated deal its signers left out, the pair of the story
    r"|\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?P<signeddeal>accord|agreement"
    r"|deal|pact),?\s+(?:initial(?:l)?ed|signed|reached|struck)\s+"
    r"(?=on\s+[A-Z][a-z]+\.?\s+\d{1,2}\b(?![^,;.]{0,30}?\bby\b))"
    # "The seventh round, held in Los Angeles from March 17", "A second round was held in
    # Honolulu on Oct. 23": a dated round of the story's talks
    r"|\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|latest|last|final|previous|next)\s+(?P<heldround>round)"
    r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations))?,?\s+(?:was\s+)?held\s+"
    r"(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+)?(?=(?:on|from)\s+[A-Z][a-z]+\.?\s+\d{1,2}\b)"
    # "since the breakdown of working-level negotiations in Stockholm in October": talks held,
    # then ended
    r"|\b(?:breakdown|collapse|failure)\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<broketalks>talks|negotiations)\s+in\s+[A-Z]\w+\s+(?=(?:on|in)\s+[A-Z][a-z]+)"
    # "points to the demolition of tunnels at its Punggye-ri nuclear test site on May 24",
    # "the North's dismantling of its test site on May 24": a dated step on its own site
    r"|(?:\b[Tt]he|(?P<dem_own>'s|’s))\s+(?P<demolition>demolition|dismantling|dismantlement"
    # "the North's demolition of the entrances to its Punggye-ri nuclear test site on Thursday"
    r"|destruction)\s+of\s+(?:(?:the|some|several)\s+)?"
    r"(?:(?:tunnels|entrances|portals|tunnel\s+entrances)\s+(?:at|to|of)\s+)?its\s+"
    r"(?:[\w-]+\s+){0,3}?(?:test\s+site|site|facilit(?:y|ies)|reactor|complex)"
    r"(?=,?\s+on\s+(?:[A-Z][a-z]+\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    # "the North's demolition of its Punggye-ri nuclear test site in May": its month alone
    r"|,?\s+in\s+(?:early\s+|late\s+|mid-)?(?:" + "|".join(MONTHS) + r")\b)"
    # "the North's shelling of Yeonpyeong Island on Nov. 23, 2010": one Korea's fire on the
    # other, told as a dated noun
    r"|(?P<shell_own>'s|’s)\s+(?P<shelling>shelling|bombardment)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+(?=,?\s+on\s+[A-Z][a-z]+\.?\s+\d)"
    # "having agreed at talks on Jan. 17": the talks of those who agreed
    # "At high-level talks on Oct. 15, the two sides set …": opening the sentence, of a level
    # "agreed at general-level military talks at Panmunjom on Oct. 26", "At talks in the truce
    # village of Panmunjom on Jan. 9, …": of a kind, and where they were held
    r"|\b[Aa]t\s+(?:(?:high|working|general|ministerial)-level\s+)?(?:(?:military|sports)\s+)?"
    r"(?P<datedtalks>talks|a\s+meeting|meetings|an?\s+(?:\w+\s+)?round\s+of\s+talks)"
    r"\s+(?:there\s+|(?:in|at)\s+(?:the\s+[a-z]+\s+(?:[a-z]+\s+)?of\s+)?[A-Z]\w+,?\s+)?"
    r"(?=on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+day)\b)"
    r"|\b(?P<korean>[Ii]nter-Korean)\s+(?:(?:high-level|military|summit)\s+)?(?:summit|talks"
    r"|meeting)\b"
    # "US-North Korea talks in Stockholm broke down on Saturday", "the Moon-Trump summit in
    # April": two parties joined by a hyphen before the meeting noun
    r"|(?<![\w-])(?P<hyph>(?:" + _PAIR_NAMES + r")-(?:" + _PAIR_NAMES + r"))\s+"
    r"(?:(?:high-level|working-level|nuclear|denuclearization|security|defen[cs]e|military)\s+)?"
    r"(?P<hyphnoun>summits?|talks|negotiations|meetings?|consultations)\b"
    r"|(?:'s|’s)\s+(?:(?:latest|new|recent|repeated|earlier|renewed|surprise)\s+)?"
    # "brushed aside Seoul's proposals for talks": several, as one
    # "turned down Kim's request for broad relief from sanctions": an appeal, made to him
    r"(?P<act>invitations?|offers?|proposals?|calls?|demands?|requests?|warnings?|closure"
    r"|shutdown|curbs"
    r"|regret"
    r"|protests?"
    r"|condemnation|appeal|praise|rejection|refusal"
    # "Tokyo's imposition of export curbs on Seoul", "Trump's cancellation of the summit",
    # "the North's threat to scrap the pact": an act told as its noun, owned by its doer
    r"|imposition(?=\s+of\b)|cancell?ation(?=\s+of\b)|suspension(?=\s+of\b)"
    r"|threat(?=\s+to\s+[a-z])|removal(?=\s+of\s+[^,;]{1,40}?\bfrom\b))\b"
    # "rejected a South Korean proposal", "accepted a US offer"
    r"|\b(?:a|an|the)\s+(?:(?:latest|new|recent|renewed|fresh)\s+)?(?P<adj>(?:South|North)"
    r" Korean|US|American|Japanese|Chinese|Russian)\s+(?P<adjact>invitation|offer|proposal"
    r"|demands?)\b"
    # "at a meeting of the allies' working group": Seoul and Washington met
    r"|\b(?P<group>(?:meeting|session)s?)\s+of\s+(?:the\s+|their\s+|a\s+)?(?:new\s+)?"
    r"(?:allies'\s+|two\s+allies'\s+|bilateral\s+)?working group\b"
    # "The agreement came at high-level talks at Tongilgak": the talks of the story's pair
    r"|\b(?:at|during)\s+(?:the\s+|their\s+)?(?P<pairtalks>(?:high|working|general|military"
    r"|ministerial)-level\s+(?:military\s+)?talks|Red Cross talks)\b"  # "general-level military"
    # "returned home after a two-day state visit to North Korea"
    # "collected them at the end of a day trip to Pyongyang", "returned from a visit to Seoul"
    r"|\b(?:(?:after|during|on|following|wrapping up|concluding|ending)\s+(?:a|an|his|her)"
    r"|(?:at\s+the\s+end\s+of|from)\s+(?:a|an))\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<subjvisit>visit|trip)\s+to\b"
    # "A visit by Wang Yi to Pyongyang in May": the one after "by" travels to the one after "to"
    # "the visit of President Xi Jinping to Pyongyang": the same, told with "of"
    # "a visit to Seoul by Stephen Biegun": the host told before the traveller
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?P<tovisit>visit|trip)\s+to\s+(?=(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:(?:on|in|last|this|early|late)\s+[\w.]+"
    r"(?:\s+\d{1,2})?\s+)?by\s)"
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?P<byvisit>visit|trip)\s+(?:by|of)\b"
    # "held talks with Xi in Beijing during a secret visit": a visit to the place named
    r"|\b(?:during|on|at the end of)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<placevisit>visit|trip)\b"
    r"(?!\s+(?:to|by|of)\b)"
    # "Esper and Jeong had signalled on Monday, after talks at the Pentagon, that …": talks
    # set off by commas after a verb, with no one named, are the two subjects' own
    r"|(?<=\w),\s+after\s+(?P<jointtalks>talks)(?=(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*)?,)"
    # "made the appeal after talks with South Korea's nuclear envoy": the subject's talks
    # "After talks with Choi on Wednesday, he told reporters": opening the sentence too
    r"|\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Dd]uring|at|from|prepar(?:e|es|ed|ing)\s+for)\s+"
    # "returned from three days of talks in Pyongyang with his new counterpart": where they
    # were held may come before "with"
    r"(?P<subjtalks>(?:(?:[\w-]+\s+){1,2}(?:days|rounds|hours)\s+of\s+)?talks|meetings"
    r"|an?\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|(?:tele)?phone\s+(?:call|conversation)"
    r"|video\s+(?:call|conference)))(?=(?P<talksplace>\s+(?:in|at)\s+[A-Z][\w-]*)?"
    # "After talks on Monday with Lee Do-hoon, Biegun said": the day may come before "with"
    r"(?:\s+(?:on\s+[A-Z][\w.]*(?:\s+\d{1,2})?|(?:last|this)\s+[a-z]+))?\s+with\b)"
    # "returned from three days of talks in Pyongyang": talks in a capital with no one named
    # after "with" are with the capital's government
    r"|\b(?:[Aa]fter|[Ff]ollowing|from)\s+(?:(?:[\w-]+\s+){1,2}(?:days|rounds)\s+of\s+)?"
    r"(?P<hosttalks>talks)\s+in\s+(?=(?:" + "|".join(CAPITALS) + r")\b(?![^,;.]{0,30}\bwith\b))"
    # "After meeting his South Korean counterpart, he rejected": a gerund opening the sentence,
    # whose subject is the main clause's
    r"|^(?:After|Before)\s+(?P<subjmet>meeting)(?=\s+(?:his|her|their|[A-Z]))"
    # "voiced support for food aid in a phone call with President Moon"
    # "In a telephone call on Tuesday, Trump backed …": put before the subject
    r"|\b(?:[Ii]n|[Dd]uring)\s+an?\s+(?:[\w-]+\s+)?(?P<call>(?:tele)?phone\s+(?:call|conversation)"
    r"|video\s+(?:call|conference))(?:\s+with\b|(?=\s+on\s+(?:\w+day|[A-Z][a-z]+\.?\s+\d{1,2})\b"
    r"|[,.]))"
    # "brought back an invitation from Kim"
    # "a call by Moscow for talks", "Calls from Beijing for restraint …": the one who made it
    r"|(?:\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|fresh|formal|written|personal|renewed|repeated)\s+)?|^)"
    r"(?P<fromact>invitation|offer|proposal|warning|[Cc]alls?|demands?|appeals?)\s+(?:from|by)\b"
    # "the year-end deadline Kim Jong Un set in April", "the deadline set by Kim": a demand
    r"|\bdeadline\s+(?:that\s+)?(?P<setter>(?:[A-Z][\w-]*\s+){1,4}?|(?:he|she|it)\s+)"
    r"(?:had\s+|has\s+)?set\b|\bdeadline\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?set\s+by\b(?P<setby>)"
    # "a week before Moon and Kim's first summit": two parties owning one meeting
    r"|(?<![\w-])(?P<pairpos>(?:" + _PAIR_NAMES + r")\s+and\s+(?:" + _PAIR_NAMES + r"))(?:'s|’s)\s+"
    r"(?:(?:first|second|third|fourth|fifth|last|previous|earlier|historic|landmark)\s+)?"
    r"(?:summit|meeting|talks)\b(?!\s+(?:with|to)\b)"
)


# Nothing after a phrase but the sentence's end
_ENDS_SENTENCE = re.compile(r"[\s.”\"'’]*")


# A speech act told as a noun: "Seoul's offer of talks", "Trump's invitation".
_ACT_CODES = {"invitation": "036", "offer": "030", "proposal": "030", "call": "020",
              "demand": "100", "request": "020", "warning": "130", "closure": "161",
              "shutdown": "161", "curb": "163",
              "regret": "111", "protest": "114", "condemnation": "111", "appeal": "020",
              "praise": "051", "rejection": "120", "refusal": "120", "imposition": "163",
              "cancellation": "161", "cancelation": "161", "suspension": "161", "threat": "130",
              "removal": "163"}  # fmt: skip


# "Trump turned down Kim's request": a request is told as made when it is turned down
_REQUEST_TURNED_DOWN = re.compile(
    r"\b(?:turn(?:s|ed)?\s+down|reject(?:s|ed)?|refus(?:es|ed)|den(?:y|ies|ied)|spurn(?:s|ed)?)"
    r"\s+(?:the\s+)?$"
)


# Steps told as nouns ("Tokyo's imposition of curbs on Seoul"), not words addressed to someone
_STEP_NOUNS = ("imposition", "cancellation", "cancelation", "suspension", "removal")


# When an event told as a noun took place: "in June", "last month", "in February 2019".
# "the Hanoi summit in February", "… summit broke up on Feb. 28", "… ended without agreement on
# Feb. 28": the day it was held or ended
_WHEN_AFTER = re.compile(
    # "Seoul-Tokyo talks on export controls ended on Monday": what they were about, first
    r"(?:\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2}?(?=\s+(?:in|at|broke|ended|collapsed|was|were|took|opened|began"
    r"|closed|concluded|wrapped|resumed)\b))?"
    r"(?:\s+(?:in|at|on|with)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"
    # "the Hanoi summit, which broke up abruptly on Feb. 28": its end told in a relative clause
    r"(?:(?:,\s+which)?\s+(?:abruptly\s+|suddenly\s+)?"
    r"(?:broke up|broke down|ended|collapsed|fell apart|was held|were held|took place"
    r"|opened|began|closed|concluded|wrapped up|resumed)(?:\s+(?:abruptly|suddenly))?"
    r"(?:\s+(?:without\s+(?:an?\s+)?(?:agreement|deal)|in\s+[A-Z][\w-]*))?)?"
    r",?\s+(?:(?:in|on|last|earlier|this)\s+)?"
    r"(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
    r"|last (?:year|month|week)|earlier this (?:year|month)|\d{4}\b"
    # "talks in Stockholm broke down on Saturday": a weekday dates the event too
    r"|(?<=on )(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)


# Only possible, hoped for or cited: "a possible summit", "efforts to restart talks".
_NOT_YET = re.compile(
    r"\b(?:possible|potential|proposed|hoped-for|any|no|future|new|would|could|might"
    r"|hope[sd]?|resum\w+|restart\w*|revive|reviving|revival|stalled|deadlocked|stalemated|stuck"
    # "to break the deadlock in the talks between Pyongyang and Washington": a state of
    # the process, no talks held
    r"|deadlock|stalemate|impasse|standstill"
    r"|efforts? to|speculation|about|talk of|prospects? (?:of|for)|seek\w*|sought"
    # "no date has been set for a second summit": one still to be arranged
    r"|[Nn]o\s+date\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:set|fixed)\s+for)\s+"
    r"(?:\w+\s+){0,2}$"
)


# "a visit to Pyongyang by US Secretary of State Mike Pompeo": from the place to its traveller
_BY_TRAVELLER = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\s+by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}"
)


# Arranged, not yet held: "ahead of his visit to Seoul", "the upcoming talks with".
_COMING = re.compile(
    r"\b(?:planned|another|next|upcoming|ahead of|prepare|prepares|preparing|forthcoming"
    r"|scheduled|expected)\s+(?:\w+\s+){0,2}$"
)


# Within the clause of the event noun: an appositive ("…, a senior North Korean official, …") and a
# month's abbreviation ("set for Nov. 8") do not end it.
_SAME_CLAUSE = (
    r"(?:[^,;.]|(?<=\b(?:Jan|Feb|Aug|Sep|Oct|Nov|Dec))\.|(?<=\bSept)\."
    r"|,\s+(?:an?|the|its|his|her|their)\s+[^,;.]*,)"
)
_CALLED_OFF = re.compile(
    _SAME_CLAUSE + r"*?\b(?:was|were|had been|has been|is|are)\s+(?:\w+\s+)?(?:postponed"
    r"|cancell?ed|called off|delayed|scrapped|put off)\b"
    # "talks between Washington and Pyongyang have stalled since …": none held
    r"|[^,;.]*?\b(?:have|has|had)\s+(?:been\s+|remained\s+)?(?:stalled|deadlocked"
    r"|stalemated|frozen|stuck)\b"
)


# "Kim had told Putin": a verb right after a person, who is its subject; "Biegun publicly
# called on": an adverb of manner between them
_OBJECT_OF_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|met|told|sent|gave)\s+(?:(?:[A-Z][\w.'’-]*|of)\s+){0,4}$"
)
_ABSOLUTE_SUBJECT = re.compile(r"(?:[ -][A-Z][\w.'’-]*)*\s+[a-z]+ing\b")
_SUBJECT_NEXT = re.compile(
    r"(?:[ -][A-Z][\w.'’-]*)*\s+(?:had\s+|has\s+|also\s+)?(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|told|said|met|sent|wrote|made"
    r"|held|gave|took|began|led)\b"
)


# "called off his planned June 12 summit with Kim", "cancelled Pompeo's trip to Pyongyang"
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:call(?:s|ed)?\s+off|cancell?(?:s|ed)?|scrap(?:s|ped)?|postpon(?:es|ed)|put\s+off"
    r"|pull(?:s|ed)?\s+out\s+of)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}?(?:[A-Z][\w-]*)?$"
    # "called off his secretary of state's planned trip": the one whose trip, by title
    r"|\b(?:call(?:s|ed)?\s+off|cancell?(?:s|ed)?|scrap(?:s|ped)?|postpon(?:es|ed)|put\s+off)"
    r"\s+(?:his|her|its|their)\s+(?:[a-z]+\s+){0,2}?(?:of\s+[a-z]+\s+)?[a-z]+$"
)


def nominal_reports(
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    context: Context,
    mentions: list[Mention],
    quotes: list[tuple[int, int]],
    before: Sequence[Report] = (),
) -> list[Report]:
    """Events told as nouns: "Pompeo's visit to Pyongyang", "his summits with Moon and
    Trump", "the talks between the two Koreas", "the Hanoi summit"."""
    out: list[Report] = []
    if (OPINION.search(sentence) and OPINION_VERB.search(sentence)) or DOUBTERS.match(sentence):
        return out  # an analyst's view
    for m in _EVENT_NOUN.finditer(sentence):
        if any(a < m.start() < b for a, b in quotes):
            continue
        if _CALLED_OFF.match(sentence, m.end()) or _CALLED_OFF_BEFORE.search(
            sentence[max(0, m.start() - 60) : m.start()]
        ):
            continue  # "a meeting between Pompeo and Kim Yong Chol was postponed"
        start = m.start()
        not_yet = _NOT_YET.search(sentence[max(0, start - 40) : start])
        if (
            not_yet
            and not m.group("since")
            and not (  # "has stalled since the Hanoi summit in February": that one was held
                re.match(
                    r"(?:stalled|deadlocked|stalemated|stuck)\s+(?:ever\s+)?(?:since|after|following)\b",
                    not_yet.group(0),
                )
                and _MONTH_WORD.search(sentence, m.end(), m.end() + 40)
            )
        ):
            continue  # "a possible second summit": not an event
        coming = bool(
            _COMING.search(sentence[max(0, start - 40) : start])
            or m.group("soon")
            or m.group(0).startswith("prepar")  # "as Moon prepares for a third summit with Kim"
            or (  # "said Tokyo would press Beijing during a summit in Tokyo on May 9"
                m.group("subjtalks")
                and re.search(
                    r"\b(?:would|will)\b", sentence[clause_start(sentence, start) : start]
                )
            )
        )
        actor = target = None
        on: date | None = None
        after = [x for x in mentions if x.start >= m.end() and x.code]
        following: list[Mention] = []
        last_end = m.end()
        for x in after:  # "with Moon Jae-in and Trump", "between the US and North Korea"
            # "President Donald J. Trump": an initial is part of the name
            gap = re.sub(r"^(?:[ -][A-Z][\w-]*\.?)+", "", sentence[last_end : x.start])
            if m.group("subjtalks") and not following:
                # "talks on Wednesday with First Vice Foreign Minister Choi": the day and
                # the title before the one met
                gap = re.sub(r"(?:[A-Z][\w-]*\s+)+$", " ", _TALKS_DAY.sub(" ", gap, count=1))
            if (
                following
                and x.code == following[-1].code
                and re.fullmatch(
                    r"(?:\s+(?:[A-Z][\w.-]*|leader|president|minister|envoy))*\s+", gap
                )
            ):
                last_end = x.end
                continue  # "US President Donald Trump", "North Korean leader Kim Jong Un": one
            if following and not re.fullmatch(  # "between the North Korean envoy and …"
                r"\s*(?:(?:envoy|negotiator|delegation|leader|president|minister|officials?"
                r"|diplomats?)\s*)?(?:,|and|, and)\s+(?:the\s+)?(?:(?:leader|president"
                r"|prime minister|premier|chairman)\s+"
                # "and Chairman Kim Jong Un", "and Vice Chairman Kim Yong Chol", "and Secretary
                # of State Mike Pompeo": a title, capitalised before the name
                r"|(?:[A-Z][a-z]+\s+){1,3}(?:of\s+[A-Z][a-z]+\s+)?)?",
                gap,
            ):
                break
            if not following and not re.fullmatch(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?", gap):
                break
            if (
                following
                and re.fullmatch(r"\s*,\s+", gap)
                and re.fullmatch(r"(?:[A-Z][a-z]+\s+)?", sentence[:start])
                and _SUBJECT_NEXT.match(sentence, x.end)
            ):
                break  # "After talks with Moon and Abe, Trump urged": the main clause's subject
            if (
                following
                and re.fullmatch(r"\s*,\s*and\s+(?:the\s+)?", gap)
                and _SUBJECT_NEXT.match(sentence, x.end)
            ):
                break  # "his third summit with Kim, and Pompeo met Ri": the next clause's subject
            following.append(x)
            last_end = x.end
        when = _WHEN_AFTER.match(sentence, last_end)
        if re.match(
            r"\s+(?:[\w-]+\s+){0,10}?(?:is|was|are|were)\s+(?:\w+\s+)?(?:likely|expected"
            r"|due|set|planned|scheduled)\b",
            sentence[m.end() :],
        ):
            coming = True  # "a second summit between Trump and Kim was likely next year"
        if m.group("between") and re.match(
            r"\s+(?:[\w-]+\s+){0,8}?to\s+(?:begin|start|resume|take place)\b", sentence[m.end() :]
        ):
            continue  # "called for talks between Pyongyang and Washington to begin soon"
        named = m.group("named") or m.group("named2")
        if not named and m.group("noun") and m.group("noun").startswith("summit"):
            place = re.match(  # "Their previous summit in Hanoi in February"
                r",?\s+in\s+(" + "|".join(_NAMED_SUMMITS) + r")\b", sentence[m.end("noun") :]
            )
            if place:
                named = place.group(1)
                when = when or _MONTH_WORD.search(sentence, m.end(), m.end() + 70)
        if named:
            if (
                not when
                # "at the Singapore summit", "at their summit in Singapore" (the possessive
                # opens the match)
                and not re.search(r"\b[Aa]t\s+(?:(?:the|their)\s+)?$", sentence[:start])
                and not re.match(r",?\s+where\b", sentence[m.end() :])
                and not re.search(
                    r"\b(?:after|since|before)\s+(?:[\w'’-]+\s+){0,4}$", sentence[:start]
                )
                # "on Sept. 17, the eve of Moon's summit in Pyongyang": dated by the day before
                and not _DAY_OF_AN_EVENT.search(sentence, 0, start)
                # "the day Moon left for his summit in Pyongyang": travelled to, so held
                and not _LEFT_FOR.search(sentence, 0, start)
            ):
                continue  # "the spirit of the Singapore summit": cited, not told
            actor, on = _NAMED_SUMMITS[named]
            target, code = "each-other", "040"
        elif m.group("hyph"):
            if not when and not re.search(r"\b[Aa]t\s+(?:the|their|an?)\s+$", sentence[:start]):
                continue  # "US-North Korea talks have stalled": no event told
            named_pair = {
                _PAIR_CODES[n]
                for n in re.findall(r"(?:^|-)(" + _PAIR_NAMES + r")(?=-|$)", m.group("hyph"))
            }
            if len(named_pair) < 2:
                continue
            actor, target = joint_code(sorted(named_pair)), "each-other"
            code = "046" if m.group("hyphnoun") == "negotiations" else "040"
        elif m.group("korean"):
            # "the April 27 inter-Korean summit at Panmunjom": dated before the noun
            dated = re.search(
                r"\b(?:the|their)\s+((?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2})\s+$",
                sentence[:start],
            )
            if dated and not when:
                on = date_in(dated.group(1), published, coming)
            if (
                not when
                and not dated
                and not re.search(r"\b[Aa]t\s+(?:the|their|an?)\s+$", sentence[:start])
            ):
                continue  # "inter-Korean talks have stalled": no event told
            actor, target, code = "KOR+PRK", "each-other", "040"
        elif m.group("group"):
            actor, target, code = "KOR+USA", "each-other", "040"
        elif m.group("since"):
            # the two the sentence names, else the story's pair ("Talks have been frozen since
            # working-level negotiations in Stockholm broke down on Oct. 5")
            side = next(
                (x.code for x in mentions
                 if m.group("sincewith") and m.start("sincewith") <= x.start < m.end("sincewith")
                 and x.code),
                None,
            )  # fmt: skip
            pair = (
                (
                    joint_code([side, context.subject])
                    if side and context.subject and context.subject != side
                    else None
                )
                or _pair_before(mentions, start)
                or (
                    context.pair
                    if context.pair
                    and all(
                        set(x.code.split("+")) <= set(context.pair.split("+"))
                        for x in mentions
                        if x.code and not x.place
                    )
                    else None
                )
            )
            if pair is None or not when:
                continue
            actor, target = pair, "each-other"
            code = "046" if m.group("since") == "negotiations" else "040"
        elif m.group("pairtalks"):
            named = [x for x in mentions if x.code and not x.place]
            if (
                len(named) == 1
                and "+" in named[0].code
                and named[0].end <= start
                and not named[0].object
            ):  # "The two Koreas agreed at high-level talks": the talks of the pair agreeing
                actor = named[0].code
            elif context.pair and not named:
                actor = context.pair
            else:
                continue
            target, code = "each-other", "040"
        elif m.group("subjvisit"):
            traveller = _first_party(mentions, start)
            if following and (
                by := next(
                    (x for x in after if x.start > following[0].end
                     and _BY_TRAVELLER.fullmatch(sentence, following[0].end, x.start)),
                    None,
                )
            ):  # fmt: skip
                # "freed them during a visit to Pyongyang by Pompeo": the one after "by"
                # travels, not the sentence's subject
                traveller = by
            if traveller is None or not following or following[0].code == traveller.code:
                continue
            actor, code, target = traveller.code, "042", following[0].code
        elif m.group("tovisit"):
            host = next((x for x in after if x.start <= m.end() + 4), None)
            traveller = host and next(
                (x for x in after if x.start > host.end and not x.place
                 and _BY_TRAVELLER.fullmatch(sentence, host.end, x.start)),
                None,
            )  # fmt: skip
            if host is None or traveller is None or host.code == traveller.code:
                continue
            actor, code, target = traveller.code, "042", host.code
        elif m.group("byvisit"):
            traveller = following[0] if following else None
            host = traveller and next(
                (x for x in after if x.start > traveller.end
                 and re.fullmatch(r"(?:[ -][A-Z][\w-]*)*\s+to\s+(?:the\s+)?",
                                  sentence[traveller.end : x.start])),
                None,
            )  # fmt: skip
            if traveller is None or host is None or host.code == traveller.code:
                continue
            actor, code, target = traveller.code, "042", host.code
        elif m.group("placevisit"):
            traveller = _first_party(mentions, start)
            where = [x for x in mentions if x.end <= start and x.place and x.code]
            if traveller is not None and not where:
                # "Esper pressed Seoul to pay more during a visit on Friday": to the capital
                # he dealt with
                where = [
                    x for x in mentions
                    if traveller.end <= x.start and x.end <= start and x.code
                    and x.alias in CAPITALS
                ]  # fmt: skip
            if traveller is None or not where or where[-1].code == traveller.code:
                continue
            actor, code, target = traveller.code, "042", where[-1].code
        elif m.group("testof"):
            its = m.group("testof_pos") == "its" or m.group("testof_its")
            party = _tester(sentence, mentions, start) if its else None
            if m.group("testof_own"):
                party = next(iter(_owners(mentions, start)), None)
                if party is None or party.place:
                    continue
            # with no owner named, the North's: no other state tested missiles in these stories
            actor, target, code = (party.code if party else "PRK"), None, "X01"
            when = _LAUNCH_DAY.match(sentence, m.end()) or when
        elif m.group("teston") or m.group("daytest") is not None:
            party = next(iter(_owners(mentions, start)), None) if m.group("teston_own") else None
            if m.group("teston_own") and (party is None or party.place):
                continue
            # with no owner named, the North's, as for "the launch of a missile" above
            actor, target, code = (party.code if party else "PRK"), None, "X01"
            when = _DAY_THEN_WEAPON.match(sentence, m.end()) or when
        elif m.group("demolition"):
            razer = (
                next(iter(_owners(mentions, start)), None)
                if m.group("dem_own")
                else _last_party(mentions, start)
            )
            if razer is None or razer.place:
                continue
            actor, target, code = razer.code, None, "087"
            when = _ON_A_DAY.match(sentence, m.end()) or when
        elif m.group("shelling"):
            shooter = next(iter(_owners(mentions, start)), None)
            if shooter is None or shooter.place or shooter.code not in ("KOR", "PRK"):
                continue  # across the line between the two Koreas only: the other is its target
            actor, code = shooter.code, "190"
            target = "KOR" if actor == "PRK" else "PRK"
            when = _ON_A_DAY.match(sentence, m.end()) or when
        elif m.group("signeddeal"):
            # "the inter-Korean military pact signed on Sept. 19": the two Koreas', whatever
            # pair the story follows
            korean = re.search(r"\binter-Korean\b", m.group(0))
            actor = "KOR+PRK" if korean else _pair_before(mentions, start) or context.pair
            if not actor:
                continue
            target, code = "each-other", "057"
            when = re.compile(r"on\s+\S+").match(sentence, m.end()) or when
        elif m.group("placetalks") or m.group("broketalks") or m.group("heldround"):
            actor = _pair_before(mentions, start) or context.pair
            if not actor:
                continue
            target, code = "each-other", "046"
            when = re.compile(r"(?:on|in)\s+\S+").match(sentence, m.end()) or when
            month = re.compile(r"in\s+(" + "|".join(MONTHS) + r")\b(?!\.?\s+\d)").match(
                sentence, m.end()
            )
            if month:  # "in October": the last October before the article
                on = date(published.year, MONTHS[month.group(1)], 1)
                if on > published:
                    on = on.replace(year=on.year - 1)
        elif m.group("datedtalks"):
            group = [x for x in mentions if x.end <= start and "+" in x.code and not x.place]
            if not group and start < 3:
                # "At talks in Seoul on Jan. 9, officials of the two sides agreed": opening the
                # sentence, the talks of the joint subject after it
                group = [x for x in mentions if x.start >= m.end() and "+" in x.code][:1]
            actor = group[-1].code if group else context.pair
            if not actor:
                continue
            target, code = "each-other", "040"
            when = re.compile(r"on\s+\S+").match(sentence, m.end()) or when
        elif m.group("others"):
            if not re.search(r"\b(?:tests?|launch(?:es)?)\b", sentence[:start]):
                continue  # "after one on Oct. 31": only of tests told before it
            actor, target, code = "PRK", None, "X01"  # as for tests with no owner named
            when = re.compile(r"\s*on\s+\S+\s+\d+").match(sentence, m.end())
        elif m.group("tests"):
            owner = _owners(mentions, start)
            if (owner and owner[-1].place) or (m.group(0)[0] in "'’" and not owner):
                continue
            # with no owner named, the last tester's ("It was the fifth launch, after volleys
            # on July 25 and 31"), else the North's, as for "the launch of a missile" above
            tester = next((r.actor for r in reversed(before) if r.action in ("X01", "X02")), None)
            actor, target, code = (owner[-1].code if owner else tester or "PRK"), None, "X01"
            when = re.compile(
                r"\s*(?:(?:that|which)\s+(?:began|started)\s+)?(?:on|of)\s+\S+\s+\d+"
            ).match(sentence, m.end())
            nth = IN_A_MONTH_ON_THE.match(sentence, m.end())
            if nth:  # "in March, on the 2nd, 9th and 21st"
                on = date(published.year, MONTHS[nth.group(1)], int(nth.group(2)))
                if on > published:
                    on = on.replace(year=on.year - 1)
        elif m.group("test") or m.group("nthtest"):
            if re.match(r"e?s,", sentence[m.end() :]) and not re.search(
                r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+", m.group(0)
            ):
                continue  # "sanctions over its nuclear and missile tests, the last of them":
                # of what? only counted tests ("its six nuclear tests") have a last one
            owner = _owners(mentions, start)
            if m.group(0).startswith(("its", "and")):  # "… and its rocket launch on Feb. 7"
                party = _tester(sentence, mentions, start)
                owner = [party] if party else []
            if m.group("test_after"):
                actor = "PRK"  # as for "the launch of a missile" with no owner named
            elif not owner or owner[-1].place:
                continue
            else:
                actor = owner[-1].code
            target = None
            code = "X02" if (m.group("test") or "nuclear").startswith("nuclear") else "X01"
        elif m.group("jointtalks"):
            actor = _pair_before(mentions, start)
            if not actor:
                continue
            target, code = "each-other", "040"
            when = _DAY_BEFORE.search(sentence, 0, start) or when
        elif m.group("subjtalks") or m.group("subjmet"):
            speaker = _first_party(mentions, start)
            held_by = speaker.code if speaker is not None else None
            if speaker is None and not sentence[:start].strip():
                held_by = _fronted_subject(sentence, mentions, last_end, context)
            if m.group("talksplace"):  # the one after "with", not the place before it
                met_at = m.end("talksplace")
                following = [x for x in after if x.start > met_at and not x.place][:1]
            if held_by is None or not following or following[0].code == held_by:
                continue
            actor, code, target = held_by, "040", following[0].code
            met = {c for x in following for c in x.code.split("+")} - {held_by}
            if len(met) > 1:  # "during a three-way summit with China and South Korea"
                actor, target = joint_code(sorted(met | {held_by})), "each-other"
        elif m.group("hosttalks"):
            guest = _first_party(mentions, start)
            host = next((x for x in after if x.start == m.end() and x.place), None)
            if guest is None or host is None or host.code == guest.code:
                continue
            actor, code, target = guest.code, "046", host.code
        elif m.group("call"):
            parties = _call_parties(sentence, mentions, following, start, m.end("call"))
            if parties is None:
                continue
            (actor, target), code = parties, "040"
        elif m.group("setter") is not None or m.group("setby") is not None:
            if m.group("setby") is not None:
                setter = following[0] if following else None
            elif m.group("setter")[0].isupper():
                setter = next(
                    (x for x in mentions if m.start("setter") <= x.start < m.end("setter")), None
                )
            else:  # "the deadline he had set": the person named last, or the story's subject
                setter = (
                    _last_party(mentions, start)
                    if m.group("setter").startswith("it")
                    else next(
                        (x for x in reversed(mentions)
                         if x.end <= start and x.code and is_person(x.alias)),
                        None,
                    )
                )  # fmt: skip
                if setter is None and context.subject:
                    actor = context.subject
            if setter is not None and (not setter.code or setter.place):
                continue
            actor = setter.code if setter is not None else actor
            if actor is None:
                continue
            code = "100"
            # "set for Washington", "set for concessions from Washington": whom it is put to
            meant = re.compile(
                r"\s+(?:[\w.]+\s+){0,3}?for\s+(?:the\s+)?(?:[\w-]+\s+(?:from|by)\s+(?:the\s+)?)?"
            ).match(sentence, m.end())
            target = next(
                (x.code for x in mentions if meant and x.start == meant.end() and x.code != actor),
                None,
            ) or next(  # "warned the United States not to ignore the deadline set by Kim"
                (x.code for x in mentions if x.code and not x.place and x.code != actor), None
            )
            when = _WHEN_AFTER.match(sentence, m.end())
            when = when or re.compile(r"\s+(?:[\w.]+\s+){0,4}?(?:in|on)\s+[A-Z]").match(
                sentence, m.end()
            )
        elif m.group("act") or m.group("adjact") or m.group("fromact"):
            if m.group("adjact"):
                owner = [x for x in mentions if m.start("adj") <= x.start < m.end("adj")]
            elif m.group("fromact"):
                owner, following = following[:1], following[1:]
            else:
                owner = _owners(mentions, start)
            if not owner or owner[-1].place or not owner[-1].code:
                continue
            if re.match(r"\s+(?:that|for)\b", sentence[m.end() :]):
                # "the North's demand that UN sanctions be lifted": content; but "Trump's
                # demand that Seoul pay more": the one its clause asks to act is whom it is on
                asked = _ASKED_TO_ACT.match(sentence, m.end())
                following = [
                    x
                    for x in following
                    if asked and x.start == asked.end() and x.code and not x.place
                    and _ASKED_VERB.match(sentence, x.end)
                ][:1]  # fmt: skip
            act = m.group("act") or m.group("adjact") or m.group("fromact")
            if act.lower().startswith("request") and not _REQUEST_TURNED_DOWN.search(
                sentence, max(0, owner[0].start - 40), owner[0].start
            ):
                continue  # "at Trump's request", "backed Seoul's request": cited, not told
            actor, code = owner[-1].code, _ACT_CODES[act.lower().rstrip("s")]
            members = set(actor.split("+"))
            if _TO_DO.match(sentence, m.end()) and any(
                x.code and not x.place and x.end <= owner[0].start
                and not set(x.code.split("+")) & members
                and _VERB_THEN_OWNER.fullmatch(sentence, x.end, owner[0].start)
                for x in mentions
            ):  # fmt: skip
                # "Trump rejected Kim's demand to lift UN sanctions": made to the one who
                # rejected it; whom its content names is what was asked, not whom
                following = []
            if code in ("111", "114", "051") and act != "calls":
                # "Seoul's regret over the pullout", "Moscow's praise": aimed at what it reacts to
                event = reacted_to(sentence[m.end() :], before, members, vague=False) or next(
                    (r for r in reversed(before)
                     if not set(r.actor.split("+")) <= members
                     and r.action not in REACTIONS and r.action not in ("030", "036", "010")),
                    None,
                )  # fmt: skip
                aim = aimed_at(event, members) if event is not None else None
                if aim is None:
                    continue
                report = _noun_report(actor, code, aim, sentence, published, codebook, None)
                out.append(report)
                context.nominal[id(report)] = False
                continue
            # "Trump's warning in London": where it was made, not whom it was made to
            others = [
                x.code for x in following if not x.place and not set(x.code.split("+")) & members
            ]
            # "it supported South Korea's call for an explanation": the one who backs a call
            # is not the one called on
            backed = re.search(
                # "voiced support on Friday for Seoul's calls": the noun, its day, "for"
                r"\b(?:support|back|welcome|endorse|echo|join)(?:s|d|ed|ing)?\s+"
                r"(?:(?:on|in)\s+[A-Z]\w+\s+)?(?:for\s+)?(?:the\s+)?$",
                sentence[: owner[0].start],
            )
            others = others or [  # "Trump rejected Kim's demand": made to Trump
                x.code for x in mentions
                if x.code and x.end <= start and not x.place and not backed
                and not set(x.code.split("+")) & members
            ][-1:]  # fmt: skip
            if (
                not others
                and before
                and not (m.group("fromact") and _ENDS_SENTENCE.fullmatch(sentence, owner[-1].end))
            ):
                # "supported South Korea's call": the other side (not "has its roots in a
                # warning from the North.", told with no day, content or party it was made to)
                last = before[-1]
                others = [c for c in [*last.actor.split("+"), *(last.target or "").split("+")]
                          if c.isupper() and c not in members]  # fmt: skip
            others = others or [
                x.code for x in mentions
                if x.code and not set(x.code.split("+")) & members
                and not (x.place and x.start > start)  # where it was made, after it
                and not (backed and x.end <= start)
                # "Trump's cancellation of the Singapore summit stunned Seoul": whom a step
                # told as a noun struck is named with it, not as the clause's object
                and act.lower() not in _STEP_NOUNS
            ]  # fmt: skip
            if not others and code != "020":
                continue
            # "Beijing's call for restraint went unheeded": an appeal may stand aimed at no one
            target = others[0] if others else None
        elif m.group("pairpos"):
            codes = {_PAIR_CODES[n] for n in re.findall(_PAIR_NAMES, m.group("pairpos"))}
            if len(codes) < 2:
                continue
            actor, target, code = joint_code(sorted(codes)), "each-other", "040"
        elif m.group("between"):
            codes = {c for x in following for c in x.code.split("+")}
            if len(codes) < 2:
                continue
            actor, target = joint_code(sorted(codes)), "each-other"
            code = "046" if m.group("between").lower() == "negotiations" else "040"
        elif (
            m.group("pos") in ("their", "Their")
            and not re.search(r"\b(?:held|hold|holds|holding)\s+$", sentence[:start])
            and not m.group("noun").startswith(("visit", "trip"))
            and (
                m.group("prep") in ("at", "in", "on")
                # "agreed at their September 2018 summit to make a joint bid": the month
                # before the noun dates it, and what follows is the agreement's content
                or (m.group("prep") == "to" and _month_before(m))
            )
            and (
                (dated_before := _month_before(m))
                or date_in(sentence[m.end() : m.end() + 70], published, False) is not None
                or re.search(
                    r"\b(?:" + "|".join(MONTHS) + r")\b|\b(?:19|20)\d\d\b",
                    sentence[m.end() : m.end() + 70],
                )
                or re.match(r"\s*At\s+$", sentence[: m.start()])  # "At their summit, they agreed"
                or _DAY_OF_AN_EVENT.search(sentence, 0, start)
            )
            and (pair := _pair_before(mentions, start) or context.pair)
        ):  # "following their first meeting at Panmunjom on April 27": the two met
            actor, target, code = pair, "each-other", "040"
            on = date_in(
                m.group("dayof") or sentence[m.end() : m.end() + 70],
                published,
                False,
                sentence[: m.start("dayof") if m.group("dayof") else m.end()],
            )
            if on is None:
                # "their September 2018 summit": the month and year before the noun
                dating = (
                    sentence[start : m.start("noun")]
                    if dated_before
                    else sentence[m.end() : m.end() + 70]
                )
                year = re.search(r"\b((?:19|20)\d\d)\b", dating)
                month = re.search(r"\b(" + "|".join(MONTHS) + r")\b", dating)
                if year and month:
                    on = date(int(year.group(1)), MONTHS[month.group(1)], 1)
                elif month and dated_before:  # "their September summit": the last September
                    on = date_in(f"in {month.group(1)}", published, False)
                if on is not None and month:  # "their September summit in Pyongyang"
                    at = (start if dated_before else m.end()) + month.start()
                    on = month_day(sentence, at, at + len(month.group(0)), on, published)
        else:
            noun, prep = m.group("noun"), m.group("prep")
            if prep not in ("to", "with", "in", "there"):
                continue
            if m.group("pos") in ("'s", "’s"):
                owner = [x for x in mentions if start - 1 <= x.end <= start + 2]
                if not owner or not owner[-1].code:
                    continue
                actor = owner[-1].code
            elif m.group("pos") == "whose":  # "Pompeo, whose last trip to Pyongyang …"
                party = _last_party(mentions, start)
                if party is None or not re.fullmatch(r"\s*,\s*", sentence[party.end : start]):
                    continue
                actor = party.code
            else:
                inner = [
                    (a.start, a.end)
                    for a in asides_before(sentence, start, lambda a: a.who_or_which)
                ]
                earlier = [
                    x
                    for x in mentions
                    if x.end <= start
                    and x.code
                    and is_person(x.alias)
                    and not any(a < x.start < b for a, b in inner)  # "Kim, who hosted Pompeo,"
                ]
                # "Kim had told Putin …, at his summit with Trump": the person who was the
                # subject of a verb, not the one the verb was aimed at
                doers = [
                    x
                    for x in earlier
                    if _SUBJECT_NEXT.match(sentence, x.end)
                    # "…, with Kim travelling to Vladivostok for his summit with Putin": the
                    # subject of the participle after "with" does it too
                    or (
                        _ABSOLUTE_SUBJECT.match(sentence, x.end)
                        and re.search(r"\bwith\s+$", sentence[: x.start])
                    )
                ]
                # "his summits with Moon Jae-in and his meeting with Trump": the one met, named
                # after "with", is not whose the next meeting is
                earlier = [x for x in earlier if not _WITH_BEFORE.search(sentence, 0, x.start)]
                fronted = (
                    _fronted_subject(
                        sentence, mentions, following[0].end if following else m.end(), context
                    )
                    if not earlier and re.fullmatch(r"[A-Z][a-z]+\s+", sentence[:start])
                    else None
                )
                # "the day Moon left for his summit": the one who left
                left = _LEFT_FOR.search(sentence, 0, start)
                goers = [x for x in earlier if left and not sentence[x.end : left.start()].strip()]
                # "Chung, the adviser, briefed Trump on his talks with Kim": the one the verb
                # was aimed at is not whose the talks were
                subjects = [x for x in earlier if not _OBJECT_OF_VERB.search(sentence, 0, x.start)]
                if m.group("pos") in ("his", "her") and earlier:
                    actor = (goers or doers or subjects or earlier)[-1].code
                elif fronted is not None:
                    # "During his meeting with Moon, Pompeo urged …": the "his" of a phrase put
                    # before the subject is the subject's (whom the comma joined to those met)
                    actor = fronted
                    following = [x for x in following if x.code != fronted]
                elif context.subject and not earlier:
                    actor = context.subject
                else:
                    continue
            if noun.startswith(("visit", "trip")):
                if prep == "there":  # "The mood in Pyongyang has soured since his trip there"
                    following = [x for x in mentions if x.end <= start and x.place and x.code][-1:]
                if prep not in ("to", "there") or not following:
                    continue
                code = "042"
            elif (
                prep == "in"
                and noun == "summit"
                and m.group("pos") in ("'s", "’s", "his", "her")  # not "their summits in 2000"
                and following
                and following[0].place
                and not sentence[m.end() : following[0].start].strip()
            ):
                code = "040"  # "Moon's summit in Pyongyang": with the host of the place
            else:
                if prep != "with" or not following:
                    continue
                code = "040"
            members = set(actor.split("+"))
            targets = [x.code for x in following if not set(x.code.split("+")) <= members]
            if not targets:
                continue
            if code == "040" and len(following) > 1:
                for t in targets[:-1]:  # "his summits with Moon and Trump": one each
                    out.append(_noun_report(actor, code, t, sentence, published, codebook))
                    context.nominal[id(out[-1])] = False
            target = targets[-1]
        if re.search(
            r"\b(?:to|will|would)\s+(?:hold|have|host|stage)\s+(?:an?\s+|the\s+|their\s+)?"
            r"(?:[\w-]+\s+)?$",
            sentence[:start],
        ):
            coming = True  # "agreed to hold a summit between Moon and Kim on April 27"
        if on is None:  # "two days before Moon travels to Pyongyang for his third summit"
            on = counted_day(sentence, start, m.end(), published)
        if on is None and (apposed := _DAY_OF_AN_EVENT.search(sentence, 0, start)):
            on = _day_of_the_event(apposed, published)  # "on Sept. 17, the eve of the summit"
        if on is None and m.group("dayof"):  # "after his June 12 summit with Kim"
            on = date_in(m.group("dayof"), published, coming)
        if on is None and when:
            on = date_in(
                sentence[when.start() : when.end() + 12],
                published,
                coming,
                sentence[: when.start()],
            )
        if on is None and code in ("100", "030", "036") and (m.group("act") or m.group("adjact")):
            # "Since the collapse on Feb. 28, when Trump walked away from Kim's demand": the
            # sentence's day, so it is not taken for a demand (an offer) told on another day
            on = date_in(sentence, published, False)
        report = _noun_report(actor, code, target, sentence, published, codebook, on)
        if report.on > published or coming:
            report = replace(report, modality="planned")
        out.append(report)
        context.nominal[id(report)] = on is not None
        if _TIME_OF_ANOTHER.search(sentence, max(0, start - 40), start):
            context.relative.add(id(report))
        if on is not None and code in ("X01", "X02"):
            # "launches of May 4 and May 9": the days told with "of" as with "on"
            told_days = re.sub(r"^\s+of\b", " on", sentence[m.end() - 1 :])
            for day in more_days(told_days, on, published):
                out.append(replace(report, on=day))  # "after tests on March 2 and March 9"
                context.nominal[id(out[-1])] = True
        if m.group("noun") in ("visits", "trips", "summits", "meetings") and not coming:
            # "Kim's previous visits to China came on March 25-28, his first trip abroad, on
            # May 7-8, to Dalian, and on June 19-20": one visit a day told, to the clause's end
            end = CLAUSE_END.search(sentence, m.end())
            span = sentence[m.end() : end.start() if end else len(sentence)]
            told = list(_ON_A_DATE.finditer(span))
            first = on or (date_in(told[0].group(0), published, False) if told else None)
            days: list[date] = []
            if first is not None and (on is not None or len(told) > 1 or " and " in span):
                if on is None:  # the first day told is the first visit's
                    out[-1] = report = replace(report, on=first)
                    context.nominal[id(report)] = True
                days = more_days(span, first, published)
                for d in told:
                    try:
                        day = date(first.year, MONTHS[d.group(1)], int(d.group(2)))
                    except ValueError:
                        continue
                    if day != first and day <= published and day not in days:
                        days.append(day)
            for day in days:
                out.append(replace(report, on=day))
                context.nominal[id(out[-1])] = True
    return out


# "met again on May 26, weeks after their summit in April", "have not met since their third
# summit": the event named as the time of another act
_TIME_OF_ANOTHER = re.compile(r"\b(?:after|before|since|following)\s+$")


_A_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")


def _month_before(m: re.Match[str]) -> bool:
    """ "their September summit", "their April 2018 meeting": a month named before the noun."""
    return bool(_A_MONTH.search(m.string, m.start(), m.start("noun")))


# "signed on Sept. 19, the second day of their summit", "on Sept. 17, the eve of Moon's
# summit": a day told in apposition dates the event named after it
_DAY_OF_AN_EVENT = re.compile(
    r"\bon\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2},\s+"
    r"the\s+(?P<which>(?:first|second|third|last|final|opening|closing)\s+day|eve|day before"
    r"|day after)"
    r"(?:\s+of)?(?:\s+[\w-]+){0,5}?\s*$"
)


def _day_of_the_event(apposed: re.Match[str], published: date) -> date | None:
    """The event's own day from the day told before it: the eve or the day before is the day
    before the event, its second day the day after its first."""
    day = date_in(apposed.group(0), published, False)
    which = apposed.group("which")
    if day is None:
        return None
    shift = {"eve": 1, "day before": 1, "day after": -1, "second day": -1, "third day": -2}
    return day + timedelta(days=shift.get(which, 0))


# "Moon left for his summit in Pyongyang": a trip to the event
_LEFT_FOR = re.compile(
    r"\b(?:left|leaves|leaving|flew|flies|set off|headed|travell?ed)\s+(?:[\w-]+\s+)?for\s+"
    r"(?:(?:his|her|their|the)\s+)?$"
)


_ON_A_DATE = re.compile(
    r"\bon\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})\b"
)


def _call_parties(
    sentence: str, mentions: list[Mention], following: list[Mention], start: int, end: int
) -> tuple[str, str] | None:
    """Who held the call a noun tells of (the call ends at `end`): the subject before it and
    whom it was with, or the two joined in the subject; a call put before its sentence's
    subject is that subject's with the party its verb deals with."""
    speaker = _first_party(mentions, start)
    if speaker is None:
        return _fronted_call(sentence, mentions, end) if not sentence[:start].strip() else None
    if re.match(r"\s+with\b", sentence[end:]):
        target = next((x.code for x in following if x.code != speaker.code), None)
        return (speaker.code, target) if target else None
    # "Shanahan and Jeong made the decision in a telephone call on Saturday"
    pair = _joint_subject(sentence, mentions, speaker) or _pair_before(mentions, start)
    return (pair, "each-other") if pair else None


def _fronted_call(sentence: str, mentions: list[Mention], end: int) -> tuple[str, str] | None:
    """A call put first: "In a phone call on Tuesday, Trump backed Moon's plan" is Trump's call
    with Moon; with a subject of two ("…, Moon and Trump agreed to put off the drills") it is
    theirs with each other, one event with a meeting its verb tells ("…, Moon and Trump
    discussed"), not with the step they agreed on."""
    parties = [x for x in mentions if x.start >= end and x.code and not (x.place or x.object)]
    with_ = re.match(r"\s+with\b[^,]*,", sentence[end:])
    if with_:  # "In a call with Moon on Tuesday, Trump backed …": the subject after the comma
        # (the one after "with" is read as an object of it: the other party all the same)
        party = [
            x for x in mentions if end <= x.start < end + with_.end() and x.code and not x.place
        ][:1]
        parties = party + [x for x in parties if x.start >= end + with_.end()]
        parties = parties[1:2] + parties[:1] if len(parties) > 1 else []
    if not parties or "+" in parties[0].code:
        return None
    subject = parties[0]
    if (pair := _joint_subject(sentence, mentions, subject)) is not None:
        return None if with_ else (pair, "each-other")
    other = next((x.code for x in parties[1:] if x.code != subject.code), None)
    return (subject.code, other) if other and "+" not in other else None


# "demand that Seoul pay": the subject of the clause a demand asks done, and its verb
_ASKED_TO_ACT = re.compile(r"\s+that\s+(?:the\s+)?")
_ASKED_VERB = re.compile(r"\s+(?:should\s+|must\s+)?(?!sanctions\b)[a-z]+\b")


# "demand to lift …": an infinitive, what a speech act told as a noun asks or offers
_TO_DO = re.compile(r"\s+to\s+(?!(?:the|its|his|her|their|a|an)\b)[a-z]+\b")


# "Trump rejected Kim's …": a verb between the one it is made to and the act's owner
# ("Moon welcomed Kim's offer to …": one who backs it is not whom it is made to)
_VERB_THEN_OWNER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?!(?:support|back|welcom|endors|echo|join|hail|prais)\w*\s)"
    r"[a-z]+(?:ed|s)\s+"
)


# "… to Seoul by US Secretary of State Mike Pompeo": "by", the traveller's title, his name
_BY_TRAVELLER = re.compile(
    r"\s+(?:(?:on|in|last|this|early|late)\s+[\w.]+(?:\s+\d{1,2})?\s+)?by\s+"
    r"(?:(?:the|a|[A-Z][\w.'’-]*|of|deputy|secretary|special|representative|envoy)\s+){0,7}?"
)


# "talks on Monday with": a day told between talks and those they were held with
_TALKS_DAY = re.compile(
    r"^\s+(?:on\s+[A-Z][\w.]*(?:\s+\d{1,2})?|(?:last|this)\s+[a-z]+)(?=\s+with\b)"
)


# "…, on Wednesday, Mr Biegun said", "…, he told": the subject after a fronted phrase, then
# its verb
_SUBJECT_AFTER_COMMA = re.compile(
    r",\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:(?P<pronoun>he|she|it|they)\s+|(?=[A-Z]))"
)


def _fronted_subject(
    sentence: str, mentions: list[Mention], end: int, context: Context
) -> str | None:
    """Who holds the talks a fronted phrase tells of ("After talks with Choi on Wednesday,
    Biegun said"): the subject of the main clause after it, a party named right before its
    verb, or a pronoun standing for the story's subject."""
    for comma in _SUBJECT_AFTER_COMMA.finditer(sentence, end):
        if comma.group("pronoun"):
            return context.subject if re.match(r"[a-z]", sentence[comma.end() :]) else None
        subject = next((x for x in mentions if x.start == comma.end()), None)
        if (
            subject is not None
            and subject.code
            and not (subject.place or subject.object)
            and _SUBJECT_NEXT.match(sentence, subject.end)
        ):
            return subject.code
    return None


def _first_party(mentions: list[Mention], start: int) -> Mention | None:
    """The sentence's first party before `start` that is neither a place nor an object: who
    made the visit, held the talks or the call a noun tells of."""
    return next(
        (x for x in mentions if x.end <= start and x.code and not (x.place or x.object)), None
    )


# "President Moon Jae-in and US President Donald Trump": names, titles and "and"
_SUBJECTS_JOINED = re.compile(
    r"(?:\s+[A-Z][\w.-]*){0,2}\s*(?:,|and|,\s*and)?\s*(?:[A-Z][\w.-]*\s+){0,3}"
)


def _joint_subject(sentence: str, mentions: list[Mention], first: Mention) -> str | None:
    """The parties of a subject joined by "and" from `first` ("Moon and Trump discussed the
    North's test in a call": theirs, not the North's), or None when it names one."""
    listed = listed_after(sentence, mentions, first, _SUBJECTS_JOINED)
    codes = joint_code([first.code, *(x.code or "" for x in listed)])
    return codes if "+" in codes else None


def _owners(mentions: list[Mention], start: int) -> list[Mention]:
    """The parties whose possessive ends where a noun starts ("the North's test", "Kim's
    demand"): the act's owners."""
    return [x for x in mentions if start - 1 <= x.end <= start + 2 and x.code]


# ", on Nov. 23": the day told right after a dated act's noun
_ON_A_DAY = re.compile(r",?\s+on\s+\S+")
# "had signalled on Monday, after talks …": the day told right before the talks
_DAY_BEFORE = re.compile(r"\bon\s+[A-Z][\w.]*(?:\s+\d{1,2})?$")


def _tester(sentence: str, mentions: list[Mention], start: int) -> Mention | None:
    """Whose "its" test is: the party named last, passing over one named only as what a noun
    is of ("Pyongyang is under UN sanctions, tightened after its sixth nuclear test": the
    North's, not the UN's)."""
    owners = [
        x
        for x in mentions
        if x.end <= start
        and x.code
        and not x.place
        and not (_ATTRIBUTIVE.match(sentence, x.end) and _IN_A_PHRASE.search(sentence[: x.start]))
    ]
    return owners[-1] if owners else _last_party(mentions, start)


# A party named before a common noun it qualifies, inside a phrase ("under UN sanctions")
_ATTRIBUTIVE = re.compile(r"\s+(?!and\b|or\b)[a-z]+s\b")
_IN_A_PHRASE = re.compile(r"\b(?:under|of|by|from|with|against|over|on|to|the|an?)\s+$")


def _last_party(mentions: list[Mention], start: int) -> Mention | None:
    """The party named last before `start`, not as a place: whose "its" test or "whose" trip."""
    return next((x for x in reversed(mentions) if x.end <= start and x.code and not x.place), None)


def _pair_before(mentions: list[Mention], start: int) -> str | None:
    """The two parties named last before `start` in the sentence ("between Moon and Kim")."""
    codes: list[str] = []
    for x in reversed([x for x in mentions if x.end <= start and x.code and not x.place]):
        for c in x.code.split("+"):
            if c not in codes:
                codes.append(c)
        if len(codes) >= 2:
            return joint_code(
                codes[:2]
            )  # the nearest two: "signed by Kim and Moon at their summit"
    if not codes:  # "At their third summit in Pyongyang, Moon and Kim agreed": the two after
        for x in [x for x in mentions if x.start > start and x.code and not x.place]:
            codes += [c for c in x.code.split("+") if c not in codes]
            if len(codes) >= 2:
                return joint_code(codes[:2])
    return None


# A person named after "with" ("talks with South Korean President Moon"): the one met
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:[A-Z][\w.'’-]*|the)\s+){0,4}$")


def _noun_report(
    actor: str,
    code: str,
    target: str | None,
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    on: date | None = None,
) -> Report:
    name, weight = code_name(code, codebook)
    when = on or published
    return Report(
        actor=actor,
        action=code,
        action_name=name,
        goldstein=weight,
        target=target,
        on=when,
        tracks=tracks_of(code, sentence, actor, target),
        modality="done",
        evidence=sentence,
        quote=None,
        confidence=60,
    )


REACTIONS = frozenset({"051", "111", "112", "114", "115", "120", "130", "020", "100"})


OPINION = re.compile(
    r"\b(?:[Aa]nalysts?|[Ee]xperts?|[Oo]bservers?|[Cc]ritics?|[Ss]cholars?|[Cc]ommentators?|"
    r"professor|researcher|fellow at|think tank|[Ff]ormer (?:[\w-]+ ){0,2}?(?:official|negotiator"
    r"|diplomat|envoy|ambassador|adviser))\b"
)


# "Still, some questioned how far Seoul could push …", "Others were more sceptical about the
# promised visit": unnamed doubters opening the sentence give a view, not what was done
DOUBTERS = re.compile(
    r"(?:(?:Still|But|However|Yet),?\s+)?(?:[Ss]ome|[Oo]thers|[Mm]any)\s+"
    r"(?:(?:analysts|experts|observers|diplomats)\s+)?(?:were\s+(?:more\s+|less\s+|far\s+)?"
    r"(?:sceptical|skeptical|doubtful|cautious)|questioned|doubted|wondered)\b"
)


OPINION_VERB = re.compile(
    r"\b(?:said|say|says|believe[sd]?|think|thinks|thought|argue[sd]?|noted|expect|expected|"
    r"suggested|speculated|warned)\b"
)


# "denounced the seizure", "welcomed the decision": the event a reaction names, found by the
# verb that told it earlier in the article
# What one side puts to another: asked of it ("rejected the suggestion") or offered to it
# ("dismissed the proposal")
_ASKED = ("suggestion", "suggestions", "demand", "demands", "appeal", "call")
_OFFERED = ("proposal", "proposals", "offer", "idea", "overture", "invitation")


_EVENT_NOUNS: dict[str, str] = {
    "seizure": r"seiz",
    "decision": r"decid|decision|suspend|halt|cancel|postpon|scrap|call(?:ed)? off",
    "announcement": r"announc", "handover": r"hand|return|repatriat|releas",
    "launch": r"launch|fir(?:e|ed|ing)\b", "launches": r"launch|fir(?:e|ed|ing)\b",
    "test": r"test|launch|fir(?:e|ed)\b", "tests": r"test|launch|fir(?:e|ed)\b",
    "test-firing": r"test|launch|fir(?:e|ed)\b", "firing": r"test|launch|fir(?:e|ed)\b",
    "killing": r"kill|shot|shoot", "shooting": r"kill|shot|shoot",
    "demolition": r"demolish|bl[eo]w", "explosion": r"bl[eo]w|explo", "expulsion": r"expel",
    "expulsions": r"expel", "withdrawal": r"withdr|pull", "cancellation": r"cancel|call(?:ed)? off",
    "suspension": r"suspend", "closure": r"clos|shut", "shutdown": r"clos|shut",
    "deployment": r"deploy",
    "curbs": r"curbs|controls|restrictions", "measures": r"curbs|controls|restrictions|sanction",
    "pullout": r"pull|withdr", "report": r"report|panel|found|finding",
    # "denounced that reaction as imbecility": the one who reacted (criticised, protested)
    "reaction": r"critici[sz]|condemn|denounc|regret|concern|protest|slam|deplor",
    "accusation": r"accus|blam", "accusations": r"accus|blam", "allegation": r"accus|alleg",
    "allegations": r"accus|alleg", "criticism": r"critic|condemn|denounc|slam",
    "findings": r"report|panel|found|finding",
    "statement": r"statement|accus|warn|criticis|criticiz|denounc|slam|threat|reject",
    "designations": r"blacklist|sanction|designat", "designation": r"blacklist|sanction|designat",
    "sanctions": r"blacklist|sanction|designat",
    "summit": r"summit|\bmet\b|meeting|\btalks\b", "talks": r"talks|negotiat|\bmet\b|meeting",
    "meeting": r"\bmet\b|meeting|talks|summit", "outcome": r"summit|talks|agree|sign|declar",
    "results": r"summit|talks|agree|sign|declar", "agreement": r"agree|sign|pact|accord|deal",
    "deal": r"agree|sign|deal", "accord": r"agree|sign|accord", "pact": r"agree|sign|pact",
    "declaration": r"declar", "project": r"project|rail|road|survey|Kaesong|Kumgang",
    "survey": r"survey|rail|road", "visit": r"visit|trip|travel", "trip": r"visit|trip|travel",
    "parade": r"parade|unveil|display|show", "drills": r"drill|exercise",
    "steps": r"\w", "step": r"\w", "move": r"\w", "moves": r"\w", "efforts": r"\w",
    "exercise": r"drill|exercise",
    # "put the request on hold": the one who asked
    "request": r"\bask|request", "requests": r"\bask|request",
    # "rejected the suggestion", "dismissed the proposal": the one who made it
    **dict.fromkeys(_ASKED, r"suggest|press|urg|\bask|demand|insist|call|appeal|propos"),
    **dict.fromkeys(_OFFERED, r"propos|offer|suggest|invit"),
    # "rebuffed the idea" after Seoul said it was reviewing whether to lift its sanctions: an
    # option weighed is an idea too
    "idea": r"propos|offer|suggest|invit|review|consider|weigh",
}  # fmt: skip


MEETINGS = frozenset({"040", "042", "043", "046", "030", "036", "057"})


# What one side puts to another, and the acts that put it ("rejected the suggestion")
_PROPOSAL_NOUNS = frozenset(_ASKED + _OFFERED)
_PROPOSAL_CODES = frozenset({"020", "100", "030", "036"})


_SPEECH_NOUNS = frozenset(
    {
        "report",
        "findings",
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "criticism",
        "reaction",
        "statement",
        "request",
        "requests",
        *_PROPOSAL_NOUNS,
    }
)


EVENT_CODES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("summit", "talks", "meeting", "outcome", "results"), MEETINGS),
    **dict.fromkeys(("agreement", "deal", "accord", "pact", "declaration"),
                    frozenset({"030", "057"})),
    **dict.fromkeys(("visit", "trip"), frozenset({"040", "042", "043"})),
    "pullout": frozenset({"161", "087", "166", "010"}),  # of staff or troops, not of sanctions
    "handover": frozenset({"084"}),
    **dict.fromkeys(("request", "requests"), frozenset({"020"})),
    **dict.fromkeys(_PROPOSAL_NOUNS, _PROPOSAL_CODES),
    "idea": _PROPOSAL_CODES | {"014"},
    **dict.fromkeys(("designations", "designation", "sanctions"), frozenset({"163"})),
    **dict.fromkeys(
        ("launch", "launches", "test", "tests", "test-firing", "firing"), frozenset({"X01", "X02"})
    ),
}  # fmt: skip


_VAGUE_ACTS = frozenset({"move", "moves", "step", "steps", "decision"})


REACTED_NOUN = re.compile(
    # "expressed regret over the statement", "voiced \"grave concern\" over the launch"
    r"[\"”]?\s*(?:(?:over|at|about|with|against|to)\s+)?"
    r"(?:the|this|that|these|its|their|his|her|(?:\w+day|last \w+)['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(" + "|".join(_EVENT_NOUNS) + r")\b"
)


NAMES_PROJECT = re.compile(
    r"\s*(?:the|this|that|its|their)?\s*(?:[\w-]+\s+){0,3}?(?:project|survey|railways?"
    r"|rail|roads?|plan|work|office|park|complex|tours?)\b"
)


# What an offer asks in return ("in exchange for the lifting of UN sanctions"), and a body named
# there only as the owner of the measures to be lifted: it pays nothing and is offered nothing
# (not "in return for security guarantees from Washington", who would give them)
_IN_RETURN = re.compile(r"\bin\s+(?:return|exchange)\s+for\b")
_MEASURES_OWNED = re.compile(
    r"(?:'s|’s)?\s+(?:[a-z-]+\s+)?(?:sanctions|restrictions|resolutions|measures|embargo)\b"
)


def owns_the_price(sentence: str, start: int, m_start: int, m_end: int) -> bool:
    """The party named at `m_start`..`m_end` only owns the measures an offer told from `start`
    asks to be lifted in return ("in exchange for relief from UN sanctions")."""
    price = _IN_RETURN.search(sentence, start, m_start)
    return price is not None and bool(_MEASURES_OWNED.match(sentence, m_end))


# "warned that the world would soon witness a new weapon": the world told it is no one in
# particular
WORLD_WARNED = re.compile(
    r"\b(?:warn|threaten|promis|vow)\w*\s+that\s+(?:the\s+)?(?:world|international community"
    r"|outside world)\b"
    # "declared the North no longer bound by its moratorium": a restraint dropped before all
    r"|" + NO_LONGER_BOUND
)


GENERIC_OBJECT = re.compile(
    r"\s*(?:(?:other|all|the|member|many|some|its)\s+)*(?:countries|governments|nations"
    r"|states|members|sides|parties|international community|world|restraint|calm|caution"
    r"|(?:shipping |banking |insurance )?industry|companies|businesses|firms|banks|shippers"
    r"|citizens|residents|people|public|party officials|officials|workers|scientists"
    r"|(?:foreign |defence |finance )?ministers)\b"
    r"(?! of the (?:Korean )?[Pp]eninsula)"
    # "called for calm on both sides": the two sides are named, the appeal is aimed at them
    r"(?!\s+(?:on|from|by)\s+both\s+sides\b)"
)


def _owner(evidence: str, told: re.Pattern[str]) -> str | None:
    """Whose the event word of a sentence is, when it is owned ("rebuked South Korea for its
    decision": KOR)."""
    word = told.search(evidence)
    if word is None or not re.search(
        r"(?:'s|’s|\bits|\btheir)\s+(?:[\w-]+\s+)?$", evidence[: word.start()]
    ):
        return None
    owner = [x for x in mentions_in(evidence[: word.start()]) if x.code and not x.place]
    return owner[-1].code if owner else None


def _owned_by_another(r: Report, told: re.Pattern[str]) -> bool:
    """Whether the event word of `r`'s sentence is another party's ("rebuked South Korea for
    its decision to scrap the pact …, as Pyongyang has been testing missiles": the decision
    is Seoul's, not the North's that the sentence also tells)."""
    owner = _owner(r.evidence, told)
    return owner is not None and not set(owner.split("+")) & set(r.actor.split("+"))


def _tells(r: Report, told: re.Pattern[str]) -> bool:
    """Whether `r`'s sentence tells the event itself ("Seoul decided to end the pact"), not
    only names it again ("the decision was made after Tokyo removed Seoul from its list")."""
    return any(
        not re.search(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?$", r.evidence[: w.start()])
        for w in told.finditer(r.evidence)
    )


def owner_named(tail: str, pool: Sequence[Report], members: set[str]) -> str | None:
    """The party whose event a reaction names when the story told it only as owned, with no
    report of its own ("rebuked South Korea for its decision …. Japan protested the
    decision": South Korea)."""
    m = REACTED_NOUN.match(tail)
    if m is None:
        return None
    told = re.compile(r"(?i)\b(?:" + _EVENT_NOUNS[m.group(1)] + r")")
    for r in reversed(pool):
        owner = _owner(r.evidence, told)
        if owner and owner.isupper() and not set(owner.split("+")) & members:
            return owner
    return None


def reacted_to(
    tail: str,
    pool: Sequence[Report],
    members: set[str],
    vague: bool = True,
    salience: Mapping[str, int] | None = None,
) -> Report | None:
    """The earlier report a reaction's object names ("the seizure": the one seizing); with
    `vague`, also "the move" or "the steps" (the last act of another). With `salience`, "the
    summit" is the one between the pair the article tells most of, not a background meeting
    told after it ("Moon, who met Kim twice before the summit")."""
    m = REACTED_NOUN.match(tail)
    if m is None or (not vague and _EVENT_NOUNS[m.group(1)] == r"\w"):
        return None
    told = re.compile(r"(?i)\b(?:" + _EVENT_NOUNS[m.group(1)] + r")")
    codes = EVENT_CODES.get(m.group(1))
    named = re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", tail[: m.start(1)])
    if named:  # "welcomed the New York talks": the talks held there
        there = [r for r in pool if all(n in r.evidence for n in named)]
        pool = there or pool
    between = re.match(r"\s+(?:between|with)\s+[^,;.]{0,60}", tail[m.end(1) :])
    sides = {
        c
        for x in (mentions_in(between.group(0)) if between else [])
        if x.code and x.code.isupper()
        for c in x.code.split("+")
    }
    if sides:
        # "welcomed the planned meeting between Washington and Pyongyang": that pair's, not
        # the envoys' dinner with Kim the story told before; none told, the sentence says whose
        pool = [r for r in pool if sides <= parties_of(r) | members]
        if not pool:
            return None
    if codes is not None:  # "welcomed the visit": the one made, not one planned or offered
        pool = sorted(pool, key=lambda r: r.modality != "planned" and r.action != "036")
    found = [
        r for r in reversed(pool)
        if told.search(r.evidence) and not set(r.actor.split("+")) <= members
        and (r.action not in REACTIONS or m.group(1) in _SPEECH_NOUNS)  # not the US's welcome
        and (codes is None or r.action in codes)  # "praised the talks": a meeting
        # "supported the project": the project, not the exemption granted for it
        and not (m.group(1) == "project" and r.action in ("085", "163"))
        # "hailed the move" to suspend tests "a week before Kim is due to meet Moon": a move
        # or decision is no meeting still to come
        and not (m.group(1) in _VAGUE_ACTS and r.modality == "planned"
                 and r.action in MEETINGS)
        # "Moon rejected the suggestion": one put to him, not one put to a third party
        # (an option one weighs for oneself is put to no one: "rebuffed the idea" of Seoul's)
        and (
            m.group(1) not in _PROPOSAL_NOUNS
            or r.action == "014"
            or bool(set(str(r.target).split("+")) & members)
        )
        and not _owned_by_another(r, told)
    ]  # fmt: skip
    # "voiced disappointment with the decision": the one who decided, not a sentence after it
    # that names "the decision" again with another party in it
    found = [r for r in found if _tells(r, told)] or found
    bare = re.fullmatch(r"\s*(?:the|this)\s+", tail[: m.start(1)]) and not re.match(
        r"\s+(?:of|between|with|in)\b", tail[m.end(1) :]
    )  # "the summit", not "the inter-Korean summit" nor "the meeting of the two leaders"
    beside: list[Report] = []
    if bare and m.group(1) in ("summit", "talks", "meeting"):
        # "Abe welcomed the summit" after "Moon, who followed the summit on television,
        # pledged to work with both": the summit is a meeting held, not one party's pledge
        # told beside it (kept only if the story tells no meeting of its own)
        held_there = [r for r in found if r.action not in ("030", "036") or "+" in r.actor]
        beside = found if not held_there else []
        found = held_there
    if bare and codes is not None:
        # "Moon, who met Kim twice before the summit": a meeting told only as before or after
        # the summit is another one; "the summit" is then the pair's the article tells most of
        relative = re.compile(
            r"(?i)\b(?:before|after|since|ahead\s+of|until)\s+the\s+(?:summit|talks|meeting)\b"
        )
        own = [r for r in found if not relative.search(r.evidence)]
        if ((found and not own) or beside) and salience:
            held = [
                r for r in reversed(pool)
                if r.action in codes and r.modality != "planned"
                and not set(r.actor.split("+")) <= members
                and len(parties_of(r)) > 1 and not parties_of(r) & members
                and not relative.search(r.evidence)
            ]  # fmt: skip
            best = max(
                held,
                # a tie goes to the act the two did together ("signed a joint statement"),
                # not a call one made to a third party about it
                key=lambda r: (salience.get(joint_code(sorted(parties_of(r))), 0), "+" in r.actor),
                default=None,
            )
            if best is not None and salience.get(joint_code(sorted(parties_of(best))), 0) > 0:
                found = [best]
    if m.group(1) in ("agreement", "deal", "accord", "pact", "declaration"):
        # "hailed the agreement" after "Kim and Trump signed a joint statement" and "Trump said
        # Kim had agreed to destroy a test site": the one signed or agreed together, not a
        # pledge of one side told beside it
        found = [r for r in found if r.action == "057" or "+" in r.actor] or found
    found = found or beside
    if salience and codes == MEETINGS and found and bare:  # "the summit", not "the request"
        return max(found, key=lambda r: salience.get(joint_code(sorted(parties_of(r))), 0))
    if not found and named and there and m.group(1) in ("summit", "talks", "meeting"):
        # "welcomed the Singapore summit" after "Kim and Trump signed a joint statement in
        # Singapore": the joint act told at that place is the summit
        found = [
            r for r in reversed(there)
            if "+" in r.actor and codes is not None and r.action in codes
            and not set(r.actor.split("+")) <= members
        ]  # fmt: skip
    return found[0] if found else None


# Concessions granted to another (eased sanctions, an exemption, aid let through), not a
# release the releaser is thanked for: CAMEO 081, 085, 086
_GRANTS = frozenset({"081", "085", "086"})


def aimed_at(
    earlier: Report, members: set[str], project: bool = False, support: bool = False
) -> str | None:
    """Whom a reaction to an earlier report is aimed at: that report's actors (for joint
    actors on a project, when the reaction names the project, its first owner); support for a
    concession granted to a state backs that state ("the US supported the exemption" the
    council granted Seoul: Seoul)."""
    if (
        support
        and earlier.action[:3] in _GRANTS
        and earlier.target
        and earlier.target.isupper()
        and not set(earlier.target.split("+")) & members
    ):
        return earlier.target
    actors = [a for a in earlier.actor.split("+") if a not in members]
    if (
        earlier.action in ("040", "042", "043", "046")
        and earlier.target
        and earlier.target.isupper()
    ):  # "Seoul welcomed the visit" of Kim to Beijing: aimed at both who met
        actors += [a for a in earlier.target.split("+") if a not in members and a not in actors]
    if not actors:
        return None
    if len(actors) > 1 and project:
        for _, slug, owners in PROJECTS:
            if slug == earlier.target:
                return next((o for o in owners if o in actors), actors[0])
    return joint_code(actors)  # "welcomed the summit" of Moon and Kim: aimed at both
