"""Inline suppression: `<!-- claimlint-disable... -->` comments in the copy.

    <!-- claimlint-disable-next-line absolute-safety -- reviewed by legal 2026-11 -->
    <!-- claimlint-disable hype, guaranteed-results -->  ...  <!-- claimlint-enable -->
    <!-- claimlint-disable-file -->

A directive names rule ids or categories (none: every rule) and may give a
reason after `--`. Suppressed findings are kept, with their reason, so
`--show-suppressed` can list every exception for review. An unknown rule id
in a directive is reported, since a typo would otherwise silence nothing.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

from claimlint.extract import Document, LineIndex

PREFIX = "claimlint-"
KINDS = ("disable-next-line", "disable-file", "disable", "enable")


class Region(NamedTuple):
    start: int
    end: int
    names: frozenset[str]  # empty: every rule
    reason: str


class Suppressions(NamedTuple):
    regions: list[Region]
    problems: list[str]  # "line: message"

    def reason_for(self, start: int, rule: str, category: str) -> str | None:
        """Why a finding at `start` is suppressed, or None when it is not."""
        for region in self.regions:
            if region.start <= start < region.end and (not region.names or region.names & {rule, category}):
                return region.reason or "suppressed"
        return None


def parse_directives(document: Document, known: Iterable[str]) -> Suppressions:
    known = set(known)
    lines = LineIndex(document.source)
    regions: list[Region] = []
    problems: list[str] = []
    open_regions: list[tuple[int, frozenset[str], str]] = []
    for comment in document.comments:
        body = comment.body.strip()
        if not body.startswith(PREFIX):
            continue
        kind = next((k for k in KINDS if body[len(PREFIX):].startswith(k)), None)
        line = lines.position(comment.start)[0]
        if kind is None:
            problems.append(f"{line}: unknown claimlint directive {body.split()[0]!r}; "
                            f"use one of {', '.join(PREFIX + k for k in KINDS)}")
            continue
        names, reason = _names_and_reason(body[len(PREFIX) + len(kind):])
        for name in sorted(names - known):
            problems.append(f"{line}: unknown rule id or category {name!r} in {PREFIX + kind}")
        if kind == "disable-next-line":
            start, end = _next_line(document.source, lines, comment.end)
            regions.append(Region(start, end, names, reason))
        elif kind == "disable-file":
            regions.append(Region(0, len(document.source) + 1, names, reason))
        elif kind == "disable":
            open_regions.append((comment.end, names, reason))
        else:
            regions.extend(_close(open_regions, names, comment.start))
    regions.extend(Region(s, len(document.source) + 1, n, r) for s, n, r in open_regions)
    return Suppressions(regions, problems)


def _names_and_reason(rest: str) -> tuple[frozenset[str], str]:
    rest, _, reason = rest.partition("--")
    names = frozenset(n for n in rest.replace(",", " ").split() if n)
    return names, reason.strip()


def _next_line(source: str, lines: LineIndex, after: int) -> tuple[int, int]:
    """The span of the first non-blank line after the directive."""
    line = lines.position(after)[0] + 1
    while line <= len(lines.starts) and not lines.line_text(line, source).strip():
        line += 1
    if line > len(lines.starts):
        return len(source), len(source)
    start = lines.starts[line - 1]
    return start, start + len(lines.line_text(line, source)) + 1


def _close(open_regions: list[tuple[int, frozenset[str], str]], names: frozenset[str], at: int) -> list[Region]:
    """`enable` closes the regions it names (all, when it names none)."""
    closed = [(s, n, r) for s, n, r in open_regions if not names or n & names or not n]
    for item in closed:
        open_regions.remove(item)
    return [Region(s, at, n, r) for s, n, r in closed]
