"""Open-source monitoring: who did what to whom, read from news text by rules (docs/monitoring.md).

The extractor is a set of hand-written rules over sentences: actor mentions (states, capitals,
ministries, officials resolved for the date, organisations), verb phrases coded in CAMEO, the
modality around them, the target after them and the date they name. No model, no download:
every rule is in this file and its siblings, so what it finds can be explained by reading
them: `monitoring_mentions` (who a sentence names), `monitoring_subjects` (who does an active
verb), `monitoring_aim` (whom an act is aimed at), `monitoring_events` (events told as nouns,
and what a reaction names), `monitoring_dates`, `monitoring_tracks`, `monitoring_verb_index`
(which phrases a word can begin), the types in `monitoring_report`, and every word the rules
know in `monitoring_lexicon`. Matching to measures is in `monitoring_match`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from tandem.domain.errors import InvalidInput
from tandem.domain.monitoring_aim import aim_act, projects_in
from tandem.domain.monitoring_dates import ELIDED_OBJECT, date_in, more_days
from tandem.domain.monitoring_events import (
    GENERIC_OBJECT,
    OPINION,
    OPINION_VERB,
    REACTIONS,
    aimed_at,
    nominal_reports,
    reacted_to,
    same_event,
)
from tandem.domain.monitoring_lexicon import (
    CODE_TRACKS,
    JOINT,
    MONTHS,
    PROJECTS,
    VERBS,
    WOMEN,
)
from tandem.domain.monitoring_mentions import (
    ALIAS_RE,
    BODY,
    BODY_ALIAS,
    NOUN_BEFORE,
    STATE_NOUN_BEFORE,
    TOPIC_BEFORE,
    UN_COMMITTEE,
    Context,
    Reading,
    is_person,
    mentions_in,
    remembered_mentions,
    role_of,
    surname_of,
    text_before,
)
from tandem.domain.monitoring_report import (
    CLAUSE_END,
    TRACKS,
    Article,
    Found,
    Mention,
    Report,
    action_family,
    clause_start,
    code_name,
    joint_code,
    parties_of,
    states_between,
)
from tandem.domain.monitoring_subjects import (
    ASIDE_BEFORE_VERB,
    ON_A_DAY_TO,
    PASSIVE_BEFORE,
    PLAN_NOUNS,
    active_subject,
    opens_with_fronted_pronoun,
)
from tandem.domain.monitoring_tracks import (
    ALLIES,
    CONSULTING,
    EUROPE,
    MEETINGS,
    MILITARY,
    SECURITY_BODY,
    SOLDIERS,
    TRACK_RES,
    has_track_words,
    korean_pair_tracks,
    names_only_ministry,
    topic_tracks,
    tracks_of,
    without_channel,
    without_north,
)
from tandem.domain.monitoring_verb_index import VerbIndex

# The verb phrases a word can begin, by its first three letters (monitoring_verb_index).
_VERB_INDEX = VerbIndex(VERBS)
_WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]+")
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
    r"prepar(?:es|ing|ed) to|seeks? to|(?:is|are|was|were) (?:also |again |now |still )?due to|"
    r"scheduled to|likely to|was to|were to)\s+(?:\w+\s+)?(?:be\s+)?$"
)
# What someone might, could, hopes to or is ready to do, or would do if: not a report.
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|should|must|hope[sd]?|hoping|looking forward|look forward|"
    r"would like|wants? to|wanted to|willing|whether|if|unless|consider\w*|ready to|often|"
    r"usually|routinely|typically|no signs? (?:that|of)|no indications? (?:that|of)|"
    r"prepared to|urged|asked|called (?:up)?on|widely expected)\b"
)
# Speech acts (statements, appeals, demands, disapproval, rejection, threats) and the
# "expected to" that makes them someone's forecast.
_SPEECH_ROOTS = ("01", "02", "10", "11", "12", "13")
_EXPECTED = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?expected\s+to\s+(?:\w+\s+)?$")
# An indirect question ("unclear whether", "the question is what") up to the verb, in a
# clause of its own (not a relative one hung on it: "…, which has held since it launched").
_OPEN_QUESTION = re.compile(
    r"\b(?:unclear|not\s+clear|uncertain|question\s+(?:is|was|remains))\s*,?\s+"
    r"(?:when|whether|what|how|if|who)\b(?:(?!\b(?:which|who|while|but)\b)[^;])*$"
)
# The purpose of a thing ("was meant to", "the aim was to") before an infinitive.
_PURPOSE = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:meant|intended|designed)"
    r"|(?:aim|goal|purpose|idea)\s+(?:is|was))\s+to\s+(?:\w+\s+)?$"
)
# "According to the Joint Chiefs, …", "Reportedly, …": a source fronted, capitalised
_CLAIMED = re.compile(
    r"\b(?:said|says|claimed|claims|reported|reports|alleged|allegedly|(?i:reportedly)|"
    r"(?i:according) to|told reporters|quoted)\b"
)
_QUOTE = re.compile(r"[\"“]([^\"”]{3,})[\"”]")


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


def _filed_in(text: str) -> str | None:
    """The state whose capital or city the dateline names ("SEOUL, Nov 24 (…) -": KOR)."""
    line = _DATELINE.match(text)
    if line is None:
        return None
    city = line.group(0).split(",")[0].strip().title()
    codes = [m.code for m in mentions_in(city) if m.code and "+" not in m.code]
    return codes[0] if codes else None


def _sentences(text: str) -> list[str]:
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


# "praised Pyongyang's decision to stop nuclear tests": the North stopped them
_DECIDED_TO = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?" + PLAN_NOUNS + ON_A_DAY_TO + "$")


# "…, prompting Seoul's Defence Ministry to warn": the ministry warned
_PROMPTED_TO = re.compile(
    r"\b(?:prompting|prompted|forcing|forced|leading|led|spurring|spurred|causing)\s+"
    r"[^,;]{1,60}?\s+to\s+$"
)


# The head of a relative clause whose verb comes last: "the drills that the allies began".
# "the pledge Kim made", "commitments that Trump and Kim made", "an offer Seoul made on Monday":
# a pledge or offer named before its verb, its subject a name
_FRONTED_PLEDGE = re.compile(
    r"\b(?:pledges?|promises?|commitments?|vows?|offers?|proposals?)\s+(?:(?:that|which)\s+)?"
    r"(?:(?:its|the|their)\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,7}\s+$"
)
_FRONTED = re.compile(
    # "a draft resolution that China and Russia circulated in December", "Resolution 2397,
    # which the council adopted in December 2017": a resolution named before its verb too
    r"\b(?:drills?|exercises?|war games|resolutions?|Resolution\s+\d+,)\s+"
    r"(?:(?:that|which)\s+(?:[\w'’-]+\s+){1,9}"
    # "the joint exercise South Korea and the United States plan to hold next month": a
    # relative clause with no "that", its subject named
    r"|(?:the\s+)?[A-Z][\w'’-]*\s+(?:[\w'’-]+\s+){0,8})$"
)


# "met Kim in Pyongyang on Sunday, his fourth trip there this year": the trip set beside a
# meeting or visit told by a verb names that act again
_TRIP_APPOSED = re.compile(r",\s+(?:his|her|its|their)\s+\w+\s+(?:trip|visit)\s+(?:there|to)\b")


# "its demand that Washington lift sanctions", "the request that Tokyo drop its curbs": the
# verb (in its base form) of a clause a noun of asking governs is what was asked, not done
_DEMANDED_THAT = re.compile(
    r"\b(?:demands?|calls?|requests?|appeals?|insistence)\s+that\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+$"
)


# "allowing member states to seize and inspect vessels", "to let countries seize": what a
# measure permits others to do
_PERMITTED = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|let(?:s|ting)?|permit(?:s|ted|ting)?|authori[sz](?:e|es|ed|ing))"
    r"\s+(?:all\s+|other\s+|UN\s+)?(?:member\s+states|countries|states|nations|governments)"
    r"\s+(?:to\s+)?(?:\w+\s+(?:and|or)\s+)?$"
)


# "under a Security Council resolution adopted on Dec. 22", "a resolution the council adopted
# in 2017": the resolution's adoption told after it, the council's whoever the clause names
# (one resolution: "five resolutions adopted in 2016 and 2017" name no one act)
_RESOLUTION_ADOPTED = re.compile(
    r"\bresolution\s+(?:the\s+(?:UN\s+)?(?:Security\s+)?[Cc]ouncil\s+)?$"
)


# "the cap of 500,000 barrels a year that the council imposed in December 2017", "a UN ban
# adopted in December": a sanction named before the verb that imposed it, or a resolution
# ("under a Security Council resolution adopted on Dec. 22")
_FRONTED_SANCTION = re.compile(
    r"\b(?:sanctions|ban|cap|limit|ceiling|embargo|resolution)\b"
    r"(?:\s+(?:of|on)\s+[^,;\"“]{1,60}?)?\s+(?:(?:that|which)\s+(?:[\w'’-]+\s+){1,6})?$"
    # "under a Security Council resolution adopted on Dec. 22", "a resolution the council
    # adopted in 2017": the resolution's adoption told after it
    r"|"
    + _RESOLUTION_ADOPTED.pattern
    # "the shipping bans that Seoul slapped on the North in 2010": with its relative pronoun
    + r"|\b(?:bans|measures|penalties)\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,6}$"
    r"|" + _FRONTED.pattern
)


# "the liaison office, which the two Koreas opened on Sept. 14": a project named before a
# relative clause whose verb opened it
_FRONTED_PROJECT = re.compile(
    r"\b(?:office|railways?|roads?|lines?|hotlines?|complex|resort|park|zone|group|project)"
    r"(?:\s+in\s+[A-Z][\w-]*)?,?\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,6}$"
)


# "a North Korean company the EU accused of …", "a firm that Japan blamed for …": a party
# names the one doing it, in a relative clause on the noun before
_OBJECT_RELATIVE = re.compile(
    r"\b[a-z]{3,}\s+(?:(?:that|which|whom)\s+)?(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+$"
)


def _new_party_after(sentence: str, start: int, end: int) -> bool:
    """Whether the text after `end` names a party (no place) not named before `start`."""
    found = mentions_in(sentence)
    before = {m.code for m in found if m.end < start}
    return any(m.code and not m.place and m.code not in before for m in found if m.start > end)


# "a decision that drew a protest from Tokyo": "that" before a verb whose actor comes after it
# is a relative pronoun, not a determiner ("that meeting")
_RELATIVE = re.compile(r"\b[a-z]{3,}\s+(?:that|which)\s+$")


# A verb in the simple past: no noun ("the UN accused" is the body acting, "UN sanctions" a
# noun)
_PAST_VERB = re.compile(
    r"[a-z]{3,}ed|met|held|told|sent|gave|made|took|spoke|wrote|began|struck|threw|sought"
    r"|won|led|broke|drew|shot|hit|cut|let|set|put|stood|fought"
)


def _verbs(sentence: str) -> list[Found]:
    hits: list[Found] = []
    end = 0
    for word in _WORD_RE.finditer(sentence):
        if word.start() < end:
            continue
        phrases = _VERB_INDEX.for_word(word.group())
        if phrases is None:
            continue
        m = phrases.match(sentence, word.start())
        if m is None:
            continue
        before = text_before(sentence, m.start())
        verb = VERBS[int(str(m.lastgroup)[1:])]
        if (
            (
                NOUN_BEFORE.search(before)
                or (
                    (state := STATE_NOUN_BEFORE.search(before)) is not None
                    and not (
                        _PAST_VERB.fullmatch(m.group().split()[0])
                        and state.group().endswith(("UN ", "US "))
                    )
                )
            )
            and not (verb.inverse and _RELATIVE.search(before))
            # "said that the door to talks remained open": a phrase with its own article
            # is a clause, whatever word comes before it
            and not m.group().startswith("the ")
        ):
            # "the meeting", "his promise", "the easing of": a noun, not a verb; and "a string
            # of launches since it fired missiles": a noun hides no verb in it
            continue
        assert m.lastgroup is not None
        hits.append(Found(VERBS[int(m.lastgroup[1:])], m.start(), m.end()))
        end = m.end()
    out: list[Found] = []
    for h in hits:
        fronted = {"061": _FRONTED_PROJECT, "030": _FRONTED_PLEDGE, "163": _FRONTED_SANCTION}.get(
            h.verb.code, _FRONTED
        )
        if h.verb.fronted and not fronted.search(sentence[max(0, h.start - 120) : h.start]):
            continue  # "talks began on Monday": no drills named before
        if re.match(
            r"(?:accused|blamed|critici[sz]ed|condemned|praised|sanctioned|blacklisted|seized)"
            r"\s+(?:of|for)\b",
            sentence[h.start :],
        ) and not _OBJECT_RELATIVE.search(text_before(sentence, h.start)):
            continue  # "companies accused of helping Pyongyang": said of them, not by them
        if sentence[h.start : h.end] == "blame" and re.search(
            r"\b(?:is|was|are|were|be)\s+to\s+$", text_before(sentence, h.start)
        ):
            continue  # "who was to blame": no one blamed
        if sentence[h.start : h.end].startswith("call") and re.search(
            r"\bwhat\s+(?:[\w'’-]+\s+){1,3}$", text_before(sentence, h.start)
        ):
            continue  # "what the North called a 'very important test'": a name, no act
        if (
            sentence[h.start : h.end].startswith("call")
            and re.search(
                # a subject of its own after the relative: "which had called" is the relative's
                r"\b(?:that|which)\s+(?:he|she|it|they|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,3}$",
                text_before(sentence, h.start),
            )
            and re.match(r"(?:ed|s)?\s+(?:an?\s|the\s|[\"“])", sentence[h.start + 4 :])
        ):
            # "a new missile that Kim Jong Un called a warning to …": the relative's object is
            # the thing named, no party criticised
            continue
        if re.fullmatch(
            r"visits|tests|launches|offers|proposals|calls", sentence[h.start : h.end]
        ) and re.match(r"\s+(?:that|which)\b", sentence[h.end :]):
            continue  # "…, visits that Washington watched for signs": a noun in apposition
        if sentence[h.start : h.end] == "signs" and re.search(
            r"\b(?:for|of|no|any|few|early|first|clear|new)\s+$", text_before(sentence, h.start)
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
                text_before(sentence, h.start),
            )
        ):
            continue  # "the envoy offer was": a noun
        if h.verb.code == "180" and not re.search(
            r"(?:(?:North|South) Korean|Korean|its|their|[A-Z][a-z]+(?:'s|’s)?)\s+(?:[\w-]+\s+)?"
            r"(?:troops|soldiers?|guards?|forces|sailors)\s+(?:had\s+)?$|\b(?:was|were)\s+$"
            r"|\b(?:they|it)\s+(?:had\s+)?$",
            text_before(sentence, h.start),
        ):
            continue  # "when a soldier shot dead a tourist": whose soldier is not said here
        if re.fullmatch(r"offers|pledges|promises|vows", sentence[h.start : h.end]) and (
            re.match(r"\s+(?:of|from|as|were|are|had|have|made|by)\b", sentence[h.end :])
            or re.search(
                r"\b(?:[a-z]+ed|previous|earlier|repeated|peace|past|new|similar|such|recent"
                r"|latest)\s+$",
                text_before(sentence, h.start),
            )
        ):
            continue  # "spurned offers of help", "Moon's previous peace offers": a noun
        if re.search(
            r"\b(?:remain(?:s|ed)?|is|are|was|were|be|been|stays?|stayed)\s+$",
            text_before(sentence, h.start),
        ) and sentence[h.start : h.end].startswith("commit"):
            continue  # "Washington remained committed to diplomacy": a stance, no act
        if (
            re.match(r"[a-z]+ing\b", sentence[h.start : h.end])
            and not (  # "a joint statement after the session urging Pyongyang to …"
                re.match(
                    r"(?:urging|calling|demanding|warning|accusing|condemning|welcoming|hailing"
                    r"|praising|backing|endorsing|supporting|criticising|criticizing"
                    # "sent a notice through the liaison office proposing that the two sides …"
                    r"|proposing|offering|suggesting|requesting|inviting)\b",
                    sentence[h.start : h.end],
                )
                and re.search(
                    r"\b(?:statement|letter|message|declaration|resolution|communique|notice)\b"
                    r"[^.;]{0,40}$",
                    text_before(sentence, h.start),
                )
            )
            and not re.search(
                # "After meeting Kim, Pompeo said": a fronted clause opens the sentence too
                r"(?:\b(?:after|before|while|when|since|by|without|After|Before|While|When"
                r"|Since|Without|also|and|then|later|was|were"
                # "KCNA quoted Kim as warning Washington": the one quoted did it
                r"|\bquot(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,6}?as"
                r"|began|begun|begin|begins|started|starts|start|continued|continues|kept|keeps"
                r"|keep|continue|continuing|finished|completed|finish|complete"
                r"|is|are|been|be)(?:\s+\w+ly)?|,|\bwith\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                r"(?:(?:'s|’s)\s+[a-z]+(?:\s+[a-z]+)?)?)\s+$",
                text_before(sentence, h.start),
            )
            # "spent three days in Pyongyang from Feb. 6 negotiating with": time spent doing it
            and not re.search(
                r"\bsp(?:end|ends|ent|ending)\s+(?:[\w.,-]+\s+){1,8}$",
                text_before(sentence, h.start),
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
            and out[-1].verb.code == h.verb.code == "111"
            and re.fullmatch(r"[^,;]*,\s+", sentence[out[-1].end : h.start])
            and re.match(r"[a-z]+ing\b", sentence[h.start :])
        ):
            # "rebuked South Korea, calling Seoul an \"officious mediator\"": the participle
            # tells again, in other words, the act the clause before it told
            continue
        if h.verb.code == "100" and any(o.verb.code == "100" for o in out):
            # "demanded a new approach by the end of the year, saying he would wait until then
            # for it": one demand, told twice in one sentence
            continue
        if (
            out
            and not out[-1].verb.absorbs
            and re.search(r"\b(?:to|in order to|so as to)\s+$", text_before(sentence, h.start))
            and not re.search(
                r"\b(?:due|expected|scheduled|set|going|plans?|planned|wants?|hopes?|likely|able"
                r"|ready|willing|prepared|is|was|are|were|agreed|decided|vowed|pledged|promised"
                r"|offered|trying|tried|needs?)\s+to\s+$",
                text_before(sentence, h.start),
            )
            and not re.search(r"[;:]|\band\b|\bbut\b", sentence[out[-1].end : h.start])
            and not _DECIDED_TO.search(text_before(sentence, h.start))
            # "will travel to Washington to discuss the outcome with Biegun": a meeting too
            and not (out[-1].verb.code == "042" and h.verb.code == "040")
            and not _PROMPTED_TO.search(sentence[out[-1].end : h.start])
        ):
            continue  # "suspended the drills to support diplomacy": its purpose, no action
        if (
            out
            and h.verb.code == out[-1].verb.code
            and h.start - out[-1].end < 40
            and not ALIAS_RE.search(sentence[out[-1].end : h.start])
            and not re.search(
                r"\b(?:when|after|before|while)\b"
                # "would suspend the drill, and in October they called off the air exercise"
                r"|\b(?:and|then)\s+(?:again\s+)?(?:in|on)\s+[A-Z]"
                # "pulled troops out of the posts by Nov. 10 and began tearing them down"
                r"|\b(?:on|by)\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+and\b",
                sentence[out[-1].end : h.start],
            )
            and not _done_then_planned(sentence, out[-1], h)
        ):
            continue  # "began a joint survey … surveyed": one action told twice
        out.append(h)
    return out


def _done_then_planned(sentence: str, first: Found, then: Found) -> bool:
    """An act done, then one still to come told with the same verb family, are two acts:
    "arrived on Sunday and was due to fly to Tokyo"."""
    return _finite(sentence[first.start : first.end]) and bool(
        re.search(
            r"\b(?:and|but)\s+(?:(?:is|was|are|were)\s+(?:due|scheduled|expected|set)\s+to"
            r"|will|plans?\s+to|planned\s+to)\s+$",
            sentence[first.end : then.start],
        )
    )


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


# "was ready to resume talks", "remained willing to sit down with": a stated readiness is
# a report of the one who states it (an intent, claimed), unless itself hypothetical.
_READY = re.compile(
    r"\b(?:(?:is|was|are|were|be|been|remains?|remained|stands?|stood|being)\s+(?:\w+\s+)?"
    r"(?:ready|willing|prepared)|(?:willingness|readiness)|open)\s+to\s+(?:\w+\s+)?$"
)


# A participle clause telling what an act led to: ", prompting Seoul to warn …"
_CONSEQUENCE = re.compile(r",\s+(?:prompting|forcing|leading|drawing|triggering)\b")


# "No sitting US president has ever met …", "No Japanese leader had visited …": a subject
# with "no" tells that the act was never done by anyone of its kind
_NO_ONE_OF_THEM = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:and|but)\s+)No\s+(?:[\w-]+\s+){1,4}?(?:has|have|had)\s+"
    r"(?:ever\s+|yet\s+)?$"
)


def _modality(sentence: str, f: Found, subject_end: int) -> str:
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
            sentence[clause_start(sentence, f.start) : max(subject_end, 0) + ready.start()],
        )
    ):
        return "ready"
    relative = _OBJECT_RELATIVE.search(sentence, 0, f.start)
    if (
        relative is not None
        and re.match(
            r"(?:measures|sanctions|curbs|restrictions|ban|embargo|steps|drills"
            r"|exercises|tests|missiles|deal|agreement|pledges?|promises?|offer"
            r"|proposal|resolutions?|demands?)\b",
            relative.group(0),
        )
        and not _HYPOTHETICAL.search(sentence[relative.start() : f.start])
    ):
        # "whether to lift the measures Seoul imposed in May 2010": the relative clause on the
        # noun is its own, told as done, whatever the clause it hangs on supposes
        pass
    elif (
        _HYPOTHETICAL.search(before)
        or re.search(
            r"\b(?:if|unless|whether|until|no signs? that|no indications? that"
            # "a deal under which the North would give up …" supposes; "the pact under which the
            # two Koreas pledged to …": the subject right before a verb in the past tells a done act
            + (
                r"|under which(?!\s+(?:the\s+)?(?:two\s+)?(?:[A-Z][\w-]*\s+){1,3}$)"
                if re.match(r"[a-z]+ed\b", sentence[f.start :])
                else r"|under which"
            )
            + r"|hope[sd]?|hoping"
            # "within weeks once the countries concerned reach a deal": a condition, as "if"
            r"|once(?=\s+(?:the|it|they|he|she|both|[A-Z]\w*)\s+(?!again\b)))\b[^,;]*$",
            sentence[clause_start(sentence, f.start) : f.start],
        )
    ):
        return "hypothetical"
    if _OPEN_QUESTION.search(sentence, 0, f.start):
        # "it was unclear when, or whether, Beijing would ask for a vote", "the question is
        # what the US will offer": an act asked about, not told
        return "hypothetical"
    if _PURPOSE.search(before):
        # "the draft was meant to encourage dialogue", "the aim was to ease the hardship": what
        # a thing is for, not an act of the one who says so
        return "hypothetical"
    if f.verb.code[:2] in _SPEECH_ROOTS and _EXPECTED.search(before):
        # "is expected to press him to keep up pressure": what others expect someone to say
        # at a meeting still to come is their forecast, not an act; the meeting is the plan
        return "hypothetical"
    if re.search(r"\b(?:without|instead of)\s+$|\b(?:failed|fail|fails|failure|declined|declines)"
                 r" to\s+(?:\w+\s+)?$", before):  # fmt: skip
        return "negated"
    if re.search(
        r"\bhad\s+been\s+(?:due|scheduled|set|expected|supposed|slated)\s+to\s+$", before
    ) and re.search(
        r"\bbut\b[^;]*?\b(?:pulled out|backed out|called (?:it )?off|cancell?ed|postponed"
        r"|scrapped|withdrew)\b",
        sentence[f.end :],
    ):  # "had been due to meet Kim Yo Jong …, but the North Koreans pulled out": not held
        return "negated"
    # "The State Department, in a statement that did not mention the launch, urged": the
    # aside's negation is not the verb's
    unaside = re.sub(
        r",\s+(?:in|at|after|during|with|on)\b[^,]*,\s*|,[^,]*\b(?:that|which|who)\b[^,]*,\s*",
        " ",
        before,
    )
    # "did not lift the freeze on Choe, who … was added to the blacklist": the negation is
    # of the clause the relative one hangs on
    unaside = re.sub(r"^.*,\s+(?:who|which)\b", " ", unaside)
    if _NEGATED.search(before) or re.search(r"\b(?:did not|didn't|has not|have not|never)\b",
                                              unaside):  # fmt: skip
        return "negated"
    if re.search(r"\b(?:not|never)\s*,[^,]{1,80},\s*$", before):
        return "negated"  # "would not, for the first time in a decade, put forward"
    if _NO_ONE_OF_THEM.search(sentence, 0, f.start):
        return "negated"  # "No sitting US president has ever met a North Korean leader"
    if (
        _PLANNED.search(before)
        or re.search(r"\b(?:will|plans? to|would)\b", before)
        or re.match(r"due in\b", sentence[f.start :])  # "is due in Seoul on Friday"
    ):
        end = CLAUSE_END.search(sentence, f.end)
        stop = end.start() if end else len(sentence)
        # "would send troops back …, prompting Seoul to warn … if it carried out the plans":
        # the condition in the participle's clause is not this verb's
        if (after := _CONSEQUENCE.search(sentence, f.end, stop)) is not None:
            stop = after.start()
        if re.search(r"\bwould\b", before) and re.search(
            r"\b(?:if|unless)\b", sentence[f.end : stop]
        ):
            return "hypothetical"  # "would lift sanctions if Pyongyang took steps"
        return "planned"
    # "Seoul, which it said had violated the pact, rejected the offer": what is said in a
    # relative aside is of its noun, not of this verb
    head = re.sub(r",\s+(?:who|which)\b[^,;]*,", ",", sentence[: f.start])
    view = _JOINED_VIEW.search(sentence, f.end)  # ", and analysts said …": not its teller
    rest = sentence[f.end : view.start() if view else len(sentence)]
    if _CLAIMED.search(head) or _CLAIMED.search(rest[:80]):
        return "claimed"
    return "done"


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
    context = Context(filed_in=_filed_in(article.text))
    for sentence in _sentences(article.text):
        reports += _from_sentence(sentence, article.published, codebook, reports, context)
    # An event told as a noun and also as a verb ("Pompeo visited Pyongyang … his visit") is
    # one report: the verb's.
    told = [r for r in reports if id(r) not in context.nominal]
    order = {id(r): i for i, r in enumerate(reports)}
    kept: list[Report] = []
    for r in reports:
        if id(r) in context.nominal:
            dated = context.nominal[id(r)]
            if (
                not dated
                and (when := date_in(r.evidence, article.published, False))
                and not any(
                    o.evidence == r.evidence and context.nominal.get(id(o)) for o in reports
                )  # "the third summit …, following their first meeting on April 27": its date
            ):
                # "an invitation from Kim" in a sentence told "on March 5": not the invitation
                # of April 27 told before, and dated as its sentence is
                r, dated = replace(r, on=when), True
            if (
                r.action in ("042", "043")
                and _TRIP_APPOSED.search(r.evidence)
                and any(
                    o.evidence == r.evidence
                    and action_family(o.action) in ("040", "042")
                    and parties_of(o) == parties_of(r)
                    and o.modality == r.modality
                    for o in told
                )
            ):
                continue  # "met Kim in Pyongyang on Sunday, his fourth trip there": one event
            if any(
                same_event(r, o, dated)
                # "after tests on July 31 and Aug. 2": a list's days are each an event
                and not (dated and o.evidence == r.evidence and o.on != r.on)
                # an undated noun tells an act told before it or in its sentence, not a later
                # one: "after talks with Lee, Biegun said … Trump and Moon spoke on Dec. 7"
                and (dated or order.get(id(o), -1) <= order[id(r)] or o.evidence == r.evidence)
                for o in told
            ):
                continue
            told.append(r)
        kept.append(r)
    kept = _met_then_the_two(kept)
    offers = _acceptance_aimed(
        _hosted_talks_aimed([_offer_aimed(r) for r in _one_test_a_day(kept, article.published)])
    )
    return [
        _no_alliance_with_north(r) for r in _aimed_in_story([_aimed_at_cause(r) for r in offers])
    ]


_THE_TWO_DISCUSSED = re.compile(
    r",?\s+and\s+the\s+two(?:\s+(?:sides|men|officials|envoys|ministers))?\s+(?:also\s+)?"
    r"(?:discussed|talked|exchanged\s+views)\b"
)


def _met_then_the_two(reports: list[Report]) -> list[Report]:
    """ "Biegun met his counterpart Lee on Friday, and the two discussed food aid": the pair's
    talk is the meeting its sentence has just told, one event, so one report: the first."""
    out: list[Report] = []
    for r in reports:
        members = set(r.actor.split("+"))
        if (
            r.action.startswith("04")
            and r.target == "each-other"
            and len(members) == 2
            and r.modality != "negated"
            and _THE_TWO_DISCUSSED.search(r.evidence)
            and any(
                o.evidence == r.evidence
                and o.action.startswith("04")
                and o.modality == r.modality
                and {o.actor, o.target or ""} == members
                for o in out
            )
        ):
            continue
        out.append(r)
    return out


def _one_test_a_day(reports: list[Report], published: date) -> list[Report]:
    """A party's missile or nuclear test told again on the same day (in the lead, then in its
    own paragraph: "on Thursday … hours after Pyongyang fired two missiles … On Thursday
    afternoon the North fired two short-range missiles") is one event, so one report: the
    first. Only tests whose sentences name their day: an undated one may be another."""
    seen: dict[tuple[str, str, date], str] = {}
    out: list[Report] = []
    for r in reports:
        if (
            r.action in ("X01", "X02")
            and r.modality != "negated"
            and date_in(r.evidence, published, False) == r.on
        ):
            key = (r.actor, r.action, r.on)
            # one sentence may list two ("after tests on July 31 and Aug. 2")
            if seen.get(key, r.evidence) != r.evidence:
                continue
            seen.setdefault(key, r.evidence)
        out.append(r)
    return out


# "accepted an invitation from Sweden to return for more talks", "accepted the host's invitation
# to come back for another round", "… to return next month": the host only invites; the talks
# are with the other side
_HOSTED_TALKS = re.compile(
    r"\baccept(?:s|ed|ing)?\s+(?:an?\s+invitation\s+from\s+[^,.;]{1,40}?"
    r"|[^,.;]{1,30}?['’]s\s+invitation)\s+to\s+(?:return|come\s+back)\b"
    # "Sweden had invited both delegations to return …, and the United States had accepted"
    r"|\binvit(?:es|ed|ing)\s+[^.;]{1,40}?\bto\s+(?:return|come\s+back)\b[^.;]*\baccept(?:s|ed)\b"
)


_ACCEPTED_INVITATION = re.compile(
    r"\baccept(?:s|ed|ing)?\s+(?:the|his|her|their|that)\s+invitation\b(?!\s+(?:from|of)\b)"
)


# "Kim invited Putin to visit, and the invitation was accepted": accepted with no agent named
_INVITATION_ACCEPTED = re.compile(
    r"\binvitation\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?accepted\b(?!\s+by\b)"
)


def _acceptance_aimed(reports: list[Report]) -> list[Report]:
    """ "Putin accepted the invitation", its party unnamed: it answers the last invitation
    the article told to the actor, so it is aimed at whoever invited. "…, and the invitation
    was accepted" after an invitation in the same sentence: the one invited accepted it."""
    out: list[Report] = []
    for r in reports:
        if (
            r.action == "036"
            and r.target is not None
            and r.target.isalpha()
            and r.target.isupper()  # one party, not "each-other", a slug or a joint one
            and _INVITATION_ACCEPTED.search(r.evidence)
            and not any(o.evidence == r.evidence and o.actor == r.target for o in reports)
        ):
            out.append(r)
            r = replace(r, actor=r.target, target=r.actor, actor_role=None)
        if r.target is None and _ACCEPTED_INVITATION.search(r.evidence):
            inviters = [
                o.actor
                for o in out
                if o.action == "036" and o.target and r.actor in o.target.split("+")
            ]
            if inviters and inviters[-1] != r.actor:
                target = inviters[-1]
                tracks = korean_pair_tracks(r.tracks, r.action, r.actor, target)
                r = replace(r, target=target, tracks=tracks)
        out.append(r)
    return out


def _hosted_talks_aimed(reports: list[Report]) -> list[Report]:
    """An accepted invitation from a host to return for more talks is readiness to meet the
    other side of those talks (the gold conventions: aimed at the other side), not an act
    towards the host: aim it at the party the actor most often deals with in the story."""
    out = []
    for r in reports:
        if r.target and _HOSTED_TALKS.search(r.evidence):
            hosts = {
                o.actor
                for o in reports
                if o.evidence == r.evidence and o.target and r.actor in o.target.split("+")
            }
            if hosts and r.target not in hosts:
                # the host is the one whose invitation the sentence tells; a target other than
                # the host ("…, an offer Pyongyang has ignored") is the other side already
                out.append(r)
                continue
            mine = set(r.actor.split("+"))
            sides: Counter[str] = Counter()
            for o in reports:
                parties = parties_of(o)
                if o is not r and parties & mine and r.target not in parties:
                    sides.update(p for p in parties if p not in mine)
            if sides:
                target = sides.most_common(1)[0][0]
                tracks = korean_pair_tracks(r.tracks, r.action, r.actor, target)
                r = replace(r, target=target, tracks=tracks)
        out.append(r)
    return out


# Roots of acts that can stand with no one aimed at: appeals to all sides, protests, shows of
# force, coercion and violence, de-escalation, the project's tests.
_UNAIMED_ROOTS = ("02", "14", "15", "17", "18", "19", "20", "087", "X")


# ", and on Dec. 13 it conducted another": a day that opens the next coordinated clause
_NEXT_CLAUSE_DAY = re.compile(
    r",\s+and\s+(?:then\s+|again\s+)?on\s+(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?\s+\d{1,2}\b,?\s+(?:it|he|she|they|the|[A-Z])"
)


def _own_clause_end(sentence: str, start: int, end: int) -> int:
    """Where an act's own clause ends for its date: before a day that opens the next
    coordinated clause ("On Dec. 7 it carried out a test, and on Dec. 13 it conducted
    another": the first test is of Dec. 7)."""
    m = _NEXT_CLAUSE_DAY.search(sentence, start, end)
    return m.start() if m else end


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


# "Kim pledged to dismantle the Sohae launch site", "agreed to close Yongbyon": a pledge of a
# step on the North's own sites is its own disarmament, aimed at no one (docs "Reports")
_OWN_SITE_STEP = re.compile(
    r"\b(?:dismantl|clos|shut|destroy|demolish|scrap|abandon|blow)\w*\s+(?:up\s+|down\s+)?"
    r"(?:[\w'’-]+\s+){0,6}?(?:"
    + "|".join(pattern for pattern, _, owners in PROJECTS if owners == ("PRK",))
    + r")",
    re.IGNORECASE,
)


# "imposed fresh sanctions after Pyongyang tested an ICBM", "in response to the North's
# launch": the party whose act a step answers
_CAUSE_BEFORE = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|in\s+response\s+to|in\s+retaliation\s+for|to\s+punish)\s+"
    r"(?:the\s+)?$"
)


# Demands, disapproval, rejection, threats, sanctions and coercion answer another's act (not
# support: "backed the draft after France had softened its wording" is not aimed at France)
_ANSWERING_ROOTS = ("10", "11", "12", "13", "16", "17")


def _aimed_at_cause(r: Report) -> Report:
    """An act aimed at someone by its nature (a sanction, a protest, a cut) whose sentence
    names no one as its object is aimed at the one party named as doing what it answers
    ("Washington imposed fresh sanctions after Pyongyang tested an ICBM"), not at where the
    story's other acts were aimed."""
    if r.target is not None or not r.action.startswith(_ANSWERING_ROOTS):
        return r
    mine = set(r.actor.split("+"))
    causes = {
        m.code
        for m in mentions_in(r.evidence)
        if m.code
        and not m.place
        and not set(m.code.split("+")) & mine
        and _CAUSE_BEFORE.search(text_before(r.evidence, m.start))
    }
    if len(causes) != 1:
        return r
    target = causes.pop()
    tracks = r.tracks
    if tracks == tracks_of(r.action, r.evidence, r.actor, None):
        tracks = tracks_of(r.action, r.evidence, r.actor, target)
    return replace(r, target=target, tracks=korean_pair_tracks(tracks, r.action, r.actor, target))


def _aimed_in_story(reports: list[Report]) -> list[Report]:
    """An act that is aimed at someone by its nature (an offer, a demand, a sanction, a cut)
    but whose sentence named no one is aimed where the same actor's acts in the story most
    often are, with less confidence (on the training batches, an aimed act left with no one
    aimed at was right in under a third of cases)."""
    aims: dict[str, Counter[str]] = {}
    for o in reports:
        if o.target and o.target.isupper():  # a party, not a project's slug or "each-other"
            aims.setdefault(o.actor, Counter())[o.target] += 1
    out = []
    seized: str | None = None  # whose ship or cargo the story's last seizure took
    for r in reports:
        ship = (
            r.target is None
            and r.action.startswith("171")
            and r.actor not in aims
            and seized is not None
            and seized not in r.actor.split("+")
        )
        if ship:
            # "Indonesian authorities detained the Wise Honest in April 2018" after the US
            # seized the North's ship: the seizure of a ship named only by its name takes the
            # owner of the one the story seized before
            aims[r.actor] = Counter({str(seized): 1})
        if r.action.startswith("171") and r.target and r.target.isupper():
            seized = r.target
        if (
            r.target is None
            and (ship or not r.action.startswith(_UNAIMED_ROOTS))
            and r.actor in aims
            and not (r.action == "030" and _OWN_SITE_STEP.search(r.evidence))
        ):
            target = aims[r.actor].most_common(1)[0][0]
            tracks = r.tracks
            alone = tracks_of(r.action, r.evidence, r.actor, None)
            aimed = tracks_of(r.action, r.evidence, r.actor, target)
            if tracks == alone:
                # tracks that came from having no one aimed at: read again with the party
                tracks = aimed
            else:
                # the story's tracks stay, but not what having no one aimed at gave ("relaxed
                # the licensing rules", Tokyo's curbs on Seoul: their dispute, not sanctions)
                tracks = tuple(t for t in tracks if t not in alone or t in aimed) or aimed
            tracks = korean_pair_tracks(tracks, r.action, r.actor, target)
            r = replace(r, target=target, tracks=tracks, confidence=min(r.confidence, 60))
        out.append(r)
    return out


def _offer_aimed(r: Report) -> Report:
    """An offer, pledge or readiness with no one named as its object is aimed at the other
    side (the gold conventions): when its sentence names one other party, that party
    ("Pyongyang said it was ready to resume dialogue, after Seoul's appeal")."""
    if r.target is not None or r.action not in ("030", "036"):
        return r
    mine = set(r.actor.split("+"))
    named = mentions_in(r.evidence)
    others = {
        m.code
        for m in named
        if m.code
        and not m.place
        and not set(m.code.split("+")) & mine
        and not re.match(r"\s+(?:said|says|told|reported|announced)\b", r.evidence[m.end :])
        # "offered to send a delegation, while warning the United States": the object of
        # another act of speech is not the one offered to
        and not _OBJECT_OF_SPEECH.search(text_before(r.evidence, m.start))
    }  # "Japan offered to help, Seoul said": the teller is not the one offered to
    if not others:  # "proposed that the North's artists give a concert in Seoul": to Seoul
        others = {
            m.code for m in named if m.place and m.code in _COUNTERPARTS and m.code not in mine
        }
    if len(others) != 1:
        return r
    target = others.pop()
    tracks = r.tracks
    if tracks == tracks_of(r.action, r.evidence, r.actor, None):
        # tracks that came from having no one aimed at ("it agreed to pay" Washington for its
        # troops: not Seoul on its own ties): read again with the party, as `_aimed_in_story`
        tracks = tracks_of(r.action, r.evidence, r.actor, target)
    return replace(r, target=target, tracks=korean_pair_tracks(tracks, r.action, r.actor, target))


_OBJECT_OF_SPEECH = re.compile(
    r"\b(?:warn(?:ed|ing|s)?|accus(?:ed|ing|es)|criticiz(?:ed|ing|es)|criticis(?:ed|ing|es)"
    r"|condemn(?:ed|ing|s)?|threaten(?:ed|ing|s)?)\s+(?:the\s+)?$"
)


# The parties a proposal to act in their capital is put to (a venue such as Hanoi is not one).
_COUNTERPARTS = frozenset({"KOR", "PRK", "USA", "JPN", "CHN", "RUS"})


# "urged the two leaders", "called on both sides": whoever appeals is none of those appealed to
_APPEAL_BEFORE = (
    r"\b(?:on|urged?|urges|urging|asked|asking|told|telling|pressed|pressing|warned|warning"
    r"|encouraged?|encourages|encouraging)\s+$"
)
# "agreed to keep up close coordination on the North": a topic, not one of the two
_TOPIC_OBJECT = re.compile(r"\b(?:on|about|over|against|toward|towards|regarding)\s+(?:the\s+)?$")


def _salient_pair(
    sentence: str,
    mentions: list[Mention],
    m: Mention,
    context: Context,
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
        named = joint_code(context.named[:2])
        score[named] = score.get(named, 0.0) + 0.7
    after = {
        c
        for o in mentions
        if o.start > m.end
        and o.code
        and not o.place
        and not _TOPIC_OBJECT.search(text_before(sentence, o.start))
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
    sentence: str, mentions: list[Mention], before: Sequence[Report], context: Context
) -> list[Mention]:
    """ "The two leaders", "both sides", "the allies": the states named before them in the
    sentence, or those of the article's last report, or (the allies) South Korea and the US."""
    out: list[Mention] = []
    for m in mentions:
        if m.code:
            out.append(m)
            continue
        clause = clause_start(sentence, m.start)
        size = 3 if "three" in m.alias else 2
        # "a former ambassador to Spain": a place, no party; "On North Korea, …": a topic
        parties = [
            o
            for o in out
            if o.code and not o.place and not TOPIC_BEFORE.fullmatch(sentence[: o.start])
        ]
        in_clause = [o for o in parties if o.start >= clause]
        appealer: set[str] = set()
        if re.search(_APPEAL_BEFORE, text_before(sentence, m.start)):
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
                        set(parties_of(r)),
                    )
                    if len(group) == 3
                ),
                codes,
            )
        if len(codes) < 2 and "European" in m.alias:  # "the three European members"
            codes = {c for c in context.named if c in EUROPE}
        if (
            len(codes) < 2
            and size == 2
            and re.search(r"\b(?:men|women|envoys)\b", m.alias)
            and len(set(context.persons) - appealer) == 2
        ):
            # "Mattis told reporters …. Song said …. It was the second meeting between the two
            # men": the two people just named, not the states they spoke of
            codes = set(context.persons) - appealer
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
            codes &= ALLIES
            if len(codes) < 2:
                codes = {"KOR", "USA"}
        out.append(replace(m, code=joint_code(sorted(codes)) if len(codes) >= 2 else ""))
    return out


def _group_named(mentions: list[Mention], out: list[Report]) -> str | None:
    """The group a sentence with no report names as one ("as the two Koreas draw closer"):
    whom "they" of the next sentence stands for."""
    if out:
        return None
    joint = [m.code for m in mentions if m.code and "+" in m.code and not (m.place or m.object)]
    return joint[-1] if joint else None


def _from_sentence(
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    before: Sequence[Report] = (),
    context: Context | None = None,
) -> list[Report]:
    """The reports of one sentence; `before` are the article's earlier ones, which a
    reaction ("Japan condemned the launches") is aimed at and "the two leaders" are."""
    context = context if context is not None else Context()
    quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(sentence)]
    mentions = [
        m
        for m in remembered_mentions(sentence, mentions_in(sentence), context)
        if not any(a < m.start < b for a, b in quotes)
    ]  # a state named inside a quotation is what was said
    verbs = _verbs(sentence)
    out = _reports(sentence, published, codebook, before, context, verbs, mentions, quotes)
    for i, r in enumerate(out):
        later = next(
            (x for x in out[i + 1 :] if not set(x.actor.split("+")) <= set(r.actor.split("+"))),
            None,
        )
        if r.action in REACTIONS and r.action != "020" and r.target is None and later is not None:
            # "welcomed the joint statement signed by Trump and Kim": the signers; an appeal
            # left with no one aimed at ("called on all member states to …, while Seoul told
            # the council …") is no reaction to what the sentence tells next
            aim = aimed_at(later, set(r.actor.split("+")))
            out[i] = replace(r, target=aim, tracks=later.tracks if aim else r.tracks)
    for i, r in enumerate(out):
        told = next((x for x in out[:i] if x.actor == r.target != r.actor), None)
        if r.action in ("051", "111", "120") and told and _THE_DECISION.search(sentence):
            # "The committee approved the exemption, the ministry said in a statement
            # welcoming the decision": the welcome is of that act, on its tracks
            out[i] = replace(r, tracks=told.tracks)
    for i, r in enumerate(out):
        step = next((x for x in out[i + 1 :] if x.actor == r.target), None)
        if (
            r.action == "051"
            and step is not None
            and parties_of(r) <= ALLIES
            and not parties_of(step) <= ALLIES
            and _SUPPORTED_STEP.search(sentence)
        ):  # "voiced support for Seoul's plan to provide food aid to the North": that step's
            out[i] = replace(r, tracks=step.tracks)
    if not sentence.rstrip(" \"”'’").endswith("?"):
        # "the last summit between the two countries": the two the story is about
        resolved = _resolve_joint(sentence, mentions, before, context)
        out += nominal_reports(sentence, published, codebook, context, resolved, quotes, before)
    out += _talks_on_a_visit(sentence, out, codebook, mentions)
    out = _trip_for_a_purpose(sentence, out)
    out += _monitors_findings(sentence, published, out, codebook, mentions, context)
    first = next(
        (
            m
            for m in mentions
            if m.code
            and not m.place
            and not m.object
            and not m.agent
            # "stepped up pressure at the United Nations. On July 12 it accused …": the body
            # after a preposition is where or whom, not the one "it" stands for next
            and not _SETTING_BEFORE.search(text_before(sentence, m.start))
        ),
        None,
    )
    for r in out:
        if r.action in ("040", "042", "043", "046", "057", "030") and r.target:
            pair = set(r.actor.split("+")) | set(r.target.split("+"))
            if r.target == "each-other" or not r.target.isupper():
                pair = set(r.actor.split("+"))
            if len(pair) == 2:
                context.pair = joint_code(sorted(pair))
    for r in out:  # "both sides": the pair the story has told most of
        members = set(r.actor.split("+"))
        if r.target and r.target.isupper():
            members |= set(r.target.split("+"))
        if len(members) == 2 and all(len(c) == 3 for c in members):
            key = joint_code(sorted(members))
            context.pairs[key] = context.pairs.get(key, 0) + 1
    for m in mentions:  # "the two Koreas hope to reconnect the railways": told of, as a pair
        if m.code.count("+") == 1 and m.alias in JOINT and JOINT[m.alias]:
            context.pairs[m.code] = context.pairs.get(m.code, 0) + 1
    for m in mentions:  # "South Korea's Unification Ministry", "the North's envoy"
        body = BODY.match(sentence, m.end) or BODY_ALIAS.search(m.alias)
        if m.code and "+" not in m.code and not m.place and body:
            context.bodies[body.group("body").lower()] = m.code
    named: list[str] = []
    for m in mentions:
        if m.code and "+" not in m.code and m.code not in named and not m.place:
            named.append(m.code)  # "a former ambassador to Spain" names no party
        if m.code and "+" not in m.code and len(m.alias.split()) >= 2 and is_person(m.alias):
            context.people[surname_of(m.alias)] = m.code
        if m.alias in ("Security Council", "UN Security Council"):
            context.people["council"] = "UN"  # "called on the council": the Security Council
        if m.alias in WOMEN and m.code:
            context.her = m.code
        if m.code == "UN" and UN_COMMITTEE.match(sentence, m.end):
            context.people["committee"] = "UN"  # "the committee" of a later sentence
        if m.code == "UN" and (
            "panel" in m.alias.lower() or re.match(r"\s+panel\b", sentence[m.end :])
        ):
            context.people["panel"] = "UN"  # "a UN panel of experts …. The panel said"
            if re.search(r"\breport\b", sentence):
                context.people["report"] = "UN"  # "… in a report …. The report also questioned"
    context.named = tuple(named)
    for slug, _ in reversed(projects_in(sentence)):  # "the office" of a later sentence
        context.projects = (slug, *(x for x in context.projects if x != slug))
    people_named = [
        m.code
        for m in reversed(mentions)
        if m.code
        and "+" not in m.code
        and not m.place
        and (
            is_person(m.alias)
            or m.alias in context.people
            # "Park Jin Hyok, a North Korean programmer": a person the tables do not know
            or (
                _DESCRIBED_PERSON.search(sentence[: m.start])
                and re.match(r"\s+[a-z][\w-]*\b", sentence[m.end :])
            )
        )
    ]
    recent: list[str] = []
    for code in people_named + list(context.persons):  # the last named first
        if code not in recent:
            recent.append(code)
    context.persons = tuple(recent[:2])
    context.group = out[0].actor if out and "+" in out[0].actor else _group_named(mentions, out)
    if (
        first is not None
        and "+" not in first.code
        and not re.match(r"(?:[A-Z][^,]{0,40},\s*)?(?:He|She)\s", sentence)
        and not opens_with_fronted_pronoun(sentence)
    ):
        # "Kim Yo Jong criticised Seoul. The statement came after the South's drills. She
        # warned …": she is the last person the story named acting, not the South
        persons = [  # "South Korean President Moon Jae-in, who met Trump": a person
            x for x in mentions
            if x.code and "+" not in x.code and not (x.place or x.object)
            and (is_person(x.alias) or any(
                y.start >= x.end and y.code == x.code and is_person(y.alias)
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
    by_pronoun = bool(
        re.match(r"(?:[A-Z][^,]{0,40},\s*)?(?:He|She|It)\s+(?!is\b|was\b)", sentence)
    ) or opens_with_fronted_pronoun(sentence, adjuncts=True)
    if first is not None and "+" not in first.code and not (by_pronoun and context.subject):
        context.subject, context.role = first.code, None
        if out and out[0].actor == first.code:
            context.role = out[0].actor_role
    elif out and not out[0].actor.count("+"):
        context.subject, context.role = out[0].actor, out[0].actor_role
    return out


# What a reaction names of the act the sentence told first: "welcoming the decision"
_THE_DECISION = re.compile(
    r"\b(?:welcom|prais|hail|criticiz|criticis|condemn|reject)\w*\s+(?:the|this|that)\s+"
    r"(?:decision|move|step|ruling|approval)\b"
)


# "supported Seoul's plan to send aid": support for a step one ally will take
_SUPPORTED_STEP = re.compile(
    r"\bsupport(?:s|ed|ing)?\s+(?:[\w.-]+\s+){0,4}?[\w-]+(?:'s|’s)\s+(?:[\w-]+\s+)?"
    r"(?:plans?|proposals?|efforts?|decision|bid|push)\s+to\b"
)


# "was detained at Pyongyang's airport", "was sentenced on April 29, 2016, to ten years", "was
# sent home in a coma": a person held or let go, by whom the story makes clear
_CUSTODY = ("171", "173", "084")
_THINGS_HELD = re.compile(
    r"\b(?:ship|ships|vessel|vessels|tanker|tankers|carrier|cargo|boat|boats|assets|funds|crew"
    r"|fishermen|remains|coal|oil)\b"
)


def _held_by(
    sentence: str, f: Found, mentions: list[Mention], before: Sequence[Report], context: Context
) -> tuple[str, str] | None:
    """Who held (or let go) the person of an agentless passive ("Tony Kim was detained at
    Pyongyang's airport"), and whose that person is: the state the clause places it in, else the
    holder of the story's last detention or release; the one held is that act's, else the other
    party of the pair the story is about. None for things ("the ship was detained")."""
    if f.verb.code not in _CUSTODY or not re.search(
        r"\b(?:was|were|had been|has been|have been)\s+$", text_before(sentence, f.start)
    ):
        return None
    if _THINGS_HELD.search(sentence[clause_start(sentence, f.start) : f.start]):
        return None
    place = next(
        (
            m.code
            for m in mentions
            if f.end <= m.start <= f.end + 40
            and m.code
            and "+" not in m.code
            and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", text_before(sentence, m.start))
        ),
        None,
    )
    last = next(
        (
            r
            for r in reversed(before)
            if r.action in _CUSTODY and r.target and len(r.target) == 3 and "+" not in r.actor
        ),
        None,
    )
    holder = place or (last.actor if last else None)
    if holder is None:
        return None
    if last is not None and last.actor == holder:
        return holder, str(last.target)
    if context.pair and holder in context.pair.split("+"):
        other = [c for c in context.pair.split("+") if c != holder]
        return (holder, other[0]) if other else None
    return None


# "Park Jin Hyok, a North Korean programmer": a named person and the state he is of
_DESCRIBED_PERSON = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3},\s+an?\s+(?:[a-z]+\s+)?$")


_SETTING_BEFORE = re.compile(
    r"\b(?:at|in|with|against|toward|towards|from|before|inside|within)\s+(?:the\s+)?$"
)


_FOR_TALKS = re.compile(
    r"(?<!\bprepare )(?<!\bpreparing )(?<!\bready )"  # "to prepare for the meeting": no talks
    r"\bfor (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,4}?(?:talks|meetings?|summit"
    r"|negotiations)\b"
)


_DRILLS = r"(?:drills?|exercises?|war\s+games|manoeuvres|maneuvers)\b"


# What the allies agree on is their drills being put off ("agreed in a call on Jan. 4 to
# postpone their annual military exercises")
_DRILLS_PUT_OFF = re.compile(
    r"[^;]{0,60}?\bto\s+(?:postpone|put\s+off|suspend|delay|scale\s+back|halt|cancel"
    # "to halt what he called \"war games\"": the drills named in quotes
    r"|call\s+off|stop|end)\s+(?:(?:[\w'’\"“”-]+\s+){0,5}?[\"“]?" + _DRILLS + r"|them\b"
    # "to suspend Vigilant Ace, a large December air exercise": a named drill, then what it is
    r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s+(?:an?|the|their)\s+(?:[\w'’-]+\s+){0,4}?"
    + _DRILLS
    + r")"
)


def _puts_off_drills(f: Found, sentence: str, alone: bool = False) -> bool:
    """Whether the allies agree to put off their own drills: the act is the drills' step.
    `alone`: one ally pledges it, whomever the story aims the pledge at."""
    put_off = _DRILLS_PUT_OFF.match(sentence, f.end)
    return (
        f.verb.absorbs
        and set((f.actor or "").split("+")) <= ALLIES
        and (alone or f.target in (None, "each-other"))
        and put_off is not None
        and (  # "urged him not to delay the drills, after the allies agreed to postpone them"
            not put_off.group().endswith("them") or bool(re.search(_DRILLS, sentence[: f.start]))
        )
    )


# An event told after an act, in a clause of its own: ", two days after …", ", a day before …"
_OTHER_EVENT = re.compile(r",\s+(?:\w+\s+){0,3}?(?:after|before)\s")


def _act_tracks(
    f: Found,
    code: str,
    sentence: str,
    span: tuple[int, int, int],
    ends: re.Match[str] | None,
    before: Sequence[Report],
    out: list[Report],
    mentions: list[Mention],
) -> tuple[str, ...]:
    """The tracks of one act: the policy of `tracks_of` on the words of its own clause, then
    what the story around it says (the act a reaction names or reacts to, the story's last
    report between the same parties, the two Koreas' own ties). `span` is where its clause
    starts, where the next verb starts, and where the subject's clause starts; `before` are
    the article's earlier sentences' reports, `out` this sentence's so far."""
    lo, nxt, clause = span
    actor = f.actor or ""
    sentence = without_channel(sentence)
    local = sentence[lo:nxt]
    reason = (
        _REASON.search(sentence, f.end)
        if f.verb.code.startswith(("12", "16"))
        and states_between(actor, f.target) == {"KOR", "PRK"}
        else None
    )
    if reason:
        # "called off talks with Seoul, citing the allies' air exercise": one Korea refusing
        # the other on the other's drills is of their ties; the drills are its reason
        local = sentence[lo : min(nxt, reason.start())]
        if not has_track_words(local):
            local = sentence[: reason.start()]
    track_code = f.verb.code
    if _puts_off_drills(f, sentence):
        track_code = "087"  # "agreed to put off their drills": the drills' step, not a talk
    whole = sentence
    if aside := ASIDE_BEFORE_VERB.search(sentence, lo, f.start):
        # "…, a spy chief who is under US sanctions, crossed the border": what the aside says
        # of its person is no track of the act
        local = sentence[lo : aside.start()] + " " + sentence[f.start : nxt]
        whole = sentence[: aside.start()] + " " + sentence[f.start :]
    other = _OTHER_EVENT.search(sentence, f.end)
    if other and f.verb.code not in REACTIONS:
        # "sent Moon a letter of sympathy, two days after Kim's sister criticized Seoul over
        # a weapons launch": the launch is the other event's word, not the letter's
        whole = sentence[: other.start()]
    if names_only_ministry(local) and not names_only_ministry(whole):
        # "the Unification Ministry urged Pyongyang to return to talks, saying nuclear tests
        # would not help": what it speaks of is told in the rest of the sentence
        local = whole
    if (
        f.verb.code == "020"
        and not has_track_words(local)
        and _MEET_OR_TALK.search(sentence, f.end, nxt + 8)  # "urged them to meet"
        and "PRK" in (sides := states_between(actor, f.target))
        and sides - {"KOR", "PRK"}
    ):
        # "urged Washington and Pyongyang to meet each other halfway and called on the council
        # to ease sanctions": the appeal to the North and a power is for their talks; what the
        # next clause asks of others is not its track
        whole = local
    tracks = tracks_of(
        track_code,
        local if has_track_words(local) else whole,
        actor,
        f.target,
        actor == "KOR" and bool(SECURITY_BODY.search(sentence[clause : f.start])),
    )
    if (
        "sanctions" in tracks
        and not TRACK_RES["sanctions"].search(local)
        and f.verb.code not in CODE_TRACKS
        and "PRK" in (sides := states_between(actor, f.target))
        and (
            sides == {"KOR", "PRK"}
            or (
                f.verb.code in ("040", "042", "043", "036")
                and "inter-korean" not in tracks
                and sides - {"KOR", "PRK"}
            )
            # "Ri rejected that account, saying the North had asked only for partial relief
            # from sanctions": the North's refusal of a power is of the nuclear talks; what
            # another clause says it asked for is not its track
            or (
                f.verb.code.startswith("12")
                and actor == "PRK"
                and "KOR" not in sides
                and len(sides) > 1
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
        and len(parties := set(actor.split("+")) | set(f.target.split("+"))) > 1
        and parties <= ALLIES
    )  # "Pompeo complained to Kang about the no-fly zone": a complaint between allies
    own_tracks = tracks
    reacted_act: Report | None = None  # the target's last act a reaction takes its tracks from
    # Seoul's security bodies speaking to the North speak of military matters (docs "Tracks"),
    # not of the story's last report ("the National Security Council urged the North to stop
    # actions that raise tension"); an event they name keeps its own tracks
    security_to_north = (
        f.event is None
        and actor == "KOR"
        and states_between(actor, f.target) == {"KOR", "PRK"}
        and bool(SECURITY_BODY.search(sentence[clause : f.start]))
    )
    if (
        f.verb.code == "051"
        and f.event is None
        and f.target in ALLIES
        and actor in ALLIES
        and actor != f.target
        and not has_track_words(sentence)
        and (
            step := next(
                (r for r in reversed([*before, *out]) if f.target in r.actor.split("+")),
                None,
            )
        )
        is not None
        and "PRK" in states_between(step.actor, step.target)
    ):
        # "Seoul plans to send food to the North, a step Trump had backed": support for an
        # ally's step with the North keeps that step's track (docs "Tracks")
        tracks = step.tracks
        reacted_act = step
    elif (
        not between_allies
        and not security_to_north
        and before
        and f.target
        and f.verb.code in REACTIONS
        and not has_track_words(sentence)
        and f.target in before[-1].actor.split("+")
        and f.event in (None, before[-1])  # "hailed the move": the move it names
    ):
        tracks = before[-1].tracks  # a reaction to the last report is on its tracks
        reacted_act = before[-1]
    elif f.event is not None and not has_track_words(local) and not between_allies:
        tracks = f.event.tracks  # "condemned the killing": on the killing's tracks
    elif (
        not has_track_words(sentence)
        and not security_to_north
        and (topic := topic_tracks([*before, *out], actor, f.target))
        # "On Wednesday Trump spoke with Moon again": the allies' call or meeting is their
        # coordination, not the track of what the story told of them before
        and not (
            f.verb.code in ("040", "041", "043", "046")
            and len(allies := states_between(actor, f.target)) > 1
            and allies <= ALLIES
        )
    ):
        # "demanded that Tokyo withdraw them": still the export curbs
        tracks = tuple(t for t in TRACKS if t in topic or t in tracks)
    elif (
        not between_allies
        and f.target
        and f.verb.code in REACTIONS
        and not has_track_words(sentence)
        and not _TALKS.search(sentence[f.end :])
        and (
            act := next(
                (
                    r
                    for r in reversed([*before, *out])
                    if set(f.target.split("+")) & set(r.actor.split("+"))
                    and r.action not in REACTIONS
                ),
                None,
            )
        )
    ):
        # "urged Pyongyang to refrain from further provocations" after it blew up the
        # liaison office: a reaction to the target's last act is on that act's tracks (to
        # "return to diplomacy" is to their talks)
        tracks = act.tracks
        reacted_act = act
    if (
        tracks != own_tracks
        and "sanctions" in tracks
        and "sanctions" not in own_tracks
        # "urged both sides to return to dialogue": speaking of their talks is speaking of
        # their meetings
        and (f.verb.code in MEETINGS or _TALKS.search(sentence[f.end :]))
        and "PRK" in (sides := states_between(actor, f.target))
        and sides - {"KOR", "PRK"}
    ):
        # "willing to hold talks with the United States" after a row over sanctions: North
        # Korea's meetings with a power are the nuclear talks unless their own clause says so
        tracks = tuple(t for t in tracks if t != "sanctions") or own_tracks
    if (
        tracks != own_tracks
        and "alliance-coordination" in tracks
        and f.verb.code != "051"  # support for an ally's step is on that step's track
        and len(sides := states_between(actor, f.target)) > 1
        and sides <= ALLIES
    ):
        # "the two ministers pledged to keep a firm defence posture" in a story of drills,
        # sanctions or the two Koreas: the allies between themselves are on their
        # coordination, the nuclear question, and for their meetings and pledges any other
        # track, coming only from their own words (docs "Tracks"); a demand of one to the
        # other goes on with the story's dispute ("demanded that Tokyo withdraw them")
        tracks = tuple(
            t
            for t in tracks
            if t in own_tracks or (t != "denuclearization" and f.verb.code not in CONSULTING)
        )
    for lent in ("sanctions", "inter-korean"):
        # "North Korea returned the remains of three American soldiers" after new US
        # sanctions, "Kim himself held talks with Xi in Dalian" after China praised the
        # inter-Korean summit: North Korea's own act with a power is the nuclear question,
        # not the sanctions or the two Koreas' ties the story told, unless its own clause
        # says so (docs "Tracks"); a reaction naming the event stays on it
        if (
            tracks != own_tracks
            and lent in tracks
            and lent not in own_tracks
            and f.event is None
            and f.verb.code not in REACTIONS
            and "PRK" in (sides := states_between(actor, f.target))
            and "KOR" not in sides
            and len(sides) > 1
        ):
            tracks = tuple(t for t in tracks if t != lent) or own_tracks
    if (
        tracks != own_tracks
        and "alliance-coordination" in tracks
        and "PRK" in (sides := states_between(actor, f.target))
        and sides - {"KOR", "PRK"}
    ):
        # North Korea denouncing the allies' talks: their talks are the allies' affair, the
        # denunciation is North Korea's with a power, as in `tracks_of`
        tracks = tuple(t for t in tracks if t != "alliance-coordination") or own_tracks
    if (
        tracks != own_tracks
        and f.event is None
        and re.match(r"\s+(?:the\s+)?[A-Z]", sentence[f.end :])  # "accused Washington"
        and not {"denuclearization", "inter-korean"} & set(tracks)
        and f.verb.code not in ("163", "085", "171")
        and "PRK" in (sides := states_between(actor, f.target))
        and "KOR" not in sides
        and len(sides) > 1
    ):
        # "the North's foreign ministry accused Washington" after the US pressed the council
        # on sanctions: North Korea and a power, on the story's tracks, are still the
        # nuclear question, as in `tracks_of` (what names an act, "denounced the seizure",
        # "denounced it", stays on its tracks)
        tracks = tuple(t for t in TRACKS if t in tracks or t == "denuclearization")
    elif (
        tracks != own_tracks
        and f.event is None  # "condemned the killing" of a South Korean: on the killing's
        and f.verb.code == "051"  # "urged the North to refrain" after it killed: that act's
        and "inter-korean" in tracks
        and "denuclearization" not in tracks
        and "PRK" in (sides := states_between(actor, f.target))
        and "KOR" not in sides
        and len(sides) > 1
    ):
        # Japan welcoming the North's turn told after its deal with Seoul: a power and the
        # North, on the story's inter-Korean tracks, are the nuclear question too
        tracks = tuple(t for t in TRACKS if t in tracks or t == "denuclearization")
    reacted = f.event or next(
        (r for r in reversed([*before, *out])
         if f.target and set(r.actor.split("+")) & set(f.target.split("+"))),
        None,
    )  # fmt: skip
    if f.verb.code in REACTIONS and reacted is not None and reacted.action in MILITARY:
        if (
            not has_track_words(local)
            and any(r is reacted for r in out)
            and {actor, f.target} == {"KOR", "PRK"}
        ):
            # "…, prompting Seoul to urge restraint": on the tracks of what prompted it
            tracks = reacted.tracks
    elif (
        not TRACK_RES["denuclearization"].search(
            sentence[lo : reason.start() if reason else len(sentence)]
        )
        and not (actor == "KOR" and SECURITY_BODY.search(sentence[: f.start]))
        # "Generals from both sides held talks": their meetings are military steps
        and not (code in CONSULTING and SOLDIERS.search(sentence[lo:nxt]))
        # "Moon welcomed the handover" of remains to the US: on the handover's tracks
        # ("welcomed Pyongyang's decision" to free three Americans: on that act's tracks)
        and not (
            (told := f.event or (reacted_act if code == "051" else None)) is not None
            and tracks == told.tracks
            and states_between(told.actor, told.target) - {"KOR", "PRK"}
        )
    ):
        # with what it absorbs; "urged the North to stop" after a launch is about the launch
        tracks = korean_pair_tracks(tracks, code, actor, f.target)
    clause_end = ends.start() if ends else len(sentence)
    if (
        states_between(actor, f.target) == {"KOR", "PRK"}
        and code not in CONSULTING  # what one says to the other, not their own meeting
        and not has_track_words(sentence)
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
    # "held a groundbreaking ceremony, a symbolic step as sanctions prevent construction": the
    # hurdle told after the act is its circumstance, not what the two Koreas did
    circ = _CIRCUMSTANCE.search(local, f.end - lo if f.end > lo else 0)
    if (
        "sanctions" in tracks
        and states_between(actor, f.target) == {"KOR", "PRK"}
        and f.verb.code not in CODE_TRACKS
        and not TRACK_RES["sanctions"].search(local[: circ.start()] if circ else local)
    ):
        # "Kim raised it with Moon when the two met" in a story of sanctions: the two Koreas'
        # act is on sanctions only when its own clause says so (docs "Tracks")
        tracks = tuple(t for t in tracks if t != "sanctions") or ("inter-korean",)
    if (
        "sanctions" in tracks
        and "inter-korean" in tracks
        and ("UN" in (sides := states_between(actor, f.target)) or not sides & {"KOR", "PRK"})
    ):
        # "the sanctions committee granted Seoul an exemption for the rail survey": the
        # council's bodies work on the sanctions, the Koreas' project is what they are for;
        # so do powers neither Korea is among ("sanctioned a bank that handled payments for
        # inter-Korean trade")
        tracks = tuple(t for t in tracks if t != "inter-korean")
    return without_north(tracks, code, actor, f.target)


def _no_alliance_with_north(r: Report) -> Report:
    """An act with North Korea among its parties is never the allies' coordination (docs
    "Tracks"), whatever track it took from the story ("warned Seoul if the allies pressed
    ahead with the drills"); a sentence with no track words of its own stays on the act it
    names ("called the decision a shameful surrender" of Seoul's pact with Tokyo)."""
    sides = states_between(r.actor, r.target)
    if (
        "alliance-coordination" not in r.tracks
        or "PRK" not in sides
        or not has_track_words(r.evidence)
    ):
        return r
    tracks = tuple(t for t in r.tracks if t != "alliance-coordination")
    if not tracks:
        tracks = ("inter-korean",) if sides == {"KOR", "PRK"} else ("denuclearization",)
    return replace(r, tracks=tracks)


# "it was premature to offer the North relief while it refused to return to talks", "no time
# for relief while the North threatened escalation": what should not yet be done, and the
# other side's conduct as the speaker gives it for a reason, are a view, not acts
_TOO_EARLY = re.compile(
    r"\b(?:premature|(?:no|not\s+the(?:\s+right)?)\s+time)\b"
    r"(?:\s+(?:for\s+[^,;]{1,40}?\s+)?to\s+|[^;]*?\bwhile\s+[^;]*?)$"
)


# "The Chinese-Russian draft, circulated on Monday, would lift …", "the US proposal would
# have …": a text as the subject of what it would do; its authors' act is putting it forward
_DOCUMENT_WOULD = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w]*(?:-[A-Z][\w]*)?\s+)?(?:draft(?:\s+resolution)?|proposal|plan|bill)"
    r"(?:,[^,;]*,)?\s+would\s+(?:\w+\s+)?$"
)


# ", when it capped …", ", when she warned …": a clause that tells what its subject did on the
# day just named
_WHEN_ITS_DAY = re.compile(r",\s+when\s+(?:it|he|she|they)\s+(?:\w+\s+)?$")


# "welcomed the summit, saying Beijing supported all efforts …": the welcome's own words
_SAYING_ITS_OWN = re.compile(r",\s+saying\s+(?:that\s+)?[A-Z][\w-]*\s+(?:\w+\s+)?$")


def _told_of_its_day(sentence: str, f: Found, out: list[Report], code: str, on: date) -> bool:
    """ "The council last tightened the sanctions on Dec. 22, when it capped …", "last launched a
    missile on Nov. 29, when it fired a Hwasong-15": the when-clause, with no day of its own, tells
    how the act of the day before it was done; "welcomed the summit, saying Beijing supported …":
    the words the act was done with. One act, already reported."""
    before = text_before(sentence, f.start)
    when = bool(_WHEN_ITS_DAY.search(before))
    if not (when or _SAYING_ITS_OWN.search(before)):
        return False
    return any(
        r.evidence == sentence
        and r.modality != "negated"  # "has not tested since Nov. 29, when it fired": that one
        and (r.actor, r.action, r.target) == (f.actor, code, f.target)
        and (r.on == on or not when)
        for r in out
    )


def _repeats(
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
                extra.append(replace(last(), on=date_in(item, published, False) or on))
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
    return extra


# "… to Tokyo on Tuesday and to Beijing on Thursday": the same verb's second place
_ONWARD = re.compile(
    r"\s(?:and|then)\s+(?:then\s+|later\s+)?(?:(?:on\s+)?to\s+|in\s+)?(?:the\s+)?(?=[A-Z])"
)


def _passive_actor(
    f: Found,
    reading: Reading,
    span: tuple[int, list[Mention], list[Mention]],
    previous: Found | None,
    first_subject: Callable[[int], Mention | None],
) -> tuple[list[Mention], int, list[Mention], str | None] | None:
    """Who does a passive verb: the agent after "by", else the one the sentence or the story
    makes clear ("was detained at Pyongyang's airport": the state holding him), and whom it
    is aimed at (its grammatical subject). Sets `f.actor`; returns the actor's mentions,
    where the subject ends, the candidate targets and a target already known (of a
    detention); None when it is no report. `span`: where the clause starts, the mentions
    before and after the verb."""
    lo, left, right = span
    sentence, mentions, before, out, context = reading.unpack()
    held_target: str | None = None
    agents = [m for m in right if m.agent]
    main = first_subject(f.start)
    if (
        not agents
        and main is not None
        and re.match(r"\s+with\s", sentence[f.end :])
        and not PASSIVE_BEFORE.search(text_before(sentence, f.start))
    ):
        # "briefed lawmakers on a military agreement signed with North Korea": by the
        # subject, with the one named; not "he was welcomed with bread and salt", whose
        # subject is the one acted on
        agents = [main]
    at_talks = re.match(
        # "was agreed on at the first summit between", "were agreed at a meeting of the two
        # sides' officials": by those who met
        r"\s+(?:on\s+(?:[A-Z][\w.]*(?:\s+\d{1,2})?\s+)?)?at\s+(?:the\s+|a\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit)\s+(?:between|of)\b",
        sentence[f.end :],
    )
    listed = not agents and f.verb.code == "163"
    if listed:
        # "was added to the UN blacklist": the list's owner, named in the phrase
        agents = [m for m in mentions if f.start < m.start < f.end and m.code][:1]
    if not agents and at_talks and f.verb.code in ("030", "057"):
        # "the handover had been agreed on July 15 at talks between US and North Korean
        # officers": by those who met
        agents = [m for m in right if m.start > f.end + at_talks.end() - 8][:2]
        if len({m.code for m in agents}) < 2 and not (agents and "+" in agents[0].code):
            agents = []
    if not agents:
        held = _held_by(sentence, f, mentions, [*before, *out], context)
        if held is None:
            return None  # "guard posts were demolished": by whom is not said
        f.actor, held_target = held
        actor_ms, targets, subject_end = [], [], lo
    else:
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
                r"(?:[ -][A-Z][\w-]*)*\s*(?:,|and|, and)\s+(?:the\s+)?"
                r"(?:[A-Za-z-]+\s+){0,3}?",
                gap,
            ):
                break
            actor_ms.append(m)
            agent_ms.append(m)
        targets = [m for m in left if not m.place] + [
            m for m in right if not m.agent and not m.place and m not in agent_ms
        ]
        if listed:  # "did not comment on the North Korean bank, which was added to the list"
            targets = sorted(targets, key=lambda m: -m.start if m.start < f.start else m.start)
        if not PASSIVE_BEFORE.search(text_before(sentence, f.start)) and f.verb.code != "084":
            # "welcomed the joint statement signed by Trump and Kim": what was signed is
            # no party; two signers signed it with each other
            targets = [m for m in targets if m.start > f.start]
        main = first_subject(f.start)
        if (
            main is not None
            and previous is None
            and not PASSIVE_BEFORE.search(text_before(sentence, f.start))
        ):
            targets = [main] + [m for m in targets if m is not main]  # "a move welcomed by"
        elif (
            out
            and f.verb.code in REACTIONS
            and re.search(
                r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:step|move|decision|deal|accord"
                r"|agreement|announcement)\s+$",
                text_before(sentence, f.start),
            )
        ):  # "suspended the drill, the allies said, a step welcomed by China": the allies'
            aim = aimed_at(out[-1], {m.code for m in agent_ms})
            targets = [m for m in mentions if m.code == aim][:1] or targets
            f.target = aim
        subject_end = lo
    return actor_ms, subject_end, targets, held_target


def _talks_on_a_visit(
    sentence: str,
    out: list[Report],
    codebook: Mapping[str, tuple[str, int]],
    mentions: list[Mention],
) -> list[Report]:
    """ "Travelled to Pyongyang for talks": a visit and the talks held on it, two acts; "to
    Sweden for talks with North Korean officials": the talks are with those named."""
    visits = [r for r in out if r.action == "042" and r.target and r.target.isupper()]
    talks = _FOR_TALKS.search(sentence)
    if len(visits) != 1 or not talks:
        return []
    v = visits[0]
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
    if met and v.target not in met.split("+") + v.actor.split("+"):
        # "to Sweden for talks with North Korean officials": the host only lends the venue;
        # the trip is the talks with those named, not a visit to the host
        out.remove(v)
    if any(
        r.action in ("040", "036") and r.actor == v.actor and abs((r.on - v.on).days) <= 3
        for r in out
    ):  # the talks are told already; "…, and met Xi again in Dalian on May 7" is another
        return []
    name, weight = code_name("040", codebook)
    target = met if met and met != v.target else v.target
    if v.modality == "planned" and target == v.target:
        # "is due in Seoul on Sunday for talks with officials": a trip still to come and the
        # talks with its hosts it is for are one planned act, the trip (the training gold
        # gives such talks a report of their own in a third of cases); "to Sweden for talks
        # with North Korean officials" still meets others than its hosts
        return []
    tracks = v.tracks if target == v.target else tracks_of("040", sentence, v.actor, target)
    talk = replace(v, action="040", action_name=name, goldstein=weight)
    return [replace(talk, target=target, tracks=tracks)]


# "will fly to Washington on Thursday to brief", "is due in Beijing on Monday to meet", "leaves
# for Tokyo to consult": a trip still to come and what it is for
_TRIP_TO_COME_FOR = re.compile(
    r"\b(?:(?:travel|fly|visit|go|head|return|come)\b|(?:is|are|was|were)\s+due\s+in\b"
    r"|leaves?\s+for\b)[^.;:]{0,80}?\bto\s+(?:brief|meet|consult|hold\s+talks)\b"
)


def _trip_for_a_purpose(sentence: str, out: list[Report]) -> list[Report]:
    """ "Chung will fly to Washington on Thursday to brief US officials": a trip still to come
    and the briefing or meeting with its hosts it is for are one planned act, the trip, as the
    trip "for talks" is (the training gold tells them as one in three cases of four). A trip to
    several capitals ("to Beijing and Moscow to brief") and one "to discuss" a matter with
    someone are told as a meeting of their own."""
    if not _TRIP_TO_COME_FOR.search(sentence):
        return out
    trips = {
        (r.actor, r.target)
        for r in out
        if r.action == "042" and r.target and "+" not in r.target and r.modality != "done"
    }
    return [
        r
        for r in out
        if not (r.action == "040" and r.modality != "done" and (r.actor, r.target) in trips)
    ]


# The Security Council's monitors and what they wrote: "a panel of U.N. experts", "U.N.
# sanctions monitors", "the report" of the panel
_MONITORS = (
    r"(?:panel\b(?:\s+of\s+(?:[\w.-]+\s+){0,2}?experts)?"
    r"|(?:U\.N\.|UN|United Nations)\s+(?:experts|monitors)|sanctions\s+monitors"
    r"|(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?report\b)"
)
_FINDS = r"(?:said|says|reported|has\s+reported|found|estimated|concluded)"
# "reported on March 12 that North Korea …", "report … said North Korea had continued …"
_MONITORS_FOUND = re.compile(
    rf"\b{_MONITORS}[^;]{{0,160}}?\b{_FINDS}\b(?P<how>[^;]{{0,60}}?)(?:\s+that)?\s+"
    r"(?P<rest>(?:the\s+)?(?:North Korea|North|Pyongyang)\b[^;]*)"
)
# "North Korea sharply stepped up illegal transfers …, a panel of U.N. experts said"
_FOUND_BY_MONITORS = re.compile(
    rf"^(?:[A-Z ,.]+\([^)]*\)\s+-\s+)?(?P<rest>(?:the\s+)?(?:North Korea|North|Pyongyang)"
    rf"\b[^;]*?),\s+(?:a|the)\s+(?:U\.N\.\s+|UN\s+)?{_MONITORS}\s+(?:[\w.]+\s+){{0,3}}?{_FINDS}\b"
)
_BREACH = re.compile(
    r"\b(?:illegal|illicit|unlawful|violat\w*|breach\w*|flout\w*|evad\w*|evasion|smuggl\w*"
    r"|cyberattacks?|defiance|beyond the (?:annual )?cap)\b"
)


def _monitors_findings(
    sentence: str,
    published: date,
    out: list[Report],
    codebook: Mapping[str, tuple[str, int]],
    mentions: list[Mention],
    context: Context,
) -> list[Report]:
    """ "A panel of U.N. experts said in a report that North Korea had stepped up illegal
    transfers": the monitors finding the North in breach accuse it (no verb of accusing is
    told, and a plain "said" is no report)."""
    if any(r.actor == "UN" and r.action.startswith("112") and r.target == "PRK" for r in out):
        return []
    m = _MONITORS_FOUND.search(sentence) or _FOUND_BY_MONITORS.search(sentence)
    if not m or not _BREACH.search(m.group("rest")):
        return []
    monitors_of_un = any(x.code == "UN" for x in mentions) or "UN" in (
        context.people.get("panel"),
        context.people.get("report"),
    )
    hedged = re.search(r"\b(?:if|whether|could|would)\b", sentence[: m.start("rest")])
    if not monitors_of_un or hedged:
        return []
    told = sentence[m.start() : m.end()] if m.re is _MONITORS_FOUND else sentence[m.end("rest") :]
    on = date_in(told, published, False) or published
    name, weight = code_name("112", codebook)
    tracks = tracks_of("112", sentence, "UN", "PRK")
    if "sanctions" not in tracks:
        tracks = ("sanctions", *tracks)
    return [
        Report(
            actor="UN",
            action="112",
            action_name=name,
            goldstein=weight,
            target="PRK",
            on=on,
            tracks=tracks,
            modality="done",
            evidence=sentence,
            quote=None,
            confidence=70,
        )
    ]


# ", and analysts said …" closing a sentence: a clause of their own after the act told
_JOINED_VIEW = re.compile(
    r",\s+(?:and|but|while)\s+(?:some\s+|many\s+|other\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:analysts?|experts?|observers?|critics?|scholars?|commentators?)\s+"
    r"(?:said|say|says|believe[sd]?|think|thought|argued?|noted|expect(?:ed)?|suggested"
    r"|speculated|warned)\b[^,;]*$"
)


def _reports(
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    before: Sequence[Report],
    context: Context,
    verbs: list[Found],
    mentions: list[Mention],
    quotes: list[tuple[int, int]],
) -> list[Report]:
    if not verbs:
        return []
    if sentence.rstrip(" \"”'’").endswith("?"):
        return []  # a question asks, it does not report
    opinion = OPINION.search(sentence)
    joined = _JOINED_VIEW.search(sentence)
    if joined and opinion and opinion.start() >= joined.start() and verbs[0].start < joined.start():
        # "Kim gave Washington until December, and analysts said …": the view is the last
        # clause's alone; the act told before it stands
        verbs = [f for f in verbs if f.start < joined.start()]
    elif (
        opinion
        and OPINION_VERB.search(sentence)
        and not re.search(r"\b(?:UN|United Nations|IAEA|[Pp]anel)\b", sentence)
        # "…, in what analysts believe were engine tests": a view of the act told before it
        and (
            opinion.start() < verbs[0].start
            or (  # "…, analysts said": the whole sentence is their view
                OPINION.search(tail := sentence.rsplit(",", 1)[-1])
                and not re.search(r"\b(?:what|which|who|that)\b", tail)
            )
        )
    ):
        return []  # an analyst's view of what may be, not an action
    mentions = _resolve_joint(sentence, mentions, before, context)
    quote = _QUOTE.search(sentence)
    quote_text = quote.group(1) if quote else None
    out: list[Report] = []
    reading = Reading(sentence, mentions, before, out, context)
    previous: Found | None = None

    def first_subject(end: int) -> Mention | None:
        return next(
            (m for m in mentions if m.start < end and m.code and not (m.place or m.object)),
            None,
        )

    content_end = -1  # where the last verb taken as an agreement's content ends
    purpose_end = -1  # "would visit … to brief Moon": the briefing is the visit's purpose
    for i, f in enumerate(verbs):
        prev_end = verbs[i - 1].end if i else 0
        if f.start < purpose_end:
            continue
        held_target: str | None = None
        if any(a < f.start < b for a, b in quotes):
            continue  # words inside a quotation are what was said, not what was done
        if _DEMANDED_THAT.search(text_before(sentence, f.start)) and not re.match(
            r"\w+(?:ed|s)\b", sentence[f.start : f.end]
        ):
            continue  # "repeated its demand that Washington lift sanctions": what was asked
        if _PERMITTED.search(text_before(sentence, f.start)) and any(
            r.action == "163" for r in out
        ):
            # "tightened its sanctions, allowing member states to seize vessels": a power the
            # measure told grants, not a second act
            continue
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
            and not (finite and re.search(r"\band\s+(?:\w+\s+)?$", text_before(sentence, f.start)))
            and re.fullmatch(
                r"[^,;]*?\bto\s+(?:\w+\s+)?"
                # "pledged to Seoul's envoys that the North would carry out no tests": the
                # one pledged to, then the content
                r"|\s+(?:on [\w.]+(?: \d{1,2})? )?(?:to\s+(?:[\w'’.-]+\s+){1,4}?)?"
                r"that\s+(?:[^,;\s]+\s+){1,9}?"
                r"(?:would\s+|will\s+|should\s+|must\s+)?"
                # "agreed to turn the armistice into a treaty, halt hostile acts and open …"
                r"|[^,;]*?\bto\s+[a-z]+\b[^;]*?(?:,|\band)\s+(?:\w+\s+)?",
                sentence[prior.end : f.start],
            )
            and not re.search(
                r"\b(?:said|says|while|but|which|who)\b", sentence[prior.end : f.start]
            )
        ):
            if (
                prior is previous
                and out
                and (
                    out[-1].target is None
                    or previous.told
                    # "pledged to consult Washington on ways to restart the Kaesong park": the
                    # party the promised act is done with, not the project it is about
                    or (
                        out[-1].action in ("030", "036")
                        and "+" not in out[-1].actor
                        and f.verb.code in ("040", "042", "043", "046")
                        and out[-1].target not in {m.code for m in mentions}  # a project's
                        and re.fullmatch(r"[^,;]{0,40}?\bto\s+", sentence[prior.end : f.start])
                        and any(
                            m.code
                            and not m.place
                            and re.fullmatch(r"\s+(?:the\s+)?", sentence[f.end : m.start])
                            for m in mentions
                        )
                    )
                )
                # "urged other countries to cut their ties with Pyongyang": those urged are no
                # one in particular, and whom they should act on is not the appeal's target
                and not GENERIC_OBJECT.match(sentence, previous.end)
                # "pledged to halt the war games after meeting Kim": the drills' step, no one's
                and out[-1].action != "087"
            ):
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
                    aim = joint_code(sorted(content_parties - set(last.actor.split("+")))) or None
                    out[-1] = replace(
                        last,
                        target=aim,
                        tracks=tracks_of(last.action, sentence, last.actor, aim),
                    )
            if (
                prior is previous
                and out
                and out[-1].target is None
                and out[-1].actor in ("KOR", "PRK")
                and TRACK_RES["inter-korean"].search(
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
            and re.search(r"\band\s+(?:also\s+)?$", text_before(sentence, f.start))
        ):
            continue  # "held talks with Lee on Thursday and discussed a plan": one meeting
        gerund = bool(re.match(r"[a-z]+ing\b", sentence[f.start : f.end]))
        f.passive = (
            bool(  # "a military agreement signed that September": signed by others, earlier
                re.match(r"(?:signed|reached|adopted|agreed|made)\b", sentence[f.start :])
                and re.search(
                    r"\b(?:agreement|accord|declaration|pact|deal|treaty|document|statement|pledge"
                    r"|promise|commitment),?\s+$",
                    text_before(sentence, f.start),
                )
            )
            or (
                not gerund
                and not re.match(
                    r"(?:open to|ready for|due in)\b", sentence[f.start :]
                )  # "was open to"
                and bool(PASSIVE_BEFORE.search(text_before(sentence, f.start)))
            )
            or bool(
                re.match(
                    r"(?:[a-z]+ed|held|shot\s+dead)\s+(?:(?:on|in|last|this)\s+[\w.]+(?:\s+\d{1,2})?,?\s+"
                    r"|jointly\s+"
                    r"|within\s+\w+\s+|quickly\s+|swiftly\s+)?by\s"
                    # "agreed by telephone to put off the drills": the means, no agent
                    r"(?!(?:tele)?phone\b|video\s+link\b|letter\b|e-?mail\b|cable\b"
                    # "arrived in Vietnam by train": the means of travel, no agent
                    r"|(?:(?:special|armou?red|private|chartered|military|land)\s+)?"
                    r"(?:train|plane|jet|air|road|sea|car|bus|boat|ship|helicopter|motorcade)\b)",
                    sentence[f.start : f.end + 40],
                )
                and re.search(r"(?:,|\b[A-Za-z]+)\s+$", text_before(sentence, f.start))
            )
        )  # "the agreement, signed by the two ministers", "a move welcomed by Washington"
        clause = clause_start(sentence, f.start)
        lo = max(prev_end, clause)
        nxt = verbs[i + 1].start if i + 1 < len(verbs) else len(sentence)
        left = [m for m in mentions if lo <= m.start < f.start]
        ends = CLAUSE_END.search(sentence, f.end)
        stop = min(nxt, ends.start()) if ends else nxt
        content: list[Mention] = []
        if f.verb.code in REACTIONS:  # "warned that the drills would …": what was said
            that = re.compile(r"\bthat\b").search(sentence, f.end, stop)
            if that:
                content = [m for m in mentions if that.start() < m.start < stop and not m.place]
                stop = that.start()
        if f.verb.code == "171":  # "detained the ship in April and handed it to US officials"
            cut = re.compile(r",|\band\b|\bin\b|\bwhich\b").search(sentence, f.end, stop)
            stop = cut.start() if cut else stop
        right = [m for m in mentions if f.start < m.start < stop]
        subject_end = 0
        weak: list[Mention] = []
        if f.passive and re.search(
            r"\bthe\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){1,3}$",
            text_before(sentence, f.start),
        ):
            continue  # "bring to 58 the number of individuals blacklisted by the EU": a count
        if _TOO_EARLY.search(sentence, 0, f.start):
            continue  # "premature to offer relief while it refused to talk": a view of both
        if not f.passive and _DOCUMENT_WOULD.search(sentence, lo, f.start):
            content_end = f.end  # "…, end a ban … and exempt projects": the text's too
            continue  # "the Chinese-Russian draft would lift a ban": what a text provides
        if f.passive:
            passive = _passive_actor(f, reading, (lo, left, right), previous, first_subject)
            if passive is None:
                continue
            actor_ms, subject_end, targets, held_target = passive
        else:
            actor_ms, subject_end, targets, weak = active_subject(
                f, reading, (lo, nxt), left, right, previous, gerund, first_subject
            )
        if actor_ms:
            codes = [m.code for m in actor_ms if m.code]
            if any(not m.code for m in actor_ms):
                codes += [m.code for m in mentions if m.code and m.start < f.start]
                if not codes and before and "+" in before[-1].actor:
                    codes = [before[-1].actor]
            if codes and re.search(r"\b(?:he|she|He|She)\s+and\s+$", sentence[: actor_ms[0].start]):
                # "a week after he and Trump signed": he is the person named before, else the
                # one the story follows
                he = next(
                    (
                        m.code
                        for m in mentions
                        if m.end <= actor_ms[0].start
                        and m.code
                        and "+" not in m.code
                        and is_person(m.alias)
                    ),
                    context.person or context.subject,
                )
                if he and he not in codes:
                    codes.append(he)
            f.actor = joint_code(codes) if codes else None
            f.role = role_of(actor_ms[0].alias, actor_ms[0].code, published)
        if (
            f.inherited
            and context.her
            and f.actor != context.her
            and re.search(
                r"(?:^|[,;:]\s*|\b(?:and|but|that|then)\s+)she\s+(?:\w+\s+){0,3}$",
                sentence[lo : f.start],
                re.IGNORECASE,
            )
            and not any(m.alias in WOMEN for m in mentions if m.end <= f.start)
        ):  # "she" is the last woman named, not the office or state the sentence before named
            f.actor, f.role = context.her, None
        adopted = (
            f.verb.fronted
            and f.verb.code == "163"
            and bool(_RESOLUTION_ADOPTED.search(text_before(sentence, f.start)))
        )
        if adopted:
            if any(r.actor == "UN" and r.action == "163" for r in out):
                continue  # "capped the North's imports in a resolution adopted on Dec. 22": one act
            # "under a resolution adopted on Dec. 22": the council's, whoever the clause named
            f.actor, f.role, f.inherited = "UN", None, False
        if not f.actor:
            continue
        members = set(f.actor.split("+"))
        span_end = nxt
        tail = sentence[f.end : span_end]
        own = re.search(
            r"\band\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?$", text_before(sentence, f.start)
        )
        if own and _finite(sentence[f.start : f.end]):
            # "Moon told Abe the two could not afford … and called for Japan to …": what
            # comes before "and" is another clause, not this verb's modal
            subject_end = max(
                subject_end, f.start - len(text_before(sentence, f.start)) + own.start()
            )
        f.modality = "done" if adopted else _modality(sentence, f, subject_end)
        if (
            f.inherited
            and previous is not None
            and f.modality == "done"
            and (
                previous.modality != "negated"
                or re.search(r"\b(?:and|or|nor)\s+(?:\w+\s+)?$", text_before(sentence, f.start))
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
                text_before(sentence, f.start),
            )
        ):  # "had nothing more to discuss with Seoul", "would not sit down with": a refusal
            code, f.modality = "125", "done"
        planned = f.modality == "planned" or bool(  # "said they would hold talks on April 4"
            re.search(r"\b(?:will|would|to)\s+(?:\w+\s+)?$", text_before(sentence, f.start))
        )
        own_end = _own_clause_end(sentence, f.end, span_end)
        on = (
            date_in(sentence[f.start : own_end], published, planned)
            or date_in(sentence[lo:own_end], published, False)
            or date_in(sentence, published, False)
            or published
        )
        aiming = aim_act(
            f,
            code,
            members,
            (actor_ms, left, targets, weak, content),
            reading,
            tail,
            stop,
            previous,
            gerund,
            held_target,
        )
        if aiming is None:
            continue
        members, aimed_end = aiming
        if aimed_end >= 0:
            purpose_end = aimed_end
        if f.verb.code in ("042", "043") and f.target is None and len(members) == 1:
            continue  # "visited a potato farm", "due to meet Pope Francis": no state met
        if f.event is None and f.verb.code in REACTIONS:  # "supported Trump's decision"
            f.event = reacted_to(tail, [*before, *out], members, vague=False)
        tracks = _act_tracks(f, code, sentence, (lo, nxt, clause), ends, before, out, mentions)
        if adopted:
            tracks = ("sanctions",)  # the resolution's own act, whatever its sentence is about
        if "+" in (f.actor or "") and _puts_off_drills(f, sentence):
            # "the allies agreed to postpone their drills": one report, the drills' own step,
            # which like the drills themselves is aimed at no one
            code, f.target = "087", None
        elif code == "030" and _puts_off_drills(f, sentence, alone=True):
            # "Trump pledged to halt what he called war games": the step pledged, still to
            # come, aimed at no one like the drills
            code, f.target = "087", None
            if f.modality == "done":
                f.modality = "planned"
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
            and re.search(r",\s*$", text_before(sentence, f.start))
        ):
            # "imposed sanctions on the groups, accusing them of stealing … to fund its weapons
            # programmes": the grounds of the act before, on its tracks
            tracks = out[-1].tracks
        if _told_of_its_day(sentence, f, out, code, on):
            continue
        if code.startswith("11") and any(
            (o.actor, o.action, o.target, o.on) == (f.actor, code, f.target, on) for o in out
        ):
            # "summoned the ambassador and lodged a formal protest", "criticised the South …
            # and called the decision shameful": one protest of one day, told in two verbs
            if not f.verb.fronted:
                previous = f
            continue
        name, weight = code_name(code, codebook)
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
        out += _repeats(out[-1], f, sentence, span_end, published, mentions, verbs, codebook)
        if not f.verb.fronted:  # "protested against drills that the allies began, calling …"
            previous = f
    return out


# "to resume dialogue with", "keep talking with": talks with whom the next mention names
_DIALOGUE_WITH = re.compile(
    r"\b(?:talks?|talking|dialogue|negotiations?|negotiating|summit|meet|meeting|sit(?:ting)? "
    r"down)\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?$"
    # "to broker a new meeting between Pyongyang and Washington"
    r"|\b(?:talks|dialogue|negotiations|summit|meeting)\s+between\s+(?:[\w-]+\s+){1,3}?and\s+"
    r"(?:the\s+)?$"
    # "meddling in the North's dealings with Washington", "relations between the North and
    # the United States": the North's own ties with a power are the nuclear talks' business
    r"|\b(?:North's|North Korea's|Pyongyang's)\s+(?:[\w-]+\s+){0,2}?(?:dealings|relations|ties"
    r"|diplomacy|contacts)\s+with\s+(?:the\s+)?$"
    r"|\b(?:dealings|relations|ties|diplomacy|contacts)\s+between\s+(?:the\s+)?(?:North"
    r"|North Korea|Pyongyang)\s+and\s+(?:the\s+)?$"
)


_TALKS = re.compile(r"\b(?:diplomacy|talks|dialogue|negotiat\w*)\b")
_CIRCUMSTANCE = re.compile(
    r"(?:,|—|–)\s[^,—–]*?\b(?:as|since|while|because|although|though|but|yet|cannot|can't)\s"
)
_MEET_OR_TALK = re.compile(r"\b(?:meet|talk|diplomacy|talks|dialogue|negotiat\w*)\b")


# Where the reason of a refusal is told: "…, citing the drills", "over its joint drills"
_REASON = re.compile(
    r"(?:,\s+|\s+)(?:citing|over|unless|because of|in protest (?:at|against)|blaming)\s"
)


"""Reactions to words: "welcomed the report" of a panel that accused the North."""


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
