"""Rules carry their own examples; this runs them (`claimlint rules test`)."""
from __future__ import annotations

from claimlint.extract import extract
from claimlint.findings import findings_for
from claimlint.lint import pipeline, resolve_config
from claimlint.loader import load_ruleset


def check_examples(config_path: str | None = None) -> list[str]:
    """One line per example that does not behave as its rule says it should."""
    config = resolve_config(config_path)
    ruleset = load_ruleset(config, False)
    nlp = pipeline(config)
    failures = []
    for rule in ruleset.rules:
        cases = [(t, True) for t in rule.flag_examples] + [(t, False) for t in rule.pass_examples]
        for text, should_flag in cases:
            document = extract("example.txt", text)
            # a rule shipped at `info` flags at `info`; any other rule's `info` is its hedged advice
            found = [f for f in findings_for(nlp(document.text), document, ruleset, dedupe=False)
                     if f.rule == rule.id and (f.severity != "info" or rule.severity == "info")]
            if bool(found) != should_flag:
                verb = "should flag" if should_flag else "should not flag"
                failures.append(f"{rule.path}:{rule.line}: [{rule.id}] {verb}: {text!r}")
    return failures
