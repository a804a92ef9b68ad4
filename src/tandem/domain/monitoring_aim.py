"""Whom an act is aimed at: the party after its verb, else what the story says when none is
named (the one a reaction answers, the other side of an offer, a visit's host …)."""

from __future__ import annotations

import re
from itertools import pairwise

from tandem.domain.monitoring_asides import closed_before
from tandem.domain.monitoring_events import (
    EVENT_CODES,
    GENERIC_OBJECT,
    MEETINGS,
    NAMES_PROJECT,
    REACTED_NOUN,
    REACTIONS,
    WORLD_WARNED,
    aimed_at,
    owner_named,
    owns_the_price,
    reacted_to,
    summit_parties,
)
from tandem.domain.monitoring_lexicon import PROJECTS
from tandem.domain.monitoring_mentions import Reading, is_person, listed_after, text_before
from tandem.domain.monitoring_report import (
    CLAUSE_END,
    Found,
    Mention,
    Report,
    clause_start,
    joint_code,
    parties_of,
)
from tandem.domain.monitoring_subjects import after_time_clause, speaks_next
from tandem.domain.monitoring_tracks import BORDER, TRACK_RES

_PROJECT_RES = [
    (re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", re.IGNORECASE), slug, owners)
    for pattern, slug, owners in PROJECTS
]
# Any project at all: most sentences name none, and one search tells so where each
# project's own would take a dozen
_ANY_PROJECT = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?:{pattern})" for pattern, _, _ in PROJECTS) + r")(?![\w-])",
    re.IGNORECASE,
)


def _owner_of_project(sentence: str, m: Mention, members: set[str]) -> bool:
    """A party named as the owner of a project of the two Koreas just after it ("the North's
    railways"), when neither Korea acts: its target is the project's, not that party."""
    if members & {"KOR", "PRK"} or not sentence[m.start : m.end].endswith(("'s", "’s")):
        return False
    # "the North's railways", "the North's western railways": the project right after, or
    # after one word that describes it
    starts = [m.end + at.end() for at in (re.match(r"\s+", sentence[m.end :]),
              re.match(r"\s+[a-z-]+\s+", sentence[m.end :])) if at]  # fmt: skip
    return any(
        regex.match(sentence, start) and set(owners) == {"KOR", "PRK"}
        for regex, _, owners in _PROJECT_RES
        for start in starts
    )


_PROJECT_NAMES = "|".join(pattern for pattern, _, _ in PROJECTS)
_AT_PROJECT = re.compile(
    # "talks on Oct. 22 at the joint liaison office in Kaesong": the place, with its site
    r"\b(?:held|met|meetings?|talks)\s+(?:on\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+)?at\s+(?:the\s+)?"
    r"(?:joint\s+)?(?:" + _PROJECT_NAMES + r")(?:\s+in\s+(?:the\s+)?(?:" + _PROJECT_NAMES + r"))?"
    r"(?![\w-])",
    re.IGNORECASE,
)


# "the liaison office (with the North) in Kaesong": the place after a project is its site
_SITE_OF = re.compile(
    r"(?:\s+with\s+the\s+(?:South|North))?\s+(?:in|at)\s+(?:the\s+)?"
    # "in the North's border city of Kaesong"
    r"(?:(?:(?:North|South)(?:'s|’s)\s+)?(?:[a-z-]+\s+)?(?:city|town|village|county)\s+of\s+)?$"
)


_TOWN_OF = re.compile(r"\b(?:city|town|village|county)\s+of\s+$")


def _joined_objects(text: str) -> bool:
    """ "normalise the Kumgang tours and the Kaesong zone": the second project named joined to
    the first by "and" (one verb's objects), not after a verb of its own ("and resume tours to
    Mount Kumgang")."""
    starts = sorted(m.start() for regex, _, _ in _PROJECT_RES if (m := regex.search(text)))
    return len(starts) > 1 and bool(
        re.search(r"\b(?:and|or)\s+(?:the\s+)?$", text[starts[0] : starts[1]])
    )


def projects_in(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The projects a text names, in order; a project named only as another's site is none."""
    if not _ANY_PROJECT.search(text):
        return []
    found = []
    ends = []
    for regex, slug, owners in _PROJECT_RES:
        m = regex.search(text)
        if m:
            found.append((m.start(), slug, owners))
            ends.append(m.end())
    if len(found) > 1:  # "a joint liaison office in Kaesong" is the office, not the park
        sites = {
            start for start, _, _ in found
            if any(end < start and _SITE_OF.fullmatch(text[end:start]) for end in ends)
            # "a ceremony at Panmun Station in the North's border city of Kaesong for the
            # railway project": a town named as one is a place, the other project the act's
            or _TOWN_OF.search(text, 0, start)
        }  # fmt: skip
        found = [x for x in found if x[0] not in sites] or found
    if len(found) > 1:  # "roads and railways" is the railway project
        found = [x for x in found if x[1] != "road-links"] or found
    return [(slug, owners) for _, slug, owners in sorted(found, key=lambda x: x[0])]


# A project the article named before, told again by its head noun alone: "the office",
# "the 18-day survey", "the remaining posts"
_TOLD_AGAIN = {
    # "the two sides suspended its operations": the office's, by its pronoun
    "liaison-office": r"office|(?<=\bits )operations",
    "rail-links": r"survey|ground-?breaking(?: ceremony)?",
    "guard-posts": "posts",
}
# A project whose act may be told with "a" or "an" in an article that named it: "began an 18-day
# joint survey of the northern track" after "the railways" is the railways' survey (an office
# or posts so told may be others)
_TOLD_AGAIN_ANEW = frozenset({"rail-links"})
_TOLD_AGAIN_RES = {
    slug: re.compile(
        r"\b(?:[Tt]he|[Ii]ts|[Tt]heir"
        + (r"|[Aa]n?" if slug in _TOLD_AGAIN_ANEW else "")
        + r")\s+(?:(?:[\w]+-[\w-]+|joint|remaining|new)\s+){0,2}"
        + "(?:"
        + head
        + r")\b"
    )
    for slug, head in _TOLD_AGAIN.items()
}


def told_projects(
    text: str, named: tuple[str, ...], before: str = ""
) -> list[tuple[str, tuple[str, ...]]]:
    """The projects a text names, else one the article named before and the text tells by its
    head noun alone ("The office, opened by the two Koreas …" after "the liaison office");
    `before`: the sentence before the text, where another site "its operations" are of may be
    named."""
    found = projects_in(text)
    if found or not named:
        return found
    owners = {slug: owners for _, slug, owners in PROJECTS}
    for slug in named:
        told = _TOLD_AGAIN_RES[slug].search(text) if slug in _TOLD_AGAIN_RES else None
        if (
            told
            and told.group().endswith("operations")
            and _OTHER_SITE.search(before + text[: told.start()])
        ):
            continue  # "the industrial park has been idle since Seoul suspended its operations"
        if told:
            return [(slug, owners[slug])]
    return []


# A site other than the office that "its operations" may be of
_OTHER_SITE = re.compile(r"\b(?:park|complex|resort|factory|plant|zone|site|station)\b")


# "…, a proposal the United States swiftly rebuffed": the act just told is what is reacted to
_APPOSED_ACT = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:proposal|offer|plan|move|step|decision|idea|request"
    r"|demand|approach|initiative)\s+(?:(?:that\s+|which\s+)?(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}"
    # "…, a request that was put on hold by Russia and China": the passive, its agent after
    r"|(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)(?:[a-z]+ly\s+)?$"
)


# What the two Koreas did together, named as a reaction's object.
_INTER_KOREAN_EVENT = re.compile(
    r"\s+(?:the\s+|their\s+|last month's\s+|last week's\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:inter-Korean|Panmunjom|Pyongyang)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[Dd]eclaration|summit|agreement|accord|deal)\b"
)


# An appeal told right after a reaction, and whom it names: "… and urged the North"
_JOINED_APPEAL = re.compile(r"(?:urged|called\s+on|pressed|asked|demanded\s+that)\s+")


# A participle aimed at someone, told right after a reaction: "…, accusing the North of …"
_PARTICIPLE_AIM = re.compile(
    r"(?:accusing|urging|calling\s+on|pressing|blaming|warning|critici[sz]ing)\s+"
)


# Acts done to a party, not a thing: "it" after them is a state or body ("had briefed it")
_TO_A_PARTY = frozenset({"010", "020", "036", "040", "043", "046", "100", "112", "130"})


# "would visit on Thursday and Friday to brief Moon": a visit with no place, to see someone
_VISIT_TO_MEET = re.compile(
    r"(?:\s+(?:on|next|this|later|in)\s+[\w.]+(?:\s+\d{1,2})?(?:\s+and\s+[\w.]+)?)?\s+to\s+"
    r"(?:brief|meet|see|consult|hold\s+talks\s+with)\s+(?:the\s+)?"
)


# "hosted a banquet for his guest", "a dinner in his honour", "told his guest"
_GUEST = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:his|her|their)\s+(?:guests?|visitors?|honou?r)\b")
# "hosted a banquet and a mass gymnastics display in his honour": a host's guest, before any
# party the clause names later ("… and told him it would be patient with the United States")
_HOSTED_GUEST = re.compile(
    r"\s+(?:[\w-]+\s+){0,8}?(?:for|in)\s+(?:his|her|their)\s+(?:guests?|visitors?|honou?r)\b"
)


# "the deadline that Kim set", "the offer which Seoul made": the maker of what is reacted to
_MADE_BY = re.compile(
    r"\s+(?:the|an?|this|that|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+"
    r"(?:the\s+)?"
)


# "was consulting closely with its allies", "coordinating with allies and partners": a
# consultation with the actor's own partners, told without naming them; a report aimed at no
# one named
_WITH_ITS_ALLIES = re.compile(
    r"\s+(?:closely\s+|together\s+)?with\s+(?:its|their|his|her|the)?\s*(?:key\s+|regional\s+"
    r"|close\s+)?(?:allies|partners)\b(?!\s+(?:in|of|such\s+as)?\s*[A-Z])"
)


# "praising the gunners", "hailed the scientists": one's own people, no counterpart
_OWN_PEOPLE = re.compile(
    r"\s*(?:the|its|his|her|their)\s+(?:[a-z-]+\s+)?(?:gunners|soldiers|troops|scientists"
    r"|workers|crews?|artillerymen|researchers|engineers|athletes|sailors|pilots)\b"
    r"(?!\s+(?:of|from)\s+(?:the\s+)?[A-Z])"  # not "the soldiers of the South"
)


# "called for the army to support the economy", "urged citizens to wear masks", "called on
# party officials to …": a government's appeal to its own ranks or people, no counterpart
_OWN_RANKS = re.compile(
    r"\s*(?:(?:the|its|his|her|their)\s+)?(?:[a-z-]+\s+)?(?:army|air\s+force|navy|military"
    r"|troops|soldiers|party\s+officials|cadres|citizens|population|residents)\b"
    r"(?!\s+(?:of|from|in|on)\b)"  # not "the troops of the two Koreas", "citizens in Japan"
)


# "supported inter-Korean cooperation", "backed the inter-Korean railway survey"
_INTER_KOREAN_STEP = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+)?inter-Korean\b")

# "urged all the parties to show restraint": every side of the quarrel the story tells
_ALL_SIDES = re.compile(r"\s*(?:on|for)?\s*all\s+(?:the\s+)?(?:sides|parties)\b")


def aim_act(
    f: Found,
    code: str,
    members: set[str],
    parts: tuple[list[Mention], list[Mention], list[Mention], list[Mention], list[Mention]],
    reading: Reading,
    tail: str,
    stop: int,
    previous: Found | None,
    gerund: bool,
    held_target: str | None,
) -> tuple[set[str], int] | None:
    """Whom an act is aimed at: the party after its verb (`_target`), then what the story
    says when none is named (the one a reaction answers, the teller of an agreement, the
    other side of an offer, a visit's host …). Sets `f.target` (and `f.event`, `f.told`; an
    inverse verb swaps actor and target). Returns the acting parties and where a visit's
    purpose ends (-1 if none), or None when the act is no report. `parts`: the mentions of
    the subject, left of the verb, the candidate targets, the weak ones and what was said."""
    actor_ms, left, targets, weak, content = parts
    sentence, mentions = reading.sentence, reading.mentions
    f.target = held_target or _target(f, members, targets, tail, sentence, reading.context.projects)
    if (
        f.target is None
        and f.verb.code == "051"
        and members
        and members <= {"USA", "JPN"}
        and _INTER_KOREAN_STEP.match(tail)
        and re.match(r"(?:support|back|endors)", reading.sentence[f.start : f.end])
    ):  # "Washington supported inter-Korean cooperation": its ally Seoul's policy (not
        # "welcomed the inter-Korean summit", an event of both)
        f.target = "KOR"
    _warning_target(f, members, reading)
    _code_target(f, members, reading)
    _person_target(f, members, reading, stop)
    _addressee_target(f, members, reading)
    if f.verb.code == "051" and _OWN_PEOPLE.match(tail):
        return None  # "praised the gunners for their skill": a leader's word to his own
    if f.verb.code.startswith("02") and _OWN_RANKS.match(tail):
        return None  # "called for the army to support economic construction": to his own
    generic = f.verb.code in REACTIONS and bool(
        GENERIC_OBJECT.match(tail) or WORLD_WARNED.match(sentence, f.start)
    )
    if generic:
        f.target = None  # "called on all member states to enforce the measures": no one
        if (
            _ALL_SIDES.match(tail)
            and reading.context.pair == "KOR+PRK"
            and not members & {"KOR", "PRK"}
        ):  # "called on all sides to show restraint" in a story of the two Koreas: both
            f.target = "KOR+PRK"
    _story_target(f, members, reading, tail)
    _pronoun_target(f, members, reading, tail, actor_ms, left, previous, gerund)
    _reaction_object_target(f, members, reading, tail)
    _price_target(f, code, members, reading)
    _offer_target(f, code, members, reading, tail, gerund)
    _conditional_target(f, code, members, reading)
    _summit_offer_target(f, code, members, reading)
    _linked_target(f, members, reading, tail, weak, content, previous, generic)
    _reaction_target(f, members, reading, tail)
    _acceptance_target(f, members, reading)
    _arrival_target(f, members, reading)
    if (
        f.target is None
        and f.inherited
        and previous is not None
        and previous.target
        and re.search(r"\band\s+(?:\w+\s+)?$", text_before(sentence, f.start))
        and not GENERIC_OBJECT.match(tail)  # "welcomed the move and urged all sides"
        and not WORLD_WARNED.match(sentence, f.start)  # "and warned that the world would"
        # "suspended the drill, after Trump met Kim, and called off …": not Kim
        and after_time_clause(sentence, previous.start, f.start) < 0
    ):
        f.target = _other_side(previous, members)  # "met Trump … and delivered a message from Kim"
    if f.verb.inverse:  # "Trump said he received a letter from Kim": Kim sent it
        source = next((m for m in weak if m.code and m.code not in members), None)
        if source is None and f.verb.code in ("051", "111", "030"):
            # "won Trump's backing", "support from", "drew Washington's criticism"
            source = next(
                (m for m in mentions if m.start >= f.end and m.code and m.code not in members
                 and not m.place), None,
            )  # fmt: skip
        if source is None and sentence[f.start : f.end].endswith("from"):
            # "drew a rebuke from their common ally, the United States": the source named in
            # apposition to the words that describe it
            source = next(
                (m for m in mentions if m.start > f.end and m.code and m.code not in members
                 and not m.place and _DESCRIBED_SOURCE.fullmatch(sentence, f.end, m.start)),
                None,
            )  # fmt: skip
        if source is None:
            return None
        # "drew condemnation from Tokyo and Washington": both condemned
        listed = listed_after(
            sentence, mentions, source, _SOURCES_JOINED, lambda m: m.place or m.code in members
        )
        f.actor, f.target = joint_code([source.code, *(m.code or "" for m in listed)]), f.actor
        members = set(f.actor.split("+"))
        f.role = None
    _military_target(f, members, targets, tail, sentence)
    _fallback_target(f, members, reading, tail, weak, content, generic)
    _price_target(f, code, members, reading)
    purpose_end = _unnamed_target(f, members, reading, tail)
    if purpose_end is None:
        return None
    if (
        f.target is None
        and f.verb.code in REACTIONS
        and _INTER_KOREAN_EVENT.match(tail)
        and (koreas := {"KOR", "PRK"} - members)
    ):  # "welcoming the Panmunjom Declaration": the two Koreas' act, aimed at them
        f.target = joint_code(sorted(koreas))
    _resolution_target(f, members, reading)
    if (
        f.target is None
        and len(members) == 2
        and f.verb.code in ("160", "161", "164")
        and re.match(r"\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:talks|negotiations)\b", tail)
    ):
        # "the two sides broke off the negotiations": their own talks, so each other
        f.target = "each-other"
    return members, purpose_end


# "from Japan, South Korea and the United States": sources named together, one act of them all
_SOURCES_JOINED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


# "from their common ally, the United States", "from its neighbour, Japan": a source told by
# what it is to the subject, then named
_DESCRIBED_SOURCE = re.compile(
    r"\s+(?:the|their|its|his|her|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*,\s+(?:the\s+)?"
)


# "called it a warning to", "calling the launch a stern warning to": what a test was called
# is a warning, aimed at whom it names ("warmongers" in South Korea: the South)
_CALLED_WARNING = re.compile(
    r"call\w*(?:\s+(?:it|them|this|that|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:test|launch|firing|drill)s?))?\s+an?\s+(?:[\w\"“”-]+\s+)?warning\s+to\s+"
    r"(?:the\s+)?[^,;.]{0,30}?$"
)


def _warning_target(f: Found, members: set[str], reading: Reading) -> None:
    """A test called a warning to someone is aimed at that one ("called it a warning to
    'warmongers' in South Korea": the South), even when it is named as a place, and is on
    the test's tracks."""
    sentence = reading.sentence
    if f.verb.code not in ("111", "130") or not sentence.startswith("call", f.start):
        return
    warned = next(
        (m for m in reading.mentions
         if m.start >= f.end and m.code and not set(m.code.split("+")) & members
         and _CALLED_WARNING.fullmatch(sentence, f.start, m.start)),
        None,
    )  # fmt: skip
    if warned is not None:
        f.target = warned.code
        # the test it calls so is its event, and gives its tracks
        f.event = next(
            (r for r in reversed([*reading.before, *reading.out])
             if r.action in ("X01", "X02") and set(r.actor.split("+")) <= members),
            f.event,
        )  # fmt: skip


# "told Japan on Friday that it was pulling out": the one told, and the told act's own subject
# ("told the South it would cut the lines": "that" left out; "told Washington that it had no
# interest in talks": the auxiliary is the verb's own)
_TOLD_THAT = re.compile(
    r"\b(?:told|tells|informed|notified|assured)\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*)\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:it|he|she|they)\s+"
    r"(?:(?:was|were|is|are|would|will|had|has|have)\s+(?:\w+\s+)?)?$"
)


def _other_side(previous: Found, members: set[str]) -> str | None:
    """Whom the act before faced: its target, or for an inverse verb its actor ("received a
    letter from Trump and praised it": Trump, the sender the inverse verb made the actor);
    its actor when its target is the one acting now ("disclosing that Moon had invited him
    and rejecting the invitation": Moon)."""
    side = previous.actor if previous.verb.inverse else previous.target
    if side and set(side.split("+")) & members and previous.actor:
        side = None if set(previous.actor.split("+")) & members else previous.actor
    return side


# A ship told before, by a definite noun: a seizure's object ("detained the ship") or a
# passive seizure's subject ("The vessel was first detained")
_CRAFT = r"(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|carrier|freighter|boat)"
_CRAFT_OBJECT = re.compile(r"\s+" + _CRAFT + r"\b")
_CRAFT_SUBJECT = re.compile(
    r"\b" + _CRAFT + r"\s+(?:was|were|had been|has been|is being)\s+(?:[a-z]+\s+)?$", re.I
)


def _code_target(f: Found, members: set[str], reading: Reading) -> None:
    """What the act's own kind says it is aimed at: a reaction to an act apposed before it, people
    let go, a ship seized, a meeting pulled out of, the council's measures."""
    sentence, mentions, before, out, _ = reading.unpack()
    if f.verb.code in REACTIONS and _APPOSED_ACT.search(sentence[: f.start]):
        # "…circulated a draft resolution, a proposal the United States rebuffed": theirs,
        # the last act of others the sentence told ("put forward a road map under which …
        # Washington and Seoul scaled back drills, an approach the United States rejected")
        f.target = next(
            (r.actor for r in reversed(out) if not set(r.actor.split("+")) & members),
            f.target,
        )
    if f.target is None and f.verb.code == "084":
        # "abducted 13 Japanese, and let five of them return home": those named before
        f.target = next(
            (m.code for m in reversed(mentions) if m.end <= f.start and m.code
             and not m.place and not set(m.code.split("+")) & members),
            None,
        )  # fmt: skip
    if (
        f.target is None
        and f.verb.code == "171"
        and "PRK" not in members
        and any(m.code == "PRK" and m.start > f.end for m in mentions)
    ):  # "seized the Wise Honest, a bulk carrier used to export North Korean coal": the
        # North's ship; a state seizing it enforces the sanctions on the North
        f.target = "PRK"
    if (
        f.target is None
        and f.verb.code == "171"
        and (
            _CRAFT_SUBJECT.search(sentence[: f.start])
            if f.passive
            else _CRAFT_OBJECT.match(sentence, f.end)
        )
    ):  # "The vessel was detained by Indonesia", "Indonesia detained the ship": the craft the
        # story told of seizing before, whose owner that seizure aimed at
        f.target = next(
            (r.target for r in reversed([*before, *out]) if r.action.startswith("17")
             and r.target and r.target.isupper() and not set(r.target.split("+")) & members),
            None,
        )  # fmt: skip
    if (
        f.target is None
        and f.verb.code == "161"
        and re.search(r"\b(?:pull|walk)(?:s|ed)?\s+out\b", sentence[f.start : f.end])
    ):
        # "had been due to meet Kim Yo Jong …, but the North Koreans pulled out": the other
        # side of the meeting pulled out of; "talks broke down when the US team walked out"
        met = next(
            (
                r
                for r in reversed([*before, *out])
                if r.action in ("040", "042", "043", "046")
                and r.target
                and members & parties_of(r)  # "the two met …, but Japan walked out": each other
                and len(parties_of(r)) > 1
            ),
            None,
        )
        if met is not None:
            across = parties_of(met) - members
            f.target = joint_code(sorted(across)) if across else None
    if f.target is None:
        # "a North Korean company the EU accused of …": the party of the noun the relative
        # clause hangs on
        named = [m for m in mentions if m.end <= f.start and m.code]
        for head, subject in pairwise(named):
            if (
                set(subject.code.split("+")) <= members
                and not set(head.code.split("+")) & members
                and not head.place
                and re.fullmatch(
                    r"(?:\s+(?!(?:and|or|but|nor|with|from|for|of|to|by|than|as|at|on|in|said|says"
                    r"|told|after|before|while|when|since|that|which|whom|who)\b)[a-z]{3,}){1,2}"
                    r"\s+(?:(?:that|which|whom)\s+)?(?:the\s+)?",
                    sentence[head.end : subject.start],
                )
                and re.fullmatch(r"(?:[ -][A-Z][\w.-]*)*\s+", sentence[subject.end : f.start])
            ):
                f.target = head.code
    if f.target is None and f.verb.code.startswith("07") and "PRK" not in members:
        f.target = "PRK"  # aid with no one named: the North's, the only one the story aids
    if f.target is None and f.verb.code.startswith(("16", "17")) and members == {"UN"}:
        # the council's measures with no one named, a cap or a seizure it allows as much as
        # a sanction ("voted to cap the North's imports … and to let states seize vessels"):
        # those on the North
        f.target = "PRK"
    if (
        f.target is None
        and f.verb.code == "166"
        and re.search(r"\binspectors\b", sentence)
        and (
            body := next((m.code for m in reversed(mentions) if m.code in ("IAEA", "UN")), None)
            or ("IAEA" if reading.context.bodies.get("agency") == "IAEA" else None)
        )
    ):  # "IAEA inspectors …, since Pyongyang ordered them out"; "the agency …, since
        # Pyongyang ordered its inspectors out": their body's
        f.target = body


# A draft resolution as the thing offered: "circulated a draft Security Council resolution",
# "put forward a resolution".
_RESOLUTION = re.compile(r"\s+(?:a|an|the|their|its)\s+(?:[\w.-]+\s+){0,4}?resolution\b")
_RESOLUTION_END = re.compile(r";|,\s+(?:but|while|whereas|although|though|saying|adding|and)\b")


def _resolution_target(f: Found, members: set[str], reading: Reading) -> None:
    """A draft resolution is aimed at the state it is about, not at the council it is put to
    ("circulated a draft resolution at the council that would ease sanctions on the North":
    the North; see "Gold conventions")."""
    sentence, mentions = reading.sentence, reading.mentions
    if f.target != "UN" or "UN" in members:
        return
    if "resolution" not in sentence[f.start : f.end] and not _RESOLUTION.match(sentence, f.end):
        return
    end = _RESOLUTION_END.search(sentence, f.end)  # its own relative clause is its content
    about = next(
        (m.code for m in mentions
         if m.start >= f.end and (end is None or m.start < end.start()) and m.code
         and m.code != "UN" and not m.place and not set(m.code.split("+")) & members),
        None,
    )  # fmt: skip
    if about is not None:
        f.target = about


# "called his remarks inappropriate", "rejected her comments": a person's words
_HIS_WORDS = re.compile(
    r"\s+(?:his|her)\s+(?:latest\s+|recent\s+)?(?:remarks|comments|words|statement)\b"
)


def _person_target(f: Found, members: set[str], reading: Reading, stop: int) -> None:
    """ "with him", "sanctioned him": the person named before who is not the one acting."""
    sentence, mentions, context = reading.sentence, reading.mentions, reading.context
    if f.target is None and re.search(
        r"^[^,;]*?\b(?:with|to)\s+(?:him|her)\b", sentence[f.end : stop]
    ):
        # "Trump said Kim had signed an agreement with him": the person named before, who is
        # not the one acting
        people = [
            m.code
            for m in mentions
            if m.end <= f.start and m.code and is_person(m.alias) and m.code not in members
        ]
        f.target = people[-1] if people else None
    if f.target is None and (
        re.match(r"\s+(?:him|her)\b", sentence[f.end :])
        or _HIS_WORDS.match(sentence[f.start : stop], f.end - f.start)
        or _HIS_WORDS.search(sentence[f.start : f.end])
    ):
        # "… against Park Jin Hyok, a North Korean programmer. The Treasury sanctioned him":
        # the last person the story named who is not the one acting; "called his remarks
        # inappropriate": the one whose words they were
        here = [
            m.code
            for m in reversed(mentions)
            if m.end <= f.start
            and m.code
            and "+" not in m.code
            and (is_person(m.alias) or m.alias in context.people)
        ]
        f.target = next((p for p in [*here, *context.persons] if p not in members), None)


# "Kim, in a message to Vladimir Putin, hailed …", "In a letter to Moon, Trump thanked …": the
# one a message is sent to, named before the act it tells
_SENT_TO = re.compile(
    r"\b[Ii]n\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:message|letter|cable|telegram|note|phone\s+call|call)\s+to\s+"
)


# "in a letter to (the) Kremlin": the one named right after "to"
_THE = re.compile(r"(?:the\s+)?")


def _addressee_target(f: Found, members: set[str], reading: Reading) -> None:
    """An act told in a message, a letter or a call to someone, with no one named after its
    verb: aimed at that someone; and a courtesy (praise, thanks, sympathy, an apology) so told
    is to that someone whoever its words name in passing ("hailed a friendship forged in the
    fight against Japanese imperialism")."""
    courtesy = f.verb.code.startswith("05") or f.verb.code == "018"
    if (f.target is not None and not courtesy) or "to" not in reading.sentence:
        return
    sentence = reading.sentence
    sent = _SENT_TO.search(sentence, clause_start(sentence, f.start), f.start)
    addressee = sent and next(
        (
            m.code
            for m in reading.mentions
            if m.start >= sent.end()
            and _THE.fullmatch(sentence, sent.end(), m.start)
            and m.code
            and not set(m.code.split("+")) & members
        ),
        None,
    )
    if addressee:
        f.target = addressee


def _story_target(f: Found, members: set[str], reading: Reading, tail: str) -> None:
    """Talks, commitments and meetings with no one named: with the other side of the story's
    talks, the other signer, the council."""
    mentions, out, context = reading.mentions, reading.out, reading.context
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
        f.target = joint_code(sorted(set(context.pair.split("+")) - members))
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
        f.target = joint_code(sorted(set(joint.actor.split("+")) - members))
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


def _pronoun_target(
    f: Found,
    members: set[str],
    reading: Reading,
    tail: str,
    actor_ms: list[Mention],
    left: list[Mention],
    previous: Found | None,
    gerund: bool,
) -> None:
    """ "the country", "him", "it", "both" after the verb: the one they stand for."""
    sentence, mentions, context = reading.sentence, reading.mentions, reading.context
    if f.target is None and re.match(r"\s+both\s+(?:to|of)\b", tail):
        # "said the two sides had failed to agree and called on both to keep talking", "said
        # Washington and Pyongyang had …": the pair named last before the verb
        named = [m for m in mentions if m.end <= f.start and m.code and not m.place]
        pairs = sorted(
            [(m.end, m.code) for m in named if "+" in m.code]
            + [
                (b.end, joint_code(sorted({a.code, b.code})))
                for a, b in pairwise(named)
                if re.fullmatch(r"\s+and\s+", sentence[a.end : b.start]) and a.code != b.code
            ]
        )
        f.target = next((c for _, c in reversed(pairs) if not set(c.split("+")) & members), None)
    if f.target is None and re.match(r"\s+(?:the|that) country\b", tail):
        # "accused the country of using cyberattacks": the state named last before
        earlier = [m.code for m in mentions[: mentions.index(actor_ms[0])] if m.code
                   and m.code not in members and not m.place] if actor_ms else []  # fmt: skip
        if earlier:
            f.target = earlier[-1]
        elif context.subject and context.subject not in members:
            f.target = context.subject
    if (
        f.target is None
        and context.subject
        and context.subject.isupper()
        and not set(context.subject.split("+")) & members
        and f.verb.code == "163"
        and re.match(r"\s+(?:on|against)\s+it\b", tail)
    ):  # "North Korea tested a missile. Washington imposed new sanctions on it": the state
        # the story was last about
        f.target = context.subject
    if (
        f.target is None
        and f.verb.code == "163"
        and (on_person := re.match(r"\s+(?:on|against)\s+(him|her)\b", tail))
    ):
        # "sanctions imposed on him by the Treasury": the person the story named last, of
        # another party than the one imposing them
        people = [context.her] if on_person.group(1) == "her" else list(context.persons)
        f.target = next(
            (c for c in people if c and c.isupper() and not set(c.split("+")) & members), None
        )
    sayer = next(
        (
            m
            for m in mentions
            if m.end < f.start and m.code and not (m.place or m.object or m.agent)
        ),
        None,
    )
    if (
        sayer is not None
        and (
            re.match(r"\s+(?:him|her)\b", tail)
            # "had briefed it", "warned it"; not "rejected it", "seized it": a thing
            or (re.match(r"\s+it\b", tail) and f.verb.code in _TO_A_PARTY)
            # "Seoul said Pyongyang had rejected its offer of talks": the sayer's own offer
            or (
                f.target is None
                and re.match(
                    r"\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|offers?|protests?"
                    r"|requests?|demands?|calls?|invitations?|appeals?)\b",
                    tail,
                )
            )
        )
        and not set(sayer.code.split("+")) & members
        and re.match(r"(?:'s|’s)?(?:\s+[A-Z][\w-]*)*\s+(?:said|says)\b", sentence[sayer.end :])
        # "…, noting that Kim himself had asked him to do so": the sayer's participle too
        and re.search(
            r"\b(?:said|says|noting|saying|adding|explaining)\s+(?:that\s+)?[^,;]*$",
            sentence[sayer.end : f.start],
        )
    ):  # "The White House said the Chinese government had briefed it": the sayer; "Putin
        # said …, and said the North Korean leader had asked him to brief Washington"
        f.target = sayer.code
    elif re.match(r"\s+(?:him|her|them)\b", tail) or (
        previous is not None
        and re.match(r"\s+it\b", tail)
        and (
            gerund
            or (  # "condemned Pyongyang's latest test and urged it to return to talks"
                previous.target is not None
                and previous.target.isupper()
                and "+" not in previous.target
                and re.search(r"\band\s+$", text_before(sentence, f.start))
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
                      and m.code not in members and is_person(m.alias)
                      and not m.place]  # fmt: skip
            f.target = people[-1] if people else None
        else:
            others = [m.code for m in left if m.code and m.code not in members and not m.place]
            if others:
                f.target = others[-1]  # "called Moon's speech disgusting and accused him"


# "expressed strong concern, saying the launch was not helpful": the participle that gives
# the reaction's grounds names what it reacts to
_SAYING_LAUNCH = re.compile(
    r"[^,;]*,\s+(?:saying|calling|describing|adding)\s+(?:that\s+)?(?:the|its|this|these)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:launch|launches|tests?|firings?|projectiles?)\b"
)


def _reaction_object_target(f: Found, members: set[str], reading: Reading, tail: str) -> None:
    """A reaction to a thing: its owner ("a destroyer that Tokyo accused"), or who launched."""
    sentence, mentions, before, out, _ = reading.unpack()
    rel_head = re.search(r"\s(?:that|which|whom)\s+(?:\S+\s+){1,3}$", sentence[: f.start])
    if f.target is None and f.verb.code in REACTIONS and rel_head is not None:
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
        and f.verb.code in REACTIONS
        and (
            re.match(
                r"\s+(?:\w+\s+){0,3}?(?:launch|launches|tests?|missiles?|firings?|provocations?|"
                r"projectiles?)\b",
                tail,
            )
            or _SAYING_LAUNCH.match(sentence, f.end)
        )
    ):
        tested = [r for r in [*before, *out] if r.action in ("X01", "X02")]
        if tested and tested[-1].actor not in members:
            f.target = tested[-1].actor  # "Japan condemned the launches": who launched


def _offer_target(
    f: Found, code: str, members: set[str], reading: Reading, tail: str, gerund: bool
) -> None:
    """An offer, readiness or agreement with no one named: the other side of the story, the one
    who tells it, those who would meet."""
    sentence, mentions, before, out, context = reading.unpack()
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
            or (code == "036" and f.verb.code in ("040", "046"))  # "remained ready to negotiate"
            # "prepared to take concrete steps in parallel toward an agreement"
            or re.match(
                r"[\"”]?\s+(?:[\w-]+\s+){0,3}?(?:toward|towards)\s+(?:an?\s+)?(?:agreement|deal)\b",
                tail,
            )
        )
        and (out or before)
    ):  # "Seoul proposed further talks": with the other side of the last report
        # its own trip is no talks: "Biegun, who arrived on Tuesday, said Washington was
        # prepared to resume talks": not with the host of the trip
        told = [r for r in [*before, *out]
                if not (r.action == "042" and set(r.actor.split("+")) <= members)]  # fmt: skip
        last = told[-1] if told else None
        side = [c for c in [*last.actor.split("+"), *(last.target or "").split("+")]
                if c.isupper() and c not in members] if last else []  # fmt: skip
        story = next((r for r in reversed(told) if members & parties_of(r)
                      and parties_of(r) - members), None)  # fmt: skip
        if code != f.verb.code and story is not None:
            # "remained ready to negotiate": the other side of its own story, one urged
            # with it ("urged both sides", Washington and Pyongyang) first
            slot = story.actor if members & set(story.actor.split("+")) else story.target
            side = [c for c in (slot or "").split("+") if c not in members] or [
                c for c in parties_of(story) if c not in members
            ]
        f.target = side[0] if side else None
    if (
        f.target is None and f.verb.code in ("030", "036") and len(members) == 1 and not gerund
    ):  # "Kim agreed to allow inspectors, Pompeo said": agreed with the one who tells it
        told_by = [
            m.code for m in mentions
            if m.code and m.code not in members and "+" not in m.code
            and ((m.start > f.end and speaks_next(sentence, m, len(sentence)))
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
            story = next((r for r in reversed([*before, *out]) if members & parties_of(r)
                          and parties_of(r) - members), None)  # fmt: skip
            f.target = joint_code(sorted(parties_of(story) - members)) if story else None
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


# "… to dismantle Yongbyon if the United States took corresponding measures": the condition's
# subject, in the offer's own clause (no comma or semicolon before it)
_IF_PARTY = re.compile(r"[^,;]*?\b(?:if|unless|provided|as long as)\s+(?:the\s+)?$")
# the offer's complement: "pledged at a summit with Moon to dismantle"
_COMPLEMENT = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?[a-z]+\b")


# The summit an offer was made at, told before its verb: "At the Hanoi summit, which ended
# on Feb. 28, Kim offered …", "at the Hanoi summit last year, where the North had offered …"
_AT_SUMMIT = re.compile(
    r"\b(?:[Aa]t|[Dd]uring)\s+the\s+(?P<place>[A-Z][a-z]+)\s+(?:summit|talks)\b"
)
# What an offer asks in return: a party named there pays, it is not the one offered to
_PRICE = re.compile(r"\bin\s+(?:return|exchange)\s+for\b|[,;]")


def _price_target(f: Found, code: str, members: set[str], reading: Reading) -> None:
    """An offer aimed at a body named only as the owner of the measures it asks to be lifted in
    return ("offered to close the site in exchange for the easing of UN sanctions") is not
    aimed at it: the story tells whom it was made to."""
    if code not in ("030", "036") or len(members) != 1 or not f.target:
        return
    named = [m for m in reading.mentions
             if m.start >= f.end and m.code and not set(m.code.split("+")) & members]  # fmt: skip
    if (
        named
        and named[0].code == f.target
        and owns_the_price(reading.sentence, f.end, named[0].start, named[0].end)
    ):
        f.target = None


def _summit_offer_target(f: Found, code: str, members: set[str], reading: Reading) -> None:
    """An offer made at a summit known by its place is aimed at the summit's other side, unless
    the offer names its own party before what it asks in return ("offered to dismantle
    Yongbyon in return for the lifting of UN sanctions" at Hanoi: the US, not the UN)."""
    if code not in ("030", "036") or len(members) != 1:
        return
    sentence = reading.sentence
    scenes = list(_AT_SUMMIT.finditer(sentence, 0, f.start))
    scene = scenes[-1] if scenes else None
    parties = summit_parties(scene.group("place")) if scene else None
    if parties is None or not members <= set(parties.split("+")):
        return
    price = _PRICE.search(sentence, f.end)
    own_end = price.start() if price else len(sentence)
    if f.target and any(
        f.end <= m.start < own_end and m.code == f.target for m in reading.mentions
    ):
        return  # "offered at the summit to send envoys to Seoul": its own party
    f.target = joint_code(sorted(set(parties.split("+")) - members))


def _conditional_target(f: Found, code: str, members: set[str], reading: Reading) -> None:
    """An offer or pledge made on a condition another party must meet is aimed at that party,
    before the partner of a meeting or a co-signer where it was made ("pledged at a summit with
    Moon to close Yongbyon if the United States took corresponding measures": the US); not
    when the complement names its own party ("offered talks with Seoul if Washington …")."""
    if code not in ("030", "036") or len(members) != 1:
        return
    sentence, mentions = reading.sentence, reading.mentions
    after = [m for m in mentions if m.start >= f.end and m.code and not m.place]
    cond = next((m for m in after if _IF_PARTY.fullmatch(sentence, f.end, m.start)), None)
    if cond is None or set(cond.code.split("+")) & members:
        return
    complement = _COMPLEMENT.search(sentence, f.end, cond.start)
    inside = complement.start() if complement else cond.start
    if any(inside <= m.start < cond.start and not set(m.code.split("+")) & members for m in after):
        return
    f.target = cond.code


def _linked_target(
    f: Found,
    members: set[str],
    reading: Reading,
    tail: str,
    weak: list[Mention],
    content: list[Mention],
    previous: Found | None,
    generic: bool,
) -> None:
    """The one the act is tied to: the last verb's target after "and", who is told what to do,
    who made the offer rejected, the council's members, the guest, who set the deadline."""
    sentence, mentions = reading.sentence, reading.mentions
    if (
        f.target is None
        and f.inherited
        and f.verb.code in REACTIONS
        and previous is not None
        and previous.target
        and (
            re.search(r"\band\s+(?:\w+\s+)?$", text_before(sentence, f.start))
            or (
                (previous.verb.code in MEETINGS or previous.verb.code in REACTIONS)
                and re.search(r",\s+$", text_before(sentence, f.start))
                and re.match(r"[a-z]+ing\b", sentence[f.start :])
            )
        )
        and not generic
    ):  # "met Moon on Friday and warned that ending the pact with Japan would …": Moon;
        # "met Abe in Tokyo, calling for an early end to the row": Abe
        f.target = _other_side(previous, members)
    if f.target is None and (told := _TOLD_THAT.search(sentence[: f.start])):
        # "told Japan on Friday that it was pulling out of their pact": aimed at the one told
        f.target = next(
            (m.code for m in mentions if told.start("who") <= m.start < told.end("who")
             and m.code and not set(m.code.split("+")) & members),
            None,
        )  # fmt: skip
    if f.target is None and f.verb.code in ("020", "100", "130") and content and not generic:
        f.target = next((m.code for m in content if m.code not in members), None)
    if (
        f.target is None
        and weak
        and re.match(
            r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:offers?|proposals?|invitations?"
            r"|requests?|demands?|calls?|pleas?|overtures?|letters?|messages?|statements?"
            r"|remarks?|comments?|threats?|warnings?|rhetoric|provocations?|criticism)"
            r"(?:\s+of\s+[\w-]+)?\s+from\b",  # "spurned offers of help from the South"
            tail,
        )
    ):  # "rejected an offer from Trump", "criticised statements from Pyongyang": aimed at
        # the one who made it
        f.target = next((m.code for m in weak if m.code not in members), None)
    if (
        f.target is None
        and "UN" not in members
        and re.match(
            r"\s+(?:on\s+)?(?:the\s+)?(?:council(?:'s|’s)?\s+|fellow\s+|its\s+|other\s+)?members\b",
            tail,
        )
        and any(m.code == "UN" for m in mentions)
    ):  # "at a Security Council session …, Pompeo urged members to …": the council's
        f.target = "UN"
    if (f.target is None and _GUEST.match(tail)) or (
        f.verb.code == "043" and _HOSTED_GUEST.match(tail)
    ):
        f.target = _guest(f, members, reading)
    if (
        f.target is None
        and f.verb.code in REACTIONS
        and (made := _MADE_BY.match(tail))
        and (maker := next((m for m in mentions if m.start == f.end + made.end() and m.code), None))
        and not set(maker.code.split("+")) <= members
    ):  # "brushed aside the deadline that Kim set": aimed at the one who set it
        f.target = joint_code(sorted(set(maker.code.split("+")) - members))


def _guest(f: Found, members: set[str], reading: Reading) -> str | None:
    """ "hosted a banquet for his guest", "told his guest": the other party of the last visit or
    meeting told ("Kim arrived in Beijing …", "the two leaders talked …"), else the party the
    sentence named before ("Xi flew home …, during which Kim hosted a banquet in his honour")."""
    told = next(
        (
            joint_code(sorted(parties_of(r) - members))
            for r in reversed([*reading.before, *reading.out])
            if r.action in ("040", "042", "043", "046", "057") and members < parties_of(r)
        ),
        None,
    )
    if told is not None or f.verb.code != "043":
        return told
    return next(
        (m.code for m in reversed(reading.mentions) if m.end <= f.start and m.code
         and not m.place and not set(m.code.split("+")) & members),
        None,
    )  # fmt: skip


# What one Korea keeps along the border against the other: its mines, posts and loudspeakers
_BORDER_WORKS = re.compile(r"\b(?:land\s?mines|mines|posts|its own|loudspeakers)\b")


def _fallback_target(
    f: Found,
    members: set[str],
    reading: Reading,
    tail: str,
    weak: list[Mention],
    content: list[Mention],
    generic: bool,
) -> None:
    """The last resorts: the one a relative clause hangs on, the two Koreas' each other, the other
    Korea across the border, any party the verb's words name."""
    sentence, out = reading.sentence, reading.out
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
            or BORDER.search(tail)
            # "started removing mines on their side": the border's mines and posts face the other
            or (f.verb.code == "087" and _BORDER_WORKS.search(sentence[f.start : f.end]))
            or TRACK_RES["inter-korean"].search(tail)
        )
    ):
        # "troops to the border"; a drill near the border is aimed at no one
        f.target = "PRK" if f.actor == "KOR" else "KOR"
    if f.target is None and f.verb.code not in ("X01", "X02") and not generic:
        pool = weak + content
        first = next(
            (i for i, m in enumerate(pool) if m.code and set(m.code.split("+")) - members), None
        )
        if first is not None:
            codes = set(pool[first].code.split("+"))
            for x, y in pairwise(pool[first:]):
                # "entities from China, Russia and North Korea": every state of the list
                if not y.code or not re.fullmatch(
                    r"\s*(?:,|and|, and)\s+(?:the\s+)?", sentence[x.end : y.start]
                ):
                    break
                codes |= set(y.code.split("+"))
            f.target = joint_code(sorted(codes - members))


# What may stand between a relative aside on the subject and its verb: "Pompeo, who was
# visiting Canada, publicly voiced"
_ADVERB_NEXT = re.compile(r"\s+(?:\w+ly\s+)?")


def _arrival_target(f: Found, members: set[str], reading: Reading) -> None:
    """Where one who "arrived on Tuesday" with no place named arrived: the capital the sentence
    opens with ("In Seoul, Biegun, who arrived on Tuesday, said"), else the party it names
    after the verb ("arrived on Monday and met Xi"), else the place of a visit it names before
    the verb, else the dateline's."""
    sentence = reading.sentence
    if not re.fullmatch(r"arriv\w*", sentence[f.start : f.end]):
        return
    if f.target is not None and not _arrived_in(f, reading):
        f.target = None  # "arrived on Sunday and was due to fly to Tokyo": not where he arrived
    if f.target is not None:
        return
    fronted = next(
        (m.code for m in reading.mentions
         if m.code and re.fullmatch(r"\s*In\s+", sentence[: m.start])),
        None,
    )  # fmt: skip
    after = next(  # "arrived on Monday and met Xi": the one met there
        (m for m in reading.mentions
         if m.start > f.end and m.code and "+" not in m.code and m.code not in members),
        None,
    )  # fmt: skip
    host = (
        after.code
        if after is not None
        and re.search(
            r"\b(?:met|meets|with|by)\s+(?:[\w.-]+\s+){0,4}$", text_before(sentence, after.start)
        )
        else None
    )
    visited = next(  # "during a three-day visit to Seoul by Biegun, who arrived on Sunday"
        (m.code for m in reading.mentions
         if m.end <= f.start and m.code
         and re.search(r"\b(?:visits?|trips?|tour)\s+to\s+(?:the\s+)?$",
                       text_before(sentence, m.start))),
        None,
    )  # fmt: skip
    # "held talks with Moon in Seoul, where he had arrived on Saturday": the place "where" is of
    relative = next(
        (m.code for m in reading.mentions
         if m.end <= f.start and m.code
         and re.fullmatch(r",\s+where\s+[^,;]*", sentence[m.end : f.start])),
        None,
    )  # fmt: skip
    where = fronted or relative or host or visited or reading.context.filed_in
    if where and where not in members:
        f.target = where


def _arrived_in(f: Found, reading: Reading) -> bool:
    """Whether the target of an arrival is named in its own clause, not after an "and" that
    opens the subject's next predicate."""
    sentence = reading.sentence
    at = next((m for m in reading.mentions if m.start >= f.end and m.code == f.target), None)
    return (
        at is None
        or not (
            re.search(r"\b(?:and|but)\b", sentence[f.end : at.start])
            # "arrived on Saturday from Japan": where the trip came from, not where it arrived
            or re.search(r"\bfrom\s+(?:the\s+)?$", sentence[f.end : at.start])
        )
    )


# "a string of recent statements from", "the hostile tone of remarks by": words and their source
_WORDS_FROM = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:statements?|remarks|comments|rhetoric|threats|messages?)\s+"
    r"(?:from|by)\s+(?:the\s+)?"
)


def _other_named_at(reading: Reading, lo: int, hi: int, members: set[str]) -> str | None:
    """The party, none of the actors, named starting between `lo` and `hi`: whom the words
    right after a reaction ("and urged Pyongyang", ", accusing the North") address."""
    return next(
        (
            m.code
            for m in reading.mentions
            if lo <= m.start <= hi and m.code and not set(m.code.split("+")) & members
        ),
        None,
    )


# "called the decision regrettable": a verb phrase holding its own object
_CALLED_IT = re.compile(r"call(?:s|ed|ing)?(\s+(?:the|this|that|these)\s+[a-z]+)\b")


# "the sanctions", "these designations" in a reaction's clause: measures told before
_MEASURES_NAMED = re.compile(
    r"\b(?:the|these|those|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:sanctions|designations)\b"
)


def _own_measures(tail: str, pool: list[Report], members: set[str]) -> Report | None:
    """The actor's own measures a reaction names with no one named ("Washington blacklisted
    the ships. Trump warned that if the sanctions failed, …": aimed at whom they hit)."""
    named = _MEASURES_NAMED.search(tail[:120])
    if named is None or re.search(r"[;.]", tail[: named.start()]):
        return None
    return next(
        (r for r in reversed(pool)
         if set(r.actor.split("+")) <= members and r.action[:3] == "163"
         and r.target and r.target.isupper() and not set(r.target.split("+")) & members),
        None,
    )  # fmt: skip


def _reaction_target(f: Found, members: set[str], reading: Reading, tail: str) -> None:
    """A reaction's event and whom it is aimed at, from what it names ("welcomed the summit":
    the summit's parties; "hailed it": the event named before) or, with nothing named, from
    what the story told last that it can react to. Sets `f.event` and `f.target`."""
    sentence, _, before, out, context = reading.unpack()
    support = f.verb.code == "051"  # support for a concession backs whom it was granted to
    called = _CALLED_IT.match(sentence, f.start, f.end)
    if called and not REACTED_NOUN.match(tail):
        # "called the decision unfortunate": the object inside the phrase is what it reacts to
        tail = called.group(1) + tail
    subject_aside = closed_before(sentence, f.start)
    if (
        subject_aside
        and subject_aside.who_or_which
        and _ADVERB_NEXT.fullmatch(sentence, subject_aside.end, f.start)
    ):
        # "Pompeo, who was visiting Canada, voiced disappointment": the subject's own trip in
        # the aside is where it was, not what it reacts to (a meeting there may be: "Pompeo,
        # who met Kim in April, warned")
        out = [r for r in out if not (set(r.actor.split("+")) <= members and r.action == "042")]
    if (
        out
        and not set(out[-1].actor.split("+")) <= members
        and _APPOSED_STEP.search(sentence, 0, f.start)
    ):  # "granted Seoul an exemption, a step the United States supported": that act
        f.event = out[-1]
        f.target = aimed_at(out[-1], members, support=support)
    event_tail = tail
    if re.match(r"\s+it\b", tail) and (
        events_told := list(REACTED_NOUN.finditer(sentence[: f.start]))
    ):  # "Moon, who spoke with Trump after the summit, hailed it": the summit
        event_tail = events_told[-1].group(0)
    named_event = REACTED_NOUN.match(event_tail)
    if (
        (f.target is not None or event_tail is not tail)
        and f.verb.code in ("051", "111", "120")
        and named_event is not None
        and named_event.group(1) in EVENT_CODES
        and (out or before)
    ):  # "welcomed the summit as a step toward … the North": the summit's parties
        event = reacted_to(
            event_tail, [*before, *out], members, vague=False, salience=context.pairs
        )
        if event is not None and (aim := aimed_at(event, members, support=support)):
            f.event, f.target = event, aim
    if f.target is None and f.verb.code in REACTIONS:
        # "criticised a string of recent statements from Pyongyang": the words reacted to
        # are told with their source, whatever the story told before
        f.target = next(
            (m.code for m in reading.mentions
             if m.start > f.end and m.code and not m.place
             and not set(m.code.split("+")) & members
             and _WORDS_FROM.fullmatch(sentence, f.end, m.start)),
            None,
        )  # fmt: skip
    appeal = _JOINED_APPEAL.match(sentence, f.end + len(tail))
    if (
        f.target is None
        and f.verb.code in REACTIONS
        and appeal
        and re.fullmatch(r"[\"”]?\s+(?:on\s+[A-Z][a-z]+\s+)?and\s+(?:also\s+)?", tail)
    ):  # "expressed \"strong regret\" and urged Pyongyang to stop": nothing named between,
        # one breath, one addressee
        f.target = _other_named_at(reading, appeal.end(), appeal.end(), members)
    aside = _PARTICIPLE_AIM.match(sentence, f.end + len(tail))
    if (
        f.target is None
        and f.verb.code in REACTIONS
        and aside
        # nothing but when between: "welcomed the move, urging …" reacts to the move
        and re.fullmatch(r"[\"”]?(?:\s+(?:on|in|last|this|late|early)\b[^,;\"“”]*)?,\s+", tail)
        and not any(m.code and f.end <= m.start < aside.start() for m in reading.mentions)
    ):  # "lodged a protest on Nov. 25, accusing the North of …": whom the participle after
        # it names, the protest's own words
        f.target = _other_named_at(reading, aside.end(), aside.end() + 4, members)  # "the North"
    if (
        f.target is None
        and f.verb.code in REACTIONS
        and (GENERIC_OBJECT.match(tail) or WORLD_WARNED.match(sentence, f.start))
    ):
        pass  # "urged other countries to …", "urged restraint": no one in particular
    elif (
        f.target is None
        and f.verb.code in REACTIONS
        and not out
        and before
        and (like := before[-1]).action == f.verb.code
        and like.evidence != sentence
        and like.target
        and like.target.isupper()
        and not parties_of(like) & members
        and re.match(r"\s+(?:the|this|that)\s+(?:move|decision|step)\b", tail)
    ):  # "Haley welcomed the decision. Japan welcomed the move": the same one, not the act
        # told before the first welcome
        f.target = like.target
    elif f.target is None and f.verb.code in REACTIONS and (out or before):
        f.event = reacted_to(
            tail,
            [*before, *out],
            members,
            vague=not (out and out[-1].actor == f.actor),
            salience=context.pairs,
        )
        if f.event is not None:  # "Abe said he supported the summit": the summit's parties
            f.target = aimed_at(f.event, members, NAMES_PROJECT.match(tail) is not None, support)
            if f.target and _PLURAL_MOVES.match(tail):
                f.target = _movers([*before, *out], f.event, f.target, members)
        elif owner := owner_named(tail, [*before, *out], members):
            f.target = owner  # "for its decision to scrap the pact. Kono protested the decision"
        elif out and out[-1].actor == f.actor:
            f.target = out[-1].target  # "hit back …, calling … and warning"
        else:
            # what it reacts to: the last report that is no like reaction of another
            # ("The US welcomed the summit. Japan welcomed it too": both the summit's)
            pool = [*before, *out]
            f.event = reacted_to(tail, pool, members)
            if (
                pool[-1].actor == f.actor
                and pool[-1].action in REACTIONS
                and pool[-1].target
                and pool[-1].target != "each-other"
            ):  # "Abe condemned the launch. Tokyo lodged a protest": with the same aim
                f.target = pool[-1].target
            own = _own_measures(tail, pool, members)
            if own is not None:  # "warned that if the sanctions failed": whom its own hit
                f.event, f.target = own, own.target
            rivals = [r for r in reversed(pool) if not set(r.actor.split("+")) <= members]
            definite = re.match(r"\s*(?:the|this|that)\s+[a-z]", tail)  # "called the parade"
            event = (
                f.event
                or (definite and next((r for r in rivals if r.action not in REACTIONS), None))
                # "Seoul expressed concern. Japan lodged a protest": another's reaction aimed
                # elsewhere is told alongside, not reacted to; the act both answer is
                or next(
                    (
                        r
                        for r in rivals
                        if r.action not in (f.verb.code, "051")
                        and not (r.action in REACTIONS and not _aimed_at_any(r, members))
                    ),
                    None,
                )
                or next((r for r in rivals if r.action not in (f.verb.code, "051")), None)
                or next(
                    (r for r in reversed(pool) if r.action not in (f.verb.code, "051")),
                    pool[-1],
                )
            )
            f.target = f.target or aimed_at(
                event, members, NAMES_PROJECT.match(tail) is not None, support
            )
            if f.target and _PLURAL_MOVES.match(tail):
                f.target = _movers(pool, event, f.target, members)
    elif (
        f.target is None
        and f.verb.code in REACTIONS
        and not out
        and not before
        and re.match(
            r"\s+(?:it\b|(?:the|this|that)\s+(?:[\w-]+\s+)?(?:move|step|test|launch|decision"
            r"|plan)\b)",
            tail,
        )
    ):  # "North Korea tested an engine. Washington condemned the test": no report told it,
        # ("welcomed it"), but the last sentence's subject did what is reacted to, else the other
        # state it named
        # ("Japan is wary of Pyongyang. The country protested the missile launch")
        others = [
            c
            for c in (context.subject, *reversed(context.named))
            if c and c.isupper() and not set(c.split("+")) & members
        ]
        f.target = others[0] if others else None


# ", a step the United States supported": the act just told, named again as the object of a
# relative clause right before the verb
_APPOSED_STEP = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:step|move|decision|measure)\s+(?:that\s+|which\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:also\s+|had\s+|has\s+)?$"
)


# "Mexico expelled the envoy. Spain and Kuwait followed suit. The US hailed the moves": the
# moves are the same act of each
_PLURAL_MOVES = re.compile(r"\s+(?:the|these|those)\s+(?:moves|steps|decisions|expulsions)\b")


def _movers(pool: list[Report], event: Report, target: str, members: set[str]) -> str:
    """The actors of the run of like acts (same action and target) the pool ends with, the one
    reacted to among them: whom a reaction to "the moves" is aimed at."""
    run: list[str] = []
    for r in reversed(pool):
        if (r.action, r.target) != (event.action, event.target):
            break
        run += [a for a in r.actor.split("+") if a not in members]
    if event.actor.split("+")[0] not in run and not set(event.actor.split("+")) <= members:
        return target
    return joint_code(run) if run else target


def _aimed_at_any(r: Report, members: set[str]) -> bool:
    """Whether a report is aimed at one of `members`."""
    return bool(r.target and set(r.target.split("+")) & members)


def _acceptance_target(f: Found, members: set[str], reading: Reading) -> None:
    """ "accepted the offer" with no one named: the maker of the offer the story just told, made
    to no one named ("The US proposed talks in Stockholm. North Korea accepted the offer");
    an older offer, or one made to a third party, is not surely the one accepted."""
    sentence, _, before, out, _ = reading.unpack()
    if f.target is not None or not re.match(
        r"accept(?:s|ed)? (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:invitation|offer|proposal)",
        sentence[f.start : f.end],
    ):
        return
    pool = [*before, *out]
    last = pool[-1] if pool else None
    if (
        last is not None
        and last.action.startswith("03")
        and last.target is None
        and "+" not in last.actor
        and last.actor not in members
    ):  # the offer just told, made to no one named
        f.target = last.actor


def _military_target(
    f: Found, members: set[str], targets: list[Mention], tail: str, sentence: str
) -> None:
    """Whom a test, a drill or a show of force is aimed at: only a party named as its aim
    ("fired toward Japan", "in a show of force against North Korea"), not a partner in
    the drills ("the war games it holds with South Korea")."""
    if f.verb.code in ("X01", "X02") and f.target:
        aimed = [
            m for m in targets
            if re.search(r"\b(?:at|toward|towards|over|into|against)\s+(?:the\s+)?$",
                         text_before(sentence, m.start))
        ]  # fmt: skip
        f.target = aimed[0].code if aimed and aimed[0].code not in members else None
    if f.verb.code in ("150", "154", "190"):
        # "flew bombers over South Korea in a show of force against North Korea"
        against = [
            m for m in targets
            if m.code and not set(m.code.split("+")) & members
            and re.search(r"\bagainst\s+(?:the\s+)?$", text_before(sentence, m.start))
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
                text_before(sentence, m.start),
            )
        ]  # fmt: skip
        if partners:
            f.target = None  # "the war games it holds with South Korea": a partner


# Aid the sanctions committee lets through: "a waiver to Médecins Sans Frontières", "medical
# supplies", "a request from UNICEF"
_AID_LET_THROUGH = re.compile(
    r"\b(?:aid|relief|humanitarian|medical|medicines?|charit(?:y|ies)|Médecins Sans Frontières"
    r"|Red Cross|UNICEF|World Health Organi[sz]ation|World Food Programme)\b"
)


# Joining the talks just told: "took part as well", "joined the talks"
_JOINED_TALKS = re.compile(r"t(?:ook|akes?|aking) part|join(?:s|ed)\b")


# "hosted that meeting": the one just told
_DEMONSTRATIVE = re.compile(r"\s+(?:that|this|those|these)\b")


def _unnamed_target(f: Found, members: set[str], reading: Reading, tail: str) -> int | None:
    """The last resorts for an act with no party named: the other side of the story for "his
    counterpart", the pair that agreed on talks for their host, Seoul for a sanctions
    exemption, Tokyo for the intelligence pact, the other Korea for a border crossing, the
    one a visit is made to see, the parties of the talks just told for one who joins them.
    Returns where a visit's purpose ends (-1 if none), or None when a meeting with no one named
    is no report."""
    sentence, mentions, before, out, context = reading.unpack()
    purpose_end = -1
    if (
        f.target is None
        and f.verb.code not in ("X01", "X02", "042")
        and re.match(
            r"\s+(?:(?:with|to|on)\s+)?(?:the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:president"
            r"|leader|counterpart|counterparts|prime minister|premier|foreign minister|envoy"
            r"|negotiator|chairman)\b",
            re.sub(r"^\S+", "", sentence[f.start : f.end]) + tail,  # "spoke with the … by phone"
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
            r"\s+(?:the|their|a|new|further|another|that|this|those|these)\s+(?:[\w-]+\s+)?"
            r"(?:talks|summit|meeting|negotiations|round|sessions?|discussions|consultations)\b",
            tail,
        )
        and (context.pair or out or before)
    ):  # "Sweden said it would host the talks", "Sweden, which hosted that meeting,": the
        # talks of the last two who agreed on them or held them ("hosted the sessions": the
        # same talks, told by their sittings)
        pool = [*before, *out]
        last = joint_code([c for c in parties_of(pool[-1]) if c not in members]) if pool else ""
        # "that meeting": the one just told, whatever pair the story is about
        told = _DEMONSTRATIVE.match(tail) and last
        host = told or context.pair or last
        f.target = host if host and not set(host.split("+")) & members else None
    if (
        f.verb.code == "040"
        and f.target is None
        and _JOINED_TALKS.match(sentence, f.start)
        and (
            met := next((r for r in reversed([*before, *out]) if r.action in ("040", "046")), None)
        )
    ):  # "Lee Do-hoon took part as well": one more party at the talks just told
        f.target = joint_code(sorted(parties_of(met) - members)) or None
    if (
        f.verb.code == "085"
        and f.target is None
        and members == {"UN"}
        and (
            re.search(
                r"survey|rail|road|inter-Korean|the two Koreas|South Korea|Seoul|project", sentence
            )
            # "The committee granted the exemption days later" in a story of Seoul's ties with
            # the North: Seoul's projects are what the council exempts
            or any("KOR" in parties_of(r) and "inter-korean" in r.tracks for r in before)
        )
    ):  # "the committee granted an exemption for the survey": Seoul asked for it
        f.target = "KOR"
    elif (
        f.verb.code == "085"
        and f.target is None
        and members == {"UN"}
        and _AID_LET_THROUGH.search(sentence)
    ):  # "the committee granted a waiver to an aid group": the sanctions it eases are the North's
        f.target = "PRK"
    if (
        f.verb.code in ("040", "046")
        and f.target is None
        and len(members) == 1
        and not _WITH_ITS_ALLIES.match(tail)
    ):
        return None  # "held a meeting", "discussed the plan": with no one named, no report
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
        if any(
            r.action == "042"
            and members <= set(r.actor.split("+"))
            and r.target
            and not set(r.target.split("+")) <= {"KOR", "PRK"}
            for r in out
        ):
            # "arrived in Beijing, having crossed the border by train": the crossing of the
            # trip the sentence told, to a third state, not a visit to the other Korea
            return None
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
    if (
        f.verb.code == "042"
        and f.target is None
        and (purpose := _VISIT_TO_MEET.match(sentence, f.end))
    ):  # "would visit on Thursday and Friday to brief Moon": the one he goes to see
        f.target = next(
            (
                m.code
                for m in mentions
                if m.start == purpose.end() and m.code and not set(m.code.split("+")) & members
            ),
            None,
        )
        if f.target is not None:
            purpose_end = purpose.end()
    return purpose_end


# Where a refusal tells its grounds in a participle clause: ", citing …", ", blaming …"
_GROUNDS = re.compile(r",\s+(?:citing|blaming|pointing\s+to)\s")


# "agreed on Friday to hold military talks", "agreed at the meeting to hold Red Cross talks"
_TO_HOLD_TALKS = re.compile(
    r"\s+(?:[\w.,-]+\s+){0,6}?to\s+hold\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|negotiations)\b"
)


# "The office grew out of the declaration that Moon and Kim signed": the relative hangs on
# the document, not on the project named before it
_DOCUMENT_RELATIVE = re.compile(
    r"\b(?:declaration|agreement|accord|pact|deal|statement)\s+(?:that|which)\s+[^,;]*$"
)


def _target(
    f: Found,
    members: set[str],
    targets: list[Mention],
    tail: str,
    sentence: str,
    named: tuple[str, ...] = (),
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
    if sentence[f.start : f.end].endswith(" with"):
        # "would share information on North Korea with the United States": the one after
        # "with", not what the phrase is about
        targets = [m for m in targets if m.start >= f.end] or targets
    if f.verb.code.startswith("12") and (why := _GROUNDS.search(sentence, f.end)):
        # "turned the offer down, citing the allies' drills": whose drills are the grounds of
        # the refusal, not the one refused
        targets = [m for m in targets if m.start < why.start()]
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
        if _owner_of_project(sentence, m, members):
            continue  # "support for a joint survey of the North's railways": the project decides
        if m.code and not codes <= members:
            for other in targets[i + 1 :]:  # "the drills of South Korea and the United States"
                if m.place and other.place:
                    break  # "visited Tokyo and Seoul": two stops, each a visit of its own
                gap = sentence[m.end : other.start]
                if other.code == m.code and re.fullmatch(
                    r"(?:\s+(?:[A-Z][\w.-]*|leader|president|minister|envoy))*\s+", gap
                ):
                    m = other  # "Japanese Foreign Minister Taro Kono": one party
                    continue
                if not re.fullmatch(
                    # "urged North Korea as well as China": the same joining as "and"
                    r"(?:[ -][A-Z][\w-]*)*\s*(?:,|and|, and|,?\s+as\s+well\s+as)"
                    r"\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?",
                    gap,
                ) or re.match(r"\s*,\s+(?!including\b)[a-z]+ing\b", gap):
                    # "talks with Seoul, citing the allies' drills": a participle opens a clause
                    # of its own, whose parties are no more targets
                    break
                codes |= set(other.code.split("+"))
                m = other
            return joint_code(list(codes - members))
    end = CLAUSE_END.search(sentence, f.end)
    stop = min(end.start() if end else len(sentence), limit)
    if f.verb.code == "057" and (comma := sentence.find(",", f.end, stop)) >= 0:
        stop = comma  # "In a declaration signed by the two, the two sides agreed to open …"
    if len(members) > 1:
        # "agreed on the reunions at talks held at Mount Kumgang": where they met is no object
        sentence = _AT_PROJECT.sub(lambda m: " " * len(m.group()), sentence)
    clause = clause_start(sentence, f.start)
    opening = sentence[clause : f.start]
    if f.passive and (owned := told_projects(opening, named)):
        # "the liaison office, opened by the two Koreas in Kaesong": what was opened comes first
        projects: list[tuple[str, tuple[str, ...]]] = owned
    elif (
        f.verb.fronted
        and not _DOCUMENT_RELATIVE.search(sentence[: f.start])
        and (owned := told_projects(sentence[: f.start], named)[-1:])
    ):
        # "the office, which the two Koreas opened on Sept. 14": the project the relative hangs on
        projects = owned
    else:
        projects = []
    projects = projects or (
        told_projects(sentence[f.start : stop], named, sentence[: f.start])
        or (
            []
            # "the office opened in Kaesong after Moon and Kim met"; "the declaration that
            # Moon and Kim signed" after the office: no act on the office
            if (joint and not f.verb.absorbs) or _DOCUMENT_RELATIVE.search(opening)
            else told_projects(opening, named, sentence[:clause])
        )
    )
    # "agreed to normalise the Kumgang tours and the Kaesong zone": one pledge on the projects
    # joined as its objects, on the first named; "agreed to reopen the park and resume the
    # tours" (a step on each) and other joint acts on several are with each other
    if (
        len(projects) > 1
        and joint
        and not (f.verb.code == "030" and _joined_objects(sentence[f.end : stop]))
    ):
        return "each-other"
    if joint and projects and _TO_HOLD_TALKS.match(sentence, f.end):
        # "agreed to hold Red Cross talks on the reunions": talks with each other, whatever
        # project they are to be about
        return "each-other"
    if projects:
        slug, owners = projects[0]
        if joint and f.verb.code == "057" and re.search(r"agreement|accord|declaration|pact", slug):
            return "each-other"  # "the military agreement the two Koreas signed": with each other
        if (
            len(members) > 1
            and set(owners) == members
            and f.verb.code not in MEETINGS - {"030", "057"}
        ):
            # "agreed to reconnect the railways"; but "met at the Kumgang resort", and not
            # when a third party acts with the owners ("the two Koreas and the UN Command
            # removed the guard posts": a step of the three, no project's slug)
            return slug
        if joint:
            return "each-other"
        counterpart = [o for o in owners if o not in members]
        if counterpart:
            return counterpart[0]
    if len(members) > 1 and (f.verb.reciprocal or f.verb.code == "061"):
        return "each-other"  # "Seoul and Washington launched a working group": together
    return None
