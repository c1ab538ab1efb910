"""`--format html`: one self-contained page for marketing and compliance reviewers.

The top of the page counts claims by category, severity and file; below,
each document's copy is shown with its claims highlighted in a colour per
category, and each claim says which rule fired, why it matters (with the
references) and hedged wording to use instead.

The copy is untrusted: every character from the input goes through
`html.escape`, and the page carries a Content-Security-Policy that allows no
script, no network and only its own stylesheet (pinned by hash), so even a
mistake in escaping could not run anything.
"""
from __future__ import annotations

import base64
import hashlib
import re
from html import escape
from typing import Iterable, Mapping

from claimlint.errors import ClaimlintError
from claimlint.findings import SEVERITY_RANK, Finding
from claimlint.formatters import Run, summary
from claimlint.ruleset import CATEGORIES, Rule
from claimlint.sources import read_source

COLORS = ("#ffd6d6", "#ffe2b8", "#fff3a8", "#d8f5c4", "#c8ecf5", "#d9dcff", "#f1d4f7", "#e6e0d0", "#d3d3d3")
CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
.copy{white-space:pre-wrap;word-wrap:break-word;background:#fafafa;border:1px solid #ddd;padding:1rem;font:13px/1.6 monospace}
.claim{border-radius:3px;padding:0 1px;color:inherit;text-decoration:none;border-bottom:2px solid #555}
.card{border-left:6px solid #999;margin:.8rem 0;padding:.3rem .8rem;background:#fcfcfc}
.sev{font-weight:bold;text-transform:uppercase;font-size:12px}.error{color:#b00}.warning{color:#a60}.info{color:#067}
.swatch{display:inline-block;width:1em;height:1em;vertical-align:middle;margin-right:.3em;border:1px solid #999}
.quote{background:#f4f4f4;padding:0 .3em}.muted{color:#666}
""" + "".join(f".claim.cat-{c},.swatch.cat-{c}{{background:{color}}}.card.cat-{c}{{border-left-color:{color}}}\n"
            for c, color in zip(CATEGORIES, COLORS))


def render(run: Run) -> str:
    shown = sorted(run.findings + (run.suppressed if run.show_suppressed else []),
                   key=lambda f: (f.path, f.start, f.end, f.rule))
    ids = {id(f): f"c{n}" for n, f in enumerate(shown, 1)}
    by_path: dict[str, list[Finding]] = {}
    for f in shown:
        by_path.setdefault(f.path, []).append(f)
    rules = {r.id: r for r in run.rules}
    texts = dict(run.texts)
    docs = [_document(n, path, items, ids, rules, texts.get(path)) for n, (path, items) in enumerate(by_path.items())]
    body = "\n".join(["<h1>claimlint report</h1>", _summary(run, by_path), *docs])
    digest = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
    csp = f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            f'<meta name="referrer" content="no-referrer">\n<title>claimlint report</title>\n'
            f"<style>{CSS}</style></head>\n<body>\n{body}\n"
            f'<p class="muted">claimlint {escape(run.version)}</p></body></html>\n')


def _summary(run: Run, by_path: Mapping[str, list[Finding]]) -> str:
    """Counts first, so a reviewer sees the size of the job before the detail."""
    data = summary(run)
    sev = " ".join(f'<span class="sev {s}">{n} {s}</span>' for s, n in data["by_severity"].items())  # type: ignore[attr-defined]
    cats = "".join(f'<tr><td><span class="swatch {_cat(c)}"></span>{escape(c)}</td><td>{n}</td></tr>'
                   for c, n in data["by_category"].items())  # type: ignore[attr-defined]
    files = "".join(f'<tr><td><a href="#doc{n}">{escape(p)}</a></td><td>{sum(not f.suppressed for f in items)}</td></tr>'
                    for n, (p, items) in enumerate(by_path.items()))
    errors = "".join(f"<li>{escape(e)}</li>" for e in run.errors)
    return (f'<section id="summary"><h2>Summary</h2><p>{data["findings"]} claims in {run.files} files: {sev}; '
            f'{data["suppressed"]} suppressed</p>\n<h3>By category</h3><table><tr><th>Category</th><th>Claims</th></tr>'
            f'{cats}</table>\n<h3>By file</h3><table><tr><th>File</th><th>Claims</th></tr>{files}</table>'
            + (f"<h3>Input errors</h3><ul>{errors}</ul>" if errors else "") + "</section>")


def _document(n: int, path: str, items: list[Finding], ids: Mapping[int, str], rules: Mapping[str, Rule],
              text: str | None) -> str:
    if text is None:
        try:
            text = read_source(path)
        except ClaimlintError:
            text = None  # the file is gone or unreadable now: list the claims without the copy
    copy = f'<pre class="copy">{_highlight(text, items, ids)}</pre>' if text is not None else \
        '<p class="muted">(the copy could not be read again for display)</p>'
    cards = "\n".join(_card(f, ids[id(f)], rules.get(f.rule)) for f in items)
    return f'<section id="doc{n}"><h2>{escape(path)}</h2>\n{copy}\n{cards}</section>'


def _highlight(text: str, items: Iterable[Finding], ids: Mapping[int, str]) -> str:
    """The copy, escaped, with each claim's span linked to its card; overlaps show the most severe."""
    spans = [f for f in items if f.start < f.end and text[f.start:f.end] == f.text]
    cuts = sorted({0, len(text), *(f.start for f in spans), *(f.end for f in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        over = [f for f in spans if f.start <= a and b <= f.end]
        if over:
            top = max(over, key=lambda f: SEVERITY_RANK.get(f.severity, 0))
            title = escape(", ".join(f.rule for f in over))
            piece = f'<a class="claim {_cat(top.category)}" href="#{ids[id(top)]}" title="{title}">{piece}</a>'
        out.append(piece)
    return "".join(out)


def _card(f: Finding, anchor: str, rule: Rule | None) -> str:
    parts = [f'<div class="card {_cat(f.category)}" id="{anchor}"><p><span class="sev {_sev(f.severity)}">'
             f'{escape(f.severity)}</span> line {f.line}:{f.column} <b>{escape(f.rule)}</b> '
             f'<span class="muted">({escape(f.category)})</span> <span class="quote">{escape(f.text)}</span></p>',
             f"<p>{escape(f.message)}</p>"]
    if f.suppressed:
        parts.append(f'<p class="muted">Suppressed: {escape(f.suppressed)}</p>')
    if rule is not None and rule.why:
        parts.append(f"<p><b>Why:</b> {escape(' '.join(rule.why.split()))}</p>")
    if f.references:
        links = "".join(f"<li>{_link(r.title, r.url)}</li>" for r in f.references)
        parts.append(f"<p><b>References:</b></p><ul>{links}</ul>")
    if f.suggestions:
        parts.append("<p><b>Try instead:</b></p><ul>" + "".join(f"<li>{escape(s)}</li>" for s in f.suggestions) + "</ul>")
    if rule is not None and rule.fix:
        fixes = ", ".join(f"“{escape(x.replace)}” → “{escape(x.with_)}”" for x in rule.fix)
        parts.append(f"<p><b>Autofix</b> (<code>claimlint check --fix</code>): {fixes}</p>")
    return "\n".join(parts) + "</div>"


def _link(title: str, url: str) -> str:
    """Only web links become links; anything else is shown as text."""
    if not re.match(r"https?://", url):
        return f"{escape(title)} ({escape(url)})"
    return f'<a href="{escape(url)}" rel="noopener noreferrer">{escape(title)}</a>'


def _cat(category: str) -> str:
    return "cat-" + re.sub(r"[^a-z0-9-]", "", category)


def _sev(severity: str) -> str:
    return severity if severity in SEVERITY_RANK else ""
