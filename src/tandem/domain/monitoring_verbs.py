"""The verb phrases of a sentence that code an act (CAMEO, from the lexicon), longest first
at each word, with the fronted forms ("In a pledge to …", "Sanctions imposed on …") that
put the act before its actor.
"""

from __future__ import annotations

import re

from tandem.domain.monitoring_lexicon import VERBS
from tandem.domain.monitoring_mentions import (
    ALIAS_RE,
    NOUN_BEFORE,
    STATE_NOUN_BEFORE,
    mentions_in,
    text_before,
)
from tandem.domain.monitoring_modality import OBJECT_RELATIVE, is_finite
from tandem.domain.monitoring_report import Found
from tandem.domain.monitoring_subjects import ON_A_DAY_TO, PLAN_NOUNS
from tandem.domain.monitoring_verb_index import VerbIndex

# The verb phrases a word can begin, by its first three letters (monitoring_verb_index).
_VERB_INDEX = VerbIndex(VERBS)
# The verb of a project begun, told in a relative clause after it ("which they opened on …")
_PROJECT_STARTED = next(v for v in VERBS if v.code == "061" and v.fronted)
WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]+")


# "praised Pyongyang's decision to stop nuclear tests": the North stopped them
_DECIDED_TO = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+)?" + PLAN_NOUNS + ON_A_DAY_TO + "$")


# "…, prompting Seoul's Defence Ministry to warn": the ministry warned
_PROMPTED_TO = re.compile(
    r"\b(?:prompting|prompted|forcing|forced|leading|led|spurring|spurred|causing)\s+"
    r"[^,;]{1,60}?\s+to\s+$"
)


# The head of a relative clause whose verb comes last: "the drills that the allies began".
# "the pledge Kim made", "commitments that Trump and Kim made", "an offer Seoul made on Monday":
# a pledge or offer named before its verb, its subject a name
_FRONTED_PLEDGE = re.compile(
    r"\b(?:pledges?|promises?|commitments?|vows?|offers?|proposals?)\s+(?:(?:that|which)\s+)?"
    r"(?:(?:its|the|their)\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,7}\s+$"
)
_FRONTED = re.compile(
    # "a draft resolution that China and Russia circulated in December", "Resolution 2397,
    # which the council adopted in December 2017": a resolution named before its verb too
    # "the combined exercise, which the allies began on Monday": after a comma too
    r"\b(?:drills?|exercises?|war games|resolutions?|[Rr]esolution\s+\d+),?\s+"
    r"(?:(?:that|which)\s+(?:[\w'’-]+\s+){1,9}"
    # "the joint exercise South Korea and the United States plan to hold next month", "the air
    # exercise the allies had begun on May 11": a relative clause with no "that", its subject
    # named
    r"|(?:the\s+)?(?:[A-Z][\w'’-]*|allies|two\s+allies)\s+(?:[\w'’-]+\s+){0,8})$"
)


# "under a Security Council resolution adopted on Dec. 22", "a resolution the council adopted
# in 2017", "Resolution 2397, which the council passed on Dec. 22", "Resolution 2397, adopted
# on Dec. 22": the resolution's adoption told after it, the council's whoever the clause names
# (one resolution: "five resolutions adopted in 2016 and 2017" name no one act)
RESOLUTION_ADOPTED = re.compile(
    r"\b[Rr]esolution(?:\s+\d{3,4})?,?\s+(?:(?:that|which)\s+(?=the\s))?"
    r"(?:the\s+(?:UN\s+)?(?:Security\s+)?[Cc]ouncil\s+)?$"
    # "the last round of UN sanctions, adopted on Dec. 22": a participle after a comma
    r"|\b(?:UN|U\.N\.|Security\s+Council)\s+sanctions,\s+$"
    # "a string of Security Council resolutions, the last of which, adopted on Dec. 22": one of
    # the resolutions named before
    r"|\b[Rr]esolutions,\s+the\s+(?:last|latest|first|most\s+recent)\s+of\s+which,\s+$"
)


# "the cap of 500,000 barrels a year that the council imposed in December 2017", "a UN ban
# adopted in December": a sanction named before the verb that imposed it, or a resolution
# ("under a Security Council resolution adopted on Dec. 22")
_FRONTED_SANCTION = re.compile(
    r"\b(?:sanctions|ban|cap|limit|ceiling|embargo|resolution)\b"
    r"(?:\s+(?:of|on)\s+[^,;\"“]{1,60}?)?\s+(?:(?:that|which)\s+(?:[\w'’-]+\s+){1,6})?$"
    # "under a Security Council resolution adopted on Dec. 22", "a resolution the council
    # adopted in 2017": the resolution's adoption told after it
    r"|"
    + RESOLUTION_ADOPTED.pattern
    # "the shipping bans that Seoul slapped on the North in 2010": with its relative pronoun
    + r"|\b(?:bans|measures|penalties)\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,6}$"
    r"|" + _FRONTED.pattern
)


# "the removal of landmines from the area, which the two sides completed in October": a step
# that stands down named before the relative clause that tells it done (else drills suspended)
_FRONTED_STEP = re.compile(
    _FRONTED.pattern + r"|\b(?:removal|withdrawal|demolition|dismantl(?:ing|ement)|disarming"
    r"|clearing|clearance)\b(?:\s+of\s+[^,;]{1,60}?)?,?\s+(?:that|which)\s+"
    r"(?:[\w'’-]+\s+){1,6}$"
)


# "the allies' exercise began on Aug. 5", "Seoul's drill, which started on Monday", "the allies'
# exercise, which formally opened on Aug. 11": the drills themselves began, their holders named
# as their owners
_FRONTED_DRILL = re.compile(
    _FRONTED.pattern + r"|(?:\ballies['’]|[A-Z][\w.-]*(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:drills?|exercises?|war\s+games?|manoeuvres|maneuvers)(?:,?\s+(?:that|which))?\s+"
    r"(?:[a-z]+ly\s+)?$"
)


# "two projectiles the North fired on Aug. 16", "the missile that it tested in May": a
# weapon named before a relative clause whose subject (a name or "it") fired it ("launched"
# there is the drills' verb)
_FRONTED_WEAPON = re.compile(
    r"\b(?:missiles?|projectiles?|rockets?|ICBMs?|SLBMs?|Hwasong-\d+\w*|Pukguksong-\d+\w*)"
    r"\s+(?:(?:that|which)\s+)?(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|it)\s+(?:had\s+)?$"
)


# "the liaison office, which the two Koreas opened on Sept. 14": a project named before a
# relative clause whose verb opened it
_FRONTED_PROJECT = re.compile(
    r"\b(?:office|railways?|roads?|lines?|hotlines?|complex|resort|park|zone|group|project)"
    # "the office in Kaesong, which", "the line on the west coast, which": where it runs
    r"(?:\s+in\s+[A-Z][\w-]*|\s+(?:on|along|across|near)\s+the\s+(?:[a-z-]+\s+)?[a-z-]+)?"
    r",?\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,6}$"
)


def _new_party_after(sentence: str, start: int, end: int) -> bool:
    """Whether the text after `end` names a party (no place) not named before `start`."""
    found = mentions_in(sentence)
    before = {m.code for m in found if m.end < start}
    return any(m.code and not m.place and m.code not in before for m in found if m.start > end)


# "a decision that drew a protest from Tokyo": "that" before a verb whose actor comes after it
# is a relative pronoun, not a determiner ("that meeting")
_RELATIVE = re.compile(r"\b[a-z]{3,}\s+(?:that|which)\s+$")


# A verb in the simple past: no noun ("the UN accused" is the body acting, "UN sanctions" a
# noun)
_PAST_VERB = re.compile(
    r"[a-z]{3,}ed|met|held|told|sent|gave|made|took|spoke|wrote|began|struck|threw|sought"
    r"|won|led|broke|drew|shot|hit|cut|let|set|put|stood|fought"
)


# "Japan and the United States both condemned", "the allies have each protested", "Seoul,
# Tokyo and Washington all condemned": a quantifier floated after its subject, a verb after it
# (not "the two test launches", "to stop both tests")
# A government's notice to business ("issued an advisory warning shipping companies", "a joint
# alert …, and warning banks that …"): what it tells traders, no act aimed at a state
_WARNS_TRADE = re.compile(
    r"warning\s+(?:[\w,-]+\s+){0,4}?(?:banks|companies|firms|businesses|shipping|insurers"
    r"|traders|exporters|exchanges)\b"
)


# "a statement from the ministry that warned …": "that" after a text and its issuer opens a
# relative clause telling what the text did; it is no determiner
_NOUN_THAT = re.compile(
    r"\b(?:statement|advisory|letter|message|notice|commentary|editorial)\s+"
    r"(?:(?:from|by|of)\s+[^,;]{1,60}?\s+)?that\s+$"
)


_FLOATED = re.compile(
    r"(?:\b[A-Z][\w.'’-]*|\b(?!(?:was|has|is|as|this|his|its|does|thus)\b)[a-z]{2,}s|\bthey)"
    r"\s+(?:(?:have|had|has|will|would|were|are)\s+)?(?:both|each|all)\s+$"
)


# "China joined Russia in calling for relief", "Seoul joined Tokyo and Washington in
# condemning the launch": the gerund is an act the subject did with those it joined
JOINED_IN = re.compile(r"\b(join(?:ed|s))\s+(?:[^,;.]{1,60}?,\s+)?[^,;.]{1,60}?\s+in\s+$")


# "retaliated by removing Japan from its whitelist", "responded by suspending the pact": the
# means of an act, itself an act of the subject
# (not "accused Washington of stalling talks by insisting", "pledged to retaliate by dropping":
# what was said or promised)
_BY_MEANS = re.compile(
    r"(?<!\bto )(?<!\bof )\b[a-z]{3,}ed\s+(?:(?!to\b|of\b|that\b)[\w'’-]+\s+){0,3}?by\s+$"
    # "Japan began restricting exports to Seoul on July 4": the act begun, done
    r"|\b(?:began|started)\s+$"
    # "China joined Russia in calling for relief": the act both did
    r"|" + JOINED_IN.pattern
)


def _phrase_at(sentence: str, word: re.Match[str]) -> tuple[int, str, int] | None:
    """The verb phrase that begins at `word`: where it ends, its text and its index in
    VERBS. A gerund the lexicon lists only in its finite forms is read as its past
    ("retaliated by removing Japan from its whitelist" as "removed Japan from …"); whether
    a gerund is an act at all is for `verbs_in` to judge, as for any other."""
    phrases = _VERB_INDEX.for_word(word.group())
    m = phrases.match(sentence, word.start()) if phrases is not None else None
    if (
        m is None
        and word.group().endswith("ing")
        and len(word.group()) > 5
        and _BY_MEANS.search(text_before(sentence, word.start()))
    ):
        past = word.group()[:-3] + "ed"  # "removing" -> "removed", "slapping" -> "slapped"
        phrases = _VERB_INDEX.for_word(past)
        shift = len(word.group()) - len(past)
        text = sentence[: word.start()] + past + sentence[word.end() :]
        m = phrases.match(text, word.start()) if phrases is not None else None
        if m is not None and m.end() >= word.start() + len(past):
            assert m.lastgroup is not None
            end = m.end() + shift
            return end, sentence[word.start() : end], int(m.lastgroup[1:])
        return None
    if m is None:
        return None
    assert m.lastgroup is not None
    return m.end(), m.group(), int(m.lastgroup[1:])


# "which the two Koreas began on Nov. 30": a project started
_BEGUN = re.compile(r"(?:beg[au]n|started|launched|opened)\b")


def verbs_in(sentence: str) -> list[Found]:
    hits: list[Found] = []
    end = 0
    for word in WORD_RE.finditer(sentence):
        if word.start() < end:
            continue
        phrase = _phrase_at(sentence, word)
        if phrase is None:
            continue
        phrase_end, text, index = phrase
        before = text_before(sentence, word.start())
        verb = VERBS[index]
        if (
            (
                NOUN_BEFORE.search(before)
                or (
                    (state := STATE_NOUN_BEFORE.search(before)) is not None
                    and not (
                        _PAST_VERB.fullmatch(text.split()[0])
                        and state.group().endswith(("UN ", "US "))
                    )
                )
            )
            and not (verb.inverse and _RELATIVE.search(before))
            # "said that the door to talks remained open": a phrase with its own article
            # is a clause, whatever word comes before it
            and not text.startswith("the ")
            and not _FLOATED.search(before)
            # "a statement that warned Washington": a relative pronoun before a past verb
            and not (
                _PAST_VERB.fullmatch(text.split()[0])
                and _NOUN_THAT.search(sentence, max(0, word.start() - 120), word.start())
            )
        ):
            # "the meeting", "his promise", "the easing of": a noun, not a verb; and "a string
            # of launches since it fired missiles": a noun hides no verb in it
            continue
        hits.append(Found(verb, word.start(), phrase_end))
        end = phrase_end
    out: list[Found] = []
    for h in hits:
        fronted = {
            "061": _FRONTED_PROJECT,
            "161": _FRONTED_PROJECT,
            "030": _FRONTED_PLEDGE,
            "163": _FRONTED_SANCTION,
            "X01": _FRONTED_WEAPON,
            "150": _FRONTED_DRILL,
            "087": _FRONTED_STEP,
        }.get(h.verb.code, _FRONTED)
        window = sentence[max(0, h.start - 120) : h.start]
        told_before = not h.verb.fronted or bool(fronted.search(window))
        if (
            not told_before
            and h.verb.code == "150"
            and _FRONTED_PROJECT.search(window)
            and _BEGUN.match(sentence, h.start)
        ):
            # "a joint survey of the railways, which the two Koreas began on Nov. 30": the
            # project's start, not drills
            h, told_before = Found(_PROJECT_STARTED, h.start, h.end), True
        if not told_before:
            continue  # "talks began on Monday": no drills named before
        if re.match(
            r"(?:accused|blamed|critici[sz]ed|condemned|praised|sanctioned|blacklisted|seized)"
            r"\s+(?:of|for)\b",
            sentence[h.start :],
        ) and not OBJECT_RELATIVE.search(text_before(sentence, h.start)):
            continue  # "companies accused of helping Pyongyang": said of them, not by them
        if sentence[h.start : h.end] == "blame" and re.search(
            r"\b(?:is|was|are|were|be)\s+to\s+$", text_before(sentence, h.start)
        ):
            continue  # "who was to blame": no one blamed
        if sentence[h.start : h.end].startswith("call") and re.search(
            r"\bwhat\s+(?:[\w'’-]+\s+){1,3}$", text_before(sentence, h.start)
        ):
            continue  # "what the North called a 'very important test'": a name, no act
        if (
            sentence[h.start : h.end].startswith("call")
            and re.search(
                # a subject of its own after the relative: "which had called" is the relative's
                r"\b(?:that|which)\s+(?:he|she|it|they|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,3}$",
                text_before(sentence, h.start),
            )
            and re.match(r"(?:ed|s)?\s+(?:an?\s|the\s|[\"“])", sentence[h.start + 4 :])
        ):
            # "a new missile that Kim Jong Un called a warning to …": the relative's object is
            # the thing named, no party criticised
            continue
        if re.fullmatch(
            r"visits|tests|launches|offers|proposals|calls", sentence[h.start : h.end]
        ) and re.match(r"\s+(?:that|which)\b", sentence[h.end :]):
            continue  # "…, visits that Washington watched for signs": a noun in apposition
        if sentence[h.start : h.end] == "signs" and re.search(
            r"\b(?:for|of|no|any|few|early|first|clear|new)\s+$", text_before(sentence, h.start)
        ):
            continue  # "watched for signs that Beijing was easing": a noun
        if re.match(r"\s+not\s+to\s+be\s+(?:named|identified)\b", sentence[h.end :]):
            continue  # "who asked not to be named"
        if re.match(r"\s+(?:to\s+(?:resign|step down|quit)|(?:his|her) resignation"
                    r"|(?:little|no)\s+(?:explanation|comment|details|reason))\b",
                    sentence[h.end :]):  # fmt: skip
            continue  # "offered to resign", "offered his resignation": a matter at home
        if re.match(r"(?:offer|promis|pledg|propos)\w*\s+(?:no|nothing)\b", sentence[h.start :]):
            continue  # "the North offered no inventory of its arsenal": nothing offered
        if re.fullmatch(
            r"offer|proposal|call|protest|demand|appeal|request|visit|test|launch",
            sentence[h.start : h.end],
        ) and (
            re.match(r"\s+(?:was|were|is|are|has|had|came|made)\b", sentence[h.end :])
            or re.search(
                r"\b(?:the|a|an|his|her|its|their|this|that)\s+[a-z]+\s+$",
                text_before(sentence, h.start),
            )
        ):
            continue  # "the envoy offer was": a noun
        if h.verb.code == "180" and not re.search(
            r"(?:(?:North|South) Korean|Korean|its|their|[A-Z][a-z]+(?:'s|’s)?)\s+(?:[\w-]+\s+)?"
            r"(?:troops|soldiers?|guards?|forces|sailors)\s+(?:had\s+)?$|\b(?:was|were)\s+$"
            r"|\b(?:they|it)\s+(?:had\s+)?$",
            text_before(sentence, h.start),
        ):
            continue  # "when a soldier shot dead a tourist": whose soldier is not said here
        if re.fullmatch(r"offers|pledges|promises|vows", sentence[h.start : h.end]) and (
            re.match(r"\s+(?:of|from|as|were|are|had|have|made|by)\b", sentence[h.end :])
            or re.search(
                r"\b(?:[a-z]+ed|previous|earlier|repeated|peace|past|new|similar|such|recent"
                r"|latest)\s+$",
                text_before(sentence, h.start),
            )
        ):
            continue  # "spurned offers of help", "Moon's previous peace offers": a noun
        if re.search(
            r"\b(?:remain(?:s|ed)?|is|are|was|were|be|been|stays?|stayed)\s+$",
            text_before(sentence, h.start),
        ) and sentence[h.start : h.end].startswith("commit"):
            continue  # "Washington remained committed to diplomacy": a stance, no act
        if _WARNS_TRADE.match(sentence, h.start):
            continue  # "issued an advisory warning shipping companies": a notice to business
        if (
            re.match(r"[a-z]+ing\b", sentence[h.start : h.end])
            and not (  # "a joint statement after the session urging Pyongyang to …"
                re.match(
                    r"(?:urging|calling|demanding|warning|accusing|condemning|welcoming|hailing"
                    r"|praising|backing|endorsing|supporting|criticising|criticizing"
                    # "sent a notice through the liaison office proposing that the two sides …"
                    r"|proposing|offering|suggesting|requesting|inviting"
                    # "unsealed an indictment charging two men", "a judgment forfeiting the ship"
                    r"|charging|forfeiting)\b",
                    sentence[h.start : h.end],
                )
                and re.search(
                    r"\b(?:statement|letter|message|declaration|resolution|communique|notice"
                    r"|indictment|complaint|judgment"
                    # "issued a joint guidance accusing the North of …", "a joint advisory
                    # accusing North Korean hackers of …": a government's notice
                    r"|advisory|alert|guidance"
                    # "has written to Kim offering to work together": the letter told as a verb
                    r"|(?:written|wrote|writes|write)\s+to)\b[^.;]{0,40}$",
                    text_before(sentence, h.start),
                )
            )
            and not re.search(
                # "After meeting Kim, Pompeo said": a fronted clause opens the sentence too
                r"(?:\b(?:after|before|while|when|since|by|without|After|Before|While|When"
                r"|Since|Without|also|and|then|later|was|were"
                # "KCNA quoted Kim as warning Washington": the one quoted did it
                r"|\bquot(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,6}?as"
                r"|began|begun|begin|begins|started|starts|start|continued|continues|kept|keeps"
                r"|keep|continue|continuing|finished|completed|finish|complete"
                r"|is|are|been|be"
                # "was open to helping North Korea": a readiness, as "ready to help"
                r"|\bopen\s+to)(?:\s+\w+ly)?|,|\bwith\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                # "ended with the North's Foreign Ministry accusing him": a body after its state;
                # "with the North Korean delegation blaming": a body after the adjective too
                r"(?:(?:'s|’s)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?"
                r"|\s+(?:[a-z]+\s+)?(?:delegation|government|ministry|military|side|officials"
                r"|negotiators?|envoy|leadership|army))?)\s+$",
                text_before(sentence, h.start),
            )
            # "spent three days in Pyongyang from Feb. 6 negotiating with": time spent doing it
            and not re.search(
                r"\bsp(?:end|ends|ent|ending)\s+(?:[\w.,-]+\s+){1,8}$",
                text_before(sentence, h.start),
            )
            # "joined Russia in calling for relief": an act told as the gerund
            and not JOINED_IN.search(text_before(sentence, h.start))
        ):
            continue  # "an emergency meeting", "looking forward to meeting": no action
        if out and h.start < out[-1].end:
            continue  # the earlier, longer phrase wins
        if (
            out
            and out[-1].verb.code == "125"
            and h.verb.code == "120"
            and re.fullmatch(r"[^,;]*,\s+", sentence[out[-1].end : h.start])
            and re.match(r"[a-z]+ing\b", sentence[h.start :])
            and not _new_party_after(sentence, h.start, h.end)
        ):
            # "had no intention of sitting down with Washington, dismissing the idea": one act;
            # not "…, dismissing South Korean proposals to mediate"
            continue
        if (
            out
            and out[-1].verb.code == h.verb.code == "111"
            and re.fullmatch(r"[^,;]*,\s+", sentence[out[-1].end : h.start])
            and re.match(r"[a-z]+ing\b", sentence[h.start :])
        ):
            # "rebuked South Korea, calling Seoul an \"officious mediator\"": the participle
            # tells again, in other words, the act the clause before it told
            continue
        if h.verb.code == "100" and any(o.verb.code == "100" for o in out):
            # "demanded a new approach by the end of the year, saying he would wait until then
            # for it": one demand, told twice in one sentence
            continue
        if (
            out
            and not out[-1].verb.absorbs
            and re.search(r"\b(?:to|in order to|so as to)\s+$", text_before(sentence, h.start))
            and not re.search(
                r"\b(?:due|expected|scheduled|set|going|plans?|planned|wants?|hopes?|likely|able"
                r"|ready|willing|prepared|is|was|are|were|agreed|decided|vowed|pledged|promised"
                r"|offered|trying|tried|needs?)\s+to\s+$",
                text_before(sentence, h.start),
            )
            and not re.search(r"[;:]|\band\b|\bbut\b", sentence[out[-1].end : h.start])
            and not _DECIDED_TO.search(text_before(sentence, h.start))
            # "will travel to Washington to discuss the outcome with Biegun": a meeting too
            and not (out[-1].verb.code == "042" and h.verb.code == "040")
            and not _PROMPTED_TO.search(sentence[out[-1].end : h.start])
            # "pulled its staff out, only to send some of them back": what followed, no aim
            and not re.search(r",\s+only\s+to\s+$", text_before(sentence, h.start))
        ):
            continue  # "suspended the drills to support diplomacy": its purpose, no action
        if (
            out
            and h.verb.code == out[-1].verb.code
            and h.start - out[-1].end < 40
            and not ALIAS_RE.search(sentence[out[-1].end : h.start])
            and not re.search(
                # "has not launched a rocket since it fired a missile in 2017": the since-clause
                # tells an act of its own, done
                r"\b(?:when|after|before|while|since)\b"
                # "would suspend the drill, and in October they called off the air exercise"
                r"|\b(?:and|then)\s+(?:again\s+)?(?:in|on)\s+[A-Z]"
                # "pulled troops out of the posts by Nov. 10 and began tearing them down"
                r"|\b(?:on|by)\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+and\b",
                sentence[out[-1].end : h.start],
            )
            and not _done_then_planned(sentence, out[-1], h)
            # "voted for the last round of UN sanctions, adopted on Dec. 22": the council's
            # adoption, an act of its own
            and not (h.verb.fronted and RESOLUTION_ADOPTED.search(text_before(sentence, h.start)))
            # "put on hold a US request …, and asked Washington": the first a noun, whose
            # state's adjective stands before it, and the verb after it a new act
            and not re.search(
                r"\b(?:a|an)\s+(?:[A-Z][\w.-]*\s+){1,2}$",
                text_before(sentence, out[-1].start),
            )
        ):
            continue  # "began a joint survey … surveyed": one action told twice
        out.append(h)
    return out


def _done_then_planned(sentence: str, first: Found, then: Found) -> bool:
    """An act done, then one still to come told with the same verb family, are two acts:
    "arrived on Sunday and was due to fly to Tokyo"."""
    return is_finite(sentence[first.start : first.end]) and bool(
        re.search(
            r"\b(?:and|but)\s+(?:(?:is|was|are|were)\s+(?:due|scheduled|expected|set)\s+to"
            r"|will|plans?\s+to|planned\s+to)\s+$",
            sentence[first.end : then.start],
        )
    )
