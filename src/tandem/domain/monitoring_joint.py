"""Joint actors: whom "the two leaders", "both sides" or "the allies" stand for, from
the states the sentence or the story named before them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tandem.domain.monitoring_mentions import TOPIC_BEFORE, Context, text_before
from tandem.domain.monitoring_report import Mention, Report, clause_start, joint_code, parties_of
from tandem.domain.monitoring_tracks import ALLIES, DRILL_WORDS, EUROPE

# Drills the allies hold: "the combined exercise", "joint drills"
_ALLIED_DRILLS = re.compile(r"\b(?:combined|joint|allied|annual)\s+(?:[\w-]+\s+)?" + DRILL_WORDS)

# "urged the two leaders", "called on both sides": whoever appeals is none of those appealed to
_APPEAL_BEFORE = (
    r"\b(?:on|urged?|urges|urging|asked|asking|told|telling|pressed|pressing|warned|warning"
    r"|encouraged?|encourages|encouraging)\s+$"
)
# "agreed to keep up close coordination on the North": a topic, not one of the two
_TOPIC_OBJECT = re.compile(r"\b(?:on|about|over|against|toward|towards|regarding)\s+(?:the\s+)?$")


# The source told after a clause: "…, South Korean President Moon Jae-in's office said"
_TOLD_BY = re.compile(r",\s+(?:[^,;]{0,80}?\s)?(?:said|says|told|reported|announced)\b")


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
    # "…, Moon's office said after Pompeo briefed Moon": who tells of the two, and what they
    # did then, name no one of the pair
    told = _TOLD_BY.search(sentence, m.end)
    after = {
        c
        for o in mentions
        if o.start > m.end
        and (told is None or o.start < told.start())
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


def resolve_joint(
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
            if len(codes) > size == 2:
                # "After the UN committee granted an exemption, a South Korean train surveyed
                # the North's railways, and the two sides broke ground": of the three named
                # before, the pair the story is about
                pair = _salient_pair(sentence, mentions, m, context, appealer)
                if len(pair) == 2 and pair <= codes:
                    codes = pair
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
            named_here = {c for o in parties for c in o.code.split("+")}
            if len(codes) < 2 or (_ALLIED_DRILLS.search(sentence) and not codes <= named_here):
                # "the combined exercise, which the allies began" after a story of Tokyo and
                # Seoul: the allies who drill on the peninsula, unless the sentence names them
                codes = {"KOR", "USA"}
        out.append(replace(m, code=joint_code(sorted(codes)) if len(codes) >= 2 else ""))
    return out


def group_named(sentence: str, mentions: list[Mention], out: list[Report]) -> str | None:
    """The group a sentence with no report names as one ("as the two Koreas draw closer"), or
    the pair that opens it as its subject ("Moscow and Beijing have long maintained …"): whom
    "they" of the next sentence stands for."""
    if out:
        return None
    joint = [m.code for m in mentions if m.code and "+" in m.code and not (m.place or m.object)]
    if joint:
        return joint[-1]
    if re.search(DRILL_WORDS, sentence) and any(
        "allies" in m.alias and not (m.code or m.place or m.object) for m in mentions
    ):
        # "The spring exercise the allies would be holding is on hold. They postponed …": the
        # allies who drill on the peninsula, as `resolve_joint` reads them by their drills
        return "KOR+USA"
    first = [m for m in mentions if m.code and not m.place][:2]
    if (
        len(first) == 2
        and re.fullmatch(r"(?:(?:But|And|Both|The)\s+)?(?:the\s+)?", sentence[: first[0].start])
        and re.fullmatch(r"(?:'s|’s)?\s+and\s+(?:the\s+)?", sentence[first[0].end : first[1].start])
        and first[0].code != first[1].code
    ):
        return joint_code([first[0].code, first[1].code])
    return None
