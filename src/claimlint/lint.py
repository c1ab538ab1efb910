"""The library API: lint text or files, get findings. No CLI, no printing.

    from claimlint import lint_text, lint_paths
    findings = lint_text("Our exosome therapy is FDA-approved.", path="page.md")

Files are read, extracted and streamed through `nlp.pipe` in batches; only
one batch of Docs is alive at a time.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple, Sequence

from claimlint.config import find_config, read_options
from claimlint.directives import parse_directives
from claimlint.errors import ClaimlintError
from claimlint.extract import Document, extract
from claimlint.findings import Finding, findings_for
from claimlint.loader import load_ruleset
from claimlint.sources import MAX_CHARS, MAX_PAGES, find_files, is_url, skipped_summary

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 32


class Report(NamedTuple):
    """The outcome of a run: findings (suppressed ones marked) and input problems."""

    findings: list[Finding]
    errors: list[str]
    files: int  # documents linted
    paths: tuple[str, ...] = ()  # every input, linted or not (JUnit lists clean and unreadable files too)
    skipped: tuple[tuple[str, int], ...] = ()  # files a walk passed over, by suffix: ((".pdf", 3),)


def resolve_config(config: str | None) -> str | None:
    """An explicit config path, else the one found upward from the working directory."""
    if config is not None:
        return config
    found = find_config()
    return str(found) if found else None


@lru_cache(maxsize=4)
def pipeline(config_path: str | None, model: str | None = None) -> Language:
    """The spaCy pipeline for a config: always blank English and rule-based.

    With a model (`--model` or the config's `model`), its parser is kept aside
    and run only on the sentences that hold a candidate claim and a treatment
    mention, where it decides which treatment is the claim's subject: parsing
    every sentence of a site would cost far more than linting it.
    """
    import spacy  # here, not at import: a run served from the cache never loads spaCy

    import claimlint.sentences  # noqa: F401  (registers the claimlint_sentences component)
    from claimlint.claims import make_claim_finder  # noqa: F401  (registers the claimlint component)
    from claimlint.normalize import add_uppercase_contractions

    ruleset = load_ruleset(config_path, False)
    model = model or ruleset.config.model
    nlp = spacy.blank("en")
    add_uppercase_contractions(nlp)
    nlp.max_length = MAX_CHARS + 1  # sources.read_source refuses longer files
    nlp.add_pipe("claimlint_sentences")
    finder = nlp.add_pipe("claimlint", config={"config_path": config_path, "discover_config": False})
    if model:
        finder.parser = _parser(model)
    return nlp


def _parser(model: str) -> Language:
    import spacy

    try:
        return spacy.load(model, exclude=["ner", "textcat", "textcat_multilabel", "lemmatizer"])
    except OSError:
        raise ClaimlintError(f"spaCy model {model!r} is not installed "
                             f"(pip install it, or run without --model)") from None


def lint_text(text: str, path: str = "<text>", fmt: str | None = None, config: str | None = None,
              model: str | None = None) -> list[Finding]:
    """Lint one document's text; `fmt` names a reader in `extract.FORMATS` (default: from `path`)."""
    config_path = resolve_config(config)
    document = extract(path, text, fmt, read_options(load_ruleset(config_path, False).config))
    report = _lint([document], config_path, model)
    if report.errors:
        raise ClaimlintError(report.errors[0])
    return [f for f in report.findings if f.suppressed is None]


def lint_source(text: str, path: str, fmt: str | None = None, config_path: str | None = None,
                model: str | None = None) -> tuple[list[Finding], list[str]]:
    """One document's findings (suppressed ones marked) and its directive problems ("line: message").

    For an editor, where the copy is half written: a directive naming an
    unknown rule is one more problem to show, not an exception that would hide
    every other finding. `config_path` is used as given (None: the defaults);
    the caller decides where the config is found.
    """
    for document, findings, problems in lint_documents([extract(path, text, fmt)], config_path, model):
        return findings, [p[len(document.path) + 1:] for p in problems]
    return [], []


def forget_config() -> None:
    """Drop the loaded rule sets and pipelines, so a config edited since is read again."""
    load_ruleset.cache_clear()
    pipeline.cache_clear()


def lint_paths(paths: Sequence[str], config: str | None = None, model: str | None = None,
               stdin: tuple[str, str] | None = None, sitemaps: Sequence[str] = (),
               max_pages: int = MAX_PAGES, progress: Callable[[str], None] | None = None,
               jobs: int | None = 1, cache: bool = False, include: Sequence[str] = (),
               exclude: Sequence[str] = ()) -> Report:
    """Lint files, folders and URLs; unreadable inputs become errors, never exceptions.

    `stdin`, when given, is (name, text) for a document read from standard input.
    http(s) URLs in `paths` and the pages listed by `sitemaps` are fetched (at
    most `max_pages`) and linted as HTML under their URL. `progress` is called
    with each document's path once it has been linted. Files are linted in
    `jobs` processes (None: runner.auto_jobs) and, with `cache`, looked up in
    and added to the results cache (runner.py); the findings are the same.
    `include` and `exclude` globs add to the config's.
    """
    from claimlint.runner import auto_jobs, lint_files

    config_path = resolve_config(config)
    cfg = load_ruleset(config_path, False).config
    options = read_options(cfg)
    errors: list[str] = []
    local = [p for p in paths if p != "-" and not is_url(p)]
    found = find_files(local, (*cfg.include, *include), (*cfg.exclude, *exclude), options)
    files = found.files
    first = _lint([extract(*stdin, options=options)] if stdin is not None else [], config_path, model, progress)
    results = lint_files(files, config_path, model, auto_jobs(len(files)) if jobs is None else jobs, cache, progress)
    last = _lint(_fetched([p for p in paths if is_url(p)], sitemaps, errors, max_pages), config_path, model, progress)
    linted = [r for r in results if r.linted]
    errors = [e for r in results if not r.linted for e in r.errors] + errors
    count = first.files + len(linted) + last.files
    if count == 0 and not errors and (found.walked or found.skipped):  # nothing matched: never a silent pass
        errors.append(f"nothing to lint in {', '.join(local)}: "
                      f"{skipped_summary(found.skipped) or 'no files of a format claimlint reads'}")
    return Report(first.findings + [f for r in linted for f in r.findings] + last.findings,
                  errors + first.errors + [e for r in linted for e in r.errors] + last.errors,
                  count, first.paths + tuple(files) + last.paths, tuple(found.skipped.items()))


def _fetched(urls: list[str], sitemaps: Sequence[str], errors: list[str], max_pages: int) -> Iterable[Document]:
    """The fetched pages as documents; the HTTP client is imported only when there is something to fetch."""
    if not urls and not sitemaps:
        return ()
    from claimlint.fetch import fetch_pages

    return (extract(page.url, page.text, page.fmt) for page in fetch_pages(urls, sitemaps, errors, max_pages))


def lint_document(text: str, path: str = "<text>", fmt: str | None = None, config: str | None = None,
                  model: str | None = None) -> list[dict[str, object]]:
    """Lint one document's text, or one http(s) URL given as `path` with no text: JSON-able dicts.

    Pure and picklable (a module-level function of plain values), for `map`
    over a cluster: see docs/scale.md.
    """
    if not text and is_url(path):
        report = lint_paths([path], config=config, model=model)
        if report.errors:
            raise ClaimlintError(report.errors[0])
        return [f.as_dict() for f in report.findings if f.suppressed is None]
    return [f.as_dict() for f in lint_text(text, path, fmt, config, model)]


def _lint(documents: Iterable[Document], config_path: str | None, model: str | None,
          progress: Callable[[str], None] | None = None) -> Report:
    findings: list[Finding] = []
    errors: list[str] = []
    paths: list[str] = []
    for document, found, problems in lint_documents(documents, config_path, model):
        paths.append(document.path)
        findings.extend(found)
        errors.extend(problems)
        if progress is not None:
            progress(document.path)
    return Report(findings, errors, len(paths), tuple(paths))


def lint_documents(documents: Iterable[Document], config_path: str | None, model: str | None
                   ) -> Iterator[tuple[Document, list[Finding], list[str]]]:
    """Each document with its findings (suppressed ones marked) and directive problems, streamed.

    The pipeline is built when the first document arrives: a run whose files
    all come from the cache never builds it.
    """
    documents = iter(documents)
    first = next(documents, None)
    if first is None:
        return
    nlp = pipeline(config_path, model)
    ruleset = load_ruleset(config_path, False)
    pairs = ((d.text, d) for d in chain([first], documents))
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        suppressions = parse_directives(document, ruleset.known_ids)
        problems = [f"{document.path}:{problem}" for problem in suppressions.problems]
        findings = []
        for finding in findings_for(doc, document, ruleset):
            reason = suppressions.reason_for(finding.start, finding.rule, finding.category)
            findings.append(finding._replace(suppressed=reason) if reason else finding)
        yield document, findings, problems
