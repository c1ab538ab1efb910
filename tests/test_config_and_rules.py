"""Rule files and config: every mistake is `file:line: message` and exit 2; settings take effect."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

RULE = """\
rules:
  - id: {id}
    category: {category}
    severity: warning
    message: "Promises a sparkle."
    patterns:
      - "{pattern}"
    examples:
      flag: ["A sparkle serum for you."]
      pass: ["A healthy look."]
"""
COPY = ("Exosome therapy has no side effects.\n\n"   # no-side-effects, error, line 1
        "PRP is a miracle for thinning hair.\n\n"    # miracle-language, warning, line 3
        "Try the sparkle serum today.\n")                # the custom rule, line 5


def _rule(id: str = "custom-glow", category: str = "hype", pattern: str = "=sparkle =serum") -> str:
    return RULE.format(id=id, category=category, pattern=pattern)


def _project(tmp_path: Path, config: str, rules: dict[str, str] | None = None) -> tuple[str, str]:
    (tmp_path / ".claimlint.yaml").write_text(config, encoding="utf-8")
    for name, text in (rules or {}).items():
        (tmp_path / "myrules").mkdir(exist_ok=True)
        (tmp_path / "myrules" / name).write_text(text, encoding="utf-8")
    (tmp_path / "copy.md").write_text(COPY, encoding="utf-8")
    return str(tmp_path / ".claimlint.yaml"), str(tmp_path / "copy.md")


BAD_RULES = [
    ("yaml-syntax", 'rules:\n  - id: "custom-glow\n', 3, "invalid YAML"),
    ("tab-indent", "rules:\n\t- id: custom-glow\n", 2, "invalid YAML: found character '\\t'"),
    ("unknown-key", _rule().replace("    patterns:", "    patern: [=x]\n    patterns:"), 6,
     "unknown key 'patern' (did you mean 'patterns'?)"),
    ("wrong-type", _rule().replace('    patterns:\n      - "=sparkle =serum"', "    patterns: =sparkle"), 6,
     "'patterns' must be a list, not str"),
    ("unknown-category", _rule(category="hyped"), 3, "unknown category 'hyped'; must be one of"),
    ("bad-pattern", _rule(pattern="=glow? =for?"), 7, "pattern does not compile: pattern '=glow? =for?' can match nothing"),
    ("unknown-vocabulary", _rule(pattern="@nosuchwords =glow"), 7, "pattern does not compile: unknown vocabulary '@nosuchwords'"),
    ("split-word", _rule(pattern="=cannot =match"), 7,
     "pattern does not compile: slot '=cannot' can never match: the tokenizer splits 'cannot' into 'can not'"),
    ("split-contraction", _rule(pattern="=won't =fade"), 7,
     "pattern does not compile: slot \"=won't\" can never match: the tokenizer splits \"won't\" into \"wo n't\""),
    ("start-then-optional", _rule(pattern="^ =a? =glow"), 7,
     "pattern does not compile: pattern '^ =a? =glow': `^` before the optional slot '=a?' would not hold"),
    ("lead-in-without-colon", _rule().replace("    examples:", '    lead_ins: ["=sparkle =serum"]\n    examples:'), 8,
     "lead-in pattern '=sparkle =serum' must end with the colon `=:`, the question mark `?` or `$` "
     "(the end of a heading)"),
    ("answer-without-question", _rule().replace("    examples:", '    answers:\n      affirmed: ["=sparkle"]\n    examples:'),
     9, "question pattern '=sparkle' must end with the question mark `?`"),
    ("answer-yes-key", _rule().replace("    examples:", '    answers:\n      yes: ["=safe ?"]\n    examples:'), 9,
     "YAML reads `yes:` and `no:` as true and false: write `affirmed:` or `denied:`"),
    ("answer-kind", _rule().replace("    examples:", '    answers:\n      affirm: ["=safe ?"]\n    examples:'), 9,
     "unknown key 'affirm' (did you mean 'affirmed'?)"),
    ("python-tag", _rule().replace('message: "Promises a sparkle."', "message: !!python/object:os.system x"), 5,
     "unsupported YAML value"),
    ("builtin-duplicate", _rule(id="miracle-language"), 2, "duplicate rule id 'miracle-language' (first defined in "),
    ("bad-id", _rule(id="Custom_Glow"), 2, "rule id 'Custom_Glow' must be lowercase"),
    ("no-rules-key", "rule:\n  - id: x\n", 1, "a rule file holds one key, `rules:`"),
]


@pytest.mark.parametrize(("case", "text", "line", "message"), BAD_RULES, ids=[c[0] for c in BAD_RULES])
def test_bad_rule_file(tmp_path: Path, run, case: str, text: str, line: int, message: str) -> None:
    config, copy = _project(tmp_path, "rule_dirs: [myrules]\n", {"custom.yaml": text})
    result = run("check", "--config", config, copy)
    assert result.code == 2, result
    assert result.err.startswith(f"claimlint: {tmp_path.resolve() / 'myrules' / 'custom.yaml'}:{line}: {message}"), result.err
    assert result.out == ""


def test_one_span_two_rules_of_one_category_reports_the_most_severe(tmp_path: Path, run) -> None:
    """A rule shipped as advice must not hide another rule's error on the same words,
    whichever id sorts first."""
    advice = _rule(id="aa-sparkle").replace("severity: warning", "severity: info")
    gate = _rule(id="zz-sparkle").replace("severity: warning", "severity: error")
    config, copy = _project(tmp_path, "rule_dirs: [myrules]\n", {"a.yaml": advice, "b.yaml": gate})
    result = run("check", "--config", config, "--format", "json", copy)
    sparkle = [(f["rule"], f["severity"], f["line"], f["column"]) for f in json.loads(result.out)["findings"]
               if f["text"] == "sparkle serum"]
    assert sparkle == [("zz-sparkle", "error", 5, 9)]


def test_a_rule_shipped_as_advice_passes_its_own_examples(tmp_path: Path, run) -> None:
    """An `info` rule flags at `info`: its `flag:` examples count, as another rule's hedged
    `info` findings do not."""
    advice = _rule().replace("severity: warning", "severity: info")
    config, _ = _project(tmp_path, "rule_dirs: [myrules]\n", {"custom.yaml": advice})
    result = run("rules", "test", "--config", config)
    assert result.code == 0, result.out
    assert "[custom-glow]" not in result.out


def test_duplicate_rule_id_across_two_files(tmp_path: Path, run) -> None:
    config, copy = _project(tmp_path, "rule_dirs: [myrules]\n", {"a.yaml": _rule(), "b.yaml": _rule()})
    result = run("check", "--config", config, copy)
    folder = tmp_path.resolve() / "myrules"
    assert result.code == 2
    assert f"claimlint: {folder / 'b.yaml'}:2: duplicate rule id 'custom-glow' (first defined in {folder / 'a.yaml'}:2)" in result.err


BAD_CONFIGS = [
    ("unknown-key", "fail_on: error\nfailon: error\n", 2, "unknown key 'failon' (did you mean 'fail_on'?)"),
    ("wrong-type", "select: hype\n", 1, "'select' must be a list of strings"),
    ("bad-fail-on", "fail_on: sometimes\n", 1, "unknown fail_on 'sometimes'"),
    ("bad-severity", "severity:\n  miracle-language: fatal\n", 2, "unknown severity 'fatal' for 'miracle-language'"),
    ("unknown-select", "ignore: [hype]\nselect:\n  - absolute-safety\n  - nope\n", 3, "unknown rule id or category 'nope' in 'select'"),
    ("unknown-severity-rule", "severity:\n  nope: error\n", 2, "unknown rule id 'nope' in 'severity'"),
    ("yaml-syntax", "select: [hype\n", 2, "invalid YAML"),
    ("python-tag", "model: !!python/object/apply:os.system [echo]\n", 1, "unsupported YAML value"),
    ("python-scalar-tag", "fail_on: !!python/name:os.system ''\n", 1, "unsupported YAML value"),
    ("tab", "select:\n\t- hype\n", 2, "invalid YAML: found character '\\t'"),
    ("duplicate-key", "fail_on: error\nfail_on: info\n", 2, "duplicate key 'fail_on'"),
    ("not-a-mapping", "- hype\n", 1, "the config must be a mapping of settings"),
    ("model-type", "model: 3\n", 1, "'model' must be the name of an installed spaCy pipeline"),
    ("unknown-key-far", "rule_dir: [x]\n", 1, "unknown key 'rule_dir' (did you mean 'rule_dirs'?)"),
    ("bomb", "x: &x [a, a, a]\nselect: [*x, *x]\n", 1, "YAML anchors and aliases"),
]


@pytest.mark.parametrize(("case", "text", "line", "message"), BAD_CONFIGS, ids=[c[0] for c in BAD_CONFIGS])
def test_bad_config(tmp_path: Path, run, case: str, text: str, line: int, message: str) -> None:
    config, copy = _project(tmp_path, text)
    result = run("check", "--config", config, copy)
    assert result.code == 2 and result.out == "", result
    assert result.err.startswith(f"claimlint: {config}:{line}: {message}"), result.err


def _rules_found(run, config: str, copy: str, *extra: str) -> tuple[int, list[tuple[str, str, int]]]:
    import json

    result = run("check", "--config", config, "--format", "json", *extra, copy)
    return result.code, [(f["rule"], f["severity"], f["line"]) for f in json.loads(result.out)["findings"]]


@pytest.mark.parametrize(("config", "expected", "code"), [
    ("", [("no-side-effects", "error", 1), ("miracle-language", "warning", 3)], 1),
    ("select: [absolute-safety]\n", [("no-side-effects", "error", 1)], 1),
    ("select: [miracle-language]\n", [("miracle-language", "warning", 3)], 1),
    ("ignore: [no-side-effects]\n", [("miracle-language", "warning", 3)], 1),
    ("ignore: [hype, absolute-safety]\n", [], 0),
    ("severity:\n  no-side-effects: info\n", [("no-side-effects", "info", 1), ("miracle-language", "warning", 3)], 1),
    ("fail_on: error\nignore: [absolute-safety]\n", [("miracle-language", "warning", 3)], 0),
    ("fail_on: error\n", [("no-side-effects", "error", 1), ("miracle-language", "warning", 3)], 1),
    ("fail_on: never\n", [("no-side-effects", "error", 1), ("miracle-language", "warning", 3)], 0),
    ("rule_dirs: [myrules]\n", [("no-side-effects", "error", 1), ("miracle-language", "warning", 3),
                                ("custom-glow", "warning", 5)], 1),
    ("rule_dirs: [myrules]\nselect: [custom-glow]\nseverity: {custom-glow: error}\n", [("custom-glow", "error", 5)], 1),
])
def test_config_settings(tmp_path: Path, run, config: str, expected: list, code: int) -> None:
    config_path, copy = _project(tmp_path, config, {"custom.yaml": _rule()})
    assert _rules_found(run, config_path, copy) == (code, expected)


def test_custom_rule_is_listed_explained_and_tested(tmp_path: Path, run) -> None:
    config, _ = _project(tmp_path, "rule_dirs: [myrules]\nselect: [custom-glow]\n", {"custom.yaml": _rule()})
    assert run("rules", "list", "--config", config).out.split()[:3] == ["custom-glow", "hype", "warning"]
    assert run("explain", "custom-glow", "--config", config).out.startswith("custom-glow (hype, warning)")
    result = run("rules", "test", "--config", config)
    assert (result.code, result.out) == (0, "2 passed, 0 failed\n")


def test_failing_custom_rule_example_is_reported(tmp_path: Path, run) -> None:
    broken = _rule().replace('pass: ["A healthy look."]', 'pass: ["Our sparkle serum for everyone."]')
    config, _ = _project(tmp_path, "rule_dirs: [myrules]\nselect: [custom-glow]\n", {"custom.yaml": broken})
    result = run("rules", "test", "--config", config)
    assert result.code == 1
    assert "[custom-glow] should not flag: 'Our sparkle serum for everyone.'" in result.out
    assert result.out.endswith("1 passed, 1 failed\n")


def test_config_is_discovered_upward(tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path, "ignore: [hype]\n")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert _rules_found(run, "../.claimlint.yaml", "../copy.md")[1] == [("no-side-effects", "error", 1)]
    result = run("check", "--format", "json", "../copy.md")
    assert "miracle-language" not in result.out and "no-side-effects" in result.out


def test_pyproject_tool_section_is_found(tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "site"\n\n[tool.claimlint]\nignore = ["hype"]\nfail-on = "error"\n',
                                             encoding="utf-8")
    (tmp_path / "copy.md").write_text(COPY, encoding="utf-8")
    (tmp_path / "warn.md").write_text("PRP is a miracle for thinning hair.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("check", "--format", "json", "copy.md")
    assert "no-side-effects" in result.out and "miracle-language" not in result.out
    result = run("check", "--config", "pyproject.toml", "--format", "json", "warn.md")
    assert result.code == 0  # hype ignored


def test_pyproject_errors_have_lines(tmp_path: Path, run) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "site"\n\n[tool.claimlint]\nselect = ["nope"]\n', encoding="utf-8")
    (tmp_path / "copy.md").write_text(COPY, encoding="utf-8")
    result = run("check", "--config", str(pyproject), str(tmp_path / "copy.md"))
    assert result.code == 2
    assert result.err.startswith(f"claimlint: {pyproject}:5: unknown rule id or category 'nope' in 'select'"), result.err


def test_missing_config_file(tmp_path: Path, run) -> None:
    (tmp_path / "copy.md").write_text(COPY, encoding="utf-8")
    result = run("check", "--config", str(tmp_path / "nope.yaml"), str(tmp_path / "copy.md"))
    assert (result.code, result.err) == (2, f"claimlint: {tmp_path / 'nope.yaml'}: config file not found\n")
