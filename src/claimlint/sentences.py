"""Sentence boundaries that respect blocks, without a statistical model.

A sentence starts after `.`, `!` or `?` (and any closing quotes or
brackets), and always after a block break: a heading, list item or table
cell is its own sentence, so no claim runs from one block into the next.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

ENDERS = frozenset({".", "!", "?", "…", "!?", "?!", "...", "..", "?\"", "!\""})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})


@Language.component("claimlint_sentences")
def block_sentences(doc: Doc) -> Doc:
    """Set sentence starts on every token (a parser, when present, is left alone).

    Computed on arrays: a Python loop over tokens cost as much as tokenizing.
    """
    if not len(doc) or doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        return doc
    orth = doc.to_array(ORTH)
    strings = doc.vocab.strings
    enders = np.isin(orth, [strings.add(s) for s in ENDERS])
    closers = np.isin(orth, [strings.add(s) for s in CLOSERS])
    space = np.flatnonzero(doc.to_array(IS_SPACE))
    breaks = np.zeros(len(doc), dtype=bool)
    if len(space):  # a whitespace token with a newline is a block break; each distinct one is read once
        kinds, which = np.unique(orth[space], return_inverse=True)
        breaks[space] = np.array(["\n" in strings[int(k)] for k in kinds.tolist()], dtype=bool)[which]
    # closing quotes and brackets right after an ender still belong to its sentence
    ends = enders.copy()
    for _ in range(2):
        ends[1:] |= closers[1:] & ends[:-1]
    starts = np.zeros(len(doc), dtype=bool)
    starts[0] = True
    starts[1:] = (ends[:-1] & ~((closers[1:] | enders[1:]) & ends[:-1])) | breaks[:-1]
    values = np.where(starts, 1, -1).astype(np.uint64)
    doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc


def sentence_bounds(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """The first token and the end of every sentence, as arrays (`token.sent` rescans the doc)."""
    starts = np.flatnonzero(doc.to_array(SENT_START) == 1)
    if not len(starts) or starts[0] != 0:
        starts = np.concatenate(([0], starts)).astype(starts.dtype)
    return starts, np.append(starts[1:], len(doc))


_shape: list[Any] = [None, None, None]  # the last document's sentence shapes (one page's claims share them)


def sentence_words(doc: Doc, starts: np.ndarray) -> tuple[list[int], list[int]]:
    """Per sentence: how many of its tokens are not whitespace, and the last such token (-1: none)."""
    if _shape[0] is not doc or _shape[1] is not starts:
        word = ~doc.to_array(IS_SPACE).astype(bool)
        last = np.maximum.reduceat(np.where(word, np.arange(len(doc)), -1), starts)
        _shape[:] = [doc, starts, (np.add.reduceat(word, starts).tolist(), last.tolist())]
    return _shape[2]


class Sentences:
    """A document's sentences as spans, each made once: the claims of a page share them."""

    def __init__(self, doc: Doc, bounds: tuple[np.ndarray, np.ndarray]) -> None:
        self.doc = doc
        self.starts, self.ends = bounds
        self._spans: dict[int, Span] = {}

    def of(self, tokens: list[int]) -> list[Span]:
        """The sentence of each token, found for all of them at once."""
        return [self.span(i) for i in (np.searchsorted(self.starts, tokens, side="right") - 1).tolist()]

    def span(self, i: int) -> Span:
        """Sentence number `i`."""
        sent = self._spans.get(i)
        if sent is None:
            sent = self._spans[i] = self.doc[int(self.starts[i]):int(self.ends[i])]
        return sent


def ends_block(sent: Span) -> bool:
    """Does the sentence end its block? A list item does; a paragraph's first sentence does not.
    Block breaks are whitespace tokens with a newline, which close the sentence before them."""
    if not len(sent) or sent.end == len(sent.doc):
        return True
    last = sent[-1]
    return last.is_space and "\n" in last.text
