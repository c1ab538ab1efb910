"""Language-server latency: `python bench/lsp_latency.py` (needs claimlint[lsp]).

Starts `claimlint lsp` over stdio with pygls's own client, opens a page of
about 2,000 words built from examples/ (Markdown copy, repeated), and after a
warm-up sends edits one at a time, timing each from the didChange
notification to the diagnostics published for that version: what a writer
waits for after a keystroke, debounce included. It also times the library
call alone (`lint_source`) and a run with no debounce, to show where the time
goes. The target is 150 ms warm for a 2,000-word page.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parent.parent


def page(words: int) -> str:
    """Markdown copy from examples/ (front matter dropped), repeated until `words` words."""
    texts = [p.read_text(encoding="utf-8").split("\n---\n", 1)[-1] for p in sorted((ROOT / "examples").rglob("*.md"))]
    out: list[str] = []
    while sum(len(t.split()) for t in out) < words:
        out.append(texts[len(out) % len(texts)])
    text = "\n\n".join(out)
    while len(text.split()) > words:  # cut the last paragraph back to the word count
        text = text[:text.rstrip().rfind(" ")]
    return text + "\n"


def library_ms(text: str, path: str, runs: int) -> list[float]:
    """The lint alone, in this process, warm."""
    from claimlint.lint import lint_source

    lint_source(text, path, "markdown")
    times = []
    for i in range(runs):
        start = time.perf_counter()
        lint_source(text + f"\n\nEdit {i}.", path, "markdown")
        times.append((time.perf_counter() - start) * 1000)
    return times


async def server_ms(text: str, path: Path, runs: int, debounce_ms: float | None) -> tuple[list[float], int]:
    """didChange -> publishDiagnostics for that version, over stdio, after a warm-up."""
    client = LanguageClient("claimlint-bench", "1")
    published: dict[int, asyncio.Future[int]] = {}

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        waiting = published.get(params.version or 0)
        if waiting is not None and not waiting.done():
            waiting.set_result(len(params.diagnostics))

    await client.start_io(sys.executable, "-m", "claimlint", "lsp")
    options = {} if debounce_ms is None else {"debounceMs": debounce_ms}
    await client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities(),
                                                       initialization_options=options))
    client.initialized(lsp.InitializedParams())
    uri = path.as_uri()
    loop = asyncio.get_running_loop()
    published[1] = loop.create_future()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, "markdown", 1, text)))
    count = await asyncio.wait_for(published[1], 120)  # cold: loads spaCy and the rules
    times = []
    for version in range(2, runs + 5):
        published[version] = loop.create_future()
        start = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [lsp.TextDocumentContentChangeWholeDocument(text=text + f"\n\nEdit {version}.")]))
        await asyncio.wait_for(published[version], 60)
        if version >= 5:  # the first few are the warm-up
            times.append((time.perf_counter() - start) * 1000)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return times, count


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    return f"{name:48} median {statistics.median(times):6.1f} ms   p90 {p90:6.1f} ms   (n={len(times)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    text = page(args.words)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.md"
        path.write_text(text, encoding="utf-8")
        (Path(folder) / ".claimlint.yaml").write_text("", encoding="utf-8")
        print(f"page: {len(text.split())} words, Markdown")
        print(summary("library lint_source (in process, warm)", library_ms(text, str(path), args.runs)))
        times, count = asyncio.run(server_ms(text, path, args.runs, None))
        print(summary("LSP change -> diagnostics (default debounce)", times) + f"   {count} diagnostics")
        times, _ = asyncio.run(server_ms(text, path, args.runs, 0))
        print(summary("LSP change -> diagnostics (no debounce)", times))


if __name__ == "__main__":
    main()
