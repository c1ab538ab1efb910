"""`--format html`: one self-contained page for marketing managers, clinic owners and compliance reviewers.

The top is a summary to read in ten seconds: counts by severity, bar charts
by category and by file (inline SVG), and the worst pages first. Below, each
page is shown as its readable copy, the text a visitor reads rather than its
markup, with each claim highlighted and a card beside it (report/page.py).
Filters and a search box work offline; the page prints to PDF.

The copy is untrusted: every character from the input goes through
`html.escape`, and the page carries a Content-Security-Policy that allows no
network, and only its own stylesheet and script, each pinned by hash, so even
a mistake in escaping could not run anything.
"""
from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from html import escape
from importlib.resources import files
from typing import Mapping

from claimlint.errors import ClaimlintError
from claimlint.extract import extract
from claimlint.findings import Finding
from claimlint.formatters import Run, relative_path
from claimlint.report import page
from claimlint.report.cards import card, category_class
from claimlint.report.charts import bar_chart
from claimlint.ruleset import CATEGORIES, Rule
from claimlint.sources import read_source

# One hue per category: light for the highlight in the copy, strong for charts, swatches and card edges.
COLORS = ("#ffd6d6", "#ffe2b8", "#fff3a8", "#d8f5c4", "#c8ecf5", "#d9dcff", "#f1d4f7", "#e6e0d0", "#d3d3d3")
CHART_COLORS = ("#d9534f", "#f0a030", "#e8d040", "#6cbf4a", "#3fa7c9", "#6f78e0", "#c56fd8", "#a89468", "#8d8d8d")
SEVERITY_COLORS = {"error": "#c0392b", "warning": "#e08e0b", "info": "#1b9bbd"}
SEVERITIES = ("error", "warning", "info")


@lru_cache(maxsize=1)
def assets() -> tuple[str, str]:
    """The stylesheet (with a colour per category) and the script, as shipped in claimlint/data."""
    data = files("claimlint").joinpath("data")
    css = data.joinpath("report.css").read_text(encoding="utf-8") + "".join(
        f".claim.cat-{c}{{background:{light}}}.swatch.cat-{c}{{background:{strong}}}"
        f".card.cat-{c}{{border-left-color:{strong}}}\n"
        for c, light, strong in zip(CATEGORIES, COLORS, CHART_COLORS))
    return css, data.joinpath("report.js").read_text(encoding="utf-8")


def render(run: Run) -> str:
    shown = sorted(run.findings + (run.suppressed if run.show_suppressed else []),
                   key=lambda f: (f.path, f.start, f.end, f.rule))
    ids = page.anchors(shown)
    by_path: dict[str, list[Finding]] = {}
    for f in shown:
        by_path.setdefault(f.path, []).append(f)
    order = sorted(by_path, key=lambda p: (*(-_count(by_path[p], s) for s in SEVERITIES), p))
    rules = {r.id: r for r in run.rules}
    texts = dict(run.texts)
    docs = [_document(n, path, by_path[path], ids, rules, texts.get(path)) for n, path in enumerate(order, 1)]
    body = "\n".join(["<h1>Health-claim review</h1>", _summary(run, by_path, order), _filters(shown), *docs])
    css, script = assets()
    csp = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(script)}; "
           f"base-uri 'none'; form-action 'none'")
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            f'<meta name="referrer" content="no-referrer">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>claimlint report</title>\n<style>{css}</style></head>\n<body>\n{body}\n"
            f'<p class="muted">claimlint {escape(run.version)}</p>\n<script>{script}</script></body></html>\n')


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1 and word != 'info')}"


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def _count(findings: list[Finding], sev: str) -> int:
    return sum(f.severity == sev and not f.suppressed for f in findings)


def _summary(run: Run, by_path: Mapping[str, list[Finding]], order: list[str]) -> str:
    """Counts first, so a reader sees the size of the job before the detail."""
    total = len(run.findings)
    tiles = "".join(f'<div class="tile {s}"><b>{_count(run.findings, s)}</b>{s}</div>' for s in SEVERITIES)
    lead = (f'<p>{total} claim{"s" * (total != 1)} to review in {len(by_path)} of {run.files} '
            f'file{"s" * (run.files != 1)}' + (f"; {len(run.suppressed)} suppressed" if run.suppressed else "") + ".</p>")
    categories = [(c, [(sum(f.category == c for f in run.findings), CHART_COLORS[i])])
                  for i, c in enumerate(CATEGORIES) if any(f.category == c for f in run.findings)]
    files = [(relative_path(p), [(_count(by_path[p], s), SEVERITY_COLORS[s]) for s in SEVERITIES]) for p in order]
    charts = (f'<div class="charts"><div><h3>By category</h3>{bar_chart("Claims by category", categories)}</div>'
              f'<div><h3>By file</h3>{bar_chart("Claims by file, by severity", files)}'
              f'<p class="legend muted">{_legend()}</p></div></div>')
    return (f'<section id="summary"><h2>Summary</h2>{lead}<div class="tiles">{tiles}</div>{charts}'
            f"{_worst(by_path, order)}{_clean(run, by_path)}{_errors(run)}</section>")


def _legend() -> str:
    return " ".join(f'<svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="{c}"/></svg> {s}'
                    for s, c in SEVERITY_COLORS.items())


def _worst(by_path: Mapping[str, list[Finding]], order: list[str]) -> str:
    head = "<tr><th>Page</th>" + "".join(f"<th>{s.capitalize()}</th>" for s in SEVERITIES) + "</tr>"
    rows = "".join(f'<tr><td><a href="#doc{n}">{escape(relative_path(p))}</a></td>'
                   + "".join(f"<td>{_count(by_path[p], s)}</td>" for s in SEVERITIES) + "</tr>"
                   for n, p in enumerate(order, 1))
    return f'<h3>Worst pages first</h3><table class="worst">{head}{rows}</table>' if rows else ""


def _clean(run: Run, by_path: Mapping[str, list[Finding]]) -> str:
    clean = [p for p in run.paths if p not in by_path]
    items = ", ".join(f"<code>{escape(relative_path(p))}</code>" for p in clean)
    return f"<p>No risky claims found in: {items}</p>" if clean else ""


def _errors(run: Run) -> str:
    errors = "".join(f"<li>{escape(e)}</li>" for e in run.errors)
    return f"<h3>Input errors</h3><ul>{errors}</ul>" if errors else ""


def _filters(shown: list[Finding]) -> str:
    """Shown by the page's script; without a script (or in print) every claim stays visible."""
    present = [c for c in CATEGORIES if any(f.category == c for f in shown)]
    sev = "".join(f'<label><input type="checkbox" name="sev" value="{s}" checked> {s}</label>' for s in SEVERITIES)
    cat = "".join(f'<label><input type="checkbox" name="cat" value="{escape(c)}" checked> '
                  f'<span class="swatch {category_class(c)}"></span>{escape(c)}</label>' for c in present)
    return (f'<form id="filters" class="filters" role="search" hidden><fieldset><legend>Severity</legend>{sev}'
            f'</fieldset><fieldset><legend>Category</legend>{cat}</fieldset><label>Search '
            f'<input type="search" placeholder="words, rule or file"></label><span id="shown" aria-live="polite">'
            f"</span></form>")


def _document(n: int, path: str, items: list[Finding], ids: Mapping[int, str], rules: Mapping[str, Rule],
              text: str | None) -> str:
    if text is None:
        try:
            text = read_source(path)
        except ClaimlintError:
            text = None  # the file is gone or unreadable now: list the claims without the copy
    counts = ", ".join(_plural(_count(items, s), s) for s in SEVERITIES if _count(items, s))
    head = f'<h2><code>{escape(relative_path(path))}</code></h2><p class="muted">{escape(counts)}</p>'
    make_card = lambda f, anchor, quote: card(f, anchor, rules.get(f.rule), quote)  # noqa: E731
    if text is None:
        cards = "".join(make_card(f, ids[id(f)], f.text) for f in items)
        body = f'<p class="muted">(the copy could not be read again for display)</p>{cards}'
    else:
        body = page.rows(extract(path, text), ((f, ids[id(f)]) for f in items), make_card)
    return f'<section class="doc" id="doc{n}">{head}\n{body}</section>'
