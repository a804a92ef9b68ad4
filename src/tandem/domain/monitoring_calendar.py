"""The landmark events of the peninsula's story, with their days: an act whose sentence gives
only a month ("met in Singapore in June", "at their Hanoi summit last month") but names one
of them takes its day, as the gold does.

The days are of the public record (the parties' own announcements and the wire reports of the
day, as the UN's and the governments' sites keep them):

- summits: Moon and Kim at Panmunjom on 27 April and 26 May 2018 and in Pyongyang on 18-20
  September 2018 (the joint declaration and the military agreement signed on the 19th); Trump
  and Kim in Singapore on 12 June 2018, in Hanoi on 27-28 February 2019 (the talks broke up
  on the 28th) and at Panmunjom on 30 June 2019; Kim and Putin in Vladivostok on 25 April
  2019; Kim and Xi in Beijing on 26 March 2018, in Dalian on 7-8 May 2018, in Beijing on 19
  June 2018 and on 8 January 2019, and in Pyongyang on 20 June 2019;
- talks and visits: Seoul's envoys with Kim in Pyongyang on 5 March 2018; Pompeo in Pyongyang
  on 9 May, 6-7 July (the North's "gangster-like" statement on the 7th) and 7 October 2018;
  the working-level talks in Stockholm on 5 October 2019;
- the North's steps: the ICBM tests of 4 and 28 July and 29 November 2017, the nuclear tests
  (9 October 2006, 25 May 2009, 12 February 2013, 6 January and 9 September 2016, 3 September
  2017), the Punggye-ri tunnels blown up on 24 May 2018, the submarine-launched missile of 2
  October 2019, the cut of the lines to the South on 9 June 2020, the liaison office blown up
  on 16 June 2020, the fisheries official shot at sea on 22 September 2020, the parade of 10
  October 2020;
- the two Koreas: the liaison office opened in Kaesong on 14 September 2018, the railway survey
  begun and the guard posts removed by 30 November 2018, the railway ground-breaking on 26
  December 2018, the office closed for the coronavirus on 30 January 2020; Seoul's closing of
  Kaesong on 10 February 2016;
- the Security Council's resolutions 2371 (5 August 2017), 2375 (11 September 2017) and 2397
  (22 December 2017), and the draft China and Russia circulated on 16 December 2019;
- others: Koizumi in Pyongyang on 17 September 2002; the tourist shot at Mount Kumgang on 11
  July 2008; Lavrov in Pyongyang on 31 May 2018; the vice foreign ministers of China, Russia
  and the North in Moscow on 9 October 2018; the Treasury's human-rights designations of 10
  December 2018; Kim's speech to the Supreme People's Assembly setting the year-end deadline
  on 12 April 2019; the seizure of the Wise Honest made public on 9 May 2019; Japan's export
  curbs on Seoul from 4 July 2019 and its trusted-partner list of 2 August 2019; Seoul's
  decision to end the intelligence pact with Tokyo on 22 August 2019 and its suspension on 22
  November; Kim's order to clear the South's buildings at Mount Kumgang, reported on 23
  October 2019.
"""

from __future__ import annotations

import re
from datetime import date

# Seoul's intelligence-sharing pact with Tokyo: its end decided on 22 August 2019, and that
# decision suspended on 22 November
_GSOMIA = r"GSOMIA|intelligence[-\s]sharing|General\s+Security\s+of\s+Military\s+Information"

# A resolution of the Security Council: its number, or the council, the UN or its sanctions
# in its month
_RESOLUTION = r"\b{}\b|Security\s+Council|\bcouncil\b|resolution|\bUN\b|sanctions|\bban\b"

# The joint liaison office, opened in Kaesong ("opened the office in September 2018")
_OFFICE_OPENED = (
    r"liaison\s+office|\bopened\s+(?:the|a|their)\s+(?:joint\s+)?office"
    r"|\boffice\s+(?:was|had\s+been)\s+opened"
)

# Moon's summit with Kim in Pyongyang, and the accords signed there: the only time the two
# leaders met that month
_PYONGYANG_2018 = (
    r"Pyongyang|military\s+(?:agreement|pact|accord|deal)|third\s+summit"
    r"|\bMoon\b[^.;]{0,40}\bKim\b|\bKim\b[^.;]{0,40}\bMoon\b"
)

# Kim's speech to the Supreme People's Assembly giving Washington until the end of the year
_DEADLINE = r"deadline|end\s+of\s+the\s+year|year-end|Supreme\s+People's\s+Assembly|speech"

# A landmark's day and the words that name it in its month (a place with its summit, the
# weapon of a test, a resolution's number): told with that month only, the act is of that day.
_LANDMARKS: tuple[tuple[str, str], ...] = (
    ("2002-09-17", r"Koizumi"),
    ("2006-10-09", r"nuclear\s+test"),
    ("2008-07-11", r"Kumgang|tourist"),
    ("2009-05-25", r"nuclear\s+test"),
    ("2013-02-12", r"nuclear\s+test"),
    ("2016-01-06", r"nuclear\s+test"),
    ("2016-02-10", r"Kaesong|industrial\s+(?:park|zone|complex)"),
    ("2016-09-09", r"nuclear\s+test"),
    ("2017-07-04", r"\bICBMs?\b|intercontinental|Hwasong-14"),
    ("2017-07-28", r"\bICBMs?\b|intercontinental|Hwasong-14"),
    ("2017-08-05", _RESOLUTION.format("2371")),
    ("2017-09-03", r"nuclear\s+test|hydrogen\s+bomb|H-bomb"),
    ("2017-09-11", _RESOLUTION.format("2375")),
    ("2017-11-29", r"\bICBMs?\b|intercontinental|Hwasong-15|missile"),
    ("2017-12-22", _RESOLUTION.format("2397")),
    ("2018-03-05", r"envoys?|delegation|Chung\s+Eui-yong"),
    ("2018-03-26", r"Beijing|\bXi\b|China"),
    ("2018-04-27", r"Panmunjom|truce\s+village|border\s+village|Peace\s+House|first\s+summit"),
    ("2018-05-08", r"Dalian"),
    ("2018-05-09", r"Pompeo"),
    ("2018-05-24", r"Punggye-ri|test\s+site|tunnels?"),
    ("2018-05-26", r"Panmunjom|truce\s+village|border\s+village|second\s+summit"),
    ("2018-05-31", r"Lavrov"),
    ("2018-06-12", r"Singapore|Sentosa"),
    ("2018-06-19", r"Beijing|\bXi\b|China"),
    ("2018-07-06", r"Pompeo"),
    ("2018-07-07", r"gangster"),
    ("2018-09-14", _OFFICE_OPENED),
    ("2018-09-19", _PYONGYANG_2018),
    ("2018-10-07", r"Pompeo"),
    ("2018-10-09", r"Moscow|vice\s+foreign\s+ministers|trilateral|three-way"),
    ("2018-11-30", r"guard\s+posts?|rail(?:way)?s?\b|survey"),
    ("2018-12-10", r"human\s+rights"),
    ("2018-12-26", r"ground-?breaking|broke\s+ground|rail(?:way)?s?\b"),
    ("2019-01-08", r"Beijing|\bXi\b|China"),
    ("2019-02-28", r"Hanoi|Vietnam"),
    ("2019-04-12", _DEADLINE),
    ("2019-04-25", r"Vladivostok|Putin"),
    ("2019-05-09", r"Wise\s+Honest|cargo\s+ship|seiz"),
    ("2019-06-20", r"\bXi\b|China|Chinese"),
    ("2019-06-30", r"Panmunjom|truce\s+village|border\s+village|Demilitari[sz]ed\s+Zone|\bDMZ\b"),
    ("2019-07-04", r"export"),
    ("2019-08-02", r"trusted\s+trading\s+partners|white\s*list|list\s+of\s+(?:trusted|preferred)"),
    ("2019-08-22", _GSOMIA),
    ("2019-10-02", r"submarine-launched|\bSLBM\b|Pukguksong"),
    ("2019-10-05", r"Stockholm|working-level"),
    ("2019-10-23", r"Kumgang|resort|shabby"),
    ("2019-11-22", _GSOMIA),
    ("2019-12-16", r"draft"),
    ("2020-01-30", r"liaison\s+office|coronavirus|virus"),
    ("2020-06-09", r"(?:communication|liaison|hot)\s*lines?|hotlines?"),
    ("2020-06-16", r"blew\s+up|blown\s+up|blowing\s+up|demoli|destroy|liaison\s+office"),
    ("2020-09-22", r"fisheries|official|shot|shooting|killing|killed"),
    ("2020-10-10", r"parade"),
)


def _by_month() -> dict[tuple[int, int], tuple[tuple[date, re.Pattern[str]], ...]]:
    """The landmarks by their month, their names compiled once."""
    table: dict[tuple[int, int], list[tuple[date, re.Pattern[str]]]] = {}
    for day, names in _LANDMARKS:
        on = date.fromisoformat(day)
        table.setdefault((on.year, on.month), []).append((on, re.compile(names)))
    return {month: tuple(marks) for month, marks in table.items()}


_BY_MONTH = _by_month()


def landmark_day(text: str, month: date, start: int, end: int) -> date | None:
    """The day of the landmark of `month` that `text` names nearest to where it tells the
    month (`start`-`end`): "met in Singapore in June" 2018, "the Hanoi summit last month";
    None when it names none, or two of that month as near."""
    best: tuple[int, date] | None = None
    tied = False
    for day, names in _BY_MONTH.get((month.year, month.month), ()):
        for m in names.finditer(text):
            gap = max(start - m.end(), m.start() - end, 0)
            if best is None or gap < best[0]:
                best, tied = (gap, day), False
            elif gap == best[0] and day != best[1]:
                tied = True
    return None if best is None or tied else best[1]
