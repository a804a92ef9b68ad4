"""`tandem demo` ends with the web UI running on the demo data, and its logins work."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from web_support import csrf_of, free_port

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from cli_support import tandem_script


def test_demo_serves_the_ui_with_its_logins(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "demo.db"
    process = subprocess.Popen(
        [tandem_script(), "demo", "--db", str(db), "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/login", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, "tandem demo exited"
            assert time.monotonic() < deadline, "tandem demo did not serve in 60 s"
            time.sleep(0.3)
        with httpx.Client(base_url=base, follow_redirects=False) as browser:
            token = csrf_of(browser.get("/login").text)
            signed = browser.post(
                "/login", data={"name": "kor", "password": "tandem-demo-2018", "csrf": token}
            )
            assert signed.status_code == 303
            board = browser.get("/")
            assert board.status_code == 200
            assert "Groundbreaking ceremony" in board.text  # the demo's open consultation
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in output
    assert "demo logins (password 'tandem-demo-2018')" in output
    assert "kor" in output and "envoy" in output
