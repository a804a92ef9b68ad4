"""The act each verb phrase of a sentence tells (docs/monitoring.md): whether it is one of its
own, then its actor, modality, code, date, target and tracks, read one phrase after another
with what the phrases before left (`VerbWalk`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from tandem.domain.monitoring_act_tracks import act_tracks, puts_off_drills
from tandem.domain.monitoring_aim import aim_act
from tandem.domain.monitoring_asides import opened_before
from tandem.domain.monitoring_dates import counted_day, date_in, names_a_day
from tandem.domain.monitoring_events import GENERIC_OBJECT, REACTIONS, owns_the_price, reacted_to
from tandem.domain.monitoring_lexicon import WOMEN
from tandem.domain.monitoring_mentions import Reading, is_person, role_of, text_before
from tandem.domain.monitoring_modality import is_finite, modality_of
from tandem.domain.monitoring_passive import passive_actor
from tandem.domain.monitoring_repeats import own_clause_end, repeats, told_of_its_day
from tandem.domain.monitoring_report import (
    CLAUSE_END,
    Found,
    Mention,
    Report,
    clause_start,
    code_name,
    joint_code,
)
from tandem.domain.monitoring_subjects import FRONTED_GERUND, PASSIVE_BEFORE, active_subject
from tandem.domain.monitoring_tracks import ALLIES, TRACK_RES, tracks_of, without_channel
from tandem.domain.monitoring_verbs import JOINED_IN, RESOLUTION_ADOPTED

# "its demand that Washington lift sanctions", "the request that Tokyo drop its curbs": the
# verb (in its base form) of a clause a noun of asking governs is what was asked, not done
# "handed Kim an invitation from Putin to visit Russia": what the invitation asks, no act
# What may stand between the relative word of an aside opened right before its verb and that
# verb: ", who flew into …,", ", who had flown …"
_OWN_VERB_NEXT = re.compile(r"\s+(?:had\s+|has\s+|also\s+)?")
# "drew praise from China, whose ministry called": the source an aside on it follows, and
# any words of that aside up to the verb
_FROM = re.compile(r"\bfrom\s+[^,;]*$")
_ANY_WORDS = re.compile(r"\s.*", re.S)


_INVITATION_TO = re.compile(
    r"\b(?:an|the|his|her|its|their|[\w.-]+['’]s)\s+invitation\s+"
    r"(?:from\s+(?:[\w.'’-]+\s+){1,4}?)?to\s+$"
)


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
    # "The draft also proposes scrapping …": told in the present, what the text provides too
    r"(?:,[^,;]*,)?\s+(?:would\s+)?(?:\w+\s+)?$"
)

# "circulated a draft resolution that would ease sanctions on the North's exports and exempt
# inter-Korean rail projects": every verb of the text's relative clause is what it provides
_DOCUMENT_THAT_WOULD = re.compile(
    r"\b(?:draft|resolution|proposal|plan|bill)\b[^;:]{0,80}?\b(?:that|which)\s+would\s+"
    r"(?:(?:(?!\b(?:said|says|but|while|who)\b)[^;:])*?(?:,|\band|\bor)\s+)?(?:\w+\s+)?$"
)


# "the declaration Moon and Kim signed on April 27, in which they agreed to open an office":
# what the signed text holds, told with its signing, no act of its own
_SIGNED_IN_WHICH = re.compile(
    r"\bsign(?:ed|ing)\b[^;:]{0,160}?,\s+in\s+which\s+(?:[\w'’-]+\s+){1,4}$"
)


@dataclass
class VerbWalk:
    """What reading a sentence's verb phrases one after another holds: the sentence (its
    reports so far in `reading.out`), and what the phrases before leave for the next one."""

    reading: Reading
    published: date
    codebook: Mapping[str, tuple[str, int]]
    verbs: list[Found]
    quotes: list[tuple[int, int]]
    quote_text: str | None
    previous: Found | None = None
    content_end: int = -1  # where the last verb taken as an agreement's content ends
    purpose_end: int = -1  # "would visit … to brief Moon": the briefing is the visit's purpose

    def first_subject(self, end: int) -> Mention | None:
        return next(
            (
                m
                for m in self.reading.mentions
                if m.start < end and m.code and not (m.place or m.object)
            ),
            None,
        )


@dataclass(frozen=True)
class _Span:
    """Where a verb phrase's words lie: the start of its clause, where its subject may start
    (`lo`), where the next phrase starts, the end of its clause (`ends`) and of its object
    (`stop`), the mentions before it and after it, and what a reaction says was said."""

    clause: int
    lo: int
    nxt: int
    ends: re.Match[str] | None
    stop: int
    left: list[Mention]
    right: list[Mention]
    content: list[Mention]


@dataclass(frozen=True)
class _Acting:
    """Who does an act: the subject's mentions, where the subject ends, the candidate targets
    and the weak ones, a target already known, whether it is a resolution's own act, and the
    actor's code."""

    actor_ms: list[Mention]
    subject_end: int
    targets: list[Mention]
    weak: list[Mention]
    held_target: str | None
    adopted: bool
    actor: str


def verb_act(walk: VerbWalk, i: int, f: Found) -> None:
    """The reports the `i`-th verb phrase `f` tells, added to `walk.reading.out`: whether it
    tells an act of its own, then who does it, how (modality), what (code), when, whom it is
    aimed at and on which tracks."""
    sentence = walk.reading.sentence
    if _not_told_as_done(walk, f):
        return
    finite = is_finite(sentence[f.start : f.end])
    if _more_content(walk, f, finite) or _absorbed_content(walk, i, f, finite):
        return
    if _same_meeting(walk, f):
        return
    # "Calling the launch \"inappropriate\", the military urged …": one opening the sentence
    gerund = bool(
        re.match(r"[a-z]+ing\b" if f.start else r"[A-Za-z][a-z]*ing\b", sentence[f.start : f.end])
    )
    f.passive = _is_passive(sentence, f, gerund)
    span = _span_of(walk, i, f)
    if _no_act_of_its_own(walk, f, span):
        return
    acting = _actor_of(walk, f, span, gerund)
    if acting is None:
        return
    if not _settle_modality(walk, f, acting):
        return
    code = _code_of(sentence, f)
    on = _date_of(walk, f, span, code)
    members = _aim(walk, f, code, span, acting, gerund)
    if members is None:
        return
    code, tracks = _code_and_tracks(walk, f, code, span, acting.adopted, gerund, on)
    if _told_already(walk, f, code, on):
        return
    _add_reports(walk, f, code, members, tracks, on, span.nxt)
    if not f.verb.fronted:  # "protested against drills that the allies began, calling …"
        walk.previous = f


def opening_participle_act(walk: VerbWalk) -> None:
    """A participle opening the sentence, with no one named in its clause, is the act of the
    main clause's subject: "Calling the talks \"a farce\", the ministry urged Seoul …" (the
    ministry's, read once the main clause told whose it is)."""
    out = walk.reading.out
    first = walk.verbs[0]
    if first.start != 0 or first.actor or not out:
        return
    opener = FRONTED_GERUND.match(walk.reading.sentence)
    if opener is None or opener.start("verb") != 0 or opener.group("verb")[0].islower():
        return
    told = len(out)
    first.actor, first.role, walk.previous = out[0].actor, out[0].actor_role, None
    verb_act(walk, 0, first)
    out[:] = out[told:] + out[:told]


def _not_told_as_done(walk: VerbWalk, f: Found) -> bool:
    """Whether where the phrase stands makes it no act: a visit's purpose, a quotation, the
    clause of a demand or what a measure permits others."""
    sentence, out = walk.reading.sentence, walk.reading.out
    if f.start < walk.purpose_end:
        return True
    if any(a < f.start < b for a, b in walk.quotes):
        return True  # words inside a quotation are what was said, not what was done
    if _INVITATION_TO.search(text_before(sentence, f.start)):
        return True  # "brought Kim an invitation to visit Russia": what was invited
    if _DEMANDED_THAT.search(text_before(sentence, f.start)) and not re.match(
        r"\w+(?:ed|s)\b", sentence[f.start : f.end]
    ):
        return True  # "repeated its demand that Washington lift sanctions": what was asked
    # "tightened its sanctions, allowing member states to seize vessels": a power the
    # measure told grants, not a second act
    return bool(_PERMITTED.search(text_before(sentence, f.start))) and any(
        r.action == "163" for r in out
    )


def _more_content(walk: VerbWalk, f: Found, finite: bool) -> bool:
    """Whether the phrase is one more item of the content just taken ("agreed to turn …,
    halt … and open an office"); the content ends here when it is not."""
    sentence = walk.reading.sentence
    if (
        walk.content_end >= 0
        and not finite
        # "demanded that Washington return the ship, denouncing the seizure": a participle
        # after the content is the subject's own act, not another item of it
        and not re.match(r"[a-z]+ing\b", sentence[f.start : f.end])
        and re.fullmatch(
            r"[^;]*?(?:,|\band|\bor)\s+(?:at least\s+|\w+\s+)?",
            sentence[walk.content_end : f.start],
        )
        and not re.search(r"\b(?:said|says|while|but)\b", sentence[walk.content_end : f.start])
    ):
        walk.content_end = f.end
        return True  # "agreed to turn …, halt … and open an office": all agreed on
    walk.content_end = -1
    return False


def _absorbed_content(walk: VerbWalk, i: int, f: Found, finite: bool) -> bool:
    """Whether the phrase is the content of an absorbing verb just before it, no act of its
    own; whom that content names may aim the verb's report (`_content_aims_prior`)."""
    sentence, verbs = walk.reading.sentence, walk.verbs
    # what an absorbing verb just before says ("demanded that Seoul … stop drills"),
    # even when that verb itself had no one named to report
    prior = walk.previous if walk.previous is not None else (verbs[i - 1] if i else None)
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
        and not re.search(r"\b(?:said|says|while|but|which|who)\b", sentence[prior.end : f.start])
    ):
        _content_aims_prior(walk, i, f, prior)
        walk.content_end = f.end
        return True  # "agreed to reconnect": the reconnecting is what was agreed
    return False


def _content_aims_prior(walk: VerbWalk, i: int, f: Found, prior: Found) -> None:
    """Whom the content names aims the report of the verb that says it ("vowed to visit
    Seoul"), or the other Korea an inter-Korean content is with."""
    sentence, mentions, _, out, _ = walk.reading.unpack()
    verbs = walk.verbs
    if (
        prior is walk.previous
        and out
        and (
            out[-1].target is None
            or walk.previous.told
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
        and not GENERIC_OBJECT.match(sentence, walk.previous.end)
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
            # "offered to dismantle Yongbyon in exchange for relief from UN sanctions"
            and not owns_the_price(sentence, prior.end, m.start, m.end)
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
        prior is walk.previous
        and out
        and out[-1].target is None
        and out[-1].actor in ("KOR", "PRK")
        and TRACK_RES["inter-korean"].search(
            sentence[f.start : verbs[i + 1].start if i + 1 < len(verbs) else len(sentence)]
        )
    ):  # "offered to host another inter-Korean summit": with the other Korea
        other = "PRK" if out[-1].actor == "KOR" else "KOR"
        out[-1] = replace(out[-1], target=other)


# What ties a phrase to the meeting told just before it: "… and (also) discussed", "…, who
# (then) briefed him"
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+)?$")
_WHO_BEFORE = re.compile(r",\s+who\s+(?:also\s+|then\s+)?$")
_HIM_AFTER = re.compile(r"\s+(?:him|her|them)\b")


def _same_meeting(walk: VerbWalk, f: Found) -> bool:
    """Whether the phrase only goes on with the meeting told just before."""
    sentence, previous = walk.reading.sentence, walk.previous
    if previous is None or not previous.verb.code == f.verb.code == "040" or not previous.target:
        return False
    before = text_before(sentence, f.start)
    return bool(
        # "held talks with Lee on Thursday and discussed a plan": one meeting
        (sentence[f.start : f.end].startswith("discuss") and _AND_BEFORE.search(before))
        # "met Unification Minister Lee, who briefed him on Seoul's proposals": the one met
        # briefing the visitor at that meeting
        or (
            sentence[f.start : f.end].startswith("brief")
            and _WHO_BEFORE.search(before)
            and _HIM_AFTER.match(sentence, f.end)
        )
    )


def _is_passive(sentence: str, f: Found, gerund: bool) -> bool:
    """Whether the phrase is passive: done by others than the words before it name."""
    return (
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
                r"(?:open to|ready for|due in|in (?=[A-Z]))\b", sentence[f.start :]
            )  # "was open to", "was in Beijing for talks"
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


def _span_of(walk: VerbWalk, i: int, f: Found) -> _Span:
    """Where the phrase's subject, object and clause lie, and what a reaction says was said:
    its subject is sought back to its clause or the phrase before, its object up to the next
    phrase or the clause's end."""
    sentence, mentions, verbs = walk.reading.sentence, walk.reading.mentions, walk.verbs
    prev_end = verbs[i - 1].end if i else 0
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
    window = text_before(sentence, f.start)
    if opened_before(window, len(window), _OWN_VERB_NEXT):
        # "Biegun, who flew into Pyongyang on Wednesday, told Kang …": the aside's object
        # ends at its closing comma; the main clause's is no one it was aimed at
        comma = sentence.find(",", f.end, stop)
        stop = comma if comma >= 0 else stop
    if f.verb.code == "171":  # "detained the ship in April and handed it to US officials"
        cut = re.compile(r",|\band\b|\bin\b|\bwhich\b").search(sentence, f.end, stop)
        stop = cut.start() if cut else stop
    right = [m for m in mentions if f.start < m.start < stop]
    return _Span(clause, lo, nxt, ends, stop, left, right, content)


# A relative on a thing named after a preposition, right before its verb: "… on containing
# the disease, which had already crossed"
_THING_WHICH = re.compile(
    r"\s(?:on|in|of|for|about|over|against|into|from)\s+(?:[a-z]+ing\s+)?"
    r"(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+which\s+"
    r"(?:(?:has|had|have|was|is|had\s+been)\s+)?(?:[a-z]+ly\s+|already\s+|also\s+)?$"
)


def _no_act_of_its_own(walk: VerbWalk, f: Found, span: _Span) -> bool:
    """Whether the phrase only describes: a count, a view of what is too early, or what a
    text would provide (whose later items are then its too)."""
    sentence = walk.reading.sentence
    if f.passive and re.search(
        r"\bthe\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){1,3}$",
        text_before(sentence, f.start),
    ):
        return True  # "bring to 58 the number of individuals blacklisted by the EU": a count
    if _SIGNED_IN_WHICH.search(sentence, 0, f.start):
        return True  # "signed the accord in Seoul, in which they agreed to …": its content
    if _TOO_EARLY.search(sentence, 0, f.start):
        return True  # "premature to offer relief while it refused to talk": a view of both
    if not f.passive and _THING_WHICH.search(sentence, 0, f.start):
        # "to work with the North on containing the disease, which had already crossed into
        # the North": the relative tells of the thing named last, no party acts
        return True
    if not f.passive and (
        _DOCUMENT_WOULD.search(sentence, span.lo, f.start)
        or (
            not is_finite(sentence[f.start : f.end])
            and _DOCUMENT_THAT_WOULD.search(sentence, 0, f.start)
        )
    ):
        walk.content_end = f.end  # "…, end a ban … and exempt projects": the text's too
        return True  # "the Chinese-Russian draft would lift a ban": what a text provides
    return False


def _actor_of(walk: VerbWalk, f: Found, span: _Span, gerund: bool) -> _Acting | None:
    """Who does the act: the subject its voice gives, then "she" for the last woman named, a
    resolution's council and a participle's main subject; None when no one does it (or the
    resolution's act was told already)."""
    sentence, out = walk.reading.sentence, walk.reading.out
    held_target: str | None = None
    subject_end = 0
    weak: list[Mention] = []
    if f.passive:
        passive = passive_actor(
            f, walk.reading, (span.lo, span.left, span.right), walk.previous, walk.first_subject
        )
        if passive is None:
            return None
        actor_ms, subject_end, targets, held_target = passive
    else:
        actor_ms, subject_end, targets, weak = active_subject(
            f,
            walk.reading,
            (span.lo, span.nxt),
            span.left,
            span.right,
            walk.previous,
            gerund,
            walk.first_subject,
        )
    if actor_ms:
        _actor_of_mentions(walk, f, actor_ms)
    _she_named_before(walk, f, span)
    if not f.actor:
        _event_subject(walk, f)
    adopted = (
        f.verb.fronted
        and f.verb.code == "163"
        and bool(RESOLUTION_ADOPTED.search(text_before(sentence, f.start)))
    )
    if adopted:
        if any(r.actor == "UN" and r.action == "163" for r in out):
            return None  # "capped the North's imports in a resolution adopted on Dec. 22": one act
        # "under a resolution adopted on Dec. 22": the council's, whoever the clause named
        f.actor, f.role, f.inherited = "UN", None, False
    if not f.actor:
        return None
    _participle_main_subject(walk, f, gerund)
    _joined_in(walk, f, span, gerund)
    return _Acting(actor_ms, subject_end, targets, weak, held_target, adopted, f.actor)


# "… but at a council meeting it joined": "it" right before the verb
_IT_BEFORE = re.compile(r"\bit\s+(?:then\s+|also\s+)?$")


def _joined_in(walk: VerbWalk, f: Found, span: _Span, gerund: bool) -> None:
    """ "China joined Russia in urging the council": the gerund is done by the subject of
    "joined" together with those it joined (one joint act, `CHN+RUS`), not by those alone."""
    sentence = walk.reading.sentence
    window = text_before(sentence, f.start)
    joined = JOINED_IN.search(window)
    if joined is None or f.passive:
        return
    at = f.start - len(window) + joined.start()
    partners = {
        m.code for m in walk.reading.mentions if at < m.start < f.start and m.code and not m.place
    }
    if not partners:
        return
    join = replace(
        f, start=at, end=at + len(joined.group(1)), actor=None, role=None, inherited=False
    )
    left = [m for m in span.left if m.end <= at]
    if not _actor_of(walk, join, replace(span, left=left), gerund) and _IT_BEFORE.search(
        sentence, 0, at
    ):
        # "Beijing says …, but at a council meeting it joined Russia in …": "it" is the
        # sentence's subject, past the body named in between
        main = walk.first_subject(at)
        join.actor = main.code if main is not None else None
    if join.actor and join.actor not in partners:
        f.actor, f.role = joint_code([join.actor, *partners]), None


# "The meeting drew a welcome from Beijing": a sentence opened by the act told before it
_EVENT_SUBJECT = re.compile(
    r"(?:The|This|That|Its|Their|His|Her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|visit"
    r"|move|decision|step|launch(?:es)?|tests?|event|remarks|announcement)\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+)?"
)


def _event_subject(walk: VerbWalk, f: Found) -> None:
    """An inverse verb ("drew praise from", "drew a rebuke from") whose subject is the act the
    sentence before told: that act's parties are the ones the source answers (both sides of a
    meeting)."""
    sentence, before = walk.reading.sentence, walk.reading.before
    if not (f.verb.inverse and before and _EVENT_SUBJECT.fullmatch(sentence, 0, f.start)):
        return
    last = before[-1]
    parties = last.actor.split("+")
    if last.action.startswith("04") and last.target and last.target.isupper():
        parties += last.target.split("+")  # "Trump met Kim …. The meeting drew …": both
    f.actor, f.role = joint_code(sorted(set(parties))), None


def _participle_main_subject(walk: VerbWalk, f: Found, gerund: bool) -> None:
    """A participle after "and" goes on with the subject of the sentence's first one."""
    sentence = walk.reading.sentence
    if (
        gerund
        and re.search(r"\band\s+$", text_before(sentence, f.start))
        and (opener := re.search(r",\s+[a-z]+ing\b[^;,]*\band\s+$", sentence[: f.start]))
        and (main := walk.first_subject(opener.start())) is not None
        and main.code
        and main.code != f.actor
    ):
        # "Trump played down the threat, telling reporters that Kim had signed a contract
        # and praising him as 'a man of his word'": the participles go on with the
        # sentence's subject, not the one the first one's clause named
        f.actor, f.role = main.code, role_of(main.alias, main.code, walk.published)
    elif (
        (means := _MEANS_PARTICIPLE.search(sentence, 0, f.start)) is not None
        and (main := walk.first_subject(means.start())) is not None
        and main.code
        and main.code != f.actor
    ):
        # "demanded that the United States hand back the ship, using a news conference to
        # denounce the seizure": the one who used it, the sentence's subject, not the one
        # the clause before the comma named
        f.actor, f.role = main.code, role_of(main.alias, main.code, walk.published)


# ", using a rare news conference to …": the means the subject took for what follows
_MEANS_PARTICIPLE = re.compile(r",\s+(?:using|taking)\s+(?:[\w.'’-]+\s+){1,8}?to\s+$")


# "Chung said he and Suh would …": a teller, then "he and" opening what was said
_SAID_HE_AND = re.compile(
    r"\b(?:said|says|told\s+\w+|added|announced)\s+(?:that\s+)?(?:he|she)\s+and\s+$"
)


def _actor_of_mentions(walk: VerbWalk, f: Found, actor_ms: list[Mention]) -> None:
    """The actor's code and role from the subject's mentions ("he and Trump": both)."""
    sentence, mentions, before, _, context = walk.reading.unpack()
    codes = [m.code for m in actor_ms if m.code]
    if any(not m.code for m in actor_ms):
        codes += [m.code for m in mentions if m.code and m.start < f.start]
        if not codes and before and "+" in before[-1].actor:
            codes = [before[-1].actor]
    if codes and re.search(r"\b(?:he|she|He|She)\s+and\s+$", sentence[: actor_ms[0].start]):
        # "a week after he and Trump signed": he is the person named before, else the
        # one the story follows
        said = _SAID_HE_AND.search(sentence, 0, actor_ms[0].start)
        teller = next(
            (
                m.code
                for m in mentions
                if said is not None
                and m.code
                and not m.place
                and re.fullmatch(r"\s+(?:also\s+|later\s+)?", sentence[m.end : said.start()])
            ),
            None,
        )  # "Chung said he and Suh would fly": he is the one who said it
        he = teller or next(
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
    f.role = role_of(actor_ms[0].alias, actor_ms[0].code, walk.published)


def _she_named_before(walk: VerbWalk, f: Found, span: _Span) -> None:
    """An inherited "she" is the last woman the story named."""
    sentence, mentions, context = walk.reading.sentence, walk.reading.mentions, walk.reading.context
    if (
        f.inherited
        and context.her
        and f.actor != context.her
        and re.search(
            r"(?:^|[,;:]\s*|\b(?:and|but|that|then)\s+)she\s+(?:\w+\s+){0,3}$"
            # "She likened the office to a dog and mocked …": a verb joined to hers
            r"|(?:^|[,;:]\s*)she\s+[a-z]{3,}ed\b[^,;]*\band\s+(?:also\s+|then\s+)?$",
            sentence[span.lo : f.start],
            re.IGNORECASE,
        )
        and not any(m.alias in WOMEN for m in mentions if m.end <= f.start)
    ):  # "she" is the last woman named, not the office or state the sentence before named
        f.actor, f.role = context.her, None


def _settle_modality(walk: VerbWalk, f: Found, acting: _Acting) -> bool:
    """Sets the act's modality (its own clause's words, else the phrase it goes on from);
    False when it is only hypothetical, no report."""
    sentence = walk.reading.sentence
    subject_end = acting.subject_end
    own = re.search(
        r"\band\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?$", text_before(sentence, f.start)
    )
    if own and is_finite(sentence[f.start : f.end]):
        # "Moon told Abe the two could not afford … and called for Japan to …": what
        # comes before "and" is another clause, not this verb's modal
        subject_end = max(subject_end, f.start - len(text_before(sentence, f.start)) + own.start())
    f.modality = "done" if acting.adopted else modality_of(sentence, f, subject_end)
    if (
        f.inherited
        and walk.previous is not None
        and f.modality == "done"
        and (
            walk.previous.modality != "negated"
            or re.search(r"\b(?:and|or|nor)\s+(?:\w+\s+)?$", text_before(sentence, f.start))
        )
    ):  # "would redeploy troops … and resume drills"; not "has yet to visit, a trip he pledged"
        f.modality = walk.previous.modality
    if f.modality == "hypothetical":
        walk.previous = f
        return False  # "could scrap the agreement", "hopes to meet": nothing done or planned
    return True


def _code_of(sentence: str, f: Found) -> str:
    """The act's code: its verb's, but a readiness to meet is an intent and a refusal to
    talk is a refusal."""
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
    return code


def _date_of(walk: VerbWalk, f: Found, span: _Span, code: str) -> date:
    """The act's day: the one its own clause names (ahead when planned), else its span's, the
    sentence's, or the day the article was published. A readiness to meet is of the day it
    was stated, not of the meeting's ("said on Monday it was willing to meet in late
    September")."""
    sentence, published = walk.reading.sentence, walk.published
    own_end = own_clause_end(sentence, f.end, span.nxt)
    if code == "036" and f.verb.code != "036" and not names_a_day(sentence[f.start : own_end]):
        return (
            date_in(sentence[: f.start], published, False)
            or date_in(sentence[own_end:], published, False)
            or published
        )
    planned = f.modality == "planned" or bool(  # "said they would hold talks on April 4"
        re.search(r"\b(?:will|would|to)\s+(?:\w+\s+)?$", text_before(sentence, f.start))
    )
    return (
        counted_day(sentence, f.start, own_end, published)
        or date_in(sentence[f.start : own_end], published, planned, sentence[: f.start])
        or date_in(sentence[span.lo : own_end], published, False, sentence[: span.lo])
        or date_in(sentence, published, False)
        or published
    )


def _aim(
    walk: VerbWalk, f: Found, code: str, span: _Span, acting: _Acting, gerund: bool
) -> set[str] | None:
    """Whom the act is aimed at (`aim_act`) and what a reaction answers; returns the acting
    parties, or None when it is no report (a visit with no state met)."""
    sentence, _, before, out, _ = walk.reading.unpack()
    tail = sentence[f.end : span.nxt]
    aiming = aim_act(
        f,
        code,
        set(acting.actor.split("+")),
        (acting.actor_ms, span.left, acting.targets, acting.weak, span.content),
        walk.reading,
        tail,
        span.stop,
        walk.previous,
        gerund,
        acting.held_target,
    )
    if aiming is None:
        return None
    members, aimed_end = aiming
    if aimed_end >= 0:
        walk.purpose_end = aimed_end
    if f.verb.code in ("042", "043") and f.target is None and len(members) == 1:
        return None  # "visited a potato farm", "due to meet Pope Francis": no state met
    if f.event is None and f.verb.code in REACTIONS:  # "supported Trump's decision"
        f.event = reacted_to(tail, [*before, *out], members, vague=False)
    return members


def _code_and_tracks(
    walk: VerbWalk,
    f: Found,
    code: str,
    span: _Span,
    adopted: bool,
    gerund: bool,
    on: date | None = None,
) -> tuple[str, tuple[str, ...]]:
    """The act's tracks (`act_tracks`), and its code where the tracks or its words change it:
    a step on drills, praise in a call, the grounds of the act before."""
    sentence, mentions, before, out, _ = walk.reading.unpack()
    channelless = without_channel(sentence)
    put_off = puts_off_drills(f, channelless)
    tracks = act_tracks(
        f,
        code,
        channelless,
        (span.lo, span.nxt, span.clause),
        span.ends,
        before,
        out,
        mentions,
        put_off,
        on,
    )
    if adopted:
        tracks = ("sanctions",)  # the resolution's own act, whatever its sentence is about
    if "+" in (f.actor or "") and put_off:
        # "the allies agreed to postpone their drills": one report, the drills' own step,
        # which like the drills themselves is aimed at no one
        code, f.target = "087", None
    elif code == "030" and puts_off_drills(f, sentence, alone=True):
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
    return code, tracks


def _told_already(walk: VerbWalk, f: Found, code: str, on: date) -> bool:
    """Whether the act is one the sentence told already: of its day, or one protest told in
    two verbs."""
    sentence, out = walk.reading.sentence, walk.reading.out
    if told_of_its_day(sentence, f, out, code, on):
        return True
    if (
        code == "036"
        and re.match(r"(?:hand|gave|give)", sentence[f.start : f.end])
        and any(
            (o.actor, o.action, o.target) == (f.actor, code, f.target)
            for o in [*walk.reading.before, *out]
        )
    ):
        return True  # "… and handed Moon her brother's invitation": the invitation told before
    if (
        code.startswith(("11", "051"))
        and (whose := opened_before(sentence, f.start, _ANY_WORDS, ("whose",)))
        and _FROM.search(sentence, 0, whose.start)
        and any((o.actor, o.action, o.target) == (f.actor, code, f.target) for o in out)
    ):
        return True  # "drew praise from China, whose ministry called it a positive step": one
    if code.startswith("11") and any(
        (o.actor, o.action, o.target, o.on) == (f.actor, code, f.target, on) for o in out
    ):
        # "summoned the ambassador and lodged a formal protest", "criticised the South …
        # and called the decision shameful": one protest of one day, told in two verbs
        if not f.verb.fronted:
            walk.previous = f
        return True
    return False


def _add_reports(
    walk: VerbWalk,
    f: Found,
    code: str,
    members: set[str],
    tracks: tuple[str, ...],
    on: date,
    span_end: int,
) -> None:
    """The act's report (one of each actor when they acted separately), then its repeats."""
    sentence, mentions, _, out, _ = walk.reading.unpack()
    assert f.actor is not None  # set by `_actor_of`; `aim_act` only swaps it for a source
    name, weight = code_name(code, walk.codebook)
    confidence = 80 if not f.inherited else 65
    if f.target:
        confidence += 10
    if f.passive:
        confidence -= 10
    actors = [f.actor]
    if (
        "+" in f.actor
        and f.target
        and f.target != "each-other"
        and not set(f.target.split("+")) & members
        and (
            re.search(r"\bseparate\b", sentence[f.start : f.end])
            or re.search(r"\b(?:each|separately)\s+$", text_before(sentence, f.start))
        )
    ):
        # "Abe and Moon each held separate talks with Xi": two acts, one of each
        actors = f.actor.split("+")
    targets: list[str | None] = [f.target]
    if (
        f.target
        and "+" in f.target
        and "+" not in f.actor
        and (
            re.search(r"\bseparate\b", sentence[f.start : f.end])
            or re.match(r"[^,;.]*?\bseparately\b", sentence[f.end :])
        )
    ):
        # "Xi met Moon and Abe separately", "held separate talks with Moon and Abe": one act
        # with each (docs "Gold conventions": acts told as separate stay separate)
        targets = list(f.target.split("+"))
    for actor, target in [(a, t) for a in actors for t in targets]:
        own = tracks
        if len(targets) > 1 and not {actor, target} <= ALLIES:
            # the allies' coordination the pair met lent it is no track of a meeting with one
            # of them alone
            own = tuple(t for t in tracks if t != "alliance-coordination") or tracks
        out.append(
            Report(
                actor=actor,
                action=code,
                action_name=name,
                goldstein=weight,
                target=target,
                on=on,
                tracks=own,
                modality=f.modality,
                evidence=sentence,
                quote=walk.quote_text,
                confidence=min(confidence, 95),
                actor_role=f.role,
            )
        )
    out += repeats(
        out[-1], f, sentence, span_end, walk.published, mentions, walk.verbs, walk.codebook
    )
