"""Open-source monitoring: who did what to whom, read from news text by rules (docs/monitoring.md).

The extractor is a set of hand-written rules over sentences: actor mentions (states, capitals,
ministries, officials resolved for the date, organisations), verb phrases coded in CAMEO, the
modality around them, the target after them and the date they name. No model, no download:
every rule is in this file and every name it knows in `monitoring_lexicon.py`, so what
it finds can be explained by reading them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise

from tandem.domain.errors import InvalidInput
from tandem.domain.monitoring_lexicon import (
    BARE_NAMES,
    CAPITALS,
    CODE_TRACKS,
    JOINT,
    MONTHS,
    NOT_AFTER,
    NOT_BEFORE,
    OFFICIALS,
    PLACES,
    PROJECTS,
    STATES,
    TRACK_WORDS,
    VERBS,
    WEEKDAYS,
    Verb,
)

# The project's own codes for what CAMEO lacks; weights on the Goldstein scale, in tenths.
OWN_CODES: dict[str, tuple[str, int]] = {
    "X01": ("Test or launch a missile", -95),
    "X02": ("Conduct a nuclear test", -100),
}

MODALITIES = ("done", "planned", "claimed", "negated")
TRACKS = ("denuclearization", "inter-korean", "sanctions", "alliance-coordination")


@dataclass(frozen=True)
class Article:
    """One article as read: `name` is its URL as given, or its file name when it has none."""

    name: str
    url: str | None
    title: str
    outlet: str | None
    published: date | None
    text: str


@dataclass(frozen=True)
class Report:
    """One reported action: what `tandem reports list --json` shows, before it has an id."""

    actor: str
    action: str
    action_name: str
    goldstein: int
    """Tenths of the Goldstein scale (the record holds no floating-point numbers)."""
    target: str | None
    on: date
    tracks: tuple[str, ...]
    modality: str
    evidence: str
    quote: str | None
    confidence: int
    """In percent."""
    actor_role: str | None = None


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    code: str
    alias: str
    place: bool
    agent: bool  # preceded by "by"
    object: bool  # preceded by a preposition


@dataclass
class _Found:
    verb: Verb
    start: int
    end: int
    passive: bool = False
    actor: str | None = None
    inherited: bool = False
    target: str | None = None
    modality: str = "done"
    skip: bool = False
    role: str | None = None
    objects: list[_Mention] = field(default_factory=list)
    event: Report | None = None
    """The earlier report a reaction names ("condemned the killing")."""
    told: bool = False
    """Its target is only the one who told of it ("Kim agreed, Pompeo said"): what it agreed
    to do, if it names someone ("agreed to meet Kim"), comes first."""


def _alias_regex() -> re.Pattern[str]:
    aliases: list[tuple[str, str]] = [(a, c) for c, names in STATES.items() for a in names]
    aliases += list(JOINT.items())
    aliases.sort(key=lambda x: -len(x[0]))
    parts = []
    for alias, _ in aliases:
        body = NOT_BEFORE.get(alias, "") + re.escape(alias) + NOT_AFTER.get(alias, "")
        if alias in ("the North", "the South"):
            body = "[Tt]" + body[1:]
        if alias in BARE_NAMES:
            body += r"(?![ -][A-Z])"
        parts.append(body)
    # "a US-made rifle", "a Japan-born lawyer": a thing's or person's origin, no party
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w)(?!-(?:born|made|listed))(?:'s|’s)?"
    )


_ALIAS_RE = _alias_regex()
_ALIAS_CODE: dict[str, str] = {a: c for c, names in STATES.items() for a in names} | JOINT
# One scan per sentence: the verbs as named alternatives, the more specific ones first.
_VERB_RE = re.compile(
    "|".join(rf"(?P<v{i}>(?<![\w-])(?:{v.pattern})(?![\w-]))" for i, v in enumerate(VERBS))
)
_WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]+")
_STARTS = (
    "inv res gre coo sup tha pre lob enc req sug reb hit las sin voi sum ter pul red set "
    "cro ste fly fle fli exc cir scr pus wra mak mad pai pay wor bri see sou apo sho sei rec "
    "sit sat saw fel fee hac "
    "unv wal "
    "tes fir lau con car imp sla ann ado tig bla san eas lif rel gra app exe sig agr rea ple "
    "pro vow off com hol hel neg mee met dis vis tra arr hos wel pra hai end exp bac urg cal "
    "ask dem cri den acc lod war thr rej ref tur des rem wit sus hal can sca pos ble blo sta "
    "beg dep sen del shi don ret rep fre ope reo rec mod res sur ins bre bro spo spe pho cut "
    "sev shu clo han dro str del fro ban dow mul ove gui sno spu bru cau moc ber chi cas ass "
    "sco det arr dec res com rid der sto int sea rei snu bra lab fil tak too tal lan tou ret vet "
    "par dra dre tri spa pro vot wat obs att kee not inf ord giv gav put pre sub tab eng was wer "
    "is are bee ign flo had hav kep rev she due let has fin rul lea led ini cap wra lef sha sho "
    "won win sec gai obt lin tea tor all use str tel fie for mar"
)
_VERB_STARTS = frozenset(_STARTS.split())
"""The first three letters of every verb phrase above: only words starting so are tried."""
_PROJECT_RES = [
    (re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", re.IGNORECASE), slug, owners)
    for pattern, slug, owners in PROJECTS
]
_TRACK_RES = {t: re.compile(r"(?<![\w-])(?:" + TRACK_WORDS[t] + r")") for t in TRACKS}
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|(?<!out )(?<!aimed )at|near|inside|outside|around|across|visit|visits|visited|"
    r"visiting|arrived in|(?:ambassador|envoy|embassy) to)\s+(?:the\s+)?)$"
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|to|on|against|for|from|of|over|toward|towards|by|about|between)\s+"
    r"(?:the\s+|its\s+|his\s+|her\s+)?$"
)
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?)?$")
_ADJECTIVES = (
    r"(?:first|second|third|fourth|fifth|last|next|previous|recent|planned|proposed|new|"
    r"latest|joint|historic|brief|rare|surprise|possible|upcoming|scheduled|annual|formal|"
    r"official|fresh|further|additional|secret|final|separate|unilateral|large-scale|"
    r"stalled|failed|abrupt|sudden|reported|expected|promised|individual|state|private|family|"
    r"frequent|regular|reciprocal|repeated|renewed|earlier|persistent|continued|\w+-(?:day|level"
    r"|hour|style))"
)
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|this|that|these|those|our|of|any|no|such|whose|several"
    r"|many|some|few|both|each|every|other|more)\s+"
    r"(?:" + _ADJECTIVES + r"\s+){0,2}$"
    r"|(?:'s|’s)\s+(?:" + _ADJECTIVES + r"\s+){0,2}$"
    r"|\b(?:that|which)\s+(?:would|will|could|might)\s+$"
    r"|\b(?![a-z]+ly\b|soon\b|now\b)[a-z]+[\"”]\s+$"  # "the 'peace' talks"; not "'probably' meet"
    # "talks stalled over US demands", "in response to North Korean threats"
    r"|\b(?:over|of|for|to|with|from|on|about|against|at|in|into|amid)\s+(?:the\s+)?"
    r"(?:US|UN|American|Chinese|Japanese|Russian|North Korean|South Korean|inter-Korean|"
    r"Korean|Western|European|allied)\s+(?:" + _ADJECTIVES + r"\s+)?$"
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?$"
)
_NEGATED = re.compile(
    r"\b(?:not|never|n't|no longer|refrained from|denied that it (?:had )?)\s+(?:\w+\s+)?$"
    r"|\bnot\s+(?:going|about|planning|expected|prepared|ready)\s+to\s+(?:\w+\s+)?$"
    r"|\bno\s+(?:plans?|intention|immediate plans?)\s+to\s+(?:\w+\s+)?$"
    r"|\bnothing\s+(?:more\s+|further\s+|left\s+)?to\s+(?:\w+\s+)?$"
    r"|\b(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:\w+\s+)?$"
    r"|\b(?:has|have|had)\s+yet\s+to\s+(?:\w+\s+)?$"
)
_PLANNED = re.compile(
    r"\b(?:will|would|shall|plans? to|planned to|planning to|intends? to|"
    r"intended to|set to|expected to|going to|is to|are to|decided to|decides to|"
    r"prepar(?:es|ing|ed) to|seeks? to|(?:is|are|was|were) (?:also )?due to|"
    r"scheduled to|likely to|was to|were to)\s+(?:\w+\s+)?(?:be\s+)?$"
)
# What someone might, could, hopes to or is ready to do, or would do if: not a report.
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|should|must|hope[sd]?|hoping|looking forward|look forward|"
    r"would like|wants? to|wanted to|willing|whether|if|unless|consider\w*|ready to|often|"
    r"usually|routinely|typically|no signs? (?:that|of)|no indications? (?:that|of)|"
    r"prepared to|urged|asked|called on|widely expected)\b"
)
_CLAIMED = re.compile(
    r"\b(?:said|says|claimed|claims|reported|reports|alleged|allegedly|reportedly|"
    r"according to|told reporters|quoted)\b"
)
_QUOTE = re.compile(r"[\"“]([^\"”]{3,})[\"”]")


_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”]))\s+(?=[A-Z\"“])")


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


def _sentences(text: str) -> list[str]:
    text = _DATELINE.sub("", text, count=1)
    text = _CREDITS.sub("", text)
    text = re.sub(r"\bU\.S\.(?=\W)", "US", text)
    # "Trump, he said, appreciated the briefing": the aside is who told, not who acted
    text = re.sub(
        r",\s+(?:he|she|they|officials|diplomats)\s+(?:said|added|says|noted),", ",", text
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


def _before(sentence: str, end: int) -> str:
    """The text just before `end`: what the patterns anchored at `$` look at."""
    return sentence[max(0, end - 60) : end]


def _mentions(sentence: str) -> list[_Mention]:
    found: list[_Mention] = []
    for m in _ALIAS_RE.finditer(sentence):
        alias = re.sub(r"(?:'s|’s)$", "", m.group(0))
        if alias not in _ALIAS_CODE:
            alias = alias[0].lower() + alias[1:]  # "The North"
        code = _ALIAS_CODE[alias]
        before = _before(sentence, m.start())
        if (
            code == "UN"
            and re.search(r"(?:'s|’s)\s+$", before)
            and re.match(r"\s+(?:ambassador|envoy|mission|representative)", sentence[m.end() :])
        ):
            continue  # "North Korea's UN ambassador": the North's envoy, not the UN
        possessive = m.group(0) != alias
        place = (alias in PLACES and not possessive and bool(_PLACE_BEFORE.search(before))) or (
            bool(re.match(r"\s+capital\b", sentence[m.end() :]))
            and bool(re.search(r"\b(?:in|at|to)\s+the\s+$", before))
        )  # "talks in the Swedish capital"
        found.append(
            _Mention(
                m.start(),
                m.end(),
                code,
                alias,
                place,
                bool(_AGENT_BEFORE.search(before)),
                bool(
                    _OBJECT_BEFORE.search(before)
                    or _TOPIC_BEFORE.fullmatch(before)
                    # "at a Security Council meeting on Sept. 27 he pressed Washington": where
                    # he acted, not who
                    or (
                        re.search(r"\b(?:at|during)\s+(?:a|an|the)\s+$", before)
                        and re.match(r"\s+(?:meeting|session|debate)\b", sentence[m.end() :])
                    )
                ),
            )
        )
    return found


# "On North Korea, the two leaders agreed …": the topic, not a party
_TOPIC_BEFORE = re.compile(r"\s*(?:On|Regarding|As for|About|Asked about)\s+(?:the\s+)?")


_PLAN_NOUNS = (
    r"(?:decision|move|plans?|offer|proposal|bid|efforts?|pledge|promise|commitment|vow"
    r"|agreement|announcement)"
)
# "supported Seoul's plan to provide aid": after the possessive, what the owner would do
_OWNED_PLAN = re.compile(r"\s+(?:[\w-]+\s+)?" + _PLAN_NOUNS + r"\s+to\s+")
# "praised Pyongyang's decision to stop nuclear tests": the North stopped them
_DECIDED_TO = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?" + _PLAN_NOUNS + r"\s+to\s+$")


# "…, prompting Seoul's Defence Ministry to warn": the ministry warned
_PROMPTED_TO = re.compile(
    r"\b(?:prompting|prompted|forcing|forced|leading|led|spurring|spurred|causing)\s+"
    r"[^,;]{1,60}?\s+to\s+$"
)


# The head of a relative clause whose verb comes last: "the drills that the allies began".
_FRONTED = re.compile(
    r"\b(?:drills?|exercises?|war games)\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,4}$"
)


def _new_party_after(sentence: str, start: int, end: int) -> bool:
    """Whether the text after `end` names a party (no place) not named before `start`."""
    found = _mentions(sentence)
    before = {m.code for m in found if m.end < start}
    return any(m.code and not m.place and m.code not in before for m in found if m.start > end)


def _verbs(sentence: str) -> list[_Found]:
    hits: list[_Found] = []
    end = 0
    for word in _WORD_RE.finditer(sentence):
        if word.start() < end or word.group()[:3].lower() not in _VERB_STARTS:
            continue
        m = _VERB_RE.match(sentence, word.start())
        if m is not None:
            assert m.lastgroup is not None
            hits.append(_Found(VERBS[int(m.lastgroup[1:])], m.start(), m.end()))
            if not _NOUN_BEFORE.search(_before(sentence, m.start())):
                # "a string of launches since it fired missiles": a noun hides no verb in it
                end = m.end()
    out: list[_Found] = []
    for h in hits:
        if h.verb.fronted and not _FRONTED.search(_before(sentence, h.start)):
            continue  # "talks began on Monday": no drills named before
        if _NOUN_BEFORE.search(_before(sentence, h.start)):
            continue  # "the meeting", "his promise", "the easing of": a noun, not a verb
        if re.match(
            r"(?:accused|blamed|critici[sz]ed|condemned|praised|sanctioned|blacklisted|seized)"
            r"\s+(?:of|for)\b",
            sentence[h.start :],
        ):
            continue  # "companies accused of helping Pyongyang": said of them, not by them
        if sentence[h.start : h.end] == "blame" and re.search(
            r"\b(?:is|was|are|were|be)\s+to\s+$", _before(sentence, h.start)
        ):
            continue  # "who was to blame": no one blamed
        if sentence[h.start : h.end].startswith("call") and re.search(
            r"\bwhat\s+(?:[\w'’-]+\s+){1,3}$", _before(sentence, h.start)
        ):
            continue  # "what the North called a 'very important test'": a name, no act
        if re.fullmatch(
            r"visits|tests|launches|offers|proposals|calls", sentence[h.start : h.end]
        ) and re.match(r"\s+(?:that|which)\b", sentence[h.end :]):
            continue  # "…, visits that Washington watched for signs": a noun in apposition
        if sentence[h.start : h.end] == "signs" and re.search(
            r"\b(?:for|of|no|any|few|early|first|clear|new)\s+$", _before(sentence, h.start)
        ):
            continue  # "watched for signs that Beijing was easing": a noun
        if re.match(r"\s+not\s+to\s+be\s+(?:named|identified)\b", sentence[h.end :]):
            continue  # "who asked not to be named"
        if re.match(r"\s+(?:to\s+(?:resign|step down|quit)|(?:his|her) resignation"
                    r"|(?:little|no)\s+(?:explanation|comment|details|reason))\b",
                    sentence[h.end :]):  # fmt: skip
            continue  # "offered to resign", "offered his resignation": a matter at home
        if re.match(r"(?:offer|promis|pledg|propos)\w*\s+(?:no|nothing)\b", sentence[h.start :]):
            continue  # "the North offered no inventory of its arsenal": nothing offered
        if re.fullmatch(
            r"offer|proposal|call|protest|demand|appeal|request|visit|test|launch",
            sentence[h.start : h.end],
        ) and (
            re.match(r"\s+(?:was|were|is|are|has|had|came|made)\b", sentence[h.end :])
            or re.search(
                r"\b(?:the|a|an|his|her|its|their|this|that)\s+[a-z]+\s+$",
                _before(sentence, h.start),
            )
        ):
            continue  # "the envoy offer was": a noun
        if h.verb.code == "180" and not re.search(
            r"(?:(?:North|South) Korean|Korean|its|their|[A-Z][a-z]+(?:'s|’s)?)\s+(?:[\w-]+\s+)?"
            r"(?:troops|soldiers?|guards?|forces|sailors)\s+(?:had\s+)?$|\b(?:was|were)\s+$"
            r"|\b(?:they|it)\s+(?:had\s+)?$",
            _before(sentence, h.start),
        ):
            continue  # "when a soldier shot dead a tourist": whose soldier is not said here
        if re.fullmatch(r"offers|pledges|promises|vows", sentence[h.start : h.end]) and (
            re.match(r"\s+(?:of|from|as|were|are|had|have|made|by)\b", sentence[h.end :])
            or re.search(
                r"\b(?:[a-z]+ed|previous|earlier|repeated|peace|past|new|similar|such|recent"
                r"|latest)\s+$",
                _before(sentence, h.start),
            )
        ):
            continue  # "spurned offers of help", "Moon's previous peace offers": a noun
        if re.search(
            r"\b(?:remain(?:s|ed)?|is|are|was|were|be|been|stays?|stayed)\s+$",
            _before(sentence, h.start),
        ) and sentence[h.start : h.end].startswith("commit"):
            continue  # "Washington remained committed to diplomacy": a stance, no act
        if (
            re.match(r"[a-z]+ing\b", sentence[h.start : h.end])
            and not (  # "a joint statement after the session urging Pyongyang to …"
                re.match(
                    r"(?:urging|calling|demanding|warning|accusing|condemning)\b",
                    sentence[h.start : h.end],
                )
                and re.search(
                    r"\b(?:statement|letter|message|declaration|resolution|communique|notice)\b"
                    r"[^.;]{0,40}$",
                    _before(sentence, h.start),
                )
            )
            and not re.search(
                r"(?:\b(?:after|before|while|when|since|by|without|also|and|then|later|was|were"
                r"|began|begun|begin|begins|started|starts|start|continued|continues|kept|keeps"
                r"|keep|continue|continuing|finished|completed|finish|complete"
                r"|is|are|been|be)(?:\s+\w+ly)?|,|\bwith\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                r"(?:(?:'s|’s)\s+[a-z]+(?:\s+[a-z]+)?)?)\s+$",
                _before(sentence, h.start),
            )
        ):
            continue  # "an emergency meeting", "looking forward to meeting": no action
        if out and h.start < out[-1].end:
            continue  # the earlier, longer phrase wins
        if (
            out
            and out[-1].verb.code == "125"
            and h.verb.code == "120"
            and re.fullmatch(r"[^,;]*,\s+", sentence[out[-1].end : h.start])
            and re.match(r"[a-z]+ing\b", sentence[h.start :])
            and not _new_party_after(sentence, h.start, h.end)
        ):
            # "had no intention of sitting down with Washington, dismissing the idea": one act;
            # not "…, dismissing South Korean proposals to mediate"
            continue
        if (
            out
            and not out[-1].verb.absorbs
            and re.search(r"\b(?:to|in order to|so as to)\s+$", _before(sentence, h.start))
            and not re.search(
                r"\b(?:due|expected|scheduled|set|going|plans?|planned|wants?|hopes?|likely|able"
                r"|ready|willing|is|was|are|were|agreed|decided|vowed|pledged|promised|offered"
                r"|trying|tried|needs?)\s+to\s+$",
                _before(sentence, h.start),
            )
            and not re.search(r"[;:]|\band\b|\bbut\b", sentence[out[-1].end : h.start])
            and not _DECIDED_TO.search(_before(sentence, h.start))
            # "will travel to Washington to discuss the outcome with Biegun": a meeting too
            and not (out[-1].verb.code == "042" and h.verb.code == "040")
            and not _PROMPTED_TO.search(sentence[out[-1].end : h.start])
        ):
            continue  # "suspended the drills to support diplomacy": its purpose, no action
        if (
            out
            and h.verb.code == out[-1].verb.code
            and h.start - out[-1].end < 40
            and not _ALIAS_RE.search(sentence[out[-1].end : h.start])
            and not re.search(
                r"\b(?:when|after|before|while)\b"
                # "would suspend the drill, and in October they called off the air exercise"
                r"|\b(?:and|then)\s+(?:again\s+)?(?:in|on)\s+[A-Z]"
                # "pulled troops out of the posts by Nov. 10 and began tearing them down"
                r"|\b(?:on|by)\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+and\b",
                sentence[out[-1].end : h.start],
            )
        ):
            continue  # "began a joint survey … surveyed": one action told twice
        out.append(h)
    return out


_IRREGULAR_PAST = frozenset(
    {"met", "held", "sent", "took", "made", "told", "gave", "spoke", "began", "broke", "flew",
     "threw", "sought", "brought", "sat", "struck", "froze", "blew", "stood", "said",
     "was", "were", "is", "are", "has", "had"}
)  # fmt: skip
_NOT_PAST = frozenset(
    {"need", "proceed", "exceed", "succeed", "speed", "feed", "heed", "embed", "shed"}
)


def _finite(phrase: str) -> bool:
    """Whether a verb phrase opens with a past-tense verb ("warned", "met"): after "urged
    Japan to lift the measures and" it is a second act of the subject, not more of what was
    urged (an infinitive's verbs go bare: "agreed to halt … and open")."""
    word = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    return word in _IRREGULAR_PAST or (word.endswith("ed") and word not in _NOT_PAST)


def _joint(codes: Sequence[str]) -> str:
    members = sorted({c for code in codes for c in code.split("+") if c})
    return "+".join(members)


_CLAUSE_END = re.compile(
    r";|,\s+(?:but|while|whereas|although|though|after|before|when|which|who|saying|adding"
    r"|in which|under which|where)\b"
    r"|,\s+(?:\w+\s+){1,3}(?:after|before|since)\b"
    # "…, when both militaries halted drills, and on Nov. 22 the two sides linked a road"
    r"|,\s+and\s+(?:on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?,?\s+(?:the\s+two|both|[A-Z])"
    r"|,\s+(?:[\w-]+\s+){1,3}(?:said|reported|announced)\b"  # ", state media said, prompting"
    r"|\s(?:but|while|whereas|although)\s"
)


def _clause_start(sentence: str, end: int) -> int:
    """Where the clause holding `end` begins (after a semicolon, ', while', ', but')."""
    cut = 0
    for m in re.finditer(r";|,\s+(?:while|but|whereas|and)\s+|\bwhile\s+|\bbut\s+", sentence):
        if m.end() <= end:
            cut = m.end()
    return cut


# "was ready to resume talks", "remained willing to sit down with": a stated readiness is
# a report of the one who states it (an intent, claimed), unless itself hypothetical.
_READY = re.compile(
    r"\b(?:(?:is|was|are|were|be|been|remains?|remained|stands?|stood|being)\s+(?:\w+\s+)?"
    r"(?:ready|willing|prepared)|(?:willingness|readiness)|open)\s+to\s+(?:\w+\s+)?$"
)


def _modality(sentence: str, f: _Found, subject_end: int) -> str:
    before = sentence[max(subject_end, 0) : f.start]
    ready = _READY.search(before)
    if (
        ready
        and not _HYPOTHETICAL.search(own := re.split(r",|\band\b", before[: ready.start()])[-1])
        and not re.search(
            r"\b(?:would|could|might|may|if|unless|whether|not|never)\b|n't\b", own + ready.group(0)
        )  # "did not think Kim was ready", "was not ready"
        and not re.search(
            r"\b(?:if|unless|whether|not|never)\b[^,;]*$|n't\b[^,;]*$",
            sentence[_clause_start(sentence, f.start) : max(subject_end, 0) + ready.start()],
        )
    ):
        return "ready"
    if _HYPOTHETICAL.search(before) or re.search(
        r"\b(?:if|unless|whether|until|no signs? that|no indications? that|under which"
        r"|hope[sd]?|hoping)\b[^,;]*$",
        sentence[_clause_start(sentence, f.start) : f.start],
    ):
        return "hypothetical"
    if re.search(r"\b(?:without|instead of)\s+$|\b(?:failed|fail|fails|failure|declined|declines)"
                 r" to\s+(?:\w+\s+)?$", before):  # fmt: skip
        return "negated"
    # "The State Department, in a statement that did not mention the launch, urged": the
    # aside's negation is not the verb's
    unaside = re.sub(
        r",\s+(?:in|at|after|during|with|on)\b[^,]*,\s*|,[^,]*\b(?:that|which|who)\b[^,]*,\s*",
        " ",
        before,
    )
    if _NEGATED.search(before) or re.search(r"\b(?:did not|didn't|has not|have not|never)\b",
                                              unaside):  # fmt: skip
        return "negated"
    if (
        _PLANNED.search(before)
        or re.search(r"\b(?:will|plans? to|would)\b", before)
        or re.match(r"due in\b", sentence[f.start :])  # "is due in Seoul on Friday"
    ):
        end = _CLAUSE_END.search(sentence, f.end)
        if re.search(r"\bwould\b", before) and re.search(
            r"\b(?:if|unless)\b", sentence[f.end : end.start() if end else len(sentence)]
        ):
            return "hypothetical"  # "would lift sanctions if Pyongyang took steps"
        return "planned"
    head = sentence[: f.start]
    if _CLAIMED.search(head) or _CLAIMED.search(sentence[f.end :][:80]):
        return "claimed"
    return "done"


def _projects(text: str) -> list[tuple[str, tuple[str, ...]]]:
    found = []
    for regex, slug, owners in _PROJECT_RES:
        m = regex.search(text)
        if m:
            found.append((m.start(), slug, owners))
    if len(found) > 1:  # "roads and railways" is the railway project
        found = [x for x in found if x[1] != "road-links"] or found
    return [(slug, owners) for _, slug, owners in sorted(found, key=lambda x: x[0])]


_ALLIES = frozenset({"USA", "KOR", "JPN"})
_EUROPE = frozenset({"GBR", "FRA", "DEU", "ESP", "SWE", "EU"})
# Where an action of one Korea is aimed at the other.
_BORDER = re.compile(
    r"\b(?:border|DMZ|Demilitari[sz]ed Zone|demarcation line|front ?line|inter-Korean|"
    r"Joint Security Area|Northern Limit Line|frontline)\b"
)


_CONSULTING = frozenset({"010", "030", "036", "040", "042", "043", "046", "057", "061"})


# The two Koreas' soldiers and generals: a military step, whatever else is said
_SOLDIERS = re.compile(
    r"\b(?:[Ss]oldiers|[Gg]enerals?|general-level|the two militaries|military (?:talks|officers)"
    r"|defen[cs]e ministers|[Dd]efen[cs]e [Mm]inistry|military agreement)\b"
)
# A security body speaking to the other Korea speaks of military matters
_SECURITY_BODY = re.compile(
    r"National Security Council|Joint Chiefs(?: of Staff)?|[Dd]efen[cs]e [Mm]inist(?:ry|er)"
)


def _tracks(
    code: str, text: str, actor: str, target: str | None, security: bool = False
) -> tuple[str, ...]:
    """The tracks of an act told in `text`; `security`: its subject is one of Seoul's security
    bodies, named before the clause."""
    if code in ("X01", "X02"):
        return ("denuclearization",)  # a test is the nuclear and missile question, whatever else
    actors = set(actor.split("+"))
    targets = set((target or "").split("+")) - {""}
    if target == "each-other":
        targets = set()
    pair = actors | targets
    found = {t for t in TRACKS if _TRACK_RES[t].search(text)}
    if not pair <= _ALLIES | {"PRK"} or ("PRK" in pair and not pair <= {"KOR", "PRK"}):
        found.discard("alliance-coordination")  # "Pyongyang's main ally", not our allies
    if code in CODE_TRACKS and not (
        CODE_TRACKS[code] == "sanctions" and len(pair) > 1 and pair <= _ALLIES
    ):  # an ally's export curbs on another ("tightened controls on exports to South Korea")
        # are their dispute, not the sanctions, unless named so
        found.add(CODE_TRACKS[code])
    seizure = code == "171" and targets == {"PRK"} and not actors & {"KOR", "PRK"}
    if seizure:
        found.add("sanctions")  # "detained the North's bulk carrier": enforcing the sanctions
    # soldiers, or Seoul's security bodies speaking to the North ("the Joint Chiefs of Staff
    # sent a message through the military hotline"): a military matter
    speaks = actors == {"KOR"} and pair == {"KOR", "PRK"}
    security = speaks and (security or bool(_SECURITY_BODY.search(text)))
    soldiers = bool(_SOLDIERS.search(text)) or security
    if soldiers and pair == {"KOR", "PRK"} and (code in _CONSULTING or security):
        # "generals agreed to restore the military hotlines": a military step, not their ties
        found.discard("inter-korean")
    if (
        {"KOR", "PRK"} <= pair
        and pair <= {"KOR", "PRK"}
        and code in ("040", "042", "057", "030")
        and not soldiers
    ):
        found.add("inter-korean")  # the two Koreas meeting, agreeing: an inter-Korean step
    if code == "180" and pair == {"KOR", "PRK"}:
        found = {"inter-korean"}  # "troops shot a South Korean official": the two Koreas' ties
    if code in ("087", "150", "154") and actors <= _ALLIES and not targets:
        found = {"denuclearization"} | (found & {"sanctions"})  # the allies' drills, together
    elif len(pair & _ALLIES) >= 2 and pair <= _ALLIES:
        # between the allies, or the allies together: their coordination, whatever it is
        # about ("Pompeo briefed Moon on the Singapore meeting"), but for their own drills,
        # sanctions, and what one says of the other's inter-Korean steps
        keep = {"sanctions"} | ({"denuclearization"} if code in ("087", "150", "154") else set())
        if code not in _CONSULTING:
            keep.add("inter-korean")
        if code == "051" and (
            "inter-korean" in found
            or _TRACK_RES["denuclearization"].search(re.sub(r"\bmilitary\b", "", text))
        ):
            # support for an ally's step is on that step's track ("supported Seoul's efforts on
            # inter-Korean cooperation", "the US efforts to resolve the nuclear issue"); the
            # allies' own "military intelligence-sharing pact" is theirs
            found -= {"alliance-coordination"}
        else:
            found = {"alliance-coordination"} | (found & keep)
    if (
        {"KOR", "PRK"} <= pair <= {"KOR", "PRK"}
        and "inter-korean" in found
        and code not in ("087", "150", "154", "190", "X01", "X02", "057")
        and not soldiers
    ):
        found.discard("denuclearization")  # the two Koreas on their own ties
    if not found:
        if (
            pair == {"PRK"}
            or (actors == {"KOR"} and pair <= {"KOR", "PRK"} and _SECURITY_BODY.search(text))
            # "Generals from both sides held talks on its implementation"
            or (soldiers and pair <= {"KOR", "PRK"})
        ):
            found = {"denuclearization"}
        elif pair <= {"KOR", "PRK"}:
            found = {"inter-korean"}
        elif pair <= _ALLIES and len(pair) > 1:
            found = {"alliance-coordination"}  # the allies between themselves
        else:
            found = {"denuclearization"}
    elif "PRK" in pair and pair - {"KOR", "PRK"} and code not in ("163", "085") and not seizure:
        found.add("denuclearization")  # North Korea and the powers: the nuclear question
    return tuple(t for t in TRACKS if t in found)


_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# The date patterns `_date_in` tries, in order, built once: it runs for every act.
_DAY_OF_MONTH = re.compile(
    r"\b(" + _MONTH_ALT + r")\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(" + _MONTH_ALT + r")\b"
)
_MONTH_OF_YEAR = re.compile(
    r"\b(?:in|since|of)\s+(?:early\s+|late\s+|mid-)?(" + _MONTH_ALT + r")\.?,?\s+((?:19|20)\d\d)\b"
)
_MONTH_LAST_YEAR = re.compile(r"\bin\s+(" + _MONTH_ALT + r")\.?,?\s+last\s+year\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def _date_in(text: str, published: date, planned: bool) -> date | None:
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
                re.match(r"\s*(?:,\s*)?last year\b", text[m.end() :])
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
    m = _WEEKDAY.search(text)
    if m:
        wanted = WEEKDAYS.index(m.group(1))
        delta = (published.weekday() - wanted) % 7
        if planned:
            return published + timedelta(days=(wanted - published.weekday()) % 7)
        return published - timedelta(days=delta)
    if re.search(r"\byesterday\b", text):
        return published - timedelta(days=1)
    if re.search(r"\btomorrow\b", text):
        return published + timedelta(days=1)
    return None


_FIRST_DAY = re.compile(
    r"\bon\s+(?:(" + _MONTH_ALT + r")\.?\s+\d{1,2}|(?:" + "|".join(WEEKDAYS) + r"))\b"
)
# A further day in a list: "on May 4 and May 9 and again on July 25", "on March 2, March 9
# and March 21", "on July 25 and 31"; a bare number only where the list goes on or ends;
# "a new launcher on Wednesday and new-type missiles on July 25": another weapon, another day
_NEXT_DAY = re.compile(
    r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:again\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|projectiles?|weapons?|launchers?)\s+"
    r"(?=on\s+(?:" + _MONTH_ALT + r")\b))?"
    r"(?:on\s+)?(?:(" + _MONTH_ALT + r")\.?\s+)?(\d{1,2})\b"
)
# A second object of a sanction, with its own day, its verb left out: "…, and two Russian
# shipping companies on Aug. 21".
_ELIDED_OBJECT = re.compile(
    r",?\s+and\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
    r"(?:[\w-]+\s+){0,4}?(compan(?:y|ies)|firms?|banks?|ships?|vessels?|tankers?|entities"
    r"|individuals|people|officials)\s+on\s+(" + _MONTH_ALT + r")\.?\s+(\d{1,2})\b"
)
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;]|and\b|$)")
# Days told by their number in a month named before: "in March, on the 2nd, 9th and 21st".
_IN_A_MONTH_ON_THE = re.compile(
    r"\s*in\s+(" + _MONTH_ALT + r"),?\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b"
)
_FIRST_NTH = re.compile(r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b")
_NEXT_NTH = re.compile(r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b")


def _more_days(text: str, first: date, published: date) -> list[date]:
    """The further days of an act told on several ("on May 4 and May 9", "on July 25 and 31",
    "on March 2, March 9 and March 21", "on March 2 and again on March 9")."""
    m = _FIRST_DAY.search(text)
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
    if m.group(1) is None:  # "on Wednesday and … on July 25": the day told first may be another
        weekday = _date_in(m.group(0), published, False)
        if weekday is not None and first not in (weekday, _date_in(m.group(0), published, True)):
            days.append(weekday)  # (a weekday ahead is the day of a plan: the same day)
    while nxt := _NEXT_DAY.match(text, at):
        if nxt.group(1) is None and not _LIST_GOES_ON.match(text, nxt.end()):
            break  # "on May 4, 12 people …": a number, not a day
        month, at = MONTHS[nxt.group(1)] if nxt.group(1) else month, nxt.end()
        try:
            day = date(first.year, month, int(nxt.group(2)))
        except ValueError:
            break
        if day != first and day <= published + timedelta(days=1) and day not in days:
            days.append(day)
    return days


def _role(alias: str, code: str, on: date) -> str | None:
    for o in OFFICIALS:
        if o.code == code and (alias in (o.alias, o.name) or o.name.endswith(alias)):
            if o.start <= on <= o.end:
                return f"{o.name}, {o.role}"
            if alias == o.name:
                return o.role
    return None


def extract(
    article: Article, codebook: Mapping[str, tuple[str, int]]
) -> list[Report]:  # fmt: skip
    """Every action the article reports, in the order of its sentences."""
    if article.published is None:
        raise InvalidInput(
            f"{article.name} has no date; give the article a published date so that the dates "
            "of the actions it reports can be worked out"
        )
    reports: list[Report] = []
    context = _Context()
    for sentence in _sentences(article.text):
        reports += _from_sentence(sentence, article.published, codebook, reports, context)
    # An event told as a noun and also as a verb ("Pompeo visited Pyongyang … his visit") is
    # one report: the verb's.
    told = [r for r in reports if id(r) not in context.nominal]
    kept: list[Report] = []
    for r in reports:
        if id(r) in context.nominal:
            dated = context.nominal[id(r)]
            if (
                not dated
                and (when := _date_in(r.evidence, article.published, False))
                and not any(
                    o.evidence == r.evidence and context.nominal.get(id(o)) for o in reports
                )  # "the third summit …, following their first meeting on April 27": its date
            ):
                # "an invitation from Kim" in a sentence told "on March 5": not the invitation
                # of April 27 told before, and dated as its sentence is
                r, dated = replace(r, on=when), True
            if any(
                _same_event(r, o, dated)
                # "after tests on July 31 and Aug. 2": a list's days are each an event
                and not (dated and o.evidence == r.evidence and o.on != r.on)
                for o in told
            ):
                continue
            told.append(r)
        kept.append(r)
    return [_offer_aimed(r) for r in kept]


def _offer_aimed(r: Report) -> Report:
    """An offer, pledge or readiness with no one named as its object is aimed at the other
    side (the gold conventions): when its sentence names one other party, that party
    ("Pyongyang said it was ready to resume dialogue, after Seoul's appeal")."""
    if r.target is not None or r.action not in ("030", "036"):
        return r
    mine = set(r.actor.split("+"))
    others = {
        m.code
        for m in _mentions(r.evidence)
        if m.code
        and not m.place
        and not set(m.code.split("+")) & mine
        and not re.match(r"\s+(?:said|says|told|reported|announced)\b", r.evidence[m.end :])
    }  # "Japan offered to help, Seoul said": the teller is not the one offered to
    return replace(r, target=others.pop()) if len(others) == 1 else r


def _family(code: str) -> str:
    return {"046": "040", "043": "042", "036": "030"}.get(code, code)


def _parties_of(r: Report) -> frozenset[str]:
    out = set(r.actor.split("+"))
    if r.target and r.target != "each-other" and r.target.isupper():
        out |= set(r.target.split("+"))
    return frozenset(out)


def _same_event(nominal: Report, other: Report, dated: bool) -> bool:
    """Whether a report read from a noun tells the same event as another report."""
    if _family(nominal.action) != _family(other.action):
        return False
    if (nominal.modality == "planned") != (other.modality == "planned"):
        return False  # a summit agreed on for April is not the one held before
    if "negated" in (nominal.modality, other.modality):
        return False  # "met on June 30 …, but have not held talks since": two acts
    if _parties_of(nominal) != _parties_of(other):
        return False
    return not dated or abs((nominal.on - other.on).days) <= 3


_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
# Summits known by their place in 2018-2020: the parties and the (first) day.
_NAMED_SUMMITS: dict[str, tuple[str, date]] = {
    "Singapore": ("PRK+USA", date(2018, 6, 12)),
    "Hanoi": ("PRK+USA", date(2019, 2, 27)),
}
_EVENT_NOUN = re.compile(
    r"(?P<pos>(?:'s|’s)|\b(?:his|her|their|[Tt]heir|its|whose))\s+(?:(?:first|second|third|fourth|fifth|last"
    r"|previous|recent|historic|landmark|brief|rare|surprise|two-day|three-day|four-day"
    r"|(?P<soon>planned|upcoming|scheduled|expected|proposed)"
    r"|state|official|secret|unprecedented|inaugural|maiden|formal|direct|bilateral"
    r"|high-level|working-level|face-to-face|\d{4}|[A-Z][a-z]+)\s+){0,2}"
    r"(?P<noun>visits?|trips?|summits?|talks|meetings?|encounters?),?\s+(?P<prep>to|with|in|at|on)\b"
    r"|\b(?P<between>[Ss]ummits?|[Tt]alks|[Mm]eetings?|[Nn]egotiations)\s+between\b"
    r"|\b(?P<named>" + "|".join(_NAMED_SUMMITS) + r")\s+(?:summit|meeting|talks)\b"
    r"|(?<!regional )(?<!security )\bsummit\s+in\s+(?P<named2>" + "|".join(_NAMED_SUMMITS) + r")\b"
    # "talks between Washington and the North have stalled since a meeting in Stockholm on …"
    r"|\bsince\s+(?:a|the|their)\s+(?P<since>meeting|summit|round of talks)\s+in\s+"
    r"[A-Z]\w+(?=\s+(?:[a-z]+\s+){0,2}on\b)"
    # "after the North's sixth nuclear test on Sept. 3": a dated test told as a noun
    # "… test on Jan. 6 and a long-range rocket launch on Feb. 7": the same owner's
    r"|(?:'s|’s|\bits|(?<=[\w.] )and\s+an?)\s+(?:[\w-]+\s+){0,3}?(?P<test>nuclear test"
    r"|(?:ballistic\s+)?missile"
    r"\s+(?:test|launch)|ICBM\s+(?:test|launch)|rocket\s+launch)"
    r"(?=,?\s+(?:on|in)\s+(?:early\s+|late\s+|mid-)?[A-Z])"
    # "after tests on March 2, March 9 and March 21", "the North's earlier launches on Aug. 1",
    # "what it called \"very important\" tests on Dec. 7": dated tests told as a plural noun
    r"|(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?|\b(?:after|following|since)\s+"
    r"|\bwhat\s+it\s+called\s+(?:[\"“][\w\s-]+[\"”]\s+)?"
    # "four rounds of short-range ballistic missile tests in March, on the 2nd, 9th and 21st"
    r"|\brounds?\s+of\s+(?:[\w-]+\s+){0,4}?)"
    r"(?P<tests>tests|launches|test-firings|volleys|salvos|firings)\s+"
    r"(?=on\s+[A-Z][a-z]+\.?\s+\d|in\s+[A-Z][a-z]+,?\s+on\s+the\s+\d)"
    # "the fourth test of the launcher, following others on Sept. 10 and Oct. 31", "the second
    # of the launcher after one on Oct. 31": more of the tests just told
    r"|\b(?:after|following)\s+(?P<others>others|one|another)\s+(?=on\s+[A-Z][a-z]+\.?\s+\d)"
    # "after the North's sixth nuclear test": counted, so one event even with no date
    r"|(?:'s|’s|\bits)\s+(?:first|second|third|fourth|fifth|sixth|seventh)\s+"
    r"(?P<nthtest>nuclear test)\b(?!s)"
    # "condemned the test-firing of a new missile on Oct. 2": a dated launch told as a noun;
    # "discussed North Korea's launch of several projectiles on Saturday"
    r"|(?:\b(?:the|a)|(?P<testof_own>'s|’s))\s+(?:test-)?(?:firing|launch|test)\s+of\s+"
    r"(?P<testof_pos>a|an|two|three|several|its|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<testof>missiles?|rockets?|ICBMs?|SLBMs?|projectiles?)\b"
    r"(?=,?\s+(?:on|in)\s+(?:early\s+|late\s+|mid-)?[A-Z])"
    # "having agreed at talks on Jan. 17": the talks of those who agreed
    r"|\bat\s+(?P<datedtalks>talks|a\s+meeting|meetings|an?\s+(?:\w+\s+)?round\s+of\s+talks)"
    r"\s+(?:there\s+|in\s+[A-Z]\w+\s+)?"
    r"(?=on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+day)\b)"
    r"|\b(?P<korean>inter-Korean)\s+(?:(?:high-level|military|summit)\s+)?(?:summit|talks"
    r"|meeting)\b"
    r"|(?:'s|’s)\s+(?:(?:latest|new|recent|repeated|earlier|renewed|surprise)\s+)?"
    r"(?P<act>invitation|offer|proposal|calls?|demands?|warnings?|closure|curbs|regret|protests?"
    r"|condemnation|appeal|praise)\b"
    # "rejected a South Korean proposal", "accepted a US offer"
    r"|\b(?:a|an|the)\s+(?:(?:latest|new|recent|renewed|fresh)\s+)?(?P<adj>(?:South|North)"
    r" Korean|US|American|Japanese|Chinese|Russian)\s+(?P<adjact>invitation|offer|proposal"
    r"|demands?)\b"
    # "at a meeting of the allies' working group": Seoul and Washington met
    r"|\b(?P<group>(?:meeting|session)s?)\s+of\s+(?:the\s+|their\s+|a\s+)?(?:new\s+)?"
    r"(?:allies'\s+|two\s+allies'\s+|bilateral\s+)?working group\b"
    # "The agreement came at high-level talks at Tongilgak": the talks of the story's pair
    r"|\b(?:at|during)\s+(?:the\s+|their\s+)?(?P<pairtalks>(?:high|working|general|military"
    r"|ministerial)-level\s+talks|Red Cross talks)\b"
    # "returned home after a two-day state visit to North Korea"
    r"|\b(?:after|during|on|following|wrapping up|concluding|ending)\s+(?:a|an|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<subjvisit>visit|trip)\s+to\b"
    # "held talks with Xi in Beijing during a secret visit": a visit to the place named
    r"|\b(?:during|on|at the end of)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<placevisit>visit|trip)\b"
    r"(?!\s+(?:to|by|of)\b)"
    # "made the appeal after talks with South Korea's nuclear envoy": the subject's talks
    r"|\b(?:after|before|following|during|at|from|prepar(?:e|es|ed|ing)\s+for)\s+"
    r"(?P<subjtalks>talks|meetings"
    r"|an?\s+(?:[\w-]+\s+)?(?:meeting|summit|(?:tele)?phone\s+(?:call|conversation)"
    r"|video\s+(?:call|conference)))(?=\s+with\b)"
    # "voiced support for food aid in a phone call with President Moon"
    r"|\b(?:in|during)\s+an?\s+(?:[\w-]+\s+)?(?P<call>(?:tele)?phone\s+(?:call|conversation)"
    r"|video\s+(?:call|conference))(?:\s+with\b|(?=\s+on\s+(?:\w+day|[A-Z][a-z]+\.?\s+\d{1,2})\b"
    r"|[,.]))"
    # "brought back an invitation from Kim"
    r"|\b(?:an?|the)\s+(?:(?:new|fresh|formal|written|personal)\s+)?(?P<fromact>invitation|offer"
    r"|proposal|warning)\s+(?:from|by)\b"
    # "the year-end deadline Kim Jong Un set in April", "the deadline set by Kim": a demand
    r"|\bdeadline\s+(?:that\s+)?(?P<setter>(?:[A-Z][\w-]*\s+){1,4}?|(?:he|she|it)\s+)"
    r"(?:had\s+|has\s+)?set\b|\bdeadline\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?set\s+by\b(?P<setby>)"
)
# A speech act told as a noun: "Seoul's offer of talks", "Trump's invitation".
_ACT_CODES = {"invitation": "036", "offer": "030", "proposal": "030", "call": "020",
              "demand": "100", "warning": "130", "closure": "161", "curb": "163",
              "regret": "111", "protest": "114", "condemnation": "111", "appeal": "020",
              "praise": "051"}  # fmt: skip
# When an event told as a noun took place: "in June", "last month", "in February 2019".
_WHEN_AFTER = re.compile(
    r"(?:\s+(?:in|at|on|with)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?,?\s+(?:(?:in|on|last|earlier"
    r"|this)\s+)?(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
    r"|last (?:year|month|week)|earlier this (?:year|month)|\d{4}\b)"
)
# Only possible, hoped for or cited: "a possible summit", "efforts to restart talks".
_NOT_YET = re.compile(
    r"\b(?:possible|potential|proposed|hoped-for|any|no|future|new|would|could|might"
    r"|hope[sd]?|resum\w+|restart\w*|revive|reviving|revival|stalled|deadlocked|stalemated"
    r"|efforts? to|speculation|about|talk of|prospects? (?:of|for)|seek\w*|sought)\s+"
    r"(?:\w+\s+){0,2}$"
)
# Arranged, not yet held: "ahead of his visit to Seoul", "the upcoming talks with".
_COMING = re.compile(
    r"\b(?:planned|another|next|upcoming|ahead of|prepare|prepares|preparing|forthcoming"
    r"|scheduled|expected)\s+(?:\w+\s+){0,2}$"
)
_CALLED_OFF = re.compile(
    r"[^,;.]*?\b(?:was|were|had been|has been|is|are)\s+(?:\w+\s+)?(?:postponed|cancell?ed"
    r"|called off|delayed|scrapped|put off)\b"
    # "talks between Washington and Pyongyang have stalled since …": none held
    r"|[^,;.]*?\b(?:have|has|had)\s+(?:been\s+|remained\s+)?(?:stalled|deadlocked"
    r"|stalemated|frozen)\b"
)


def _nominal(
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    context: _Context,
    mentions: list[_Mention],
    quotes: list[tuple[int, int]],
    before: Sequence[Report] = (),
) -> list[Report]:
    """Events told as nouns: "Pompeo's visit to Pyongyang", "his summits with Moon and
    Trump", "the talks between the two Koreas", "the Hanoi summit"."""
    out: list[Report] = []
    if _OPINION.search(sentence) and _OPINION_VERB.search(sentence):
        return out  # an analyst's view
    for m in _EVENT_NOUN.finditer(sentence):
        if any(a < m.start() < b for a, b in quotes):
            continue
        if _CALLED_OFF.match(sentence, m.end()):
            continue  # "a meeting between Pompeo and Kim Yong Chol was postponed"
        start = m.start()
        if _NOT_YET.search(sentence[max(0, start - 40) : start]) and not m.group("since"):
            continue  # "a possible second summit": not an event
        coming = bool(
            _COMING.search(sentence[max(0, start - 40) : start])
            or m.group("soon")
            or m.group(0).startswith("prepar")  # "as Moon prepares for a third summit with Kim"
            or (  # "said Tokyo would press Beijing during a summit in Tokyo on May 9"
                m.group("subjtalks")
                and re.search(
                    r"\b(?:would|will)\b", sentence[_clause_start(sentence, start) : start]
                )
            )
        )
        actor = target = None
        on: date | None = None
        after = [x for x in mentions if x.start >= m.end() and x.code]
        following: list[_Mention] = []
        last_end = m.end()
        for x in after:  # "with Moon Jae-in and Trump", "between the US and North Korea"
            gap = re.sub(r"^(?:[ -][A-Z][\w-]*)+", "", sentence[last_end : x.start])
            if (
                following
                and x.code == following[-1].code
                and re.fullmatch(
                    r"(?:\s+(?:[A-Z][\w.-]*|leader|president|minister|envoy))*\s+", gap
                )
            ):
                last_end = x.end
                continue  # "US President Donald Trump", "North Korean leader Kim Jong Un": one
            if following and not re.fullmatch(
                r"\s*(?:,|and|, and)\s+(?:the\s+)?(?:(?:leader|president|prime minister|premier"
                r"|chairman)\s+)?",
                gap,
            ):
                break
            if not following and not re.fullmatch(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?", gap):
                break
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
                and not re.search(r"\b[Aa]t\s+(?:the|their)\s+$", sentence[:start])
                and not re.match(r",?\s+where\b", sentence[m.end() :])
                and not re.search(
                    r"\b(?:after|since|before)\s+(?:[\w'’-]+\s+){0,4}$", sentence[:start]
                )
            ):
                continue  # "the spirit of the Singapore summit": cited, not told
            actor, on = _NAMED_SUMMITS[named]
            target, code = "each-other", "040"
        elif m.group("korean"):
            if not when and not re.search(r"\bat\s+(?:the|their|an?)\s+$", sentence[:start]):
                continue  # "inter-Korean talks have stalled": no event told
            actor, target, code = "KOR+PRK", "each-other", "040"
        elif m.group("group"):
            actor, target, code = "KOR+USA", "each-other", "040"
        elif m.group("since"):
            pair = _pair_before(mentions, start)
            if pair is None or not when:
                continue
            actor, target, code = pair, "each-other", "040"
        elif m.group("pairtalks"):
            if not context.pair or any(x.code and not x.place for x in mentions):
                continue
            actor, target, code = context.pair, "each-other", "040"
        elif m.group("subjvisit"):
            traveller = _first_party(mentions, start)
            if traveller is None or not following or following[0].code == traveller.code:
                continue
            actor, code, target = traveller.code, "042", following[0].code
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
            party = _last_party(mentions, start) if m.group("testof_pos") == "its" else None
            if m.group("testof_own"):
                party = next(
                    (x for x in mentions if start - 1 <= x.end <= start + 2 and x.code), None
                )
                if party is None or party.place:
                    continue
            # with no owner named, the North's: no other state tested missiles in these stories
            actor, target, code = (party.code if party else "PRK"), None, "X01"
            when = re.compile(r",?\s+(?:on|in)\s+\S+").match(sentence, m.end()) or when
        elif m.group("datedtalks"):
            group = [x for x in mentions if x.end <= start and "+" in x.code and not x.place]
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
            owner = [x for x in mentions if start - 1 <= x.end <= start + 2 and x.code]
            if (owner and owner[-1].place) or (m.group(0)[0] in "'’" and not owner):
                continue
            # with no owner named, the last tester's ("It was the fifth launch, after volleys
            # on July 25 and 31"), else the North's, as for "the launch of a missile" above
            tester = next((r.actor for r in reversed(before) if r.action in ("X01", "X02")), None)
            actor, target, code = (owner[-1].code if owner else tester or "PRK"), None, "X01"
            when = re.compile(r"\s*on\s+\S+\s+\d+").match(sentence, m.end())
            nth = _IN_A_MONTH_ON_THE.match(sentence, m.end())
            if nth:  # "in March, on the 2nd, 9th and 21st"
                on = date(published.year, MONTHS[nth.group(1)], int(nth.group(2)))
                if on > published:
                    on = on.replace(year=on.year - 1)
        elif m.group("test") or m.group("nthtest"):
            owner = [x for x in mentions if start - 1 <= x.end <= start + 2 and x.code]
            if m.group(0).startswith(("its", "and")):  # "… and its rocket launch on Feb. 7"
                party = _last_party(mentions, start)
                owner = [party] if party else []
            if not owner or owner[-1].place:
                continue
            actor, target = owner[-1].code, None
            code = "X02" if (m.group("test") or "nuclear").startswith("nuclear") else "X01"
        elif m.group("subjtalks"):
            speaker = _first_party(mentions, start)
            if speaker is None or not following or following[0].code == speaker.code:
                continue
            actor, code, target = speaker.code, "040", following[0].code
            met = {c for x in following for c in x.code.split("+")} - {speaker.code}
            if len(met) > 1:  # "during a three-way summit with China and South Korea"
                actor, target = _joint(sorted(met | {speaker.code})), "each-other"
        elif m.group("call"):
            speaker = _first_party(mentions, start)
            if speaker is None:
                continue
            actor, code = speaker.code, "040"
            if not re.match(r"\s+with\b", sentence[m.end("call") :]):
                # "Shanahan and Jeong made the decision in a telephone call on Saturday"
                pair = _pair_before(mentions, start)
                if pair is None:
                    continue
                actor, target = pair, "each-other"
            else:
                target = next((x.code for x in following if x.code != speaker.code), None)
            if target is None:
                continue
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
                         if x.end <= start and x.code and _person(x.alias)),
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
            meant = re.compile(r"\s+(?:[\w.]+\s+){0,3}?for\s+(?:the\s+)?").match(sentence, m.end())
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
                owner = [x for x in mentions if start - 1 <= x.end <= start + 2 and x.code]
            if not owner or owner[-1].place or not owner[-1].code:
                continue
            if re.match(r"\s+(?:that|for)\b", sentence[m.end() :]):
                following = []  # "the North's demand that UN sanctions be lifted": content
            act = m.group("act") or m.group("adjact") or m.group("fromact")
            actor, code = owner[-1].code, _ACT_CODES[act.rstrip("s")]
            members = set(actor.split("+"))
            if code in ("111", "114", "051") and act != "calls":
                # "Seoul's regret over the pullout", "Moscow's praise": aimed at what it reacts to
                event = _reacted_to(sentence[m.end() :], before, members, vague=False) or next(
                    (r for r in reversed(before)
                     if not set(r.actor.split("+")) <= members
                     and r.action not in _REACTIONS and r.action not in ("030", "036", "010")),
                    None,
                )  # fmt: skip
                aim = _aimed_at(event, members) if event is not None else None
                if aim is None:
                    continue
                report = _noun_report(actor, code, aim, sentence, published, codebook, None)
                out.append(report)
                context.nominal[id(report)] = False
                continue
            others = [x.code for x in following if not set(x.code.split("+")) & members]
            # "it supported South Korea's call for an explanation": the one who backs a call
            # is not the one called on
            backed = re.search(
                r"\b(?:support|back|welcome|endorse|echo|join)(?:s|d|ed|ing)?\s+(?:the\s+)?$",
                sentence[: owner[0].start],
            )
            others = others or [  # "Trump rejected Kim's demand": made to Trump
                x.code for x in mentions
                if x.code and x.end <= start and not x.place and not backed
                and not set(x.code.split("+")) & members
            ][-1:]  # fmt: skip
            if not others and before:  # "supported South Korea's call": the other side
                last = before[-1]
                others = [c for c in [*last.actor.split("+"), *(last.target or "").split("+")]
                          if c.isupper() and c not in members]  # fmt: skip
            others = others or [
                x.code for x in mentions
                if x.code and not set(x.code.split("+")) & members
                and not (backed and x.end <= start)
            ]  # fmt: skip
            if not others:
                continue
            target = others[0]
        elif m.group("between"):
            codes = {c for x in following for c in x.code.split("+")}
            if len(codes) < 2:
                continue
            actor, target = _joint(sorted(codes)), "each-other"
            code = "046" if m.group("between").lower() == "negotiations" else "040"
        elif (
            m.group("pos") in ("their", "Their")
            and not re.search(r"\b(?:held|hold|holds|holding)\s+$", sentence[:start])
            and not m.group("noun").startswith(("visit", "trip"))
            and m.group("prep") in ("at", "in", "on")
            and (
                _date_in(sentence[m.end() : m.end() + 70], published, False) is not None
                or re.search(
                    r"\b(?:" + "|".join(MONTHS) + r")\b|\b(?:19|20)\d\d\b",
                    sentence[m.end() : m.end() + 70],
                )
                or re.match(r"\s*At\s+$", sentence[: m.start()])  # "At their summit, they agreed"
            )
            and (pair := _pair_before(mentions, start) or context.pair)
        ):  # "following their first meeting at Panmunjom on April 27": the two met
            actor, target, code = pair, "each-other", "040"
            on = _date_in(sentence[m.end() : m.end() + 70], published, False)
            if on is None:
                year = re.search(r"\b((?:19|20)\d\d)\b", sentence[m.end() : m.end() + 70])
                month = re.search(
                    r"\b(" + "|".join(MONTHS) + r")\b", sentence[m.end() : m.end() + 70]
                )
                if year and month:
                    on = date(int(year.group(1)), MONTHS[month.group(1)], 1)
        else:
            noun, prep = m.group("noun"), m.group("prep")
            if prep not in ("to", "with", "in"):
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
                inner = [(r.start(), r.end()) for r in _RELATIVE_SPAN.finditer(sentence, 0, start)]
                earlier = [
                    x
                    for x in mentions
                    if x.end <= start
                    and x.code
                    and _person(x.alias)
                    and not any(a < x.start < b for a, b in inner)  # "Kim, who hosted Pompeo,"
                ]
                if m.group("pos") in ("his", "her") and earlier:
                    actor = earlier[-1].code
                elif context.subject and not earlier:
                    actor = context.subject
                else:
                    continue
            if noun.startswith(("visit", "trip")):
                if prep != "to" or not following:
                    continue
                code = "042"
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
        if on is None and when:
            on = _date_in(sentence[when.start() : when.end() + 12], published, coming)
        if on is None and code in ("100", "030", "036") and (m.group("act") or m.group("adjact")):
            # "Since the collapse on Feb. 28, when Trump walked away from Kim's demand": the
            # sentence's day, so it is not taken for a demand (an offer) told on another day
            on = _date_in(sentence, published, False)
        report = _noun_report(actor, code, target, sentence, published, codebook, on)
        if report.on > published or coming:
            report = replace(report, modality="planned")
        out.append(report)
        context.nominal[id(report)] = on is not None
        if on is not None and code in ("X01", "X02"):
            for day in _more_days(sentence[m.end() - 1 :], on, published):
                out.append(replace(report, on=day))  # "after tests on March 2 and March 9"
                context.nominal[id(out[-1])] = True
    return out


_RELATIVE_SPAN = re.compile(r",\s+(?:who|which)\b[^,;]*,")


def _first_party(mentions: list[_Mention], start: int) -> _Mention | None:
    """The sentence's first party before `start` that is neither a place nor an object: who
    made the visit, held the talks or the call a noun tells of."""
    return next(
        (x for x in mentions if x.end <= start and x.code and not (x.place or x.object)), None
    )


def _last_party(mentions: list[_Mention], start: int) -> _Mention | None:
    """The party named last before `start`, not as a place: whose "its" test or "whose" trip."""
    return next((x for x in reversed(mentions) if x.end <= start and x.code and not x.place), None)


def _pair_before(mentions: list[_Mention], start: int) -> str | None:
    """The two parties named last before `start` in the sentence ("between Moon and Kim")."""
    codes: list[str] = []
    for x in reversed([x for x in mentions if x.end <= start and x.code and not x.place]):
        for c in x.code.split("+"):
            if c not in codes:
                codes.append(c)
        if len(codes) >= 2:
            return _joint(codes[:2])  # the nearest two: "signed by Kim and Moon at their summit"
    if not codes:  # "At their third summit in Pyongyang, Moon and Kim agreed": the two after
        for x in [x for x in mentions if x.start > start and x.code and not x.place]:
            codes += [c for c in x.code.split("+") if c not in codes]
            if len(codes) >= 2:
                return _joint(codes[:2])
    return None


def _noun_report(
    actor: str,
    code: str,
    target: str | None,
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    on: date | None = None,
) -> Report:
    name, weight = OWN_CODES.get(code) or codebook.get(code, (code, 0))
    when = on or published
    return Report(
        actor=actor,
        action=code,
        action_name=name,
        goldstein=weight,
        target=target,
        on=when,
        tracks=_tracks(code, sentence, actor, target),
        modality="done",
        evidence=sentence,
        quote=None,
        confidence=60,
    )


# Who a person is ("the envoy", "the minister"): whom, like "he", the last person named is
_PERSON_ROLES = (
    r"\b(?:envoy|minister|president|secretary|leader|ambassador|premier|prime minister"
    r"|chancellor|negotiator|special representative|top diplomat|sister)\b"
)
# The bodies a party speaks through, which "The ministry said" or "the envoy" stand for
_BODIES = (
    r"(?P<body>ministry|envoy|agency|spokes(?:man|woman|person)|ambassador|negotiator"
    r"|delegation|committee|military|newspaper|department)"
)
_BODY = re.compile(r"(?:'s|’s)?\s+(?:[A-Za-z-]+\s+){0,2}?" + _BODIES + r"\b", re.IGNORECASE)
_BODY_ALIAS = re.compile(r"\b" + _BODIES + r"$", re.IGNORECASE)


@dataclass
class _Context:
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
    """The states the last sentence named, in order."""
    nominal: dict[int, bool] = field(default_factory=dict)
    """Reports read from a noun ("his visit to Pyongyang"), by id: whether a date was given."""
    pairs: dict[str, int] = field(default_factory=dict)
    """How many of the article's reports so far were between each pair of states (the
    three-letter ones: "both sides" are states, not the UN)."""
    bodies: dict[str, str] = field(default_factory=dict)
    """Whose ministry, envoy, agency … the article named last: "The ministry said" after
    "South Korea's Unification Ministry" is Seoul's, whoever the sentence before was about."""
    people: dict[str, str] = field(default_factory=dict)
    """Surnames of the people the article has named in full, with their party: "Lee Do-hoon"
    makes a later "Lee" South Korea's."""


# Family name first: "Lee Do-hoon" is Lee, "Kim Yong Chol" is Kim; else the last word.
_FAMILY_FIRST = frozenset(
    {"Kim", "Lee", "Park", "Choi", "Choe", "Jeong", "Jung", "Kang", "Cho", "Yoon", "Jang",
     "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong", "Jeon",
     "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Nam", "Noh", "Ha", "Sung", "Cha", "Woo",
     "Ri", "Pak", "Chung", "Suh", "Chun", "Ban", "No", "Wang", "Li", "Xi", "Lu", "Geng", "Hua",
     "Zhao", "Kong", "Hyun", "Yoo", "Yu", "Min"}
)  # fmt: skip


def _surname(name: str) -> str:
    words = name.split()
    return words[0] if words[0] in _FAMILY_FIRST else words[-1]


def _remembered(sentence: str, found: list[_Mention], context: _Context) -> list[_Mention]:
    """The mentions of a sentence, with the surnames of people named earlier in the article
    ("Lee briefed Biegun" after "Lee Do-hoon"); a surname the tables know keeps its party."""
    if not context.people:
        return found
    out = list(found)
    for surname, code in context.people.items():
        for m in re.finditer(
            rf"(?<![\w-]){re.escape(surname)}(?:'s|’s)?(?![\w-])(?![ -][A-Z])", sentence
        ):
            if any(x.start < m.end() and m.start() < x.end for x in out):
                continue  # "Kim" stays the North's: its leader is named in full time and again
            if surname == "council" and re.match(r"\s+(?:meeting|session)", sentence[m.end() :]):
                continue  # "after a closed-door council meeting": when, not who
            before = _before(sentence, m.start())
            out.append(
                _Mention(
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


# A subject that stands for someone named before: "He accused …", "The envoy met …".
# "rice that Seoul had offered, and on Oct. 25 it demanded": "it" is the subject before
# "on Oct. 25, ", "in July ": a day told between a conjunction and its subject
_ON_A_DAY = r"(?:(?:on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?,?\s+)?"
_AND_IT = re.compile(
    r"\band\s+" + _ON_A_DAY + r"(?:it|they)\s+(?:\w+\s+)?$"
    r"|\b(?:after|before|when|since|while|until)\s+it\s+(?:\w+\s+)?$"
)
# "he would \"probably\" meet Kim again": an adverb, quoted or not, between subject and verb
_ADVERBS = (
    r"[\"“]?(?:probably|possibly|soon|personally|definitely|certainly|eventually|formally"
    r"|officially|finally|now|jointly|likely)[\"”]?"
)
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:^|[,;:]\s*)(?:(?:On|In|on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?,?\s+)?"
    r"|\b(?:and|but|while|then|where|when|that|said|says|after|before|since|until|because)\s+"
    + _ON_A_DAY
    + r")"  # "and on Oct. 25 it demanded"; "On Sunday the foreign ministry rejected"
    r"(?:He|She|he|she|It|it|They|they|"
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts) (?:[\w-]+ ){0,2}?"
    r"(?:envoy|minister|ministry|president|leader|secretary|"
    r"spokes(?:man|woman|person)|ambassador|premier|prime minister|chancellor|department|"
    r"agency|regime|government|administration|negotiator|delegation|sister|office|"
    r"special representative|foreign minister|top diplomat|country|military|statement|"
    r"institute|committee|newspaper|commentary|state media|spokesman|spokeswoman|official"
    r"|diplomat))\b"
    r"(?:,[^,]{1,60},)?"
    r"(?:\s+(?:also|later|then|again|previously|has|had|have|was|is|were|will|would|on \w+"
    r"|last \w+|this \w+|earlier|still|ready|willing|prepared|open|going|to|expected|due|set"
    r"|scheduled|" + _ADVERBS + r")){0,5}\s*$"
)


# A sentence opening with an official the tables do not know: "Trade minister Sung Yun-mo",
# "Deputy spokesman Kim In-chul, who …,".
_TITLED = re.compile(
    r"\s*(?:(?:[Ee]arlier|[Ll]ater|[Mm]eanwhile|[Oo]n \w+|[Ii]n \w+),\s+)?"
    r"(?:(?:[Vv]ice|[Dd]eputy|[Ff]irst|[Ss]enior|[Cc]hief|[Tt]op)\s+)?(?:[A-Za-z]+\s+){0,2}?"
    r"(?:[Mm]inister|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Ee]nvoy"
    r"|[Aa]dviser|[Dd]irector|[Nn]egotiator|[Cc]ommander)\s+"
    r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:,[^,;]{1,80},)?"
    r"(?:\s+(?:also|later|then|again|on \w+|last \w+|earlier))*\s*$"
)


# What may follow the pronoun before its verb ("he was ready to"): not the subject itself.
_AUXILIARIES = re.compile(
    r"(?:\s+(?:also|later|then|again|previously|has|had|have|was|is|were|will|would|on \w+"
    r"|last \w+|this \w+|earlier|still|ready|willing|prepared|open|going|to|expected|due|set"
    r"|scheduled|" + _ADVERBS + r"))+\s*$"
)


_SURNAMES = frozenset(
    {"Trump", "Pompeo", "Biegun", "Bolton", "Mattis", "Esper", "Tillerson", "Pence", "Haley", "Ri",
     "Choe",
     "Moon", "Kang", "Kim", "Abe", "Xi", "Putin", "Lavrov", "Macron", "Merkel", "Guterres",
     "Kono", "Suga", "Motegi", "Iwaya", "Onodera", "Peskov", "Mogherini", "Amano"}
)  # fmt: skip


def _person(alias: str) -> bool:
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
            r"representative|envoy|Treasury|Assembly|Sinmun|Central|Wa Dae|Panel|[Pp]anel",
            alias,
        )
    )


# "urged the two leaders", "called on both sides": whoever appeals is none of those appealed to
_APPEAL_BEFORE = (
    r"\b(?:on|urged?|urges|urging|asked|asking|told|telling|pressed|pressing|warned|warning"
    r"|encouraged?|encourages|encouraging)\s+$"
)
# "agreed to keep up close coordination on the North": a topic, not one of the two
_TOPIC_OBJECT = re.compile(r"\b(?:on|about|over|against|toward|towards|regarding)\s+(?:the\s+)?$")


def _salient_pair(
    sentence: str,
    mentions: list[_Mention],
    m: _Mention,
    context: _Context,
    appealer: set[str],
) -> set[str]:
    """Who "the two leaders" or "both sides" are when their sentence does not name them: the
    pair the article has told most about (China "called on both sides" after a paragraph on
    the North and the South, not the US named in the sentence before), the two states the
    previous sentence named, and the states named after the phrase ("the Kremlin said the
    two leaders"), weighed together; never the one who appeals to them."""
    score: dict[str, float] = {}
    if context.pairs:
        top = max(context.pairs.values())
        for pair, count in context.pairs.items():
            score[pair] = count / top
    if len(context.named) >= 2:
        named = _joint(context.named[:2])
        score[named] = score.get(named, 0.0) + 0.7
    after = {
        c
        for o in mentions
        if o.start > m.end
        and o.code
        and not o.place
        and not _TOPIC_OBJECT.search(_before(sentence, o.start))
        for c in o.code.split("+")
    }
    best: tuple[float, str] | None = None
    for pair, weight in score.items():
        members = set(pair.split("+"))
        if members & appealer:
            continue
        weight += len(members & after)
        if best is None or weight > best[0]:
            best = (weight, pair)
    return set(best[1].split("+")) if best else set()


def _resolve_joint(
    sentence: str, mentions: list[_Mention], before: Sequence[Report], context: _Context
) -> list[_Mention]:
    """ "The two leaders", "both sides", "the allies": the states named before them in the
    sentence, or those of the article's last report, or (the allies) South Korea and the US."""
    out: list[_Mention] = []
    for m in mentions:
        if m.code:
            out.append(m)
            continue
        clause = _clause_start(sentence, m.start)
        size = 3 if "three" in m.alias else 2
        # "a former ambassador to Spain": a place, no party; "On North Korea, …": a topic
        parties = [
            o
            for o in out
            if o.code and not o.place and not _TOPIC_BEFORE.fullmatch(sentence[: o.start])
        ]
        in_clause = [o for o in parties if o.start >= clause]
        appealer: set[str] = set()
        if re.search(_APPEAL_BEFORE, _before(sentence, m.start)):
            # "China, the North's main ally, called on both sides": the sides are others
            appealer = set(in_clause[0].code.split("+")) if in_clause else set()
            in_clause = in_clause[1:] if in_clause else in_clause
            parties = [o for o in parties if o.start < clause or o in in_clause]
        codes = {c for o in in_clause for c in o.code.split("+")} - appealer
        joints = [o for o in in_clause if o.code.count("+") == size - 1]
        if len(codes) > size and joints:  # "which needs both allies …, urged the two countries"
            codes = set(joints[-1].code.split("+"))
        if len(codes) < 2:  # "Moon spoke with Trump …, and the two leaders agreed"
            codes = {c for o in parties if o.start < clause for c in o.code.split("+")}
        if (
            len(codes) < 2
            and re.search(r"sides|leaders", m.alias)
            and re.search(
                r"guard posts?|front-?line|demarcation line|buffer zones?|hostile acts"
                r"|Panmunjom declaration|Pyongyang declaration|inter-Korean summit",
                sentence,
            )
        ):
            codes = {"KOR", "PRK"}  # "the guard posts the two sides withdrew from the DMZ"
        later = {
            c
            for o in mentions
            if o.start > m.end and o.code and not o.place and not o.object
            for c in o.code.split("+")
        }
        if (
            len(codes) < 2
            and size == 2
            and len(later) == 2
            and re.search(r"\bwhen\b", sentence[m.end :])
        ):  # "the two sides had agreed to resume talks when Trump and Kim met"
            codes = later
        three = [set(o.code.split("+")) for o in parties if o.code and len(o.code.split("+")) == 3]
        for x, y, z in zip(parties, parties[1:], parties[2:], strict=False):  # "A, B and C"
            if len({x.code, y.code, z.code}) == 3 and all(
                re.fullmatch(r"\s*(?:,|and|, and)\s*", sentence[p.end : q.start])
                for p, q in ((x, y), (y, z))
            ):
                three.append({x.code, y.code, z.code})
        if size == 3 and three:  # "accused Britain, France and Germany …, after the three"
            codes = three[-1]
        if (
            len(codes) == 1
            and size == 2
            and context.subject
            and context.subject not in codes
            and re.match(r"(?:He|She)\s", sentence)
            and not [o for o in parties if o.start < clause and o.code == context.subject]
        ):  # "He held talks with Moon on Thursday, and the two agreed": he and Moon
            codes = codes | {context.subject}
        if len(codes) < 2 and size == 3:  # "the three ministers": the last meeting of three
            codes = next(
                (
                    group
                    for r in reversed(before)
                    for group in (
                        set(r.actor.split("+")),
                        set((r.target or "").split("+")),
                        set(_parties_of(r)),
                    )
                    if len(group) == 3
                ),
                codes,
            )
        if len(codes) < 2 and "European" in m.alias:  # "the three European members"
            codes = {c for c in context.named if c in _EUROPE}
        if len(codes) < 2 and size == 2:
            codes = _salient_pair(sentence, mentions, m, context, appealer) or codes
        if len(codes) < 2 and len(context.named) >= 2:
            codes = set(context.named[:size])
        if len(codes) < 2 and context.pair:
            codes = set(context.pair.split("+"))
        if len(codes) < 2 and before:
            last = before[-1]
            codes = set(last.actor.split("+"))
            if last.target and last.target.isupper():
                codes |= set(last.target.split("+"))
        if "allies" in m.alias:
            codes &= _ALLIES
            if len(codes) < 2:
                codes = {"KOR", "USA"}
        out.append(replace(m, code=_joint(sorted(codes)) if len(codes) >= 2 else ""))
    return out


_REACTIONS = frozenset({"051", "111", "112", "114", "115", "120", "130", "020", "100"})


def _from_sentence(
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    before: Sequence[Report] = (),
    context: _Context | None = None,
) -> list[Report]:
    """The reports of one sentence; `before` are the article's earlier ones, which a
    reaction ("Japan condemned the launches") is aimed at and "the two leaders" are."""
    context = context if context is not None else _Context()
    quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(sentence)]
    mentions = [
        m
        for m in _remembered(sentence, _mentions(sentence), context)
        if not any(a < m.start < b for a, b in quotes)
    ]  # a state named inside a quotation is what was said
    verbs = _verbs(sentence)
    out = _reports(sentence, published, codebook, before, context, verbs, mentions, quotes)
    for i, r in enumerate(out):
        later = next(
            (x for x in out[i + 1 :] if not set(x.actor.split("+")) <= set(r.actor.split("+"))),
            None,
        )
        if r.action in _REACTIONS and r.target is None and later is not None:
            # "welcomed the joint statement signed by Trump and Kim": the signers
            aim = _aimed_at(later, set(r.actor.split("+")))
            out[i] = replace(r, target=aim, tracks=later.tracks if aim else r.tracks)
    if not sentence.rstrip(" \"”'’").endswith("?"):
        # "the last summit between the two countries": the two the story is about
        resolved = _resolve_joint(sentence, mentions, before, context)
        out += _nominal(sentence, published, codebook, context, resolved, quotes, before)
    out += _talks_on_a_visit(sentence, out, codebook, mentions)
    first = next(
        (m for m in mentions if m.code and not m.place and not m.object and not m.agent), None
    )
    for r in out:
        if r.action in ("040", "042", "043", "046", "057", "030") and r.target:
            pair = set(r.actor.split("+")) | set(r.target.split("+"))
            if r.target == "each-other" or not r.target.isupper():
                pair = set(r.actor.split("+"))
            if len(pair) == 2:
                context.pair = _joint(sorted(pair))
    for r in out:  # "both sides": the pair the story has told most of
        members = set(r.actor.split("+"))
        if r.target and r.target.isupper():
            members |= set(r.target.split("+"))
        if len(members) == 2 and all(len(c) == 3 for c in members):
            key = _joint(sorted(members))
            context.pairs[key] = context.pairs.get(key, 0) + 1
    for m in mentions:  # "the two Koreas hope to reconnect the railways": told of, as a pair
        if m.code.count("+") == 1 and m.alias in JOINT and JOINT[m.alias]:
            context.pairs[m.code] = context.pairs.get(m.code, 0) + 1
    for m in mentions:  # "South Korea's Unification Ministry", "the North's envoy"
        body = _BODY.match(sentence, m.end) or _BODY_ALIAS.search(m.alias)
        if m.code and "+" not in m.code and not m.place and body:
            context.bodies[body.group("body").lower()] = m.code
    named: list[str] = []
    for m in mentions:
        if m.code and "+" not in m.code and m.code not in named and not m.place:
            named.append(m.code)  # "a former ambassador to Spain" names no party
        if m.code and "+" not in m.code and len(m.alias.split()) >= 2 and _person(m.alias):
            context.people[_surname(m.alias)] = m.code
        if m.alias in ("Security Council", "UN Security Council"):
            context.people["council"] = "UN"  # "called on the council": the Security Council
    context.named = tuple(named)
    context.group = out[0].actor if out and "+" in out[0].actor else None
    if (
        first is not None
        and "+" not in first.code
        and not re.match(r"(?:[A-Z][^,]{0,40},\s*)?(?:He|She)\s", sentence)
    ):
        # "Kim Yo Jong criticised Seoul. The statement came after the South's drills. She
        # warned …": she is the last person the story named acting, not the South
        persons = [  # "South Korean President Moon Jae-in, who met Trump": a person
            x for x in mentions
            if x.code and "+" not in x.code and not (x.place or x.object)
            and (_person(x.alias) or any(
                y.start >= x.end and y.code == x.code and _person(y.alias)
                and re.fullmatch(r"(?:\s+[A-Z][\w.-]*)*\s+", sentence[x.end : y.start])
                for y in mentions
            ))
        ]  # fmt: skip
        # "Wang, who held talks with Ri Yong Ho, said": a person the tables do not know
        unknown = re.match(
            r"[A-Z][a-z]+,\s+(?:who|whose)\b|[A-Z][a-z]+\s+(?:said|told|added)\b", sentence
        )
        if unknown and not (persons and persons[0].start == 0):
            context.person, context.impersonal = None, False
        elif persons:
            context.person, context.impersonal = persons[0].code, False
        else:
            context.impersonal = True
    # "He said North Korea must disarm first.": he is still the one the story follows
    by_pronoun = re.match(r"(?:[A-Z][^,]{0,40},\s*)?(?:He|She|It)\s+(?!is\b|was\b)", sentence)
    if first is not None and "+" not in first.code and not (by_pronoun and context.subject):
        context.subject, context.role = first.code, None
        if out and out[0].actor == first.code:
            context.role = out[0].actor_role
    elif out and not out[0].actor.count("+"):
        context.subject, context.role = out[0].actor, out[0].actor_role
    return out


_FOR_TALKS = re.compile(
    r"(?<!\bprepare )(?<!\bpreparing )(?<!\bready )"  # "to prepare for the meeting": no talks
    r"\bfor (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,3}?(?:talks|meetings?|summit"
    r"|negotiations)\b"
)


def _talks_on_a_visit(
    sentence: str,
    out: list[Report],
    codebook: Mapping[str, tuple[str, int]],
    mentions: list[_Mention],
) -> list[Report]:
    """ "Travelled to Pyongyang for talks": a visit and the talks held on it, two acts; "to
    Sweden for talks with North Korean officials": the talks are with those named."""
    visits = [r for r in out if r.action == "042" and r.target and r.target.isupper()]
    talks = _FOR_TALKS.search(sentence)
    if len(visits) != 1 or not talks:
        return []
    v = visits[0]
    if any(
        r.action in ("040", "036") and r.actor == v.actor and abs((r.on - v.on).days) <= 3
        for r in out
    ):  # the talks are told already; "…, and met Xi again in Dalian on May 7" is another
        return []
    name, weight = codebook.get("040", ("040", 0))
    met = (
        next(
            (
                m.code
                for m in mentions
                if talks.end() <= m.start <= talks.end() + 40 and m.code and m.code != v.actor
            ),
            None,
        )
        if re.match(r"\s+with\s", sentence[talks.end() :])
        else None
    )
    target = met if met and met != v.target else v.target
    tracks = v.tracks if target == v.target else _tracks("040", sentence, v.actor, target)
    talk = replace(v, action="040", action_name=name, goldstein=weight)
    return [replace(talk, target=target, tracks=tracks)]


# Whose views a sentence gives when it is no report: "Analysts said …", "…, said an expert".
# "South Korean lawmakers", "Japanese firms", "US activists": not the government acting.
_NOT_GOVERNMENT = re.compile(
    r"(?:'s|’s)?\s+(?!(?:told|tells|said|says|briefed|informed|assured|met|urged|thanked)\b)"
    r"(?:[\w-]+\s+)?(?:lawmakers|legislators|opposition|activists|protesters|"
    r"civic groups|companies|firms|conglomerates|journalists|reporters|"
    r"defectors|citizens|tourists|families|workers|students|businesses|banks|courts?|"
    r"voters|public|people)\b"
)
_OPINION = re.compile(
    r"\b(?:[Aa]nalysts?|[Ee]xperts?|[Oo]bservers?|[Cc]ritics?|[Ss]cholars?|[Cc]ommentators?|"
    r"professor|researcher|fellow at|think tank|[Ff]ormer (?:[\w-]+ ){0,2}?(?:official|negotiator"
    r"|diplomat|envoy|ambassador|adviser))\b"
)
_OPINION_VERB = re.compile(
    r"\b(?:said|say|says|believe[sd]?|think|thinks|thought|argue[sd]?|noted|expect|expected|"
    r"suggested|speculated|warned)\b"
)


def _reports(
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    before: Sequence[Report],
    context: _Context,
    verbs: list[_Found],
    mentions: list[_Mention],
    quotes: list[tuple[int, int]],
) -> list[Report]:
    if not verbs:
        return []
    if sentence.rstrip(" \"”'’").endswith("?"):
        return []  # a question asks, it does not report
    opinion = _OPINION.search(sentence)
    if (
        opinion
        and _OPINION_VERB.search(sentence)
        and not re.search(r"\b(?:UN|United Nations|IAEA|[Pp]anel)\b", sentence)
        # "…, in what analysts believe were engine tests": a view of the act told before it
        and (
            opinion.start() < verbs[0].start
            or (  # "…, analysts said": the whole sentence is their view
                _OPINION.search(tail := sentence.rsplit(",", 1)[-1])
                and not re.search(r"\b(?:what|which|who|that)\b", tail)
            )
        )
    ):
        return []  # an analyst's view of what may be, not an action
    mentions = _resolve_joint(sentence, mentions, before, context)
    quote = _QUOTE.search(sentence)
    quote_text = quote.group(1) if quote else None
    out: list[Report] = []
    previous: _Found | None = None

    def first_subject(end: int) -> _Mention | None:
        return next(
            (m for m in mentions if m.start < end and m.code and not (m.place or m.object)),
            None,
        )

    content_end = -1  # where the last verb taken as an agreement's content ends
    for i, f in enumerate(verbs):
        prev_end = verbs[i - 1].end if i else 0
        if any(a < f.start < b for a, b in quotes):
            continue  # words inside a quotation are what was said, not what was done
        finite = _finite(sentence[f.start : f.end])
        if (
            content_end >= 0
            and not finite
            # "demanded that Washington return the ship, denouncing the seizure": a participle
            # after the content is the subject's own act, not another item of it
            and not re.match(r"[a-z]+ing\b", sentence[f.start : f.end])
            and re.fullmatch(
                r"[^;]*?(?:,|\band|\bor)\s+(?:at least\s+|\w+\s+)?", sentence[content_end : f.start]
            )
            and not re.search(r"\b(?:said|says|while|but)\b", sentence[content_end : f.start])
        ):
            content_end = f.end
            continue  # "agreed to turn …, halt … and open an office": all agreed on
        content_end = -1
        # what an absorbing verb just before says ("demanded that Seoul … stop drills"),
        # even when that verb itself had no one named to report
        prior = previous if previous is not None else (verbs[i - 1] if i else None)
        if (
            prior is not None
            and prior.verb.absorbs
            and not (finite and re.search(r"\band\s+(?:\w+\s+)?$", _before(sentence, f.start)))
            and re.fullmatch(
                r"[^,;]*?\bto\s+(?:\w+\s+)?"
                r"|\s+(?:on [\w.]+(?: \d{1,2})? )?that\s+(?:[^,;\s]+\s+){1,9}?"
                r"(?:would\s+|will\s+|should\s+|must\s+)?"
                # "agreed to turn the armistice into a treaty, halt hostile acts and open …"
                r"|[^,;]*?\bto\s+[a-z]+\b[^;]*?(?:,|\band)\s+(?:\w+\s+)?",
                sentence[prior.end : f.start],
            )
            and not re.search(
                r"\b(?:said|says|while|but|which|who)\b", sentence[prior.end : f.start]
            )
        ):
            if prior is previous and out and (out[-1].target is None or previous.told):
                # "vowed to visit Seoul": whom the content is about is the target
                nxt_start = verbs[i + 1].start if i + 1 < len(verbs) else len(sentence)
                about = [
                    m for m in mentions
                    if f.end <= m.start < nxt_start and m.code
                    and (not m.place or f.verb.place_target)
                    and not set(m.code.split("+")) <= set(out[-1].actor.split("+"))
                ]  # fmt: skip
                if about:
                    last = out[-1]
                    content_parties = set(about[0].code.split("+"))
                    for x, y in pairwise(about):
                        if not re.fullmatch(  # "to work with Washington and Pyongyang": both
                            r"(?:[ -][A-Z][\w-]*)*\s*(?:,|and|, and)\s+(?:the\s+)?",
                            sentence[x.end : y.start],
                        ):
                            break
                        content_parties |= set(y.code.split("+"))
                    # "proposed that officials from both sides meet": the other side
                    aim = _joint(sorted(content_parties - set(last.actor.split("+")))) or None
                    out[-1] = replace(
                        last,
                        target=aim,
                        tracks=_tracks(last.action, sentence, last.actor, aim),
                    )
            if (
                prior is previous
                and out
                and out[-1].target is None
                and out[-1].actor in ("KOR", "PRK")
                and _TRACK_RES["inter-korean"].search(
                    sentence[f.start : verbs[i + 1].start if i + 1 < len(verbs) else len(sentence)]
                )
            ):  # "offered to host another inter-Korean summit": with the other Korea
                other = "PRK" if out[-1].actor == "KOR" else "KOR"
                out[-1] = replace(out[-1], target=other)
            content_end = f.end
            continue  # "agreed to reconnect": the reconnecting is what was agreed
        if (
            previous is not None
            and previous.verb.code == f.verb.code == "040"
            and previous.target
            and sentence[f.start : f.end].startswith("discuss")
            and re.search(r"\band\s+(?:also\s+)?$", _before(sentence, f.start))
        ):
            continue  # "held talks with Lee on Thursday and discussed a plan": one meeting
        gerund = bool(re.match(r"[a-z]+ing\b", sentence[f.start : f.end]))
        f.passive = (
            bool(  # "a military agreement signed that September": signed by others, earlier
                re.match(r"(?:signed|reached|adopted|agreed|made)\b", sentence[f.start :])
                and re.search(
                    r"\b(?:agreement|accord|declaration|pact|deal|treaty|document|statement|pledge"
                    r"|promise|commitment),?\s+$",
                    _before(sentence, f.start),
                )
            )
            or (
                not gerund
                and not re.match(
                    r"(?:open to|ready for|due in)\b", sentence[f.start :]
                )  # "was open to"
                and bool(_PASSIVE_BEFORE.search(_before(sentence, f.start)))
            )
            or bool(
                re.match(
                    r"(?:[a-z]+ed|held|shot\s+dead)\s+(?:(?:on|in|last|this)\s+[\w.]+(?:\s+\d{1,2})?,?\s+"
                    r"|jointly\s+"
                    r"|within\s+\w+\s+|quickly\s+|swiftly\s+)?by\s",
                    sentence[f.start : f.end + 25],
                )
                and re.search(r"(?:,|\b[A-Za-z]+)\s+$", _before(sentence, f.start))
            )
        )  # "the agreement, signed by the two ministers", "a move welcomed by Washington"
        clause = _clause_start(sentence, f.start)
        lo = max(prev_end, clause)
        nxt = verbs[i + 1].start if i + 1 < len(verbs) else len(sentence)
        left = [m for m in mentions if lo <= m.start < f.start]
        ends = _CLAUSE_END.search(sentence, f.end)
        stop = min(nxt, ends.start()) if ends else nxt
        content: list[_Mention] = []
        if f.verb.code in _REACTIONS:  # "warned that the drills would …": what was said
            that = re.compile(r"\bthat\b").search(sentence, f.end, stop)
            if that:
                content = [m for m in mentions if that.start() < m.start < stop and not m.place]
                stop = that.start()
        if f.verb.code == "171":  # "detained the ship in April and handed it to US officials"
            cut = re.compile(r",|\band\b|\bin\b|\bwhich\b").search(sentence, f.end, stop)
            stop = cut.start() if cut else stop
        right = [m for m in mentions if f.start < m.start < stop]
        subject_end = 0
        weak: list[_Mention] = []
        if f.passive:
            agents = [m for m in right if m.agent]
            main = first_subject(f.start)
            if not agents and main is not None and re.match(r"\s+with\s", sentence[f.end :]):
                # "briefed lawmakers on a military agreement signed with North Korea": by the
                # subject, with the one named
                agents = [main]
            at_talks = re.match(
                r"\s+(?:on\s+[\w.]+(?:\s+\d{1,2})?\s+)?at\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:talks|meeting|summit)\s+between\b",
                sentence[f.end :],
            )
            if not agents and at_talks and f.verb.code in ("030", "057"):
                # "the handover had been agreed on July 15 at talks between US and North Korean
                # officers": by those who met
                agents = [m for m in right if m.start > f.end + at_talks.end() - 8][:2]
                if len({m.code for m in agents}) < 2:
                    agents = []
            if not agents:
                continue  # "guard posts were demolished": by whom is not said
            actor_ms = agents[:1]
            agent_ms = agents[:1]
            after_agent = right[right.index(agents[0]) + 1 :] if agents[0] in right else []
            for m in after_agent:  # "signed by Kim and Moon": both
                gap = sentence[agent_ms[-1].end : m.start]
                if m.code == agent_ms[-1].code and re.fullmatch(
                    r"(?:\s+(?:[A-Z][\w.-]*|leader|president|minister|envoy))*\s+", gap
                ):
                    agent_ms.append(m)  # "by US President Donald Trump": one party
                    continue
                if not re.fullmatch(
                    r"(?:[ -][A-Z][\w-]*)*\s*(?:,|and|, and)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?",
                    gap,
                ):
                    break
                actor_ms.append(m)
                agent_ms.append(m)
            targets = [m for m in left if not m.place] + [
                m for m in right if not m.agent and not m.place and m not in agent_ms
            ]
            if not _PASSIVE_BEFORE.search(_before(sentence, f.start)) and f.verb.code != "084":
                # "welcomed the joint statement signed by Trump and Kim": what was signed is
                # no party; two signers signed it with each other
                targets = [m for m in targets if m.start > f.start]
            main = first_subject(f.start)
            if (
                main is not None
                and previous is None
                and not _PASSIVE_BEFORE.search(_before(sentence, f.start))
            ):
                targets = [main] + [m for m in targets if m is not main]  # "a move welcomed by"
            elif (
                out
                and f.verb.code in _REACTIONS
                and re.search(
                    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:step|move|decision|deal|accord"
                    r"|agreement|announcement)\s+$",
                    _before(sentence, f.start),
                )
            ):  # "suspended the drill, the allies said, a step welcomed by China": the allies'
                aim = _aimed_at(out[-1], {m.code for m in agent_ms})
                targets = [m for m in mentions if m.code == aim][:1] or targets
                f.target = aim
            subject_end = lo
        else:
            subjects = [
                m
                for m in left
                if not m.place
                and not m.object
                and not _NOT_GOVERNMENT.match(sentence, m.end)
                # "the UN Security Council's North Korea sanctions committee": what it is about
                and not (
                    m.code != "UN"
                    and re.match(r"\s+sanctions\s+(?:committee|panel|regime)", sentence[m.end :])
                )
            ]
            subordinators = list(
                re.finditer(
                    r"\b(?:after|before|when|since|until|because)\s+", sentence[lo : f.start]
                )
            )
            sub = subordinators[-1] if subordinators else None
            grouped = [  # "came a week after trade officials from the two countries resumed talks"
                m for m in left
                if sub is not None and m.start >= lo + sub.end() and not m.place
                and re.search(
                    r"\b(?:[A-Za-z]+s|[A-Z][a-z]+)\s+(?:of|for|from)\s+(?:the\s+)?$",
                    _before(sentence, m.start),
                )
                and re.fullmatch(r"(?:'s|’s)?\s+(?:\w+\s+){0,2}", sentence[m.end : f.start])
            ]  # fmt: skip
            if sub is not None and grouped and subjects and subjects[-1].start < lo + sub.end():
                subjects = grouped[-1:]
            if subjects:  # "the defence chiefs of the United States, Japan and South Korea met"
                head = [
                    m
                    for m in left
                    if m.object
                    and m.code
                    and m.end <= subjects[0].start
                    and re.fullmatch(r"\s*,\s*", sentence[m.end : subjects[0].start])
                    and re.search(r"\b[a-z]+s\s+of\s+(?:the\s+)?$", sentence[: m.start])
                ]
                subjects = head[-1:] + subjects
            owner = next(  # "supported Seoul's plan to provide aid": Seoul would provide it
                (
                    m
                    for m in left
                    if m.code
                    and not m.place
                    and sentence[m.start : m.end].endswith(("'s", "’s"))
                    and _OWNED_PLAN.fullmatch(sentence[m.end : f.start])
                ),
                None,
            )
            if owner is not None:
                subjects = [owner]
            pronoun_from = subjects[-1].end if subjects else lo
            pronoun_end = -1
            told = re.search(
                r"\b(?:told|assured|informed|reminded|promised)\s+[^;]*?"
                r"\b(?:that\s+)?(?:he|she)\s+(?:[^,;]*?\band\s+)?(?:\w+\s+){0,3}$",
                sentence[lo : f.start],  # "that he was committed to … and was willing to"
            )
            teller = (
                _subject_group(sentence, [m for m in subjects if m.end <= lo + told.start()])
                if told
                else []
            )
            if len(subjects) > 1 and any(_person(m.alias) for m in teller):
                # "Moon told Trump he would seek", "North Korean leader Kim Jong Un told
                # Chinese President Xi Jinping that he was willing": the teller would
                subjects = teller
            elif subjects and _PRONOUN_SUBJECT.search(sentence, pronoun_from, f.start):
                subjects = []  # "Trump said South Korea should pay and that he had turned down"
            if not subjects and previous is None:
                subjects = [  # "the foreign ministers of Japan and China met"
                    m for m in left
                    if not m.place
                    and re.search(
                        r"\b(?:[A-Za-z]+s|[A-Z][a-z]+)\s+(?:of|for|from)\s+(?:the\s+)?$",
                        _before(sentence, m.start),
                    )  # "negotiators for the two sides"
                ]  # fmt: skip
            relative = re.search(
                r"\b(?:who|which)\s+(?:[a-z]+\s+){0,2}$"
                r"|\b(?:who|which)\s+(?:said|says|told|added)\s+(?:that\s+)?(?:he|she|it|they)\s+"
                r"(?:[a-z]+\s+){0,2}$",  # "Trump, who said he was open to a third meeting"
                sentence[: f.start],
            )
            if relative:  # "echoing Moon Jae-in, who held a phone call": the one before "who"
                head = [m for m in mentions if m.end <= relative.start()]
                subjects = _pair_of(sentence, head) if head else subjects
            after = re.search(
                r",\s+(?:who|which|whose|[a-z]+ing)\b[^;]*?,\s+(?:(?:[a-z]+ly|also|then)\s+){0,2}"
                r"(?:(?:said|says|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|he|she|they)\s+)?"
                r"(?:(?:has|had|have|was|is|will|would)\s+(?:also\s+|[a-z]+ly\s+)?)?$",
                sentence[: f.start],
            )  # "Putin, who has criticised Washington, has urged …": Putin has
            if gerund and (
                re.search(
                    r"\b(?:before|after|while|when|since|without|upon|by)\s+$",
                    _before(sentence, f.start),
                )
                or re.search(
                    r"\bwith\s+(?:the\s+)?[A-Z][\w ]*?(?:(?:'s|’s)\s+[a-z]+(?:\s+[a-z]+)?)?\s+$",
                    _before(sentence, f.start),
                )
                or (previous is not None and re.search(r",\s+$", _before(sentence, f.start)))
            ):  # "…, accusing it of carrying coal": the subject of the main clause
                # "was due to meet Kim Yeon-chul before travelling to Japan": Biegun travels
                subjects = []
                main = first_subject(f.start)
                absolute = [  # "ended with North Korea accusing Washington": the North accused
                    m
                    for m in mentions
                    if m.code
                    and re.fullmatch(r"(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}", sentence[m.end : f.start])
                    and re.search(r"\bwith\s+(?:the\s+)?$", sentence[: m.start])
                ]
                if absolute:
                    f.actor, f.inherited = absolute[-1].code, True
                elif previous is not None and previous.actor:
                    f.actor, f.inherited, f.role = previous.actor, True, previous.role
                elif main is not None:
                    f.actor, f.inherited = main.code, True
            elif not relative and after:
                # "Pompeo, who met Kim Yong Chol in Pyongyang, rejected …": Pompeo did
                head = [m for m in mentions if m.end <= after.start() and not m.object]
                # "Trump and Kim, who met at the border, agreed there …": both did
                subjects = _pair_of(sentence, head) if head else []
            if (
                previous is None
                and context.subject
                and re.match(
                    r"\s*(?:[A-Z][^,]{0,40},\s*)?(?:He|She|They|he|she|they)\s",
                    sentence[lo : f.start],
                )
                and re.search(
                    r"\b(?:[a-z]+ed|[a-z]+s|said|told|called|made)\b", sentence[lo : f.start]
                )
            ):
                subjects = []  # "She called Moon's speech disgusting and accused him": she did
                f.actor, f.inherited, f.role = context.subject, True, context.role
                if (
                    context.impersonal
                    and context.person
                    and context.person != context.subject
                    and re.match(
                        r"\s*(?:[A-Z][^,]{0,40},\s*)?(?:He|She|he|she)\s", sentence[lo : f.start]
                    )
                ):
                    f.actor, f.role = context.person, None
            if (
                previous is not None
                and previous.verb.code == "042"
                and re.search(r"\bto\s+$", _before(sentence, f.start))
            ):
                subjects = []  # "due to fly to Beijing next week to brief Chinese officials"
            elif previous is not None and re.search(
                r"\band\s+(?:then\s+|also\s+|later\s+|[a-z]+ly\s+)?(?:(?:was|were|is|are|has|had|have|will"
                r"|would)\s+(?:due\s+to\s+|expected\s+to\s+|set\s+to\s+|to\s+|also\s+)?)?$",
                _before(sentence, f.start),
            ):
                subjects = []  # "met Trump … and urged him": the same subject goes on
            elif (
                subjects
                and re.search(r"\band\s+(?:then\s+|also\s+|later\s+)?$", _before(sentence, f.start))
                and re.search(
                    r"\b(?:should|could|would|must|might)\b", sentence[subjects[-1].end : f.start]
                )
                and first_subject(subjects[-1].start) is not None
            ):
                # "Moon responded that the Koreas should … and urged the North": Moon urged
                subjects = [first_subject(subjects[-1].start)]  # type: ignore[list-item]
            if (
                not subjects
                and previous is not None
                and previous.actor
                and not _AND_IT.search(sentence, max(0, f.start - 40), f.start)
                and (
                    not previous.passive
                    or re.search(r"\band\s+(?:\w+\s+)?$", _before(sentence, f.start))
                )
            ):
                f.actor, f.inherited = previous.actor, True
                f.role = previous.role
                main = first_subject(f.start)
                if main is not None and (
                    previous.modality == "hypothetical"
                    or (  # "the agreement signed by the two Koreas, and urged the North": Seoul
                        previous.passive
                        and not _PASSIVE_BEFORE.search(_before(sentence, previous.start))
                        and main.code != previous.actor
                    )
                ):
                    # "said it hoped the North would return to talks, and urged Pyongyang …":
                    # the one who hoped urged
                    f.actor, f.role = main.code, None
            elif (
                not subjects
                and not f.actor
                and re.search(
                    r"(?:,\s*|\b)(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
                    r"(?:(?:has|had|have|was|were|is|are)\s+(?:also\s+)?)?$",
                    sentence[: f.start],
                )
                and first_subject(f.start) is not None
            ):
                main = first_subject(f.start)
                assert main is not None
                f.actor, f.inherited = main.code, True  # "…, and urged Pyongyang": same subject
                if context.subject and re.match(
                    r"\s*(?:It|He|She)\s+(?!said|says|told)[a-z]", sentence[: main.start]
                ):
                    # "It has voted for every UN resolution … but has pressed for relief": the
                    # pronoun is the subject of both, what its clause named an object
                    f.actor, f.role = context.subject, context.role
            elif (
                not subjects
                and not f.actor
                and previous is None
                and re.search(
                    r"(?:,\s*|\b)(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
                    r"(?:(?:has|had|have|was|were|is|are)\s+(?:also\s+)?)?$",
                    sentence[: f.start],
                )
                and (opener := re.match(r"\s*(It|He|She|They)\s+(?!said|says|told)[a-z]", sentence))
                and (
                    context.group or context.pair if opener.group(1) == "They" else context.subject
                )
            ):
                # "They failed to narrow their differences, but agreed to meet again": the
                # pronoun opening the sentence is the subject of the verb after "but"
                if opener.group(1) == "They":
                    f.actor = context.group or context.pair or ""
                else:
                    f.actor, f.role = context.subject or "", context.role
                f.inherited = True
            elif (
                not subjects
                and not f.actor
                and (
                    pronoun := _PRONOUN_SUBJECT.search(sentence, pronoun_from, f.start)
                    or _AND_IT.search(sentence, max(0, f.start - 40), f.start)
                )
            ):
                # "Seoul said it would send", "the military said it had sent": the one named
                # before in the sentence, else the article's last subject
                pronoun_end = pronoun.start() + len(_AUXILIARIES.sub("", pronoun.group(0)))
                named = [
                    m for m in mentions
                    if m.end <= pronoun.start() + 1 and m.code
                    and not (m.place or m.object or m.agent)
                ]  # fmt: skip
                named = (
                    [  # "rice that Seoul had offered, and it demanded": not Seoul
                        m
                        for m in named
                        if not re.search(r"\b(?:that|which|whom)\s+$", sentence[: m.start])
                    ]
                    or named
                )
                main = first_subject(pronoun.start())
                if (
                    main is not None
                    and re.search(
                        r"\b(?:after|before|when|as|since|while|until)\s+it\s+(?:\w+\s+)?$",
                        sentence[: f.start],
                    )
                    # "Kim Yo Jong called Seoul's office a dog after it expressed concern": she
                    # is no "it"
                    and not (_person(main.alias) and re.match(r"\s+[a-z]", sentence[main.end :]))
                ):  # "said it had no intention of talking …, a day after it fired": the North
                    named = [main]
                elif re.search(r"\b[Ii]t\s+(?:\w+\s+){0,3}$", sentence[lo : f.start]):
                    things = [  # "it" is no person, nor "US" in "US President Donald Trump"
                        m
                        for m in named
                        if not (_person(m.alias) or re.match(r"\s+[A-Z]", sentence[m.end :]))
                        # "Moon Jae-in's office said it": the office
                        or re.match(r"(?:\s+[A-Z][\w-]*)*(?:'s|’s)\s+[a-z]", sentence[m.end :])
                        or sentence[m.start : m.end].endswith(("'s", "’s"))
                    ]
                    # "since the collapse of Kim's summit with Trump, and it test-fired": with
                    # only people named before it, "it" is the party the story is about
                    named = things or ([] if context.subject else named)
                if re.search(r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+){0,3}$", sentence[lo : f.start]):
                    named = [m for m in named if _person(m.alias)] or named  # "he": a person
                if named and re.search(r"\b[Tt]hey\b", sentence[lo : f.start]):
                    group = _subject_group(sentence, named)
                    f.actor, f.inherited = _joint([m.code for m in group]), True
                elif named:
                    f.actor, f.inherited = named[-1].code, True
                    told = re.search(
                        r"\b(?:told|assured|informed|reminded|promised)\s+[^,;]*?\b(?:that\s+)?"
                        r"(?:he|she)\s+(?:\w+\s+){0,3}$"
                        # "Abe said on May 6, after a call with Trump, that he was ready"
                        r"|\bsaid\b[^;]*?\bthat\s+(?:he|she)\s+(?:\w+\s+){0,3}$",
                        sentence[named[0].end : f.start],
                    )
                    if told and len(named) > 1 and _person(named[0].alias):
                        f.actor = named[0].code  # "Moon told Trump he would seek": Moon would
                elif (context.group or context.pair) and re.match(
                    r"\s*They\b", sentence[lo : f.start]
                ):
                    # "Moon and Kim met in April. They held a second meeting a month later.";
                    # "The allies began an exercise on Aug. 5. They suspended …": the allies
                    f.actor, f.inherited = context.group or context.pair, True
                elif (
                    (
                        body := re.match(  # "The ministry said it would …": the ministry
                            r"\s*(?:[\w.]+\s+\d{1,2},\s+)?[Tt]he\s+(?:[\w-]+\s+){0,2}?"
                            + _BODIES
                            + r"\b",
                            sentence[lo : pronoun.end()],
                        )
                    )
                    and body.group("body").lower() in context.bodies
                ):
                    # "The ministry said it would push for a rice shipment" after a sentence
                    # about the North: the ministry named before is Seoul's
                    f.actor, f.inherited = context.bodies[body.group("body").lower()], True
                    f.role = context.role if f.actor == context.subject else None
                elif (
                    context.impersonal
                    and context.person
                    and context.person != context.subject
                    and re.search(r"\b(?:[Hh]e|[Ss]he)\b|" + _PERSON_ROLES, pronoun.group(0))
                ):
                    f.actor, f.inherited, f.role = context.person, True, None
                elif context.subject:
                    f.actor, f.inherited, f.role = context.subject, True, context.role
            elif (
                not subjects
                and not f.actor
                and previous is None
                and context.subject
                and (titled := _TITLED.match(sentence[lo : f.start]))
            ):
                # "Trade minister Sung Yun-mo called …" after "South Korea lodged a protest":
                # an official the tables do not know, of the party the story was just about
                f.actor, f.inherited, f.role = context.subject, True, None
                if len(titled.group("name").split()) >= 2:
                    context.people[_surname(titled.group("name"))] = context.subject
            if (
                len(subjects) > 1
                and subjects[-1].end < len(sentence)
                and sentence[subjects[-1].start : subjects[-1].end].endswith(("'s", "’s"))
                and not re.search(
                    r"\b(?:said|says|told|that|announced|reported|and|while|but)\b",
                    sentence[subjects[0].end : subjects[-1].start],
                )
            ):
                # "The North's committee called Moon's speech shameless and accused Seoul":
                # a possessive after the subject belongs to an object
                subjects = subjects[:1]
            if (
                len(subjects) > 1
                and subjects[-1].alias != sentence[subjects[-1].start : subjects[-1].end]
                and re.search(
                    r"\band\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$", _before(sentence, f.start)
                )
                and (main := first_subject(subjects[0].end)) is not None
            ):
                # "The ministry said it was reviewing the North's intention and urged": the
                # ministry urged, not the North whose intention it was
                subjects = [main]
            if (
                len(subjects) > 1
                and re.match(
                    r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:article|statement|letter|message|speech|editorial"
                    r"|commentary|op-ed|remarks|envoy|spokes(?:man|woman|person))\b",
                    sentence[subjects[0].end - 2 :],
                )
                and not re.search(
                    r"\b(?:after|before|when|while|as|since|came|said)\b",
                    sentence[subjects[0].end : f.start],
                )
            ):  # "Xi's article in the North's Rodong Sinmun praised": Xi did
                subjects = subjects[:1]
            actor_ms = _subject_group(sentence, subjects)
            subject_end = actor_ms[-1].end if actor_ms else lo
            if pronoun_end >= 0:
                subject_end = pronoun_end
            if f.inherited and not actor_ms:
                joined = re.search(r"\b(?:and|but)\s+(?:\w+\s+)?$", _before(sentence, f.start))
                if joined:  # "… should create the conditions and urged the North": own clause
                    subject_end = f.start - len(_before(sentence, f.start)) + joined.start()
            targets = [
                m for m in right if not m.place and not m.agent and not _speaks(sentence, m, nxt)
            ]
            if not targets and f.verb.code in ("120", "125", "051", "111"):
                # "rejected an offer by President Moon to send envoys": the offer's maker
                targets = [
                    m
                    for m in right
                    if m.agent
                    and not m.place
                    and re.search(
                        r"\b(?:offer|proposal|invitation|request|plea|demand|call)s?\s+"
                        r"(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                        sentence[max(0, m.start - 60) : m.start],
                    )
                ][:1]
            if not targets and f.verb.code in ("161", "163", "171"):
                # "ordered the facilities built by the South to be removed", "sanctioned groups
                # controlled by North Korea's intelligence agency": whose they are
                targets = [m for m in right if m.agent and not m.place]
            if not targets and f.verb.code in _REACTIONS:
                # "supported the steps taken along the border by the two Koreas": whose steps
                targets = [
                    m
                    for m in right
                    if m.agent
                    and not m.place
                    and re.search(
                        r"\b(?:steps?|moves?|measures?|actions?)\s+(?:taken|made|carried out)\b",
                        sentence[f.end : m.start],
                    )
                ]
            # "a violation of UN resolutions", "a letter from Kim to Trump": named, not aimed at
            weak = [m for m in targets if _modifier(sentence, m)]
            targets = [m for m in targets if m not in weak]
            if f.verb.place_target or not targets:
                targets += [m for m in right if m.place and f.verb.place_target]
        if actor_ms:
            codes = [m.code for m in actor_ms if m.code]
            if any(not m.code for m in actor_ms):
                codes += [m.code for m in mentions if m.code and m.start < f.start]
                if not codes and before and "+" in before[-1].actor:
                    codes = [before[-1].actor]
            f.actor = _joint(codes) if codes else None
            f.role = _role(actor_ms[0].alias, actor_ms[0].code, published)
        if not f.actor:
            continue
        members = set(f.actor.split("+"))
        span_end = nxt
        tail = sentence[f.end : span_end]
        own = re.search(
            r"\band\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?$", _before(sentence, f.start)
        )
        if own and _finite(sentence[f.start : f.end]):
            # "Moon told Abe the two could not afford … and called for Japan to …": what
            # comes before "and" is another clause, not this verb's modal
            subject_end = max(subject_end, f.start - len(_before(sentence, f.start)) + own.start())
        f.modality = _modality(sentence, f, subject_end)
        if (
            f.inherited
            and previous is not None
            and f.modality == "done"
            and (
                previous.modality != "negated"
                or re.search(r"\b(?:and|or|nor)\s+(?:\w+\s+)?$", _before(sentence, f.start))
            )
        ):  # "would redeploy troops … and resume drills"; not "has yet to visit, a trip he pledged"
            f.modality = previous.modality
        if f.modality == "hypothetical":
            previous = f
            continue  # "could scrap the agreement", "hopes to meet": nothing done or planned
        code = f.verb.code
        if f.modality == "ready":  # "ready to resume talks": an intent, claimed
            f.modality = "claimed"
            if code in ("040", "042", "043", "046"):
                code = "036"
        if (
            f.modality == "negated"
            and code in ("040", "046", "036")
            and re.search(
                r"\b(?:would|will|wo)\s*(?:not|n't)\s+(?:\w+\s+)?$|\bnothing\s+(?:more\s+|further\s+"
                r"|left\s+)?to\s+(?:\w+\s+)?$|\bno\s+intention\s+of\s+(?:\w+\s+)?$",
                _before(sentence, f.start),
            )
        ):  # "had nothing more to discuss with Seoul", "would not sit down with": a refusal
            code, f.modality = "125", "done"
        planned = f.modality == "planned" or bool(  # "said they would hold talks on April 4"
            re.search(r"\b(?:will|would|to)\s+(?:\w+\s+)?$", _before(sentence, f.start))
        )
        on = (
            _date_in(sentence[f.start : span_end], published, planned)
            or _date_in(sentence[lo:span_end], published, False)
            or _date_in(sentence, published, False)
            or published
        )
        f.target = _target(f, members, targets, tail, sentence)
        if f.target is None and f.verb.code == "084":
            # "abducted 13 Japanese, and let five of them return home": those named before
            f.target = next(
                (m.code for m in reversed(mentions) if m.end <= f.start and m.code
                 and not m.place and not set(m.code.split("+")) & members),
                None,
            )  # fmt: skip
        if f.target is None and f.verb.code == "163" and members == {"UN"}:
            f.target = "PRK"  # the council's measures with no one named: those on the North
        if f.target is None and re.search(
            r"^[^,;]*?\b(?:with|to)\s+(?:him|her)\b", sentence[f.end : stop]
        ):
            # "Trump said Kim had signed an agreement with him": the person named before, who is
            # not the one acting
            people = [
                m.code
                for m in mentions
                if m.end <= f.start and m.code and _person(m.alias) and m.code not in members
            ]
            f.target = people[-1] if people else None
        generic = f.verb.code in _REACTIONS and bool(_GENERIC_OBJECT.match(tail))
        if generic:
            f.target = None  # "called on all member states to enforce the measures": no one
        if (
            f.target is None
            and len(members) == 1
            and context.pair
            and members < set(context.pair.split("+"))
            and f.verb.code not in ("X01", "X02", "150", "087", "154")
            and (
                re.match(
                    r"\s*(?:(?:the|another|a|new|next|further|their)\s+)*"
                    # "rejected the idea of another round": the round is still the story's
                    r"(?:(?:idea|prospect|possibility|offer|proposal)\s+of\s+"
                    r"(?:(?:the|another|a|new|next|further|holding)\s+)*)?(?:[\w-]+\s+)?"
                    r"(?:talks|negotiations|round)\b",
                    tail,
                )
            )
        ):  # "broke off the talks", "had proposed the talks on Oct. 1": with the story's other
            f.target = _joint(sorted(set(context.pair.split("+")) - members))
        if (
            f.target is None
            and len(members) == 1
            and f.verb.code in ("030", "036")
            and re.match(r"\s+to\s+(?:hold\s+|resume\s+|new\s+)?(?:talks|negotiations)\b", tail)
            and (
                counterpart := next(
                    (
                        m.code
                        for m in mentions
                        if m.code
                        and not m.place
                        and m.end <= f.start
                        and not set(m.code.split("+")) & members
                    ),
                    None,
                )
            )
        ):  # "South Korea pulled back …, after Tokyo agreed to talks": talks with Seoul
            f.target = counterpart
        if (
            f.target is None
            and len(members) == 1
            and f.verb.code in ("030", "036")
            and (
                joint := next(
                    (r for r in out if "+" in r.actor and members < set(r.actor.split("+"))),
                    None,
                )
            )
        ):  # "signed a statement in which Kim committed to …": to the other signer
            f.target = _joint(sorted(set(joint.actor.split("+")) - members))
        if (
            f.target is None
            and f.verb.code == "020"
            and re.match(
                r"\s+(?:an? |the )?(?:emergency |urgent |closed-door )?(?:meeting|session)\b", tail
            )
            and any(m.code == "UN" for m in mentions)
            and "UN" not in members
        ):  # "Britain, France and Germany called for the meeting" of the Security Council
            f.target = "UN"
        if f.target is None and re.match(r"\s+(?:the|that) country\b", tail):
            # "accused the country of using cyberattacks": the state named last before
            earlier = [m.code for m in mentions[: mentions.index(actor_ms[0])] if m.code
                       and m.code not in members and not m.place] if actor_ms else []  # fmt: skip
            if earlier:
                f.target = earlier[-1]
            elif context.subject and context.subject not in members:
                f.target = context.subject
        if re.match(r"\s+(?:him|her|them)\b", tail) or (
            previous is not None
            and re.match(r"\s+it\b", tail)
            and (
                gerund
                or (  # "condemned Pyongyang's latest test and urged it to return to talks"
                    previous.target is not None
                    and previous.target.isupper()
                    and "+" not in previous.target
                    and re.search(r"\band\s+$", _before(sentence, f.start))
                )
            )
        ):
            if (
                previous is not None
                and previous.target
                and not set(previous.target.split("+")) & members
            ):
                f.target = previous.target  # "met Trump … and urged him"
            elif previous is not None:
                # "… Seoul would consult Washington, days after Trump asked him": him is Moon
                people = [m.code for m in mentions if m.end <= f.start and m.code
                          and m.code not in members and _person(m.alias)
                          and not m.place]  # fmt: skip
                f.target = people[-1] if people else None
            else:
                others = [m.code for m in left if m.code and m.code not in members and not m.place]
                if others:
                    f.target = others[-1]  # "called Moon's speech disgusting and accused him"
        rel_head = re.search(r"\s(?:that|which|whom)\s+(?:\S+\s+){1,3}$", sentence[: f.start])
        if f.target is None and f.verb.code in _REACTIONS and rel_head is not None:
            # "a South Korean destroyer that Tokyo accused of locking its radar": the destroyer's
            owners = [
                m
                for m in mentions
                if m.end <= rel_head.start()
                and m.code
                and re.fullmatch(
                    r"(?:'s|’s)?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*",
                    sentence[m.end : rel_head.start()],
                )
                and not set(m.code.split("+")) & members
            ]
            f.target = owners[-1].code if owners else None
        if (
            f.target is None
            and f.verb.code in _REACTIONS
            and re.match(
                r"\s+(?:\w+\s+){0,3}?(?:launch|launches|tests?|missiles?|firings?|provocations?|"
                r"projectiles?)\b",
                tail,
            )
        ):
            tested = [r for r in [*before, *out] if r.action in ("X01", "X02")]
            if tested and tested[-1].actor not in members:
                f.target = tested[-1].actor  # "Japan condemned the launches": who launched
        if (
            f.target is None
            and code in ("030", "036")
            and len(members) == 1
            and (
                re.match(
                    r"\s+(?:[\w-]+\s+){0,3}?(?:talks|dialogue|negotiations|meeting|summit)\b",
                    tail,
                )
                or re.search(
                    r"(?:talks|dialogue|negotiations|meeting|summit)$", sentence[f.start : f.end]
                )  # "remained open to talks"
                or (
                    code == "036" and f.verb.code in ("040", "046")
                )  # "remained ready to negotiate"
            )
            and (out or before)
        ):  # "Seoul proposed further talks": with the other side of the last report
            last = out[-1] if out else before[-1]
            side = [c for c in [*last.actor.split("+"), *(last.target or "").split("+")]
                    if c.isupper() and c not in members]  # fmt: skip
            story = next((r for r in reversed([*before, *out]) if members & _parties_of(r)
                          and _parties_of(r) - members), None)  # fmt: skip
            if code != f.verb.code and story is not None:
                # "remained ready to negotiate": the other side of its own story, one urged
                # with it ("urged both sides", Washington and Pyongyang) first
                slot = story.actor if members & set(story.actor.split("+")) else story.target
                side = [c for c in (slot or "").split("+") if c not in members] or [
                    c for c in _parties_of(story) if c not in members
                ]
            f.target = side[0] if side else None
        if (
            f.target is None and f.verb.code in ("030", "036") and len(members) == 1 and not gerund
        ):  # "Kim agreed to allow inspectors, Pompeo said": agreed with the one who tells it
            told_by = [
                m.code for m in mentions
                if m.code and m.code not in members and "+" not in m.code
                and ((m.start > f.end and _speaks(sentence, m, len(sentence)))
                     or (m.end <= f.start and re.match(r"(?:'s|’s)?\s+(?:\w+\s+){0,2}?(?:said"
                                                      r"|says|told)\b", sentence[m.end :])))
            ]  # fmt: skip
            f.target = told_by[-1] if told_by else None
            f.told = bool(told_by)
            if (
                f.target is None
                and f.verb.code == "030"
                and re.match(
                    r"\s+(?:on \w+ )?to\s+(?:send|dispatch|hold|resume|open|restart|reopen)\b", tail
                )
            ):  # "Seoul had proposed to dispatch envoys": to the other side of the story
                story = next((r for r in reversed([*before, *out]) if members & _parties_of(r)
                              and _parties_of(r) - members), None)  # fmt: skip
                f.target = _joint(sorted(_parties_of(story) - members)) if story else None
            if (
                f.target is None
                and f.verb.code == "030"
                and re.match(r"\s+(?:on \w+ )?to\s+host\b", sentence[f.end :])
            ):  # "Sweden has offered to host further meetings": those who would meet
                pair = context.pair or next(
                    (r.actor for r in reversed([*before, *out])
                     if "+" in r.actor and not set(r.actor.split("+")) & members), None
                )  # fmt: skip
                f.target = pair if pair and not set(pair.split("+")) & members else None
        if (
            f.target is None
            and f.inherited
            and f.verb.code in _REACTIONS
            and previous is not None
            and previous.target
            and (
                re.search(r"\band\s+(?:\w+\s+)?$", _before(sentence, f.start))
                or (
                    (previous.verb.code in _MEETINGS or previous.verb.code in _REACTIONS)
                    and re.search(r",\s+$", _before(sentence, f.start))
                    and re.match(r"[a-z]+ing\b", sentence[f.start :])
                )
            )
            and not generic
        ):  # "met Moon on Friday and warned that ending the pact with Japan would …": Moon;
            # "met Abe in Tokyo, calling for an early end to the row": Abe
            f.target = previous.target
        if f.target is None and f.verb.code in ("020", "100", "130") and content and not generic:
            f.target = next((m.code for m in content if m.code not in members), None)
        if (
            f.target is None
            and weak
            and re.match(
                r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:offers?|proposals?|invitations?"
                r"|requests?|demands?|calls?|pleas?|overtures?|letters?|messages?)"
                r"(?:\s+of\s+[\w-]+)?\s+from\b",  # "spurned offers of help from the South"
                tail,
            )
        ):  # "rejected an offer from Trump": aimed at the one who made it
            f.target = next((m.code for m in weak if m.code not in members), None)
        event_tail = tail
        if re.match(r"\s+it\b", tail) and (
            events_told := list(_REACTED_NOUN.finditer(sentence[: f.start]))
        ):  # "Moon, who spoke with Trump after the summit, hailed it": the summit
            event_tail = events_told[-1].group(0)
        named_event = _REACTED_NOUN.match(event_tail)
        if (
            (f.target is not None or event_tail is not tail)
            and f.verb.code in ("051", "111", "120")
            and named_event is not None
            and named_event.group(1) in _EVENT_CODES
            and (out or before)
        ):  # "welcomed the summit as a step toward … the North": the summit's parties
            event = _reacted_to(
                event_tail, [*before, *out], members, vague=False, salience=context.pairs
            )
            if event is not None and (aim := _aimed_at(event, members)):
                f.event, f.target = event, aim
        if f.target is None and f.verb.code in _REACTIONS and _GENERIC_OBJECT.match(tail):
            pass  # "urged other countries to …", "urged restraint": no one in particular
        elif f.target is None and f.verb.code in _REACTIONS and (out or before):
            f.event = _reacted_to(
                tail,
                [*before, *out],
                members,
                vague=not (out and out[-1].actor == f.actor),
                salience=context.pairs,
            )
            if f.event is not None:  # "Abe said he supported the summit": the summit's parties
                f.target = _aimed_at(f.event, members, _NAMES_PROJECT.match(tail) is not None)
            elif out and out[-1].actor == f.actor:
                f.target = out[-1].target  # "hit back …, calling … and warning"
            else:
                # what it reacts to: the last report that is no like reaction of another
                # ("The US welcomed the summit. Japan welcomed it too": both the summit's)
                pool = [*before, *out]
                f.event = _reacted_to(tail, pool, members)
                if (
                    pool[-1].actor == f.actor
                    and pool[-1].action in _REACTIONS
                    and pool[-1].target
                    and pool[-1].target != "each-other"
                ):  # "Abe condemned the launch. Tokyo lodged a protest": with the same aim
                    f.target = pool[-1].target
                rivals = [r for r in reversed(pool) if not set(r.actor.split("+")) <= members]
                definite = re.match(r"\s*(?:the|this|that)\s+[a-z]", tail)  # "called the parade"
                event = (
                    f.event
                    or (definite and next((r for r in rivals if r.action not in _REACTIONS), None))
                    or next((r for r in rivals if r.action not in (f.verb.code, "051")), None)
                    or next(
                        (r for r in reversed(pool) if r.action not in (f.verb.code, "051")),
                        pool[-1],
                    )
                )
                f.target = f.target or _aimed_at(
                    event, members, _NAMES_PROJECT.match(tail) is not None
                )
        if (
            f.target is None
            and f.inherited
            and previous is not None
            and previous.target
            and re.search(r"\band\s+(?:\w+\s+)?$", _before(sentence, f.start))
            and not _GENERIC_OBJECT.match(tail)  # "welcomed the move and urged all sides"
        ):
            f.target = previous.target  # "met Trump … and delivered a message from Kim"
        if f.verb.inverse:  # "Trump said he received a letter from Kim": Kim sent it
            source = next((m for m in weak if m.code and m.code not in members), None)
            if source is None and f.verb.code == "051":  # "won Trump's backing", "support from"
                source = next(
                    (m for m in mentions if m.start >= f.end and m.code and m.code not in members
                     and not m.place), None,
                )  # fmt: skip
            if source is None:
                continue
            f.actor, f.target, members = source.code, f.actor, set(source.code.split("+"))
            f.role = None
        if f.verb.code in ("X01", "X02") and f.target:
            aimed = [
                m for m in targets
                if re.search(r"\b(?:at|toward|towards|over|into|against)\s+(?:the\s+)?$",
                             _before(sentence, m.start))
            ]  # fmt: skip
            f.target = aimed[0].code if aimed and aimed[0].code not in members else None
        if f.verb.code in ("150", "154", "190"):
            # "flew bombers over South Korea in a show of force against North Korea"
            against = [
                m for m in targets
                if m.code and not set(m.code.split("+")) & members
                and re.search(r"\bagainst\s+(?:the\s+)?$", _before(sentence, m.start))
            ]  # fmt: skip
            if against:
                f.target = against[0].code
        if f.verb.code in ("087", "150") and f.target and not re.search(r"\bagainst\b", tail):
            partners = [
                m for m in targets
                if m.code == f.target
                and re.search(
                    r"(?:drills?|exercises?|war games)[\"”]?\s+(?:(?:it|they|that|which)\s+)?"
                    r"(?:(?:hold|holds|held|conduct\w*|stag\w+|runs?)\s+)?(?:with|alongside)\s+"
                    r"(?:the\s+)?$",
                    _before(sentence, m.start),
                )
            ]  # fmt: skip
            if partners:
                f.target = None  # "the war games it holds with South Korea": a partner
        if (
            f.target is None
            and out
            and out[-1].target == f.actor
            and re.search(r"\b(?:who|which)\s+(?:[a-z]+\s+){0,2}$", sentence[: f.start])
        ):
            f.target = out[-1].actor  # "met Kim Jong Un, who agreed to allow inspectors"
        if f.target is None and members == {"KOR", "PRK"} and f.verb.code not in ("X01", "X02"):
            f.target = "each-other"  # "the two Koreas removed landmines"
        if (
            f.target is None
            and f.actor in ("KOR", "PRK")
            and f.verb.code not in ("X01", "X02", "150")
            # "visited a frontline unit near the border": a visit of his own side's troops
            and not sentence[f.start : f.end].startswith("visit")
            and (
                f.verb.code in ("190", "180")  # "troops shot the official": the other Korea's
                or _BORDER.search(tail)
                or _TRACK_RES["inter-korean"].search(tail)
            )
        ):
            # "troops to the border"; a drill near the border is aimed at no one
            f.target = "PRK" if f.actor == "KOR" else "KOR"
        if f.target is None and f.verb.code not in ("X01", "X02") and not generic:
            f.target = next(
                (_joint(sorted(set(m.code.split("+")) - members)) for m in weak + content
                 if m.code and set(m.code.split("+")) - members),
                None,
            )  # fmt: skip
        if (
            f.target is None
            and f.verb.code not in ("X01", "X02", "042")
            and re.match(
                r"\s+(?:(?:with|to|on)\s+)?(?:the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:president"
                r"|leader|counterpart|counterparts|prime minister|premier|foreign minister|envoy"
                r"|negotiator|chairman)\b",
                re.sub(r"^\S+", "", sentence[f.start : f.end])
                + tail,  # "spoke with the … by phone"
            )
            and before
        ):  # "spoke with the president", "met his counterpart": the other side named before
            side = [
                c
                for r in reversed(before)
                for c in [*r.actor.split("+"), *(r.target or "").split("+")]
                if c.isupper() and c not in members
            ]
            f.target = side[0] if side else None
        if (
            f.verb.code == "043"
            and f.target is None
            and re.match(
                r"\s+(?:the|their|a|new|further|another)\s+(?:[\w-]+\s+)?(?:talks|summit"
                r"|meeting|negotiations|round)\b",
                tail,
            )
            and (context.pair or out or before)
        ):  # "Sweden said it would host the talks": the talks of the last two who agreed on them
            pool = [*before, *out]
            host = context.pair or (
                _joint([c for c in _parties_of(pool[-1]) if c not in members]) if pool else ""
            )
            f.target = host if host and not set(host.split("+")) & members else None
        if (
            f.verb.code == "085"
            and f.target is None
            and members == {"UN"}
            and re.search(
                r"survey|rail|road|inter-Korean|the two Koreas|South Korea|Seoul|project", sentence
            )
        ):  # "the committee granted an exemption for the survey": Seoul asked for it
            f.target = "KOR"
        if f.verb.code in ("040", "046") and f.target is None and len(members) == 1:
            continue  # "held a meeting", "discussed the plan": with no one named, no report
        if (
            f.target is None
            and members == {"KOR"}
            and re.search(
                r"GSOMIA|General Security of Military Information Agreement|intelligence-sharing "
                r"(?:pact|agreement|deal)",
                tail,
            )
        ):
            f.target = "JPN"  # the intelligence pact Seoul has is with Tokyo
        if (
            f.verb.code == "042"
            and f.target is None
            and sentence[f.start : f.end].startswith("cross")
            and members in ({"KOR"}, {"PRK"})
        ):
            f.target = "PRK" if members == {"KOR"} else "KOR"  # "Roh crossed the border on foot"
        if (
            f.verb.code == "042"
            and f.target is None
            and sentence[f.start : f.end].startswith("visit")
            and re.match(r"\s*(?:in|on|last|,|\.|$)", sentence[f.end :])
            and (went := next((r.target for r in reversed(before) if r.action == "042"), None))
            and not set(went.split("+")) & members
        ):  # "the first since Hu Jintao visited in October 2005": where the story's visit was
            f.target = went
        if f.verb.code in ("042", "043") and f.target is None and len(members) == 1:
            continue  # "visited a potato farm", "due to meet Pope Francis": no state met
        if f.event is None and f.verb.code in _REACTIONS:  # "supported Trump's decision"
            f.event = _reacted_to(tail, [*before, *out], members, vague=False)
        local = sentence[lo:nxt]
        reason = (
            _REASON.search(sentence, f.end)
            if f.verb.code.startswith(("12", "16")) and _pair(f.actor, f.target) == {"KOR", "PRK"}
            else None
        )
        if reason:
            # "called off talks with Seoul, citing the allies' air exercise": one Korea refusing
            # the other on the other's drills is of their ties; the drills are its reason
            local = sentence[lo : min(nxt, reason.start())]
            if not _has_track_words(local):
                local = sentence[: reason.start()]
        tracks = _tracks(
            f.verb.code,
            local if _has_track_words(local) else sentence,
            f.actor,
            f.target,
            f.actor == "KOR" and bool(_SECURITY_BODY.search(sentence[clause : f.start])),
        )
        if (
            "sanctions" in tracks
            and not _TRACK_RES["sanctions"].search(local)
            and f.verb.code not in CODE_TRACKS
            and "PRK" in (sides := _pair(f.actor, f.target))
            and (
                sides == {"KOR", "PRK"}
                or (
                    f.verb.code in ("040", "042", "043", "036")
                    and "inter-korean" not in tracks
                    and sides - {"KOR", "PRK"}
                )
            )
        ):
            # a meeting of North Korea and a power is the nuclear talks, whatever another
            # clause says of sanctions ("met Kim in Hanoi, where the summit collapsed over
            # sanctions relief")
            tracks = tuple(t for t in tracks if t != "sanctions")
        between_allies = (
            f.target is not None
            and f.verb.code != "051"  # support for an ally's step is on that step's track
            and len(parties := set(f.actor.split("+")) | set(f.target.split("+"))) > 1
            and parties <= _ALLIES
        )  # "Pompeo complained to Kang about the no-fly zone": a complaint between allies
        own_tracks = tracks
        if (
            not between_allies
            and before
            and f.target
            and f.verb.code in _REACTIONS
            and not _has_track_words(sentence)
            and f.target in before[-1].actor.split("+")
            and f.event in (None, before[-1])  # "hailed the move": the move it names
        ):
            tracks = before[-1].tracks  # a reaction to the last report is on its tracks
        elif f.event is not None and not _has_track_words(local) and not between_allies:
            tracks = f.event.tracks  # "condemned the killing": on the killing's tracks
        elif not _has_track_words(sentence) and (
            topic := _topic([*before, *out], f.actor, f.target)
        ):
            # "demanded that Tokyo withdraw them": still the export curbs
            tracks = tuple(t for t in TRACKS if t in topic or t in tracks)
        elif (
            not between_allies
            and f.target
            and f.verb.code in _REACTIONS
            and not _has_track_words(sentence)
            and not _TALKS.search(sentence[f.end :])
            and (
                act := next(
                    (
                        r
                        for r in reversed([*before, *out])
                        if set(f.target.split("+")) & set(r.actor.split("+"))
                        and r.action not in _REACTIONS
                    ),
                    None,
                )
            )
        ):
            # "urged Pyongyang to refrain from further provocations" after it blew up the
            # liaison office: a reaction to the target's last act is on that act's tracks (to
            # "return to diplomacy" is to their talks)
            tracks = act.tracks
        if (
            tracks != own_tracks
            and "alliance-coordination" in tracks
            and "PRK" in (sides := _pair(f.actor, f.target))
            and sides - {"KOR", "PRK"}
        ):
            # North Korea denouncing the allies' talks: their talks are the allies' affair, the
            # denunciation is North Korea's with a power, as in `_tracks`
            tracks = tuple(t for t in tracks if t != "alliance-coordination") or own_tracks
        reacted = f.event or next(
            (r for r in reversed([*before, *out])
             if f.target and set(r.actor.split("+")) & set(f.target.split("+"))),
            None,
        )  # fmt: skip
        if f.verb.code in _REACTIONS and reacted is not None and reacted.action in _MILITARY:
            if (
                not _has_track_words(local)
                and any(r is reacted for r in out)
                and {f.actor, f.target} == {"KOR", "PRK"}
            ):
                # "…, prompting Seoul to urge restraint": on the tracks of what prompted it
                tracks = reacted.tracks
        elif (
            not _TRACK_RES["denuclearization"].search(
                sentence[lo : reason.start() if reason else len(sentence)]
            )
            and not (f.actor == "KOR" and _SECURITY_BODY.search(sentence[: f.start]))
            # "Generals from both sides held talks": their meetings are military steps
            and not (code in _CONSULTING and _SOLDIERS.search(sentence[lo:nxt]))
            # "Moon welcomed the handover" of remains to the US: on the handover's tracks
            and not (
                f.event is not None
                and tracks == f.event.tracks
                and _pair(f.event.actor, f.event.target) - {"KOR", "PRK"}
            )
        ):
            # with what it absorbs; "urged the North to stop" after a launch is about the launch
            tracks = _korean_pair(tracks, code, f.actor, f.target)
        clause_end = ends.start() if ends else len(sentence)
        if (
            _pair(f.actor, f.target) == {"KOR", "PRK"}
            and not _has_track_words(sentence)
            and any(
                f.end < m.start < (clause_end if f.verb.absorbs else min(nxt, clause_end))
                and not m.place
                and set(m.code.split("+")) - {"KOR", "PRK", ""}
                and _DIALOGUE_WITH.search(sentence[max(f.end, m.start - 60) : m.start])
                for m in mentions
            )
        ):
            # "urged the North to resume dialogue with the United States": one Korea to the
            # other on the North's dealings with a power, the nuclear question
            tracks = ("denuclearization",)
        if (
            code == "111"
            and re.match(r"call", sentence[f.start : f.end])
            and re.match(
                r"[^.;]{0,60}?[\"“][^\"”]*\b(?:exciting|great|historic|good|positive|excellent"
                r"|wonderful|productive|success\w*|tremendous|beautiful|fantastic|important"
                r"|invincible|unbreakable|friendly|very good)\b",
                sentence[f.end :],
            )
        ):
            code = "051"  # "called the summit 'very exciting'": praise
        if (
            gerund
            and code.startswith("11")
            and out
            and out[-1].evidence == sentence
            and (out[-1].actor, out[-1].target) == (f.actor, f.target)
            and re.search(r",\s*$", _before(sentence, f.start))
        ):
            # "imposed sanctions on the groups, accusing them of stealing … to fund its weapons
            # programmes": the grounds of the act before, on its tracks
            tracks = out[-1].tracks
        name, weight = OWN_CODES.get(code) or codebook.get(code, (code, 0))
        confidence = 80 if not f.inherited else 65
        if f.target:
            confidence += 10
        if f.passive:
            confidence -= 10
        out.append(
            Report(
                actor=f.actor,
                action=code,
                action_name=name,
                goldstein=weight,
                target=f.target,
                on=on,
                tracks=tracks,
                modality=f.modality,
                evidence=sentence,
                quote=quote_text,
                confidence=min(confidence, 95),
                actor_role=f.role,
            )
        )
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
            out.append(replace(out[-1], modality="done"))
        if code == "X02" and re.match(
            r"\s+(?:and|as well as)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|ICBMs?)\b",
            sentence[f.end :],
        ):  # "tested its most powerful nuclear device and missiles that can reach the US"
            name, weight = OWN_CODES.get("X01") or codebook.get("X01", ("X01", 0))
            out.append(replace(out[-1], action="X01", action_name=name, goldstein=weight))
        again = _more_days(sentence[f.end : span_end], on, published)
        elided = (
            _ELIDED_OBJECT.search(sentence, f.end, span_end) if code in ("163", "171") else None
        )
        if again and code in ("X01", "X02", "150", "190"):
            for day in again:  # "fired missiles on May 4 and May 9"
                out.append(replace(out[-1], on=day))
        elif elided is not None and out[-1].actor:
            # "blacklisted a Russian bank on Aug. 3 …, and two Russian shipping companies on
            # Aug. 21": the same act again, on the second object and day
            try:
                day2 = date(on.year, MONTHS[elided.group(2)], int(elided.group(3)))
            except ValueError:
                day2 = None
            whose = [
                m.code for m in mentions
                if elided.start() <= m.start < elided.end() and m.code
                and not set(m.code.split("+")) & set(out[-1].actor.split("+"))
            ]  # fmt: skip
            if day2 is not None and day2 != on:
                target2 = whose[0] if whose else out[-1].target
                out.append(
                    replace(
                        out[-1],
                        on=day2,
                        target=target2,
                        tracks=_tracks(code, sentence, out[-1].actor, target2),
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
                f.end < v.start < f.end + twice.start()
                and v.verb.code in ("040", "042", "043", "046")
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
                later = later.replace(
                    year=later.year + 1
                )  # "June 12 last year … again in February"
            if later != on and later <= published:
                out.append(replace(out[-1], on=later))
        elif code in ("040", "042", "046") and (
            listed := re.match(
                r"\s+(?:\w+\s+)?(?:twice|three times|four times|several times),?\s+"
                r"((?:in|at|on)\s+[^;:]*?)(?=,\s+(?:but|and|while|when|which)\b|[;.]|$)",
                sentence[f.end :],
            )
        ):
            # "have met three times, in Singapore in June 2018, in Hanoi in February 2019 and
            # at the border in June last year": one meeting per place
            items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group(1))
            for item in items[1:]:
                if re.match(r"(?:in|at|on)\s", item):
                    out.append(replace(out[-1], on=_date_in(item, published, False) or on))
        if not f.verb.fronted:  # "protested against drills that the allies began, calling …"
            previous = f
    return out


def _speaks(sentence: str, m: _Mention, nxt: int) -> bool:
    """Whether a mention after a verb is the subject of what follows: a reporting verb
    ("…, South Korea's military said") or the next action ("… and South Korea removed")."""
    after = sentence[m.end :]
    if re.match(
        r"\s*(?:\w+\s+){0,3}?(?:said|says|told|reported|announced|added)\b"
        # "…, US Secretary of State Mike Pompeo said"
        r"|(?:'s|’s)?\s*(?:(?:[A-Z][\w.-]*|of|the|for)\s+){1,7}?(?:said|says|told|added)\b",
        after,
    ):
        return True
    joined = re.search(r"(?:[,;]|\band|\bbut|\bwhile)\s+(?:the\s+)?$", _before(sentence, m.start))
    return (
        nxt < len(sentence)
        and joined is not None
        and bool(re.fullmatch(r"(?:'s|’s)?\s*(?:\w+\s+){0,3}", sentence[m.end : nxt]))
        and not re.search(r"\bto\s+(?:\w+\s+)?$", sentence[m.end : nxt])
    )


_MODIFIED = re.compile(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:resolutions|sanctions|panel|experts|Command|ban|"
    r"measures|General Assembly|weapons|troops|forces|bases|approval|election|elections|"
    r"sidelines|summit|agencies|agency|officials)\b"
)


def _modifier(sentence: str, m: _Mention) -> bool:
    """A state named as the source ("a letter from Kim") or as a word for something else
    ("UN resolutions", "US troops", "the UN General Assembly"): a target only if no other."""
    if re.search(
        r"\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
        r"(?:,\s+and\s+|,\s+|\s+and\s+))*$",
        sentence[max(0, m.start - 120) : m.start],
    ):
        return True
    if m.code == "UN" and re.match(
        r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:sanctions\s+)?committee\b", sentence[m.end :]
    ):
        return False  # "asked the council's sanctions committee": the UN's own body
    return bool(_MODIFIED.match(sentence, m.end)) and m.code in ("UN", "USA", "EU")


_MILITARY = frozenset({"X01", "X02", "087", "150", "154", "190", "057"})


# "to resume dialogue with", "keep talking with": talks with whom the next mention names
_DIALOGUE_WITH = re.compile(
    r"\b(?:talks?|talking|dialogue|negotiations?|negotiating|summit|meet|meeting|sit(?:ting)? "
    r"down)\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?$"
)


_TALKS = re.compile(r"\b(?:diplomacy|talks|dialogue|negotiat\w*)\b")


# Where the reason of a refusal is told: "…, citing the drills", "over its joint drills"
_REASON = re.compile(
    r"(?:,\s+|\s+)(?:citing|over|unless|because of|in protest (?:at|against)|blaming)\s"
)


def _pair(actor: str, target: str | None) -> set[str]:
    """The states an act is between: its actors and a target that is a state."""
    return set(actor.split("+")) | (
        set(target.split("+")) if target and target.isupper() else set()
    )


def _korean_pair(
    tracks: tuple[str, ...], code: str, actor: str, target: str | None
) -> tuple[str, ...]:
    """What one Korea says to or does with the other, in words of no other track, is on their
    own track unless it is a military act (a test, drills, the military agreement)."""
    pair = set(actor.split("+")) | (
        set(target.split("+")) if target and target.isupper() else set()
    )
    if pair != {"KOR", "PRK"} or code in _MILITARY:
        return tracks
    return tuple(t for t in TRACKS if t == "inter-korean" or (t == "sanctions" and t in tracks))


def _topic(pool: Sequence[Report], actor: str, target: str | None) -> tuple[str, ...]:
    """The tracks of the article's last report between the same parties: a sentence with no
    word of its own on a track goes on with the story's."""
    parties = set(actor.split("+")) | (
        set(target.split("+")) if target and target.isupper() else set()
    )
    for r in reversed(pool):
        if len(parties & _parties_of(r)) >= min(2, len(parties)) and _has_track_words(r.evidence):
            return r.tracks
    return ()


def _has_track_words(text: str) -> bool:
    return any(_TRACK_RES[t].search(text) for t in TRACKS)


# "denounced the seizure", "welcomed the decision": the event a reaction names, found by the
# verb that told it earlier in the article
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
    "suspension": r"suspend", "closure": r"clos|shut", "deployment": r"deploy",
    "curbs": r"curbs|controls|restrictions", "measures": r"curbs|controls|restrictions|sanction",
    "pullout": r"pull|withdr", "report": r"report|panel|found|finding",
    "accusation": r"accus|blam", "accusations": r"accus|blam", "allegation": r"accus|alleg",
    "allegations": r"accus|alleg", "criticism": r"critic|condemn|denounc|slam",
    "findings": r"report|panel|found|finding",
    "statement": r"statement|accus|warn|criticis|criticiz|denounc|slam|threat|reject",
    "designations": r"blacklist|sanction|designat", "designation": r"blacklist|sanction|designat",
    "sanctions": r"blacklist|sanction|designat",
    "summit": r"summit|\bmet\b|meeting", "talks": r"talks|negotiat|\bmet\b|meeting",
    "meeting": r"\bmet\b|meeting|talks|summit", "outcome": r"summit|talks|agree|sign|declar",
    "results": r"summit|talks|agree|sign|declar", "agreement": r"agree|sign|pact|accord|deal",
    "deal": r"agree|sign|deal", "accord": r"agree|sign|accord", "pact": r"agree|sign|pact",
    "declaration": r"declar", "project": r"project|rail|road|survey|Kaesong|Kumgang",
    "survey": r"survey|rail|road", "visit": r"visit|trip|travel", "trip": r"visit|trip|travel",
    "parade": r"parade|unveil|display|show", "drills": r"drill|exercise",
    "steps": r"\w", "step": r"\w", "move": r"\w", "moves": r"\w", "efforts": r"\w",
    "exercise": r"drill|exercise",
}  # fmt: skip
_MEETINGS = frozenset({"040", "042", "043", "046", "030", "036", "057"})
_SPEECH_NOUNS = frozenset(
    {
        "report",
        "findings",
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "criticism",
        "statement",
    }
)
"""Reactions to words: "welcomed the report" of a panel that accused the North."""
_EVENT_CODES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("summit", "talks", "meeting", "outcome", "results"), _MEETINGS),
    **dict.fromkeys(("agreement", "deal", "accord", "pact", "declaration"),
                    frozenset({"030", "057"})),
    **dict.fromkeys(("visit", "trip"), frozenset({"040", "042", "043"})),
    "pullout": frozenset({"161", "087", "166", "010"}),  # of staff or troops, not of sanctions
    "handover": frozenset({"084"}),
    **dict.fromkeys(("designations", "designation", "sanctions"), frozenset({"163"})),
    **dict.fromkeys(
        ("launch", "launches", "test", "tests", "test-firing", "firing"), frozenset({"X01", "X02"})
    ),
}  # fmt: skip
_VAGUE_ACTS = frozenset({"move", "moves", "step", "steps", "decision"})
_REACTED_NOUN = re.compile(
    r"\s*(?:(?:over|at|about|with|against|to)\s+)?"  # "expressed regret over the statement"
    r"(?:the|this|that|these|its|their|his|her|(?:\w+day|last \w+)['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(" + "|".join(_EVENT_NOUNS) + r")\b"
)


_NAMES_PROJECT = re.compile(
    r"\s*(?:the|this|that|its|their)?\s*(?:[\w-]+\s+){0,3}?(?:project|survey|railways?"
    r"|rail|roads?|plan|work|office|park|complex|tours?)\b"
)
_GENERIC_OBJECT = re.compile(
    r"\s*(?:(?:other|all|the|member|many|some|its)\s+)*(?:countries|governments|nations"
    r"|states|members|sides|parties|international community|world|restraint|calm|caution"
    r"|(?:shipping |banking |insurance )?industry|companies|businesses|firms|banks|shippers"
    r"|citizens|residents|people|public|party officials|officials|workers|scientists)\b"
    r"(?! of the (?:Korean )?[Pp]eninsula)"
)


def _reacted_to(
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
    m = _REACTED_NOUN.match(tail)
    if m is None or (not vague and _EVENT_NOUNS[m.group(1)] == r"\w"):
        return None
    told = re.compile(r"(?i)\b(?:" + _EVENT_NOUNS[m.group(1)] + r")")
    codes = _EVENT_CODES.get(m.group(1))
    named = re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", tail[: m.start(1)])
    if named:  # "welcomed the New York talks": the talks held there
        there = [r for r in pool if all(n in r.evidence for n in named)]
        pool = there or pool
    if codes is not None:  # "welcomed the visit": the one made, not one planned or offered
        pool = sorted(pool, key=lambda r: r.modality != "planned" and r.action != "036")
    found = [
        r for r in reversed(pool)
        if told.search(r.evidence) and not set(r.actor.split("+")) <= members
        and (r.action not in _REACTIONS or m.group(1) in _SPEECH_NOUNS)  # not the US's welcome
        and (codes is None or r.action in codes)  # "praised the talks": a meeting
        # "hailed the move" to suspend tests "a week before Kim is due to meet Moon": a move
        # or decision is no meeting still to come
        and not (m.group(1) in _VAGUE_ACTS and r.modality == "planned"
                 and r.action in _MEETINGS)
    ]  # fmt: skip
    bare = re.fullmatch(r"\s*(?:the|this)\s+", tail[: m.start(1)]) and not re.match(
        r"\s+(?:of|between|with|in)\b", tail[m.end(1) :]
    )  # "the summit", not "the inter-Korean summit" nor "the meeting of the two leaders"
    if salience and codes is not None and found and bare:
        return max(found, key=lambda r: salience.get(_joint(sorted(_parties_of(r))), 0))
    return found[0] if found else None


def _aimed_at(earlier: Report, members: set[str], project: bool = False) -> str | None:
    """Whom a reaction to an earlier report is aimed at: that report's actors (for joint
    actors on a project, when the reaction names the project, its first owner)."""
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
    return _joint(actors)  # "welcomed the summit" of Moon and Kim: aimed at both


def _pair_of(sentence: str, head: list[_Mention]) -> list[_Mention]:
    """The last party named, with those joined to it by "and" ("Trump and Kim, who met",
    "Cho and his North Korean counterpart Ri, who agreed", "Britain, France and Germany,
    which")."""
    group = head[-1:]
    for m in reversed(head[:-1]):
        between = re.sub(r"^(?:[ -][A-Z][\w-]*)+", "", sentence[m.end : group[0].start])
        joined = (
            r",?\s+and\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,4}?"
            if len(group) == 1
            else r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        )
        if not re.fullmatch(joined, between):
            break
        group.insert(0, m)
    return group


def _subject_group(sentence: str, subjects: list[_Mention]) -> list[_Mention]:
    """The subject: the last mention before the verb, with those joined to it by 'and'."""
    if not subjects:
        return []
    group = [subjects[-1]]
    for m in reversed(subjects[:-1]):
        between = sentence[m.end : group[0].start]
        between = re.sub(r"^(?:[ -][A-Z][\w-]*)+", "", between)  # "President Moon| Jae-in"
        if m.code != group[0].code and not re.fullmatch(
            r"\s*(?:,|and|, and)\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?", between
        ):
            break  # "Choe Son Hui called Vice President Mike Pence …": one acts on the other
        if m.code == group[0].code and re.fullmatch(r"\s*(?:[\w-]+\s+){0,4}?[\w-]+,\s*", between):
            group[0] = m  # "Japan's new foreign minister, Toshimitsu Motegi,": one party
            continue
        if re.fullmatch(
            r"\s*(?:,|and|, and|’s|'s)?\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?", between
        ) and not re.search(
            r"\b(?:that|said|says|told|revealed|added|who|which|when|after|before|while|as)\b",
            between,
        ):
            group.insert(0, m)
        else:
            break
    return group


def _target(
    f: _Found, members: set[str], targets: list[_Mention], tail: str, sentence: str
) -> str | None:
    if len(members) > 1 and re.search(r"\beach other\b|\bone another\b", tail):
        return "each-other"
    if len(members) > 1 and f.verb.reciprocal:
        targets = [m for m in targets if not m.place]  # "Trump and Kim met in Vietnam"
    if sentence[f.start : f.end].startswith("discuss"):
        # "discussed North Korea's launch with Abe": what is discussed is no party
        targets = [
            m
            for m in targets
            if re.search(
                r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", sentence[max(0, m.start - 40) : m.start]
            )
        ]
    joint = len(members) > 1 and f.verb.reciprocal
    limit = len(sentence)
    if joint:
        # "the allies agreed to speed up aid to North Korea": what they agreed on is no target
        cut = re.search(r"\bto\s+[a-z]+|\b(?:that|which|who|on|for|over|about)\b", tail)
        if cut:
            targets = [m for m in targets if m.start < f.end + cut.start()]
        if not f.verb.absorbs:  # "met three times and … agreed to reconnect the railways"
            limit = f.end + len(re.split(r",|\band\b", tail, maxsplit=1)[0])
    for i, m in enumerate(targets):
        codes = set(m.code.split("+"))
        if m.code and not codes <= members:
            for other in targets[i + 1 :]:  # "the drills of South Korea and the United States"
                gap = sentence[m.end : other.start]
                if other.code == m.code and re.fullmatch(
                    r"(?:\s+(?:[A-Z][\w.-]*|leader|president|minister|envoy))*\s+", gap
                ):
                    m = other  # "Japanese Foreign Minister Taro Kono": one party
                    continue
                if not re.fullmatch(
                    r"(?:[ -][A-Z][\w-]*)*\s*(?:,|and|, and)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?",
                    gap,
                ):
                    break
                codes |= set(other.code.split("+"))
                m = other
            return _joint(list(codes - members))
    end = _CLAUSE_END.search(sentence, f.end)
    stop = min(end.start() if end else len(sentence), limit)
    if f.verb.code == "057" and (comma := sentence.find(",", f.end, stop)) >= 0:
        stop = comma  # "In a declaration signed by the two, the two sides agreed to open …"
    if f.passive and (owned := _projects(sentence[_clause_start(sentence, f.start) : f.start])):
        # "the liaison office, opened by the two Koreas in Kaesong": what was opened comes first
        projects: list[tuple[str, tuple[str, ...]]] = owned
    else:
        projects = []
    projects = (
        projects
        or (
            _projects(sentence[f.start : stop])
            or (
                []
                if joint
                and not f.verb.absorbs  # "the office opened in Kaesong after Moon and Kim met"
                else _projects(sentence[_clause_start(sentence, f.start) : f.start])
            )
        )
    )
    if len(projects) > 1 and joint:
        return "each-other"  # "agreed to reopen the park and resume tours to Mount Kumgang"
    if projects:
        slug, owners = projects[0]
        if (
            len(members) > 1
            and set(owners) <= members
            and f.verb.code not in _MEETINGS - {"030", "057"}
        ):
            return slug  # "agreed to reconnect the railways"; but "met at the Kumgang resort"
        if joint:
            return "each-other"
        counterpart = [o for o in owners if o not in members]
        if counterpart:
            return counterpart[0]
    if len(members) > 1 and f.verb.reciprocal:
        return "each-other"
    return None


_ENGLISH = frozenset(
    {"the", "a", "an", "of", "to", "in", "and", "is", "was", "were", "are", "for", "on", "with",
     "by", "that", "it", "as", "at", "from", "has", "have", "be", "said", "will", "its", "his",
     "her", "their", "this", "not"}
)  # fmt: skip


def check_english(text: str) -> None:
    """Refuse text that is not English: the rules read English only."""
    words = re.findall(r"[A-Za-z]+", text)
    letters = sum(1 for ch in text if ch.isalpha())
    ascii_letters = sum(len(w) for w in words)
    if letters == 0:
        raise InvalidInput("it holds no text to read")
    common = sum(1 for w in words if w.lower() in _ENGLISH)
    if ascii_letters < letters * 0.7 or (len(words) >= 8 and common < len(words) * 0.08):
        raise InvalidInput("it is not in English; the extractor reads English text only")


@dataclass(frozen=True)
class Candidate:
    """A measure or observed action of the acting party that a report may be about."""

    kind: str  # "measure" or "observed"
    id: int
    text: str
    on: date | None
    notified: bool


MATCH_DAYS = 45
MATCH_SCORE = 55


def match(report: Report, candidates: Sequence[Candidate]) -> tuple[Candidate, int] | None:
    """The candidate this report is most likely about, with its score out of 100, if any
    scores at least MATCH_SCORE: words in common, the same project, a date close enough."""
    from rapidfuzz import fuzz

    best: tuple[Candidate, int] | None = None
    mine = {slug for slug, _ in _projects(report.evidence)}
    for c in candidates:
        if c.on is not None and abs((c.on - report.on).days) > MATCH_DAYS:
            continue
        similarity = fuzz.token_set_ratio(report.evidence.lower(), c.text.lower())
        theirs = {slug for slug, _ in _projects(c.text)}
        score = round(0.6 * similarity + (40 if mine & theirs else 0))
        if c.on is not None and abs((c.on - report.on).days) <= 3:
            score += 10
        score = min(score, 100)
        if score >= MATCH_SCORE and (best is None or score > best[1]):
            best = (c, score)
    return best


def same_action(a: Report, b: Report) -> bool:
    """Two reports of one action (e.g. two outlets' articles): alerted once."""
    return (
        a.actor == b.actor
        and a.action[:2] == b.action[:2]
        and a.target == b.target
        and abs((a.on - b.on).days) <= 2
    )


def alertable(report: Report, parties: Sequence[str]) -> list[str]:
    """The parties of the working group among the report's actors, when it tells of an action
    taken (done or claimed): planned and negated actions are not yet anything to alert."""
    if report.modality not in ("done", "claimed"):
        return []
    return [code for code in report.actor.split("+") if code in parties]
