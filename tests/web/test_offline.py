"""Nothing on any page points outside the server, and everything it points to is there."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from web_support import MakeBrowser

PAGES = (
    "/",
    "/measures",
    "/measures/1",
    "/measures/new",
    "/record?measure=1",
    "/inbox",
    "/preferences",
    "/meetings",
)
_LINK = re.compile(r'(?:href|src|action)="([^"]*)"')


def test_pages_link_only_to_this_server_and_every_asset_exists(browser: MakeBrowser) -> None:
    kor = browser()
    kor.sign_in("kor")
    kor.form("/measures/new", {"title": "A measure to link to"})
    seen: set[str] = set()
    for path in PAGES:
        page = kor.get(path)
        assert page.status_code == 200, path
        for link in _LINK.findall(page.text):
            assert not re.match(r"^[a-z]+:", link) or link == "data:,", (path, link)
            assert not link.startswith("//"), (path, link)
            seen.add(link.replace("&amp;", "&"))
    assets = {s for s in seen if s.startswith("/static/")}
    assert assets, "the pages load no stylesheet"
    for asset in assets:
        assert kor.get(asset).status_code == 200, asset
    anonymous = browser()
    login = anonymous.get("/login").text
    assert all(not re.match(r"^[a-z]+:", u) or u == "data:," for u in _LINK.findall(login))


class _Fields(HTMLParser):
    """Form fields, labels and their links, as a screen reader pairs them."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.open_labels = 0
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "label":
            self.open_labels += 1
            if a.get("for"):
                self.label_for.add(str(a["for"]))
        if tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.fields.append({**a, "wrapped": "yes" if self.open_labels else None})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.open_labels -= 1


def test_every_field_has_a_label_and_every_page_a_language(browser: MakeBrowser) -> None:
    kor = browser()
    kor.sign_in("kor")
    kor.form("/measures/new", {"title": "A measure with every form"})
    for path in PAGES:
        found = _Fields()
        found.feed(kor.get(path).text)
        assert found.lang == "en", path
        assert found.fields, path
        for field in found.fields:
            labelled = field["wrapped"] or (field.get("id") in found.label_for)
            assert labelled, (path, field)
    login = _Fields()
    login.feed(browser().get("/login").text)
    assert login.lang == "en" and all(f.get("id") in login.label_for for f in login.fields)
