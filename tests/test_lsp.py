"""`claimlint lsp` end to end: a real LSP client (pytest-lsp) drives the server over
stdio: diagnostics with exact ranges, hover, code actions applied, the diagnostic
gone after the change, and a config edited on disk taking effect."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from claimlint.loader import load_ruleset

pytestmark = pytest.mark.asyncio(loop_scope="module")
PAGE = "# Glow facials\n\n\U0001F600 Our exosome facial has no side effects.\n\nBook a consultation.\n"
TIMEOUT = 60


def _client() -> LanguageClient:
    """The test client, also accepting the server's request to watch config files."""
    client = pytest_lsp.make_test_lsp_client()
    client.registrations = []  # type: ignore[attr-defined]

    @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params: lsp.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)  # type: ignore[attr-defined]

    return client


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(
    server_command=[sys.executable, "-m", "claimlint", "lsp"], client_factory=_client))
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    lsp_client.folder = tmp_path_factory.mktemp("lsp")  # type: ignore[attr-defined]
    (lsp_client.folder / ".claimlint.yaml").write_text("", encoding="utf-8")  # type: ignore[attr-defined]
    result = await lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("visual-studio-code"),
        root_uri=lsp_client.folder.as_uri(),  # type: ignore[attr-defined]
        initialization_options={"debounceMs": 20}))
    lsp_client.encoding = result.capabilities.position_encoding or "utf-16"  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def _diagnostics(client: LanguageClient, uri: str, version: int) -> list[lsp.Diagnostic]:
    """Wait for the diagnostics the server publishes for this version of the document."""
    async def wait() -> list[lsp.Diagnostic]:
        while True:
            params = await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            if params.uri == uri and params.version == version:
                return list(params.diagnostics)

    return await asyncio.wait_for(wait(), TIMEOUT)


async def _open(client: LanguageClient, name: str, text: str, language: str = "markdown") -> tuple[str, list]:
    path = client.folder / name  # type: ignore[attr-defined]
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    waiting = asyncio.ensure_future(_diagnostics(client, uri, 1))
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, language, 1, text)))
    return uri, await waiting


async def _change(client: LanguageClient, uri: str, version: int, text: str) -> list[lsp.Diagnostic]:
    waiting = asyncio.ensure_future(_diagnostics(client, uri, version))
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [lsp.TextDocumentContentChangeWholeDocument(text=text)]))
    return await waiting


def _position(text: str, offset: int, encoding: str) -> lsp.Position:
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    units = len(before) if encoding == "utf-32" else (
        len(before.encode("utf-8")) if encoding == "utf-8" else len(before.encode("utf-16-le")) // 2)
    return lsp.Position(text.count("\n", 0, offset), units)


def _range(text: str, phrase: str, encoding: str) -> lsp.Range:
    start = text.index(phrase)
    return lsp.Range(_position(text, start, encoding), _position(text, start + len(phrase), encoding))


def _apply(text: str, edits: list[lsp.TextEdit], encoding: str) -> str:
    """Apply edits (from the end, so earlier ranges stay valid), as an editor does."""
    def offset(pos: lsp.Position) -> int:
        return next(i for i in range(len(text) + 1) if _position(text, i, encoding) == pos)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


async def _actions(client: LanguageClient, uri: str, diagnostic: lsp.Diagnostic) -> list[lsp.CodeAction]:
    found = await client.text_document_code_action_async(lsp.CodeActionParams(
        lsp.TextDocumentIdentifier(uri), diagnostic.range, lsp.CodeActionContext([diagnostic])))
    return [a for a in found or [] if isinstance(a, lsp.CodeAction)]


async def test_lsp_diagnostics_on_open_have_exact_ranges(client: LanguageClient) -> None:
    encoding = client.encoding  # type: ignore[attr-defined]
    uri, diagnostics = await _open(client, "open.md", PAGE)
    (found,) = [d for d in diagnostics if d.code == "no-side-effects"]
    assert found.range == _range(PAGE, "no side effects", encoding)  # after an emoji: 2 UTF-16 units, 1 character
    assert found.severity == lsp.DiagnosticSeverity.Error and found.source == "claimlint" and found.message
    rule = load_ruleset(None, False).rule("no-side-effects")
    assert found.code_description is not None and found.code_description.href == rule.references[0].url
    assert [r.message for r in found.related_information or []] == [f"{r.title}: {r.url}" for r in rule.references]


async def test_lsp_hover_explains_the_rule(client: LanguageClient) -> None:
    uri, _ = await _open(client, "hover.md", PAGE)
    at = _range(PAGE, "no side effects", client.encoding)  # type: ignore[attr-defined]
    hover = await client.text_document_hover_async(lsp.HoverParams(lsp.TextDocumentIdentifier(uri), at.start))
    assert hover is not None and isinstance(hover.contents, lsp.MarkupContent)
    text = hover.contents.value
    rule = load_ruleset(None, False).rule("no-side-effects")
    assert "`no-side-effects`" in text and "**Why:**" in text and "**Flags:**" in text
    assert all(r.url in text for r in rule.references)
    assert hover.range == at
    nothing = await client.text_document_hover_async(lsp.HoverParams(lsp.TextDocumentIdentifier(uri),
                                                                     lsp.Position(4, 2)))
    assert nothing is None


async def test_lsp_replace_with_a_suggestion_then_the_diagnostic_goes(client: LanguageClient) -> None:
    encoding = client.encoding  # type: ignore[attr-defined]
    uri, diagnostics = await _open(client, "replace.md", PAGE)
    (found,) = [d for d in diagnostics if d.code == "no-side-effects"]
    actions = await _actions(client, uri, found)
    source_only = await client.text_document_code_action_async(lsp.CodeActionParams(
        lsp.TextDocumentIdentifier(uri), found.range, lsp.CodeActionContext([found], [lsp.CodeActionKind.Source])))
    assert not source_only  # quick fixes only when the client asks for them
    replace = [a for a in actions if a.title.startswith("Replace with: ")]
    assert replace and all(a.kind == lsp.CodeActionKind.QuickFix for a in actions)
    edits = replace[0].edit.changes[uri]  # type: ignore[union-attr,index]
    assert [e.range for e in edits] == [found.range]
    fixed = _apply(PAGE, edits, encoding)
    assert replace[0].title.removeprefix("Replace with: ") in fixed and "no side effects" not in fixed
    after = await _change(client, uri, 2, fixed)
    assert not [d for d in after if d.code == "no-side-effects"]


async def test_lsp_safe_autofix(client: LanguageClient) -> None:
    rule = load_ruleset(None, False).rule("guaranteed-results")
    if rule is None or not rule.fix:
        pytest.skip("guaranteed-results has no safe fix now")
    text = f"# Botox\n\nPatients see {rule.fix[0].replace} in their follow-up photos.\n"
    uri, diagnostics = await _open(client, "autofix.md", text)
    (found,) = [d for d in diagnostics if d.code == "guaranteed-results"]
    (fix,) = [a for a in await _actions(client, uri, found) if a.is_preferred]
    fixed = _apply(text, fix.edit.changes[uri], client.encoding)  # type: ignore[union-attr,index,attr-defined]
    assert fixed.lower() == text.lower().replace(rule.fix[0].replace.lower(), rule.fix[0].with_.lower())
    after = await _change(client, uri, 2, fixed)
    assert not [d for d in after if d.code == "guaranteed-results"]


async def test_lsp_suppression_directive(client: LanguageClient) -> None:
    text = "<p>Our serum is proven.</p>\n  <p>Our exosome facial has no side effects.</p>\n"
    uri, diagnostics = await _open(client, "suppress.html", text, "html")
    (found,) = [d for d in diagnostics if d.code == "no-side-effects"]
    (action,) = [a for a in await _actions(client, uri, found) if a.title.startswith("Suppress")]
    fixed = _apply(text, action.edit.changes[uri], client.encoding)  # type: ignore[union-attr,index,attr-defined]
    assert fixed.splitlines()[1] == "  <!-- claimlint-disable-next-line no-side-effects -- TODO: reason -->"
    after = await _change(client, uri, 2, fixed)
    assert not [d for d in after if d.code == "no-side-effects"]


async def test_lsp_every_format_and_directive_problems(client: LanguageClient) -> None:
    _, plain = await _open(client, "draft.txt", "Our exosome facial has no side effects.\n", "plaintext")
    assert [d.range for d in plain if d.code == "no-side-effects"] == [
        lsp.Range(lsp.Position(0, 23), lsp.Position(0, 38))]
    text = "<!-- claimlint-disable-next-line not-a-rule -->\nBook a consultation.\n"
    _, problems = await _open(client, "directive.md", text)
    assert [(d.code, d.severity, d.range.start.line) for d in problems] == [
        ("directive", lsp.DiagnosticSeverity.Warning, 0)]


async def test_lsp_config_found_from_the_file_folder_and_reloaded(client: LanguageClient) -> None:
    folder: Path = client.folder / "site"  # type: ignore[attr-defined]
    folder.mkdir()
    config = folder / ".claimlint.yaml"
    config.write_text("ignore: [hype]\n", encoding="utf-8")
    uri, diagnostics = await _open(client, "site/config.md", PAGE)
    assert [d.code for d in diagnostics if d.code == "no-side-effects"] == ["no-side-effects"]
    config.write_text("ignore: [no-side-effects]\n", encoding="utf-8")
    waiting = asyncio.ensure_future(_diagnostics(client, uri, 1))
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        [lsp.FileEvent(config.as_uri(), lsp.FileChangeType.Changed)]))
    assert not [d for d in await waiting if d.code == "no-side-effects"]
    config.write_text("select: [absolute-safety]\n", encoding="utf-8")  # no notification: checked on each lint
    after = await _change(client, uri, 2, PAGE + "\nStill no side effects.\n")
    assert [d.code for d in after] == ["no-side-effects", "no-side-effects"]
    assert any(r.register_options and "claimlint.yaml" in str(r.register_options)
               for r in client.registrations)  # type: ignore[attr-defined]


async def test_lsp_save_lints_again(client: LanguageClient) -> None:
    """Saving lints the document again; saving the config relints every open document with it."""
    folder: Path = client.folder / "saved"  # type: ignore[attr-defined]
    folder.mkdir()
    config = folder / ".claimlint.yaml"
    config.write_text("", encoding="utf-8")
    uri, first = await _open(client, "saved/page.md", PAGE)
    waiting = asyncio.ensure_future(_diagnostics(client, uri, 1))
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(uri)))
    assert await waiting == first
    config.write_text("ignore: [absolute-safety]\n", encoding="utf-8")
    waiting = asyncio.ensure_future(_diagnostics(client, uri, 1))
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(config.as_uri())))
    assert not [d for d in await waiting if d.code == "no-side-effects"]
