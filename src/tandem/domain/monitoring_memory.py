"""What a sentence leaves the article's `Context` for the next ones to be read by: the pair
the story is about, the bodies of the parties, the people named, the projects, the group,
and the person and subject "he", "she" or "it" stand for (docs/monitoring.md).
"""

from __future__ import annotations

import re

from tandem.domain.monitoring_aim import projects_in
from tandem.domain.monitoring_asides import open_at
from tandem.domain.monitoring_joint import group_named
from tandem.domain.monitoring_lexicon import JOINT, WOMEN
from tandem.domain.monitoring_mentions import (
    BODY,
    BODY_ALIAS,
    UN_COMMITTEE,
    Context,
    is_person,
    surname_of,
    text_before,
)
from tandem.domain.monitoring_opening import opening
from tandem.domain.monitoring_report import Mention, Report, joint_code
from tandem.domain.monitoring_subjects import opens_with_fronted_pronoun
from tandem.domain.monitoring_tracks import ALLIES

# "Park Jin Hyok, a North Korean programmer": a named person and the state he is of
_DESCRIBED_PERSON = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3},\s+an?\s+(?:[a-z]+\s+)?$")


_SETTING_BEFORE = re.compile(
    r"\b(?:at|in|with|against|toward|towards|from|before|inside|within)\s+(?:the\s+)?$"
)


def remember_sentence(
    context: Context, sentence: str, out: list[Report], mentions: list[Mention]
) -> None:
    """What the sentence leaves `context` for the next ones: its reports' pairs, the bodies
    and people it names, its projects, its group, and whom a pronoun stands for next."""
    after_fronted = _main_after_fronted(sentence, mentions)
    first = after_fronted or _first_party(sentence, mentions)
    _remember_pair(context, out)
    _remember_pairs_told(context, out, mentions)
    _remember_bodies(context, sentence, mentions)
    _remember_names(context, sentence, mentions)
    _remember_projects(context, sentence)
    _remember_persons(context, sentence, mentions)
    context.group = (
        out[0].actor if out and "+" in out[0].actor else group_named(sentence, mentions, out)
    )
    _remember_person(context, sentence, mentions, first, after_fronted is not None)
    _remember_subject(context, sentence, out, first)
    context.teller = next(
        (m.code for m in mentions if m.code and _CLOSING_TELLER.fullmatch(sentence, m.end)),
        None,
    )


# "…, actions that also breached the armistice, the UNC said.": the teller closing a sentence
_CLOSING_TELLER = re.compile(r"(?:'s|’s)?(?:\s+[\w-]+){0,2}?\s+(?:said|says|added)\b[^,;]{0,40}\.")


def _main_clause(sentence: str, mentions: list[Mention]) -> int:
    """Where the sentence's main clause starts: after a fronted circumstance ("After holding
    talks with his counterpart Lee Do-hoon, Biegun told …") when a party is named after it,
    else at the start."""
    fronted = opening(sentence)
    if (
        fronted
        and sentence[fronted.end : fronted.end + 1].isupper()
        and any(m.code and m.start >= fronted.end for m in mentions)
    ):
        return fronted.end
    return 0


def _first_party(sentence: str, mentions: list[Mention]) -> Mention | None:
    """The first party the sentence names acting, the one "it" of a later sentence stands
    for: not a place, an object, an agent, a body after a preposition or a party named in a
    circumstance fronted before the subject."""
    main = _main_clause(sentence, mentions)
    return next(
        (
            m
            for m in mentions
            if m.code
            and m.start >= main
            and not m.place
            and not m.object
            and not m.agent
            # "stepped up pressure at the United Nations. On July 12 it accused …": the body
            # after a preposition is where or whom, not the one "it" stands for next
            and not _SETTING_BEFORE.search(text_before(sentence, m.start))
            # "transfers, in which tankers meet North Korean vessels at sea": a party named
            # only inside a relative clause is not the one the sentence is about
            and not (", " in sentence[: m.start] and _in_relative(sentence, m.start))
        ),
        None,
    )


# The words that open a relative clause on a thing, a place or a person: ", in which tankers
# meet …", ", where …", ", who …"
_RELATIVE_OPENER = re.compile(r"\s+(?:in\s+which|which|who|whose|where)\s")


def _in_relative(sentence: str, at: int) -> bool:
    """Whether `at` is inside a relative clause set off by a comma and still open there."""
    clause = open_at(sentence, at)
    return clause is not None and _RELATIVE_OPENER.match(clause.body) is not None


# A finite verb right after a name: the name is its clause's subject
_VERB_NEXT = re.compile(
    r"\s+(?:had\s+|has\s+|also\s+|later\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|told|said|met|sent"
    r"|wrote|made|held|gave|took|began|led|flew|urged|says|tells)\b"
)


def _main_after_fronted(sentence: str, mentions: list[Mention]) -> Mention | None:
    """The main clause's subject after a fronted phrase ("After talks with Lee Do-hoon,
    Seoul's envoy, Biegun told …": Biegun, not Lee), or None."""
    fronted = opening(sentence)
    if fronted is None or not fronted.verbless:
        return None
    return next(
        (
            m
            for m in mentions
            if m.start >= fronted.end
            and m.code
            and "+" not in m.code
            and not (m.place or m.object)
            and re.search(r",\s+(?:[A-Z][\w.'’-]*\s+){0,5}$", sentence[: m.start])
            and _VERB_NEXT.match(sentence, m.end)
        ),
        None,
    )


def _remember_pair(context: Context, out: list[Report]) -> None:
    """The two parties of the sentence's last meeting, visit or call: "the two" of a later
    sentence."""
    for r in out:
        if r.action in ("040", "042", "043", "046", "057", "030") and r.target:
            pair = set(r.actor.split("+")) | set(r.target.split("+"))
            if r.target == "each-other" or not r.target.isupper():
                pair = set(r.actor.split("+"))
            if len(pair) == 2:
                context.pair = joint_code(sorted(pair))


def _remember_pairs_told(context: Context, out: list[Report], mentions: list[Mention]) -> None:
    """How often the story tells of each pair of states, by their reports and by name: "both
    sides" are the pair it has told most of."""
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
        elif not m.code and "allies" in m.alias:
            # "the allies' quarrel ground on": a pair of allies told of, the one the story
            # has told most of, else those on the peninsula (as `resolve_joint` reads them)
            told = [p for p in context.pairs if set(p.split("+")) <= ALLIES]
            key = max(told, key=context.pairs.__getitem__) if told else "KOR+USA"
            context.pairs[key] = context.pairs.get(key, 0) + 1


def _remember_bodies(context: Context, sentence: str, mentions: list[Mention]) -> None:
    """Whose each body named with its state is: "the ministry" of a later sentence."""
    for m in mentions:  # "South Korea's Unification Ministry", "the North's envoy"
        body = BODY.match(sentence, m.end) or BODY_ALIAS.search(m.alias)
        if m.code and "+" not in m.code and not m.place and body:
            context.bodies[body.group("body").lower()] = m.code


def _remember_names(context: Context, sentence: str, mentions: list[Mention]) -> None:
    """The parties the sentence names, and whose the people, "the council", "the committee",
    "the panel" and "the report" it names are, for later sentences to call them by."""
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


def _remember_projects(context: Context, sentence: str) -> None:
    """The projects the sentence names, the last first: "the office" of a later sentence."""
    for slug, _ in reversed(projects_in(sentence)):  # "the office" of a later sentence
        context.projects = (slug, *(x for x in context.projects if x != slug))


def _remember_persons(context: Context, sentence: str, mentions: list[Mention]) -> None:
    """The states of the last two people named, the last named first."""
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


# "He said …", "On Monday, she said …": a sentence whose subject is a pronoun
_OPENS_WITH_HE = re.compile(r"(?:[A-Z][^,]{0,40},\s*)?(?:He|She)\s")


def _remember_person(
    context: Context,
    sentence: str,
    mentions: list[Mention],
    first: Mention | None,
    after_fronted: bool,
) -> None:
    """Whom "he" or "she" of a later sentence stands for: the first person the sentence
    names, none for a person the tables do not know, or no person at all; `after_fronted`:
    `first` is the main clause's subject after a fronted phrase (`_main_after_fronted`)."""
    if (
        first is not None
        and "+" not in first.code
        and not _OPENS_WITH_HE.match(sentence)
        # "On January 1 he said he was ready to meet Trump": he is still the one before
        and not opens_with_fronted_pronoun(sentence, adjuncts=True)
    ):
        # "Kim Yo Jong criticised Seoul. The statement came after the South's drills. She
        # warned …": she is the last person the story named acting, not the South
        main = _main_clause(sentence, mentions)
        persons = [  # "South Korean President Moon Jae-in, who met Trump": a person
            x for x in mentions
            if x.code and "+" not in x.code and not (x.place or x.object) and x.start >= main
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
        elif first in persons and after_fronted:
            context.person, context.impersonal = first.code, False  # not whom it met
        elif persons:
            context.person, context.impersonal = persons[0].code, False
        else:
            context.impersonal = True
    elif first is None and not _OPENS_WITH_HE.match(sentence):
        # "All this was foreshadowed in the address, which is where Kim now puts his policy.
        # On January 1 he said …": no party acts, and the one person named is "he" next
        named = {
            x.code
            for x in mentions
            if x.code and "+" not in x.code and not (x.place or x.object) and is_person(x.alias)
        }
        if len(named) == 1:
            context.person, context.impersonal = named.pop(), True


def _remember_subject(
    context: Context, sentence: str, out: list[Report], first: Mention | None
) -> None:
    """The party the story follows, "it" of a later sentence: the first the sentence names,
    unless it opens with a pronoun still standing for the one before, or its first actor."""
    # "He said North Korea must disarm first.": he is still the one the story follows
    by_pronoun = bool(
        re.match(r"(?:[A-Z][^,]{0,40},\s*)?(?:He|She|It)\s+(?!is\b|was\b)", sentence)
    ) or opens_with_fronted_pronoun(sentence, adjuncts=True)
    if first is not None and "+" not in first.code and not (by_pronoun and context.subject):
        context.subject, context.role = first.code, None
        if out and out[0].actor == first.code:
            context.role = out[0].actor_role
    elif out and not out[0].actor.count("+") and not (by_pronoun and context.subject):
        # "He said Kim had asked him …": the one told of acted, "he" is still who the story
        # follows
        context.subject, context.role = out[0].actor, out[0].actor_role
