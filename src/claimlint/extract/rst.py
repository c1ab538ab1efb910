"""reStructuredText -> prose, with docutils (pure Python, about 600 kB).

docutils parses the document but reports only the line of a block, not
where each word is; so the words of each text node are found in the source
in reading order from a cursor, like the Markdown reader's inline walk.
Literal blocks, inline literals, comments, raw blocks, targets and
substitution definitions are code. Directives that read other files
(`include`, `raw`) are switched off: linting a page never opens another file.
"""
from __future__ import annotations

import io
import re
from typing import Any

from claimlint.errors import ParseError
from claimlint.extract.prose import DEFAULT, Options
from claimlint.extract.textmap import TextBuilder

SETTINGS = {"report_level": 5, "halt_level": 5, "warning_stream": None, "file_insertion_enabled": False,
            "raw_enabled": False, "input_encoding": "unicode", "syntax_highlight": "none"}
SKIPPED = frozenset({"literal_block", "literal", "comment", "raw", "target", "substitution_definition",
                     "system_message", "doctest_block", "math", "math_block", "problematic", "pending"})
BLOCKS = frozenset({"paragraph", "title", "subtitle", "list_item", "entry", "term", "definition",
                    "field_name", "field_body", "caption", "line", "rubric", "admonition", "note", "warning"})
_WORD = re.compile(r"\S+")
WINDOW = 400  # characters: how far past the cursor a word is looked for before it is dropped


def add_rst(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Extract the prose of a reStructuredText document into `builder`."""
    from docutils.core import publish_doctree  # imported here: only .rst files pay for it
    from docutils.nodes import Element, Text

    settings = dict(SETTINGS, warning_stream=io.StringIO())
    try:
        tree = publish_doctree(source, settings_overrides=settings)
    except Exception as exc:  # noqa: BLE001  (a third-party parser on hostile input: report, never crash)
        raise ParseError(None, f"cannot parse as reStructuredText ({type(exc).__name__})") from None
    cursor = 0
    stack: list[Any] = [tree]
    while stack:
        node = stack.pop()
        if node is None:
            builder.block_break()
        elif isinstance(node, Text):
            cursor = _add_words(builder, source, str(node), cursor)
        elif isinstance(node, Element) and node.tagname not in SKIPPED:
            if node.tagname in BLOCKS:
                builder.block_break()
                stack.append(None)
            stack.extend(reversed(node.children))
    builder.block_break()


def _add_words(builder: TextBuilder, source: str, text: str, cursor: int) -> int:
    """Find each word of a text node after `cursor`; words are joined by spaces that map to nothing."""
    for m in _WORD.finditer(text):
        word = m.group()
        at = source.find(word, cursor, cursor + WINDOW + len(word))
        if at < 0:
            continue
        if builder.parts and not builder.at_block_start():
            builder.add(" ", at, 0)
        builder.add(word, at)
        cursor = at + len(word)
    return cursor
