"""`--format json`: one object with every finding, for tools and scorers."""
from __future__ import annotations

import json

from claimlint.formatters import Run, summary


def render(run: Run) -> str:
    findings = run.findings + (run.suppressed if run.show_suppressed else [])
    findings = sorted(findings, key=lambda f: (f.path, f.start, f.rule))  # file order, as in the text format
    return json.dumps({"version": run.version, "findings": [f.as_dict() for f in findings],
                       "summary": summary(run)}, indent=2, ensure_ascii=False) + "\n"
