"""The command line: click options -> library calls -> a formatter -> exit code.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, configuration, rule or input errors.
"""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Iterable, NoReturn

import click

from claimlint import __version__
from claimlint.errors import ClaimlintError, printable as safe  # stderr lines cannot drive the terminal
from claimlint.findings import SEVERITY_RANK
from claimlint.formatters import FORMATS

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from claimlint.lint import Report
    from claimlint.ruleset import Rule

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimlint")
def cli() -> None:
    """Find risky health claims in clinic marketing copy."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
              help="Lowest severity that makes the run fail (default: config, else warning).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Config file (default: .claimlint.yaml or pyproject.toml found upward).")
@click.option("--stdin-filename", default="stdin.txt", show_default=True,
              help="Name (and so format) for text read from '-'.")
@click.option("--show-suppressed", is_flag=True, help="Also list findings silenced by inline directives.")
@click.option("--model", default=None, help="An installed spaCy pipeline whose parser finds the subject of candidate claims (optional).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to a file instead of standard output.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None,
              help="Report only findings not recorded in this file (see `claimlint baseline`).")
@click.option("--fix", is_flag=True, help="Rewrite claims whose rule has a safe fix (docs/autofix.md), then report the rest.")
@click.option("--diff", is_flag=True, help="Print the fixes --fix would make as a unified diff; write nothing.")
@click.option("--sitemap", multiple=True, metavar="URL",
              help="Fetch and lint every page a sitemap.xml lists (repeatable); URL paths are fetched too.")
@click.option("--max-pages", type=click.IntRange(min=1), default=500, show_default=True,
              help="Most web pages fetched in one run.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: every core for 64 files or more, else 1).")
@click.option("--no-cache", is_flag=True, help="Lint every file again instead of reusing cached results.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Also lint files matching GLOB when walking folders, e.g. 'data/*.json' (adds to the config's include).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching GLOB (adds to the config's exclude).")
def check(paths: tuple[str, ...], fmt: str, fail_on: str | None, config_path: str | None, stdin_filename: str,
          show_suppressed: bool, model: str | None, output: str | None, baseline_path: str | None,
          fix: bool = False, diff: bool = False, sitemap: tuple[str, ...] = (), max_pages: int = 500,
          jobs: int | None = None, no_cache: bool = False, include: tuple[str, ...] = (),
          exclude: tuple[str, ...] = ()) -> None:
    """Lint files and folders (Markdown, MDX, HTML, templates, JS/TS, data files, Word, rST) and http(s) pages;
    '-' reads standard input."""
    from claimlint.baseline import filter_new, load_baseline
    from claimlint.formatters import Run, formatter
    from claimlint.lint import lint_paths, resolve_config
    from claimlint.loader import load_ruleset
    from claimlint.progress import Progress

    if not paths and not sitemap:
        raise click.UsageError("give at least one path, URL or --sitemap (or '-' for standard input)")
    known = load_baseline(baseline_path) if baseline_path else None
    stdin = (stdin_filename, _read_stdin(stdin_filename)) if "-" in paths else None
    progress = Progress(sys.stderr)  # a counter on a terminal's stderr for long runs; silent otherwise
    try:
        report = lint_paths(list(paths), config=config_path, model=model, stdin=stdin,
                            sitemaps=sitemap, max_pages=max_pages, progress=progress,
                            jobs=jobs, cache=not no_cache, include=include, exclude=exclude)
    finally:
        progress.close()
    ruleset = load_ruleset(resolve_config(config_path), False)
    config = ruleset.config
    patch = None
    if fix or diff:
        if stdin is not None:
            raise click.UsageError("--fix and --diff rewrite files, not standard input")
        patch, report = _fix(report, ruleset.rules, diff, lambda: lint_paths(list(paths), config=config_path, model=model,
                                                                             include=include, exclude=exclude))
    active = [f for f in report.findings if f.suppressed is None]
    if known is not None:
        active = filter_new(active, known)
    run = Run(active, [f for f in report.findings if f.suppressed], report.files, report.errors,
              color=_color(output), show_suppressed=show_suppressed, version=__version__,
              rules=ruleset.rules, paths=report.paths, texts=(stdin,) if stdin else (), skipped=report.skipped)
    _write(formatter(fmt)(run) if patch is None else patch, output)
    for error in report.errors:
        click.echo(f"claimlint: {safe(error)}", err=True)
    threshold = fail_on or config.fail_on
    if report.errors:
        sys.exit(EXIT_ERROR)
    failing = threshold != "never" and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold] for f in active)
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


@cli.command("baseline")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
@click.option("--model", default=None, help="An installed spaCy pipeline whose parser finds the subject of candidate claims (optional).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=".claimlint-baseline.json",
              show_default=True, help="The baseline file to write.")
def baseline_command(paths: tuple[str, ...], config_path: str | None, model: str | None, output: str) -> None:
    """Record today's findings, so `check --baseline FILE` fails only on new ones.

    Run it from the folder CI runs `check` from: findings are keyed by relative path.
    """
    from claimlint.baseline import write_baseline
    from claimlint.lint import lint_paths

    report = lint_paths(list(paths), config=config_path, model=model)
    for error in report.errors:
        click.echo(f"claimlint: {safe(error)}", err=True)
    if report.errors:  # a partial baseline would resurface the skipped files' findings later
        sys.exit(EXIT_ERROR)
    active = [f for f in report.findings if f.suppressed is None]
    write_baseline(active, output)
    click.echo(f"claimlint: recorded {len(active)} finding{'s' if len(active) != 1 else ''} "
               f"in {report.files} file{'s' if report.files != 1 else ''} to {output}", err=True)


@cli.command()
def clean() -> None:
    """Delete the cache of compiled rules and results."""
    from claimlint import cache

    folder = cache.cache_dir()
    removed = cache.clear(folder)
    click.echo(f"claimlint: {'removed' if removed else 'no cache at'} {folder}", err=True)


@cli.command()
def lsp() -> None:
    """Run the language server on standard input and output (for editors; needs claimlint[lsp])."""
    try:
        from claimlint.lsp.server import serve
    except ImportError as exc:
        raise ClaimlintError(f"the language server needs pygls ({exc.name} is missing): "
                             "pip install 'claimlint[lsp]'") from None
    serve()


@cli.group()
def rules() -> None:
    """List and test the rules."""


@rules.command("list")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def rules_list(config_path: str | None) -> None:
    """Every active rule: id, category, severity and message."""
    ruleset = _ruleset(config_path)
    for rule in ruleset.rules:
        click.echo(f"{rule.id:32} {rule.category:26} {rule.severity:8} {rule.message}")


@rules.command("test")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def rules_test(config_path: str | None) -> None:
    """Run every rule's own examples: `flag` texts must flag, `pass` texts must not."""
    from claimlint.examples import check_examples

    failures = check_examples(config_path)
    for failure in failures:
        click.echo(failure)
    total = sum(len(r.flag_examples) + len(r.pass_examples) for r in _ruleset(config_path).rules)
    click.echo(f"{total - len(failures)} passed, {len(failures)} failed")
    sys.exit(EXIT_FINDINGS if failures else EXIT_CLEAN)


@cli.command()
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def explain(rule_id: str, config_path: str | None) -> None:
    """Show a rule: message, why, references, examples and suggestions."""
    from claimlint.ruledoc import explain_text

    rule = _ruleset(config_path).rule(rule_id)
    if rule is None:
        raise ClaimlintError(f"unknown rule id {rule_id!r}; see `claimlint rules list`")
    click.echo(explain_text(rule), nl=False)


def _ruleset(config_path: str | None):  # noqa: ANN202
    from claimlint.lint import resolve_config
    from claimlint.loader import load_ruleset

    return load_ruleset(resolve_config(config_path), False)


def _read_stdin(name: str) -> str:
    """Standard input decoded like a file (BOMs, binary and invalid UTF-8 are reported)."""
    from claimlint.sources import decode

    buffer = getattr(sys.stdin, "buffer", None)
    return decode(name, buffer.read()) if buffer is not None else sys.stdin.read()


def _fix(report: Report, rules: Sequence[Rule], dry_run: bool,
         relint: Callable[[], Report]) -> tuple[str | None, Report]:
    """--diff: the patch, nothing written. --fix: write, then lint again so the report shows what is left."""
    from claimlint.fixes import fix_findings

    fixed, problems = fix_findings(report.findings, {r.id: r for r in rules}, write=not dry_run)
    if dry_run:
        return "".join(f.diff() for f in fixed), report._replace(errors=report.errors + problems)
    count = sum(len(f.edits) for f in fixed)
    click.echo(f"claimlint: fixed {count} claim{'s' * (count != 1)} in {len(fixed)} "
               f"file{'s' * (len(fixed) != 1)}", err=True)
    report = relint() if fixed else report
    return None, report._replace(errors=report.errors + problems)


def _color(output: str | None) -> bool:
    return output is None and "NO_COLOR" not in os.environ and sys.stdout.isatty()


def _write(report: str | Iterable[str], output: str | None) -> None:
    """Write a report, or its chunks as they come (a formatter may stream)."""
    chunks = [report] if isinstance(report, str) else report
    if output is None:
        for chunk in chunks:
            click.echo(chunk, nl=False)
        return
    with open(output, "w", encoding="utf-8") as fh:
        fh.writelines(chunks)


def run() -> NoReturn:
    """The console script: `main`, then a hard exit, as mypy does.

    Freeing the rule set, the matchers and spaCy's vocabulary object by object at
    interpreter shutdown took a third of a second, longer than linting a page; the
    output is flushed first and nothing else waits for the exit.
    """
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: the reader has gone, the code still counts
            pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    """Entry point: known errors become one line on stderr and exit code 2."""
    try:
        cli.main(args=argv, prog_name="claimlint", standalone_mode=False)
    except ClaimlintError as exc:
        click.echo(f"claimlint: {safe(str(exc))}", err=True)
        return EXIT_ERROR
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("claimlint: aborted", err=True)
        return 130
    except SystemExit as exc:
        return int(exc.code or 0)
    return EXIT_CLEAN
