"""A manifest uploaded with a new measure, screened at notification, on the measure's page."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

from httpx import Response
from web_support import Browser, MakeBrowser

from tandem.services import sanctions
from tandem.services.context import App

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from service_support import snapshot


def _propose(kor: Browser, manifest: bytes, name: str = "manifest.csv") -> Response:
    return kor.client.post(
        "/measures/new",
        data={"csrf": kor.csrf, "title": "Railway survey with fuel"},
        files={"manifest": (name, manifest, "text/csv")},
    )


def test_an_uploaded_manifest_is_screened_when_notified(web_app: App, browser: MakeBrowser) -> None:
    kor, usa = browser(), browser()
    kor.sign_in("kor")
    usa.sign_in("usa")
    done = _propose(kor, sanctions.template().encode())
    assert done.status_code == 303, done.text
    measure = int(re.findall(r"/measures/(\d+)", done.headers["location"])[0])
    draft = kor.get(f"/measures/{measure}").text
    assert "Manifest of version 1: 2 lines." in draft
    assert "screened when the measure is notified" in draft
    kor.act(measure, "notify")
    page = usa.get(f"/measures/{measure}").text
    verdict = re.search(r'data-testid="verdict">(.*?)</p>', page, re.S)
    assert verdict and "reportable" in verdict.group(1)
    findings = re.search(r'data-testid="findings">(.*?)</table>', page, re.S)
    assert findings and "2397 OP5" in findings.group(1) and "2270 OP18" in findings.group(1)


def test_an_unchecked_paragraph_number_is_not_cited_on_the_page(
    web_app: App, browser: MakeBrowser
) -> None:
    kor = browser()
    kor.sign_in("kor")
    rail = resources.files("tandem.data").joinpath("manifests", "rail-survey-2018.csv")
    done = _propose(kor, rail.read_bytes())
    assert done.status_code == 303, done.text
    measure = int(re.findall(r"/measures/(\d+)", done.headers["location"])[0])
    kor.act(measure, "notify")
    page = kor.get(f"/measures/{measure}").text
    findings = re.search(r'data-testid="findings">(.*?)</table>', page, re.S)
    assert findings and "2397 (paragraph not yet checked)" in findings.group(1)
    assert "2397 OP5" in findings.group(1) and "2397 OP25" in findings.group(1)
    assert "OP7" not in findings.group(1) and "OPNone" not in findings.group(1)


def test_a_bad_manifest_is_refused_beside_the_form_and_nothing_is_written(
    web_app: App, browser: MakeBrowser
) -> None:
    kor = browser()
    kor.sign_in("kor")
    before = snapshot(web_app)
    missing = _propose(kor, b"description,quantity\nDiesel,10\n")
    assert missing.status_code == 422
    assert 'id="propose-error"' in missing.text and "Railway survey with fuel" in missing.text
    latin = _propose(kor, "description,hs_code,direction\nCafé,0901,to_dprk\n".encode("latin-1"))
    assert latin.status_code == 422 and "not UTF-8" in latin.text
    assert snapshot(web_app) == before
