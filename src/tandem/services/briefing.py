"""The briefing pack of a meeting, as Markdown or PDF, from one set of facts.

Both formats come from templates in tandem/data/briefs/ fed the same `facts`, so they say
the same things in the same order. The PDF is HTML laid out by WeasyPrint (imported only
here) with the tandem chart embedded as SVG and Noto CJK for Korean text.
"""

from __future__ import annotations

import base64
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, StrictUndefined

from tandem.domain.errors import InvalidInput, TandemError
from tandem.domain.events import from_iso
from tandem.services import meetings, pacing
from tandem.services.context import App, reading
from tandem.services.measures import show_measure
from tandem.services.views import JSONDict

SCREENING_NOTE = "No manifest of this measure has been screened (docs/sanctions.md)."


def facts(app: App, meeting_id: int) -> JSONDict:
    """Everything the brief shows, as plain values."""
    m = meetings.show_meeting(app, meeting_id)
    with reading(app) as ctx:
        parties = [(p.code, p.time_zone) for p in ctx.group.parties]
        now = ctx.now
        alert_ids = [i["alert"] for i in m["agenda"] if i["alert"] is not None]
        alerts = meetings.alerts_of(ctx, alert_ids)
        responsiveness = meetings.stats_of(ctx)
    starts = from_iso(m["starts_at"])
    items: list[JSONDict] = []
    for position, item in enumerate(m["agenda"], 1):
        entry: JSONDict = {
            "position": position,
            **item,
            "measure_view": None,
            "what_if": None,
            "screening": None,
        }
        if item["alert"] is not None:
            entry["alert_view"] = alerts.get(item["alert"])
        else:
            entry["alert_view"] = None
        if item["measure"] is not None:
            entry["measure_view"] = show_measure(app, item["measure"])
            entry["screening"] = _screening(app, item["measure"])
            try:
                entry["what_if"] = pacing.what_if(app, item["measure"])
            except TandemError as exc:
                entry["what_if_note"] = exc.message
        items.append(entry)
    try:
        chart = pacing.chart_svg(app)
    except TandemError:
        chart = None
    return {
        "meeting": m,
        "local_times": [
            f"{starts.astimezone(ZoneInfo(zone)):%a %d %b %Y %H:%M} {code} "
            f"({starts.astimezone(ZoneInfo(zone)).tzname()})"
            for code, zone in parties
        ],
        "items": items,
        "screening_note": SCREENING_NOTE,
        "chart_svg": chart,
        "responsiveness": responsiveness,
        "minutes": [i for i in items if i["outcome"]],
        "prepared_at": f"{now:%Y-%m-%d %H:%M} UTC",
    }


def _screening(app: App, measure_id: int) -> JSONDict | None:
    """The latest screening of the measure's manifest and its exemption requests."""
    from tandem.services.sanctions import measure_screening

    seen = measure_screening(app, measure_id)
    if not seen["screenings"]:
        return None
    latest = seen["screenings"][-1]
    return {
        "verdict": latest["verdict"],
        "on": latest["on"],
        "version": latest["version"],
        "findings": latest["findings"],
        "exemptions": seen["exemptions"],
    }


@cache
def _env(html: bool) -> Environment:
    env = Environment(
        autoescape=html,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pct"] = lambda v: "—" if v is None else f"{round(v * 100)}%"
    env.filters["dash"] = lambda v: "—" if v is None or v == "" else v
    env.filters["day"] = _day
    env.filters["cell"] = lambda v: (
        str("—" if v is None or v == "" else v).replace("|", "\\|").replace("\n", " ")
    )
    return env


def _day(text: str | None) -> str:
    if not text:
        return "—"
    return f"{datetime.fromisoformat(text.replace('Z', '+00:00')):%d %b %Y %H:%M} UTC"


def _template(name: str) -> str:
    return resources.files("tandem.data").joinpath("briefs", name).read_text("utf-8")


def markdown(data: JSONDict, chart_file: str | None) -> str:
    return _env(False).from_string(_template("brief.md.j2")).render(**data, chart_file=chart_file)


def html(data: JSONDict) -> str:
    chart = data["chart_svg"]
    src = (
        "data:image/svg+xml;base64," + base64.b64encode(chart.encode("utf-8")).decode("ascii")
        if chart
        else None
    )
    return _env(True).from_string(_template("brief.html.j2")).render(**data, chart_src=src)


def pdf(data: JSONDict) -> bytes:
    import logging

    from weasyprint import HTML  # type: ignore[import-untyped]

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    out: Any = HTML(string=html(data)).write_pdf()
    assert isinstance(out, bytes)
    return out


def render_brief(app: App, meeting_id: int, fmt: str) -> bytes:
    """The pack as one document (the API's): a Markdown pack embeds the chart as data."""
    if fmt not in ("md", "pdf"):
        raise InvalidInput(f"a briefing is md or pdf, not {fmt}")
    data = facts(app, meeting_id)
    if fmt == "pdf":
        return pdf(data)
    chart = data["chart_svg"]
    src = (
        "data:image/svg+xml;base64," + base64.b64encode(chart.encode("utf-8")).decode("ascii")
        if chart
        else None
    )
    return markdown(data, src).encode("utf-8")


def write_brief(app: App, meeting_id: int, fmt: str, out: Path) -> JSONDict:
    """Write the pack to `out`; a Markdown pack puts the chart beside it as `NAME.chart.svg`."""
    if fmt not in ("md", "pdf"):
        raise InvalidInput(f"a briefing is md or pdf, not {fmt}")
    if out.parent and not out.parent.is_dir():
        raise InvalidInput(f"there is no folder {out.parent} to write {out.name} into")
    data = facts(app, meeting_id)
    written = [str(out)]
    if fmt == "md":
        chart_file = None
        if data["chart_svg"]:
            chart_path = out.with_name(out.stem + ".chart.svg")
            chart_path.write_text(data["chart_svg"], "utf-8")
            chart_file = chart_path.name
            written.append(str(chart_path))
        out.write_text(markdown(data, chart_file), "utf-8")
    else:
        out.write_bytes(pdf(data))
    return {"meeting": meeting_id, "format": fmt, "out": str(out), "files": written}
