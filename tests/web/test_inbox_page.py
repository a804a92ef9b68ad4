"""The inbox page shows what the worker delivered to the reader, and only that."""

from __future__ import annotations

import re

from web_support import MakeBrowser

from tandem.services.context import App
from tandem.services.worker import run


def test_the_partner_reads_the_notification_in_the_inbox(
    web_app: App, browser: MakeBrowser
) -> None:
    kor, usa, admin = browser(), browser(), browser()
    kor.sign_in("kor")
    usa.sign_in("usa")
    admin.sign_in("admin")
    done = kor.form("/measures/new", {"title": "Joint railway survey"})
    measure = int(re.findall(r"/measures/(\d+)", done.headers["location"])[0])
    kor.act(measure, "notify")
    kor.form(f"/measures/{measure}/notes", {"text": "Our fallback: a shorter survey"})
    assert "Nothing here yet" in usa.get("/inbox").text
    run(web_app, once=True)
    page = usa.get("/inbox?unread=1").text
    items = re.search(r'data-testid="inbox">(.*?)</ul>', page, re.S)
    assert items and f"#{measure}" in items.group(1) and "new" in items.group(1)
    assert "fallback" not in usa.get("/inbox").text
    assert usa.form("/inbox/read", {}).status_code == 303
    assert 'data-testid="inbox"' not in usa.get("/inbox?unread=1").text
    assert "an admin receives none" in admin.get("/inbox").text
    refused = usa.client.post("/inbox/read", data={"csrf": "forged"})
    assert refused.status_code == 403
