"""Normalised characters for matching, with every position kept.

Real copy spells one word many ways: curly or straight apostrophes, eight
kinds of dash ("FDA‑approved" with a non-breaking hyphen), fullwidth letters,
a ® or ™ after a brand, zero-width joiners and soft hyphens pasted from a
CMS. Rules are written once, in plain ASCII, so the prose is normalised as it
is extracted. Each character either becomes one character (the map back to
the file stays character for character) or is dropped (the extractor splits
the piece around it), so a finding still points at the original characters.
"""
from __future__ import annotations

from functools import lru_cache
import re
from typing import TYPE_CHECKING
import unicodedata

if TYPE_CHECKING:
    from spacy.language import Language

DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u00ae\u2122\u2120")  # soft hyphen, zero-width, ® ™ ℠
_DROPPED = re.compile("[" + re.escape("".join(sorted(DROPPED))) + "]+")
_SAME = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\uff07", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\uff02", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
}


@lru_cache(maxsize=None)
def normal_char(ch: str) -> str:
    """One character's normal form: one character, or '' when it is dropped."""
    if ch in DROPPED:
        return ""
    if ch in _SAME:
        return _SAME[ch]
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def normal_runs(text: str) -> list[tuple[int, str]]:
    """`text` normalised, as (offset in `text`, run) pairs split where characters were dropped.

    Every character that is kept becomes one character, so a run is its piece of `text`
    translated (`str.translate`, in C) with a table of the text's own non-ASCII characters.
    """
    if text.isascii():
        return [(0, text)]
    table = {ord(ch): normal_char(ch) for ch in set(text) if ord(ch) > 127}
    runs: list[tuple[int, str]] = []
    start = 0
    for dropped in _DROPPED.finditer(text):
        if dropped.start() > start:
            runs.append((start, text[start:dropped.start()].translate(table)))
        start = dropped.end()
    if start < len(text):
        runs.append((start, text[start:].translate(table)))
    return runs


def add_uppercase_contractions(nlp: Language) -> None:
    """"DOESN'T" and "ISN'T" split into "DOES" + "N'T" like their lowercase forms.

    spaCy's English exceptions list lowercase and title-case contractions
    only, so an all-caps banner's negation ("IT HASN'T BEEN APPROVED") would
    stay one token and read as an approval claim.
    """
    from spacy.symbols import ORTH  # here: extraction alone never imports spaCy

    tokenizer = nlp.tokenizer
    for key, pieces in list(tokenizer.rules.items()):
        upper = key.upper()
        if "'" in key and upper != key and upper not in tokenizer.rules:
            tokenizer.add_special_case(upper, [{**piece, ORTH: piece[ORTH].upper()} for piece in pieces])
