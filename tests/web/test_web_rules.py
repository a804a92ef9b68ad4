"""Properties of the small parsers a browser can feed anything: where to go back to after
signing in, and which language to speak."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tandem.domain.accounts import LOCALES
from tandem.web.i18n import negotiate
from tandem.web.session import safe_next


@given(st.text(max_size=200))
def test_after_sign_in_the_browser_stays_on_this_server(target: str) -> None:
    landed = safe_next(target)
    assert landed.startswith("/")
    assert not landed.startswith("//") and "\\" not in landed
    assert "://" not in landed.split("?")[0]


@given(st.sampled_from(["/", "/measures", "/measures/12?done=notify", "/record?measure=3"]))
def test_paths_on_this_server_are_kept(target: str) -> None:
    assert safe_next(target) == target


@given(
    st.one_of(st.none(), st.text(max_size=10)),
    st.one_of(st.none(), st.text(max_size=10)),
    st.one_of(st.none(), st.text(max_size=80)),
)
def test_the_language_is_always_one_the_ui_speaks(
    saved: str | None, cookie: str | None, accept: str | None
) -> None:
    assert negotiate(saved, cookie, accept) in LOCALES


def test_the_users_choice_wins_over_the_browser() -> None:
    assert negotiate("ko", "en", "en-US") == "ko"
    assert negotiate(None, "ko", "en-US") == "ko"
    assert negotiate(None, None, "fr-FR, ko;q=0.5") == "ko"
    assert negotiate(None, "xx", "fr-FR") == "en"
