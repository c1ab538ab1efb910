"""Plain text -> prose blocks with source offsets.

Drafts arrive as plain text with blank lines between paragraphs, short lines
for headings and `-`/`1.` list items. A line ends its block when a blank
line, a list item or a heading-like line follows, or when it ends a sentence;
otherwise it is a hard-wrapped paragraph and runs on into the next line.
"""
from __future__ import annotations

import re

from claimlint.extract.prose import DEFAULT, Options
from claimlint.extract.textmap import TextBuilder

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LIST_ITEM = re.compile(r"\s*(?:[-*•+▪◦–]\s*(?=\w)|(?:\d{1,3}|[a-zA-Z])[.)]\s+)")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"'”’)\]]\s*$")
HEADING_MAX = 70


def add_plain(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Extract a plain-text document into `builder`."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(source) if m.group()]
    for i, (start, raw) in enumerate(lines):
        text = raw.rstrip("\r\n")
        stripped = text.strip()
        if not stripped:
            builder.block_break()
            continue
        marker = _LIST_ITEM.match(text)
        lead = marker.end() if marker else len(text) - len(text.lstrip())
        builder.add(text[lead:].rstrip(), start + lead)  # list markers are not prose
        following = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
        if _ends_block(stripped, following):
            builder.block_break()
        else:
            builder.add(" ", start + len(text), 0)


def _ends_block(line: str, following: str) -> bool:
    if not following or _LIST_ITEM.match(following) or _ENDS_SENTENCE.search(line):
        return True
    return len(line) <= HEADING_MAX and not line[-1].islower() and not line.endswith(",")
