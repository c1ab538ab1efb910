"""Sentence boundaries that respect blocks, without a statistical model.

A sentence starts after `.`, `!` or `?` (and any closing quotes or
brackets), and always after a block break: a heading, list item or table
cell is its own sentence, so no claim runs from one block into the next.
"""
from __future__ import annotations

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


def sentence_of(doc: Doc, token: int, bounds: tuple[np.ndarray, np.ndarray]) -> Span:
    starts, ends = bounds
    i = int(np.searchsorted(starts, token, side="right")) - 1
    return doc[int(starts[i]):int(ends[i])]


def ends_block(sent: Span) -> bool:
    """Does the sentence end its block? A list item does; a paragraph's first sentence does not.
    Block breaks are whitespace tokens with a newline, which close the sentence before them."""
    if not len(sent) or sent.end == len(sent.doc):
        return True
    last = sent[-1]
    return last.is_space and "\n" in last.text
