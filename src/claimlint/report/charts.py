"""Horizontal bar charts as inline SVG: no script, no external file, readable in print.

Each bar is a label, a bar made of coloured segments (one per severity or
one per category) and the total. Colours are SVG attributes, not `style`,
which the report's Content-Security-Policy would block.
"""
from __future__ import annotations

from html import escape
from typing import Sequence

ROW, LABEL_WIDTH, BAR_WIDTH, COUNT_WIDTH = 22, 240, 280, 40


def bar_chart(title: str, rows: Sequence[tuple[str, Sequence[tuple[int, str]]]]) -> str:
    """`rows` are (label, [(count, colour), ...]); bars share one scale."""
    if not rows:
        return ""
    top = max(sum(n for n, _ in parts) for _, parts in rows) or 1
    width = LABEL_WIDTH + BAR_WIDTH + COUNT_WIDTH
    body = "".join(_row(i, label, parts, top) for i, (label, parts) in enumerate(rows))
    return (f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {ROW * len(rows)}" '
            f'width="{width}" height="{ROW * len(rows)}" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{escape(title)}</title>{body}</svg>")


def _row(i: int, label: str, parts: Sequence[tuple[int, str]], top: int) -> str:
    y = i * ROW
    shown = label if len(label) <= 36 else "…" + label[-35:]
    out = [f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end" font-size="12" fill="#222">'
           f"<title>{escape(label)}</title>{escape(shown)}</text>"]
    x = float(LABEL_WIDTH)
    for count, colour in parts:
        w = BAR_WIDTH * count / top
        if w > 0:
            out.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{ROW - 6}" fill="{escape(colour)}"/>')
        x += w
    out.append(f'<text x="{x + 6:.1f}" y="{y + 15}" font-size="12" fill="#222">{sum(n for n, _ in parts)}</text>')
    return "".join(out)
