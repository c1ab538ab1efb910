"""Every output format escapes hostile copy and file names: nothing from the
input can drive a terminal, end a workflow command, break XML or inject
markup into the HTML report."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

HOSTILE = ("Exosome therapy has no side effects.\x1b[31m\x1b]0;owned\x07 <script>alert(1)</script> "
           "::error file=x::forged %0A ]]> &amp; \u202e\x08\x0b\n\n"
           "PRP is a miracle <img src=x onerror=alert(1)> for thinning hair.\r\n")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "page\x1b[2J<b>&'\",::%.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "broken\x1b[5m.md").write_bytes(b"\xff\xfe\x00\x00binary")
    return tmp_path


def _run(run, config: str, site: Path, fmt: str) -> str:
    result = run("check", "--config", config, "--format", fmt, str(site))
    assert result.code == 2  # the binary file is an input error
    assert "\x1b" not in result.err and result.err.count("\n") == 1
    return result.out


def test_text_format_shows_no_escape_sequences(site: Path, run, empty_config: str) -> None:
    out = _run(run, empty_config, site, "text")
    assert "no side effects" in out and "miracle" in out
    assert not any(ch in out for ch in "\x1b\x07\x08\x0b\r\u202e")
    assert "\\x1b[31m" in out


def test_github_commands_cannot_be_forged(site: Path, run, empty_config: str) -> None:
    out = _run(run, empty_config, site, "github")
    lines = out.splitlines()
    assert len(lines) >= 2 and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert "\r" not in out
    for line in lines:
        properties, _, message = line.partition("::")[2].partition("::")
        assert "::" not in message or "%0A" in line or "forged" not in message.split("::", 1)[0]
        assert "\n" not in properties


def test_junit_is_well_formed_xml(site: Path, run, empty_config: str) -> None:
    out = _run(run, empty_config, site, "junit")
    root = ET.fromstring(out.encode("utf-8"))
    assert root.get("failures") != "0" and root.get("errors") == "1"
    assert "\x1b" not in out and "]]>" not in out.replace("]]&gt;", "")


def test_sarif_and_json_round_trip_the_text(site: Path, run, empty_config: str) -> None:
    for fmt in ("sarif", "json"):
        data = json.loads(_run(run, empty_config, site, fmt))
        assert data
    findings = json.loads(_run(run, empty_config, site, "json"))["findings"]
    assert {f["text"] for f in findings} >= {"no side effects"}
    assert all(HOSTILE[f["start"]:f["end"]] == f["text"] for f in findings)


def test_html_report_injects_nothing(site: Path, run, empty_config: str) -> None:
    from claimlint.formatters.html import assets

    out = _run(run, empty_config, site, "html").replace(f"<script>{assets()[1]}</script>", "")  # the report's own
    assert "<script" not in out and "<img" not in out and "<b>&" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "default-src 'none'" in out
