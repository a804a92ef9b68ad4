"""A new manifest uploaded with the amend form: a new version, screened, on the page; a
refused upload shows the reason beside the form (422) and writes nothing."""

from __future__ import annotations

import re
import sys
from datetime import date
from importlib import resources
from pathlib import Path

from httpx import Response
from web_support import Browser, MakeBrowser, revision_of

from tandem.services import measures
from tandem.services.context import App

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from service_support import snapshot


def example(name: str) -> bytes:
    return resources.files("tandem.data").joinpath("manifests", name).read_bytes()


def _amend(
    kor: Browser, measure: int, manifest: bytes, csrf: str | None = None, **fields: str
) -> Response:
    page = kor.get(f"/measures/{measure}").text
    return kor.client.post(
        f"/measures/{measure}/amend",
        data={"csrf": kor.csrf if csrf is None else csrf, "revision": revision_of(page), **fields},
        files={"manifest": ("survey.csv", manifest, "text/csv")},
    )


def test_a_manifest_uploaded_with_an_amendment(web_app: App, browser: MakeBrowser) -> None:
    mid = int(
        measures.propose_measure(
            web_app,
            "kim",
            "Joint railway field survey",
            planned=date(2018, 11, 30),
            manifest=example("medicines.csv").decode(),
        )["id"]
    )
    measures.notify_measure(web_app, mid, "kor")
    kor, usa = browser(), browser()
    kor.sign_in("kor")
    usa.sign_in("usa")
    form = kor.get(f"/measures/{mid}").text
    assert 'enctype="multipart/form-data"' in form and 'id="a-manifest"' in form

    before = snapshot(web_app)
    minor = _amend(kor, mid, example("rail-survey-2018.csv"), minor="1", reason="typo")
    assert minor.status_code == 422 and 'id="amend-error"' in minor.text
    assert "a new manifest is a substantial change" in minor.text
    bad = _amend(kor, mid, b"description,hs_code,direction\nRails,7302,sideways\n")
    assert bad.status_code == 422 and "row 1, column direction" in bad.text
    forged = _amend(kor, mid, example("rail-survey-2018.csv"), csrf="forged")
    assert forged.status_code == 403
    assert snapshot(web_app) == before

    done = _amend(kor, mid, example("rail-survey-2018.csv"), reason="rolling stock added")
    assert done.status_code == 303, done.text
    page = usa.get(f"/measures/{mid}").text
    assert "Manifest of version 2: 6 lines." in page
    verdict = re.search(r'data-testid="verdict">(.*?)</p>', page, re.S)
    assert verdict and "requires_exemption" in verdict.group(1) and "version 2" in verdict.group(1)
    findings = re.search(r'data-testid="findings">(.*?)</table>', page, re.S)
    assert findings and "2397 OP5" in findings.group(1)
