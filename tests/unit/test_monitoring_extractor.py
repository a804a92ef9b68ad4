"""The extractor's hard cases, one test each, and invariants over any text (hypothesis).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem.domain.errors import InvalidInput
from tandem.domain.monitoring import check_english, extract
from tandem.domain.monitoring_eval import score
from tandem.domain.monitoring_report import MODALITIES, Article, Report
from tandem.services.pacing import goldstein

FRIDAY = date(2018, 11, 30)
CODES = goldstein()
DATA = Path(__file__).parent.parent / "data" / "monitoring"


def reports(text: str, published: date = FRIDAY) -> list[Report]:
    return extract(Article("t.txt", None, "t", None, published, text), CODES)


def triples(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(r.actor, r.action, r.target, r.modality) for r in reports(text)]


def test_a_capital_stands_for_its_government() -> None:
    assert triples("Seoul warned Pyongyang against further missile launches.") == [
        ("KOR", "130", "PRK", "done")
    ]


def test_a_capital_after_in_is_a_place() -> None:
    [r] = reports("Stephen Biegun held talks in Seoul on Tuesday.")
    assert r.actor == "USA" and r.target == "KOR"  # the host of the talks, not an actor
    assert triples("Talks in Seoul ended with a statement.") == []


def test_kim_jong_un_is_not_the_un() -> None:
    [r] = reports("Kim Jong Un met Moon Jae-in at the border.")
    assert (r.actor, r.target) == ("PRK", "KOR")
    [r] = reports("The UN Security Council granted a sanctions exemption for the railway survey.")
    assert r.actor == "UN"


def test_officials_are_resolved_to_their_state_and_role_for_the_date() -> None:
    [r] = reports("The Secretary of State visited Pyongyang.", date(2018, 10, 8))
    assert r.actor == "USA" and r.actor_role == "Mike Pompeo, Secretary of State"
    [r] = reports("The Secretary of State visited Pyongyang.", date(2018, 1, 8))
    assert r.actor_role == "Rex Tillerson, Secretary of State"
    [r] = reports("South Korea's chief nuclear envoy met Stephen Biegun.")
    assert (r.actor, r.target) == ("KOR", "USA")


def test_passive_voice_takes_the_agent_after_by() -> None:
    [r] = reports("New sanctions were imposed on North Korea by the United States.")
    assert (r.actor, r.action, r.target) == ("USA", "163", "PRK")
    assert reports("Ten guard posts were demolished on Tuesday.") == []  # by whom is not said


def test_negation_is_marked_not_done() -> None:
    [r] = reports("North Korea did not test a missile in November.")
    assert r.modality == "negated" and r.action == "X01"


def test_future_and_reported_actions_are_marked_as_such() -> None:
    [r] = reports("South Korea plans to reopen the liaison office next month.")
    assert r.modality == "planned"
    [r] = reports("Seoul will send medicine to North Korea.")
    assert r.modality == "planned" and r.target == "PRK"
    [r] = reports("North Korea fired two missiles on Thursday, South Korea's military said.")
    assert r.modality == "claimed" and r.target is None


def test_several_actions_in_one_sentence() -> None:
    assert triples(
        "North Korea demolished ten guard posts and South Korea removed mines along the border."
    ) == [("PRK", "087", "KOR", "done"), ("KOR", "087", "PRK", "done")]
    assert triples("Pompeo visited Pyongyang and met Kim Yong Chol.") == [
        ("USA", "042", "PRK", "done"),
        ("USA", "040", "PRK", "done"),
    ]


def test_joint_actors_and_their_object() -> None:
    assert triples("The two Koreas agreed to reconnect their railways.") == [
        ("KOR+PRK", "030", "rail-links", "done")
    ]
    assert triples("The United States and South Korea signed an agreement on troop costs.") == [
        ("KOR+USA", "057", "each-other", "done")
    ]


def test_the_target_is_the_counterpart_of_a_project() -> None:
    assert triples("The US expressed support for the inter-Korean railway study.") == [
        ("USA", "051", "KOR", "done")
    ]


def test_a_reaction_is_aimed_at_the_earlier_actor() -> None:
    found = triples("North Korea launched two missiles. Japan condemned the launches.")
    assert found == [("PRK", "X01", None, "done"), ("JPN", "111", "PRK", "done")]


def test_relative_dates_are_resolved_against_the_article_date() -> None:
    [r] = reports("Seoul warned Pyongyang on Tuesday.")  # published on a Friday
    assert r.on == date(2018, 11, 27)
    [r] = reports("Seoul will send aid to North Korea on Tuesday.")
    assert r.on == date(2018, 12, 4)
    [r] = reports("North Korea returned the remains of US soldiers yesterday.")
    assert r.on == date(2018, 11, 29)
    [r] = reports("North Korea returned the remains of US soldiers on Nov. 2.")
    assert r.on == date(2018, 11, 2)


def test_tracks_and_weights() -> None:
    [r] = reports("The United States imposed sanctions on North Korea.")
    assert r.tracks == ("sanctions",) and r.goldstein == -80
    [r] = reports("North Korea conducted a nuclear test.")
    assert r.action == "X02" and r.tracks == ("denuclearization",) and r.goldstein == -100


def test_an_article_without_a_date_is_refused() -> None:
    with pytest.raises(InvalidInput, match="no date"):
        extract(Article("a.txt", None, "t", None, None, "Seoul warned Pyongyang."), CODES)


def test_non_english_text_is_refused() -> None:
    with pytest.raises(InvalidInput, match="English"):
        check_english("남북은 철도 연결에 합의했다. 통일부가 밝혔다.")
    with pytest.raises(InvalidInput, match="English"):
        check_english(
            "Le gouvernement de la Corée du Sud a annoncé une nouvelle mesure pour la paix."
        )
    check_english("South Korea opened the liaison office in Kaesong on Friday.")


VOCABULARY = (
    "Seoul Pyongyang Washington North Korea South the United States Kim Jong Un UN met "
    "warned agreed to reconnect railways did not test missiles will plans said on Tuesday "
    "and , . by were imposed sanctions Moon Jae-in two Koreas each other"
)
WORDS = st.sampled_from(VOCABULARY.split())


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=40), st.dates(date(2017, 1, 1), date(2021, 12, 31)))
def test_any_text_gives_well_formed_reports(words: list[str], published: date) -> None:
    text = " ".join(words)
    for r in reports(text, published):
        assert r.modality in MODALITIES
        assert r.actor and r.actor == "+".join(sorted(r.actor.split("+")))
        assert r.target != r.actor
        assert r.action in CODES or r.action.startswith("X")
        assert -100 <= r.goldstein <= 100
        assert 0 < r.confidence <= 100
        assert abs((r.on - published).days) <= 366
        assert r.evidence and r.evidence in " ".join(text.split())
        assert r.tracks


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_characters_never_crash_the_extractor(text: str) -> None:
    for r in reports(text):
        assert r.modality in MODALITIES


def test_a_dateline_and_credits_are_not_actors() -> None:
    text = (
        "KAESONG, North Korea, Dec 26 (Allied Wire) - The two Koreas held a groundbreaking "
        "ceremony for the railway project on Wednesday.\nReporting by Kim Soo-min"
    )
    assert triples(text) == [("KOR+PRK", "061", "rail-links", "done")]
    assert triples("SEOUL, Nov 20 (Allied Wire) - A train crossed the border.") == []


def test_the_north_and_the_south_are_the_two_koreas() -> None:
    assert triples("The North criticised the South on Friday for holding joint drills.") == [
        ("PRK", "111", "KOR", "done")
    ]
    # "the North Korean …" is not "the North"
    [r] = reports("The North Korean envoy met Stephen Biegun.")
    assert (r.actor, r.target) == ("PRK", "USA")


def test_an_apposition_keeps_the_subject() -> None:
    assert triples("Lee Do-hoon, Seoul's nuclear envoy, met Stephen Biegun on Friday.") == [
        ("KOR", "040", "USA", "done")
    ]
    [_, r] = reports("Moon Jae-in, who met Kim Jong Un twice before, welcomed the summit.")
    assert (r.actor, r.action) == ("KOR", "051")
    [_, r] = reports("Pompeo, who met Kim Yong Chol in Pyongyang, rejected the criticism.")
    assert (r.actor, r.action) == ("USA", "120")


def test_pronouns_and_titles_stand_for_the_one_named_before() -> None:
    [r] = reports(
        "Kim Yo Jong issued a statement on Tuesday. In it, she accused Seoul of betrayal."
    )
    assert (r.actor, r.action, r.target) == ("PRK", "112", "KOR")
    [_, r] = reports("Stephen Biegun arrived in Seoul on Monday. The envoy met Lee Do-hoon.")
    assert (r.actor, r.action, r.target) == ("USA", "040", "KOR")
    # "he" is a person, not the country named last
    [r] = reports("Trump said South Korea should pay more and that he had turned down an offer.")
    assert r.actor == "USA"


def test_hypotheticals_hopes_and_analysts_views_are_no_reports() -> None:
    assert triples("Analysts said North Korea could fire a missile soon.") == []
    assert triples("Trump said he was looking forward to meeting Kim Jong Un again.") == []
    assert triples("Seoul would lift sanctions if Pyongyang took steps, officials said.") == []


def test_a_letter_received_is_sent_by_the_other() -> None:
    [r] = reports("Trump said he had received a beautiful letter from Kim Jong Un.")
    assert (r.actor, r.action, r.target) == ("PRK", "010", "USA")
    [_, r] = reports("Moon Jae-in met Donald Trump on Monday and delivered a message from Kim.")
    assert (r.actor, r.action, r.target) == ("KOR", "010", "USA")


def test_the_two_leaders_are_those_of_the_sentence_before() -> None:
    [_, r] = reports(
        "Trump met Kim Jong Un in Singapore. The two leaders signed a joint statement."
    )
    assert (r.actor, r.target) == ("PRK+USA", "each-other")
    [r] = reports("The allies suspended the drills to support diplomacy with Pyongyang.")
    assert (r.actor, r.action, r.target) == ("KOR+USA", "087", "PRK")  # the purpose is no action


def test_an_agreements_contents_and_quotations_are_no_reports() -> None:
    text = "The two Koreas agreed to withdraw guard posts, remove landmines and open an office."
    assert triples(text) == [("KOR+PRK", "030", "guard-posts", "done")]
    assert triples('"We urge the North to stop its provocations," Seoul\'s ministry said.') == []


def test_possessives_and_sources_are_not_subjects_or_targets() -> None:
    text = "The North's committee called Moon's speech shameless and accused Seoul of hypocrisy."
    assert triples(text) == [("PRK", "112", "KOR", "done")]
    text = "Two Chinese firms accused of helping Pyongyang were blacklisted by the Treasury."
    assert triples(text) == [("USA", "163", "CHN", "done")]


def test_missile_launches_have_no_target_unless_aimed() -> None:
    [r, _] = reports("North Korea fired two missiles, hours after it offered talks with the US.")
    assert (r.action, r.target) == ("X01", None)
    [r] = reports("North Korea fired a missile over Japan on Friday.")
    assert r.target == "JPN"


def test_tracks_follow_the_parties() -> None:
    [r] = reports("Kang Kyung-wha spoke by phone with Mike Pompeo on Friday.")
    assert "alliance-coordination" in r.tracks
    [r] = reports("Xi Jinping met Kim Jong Un in Beijing.")
    assert r.tracks == ("denuclearization",)  # China's ally is not one of ours


def test_lenient_scores_joint_actors_and_each_other() -> None:
    from tandem.domain.monitoring_eval import lenient

    gold = [
        {"actor": "KOR+PRK", "action": "030", "target": "each-other", "tracks": ["inter-korean"]},
        {"actor": "USA", "action": "051", "target": "KOR", "tracks": ["inter-korean"]},
    ]
    found = [
        {"actor": "PRK", "action": "040", "target": "KOR", "tracks": ["inter-korean", "x"]},
        {"actor": "USA", "action": "051", "target": "KOR+PRK", "tracks": ["inter-korean"]},
    ]
    assert lenient([(found, gold)])["f1"] == 1.0
    assert lenient([(found[:1], gold)])["recall"] == 0.5
    two_tracks = [{**r, "tracks": [*r["tracks"], "sanctions"]} for r in found]
    assert lenient([(two_tracks, gold)])["f1"] == 1.0  # sharing a track is enough
    assert lenient([(two_tracks, gold)], strict=True)["f1"] == 0.0  # not the same set


FLOOR = {"precision": 0.85, "recall": 0.75}


def test_the_development_corpus_stays_above_the_floor() -> None:
    """Targets: triple precision >= 0.85 and recall >= 0.75; a regression fails here."""
    pairs = []
    lines = (DATA / "dev-corpus.jsonl").read_text("utf-8").splitlines()
    assert len(lines) >= 40
    for line in lines:
        data = json.loads(line)
        article = Article(
            data["url"], data["url"], data["title"], data["outlet"],
            date.fromisoformat(data["published"]), data["text"],
        )  # fmt: skip
        found = [
            {"actor": r.actor, "action": r.action, "target": r.target,
             "date": r.on.isoformat(), "tracks": list(r.tracks), "modality": r.modality}
            for r in extract(article, CODES)
        ]  # fmt: skip
        pairs.append((found, data["gold"]))
    triple = score(pairs)["triple"]
    assert triple["precision"] >= FLOOR["precision"], triple
    assert triple["recall"] >= FLOOR["recall"], triple


WIRE_FLOOR = {"precision": 0.87, "recall": 0.82, "strict_f1": 0.78}
WIRE_TUNED = (
    # every wire-train batch, and the first fifteen holdouts, spent: tuned on (4-15 since
    # 28 Nov 2026); wire-holdout-16 and later are the unseen estimate, never scored here
    *sorted(p.stem for p in DATA.glob("wire-train*.jsonl")),
    "wire-holdout", "wire-holdout-2", "wire-holdout-3",
    *(f"wire-holdout-{n}" for n in range(4, 16)),
)  # fmt: skip


def test_the_wire_training_corpora_stay_above_the_floor() -> None:
    """The wire-style articles tuned on (210 and more), scored leniently (actor, target,
    track), and with tracks as the same set."""
    from tandem.domain.monitoring_eval import lenient

    pairs = []
    for name in WIRE_TUNED:
        for line in (DATA / f"{name}.jsonl").read_text("utf-8").splitlines():
            data = json.loads(line)
            article = Article(
                data["url"], data["url"], data["title"], data["outlet"],
                date.fromisoformat(data["published"]), data["text"],
            )  # fmt: skip
            found = [
                {"actor": r.actor, "action": r.action, "target": r.target,
                 "tracks": list(r.tracks), "modality": r.modality}
                for r in extract(article, CODES)
            ]  # fmt: skip
            pairs.append((found, data["gold"]))
    assert len(pairs) >= 210
    scores = lenient(pairs)
    assert scores["precision"] >= WIRE_FLOOR["precision"], scores
    assert scores["recall"] >= WIRE_FLOOR["recall"], scores
    assert lenient(pairs, strict=True)["f1"] >= WIRE_FLOOR["strict_f1"]


def test_scores_match_one_to_one() -> None:
    gold = [{"actor": "KOR", "action": "051", "target": "USA", "tracks": ["x"], "date": "d"}]
    twice = gold * 2
    s = score([(twice, gold)])
    assert s["triple"] == {"precision": 0.5, "recall": 1.0, "f1": 0.667, "gold": 1, "found": 2}
    negated = [{**gold[0], "modality": "negated"}]
    assert score([(negated, [])])["actor"]["found"] == 0


def test_only_actions_taken_by_a_party_are_alerted() -> None:
    from tandem.domain.monitoring_match import alertable

    done, planned, negated, joint = (
        reports("Seoul warned Pyongyang on Tuesday.")[0],
        reports("Seoul will warn Pyongyang.")[0],
        reports("Seoul did not warn Pyongyang.")[0],
        reports("The two Koreas agreed to reconnect their railways.")[0],
    )
    assert alertable(done, ["USA", "KOR"]) == ["KOR"]
    assert alertable(planned, ["USA", "KOR"]) == [] and alertable(negated, ["USA", "KOR"]) == []
    assert alertable(joint, ["USA", "KOR"]) == ["KOR"]  # PRK is no party of this group
    assert alertable(done, ["USA", "JPN"]) == []


def test_a_report_matches_the_measure_it_is_about() -> None:
    from tandem.domain.monitoring_match import Candidate, match

    [r] = reports("South Korea opened the liaison office in Kaesong on Friday.")
    office = Candidate(
        "measure", 1, "Open the inter-Korean liaison office in Kaesong", FRIDAY, True
    )
    tourism = Candidate("measure", 2, "Resume tours to Mount Kumgang", FRIDAY, True)
    later = Candidate("measure", 3, "Open the liaison office", date(2019, 6, 1), True)
    found = match(r, [tourism, office, later])
    assert found is not None and found[0] is office
    assert match(r, [tourism, later]) is None


def test_a_stated_readiness_is_a_claimed_intent_aimed_at_the_other_side() -> None:
    assert triples("Pyongyang said on Monday it was ready to resume talks with Washington.") == [
        ("PRK", "036", "USA", "claimed")
    ]
    assert triples("Kim said he remained willing to sit down with the United States.") == [
        ("PRK", "036", "USA", "claimed")
    ]
    assert triples("Trump said he was open to a third summit with Kim Jong Un.") == [
        ("USA", "036", "PRK", "claimed")
    ]
    # a condition on the other side leaves the readiness; the speaker's own "would … if" not
    assert triples("Kim said he was willing to meet Trump if Washington changed course.") == [
        ("PRK", "036", "USA", "claimed")
    ]
    assert triples("Kim said he would be willing to give up his arms if Washington left.") == []
    assert triples("Kim hopes to meet Trump again.") == []


def test_an_event_told_as_a_noun_is_a_report_when_its_parties_are_named() -> None:
    [_accused, visit] = reports(
        "North Korea accused Washington of bad faith after Pompeo's third visit to Pyongyang."
    )
    assert (visit.actor, visit.action, visit.target) == ("USA", "042", "PRK")
    [talks] = reports("It came weeks after talks between North Korea and the United States ended.")
    assert (talks.actor, talks.target) == ("PRK+USA", "each-other")
    [_pledge, summit] = reports("Kim had pledged at the Singapore summit in June to disarm.")
    assert (summit.actor, summit.on) == ("PRK+USA", date(2018, 6, 12))
    [_pledge, summit] = reports("Kim pledged at the inter-Korean summit in April to disarm.")
    assert (summit.actor, summit.target) == ("KOR+PRK", "each-other")
    assert triples("Inter-Korean talks have stalled since February.") == []


def test_an_event_only_cited_only_possible_or_called_off_is_no_report() -> None:
    cited = triples("The North called it a breach of the spirit of the Singapore summit.")
    assert not [t for t in cited if t[1] == "040"]  # the summit cited is no meeting
    assert triples("They discussed a possible summit between Trump and Kim Jong Un.") == []
    assert triples("A meeting between Mike Pompeo and Kim Yong Chol was postponed.") == []
    # one arranged is planned
    assert triples("Pence said a second summit between Trump and Kim was likely next year.") == [
        ("PRK+USA", "040", "each-other", "planned")
    ]


def test_an_event_told_as_a_verb_and_as_a_noun_is_one_report() -> None:
    text = "Pompeo visited Pyongyang on Sunday. His visit to Pyongyang was his fourth this year."
    assert triples(text) == [("USA", "042", "PRK", "done")]


def test_an_offer_told_as_a_noun_is_a_report_of_its_owner() -> None:
    assert triples("North Korea rejected Seoul's offer of talks on the resort.") == [
        ("PRK", "120", "KOR", "done"),
        ("KOR", "030", "PRK", "done"),
    ]


def test_reactions_to_a_joint_event_are_aimed_at_both_of_its_parties() -> None:
    text = (
        "Moon and Kim met at the border on Friday. The United States welcomed the summit. "
        "Japan also welcomed the summit."
    )
    assert triples(text) == [
        ("KOR+PRK", "040", "each-other", "done"),
        ("USA", "051", "KOR+PRK", "done"),
        ("JPN", "051", "KOR+PRK", "done"),  # the summit's, not the US welcome's
    ]


def test_the_one_who_told_is_the_he_of_what_he_would_do() -> None:
    [r] = reports("Moon told Trump he would soon seek a meeting with Kim Jong Un.")
    assert (r.actor, r.target, r.modality) == ("KOR", "PRK", "planned")


def test_a_person_named_only_by_title_is_the_other_side_named_before() -> None:
    text = "Trump met Moon Jae-in on Thursday. Trump later spoke with the president by phone."
    assert triples(text) == [("USA", "040", "KOR", "done"), ("USA", "040", "KOR", "done")]
    text = "Pompeo arrived in Seoul on Monday. He met his counterpart on Tuesday."
    assert triples(text)[-1] == ("USA", "040", "KOR", "done")


# The CAMEO verb lexicon of the fifth wire batch: acts the rules did not know.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's cabinet on Friday removed South Korea from a list of trusted trading partners.",
         ("JPN", "163", "KOR", "done")),
        ("North Korea froze South Korean assets at the complex on Thursday.",
         ("PRK", "163", "KOR", "done")),
        ("Peru on Monday expelled North Korea's ambassador.", ("PER", "166", "PRK", "done")),
        ("Mexico declared the North Korean envoy persona non grata.",
         ("MEX", "166", "PRK", "done")),
        ("Japan recalled its ambassador to Seoul on Monday.", ("JPN", "161", "KOR", "done")),
        ("China lifted its ban on group tours to South Korea.", ("CHN", "085", "KOR", "done")),
        ("North Korea on Friday handed over the remains of US servicemen.",
         ("PRK", "084", "USA", "done")),
        ("Pyongyang dispatched a delegation to Seoul on Monday.", ("PRK", "042", "KOR", "done")),
        ("The North has snubbed Seoul's overtures for months.", ("PRK", "120", "KOR", "done")),
        ("Pompeo called Foreign Minister Kang Kyung-wha on Friday.",
         ("USA", "040", "KOR", "done")),
    ],
)  # fmt: skip
def test_verbs_of_the_wider_lexicon(text: str, expected: tuple[str, str, str | None, str]) -> None:
    assert expected in triples(text)


def test_tests_suspended_and_a_test_site_shut_are_a_de_escalation() -> None:
    found = triples("North Korea would suspend nuclear and missile tests, it said on Saturday.")
    assert [t[:3] for t in found] == [("PRK", "087", None)]
    assert ("PRK", "087", None) in [
        t[:3] for t in triples("North Korea shut down its nuclear test site on Thursday.")
    ]


def test_a_show_of_force_is_aimed_at_whom_it_is_against() -> None:
    found = triples(
        "The United States flew two B-1B bombers over South Korea on Tuesday in a show of "
        "force against North Korea."
    )
    assert ("USA", "150", "PRK", "done") in found


def test_calling_someone_names_is_no_phone_call() -> None:
    found = triples("Choe called Vice President Mike Pence a political dummy on Thursday.")
    assert not [t for t in found if t[1] == "040"]


def test_a_reaction_naming_an_earlier_event_is_aimed_at_its_actor() -> None:
    found = triples(
        "The United States has seized a North Korean cargo ship. South Korea warned the North "
        "on Thursday against more launches. North Korea denounced the seizure as robbery."
    )
    assert ("PRK", "111", "USA", "done") in found


def test_urging_other_countries_aims_at_no_one() -> None:
    found = triples(
        "Peru expelled North Korea's ambassador. The State Department urged other countries "
        "to downgrade their ties."
    )
    assert ("USA", "020", None, "done") in found


def test_lashing_out_at_a_state_aims_at_it() -> None:
    assert ("PRK", "111", "KOR", "done") in triples(
        "Kim Yo Jong lashed out at South Korea on Tuesday."
    )


def test_an_ambassador_to_a_country_is_no_party() -> None:
    found = triples(
        "Biegun held talks with his counterpart Kim Hyok Chol, a former ambassador to Spain, "
        "and the two sides agreed to meet again."
    )
    assert all("ESP" not in t[0] for t in found)


def test_what_is_often_done_is_no_report() -> None:
    assert triples("The North's military often holds winter drills in January.") == []


def test_a_gerund_after_a_noun_is_no_act() -> None:
    found = triples("Washington eased its ban on American citizens travelling to the North.")
    assert not [t for t in found if t[1] == "042"]


def test_a_proposal_owned_by_a_state_adjective_is_its_report() -> None:
    found = triples("North Korea rejected a US proposal in Stockholm on Saturday.")
    assert ("PRK", "120", "USA", "done") in found
    assert [t for t in found if t[:2] == ("USA", "030")]


def test_a_second_past_tense_verb_is_a_second_act_not_what_was_urged() -> None:
    found = triples(
        "Japan tightened controls on exports to South Korea on Thursday. "
        "Moon urged Japan to lift the measures and warned that businesses could suffer."
    )
    assert ("KOR", "020", "JPN", "done") in found
    assert ("KOR", "130", "JPN", "done") in found
    # an infinitive's verbs stay what was agreed on
    agreed = triples("The two Koreas agreed to halt hostile acts and open a liaison office.")
    assert [t[1] for t in agreed] == ["030"]


def test_calling_someone_a_name_in_quotes_is_criticism() -> None:
    found = triples(
        'Vice foreign minister Choe Son Hui called Vice President Mike Pence a "political '
        'dummy" and warned Washington of a "nuclear showdown".'
    )
    assert ("PRK", "111", "USA", "done") in found
    assert ("PRK", "130", "USA", "done") in found
    assert not [t for t in found if "+" in t[0]]  # the one named is no co-actor
    assert triples("Pompeo called Foreign Minister Kang Kyung-wha on Friday.")[0][1] == "040"


def test_a_complaint_filed_with_the_wto_is_a_lawsuit_aimed_at_the_measure_s_author() -> None:
    found = triples(
        "Japan tightened controls on exports to South Korea. "
        "South Korea said it would file a complaint with the World Trade Organization."
    )
    assert ("KOR", "115", "JPN", "planned") in found  # "said it would": what it will do


def test_an_official_the_tables_do_not_know_speaks_for_the_last_subject() -> None:
    found = triples(
        "Japan tightened controls on exports to South Korea. South Korea lodged a protest. "
        'Trade minister Sung Yun-mo called the measures "a clear violation" and demanded that '
        "Tokyo withdraw them."
    )
    assert ("KOR", "111", "JPN", "done") in found
    assert ("KOR", "100", "JPN", "done") in found


def test_a_sentence_without_track_words_goes_on_with_the_story() -> None:
    [*_, r] = reports(
        "Japan tightened controls on exports to South Korea, citing sanctions concerns. "
        "South Korea's president demanded that Tokyo withdraw them."
    )
    assert r.action == "100" and "sanctions" in r.tracks


def test_an_accepted_invitation_with_a_possessive_is_accepted() -> None:
    found = triples("Kim had accepted Trump's invitation to visit the United States.")
    assert ("PRK", "030", "USA", "done") in found


def test_what_it_called_a_test_is_no_criticism_but_a_test() -> None:
    found = triples('Pyongyang carried out what it called a "crucial test" at its launch site.')
    assert ("PRK", "X01", None, "done") in found
    assert not [t for t in found if t[1] == "111"]


def test_a_deadline_set_for_another_state_is_a_demand_and_has_warned_keeps_the_subject() -> None:
    found = triples(
        "Pyongyang has set an end-of-year deadline for Washington to show more flexibility, "
        'and has warned it could take a "new path".'
    )
    assert ("PRK", "100", "USA", "done") in found
    assert ("PRK", "130", "USA", "done") in found


def test_an_official_who_told_reporters_is_still_the_subject() -> None:
    [r] = reports("Biegun told reporters after meeting his South Korean counterpart in Seoul.")
    assert (r.actor, r.action, r.target) == ("USA", "040", "KOR")


def test_an_analysts_view_after_the_act_leaves_the_act() -> None:
    found = triples(
        "North Korea said it had conducted another test at Sohae, in what analysts believe "
        "were engine tests."
    )
    assert [t[:2] for t in found] == [("PRK", "X01")]
    assert triples("Analysts said the North had probably conducted an engine test.") == []


def test_a_gerund_after_before_belongs_to_the_main_subject() -> None:
    found = triples(
        "Biegun also met Foreign Minister Kang Kyung-wha and was due to meet Unification "
        "Minister Kim Yeon-chul on Tuesday before travelling to Japan."
    )
    assert ("USA", "042", "JPN", "planned") in found
    assert not [t for t in found if t[0] == "KOR"]


def test_a_summit_between_two_leaders_with_titles_is_one_joint_meeting() -> None:
    found = triples(
        "A second summit between US President Donald Trump and North Korean leader Kim Jong Un "
        "ended abruptly on Thursday."
    )
    assert ("PRK+USA", "040", "each-other", "done") in found
    told = triples(
        "It came eight months after the two leaders' first summit in Singapore, where Kim "
        "committed to work toward denuclearisation."
    )
    assert ("PRK+USA", "040", "each-other", "done") in told
    assert triples("Both sides invoked the spirit of the summit in Singapore.") == []


def test_a_joint_meeting_is_not_aimed_at_the_project_agreed_later_in_the_sentence() -> None:
    found = triples(
        "President Moon Jae-in and North Korean leader Kim Jong Un met three times this year "
        "and agreed to reconnect the railways."
    )
    assert found[0] == ("KOR+PRK", "040", "each-other", "done")
    assert ("KOR+PRK", "030", "rail-links", "done") in found


def test_support_for_a_summit_is_aimed_at_its_parties() -> None:
    [*_, r] = reports(
        "Trump and Kim met in Singapore on Tuesday. Later, Moon spoke with Abe about Japan. "
        "Japanese Prime Minister Shinzo Abe said he supported the summit."
    )
    assert (r.actor, r.action, r.target) == ("JPN", "051", "PRK+USA")


def test_between_allies_a_meeting_is_on_their_coordination_alone() -> None:
    [r] = reports("Pompeo met Moon in Seoul to brief him on the nuclear talks.")
    assert r.tracks == ("alliance-coordination",)
    [r] = reports("The United States supported South Korea's efforts on inter-Korean ties.")
    assert "inter-korean" in r.tracks


def test_wire_verbs_of_talking_receiving_denying_and_blocking() -> None:
    assert ("USA", "040", "KOR", "claimed") in triples(
        "Trump said he had spoken with South Korean President Moon Jae-in on Air Force One."
    )
    assert triples("Biegun spoke to reporters in Seoul.") == []
    assert ("PRK", "040", "KOR", "done") in triples(
        "Kim Jong Un received South Korea's special envoys in Pyongyang on Monday."
    )
    assert ("PRK", "120", "USA", "done") in triples(
        "Ri Yong Ho held a news conference, denying Trump's account of the talks."
    )
    assert ("USA", "120", "CHN+RUS", "done") in triples(
        "The United States blocked a Chinese and Russian proposal at the council."
    ) or ("USA", "120", "CHN", "done") in triples(
        "The United States blocked a Chinese and Russian proposal at the council."
    )
    assert ("PRK", "161", "KOR", "done") in triples(
        "The North cut all communication lines with the South last week."
    )


def test_calling_an_act_a_violation_is_criticism_and_calling_a_meeting_an_appeal() -> None:
    found = triples(
        "North Korea blew up the liaison office. South Korea called the demolition a "
        "violation of the agreement."
    )
    assert ("KOR", "111", "PRK", "done") in found
    assert ("USA", "020", "UN", "done") in triples(
        "The United States called a meeting of the UN Security Council on Wednesday."
    )


def test_talks_between_at_the_start_of_a_sentence_and_negotiators_for_two_sides() -> None:
    assert ("PRK+USA", "040", "each-other", "done") in triples(
        "Talks between US and North Korean negotiators in Stockholm broke down in October."
    )
    found = triples(
        "Seoul and Washington agreed in March to keep talking about troop costs. Negotiators "
        "for the two sides held a third round of talks in Seoul on Monday."
    )
    assert [t for t in found if t[0] == "KOR+USA" and t[1] in ("040", "046")]


def test_an_offer_rejected_is_aimed_at_the_one_who_made_it() -> None:
    found = triples(
        "The allies postponed their air exercise. North Korea rejected an offer from Trump "
        'of another meeting with Kim, calling it a "useless" overture.'
    )
    assert ("PRK", "120", "USA", "done") in found


def test_criticism_of_a_parade_is_aimed_at_who_held_it_not_at_the_last_speaker() -> None:
    [*_, r] = reports(
        "North Korea unveiled a new missile at a military parade on Saturday. The Unification "
        "Ministry urged Pyongyang to return to dialogue. A US official called the parade "
        '"disappointing".'
    )
    assert (r.actor, r.action, r.target) == ("USA", "111", "PRK")


def test_a_surname_after_the_full_name_is_the_same_person() -> None:
    found = triples(
        "South Korea's nuclear envoy Lee Do-hoon arrived in Washington on Monday. "
        "Lee briefed Biegun on Seoul's plans for individual tours."
    )
    assert found.count(("KOR", "040", "USA", "done")) == 1
    assert ("KOR", "042", "USA", "done") in found
    # a surname the tables know keeps its party: "Kim" is the North's leader
    later = triples(
        "Unification Minister Kim Yeon-chul resigned on Friday. Kim warned Seoul on Saturday."
    )
    assert ("PRK", "130", "KOR", "done") in later


def test_an_unknown_official_introduced_by_title_is_remembered_by_surname() -> None:
    found = triples(
        "Japan tightened controls on exports to South Korea. South Korea lodged a protest. "
        'Trade minister Sung Yun-mo called the measures "a clear violation". '
        "Sung also urged Tokyo to withdraw them."
    )
    assert ("KOR", "020", "JPN", "done") in found


def test_drawing_a_rebuke_from_a_state_is_that_states_criticism() -> None:
    found = triples(
        "North Korea has fired more than ten rounds of missiles since May, drawing criticism "
        "from Japan."
    )
    assert ("JPN", "111", "PRK", "done") in found


def test_an_agreement_told_by_the_other_side_is_aimed_at_it() -> None:
    found = triples(
        "North Korean leader Kim Jong Un has agreed to allow inspectors into the test site, "
        "US Secretary of State Mike Pompeo said on Monday."
    )
    assert ("PRK", "030", "USA", "claimed") in found
    assert ("PRK", "030", "USA", "claimed") in triples(
        "Pompeo said Kim had agreed to allow inspectors."
    )


def test_a_country_hosting_the_talks_hosts_the_two_who_agreed_on_them() -> None:
    found = triples(
        "North Korea and the United States agreed to hold working-level talks. Sweden said it "
        "would host the talks in Stockholm."
    )
    assert ("SWE", "043", "PRK+USA", "planned") in found


def test_a_submarine_launched_missile_test_fired_is_a_missile_test() -> None:
    found = triples(
        "North Korea said it had successfully test-fired a new type of submarine-launched "
        "ballistic missile from waters off its east coast."
    )
    assert [t[:2] for t in found] == [("PRK", "X01")]


def test_the_teller_named_with_title_is_the_he_of_what_follows() -> None:
    found = triples(
        "North Korean leader Kim Jong Un told Chinese President Xi Jinping that he was willing "
        "to hold a summit with the United States."
    )
    assert ("PRK", "036", "USA", "claimed") in found
    assert not [t for t in found if t[0] == "CHN" and t[2] == "USA"]


def test_welcoming_a_visit_is_aimed_at_both_who_met() -> None:
    [*_, r] = reports("Kim Jong Un visited Beijing on Monday. Seoul welcomed the visit.")
    assert (r.actor, r.action, r.target) == ("KOR", "051", "CHN+PRK")


def test_a_planned_summit_told_as_a_noun_is_planned_and_a_vote_for_sanctions_imposes_them() -> None:
    assert ("PRK", "040", "KOR", "planned") in triples(
        "The trip came a month ahead of Kim's planned summit with South Korean President Moon."
    )
    assert ("CHN", "163", "PRK", "done") in triples(
        "Ties cooled after China voted in December for UN sanctions capping the North's oil "
        "imports."
    )


def test_their_dated_meeting_told_as_a_noun_is_the_pairs_meeting() -> None:
    found = triples(
        "It was the third summit between Moon and Kim this year, following their first meeting "
        "at the border village of Panmunjom on April 27."
    )
    assert found.count(("KOR+PRK", "040", "each-other", "done")) == 2


def test_welcoming_an_outcome_is_aimed_at_both_unless_it_names_the_project() -> None:
    text = "The two Koreas agreed to reconnect their railways. Washington welcomed the outcome."
    assert triples(text)[-1] == ("USA", "051", "KOR+PRK", "done")
    text = "The two Koreas agreed to reconnect their railways. Washington supported the project."
    assert triples(text)[-1] == ("USA", "051", "KOR", "done")


def test_detaining_a_ship_is_aimed_only_at_its_object_and_not_going_to_is_negated() -> None:
    found = triples(
        "Indonesia detained the ship in April 2018 and handed it over to US authorities."
    )
    assert ("IDN", "171", "USA", "done") not in found
    assert ("USA", "087", "KOR", "negated") in triples(
        "He said the United States was not going to withdraw its troops from South Korea."
    )


def test_generals_of_both_koreas_and_a_us_led_command_are_their_parties() -> None:
    found = triples(
        "North and South Korean generals agreed on Friday to withdraw troops from 22 guard "
        "posts inside the Demilitarized Zone."
    )
    assert found[0][0] == "KOR+PRK"
    found = triples(
        "The two Koreas and the US-led United Nations Command finished pulling firearms and "
        "guard posts out of the Joint Security Area."
    )
    assert found and found[0][:2] == ("KOR+PRK+UN", "087")


def test_a_military_title_abbreviation_does_not_end_the_sentence() -> None:
    found = triples(
        "North and South Korean generals held talks on Friday. Maj. Gen. Kim Do-gyun led the "
        "South Korean side. His North Korean counterpart, Lt. Gen. An Ik "
        "San, proposed that the two militaries open a joint military committee."
    )
    assert ("PRK", "030", "KOR", "done") in found


def test_praise_for_talks_is_aimed_at_a_meeting_not_at_any_sentence_naming_talks() -> None:
    [*_, r] = reports(
        "South Korean and North Korean generals held talks at Panmunjom on Friday. The talks "
        "came a day after the United Nations Command removed its guard posts. North Korea's "
        "state media praised the talks."
    )
    assert (r.actor, r.action) == ("PRK", "051") and r.target != "UN"


def test_overseeing_a_test_firing_is_a_test_and_warning_of_the_allies_drills_aims_at_them() -> None:
    found = triples(
        "Kim Jong Un personally oversaw the test-firing of a new type of tactical guided weapon "
        "on Thursday."
    )
    assert [t[:2] for t in found] == [("PRK", "X01")]
    assert ("PRK", "130", "KOR+USA", "done") in triples(
        "The North has warned that the joint drills the allies plan to hold in August could "
        "derail the talks."
    )


def test_a_finite_verb_after_and_takes_its_own_modality_and_a_topic_is_no_party() -> None:
    assert ("KOR", "020", "JPN", "done") in triples(
        "Moon told Abe that the two countries could not afford to remain far apart and called "
        "for Japan to withdraw the export restrictions."
    )
    found = triples(
        "Abe and Moon met in Chengdu on Tuesday. On North Korea, the two leaders agreed to "
        "cooperate closely."
    )
    assert ("JPN+KOR", "030", "each-other", "done") in found
    assert not [t for t in found if "PRK" in t[0]]


def test_eased_controls_and_a_suspended_decision() -> None:
    assert ("JPN", "085", "KOR", "done") in triples(
        "Tokyo eased controls on exports of photoresists to South Korea on Friday."
    )
    assert [
        t[:2]
        for t in triples("Seoul suspended its decision to end the intelligence pact with Japan.")
    ] == [("KOR", "087")]


def test_who_did_what_in_relative_clauses_passive_pairs_and_decisions() -> None:
    found = triples(
        "Russian President Vladimir Putin, who has repeatedly criticised Washington's pressure "
        "campaign, has urged all sides to avoid steps that could raise tension."
    )
    assert ("RUS", "111", "USA", "done") in found and [t for t in found if t[:2] == ("RUS", "020")]
    found = triples(
        "Wang said China supported the Panmunjom Declaration signed by Kim and South Korean "
        "President Moon Jae-in at their summit on April 27."
    )
    assert ("KOR+PRK", "040", "each-other", "done") in found
    assert not [t for t in found if t[0] == "CHN" and t[1] == "057"]
    assert ("PRK", "087", None, "done") in triples(
        "Wang praised Pyongyang's decision to stop nuclear and long-range missile tests."
    )
    assert ("KOR", "040", "CHN", "claimed") in triples(
        "South Korea's foreign ministry said it would keep in close contact with Beijing."
    ) or ("KOR", "040", "CHN", "planned") in triples(
        "South Korea's foreign ministry said it would keep in close contact with Beijing."
    )


def test_nouns_that_look_like_verbs_and_a_resignation_are_no_reports() -> None:
    assert triples("He said the North's disclosure of the envoy offer was a breach.") == []
    assert triples("Unification Minister Kim Yeon-chul offered his resignation on Wednesday.") == []


def test_a_proposal_to_send_envoys_is_aimed_at_the_other_side_of_the_story() -> None:
    found = triples(
        "North Korea rejected an offer by Moon Jae-in on Wednesday. Kim Yo Jong said Seoul had "
        "proposed on Monday to dispatch two envoys."
    )
    assert ("KOR", "030", "PRK", "claimed") in found


def test_a_joint_meeting_is_not_aimed_at_a_project_named_before_it() -> None:
    found = triples(
        "The office had been opened in Kaesong in 2018, months after Moon and Kim held their "
        "first summit at the truce village of Panmunjom in April."
    )
    assert ("KOR+PRK", "040", "each-other", "done") in found


def test_no_sign_that_is_no_report_and_prompting_someone_to_warn_is_their_warning() -> None:
    assert (
        triples(
            "The report gave no sign that the North would restore the severed communication lines."
        )
        == []
    )
    found = triples(
        "North Korea's army announced that it would redeploy troops to the Kaesong area, "
        "prompting Seoul's Defence Ministry to warn that Pyongyang would pay a price."
    )
    assert ("KOR", "130", "PRK", "done") in found


def test_a_possessive_object_before_and_is_not_the_next_verbs_subject() -> None:
    found = triples(
        "The Unification Ministry said it was carefully reviewing the North's intention and "
        "urged Pyongyang to return to the agreements."
    )
    assert ("KOR", "020", "PRK", "claimed") in found


def test_an_invitation_from_someone_is_theirs_and_a_nuclear_device_tested_is_a_nuclear_test() -> (
    None
):
    found = triples(
        "Moon's envoys, who travelled to Pyongyang in March, brought back an invitation from Kim."
    )
    assert ("PRK", "036", "KOR", "done") in found
    assert [
        t[:2] for t in triples("In 2017 the North tested its most powerful nuclear device.")
    ] == [("PRK", "X02")]


def test_a_welcome_takes_the_track_of_what_it_welcomes_not_of_the_next_clause() -> None:
    [*_, welcome, urge] = reports(
        "Kim and Moon signed the joint declaration at the Peace House on Friday. Abe said he "
        "welcomed the declaration as a positive step but urged Pyongyang to act on its nuclear "
        "programme."
    )
    assert welcome.target == "KOR+PRK" and welcome.tracks == ("inter-korean",)
    assert urge.tracks == ("denuclearization",)


def test_a_long_named_exercise_suspended_and_quantified_nouns() -> None:
    found = triples(
        "The United States and South Korea have suspended their large annual Ulchi Freedom "
        "Guardian military exercise planned for August."
    )
    assert [t[:2] for t in found] == [("KOR+USA", "087")]
    found = triples("North Korea blew up its tunnels and several support buildings.")
    assert not [t for t in found if t[1] == "051"]
    found = triples(
        "Seoul suspended the drills on Monday. China welcomed the move and urged all sides "
        "to keep up the momentum."
    )
    assert ("CHN", "020", None, "done") in found


def test_an_exemption_for_an_inter_korean_project_is_granted_to_seoul() -> None:
    found = triples(
        "The UN Security Council's North Korea sanctions committee has granted an exemption "
        "allowing the two Koreas to carry out a joint railway survey."
    )
    assert [t for t in found if t[:2] == ("UN", "085") and "KOR" in str(t[2])]
    assert ("UN", "085", "KOR", "done") in triples(
        "The Security Council's sanctions committee granted the exemption for the railway survey."
    )
    assert not [t for t in found if t[0] == "PRK"]


def test_a_meeting_with_no_one_named_is_no_report() -> None:
    assert triples("Moon convened his top aides and discussed the plan on Monday.") == []


def test_a_liaison_office_pullout_and_return() -> None:
    found = triples(
        "North Korean officials returned to the liaison office with South Korea on Monday, three "
        "days after Pyongyang abruptly pulled its entire staff out of the facility."
    )
    assert ("PRK", "061", "KOR", "done") in found
    assert [t for t in found if t[:2] == ("PRK", "161")]
    assert not [t for t in triples("The North had offered little explanation.") if t[1] == "030"]


def test_a_demand_rejected_is_aimed_at_the_one_rejecting() -> None:
    found = triples("At the summit, Trump rejected Kim's demand for broad sanctions relief.")
    assert ("PRK", "100", "USA", "done") in found
    assert [
        t[:2]
        for t in triples(
            "Trump said he had ordered the withdrawal of additional sanctions against North Korea."
        )
    ] == [("USA", "085")]


def test_both_sides_of_the_peninsula_and_the_dprk_by_its_full_name() -> None:
    found = triples(
        "China called on both sides of the Korean Peninsula to exercise restraint, a day after "
        "the Democratic People's Republic of Korea (DPRK) blew up a liaison office."
    )
    assert ("CHN", "020", "KOR+PRK", "done") in found
    assert [t for t in found if t[:2] == ("PRK", "171")]


def test_a_staff_named_of_an_army_is_its_subject() -> None:
    found = triples(
        "The US urged restraint on Tuesday. The General Staff of the Korean People's Army "
        "announced on Wednesday that it would send troops to the Kaesong industrial zone."
    )
    assert [t for t in found if t[:2] == ("PRK", "154")]


def test_hitting_back_at_a_statement_aims_at_who_made_it_and_a_protest_keeps_its_aim() -> None:
    [*_, hit] = reports(
        "North Korea blew up the liaison office. Kim Yo Jong rejected an offer by Moon to send "
        "envoys. Moon's office hit back."
    )
    assert (hit.actor, hit.target) == ("KOR", "PRK")
    [*_, protest] = reports(
        "North Korea fired a missile. South Korea's security council urged the North to stop. "
        "Japan condemned the launch. Tokyo lodged a protest through its embassy in Beijing."
    )
    assert (protest.actor, protest.action, protest.target) == ("JPN", "114", "PRK")


def test_the_two_sides_at_the_guard_posts_and_an_agreement_signed_earlier() -> None:
    found = triples(
        "The US urged restraint on Tuesday. Under a military agreement signed that September, "
        "the two sides withdrew troops from guard posts in the Demilitarized Zone."
    )
    assert not [t for t in found if "+" in t[0] and "USA" in t[0]]
    assert [t for t in found if t[0] == "KOR+PRK"]
    assert not [t for t in found if t[1] == "057"]


def test_aid_in_us_dollars_a_rice_shipment_and_a_phone_call_told_as_a_noun() -> None:
    found = triples(
        "South Korea approved a plan to provide 8 million US dollars to two UN agencies for "
        "humanitarian projects in North Korea."
    )
    assert not [t for t in found if t[2] == "USA"]
    assert ("KOR", "070", "PRK", "claimed") in triples(
        "Seoul said it would push for a separate shipment of domestic rice to the North."
    ) or ("KOR", "070", "PRK", "planned") in triples(
        "Seoul said it would push for a separate shipment of domestic rice to the North."
    )
    assert ("KOR", "040", "USA", "done") in triples("Seoul coordinated the aid with Washington.")
    assert ("USA", "040", "KOR", "done") in triples(
        "Trump voiced support for food assistance to the North in a phone call with Moon."
    )
    assert triples("Tokyo said it had no plans to provide food aid to the North.")[0][3] == (
        "negated"
    )


def test_trump_called_moon_asked_him_and_walked_away_refusing_a_demand() -> None:
    found = triples("Trump called Moon from Air Force One on Feb. 28.")
    assert ("USA", "040", "KOR", "done") in found
    assert [t for t in triples('Pyongyang called Trump a "dotard" on Friday.') if t[1] == "111"]
    found = triples(
        "Moon said Seoul would consult closely with Washington, days after Trump asked him to "
        "take on a bigger role as a mediator."
    )
    assert [t for t in found if t[:3] == ("USA", "020", "KOR")]
    found = triples(
        "At the summit, Trump walked away from the table after refusing the North's demand that "
        "most UN sanctions be lifted."
    )
    assert ("USA", "161", "PRK", "done") in found or ("USA", "161", None, "done") in found
    assert [t for t in found if t[:2] == ("USA", "120")]
    assert ("PRK", "100", "USA", "done") in found


def test_travelling_to_discuss_with_someone_is_a_planned_meeting_too() -> None:
    found = triples(
        "Seoul's nuclear envoy Lee Do-hoon will travel to Washington on Wednesday to discuss the "
        "outcome of the summit with Stephen Biegun."
    )
    assert ("KOR", "042", "USA", "planned") in found
    assert ("KOR", "040", "USA", "planned") in found


def test_the_two_koreas_on_their_own_ties_are_inter_korean_unless_military() -> None:
    [*_, r] = reports(
        "North Korea fired two missiles on Monday. Moon's office said he had sent a letter to "
        "Kim Jong Un."
    )
    assert (r.actor, r.target, r.tracks) == ("KOR", "PRK", ("inter-korean",))
    [r] = reports(
        "North and South Korean generals agreed on Friday to withdraw troops from 22 guard "
        "posts inside the Demilitarized Zone."
    )
    assert "denuclearization" in r.tracks


def test_at_their_summit_named_by_month_and_year_is_the_pairs_meeting() -> None:
    found = reports(
        "At their third summit in Pyongyang in September 2018, Moon and Kim agreed to normalize "
        "the Kaesong industrial complex."
    )
    met = [r for r in found if r.action == "040"]
    assert [(r.actor, r.target) for r in met] == [("KOR+PRK", "each-other")]
    assert (met[0].on.year, met[0].on.month) == (2018, 9)


def test_more_wire_verbs_hosting_giving_a_deadline_putting_forward_engaging() -> None:
    hosted = triples(
        "Kim's remarks came a day after Trump, hosting South Korean President Moon at the White "
        "House, said a third summit could happen."
    )
    assert [t for t in hosted if t[:3] == ("USA", "043", "KOR")]
    assert ("PRK", "100", "USA", "done") in triples(
        "Kim Jong Un has given the United States until the end of the year to come up with a new "
        "approach."
    )
    assert [t[:2] for t in triples("Moscow and Beijing put forward a joint roadmap in 2017.")] == [
        ("CHN+RUS", "030")
    ]
    found = triples(
        "A State Department spokeswoman said Washington remained ready to engage in talks with "
        "Pyongyang and was in close contact with Seoul."
    )
    assert ("USA", "036", "PRK", "claimed") in found
    assert [t for t in found if t[:3] == ("USA", "040", "KOR")]
    assert (
        triples('"Kim is buying time," said a former US negotiator, who asked not to be named.')
        == []
    )


def test_the_panel_of_experts_accuses_the_country_and_japan_welcomes_its_report() -> None:
    found = reports(
        "North Korea increased illegal ship-to-ship transfers in defiance of UN sanctions. The "
        "Panel of Experts, which monitors the sanctions, also accused the country of using "
        "cyberattacks on banks and cryptocurrency exchanges. Japan welcomed the report on "
        "Wednesday."
    )
    accused = [r for r in found if r.action == "112"]
    assert [(r.actor, r.target) for r in accused] == [("UN", "PRK")]
    assert "inter-korean" not in accused[0].tracks  # currency exchanges are no exchanges
    assert (found[-1].actor, found[-1].target) == ("JPN", "UN")


def test_a_call_on_all_member_states_names_no_target() -> None:
    found = triples(
        'The US called on all member states, "in particular those with long borders", to '
        "enforce the measures, a phrase diplomats said referred to China and Russia."
    )
    assert ("USA", "020", None, "done") in found


def test_a_visit_told_after_after_and_a_welcome_of_the_visit_made() -> None:
    found = reports(
        "Chinese President Xi Jinping returned home on Friday after a two-day state visit to "
        "North Korea. Xi is due to meet Trump in Osaka next week. Seoul welcomed the visit."
    )
    assert [(r.actor, r.action, r.target) for r in found if r.action == "042"] == [
        ("CHN", "042", "PRK")
    ]
    assert (found[-1].actor, found[-1].target) == ("KOR", "CHN+PRK")


def test_an_article_by_a_leader_in_a_newspaper_is_the_leaders() -> None:
    found = triples(
        "Xi's article in the North's Rodong Sinmun newspaper praised Pyongyang's correct direction."
    )
    assert found and found[0][0] == "CHN"


def test_what_is_discussed_is_no_party_and_a_telephone_conversation_is_a_meeting() -> None:
    found = triples(
        "Abe spoke to reporters after holding a telephone conversation with US President Donald "
        "Trump, during which the two leaders discussed North Korea's latest launch."
    )
    assert ("JPN", "040", "USA", "done") in found
    assert not [t for t in found if t[2] == "PRK"]


def test_european_members_call_a_council_meeting_and_their_statement_urges() -> None:
    found = triples(
        "The UN Security Council discussed North Korea's latest missile launches on Tuesday, "
        "after Britain, France and Germany called for the meeting. The three European members "
        "issued a joint statement after the session urging Pyongyang to engage in negotiations."
    )
    assert ("DEU+FRA+GBR", "020", "UN", "done") in found
    assert ("DEU+FRA+GBR", "020", "PRK", "done") in found


def test_a_participle_after_a_comma_shares_the_main_subject() -> None:
    found = triples(
        "In May, the Justice Department seized the North Korean cargo ship Wise Honest, accusing "
        "it of carrying coal in breach of sanctions."
    )
    assert ("USA", "112", "PRK", "done") in found
    assert triples(
        "The US warned the shipping industry in an advisory that it faced penalties."
    ) == [("USA", "130", None, "done")]


def test_ignoring_calls_seizing_on_an_overture_and_sanctions_in_response() -> None:
    found = triples(
        "The North has ignored Seoul's repeated calls for dialogue and cut off most contact."
    )
    assert ("PRK", "120", "KOR", "done") in found
    assert ("PRK", "161", "KOR", "done") in found
    assert not [t for t in found if t[0] == "KOR" and t[1] != "020"]  # the calls: a noun
    assert not [
        t
        for t in triples(
            "South Korea moved quickly to seize on an unexpected overture from Kim Jong Un."
        )
        if t[1] == "171"
    ]
    assert ("UN", "163", "PRK", "done") in triples(
        "The UN Security Council responded on Dec. 22 with new sanctions cutting the North's oil "
        "imports."
    )
    assert ("PRK", "030", "KOR", "done") in triples(
        "Seoul and Pyongyang have not met since 2015. Kim proposed that officials from both "
        "sides meet urgently."
    )


def test_they_of_the_last_pair_whose_clauses_and_high_level_talks() -> None:
    found = triples(
        "Moon and Kim met for the first time on April 27 in Panmunjom. They held a second, "
        "unannounced meeting a month later."
    )
    assert found.count(("KOR+PRK", "040", "each-other", "done")) == 2
    found = triples(
        "Moon, whose own parents fled the North during the war, urged Pyongyang to hold "
        "reunions more often."
    )
    assert ("KOR", "020", "PRK", "done") in found
    found = triples(
        "North and South Korea agreed on Monday to hold a third summit. The agreement came at "
        "high-level talks at Tongilgak."
    )
    assert ("KOR+PRK", "040", "each-other", "done") in found


def test_an_offer_to_host_an_inter_korean_summit_is_aimed_at_the_other_korea() -> None:
    found = triples(
        "Moon Jae-in, who met Trump at the White House on April 11, offered on Monday to host "
        "another inter-Korean summit."
    )
    assert ("KOR", "030", "PRK", "done") in found


def test_seouls_reaction_to_a_launch_stays_on_the_launchs_track() -> None:
    [*_, urge] = reports(
        "North Korea fired two short-range missiles on Tuesday. South Korea's National Security "
        "Council urged the North to stop actions that raise tension."
    )
    assert (urge.actor, urge.target) == ("KOR", "PRK")
    assert "denuclearization" in urge.tracks


def test_drills_stopped_or_called_off_and_a_decision_in_a_phone_call() -> None:
    found = triples(
        "Trump had announced after his first summit with Kim in Singapore that he would stop "
        'the "war games". In October the allies called off the Vigilant Ace air exercise.'
    )
    assert [t for t in found if t[:2] == ("USA", "087")]
    assert [t for t in found if t[:2] == ("KOR+USA", "087")]
    found = triples(
        "Acting US Defense Secretary Patrick Shanahan and South Korean Defence Minister Jeong "
        "Kyeong-doo made the decision in a telephone call on Saturday."
    )
    assert found == [("KOR+USA", "040", "each-other", "done")]
    assert [
        t[:2]
        for t in triples(
            "Russia, China and North Korea called on Tuesday for the UN Security Council to begin "
            "adjusting sanctions."
        )
    ] == [("CHN+PRK+RUS", "020")]


def test_what_a_demand_asks_is_no_act_of_its_own_even_when_the_demander_is_unnamed() -> None:
    found = triples(
        "Its state media has repeatedly demanded that Seoul break away from Washington and stop "
        "joint military drills."
    )
    assert not [t for t in found if t[1] == "087"]


def test_talks_called_off_and_a_meeting_of_the_working_group() -> None:
    assert ("PRK", "161", "KOR", "done") in triples(
        "Pyongyang abruptly called off high-level talks with Seoul scheduled for Wednesday."
    )
    found = triples(
        "Washington backed the request at a meeting of the allies' working group in Seoul on "
        "Friday."
    )
    assert ("KOR+USA", "040", "each-other", "done") in found


def test_denying_that_and_a_quoted_strike_drill() -> None:
    found = triples(
        "Tokyo lodged a protest with Seoul over the encounter. South Korea denied the next day "
        "that the destroyer had aimed its radar at the plane."
    )
    assert [t for t in found if t[:3] == ("KOR", "120", "JPN")]
    found = triples(
        'Kim Jong Un oversaw a "strike drill" of long-range multiple rocket launchers on Saturday.'
    )
    assert [t[:2] for t in found] == [("PRK", "150")]


def test_the_first_letters_of_every_verb_phrase_can_be_told() -> None:
    """A phrase whose first letters cannot be read from its pattern is tried at every word:
    right, but slow. None of the lexicon's is."""
    from tandem.domain.monitoring_lexicon import VERBS
    from tandem.domain.monitoring_verb_index import VerbIndex, first_letters

    assert VerbIndex(VERBS).anyhow == []
    assert {"re", "rei", "imp"} <= (first_letters(r"(?:re-?)?imposed?\s+sanctions") or set())
    assert first_letters(r"[Ss]ent|\w+ed") is None
    assert first_letters(r"is\s+to\s+visit") == {"is"}


def test_each_word_finds_the_phrase_one_alternation_of_them_all_would() -> None:
    """The index by first letters is only for speed: at every word of four wire batches,
    the phrase it finds is the one the whole lexicon, in order, finds."""
    from tandem.domain.monitoring_lexicon import VERBS
    from tandem.domain.monitoring_sentences import split_sentences
    from tandem.domain.monitoring_verb_index import VerbIndex, alternation
    from tandem.domain.monitoring_verbs import WORD_RE

    whole = alternation(VERBS, range(len(VERBS)))
    index = VerbIndex(VERBS)
    corpora = (Path(__file__).parents[1] / "data" / "monitoring").glob("wire-train-[a-e].jsonl")
    compared = found = 0
    for line in [line for c in corpora for line in c.read_text("utf-8").splitlines()]:
        for sentence in split_sentences(json.loads(line)["text"]):
            for word in WORD_RE.finditer(sentence):
                phrases = index.for_word(word.group())
                got = phrases.match(sentence, word.start()) if phrases else None
                want = whole.match(sentence, word.start())
                pair = (got.lastgroup, got.end()) if got else None
                assert pair == ((want.lastgroup, want.end()) if want else None)
                compared += 1
                found += want is not None
    assert compared > 5000 and found > 300, (compared, found)


def test_a_statement_signed_by_two_leaders_and_its_welcome() -> None:
    found = triples(
        "South Korean President Moon Jae-in welcomed the joint statement signed by US President "
        "Donald Trump and North Korean leader Kim Jong Un in Singapore on Tuesday."
    )
    assert ("KOR", "051", "PRK+USA", "done") in found
    assert ("PRK+USA", "057", "each-other", "done") in found
    assert ("USA", "051", "KOR", "done") in triples(
        "Seoul's decision, welcomed by Washington, came on Friday."
    )


def test_the_partner_in_a_drill_is_no_target() -> None:
    found = triples('Trump said Washington would stop the "war games" it holds with South Korea.')
    assert [t for t in found if t[:3] == ("USA", "087", None)]
    assert ("KOR+USA", "087", "PRK", "done") in triples(
        "The United States and South Korea suspended a joint air exercise on Monday to support "
        "diplomacy with Pyongyang."
    )


def test_talks_with_two_titled_ministers_the_three_and_a_letter_handed() -> None:
    found = triples(
        "Pompeo held talks in Tokyo with Japanese Foreign Minister Taro Kono and South Korean "
        "Foreign Minister Kang Kyung-wha. The three ministers agreed to keep sanctions in place."
    )
    assert ("USA", "040", "JPN+KOR", "done") in found
    assert [t for t in found if t[0] == "JPN+KOR+USA"]
    assert ("USA", "010", "PRK", "done") in triples(
        "Pompeo handed Kim Yong Chol a letter from Trump."
    )
    assert ("USA", "120", "PRK", "done") in triples(
        "North Korea accused the US of gangster-like demands. Pompeo brushed off the criticism."
    )


def test_an_agreement_signed_with_someone_and_an_accord_signed_on_a_day_by_two() -> None:
    assert ("KOR", "057", "PRK", "done") in triples(
        "South Korea's defence ministry began briefing lawmakers on a military agreement signed "
        "with North Korea in Pyongyang a day earlier."
    )
    found = triples(
        "The accord, signed on Wednesday by South Korean Defence Minister Song Young-moo and his "
        "North Korean counterpart No Kwang Chol, calls for talks."
    )
    assert [t for t in found if t[:2] == ("KOR+PRK", "057")]


def test_calling_a_summit_exciting_is_praise_and_the_leaders_of_a_panmunjom_declaration() -> None:
    found = triples(
        'Kim and Moon met in Pyongyang on Wednesday. Trump called the summit "very exciting".'
    )
    assert [t for t in found if t[:2] == ("USA", "051")]
    found = triples(
        "The US welcomed the outcome. The agreement follows the April 27 Panmunjom declaration, "
        "in which the two leaders vowed to stop all hostile acts along the frontier."
    )
    assert [t for t in found if t[0] == "KOR+PRK"]


def test_urging_companies_names_no_target() -> None:
    # (its own citizens are no counterpart at all: see the appeal to one's own ranks below)
    assert triples("Washington urged shipping companies to check their cargoes.") == [
        ("USA", "020", None, "done")
    ]


def test_a_summit_agreed_for_a_date_is_planned_and_not_the_one_held_before() -> None:
    found = triples(
        "South and North Korea agreed on Thursday to hold a summit between President Moon Jae-in "
        "and leader Kim Jong Un on April 27. The two Koreas held their previous summits in "
        "Pyongyang in 2000 and 2007."
    )
    assert ("KOR+PRK", "040", "each-other", "planned") in found
    assert ("KOR+PRK", "040", "each-other", "done") in found
    assert len([t for t in found if t[1] == "040"]) == 2


def test_an_agreement_to_meet_someone_is_aimed_at_them_not_at_who_announced_it() -> None:
    found = triples(
        "US President Donald Trump has agreed to meet North Korean leader Kim Jong Un by May, "
        "South Korea's national security adviser Chung Eui-yong announced on Thursday."
    )
    assert found[0][:3] == ("USA", "030", "PRK")
    found = triples(
        "Chung told reporters that Kim was eager. Trump, he said, appreciated the briefing and "
        "would meet Kim soon."
    )
    assert ("USA", "040", "PRK", "planned") in found
    found = triples(
        "Chung Eui-yong met Trump. Chung is due to fly to Beijing and Moscow next week to brief "
        "Chinese and Russian officials."
    )
    assert ("KOR", "040", "CHN+RUS", "planned") in found
    assert not [t for t in found if t[0] in ("CHN", "RUS")]


def test_open_to_talks_is_aimed_at_the_other_side_and_its_toughest_sanctions() -> None:
    found = triples(
        "The North cancelled the meeting with Pence. Nauert said the United States remained "
        "open to talks."
    )
    assert ("USA", "036", "PRK", "claimed") in found
    assert [
        t
        for t in triples(
            "Pence announced that Washington would soon unveil its toughest sanctions yet on the "
            "North."
        )
        if t[:3] == ("USA", "163", "PRK")
    ]


def test_an_act_told_on_two_days_is_two_reports_and_last_year_is_last_year() -> None:
    found = reports(
        "The North has since fired short-range missiles on May 4 and May 9.", date(2019, 6, 11)
    )
    assert [(r.action, r.on) for r in found] == [
        ("X01", date(2019, 5, 4)),
        ("X01", date(2019, 5, 9)),
    ]
    [r] = reports("Kim and Trump first met in Singapore on June 12 last year.", date(2019, 7, 1))
    assert r.on == date(2018, 6, 12)


def test_un_envoys_of_a_state_the_council_named_again_and_what_the_north_called_a_test() -> None:
    found = triples(
        "The UN Security Council met on Wednesday. Kim Song, North Korea's UN ambassador, had "
        "warned council members in a letter on Dec. 4."
    )
    assert ("PRK", "130", "UN", "done") in found
    found = triples(
        'The meeting followed what the North called a "very important test" on Saturday.'
    )
    assert not [t for t in found if t[1] in ("051", "111")]
    assert [
        t[:2]
        for t in triples(
            "North Korea tested what it called a new multiple rocket launcher on Wednesday."
        )
    ] == [("PRK", "X01")]
    assert triples("Pompeo urged all countries on Friday to keep enforcing UN sanctions.") == [
        ("USA", "020", None, "done")
    ]


def test_met_again_is_a_second_meeting_and_a_month_and_year_dates_it() -> None:
    found = reports(
        "Kim and Trump first met in Singapore in June 2018 and again in Hanoi in February 2019.",
        date(2019, 6, 11),
    )
    assert [(r.actor, r.action, r.on) for r in found] == [
        ("PRK+USA", "040", date(2018, 6, 12)),  # the Singapore summit's day (the calendar)
        ("PRK+USA", "040", date(2019, 2, 1)),
    ]
    found = reports("Moon met Kim on April 27 and again on May 26.", date(2018, 6, 1))
    assert [r.on for r in found] == [date(2018, 4, 27), date(2018, 5, 26)]


def test_by_urging_abe_said_that_he_and_the_summit_between_the_two_countries() -> None:
    found = triples(
        "Moon Jae-in marked the first anniversary of his first summit with North Korean leader "
        "Kim Jong Un by urging Pyongyang to return to talks."
    )
    assert ("KOR", "020", "PRK", "done") in found
    found = triples(
        "Abe said on May 6, after a phone call with US President Donald Trump, that he was ready "
        "to meet Kim Jong Un."
    )
    assert ("JPN", "036", "PRK", "claimed") in found
    found = triples(
        "Japanese and North Korean officials did not meet in Ulaanbaatar. The last summit "
        "between the two countries was held in September 2002, when Prime Minister Junichiro "
        "Koizumi travelled to Pyongyang."
    )
    assert ("JPN+PRK", "040", "each-other", "done") in found
    assert ("JPN", "042", "PRK", "done") in found
    assert not [
        t
        for t in triples(
            "Kono held a brief conversation with Ri Yong Ho at a regional meeting in Singapore."
        )
        if t[0] == "PRK+USA"
    ]


def test_a_signing_by_ministers_of_two_koreas_a_stated_year_and_shelling() -> None:
    found = triples(
        "The change follows a military agreement signed by the defence ministers of the two "
        "Koreas on Sept. 19."
    )
    assert [t for t in found if t[:2] == ("KOR+PRK", "057")]
    [r] = reports("North Korea shelled the South Korean island of Yeonpyeong on Nov. 23, 2010.")
    assert (r.actor, r.action, r.target, r.on) == ("PRK", "190", "KOR", date(2010, 11, 23))


def test_the_object_of_a_relative_clause_and_a_rejected_accusation() -> None:
    found = triples(
        "Tokyo and Seoul quarrelled over a South Korean destroyer that Tokyo accused on Dec. 21 "
        "of locking its radar on a Japanese plane. On Jan. 4, Seoul rejected the accusation."
    )
    assert ("JPN", "112", "KOR", "done") in found
    assert ("KOR", "120", "JPN", "done") in found


def test_a_warning_joined_to_a_meeting_is_aimed_at_whom_was_met_and_gsomia_is_with_japan() -> None:
    found = triples(
        "Esper met President Moon Jae-in on Friday and warned that ending the pact with Japan "
        "would only benefit China."
    )
    assert ("USA", "130", "KOR", "done") in found
    found = triples(
        "Seoul announced on Aug. 22 that it would terminate the General Security of Military "
        "Information Agreement."
    )
    assert found and found[0][2] == "JPN"


def test_a_head_before_a_relative_clause_and_a_visit_joined_by_an_adverb() -> None:
    found = triples("Moon, who had accompanied Trump to the border, also briefly met Kim.")
    assert found == [("KOR", "040", "PRK", "done")]
    found = triples(
        "Trump met Kim Jong Un at the border on Sunday and briefly stepped into the North, "
        "hours after holding talks with President Moon Jae-in in Seoul."
    )
    assert ("USA", "042", "PRK", "done") in found
    assert ("USA", "040", "KOR", "done") in found
    assert not [t for t in found if t[0] == "PRK"]


def test_the_inter_korean_border_is_a_place_not_a_track() -> None:
    [r] = reports("Trump and Kim met at the inter-Korean border on June 30.")
    assert r.tracks == ("denuclearization",)


def test_an_inspected_submarine_and_the_allies_drills_are_military_steps() -> None:
    [r] = reports(
        "Kim Jong Un inspected a large, newly built submarine at Sinpo, state media said on "
        "Tuesday, prompting Seoul to urge restraint."
    )[:1]
    assert (r.actor, r.action, r.target) == ("PRK", "150", None)
    [r] = reports("The United States and South Korea postponed their spring military drills.")
    assert (r.actor, r.action, r.tracks) == ("KOR+USA", "087", ("denuclearization",))


def test_a_reaction_prompted_by_a_military_act_is_on_its_track() -> None:
    found = reports(
        "Kim Jong Un inspected a newly built submarine, prompting Seoul to urge Pyongyang to "
        "refrain from any step that could raise tension."
    )
    [urge] = [r for r in found if r.action == "020"]
    assert (urge.actor, urge.target, urge.tracks) == ("KOR", "PRK", ("denuclearization",))


def test_a_visit_for_talks_is_a_visit_and_talks_and_a_test_described_as_a_launch_is_none() -> None:
    found = triples(
        "Pompeo travelled to Pyongyang on July 6 for talks with North Korean officials."
    )
    assert ("USA", "042", "PRK", "done") in found and ("USA", "040", "PRK", "done") in found
    found = triples(
        "North Korea warned on Saturday, two days after Abe described the North's latest weapons "
        "test as a ballistic missile launch."
    )
    assert [t[:2] for t in found] == [("PRK", "130")]


def test_a_project_opened_by_both_and_a_subject_before_which_said_it_supported() -> None:
    [r] = reports("The liaison office was opened jointly by the two Koreas on Sept. 14, 2018.")
    assert (r.actor, r.action, r.target, r.on) == (
        "KOR+PRK",
        "061",
        "liaison-office",
        date(2018, 9, 14),
    )
    found = triples(
        "The United States, which was briefed by Seoul on Wednesday, said on Thursday it "
        "supported South Korea's efforts to engage the North."
    )
    assert [t for t in found if t[:3] == ("USA", "051", "KOR")]
    assert not [t for t in found if t[0] == "KOR" and t[1] != "040"]


def test_a_pullout_is_of_staff_not_of_sanctions() -> None:
    found = triples(
        "North Korea pulled its staff out of the liaison office on Friday. Trump said he had "
        "ordered the withdrawal of additional sanctions. South Korea called the pullout "
        '"regrettable".'
    )
    assert ("KOR", "111", "PRK", "done") in found


def test_the_two_sides_named_later_and_the_leaders_of_the_story() -> None:
    found = triples(
        "Xi and Kim exchanged messages on Sunday. The two sides had agreed to resume talks when "
        "Trump and Kim met at the border on June 30."
    )
    assert ("PRK+USA", "030", "each-other", "done") in found
    assert not [t for t in found if t[0] == "CHN+PRK" and t[1] == "030"]
    found = triples(
        "Moon and Abe met on Monday. The leaders had last held formal talks in New York in 2018."
    )
    assert found.count(("JPN+KOR", "040", "each-other", "done")) == 2


def test_calling_for_after_a_meeting_is_aimed_at_whom_was_met_and_a_capital_is_a_place() -> None:
    found = triples("Lee Nak-yon met Abe in Tokyo on Oct. 24, calling for an early end to the row.")
    assert ("KOR", "020", "JPN", "done") in found
    found = triples(
        "Kim Myong Gil walked out of the talks with US officials in the Swedish capital."
    )
    assert found == [("PRK", "161", "USA", "done")]


def test_due_in_a_capital_is_a_planned_visit_and_letting_a_pact_expire() -> None:
    [r] = [
        r
        for r in reports(
            "Mark Esper is due in Seoul on Nov. 15 for security talks.", date(2019, 11, 4)
        )
        if r.action == "042"
    ]
    assert (r.actor, r.action, r.target, r.modality, r.on) == (
        "USA",
        "042",
        "KOR",
        "planned",
        date(2019, 11, 15),
    )
    found = triples("Seoul said it would let an intelligence-sharing pact with Japan expire.")
    assert ("KOR", "161", "JPN", "planned") in found


def test_stalled_since_a_dated_meeting_is_that_meeting() -> None:
    [r] = reports(
        "Talks between the United States and the North have been stalled since a meeting in "
        "Stockholm on Oct. 5 last year.",
        date(2020, 4, 14),
    )
    assert (r.actor, r.target, r.on) == ("PRK+USA", "each-other", date(2019, 10, 5))
    assert triples("Talks between the two Koreas have stalled since the Hanoi summit.") == []


def test_dinner_with_a_stated_year_on_a_summit_and_a_sixth_nuclear_test() -> None:
    found = triples("Ivanka Trump had dinner with Moon at the Blue House on Friday.")
    assert found == [("USA", "040", "KOR", "done")]
    assert triples("Moon called for talks between Pyongyang and Washington to begin soon.") == [
        ("KOR", "020", "PRK+USA", "done")
    ]
    [r] = reports("The last inter-Korean summit opened in Pyongyang on Oct. 2, 2007.")
    assert r.on == date(2007, 10, 2)
    [r] = reports("The North conducted its sixth and most powerful nuclear test on Sept. 3.")
    assert (r.actor, r.action) == ("PRK", "X02")


def test_a_declaration_signed_before_a_comma_is_not_signed_on_the_project_after_it() -> None:
    found = triples(
        "Moon and Kim met at Panmunjom. In a joint declaration signed by the two leaders, the two "
        "sides agreed to open a liaison office in Kaesong."
    )
    assert ("KOR+PRK", "057", "each-other", "done") in found


def test_a_verb_on_the_talks_is_aimed_at_the_other_party_of_the_story() -> None:
    found = triples(
        "North Korean and US negotiators met in Stockholm on Saturday. The North's chief "
        "negotiator broke off the talks after eight hours. The North had proposed the talks on "
        "Oct. 1."
    )
    assert ("PRK", "161", "USA", "done") in found
    assert ("PRK", "030", "USA", "done") in found


def test_a_new_round_of_talks_travelling_on_to_and_talks_after_which() -> None:
    found = triples(
        "South Korean and US negotiators opened a new round of talks in Washington on Tuesday."
    )
    assert found == [("KOR+USA", "046", "each-other", "done")]
    found = triples("Biegun will fly to Tokyo on Tuesday and travel on to Beijing on Thursday.")
    assert [t[2] for t in found] == ["JPN", "CHN"]
    found = triples("Biegun made the appeal after talks with Foreign Minister Kang Kyung-wha.")
    assert ("USA", "040", "KOR", "done") in found


def test_a_welcome_of_the_summit_is_aimed_at_its_parties_whatever_follows() -> None:
    found = triples(
        "Trump and Kim met at a summit in Singapore. They signed a joint statement in which "
        "Kim committed to work toward denuclearisation. Abe welcomed the summit as a first "
        "step toward resolving the issues surrounding the North. Moon, who spoke with Trump "
        "after the summit, hailed it as historic."
    )
    assert ("PRK", "030", "USA", "done") in found
    assert ("JPN", "051", "PRK+USA", "done") in found
    assert ("KOR", "051", "PRK+USA", "done") in found


def test_halting_what_he_called_war_games() -> None:
    found = triples('Trump said Washington would halt what he called "war games" with Seoul.')
    assert [t[:2] for t in found] == [("USA", "087")]


def test_returning_or_flying_on_to_a_capital_and_a_handover_of_remains() -> None:
    found = triples("Pompeo flew on to Tokyo on Saturday. He is expected to return to Pyongyang.")
    assert [t[:3] for t in found] == [("USA", "042", "JPN"), ("USA", "042", "PRK")]
    found = triples(
        "North Korea handed over on Friday 55 cases of what are believed to be the remains of US "
        "soldiers. Moon welcomed the handover."
    )
    assert ("PRK", "084", "USA", "done") in found
    assert ("KOR", "051", "PRK", "done") in found


def test_steps_taken_by_both_the_removal_completed_and_the_two_korean_leaders() -> None:
    found = triples(
        "The Pentagon said it supported the steps taken along the border by the two Koreas."
    )
    assert [t[:3] for t in found] == [("USA", "051", "KOR+PRK")]
    found = triples('He called them "very provocative", a term long used by Pyongyang.')
    assert not [t for t in found if t[2] == "PRK"]
    found = triples("The two Koreas completed the removal of landmines from the JSA on Oct. 25.")
    assert [t[:2] for t in found] == [("KOR+PRK", "087")]
    found = triples("The two Korean leaders first met at Panmunjom on April 27.")
    assert found == [("KOR+PRK", "040", "each-other", "done")]


def test_a_rebuilt_launch_site_an_announced_moratorium_and_at_the_hanoi_summit() -> None:
    [r] = reports("North Korea has rebuilt an engine test stand at its Sohae launch site.")
    assert (r.actor, r.action) == ("PRK", "150")
    [r] = reports("The North announced the moratorium on April 20 last year.", date(2019, 3, 15))
    assert (r.actor, r.action, r.on) == ("PRK", "087", date(2018, 4, 20))
    found = reports("At the Hanoi summit, Kim offered to dismantle Yongbyon.", date(2019, 3, 15))
    assert [(r.actor, r.target, r.on) for r in found if r.action == "040"] == [
        ("PRK+USA", "each-other", date(2019, 2, 27))
    ]


def test_a_teller_across_an_apposition_and_the_unification_ministry() -> None:
    found = triples(
        "Kim had told Trump at their first summit, held in Singapore on June 12 last year, that "
        "he would destroy a missile engine testing site."
    )
    assert not [t for t in found if t[0] == "USA" and t[1] != "040"]
    [r] = reports("The unification ministry in Seoul urged the North to keep its pledge.")
    assert (r.actor, r.target) == ("KOR", "PRK")


def test_called_a_long_title_a_quoted_insult_and_launches_are_military() -> None:
    found = triples(
        "North Korea fired two projectiles on Saturday, a day after its foreign minister called "
        'US Secretary of State Mike Pompeo a "diehard toxin" of American diplomacy.'
    )
    assert ("PRK", "111", "USA", "done") in found
    [r] = reports("Seoul urged Pyongyang to halt the launches.")
    assert r.tracks == ("denuclearization",)
    [r] = reports('Kim called the ties between the two countries "invincible".')
    assert r.action == "051"


def test_their_first_formal_talks_a_parade_ruling_out_and_and_on_a_date_it() -> None:
    found = triples(
        "The two Koreas agreed to the visit at their first formal talks in two years, held at "
        "Panmunjom on Jan. 9."
    )
    assert ("KOR+PRK", "040", "each-other", "done") in found
    [r] = reports("The North staged a large military parade in Pyongyang on Thursday.")
    assert (r.actor, r.action) == ("PRK", "150")
    [r] = reports("Kim Yo Jong ruled out on July 10 any deal with the United States.")
    assert (r.actor, r.action, r.target) == ("PRK", "120", "USA")
    found = triples(
        "The North refused in July to accept rice that Seoul had offered, and on Oct. 25 it "
        "demanded that the South tear down the hotels."
    )
    assert ("PRK", "100", "KOR", "done") in found
    assert not [t for t in found if t[:2] == ("KOR", "100")]


def test_a_complaint_between_allies_is_their_coordination_and_their_support_is_the_step() -> None:
    found = reports(
        "The two Koreas signed a military agreement on Sept. 19. Pompeo complained about the "
        "no-fly zone in a phone call with Seoul's foreign minister on Sept. 17."
    )
    [complaint] = [r for r in found if r.action in ("111", "114")]
    assert complaint.tracks == ("alliance-coordination",)
    found = reports(
        "Seoul said it would open a liaison office with the North. The United States said it "
        "supported Seoul's decision."
    )
    [support] = [r for r in found if r.action == "051"]
    assert support.tracks == ("inter-korean",)


def test_a_participle_between_subject_and_verb_and_talks_named_after_for() -> None:
    found = triples(
        "Trump, speaking after his summit with Kim Jong Un in Singapore, announced that he would "
        "halt the drills."
    )
    assert ("USA", "087", None, "planned") in found
    found = triples(
        "Jeong Kyeong-doo will travel to Washington on Oct. 31 for the annual security talks."
    )
    # the talks a planned trip is for are the trip (test_the_talks_a_planned_trip_is_for_…)
    assert ("KOR", "042", "USA", "planned") in found


def test_the_koreas_generals_are_a_military_step_and_a_meeting_at_a_resort_is_with_each_other() -> (
    None
):
    found = reports(
        "North and South Korean generals agreed on Thursday to restore military communication "
        "lines along their western sea border."
    )
    assert found[0].tracks == ("denuclearization",)
    found = triples(
        "The two Koreas agreed to hold reunions. Red Cross officials from both sides are due to "
        "meet at the Mount Kumgang resort on June 22."
    )
    assert ("KOR+PRK", "040", "each-other", "planned") in found
    [r] = reports("The western military hotline was cut by the North on Feb. 11, 2016.")
    assert (r.actor, r.action, r.on) == ("PRK", "161", date(2016, 2, 11))


def test_easing_travel_to_the_north_a_dated_passive_and_their_working_group() -> None:
    found = triples(
        "Biegun said Washington would ease its restrictions on travel to the North by aid workers."
    )
    assert found == [("USA", "085", "PRK", "planned")]
    found = triples("Moon travelled to Beijing on Dec. 13.")
    assert found == [("KOR", "042", "CHN", "done")]
    found = triples(
        "The survey, agreed on Sept. 19 by Moon Jae-in and Kim Jong Un, had been held up."
    )
    assert [t[:2] for t in found] == [("KOR+PRK", "030")]
    found = triples(
        "South Korea and the United States agreed on aid at the second meeting of their working "
        "group on Thursday."
    )
    assert ("KOR+USA", "040", "each-other", "done") in found


def test_a_dated_test_told_as_a_noun_and_a_vote_for_the_last_round_of_sanctions() -> None:
    found = reports(
        "China voted for the last round of UN sanctions, adopted on Dec. 22 after the North's "
        "sixth nuclear test on Sept. 3.",
        date(2018, 3, 28),
    )
    assert [(r.actor, r.action, r.on, r.tracks) for r in found if r.action == "X02"] == [
        ("PRK", "X02", date(2017, 9, 3), ("denuclearization",))
    ]
    assert [r.action for r in found if r.actor == "CHN"] == ["163"]
    assert triples("The North's nuclear test program worries Seoul.") == []


def test_a_visit_to_the_place_named_before_during_a_visit() -> None:
    found = triples("Kim Jong Un held talks with Xi Jinping in Beijing during a secret visit.")
    assert ("PRK", "042", "CHN", "done") in found
    assert triples("Kim Jong Un spoke during a visit by the Chinese envoy.") == []


def test_what_holds_until_another_acts_is_no_act_and_is_also_due_to() -> None:
    found = triples(
        "The two leaders agreed on keeping sanctions in place until the North dismantled its "
        "nuclear programme."
    )
    assert not [t for t in found if t[0] == "PRK"]
    [r] = reports("Moon is also due to hold talks with Xi in Osaka on June 27.", date(2019, 6, 21))
    assert (r.modality, r.on) == ("planned", date(2019, 6, 27))


def test_at_a_summit_with_and_at_the_end_of_a_visit() -> None:
    found = triples(
        "Pyongyang admitted at a summit with Prime Minister Junichiro Koizumi on Sept. 17, 2002, "
        "that it had abducted 13 Japanese."
    )
    assert ("PRK", "040", "JPN", "done") in found
    found = triples("Wang Yi met Kim Jong Un in Pyongyang at the end of a two-day visit.")
    assert ("CHN", "042", "PRK", "done") in found


def test_would_press_and_a_coming_three_way_summit() -> None:
    found = triples(
        "Japanese officials said Tokyo would press Beijing to keep enforcing sanctions during a "
        "three-way summit with China and South Korea in Tokyo on May 9."
    )
    assert ("JPN", "020", "CHN", "planned") in found
    assert ("CHN+JPN+KOR", "040", "each-other", "planned") in found
    assert triples("Reporters asked questions at the press conference.") == []


def test_a_refusal_to_talk_initialled_deals_and_support_as_a_noun() -> None:
    found = triples(
        "North Korea said it had nothing more to discuss with South Korea and would not sit down "
        "with its officials again."
    )
    assert [t[:3] for t in found] == [("PRK", "125", "KOR")]
    assert triples("Pompeo did not meet Kim during the trip.") == [("USA", "040", "PRK", "negated")]
    found = triples("South Korea and the United States initialled a one-year deal on Sunday.")
    assert [t[:2] for t in found] == [("KOR+USA", "057")]
    found = triples(
        "The State Department said it reflected South Korea's strong support for the alliance."
    )
    assert found == []
    [r] = reports("The park was closed by Seoul on Feb. 10, 2016.")
    assert (r.actor, r.action, r.on) == ("KOR", "161", date(2016, 2, 10))


def test_agreeing_on_two_projects_is_with_each_other() -> None:
    found = triples(
        "Moon and Kim agreed at their summit to reopen the Kaesong industrial park and resume "
        "tours to the Mount Kumgang resort."
    )
    assert ("KOR+PRK", "030", "each-other", "done") in found
    found = triples("The two Koreas agreed to reconnect their railways.")
    assert ("KOR+PRK", "030", "rail-links", "done") in found


def test_an_ordered_removal_a_halt_by_seoul_and_a_proposal_on_a_date_that() -> None:
    found = triples("Kim Jong Un ordered the removal of the South Korean-built hotels.")
    assert found == [("PRK", "161", "KOR", "done")]
    [r] = reports("The tours were halted by Seoul on July 12, 2008.")
    assert (r.actor, r.action, r.on) == ("KOR", "161", date(2008, 7, 12))
    found = triples("The South proposed on Oct. 28 that the two sides hold working-level talks.")
    assert [t[:2] for t in found] == [("KOR", "030")]


def test_a_deadline_given_until_the_end_of_the_year_and_a_declared_moratorium() -> None:
    found = triples(
        "In a speech on April 12, Kim gave Washington until the end of the year to come up with "
        "a more flexible approach."
    )
    assert [t[:3] for t in found] == [("PRK", "100", "USA")]
    found = triples("Kim declared the moratorium at a party meeting on April 20.")
    assert [t[:2] for t in found] == [("PRK", "087")]


def test_the_two_the_head_before_who_and_talks_with_those_named_on_a_visit() -> None:
    found = triples(
        "Kang Kyung-wha spoke by phone with Mike Pompeo on Friday and the two agreed to keep up "
        "close coordination on North Korea."
    )
    assert ("KOR+USA", "030", "each-other", "done") in found
    found = triples(
        "Kim, who hosted Pompeo in Pyongyang in May, arrived in Beijing on Tuesday for his third "
        "visit to China this year."
    )
    assert not [t for t in found if t[:2] == ("USA", "042")]
    found = triples(
        "Stephen Biegun will travel to Sweden this weekend for working-level talks with North "
        "Korean officials."
    )
    assert ("USA", "040", "PRK", "planned") in found


def test_an_absolute_with_clause_and_demands_as_a_noun() -> None:
    found = triples(
        "Pompeo's previous visit, in early July, ended with North Korea accusing Washington of "
        "making demands."
    )
    assert found == [("PRK", "112", "USA", "done")]
    assert triples("North Korea demands that Seoul stop the drills.") == [
        ("PRK", "100", "KOR", "done")
    ]


def test_has_yet_to_regret_over_the_statement_and_destroyed_posts() -> None:
    found = triples(
        "Kim has yet to visit Seoul, a trip he pledged at the September summit to make before "
        "the end of the year."
    )
    assert ("PRK", "042", "KOR", "negated") in found
    assert ("PRK", "030", "KOR", "done") in found
    found = triples(
        "The North's committee accused Moon of hypocrisy. The allies began a joint exercise on "
        "Aug. 11. The Unification Ministry expressed regret over the statement."
    )
    assert ("KOR", "111", "PRK", "done") in found
    [r] = reports("The two Koreas destroyed 10 of their posts by Nov. 30.")
    assert (r.actor, r.action) == ("KOR+PRK", "087")


def test_whose_trip_with_the_north_accusing_and_tightened_measures() -> None:
    found = triples(
        "Pompeo, whose last trip to Pyongyang on July 6-7 ended with the North accusing him of a "
        "gangster-like demand, is expected to return."
    )
    assert ("USA", "042", "PRK", "done") in found
    assert ("PRK", "112", "USA", "done") in found
    assert not [t for t in found if t[1] == "100"]
    found = triples(
        "The Security Council tightened the measures on Dec. 22, capping the North's imports."
    )
    assert [t[:3] for t in found] == [("UN", "163", "PRK")]


def test_the_three_countries_a_notice_demanding_and_whose_the_sanctioned_are() -> None:
    found = triples(
        "North Korea's ambassador accused Britain, France and Germany of a provocation, two days "
        "after the three countries condemned the launch."
    )
    assert [t[0] for t in found if t[1] == "111"] == ["DEU+FRA+GBR"]
    found = triples(
        "On Friday, the North sent a notice demanding that Seoul take its property away."
    )
    assert ("PRK", "100", "KOR", "done") in found
    found = triples("Kim Jong Un ordered the facilities built by the South to be removed.")
    assert found == [("PRK", "161", "KOR", "done")]
    found = triples(
        "The US Treasury imposed sanctions on three hacking groups controlled by North Korea's "
        "intelligence agency."
    )
    assert found == [("USA", "163", "PRK", "done")]
    assert triples("The bureau is already on US and UN blacklists.") == []


def test_capped_imports_the_councils_committee_a_positive_sign_and_wrapped_up_talks() -> None:
    found = triples("The UN Security Council capped North Korea's imports of refined petroleum.")
    assert found == [("UN", "163", "PRK", "done")]
    found = triples(
        "The Security Council met on Monday. Washington asked the council's sanctions committee "
        "on July 12 to order an immediate halt to all such deliveries."
    )
    assert ("USA", "020", "UN", "done") in found
    assert [t[1] for t in triples("Trump welcomed the statement as a positive sign.")] == ["051"]
    found = triples(
        "Pompeo and Kim Yong Chol wrapped up two days of talks in New York on Thursday."
    )
    assert found == [("PRK+USA", "040", "each-other", "done")]


def test_a_reaction_to_talks_named_by_their_place() -> None:
    found = triples(
        "Pompeo and Kim Yong Chol held talks in New York on Thursday. In Pyongyang, Kim Jong Un "
        "held talks with Sergei Lavrov on Thursday. Seoul welcomed the New York talks."
    )
    assert ("KOR", "051", "PRK+USA", "done") in found


def test_called_the_move_regrettable_criticised_designations_and_turned_the_offer_down() -> None:
    found = triples(
        "North Korea withdrew its officials from the liaison office on Friday. Vice Unification "
        "Minister Chun Hae-sung called the move regrettable."
    )
    assert ("KOR", "111", "PRK", "done") in found
    found = triples(
        "The United States blacklisted two Chinese shipping companies on Thursday. China's "
        "foreign ministry criticised the designations on Friday."
    )
    assert ("CHN", "111", "USA", "done") in found
    found = triples("Ri said the US side had turned the offer down.")
    assert [t[:2] for t in found] == [("USA", "120")]
    found = triples(
        "Officials from Seoul and Washington will hold the first meeting of a new working group "
        "later this month."
    )
    assert ("KOR+USA", "040", "each-other", "planned") in found


def test_their_summit_in_hanoi_a_plan_of_another_and_it_after_after() -> None:
    found = reports(
        "Kim and Trump first met in Singapore on June 12 last year. Their second summit, in "
        "Hanoi, ended without a deal on Feb. 28.",
        date(2019, 4, 13),
    )
    assert [(r.actor, r.on) for r in found] == [
        ("PRK+USA", date(2018, 6, 12)),
        ("PRK+USA", date(2019, 2, 27)),
    ]
    found = triples(
        "Trump expressed support for Seoul's plan to provide humanitarian aid to the North."
    )
    assert ("KOR", "070", "PRK", "planned") in found
    found = triples(
        "North Korea said it had no intention of talking to South Korea unless Seoul called off "
        "its drills, a day after it fired two more short-range missiles."
    )
    assert [t[0] for t in found if t[1] == "X01"] == ["PRK"]


def test_they_are_those_who_acted_together_in_the_sentence_before() -> None:
    found = triples(
        "The allies began a scaled-down exercise on Aug. 5. They suspended their large summer "
        "drills on June 19 last year."
    )
    assert [t[0] for t in found] == ["KOR+USA", "KOR+USA"]


def test_ready_to_talk_with() -> None:
    found = triples(
        "Pence said Washington was ready to talk with Pyongyang while keeping up pressure."
    )
    assert found == [("USA", "036", "PRK", "claimed")]
    assert triples("The talks with Pyongyang stalled.") == []


def test_seouls_security_council_speaks_of_military_matters_and_generals_talk_them() -> None:
    [r] = reports(
        "South Korea's National Security Council urged Pyongyang to stop actions that raise "
        "tension."
    )
    assert r.tracks == ("denuclearization",)
    found = reports("North Korea blew up the office, South Korea's Joint Chiefs of Staff said.")
    assert all(r.tracks == ("inter-korean",) for r in found if r.target == "KOR")


def test_who_said_he_was_its_rocket_launch_and_agreed_at_talks_between() -> None:
    found = triples(
        "Moon flew to Washington on April 11 for talks with Trump, who said he was open to a "
        "third meeting with Kim."
    )
    assert ("USA", "036", "PRK", "claimed") in found
    found = reports(
        "Seoul shut the park in response to the North's fourth nuclear test on Jan. 6 and its "
        "long-range rocket launch on Feb. 7.",
        date(2016, 3, 1),
    )
    assert [(r.action, r.on) for r in found if r.actor == "PRK"] == [
        ("X02", date(2016, 1, 6)),
        ("X01", date(2016, 2, 7)),
    ]
    found = triples(
        "The handover had been agreed on July 15 at talks between US and North Korean military "
        "officers."
    )
    assert ("PRK+USA", "030", "each-other", "done") in found


def test_a_dated_test_firing_talks_on_a_date_and_chiefs_of_three_states() -> None:
    found = reports(
        "The three European members condemned the test-firing of a new submarine-launched "
        "ballistic missile on Oct. 2.",
        date(2019, 10, 10),
    )
    assert [(r.actor, r.on) for r in found if r.action == "X01"] == [("PRK", date(2019, 10, 2))]
    found = reports(
        "The Koreas marched together in February, having agreed at talks on Jan. 17 to form a "
        "joint team.",
        date(2018, 3, 1),
    )
    assert [(r.actor, r.on) for r in found if r.action == "040"] == [("KOR+PRK", date(2018, 1, 17))]
    found = triples(
        "The defence chiefs of the United States, Japan and South Korea met in Singapore on June 3."
    )
    assert [t[0] for t in found] == ["JPN+KOR+USA"]


def test_seouls_defence_ministry_on_the_military_agreement_is_a_military_step() -> None:
    found = reports(
        "South Korea's defence ministry pledged on Friday to abide by the military agreement "
        "with the North."
    )
    assert found[0].tracks == ("denuclearization",)


def test_a_hope_is_no_act_and_whoever_hoped_urged_and_a_fired_missile_after_a_negation() -> None:
    found = triples(
        "South Korea's Unification Ministry said it hoped the North would return to talks, and "
        "urged Pyongyang to respect the military agreement."
    )
    assert found == [("KOR", "020", "PRK", "done")] or [t[:3] for t in found] == [
        ("KOR", "020", "PRK")
    ]
    found = triples(
        "The North has not launched a long-range missile since Nov. 29, 2017, when it fired the "
        "Hwasong-15."
    )
    assert ("PRK", "X01", None, "done") in found
    found = triples(
        "The Security Council imposed a cap on the North's imports of refined petroleum."
    )
    assert [t[:3] for t in found] == [("UN", "163", "PRK")]


def test_a_pledge_made_by_both_and_seouls_closure_of_the_zone() -> None:
    found = triples(
        "It builds on a pledge made by Moon and Kim at their summit to reconnect the railways."
    )
    assert [t for t in found if t[1] == "030"] == [("KOR+PRK", "030", "rail-links", "done")]
    found = triples(
        "The North cut the line in response to Seoul's closure of the jointly run Kaesong "
        "industrial zone."
    )
    assert ("KOR", "161", "PRK", "done") in found


def test_earlier_leaders_a_first_trip_abroad_and_freed_americans() -> None:
    found = triples(
        "Kim Jong Il held talks with President Dmitry Medvedev near Ulan-Ude on Aug. 24, 2011."
    )
    assert [t[:2] for t in found] == [("PRK", "040")] and found[0][2] == "RUS"
    found = triples("Kim made his first trip abroad as leader to Beijing on March 26 last year.")
    assert ("PRK", "042", "CHN", "done") in found
    found = triples("On May 9 the North freed three Americans.")
    assert [t[:2] for t in found] == [("PRK", "084")]


def test_a_meeting_before_talks_not_held_since_and_a_demand_with_two_contents() -> None:
    found = triples(
        "Kim and Trump agreed at their meeting in the demilitarised zone on June 30 to resume "
        "working-level talks within weeks, but the two sides have not held them since."
    )
    assert ("PRK+USA", "040", "each-other", "done") in found
    found = triples(
        "North Korea demanded that the United States and South Korea call off their drills or at "
        "least offer a plausible excuse for them."
    )
    assert [t[1] for t in found] == ["100"]
    found = triples(
        "Seoul's presidential office criticised the launch as running counter to the military "
        "agreement signed by the two Koreas, and urged the North to stop."
    )
    assert ("KOR", "020", "PRK", "done") in found


def test_with_the_norths_envoy_accusing_and_returning_from_talks_with() -> None:
    found = triples(
        "North Korea and the United States met in Hanoi. Working-level talks between the two "
        "sides in Stockholm broke down on Oct. 5, with the North's envoy accusing the Americans "
        "of coming empty-handed."
    )
    assert ("PRK", "112", "USA", "done") in found
    found = triples(
        "Chung Eui-yong said on Friday, after returning from talks with US officials in "
        "Washington, that Trump had asked him to pass on a message."
    )
    assert ("KOR", "040", "USA", "done") in found


def test_one_actor_urging_two_to_talk_to_each_other_and_a_round_of_talks_on_a_date() -> None:
    found = triples(
        "Seoul said it would scrap its pact with Tokyo. Pompeo said he was disappointed by the "
        "decision and encouraged the two allies to keep talking to each other."
    )
    assert [t for t in found if t[0] == "USA"] and all(
        t[2] != "each-other" for t in found if t[0] == "USA"
    )
    found = reports(
        "South Korea and the United States met in Hawaii. Negotiators from the two countries "
        "failed to close the gap at a tenth round of talks in Seoul on Dec. 11.",
        date(2019, 2, 10),
    )
    assert [(r.actor, r.on) for r in found if r.on == date(2018, 12, 11)] == [
        ("KOR+USA", date(2018, 12, 11))
    ]


def test_a_warning_by_the_north_and_a_project_named_before_its_passive_opening() -> None:
    found = triples(
        "The allies postponed the drill. The decision follows a warning by North Korea on "
        "Wednesday that it would respond to the drill."
    )
    assert [t[:2] for t in found if t[0] == "PRK"] == [("PRK", "130")]
    found = triples(
        "The liaison office, opened by the two Koreas in Kaesong on Sept. 14, 2018, was meant to "
        "allow contact."
    )
    assert found == [("KOR+PRK", "061", "liaison-office", "done")]


def test_a_step_welcomed_by_others_is_aimed_at_who_took_it() -> None:
    found = triples(
        "South Korea and the United States suspended their major exercise, the allies said on "
        "Tuesday, a step welcomed by China."
    )
    assert ("CHN", "051", "KOR+USA", "claimed") in found or (
        "CHN",
        "051",
        "KOR+USA",
        "done",
    ) in found
    found = triples(
        "Trump and Kim Jong Un agreed on Tuesday to work toward denuclearisation, an accord "
        "welcomed within hours by Seoul, Tokyo and Beijing."
    )
    assert [t[2] for t in found if t[1] == "051"] == ["PRK+USA"]


def test_preparing_for_a_meeting_is_no_talks_and_detainees_released_by_the_north() -> None:
    found = triples(
        "Pompeo had travelled to Pyongyang on May 9 to prepare for the meeting, bringing home "
        "three American detainees released by the North."
    )
    assert ("USA", "042", "PRK", "done") in found
    assert ("PRK", "084", "USA", "done") in found
    assert not [t for t in found if t[1] == "040"]


def test_a_reaction_told_as_a_possessive_noun() -> None:
    found = triples(
        "North Korea pulled its staff out of the liaison office on Friday. Seoul's regret over "
        "the pullout, conveyed by a vice minister, came with an appeal to the North."
    )
    assert ("KOR", "111", "PRK", "done") in found
    found = triples(
        "North Korea fired two missiles on Saturday. Tokyo's protest, lodged through its embassy "
        "in Beijing, described them as ballistic missiles."
    )
    assert ("JPN", "114", "PRK", "done") in found


def test_a_test_of_a_weapon_named_in_quotes() -> None:
    text = (
        'Pyongyang tested what it called a "new-type large-calibre" multiple rocket launcher'
        " on July 31 and Aug. 2."
    )
    assert [(r.actor, r.action, r.on) for r in reports(text, date(2019, 11, 1))] == [
        ("PRK", "X01", date(2019, 7, 31)),
        ("PRK", "X01", date(2019, 8, 2)),
    ]


def test_leaving_for_a_country_is_a_trip_there() -> None:
    assert triples("Kim left Pyongyang by train on Monday for Vietnam, state media said.") == [
        ("PRK", "042", "VNM", "claimed")
    ]


def test_sharing_the_results_with_others_consults_them() -> None:
    assert triples("Putin said he would share the results of the summit with Beijing.") == [
        ("RUS", "040", "CHN", "planned")
    ]


def test_a_phone_call_told_as_a_noun_is_the_subjects_call() -> None:
    assert triples("Abe spoke to reporters after a phone call with Trump.") == [
        ("JPN", "040", "USA", "done")
    ]


def test_both_sides_called_on_by_a_third_party_are_the_others() -> None:
    text = (
        "North Korea blew up the liaison office with the South on Tuesday. "
        "China, the North's main ally, called on both sides to keep the peace."
    )
    assert [(r.actor, r.target) for r in reports(text)][-1] == ("CHN", "KOR+PRK")


def test_pushing_a_government_to_act_is_an_appeal() -> None:
    assert triples("Seoul has been pushing Washington to ease the travel ban.") == [
        ("KOR", "020", "USA", "done")
    ]
    assert triples("Moon, who has pushed for closer ties since taking office, met Kim.") == [
        ("KOR", "040", "PRK", "done")
    ]


def test_implementing_the_resolutions_is_about_sanctions() -> None:
    [r] = reports("Japan called on all member states to implement the resolutions fully.")
    assert (r.actor, r.action, r.tracks) == ("JPN", "020", ("sanctions",))


def test_a_second_meeting_told_after_a_when_clause() -> None:
    text = (
        "Moon and Kim first met at the border on April 27 last year, when they signed a "
        "declaration, and again in Pyongyang in September."
    )
    met = [r.on for r in reports(text, date(2019, 3, 1)) if r.action == "040"]
    assert met == [date(2018, 4, 27), date(2018, 9, 1)]


def test_meetings_listed_after_how_many_times_are_each_reported() -> None:
    text = (
        "Trump and Kim have met three times, in Singapore in June 2018, in Hanoi in "
        "February 2019 and at the border in June last year, but talks have stalled."
    )
    met = [(r.actor, r.target, r.on) for r in reports(text, date(2020, 7, 10))]
    assert met == [  # the summits' days where the calendar knows the place named
        ("PRK+USA", "each-other", date(2018, 6, 12)),
        ("PRK+USA", "each-other", date(2019, 2, 28)),
        ("PRK+USA", "each-other", date(2019, 6, 1)),
    ]


def test_a_quoted_adverb_before_the_verb_is_no_noun() -> None:
    assert triples('Trump told an interview that he would "probably" meet Kim again.') == [
        ("USA", "040", "PRK", "planned")
    ]


def test_an_event_noun_in_a_sentence_dated_apart_is_another_event() -> None:
    text = (
        "Kim invited Moon to visit Pyongyang on Friday. Moon's envoys, who travelled to "
        "Pyongyang on March 5, brought back an invitation from Kim."
    )
    invited = [(r.actor, r.target, r.on) for r in reports(text, date(2018, 4, 27))
               if r.action == "036"]  # fmt: skip
    assert invited == [("PRK", "KOR", date(2018, 4, 27)), ("PRK", "KOR", date(2018, 3, 5))]


def test_a_nuclear_device_and_missiles_tested_are_two_tests() -> None:
    found = triples("Last year the North tested its most powerful nuclear device and missiles.")
    assert found == [("PRK", "X02", None, "done"), ("PRK", "X01", None, "done")]


def test_more_states_are_known_and_a_host_is_no_target_of_a_joint_meeting() -> None:
    assert triples("Trump and Kim met in Singapore on June 12.") == [
        ("PRK+USA", "040", "each-other", "done")
    ]
    assert triples("Italy expelled North Korea's ambassador.")[0][::2] == ("ITA", "PRK")
    [r] = reports("The US blacklisted a Chinese firm and its Singapore-based affiliate.")
    assert (r.actor, r.target) == ("USA", "CHN")  # the first firm's state


def test_a_council_meeting_is_no_actor() -> None:
    text = (
        "The UN Security Council met on Thursday. Britain, France and Germany, in a statement "
        "after a closed-door council meeting, condemned the launches."
    )
    assert reports(text)[-1].actor == "DEU+FRA+GBR"


def test_a_test_told_on_a_list_of_days() -> None:
    text = "The North launched rockets on June 3, June 10 and again on June 24, the army said."
    assert [(r.actor, r.action, r.on) for r in reports(text, date(2019, 7, 1))] == [
        ("PRK", "X01", date(2019, 6, 3)),
        ("PRK", "X01", date(2019, 6, 10)),
        ("PRK", "X01", date(2019, 6, 24)),
    ]
    text = "The North launched rockets on June 3, 40 km from the coast."
    assert len(reports(text, date(2019, 7, 1))) == 1


def test_a_launch_told_as_a_possessive_noun_or_late_in_a_month() -> None:
    found = triples(
        "The ministers talked about North Korea's launch of two cruise missiles on Monday."
    )
    assert ("PRK", "X01", None, "done") in found
    found = triples(
        "Tokyo tightened its curbs after the launch of a long-range rocket in early February."
    )
    assert ("PRK", "X01", None, "done") in found


def test_a_launch_told_after_a_dated_test_in_the_same_noun_phrase() -> None:
    found = triples(
        "Tokyo froze the talks after North Korea's third nuclear test on Feb. 12 and a "
        "satellite rocket launch on Dec. 12."
    )
    assert [t for t in found if t[0] == "PRK"] == [
        ("PRK", "X02", None, "done"),
        ("PRK", "X01", None, "done"),
    ]


def test_a_nuclear_test_known_by_its_number() -> None:
    found = triples("Beijing backed tougher sanctions after the North's third nuclear test.")
    assert ("PRK", "X02", None, "done") in found
    assert not [t for t in triples("The North's nuclear tests worry Tokyo.") if t[0] == "PRK"]


def test_tests_told_as_a_plural_noun_on_a_list_of_days() -> None:
    text = "It was the North's third launch in a month, following tests on June 3 and June 10."
    assert [(r.actor, r.on) for r in reports(text, date(2019, 7, 1)) if r.action == "X01"] == [
        ("PRK", date(2019, 6, 3)),
        ("PRK", date(2019, 6, 10)),
    ]


def test_launches_carried_out_and_a_test_site_surveyed() -> None:
    found = triples("The North carried out a series of rocket launches on Tuesday.")
    assert ("PRK", "X01", None, "done") in found
    found = triples("Experts from China carried out a survey of the engine test stand on Friday.")
    assert not [t for t in found if t[1] == "X01"]


def test_sanctions_imposed_by_an_agent_in_the_passive() -> None:
    found = triples("Penalties were imposed by the Treasury on three North Korean officials.")
    assert ("USA", "163", "PRK", "done") in found
    found = triples("Sanctions imposed by Washington hurt the North's fishing trade.")
    assert not [t for t in found if t[1] == "163"]


def test_the_councils_sanctions_with_no_target_named_are_on_the_north() -> None:
    found = triples("The cap on fuel imports was imposed by the Security Council in December.")
    assert ("UN", "163", "PRK", "done") in found


def test_a_resolution_adopted_that_imposed_measures_and_rounds_of_sanctions() -> None:
    found = triples(
        "The Security Council adopted a resolution that banned the North's textile exports."
    )
    assert ("UN", "163", "PRK", "done") in found
    found = triples("Washington has imposed several rounds of sanctions on North Korea.")
    assert ("USA", "163", "PRK", "done") in found


def test_firms_designated_are_sanctioned() -> None:
    found = triples(
        "The Treasury designated three trading firms that shipped coal for North Korea."
    )
    assert ("USA", "163", "PRK", "done") in found
    assert not [t for t in triples("Seoul designated a new envoy for the talks.") if t[1] == "163"]


def test_a_second_act_of_the_same_kind_told_on_another_day() -> None:
    found = triples(
        "The allies postponed a naval drill in March, and in May they called off an air exercise."
    )
    assert [t for t in found if t[1] == "087"] == [
        ("KOR+USA", "087", None, "done"),
        ("KOR+USA", "087", None, "done"),
    ]


def test_no_intention_of_talks_is_a_refusal_not_a_meeting() -> None:
    found = triples(
        "Tokyo said on Monday it had no intention of sitting down with Pyongyang until the "
        "abductees came home."
    )
    assert [t[:3] for t in found] == [("JPN", "125", "PRK")]
    found = triples("The North felt no need to hold further talks with Seoul, a spokesman said.")
    assert [t[:3] for t in found] == [("PRK", "125", "KOR")]


def test_the_teller_is_the_one_willing_after_a_first_predicate() -> None:
    found = triples(
        "Moon told Abe that he was worried about the launches and was ready to hold talks "
        "with Kim Jong Un, the Blue House said."
    )
    assert ("KOR", "036", "PRK", "claimed") in found
    assert not [t for t in found if t[0] == "JPN"]


def test_keep_working_with_an_ally() -> None:
    found = triples("Canberra said it would keep working closely with Tokyo on the sanctions.")
    assert [t[:3] for t in found if t[2] == "JPN"] == [("AUS", "040", "JPN")]


def test_readiness_to_negotiate_with_no_one_named_is_aimed_at_its_story() -> None:
    found = triples(
        "Tokyo urged Pyongyang to keep the talks going. Japan's foreign minister said Tokyo "
        "remained ready to negotiate."
    )
    assert ("JPN", "036", "PRK", "claimed") in found
    found = triples(
        "Tokyo urged Pyongyang to return to talks. An aide said he did not think Japan was "
        "ready to negotiate yet."
    )
    assert not [t for t in found if t[1] == "036"]


def test_calling_off_a_trip_named_by_its_owner() -> None:
    found = triples("Abe called off the minister's planned trip to Seoul on Monday.")
    assert ("JPN", "161", "KOR", "done") in found


def test_plural_offers_after_a_verb_or_adjective_are_a_noun() -> None:
    found = triples("Pyongyang again spurned offers of food aid from Seoul on Tuesday.")
    assert found == [("PRK", "120", "KOR", "done")]
    found = triples("Kim Yo Jong mocked Moon's earlier peace offers as naive.")
    assert not [t for t in found if t[1] == "030"]


def test_the_two_after_a_pronoun_subject_met_someone() -> None:
    found = triples(
        "Trump met Kim Jong Un in Hanoi in February. Abe arrived on Monday. He held talks with "
        "Trump on Tuesday, and the two agreed to keep up pressure on Pyongyang."
    )
    assert ("JPN+USA", "030", "each-other", "done") in found


def test_a_pair_before_a_relative_clause_acts_together() -> None:
    found = triples(
        "Abe and Moon, who met in Tokyo on Monday, agreed there to resume talks on trade."
    )
    assert ("JPN+KOR", "030", "each-other", "done") in found
    assert not [t for t in found if t[0] in ("JPN", "KOR")]


def test_a_negation_inside_an_aside_is_not_the_verbs() -> None:
    assert triples(
        "The State Department, in a statement that did not name the launch, urged Pyongyang "
        "to return to talks."
    ) == [("USA", "020", "PRK", "done")]
    assert triples("Seoul did not, however, urge Pyongyang to return.")[0][3] == "negated"


def test_no_test_since_the_sixth_tells_the_sixth() -> None:
    found = [(r.action, r.on, r.modality) for r in reports(
        "The North has not carried out a nuclear test since its sixth, on Sept. 3 last year.",
        date(2018, 11, 30),
    )]  # fmt: skip
    assert ("X02", date(2017, 9, 3), "done") in found


def test_shaking_hands_is_meeting_and_preparing_for_a_summit_plans_it() -> None:
    assert triples("Trump and Kim shook hands at the hotel.") == [
        ("PRK+USA", "040", "each-other", "done")
    ]
    assert triples("The talks come as Moon prepares for a third summit with Kim.") == [
        ("KOR", "040", "PRK", "planned")
    ]


def test_a_trip_by_train_for_talks_and_a_later_meeting_are_three_acts() -> None:
    text = (
        "Kim made his first trip abroad by armoured train to Beijing for talks with Xi on "
        "March 25, and met Xi again in Dalian on May 7, visits that Washington watched for "
        "signs of easing."
    )
    found = [(r.actor, r.action, r.target, r.on) for r in reports(text, date(2018, 6, 19))]
    assert found == [
        ("PRK", "042", "CHN", date(2018, 3, 25)),
        ("PRK", "040", "CHN", date(2018, 5, 7)),
        ("PRK", "040", "CHN", date(2018, 3, 25)),
    ]


def test_with_a_partys_official_doing_is_that_partys_act() -> None:
    text = (
        "The talks ended on Saturday, with Pyongyang's chief negotiator accusing Washington "
        "of bringing nothing new."
    )
    assert ("PRK", "112", "USA", "done") in triples(text)


def test_a_dated_sentence_opening_with_the_ministry_is_the_last_subjects() -> None:
    text = (
        "North Korea's envoy met US officials on Saturday. On Sunday the foreign ministry "
        "rejected the idea of another round."
    )
    assert triples(text)[-1] == ("PRK", "120", "USA", "done")


def test_volleys_on_a_list_of_days_are_the_last_testers_one_a_day() -> None:
    text = (
        "North Korea fired two missiles on Saturday. It was the fifth launch in two weeks, "
        "after volleys on July 25 and 31 and on Aug. 2 and 6."
    )
    days = [r.on for r in reports(text, date(2019, 8, 11)) if r.action == "X01"]
    assert days == [date(2019, 8, 10), date(2019, 7, 25), date(2019, 7, 31), date(2019, 8, 2),
                    date(2019, 8, 6)]  # fmt: skip


def test_winning_someones_backing_is_their_support_and_a_dated_call_is_no_appeal() -> None:
    text = "Moon won Trump's backing for food aid in a telephone call on May 7."
    assert triples(text) == [
        ("USA", "051", "KOR", "done"),
        ("KOR+USA", "040", "each-other", "done"),
    ]
    assert triples("Seoul secured support from Washington for the plan.") == [
        ("USA", "051", "KOR", "done")
    ]


def test_pulling_out_and_tearing_down_on_another_day_are_two_steps() -> None:
    text = (
        "The two Koreas pulled troops out of the guard posts by Nov. 10 and began tearing "
        "them down the next day, and on Nov. 22 the two sides linked a road across the zone."
    )
    found = [(r.actor, r.action, r.target) for r in reports(text, date(2018, 12, 12))]
    assert found == [
        ("KOR+PRK", "087", "guard-posts"),
        ("KOR+PRK", "087", "guard-posts"),
        ("KOR+PRK", "061", "road-links"),
    ]


def test_drills_held_by_the_allies_told_in_the_passive() -> None:
    found = triples("Pyongyang protested against naval drills held by Seoul and Washington.")
    assert ("KOR+USA", "150", None, "done") in found


def test_drills_named_before_the_relative_clause_that_tells_them() -> None:
    found = triples(
        "Pyongyang denounced the naval drills that Seoul and Washington started on Monday, "
        "calling them a provocation."
    )
    assert ("KOR+USA", "150", None, "done") in found
    assert not [t for t in found if t[0] == "KOR+USA" and t[1] != "150"]
    assert not [
        t for t in triples("The talks that the envoys began on Monday ended.") if t[1] == "150"
    ]


def test_front_line_posts_demolished_and_a_hyphenated_site_dismantled() -> None:
    found = triples("Under the accord, both sides will demolish ten of their front-line posts.")
    assert [t for t in found if t[1] == "087"] == [("KOR+PRK", "087", "guard-posts", "planned")]
    found = triples("North Korea said it had demolished its Tong-ri launch site on Friday.")
    assert ("PRK", "087", None, "claimed") in found


def test_people_let_go_home_are_released_to_their_country() -> None:
    found = triples(
        "North Korea detained four Americans in 2017 and let two of them go home in May."
    )
    assert ("PRK", "084", "USA", "done") in found


def test_an_exercise_being_staged_by_the_allies() -> None:
    found = triples(
        "Pyongyang cancelled the meeting, citing an air exercise being staged by South Korean and "
        "US forces."
    )
    assert ("KOR+USA", "150", None, "done") in found


def test_a_koreas_own_posts_are_guard_posts() -> None:
    found = triples("Last week the South dismantled eight of its own posts with excavators.")
    assert ("KOR", "087", "PRK", "done") in found


def test_firms_based_in_taiwan_sanctioned() -> None:
    found = triples("The Treasury blacklisted a Taiwan-based tanker operator on Friday.")
    assert ("USA", "163", "TWN", "done") in found


def test_a_drill_near_the_border_has_no_target() -> None:
    found = triples("Kim Jong Un oversaw an artillery drill near the western sea border on Monday.")
    assert ("PRK", "150", None, "done") in found


def test_a_deadline_someone_set_is_a_demand_told_as_a_noun() -> None:
    found = triples(
        "Tokyo urged calm as the end-of-June deadline Seoul set for Japan to lift its export "
        "curbs drew near."
    )
    assert ("KOR", "100", "JPN", "done") in found
    found = triples(
        "Officials said the deadline set by Pyongyang for Washington would pass quietly."
    )
    assert ("PRK", "100", "USA", "done") in found


def test_an_offer_to_host_talks_is_aimed_at_those_who_would_meet() -> None:
    found = triples(
        "Japan and China held talks in Ulaanbaatar on Monday. Mongolia has offered to host "
        "further meetings, its foreign ministry said."
    )
    assert ("MNG", "030", "CHN+JPN", "claimed") in found
    found = triples(
        "Japan and China held talks in Ulaanbaatar on Monday. Mongolia said it was ready to "
        "host another round."
    )
    assert ("MNG", "036", "CHN+JPN", "claimed") in found


def test_troops_shooting_someone_dead_is_violence_against_the_victims_state() -> None:
    found = triples(
        "North Korean border guards shot dead a South Korean fisherman on Monday, Seoul said."
    )
    assert ("PRK", "180", "KOR", "claimed") in found
    [r] = [r for r in reports("Chinese soldiers shot the man at the border on Monday.")
           if r.action == "180"]  # fmt: skip
    assert r.actor == "CHN"
    assert not [r for r in reports("Years ago a soldier shot dead a tourist.") if r.action == "180"]


def test_a_refusal_of_talks_and_its_dismissing_participle_are_one_act() -> None:
    found = triples(
        "Tokyo said it had no intention of sitting down with Pyongyang, dismissing the idea of a "
        "summit with the North as premature."
    )
    assert [t[:3] for t in found] == [("JPN", "125", "PRK")]
    found = triples(
        "Tokyo said it had no intention of sitting down with Pyongyang, rejecting a proposal by "
        "Beijing to mediate."
    )
    assert [t[1] for t in found if t[0] == "JPN"] == ["125", "120"]


def test_a_pledge_to_work_with_two_parties_is_aimed_at_both() -> None:
    found = triples("Abe vowed on Friday to work closely with Seoul and Beijing on the crisis.")
    assert ("JPN", "030", "CHN+KOR", "done") in found


def test_deciding_to_end_a_pact_is_breaking_it_off() -> None:
    found = triples("Tokyo decided on Monday to end a fisheries agreement with Seoul.")
    assert ("JPN", "161", "KOR") in [t[:3] for t in found]
    assert not [t for t in triples("They hope to end the war.") if t[1] == "161"]


def test_continuing_talks_with_someone_is_negotiating() -> None:
    found = triples("Tokyo said it would continue talks with Seoul on the export curbs.")
    assert ("JPN", "046", "KOR", "planned") in found


def test_a_reaction_of_the_north_to_the_allies_talks_is_not_alliance_coordination() -> None:
    found = reports(
        "Moon and Abe held talks in Tokyo on Monday on their alliance. North Korea denounced "
        "the talks on Friday."
    )
    r = next(r for r in found if r.actor == "PRK")
    assert r.tracks == ("denuclearization",)


def test_the_hotlines_between_the_koreas_are_their_ties_even_military_ones() -> None:
    text = (
        "Seoul asked Pyongyang on Monday to reconnect the military hotline that the North cut "
        "in June."
    )
    # (the North cutting the line in June is an act of its own, told in the relative clause)
    [r] = [r for r in reports(text) if r.actor == "KOR"]
    assert (r.actor, r.action, r.target, r.tracks) == ("KOR", "020", "PRK", ("inter-korean",))
    [r, *_] = reports(
        "South Korea's Joint Chiefs of Staff said on Sunday it had sent a message through the "
        "military hotline to protest and to ask the North for an explanation."
    )
    assert r.tracks == ("denuclearization",)  # a security body's words to the North


def test_one_korea_to_the_other_on_talks_with_a_power_is_the_nuclear_question() -> None:
    [r] = reports("Moon on Tuesday urged Pyongyang to restart negotiations with Washington soon.")
    assert (r.actor, r.target, r.tracks) == ("KOR", "PRK", ("denuclearization",))
    found = reports(
        "Kim criticised Seoul on Friday for its meddling, a day after Moon held talks with Trump."
    )
    r = next(r for r in found if r.actor == "PRK")
    assert r.tracks == ("inter-korean",)  # the talks with Trump are another clause's


def test_support_for_an_allys_step_is_on_that_steps_track_alone() -> None:
    [r] = reports("Washington said on Monday it backed Seoul's efforts on inter-Korean exchanges.")
    assert (r.actor, r.target, r.tracks) == ("USA", "KOR", ("inter-korean",))
    [r] = reports("Tokyo said it supported the US efforts to end the North's nuclear programme.")
    assert (r.actor, r.target, r.tracks) == ("JPN", "USA", ("denuclearization",))
    [r] = reports("Tokyo welcomed Seoul's decision to keep the military intelligence pact.")
    assert r.tracks == ("alliance-coordination",)


def test_seizing_the_norths_property_is_enforcing_sanctions() -> None:
    [r] = reports("Malaysian authorities seized a North Korean coal freighter on Tuesday.")
    assert (r.actor, r.action, r.target, r.tracks) == ("MYS", "171", "PRK", ("sanctions",))


def test_an_accusation_giving_the_grounds_of_an_act_is_on_its_tracks() -> None:
    found = reports(
        "The Treasury blacklisted two North Korean trading firms on Monday, accusing them of "
        "buying parts for the North's missile programme."
    )
    assert [(r.action, r.tracks) for r in found] == [
        ("163", ("sanctions",)),
        ("112", ("sanctions",)),
    ]


def test_both_sides_are_the_pair_the_story_is_about_not_the_last_named() -> None:
    found = triples(
        "Seoul accused Pyongyang on Monday of firing shells across the border. North Korea "
        "denied the charge and blamed the South. South Korea warned the North against further "
        "provocations. The United States urged North Korea to show restraint. Beijing called "
        "on both sides to stay calm."
    )
    assert ("CHN", "020", "KOR+PRK", "done") in found
    found = triples(
        "Japan imposed export curbs on South Korea. Seoul protested to Tokyo. The United "
        "States, which needs both allies to counter China, urged the two countries to settle "
        "the row."
    )
    assert ("USA", "020", "JPN+KOR", "done") in found


def test_it_after_only_people_were_named_is_the_party_of_the_story() -> None:
    found = triples(
        "North Korea rejected Seoul's offer of talks on Monday. Exchanges have stalled since "
        "the collapse of Kim's summit with US President Donald Trump in Hanoi in February, and "
        "it fired two missiles on Oct. 31."
    )
    assert ("PRK", "X01", None, "done") in found
    assert not [t for t in found if t[0] == "USA" and t[1] == "X01"]


def test_rejecting_an_offer_by_someone_is_aimed_at_them() -> None:
    assert triples("Kim Yo Jong rejected an offer by President Moon to send envoys.")[0] == (
        "PRK",
        "120",
        "KOR",
        "done",
    )


def test_the_joint_chiefs_and_the_official_stand_for_their_governments() -> None:
    assert triples("The Joint Chiefs urged the North to stop immediately.") == [
        ("KOR", "020", "PRK", "done")
    ]
    text = "A State Department official spoke on Friday. The official urged Pyongyang to return."
    assert triples(text) == [("USA", "020", "PRK", "done")]


def test_a_visit_told_without_a_place_is_to_where_the_story_went() -> None:
    text = (
        "Xi visited Pyongyang on Thursday. The trip was the first by a Chinese leader since "
        "Hu Jintao visited in October 2005."
    )
    assert [(r.actor, r.target, r.on) for r in reports(text, date(2019, 6, 21))][-1] == (
        "CHN",
        "PRK",
        date(2005, 10, 1),
    )
    assert triples("Barack Obama met Xi.") == [("USA", "040", "CHN", "done")]


def test_crossing_the_border_is_a_trip_to_the_other_korea() -> None:
    assert triples("President Roh Moo-hyun crossed the border on foot in 2007.") == [
        ("KOR", "042", "PRK", "done")
    ]


def test_an_apposition_naming_the_same_party_and_agreeing_to_talks_with_the_other() -> None:
    assert triples("Kang and Japan's new foreign minister, Toshimitsu Motegi, are to meet.") == [
        ("JPN+KOR", "040", "each-other", "planned")
    ]
    text = "South Korea kept the pact on Friday, after Tokyo agreed to talks on its curbs."
    assert ("JPN", "030", "KOR", "done") in triples(text)


def test_striking_a_partner_off_a_trade_list_and_using_a_visit() -> None:
    assert triples("Abe's cabinet struck South Korea off a list of trusted trading partners.") == [
        ("JPN", "163", "KOR", "done")
    ]
    assert ("USA", "042", "KOR", "done") in triples("Esper used a visit to Seoul to press Moon.")


def test_a_missile_fired_told_by_a_pronoun() -> None:
    found = triples(
        "The new missile was shown in 2017, and the North fired it into the sea a month later."
    )
    assert ("PRK", "X01", None, "done") in found
    assert not [t for t in triples("The North fired it up for the parade.") if t[1] == "X01"]


def test_rounds_of_tests_told_by_the_numbers_of_their_days() -> None:
    text = "Seoul protested after three rounds of missile tests in May, on the 4th, 9th and 31st."
    assert [(r.actor, r.on) for r in reports(text, date(2019, 6, 10)) if r.action == "X01"] == [
        ("PRK", date(2019, 5, 4)),
        ("PRK", date(2019, 5, 9)),
        ("PRK", date(2019, 5, 31)),
    ]


def test_more_tests_told_as_others_on_their_days() -> None:
    text = "It was the third test of the new launcher, following others on May 3 and June 7."
    assert [r.on for r in reports(text, date(2019, 7, 1)) if r.action == "X01"] == [
        date(2019, 5, 3),
        date(2019, 6, 7),
    ]
    found = triples("Seoul signed one deal in 2018, following another on May 3.")
    assert not [t for t in found if t[1] == "X01"]


def test_two_weapons_tested_on_two_days() -> None:
    text = "The North tested a new rocket launcher on Monday and two cruise missiles on June 3."
    assert sorted(r.on for r in reports(text, date(2019, 6, 20)) if r.action == "X01") == [
        date(2019, 6, 3),
        date(2019, 6, 17),
    ]
    text = "The allies will begin a naval drill on Monday, the ministry said."
    assert len([r for r in reports(text, date(2019, 6, 20)) if r.action == "150"]) == 1


def test_a_verb_inside_a_noun_phrase_that_looks_like_a_verb() -> None:
    found = triples(
        "Seoul cited a series of launches since the North fired two new missiles on May 4."
    )
    assert ("PRK", "X01", None, "done") in found


def test_offering_nothing_is_no_offer() -> None:
    assert not triples("Officials noted that Tokyo offered no compensation to Seoul.")


def test_putting_a_request_on_hold_and_ignoring_calls_are_rejections() -> None:
    found = triples("Beijing on Monday put on hold a Japanese request to list two tankers.")
    assert ("CHN", "120", "JPN", "done") in found
    found = triples("The North ignored repeated Japanese calls for talks on Monday.")
    assert ("PRK", "120", "JPN", "done") in found


def test_a_demand_told_as_a_noun_keeps_its_sentences_day() -> None:
    text = (
        "Kim demanded on April 12 that Washington drop its sanctions by the end of the year. "
        "The Hanoi summit had collapsed on Feb. 28, when Trump rejected Kim's demand for the "
        "lifting of most sanctions."
    )
    demands = [r for r in reports(text, date(2019, 5, 1)) if r.action == "100"]
    assert [(r.actor, r.target, r.on) for r in demands] == [
        ("PRK", "USA", date(2019, 4, 12)),
        ("PRK", "USA", date(2019, 2, 28)),
    ]


def test_a_reaction_naming_no_event_is_on_the_tracks_of_its_targets_last_act() -> None:
    found = reports(
        "North Korea blew up the joint liaison office in Kaesong on Monday. Seoul called the "
        "move deplorable. Washington urged Pyongyang to stop its provocations."
    )
    r = next(r for r in found if r.actor == "USA")
    assert (r.target, r.tracks) == ("PRK", ("inter-korean",))
    found = reports(
        "North Korea blew up the joint liaison office in Kaesong on Monday. Seoul called the "
        "move deplorable. Washington urged Pyongyang to return to diplomacy."
    )
    r = next(r for r in found if r.actor == "USA")
    assert r.tracks == ("denuclearization",)  # its talks with the North


def test_to_exercise_restraint_is_no_military_exercise() -> None:
    [r] = reports("Seoul urged Pyongyang on Monday to exercise restraint.")
    assert r.tracks == ("inter-korean",)


def test_meetings_of_the_koreas_soldiers_or_generals_are_military_steps() -> None:
    [*_, r] = reports(
        "The two Koreas signed a military accord on Wednesday. Generals from both sides held "
        "talks on it on Friday."
    )
    assert (r.actor, r.action, r.tracks) == ("KOR+PRK", "040", ("denuclearization",))
    [r] = reports(
        "Soldiers from both Koreas crossed the border on Friday to check the removal of guard "
        "posts."
    )
    assert r.tracks == ("denuclearization",)


def test_the_defence_ministry_speaking_to_the_north_is_a_security_body() -> None:
    [r] = reports("Seoul's Defence Ministry warned on Monday that Pyongyang would pay a price.")
    assert (r.actor, r.target, r.tracks) == ("KOR", "PRK", ("denuclearization",))


def test_an_allys_export_curbs_on_another_are_their_dispute_not_sanctions() -> None:
    found = reports(
        "Tokyo tightened curbs on exports of chip materials to South Korea on Monday. Seoul "
        "called the step reckless."
    )
    assert [(r.actor, r.action, r.tracks) for r in found] == [
        ("JPN", "163", ("alliance-coordination",)),
        ("KOR", "111", ("alliance-coordination",)),
    ]


def test_a_meeting_of_the_north_and_a_power_is_the_nuclear_talks_whatever_another_clause_says() -> (
    None
):
    [r, *_] = reports(
        "Putin met Kim in Vladivostok on Thursday, a week after Moscow called for easing the "
        "sanctions."
    )
    assert (r.actor, r.action, r.tracks) == ("RUS", "040", ("denuclearization",))


def test_sanctions_named_only_in_another_clause_leave_a_korean_act_on_its_ties() -> None:
    [r, urge] = reports(
        "Pyongyang dismissed Seoul's aid plan on Sunday and urged it to defy the sanctions."
    )
    assert (r.actor, r.target, r.tracks) == ("PRK", "KOR", ("inter-korean",))
    assert urge.tracks == ("inter-korean", "sanctions")


def test_it_after_a_reporting_source_is_the_main_subject() -> None:
    found = triples(
        "North Korea launched two rockets into the sea on Friday, Japan's defence ministry "
        "said, a week after it fired a new cruise missile."
    )
    assert [t for t in found if t[1] == "X01"] and not [
        t for t in found if t[1] == "X01" and t[0] != "PRK"
    ]


def test_pronoun_subject_goes_on_after_but_past_the_objects_of_its_clause() -> None:
    found = triples(
        "China welcomed the summit. It has voted for every UN resolution on Pyongyang since 2006 "
        "but has urged Washington to ease the sanctions."
    )
    assert ("CHN", "020", "USA", "done") in found
    assert not [t for t in found if t[0] == "UN"]


def test_with_him_is_the_person_named_before_who_is_not_acting() -> None:
    found = triples(
        "Abe told reporters on Monday that Putin had signed a fishing accord with him in "
        "Moscow last year."
    )
    assert ("RUS", "057", "JPN", "claimed") in found


def test_a_pair_named_together_counts_toward_who_both_sides_are() -> None:
    found = triples(
        "A train crossed the border on Friday for a railway survey the two Koreas hope to "
        "complete this year. The UN committee granted an exemption for the fuel last week, a "
        "move backed by Washington. Officials from both sides had agreed on the schedule at a "
        "meeting on Nov. 22."
    )
    assert ("KOR+PRK", "040", "each-other", "done") in found
    assert not [t for t in found if t[0] == "UN+USA"]


def test_the_ministry_is_the_party_whose_ministry_was_named_last() -> None:
    found = triples(
        "South Korea's Unification Ministry approved aid for the North on Wednesday. The "
        "decision came after UN agencies said about 10 million North Koreans needed food. The "
        "ministry said it would also provide rice to the North later this year."
    )
    assert ("KOR", "070", "PRK", "planned") in found
    assert not [t for t in found if t[0] == "UN"]


def test_a_sentence_opened_by_he_keeps_him_the_subject_of_the_next() -> None:
    found = triples(
        "Pompeo met Kang Kyung-wha in Seoul on Monday. He said North Korea must give up its "
        "weapons first. He also urged China to enforce sanctions."
    )
    assert ("USA", "020", "CHN", "done") in found
    assert not [t for t in found if t[0] == "PRK"]


def test_the_summit_welcomed_is_the_one_the_story_is_about() -> None:
    found = triples(
        "Putin and Kim Jong Un held their first summit in Vladivostok on Thursday and agreed to "
        "expand ties. Kim, who met Trump in Hanoi in February, said he wanted to keep talking "
        "with Washington. South Korea welcomed the summit on Friday."
    )
    assert ("KOR", "051", "PRK+RUS", "done") in found


def test_a_call_backed_by_a_third_party_is_not_aimed_at_the_backer() -> None:
    found = triples(
        "Seoul demanded an explanation from Pyongyang on Tuesday. The United States said it "
        "supported South Korea's call for an inquiry."
    )
    assert ("KOR", "020", "PRK", "done") in found
    assert not [t for t in found if t[0] == "KOR" and t[2] == "USA"]


def test_an_offer_told_as_a_noun_keeps_its_sentences_day() -> None:
    text = (
        "Seoul offered on May 2 to send rice to the North. On Oct. 28 Pyongyang rejected "
        "Seoul's offer of talks on the resort."
    )
    offers = [r for r in reports(text, date(2019, 11, 1)) if r.action == "030"]
    assert [(r.actor, r.target, r.on) for r in offers] == [
        ("KOR", "PRK", date(2019, 5, 2)),
        ("KOR", "PRK", date(2019, 10, 28)),
    ]


def test_economic_pressure_and_bans_on_the_norths_trade_are_sanctions_words() -> None:
    [r] = reports("Tokyo urged the world on Monday to keep up economic pressure on Pyongyang.")
    assert r.tracks == ("sanctions",)
    [r] = reports("Moscow asked the Security Council to lift the ban on North Korean coal exports.")
    assert r.tracks == ("sanctions",)


def test_a_korean_refusal_is_of_their_ties_whatever_drills_it_cites() -> None:
    [r] = reports(
        "Pyongyang called off talks with Seoul on Monday, citing the allies' joint air exercise."
    )
    assert (r.actor, r.action, r.target, r.tracks) == ("PRK", "161", "KOR", ("inter-korean",))


def test_one_korea_welcoming_the_others_step_towards_a_power_is_on_that_steps_track() -> None:
    found = reports(
        "North Korea handed over the remains of US soldiers to the United States on Friday. "
        "Moon welcomed the handover on Saturday."
    )
    r = next(r for r in found if r.actor == "KOR")
    assert (r.target, r.tracks) == ("PRK", ("denuclearization",))


def test_a_move_welcomed_is_the_act_named_not_a_meeting_still_to_come() -> None:
    found = reports(
        "North Korea said on Saturday it would halt its missile tests, a week before Kim is due "
        "to meet Moon. Beijing welcomed the move."
    )
    r = next(r for r in found if r.actor == "CHN")
    assert (r.target, r.tracks) == ("PRK", ("denuclearization",))


def test_she_after_a_sentence_on_a_state_is_the_last_person_named() -> None:
    found = triples(
        "Kim Yo Jong criticised Seoul on Tuesday. The statement came after South Korea's "
        "military held drills near the border. She warned that the North would respond."
    )
    assert ("PRK", "130", "KOR", "done") in found
    found = triples(
        "Pompeo will visit Seoul next week. South Korea and the US have been at odds over the "
        "cost of US troops. The envoy will urge Seoul to pay more."
    )
    assert ("USA", "020", "KOR", "planned") in found


def test_a_pronoun_opening_a_sentence_is_the_subject_after_but() -> None:
    found = triples(
        "Moon visited Pyongyang last year. He was unable to secure a deal, but urged Kim to "
        "keep talking."
    )
    assert ("KOR", "020", "PRK", "done") in found
    found = triples(
        "Japan and South Korea held talks in Tokyo on Monday. They failed to narrow their "
        "differences, but agreed to keep talking."
    )
    assert [t for t in found if t[0] == "JPN+KOR" and t[1] != "040"]


def test_the_subject_after_a_subordinator_is_the_group_of_officials_from_a_party() -> None:
    found = triples(
        "Moon and Abe met in Bangkok on Monday. The talks, held on the sidelines of a forum "
        "with Chinese Premier Li Keqiang, came days after trade officials from the two "
        "countries resumed talks in Seoul."
    )
    assert [t for t in found if t[0] == "JPN+KOR" and t[1] == "046"]
    assert not [t for t in found if t[0] == "CHN"]


def test_an_offer_with_no_object_is_aimed_at_the_one_other_party_named() -> None:
    text = "North Korea pledged to work for peace, a day after Seoul's appeal."
    assert ("PRK", "030", "KOR", "done") in triples(text)
    assert triples("Japan offered aid to Laos, Mongolia and Peru.")[0][2] != "KOR"


def test_telephoned_is_a_call_and_keeps_the_caller_the_subject_of_the_next_verb() -> None:
    found = triples(
        "Abe telephoned US President Donald Trump on Sunday and asked him to raise the abductees."
    )
    assert ("JPN", "040", "USA", "done") in found
    assert ("JPN", "020", "USA", "done") in found
    assert not [t for t in found if t[0] == "USA"]


def test_receiving_a_named_official_is_a_meeting_but_receiving_his_letter_is_not() -> None:
    found = triples(
        "Xi Jinping received Russian Foreign Minister Sergei Lavrov in Beijing on Monday."
    )
    assert ("CHN", "040", "RUS", "done") in found
    found = triples("Moon received President Trump's reply letter on Monday.")
    assert not [t for t in found if t[1] == "040"]


def test_joint_teams_and_reunions_are_joint_exchanges() -> None:
    found = triples(
        "The two Koreas formed a unified table tennis team in Sweden in May. In August the two "
        "Koreas held their first family reunions in three years."
    )
    assert ("KOR+PRK", "061", "each-other", "done") in found
    assert ("KOR+PRK", "061", "family-reunions", "done") in found


def test_a_visit_with_no_place_is_to_the_capital_the_visitor_dealt_with() -> None:
    found = triples("Pompeo urged Tokyo to settle the dispute during a visit on Tuesday.")
    assert ("USA", "042", "JPN", "done") in found


def test_a_deadline_that_was_set_by_someone_is_his_demand() -> None:
    found = triples(
        "North Korea told Washington to change its approach by December. The deadline was set "
        "by Kim Jong Un in a speech in April."
    )
    assert [t for t in found if t[:2] == ("PRK", "100")]


def test_detainees_freed_by_a_state_were_released_by_it() -> None:
    found = triples("Bolton flew home with two American prisoners freed by North Korea on Friday.")
    assert ("PRK", "084", "USA", "done") in found


def test_a_participle_after_a_demands_content_is_the_demanders_own_act() -> None:
    found = triples(
        "China demanded on Monday that Washington lift the tariffs at once, condemning them as "
        "bullying."
    )
    assert ("CHN", "100", "USA", "done") in found
    assert ("CHN", "111", "USA", "done") in found


def test_a_visit_to_ones_own_troops_near_the_border_is_not_aimed_at_the_other_korea() -> None:
    found = triples("Kim Jong Un visited a front-line artillery unit near the border on Sunday.")
    assert not [t for t in found if t[1] == "042" and t[2] == "KOR"]


def test_a_second_sanctioned_object_with_its_own_day_is_a_second_report() -> None:
    found = triples(
        "The Treasury sanctioned a Chinese trading firm on March 4 for selling fuel to Pyongyang, "
        "and three Singaporean tankers on March 19."
    )
    assert ("USA", "163", "CHN", "done") in found
    assert ("USA", "163", "SGP", "done") in found


def test_approving_a_sum_for_the_north_is_aid() -> None:
    found = triples(
        "South Korea approved $5 million on Tuesday for UNICEF vaccine programmes in North Korea."
    )
    assert ("KOR", "070", "PRK", "done") in found


def test_the_body_whose_meeting_is_the_setting_is_not_the_subject() -> None:
    found = triples(
        "Wang Yi arrived in New York on Thursday, and at a Security Council meeting on Friday he "
        "urged Washington to ease sanctions."
    )
    assert [t for t in found if t[:2] == ("CHN", "020")]
    assert not [t for t in found if t[0] == "UN"]


def test_disputing_an_account_rejects_it_as_denying_it_does() -> None:
    found = triples("Tokyo disputed Seoul's version of the radar incident on Monday.")
    assert ("JPN", "120", "KOR", "done") in found


def test_readiness_to_work_toward_a_deal_is_a_stated_readiness() -> None:
    found = triples(
        "Japan remained ready to work toward a settlement with South Korea, its foreign "
        "ministry said on Monday."
    )
    assert ("JPN", "036", "KOR", "claimed") in found
    found = triples("Japan would be ready to work toward a settlement with South Korea if asked.")
    assert not found


def test_a_joint_proposal_is_put_to_others_not_to_each_other() -> None:
    found = triples(
        "France and Britain proposed on Monday that the Security Council tighten the oil cap."
    )
    assert [t for t in found if t[:2] == ("FRA+GBR", "030") and t[2] != "each-other"]
    assert ("KOR+PRK", "030", "each-other", "done") in triples(
        "The two Koreas pledged on Monday to cut tension along the border."
    )


def test_leading_a_delegation_to_a_capital_is_a_visit() -> None:
    assert triples(
        "Unification Minister Cho Myoung-gyon led a delegation of about 90 athletes and coaches "
        "to Pyongyang on Tuesday."
    ) == [("KOR", "042", "PRK", "done")]
    assert triples("The delegation led to nothing.") == []


def test_drills_named_before_the_allies_who_had_launched_them() -> None:
    found = triples(
        "Pyongyang denounced the joint air exercise that South Korea and the United States had "
        "launched on Monday."
    )
    assert ("KOR+USA", "150", None, "done") in found
    assert not any(a == "KOR+USA" for a, *_ in triples("Seoul launched a new website on Monday."))


def test_the_state_of_a_town_named_before_is_a_place() -> None:
    assert triples(
        "At the championships in Halmstad, Sweden, the two Koreas agreed to field a joint team."
    ) == [("KOR+PRK", "030", "joint-team", "done")]
    [r] = reports("After the summit in Hanoi, Washington urged Pyongyang to return to talks.")
    assert (r.actor, r.target) == ("USA", "PRK")  # a capital there is a party


def test_telling_a_party_to_act_is_an_appeal_telling_reporters_is_not() -> None:
    assert triples("Trump told Kim Jong Un on Twitter on Sunday to act quickly.") == [
        ("USA", "020", "PRK", "done")
    ]
    assert triples("Moon told reporters to expect a summit.") == []
    assert triples("Kim Jong Un was told to wait.") == []  # told, not telling


def test_ready_to_keep_negotiating_is_a_stated_readiness() -> None:
    assert triples("Seoul remained ready to keep negotiating toward a deal with Washington.") == [
        ("KOR", "036", "USA", "claimed")
    ]


def test_criticism_of_statements_from_a_party_is_aimed_at_it() -> None:
    found = triples(
        "The US envoy met his Japanese counterpart on Monday. He condemned recent threats from "
        "Pyongyang as reckless."
    )
    assert ("USA", "111", "PRK", "done") in found
    assert not any(t == "JPN" and c.startswith("11") for _, c, t, _m in found)


def test_a_summit_known_by_its_place_is_told_by_the_day_it_broke_up() -> None:
    found = reports("The Hanoi summit broke up on Feb. 28 without agreement.", date(2019, 3, 15))
    assert [(r.actor, r.target) for r in found] == [("PRK+USA", "each-other")]
    assert reports("The spirit of the Hanoi summit lives on.", date(2019, 3, 15)) == []


def test_ready_to_continue_the_negotiations_is_aimed_at_the_other_side() -> None:
    found = triples(
        "North Korea warned that it might suspend the talks. Pompeo said on Friday that "
        "Washington remained ready to continue the negotiations."
    )
    assert ("USA", "036", "PRK", "claimed") in found


def test_announcing_the_end_of_drills_suspends_them() -> None:
    assert triples("The allies announced the end of the Key Resolve exercises on March 3.") == [
        ("KOR+USA", "087", None, "done")
    ]


def test_a_pronoun_after_a_fronted_phrase_of_the_same_occasion() -> None:
    found = triples(
        "Kim Jong Un said he was ready to sit down with Trump. In the same speech he offered to "
        "reopen the Kaesong industrial park."
    )
    assert ("PRK", "030", "KOR", "done") in found


def test_flying_into_a_capital_is_a_visit() -> None:
    assert triples("Kim Yong Chol flew into Washington from Beijing on Thursday evening.") == [
        ("PRK", "042", "USA", "done")
    ]
    assert triples("The missile flew into the sea.") == []


def test_talks_between_an_envoy_named_by_nationality_and_a_minister() -> None:
    found = triples(
        "The day began with talks between the North Korean envoy and Secretary of State Mike "
        "Pompeo at a hotel."
    )
    assert found == [("PRK+USA", "040", "each-other", "done")]


def test_support_voiced_for_a_survey_of_the_norths_railways_is_for_seoul() -> None:
    assert triples("The US voiced strong support for a joint survey of the North's railways.") == [
        ("USA", "051", "KOR", "done")
    ]
    assert triples("Seoul pledged to modernize the North's railways.") == [
        ("KOR", "030", "PRK", "done")
    ]


def test_suspending_drills_in_a_participle_clause_is_the_subjects() -> None:
    assert triples(
        "The allies kept trimming their own military calendar, suspending the Vigilant Ace air "
        "exercise on Oct. 19."
    ) == [("KOR+USA", "087", None, "done")]


def test_would_not_talk_to_a_party_is_a_refusal() -> None:
    found = triples("North Korea said on Sunday it would not talk to South Korea.")
    assert found == [("PRK", "125", "KOR", "done")]


def test_a_proposal_to_act_in_the_other_sides_capital_is_put_to_it() -> None:
    [r] = reports(
        "After the show Kim Jong Un proposed that the North's artists give a concert in Seoul."
    )
    assert (r.actor, r.action, r.target, r.tracks) == ("PRK", "030", "KOR", ("inter-korean",))
    [r] = reports("Trump proposed that the two leaders meet in Hanoi.")
    assert r.target != "VNM"  # a venue is no counterpart


def test_a_project_named_as_where_the_two_met_is_no_object_of_their_agreement() -> None:
    found = triples(
        "The two Koreas agreed on more family visits at Red Cross talks held at the Kaesong "
        "industrial park on Tuesday."
    )
    assert ("KOR+PRK", "030", "each-other", "done") in found
    assert ("KOR+PRK", "030", "kaesong", "done") in triples(
        "The two Koreas agreed on Tuesday to reopen the Kaesong industrial park."
    )


def test_a_capital_opening_the_sentence_before_a_visitor_is_where_he_acted() -> None:
    found = triples(
        "In Tokyo, Pompeo met Foreign Minister Taro Kono on Monday. He then urged Pyongyang to "
        "keep its promises."
    )
    assert ("USA", "040", "JPN", "done") in found
    assert ("USA", "020", "PRK", "done") in found  # "he" is the visitor, not the host


def test_a_reaction_to_what_someone_made_is_aimed_at_its_maker() -> None:
    found = triples(
        "Pompeo met Foreign Minister Taro Kono on Monday. He then rejected the offer that "
        "Pyongyang made in May."
    )
    assert ("USA", "120", "PRK", "done") in found


def test_he_joined_to_a_named_party_is_the_person_named_before() -> None:
    found = triples(
        "Kim Jong Un toured a factory in Beijing on Wednesday, two months after he and Trump "
        "signed a joint statement in Singapore."
    )
    assert ("PRK+USA", "057", "each-other", "done") in found


def test_his_guest_is_the_one_who_came_to_visit() -> None:
    found = triples(
        "Kim Jong Un arrived in Beijing on Tuesday. Xi hosted a lunch in his honour the next day."
    )
    assert ("CHN", "043", "PRK", "done") in found
    found = triples(
        "Moon and Abe held talks for an hour on Monday, and Moon then hosted a dinner for his "
        "guest."
    )
    assert ("KOR", "043", "JPN", "done") in found


def test_travel_bans_asset_freezes_and_investment_bans_are_sanctions() -> None:
    found = triples("Canada imposed travel bans and asset freezes on six North Korean officials.")
    assert ("CAN", "163", "PRK", "done") in found
    found = triples("Australia banned investment in North Korea in March.")
    assert ("AUS", "163", "PRK", "done") in found


def test_its_ministers_are_the_subjects_not_a_body_named_as_a_modifier() -> None:
    found = triples(
        "Britain went further than the UN measures in May, when its ministers banned investment "
        "in North Korea."
    )
    assert ("GBR", "163", "PRK", "done") in found


def test_a_dated_nuclear_test_with_a_long_description_is_still_a_test() -> None:
    found = triples(
        "Japan acted a month after the North's sixth and most powerful nuclear test on Sept. 3."
    )
    assert ("PRK", "X02", None, "done") in found


def test_a_body_whose_meeting_opens_the_sentence_is_the_setting_not_the_subject() -> None:
    found = triples(
        "Wang Yi flew to New York on Thursday. At a Security Council meeting on Friday, he urged "
        "Washington to ease sanctions."
    )
    assert ("CHN", "020", "USA", "done") in found
    assert not [t for t in found if t[0] == "UN"]


def test_urging_members_at_a_council_session_is_urging_the_council() -> None:
    found = triples(
        "At a Security Council session on Friday, Haley urged members to enforce the oil cap."
    )
    assert ("USA", "020", "UN", "done") in found


def test_days_of_talks_held_with_and_an_envoy_received_by_name() -> None:
    found = reports(
        "Trump received Kim Yong Chol, the North's lead negotiator, in the Oval Office on Jan. 18, "
        "and Biegun then held three days of talks near Stockholm with North Korean Vice Foreign "
        "Minister Choe Son Hui starting on Jan. 19.",
        date(2019, 2, 1),
    )
    assert [(r.actor, r.action, r.target, r.on.day) for r in found] == [
        ("USA", "043", "PRK", 18),
        ("USA", "040", "PRK", 19),
    ]


def test_us_allies_is_a_kind_of_state_not_the_united_states() -> None:
    found = triples(
        "Japan accused a South Korean destroyer of locking its radar on a patrol plane, prompting "
        "Seoul to voice deep regret and widening a quarrel between two US allies."
    )
    assert found == [("JPN", "112", "KOR", "done"), ("KOR", "111", "JPN", "done")]


def test_calling_a_weapons_test_a_launch_is_no_launch_and_heaped_insults_criticise() -> None:
    assert triples(
        "North Korea heaped insults on Japanese Prime Minister Shinzo Abe on Saturday for calling "
        "its latest weapons test a ballistic missile launch."
    ) == [("PRK", "111", "JPN", "done")]


def test_a_dated_test_after_an_article_is_a_noun() -> None:
    found = triples(
        "Pyongyang protested after Tokyo described an Oct. 31 test of the same launcher as a "
        "ballistic missile launch."
    )
    assert not any(actor == "JPN" and code == "X01" for actor, code, *_ in found)


def test_she_is_the_last_woman_named_not_the_office_named_before() -> None:
    found = triples(
        "On March 2, South Korea's presidential office expressed strong concern, drawing the "
        "first statement ever issued in Kim Yo Jong's own name. In it, on March 3, she derided "
        "the presidential office as a frightened dog."
    )
    assert found[-1][:3] == ("PRK", "111", "KOR")


def test_sending_a_leader_a_letter_is_a_message_to_his_state() -> None:
    assert triples(
        "US President Donald Trump has sent North Korean leader Kim Jong Un a personal letter."
    ) == [("USA", "010", "PRK", "done")]


def test_a_party_before_an_apposition_is_not_in_the_subject_after_it() -> None:
    found = triples(
        "Moon backed dialogue between Tokyo and Pyongyang, a line Japanese diplomats had "
        "pressed for."
    )
    assert all("PRK" not in actor for actor, *_ in found)


def test_a_statement_welcoming_the_koreas_declaration_is_aimed_at_them() -> None:
    [r] = reports(
        "Abe, Chinese Premier Li Keqiang and South Korean President Moon Jae-in issued a special "
        "statement welcoming the Panmunjom Declaration."
    )
    assert (r.actor, r.action, r.target) == ("CHN+JPN+KOR", "051", "PRK")
    assert "inter-korean" in r.tracks
    [r] = reports("Japan welcomed the inter-Korean summit.")
    assert r.target == "KOR+PRK"


def test_the_leaders_of_three_states_threw_their_weight_behind_a_declaration() -> None:
    [r] = reports(
        "The leaders of Japan, China and South Korea threw their weight behind last month's "
        "inter-Korean peace declaration at a summit in Tokyo on Wednesday."
    )
    assert (r.actor, r.action, r.target) == ("CHN+JPN+KOR", "051", "PRK")


def test_a_draft_council_resolution_is_aimed_at_the_state_it_is_about() -> None:
    found = triples(
        "France circulated a draft Security Council resolution on Tuesday that would tighten "
        "the sanctions on North Korea."
    )
    assert [t for t in found if t[0] == "FRA" and t[2] == "PRK"]


def test_an_appeal_from_one_capital_to_another_is_aimed_at_the_second() -> None:
    found = triples("Biegun appealed from Tokyo to Pyongyang on Monday to return to the talks.")
    assert ("USA", "020", "PRK", "done") in found


def test_a_reaction_told_as_an_apposition_to_an_act_is_aimed_at_its_actor() -> None:
    found = triples(
        "Russia proposed on Monday to exempt inter-Korean road projects from the sanctions, an "
        "idea the United States quickly rejected."
    )
    assert ("USA", "120", "RUS", "done") in found


def test_support_for_an_allys_plan_for_the_north_is_on_that_plans_track() -> None:
    [r] = [
        r
        for r in reports("Abe voiced support on Monday for Seoul's plan to send rice to the North.")
        if r.action == "051"
    ]
    assert (r.actor, r.target, r.tracks) == ("JPN", "KOR", ("inter-korean",))


def test_the_north_korea_sanctions_committee_is_the_uns_body_not_the_north() -> None:
    found = triples(
        "The work was cleared by the Security Council's North Korea sanctions committee, which "
        "granted an exemption for Seoul on Friday."
    )
    assert ("UN", "085", "KOR", "done") in found
    assert not [t for t in found if t[0] == "PRK"]


def test_readiness_to_take_steps_toward_a_deal_is_a_stated_readiness() -> None:
    found = triples(
        "Biegun urged Pyongyang on Monday to return to talks and said Washington was prepared "
        "to take bold steps toward an agreement."
    )
    assert {c for a, c, t, m in found if (a, t, m) == ("USA", "PRK", "claimed")} >= {"030"}


def test_a_participle_after_what_was_said_is_the_sayers_act() -> None:
    found = triples(
        "The IAEA said on Monday it had seen no sign that North Korea has halted its nuclear "
        "work, voicing concern over new activity at the Yongbyon site."
    )
    assert [t for t in found if t[:3] == ("IAEA", "111", "PRK")]


def test_readiness_to_play_a_role_in_verification_is_an_offer() -> None:
    found = triples(
        "The IAEA said on Monday it stood ready to play its role in verifying the dismantling of "
        "North Korea's nuclear sites."
    )
    assert ("IAEA", "030", "PRK", "claimed") in found


def test_a_summit_named_by_its_place_is_the_joint_act_told_there() -> None:
    found = triples(
        "Moon and Kim signed a declaration in Panmunjom on April 27 in which the North pledged "
        "to close its test site. Abe welcomed the Panmunjom summit the next day."
    )
    assert ("JPN", "051", "KOR+PRK", "done") in found


def test_an_appeal_with_an_adverb_is_an_appeal_and_pressing_ahead_is_none() -> None:
    found = triples("Japan's envoy appealed directly to Pyongyang on Tuesday.")
    assert ("JPN", "020", "PRK", "done") in found
    assert triples("Seoul, which has pressed ahead with its own projects, waited.") == []


def test_a_meeting_postponed_after_an_appositive_and_an_abbreviated_date_is_none() -> None:
    found = triples(
        "A meeting between Biegun and Choe Son Hui, the North's vice foreign minister, that had "
        "been planned for Oct. 3 in Beijing was called off."
    )
    assert not [t for t in found if t[1] == "040"]


def test_a_test_stand_beside_a_rocket_building_is_no_launch() -> None:
    found = triples(
        "Japan's defence ministry said images showed an engine test stand and a rocket hangar "
        "being taken apart."
    )
    assert not [t for t in found if t[1] == "X01"]


def test_receiving_a_named_visitor_is_hosting_him() -> None:
    found = triples("Xi Jinping received Kim Yong Chol in Beijing on Tuesday.")
    assert ("CHN", "043", "PRK", "done") in found
    found = triples("Moon received a letter from Kim Jong Un on Tuesday.")
    assert not [t for t in found if t[1] == "043"]


def test_it_after_a_sentence_about_pressure_at_a_body_is_not_that_body() -> None:
    found = triples(
        "Tokyo also urged Pyongyang to talk. The government has meanwhile raised the matter at "
        "the United Nations. On March 3 it accused North Korea of smuggling coal."
    )
    assert ("JPN", "112", "PRK", "done") in found
    assert not [t for t in found if t[0] == "UN"]


def test_a_draft_council_resolution_circulated_is_a_proposal() -> None:
    found = triples(
        "Russia circulated a draft Security Council resolution on Tuesday that would lift the "
        "ban on the North's textile exports."
    )
    assert ("RUS", "030", "PRK", "done") in found  # the council resolution names no target


def test_a_summit_dated_before_its_noun_is_an_event_of_that_day() -> None:
    [r] = reports("Abe spoke a week after his Sept. 6 summit with Vladimir Putin.")
    assert (r.actor, r.action, r.target, r.on) == ("JPN", "040", "RUS", date(2018, 9, 6))


def test_a_summit_called_off_is_no_meeting() -> None:
    found = triples("Abe called off his planned summit with Vladimir Putin.")
    assert not [t for t in found if t[1] == "040"]
    found = triples("Abe cancelled his Sept. 6 summit with Vladimir Putin.")
    assert not [t for t in found if t[1] == "040"]


def test_the_envoys_are_those_who_made_the_last_visit_not_their_host() -> None:
    found = triples(
        "Seoul's envoys met Kim Jong Un in Pyongyang on March 5. Kim told them he was willing to "
        "hold talks with the United States. The envoys then flew to Washington, where they "
        "briefed President Donald Trump on March 8."
    )
    assert ("KOR", "042", "USA", "done") in found
    assert not [t for t in found if t[0] == "PRK" and t[2] == "USA" and t[1] != "036"]


def test_a_negation_before_an_aside_is_the_verbs_after_it() -> None:
    found = triples(
        "Suga announced that Japan would not, for the first time in more than a decade, put "
        "forward a resolution on North Korea."
    )
    assert found == [("JPN", "030", "PRK", "negated")]


def test_un_sanctions_before_a_verb_are_no_subject_when_a_party_came_first() -> None:
    found = triples(
        "Seoul said it had implemented UN sanctions and demanded that Japan produce proof."
    )
    assert [(a, c, t) for a, c, t, _ in found] == [("KOR", "100", "JPN")]


def test_a_partys_decision_dated_before_its_verb_is_the_partys_act() -> None:
    found = triples(
        "Seoul's move followed Tokyo's decision on Aug. 2 to strike South Korea off its list of "
        "trusted trading partners."
    )
    assert [(a, t) for a, _, t, _ in found] == [("JPN", "KOR")]


def test_prepared_to_pursue_the_commitments_is_an_offer() -> None:
    found = triples(
        "Biegun said Washington was prepared to pursue the Singapore commitments in parallel, and "
        "that Kim had pledged to dismantle the facilities."
    )
    assert ("USA", "030", "PRK", "claimed") in found


def test_a_body_set_up_by_two_together_is_set_up_with_each_other() -> None:
    found = triples("Tokyo and Seoul launched a working group on export controls on Tuesday.")
    assert ("JPN+KOR", "061", "each-other", "done") in found


def test_voting_for_a_council_resolution_on_a_state_is_a_sanction_on_it() -> None:
    found = triples(
        "China voted for the Security Council resolution of Sept. 11 that capped North Korea's "
        "oil imports."
    )
    assert ("CHN", "163", "PRK", "done") in found
    habit = triples("Russia has voted for every UN resolution on the North since 2006.")
    assert not [t for t in habit if t[1] == "163"]  # a record, not an act


def test_seizing_a_ship_described_as_the_norths_is_aimed_at_the_north() -> None:
    found = reports(
        "Indonesia said on Friday it had seized the Sea Star, a tanker that was used to ship "
        "North Korean coal."
    )
    assert [(r.actor, r.target, r.tracks) for r in found if r.action == "171"] == [
        ("IDN", "PRK", ("sanctions",))
    ]


def test_it_after_a_verb_in_what_someone_said_is_the_sayer() -> None:
    found = triples("Tokyo said Washington had briefed it on Monday about the talks with Kim.")
    assert ("USA", "040", "JPN", "claimed") in found
    [r] = reports("Seoul said the North had rejected it on Monday.")  # "it": the offer
    assert r.target != "KOR"


def test_another_test_on_a_second_day_is_a_second_report() -> None:
    found = reports(
        'The North carried out what it called an "important test" at the site on Nov. 3, and '
        'another "vital test" there on Nov. 17.'
    )
    assert [(r.actor, r.action, r.on) for r in found] == [
        ("PRK", "X01", date(2018, 11, 3)),
        ("PRK", "X01", date(2018, 11, 17)),
    ]


def test_dated_talks_in_a_city_opening_a_sentence_are_the_talks_of_the_two_it_names() -> None:
    found = triples(
        "Working-level talks in Hanoi on Feb. 21 ended without a deal, with the North's envoy "
        "accusing the US side of stalling."
    )
    assert ("PRK+USA", "046", "each-other", "done") in found


def test_a_count_of_those_sanctioned_by_someone_is_no_act() -> None:
    found = triples(
        "The move brings to 40 the number of companies sanctioned by Japan since the nuclear test."
    )
    assert not [t for t in found if t[1] == "163"]


def test_a_visit_with_no_place_to_brief_someone_is_a_visit_to_that_party() -> None:
    found = triples("Wang Yi will visit next week to brief Abe on the Beijing summit.")
    assert found == [("CHN", "042", "JPN", "planned")]


def test_the_two_men_are_the_two_people_just_named_not_the_states_they_spoke_of() -> None:
    found = triples(
        "Kono told reporters that the sanctions on North Korea must stay. Kang said Pyongyang "
        "had to act first. It was the third meeting between the two men this year."
    )
    assert ("JPN+KOR", "040", "each-other", "done") in found
    assert not [t for t in found if t[0] in ("JPN+PRK", "KOR+PRK")]


def test_insisting_on_something_is_a_demand() -> None:
    found = triples("Kono insisted on a full account of North Korea's abductions.")
    assert ("JPN", "100", "PRK", "done") in found


def test_a_person_held_or_freed_with_no_agent_is_held_by_the_place_or_the_story_holder() -> None:
    found = triples(
        "North Korea released two Americans on Wednesday. The first was arrested on May 3, "
        "2017, and was sentenced on June 2, 2017, to eight years of hard labour."
    )
    assert ("PRK", "173", "USA", "done") in found
    found = triples(
        "Pompeo met Kim Jong Un in Pyongyang. A teacher was detained at Pyongyang's airport on "
        "April 2 and was released in a coma in June."
    )
    assert ("PRK", "171", "USA", "done") in found and ("PRK", "084", "USA", "done") in found
    assert triples("A tanker was detained in Busan on Monday.") == []


def test_the_end_of_a_trip_to_a_capital_and_a_return_from_one_are_visits() -> None:
    found = triples("Kono flew home at the end of a two-day trip to Seoul on Friday.")
    assert ("JPN", "042", "KOR", "done") in found
    found = triples("Kono spoke to reporters after returning from a visit to Beijing.")
    assert ("JPN", "042", "CHN", "done") in found


def test_a_named_drill_suspended_with_an_appositive_is_a_suspension() -> None:
    found = triples("The allies suspended Foal Eagle, the largest of their spring exercises.")
    assert ("KOR+USA", "087", None, "done") in found


def test_a_request_put_on_hold_is_rejected_and_aimed_at_the_one_who_asked() -> None:
    found = triples(
        "Japan accused North Korea of smuggling oil on Monday and asked the council to blacklist "
        "three ships. China put the request on hold on Friday."
    )
    assert ("CHN", "120", "JPN", "done") in found


def test_the_committee_after_the_councils_sanctions_committee_is_the_un() -> None:
    found = triples(
        "Japan wrote to the Security Council's sanctions committee on Monday, citing ship "
        "transfers, and asked the committee to blacklist three tankers."
    )
    assert ("JPN", "020", "UN", "done") in found


def test_a_commitment_with_an_interposed_occasion_is_still_a_commitment() -> None:
    found = triples(
        "Kim Jong Un committed, during a meeting with Xi Jinping in Dalian, to a freeze of "
        "missile tests."
    )
    assert ("PRK", "030", "CHN", "done") in found


def test_very_strong_support_voiced_is_support() -> None:
    found = triples('Japan voiced "very strong support" for the US efforts on North Korea.')
    assert [t for t in found if t[:2] == ("JPN", "051")]


def test_suspending_the_planning_for_a_named_drill_is_a_suspension() -> None:
    found = triples(
        "The allies suspended preparations for Freedom Edge, the large annual computer-simulated "
        "command exercise."
    )
    assert ("KOR+USA", "087", None, "done") in found


def test_no_interest_in_another_meeting_is_a_refusal() -> None:
    found = triples("Pyongyang said it had no interest in another meeting with Seoul.")
    assert ("PRK", "125", "KOR", "claimed") in found


def test_him_as_object_is_the_last_person_named_even_one_known_only_by_description() -> None:
    found = triples(
        "Prosecutors charged Ri Song Nam, a North Korean banker, on Monday. Japan sanctioned "
        "him the next day."
    )
    assert ("JPN", "163", "PRK", "done") in found


def test_a_dated_demolition_of_ones_own_site_told_as_a_noun_is_a_report() -> None:
    found = reports("Seoul welcomed the North's dismantling of its missile engine site on Aug. 3.")
    assert [(r.actor, r.target, r.on) for r in found if r.actor == "PRK"] == [
        ("PRK", None, date(2018, 8, 3))
    ]


def test_halting_a_service_or_trips_is_a_cut() -> None:
    found = triples("North Korea halted the freight train service to the South on Dec. 1, 2008.")
    assert ("PRK", "161", "KOR", "done") in found


def test_him_in_a_later_said_clause_of_the_sayer_is_the_sayer() -> None:
    found = triples(
        "Abe said on Monday that talks were the only way, after his call with Moon, and said "
        "Trump had asked him to brief Beijing."
    )
    assert ("USA", "020", "JPN", "claimed") in found


def test_plural_visits_told_with_several_days_are_one_visit_a_day() -> None:
    found = reports(
        "Abe's earlier trips to Washington came on Feb. 10, his first as premier, and on "
        "April 17, weeks before the Singapore summit."
    )
    visits = [(r.actor, r.action, r.target, r.on) for r in found if r.action == "042"]
    assert visits == [
        ("JPN", "042", "USA", date(2018, 2, 10)),
        ("JPN", "042", "USA", date(2018, 4, 17)),
    ]


def test_charging_someone_with_a_crime_is_a_legal_action() -> None:
    found = triples("Seoul charged three North Korean agents with spying on Monday.")
    assert ("KOR", "173", "PRK", "done") in found
    found = triples(
        "The move followed charges filed by the Justice Department against a Russian bank."
    )
    assert ("USA", "173", "RUS", "done") in found


def test_a_trip_there_is_a_visit_to_the_place_just_named() -> None:
    found = triples("The mood in Beijing has improved since Abe's first trip there, on Oct. 25.")
    assert ("JPN", "042", "CHN", "done") in found


def test_a_meeting_that_had_been_due_but_was_called_off_is_not_held() -> None:
    found = reports(
        "Kono had been due to meet Kang Kyung-wha in Seoul on Tuesday, but Japan pulled out "
        "an hour before the meeting."
    )
    assert [r.modality for r in found if r.action == "040"] == ["negated"]
    assert [(r.actor, r.target) for r in found if r.action == "161"] == [("JPN", "KOR")]


def test_a_summit_after_stalled_since_was_held() -> None:
    [r] = reports(
        "Talks have stalled since the Hanoi summit in February broke up early.", date(2019, 4, 29)
    )
    assert (r.actor, r.target, r.modality) == ("PRK+USA", "each-other", "done")
    assert triples("Seoul hopes to revive the stalled talks.") == []


def test_a_letter_received_with_a_quoted_description_is_still_from_its_sender() -> None:
    found = triples('Moon received a "warm, friendly" letter from Kim Jong Un on Monday.')
    assert ("PRK", "010", "KOR", "done") in found


def test_prepared_to_take_steps_toward_a_deal_is_a_stated_readiness_to_the_other_side() -> None:
    found = triples(
        "Pompeo met Kim Yong Chol in New York. Pompeo said Washington was prepared to take "
        '"concrete, parallel steps" toward a deal.'
    )
    assert ("USA", "030", "PRK", "claimed") in found
    found = triples("Moon ordered his aides to take swift steps toward a reunion.")
    assert not [t for t in found if t[1] == "030"]


def test_it_after_telling_a_state_is_the_teller() -> None:
    found = triples(
        "The United States told the North it was prepared to take simultaneous steps toward an "
        "agreement."
    )
    assert found == [("USA", "030", "PRK", "claimed")]


def test_an_act_aimed_by_its_nature_at_no_one_named_is_aimed_where_its_actor_aims() -> None:
    story = (
        "The Unification Ministry criticized Pyongyang on Tuesday for demolishing the liaison "
        "office. The ministry also said it would cut off the electricity supply to the "
        "industrial park."
    )
    first, cut = reports(story)
    assert (first.target, cut.actor, cut.action, cut.target) == ("PRK", "KOR", "161", "PRK")
    assert cut.confidence < first.confidence  # the target is inferred, not read
    # with nothing in the story to go by it stays unaimed, and so does what may stand alone
    alone = "The Unification Ministry said it would cut off the electricity supply to the park."
    assert triples(alone) == [("KOR", "161", None, "planned")]
    drills = story + " Seoul also said it would hold drills near the border on Monday."
    assert reports(drills)[-1].target is None


def test_a_clause_after_comma_and_with_its_own_subject_ends_the_search_for_a_target() -> None:
    found = triples(
        "Moon and Kim met in Panmunjom in April, and talks between the two Koreas have stalled "
        "since the collapse of Kim's summit with Trump."
    )
    assert found[0] == ("KOR+PRK", "040", "each-other", "done")


def test_a_simple_past_after_a_told_past_perfect_is_the_tellers() -> None:
    found = triples(
        "On Monday Seoul's unification ministry said North Korean guards had seized a fisherman "
        "in the North's waters, condemned the seizure and demanded that Pyongyang release him."
    )
    assert found[0][:2] == ("PRK", "171")  # what was told
    # the teller's own acts; "the North's waters" is no subject of them
    assert [t[:3] for t in found[1:]] == [("KOR", "111", "PRK"), ("KOR", "100", "PRK")]


def test_quoted_words_of_concern_and_an_appeal_joined_to_them() -> None:
    story = (
        "Japan lodged a protest with Seoul over the ruling on Monday. The South Korean foreign "
        'ministry voiced "grave concern" and urged the North to return to talks.'
    )
    # the words in quotation marks are the act told; the appeal joined to it names whom
    # it is aimed at, not the protest told before
    assert triples(story)[1:] == [("KOR", "111", "PRK", "done"), ("KOR", "020", "PRK", "done")]
    assert triples(story.replace('"', ""))[1][2] == "PRK"


def test_the_allies_agreeing_to_put_off_their_drills_is_on_the_drills_track() -> None:
    [r] = reports(
        "Seoul and Washington agreed on Feb. 27 to postpone their annual spring exercises "
        "because of the outbreak."
    )
    assert (r.actor, r.tracks) == ("KOR+USA", ("denuclearization",))
    found = reports(
        "Abe urged Moon to hold the joint drills, weeks after Seoul and Washington agreed to "
        "suspend them."
    )
    assert found[-1].actor == "KOR+USA" and found[-1].tracks == ("denuclearization",)
    [r] = reports("Seoul and Washington agreed on Feb. 27 to share more intelligence.")
    assert r.tracks == ("alliance-coordination",)  # any other agreement is their coordination


def test_the_reunions_are_the_family_reunions_project() -> None:
    [r] = reports("Red Cross delegates of the two Koreas agreed on Friday to resume the reunions.")
    assert (r.actor, r.target) == ("KOR+PRK", "family-reunions")


def test_a_participle_joined_to_a_progressive_has_the_progressives_subject() -> None:
    found = triples(
        "Japan held talks with China on Tuesday, while an official said Seoul was watching the "
        "situation and consulting closely with Washington."
    )
    assert found[-1][:3] == ("KOR", "040", "USA")  # Seoul consulting, not Japan


def test_a_contact_clause_with_its_own_teller_leaves_the_object_its_owner() -> None:
    [r] = reports(
        "The Treasury on Thursday sanctioned three Russian banks it said had moved money for "
        "the North."
    )
    assert (r.actor, r.action, r.target) == ("USA", "163", "RUS")  # "it" says, not the banks


def test_the_withdrawal_of_quoted_sanctions_is_an_easing() -> None:
    [r] = reports(
        'Trump said he had ordered the withdrawal of "new large scale sanctions" on Pyongyang.'
    )
    assert (r.actor, r.action, r.target) == ("USA", "085", "PRK")


def test_he_after_a_teller_named_in_a_later_clause_is_that_teller() -> None:
    found = triples(
        "Japan held talks with China on Monday, a day before President Moon said he had offered "
        "talks to the North."
    )
    assert found[-1][0] == "KOR"  # Moon offered, not Japan


def test_an_act_takes_no_track_from_an_event_told_after_it() -> None:
    [letter, *_] = reports(
        "Kim Jong Un sent Moon a letter of condolence on Monday, a week after his sister "
        "mocked Seoul for objecting to a missile launch."
    )
    assert (letter.actor, letter.target, letter.tracks) == ("PRK", "KOR", ("inter-korean",))


def test_a_condition_in_a_result_participles_clause_is_not_the_plans() -> None:
    found = triples(
        "The North's army said it would send troops to the border, prompting Seoul to warn "
        "that it would respond if the North went ahead."
    )
    assert ("PRK", "154", "KOR", "planned") in found  # planned, not hypothetical


def test_turning_off_the_loudspeakers_is_a_de_escalation() -> None:
    [r] = reports("The North turned off its loudspeakers along the border on Tuesday.")
    assert (r.actor, r.action, r.target) == ("PRK", "087", "KOR")


def test_halting_ballistic_missile_tests_is_a_halt_not_a_test() -> None:
    found = triples("Pyongyang said it was stopping intercontinental ballistic missile tests.")
    assert [t[:2] for t in found] == [("PRK", "087")]


def test_an_exemption_granted_to_a_named_state_and_a_ban_waived_ease_sanctions() -> None:
    found = triples(
        "The UN sanctions committee on Monday granted Seoul a temporary exemption for the "
        "shipment of medical supplies to the North."
    )
    assert ("UN", "085", "KOR", "done") in found
    found = triples("South Korea waived its ban on North Korean ships for the ferry's visit.")
    assert ("KOR", "085", "PRK", "done") in found


def test_a_trip_told_in_the_subjects_aside_is_not_what_its_reaction_reacts_to() -> None:
    story = (
        "North Korea test-fired two cruise missiles on Monday. Japanese Foreign Minister Taro "
        "Kono, who was visiting Australia, expressed deep concern on Tuesday."
    )
    assert ("JPN", "111", "PRK", "done") in triples(story)
    assert ("JPN", "111", "AUS", "done") not in triples(story)


def test_the_two_ministries_are_the_two_parties_the_story_is_about() -> None:
    story = (
        "Japan protested to South Korea over the radar incident on Monday. Officials of the "
        "two ministries held talks in Seoul on Wednesday."
    )
    assert ("JPN+KOR", "040", "each-other", "done") in triples(story)


def test_sailors_sent_back_across_the_border_are_people_returned() -> None:
    found = triples(
        "South Korea sent four North Korean sailors back across the sea border on Sunday, "
        "days after its navy rescued them."
    )
    assert ("KOR", "084", "PRK", "done") in found
    assert not [t for t in triples("Seoul sent troops back to the border.") if t[1] == "084"]


def test_briefing_a_named_leader_is_a_meeting_but_briefing_lawmakers_is_not() -> None:
    found = triples("Biegun flew to Tokyo on Monday after briefing Kang Kyung-wha in Seoul.")
    assert ("USA", "040", "KOR", "done") in found
    found = triples("The ministry began briefing lawmakers on the accord with North Korea.")
    assert not [t for t in found if t[1] == "040"]


def test_a_second_place_after_and_to_is_a_second_visit_with_its_verb_left_out() -> None:
    found = triples("Pompeo travelled to Seoul on Monday and then to Tokyo on Wednesday.")
    assert ("USA", "042", "KOR", "done") in found
    assert ("USA", "042", "JPN", "done") in found


def test_again_due_to_meet_is_planned() -> None:
    found = triples("Moon and Kim are again due to meet at the border village next month.")
    assert found == [("KOR+PRK", "040", "each-other", "planned")]


def test_ready_to_send_inspectors_is_an_offer_to_the_host() -> None:
    found = triples("The IAEA said it was ready to send inspectors to Yongbyon in North Korea.")
    assert ("IAEA", "036", "PRK", "claimed") in found


def test_an_act_after_once_with_its_own_subject_is_a_condition() -> None:
    found = triples("Seoul said the tours could begin in spring once Pyongyang agreed.")
    assert not [t for t in found if t[0] == "PRK"]
    found = triples("Once Moon and Kim met in Panmunjom in April, the two sides agreed on talks.")
    assert found  # "Once" opening a told past event is not a condition on the main verb


def test_inspectors_ordered_out_are_an_expulsion_of_their_body() -> None:
    story = (
        "The International Atomic Energy Agency has had no access to Yongbyon since the North "
        "ordered its inspectors out in 2009."
    )
    assert ("PRK", "166", "IAEA", "done") in triples(story)
    found = triples("North Korea ordered an investigation into the accident.")
    assert not [t for t in found if t[1] == "166"]


def test_the_panel_and_its_report_stand_for_the_un_and_questioning_conduct_is_criticism() -> None:
    story = (
        "A UN panel of experts said in a report on Monday that North Korea kept smuggling "
        "coal. The report also questioned China's enforcement of the coal ban. The panel "
        "criticised Russia for its oil sales."
    )
    found = triples(story)
    assert ("UN", "111", "CHN", "done") in found
    assert ("UN", "111", "RUS", "done") in found
    # no panel named before: "the report" is no one
    assert triples("The report also questioned China's enforcement of the coal ban.") == []


def test_acts_of_the_un_sanctions_bodies_are_on_the_sanctions_track() -> None:
    story = (
        "A UN panel of experts said in a report on Monday that North Korea kept smuggling "
        "coal. The report also questioned South Korea's handling of fuel it sent to the "
        "inter-Korean liaison office."
    )
    last = reports(story)[-1]
    assert (last.actor, last.target) == ("UN", "KOR")
    assert "sanctions" in last.tracks


def test_a_pair_with_a_titled_second_name_meets_in_the_relative_clause() -> None:
    found = triples(
        "Pompeo and South Korean Foreign Minister Kang Kyung-wha, who met in Seoul on "
        "Monday, agreed to keep up the pressure."
    )
    assert ("KOR+USA", "040", "each-other", "done") in found
    assert not [t for t in found if t[0] == "KOR"]


def test_agreed_by_telephone_is_no_passive() -> None:
    found = triples("Abe and Moon agreed by phone on Sunday to keep up the pressure on the North.")
    assert ("JPN+KOR", "030", "each-other", "done") in found


def test_sanctions_with_free_adjectives_are_imposed_but_their_easing_is_not() -> None:
    found = triples("Canada imposed its first-ever autonomous sanctions on North Korea on Monday.")
    assert ("CAN", "163", "PRK", "done") in found
    found = triples("Russia announced the easing of sanctions on North Korean fishing.")
    assert not [t for t in found if t[1] == "163"]


def test_a_like_reaction_to_the_move_reacts_to_what_the_welcome_before_it_did() -> None:
    story = (
        "The UN sanctions committee on Friday blacklisted five North Korean vessels. The "
        "vessels were named by the United States, weeks after Washington imposed its own "
        "sanctions on the firms that own them. The State Department welcomed the decision on "
        "Friday. Australia welcomed the move on Saturday."
    )
    found = triples(story)
    assert ("USA", "051", "UN", "done") in found
    assert ("AUS", "051", "UN", "done") in found  # not the US sanctions told before


def test_a_party_in_an_object_relative_clause_accuses_the_noun_it_hangs_on() -> None:
    found = triples(
        "Officials named Korea Ryonbong, a North Korean firm the US accused of arms sales."
    )
    assert ("USA", "112", "PRK", "done") in found
    # a passive participle after a plain noun stays said of them, not by them
    found = triples("Two Chinese companies accused of helping Pyongyang were fined on Monday.")
    assert not [t for t in found if t[1] == "112"]


def test_a_list_of_states_the_act_names_only_as_origins_is_its_joint_target() -> None:
    found = triples(
        "The EU imposed its first sanctions over cyberattacks on Thursday, listing people from "
        "China, Russia and North Korea."
    )
    assert ("EU", "163", "CHN+PRK+RUS", "done") in found


def test_holding_up_a_request_is_a_rejection() -> None:
    found = triples("China held up a Japanese request to blacklist three tankers on Monday.")
    assert ("CHN", "120", "JPN", "done") in found


def test_added_to_a_blacklist_is_a_sanction_by_the_lists_owner() -> None:
    found = triples("Three North Korean shipping firms were added to the EU blacklist on Monday.")
    assert ("EU", "163", "PRK", "done") in found


def test_a_negation_before_a_relative_clause_is_not_the_relative_clauses() -> None:
    found = triples(
        "Seoul did not comment on the North Korean bank, which was added to the US sanctions "
        "list on Tuesday."
    )
    assert ("USA", "163", "PRK", "done") in found


def test_calling_a_persons_statement_rude_and_scorning_a_speech_are_criticism() -> None:
    found = triples(
        "South Korea's presidential spokesman called Kim Yo Jong's statement rude on Thursday."
    )
    assert ("KOR", "111", "PRK", "done") in found
    found = triples("North Korea scorned Moon Jae-in's speech on Friday.")
    assert ("PRK", "111", "KOR", "done") in found


def test_a_deadline_set_for_concessions_from_a_state_is_a_demand_on_that_state() -> None:
    found = triples(
        "Japan and China held talks on Monday as the year-end deadline Pyongyang set for "
        "concessions from Washington drew near."
    )
    assert ("PRK", "100", "USA", "done") in found


def test_a_possessive_subject_after_which_heads_its_own_clause() -> None:
    found = triples(
        "The talks came a week after Biegun's visit to Seoul, after which the North's "
        "foreign ministry accused Washington of hostile policies."
    )
    assert ("PRK", "112", "USA", "done") in found


def test_the_north_accusing_a_power_after_sanctions_talk_is_still_the_nuclear_question() -> None:
    story = (
        "Haley urged council members on Friday to keep enforcing the sanctions. The vote "
        "came a week after Pompeo's visit to Pyongyang, after which the North's foreign "
        "ministry accused Washington of bad faith."
    )
    accused = [r for r in reports(story) if r.action == "112"]
    assert [(r.actor, r.target) for r in accused] == [("PRK", "USA")]
    assert "denuclearization" in accused[0].tracks


def test_a_series_of_launches_that_began_on_a_day_is_a_launch_that_day() -> None:
    found = reports(
        "North Korea fired a cruise missile on Sept. 12, the fourth in a series of tests that "
        "began on Aug. 20."
    )
    assert [(r.actor, r.action, r.on) for r in found if r.action == "X01"] == [
        ("PRK", "X01", date(2018, 9, 12)),
        ("PRK", "X01", date(2018, 8, 20)),
    ]


def test_the_last_of_counted_tests_is_a_dated_test_but_not_of_uncounted_ones() -> None:
    found = reports(
        "The IAEA said the North's three nuclear tests, the last of them on Jan. 6, 2016, "
        "had advanced its programme."
    )
    assert [(r.actor, r.action, r.on) for r in found] == [("PRK", "X02", date(2016, 1, 6))]
    found = reports(
        "Beijing backed sanctions over the North's nuclear tests, the last of them on "
        "Dec. 22, 2017."
    )
    assert not [r for r in found if r.action in ("X01", "X02")]


def test_a_participle_after_a_tellers_aside_is_the_tellers() -> None:
    found = triples(
        "North Korean troops shot dead a South Korean soldier on Sunday, Seoul's defence "
        "ministry said, condemning the shooting."
    )
    assert ("KOR", "111", "PRK") in [t[:3] for t in found]  # Seoul condemned, not the North
    assert ("PRK", "111", "KOR") not in [t[:3] for t in found]


def test_calling_a_leader_from_somewhere_is_a_call_despite_a_later_predicate() -> None:
    found = triples(
        "Abe called President Donald Trump from Tokyo on Monday and asked him to take a "
        "firm line with the North."
    )
    assert [t[:3] for t in found][:2] == [("JPN", "040", "USA"), ("JPN", "020", "USA")]


def test_calling_a_move_a_positive_step_is_praise() -> None:
    found = triples(
        "The North said on Monday it would dismantle its missile engine test stand. Chinese "
        "President Xi Jinping called the decision an important step."
    )
    assert ("CHN", "051", "PRK") in [t[:3] for t in found]


def test_drills_named_with_adjectives_in_a_comma_list_are_held() -> None:
    found = triples(
        "South Korea and the United States started a smaller, mostly computer-based joint "
        "exercise on Monday."
    )
    assert found == [("KOR+USA", "150", None, "done")]


def test_calling_it_regrettable_that_a_party_acted_criticises_that_party() -> None:
    found = triples(
        "A Japanese government spokesman called it deeply regrettable that Pyongyang kept "
        "expanding its arsenal and urged it to return to talks."
    )
    assert [t[:3] for t in found] == [("JPN", "111", "PRK"), ("JPN", "020", "PRK")]


def test_a_launch_noun_dated_after_the_weapons_name_in_apposition() -> None:
    found = reports(
        "Talks stalled as the North kept testing weapons, including the launch of a solid-fuel "
        "missile, the Hwasong-18, on April 13."
    )
    assert [(r.actor, r.action, r.on) for r in found] == [("PRK", "X01", date(2018, 4, 13))]


def test_a_compound_adjective_of_a_thing_is_no_subject() -> None:
    found = triples(
        'KCNA said Kim, touring the port, had found the Chinese-built cranes "outdated" and '
        "criticised the policy of relying on Beijing."
    )
    assert [t[:3] for t in found] == [("PRK", "111", "CHN")]  # Kim criticised, not China


def test_an_apology_told_as_a_noun_is_an_apology() -> None:
    found = triples("Kim Jong Un sent President Moon an unusual apology on Friday.")
    assert [t[:3] for t in found] == [("PRK", "055", "KOR")]


def test_rolling_out_a_hedged_weapon_is_a_show_of_force() -> None:
    found = triples(
        "North Korea rolled out what appeared to be a new solid-fuel missile at a parade on Monday."
    )
    assert [t[:3] for t in found] == [("PRK", "150", None)]


def test_a_state_holding_an_election_is_no_target() -> None:
    found = triples(
        "North Korea unveiled a new missile on Saturday, weeks before the U.S. presidential "
        "election."
    )
    assert [t[:3] for t in found] == [("PRK", "150", None)]


def test_support_for_seouls_food_aid_to_the_north_is_inter_korean() -> None:
    found = reports(
        "Trump and Abe discussed the North's latest missile launch by phone, and Trump backed "
        "the idea of South Korea providing rice to the North."
    )
    backing = next(r for r in found if r.action == "051")
    assert backing.tracks == ("inter-korean",)


def test_a_call_told_after_a_joint_subjects_verb_is_theirs() -> None:
    found = triples(
        "Japanese Prime Minister Shinzo Abe and President Donald Trump discussed North Korea's "
        "latest launch in a telephone call on Monday."
    )
    assert [t[:3] for t in found] == [("JPN+USA", "040", "each-other")]  # not the North's


def test_the_army_in_a_told_clause_stands_for_the_state_that_told_it() -> None:
    found = triples(
        "North Korea's General Staff said that guard posts would be rebuilt, and that the army "
        "would resume artillery drills near the border."
    )
    assert ("PRK", "150", None, "planned") in found


def test_a_participle_aside_after_a_new_subject_is_that_subjects() -> None:
    found = triples(
        "Pompeo met Foreign Minister Kono in Tokyo on Monday, and Prime Minister Shinzo Abe, "
        "receiving Pompeo later that day, told him Japan backed the talks."
    )
    assert ("JPN", "040", "USA", "done") in found  # Abe received Pompeo


def test_time_spent_negotiating_is_a_negotiation() -> None:
    found = triples("Biegun spent two days in Seoul last week negotiating with Lee Do-hoon.")
    assert [t[:3] for t in found] == [("USA", "046", "KOR")]


def test_a_thing_a_leader_called_something_is_named_not_criticised() -> None:
    found = triples(
        'The North tested a new rocket launcher that Kim Jong Un called a message to "hostile '
        'forces".'
    )
    assert [t[:2] for t in found] == [("PRK", "X01")]


def test_a_relative_whose_own_verb_is_calling_still_criticises() -> None:
    found = triples('Seoul, which had called the pullout "regrettable", urged the North to return.')
    assert ("KOR", "111", "PRK") in [t[:3] for t in found]


def test_state_medias_lower_case_south_korean_is_the_south() -> None:
    found = triples("Kim Yo Jong accused the south Korean authorities of sheltering defectors.")
    assert [t[:3] for t in found] == [("PRK", "112", "KOR")]


def test_a_message_proposing_something_is_its_senders_proposal() -> None:
    found = triples(
        "On Monday Seoul sent a message through the hotline proposing working-level talks "
        "with the North."
    )
    assert ("KOR", "030", "PRK") in [t[:3] for t in found]  # besides the message itself


def test_an_agent_with_an_indefinite_article_is_the_agent() -> None:
    found = triples("A South Korean fisherman was shot dead by a North Korean patrol in 2010.")
    assert [t[:3] for t in found] == [("PRK", "180", "KOR")]


def test_drills_named_before_a_relative_with_no_that_are_planned() -> None:
    found = triples(
        "Pyongyang condemned the air exercise Japan and the United States plan to hold next week."
    )
    assert ("JPN+USA", "150", None, "planned") in found


def test_what_a_relative_aside_says_does_not_make_the_main_act_claimed() -> None:
    assert triples("Seoul, which it said had violated the pact, rejected the offer.") == [
        ("KOR", "120", None, "done")
    ]
    assert triples("Seoul rejected the offer, the ministry said.") == [
        ("KOR", "120", None, "claimed")
    ]


def test_a_verb_after_an_inverse_one_is_the_receivers_aimed_at_the_sender() -> None:
    found = triples("Abe received a long message from Putin and praised its warm tone.")
    assert [t[:3] for t in found] == [("RUS", "010", "JPN"), ("JPN", "051", "RUS")]


def test_military_training_is_a_drill_but_the_training_of_troops_is_not() -> None:
    found = triples("Japan and the United States postponed their joint military training in May.")
    assert [t[:3] for t in found] == [("JPN+USA", "087", None)]
    assert triples("Seoul suspended the training of new recruits in May.") == []


def test_a_hosts_guest_comes_before_any_party_named_later() -> None:
    found = triples(
        "Russian President Vladimir Putin left Pyongyang on Sunday after a visit during which "
        "Kim Jong Un hosted a concert and a dinner in his honour and told him of his talks "
        "with Japan."
    )
    assert ("PRK", "043", "RUS") in [t[:3] for t in found]
    assert all(t[2] != "JPN" for t in found if t[1] == "043")


def test_giving_a_banquet_for_someone_is_hosting_them() -> None:
    found = triples(
        "That evening Japan's prime minister gave a lavish banquet for the Chinese envoy."
    )
    assert [t[:3] for t in found] == [("JPN", "043", "CHN")]
    assert [t[:3] for t in triples("Moon held a lunch for Abe at the Blue House.")] == [
        ("KOR", "043", "JPN")
    ]


def test_a_second_source_of_criticism_after_and_criticises_the_same_subject() -> None:
    found = triples(
        "Beijing's new air zone drew sharp criticism from Seoul and a rare rebuke from Tokyo."
    )
    assert [t[:3] for t in found] == [("KOR", "111", "CHN"), ("JPN", "111", "CHN")]


def test_a_name_just_before_the_verb_of_a_relative_clause_beats_the_main_pronoun() -> None:
    found = triples(
        "Choe Son Hui rejected the idea. She was answering a speech in which Pompeo urged "
        "the North to give up its weapons."
    )
    assert ("USA", "020", "PRK") in [t[:3] for t in found]


def test_sending_someone_a_letter_with_any_adjective_is_a_letter_sent() -> None:
    found = triples('Putin told reporters that Xi had sent him a "very warm" letter.')
    assert [t[:3] for t in found] == [("CHN", "010", "RUS")]


def test_a_delegation_walking_out_breaks_off_with_the_other_side_of_the_talks() -> None:
    found = triples(
        "Japanese and South Korean diplomats met in Tokyo on Monday. The session ended early "
        "when the Japanese delegation walked out."
    )
    assert ("JPN", "161", "KOR") in [t[:3] for t in found]


def test_an_act_aimed_from_the_story_takes_the_tracks_of_its_new_counterpart() -> None:
    [*_, r] = reports("US negotiators criticised Seoul on Monday. On Tuesday they cut short talks.")
    assert (r.actor, r.action, r.target) == ("USA", "161", "KOR")
    assert r.tracks == ("alliance-coordination",)  # the allies' dispute, not the default track


def test_talks_in_a_place_between_two_parties_are_their_meeting() -> None:
    found = triples(
        "Meetings in Geneva between Kang Kyung-wha and Taro Kono in May produced little."
    )
    assert [t[:3] for t in found] == [("JPN+KOR", "040", "each-other")]


def test_delaying_or_shelving_drills_is_suspending_them() -> None:
    assert [
        t[:3] for t in triples("Japan and the United States shelved a naval drill in March.")
    ] == [("JPN+USA", "087", None)]
    assert [t[:3] for t in triples("The allies delayed the start of their summer exercise.")] == [
        ("KOR+USA", "087", None)
    ]


def test_a_finite_passive_with_with_is_no_act_of_its_subject() -> None:
    found = triples("Moon flew to Beijing on Monday, where he was welcomed with a military band.")
    assert [t[:3] for t in found] == [("KOR", "042", "CHN")]


def test_a_meal_or_a_round_of_golf_together_is_a_meeting() -> None:
    assert [t[:3] for t in triples("Pompeo dined with Kono in Tokyo on Friday.")] == [
        ("USA", "040", "JPN")
    ]
    assert [t[:3] for t in triples("Moon and Trump played a round of golf near Seoul.")] == [
        ("KOR+USA", "040", "each-other")
    ]


def test_a_project_named_before_the_relative_that_opened_it() -> None:
    found = triples("The hotline, which the two Koreas reopened in January, went silent in June.")
    assert [t[:2] for t in found] == [("KOR+PRK", "061")]
    assert triples("The talks opened on Monday in Geneva.") == []


def test_a_most_recent_or_latest_visit_is_a_visit_told_as_a_noun() -> None:
    found = triples("The talks came a month after Moon's most recent trip to Tokyo, in May.")
    assert [t[:3] for t in found] == [("KOR", "042", "JPN")]


def test_regarding_or_describing_an_act_as_positive_is_praise() -> None:
    found = triples("Tokyo regarded the summit between Xi and Putin as very useful.")
    assert [t[:2] for t in found if t[1] == "051"] == [("JPN", "051")]
    assert not [t for t in triples("Abe regarded Moon as a friend.") if t[1] == "051"]


def test_extending_or_renewing_sanctions_imposes_them_again() -> None:
    assert [
        t[:3] for t in triples("Australia renewed its own sanctions on North Korea in May.")
    ] == [("AUS", "163", "PRK")]


def test_loosening_curbs_or_relaxing_licensing_rules_eases_them() -> None:
    assert [t[:3] for t in triples("Tokyo loosened its curbs on South Korea in March.")] == [
        ("JPN", "085", "KOR")
    ]
    assert [t[:2] for t in triples("Japan relaxed the export rules for two chemicals.")] == [
        ("JPN", "085")
    ]


def test_ordering_something_torn_down_without_to_be_is_a_removal_order() -> None:
    found = triples("Kim Jong Un ordered the South Korean-built hotels at Mount Kumgang razed.")
    assert [t[:3] for t in found] == [("PRK", "161", "KOR")]


def test_a_dated_act_then_a_comma_and_the_same_act_again_is_a_second_act() -> None:
    found = triples(
        "Abe and Trump first met in Tokyo on May 3, and held a second meeting in Osaka on June 28."
    )
    assert [t[:3] for t in found] == [("JPN+USA", "040", "each-other")] * 2


def test_a_second_participle_goes_on_from_the_main_subject_not_the_told_act() -> None:
    found = triples(
        "Japan said on Monday that Abe would skip the forum, revealing that Xi had invited "
        "him in a letter and rejecting the invitation."
    )
    assert ("CHN", "036", "JPN") in [t[:3] for t in found]
    assert ("JPN", "120", "CHN") in [t[:3] for t in found]


def test_turning_an_invitation_down_is_rejecting_it() -> None:
    found = triples("Abe invited Putin to Tokyo on Monday, but Putin turned the invitation down.")
    assert [t[:3] for t in found] == [("JPN", "036", "RUS"), ("RUS", "120", "JPN")]


def test_pulling_out_of_a_pact_in_the_progressive_is_ending_it() -> None:
    found = triples(
        "Japan told South Korea on Monday that it was pulling out of their fishing accord."
    )
    assert [t[:3] for t in found] == [("JPN", "161", "KOR")]


def test_that_before_an_inverse_reaction_verb_is_a_relative_pronoun() -> None:
    found = triples("Beijing set up an air zone, a move that drew a protest from Tokyo.")
    assert ("JPN", "111", "CHN") in [t[:3] for t in found]


def test_a_project_named_before_the_relative_that_opened_it_is_its_slug() -> None:
    found = triples("The liaison office, which the two Koreas opened in September, fell silent.")
    assert [t[:3] for t in found] == [("KOR+PRK", "061", "liaison-office")]


def test_reaching_a_country_or_touching_down_in_it_is_an_arrival() -> None:
    assert [t[:3] for t in triples("Abe reached Mongolia on Sunday evening.")] == [
        ("JPN", "042", "MNG")
    ]
    assert not [t for t in triples("The two sides reached a deal on Sunday.") if t[1] == "042"]


def test_dining_with_someone_is_meeting_them() -> None:
    found = triples("The Japanese envoy dined with Secretary of State Mike Pompeo on Monday.")
    assert [t[:3] for t in found] == [("JPN", "040", "USA")]


def test_demolishing_the_other_sides_office_destroys_property() -> None:
    found = triples("Talks stalled after the North razed their shared liaison office on Friday.")
    assert [t[:3] for t in found] == [("PRK", "171", "KOR")]


def test_objecting_is_criticism_and_the_noun_object_is_not() -> None:
    found = triples("Washington blacklisted three Chinese banks. Beijing objected the next day.")
    assert ("CHN", "111", "USA") in [t[:3] for t in found]
    assert triples("The envoy said the point was not the object of the talks.") == []


def test_pushing_back_is_a_rejection_but_pushing_back_a_date_is_not() -> None:
    found = triples("Tokyo asked Seoul to drop the plan. Seoul pushed back on Tuesday.")
    assert ("KOR", "120", "JPN") in [t[:3] for t in found]
    assert triples("Rain pushed back the opening of the border station by a week.") == []


def test_a_pronoun_after_a_fronted_phrase_is_not_who_the_phrase_names() -> None:
    found = triples(
        "Pompeo flew to Tokyo on Monday. During a lunch with Japanese Foreign Minister "
        "Taro Kono, he criticized North Korea's missile launches."
    )
    assert ("USA", "111", "PRK") in [t[:3] for t in found]
    found = triples(
        "Biegun arrived in Seoul on Sunday. After consulting his counterpart, Lee Do-hoon, "
        "he urged Pyongyang to return to talks."
    )
    assert ("USA", "020", "PRK") in [t[:3] for t in found]


def test_they_after_a_fronted_phrase_is_the_group_the_last_sentence_named() -> None:
    found = triples(
        "Tension eased as the two Koreas prepared for the Games. At a meeting on the border on "
        "Jan. 9, they agreed to hold a joint cultural festival."
    )
    assert [t[:3] for t in found] == [("KOR+PRK", "030", "each-other")]


def test_a_body_opening_the_sentence_does_the_verb_after_and() -> None:
    found = triples(
        "The International Atomic Energy Agency released its yearly review on Friday. The "
        "agency found the work at the site deeply troubling, and urged Pyongyang to let "
        "inspectors back."
    )
    assert ("IAEA", "020", "PRK") in [t[:3] for t in found]


def test_calling_a_long_named_act_a_violation_is_criticism() -> None:
    found = triples(
        "Tokyo called the resumption of the North's rocket work a grave breach of the resolutions."
    )
    assert [t[:3] for t in found] == [("JPN", "111", "PRK")]


def test_banning_a_trade_in_goods_is_a_sanction_but_banned_goods_are_not() -> None:
    found = triples("The European Union banned sales of aviation fuel to North Korea on Monday.")
    assert [t[:3] for t in found] == [("EU", "163", "PRK")]
    assert triples("Japan seized a North Korean trawler over banned fish shipments.") == [
        ("JPN", "171", "PRK", "done")
    ]


def test_adding_people_to_a_blacklist_sanctions_them() -> None:
    found = triples("Canada added four North Korean shipping firms to its national blacklist.")
    assert [t[:3] for t in found] == [("CAN", "163", "PRK")]


def test_the_noun_blacklist_before_a_comma_is_no_second_act() -> None:
    found = triples(
        "Canada added two North Korean banks to its own blacklist, freezing their funds."
    )
    assert [t[:3] for t in found] == [("CAN", "163", "PRK")]


def test_crossing_the_land_border_is_a_visit() -> None:
    found = triples("A North Korean art troupe crossed the land border on Monday for two concerts.")
    assert [t[:3] for t in found] == [("PRK", "042", "KOR")]


def test_whom_a_relative_aside_before_the_verb_names_does_not_do_it() -> None:
    found = triples(
        "A North Korean team led by Ri Son Gwon, an official who is under US and Japanese "
        "sanctions, crossed the border on Friday."
    )
    assert [t[:3] for t in found] == [("PRK", "042", "KOR")]


def test_hitting_a_state_with_sanctions_sanctions_it() -> None:
    found = triples("Washington hit Pyongyang with a fresh round of sanctions on Tuesday.")
    assert [t[:3] for t in found] == [("USA", "163", "PRK")]


def test_north_koreas_offer_of_talks_to_a_power_keeps_off_the_sanctions_of_the_story() -> None:
    found = reports(
        "The United States imposed new sanctions on North Korea on Friday. A day later the "
        "North said it remained willing to hold talks with Washington."
    )
    assert ("PRK", "036", "USA", ("denuclearization",)) in [
        (r.actor, r.action, r.target, r.tracks) for r in found
    ]


def test_talks_stuck_since_a_summit_tell_the_summit_only() -> None:
    found = triples(
        "Talks between Washington and Pyongyang have been stuck since the summit in Hanoi "
        "in February."
    )
    assert [t[:3] for t in found] == [("PRK+USA", "040", "each-other")]


def test_having_been_to_a_capital_is_a_visit() -> None:
    found = triples("The Chinese foreign minister had been to Seoul twice that spring.")
    assert [t[:3] for t in found] == [("CHN", "042", "KOR")]


def test_a_body_that_said_something_does_the_verb_after_comma_and() -> None:
    found = triples(
        "Pyongyang demanded the release of its tanker on Monday. The foreign ministry said the "
        "vessel had been held illegally, and warned Tokyo to return it at once."
    )
    assert ("PRK", "130", "JPN") in [t[:3] for t in found]


def test_a_resolution_the_council_adopted_is_named_before_its_verb() -> None:
    found = triples(
        "Exports of textiles fell under Resolution 2375, which the Security Council adopted "
        "in September after the North's nuclear test."
    )
    assert ("UN", "163") in [t[:2] for t in found]


def test_suspecting_someone_of_doing_something_accuses_them() -> None:
    found = triples(
        "Seoul suspects a North Korean trading firm of smuggling coal through Vladivostok."
    )
    assert [t[:3] for t in found] == [("KOR", "112", "PRK")]
    assert (
        triples("Tankers suspected of ferrying fuel to the North were tracked by patrol planes.")
        == []
    )


def test_the_delegation_is_the_party_whose_delegation_was_named_last() -> None:
    found = triples(
        "A Japanese delegation arrived in Seoul on Monday. Moon received the delegation at "
        "the Blue House on Tuesday."
    )
    assert ("KOR", "040", "JPN") in [t[:3] for t in found]


def test_what_a_relative_aside_says_of_its_person_is_no_track_of_the_act() -> None:
    found = reports(
        "A North Korean choir led by Hyon Mi Ok, a singer who is under US sanctions, "
        "crossed the border on Friday."
    )
    assert [(r.actor, r.action, r.target, r.tracks) for r in found] == [
        ("PRK", "042", "KOR", ("inter-korean",))
    ]


def test_arriving_with_no_place_named_is_a_visit_to_where_the_story_was_filed() -> None:
    found = triples(
        "TOKYO, May 3 (Test Wire) - Pompeo, who arrived on Tuesday, said he was pleased "
        "with the progress."
    )
    assert ("USA", "042", "JPN") in [t[:3] for t in found]
    found = triples("Xi, who arrived on Sunday, met Kim at a guesthouse.")
    assert ("CHN", "042", "PRK") in [t[:3] for t in found]
    assert triples("The tanker was held in Manila, and it arrived on Monday.") == []


def test_what_one_is_prepared_to_do_after_a_visit_is_no_purpose_of_the_visit() -> None:
    found = triples(
        "Biegun, who arrived in Seoul on Tuesday, said Washington was prepared to resume "
        "talks with Pyongyang."
    )
    assert ("USA", "036", "PRK") in [t[:3] for t in found]


def test_a_relative_clause_on_a_noun_is_done_under_a_whether() -> None:
    found = triples(
        "Tokyo is weighing whether to ease the curbs Japan imposed on North Korea in 2006."
    )
    assert ("JPN", "163", "PRK", "done") in found


def test_a_place_after_a_project_is_its_site_not_a_second_project() -> None:
    found = triples("Seoul and Pyongyang agreed to staff a joint liaison office in Kaesong.")
    assert [t[:3] for t in found] == [("KOR+PRK", "030", "liaison-office")]
    found = triples(
        "The two Koreas agreed to reopen their liaison office in the border town of Kaesong."
    )
    assert [t[:3] for t in found] == [("KOR+PRK", "030", "liaison-office")]


def test_talks_held_at_a_project_site_are_a_place_not_the_object() -> None:
    found = triples(
        "After talks on May 3 at the joint liaison office in Kaesong, the two Koreas agreed to "
        "send doctors to the border."
    )
    assert ("KOR+PRK", "030", "each-other") in [t[:3] for t in found]


def test_they_after_a_fronted_phrase_is_the_pair_told_before() -> None:
    found = triples(
        "Moon and Kim met at the border on Friday. For the first time, they agreed to open "
        "the railways."
    )
    assert ("KOR+PRK", "030", "rail-links") in [t[:3] for t in found]


def test_rejecting_a_suggestion_answers_the_one_who_put_it_to_them() -> None:
    found = triples(
        "Tokyo urged Seoul on Monday to share its radar data. Washington imposed new sanctions "
        "on North Korea on Tuesday. Seoul rejected the suggestion."
    )
    assert ("KOR", "120", "JPN", "done") in found


def test_the_summit_reacted_to_can_be_one_told_as_talks() -> None:
    found = triples(
        "The two leaders of the Koreas, Moon and Kim, held talks at the border on Friday and "
        "signed a pact. The pact leaves the hard questions to Kim's expected meeting with "
        "Trump. Canberra welcomed the summit."
    )
    assert ("AUS", "051", "KOR+PRK", "done") in found


def test_the_two_korean_governments_are_the_two_koreas() -> None:
    found = triples(
        "Pyongyang agreed on Monday to return the fishermen, at talks between the two Korean "
        "militaries at the border."
    )
    assert ("KOR+PRK", "040", "each-other", "done") in found


def test_an_amnesty_or_pardon_is_a_release() -> None:
    assert ("PRK", "084", "USA", "done") in triples(
        "The North granted two American missionaries an amnesty on Friday."
    )
    assert ("PRK", "084", "USA", "done") in triples(
        "Kim Jong Un pardoned four American prisoners on Friday."
    )


def test_receiving_a_visitor_after_a_state_abbreviation_or_as_a_gerund_is_a_meeting() -> None:
    assert ("JPN", "040", "USA", "done") in triples(
        "Abe spoke to reporters on Monday, after receiving U.S. Secretary of State Mike Pompeo "
        "in Tokyo."
    )
    assert ("KOR", "043", "PRK", "done") in triples(
        "Moon praised the talks, after receiving Choe Son Hui at the Blue House."
    )


def test_the_korean_war_as_a_time_told_in_passing_is_no_track_word() -> None:
    [r] = reports(
        "Kim Yo Jong, who is the first of her family on southern soil since the Korean War, "
        "handed Moon a letter from her brother on Saturday."
    )
    assert (r.actor, r.action, r.target, r.tracks) == ("PRK", "010", "KOR", ("inter-korean",))


def test_an_adverb_of_manner_between_talk_and_with_keeps_the_phrase() -> None:
    assert ("JPN", "036", "PRK", "claimed") in triples(
        "Tokyo's leader said he was ready to talk face-to-face with Pyongyang."
    )
    assert ("KOR", "040", "USA", "done") in triples("Moon spoke privately with Trump on Monday.")


def test_their_summit_at_a_known_summit_place_after_at_is_told() -> None:
    found = triples("Trump praised the North's restraint at their summit in Singapore.")
    assert ("PRK+USA", "040", "each-other", "done") in found


def test_parties_of_a_participle_clause_after_the_target_are_no_targets() -> None:
    found = triples(
        "On Monday Pyongyang cancelled a meeting of generals with Seoul, citing the allies' "
        "naval drills."
    )
    assert [t[:3] for t in found] == [("PRK", "161", "KOR")]


def test_a_powers_welcome_of_the_north_after_inter_korean_news_is_the_nuclear_question() -> None:
    found = reports(
        "The two Koreas agreed on Monday to reopen their liaison office. Beijing welcomed the "
        "shift in Pyongyang's tone."
    )
    [r] = [r for r in found if r.actor == "CHN"]
    assert (r.action, r.target) == ("051", "PRK") and "denuclearization" in r.tracks


def test_a_pronoun_opening_a_clause_after_comma_and_is_the_subject_before() -> None:
    found = triples("Abe landed in Tokyo late on Monday, and he criticized Pyongyang's launch.")
    assert ("JPN", "111", "PRK", "done") in found


def test_an_agreement_passive_at_a_meeting_of_parties_is_theirs() -> None:
    found = triples(
        "The railway project was agreed at a meeting of the two Koreas' transport officials on "
        "Monday."
    )
    assert ("KOR+PRK", "030", "rail-links", "done") in found


def test_the_object_of_a_warning_beside_an_offer_is_not_the_one_offered_to() -> None:
    found = triples(
        "North Korea agreed on Tuesday to send athletes to the Games in the South.\n\n"
        "In his New Year address, Kim Jong Un had offered to send a team, while warning the "
        "United States against new drills."
    )
    assert ("PRK", "030", "USA", "done") not in found
    assert ("PRK", "130", "USA", "done") in found


def test_a_participle_after_told_reporters_after_is_the_tellers() -> None:
    found = triples(
        "Beijing will host the talks next month, Japanese Prime Minister Shinzo Abe told "
        "reporters at the White House after briefing Trump."
    )
    assert ("JPN", "040", "USA", "claimed") in found


def test_a_ship_seized_again_by_a_definite_noun_is_the_one_seized_before() -> None:
    found = triples(
        "Japan said on Monday it had seized a North Korean oil tanker off Okinawa. "
        "The tanker was briefly detained by Malaysia in March. "
        "Vietnam also impounded the vessel in May."
    )
    seized = [t[:3] for t in found if t[1].startswith("17")]
    assert ("JPN", "171", "PRK") in seized
    assert ("MYS", "171", "PRK") in seized
    assert ("VNM", "171", "PRK") in seized
    # with no seizure told before, the ship's owner is unknown
    alone = triples("Vietnam impounded the vessel in May.")
    assert [t[:3] for t in alone] == [("VNM", "171", None)]


def test_an_offer_on_a_condition_is_aimed_at_the_party_that_must_meet_it() -> None:
    found = triples(
        "Kim promised at his talks with Xi on Tuesday to scrap the Sohae launch site "
        "if Washington eased its sanctions."
    )
    assert ("PRK", "030", "USA") in [t[:3] for t in found]
    # the complement names its own party: the condition does not move it
    found = triples("Seoul offered to resume talks with Pyongyang if Washington agreed.")
    assert ("KOR", "030", "PRK") in [t[:3] for t in found]


def test_the_councils_exemption_in_a_story_of_inter_korean_projects_is_for_seoul() -> None:
    found = triples(
        "South Korea and North Korea agreed on Monday to reopen their joint factory park. "
        "The UN sanctions committee approved the exemption a week later."
    )
    assert ("UN", "085", "KOR") in [t[:3] for t in found]


def test_the_subject_of_a_time_clause_after_the_verb_is_not_its_target() -> None:
    found = triples("Germany backed the draft on Tuesday after France had softened its wording.")
    assert ("DEU", "051", "FRA") not in [t[:3] for t in found]
    # an object before the clause still is
    found = triples("Germany criticised Japan on Tuesday after France had softened its stance.")
    assert ("DEU", "111", "JPN") in [t[:3] for t in found]


def test_a_reaction_whose_participle_names_the_launch_is_aimed_at_the_launcher() -> None:
    found = triples(
        "North Korea fired a cruise missile on Monday. Britain asked for a council session. "
        "Australia voiced deep regret, saying the test harmed regional peace."
    )
    assert ("AUS", "111", "PRK") in [t[:3] for t in found]


def test_calm_urged_on_both_sides_is_aimed_at_the_two_sides() -> None:
    found = triples(
        "North Korean troops fired at a South Korean guard post on Sunday. "
        "Russia urged restraint on both sides."
    )
    assert ("RUS", "020", "KOR+PRK") in [t[:3] for t in found]
    found = triples(
        "North Korean troops fired at a South Korean guard post on Sunday. "
        "Russia urged restraint on all sides."
    )
    assert ("RUS", "020", None) in [t[:3] for t in found]


def test_an_appeal_to_no_one_in_particular_takes_no_target_from_its_content() -> None:
    found = triples("Canada urged other nations to downgrade relations with Pyongyang.")
    assert [t[:3] for t in found] == [("CAN", "020", None)]
    found = triples("At a forum in Bangkok, Pompeo pressed foreign ministers to shun North Korea.")
    assert ("USA", "020", None) in [t[:3] for t in found]


def test_a_party_in_a_comma_set_adjunct_of_time_is_not_the_target() -> None:
    found = triples(
        "Japan and the United States called off their naval drills, following Biden's promise "
        "to Kim in Geneva."
    )
    assert ("JPN+USA", "087", None) in [t[:3] for t in found]


def test_the_presidential_office_unqualified_is_seouls() -> None:
    found = triples("Kim Yo Jong mocked the presidential office as a timid parrot on Friday.")
    assert ("PRK", "111", "KOR") in [t[:3] for t in found]
    found = triples("The presidential office voiced deep regret over the North's rocket launch.")
    assert ("KOR", "111", "PRK") in [t[:3] for t in found]


def test_faulted_is_a_criticism_of_the_party_named_after_it() -> None:
    found = triples("Tokyo faulted Beijing on Monday for its silence over the launches.")
    assert ("JPN", "111", "CHN", "done") in found


def test_faulting_a_common_noun_names_no_party_criticised() -> None:
    found = triples("Kim Jong Un spoke on Monday, faulting his generals for relying on Seoul.")
    assert not [t for t in found if t[1] == "111"]


def test_the_door_to_talks_remaining_open_is_a_stated_readiness() -> None:
    found = triples("Tokyo said on Monday that the door to talks with Pyongyang stayed open.")
    assert ("JPN", "036", "PRK", "claimed") in found


def test_aid_to_the_north_named_by_the_souths_leader_keeps_its_track_when_backed() -> None:
    found = reports("Abe on Monday backed Moon Jae-in's proposal of giving rice to the North.")
    [r] = [r for r in found if r.actor == "JPN" and r.action == "051"]
    assert r.target == "KOR" and r.tracks == ("inter-korean",)


def test_a_call_put_before_the_subject_is_the_subjects_call_with_the_other_party() -> None:
    found = triples("During a video call on Monday, Abe pressed Moon to keep the sanctions.")
    assert ("JPN", "040", "KOR", "done") in found


def test_a_call_put_before_a_joint_subject_is_left_to_its_verb() -> None:
    found = triples("In a phone call on Monday, Abe and Trump discussed the abductions.")
    assert [t for t in found if t[1] == "040"] == [("JPN+USA", "040", "each-other", "done")]


def test_a_call_on_one_day_is_not_a_meeting_two_days_later() -> None:
    found = triples(
        "Pompeo met Kang Kyung-wha in Seoul on Thursday. In a phone call on Tuesday, Trump had "
        "praised Moon for his patience."
    )
    assert sum(1 for t in found if t[:3] == ("USA", "040", "KOR")) == 2


def test_and_said_after_the_one_met_is_the_subjects_second_verb() -> None:
    found = triples(
        "Abe met Moon Jae-in on Friday and said Tokyo was ready for talks with Pyongyang."
    )
    assert ("JPN", "040", "KOR") in [t[:3] for t in found]
    assert ("JPN", "036", "PRK") in [t[:3] for t in found]


def test_an_arrival_is_not_aimed_at_the_place_of_the_next_predicate() -> None:
    found = triples(
        "TOKYO, May 3 (Wire) - Pompeo arrived on Friday and was due to travel to Seoul on Sunday."
    )
    assert ("USA", "042", "JPN", "done") in found
    assert ("USA", "042", "KOR", "done") not in found


def test_a_trip_done_then_a_trip_to_come_are_two_acts() -> None:
    found = triples("Kono visited Beijing on Monday and will visit Moscow on Thursday.")
    assert ("JPN", "042", "CHN", "done") in found
    assert ("JPN", "042", "RUS", "planned") in found


def test_a_person_described_as_a_member_of_a_states_body_acts_for_that_state() -> None:
    found = triples(
        "Zhao Leji, a senior member of China's Politburo, met Kim Jong Un in Pyongyang on Monday."
    )
    assert ("CHN", "040", "PRK", "done") in found


def test_a_pledge_named_before_the_verb_made_is_a_report_of_its_makers() -> None:
    found = triples("Tokyo cited the promise Putin made to Abe in Osaka last spring.")
    assert ("RUS", "030", "JPN") in [t[:3] for t in found]
    found = triples("Aid was among the pledges that Xi and Moon made at their Beijing meeting.")
    assert ("CHN+KOR", "030", "each-other") in [t[:3] for t in found]
    assert triples("The firm made in Japan a new chip.") == []


def test_raising_a_matter_with_someone_is_a_talk_with_them() -> None:
    found = triples("Putin raised the fishing dispute with Abe at their Vladivostok meeting.")
    assert ("RUS", "040", "JPN") in [t[:3] for t in found]
    assert triples("Tokyo may raise the tariff again if talks with Seoul stall.") == []


def test_an_offer_named_before_the_verb_made_is_a_report_of_its_maker() -> None:
    found = triples("Moscow turned down a proposal Tokyo made last week to resume fishery talks.")
    assert ("JPN", "030", "RUS") in [t[:3] for t in found]


def test_a_stated_readiness_to_help_is_an_offer_to_the_one_helped() -> None:
    found = triples("Moscow said it was prepared to help rebuild North Korea's power grid.")
    assert ("RUS", "030", "PRK") in [t[:3] for t in found]
    found = triples("Beijing said it stood ready to assist Seoul in tracing the outbreak.")
    assert ("CHN", "030", "KOR") in [t[:3] for t in found]


def test_readiness_to_engage_in_negotiations_is_a_stated_readiness_to_talk() -> None:
    found = triples("Tokyo said it was ready to engage directly in talks to settle the row.")
    assert [t[:2] for t in found] == [("JPN", "036")]


def test_an_act_with_the_north_among_its_parties_is_never_the_allies_coordination() -> None:
    [r] = reports(
        "North Korea's foreign ministry warned Seoul it would seek a different path if the "
        "allies pressed on with their spring exercises."
    )
    assert (r.actor, r.target) == ("PRK", "KOR")
    assert r.tracks == ("denuclearization",)


def test_a_demand_over_a_seized_ship_is_on_the_sanctions() -> None:
    [r] = reports(
        "Pyongyang demanded that Washington hand back a fishing trawler impounded by its "
        "coast guard, calling the seizure piracy."
    )
    assert (r.actor, r.action, r.target) == ("PRK", "100", "USA")
    assert "sanctions" in r.tracks


def test_a_travel_ban_on_the_north_is_a_sanctions_measure() -> None:
    [r] = reports(
        "Washington promised to review its ban on US citizens travelling to North Korea so "
        "that charities can deliver relief."
    )
    assert (r.actor, r.target) == ("USA", "PRK")
    assert "sanctions" in r.tracks


def test_an_adverb_of_sequence_between_a_subject_and_its_verb_keeps_the_subject() -> None:
    found = triples(
        "Pyongyang declared a freeze on its tests in 2018. It last tested a nuclear device on "
        "Sept. 3, 2017, and last fired a long-range missile in November."
    )
    assert ("PRK", "X02", None, "done") in found
    assert ("PRK", "X01", None, "done") in found


def test_a_draft_resolution_put_to_the_council_is_aimed_at_the_state_it_is_about() -> None:
    found = triples(
        "Beijing and Moscow tabled a draft resolution in the Security Council on Tuesday that "
        "would relax the ban on North Korean coal sales."
    )
    assert ("CHN+RUS", "030", "PRK", "done") in found
    assert not any(t[2] == "UN" for t in found)


def test_an_undated_event_noun_is_not_the_same_act_as_a_later_dated_one() -> None:
    found = triples(
        "Mike Pompeo, speaking to reporters after talks with Japanese Foreign Minister Taro "
        "Kono, praised the alliance.\n\nTrump and Abe spoke by telephone on Nov. 20, the "
        "White House said."
    )
    assert ("USA", "040", "JPN", "done") in found
    assert ("JPN+USA", "040", "each-other", "claimed") in found


def test_an_ly_adverb_after_a_pronoun_subject_keeps_the_pronoun_the_subject() -> None:
    found = triples("Japan held a cabinet meeting on Monday. It swiftly condemned Pyongyang.")
    assert ("JPN", "111", "PRK", "done") in found


def test_a_particle_verb_split_by_its_object_is_still_the_verb() -> None:
    found = triples(
        "South Korea offered on Monday to send medical teams to the North. North Korea turned "
        "the proposal down on Wednesday."
    )
    assert ("PRK", "120", "KOR", "done") in found


def test_a_refusals_grounds_after_citing_name_no_one_it_refuses() -> None:
    found = triples(
        "Seoul offered fertiliser to Pyongyang in May, but North Korea turned it down in June, "
        "citing the joint drills of South Korea and the United States."
    )
    assert ("PRK", "120", "KOR+USA", "done") not in found
    assert any(a == "PRK" and c == "120" and t == "KOR" for a, c, t, _ in found)


def test_an_accepted_host_invitation_to_more_talks_is_aimed_at_the_other_side() -> None:
    found = triples(
        "The United States and North Korea held talks in Geneva on Monday.\n\n"
        "The United States accepted an invitation from Sweden to come back for another "
        "round of talks next month."
    )
    assert any(t[0] == "USA" and t[1] == "030" and t[2] == "PRK" for t in found)
    assert not any(t[2] == "SWE" for t in found)


def test_a_meeting_told_on_days_apart_is_one_report_a_day_but_not_on_days_in_a_row() -> None:
    found = reports(
        "Abe had talks with Trump at the White House on June 7 and Sept. 26, his office said."
    )
    assert {(r.actor, r.action, r.target, r.on.isoformat()) for r in found} >= {
        ("JPN", "040", "USA", "2018-06-07"),
        ("JPN", "040", "USA", "2018-09-26"),
    }
    found = reports("Biegun visited Seoul on Oct. 8 and Oct. 9 for talks with Lee Do-hoon.")
    assert len({r.on for r in found if r.action == "042"}) == 1


def test_a_day_that_opens_the_next_coordinated_clause_is_not_the_first_acts_day() -> None:
    found = reports(
        "Japan watched the launches closely. On Oct. 2 it protested over the launch, and on "
        "Oct. 9 it expelled two North Korean traders."
    )
    days = {(r.actor, r.action, r.on.isoformat()) for r in found}
    assert ("JPN", "114", "2018-10-02") in days
    assert ("JPN", "166", "2018-10-09") in days


def test_an_accepted_invitation_with_no_party_named_is_aimed_at_whoever_invited() -> None:
    found = triples(
        "Putin criticised Washington on Monday over its sanctions. Kim Jong Un invited Putin "
        "to come to Pyongyang next year.\n\nPutin accepted the invitation, the Kremlin said."
    )
    assert ("RUS", "030", "PRK", "claimed") in found
    assert ("RUS", "030", "USA", "claimed") not in found


def test_an_offer_made_at_a_summit_known_by_its_place_is_aimed_at_its_other_side() -> None:
    found = triples(
        "During the Singapore summit, which lasted one day, Kim offered to close a missile "
        "test stand in return for an easing of UN penalties, aides said later."
    )
    assert any(t[:3] == ("PRK", "030", "USA") for t in found)
    assert not any(t[0] == "PRK" and t[2] == "UN" for t in found)


def test_a_meeting_told_as_before_the_summit_is_not_the_summit_a_reaction_names() -> None:
    found = triples(
        "Trump and Kim signed a joint statement in Singapore on Tuesday. Moon, who met Kim "
        "twice before the summit, hailed the outcome. Japan said it supported the summit."
    )
    assert ("JPN", "051", "PRK+USA", "claimed") in found
    assert not any(t[0] == "JPN" and t[2] == "KOR+PRK" for t in found)


def test_support_for_a_concession_granted_to_a_state_is_aimed_at_that_state() -> None:
    found = triples(
        "The Security Council's sanctions committee granted Seoul an exemption on Monday for "
        "a road survey. Britain backed the exemption on Tuesday."
    )
    assert any(t[:3] == ("GBR", "051", "KOR") for t in found)


def test_the_allies_agreeing_to_put_off_their_drills_is_the_drills_step_aimed_at_no_one() -> None:
    found = triples(
        "Tokyo and Washington agreed on Monday to delay their joint naval exercises until the "
        "spring."
    )
    assert ("JPN+USA", "087", None, "done") in found
    assert not any(t[0] == "JPN+USA" and t[2] == "each-other" for t in found)


def test_the_talks_a_planned_trip_is_for_are_the_trip() -> None:
    found = triples("The Japanese envoy is due to fly to Seoul on Friday for talks with Moon.")
    assert ("JPN", "042", "KOR", "planned") in found
    assert ("JPN", "040", "KOR", "planned") not in found
    # a trip already made keeps its talks, and talks with others than the hosts stay
    done = triples("The Japanese envoy flew to Seoul on Friday for talks with Moon.")
    assert ("JPN", "040", "KOR", "done") in done
    elsewhere = triples(
        "The US envoy will travel to Sweden next week for talks with North Korean officials."
    )
    assert ("USA", "040", "PRK", "planned") in elsewhere


def test_a_speech_act_someone_is_expected_to_make_is_a_forecast() -> None:
    found = triples(
        "Abe will hold talks with Moon in Seoul on Friday and is expected to urge him to keep "
        "the sanctions in place."
    )
    assert ("JPN", "040", "KOR", "planned") in found
    assert not any(t[1] == "020" for t in found)
    # said to be planned by the one who will speak, it is a plan
    planned = triples("Abe said he would urge Moon on Friday to keep the sanctions in place.")
    assert ("JPN", "020", "KOR", "planned") in planned


def test_what_a_thing_is_meant_to_do_is_no_act() -> None:
    assert triples("Beijing said its proposal was meant to encourage talks with Pyongyang.") == []
    assert triples("Moscow said the goal was to encourage Pyongyang to return to talks.") == []
    # the act told beside it stays
    found = triples(
        "Tokyo said the plan was intended to ease tension and urged Pyongyang to show restraint."
    )
    assert ("JPN", "020", "PRK", "claimed") in found


def test_a_hosts_invitation_to_return_for_talks_is_aimed_at_the_other_side() -> None:
    found = triples(
        "US and North Korean negotiators met near Stockholm on Monday. Washington urged "
        "Pyongyang to keep talking. The US side accepted an invitation from Sweden to return "
        "next month, officials said."
    )
    assert ("USA", "030", "PRK", "claimed") in found
    assert not any(t[2] == "SWE" for t in found)


def test_a_participle_aside_after_a_persons_name_is_that_persons() -> None:
    found = triples(
        "The talks resumed a week after Pyongyang fired a missile, and two days after Secretary "
        "of State Mike Pompeo, visiting Tokyo on Monday, urged the North to return to talks."
    )
    assert ("USA", "020", "PRK", "done") in found
    assert not any(t[0] == "PRK" and t[1] == "042" for t in found)


def test_an_act_asked_about_in_an_indirect_question_is_no_report() -> None:
    assert triples("It remained unclear whether Tokyo would impose sanctions on Pyongyang.") == []
    assert triples("The big question is what Seoul will offer the North next.") == []
    # an act told in a relative clause hung on the question stays
    found = triples(
        "The question is whether the freeze holds, which it has since Pyongyang tested a "
        "missile in November 2017."
    )
    assert ("PRK", "X01", None, "done") in found


def test_a_clause_of_time_after_a_pronoun_keeps_its_own_subject() -> None:
    found = triples(
        "Washington tightened its sanctions on Monday. They were announced a day after "
        "Pyongyang fired two cruise missiles into the sea."
    )
    assert ("PRK", "X01", None, "done") in found
    assert ("USA", "X01", None, "done") not in found


def test_a_comma_set_adjunct_between_subject_and_verb_names_no_subject() -> None:
    found = triples(
        "US envoy Sung Kim, after a call with his South Korean counterpart Noh Kyu-duk on "
        "Friday, urged Pyongyang to resume talks."
    )
    assert ("USA", "020", "PRK", "done") in found
    assert not any(t[0] == "KOR" for t in found)


def test_the_un_nuclear_watchdog_is_the_iaea() -> None:
    found = triples(
        "The UN nuclear watchdog on Monday urged Pyongyang to let its inspectors return."
    )
    assert ("IAEA", "020", "PRK", "done") in found


def test_a_second_pronoun_after_a_fronted_phrase_is_not_whom_the_phrase_named() -> None:
    found = triples(
        "Sung Kim landed in Seoul on Monday. After a dinner with Unification Minister Lee "
        "In-young, he said he would urge Pyongyang to return to talks."
    )
    assert ("USA", "020", "PRK", "planned") in found
    assert not any(t[0] == "KOR" and t[2] == "PRK" for t in found)


def test_a_place_and_a_day_before_a_pronoun_subject_are_where_and_when() -> None:
    found = triples(
        "Mike Pompeo flew to Tokyo on Sunday. In Beijing on Tuesday he met Foreign Minister "
        "Wang Yi."
    )
    assert ("USA", "040", "CHN", "done") in found


def test_the_capital_one_is_leaving_is_a_place_not_the_story_subject() -> None:
    found = triples(
        "After leaving Pyongyang on Friday, Pompeo flew to Tokyo. On Saturday he met Foreign "
        "Minister Wang Yi."
    )
    assert ("USA", "040", "CHN", "done") in found
    assert not any(t[0] == "PRK" for t in found)


def test_a_relative_after_a_minister_and_his_titled_counterpart_has_both_as_subject() -> None:
    found = triples(
        "The deal was struck by Kang Kyung-wha and her Japanese counterpart Taro Kono, who "
        "agreed to resume talks on the dispute."
    )
    assert ("JPN+KOR", "030", "each-other", "done") in found
    assert ("JPN", "030", "KOR", "done") not in found


def test_it_in_a_second_clause_of_time_is_the_subject_of_the_first() -> None:
    found = triples(
        "The Treasury named three shipping firms on Monday. The Treasury's move came a day "
        "after North Korea launched a cruise missile, a week after it launched two rockets."
    )
    assert ("USA", "X01", None, "done") not in found
    assert [t for t in found if t[1] == "X01"] == [("PRK", "X01", None, "done")] * 2


def test_his_summit_is_the_summit_of_the_person_who_did_the_verb_not_of_its_object() -> None:
    found = triples(
        "State media said Kim had told Xi Jinping the talks were stuck, recalling his second "
        "summit with Trump in Hanoi."
    )
    assert ("PRK", "040", "USA", "done") in found
    assert ("CHN", "040", "USA", "done") not in found


def test_tests_after_regard_as_are_a_noun_not_the_regarders_act() -> None:
    found = triples(
        "Tokyo and Seoul view the satellite programme as covert tests of ballistic missiles."
    )
    assert not any(t[1] == "X01" for t in found)


def _tracks(text: str) -> dict[tuple[str, str, str | None], tuple[str, ...]]:
    return {(r.actor, r.action, r.target): r.tracks for r in reports(text)}


def test_a_meeting_of_the_north_and_a_power_is_the_nuclear_talks_whatever_sanctions_follow() -> (
    None
):
    found = _tracks(
        "Kim Jong Un met Donald Trump in Hanoi on Thursday, but their talks ended early after "
        "a dispute over sanctions relief."
    )
    assert found[("PRK", "040", "USA")] == ("denuclearization",)


def test_the_allies_meeting_is_on_sanctions_only_when_they_met_on_them() -> None:
    aside = _tracks(
        "Moon Jae-in held talks with Shinzo Abe in Osaka on Friday as Washington readied new "
        "sanctions on Pyongyang."
    )
    assert aside[("KOR", "040", "JPN")] == ("alliance-coordination",)
    on_them = _tracks(
        "Moon Jae-in held talks with Shinzo Abe in Osaka on Friday to discuss sanctions on "
        "Pyongyang."
    )
    assert on_them[("KOR", "040", "JPN")] == ("sanctions", "alliance-coordination")


def test_a_position_on_sanctions_without_the_north_as_party_is_on_the_sanctions_only() -> None:
    found = _tracks(
        "Russia urged all governments to keep enforcing the sanctions until North Korea gives "
        "up its nuclear arms."
    )
    assert found[("RUS", "020", None)] == ("sanctions",)


def test_seouls_security_council_speaking_to_the_north_does_not_take_the_last_report_s_track() -> (
    None
):
    found = _tracks(
        "North Korea accused Seoul on Monday of betraying the liaison office deal. On Tuesday "
        "South Korea's National Security Council urged the North to halt acts that heighten "
        "tension."
    )
    assert found[("KOR", "020", "PRK")] == ("denuclearization",)


def test_the_unification_ministry_as_speaker_is_not_the_track_of_what_it_says() -> None:
    found = _tracks(
        "The Unification Ministry urged North Korea to come back to the table, warning that a "
        "return to nuclear testing would serve no one."
    )
    assert found[("KOR", "020", "PRK")] == ("denuclearization",)


def test_one_korea_on_a_meeting_between_the_north_and_a_power_is_the_nuclear_question() -> None:
    found = _tracks(
        "A North Korean spokesman mocked Seoul on Friday for trying to set up a meeting between "
        "Pyongyang and Washington."
    )
    assert found[("PRK", "111", "KOR")] == ("denuclearization",)


def test_an_appeal_for_their_dialogue_is_the_nuclear_talks_not_the_story_s_sanctions() -> None:
    found = _tracks(
        "Washington announced new sanctions on Pyongyang on Monday. On Tuesday a Chinese envoy "
        "urged the United States and North Korea to resume their dialogue."
    )
    assert found[("CHN", "020", "PRK+USA")] == ("denuclearization",)


def test_a_meeting_of_the_north_and_a_power_is_not_the_two_koreas_ties() -> None:
    found = _tracks(
        "Wang Yi held talks with Ri Yong Ho in Pyongyang on Thursday and said Beijing backed "
        "the Panmunjom Declaration."
    )
    assert found[("CHN", "040", "PRK")] == ("denuclearization",)


def test_the_two_koreas_meeting_takes_no_sanctions_from_the_story() -> None:
    found = _tracks(
        "Seoul asked the UN for a sanctions waiver for its aid to the North. Moon met Kim at "
        "Panmunjom on Sunday."
    )
    assert found[("KOR", "040", "PRK")] == ("inter-korean",)


def test_backing_the_project_is_backing_the_project_not_the_exemption_for_it() -> None:
    found = _tracks(
        "South Korean engineers travelled to North Korea on Monday to start a joint survey of "
        "its roads. The UN Security Council sanctions committee granted an exemption for the "
        "road survey on Friday. Washington said it backed the project."
    )
    assert found[("USA", "051", "KOR+PRK")] == ("inter-korean",)


def test_the_guard_posts_told_again_as_its_posts_are_a_military_step() -> None:
    found = _tracks(
        "The two Koreas agreed to remove some guard posts. North Korea blew up ten of its "
        "posts on Tuesday."
    )
    assert found[("PRK", "087", "KOR")] == ("denuclearization",)


def test_one_korea_welcoming_the_norths_act_with_a_power_is_on_that_acts_track() -> None:
    found = _tracks(
        "North Korea released two detained Americans on Monday. South Korea's presidential "
        "office welcomed Pyongyang's decision on Tuesday."
    )
    assert found[("KOR", "051", "PRK")] == ("denuclearization",)


def test_an_ally_stepping_back_from_a_military_pact_with_another_is_no_drill() -> None:
    found = _tracks(
        "South Korea suspended its decision to end its military intelligence pact with Japan "
        "on Friday."
    )
    assert found[("KOR", "087", "JPN")] == ("alliance-coordination",)


def test_a_complaint_between_allies_is_their_coordination_whatever_it_is_about() -> None:
    found = _tracks(
        "South Korea's presidential office criticised the US ambassador on Monday for his "
        "remarks on Seoul's plan for individual tourism to North Korea."
    )
    assert found[("KOR", "111", "USA")] == ("alliance-coordination",)


def test_enforcing_the_measures_is_the_sanctions_told_again() -> None:
    found = _tracks(
        "The United States urged all governments on Monday to enforce the measures fully."
    )
    assert found[("USA", "020", None)] == ("sanctions",)


def test_regret_over_the_launch_is_on_the_launch_not_the_story_s_ties() -> None:
    found = _tracks(
        "The two Koreas reopened their liaison office on Monday. On Tuesday Seoul expressed "
        "regret over the launch."
    )
    assert found[("KOR", "111", "PRK")] == ("denuclearization",)


def test_the_unification_ministry_on_the_norths_talks_with_a_power_is_not_their_ties() -> None:
    found = _tracks(
        "South Korea's Unification Ministry urged Washington and Pyongyang on Friday to resume "
        "their talks soon."
    )
    assert found[("KOR", "020", "PRK+USA")] == ("denuclearization",)


def test_a_north_korean_propaganda_site_named_after_its_stands_for_the_north() -> None:
    found = triples(
        "Pyongyang kept silent on the proposal. Its outlet Meari on Sunday rejected the "
        "South's offer of fertiliser."
    )
    assert ("PRK", "120", "KOR", "done") in found


def test_said_an_act_was_a_breach_or_positive_is_the_speakers_judgement_of_it() -> None:
    found = triples(
        "Russia's foreign ministry said Washington's new curbs were a clear breach of "
        "international law."
    )
    assert ("RUS", "111", "USA", "done") in found
    found = triples(
        "North Korea freed two detained fishermen on Monday. Canada's foreign minister said "
        "the move was positive."
    )
    assert any(t[0] == "CAN" and t[1] == "051" for t in found)
    assert not triples("Japan's envoy said the weather was dangerous.")


def test_consulting_with_its_unnamed_allies_is_a_consultation_aimed_at_no_one() -> None:
    found = triples("Tokyo said on Friday that it was consulting with its partners.")
    assert ("JPN", "040", None, "done") in found or ("JPN", "040", None, "claimed") in found
    assert triples("Japan held a meeting on Friday.") == []


def test_sending_people_home_or_back_is_their_return() -> None:
    found = triples("Last spring Pyongyang sent home an ailing Japanese student.")
    assert ("PRK", "084", "JPN", "done") in found or ("PRK", "084", None, "done") in found
    found = triples("In May, Seoul sent three of the rescued fishermen back to the North.")
    assert ("KOR", "084", "PRK", "done") in found
    assert not any(
        t[1] == "084"
        for t in triples("Japan ignored a UN order to send them home by the end of the year.")
    )


def test_walking_out_in_a_with_clause_is_the_walkers_breaking_off() -> None:
    found = triples("The Geneva round ended early, with Russia walking out.")
    assert [t[:2] for t in found] == [("RUS", "161")]


def test_telling_someone_that_a_side_should_act_is_an_appeal() -> None:
    found = triples("Putin told Xi Jinping on Monday that Beijing should ease its pressure.")
    assert ("RUS", "020", "CHN", "done") in found
    assert not any(t[1] == "020" for t in triples("Putin told reporters that it should rain."))


def test_calling_ones_own_launch_a_warning_to_a_state_is_a_warning_to_it() -> None:
    found = triples(
        "Russia tested a hypersonic glider on Monday, describing the test as a stern warning "
        "to Japan."
    )
    assert ("RUS", "130", "JPN", "done") in found


def test_penalising_a_firm_is_a_sanction() -> None:
    found = triples("The Treasury penalised a Chinese shipping agent on Monday.")
    assert ("USA", "163", "CHN", "done") in found


def test_severing_hotlines_is_cutting_ties() -> None:
    found = triples("On Friday Pyongyang severed the military hotlines with Seoul.")
    assert ("PRK", "161", "KOR", "done") in found


def test_renewing_an_objection_is_a_criticism() -> None:
    found = triples("Moscow renewed its strong objection to the deployment on Tuesday.")
    assert [t[:2] for t in found] == [("RUS", "111")]


def test_approving_another_partys_plan_is_support_for_it() -> None:
    found = triples("The UN Command on Monday approved Japan's request to send observers.")
    assert ("UN", "051", "JPN", "done") in found


def test_a_passive_halt_with_a_year_before_its_agent_has_that_agent() -> None:
    found = triples("The joint excavations were suspended in 2008 by Seoul after a shooting.")
    assert [t[:2] for t in found] == [("KOR", "161")]


def test_responding_by_calling_someone_a_quoted_name_is_a_criticism() -> None:
    found = triples('Beijing responded on Monday by calling Pompeo "a liar".')
    assert ("CHN", "111", "USA", "done") in found


def test_a_when_clause_on_the_day_just_named_tells_the_same_act_once() -> None:
    found = triples(
        "The European Union last tightened its sanctions on North Korea on March 4, when it "
        "blacklisted two of the North's shipping firms."
    )
    assert found.count(("EU", "163", "PRK", "done")) == 1


def test_what_a_draft_would_do_is_the_text_not_an_act_of_its_authors() -> None:
    found = triples(
        "The Russian draft, shown to reporters on Tuesday, would lift a ban on North Korean "
        "coal sales and exempt projects of the two Koreas from sanctions."
    )
    assert not any(t[0] == "RUS" for t in found)


def test_support_said_in_the_words_of_a_welcome_is_the_welcome_itself() -> None:
    found = triples(
        "Japan praised the inter-Korean talks on Monday, saying Tokyo backed every step "
        "that lowered tension."
    )
    assert [t for t in found if t[:2] == ("JPN", "051")] == [("JPN", "051", None, "done")]


def test_what_it_is_too_early_to_do_and_the_grounds_given_for_it_are_no_acts() -> None:
    found = triples(
        "Tokyo said it was no time to ease the sanctions on North Korea while Pyongyang was "
        "refusing to talk with Seoul."
    )
    assert not any(t[1] == "085" or t[0] == "PRK" for t in found)


def test_a_test_called_a_warning_to_someone_is_aimed_at_them_even_as_a_place() -> None:
    found = reports(
        "North Korea launched a short-range missile on Monday. The next day Kim Jong Un "
        'called it a warning to "hawks" in South Korea.'
    )
    warning = [r for r in found if r.action in ("111", "130")]
    assert [(r.actor, r.target, r.tracks) for r in warning] == [
        ("PRK", "KOR", ("denuclearization",))
    ]
    found = reports(
        "Pyongyang fired two rockets on Sunday, calling the launch a stern warning to Tokyo "
        "over its missile shield."
    )
    assert ("PRK", "130", "JPN") in [(r.actor, r.action, r.target) for r in found]


def test_a_project_slug_only_when_its_owners_alone_act_on_it() -> None:
    found = triples(
        "The two Koreas and the UN Command finished removing weapons and guard posts from "
        "the truce village on Thursday."
    )
    assert [t for t in found if t[0] == "KOR+PRK+UN"] == [("KOR+PRK+UN", "087", None, "done")]
    found = triples(
        "The two Koreas finished removing weapons and guard posts from the truce village on "
        "Thursday."
    )
    assert ("KOR+PRK", "087", "guard-posts", "done") in found


def test_an_appeal_to_no_one_is_not_aimed_at_the_act_told_after_it() -> None:
    found = triples(
        "Japan's foreign minister called on all governments to apply the ban in full, while "
        "Beijing and Moscow met on the sidelines to discuss a draft of their own."
    )
    assert ("JPN", "020", None, "done") in found
    found = triples(
        "China welcomed the joint statement signed by Trump and Kim on Tuesday in Singapore."
    )
    assert ("CHN", "051", "PRK+USA", "done") in found


def test_a_council_measure_with_no_one_named_is_on_the_north() -> None:
    found = triples(
        "The Security Council voted on Friday to let member states seize tankers caught "
        "smuggling fuel."
    )
    assert [t[:3] for t in found if t[0] == "UN"] == [("UN", "171", "PRK")]


def test_a_request_apposed_and_refused_in_the_passive_is_aimed_at_who_made_it() -> None:
    found = triples(
        "Tokyo asked the sanctions committee on Monday to list three more tankers, a request "
        "that was put on hold by China on Wednesday."
    )
    assert ("CHN", "120", "JPN", "done") in found


def test_readiness_to_resume_talks_is_not_aimed_at_the_host_of_ones_own_trip() -> None:
    found = triples(
        "North Korea fired a rocket on Monday. In Tokyo, the US envoy, who arrived on Tuesday, "
        "said on Wednesday that Washington was ready to resume working-level talks once "
        "Pyongyang replied."
    )
    assert ("USA", "036", "PRK", "claimed") in found
    assert ("USA", "036", "JPN", "claimed") not in found


def test_aid_with_no_recipient_named_goes_to_the_north() -> None:
    found = triples("Tokyo said on Monday it would provide food aid through UN agencies.")
    assert ("JPN", "070", "PRK", "planned") in found


def test_an_act_told_as_a_warning_to_someone_is_a_warning_aimed_at_them() -> None:
    found = triples(
        "Pyongyang flew fighter jets near the border on Sunday, in a warning aimed at Seoul "
        "over its leaflet launches."
    )
    assert ("PRK", "130", "KOR", "done") in found
    found = triples(
        "Kim watched a rocket test on Friday, intended as a stern warning to Japan over its "
        "missile shield, state media said."
    )
    assert ("PRK", "130", "JPN") in [t[:3] for t in found]


def test_a_new_road_or_the_road_to_something_is_a_course_not_the_road_project() -> None:
    found = triples(
        'North Korea warned on Monday that it could take "a new road" if the allies went '
        "ahead with their autumn drills."
    )
    assert ("PRK", "130", "KOR+USA", "done") in found
    found = triples("Seoul said on Monday the road to relief ran through Washington.")
    assert not any(t[2] == "PRK" for t in found)


def test_a_council_approving_sanctions_imposes_them_and_relief_approved_is_no_sanction() -> None:
    assert ("UN", "163", "PRK", "done") in triples(
        "The UN Security Council on Monday approved tougher sanctions against North Korea."
    )
    assert ("UN", "163", "PRK", "done") in triples(
        "Harsher sanctions were approved against North Korea by the UN Security Council."
    )
    assert not any(t[1] == "163" for t in triples("The UN approved the sanctions relief."))


def test_a_reaction_to_an_act_told_with_by_is_aimed_at_its_doer() -> None:
    assert ("JPN", "111", "PRK", "done") in triples(
        "Tokyo denounced the firing of two rockets by North Korea on Saturday."
    )
    found = triples("Abe warned against being misled by Pyongyang.")
    assert not any(t[2] == "PRK" for t in found)


def test_a_title_in_lower_case_with_no_name_is_its_government() -> None:
    assert ("USA", "040", "PRK", "done") in triples(
        "The American secretary of state sat down with Kim Yong Chol in New York."
    )
    assert ("KOR", "030", "PRK", "done") in triples(
        "The unification minister proposed fresh talks with the North on Wednesday."
    )


def test_a_gerund_opening_the_sentence_is_done_by_the_main_clause_subject() -> None:
    found = triples("After meeting Ri Yong Ho in Moscow, Lavrov urged him to keep talking.")
    assert ("RUS", "040", "PRK", "done") in found
    assert ("RUS", "020", "PRK", "done") in found
    assert not any("+" in t[0] for t in found)
    found = triples("Before flying to the Olympics, Abe and Pence agreed to keep up pressure.")
    assert not any(t[1] == "042" for t in found)


def test_a_visitor_received_by_a_host_is_hosted_by_the_agent() -> None:
    assert ("CHN", "043", "PRK", "done") in triples(
        "Ri Yong Ho was received by Wang Yi at the Diaoyutai guesthouse on Tuesday."
    )
    assert triples("The parcel was received by Kono on Friday.") == []


def test_drills_called_off_by_the_allies_are_a_drill_step_not_cut_ties() -> None:
    [r] = reports("The autumn exercises were cancelled by Washington and Seoul last week.")
    assert (r.actor, r.action, r.target, r.tracks) == (
        "KOR+USA",
        "087",
        None,
        ("denuclearization",),
    )


def test_a_text_issued_by_a_party_speaks_for_it() -> None:
    assert ("PRK", "112", "USA", "done") in triples(
        "A commentary run by KCNA on Sunday accused Washington of bad faith in the talks."
    )
    assert ("JPN", "120", "PRK", "done") in triples(
        "Tokyo dismissed an announcement released by the North on Monday."
    )


def test_a_pronoun_after_an_opening_adverb_is_the_story_subject() -> None:
    found = triples(
        "Biegun arrived in Tokyo on Tuesday. Afterwards he sat down with Japanese officials."
    )
    assert ("USA", "040", "JPN") in [t[:3] for t in found]
    found = triples("Wang Yi reached Pyongyang on Sunday. There he urged Ri Yong Ho to be patient.")
    assert ("CHN", "020", "PRK") in [t[:3] for t in found]


def test_inter_korean_talks_dated_by_a_weekday_or_broken_down_are_an_event() -> None:
    assert ("KOR+PRK", "040", "each-other", "done") in triples(
        "Inter-Korean talks at Tongilgak broke down on Wednesday over the drills."
    )
    assert ("KOR+PRK", "040", "each-other", "done") in triples(
        "At the inter-Korean talks, Pyongyang's delegates walked out early."
    )


def test_a_hyphened_pair_before_talks_names_the_two_who_met() -> None:
    assert ("CHN+PRK", "040", "each-other", "done") in triples(
        "China-North Korea talks in Beijing ended on Friday with a joint pledge."
    )
    assert triples("Japan-North Korea talks have long been frozen.") == []


def test_the_one_quoted_as_acting_did_it_and_praise_of_ones_own_is_no_report() -> None:
    assert ("PRK", "112", "KOR") in [
        t[:3] for t in triples("Rodong Sinmun quoted Kim Yo Jong as accusing Seoul of hypocrisy.")
    ]
    assert triples("KCNA quoted Kim Jong Un as hailing the engineers for the launch.") == []


def test_a_party_s_envoy_to_the_un_acting_is_that_party() -> None:
    assert ("JPN", "111", "PRK") in [
        t[:3] for t in triples("Japan's ambassador to the UN condemned North Korea's launch.")
    ]
    assert ("CHN", "040", "USA") in [
        t[:3] for t in triples("China's envoy to the US met Stephen Biegun on Monday.")
    ]


def test_a_title_of_a_party_opening_the_clause_is_that_party() -> None:
    assert ("RUS", "020", "PRK") in [
        t[:3]
        for t in triples("The foreign minister of Russia called on Pyongyang to show restraint.")
    ]
    assert ("PRK", "111", "KOR") in [
        t[:3] for t in triples("In Geneva on Monday, the envoy of Pyongyang denounced Seoul.")
    ]


def test_hitting_out_at_is_criticism_and_shooting_down_a_proposal_is_refusal() -> None:
    assert ("RUS", "111", "USA") in [
        t[:3] for t in triples("Moscow hit out at Washington over the new sanctions on Tuesday.")
    ]
    assert ("KOR", "120", "JPN") in [
        t[:3] for t in triples("Seoul shot down Tokyo's proposal for a joint panel on Friday.")
    ]
    assert not any(t[1] == "120" for t in triples("North Korea shot down a drone on Friday."))


def test_two_leaders_exchanging_letters_write_to_each_other() -> None:
    assert ("CHN+RUS", "010", "each-other", "done") in triples(
        "Putin and Xi exchanged warm messages on Tuesday."
    )
    assert not any(
        t[1] == "010" for t in triples("Seoul wants more exchanges of letters between families.")
    )


def test_an_act_told_by_a_light_verb_and_its_noun_is_that_act() -> None:
    found = [t[:3] for t in triples("Tokyo issued a warning to Pyongyang over the launches.")]
    assert ("JPN", "130", "PRK") in found
    found = [t[:3] for t in triples("Moon made a proposal to Kim for joint Olympic teams.")]
    assert ("KOR", "030", "PRK") in found
    found = [t[:3] for t in triples("Xi extended an invitation to Kim on Tuesday.")]
    assert ("CHN", "036", "PRK") in found
    found = [t[:3] for t in triples("Beijing took aim at Washington over the tariffs.")]
    assert ("CHN", "111", "USA") in found


def test_coming_under_fire_from_a_party_is_that_party_s_criticism() -> None:
    found = [t[:3] for t in triples("Tokyo came under sharp attack from Seoul over the curbs.")]
    assert ("KOR", "111", "JPN") in found


def test_a_meeting_or_exchange_of_views_told_with_had_is_a_meeting() -> None:
    found = triples(
        "Lavrov had a lengthy meeting with Foreign Minister Ri Yong Ho in Moscow. Later, Xi "
        "and Putin had a frank exchange of views on the peninsula."
    )
    assert ("RUS", "040", "PRK", "done") in found
    assert ("CHN+RUS", "040", "each-other", "done") in found


def test_a_middle_initial_ends_no_sentence() -> None:
    found = triples("Shinzo Abe met George W. Bush at his ranch on Monday.")
    assert ("JPN", "040", "USA", "done") in found


def test_called_upon_is_an_appeal_like_called_on() -> None:
    found = triples("On Monday Beijing called upon Tokyo to resume its talks with Pyongyang.")
    assert ("CHN", "020", "JPN", "done") in found


def test_an_invitation_accepted_with_no_agent_is_accepted_by_the_one_invited() -> None:
    found = triples(
        "In Moscow, Putin invited Abe to attend a forum in the autumn, and the invitation was "
        "gladly accepted."
    )
    assert ("RUS", "036", "JPN", "done") in found
    assert ("JPN", "036", "RUS", "done") in found


def test_the_two_top_leaders_are_the_pair_just_named() -> None:
    found = triples(
        "Putin met Xi in Beijing on Monday. It was noted that the two top leaders agreed to "
        "deepen their trade ties."
    )
    assert ("CHN+RUS", "030", "each-other", "done") in found


def test_the_supreme_leader_of_state_media_is_north_korea() -> None:
    found = triples("On Sunday the Supreme Leader received a Chinese delegation led by Wang Yi.")
    assert ("PRK", "040", "CHN", "done") in found


def test_stepping_across_the_border_into_a_country_is_a_visit() -> None:
    found = triples("Moon walked across the border onto North Korean soil on Friday.")
    assert ("KOR", "042", "PRK", "done") in found


def test_a_resolution_adopted_by_the_council_is_its_sanction() -> None:
    found = triples(
        "Resolution 2375, adopted by the Security Council on Sept. 11, 2017, banned North "
        "Korean textile exports."
    )
    assert ("UN", "163", "PRK", "done") in found


def test_adopting_a_joint_statement_is_signing_it() -> None:
    found = triples("Putin and Xi adopted a joint declaration on regional security on Monday.")
    assert ("CHN+RUS", "057", "each-other", "done") in found


def test_the_second_state_of_a_hyphenated_pair_is_named() -> None:
    found = triples(
        "Officials recalled the DPRK-China talks in Dalian, where the top leaders of the two "
        "countries adopted a joint communique."
    )
    assert ("CHN+PRK", "057", "each-other", "done") in found


def test_indian_officials_and_ministry_are_india() -> None:
    found = triples("Sushma Swaraj held talks with Kang Kyung-wha in Seoul on Friday.")
    assert ("IND", "040", "KOR", "done") in found


def test_assuring_someone_that_is_a_promise_to_them() -> None:
    found = triples("Beijing assured Seoul on Monday that its curbs would be eased soon.")
    assert ("CHN", "030", "KOR", "done") in found


def test_a_relative_day_between_but_and_its_pronoun_keeps_the_subject() -> None:
    found = triples(
        "Canada kept talking to Pyongyang, but in May last year it banned all shipments of "
        "fuel to North Korea."
    )
    assert ("CAN", "163", "PRK", "done") in found


def test_receiving_an_aide_is_a_meeting() -> None:
    found = triples("Xi received Putin's top aide in Beijing on Tuesday.")
    assert ("CHN", "040", "RUS", "done") in found


def test_a_town_named_as_one_is_the_place_not_a_project() -> None:
    found = triples(
        "The two Koreas held a groundbreaking ceremony on Friday in the border town of Kaesong "
        "for a project to reconnect their railways."
    )
    assert ("KOR+PRK", "061", "rail-links", "done") in found
    assert ("KOR+PRK", "061", "kaesong", "done") not in found


def test_dated_general_level_military_talks_are_the_pairs_meeting() -> None:
    found = triples(
        "The two Koreas agreed to pull back artillery. The timetable was settled at "
        "general-level military talks at Tongilgak on Oct. 3, officials said."
    )
    assert any(t[0] == "KOR+PRK" and t[1] == "040" for t in found)


def test_a_verb_after_comma_then_keeps_the_subject_of_the_verb_before() -> None:
    found = triples(
        "The envoy Stephen Biegun met Kim Yong Chol for an hour, then travelled on to Tokyo."
    )
    assert ("USA", "042", "JPN", "done") in found
    assert not any(t[0] == "PRK" and t[2] == "JPN" for t in found)


def test_a_pronoun_after_a_fronted_date_keeps_the_story_subject_for_the_next_he() -> None:
    found = triples(
        "Stephen Biegun flew to Seoul in August. On Sept. 3, 2019, he and Japanese Foreign "
        "Minister Taro Kono held a joint briefing. In October he met Choe Son Hui in Oslo."
    )
    assert ("USA", "040", "PRK", "done") in found
    assert ("JPN", "040", "PRK", "done") not in found


def test_suspending_a_notice_or_complaint_against_the_other_eases_the_quarrel() -> None:
    found = triples(
        "Tokyo said on Monday that it was suspending its complaint against South Korea at the "
        "trade body."
    )
    assert ("JPN", "080", "KOR", "claimed") in found


def test_staff_from_both_sides_after_and_are_the_subject_of_their_own_clause() -> None:
    found = triples(
        "A South Korean convoy crossed the border on Monday, and surveyors from both Koreas "
        "started a joint study of the road."
    )
    assert any(t[0] == "KOR+PRK" and t[1] == "061" for t in found)
    assert ("KOR", "061", "PRK", "done") not in found


def test_turned_him_down_is_a_refusal_aimed_at_the_one_him_stands_for() -> None:
    found = triples(
        "Moon Jae-in said Kim Jong Un had asked for more aid, and that Seoul had turned him down."
    )
    assert ("KOR", "120", "PRK", "claimed") in found


def test_an_acceptance_with_no_object_takes_the_invitation_told_before_it() -> None:
    found = triples(
        "Moon Jae-in asked Xi Jinping to come to Seoul next spring, and Xi accepted, the Blue "
        "House said."
    )
    assert ("CHN", "030", "KOR", "claimed") in found


def test_sanctions_imposed_on_a_state_with_no_agent_are_no_act_of_the_subject() -> None:
    found = triples(
        "Pyongyang urged Washington at the talks to ease the penalties imposed on it last year."
    )
    assert ("PRK", "020", "USA", "done") in found
    assert not any(t[1] == "163" for t in found)


def test_pyeongchang_the_olympic_host_county_is_in_south_korea() -> None:
    found = triples(
        "The North Korean leader said Pyongyang was willing to send a delegation to the Games "
        "in Pyeongchang next month."
    )
    assert ("PRK", "036", "KOR", "claimed") in found


def test_a_test_told_in_the_lead_and_again_later_on_the_same_day_is_one_report() -> None:
    found = triples(
        "Washington seized a tanker on Thursday, hours after Pyongyang fired two rockets. "
        "Officials saw no link. On Thursday morning the North fired two rockets into the sea, "
        "Seoul's military said."
    )
    assert [t for t in found if t[1] == "X01"] == [("PRK", "X01", None, "done")]


def test_a_summit_known_by_its_place_dated_after_ended_without_a_deal_counts() -> None:
    [r] = reports(
        "The Singapore meeting between Trump and Kim ended without a deal on June 12, an aide "
        "recalled.",
        date(2018, 12, 1),
    )
    assert (r.actor, r.action, r.target, r.on) == (
        "PRK+USA",
        "040",
        "each-other",
        date(2018, 6, 12),
    )


def test_rail_and_road_links_are_the_railway_project() -> None:
    found = triples(
        "The two Koreas agreed on Monday to begin work on the rail and road links next spring."
    )
    assert ("KOR+PRK", "030", "rail-links", "done") in found


def test_two_sides_breaking_off_their_own_talks_act_on_each_other() -> None:
    found = triples(
        "Trump and Kim sat down at a lakeside villa in the morning. By dusk the two sides "
        "broke off the talks."
    )
    assert ("PRK+USA", "161", "each-other", "done") in found


def test_the_allies_call_with_no_track_words_is_their_coordination_not_the_storys_track() -> None:
    found = reports(
        "Washington endorsed Seoul's plan to reopen the Kaesong factory park on Monday. On "
        "Wednesday Trump spoke with Moon Jae-in by telephone again."
    )
    [call] = [r for r in found if r.action.startswith("04")]
    assert (call.actor, call.target, call.tracks) == (
        "USA",
        "KOR",
        ("alliance-coordination",),
    )


def test_a_person_named_in_a_fronted_phrase_is_not_whom_a_later_he_stands_for() -> None:
    found = triples(
        "Mike Pompeo reached Tokyo on Monday. After a dinner on Tuesday with Foreign Minister "
        "Taro Kono, he said he had brought no new offer. He then flew to Beijing to meet "
        "Chinese officials."
    )
    assert any(t[0] == "USA" and t[2] == "CHN" for t in found)
    assert not any(t[0] == "JPN" and t[2] == "CHN" for t in found)


def test_it_after_a_state_said_later_in_the_sentence_is_that_state() -> None:
    found = triples(
        "China held a naval drill on Monday, and a day later Japan said it had frozen the "
        "assets of two Chinese firms."
    )
    assert ("JPN", "163", "CHN", "claimed") in found
    assert not any(t[0] == "CHN" and t[1] == "163" for t in found)


def test_a_verb_after_comma_then_goes_on_from_the_verb_before_not_its_object() -> None:
    found = triples(
        "Wang Yi met Shinzo Abe in Tokyo for an hour, then flew to Seoul to see Moon Jae-in."
    )
    assert ("CHN", "042", "KOR", "done") in found
    assert not any(t[0] == "JPN" for t in found)


def test_a_person_met_after_with_is_not_whose_next_his_meeting_is() -> None:
    found = triples(
        "Xi Jinping flew to Osaka on Thursday. The trip opened the way to his summit with "
        "Moon Jae-in and his meeting with Shinzo Abe."
    )
    assert ("CHN", "040", "JPN", "done") in found
    assert not any(t[0] == "KOR" and t[2] == "JPN" for t in found)


def test_calling_in_an_ambassador_and_lodging_the_protest_are_a_summons_and_a_protest() -> None:
    assert ("JPN", "114", "KOR", "done") in triples(
        "Tokyo called in the South Korean envoy on Monday over the fishing dispute."
    )
    assert ("CHN", "114", "JPN", "done") in triples(
        "Beijing lodged its strongest protest with Japan over the island landing."
    )
    assert not any(t[1] == "114" for t in triples("Seoul called in experts to study the data."))


def test_saying_denuclearisation_is_off_the_table_is_a_refusal_by_the_one_who_says_it() -> None:
    found = triples(
        "Talks with Washington stalled in June. North Korea's envoy in Geneva declared on "
        "Monday that denuclearization had been taken off the negotiating table."
    )
    assert any(t[:2] == ("PRK", "120") for t in found)
    assert not any(t[1] == "120" for t in triples("Seoul said the offer was on the table."))


def test_calling_a_killing_or_comments_shocking_is_a_criticism() -> None:
    found = triples(
        "North Korean guards shot a South Korean fisherman on Monday. Seoul's prime minister "
        "called the shooting shocking on Tuesday."
    )
    assert ("KOR", "111", "PRK", "done") in found
    assert not any(t[1] == "111" for t in triples("Seoul called the talks useful."))


def test_being_ready_to_play_a_constructive_role_is_an_offer_of_good_offices() -> None:
    found = triples(
        "Kim Jong Un arrived in Moscow on Monday. Putin told him that Russia stood ready to "
        "play an active and constructive role."
    )
    assert any(t[:2] == ("RUS", "030") for t in found)
    assert not any(t[1] == "030" for t in triples("Russia played a key role in the war."))


def test_a_call_told_with_how_often_and_a_charge_after_a_long_list_are_read() -> None:
    assert ("JPN", "040", "USA", "done") in triples(
        "Abe spoke again by phone with Trump on Sunday about the launches."
    )
    found = triples(
        "Washington charged three managers of a Pyongyang trading house, and a Malaysian "
        "partner, with smuggling luxury goods into North Korea."
    )
    assert any(t[:2] == ("USA", "173") for t in found)


def test_a_spokesman_or_ministry_in_a_capital_speaks_for_that_capital() -> None:
    assert ("RUS", "020", "JPN", "done") in triples(
        "A government spokesman in Moscow urged Tokyo to drop its claim to the islands."
    )
    assert ("USA", "040", "KOR", "done") in triples("Pompeo met officials in Seoul on Monday.")


def test_told_with_a_day_and_a_quotation_before_the_infinitive_is_a_directive() -> None:
    assert ("USA", "020", "PRK", "done") in triples(
        'Trump told Kim Jong Un on Twitter that day to "move fast" on a deal.'
    )


def test_a_judgement_in_an_aside_before_said_is_a_criticism() -> None:
    found = triples(
        "Russia vetoed the resolution on Monday. The British envoy, calling the veto deeply "
        "regrettable, told the council that London would try again."
    )
    assert any(t[:3] == ("GBR", "111", "RUS") for t in found)
    assert not any(
        t[1] == "111"
        for t in triples("The envoy, calling the talks useful, said London would try again.")
    )


def test_being_ready_to_return_to_a_city_for_another_round_is_readiness_to_talk() -> None:
    found = triples(
        "North Korea walked out of the talks in Geneva on Friday. Washington said it was "
        "ready to return to Geneva for another round next month."
    )
    assert any(t[:3] == ("USA", "036", "PRK") for t in found)


def test_seeking_to_meet_or_pushing_for_a_meeting_with_someone_is_a_meeting_sought() -> None:
    assert any(
        t[:3] == ("JPN", "036", "PRK")
        for t in triples("Abe said he would seek to meet Kim Jong Un before the autumn.")
    )
    assert any(
        t[:3] == ("KOR", "036", "JPN")
        for t in triples("Moon will push for an early summit with Abe, officials said.")
    )


def test_a_sanction_named_before_the_participle_that_imposed_it_is_the_imposers() -> None:
    found = triples(
        "North Korean fishing crews still sell their catch in China despite a UN ban adopted "
        "in September."
    )
    assert any(t[:3] == ("UN", "163", "PRK") for t in found)
    assert not any(t[1] == "163" for t in triples("The talks adopted in September a new schedule."))


def test_turning_a_person_down_is_refusing_that_persons_request() -> None:
    found = triples(
        "Xi Jinping asked Putin on Monday to back the plan, and Putin turned him down flatly."
    )
    assert any(t[:3] == ("RUS", "120", "CHN") for t in found)


def test_members_on_a_states_council_are_that_states_voice_not_its_object() -> None:
    found = triples(
        "Pyongyang fired two rockets on Sunday. Members on Japan's security council condemned "
        "the firing the same day."
    )
    assert ("JPN", "111", "PRK", "done") in found


def test_sending_a_delegation_led_by_someone_to_a_place_is_a_visit() -> None:
    found = triples(
        "China sent a delegation led by Li Zhanshu, the head of its parliament, to Pyongyang."
    )
    assert any(t[:3] == ("CHN", "042", "PRK") for t in found)


def test_scolding_the_other_korea_for_protesting_ones_own_drill_is_of_their_ties() -> None:
    found = _tracks(
        "Pyongyang on Wednesday mocked Seoul as cowardly for protesting against its artillery "
        "drill near the coast."
    )
    assert found[("PRK", "111", "KOR")] == ("inter-korean",)


def test_an_offer_aimed_at_the_one_party_its_sentence_names_is_read_with_that_party() -> None:
    found = _tracks(
        "Tokyo offered on Monday to pay more toward the upkeep of the bases, weeks after a "
        "demand from Washington."
    )
    assert found[("JPN", "030", "USA")] == ("alliance-coordination",)


def test_an_appeal_to_the_north_and_a_power_to_meet_is_not_on_the_next_clauses_sanctions() -> None:
    found = reports(
        "Moscow's envoy urged Pyongyang and Washington to meet soon and asked the council to "
        "relax the sanctions."
    )
    assert found[0].tracks == ("denuclearization",)


def test_sanctions_told_as_the_hurdle_of_the_two_koreas_act_are_not_its_track() -> None:
    found = _tracks(
        "The two Koreas launched a joint survey of their roads on Monday, a modest start since "
        "UN sanctions still bar any real work."
    )
    assert found[("KOR+PRK", "061", "road-links")] == ("inter-korean",)


def test_an_act_aimed_in_the_story_drops_what_having_no_one_aimed_at_gave_it() -> None:
    found = _tracks(
        "Japan protested to its ally South Korea on Monday over the chemicals. On Friday "
        "Japan's trade ministry relaxed licensing rules for one of the chemicals."
    )
    assert found[("JPN", "085", "KOR")] == ("alliance-coordination",)


def test_the_allies_between_themselves_take_no_nuclear_track_from_the_story() -> None:
    found = _tracks(
        "South Korea and the United States agreed on Monday to scale back their spring drills. "
        "Kang and Pompeo also pledged to keep a firm combined defence posture."
    )
    assert found[("KOR+USA", "030", "each-other")] == ("alliance-coordination",)


def test_the_allies_between_themselves_take_no_sanctions_track_from_the_story() -> None:
    found = reports(
        "South Korea and the United States agreed on Monday to seek a sanctions exemption for "
        "the rail survey. Kang and Pompeo also pledged to keep a firm combined defence posture."
    )
    assert found[-1].tracks == ("alliance-coordination",)


def test_the_councils_exemption_for_a_korean_project_is_on_the_sanctions() -> None:
    found = _tracks(
        "The Security Council's sanctions committee on Friday granted Seoul an exemption for an "
        "inter-Korean road survey."
    )
    assert found[("UN", "085", "KOR")] == ("sanctions",)


def test_sanctions_between_powers_neither_korea_among_are_not_on_the_koreas_ties() -> None:
    found = _tracks(
        "The Treasury on Friday sanctioned a Chinese bank that had handled payments for "
        "inter-Korean trade."
    )
    assert found[("USA", "163", "CHN")] == ("sanctions",)


def test_the_norths_own_act_with_a_power_takes_no_korean_ties_from_the_story() -> None:
    found = _tracks(
        "China's Xi praised the inter-Korean summit on Monday. Kim himself held talks with Xi "
        "in Dalian on Tuesday."
    )
    assert found[("PRK", "040", "CHN")] == ("denuclearization",)


def test_the_norths_own_act_with_a_power_takes_no_sanctions_from_the_story() -> None:
    found = _tracks(
        "The United States imposed new sanctions on North Korea on Monday. On Thursday North "
        "Korea returned the remains of three American soldiers to the United States."
    )
    assert found[("PRK", "084", "USA")] == ("denuclearization",)


def test_a_trip_to_a_third_state_for_talks_with_someone_is_those_talks_not_a_visit() -> None:
    found = triples(
        "The US envoy will fly to Norway next week for two full days of talks "
        "with North Korean diplomats, officials said."
    )
    assert ("USA", "040", "PRK", "planned") in found
    assert not any(t[2] == "NOR" for t in found)
    assert any(
        t[:3] == ("USA", "042", "JPN")
        for t in triples("The US envoy flew to Tokyo for talks with Japanese officials.")
    )


def test_accepting_a_hosts_invitation_to_come_back_is_aimed_at_the_other_side_not_the_host() -> (
    None
):
    found = triples(
        "North Korea walked out of working-level talks with the United States in Oslo on "
        "Monday. Norway had invited both delegations to come back for another round, and "
        "Washington said it had accepted."
    )
    assert any(t[:3] == ("USA", "030", "PRK") for t in found)
    assert not any(t[:2] == ("USA", "030") and t[2] == "NOR" for t in found)
    found = triples(
        "North Korea walked out of working-level talks with the United States in Oslo on "
        "Monday. Washington said it had accepted an invitation from Norway to return for more "
        "talks next month, an offer Pyongyang has not answered."
    )
    assert any(t[:3] == ("USA", "030", "PRK") for t in found)


def test_called_ones_possessive_remarks_or_sanctions_a_judgement_is_a_criticism() -> None:
    found = triples("Pyongyang called Pompeo's remarks foolish on Sunday.")
    assert any(t[0] == "PRK" and t[1] == "111" and t[2] == "USA" for t in found)
    found = triples("Beijing called the latest American sanctions counterproductive.")
    assert any(t[0] == "CHN" and t[1] == "111" and t[2] == "USA" for t in found)


def test_pushed_for_a_meeting_is_a_call_for_it_but_not_after_by() -> None:
    found = triples("Abe has pushed for a meeting with Kim Jong Un for months.")
    assert any(t[0] == "JPN" and t[1] == "036" and t[2] == "PRK" for t in found)  # sought
    found = triples("Beijing pushed for new sanctions talks at the council on Friday.")
    assert any(t[0] == "CHN" and t[1] == "020" for t in found)
    found = triples("Tokyo accused Beijing of shielding Pyongyang by pushing for sanctions relief.")
    assert not any(t[1] == "020" for t in found)


def test_a_call_told_as_a_noun_stands_with_no_one_aimed_at() -> None:
    assert triples("Moscow's call for calm on the peninsula drew little notice.") == [
        ("RUS", "020", None, "done")
    ]
    assert triples("Moscow's proposal for a regional forum drew little notice.") == []


def test_a_call_or_appeal_by_a_state_told_as_a_noun_is_that_states() -> None:
    found = triples("A call from Tokyo for talks with Pyongyang went unanswered.")
    assert ("JPN", "020", "PRK", "done") in found
    assert triples("Japan keeps a ban on port calls by North Korean ships.") == []


def test_reached_out_to_a_state_is_an_overture_to_it() -> None:
    assert ("JPN", "030", "PRK", "done") in triples(
        "Tokyo reached out to Pyongyang through a back channel."
    )


def test_a_states_rejection_or_refusal_told_as_a_noun_is_its_rejection() -> None:
    assert ("PRK", "120", "KOR", "done") in triples(
        "Officials in Seoul were irritated by Pyongyang's rejection of their aid offer."
    )
    assert ("JPN", "120", "KOR", "done") in triples(
        "Tokyo's refusal to return the documents to Seoul hardened the dispute."
    )


def test_called_a_step_a_hostile_act_is_a_criticism() -> None:
    found = triples("Pyongyang called the South's loudspeaker broadcasts a hostile act.")
    assert any(t[0] == "PRK" and t[1] == "111" and t[2] == "KOR" for t in found)


def test_a_visit_by_someone_to_a_capital_is_that_ones_visit() -> None:
    found = triples("A visit by Lavrov to Pyongyang last month ended with no statement.")
    assert any(t[0] == "RUS" and t[1] == "042" and t[2] == "PRK" for t in found)


def test_rejecting_its_offer_after_a_sayer_is_aimed_at_the_sayer() -> None:
    found = triples("Tokyo said Pyongyang had brushed aside its request for a meeting.")
    assert any(t[0] == "PRK" and t[2] == "JPN" for t in found)


def test_vetoing_a_states_plan_is_a_rejection_of_it() -> None:
    found = triples("China vetoed an American plan to list two more tankers.")
    assert any(t[0] == "CHN" and t[1] == "120" and t[2] == "USA" for t in found)


def test_name_calling_in_an_aside_after_a_statement_is_the_act_and_not_a_second_one() -> None:
    found = triples(
        'Kim Yo Jong put out a statement on Monday, calling Seoul a "meddling busybody".'
    )
    assert any(t[:3] == ("PRK", "111", "KOR") for t in found)
    twice = triples('Kim Yo Jong scolded Seoul, calling Moon a "meddling busybody".')
    assert [t[1] for t in twice].count("111") == 1


def test_questioning_the_norths_claim_calls_the_norths_conduct_in_doubt() -> None:
    found = triples("Seoul's defence minister questioned the North's account of the shooting.")
    assert any(t[:3] == ("KOR", "111", "PRK") for t in found)


def test_waiting_until_a_date_for_the_other_side_to_act_is_a_deadline_set_once() -> None:
    found = triples(
        "Kim said he would wait until the end of the summer for Washington to change course."
    )
    assert any(t[:3] == ("PRK", "100", "USA") for t in found)
    once = triples(
        "Kim demanded a new offer from Washington by the end of the summer, saying he would "
        "wait until then for it."
    )
    assert [t[1] for t in once].count("100") == 1


def test_a_pact_under_which_a_party_pledged_tells_a_done_pledge() -> None:
    found = triples(
        "Critics pointed to the accord under which the two Koreas pledged in 2018 to stop "
        "all hostile acts."
    )
    assert any(t[:3] == ("KOR+PRK", "030", "each-other") for t in found)
    assert triples("They weighed a plan under which the North would close Yongbyon.") == []


def test_saying_anothers_step_fell_short_judges_it_wanting() -> None:
    found = triples(
        "Japan eased its curbs on chemical exports. Seoul said on Friday that the move fell "
        "short of a full fix."
    )
    assert any(t[:3] == ("KOR", "111", "JPN") for t in found)


def test_a_northern_name_in_seouls_hyphened_spelling_is_still_the_north() -> None:
    found = triples("Jang Kum-chol criticized the South on Monday over its joint drills.")
    assert found and found[0][0] == "PRK"


def test_one_who_carries_an_invitation_gives_it() -> None:
    found = triples(
        "Kim Yo Jong relayed her brother's invitation to President Moon on Sunday to come to "
        "Pyongyang soon."
    )
    assert ("PRK", "036", "KOR") in [t[:3] for t in found]


def test_a_refusal_told_by_the_participle_turning_down_is_a_rejection() -> None:
    found = triples(
        "Pyongyang said on Monday its leader would skip the forum, turning down an offer from "
        "Seoul."
    )
    assert ("PRK", "120", "KOR") in [t[:3] for t in found]


def test_the_one_sent_a_notice_is_not_the_subject_of_the_participle_after_it() -> None:
    found = triples(
        "Pyongyang sent the South a written notice on Tuesday, warning that it would "
        "demolish the hotels at the resort."
    )
    assert found and found[0][0] == "PRK"


def test_they_after_an_opening_day_of_last_year_stands_for_the_group_named_before() -> None:
    found = triples(
        "The allies began a large air exercise on Aug. 5. On March 3 last year they "
        "called off the spring field exercise."
    )
    assert ("KOR+USA", "087", None, "done") in found


def test_the_allies_agreeing_to_put_off_a_named_drill_described_after_a_comma_is_its_step() -> None:
    found = triples(
        "Seoul and Washington agreed on Tuesday to postpone Iron Falcon, their annual naval "
        "exercise."
    )
    assert found == [("KOR+USA", "087", None, "done")]


def test_talks_in_a_phrase_opening_the_sentence_are_held_by_the_main_clauses_subject() -> None:
    found = triples(
        "After talks with Japan's foreign minister on Monday, Pompeo said the allies would "
        "keep up the pressure on the North."
    )
    assert ("USA", "040", "JPN", "done") in found


def test_talks_opening_the_sentence_before_a_pronoun_are_the_story_subjects() -> None:
    found = triples(
        "Pompeo landed in Tokyo on Sunday. After talks with Japan's defence minister, he "
        "flew on to Seoul."
    )
    assert ("USA", "040", "JPN", "done") in found


def test_meeting_as_a_gerund_opening_the_sentence_is_the_main_subjects_meeting() -> None:
    found = triples(
        "After meeting Japan's defence minister on Monday, Pompeo flew on to Seoul for talks."
    )
    assert ("USA", "040", "JPN", "done") in found


def test_talks_called_off_over_a_drill_are_not_the_drills_own_step() -> None:
    found = triples("Pyongyang on Monday called off its talks with Seoul over a naval exercise.")
    assert ("PRK", "087", "KOR", "done") not in found
    assert ("PRK", "161", "KOR", "done") in found


def test_a_summit_venue_after_since_is_a_point_in_time_not_the_state() -> None:
    found = triples(
        "Pompeo said on Tuesday the weeks since Singapore had demanded patience from both sides."
    )
    assert not any(actor == "SGP" for actor, *_ in found)


def test_a_company_of_a_state_is_not_that_states_government() -> None:
    found = triples(
        "Pyongyang ordered the hotel shut on Monday. Daewon, the South Korean firm that "
        "owns it, condemned the order as unfair."
    )
    assert not any(actor == "KOR" and code == "111" for actor, code, *_ in found)


def test_blowing_it_up_with_the_pronoun_inside_the_particle_verb_is_a_seizure() -> None:
    found = triples(
        "Seoul had paid for the joint liaison office in Kaesong, and last week the North "
        "blew it up."
    )
    assert any(actor == "PRK" and code == "171" for actor, code, _, _ in found)


def test_calling_a_leader_an_insulting_name_without_quotes_is_a_criticism() -> None:
    found = triples(
        "On Friday the North's former spy chief called Trump a feeble and confused old man."
    )
    assert ("PRK", "111", "USA", "done") in found


def test_a_states_shutdown_of_a_joint_site_told_as_a_noun_is_its_act() -> None:
    found = triples(
        "Pyongyang recalled its workers in March 2016 following the South's shutdown of the "
        "joint factory zone in Kaesong."
    )
    assert any(actor == "KOR" and target == "PRK" for actor, _, target, _ in found)


def test_calling_it_off_with_the_pronoun_for_the_meeting_is_a_cancellation() -> None:
    found = triples("The second summit looked set for March. Trump called it off in a note to Kim.")
    assert ("USA", "161", "PRK", "done") in found


def test_cutting_it_off_with_the_pronoun_for_the_channel_is_a_reduction_of_ties() -> None:
    found = triples(
        "The hotline has been silent since March, when Pyongyang cut it off in anger at Seoul."
    )
    assert any(actor == "PRK" and code == "161" for actor, code, _, _ in found)


def test_greeting_an_act_with_an_expression_of_regret_is_a_criticism_not_a_meeting() -> None:
    found = triples("Tokyo greeted the North's latest rocket test with deep concern on Monday.")
    assert ("JPN", "111", "PRK", "done") in found
    assert not any(code == "040" for _, code, _, _ in found)


def test_reaction_to_an_act_no_report_told_is_aimed_at_the_last_subject() -> None:
    found = triples(
        "North Korea trialled a new rocket motor at a coastal site on Sunday. Tokyo denounced "
        "the test on Monday."
    )
    assert any(t[0] == "JPN" and t[2] == "PRK" for t in found)


def test_the_norths_epithet_opening_a_sentence_is_the_north_not_the_last_subject() -> None:
    found = triples(
        "Washington on Monday asked Pyongyang to freeze its plutonium work. The reclusive "
        "state turned down the request on Wednesday."
    )
    assert any(t[0] == "PRK" and t[2] == "USA" for t in found)
    assert not any(t[0] == "USA" and t[1].startswith("12") for t in found)


def test_sanctions_on_it_are_on_the_state_the_story_was_last_about() -> None:
    found = triples(
        "North Korea launched two rockets from its east coast on Sunday. Two days later "
        "Washington slapped fresh sanctions on it."
    )
    assert any(t[0] == "USA" and t[2] == "PRK" for t in found)


def test_the_neighbours_are_the_pair_just_named() -> None:
    found = triples(
        "Tokyo and Seoul have quarrelled over wartime labour for a year. The neighbours "
        "agreed on Tuesday to resume export talks."
    )
    assert any(set(t[0].split("+")) == {"JPN", "KOR"} for t in found)


def test_a_headlines_present_tense_sanctions_is_the_verb_not_the_noun() -> None:
    assert ("USA", "163", "PRK", "done") in triples(
        "Washington sanctions two North Korean trading houses over coal exports"
    )
    assert not any(t[1] == "163" for t in triples("The US sanctions Chinese banks fear are tight."))


def test_approving_an_aid_package_for_a_state_is_giving_it_aid() -> None:
    found = triples("Tokyo on Friday approved a modest aid package for Pyongyang.")
    assert ("JPN", "070", "PRK", "done") in found


def test_reaction_to_an_unowned_launch_is_aimed_at_the_other_state_named_before() -> None:
    found = triples(
        "Seoul has grown uneasy about Pyongyang this spring. The South denounced the rocket "
        "launch on Thursday."
    )
    assert any(t[0] == "KOR" and t[2] == "PRK" for t in found)


def test_reaction_to_it_with_no_report_before_is_aimed_at_the_last_subject() -> None:
    found = triples(
        "North Korea put its skaters on a flight to the Games in Gangneung. Seoul hailed it on "
        "Friday."
    )
    assert any(t[0] == "KOR" and t[2] == "PRK" for t in found)


def test_accepting_the_offer_just_told_is_aimed_at_its_maker() -> None:
    found = triples(
        "Beijing proposed a fresh round of six-party talks in the spring. Pyongyang accepted the "
        "proposal on Monday."
    )
    assert any(t[0] == "PRK" and t[2] == "CHN" for t in found)


def test_the_president_after_a_sentence_about_kim_is_the_other_person_named() -> None:
    found = triples(
        "Kim Jong Un sent a birthday note to Moon Jae-in in January. The president thanked "
        "him for it on Wednesday."
    )
    assert any(t[0] == "KOR" and t[2] == "PRK" for t in found)
    assert not any(t[0] == "PRK" and t[1] == "051" for t in found)


def test_the_norths_refusal_of_a_power_is_no_sanctions_act_for_what_another_clause_says() -> None:
    found = reports(
        "North Korea on Monday rejected Washington's version of the failed talks, saying it had "
        "asked only that a few of the sanctions be eased."
    )
    refusals = [r for r in found if r.actor == "PRK" and r.action.startswith("12")]
    assert refusals and all(r.tracks == ("denuclearization",) for r in refusals)


def test_seouls_own_sanctions_on_the_north_eased_are_the_sanctions_alone() -> None:
    found = reports(
        "South Korea on Tuesday eased the sanctions it had imposed on North Korea after the "
        "2010 attack on one of its warships."
    )
    eased = [r for r in found if r.actor == "KOR" and r.action in ("085", "163")]
    assert eased and all(r.tracks == ("sanctions",) for r in eased)


def test_by_train_after_an_arrival_is_the_means_of_travel_not_an_agent() -> None:
    found = triples("Kim Jong Un arrived in Russia by armoured train on Wednesday.")
    assert ("PRK", "042", "RUS", "done") in found


def test_the_land_crossed_on_the_way_is_a_place_not_where_one_went() -> None:
    found = triples(
        "Kim Jong Un arrived in Russia on Wednesday after a long ride through northeastern "
        "China, and met Vladimir Putin on Thursday."
    )
    assert any(t[0] == "PRK" and t[1] == "042" and t[2] == "RUS" for t in found)
    assert not any(t[2] == "CHN" for t in found)
    found = triples("Kim Jong Un arrived in Vladivostok on Wednesday after a ride through China.")
    assert not any(t[2] == "CHN" for t in found)


def test_the_office_after_the_liaison_office_is_named_is_that_office() -> None:
    found = triples(
        "Pyongyang pulled its staff out of the joint liaison office on Friday. The two Koreas "
        "had opened the office in September with a ceremony."
    )
    assert ("KOR+PRK", "061", "liaison-office", "done") in found
    found = triples("The two Koreas opened the office in September with a ceremony.")
    assert not any(t[2] == "liaison-office" for t in found)


def test_a_second_infinitive_after_and_to_goes_on_with_the_first_ones_subject() -> None:
    found = triples(
        "Biegun is expected to meet Moon Jae-in on Monday and to hold talks with Japanese "
        "envoy Kenji Kanasugi in the afternoon."
    )
    assert any(t[0] == "USA" and t[2] == "JPN" for t in found)
    assert not any(t[0] == "KOR" and t[2] == "JPN" for t in found)


def test_a_reaction_with_no_one_named_answers_the_act_not_a_like_reaction_before_it() -> None:
    found = triples(
        "Pyongyang fired a ballistic missile into the sea on Sunday. Seoul voiced deep regret "
        "over it. Tokyo lodged a stern protest through diplomatic channels."
    )
    assert any(t[0] == "JPN" and t[2] == "PRK" for t in found)
    assert not any(t[0] == "JPN" and t[2] == "KOR" for t in found)


def test_an_act_told_before_a_closing_clause_of_analysts_views_stands() -> None:
    found = triples(
        "Pyongyang rejected Seoul's offer of food aid on Tuesday, and analysts said the refusal "
        "showed the North was in no mood for gestures."
    )
    assert any(
        a == "PRK" and c.startswith("12") and t == "KOR" and m == "done" for a, c, t, m in found
    )
    assert triples("Pyongyang may reject the offer, analysts said.") == []


def test_a_capital_fronted_with_from_is_where_one_set_out_not_a_co_actor() -> None:
    found = triples("From Beijing, Biegun flew on to Tokyo for talks with Japanese officials.")
    assert any(t[0] == "USA" and t[2] == "JPN" for t in found)
    assert not any("CHN" in t[0] for t in found)


def test_a_summit_host_city_is_its_state_as_a_place() -> None:
    found = triples("Kim Jong Un arrived in Vladivostok aboard his train on Wednesday.")
    assert ("PRK", "042", "RUS", "done") in found
    assert not any("RUS" in t[0] for t in triples("The Vladivostok summit ended on Thursday."))


def test_it_after_a_teller_who_said_on_a_day_that_is_the_teller() -> None:
    found = triples(
        "Washington blacklisted two Chinese shippers, and Beijing said on Friday that it would "
        "protest to the United States."
    )
    assert any(t[0] == "CHN" and t[2] == "USA" for t in found)


def test_one_ally_pledging_to_halt_its_drills_is_the_drills_step_to_come() -> None:
    found = reports(
        "Kim Jong Un met Donald Trump on Tuesday. Trump promised to suspend what he called "
        '"provocative" joint exercises after the meeting with Kim.'
    )
    halt = [r for r in found if r.actor == "USA" and r.action == "087"]
    assert halt and halt[0].target is None and halt[0].modality == "planned"
    assert halt[0].tracks == ("denuclearization",)


def test_a_clause_opened_by_as_and_its_own_subject_names_no_target() -> None:
    found = reports(
        "Seoul and Washington on Monday postponed a large air exercise planned for December, "
        "as North Korean envoy Choe Son Hui arrived in Moscow for talks."
    )
    drills = [r for r in found if r.actor == "KOR+USA"]
    assert drills and drills[0].target is None


def test_the_united_nations_after_at_is_where_a_demand_was_made_not_whom() -> None:
    found = triples(
        "Pyongyang's envoy demanded at the United Nations on Tuesday that Washington lift the "
        "sanctions."
    )
    assert any(t[0] == "PRK" and t[2] == "USA" for t in found)
    assert not any(t[0] == "PRK" and t[2] == "UN" for t in found)


def test_the_council_named_again_in_the_same_sentence_is_the_security_council() -> None:
    found = triples(
        "Japan pressed the UN Security Council on Monday to hold firm, while Beijing called on "
        "the council to reward Pyongyang's restraint."
    )
    assert ("CHN", "020", "UN", "done") in found


def test_whose_words_name_the_object_is_an_aside_to_the_verb() -> None:
    found = triples(
        "Washington on Monday imposed what Treasury Secretary Steven Mnuchin called the "
        "toughest sanctions yet on North Korea."
    )
    assert ("USA", "163", "PRK", "done") in found


def test_every_name_of_a_list_after_in_is_a_place() -> None:
    found = triples(
        "The US Treasury on Friday blacklisted a dozen firms registered in China, Singapore "
        "and Taiwan."
    )
    assert any(t[0] == "USA" and t[1] == "163" for t in found)
    assert not any(t[2] and {"SGP", "TWN", "CHN"} & set(t[2].split("+")) for t in found)


def test_the_two_discussing_after_a_meeting_is_that_meeting_told_again() -> None:
    found = triples(
        "Japan's top diplomat met his American counterpart in Tokyo on Monday, and the two "
        "discussed the missile launches."
    )
    meetings = [t for t in found if t[1].startswith("04")]
    assert len(meetings) == 1 and meetings[0][0] == "JPN" and meetings[0][2] == "USA"


def test_a_visit_to_a_place_by_someone_is_the_visit_of_the_one_after_by() -> None:
    found = triples(
        "Pyongyang handed over the remains on Tuesday during a visit to Pyongyang by Chinese "
        "Foreign Minister Wang Yi."
    )
    assert ("CHN", "042", "PRK", "done") in found


def test_the_visit_of_someone_to_a_place_is_their_visit() -> None:
    found = triples("The talks came a month after the visit of Vladimir Putin to Pyongyang in May.")
    assert ("RUS", "042", "PRK", "done") in found


def test_expressing_gratitude_for_a_states_help_is_praise_of_it() -> None:
    found = triples("Moscow on Monday expressed gratitude for Seoul's help with the evacuation.")
    assert ("RUS", "051", "KOR", "done") in found


def test_a_pledge_to_dismantle_the_norths_own_site_is_aimed_at_no_one() -> None:
    found = triples(
        "North Korea accused Washington of bad faith on Monday. Kim Jong Un pledged on "
        "Wednesday to dismantle the Sohae launch site."
    )
    assert ("PRK", "030", None, "done") in found


def test_the_council_with_a_capital_after_the_security_council_is_the_un() -> None:
    found = triples(
        "Beijing circulated a text at the UN Security Council on Monday. On Tuesday Moscow "
        "urged Council members to adopt it. Seoul's National Security Council urged calm."
    )
    assert ("RUS", "020", "UN", "done") in found
    assert not any(t[0] == "UN" for t in found)


def test_support_voiced_on_a_day_for_a_states_call_is_not_the_one_called_on() -> None:
    found = triples(
        "Seoul demanded an explanation from Pyongyang on Thursday. The State Department voiced "
        "support on Friday for Seoul's calls for an explanation."
    )
    assert ("USA", "051", "KOR", "done") in found
    assert not any(t[0] == "KOR" and t[2] == "USA" for t in found)


def test_what_is_pledged_to_someone_in_a_that_clause_is_the_pledge_not_an_act() -> None:
    found = triples(
        "Kim promised to the visiting Chinese envoy that the North would conduct no nuclear tests."
    )
    assert any(t[0] == "PRK" and t[1] == "030" for t in found)
    assert not any(t[1] in ("X01", "X02") for t in found)


def test_a_list_of_acts_after_met_kim_is_all_the_first_subjects() -> None:
    found = triples(
        "Moon met Kim at the truce village, signed a pact on the border and pledged to reopen "
        "the factory park."
    )
    assert ("KOR", "040", "PRK", "done") in found
    assert not any(t[0] == "PRK" for t in found)


def test_troops_firing_on_a_guard_post_is_force_used_on_its_state() -> None:
    found = reports(
        "North Korean soldiers fired on a guard post in the South at dawn, and the South's troops "
        "fired back."
    )
    pairs = {(r.actor, r.target) for r in found if r.action == "190"}
    assert pairs == {("PRK", "KOR"), ("KOR", "PRK")}
    assert all(r.tracks == ("denuclearization",) for r in found if r.action == "190")
    assert [t[1] for t in triples("North Korea fired on Sunday three short-range missiles.")] == [
        "X01"
    ]


def test_suspending_talks_is_breaking_them_off_and_scrapping_drills_is_a_step_down() -> None:
    assert ("PRK", "161", "KOR", "done") in triples(
        "Pyongyang suspended its high-level talks with Seoul on Tuesday, citing the air drills."
    )
    found = reports("Washington and Seoul scrapped their spring field exercises on Monday.")
    assert [(r.actor, r.action, r.target) for r in found] == [("KOR+USA", "087", None)]
    found = reports("The South halted its propaganda broadcasts along the border on Friday.")
    assert any(r.actor == "KOR" and r.action == "087" for r in found)


def test_a_source_fronted_with_according_to_makes_the_act_claimed() -> None:
    [r] = reports("According to the Joint Chiefs, North Korea fired a missile on Sunday.")
    assert (r.actor, r.action, r.modality) == ("PRK", "X01", "claimed")


def test_talks_called_off_by_a_state_are_its_breaking_them_off() -> None:
    found = triples("The working-level talks with Seoul were called off by Pyongyang on Monday.")
    assert ("PRK", "161", "KOR", "done") in found
    found = triples("The summer drills were cancelled by the allies on Friday.")
    assert [t[:2] for t in found] == [("KOR+USA", "087")]


def test_a_state_cutting_its_exports_to_the_north_is_an_embargo() -> None:
    assert ("CHN", "163", "PRK", "done") in triples(
        "Beijing cut its fuel exports to North Korea sharply in the spring."
    )
    assert ("RUS", "163", "PRK", "done") in triples(
        "Moscow restricted steel shipments to Pyongyang last year."
    )
    assert not any(t[1] == "163" for t in triples("Seoul fears curbs on exports to Russia."))


def test_a_step_taken_after_another_states_act_is_aimed_at_that_state() -> None:
    found = triples("Tokyo imposed new sanctions on Tuesday after Pyongyang tested a rocket.")
    assert ("JPN", "163", "PRK", "done") in found
    found = triples("Washington froze some assets in retaliation for North Korea's cyber attack.")
    assert ("USA", "163", "PRK", "done") in found


def test_days_told_with_ordinals_and_last_month_are_read() -> None:
    [r] = reports("Pyongyang fired a rocket on November 3rd.")
    assert r.on == date(2018, 11, 3)
    [r] = reports("Pyongyang fired a rocket on the 2nd of November.")
    assert r.on == date(2018, 11, 2)
    [r] = reports("Last month Pyongyang fired a rocket into the sea.")
    assert r.on == date(2018, 10, 1)


def test_a_rebuke_drawn_after_a_teller_aside_is_aimed_at_the_one_who_acted() -> None:
    found = reports(
        "North Korea fired a rocket off its east coast on Sunday, Seoul's Joint Chiefs said, "
        "drawing a sharp rebuke from Tokyo."
    )
    rebukes = [(r.actor, r.target, r.tracks) for r in found if r.action == "111"]
    assert rebukes == [("JPN", "PRK", ("denuclearization",))]


def test_walking_away_from_a_deal_with_the_other_side_breaks_off_with_it() -> None:
    found = triples("The summit ended when Washington walked away from a deal with Pyongyang.")
    assert ("USA", "161", "PRK", "done") in found


def test_a_quoted_modifier_before_a_guided_weapon_still_reads_a_weapons_test() -> None:
    [r] = reports('Pyongyang test-fired a "new-type" tactical guided weapon on Thursday.')
    assert (r.actor, r.action) == ("PRK", "X01")


def test_a_project_told_again_by_its_head_noun_is_still_the_project() -> None:
    found = triples(
        "Officials of the two Koreas met at the joint liaison office on Monday. The office, "
        "opened by the two Koreas in 2018, had stood empty for months."
    )
    assert any(t[0] == "KOR+PRK" and t[1] == "061" and t[2] == "liaison-office" for t in found)
    found = triples(
        "The two Koreas agreed to pull back ten guard posts each. The two militaries began "
        "tearing down the posts on Tuesday."
    )
    assert any(t[0] == "KOR+PRK" and t[2] == "guard-posts" and t[1] == "087" for t in found)


def test_the_summit_a_reaction_names_is_no_pledge_told_beside_it() -> None:
    found = triples(
        "Donald Trump and Kim Jong Un signed a joint statement in Hanoi on Wednesday. Moon, who "
        "watched the summit on television, pledged to work closely with Washington and "
        "Pyongyang. Trump called Moon on his way home. Japan welcomed the summit on Thursday."
    )
    assert ("JPN", "051", "PRK+USA", "done") in found


def test_the_groundbreaking_after_the_railways_were_named_is_the_rail_project() -> None:
    found = triples(
        "The railways across the border have been cut since the war. Moon Jae-in and Kim Jong "
        "Un agreed on Monday to hold the groundbreaking before the end of the year."
    )
    assert ("KOR+PRK", "030", "rail-links", "done") in found


def test_sanctions_imposed_on_him_are_aimed_at_the_person_named_last() -> None:
    found = triples(
        "Kim Yong Chol met Mike Pompeo in New York on Thursday. The Treasury had imposed "
        "sanctions on him in 2010."
    )
    assert ("USA", "163", "PRK", "done") in found


def test_an_order_to_pull_down_a_listed_object_with_a_relative_clause_is_read() -> None:
    found = triples(
        "Kim Jong Un has ordered the cafes, piers and golf course that Seoul's firms built on "
        "the coast to be pulled down."
    )
    assert any(t[0] == "PRK" and t[1] == "161" and t[2] == "KOR" for t in found)


def test_the_owner_of_an_earlier_verbs_object_is_no_subject_of_the_verb_joined_after() -> None:
    found = triples(
        "Tokyo said it was weighing Beijing's motives and stood ready to discuss the islands "
        "with China."
    )
    assert any(t[0] == "JPN" and t[2] == "CHN" for t in found)
    assert not any(t[0] == "CHN" for t in found)


def test_a_partys_soldier_opening_a_when_clause_after_they_is_its_subject() -> None:
    found = reports(
        "Seoul's firms ran ferry trips to the island for years. They ended in May 2009, when "
        "a North Korean guard shot dead a South Korean passenger on the pier."
    )
    shots = [r for r in found if r.action == "180"]
    assert shots and all(r.actor == "PRK" and r.target == "KOR" for r in shots)


def test_cutting_hyphened_lines_and_shutting_a_park_are_cuts_of_ties() -> None:
    found = triples(
        "Pyongyang cut the cross-border lines with Seoul in April, a day after South Korea "
        "shut the Kaesong industrial park."
    )
    assert any(t[0] == "PRK" and t[1] == "161" and t[2] == "KOR" for t in found)
    assert any(t[0] == "KOR" and t[1] == "161" and t[2] == "PRK" for t in found)


def test_a_meeting_owned_by_two_named_parties_is_their_meeting() -> None:
    found = triples("The ferry line reopened in May 2018, days after Xi and Putin's third summit.")
    assert any(t[0] == "CHN+RUS" and t[1] == "040" and t[2] == "each-other" for t in found)


def test_leaflets_are_the_two_koreas_quarrel_unless_a_military_step_is_told() -> None:
    found = reports(
        "On Sunday, Kim Yo Jong warned that the North could scrap the military agreement the two "
        'Koreas signed in 2018. She called the activists behind the leaflets "traitors" and '
        "accused the South Korean authorities of shielding them."
    )
    insults = [r for r in found if r.actor == "PRK" and r.action in ("111", "112")]
    assert insults and all(r.tracks == ("inter-korean",) for r in insults)
    threat = reports(
        "Kim Yo Jong threatened on Monday to scrap the military pact with Seoul unless the "
        "leaflets stopped."
    )
    assert threat and all("inter-korean" not in r.tracks for r in threat if r.actor == "PRK")


def test_a_capitalised_ministry_opening_the_sentence_is_the_ministry_named_before() -> None:
    found = triples(
        "Tokyo's Foreign Ministry said on Monday it was studying the launch. The Defence "
        "Ministry urged Pyongyang on Tuesday to halt its missile programme."
    )
    assert any(t[0] == "JPN" and t[1] == "020" and t[2] == "PRK" for t in found)


def test_a_dated_launch_joined_by_comma_and_to_a_dated_test_is_a_second_event() -> None:
    found = triples(
        "Talks froze after the North's sixth nuclear test, on Sept. 3, and an intercontinental "
        "missile launch on Nov. 29."
    )
    assert ("PRK", "X02", None, "done") in found
    assert ("PRK", "X01", None, "done") in found


def test_raising_the_prospect_of_a_step_against_the_other_side_is_a_threat() -> None:
    found = reports("Beijing on Monday raised the prospect of cutting flights to Tokyo.")
    assert any(r.actor == "CHN" and r.action == "130" and r.target == "JPN" for r in found)


def test_one_korea_taking_down_its_own_border_works_is_a_step_down_aimed_at_the_other() -> None:
    found = triples(
        "Northern sappers began clearing mines near the old bridge on Tuesday. North Korea "
        "blew up five of its posts on Thursday, and the South finished knocking down five of "
        "its own a week later."
    )
    assert ("PRK", "087", "KOR", "done") in found
    assert ("KOR", "087", "PRK", "done") in found
    assert not any(t[1] == "171" for t in found)
    assert ("PRK", "087", "KOR", "done") in triples(
        "North Korean troops started removing mines on their side of the hill on Monday."
    )


def test_troops_firing_on_a_post_and_firing_back_are_shots_across_the_line() -> None:
    found = triples(
        "North Korean soldiers fired on a South Korean border post at dawn on Sunday, and "
        "South Korean troops fired back."
    )
    assert ("PRK", "190", "KOR", "done") in found
    assert ("KOR", "190", "PRK", "done") in found
    assert not any(t[1] == "190" for t in triples("Seoul's minister fired back at his critics."))


def test_the_line_a_protest_goes_by_is_not_what_the_protest_is_about() -> None:
    found = reports(
        "North Korean guns shelled a South Korean island on Saturday. Seoul protested to the "
        "North through the western military communication line on Sunday."
    )
    protests = [r for r in found if r.actor == "KOR" and r.target == "PRK"]
    assert protests and all(r.tracks == ("denuclearization",) for r in protests)
    assert reports("North Korean guns shelled a South Korean island on Saturday.")[0].tracks == (
        "denuclearization",
    )


def test_officers_of_the_two_sides_meeting_is_a_military_step() -> None:
    found = _tracks(
        "The two Koreas agreed last month to pull back from the frontier. Officers from the "
        "two sides met at the truce line on Friday."
    )
    assert found[("KOR+PRK", "040", "each-other")] == ("denuclearization",)


def test_taking_down_loudspeakers_on_the_frontier_is_a_step_down_aimed_at_the_other_korea() -> None:
    found = _tracks("North Korean troops took down their loudspeakers on the frontier on Friday.")
    assert found[("PRK", "087", "KOR")] == ("denuclearization",)


def test_ending_the_two_countries_pact_is_calling_it_off_with_the_other() -> None:
    found = triples(
        "Ties between Tokyo and Seoul soured after South Korea chose on Friday to end the two "
        "neighbours' military intelligence-sharing pact."
    )
    assert ("KOR", "161", "JPN", "done") in found


def test_their_summit_held_at_a_place_on_a_day_is_the_two_meeting() -> None:
    found = triples(
        "The plan was first floated by Moon and Kim at their second summit, held at the truce "
        "village on May 26."
    )
    assert ("KOR+PRK", "040", "each-other", "done") in found


def test_a_participle_aside_after_a_joined_pair_is_both_of_theirs() -> None:
    found = triples(
        "The allies shelved a naval drill in May, and Kono and Esper, meeting in Bangkok, agreed "
        "to keep the pressure on Pyongyang."
    )
    assert ("JPN+USA", "040", "each-other", "done") in found


def test_seizing_the_norths_ship_is_the_sanctions_alone_whatever_launch_is_named() -> None:
    found = reports(
        "A day after the missile launch, Washington seized a North Korean tanker that had "
        "shipped fuel in breach of sanctions."
    )
    seized = [r for r in found if r.actor == "USA" and r.action.startswith("171")]
    assert seized and all(r.tracks == ("sanctions",) for r in seized)


def test_the_two_koreas_signing_the_military_agreement_do_it_with_each_other() -> None:
    found = triples(
        "Shots were traded near the line on Sunday, a first test of the military agreement the "
        "two Koreas signed in 2018."
    )
    assert ("KOR+PRK", "057", "each-other", "done") in found


def test_it_after_and_goes_on_with_the_subject_of_the_clause_before() -> None:
    found = triples(
        "On May 2 the Treasury Department blacklisted a Moscow bank for wiring funds to a "
        "North Korean trader, and on May 9 it sanctioned a Russian freight line."
    )
    assert sum(1 for t in found if t[:3] == ("USA", "163", "RUS")) == 2
    assert not any(t[0] == "PRK" for t in found)


def test_the_sanctions_committee_unnamed_is_the_councils() -> None:
    found = triples(
        "Last spring Washington asked the sanctions committee to blacklist four more tankers."
    )
    assert ("USA", "020", "UN", "done") in found


def test_the_request_a_reaction_names_is_the_last_one_not_the_salient_pairs() -> None:
    found = reports(
        "Pompeo met Kim Yong Chol in New York on Thursday and asked him about the missile "
        "sites. Pompeo and Kim Yong Chol had also met in Pyongyang in May. On July 12 "
        "Washington asked the sanctions committee to halt fuel deliveries to the North. Russia "
        "and China put the request on hold on July 19."
    )
    held = [r for r in found if r.actor == "CHN+RUS" and r.action == "120"]
    assert held and all(r.target == "USA" and r.tracks == ("sanctions",) for r in held)


def test_a_resolution_adopted_on_a_day_is_the_councils_sanction() -> None:
    found = reports(
        "Thousands of North Korean seamen must leave Russian ports by March under a Security "
        "Council resolution adopted on Sept. 11, 2017."
    )
    adopted = [r for r in found if r.action == "163"]
    assert [(r.actor, r.target, r.tracks, r.modality) for r in adopted] == [
        ("UN", "PRK", ("sanctions",), "done")
    ]
    assert adopted[0].on == date(2017, 9, 11)
    # several resolutions over years name no one act
    assert not any(
        r.action == "163"
        for r in reports("Pyongyang wants relief from five resolutions adopted in 2016 and 2017.")
    )


def test_voting_to_cap_imports_is_a_sanction_but_a_cap_named_is_no_act() -> None:
    found = triples(
        "The Security Council voted on Sept. 11 to cap the North's imports of crude oil."
    )
    assert ("UN", "163", "PRK", "done") in found
    assert not any(
        t[1] == "163"
        for t in triples("Pyongyang's tankers went past a UN cap on its fuel imports in May.")
    )


def test_what_a_sanction_told_lets_member_states_do_is_no_second_act() -> None:
    found = triples(
        "The Security Council tightened its sanctions on Sept. 11, allowing member states to "
        "seize and search ships suspected of carrying North Korean coal."
    )
    assert ("UN", "163", "PRK", "done") in found
    assert not any(t[1].startswith("17") for t in found)


def test_the_council_after_the_security_council_in_one_sentence_is_the_un() -> None:
    found = triples(
        "Britain pressed the Security Council on Monday to keep the measures in force, while "
        "Russia called on the council to relax them."
    )
    assert ("RUS", "020", "UN", "done") in found
    seat = triples("Russia, a council member, voted for the Security Council resolution of May 3.")
    assert not any(t[0] == "UN" for t in seat)


def test_a_trip_set_beside_a_meeting_is_that_meeting_told_again() -> None:
    found = triples(
        "Pompeo met Kim Yong Chol in Pyongyang on Thursday, his third trip there since spring, "
        "and left with a letter for Trump."
    )
    assert [t for t in found if t[0] == "USA" and t[2] == "PRK"] == [("USA", "040", "PRK", "done")]


def test_what_a_demand_asks_another_to_do_is_not_done_by_it() -> None:
    found = triples(
        "Pyongyang's state media on Monday restated the demand that Washington lift its "
        "sanctions first."
    )
    assert not any(t[0] == "USA" for t in found)


def test_a_ship_seized_by_its_name_belongs_to_the_owner_of_the_ship_seized_before() -> None:
    found = reports(
        "The United States said on Monday it had seized a North Korean tanker, the Sea Crane, "
        "in American Samoa. Malaysian authorities first detained the Sea Crane in March off "
        "Sabah."
    )
    held = [r for r in found if r.actor == "MYS" and r.action.startswith("171")]
    assert held and all(r.target == "PRK" and "sanctions" in r.tracks for r in held)


def test_a_trip_to_two_capitals_is_a_visit_to_each() -> None:
    found = {(r.actor, r.action, r.target, r.on) for r in reports(
        "US Defense Secretary Mark Esper visited Beijing on Nov. 12 and Tokyo on Nov. 14 on a "
        "regional tour.", date(2019, 11, 20),
    )}  # fmt: skip
    assert ("USA", "042", "CHN", date(2019, 11, 12)) in found
    assert ("USA", "042", "JPN", date(2019, 11, 14)) in found
    found = {(r.target, r.modality) for r in reports(
        "Stephen Biegun is due in Seoul on Monday and in Tokyo on Wednesday."
    )}  # fmt: skip
    assert ("KOR", "planned") in found and ("JPN", "planned") in found
    assert not any("+" in (t or "") for t, _ in found)


def test_one_korea_on_the_norths_own_dealings_with_a_power_is_the_nuclear_question() -> None:
    found = reports(
        "A senior North Korean diplomat on Sunday told Seoul to keep out of the North's "
        "relations with Washington."
    )
    told = [r for r in found if r.actor == "PRK" and r.target == "KOR"]
    assert told and all(r.tracks == ("denuclearization",) for r in told)
    found = reports(
        "Pyongyang warned the South on Monday against meddling in relations between the North "
        "and the United States."
    )
    warned = [r for r in found if r.actor == "PRK" and r.target == "KOR"]
    assert warned and all(r.tracks == ("denuclearization",) for r in warned)


def test_a_rebuke_drawn_from_a_source_described_then_named_is_that_sources() -> None:
    found = triples(
        "Tokyo tightened export controls on Seoul on Monday, a move that drew an unusually "
        "sharp rebuke from its neighbour, South Korea."
    )
    assert ("KOR", "111", "JPN", "done") in found


def test_words_reacted_to_with_their_source_named_are_aimed_at_that_source() -> None:
    found = triples(
        "Stephen Biegun met South Korean officials in Seoul on Monday. He criticised a string "
        "of recent threats from Pyongyang as reckless."
    )
    assert ("USA", "111", "PRK", "done") in found
    assert not any(t[1] == "111" and t[2] == "KOR" for t in found)


def test_he_in_a_second_told_clause_is_the_teller() -> None:
    found = triples(
        "Trump told reporters on Monday that Japan had offered to buy more American beef and "
        "that he had turned the offer down."
    )
    assert any(t[0] == "USA" and t[1].startswith("12") and t[2] == "JPN" for t in found)
    assert not any(t[0] == "JPN" and t[1].startswith("12") for t in found)


def test_a_participle_after_a_second_verb_goes_on_with_the_subject_not_the_object() -> None:
    found = triples(
        "Stephen Biegun met his Japanese counterpart, Kenji Kanasugi, in Tokyo on Monday, then "
        "spent two days in Pyongyang negotiating with North Korean officials."
    )
    assert any(t[0] == "USA" and t[2] == "PRK" for t in found)
    assert not any(t[0] == "JPN" and t[2] == "PRK" for t in found)


def test_a_summons_and_a_protest_lodged_the_same_day_are_one_protest() -> None:
    found = triples(
        "Beijing's foreign ministry summoned the Japanese ambassador on Tuesday and lodged a "
        "stern protest over the visit."
    )
    assert [t for t in found if t[0] == "CHN" and t[2] == "JPN"] == [("CHN", "114", "JPN", "done")]


def test_bans_named_before_the_relative_clause_that_slapped_them_on_a_state_are_sanctions() -> None:
    found = triples("The penalties that Washington slapped on Pyongyang in March remain in force.")
    assert ("USA", "163", "PRK", "done") in found


def test_a_pledge_to_consult_a_party_on_a_project_is_aimed_at_that_party() -> None:
    found = triples(
        "Moon pledged on Monday to consult Washington on reopening the Kaesong industrial park."
    )
    assert any(t[0] == "KOR" and t[1] in ("030", "036") and t[2] == "USA" for t in found)
    assert not any(t[0] == "KOR" and t[2] == "PRK" for t in found)


def test_support_for_a_survey_of_the_norths_railways_is_not_aimed_at_the_north() -> None:
    found = triples(
        "The US voiced strong support on Tuesday for a joint survey of the North's railways "
        "that Seoul hopes to carry out next month."
    )
    backing = [t for t in found if t[0] == "USA" and t[1] == "051"]
    assert backing and all(t[2] != "PRK" for t in backing)


def test_a_trip_to_come_and_the_briefing_it_is_for_are_one_planned_act() -> None:
    found = triples(
        "Seoul's foreign minister is expected to fly to Tokyo next week to brief Japanese "
        "officials on the talks."
    )
    assert ("KOR", "042", "JPN", "planned") in found
    assert ("KOR", "040", "JPN", "planned") not in found


def test_a_subject_with_no_tells_an_act_never_done() -> None:
    found = triples("No serving Chinese premier has ever visited Pyongyang, officials noted.")
    assert ("CHN", "042", "PRK", "negated") in found


def test_the_norths_asset_freeze_on_the_south_is_their_ties_not_the_sanctions() -> None:
    found = reports(
        "Pyongyang froze the assets of South Korean firms at the Kaesong zone on Friday and "
        "ordered their managers home."
    )
    frozen = [r for r in found if r.actor == "PRK" and r.action == "163"]
    assert frozen and all(r.tracks == ("inter-korean",) for r in frozen)


def test_sanctions_told_in_a_but_clause_do_not_make_the_koreas_deal_a_sanctions_one() -> None:
    found = reports(
        "The two Koreas held talks on Tuesday on the rail project, but sanctions still bar any "
        "construction."
    )
    agreed = [r for r in found if r.actor == "KOR+PRK" and r.target == "each-other"]
    assert agreed and all("sanctions" not in r.tracks for r in agreed)


def test_the_koreas_summit_is_their_ties_whatever_sanctions_the_sentence_names() -> None:
    found = reports(
        "Moon and Kim agreed at their summit in May to reopen the Kumgang resort, but UN "
        "sanctions have kept it closed."
    )
    theirs = [r for r in found if r.actor == "KOR+PRK"]
    assert theirs and all(r.tracks == ("inter-korean",) for r in theirs)


def test_the_allies_meeting_to_coordinate_policy_including_sanctions_is_on_sanctions() -> None:
    found = reports(
        "South Korean and US envoys met in Washington on Monday to coordinate their policy on "
        "the North, including sanctions exemptions for aid."
    )
    met = [r for r in found if r.action == "040" and r.actor == "KOR+USA"]
    assert met and all(set(r.tracks) == {"alliance-coordination", "sanctions"} for r in met)


def test_one_korea_charging_the_other_with_hypocrisy_over_drills_is_their_quarrel() -> None:
    found = reports(
        "Kim Yo Jong accused Seoul of hypocrisy on Monday, saying the South held its own military "
        "drills with the United States."
    )
    accused = [r for r in found if r.actor == "PRK" and r.target == "KOR"]
    assert accused and all(r.tracks == ("inter-korean",) for r in accused)


def test_an_allys_backing_of_seouls_step_with_the_north_keeps_that_steps_track() -> None:
    found = reports(
        "Seoul said on Monday it would send medicine to the North through the Red Cross, a step "
        "Washington had backed in talks last week."
    )
    backed = [r for r in found if r.actor == "USA" and r.action == "051" and r.target == "KOR"]
    assert backed and all(r.tracks == ("inter-korean",) for r in backed)


def test_monitors_finding_the_north_in_breach_accuse_it() -> None:
    found = triples(
        "A panel of UN experts said in a report released on Monday that North Korea had "
        "evaded the oil cap through illicit transfers at sea."
    )
    assert ("UN", "112", "PRK", "done") in found
    found = triples(
        "Pyongyang kept selling coal in breach of the ban, a UN panel of experts said on Friday."
    )
    assert ("UN", "112", "PRK", "done") in found


def test_the_ministry_telling_a_decision_in_a_statement_welcomes_it_on_its_tracks() -> None:
    found = reports(
        "The UN sanctions committee lifted a ban on the shipment, Seoul's unification ministry "
        "said on Monday. The committee granted the waiver on Sunday, the ministry said in a "
        "statement welcoming the decision."
    )
    welcome = [r for r in found if r.action == "051"]
    assert [(r.actor, r.target) for r in welcome] == [("KOR", "UN")]
    assert "sanctions" in welcome[0].tracks


def test_a_resolution_adopted_on_a_day_is_the_council_whoever_the_subject() -> None:
    found = triples(
        "Pyongyang's oil tankers kept sailing in defiance of a cap set in a Security Council "
        "resolution adopted on Dec. 22, 2017."
    )
    assert ("UN", "163", "PRK", "done") in found


def test_a_pronoun_after_earlier_in_the_day_is_the_one_the_story_follows() -> None:
    found = triples(
        "The U.S. envoy Stephen Biegun arrived in Seoul on Tuesday. Earlier in the day he met "
        "Foreign Minister Kang Kyung-wha."
    )
    assert ("USA", "040", "KOR", "done") in found


def test_stopping_in_a_capital_on_the_way_is_a_visit() -> None:
    found = triples(
        "On his way to Beijing, Secretary of State Mike Pompeo stopped in Seoul on Monday and "
        "then went on to Tokyo."
    )
    assert ("USA", "042", "KOR", "done") in found
    assert ("USA", "042", "JPN", "done") in found


def test_an_aside_calling_the_launch_a_quoted_name_after_said_criticises_the_launcher() -> None:
    found = triples(
        "North Korea fired a short-range missile on Sunday. The projectile flew some 300 km, "
        'Seoul\'s defence ministry said, calling the launch "deeply regrettable".'
    )
    assert any(t[:3] == ("KOR", "111", "PRK") for t in found)


def test_the_body_named_before_with_are_expected_to_does_the_act() -> None:
    found = triples(
        "South Korean envoys held talks with Kim Jong Un on Monday. The envoys are expected to "
        "fly to Washington later this week."
    )
    assert ("KOR", "042", "USA", "planned") in found


def test_a_spokesman_for_a_body_speaks_for_its_state() -> None:
    found = triples("A spokeswoman for the State Department criticized Pyongyang on Monday.")
    assert ("USA", "111", "PRK", "done") in found
    found = triples(
        "A spokesman for the Korean People's Army denounced the South's purchase of jets."
    )
    assert ("PRK", "111", "KOR", "done") in found


def test_an_act_drawing_a_partys_criticism_is_that_party_criticising_the_actor() -> None:
    found = triples("Seoul's move to end the accord on Friday drew Washington's sharp criticism.")
    assert ("USA", "111", "KOR", "done") in found
    found = triples("North Korea's latest launch sparked Washington's anger on Monday.")
    assert ("USA", "111", "PRK", "done") in found


def test_a_month_after_in_is_no_town_that_makes_the_next_state_a_place() -> None:
    found = triples(
        "When Pompeo visited Pyongyang in October, North Korea accused him of making "
        "unilateral demands."
    )
    assert ("PRK", "112", "USA", "done") in found
    assert ("USA", "112", "PRK", "done") not in found
    found = triples("After Moon visited Washington in May, North Korea criticized Seoul.")
    assert ("PRK", "111", "KOR", "done") in found


def test_a_new_or_short_range_weapon_fired_is_a_weapons_test() -> None:
    found = triples("Pyongyang said on Aug. 7, 2019 that it had test-fired a new weapon.")
    assert ("PRK", "X01", None, "claimed") in found
    assert ("PRK", "X01", None, "done") in triples(
        "The North fired two short-range weapons into the sea on Saturday."
    )


def test_a_director_named_by_a_long_title_is_the_one_the_story_named() -> None:
    found = triples(
        "Kim Yo Jong spoke out on Tuesday. The first vice department director threatened to "
        "tear up the military pact with the South."
    )
    assert ("PRK", "130", "KOR", "done") in found


def test_what_one_tells_another_it_will_do_is_aimed_at_the_one_told() -> None:
    found = triples("Pyongyang told Seoul on Monday it would cut all communication lines.")
    assert [t for t in found if t[0] == "PRK" and t[2] == "KOR"]
    found = triples("The North told Washington that it had no interest in more talks.")
    assert [t for t in found if t[0] == "PRK" and t[2] == "USA"]


def test_the_two_top_diplomats_are_the_pair_the_story_just_told() -> None:
    found = triples(
        "Kono held talks with Kang Kyung-wha in Bangkok on Friday. The two top diplomats agreed "
        "to keep working together on the North."
    )
    assert ("JPN+KOR", "030", "each-other", "done") in found


def test_it_after_a_teller_and_a_time_before_that_is_the_teller() -> None:
    found = triples(
        "Pyongyang tested a rocket engine on Sunday, and Washington said a day later that it had "
        "seized a North Korean oil tanker."
    )
    assert any(a == "USA" and v == "171" for a, v, _, _ in found)
    assert not any(a == "PRK" and v == "171" for a, v, _, _ in found)


def test_it_is_not_the_owner_named_inside_an_object() -> None:
    found = triples(
        "The White House said Washington backed Tokyo's push for new talks, and it urged "
        "Pyongyang to stop its missile tests."
    )
    assert ("USA", "020", "PRK", "claimed") in found
    assert not any(a == "JPN" and t == "PRK" for a, _, t, _ in found)


def test_a_capital_opening_the_sentence_with_a_day_is_where_the_person_acted() -> None:
    found = triples(
        "In Tokyo on Wednesday, Biegun spoke to reporters about the North. He flew to Beijing "
        "on Thursday."
    )
    assert ("USA", "042", "CHN", "done") in found
    assert not any(a == "JPN" for a, _, _, _ in found)


def test_a_title_opening_the_sentence_does_the_verb_after_comma_and() -> None:
    found = triples(
        "Prime Minister Shinzo Abe met Chinese officials in Tokyo. The prime minister also said "
        "that talks between Pyongyang and Washington were needed, and urged the North to return "
        "to them."
    )
    assert any(a == "JPN" and v.startswith("02") and t == "PRK" for a, v, t, _ in found)
    assert not any(a == "USA" and t == "PRK" for a, _, t, _ in found)


def test_it_inside_a_relative_clause_is_that_clauses_subject() -> None:
    found = triples(
        "Seoul and Washington held a computer-simulated drill in March, which Pyongyang has "
        "called a rehearsal for invasion ever since it tested a new rocket in February."
    )
    assert any(a == "PRK" and v == "X01" for a, v, _, _ in found)
    assert not any(a in ("KOR", "USA", "KOR+USA") and v == "X01" for a, v, _, _ in found)


def test_a_verb_word_after_a_plural_possessive_is_a_noun() -> None:
    found = triples(
        "Washington said on Monday it would extend its ban on citizens' travel to North Korea "
        "for another year."
    )
    assert ("USA", "163", "PRK", "planned") in found
    assert not any(t[1] == "042" for t in found)  # "citizens' travel": no visit


def test_flying_into_the_souths_main_airport_is_a_visit_to_the_south() -> None:
    found = triples("The North's delegation landed at Incheon International Airport on Sunday.")
    assert ("PRK", "042", "KOR", "done") in found
    # a school named after the city is no party
    quote = '"Talks will resume," said Lee, a lecturer at Incheon National University.'
    assert triples(quote) == []


def test_an_exemption_given_by_the_sanctions_committee_is_an_easing() -> None:
    found = triples(
        "The UN sanctions committee had given South Korea a one-off exemption in October for "
        "the ceremony."
    )
    assert ("UN", "085", "KOR", "done") in found


def test_a_review_of_a_travel_ban_on_the_north_is_a_step_toward_easing_sanctions() -> None:
    [r] = [
        r
        for r in reports(
            "The State Department said it would review its ban on travel to North Korea "
            "so that aid workers can deliver food."
        )
        if r.action == "0351"
    ]
    assert (r.actor, r.target, r.modality) == ("USA", "PRK", "planned")
    assert "sanctions" in r.tracks


def test_a_welcome_restated_in_a_saying_clause_with_a_pronoun_is_one_act() -> None:
    found = triples(
        "The DPRK and the ROK signed a joint declaration at the border on Friday. Moscow "
        "welcomed the declaration on the same day, saying it applauded the political decision "
        "of the leaders of the DPRK and the ROK."
    )
    assert found.count(("RUS", "051", "KOR+PRK", "done")) == 1


def test_every_verb_of_a_drafts_that_would_clause_is_what_the_text_provides() -> None:
    found = triples(
        "Russia and China on Friday circulated a draft Security Council resolution that would "
        "relax the ban on North Korean coal sales and exempt inter-Korean road projects."
    )
    assert found == [("CHN+RUS", "030", "PRK", "done")]  # no exemption granted to Seoul


def test_a_quotation_running_on_over_several_sentences_is_all_what_was_said() -> None:
    found = triples(
        'An analyst in Seoul was blunt. "Nobody is watching. The North tested a new missile in '
        'May, and Seoul said nothing," she said.\n\n'
        "South Korea protested to the North on Friday."
    )
    assert found == [("KOR", "114", "PRK", "done")]  # the test is the analyst's words


def test_an_act_whose_object_is_none_is_negated() -> None:
    assert triples("Canberra imposed no new sanctions on North Korea in March.") == [
        ("AUS", "163", "PRK", "negated")
    ]
    # a refusal told with "no" is itself done
    found = triples("Pyongyang said it had no intention of meeting Seoul's envoys.")
    assert not any(m == "negated" for _, _, _, m in found)


def test_closing_all_its_borders_is_aimed_at_no_state() -> None:
    text = "Seoul said on Monday that the North had closed its borders to keep out the virus."
    assert not any(v == "161" for _, v, _, _ in triples(text))
    assert ("PRK", "161", "CHN", "done") in triples("Pyongyang shut its border with China.")


def test_an_undated_burst_of_tests_sums_up_the_dated_ones_told() -> None:
    found = triples(
        "North Korea fired a short-range missile into the sea on Tuesday, Seoul said. The North "
        "has conducted a string of weapons tests since January."
    )
    assert [t for t in found if t[1] == "X01"] == [("PRK", "X01", None, "claimed")]


def test_what_someone_counts_on_another_to_do_is_no_act() -> None:
    text = "Seoul has been counting on Washington to ease its sanctions on the North by the spring."
    assert triples(text) == []


def test_offering_an_explanation_is_no_offer() -> None:
    text = "Asked about the sanctions on Chinese firms, Washington offered a brief explanation."
    assert not any(v == "030" for _, v, _, _ in triples(text))
    assert ("KOR", "030", "PRK", "done") in triples("Seoul offered Pyongyang talks on Monday.")


def test_a_speaker_asked_about_something_makes_no_appeal() -> None:
    text = "The Chinese foreign minister, asked about the drills, said Beijing was watching."
    assert not any(v == "020" for _, v, _, _ in triples(text))
    assert ("KOR", "020", "USA", "done") in triples("Moon thanked Trump, asked him to keep going.")


def test_talks_that_broke_down_since_which_contacts_stalled_were_held() -> None:
    found = triples(
        "Contacts between Tokyo and Pyongyang have been frozen since high-level negotiations "
        "in Ulaanbaatar broke down in March."
    )
    assert ("JPN+PRK", "046", "each-other", "done") in found
    # no pair in the sentence: the story's
    found = triples(
        "Pompeo met Kim Yong Chol in New York on Jan. 18. Dialogue has been frozen since "
        "working-level talks in Geneva broke down on Oct. 5."
    )
    assert ("PRK+USA", "040", "each-other", "done") in found


def test_the_government_unnamed_in_a_lead_is_the_datelines() -> None:
    found = triples(
        "TOKYO, Feb. 3 (Example News) -- The government lodged a protest with Pyongyang on "
        "Sunday over the rocket launch."
    )
    assert ("JPN", "114", "PRK", "done") in found
    found = triples(
        "SEOUL, Feb. 3 (Example News) -- The Cabinet on Sunday urged North Korea to return "
        "to talks."
    )
    assert any(a == "KOR" and v == "020" and t == "PRK" for a, v, t, _ in found)


def test_sharing_information_about_one_party_with_another_is_aimed_at_the_other() -> None:
    found = triples(
        "The Self-Defense Forces would share intelligence about the North's launches "
        "closely with South Korea, the minister said."
    )
    assert any(a == "JPN" and t == "KOR" for a, _, t, _ in found)
    assert not any(t == "PRK" for _, _, t, _ in found)


def test_days_of_talks_held_in_a_place_with_someone_are_talks_with_that_one() -> None:
    found = triples(
        "Lavrov flew home on Sunday after two days of talks in Seoul with Kim Yong Chol, "
        "officials said."
    )
    assert any(a == "RUS" and t == "PRK" and v.startswith("04") for a, v, t, _ in found)
    assert not any(a == "RUS" and t == "KOR" and v == "040" for a, v, t, _ in found)
    found = triples(
        "Moon, who had come home from a White House meeting with Trump, called in his aides."
    )
    assert ("KOR", "040", "USA", "done") in found


def test_missiles_fired_by_a_state_are_its_launch() -> None:
    found = triples(
        "Three cruise missiles were test-fired by Pyongyang over the Yellow Sea on Sunday."
    )
    assert ("PRK", "X01", None, "done") in found
    found = triples("A rocket launched by the North on Sunday landed in the sea.")
    assert ("PRK", "X01", None, "done") in found


def test_calling_an_act_a_violation_after_a_plain_said_is_the_criticism() -> None:
    found = triples(
        "Pyongyang tested a rocket on Monday, Japan's defence minister said, calling the "
        "launch a clear breach of the council's resolutions."
    )
    assert any(a == "JPN" and v == "111" and t == "PRK" for a, v, t, _ in found)


def test_saying_an_act_violated_rules_is_a_criticism_of_its_doer() -> None:
    found = triples(
        "Pyongyang fired a rocket on Monday. Japan's defence minister told reporters the "
        "launch breached the council's resolutions."
    )
    assert any(a == "JPN" and v == "111" and t == "PRK" for a, v, t, _ in found)


def test_approving_the_removal_of_a_state_from_a_trade_list_is_the_curb() -> None:
    found = triples(
        "Tokyo on Tuesday approved the removal of South Korea from its list of favoured "
        "trading partners."
    )
    assert ("JPN", "163", "KOR", "done") in found


def test_acts_told_as_separate_or_each_are_one_report_per_actor() -> None:
    found = triples("Seoul and Tokyo held separate talks with Beijing on Friday.")
    assert ("KOR", "040", "CHN", "done") in found and ("JPN", "040", "CHN", "done") in found
    assert not any("+" in a for a, _, _, _ in found)
    found = triples("Putin and Xi each met Kim in the spring.")
    assert ("RUS", "040", "PRK", "done") in found and ("CHN", "040", "PRK", "done") in found


def test_holding_a_dialogue_is_a_meeting() -> None:
    found = triples("Beijing and Moscow held a strategic security dialogue on Monday.")
    assert ("CHN+RUS", "040", "each-other", "done") in found


def test_speaking_for_some_minutes_on_the_sidelines_is_a_talk_but_a_speech_is_not() -> None:
    found = triples("Xi and Putin spoke for 20 minutes on the sidelines of the forum on Monday.")
    assert ("CHN+RUS", "040", "each-other", "done") in found
    assert triples("Putin spoke for ten minutes after the parade in Moscow.") == []


def test_demolishing_the_entrances_to_its_site_on_a_weekday_is_a_step() -> None:
    found = triples(
        "Pyongyang's destruction of the portals of its underground test site on Tuesday drew "
        "little notice."
    )
    assert ("PRK", "087", None, "done") in found


def test_watching_the_norths_ships_is_an_inquiry_on_the_sanctions_track() -> None:
    [r] = [
        r
        for r in reports(
            "Japanese patrol aircraft spotted the North Korean-flagged tanker alongside a "
            "freighter on Friday."
        )
        if r.action == "090"
    ]
    assert (r.actor, r.target, r.tracks) == ("JPN", "PRK", ("sanctions",))


def test_a_second_participle_after_and_goes_on_with_the_sentences_subject() -> None:
    found = triples(
        "Putin shrugged off the launch, telling reporters that Kim had kept his word and "
        "praising him as a reliable partner."
    )
    assert any(a == "RUS" and v == "051" and t == "PRK" for a, v, t, _ in found)
    assert not any(a == "PRK" and v == "051" for a, v, _, _ in found)


def test_talks_fronted_before_a_subject_and_an_adverb_are_the_subjects() -> None:
    found = triples(
        "After talks with Kono on Friday, Wang Yi firmly rejected calls for new sanctions on "
        "North Korea."
    )
    assert ("CHN", "040", "JPN", "done") in found


def test_a_negation_before_and_that_does_not_reach_a_later_readiness() -> None:
    found = triples(
        "Lavrov said Moscow did not back new sanctions and that it was ready to meet the "
        "North's envoys."
    )
    assert ("RUS", "036", "PRK", "claimed") in found


def test_a_participle_after_an_article_makes_the_next_word_a_noun() -> None:
    found = triples(
        "Kim urged Seoul to stop standing between Pyongyang and Washington, a pointed rebuke "
        "to Moon."
    )
    assert not any(a == "USA" for a, _, _, _ in found)


def test_reporting_a_case_to_the_sanctions_committee_is_notifying_the_un() -> None:
    found = triples(
        "Seoul said on Monday it had reported the incidents to the Security Council's "
        "sanctions committee."
    )
    assert any(a == "KOR" and v == "010" and t == "UN" for a, v, t, _ in found)


def test_keep_coordinating_with_a_party_is_a_consultation() -> None:
    found = triples("Seoul said it would keep coordinating closely with Tokyo on the launches.")
    assert ("KOR", "040", "JPN", "planned") in found


def test_analysing_a_launch_in_cooperation_with_an_ally_is_shared_intelligence() -> None:
    found = triples(
        "Seoul's defence ministry said it would study the launch data in close cooperation "
        "with Washington."
    )
    assert ("KOR", "064", "USA", "planned") in found


def test_considering_suspending_talks_is_a_threat_to_halt_them() -> None:
    found = triples("Moscow is weighing breaking off its security dialogue with Tokyo.")
    assert any(a == "RUS" and v == "134" and t == "JPN" for a, v, t, _ in found)


def test_a_quantifier_floated_after_a_joint_subject_leaves_the_verb_a_verb() -> None:
    # "both" before a verb usually makes a noun of it ("to stop both tests"); after the
    # subject it floats and the verb is the joint subject's
    found = triples("Japan and Canada both condemned the North's launch on Saturday.")
    assert [(a, t) for a, v, t, _ in found if v == "111"] == [("CAN+JPN", "PRK")]
    found = triples("Tokyo and Seoul have each protested the missile launch.")
    assert [a for a, v, _, _ in found if v == "114"] == ["JPN+KOR"]


def test_a_list_of_states_with_a_serial_comma_is_one_subject() -> None:
    # ", and" usually opens a new clause; closing a list of names it does not
    found = triples("China, Russia, and Iran criticized the new US sanctions on Monday.")
    assert [a for a, v, _, _ in found if v == "111"] == ["CHN+IRN+RUS"]
    # a clause after one name still begins at ", and"
    found = triples("Pompeo met Kim in Pyongyang, and China welcomed the visit.")
    assert ("CHN", "051") in {(a, v) for a, v, _, _ in found}


def test_a_call_put_first_is_held_with_the_one_after_with() -> None:
    # "with Abe" makes Abe an object of the phrase; he is the call's other party all the same
    found = triples("In a phone call with Abe on Sunday, Trump vowed to keep up pressure on Iran.")
    assert ("USA", "040", "JPN", "done") in found


def test_support_pledged_is_support_on_the_track_of_the_step_backed() -> None:
    [r] = [
        r
        for r in reports(
            "Pence pledged his full support for Moon's efforts to mend ties with the North."
        )
        if r.actor == "USA"
    ]
    assert (r.action, r.target, r.tracks) == ("051", "KOR", ("inter-korean",))


def test_his_in_a_phrase_put_before_the_subject_is_the_subjects() -> None:
    found = triples("During his meeting with Abe, Esper asked Tokyo to share more intelligence.")
    assert ("USA", "040", "JPN", "done") in found


def test_a_rebuke_drawn_from_sources_named_together_is_theirs_jointly() -> None:
    found = triples(
        "The North fired a cruise missile on Monday, drawing protests from Seoul, Tokyo and "
        "Canberra."
    )
    assert [(a, t) for a, v, t, _ in found if v == "111"] == [("AUS+JPN+KOR", "PRK")]


def test_a_refusals_reason_told_before_its_verb_is_still_only_its_reason() -> None:
    # as with "…, citing the drills" after the verb: one Korea refusing the other is their ties
    [r] = reports(
        "Pyongyang, citing the allies' air drills, called off the Red Cross talks with Seoul."
    )
    assert (r.actor, r.target, r.tracks) == ("PRK", "KOR", ("inter-korean",))


def test_a_gerund_of_means_is_the_subjects_act_though_listed_only_as_finite() -> None:
    found = triples(
        "Tokyo retaliated on Friday by removing South Korea from its whitelist of trade partners."
    )
    assert ("JPN", "163", "KOR", "done") in found
    # what one is accused of doing by some means is no act of the accuser's
    found = triples("Seoul accused Tokyo of souring ties by removing it from the whitelist.")
    assert not any(v == "163" for _, v, _, _ in found)


def test_those_a_fronted_phrase_met_are_not_the_main_clauses_subject() -> None:
    found = triples("After talks with Kang and Motegi, Esper urged the North to stop its launches.")
    assert ("USA", "020", "PRK", "done") in found  # not JPN+USA: Motegi closes the phrase
    assert any(v == "040" and "USA" in a.split("+") for a, v, _, _ in found)


def test_as_well_as_joins_parties_as_and_does() -> None:
    found = triples("Beijing as well as Moscow criticized the allies' plan to resume the drills.")
    assert [a for a, v, _, _ in found if v == "111"] == ["CHN+RUS"]
    found = triples("Biegun pressed Seoul as well as Tokyo to keep the intelligence pact.")
    assert [t for _, v, t, _ in found if v not in ("040", "042")] == ["JPN+KOR"]


def test_other_desks_words_for_a_rebuke_praise_an_appeal_a_trip_and_a_deal() -> None:
    assert triples("Pyongyang lambasted Seoul on Sunday for the leaflet launches.")[0][:3] == (
        "PRK",
        "111",
        "KOR",
    )
    assert triples("Moscow lauded Pyongyang for its restraint.")[0][:3] == ("RUS", "051", "PRK")
    assert triples("Moon implored Washington to show flexibility.")[0][:3] == ("KOR", "020", "USA")
    assert triples("Biegun headed to Seoul on Sunday.")[0][:3] == ("USA", "042", "KOR")
    assert triples("Seoul inked a deal with Washington on troop costs.")[0][:3] == (
        "KOR",
        "057",
        "USA",
    )


def test_a_title_owned_by_another_title_stands_for_the_one_named_before() -> None:
    story = "Choe Son Hui warned Washington on Monday. The minister's spokesman also accused it of "
    found = triples(story + "bad faith.")
    assert ("PRK", "112", "USA", "done") in found
    story = "Kim Yo Jong scolded Seoul on Friday. The sister of the leader also threatened to "
    found = triples(story + "scrap the military pact.")
    assert ("PRK", "130", "KOR", "done") in found


def test_a_step_told_as_a_noun_owned_by_its_doer_is_a_report() -> None:
    found = triples("Tokyo's imposition of export curbs on Seoul in July soured ties.")
    assert ("JPN", "163", "KOR", "done") in found
    found = triples("Seoul's suspension of tours to Pyongyang in 2008 still rankles.")
    assert ("KOR", "161", "PRK", "done") in found
    # whom the clause's verb names is not whom the step struck
    assert triples("Trump's cancellation of the Hanoi dinner stunned Seoul.") == []


def test_whose_event_a_fronted_phrase_names_is_not_the_main_verbs_subject() -> None:
    found = triples("Following the North's fourth nuclear test, the Council tightened sanctions.")
    assert not any(a == "PRK" and v == "163" for a, v, _, _ in found)
    found = triples("After the North's launch on Sunday, Canberra lodged a protest.")
    assert ("AUS", "114", "PRK", "done") in found


def test_a_refusal_with_no_object_is_of_what_was_just_asked() -> None:
    found = triples("Abe asked Moon to withdraw the ruling, but Moon declined.")
    assert ("KOR", "120", "JPN", "done") in found
    found = triples("Tokyo proposed a summit on Monday; Seoul refused.")
    assert ("KOR", "120", "JPN", "done") in found


def test_a_road_map_is_a_plan_not_the_koreas_road_project() -> None:
    [r] = reports("Beijing and Moscow proposed a road map for the peninsula on Tuesday.")
    assert r.target != "KOR" and "inter-korean" not in r.tracks


def test_a_call_told_with_talked_and_talks_attended_are_meetings() -> None:
    assert triples("Moon and Abe talked by phone on Thursday.") == [
        ("JPN+KOR", "040", "each-other", "done")
    ]
    assert ("PRK", "040", "RUS", "done") in triples("Kim attended talks with Putin on Thursday.")


def test_hyphened_pair_talks_dated_after_their_topic_or_a_verb_are_held() -> None:
    found = triples("Tokyo-Seoul talks on trade curbs broke down on Wednesday.")
    assert ("JPN+KOR", "040", "each-other", "done") in found
    found = triples("US-China talks resumed in Beijing on Thursday.")
    assert ("CHN+USA", "040", "each-other", "done") in found


def test_a_government_owned_by_no_one_is_the_datelines() -> None:
    found = triples(
        "TOKYO, March 2 (Kanto Wire) - A North Korean freighter was seen near the coast last "
        "week. The ministry released the photographs. It said the government had briefed the "
        "United States on the sighting."
    )
    assert ("JPN", "040", "USA", "claimed") in found
    assert not any(a == "PRK" for a, _, _, _ in found)


def test_a_named_drill_then_their_description_is_a_drill() -> None:
    found = triples(
        "Seoul and Washington called off Freedom Shield, their main spring exercise, in March."
    )
    assert ("KOR+USA", "087", None, "done") in found


def test_and_after_a_closed_clause_of_time_goes_on_with_the_main_subject() -> None:
    found = triples(
        "Tokyo and Washington postponed their naval drills in May, two days after Putin met "
        "Xi in Moscow, and shelved a joint air exercise in July."
    )
    assert found.count(("JPN+USA", "087", None, "done")) == 2
    assert not any(a == "RUS" and v == "087" for a, v, _, _ in found)


def test_rail_mounted_gear_at_a_launch_site_is_no_inter_korean_link() -> None:
    [r] = reports(
        "North Korea dismantled the rail-mounted assembly hall at its launch site on Monday."
    )
    assert (r.actor, r.action, r.target) == ("PRK", "087", None)
    assert r.tracks == ("denuclearization",)
    began = triples("North Korea began removing the rail-mounted crane from its launch site.")
    assert not any(v == "061" for _, v, _, _ in began)  # no railway project begun


def test_a_capital_of_a_far_state_after_in_is_a_place() -> None:
    found = triples(
        "Mike Pompeo, talking to journalists in Canberra, said he was worried and urged Tokyo "
        "to reconsider."
    )
    assert [a for a, _, t, _ in found if t == "JPN"] == ["USA"]


def test_called_on_both_after_a_told_perfect_is_the_tellers_act_aimed_at_the_pair() -> None:
    found = triples(
        "Tokyo's foreign ministry said it was a pity that Washington and Pyongyang had ended "
        "their talks early and urged both to meet again soon."
    )
    assert ("JPN", "020", "PRK+USA", "claimed") in found
    assert not any(a == "PRK+USA" and v == "020" for a, v, _, _ in found)


def test_a_road_map_is_a_plan_not_a_road_between_the_koreas() -> None:
    [r] = reports(
        "Beijing and Moscow urged Pyongyang to accept their joint road map for easing tension."
    )
    assert (r.actor, r.target) == ("CHN+RUS", "PRK")
    assert "inter-korean" not in r.tracks
    [r] = reports("Moscow praised the roadmap it had drafted with Beijing for the North.")
    assert "inter-korean" not in r.tracks


def test_goods_banned_by_the_council_are_the_sanctions() -> None:
    [r] = reports(
        "Seoul accused Pyongyang of smuggling iron ore and other exports banned by the council "
        "through Chinese ports."
    )
    assert (r.actor, r.target) == ("KOR", "PRK")
    assert "sanctions" in r.tracks


def test_denouncing_that_reaction_is_aimed_at_the_one_who_reacted() -> None:
    found = triples(
        "North Korea fired two rockets on Monday. Seoul expressed regret over the launch. On "
        "Wednesday, Kim Yo Jong denounced that reaction as cowardly."
    )
    assert ("PRK", "111", "KOR", "done") in found
    assert triples("Kim Yo Jong criticised the Chongwadae on Tuesday.") == [
        ("PRK", "111", "KOR", "done")
    ]


def test_a_decision_owned_by_another_is_not_the_act_its_sentence_tells() -> None:
    found = triples(
        "Washington criticised Tokyo on Friday for its decision to halt the talks, at a time "
        "when Pyongyang has been firing missiles every week. Seoul also protested the decision."
    )
    assert any(a == "KOR" and t == "JPN" for a, _, t, _ in found)
    assert not any(a == "KOR" and t == "PRK" for a, _, t, _ in found)


def test_a_pledge_to_seoul_to_dismantle_a_northern_site_is_the_nuclear_question() -> None:
    [r] = [
        r
        for r in reports("Kim promised Moon on Friday to shut down the Yongbyon reactor for good.")
        if r.action.startswith("03")
    ]
    assert (r.actor, r.target) == ("PRK", "KOR")
    assert r.tracks == ("denuclearization",)


def test_easing_some_of_the_measures_is_the_sanctions() -> None:
    [r] = reports("Beijing urged the Security Council to lift part of the measures on Pyongyang.")
    assert (r.actor, r.target) == ("CHN", "UN")
    assert "sanctions" in r.tracks


def test_a_meeting_between_named_parties_is_theirs_not_the_last_one_told() -> None:
    found = triples(
        "Seoul's envoy met Kim in Pyongyang on Monday. Moscow on Friday welcomed the planned "
        "summit between Tokyo and Pyongyang."
    )
    assert ("RUS", "051", "JPN+PRK", "done") in found


def test_a_negation_in_a_first_told_clause_leaves_the_readiness_after_and_that() -> None:
    found = triples(
        "Biegun urged the North to resume talks, saying that Washington had not set any "
        "deadline and that he was ready to meet at any time."
    )
    assert ("USA", "036", "PRK", "claimed") in found


def test_a_sharp_rebuke_after_its_article_is_a_noun_not_a_second_act() -> None:
    found = triples("Kim told the South to stop meddling, a sharp rebuke to its president.")
    assert found == [("PRK", "020", "KOR", "done")]


def test_launches_of_missiles_told_as_a_plural_noun_are_one_test_a_day() -> None:
    found = [
        (r.actor, r.action, r.on)
        for r in reports(
            "Tokyo tightened its own curbs after the North's launches of medium-range "
            "missiles on May 3 and May 20."
        )
    ]
    assert ("PRK", "X01", date(2018, 5, 3)) in found
    assert ("PRK", "X01", date(2018, 5, 20)) in found


def test_a_second_weapon_fired_somewhere_on_its_own_day_is_a_second_test() -> None:
    days = [
        r.on
        for r in reports(
            "The North launched three rockets on Feb. 6 and a pair of cruise missiles off "
            "its west coast on Feb. 21."
        )
        if r.action == "X01"
    ]
    assert sorted(days) == [date(2018, 2, 6), date(2018, 2, 21)]


def test_a_summit_in_a_capital_dated_by_the_eve_before_it_is_held_with_the_host() -> None:
    found = [
        (r.actor, r.action, r.target, r.on)
        for r in reports(
            "Abe phoned Trump on Oct. 3, the eve of President Moon Jae-in's summit in Pyongyang."
        )
    ]
    assert ("KOR", "040", "PRK", date(2018, 10, 4)) in found


def test_the_one_who_left_for_his_summit_holds_it() -> None:
    found = [
        (r.actor, r.action, r.target)
        for r in reports(
            "Pompeo spoke to Kono on Oct. 3, the day before President Moon Jae-in left for "
            "his summit in Pyongyang."
        )
    ]
    assert ("KOR", "040", "PRK") in found
    assert ("USA", "040", "PRK") not in found


def test_the_second_day_of_their_summit_dates_the_summit() -> None:
    found = [
        (r.actor, r.action, r.target, r.on)
        for r in reports(
            "Moon and Kim signed a pledge on Oct. 5, the second day of their summit in "
            "Pyongyang, to reopen the factory park."
        )
    ]
    assert ("KOR+PRK", "040", "each-other", date(2018, 10, 4)) in found


def test_an_agent_described_by_its_politics_or_its_time_does_the_passive() -> None:
    found = triples(
        "Curbs were imposed on North Korea by the conservative Lee Myung-bak government."
    )
    assert ("KOR", "163", "PRK", "done") in found
    earlier = triples(
        "The curbs were imposed on March 8, 2016, by the previous South Korean government."
    )
    assert any(a == "KOR" and v == "163" for a, v, _, _ in earlier)


def test_a_passive_imposition_with_its_time_before_the_agent() -> None:
    found = triples("Curbs on North Korean coal were imposed in April 2017 by Japan.")
    assert ("JPN", "163", "PRK", "done") in found


def test_a_partys_proposals_told_as_a_plural_noun_are_its_proposal() -> None:
    found = triples("Pyongyang turned down Seoul's proposals for family reunions.")
    assert ("KOR", "030", "PRK", "done") in found


def test_a_ground_breaking_ceremony_held_for_the_reconnection_is_the_rail_project() -> None:
    found = triples(
        "The two Koreas held a ground-breaking ceremony for the reconnection in the North's "
        "border town of Kaesong on Nov. 2."
    )
    assert ("KOR+PRK", "061", "rail-links", "done") in found


def test_its_operations_suspended_are_the_office_named_before() -> None:
    found = triples(
        "The Koreas opened a liaison office at the border on Sept. 3. Last month the two sides "
        "suspended its operations over the flu outbreak."
    )
    assert ("KOR+PRK", "161", "liaison-office", "done") in found
    park = triples(
        "The Koreas opened a liaison office at the border on Sept. 3. The factory park has been "
        "shut since March, when Seoul suspended its operations."
    )
    assert not any(v == "161" and t == "liaison-office" for _, v, t, _ in park)


def test_the_liaison_office_told_as_opening_by_itself_is_the_two_koreas_step() -> None:
    found = [
        (r.actor, r.action, r.target, r.on)
        for r in reports("The joint liaison office opened in the border town on Oct. 2.")
    ]
    assert ("KOR+PRK", "061", "liaison-office", date(2018, 10, 2)) in found
    assert triples("Staff have worked there since the liaison office opened.") == []


def test_the_breakdown_of_talks_in_a_city_tells_the_talks_held() -> None:
    found = triples(
        "Pompeo met Kim Yong Chol on Friday. Contacts have been rare since the collapse of "
        "high-level talks in Geneva in March."
    )
    assert ("PRK+USA", "046", "each-other", "done") in found


def test_days_ago_are_counted_back_from_the_article() -> None:
    [r] = reports("North Korea blew up two of its guard posts three days ago.")
    assert r.on == date(2018, 11, 27)
    [w] = reports("North Korea blew up two of its guard posts a week ago.")
    assert w.on == date(2018, 11, 23)


def test_the_agents_of_a_participle_set_off_by_commas_are_no_subject() -> None:
    found = triples(
        "At a conference in Ottawa on Monday, co-hosted by Britain and Canada, Foreign Minister "
        "Taro Kono urged North Korea to give up its missiles."
    )
    assert ("JPN", "020", "PRK", "done") in found
    assert not any("CAN" in a or "GBR" in a for a, _, _, _ in found)


def test_a_dated_deal_with_its_signers_left_out_is_the_storys_pair() -> None:
    found = triples(
        "Seoul and Washington held talks in Hawaii on Oct. 23. Under the previous agreement, "
        "initialed on Feb. 12, Seoul pays more."
    )
    assert ("KOR+USA", "057", "each-other", "done") in found


def test_a_dated_round_held_is_the_storys_talks() -> None:
    found = triples(
        "Seoul and Washington held cost talks in Seoul on Sept. 4. A third round was held in "
        "Hawaii on Oct. 23."
    )
    assert ("KOR+USA", "046", "each-other", "done") in found


def test_the_leaders_hotline_installed_with_no_one_named_is_the_two_koreas_step() -> None:
    found = triples("The leaders' hotline was installed on Oct. 4, days before the summit.")
    assert ("KOR+PRK", "050", "hotline", "done") in found


def test_an_appeal_to_ones_own_army_or_citizens_is_no_report() -> None:
    text = "Kim Jong Un toured a factory on Monday and called on the army to help with the harvest."
    assert not any(v.startswith("02") for _, v, _, _ in triples(text))
    text = "Pyongyang's state media urged citizens to stay indoors during the dust storm."
    assert not any(v.startswith("02") for _, v, _, _ in triples(text))
    assert ("KOR", "020", "PRK", "done") in triples("Seoul urged Pyongyang to stop the launches.")


def test_an_act_done_in_protest_is_one_act_not_also_a_protest() -> None:
    text = "Pyongyang cancelled its talks with Seoul on Monday in protest against the air drills."
    found = triples(text)
    assert not any(v == "114" for _, v, _, _ in found)
    assert any(v == "161" for _, v, _, _ in found)
    assert ("JPN", "114", "KOR", "done") in triples("Tokyo protested to Seoul over the move.")


def test_a_visit_told_only_as_where_words_were_said_is_no_report() -> None:
    text = "Pompeo, speaking during a visit to Australia, urged Pyongyang to return to talks."
    found = triples(text)
    assert not any(v == "042" for _, v, _, _ in found)
    assert ("USA", "020", "PRK", "done") in found
    # a host the story deals with stays a visit
    text = "Pompeo, speaking during a visit to Seoul, urged South Korea to pay more."
    assert ("USA", "042", "KOR", "done") in triples(text)


def test_an_act_told_again_as_a_first_is_one_act() -> None:
    text = (
        "Japan seized a North Korean fishing boat on Tuesday, the first time in years Tokyo "
        "had seized a vessel from the North."
    )
    assert [t for t in triples(text) if t[1] == "171"] == [("JPN", "171", "PRK", "done")]


def test_the_security_councils_own_sitting_is_no_meeting() -> None:
    text = "The UN Security Council will meet on Friday at the request of Japan to discuss it."
    assert not any(v.startswith("04") for _, v, _, _ in triples(text))
    text = (
        "Germany and France have requested a private meeting of the UN Security Council, likely "
        "on Monday, to discuss the firing."
    )
    assert triples(text) == [("DEU+FRA", "020", "UN", "done")]


def test_a_when_clause_without_a_comma_tells_the_same_meeting() -> None:
    text = (
        "Kim Jong Un last met a Russian leader when he held talks with Putin in Vladivostok on "
        "April 25."
    )
    assert triples(text) == [("PRK", "040", "RUS", "done")]


def test_walking_out_of_a_place_is_no_break_but_walking_out_of_talks_is() -> None:
    text = "Xi walked out of the guesthouse on Tuesday to greet Kim Jong Un."
    assert not any(v == "161" for _, v, _, _ in triples(text))
    text = "North Korea walked out of the arms talks with Washington on Tuesday."
    assert ("PRK", "161", "USA", "done") in triples(text)


def test_a_particle_verb_with_its_object_between_its_words_is_called_off() -> None:
    text = "Seoul called the working-level talks off on Monday, a day before they were due."
    assert any(a == "KOR" and v == "161" for a, v, _, _ in triples(text))


def test_a_call_put_before_a_subject_of_two_is_their_call_beside_the_step_they_agreed() -> None:
    text = (
        "In a telephone call on Monday, Prime Minister Abe and President Trump agreed to delay "
        "the allies' naval drills."
    )
    found = triples(text)
    assert ("JPN+USA", "040", "each-other", "done") in found
    assert any(v == "087" for _, v, _, _ in found)
    text = "In a phone call on Monday, Abe and Trump discussed the North's launches."
    assert [t for t in triples(text) if t[1].startswith("04")] == [
        ("JPN+USA", "040", "each-other", "done")
    ]


def test_the_two_sides_are_not_told_by_who_tells_of_them_or_what_was_done_after() -> None:
    text = (
        "Pompeo met Kang Kyung-wha in Seoul on Friday. Biegun held talks with Choe Son Hui in "
        "Stockholm on Saturday. The two sides agreed to meet again in February, South Korea's "
        "foreign ministry said after Pompeo called Kang."
    )
    found = triples(text)
    assert ("PRK+USA", "030", "each-other", "claimed") in found
    assert not any(a == "KOR+USA" for a, _, _, _ in found)


def test_a_weapon_named_by_someone_between_the_verb_and_it_is_still_a_launch() -> None:
    text = (
        "On Tuesday, North Korea launched what Japan's defence ministry said were two "
        "medium-range ballistic missiles toward the Sea of Japan."
    )
    assert ("PRK", "X01", None, "done") in triples(text)


def test_a_name_with_its_own_verb_after_and_starts_a_clause_not_a_list_of_those_met() -> None:
    text = (
        "Xi flew to Pyongyang for his first summit with Kim, and Abe met Trump in Osaka on June 28."
    )
    found = triples(text)
    assert not any(a == "CHN" and t == "JPN" for a, _, t, _ in found)
    assert any(a == "CHN" and t == "PRK" for a, _, t, _ in found)


def test_days_spent_in_a_capital_are_a_visit_there() -> None:
    text = "Wang Yi spent two days in Pyongyang this week, meeting senior officials."
    assert ("CHN", "042", "PRK", "done") in triples(text)


def test_a_month_told_without_its_day_dates_the_act_in_that_month() -> None:
    published = date(2019, 3, 15)
    article = Article("m", "m", "t", "o", published, "In November, Japan urged China to act.")
    (report,) = [r for r in extract(article, CODES) if r.action.startswith("02")]
    assert report.on == date(2018, 11, 1)  # a month yet to come this year was last year's
    text = (
        "The two Koreas agreed to reopen the office in April, and in September they agreed to "
        "build a road."
    )
    article = Article("m", "m", "t", "o", date(2018, 12, 1), text)
    days = {r.on for r in extract(article, CODES) if r.action.startswith("03")}
    assert days == {date(2018, 4, 1), date(2018, 9, 1)}


def test_a_pronoun_with_an_emphatic_did_is_the_subject_of_its_verb() -> None:
    text = (
        "North Korea has held no talks with Washington since the spring. It did, however, "
        "launch two rockets on Monday."
    )
    assert ("PRK", "X01", None, "done") in triples(text)


def test_a_draft_circulated_to_the_members_first_is_still_the_drafters_offer() -> None:
    text = (
        "China on Tuesday circulated among the members of the Security Council a draft "
        "resolution that would relax the curbs on North Korea's textile exports."
    )
    assert ("CHN", "030", "PRK", "done") in triples(text)
    assert not any(v.startswith("16") for _, v, _, _ in triples(text))


def test_a_stay_told_by_the_talks_it_was_for_is_those_talks() -> None:
    text = "Japan's foreign minister was in Moscow on Tuesday for talks with Sergei Lavrov."
    assert triples(text) == [("JPN", "040", "RUS", "done")]


def test_a_participle_after_with_and_a_states_body_is_that_states_act() -> None:
    text = (
        "The meeting in Geneva ended early on Friday, with the Japanese delegation accusing "
        "Seoul of bad faith."
    )
    assert ("JPN", "112", "KOR", "done") in triples(text)


def test_they_after_a_month_and_year_is_the_pair_that_opened_the_sentence_before() -> None:
    text = (
        "Paris and Berlin have long argued that pressure alone will fail. In March 2016 they "
        "put forward a road map for North Korea."
    )
    assert triples(text) == [("DEU+FRA", "030", "PRK", "done")]


def test_an_approach_apposed_to_a_plan_is_rejected_as_its_proposers() -> None:
    text = (
        "Beijing put forward a plan in 2017 under which Pyongyang would halt its tests while "
        "Washington and Seoul scaled back their joint exercises, an approach that the United "
        "States turned down."
    )
    assert ("USA", "120", "CHN", "done") in triples(text)


def test_he_is_the_subject_after_a_fronted_circumstance_not_a_person_named_in_it() -> None:
    text = (
        "After a working lunch with his Japanese counterpart Taro Kono on Tuesday, "
        "Pompeo told reporters that talks with the North would go on. He is due in Seoul on "
        "Thursday."
    )
    found = triples(text)
    assert ("USA", "042", "KOR", "planned") in found
    assert not any(a == "JPN" and v == "042" for a, v, _, _ in found)


def test_a_leader_met_on_the_sidelines_of_a_summit_is_the_one_met() -> None:
    text = "Abe will meet Trump on the sidelines of the Group of Seven summit in Biarritz, France."
    found = triples(text)
    assert ("JPN", "040", "USA", "planned") in found
    assert not any(t == "FRA" for _, _, t, _ in found)


def test_a_leader_met_separately_by_two_others_is_one_meeting_with_each() -> None:
    found = triples("Putin received Moon and Abe separately in Moscow on Wednesday.")
    assert ("RUS", "040", "KOR", "done") in found
    assert ("RUS", "040", "JPN", "done") in found
    assert not any(t == "JPN+KOR" for _, _, t, _ in found)


def test_weighing_whether_to_ease_sanctions_is_an_option_considered() -> None:
    text = "Tokyo said on Monday it was considering whether to ease its own sanctions on Pyongyang."
    found = [(r.actor, r.action, r.target, r.tracks) for r in reports(text)]
    assert ("JPN", "014", "PRK", ("sanctions",)) in found
    text = "Seoul is reviewing whether to lift its sanctions on North Korea, the minister said."
    found = [(r.actor, r.action, r.target, r.tracks) for r in reports(text)]
    assert ("KOR", "014", "PRK", ("sanctions",)) in found


def test_he_said_a_named_party_had_acted_is_that_partys_act() -> None:
    text = (
        "Pompeo held talks with Kim Yong Chol in New York on Thursday. He said Pyongyang had "
        "agreed to let inspectors visit the Yongbyon complex. He later flew to Tokyo."
    )
    found = [(r.actor, r.action, r.modality) for r in reports(text)]
    assert ("PRK", "030", "claimed") in found
    assert not any(a == "USA" and v == "030" for a, v, _ in found)
    assert ("USA", "042", "done") in found


def test_fronted_talks_may_name_their_day_and_a_title_before_those_met() -> None:
    text = (
        "After talks on Thursday with Special Representative Lee Do-hoon, Stephen Biegun "
        "urged the North to come back to the table."
    )
    assert ("USA", "040", "KOR", "done") in triples(text)


def test_days_in_a_list_may_each_carry_their_own_year() -> None:
    text = "North Korea fired ballistic missiles on Nov. 3, 2016, and March 6, 2017."
    days = sorted(r.on for r in reports(text) if r.action == "X01")
    assert days == [date(2016, 11, 3), date(2017, 3, 6)]


def test_a_satellite_put_into_orbit_is_a_launch() -> None:
    text = "Pyongyang put an observation satellite into orbit on April 13, 2012."
    assert [(r.actor, r.action, r.on) for r in reports(text)] == [("PRK", "X01", date(2012, 4, 13))]
    text = "The launch pad, near the Russian border, fired a rocket on Monday."
    assert not any(r.actor == "RUS" for r in reports(text))


def test_he_joined_to_another_after_a_teller_is_that_teller() -> None:
    text = (
        "Chung Eui-yong visited Pyongyang on Monday. Trump welcomed the visit on Tuesday. "
        "Chung said he and Suh Hoon would fly to Washington on Thursday."
    )
    assert ("KOR", "042", "USA", "planned") in triples(text)
    assert not any(a == "KOR+USA" for a, _, _, _ in triples(text))


def test_he_after_a_fronted_meeting_stands_for_the_main_clauses_subject() -> None:
    text = (
        "Sung Kim arrived in Seoul on Monday. After a meeting on Tuesday with Vice Foreign "
        "Minister Lee Do-hoon, Stephen Biegun told reporters little. He left for Beijing on "
        "Wednesday."
    )
    assert ("USA", "042", "CHN", "done") in triples(text)
    assert not any(a == "KOR" and v == "042" for a, v, _, _ in triples(text))


def test_the_subject_of_a_clause_he_told_does_its_verb() -> None:
    text = (
        "Trump said the allies would halt their drills. He also said Kim had agreed to "
        "dismantle a missile engine site."
    )
    assert ("PRK", "030", None, "claimed") in triples(text)
    assert not any(a == "USA" and v == "030" for a, v, _, _ in triples(text))


def test_the_agreement_hailed_is_the_one_signed_together_not_a_pledge_told_beside_it() -> None:
    text = (
        "Putin and Kim Jong Un signed a cooperation accord on Tuesday. Putin said Kim had "
        "agreed to close a missile engine test site. China hailed the agreement on Wednesday."
    )
    found = triples(text)
    assert ("CHN", "051", "PRK+RUS", "done") in found


def test_a_verb_and_a_noun_telling_one_act_are_one_report_aimed_as_the_noun_says() -> None:
    text = "Wang Yi, who met Moon in Seoul on May 3, passed on Xi Jinping's invitation at the time."
    found = triples(text)
    assert found.count(("CHN", "036", "KOR", "done")) == 1


def test_a_pledge_to_scrap_the_engine_testing_site_is_aimed_at_no_one() -> None:
    text = (
        "Kim Jong Un accused Washington of bad faith on Monday. The North has also agreed to "
        "dismantle an engine testing site."
    )
    found = triples(text)
    assert ("PRK", "030", None, "done") in found


def test_setting_a_deadline_for_another_is_a_demand_on_it() -> None:
    text = "On Monday, Pyongyang set the end of this year as a deadline for Seoul to act."
    assert ("PRK", "100", "KOR", "done") in triples(text)
    text = "Kim Jong Un set Washington a year-end deadline to change course."
    assert ("PRK", "100", "USA", "done") in triples(text)


def test_readiness_to_do_what_one_can_to_help_is_an_offer_of_help() -> None:
    text = "Moscow is ready to do all it can to help Pyongyang cope with the floods."
    assert ("RUS", "030", "PRK", "claimed") in triples(text)


def test_a_reaction_takes_no_tracks_from_an_act_done_after_it() -> None:
    text = (
        "North Korea blew up the inter-Korean liaison office in Kaesong on June 16. China "
        "called for calm on June 17. On June 2, Japan warned Pyongyang that it would respond "
        "firmly."
    )
    article = Article("r", "r", "t", "o", date(2020, 6, 20), text)
    (warning,) = [r for r in extract(article, CODES) if r.actor == "JPN"]
    assert warning.tracks == ("denuclearization",)


def test_a_participle_after_with_and_a_states_named_body_is_that_bodys_act() -> None:
    text = (
        "Abe met Trump in Washington on Friday. The visit ended with China's Foreign Ministry "
        "accusing Japan of stoking tension."
    )
    assert ("CHN", "112", "JPN", "done") in triples(text)


def test_a_ceremony_held_to_start_work_on_a_project_is_its_ground_breaking() -> None:
    text = (
        "The two Koreas held a ceremony at the border on Friday to mark the start of work on "
        "the Kaesong industrial park's reopening."
    )
    found = triples(text)
    assert any(a == "KOR+PRK" and v == "061" for a, v, _, _ in found)


def test_a_day_that_opens_the_next_clause_is_not_a_further_day_of_the_act_before() -> None:
    text = (
        "North Korea tested a nuclear device on Jan. 6, and on Feb. 7 it launched a long-range "
        "rocket from its west coast."
    )
    article = Article("d", "d", "t", "o", date(2016, 3, 1), text)
    found = [(r.action, r.on) for r in extract(article, CODES)]
    assert ("X02", date(2016, 1, 6)) in found
    assert ("X02", date(2016, 2, 7)) not in found


def test_readiness_to_take_steps_after_a_list_or_an_aside_is_an_offer() -> None:
    text = (
        "Biegun said Washington was ready to take reciprocal measures and practical steps, in "
        "stages, toward a deal with Pyongyang."
    )
    assert any(a == "USA" and v == "030" for a, v, _, _ in triples(text))


def test_where_a_warning_told_as_a_noun_was_made_is_no_target() -> None:
    text = (
        "The statement came after Abe's warning in Paris on Monday that Japan would respond "
        "firmly to the North."
    )
    assert triples(text) == [("JPN", "130", "PRK", "done")]


def test_a_demand_told_as_a_noun_is_made_to_the_one_who_turns_it_down() -> None:
    text = "Abe dismissed Kim's demand to have the UN sanctions on his country lifted."
    assert ("PRK", "100", "JPN", "done") in triples(text)


def test_a_protest_is_aimed_at_whom_the_participle_after_it_accuses() -> None:
    text = (
        "Talks between Washington and Pyongyang stalled in October. Japan lodged a protest on "
        "Tuesday, accusing Seoul of breaking the fisheries deal."
    )
    assert ("JPN", "114", "KOR", "done") in triples(text)


def test_a_protest_or_warning_sent_to_a_party_is_that_act() -> None:
    text = "Japan's foreign ministry sent a strong protest to Seoul on Tuesday."
    assert ("JPN", "114", "KOR", "done") in triples(text)
    text = "South Korea's military broadcast a warning to the North on Monday."
    assert ("KOR", "130", "PRK", "done") in triples(text)


def test_the_allies_agreeing_to_put_their_drills_off_is_the_drills_step() -> None:
    text = "Moon and Trump agreed on Monday to put the spring exercises off until May."
    assert ("KOR+USA", "087", None, "done") in triples(text)


def test_what_a_draft_proposes_told_in_the_present_is_the_text_not_an_act() -> None:
    text = (
        "The draft, shown to members of the Security Council on Friday, proposes lifting the "
        "ban on North Korean seafood exports."
    )
    assert triples(text) == []


def test_talks_named_by_their_deadlock_are_no_talks_held() -> None:
    text = (
        "Japan offered on Tuesday to host a meeting, hoping to end the impasse in the talks "
        "between Pyongyang and Washington."
    )
    assert not any(v.startswith("04") for _, v, _, _ in triples(text))


def test_a_verb_after_a_states_request_named_as_a_noun_is_the_main_subjects() -> None:
    text = "Japan turned down a Chinese request on Monday, and urged Beijing to share its data."
    assert ("JPN", "020", "CHN", "done") in triples(text)


def test_working_level_talks_a_named_pair_agreed_at_are_that_pairs_meeting() -> None:
    text = "The two Koreas agreed at working-level talks on Nov. 2 to reopen the tours."
    assert ("KOR+PRK", "040", "each-other", "done") in triples(text)


def test_the_souths_meeting_with_a_power_takes_no_inter_korean_track_from_the_story() -> None:
    text = (
        "Beijing praised Seoul's efforts to improve relations with Pyongyang on Monday. "
        "Moon received Wang Yi at his office later that day."
    )
    found = [(r.actor, r.action, r.target, r.tracks) for r in reports(text)]
    assert ("KOR", "040", "CHN", ("denuclearization",)) in found


def test_the_souths_ties_with_the_north_by_their_official_names_are_inter_korean() -> None:
    text = (
        "Lavrov backed the ROK's efforts to mend relations with the Democratic People's "
        "Republic of Korea on Tuesday."
    )
    found = [(r.actor, r.action, r.target, r.tracks) for r in reports(text)]
    assert ("RUS", "051", "KOR", ("inter-korean",)) in found


def test_last_weekday_told_on_that_weekday_is_a_week_before() -> None:
    wednesday = date(2018, 12, 26)
    found = reports("Pompeo arrived in Tokyo last Wednesday for talks.", wednesday)
    assert ("USA", "042", "JPN", date(2018, 12, 19)) in [
        (r.actor, r.action, r.target, r.on) for r in found
    ]


def test_one_who_arrived_is_where_the_visit_the_sentence_names_went() -> None:
    text = (
        "BEIJING, Nov. 30 (Wire) -- China's offer came during a two-day visit to Tokyo by US "
        "envoy Stephen Biegun, who arrived on Thursday."
    )
    found = triples(text)
    assert ("USA", "042", "JPN", "done") in found
    assert not any(t == "CHN" for _, _, t, _ in found)


def test_him_in_the_sayers_participle_is_the_sayer() -> None:
    text = (
        "Xi said he would raise the issue with Washington, adding that Moon had asked him to help."
    )
    found = triples(text)
    assert ("KOR", "020", "CHN", "claimed") in found


def test_a_month_and_year_opening_the_sentence_date_its_act() -> None:
    text = "In March 2016, Seoul imposed its own sanctions on Pyongyang."
    article = Article("y", "y", "t", "o", date(2019, 5, 1), text)
    assert [r.on for r in extract(article, CODES) if r.action == "163"] == [date(2016, 3, 1)]


def test_a_power_outside_the_alliance_is_lent_no_coordination_of_the_allies() -> None:
    text = (
        "Abe met Trump in Washington on Friday. The visit ended with China's Foreign Ministry "
        "accusing Japan of stoking tension."
    )
    article = Article("a", "a", "t", "o", date(2019, 5, 4), text)
    (accusation,) = [r for r in extract(article, CODES) if r.actor == "CHN"]
    assert "alliance-coordination" not in accusation.tracks


def test_a_site_taken_or_pulled_apart_is_dismantled() -> None:
    text = "North Korea has started pulling apart the launch pad at Tongchang-ri."
    assert ("PRK", "087", None, "done") in triples(text)
    text = "Satellite photos showed the rocket stand, which the North took apart last summer."
    assert any(a == "PRK" and v == "087" for a, v, _, _ in triples(text))


def test_last_week_dates_an_act_a_week_before_the_article() -> None:
    [r] = [r for r in reports("Stephen Biegun visited Tokyo last week.") if r.action == "042"]
    assert r.on == FRIDAY - timedelta(days=7)


def test_a_visit_to_a_capital_by_a_named_traveller_is_his_visit() -> None:
    text = "The protests coincided with a visit to Tokyo by US Defense Secretary Mark Esper."
    assert ("USA", "042", "JPN", "done") in triples(text)


def test_meetings_listed_after_a_colon_are_each_a_meeting() -> None:
    text = (
        "Moon and Kim have met three times: at Panmunjom on April 27, at Tongilgak on May 26 "
        "and in Pyongyang on Sept. 18-20."
    )
    days = sorted(r.on for r in reports(text) if r.action == "040")
    assert days == [date(2018, 4, 27), date(2018, 5, 26), date(2018, 9, 18)]


def test_a_month_told_without_a_day_dates_an_act_in_that_month() -> None:
    [r] = [r for r in reports("Lavrov visited Pyongyang in May.") if r.action == "042"]
    assert r.on == date(2018, 5, 31)  # Lavrov's visit, a landmark of the calendar
    [r] = [r for r in reports("Lavrov visited Pyongyang in December.") if r.action == "042"]
    assert r.on == date(2017, 12, 1)  # a month still to come, told as done: last year's


def test_the_monitors_finding_on_fuel_alone_is_on_the_sanctions_track_only() -> None:
    text = (
        "A UN panel of experts said on Tuesday that North Korea had evaded the cap on fuel "
        "imports through illicit transfers at sea."
    )
    found = [r for r in reports(text) if r.actor == "UN"]
    assert [(r.action, r.target, r.tracks) for r in found] == [("112", "PRK", ("sanctions",))]


def test_the_monitors_report_accusing_the_north_is_the_uns_accusation() -> None:
    text = (
        "The report by the panel of experts, sent to the Security Council's sanctions "
        "committee on Friday, accused North Korea of evading the ban on its coal exports."
    )
    assert ("UN", "112", "PRK", "done") in triples(text)


def test_an_inter_korean_summit_dated_before_its_noun_is_told() -> None:
    text = "Tokyo has watched closely since the Sept. 18 inter-Korean summit in Pyongyang."
    assert ("KOR+PRK", "040", "each-other", "done") in triples(text)


def test_a_meeting_between_two_leaders_named_with_capitalised_titles_and_initials() -> None:
    text = (
        "Seoul praised the meeting between President George W. Bush and Chairman Kim Jong Il "
        "in Pyongyang on 3 October."
    )
    assert ("PRK+USA", "040", "each-other", "done") in triples(text)


def test_a_meeting_between_two_ministers_named_with_their_titles() -> None:
    text = (
        "Tokyo welcomed the talks between Foreign Minister Wang Yi and Defence Minister "
        "Song Young-moo in Seoul on Aug. 3."
    )
    assert ("CHN+KOR", "040", "each-other", "done") in triples(text)


def test_an_idea_rebuffed_is_the_option_another_said_it_was_weighing() -> None:
    text = (
        "On Sunday, Kim invited US inspectors to visit the Punggye-ri site. On Wednesday, Kono "
        "told lawmakers that Tokyo was considering whether to lift the trade ban, one of the "
        "sanctions it imposed on North Korea in 2006. Trump rebuffed the idea later the same day."
    )
    found = triples(text)
    assert ("USA", "120", "JPN", "done") in found
    assert ("USA", "120", "PRK", "done") not in found


def test_a_warning_that_the_world_will_see_something_is_aimed_at_no_one() -> None:
    text = (
        "Kim Jong Un criticised Seoul on Monday. On Tuesday he said the North would resume "
        "tests, and warned that the world would soon see a new weapon."
    )
    found = triples(text)
    assert any(a == "PRK" and v == "130" and t is None for a, v, t, _ in found)
    assert not any(v == "130" and t == "KOR" for _, v, t, _ in found)


def test_a_body_named_with_several_words_or_a_long_aside_stands_for_its_party() -> None:
    text = (
        "Chung Eui-yong returned from Pyongyang on Tuesday. The five-member special envoy "
        "delegation flew into Pyongyang on Monday and met Kim that evening."
    )
    assert ("KOR", "040", "PRK", "done") in triples(text)
    text = (
        "Chung Eui-yong returned from Pyongyang on Tuesday. The delegation, which included the "
        "intelligence chief and a vice minister of unification among its five members, met Kim "
        "on Monday."
    )
    assert ("KOR", "040", "PRK", "done") in triples(text)


def test_due_to_leave_for_a_capital_is_a_planned_visit() -> None:
    text = "Esper is due to leave for Seoul on Sunday."
    assert ("USA", "042", "KOR", "planned") in triples(text)


def test_a_further_test_followed_by_on_another_day_is_another_test() -> None:
    text = (
        "North Korea fired a new rocket engine at its western test site on Nov. 3, followed "
        "by a further test there on Nov. 9."
    )
    days = sorted(r.on for r in reports(text, date(2019, 11, 15)) if r.action == "X01")
    assert days == [date(2019, 11, 3), date(2019, 11, 9)]


def test_a_lower_case_resolution_the_council_adopted_unanimously_is_its_sanction() -> None:
    text = (
        "China vetoed a UN Security Council resolution on Monday. The ban dates from resolution "
        "2270, which the council adopted unanimously on March 2, 2016 after a nuclear test."
    )
    found = [r for r in reports(text) if r.actor == "UN"]
    assert [(r.action, r.target, r.tracks) for r in found] == [("163", "PRK", ("sanctions",))]


def test_the_visit_an_invitation_asks_for_is_no_visit() -> None:
    text = "Wang Yi handed Moon an invitation from Xi to visit Beijing."
    assert not any(v == "042" for _, v, _, _ in triples(text))


def test_support_for_a_step_named_again_after_it_backs_whom_it_was_granted_to() -> None:
    text = (
        "The UN sanctions committee granted Seoul an exemption for the survey train on "
        "Monday, a step Washington backed."
    )
    assert ("USA", "051", "KOR", "done") in triples(text)


def test_a_deadline_set_for_a_party_named_before_it_is_a_demand_of_it() -> None:
    text = "Kim Jong Un set the United States a year-end deadline in April."
    assert ("PRK", "100", "USA", "done") in triples(text)


def test_he_in_a_when_clause_is_the_subject_of_the_clause_it_hangs_on() -> None:
    text = "Biegun gave Moon a note from Trump when he flew to Seoul on Monday."
    assert ("USA", "042", "KOR", "done") in triples(text)


def test_talks_since_which_ties_froze_with_one_side_named_are_the_storys_subjects() -> None:
    text = (
        "North Korea tested a rocket engine on Saturday. Contacts have been frozen since "
        "working-level talks with Japan in Ulaanbaatar broke down in March."
    )
    assert ("JPN+PRK", "040", "each-other", "done") in triples(text)


def test_resuming_launches_is_a_launch_on_its_day() -> None:
    text = "Pyongyang resumed ballistic launches on Aug. 6 after a pause of several weeks."
    found = [r for r in reports(text) if r.action == "X01"]
    assert [(r.actor, r.on) for r in found] == [("PRK", date(2018, 8, 6))]


def test_a_joint_survey_carried_out_by_the_two_koreas_is_their_project_step() -> None:
    text = (
        "North and South Korea agreed on Monday to link their roads. The two Koreas carried "
        "out a joint survey of the eastern road on Oct. 2."
    )
    assert any(r.actor == "KOR+PRK" and r.action == "061" for r in reports(text))


def test_a_demolition_of_ones_own_site_dated_by_its_month_alone() -> None:
    text = "Tokyo remained wary despite the North's demolition of its Sohae launch site in July."
    found = [r for r in reports(text) if r.action == "087"]
    assert [(r.actor, r.on) for r in found] == [("PRK", date(2018, 7, 1))]


def test_military_words_of_a_later_clause_with_its_own_subject_stay_in_it() -> None:
    text = (
        "The two Koreas reopened the Kaesong office in August, and their defence chiefs "
        "signed a military accord in Panmunjom that month."
    )
    tracks = {r.action: r.tracks for r in reports(text) if r.actor == "KOR+PRK"}
    assert tracks["061"] == ("inter-korean",)
    assert tracks["057"] == ("denuclearization",)


def test_a_closure_told_in_a_relative_clause_after_the_project_it_closed() -> None:
    text = (
        "Business owners still hope to return to the Kaesong factory park, which Seoul "
        "closed in March 2016."
    )
    assert [(r.actor, r.action, r.target, r.on) for r in reports(text)] == [
        ("KOR", "161", "PRK", date(2016, 3, 1))
    ]


def test_cutting_a_military_hotline_is_a_matter_of_the_two_koreas_ties() -> None:
    text = (
        "North Korea cut off the military hotline with the South in June, so the two "
        "militaries could no longer talk."
    )
    [r] = [r for r in reports(text) if r.action == "161"]
    assert (r.actor, r.target, r.tracks) == ("PRK", "KOR", ("inter-korean",))


def test_a_launch_told_as_its_noun_with_its_owner_as_a_pronoun() -> None:
    text = (
        "Tokyo raised its alert after North Korea's nuclear test in September and its launch "
        "of a Hwasong-14 missile on July 28."
    )
    found = [r for r in reports(text) if r.action == "X01"]
    assert [(r.actor, r.on) for r in found] == [("PRK", date(2018, 7, 28))]


def test_a_missile_flown_is_a_missile_launched() -> None:
    text = "Pyongyang first flew a solid-fuel missile of that type on March 3 from an inland base."
    found = [r for r in reports(text) if r.action == "X01"]
    assert [(r.actor, r.on) for r in found] == [("PRK", date(2018, 3, 3))]
    assert reports("Two US bombers flew over the peninsula on Monday.") == []


def test_one_koreas_shelling_of_a_place_told_as_a_dated_noun_is_aimed_at_the_other() -> None:
    text = "Seoul recalled the North's shelling of a border town on Aug. 20, 2015, in its protest."
    assert ("PRK", "190", "KOR", "done") in triples(text)
    [r] = [r for r in reports(text) if r.action == "190"]
    assert r.on == date(2015, 8, 20)


def test_a_border_crossed_on_a_trip_to_a_third_state_is_that_trip() -> None:
    text = "Kim landed in Beijing on Monday, having crossed the border by train."
    assert triples(text) == [("PRK", "042", "CHN", "done")]
    assert ("KOR", "042", "PRK", "done") in triples("A South Korean bus crossed the border.")


def test_a_day_after_a_relative_asides_closing_comma_is_not_a_second_meeting() -> None:
    text = "Moon, who last met Kim in September, flew to Washington on Tuesday."
    assert [(r.action, r.target, r.on) for r in reports(text) if r.action == "040"] == [
        ("040", "PRK", date(2018, 9, 19))  # the Pyongyang summit (the calendar)
    ]


def test_the_words_of_a_bare_rebuke_told_next_are_that_rebuke() -> None:
    text = (
        "Kim Yo Jong mocked Seoul on Tuesday. Seoul hit back within hours. The spokesman "
        'called her words "shameless" and warned Pyongyang against further insults.'
    )
    assert triples(text) == [
        ("PRK", "111", "KOR", "done"),
        ("KOR", "111", "PRK", "done"),
        ("KOR", "130", "PRK", "done"),
    ]


def test_a_survey_told_with_a_in_an_article_about_the_railways_is_the_railways() -> None:
    text = (
        "The two Koreas want to reconnect their railways this year. Engineers of both sides "
        "began a ten-day joint survey of the North's eastern track on Monday."
    )
    found = [r for r in reports(text) if r.on == date(2018, 11, 26)]
    assert [(r.actor, r.target) for r in found] == [("KOR+PRK", "rail-links")]


def test_an_offer_is_not_aimed_at_the_body_whose_sanctions_it_asks_lifted_in_return() -> None:
    text = (
        "North Korea urged the United States on Monday to drop its demands. Pyongyang offered "
        "to close a rocket site in return for the easing of UN sanctions."
    )
    assert [r.target for r in reports(text) if r.action == "030"] == ["USA"]
    # one who would give what is asked in return is the one offered to
    text = "Pyongyang offered to close a rocket site in return for guarantees from Washington."
    assert [r.target for r in reports(text) if r.action == "030"] == ["USA"]


def test_an_arrival_told_after_where_is_at_the_place_where_stands_for() -> None:
    text = "On Tuesday Pompeo met Kang in Seoul, where he had arrived on Monday night from Beijing."
    assert [r.target for r in reports(text) if r.action == "042"] == ["KOR"]


def test_agreeing_to_hold_talks_about_a_project_is_with_each_other() -> None:
    text = (
        "The two Koreas agreed on Tuesday to hold working-level talks next month on "
        "reopening the liaison office."
    )
    assert ("KOR+PRK", "030", "each-other", "done") in triples(text)
    assert ("KOR+PRK", "030", "rail-links", "done") in triples(
        "The two Koreas agreed on Tuesday to reconnect the railways."
    )


def test_the_leaders_after_a_fronted_adjunct_are_the_pair_the_story_is_about() -> None:
    text = (
        "Moon Jae-in and Kim Jong Un held talks at the border on Friday. "
        "At the close of the meeting, the leaders pledged to reopen the tourist resort."
    )
    assert any(r.actor == "KOR+PRK" and r.action == "030" for r in reports(text))
    other = "Trump sat down with the leaders of Japan and South Korea in Osaka on Friday."
    assert all(r.actor == "USA" for r in reports(other))


def test_an_invitation_handed_to_the_one_named_first_is_its_giver_s() -> None:
    text = "At their lunch in Vladivostok, Lavrov gave Kim Jong Un the invitation to Moscow."
    assert ("RUS", "036", "PRK", "done") in triples(text)
    told = (
        "Putin invited Kim Jong Un to Moscow on Monday. On Tuesday Lavrov handed Kim the "
        "invitation at their lunch."
    )
    assert [r.action for r in reports(told)].count("036") == 1


def test_a_place_set_off_by_commas_after_and_is_no_subject_of_the_verb_it_joins() -> None:
    text = "Kim Yo Jong visited Seoul on Friday and, at the Blue House on Saturday, met Moon."
    assert ("PRK", "040", "KOR", "done") in triples(text)


def test_a_capital_flown_into_is_where_the_traveller_went_not_who_met_him() -> None:
    text = "Biegun flew into Pyongyang on Monday and on Tuesday met Choe Son Hui."
    assert ("USA", "040", "PRK", "done") in triples(text)


def test_during_set_off_by_commas_opens_no_participle_of_the_place_before_it() -> None:
    text = "Wang Yi visited Pyongyang on Monday and, during a banquet that night, met Kim Jong Un."
    assert ("CHN", "040", "PRK", "done") in triples(text)


def test_the_one_before_a_relative_aside_does_the_verb_after_it_with_an_adverb_of_time() -> None:
    text = "Xi, who had hosted Moon in Beijing, later urged Pyongyang to show restraint."
    assert ("CHN", "020", "PRK", "done") in triples(text)


def test_an_editors_note_above_the_dateline_tells_no_act() -> None:
    text = (
        "(Adds Chinese protest, background from paragraph 3)\n\n"
        "TOKYO, May 4 (Harbour Wire) - Japan condemned the North's launch on Monday."
    )
    assert triples(text) == [("JPN", "111", "PRK", "done")]


def test_a_salvo_of_what_was_named_a_weapon_is_a_launch() -> None:
    text = "Pyongyang fired a volley of what the South's army believed were new artillery rockets."
    assert triples(text) == [("PRK", "X01", None, "done")]


def test_a_wish_of_recovery_to_another_leader_is_an_empathetic_word() -> None:
    text = "Abe wished Moon Jae-in a speedy recovery on Monday."
    assert triples(text) == [("JPN", "018", "KOR", "done")]


def test_a_participle_opening_the_sentence_is_the_act_of_the_main_clause_s_subject() -> None:
    text = (
        'North Korea fired a rocket on Friday. Calling the test "deeply provocative" at a '
        "delicate time, Japan urged Pyongyang to show restraint."
    )
    assert ("JPN", "111", "PRK", "done") in triples(text)


def test_the_one_written_to_is_no_subject_of_the_purpose_after_him() -> None:
    text = "Abe has written to South Korean President Moon Jae-in to propose joint virus testing."
    assert [(a, t) for a, _, t, _ in triples(text)] == [("JPN", "KOR")]


def test_it_in_a_clause_of_time_after_the_teller_is_the_teller() -> None:
    text = (
        "The United States offered Pyongyang food aid, the North reported on Monday, "
        "two days after it test-fired a cruise missile."
    )
    assert ("PRK", "X01", None, "claimed") in triples(text)


def test_a_reaction_quoted_before_the_event_it_is_over_is_aimed_at_that_event() -> None:
    text = (
        "North Korea fired a missile on Sunday, days after Seoul and Washington put off a "
        'joint drill. Tokyo voiced "deep regret" over the launch.'
    )
    assert ("JPN", "111", "PRK", "done") in triples(text)


def test_it_said_goes_on_with_the_teller_that_closed_the_sentence_before() -> None:
    text = (
        "South Korean troops crossed the line by mistake on Friday, the UN Command said. "
        "It said it would hold talks with both Koreas next week."
    )
    assert ("UN", "040", "KOR+PRK", "planned") in triples(text)


def test_support_before_a_word_for_staff_is_no_support_given() -> None:
    text = "Seoul pulled 30 officials and 25 support staff out of the factory park on Monday."
    assert all(r.action != "051" for r in reports(text))


def test_biden_speaks_for_the_united_states() -> None:
    text = 'Joe Biden, the president-elect, called Kim Jong Un a "tyrant" on Monday.'
    assert ("USA", "111", "PRK", "done") in triples(text)


def test_talks_that_broke_down_told_as_the_sentence_subject_are_the_story_s() -> None:
    text = (
        "North Korea accused Washington of bad faith. High-level talks with the United States "
        "in Geneva collapsed on May 2."
    )
    assert ("PRK+USA", "040", "each-other", "done") in triples(text)


def test_an_adverb_and_participle_before_their_meeting_is_one_modifier() -> None:
    text = "Moon has not seen Kim Jong Un since their hastily organised meeting on May 26."
    assert ("KOR+PRK", "040", "each-other", "done") in triples(text)


def test_a_ban_on_exports_owned_with_an_apostrophe_is_a_sanction() -> None:
    text = "The Security Council banned Pyongyang's seafood exports on Aug. 5."
    assert ("UN", "163", "PRK", "done") in triples(text)


def test_sanctions_imposed_by_an_agent_in_a_participle_after_a_colon() -> None:
    text = (
        "Why Japanese ships patrol these waters: the sanctions, first imposed by the Security "
        "Council after North Korea's nuclear test in 2006, cap its oil imports."
    )
    assert ("UN", "163", "PRK", "done") in triples(text)


def test_whom_he_met_the_one_before_whom_is_met_by_another_named_before() -> None:
    text = "Xi praised his rapport with Moon Jae-in, whom he met in Singapore in November."
    assert ("CHN", "040", "KOR", "done") in triples(text)


def test_a_drill_named_after_a_possessive_of_time_is_still_the_drill_called_off() -> None:
    text = "Two days later Seoul cancelled that spring's Foal Eagle exercise."
    assert ("KOR", "087", None, "done") in triples(text)


def test_drills_retired_are_called_off_but_a_retired_general_calls_off_nothing() -> None:
    assert triples("In May the allies retired Max Thunder, their largest air drill.") == [
        ("KOR+USA", "087", None, "done")
    ]
    assert triples("Kim Yong-hyun, a retired general who led drills, spoke.") == []


def test_a_count_fired_into_the_sea_after_launches_named_is_a_launch() -> None:
    text = (
        "North Korea answered the drills with missile launches, firing two into the sea on Friday."
    )
    assert ("PRK", "X01", None, "done") in triples(text)


def test_talks_in_a_capital_come_back_from_are_with_its_government() -> None:
    text = "The envoy Stephen Biegun came home on Sunday from two days of talks in Pyongyang."
    assert any(r.actor == "USA" and r.target == "PRK" for r in reports(text))


def test_a_drill_the_allies_ran_is_one_they_held() -> None:
    text = "The allies ran a short, mostly simulated staff exercise on Monday."
    assert ("KOR+USA", "150", None, "done") in triples(text)


def test_drills_named_before_a_relative_set_off_by_a_comma_are_its_subject_s() -> None:
    text = "Pyongyang denounced the drills, which the allies started on Tuesday, as a threat."
    assert ("KOR+USA", "150", None, "done") in triples(text)
    assert all(r.actor == "KOR+USA" for r in reports(text) if r.action == "150")


def test_drills_two_allies_intend_to_hold_are_planned() -> None:
    text = "Pyongyang said the air drills Tokyo and Washington intend to hold in May were a threat."
    assert ("JPN+USA", "150", None, "planned") in triples(text)


def test_a_text_that_does_an_act_is_its_issuer_s() -> None:
    text = (
        "The talks came days after a message from the Chinese foreign ministry on Friday that "
        "urged Washington to show restraint."
    )
    assert ("CHN", "020", "USA", "done") in triples(text)


def test_tests_of_two_days_told_with_of_are_one_a_day() -> None:
    text = (
        "Japan said on Friday the North had broken UN resolutions with its ballistic missile "
        "tests of Oct. 2 and Oct. 9."
    )
    days = sorted(r.on for r in reports(text) if r.action == "X01")
    assert days == [date(2018, 10, 2), date(2018, 10, 9)]


def test_a_relative_aside_s_act_is_aimed_within_its_commas() -> None:
    text = "Wang Yi, who flew into Tokyo on Monday, told President Moon Jae-in that it went well."
    assert ("CHN", "042", "JPN", "done") in triples(text)


def test_readiness_to_engage_is_an_offer_of_talks() -> None:
    text = "Tokyo said it was willing to engage as soon as Pyongyang replied."
    assert ("JPN", "036", "PRK", "claimed") in triples(text)


def test_a_request_turned_down_was_made_to_the_one_who_refused_it() -> None:
    text = "On Monday Beijing turned down Seoul's request for an emergency meeting."
    assert ("KOR", "020", "CHN", "done") in triples(text)
    cited = "Abe and Moon spoke by phone on Monday, at Moon's request."
    assert not any(r.action == "020" for r in reports(cited))


def test_who_after_a_clause_opened_by_that_is_the_noun_before_it_not_the_party() -> None:
    text = "A Swiss colonel led the team that questioned refugees who rejected the offer."
    assert triples(text) == []


def test_its_test_is_not_of_a_party_named_only_as_what_a_noun_is_of() -> None:
    text = (
        "The North still lives under UN penalties that were widened after its fifth nuclear test."
    )
    assert [(a, c) for a, c, _, _ in triples(text)] == [("PRK", "X02")]


def test_a_relative_on_a_document_aims_its_signing_at_each_other_not_at_a_project() -> None:
    text = (
        "The two Koreas opened a joint liaison office on Monday. The office came from the "
        "accord that Moon and Kim signed in Panmunjom."
    )
    assert ("KOR+PRK", "057", "each-other", "done") in triples(text)


def test_what_a_signed_text_holds_after_in_which_is_no_act_of_its_own() -> None:
    text = (
        "Moon and Kim signed an accord in Pyongyang on Sept. 19, in which they agreed to "
        "reopen the Kaesong complex."
    )
    assert [c for _, c, _, _ in triples(text)] == ["057"]


def test_a_trip_called_off_by_the_one_whose_official_was_to_make_it_is_no_visit() -> None:
    text = "Trump called off his secretary of state's visit to Seoul on Oct. 3."
    assert [c for _, c, _, _ in triples(text)] == ["161"]


def test_a_warning_naming_the_actor_s_own_sanctions_is_aimed_at_whom_they_hit() -> None:
    text = (
        "Japan imposed sanctions on North Korea on Monday, drawing a protest from Russia. "
        "Abe warned that if the sanctions did not work, Tokyo would take further steps."
    )
    assert ("JPN", "130", "PRK", "done") in triples(text)


def test_vowing_after_by_is_a_promise_like_vowed() -> None:
    text = "Tokyo responded to the criticism by vowing to keep up pressure on Pyongyang."
    assert ("JPN", "030", "PRK", "done") in triples(text)


def test_called_with_its_object_inside_the_phrase_reacts_to_that_object() -> None:
    text = (
        "Trump called off the drills with Seoul on Friday, and Biegun said he would travel to "
        "Pyongyang next week. In Tokyo, the foreign ministry called the decision unfortunate."
    )
    assert ("JPN", "111", "USA", "done") in triples(text)


def test_a_resolution_adopted_in_a_participle_after_a_comma_is_the_council_s_sanction() -> None:
    text = "Resolution 2270, adopted on March 2, 2016, banned the North's exports of gold."
    assert ("UN", "163", "PRK", "done") in triples(text)


def test_a_weapon_named_before_a_relative_clause_whose_subject_fired_it_is_its_test() -> None:
    text = "Radar data on the three rockets the North fired on Oct. 31 were shared with Tokyo."
    assert ("PRK", "X01", None, "done") in triples(text)


def test_a_participle_banning_the_goods_of_an_owner_named_before_them_is_a_sanction() -> None:
    text = "The UN Security Council acted again in August, banning North Korea's seafood exports."
    assert ("UN", "163", "PRK", "done") in triples(text)


def test_ordering_someone_to_leave_is_expelling_them() -> None:
    text = "In 2009 Pyongyang ordered the IAEA monitors to leave Yongbyon."
    assert ("PRK", "166", "IAEA", "done") in triples(text)


def test_drills_named_before_a_relative_clause_after_a_comma_or_with_the_allies_are_held() -> None:
    text = "Pyongyang denounced the air exercise the allies had started on April 2."
    assert ("KOR+USA", "150", None, "done") in triples(text)
    told = (
        "Seoul and Washington held talks on Monday. "
        "Pyongyang denounced the drill, which the two allies started on April 2."
    )
    assert ("KOR+USA", "150", None, "done") in triples(told)


def test_a_place_before_which_is_where_the_act_was_done_not_who_did_what_follows() -> None:
    text = (
        "The statement that Trump and Kim Jong Un signed in Singapore, which pledged the North "
        "to work toward denuclearization, is still their only deal."
    )
    assert not any("SGP" in r.actor for r in reports(text))


def test_a_body_that_met_in_emergency_session_met_no_one_named_after_it() -> None:
    text = "Japan's National Security Council met in emergency session to weigh Kim's threats."
    assert not any(r.action == "040" for r in reports(text))


def test_the_act_after_and_in_a_told_clause_with_only_was_is_the_teller_s() -> None:
    text = "Abe said on Monday that Moon was a trusted partner and urged Pyongyang to talk."
    assert ("JPN", "020", "PRK", "claimed") in triples(text)


def test_us_before_allies_names_whose_allies_they_are_not_a_party() -> None:
    text = (
        "Seoul left the accord with Tokyo on Monday, widening a rift between the two US allies, "
        "a step that drew a protest from Tokyo."
    )
    assert all("USA" not in (r.target or "") for r in reports(text))


def test_his_after_with_and_a_participle_is_the_participle_s_subject_s() -> None:
    text = (
        "When Abe flew home, Seoul turned to Beijing, with Moon heading to Chengdu for his "
        "talks with Xi Jinping."
    )
    assert not any(r.actor == "JPN" and r.target == "CHN" for r in reports(text))


def test_his_is_not_the_one_a_verb_was_aimed_at() -> None:
    text = "Kono, the foreign minister, briefed Pompeo in Tokyo on his talks with Wang Yi."
    assert not any(r.actor == "USA" and r.target == "CHN" for r in reports(text))


def test_he_after_told_and_a_relative_aside_is_the_one_before_the_aside() -> None:
    text = "Abe, who first met Moon in Tokyo last May, told Pompeo he would urge Pyongyang to talk."
    assert ("JPN", "020", "PRK", "planned") in triples(text)


def test_a_reaction_to_the_decision_is_aimed_at_who_decided_not_at_a_sentence_naming_it() -> None:
    text = (
        "Seoul decided on Tuesday to end a data-sharing accord with Tokyo. The decision came "
        "after Japan curbed its exports to South Korea in July. Washington voiced "
        "disappointment with the decision on Wednesday."
    )
    assert ("USA", "111", "KOR", "done") in triples(text)


def test_a_party_named_in_a_claiming_clause_is_not_where_the_act_before_it_is_aimed() -> None:
    text = (
        "Officials of the two Koreas met at the border on Monday. Ri Son Gwon rejected any "
        "talk of the North's missiles, claiming they were aimed at the United States alone."
    )
    assert ("PRK", "120", "KOR", "done") in triples(text)


def test_an_appeal_to_all_sides_in_a_story_of_the_two_koreas_is_aimed_at_both() -> None:
    text = (
        "Generals of the two Koreas met at the border on Monday. Hours later the North "
        "shelled a South Korean island. On Tuesday Beijing called on all sides to keep calm."
    )
    assert ("CHN", "020", "KOR+PRK", "done") in triples(text)


def test_an_outside_power_s_appeal_to_both_koreas_is_on_their_ties() -> None:
    [r] = reports("Beijing urged both Koreas to keep the peace.")
    assert (r.actor, r.target, r.tracks) == ("CHN", "KOR+PRK", ("inter-korean",))


def test_an_ally_s_support_for_inter_korean_exchanges_backs_seoul() -> None:
    text = (
        "North Korea cut its phone lines with the South on Monday. Tokyo said on Friday that "
        "it backed inter-Korean exchanges."
    )
    assert ("JPN", "051", "KOR", "claimed") in triples(text)


def test_a_party_named_inside_a_relative_aside_is_not_the_subject_after_it() -> None:
    text = (
        "Abe, who had come back from a White House dinner on Friday, gathered his ministers "
        "and urged Pyongyang to return the abductees."
    )
    assert ("JPN", "020", "PRK", "done") in triples(text)


def test_it_after_a_time_clause_is_not_the_state_in_a_person_s_title() -> None:
    text = (
        "Japanese Prime Minister Shinzo Abe has offered Kim talks, the North said on Monday, "
        "two days after it fired three short-range missiles."
    )
    assert ("PRK", "X01", None, "claimed") in triples(text)


def test_drills_owned_by_a_party_that_began_on_a_day_are_the_owner_s_drills() -> None:
    text = "The allies' spring drill started on March 4 and ran for a week."
    assert ("KOR+USA", "150", None, "done") in triples(text)


def test_a_resolution_the_council_passed_in_a_relative_clause_is_its_sanction() -> None:
    text = "Pyongyang rejected the resolution, which the council passed on March 2."
    assert ("UN", "163", "PRK", "done") in triples(text)


def test_a_project_named_before_a_relative_clause_whose_subject_began_it_is_started() -> None:
    text = (
        "They planned a joint study of the rail lines, which engineers of the two Koreas "
        "began on Dec. 3."
    )
    assert ("KOR+PRK", "061", "rail-links", "done") in triples(text)


def test_artillery_fired_near_or_into_somewhere_is_a_show_of_force_aimed_at_no_one() -> None:
    text = "On Monday the North fired coastal artillery into the sea near its western border."
    assert triples(text) == [("PRK", "150", None, "done")]


def test_charged_with_the_offence_after_over_is_a_charge() -> None:
    text = "The Justice Department charged a North Korean hacker over the theft of the files."
    assert ("USA", "173", "PRK", "done") in triples(text)


def test_a_return_to_the_table_is_a_return_to_talks() -> None:
    text = "Tokyo and Seoul will return to the table in Geneva next week."
    assert ("JPN+KOR", "046", "each-other", "planned") in triples(text)


def test_a_rejection_of_her_account_is_aimed_at_her_party_not_at_a_host() -> None:
    text = (
        "Moon Jae-in met Kim Yong Chol on Monday. Choe Son Hui said the talks in Oslo had failed "
        "and urged Washington to think again. The State Department disputed her account, and "
        "said it had accepted an invitation from Norway to return to Oslo for another round."
    )
    assert ("USA", "120", "PRK", "claimed") in triples(text)


def test_the_allies_who_drill_are_seoul_and_washington_unless_named() -> None:
    text = (
        "Tokyo and Seoul held talks on trade on Monday. "
        "Pyongyang denounced the joint drills that the allies started on Tuesday."
    )
    assert ("KOR+USA", "150", None, "done") in triples(text)


def test_one_who_carried_a_letter_to_a_capital_delivered_it() -> None:
    text = "Ri Yong Ho carried a letter from Kim Jong Un to Beijing on Monday."
    assert ("PRK", "010", "CHN", "done") in triples(text)


def test_the_means_a_subject_used_to_act_is_its_own_not_the_content_clause_s() -> None:
    text = (
        "Japan's envoy demanded on Monday that China hand back the trawler, using a news "
        "briefing to denounce the seizure."
    )
    assert ("JPN", "111", "CHN", "done") in triples(text)


def test_a_missile_named_before_the_north_and_its_launch_verb_is_a_launch() -> None:
    text = "The new rocket is larger than the KN-08 the North launched in May 2019."
    assert ("PRK", "X01", None, "done") in triples(text)


def test_evidence_that_suggests_a_fact_is_no_appeal() -> None:
    text = "North Korea's parade suggests it is ready to test the missile soon."
    assert [t for t in triples(text) if t[1] == "020"] == []


def test_a_test_told_as_a_participle_after_the_missile_s_designation() -> None:
    text = (
        "Pyongyang's largest rocket, the Pukguksong-3 tested last October, can be fired from "
        "a submarine."
    )
    assert ("PRK", "X01", None, "done") in triples(text)


def test_a_body_meeting_in_session_meets_no_one_its_purpose_names() -> None:
    text = "Moon Jae-in's security council met in closed session on Friday to weigh Kim's offer."
    assert [t for t in triples(text) if t[1] == "040"] == []


def test_congratulations_sent_are_praise() -> None:
    text = "Abe sent his warm congratulations to Moon Jae-in on Friday."
    assert ("JPN", "051", "KOR", "done") in triples(text)


def test_an_assurance_whose_that_is_left_out_is_a_promise_to_the_one_assured() -> None:
    text = "Abe said Trump had assured him the treaty covered the islands."
    assert ("USA", "030", "JPN", "claimed") in triples(text)


def test_the_president_elect_is_the_american_one() -> None:
    assert triples("The president-elect criticized Pyongyang on Friday.") == [
        ("USA", "111", "PRK", "done")
    ]


def test_heading_a_side_at_talks_with_another_is_talking_with_it() -> None:
    text = "Lee Do-hoon headed his delegation at the nuclear talks with Japan in Tokyo in May."
    assert ("KOR", "046", "JPN", "done") in triples(text)


def test_the_object_of_a_relative_clause_is_no_subject_of_the_verb_joined_after_it() -> None:
    text = (
        "Pyongyang has ordered its diplomats to avoid anything that might anger Japan and has "
        "warned its envoys against speaking to reporters."
    )
    assert not [t for t in triples(text) if t[0] == "JPN"]


def test_called_the_outcome_of_talks_regrettable_is_a_criticism() -> None:
    text = "Tokyo called the outcome of the three rounds of talks deeply regrettable."
    assert [(a, c) for a, c, _, _ in triples(text)] == [("JPN", "111")]


def test_the_owner_of_the_subject_does_the_verb_after_a_participle_aside_in_ed() -> None:
    text = (
        "Beijing's statement, released hours after Abe landed in Seoul, called the outcome "
        "of the talks regrettable."
    )
    assert [a for a, c, _, _ in triples(text) if c == "111"] == ["CHN"]


def test_a_summit_a_trip_to_come_is_for_is_a_planned_meeting_of_its_own() -> None:
    text = "Abe will travel to Seoul on Friday for a two-day summit with Moon."
    assert ("JPN", "040", "KOR", "planned") in triples(text)


def test_dated_talks_of_a_level_opening_the_sentence_are_the_story_pair_s_meeting() -> None:
    text = (
        "Moon and Kim met in May. At working-level talks on Oct. 2, the two sides fixed the "
        "venue of the ceremony."
    )
    assert [c for _, c, _, _ in triples(text)] == ["040", "040"]


def test_encouraged_by_a_party_s_deeds_is_a_feeling_not_an_appeal() -> None:
    assert triples("Tokyo said it was encouraged by Beijing's recent steps.") == []


def test_a_wish_to_meet_is_no_meeting() -> None:
    assert triples("Putin wishes to meet Kim Jong Un in Vladivostok.") == []


def test_a_summit_no_date_has_been_set_for_is_none() -> None:
    text = "No date has been set for a third summit between Moon and Kim, officials said."
    assert triples(text) == []


def test_a_warning_broadcast_toward_the_other_side_is_a_warning() -> None:
    text = "South Korean troops broadcast a warning toward the North on Tuesday."
    assert triples(text) == [("KOR", "130", "PRK", "done")]


def test_a_body_naming_a_sitting_in_an_adjunct_is_no_subject_of_the_participle() -> None:
    text = (
        "North Korea fired a missile on Monday. Italy and Spain issued a statement after "
        "closed-door Security Council talks, denouncing the launch."
    )
    assert ("ESP+ITA", "111", "PRK", "done") in triples(text)


def test_she_goes_on_through_a_verb_the_lexicon_does_not_know_to_the_one_joined_after() -> None:
    text = (
        "Seoul voiced regret, drawing a sharp reply on Friday from Kim Yo Jong, the leader's "
        "sister. She likened Seoul to a parrot and mocked its reaction as childish."
    )
    assert ("PRK", "111", "KOR", "done") in triples(text)


def test_a_retort_naming_no_one_answers_the_last_act_aimed_at_its_actor() -> None:
    text = (
        "Moon sent Kim a letter of thanks on Monday. On Tuesday Canada and Australia condemned "
        "North Korea's missile launch. Pyongyang hit back on Thursday, calling the statement "
        '"shameless".'
    )
    assert ("PRK", "111", "AUS+CAN", "done") in triples(text)


def test_pushing_back_against_press_reports_is_no_act_against_a_party() -> None:
    text = (
        "Russia's embassy said on Friday life in North Korea was calm, pushing back "
        "against media reports that Kim Jong Un had died."
    )
    assert all(r.action != "120" for r in reports(text))


def test_talks_set_off_by_commas_after_two_subjects_are_theirs() -> None:
    text = (
        "Stephen Biegun and Lee Do-hoon agreed on Tuesday, after talks in Washington, that "
        "the aid question deserved more study."
    )
    assert ("KOR+USA", "040", "each-other", "done") in triples(text)


def test_open_to_helping_another_is_a_stated_readiness_to_help() -> None:
    text = "Berlin said it was open to assisting North Korea with flood relief."
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("DEU", "030", "PRK")]


def test_a_day_in_a_but_clause_is_its_own_act_s_not_the_first_verb_s() -> None:
    text = (
        "Putin and Kim met in Vladivostok in April 2019, but talks between Russian and "
        "North Korean officials stalled on Oct. 9 last year."
    )
    days = sorted(r.on for r in reports(text, date(2020, 9, 23)))
    assert days == [date(2019, 4, 25), date(2019, 10, 9)]  # Vladivostok: the calendar's day


def test_a_party_after_a_told_perfect_s_verb_is_its_object_the_next_verb_the_teller_s() -> None:
    text = (
        "Putin said the meeting had made him doubt Japan and accused Tokyo of stoking tension "
        "in the region."
    )
    assert ("RUS", "112", "JPN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_meeting_named_as_the_time_of_another_is_one_of_its_own() -> None:
    text = "Xi and Kim met again on June 20, weeks after their summit in May."
    assert [(a, c) for a, c, _, _ in triples(text)] == [("CHN+PRK", "040")] * 2


def test_a_meeting_named_as_the_time_of_another_after_no_comma_is_one_of_its_own() -> None:
    text = "Abe met Moon in Seoul on Friday, his second meeting with Moon after their talks in May."
    assert ("JPN+KOR", "040", "each-other", "done") in triples(text)


def test_a_day_set_off_after_and_is_the_next_verb_s() -> None:
    text = "Tokyo recalled its envoy in May and, on July 2, announced new curbs on Seoul."
    first = reports(text, date(2019, 8, 10))[0]
    assert first.on == date(2019, 5, 1)


def test_an_appeal_to_the_north_after_its_accord_with_a_power_is_of_the_koreas_ties() -> None:
    text = (
        "Kim Jong Un signed a joint statement with Donald Trump in Singapore in June. "
        "Moon Jae-in on Tuesday invited Kim to a fourth summit. "
        "He also called on the North to answer his offer soon."
    )
    appeal = next(r for r in reports(text) if r.action == "020")
    assert appeal.tracks == ("inter-korean",)


def test_a_welcome_of_the_north_s_own_step_aimed_at_no_one_is_on_its_tracks() -> None:
    text = (
        "Pompeo flew to Pyongyang on Wednesday to meet Kim Jong Un. "
        "North Korea's state media said Kim had granted the three detained men an amnesty. "
        "Seoul's presidential office welcomed the release on Thursday."
    )
    welcome = next(r for r in reports(text) if r.action == "051")
    assert welcome.tracks == ("denuclearization",)


def test_an_ally_backing_another_s_decision_is_on_its_step_with_the_north() -> None:
    text = (
        "Trump walked out of his talks with Kim Jong Un in Hanoi on Thursday. "
        "Trump then asked Moon Jae-in to help restart the process. "
        "He also phoned Shinzo Abe, who said he fully backed Trump's decision."
    )
    backing = next(r for r in reports(text) if r.action == "051")
    assert backing.tracks == ("denuclearization",)


def test_support_in_a_clause_with_no_track_words_keeps_the_supported_step_s_track() -> None:
    text = (
        "South Korea will send 50,000 tonnes of rice to North Korea, its ministry said on "
        "Monday. The move needs no sanctions exemption, officials said, and Washington backed "
        "it on Tuesday."
    )
    backing = next(r for r in reports(text) if r.action == "051")
    assert backing.tracks == ("inter-korean",)


def test_a_power_welcoming_the_two_koreas_meeting_is_on_their_ties() -> None:
    text = (
        "Moon Jae-in met Kim Jong Un on Friday. China's foreign ministry praised the two "
        "leaders for the talks."
    )
    praise = next(r for r in reports(text) if r.actor == "CHN")
    assert (praise.target, praise.tracks) == ("KOR+PRK", ("inter-korean",))


def test_an_ally_asking_another_to_keep_its_pressure_on_the_north_is_on_the_sanctions() -> None:
    text = "Tokyo on Monday urged Washington not to ease its pressure on Pyongyang too soon."
    assert [r.tracks for r in reports(text)] == [("sanctions", "alliance-coordination")]


def test_the_words_of_an_act_joined_on_with_its_own_subject_are_not_the_first_acts() -> None:
    text = (
        "In Tuesday's call, Suga congratulated Biden on his win and the two agreed to "
        "cooperate on North Korea's nuclear programme."
    )
    praise = [r for r in reports(text) if r.action == "051"]
    assert [r.tracks for r in praise] == [("alliance-coordination",)]


def test_a_relative_clause_after_an_appositive_noun_does_not_name_the_subject() -> None:
    text = (
        "Sung Kim, the US envoy who has long tried to coax North Korea back to talks, used "
        "the briefing to accuse Pyongyang of wasting every opening."
    )
    assert ("USA", "112", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_whom_a_fronted_participle_names_is_not_the_pronoun_after_it() -> None:
    text = (
        "Pompeo did not mince words. Receiving his Japanese counterpart, Taro Kono, at the "
        "State Department on Monday, he urged Tokyo to pay more for the bases."
    )
    assert ("USA", "020", "JPN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_list_of_places_each_with_its_day_is_one_meeting_per_place() -> None:
    text = (
        "Abe bet heavily on Putin, whom he met in Vladivostok in September 2019, in Moscow "
        "in January 2018 and at Osaka in June 2019."
    )
    met = [r for r in reports(text, date(2020, 3, 1)) if r.action == "040"]
    assert len(met) == 3


def test_a_patrol_sent_to_watch_the_norths_trade_at_sea_enforces_the_sanctions() -> None:
    text = (
        "OTTAWA, May 2 (Test Wire) - Ships smuggling oil to North Korea in breach of UN "
        "sanctions meet tankers at night. Canada said on Friday it would deploy two patrol "
        "aircraft to Okinawa next month."
    )
    assert ("CAN", "163", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_project_opening_in_a_relative_clause_is_the_two_koreas_step() -> None:
    text = (
        "Officials met at the liaison office in Kaesong on Friday. Seoul still calls the "
        "office, which opened in mid-September, the heart of its engagement policy."
    )
    assert ("KOR+PRK", "061", "liaison-office", "done") in triples(text)


def test_a_summit_whose_end_is_dated_in_a_relative_clause_was_held() -> None:
    text = (
        "The Hanoi summit between Trump and Kim, which broke up abruptly on Feb. 28, still "
        "weighs on the diplomats preparing the next round."
    )
    found = [(r.actor, r.action, r.target, r.modality) for r in reports(text, date(2019, 6, 3))]
    assert ("PRK+USA", "040", "each-other", "done") in found


def test_a_summit_dated_by_a_month_before_its_noun_was_held() -> None:
    text = (
        "Moon Jae-in and Kim Jong Un agreed at their September 2018 summit to field joint "
        "teams at future Asian Games."
    )
    found = [(r.actor, r.action, r.target) for r in reports(text, date(2019, 5, 2))]
    assert ("KOR+PRK", "040", "each-other") in found


def test_a_joint_pledge_on_two_projects_is_on_the_first_named() -> None:
    text = (
        "At their summit in Pyongyang on Sept. 19 last year, Moon and Kim agreed to revive "
        "the Mount Kumgang tours and the Kaesong factory zone once sanctions allow."
    )
    found = [(r.actor, r.action, r.target) for r in reports(text, date(2019, 10, 1))]
    assert ("KOR+PRK", "030", "mount-kumgang") in found


def test_an_act_of_the_same_kind_in_a_since_clause_is_done() -> None:
    text = "Pyongyang has not launched a long-range missile since it fired an ICBM in late 2017."
    found = [(r.actor, r.action, r.modality) for r in reports(text, date(2019, 3, 1))]
    assert ("PRK", "X01", "done") in found


def test_a_step_named_before_a_relative_clause_that_completes_it_is_done() -> None:
    text = (
        "The accord provided for the withdrawal of heavy weapons from the truce village, which "
        "the two Koreas completed in late October."
    )
    found = [(r.actor, r.action, r.modality) for r in reports(text)]
    assert ("KOR+PRK", "087", "done") in found


def test_comparing_notes_with_a_counterpart_is_a_consultation() -> None:
    text = (
        "Japan's envoy flew to Seoul on Tuesday to compare notes with his South Korean counterpart."
    )
    assert ("JPN", "040", "KOR") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_an_offer_to_meet_ends_where_its_subject_s_next_act_begins() -> None:
    text = (
        "Kim Jong Un said on Monday that Pyongyang was open to talks with Seoul and urged the "
        "South to stop its military drills."
    )
    tracks = {r.action: r.tracks for r in reports(text)}
    assert tracks == {"036": ("inter-korean",), "020": ("denuclearization",)}


def test_support_told_in_a_where_clause_after_the_allies_meeting_keeps_the_step_s_track() -> None:
    text = (
        "South Korea will send 50,000 tonnes of rice to North Korea, its ministry said on "
        "Monday. The allies discussed the shipment at a meeting of their working group on "
        "Tuesday, where Washington voiced support for the plan."
    )
    backing = next(r for r in reports(text) if r.action == "051")
    assert backing.tracks == ("inter-korean",)


def test_the_military_named_as_who_backs_a_step_is_no_track_word_of_the_backing() -> None:
    text = (
        "South Korea's Joint Chiefs of Staff said the military had removed all mines from the "
        "southern half of the hill. The US military has publicly backed the move."
    )
    backing = next(r for r in reports(text) if r.action == "051")
    assert backing.tracks == ("denuclearization",)


def test_sanctions_adopted_in_a_participle_after_a_vote_for_them_are_the_councils() -> None:
    text = "Beijing voted for the latest round of UN sanctions, adopted on Nov. 2 after the test."
    assert ("UN", "163", "PRK") in [(r.actor, r.action, r.target) for r in reports(text)]


def test_a_resolution_adopted_some_years_earlier_is_the_councils_act() -> None:
    text = "Ships were seized under Resolution 2375, adopted a year earlier, the officials said."
    assert ("UN", "163", "PRK") in [(r.actor, r.action, r.target) for r in reports(text)]


def test_the_last_of_several_resolutions_adopted_in_an_aside_is_the_councils() -> None:
    text = (
        "Coal sales are barred by several Security Council resolutions, the latest of which, "
        "adopted on Sept. 11, followed a nuclear test."
    )
    assert ("UN", "163", "PRK") in [(r.actor, r.action, r.target) for r in reports(text)]


def test_an_act_begun_as_a_gerund_after_began_is_done() -> None:
    text = "Tokyo began restricting exports to South Korea on July 4, citing security concerns."
    found = [(r.actor, r.action, r.target, r.modality) for r in reports(text, date(2019, 8, 1))]
    assert ("JPN", "163", "KOR", "done") in found


def test_patrol_planes_sent_to_an_ally_to_catch_smugglers_enforce_the_sanctions() -> None:
    text = (
        "PARIS, May 2 (Test Wire) - France is sending two of the navy's Falcon 200 Gardian "
        "patrol planes to Japan to watch for ship-to-ship transfers that breach UN sanctions "
        "on North Korea."
    )
    assert ("FRA", "163", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_trip_made_to_hunt_the_norths_smugglers_enforces_the_sanctions() -> None:
    text = (
        "LONDON, May 2 (Test Wire) - Smugglers slip refined oil into North Korea in breach of "
        "UN sanctions. A British patrol plane will fly to Japan next week to resume the hunt "
        "for their tankers, the defence ministry said."
    )
    assert ("GBR", "163", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_joining_the_mission_that_watches_the_norths_trade_at_sea_enforces_the_sanctions() -> None:
    text = (
        "PARIS, May 2 (Test Wire) - Ship-to-ship transfers keep fuel flowing to North Korea "
        "despite UN sanctions. France joined the monitoring mission in March 2019."
    )
    assert ("FRA", "163", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_party_named_only_in_a_relative_clause_is_not_whom_a_bare_title_serves() -> None:
    text = (
        "OTTAWA, May 2 (Test Wire) - Canada is sending a frigate to Asia. Its target is "
        "smuggling at sea, in which freighters meet North Korean barges after dark. Foreign "
        "Minister Jane Doucet welcomed the talks the two Koreas held this spring."
    )
    welcomed = [r for r in reports(text) if r.action == "051"]
    assert [r.actor for r in welcomed] == ["CAN"]


def test_separate_talks_with_two_people_are_two_meetings() -> None:
    text = "On Monday Pompeo held separate talks with Taro Kono and with Shinzo Abe in Tokyo."
    met = [r for r in reports(text) if r.action == "040" and r.target == "JPN"]
    assert len(met) == 2


def test_calling_on_a_minister_on_a_day_with_no_appeal_is_a_visit_paid() -> None:
    text = "Esper will call on Defence Minister Nobuo Kishi on Tuesday before leaving Tokyo."
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("USA", "040", "JPN")]


def test_an_allys_support_for_the_two_koreas_exchanges_is_aimed_at_seoul() -> None:
    text = (
        "Tokyo's foreign ministry said Motegi had voiced support for cultural exchanges "
        "between the two Koreas."
    )
    backed = [r for r in reports(text) if r.action == "051"]
    assert [(r.actor, r.target, r.tracks) for r in backed] == [("JPN", "KOR", ("inter-korean",))]


def test_pushing_a_drills_start_back_is_putting_it_off() -> None:
    text = (
        "The allies' autumn drill was due to open on Monday, but on Saturday the allies "
        "said they were pushing its start back by a week."
    )
    assert ("KOR+USA", "087", None) in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_promise_one_came_away_with_is_made_by_the_party_it_names() -> None:
    text = (
        "Suga phoned Biden on Friday and came away with a promise that Washington would "
        "defend the islands."
    )
    assert ("USA", "030", "JPN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_places_listed_after_based_in_are_places_whatever_word_ends_the_list() -> None:
    text = (
        "The Treasury blacklisted nine ships owned by firms based in China, Singapore, "
        "Taiwan, Panama and other ports that ferried fuel to North Korea."
    )
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("USA", "163", "PRK")]


def test_states_listed_after_countries_like_are_places_not_actors() -> None:
    text = (
        "The ministry said the bank had opened branches in countries like Thailand, Kuwait "
        "and Austria, and rejected US demands to close them."
    )
    assert not [r for r in reports(text) if {"THA", "KWT", "AUT"} & set(r.actor.split("+"))]


def test_a_party_joined_to_an_agent_by_and_is_an_agent_too() -> None:
    text = (
        "North Korea's state media said on Friday that the South must remove its hotels from "
        "the resort. The resort, the commentary said, was never a place run by the North and "
        "the South together. It also ridiculed Seoul for its fear of the United States."
    )
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("PRK", "111", "KOR")]


def test_the_state_one_went_by_way_of_is_a_route_not_an_agent() -> None:
    text = (
        "Officials say the envoy asked Washington for a waiver in May and was turned down, "
        "then travelled anyway by way of China."
    )
    assert not [r for r in reports(text) if r.actor == "CHN"]


def test_a_state_inside_a_laws_name_is_no_party() -> None:
    text = (
        "The North Korea Shipping Enforcement Act requires the administration to penalise "
        "foreign ports that knowingly serve North Korean tankers."
    )
    assert not [r for r in reports(text) if r.actor == "PRK"]


def test_a_demand_that_a_state_act_is_aimed_at_that_state() -> None:
    text = (
        "North Korea fired two missiles into the sea on Monday. Critics in Washington have "
        "attacked Trump's demand that Seoul pay five times more for US troops."
    )
    assert ("USA", "100", "KOR") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_praise_drawn_from_a_party_is_that_partys_support() -> None:
    text = "North Korea freed two detained Americans on Tuesday, drawing praise from Beijing."
    backed = [r for r in reports(text) if r.action == "051"]
    assert [r.actor for r in backed] == ["CHN"]


def test_a_sentence_opened_by_the_act_told_before_draws_from_its_source() -> None:
    text = (
        "Biden met Moon at the White House on Friday. The meeting drew a warm welcome "
        "from Tokyo, whose foreign ministry called it a good sign."
    )
    backed = [(r.actor, r.target) for r in reports(text) if r.action == "051"]
    assert backed == [("JPN", "KOR+USA")]


def test_calling_a_release_a_good_gesture_is_praise() -> None:
    text = "North Korea freed two Americans on Monday. Biden called the release a welcome gesture."
    assert ("USA", "051", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_guard_posts_pulled_out_in_a_list_are_a_withdrawal() -> None:
    text = (
        "On Tuesday the two Koreas pulled their guard posts, rifles and ammunition out of "
        "the border village."
    )
    assert ("KOR+PRK", "087") in [(a, c) for a, c, _, _ in triples(text)]


def test_a_hope_in_the_subjects_relative_aside_is_not_the_main_verbs() -> None:
    text = "Biden, who had hoped to meet Kim in Hanoi, urged Pyongyang on Friday to resume talks."
    urged = [r for r in reports(text) if r.action == "020"]
    assert [(r.actor, r.target, r.modality) for r in urged] == [("USA", "PRK", "done")]


def test_what_a_letter_offers_is_its_writers_offer_to_the_one_written_to() -> None:
    text = (
        "Putin has written to Japanese Prime Minister Shinzo Abe offering to resume talks "
        "on a peace treaty, the Kremlin said."
    )
    assert ("RUS", "030", "JPN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_waiver_the_sanctions_committee_grants_an_aid_group_eases_the_norths_sanctions() -> None:
    text = (
        "The Security Council's sanctions committee granted a waiver to a charity on Tuesday "
        "so that it could ship water pumps."
    )
    assert ("UN", "085", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_goods_cleared_or_a_request_to_ship_approved_by_the_committee_ease_the_sanctions() -> None:
    cleared = "The UN sanctions committee has cleared a second shipment of pumps for North Korea."
    approved = (
        "On Monday the Security Council's sanctions committee approved a request from UNICEF "
        "to ship vaccines and syringes."
    )
    for text in (cleared, approved):
        assert ("UN", "085", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_kits_handed_over_and_money_approved_with_its_day_set_off_are_aid() -> None:
    handed = "Japan handed North Korea 2,000 test kits on Monday."
    approved = "South Korea approved, on June 5, $8 million in donations for North Korean children."
    assert ("JPN", "070", "PRK") in [(a, c, t) for a, c, t, _ in triples(handed)]
    assert ("KOR", "070", "PRK") in [(a, c, t) for a, c, t, _ in triples(approved)]


def test_a_joint_march_into_the_stadium_is_a_symbolic_act_of_both() -> None:
    text = (
        "At the opening ceremony on Saturday, athletes of the two Koreas marched into the "
        "stadium together behind a single flag."
    )
    assert ("KOR+PRK", "017", "each-other") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_troupe_sent_to_perform_in_the_other_korea_is_a_visit() -> None:
    text = "In February the North sent an art troupe to perform in Gangneung and Seoul."
    assert ("PRK", "042", "KOR") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_scolding_the_other_korea_for_its_regret_at_a_drill_is_their_ties() -> None:
    text = (
        "On Friday a senior North Korean official mocked Seoul for having expressed regret "
        "over the North's rocket drill."
    )
    mocked = [r for r in reports(text) if r.actor == "PRK" and r.action == "111"]
    assert [(r.target, r.tracks) for r in mocked] == [("KOR", ("inter-korean",))]


def test_being_ready_to_keep_helping_is_an_offer_to_the_one_helped() -> None:
    text = "Moscow said on Monday it was ready to keep helping North Korea against the outbreak."
    assert ("RUS", "030", "PRK", "claimed") in triples(text)


def test_washingtons_sanctions_office_prosecutors_and_courts_act_for_the_united_states() -> None:
    assert ("USA", "163", "CHN") in [
        (a, c, t)
        for a, c, t, _ in triples(
            "On Tuesday the Office of Foreign Assets Control designated two Chinese firms "
            "that ship coal for North Korea."
        )
    ]
    assert ("USA", "173", "CHN") in [
        (a, c, t)
        for a, c, t, _ in triples(
            "Federal prosecutors in Boston charged a Chinese businessman with selling radio "
            "parts to North Korea."
        )
    ]


def test_a_court_paper_charging_or_forfeiting_is_the_act_of_the_one_who_files_it() -> None:
    charged = triples(
        "The Justice Department on Friday unsealed a complaint charging a Chinese trader "
        "with smuggling oil to North Korea."
    )
    assert ("USA", "173", "CHN") in [(a, c, t) for a, c, t, _ in charged]
    forfeited = triples(
        "A federal judge on Wednesday entered a judgment forfeiting a North Korean tanker "
        "to the United States."
    )
    assert ("USA", "171", "PRK") in [(a, c, t) for a, c, t, _ in forfeited]


def test_a_grand_jury_indicting_someone_charges_them() -> None:
    text = (
        "A federal grand jury in Chicago has indicted a Chinese trader on a charge of "
        "selling parts to North Korea."
    )
    assert ("USA", "173", "CHN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_chamber_passing_a_bill_that_carries_sanctions_imposes_them() -> None:
    text = (
        "The Senate on Wednesday passed a spending bill that carries new sanctions on North "
        "Korean shipping."
    )
    assert ("USA", "163", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]
    # a committee named as where a hearing sat is no actor
    assert (
        triples("Senators questioned the nominee at a Senate Foreign Relations Committee hearing.")
        == []
    )


def test_a_surname_after_the_full_name_in_the_same_sentence_is_that_person() -> None:
    text = (
        "The team, headed by Marc Knapper, sat for an hour on Monday, and Knapper faulted "
        "Japan's offer as too small."
    )
    assert ("USA", "111", "JPN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_leaving_the_table_is_walking_out_of_the_talks() -> None:
    text = (
        "Japan's negotiators left the table on Friday after an hour of talks with Seoul on "
        "export curbs."
    )
    assert ("JPN", "161", "KOR") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_court_finding_a_state_liable_finds_against_it() -> None:
    text = "In March a federal judge found North Korea liable for the death of a sailor."
    assert ("USA", "116", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_last_and_a_month_name_is_the_latest_such_month_before_the_articles() -> None:
    [r] = reports("Last May the UN imposed sanctions on North Korea.", date(2020, 5, 2))
    assert r.on == date(2019, 5, 1)
    [r] = reports("Last March the UN imposed sanctions on North Korea.", date(2020, 5, 2))
    assert r.on == date(2020, 3, 1)


def test_designating_groups_or_a_named_entity_is_a_sanction() -> None:
    text = (
        "The Treasury designated two hacking groups on Monday for stealing from banks for "
        "North Korea."
    )
    assert ("USA", "163", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]
    named = triples("The Treasury on Friday designated Ocean Star Shipping, saying it moved oil.")
    assert [(a, c) for a, c, _, _ in named] == [("USA", "163")]


def test_the_lazarus_group_is_the_norths() -> None:
    text = "On Monday the Treasury designated Lazarus Group, saying it stole money from banks."
    assert ("USA", "163", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_putting_the_other_sides_workers_on_unpaid_leave_is_a_step_down_in_ties() -> None:
    text = (
        "On Monday the US military placed some 3,000 Japanese base workers on unpaid leave "
        "as cost talks stalled."
    )
    assert ("USA", "160", "JPN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_capital_naming_a_building_is_a_place_not_a_party() -> None:
    text = (
        "Moon and Kim Jong Un had lunch in a Pyongyang hotel on Wednesday and signed a "
        "pledge to reopen the family reunions."
    )
    assert [a for a, _, _, _ in triples(text)] == ["KOR+PRK"]


def test_a_pronoun_after_a_fronted_season_stands_for_the_party_before() -> None:
    text = (
        "North Korea has grown more isolated this year. Last summer it test-fired "
        "ballistic missiles on July 25 and Aug. 6."
    )
    assert [(a, c) for a, c, _, _ in triples(text)] == [("PRK", "X01"), ("PRK", "X01")]


def test_declaring_oneself_no_longer_bound_by_a_freeze_is_a_threat_to_no_one() -> None:
    text = (
        "Pyongyang offered Seoul new talks in May. In a speech on Friday, Kim said his country "
        "was no longer bound by its freeze on long-range rocket launches."
    )
    threats = [(a, t) for a, c, t, _ in triples(text) if c == "130"]
    assert threats == [("PRK", None)]


def test_no_longer_bound_then_a_warning_is_one_threat() -> None:
    text = (
        "Kim declared on Friday that the North was no longer bound by its freeze on tests "
        "and warned that the world would soon see a new weapon."
    )
    assert [c for _, c, _, _ in triples(text)].count("130") == 1


def test_sending_staff_back_after_a_pullout_restores_the_channel() -> None:
    text = (
        "The North withdrew its officials from the liaison office on Monday, then sent most "
        "of them back on Thursday."
    )
    assert ("PRK", "050", "KOR") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_an_appeal_to_send_staff_back_is_no_return() -> None:
    text = "Seoul issued an appeal to the North to send its officials back to the office."
    assert "050" not in [c for _, c, _, _ in triples(text)]


def test_what_follows_only_to_is_an_act_not_a_purpose() -> None:
    text = (
        "Pyongyang cancelled the talks with Seoul on Monday, only to propose new talks with "
        "the South on Wednesday."
    )
    codes = [c for a, c, _, _ in triples(text) if a == "PRK"]
    assert len(codes) == 2


def test_a_deadline_quoted_after_wait_is_still_a_demand() -> None:
    text = (
        'In a speech on Friday Kim said he would wait "till the end of the year" for '
        "Washington to change course."
    )
    assert ("PRK", "100", "USA") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_the_two_sides_after_three_parties_are_the_pair_of_the_story() -> None:
    text = (
        "Moon met Kim at Panmunjom in May. After the UN sanctions committee approved the "
        "shipment, South Korean trucks carried engineers on a survey of the North's roads in "
        "October, and the two sides opened the road link on Friday."
    )
    actors = [a for a, _, _, _ in triples(text)]
    assert "KOR+PRK+UN" not in actors and "KOR+PRK" in actors


def test_a_warning_against_further_tests_is_on_the_nuclear_track() -> None:
    text = (
        "North Korea agreed with Seoul in May to reopen the Kaesong park. On Friday Britain "
        "cautioned Pyongyang against fresh tests."
    )
    warned = [r for r in reports(text) if r.actor == "GBR"]
    assert [r.tracks for r in warned] == [("denuclearization",)]


def test_an_act_told_in_two_months_with_no_day_is_two_acts() -> None:
    text = "Lavrov visited Pyongyang twice this year, in March and July."
    visits = [c for a, c, _, _ in triples(text) if (a, c) == ("RUS", "042")]
    assert len(visits) == 2


def test_severing_a_single_line_is_a_cut_in_ties() -> None:
    text = "On Monday Pyongyang severed the last phone line with Seoul."
    assert ("PRK", "161", "KOR") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_the_jcs_by_its_initials_is_the_souths_military() -> None:
    text = (
        "Shells from the North landed near an island on Friday. The JCS said it had sent a "
        "protest to the North over the military hotline."
    )
    assert "KOR" in [a for a, _c, _t, _ in triples(text)]


def test_opening_a_drill_holds_it_and_a_leader_watching_one_holds_it_too() -> None:
    text = (
        "The allies opened their autumn combined command post training on Monday. On "
        "Tuesday, Kim Jong Un watched an artillery drill by coastal units, state media said."
    )
    found = [(a, c, t) for a, c, t, _ in triples(text)]
    assert ("KOR+USA", "150", None) in found
    assert ("PRK", "150", None) in found


def test_rounds_of_a_rocket_launcher_are_launches_and_counted_list_items_are_more_days() -> None:
    text = (
        "North Korea fired a missile on Friday, its first since May 6, when it fired three "
        "rounds of its big rocket launcher from Hamhung. It had launched two missiles from "
        "Kusong on April 3, the day of the vote, and two more from near Kusong on April 9."
    )
    launches = sorted(str(r.on) for r in reports(text) if r.action == "X01")
    assert launches == ["2018-04-03", "2018-04-09", "2018-05-06", "2018-11-30"]
    assert [r for r in reports(text) if r.action == "190"] == []


def test_placing_the_other_sides_workers_on_unpaid_leave_is_a_cut_aimed_at_it() -> None:
    text = (
        "Seoul turned down the US demand for more money on Monday. On Wednesday, US Forces "
        "Korea placed some 3,000 of its local staff on unpaid leave. The furloughed staff "
        "include cooks and drivers."
    )
    cuts = [(a, t) for a, c, t, _ in triples(text) if c == "160"]
    assert cuts == [("USA", "KOR")]


def test_they_after_a_sentence_naming_the_allies_drill_are_the_allies() -> None:
    text = (
        "Trump wrote to Kim on Monday. The autumn exercise the allies hold every year will not "
        "go ahead. They called off their combined air drill on Wednesday."
    )
    assert ("KOR+USA", "087", None) in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_communique_after_a_joint_meeting_speaks_for_both_parties() -> None:
    text = (
        "Mark Esper and Suh Wook met in Seoul on Thursday for their yearly security talks. "
        "The meeting came a week after North Korea tested a cruise missile, and the "
        "communique called on the North to return to negotiations."
    )
    found = [(r.actor, r.action, r.target) for r in reports(text, date(2020, 11, 6))]
    assert ("KOR+USA", "020", "PRK") in found
    assert not [x for x in found if x[0] == "PRK" and x[1] == "020"]


def test_the_two_leaders_talking_where_they_met_is_the_meeting_told_once() -> None:
    text = (
        "Abe met Trump in Osaka on Friday, where, officials said, the two "
        "leaders discussed the North's missile launches."
    )
    met = [(a, t) for a, c, t, _ in triples(text) if c.startswith("04")]
    assert met == [("JPN", "USA")]


def test_a_plan_set_aside_by_rather_than_is_no_plan() -> None:
    text = (
        "Officials in Seoul said the cut reflected the Pentagon's budget review rather than "
        "any plan to withdraw troops from the peninsula."
    )
    assert all(m != "planned" for _a, _c, _t, m in triples(text))


def test_negotiators_opening_a_sentence_before_met_are_the_storys_two_sides() -> None:
    text = (
        "Tokyo and Washington remain apart on the cost of US bases in Japan. Negotiators last "
        "met in Hawaii on Nov. 20, officials said."
    )
    met = [(a, t) for a, c, t, _ in triples(text) if c.startswith("04")]
    assert met == [("JPN+USA", "each-other")]


def test_joining_another_in_an_act_makes_one_joint_act() -> None:
    text = (
        "At talks in Moscow on Tuesday, Beijing joined Moscow and Pyongyang in urging the "
        "Security Council to adjust the sanctions."
    )
    urged = [(a, t) for a, c, t, _ in triples(text) if c == "020"]
    assert urged == [("CHN+PRK+RUS", "UN")]


def test_following_suit_is_the_act_told_before_done_by_the_new_subject() -> None:
    text = (
        "Brazil expelled North Korea's ambassador on Oct. 2 over the latest missile test. "
        "Italy and Peru followed suit two days later. Washington praised the moves."
    )
    found = [(r.actor, r.action, r.target, r.on) for r in reports(text, date(2017, 10, 9))]
    assert ("ITA+PER", "166", "PRK", date(2017, 10, 4)) in found
    praised = [t for a, c, t, _ in found if a == "USA" and c == "051"]
    assert praised == ["BRA+ITA+PER"]


def test_as_did_names_others_doing_the_clauses_act() -> None:
    text = "Tokyo lodged a protest with Pyongyang over the launch on Sunday, as did Seoul."
    protests = [(a, t) for a, c, t, _ in triples(text) if c.startswith("11")]
    assert sorted(protests) == [("JPN", "PRK"), ("KOR", "PRK")]


def test_a_launch_told_as_a_noun_with_its_place_before_its_day_is_a_test() -> None:
    text = "Tokyo protested after the North's firing of three rockets from Sinpo on Monday."
    assert ("PRK", "X01", None) in [(a, c, t) for a, c, t, _ in triples(text)]


def test_dated_talks_of_a_kind_held_at_a_place_are_their_own_report() -> None:
    for text in (
        "At sports talks at Panmunjom on Thursday, the two Koreas agreed to hold a joint concert.",
        "At talks in the border village of Panmunjom on Thursday, officials of the two Koreas "
        "agreed to hold a joint concert.",
    ):
        found = [(a, c, t) for a, c, t, _ in triples(text)]
        assert ("KOR+PRK", "040", "each-other") in found
        assert ("KOR+PRK", "030", "each-other") in found


def test_a_counted_launch_told_as_a_noun_with_its_day_is_a_test() -> None:
    text = "Seoul protested the first launch of the new Hwasong-18 missile on April 13."
    assert ("PRK", "X01", None) in [(a, c, t) for a, c, t, _ in triples(text)]


def test_the_latest_of_a_string_of_launches_told_with_its_day_is_a_test() -> None:
    text = "Tokyo protested a series of short-range launches since June, the latest on Oct. 12."
    assert ("PRK", "X01", None) in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_launch_told_as_a_noun_with_its_day_before_what_was_fired_is_a_test() -> None:
    for text in (
        "Tokyo protested the firing on Oct. 12 of three rockets into the sea.",
        "Tokyo protested days after a May 12 test of new rocket launchers.",
    ):
        assert ("PRK", "X01", None) in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_dated_launch_with_no_owner_after_after_is_the_norths_test() -> None:
    text = "Seoul protested three days after a long-range rocket launch on Feb. 7."
    assert ("PRK", "X01", None) in [(a, c, t) for a, c, t, _ in triples(text)]


def test_an_appeal_for_what_is_asked_may_take_a_word_of_repetition_or_manner() -> None:
    for text in (
        "At a forum in Geneva on Tuesday, Moon called again for a formal end to the war.",
        "At a forum in Geneva on Tuesday, Moon appealed for international support for a "
        "formal end to the war.",
    ):
        found = [(a, c) for a, c, _, _ in triples(text)]
        assert found == [("KOR", "020")]


def test_describing_it_as_disappointing_that_a_party_acted_criticizes_that_party() -> None:
    text = (
        "A senior US official described it as disappointing that the North kept building "
        "its missiles."
    )
    assert ("USA", "111", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_the_olympic_committee_acts_with_the_koreas_on_their_sports_exchanges() -> None:
    text = (
        "On Saturday, Thomas Bach met the sports ministers of both Koreas in Lausanne. "
        "The IOC welcomed the outcome."
    )
    found = [(r.actor, r.action, r.target, r.tracks) for r in reports(text)]
    assert ("IOC", "040", "KOR+PRK", ("inter-korean",)) in found
    assert ("IOC", "051", "KOR+PRK", ("inter-korean",)) in found


def test_greeting_drills_with_launches_is_no_meeting_and_the_firings_called_a_warning_are() -> None:
    text = (
        "In August the North greeted the allies' summer drill, which officially opened on "
        "Aug. 5, with a volley of rockets. Kim declared the firings a warning to Washington."
    )
    found = [(a, c, t) for a, c, t, _ in triples(text)]
    assert ("KOR+USA", "150", None) in found
    assert ("PRK", "130", "USA") in found
    assert not [c for a, c, _ in found if a == "PRK" and c.startswith("04")]


def test_negotiators_from_two_states_are_both_and_ending_days_of_talks_is_holding_them() -> None:
    text = "Diplomats from Japan and China ended two days of talks in Dalian on Friday."
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("CHN+JPN", "040", "each-other")]
    text = "Officials from the United States and North Korea met in Geneva on Friday."
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("PRK+USA", "040", "each-other")]


def test_a_power_praising_both_koreas_for_sitting_down_together_is_on_their_ties() -> None:
    text = "Canada praised the two Koreas for sitting down together at Panmunjom on Tuesday."
    found = [(r.actor, r.action, r.target, r.tracks) for r in reports(text)]
    assert found == [("CAN", "051", "KOR+PRK", ("inter-korean",))]


def test_a_span_counted_later_may_open_a_sentence_before_its_pronoun_subject() -> None:
    text = (
        "Pyongyang called off the visit of its art troupe on Friday. "
        "Two days later it proposed that the troupe travel to Seoul on Monday."
    )
    found = [(a, c, t) for a, c, t, _ in triples(text)]
    assert ("PRK", "030", "KOR") in found


def test_hosting_that_meeting_is_hosting_the_one_just_told() -> None:
    text = (
        "Abe will meet Moon in Tokyo next week. In October the North's envoy walked out of "
        "talks with the Americans in Stockholm. Sweden, which hosted that meeting, has kept "
        "its embassy open."
    )
    hosted = [(a, t) for a, c, t, _ in triples(text) if c == "043"]
    assert hosted == [("SWE", "PRK+USA")]


def test_taking_part_in_the_talks_just_told_is_meeting_their_parties() -> None:
    for second in ("Japan's envoy took part as well.", "Japan's envoy joined the talks on Friday."):
        text = "Officials of China and North Korea held two days of talks in Beijing. " + second
        found = [(a, c, t) for a, c, t, _ in triples(text)]
        assert ("JPN", "040", "CHN+PRK") in found


def test_the_parties_offered_help_are_the_pair_the_story_is_about() -> None:
    text = (
        "Officials of China and North Korea held two days of talks in Oslo. Norway said it "
        "would offer its help to the parties."
    )
    assert ("NOR", "030", "CHN+PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_pronoun_may_use_an_occasion_to_act_after_a_span_counted_earlier() -> None:
    text = (
        "North Korea stayed silent on Monday. Three days earlier, it had used a parade in "
        "Pyongyang to unveil a new submarine-launched missile."
    )
    assert ("PRK", "150", None) in [(a, c, t) for a, c, t, _ in triples(text)]


def test_praise_and_the_participle_saying_what_it_praised_are_one_report() -> None:
    text = (
        "Putin congratulated Kim on the party's anniversary in a telegram on Saturday, "
        "praising the North's achievements."
    )
    praise = [(a, t) for a, c, t, _ in triples(text) if c == "051"]
    assert praise == [("RUS", "PRK")]


def test_asked_in_an_aside_with_its_day_or_place_is_no_appeal() -> None:
    for text in (
        "Pyongyang offered talks. Pompeo, asked on Friday about the offer, said only that he "
        "would wait and see.",
        "Pyongyang offered talks. Pompeo, asked in Tokyo, said that nothing had changed.",
    ):
        assert [c for a, c, t, _ in triples(text) if a == "USA"] == []
    assert ("KOR", "020", "USA") in [
        (a, c, t) for a, c, t, _ in triples("Seoul, stung by the launch, asked Washington to act.")
    ]


def test_the_one_person_a_sentence_with_no_actor_names_is_he_next() -> None:
    text = (
        "Seoul welcomed the announcement. The plan was first floated in a speech, which is "
        "where Kim Jong Un likes to make his offers. He also urged Washington to lift the "
        "sanctions."
    )
    assert ("PRK", "USA") in [(a, t) for a, c, t, _ in triples(text) if c == "020"]


def test_he_after_a_fronted_day_stays_the_one_before_not_whom_he_named() -> None:
    text = (
        "Kim Jong Un spoke on state television. On March 3 he said he was open to meeting "
        "Trump. He also warned Seoul against holding drills."
    )
    assert ("PRK", "KOR") in [(a, t) for a, c, t, _ in triples(text) if c.startswith("13")]


def test_a_list_of_acts_goes_on_after_an_object_told_again_with_a_short_quote() -> None:
    text = (
        'Kim Jong Un said he was ready to meet Moon again "without conditions", offered to '
        "reopen the Kaesong industrial park, and demanded an end to the drills."
    )
    actors = {a for a, c, t, _ in triples(text) if c in ("030", "031", "100")}
    assert actors == {"PRK"}


def test_calling_a_named_partys_words_a_positive_sign_is_praise_of_that_party() -> None:
    for text in (
        "Tokyo called Pyongyang's statement a positive sign.",
        "Tokyo called Kim Jong Un's letter a very positive signal.",
    ):
        assert ("JPN", "051", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_hosting_the_sessions_of_talks_is_aimed_at_their_two_sides() -> None:
    text = (
        "Stephen Biegun and Choe Son Hui held talks in Geneva on Monday. "
        "Switzerland hosted the sessions."
    )
    assert ("CHE", "043", "PRK+USA") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_its_message_is_the_word_of_the_one_the_pronoun_stands_for() -> None:
    text = (
        "Pyongyang cancelled the concert on Sunday. Its message, sent through the liaison "
        "office, blamed South Korean media for the decision."
    )
    assert ("PRK", "KOR") in [(a, t) for a, c, t, _ in triples(text) if c.startswith("11")]


def test_an_unnamed_administration_official_speaks_for_washington() -> None:
    text = "A senior administration official urged Pyongyang to return to the negotiating table."
    assert ("USA", "020", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_which_after_a_thing_named_after_the_party_is_no_party_acting() -> None:
    text = (
        "Seoul offered to help the North in fighting the outbreak, which had already "
        "crossed into South Korea in June."
    )
    assert [c for a, c, t, _ in triples(text) if c == "042"] == []


def test_what_a_party_would_prefer_to_do_is_no_act() -> None:
    for text in (
        "Pyongyang would prefer to negotiate with Washington alone.",
        "Tokyo would rather meet Pyongyang without Seoul in the room.",
    ):
        assert triples(text) == []


def test_a_line_told_with_where_it_runs_before_which_is_what_was_cut() -> None:
    text = (
        "Pyongyang restored the communication line on the east coast, which it cut in March 2016."
    )
    found = [(a, c, t) for a, c, t, _ in triples(text)]
    assert ("PRK", "161", "KOR") in found and ("PRK", "061", "KOR") in found


def test_a_capital_come_to_is_visited_but_not_power_or_a_halt() -> None:
    found = [(a, c, t) for a, c, t, _ in triples("Abe came to Seoul on Sunday.")]
    assert ("JPN", "042", "KOR") in found
    for text in ("Kim came to power in 2011.", "The talks came to a halt."):
        assert [c for a, c, t, _ in triples(text) if c == "042"] == []


def test_a_refusal_with_its_manner_before_to_is_still_a_refusal() -> None:
    for text in (
        "Seoul offered talks on Monday. Pyongyang refused point-blank to discuss the offer.",
        "Seoul offered talks on Monday. Pyongyang flatly refused to discuss the offer.",
    ):
        assert "PRK" in [a for a, c, t, _ in triples(text) if c.startswith("12")]


def test_accepting_the_date_another_proposed_is_an_acceptance() -> None:
    text = (
        "Seoul proposed talks at the border on March 2. Two days later the North reopened the "
        "liaison channel and accepted the date."
    )
    assert ("PRK", "030") in [(a, c) for a, c, t, _ in triples(text)]


def test_an_undated_act_after_the_lead_takes_the_day_the_lead_gives() -> None:
    text = (
        "North Korea fired two short-range missiles into the sea on Wednesday, Seoul's "
        "military said.\n\n"
        "The launch was the third this month.\n\n"
        "Tokyo lodged a protest with Pyongyang through its embassy in Beijing."
    )
    protests = [r.on for r in reports(text) if r.actor == "JPN"]
    assert protests == [FRIDAY - timedelta(days=2)]  # the launch's Wednesday, not Friday
    # the lead paragraph's own undated act is the news of the day it was filed
    brief = "The US sanctioned three North Korean banks on Monday. Pyongyang condemned the move."
    condemned = [r.on for r in reports(brief) if r.actor == "PRK"]
    assert condemned == [FRIDAY]


def test_the_same_day_and_the_next_day_count_from_the_last_day_told() -> None:
    text = (
        "Kim Jong Un met Xi Jinping in Beijing on Nov. 6.\n\n"
        "Russia's foreign minister visited Pyongyang the same day.\n\n"
        "The next day, Seoul urged Pyongyang to resume talks with Washington."
    )
    found = {(r.actor, r.action): r.on for r in reports(text)}
    assert found[("RUS", "042")] == date(2018, 11, 6)
    assert found[("KOR", "020")] == date(2018, 11, 7)


def test_a_lead_that_names_no_day_takes_the_day_the_next_paragraph_gives() -> None:
    text = (
        "China has protested to Washington over the new sanctions on its shipping firms.\n\n"
        "The foreign ministry lodged the protest on Wednesday, calling the step unjustified."
    )
    protests = {r.evidence[:5]: r.on for r in reports(text) if r.actor == "CHN"}
    assert set(protests.values()) == {FRIDAY - timedelta(days=2)}


def test_a_reaction_to_the_launch_takes_the_day_of_the_last_test_told() -> None:
    text = (
        "Kim Yo Jong criticised Seoul on Friday for its protest.\n\n"
        "The North fired two short-range missiles on Thursday, the military said.\n\n"
        "Tokyo condemned the launches as a violation of UN resolutions."
    )
    condemned = [r.on for r in reports(text) if r.actor == "JPN"]
    assert condemned == [FRIDAY - timedelta(days=1)]


def test_leaflet_launches_are_no_weapons_launches() -> None:
    [r] = reports("On Monday Kim Yo Jong demanded that Seoul outlaw the balloon launches.")
    assert (r.actor, r.target, r.tracks) == ("PRK", "KOR", ("inter-korean",))
    [r] = reports("The North demanded that Seoul halt the leaflet launches by activists.")
    assert "denuclearization" not in r.tracks


def test_sanctions_put_or_placed_on_are_imposed() -> None:
    for text in (
        "Washington put sanctions on two North Korean shipping firms on Tuesday.",
        "Tokyo placed new sanctions on North Korean traders last week.",
    ):
        assert "163" in [c for _, c, _, _ in triples(text)]
    assert not [c for _, c, _, _ in triples("Seoul put sanctions on hold.") if c == "163"]


def test_a_call_told_with_its_day_between_the_verb_and_with_is_a_talk() -> None:
    [r] = reports("Trump spoke on Tuesday with Japanese Prime Minister Shinzo Abe.")
    assert (r.actor, r.action, r.target) == ("USA", "040", "JPN")
    assert r.on == date(2018, 11, 27)


def test_a_governments_advisory_or_alert_accusing_a_state_is_an_accusation() -> None:
    text = "On May 3 the Treasury issued a joint alert accusing the North of stealing cash."
    assert ("USA", "112", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]
    text = "The Treasury issued an advisory warning shipping firms about North Korean tankers."
    assert not triples(text)


def test_a_capital_naming_where_a_host_body_is_is_no_agent() -> None:
    text = (
        "Pompeo urged Pyongyang on Thursday to return to talks. He spoke at a forum hosted by "
        "a Seoul university, in which he also criticised Pyongyang for its missile tests."
    )
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [
        ("USA", "020", "PRK"),
        ("USA", "111", "PRK"),
    ]


def test_the_unification_ministry_on_the_norths_talks_with_a_power_is_the_nuclear_question() -> (
    None
):
    text = "The Unification Ministry welcomed Pyongyang's offer of talks with Washington."
    found = {(r.actor, r.target): r.tracks for r in reports(text)}
    assert found[("KOR", "PRK")] == ("denuclearization",)


def test_a_relative_on_a_body_owned_by_a_party_is_the_owners_not_its_topics() -> None:
    text = (
        "Kang told Pompeo that the allies' task force on North Korea, which met for the first "
        "time in Seoul on Jan. 9, had served them well."
    )
    found = [(a, c, t) for a, c, t, _ in triples(text)]
    assert ("KOR+USA", "040", "each-other") in found
    assert not [a for a, _, _ in found if a == "PRK"]


def test_receiving_an_envoy_named_by_surname_or_after_the_states_initials_is_hosting() -> None:
    text = "Unification Minister Cho Myoung-gyon received U.S. Ambassador Harry Harris on Monday."
    assert ("KOR", "043", "USA") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_party_named_as_what_two_discussed_ties_with_is_no_target() -> None:
    text = "Kono and Pompeo discussed Iran and the importance of cooperation with Seoul on Friday."
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("JPN+USA", "040", "each-other")]


def test_a_reaction_to_his_remarks_is_aimed_at_the_man_who_made_them() -> None:
    text = (
        "On Monday US envoy Stephen Biegun urged Seoul to slow its rail project, and the "
        "Unification Ministry called his remarks regrettable the next day."
    )
    found = [(a, c, t) for a, c, t, _ in triples(text)]
    assert ("KOR", "111", "USA") in found


def test_the_pronoun_of_what_a_partys_statement_says_is_that_party() -> None:
    text = (
        "Seoul is weighing its answer to the North's statement on Sunday that it was ready to "
        "hold military talks with the South."
    )
    found = [(a, c, t) for a, c, t, _ in triples(text)]
    assert found and all(a == "PRK" for a, _, _ in found)


def test_unnamed_doubters_opening_a_sentence_give_a_view_not_an_act() -> None:
    assert not triples("Still, some questioned whether Seoul could win over Pyongyang.")
    assert not triples("But others were more sceptical about the promised Putin visit to Tokyo.")
    assert triples("Still, Seoul questioned Pyongyang's claim.")


def test_assuring_someone_in_a_call_that_is_a_pledge_to_them() -> None:
    text = (
        "Trump assured Prime Minister Abe in a phone call on Monday that Washington would "
        "stand by Tokyo."
    )
    assert ("USA", "030", "JPN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_bare_warning_from_a_party_closing_its_sentence_is_aimed_at_no_one_of_the_story() -> None:
    text = (
        "On Monday Japan urged Seoul to drop the plan. The plan grew out of a warning from "
        "the North."
    )
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("JPN", "020", "KOR")]


def test_the_one_met_briefing_the_visitor_is_the_same_meeting() -> None:
    text = (
        "Pompeo arrived on Monday. On Tuesday he met Foreign Minister Kang, who briefed him on "
        "Seoul's plans."
    )
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("USA", "040", "KOR")]


def test_an_alert_or_advisory_accusing_someone_is_the_issuers_accusation() -> None:
    for text in (
        "On Monday the Treasury and the FBI issued a joint alert accusing a North Korean "
        "hacking group of stealing from banks in Asia.",
        "The State Department published an advisory accusing North Korea of running a "
        "network of fake companies.",
    ):
        assert ("USA", "112", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_the_allies_told_of_are_a_pair_the_two_delegations_can_stand_for() -> None:
    text = (
        "Washington imposed sanctions on a North Korean shipping firm on Monday. Elsewhere the "
        "allies' dispute over base costs dragged on. Since May, South Korean workers at "
        "American bases have gone unpaid. The two delegations met again in Honolulu on Thursday."
    )
    met = [(a, t) for a, c, t, _ in triples(text) if c.startswith("04")]
    assert met == [("KOR+USA", "each-other")]


def test_a_courtesy_told_in_a_message_to_someone_is_aimed_at_the_addressee() -> None:
    text = (
        "Kim, in a message to Xi Jinping on the anniversary of the armistice, praised a "
        "friendship sealed in the war against the Japanese occupiers."
    )
    assert [(a, t) for a, c, t, _ in triples(text) if c == "051"] == [("PRK", "CHN")]
    text = "In a letter to the South on Friday, Kim apologised for the shooting."
    assert [(a, t) for a, c, t, _ in triples(text) if c == "055"] == [("PRK", "KOR")]


def test_firing_back_in_rounds_or_at_a_post_is_shooting_whoever_fired() -> None:
    text = (
        "The South's army sent a warning over the loudspeakers and then fired back three "
        "times, some twenty rounds in all, at the North's guard post."
    )
    assert ("KOR", "190", "PRK") in [(a, c, t) for a, c, t, _ in triples(text)]
    text = "North Korea fired back at Seoul's criticism on Monday."
    assert [c for _a, c, _t, _m in triples(text)] == ["111"]  # a retort, no shots


def test_north_and_south_with_no_article_are_the_two_koreas() -> None:
    text = "In his New Year address, Moon proposed that South and North rebuild the road links."
    assert ("KOR", "PRK") in [(a, t) for a, c, t, _ in triples(text) if c.startswith("03")]
    text = "Engineers from North and South met at the border on Tuesday."
    assert [(a, t) for a, c, t, _ in triples(text)] == [("KOR+PRK", "each-other")]


def test_an_aside_saying_the_subject_was_asked_is_no_appeal_over_the_verb() -> None:
    text = "Abe, asked about the summit on Friday, praised Trump for his efforts."
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("JPN", "051", "USA")]
    text = "Trump, asked by reporters whether talks would resume, thanked Kim for his letter."
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("USA", "051", "PRK")]


def test_laying_the_blame_on_someone_accuses_them() -> None:
    text = "Seoul's envoy laid the blame for the stalled talks squarely on Pyongyang."
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [("KOR", "112", "PRK")]


def test_summoning_ones_own_advisers_is_no_protest() -> None:
    assert triples("Moon summoned his security advisers after the launch on Sunday.") == []
    assert ("KOR", "114", "JPN") in [
        (a, c, t) for a, c, t, _ in triples("Seoul summoned the Japanese ambassador on Friday.")
    ]


def test_coming_to_a_capital_is_a_visit_and_coming_to_ones_aid_is_none() -> None:
    text = "Japan's foreign minister came to Seoul on Monday for a farewell call."
    assert ("JPN", "042", "KOR") in [(a, c, t) for a, c, t, _ in triples(text)]
    assert triples("Beijing came to Pyongyang's defence on Monday.") == []


def test_a_title_of_a_states_named_body_after_a_fronted_day_is_that_states() -> None:
    text = (
        "On Monday the spokesman of the North's Ministry of Foreign Affairs denounced Seoul "
        "for the leaflets."
    )
    assert ("PRK", "111", "KOR") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_weapon_demonstrated_or_tried_out_or_taken_to_be_a_missile_is_a_test() -> None:
    for text in (
        "On Thursday North Korea tried out its new multiple rocket launcher again.",
        "On Thursday North Korea demonstrated what state media called a new strategic weapon.",
        "On Thursday the North fired a salvo of what Japan's Defence Ministry took to be "
        "ballistic missiles.",
    ):
        assert ("PRK", "X01", None) in [(a, c, t) for a, c, t, _ in triples(text)]
    assert triples("The drills demonstrated the allies' resolve on Thursday.") == []


def test_a_pronoun_opening_a_clause_after_a_semicolon_is_the_one_named_before() -> None:
    text = "North Korea kept up its tests in May; on May 9 it fired two short-range missiles."
    assert ("PRK", "X01", None) in [(a, c, t) for a, c, t, _ in triples(text)]
    text = "Russia drafted a resolution on Monday; it would ease the ban on the North's seafood."
    assert all(a != "RUS" or c != "085" for a, c, _t, _m in triples(text))


def _days(text: str, published: date = FRIDAY) -> dict[tuple[str, str], date]:
    return {(r.actor, r.action): r.on for r in reports(text, published)}


def test_an_act_counted_from_the_day_its_sentence_told_before_it() -> None:
    # FRIDAY is Nov. 30, 2018
    days = _days(
        "Seoul urged restraint on Thursday, a day after the North fired two rockets into the sea."
    )
    assert days[("PRK", "X01")] == date(2018, 11, 28)
    assert days[("KOR", "020")] == date(2018, 11, 29)
    days = _days(
        "On Nov. 12 Tokyo protested to Seoul, and the next day South Korea rejected the protest."
    )
    assert days[("KOR", "120")] == date(2018, 11, 13)
    assert days[("JPN", "114")] == date(2018, 11, 12)
    days = _days("Pyongyang pulled its staff out on Nov. 2 and sent them back three days later.")
    assert date(2018, 11, 5) in days.values()


def test_that_year_is_the_year_named_before_in_the_sentence() -> None:
    days = _days(
        "Seoul closed the park on Feb. 10, 2016, after the North's fourth nuclear test on Jan. 6 "
        "and a rocket launch on Feb. 7 that year."
    )
    assert sorted(d for (a, c), d in days.items() if a == "PRK") == [
        date(2016, 1, 6),
        date(2016, 2, 7),
    ]


def test_a_weekday_of_last_week_is_that_day_of_the_week_before() -> None:
    days = _days("Japan protested to Seoul on Friday last week.")
    assert days[("JPN", "114")] == date(2018, 11, 23)
    days = _days("Japan protested to Seoul on Tuesday last week.")
    assert days[("JPN", "114")] == date(2018, 11, 20)


def test_a_readiness_to_meet_is_of_the_day_it_was_stated() -> None:
    days = _days(
        "Pyongyang said on Tuesday it was willing to hold talks with Washington in late December."
    )
    assert days[("PRK", "036")] == date(2018, 11, 27)


def test_an_event_told_as_a_noun_in_a_counted_clause_takes_the_counted_day() -> None:
    days = _days(
        "The two Koreas opened a joint office on Friday, three days before Moon travels to "
        "Pyongyang for his fourth summit with Kim."
    )
    assert days[("KOR", "042")] == days[("KOR", "040")] == date(2018, 12, 3)


def test_a_warning_of_seouls_security_council_to_the_north_is_a_military_matter() -> None:
    text = (
        "North Korea blew up the joint liaison office in Kaesong on Tuesday. After an emergency "
        "meeting on Tuesday, Seoul's National Security Council warned that the South would "
        "respond strongly if the North took further steps."
    )
    assert _tracks(text)[("KOR", "130", "PRK")] == ("denuclearization",)


def test_an_act_counted_from_the_day_of_another_event_is_not_of_that_day() -> None:
    days = _days("Tokyo protested to Pyongyang three days after a Nov. 20 test of new rockets.")
    assert days[("JPN", "114")] == date(2018, 11, 23)
    assert days[("PRK", "X01")] == date(2018, 11, 20)


def test_a_meeting_of_two_states_officials_is_theirs_and_the_two_sides_are_they() -> None:
    text = (
        "A communique followed Thursday's meeting of the Japanese and South Korean foreign "
        "ministers in Tokyo. The two sides agreed to keep up their cooperation."
    )
    assert [(a, c, t) for a, c, t, _ in triples(text)] == [
        ("JPN+KOR", "040", "each-other"),
        ("JPN+KOR", "030", "each-other"),
    ]
    assert triples("The meeting of the Security Council and the press was short.") == []


def test_being_open_to_speaking_with_someone_is_a_readiness_to_talk() -> None:
    assert triples("Trump told reporters he was open to speaking with Kim Jong Un.") == [
        ("USA", "036", "PRK", "claimed")
    ]
    assert triples("Seoul said it was open to talking about the plan.") == []


def test_its_body_opening_a_sentence_does_the_verb_after_and_as_the_one_it_stands_for() -> None:
    text = (
        "China's foreign ministry criticised the drills. Japan replied on Monday. On Tuesday "
        "its foreign ministry issued a long statement and urged Beijing to stop the patrols."
    )
    assert ("JPN", "020", "CHN") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_the_two_defence_ministries_are_the_pair_the_story_is_about() -> None:
    text = (
        "Japan protested to South Korea over the radar incident on Friday. A week later "
        "officials of the two defence ministries met in Manila to settle the matter."
    )
    assert ("JPN+KOR", "040", "each-other") in [(a, c, t) for a, c, t, _ in triples(text)]


def test_a_denial_told_with_how_soon_before_that_is_still_a_denial() -> None:
    found = triples("Pyongyang denied flatly that its boats had crossed the line.")
    assert [(a, c) for a, c, _, _ in found] == [("PRK", "120")]
    found = triples("Tokyo denied within hours that its aircraft had flown low.")
    assert [(a, c) for a, c, _, _ in found] == [("JPN", "120")]


def test_a_pronoun_after_a_participle_opener_with_an_aside_and_a_day_is_not_its_object() -> None:
    text = (
        "Chung Eui-yong flew to Tokyo on Monday. Meeting Japan's foreign minister, Taro Kono, "
        "on Tuesday, he urged Japan to back the peace process."
    )
    assert ("KOR", "020", "JPN") in {(a, c, t) for a, c, t, _ in triples(text)}
    assert all(a != "JPN" for a, *_ in triples(text))


def test_the_south_after_a_towns_comma_opens_the_main_clause() -> None:
    text = (
        "A week after Pompeo and Kim Yong Chol met at Panmunjom, the South proposed military "
        "talks to the North."
    )
    assert ("KOR", "030", "PRK", "done") in triples(text)
    assert all(r.actor != "PRK+USA" for r in reports(text) if r.action == "030")


def test_a_railway_sleeper_signed_at_a_groundbreaking_is_no_agreement() -> None:
    text = (
        "At the groundbreaking on Monday, South Korea and North Korea signed a wooden sleeper "
        "and unveiled a sign."
    )
    assert all(r.action != "057" for r in reports(text))
    assert ("KOR+PRK", "057") in {
        (r.actor, r.action) for r in reports("South Korea and North Korea signed a railway deal.")
    }


def test_a_body_after_an_opening_time_of_the_clock_is_the_storys_party() -> None:
    for opener in ("Shortly after noon", "An hour later", "Soon afterwards"):
        text = (
            "South Korean guards returned fire at a northern post on Sunday. "
            f"{opener} the military demanded an explanation from Pyongyang."
        )
        assert ("KOR", "100", "PRK", "done") in triples(text), opener


def test_finding_a_party_in_breach_of_a_pact_is_an_accusation() -> None:
    text = (
        "On Monday the UN Command found North Korea in violation of the armistice. "
        "Pyongyang rejected the finding."
    )
    found = triples(text)
    assert ("UN", "112", "PRK", "done") in found
    assert any(a == "PRK" and t == "UN" for a, _, t, _ in found)


def test_an_exercise_answered_with_launches_is_a_launch_on_each_day_told() -> None:
    text = (
        "The allies ended their autumn drill quietly. Two years ago the North greeted the "
        "same drill, and the talk around it, with rocket launches on Oct. 2, 9 and 20."
    )
    days = sorted(r.on for r in reports(text) if (r.actor, r.action) == ("PRK", "X01"))
    assert [(d.month, d.day) for d in days] == [(10, 2), (10, 9), (10, 20)]
    text = (
        "North Korea fired two missiles on Monday. A year ago it answered the allies' exercise "
        "with missile launches on Aug. 6."
    )
    assert [r.actor for r in reports(text) if r.action == "X01"] == ["PRK", "PRK"]


def test_a_drill_wrapped_up_on_a_day_is_the_drill_held() -> None:
    assert ("KOR+USA", "150", None, "done") in triples(
        "South Korea and the United States concluded their spring drills on Thursday."
    )


def test_a_bid_to_host_games_is_what_is_proposed_not_a_hosting() -> None:
    found = triples(
        "In a speech on Monday, Moon offered the North a list of projects: work in the border "
        "areas, a joint bid to host the 2036 Asian Games, and new road links, among others."
    )
    assert not any(code == "043" for _, code, _, _ in found)
    assert ("KOR", "030", "PRK", "done") in found


def test_suspending_the_visit_of_a_delegation_is_a_step_down_in_ties() -> None:
    found = triples(
        "On Wednesday the North informed the South that it was suspending the visit of its "
        "art troupe."
    )
    assert ("PRK", "161", "KOR", "done") in found


def test_a_team_ready_to_talk_is_a_readiness_to_meet_aimed_at_the_one_told() -> None:
    found = triples(
        "Speaking in Tokyo on Tuesday, the US envoy Stephen Biegun told Pyongyang that his "
        "negotiators were ready to talk at any time."
    )
    assert ("USA", "036", "PRK", "claimed") in found


def test_an_act_told_by_its_month_takes_the_day_of_the_landmark_it_names() -> None:
    # FRIDAY is Nov. 30, 2018
    days = _days("Pompeo criticised Pyongyang after his visit to Singapore in June.")
    assert days[("USA", "111")] == date(2018, 6, 12)
    days = _days("The North carried out its sixth nuclear test in September 2017.")
    assert days[("PRK", "X02")] == date(2017, 9, 3)
    # no landmark of that month named: the month's first day, the day unknown
    days = _days("Pompeo criticised Pyongyang after his visit to Tokyo in June.")
    assert days[("USA", "111")] == date(2018, 6, 1)


def test_the_visit_and_its_hosting_are_two_acts() -> None:
    days = _days(
        "Xi hosted Kim Jong Un at a banquet on June 19, during Kim's trip to Beijing in June."
    )
    assert days[("PRK", "042")] == days[("CHN", "043")] == date(2018, 6, 19)
