"""Inline `<!-- claimlint-... -->` directives: what they silence, and what they report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CLAIM = "Exosome therapy has no side effects."          # no-side-effects / absolute-safety
HYPE = "PRP is a miracle for thinning hair."            # miracle-language / hype


def _check(tmp_path: Path, run, config: str, text: str, name: str = "page.md", *extra: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("check", "--config", config, "--format", "json", *extra, str(path))
    data = json.loads(result.out) if result.out else {"findings": []}
    return result, [(f["rule"], f["line"], f["suppressed"]) for f in data["findings"]]


@pytest.mark.parametrize(("text", "expected"), [
    (f"<!-- claimlint-disable-next-line no-side-effects -- reviewed by legal -->\n{CLAIM}\n\n{CLAIM}\n",
     [("no-side-effects", 4)]),
    (f"<!-- claimlint-disable-next-line absolute-safety -->\n\n{CLAIM}\n\n{CLAIM}\n", [("no-side-effects", 5)]),
    (f"<!-- claimlint-disable-next-line hype -->\n{CLAIM}\n", [("no-side-effects", 2)]),
    (f"<!-- claimlint-disable-next-line -->\n{CLAIM} {HYPE}\n\n{HYPE}\n", [("miracle-language", 4)]),
    (f"{CLAIM}\n\n<!-- claimlint-disable no-side-effects -->\n{CLAIM}\n\n{HYPE}\n<!-- claimlint-enable -->\n\n{CLAIM}\n",
     [("no-side-effects", 1), ("miracle-language", 6), ("no-side-effects", 9)]),
    (f"<!-- claimlint-disable hype, absolute-safety -->\n{CLAIM}\n\n{HYPE}\n", []),
    (f"<!-- claimlint-disable -->\n{CLAIM}\n\n<!-- claimlint-enable -->\n{HYPE}\n", [("miracle-language", 5)]),
    (f"{CLAIM}\n\n{HYPE}\n\n<!-- claimlint-disable-file hype -->\n", [("no-side-effects", 1)]),
    (f"{CLAIM}\n\n<!-- claimlint-disable-file -->\n\n{HYPE}\n", []),
])
def test_markdown_directives(tmp_path: Path, run, empty_config: str, text: str, expected: list) -> None:
    result, found = _check(tmp_path, run, empty_config, text)
    assert [(rule, line) for rule, line, _ in found] == expected
    assert result.code == (1 if expected else 0)


def test_html_directive_next_line(tmp_path: Path, run, empty_config: str) -> None:
    html = (f"<p>{HYPE}</p>\n<!-- claimlint-disable-next-line miracle-language -- approved claim -->\n"
            f"<p>{HYPE}</p>\n<p>{CLAIM}</p>\n")
    _, found = _check(tmp_path, run, empty_config, html, "page.html")
    assert [(rule, line) for rule, line, _ in found] == [("miracle-language", 1), ("no-side-effects", 4)]


def test_show_suppressed_lists_reason(tmp_path: Path, run, empty_config: str) -> None:
    text = f"<!-- claimlint-disable-next-line no-side-effects -- reviewed by legal -->\n{CLAIM}\n\n{HYPE}\n"
    _, found = _check(tmp_path, run, empty_config, text, "page.md", "--show-suppressed")
    assert found == [("no-side-effects", 2, "reviewed by legal"), ("miracle-language", 4, None)]
    result = run("check", "--config", empty_config, "--show-suppressed", str(tmp_path / "page.md"))
    assert "    suppressed: reviewed by legal" in result.out
    assert result.out.splitlines()[-1].endswith("; 1 suppressed")
    hidden = run("check", "--config", empty_config, str(tmp_path / "page.md")).out
    assert "[no-side-effects]" not in hidden and "[miracle-language]" in hidden


def test_suppressed_without_reason(tmp_path: Path, run, empty_config: str) -> None:
    _, found = _check(tmp_path, run, empty_config, f"<!-- claimlint-disable-file -->\n{CLAIM}\n", "page.md",
                      "--show-suppressed")
    assert found == [("no-side-effects", 2, "suppressed")]


@pytest.mark.parametrize(("directive", "message"), [
    ("claimlint-disable-next-line no-side-efects", "3: unknown rule id or category 'no-side-efects' in claimlint-disable-next-line"),
    ("claimlint-disable hype, nope", "3: unknown rule id or category 'nope' in claimlint-disable"),
    ("claimlint-silence", "3: unknown claimlint directive 'claimlint-silence'"),
])
def test_unknown_names_are_reported(tmp_path: Path, run, empty_config: str, directive: str, message: str) -> None:
    result, found = _check(tmp_path, run, empty_config, f"{HYPE}\n\n<!-- {directive} -->\n{CLAIM}\n")
    assert result.code == 2
    assert f"claimlint: {tmp_path / 'page.md'}:{message}" in result.err
    assert ("miracle-language", 1) in [(rule, line) for rule, line, _ in found]  # the file is still linted
