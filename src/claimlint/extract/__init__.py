"""Stage 1: a file's text -> a Document (prose + map back to the source)."""
from __future__ import annotations

from pathlib import PurePath
from typing import Callable, NamedTuple

from claimlint.extract.html import add_html
from claimlint.extract.markdown import add_markdown
from claimlint.extract.plain import add_plain
from claimlint.extract.textmap import Comment, LineIndex, SourceMap, TextBuilder

FORMATS: dict[str, Callable[[TextBuilder, str], None]] = {
    "markdown": add_markdown,
    "html": add_html,
    "text": add_plain,
}
SUFFIXES = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
}


class Document(NamedTuple):
    """One file's prose, ready for spaCy, and the way back to the file."""

    path: str
    source: str
    text: str
    smap: SourceMap
    comments: list[Comment]
    fmt: str


def format_for(path: str, default: str = "text") -> str:
    """The format a file is read as, from its suffix."""
    return SUFFIXES.get(PurePath(path).suffix.lower(), default)


def extract(path: str, source: str, fmt: str | None = None) -> Document:
    """Read the prose out of `source` (the file's decoded text)."""
    fmt = fmt or format_for(path)
    builder = TextBuilder()
    FORMATS[fmt](builder, source)
    return Document(path, source, builder.text(), builder.smap, builder.comments, fmt)


__all__ = ["Comment", "Document", "LineIndex", "SourceMap", "extract", "format_for", "SUFFIXES"]
