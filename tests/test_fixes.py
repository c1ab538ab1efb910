"""Autofix: `check --fix` rewrites only inside claim spans, keeps every other
byte (BOM, CRLF, markup), is idempotent and atomic; `--diff` writes nothing."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from claimlint.errors import SourceError
from claimlint.fixes import fix_findings, match_case
from claimlint.lint import lint_paths
from claimlint.loader import load_ruleset
from claimlint.ruleset import Fix, load_rules

FIXED = "studied as a way to"


def _rules(config: str) -> dict:
    return {r.id: r for r in load_ruleset(config, False).rules}


def _fix(path: Path, config: str, write: bool = True):  # noqa: ANN202
    report = lint_paths([str(path)], config=config)
    return fix_findings(report.findings, _rules(config), write=write)


@pytest.mark.parametrize("name, before, after", [
    ("page.md",
     "\ufeff# PRP\r\n\r\nThis serum is **proven to** reduce hair loss.\r\nSee instant results.\r\n",
     f"\ufeff# PRP\r\n\r\nThis serum is **{FIXED}** reduce hair loss.\r\nSee results.\r\n"),
    ("page.html",
     '\ufeff<p class="x">This serum is <strong>proven to reduce</strong> hair loss.</p>\r\n<p>INSTANT RESULTS!</p>\r\n',
     f'\ufeff<p class="x">This serum is <strong>{FIXED} reduce</strong> hair loss.</p>\r\n<p>RESULTS!</p>\r\n'),
    ("draft.txt",
     "\ufeffImmediate results with PRP.\r\nThis serum is proven to reduce hair loss.",
     f"\ufeffResults with PRP.\r\nThis serum is {FIXED} reduce hair loss."),
])
def test_fix_round_trip_keeps_bom_crlf_and_markup(tmp_path: Path, empty_config: str, run,
                                                  name: str, before: str, after: str) -> None:
    path = tmp_path / name
    path.write_bytes(before.encode("utf-8"))
    result = run("check", str(path), "--fix", "--config", empty_config)
    assert path.read_bytes() == after.encode("utf-8")
    assert "fixed 2 claims in 1 file" in result.err
    assert result.code != 2


def test_every_fix_phrase_of_one_finding_is_fixed(tmp_path: Path, empty_config: str) -> None:
    """A sentence's claims of one rule are one finding; each fix phrase in it is rewritten."""
    path = tmp_path / "page.md"
    path.write_bytes(b"Our serum is proven to regrow hair and proven to stop shedding.\n")
    assert [f.rule for f in lint_paths([str(path)], config=empty_config).findings
            if f.rule == "studies-show"] == ["studies-show"]
    _fix(path, empty_config)
    assert path.read_bytes() == f"Our serum is {FIXED} regrow hair and {FIXED} stop shedding.\n".encode()


def test_utf16_file_stays_utf16(tmp_path: Path, empty_config: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "See instant results.\r\n".encode("utf-16-le"))
    _fix(path, empty_config)
    assert path.read_bytes() == codecs.BOM_UTF16_LE + "See results.\r\n".encode("utf-16-le")


def test_second_fix_changes_nothing(tmp_path: Path, empty_config: str, run) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(b"This serum is proven to reduce hair loss. See instant results.\n")
    run("check", str(path), "--fix", "--config", empty_config)
    once = path.read_bytes()
    second = run("check", str(path), "--fix", "--config", empty_config)
    assert path.read_bytes() == once
    assert "fixed 0 claims in 0 files" in second.err


def test_diff_prints_patch_and_writes_nothing(tmp_path: Path, empty_config: str, run) -> None:
    path = tmp_path / "page.md"
    original = b"This serum is proven to reduce hair loss.\n"
    path.write_bytes(original)
    mtime = os.stat(path).st_mtime_ns
    result = run("check", str(path), "--diff", "--config", empty_config)
    assert "-This serum is proven to reduce hair loss." in result.out
    assert f"+This serum is {FIXED} reduce hair loss." in result.out
    assert path.read_bytes() == original and os.stat(path).st_mtime_ns == mtime
    assert sorted(os.listdir(tmp_path)) == ["page.md"]


def test_crash_mid_write_leaves_original_untouched(tmp_path: Path, empty_config: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "page.md"
    original = b"This serum is proven to reduce hair loss.\n"
    path.write_bytes(original)

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    fixed, errors = _fix(path, empty_config)
    assert path.read_bytes() == original
    assert fixed == [] and "No space left on device" in errors[0]
    assert sorted(os.listdir(tmp_path)) == ["page.md"]  # the temporary file is cleaned up


def test_suppressed_findings_are_not_fixed(tmp_path: Path, empty_config: str) -> None:
    path = tmp_path / "page.md"
    text = "<!-- claimlint-disable-next-line studies-show -- our trial -->\nThis serum is proven to reduce hair loss.\n"
    path.write_text(text, encoding="utf-8")
    fixed, errors = _fix(path, empty_config)
    assert (fixed, errors) == ([], [])
    assert path.read_text(encoding="utf-8") == text


def test_markup_inside_the_phrase_is_never_rewritten(tmp_path: Path, empty_config: str) -> None:
    path = tmp_path / "page.html"
    text = "<p>This serum is proven&nbsp;to reduce hair loss. See <b>instant</b> results.</p>\n"
    path.write_text(text, encoding="utf-8")
    report = lint_paths([str(path)], config=empty_config)
    assert {"studies-show", "guaranteed-results"} <= {f.rule for f in report.findings}
    assert fix_findings(report.findings, _rules(empty_config), write=True) == ([], [])
    assert path.read_text(encoding="utf-8") == text


def test_file_changed_since_lint_is_left_alone(tmp_path: Path, empty_config: str) -> None:
    path = tmp_path / "page.md"
    path.write_text("This serum is proven to reduce hair loss.\n", encoding="utf-8")
    report = lint_paths([str(path)], config=empty_config)
    path.write_text("Edited meanwhile: this serum is proven to reduce hair loss.\n", encoding="utf-8")
    fixed, _ = fix_findings(report.findings, _rules(empty_config), write=True)
    assert fixed == []
    assert path.read_text(encoding="utf-8").startswith("Edited meanwhile")


def test_unreadable_or_legacy_encoded_files_are_reported_not_crashed(tmp_path: Path, empty_config: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b'<meta charset="windows-1252"><p>Caf\xe9: see instant results.</p>')
    fixed, errors = _fix(path, empty_config)
    assert fixed == [] and "only UTF-8" in errors[0]
    assert path.read_bytes().startswith(b'<meta charset="windows-1252">')


def test_fix_and_diff_refuse_stdin(empty_config: str, run) -> None:
    result = run("check", "-", "--fix", "--config", empty_config, input="See instant results.")
    assert result.code == 2 and "standard input" in (result.err + result.out)


def test_match_case() -> None:
    assert match_case("Instant results", "results") == "Results"
    assert match_case("INSTANT RESULTS", "results") == "RESULTS"
    assert match_case("instant results", "results") == "results"


RULE = """\
rules:
  - id: demo
    category: hype
    severity: warning
    message: "m"
    patterns: ["=amazing =results"]
    examples: {flag: ["amazing results"]}
    fix: %s
"""


@pytest.mark.parametrize("fix, problem", [
    ('"results"', "must be a mapping or a list"),
    ("{replace: amazing results}", "a fix is a mapping with `replace` and `with`"),
    ('{replace: "amazing results", with: "<b>results</b>"}', "plain words"),
    ('{replace: "amazing results", with: "*results*"}', "plain words"),
    ('{replace: "amazing results", with: "truly amazing results"}', "idempotent"),
    ('[{replace: "amazing", with: "line\\nbreak"}]', "plain words"),
])
def test_bad_fix_is_a_rule_error(tmp_path: Path, fix: str, problem: str) -> None:
    (tmp_path / "demo.yaml").write_text(RULE % fix, encoding="utf-8")
    with pytest.raises(SourceError, match=problem) as info:
        load_rules([tmp_path], {})
    assert "demo.yaml:" in str(info.value)


def test_fix_forms(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(RULE % '{replace: "amazing  results", with: "results"}', encoding="utf-8")
    assert load_rules([tmp_path], {})[0].fix == (Fix("amazing results", "results"),)
    (tmp_path / "demo.yaml").write_text(RULE % '[{replace: "amazing", with: "good"}, {replace: "x", with: "y"}]',
                                        encoding="utf-8")
    assert [f.replace for f in load_rules([tmp_path], {})[0].fix] == ["amazing", "x"]


def test_builtin_fixes_do_not_refire(empty_config: str) -> None:
    """Every built-in fix's output no longer matches that fix: --fix converges in one pass."""
    from claimlint.lint import lint_text

    rules = _rules(empty_config)
    fixable = [r for r in rules.values() if r.fix]
    assert len(fixable) >= 2
    for rule in fixable:
        for fix in rule.fix:
            text = f"This serum is {fix.with_} reduce hair loss. See {fix.with_}."
            hits = [f for f in lint_text(text, path="x.md", config=empty_config) if f.rule == rule.id]
            assert all(fix.replace not in f.text.lower() for f in hits), (rule.id, fix)
