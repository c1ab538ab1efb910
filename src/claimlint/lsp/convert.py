"""Findings -> LSP: positions, diagnostics, hovers and code actions, as plain functions.

LSP positions are a 0-based line and a character offset counted in the
encoding the client and server agreed on (UTF-16 unless the client offers
UTF-8 or UTF-32); lines end at `\\n`, `\\r\\n` or `\\r`, which is how
claimlint's `LineIndex` counts them too. Findings carry code-point offsets
into the document text, so each range is computed from those, never from
the 1-based columns meant for people.
"""
from __future__ import annotations

import re
from typing import Iterable

from lsprotocol import types as lsp

from claimlint.extract import LineIndex
from claimlint.findings import Finding
from claimlint.fixes import edits_for
from claimlint.ruledoc import help_markdown
from claimlint.ruleset import Rule

SEVERITY = {"error": lsp.DiagnosticSeverity.Error, "warning": lsp.DiagnosticSeverity.Warning,
            "info": lsp.DiagnosticSeverity.Information}
SOURCE = "claimlint"
# Formats whose comments hold suppression directives (directives.py).
COMMENTED = frozenset({"markdown", "html"})
REASON = "TODO: reason"


class Lines:
    """Offsets in a document's text <-> LSP positions in the negotiated encoding."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text, self.encoding, self.index = text, encoding, LineIndex(text)

    def position(self, offset: int) -> lsp.Position:
        line, column = self.index.position(offset)
        start = self.index.starts[line - 1]
        return lsp.Position(line - 1, self._units(self.text[start:start + column - 1]))

    def range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(self.position(start), self.position(end))

    def offset(self, position: lsp.Position) -> int:
        """The text offset of a client position (clamped to its line)."""
        if position.line >= len(self.index.starts):
            return len(self.text)
        start = self.index.starts[position.line]
        end = start + len(self.index.line_text(position.line + 1, self.text))
        units = 0
        for i in range(start, end):
            if units >= position.character:
                return i
            units += self._units(self.text[i])
        return end

    def _units(self, text: str) -> int:
        if self.encoding == "utf-32":
            return len(text)
        if self.encoding == "utf-8":
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text.encode("utf-16-le", "surrogatepass")) // 2


def diagnostic(f: Finding, lines: Lines, uri: str) -> lsp.Diagnostic:
    """A finding as the editor shows it: squiggle, rule id (linked to its first reference), message."""
    where = lines.range(f.start, f.end)
    web = [r for r in f.references if re.match(r"https?://", r.url)]
    return lsp.Diagnostic(
        range=where, severity=SEVERITY.get(f.severity, lsp.DiagnosticSeverity.Warning), code=f.rule,
        code_description=lsp.CodeDescription(href=web[0].url) if web else None, source=SOURCE,
        message=f.message,
        related_information=[lsp.DiagnosticRelatedInformation(lsp.Location(uri, where), f"{r.title}: {r.url}")
                             for r in f.references] or None,
    )


def problem_diagnostic(problem: str, lines: Lines) -> lsp.Diagnostic:
    """A directive problem ("line: message") on its line."""
    head, _, message = problem.partition(": ")
    line = int(head) - 1 if head.isdigit() else 0
    start = lines.index.starts[min(line, len(lines.index.starts) - 1)]
    end = start + len(lines.index.line_text(line + 1, lines.text)) if line < len(lines.index.starts) else start
    return lsp.Diagnostic(range=lines.range(start, end), severity=lsp.DiagnosticSeverity.Warning,
                          code="directive", source=SOURCE, message=message or problem)


def error_diagnostic(message: str) -> lsp.Diagnostic:
    """A config or rule error: the document cannot be linted until it is fixed."""
    return lsp.Diagnostic(range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
                          severity=lsp.DiagnosticSeverity.Error, code="config", source=SOURCE, message=message)


def hover(findings: Iterable[Finding], rules: dict[str, Rule], lines: Lines) -> lsp.Hover | None:
    """The explanation of each finding under the cursor: message, why, wording, references, examples."""
    found = [f for f in findings if f.rule in rules]
    if not found:
        return None
    cards = [help_markdown(rules[f.rule], f.suggestions, f.message, examples=True) for f in found]
    return lsp.Hover(lsp.MarkupContent(lsp.MarkupKind.Markdown, "\n---\n\n".join(cards)),
                     lines.range(min(f.start for f in found), max(f.end for f in found)))


def code_actions(f: Finding, rule: Rule | None, lines: Lines, uri: str, fmt: str) -> list[lsp.CodeAction]:
    """Replace the claim with each suggestion; the safe autofix; a suppression directive."""
    diag = [diagnostic(f, lines, uri)]
    where = lines.range(f.start, f.end)
    actions = [_action(f"Replace with: {s}", uri, [lsp.TextEdit(where, s)], diag) for s in f.suggestions]
    if rule is not None and rule.fix:
        edits = edits_for(lines.text, [f], {rule.id: rule})
        for edit in edits:
            title = f"Apply safe fix: “{lines.text[edit.start:edit.end]}” → “{edit.text}”"
            actions.insert(0, _action(title, uri, [lsp.TextEdit(lines.range(edit.start, edit.end), edit.text)],
                                      diag, preferred=True))
    if fmt in COMMENTED:
        actions.append(_action(f"Suppress {f.rule} on this line (with a reason)", uri, [_directive(f, lines)], diag))
    return actions


def _directive(f: Finding, lines: Lines) -> lsp.TextEdit:
    """`<!-- claimlint-disable-next-line RULE -- TODO: reason -->` above the claim's line, indented like it."""
    line_start = lines.index.starts[f.line - 1]
    text = lines.index.line_text(f.line, lines.text)
    indent = text[:len(text) - len(text.lstrip())]
    ending = re.search(r"\r\n|\r|\n", lines.text)
    comment = f"{indent}<!-- claimlint-disable-next-line {f.rule} -- {REASON} -->{ending.group() if ending else chr(10)}"
    at = lines.position(line_start)
    return lsp.TextEdit(lsp.Range(at, at), comment)


def _action(title: str, uri: str, edits: list[lsp.TextEdit], diagnostics: list[lsp.Diagnostic],
            preferred: bool = False) -> lsp.CodeAction:
    return lsp.CodeAction(title=title, kind=lsp.CodeActionKind.QuickFix, diagnostics=diagnostics,
                          is_preferred=preferred or None, edit=lsp.WorkspaceEdit(changes={uri: edits}))
