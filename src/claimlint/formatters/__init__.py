"""Stage 5: findings -> output. Each format is one module with `render(run) -> str`."""
from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple

if TYPE_CHECKING:
    from claimlint.findings import Finding
    from claimlint.ruleset import Rule

# Every output format; each is the module claimlint/formatters/<name>.py with `render(run) -> str`.
FORMATS = ("text", "json", "sarif", "github", "junit", "html")


class Run(NamedTuple):
    """What a formatter sees: the findings to show and the run's totals."""

    findings: list["Finding"]
    suppressed: list["Finding"]
    files: int
    errors: list[str]
    color: bool = False
    show_suppressed: bool = False
    version: str = ""
    rules: tuple["Rule", ...] = ()  # the active rules, for formats that describe them (SARIF)
    paths: tuple[str, ...] = ()  # every file linted, for formats that list clean files (JUnit)
    texts: tuple[tuple[str, str], ...] = ()  # (path, text) of documents not on disk (stdin), for HTML
    skipped: tuple[tuple[str, int], ...] = ()  # files a folder walk passed over, by suffix


def formatter(name: str) -> Callable[[Run], str | Iterable[str]]:
    return import_module(f"claimlint.formatters.{name}").render  # type: ignore[no-any-return]


def summary(run: Run) -> dict[str, object]:
    by_severity = {s: sum(f.severity == s for f in run.findings) for s in ("error", "warning", "info")}
    by_category: dict[str, int] = {}
    for f in run.findings:
        by_category[f.category] = by_category.get(f.category, 0) + 1
    return {"files": run.files, "findings": len(run.findings), "suppressed": len(run.suppressed),
            "errors": len(run.errors), "by_severity": by_severity, "by_category": dict(sorted(by_category.items())),
            "skipped": dict(run.skipped)}


def location(f: "Finding") -> str:
    """`line:col`, or `¶paragraph:char` for a Word draft (its lines are its paragraphs)."""
    return f"¶{f.line}:{f.column}" if f.path.lower().endswith(".docx") else f"{f.line}:{f.column}"


def relative_path(path: str) -> str:
    """`path` relative to the working directory with forward slashes: what CI annotations,
    SARIF viewers and baselines match on, however the path was typed (`./site/a.md`, absolute)."""
    try:
        path = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        pass
    return Path(path).as_posix()
