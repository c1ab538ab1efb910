"""Every built-in rule carries examples, and they behave as the rule says."""
from __future__ import annotations

import re

from claimlint import lint_text
from claimlint.examples import check_examples
from claimlint.loader import load_ruleset
from claimlint.ruleset import CATEGORIES

RUBRIC = {"absolute-safety", "guaranteed-outcome", "unsubstantiated-evidence", "regulatory-status",
          "source-provenance", "comparative-superiority", "natural-safety", "invasiveness", "hype"}


def test_rule_examples_pass(empty_config: str) -> None:
    failures = check_examples(empty_config)
    assert not failures, "\n".join(failures)


def test_every_rule_has_a_flag_example_and_a_rubric_category(empty_config: str) -> None:
    rules = load_ruleset(empty_config, False).rules
    assert len(rules) >= 9
    assert set(CATEGORIES) == RUBRIC
    for rule in rules:
        assert rule.flag_examples, rule.id
        assert rule.category in RUBRIC, (rule.id, rule.category)
    assert len({r.id for r in rules}) == len(rules)


def test_stable_rules_exist(empty_config: str) -> None:
    ruleset = load_ruleset(empty_config, False)
    for rule_id, category in [("no-side-effects", "absolute-safety"), ("fda-approved-conflict", "regulatory-status"),
                              ("studies-show", "unsubstantiated-evidence"), ("non-invasive-conflict", "invasiveness"),
                              ("miracle-language", "hype")]:
        rule = ruleset.rule(rule_id)
        assert rule is not None and rule.category == category


def test_copy_that_follows_a_suggestion_is_quiet(empty_config: str) -> None:
    """A suggestion is the hedged wording a copywriter is told to use; taken as written (with its
    [placeholders] filled by their own words) for each rule's flag examples, it must not be
    flagged again, by that rule or any other."""
    loud = []
    for rule in load_ruleset(empty_config, False).rules:
        for example in rule.flag_examples:
            for finding in lint_text(example, path="page.md", config=empty_config):
                for suggestion in finding.suggestions if finding.rule == rule.id else ():
                    copy = re.sub(r"\[([^\]]*)\]", r"\1", suggestion)
                    again = [f.rule for f in lint_text(copy, path="page.md", config=empty_config)
                             if f.severity != "info"]
                    if again:
                        loud.append(f"{rule.id}: {copy!r} -> {again}")
    assert not loud, "\n".join(loud)
