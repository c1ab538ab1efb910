"""Token patterns matched over word classes: the per-token work is done once per word.

spaCy's Matcher checks a `LOWER: {IN: [...]}` slot with a Python call per
token and pattern state. Here every lexeme is classified once, when it is
first seen: its class is the set of slot tests (`LOWER` in a word set, an
exact `ORTH`, `LIKE_NUM`, a gap's "no sentence punctuation") it passes, and
classes are numbered. A document is then an array of class numbers, one
C-level `to_array` and one dict lookup per token away.

Each pattern has an anchor: a required slot, the one with the fewest words.
The tokens whose class passes some anchor are found with one vectorised
lookup. The slots that take one token next to the anchor, and the first
required slot past them when a short gap leaves it within reach, are checked
for all (anchor token, pattern) pairs at once with array operations; a
pattern made only of one-token slots is matched there. Only the pairs left
are tried in Python, outwards from the anchor, one set membership test per slot. The matches are spaCy's Matcher's for the same
patterns (every `(key, start, end)`, `?`, `+` and `{0,N}` included), within
one sentence (within the document for `whole_doc` keys): see
tests/test_classmatch.py, which compares the two.
"""
from __future__ import annotations

from typing import Any, Callable, Container, Iterable, NamedTuple

import numpy as np
from spacy.attrs import ENT_TYPE, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lexeme import Lexeme
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimlint.sentences import sentence_bounds

TokenPattern = list[dict[str, Any]]
Match = tuple[int, int, int]
TOKEN_LEVEL = ("OP", "IS_SENT_START", "ENT_TYPE")  # tested per token; the rest is a property of the word
ANY = -1  # a slot with no word test (`ENT_TYPE` only)
COMMON = 100  # an anchor's cost for a stop word (see _breadth)
WINDOW = 12  # tokens: a required slot's reach checked for all pairs at once (past gaps of up to 0..11)
REANCHOR = 20_000  # tokens seen before anchors are chosen by how often their tests passed (again at 4x, 16x, ...)


class Slot(NamedTuple):
    test: int  # the word test's number, or ANY
    least: int  # how many tokens the slot takes: least..most
    most: int
    sent_start: bool
    ent_type: int  # the entity label's hash, or 0

    @property
    def one_word(self) -> bool:
        """Exactly one token, passing a word test and nothing else (most slots)."""
        return self.least == self.most == 1 and self.test != ANY and not self.sent_start and not self.ent_type


class Pattern(NamedTuple):
    key: int
    slots: tuple[Slot, ...]
    anchor: int  # index of the slot matched first
    needs: int  # the tests of its required slots, as bits: a sentence without them all is skipped
    ahead: tuple[tuple[Slot, bool], ...]  # the slots after the anchor (and whether each is `one_word`)
    behind: tuple[tuple[Slot, bool], ...]  # the slots before it, nearest first
    costs: dict[int, int]  # required slot -> how often its test is likely to pass, before any is counted

    def anchored(self, anchor: int) -> Pattern:
        walks = tuple((slot, slot.one_word) for slot in self.slots)
        return self._replace(anchor=anchor, ahead=walks[anchor + 1:], behind=walks[:anchor][::-1])


class WordClasses:
    """The word tests of every pattern, and each lexeme's class: the tests it passes.

    Share one between matchers over the same vocabulary (add every matcher's
    tests before the first document), so a document is classified once.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._tests: dict[str, int] = {}  # a slot's word test, as canonical text -> number
        self._checks: list[tuple[int, Callable[[Lexeme], bool]]] = []  # tests other than a word list
        self._check_specs: list[tuple[int, dict[str, Any]]] = []  # the same, as specs (a pickle rebuilds them)
        self._by_lower: dict[str, list[int]] = {}  # a lowercase word -> the word-list tests it passes
        self.bits: list[int] = []  # class number -> the tests its words pass, as bits
        self._rows = np.zeros((0, 1), dtype="<u8")  # the same bits as rows of 64-bit words
        self._seen = np.zeros(0, dtype=np.int64)  # class number -> tokens of it seen
        self.tokens_seen = 0
        self._classes: dict[int, int] = {}  # bits -> class number
        self._class_of: dict[int, int] = {}  # lexeme ORTH hash -> class number
        self._last: DocClasses | None = None
        self.generation = 0  # counts renumberings of the classes (a new test renumbers them)
        self.breadth: list[int] = []  # test number -> how often it is likely to pass (see _breadth)

    def test(self, spec: dict[str, Any]) -> int:
        """The number of the word test in a token spec (ANY when it has none)."""
        word = {k: v for k, v in spec.items() if k not in TOKEN_LEVEL}
        if not word:
            return ANY
        text = repr(sorted((k, sorted(v.items()) if isinstance(v, dict) else v) for k, v in word.items()))
        number = self._tests.get(text)
        if number is None:
            number = self._tests[text] = len(self._tests)
            self.breadth.append(_breadth(word))
            words = _word_list(word)
            if words is not None:
                for w in words:
                    self._by_lower.setdefault(w, []).append(number)
            else:
                self._checks.append((number, _lexeme_test(word)))
                self._check_specs.append((number, word))
            self._class_of.clear()  # classes made before this test do not know it
            self._classes.clear()
            self.bits.clear()
            self._rows = np.zeros((0, len(self._tests) // 64 + 1), dtype="<u8")
            self._seen = np.zeros(0, dtype=np.int64)
            self.tokens_seen = 0
            self._last = None
            self.generation += 1
        return number

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the vocabulary (see `attach`) and the test functions (rebuilt from their specs)."""
        return {**self.__dict__, "vocab": None, "_checks": None, "_last": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._checks = [(number, _lexeme_test(word)) for number, word in self._check_specs]

    def of(self, doc: Doc) -> DocClasses:
        """The document's classes and sentences (the last document's are kept: matchers share them)."""
        if self._last is not None and self._last.doc is doc:
            return self._last
        get = self._class_of.get
        orth = doc.to_array(ORTH).tolist()
        found = [get(o, -1) for o in orth]
        if -1 in found:
            found = [c if c >= 0 else self._classify(o) for c, o in zip(found, orth)]
        classes = np.array(found, dtype=np.int32)
        starts, ends = sentence_bounds(doc)
        rows = np.bitwise_or.reduceat(self._rows[classes], starts, axis=0)
        seen = np.bincount(classes, minlength=len(self.bits))
        if len(self._seen) < len(seen):
            self._seen = np.concatenate([self._seen, np.zeros(len(seen) - len(self._seen), dtype=np.int64)])
        self._seen[:len(seen)] += seen
        self.tokens_seen += len(classes)
        self._last = DocClasses(doc, classes, starts, ends, rows)
        return self._last

    def frequencies(self) -> np.ndarray:
        """Test number -> how many of the tokens seen so far passed it."""
        passed = np.unpackbits(self._rows[:len(self.bits)].view(np.uint8), axis=1, bitorder="little")
        return self._seen[:len(self.bits)] @ passed[:, :len(self._tests)]

    @property
    def rows(self) -> np.ndarray:
        """Class number -> the tests its words pass, as rows of 64-bit words."""
        return self._rows

    @property
    def width(self) -> int:
        """64-bit words per row of test bits."""
        return int(self._rows.shape[1])

    def _classify(self, orth: int) -> int:
        lex = self.vocab[orth]
        bits = 0
        for n in self._by_lower.get(lex.lower_, ()):
            bits |= 1 << n
        for n, check in self._checks:
            if check(lex):
                bits |= 1 << n
        number = self._classes.get(bits)
        if number is None:
            number = self._classes[bits] = len(self.bits)
            self.bits.append(bits)
            if number == len(self._rows):
                self._rows = np.concatenate([self._rows, np.zeros_like(self._rows, shape=(number + 64, self._rows.shape[1]))])
            width = self._rows.shape[1]
            self._rows[number] = np.frombuffer(bits.to_bytes(8 * width, "little"), dtype="<u8")
        self._class_of[orth] = number
        return number


class DocClasses(NamedTuple):
    """A document's token classes and sentences, and the tests each sentence's words pass."""

    doc: Doc
    classes: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    sentence_rows: np.ndarray  # sentence -> the bits of every test some word of it passes


def within_sentence(key: str) -> bool:
    """The default `whole_doc`: every key's matches lie within one sentence (a function, not a
    lambda, so that a matcher pickles)."""
    return False


class ClassMatcher:
    """`matcher(doc)`: the `(key, start, end)` matches spaCy's Matcher finds for the
    same patterns, for matches within one sentence (anywhere for keys where
    `whole_doc(key)` is true), sorted."""

    def __init__(self, vocab: Vocab, patterns: Iterable[tuple[str, list[TokenPattern]]],
                 whole_doc: Callable[[str], bool] = within_sentence,
                 limit: Callable[[Doc], Iterable[int]] | None = None,
                 classes: WordClasses | None = None) -> None:
        """`limit`, when given, names tokens per doc: only their sentences are searched."""
        self.vocab = vocab
        self.words = classes if classes is not None else WordClasses(vocab)
        self.limit = limit
        self.patterns = [(name, list(key_patterns)) for name, key_patterns in patterns]  # as given (tests compare)
        self.whole_doc = whole_doc
        self._whole: set[int] = set()
        self._patterns: list[Pattern] = []
        self._strings: set[str] = set()  # every string whose hash the patterns hold (see `attach`)
        for name, key_patterns in self.patterns:
            self._strings.add(name)
            key = vocab.strings.add(name)
            if whole_doc(name):
                self._whole.add(key)
            self._patterns.extend(self._compile(key, p) for p in key_patterns)
        self._is_whole = np.array([p.key in self._whole for p in self._patterns], dtype=bool)
        self._names = [vocab.strings[p.key] for p in self._patterns]
        self._by_test: dict[int, list[int]] = {}  # anchor test -> pattern numbers
        self._anchored: list[list[int]] = []  # class number -> the patterns anchored on it
        self._index()
        self._counts = self._offsets = self._flat = self._needs = np.zeros(0, dtype=np.int64)
        self._generation = -1
        self._reanchor_at = REANCHOR

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the vocabulary: a compiled matcher is cached with the rule set (claims.py)."""
        return {**self.__dict__, "vocab": None}

    def attach(self, vocab: Vocab) -> None:
        """Use `vocab` after unpickling: its string store learns the keys and entity labels."""
        self.vocab = self.words.vocab = vocab
        for text in self._strings:
            vocab.strings.add(text)

    def _compile(self, key: int, pattern: TokenPattern) -> Pattern:
        slots = tuple(_slot(spec, self.words.test(spec), self.vocab) for spec in pattern)
        self._strings.update(spec["ENT_TYPE"] for spec in pattern if isinstance(spec.get("ENT_TYPE"), str))
        required = [i for i, s in enumerate(slots) if s.least == s.most == 1 and s.test != ANY]
        if not required:
            raise ValueError(f"pattern {pattern!r} has no required word to anchor it")
        costs = {i: self.words.breadth[slots[i].test] for i in required}
        needs = sum({1 << slots[i].test for i in required})
        return Pattern(key, slots, 0, needs, (), (), costs).anchored(min(required, key=lambda i: (costs[i], i)))

    def _reanchor(self, frequency: np.ndarray) -> None:
        """Anchor each pattern on its required test that the words seen so far passed least often."""
        self._patterns = [p.anchored(min(p.costs, key=lambda i: (frequency[p.slots[i].test], p.costs[i], i)))
                          for p in self._patterns]
        self._index()

    def _index(self) -> None:
        self._by_test = {}  # anchor test -> pattern numbers
        for i, pattern in enumerate(self._patterns):
            self._by_test.setdefault(pattern.slots[pattern.anchor].test, []).append(i)
        self._anchored.clear()
        self._windows = _Windows.of(self._patterns)

    def __call__(self, doc: Doc, keys: Container[str] | None = None) -> list[Match]:
        """The matches, optionally for the keys named in `keys` only."""
        if not len(doc) or not self._patterns:
            return []
        of = self.words.of(doc)
        self._refresh()
        at, sentence, pattern = self._pairs(doc, of, keys)
        lo, hi = of.starts[sentence], of.ends[sentence]
        if self._whole:
            whole = self._is_whole[pattern]
            lo, hi = np.where(whole, 0, lo), np.where(whole, len(doc), hi)
        w = self._windows
        arrays = _DocArrays(of, self.words.rows)
        alive = w.exact.passed(arrays, at, pattern, lo, hi)
        whole = alive & w.whole[pattern]
        p = pattern[whole]
        found: set[Match] = set(zip(w.keys[p].tolist(), (at[whole] - w.behind[p]).tolist(),
                                    (at[whole] + w.ahead[p] + 1).tolist()))
        walk = np.flatnonzero(alive & ~whole)
        walk = walk[w.reach.passed(arrays, at[walk], pattern[walk], lo[walk], hi[walk])]
        if len(walk):
            tokens = _Tokens(of, self.words.bits)
            patterns = self._patterns
            for a, p, s, e in zip(at[walk].tolist(), pattern[walk].tolist(), lo[walk].tolist(), hi[walk].tolist()):
                found.update(tokens.matches(patterns[p], a, s, e))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))

    def _pairs(self, doc: Doc, of: DocClasses,
               keys: Container[str] | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every (anchor token, its sentence, pattern) worth trying: the token passes the
        pattern's anchor test and its sentence (page) has every word the pattern requires."""
        hits = np.flatnonzero(self._counts[of.classes])
        sentence = np.searchsorted(of.starts, hits, side="right") - 1
        if self.limit is not None:
            keep = np.isin(sentence, np.searchsorted(of.starts, list(self.limit(doc)), side="right") - 1)
            hits, sentence = hits[keep], sentence[keep]
        counts = self._counts[of.classes[hits]]
        pair_hit = np.repeat(np.arange(len(hits)), counts)
        first = np.repeat(self._offsets[of.classes[hits]] - (np.cumsum(counts) - counts), counts)
        pattern = self._flat[first + np.arange(len(pair_hit))]
        need = self._needs[pattern]
        have = of.sentence_rows[sentence[pair_hit]]
        if self._whole:
            page = np.bitwise_or.reduce(of.sentence_rows, axis=0)
            have = np.where(self._is_whole[pattern][:, None], page, have)
        viable = ((need & have) == need).all(axis=1)
        if keys is not None:
            viable &= np.array([name in keys for name in self._names], dtype=bool)[pattern]
        return hits[pair_hit[viable]], sentence[pair_hit[viable]], pattern[viable]

    def _refresh(self) -> None:
        """Index the patterns by class: extended as new classes appear, rebuilt when they are renumbered."""
        words = self.words
        if self._generation != words.generation:  # another matcher's tests renumbered the classes
            self._generation = words.generation
            self._anchored.clear()
            self._reanchor_at = REANCHOR
            rows = [p.needs.to_bytes(8 * words.width, "little") for p in self._patterns]
            self._needs = np.frombuffer(b"".join(rows), dtype="<u8").reshape(len(rows), words.width)
        if words.tokens_seen >= self._reanchor_at:  # the matches are the same whatever the anchors
            self._reanchor_at = 4 * words.tokens_seen
            self._reanchor(words.frequencies())
        if len(self._anchored) < len(words.bits):
            by_test = self._by_test
            for bits in words.bits[len(self._anchored):]:
                self._anchored.append([i for t in _set_bits(bits) for i in by_test.get(t, ())])
            self._counts = np.array([len(a) for a in self._anchored], dtype=np.int64)
            self._offsets = np.concatenate(([0], np.cumsum(self._counts)))[:-1]
            self._flat = np.array([i for a in self._anchored for i in a], dtype=np.int64)


class _Check(NamedTuple):
    """A slot every match fills: a token `near`..`far` tokens from the anchor (negative: before
    it) passes the slot's test, starts a sentence or has the entity type, as the slot asks."""

    near: int
    far: int
    test: int
    sent_start: bool
    ent_type: int


def _checks(pattern: Pattern) -> tuple[list[_Check], list[_Check], bool]:
    """A pattern's checks: exact ones (the slots that take one token each, next to the anchor),
    the first required slot past them in each direction when it lies within WINDOW tokens'
    reach, and whether the exact checks are the whole pattern."""
    anchor = pattern.slots[pattern.anchor]
    exact = [_Check(0, 0, anchor.test, anchor.sent_start, anchor.ent_type)] if anchor.sent_start or anchor.ent_type else []
    reach: list[_Check] = []
    whole = True  # the anchor takes one token
    for walks, step in ((pattern.ahead, 1), (pattern.behind, -1)):
        taken, least, most = 0, 0, 0  # tokens taken by the exact slots; at least and at most by the others
        for slot, _ in walks:
            if slot.least == slot.most == 1 and most == 0:
                taken += 1
                exact.append(_Check(step * taken, step * taken, slot.test, slot.sent_start, slot.ent_type))
                continue
            whole = False
            if slot.least and most - least < WINDOW:
                reach.append(_Check(step * (taken + 1 + least), step * (taken + 1 + most), slot.test,
                                    slot.sent_start, slot.ent_type))
                break
            least, most = least + slot.least, most + slot.most
    return exact, reach, whole


class _Checks(NamedTuple):
    """Checks of every pattern as arrays (pattern x check x token), to test all pairs at once."""

    offsets: np.ndarray  # the tokens a check may take, relative to the anchor
    used: np.ndarray  # which of those are real (the rest pad)
    tests: np.ndarray  # pattern x check -> word test (ANY: none)
    sent_start: np.ndarray | None  # pattern x check -> must start a sentence (None: no check asks)
    ent_type: np.ndarray | None  # pattern x check -> entity type hash, or 0 (None: no check asks)
    asked: np.ndarray  # pattern x check -> a real check (the rest pad)

    @classmethod
    def of(cls, checks: list[list[_Check]]) -> _Checks:
        count = max((len(c) for c in checks), default=0)
        width = max((abs(c.far - c.near) + 1 for cs in checks for c in cs), default=0)
        offsets = np.zeros((len(checks), count, width), dtype=np.int64)
        used = np.zeros((len(checks), count, width), dtype=bool)
        tests = np.full((len(checks), count), ANY, dtype=np.int64)
        sent_start = np.zeros((len(checks), count), dtype=bool)
        ent_type = np.zeros((len(checks), count), dtype=np.uint64)
        asked = np.zeros((len(checks), count), dtype=bool)
        for i, pattern_checks in enumerate(checks):
            for j, check in enumerate(pattern_checks):
                step = 1 if check.far >= check.near else -1
                span = range(check.near, check.far + step, step)
                offsets[i, j, :len(span)] = span
                used[i, j, :len(span)] = True
                tests[i, j], sent_start[i, j], ent_type[i, j], asked[i, j] = check.test, check.sent_start, check.ent_type, True
        return cls(offsets, used, tests, sent_start if sent_start.any() else None,
                   ent_type if ent_type.any() else None, asked)

    def passed(self, tokens: _DocArrays, at: np.ndarray, pattern: np.ndarray, lo: np.ndarray,
               hi: np.ndarray) -> np.ndarray:
        """Which (anchor token, pattern) pairs, each within tokens [lo, hi), pass all their checks."""
        if not self.asked.shape[1] or not len(at):
            return np.ones(len(at), dtype=bool)
        where = at[:, None, None] + self.offsets[pattern]  # pairs x checks x tokens
        ok = self.used[pattern] & (where >= lo[:, None, None]) & (where < hi[:, None, None])
        where = np.clip(where, 0, len(tokens.classes) - 1)
        tests = self.tests[pattern][:, :, None]
        test = np.maximum(tests, 0)
        row = tokens.rows[tokens.classes[where], test >> 6]
        ok &= (tests == ANY) | ((row >> (test & 63).astype(np.uint64)) & np.uint64(1) == 1)
        if self.sent_start is not None:
            ok &= ~self.sent_start[pattern][:, :, None] | tokens.sent_start[where]
        if self.ent_type is not None:
            ent_type = self.ent_type[pattern][:, :, None]
            ok &= (ent_type == 0) | (tokens.ent_type()[where] == ent_type)
        return (ok.any(axis=2) | ~self.asked[pattern]).all(axis=1)


class _Windows(NamedTuple):
    """Per pattern, what can be checked for all its pairs at once (see `_checks`)."""

    exact: _Checks
    reach: _Checks
    whole: np.ndarray  # pattern -> the exact checks are the pattern: a pair that passes them is a match
    keys: np.ndarray  # pattern -> key
    behind: np.ndarray  # pattern -> slots before the anchor (where a whole match starts)
    ahead: np.ndarray  # pattern -> slots after it

    @classmethod
    def of(cls, patterns: list[Pattern]) -> _Windows:
        checks = [_checks(p) for p in patterns]
        return cls(_Checks.of([c[0] for c in checks]), _Checks.of([c[1] for c in checks]),
                   np.array([c[2] for c in checks], dtype=bool), np.array([p.key for p in patterns], dtype=np.uint64),
                   np.array([len(p.behind) for p in patterns], dtype=np.int64),
                   np.array([len(p.ahead) for p in patterns], dtype=np.int64))


class _DocArrays:
    """One document's token arrays for the checks: classes, test bits, sentence starts, entities."""

    def __init__(self, of: DocClasses, rows: np.ndarray) -> None:
        self.classes = of.classes
        self.rows = rows
        self.sent_start = np.zeros(len(of.classes), dtype=bool)
        self.sent_start[of.starts] = True
        self._doc = of.doc
        self._ent_type: np.ndarray | None = None

    def ent_type(self) -> np.ndarray:
        if self._ent_type is None:
            self._ent_type = self._doc.to_array(ENT_TYPE).astype(np.uint64)
        return self._ent_type


def _set_bits(bits: int) -> list[int]:
    """The numbers of the bits set in `bits`, lowest first."""
    out = []
    while bits:
        low = bits & -bits
        out.append(low.bit_length() - 1)
        bits ^= low
    return out


class _Tokens:
    """One document's token classes and token-level attributes, for trying patterns."""

    def __init__(self, of: DocClasses, bits: list[int]) -> None:
        self.classes = of.classes.tolist()
        self.bits = bits
        self.doc = of.doc
        self.starts = of.starts
        self._sent_start: set[int] | None = None
        self._ent_type: list[int] | None = None

    def passes(self, slot: Slot, i: int) -> bool:
        if slot.test != ANY and not self.bits[self.classes[i]] >> slot.test & 1:
            return False
        if slot.sent_start:
            if self._sent_start is None:
                self._sent_start = set(self.starts.tolist())
            if i not in self._sent_start:
                return False
        if slot.ent_type:
            if self._ent_type is None:
                self._ent_type = self.doc.to_array(ENT_TYPE).tolist()
            if self._ent_type[i] != slot.ent_type:
                return False
        return True

    def matches(self, pattern: Pattern, at: int, lo: int, hi: int) -> list[Match]:
        """Every match of `pattern` in [lo, hi) whose anchor slot takes token `at`."""
        anchor = pattern.slots[pattern.anchor]
        if (anchor.sent_start or anchor.ent_type) and not self.passes(anchor, at):
            return []
        ends = self._walk(pattern.ahead, {at + 1}, lo, hi, 1)
        if not ends:
            return []
        begins = self._walk(pattern.behind, {at}, lo, hi, -1)
        return [(pattern.key, s, e) for s in begins for e in ends]

    def _walk(self, slots: Iterable[tuple[Slot, bool]], edges: set[int], lo: int, hi: int, step: int) -> set[int]:
        """The edges reached from `edges` through `slots`, forwards (step 1) or backwards (-1)."""
        back = 1 if step < 0 else 0  # going backwards, the token before an edge is tested
        bits, classes = self.bits, self.classes
        for slot, one_word in slots:
            if one_word:  # the common case, inline
                test = slot.test
                edges = {e + step for e in edges if lo <= e - back < hi and bits[classes[e - back]] >> test & 1}
                if not edges:
                    break
                continue
            reached = set(edges) if slot.least == 0 else set()
            current = edges
            test = slot.test
            plain = test != ANY and not slot.sent_start and not slot.ent_type
            for n in range(1, min(slot.most, hi - lo) + 1):
                if plain:  # the common case, inline
                    current = {e + step for e in current if lo <= e - back < hi and bits[classes[e - back]] >> test & 1}
                else:
                    current = {e + step for e in current if lo <= e - back < hi and self.passes(slot, e - back)}
                if not current:
                    break
                if n >= slot.least:
                    reached |= current
            edges = reached
            if not edges:
                break
        return edges


def _slot(spec: dict[str, Any], test: int, vocab: Vocab) -> Slot:
    op = str(spec.get("OP", "1"))
    if op.startswith("{"):
        low, _, high = op.strip("{}").partition(",")
        least, most = int(low or 0), int(high) if high else 1 << 30
        if "," not in op:
            most = least
    else:
        least, most = {"1": (1, 1), "?": (0, 1), "+": (1, 1 << 30), "*": (0, 1 << 30)}.get(op, (-1, -1))
        if least < 0:
            raise ValueError(f"unsupported OP {op!r}")
    label = spec.get("ENT_TYPE")
    if label is not None and not isinstance(label, str):
        raise ValueError(f"unsupported ENT_TYPE {label!r}")
    return Slot(test, least, most, bool(spec.get("IS_SENT_START")), vocab.strings.add(label) if label else 0)


def _word_list(word: dict[str, Any]) -> list[str] | None:
    """The words of a plain `LOWER` (value or `IN` list) test, else None."""
    if set(word) != {"LOWER"}:
        return None
    value = word["LOWER"]
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return [str(w) for w in value["IN"]]
    return None


def _lexeme_test(word: dict[str, Any]) -> Callable[[Lexeme], bool]:
    """A lexeme predicate for a spec of word attributes (as spaCy compares them: exact strings)."""
    checks: list[Callable[[Lexeme], bool]] = []
    for attr, value in word.items():
        name = attr.lower()
        if attr in ("LOWER", "ORTH"):
            text = name + "_"
            if isinstance(value, str):
                checks.append(lambda lex, t=text, v=value: getattr(lex, t) == v)
            elif isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}:
                inside, outside = frozenset(value.get("IN", ())), frozenset(value.get("NOT_IN", ()))
                if "IN" in value:
                    checks.append(lambda lex, t=text, s=inside: getattr(lex, t) in s)
                checks.append(lambda lex, t=text, s=outside: getattr(lex, t) not in s)
            else:
                raise ValueError(f"unsupported {attr} test {value!r}")
        elif attr.startswith(("IS_", "LIKE_")) and isinstance(value, bool):
            checks.append(lambda lex, a=name, v=value: bool(getattr(lex, a)) == v)
        else:
            raise ValueError(f"unsupported token attribute {attr!r}")
    return lambda lex: all(check(lex) for check in checks)


def _breadth(word: dict[str, Any]) -> int:
    """How often a word test is likely to pass (less often is a better anchor), before any is counted.

    Without word frequencies, a stop word or punctuation counts as a hundred
    content words: "and" or "," would make a pattern be tried everywhere.
    """
    words = _word_list(word)
    if words is None:
        return COMMON * COMMON
    return sum(COMMON if w in STOP_WORDS or not w.isalpha() else 1 for w in words)
