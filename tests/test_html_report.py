"""`--format html`: a self-contained reviewer report, checked in a real headless
Chromium: claims highlighted, summary present, and nothing from the input runs."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
HOSTILE = """<!DOCTYPE html>
<html><head><title>Exosome clinic</title>
<script>document.title = "PWNED";
document.addEventListener("DOMContentLoaded", function () {
  var d = document.createElement("div"); d.id = "pwned"; document.body.appendChild(d); });</script>
</head><body>
<p>Our exosome therapy is <em>FDA-approved</em> and has no side effects. <script>alert(1)</script></p>
<p>This serum is proven to reduce hair loss. See instant results.</p>
<img src="x" onerror="document.title='PWNED-IMG'">
</body></html>
"""
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, empty_config: str) -> Path:
    from click.testing import CliRunner

    from claimlint.cli import main

    folder = tmp_path_factory.mktemp("html")
    (folder / "page.html").write_text(HOSTILE, encoding="utf-8")
    (folder / "clean.md").write_text("Book a consultation to discuss your options.\n", encoding="utf-8")
    out = folder / "report.html"
    with CliRunner().isolation():
        code = main(["check", str(folder / "page.html"), str(folder / "clean.md"), "--format", "html",
                     "-o", str(out), "--config", empty_config])
    assert code == 1
    return out


def _chromium(tmp_path: Path, *args: str) -> str:
    if CHROMIUM is None:
        pytest.skip("no chromium on PATH (apt-get install -y chromium); the browser test needs one")
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               f"--user-data-dir={tmp_path / 'profile'}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def test_report_is_escaped_and_locked_down(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"<script|<img|onerror=\"", page, re.I)
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert csp and "default-src 'none'" in csp.group(1) and "unsafe-inline" not in csp.group(1)
    assert not re.search(r"""(src|href)=["']?(https?:)?//(?!ftc|www|thefdalawblog)""", page.split("<body>")[0])


def test_report_content(report: Path) -> None:
    """Every tag balanced enough to parse; claims linked to cards that carry why, references and wording."""
    page = report.read_text(encoding="utf-8")
    links: list[str] = []
    ids: set[str] = set()

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            a = dict(attrs)
            if a.get("id"):
                ids.add(a["id"] or "")
            if tag == "a" and "claim" in (a.get("class") or ""):
                links.append((a.get("href") or "").lstrip("#"))

    Parser().feed(page)
    assert links and set(links) <= ids
    for expected in ("By category", "By file", "regulatory-status", "Why:", "Try instead:", "References:",
                     "Autofix", "studied as a way to", 'rel="noopener noreferrer"'):
        assert expected in page


def test_report_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    dom = _chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", report.as_uri())
    assert "<title>claimlint report</title>" in dom
    assert 'id="pwned"' not in dom and "<script" not in dom.lower()
    assert re.search(r'<a class="claim cat-regulatory-status" href="#c\d+"[^>]*>FDA-approved</a>', dom)
    assert re.search(r'<a class="claim cat-guaranteed-outcome" href="#c\d+"[^>]*>instant results</a>', dom)
    assert 'id="summary"' in dom and "absolute-safety" in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom  # shown as text
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    shot.unlink(missing_ok=True)
    _chromium(tmp_path, "--window-size=1200,1600", f"--screenshot={shot}", report.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_harness_would_see_the_script_run(report: Path, tmp_path: Path) -> None:
    """Control: opened directly, the hostile page's script does run, so the assertions above mean something."""
    control = tmp_path / "control.html"  # without alert(), which would block a headless browser
    control.write_text(HOSTILE.replace("<script>alert(1)</script>", ""), encoding="utf-8")
    dom = _chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", control.as_uri())
    assert 'id="pwned"' in dom and "<title>PWNED" in dom
