"""Which of the four tracks an act is on: the policy of docs/monitoring.md "Tracks"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tandem.domain.monitoring_lexicon import CODE_TRACKS, PROJECTS, TRACK_WORDS
from tandem.domain.monitoring_report import TRACKS, Report, parties_of, states_between

TRACK_RES = {t: re.compile(r"(?<![\w-])(?:" + TRACK_WORDS[t] + r")") for t in TRACKS}


ALLIES = frozenset({"USA", "KOR", "JPN"})


EUROPE = frozenset({"GBR", "FRA", "DEU", "ESP", "SWE", "EU"})


# Where an action of one Korea is aimed at the other.
BORDER = re.compile(
    r"\b(?:border|DMZ|Demilitari[sz]ed Zone|demarcation line|front ?line|inter-Korean|"
    r"Joint Security Area|Northern Limit Line|frontline)\b"
)


CONSULTING = frozenset({"010", "030", "036", "040", "042", "043", "046", "057", "061"})


# The two Koreas' soldiers and generals: a military step, whatever else is said
SOLDIERS = re.compile(
    r"\b(?:[Ss]oldiers|[Gg]enerals?|general-level|the two militaries|military (?:talks|officers)"
    # "officers from the two sides met at the line", "army engineers from North and South"
    r"|[Oo]fficers (?:from|of) (?:the two|both) sides|[Aa]rmy engineers"
    r"|defen[cs]e ministers|[Dd]efen[cs]e [Mm]inistry|military agreement)\b"
)


# The two Koreas' projects that are military steps (docs "Tracks")
MILITARY_PROJECTS = frozenset({"military-agreement", "guard-posts"})


# The two Koreas' military agreement, by any of its names
_MILITARY_PACT = re.compile(r"\bmilitary (?:agreement|accord|pact)\b")


# A security body speaking to the other Korea speaks of military matters
SECURITY_BODY = re.compile(
    r"National Security Council|Joint Chiefs(?: of Staff)?|[Dd]efen[cs]e [Mm]inist(?:ry|er)"
)


# The Security Council's sanctions committee and its panel of experts, named or told again
# ("the panel", "the report" of the panel).
_SANCTIONS_BODY = re.compile(
    r"\b(?:sanctions committee|panel of experts|(?:[Tt]he|its) (?:committee|panel|report))\b"
)


# The allies' own drills, held or suspended: the one military step of theirs on the nuclear track
DRILL_WORDS = r"(?:drills?|exercises?|war\s+games|manoeuvres|maneuvers)\b"
_DRILLS = re.compile(r"\b" + DRILL_WORDS)


# Meetings: North Korea's with a power are the nuclear talks, the allies' their coordination,
# whatever the sentence says of sanctions ("the Hanoi summit collapsed over sanctions relief"),
# unless sanctions are what they met on
MEETINGS = frozenset({"036", "040", "042", "043", "046"})
_MET_ON_SANCTIONS = re.compile(
    r"\bdiscuss\w*\s+(?:[\w-]+\s+){0,3}?sanctions"
    r"|\b(?:talks|meeting|negotiations?)\s+(?:on|about)\s+(?:[\w-]+\s+){0,3}?sanctions"
    # "would keep working with Washington to ensure the sanctions are enforced": its purpose
    r"|\b(?:work|cooperat|coordinat)\w*\s+with\b[^,.;]*?\bto\s+(?:[\w-]+\s+){1,6}?sanctions"
    # "to keep consulting closely on sanctions matters", "working closely with Washington on
    # enforcing the sanctions", "to coordinate their policy on the North, including sanctions
    # exemptions": what the allies consult on
    r"|\b(?:work|cooperat|coordinat|consult)\w*\s+(?:closely\s+)?(?:with\s+\w+\s+)?"
    r"(?:on|over)\s+(?:[\w-]+\s+){0,3}?sanctions"
    r"|\bcoordinat\w*\s+(?:their\s+|its\s+)?(?:policy|policies|approach(?:es)?)\s+"
    r"(?:on|to|toward)\s+[^.;]{0,50}?\bsanctions"
)


# The leaflets flown across the border: the two Koreas' quarrel, unless a military step is told
_LEAFLETS = re.compile(r"\bleaflets?\b")


# Seoul's ministry for the North, named as the one who acts
_MINISTRY = re.compile(r"[Uu]nification [Mm]inist(?:ry|er)")


# "urged all members to enforce the measures fully", "an easing of the measures": the
# sanctions told again by what is done to them (between the allies, "lift the measures" are
# Tokyo's export curbs, their dispute)
_SANCTIONS_MEASURES = re.compile(
    # "to consider easing some of the measures": a part of them
    r"\b(?:enforc|eas|lift|adjust|tighten|loosen|undermin|modif)\w*\s+(?:of\s+)?"
    r"(?:(?:some|all|most|part|parts|many)\s+of\s+)?the\s+measures\b"
    r"|\bthe\s+measures\s+(?:to\s+be\s+)?(?:eased|lifted|modified|adjusted)\b"
)


# "urged Seoul not to ease pressure on the North", "called on Washington to keep up maximum
# pressure": one ally asking another to keep or ease it asks about the sanctions campaign
_PRESSURE_KEPT = re.compile(
    r"\b(?:keep|keeps|kept|keeping|maintain\w*|eas(?:e|es|ed|ing)|relax\w*)\s+(?:up\s+)?"
    r"(?:the\s+|their\s+|its\s+)?(?:maximum\s+)?pressure\b"
)


# One Korea scolding the other for its protest at the scolder's own act ("called Seoul's
# presidential office foolish for protesting against a firing drill"): what it answers is the
# other's words, a matter of their ties, not the drill
_THEIR_PROTEST = re.compile(
    # "derided the office for having expressed \"strong regret\" over a drill": regret voiced
    r"\bfor\s+(?:having\s+)?(?:(?:protest|criticis|criticiz|object|complain)\w*"
    r"|express\w*\s+[\"“]?(?:[\w-]+\s+)?(?:regret|concern)[\"”]?)\s+"
    r"(?:against\s+|to\s+|about\s+|over\s+)?[^,.;]*"
    r"|(?:'s|’s|\bthe)\s+(?:protest|response|reaction|criticism)\s+(?:over|against|to)\s+"
    r"[^,.;]*"
    # "accused Seoul of hypocrisy, noting that it staged drills itself while complaining about
    # the North's": a double standard charged is the protest answered, their quarrel
    r"|\b(?:hypocri\w*|double\s+standards?)[^.;]*"
)


# The line a message goes by ("lodged a protest through the military communication line",
# "after notifying the South by military hotline"): the channel, not what the act is about
_CHANNEL = re.compile(
    r"\b(?:through|via|by|over|using)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:hotlines?|communication\s+(?:lines?|channels?))\b"
)


# Their lines themselves, told as what was cut or restored
_HOTLINE = re.compile(r"\b(?:hotlines?|communication\s+(?:lines?|channels?))\b")


def without_channel(text: str) -> str:
    """`text` with the line an act goes by blanked, at the same length (its spans still
    hold); a military line leaves the word "military" (a military matter all the same)."""

    def blank(m: re.Match[str]) -> str:
        word = "military" if re.search(r"\bmilitary\b", m.group()) else ""
        return word.ljust(len(m.group()))

    return _CHANNEL.sub(blank, text)


# The two Koreas' meetings, visits, agreements and offers to each other
_KOREAS_TIES = frozenset({"030", "036", "040", "042", "043", "046", "057"})


# "Kim pledged to dismantle the Sohae launch site", "agreed to close Yongbyon": a pledge of a
# step on the North's own sites is its own disarmament, aimed at no one (docs "Reports"),
# and on the nuclear question even when pledged to Seoul ("the pledge Kim made to Moon to
# dismantle the engine test site"), not the two Koreas' ties
OWN_SITE_STEP = re.compile(
    r"\b(?:dismantl|clos|shut|destroy|demolish|scrap|abandon|blow)\w*\s+(?:up\s+|down\s+)?"
    r"(?:[\w'’-]+\s+){0,6}?(?:"
    + "|".join(pattern for pattern, _, owners in PROJECTS if owners == ("PRK",))
    + r")",
    re.IGNORECASE,
)


# The two Koreas' meeting a power's welcome names ("hailed the summit", "the talks", "praised
# the two Koreas for sitting down together")
_THEIR_MEETING = re.compile(r"\b(?:summit|meeting|talks|sitting down|sat down)\b")


def north_with_power(sides: set[str]) -> bool:
    """North Korea and a power other than the South among `sides` (the South may be there)."""
    return "PRK" in sides and bool(sides - {"KOR", "PRK"})


def north_with_power_only(sides: set[str]) -> bool:
    """North Korea and a power, the South not among `sides`."""
    return "PRK" in sides and "KOR" not in sides and len(sides) > 1


def tracks_of(
    code: str, text: str, actor: str, target: str | None, security: bool = False
) -> tuple[str, ...]:
    """The tracks of an act told in `text`; `security`: its subject is one of Seoul's security
    bodies, named before the clause (else they are looked for in `text`: one decision for the
    military reading and for the default track)."""
    if code in ("X01", "X02"):
        return ("denuclearization",)  # a test is the nuclear and missile question, whatever else
    actors = set(actor.split("+"))
    targets = set((target or "").split("+")) - {""}
    if target == "each-other" or not (target or "").isupper():
        targets = set()  # the parties themselves, or a project of theirs: no other state
    pair = actors | targets
    if "IOC" in pair and pair & {"KOR", "PRK"}:
        return ("inter-korean",)  # the Olympic body and the Koreas: their sports exchanges
    if pair == {"KOR", "PRK"} and code.startswith(("11", "12")):
        text = _THEIR_PROTEST.sub(" ", text)
    found = {t for t in TRACKS if TRACK_RES[t].search(text)}
    if (
        "inter-korean" in found
        and not TRACK_RES["inter-korean"].search(_MINISTRY.sub("", text))
        and (found - {"inter-korean"} or pair - {"KOR", "PRK"})
    ):
        # "the Unification Ministry urged Pyongyang to return to talks, saying nuclear tests
        # would not help": the ministry is who speaks; what it speaks of is the other track,
        # or the North's dealings with a power ("called on both sides to resume talks")
        found.discard("inter-korean")
    if {"inter-korean", "denuclearization"} <= found and not TRACK_RES["inter-korean"].search(
        _LEAFLETS.sub("", text)
    ):
        # "threatened to scrap the military agreement unless Seoul stopped the leaflets": the
        # leaflets are the grievance, the military step is what the act is about
        found.discard("inter-korean")
    if not (len(pair) > 1 and pair <= ALLIES) and _SANCTIONS_MEASURES.search(text):
        found.add("sanctions")
    if len(pair) > 1 and pair <= ALLIES and code.startswith("02") and _PRESSURE_KEPT.search(text):
        found.add("sanctions")  # one ally asking another to keep its pressure on the North
    if not pair <= ALLIES | {"PRK"} or ("PRK" in pair and not pair <= {"KOR", "PRK"}):
        found.discard("alliance-coordination")  # "Pyongyang's main ally", not our allies
    if code in CODE_TRACKS and not (
        CODE_TRACKS[code] == "sanctions"
        and ((len(pair) > 1 and pair <= ALLIES) or (actors == {"PRK"} and pair == {"KOR", "PRK"}))
    ):  # an ally's export curbs on another ("tightened controls on exports to South Korea")
        # are their dispute, not the sanctions, unless named so; so are the North's curbs on
        # the South ("froze South Korean assets in Kaesong"): their ties, not the sanctions
        # on the North
        found.add(CODE_TRACKS[code])
    if "UN" in pair and _SANCTIONS_BODY.search(text):
        # "The report also questioned Seoul's handling of the fuel, saying it should have
        # notified the committee": the council's sanctions bodies work on the sanctions
        found.add("sanctions")
    seizure = code in ("171", "090") and targets == {"PRK"} and not actors & {"KOR", "PRK"}
    if seizure:
        # "detained the North's bulk carrier", "photographed the North Korean tanker": enforcing
        # the sanctions, whatever launch or weapons its sentence names besides
        found = {"sanctions"}
    # soldiers, or Seoul's security bodies speaking to the North ("the Joint Chiefs of Staff
    # sent a message through the military hotline"): a military matter
    seoul_security = actors == {"KOR"} and (security or bool(SECURITY_BODY.search(text)))
    security = seoul_security and pair == {"KOR", "PRK"}
    # the two Koreas acting on their military agreement or guard posts: a military step
    soldiers = bool(SOLDIERS.search(text)) or security or target in MILITARY_PROJECTS
    if soldiers and pair == {"KOR", "PRK"} and (code in CONSULTING or security):
        # "generals agreed to restore the military hotlines": a military step, not their ties
        found.discard("inter-korean")
    if (
        {"KOR", "PRK"} <= pair
        and pair <= {"KOR", "PRK"}
        and code in ("040", "042", "057", "030")
        and not soldiers
        and not (code == "030" and OWN_SITE_STEP.search(text))
        # "the two Koreas signed a military accord": their military step, not their ties
        and not (code == "057" and _MILITARY_PACT.search(text))
    ):
        found.add("inter-korean")  # the two Koreas meeting, agreeing: an inter-Korean step
    if pair == {"KOR", "PRK"} and code in _KOREAS_TIES:
        # "agreed at their summit to reopen the resort, but UN sanctions have kept it shut":
        # the two Koreas meeting, visiting, agreeing or offering are their ties (or a military
        # step); the sanctions a sentence names are the hurdle, not what they did together
        found.discard("sanctions")
    if code == "180" and pair == {"KOR", "PRK"}:
        found = {"inter-korean"}  # "troops shot a South Korean official": the two Koreas' ties
    if code in ("061", "161") and pair and pair <= {"KOR", "PRK"} and _HOTLINE.search(text):
        # "the military hotline, which the North cut on June 9": cutting or restoring their
        # lines, military ones too, is a matter of their ties (docs "Tracks")
        found = {"inter-korean"}
    if code in ("087", "150", "154") and actors <= ALLIES and not targets:
        found = {"denuclearization"} | (found & {"sanctions"})  # the allies' drills, together
    elif len(pair & ALLIES) >= 2 and pair <= ALLIES:
        # between the allies, or the allies together: their coordination, whatever it is
        # about ("Pompeo briefed Moon on the Singapore meeting"), but for their own drills,
        # sanctions, and what one says of the other's inter-Korean steps
        keep = {"sanctions"} | (
            {"denuclearization"}
            if code in ("087", "150", "154") and _DRILLS.search(text)
            else set()
        )  # their drills, not "suspended its decision to end the military intelligence pact"
        if code not in CONSULTING and not code.startswith(("10", "11")):
            # what one says of the other's inter-Korean steps, but a demand or complaint
            # between them is their coordination whatever it is about (docs "Tracks")
            keep.add("inter-korean")
        if code == "051" and (
            "inter-korean" in found
            or TRACK_RES["denuclearization"].search(re.sub(r"\bmilitary\b", "", text))
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
    if (
        code in MEETINGS
        and (north_with_power(pair) or (len(pair) > 1 and pair <= ALLIES))
        and not _MET_ON_SANCTIONS.search(text)
    ):
        # North Korea's meetings with a power are the nuclear talks, the allies' their
        # coordination, with sanctions only when they met on them (docs "Tracks")
        found.discard("sanctions")
    if code in MEETINGS and north_with_power_only(pair):
        # "Wang held talks with Ri and said China supported the Panmunjom Declaration": the
        # North's meetings with a power are the nuclear talks, not the two Koreas' ties
        found.discard("inter-korean")
    # "Moscow called on both Koreas to show restraint": an outside power's appeal to the two
    # Koreas together is about their quarrel, not the nuclear question
    both_koreas = (
        (code.startswith("02") or (code == "051" and _THEIR_MEETING.search(text) is not None))
        and targets == {"KOR", "PRK"}
        and not actors & targets
    )  # "Trump called the summit exciting": a power's welcome of the two Koreas' meeting
    if not found and both_koreas:
        found = {"inter-korean"}
    elif not found:
        if (
            pair == {"PRK"}
            or (seoul_security and pair <= {"KOR", "PRK"})
            # "Generals from both sides held talks on its implementation"
            or (soldiers and pair <= {"KOR", "PRK"})
        ):
            found = {"denuclearization"}
        elif pair <= {"KOR", "PRK"}:
            found = {"inter-korean"}
        elif pair <= ALLIES and len(pair) > 1:
            found = {"alliance-coordination"}  # the allies between themselves
        else:
            found = {"denuclearization"}
    elif (
        north_with_power(pair)
        and code not in ("163", "085", "014")
        and not seizure
        and not both_koreas
    ):
        found.add("denuclearization")  # North Korea and the powers: the nuclear question
    if code == "163" and actors == {"UN"} and "sanctions" in found:
        # "adopted resolution 2397 in response to the North's test of an ICBM": the test is
        # the grounds of the council's sanctions, whose track they keep alone
        found.discard("denuclearization")
    return tuple(t for t in TRACKS if t in found)


MILITARY = frozenset({"X01", "X02", "087", "150", "154", "190", "057"})


def without_north(
    tracks: tuple[str, ...], code: str, actor: str, target: str | None
) -> tuple[str, ...]:
    """An act on the sanctions among parties without North Korea is a position on the
    sanctions ("urged countries to keep enforcing sanctions until the North gives up its
    weapons": the nuclear question is their condition, not a second track); the nuclear
    question is added only where North Korea is a party (docs "Tracks")."""
    if (
        "sanctions" not in tracks
        or "denuclearization" not in tracks
        or code in MILITARY
        or code in MEETINGS  # a meeting with a power is still the nuclear talks' business
        or "PRK" in states_between(actor, target)
    ):
        return tracks
    return tuple(t for t in tracks if t != "denuclearization")


def korean_pair_tracks(
    tracks: tuple[str, ...], code: str, actor: str, target: str | None
) -> tuple[str, ...]:
    """What one Korea says to or does with the other, in words of no other track, is on their
    own track unless it is a military act (a test, drills, the military agreement)."""
    pair = states_between(actor, target)
    if pair != {"KOR", "PRK"} or code in MILITARY:
        return tracks
    if (
        code in ("163", "085", "014")
        and actor == "KOR"
        and target == "PRK"
        and "sanctions" in tracks
    ):
        # Seoul's own sanctions on the North, imposed, eased or an easing weighed
        return ("sanctions",)
    return tuple(t for t in TRACKS if t == "inter-korean" or (t == "sanctions" and t in tracks))


def topic_tracks(pool: Sequence[Report], actor: str, target: str | None) -> tuple[str, ...]:
    """The tracks of the article's last report between the same parties: a sentence with no
    word of its own on a track goes on with the story's."""
    parties = states_between(actor, target)
    for r in reversed(pool):
        if len(parties & parties_of(r)) >= min(2, len(parties)) and has_track_words(r.evidence):
            return r.tracks
    return ()


def has_track_words(text: str) -> bool:
    return any(TRACK_RES[t].search(text) for t in TRACKS)


def names_only_ministry(text: str) -> bool:
    """Whether the only track words of `text` are the Unification Ministry's name: who acts,
    not yet what it acts on."""
    return has_track_words(text) and not has_track_words(_MINISTRY.sub("", text))
