"""Acts a sentence tells beyond its verbs' own reading: talks held on a visit, a trip and
the purpose it is for told as one act, the UN monitors' findings as accusations, and the
liaison office or the leaders' hotline told as opened with no one named opening it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from tandem.domain.monitoring_dates import count_days, date_in
from tandem.domain.monitoring_mentions import Context
from tandem.domain.monitoring_report import Mention, Report, code_name, joint_code
from tandem.domain.monitoring_tracks import tracks_of

_FOR_TALKS = re.compile(
    r"(?<!\bprepare )(?<!\bpreparing )(?<!\bready )"  # "to prepare for the meeting": no talks
    r"\bfor (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,4}?(?:talks|meetings?|summit"
    r"|negotiations)\b"
)


def talks_on_a_visit(
    sentence: str,
    out: list[Report],
    codebook: Mapping[str, tuple[str, int]],
    mentions: list[Mention],
) -> list[Report]:
    """ "Travelled to Pyongyang for talks": a visit and the talks held on it, two acts; "to
    Sweden for talks with North Korean officials": the talks are with those named."""
    visits = [r for r in out if r.action == "042" and r.target and r.target.isupper()]
    talks = _FOR_TALKS.search(sentence)
    if len(visits) != 1 or not talks:
        return []
    v = visits[0]
    met = (
        next(
            (
                m.code
                for m in mentions
                if talks.end() <= m.start <= talks.end() + 40 and m.code and m.code != v.actor
            ),
            None,
        )
        if re.match(r"\s+with\s", sentence[talks.end() :])
        else None
    )
    if met and v.target not in met.split("+") + v.actor.split("+"):
        # "to Sweden for talks with North Korean officials": the host only lends the venue;
        # the trip is the talks with those named, not a visit to the host
        out.remove(v)
    if any(
        r.action in ("040", "036") and r.actor == v.actor and abs((r.on - v.on).days) <= 3
        for r in out
    ):  # the talks are told already; "…, and met Xi again in Dalian on May 7" is another
        return []
    name, weight = code_name("040", codebook)
    target = met if met and met != v.target else v.target
    if v.modality == "planned" and target == v.target and not talks.group(0).endswith("summit"):
        # "is due in Seoul on Sunday for talks with officials": a trip still to come and the
        # talks with its hosts it is for are one planned act, the trip (the training gold
        # gives such talks a report of their own in a third of cases); "to Sweden for talks
        # with North Korean officials" still meets others than its hosts; a summit the trip
        # is for is an event of its own ("will fly to Pyongyang for a summit with Kim")
        return []
    tracks = v.tracks if target == v.target else tracks_of("040", sentence, v.actor, target)
    talk = replace(v, action="040", action_name=name, goldstein=weight)
    return [replace(talk, target=target, tracks=tracks)]


# "will fly to Washington on Thursday to brief", "is due in Beijing on Monday to meet", "leaves
# for Tokyo to consult": a trip still to come and what it is for
_TRIP_TO_COME_FOR = re.compile(
    r"\b(?:(?:travel|fly|visit|go|head|return|come)\b|(?:is|are|was|were)\s+due\s+in\b"
    r"|leaves?\s+for\b)[^.;:]{0,80}?\bto\s+(?:brief|meet|consult|hold\s+talks)\b"
)


def trip_for_a_purpose(sentence: str, out: list[Report]) -> list[Report]:
    """ "Chung will fly to Washington on Thursday to brief US officials": a trip still to come
    and the briefing or meeting with its hosts it is for are one planned act, the trip, as the
    trip "for talks" is (the training gold tells them as one in three cases of four). A trip to
    several capitals ("to Beijing and Moscow to brief") and one "to discuss" a matter with
    someone are told as a meeting of their own."""
    if not _TRIP_TO_COME_FOR.search(sentence):
        return out
    trips = {
        (r.actor, r.target)
        for r in out
        if r.action == "042" and r.target and "+" not in r.target and r.modality != "done"
    }
    return [
        r
        for r in out
        if not (r.action == "040" and r.modality != "done" and (r.actor, r.target) in trips)
    ]


# The Security Council's monitors and what they wrote: "a panel of U.N. experts", "U.N.
# sanctions monitors", "the report" of the panel
_MONITORS = (
    r"(?:panel\b(?:\s+of\s+(?:[\w.-]+\s+){0,2}?experts)?"
    r"|(?:U\.N\.|UN|United Nations)\s+(?:experts|monitors)|sanctions\s+monitors"
    r"|(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?report\b)"
)
# "The report by the panel …, submitted on Monday, accused Pyongyang of …": an accusation too
_FINDS = r"(?:said|says|reported|has\s+reported|found|estimated|concluded|accused|accuses)"
# "reported on March 12 that North Korea …", "report … said North Korea had continued …"
_MONITORS_FOUND = re.compile(
    rf"\b{_MONITORS}[^;]{{0,160}}?\b{_FINDS}\b(?P<how>[^;]{{0,60}}?)(?:\s+that)?\s+"
    r"(?P<rest>(?:the\s+)?(?:North Korea|North|Pyongyang)\b[^;]*)"
)
# "North Korea sharply stepped up illegal transfers …, a panel of U.N. experts said"
_FOUND_BY_MONITORS = re.compile(
    rf"^(?:[A-Z ,.]+\([^)]*\)\s+-\s+)?(?P<rest>(?:the\s+)?(?:North Korea|North|Pyongyang)"
    rf"\b[^;]*?),\s+(?:a|the)\s+(?:U\.N\.\s+|UN\s+)?{_MONITORS}\s+(?:[\w.]+\s+){{0,3}}?{_FINDS}\b"
)
_BREACH = re.compile(
    r"\b(?:illegal|illicit|unlawful|violat\w*|breach\w*|flout\w*|evad\w*|evasion|smuggl\w*"
    r"|cyberattacks?|defiance|beyond the (?:annual )?cap)\b"
)


def monitors_findings(
    sentence: str,
    published: date,
    out: list[Report],
    codebook: Mapping[str, tuple[str, int]],
    mentions: list[Mention],
    context: Context,
) -> list[Report]:
    """ "A panel of U.N. experts said in a report that North Korea had stepped up illegal
    transfers": the monitors finding the North in breach accuse it (no verb of accusing is
    told, and a plain "said" is no report)."""
    if any(r.actor == "UN" and r.action.startswith("112") and r.target == "PRK" for r in out):
        return []
    m = _MONITORS_FOUND.search(sentence) or _FOUND_BY_MONITORS.search(sentence)
    if not m or not _BREACH.search(m.group("rest")):
        return []
    if re.search(r"\baccuse[ds]\b", m.group(0)) and any(
        r.action.startswith("112") and r.target == "PRK" for r in out
    ):
        return []  # "In a report to the committee, the United States accused": its accusation
    monitors_of_un = any(x.code == "UN" for x in mentions) or "UN" in (
        context.people.get("panel"),
        context.people.get("report"),
    )
    hedged = re.search(r"\b(?:if|whether|could|would)\b", sentence[: m.start("rest")])
    if not monitors_of_un or hedged:
        return []
    told = sentence[m.start() : m.end()] if m.re is _MONITORS_FOUND else sentence[m.end("rest") :]
    on = date_in(told, published, False) or published
    name, weight = code_name("112", codebook)
    tracks = tracks_of("112", sentence, "UN", "PRK")
    if "sanctions" not in tracks:
        tracks = ("sanctions", *tracks)
    if not re.search(r"\b(?:nuclear|missiles?|uranium|plutonium|ballistic|weapons?)\b", sentence):
        # "the panel said the North had breached the cap on fuel imports": the monitors'
        # finding on the sanctions alone, no programme named
        tracks = ("sanctions",)
    return [
        Report(
            actor="UN",
            action="112",
            action_name=name,
            goldstein=weight,
            target="PRK",
            on=on,
            tracks=tracks,
            modality="done",
            evidence=sentence,
            quote=None,
            confidence=70,
        )
    ]


# "The liaison office opened in Kaesong on Sept. 14", "the office first opened in 2018": a
# project of the two Koreas told as opening by itself, its openers left out
# "The hotline between the leaders' offices was installed on April 20, 2018": likewise
# "the office, which opened in September", "the office had been opened in 2018": the same step
# told in a relative clause or as past before the story's own
_PROJECT_OPENED = re.compile(
    r"\b(?:[Tt]he|[Tt]heir)\s+(?:(?:joint|inter-Korean|new|direct|(?:two\s+)?leaders['’])\s+)*"
    r"(?P<what>liaison\s+office|office|hotline)"
    r"(?:\s+between\s+(?:the\s+)?(?:two\s+)?leaders['’]\s+offices)?(?:,\s+which)?\s+"
    r"(?:was\s+|had\s+been\s+)?"
    r"(?:first\s+|formally\s+|officially\s+)?(?:opened|installed|connected|set\s+up)\s+"
    r"(?=(?:in|on|at|after|last)\b)"
)
_OPENED_SLUG = {"hotline": ("hotline", "050")}


def project_opened(
    sentence: str,
    published: date,
    out: list[Report],
    codebook: Mapping[str, tuple[str, int]],
    context: Context,
) -> list[Report]:
    """ "The liaison office opened in Kaesong on Sept. 14": the two Koreas opened it, their
    joint step on the office (no verb with a subject tells it)."""
    m = _PROJECT_OPENED.search(sentence)
    if m is None or (m.group("what") == "office" and "liaison-office" not in context.projects[:1]):
        return []  # "the office" is the liaison office only when the story named it last
    slug, code = _OPENED_SLUG.get(m.group("what"), ("liaison-office", "061"))
    if any(r.target == slug and r.action == code for r in out):
        return []  # told already by a verb with its subject
    end = re.compile(r"[,;]\s+(?:but|and|while|when|which|where|after|months|weeks|days)\b")
    stop = end.search(sentence, m.end())
    on = date_in(sentence[m.end() : stop.start() if stop else len(sentence)], published, False)
    if on is None:
        return []  # "since the office opened": when is not told, nor is it an act told
    name, weight = code_name(code, codebook)
    return [
        Report(
            actor="KOR+PRK",
            action=code,
            action_name=name,
            goldstein=weight,
            target=slug,
            on=on,
            tracks=("inter-korean",),
            modality="done",
            evidence=sentence,
            quote=None,
            confidence=60,
        )
    ]


# "Spain and Kuwait followed suit a week later", "Japan did the same with Iran": the act told
# last, done again by the clause's subject (aimed at another party when one follows "to")
_SAME_AGAIN = re.compile(
    r"(?<!\bnot )(?<!\bnever )(?<!\byet to )\b(?:followed\s+suit|did\s+(?:the\s+same|likewise))\b"
    r"(?P<to>\s+(?:to|with|against)\s+)?"
)
_CLAUSE_OPEN = re.compile(r"(?:^|[;:]|,\s+(?:and|but)\s|\.\s)")
_LATER = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven)\s+(?P<unit>day|week)s?\s+later"
    r"|the\s+(?:next|following)\s+(?P<next>day))\b"
)


def same_again(
    sentence: str,
    published: date,
    out: list[Report],
    before: Sequence[Report],
    mentions: list[Mention],
) -> list[Report]:
    """ "Mexico expelled the envoy on Sept. 7. Spain and Kuwait followed suit a week later":
    the act told just before, done by the new subject, aimed and tracked as it was."""
    told = _SAME_AGAIN.search(sentence)
    if told is None:
        return []
    model = next((r for r in reversed([*before, *out]) if r.modality in ("done", "claimed")), None)
    if model is None:
        return []
    opened = [m.end() for m in _CLAUSE_OPEN.finditer(sentence, 0, told.start())]
    lo = opened[-1] if opened else 0
    subjects = sorted(
        {
            m.code
            for m in mentions
            if lo <= m.start < told.start() and m.code and not (m.place or m.object)
        }
    )
    if not subjects:
        # "on March 21 it did the same to two Chinese firms" (the same actor again) is left:
        # read, the new act's pair gave the story's later talks between them its track
        return []
    actor = joint_code(subjects)
    target = model.target
    if told.group("to"):
        target = next((m.code for m in mentions if m.start >= told.end() and m.code), target)
    if (actor, target) == (model.actor, model.target) or target == actor:
        return []
    later = _LATER.search(sentence, told.end())
    if later is not None:
        days = 1 if later.group("next") else count_days(later.group("n"), later.group("unit"))
        on = model.on + timedelta(days=days)
    else:
        on = date_in(sentence[lo:], published, False) or model.on
    return [
        replace(
            model, actor=actor, target=target, on=on, evidence=sentence, quote=None,
            confidence=min(model.confidence, 70), actor_role=None,
        )
    ]  # fmt: skip


# "Seoul condemned the launch, as did Tokyo": the clause's act, done by those after "as did"
_AS_DID = re.compile(r",\s+as\s+(?:did|have|has|had|does|do)\s+(?=[A-Z]|the\s)")
_AS_DID_END = re.compile(r"[,;.]|\s+(?:and|but)\s+(?:said|added|called|urged)\b")


def as_did(sentence: str, out: list[Report], mentions: list[Mention]) -> list[Report]:
    """ "Seoul condemned the launch, as did Tokyo and Washington": the act the sentence told
    before the comma, done also by those named after "as did", aimed and tracked as it was.
    When that act was aimed at them ("with Pyongyang, as did South Korea"), it is re-aimed in
    `out` itself."""
    told = _AS_DID.search(sentence)
    if told is None:
        return []
    cut = _AS_DID_END.search(sentence, told.end())
    end = cut.start() if cut else len(sentence)
    codes = sorted(
        {m.code for m in mentions if told.end() <= m.start < end and m.code and not m.place}
    )
    model = next((r for r in reversed(out) if r.evidence == sentence), None)
    if not codes or model is None or set(codes) & set(model.actor.split("+")):
        return []
    if model.target and model.target.isupper() and set(codes) & set(model.target.split("+")):
        # "lodged a protest with Pyongyang, as did South Korea": those after "as did" act,
        # they are not aimed at
        kept = [t for t in model.target.split("+") if t not in codes]
        aimed = replace(model, target=joint_code(kept) if kept else None)
        out[out.index(model)] = aimed
        model = aimed
    return [
        replace(
            model, actor=joint_code(codes), quote=None, actor_role=None,
            confidence=min(model.confidence, 70),
        )
    ]  # fmt: skip
