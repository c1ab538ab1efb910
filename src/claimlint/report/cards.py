"""One card per claim: what a reviewer needs to decide, and what a writer needs to fix it.

Severity, rule, a one-line message, why, the suggested wording (each with a
copy button), the references and `file:line:col` for whoever edits the
source. Every string from the input or the rules is escaped.
"""
from __future__ import annotations

import re
from html import escape

from claimlint.findings import SEVERITY_RANK, Finding
from claimlint.formatters import relative_path
from claimlint.ruledoc import why
from claimlint.ruleset import Rule


def card(f: Finding, anchor: str, rule: Rule | None, quote: str) -> str:
    """The card for finding `f`; `quote` is the claim as it reads in the copy."""
    pos = f"{relative_path(f.path)}:{f.line}:{f.column}"
    status = (f'<span class="badge suppressed">suppressed</span>' if f.suppressed else "")
    parts = [f'<article class="card {category_class(f.category)}" id="{anchor}" data-sev="{severity(f.severity)}" '
             f'data-cat="{escape(f.category)}" data-rule="{escape(f.rule)}" data-pos="{f.line}:{f.column}">',
             f'<p class="head"><span class="badge {severity(f.severity)}">{escape(f.severity)}</span>{status}'
             f'<span class="rule">{escape(f.rule)}</span><span class="muted">{escape(f.category)}</span></p>',
             f'<p><span class="quote">{escape(quote)}</span> <code class="pos">{escape(pos)}</code></p>',
             f'<p class="msg">{escape(" ".join(f.message.split()))}</p>']
    if f.suppressed:
        parts.append(f'<p class="muted">Suppressed: {escape(f.suppressed)}</p>')
    if rule is not None and rule.why:
        parts.append(f"<p><b>Why:</b> {escape(why(rule))}</p>")
    if f.suggestions:
        items = "".join(f'<li><span class="s">{escape(s)}</span><button type="button" class="copy" hidden '
                        f'aria-label="Copy this wording">Copy</button></li>' for s in f.suggestions)
        parts.append(f'<div class="wording"><b>Suggested wording:</b><ul>{items}</ul></div>')
    if rule is not None and rule.fix:
        fixes = ", ".join(f"“{escape(x.replace)}” → “{escape(x.with_)}”" for x in rule.fix)
        parts.append(f"<p><b>Autofix</b> (<code>claimlint check --fix</code>): {fixes}</p>")
    if f.references:
        links = " · ".join(link(r.title, r.url) for r in f.references)
        parts.append(f'<p class="refs"><b>References:</b> {links}</p>')
    return "".join(parts) + "</article>"


def link(title: str, url: str) -> str:
    """Only web links become links; anything else is shown as text."""
    if not re.match(r"https?://", url):
        return f"{escape(title)} ({escape(url)})"
    return f'<a href="{escape(url)}" rel="noopener noreferrer">{escape(title)}</a>'


def category_class(category: str) -> str:
    return "cat-" + re.sub(r"[^a-z0-9-]", "", category)


def severity(name: str) -> str:
    return name if name in SEVERITY_RANK else ""
