"""Open-source monitoring: who did what to whom, read from news text by rules (docs/monitoring.md).

The extractor is a set of hand-written rules over sentences: actor mentions (states, capitals,
ministries, officials resolved for the date, organisations), verb phrases coded in CAMEO, the
modality around them, the target after them and the date they name. No model, no download:
every rule is in this file and its siblings, so what it finds can be explained by reading
them. This file reads an article sentence by sentence (`extract`, `_from_sentence`,
`_reports`); the passes it calls are named after what they decide:

- `monitoring_sentences` (the text as sentences), `monitoring_verbs` (the verb phrases that
  code an act), `monitoring_modality` (done, planned, claimed, negated);
- `monitoring_mentions` (who a sentence names), `monitoring_subjects` (who does an active
  verb), `monitoring_passive` (who does a passive one), `monitoring_joint` ("the two
  leaders"), `monitoring_aim` (whom an act is aimed at);
- `monitoring_events` (events told as nouns, and what a reaction names),
  `monitoring_sentence_acts` (acts a sentence tells beyond its verbs), `monitoring_repeats`
  (an act told again, or of several days), `monitoring_dates`;
- `monitoring_act_tracks` and `monitoring_tracks` (the tracks of an act), `monitoring_story`
  (passes over the whole article's reports), `monitoring_memory` (what a sentence leaves the
  article's `Context` for the next ones: the pair, the bodies, the people, the subject);
- `monitoring_verb_index` (which phrases a word can begin), the types in `monitoring_report`,
  and every word the rules know in `monitoring_lexicon`. Matching to measures is in
  `monitoring_match`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from tandem.domain.errors import InvalidInput
from tandem.domain.monitoring_act_tracks import act_tracks, puts_off_drills
from tandem.domain.monitoring_aim import aim_act
from tandem.domain.monitoring_dates import date_in
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
from tandem.domain.monitoring_joint import resolve_joint
from tandem.domain.monitoring_lexicon import WOMEN
from tandem.domain.monitoring_memory import remember_sentence
from tandem.domain.monitoring_mentions import (
    Context,
    Reading,
    is_person,
    mentions_in,
    remembered_mentions,
    role_of,
    text_before,
)
from tandem.domain.monitoring_modality import JOINED_VIEW, is_finite, modality_of
from tandem.domain.monitoring_passive import passive_actor
from tandem.domain.monitoring_repeats import own_clause_end, repeats, told_of_its_day
from tandem.domain.monitoring_report import (
    CLAUSE_END,
    Article,
    Found,
    Mention,
    Report,
    action_family,
    clause_start,
    code_name,
    joint_code,
    parties_of,
)
from tandem.domain.monitoring_sentence_acts import (
    monitors_findings,
    project_opened,
    talks_on_a_visit,
    trip_for_a_purpose,
)
from tandem.domain.monitoring_sentences import (
    dateline_place,
    quote_spans,
    sentences_and_quotes,
)
from tandem.domain.monitoring_story import (
    acceptance_aimed,
    aimed_at_cause,
    aimed_in_story,
    council_sittings,
    hosted_talks_aimed,
    met_then_the_two,
    no_alliance_with_north,
    offer_aimed,
    one_test_a_day,
    visits_as_settings,
)
from tandem.domain.monitoring_subjects import (
    PASSIVE_BEFORE,
    active_subject,
)
from tandem.domain.monitoring_tracks import ALLIES, TRACK_RES, tracks_of, without_channel
from tandem.domain.monitoring_verbs import RESOLUTION_ADOPTED, verbs_in

_QUOTE = re.compile(r"[\"“]([^\"”]{3,})[\"”]")


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
    context = Context(filed_in=dateline_place(article.text))
    for sentence, quoted in sentences_and_quotes(article.text):
        reports += _from_sentence(sentence, article.published, codebook, reports, context, quoted)
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
    kept = council_sittings(visits_as_settings(met_then_the_two(kept)))
    offers = acceptance_aimed(
        hosted_talks_aimed([offer_aimed(r) for r in one_test_a_day(kept, article.published)])
    )
    return [no_alliance_with_north(r) for r in aimed_in_story([aimed_at_cause(r) for r in offers])]


def _from_sentence(
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    before: Sequence[Report] = (),
    context: Context | None = None,
    quoted: bool = False,
) -> list[Report]:
    """The reports of one sentence; `before` are the article's earlier ones, which a
    reaction ("Japan condemned the launches") is aimed at and "the two leaders" are;
    `quoted` when a quotation opened before it runs on into it."""
    context = context if context is not None else Context()
    quotes = quote_spans(sentence, quoted)
    mentions = _unquoted_mentions(sentence, quotes, context)
    verbs = verbs_in(sentence)
    out = _reports(sentence, published, codebook, before, context, verbs, mentions, quotes)
    _reactions_aimed_at_what_follows(out)
    _welcomed_decisions(sentence, out)
    _supported_steps(sentence, out)
    out = _acts_beyond_verbs(sentence, published, codebook, before, context, mentions, quotes, out)
    remember_sentence(context, sentence, out, mentions)
    return out


def _unquoted_mentions(
    sentence: str, quotes: list[tuple[int, int]], context: Context
) -> list[Mention]:
    """The parties the sentence names, less those inside a quotation: what was said."""
    return [
        m
        for m in remembered_mentions(sentence, mentions_in(sentence), context)
        if not any(a < m.start < b for a, b in quotes)
    ]  # a state named inside a quotation is what was said


def _reactions_aimed_at_what_follows(out: list[Report]) -> None:
    """A reaction (not an appeal) aimed at no one is aimed at the parties of the act the
    sentence tells next of others (`aimed_at`), and then is on that act's tracks."""
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


def _welcomed_decisions(sentence: str, out: list[Report]) -> None:
    """A welcome of "the decision" is of the act its target told before it, on its tracks."""
    for i, r in enumerate(out):
        told = next((x for x in out[:i] if x.actor == r.target != r.actor), None)
        if r.action in ("051", "111", "120") and told and _THE_DECISION.search(sentence):
            # "The committee approved the exemption, the ministry said in a statement
            # welcoming the decision": the welcome is of that act, on its tracks
            out[i] = replace(r, tracks=told.tracks)


def _supported_steps(sentence: str, out: list[Report]) -> None:
    """An ally's support for another's plan is on the tracks of that ally's step told next."""
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


def _acts_beyond_verbs(
    sentence: str,
    published: date,
    codebook: Mapping[str, tuple[str, int]],
    before: Sequence[Report],
    context: Context,
    mentions: list[Mention],
    quotes: list[tuple[int, int]],
    out: list[Report],
) -> list[Report]:
    """The sentence's reports with the acts it tells beyond its verbs: events told as nouns
    (not in a question), talks on a visit, a trip's purpose, the monitors' findings, a
    project opened."""
    if not sentence.rstrip(" \"”'’").endswith("?"):
        # "the last summit between the two countries": the two the story is about
        resolved = resolve_joint(sentence, mentions, before, context)
        out += nominal_reports(sentence, published, codebook, context, resolved, quotes, before)
    out += talks_on_a_visit(sentence, out, codebook, mentions)
    out = trip_for_a_purpose(sentence, out)
    out += monitors_findings(sentence, published, out, codebook, mentions, context)
    out += project_opened(sentence, published, out, codebook, context)
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

# "circulated a draft resolution that would ease sanctions on the North's exports and exempt
# inter-Korean rail projects": every verb of the text's relative clause is what it provides
_DOCUMENT_THAT_WOULD = re.compile(
    r"\b(?:draft|resolution|proposal|plan|bill)\b[^;:]{0,80}?\b(?:that|which)\s+would\s+"
    r"(?:(?:(?!\b(?:said|says|but|while|who)\b)[^;:])*?(?:,|\band|\bor)\s+)?(?:\w+\s+)?$"
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
    joined = JOINED_VIEW.search(sentence)
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
    mentions = resolve_joint(sentence, mentions, before, context)
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
        finite = is_finite(sentence[f.start : f.end])
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
        if not f.passive and (
            _DOCUMENT_WOULD.search(sentence, lo, f.start)
            or (
                not is_finite(sentence[f.start : f.end])
                and _DOCUMENT_THAT_WOULD.search(sentence, 0, f.start)
            )
        ):
            content_end = f.end  # "…, end a ban … and exempt projects": the text's too
            continue  # "the Chinese-Russian draft would lift a ban": what a text provides
        if f.passive:
            passive = passive_actor(f, reading, (lo, left, right), previous, first_subject)
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
            and bool(RESOLUTION_ADOPTED.search(text_before(sentence, f.start)))
        )
        if adopted:
            if any(r.actor == "UN" and r.action == "163" for r in out):
                continue  # "capped the North's imports in a resolution adopted on Dec. 22": one act
            # "under a resolution adopted on Dec. 22": the council's, whoever the clause named
            f.actor, f.role, f.inherited = "UN", None, False
        if not f.actor:
            continue
        if (
            gerund
            and re.search(r"\band\s+$", text_before(sentence, f.start))
            and (opener := re.search(r",\s+[a-z]+ing\b[^;,]*\band\s+$", sentence[: f.start]))
            and (main := first_subject(opener.start())) is not None
            and main.code
            and main.code != f.actor
        ):
            # "Trump played down the threat, telling reporters that Kim had signed a contract
            # and praising him as 'a man of his word'": the participles go on with the
            # sentence's subject, not the one the first one's clause named
            f.actor, f.role = main.code, role_of(main.alias, main.code, published)
        members = set(f.actor.split("+"))
        span_end = nxt
        tail = sentence[f.end : span_end]
        own = re.search(
            r"\band\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?$", text_before(sentence, f.start)
        )
        if own and is_finite(sentence[f.start : f.end]):
            # "Moon told Abe the two could not afford … and called for Japan to …": what
            # comes before "and" is another clause, not this verb's modal
            subject_end = max(
                subject_end, f.start - len(text_before(sentence, f.start)) + own.start()
            )
        f.modality = "done" if adopted else modality_of(sentence, f, subject_end)
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
        own_end = own_clause_end(sentence, f.end, span_end)
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
        put_off = puts_off_drills(f, without_channel(sentence))
        tracks = act_tracks(
            f, code, sentence, (lo, nxt, clause), ends, before, out, mentions, put_off
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
        if told_of_its_day(sentence, f, out, code, on):
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
        for actor in actors[:-1]:
            out.append(
                Report(
                    actor=actor,
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
        out.append(
            Report(
                actor=actors[-1],
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
        out += repeats(out[-1], f, sentence, span_end, published, mentions, verbs, codebook)
        if not f.verb.fronted:  # "protested against drills that the allies began, calling …"
            previous = f
    return out


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
