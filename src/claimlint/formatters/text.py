"""`--format text`: `path:line:col: severity [rule] message`, the line with the
claim underlined, and the first suggestion. Colour only on a terminal and
never with NO_COLOR; control characters from the copy are made visible so
a file cannot drive the terminal."""
from __future__ import annotations

from typing import Iterator

from claimlint.errors import printable
from claimlint.findings import Finding
from claimlint.formatters import Run, location
from claimlint.sources import skipped_summary

COLORS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1", "green": "32"}


def render(run: Run) -> Iterator[str]:
    """The report, a finding at a time (a big site's report is never held whole)."""
    shown = run.findings + (run.suppressed if run.show_suppressed else [])
    for f in sorted(shown, key=lambda f: (f.path, f.start, f.rule)):
        yield "\n".join(_finding(f, run.color)) + "\n"
    yield _summary(run) + "\n"


def _finding(f: Finding, color: bool) -> list[str]:
    paint = _painter(color)
    head = (f"{paint(safe(f.path), 'bold')}:{location(f)}: {paint(f.severity, f.severity)} "
            f"[{f.rule}] {safe(f.message)}")
    lines = [head]
    if f.suppressed:
        lines.append(f"    suppressed: {safe(f.suppressed)}")
    source_line = f.source_line
    if source_line:
        end = f.end_column if f.end_line == f.line else len(source_line) + 1
        width = max(end - f.column, 1)
        lines.append(f"    {safe(source_line)}")
        lines.append("    " + " " * (f.column - 1) + paint("^" * width, f.severity))
    if f.suggestions:
        lines.append(f"    {paint('suggestion:', 'green')} {safe(f.suggestions[0])}")
    return lines


def _summary(run: Run) -> str:
    counts = {s: sum(f.severity == s for f in run.findings) for s in ("error", "warning", "info")}
    parts = [f"{len(run.findings)} finding{'s' if len(run.findings) != 1 else ''} in {run.files} "
             f"file{'s' if run.files != 1 else ''}"]
    parts.append(", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n) or "clean")
    if run.suppressed:
        parts.append(f"{len(run.suppressed)} suppressed")
    if run.errors:
        parts.append(f"{len(run.errors)} input error{'s' if len(run.errors) != 1 else ''}")
    if run.skipped:
        parts.append(skipped_summary(dict(run.skipped)))
    return "; ".join(parts)


def _painter(color: bool):  # noqa: ANN202
    def paint(text: str, style: str) -> str:
        return f"\x1b[{COLORS[style]}m{text}\x1b[0m" if color else text

    return paint


def safe(text: str) -> str:
    """Make control characters visible (no escape sequences reach the terminal)."""
    return printable(text)
