"""The tracks of one act: from its code, its sentence's words, its parties and what the
story lends it (docs/monitoring.md, "Tracks"). `monitoring_tracks` holds the words and
the pair rules this uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tandem.domain.monitoring_asides import closed_right_before
from tandem.domain.monitoring_events import REACTIONS
from tandem.domain.monitoring_lexicon import CODE_TRACKS
from tandem.domain.monitoring_report import (
    TRACKS,
    Found,
    Mention,
    Report,
    parties_of,
    states_between,
)
from tandem.domain.monitoring_tracks import (
    ALLIES,
    CONSULTING,
    DRILL_WORDS,
    MEETINGS,
    MILITARY,
    SECURITY_BODY,
    SOLDIERS,
    TRACK_RES,
    has_track_words,
    korean_pair_tracks,
    names_only_ministry,
    north_with_power,
    north_with_power_only,
    topic_tracks,
    tracks_of,
    without_north,
)

# What the allies agree on is their drills being put off ("agreed in a call on Jan. 4 to
# postpone their annual military exercises")
_DRILLS_PUT_OFF = re.compile(
    r"[^;]{0,60}?\bto\s+(?:postpone|put\s+off|suspend|delay|scale\s+back|halt|cancel"
    # "to halt what he called \"war games\"": the drills named in quotes
    r"|call\s+off|stop|end)\s+(?:(?:[\w'’\"“”-]+\s+){0,5}?[\"“]?" + DRILL_WORDS + r"|them\b"
    # "to suspend Vigilant Ace, a large December air exercise": a named drill, then what it is
    r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s+(?:an?|the|their)\s+(?:[\w'’-]+\s+){0,4}?"
    + DRILL_WORDS
    + r")"
    # "to put those drills off until after the Olympics": the particle after the drills
    r"|[^;]{0,60}?\bto\s+(?:put|call)\s+(?:the|those|these|their|its|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + DRILL_WORDS + r"\s+off\b"
)


def puts_off_drills(f: Found, sentence: str, alone: bool = False) -> bool:
    """Whether the allies agree to put off their own drills: the act is the drills' step.
    `alone`: one ally pledges it, whomever the story aims the pledge at."""
    put_off = _DRILLS_PUT_OFF.match(sentence, f.end)
    return (
        f.verb.absorbs
        and set((f.actor or "").split("+")) <= ALLIES
        and (alone or f.target in (None, "each-other"))
        and put_off is not None
        and (  # "urged him not to delay the drills, after the allies agreed to postpone them"
            not put_off.group().endswith("them")
            or bool(re.search(DRILL_WORDS, sentence[: f.start]))
        )
    )


# The next act joined on with a subject of its own: "… and the two agreed", "… but they refused"
_AND_NEXT_ACT = re.compile(r"\s(?:and|but)\s+(?:the\s+two|they|he|she|it)\s+$")

# An event told after an act, in a clause of its own: ", two days after …", ", a day before …"
_OTHER_EVENT = re.compile(r",\s+(?:\w+\s+){0,3}?(?:after|before)\s")


def act_tracks(
    f: Found,
    code: str,
    sentence: str,
    span: tuple[int, int, int],
    ends: re.Match[str] | None,
    before: Sequence[Report],
    out: list[Report],
    mentions: list[Mention],
    put_off: bool,
    on: date | None = None,
) -> tuple[str, ...]:
    """The tracks of one act: the policy of `tracks_of` on the words of its own clause, then
    what the story around it says (the act a reaction names or reacts to, the story's last
    report between the same parties, the two Koreas' own ties). `span` is where its clause
    starts, where the next verb starts, and where the subject's clause starts; `sentence` has
    the line an act goes by blanked (`without_channel`); `before` are the article's earlier
    sentences' reports, `out` this sentence's so far; `put_off`: whether the act is the
    allies' drills put off (`puts_off_drills`); `on`: the act's day, when known (no act done
    after it is one it answers)."""
    lo, nxt, clause = span
    actor = f.actor or ""
    reason, fronted = _refusal_reason(f, actor, sentence, lo)
    local = _without_reason(f, sentence, lo, nxt, reason, fronted)
    local, whole = _spoken_of(f, actor, sentence, lo, nxt, local)
    act = _Act(f, code, actor, sentence, lo, nxt, clause, local, reason, fronted, before, out, on)
    own_tracks = _own_tracks(act, whole, put_off)
    tracks, reacted_act = _story_tracks(act, own_tracks)
    tracks = _talks_not_sanctions(act, tracks, own_tracks)
    tracks = _allies_own_affairs(act, tracks, own_tracks)
    tracks = _north_and_power_unlent(act, tracks, own_tracks)
    tracks = _denunciation_not_coordination(act, tracks, own_tracks)
    tracks = _coordination_of_allies_only(act, tracks, own_tracks)
    tracks = _still_nuclear_question(act, tracks, own_tracks)
    tracks = _korean_pair(act, tracks, reacted_act)
    tracks = _dialogue_with_power(act, tracks, ends, mentions)
    tracks = _koreas_sanctions_own_clause(act, tracks)
    tracks = _council_bodies_on_sanctions(act, tracks)
    return without_north(tracks, code, actor, f.target)


def _refusal_reason(
    f: Found, actor: str, sentence: str, lo: int
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """Where one Korea's refusal of the other tells its reason, after the verb or before it:
    the reason is no track of the refusal."""
    refusal = f.verb.code.startswith(("12", "16")) and states_between(actor, f.target) == {
        "KOR",
        "PRK",
    }
    reason = _REASON.search(sentence, f.end) if refusal else None
    fronted = _REASON_BEFORE_VERB.search(sentence, lo, f.start) if refusal else None
    return reason, fronted


def _without_reason(
    f: Found,
    sentence: str,
    lo: int,
    nxt: int,
    reason: re.Match[str] | None,
    fronted: re.Match[str] | None,
) -> str:
    """The words of the act's own clause, less the reason a refusal gives: the refusal is of
    the two Koreas' ties, not of what it cites."""
    local = sentence[lo:nxt]
    if reason:
        # "called off talks with Seoul, citing the allies' air exercise": one Korea refusing
        # the other on the other's drills is of their ties; the drills are its reason
        local = sentence[lo : min(nxt, reason.start())]
        if not has_track_words(local):
            local = sentence[: reason.start()]
    elif fronted:
        # "North Korea, citing the drills, canceled talks with the South": the reason told
        # between the subject and its verb, the same
        local = sentence[lo : fronted.start()] + " " + sentence[f.start : nxt]
        if not has_track_words(local):
            local = sentence[: fronted.start()] + " " + sentence[f.start :]
    return local


def _spoken_of(
    f: Found, actor: str, sentence: str, lo: int, nxt: int, local: str
) -> tuple[str, str]:
    """The words of the act's clause and of the whole sentence that speak of the act: less an
    aside on its subject and another event told after it; a ministry's word or an appeal to
    meet reaching as far as what it speaks of."""
    whole = sentence
    if aside := closed_right_before(sentence, f.start, lo):
        # "…, a spy chief who is under US sanctions, crossed the border": what the aside says
        # of its person is no track of the act
        local = sentence[lo : aside.start] + " " + sentence[f.start : nxt]
        whole = sentence[: aside.start] + " " + sentence[f.start :]
    other = _OTHER_EVENT.search(sentence, f.end)
    if other and f.verb.code not in REACTIONS:
        # "sent Moon a letter of sympathy, two days after Kim's sister criticized Seoul over
        # a weapons launch": the launch is the other event's word, not the letter's
        whole = sentence[: other.start()]
    if not has_track_words(local) and _AND_NEXT_ACT.search(local, max(0, len(local) - 16)):
        # "congratulated Biden on his victory and the two agreed to work on the nuclear issue":
        # what the next act joined by "and" speaks of is its own, not this act's
        whole = sentence[:nxt]
    if names_only_ministry(local) and not names_only_ministry(whole):
        # "the Unification Ministry urged Pyongyang to return to talks, saying nuclear tests
        # would not help": what it speaks of is told in the rest of the sentence
        local = whole
    if (
        f.verb.code == "020"
        and not has_track_words(local)
        and _MEET_OR_TALK.search(sentence, f.end, nxt + 8)  # "urged them to meet"
        and north_with_power(states_between(actor, f.target))
    ):
        # "urged Washington and Pyongyang to meet each other halfway and called on the council
        # to ease sanctions": the appeal to the North and a power is for their talks; what the
        # next clause asks of others is not its track
        whole = local
    return local, whole


@dataclass(frozen=True, slots=True)
class _Act:
    """One act as its tracks are read: its find, code and acting parties, its sentence (less
    the channel it was told through), where its clause starts, where the next verb starts and
    where the subject's clause starts, the words of its own clause, the reason a refusal
    gives after or before its verb, and the reports told before it."""

    f: Found
    code: str
    actor: str
    sentence: str
    lo: int
    nxt: int
    clause: int
    local: str
    reason: re.Match[str] | None
    fronted: re.Match[str] | None
    before: Sequence[Report]
    out: list[Report]
    on: date | None = None


def _own_tracks(act: _Act, whole: str, put_off: bool) -> tuple[str, ...]:
    """The act's tracks from its own words (`tracks_of`), less sanctions another clause
    speaks of when the North meets or refuses a power or the other Korea."""
    f, actor, sentence, local = act.f, act.actor, act.sentence, act.local
    track_code = f.verb.code
    if put_off:
        track_code = "087"  # "agreed to put off their drills": the drills' step, not a talk
    tracks = tracks_of(
        track_code,
        local if has_track_words(local) else whole,
        actor,
        f.target,
        actor == "KOR" and bool(SECURITY_BODY.search(sentence[act.clause : f.start])),
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
    return tracks


def _story_tracks(act: _Act, tracks: tuple[str, ...]) -> tuple[tuple[str, ...], Report | None]:
    """The tracks the story lends an act its own words do not place, from the first that
    applies: an ally's step it supports, the report it reacts to, the event it names, the
    story's topic between the same parties, the target's last act. Returns them and the
    report they were taken from (the act a reaction takes its tracks from)."""
    f, actor, local = act.f, act.actor, act.local
    between_allies = (
        f.target is not None
        and f.verb.code != "051"  # support for an ally's step is on that step's track
        and len(parties := set(actor.split("+")) | set(f.target.split("+"))) > 1
        and parties <= ALLIES
    )  # "Pompeo complained to Kang about the no-fly zone": a complaint between allies
    # Seoul's security bodies speaking to the North speak of military matters (docs "Tracks"),
    # not of the story's last report ("the National Security Council urged the North to stop
    # actions that raise tension"); an event they name keeps its own tracks
    security_to_north = (
        f.event is None
        and actor == "KOR"
        and states_between(actor, f.target) == {"KOR", "PRK"}
        and bool(SECURITY_BODY.search(act.sentence[act.clause : f.start]))
    )
    if (step := _supported_step(act)) is not None:
        return step.tracks, step
    if (last := _reacted_last_report(act, between_allies, security_to_north)) is not None:
        return last.tracks, last  # a reaction to the last report is on its tracks
    if (
        f.event is not None
        and not has_track_words(_MILITARY_SUBJECT.sub(" ", local))
        and not between_allies
    ):
        return f.event.tracks, None  # "condemned the killing": on the killing's tracks
    if (topic := _story_topic(act, security_to_north)) is not None:
        # "demanded that Tokyo withdraw them": still the export curbs
        return tuple(t for t in TRACKS if t in topic or t in tracks), None
    if (last_act := _target_last_act(act, between_allies)) is not None and not (
        security_to_north and f.verb.code.startswith("13")
    ):  # Seoul's security bodies warning the North threaten force: a military matter
        return last_act.tracks, last_act
    return tracks, None


# "The US military has publicly backed the steps": the military named as who acts, not a
# word of what it acts on
_MILITARY_SUBJECT = re.compile(
    r"\b(?:US|U\.S\.|American|South Korean|Japanese|Chinese)\s+military(?=\s+(?:has|have|had"
    r"|\w+ed|\w+s)\b)"
)


def _supported_step(act: _Act) -> Report | None:
    """The ally's step with the North an ally's support is for: it keeps that step's track."""
    f, actor = act.f, act.actor
    before, out = act.before, act.out
    if (
        f.verb.code == "051"
        and f.event is None
        and f.target in ALLIES
        and actor in ALLIES
        and actor != f.target
        # its own clause names no track: "the committee granted the exemption, and Washington
        # backed it" (the exemption is the committee's act, not the step backed)
        and not has_track_words(_where_clause(act))
        and (
            step := next(
                (
                    r
                    for r in reversed([*before, *out])
                    # "spoke with Abe, who supported Trump's decision": the call between the
                    # allies, or Trump's request to Moon, is not the step with the North
                    if f.target in r.actor.split("+") and not parties_of(r) <= ALLIES
                ),
                None,
            )
        )
        is not None
        and "PRK" in states_between(step.actor, step.target)
    ):
        # "Seoul plans to send food to the North, a step Trump had backed": support for an
        # ally's step with the North keeps that step's track (docs "Tracks")
        return step
    return None


# ", where US officials voiced support for the project": a clause told of a place or meeting
_WHERE = re.compile(r",\s+where\s")


def _where_clause(act: _Act) -> str:
    """The act's own words, from a ", where …" clause it is told in when there is one ("met in
    their working group, where Washington backed the survey": not the meeting's words)."""
    where = list(_WHERE.finditer(act.sentence, act.lo, act.f.start))
    return act.sentence[where[-1].end() : act.nxt] if where else act.local


def _reacted_last_report(act: _Act, between_allies: bool, security_to_north: bool) -> Report | None:
    """The last report of an earlier sentence a reaction answers, its target its actor: the
    reaction is on its tracks."""
    f, sentence, before = act.f, act.sentence, act.before
    if (
        not between_allies
        and not security_to_north
        and before
        and f.target
        and f.verb.code in REACTIONS
        and not has_track_words(sentence)
        and f.target in before[-1].actor.split("+")
        and f.event in (None, before[-1])  # "hailed the move": the move it names
    ):
        return before[-1]
    return None


def _story_topic(act: _Act, security_to_north: bool) -> tuple[str, ...] | None:
    """The story's topic between the act's parties (`topic_tracks`), for an act whose
    sentence names no track; not for the allies' call or meeting, which is their own."""
    f, actor, sentence = act.f, act.actor, act.sentence
    before, out = act.before, act.out
    if (
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
        return topic
    return None


def _not_after(r: Report, on: date | None) -> bool:
    """Whether `r` may be the act a reaction of day `on` answers: "In August, Trump warned
    that North Korean threats would be met with fire", told after the North's summit with Seoul
    in March, answers nothing done later (a plan is answered before its day)."""
    return on is None or r.on <= on or r.modality == "planned"


def _target_last_act(act: _Act, between_allies: bool) -> Report | None:
    """The target's last act, not itself a reaction, that a reaction answers: the reaction
    is on that act's tracks (not when it speaks of talks)."""
    f, sentence = act.f, act.sentence
    before, out = act.before, act.out
    if (
        not between_allies
        and f.target
        and f.verb.code in REACTIONS
        and not has_track_words(sentence)
        and not _TALKS.search(sentence[f.end :])
        and (
            last_act := next(
                (
                    r
                    for r in reversed([*before, *out])
                    if set(f.target.split("+")) & set(r.actor.split("+"))
                    and r.action not in REACTIONS
                    and _not_after(r, act.on)
                ),
                None,
            )
        )
    ):
        # "urged Pyongyang to refrain from further provocations" after it blew up the
        # liaison office: a reaction to the target's last act is on that act's tracks (to
        # "return to diplomacy" is to their talks)
        return last_act
    return None


def _talks_not_sanctions(
    act: _Act, tracks: tuple[str, ...], own_tracks: tuple[str, ...]
) -> tuple[str, ...]:
    """North Korea's meetings with a power, lent sanctions by the story: the nuclear talks,
    unless their own clause says sanctions."""
    f, actor, sentence = act.f, act.actor, act.sentence
    if (
        tracks != own_tracks
        and "sanctions" in tracks
        and "sanctions" not in own_tracks
        # "urged both sides to return to dialogue": speaking of their talks is speaking of
        # their meetings
        and (f.verb.code in MEETINGS or _TALKS.search(sentence[f.end :]))
        and north_with_power(states_between(actor, f.target))
    ):
        # "willing to hold talks with the United States" after a row over sanctions: North
        # Korea's meetings with a power are the nuclear talks unless their own clause says so
        tracks = tuple(t for t in tracks if t != "sanctions") or own_tracks
    return tracks


def _allies_own_affairs(
    act: _Act, tracks: tuple[str, ...], own_tracks: tuple[str, ...]
) -> tuple[str, ...]:
    """The allies between themselves, lent tracks by the story: their coordination, and other
    tracks only from their own words or a demand going on with the story's dispute."""
    f, actor = act.f, act.actor
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
    return tracks


def _north_and_power_unlent(
    act: _Act, tracks: tuple[str, ...], own_tracks: tuple[str, ...]
) -> tuple[str, ...]:
    """North Korea's own act with a power, lent sanctions or the two Koreas' ties by the story:
    the nuclear question, unless its own clause says so."""
    f, actor = act.f, act.actor
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
            and north_with_power_only(states_between(actor, f.target))
        ):
            tracks = tuple(t for t in tracks if t != lent) or own_tracks
    sides = states_between(actor, f.target)
    if (
        tracks != own_tracks
        and "inter-korean" in tracks
        and "inter-korean" not in own_tracks
        and f.verb.code in MEETINGS
        and len(sides) > 1
        and "PRK" not in sides
    ):
        # "Moon received Wang" after Wang backed Seoul's ties with the North: the South's
        # meeting with a power is not the two Koreas' ties the story told
        tracks = tuple(t for t in tracks if t != "inter-korean") or own_tracks
    return tracks


def _denunciation_not_coordination(
    act: _Act, tracks: tuple[str, ...], own_tracks: tuple[str, ...]
) -> tuple[str, ...]:
    """North Korea denouncing the allies' talks: its act with a power, not the allies'
    coordination the story lends it."""
    f, actor = act.f, act.actor
    if (
        tracks != own_tracks
        and "alliance-coordination" in tracks
        and north_with_power(states_between(actor, f.target))
    ):
        # North Korea denouncing the allies' talks: their talks are the allies' affair, the
        # denunciation is North Korea's with a power, as in `tracks_of`
        tracks = tuple(t for t in tracks if t != "alliance-coordination") or own_tracks
    return tracks


def _coordination_of_allies_only(
    act: _Act, tracks: tuple[str, ...], own_tracks: tuple[str, ...]
) -> tuple[str, ...]:
    """A power outside the alliance with an ally, lent the allies' coordination by the story
    ("China's foreign ministry accused Japan" after Abe met Trump): not the allies' affair,
    as in `tracks_of`."""
    sides = states_between(act.actor, act.f.target)
    if (
        tracks != own_tracks
        and "alliance-coordination" in tracks
        and len(sides) > 1
        and not sides <= ALLIES | {"PRK"}
    ):
        tracks = tuple(t for t in tracks if t != "alliance-coordination") or own_tracks
    return tracks


def _still_nuclear_question(
    act: _Act, tracks: tuple[str, ...], own_tracks: tuple[str, ...]
) -> tuple[str, ...]:
    """North Korea and a power on the story's tracks, accusing a named party or welcoming a
    turn: still the nuclear question, added to what the story lends."""
    f, actor, sentence = act.f, act.actor, act.sentence
    if (
        tracks != own_tracks
        and f.event is None
        and re.match(r"\s+(?:the\s+)?[A-Z]", sentence[f.end :])  # "accused Washington"
        and not {"denuclearization", "inter-korean"} & set(tracks)
        and f.verb.code not in ("163", "085", "171")
        and north_with_power_only(states_between(actor, f.target))
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
        and north_with_power_only(states_between(actor, f.target))
    ):
        # Japan welcoming the North's turn told after its deal with Seoul: a power and the
        # North, on the story's inter-Korean tracks, are the nuclear question too
        tracks = tuple(t for t in TRACKS if t in tracks or t == "denuclearization")
    return tracks


# ", and Moon and Kim signed the military pact": a clause of its own, with its own subject
_NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?:then\s+)?(?:[A-Z]|the\s|their\s|they\s)"
)


def _own_clause_end(sentence: str, f: Found, nxt: int) -> int:
    """Where an act's words end: at the next act when a coordinated clause with its own
    subject tells it ("opened the office in September, and their ministers signed the military
    pact": the pact's words are not the office's), else at the sentence's end."""
    if _NEXT_CLAUSE.search(sentence, f.end, nxt):
        return nxt
    if f.verb.code in CONSULTING and re.search(r"\s(?:and|but)\s+$", sentence[f.end : nxt]):
        # "was ready for dialogue with Seoul and called on the South to ease military
        # tension": an offer to meet ends where the next act of its subject begins
        return nxt
    return len(sentence)


def _military(r: Report) -> bool:
    """Whether a report is a military act; an accord signed is one only between the two
    Koreas ("the pledge Pyongyang signed with Washington in Singapore" is no military pact)."""
    return r.action in MILITARY and (r.action != "057" or parties_of(r) <= {"KOR", "PRK"})


def _korean_pair(act: _Act, tracks: tuple[str, ...], reacted_act: Report | None) -> tuple[str, ...]:
    """The two Koreas' tracks for an act between them or with what it absorbs
    (`korean_pair_tracks`): a reaction to a military act told in the same sentence is on
    that act's tracks; nuclear words, Seoul's security bodies, soldiers meeting and an
    event told between a power and a Korea keep the tracks as they are."""
    f, code, actor, sentence = act.f, act.code, act.actor, act.sentence
    lo, nxt, reason, fronted = act.lo, act.nxt, act.reason, act.fronted
    before, out, local = act.before, act.out, act.local
    reacted = f.event or next(
        (r for r in reversed([*before, *out])
         if f.target and set(r.actor.split("+")) & set(f.target.split("+"))),
        None,
    )  # fmt: skip
    if f.verb.code in REACTIONS and reacted is not None and _military(reacted):
        if (
            not has_track_words(local)
            and any(r is reacted for r in out)
            and {actor, f.target} == {"KOR", "PRK"}
        ):
            # "…, prompting Seoul to urge restraint": on the tracks of what prompted it
            tracks = reacted.tracks
    elif (
        not TRACK_RES["denuclearization"].search(
            sentence[lo : fronted.start()] + " " + sentence[f.start :]
            if fronted and not reason
            else sentence[lo : reason.start() if reason else _own_clause_end(sentence, f, nxt)]
        )
        and not (actor == "KOR" and SECURITY_BODY.search(sentence[: f.start]))
        # "Generals from both sides held talks": their meetings are military steps
        and not (code in CONSULTING and SOLDIERS.search(sentence[lo:nxt]))
        # "Moon welcomed the handover" of remains to the US: on the handover's tracks
        # ("welcomed Pyongyang's decision" to free three Americans: on that act's tracks)
        and not (
            (told := f.event or (reacted_act if code == "051" else None)) is not None
            and tracks == told.tracks
            and (
                states_between(told.actor, told.target) - {"KOR", "PRK"}
                # "welcomed the release" of detainees, an act of the North the story aims at
                # no one yet: the North's own step, on its tracks
                or (told.target is None and told.actor == "PRK")
            )
        )
    ):
        # with what it absorbs; "urged the North to stop" after a launch is about the launch
        tracks = korean_pair_tracks(tracks, code, actor, f.target)
    return tracks


def _dialogue_with_power(
    act: _Act, tracks: tuple[str, ...], ends: re.Match[str] | None, mentions: list[Mention]
) -> tuple[str, ...]:
    """One Korea to the other on the North's talks with a power named after the verb: the
    nuclear question."""
    f, code, actor, sentence, nxt = act.f, act.code, act.actor, act.sentence, act.nxt
    clause_end = ends.start() if ends else len(sentence)
    if (
        states_between(actor, f.target) == {"KOR", "PRK"}
        and code not in CONSULTING  # what one says to the other, not their own meeting
        # ("the Unification Ministry welcomed the North's offer of talks with Washington":
        # the ministry's name is who speaks, not what it speaks of)
        and (not has_track_words(sentence) or names_only_ministry(sentence))
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
    return tracks


def _koreas_sanctions_own_clause(act: _Act, tracks: tuple[str, ...]) -> tuple[str, ...]:
    """The two Koreas' act is on sanctions only when its own clause, less a circumstance
    told after it, says so."""
    f, actor, local, lo = act.f, act.actor, act.local, act.lo
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
    return tracks


def _council_bodies_on_sanctions(act: _Act, tracks: tuple[str, ...]) -> tuple[str, ...]:
    """The council's bodies and powers neither Korea is among work on the sanctions, not on
    the two Koreas' ties the sanctions are for."""
    f, actor = act.f, act.actor
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
    return tracks


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
_REASON_BEFORE_VERB = re.compile(r",\s+(?:citing|blaming|in protest (?:at|against))\s[^,;]*,\s*$")
_REASON = re.compile(
    r"(?:,\s+|\s+)(?:citing|over|unless|because of|in protest (?:at|against)|blaming)\s"
)
