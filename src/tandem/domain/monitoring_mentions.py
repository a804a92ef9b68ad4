"""Who a sentence names: states, capitals, ministries, officials resolved for the date and
organisations, and the people and bodies an article has named before."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from tandem.domain.monitoring_lexicon import (
    BARE_NAMES,
    CAPITALS,
    EPITHETS,
    JOINT,
    NOT_AFTER,
    NOT_BEFORE,
    OFFICIALS,
    PLACES,
    STATES,
)
from tandem.domain.monitoring_opening import opening
from tandem.domain.monitoring_report import Mention, Report


def _alias_regex() -> re.Pattern[str]:
    aliases: list[tuple[str, str]] = [(a, c) for c, names in STATES.items() for a in names]
    aliases += list(JOINT.items())
    aliases.sort(key=lambda x: -len(x[0]))
    parts = []
    firsts = set()
    for alias, _ in aliases:
        body = NOT_BEFORE.get(alias, "") + re.escape(alias) + NOT_AFTER.get(alias, "")
        firsts.add(alias[0])
        if alias in ("the North", "the South") or alias in EPITHETS:
            body = "[Tt]" + body[1:]
            firsts.update("Tt")
        if alias in BARE_NAMES:
            body += r"(?![ -][A-Z])"
        if alias == "The leaders":
            # "At the summit, the leaders agreed": the main clause's subject after a fronted
            # adjunct, as at the sentence's opening (checked in `mentions_in`)
            body = r"(?:The|(?<=, )the(?= leaders\b(?! of\b)))" + body[3:]
            firsts.update("Tt")
        parts.append(body)
    # "a US-made rifle", "a Japan-born lawyer": a thing's or person's origin, no party;
    # "the DPRK-US summit talks": after an abbreviation and a hyphen, the pair's second state
    # the lookahead of first letters lets most word starts fail before the long alternation
    return re.compile(
        r"(?:(?<![\w-])|(?<=[A-Z]-))(?=["
        + re.escape("".join(sorted(firsts)))
        + r"])(?:"
        + "|".join(parts)
        + r")(?!\w)(?!-(?:born|made|listed))(?:'s|’s)?"
    )


ALIAS_RE = _alias_regex()


_ALIAS_CODE: dict[str, str] = {a: c for c, names in STATES.items() for a in names} | JOINT


# Months and days, which a place pattern must not take for towns ("in July, North Korea …")
_MONTHS_DAYS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)


# "in Halmstad, Sweden": the state of a town named just before is a place too (a capital
# there is a party: "in Hanoi, Washington urged …"); "a journey through southern China":
# the land crossed on the way, with its compass part
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|(?<!out )(?<!aimed )(?<!aim )at|near|inside|outside|around|across|visit"
    r"|visits|visited|visiting|arrived in|leaving|departing|(?:ambassador|envoy|embassy) to"
    # "flew into Pyongyang on Friday and on Saturday met Kim": where he went, not who met him
    r"|(?:flew|flown|flying|travell?ed|drove|crossed|came|returned)\s+into"
    r"|through|via|^From"  # "From Pyongyang, Pompeo flew to Seoul": where he set out
    # "branches in countries including China, Russia and Austria": the places of a list
    r"|(?:countries|nations|places|ports|cities)\s+(?:such\s+as|including|like))"
    r"\s+(?:the\s+)?(?:(?:north|south|east|west)(?:east|west)?ern\s+)?"
    # "visited Pyongyang in July, North Korea accused him": a month or day is no town
    r"(?:(?!(?:" + _MONTHS_DAYS + r")\b)(?P<town>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),\s+)?)$"
)


# The Koreas named by their side: never the state of a town ("Sunchon, North Korea" is)
_THE_KOREAS = frozenset({"the North", "the South"})


# "on the west coast near the Chinese border": a state's edge named as where a thing is
_BY_ITS_BORDER = re.compile(r"\s+(?:border|frontier|coast)\b")
_NEAR_THE = re.compile(r"\b(?:near|along|by|close\s+to|on)\s+the\s+$")


# "sat side by side in a Pyongyang guesthouse": a capital naming the kind of a building or
# quarter where a thing is done is a place, not its government
# ("a forum hosted by a Seoul think tank": after "by", "of" or "from" with "a", a capital naming
# the kind of a body is where the body is, not the government)
_IN_A = re.compile(r"\b(?:(?:in|at|near|inside|outside)\s+(?:a|an|the)|(?:by|of|from)\s+an?)\s+$")
_PLACE_NOUN = re.compile(
    r"\s+(?!(?:government|administration|leadership|regime|authorities|officials)\b)[a-z]"
)


# "firms registered in China, Hong Kong, Taiwan and Singapore": every name of a list that
# goes on from a place is a place too
_PLACE_LIST = re.compile(
    r"(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})+"
    r"(?![\w-])(?!'s|’s|\s+(?:[a-z]+ed|said|says|has|have|had|is|are|was|were|will|would)\b)"
)


# "a foreign ministry spokesman in Beijing urged": the capital after a government's voice
# names whose it is, not only where it spoke
_BODY_IN = re.compile(
    r"\b(?:[Mm]inistry|[Gg]overnment|[Ss]pokes(?:wo)?man|[Ss]pokesperson)\s+in\s+$"
)


# "the leaders of Japan, China and South Korea …": whose leaders, no object
_OBJECT_BEFORE = re.compile(
    # "Ministers on the South's National Security Council expressed regret": whose body
    r"\b(?:with|to|(?<![Mm]inisters )(?<![Mm]embers )on|against|for"
    # "Negotiators from the United States and North Korea met": whose negotiators
    r"|(?<![Nn]egotiators )(?<![Oo]fficials )(?<![Dd]elegates )(?<![Dd]iplomats )"
    r"(?<![Ee]nvoys )(?<![Dd]elegations )from"
    r"|(?<!\bleaders )(?<!\bheads )(?<!\bministers )"
    r"(?<!\benvoys )(?<!\bgovernments )"
    # "Li Zhanshu, the third-ranking member of China's leadership, met Kim": whose member
    r"(?<!\bmember )of"
    r"|over|toward|towards|by|about|between"
    # "the North sent the South a final notice, warning …": the one sent or told something
    # is the verb's object, not the subject of the participle after it
    r"|\b(?:sent|told|notified|informed))\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+)?$"
)


# "by the conservative Lee Myung-bak government", "by the then Japanese government": the agent
# described by its politics or its time
_AGENT_BEFORE = re.compile(
    # ("went by way of China": the route, no agent)
    r"\bby\s+(?!(?:way|means|virtue|dint)\s+of\b)(?:the\s+|an?\s+)?"
    r"(?:(?:conservative|liberal|progressive|former|previous|then"
    r"|outgoing|incoming|new|hardline|reformist)\s+){0,2}(?:(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?)?$"
)


_ADJECTIVES = (
    r"(?:first|second|third|fourth|fifth|last|next|previous|recent|planned|proposed|new|"
    r"latest|joint|historic|brief|rare|surprise|possible|upcoming|scheduled|annual|formal|"
    r"official|fresh|further|additional|secret|final|separate|unilateral|large-scale|"
    r"stalled|failed|abrupt|sudden|reported|expected|promised|individual|state|private|family|"
    r"frequent|regular|reciprocal|repeated|renewed|earlier|persistent|continued|weapons?|missiles?"
    r"|rocket|engine|nuclear|ballistic|\w+-(?:day|level"
    r"|hour|style)"
    # "…, a pointed rebuke to Moon's efforts": how sharp a word told as a noun is
    r"|pointed|sharp|stern|harsh|blunt|veiled|thinly-veiled)"
)


NOUN_BEFORE = re.compile(
    # "the secretary of state met": "of state" closes a title, no noun's modifier
    r"\b(?:the|a|an|his|her|its|their|this|that|these|those|our|of(?!\s+state\s+$)|any|no"
    r"|such|whose|several"
    r"|many|some|few|both|each|every|other|more)\s+"
    r"(?:(?:" + _ADJECTIVES + r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s+){0,2}$"  # "an Oct. 31 test"
    r"|(?:'s|’s)\s+(?:" + _ADJECTIVES + r"\s+){0,2}$"
    # "its ban on Americans' travel to the North": a plural's possessive, a noun after it
    r"|\b[A-Za-z]+s['’]\s+(?:" + _ADJECTIVES + r"\s+){0,2}$"
    r"|\b(?:that|which)\s+(?:would|will|could|might)\s+$"
    # "a pointed rebuke to Moon's efforts", "a renewed call": an article and a participle
    # as its adjective
    r"|\b(?:[Tt]he|[Aa]n?|his|her|its|their)\s+[a-z]{3,}ed\s+$"
    # "regard the launches as disguised tests of missiles": the complement of "as"
    r"|\b(?:regard(?:s|ed)?|see[ns]?|saw|view(?:s|ed)?|consider(?:s|ed)?)\b[^,;]{0,60}?\bas\s+"
    r"(?:[a-z-]+\s+)?$"
    r"|\b(?![a-z]+ly\b|soon\b|now\b)[a-z]+[\"”]\s+$"  # "the 'peace' talks"; not "'probably' meet"
)


# "talks stalled over US demands", "in response to North Korean threats": a state's
# adjective after a preposition makes a noun of the word after it; not of a verb in the past
# ("North Korea's ambassador to the UN accused …": the UN ends the subject)
STATE_NOUN_BEFORE = re.compile(
    r"\b(?:over|of|for|to|with|from|on|about|against|at|in|into|amid)\s+(?:the\s+)?"
    r"(?:US|UN|American|Chinese|Japanese|Russian|North Korean|South Korean|inter-Korean|"
    r"Korean|Western|European|allied)\s+(?:" + _ADJECTIVES + r"\s+)?$"
)


def text_before(sentence: str, end: int) -> str:
    """The text just before `end`: what the patterns anchored at `$` look at."""
    return sentence[max(0, end - 60) : end]


# The rest of a person's name after a title and surname: "President Moon| Jae-in"
_NAME_TAIL = re.compile(r" ([A-Z][\w-]*)(?:'s|’s)?(?![\w-])")


def listed_after(
    sentence: str,
    mentions: Sequence[Mention],
    first: Mention,
    joined: re.Pattern[str],
    skip: Callable[[Mention], bool] = lambda m: False,
) -> list[Mention]:
    """The parties named after `first` in one list with it, each joined to the one before by
    what `joined` allows between them ("from Tokyo and Washington", "Moon and US President
    Donald Trump"); `skip`: mentions passed over, neither listed nor ending the list."""
    listed, last = [], first
    for m in mentions:
        if m.start < last.end or not m.code or skip(m):
            continue
        if not joined.fullmatch(sentence, last.end, m.start):
            break
        listed.append(m)
        last = m
    return listed


def mentions_in(sentence: str) -> list[Mention]:
    found: list[Mention] = []
    for m in ALIAS_RE.finditer(sentence):
        alias = re.sub(r"(?:'s|’s)$", "", m.group(0))
        if alias == "the leaders":
            fronted = opening(sentence)
            if fronted is None or fronted.end != m.start():
                # "met the leaders", "the leaders of Japan": not the pair's subject, unless a
                # phrase fronted before it ("At the summit, the leaders …") opens the sentence
                continue
            alias = "The leaders"
        if alias not in _ALIAS_CODE:
            alias = alias[0].lower() + alias[1:]  # "The North"
        code = _ALIAS_CODE[alias]
        before = text_before(sentence, m.start())
        if (
            code == "UN"
            and re.search(r"(?:'s|’s)\s+$", before)
            and re.match(r"\s+(?:ambassador|envoy|mission|representative)", sentence[m.end() :])
        ):
            continue  # "North Korea's UN ambassador": the North's envoy, not the UN
        if (
            code != "UN"
            and re.match(r"\s+sanctions\s+(?:committee|panel)\b", sentence[m.end() :])
            and re.search(r"(?:'s|’s|\bthe|\bits)\s+$", before)
        ):
            continue  # "the council's North Korea sanctions committee": the UN's, a name
        if _IN_LAWS_NAME.match(sentence, m.end()):
            continue  # "the Otto Warmbier North Korea Nuclear Sanctions … Act": a law's name
        possessive = m.group(0) != alias
        where = (
            _PLACE_BEFORE.search(before)
            if alias in PLACES and not possessive and not _BODY_IN.search(before)
            else None
        )
        place = (
            (
                where is not None
                and (where.group("town") is None or alias not in CAPITALS)
                # "met at Panmunjom, the South held …": a town's state is never written "the
                # North" or "the South", so after the town's comma it opens the next clause
                and not (where.group("town") and alias in _THE_KOREAS)
            )
            or (
                bool(re.match(r"\s+capital\b", sentence[m.end() :]))
                and bool(re.search(r"\b(?:in|at|to)\s+the\s+$", before))
            )
            or bool(  # "near the Chinese border": where a thing stands, not a party
                _BY_ITS_BORDER.match(sentence, m.end()) and _NEAR_THE.search(before)
            )
            or bool(
                alias in CAPITALS
                and not possessive
                and _IN_A.search(before)
                and _PLACE_NOUN.match(sentence, m.end())
            )
        )
        end = m.end()
        tail = _NAME_TAIL.match(sentence, end) if not possessive and " " in alias else None
        if tail and _ALIAS_CODE.get(f"{alias.split()[-1]} {tail.group(1)}") == code:
            end = tail.end()  # "President Moon Jae-in's summit": the name goes on in full
        found.append(
            Mention(
                m.start(),
                end,
                code,
                alias,
                place,
                # "hosted by a Seoul think tank": a place is no agent
                bool(_AGENT_BEFORE.search(before)) and not place,
                bool(
                    _OBJECT_BEFORE.search(before)
                    or TOPIC_BEFORE.fullmatch(before)
                    # "at a Security Council meeting on Sept. 27 he pressed Washington": where
                    # he acted, not who
                    or (
                        re.search(r"\b(?:[Aa]t|[Dd]uring)\s+(?:a|an|the)\s+$", before)
                        and re.match(r"\s+(?:meeting|session|debate)\b", sentence[m.end() :])
                    )
                ),
            )
        )
    for i in range(1, len(found)):
        first, second = found[i - 1], found[i]
        joined = _JOINED.fullmatch(sentence, first.end, second.start)
        if first.agent and not second.agent and joined:
            # "a place shared by the North and the South": both are the agents
            found[i] = replace(second, agent=True)
    for i, here in enumerate(found):
        if not here.place:
            continue
        items = _PLACE_LIST.match(sentence, here.end)
        if items is None or not (
            re.search(r"\b(?:and|or)\s", items.group(0))
            # "based in China, Hong Kong, Singapore, Taiwan and several other places": three
            # names on are a list, whatever word ends it
            or items.group(0).count(",") >= 2
        ):
            continue  # "in Hanoi, Washington urged …": a capital after a place acts
        for j in range(i + 1, len(found)):
            x = found[j]
            if x.start >= items.end():
                break
            if x.alias in PLACES and not x.place:
                found[j] = replace(x, place=True)
    if (
        len(found) > 1
        and re.match(r"(?:In|At)\s+$", sentence[: found[0].start])
        and found[0].alias in PLACES
        # "In Seoul on Monday, Biegun met": a day between the place and its comma
        and re.fullmatch(
            r"(?:\s+on\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?,\s+", sentence[found[0].end : found[1].start]
        )
        and found[1].code != found[0].code
        and is_person(found[1].alias)
    ):  # "In Seoul, Biegun met …": where the visitor acted, not a second actor
        found[0] = replace(found[0], place=True)
    if (
        found
        and re.match(r"(?:In|At)\s+$", sentence[: found[0].start])
        and found[0].alias in PLACES
        and re.match(r",?\s+(?:on\s+[A-Z]\w+,?\s+)?(?:he|she|they)\s", sentence[found[0].end :])
    ):  # "In Beijing on Monday he met …": where the one the pronoun stands for acted
        found[0] = replace(found[0], place=True)
    for i in range(1, len(found)):
        first, second = found[i - 1], found[i]
        if (
            first.place
            and not second.place
            and second.alias in PLACES
            and _VISITED.search(text_before(sentence, first.start))
            and _NEXT_STOP.fullmatch(sentence, first.end, second.start)
            and _STOP_ENDS.match(sentence, second.end)
        ):  # "visited Tokyo on Aug. 7 and Seoul on Aug. 9": both are stops of the trip
            found[i] = replace(second, place=True)
    return found


# The rest of a law's name a state is part of: "North Korea Nuclear Sanctions and
# Enforcement Act", "Banking Restrictions Involving North Korea Act"
_IN_LAWS_NAME = re.compile(r"(?:\s+(?:[A-Z][\w-]*|and|of|on|for|the))*?\s+Act\b")


# Two parties joined in one phrase: "by the North and the South"
_JOINED = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?")


# A trip's first stop, and the next one joined to it: "visited Tokyo on Aug. 7 and Seoul",
# "is due in Tokyo on Sunday and in Seoul on Tuesday"
_VISITED = re.compile(
    r"\b(?:visit|visits|visited|visiting|due\s+in|arrived\s+in|tour(?:s|ed)?)\s+(?:the\s+)?$"
)
_NEXT_STOP = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?,?\s+and\s+(?:then\s+)?(?:in\s+|to\s+)?"
    r"(?:the\s+)?"
)
# what may follow a stop: its day, the trip's time or purpose, or the clause's end (not a
# verb: "visited Pyongyang and Seoul condemned …" names a second actor)
_STOP_ENDS = re.compile(
    r"\s+(?:on|in|later|earlier|last|next|this|for|before|after|during|over|the\s+same)\b"
    r"|\s*[,.;]|\s*$"
)


# "On North Korea, the two leaders agreed …": the topic, not a party
TOPIC_BEFORE = re.compile(r"\s*(?:On|Regarding|As for|About|Asked about)\s+(?:the\s+)?")


def role_of(alias: str, code: str, on: date) -> str | None:
    for o in OFFICIALS:
        if o.code == code and (alias in (o.alias, o.name) or o.name.endswith(alias)):
            if o.start <= on <= o.end:
                return f"{o.name}, {o.role}"
            if alias == o.name:
                return o.role
    return None


# Who a person is ("the envoy", "the minister"): whom, like "he", the last person named is
PERSON_ROLES = (
    r"\b(?:envoy|minister|president|secretary|leader|ambassador|premier|prime minister"
    r"|chancellor|negotiator|special representative|top diplomat|sister)\b"
)


# The bodies a party speaks through, which "The ministry said" or "the envoy" stand for
BODIES = (
    r"(?P<body>ministry|envoy|agency|spokes(?:man|woman|person)|ambassador|negotiator"
    r"|delegation|committee|military|newspaper|department)"
)


BODY = re.compile(r"(?:'s|’s)?\s+(?:[A-Za-z-]+\s+){0,2}?" + BODIES + r"\b", re.IGNORECASE)


BODY_ALIAS = re.compile(r"\b" + BODIES + r"$", re.IGNORECASE)


@dataclass
class Context:
    """What the article's earlier sentences leave for the next: who "he", "she", "the
    envoy" or "the ministry" is (the last subject named)."""

    subject: str | None = None
    role: str | None = None
    impersonal: bool = False
    """Whether the last subject named was a state or a body rather than a person."""
    person: str | None = None
    """The party of the last person the story named acting: "She" after a sentence about
    Seoul's drills is still Kim Yo Jong, who criticised them."""
    pair: str | None = None
    """The parties of the last meeting, visit or agreement between two: "the two leaders"."""
    group: str | None = None
    """The parties who acted together in the last sentence: "They" of the next."""
    named: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    """The parties of the last two people the story named, the last first: "the two men"."""
    """The states the last sentence named, in order."""
    nominal: dict[int, bool] = field(default_factory=dict)
    """Reports read from a noun ("his visit to Pyongyang"), by id: whether a date was given."""
    relative: set[int] = field(default_factory=set)
    """Those of them told as the time of another act ("met again, a month after their first
    summit"): another event than the one their sentence's verb tells."""
    pairs: dict[str, int] = field(default_factory=dict)
    """How many of the article's reports so far were between each pair of states (the
    three-letter ones: "both sides" are states, not the UN)."""
    bodies: dict[str, str] = field(default_factory=dict)
    """Whose ministry, envoy, agency … the article named last: "The ministry said" after
    "South Korea's Unification Ministry" is Seoul's, whoever the sentence before was about."""
    filed_in: str | None = None
    """The state of the dateline's city ("SEOUL, Nov 24 (…) -"): where one who "arrived on
    Tuesday" with no place named arrived."""
    her: str | None = None
    """The party of the last woman the article named: "In it, she derided the presidential
    office" after a sentence about Seoul's office and Kim Yo Jong's statement is Kim Yo Jong."""
    projects: tuple[str, ...] = ()
    """The cooperation projects the article has named, the last first: "the office" of a
    later sentence is the liaison office the story told of."""
    teller: str | None = None
    """The state or body whose telling closed the last sentence ("…, the UNC said."): "It said
    it would …" of the next goes on with its words."""
    people: dict[str, str] = field(default_factory=dict)
    """Surnames of the people the article has named in full, with their party: "Lee Do-hoon"
    makes a later "Lee" South Korea's."""


@dataclass
class Reading:
    """What the extractor holds while it reads one sentence: the sentence, whom it names, the
    article's reports of the sentences before, this sentence's reports so far, and what the
    article's earlier sentences leave for this one."""

    sentence: str
    mentions: list[Mention]
    before: Sequence[Report]
    out: list[Report]
    context: Context

    def unpack(self) -> tuple[str, list[Mention], Sequence[Report], list[Report], Context]:
        return self.sentence, self.mentions, self.before, self.out, self.context


# Family name first: "Lee Do-hoon" is Lee, "Kim Yong Chol" is Kim; else the last word.
_FAMILY_FIRST = frozenset(
    {"Kim", "Lee", "Park", "Choi", "Choe", "Jeong", "Jung", "Kang", "Cho", "Yoon", "Jang",
     "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong", "Jeon",
     "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Nam", "Noh", "Ha", "Sung", "Cha", "Woo",
     "Ri", "Pak", "Chung", "Suh", "Chun", "Ban", "No", "Wang", "Li", "Xi", "Lu", "Geng", "Hua",
     "Zhao", "Kong", "Hyun", "Yoo", "Yu", "Min"}
)  # fmt: skip


def surname_of(name: str) -> str:
    words = name.split()
    return words[0] if words[0] in _FAMILY_FIRST else words[-1]


# "the Security Council's sanctions committee": the UN's own body, "the committee" after it
UN_COMMITTEE = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?committee\b")


# "The State Department disputed his account": whose words a rejection answers
_HIS_WORDS_DISPUTED = re.compile(
    r"\b(?:disput|reject|den|dismiss|contradict|refut)(?:ed|ied)\s+(?P<who>his|her)\s+"
    r"(?:account|remarks|claims?|comments|version|assertions?)\b"
)


def _words_disputed(sentence: str, found: list[Mention], context: Context) -> list[Mention]:
    """The mentions with "his" or "her" whose words a rejection answers: the party of the
    person the story last named acting ("He urged Washington to think again. The State
    Department disputed his account": the North)."""
    m = _HIS_WORDS_DISPUTED.search(sentence) if re.search(r" h(?:is|er) ", sentence) else None
    if m is None:
        return found
    code = context.her if m.group("who") == "her" else context.person
    if code is None or any(x.code == code and x.end <= m.start() for x in found):
        return found
    who = Mention(m.start("who"), m.end("who"), code, m.group("who"), False, False, False)
    return sorted([*found, who], key=lambda x: x.start)


def remembered_mentions(sentence: str, found: list[Mention], context: Context) -> list[Mention]:
    """The mentions of a sentence, with the surnames of people named earlier in the article
    ("Lee briefed Biegun" after "Lee Do-hoon"); a surname the tables know keeps its party."""
    people = dict(context.people)
    if any(  # "a report to the Security Council's sanctions committee, … asked the committee"
        m.code == "UN" and UN_COMMITTEE.match(sentence, m.end) for m in found
    ):
        people["committee"] = "UN"
    # "urged the UN Security Council …, while Russia called on the council to …": the
    # council a sentence has just named, before the article's memory holds it
    council_here = "council" not in people and any(
        m.alias in ("Security Council", "UN Security Council") for m in found
    )
    if council_here:
        people["council"] = "UN"
    if re.search(r"\bsanctions\s+committee\b", sentence) and not any(m.code == "UN" for m in found):
        # "asked the sanctions committee to order a halt": the council's, named or not
        people["sanctions committee"] = "UN"
    for body in ("delegation", "ministry"):
        if body in context.bodies:
            # "Moon met the delegation", "…, the ministry said in a statement welcoming it":
            # the one whose delegation or ministry the article named last
            people[body] = context.bodies[body]
    found = _words_disputed(sentence, found, context)
    for named in found:
        # "The delegation, led by James DeHart, left …, and DeHart faulted …": a surname after
        # the full name in the same sentence, before the article's memory holds it
        if (
            named.code
            and "+" not in named.code
            and len(named.alias.split()) >= 2
            and is_person(named.alias)
        ):
            people.setdefault(surname_of(named.alias), named.code)
    if not people:
        return found
    out = list(found)
    for surname, code in people.items():
        # "urged Council members", "for the Council to consider relief": the council written
        # with a capital, after a lowercase word (not "the National Security Council")
        name = "(?:council|Council)" if surname == "council" else re.escape(surname)
        for m in re.finditer(rf"(?<![\w-]){name}(?:'s|’s)?(?![\w-])(?![ -][A-Z])", sentence):
            if m.group().startswith("Council") and not re.search(
                r"(?<![\w-])[a-z]+\s+$", sentence[: m.start()]
            ):
                continue  # "South Korea's National Security Council": another council
            if any(x.start < m.end() and m.start() < x.end for x in out):
                continue  # "Kim" stays the North's: its leader is named in full time and again
            if surname == "council" and re.match(
                r"\s+(?:meeting|session|member\b)", sentence[m.end() :]
            ):
                # "after a closed-door council meeting": when, not who; "Russia, a council
                # member": a seat, not the council
                continue
            if (
                surname in ("committee", "panel", "report", "delegation", "ministry")
                or (surname == "council" and council_here)
            ) and not re.search(r"\b[Tt]he\s+$", sentence[: m.start()]):
                continue  # "the committee", not "its sanctions committee" named again
            before = text_before(sentence, m.start())
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    code,
                    surname,
                    False,
                    bool(_AGENT_BEFORE.search(before)),
                    bool(_OBJECT_BEFORE.search(before)),
                )
            )
    return sorted(out, key=lambda x: x.start)


# A sentence opening with an official the tables do not know: "Trade minister Sung Yun-mo",
# "Deputy spokesman Kim In-chul, who …,".
TITLED = re.compile(
    r"\s*(?:(?:[Ee]arlier|[Ll]ater|[Mm]eanwhile|[Oo]n \w+|[Ii]n \w+),\s+)?"
    r"(?:(?:[Vv]ice|[Dd]eputy|[Ff]irst|[Ss]enior|[Cc]hief|[Tt]op)\s+)?(?:[A-Za-z]+\s+){0,2}?"
    r"(?:[Mm]inister|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Ee]nvoy"
    r"|[Aa]dviser|[Dd]irector|[Nn]egotiator|[Cc]ommander)\s+"
    r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:,[^,;]{1,80},)?"
    r"(?:\s+(?:also|later|then|again|on \w+|last \w+|earlier))*\s*$"
)


_SURNAMES = frozenset(
    {"Trump", "Pompeo", "Biegun", "Bolton", "Mattis", "Esper", "Tillerson", "Pence", "Haley", "Ri",
     "Choe",
     "Moon", "Kang", "Kim", "Abe", "Xi", "Putin", "Lavrov", "Macron", "Merkel", "Guterres",
     "Kono", "Suga", "Motegi", "Iwaya", "Onodera", "Peskov", "Mogherini", "Amano"}
)  # fmt: skip


def is_person(alias: str) -> bool:
    """Whether an alias names a person (whom "he" or "she" can stand for)."""
    if alias in _SURNAMES:
        return True
    words = alias.split()
    return (
        len(words) >= 2
        and alias not in PLACES
        and not re.search(
            r"Korea|Korean|States|Department|Ministry|Minister|House|Council|Office|Agency|"
            r"Staff|Nations|Union|Kingdom|Republic|Committee|Army|administration|Secretary|"
            r"representative|envoy|Treasury|Assembly|Sinmun|Central|Wa Dae|Panel|[Pp]anel|"
            r"minister\b|secretary of state",  # a title in lower case, no name
            alias,
        )
    )
