"""Reading inputs: any bytes give articles or a reason, never a crash (hypothesis)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tandem.domain.monitoring_report import Article
from tandem.services.monitoring_sources import Skipped, read_inputs

SUFFIXES = st.sampled_from([".txt", ".json", ".jsonl", ".html", ".xml", ".rss", ".bin", ""])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode)),
       suffix=SUFFIXES)  # fmt: skip
def test_any_file_gives_articles_or_reasons(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in read_inputs([str(path)]):
        assert isinstance(item, Article | Skipped)
        if isinstance(item, Skipped):
            assert item.why and item.input
        else:
            assert item.text.strip() and item.published is not None


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["url", "title", "published", "text", "x"]), children)
    ),
    max_leaves=12,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=JSON_VALUES)
def test_any_json_gives_articles_or_reasons(tmp_path: Path, value: object) -> None:
    path = tmp_path / "input.json"
    path.write_text(json.dumps(value), "utf-8")
    items = list(read_inputs([str(path)]))
    assert items and all(isinstance(i, Article | Skipped) for i in items)


def test_a_text_file_with_its_header_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Railway survey\nOutlet: Wire\nDate: 2018-11-30\nURL: https://w.invalid/a\n\n"
        "South Korea began a survey of the railway.",
        "utf-8",
    )
    [article] = read_inputs([str(path)])
    assert article == Article(
        "https://w.invalid/a", "https://w.invalid/a", "Railway survey", "Wire",
        date(2018, 11, 30), "South Korea began a survey of the railway.",
    )  # fmt: skip


def test_jsonl_lines_are_read_one_by_one(tmp_path: Path) -> None:
    good = {"published": "2018-11-30", "text": "Seoul warned Pyongyang on Tuesday."}
    path = tmp_path / "a.jsonl"
    path.write_text(f"{json.dumps(good)}\nnot json\n[1]\n", "utf-8")
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Article) and items[0].name == "a.jsonl"
    assert [i.input for i in items[1:] if isinstance(i, Skipped)] == ["a.jsonl:2", "a.jsonl:3"]
