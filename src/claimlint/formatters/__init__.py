"""Stage 5: findings -> output. Each format is one module with `render(run) -> str`."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Callable, NamedTuple

if TYPE_CHECKING:
    from claimlint.findings import Finding

# Every output format; each is the module claimlint/formatters/<name>.py with `render(run) -> str`.
FORMATS = ("text", "json")


class Run(NamedTuple):
    """What a formatter sees: the findings to show and the run's totals."""

    findings: list["Finding"]
    suppressed: list["Finding"]
    files: int
    errors: list[str]
    color: bool = False
    show_suppressed: bool = False
    version: str = ""


def formatter(name: str) -> Callable[[Run], str]:
    return import_module(f"claimlint.formatters.{name}").render  # type: ignore[no-any-return]


def summary(run: Run) -> dict[str, object]:
    by_severity = {s: sum(f.severity == s for f in run.findings) for s in ("error", "warning", "info")}
    by_category: dict[str, int] = {}
    for f in run.findings:
        by_category[f.category] = by_category.get(f.category, 0) + 1
    return {"files": run.files, "findings": len(run.findings), "suppressed": len(run.suppressed),
            "errors": len(run.errors), "by_severity": by_severity, "by_category": dict(sorted(by_category.items()))}
