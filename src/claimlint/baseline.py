"""Baselines: record today's findings so a CI gate fails only on new ones.

A finding's identity is its rule, file, claim text and the few words around
it on its line, never its line number: adding a paragraph above a known
claim must not resurface it, while the same claim written somewhere new
(different surroundings) is new. Identical claims in one file are counted,
so a second copy of a recorded claim is still reported. SARIF uses the same
identity for `partialFingerprints`, so code-scanning alerts survive edits too.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Iterable

from claimlint.errors import SourceError
from claimlint.findings import Finding
from claimlint.formatters import relative_path

BASELINE_VERSION = 1
CONTEXT_WORDS = 3
_WORD = re.compile(r"\w+")


def fingerprint(finding: Finding) -> str:
    """A stable hash of what the finding says and where, independent of line numbers."""
    before, after = _surroundings(finding)
    key = "\x1f".join((finding.rule, relative_path(finding.path), _normal(finding.text), before, after))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def occurrences(findings: Iterable[Finding]) -> list[tuple[Finding, str]]:
    """Each finding with `fingerprint:n`, n counting repeats of one claim, so every key is unique."""
    seen: Counter[str] = Counter()
    keyed = []
    for finding in findings:
        key = fingerprint(finding)
        seen[key] += 1
        keyed.append((finding, f"{key}:{seen[key]}"))
    return keyed


def baseline_json(findings: Iterable[Finding]) -> str:
    """The baseline file's text: one entry per identity, readable enough to review in a diff."""
    counts: Counter[str] = Counter()
    first: dict[str, Finding] = {}
    for finding in findings:
        key = fingerprint(finding)
        counts[key] += 1
        first.setdefault(key, finding)
    ordered = sorted(first.items(), key=lambda item: (relative_path(item[1].path), item[1].rule, item[0]))
    entries = [{"fingerprint": key, "rule": f.rule, "path": relative_path(f.path), "text": f.text, "count": counts[key]}
               for key, f in ordered]
    return json.dumps({"claimlint_baseline": BASELINE_VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def write_baseline(findings: Iterable[Finding], path: str) -> None:
    """Record `findings` in the baseline file at `path`."""
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(baseline_json(findings))
    except OSError as exc:
        raise SourceError(path, None, f"cannot write baseline: {exc.strerror or exc}") from None


def load_baseline(path: str) -> Counter[str]:
    """Fingerprint -> count from a baseline file; any problem is one `SourceError` line."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise SourceError(path, None, f"cannot read baseline: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise SourceError(path, None, f"baseline is not valid JSON: {exc}") from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(_valid_entry(e) for e in entries):
        raise SourceError(path, None, "not a claimlint baseline (run `claimlint baseline` to make one)")
    return Counter({e["fingerprint"]: e["count"] for e in entries})


def filter_new(findings: Iterable[Finding], baseline: Counter[str]) -> list[Finding]:
    """The findings the baseline does not account for, in their original order."""
    remaining = Counter(baseline)
    new = []
    for finding in findings:
        key = fingerprint(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(finding)
    return new


def _valid_entry(entry: object) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str)
            and type(entry.get("count")) is int and entry["count"] > 0)


def _surroundings(finding: Finding) -> tuple[str, str]:
    """Up to CONTEXT_WORDS words either side of the claim on its first line."""
    line = finding.source_line
    start = finding.column - 1
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    before = _WORD.findall(line[:start].lower())[-CONTEXT_WORDS:]
    after = _WORD.findall(line[end:].lower())[:CONTEXT_WORDS]
    return " ".join(before), " ".join(after)


def _normal(text: str) -> str:
    """Case and whitespace do not change a claim (a rewrap moves `no\\nside effects`)."""
    return " ".join(text.lower().split())
