"""A spaCy Matcher that only runs patterns where their words occur.

spaCy's Matcher tries every pattern at every token, and a `LOWER: {IN: [...]}`
slot is a Python predicate call per token: with a few hundred rule patterns
that was 97% of claimlint's run time, fifty times the tokenizer's cost. Yet
a pattern can only match inside a sentence that holds a word for each of its
required slots. So each key's patterns get their own Matcher, built on first
use, and it runs only over the runs of consecutive sentences whose words
pass that test (found with one vectorised lookup per document).

The matches are the ones the plain Matcher finds inside those sentences: a
token pattern looks at nothing outside the tokens it matches. Keys whose
matches may cross sentences (page-level conditions) are run on the whole
document, when the document holds their words.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Container, Iterable, NamedTuple

import numpy as np
from spacy.attrs import LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimlint.sentences import sentence_bounds

TokenPattern = list[dict[str, Any]]
Match = tuple[int, int, int]
OPTIONAL_OPS = ("?", "*", "!")


class _Need(NamedTuple):
    """What a pattern needs: its key, one word set as the index anchor, and the rest."""

    key: int
    anchor: frozenset[int]
    others: tuple[frozenset[int], ...]


class SparseMatcher:
    """`matcher(doc)` gives the same `(key, start, end)` matches as a spaCy Matcher
    over the same patterns, for matches that lie within one sentence (all matches
    for keys where `whole_doc(key)` is true)."""

    def __init__(self, vocab: Vocab, patterns: Iterable[tuple[str, list[TokenPattern]]],
                 whole_doc: Callable[[str], bool] = lambda key: False,
                 limit: Callable[[Doc], Iterable[int]] | None = None) -> None:
        """`limit`, when given, names tokens per doc: only their sentences are searched."""
        self.vocab = vocab
        self.limit = limit
        self._patterns: dict[int, list[TokenPattern]] = {}
        self._matchers: dict[int, Matcher] = {}
        self._whole_doc: set[int] = set()
        self._always: set[int] = set()  # keys with a pattern that needs no particular word
        index: dict[int, list[_Need]] = defaultdict(list)
        for name, key_patterns in patterns:
            key = vocab.strings.add(name)
            self._patterns.setdefault(key, []).extend(key_patterns)
            if whole_doc(name):
                self._whole_doc.add(key)
            for pattern in key_patterns:
                needs = sorted(_required_words(pattern, vocab), key=len)
                if not needs:
                    self._always.add(key)
                    continue
                need = _Need(key, needs[0], tuple(needs[1:]))
                for word in need.anchor:
                    index[word].append(need)
        self._index = dict(index)
        self._anchors = np.array(sorted(self._index), dtype=np.uint64)

    def __call__(self, doc: Doc, keys: Container[str] | None = None) -> list[Match]:
        """The matches, optionally for the keys named in `keys` only."""
        if not len(doc) or not self._patterns:
            return []
        starts, ends = sentence_bounds(doc)
        by_key = self._candidates(doc.to_array(LOWER), starts, ends)
        every = set(range(len(starts)))
        if self.limit is not None:
            every = set((np.searchsorted(starts, list(self.limit(doc)), side="right") - 1).tolist())
            by_key = {key: found & every for key, found in by_key.items()}
        matches: list[Match] = []
        for key in sorted(set(by_key) | self._always):
            if keys is not None and self.vocab.strings[key] not in keys:
                continue
            if key in self._whole_doc:
                if key in self._always or by_key.get(key):
                    matches.extend(self._matcher(key)(doc))
                continue
            sentences = sorted(every if key in self._always else by_key[key])
            for first, last in _runs(sentences):
                span = doc[int(starts[first]):int(ends[last])]
                matches.extend((k, s + span.start, e + span.start) for k, s, e in self._matcher(key)(span))
        return matches

    def _candidates(self, lower: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> dict[int, set[int]]:
        """Sentence numbers, by key, that hold a word for every required slot of one of its patterns."""
        hits = np.flatnonzero(np.isin(lower, self._anchors))
        if not len(hits):
            return {}
        sentence_of = np.searchsorted(starts, hits, side="right") - 1
        words: dict[int, set[int]] = {}
        doc_words: set[int] | None = None
        found: dict[int, set[int]] = {}
        for word, sent in zip(lower[hits].tolist(), sentence_of.tolist()):
            for need in self._index[word]:
                whole = need.key in self._whole_doc
                if need.key in found and (whole or sent in found[need.key]):
                    continue
                if whole:
                    if doc_words is None:
                        doc_words = set(lower.tolist())
                    scope = doc_words
                else:
                    scope = words.get(sent)
                    if scope is None:
                        scope = words[sent] = set(lower[starts[sent]:ends[sent]].tolist())
                if all(not other.isdisjoint(scope) for other in need.others):
                    found.setdefault(need.key, set()).add(sent)
        return found

    def _matcher(self, key: int) -> Matcher:
        matcher = self._matchers.get(key)
        if matcher is None:
            matcher = self._matchers[key] = Matcher(self.vocab)
            matcher.add(key, self._patterns[key])
        return matcher


def _required_words(pattern: TokenPattern, vocab: Vocab) -> list[frozenset[int]]:
    """For each slot that must match a token, the lowercase words it accepts (slots that accept any word are skipped)."""
    needs = []
    for spec in pattern:
        op = str(spec.get("OP", ""))
        if op in OPTIONAL_OPS or op.startswith("{"):
            continue
        words = _words(spec.get("LOWER")) or _words(spec.get("ORTH"))
        if words:
            needs.append(frozenset(vocab.strings.add(w.lower()) for w in words))
    return needs


def _words(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return [str(w) for w in value["IN"]]
    return []


def _runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive numbers as (first, last) runs: one Matcher call per run of sentences."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs
