"""The manifest parser: columns, rows, errors that name the row and column, all or nothing."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tandem.domain.errors import InvalidInput
from tandem.domain.sanctions import (
    COLUMNS,
    SERVICES,
    TEMPLATE,
    imo_problem,
    parse_csv,
    parse_json,
    parse_manifest,
)


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def test_the_template_parses() -> None:
    lines = parse_csv(TEMPLATE)
    assert [line.number for line in lines] == [1, 2]
    assert lines[0].hs_code == "271019" and lines[0].returns and lines[0].transport == "rail"
    assert lines[0].quantity == Decimal("55000") and lines[0].unit == "l"


def test_columns_in_any_order_and_only_three_required() -> None:
    text = csv_text(["direction", "service", "description"], [["to_dprk", "financial", "Fees"]])
    (line,) = parse_csv(text)
    assert line.service == "financial" and line.hs_code is None
    (line,) = parse_csv(
        csv_text(["hs_code", "description", "direction"], [["86.05", "Coach", "to_dprk"]])
    )
    assert line.hs_code == "8605"


@pytest.mark.parametrize(
    ("header", "says"),
    [
        (["description", "hs_code", "direction", "colour"], "unknown column 'colour'"),
        (["description", "hs_code"], "no column direction"),
        (["description", "direction"], "hs_code or service"),
        (["description", "hs_code", "direction", "hs_code"], "twice"),
    ],
)
def test_bad_headers_are_refused(header: list[str], says: str) -> None:
    with pytest.raises(InvalidInput, match=says):
        parse_csv(csv_text(header, [["x"] * len(header)]))


@pytest.mark.parametrize(
    ("row", "says"),
    [
        (["", "8605", "to_dprk", ""], "row 2, column description"),
        (["Coach", "8605", "north", ""], "row 2, column direction"),
        (["Coach", "865", "to_dprk", ""], "row 2, column hs_code"),
        (["Coach", "7701", "to_dprk", ""], "row 2, column hs_code: '7701'"),
        (["Coach", "", "to_dprk", ""], "row 2, column hs_code: give an HS code"),
        (["Coach", "8605", "to_dprk", "tourism"], "row 2, column service"),
    ],
)
def test_a_bad_row_names_row_and_column_and_nothing_is_read(row: list[str], says: str) -> None:
    good = ["Coach", "8605", "to_dprk", ""]
    text = csv_text(["description", "hs_code", "direction", "service"], [good, row, good])
    with pytest.raises(InvalidInput, match=says) as caught:
        parse_csv(text)
    assert "was not read" in caught.value.message


@pytest.mark.parametrize(
    ("column", "value", "says"),
    [
        ("quantity", "-1", "column quantity"),
        ("quantity", "lots", "column quantity"),
        ("value", "1e999", "column value"),
        ("returns", "maybe", "column returns"),
        ("transport", "teleport", "column transport"),
        ("vessel_imo", "1234568", "check digit"),
        ("vessel_imo", "12345", "7 digits"),
    ],
)
def test_bad_cells(column: str, value: str, says: str) -> None:
    header = ["description", "hs_code", "direction", column]
    with pytest.raises(InvalidInput, match=f"row 1, column .*{says}|{says}"):
        parse_csv(csv_text(header, [["Coach", "8605", "to_dprk", value]]))


def test_quantity_needs_a_unit_and_value_a_currency() -> None:
    header = ["description", "hs_code", "direction", "quantity", "value"]
    with pytest.raises(InvalidInput) as caught:
        parse_csv(csv_text(header, [["Coach", "8605", "to_dprk", "2", "100"]]))
    assert "row 1, column unit" in caught.value.message
    assert "row 1, column currency" in caught.value.message


def test_imo_numbers() -> None:
    assert imo_problem("9074729") is None
    assert imo_problem("IMO 9074729") is None
    assert imo_problem("9074728") is not None


def test_json_manifest() -> None:
    text = json.dumps(
        {
            "manifest": 1,
            "lines": [
                {
                    "description": "Coach",
                    "hs_code": "8605",
                    "direction": "to_dprk",
                    "returns": True,
                    "counterparties": ["A", "B"],
                    "quantity": 2,
                    "unit": "pcs",
                }
            ],
        }
    )
    (line,) = parse_manifest(text)
    assert line.returns and line.counterparties == ("A", "B") and line.quantity == 2
    with pytest.raises(InvalidInput, match="format 2"):
        parse_json(json.dumps({"manifest": 2, "lines": []}))
    with pytest.raises(InvalidInput, match="unknown column 'x'"):
        parse_json(json.dumps({"lines": [{"x": 1}]}))


def test_a_newer_csv_format_is_refused() -> None:
    with pytest.raises(InvalidInput, match="format 1"):
        parse_csv("# tandem-manifest 2\ndescription,hs_code,direction\nA,86,to_dprk\n")


def test_empty_manifests_are_refused() -> None:
    for text in ("", "description,hs_code,direction\n"):
        with pytest.raises(InvalidInput, match=r"empty|no lines"):
            parse_csv(text)


# Properties -----------------------------------------------------------------------------------

chapters = st.integers(1, 97).filter(lambda c: c != 77)
hs_codes = st.builds(
    lambda c, rest: f"{c:02d}{rest}",
    chapters,
    st.sampled_from(["", "01", "0110", "99", "9990"]),
)
texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda s: s.strip() != "" and not s.startswith("#"))
rows = st.fixed_dictionaries(
    {
        "description": texts,
        "hs_code": hs_codes,
        "direction": st.sampled_from(["to_dprk", "from_dprk"]),
        "returns": st.sampled_from(["yes", "no", ""]),
        "service": st.sampled_from(SERVICES),
        "counterparties": st.lists(texts.filter(lambda s: ";" not in s), max_size=3).map(";".join),
        "quantity": st.decimals(0, 10**9, places=2).map(str),
        "unit": st.sampled_from(["l", "kg", "pcs", "bbl"]),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(rows, min_size=1, max_size=8), st.permutations(list(range(8))))
def test_well_formed_rows_round_trip_in_any_column_order(
    data: list[dict[str, str]], order: list[int]
) -> None:
    header = [list(data[0])[i] for i in order]
    text = csv_text(header, [[row[c] for c in header] for row in data])
    lines = parse_csv(text)
    assert [line.number for line in lines] == list(range(1, len(data) + 1))
    for line, row in zip(lines, data, strict=True):
        assert line.description == row["description"].strip()
        assert line.hs_code == row["hs_code"]
        assert line.direction == row["direction"]
        assert line.returns is (row["returns"] == "yes")
        assert line.counterparties == tuple(
            c.strip() for c in row["counterparties"].split(";") if c.strip()
        )


@settings(max_examples=60, deadline=None)
@given(st.lists(rows, min_size=2, max_size=6), st.data())
def test_one_bad_hs_code_refuses_the_whole_manifest_naming_its_row(
    data: list[dict[str, str]], draw: st.DataObject
) -> None:
    bad = draw.draw(st.integers(0, len(data) - 1))
    data[bad]["hs_code"] = draw.draw(st.sampled_from(["1", "123", "77", "9801", "12345", "x1"]))
    header = list(data[0])
    with pytest.raises(InvalidInput, match=f"row {bad + 1}, column hs_code"):
        parse_csv(csv_text(header, [[row[c] for c in header] for row in data]))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_either_parses_or_is_refused_with_a_sentence(text: str) -> None:
    try:
        lines = parse_manifest(text)
    except InvalidInput as exc:
        assert exc.message
    else:
        assert lines and all(line.number >= 1 for line in lines)


def test_every_column_of_the_contract_is_known() -> None:
    assert set(COLUMNS) == {
        "description",
        "hs_code",
        "quantity",
        "unit",
        "value",
        "currency",
        "direction",
        "returns",
        "transport",
        "end_user",
        "counterparties",
        "vessel_name",
        "vessel_imo",
        "service",
    }
