"""The web UI over HTTP on both databases: signing in, every form, and every refusal.

Each refusal is checked for its message on the page, its status, and that the database
holds exactly what it held before (service_support.snapshot).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from web_support import Browser, MakeBrowser, csrf_of, revision_of

from tandem.services.context import App
from tandem.services.measures import show_measure

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from service_support import snapshot


def _propose(b: Browser, title: str = "Joint railway survey") -> int:
    done = b.form("/measures/new", {"title": title, "description": "Survey the Gyeongui line."})
    assert done.status_code == 303, done.text
    found = re.match(r"/measures/(\d+)\?done=propose", done.headers["location"])
    assert found, done.headers["location"]
    return int(found.group(1))


def test_pages_need_a_sign_in_and_send_back_where_they_were(browser: MakeBrowser) -> None:
    b = browser()
    for path in ("/", "/measures", "/measures/1", "/measures/new", "/record"):
        r = b.get(path)
        assert r.status_code == 303
        assert r.headers["location"].startswith("/login?next=")
    r = b.get("/measures?status=draft")
    assert r.headers["location"] == "/login?next=/measures%3Fstatus%3Ddraft"


def test_a_wrong_password_is_refused_with_one_message_and_no_session(
    browser: MakeBrowser,
) -> None:
    b = browser()
    for name, password in (("kor", "wrong password!"), ("nobody", "whatever password")):
        r = b.sign_in(name, password)
        assert r.status_code == 401
        assert "the user name or password is wrong" in r.text
        assert "tandem_session" not in b.client.cookies
    assert b.get("/").status_code == 303


def test_sign_in_shows_who_and_for_which_party(browser: MakeBrowser) -> None:
    b = browser()
    assert b.sign_in("kim").status_code == 303
    page = b.get("/")
    assert page.status_code == 200
    who = re.search(r'data-testid="who">(.*?)</div>', page.text, re.S)
    assert who and "kim" in who.group(1) and "officer" in who.group(1) and "KOR" in who.group(1)
    assert '<html lang="en">' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")


def test_session_cookie_is_http_only_and_lax(browser: MakeBrowser) -> None:
    b = browser()
    page = b.client.get("/login")
    r = b.client.post(
        "/login",
        data={"name": "kim", "password": "correct horse battery", "csrf": csrf_of(page.text)},
    )
    cookie = r.headers["set-cookie"]
    assert "tandem_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie


def test_sign_in_refuses_a_form_without_its_csrf_cookie(browser: MakeBrowser) -> None:
    b = browser()
    r = b.client.post(
        "/login", data={"name": "kim", "password": "correct horse battery", "csrf": "forged"}
    )
    assert r.status_code == 403
    assert "reload the page" in r.text
    assert "tandem_session" not in b.client.cookies


def test_next_never_leads_off_the_server(browser: MakeBrowser) -> None:
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:1"):
        b = browser()
        page = b.client.get("/login", params={"next": target})
        r = b.client.post(
            "/login",
            data={
                "name": "kim",
                "password": "correct horse battery",
                "csrf": csrf_of(page.text),
                "next": target,
            },
        )
        assert r.status_code == 303
        assert r.headers["location"] == "/", target


def test_sign_out_ends_the_session_for_good(browser: MakeBrowser) -> None:
    b = browser()
    b.sign_in("kim")
    cookie = b.client.cookies["tandem_session"]
    assert b.form("/logout", {}).status_code == 303
    other = browser()
    other.client.cookies.set("tandem_session", cookie)
    assert other.get("/").status_code == 303


def test_an_expired_session_asks_to_sign_in_again(web_app: App, browser: MakeBrowser) -> None:
    from datetime import timedelta

    b = browser()
    b.sign_in("kim")
    real = web_app.clock
    web_app.clock = lambda: real() + timedelta(hours=13)
    try:
        assert b.get("/").status_code == 303
    finally:
        web_app.clock = real


def test_propose_notify_acknowledge_support_clears(web_app: App, browser: MakeBrowser) -> None:
    kor, usa = browser(), browser()
    kor.sign_in("kor")
    usa.sign_in("usa")
    measure = _propose(kor)
    assert show_measure(web_app, measure)["status"] == "draft"
    assert kor.act(measure, "notify").status_code == 303
    board = usa.get("/").text
    awaiting = re.search(r'data-testid="awaiting">(.*?)</ul>', board, re.S)
    assert awaiting and f"#{measure} Joint railway survey" in awaiting.group(1)
    assert "acknowledgement due" in awaiting.group(1)
    assert usa.act(measure, "acknowledge").status_code == 303
    r = usa.act(measure, "position", stance="support", reason="")
    assert r.status_code == 303 and r.headers["location"].endswith("?done=position")
    shown = show_measure(web_app, measure)
    assert shown["status"] == "cleared" and shown["cleared_by"] == "consensus"
    page = usa.get(f"/measures/{measure}").text
    assert "by consensus" in page
    assert "Nothing awaits your party." in usa.get("/").text


def test_executing_without_consultation_alerts_the_partner(
    web_app: App, browser: MakeBrowser
) -> None:
    kor, usa = browser(), browser()
    kor.sign_in("kor")
    usa.sign_in("usa")
    measure = _propose(kor, "Resume the Kaesong liaison office")
    page = kor.get(f"/measures/{measure}").text
    assert "executing it now is a unilateral action" in page
    assert kor.act(measure, "execute").status_code == 303
    alerts = re.search(r'data-testid="alerts">(.*?)</ul>', usa.get("/").text, re.S)
    assert alerts and "unilateral" in alerts.group(1) and f"#{measure}" in alerts.group(1)


def test_a_refused_form_shows_why_beside_it_and_writes_nothing(
    web_app: App, browser: MakeBrowser
) -> None:
    kor, usa = browser(), browser()
    kor.sign_in("kor")
    usa.sign_in("usa")
    measure = _propose(kor)
    kor.act(measure, "notify")
    before = snapshot(web_app)
    r = usa.act(measure, "position", stance="objection", reason="   ")
    assert r.status_code == 422
    error = re.search(r'data-testid="position-error">(.*?)</p>', r.text, re.S)
    assert error and "needs --reason" in error.group(1)
    assert 'value="objection" checked' in r.text
    assert snapshot(web_app) == before


@pytest.mark.parametrize(
    ("path", "fields", "status", "needle"),
    [
        ("/measures/new", {"title": ""}, 422, "title"),
        ("/measures/new", {"title": "x", "planned": "2018-02-30"}, 422, "is not a date"),
        ("/measures/new", {"title": "x", "type": "Bad Type!"}, 422, "short slug"),
    ],
)
def test_bad_proposals_keep_what_was_typed(
    web_app: App, browser: MakeBrowser, path: str, fields: dict[str, str], status: int, needle: str
) -> None:
    kim = browser()
    kim.sign_in("kim")
    before = snapshot(web_app)
    r = kim.form(path, {"description": "kept text", **fields})
    assert r.status_code == status
    assert needle in r.text
    assert "kept text" in r.text
    assert snapshot(web_app) == before


def test_forms_without_the_session_token_or_from_elsewhere_are_refused(
    web_app: App, browser: MakeBrowser
) -> None:
    kim = browser()
    kim.sign_in("kim")
    before = snapshot(web_app)
    r = kim.client.post("/measures/new", data={"title": "forged", "csrf": "not-the-token"})
    assert r.status_code == 403 and "did not come from Tandem" in r.text
    r = kim.client.post("/measures/new", data={"title": "forged"})
    assert r.status_code == 403
    r = kim.form("/measures/new", {"title": "forged"}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403 and "another site" in r.text
    assert snapshot(web_app) == before


def test_a_form_filled_on_a_stale_page_is_refused(web_app: App, browser: MakeBrowser) -> None:
    kor = browser()
    kor.sign_in("kor")
    measure = _propose(kor)
    stale = kor.get(f"/measures/{measure}").text
    kor.act(measure, "amend", title="Joint railway survey, second version")
    before = snapshot(web_app)
    r = kor.form(f"/measures/{measure}/notify", {"revision": revision_of(stale)})
    assert r.status_code == 412
    assert "changed since you read it" in r.text
    assert snapshot(web_app) == before


def _forms(b: Browser, measure: int) -> set[str]:
    return set(re.findall(r'data-testid="(\w+)-form"', b.get(f"/measures/{measure}").text))


def test_roles_see_only_the_forms_they_may_use(web_app: App, browser: MakeBrowser) -> None:
    kor, kim, lee, smith, admin = (browser() for _ in range(5))
    for b, name in ((kor, "kor"), (kim, "kim"), (lee, "lee"), (smith, "smith"), (admin, "admin")):
        b.sign_in(name)
    measure = _propose(kim)
    forms = {
        name: set(re.findall(r'data-testid="(\w+)-form"', b.get(f"/measures/{measure}").text))
        for name, b in (
            ("kor", kor),
            ("kim", kim),
            ("lee", lee),
            ("smith", smith),
            ("admin", admin),
        )
    }
    assert forms["kor"] == {"notify", "amend", "execute", "withdraw"}
    assert forms["kim"] == {"amend"}
    assert forms["lee"] == forms["smith"] == forms["admin"] == set()
    kor.act(measure, "notify")
    smith_forms = set(
        re.findall(r'data-testid="(\w+)-form"', smith.get(f"/measures/{measure}").text)
    )
    assert smith_forms == {"acknowledge", "position"}
    before = snapshot(web_app)
    r = lee.form(f"/measures/{measure}/withdraw", {})
    assert r.status_code == 403 and "viewer" in r.text
    assert snapshot(web_app) == before


def test_internal_notes_stay_with_their_party(web_app: App, browser: MakeBrowser) -> None:
    kim, lee, smith = browser(), browser(), browser()
    kim.sign_in("kim")
    lee.sign_in("lee")
    smith.sign_in("smith")
    measure = _propose(kim)
    secret = "Fallback if Washington objects: phase the survey"
    assert kim.form(f"/measures/{measure}/notes", {"text": secret}).status_code == 303
    assert secret in lee.get(f"/measures/{measure}").text
    for path in (f"/measures/{measure}", "/measures?q=Washington", "/measures", "/", "/record"):
        page = smith.get(path).text
        assert secret not in page and "phase the survey" not in page, path
    assert "Nothing matches." in smith.get("/measures?q=Washington").text
    assert "Fallback" in kim.get("/measures?q=Fallback").text
    assert "Nothing matches." in smith.get("/measures?q=Fallback").text


def test_korean_is_remembered_for_the_user(web_app: App, browser: MakeBrowser) -> None:
    kim = browser()
    kim.sign_in("kim")
    assert kim.form("/preferences", {"lang": "ko", "back": "/measures"}).status_code == 303
    page = kim.get("/measures").text
    assert '<html lang="ko">' in page and "조치" in page
    again = browser()
    again.sign_in("kim")
    assert '<html lang="ko">' in again.get("/").text
    assert "대시보드" in again.get("/").text
    bad = kim.form("/preferences", {"lang": "fr"})
    assert bad.status_code == 422 and "not &#39;fr&#39;" in bad.text


def test_the_sign_in_page_follows_the_browser_language(browser: MakeBrowser) -> None:
    b = browser()
    page = b.get("/login", headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.8"})
    assert '<html lang="ko">' in page.text and "로그인" in page.text
    b.get("/language?lang=en&back=/login")
    assert '<html lang="en">' in b.get("/login").text


def test_record_page_verifies_the_head_and_a_measures_entries(
    web_app: App, browser: MakeBrowser
) -> None:
    kor = browser()
    kor.sign_in("kor")
    measure = _propose(kor)
    kor.act(measure, "notify")
    page = kor.get(f"/record?measure={measure}")
    assert page.status_code == 200
    assert "✓ valid" in page.text
    rows = re.search(r'data-testid="entries">(.*?)</table>', page.text, re.S)
    assert rows and rows.group(1).count("✓ proved") == 2
    bad = kor.get("/record?measure=abc")
    assert bad.status_code == 400 and "is not a measure number" in bad.text
    missing = kor.get("/record?measure=999")
    assert missing.status_code == 400 and "there is no measure 999" in missing.text


def test_unknown_measure_is_a_page_not_a_problem_document(browser: MakeBrowser) -> None:
    kim = browser()
    kim.sign_in("kim")
    r = kim.get("/measures/999")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "there is no measure 999" in r.text
    api = kim.get("/api/v1/measures/1")
    assert api.headers["content-type"] == "application/problem+json"


def test_register_filters_and_pages(web_app: App, browser: MakeBrowser) -> None:
    kim = browser()
    kim.sign_in("kim")
    for i in range(3):
        _propose(kim, f"Measure number {i}")
    page = kim.get("/measures?status=draft&party=KOR").text
    assert "3 measures" in page and "Measure number 2" in page
    assert "0 measures" in kim.get("/measures?status=cleared").text
    bad = kim.get("/measures?status=finished")
    assert bad.status_code == 400 and "finished" in bad.text


def test_a_chosen_time_zone_is_used_and_a_bad_one_refused(
    web_app: App, browser: MakeBrowser
) -> None:
    kim = browser()
    kim.sign_in("kim")
    assert "Times are shown in Asia/Seoul." in kim.get("/preferences").text
    done = kim.form("/preferences", {"set_zone": "1", "time_zone": "Europe/Berlin", "lang": "en"})
    assert done.status_code == 303
    assert "Times are shown in Europe/Berlin." in kim.get("/").text
    before = snapshot(web_app)
    bad = kim.form("/preferences", {"set_zone": "1", "time_zone": "Mars/Olympus", "lang": "en"})
    assert bad.status_code == 422 and "not an IANA time zone" in bad.text
    assert snapshot(web_app) == before
    kim.form("/preferences", {"set_zone": "1", "time_zone": "", "lang": "en"})
    assert "Times are shown in Asia/Seoul." in kim.get("/").text
