"""Passes over the whole article's reports, after each sentence was read: one event told
twice kept once, and acts whose sentence names no one aimed by what the story told before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

from tandem.domain.monitoring_dates import date_in
from tandem.domain.monitoring_events import WORLD_WARNED, owns_the_price
from tandem.domain.monitoring_mentions import mentions_in, text_before
from tandem.domain.monitoring_report import Report, parties_of, states_between
from tandem.domain.monitoring_tracks import (
    OWN_SITE_STEP,
    has_track_words,
    korean_pair_tracks,
    tracks_of,
)

_THE_TWO_DISCUSSED = re.compile(
    # ", where, his office said, the two leaders discussed": the meeting's place, a teller
    r"(?:,?\s+and|,\s+where,?(?:\s+[^,;]{1,40}?\s+said,)?)\s+the\s+two"
    r"(?:\s+(?:sides|men|officials|envoys|ministers|leaders))?\s+(?:also\s+)?"
    r"(?:discussed|talked|exchanged\s+views)\b"
)


def met_then_the_two(reports: list[Report]) -> list[Report]:
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
                # (claimed or done alike: "where, his office said, the two discussed")
                and (o.modality == r.modality or "negated" not in (o.modality, r.modality))
                and {o.actor, o.target or ""} == members
                for o in out
            )
        ):
            continue
        out.append(r)
    return out


# "Seoul hit back within hours.": a rebuke told with no words of its own, the sentence ending
_BARE_REBUKE = re.compile(r"\b(?:hit|struck|fired)\s+back\b[^,;:]*$")


def praise_told_twice(reports: list[Report]) -> list[Report]:
    """ "Xi congratulated Kim on the anniversary …, praising the party's achievements": praise
    and the participle that says what it praised are one act, so one report (the gold
    conventions: an event told twice is one report)."""
    seen: set[tuple[str, str, str | None, date, str, str]] = set()
    out = []
    for r in reports:
        key = (r.actor, r.action, r.target, r.on, r.evidence, r.modality)
        if r.action == "051" and key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def rebuke_then_its_words(reports: list[Report]) -> list[Report]:
    """ "Seoul hit back within hours. Moon's spokesman called her remarks 'rude' …": the next
    sentence tells the words of the rebuke the bare one summed up, one act, so one report:
    the first (other acts of that sentence, a warning, stay)."""
    out: list[Report] = []
    said: list[str] = []  # the sentences with reports, in order
    for r in reports:
        if not said or said[-1] != r.evidence:
            said.append(r.evidence)
        if (
            len(said) >= 2
            and r.evidence == said[-1]
            and r.modality != "negated"
            and any(
                o.evidence == said[-2]
                and _BARE_REBUKE.search(o.evidence.rstrip(" .\"'”"))
                and (o.actor, o.action, o.target, o.on) == (r.actor, r.action, r.target, r.on)
                for o in out
            )
        ):
            continue
        out.append(r)
    return out


# "The Security Council will meet on Wednesday at the request of the United States", "asked
# for a closed-door meeting of the UN Security Council": the council sitting
_COUNCIL_SITS = re.compile(
    r"\bSecurity\s+Council\s+(?:will\s+|would\s+|is\s+to\s+)?(?:meets?|met|held|holds?"
    r"|convene[sd]?)\b"
)
_COUNCIL_MEETING = re.compile(r"\b(?:meeting|session)\s+of\s+the\s+(?:UN\s+)?Security\s+Council\b")


def council_sittings(reports: list[Report]) -> list[Report]:
    """The Security Council's own sitting ("the council held a meeting on the DPRK at the
    request of the United States") is the council at work, not a meeting with anyone, nor one
    between the states that asked for it: no report."""
    return [
        r
        for r in reports
        if not (
            r.action.startswith("04")
            and (
                (r.actor == "UN" and _COUNCIL_SITS.search(r.evidence))
                or (
                    r.target == "each-other"
                    and "UN" not in r.actor.split("+")
                    and _COUNCIL_MEETING.search(r.evidence)
                )
            )
        )
    ]


# "Pompeo, speaking during a visit to Canada, urged …", "who was visiting Canada": the visit
# is where the words were said
_VISIT_AS_SETTING = re.compile(
    r"\b(?:(?:speaking|talking)\s+(?:during|on)\s+(?:a|an|his|her)\s+(?:\w+\s+)?(?:visit|trip)"
    r"|(?:who\s+(?:was|is)\s+|while\s+)visiting"
    r"|(?:told|telling)\s+reporters\s+(?:during|on)\s+(?:a|an|his|her)\s+(?:\w+\s+)?(?:visit|trip))\b"
)


def visits_as_settings(reports: list[Report]) -> list[Report]:
    """A visit told only as where someone spoke ("Pompeo, speaking during a visit to Canada,
    urged Seoul and Tokyo …") to a state that takes no part in any other act of the story is
    the place of the words, not an act of the story: no report."""
    out: list[Report] = []
    for r in reports:
        host = r.target
        if (
            r.action == "042"
            and host is not None
            and host.isalpha()
            and host.isupper()
            and _VISIT_AS_SETTING.search(r.evidence)
            and not any(
                o is not r and host in (o.actor.split("+") + (o.target or "").split("+"))
                for o in reports
            )
        ):
            continue
        out.append(r)
    return out


# "has carried out a burst of weapons tests", "a string of launches": several tests, no day
_TESTS_SUMMED_UP = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:carried\s+out|conducted|fired|launched|staged)\s+"
    r"an?\s+(?:\w+\s+)?(?:burst|string|series|spate|flurry|run)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tests|launches|firings|missiles)\b"
)


def one_test_a_day(reports: list[Report], published: date) -> list[Report]:
    """A party's missile or nuclear test told again on the same day (in the lead, then in its
    own paragraph: "on Thursday … hours after Pyongyang fired two missiles … On Thursday
    afternoon the North fired two short-range missiles") is one event, so one report: the
    first. Only tests whose sentences name their day: an undated one may be another, unless it
    sums several up with no day ("has carried out a burst of weapons tests") where the story
    tells the dated ones."""
    tests = [r for r in reports if r.action in ("X01", "X02")]
    day_told = {r.evidence: date_in(r.evidence, published, False) for r in tests}
    dated_testers = {r.actor for r in tests if day_told[r.evidence] == r.on}
    seen: dict[tuple[str, str, date], str] = {}
    out: list[Report] = []
    for r in reports:
        if r.action not in ("X01", "X02"):
            out.append(r)
            continue
        told = day_told[r.evidence]
        if r.actor in dated_testers and told is None and _TESTS_SUMMED_UP.search(r.evidence):
            continue  # "has carried out a burst of weapons tests": the dated ones, summed up
        if r.modality != "negated" and told == r.on:
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


def acceptance_aimed(reports: list[Report]) -> list[Report]:
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


def hosted_talks_aimed(reports: list[Report]) -> list[Report]:
    """An accepted invitation from a host to return for more talks is readiness to meet the
    other side of those talks (the gold conventions: aimed at the other side), not an act
    towards the host: aim it at the party the actor most often deals with in the story."""
    out = []
    for r in reports:
        # only the acceptance: "disputed his account …, and said it had accepted an
        # invitation from Sweden to return": the rejection keeps whom it answers
        if r.target and r.action.startswith("03") and _HOSTED_TALKS.search(r.evidence):
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


# "imposed fresh sanctions after Pyongyang tested an ICBM", "in response to the North's
# launch": the party whose act a step answers
_CAUSE_BEFORE = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|in\s+response\s+to|in\s+retaliation\s+for|to\s+punish)\s+"
    r"(?:the\s+)?$"
)


# Demands, disapproval, rejection, threats, sanctions and coercion answer another's act (not
# support: "backed the draft after France had softened its wording" is not aimed at France)
_ANSWERING_ROOTS = ("10", "11", "12", "13", "16", "17")


def _aimed_at(r: Report, target: str) -> Report:
    """`r` aimed at `target`: tracks that came from having no one aimed at ("it agreed to pay"
    Washington for its troops: not Seoul on its own ties) are read again with the party, as
    `aimed_in_story` does."""
    tracks = r.tracks
    if tracks == tracks_of(r.action, r.evidence, r.actor, None):
        tracks = tracks_of(r.action, r.evidence, r.actor, target)
    return replace(r, target=target, tracks=korean_pair_tracks(tracks, r.action, r.actor, target))


def aimed_at_cause(r: Report) -> Report:
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
    return _aimed_at(r, causes.pop())


def aimed_in_story(reports: list[Report]) -> list[Report]:
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
            and not (r.action == "030" and OWN_SITE_STEP.search(r.evidence))
            # "warned that the world would soon witness a new weapon": told to no one
            and not (r.action.startswith("13") and WORLD_WARNED.search(r.evidence))
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


def offer_aimed(r: Report) -> Report:
    """An offer, pledge or readiness with no one named as its object is aimed at the other
    side (the gold conventions): when its sentence names one other party, that party
    ("Pyongyang said it was ready to resume dialogue, after Seoul's appeal")."""
    if r.target is not None or r.action not in ("030", "036"):
        return r
    mine = set(r.actor.split("+"))
    named = [
        m for m in mentions_in(r.evidence) if not owns_the_price(r.evidence, 0, m.start, m.end)
    ]
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
    return _aimed_at(r, others.pop())


_OBJECT_OF_SPEECH = re.compile(
    r"\b(?:warn(?:ed|ing|s)?|accus(?:ed|ing|es)|criticiz(?:ed|ing|es)|criticis(?:ed|ing|es)"
    r"|condemn(?:ed|ing|s)?|threaten(?:ed|ing|s)?)\s+(?:the\s+)?$"
)


# The parties a proposal to act in their capital is put to (a venue such as Hanoi is not one).
_COUNTERPARTS = frozenset({"KOR", "PRK", "USA", "JPN", "CHN", "RUS"})


def no_alliance_with_north(r: Report) -> Report:
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


# "hit back on Saturday", "fired back", "retorted": an answer to what was said of the one
# answering
_RETORT = re.compile(r"\b(?:hit|fired|struck|shot)\s+back\b|\bretort(?:s|ed)?\b")


def retort_aimed(reports: list[Report]) -> list[Report]:
    """A retort whose sentence names no one it is aimed at answers the last act aimed at its
    actor: "Five states condemned the launch. The North hit back, calling the statement
    \"reckless\"" is aimed at the five, on their act's tracks, not at whom the story named
    before them."""
    out: list[Report] = []
    for i, r in enumerate(reports):
        if r.target and r.target.isupper() and _RETORT.search(r.evidence):
            named = {m.code for m in mentions_in(r.evidence)}
            cause = next(
                (
                    o
                    for o in reversed(reports[:i])
                    if o.evidence != r.evidence
                    and o.target
                    and r.actor in o.target.split("+")
                    and r.actor not in o.actor.split("+")
                ),
                None,
            )
            if cause is not None and r.target not in named and cause.actor != r.target:
                r = replace(r, target=cause.actor, tracks=cause.tracks)
        out.append(r)
    return out
