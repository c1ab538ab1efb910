"""More broken rule and config files (extending test_config_and_rules.py):
catastrophically slow patterns, YAML bombs, nested unknown keys. Each is
`file:line: what is wrong`, exit 2, before any file is read.

No rule field takes a regular expression (patterns are the word-slot
language of patterns.py), so there is no regex to fail to compile.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_config_and_rules import _project, _rule

from claimlint.patterns import MAX_GAP, PatternError, compile_pattern

SLOW = [
    ("adjacent-gaps", "=sparkle *9 *9 =serum", "two gaps with no required word between them"),
    ("gaps-around-optional", "=sparkle *5 =a? *5 =serum", "two gaps with no required word between them"),
    ("wide-gap", "=sparkle *40 =serum", f"gap *40 is wider than *{MAX_GAP}"),
    ("many-gaps", "=a *8 =b *8 =c *8 =serum", "gaps add up to 24 words"),
    ("variant-explosion", " ".join(f"a{i}-b|c{i}-d" for i in range(6)), "expands to more than 16 patterns"),
    ("empty-alternative", "=sparkle|", "'' is not a word"),
    ("bad-slot", "=sparkle ={{x}}", "is not a word"),
]


@pytest.mark.parametrize(("case", "pattern", "message"), SLOW, ids=[c[0] for c in SLOW])
def test_slow_or_broken_pattern_is_a_rule_error(tmp_path: Path, run, case: str, pattern: str, message: str) -> None:
    config, copy = _project(tmp_path, "rule_dirs: [myrules]\n", {"custom.yaml": _rule(pattern=pattern)})
    started = time.monotonic()
    result = run("check", "--config", config, copy)
    assert time.monotonic() - started < 30
    where = f"claimlint: {tmp_path.resolve() / 'myrules' / 'custom.yaml'}:7: pattern does not compile: "
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(where) and message in result.err, result.err
    assert result.err.count("\n") == 1


def test_the_limits_leave_every_builtin_pattern_alone() -> None:
    from claimlint.loader import load_ruleset

    assert load_ruleset(None, False).rules  # built-in rules load under the limits
    with pytest.raises(PatternError):
        compile_pattern("=a *9 *9 =b", {})


def test_punctuation_alternatives_are_a_set_not_one_strange_token() -> None:
    """"=:|=;" once compiled to the single token ':|=;', which no text holds: the pattern never matched."""
    assert compile_pattern("=:|=; =eases", {}) == [[{"LOWER": {"IN": [":", ";"]}}, {"LOWER": "eases"}]]
    assert compile_pattern("=| =x", {}) == [[{"ORTH": "|"}, {"LOWER": "x"}]]


NESTED = [
    ("examples-key", _rule().replace("      flag:", "      flags:"), 9, "unknown key 'flags' (did you mean 'flag'?)"),
    ("when-key", _rule().replace("    examples:", "    when:\n      status_nott: [approved]\n    examples:"), 9,
     "unknown key 'status_nott' (did you mean 'status_not'?)"),
    ("severity-type", _rule().replace("severity: warning", "severity: 3"), 4, "'severity' must be a string, not int"),
    ("message-type", _rule().replace('message: "Promises a sparkle."', "message: [a, b]"), 5,
     "'message' must be a string, not list"),
    ("tagged-list", _rule().replace('patterns:\n      - "=sparkle =serum"', "patterns: !!python/tuple [a]"), 6,
     "unsupported YAML value"),
    ("yaml-bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
     "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n", 1,
     "YAML anchors and aliases (&name, *name) are not allowed"),
    ("tab-in-flow", "rules:\n  - id: custom-glow\n\tcategory: hype\n", 3, "invalid YAML"),
    ("unless-sentence-pattern",
     _rule().replace("    examples:", '    unless_sentence_has:\n      - "=sample *9 *9 =size"\n    examples:'), 9,
     "two gaps with no required word between them"),
    ("unless-sentence-type", _rule().replace("    examples:", "    unless_sentence_has: on average\n    examples:"), 8,
     "'unless_sentence_has' must be a list"),
    ("not-utf8", "rules: [caf\udce9]", None, "cannot read rule file"),
]


@pytest.mark.parametrize(("case", "text", "line", "message"), NESTED, ids=[c[0] for c in NESTED])
def test_more_bad_rule_files(tmp_path: Path, run, case: str, text: str, line: int | None, message: str) -> None:
    config, copy = _project(tmp_path, "rule_dirs: [myrules]\n")
    (tmp_path / "myrules").mkdir()
    (tmp_path / "myrules" / "custom.yaml").write_bytes(text.encode("utf-8", "surrogateescape"))
    started = time.monotonic()
    result = run("check", "--config", config, copy)
    assert time.monotonic() - started < 30
    where = f"claimlint: {tmp_path.resolve() / 'myrules' / 'custom.yaml'}" + (f":{line}: " if line else ": ")
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(where) and message in result.err, result.err


def test_rule_errors_come_before_any_file_is_read(tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    config, copy = _project(tmp_path, "rule_dirs: [myrules]\n", {"custom.yaml": _rule(pattern="=a *9 *9 =b")})
    read: list[str] = []
    monkeypatch.setattr("claimlint.sources.decode", lambda path, data: read.append(path) or "")
    result = run("check", "--config", config, copy)
    assert result.code == 2 and read == []
