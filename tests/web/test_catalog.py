"""The Korean catalog covers every English string of the UI, placeholders intact."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import tandem.web

WEB = Path(tandem.web.__file__).parent
PO = WEB / "locale" / "ko" / "LC_MESSAGES" / "messages.po"
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _english() -> set[str]:
    method_map = [("templates/**.html", "jinja2"), ("**.py", "python")]
    options = {"templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        WEB, method_map, options_map=options
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def test_every_string_of_the_ui_has_a_korean_translation() -> None:
    with PO.open("rb") as f:
        catalog = read_po(f, locale="ko")
    english = _english()
    assert len(english) > 100  # the extraction itself works
    missing = sorted(m for m in english if not catalog.get(m) or not catalog.get(m).string)
    assert missing == [], f"untranslated: {missing}; run `make messages` and translate"
    fuzzy = sorted(m.id for m in catalog if m.id and m.fuzzy)
    assert fuzzy == []


def test_translations_keep_their_placeholders() -> None:
    with PO.open("rb") as f:
        catalog = read_po(f, locale="ko")
    for message in catalog:
        if message.id and isinstance(message.id, str):
            assert set(_PLACEHOLDER.findall(message.id)) == set(
                _PLACEHOLDER.findall(str(message.string))
            ), message.id
