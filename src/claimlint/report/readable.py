"""A document's readable copy for the report: its blocks, what each one is, and where claims fall.

The extracted text (`extract/`) is the copy a reader sees on the page, in
blocks separated by blank lines, but the extractors do not record what kind
of block each one is. The report needs that to show headings as headings and
to gather the title, meta descriptions and alt texts into one labelled block,
so the kind is read here from the source around each block's first character.
A format this module does not know shows every block as a paragraph.

Findings point into the source; `Locator` maps them back into the text by
inverting the document's `SourceMap`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, NamedTuple

from claimlint.extract import Document
from claimlint.extract.textmap import BLOCK_BREAK

# Block kinds shown in the "Page details" block rather than in the running copy.
DETAILS = ("title", "meta", "alt", "data")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)")
_TAG_KINDS = {"title": "title", "li": "item", "dt": "item", "dd": "item", "td": "cell", "th": "cell",
              "script": "data", "nav": "nav", **{f"h{n}": "heading" for n in range(1, 7)}}
_STRUCTURE = frozenset({"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
                        "figure", "figcaption", "caption", "table", "tr", "ul", "ol", "dl", "form", "body",
                        "label", "button", "details", "summary", "address", *_TAG_KINDS})
_MD_HEADING = re.compile(r"\s{0,3}(#{1,6})\s")
_MD_ITEM = re.compile(r"\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s")
_SETEXT = re.compile(r"\s{0,3}(=+|-+)\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", re.M)
_TEXT_ITEM = re.compile(r"\s*(?:[-*•+▪◦–]\s*(?=\w)|(?:\d{1,3}|[a-zA-Z])[.)]\s+)")
_META_NAME = re.compile(r"""(?:name|property)\s*=\s*["']?([^"'\s>]+)""", re.I)
Kind = tuple[str, int, str]  # kind, heading level, label


class Block(NamedTuple):
    """One block of the readable copy: `text[start:end]` of the document."""

    kind: str  # heading, paragraph, item, cell, nav | title, meta, alt, data (the page details)
    label: str  # what a reader calls it: "Heading 2", "Meta description", "Image alt text"
    start: int
    end: int
    src: int  # source offset of its first character
    src_end: int
    level: int = 0  # a heading's level, 1 to 6


class Locator:
    """Source offsets -> offsets in the extracted text (the inverse of a SourceMap)."""

    def __init__(self, document: Document) -> None:
        m = document.smap
        segments = sorted((s, sl, e, el) for s, sl, e, el in zip(m.src_starts, m.src_lens, m.ext_starts, m.ext_lens)
                          if sl > 0)
        self.segments = segments
        self.starts = [s[0] for s in segments]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the source span [start, end) reads in the text; None when no copy is there."""
        a, b = self._at(start, False), self._at(max(end - 1, start), True)
        return (a, b) if a is not None and b is not None and a < b else None

    def _at(self, offset: int, last: bool) -> int | None:
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        src, src_len, ext, ext_len = self.segments[i]
        if offset >= src + src_len:
            return None
        if src_len == ext_len:  # copied verbatim: character for character
            return ext + offset - src + (1 if last else 0)
        return ext + (ext_len if last else 0)  # decoded (an entity): the whole piece


def blocks(document: Document) -> list[Block]:
    """Every block of the document's text, with its kind."""
    kind_of = _CLASSIFIERS.get(document.fmt, _plain_kind)
    out: list[Block] = []
    pos = 0
    for piece in document.text.split(BLOCK_BREAK):
        start, end = pos, pos + len(piece)
        pos = end + len(BLOCK_BREAK)
        if not piece.strip():
            continue
        src, src_end = document.smap.start(start), document.smap.end(end)
        kind, level, label = kind_of(document, src, src_end)
        out.append(Block(kind, label, start, end, src, src_end, level))
    return out


def same_row(document: Document, previous: Block, block: Block) -> bool:
    """Table cells of one row: no `<tr` (HTML) or no line break (Markdown, text) between them."""
    between = document.source[previous.src_end:block.src]
    return "<tr" not in between.lower() if document.fmt == "html" else "\n" not in between


def _html_kind(document: Document, src: int, src_end: int) -> Kind:
    """The block tag opened last before the text says what it is; after a closing tag, a paragraph."""
    source = document.source
    lt, gt = source.rfind("<", 0, src), source.rfind(">", 0, src)
    if lt > gt:  # inside a tag: an attribute's text
        close = source.find(">", src)
        return _attribute_kind(source[lt:close if close >= 0 else len(source)])
    for m in reversed(list(_TAG.finditer(source, max(0, src - 4000), src))):
        tag = m.group(2).lower()
        if tag not in _STRUCTURE:
            continue
        kind = "paragraph" if m.group(1) else _TAG_KINDS.get(tag, "paragraph")
        return _kind(kind, int(tag[1]) if kind == "heading" else 0)
    return _kind("paragraph")


def _attribute_kind(tag_text: str) -> Kind:
    m = _TAG.match(tag_text)
    if m and m.group(2).lower() == "meta":
        name = _META_NAME.search(tag_text)
        key = name.group(1).lower() if name else "description"
        return "meta", 0, {"description": "Meta description", "og:title": "Social title",
                           "twitter:title": "Social title"}.get(key, "Social description")
    return "alt", 0, "Image alt text"


def _markdown_kind(document: Document, src: int, src_end: int) -> Kind:
    source = document.source
    if source.startswith("---") and src < source.find("\n---", 3):  # front matter
        key = source[source.rfind("\n", 0, src) + 1:src].split(":")[0].strip()
        return _kind("title") if key == "title" else ("meta", 0, "Meta description")
    line_start = source.rfind("\n", 0, src) + 1
    line_end = source.find("\n", src)
    line = source[line_start:line_end if line_end >= 0 else len(source)]
    after = source[line_end + 1:source.find("\n", line_end + 1)] if line_end >= 0 else ""
    if line.lstrip().startswith("<"):
        return _html_kind(document, src, src_end)
    if source[max(src - 2, 0):src] == "![" and source.startswith("](", src_end):
        return "alt", 0, "Image alt text"
    heading = _MD_HEADING.match(line)
    if heading or (_SETEXT.match(after) and after.strip()):
        level = len(heading.group(1)) if heading else (1 if "=" in after else 2)
        return _kind("heading", level)
    if _MD_ITEM.match(line):
        return _kind("item")
    if "|" in line and _TABLE_RULE.search(source):
        return _kind("cell")
    return _kind("paragraph")


def _plain_kind(document: Document, src: int, src_end: int) -> Kind:
    """Plain text, as extract/plain.py reads it: list markers, short unpunctuated lines as headings."""
    source = document.source
    line_start = source.rfind("\n", 0, src) + 1
    if _TEXT_ITEM.match(source, line_start) and document.fmt == "text":
        return _kind("item")
    text = source[src:src_end]
    if document.fmt == "text" and "\n" not in text.strip() and len(text) <= 70 and text.strip()[-1:].isalnum():
        return _kind("heading", 2)
    return _kind("paragraph")


def _kind(kind: str, level: int = 0) -> Kind:
    label = {"heading": f"Heading {level}", "title": "Title", "data": "Structured data"}.get(kind, "")
    return kind, level, label


_CLASSIFIERS: dict[str, Callable[[Document, int, int], Kind]] = {
    "html": _html_kind, "markdown": _markdown_kind, "text": _plain_kind,
}
