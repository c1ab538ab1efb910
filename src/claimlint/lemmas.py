"""Word forms from spaCy's English lemma lookup table.

With no statistical model there is no lemmatizer to run, so rules written
with lemmas ("prove", "side effect") are expanded once, when patterns are
compiled, into every surface form the table maps to that lemma ("proves",
"proven", "effects"). Matching then compares lowercase text only, which is
cheaper than lemmatizing every token of every page.

The table is spaCy's `en_lemma_lookup` from spacy-lookups-data (MIT; see
data/en_license.txt), vendored at 200 KB instead of the 98 MB package.
"""
from __future__ import annotations

import gzip
import json
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    raw = files("claimlint").joinpath("data/en_lemma_lookup.json.gz").read_bytes()
    return {form.lower(): lemma.lower() for form, lemma in json.loads(gzip.decompress(raw)).items()}


@lru_cache(maxsize=1)
def _inverse() -> dict[str, frozenset[str]]:
    inverse: dict[str, set[str]] = defaultdict(set)
    for form, lemma in _table().items():
        inverse[lemma.lower()].add(form.lower())
    return {lemma: frozenset(forms) for lemma, forms in inverse.items()}


def lemma(word: str) -> str:
    """The lookup lemma of `word` (lowercase), or the word itself."""
    word = word.lower()
    return _table().get(word, word)


def forms(word: str) -> frozenset[str]:
    """`word` and every form whose lemma is `word` (lowercase)."""
    word = word.lower()
    found = _known.get(word)
    if found is None:
        found = _known[word] = _inverse().get(word, frozenset()) | {word}
    return found


# Forms looked up so far. A cached rule set carries the ones its patterns use
# (`known_forms`, `remember`), so a run never builds the 100,000-entry inverse table.
_known: dict[str, frozenset[str]] = {}


def known_forms() -> dict[str, frozenset[str]]:
    return dict(_known)


def remember(known: dict[str, frozenset[str]]) -> None:
    _known.update(known)
