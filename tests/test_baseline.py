"""Baselines: recorded findings stay quiet when the file changes around them; new
claims (and new copies of old ones) are still reported; bad baseline files are exit 2."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from claimlint.baseline import filter_new, fingerprint
from claimlint.findings import Finding

PAGE = "# Exosomes\n\nOur exosome facial has no side effects.\n\nResults vary.\n"
NEW_CLAIM = "Botox is completely safe.\n"


def make_finding(**changes: object) -> Finding:
    base = Finding(path="site/a.md", line=3, column=24, end_line=3, end_column=39, start=35, end=50,
                   rule="no-side-effects", category="absolute-safety", severity="error", message="m",
                   text="no side effects", suggestions=(), references=(), assertion="asserted", treatment=None,
                   source_line="Our exosome facial has no side effects.")
    return base._replace(**changes)


@pytest.fixture
def site(make_site) -> Path:  # noqa: ANN001
    return make_site({"a.md": PAGE})


def _check(run, config: str, baseline: str = ".claimlint-baseline.json") -> tuple[int, list[tuple[str, int, str]]]:
    result = run("check", "site", "--format", "json", "--config", config, "--baseline", baseline)
    return result.code, [(f["rule"], f["line"], f["text"]) for f in json.loads(result.out)["findings"]]


def test_baseline_hides_recorded_findings_after_lines_are_added_above(site: Path, run, empty_config: str) -> None:
    recorded = run("baseline", "site", "--config", empty_config)
    assert recorded.code == 0
    assert recorded.err == "claimlint: recorded 1 finding in 1 file to .claimlint-baseline.json\n"
    data = json.loads((site / ".claimlint-baseline.json").read_text(encoding="utf-8"))
    assert [(e["rule"], e["path"], e["text"], e["count"]) for e in data["findings"]] == [
        ("no-side-effects", "site/a.md", "no side effects", 1)]
    (site / "site" / "a.md").write_text("Intro.\n\nMore intro.\n" + PAGE, encoding="utf-8")
    assert _check(run, empty_config) == (0, [])


def test_only_new_claims_are_reported(site: Path, run, empty_config: str) -> None:
    run("baseline", "site", "-o", "base.json", "--config", empty_config)
    (site / "site" / "a.md").write_text("Intro.\n" + PAGE + NEW_CLAIM, encoding="utf-8")
    assert _check(run, empty_config, "base.json") == (1, [("completely-safe", 7, "completely safe")])


def test_a_second_copy_of_a_recorded_claim_is_new(site: Path, run, empty_config: str) -> None:
    run("baseline", "site", "--config", empty_config)
    (site / "site" / "a.md").write_text(PAGE + PAGE, encoding="utf-8")
    assert _check(run, empty_config) == (1, [("no-side-effects", 8, "no side effects")])


@pytest.mark.parametrize(("content", "message"), [
    (None, "cannot read baseline: No such file or directory"),
    ("{not json", "baseline is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
    ('{"findings": [{"fingerprint": "x", "count": "2"}]}', "not a claimlint baseline (run `claimlint baseline` to make one)"),
    ("[]", "not a claimlint baseline (run `claimlint baseline` to make one)"),
])
def test_missing_or_malformed_baseline_is_one_line_exit_2(site: Path, run, empty_config: str, content: str | None,
                                                          message: str) -> None:
    if content is not None:
        (site / "base.json").write_text(content, encoding="utf-8")
    result = run("check", "site", "--config", empty_config, "--baseline", "base.json")
    assert (result.code, result.out, result.err) == (2, "", f"claimlint: base.json: {message}\n")


def test_fingerprint_ignores_position_and_case_but_not_surroundings() -> None:
    finding = make_finding()
    moved = make_finding(line=9, end_line=9, start=80, end=95, path="./site/a.md")
    rewrapped = make_finding(text="No\n  side effects", end_line=4, end_column=13,
                             source_line="Our exosome facial has no")
    assert fingerprint(finding) == fingerprint(moved) == fingerprint(rewrapped)
    assert fingerprint(make_finding(source_line="Our PRP facial has no side effects.")) != fingerprint(finding)
    prefixed = make_finding(source_line="Sure:   our exosome facial has no side effects.", column=32, end_column=47)
    assert fingerprint(prefixed) == fingerprint(finding)  # only the 3 words either side count


def test_filter_new_counts_repeats() -> None:
    one, two = make_finding(), make_finding(line=9, end_line=9)
    assert filter_new([one, two], Counter({fingerprint(one): 1})) == [two]
    assert filter_new([one, two], Counter({fingerprint(one): 2})) == []
