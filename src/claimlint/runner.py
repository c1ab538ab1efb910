"""Lint many files: the results cache and worker processes.

Each file's result (its findings and directive problems) is cached by its
path, text and the rules fingerprint (cache.py). Files not in the cache are
linted in this process, or, with `jobs > 1`, in worker processes that each
build their pipeline once and take chunks of paths (paths, not texts, are
sent, so memory stays flat). Results come back in the order of the paths.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, NamedTuple, Sequence

from claimlint import cache
from claimlint.errors import ClaimlintError
from claimlint.extract import Document, Options
from claimlint.findings import Finding
from claimlint.sources import read_document, read_source

CHUNK = 16  # files per task: big enough to amortise the hand-off, small enough to balance
PARALLEL_FROM = 64  # files: below this, starting workers costs more than it saves


class FileResult(NamedTuple):
    path: str
    findings: list[Finding]
    errors: list[str]
    linted: bool  # False when the file could not be read


def auto_jobs(files: int) -> int:
    """The default for --jobs: every core for large inputs, one for a handful of files."""
    return (os.cpu_count() or 1) if files >= PARALLEL_FROM else 1


def lint_files(paths: Sequence[str], config_path: str | None, model: str | None, jobs: int = 1,
               use_cache: bool = False, progress: Callable[[str], None] | None = None) -> list[FileResult]:
    """Every file's result, in the order of `paths`."""
    from claimlint.loader import load_ruleset

    config = load_ruleset(config_path, False).config
    rules = cache.fingerprint(config.path, config.rule_dirs) if use_cache else ""
    results: dict[str, FileResult] = {}
    keys: dict[str, str] = {}
    if use_cache:
        for path in paths:
            try:
                keys[path] = cache.result_key(rules, path, read_source(path), model)
            except ClaimlintError:
                continue  # reported when linted
            hit = cache.load("results", keys[path])
            if isinstance(hit, FileResult):
                results[path] = hit
                if progress is not None:
                    progress(path)
    todo = [p for p in paths if p not in results]
    for result in _run(todo, config_path, model, jobs):
        results[result.path] = result
        if use_cache and result.linted and result.path in keys:
            cache.store("results", keys[result.path], result)
        if progress is not None:
            progress(result.path)
    return [results[p] for p in paths]


def _run(paths: list[str], config_path: str | None, model: str | None, jobs: int) -> Iterator[FileResult]:
    if not paths:
        return
    if jobs <= 1 or len(paths) <= CHUNK:
        yield from lint_chunk(paths, config_path, model)
        return
    from claimlint.lint import pipeline

    pipeline(config_path, model)  # forked workers inherit it, built once
    chunks = [paths[i:i + CHUNK] for i in range(0, len(paths), CHUNK)]
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        for chunk in pool.map(lint_chunk, chunks, [config_path] * len(chunks), [model] * len(chunks)):
            yield from chunk


def lint_chunk(paths: Sequence[str], config_path: str | None, model: str | None) -> list[FileResult]:
    """Read, extract and lint files in this process (a worker's task)."""
    from claimlint.lint import lint_documents

    from claimlint.config import read_options
    from claimlint.loader import load_ruleset

    failed: list[FileResult] = []
    documents = _read(paths, failed, read_options(load_ruleset(config_path, False).config))
    results = [FileResult(d.path, findings, errors, True)
               for d, findings, errors in lint_documents(documents, config_path, model)]
    by_path = {r.path: r for r in results + failed}
    return [by_path[p] for p in paths]


def _read(paths: Sequence[str], failed: list[FileResult], options: Options) -> Iterator[Document]:
    for path in paths:
        try:
            yield read_document(path, options)  # read_source enforces the size bound
        except ClaimlintError as exc:
            failed.append(FileResult(path, [], [str(exc)], False))
