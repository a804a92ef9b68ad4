"""Open-source monitoring: who did what to whom, read from news text by rules (docs/monitoring.md).

The extractor is a set of hand-written rules over sentences: actor mentions (states, capitals,
ministries, officials resolved for the date, organisations), verb phrases coded in CAMEO, the
modality around them, the target after them and the date they name. No model, no download:
every rule is in this file and its siblings, so what it finds can be explained by reading
them. This file reads an article sentence by sentence (`extract`, `_from_sentence`,
`_reports`); the passes it calls are named after what they decide:

- `monitoring_sentences` (the text as sentences), `monitoring_verbs` (the verb phrases that
  code an act), `monitoring_verb_acts` (the act each verb phrase tells: whether it is one of
  its own, its actor, code, date and tracks), `monitoring_modality` (done, planned, claimed,
  negated);
- `monitoring_mentions` (who a sentence names), `monitoring_subjects` (who does an active
  verb), `monitoring_passive` (who does a passive one), `monitoring_joint` ("the two
  leaders"), `monitoring_aim` (whom an act is aimed at);
- `monitoring_events` (events told as nouns, and what a reaction names),
  `monitoring_sentence_acts` (acts a sentence tells beyond its verbs), `monitoring_repeats`
  (an act told again, or of several days), `monitoring_dates`;
- `monitoring_act_tracks` and `monitoring_tracks` (the tracks of an act), `monitoring_story`
  (passes over the whole article's reports), `monitoring_story_dates` (the day of an act
  whose sentence names none), `monitoring_memory` (what a sentence leaves the
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

from tandem.domain.errors import InvalidInput
from tandem.domain.monitoring_dates import date_in
from tandem.domain.monitoring_events import (
    DOUBTERS,
    OPINION,
    OPINION_VERB,
    REACTIONS,
    aimed_at,
    nominal_reports,
    same_event,
)
from tandem.domain.monitoring_joint import resolve_joint
from tandem.domain.monitoring_memory import remember_sentence
from tandem.domain.monitoring_mentions import (
    Context,
    Reading,
    mentions_in,
    remembered_mentions,
)
from tandem.domain.monitoring_modality import JOINED_VIEW
from tandem.domain.monitoring_patrols import patrols_enforce_sanctions
from tandem.domain.monitoring_report import (
    Article,
    Found,
    Mention,
    Report,
    action_family,
    parties_of,
)
from tandem.domain.monitoring_sentence_acts import (
    as_did,
    monitors_findings,
    project_opened,
    same_again,
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
    praise_told_twice,
    rebuke_then_its_words,
    retort_aimed,
    visits_as_settings,
)
from tandem.domain.monitoring_story_dates import dated_by_story
from tandem.domain.monitoring_tracks import ALLIES
from tandem.domain.monitoring_verb_acts import VerbWalk, opening_participle_act, verb_act
from tandem.domain.monitoring_verbs import verbs_in

_QUOTE = re.compile(r"[\"“]([^\"”]{3,})[\"”]")


# "met Kim in Pyongyang on Sunday, his fourth trip there this year": the trip set beside a
# meeting or visit told by a verb names that act again
_TRIP_APPOSED = re.compile(r",\s+(?:his|her|its|their)\s+\w+\s+(?:trip|visit)\s+(?:there|to)\b")


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
    paragraph: dict[str, int] = {}
    for sentence, quoted, number in sentences_and_quotes(article.text):
        paragraph.setdefault(sentence, number)
        reports += _from_sentence(sentence, article.published, codebook, reports, context, quoted)
    # An event told as a noun and also as a verb ("Pompeo visited Pyongyang … his visit") is
    # one report: the verb's.
    told = [r for r in reports if id(r) not in context.nominal]
    order = {id(r): i for i, r in enumerate(reports)}
    kept: list[Report] = []
    aimed: dict[int, str | None] = {}
    for r in reports:
        if id(r) in context.nominal:
            dated, relative = context.nominal[id(r)], id(r) in context.relative
            own_day = dated  # dated by its own words, not only by its sentence's day
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
            bare = next(
                (
                    o
                    for o in told
                    if o.evidence == r.evidence
                    and o.target is None
                    and r.target is not None
                    and o.actor == r.actor
                    and action_family(o.action) == action_family(r.action)
                    and same_event(r, replace(o, target=r.target), dated)
                ),
                None,
            )
            if bare is not None:
                # "Wang, who met Moon in May, passed on Xi's invitation": the verb with no one
                # named tells the act the noun does, and takes whom the noun says it was for
                aimed[id(bare)] = r.target
                continue
            if any(
                same_event(r, o, dated)
                # "after tests on July 31 and Aug. 2": a list's days are each an event (not
                # a noun dated only as its sentence is: "two days after Kim met Trump …, in
                # the first summit" is the meeting counted back)
                and not (own_day and o.evidence == r.evidence and o.on != r.on)
                # "met again on May 26, weeks after their summit in April": another one
                and not (relative and o.evidence == r.evidence)
                # an undated noun tells an act told before it or in its sentence, not a later
                # one: "after talks with Lee, Biegun said … Trump and Moon spoke on Dec. 7"
                and (dated or order.get(id(o), -1) <= order[id(r)] or o.evidence == r.evidence)
                for o in told
            ):
                continue
            told.append(r)
        kept.append(r)
    kept = [replace(r, target=aimed[id(r)]) if id(r) in aimed else r for r in kept]
    kept = council_sittings(visits_as_settings(met_then_the_two(rebuke_then_its_words(kept))))
    kept = praise_told_twice(kept)
    offers = acceptance_aimed(
        hosted_talks_aimed([offer_aimed(r) for r in one_test_a_day(kept, article.published)])
    )
    story = aimed_in_story([aimed_at_cause(r) for r in offers])
    story = patrols_enforce_sanctions(retort_aimed(story), article.text, codebook)
    return dated_by_story([no_alliance_with_north(r) for r in story], article.published, paragraph)


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
    _koreas_ties_backed(sentence, out)
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


# "promised strong support for exchanges between the two Koreas", "backed inter-Korean projects"
_KOREAS_TIES_BACKED = re.compile(
    r"\bsupport\s+for\s+(?:[\w-]+\s+){0,3}?(?:exchanges|cooperation|projects|engagement)\s+"
    r"between\s+the\s+two\s+Koreas\b|\b(?:back(?:s|ed)?|support\s+for)\s+inter-Korean\b"
)


def _koreas_ties_backed(sentence: str, out: list[Report]) -> None:
    """An outside ally's support for the two Koreas' ties, told with the two Koreas named
    ("support for exchanges between the two Koreas"), is aimed at Seoul and on their ties: not
    at both, nor on the nuclear talks. Support that names no party ("backed inter-Korean
    exchanges") is aimed at Seoul when its target is read (`monitoring_aim.aim_act`); this
    pass comes after the tracks, which it also sets."""
    if "Korea" not in sentence:
        return
    for i, r in enumerate(out):
        if (
            r.action == "051"
            and r.target == "KOR+PRK"
            and r.actor in ALLIES - {"KOR"}
            and _KOREAS_TIES_BACKED.search(sentence)
        ):
            out[i] = replace(r, target="KOR", tracks=("inter-korean",))


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
    out += same_again(sentence, published, out, before, mentions)
    out += as_did(sentence, out, mentions)
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


def _verbs_told(sentence: str, verbs: list[Found]) -> list[Found]:
    """The verb phrases that may tell acts: none in a question or an analyst's view, and in a
    sentence that joins a view to an act ("…, and analysts said …"), those before the view."""
    if not verbs:
        return []
    if sentence.rstrip(" \"”'’").endswith("?"):
        return []  # a question asks, it does not report
    if DOUBTERS.match(sentence):
        return []  # "Still, some questioned how far Seoul could push …": a view
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
    return verbs


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
    """The reports of the sentence's verb phrases, read one after another (`verb_act`): none
    from a question or an analyst's view."""
    verbs = _verbs_told(sentence, verbs)
    if not verbs:
        return []
    mentions = resolve_joint(sentence, mentions, before, context)
    quote = _QUOTE.search(sentence)
    quote_text = quote.group(1) if quote else None
    out: list[Report] = []
    walk = VerbWalk(
        Reading(sentence, mentions, before, out, context),
        published,
        codebook,
        verbs,
        quotes,
        quote_text,
    )
    for i, f in enumerate(verbs):
        verb_act(walk, i, f)
    opening_participle_act(walk)
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
