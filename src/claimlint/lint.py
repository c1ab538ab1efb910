"""The library API: lint text or files, get findings. No CLI, no printing.

    from claimlint import lint_text, lint_paths
    findings = lint_text("Our exosome therapy is FDA-approved.", path="page.md")

Files are read, extracted and streamed through `nlp.pipe` in batches; only
one batch of Docs is alive at a time.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

import spacy
from spacy.language import Language

import claimlint.sentences  # noqa: F401  (registers the claimlint_sentences component)
from claimlint.claims import make_claim_finder  # noqa: F401  (registers the claimlint component)
from claimlint.config import find_config
from claimlint.directives import parse_directives
from claimlint.errors import ClaimlintError, SourceError
from claimlint.extract import Document, extract
from claimlint.fetch import MAX_PAGES, fetch_pages, is_url
from claimlint.findings import Finding, findings_for
from claimlint.loader import RuleSet, load_ruleset
from claimlint.sources import discover, read_source

BATCH_SIZE = 32
MAX_CHARS = 5_000_000


class Report(NamedTuple):
    """The outcome of a run: findings (suppressed ones marked) and input problems."""

    findings: list[Finding]
    errors: list[str]
    files: int


def resolve_config(config: str | None) -> str | None:
    """An explicit config path, else the one found upward from the working directory."""
    if config is not None:
        return config
    found = find_config()
    return str(found) if found else None


@lru_cache(maxsize=4)
def pipeline(config_path: str | None, model: str | None = None) -> Language:
    """The spaCy pipeline for a config: blank English unless a model is asked for."""
    ruleset = load_ruleset(config_path, False)
    model = model or ruleset.config.model
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "textcat", "textcat_multilabel"])
        except OSError:
            raise ClaimlintError(f"spaCy model {model!r} is not installed "
                                 f"(pip install it, or run without --model)") from None
    else:
        nlp = spacy.blank("en")
    nlp.max_length = MAX_CHARS + 1
    nlp.add_pipe("claimlint_sentences")
    nlp.add_pipe("claimlint", config={"config_path": config_path, "discover_config": False})
    return nlp


def lint_text(text: str, path: str = "<text>", fmt: str | None = None, config: str | None = None,
              model: str | None = None) -> list[Finding]:
    """Lint one document's text; `fmt` is markdown, html or text (default: from `path`)."""
    config_path = resolve_config(config)
    document = extract(path, text, fmt)
    report = _lint([document], config_path, model)
    if report.errors:
        raise ClaimlintError(report.errors[0])
    return [f for f in report.findings if f.suppressed is None]


def lint_paths(paths: Sequence[str], config: str | None = None, model: str | None = None,
               stdin: tuple[str, str] | None = None, sitemaps: Sequence[str] = (),
               max_pages: int = MAX_PAGES, progress: Callable[[str], None] | None = None) -> Report:
    """Lint files, folders and URLs; unreadable inputs become errors, never exceptions.

    `stdin`, when given, is (name, text) for a document read from standard input.
    http(s) URLs in `paths` and the pages listed by `sitemaps` are fetched (at
    most `max_pages`) and linted as HTML under their URL. `progress` is called
    with each document's path once it has been linted.
    """
    config_path = resolve_config(config)
    ruleset = load_ruleset(config_path, False)
    errors: list[str] = []
    documents = _documents(paths, ruleset, errors, stdin, (sitemaps, max_pages))
    report = _lint(documents, config_path, model, progress)
    return Report(report.findings, errors + report.errors, report.files)


def _documents(paths: Sequence[str], ruleset: RuleSet, errors: list[str],
               stdin: tuple[str, str] | None, web: tuple[Sequence[str], int] = ((), MAX_PAGES)
               ) -> Iterator[Document]:
    if stdin is not None:
        yield extract(*stdin)
    cfg = ruleset.config
    for path in discover([p for p in paths if p != "-" and not is_url(p)], cfg.include, cfg.exclude):
        try:
            source = read_source(path)
            if len(source) > MAX_CHARS:
                raise SourceError(path, None, f"more than {MAX_CHARS:,} characters; skipped")
            yield extract(path, source)
        except ClaimlintError as exc:
            errors.append(str(exc))
    for page in fetch_pages([p for p in paths if is_url(p)], web[0], errors, web[1]):
        yield extract(page.url, page.text, page.fmt)


def _lint(documents: Iterable[Document], config_path: str | None, model: str | None,
          progress: Callable[[str], None] | None = None) -> Report:
    nlp = pipeline(config_path, model)
    ruleset = load_ruleset(config_path, False)
    findings: list[Finding] = []
    errors: list[str] = []
    files = 0
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        files += 1
        suppressions = parse_directives(document, ruleset.known_ids)
        errors.extend(f"{document.path}:{problem}" for problem in suppressions.problems)
        for finding in findings_for(doc, document, ruleset):
            reason = suppressions.reason_for(finding.start, finding.rule, finding.category)
            findings.append(finding._replace(suppressed=reason) if reason else finding)
        if progress is not None:
            progress(document.path)
    return Report(findings, errors, files)
