"""Whether an act was done, planned, claimed or negated, read from the words before its
verb ("did not", "plans to", "could", "…, the ministry said"); hypotheticals give none.
"""

from __future__ import annotations

import re

from tandem.domain.monitoring_asides import closed_before
from tandem.domain.monitoring_report import CLAUSE_END, Found, clause_start

_NEGATED = re.compile(
    r"\b(?:not|never|n't|no longer|refrained from|denied that it (?:had )?)\s+(?:\w+\s+)?$"
    r"|\bnot\s+(?:going|about|planning|expected|prepared|ready)\s+to\s+(?:\w+\s+)?$"
    r"|\bno\s+(?:plans?|intention|immediate plans?)\s+to\s+(?:\w+\s+)?$"
    # "reflected a review of force posture rather than any plan to withdraw troops": a plan
    # set aside by the contrast, none made
    r"|\brather\s+than\s+(?:any|a)\s+(?:plans?|intention|decision)\s+to\s+(?:\w+\s+)?$"
    r"|\bnothing\s+(?:more\s+|further\s+|left\s+)?to\s+(?:\w+\s+)?$"
    r"|\b(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:\w+\s+)?$"
    r"|\b(?:has|have|had)\s+yet\s+to\s+(?:\w+\s+)?$"
)
_PLANNED = re.compile(
    r"\b(?:will|would|shall|plans? to|planned to|planning to|intends? to|"
    r"intended to|set to|expected to|going to|is to|are to|decided to|decides to|"
    r"prepar(?:es|ing|ed) to|seeks? to|(?:is|are|was|were) (?:also |again |now |still )?due to|"
    r"scheduled to|likely to|was to|were to)\s+(?:\w+\s+)?(?:be\s+)?$"
)
# What someone might, could, hopes to or is ready to do, or would do if: not a report.
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|should|must|hope[sd]?|hoping|looking forward|look forward|"
    # "conveyed her brother's wish to meet him": a wish, as "wants to", is no act yet
    r"would like|wants? to|wanted to|wish(?:es|ed)? to|desire to|willing|whether|if|unless|"
    # "at a moment when Pyongyang would prefer to talk to Washington alone": a preference
    r"would (?:prefer|rather)|"
    r"consider\w*|ready to|often|"
    r"usually|routinely|typically|no signs? (?:that|of)|no indications? (?:that|of)|"
    r"prepared to|urged|asked|called (?:up)?on|widely expected)\b"
)
# Speech acts (statements, appeals, demands, disapproval, rejection, threats) and the
# "expected to" that makes them someone's forecast.
_SPEECH_ROOTS = ("01", "02", "10", "11", "12", "13")
_EXPECTED = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?expected\s+to\s+(?:\w+\s+)?$")
# An indirect question ("unclear whether", "the question is what") up to the verb, in a
# clause of its own (not a relative one hung on it: "…, which has held since it launched").
_OPEN_QUESTION = re.compile(
    r"\b(?:unclear|not\s+clear|uncertain|question\s+(?:is|was|remains))\s*,?\s+"
    r"(?:when|whether|what|how|if|who)\b(?:(?!\b(?:which|who|while|but)\b)[^;])*$"
)
# The purpose of a thing ("was meant to", "the aim was to") before an infinitive.
_PURPOSE = re.compile(
    r"\b(?:(?:is|was|are|were)\s+(?:meant|intended|designed)"
    r"|(?:aim|goal|purpose|idea)\s+(?:is|was))\s+to\s+(?:\w+\s+)?$"
)
# "counting on Seoul to help revive talks", "relying on the South to develop the site"
_COUNTED_ON = re.compile(
    r"\b(?:count(?:s|ed|ing)?|rel(?:y|ies|ied|ying)|bank(?:s|ed|ing)?)\s+on\s+[^,;]{1,80}?\s+to\s+"
    r"(?:\w+\s+)?$"
)
# "According to the Joint Chiefs, …", "Reportedly, …": a source fronted, capitalised
_CLAIMED = re.compile(
    r"\b(?:said|says|claimed|claims|reported|reports|alleged|allegedly|(?i:reportedly)|"
    r"(?i:according) to|told reporters|quoted)\b"
)


# "a North Korean company the EU accused of …", "a firm that Japan blamed for …": a party
# names the one doing it, in a relative clause on the noun before
OBJECT_RELATIVE = re.compile(
    r"\b[a-z]{3,}\s+(?:(?:that|which|whom)\s+)?(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+$"
)


_IRREGULAR_PAST = frozenset(
    {"met", "held", "sent", "took", "made", "told", "gave", "spoke", "began", "broke", "flew",
     "threw", "sought", "brought", "sat", "struck", "froze", "blew", "stood", "said",
     "was", "were", "is", "are", "has", "had"}
)  # fmt: skip
_NOT_PAST = frozenset(
    {"need", "proceed", "exceed", "succeed", "speed", "feed", "heed", "embed", "shed"}
)


def is_finite(phrase: str) -> bool:
    """Whether a verb phrase opens with a past-tense verb ("warned", "met"): after "urged
    Japan to lift the measures and" it is a second act of the subject, not more of what was
    urged (an infinitive's verbs go bare: "agreed to halt … and open")."""
    word = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    return word in _IRREGULAR_PAST or (word.endswith("ed") and word not in _NOT_PAST)


# "was ready to resume talks", "remained willing to sit down with": a stated readiness is
# a report of the one who states it (an intent, claimed), unless itself hypothetical.
_READY = re.compile(
    r"\b(?:(?:is|was|are|were|be|been|remains?|remained|stands?|stood|being)\s+(?:\w+\s+)?"
    r"(?:ready|willing|prepared)|(?:willingness|readiness)|open)\s+to\s+(?:\w+\s+)?$"
)


# A participle clause telling what an act led to: ", prompting Seoul to warn …"
_CONSEQUENCE = re.compile(r",\s+(?:prompting|forcing|leading|drawing|triggering)\b")


# "announced no new sanctions", "made no offer to Seoul": the verb's object is
# none ("no later than March", "no longer" are times, not objects)
_NONE_OF_IT = re.compile(
    r"\s+no\s+(?!later\b|sooner\b|longer\b|more\s+than\b|less\s+than\b|fewer\b|one\b)"
    r"(?:new\s+|further\s+|fresh\s+|more\s+|additional\s+|such\s+)?[a-z]{3,}"
)


# "No sitting US president has ever met …", "No Japanese leader had visited …": a subject
# with "no" tells that the act was never done by anyone of its kind
_NO_ONE_OF_THEM = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:and|but)\s+)No\s+(?:[\w-]+\s+){1,4}?(?:has|have|had)\s+"
    r"(?:ever\s+|yet\s+)?$"
)


# What may stand between a relative aside right after the subject and its verb, and what
# may not stand in the aside (a quotation)
_SPACE = re.compile(r"\s+")
_QUOTE = re.compile(r"[\"“”]")
# ", asked about the reports on Tuesday,", ", asked by reporters whether …,": the subject was
# asked; the aside is no appeal that makes the verb after it one's hope or request
_ASKED_ASIDE = re.compile(r"\s+asked\s+(?:about|whether|if|by|on|in|at|what|how|why)\b")


def modality_of(sentence: str, f: Found, subject_end: int) -> str:
    before = sentence[max(subject_end, 0) : f.start]
    aside = closed_before(sentence, f.start)
    if (
        aside is not None
        and (aside.who_or_which or _ASKED_ASIDE.match(aside.body))
        and aside.after_word[:1].isspace()
        and not _QUOTE.search(aside.body)
        and _SPACE.fullmatch(sentence, aside.end, f.start)
        and (aside.start <= max(subject_end, 0) + 1 or "," not in sentence[: aside.start])
    ):
        # ", who had hoped to meet Ri in Bangkok, " right after the subject: an aside of its
        # own, whose hopes or conditions are not the main verb's (nor a party it names: ",
        # who said Tokyo would analyse the results, ")
        before = " "
    ready = _READY.search(before)
    if (
        ready
        and not _HYPOTHETICAL.search(own := re.split(r",|\band\b", before[: ready.start()])[-1])
        and not re.search(
            r"\b(?:would|could|might|may|if|unless|whether|not|never)\b|n't\b", own + ready.group(0)
        )  # "did not think Kim was ready", "was not ready"
        and not re.search(
            r"\b(?:if|unless|whether|not|never)\b[^,;]*$|n't\b[^,;]*$",
            # "saying the United States did not have a deadline and that he was ready to
            # meet": a second told clause is its own, the first one's "not" is not its
            re.split(
                r"\b(?:and|but)\s+that\b",
                sentence[clause_start(sentence, f.start) : max(subject_end, 0) + ready.start()],
            )[-1],
        )
    ):
        return "ready"
    relative = OBJECT_RELATIVE.search(sentence, 0, f.start)
    if (
        relative is not None
        and re.match(
            r"(?:measures|sanctions|curbs|restrictions|ban|embargo|steps|drills"
            r"|exercises|tests|missiles|deal|agreement|pledges?|promises?|offer"
            r"|proposal|resolutions?|demands?)\b",
            relative.group(0),
        )
        and not _HYPOTHETICAL.search(sentence[relative.start() : f.start])
    ):
        # "whether to lift the measures Seoul imposed in May 2010": the relative clause on the
        # noun is its own, told as done, whatever the clause it hangs on supposes
        pass
    elif (
        _HYPOTHETICAL.search(before)
        or re.search(
            r"\b(?:if|unless|whether|until|no signs? that|no indications? that"
            # "a deal under which the North would give up …" supposes; "the pact under which the
            # two Koreas pledged to …": the subject right before a verb in the past tells a done act
            + (
                r"|under which(?!\s+(?:the\s+)?(?:two\s+)?(?:[A-Z][\w-]*\s+){1,3}$)"
                if re.match(r"[a-z]+ed\b", sentence[f.start :])
                else r"|under which"
            )
            + r"|hope[sd]?|hoping"
            # "within weeks once the countries concerned reach a deal": a condition, as "if"
            r"|once(?=\s+(?:the|it|they|he|she|both|[A-Z]\w*)\s+(?!again\b)))\b[^,;]*$",
            sentence[clause_start(sentence, f.start) : f.start],
        )
    ):
        return "hypothetical"
    if _OPEN_QUESTION.search(sentence, 0, f.start):
        # "it was unclear when, or whether, Beijing would ask for a vote", "the question is
        # what the US will offer": an act asked about, not told
        return "hypothetical"
    if _COUNTED_ON.search(sentence, 0, f.start):
        # "have been counting on progress between Washington and Pyongyang to open the way
        # for projects": what someone expects another to do, not an act
        return "hypothetical"
    if _PURPOSE.search(before):
        # "the draft was meant to encourage dialogue", "the aim was to ease the hardship": what
        # a thing is for, not an act of the one who says so
        return "hypothetical"
    if f.verb.code[:2] in _SPEECH_ROOTS and _EXPECTED.search(before):
        # "is expected to press him to keep up pressure": what others expect someone to say
        # at a meeting still to come is their forecast, not an act; the meeting is the plan
        return "hypothetical"
    if re.search(r"\b(?:without|instead of)\s+$|\b(?:failed|fail|fails|failure|declined|declines)"
                 r" to\s+(?:\w+\s+)?$", before):  # fmt: skip
        return "negated"
    if re.search(
        r"\bhad\s+been\s+(?:due|scheduled|set|expected|supposed|slated)\s+to\s+$", before
    ) and re.search(
        r"\bbut\b[^;]*?\b(?:pulled out|backed out|called (?:it )?off|cancell?ed|postponed"
        r"|scrapped|withdrew)\b",
        sentence[f.end :],
    ):  # "had been due to meet Kim Yo Jong …, but the North Koreans pulled out": not held
        return "negated"
    # "The State Department, in a statement that did not mention the launch, urged": the
    # aside's negation is not the verb's
    unaside = re.sub(
        r",\s+(?:in|at|after|during|with|on)\b[^,]*,\s*|,[^,]*\b(?:that|which|who)\b[^,]*,\s*",
        " ",
        before,
    )
    # "did not lift the freeze on Choe, who … was added to the blacklist": the negation is
    # of the clause the relative one hangs on
    unaside = re.sub(r"^.*,\s+(?:who|which)\b", " ", unaside)
    if _NEGATED.search(before) or re.search(r"\b(?:did not|didn't|has not|have not|never)\b",
                                              unaside):  # fmt: skip
        return "negated"
    if re.search(r"\b(?:not|never)\s*,[^,]{1,80},\s*$", before):
        return "negated"  # "would not, for the first time in a decade, put forward"
    if _NO_ONE_OF_THEM.search(sentence, 0, f.start):
        return "negated"  # "No sitting US president has ever met a North Korean leader"
    if (
        not f.verb.code.startswith("12")  # "had no intention of meeting": a refusal, done
        and not re.match(r"(?:ha[sdv]e?|saw|sees?|felt|feels?)\b", sentence[f.start : f.end])
        and (
            _NONE_OF_IT.search(sentence[f.start : f.end])
            or (" " not in sentence[f.start : f.end] and _NONE_OF_IT.match(sentence, f.end))
        )
    ):
        return "negated"  # "announced no new sanctions", "made no offer": none done
    if (
        _PLANNED.search(before)
        or re.search(r"\b(?:will|plans? to|would)\b", before)
        or re.match(r"due in\b", sentence[f.start :])  # "is due in Seoul on Friday"
    ):
        end = CLAUSE_END.search(sentence, f.end)
        stop = end.start() if end else len(sentence)
        # "would send troops back …, prompting Seoul to warn … if it carried out the plans":
        # the condition in the participle's clause is not this verb's
        if (after := _CONSEQUENCE.search(sentence, f.end, stop)) is not None:
            stop = after.start()
        if re.search(r"\bwould\b", before) and re.search(
            r"\b(?:if|unless)\b", sentence[f.end : stop]
        ):
            return "hypothetical"  # "would lift sanctions if Pyongyang took steps"
        return "planned"
    # "Seoul, which it said had violated the pact, rejected the offer": what is said in a
    # relative aside is of its noun, not of this verb
    head = re.sub(r",\s+(?:who|which)\b[^,;]*,", ",", sentence[: f.start])
    view = JOINED_VIEW.search(sentence, f.end)  # ", and analysts said …": not its teller
    rest = sentence[f.end : view.start() if view else len(sentence)]
    if _CLAIMED.search(head) or _CLAIMED.search(rest[:80]):
        return "claimed"
    return "done"


# ", and analysts said …" closing a sentence: a clause of their own after the act told
JOINED_VIEW = re.compile(
    r",\s+(?:and|but|while)\s+(?:some\s+|many\s+|other\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:analysts?|experts?|observers?|critics?|scholars?|commentators?)\s+"
    r"(?:said|say|says|believe[sd]?|think|thought|argued?|noted|expect(?:ed)?|suggested"
    r"|speculated|warned)\b[^,;]*$"
)
