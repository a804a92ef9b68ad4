"""Nothing on any page points outside the server, and everything it points to is there."""

from __future__ import annotations

import re

from conftest import MakeBrowser

_LINK = re.compile(r'(?:href|src|action)="([^"]*)"')


def test_pages_link_only_to_this_server_and_every_asset_exists(browser: MakeBrowser) -> None:
    kor = browser()
    kor.sign_in("kor")
    kor.form("/measures/new", {"title": "A measure to link to"})
    seen: set[str] = set()
    for path in ("/", "/measures", "/measures/1", "/measures/new", "/record?measure=1"):
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
