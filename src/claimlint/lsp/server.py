"""`claimlint lsp`: a language server, so writers see risky claims as they type.

A thin layer over the library (`lint.lint_source`) using pygls: diagnostics on
open, change (debounced) and save; hover explains the rule; code actions
replace a claim with a suggestion, apply a rule's safe fix or add a
suppression directive. The config is the `.claimlint.yaml` (or pyproject
`[tool.claimlint]`) found upward from each file's folder, and is read again
as soon as it changes on disk (checked before every lint: one stat call).

Linting runs in one worker thread, so the server keeps answering while a
long page is linted, and spaCy is never used by two threads at once.
"""
from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from claimlint import __version__
from claimlint.config import CONFIG_NAMES, find_config
from claimlint.errors import ClaimlintError
from claimlint.extract import format_for
from claimlint.findings import Finding
from claimlint.lint import forget_config, lint_source
from claimlint.loader import load_ruleset
from claimlint.lsp import convert

# Long enough to fold a burst of keystrokes into one lint, short enough that diagnostics for a
# 2,000-word page arrive within 150 ms of a change (bench/lsp_latency.py). Changes that arrive
# while a lint runs fold too: only the newest version's result is published.
DEBOUNCE_SECONDS = 0.03
LANGUAGES = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}
CONFIG_FILES = frozenset({*CONFIG_NAMES, "pyproject.toml"})


class Linted(NamedTuple):
    """The last lint of one document version."""

    version: int | None
    text: str
    fmt: str
    config_path: str | None
    findings: list[Finding]


class ClaimlintServer(LanguageServer):
    """The server and what it remembers: each open document's last lint, pending lints, config stamps."""

    def __init__(self) -> None:
        super().__init__("claimlint", __version__)
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.stamps: dict[str, tuple[int, int]] = {}
        self.debounce = DEBOUNCE_SECONDS
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimlint-lint")

    def schedule(self, uri: str, delay: float) -> None:
        """Lint `uri` after `delay` seconds, replacing a lint already waiting for it."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        await self.lint_and_publish(uri)

    async def lint_and_publish(self, uri: str) -> None:
        if uri not in self.workspace.text_documents:
            return  # closed before its lint came round
        document = self.workspace.get_text_document(uri)
        version, text = document.version, document.source
        fmt = _format(uri, document.language_id)
        if fmt is None:
            return
        loop = asyncio.get_running_loop()
        diagnostics, linted = await loop.run_in_executor(self.worker, self._lint, uri, text, fmt, version)
        if uri not in self.workspace.text_documents or self.workspace.get_text_document(uri).version != version:
            return  # closed, or changed meanwhile: the lint scheduled by that change publishes
        self.linted[uri] = linted
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, diagnostics, version))

    def _lint(self, uri: str, text: str, fmt: str, version: int | None) -> tuple[list[lsp.Diagnostic], Linted]:
        """In the worker thread: find and (re)load the config, lint, convert."""
        path = to_fs_path(uri) or uri
        lines = convert.Lines(text, str(self.workspace.position_encoding or "utf-16"))
        config_path = None
        try:
            found = find_config(Path(path).parent)
            config_path = str(found) if found else None
            self._reload_if_changed(config_path)
            findings, problems = lint_source(text, path, fmt, config_path)
        except ClaimlintError as exc:
            return [convert.error_diagnostic(f"claimlint: {exc}")], Linted(version, text, fmt, config_path, [])
        active = [f for f in findings if f.suppressed is None]
        diagnostics = [convert.diagnostic(f, lines, uri) for f in active]
        diagnostics += [convert.problem_diagnostic(p, lines) for p in problems]
        return diagnostics, Linted(version, text, fmt, config_path, active)

    def _reload_if_changed(self, config_path: str | None) -> None:
        if config_path is None:
            return
        info = os.stat(config_path)
        stamp = (info.st_mtime_ns, info.st_size)
        if self.stamps.get(config_path, stamp) != stamp:
            forget_config()
        self.stamps[config_path] = stamp

    def relint_all(self) -> None:
        """A config changed: every open document may read differently now."""
        forget_config()
        self.stamps.clear()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)


def _format(uri: str, language_id: str | None) -> str | None:
    """The format claimlint reads a document in: by suffix, else by the editor's language id."""
    path = to_fs_path(uri) or uri
    return format_for(path, default=None) or LANGUAGES.get(language_id or "")  # type: ignore[arg-type]


def make_server() -> ClaimlintServer:
    """The server with every feature registered (kept apart from `serve` for tests and benchmarks)."""
    server = ClaimlintServer()

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: ClaimlintServer, params: lsp.InitializedParams) -> None:
        options: Any = ls.client_capabilities.workspace
        watch = options and options.did_change_watched_files and options.did_change_watched_files.dynamic_registration
        if watch:
            patterns = [lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in sorted(CONFIG_FILES)]
            try:
                await ls.client_register_capability_async(lsp.RegistrationParams([lsp.Registration(
                    "claimlint-config", lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    lsp.DidChangeWatchedFilesRegistrationOptions(patterns))]))
            except Exception:  # noqa: BLE001 - a client that refuses still gets configs checked on each lint
                pass

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: ClaimlintServer, params: lsp.InitializeParams) -> None:
        options = params.initialization_options or {}
        if isinstance(options, dict) and isinstance(options.get("debounceMs"), (int, float)):
            ls.debounce = max(0.0, options["debounceMs"] / 1000)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: ClaimlintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: ClaimlintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: ClaimlintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        if Path(to_fs_path(params.text_document.uri) or "").name in CONFIG_FILES:
            ls.relint_all()
        else:
            ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ClaimlintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.linted.pop(uri, None)
        waiting = ls.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, []))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: ClaimlintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(Path(to_fs_path(c.uri) or "").name in CONFIG_FILES for c in params.changes):
            ls.relint_all()

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: ClaimlintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        linted = ls.linted.get(params.text_document.uri)
        if linted is None:
            return None
        lines = convert.Lines(linted.text, str(ls.workspace.position_encoding or "utf-16"))
        at = lines.offset(params.position)
        under = [f for f in linted.findings if f.start <= at <= f.end]
        return convert.hover(under, _rules(linted), lines)

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
    def code_action(ls: ClaimlintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        uri = params.text_document.uri
        only = params.context.only
        if only and not any("quickfix".startswith(str(getattr(kind, "value", kind))) for kind in only):
            return None  # the client asked for other kinds (e.g. source actions on save)
        linted = ls.linted.get(uri)
        if linted is None or linted.version != ls.workspace.get_text_document(uri).version:
            return None  # the text has changed since the lint: its offsets no longer hold
        lines = convert.Lines(linted.text, str(ls.workspace.position_encoding or "utf-16"))
        start, end = lines.offset(params.range.start), lines.offset(params.range.end)
        rules = _rules(linted)
        return [action for f in linted.findings if f.start <= end and start <= f.end
                for action in convert.code_actions(f, rules.get(f.rule), lines, uri, linted.fmt)]

    return server


def _rules(linted: Linted) -> dict[str, Any]:
    ruleset = load_ruleset(linted.config_path, False)
    return {r.id: r for r in ruleset.rules}


def serve() -> None:
    """Speak LSP over standard input and output until the client says exit."""
    make_server().start_io()
