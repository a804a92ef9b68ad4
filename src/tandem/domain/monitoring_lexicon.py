"""What the monitoring extractor knows by name (docs/monitoring.md): the officials of each
party and their terms, the names of states, capitals and organisations, the cooperation
projects, the verb phrases with their CAMEO codes, and the words of each track.

Kept apart from the rules that use them (domain/monitoring*.py) so that adding a name or a
verb is an edit to data, reviewed as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Official:
    alias: str
    code: str
    name: str
    role: str
    start: date
    end: date


# The object a particle verb takes between its two words ("turned the shipment down", "turned
# it down", "turned him down": the one whose request it was): a pronoun, or a determiner and up
# to three words.
SPLIT_OBJECT = r"(?:(?:it|them|him|her)|(?:the|its|their|this|that|an?|his|her)(?: [\w-]+){1,3}?) "


# What a speaker judges, named as the subject of "was" ("said the step was", "said Trump's
# comments were"): an act or a word said, after a determiner or a possessor, then the copula
# ("the weather was dangerous" judges no one).
_JUDGED = (
    r"(?:that\s+)?(?:the|this|these|its|their|his|her|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}"
    r"(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:moves?|steps?|decisions?|launch(?:es)?|tests?|talks"
    r"|meetings?|summit|comments|remarks|statements?|curbs|sanctions|measures|drills|exercises?"
    r"|actions?|demands?|plans?|proposals?|offers?|seizure|declaration|agreement|deal|visit"
    r"|release|announcement|deployment|restrictions|controls|report|demolition|killing"
    r"|policy|firing|shooting)\s+(?:was|were|is|are|had\s+been)\s+"
)


def _d(text: str) -> date:
    return date.fromisoformat(text)


# The women among the officials above and the people the articles name: whom "she" can be.
WOMEN = frozenset(
    {"Kim Yo Jong", "Kang Kyung-wha", "Choe Son Hui", "Nikki Haley", "Kelly Craft",
     "Park Geun-hye", "Hyon Song Wol", "Heather Nauert", "Morgan Ortagus", "Sarah Sanders",
     "Theresa May", "Angela Merkel", "Federica Mogherini", "Hua Chunying", "Maria Zakharova",
     "Ri Sol Ju"}
)  # fmt: skip

OFFICIALS: tuple[Official, ...] = (
    Official("Secretary of State", "USA", "Rex Tillerson", "Secretary of State",
             _d("2017-02-01"), _d("2018-03-31")),
    Official("Secretary of State", "USA", "Mike Pompeo", "Secretary of State",
             _d("2018-04-26"), _d("2021-01-20")),
    Official("special representative for North Korea", "USA", "Stephen Biegun",
             "Special Representative for North Korea", _d("2018-08-23"), _d("2021-01-20")),
    Official("chief nuclear envoy", "KOR", "Lee Do-hoon",
             "Special Representative for Korean Peninsula Peace and Security Affairs",
             _d("2018-04-01"), _d("2020-08-31")),
    Official("Unification Minister", "KOR", "Cho Myoung-gyon", "Minister of Unification",
             _d("2017-07-03"), _d("2019-04-07")),
    Official("Unification Minister", "KOR", "Kim Yeon-chul", "Minister of Unification",
             _d("2019-04-08"), _d("2020-06-19")),
)  # fmt: skip

# alias -> code. Capitals and people are aliases too; places are told apart by context.
STATES: dict[str, tuple[str, ...]] = {
    "USA": ("United States", "US", "America", "American", "Americans", "Washington",
            "White House", "State Department", "Pentagon", "Trump administration",
            # "a senior administration official said": in the peninsula's news, Washington's
            "administration official", "administration officials",
            "Donald Trump", "Trump", "Mike Pompeo", "Pompeo", "Barack Obama", "Obama",
            "George W. Bush", "Bill Clinton", "Madeleine Albright", "Mick Mulvaney",
            "Stephen Biegun", "Biegun",
            "John Bolton", "Bolton", "Jim Mattis", "Mattis", "Mark Esper", "Esper",
            "Secretary of State", "special representative for North Korea", "Tillerson",
            # news style writes a title with no name after it in lower case
            "secretary of state",
            "Treasury Department", "Treasury", "Department of State", "Defense Department",
            "Mike Pence", "Pence", "Harry Harris", "Nikki Haley", "Haley", "Kelly Craft",
            "Sarah Sanders", "Heather Nauert", "Morgan Ortagus", "Robert Abrams",
            "Vincent Brooks", "Alex Wong", "Sung Kim", "Oval Office", "Steven Mnuchin", "Mnuchin",
            "Matt Pottinger", "Robert O'Brien", "Allison Hooker", "Mark Lambert", "James DeHart",
            "Marc Knapper", "David Stilwell", "Randall Schriver",
            # vice-president, candidate, then president-elect: "Biden called Kim a \"thug\""
            "Joe Biden", "Biden",
            # "the president-elect had assured him": in the peninsula's news, the American one
            "president-elect",
            "Rex Tillerson", "H.R. McMaster", "McMaster", "Patrick Shanahan",
            "Shanahan", "Joseph Yun", "Christopher Ford", "Brian Hook", "Ned Price",
            "US Forces Korea", "USFK", "Justice Department", "Department of Justice",
            "Commerce Department", "US Treasury",
            # the Treasury's sanctions office, the federal police and courts of Washington's
            # legal news: "OFAC designated the group", "federal prosecutors charged two men"
            "Office of Foreign Assets Control", "OFAC", "FBI", "Federal prosecutors",
            "federal prosecutors", "federal judge", "federal grand jury",
            # the houses of Congress: "the Senate passed the defence bill"
            "Senate"),
    "KOR": ("South Korea", "South Korean", "South Koreans", "Republic of Korea", "ROK",
            "Seoul", "Pyeongchang", "PyeongChang",
            # the Winter Olympics' coastal host city: "sent its orchestra to perform in Gangneung"
            "Gangneung",
            # the South's main airport: "flew into Incheon on Friday" is a visit to the South
            "Incheon",
            # the presidential office as the North's media spell it too ("the Chongwadae")
            "Blue House", "Cheong Wa Dae", "Chongwadae", "Chong Wa Dae",
            "Moon Jae-in", "President Moon", "Moon",
            "Roh Moo-hyun", "Kim Dae-jung", "Lee Myung-bak", "Park Geun-hye",
            "Kang Kyung-wha", "Kang", "Lee Do-hoon", "Cho Myoung-gyon", "Kim Yeon-chul",
            "Lee In-young", "Chung Eui-yong", "Suh Hoon", "Unification Ministry",
            "unification ministry", "Ministry of Unification", "Unification Minister",
            "unification minister",
            "chief nuclear envoy",
            "Jeong Kyeong-doo", "Song Young-moo", "Kim Eui-kyeom", "Kim You-geun",
            "Nam Gwan-pyo", "Cho Sei-young", "Chun Hae-sung", "Choi Jong-kun", "Lee Soo-hyuck",
            # the JCS: the defence press names the South's Joint Chiefs by their initials
            "Joint Chiefs of Staff", "Joint Chiefs", "JCS", "the South", "Ban Ki-moon",
            "Kim Hyun-chong", "Lee Nak-yon", "Hwang Kyo-ahn",
            "Chung Se-kyun", "Yoon Kun-young", "Kim Sang-jo", "Lee Sang-min", "Yoh Sang-key",
            "Kim Joon-rak", "Noh Kyu-duk", "Kim In-chul", "Yoon Do-han", "Ko Min-jung",
            "Kang Min-seok", "Jeong Eun-bo", "Suh Wook", "Park Jie-won", "Kim Jung-sook",
            "National Intelligence Service",
            # "derided the presidential office as …": in the peninsula's news, Seoul's
            "presidential office",
            # North Korean state media write the South in lower case: "the south side", "the
            # south Korean authorities" (not "the south" alone: a direction as often)
            "the south side", "south Korean"),
    "PRK": ("North Korea", "North Korean", "North Koreans", "DPRK", "Pyongyang",
            # leaders of earlier summits, for background paragraphs
            "Kim Jong Il", "Kim Jong-il", "Kim Il Sung", "Hyon Song Wol",
            "Kim Jong Un", "Kim Jong-un", "Kim Yo Jong", "Kim Yo-jong", "Kim Yong Chol",
            "Kim Yong-chol", "Ri Yong Ho", "Ri Yong-ho", "Choe Son Hui", "Choe Son-hui", "Kim",
            "Kim Myong Gil", "Kim Hyok Chol", "Kim Kye Gwan", "Ri Son Gwon", "Choe Ryong Hae",
            "No Kwang Chol", "Ri Su Yong", "Kim Song", "KCNA", "Korean Central News Agency",
            # the hacking group of the North's intelligence agency: "designated Lazarus"
            "Lazarus Group", "Lazarus",
            "Rodong Sinmun", "Uriminzokkiri", "Meari", "DPRK Today", "Tongil Sinbo",
            "Korean People's Army", "the North", "Ri", "Choe",
            # the epithets the peninsula's news gives only the North, told back for it
            "the regime", "the isolated state", "the reclusive state", "the reclusive regime",
            "the isolated regime", "the isolated country", "the reclusive country",
            "the secretive state", "the hermit kingdom",
            "Kim Yong Nam", "Han Song Ryol", "Jang Kum Chol", "Kwon Jong Gun", "Jo Yong Won",
            "Pak Jong Chon", "Ri Pyong Chol", "Kim Chang Son", "Ri Thae Song", "Kim Yong Bok",
            "Ri Sol Ju", "Choe Hui Chol", "Kim Su Kil", "Pak Pong Ju", "Kim Jae Ryong",
            "Ja Song Nam", "Pak Myong Ho", "Ri Yong Chol", "An Myong Hun", "Minju Choson",
            "Democratic People's Republic of Korea",
            # North Korean state media's title for Kim Jong Un
            "Supreme Leader"),
    "JPN": ("Japan", "Japanese", "Tokyo", "Shinzo Abe", "Abe", "Taro Kono", "Kono",
            "Toshimitsu Motegi", "Motegi", "Yoshihide Suga", "Suga", "Takeshi Iwaya", "Iwaya",
            "Itsunori Onodera", "Onodera", "Taro Aso", "Fumio Kishida", "Shigeru Kitamura",
            "Katsunobu Kato", "Kato", "Junichiro Koizumi", "Koizumi", "Kenji Kanasugi",
            "Shigeki Takizaki", "Nobuo Kishi",
            # Japan's armed forces: "the Self-Defense Forces would share information"
            "Self-Defense Forces", "Self-Defence Forces", "Maritime Self-Defense Force",
            "Maritime Self-Defence Force", "MSDF"),
    "CHN": ("China", "Chinese", "Beijing", "Xi Jinping", "Xi", "Wang Yi", "Lu Kang", "Hu Jintao",
            "Jiang Zemin", "Wen Jiabao",
            "Geng Shuang", "Hua Chunying", "Zhao Lijian", "Kong Xuanyou", "Li Keqiang",
            "Yang Jiechi", "Zhang Jun", "Ma Zhaoxu", "Wu Dawei", "Liu Xiaoming",
            "Song Tao"),
    "RUS": ("Russia", "Russian", "Moscow", "Kremlin", "Vladimir Putin", "Putin", "Vladivostok",
            "Dmitry Medvedev", "Medvedev",
            "Sergei Lavrov", "Lavrov", "Sergei Shoigu", "Shoigu", "Igor Morgulov",
            "Dmitry Peskov", "Peskov",
            "Vassily Nebenzia", "Nebenzia", "Alexander Matsegora", "Maria Zakharova",
            "Zakharova"),
    "FRA": ("France", "French", "Emmanuel Macron", "Macron", "Elysee", "Paris"),
    "GBR": ("Britain", "British", "United Kingdom", "Theresa May", "Boris Johnson", "London"),
    "DEU": ("Germany", "German", "Angela Merkel", "Merkel", "Berlin"),
    "VNM": ("Vietnam", "Vietnamese", "Nguyen Phu Trong", "Nguyen Xuan Phuc"),
    "SWE": ("Sweden", "Swedish"),
    "MNG": ("Mongolia", "Mongolian", "Ulaanbaatar"),
    "MEX": ("Mexico", "Mexican"),
    "PER": ("Peru", "Peruvian"),
    "ESP": ("Spain", "Spanish"),
    "KWT": ("Kuwait", "Kuwaiti"),
    "IDN": ("Indonesia", "Indonesian"),
    "TWN": ("Taiwan", "Taiwanese"),
    "MYS": ("Malaysia", "Malaysian", "Kuala Lumpur"),
    "AUS": ("Australia", "Australian", "Canberra"),
    "CAN": ("Canada", "Canadian", "Ottawa"),
    # Other states that 2018-2020 news on the peninsula names acting (hosts, envoys, votes,
    # expulsions, seizures): ISO 3166 alpha-3.
    "SGP": ("Singapore", "Singaporean", "Vivian Balakrishnan", "Balakrishnan"),
    "THA": ("Thailand", "Thai"),
    "PHL": ("Philippines", "Philippine", "Rodrigo Duterte", "Duterte"),
    "IND": ("India", "Indian", "V.K. Singh", "Narendra Modi", "Sushma Swaraj",
            "Ministry of External Affairs"),
    "ITA": ("Italy", "Italian"),
    "NLD": ("Netherlands", "Dutch"),
    "BEL": ("Belgium", "Belgian"),
    "EST": ("Estonia", "Estonian"),
    "POL": ("Poland", "Polish"),
    "CHE": ("Switzerland", "Swiss"),
    "NOR": ("Norway", "Norwegian"),
    "FIN": ("Finland", "Finnish"),
    "IRN": ("Iran", "Iranian", "Tehran"),
    "SYR": ("Syria", "Syrian", "Damascus"),
    "CUB": ("Cuba", "Cuban", "Havana"),
    "LAO": ("Laos", "Laotian"),
    "KHM": ("Cambodia", "Cambodian"),
    "MMR": ("Myanmar",),
    "EGY": ("Egypt", "Egyptian"),
    "QAT": ("Qatar", "Qatari"),
    "ARE": ("United Arab Emirates", "Emirati"),
    "TUR": ("Turkey", "Turkish"),
    "UKR": ("Ukraine", "Ukrainian"),
    "NZL": ("New Zealand",),
    "BRA": ("Brazil", "Brazilian"),
    "ISR": ("Israel", "Israeli"),
    "PAK": ("Pakistan", "Pakistani"),
    "UGA": ("Uganda", "Ugandan"),
    "AUT": ("Austria", "Austrian"),
    "DNK": ("Denmark", "Danish"),
    "EU": ("European Union", "EU", "Federica Mogherini", "Mogherini"),
    "UN": ("United Nations", "UN Security Council", "Security Council", "UN",
           "Panel of Experts", "panel of experts", "UN panel", "UN Command",
           "United Nations Command", "UNC",
           "1718 Committee", "Antonio Guterres", "Guterres"),
    # the Olympic body that admitted the North's athletes to the 2018 Games: "the IOC cleared
    # 22 North Korean athletes", "Bach sat down with the sports ministers of both countries"
    "IOC": ("International Olympic Committee", "IOC", "Thomas Bach", "Bach"),
    "IAEA": ("International Atomic Energy Agency", "IAEA", "UN nuclear watchdog",
             "U.N. nuclear watchdog", "Yukiya Amano", "Amano"),
}  # fmt: skip


def _romanized(names: tuple[str, ...]) -> tuple[str, ...]:
    """Korean given names are written two ways, Pyongyang's "Ri Son Gwon" and Seoul's "Ri
    Son-gwon": whichever form the list holds, the reader knows the person by the other too."""
    syllable = r"[A-Z][a-z]{1,5}"
    more: list[str] = []
    for name in names:
        if m := re.fullmatch(rf"({syllable}) ({syllable}) ({syllable})", name):
            more.append(f"{m[1]} {m[2]}-{m[3].lower()}")
        elif m := re.fullmatch(rf"({syllable}) ({syllable})-([a-z]{{2,6}})", name):
            more.append(f"{m[1]} {m[2]} {m[3].capitalize()}")
    return names + tuple(dict.fromkeys(n for n in more if n not in names))


STATES |= {code: _romanized(STATES[code]) for code in ("KOR", "PRK")}
JOINT: dict[str, str] = {
    "the two Koreas": "KOR+PRK",
    "both Koreas": "KOR+PRK",
    "the Koreas": "KOR+PRK",
    "North and South Korea": "KOR+PRK",
    "South and North Korea": "KOR+PRK",
    "North and South Korean": "KOR+PRK",
    "South and North Korean": "KOR+PRK",
    # "proposed that North and South work together": the two Koreas, with no article
    "North and South": "KOR+PRK",
    "South and North": "KOR+PRK",
    "the two militaries": "",
    "both militaries": "",
    "the two governments": "",
    "both governments": "",
    "the two ministries": "",  # "officials of the two ministries held a video conference"
    "both ministries": "",
    # "officials of the two defence ministries met in Singapore", "the two defence chiefs
    # agreed": the pair by their ministries or ministers, as "the two ministries"
    **{
        f"{both} {office} {body}": ""
        for both in ("the two", "both")
        for office in ("defence", "defense", "foreign")
        for body in ("ministries", "ministers", "chiefs")
        if f"{both} {office} {body}" != "the two foreign ministers"
    },
    "the two Korean leaders": "KOR+PRK",
    # "talks between the two Korean governments": the Koreas by any of their bodies
    **{
        f"{both} {body}": "KOR+PRK"
        for both in ("the two Korean", "both Korean")
        for body in (
            "governments",
            "militaries",
            "armies",
            "delegations",
            "states",
            "sides",
            "defence ministers",
            "defense ministers",
        )
    },
    "the leaders of the two Koreas": "KOR+PRK",
    "the two leaders": "",  # resolved from the sentence's other mentions, or the article's
    # state media: "the two top leaders agreed", "the top leaders of the two countries"
    "the two top leaders": "",
    "the top leaders of the two countries": "",
    "The leaders": "",  # opening a sentence: those the story is about
    # "Negotiators last met in Los Angeles": opening a sentence, before a meeting verb, the
    # two sides' negotiators the story is about
    "Negotiators": "",
    "the two sides": "",
    # "would continue to offer its help to the parties": those of the talks just told
    "the parties": "",
    "both sides": "",
    "each side": "",
    "both sides of the Korean Peninsula": "KOR+PRK",
    "both sides of the peninsula": "KOR+PRK",
    "the two sides of the peninsula": "KOR+PRK",
    "the two envoys": "",
    # "Kang met Pompeo … The two top diplomats agreed": the pair told by their office
    "the two foreign ministers": "",
    "the two top diplomats": "",
    "the two diplomats": "",
    "the two negotiators": "",
    "the two nuclear envoys": "",
    "the two chief negotiators": "",
    # opening a sentence, like "The leaders": the pair the story is about (not "The envoys":
    # often one state's delegation)
    "The top diplomats": "",
    "the two": "",
    "the two delegations": "",
    "both delegations": "",
    "the two men": "",
    "the two countries": "",
    "both countries": "",
    "the three countries": "",
    "both leaders": "",
    "both men": "",
    "the two presidents": "",
    "the three sides": "",
    "the three ministers": "",
    "the three European members": "",
    "the three European countries": "",
    "the three powers": "",
    "the three leaders": "",
    "the two ministers": "",
    "the two allies": "",
    "the allies": "",
    "both allies": "",
    # "Seoul and Tokyo … The neighbours agreed": the pair just told, like "the two allies"
    "the two neighbours": "",
    "the two neighbors": "",
    "the neighbours": "",
    "the neighbors": "",
}
JOINT |= {k[0].upper() + k[1:]: v for k, v in JOINT.items()}
CAPITALS = frozenset(
    {"Washington", "Seoul", "Pyongyang", "Tokyo", "Beijing", "Moscow", "Paris", "London", "Berlin"}
)
PLACES = CAPITALS | {
    "United States", "America", "South Korea", "North Korea", "Japan", "China", "Russia",
    "France", "Britain", "Germany", "Vietnam", "Sweden", "the North", "the South",
    "Mexico", "Peru", "Spain", "Kuwait", "Indonesia", "Malaysia", "Australia", "Canada",
    "Mongolia", "Ulaanbaatar",
    # "speaking to reporters in Ottawa, said he …": every capital the tables know is a place
    # after "in", like the peninsula's
    "Ottawa", "Canberra", "Kuala Lumpur",
    # a summit's host city: "arrived in Vladivostok on Wednesday"
    "Vladivostok",
    # the Winter Olympics' host county: "send a delegation to the Games in Pyeongchang"
    "Pyeongchang", "PyeongChang", "Gangneung", "Incheon",
    "Singapore", "Thailand", "Philippines", "India", "Italy", "Netherlands", "Belgium",
    "Estonia", "Poland", "Switzerland", "Norway", "Finland", "Iran", "Tehran", "Syria",
    "Damascus", "Cuba", "Havana", "Laos", "Cambodia", "Myanmar", "Egypt", "Qatar",
    "United Arab Emirates", "Taiwan", "Turkey", "Ukraine", "New Zealand", "Brazil", "Israel",
    "Pakistan", "Uganda", "Austria", "Denmark",
    # "demanded at the United Nations that Washington ease sanctions": where, not whom
    "United Nations", "UN", "U.N.",
}  # fmt: skip
# The North's epithets, which open a sentence as often as not ("The regime fired …").
EPITHETS = frozenset(
    {"the regime", "the isolated state", "the reclusive state", "the reclusive regime",
     "the isolated regime", "the isolated country", "the reclusive country",
     "the secretive state", "the hermit kingdom"}
)  # fmt: skip
# A name alone that is also the start of another person's name ("Kim Eui-kyeom") is not it.
BARE_NAMES = frozenset(
    {"Kim", "Moon", "Xi", "Abe", "Kang", "Suga", "Kono", "Haley", "Amano", "Ri", "Choe"}
)
# Words after which an alias is something else ("the North Korean", "National Security
# Council", "the South China Sea").
NOT_AFTER: dict[str, str] = {
    "the North": r"(?![ -](?:Korea|Pyongan|Hamgyong|Atlantic|American))",
    "the South": r"(?![ -](?:Korea|China|Pyongan|Hamgyong|African|Sudan))",
    "Supreme Leader": r"(?! (?:Ayatollah|Ali|Khamenei)\b)",  # Iran's is another
    "US": r"(?!-(?:Korea|North|South|DPRK|ROK|Japan|led|backed|based|made|bound|brokered))"
    r"(?! dollars?\b)(?! (?:Asian )?allies\b)",
    # "a feud between the two American allies": whose allies they are, not a party
    "American": r"(?! (?:Asian )?allies\b)",
    # "the two agreed", "the two will meet": the two just named, not "the two sides" (longer)
    "the two": r"(?=\s+(?:also\s+|then\s+|later\s+)?(?:agreed|met|held|discussed|signed|vowed"
    r"|pledged|will|would|are|were|have|had|also|shook|spoke|exchanged)\b)",
    "Negotiators": r"(?=\s+(?:last\s+|first\s+|then\s+|later\s+|again\s+)?(?:met|held|resumed)\b)",
}
# "the regime of sanctions": another regime
NOT_AFTER.update(dict.fromkeys(EPITHETS, r"(?! of\b)"))
# "the Singapore summit", "the Singapore statement": the meeting held there, not the state
NOT_AFTER["Vladivostok"] = NOT_AFTER["Singapore"] = (
    r"(?![ -](?:summit|statement|declaration|agreement|meeting|talks|deal|accord|joint"
    r"|pledge|commitments?|understanding|process|framework|spirit|principles))"
)
# "a professor at Incheon Global University": a school named after the city, no party
NOT_AFTER["Incheon"] = r"(?![ -](?:Global|Institute|University|National|Metropolitan)\b)"
# "a Senate Armed Services Committee hearing": a committee's sitting, named as where or when
NOT_AFTER["Senate"] = r"(?! (?:[A-Z][\w-]+ ){1,3}Committees?\b)"
NOT_BEFORE: dict[str, str] = {
    "Security Council": r"(?<!National )(?<!national )",
    "Joint Chiefs of Staff": r"(?<!US )(?<!American )",
    "Joint Chiefs": r"(?<!US )(?<!American )",
    "JCS": r"(?<!US )(?<!American )",
    # "in the months since Singapore", "after Singapore, the two sides …": the summit named by
    # its venue as a point in time, not the state acting
    "Singapore": r"(?<!\bsince )(?<!\bafter )(?<!\bbefore )(?<!\buntil )",
}

# Not "the rail-mounted building" at a launch site, "a road-mobile missile": how a weapon or
# its gear moves, no rail or road link between the Koreas (after "rail", "road")
NOT_WEAPON_GEAR = r"(?!\w*-(?:mounted|mobile|borne|based)\b)"
# Not "the Russian-Chinese road map", "a joint roadmap": a plan, no road (after "road")
NOT_A_PLAN = r"(?!\s?maps?\b)"

# What a cooperation project is called, its slug, and the parties whose project it is.
PROJECTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # "the rail and road links": one project, the railways' (the roads go with them)
    # "held a ceremony for the reconnection": the railways' reconnection, told again
    (r"rail(?:way|road)s?|rail links?|rail lines?|rail(?:way)? study|rail(?= and roads?\b)"
     r"|(?<=\bthe )reconnection\b(?! of)",
     "rail-links",
     ("KOR", "PRK")),
    # not a course taken: "might seek a 'new road'", "the road to sanctions relief", "by road"
    (r"(?<!\bnew )(?<!\bby )road(?! to\b)" + NOT_A_PLAN + r"|roads", "road-links", ("KOR", "PRK")),
    (r"liaison office|office in (?:the North's (?:border )?town of )?Kaesong", "liaison-office",
     ("KOR", "PRK")),
    # not "in the North's border town of Kaesong", where something else was done
    (r"(?<!\btown of )(?<!\bcity of )Kaesong(?: industrial (?:complex|park))?", "kaesong",
     ("KOR", "PRK")),
    (r"Mount Kumgang|Kumgang", "mount-kumgang", ("KOR", "PRK")),
    # "agreed on the reunions": in the two Koreas' news the plural is the families' reunions
    (r"family reunions?|reunions(?: of (?:separated )?families)?", "family-reunions",
     ("KOR", "PRK")),
    # "destroyed one of its own posts", "ten of their front-line posts"
    (r"guard posts?|(?:front-line|border) posts?|(?:(?<=\bits )|(?<=\btheir )|(?<=\bown ))posts?",
     "guard-posts", ("KOR", "PRK")),
    (r"military agreement|military accord", "military-agreement", ("KOR", "PRK")),
    (r"joint (?:Olympic )?team", "joint-team", ("KOR", "PRK")),
    (r"(?:nuclear )?test site|Punggye-ri", "punggye-ri", ("PRK",)),
    (r"Yongbyon", "yongbyon", ("PRK",)),
    # "a major missile engine testing site", "the engine test stand": the Sohae site by what
    # is done there
    (r"Sohae|(?:missile[ -])?engine test(?:ing)? (?:site|stand)|launch site", "sohae", ("PRK",)),
)  # fmt: skip


# "declared that the North no longer felt bound by its moratorium": the telling of a restraint
# one set oneself, dropped (not when "… and warned that …" goes on to tell the threat itself:
# one threat, told by its own verb)
NO_LONGER_BOUND = (
    r"\b(?:said|says|declared|declares|announced|stated|told)(?=(?:\s+[\w.,'’-]+){0,14}?\s+"
    r"no\s+longer\s+(?:felt\s+|feels\s+|considered\s+itself\s+)?bound\s+by\b"
    r"(?![^.;]*?\band\s+(?:also\s+)?(?:warned|threatened|vowed)\b))"
)


@dataclass(frozen=True)
class Verb:
    pattern: str
    code: str
    absorbs: bool = False
    """Takes an infinitive as its content ("agreed to reconnect"): that verb is no report."""
    reciprocal: bool = False
    """Joint actors doing it do it to each other (meeting, agreeing)."""
    place_target: bool = False
    """A place after it is its target ("visited Pyongyang")."""
    inverse: bool = False
    """Its subject is the target and the one after "from" the actor ("received a letter from")."""
    fronted: bool = False
    """Its object comes before it, in a relative clause ("drills that the allies began on Aug. 5"):
    only a report after such a clause's head."""


# What one states readiness to do: "was ready to", "prepared to", "willing to"
_READY_TO = r"(?:(?<=\bready to )|(?<=\bprepared to )|(?<=\bwilling to ))"
# How one talks with another, between the verb and "with": "talk directly with"
_MANNER = r"(?:(?:directly|face-to-face|personally|bilaterally|privately|separately) )?"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The day told between a verb and its object: "spoke on Thursday with"
_ON_A_DAY = r"(?:on (?:" + "|".join(WEEKDAYS) + r") )?"


def _forms(*stems: str) -> str:
    return "|".join(stems)


# "postponed their combined command post training": military training told as a drill, not
# "the training of troops" nor "training programmes"
_DRILL_TRAINING = (
    r"(?:(?:combined|joint|military|field|command post|allied|routine)\s+)training"
    r"(?!\s+(?:of|for|programs?|programmes?|cent(?:er|re)s?|courses?|camps?)\b)"
)

# "pledged his full support for Seoul's efforts": support promised is support given (051),
# not a pledge of an act to come
_PLEDGED_SUPPORT = r" (?:its |his |her |their )?(?:full |strong |firm |continued )?support\b"

# "fired what it called a new rocket", "what the South's military believed were cruise
# missiles", "what appeared to be": how someone named the weapon, between the verb and it
WHAT_IT_CALLED = (
    r"(?:what (?:[\w'’-]+ ){0,5}?(?:call(?:s|ed)|describe[sd] as|(?:said|says|believed|believes"
    # "what Seoul's Joint Chiefs of Staff took to be cruise missiles"
    r"|thought|took|takes) (?:was|were|to be)|appear(?:s|ed) to be) )?"
)

# "fired a barrage of what appeared to be cruise missiles": how many were fired, told as a
# salvo, between the verb and how the weapon was named
_SALVO_OF = r"(?:(?:an?|another) (?:barrage|volley|salvo|series|flurry|string|battery|number) of )?"

# "call on Foreign Minister Kang Kyung-wha on Friday", with no appeal "to" follow: a visit
_CALL_ON_VISIT = (
    r"\s+(?:[A-Z][\w.'’-]*\s+){1,6}(?:on\s+[A-Z]\w*|before|after|during)\b"
    r"(?![^,.;]*?\bto\s+[a-z])"
)


VERBS: tuple[Verb, ...] = (
    Verb(r"(?:test[- ]fir(?:e|es|ed|ing)|test[- ]launch(?:es|ed|ing)?|fir(?:e|es|ed|ing)"
         r"|launch(?:es|ed|ing)?"
         # "first flew an SLBM on Aug. 24, 2016": a missile flown is a missile launched
         r"|fl(?:ew|own)(?=\s+(?:an?|its|the|two|three)\s)"
         # "an engine test stand and a rocket assembly building": a place, not a launch
         r"|test(?:s|ed|ing)?)\s+(?!as\s|(?:stand|site|pad|ground|facility)\b)"
         + _SALVO_OF
         + WHAT_IT_CALLED
         + r"(?:(?!nuclear (?:device|bomb|weapon))[\"“]?\w+[\"”]?[- ]){0,6}?"
         r"(?:ballistic |cruise |short-range "
         r"|long-range |new |two |three |several |submarine-launched |intercontinental "
         r"|intermediate-range |medium-range |land-based |solid-fuel(?:led)? )*(?:missiles?"
         r"|rockets?|projectiles?|ICBMs?"
         # "launched satellites on Dec. 12, 2012": on a long-range rocket, a launch all the same
         r"|SLBMs?|Hwasong-\d+\w*|Pukguksong-\d+|KN-\d+|satellites?)"
         r"|put (?:an? |its )?(?:[\w-]+ ){0,3}?satellites? into orbit"
         r"|(?:test[- ]fir\w*|fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|test(?:s|ed|ing)?)\s+"
         # ("tested a \"new-type\" tactical guided weapon": a word in quotation marks too)
         # "test-fired a new weapon", "fired two short-range weapons": a weapon told as new or
         # by its range is a test too
         r"(?:[\w\"“”-]+ ){0,6}?(?:guided|tactical|strategic|new|new-type|short-range) weapons?"
         # "demonstrated what its media called a new tactical guided weapon", "tried out its
         # multiple rocket launcher once more": a weapon shown or tried out is tested
         r"|(?:demonstrat(?:e|es|ed)|tri(?:ed|es) out)\s+" + WHAT_IT_CALLED
         + r"(?:an? |its |the |their )?(?:[\w\"“”-]+ ){0,4}?(?:(?:guided|tactical|strategic"
         r"|new|new-type|short-range) weapons?|rocket launchers?|missiles?|rockets?)\b"
         # "resumed short-range launches on May 4": the aspect verb tells the launches
         r"|resum(?:e|es|ed|ing) (?:its )?(?:(?:short-range|ballistic|long-range|missile"
         r"|weapons?|rocket) )*(?:tests?|testing|launches)"
         # "was first tested on Nov. 29, when the North fired it from a site north of Pyongyang"
         r"|(?:test-)?fir(?:e|es|ed|ing) (?:it|them)(?= (?:from|into|off|toward|towards|over)\b)"
         # "answered the allies' exercise with missile launches on Aug. 6 and 10", "greeted
         # the drills with a salvo of launches": the launches are the subject's own
         r"|(?:answer(?:s|ed)?|greet(?:s|ed)?|respond(?:s|ed)?\s+to)\s+(?:[\w'’,-]+\s+){1,8}?"
         r"with\s+(?:an?\s+|its\s+)?(?:(?:string|salvo|barrage|volley|series|flurry|spate"
         r"|burst)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:launch(?:es)?|firings?|missile\s+tests?)\b"
         # "answered the drills with missile launches, firing two into the sea": a count of
         # the launches just named
         r"|fir(?:e|es|ed|ing) (?:two|three|four|five|several|more|another)"
         r"(?= (?:more )?(?:into|off|toward|towards|over)\b)"
         # "fired two rounds of the same launcher": rounds of a rocket launcher are launches
         r"|(?:test-)?fir(?:e|es|ed|ing)(?= (?:[\w-]+ ){0,2}?rounds? (?:of|from) "
         r"(?:[\w\"“”-]+ ){0,4}?(?:launchers?|missiles?|rockets?)\b)"
         # "Two ballistic missiles were fired by North Korea on Thursday", "a missile fired by
         # the North on Wednesday fell inside the zone": the agent after "by" launched them
         r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=missile )|(?<=missiles )"
         r"|(?<=projectile )|(?<=projectiles )|(?<=rocket )|(?<=rockets )|(?<=ICBM )"
         r"|(?<=SLBM ))(?:test-)?(?:fired|launched)"
         r"(?=\s+by\s+(?:the\s+)?[A-Z])"
         # "personally oversaw the test-firing of a new tactical guided weapon"
         r"|(?:overs(?:aw|ee|ees|een)|supervis(?:e|es|ed)|guid(?:e|es|ed)|watch(?:es|ed)?"
         r"|observ(?:e|es|ed)|attend(?:s|ed)?) (?:the |a |another )?(?:[\w-]+ ){0,2}?"
         r"(?:test-firing|test-fire|test launch|launch|firing|test)(?:es|s)? of\b",
         "X01"),
    # "the Hwasong-15 the North launched in November 2017": the missile named before the
    # subject and its verb, the day after
    Verb(r"(?:(?<=\d the North )|(?<=missile the North )|(?<=missiles the North )"
         r"|(?<=ICBM the North )|(?<=rocket the North )|(?<=\d North Korea )"
         r"|(?<=missile North Korea )|(?<=missiles North Korea ))"
         r"(?:launched|test-fired|fired|tested)(?=\s+(?:on|in|last|earlier|this)\s)"
         # "the North's newest missile, the Hwasong-15 tested last November": a participle
         # right after the missile's designation
         r"|(?:(?<=-\d )|(?<=-\d\d ))(?:launched|test-fired|fired|tested)"
         r"(?=\s+(?:on|in|last|earlier|this)\s)", "X01"),
    Verb(r"(?:conduct(?:s|ed|ing)?|carr(?:y|ies|ied) out)\s+(?:a |its |another )?"
         r"(?:(?:sixth|seventh|new|largest|biggest|first|last|and|most|powerful) ){0,4}"
         r"nuclear tests?"
         r"|test(?:s|ed|ing)? (?:a |its |the )?(?:[\w-]+ ){0,3}?nuclear (?:device|bomb|weapon)",
         "X02"),
    # "carried out what it called a \"crucial test\"" at a launch site: a weapons test
    # "carried out a string of short-range launches", "conducted more than ten rounds of tests"
    Verb(r"(?:conduct(?:s|ed)?|carr(?:y|ies|ied) out)\s+" + WHAT_IT_CALLED
         + r"(?:another |a |an |its |the )?(?:[\w\"“”-]+\s+){0,5}?(?:tests?|launch(?:es)?)\b"
         r"(?!\s+(?:site|stand|pad|ground|facility|vehicle))"
         r"(?!\s+(?:of|on)\s+(?:its\s+)?(?:[\w-]+\s+)?(?:system|model|vaccine|virus))", "X01"),
    # "set an end-of-year deadline for Washington": a demand made of it
    # "the Security Council last tightened the measures on Dec. 22"
    # "struck South Korea off a list of trusted trading partners": a trade curb
    Verb(r"(?:str(?:uck|ike|ikes)|drop(?:s|ped)?|remov(?:e|es|ed))(?=\s+(?:[\w-]+\s+){1,3}?"
         r"(?:off|from)\s+(?:its\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:list|whitelist)\b)",
         "163"),
    Verb(r"tighten(?:s|ed)? (?:the |its |their )?(?:measures|sanctions)"
         # "extended its unilateral sanctions for two more years", "extended for another year
         # the national emergency on which the sanctions rest": kept in force, imposed again
         r"|(?:extend|renew|prolong)(?:s|ed)?\s+(?:for\s+(?:another|a\s+further|two\s+more"
         r"|one\s+more)\s+\w+\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:sanctions|measures|national\s+emergency|(?:travel\s+)?ban)\b"
         # "voted to cap the North's imports": the verb after "to" ("a UN cap on imports" is
         # the noun)
         r"|capp(?:ed|ing)|(?:(?<=\bto )|(?<=\bwould )|(?<=\bwill ))cap"
         r"(?= (?:[\w'’-]+ ){0,3}?(?:imports|exports))", "163"),
    # "the sanctions, first imposed by the Security Council in 2006": a passive whose agent
    # imposed them
    Verb(r"(?:(?<=\bsanctions )|(?<=\bsanctions, )|(?<=\bsanctions, first )"
         r"|(?<=\bsanctions first ))imposed(?= by\b)", "163"),
    Verb(r"impos(?:e|es|ed|ing) (?:a |an )?(?:[\w-]+ )?(?:cap|ceiling|limit|embargo)\b"
         # "Treasury penalised a Russian bank for handling a transaction": a sanction
         r"|penali[sz](?:e|es|ed|ing)\b", "163"),
    Verb(r"set (?:an? |the )?(?:[\w-]+ ){0,2}?deadline"
         # "set the end of the year as a deadline for the United States", "set Washington a
         # year-end deadline": the day named first, or the one it is set for
         r"|set (?:the )?end of (?:the|this) year as (?:an? |the )deadline"
         r"|set (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)? (?:an? |the )(?:[\w-]+ ){0,2}?deadline"
         r"|g(?:ave|ive|ives|iving) (?:\w+ ){1,3}?until (?:the )?(?:end of|year-end)", "100"),
    # "the council unanimously approved new sanctions": a body's vote imposes them
    # "put sanctions on three hacking groups", "placed new sanctions on": imposed (not "put
    # sanctions on hold")
    Verb(r"(?:put|puts|putting|plac(?:e|es|ed|ing)) (?:new |fresh |additional |further )?"
         r"(?:[\w-]+ )?sanctions(?= on (?!hold\b|the table\b))", "163"),
    Verb(r"(?:impos(?:e|es|ed|ing)|slap(?:s|ped)?|announc(?:e|es|ed)|adopt(?:s|ed)?|unveil\w*"
         r"|tighten(?:s|ed)?|approv(?:e|es|ed))\s+(?:the |new |fresh |additional |unilateral "
         r"|further |tougher "
         r"|toughest |harshest |its |their |more |stronger |strongest |the toughest "
         r"|(?:\w+ )?rounds? of )*"
         # "imposed its first-ever sanctions", "unveil its toughest economic sanctions yet"
         r"(?:(?!(?:of|on|for|against|to|and|or|easing|lifting|removal|relief|suspension)\b)"
         r"[\w-]+ ){0,2}?sanctions"  # "has imposed nine rounds of sanctions"
         # "approved the sanctions relief": the relief is granted, not sanctions imposed
         r"(?!\s+(?:relief|exemptions?|waivers?)\b)"
         # "adopted a resolution that capped the North's imports"
         # "adopted a resolution that capped the North's imports", "passed a resolution
         # imposing a ban": the resolution's measure is the body's
         r"|(?:adopt|pass|approv)(?:s|es|ed)? (?:a |an |the )?(?:new |fresh |unanimous )?"
         r"resolution,?(?: that| which)?(?= (?:capp|impos|bann|tighten|restrict|order))"
         # "the Senate passed a defence bill that carries new sanctions on North Korea": a
         # law's sanctions are the legislature's
         r"|(?:pass|approv)(?:es|ed|e)? (?:a |an |the |its )?(?:[\w$'’-]+ ){0,4}?"
         r"(?:bill|legislation|measure)(?=[^.;]{0,80}?\b[Ss]anctions\b)"
         # "designated the two firms", "designated more than 450 entities and people"
         r"|designat(?:e|es|ed) (?:[\w'’-]+ ){0,5}?(?:firms?|compan(?:y|ies)|entities|entity"
         r"|individuals|people|persons|vessels|ships|banks?|networks?|officials|executives?"
         # "designated three hacking groups", "designated its operating units"
         r"|groups?|units?)\b"
         # "OFAC designated Lazarus itself in September": a name designated
         r"|designat(?:e|es|ed)(?= (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}"
         r"(?:,| itself| in| on|\.))"
         r"|blacklisted|(?<!\bon )(?<!\bUN )(?<!\bUS )(?<!\bthe )(?<!\bits )blacklists?"
         # the verb takes an object: "blacklists two banks", not "its own blacklist, freezing"
         r"(?=\s+(?!(?:of|on|in|and|or|for|at|to|by|was|is|that|which|with|as|after)\b)[\w\"“])"
         # "was added to the UN blacklist on June 2": by the list's owner
         r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))(?:added|put|placed)\s+(?:to|on)\s+"
         r"(?:the\s+|its\s+|a\s+)?(?:[\w.-]+\s+){0,3}?(?:blacklist|sanctions\s+list)\b"
         # "hit the country with its biggest package of sanctions yet": the one hit is aimed at
         r"|(?<!\bwere )(?<!\bwas )(?<!\bbeen )hit(?:s|ting)?(?=\s+(?:[\w'’-]+\s+){1,4}?with\s+"
         r"(?:[\w'’-]+\s+){0,5}?(?:sanctions|penalties|embargo)\b)"
         # "added 17 North Koreans linked to the programmes to the bloc's own blacklist"
         r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )add(?:s|ed)?(?=\s+(?:[\w'’-]+\s+){1,10}?to\s+"
         r"(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w.'’-]+\s+){0,3}?(?:blacklist|sanctions\s+list)\b)"
         # a headline's present tense: "US sanctions three North Korean officials", "EU
         # blacklists 17 more North Koreans" (not "the US sanctions on the North", a noun)
         r"|(?:(?<=\bUS )|(?<=U\.S\. )|(?<=\bEU )|(?<=\bUN )|(?<=\bUK )|(?<=\bJapan )"
         r"|(?<=\bTreasury )|(?<=\bWashington ))(?<!he US )(?<!he EU )(?<!he UN )(?<!he UK )"
         r"(?<!he U\.S\. )(?<!he Treasury )(?:sanctions|blacklists)"
         r"(?=\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|more|North Korean"
         r"|Chinese|Russian|Singaporean)\b)"
         # not "the sanctions imposed on it in 2016", a reduced passive with no agent
         r"|sanctioned|impos(?:e|es)(?=\s+(?:on|against)\b)"
         r"|(?<!\bsanctions )(?<!\bmeasures )(?<!\bpenalties )imposed(?=\s+(?:on|against)\b)"
         # "imposed travel bans and asset freezes on 17 more North Koreans"
         r"|impos(?:e|es|ed)\s+(?:new\s+|further\s+)?(?:travel|entry|visa|asset)\s+"
         r"(?:bans?|freezes?)\b"
         # "was imposed by the Security Council", "the limits imposed by the council on Dec. 22"
         # "were imposed in 2016 by Seoul", "was imposed last year by the council": its time
         # between
         r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))imposed(?=\s+(?:(?:in|last|earlier)"
         r"\s+[\w.,]+(?:\s+[\w.,]+)?\s+)?by\b)"
         # "were approved against the North by the council": the agent after the one aimed at
         r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))(?:imposed|approved|adopted)"
         r"(?=\s+(?:on|against)\s+(?:[\w-]+\s+){1,3}?by\b)"
         r"|imposed(?=\s+by\s+(?:the\s+)?[\w ]{2,30}?\s+on\s+[A-Z][a-z]+\.?\s+\d)"
         r"|(?:tighten(?:s|ed)?|impos(?:e|es|ed)|introduc(?:e|es|ed)|expand(?:s|ed)?)"
         r" (?:\w+ ){0,2}?(?:export |trade )?(?:controls|restrictions|curbs)"
         # "removed South Korea from its white list of trusted trading partners"; "approved the
         # removal of South Korea from a list of countries given preferential treatment"
         r"|(?:remov(?:e|es|ed)|drop(?:s|ped)?|strik(?:e|es)|struck|delist(?:s|ed)?"
         r"|(?:approv|announc|finaliz|finalis)(?:e|es|ed) the removal of)"
         r"(?=\s+(?:[\w'’-]+ ){1,4}?from (?:its |a |the |their |our )?(?:[\w\"'“”’-]+ ){0,4}?"
         r"(?:white ?list|whitelist|list)\b)"
         r"|fr(?:eeze|eezes|oze|ozen)\s+(?:[\w'’-]+ ){0,3}?(?:assets|accounts|funds)"
         # "seized over banned coal shipments": the participle describes, no one bans
         r"|(?<!\bover )(?<!\bof )(?<!\bfor )(?<!\bin )(?<!\bthe )(?<!\bwith )(?<!\bon )"
         # "banned North Korea's textile exports": the owner of the goods may come first
         # "voted for sanctions, banning its textile exports": a participle of the same act
         r"bann(?:ed|ing)\s+(?:[\w'’-]+ ){0,3}?(?:imports|exports|ships|vessels|flights"
         r"|entry"
         # "banned ship-to-ship transfers", "banned sales of oil to": any trade in goods
         r"|transfers|sales|shipments|deliveries|purchases|trade)\b"
         # "cut oil exports to North Korea", "halted coal imports from the North", "capped the
         # North's imports of refined oil": a state's own embargo on trade with it
         # (past forms only: "curbs on exports", "a halt to sales" are nouns)
         r"|(?<!\ba )(?:cut|curbed|slashed|halted|suspended|stopped|capped|limited|restricted"
         r"|cutting|slashing|capping)"
         r"(?=\s+(?:(?:its|all|the|North Korean|the North's|Pyongyang's)\s+)?(?:[\w-]+ ){0,2}?"
         r"(?:exports|imports|shipments|sales|deliveries)\s+(?:[\w-]+\s+){0,3}?(?:to|from|of)\b)"
         # "the Security Council responded on Dec. 22 with new sanctions"
         r"|respond(?:s|ed)? (?:[\w.]+ ){0,3}?with (?:new |fresh |tougher |further )*sanctions"
         # "China voted in December for UN sanctions capping the North's oil imports"
         r"|vot(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+|new\s+|tougher\s+|UN\s+"
         r"|last\s+|latest\s+|several\s+|rounds?\s+of\s+)*sanctions"
         # "voted for the Security Council resolution of Dec. 22 that requires …"
         r"|vot(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?for\s+(?:the|a)\s+(?:UN\s+)?"
         r"(?:Security\s+Council\s+|council\s+)?resolutions?(?=\s+(?:of|on|that|which|against"
         r"|imposing|capping|tightening)\b)", "163"),
    # "banned European investment in North Korea": the place invested in is the target
    Verb(r"(?:bann(?:ed|ing)|bans?|prohibit(?:s|ed)?)\s+(?:[\w-]+ ){0,2}?investments?", "163",
         place_target=True),
    # "expelled North Korea's ambassador", "declared the envoy persona non grata"
    Verb(r"expel(?:s|led|ling)?|deport(?:s|ed)?"
         # "ordered them out of the Yongbyon complex", "kicked the inspectors out"
         r"|(?:order(?:s|ed)?|kick(?:s|ed)?|threw|throws?)\s+(?:[\w'’-]+\s+){1,3}?out\b"
         r"(?!\s+(?:a|an|the)\s+(?:test|launch|strike|attack))"
         # "ordered the agency's inspectors to leave the country": told to go, expelled
         r"|order(?:s|ed)?\s+(?:[\w'’-]+\s+){1,3}?to\s+leave\b"
         r"|declar(?:e|es|ed) (?:[\w'’-]+ ){0,5}?persona non grata", "166"),
    Verb(r"(?:eas(?:e|es|ed|ing)|lift(?:s|ed|ing)?|relax(?:es|ed)?)\s+(?:the |some |its )?"
         # "granted an exemption", "had given a similar exemption", "granted a waiver to MSF"
         r"(?:\w+ )?sanctions|(?:grant(?:s|ed)?|approv(?:e|es|ed)|g(?:ive|ives|ave|iven))\s+"
         r"(?:an? |the )?"
         r"(?:[\w-]+ )?(?:sanctions )?(?:exemptions?|waivers?)|exempt(?:s|ed)?"
         # "granted South Korea an exemption": the one it is granted to comes between
         r"|(?:grant(?:s|ed)?|g(?:ive|ives|ave|iven))\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:an?|the)\s+"
         r"(?:[\w-]+ )?"
         r"(?:sanctions )?(?:exemptions?|waivers?)"
         # "has cleared a third consignment of medical supplies for North Korea", "approved its
         # own request to ship test kits": goods let through the sanctions
         r"|clear(?:s|ed)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
         r"(?:consignments?|shipments?|supplies|deliveries|cargoes)\b"
         r"|approv(?:e|es|ed)\s+(?:an?\s+|the\s+|its\s+|their\s+)(?:own\s+)?requests?\s+"
         r"(?:(?:from|by)\s+(?:[\w.'’-]+\s+){1,6}?)?to\s+(?:ship|send|deliver|bring|import)\b"
         r"|(?:order(?:s|ed)?|announc(?:e|es|ed))\s+the\s+(?:withdrawal|lifting|removal|easing)"
         # "ordered the withdrawal of \"additional large scale sanctions\"": quoted or not
         r"\s+of\s+[\"“]?(?:[\w-]+\s+){0,3}?sanctions"
         r"|(?:eas(?:e|es|ed)|lift(?:s|ed)?|relax(?:es|ed)?|scrap(?:s|ped)?|waiv(?:e|es|ed)"
         r"|loosen(?:s|ed)?)\s+"
         # "relaxed the licensing rules for one of the materials"
         r"(?:the |its |a |some |their )?(?:[\w-]+ ){0,2}?(?:ban|restrictions|curbs|embargo"
         r"|export controls|controls|(?:licens\w+|export|trade) rules)", "085", place_target=True),
    # "would review its ban on travel to the North": a step toward easing a ban, not yet taken
    Verb(r"review(?:s|ed|ing)?\s+(?:its|the|their|a)\s+(?:[\w-]+\s+)?"
         r"(?:ban|restrictions|curbs|embargo|sanctions)\b", "0351", place_target=True),
    # "was reviewing whether to lift the May 24 measures": an easing weighed, not yet decided
    Verb(r"(?:review|consider|weigh)(?:s|ed|ing)?\s+whether(?=\s+to\s+(?:lift|ease|scrap"
         r"|remove|relax|loosen|end|suspend)\b)", "014", place_target=True, absorbs=True),
    # "came away with a promise that Washington would keep its commitments", "won an assurance
    # from Biden that": a promise received, made by the one it names to its subject
    Verb(r"(?:c(?:a|o)me(?:s)? away with|w(?:o|i)n(?:s)?|secur(?:e|es|ed)|obtain(?:s|ed)?)"
         r" (?:a |an )?(?:[\w-]+ ){0,2}?(?:promise|pledge|assurance)s?(?= (?:from|that)\b)",
         "030", inverse=True),
    # "a pledge made by Moon and Kim at their first summit"
    Verb(r"(?:(?<=\bpledge )|(?<=\bpromise )|(?<=\bcommitment ))made(?= by )", "030",
         reciprocal=True, absorbs=True),
    # "the pledge Kim made at his summit with Moon", "promises that Moon and Kim made in
    # Pyongyang": the pledge named before its verb, in a relative clause
    Verb(r"made(?=\s+(?:to|at|on|in|during|last|earlier|before)\s)", "030",
         reciprocal=True, fronted=True),
    # (not "signed a wooden railway sleeper" at a groundbreaking: a keepsake, no agreement)
    Verb(r"sign(?:s|ed|ing)(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?sleepers?\b)"
         r"|(?<!\ba )(?<!\bthe )(?<!\bpositive )(?<!\bgood )(?<!\bclear )"
         r"(?<!\bfirst )(?<!\bno )(?<!\bany )(?<!\bencouraging )sign(?!\s+(?:of|that)\b)"
         r"|initial(?:l?ed|s)"
         # "struck a deal with Seoul", "inked an accord": an agreement signed
         r"|(?:struck|ink(?:s|ed)|seal(?:s|ed)) (?:an? |the |their )?(?:[\w-]+ ){0,2}?"
         r"(?:deal|agreement|accord|pact)\b"
         # "adopted a joint statement": a document adopted is one signed (a resolution
         # adopted is the council's sanction)
         r"|adopt(?:s|ed|ing)? (?:an? |the |their )?(?:[\w-]+ ){0,3}?(?:statement|declaration"
         r"|agreement|accord|communiqu[eé])\b",
         "057", absorbs=True, reciprocal=True),
    Verb(r"agree(?:s|d)?|reach(?:es|ed)? (?:an? |the )?(?:\w+ )?(?:agreement|deal|accord"
         r"|consensus)", "030", absorbs=True, reciprocal=True),
    Verb(_forms(r"pledg(?:e|es|ed|ing)(?!" + _PLEDGED_SUPPORT + ")",
                r"promis(?:e|es|ed|ing)", r"vow(?:s|ed|ing)?",
                # "had committed, during Pompeo's visit on Oct. 7, to the dismantlement"
                r"commit(?:s|ted)?(?:, (?:during|at|in|on|after|when) [^,;]{1,80},)? to",
                r"reaffirm(?:s|ed)? (?:\w+ ){0,2}?commitment",
                # "assured him that it would never allow": a promise to the one assured (also
                # "assured President Moon in a telephone call on Thursday that")
                r"assur(?:e|es|ed)(?= (?:[\w'’-]+ ){1,4}?that\b"
                r"| (?:[\w'’.-]+ ){1,5}?(?:in|during|by) (?:a |an |their |the )?(?:[\w-]+ )?"
                r"(?:call|conversation|letter|meeting|talks)(?: on [A-Z]\w+)? that\b)",
                # "had assured him the security treaty covered the islands": "that" left out
                r"assur(?:e|es|ed)(?= (?:him|her|them) (?:the|its|his|her|their|[A-Z])[\w.'’-]*"
                r" (?:[\w.'’-]+ ){0,5}?(?:would|will|covered|covers|remained|remains|was|is)\b)",
                r"express(?:es|ed)? (?:\w+ ){0,2}?(?:willingness|readiness|intention)",
                # "on January 5 it accepted the date": the day another proposed
                r"accept(?:s|ed)? (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:invitation|offer|proposal"
                r"|date)\b",
                # "invited Putin to visit … and that Putin accepted", "Putin accepted, KCNA
                # said": an acceptance with no object takes what the sentence offered
                r"accept(?:s|ed)(?=\s*(?:[,.;]|$)|\s+with\s+pleasure\b)"),
         "030", absorbs=True, reciprocal=True),
    # "China and Russia proposed that the council lift a ban": a joint proposal is put to
    # others, not to each other
    # "remained ready to play an essential role in verifying the North's programme": an offer
    Verb(r"(?<=\bto )play (?:a|an|its|the) (?:[\w-]+ ){0,2}?role in (?:verifying|verification"
         r"|monitoring|inspecting|inspections)\b"
         # "was prepared to pursue the Singapore commitments simultaneously": an offer
         r"|(?<=\bto )pursue (?:the |all (?:the )?|its |their )?"
         r"(?:[\w-]+ ){0,2}?(?:commitments|agreements?|pledges|promises)\b", "030"),
    # "offered a brief explanation", "offers a timeline": words given, not an offer to anyone
    Verb(_forms(r"offer(?:s|ed|ing)?(?!\s+(?:[\w-]+\s+){0,2}?(?:explanations?|accounts?|details"
                r"|timelines?|assessments?|comments?|clarifications?|justifications?)\b)",
                r"propos(?:e|es|ed|ing)",
                # "circulated a draft Security Council resolution"; "circulated to members of
                # the Security Council a draft resolution": those it went to told first
                r"circulat(?:e|es|ed) (?:(?:to|among) (?:the )?(?:\w+ ){0,2}?(?:members|states)"
                r"(?: of the (?:UN |U\.N\. )?(?:Security )?[Cc]ouncil)? )?"
                r"(?:a |the )?(?:draft )?(?:(?:UN|U\.N\.|[A-Z][a-z]+) ){0,3}"
                r"resolution"),
         "030", absorbs=True),
    # "was prepared to take concrete, simultaneous steps toward an agreement": a stated readiness
    # "prepared to take simultaneous actions and concrete steps toward", "ready to take
    # concrete steps, in parallel, toward": the steps after a list or an aside
    Verb(_READY_TO + r"take "
         r"(?:[\w\"“”,-]+ ){0,4}?steps[\"”]?"
         r"(?=,? (?:[\w,-]+ ){0,2}?(?:toward|towards|to)\b)", "030"),
    # "was willing to help resolve the North's concerns", "ready to cooperate on anti-epidemic
    # work": a stated readiness to help is an offer to the one helped
    Verb(_READY_TO + r"(?:help|assist"
         r"|cooperate)\b(?! with\b)"
         # "his government was open to helping North Korea": the same readiness, as a gerund
         r"|(?<=\bopen to )(?:help|assist)ing\b"
         # "ready to keep helping the North": the same readiness, to go on helping
         r"|" + _READY_TO + r"(?:keep|continue) (?:help|assist)ing\b"
         # "ready to do what it can to help address the North's concerns": the same offer
         r"|" + _READY_TO + r"do (?:what|all|everything|whatever) (?:\w+ )?can to (?:help|assist)\b"
         # "said Beijing was willing to play a \"positive and constructive role\"": an offer
         # of good offices to the parties of the issue
         r"|" + _READY_TO + r"play (?:a|an|its) [\"“]?(?:[\w-]+ (?:and )?){0,2}?"
         r"(?:constructive|positive|active|mediating|bridging)[\"”]? role\b", "030"),
    Verb(r"invit(?:e|es|ed)", "036", absorbs=True),
    # "Moscow and Beijing put forward a joint roadmap"
    Verb(r"(?:put(?:s)? forward|present(?:s|ed)?|submit(?:s|ted)?|tabl(?:e|es|ed))"
         r"(?= (?:a |an |the |their |its )?(?:[\w-]+ ){0,3}?(?:plan|proposal|road ?map|initiative"
         r"|resolution|draft))"
         # "made a proposal to Pyongyang for talks": the act told by a light verb and its noun
         r"|ma(?:de|ke|kes|king)(?= (?:a |an |the |its |their |his |her )?(?:[\w-]+ ){0,2}?"
         r"(?:proposal|offer)s? (?:to|for)\b)", "030"),
    # "reached out to Pyongyang with an offer of aid": an overture to the one reached
    Verb(r"reach(?:es|ed|ing)? out to\b", "030"),
    # "extended an invitation to Moon", "issued an invitation to the North's leader"
    Verb(r"(?:extend|issu)(?:s|es|ed|e|ing)?(?= (?:a |an |the |its |his |her )?"
         r"(?:[\w-]+ ){0,2}?invitations? to\b)", "036", absorbs=True),
    # "conveyed her brother's invitation to Moon", "passed on Putin's invitation": the one who
    # carries an invitation gives it, as the one who carries a letter sends it
    Verb(r"(?:convey(?:s|ed)?|relay(?:s|ed)?|pass(?:es|ed)? on|deliver(?:s|ed)?"
         r"|hand(?:s|ed)? over)(?= (?:a |an |the |its |his |her |their )?"
         r"(?:[\w'’-]+ ){0,2}?invitations?\b)"
         # "handed him her brother's invitation", "gave Moon the invitation": the one handed it
         # told first, as with a letter
         r"|(?:hand(?:s|ed)?|g(?:ive|ave|ives))(?= (?:[\w'’.-]+ ){1,4}?(?:a |an |the |its |his "
         r"|her |their )(?:[\w'’-]+ ){0,2}?invitations?\b)", "036", absorbs=True),
    # "has given the United States until the end of the year to come up with"
    Verb(r"g(?:ive|ives|iven|ave)(?= (?:[\w'’-]+ ){1,4}?(?:until|till) )"
         # "would wait until the end of the year for Washington to come up with": the same
         # deadline, told from the side of the one who sets it
         # (the time quoted: 'would wait "until the end of this year" for')
         r"|wait(?:s|ed|ing)?(?= (?:[\w'’\"“”-]+ ){0,3}?[\"“]?(?:until|till) (?:the end of|year-end"
         r"|then)"
         r"[^.;]{0,25}? for )", "100"),
    # "open to dialogue with the North", "ready for talks": a stated readiness
    Verb(r"open to (?:(?:a|an|the|further|more|new|direct|renewed|resuming|another|third"
         r"|fourth|second)\s+){0,2}(?:dialogue|talks|negotiations|summit|meeting|diplomacy)"
         # "said he was open to speaking with Kim": the readiness told as a gerund of talk
         r"|open to (?:speaking|talking)(?= (?:directly |again |personally )?(?:with|to) )"
         r"|ready for (?:(?:a|the|further|more|new|direct|renewed|another)\s+){0,2}(?:dialogue"
         r"|talks|negotiations|summit|meeting)"
         # "told her the door to negotiations with the North remained open": a stated readiness
         r"|the door (?:for|to|of) (?:further |direct |renewed )?(?:dialogue|talks"
         r"|negotiations|diplomacy)(?=(?: with [^,.;]{1,40}?)? (?:remain(?:s|ed)?|stay(?:s|ed)?"
         r"|is|was) (?:still |wide )?open\b)"
         # "would seek to meet Kim soon", "is expected to push for a fourth meeting with Kim":
         # a meeting sought, aimed at the one to be met
         r"|(?:seek(?:s|ing)?|sought) to (?:meet|see)(?= (?:the |his |her )?[A-Z])"
         r"|push(?:es|ed|ing)? for (?:a|an|another) (?:[\w-]+ )?(?:meeting|summit|talks)(?= with\b)"
         # "was prepared to engage immediately in negotiations": a stated readiness to talk
         r"|" + _READY_TO + r"engage "
         r"(?:immediately |directly |seriously )?in (?:[\w-]+ )?(?:talks|dialogue|negotiations)"
         r"(?! with\b)"
         # "told Pyongyang that his team was ready to talk": readiness, no one named after it
         r"|" + _READY_TO + r"talk\b(?!\s+(?:with|to)\b)", "036"),
    Verb(r"(?:hold|holds|held|holding) (?:a |their |its )?(?:first |second |third )?"
         r"(?:negotiations|working-level talks)|negotiat(?:e|es|ed)"
         # "spent three days in Pyongyang negotiating with his counterpart"
         r"|negotiating(?= with\b)"
         r"|(?:led|leads?) the (?:talks|negotiations)"
         # "led the American side at working-level talks with the North": the talks he led
         r"|(?:led|leads?|headed|heads?) (?:the|his|her|its) (?:[\w-]+ )?(?:side|delegation|team)"
         r" (?:at|in) (?:the )?(?:[\w-]+ ){0,2}?(?:talks|negotiations)(?= with\b)"
         r"|(?:resum(?:e|es|ed)|restart(?:s|ed)?) (?:\w+[ -]){0,3}?(?:talks|negotiations"
         r"|dialogue)"
         # "will have to return to the table within months": the table is the talks'
         r"|return(?:s|ed|ing)? to (?:the )?(?:talks|negotiations|negotiating table|dialogue"
         r"|table\b)"
         # "was ready to return to Stockholm for another round": the place of the talks named
         r"|return(?:s|ed|ing)? to [A-Z][\w-]+ for (?:another|a new|a second|a third|a further"
         r"|more|further) (?:round|talks|negotiations)"
         # "would continue talks with the US on the scope of the suspension"
         r"|continu(?:e|es|ed) (?:the |their |its )?(?:[\w-]+ )?(?:talks|negotiations|dialogue)"
         r"(?= with\b)"
         r"|(?:open(?:s|ed)?|beg(?:an|in|ins)|start(?:s|ed)?|launch(?:es|ed)?) (?:a |the |their )?"
         r"(?:new |fresh |first |second |third |fourth |fifth |another |latest )?"
         r"(?:round of )?(?:talks|negotiations)"
         # "remained ready to work toward a deal acceptable to both sides": a negotiation
         r"|(?<=\bto )work (?:toward|towards) (?:a |an )?(?:[\w-]+ ){0,2}?(?:deal|agreement"
         r"|settlement|compromise)\b"
         # "ready to keep negotiating", "ready to continue the negotiations"
         r"|(?<=\bto )(?:keep|continue) (?:on )?(?:negotiating|talking)\b"
         # "was prepared to engage as soon as it heard from Pyongyang": readiness to talk
         r"|" + _READY_TO + r"engage\b"
         r"|(?<=\bto )continue (?:the |its |their )?(?:talks|negotiations|dialogue)\b"
         # "was prepared to take concrete, simultaneous steps toward an agreement"
         r"|(?<=\bto )take (?:[\w,-]+ ){0,3}?steps (?:toward|towards) (?:a |an )?(?:[\w-]+ ){0,2}?"
         r"(?:deal|agreement|settlement)\b"
         r"|(?:hold|holds|held|holding) (?:a |the |their )?(?:first |second |third |fourth |fifth "
         r"|sixth |seventh |eighth |ninth |tenth |new |another |final )?round\b", "046",
         reciprocal=True),
    Verb(r"(?:hold|holds|held|holding)\s+(?!(?:an? )?(?:emergency|news|press|cabinet|party"
         r"|plenary|national|internal|parliamentary)\b)(?:[\w,-]+ ){0,4}?(?:talks|summits?"
         r"|meetings?|consultations|discussions|video conference|phone call"
         # "held their first policy dialogue on export controls in three years"
         r"|telephone call|teleconference|dialogues?\b(?! with (?:its|their|his|her) own\b))"
         # "the National Security Council met in emergency session": a body's own sitting,
         # as the "held" above excludes it
         r"|(?:meet(?:s|ing)?|met)(?!\s+in\s+(?:an?\s+)?(?:emergency|closed|closed-door|special"
         r"|urgent|plenary|extraordinary)\s+sessions?\b)"
         r"|sit(?:s|ting)? down (?:for talks )?with|sat down with"
         r"|(?:shook|shak(?:e|es|ing)) hands(?: with)?"
         r"|discuss(?:es|ed|ing)?|consult(?:s|ed|ing)?"
         # a greeting, not an act received "with an expression of regret" (read as 111)
         r"|greet(?:s|ed)?(?!\s+(?:[\w'’-]+\s+){0,6}?with\s+(?:an?\s+)?(?:expressions?\s+of\s+)?"
         r"[\"“]?(?:(?:strong|deep|grave)\s+)?(?:regret|concern|criticism|protests?|condemnation"
         r"|disappointment|dismay|anger)\b)"
         # "greeted the allies' exercise with a string of launches": weapons fired, no meeting
         r"(?![^;]{0,80}?\bwith\s+(?:an?\s+)?(?:(?:string|salvo|barrage|volley"
         r"|series|flurry)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:launch(?:es)?|missiles?|rockets?"
         r"|projectiles?|tests?|firings?)\b)"
         # "would keep coordinating closely with the United States"
         r"|coordinat(?:e|es|ed|ing) (?:[\w-]+ ){0,3}?with|confer(?:s|red)? with"
         # "left for Washington to compare notes with his US counterpart": a consultation
         r"|compar(?:e|es|ed|ing) notes with"
         # "raised the abductions with Kim": brought a matter up with someone, in a talk
         r"|rais(?:e|es|ed|ing) (?:(?!(?:if|when|and|but|talks|its|their)\b)[\w'’-]+ ){1,6}?"
         r"with(?= (?:the |his |her |[A-Z]))"
         r"|(?:keep|keeps|kept|stay|stays|stayed|remain|remains|remained|is|was|are|were|been)"
         r" in (?:close )?(?:contact|touch|communication) with"
         r"|engag(?:e|es|ed|ing) in (?:[\w-]+ )?(?:talks|dialogue|negotiations|consultations)"
         r" with"
         r"|(?:cooperat(?:e|es|ed|ing)|work(?:s|ed|ing)?) (?:closely |together |fully )?with"
         r"|brief(?:s|ed)?|briefing(?= [A-Z])"  # "before briefing Moon in Seoul"
         # "spoke twice by telephone with": how often, between the verb and the line
         r"|(?:sp(?:oke|eaks?)|talk(?:s|ed)?) (?:(?:with|to) (?:[\w-]+ ){1,5}?)?"
         r"(?:(?:twice|again|briefly) )?"
         r"(?:by phone|on the phone"
         r"|by telephone)|(?:held|holding|had|having) (?:a )?(?:brief |short )?"
         r"(?:phone |telephone )?(?:call|talks|conversation)(?= with)|(?:tele)?phon(?:ed|es)"
         # "held three days of talks near Stockholm with", "two rounds of talks in Seoul with"
         r"|(?:held|holding|hold|holds) (?:\w+ ){1,2}(?:days|rounds|hours) of talks"
         r"(?= (?:(?:in|near|at|outside) (?:[A-Z][\w-]* ?){1,2})?with\b)"
         # "had spoken with South Korean President Moon", "talked to his counterpart"
         r"|talk(?:ed|s)? for (?:about |more than |nearly |over )?(?:\w+ ){0,2}?(?:hours?|minutes)"
         # "They spoke for 11 minutes on the sidelines of a regional summit": a talk, not a
         # speech ("spoke for seven minutes after watching …")
         r"|spoke for (?:about |more than |nearly |over |some )?(?:\w+ ){0,2}?(?:hours?|minutes)"
         r"(?= (?:with|on the sidelines|by (?:tele)?phone|over the (?:tele)?phone)\b)"
         # "would not talk to", "was prepared to talk directly with": an adverb of manner
         r"|(?:(?<=\bto )|(?<=\bnot ))talk " + _MANNER + r"(?:with|to)(?= (?:the |[A-Z]))"
         # "spoke on Thursday with Japanese Prime Minister Suga": the day between the verb and
         # the one spoken with
         r"|(?:sp(?:oke|oken|eaks?)|talked) (?:(?:by phone|briefly) )?" + _MANNER + _ON_A_DAY
         + r"(?:with|to)"
         r"(?= (?:his |her |their |the )?(?:counterpart|[A-Z]))(?! [A-Z][a-z]+ (?:reporters"
         r"|journalists|lawmakers))"
         r"|exchang(?:e|es|ed) views"
         # "attended talks with Moon", "attended the summit with Trump": a meeting joined
         r"|attend(?:s|ed)? (?:the |their |a )?(?:[\w-]+ ){0,2}?(?:talks|summit|meeting)(?= with\b)"
         # "had a historic meeting with", "had separate meetings with", "had good discussions
         # with": a meeting told with "had" and a noun (not "had proposed talks with")
         r"|(?:had|has|have|having) (?:an? |separate )?(?:(?!\w+ed\b)[\w\"“”-]+ ){0,2}?"
         r"(?:meetings?|discussions?)(?= with\b)"
         # "had an in-depth exchange of views", "held a \"candid\" exchange of views"
         r"|(?:had|has|have|having|hold|holds|held|holding) (?:an? )?"
         r"(?:(?!\w+ed\b)[\w,\"“”-]+ ){0,3}?exchanges? of views"
         r"|(?:had|has|have|hosted|hosts) (?:a |an )?(?:private |working |state |official )?"
         r"(?:dinner|lunch|luncheon|breakfast|banquet)(?= with)"
         r"|receiv(?:e|es|ed|ing)(?= (?:a |an |the |his |her )?(?:[\w'’-]+ ){0,3}?(?:envoys?"
         r"|delegation|visit|emissar(?:y|ies)|counterpart|aides?)\b)"  # "Kim's top aide"
         # "Moon received Secretary of State Mike Pompeo at Blair House": a meeting
         # (after "US" too: "receiving U.S. Secretary of State Mike Pompeo")
         r"|receiv(?:e|es|ed|ing)(?= (?:[A-Z][A-Za-z]+ ){0,2}(?:(?:Secretary|Vice President"
         r"|President|Prime Minister|(?:Foreign|Defen[cs]e|Unification) Minister|Chancellor)\b"
         r"|(?:Pompeo|Pence|Bolton|Biegun|Lavrov|Wang|Esper|Mattis|Moon|Trump|Abe|Xi|Putin|Kang"
         r"|Kono)\b(?!['’])))(?!(?: [\w'’-]+){1,7}? (?:letter|message)\b)"
         # "Pompeo called Foreign Minister Kang": a call, not "called Pence a dummy"; the
         # predicate follows the name within a few words ("called Moon from Air Force One and
         # asked him to play a role" is a call)
         r"|call(?:s|ed)?(?= (?:Moon|Trump|Abe|Xi|Putin|Pompeo|Kang|Biegun|Kono|Suga|Macron"
         r"|Merkel)\b(?!['’]))(?!(?:\s+[^\s,.;]+){1,6}?\s+(?:a|an)\s)(?![^,.;]*?[\"“])"
         r"|call(?:s|ed)?(?= (?:his |her |their )?(?:counterpart|(?:[A-Z][a-z]+ ){0,2}"
         r"(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Defen[cs]e Secretary"
         r"|Secretary of State|Chancellor)\b))(?!(?:\s+[^\s,.;]+){1,6}?\s+(?:a|an)\s)"
         r"(?![^,.;]*?[\"“])",
         "040", reciprocal=True, place_target=True),
    # "dined with Moon at the Blue House", "the two leaders played golf": a meal or a game
    # together is a meeting
    Verb(r"din(?:e|es|ed|ing)(?=\s+(?:with|together|on|at|in)\b)"
         r"|(?:lunch|breakfast)(?:ed|es|s)?(?=\s+with\b)"
         r"|play(?:s|ed|ing)?\s+(?:a\s+round\s+of\s+)?golf",
         "040", reciprocal=True),
    # "the hotline was cut by the North", "the park was closed by Seoul on Feb. 10, 2016"
    Verb(r"(?:(?<=\bwas )|(?<=\bwere ))(?<!drill was )(?<!drills were )(?<!exercise was )"
         r"(?<!exercises were )(?:cut|closed|shut down|halted|suspended|called off|cancell?ed"
         r"|scrapped|broken off)"
         # "were halted in 2005 by Washington", "was closed in February 2016 by Seoul"
         r"(?= (?:on [\w.]+ \d{1,2},? (?:\d{4} )?|in (?:[A-Z][a-z]+ )?\d{4} )?by (?:the |[A-Z]))"
         # "cut the inter-Korean lines": a hyphened word before the lines
         r"|cut(?:s)? (?:off )?(?:[\w-]+ ){0,3}?(?:communication|hotlines?|lines|contacts?|ties)"
         r"|cut(?:s)? short|br(?:oke|eaks?) off"
         # "walked out of the talks", "walked out after a single day"; not "walked out of a
         # building to greet Trump": leaving a place is no break with anyone
         r"|walk(?:s|ed|ing)? out(?! of)|walk(?:s|ed|ing)? out of(?=\s+(?:after|in|on)\b"
         r"|\s+(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations|dialogue|meeting|summit|round"
         r"|session|pact|agreement|deal)\b)"
         # "left the table after 80 minutes": the negotiating table walked away from
         r"|(?:left|leaves|leave|leaving) the (?:negotiating )?table\b"
         # "the North cut it off": the pronoun stands for the channel told before
         r"|cut(?:s)? (?:it|them) off\b"
         r"|sever(?:s|ed)? (?:[\w-]+ ){0,3}?(?:ties|lines?|hotlines?|contacts?|relations)"
         # "Seoul shut the Kaesong industrial park": "shut" alone as "shut down"; "closed its
         # borders" against a virus is shut to everyone, aimed at no state
         r"|(?:shut(?:s)?(?: down)?|clos(?:e|es|ed))(?=\s+(?:\w+[ -]){0,4}?(?:Kaesong|office"
         r"|complex|liaison|border(?!s)|lines?|embassy))"
         r"|(?:halt(?:s|ed)?|suspend(?:s|ed)?|stop(?:s|ped)?) (?:\w+ ){0,3}?(?:operations"
         r"|exchanges|cooperation|tours|trips|flights|trade|work|construction|service)"
         # "told Seoul it was suspending the visit of an advance team": a visit put off
         r"|suspend(?:s|ed|ing)? (?:the |a |its |their )?(?:planned )?visits?(?= (?:of|by)\b)"
         r"|cut(?:s)? off (?:\w+ ){0,3}?(?:supply|supplies|electricity|power|aid)"
         r"|downgrad(?:e|es|ed) (?:\w+ ){0,3}?(?:ties|relations)"
         # "pulled its entire staff out of the liaison office"
         r"|pull(?:s|ed)? (?:[\w-]+ ){0,3}?(?:staff|officials|personnel|workers)(?= out)"
         r"|(?:pull(?:s|ed)? out|withdr(?:aw|aws|ew)) (?:\w+ ){0,2}?(?:staff|officials"
         r"|personnel|workers)", "161"),
    # "pulled its staff out on March 22, then sent some of them back", "…, returning some of
    # them three days later": staff sent back to a joint post, the channel restored
    # (not "an appeal to the North to send its staff back": what was asked)
    Verb(r"(?:(?<!\bto )|(?<=\bonly to ))(?:sen[dt](?:s|ing)?|bring(?:s|ing)?|brought)"
         r"(?= (?:(?:some|most|many|half|part) of (?:them|its staff|its officials)"
         r"|(?:its|their) (?:[\w-]+ )?(?:staff|officials|personnel)) back\b)"
         r"|return(?:s|ed|ing)?(?= (?:some|most|many|half|part) of them\b)"
         r"|return(?:s|ed|ing)?(?= (?:some of |most of |all of )?(?:its|their) (?:[\w-]+ )?"
         r"(?:staff|officials|personnel) to\b)", "050"),
    # "recalled its ambassador to Seoul": the place is whom it is aimed at
    Verb(r"recall(?:s|ed)? (?:its |their |his |her |the )?(?:[\w-]+ ){0,2}?(?:ambassador"
         r"|envoy|diplomats)", "161", place_target=True),
    # "carried a letter from his leader to the White House": the courier delivers it
    Verb(r"(?:send|sends|sent|deliver(?:s|ed)?|hand(?:s|ed)? over|carr(?:y|ies|ied))"
         r" (?:a |his |her |another |the |its )?"
         r"(?:[\w-]+ ){0,2}?(?:letter|message)"
         r"|(?:hand(?:s|ed)?|g(?:ive|ave|ives))(?= (?:[\w'’-]+ ){1,4}?(?:a |the |another )"
         r"(?:personal |handwritten )?(?:letter|message)\b)"
         # "has sent North Korean leader Kim Jong Un a personal letter"
         # "had sent him a \"beautiful\" letter": any words describing it
         r"|sen(?:d|ds|t)(?= (?:[\w'’.-]+ ){1,6}?(?:a |the |another )(?:[\w\"“”'’-]+ ){0,2}?"
         r"(?:letter|message)\b)",
         "010"),
    # "Trump and Kim exchanged letters": each wrote to the other
    # (not the noun: "exchanges of letters")
    Verb(r"exchang(?:e|ed|ing) (?:\w+ ){0,3}?(?:letters|messages)", "010", reciprocal=True),
    # "received a \"very warm, very positive\" letter from Kim"
    Verb(r"receiv(?:e|es|ed) (?:an? |the |another )?(?:[\w\"“”,-]+ ){0,5}?(?:letter|message)",
         "010", inverse=True),
    # "ended three days of talks on Monday": the talks held, told by their close (not "ended
    # the talks", which may be a break)
    # "Lee Do-hoon took part as well", "joined the talks on Sunday": one more party at the
    # talks just told
    Verb(r"t(?:ook|akes?|aking) part(?= (?:as well|too)\b| in (?:the|those|these|their) "
         r"(?:[\w-]+ ){0,2}?(?:talks|meetings?|negotiations|discussions)\b)"
         r"|join(?:s|ed)(?= (?:the|those|these|their) (?:[\w-]+ ){0,2}?(?:talks|negotiations"
         r"|discussions)\b)", "040"),
    Verb(r"wrap(?:s|ped)? up (?:\w+ ){0,4}?(?:talks|negotiations|meetings?)"
         r"|(?:end(?:s|ed)|conclud(?:e|es|ed)) (?:[\w-]+ ){1,3}?of (?:talks|negotiations"
         r"|meetings)\b", "040", reciprocal=True),
    # "was in Beijing on Monday for talks with Wang Yi": a stay told by what it was for is
    # the talks with those named, not a visit to the host
    Verb(r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bis )|(?<=\bare ))in (?:[A-Z][\w-]+ ){1,2}"
         r"(?:on [A-Z][\w.]*(?: \d{1,2})? )?for (?:talks|a meeting|meetings|consultations) with",
         "040", reciprocal=True),
    Verb(r"(?:wrap(?:s|ped)? up|conclud(?:e|es|ed)|ma(?:de|kes?)|pa(?:id|ys?)|beg(?:an|ins?)"
         r"|start(?:s|ed)?|us(?:e|es|ed)) (?:a |an |his |her |its |their )?"
         r"(?:[\w-]+ ){0,3}?(?:visit|trip|tour)"
         r" (?:abroad (?:as leader )?)?(?:by (?:[\w-]+ ){1,2}?)?(?:to|of)"
         r"|visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing) in"
         # "Esper, who arrived on Thursday, met Moon": no place named, the dateline's
         # (not a ship's "it arrived", nor "due to arrive", told as a visit already)
         r"|(?<!\bit )(?<!\bto )arriv(?:e|es|ed|ing)(?=\s+(?:on\s+[A-Z]"
         r"|by\s+(?:armoured\s+)?(?:train|plane|air)|aboard|last\s+(?:night|week)|late\s+on"
         r"|early\s+on|for\s+(?:a|an|his|her|the)\s))"
         r"|(?<!\bon )(?<!\bof )(?<!\bfor )travel(?:s|ed|led|ling)? (?:on )?to"
         r"|set (?:foot|feet) in|stepped into|crossed into"
         # "stepped across the line onto the territory of the North": where it went follows
         r"|(?:stepp|walk)(?:s|ed)? (?:across|over) the (?:[\w-]+ ){0,2}?(?:border|line)"
         r"(?= (?:into|onto) )"
         r"|cross(?:es|ed)? (?:over )?the (?:land |heavily fortified |inter-Korean )?"
         r"(?:border|military demarcation line|demarcation line)"
         r"(?! into)|fl(?:y|ies|ew) (?:on )?to|fl(?:y|ies|ew) into(?= (?:the )?[A-Z])"
         r"|return(?:s|ed)? to(?= [A-Z])|land(?:s|ed) (?:in|at)"
         # "He came to Tokyo; he did not go to Ulaanbaatar", "came to Seoul this week to say
         # goodbye": a capital come to is visited (not "came to Kim's defence")
         r"|(?:came|com(?:e|es|ing)) to(?= (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?\b(?![\w'’-]))"
         # "Kim reached Vietnam early on Tuesday", "touched down in Hanoi": an arrival
         r"|reach(?:es|ed)(?= (?:the )?[A-Z][a-z])|touch(?:es|ed) down (?:in|at)"
         # "stopped in Tokyo on Saturday", "will stop over in Seoul": a stay on the way,
         # a visit too; "went on to Beijing": the next stop of a trip
         r"|(?<!\bto )stop(?:s|ped)? (?:over |off )?in(?= [A-Z][a-z])"
         r"|(?:went|go(?:es)?) on to(?= [A-Z][a-z])"
         # "has been to Pyongyang three times this year": visits told in the perfect
         r"|(?:(?<=\bhas )|(?<=\bhad )|(?<=\bhave ))been to(?= [A-Z])"
         r"|tour(?:s|ed)(?= [A-Z])|(?:(?<=\bis )|(?<=\bare ))due in(?= [A-Z])"
         # "spent three days in Pyongyang", "spent the day in Seoul": a stay there, a visit
         # (the days "spent in Seoul negotiating with Lee" are the negotiation told)
         r"|sp(?:end|ends|ent|ending) (?:about |nearly |more than )?(?:the|a|an|one|two|three"
         r"|four|five|six|several|\d+) (?:full )?(?:days?|nights?|weeks?) in(?= [A-Z][a-z])"
         r"(?![^,;]{0,40}?\b(?:negotiating|meeting|talking|holding)\b)"
         # "left Pyongyang by train on Saturday for Vietnam": where it went is the target
         r"|(?:left|leaves?|leaving|depart(?:s|ed|ing)?)\s+(?:[A-Z][\w-]*\s+)?"
         r"(?:(?:by|on|aboard)\s+(?:[\w.-]+\s+){1,2}?)*for(?= (?:the )?[A-Z])"
         r"|(?:set|sets) (?:off|out) for(?= (?:the )?[A-Z])"
         # "headed to Pyongyang on Sunday", "heads for Hanoi": the trip itself
         r"|head(?:s|ed)? (?:to|for)(?= (?:the )?[A-Z])", "042",
         place_target=True),
    # "dispatched a string of senior officials to Seoul", "sent a delegation to the North",
    # "led a delegation of about 100 athletes and officials to Pyongyang"
    # "is sending a delegation led by Kim Yong Chol, a senior party official, to the ceremony":
    # the one who leads it named between
    # "sent its Samjiyon orchestra to perform in Gangneung": a troupe sent to the other side
    Verb(r"(?:dispatch(?:es|ed)?|sen(?:d|ds|t|ding)|le(?:d|ads|ading))\s+(?:an? |its |his |her "
         r"|the |their )?(?:[\w-]+ ){0,4}?(?:delegations?|delegates|envoys?|team|officials|mission"
         r"|emissar(?:y|ies)|aides?|inspectors|orchestras?|troupes?|performers|artists)"
         r"(?=\s+(?:led\s+by\s+[^.;:]{1,100}?\s+|(?:\w+ ){0,6}?)to\b)", "042",
         place_target=True),
    # "the two Koreas marched together at the opening ceremony", "athletes of the two Koreas
    # marched into the stadium together", "the two delegations walked in side by side": a joint
    # march, a symbolic act of both
    Verb(r"march(?:es|ed)?\s+(?:into\s+the\s+(?:stadium|arena)\s+)?together"
         r"|walk(?:s|ed)?\s+in\s+(?:together|side\s+by\s+side)", "017", reciprocal=True),
    # (not "a joint bid to host the 2032 Olympics": the bid's aim, no one hosted yet)
    Verb(r"(?<!\bbid to )(?<!\bbids to )host(?:s|ed|ing)?"
         # "gave a banquet for the Chinese couple", "threw a dinner in his honour": hosting
         r"|(?:g(?:ive|ives|ave|iving)|thr(?:ew|ow|ows|owing)|h(?:old|olds|eld|olding))\s+"
         r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:banquet|dinner|reception|luncheon|lunch)"
         r"(?=\s+(?:for|in\s+(?:his|her|their)\s+honou?r)\b)"
         # "received Kim Yong Chol, the North's lead negotiator, in the Oval Office": a visitor
         # named in full, not "received a letter" nor "received Security Council approval"
         # ("received Harris at the ministry", "received U.S. Ambassador Harry Harris on
         # Tuesday": a surname alone, a title after the state's initials)
         r"|receiv(?:e|es|ed|ing)(?=\s+(?:[A-Z][\w.-]*\s+){0,4}?[A-Z][a-z][\w-]*"
         r"(?:,|\s+(?:in|at|on|for)\b))"
         # "Kim Yong Chol was received by Pompeo in New York": the host is the agent
         r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))(?:received|hosted)"
         r"(?=\s+by\s+(?:the\s+)?[A-Z])",
         "043"),
    # "MSDF aircraft photographed the North Korean tanker Rye Song Gang 1 alongside …", "have
    # monitored suspected ship-to-ship transfers": watching the North's ships is an inquiry
    Verb(r"(?:spott(?:ed)?|spots|photograph(?:s|ed)?|monitor(?:s|ed)?|track(?:s|ed)?"
         r"|detect(?:s|ed)?)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:ship-to-ship\s+transfers"
         r"|(?:North\s+Korean(?:-flagged)?|the\s+North(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?"
         r"(?:tankers?|ships?|vessels?|freighters?)\b))", "090"),
    # "would analyze the type of missile in cooperation with the United States": the work done
    # together is intelligence shared with the one named
    Verb(r"(?:analy[sz](?:e|es|ed|ing)|gather(?:s|ed|ing)?|assess(?:es|ed|ing)?"
         r"|stud(?:y|ies|ied|ying))(?=\s+(?:[\w'’-]+\s+){0,6}?in\s+(?:close\s+)?"
         r"(?:cooperation|coordination)\s+with\b)", "064"),
    # "would share the results of the talks with Beijing": a consultation; "would share
    # information on North Korea with the United States", "share information closely with"
    Verb(r"shar(?:e|es|ed|ing) (?:the |its |his |her |their )?(?:[\w-]+ ){0,2}?(?:results|details"
         r"|outcome|information|findings|assessment|views|data|intelligence)(?: of (?:the |his "
         r"|her |their )?(?:[\w-]+ ){0,2}?(?:talks|meeting|summit|visit|trip))?"
         r"(?: (?:on|about)(?: the)?(?: [\w'’-]+){1,3}?)?(?: closely)? with", "040"),
    # "notified the South that it was withdrawing"
    # "reported the case to the sanctions committee": the body told of a breach
    Verb(r"notif(?:y|ies|ied)|inform(?:s|ed)?(?= (?:the |his |her |its )?(?:[A-Z]|counterpart))"
         r"|report(?:s|ed)? (?:the |that |this |its |both )?(?:case|cases|incident|incidents"
         r"|transfers?|findings)(?: as well)? to(?= (?:the |its )?(?:[\w'’-]+ ){0,3}?"
         r"(?:committee|[Cc]ouncil|panel)\b)",
         "010"),
    # "wished Kim well", "wished the leader a quick recovery": an empathetic word to another
    Verb(r"wish(?:es|ed)? (?:him|her|them|(?:the |its |their )?[\w'’.-]+(?: [A-Z][\w'’-]*){0,2})"
         r" (?:well|a (?:speedy |quick |full |swift )?recovery|good health)\b", "018"),
    # "North Korean officials returned to the liaison office"
    Verb(r"return(?:s|ed)? to (?:work at )?(?:the |a |their )?(?:[\w-]+ ){0,2}?(?:liaison office"
         r"|office|industrial (?:park|complex)|factory park)", "061", place_target=True),
    # "sent Moon a rare apology", "offered an apology to the families": an apology told as a noun
    Verb(r"apologi[sz](?:e|es|ed)|(?:sen(?:d|ds|t)|offer(?:s|ed)?|issu(?:e|es|ed)|ma(?:ke|kes|de)"
         r"|extend(?:s|ed)?|deliver(?:s|ed)?)\s+(?:[\w'’.-]+\s+){0,4}?apolog(?:y|ies)\b", "055"),
    # "a North Korean soldier shot dead a South Korean tourist", "troops shot the official"
    Verb(r"(?:shot|shooting)\s+dead|shot(?=\s+(?:him|her|them|(?:the|an?|two|three)\s+"
         r"(?:[\w-]+\s+){0,3}?(?:man|woman|men|official|tourist|officers?|fisherman|civilian"
         r"|soldiers?|defector|sailors?)\b))|hack(?:ed|s)?\s+(?:[\w-]+\s+){1,5}?to\s+death",
         "180"),
    # "fired coastal artillery near the sea border": a show of force aimed at no one (150)
    Verb(r"fir(?:e|es|ed|ing)"
         r"(?= (?:[\w-]+ ){0,3}?artillery (?:shells |rounds )?(?:near|into|off)\b)", "150"),
    Verb(r"(?:fir(?:e|es|ed|ing)|shot)(?= (?:[\w-]+ ){0,3}?(?:gunshots|shots|rounds|shells"
         r"|bullets|artillery)\b"
         # (not "fired two rounds of the same launcher": launches, X01)
         r"(?! (?:of|from) (?:[\w\"“”-]+ ){0,4}?(?:launchers?|missiles?|rockets?)\b))"
         r"|return(?:s|ed)? fire|open(?:s|ed)? fire|exchang(?:e|ed) fire"
         # "troops fired on a South Korean guard post", "soldiers fired back": shots at a unit
         # or craft, not a launch ("fired on Thursday", "fired at 5:24 a.m."); an official who
         # "fired back" at a critic retorts (111)
         r"|(?:(?<=soldiers )|(?<=troops )|(?<=forces )|(?<=guards )|(?<=units ))"
         r"fir(?:e|es|ed|ing) back"
         # "and then fired back twice, about ten rounds each time, at the North's post": shots
         # returned at a unit or in rounds, whoever the subject
         r"|fir(?:e|es|ed|ing) back(?=[^.;:]{0,50}?\b(?:(?:at|on|toward|towards)\s+(?:an?\s|the\s"
         r"|its\s|their\s)?(?:[\w'’-]+\s){0,3}?(?:guard ?posts?|posts?|positions?|troops"
         r"|soldiers|boats?|vessels?|ships?)|rounds|shots|shells|bullets)\b)"
         r"|fir(?:e|es|ed|ing) (?:on|at|upon|toward|towards)(?= (?:an? |the |its |their )?"
         r"(?:[\w'’-]+ ){0,3}?(?:guard ?posts?|posts?|troops|soldiers?|positions?|boats?"
         r"|vessels?|ships?|patrol boats?|patrols?|islets?|islands?|defectors?|civilians?"
         r"|fisherm[ae]n|drones?|aircraft|jets?|planes?|helicopters?)\b)"
         r"|shell(?:s|ed)?(?= (?:the |a )?(?:[\w-]+ ){0,3}?(?:island|town|border|positions?"
         r"|post|area))",
         "190"),
    Verb(r"welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|commend(?:s|ed)?"
         r"|endors(?:e|es|ed)"
         r"|express(?:es|ed)? (?:its |his |her |their |strong |full )?support|back(?:s|ed)"
         # "pledged his full support for Seoul's efforts": support promised is support given
         r"|pledg(?:e|es|ed)" + _PLEDGED_SUPPORT
         + r"|support(?:s|ed)|(?<!'s )(?<!’s )(?<!\bits )(?<!\bof )(?<!\bfor )(?<!\bhis )"
         r"(?<!\bher )(?<!\btheir )(?<!\bsubstantial )(?<!\bstrong )(?<!\bfull )"
         r"(?<!\binternational )support"
         # "17 officials and 41 support staff": a word for the staff, no support given
         r"(?!\s+(?:staff|personnel|workers|crews?|units?|troops|services|vessels?|ships"
         r"|aircraft|teams?|roles?)\b)"
         r"|applaud(?:s|ed)?|laud(?:s|ed)?|thank(?:s|ed)?|congratulat(?:e|es|ed)"
         # "expressed gratitude for China's support", "conveyed his thanks to Trump": thanks
         r"|(?:express|convey)(?:es|ed)? (?:its |his |her |their )?(?:deep |sincere |warm )?"
         r"(?:gratitude|thanks|appreciation)\b"
         # "sent his congratulations on Twitter": a light verb and its noun
         r"|(?:sen[dt]|sends|offer(?:s|ed)?|convey(?:s|ed)?|extend(?:s|ed)?) (?:its |his |her "
         r"|their )?(?:warm |warmest |hearty |sincere )?congratulations\b"
         # "had voiced \"strong support\" for a joint survey": a support stated
         r"|thr(?:ew|ow|ows|owing) (?:its |their |his |her )(?:full )?weight behind"
         r"|voic(?:e|es|ed|ing) (?:its |their |his |her )?[\"“]?"
         r"(?:(?:very|most) )?(?:strong |full |firm |unwavering )?support"
         # "called it a positive step", "called the decision an important first step": praise
         # ("called the release a good gesture", "the results an important consensus"; "called
         # Choe's statement a positive signal": the one whose words they were)
         r"|call(?:s|ed)? (?:it|this|that|(?:the|(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}|its|his"
         r"|her|their)(?:'s|’s)?) (?:[\w-]+ ){0,2}?(?:move|decision|step|announcement"
         r"|agreement|declaration|summit|talks|meeting|offer|pledge|results?|outcome|release"
         r"|handover|visit|statement|proposal|speech|remarks|message|letter)) (?:an? |the )?"
         r"(?:very |highly |most )?(?:positive|welcome|important|significant|meaningful|good|major"
         r"|historic|bold|encouraging|promising)(?: (?:first|new))? (?:step|move|development"
         r"|sign|signal|start|breakthrough|milestone|progress|gesture|consensus|achievement)"
         # "regarded the exchange between the two leaders as positive", "describing the visit
         # as productive": an act judged good
         r"|(?:regard|view|describ)(?:e|es|s|ed|ing)?(?=\s+(?:[\w'’-]+\s+){1,8}?as\s+(?:an?\s+)?"
         r"(?:very\s+|highly\s+)?(?:positive|welcome|encouraging|meaningful|significant"
         r"|important|good|constructive|productive|useful|successful)\b)"
         # "has approved South Korea's plan to open a trail": another party's plan backed
         r"|approv(?:e|es|ed)(?=\s+(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*(?:'s|’s)\s+"
         r"(?:[\w-]+\s+){0,2}?(?:plans?|requests?|proposals?|bid)\b)"
         # "said the step was positive": a judgement of an act, told as what it was
         r"|(?:said|says)(?=\s+" + _JUDGED + r"(?:an?\s+)?(?:very\s+|highly\s+)?[\"“]?"
         r"(?:positive|welcome|meaningful|encouraging)\b)",
         "051"),
    Verb(r"call(?:s|ed)? (?:an? |the )?(?:emergency |urgent |closed-door |special )?"
         r"(?:meeting|session) of"
         # "Abe told Moon on Friday that the allies must not be fooled", "told his parliament
         # that Seoul should stop": what one side should do, said to the other, is an appeal
         r"|told(?=\s+(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|(?:his|her|its)\s+[a-z]+)"
         r"(?:\s+(?:on|in|this|last)\s+[A-Z]?[\w.]*(?:\s+\d{1,2})?)?\s+that\s+[^,.;\"“]{1,60}?"
         r"\b(?:should|must)\b)", "020"),
    # "was due to call on Foreign Minister Kang on Friday before flying home": a visit paid
    Verb(r"call(?:s|ed|ing)? on(?=" + _CALL_ON_VISIT + ")", "040", reciprocal=True),
    # "called upon the authorities to": the formal "called on"
    Verb(r"urg(?:e|es|ed|ing)|(?<!phone )(?<!video )call(?:s|ed|ing)? (?:up)?on"
         r"(?! (?:[A-Z][a-z]+day|the phone|[A-Z][a-z]+\.? \d{1,2})\b)(?!" + _CALL_ON_VISIT + ")"
         # "called again for a declaration ending the war", "appealed for support": the
         # appeal told with what is asked, a word of repetition or manner between
         r"|(?:call|appeal)(?:s|ed|ing)? (?:on [A-Z][a-z]+day )?"
         r"(?:again |anew |once (?:again|more) |[a-z]+ly )?for"
         # "appealed publicly to Pyongyang"; "pressed ahead with its own diplomacy" is no appeal
         r"|appeal(?:s|ed|ing)?(?: [a-z]+ly)? to"
         # "appealed from Seoul to Pyongyang to come back": to the second
         r"|appeal(?:s|ed|ing)?(?= from [A-Z][\w-]+(?: [A-Z][\w-]+)? to\b)"
         # "Trump, asked about the dispute, said only …", "Tillerson, asked in Vancouver, said":
         # an aside, he was asked
         r"|(?:(?<!, )(?<!, when )|(?!asked\s+(?:(?:on|in|at|during|after|later|again)\b"
         r"[^,.;]{0,40}?\s*)?(?:,|(?:about|whether|if|what|how|why|by)\b)))"
         r"ask(?:s|ed)?|press(?:es|ed|ing)(?!\s+(?:ahead|on with|forward)\b)"
         r"|(?:(?<=\bwould )|(?<=\bwill )|(?<=\bto ))press"
         # "was encouraged by the North's actions": heartened, no appeal (but "was encouraged
         # by Washington to resume talks" is one)
         r"|lobb(?:y|ies|ied)|encourag(?:e|es)|implor(?:e|es|ed)"
         r"|encouraged(?!\s+by\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:'s|’s)\s)"
         # "has been pushing Washington to offer incentives"
         r"|push(?:es|ed|ing)(?=\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+to\b)"
         # "pushed for a summit with Kim": a call for a meeting or a sanction (not "by pushing
         # for", the grounds of an accusation of others; "pushed for closer ties" is a stance)
         r"|(?<!\bby )push(?:es|ed|ing) for(?= (?:an? |the |new |more )?(?:[\w-]+ ){0,2}?"
         r"(?:summit|meeting|talks|sanctions)\b)"
         # "told Kim Jong Un on Twitter to act quickly": a directive, not a statement
         r"|(?<!\bwas )(?<!\bwere )told(?=\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
         r"(?:\s+(?:on|in|via|by)\s+[A-Z][\w.-]*(?:\s+\d{1,2})?){0,2}"
         # "told Kim on Twitter the same day to \"act quickly\"": a day between, a quotation
         r"(?:\s+(?:the\s+same\s+day|that\s+day|the\s+next\s+day))?\s+to\s+[\"“]?(?!be\b)[a-z])"
         r"|request(?:s|ed)?"
         # "its girth suggests it is meant to carry": evidence pointing to a fact, no appeal
         r"|suggest(?:s|ed)?(?!\s+(?:that\s+)?(?:it|they|this)\s+(?:is|was|are|were|may|might"
         r"|could|has|had|would)\b)"
         r"|(?:seek(?:s|ing)?|sought)(?! to\b)",
         "020", absorbs=True),
    Verb(r"demand(?:ed|ing)|(?<!\bmaking )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!'s )(?<!’s )"
         r"(?<!\bof )(?<!\bhis )(?<!\bher )(?<!\ba )(?<!\bUS )demands?(?!\s+(?:for|of)\b)(?![.,;])"
         # "insisted on a comprehensive declaration of the North's weapons": a demand
         r"|insist(?:s|ed)? on\b",
         "100", absorbs=True),
    # "Chun called the move regrettable": a criticism without quotation marks
    # "called Kim Yo Jong's statement rude and senseless"
    # "called the killing shocking", "called Bolton's comments foolish", "called the new US
    # sanctions unhelpful": the act judged
    Verb(r"call(?:s|ed)? (?:the|this|that|its|their|his|her"
         r"|(?:[A-Z][\w-]* ){0,3}?[A-Z][\w-]*(?:'s|’s))"
         r" (?:[\w'’-]+ ){0,2}?(?:move|decision|steps?"
         r"|withdrawal|pullout|launch(?:es)?|tests?|statement|demolition|remarks|designations"
         r"|killing|shooting|death|comments|response|actions?|behaviou?r|conduct"
         r"|measures|sanctions|policy|plan|proposal|drills|exercises|campaign|demands"
         # "called the outcome of the two days of talks very regrettable": what the act led to
         r"|outcome|results?)(?: of (?:[\w'’-]+ ){0,4}?[\w'’-]+)?"
         r" (?:very |deeply |extremely |highly )?(?:regrettable|deplorable|unacceptable|provocative"
         r"|unfortunate|reckless|dangerous|absurd|ridiculous|unhelpful|disappointing|rude"
         r"|senseless|shameless|irresponsible|inappropriate|outrageous|shocking|foolish"
         r"|counterproductive|groundless)"
         # "called it disappointing that Pyongyang continued to …", "described it as
         # regrettable that …": the one the clause names
         r"|(?:call(?:s|ed)? it|describ(?:e|es|ed) it as) (?:very |deeply |extremely |highly )?"
         r"(?:regrettable|deplorable"
         r"|unacceptable|unfortunate|disappointing|troubling|worrying|regretful)(?= that\b)",
         "111"),
    Verb(r"criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|condemn(?:s|ed|ing)?"
         r"|denounc(?:e|es|ed|ing)|slam(?:s|med|ming)?|blast(?:s|ed|ing)|rebuk(?:e|es|ed|ing)"
         r"|hit back|hit(?:s|ting)? out(?= at\b)|(?:tore|tear(?:s|ing)?) into"
         r"|t(?:ook|ake|akes|aking) aim at"
         # "objected on Saturday", "objected to the list": the verb, never the noun "object"
         r"|object(?:ed|ing)\b|objects?(?= to\b)"
         r"|lash(?:es|ed)? out|deplor(?:e|es|ed)|singled out"
         # words of other desks for the same rebuke: "lambasted Seoul", "decried the drills"
         r"|lambast(?:s|ed|ing)?|excoriat(?:e|es|ed)|decr(?:y|ies|ied)|censur(?:e|es|ed)"
         r"|admonish(?:es|ed)?|reprimand(?:s|ed)"

         # "renewed its objection hours later": a criticism made again
         r"|renew(?:s|ed)? (?:its|their|his|her) (?:[\w-]+ )?(?:objections?|opposition"
         r"|criticism|complaints?)\b"
         # "expressed \"strong regret\"": the words quoted, the act told
         r"|(?:express|voic)(?:e|es|ed|ing) [\"“]?(?:\w+ ){0,2}?(?:concern|disappointment|regret"
         r"|displeasure|opposition)|reiterat(?:e|es|ed) (?:\w+ ){0,2}?opposition"
         r"|mock(?:s|ed)?|ridicul(?:e|es|ed)"
         r"|derid(?:e|es|ed)|berat(?:e|es|ed)|chid(?:e|es|ed)|castigat(?:e|es|ed)"
         r"|assail(?:s|ed)?|scold(?:s|ed)?|scorn(?:s|ed)?"
         # "faulted Washington for …", "faults Seoul's position": the verb, not the noun
         r"|fault(?:s|ed|ing)(?=\s+(?:the\s+)?[A-Z])"
         # "questioned South Korea's handling of the fuel": a state's conduct called in doubt
         # ("questioned the North's claim": the North named as "the North" too)
         r"|question(?:s|ed)(?=\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|’s)\s)"
         r"|heap(?:s|ed|ing)? (?:\w+ )?(?:insults|scorn|abuse|criticism|invective) on"
         # "said Trump's comments were \"irresponsible\"", "said the launches were a violation
         # of the resolutions": a judgement of an act, told as what it was
         r"|(?:said|says)(?=\s+" + _JUDGED + r"(?:an?\s+)?(?:very\s+|deeply\s+|highly\s+"
         r"|extremely\s+|clear\s+|flagrant\s+)?[\"“]?(?:irresponsible|regrettable|unacceptable"
         r"|provocative|reckless|dangerous|inappropriate|illegal|(?:violation|breach)\s+of)\b)"
         # "said the same day that the step fell short of a real solution": an act judged
         # wanting; "told reporters the launches violated UN resolutions": judged unlawful
         r"|(?:said|says|told\s+reporters)(?=\s+(?:(?:on\s+)?(?:the\s+same\s+day|[A-Z][a-z]+day)\s+)?"
         + _JUDGED[: _JUDGED.rindex(r"\s+(?:was")]
         + r"\s+(?:(?:had\s+)?f(?:ell|alls|allen)\s+short\s+of|violated|breached|contravened)\b)",
         "111"),
    # "Abe, describing the launch as extremely regrettable, told reporters …": the judgement
    # in the aside is the act, the telling around it is not
    Verb(r"(?<=, )(?:calling|describing)(?=\s+[^,;]{0,60}?\b(?:regrettable|deplorable"
         r"|unacceptable|provocative|unfortunate|reckless|dangerous|absurd|ridiculous|rude"
         r"|senseless|shameless|irresponsible|inappropriate|outrageous|untimely|shocking|abuse"
         r"|violation|breach|provocation|insult|betrayal)\b[^,;]{0,40}?,\s+(?:[a-z]+\s+)?"
         r"(?:told|tells|said|says)\b)", "111"),
    # "called Pence a \"political dummy\"", "called the measures \"a clear violation\""
    Verb(r"(?<!what it )(?<!what they )(?<!what he )(?<!what she )(?<!so-)"
         # "responded by calling Abe \"an idiot\"": the response is the name-calling
         r"(?:call(?:s|ed)?|(?<=\bby )calling)(?=\s+(?:[\w'’.-]+\s+){1,7}?(?:(?:an?|the)\s+)?[\"“])"
         # "issued a statement, calling Seoul an \"officious mediator\"": the aside names a
         # party (a name, or the North's or South's office), so the name-calling is the act
         r"|(?<=, )calling(?=\s+(?:the\s+(?:North|South)(?:'s|’s)\s+|[A-Z][\w-]*"
         r"(?:\s+[A-Z][\w-]*){0,2}(?:(?:'s|’s)\s+)?)(?:[a-z-]+\s+){0,2}?(?:(?:an?|the)\s+)?[\"“])"
         # "…, the military said, calling the launch \"very inappropriate\"": the aside judges
         # an act, quoted, so the judgement is the act's criticism
         # "Calling the launch \"very inappropriate\", the military urged …": the same aside
         # opening the sentence, judged by the subject after it
         r"|(?:(?<=, )c|^C)alling(?=\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:launch(?:es)?|tests?|firings?|move|decision|seizure|steps?|remarks|statement|drills?|exercises?)"
         r"\s+[\"“])"
         r"|branded|labell?ed"
         # "called the demolition a violation of the agreement"; "…, Abe said, calling the
         # launch a violation of UN resolutions": after a plain "said", the judgement is the act
         r"|(?:call(?:s|ed)?|(?<=\bsaid, )calling|(?<=\bsays, )calling)"
         r"(?=\s+(?:[\w'’.-]+\s+){1,8}?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:violation|breach|provocation|threat|insult|betrayal|affront|mistake|blow"
         r"|act of|(?:hostile|criminal|provocative|reckless) act|farce|failure|misreading)\b)"
         # "called Trump a reckless and senile old man": a named person called an insulting
         # name, unquoted (the quoted form is read above)
         r"|call(?:s|ed)?(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+an?\s+(?:[\w-]+,?\s+){0,4}?"
         r"(?:old man|madman|dotard|lunatic|fool|idiot|liar|clown|gangster|puppet)\b)"
         # "greeted the launch with an expression of strong regret": the reception is the
         # judgement
         r"|greet(?:s|ed)(?=\s+(?:[\w'’-]+\s+){0,6}?with\s+(?:an?\s+)?(?:expressions?\s+of\s+)?"
         r"[\"“]?(?:(?:strong|deep|grave)\s+)?(?:regret|concern|criticism|protests?|condemnation"
         r"|disappointment|dismay|anger)\b)"
         r"|fir(?:ed|es) back|retort(?:s|ed)", "111"),
    # "won Donald Trump's backing for food aid", "secured support from Beijing": the one who
    # backs is the actor
    Verb(r"(?:won|wins|winning|secur(?:e|es|ed|ing)|gain(?:s|ed)?|obtain(?:s|ed)?)"
         r"(?=\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?(?:backing|support|endorsement|blessing)\b)"
         r"|(?:won|wins|secur(?:e|es|ed)|gain(?:s|ed)?) (?:the )?(?:[\w-]+ )?(?:backing|support"
         r"|endorsement|blessing)(?= from\b)",
         "051", inverse=True),
    # "…, drawing praise from Beijing", "drew a warm welcome from Seoul": the one praising
    # backed the subject's act
    Verb(r"(?:draw(?:s|ing)?|drew|drawn|earn(?:s|ed|ing)?)\s+(?:an? )?(?:[\w-]+ )?"
         r"(?:praise|welcome|applause|plaudits)\s+from", "051", inverse=True),
    # "…, drawing a sharp rebuke from Seoul": Seoul rebuked the subject
    Verb(r"(?:draw(?:s|ing)?|drew|prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|spark(?:s|ed|ing)?)"
         r"\s+(?:an? |the )?(?:[\w-]+ ){0,2}?(?:rebukes?|criticism|condemnation|protests?|backlash"
         r"|complaints?|objections?|anger)\s+from"
         # "Seoul came under fire from Pyongyang": the one firing criticized the subject
         r"|c(?:ame|omes?|oming) under (?:[\w-]+ )?(?:fire|attack|criticism)\s+from",
         "111", inverse=True),
    # "drew Washington's criticism", "sparked Tokyo's anger": the owner of the rebuke gave it
    Verb(r"(?:draw(?:s|ing)?|drew|prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|spark(?:s|ed|ing)?"
         r"|provok(?:e|es|ed|ing))(?=\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:'s|’s)"
         # (not "Tokyo's protest": that noun is the protest itself, read as such)
         r"\s+(?:[\w-]+\s+)?(?:rebukes?|criticism|condemnation|backlash|anger|ire|wrath)\b)",
         "111", inverse=True),
    # "drew a protest from Tokyo and a rare rebuke from Washington": the second source rebuked
    # the same subject
    Verb(r"and\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:rebukes?|criticism|condemnation|protests?|backlash|complaints?|objections?|anger"
         r"|(?:expressions?\s+of\s+)?disappointment)\s+from(?=\s+(?:the\s+)?[A-Z])", "111",
         inverse=True),
    Verb(r"accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)"
         # "laid the blame squarely on Pyongyang", "put much of the blame on Seoul"
         r"|(?:la(?:id|ys?|ying)|put(?:s|ting)?|plac(?:e|es|ed|ing)) (?:the |much of the "
         r"|most of the )?blame\b"
         # "strongly suspected a North Korean tanker of taking on cargo": an accusation; not
         # "ships suspected of transfers" (no one named suspects)
         r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )suspect(?:s|ed)"
         r"(?=\s+(?:[\w'’-]+\s+){1,6}?of\s+[a-z]+ing\b)"
         # "its investigators found both Koreas in breach of the armistice": a finding of fault
         r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?:found|finds|find)"
         r"(?=\s+(?:[\w'’-]+\s+){1,4}?in\s+(?:(?:clear|serious|direct|flagrant)\s+)?"
         r"(?:breach|violation)\s+of\b)", "112"),
    # not "called off the talks in protest against the drills": the motive of the act told
    Verb(r"complain(?:s|ed|ing)?|(?<!\bin )protest(?:s|ed|ing)?"
         r"|lodg(?:e|es|ed|ing) a (?:\w+ )?protest"
         # "lodged the protest with South Korea's ambassador": the protest the story told of
         r"|lodg(?:e|es|ed|ing) (?:the|its|their) (?:\w+ )?protest"
         # "sent a protest to the North through the military line": a light verb and its noun
         r"|(?:sen[dt]|deliver|convey)(?:s|ed|ing)?(?= (?:a |an |its |their )?(?:[\w-]+ )?"
         r"protests? to\b)"
         # "called in the South Korean ambassador", "called in the attache": a summons
         # (not "summoned his National Security Council": his own advisers, no protest)
         r"|summon(?:s|ed)?(?! (?:his|her|their) )"
         r"|call(?:s|ed)? in(?= (?:the |a )?(?:[\w-]+ ){0,4}?(?:[Aa]mbassador"
         r"|[Ee]nvoy|attach[eé]|charg[eé] d'affaires|diplomat)s?\b)", "114"),
    # "a federal judge found North Korea liable for his death": a court's finding
    Verb(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )f(?:ound|inds?)(?= (?:[\w'’.-]+ ){1,4}?"
         r"(?:liable|guilty)\b)", "116"),
    # "put about 4,000 of its South Korean employees on unpaid leave": a furlough of the
    # other side's workers, a step down in ties
    Verb(r"(?:put|puts|putting|plac(?:e|es|ed|ing))(?= (?:[\w,'’-]+ ){1,10}?on unpaid leave\b)"
         r"|(?<!\bbe )(?<!\bwere )(?<!\bwas )furlough(?:s|ed)(?= (?:about |some |nearly )?"
         r"(?:\d|thousands|hundreds))", "160"),
    # "would file a complaint with the WTO", "took Japan to the WTO"
    Verb(r"fil(?:e|es|ed|ing) (?:a |an )?(?:\w+ )?(?:complaint|lawsuit|suit|case)"
         r"|t(?:ake|akes|ook) (?:\w+ ){1,3}?to (?:the )?(?:WTO|World Trade Organization|court)",
         "115"),
    Verb(r"warn(?:s|ed|ing)?|threaten(?:s|ed)?|caution(?:s|ed)?"
         # "calling the launch a \"solemn warning\" to Seoul", "described it as an adequate
         # warning to the United States": one's own act named a warning is a warning
         # ("declared the firings a warning to Seoul and Washington")
         r"|(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|declar(?:e|es|ed|ing))(?=\s+(?:it|them"
         r"|the\s+(?:[\w-]+\s+){0,3}?(?:launch(?:es)?|tests?|test-firings?|firings?|drills?"
         r"|exercises?|missiles?))\s+(?:as\s+)?"
         r"an?\s+[\"“]?(?:[\w-]+\s+)?warning\b)"
         # "…, in a warning aimed at the United States", "intended as a solemn warning to"
         r"|(?:in|intended as|meant as) an? (?:[\w\"“”-]+ )?warning[\"”]?(?= (?:aimed at|to) )"
         # "issued a warning to Seoul", "gave North Korea a stern warning": a light verb and
         # its noun
         # ("broadcast a warning to the North": over loudspeakers, to whom it is addressed)
         r"|(?:issu|deliver|sen[dt]|broadcast)(?:s|es|ed|e|ing)?"
         r"(?= (?:a |an |the |its |his |her |another )"
         r"?(?:[\w-]+ ){0,2}?warnings? (?:to|against|toward|towards)\b)"
         # "broadcast two warnings after the shots": a warning over loudspeakers needs no "to"
         r"|broadcast(?:s|ing)?(?= (?:a |an |two |three |several |its )?(?:[\w-]+ )?warnings?\b)"
         r"|g(?:ave|ive|ives|iving)(?= (?:[\w'’.-]+ ){1,4}?(?:a|an|another) (?:[\w-]+ )?warning\b)",
         "130"),
    # "declared that the North no longer felt bound by its moratorium on tests", "told the
    # meeting it was no longer bound by its pledge": a restraint one set oneself dropped aloud,
    # a threat to act again
    Verb(NO_LONGER_BOUND, "130"),
    # "is considering suspending denuclearisation talks with the United States": a halt of
    # talks held over the other side, a threat to break them off
    Verb(r"(?:consider|weigh|mull|contemplat)(?:e|es|s|ed|ing)? (?:suspending|halting|ending"
         r"|breaking off|pulling out of|quitting) (?:the |its |their )?(?:[\w-]+ ){0,2}?"
         r"(?:talks|negotiations|dialogue)\b", "134"),
    # "raised the prospect of closing the liaison office", "raised the spectre of using force
    # against the North": a step held over the other side, not yet taken
    Verb(r"rais(?:e|es|ed|ing) the (?:prospect|possibility|spectre|specter) of", "130",
         absorbs=True),
    # "denying Trump's account", "blocked a US bid at the council"
    # "denied within hours that the aircraft had come so close": how soon or how flatly
    Verb(r"den(?:y|ies|ied|ying)(?= (?:on \w+ |the next day |again |within (?:hours|minutes|a day) "
         r"|(?:hours|days) later |flatly |firmly |promptly |immediately )?that\b)"
         r"|(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing))(?= (?:[\w'’-]+ ){0,2}?(?:account"
         r"|version|claims?|reports?|allegations?|accusations?|charges?)\b)"
         r"|(?:block(?:s|ed)?|veto(?:es|ed)?|put(?:s)? on hold"
         r"|h(?:eld|olds?|olding) up)(?= (?:an? |the |their |its )?"  # "held up a US request"
         r"(?:[\w-]+ ){0,3}?(?:resolution|bid|proposal|statement|request|move|sanctions"
         r"|designation|plan|attempt|effort)\b)"  # "vetoed a US plan to blacklist the ship"
         # "a request that was put on hold by Russia and China"
         r"|(?:(?<=\bwas )|(?<=\bwere ))put on hold(?= (?:on [\w.]+ \d{1,2} )?by )"
         # "Russia and China put the request on hold on July 19"
         r"|put(?:s|ting)?(?= (?:an? |the |their |its |that |this )?(?:[\w-]+ ){0,3}?"
         r"(?:resolution|bid|proposal|request|move|designation|designations) on hold\b)",
         "120"),
    # "declared on Dec. 7 that denuclearisation was off the negotiating table": the issue
    # refused as a subject of talks, by the one who says so
    Verb(r"(?:said|says|declared|declares|announced|stated|insisted)(?=\s+(?:on\s+[A-Z][\w.]*"
         r"(?:\s+\d{1,2})?\s+)?that\s+(?:the\s+)?(?:denucleari[sz]ation|(?:its\s+)?nuclear"
         r"\s+(?:issue|weapons|arsenal|disarmament))(?:\s+talks)?\s+(?:was|is|were|are|had\s+been"
         r"|has\s+been|had|has)\s+(?:already\s+|now\s+)?(?:taken\s+|gone\s+)?(?:off|out\s+of"
         r"|no\s+longer\s+on)\s+the\s+(?:negotiating\s+)?table)", "120"),
    # "walked away from a deal with Kim", "from the negotiating table"
    Verb(r"walk(?:s|ed|ing)? away from (?:the |a |an |its |their )?(?:[\w-]+ )?"
         r"(?:table|talks|negotiations|summit|deal|meeting)\b", "161"),
    # "ordered the removal of South Korean-built hotels at the resort"
    Verb(r"order(?:s|ed)? the (?:removal|demolition|dismantling) of"
         # "ordered the South Korean-built hotels there torn down": with "to be" or without
         # "ordered the hotels, shops and other buildings that Seoul's firms put up there to
         # be pulled down": a list, and a relative clause, in the object
         r"|order(?:s|ed)? (?:[\w'’-]+,? ){1,20}?(?:to be )?(?:removed|demolished|torn down"
         r"|dismantled"
         r"|razed|pulled down)\b",
         "161"),
    # "would let an intelligence-sharing pact with Japan expire"
    Verb(r"let (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:pact|agreement|deal|accord|treaty)"
         r"(?: with (?:[A-Z][\w-]+ ?){1,2})? (?:expire|lapse)", "161"),
    Verb(r"ignor(?:e|es|ed|ing)(?= (?:a |an |the |its |their |[A-Z][\w-]*(?:'s|’s) )?"
         r"(?:[\w-]+ ){0,2}(?:proposal|offer|calls?|requests?|appeals?|overtures?|invitation"
         r"|demands?))", "120"),
    # "had no intention of sitting down with the United States", "saw no need for talks":
    # talks turned down (the meeting it names is not held, so no report of it)
    Verb(r"(?:ha(?:s|d|ve)|saw|sees?|felt|feels?)\s+no\s+(?:intention|interest|desire|need)"
         r"\s+(?:of|in|to|for)\s+(?:(?:sit(?:ting)?|sat)\s+(?:down|face to face)"
         r"|meet(?:ing)?|talk(?:ing|s)?|dialogue|deal(?:ing)? with|negotiat(?:e|ing|ions)"
         r"|(?:hold(?:ing)?|resum(?:e|ing)|hav(?:e|ing))\s+(?:[\w-]+\s+)?(?:talks|dialogue"
         r"|negotiations|summit|meeting)"
         # "had no interest in another summit with the United States"
         r"|(?:an?|another|further|more|new|any)\s+(?:[\w-]+\s+)?(?:talks|dialogue"
         r"|negotiations|summit|meeting)"
         r"|(?:go(?:ing)? back|return(?:ing)?)\s+to\s+(?:such\s+|the\s+)?(?:talks|negotiations"
         r"|dialogue))\b", "125"),
    # "refused point-blank to discuss it", "flatly refused to": a manner between
    Verb(r"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing) (?:(?:in|on|last) [A-Z]?\w+ |point-blank "
         r"|outright |[a-z]+ly )?to"
         r"|turn(?:s|ed|ing)? down|dismiss(?:es|ed|ing)"
         r"|turn(?:s|ed|ing)? " + SPLIT_OBJECT + r"down"
         r"|rul(?:e|es|ed|ing) out"
         r"|refus(?:e|es|ed|ing)(?= (?:the|a|an|its|his|her|[A-Z][\w-]*(?:'s|’s))\s)"
         # "Seoul offered talks; Pyongyang refused.", "but Kim declined": a refusal with no
         # object ends its clause, of what was just asked or offered
         r"|(?:refus|declin)(?:e|es|ed)(?=\s*(?:[,.;]|$))"
         r"|disput(?:e|es|ed|ing)(?= (?:that|the|[A-Z][\w-]*(?:'s|’s))\s)"
         r"|rebuff(?:s|ed)?|snub(?:s|bed)?|spurn(?:s|ed)?|brush(?:es|ed)? (?:aside|off)"
         # "shot down the North's proposal": an idea refused, not a plane downed
         r"|sh(?:oot|oots|ot|ooting) down(?= (?:an? |the |its |their |[A-Z][\w-]*(?:\s[A-Z][\w-]*)?"
         r"(?:'s|’s) )?(?:[\w-]+ ){0,2}?(?:proposal|idea|offer|plan|suggestion|request|demand"
         r"|bid)s?\b)"
         # "The United States pushed back.", "pushed back against the draft": not "pushed back
         # the curtain" (delayed)
         # ("pushing back against reports that Kim was ill": the press's stories, no party's act)
         r"|push(?:es|ed|ing)? back(?=\s*[,.;]|\s+(?:against|on|hard)\b)"
         r"(?!\s+(?:against|on)\s+(?:the\s+|media\s+|press\s+|news\s+)*(?:reports|rumou?rs"
         r"|speculation|stories)\b)", "120",
         absorbs=True),
    # "was suspending the notice of termination", "suspended its complaint against Japan at
    # the WTO": a step of one's own against the other taken back, to ease the quarrel
    Verb(r"(?:suspend(?:s|ed|ing)?|withdr(?:aw|aws|ew|awing))\s+(?:its |the |a |their )?"
         r"(?:[\w-]+ )?(?:notice|complaint|termination)\b", "080"),
    Verb(r"(?:suspend(?:s|ed)?|revers(?:e|es|ed)|withdr(?:aw|aws|ew))\s+(?:its |the |a )?"
         r"(?:[\w-]+ )?decision\b"
         r"|(?:demolish(?:es|ed|ing)?|dismantl(?:e|es|ed|ing)|destroy(?:s|ed|ing)?"
         r"|remov(?:e|es|ed|ing)"
         # "switched off its propaganda loudspeakers along the border"
         r"|switch(?:es|ed|ing)? off|turn(?:s|ed|ing)? off"
         # "began taking down propaganda loudspeakers"
         r"|(?:tak(?:e|es|en|ing)|took) down"
         # "pulled down part of the processing building", "taking apart the test stand"
         r"|pull(?:s|ed|ing)? down|(?:tak(?:e|es|en|ing)|took|pull(?:s|ed|ing)?) apart"
         r"|withdr(?:aw|aws|ew))\s+(?:[\w-]+ ){0,4}?(?:(?:guard |front-line |border )?posts?|mines"
         r"|landmines|troops|weapons"
         r"|test site|launch site|facilit(?:y|ies)|site|artillery|loudspeakers"
         r"|(?:engine )?test stand|launch pad|processing building)"
         # "the structure the North partly took apart", "taking parts of it apart": its object
         # told before it
         r"|(?:tak(?:e|es|en|ing)|took|pull(?:s|ed|ing)?)\s+(?:(?:it|them|parts?\s+of\s+"
         r"(?:it|them))\s+)?apart\b"
         r"|(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|end(?:s|ed)?|cancel(?:s|led|ed|ling|ing)?"
         r"|scrap(?:s|ped|ping)?|stop(?:s|ped)?|call(?:s|ed|ing)? off"
         # "the allies retired Key Resolve and Foal Eagle": not "a retired general"
         r"|(?<!\ba )(?<!\ban )retir(?:e|es|ed|ing)"
         r"|scal(?:e|es|ed|ing) back(?: or cancel(?:led|ed))?"
         r"|postpon(?:e|es|ed|ing)"
         # "delayed the start of the exercise", "put off the drills", "shelved an air drill"
         r"|delay(?:s|ed|ing)?|put(?:s|ting)? off|shelv(?:e|es|ed|ing)|trim(?:s|med|ming)?"
         r"|scal(?:e|es|ed|ing) down|par(?:e|es|ed|ing) back"
         # "announced the end of the large Key Resolve and Foal Eagle exercises"
         r"|announc(?:e|es|ed) (?:the )?(?:end|suspension|cancell?ation|postponement) of)\s+"
         r"(?:what (?:he|she|it|they) called )?"
         # "suspended Vigilant Ace, a large combined air exercise", "Ulchi Freedom Guardian, their
         # biggest summer drill": a named drill, then what it is
         # "suspended that August's Ulchi Freedom Guardian exercise": a possessive among them
         r"(?:(?!what\b|talks\b|over\b)[\w'’-]+ |[A-Z][\w-]*, (?=(?:an?|the|their|its) )){0,9}?"
         r"[\"“]?"
         # "halted its loudspeaker broadcasts along the border": the propaganda war eased
         r"(?:drills?|exercises?|war games|military action|(?:loudspeaker|propaganda) broadcasts?"
         r"|" + _DRILL_TRAINING + ")"
         # "agreed to put those drills off until after the Olympics": the particle after them
         r"|(?:put(?:s|ting)?|call(?:s|ed|ing)?)\s+(?:the|those|these|their|its|this|that)\s+"
         r"(?:[\w-]+\s+){0,3}?(?:drills?|exercises?|war\s+games)\s+off\b"
         # "announced, the day the drill had been due to open, that they were pushing its start
         # back by two days": the drill's start put off, the drill named before
         r"|push(?:es|ed|ing)?\s+(?:its|their)\s+start\s+back\b"
         # "pulled their guard posts, firearms and ammunition out of the area": a list
         r"|pull(?:s|ed|ing)? (?:[\w-]+ ){0,4}?(?:guard posts?|troops|firearms|weapons|personnel"
         r"|forces)(?=(?:,? (?:and )?[\w-]+){0,4} (?:out|back|from)\b)"
         r"|dismantl(?:e|es|ed|ing)"
         # "pulled troops out of the posts and began tearing them down"
         r"|(?:tear(?:s|ing)?|tore)\s+(?:(?:them|it|the\s+(?:[\w-]+\s+)?(?:posts?|sites?))\s+)?down"
         r"|destroy(?:s|ed)? (?:\w+ ){0,4}?(?:guard )?posts"
         # "blew up ten of its posts", "knocking down ten of its own": one's own posts taken
         # down, a step down (the other side's building blown up is a seizure, 171)
         r"|(?:bl(?:ew|ow|ows|owing) up|knock(?:s|ed|ing)? down)\s+(?:(?:\w+\s+)?of\s+)?"
         r"(?:its|their)\s+(?:own\b|(?:remaining\s+|front-?line\s+|border\s+)?(?:guard\s+)?"
         r"(?:posts|structures)\b)"
         # "began clearing land mines", "clear the mines from the area": not "paths cleared
         # of mines" (what was done to the paths)
         r"|clear(?:s|ed|ing)?\s+(?!of\b)(?:(?:the|all|its|their)\s+)?(?:land\s?mines|mines)\b"
         r"|(?:announc|declar)(?:e|es|ed) (?:a |the |its )?(?:self-imposed )?(?:moratorium|freeze)"
         r"|(?:complet|finish)(?:e|es|ed) the (?:removal|withdrawal|demolition|dismantling) of"
         # "would suspend nuclear and missile tests", "shut down its nuclear test site"
         # "announced that it was halting nuclear and intercontinental ballistic missile tests"
         r"|(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|freez(?:e|es|ing)|froze)"
         r"\s+(?:its |all |further )?(?:(?:nuclear|missile|weapons?|ICBM|long-range|and|rocket"
         r"|intercontinental|ballistic)\s+)+"
         r"(?:tests|testing|launches)"
         r"|(?:shut(?:s)? down|clos(?:e|es|ed)|seal(?:s|ed)?)\s+(?:\w+ ){0,3}?(?:test site"
         r"|launch site|reactor|enrichment facilit(?:y|ies))"
         # "the drills were suspended by the allies": the drills named before, the agent after
         r"|(?:(?<=\bdrill was )|(?<=\bdrills were )|(?<=\bexercise was )|(?<=\bexercises were )"
         r"|(?<=\bdrills have been )|(?<=\bdrills had been )|(?<=\bexercises have been )"
         r"|(?<=\bexercises had been ))(?:suspended|halted|cancell?ed|called off|postponed"
         r"|scrapped|scaled back|put off|shelved)"
         r"(?=\s+(?:[\w.,]+\s+){0,4}?by\s+(?:the\s+)?[A-Za-z])",
         "087"),
    Verb(r"(?:call(?:s|ed)? off|cancel(?:s|led|ed)?|scrap(?:s|ped)?|terminat(?:e|es|ed)"
         # "to end the two countries' intelligence-sharing pact": a possessive among its words
         r"|(?<=\bto )end(?=\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:pact|agreement"
         r"|accord)\b)"
         # "pulled out about two hours before the meeting"
         r"|pull(?:s|ed|ing)? out(?: of)?)(?=\s+(?:[\w'’-]+ ){0,6}?(?i:summit|trip|visit|meeting"
         r"|pact|agreement|accord|GSOMIA|talks|negotiations))"
         r"|suspend(?:s|ed)? (?:\w+ ){0,2}?operations"
         # "suspended talks with Seoul", "halted its nuclear talks with Washington"
         r"|(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?)(?= (?:its |the |all |their )?"
         r"(?:(?:nuclear|denuclearization|denuclearisation|high-level|working-level|military"
         r"|inter-Korean|bilateral|[A-Z][\w-]*) )?(?:talks|negotiations|dialogue)\b)"
         # "called it off in a letter": the pronoun stands for the meeting told before;
         # "called the meeting off": the object between the particle verb's two words
         r"|call(?:s|ed)? " + SPLIT_OBJECT + r"off\b",
         "161"),
    Verb(r"(?:hold|holds|held) (?:a )?(?:ground-?breaking|opening) ceremony"
         # "held a ceremony on Wednesday to mark the start of work on reconnecting the
         # railways", "to launch the reconnection": a ground-breaking told by its purpose
         r"|(?:hold|holds|held) (?:a )?ceremony(?=[^.;]{0,60}?\bto (?:mark the (?:start|beginning)"
         r"|launch|start|begin|break ground)\b)", "061"),
    # "the two Koreas held their first family reunions", "fielded a joint ice hockey team":
    # joint exchanges (a joint march is a symbolic act, 017, above)
    Verb(r"(?:hold|holds|held|holding) (?:[\w-]+ ){0,4}?(?:family )?reunions"
         r"|(?:field(?:s|ed)?|form(?:s|ed)?|sen(?:d|ds|t)) (?:a |an |their )?(?:[\w-]+ )?"
         r"(?:joint|unified|combined|single) (?:[\w'’-]+ ){0,3}?teams?\b", "061", reciprocal=True),
    # "blew it up": a particle verb with its pronoun object between verb and particle
    Verb(r"bl(?:ew|ow|ows) (?:it |them )?up|blown up"
         r"|seiz(?:e|es|ed)(?! on\b| upon\b)|detain(?:s|ed)?"
         # "demolished their joint liaison office": a building of both or of the other side
         # destroyed (its own posts or test site are a step down, 087)
         r"|(?:demolish(?:es|ed)?|destroy(?:s|ed)?|raz(?:e|es|ed))(?=\s+(?:their|the)\s+"
         r"(?:[\w-]+\s+){0,2}?(?:liaison\s+office|office|hotels?)\b)"
         r"|impound(?:s|ed)?"
         r"|confiscat(?:e|es|ed)"
         # "entered a judgment forfeiting the ship", "won the forfeiture of the ship": a
         # court's taking of the property
         r"|forfeit(?:s|ed|ing)?(?=\s+(?:the|a|an|its|their)\b)"
         r"|w(?:on|ins|in) (?:the |a )?(?:civil )?forfeiture of", "171"),
    # "ran a command post exercise": a drill run is one held; "opened their summer training",
    # "Kim watched a strike drill": one begun, or attended by a leader
    Verb(r"(?:hold|holds|held|conduct(?:s|ed)?|stag(?:e|es|ed)|begin|began|start(?:s|ed)?"
         r"|open(?:s|ed)?|watch(?:es|ed)?"
         r"|r(?:an|uns)|resum(?:e|es|ed)|overs(?:aw|ee|ees)|supervis(?:e|es|ed)|guid(?:e|es|ed))\s+"
         # "began a scaled-down, largely computer-simulated command post exercise": a comma
         # between adjectives, before an adverb or a hyphened word, not between clauses
         r"(?:[\w\"“”-]+(?:,(?= (?:[a-z]+ly|[a-z]+-[a-z-]+) ))? ){0,8}?[\"“]?"
         r"(?:drills?|exercises?|war games|" + _DRILL_TRAINING + ")"
         r"|(?:fl(?:y|ies|ew|own)|dispatch(?:es|ed)?|sen(?:d|ds|t)|deploy(?:s|ed)?)\s+"
         r"(?:[\w-]+ ){0,3}?(?:bombers?|B-1Bs?|B-52s?|fighter jets|warplanes|stealth fighters"
         r"|aircraft carriers?|carrier strike groups?|strategic assets)"
         # "unveiled a new ICBM at a military parade"
         r"|(?:stag(?:e|es|ed)|h(?:o|e)lds?|held)\s+(?:an? |its |the )?(?:[\w-]+\s+){0,3}?"
         r"military parade"
         # "has rebuilt a rocket-handling structure at its Sohae launch site"
         r"|(?:rebuil(?:t|ds?)|reassembl(?:e|es|ed)|restor(?:e|es|ed))\s+(?:[\w-]+\s+){0,8}?"
         r"(?:launch site|launch pad|test stand|engine test site|rocket launch)"
         r"|(?:unveil(?:s|ed)?|show(?:s|ed)? off|display(?:s|ed)?|parad(?:e|es|ed)"
         r"|inspect(?:s|ed)?|roll(?:s|ed)? out)\s+"
         # "rolled out what appeared to be the largest road-mobile missile": a hedged weapon
         r"(?:what (?:appeared|appears|seemed|seems|looked) to be (?:the |an? )?)?"
         r"(?:[\w,-]+\s+){0,4}?(?:missiles?|ICBMs?|weapons?|rockets?|launchers?|SLBMs?"
         r"|submarines?|warships?)\b",
         "150"),
    # "was arrested on May 6", "was sentenced to ten years of hard labour": a person held
    Verb(r"arrest(?:s|ed)?|sentenc(?:e|es|ed)(?=[^.;]{0,40}?\bto\b)|jail(?:s|ed)"
         # "charged two Chinese nationals with laundering", "charges filed by the Justice
         # Department on Sept. 6 against Park Jin Hyok"
         r"|charg(?:e|es|ed|ing)(?=\s+(?:[\w-]+\s+){1,5}?with\b)"
         # "a grand jury has indicted a researcher": the charge a jury returns
         r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )indict(?:s|ed)(?!\s+(?:on|in|by|for)\b)"
         # "charged a North Korean programmer, Park Jin Hyok, over the Sony attack": the
         # offence told after "over"
         r"|charg(?:e|es|ed)(?=\s+(?:an?\s+|the\s+)?(?:[\w'’-]+,?\s+){1,7}?over\s+the\b)"
         # "charged 28 officials of North Korea's Foreign Trade Bank, along with five Chinese
         # citizens, with laundering": a longer list of the charged, then what they did
         r"|charg(?:e|es|ed)(?=\s+(?:\d+|two|three|four|five|six|several|dozens)\s+[^.;\"“]{1,110}?"
         r"\bwith\s+[a-z]+ing\b)"
         r"|(?<=\bcharges )filed(?=\s+(?:on\s+[\w.]+\s+\d{1,2}\s+)?by\s)", "173"),
    # "was released in a coma", "were sent home": a person let go
    Verb(r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))(?:released|freed|sent home|repatriated)"
         r"(?!\s+(?:from|by|on bail)\b)", "084"),
    # "joined the surveillance effort on April 28": forces joined to a multinational mission
    # (`patrols_enforce_sanctions` reads one that watches the North's trade at sea)
    Verb(r"join(?:s|ed)? (?:the|a|an) (?:[\w-]+ ){0,2}?(?:effort|mission|operation)\b", "154"),
    # "is sending one of the air force's Orion patrol planes": aircraft and ships sent too
    Verb(r"deploy(?:s|ed)?|redeploy(?:s|ed)?|(?:send|sends|sent|sending) (?:[\w'’-]+ ){0,8}?"
         r"(?:troops|soldiers|units|warships|bombers|frigates?|patrol (?:planes?|aircraft))\b",
         "154"),
    # "approved $8 million for WFP programmes for North Korean children": aid granted
    # "handed Pyongyang 1,500 test kits": aid handed over
    Verb(r"(?:send|sends|sent|deliver(?:s|ed)?|ship(?:s|ped)?|provid(?:e|es|ed)|donat(?:e|es|ed)"
         r"|hand(?:s|ed)?"
         # "approved an aid package for …", "approved food aid": the aid granted; "approved, on
         # June 5, $8 million in donations": the day set off between
         r"|approv(?:e|es|ed)(?:,\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2},)?"
         r"(?= \$| (?:an? |the |its )?(?:[\w-]+ ){0,2}?(?:aid|assistance)\b))"
         r"\s+(?:[\w$.,-]+ ){0,4}?(?:aid|food|rice|wheat|fertilizer|medicine|Tamiflu|assistance"
         r"|(?:million|billion)(?: dollars| won)?|funds|vaccines?|supplies|(?:test )?kits)"
         # "push for a separate shipment of domestic rice to the North"
         r"|(?:push(?:es|ed)? for|approv(?:e|es|ed)|announc(?:e|es|ed))\s+(?:a |the )?"
         r"(?:[\w-]+ ){0,2}?(?:shipment|delivery|provision|donation) of (?:[\w-]+ ){0,2}?"
         r"(?:rice|food|aid|fertilizer|medicine)", "070",
         place_target=True),
    # "three American detainees released by the North": the North released them
    Verb(r"(?:(?<=\bdetainees )|(?<=\bprisoners )|(?<=\bAmericans )|(?<=\bcitizens ))"
         r"(?:released|freed)(?= by )", "084"),
    Verb(r"(?:return(?:s|ed)?|repatriat(?:e|es|ed)|releas(?:e|es|ed)|fre(?:e|es|ed)"
         r"|hand(?:s|ed)? over)\s+"
         r"(?:\w+ ){0,12}?(?:remains|detainees|prisoners|citizens|fishermen|crew|Americans"
         r"|survivors|sailors)\b"
         # "sent the three survivors back to the North": people returned
         # ("a UN order to send them home", "states must send them home": what is required)
         r"|(?<!\bto )(?<!\bmust )(?<!\bshould )(?:send|sends|sent)\s+(?:\w+ ){0,4}?"
         r"(?:detainees|prisoners|fishermen|crew|survivors"
         r"|sailors|defectors|them|him|student|man|men)\b(?:\s+[\w-]+){0,8}?\s+(?:back|home)\b"
         # "sent home a comatose American student", "sent back to North Korea a fishing boat":
         # the particle before the people or boat returned
         r"|(?<!\bto )(?<!\bmust )(?<!\bshould )(?:send|sends|sent)\s+(?:back|home)\s+"
         r"(?:[\w-]+\s+){0,5}?(?:detainees|prisoners"
         r"|fishermen|crew|survivors|sailors|defectors|student|man|men|boat|vessel)\b"
         # "let five of them return home", "allowed the crew to leave"
         r"|(?:let|allow(?:s|ed)?)\s+(?:[\w-]+\s+){1,6}?(?:to\s+)?(?:return|go home|leave)\b"
         # "granted the men an amnesty", "pardoned three Americans": a release by clemency
         r"|grant(?:s|ed)?\s+(?:[\w-]+\s+){0,3}?(?:an\s+)?(?:amnesty|pardons?)\b"
         r"|pardon(?:s|ed)?(?=\s+(?:[\w-]+\s+){0,3}?(?:detainees|prisoners|citizens|Americans"
         r"|men|women|fishermen|crew)\b)",
         "084"),
    # "joint air drills held by Seoul and Washington": the drills come before, their holders after
    Verb(r"(?:(?<=drills )|(?<=drill )|(?<=exercises )|(?<=exercise )|(?<=games ))"
         r"(?:held|staged|conducted)(?=\s+(?:jointly\s+)?by\s)"
         r"|(?<=being )staged(?=\s+by\s)", "150"),  # "the exercise being staged by the allies"
    # "the joint drills that the allies began on Aug. 5", "drills that the allies suspended in
    # June": the drills are named before, the day after
    Verb(r"(?:beg[au]n|started|launched|opened|held|staged|conducted)"
         r"(?=\s+(?:on|in|last|earlier|this)\s)"
         # "drills the allies plan to hold next month": planned, the drills named before
         # "the joint exercise Washington and Seoul intend to hold in August": intended alike
         r"|(?:(?<=\bplan to )|(?<=\bplans to )|(?<=\bplanned to )|(?<=\bintend to )"
         r"|(?<=\bintends to )|(?<=\bintended to ))hold(?=\s+(?:next|later|in|on"
         r"|this)\s)",
         "150", fronted=True),
    # "the allies wrapped up their summer exercise on Friday": a drill held to its end, told
    # with its day (not "ended the drills", a step back; nor "a day after the allies wrapped
    # up an exercise", a time the sentence counts from)
    Verb(r"(?:wrap(?:s|ped)?\s+up|conclud(?:e|es|ed)|complet(?:e|es|ed))\s+(?:the\s+|their\s+"
         r"|its\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:exercises?|drills?|war\s+games)"
         r"(?=\s+(?:on|last|this|earlier)\s)", "150"),
    Verb(r"(?:suspended|halted|postponed|called off|cancell?ed|scrapped)"
         r"(?=\s+(?:on|in|last|earlier|this)\s)", "087", fronted=True),
    # "the removal of landmines from the area, which the two sides completed in October": a
    # step named before, its completion dated at the clause's end
    Verb(r"(?:completed|finished)(?=\s+(?:on|in|last|earlier|this)\s+(?:early\s+|late\s+|mid-)?"
         r"[\w.]+(?:\s+\d{1,2})?"
         r"(?:,?\s+\d{4})?\s*(?:[,.;]|$))", "087", fronted=True),
    # "two projectiles the North fired on Aug. 16", "the Hwasong-15 that Pyongyang tested in
    # November 2017": the weapon named before its launcher, the day after
    Verb(r"(?:test-)?(?:fired|tested)(?=\s+(?:on|in|last|earlier|this)\s)", "X01",
         fronted=True),
    # "Resolution 2397, adopted by the Council in December 2017": sanctions adopted, their
    # adopter after "by"
    Verb(r"(?<=, )adopted(?=\s+(?:unanimously\s+)?by\s+(?:the\s+)?(?:UN\s+)?(?:Security\s+)?"
         r"[Cc]ouncil\b)", "163"),
    # "Resolution 2397, which the council adopted in December 2017": sanctions adopted
    # "Resolution 2397, which the council adopted in December 2017", "a UN ban adopted in
    # December", "the cap that the Security Council imposed in 2017": a sanction named before
    # the verb that imposed it
    # "which the council adopted unanimously on Dec. 22": how it voted, then when
    # "the resolution, which the council passed on Dec. 22": passed, as a vote adopts it
    # "Resolution 2397, adopted two years earlier": dated back from the story's day
    Verb(r"(?:adopted|imposed|slapped|passed)"
         r"(?=\s+(?:unanimously\s+)?(?:(?:on|in|last|earlier|this)\s"
         r"|(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?)\s+(?:earlier|before)\b))",
         "163", fronted=True),
    # "the office was opened jointly by the two Koreas": what was opened comes before
    Verb(r"(?:opened|reopened|reconnected|restored)(?=\s+(?:jointly\s+)?by\s)", "061"),
    # "a border hotline that the North cut off in February 2016", "the park, which Seoul shut
    # down on Feb. 10": what was closed comes before, the day after
    Verb(r"(?:cut(?:\s+off)?|shut(?:\s+down)?|closed)(?=\s+(?:on|in|last|earlier|this)\s)",
         "161", fronted=True),
    # "the office, which the two Koreas opened on Sept. 14": what was opened comes before
    Verb(r"(?:opened|reopened|reconnected|launched|set\s+up|built)"
         r"(?=\s+(?:on|in|last|earlier|this|at)\s)", "061", fronted=True),
    Verb(r"(?:open(?:s|ed)?|reopen(?:s|ed)?|reconnect(?:s|ed)?|connect(?:s|ed)?|link(?:s|ed)?"
         r"|moderniz(?:e|es|ed)|resum(?:e|es|ed)|restart(?:s|ed)?|surveyed|restor(?:e|es|ed)"
         r"|complet(?:e|es|ed)"
         r"|inspected|launch(?:es|ed)?|beg(?:in|ins|an)|start(?:s|ed)?|break(?:s)? ground"
         r"|broke ground|set(?:s)? up|conduct(?:s|ed)?|carr(?:y|ies|ied) out"
         r"|push(?:es|ed)? ahead with)"
         r"(?=\s+(?:\w+[ -]){0,5}?(?:(?:rail|road" + NOT_A_PLAN + r")" + NOT_WEAPON_GEAR
         + r"|liaison|office|Kaesong|Kumgang"
         r"|project|study|survey|reunions?|tours?|tourism|works?|construction|line"
         r"|working group|inter-Korean|hotlines?|communication lines?))", "061"),
)  # fmt: skip

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ]
    )
    for m in names
}

TRACK_WORDS: dict[str, str] = {
    "denuclearization": r"nuclear|missiles?|rockets?|projectiles?|ICBM|denucleari[sz]\w*|"
    r"warheads?|submarines?|"
    # "to stop the leaflet launches": balloons flown across the border, no weapon
    r"(?<!leaflet )(?<!balloon )launches|test site|"
    # "warned the North against further tests": the North's weapons tests to come
    r"(?:further|fresh|future) tests\b|"
    # "expressed regret over the launch": the noun told again ("since the launch" is a time)
    r"(?<!since )(?:the|this|that) launch\b(?!\s+(?:of|ceremony))|"
    r"Yongbyon|Punggye|Sohae|military|guard posts?|"
    # "the North blew up ten of its posts": the guard posts told again
    r"(?:its|their|the|remaining|front-?line|\d+) posts\b|"
    r"drills?|(?<!to )exercises?|war games|DMZ|demilitari[sz]ed|artillery|mines|landmines|weapons|"
    r"armistice|peace (?:declaration|treaty|regime)|end-of-war|"
    # "the first since the Korean War", "families split by the 1950-53 Korean War": a
    # time or a cause told in passing, not what the act is about
    r"(?<!since the )(?<!since the 1950-53 )(?<!by the )(?<!by the 1950-53 )Korean War",
    "inter-korean": r"inter-Korean(?!\s+(?:border|frontier|boundary))"
    r"|rail" + NOT_WEAPON_GEAR + r"\w*|road" + NOT_WEAPON_GEAR + NOT_A_PLAN + r"s?|"
    r"liaison office|Kaesong|Kumgang|reunions?|"
    r"(?:cultural|sports|civilian|people-to-people|personnel) exchanges?|joint team|"
    r"Unification Ministry|Unification Minister|forestry|tourism|"
    r"(?:re)?unification|reconciliation|hotlines?|communication (?:lines?|channels?)|"
    r"Panmunjom Declaration|Pyongyang (?:Joint )?Declaration|"
    # "called the defectors behind the leaflets \"human scum\"": the leaflets flown across
    # the border are a quarrel of the two Koreas' ties
    r"(?:propaganda |anti-Pyongyang |anti-North )?leaflets?|"
    # "backed the idea of Seoul sending food to the North": the South's aid to the North
    # "backed Moon Jae-in's idea of sending food to the North": the giver named by its leader
    r"(?:Seoul|South Korea|the South|Moon(?: Jae-in)?)(?:'s|’s)? "
    r"(?:(?:plans?|offer|idea|proposal) (?:to|of) )?(?:sending|send|sends"
    r"|providing|provide|shipping|ship|donating|donate|giving|give) (?:[\w$.-]+ ){0,3}?"
    r"(?:food|rice|aid|fertili[sz]er|medicine|humanitarian)|"
    # "backed Seoul's efforts to improve ties with Pyongyang": the South's own ties with the
    # North (not "Washington's relations with the North")
    # (the two by their official names too: "the ROK's efforts to improve relations with the
    # Democratic People's Republic of Korea (DPRK)")
    r"(?:Seoul|South Korea|the South|the ROK|Moon(?: Jae-in)?)(?:'s|’s) (?:[\w-]+ ){0,4}?"
    r"(?:ties|relations) with (?:Pyongyang|North Korea|the North|the DPRK"
    r"|the Democratic People's Republic of Korea)\b",
    "sanctions": r"sanctions?|sanctioned|embargo|exemptions?|exempt\w*|1718|blacklist\w*|"
    # travel bans and asset freezes are the sanctions measures on persons
    r"ship-to-ship|waivers?|economic pressure|travel bans?|asset freezes?|"
    r"ban on (?:American|US|U\.S\.) citizens travel\w*|"
    # "denouncing the seizure", "a cargo ship seized last week": seizing the North's ships
    # enforces the sanctions (not "seized on a remark", "seize the moment")
    r"(?:seiz(?:e|es|ed|ing|ures?)|impound\w*)\b(?!\s+(?:on|upon|the moment)\b)|"
    # "coal and other exports banned by the council": the ban told in the passive
    r"(?:exports?|imports?|goods|cargoes|trade)\s+(?:\w+\s+)?banned\b|"
    # "weapons programmes that the Security Council has banned": the council's resolutions
    r"(?:Security Council|UN|U\.N\.) (?:has |had )?banned\b|banned by the (?:UN |U\.N\. )?"
    r"Security Council\b|"
    # "lift a ban on North Korean exports of seafood", "the cap on its oil imports"
    r"(?:ban|bans|cap|caps|limits?) on (?:North Korean|the North's|its|Pyongyang's) "
    r"(?:[\w-]+ ){0,3}?(?:exports|imports|workers|textiles?|seafood|coal|oil|fuel|petroleum)|"
    # "called on all member states to implement the resolutions fully"
    r"(?:implement\w*|enforc\w*|observ\w*|compl\w+ with) (?:the |all |UN |Security Council )*"
    r"resolutions",
    "alliance-coordination": r"alliance|allies|ally|working group|consult\w*|coordinat\w*|"
    r"not (?:been )?(?:informed|consulted|notified)|without consulting|burden-sharing|"
    r"troop costs|cost-sharing|cost of (?:US |American )?troops",
}
CODE_TRACKS: dict[str, str] = {
    "X01": "denuclearization",
    "X02": "denuclearization",
    "087": "denuclearization",
    "150": "denuclearization",
    "154": "denuclearization",
    "190": "denuclearization",  # fire across a line, shelling: a military act
    "0351": "sanctions",  # "would review its ban": a step toward easing one, the sanctions'
    "163": "sanctions",
    "085": "sanctions",
}
