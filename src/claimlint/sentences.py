"""Sentence boundaries that respect blocks, without a statistical model.

A sentence starts after `.`, `!` or `?` (and any closing quotes or
brackets), and always after a block break: a heading, list item or table
cell is its own sentence, so no claim runs from one block into the next.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ENDERS = frozenset({".", "!", "?", "…", "!?", "?!", "...", "..", "?\"", "!\""})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


@Language.component("claimlint_sentences")
def block_sentences(doc: Doc) -> Doc:
    """Set `is_sent_start` on every token (a parser, when present, is left alone)."""
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        return doc
    start = True
    for token in doc:
        text = token.text
        if token.is_space and "\n" in text:
            token.is_sent_start = start
            start = True
        elif start and text in CLOSERS and token.i > 0 and doc[token.i - 1].text in ENDERS:
            token.is_sent_start = False  # a closing quote ends the sentence it follows
        else:
            token.is_sent_start = start
            start = text in ENDERS
    return doc
