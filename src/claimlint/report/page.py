"""One document of the report: its readable copy in rows, each row's claims highlighted
and their cards beside it.

A row is a unit a reader takes in at once: the page details (title, meta
descriptions, alt texts, structured data), a heading, a paragraph, a whole
list or a whole table. Cards sit in the row of the text they explain.
"""
from __future__ import annotations

from html import escape
from typing import Callable, Iterable, Mapping, NamedTuple

from claimlint.extract import Document
from claimlint.findings import SEVERITY_RANK, Finding
from claimlint.report.cards import category_class, severity
from claimlint.report.readable import DETAILS, Block, Locator, blocks, same_row


class Placed(NamedTuple):
    """A finding with its place in the readable copy (None: not in the copy)."""

    finding: Finding
    anchor: str
    span: tuple[int, int] | None


CardMaker = Callable[[Finding, str, str], str]  # (finding, anchor, quote) -> card HTML


def rows(document: Document, findings: Iterable[tuple[Finding, str]], make_card: CardMaker) -> str:
    """The document's copy as rows of text and cards."""
    locator = Locator(document)
    placed = [Placed(f, anchor, locator.span(f.start, f.end) if document.source[f.start:f.end] == f.text else None)
              for f, anchor in findings]  # a file changed since it was linted: its claims are listed, not placed
    units = _units(blocks(document))
    out, used = [], set()
    for kind, group in units:
        inside = [p for p in placed if p.span and any(b.start <= p.span[0] < b.end for b in group)]
        used.update(p.anchor for p in inside)
        text = _unit_html(document, kind, group, inside)
        out.append(_row(text, inside, document, make_card))
    rest = [p for p in placed if p.anchor not in used]
    if rest:
        note = '<p class="muted">Not found in the copy as it reads now (in markup, or changed since the lint):</p>'
        out.append(_row(note, rest, document, make_card))
    return "\n".join(out)


def _units(items: list[Block]) -> list[tuple[str, list[Block]]]:
    """Page details first, then runs of list items and table cells kept together."""
    details = [b for b in items if b.kind in DETAILS]
    units: list[tuple[str, list[Block]]] = [("details", details)] if details else []
    for block in (b for b in items if b.kind not in DETAILS):
        if units and block.kind in ("item", "cell") and units[-1][0] == block.kind:
            units[-1][1].append(block)
        else:
            units.append((block.kind, [block]))
    return units


def _row(text: str, inside: list[Placed], document: Document, make_card: CardMaker) -> str:
    cards = "".join(make_card(p.finding, p.anchor, _quote(document, p)) for p in inside)
    return f'<div class="row"><div class="text">{text}</div><div class="cards">{cards}</div></div>'


def _quote(document: Document, placed: Placed) -> str:
    if placed.span is None:
        return placed.finding.text
    return " ".join(document.text[placed.span[0]:placed.span[1]].split())


def _unit_html(document: Document, kind: str, group: list[Block], inside: list[Placed]) -> str:
    show = lambda b: _highlight(document.text, b, inside)  # noqa: E731
    if kind == "details":
        entries = "".join(f"<dt>{escape(b.label)}</dt><dd>{show(b)}</dd>" for b in group)
        return f'<dl class="details" aria-label="Page details">{entries}</dl>'
    if kind == "item":
        return "<ul>" + "".join(f"<li>{show(b)}</li>" for b in group) + "</ul>"
    if kind == "cell":
        return _table(document, group, show)
    if kind == "heading":
        return f'<p class="h h{group[0].level}">{show(group[0])}</p>'
    return f'<p class="{escape(kind)}">{show(group[0])}</p>'


def _table(document: Document, cells: list[Block], show: Callable[[Block], str]) -> str:
    rows: list[list[Block]] = []
    for cell in cells:
        if rows and same_row(document, rows[-1][-1], cell):
            rows[-1].append(cell)
        else:
            rows.append([cell])
    body = "".join("<tr>" + "".join(f"<td>{show(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{body}</table>"


def _highlight(text: str, block: Block, inside: list[Placed]) -> str:
    """The block's text, escaped, each claim linked to its card; overlaps show the most severe."""
    spans = [(max(p.span[0], block.start), min(p.span[1], block.end), p) for p in inside if p.span
             and p.span[0] < block.end and p.span[1] > block.start]
    cuts = sorted({block.start, block.end, *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        over = [p for s, e, p in spans if s <= a and b <= e]
        if over:
            top = max(over, key=lambda p: SEVERITY_RANK.get(p.finding.severity, 0))
            names = escape(", ".join(p.finding.rule for p in over))
            piece = (f'<a class="claim {category_class(top.finding.category)} sev-{severity(top.finding.severity)}" '
                     f'href="#{top.anchor}" data-cards="{" ".join(p.anchor for p in over)}" title="{names}">{piece}</a>')
        out.append(piece)
    return "".join(out)


def anchors(findings: Iterable[Finding]) -> Mapping[int, str]:
    """A stable card id for each finding, in report order."""
    return {id(f): f"c{n}" for n, f in enumerate(findings, 1)}
