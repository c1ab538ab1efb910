"""Findings -> LSP positions and edits, without a server: every position encoding a client
may pick, CRLF files, and the suppression directive's line ending and indent."""
from __future__ import annotations

import sys

import pytest
from lsprotocol import types as lsp

from claimlint.lint import lint_source
from claimlint.lsp import convert

LINE = "Caf\u00e9 \U0001F600 has no side effects.\r\n"


@pytest.mark.parametrize(("encoding", "character"), [("utf-16", 8), ("utf-8", 11), ("utf-32", 7)])
def test_lsp_positions_in_each_encoding(encoding: str, character: int) -> None:
    text = "# Title\r\n\r\n" + LINE
    lines = convert.Lines(text, encoding)
    offset = text.index("has no side")
    assert lines.position(offset) == lsp.Position(2, character)
    assert lines.offset(lsp.Position(2, character)) == offset
    assert lines.offset(lsp.Position(2, 999)) == text.index("\r\n", offset)  # clamped to the line
    assert lines.offset(lsp.Position(9, 0)) == len(text)


def test_lsp_diagnostic_and_actions_for_a_crlf_markdown_file(empty_config: str) -> None:
    text = "# Facials\r\n\r\n  Our exosome facial has no side effects.\r\n"
    findings, problems = lint_source(text, "page.md", None, empty_config)
    (finding,) = [f for f in findings if f.rule == "no-side-effects"]
    assert problems == []
    lines = convert.Lines(text)
    diagnostic = convert.diagnostic(finding, lines, "file:///page.md")
    start = text.index("no side effects")
    assert diagnostic.range == lsp.Range(lsp.Position(2, start - text.index("  Our")),
                                         lsp.Position(2, start - text.index("  Our") + 15))
    assert diagnostic.code == "no-side-effects" and diagnostic.severity == lsp.DiagnosticSeverity.Error
    actions = convert.code_actions(finding, None, lines, "file:///page.md", "markdown")
    (suppress,) = [a for a in actions if a.title.startswith("Suppress")]
    (edit,) = suppress.edit.changes["file:///page.md"]  # type: ignore[union-attr,index]
    assert edit.range == lsp.Range(lsp.Position(2, 0), lsp.Position(2, 0))
    assert edit.new_text == "  <!-- claimlint-disable-next-line no-side-effects -- TODO: reason -->\r\n"
    assert len([a for a in actions if a.title.startswith("Replace with: ")]) == len(finding.suggestions)


def test_lsp_no_suppression_action_where_comments_cannot_hold_directives(empty_config: str) -> None:
    findings, _ = lint_source("Our exosome facial has no side effects.\n", "draft.txt", None, empty_config)
    actions = convert.code_actions(findings[0], None, convert.Lines("x"), "file:///draft.txt", "text")
    assert actions and not [a for a in actions if a.title.startswith("Suppress")]


def test_lsp_command_without_pygls_says_what_to_install(run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "claimlint.lsp.server", None)  # as if pygls were not installed
    result = run("lsp")
    assert result.code == 2 and "pip install 'claimlint[lsp]'" in result.err
