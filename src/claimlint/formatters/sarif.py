"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Columns and offsets are Python string indices, i.e. Unicode code points, so
the run says `columnKind: unicodeCodePoints` (the SARIF default is UTF-16).
`partialFingerprints` use the baseline identity, so an alert keeps its
identity when lines are added above the claim.
"""
from __future__ import annotations

import json
from pathlib import PurePath
from urllib.parse import quote

from claimlint import ruledoc
from claimlint.baseline import occurrences
from claimlint.findings import Finding
from claimlint.formatters import Run, relative_path
from claimlint.ruledoc import plain
from claimlint.ruleset import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/claimlint/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "claimlint/v1"


def render(run: Run) -> str:
    index = {rule.id: i for i, rule in enumerate(run.rules)}
    every = sorted(run.findings + run.suppressed, key=lambda f: (f.path, f.start, f.rule))
    results = [_result(f, key, index) for f, key in occurrences(every) if run.show_suppressed or not f.suppressed]
    driver = {"name": "claimlint", "version": run.version, "informationUri": INFORMATION_URI,
              "rules": [_rule(rule) for rule in run.rules]}
    invocation = {"executionSuccessful": not run.errors,
                  "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in run.errors]}
    sarif = {"$schema": SCHEMA, "version": "2.1.0",
             "runs": [{"tool": {"driver": driver}, "invocations": [invocation],
                       "columnKind": "unicodeCodePoints", "results": results}]}
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: Rule) -> dict[str, object]:
    """Rule metadata as plain sentences: viewers read `{name}` braces as message arguments."""
    entry: dict[str, object] = {
        "id": rule.id, "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": plain(rule.message)},
        "fullDescription": {"text": ruledoc.why(rule) or plain(rule.message)},
        "help": {"text": _help_text(rule), "markdown": ruledoc.help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["health-claims", rule.category]},
    }
    if rule.references:
        entry["helpUri"] = rule.references[0].url
    return entry


def _help_text(rule: Rule) -> str:
    """The help card without Markdown, for viewers that show `help.text`."""
    parts = [plain(rule.message)]
    if rule.why:
        parts.append(f"Why: {ruledoc.why(rule)}")
    parts += [f"Suggested wording: {plain(s)}" for s in rule.suggestions]
    parts += [f"Reference: {r.title} <{r.url}>" for r in rule.references]
    return "\n".join(parts)


def _result(f: Finding, key: str, index: dict[str, int]) -> dict[str, object]:
    region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column,
              "charOffset": f.start, "charLength": f.end - f.start, "snippet": {"text": f.text}}
    result: dict[str, object] = {
        "ruleId": f.rule, "level": LEVELS[f.severity], "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": _artifact(f.path), "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: key},
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if f.suppressed:
        result["suppressions"] = [{"kind": "inSource", "justification": f.suppressed}]
    return result


def _artifact(path: str) -> dict[str, str]:
    """Relative paths resolve against %SRCROOT% (the checkout); others become file: URIs."""
    relative = relative_path(path)
    if PurePath(relative).is_absolute():
        return {"uri": PurePath(relative).as_uri()}
    return {"uri": quote(relative), "uriBaseId": "%SRCROOT%"}
