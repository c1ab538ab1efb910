"""Exact findings on the unit fixtures, in all three formats, via `lint_text`."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimlint import lint_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "unit"

SAFETY, EVIDENCE, REGULATORY = "absolute-safety", "unsubstantiated-evidence", "regulatory-status"
NO_SIDE, PROVEN, FDA = "no-side-effects", "studies-show", "fda-approved-conflict"
MIRACLE = ("miracle-language", "hype")
INVASIVE = ("non-invasive-conflict", "invasiveness")

# (rule, category, line, column, end_line, end_column, text)
EXPECTED = {
    "page.md": [
        (*MIRACLE, 3, 16, 3, 23, "miracle"),                     # front-matter description
        (NO_SIDE, SAFETY, 6, 24, 6, 39, "no side effects"),       # heading
        (FDA, REGULATORY, 8, 24, 8, 36, "FDA-approved"),          # wrapped paragraph
        (PROVEN, EVIDENCE, 9, 30, 9, 47, "clinically proven"),
        (*INVASIVE, 11, 28, 11, 40, "non-invasive"),              # list item
        (*MIRACLE, 16, 11, 16, 18, "miracle"),                    # table cell
        (NO_SIDE, SAFETY, 18, 11, 18, 26, "no side effects"),     # link text, not its destination
    ],
    "page.html": [
        (*MIRACLE, 5, 39, 5, 46, "miracle"),                      # meta description
        (NO_SIDE, SAFETY, 12, 13, 12, 45, 'no <a href="/risks">side effects'),  # nested markup
        (FDA, REGULATORY, 16, 41, 16, 53, "FDA-approved"),        # after &nbsp;, inside <em>
        (PROVEN, EVIDENCE, 17, 28, 17, 45, "clinically proven"),
    ],
    "draft.txt": [
        (NO_SIDE, SAFETY, 3, 25, 4, 13, "no\nside effects"),      # hard-wrapped across lines
        (PROVEN, EVIDENCE, 5, 1, 5, 18, "clinically proven"),
        (*INVASIVE, 7, 28, 7, 40, "non-invasive"),
        (*MIRACLE, 8, 11, 8, 18, "miracle"),
        (FDA, REGULATORY, 10, 20, 10, 32, "FDA-approved"),
    ],
}


def _lint(name: str, config: str) -> tuple[str, list]:
    source = (FIXTURES / name).read_text(encoding="utf-8")
    return source, lint_text(source, path=name, config=config)


@pytest.mark.parametrize("name", EXPECTED)
def test_exact_findings(name: str, empty_config: str) -> None:
    source, findings = _lint(name, empty_config)
    got = [(f.rule, f.category, f.line, f.column, f.end_line, f.end_column, f.text) for f in findings]
    assert got == EXPECTED[name]
    for f in findings:
        assert source[f.start:f.end] == f.text
        assert f.path == name and f.suppressed is None and f.assertion == "asserted"
        assert f.severity in ("error", "warning")
        assert f.source_line == source.splitlines()[f.line - 1]


@pytest.mark.parametrize("name", EXPECTED)
def test_nothing_flagged_in_code_or_markup(name: str, empty_config: str) -> None:
    source, findings = _lint(name, empty_config)
    lines = source.splitlines()
    code_lines = [i + 1 for i, line in enumerate(lines)
                  if line.startswith("    Exosome") or "<pre>" in line or "<code>" in line or "<script>" in line
                  or "<style>" in line or (i > 0 and lines[i - 1].startswith("```"))]
    assert code_lines or name == "draft.txt"
    assert not [f for f in findings if f.line in code_lines]


def test_treatment_is_attributed(empty_config: str) -> None:
    _, findings = _lint("page.md", empty_config)
    fda = next(f for f in findings if f.rule == FDA)
    assert fda.treatment == "exosomes"
    assert "exosome" in fda.message.lower() and "{" not in fda.message


def test_clean_copy_has_no_findings(empty_config: str) -> None:
    _, findings = _lint("clean.md", empty_config)
    assert findings == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Our exosome facial has no side effects.", (NO_SIDE, SAFETY)),
    ("Try our FDA-approved exosome therapy.", (FDA, REGULATORY)),
    ("Exosome therapy is clinically proven.", (PROVEN, EVIDENCE)),
    ("Our exosome treatment is non-invasive.", INVASIVE),
    ("PRP is a miracle for thinning hair.", MIRACLE),
    ("Side effects are usually mild and temporary.", None),
    ("Exosome products are not FDA-approved.", None),
    ("Is it safe?", None),
    ("Does exosome therapy have side effects?", None),
])
def test_single_sentences(text: str, expected: tuple[str, str] | None, empty_config: str) -> None:
    for path in ("a.txt", "a.md", "a.html"):
        got = [(f.rule, f.category) for f in lint_text(text, path=path, config=empty_config)]
        assert got == ([expected] if expected else []), path


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_fmt_argument_overrides_the_suffix(fmt: str, empty_config: str) -> None:
    text = "<p>Our exosome facial has no side effects.</p>" if fmt == "html" else "Has **no side effects**."
    findings = lint_text(text, path="page.unknown", fmt=fmt, config=empty_config)
    assert [f.rule for f in findings] == [NO_SIDE]
    assert "<" not in findings[0].text and ("*" not in findings[0].text or fmt == "text")
