"""`--format json`: one object with every finding, for tools and scorers.

Written as it is encoded, one finding per line: holding the whole encoded
report (or an indented dump's millions of small strings) cost hundreds of
megabytes on a million-word site.
"""
from __future__ import annotations

import json
from typing import Iterator

from claimlint.findings import Finding
from claimlint.formatters import Run, summary


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # one encoder: `json.dumps` with options makes one per call


def _record(finding: Finding) -> dict[str, object]:
    """A Word draft's finding also names its paragraph and the character offsets in it."""
    data = finding.as_dict()
    if finding.path.lower().endswith(".docx"):
        data["paragraph"] = finding.line
        data["paragraph_start"] = finding.column - 1
        data["paragraph_end"] = finding.end_column - 1 if finding.end_line == finding.line else None
    return data


def render(run: Run) -> Iterator[str]:
    findings = run.findings + (run.suppressed if run.show_suppressed else [])
    findings = sorted(findings, key=lambda f: (f.path, f.start, f.rule))  # file order, as in the text format
    yield f'{{"version": {json.dumps(run.version)},\n"findings": ['
    for i, finding in enumerate(findings):
        yield ("," if i else "") + "\n  " + _ENCODER.encode(_record(finding))
    yield f'\n],\n"summary": {json.dumps(summary(run), ensure_ascii=False)}}}\n'
