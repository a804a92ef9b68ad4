"""PLOVER categories of CAMEO codes, from the shipped crosswalk (data/cameo-plover.csv)."""

from __future__ import annotations

import pytest

from tandem.domain.plover import Plover, category, crosswalk, plover
from tandem.services.pacing import goldstein


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("036", "AGREE"),  # express intent to meet or negotiate
        ("04", "CONSULT"),  # a root code takes its general code's (040) category
        ("042", "CONSULT"),
        ("061", "COOPERATE"),
        ("08", "CONCEDE"),  # the root heading 08 is split; 080 "Yield" is CONCEDE
        ("0874", "RETREAT"),
        ("130", "THREATEN"),
        ("163", "COERCE"),  # as the crosswalk says, though listed under 16
        ("175", "ASSAULT"),  # listed twice, alike
        ("192", "COERCE"),
        ("2042", "ASSAULT"),
        ("X01", "MOBILIZE"),  # the project's own codes: tests, short of the use of force
        ("X02", "MOBILIZE"),
    ],
)
def test_known_codes(code: str, expected: str) -> None:
    assert category(code) == expected


@pytest.mark.parametrize("code", ["01", "010", "02", "0214", "999", "", "X03"])
def test_statements_appeals_and_unknown_codes_have_none(code: str) -> None:
    assert category(code) is None and plover(code) is None


def test_mode_and_context_are_kept() -> None:
    assert plover("041") == Plover("CONSULT", "phone", None)
    assert plover("091") == Plover("ACCUSE", "investigate", "crime; corruption")
    assert plover("X02") == Plover("MOBILIZE", "weapons", "cbrn")


def test_every_cameo_code_but_statements_and_appeals_is_mapped() -> None:
    unmapped = {c for c in goldstein() if c not in crosswalk()}
    assert unmapped and all(c.startswith(("01", "02")) for c in unmapped)
