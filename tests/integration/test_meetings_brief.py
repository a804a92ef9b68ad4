"""The briefing pack of the demo's meeting: the Markdown section by section, and the PDF as
a reader gets it (pages, the agenda's text, Korean, the chart); screening findings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from tandem.domain.errors import InvalidInput, NotFound
from tandem.domain.measures import Stance
from tandem.services import measures, meetings
from tandem.services.briefing import write_brief
from tandem.services.context import App
from tandem.services.scenario import load_scenario


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    url = str(tmp_path_factory.mktemp("brief") / "demo.db")
    load_scenario("wg2018", url)
    app = App.open(url)
    yield app
    app.db.dispose()


def sections(text: str) -> dict[str, str]:
    """Level-2 sections by title, each its text without the heading."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return {title: body.strip() for title, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_the_markdown_brief_section_by_section(demo: App, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    written = write_brief(demo, 1, "md", out)
    assert written["files"] == [str(out), str(tmp_path / "brief.chart.svg")]
    text = out.read_text("utf-8")
    assert text.startswith("# Briefing: working-group meeting 1\n")
    s = sections(text)
    assert list(s) == [
        "Meeting",
        "Agenda",
        "Items",
        "Tandem chart",
        "Responsiveness",
        "Minutes",
    ]
    assert s["Meeting"] == (
        "- **When:** Thu 20 Dec 2018 20:00 USA (EST); Fri 21 Dec 2018 10:00 KOR (KST)\n"
        "- **Where:** Ministry of Foreign Affairs, Seoul (외교부)\n"
        "- **Chairs:** KOR: Chief nuclear envoy (한반도평화교섭본부장); "
        "USA: Special Representative for North Korea\n"
        "- **KOR attends:** Kim\n"
        "- **USA attends:** Smith"
    )
    agenda = s["Agenda"].splitlines()
    assert [line.split(". ", 1)[0] for line in agenda] == ["1", "2", "3", "4"]
    assert agenda[0] == (
        "1. Measure 3 (KOR): Resumption of individual tourism to Mount Kumgang — "
        "objected by USA (objected)"
    )
    assert agenda[1].startswith("2. Alert 1 (unnotified, USA): ")
    assert agenda[2].startswith("3. Alert 2 (unilateral, KOR): ")
    assert agenda[3] == (
        "4. Measure 5 (KOR): Groundbreaking ceremony for reconnecting railways and roads (other)"
    )

    items = re.split(r"^### ", s["Items"], flags=re.MULTILINE)[1:]
    assert len(items) == 4
    kumgang = items[0]
    for part in ("#### Positions", "#### Screening findings", "#### What-if"):
        assert part in kumgang
    assert "| USA | objection | 1 | 10 Dec 2018 15:00 UTC | Fees paid" in kumgang
    assert "status **objected**" in kumgang
    assert "| 1 | inter-korean | denuclearization | 10.0 |" in kumgang
    assert "Alert 1 (unnotified) on 11 Dec 2018 00:00 UTC, about USA:" in items[1]
    assert "#### What-if" not in items[1], "an alert without a measure has no what-if"
    assert "| USA | extension | 1 |" in items[3]

    assert (
        s["Tandem chart"].startswith("![The tandem chart")
        and "(brief.chart.svg)" in (s["Tandem chart"])
    )
    assert (tmp_path / "brief.chart.svg").read_text("utf-8").lstrip().startswith("<?xml")

    rows = s["Responsiveness"].splitlines()
    assert rows[0].startswith("| party | notifications | hours to acknowledge |")
    assert rows[2] == "| USA | 4 | 14.0 | 86.0 | 0 of 2 (0%) | 1 | 1 | 0 of 0 (—) |"
    assert rows[3] == "| KOR | 2 | 10.0 | 10.5 | 0 of 2 (0%) | 0 | 0 | 0 of 0 (—) |"

    minutes = s["Minutes"]
    outcomes, rest = minutes.split("### Follow-ups")
    followups, statements = rest.split("### Statements")
    assert [line[:40] for line in outcomes.strip().splitlines()] == [
        "- **Item 1, Measure 3 (KOR): Resumption ",
        "- **Item 3, Alert 2 (unilateral, KOR): K",
        "- **Item 4, Measure 5 (KOR): Groundbreak",
    ]
    assert "to-be-amended (KOR). KOR will amend the measure" in outcomes
    table = followups.strip().splitlines()
    assert table[0] == "| id | owner | due | status | follow-up |"
    assert table[2].startswith("| 1 | KOR | 2019-01-18 | open | Amend measure 3 ")
    assert table[3].startswith("| 2 | USA | 2018-12-24 | open | Ask the 1718 Committee")
    assert statements.strip().startswith(
        "**Statement 1 (press-line), final: approved by every party.**\n\n> The United States"
    )


def test_the_pdf_brief_reads_as_a_person_would(demo: App, tmp_path: Path) -> None:
    import pypdfium2
    from pypdf import PdfReader

    out = tmp_path / "brief.pdf"
    write_brief(demo, 1, "pdf", out)
    assert out.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 4
    pages = [p.extract_text() for p in reader.pages]
    whole = "\n".join(pages)
    first = " ".join(pages[0].split())
    assert "Briefing: working-group meeting 1" in first
    assert "Ministry of Foreign Affairs, Seoul (외교부)" in first, "Korean text is kept"
    assert "Chief nuclear envoy (한반도평화교섭본부장)" in first
    for title in (
        "Resumption of individual tourism to Mount Kumgang",
        "Groundbreaking ceremony for reconnecting railways and roads",
        "Treasury designated three DPRK officials",
    ):
        assert title in " ".join(whole.split()), title
    assert "Page 4 of 4".lower() in whole.lower()
    # The chart is drawn: its page holds far more vector paths than a page of text.
    chart_page = next(i for i, text in enumerate(pages) if "Tandem chart" in text)
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        paths = [
            sum(1 for o in pdf[i].get_objects(max_depth=5) if o.type == 2) for i in range(len(pdf))
        ]
        assert paths[chart_page] > 150 and paths[chart_page] > 2 * min(paths), paths
        # Korean glyphs are drawn, not left as empty boxes: the page renders with ink there.
        image = pdf[0].render(scale=1).to_pil().convert("L")
        assert image.getextrema()[0] < 100
    finally:
        pdf.close()


def test_a_brief_is_refused_for_a_missing_meeting_or_folder(demo: App, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no meeting 9"):
        write_brief(demo, 9, "md", tmp_path / "x.md")
    with pytest.raises(InvalidInput, match="no folder"):
        write_brief(demo, 1, "md", tmp_path / "nowhere" / "x.md")
    with pytest.raises(InvalidInput, match="md or pdf"):
        write_brief(demo, 1, "docx", tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


def test_the_brief_shows_the_screening_findings(app: App, tmp_path: Path) -> None:
    rail = resources.files("tandem.data").joinpath("manifests", "rail-survey-2018.csv")
    mid = int(
        measures.propose_measure(
            app, "kim", "Rail survey", planned=date(2018, 11, 30), manifest=rail.read_text()
        )["id"]
    )
    measures.notify_measure(app, mid, "kor")
    measures.record_position(app, mid, "smith", Stance.OBJECTION, reason="Exemption first.")
    m = meetings.schedule_meeting(
        app, "kim", starts="2018-11-28T10:00", zone="Asia/Seoul", place="Seoul"
    )
    meetings.propose_agenda(app, m["id"], "kim")
    write_brief(app, m["id"], "md", tmp_path / "b.md")
    items = sections((tmp_path / "b.md").read_text("utf-8"))["Items"]
    screening = items.split("#### Screening findings")[1].split("#### What-if")[0]
    assert "Verdict **requires_exemption** (version 1, rules in force on 2018-11-30)." in screening
    assert "| 4 | 2397 OP5 (2397-5) | capped | Refined petroleum products" in screening
    assert "| 1 | 2397 (paragraph not yet checked) (2397-vehicles) | prohibited |" in screening
    assert "OP7" not in screening and "OPNone" not in screening
