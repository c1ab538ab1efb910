"""The CI formats: SARIF (schema-valid, stable fingerprints), GitHub workflow commands
(escaped exactly) and JUnit XML (parses, escapes whatever the copy contains)."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from claimlint.findings import Finding
from claimlint.formatters import Run, github, junit, sarif
from claimlint.loader import load_ruleset
from claimlint.ruleset import Reference

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
RISKY = "Our exosome facial has no side effects.\n"
SUPPRESSED = "<!-- claimlint-disable-next-line absolute-safety -- reviewed by legal -->\nPRP has no side effects.\n"


def make_finding(**changes: object) -> Finding:
    base = Finding(path="site/a.md", line=2, column=5, end_line=2, end_column=17, start=9, end=21,
                   rule="no-side-effects", category="absolute-safety", severity="error",
                   message="Says it is risk-free.", text="no side effects", suggestions=("Say what the risks are.",),
                   references=(Reference("FTC", "https://ftc.gov/x"),), assertion="asserted", treatment=None,
                   source_line="Has no side effects at all.")
    return base._replace(**changes)


@pytest.fixture
def site(make_site) -> Path:  # noqa: ANN001
    return make_site({"risky.md": RISKY, "clean.md": "Results vary.\n", "reviewed.md": SUPPRESSED})


def _sarif(run, config: str, *extra: str) -> dict:
    result = run("check", "site", "--format", "sarif", "--config", config, *extra)
    assert result.code == 1, result.err
    return json.loads(result.out)


def test_sarif_validates_against_the_official_schema(site: Path, run, empty_config: str) -> None:
    log = _sarif(run, empty_config, "--show-suppressed")
    jsonschema.validate(log, SCHEMA)
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in results] == [
        ("no-side-effects", "site/reviewed.md"), ("no-side-effects", "site/risky.md")]
    assert results[0]["suppressions"] == [{"kind": "inSource", "justification": "reviewed by legal"}]
    assert "suppressions" not in results[1]


def test_sarif_result_location_and_rule_metadata(site: Path, run, empty_config: str) -> None:
    log = _sarif(run, empty_config)
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "site/risky.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 1, "startColumn": 24, "endLine": 1, "endColumn": 39,
                                  "charOffset": 23, "charLength": 15, "snippet": {"text": "no side effects"}}
    assert result["level"] == "error"
    driver = log["runs"][0]["tool"]["driver"]
    rule = load_ruleset(empty_config, False).rule("no-side-effects")
    described = driver["rules"][result["ruleIndex"]]
    assert described["id"] == "no-side-effects" and described["name"] == "NoSideEffects"
    assert described["helpUri"] == rule.references[0].url
    assert described["fullDescription"]["text"].split()[:5] == rule.why.split()[:5]
    assert described["defaultConfiguration"] == {"level": "error"}
    assert [d["id"] for d in driver["rules"]] == [r.id for r in load_ruleset(empty_config, False).rules]


def test_sarif_rule_metadata_reads_as_sentences_with_a_help_card(site: Path, run, empty_config: str) -> None:
    """SARIF reserves braces for message arguments ({0}); a {treatment} left in rule text renders
    as a blank in viewers. Every rule gets a Markdown help card: why, wording, references."""
    log = _sarif(run, empty_config)
    jsonschema.validate(log, SCHEMA)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    loaded = {r.id: r for r in load_ruleset(empty_config, False).rules}
    assert {r["id"] for r in rules} == set(loaded)
    for described in rules:
        texts = [described["shortDescription"]["text"], described["fullDescription"]["text"],
                 described["help"]["text"], described["help"]["markdown"]]
        assert not [t for t in texts if re.search(r"\{\w*\}", t)], described["id"]
        assert all("  " not in t for t in texts[:2]), described["id"]
        markdown, rule = described["help"]["markdown"], loaded[described["id"]]
        assert ("**Why:**" in markdown) == bool(rule.why)
        assert ("**Suggested wording:**" in markdown) == bool(rule.suggestions)
        assert markdown.count("\n- [") == sum(bool(re.match(r"https?://", r.url)) for r in rule.references)
        for reference in rule.references:
            assert reference.url in markdown and reference.url in described["help"]["text"]


def test_sarif_fingerprints_survive_lines_inserted_above(site: Path, run, empty_config: str) -> None:
    before = _sarif(run, empty_config)["runs"][0]["results"]
    (site / "site" / "risky.md").write_text("# Exosomes\n\nBook today.\n\n" + RISKY, encoding="utf-8")
    after = _sarif(run, empty_config)["runs"][0]["results"]
    assert after[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
    assert after[0]["partialFingerprints"] == before[0]["partialFingerprints"]


def test_sarif_levels_and_repeated_claims_get_distinct_fingerprints() -> None:
    first, second = make_finding(severity="info"), make_finding(line=7, end_line=7, start=90, end=102)
    log = json.loads(sarif.render(Run([first, second], [], 1, [])))
    results = log["runs"][0]["results"]
    assert [r["level"] for r in results] == ["note", "error"]
    keys = [r["partialFingerprints"]["claimlint/v1"] for r in results]
    assert keys[0].endswith(":1") and keys[1].endswith(":2") and keys[0][:-2] == keys[1][:-2]
    jsonschema.validate(log, SCHEMA)


def test_sarif_records_input_errors() -> None:
    log = json.loads(sarif.render(Run([], [], 1, ["site/b.md: binary file"])))
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": False, "toolExecutionNotifications": [
        {"level": "error", "message": {"text": "site/b.md: binary file"}}]}]


def test_github_escaping() -> None:
    assert github.escape_data("50% off\r\nnow::x") == "50%25 off%0D%0Anow::x"
    assert github.escape_property("a:b,c%\r\n") == "a%3Ab%2Cc%25%0D%0A"


def test_github_annotation_line() -> None:
    finding = make_finding(path="site/a, b:c.md", message="Line one\nline two: 100%", severity="warning")
    info = make_finding(severity="info")
    assert github.render(Run([finding, info], [], 1, ["x.md: binary file"])) == (
        "::warning file=site/a%2C b%3Ac.md,line=2,col=5,endLine=2,endColumn=17,title=claimlint [no-side-effects]"
        "::Line one%0Aline two: 100%25\n"
        "::notice file=site/a.md,line=2,col=5,endLine=2,endColumn=17,title=claimlint [no-side-effects]"
        "::Says it is risk-free.\n"
        "::error title=claimlint::x.md: binary file\n")


def test_github_format_from_the_command_line(site: Path, run, empty_config: str) -> None:
    result = run("check", "site", "--format", "github", "--config", empty_config)
    assert result.code == 1
    assert result.out.startswith("::error file=site/risky.md,line=1,col=24,endLine=1,endColumn=39,"
                                 "title=claimlint [no-side-effects]::")
    assert result.out.count("\n") == 1


def test_junit_parses_and_lists_clean_files(site: Path, run, empty_config: str) -> None:
    result = run("check", "site", "--format", "junit", "--config", empty_config, "--show-suppressed")
    assert result.code == 1
    root = ET.fromstring(result.out)
    assert root.attrib == {"name": "claimlint", "tests": "3", "failures": "1", "errors": "0", "skipped": "1"}
    suites = {s.get("name"): [(c.get("name"), [child.tag for child in c]) for c in s] for s in root}
    assert suites == {"site/clean.md": [("no risky claims", [])],
                      "site/reviewed.md": [("no-side-effects at 2:9", ["skipped"])],
                      "site/risky.md": [("no-side-effects at 1:24", ["failure"])]}


def test_junit_round_trips_markup_characters() -> None:
    claim = 'no <b>side</b> effects & "risks" >_<'
    finding = make_finding(text=claim, message='Says <&"> is fine\x0c.')
    root = ET.fromstring(junit.render(Run([finding], [], 1, [], paths=("site/a.md",))))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == 'Says <&"> is fine\\x0c.'
    assert f"claim: {claim}\n" in (failure.text or "")


def test_junit_input_errors_become_error_testcases() -> None:
    run = Run([], [], 2, ["site/b.md: binary file", "somewhere else"], paths=("site/a.md", "site/b.md"))
    root = ET.fromstring(junit.render(run))
    assert root.get("errors") == "2" and root.get("tests") == "3"
    errors = {s.get("name"): [e.get("message") for e in s.iter("error")] for s in root}
    assert errors == {"site/a.md": [], "site/b.md": ["site/b.md: binary file"], "claimlint": ["somewhere else"]}
