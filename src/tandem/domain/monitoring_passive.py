"""The actor of a passive ("was detained", "were imposed by"): its agent, or whoever the
sentence or the story makes clear holds the person or took the step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tandem.domain.monitoring_events import REACTIONS, aimed_at
from tandem.domain.monitoring_mentions import Context, Reading, text_before
from tandem.domain.monitoring_report import Found, Mention, Report, clause_start
from tandem.domain.monitoring_subjects import PASSIVE_BEFORE

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


def passive_actor(
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
            # "why a Canadian frigate patrols: the sanctions, imposed by the council": a
            # colon closes the clause whose subject the passive could be about
            and ":" not in sentence[main.end : f.start]
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
