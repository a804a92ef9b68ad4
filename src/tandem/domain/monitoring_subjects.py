"""Who does an active verb: the subject named before it in its clause (with those joined to it),
else the one a pronoun, a body ("the ministry"), a title or a participle stands for."""

from __future__ import annotations

import re
from collections.abc import Callable

from tandem.domain.monitoring_asides import asides_before, closed_right_before, opened_before
from tandem.domain.monitoring_events import REACTIONS
from tandem.domain.monitoring_mentions import (
    BODIES,
    PERSON_ROLES,
    TITLED,
    Reading,
    is_person,
    surname_of,
    text_before,
)
from tandem.domain.monitoring_opening import opening
from tandem.domain.monitoring_report import Found, Mention, joint_code

PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?$"
)


PLAN_NOUNS = (
    r"(?:decision|move|plans?|offer|proposal|bid|efforts?|pledge|promise|commitment|vow"
    r"|agreement|announcement)"
)


# "supported Seoul's plan to provide aid": after the possessive, what the owner would do
ON_A_DAY_TO = r"\s+(?:(?:on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?,?\s+)?to\s+"  # "decision on Aug. 2 to"


_OWNED_PLAN = re.compile(r"\s+(?:[\w-]+\s+)?" + PLAN_NOUNS + ON_A_DAY_TO)


# A subject that stands for someone named before: "He accused …", "The envoy met …".
# "rice that Seoul had offered, and on Oct. 25 it demanded": "it" is the subject before
# "on Oct. 25, ", "in July ": a day told between a conjunction and its subject
# ("but in April last year it banned", "and last month they agreed": relative days too)
_ON_A_DAY = (
    r"(?:(?:(?:on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?(?:\s+(?:last|this)\s+(?:year|month|week))?"
    r"|(?:last|earlier\s+this|later\s+that)\s+(?:year|month|week|day)),?\s+)?"
)


# "On June 18 last year", "In March": a day or month opening a sentence, after "On"/"In"
_A_DAY_OPENING = (
    r"[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?(?:\s+(?:last|this)\s+(?:year|month|week))?"
)


# "…, and that he had rejected it": a second clause told by the same teller, about himself
_AND_THAT_HE = re.compile(r"\band\s+that\s+(?:he|she)\s+(?:[a-z]+\s+){0,2}$")


# Words that open a clause with a subject of its own before a participle: "…, and Lee,
# speaking …", "…, while Kim, saying …", "with Kim negotiating"
_OWN_CLAUSE_BEFORE = re.compile(
    r"\b(?:and|but|while|whereas|who|which|that|with|as|when|after|before|said|says)\b"
)


_AND_IT = re.compile(
    r"\b(?:and|but)\s+" + _ON_A_DAY + r"(?:it|they)\s+(?:\w+\s+)?$"
    r"|\b(?:after|before|when|since|while|until)\s+it\s+(?:\w+\s+)?$"
)


# "he would \"probably\" meet Kim again", "It sharply criticized": an adverb, quoted or not,
# between subject and verb (any -ly word: after a pronoun no noun or verb in -ly can stand)
_ADVERBS = (
    r"[\"“]?(?:probably|possibly|soon|personally|definitely|certainly|eventually|formally"
    r"|officially|finally|now|jointly|likely|last|first|once|already|[a-z]{2,}ly)[\"”]?"
)


# Adverbs of sequence between a subject and its verb ("It last tested", "and first met"):
# they tell when, not who.
_ONCE = r"(?:last|first|once|already)\s+"


# "it had used a military parade in Pyongyang to unveil": the occasion used for the act, between
# the pronoun and the act's verb
_USED_TO = r"us(?:e|es|ed)\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){1,6}?to"


# A time of the clock: "noon", "half past nine", "7:41", "10 a.m."
_CLOCK = (
    r"(?:noon|midday|midnight|dawn|daybreak|(?:half|a\s+quarter)\s+past\s+\w+"
    r"|\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|\w+\s+o['’]clock)"
)


_PRONOUN_SUBJECT = re.compile(
    # "(…,) and he urged": a clause cut after ", and" begins at its pronoun
    # ", in which he also criticised": a relative clause of a thing with its own subject;
    # "…; it fired", "…; on March 21 it demonstrated": a clause after a semicolon telling a
    # past act (not "…; it would lift the ban", the text just named)
    r"(?:(?:^|[,;:]\s*|(?<=, and )|(?<=, but )|(?<=, while )|(?<=, in which )|(?<=, at which )"
    r"|(?<=; )(?!(?:on\s+[A-Z][\w.]*(?:\s+\d{1,2})?\s+)?(?:it|they|he|she)\s+(?:would|could"
    r"|will|may|might|should|must|can)\b))"
    # "In Beijing on Monday he met": a place, a day or both
    # "In July 2017 they …", "On Oct. 5, 2019, it …": the year after the month or day
    r"(?:(?:On|In|on|in)\s+[A-Z][\w.]*(?:\s+\d{1,2})?(?:,?\s+\d{4})?(?:\s+on\s+[A-Z][\w.]*)?"
    r"(?:\s+(?:last|this)\s+(?:year|month|week))?,?\s+)?"  # "On June 18 last year they …"
    # "In the same speech he offered …", "At the meeting, she said …"
    r"|^(?:In|At|During|Later in|Earlier in)\s+(?:(?:the|that|this|his|her|its|their|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:speech|address|statement|meeting|talks|interview|letter|session"
    r"|conference|call|summit|message|report|remarks|briefing)|it|them)"
    r"(?:,?\s+on\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?,?\s+"  # "In it, on March 3, she …"
    # "Later that day she met", "There he urged", "Separately, it warned": an adverb of time,
    # place or sequence opening the sentence
    r"|^(?:Later|Then|There|Afterwards|Afterward|Meanwhile|Separately|Earlier|Also|Next"
    # "Earlier in the day he met", "Later in the week she flew": the part of a day named
    r"|Subsequently)(?:\s+(?:that|on|this|the\s+same|in\s+the)\s+[\w.]+(?:\s+\d{1,2})?)?,?\s+"
    # "This spring it resumed testing", "Last week they met": a season or span of time
    r"|^(?:This|That|Last|Next|Earlier\s+this|Later\s+that)\s+(?:spring|summer|autumn|fall"
    r"|winter|year|month|week|morning|afternoon|evening),?\s+"
    # "A day later it proposed", "Two weeks later they met", "Four days earlier, it had used",
    # "The next day she flew": a span counted from the act told before
    r"|^(?:(?:A|An|One|Two|Three|Four|Five|Six|Several|A\s+few)\s+(?:minutes?|hours?|days?"
    r"|weeks?|months?|years?)\s+(?:later|earlier|ago)"
    r"|(?:Minutes|Hours|Days|Weeks|Months|Years)\s+(?:later|earlier|ago)"
    r"|The\s+(?:next|following)\s+(?:day|morning|week)"
    # "Shortly after half past nine the military sent …", "Soon afterwards it fired": a time
    # of the clock, or just after the act told before
    r"|(?:Shortly|Soon|Just|Minutes|Moments)\s+(?:(?:after|before)\s+" + _CLOCK + r"|afterwards?)"
    r"),?\s+"
    r"|\b(?:and|but|while|then|where|when|that|said|says|after|before|since|until|because)\s+"
    + _ON_A_DAY
    + r")"  # "and on Oct. 25 it demanded"; "On Sunday the foreign ministry rejected"
    r"(?:He|She|he|she|It|it|They|they|"
    # "The first vice department director threatened", "The five-member special envoy
    # delegation met": a long title, up to four words
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts) (?:[\w-]+ ){0,3}?(?:[\w-]+ (?=director\b))?"
    # "The leader's sister also threatened": a title owned by another title
    r"(?:(?:leader|president|chairman|premier|minister)['’]s )?"
    # "The Defense Ministry called on": a body's name capitalised, as the ministry
    r"(?:envoys|delegates|visitors|envoy|minister|(?i:ministry)|president|leader|secretary|"
    r"director|"
    r"spokes(?:man|woman|person)|ambassador|premier|prime minister|chancellor|department|"
    r"agency|regime|government|(?i:cabinet)|administration|negotiator|delegation|sister|office|"
    r"special representative|foreign minister|top diplomat|country|military|army|statement|"
    r"institute|committee|newspaper|commentary|state media|spokesman|spokeswoman|official"
    r"|diplomat|communiqu[eé])"
    # "Its message, delivered through the liaison channel, blamed …": the words of the one the
    # pronoun stands for (not "the message", which may be anyone's)
    r"|(?:[Hh]is|[Hh]er|[Ii]ts) (?:[\w-]+ )?(?:message|letter)"
    r"|[Ii]ts (?:[\w-]+ ){0,2}?(?:ministers|officials|diplomats|envoys|leaders))\b"
    # "The sister of the leader also threatened": the same, told with "of"
    r"(?: of (?:the|its|his|her) (?:[\w-]+ )?(?:leader|president|chairman|premier|minister))?"
    r"(?:,[^,]{1,140},)?"  # "when its foreign ministers banned": its, not the envoys just named
    # "It did, however, fire missiles": an emphatic "did", an aside set off by commas
    r"(?:,?\s+(?:also|later|then|again|previously|has|had|have|was|is|were|are|will|would|on \w+"
    r"|last \w+|this \w+|earlier|still|ready|willing|prepared|open|going|to|expected|due|set"
    r"|" + _USED_TO + r"|scheduled|did|does|however,|though,|" + _ADVERBS + r")){0,5}\s*$"
)


# "…, hours before Trump said he had ordered", "…, and the United States said it had seized": a
# teller named after the verb before, and the pronoun that stands for them
_SAYER_SAID_HE = re.compile(
    r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+(?:said|says|told\s+\w+)\s+"
    # "Seoul said on Aug. 12 that it would", "…said hours later that it had": when or how it
    # spoke, told between the verb and "that"
    r"(?:(?:[\w.,]+\s+){1,5}?(?=that\b))?"
    r"(?:that\s+)?(?:he|she|it)\s+(?:\w+\s+){0,2}$"
)


# "At a news conference with the visiting Australian leader, he warned", "After meeting his
# counterpart, Lee Do-hoon, he rejected": a fronted phrase (`opening`), perhaps one apposed
# name, then a pronoun subject. Who the phrase names is met or visited, not who the pronoun
# stands for.
_PRONOUN_AFTER_OPENING = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+)?(?=(?:he|she|it|they)\s)"
)
# "In Beijing on Monday he met": a short place-and-day phrase needs no comma
_PLACE_THEN_PRONOUN = re.compile(r"In\s+[A-Z][\w-]*(?:\s+on\s+[A-Z]\w+)?\s+(?=(?:he|she|they)\s)")

# "Hosting his counterpart, Lee, at the Pentagon, he pressed": a fronted participle's subject
# is the pronoun's, so whom its object names is not whom the pronoun stands for (not
# "Speaking at the White House, he": where it was said may stand for its speaker)
_PARTICIPLE_THEN_PRONOUN = re.compile(
    r"[A-Z][a-z]{2,}ing\s(?!(?:at|in|on|to|from|with|after|before|during)\s)"
    r"[^;:\"“”]{1,160}?,\s+(?=(?:he|she|they)\s)"
)


def _pronoun_after_fronted(sentence: str) -> int:
    """Where the pronoun subject after a fronted phrase starts, or -1."""
    fronted = opening(sentence)
    if fronted is not None and (m := _PRONOUN_AFTER_OPENING.match(sentence, fronted.end)):
        return m.end()
    place = _PLACE_THEN_PRONOUN.match(sentence) or _PARTICIPLE_THEN_PRONOUN.match(sentence)
    return place.end() if place else -1


def _fronted_end(sentence: str, at: int) -> int:
    """Where a fronted phrase before a pronoun subject ends, if the verb at `at` follows it,
    else -1."""
    end = _pronoun_after_fronted(sentence)
    return end if 0 <= end < at else -1


# "On Nov. 20, 2018, he and …", "In January he met …", "On January 1 he said …", "Days later,
# on Feb. 6, he …": a fronted phrase of time or place, then a pronoun subject
_ADJUNCT_THEN_PRONOUN = re.compile(
    r"(?:(?:On|In|At|During|By|Later|Earlier|Days|Weeks|Months|Hours)\b[^;:\"“”]{0,60}?,\s+"
    r"|(?:In|On)\s+[A-Z][\w.]*(?:\s+\d{1,4})?\s+)(?:he|she)\s+(?!is\b|was\b)"
)


def opens_with_fronted_pronoun(sentence: str, adjuncts: bool = False) -> bool:
    """Whether a fronted phrase with no verb of its own opens the sentence before a pronoun
    subject ("After talks with Choi, he told"): whom the phrase names is not its subject, so
    the one the story follows stays the one the pronoun stands for. `adjuncts`: a fronted
    phrase of time or place counts too ("In January he met"), for whom the story follows
    after the sentence."""
    return _pronoun_after_fronted(sentence) >= 0 or (
        adjuncts and _ADJUNCT_THEN_PRONOUN.match(sentence) is not None
    )


# A sentence opened by a body the article named before ("The agency called …"), then its verb.
_BODY_OPENER = re.compile(
    r"\s*(?:(?:On|In)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+)?(?:The|An?|(?P<its>[Ii]ts))\s+"
    r"(?:[\w-]+\s+){0,2}?" + BODIES + r"\s+(?:(?P<said>said|says|told)\b|[a-z])"
)


# "The president also said …", "The prime minister later told …": a person's title opening the
# sentence, then a verb of its own
_TITLE_OPENER = re.compile(
    r"\s*[Tt]he\s+(?:[\w-]+\s+){0,2}?" + PERSON_ROLES + r"(?=\s+(?:also\s+|later\s+)?[a-z]+\b)"
)


# What may follow the pronoun before its verb ("he was ready to"): not the subject itself.
_AUXILIARIES = re.compile(
    r"(?:\s+(?:also|later|then|again|previously|has|had|have|was|is|were|are|will|would|on \w+"
    r"|last \w+|this \w+|earlier|still|ready|willing|prepared|open|going|to|expected|due|set"
    r"|" + _USED_TO + r"|scheduled|" + _ADVERBS + r"))+\s*$"
)


def active_subject(
    f: Found,
    reading: Reading,
    span: tuple[int, int],
    left: list[Mention],
    right: list[Mention],
    previous: Found | None,
    gerund: bool,
    first_subject: Callable[[int], Mention | None],
) -> tuple[list[Mention], int, list[Mention], list[Mention]]:
    """Who does an active verb, and whom the mentions after it may aim at: the subject named
    before it in its clause (with those joined to it), else the one a pronoun, a body ("the
    ministry"), a title or a participle stands for, from the sentence or the story so far.
    Sets `f.actor`, `f.inherited` and `f.role`; returns the subject's mentions, where the
    subject ends, the candidate targets and the weak ones (named only as a source or a
    modifier). `span`: where the clause and the next verb start."""
    lo, nxt = span
    sentence = reading.sentence
    subjects = _outside_asides(reading.sentence, _named_subjects(f, reading, lo, left), f.start)
    pronoun_from = subjects[-1].end if subjects else lo
    subjects = _teller_subjects(f, reading, lo, left, subjects, pronoun_from, previous)
    subjects, pronoun_end = _clause_subjects(f, reading, subjects, previous, gerund, first_subject)
    subjects, pronoun_at = _carried_subjects(
        f, reading, lo, subjects, pronoun_from, previous, first_subject
    )
    if pronoun_at is not None:
        pronoun_end = pronoun_at
    subjects = _trimmed_subjects(f, sentence, subjects, first_subject)
    actor_ms = _subject_group(sentence, subjects)
    subject_end = actor_ms[-1].end if actor_ms else lo
    if pronoun_end >= 0:
        subject_end = pronoun_end
    if f.inherited and not actor_ms:
        joined = re.search(r"\b(?:and|but)\s+(?:\w+\s+)?$", text_before(sentence, f.start))
        if joined:  # "… should create the conditions and urged the North": own clause
            subject_end = f.start - len(text_before(sentence, f.start)) + joined.start()
    targets, weak = _candidate_targets(f, sentence, right, nxt)
    opener = FRONTED_GERUND.match(sentence)
    if opener is not None and opener.start("verb") == f.start:
        # "Before travelling to the Games, Abe and Pence agreed": the fronted clause's
        # objects end at its comma; the main clause's subject is no target
        targets = [m for m in targets if m.start < opener.end()]
        weak = [m for m in weak if m.start < opener.end()]
    owner = _whose_owner(sentence, f.start, reading.mentions)
    if owner is not None:
        actor_ms, subject_end, f.inherited = [owner], f.start, False
    whom = _whom_relative(sentence, f.start, reading.mentions)
    if whom is not None:
        actor_ms, head = whom
        subject_end = f.start
        targets = [head] + [m for m in targets if m.code != head.code and not m.object]
    return actor_ms, subject_end, targets, weak


# "written to North Korean leader Kim Jong Un to propose": a party after "to", the verb's own
# "to" right after it (not "appealed to Pyongyang to return", whose content it is)
_TO_RECIPIENT_TO = re.compile(
    r"(?<!appealed )(?<!appeals )(?<!appeal )\bto\s+(?:(?:the|his|her|its|their)\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?\s+to\s+$"
)


# "Trump's diplomacy with Kim, whom he met in Singapore": the one before "whom" is met, and
# the pronoun is another party named before him
_WHOM = re.compile(r",\s+whom\s+(?:he|she|they)\s+(?:[a-z]+\s+){0,2}$")


def _whom_relative(
    sentence: str, at: int, mentions: list[Mention]
) -> tuple[list[Mention], Mention] | None:
    """The doer and the one acted on of a verb in a "whom he …" clause, or None."""
    rel = _WHOM.search(sentence, 0, at) if "whom" in sentence else None
    if rel is None:
        return None
    before = [m for m in mentions if m.end <= rel.start() and m.code and not m.place]
    if not before or before[-1].end < rel.start() - 2:
        return None  # the antecedent must end right before the comma
    head = before[-1]
    doers = [m for m in before[:-1] if not set(m.code.split("+")) & set(head.code.split("+"))]
    return ([doers[-1]], head) if doers else None


# "…, drawing praise from China, whose foreign ministry called it a positive step": the
# verb right after "whose" and its body is the owner's
_WHOSE_BODY = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?(?:also\s+)?")


def _whose_owner(sentence: str, at: int, mentions: list[Mention]) -> Mention | None:
    """The party named right before ", whose ministry …" when the verb follows it, or None."""
    rel = opened_before(sentence, at, _WHOSE_BODY, ("whose",)) if "whose" in sentence else None
    if rel is None:
        return None
    head = next((m for m in mentions if rel.start - 1 <= m.end <= rel.start), None)
    return head if head is not None and head.code and not head.place else None


def _outside_asides(sentence: str, subjects: list[Mention], verb: int) -> list[Mention]:
    """The subjects less those named inside a relative aside that closes before the verb,
    when the one it hangs on is named before it ("Moon, who had returned from a White House
    meeting, convened his aides and urged Pyongyang": Moon urged, not the White House)."""
    if len(subjects) < 2 or " wh" not in sentence:
        return subjects
    # ", who had returned from a White House meeting on Tuesday,", ", the American diplomat
    # who has spent years courting Pyongyang,"
    for aside in asides_before(sentence, verb, lambda a: a.on_a_person):
        inside = [m for m in subjects if aside.start < m.start < aside.end]
        if inside and any(m.end <= aside.start for m in subjects):
            subjects = [m for m in subjects if m not in inside]
    return subjects


_RELATIVE_OBJECT = re.compile(r"\b(?:that|which)\s+(?:[a-z]+\s+){1,3}(?:the\s+)?$")
_JOINED_AFTER_RELATIVE = re.compile(r"\s+and\s+(?:(?:has|have|had)\s+)?(?:also\s+)?")


_JOINED_VERB = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")
_OBJECT_OF_PAST = re.compile(r"^[^,;]*\s[a-z]{3,}ed\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?$")
_SUBJECT_BEFORE = re.compile(
    r"\s*(?:He|She|It|They|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+[a-z]{3,}ed\s"
)


# "after closed-door Security Council consultations": a body as the word for a sitting in an
# adjunct of time
_SITTING_OF = re.compile(r"(?:'s|’s)?\s+(?:consultations|talks|meetings?|sessions?|discussions)\b")
_ADJUNCT_OPENS = re.compile(r"\b(?:after|before|during|following)\s+(?:[\w-]+\s+){0,2}$")


_PARTICIPLE_BY = re.compile(r",\s+(?:co-)?[a-z]+ed\s+(?:jointly\s+)?by\s+[^,;]+,")


def _named_subjects(f: Found, reading: Reading, lo: int, left: list[Mention]) -> list[Mention]:
    """The mentions before the verb that can be its subject: no places, objects or words for a
    text, the group a subordinate clause names, a body's head, a plan's owner."""
    sentence = reading.sentence
    # "At a meeting …, co-hosted by the United States and Canada, Kono urged": the agents of a
    # participle set off by commas are no subject of the verb after it
    aside = [
        (a.start(), a.end())
        for a in _PARTICIPLE_BY.finditer(sentence, lo, f.start)
        # "The delegation, led by Chung, flew": with no one named after it, the agent tells
        # whose the subject is
        if any(m.start >= a.end() and not m.place and not m.object for m in left)
    ]
    subjects = [
        m
        for m in left
        if not m.place
        and not m.object
        and not any(a <= m.start < b for a, b in aside)
        and not _NOT_GOVERNMENT.match(sentence, m.end)
        # "She likened the presidential office to a dog and mocked its reaction": the object
        # of a verb the lexicon does not know is no subject of the one joined after it
        and not (
            _JOINED_VERB.search(text_before(sentence, f.start))
            and _OBJECT_OF_PAST.search(text_before(sentence, m.start))
            and _SUBJECT_BEFORE.match(sentence, lo)
        )
        # "issued a statement after closed-door Security Council consultations, condemning":
        # the body whose sitting an adjunct names
        and not (
            _SITTING_OF.match(sentence, m.end)
            and _ADJUNCT_OPENS.search(text_before(sentence, m.start))
        )
        # "had found the South Korean-built facilities shabby": who built a thing, not a subject
        and not _MADE_BY.match(sentence, m.end)
        # "said it was trying to gauge Pyongyang's intentions and stood ready to talks": the
        # owner of an earlier verb's object, not the subject of the verb joined after it
        and not (
            sentence[m.start : m.end].endswith(("'s", "’s"))
            and _OWNER_OF_OBJECT.search(text_before(sentence, m.start))
            and _JOINED_AFTER_OBJECT.fullmatch(sentence, m.end, f.start)
        )
        # "told its embassies to do nothing that might provoke the United States and has
        # warned …": the object of a relative clause, not the subject of the verb joined after
        and not (
            _RELATIVE_OBJECT.search(text_before(sentence, m.start))
            and _JOINED_AFTER_RELATIVE.fullmatch(sentence, m.end, f.start)
        )
        # "the UN Security Council's North Korea sanctions committee": what it is about
        and not (
            m.code != "UN"
            and re.match(r"\s+sanctions\s+(?:committee|panel|regime)", sentence[m.end :])
        )
        # "Seoul had implemented UN sanctions and demanded …": a word for the text
        and not (
            m.code in ("UN", "EU", "USA")
            and re.match(
                r"\s+(?:sanctions|resolutions?|measures|embargo)\b(?!\s+committee)",
                sentence[m.end :],
            )
            and any(x.code and x.code != m.code and x.start < m.start for x in left)
        )
    ]
    recipient = _TO_RECIPIENT_TO.search(sentence, lo, f.start)
    if recipient is not None:
        # "Trump has written to Kim Jong Un to propose talks": the one written to is no
        # subject of the purpose after him
        subjects = [m for m in subjects if not recipient.start() < m.start < recipient.end()]
    inset = _JOINED_ADJUNCT.search(sentence, lo, f.start)
    if inset is not None:
        # "… arrived on Friday and, at the Blue House the next day, met Moon": where or when the
        # joined verb's act took place, set off by commas, names no subject of it
        subjects = [m for m in subjects if not inset.start("inset") <= m.start < inset.end()]
    adjunct = opening(sentence)
    if (
        adjunct is not None
        and adjunct.of_time_or_cause
        and _DETERMINED.match(adjunct.body)
        and adjunct.comma < f.start
    ):
        # "Following the North's sixth nuclear test, the Council imposed": whose event the
        # fronted phrase names does not do the main clause's verb
        subjects = [m for m in subjects if m.start > adjunct.comma]
    subordinators = list(
        re.finditer(r"\b(?:after|before|when|since|until|because)\s+", sentence[lo : f.start])
    )
    sub = subordinators[-1] if subordinators else None
    grouped = [  # "came a week after trade officials from the two countries resumed talks"
        m for m in left
        if sub is not None and m.start >= lo + sub.end() and not m.place
        and re.search(
            r"\b(?:[A-Za-z]+s|[A-Z][a-z]+)\s+(?:of|for|from)\s+(?:the\s+)?$",
            text_before(sentence, m.start),
        )
        and re.fullmatch(r"(?:'s|’s)?\s+(?:\w+\s+){0,2}", sentence[m.end : f.start])
    ]  # fmt: skip
    if sub is not None and grouped and subjects and subjects[-1].start < lo + sub.end():
        subjects = grouped[-1:]
    staff = [  # "…, and engineers from both Koreas began a survey": a new clause's subject
        m for m in left
        if m.code and not m.place and m not in subjects
        and re.search(
            r"(?:^|[,;]\s+(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while)\s+)(?:the\s+)?"
            r"(?:(?!which\b|that\b|whom?\b)[a-z-]+\s+)?[a-z]+s\s+(?:of|from)\s+(?:the\s+)?$",
            text_before(sentence, m.start),
        )
        and re.fullmatch(r"\s+(?:[a-z]+ly\s+|then\s+|also\s+)?", sentence[m.end : f.start])
    ]  # fmt: skip
    if staff:
        subjects = staff[-1:]
    if subjects:  # "the defence chiefs of the United States, Japan and South Korea met"
        head = [
            m
            for m in left
            if m.object
            and m.code
            and m.end <= subjects[0].start
            and re.fullmatch(r"\s*,\s*", sentence[m.end : subjects[0].start])
            and re.search(r"\b[a-z]+s\s+of\s+(?:the\s+)?$", sentence[: m.start])
        ]
        subjects = head[-1:] + subjects
    owner = next(  # "supported Seoul's plan to provide aid": Seoul would provide it
        (
            m
            for m in left
            if m.code
            and not m.place
            and sentence[m.start : m.end].endswith(("'s", "’s"))
            and _OWNED_PLAN.fullmatch(sentence[m.end : f.start])
        ),
        None,
    )
    if owner is not None:
        subjects = [owner]
    titled = next(
        (
            m
            for m in reversed(left)
            if m.code
            and m.object
            and not m.place
            and _TITLE_OF.search(text_before(sentence, m.start))
            and _TITLE_OWNER_END.fullmatch(sentence, m.end, f.start)
        ),
        None,
    )
    if titled is not None and not subjects:
        subjects = [titled]  # "The foreign minister of Japan urged": Japan's minister did
    carrier = next(
        (
            m
            for m in reversed(left)
            if m.code
            and not m.place
            and _TEXT_CARRIED_BY.search(text_before(sentence, m.start))
            and re.fullmatch(r"(?:'s|’s)?\s+(?:[\w.-]+\s+){0,4}?", sentence[m.end : f.start])
        ),
        None,
    )
    if carrier is not None:
        subjects = [carrier]
    return _outside_aside(sentence, lo, f.start, subjects)


# "The foreign minister of Japan urged", "the sister of the North Korean leader threatened":
# a title opening the clause, owned by the party after "of"
_TITLE_OF = re.compile(
    # "On Friday the spokesman of the North's defence ministry denounced": after a fronted day
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+|\b[A-Z][a-z]+day\s+)"
    r"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?:sister|brother"
    r"|wife|envoy|ambassador|spokes(?:man|woman|person)|leader|head|chief|minister|president"
    r"|premier|government|ministry|delegation|negotiator|representative|military|army|navy"
    r"|officials|diplomats|secretary|chairman|foreign ministry)\s+of\s+(?:the\s+)?$"
    # "A spokesman for the foreign ministry warned": the voice of the body after "for"
    r"|(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?"
    r"spokes(?:man|woman|person)\s+for\s+(?:the\s+)?$"
)


# What may stand between the owner of a title and the verb: "of Japan urged", "of the North's
# Ministry of People's Armed Forces denounced" (the owner's body, by its name)
_TITLE_OWNER_END = re.compile(
    r"(?:(?:'s|’s)?\s+(?:[\w'’-]+\s+){0,5}?(?:[Mm]inistry|[Dd]epartment|[Cc]ommittee|[Aa]rmy"
    r"|[Cc]ommission|[Ff]orces|[Aa]gency|[Oo]ffice)(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})?"
    r"(?:\s+[a-z][\w-]*){0,2}\s+"
)


# "A statement carried by KCNA condemned …", "a commentary issued by the North's foreign
# ministry accused …": the text speaks for the one who issued it
_TEXT_CARRIED_BY = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:statement|commentary"
    r"|article|editorial|letter|message|report|communique|announcement)\s+(?:carried|issued"
    r"|released|published|run|read\s+out|sent)\s+(?:[\w.]+\s+){0,3}?by\s+(?:the\s+)?$"
)


# "Biegun, after talks with his South Korean counterpart in Seoul, urged": an adjunct of time
# or a participle set off by commas between the subject and its verb
_ADJUNCT_BEFORE_VERB = re.compile(
    r",\s+(?:after|before|during|following|ahead\s+of|[a-z]{3,}ing)\s[^,;]*,\s*$"
)


def _outside_aside(sentence: str, lo: int, at: int, subjects: list[Mention]) -> list[Mention]:
    """The subjects named before a relative aside that ends just before the verb: whom the
    aside names (its own object or place) does not do the verb."""
    if aside := closed_right_before(sentence, at, lo):
        start = aside.start
    elif adjunct := _ADJUNCT_BEFORE_VERB.search(sentence, lo, at):
        start = adjunct.start()
    else:
        return subjects
    if not any(m.start < start for m in subjects):
        return subjects
    return [m for m in subjects if m.start < start]


def _teller_subjects(
    f: Found,
    reading: Reading,
    lo: int,
    left: list[Mention],
    subjects: list[Mention],
    pronoun_from: int,
    previous: Found | None,
) -> list[Mention]:
    """The teller of what is told ("Moon told Trump he would seek"); no named subject before a
    pronoun of its own clause; an official of a state named with "of" when nothing else is."""
    sentence = reading.sentence
    told = re.search(
        r"\b(?:told|telling|assured|informed|reminded|promised)\s+[^;]*?"
        r"\b(?:that\s+)?(?P<who>he|she|it)\s+(?:[^,;]*?\band\s+)?(?:\w+\s+){0,3}$",
        sentence[lo : f.start],  # "that he was committed to … and was willing to"
    )
    teller = (
        _subject_group(sentence, [m for m in subjects if m.end <= lo + told.start()])
        if told
        else []
    )
    if (
        len(subjects) > 1
        and teller
        and told is not None
        # "he" tells of a person, "it" of a state or body
        and any(is_person(m.alias) == (told.group("who") != "it") for m in teller)
    ):
        # "Moon told Trump he would seek", "North Korean leader Kim Jong Un told
        # Chinese President Xi Jinping that he was willing", "The United States told the
        # North it was prepared": the teller would
        subjects = teller
    elif subjects and _PRONOUN_SUBJECT.search(sentence, pronoun_from, f.start):
        subjects = []  # "Trump said South Korea should pay and that he had turned down"
    elif (
        subjects
        and (fronted := _fronted_end(sentence, f.start)) >= 0
        and all(m.end <= fronted for m in subjects)
    ):
        subjects = []  # "At a meeting with Turnbull, he warned": not Turnbull
    if not subjects and previous is None:
        subjects = [  # "the foreign ministers of Japan and China met"
            m for m in left
            if not m.place
            and re.search(
                r"\b(?:[A-Za-z]+s|[A-Z][a-z]+)\s+(?:of|for|from)\s+(?:the\s+)?$",
                text_before(sentence, m.start),
            )  # "negotiators for the two sides"
        ]  # fmt: skip
    return subjects


# "After meeting Kim Jong Un in Pyongyang, Pompeo said …", "Calling the launch \"very
# inappropriate\", the military urged …": a clause of time with a gerund, or a bare participle,
# opening the sentence, closed by its comma (a quotation may sit in it); group "verb" is where
# the gerund starts
FRONTED_GERUND = re.compile(
    r"\s*(?:(?:After|Before|While|When|Since|Upon|Without|On)\s+(?=[a-z])"
    r"|(?=(?!During|According)[A-Z][a-z]+ing\s))"
    r"(?P<verb>[A-Za-z]+ing\b)(?:[^,;:\"“”]|[\"“][^\"“”]*[\"”])*,"
)


# "Following the North's launch,", "After a round of talks,": a fronted phrase that opens with a
# noun phrase names an event, not the main clause's subject
_DETERMINED = re.compile(r"(?:the|a|an|its|their|his|her)\s")


# A phrase of place or time set off by commas between "and" and the verb it joins
_JOINED_ADJUNCT = re.compile(
    r"\b(?:and|but)(?:\s+then)?\s*,\s+(?P<inset>(?:at|in|during|on|over|after|before|following)"
    r"\s[^,;:\"“”]*,)\s+$"
)


# "After talks with Moon and Abe,", "During his meeting with Kim,": a fronted phrase naming
# those met, closed by a comma before the main clause's subject
_FRONTED_WITH = re.compile(
    r"\s*(?:After|Before|Following|During|At|In)\s+(?=[a-z])[^,;:\"“”]*\bwith\b[^,;:\"“”]*"
    r"(?:,\s+(?:and\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*,"  # "with Moon, Abe, and Xi,"
)


# "quoted Kim as warning", "quoting a foreign ministry spokesman as saying": who is quoted
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>(?:[\w'’.-]+\s+){1,6}?)as\s+$")


# Between the comma that closes a fronted clause and the main clause's subject: a title or
# the first words of a name ("US Secretary of State Mike Pompeo")
_MAIN_SUBJECT_GAP = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+|of\s+){0,5}")


def _clause_subjects(
    f: Found,
    reading: Reading,
    subjects: list[Mention],
    previous: Found | None,
    gerund: bool,
    first_subject: Callable[[int], Mention | None],
) -> tuple[list[Mention], int]:
    """Relative clauses and participles: the one before "who", the main clause's subject of a
    participle, the subject around an aside. Returns the subjects and where a pronoun's
    clause ends (-1 if none)."""
    sentence, mentions = reading.sentence, reading.mentions
    pronoun_end = -1
    relative = re.search(
        # "the exercise, which the allies began": a relative with a subject of its own
        r"\b(?:who|which)\s+(?!(?:the|its|their)\s)(?:[a-z]+\s+){0,2}$"
        r"|\b(?:who|which)\s+(?:said|says|told|added)\s+(?:that\s+)?(?:he|she|it|they)\s+"
        r"(?:[a-z]+\s+){0,2}$"  # "Trump, who said he was open to a third meeting"
        # "a statement from the North's foreign ministry on May 14 that warned": the text's
        # issuer, named before "that"
        r"|\b(?:statement|advisory|letter|message|notice|commentary|editorial)\s+"
        # "… that described the seizure as robbery, demanded": a list of its verbs
        r"(?:(?:from|by|of)\s+[^,;]{1,60}?\s+)?(?P<issued>that)\s+(?:also\s+)?(?:[a-z]+ed\s[^;]*?,\s+)?$",
        sentence[: f.start],
    )
    before_relative = subjects
    if relative:  # "echoing Moon Jae-in, who held a phone call": the one before "who"
        at = relative.start("issued") if relative.group("issued") else relative.start()
        head = [m for m in mentions if m.end <= at]
        # "the pledges they signed in Singapore, which bound the North": a place before
        # "which" is where, not the one who did it
        subjects = ([] if head[-1].place else _pair_of(sentence, head)) if head else subjects
        if len(head) > 1 and _OWNED_ON_TOPIC.fullmatch(sentence, head[-2].end, head[-1].start):
            # "the allies' working group on North Korea, which held its first meeting": the
            # owner of the body the relative is about, not the topic after "on"
            subjects = [head[-2]]
        if head and head[-1].place and _PRONOUN_AFTER_WHICH.search(sentence, 0, f.start):
            # "a speech at a forum in Seoul, in which he criticised": no place is "he"; the
            # subject named before stands
            subjects = before_relative
        if head and _NESTED_ANTECEDENT.search(sentence, head[-1].end, relative.start()):
            # "chaired the panel that handled prisoners who refused": the prisoners refused
            subjects = []
    after = re.search(
        # "during" ends in -ing but is a preposition: ", during lunch," opens no participle
        # "Kim, who had threatened Seoul, later suspended …": an adverb of time before the verb
        # "The North's statement, issued hours after Pompeo left, called …": the statement's
        r",\s+(?:who|which|whose|(?!during\b)[a-z]+ing|[a-z]+ed(?=\s+(?:by|on|in|at|hours|days)\b))"
        r"\b[^;]*?,\s+"
        r"(?:(?:[a-z]+ly|also|then|later|earlier|again|first|now|still|soon)\s+){0,2}"
        r"(?:(?:(?:said|says|announced)\s+"
        # "Moon, who met Kim in April, told Trump he would seek a summit": Moon would
        r"|told\s+(?:[A-Z][\w.'’-]*\s+){1,4})(?:on\s+\w+\s+)?(?:that\s+)?"
        r"(?:it|he|she|they)\s+)?"
        r"(?:(?:has|had|have|was|is|will|would)\s+(?:also\s+|[a-z]+ly\s+)?)?$",
        sentence[: f.start],
    )  # "Putin, who has criticised Washington, has urged …": Putin has
    # "The agency said it had seen no sign that the North has stopped its work,
    # voicing concern": the one who said it
    after_said = bool(
        gerund
        and previous is None
        and re.search(r",\s+$", text_before(sentence, f.start))
        and re.match(r"[^,;]*?\bsaid\b[^,;]*?\bthat\b[^;]*$", sentence[: f.start])
    )
    opener = FRONTED_GERUND.match(sentence)
    quoted = _QUOTED_AS.search(text_before(sentence, f.start)) if gerund else None
    if quoted is not None:
        # "KCNA quoted Kim as warning the United States": the one quoted, not the quoting
        at = f.start - len(text_before(sentence, f.start)) + quoted.start("who")
        subjects = [m for m in mentions if at <= m.start < f.start and m.code and not m.place][-1:]
    elif gerund and opener is not None and opener.start("verb") == f.start:
        # "After meeting Kim in Pyongyang, Pompeo said …": the main clause's subject, named
        # right after the comma that closes the fronted clause
        subjects = [
            m
            for m in mentions
            if m.start >= opener.end()
            and m.code
            and not m.place
            and _MAIN_SUBJECT_GAP.fullmatch(sentence, opener.end(), m.start)
            # "After consulting his counterpart, Lee Do-hoon, he urged": an apposed name and
            # a pronoun subject, whom the story must make clear
            and not re.match(r"\s*,\s+(?:he|she|it|they)\b", sentence[m.end :])
        ][:1]
    elif gerund and (
        re.search(
            r"\b(?:before|after|while|when|since|without|upon|by)\s+$",
            text_before(sentence, f.start),
        )
        or re.search(
            # "with the North's Foreign Ministry accusing him": a body named after its state
            r"\bwith\s+(?:the\s+)?[A-Z][\w ]*?(?:(?:'s|’s)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?\s+$",
            text_before(sentence, f.start),
        )
        or (previous is not None and re.search(r",\s+$", text_before(sentence, f.start)))
        or after_said
        or _WRITTEN_TO.search(sentence[: f.start])
    ):  # "…, accusing it of carrying coal": the subject of the main clause
        if after_said:
            pronoun_end = f.start  # what was said before it is not its modality
        # "was due to meet Kim Yeon-chul before travelling to Japan": Biegun travels
        subjects = []
        main = first_subject(f.start)
        absolute = [  # "ended with North Korea accusing Washington": the North accused
            m
            for m in mentions
            if m.code
            and re.fullmatch(r"(?:'s|’s)?\s+(?:[A-Za-z]+\s+){0,2}", sentence[m.end : f.start])
            and re.search(r"\bwith\s+(?:the\s+)?$", sentence[: m.start])
        ]
        teller = _participle_teller(sentence, mentions, previous, f.start)
        # "…, and Moon Jae-in, receiving Esper the same day, told him": the participle in an
        # aside after a new clause's subject is that subject's
        aside = [
            m
            for m in mentions
            if m.code
            and not m.place
            and re.fullmatch(r",\s+", sentence[m.end : f.start])
            and (
                re.search(
                    r"(?:^|\b(?:and|but)\s+|;\s+)(?:[A-Z][\w.-]*\s+){0,4}$", sentence[: m.start]
                )
                # "a day after US envoy Stephen Biegun, visiting Seoul, urged": a person's
                # participle in the aside after the name is that person's
                or (is_person(m.alias) and not m.object)
            )
        ]
        if aside and previous is not None and aside[-1].code != previous.actor:
            # "…, and Jeong and Mattis, meeting in Singapore, agreed": the pair named before it
            subjects = _pair_of(sentence, [m for m in mentions if m.end <= aside[-1].end])
        elif absolute:
            f.actor, f.inherited = absolute[-1].code, True
        elif (
            teller is not None
            and previous is not None
            and teller.code != previous.actor
            # "…, the JCS said, drawing a rebuke from Tokyo": what the act drew, not the telling
            and not _DREW_FROM.match(sentence, f.start)
        ):
            # "troops shot a fisherman, the South's military said, condemning the killing":
            # the participle goes on from the teller's "said", not from the act told
            subjects = [teller]
        elif previous is not None and previous.actor:
            f.actor, f.inherited, f.role = previous.actor, True, previous.role
        elif main is not None:
            f.actor, f.inherited = main.code, True
    elif not relative and after:
        # "Pompeo, who met Kim Yong Chol in Pyongyang, rejected …": Pompeo did
        head = [m for m in mentions if m.end <= after.start() and not m.object]
        if re.match(r",\s+[a-z]+ed\b", sentence[after.start() :]):
            # "Xi's article in the North's daily, published on the eve of his visit, praised
            # …": the owner named first in the subject, not a party named in the aside; with
            # none named there, the aside's party stays ("The statement, carried by KCNA")
            clause = sentence.rfind(",", 0, after.start()) + 1
            own = [m for m in head if m.start >= clause]
            subjects = own[:1] or subjects
        else:
            # "Trump and Kim, who met at the border, agreed there …": both did
            subjects = _pair_of(sentence, head) if head else []
    return subjects, pronoun_end


# Between an owner and a topic: "the allies' working group on North Korea"
_OWNED_ON_TOPIC = re.compile(
    r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){1,3}(?:on|about|over|for)\s+(?:the\s+)?"
)


# A party's words and what they say: "the North's statement on Monday that (it …)"
_OWN_WORDS_THAT = re.compile(
    r"(?:'s|’s|(?<='s)|(?<=’s))\s+(?:[\w-]+\s+)?(?:statement|announcement|declaration|assurance"
    r"|message"
    r"|letter)\s+(?:(?:on|late on|early on)\s+[A-Z][\w.]*(?:\s+\d{1,2})?\s+)?that\s+"
)


# "…, in which he also criticised": a person's pronoun as the relative clause's subject
_PRONOUN_AFTER_WHICH = re.compile(r"\bwhich\s+(?:he|she)\s+(?:[a-z]+\s+)?$")


# "has written to Kim offering to work together": what the letter says is its writer's
_WRITTEN_TO = re.compile(r"\b(?:written|wrote|writes|write)\s+to\s+[^,;]{1,50}$")


# A "who" after a clause of its own opened by "that" or "which" since the last party named
# ("…, chaired the panel that handled prisoners who refused"): its antecedent is the noun
# right before it, no party
_NESTED_ANTECEDENT = re.compile(r"\b(?:that|which)\s+(?:[a-z]+\s+){1,4}[a-z]+\s+$")


# A participle telling what the act before drew from others ("drawing a rebuke from Tokyo",
# "triggering protests from Seoul"): it goes on from that act, whoever told it
_DREW_FROM = re.compile(r"(?:drawing|triggering|sparking|prompting|provoking)\b")


# ", the South's military said on Sept. 24, " between an act and a participle after it
_TELLER_ASIDE = re.compile(
    r",\s+(?:[^,;]*?\s)?(?:said|says|reported|announced)(?:\s+(?:late\s+|early\s+)?on\s+"
    r"[A-Z][\w.]*(?:\s+\d{1,2})?)?,\s+$"
    # "…, Chung told reporters outside the White House after briefing Trump": the teller's
    r"|,\s+(?:[^,;]*?\s)?(?:told|telling)\s+(?:reporters|journalists|lawmakers)\b[^,;]*?\s"
    r"(?:after|before|while|when)\s+$"
)


# "They came days after the North test-fired": a clause of time opened after the pronoun
# ("They ended when a North Korean soldier shot a tourist": its subject a party's people)
_OWN_CLAUSE_OPENER = re.compile(
    r"\b(?:after|before|when|while|since|until|because|once)\s+(?:the\s+|an?\s+)?$"
)


def _subordinate_own_subject(sentence: str, subjects: list[Mention], at: int) -> bool:
    """Whether the last subject opens a clause of time or cause of its own right before the
    verb: that clause's verb is its subject's, not the opening pronoun's."""
    if not subjects:
        return False
    last = subjects[-1]
    return bool(
        _OWN_CLAUSE_OPENER.search(sentence[: last.start])
        and re.fullmatch(
            r"(?:'s|’s)?\s+(?:(?:soldiers?|troops|guards?|officials?|forces|sailors|police)\s+)?"
            r"(?:[a-z]+ly\s+|had\s+|has\s+|also\s+)?",
            sentence[last.end : at],
        )
    )


def _participle_after_told(sentence: str, previous: Found, f: Found) -> bool:
    """Whether `f` is a participle joined by "and" to a participle whose "that" clause told
    `previous` ("disclosing that Moon had invited him … and turning it down")."""
    return bool(
        re.match(r"[a-z]+ing\b", sentence[f.start : f.end])
        and not re.match(r"[a-z]+ing\b", sentence[previous.start : previous.end])
        and re.search(r"\b[a-z]+ing\s+that\s+[^,;]*$", sentence[: previous.start])
        and re.search(r"\band\s+$", sentence[: f.start])
    )


def _relative_subject(sentence: str, subjects: list[Mention], start: int) -> bool:
    """Whether the verb's own subject is named just before it in a relative clause ("He was
    answering a message in which Trump urged Kim": Trump urged, not he)."""
    return bool(
        subjects
        and re.fullmatch(r"(?:\s+[a-z]+ly)?\s+", sentence[subjects[-1].end : start])
        and re.search(
            r"\b(?:in|on|at|with|after)?\s*(?:which|whom|where)\s+(?:the\s+)?$",
            sentence[: subjects[-1].start],
        )
    )


def _participle_teller(
    sentence: str, mentions: list[Mention], previous: Found | None, start: int
) -> Mention | None:
    """The teller of an aside between the act before and a participle ("…, the ministry said,
    condemning …"), or None."""
    if previous is None:
        return None
    aside = _TELLER_ASIDE.search(sentence, previous.end, start)
    if aside is None or aside.end() != start:
        return None
    verb = re.search(r"\b(?:said|says|reported|announced|told|telling)\b", aside.group())
    said_at = aside.start() + verb.start() if verb else start
    tellers = [
        m
        for m in mentions
        if m.code and not m.place and aside.start() <= m.start and m.end <= start
    ]
    # the one before "said"/"told", not one in where it was said ("at the White House");
    # else the one after it (", said the ministry, …")
    return next(
        (m for m in reversed(tellers) if m.end <= said_at), tellers[-1] if tellers else None
    )


# "… had failed to make progress and": a told clause in the past perfect, closed by "and"
_TOLD_PERFECT_AND = re.compile(
    r"\s+had\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|met|held|made|sent|told|fired)\b[^,;:]*?"
    r"\s+and\s+(?:also\s+|then\s+)?"
)


# "Kim said the summit had made him doubt the United States and accused …": the told clause
# has its own subject, no party, and its verb before the party, so the party is its object
# (or the subject of a clause inside it, "whether the US wanted …") and the verb after "and"
# is the teller's
_TOLD_OBJECT_BEFORE_AND = re.compile(
    r"\b(?:said|told\s+\w+)\s+(?:that\s+)?(?:the|its|his|her|their)\s+(?:[A-Z][\w-]*\s+)?"
    r"[a-z][\w-]*\s+(?:had|has)\s+(?:\w+ly\s+)?(?:[a-z]+ed|made|left|taken|given|shown)\s+"
    r"[^,;]*?(?:\bwhether\s+)?(?:the\s+)?$"
)


def _told_object_before_and(reading: Reading, last: Mention) -> bool:
    """Whether `last` comes after the verb of a told clause whose subject is no party."""
    told = _TOLD_OBJECT_BEFORE_AND.search(reading.sentence, 0, last.start)
    return told is not None and not any(
        m.code and told.start() < m.start < last.start for m in reading.mentions
    )


def _told_in_perfect(sentence: str, main: Mention, previous: Found) -> bool:
    """What `main` said another had done, in the past perfect ("said troops had shot him")."""
    return bool(
        main.code != previous.actor
        and re.search(r"\bhad\s+(?:\w+ly\s+)?$", text_before(sentence, previous.start))
        and re.search(r"\b(?:said|told)\s", sentence[main.end : previous.start])
    )


# A reporting verb right before a party named: "he said Kim", "she told reporters that Seoul"
_SAID_OF = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){1,3}?|added|claimed|insisted)\s+(?:that\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$"
)


def _carried_subjects(
    f: Found,
    reading: Reading,
    lo: int,
    subjects: list[Mention],
    pronoun_from: int,
    previous: Found | None,
    first_subject: Callable[[int], Mention | None],
) -> tuple[list[Mention], int | None]:
    """A subject carried on from the story or the verb before: "She …", "and urged", a
    pronoun, a title of the party the story is about. Returns the subjects and where a
    pronoun's clause ends, if one stood for the actor."""
    sentence, context = reading.sentence, reading.context
    pronoun_end: int | None = None
    main = first_subject(f.start)
    if (
        previous is not None
        and previous.actor
        and not previous.passive
        and not previous.verb.inverse
        and subjects
        and subjects[0].start > previous.end
        and re.match(r"[a-z]+ing\b", sentence[f.start : f.end])
        and re.search(r",\s+(?:then\s+[a-z]+|[a-z]+ed)\b", sentence[subjects[-1].end : f.start])
        and not _OWN_CLAUSE_BEFORE.search(sentence, subjects[0].start, f.start)
    ):
        # "met his counterpart, Lee, in Seoul on Feb. 4, then spent three days in Pyongyang
        # negotiating with Kim": the participle after a second verb of the same subject goes on
        # with that subject, not with the first verb's object
        f.actor, f.inherited, f.role = previous.actor, True, previous.role
        return [], pronoun_end
    if (
        previous is not None
        and main is not None
        and _told_in_perfect(sentence, main, previous)
        and re.match(r"[a-z]+ed\b", sentence[f.start : f.end])
        and re.search(r",\s+$", text_before(sentence, f.start))
    ):
        # "The ministry said troops had shot him in the North's waters, condemned the killing
        # and demanded …": the tense steps back from the told past perfect to the teller's
        # simple past, so the verb after the comma is the teller's; "the North's waters"
        # before it is the told act's complement, not a subject
        subjects = []
        f.actor, f.inherited, f.role = main.code or "", True, None
        return subjects, pronoun_end
    if (
        main is not None
        and subjects
        and main.end <= subjects[-1].start
        and main.code not in subjects[-1].code.split("+")
        and re.match(r"[a-z]+ed\b", sentence[f.start : f.end])
        and re.search(r"\b(?:said|told\s+\w+)\s", sentence[main.end : subjects[-1].start])
        and _TOLD_PERFECT_AND.fullmatch(sentence, subjects[-1].end, f.start)
        and re.match(r"\s+(?:both|them|the two|each other)\b", sentence[f.end :])
    ):
        # "The ministry said it was regrettable that the two sides had failed to make progress
        # and called on both to keep talking": the verb after "and" aimed at those the told
        # past perfect was of is not theirs but the teller's (whereas in "said Trump had
        # explained his plan and expressed his wish" Trump did both)
        f.actor, f.inherited, f.role = main.code or "", True, None
        return [], pronoun_end
    if (
        previous is None
        and context.subject
        and re.match(
            r"\s*(?:[A-Z][^,]{0,40},\s*)?(?:He|She|They|he|she|they)\s",
            sentence[lo : f.start],
        )
        and re.search(r"\b(?:[a-z]+ed|[a-z]+s|said|told|called|made)\b", sentence[lo : f.start])
        and not _relative_subject(sentence, subjects, f.start)
        and not _subordinate_own_subject(sentence, subjects, f.start)
        # "He also said Kim had agreed to destroy the site": the one he told of did it
        and not (
            subjects
            and _SAID_OF.search(sentence, lo, subjects[-1].start)
            and not re.search(r"[,;]", sentence[subjects[-1].end : f.start])
        )
    ):
        subjects = []  # "She called Moon's speech disgusting and accused him": she did
        f.actor, f.inherited, f.role = context.subject, True, context.role
        if (
            context.impersonal
            and context.person
            and context.person != context.subject
            and re.match(r"\s*(?:[A-Z][^,]{0,40},\s*)?(?:He|She|he|she)\s", sentence[lo : f.start])
        ):
            f.actor, f.role = context.person, None
    if (
        previous is not None
        and previous.verb.code == "042"
        and re.search(r"\bto\s+$", text_before(sentence, f.start))
    ):
        subjects = []  # "due to fly to Beijing next week to brief Chinese officials"
    elif (
        previous is not None
        and subjects
        and subjects[-1].start > previous.end
        and re.match(
            r"\s+(?:was|were|is|are)\s+[a-z]+ing\b[^,;]*\band\s+[a-z]+ing\b",
            sentence[subjects[-1].end : f.end],
        )
    ):
        # "…, while an official said Washington was monitoring the situation and consulting
        # its allies": the subject of the progressive the participle goes on, not the verb before
        subjects = subjects[-1:]
    elif _listed_after_object(sentence, previous, subjects, f):
        subjects = []  # "Moon met Kim, signed a pact and …": Moon signed, Kim was only met
    elif previous is not None and re.search(
        # ", then flew on to Seoul": a comma and "then" join verbs of one subject as "and" does
        r"(?:\band\s+|,\s+(?=then\s))(?:then\s+|also\s+|later\s+|[a-z]+ly\s+|"
        + _ONCE
        + r")?(?:(?:was|were|is|are|has|had|have|will"
        r"|would)\s+(?:due\s+to\s+|expected\s+to\s+|set\s+to\s+|to\s+|also\s+)?"
        # "is due to meet Moon on Thursday and to hold talks with Kono": a second infinitive
        r"|to\s+)?$",
        text_before(sentence, f.start),
    ):
        subjects = []  # "met Trump … and urged him": the same subject goes on
    elif (
        subjects
        and re.search(r"\band\s+(?:then\s+|also\s+|later\s+)?$", text_before(sentence, f.start))
        and (
            re.search(
                r"\b(?:should|could|would|must|might)\b", sentence[subjects[-1].end : f.start]
            )
            # "Trump said Kim was too smart to lose it all and warned him": a told clause
            # whose verb is "was" and no act; the act after "and" is the teller's
            or re.match(
                r"\s+(?:was|were|is|are)\s+(?!(?:not\s+)?[a-z]+(?:ing|ed)\b)",
                sentence[subjects[-1].end : f.start],
            )
            or _told_object_before_and(reading, subjects[-1])
        )
        and first_subject(subjects[-1].start) is not None
    ):
        # "Moon responded that the Koreas should … and urged the North": Moon urged
        subjects = [first_subject(subjects[-1].start)]  # type: ignore[list-item]
    teller = first_subject(f.start)
    if (
        not subjects
        and previous is not None
        and teller is not None
        and teller.code
        and is_person(teller.alias)
        and _AND_THAT_HE.search(text_before(sentence, f.start))
    ):
        # "Trump said that South Korea had offered more money and that he had rejected it":
        # a second told clause with "he" tells of the teller, not the first one's subject
        f.actor, f.inherited, f.role = teller.code, True, None
    elif (
        not subjects
        and previous is not None
        and previous.actor
        and not _AND_IT.search(sentence, max(0, f.start - 40), f.start)
        and not _SAYER_SAID_HE.search(sentence, previous.end, f.start)
        # "…, and the communique urged": a subject of its own, the meeting's joint text
        and not _AND_COMMUNIQUE.search(text_before(sentence, f.start))
        and (
            not previous.passive
            or re.search(r"\band\s+(?:\w+\s+)?$", text_before(sentence, f.start))
        )
    ):
        f.actor, f.inherited = previous.actor, True
        f.role = previous.role
        main = first_subject(f.start)
        if main is not None and (
            main.end <= after_time_clause(sentence, previous.start, f.start)
            # "put on hold a US request …, and asked Washington": the request a noun of the
            # object, the verb after ", and" the main clause's subject's
            or (
                main.end <= previous.start
                and re.search(
                    r"\b(?:a|an)\s+(?:[A-Z][\w.-]*\s+){1,2}$",
                    text_before(sentence, previous.start),
                )
            )
        ):
            group = [main]
            for m in reading.mentions:  # "Tokyo and Washington postponed …": both
                if (
                    m.code
                    and m.start >= main.end
                    and re.fullmatch(
                        r"\s*(?:,|and|, and)\s*(?:the\s+)?", sentence[group[-1].end : m.start]
                    )
                ):
                    group.append(m)
            # "The allies suspended the drill on June 18, a week after Trump met Kim, and
            # called off an air exercise": the clause of time closed by its comma, the verb
            # after ", and" is the main clause's subject's, not the one of the clause of time
            f.actor, f.role = joint_code([m.code for m in group]), None
        if previous.verb.inverse and previous.target:
            # "received a letter from Trump and praised it": the receiver goes on acting,
            # not the sender the inverse verb made its actor
            f.actor, f.role = previous.target, None
        main = first_subject(f.start)
        if main is not None and _participle_after_told(sentence, previous, f):
            # "…, disclosing that Moon had invited him and turning the invitation down": the
            # second participle goes on from the first, the main clause's, not the told act
            f.actor, f.role = main.code, None
        if main is not None and (
            previous.modality == "hypothetical"
            or (  # "the agreement signed by the two Koreas, and urged the North": Seoul
                previous.passive
                and not PASSIVE_BEFORE.search(text_before(sentence, previous.start))
                and main.code != previous.actor
            )
        ):
            # "said it hoped the North would return to talks, and urged Pyongyang …":
            # the one who hoped urged
            f.actor, f.role = main.code, None
    elif (
        not subjects
        and not f.actor
        and previous is None
        and re.search(
            r",\s*(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?$", sentence[: f.start]
        )
        and (opener := _TITLE_OPENER.match(sentence))
    ):
        # "The president also said that talks were needed, and asked the North to join": the
        # title opening the sentence stands for whom it did before, and does the verb after
        # ", and" as a pronoun would
        pronoun_end = _pronoun_actor(f, reading, opener, 0, first_subject)
    elif (
        not subjects
        and not f.actor
        and re.search(
            r"(?:,\s*|\b)(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|" + _ONCE + r")?"
            r"(?:(?:has|had|have|was|were|is|are)\s+(?:also\s+)?)?$",
            sentence[: f.start],
        )
        and first_subject(f.start) is not None
    ):
        main = first_subject(f.start)
        assert main is not None
        f.actor, f.inherited = main.code, True  # "…, and urged Pyongyang": same subject
        if context.subject and re.match(
            r"\s*(?:It|He|She)\s+(?!said|says|told)[a-z]", sentence[: main.start]
        ):
            # "It has voted for every UN resolution … but has pressed for relief": the
            # pronoun is the subject of both, what its clause named an object
            f.actor, f.role = context.subject, context.role
    elif (
        not subjects
        and not f.actor
        and previous is None
        and re.search(
            r"(?:,\s*|\b)(?:and|but)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|" + _ONCE + r")?"
            r"(?:(?:has|had|have|was|were|is|are)\s+(?:also\s+)?)?$",
            sentence[: f.start],
        )
        and (opener := re.match(r"\s*(It|He|She|They)\s+(?!said|says|told)[a-z]", sentence))
        and (context.group or context.pair if opener.group(1) == "They" else context.subject)
    ):
        # "They failed to narrow their differences, but agreed to meet again": the
        # pronoun opening the sentence is the subject of the verb after "but"
        if opener.group(1) == "They":
            f.actor = context.group or context.pair or ""
        else:
            f.actor, f.role = context.subject or "", context.role
        f.inherited = True
    elif (
        not subjects
        and not f.actor
        and previous is None
        and (
            conjunct := re.search(
                r"(,\s*|\b)(?:and|but)\s+(?:[a-z]+ly\s+|also\s+)?$", sentence[: f.start]
            )
        )
        and (opener := _BODY_OPENER.match(sentence))
        and (conjunct.group(1) or not opener.group("said"))
        # "Its defence ministry released a video and demanded …": the body of the one "it"
        # stands for, not another state's body of that name told before
        and (
            body := (context.subject if opener.group("its") else None)
            or context.bodies.get(opener.group("body").lower())
            or context.subject
        )
    ):
        # "The agency called the programme deeply regrettable, and urged Pyongyang to
        # comply", "A foreign ministry spokesman said the ship was taken illegally, and warned
        # Washington": the body opening the sentence (whose the article said before, else the
        # story's subject's) does the verb after ", and"
        f.actor, f.inherited = body, True
    elif (
        not subjects
        and not f.actor
        and (
            pronoun := _PRONOUN_SUBJECT.search(sentence, pronoun_from, f.start)
            or _AND_IT.search(sentence, max(0, f.start - 40), f.start)
        )
    ):
        pronoun_end = _pronoun_actor(f, reading, pronoun, lo, first_subject)
    elif (
        not subjects
        and not f.actor
        and previous is None
        and context.subject
        and (titled := TITLED.match(sentence[lo : f.start]))
    ):
        # "Trade minister Sung Yun-mo called …" after "South Korea lodged a protest":
        # an official the tables do not know, of the party the story was just about
        f.actor, f.inherited, f.role = context.subject, True, None
        if len(titled.group("name").split()) >= 2:
            context.people[surname_of(titled.group("name"))] = context.subject
    return subjects, pronoun_end


# A verb in the simple past opening a list item: "met Kim, signed …"
_LISTED_PAST = re.compile(
    r"(?:[a-z]{3,}ed|met|held|sent|took|made|told|gave|spoke|began|broke|flew|threw|sought"
    r"|brought|struck|froze|blew|left|won|cut)\b(?!\s+by\b)"
)


def _listed_after_object(
    sentence: str, previous: Found | None, subjects: list[Mention], f: Found
) -> bool:
    """Whether a past verb after a comma is the next item of one subject's list of acts, so
    the mentions before it are the object of the verb before ("Moon met Kim, signed a pact
    and pledged …"): they stand right after that verb, with no comma or new clause between,
    and only an adjunct and the comma follow them."""
    if previous is None or not subjects or not previous.actor:
        return False
    if subjects[0].start < previous.end or not _LISTED_PAST.match(sentence, f.start):
        return False
    if re.search(
        r"[,;:\"“”()]|\b(?:and|but|or|that|who|which|whose|when|after|as|while|since"
        r"|because|before|said|says|if)\b",
        sentence[previous.end : subjects[0].start],
    ):
        return False
    return bool(
        re.fullmatch(
            # "met Kim at the truce village on Tuesday, signed": an adjunct of place or time;
            # "ready to meet Trump again \"at any time\", offered": a repetition, a short quote
            r"(?:'s|’s)?(?:\s+(?:on|in|at|near|inside|last|this|early|late)"
            r"(?:\s+(?!who\b|which\b|that\b|and\b)[\w.'’-]+){1,5})*"
            r"(?:\s+(?:again|too|as\s+well|once\s+more))?(?:\s+[\"“][^\"”,;]{1,30}[\"”])?,\s+",
            sentence[subjects[-1].end : f.start],
        )
    )


def _trimmed_subjects(
    f: Found, sentence: str, subjects: list[Mention], first_subject: Callable[[int], Mention | None]
) -> list[Mention]:
    """Mentions after the subject that belong to an object: a possessive, what the subject said
    it was reviewing, the paper an article appeared in."""
    if (
        len(subjects) > 1
        and subjects[-1].end < len(sentence)
        and sentence[subjects[-1].start : subjects[-1].end].endswith(("'s", "’s"))
        and not re.search(
            # "…'s trip to Pyongyang, after which the North's foreign ministry accused": a
            # clause of its own
            r"\b(?:said|says|told|that|announced|reported|and|while|but|which|who|whom)\b",
            sentence[subjects[0].end : subjects[-1].start],
        )
    ):
        # "The North's committee called Moon's speech shameless and accused Seoul":
        # a possessive after the subject belongs to an object
        subjects = subjects[:1]
    if (
        len(subjects) > 1
        and subjects[-1].alias != sentence[subjects[-1].start : subjects[-1].end]
        and re.search(r"\band\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$", text_before(sentence, f.start))
        and (main := first_subject(subjects[0].end)) is not None
    ):
        # "The ministry said it was reviewing the North's intention and urged": the
        # ministry urged, not the North whose intention it was
        subjects = [main]
    if (
        len(subjects) > 1
        and re.match(
            r"(?:'s|’s)\s+(?:[\w-]+\s+)?(?:article|statement|letter|message|speech|editorial"
            r"|commentary|op-ed|remarks|envoy|spokes(?:man|woman|person))\b",
            sentence[subjects[0].end - 2 :],
        )
        and not re.search(
            r"\b(?:after|before|when|while|as|since|came|said)\b",
            sentence[subjects[0].end : f.start],
        )
    ):  # "Xi's article in the North's Rodong Sinmun praised": Xi did
        subjects = subjects[:1]
    return subjects


# A possessive right after a verb or preposition ("supported Seoul's efforts", "on the North's
# behalf") owns part of an object, not the subject a later "it" stands for
_OWNER_IN_OBJECT = re.compile(
    r"\b(?!(?:and|but|that|while|when|after|before|since|as|because|said|says|then)\b)"
    r"[a-z]+\s+(?:the\s+)?$"
)


# ", the North said on Sunday, a day after it fired": the teller, then "it" in a clause of time
_TELLER_THEN_IT = re.compile(
    r"\s+(?:said|says|reported|announced|claimed)\b[^,;]*,\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:after|before|when|since)\s+it\s+(?:\w+\s+)?"
)


# "It said it would …", "It also said": a sentence going on with the last one's teller's words
_IT_SAID = re.compile(r"It\s+(?:also\s+|further\s+)?(?:said|says|added)\b")


# Between a state's name and the person it is a title of: "US| President |Donald Trump"
_TITLE_GAP = re.compile(r"(?:\s+[A-Z][\w.'’-]*){0,3}\s+")


def _titled_person(sentence: str, mentions: list[Mention], main: Mention) -> Mention:
    """The person a state's name opens the title of ("US President Donald Trump"), else the
    mention itself."""
    return next(
        (
            m
            for m in mentions
            if m.start >= main.end
            and m.code == main.code
            and is_person(m.alias)
            and _TITLE_GAP.fullmatch(sentence, main.end, m.start)
        ),
        main,
    )


# ", and the communique urged": a clause with the joint text of a meeting as its subject
_AND_COMMUNIQUE = re.compile(r",\s+and\s+(?:the|their)\s+(?:joint\s+)?communiqu[eé]\s+$")

# Meetings and talks, whose parties issue a communique
_MET = ("040", "043", "046")


def _pronoun_actor(
    f: Found,
    reading: Reading,
    pronoun: re.Match[str],
    lo: int,
    first_subject: Callable[[int], Mention | None],
) -> int:
    """Who a pronoun subject ("it", "he", "they", "the ministry", "the envoy") stands for:
    the one named before it in the sentence, else the article's last subject, person,
    group or body. Sets `f.actor`, `f.inherited` and `f.role`; returns where the pronoun
    and its auxiliaries end."""
    sentence, mentions, before, out, context = reading.unpack()
    # "Seoul said it would send", "the military said it had sent": the one named
    # before in the sentence, else the article's last subject
    pronoun_end = pronoun.start() + len(_AUXILIARIES.sub("", pronoun.group(0)))
    if re.search(r"communiqu", pronoun.group(0)) and (
        talks := next(
            (r for r in reversed([*before, *out]) if r.action in _MET and "+" in r.actor), None
        )
    ):
        # "the communique urged the North": a joint text, of those the last joint meeting had
        f.actor, f.inherited = talks.actor, True
        return pronoun_end
    speaker = next(
        (
            m
            for m in mentions
            if m.code
            and not m.place
            and (said := _OWN_WORDS_THAT.match(sentence, m.end))
            and said.end() >= pronoun.start()
            and said.end() <= pronoun.end()
        ),
        None,
    )
    if speaker is not None:
        # "weighs how to respond to the North's statement on Monday that it was prepared to
        # resume talks": the pronoun of what a party's words say is that party
        f.actor, f.inherited, f.role = speaker.code, True, None
        return pronoun_end
    named = [
        m for m in mentions
        if m.end <= pronoun.start() + 1 and m.code
        and not (m.place or m.object or m.agent)
    ]  # fmt: skip
    named = (
        [  # "rice that Seoul had offered, and it demanded": not Seoul
            m
            for m in named
            if not re.search(r"\b(?:that|which|whom)\s+$", sentence[: m.start])
            # "which Pyongyang has cited … since it fired": "it" within the relative clause
            or not re.search(r"[,;]|\b(?:and|but)\b", sentence[m.end : pronoun.start()])
        ]
        or named
    )
    # "The EU went beyond the UN measures, when its ministers banned": not the UN
    named = [m for m in named if not _modifier(sentence, m)] or named
    if (fronted := _fronted_end(sentence, f.start)) >= 0 and pronoun.end() >= fronted:
        # "After meeting Lee, he": not Lee; nor in "After talks with Choi, he told
        # reporters he had not asked": the second "he" is the first; nor in "Meeting China's
        # envoy, Mr Xing, on Monday, he": the pronoun read with the day before it
        named = [m for m in named if m.end > fronted]
    main = first_subject(pronoun.start())
    if (
        main is not None
        and re.search(
            r"\b(?:after|before|when|as|since|while|until)\s+it\s+(?:\w+\s+)?$",
            sentence[: f.start],
        )
        # "Kim Yo Jong called Seoul's office a dog after it expressed concern": she
        # is no "it"; nor "US President Donald Trump wrote …, a day after it fired"
        and not (
            is_person((head := _titled_person(sentence, mentions, main)).alias)
            and re.match(r"\s+[a-z]", sentence[head.end :])
        )
    ):  # "said it had no intention of talking …, a day after it fired": the North
        # "came hours after North Korea fired …, five days after it fired": the subject of
        # the clause of time nearer before "it", a state, is what "it" is
        nearer = [
            m
            for m in named
            if m.start > main.start
            and not is_person(m.alias)
            # "…, which Pyongyang has cited as the reason for launches since it fired": the
            # subject of a relative clause that holds "it"
            and re.search(
                r"\b(?:after|before|when|since|until|because|which|that)\s+(?:the\s+)?$",
                sentence[: m.start],
            )
            and re.match(r"\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?[a-z]+ed\b", sentence[m.end :])
        ]
        # "Trump wrote to Kim, the North said on Sunday, a day after it fired …": the teller
        # the clause of time hangs on
        teller = [
            m
            for m in named
            if m.start > main.start
            and not is_person(m.alias)
            and _TELLER_THEN_IT.fullmatch(sentence, m.end, f.start)
        ]
        named = teller[-1:] or nearer[-1:] or [main]
    elif (
        main is not None
        and main in named
        and not is_person(main.alias)
        and re.search(
            r",\s+(?:and|but)\s+" + _ON_A_DAY + r"it\s+(?:\w+\s+){0,2}$", sentence[: f.start]
        )
        and re.match(r"\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+)?[a-z]+ed\b", sentence[main.end :])
    ):
        # "On Aug. 3 the Treasury blacklisted a bank for serving a North Korean trader, and on
        # Aug. 21 it sanctioned …": "it" after ", and" goes on with the subject of the clause
        # before, not the last party its object named
        named = [main]
    elif re.search(r"\b[Ii]t\s+(?:\w+\s+){0,3}$", sentence[lo : f.start]):

        def owner(m: Mention) -> bool:
            return bool(
                re.match(r"(?:\s+[A-Z][\w-]*)*(?:'s|’s)\s+[a-z]", sentence[m.end :])
                or sentence[m.start : m.end].endswith(("'s", "’s"))
            )

        things = [  # "it" is no person, nor "US" in "US President Donald Trump"
            m
            for m in named
            if (
                not (is_person(m.alias) or re.match(r"\s+[A-Z]", sentence[m.end :]))
                # "Moon Jae-in's office said it": the office
                or owner(m)
            )
            # "supported Seoul's efforts, and it called on": an owner within an object
            and not (owner(m) and _OWNER_IN_OBJECT.search(sentence[: m.start]))
        ]
        # "since the collapse of Kim's summit with Trump, and it test-fired": with
        # only people named before it, "it" is the party the story is about
        named = things or ([] if context.subject else named)
    if re.search(r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+){0,3}$", sentence[lo : f.start]):
        named = [m for m in named if is_person(m.alias)] or named  # "he": a person
        if (
            main is not None
            and main in named
            and is_person(main.alias)
            and re.search(r"\s(?:when|as|while)\s+(?:he|she)\s+(?:\w+\s+)?$", sentence[: f.start])
            and not re.search(r"\b(?:said|says|told|that)\b", sentence[main.end : f.start])
        ):
            # "Lavrov brought Kim an invitation when he travelled to Pyongyang": the
            # subject of the clause the time clause hangs on, not the last person named
            named = [main]
    if named and re.search(r"\b[Tt]hey\b", sentence[lo : f.start]):
        group = _subject_group(sentence, named)
        f.actor, f.inherited = joint_code([m.code for m in group]), True
    elif named:
        f.actor, f.inherited = named[-1].code, True
        told = re.search(
            r"\b(?:told|telling|assured|informed|reminded|promised)\s+[^,;]*?\b(?:that\s+)?"
            r"(?P<who>he|she|it)\s+(?:\w+\s+){0,3}$"
            # "Abe said on May 6, after a call with Trump, that he was ready"
            r"|\bsaid\b[^;]*?\bthat\s+(?P<said>he|she)\s+(?:\w+\s+){0,3}$",
            sentence[named[0].end : f.start],
        )
        if told and len(named) > 1 and is_person(named[0].alias) == (told.group("who") != "it"):
            # "Moon told Trump he would seek": Moon would; "The United States urged the
            # council, while telling the North it was prepared": the United States was
            f.actor = named[0].code
    elif context.teller and _IT_SAID.match(sentence):
        # "…, the UNC said. It said it would hold talks with both Koreas": the teller goes on
        f.actor, f.inherited = context.teller, True
    elif (
        (context.group or context.pair)
        and (
            re.match(r"\s*(?:[A-Z][^,]{0,40},\s+)?[Tt]hey\b", sentence[lo : f.start])
            # "On June 18 last year they suspended …": a day opening the sentence needs no comma
            or re.match(r"\s*(?:On|In)\s+" + _A_DAY_OPENING + r"\s+they\b", sentence[lo : f.start])
            or (
                _fronted_end(sentence, f.start) >= 0 and re.match(r"[,\s]*they\b", pronoun.group(0))
            )
        )
    ):
        # "Moon and Kim met in April. They held a second meeting a month later.";
        # "The allies began an exercise on Aug. 5. They suspended …": the allies; also
        # after a fronted phrase ("Closer to home, they agreed …")
        f.actor, f.inherited = context.group or context.pair, True
    elif (
        (
            body := re.match(  # "The ministry said it would …": the ministry
                r"\s*(?:[\w.]+\s+\d{1,2},\s+)?[Tt]he\s+(?:[\w-]+\s+){0,2}?(?i:" + BODIES + r")\b",
                sentence[lo : pronoun.end()],
            )
        )
        and body.group("body").lower() in context.bodies
    ):
        # "The ministry said it would push for a rice shipment" after a sentence
        # about the North: the ministry named before is Seoul's
        f.actor, f.inherited = context.bodies[body.group("body").lower()], True
        f.role = context.role if f.actor == context.subject else None
    elif re.match(
        r"\s*(?:[\w.]+\s+\d{1,2},\s+)?[Tt]he\s+(?:two\s+|special\s+|visiting\s+)?"
        r"(?:envoys|delegation|delegates|visitors)\b",
        sentence[lo : pronoun.end()],
    ) and (
        visit := next(
            (
                r
                for r in reversed([*before, *out])
                if r.action in ("040", "042", "046") and "+" not in r.actor
            ),
            None,
        )
    ):
        # "The envoys then flew to Washington" after "Kim told them …": those who
        # made the last visit or met, not the last subject
        f.actor, f.inherited, f.role = visit.actor, True, None
    elif (
        context.impersonal
        and context.person
        and context.person != context.subject
        and re.search(r"\b(?:[Hh]e|[Ss]he)\b|" + PERSON_ROLES, pronoun.group(0))
    ):
        f.actor, f.inherited, f.role = context.person, True, None
    elif (
        context.subject == "PRK"
        and re.match(
            r"\s*(?:[\w.]+\s+\d{1,2},\s+)?[Tt]he\s+president\b", sentence[lo : pronoun.end()]
        )
        and (other := next((p for p in context.persons if p and p != "PRK"), None))
    ):
        # "Kim wrote to Trump. The president praised him": the North's leader is no
        # president, so the other person the story named
        f.actor, f.inherited, f.role = other, True, None
    elif (
        context.filed_in
        and context.subject not in context.named
        and re.search(r"\b[Tt]he\s+government\b", pronoun.group(0))
    ):
        # "TOKYO — … It said the government had notified the council" after a sentence about a
        # North Korean tanker: a government owned by no one is the one where the story was
        # filed, unless the sentence before named its state acting ("Japan said …")
        f.actor, f.inherited, f.role = context.filed_in, True, None
    elif context.subject:
        f.actor, f.inherited, f.role = context.subject, True, context.role
    elif context.filed_in and re.match(
        r"\s*(?:[\w.]+\s+\d{1,2},\s+)?[Tt]he\s+(?:[\w-]+\s+)?(?:government|(?i:cabinet|ministry))\b",
        sentence[lo : pronoun.end()],
    ):
        # "TOKYO, March 4 (…) -- The government lodged a protest": with no one named yet, the
        # government an outlet writes of unnamed is the dateline's
        f.actor, f.inherited, f.role = context.filed_in, True, None
    return pronoun_end


# "granted an exemption for the event after the United States dropped its objections": the
# subject of a clause of time or cause after the verb does something else, it is not aimed at
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|while|because|until|once|since|though|although|whereas)\s+"
    r"(?:the\s+)?$"
)
_FINITE_NEXT = re.compile(
    r"(?:[ -][A-Z][\w.'’-]*)*\s+(?:[a-z]+ly\s+)?(?:had|has|have|was|were|is|are|would|will|"
    r"could|did|does|[a-z]+ed)\b"
)


# ", less than a week after Trump met": a clause of time after the main clause's comma, up to
# the verb after it
_TIME_CLAUSE_BEFORE = re.compile(
    r",\s+(?:[\w-]+\s+){0,4}?(?:after|before|when|since|until|as)\s+[^,;:\"“”]*$"
)


def after_time_clause(sentence: str, previous: int, at: int) -> int:
    """Where the clause of time that holds the verb at `previous` begins, when the verb at `at`
    comes after its closing comma and "and" ("suspended the drill, a week after Trump met
    Kim, and called off …"), else -1: the verb at `at` goes on with the main clause."""
    time = _TIME_CLAUSE_BEFORE.search(sentence, 0, previous)
    if time is None or not _AND_AFTER_COMMA.search(sentence, previous, at):
        return -1
    return time.start()


_AND_AFTER_COMMA = re.compile(r",\s+and\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?$")


# "…, following Trump's pledge to Kim": an adjunct of time set off by a comma
_TIME_ADJUNCT = re.compile(r",\s+(?:following|after|before|ahead of|in the wake of)\s")


def _subordinate_subject(sentence: str, verb_end: int, m: Mention) -> bool:
    """Whether `m` is the subject of a clause of time or cause that follows the verb, or is
    named in a comma-set adjunct of time after it."""
    return bool(
        _SUBORDINATOR.search(sentence, verb_end, m.start) and _FINITE_NEXT.match(sentence, m.end)
    ) or bool(_TIME_ADJUNCT.search(sentence, verb_end, m.start))


def _candidate_targets(
    f: Found, sentence: str, right: list[Mention], nxt: int
) -> tuple[list[Mention], list[Mention]]:
    """The parties named after an active verb that it may be aimed at, and the weak ones
    (named only as a source or a modifier: "a letter from Kim", "UN resolutions"): not
    places, agents, the subject of what follows or where one speaks from; else the maker
    of a refused offer, whose sanctioned groups, whose welcomed steps."""
    targets = [
        m
        for m in right
        if not m.place
        and not m.agent
        and not speaks_next(sentence, m, nxt)
        # "unveiled the weapon … less than a month before the U.S. presidential election": whose
        # election it is, not whom the act is aimed at
        and not _ELECTION.match(sentence, m.end)
        and not _subordinate_subject(sentence, f.end, m)
    ]
    # "appealed from Seoul to Pyongyang": where one speaks from is no target
    targets = [
        m
        for m in targets
        if not (
            re.search(r"\bfrom\s+$", sentence[: m.start])
            and (to := re.match(r"\s+to\s+(?:the\s+)?", sentence[m.end :]))
            and any(x.start == m.end + to.end() and x.code for x in targets)
        )
    ]
    if not targets and f.verb.code in ("120", "125", "051", "111"):
        # "rejected an offer by President Moon to send envoys": the offer's maker
        targets = [
            m
            for m in right
            if m.agent
            and not m.place
            and re.search(
                r"\b(?:offer|proposal|invitation|request|plea|demand|call)s?\s+"
                r"(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                sentence[max(0, m.start - 60) : m.start],
            )
        ][:1]
    if not targets and f.verb.code in ("161", "163", "171"):
        # "ordered the facilities built by the South to be removed", "sanctioned groups
        # controlled by North Korea's intelligence agency": whose they are
        targets = [m for m in right if m.agent and not m.place]
    if not targets and f.verb.code in REACTIONS:
        # "supported the steps taken along the border by the two Koreas": whose steps;
        # "condemned the launch by North Korea", "urged restraint by Pyongyang": the "by" of
        # an active verb's object, in its own clause, names whose act is reacted to
        targets = [
            m
            for m in right
            if m.agent
            and not m.place
            and (
                re.search(
                    r"\b(?:steps?|moves?|measures?|actions?)\s+(?:taken|made|carried out)\b",
                    sentence[f.end : m.start],
                )
                or re.fullmatch(
                    # not "cautioned against being blinded by the North": a passive's agent
                    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?!being\b|been\b|be\b)"
                    r"[\w-]+\s+){0,3}?[a-z]+\s+by\s+(?:the\s+)?",
                    sentence[f.end : m.start],
                )
            )
        ][:1]
    # "a violation of UN resolutions", "a letter from Kim to Trump": named, not aimed at;
    # "discussed … three-way cooperation with Japan": what was discussed, not with whom
    weak = [
        m
        for m in targets
        if _modifier(sentence, m)
        or (f.verb.code == "040" and _TIES_WITH.search(sentence, f.start, m.start))
    ]
    targets = [m for m in targets if m not in weak]
    if f.verb.place_target or not targets:
        # "arrived in Vladivostok after a ride through China": the land passed on the way is
        # not where one went
        targets += [
            m
            for m in right
            if m.place and f.verb.place_target and not _PASSED_THROUGH.search(sentence, 0, m.start)
        ]
    return targets, weak


# A party named as what ties are about, after the verb of a meeting ("discussed the importance of
# cooperation with Japan"): the topic, not whom they met
_TIES_WITH = re.compile(
    r"\bdiscuss\w*\s[^;]*?\b(?:cooperation|coordination|ties|relations)\s+with\s+(?:the\s+)?$"
)


_PASSED_THROUGH = re.compile(
    r"\b(?:through|via)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:east|west)?ern\s+)?$"
)


# Whose views a sentence gives when it is no report: "Analysts said …", "…, said an expert".
# "South Korean lawmakers", "Japanese firms", "US activists", "the South Korean company that
# ran the resort" (one firm as much as many): not the government acting.
# "South Korean-built", "Chinese-made", "US-funded": a compound adjective of a thing
# A verb (not a preposition, article or "said") right before a possessor: the possessor is in
# that verb's object ("studying Pyongyang's intentions")
_OWNER_OF_OBJECT = re.compile(
    r"\b(?!(?:and|but|or|of|in|on|at|to|for|with|by|from|as|that|than|the|an?|while|when"
    r"|after|before|since|said|says|told|tells|added)\b)[a-z]+\s+$"
)


# After the possessor, its noun and a second verb joined with "and"/"but", no comma between
_JOINED_AFTER_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){1,4}?(?:and|but)\s+(?:[a-z]+\s+){0,3}")


_MADE_BY = re.compile(
    r"-(?:built|made|owned|run|funded|financed|flagged|registered|based|operated|supplied)\b"
)


_ELECTION = re.compile(
    r"(?:'s|’s)?\s+(?:presidential|parliamentary|general|midterm|legislative|local)?\s*"
    r"(?:election|elections|vote|race|campaign)\b"
)


_NOT_GOVERNMENT = re.compile(
    r"(?:'s|’s)?\s+(?!(?:told|tells|said|says|briefed|informed|assured|met|urged|thanked)\b)"
    r"(?:[\w-]+\s+)?(?:lawmakers|legislators|opposition|activists|protesters|"
    r"civic groups|compan(?:y|ies)|firms?|conglomerates?|journalists|reporters|"
    r"defectors|citizens|tourists|families|workers|students|businesses|banks|courts?|"
    r"voters|public|people)\b"
)


def speaks_next(sentence: str, m: Mention, nxt: int) -> bool:
    """Whether a mention after a verb is the subject of what follows: a reporting verb
    ("…, South Korea's military said") or the next action ("… and South Korea removed")."""
    after = sentence[m.end :]
    if re.match(
        # not "two Chinese companies it said had helped the North": "it" says, of them
        r"\s*(?:\w+\s+){0,3}?(?<!\bit )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )"
        r"(?:said|says|told|reported|announced|added)\b"
        # "…, US Secretary of State Mike Pompeo said"
        r"|(?:'s|’s)?\s*(?:(?:[A-Z][\w.-]*|of|the|for)\s+){1,7}?(?:said|says|told|added)\b",
        after,
    ) and not re.match(
        # "met Kang Kyung-wha on Thursday and told her …": a second verb of the subject, not
        # what the one met said
        r"\s*(?:[\w.-]+\s+){0,3}?(?:and|but)\s+(?:then\s+|later\s+|also\s+)?"
        r"(?:said|says|told|added)\b",
        after,
    ):
        return True
    joined = re.search(
        r"(?:[,;]|\band|\bbut|\bwhile)\s+(?:the\s+)?$", text_before(sentence, m.start)
    )
    return (
        nxt < len(sentence)
        and joined is not None
        and bool(re.fullmatch(r"(?:'s|’s)?\s*(?:\w+\s+){0,3}", sentence[m.end : nxt]))
        and not re.search(r"\bto\s+(?:\w+\s+)?$", sentence[m.end : nxt])
    )


# "UN Security Council resolutions", "US military bases": the words between are the noun's
# own, not a phrase after the party ("met Trump on the sidelines of the summit")
_MODIFIED = re.compile(
    r"(?:'s|’s)?\s+(?:(?!(?:on|in|at|of|the|an?|to|with|for|from|by|and|or|over|during|after"
    r"|before|its|his|her|their)\s)[\w-]+\s+){0,2}?(?:resolutions?|sanctions|panel|experts|"
    r"Command|ban|"
    r"measures|General Assembly|weapons|troops|forces|bases|approval|election|elections|"
    r"sidelines|summit|agencies|agency|officials|allies|ally)\b"
)


def _modifier(sentence: str, m: Mention) -> bool:
    """A state named as the source ("a letter from Kim") or as a word for something else
    ("UN resolutions", "US troops", "the UN General Assembly"): a target only if no other."""
    if not re.search(r"\bto\s+(?:the\s+)?$", sentence[: m.start]) and re.search(
        r"\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
        r"(?:,\s+and\s+|,\s+|\s+and\s+))*$",
        sentence[max(0, m.start - 120) : m.start],
    ):
        return True
    if m.code == "UN" and re.match(
        r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:sanctions\s+)?committee\b", sentence[m.end :]
    ):
        return False  # "asked the council's sanctions committee": the UN's own body
    return bool(_MODIFIED.match(sentence, m.end)) and m.code in ("UN", "USA", "EU")


def _pair_of(sentence: str, head: list[Mention]) -> list[Mention]:
    """The last party named, with those joined to it by "and" ("Trump and Kim, who met",
    "Cho and his North Korean counterpart Ri, who agreed", "Britain, France and Germany,
    which")."""
    group = head[-1:]
    for m in reversed(head[:-1]):
        between = re.sub(r"^(?:[ -][A-Z][\w-]*)+", "", sentence[m.end : group[0].start])
        if m.code == group[0].code and (
            not between.strip()
            # "his North Korean counterpart Ri Son Gwon": a title between, one party
            or re.fullmatch(r"\s+(?:counterpart|leader|envoy|minister|president)\s+", between)
        ):
            group[0] = m  # "Japanese Prime Minister Shinzo Abe": one party
            continue
        joined = (
            r",?\s+and\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,4}?"
            if len(group) == 1
            else r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        )
        if not re.fullmatch(joined, between):
            break
        group.insert(0, m)
    return group


def _subject_group(sentence: str, subjects: list[Mention]) -> list[Mention]:
    """The subject: the last mention before the verb, with those joined to it by 'and'."""
    if not subjects:
        return []
    group = [subjects[-1]]
    for m in reversed(subjects[:-1]):
        between = sentence[m.end : group[0].start]
        opener = FRONTED_GERUND.match(sentence) or _FRONTED_WITH.match(sentence)
        if opener and m.end < opener.end() <= group[0].start:
            # "After meeting Kim, Pompeo urged him", "After talks with Moon and Abe, Trump
            # urged": whom the fronted clause or phrase named
            break
        between = re.sub(r"^(?:[ -][A-Z][\w-]*)+", "", between)  # "President Moon| Jae-in"
        if m.code != group[0].code and not re.fullmatch(
            r"\s*(?:,|and|, and|,?\s+as\s+well\s+as)\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?", between
        ):
            break  # "Choe Son Hui called Vice President Mike Pence …": one acts on the other
        if re.match(r"\s*,\s*an?\s+[a-z]", between):
            break  # "dialogue between Tokyo and Pyongyang, a line Japanese diplomats urged"
        if m.code == group[0].code and re.fullmatch(r"\s*(?:[\w-]+\s+){0,4}?[\w-]+,\s*", between):
            group[0] = m  # "Japan's new foreign minister, Toshimitsu Motegi,": one party
            continue
        if re.fullmatch(
            # "Japan as well as South Korea condemned": one subject, as with "and"
            r"\s*(?:,|and|, and|’s|'s|,?\s+as\s+well\s+as)?\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?",
            between,
        ) and not re.search(
            r"\b(?:that|said|says|told|revealed|added|who|which|when|after|before|while"
            r"|as(?!\s+well\s+as)(?<!\bwell\sas))\b",
            between,
        ):
            group.insert(0, m)
        else:
            break
    return group
