"""Assertion context for claims, after the ConText algorithm.

ConText (Harkema et al., 2009; medspaCy's `context` module is the reference
implementation) decides whether a finding is negated, hedged, hypothetical
or asserted from trigger phrases around it. Each trigger has a direction
(forward: it governs the words after it; backward: the words before it;
both) and a scope that ends at the sentence end, at a terminator ("but",
"however") or after `max_scope` tokens. Pseudo-triggers ("not only", "no
doubt") look like triggers but are not, and cancel the triggers they
overlap. A claim in a sentence that ends with "?" is a question. Triggers
live in rules/context.yaml so users can extend them.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from typing import Any, Callable, Iterable, NamedTuple

import numpy as np
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from claimlint.classmatch import ClassMatcher, WordClasses
from claimlint.patterns import PatternError, TokenPattern, compile_pattern
from claimlint.sentences import CLOSERS, ends_block, sentence_words
from claimlint.yamlfile import Located

PRIORITY = ("negated", "question", "hypothetical", "attributed", "hedged")
LEAD_IN_ITEMS = 16  # list items a lead-in ("Our care may help to:") governs
SHORT_ITEM = 40  # tokens: a list item may run to two lines; longer sentences are prose
PROSE_ITEM = 10  # tokens: a longer block ending in a full stop is a paragraph, which ends a list
DIRECTIONS = ("forward", "backward", "both")
PSEUDO, TERMINATOR, EXEMPT = "pseudo", "terminator", "exempt"
NEGATIONS = frozenset({"no", "not", "n't", "n’t", "never", "without", "nothing", "none", "nobody", "neither", "nor"})


class Trigger(NamedTuple):
    start: int
    end: int
    assertion: str
    direction: str
    scope: int


class Found(NamedTuple):
    """What the context phrases found in one document."""

    triggers: list[Trigger]
    terminators: list[int]  # token indices, sorted
    exempt: list[tuple[int, int]]  # token ranges of phrases that are never claims


class ContextTriggers:
    """The compiled trigger, pseudo-trigger, terminator and exempt phrases.

    Triggers only govern claims in their own sentence, so `limit` (token
    indices per doc) names the sentences worth searching (see classmatch.py).
    """

    def __init__(self, vocab: Vocab, doc: Located, vocabulary: dict[str, list[str]],
                 limit: Callable[[Doc], Iterable[int]] | None = None, classes: WordClasses | None = None) -> None:
        self.vocabulary = vocabulary
        self._patterns: dict[str, list[TokenPattern]] = {}
        data = doc.data if isinstance(doc.data, dict) else {}
        self.max_scope = int(data.get("max_scope", 8))
        for assertion, directions in (data.get("assertions") or {}).items():
            if assertion not in PRIORITY:
                raise doc.error(("assertions", assertion), f"unknown assertion {assertion!r}; must be one of {', '.join(PRIORITY)}")
            directions = dict(directions or {})
            scope = directions.pop("max_scope", self.max_scope)
            for direction, phrases in directions.items():
                if direction not in DIRECTIONS:
                    raise doc.error(("assertions", assertion, direction), f"unknown direction {direction!r}; must be one of {', '.join(DIRECTIONS)}")
                self._add(doc, f"{assertion}|{direction}", phrases, ("assertions", assertion, direction), scope)

        self._add(doc, PSEUDO, data.get("pseudo") or [], ("pseudo",))
        self._add(doc, TERMINATOR, data.get("terminators") or [], ("terminators",))
        self._add(doc, EXEMPT, data.get("exempt") or [], ("exempt",))
        self.matcher = ClassMatcher(vocab, self._patterns.items(), limit=limit, classes=classes)

    def attach(self, vocab: Vocab) -> None:
        """Use `vocab` after unpickling (see `ClassMatcher.attach`)."""
        self.matcher.attach(vocab)

    def _add(self, doc: Located, key: str, phrases: Any, at: tuple[Any, ...], scope: int = 0) -> None:
        """A phrase is a pattern, or `{pattern: ..., max_scope: N}` for a trigger with its own reach."""
        if not isinstance(phrases, list):
            raise doc.error(at, "must be a list of phrases")
        for i, phrase in enumerate(phrases):
            pattern, reach = phrase, scope
            if isinstance(phrase, dict):
                if set(phrase) != {"pattern", "max_scope"} or not isinstance(phrase["max_scope"], int):
                    raise doc.error(at + (i,), "a trigger with its own scope is {pattern: ..., max_scope: N}")
                pattern, reach = phrase["pattern"], phrase["max_scope"]
            try:
                self._patterns.setdefault(f"{key}|{reach}", []).extend(compile_pattern(str(pattern), self.vocabulary))
            except PatternError as exc:
                raise doc.error(at + (i,), f"trigger does not compile: {exc}") from None

    def find(self, doc: Doc) -> Found:
        """All live triggers in `doc`, the terminators, and the exempt phrases."""
        triggers, pseudo, terminators, exempt = [], [], [], []
        strings = doc.vocab.strings
        for key, start, end in self.matcher(doc):
            label = strings[key]
            if label.startswith(PSEUDO):
                pseudo.append((start, end))
            elif label.startswith(TERMINATOR):
                terminators.append(start)
            elif label.startswith(EXEMPT):
                exempt.append((start, end))
            else:
                assertion, direction, scope = label.split("|")
                triggers.append(Trigger(start, end, assertion, direction, int(scope)))
        covered = {i for s, e in pseudo for i in range(s, e)}
        live = [t for t in triggers if covered.isdisjoint(range(t.start, t.end))]
        return Found(live, sorted(terminators), exempt)


def triggers_by_sentence(triggers: list[Trigger], sentence_starts: np.ndarray) -> dict[int, list[Trigger]]:
    """Triggers grouped by the first token of their sentence: a trigger never reaches past it."""
    grouped: dict[int, list[Trigger]] = {}
    if triggers:
        firsts = sentence_starts[np.searchsorted(sentence_starts, [t.start for t in triggers], side="right") - 1]
        for trigger, first in zip(triggers, firsts.tolist()):
            grouped.setdefault(first, []).append(trigger)
    return grouped


def assertion_of(claim: Span, sent: Span, triggers: list[Trigger], terminators: list[int],
                 own_negation: bool = False) -> str:
    """The strongest context that governs `claim` (or `asserted`).

    With `own_negation`, negation words inside the claim are its content
    ("our patients don't get nausea"), not a disclosure.
    """
    # A claim whose first word is its own negation ("no risk") is not negated by the bare negation
    # before it in a list ("no chemicals and no risk"); a warning still governs it ("avoid
    # providers who say there are no side effects").
    self_negated = any(t.assertion == "negated" and t.start == claim.start for t in triggers)
    found = {t.assertion for t in triggers if _governs(t, claim, sent, terminators)
             and not (own_negation and t.assertion == "negated" and claim.start <= t.start < claim.end)
             and not (self_negated and t.assertion == "negated" and _bare_negation(t, claim.doc))}
    if _is_question(sent):
        found.add("question")
    return _strongest(found)


def _bare_negation(t: Trigger, doc: Doc) -> bool:
    """Only negation words: the list's own "no", not a verb that warns or refuses ("avoid", "can't promise")."""
    return all(token.lower_ in NEGATIONS for token in doc[t.start:t.end])


def _strongest(found: set[str]) -> str:
    """The assertion that wins among those found (PRIORITY), else `asserted`."""
    return next((a for a in PRIORITY if a in found), "asserted")


def _governs(t: Trigger, claim: Span, sent: Span, terminators: list[int]) -> bool:
    if t.start < sent.start or t.end > sent.end:
        return False
    if t.start < claim.end and claim.start < t.end:
        return _governs_overlapping(t, claim) and not _blocked(t.end, claim.end, terminators)
    if t.end <= claim.start and t.direction in ("forward", "both"):
        # a claim that opens with a terminator starts its own clause: "no side effects because it is natural"
        return claim.start - t.end <= t.scope and not _blocked(t.end, claim.start + 1, terminators)
    if t.start >= claim.end and t.direction in ("backward", "both"):
        return t.start - claim.end <= t.scope and not _blocked(claim.end, t.start, terminators)
    return False


def _governs_overlapping(t: Trigger, claim: Span) -> bool:
    """Triggers that share words with the claim.

    "no side effects": the trigger is the claim's own first word, not context, unless
    it is a one-word hedge.
    "preliminary studies have shown": a forward trigger that starts before
    the claim governs it. "X is not a cure": a trigger inside the claim does,
    unless a terminator follows it there: in "it isn't the main purpose, PRP
    also stimulates collagen" the claim goes on in a clause of its own.
    """
    if t.start == claim.start:  # but a modal that opens a bullet hedges it: "May heal chronic injuries"
        return t.assertion == "hedged" and t.end - t.start == 1
    if t.start < claim.start:
        return t.direction in ("forward", "both")
    return t.end <= claim.end and not _contrast(t, claim.doc)


def _contrast(t: Trigger, doc: Doc) -> bool:
    """", not" inside a claim sets aside an alternative and leaves the claim standing:
    "burns fat, not muscle", "treats the cause, not just the symptoms", and so do "rather than"
    and "instead of": "tightens skin rather than stretching it". "without" after the claim's
    first word says how, not whether: "stimulates collagen without damaging tissue"."""
    if t.assertion != "negated":
        return False
    words = tuple(token.lower_ for token in doc[t.start:t.end])
    comma_not = words == ("not",) and t.start > 0 and doc[t.start - 1].text == ","
    return words in CONTRAST_WORDS or comma_not


def _blocked(start: int, end: int, terminators: list[int]) -> bool:
    """Is there a terminator in [start, end)? (`terminators` is sorted.)"""
    i = bisect_left(terminators, start)
    return i < len(terminators) and terminators[i] < end


def _is_question(sent: Span) -> bool:
    """Ends in "?", or is an FAQ heading without one: "Does IV therapy boost energy" (an
    auxiliary, then its subject) with no full stop. "Can improve sleep" (a verb follows)
    is a benefit bullet, not a question. A question word and an auxiliary ask even before a
    colon: "What is Morpheus8, and how does it tighten skin:" ("How PRP heals:" announces)."""
    last = next((t for t in reversed(sent) if _is_word(t)), None)
    if last is None or last.text.endswith("?"):
        return last is not None
    if last.text in (".", "!"):
        return False
    first = list(islice((t for t in sent if _is_word(t)), 3))  # every claim asks: read no further than needed
    if len(first) < 3:
        return False
    if first[0].lower_ in QUESTION_WORDS and first[1].lower_ in QUESTION_AUX:
        return True
    return (last.text != ":" and first[0].lower_ in QUESTION_AUX
            and (first[1].lower_ in QUESTION_SUBJECTS or _starts_mention(first[1])))


def _is_word(token: Token) -> bool:
    return not token.is_space and token.text not in CLOSERS


def _starts_mention(token: Token) -> bool:
    return any(span.start == token.i for span in token.doc.spans.get("treatments", ()))


QUESTION_AUX = frozenset({"is", "are", "does", "do", "can", "will", "would", "should", "could", "did", "has",
                          "have", "was", "were"})
CONTRAST_WORDS = frozenset({("without",), ("rather", "than"), ("instead", "of")})  # inside a claim: _contrast
QUESTION_WORDS = frozenset({"what", "how", "why", "when", "who", "which", "where"})
QUESTION_SUBJECTS = frozenset({"it", "this", "that", "they", "these", "those", "i", "you", "we", "the", "a",
                               "an", "my", "your", "our", "their", "there"})


def lead_in_assertion(doc: Doc, sent: Span, bounds: tuple[np.ndarray, np.ndarray],
                      by_sentence: dict[int, list[Trigger]], terminators: list[int]) -> str:
    """The context a list item inherits from the lead-in that introduces it.

    "Our care may help to:" followed by "Reduce joint pain" and "Improve
    mobility" hedges each item; "We never promise to:" negates them. The
    lead-in is the nearest sentence ending in a colon, reached back over
    short items only; its trigger must reach the colon.
    """
    starts, _ = bounds
    words, last = sentence_words(doc, starts)
    i = int(np.searchsorted(starts, sent.start, side="right")) - 1
    if words[i] > SHORT_ITEM or not ends_block(sent):  # a paragraph after the list is not one of its items
        return "asserted"
    for j in range(i - 1, max(i - 1 - LEAD_IN_ITEMS, -1), -1):
        if words[j] and doc[last[j]].text == ":":
            colon = last[j]
            found = {t.assertion for t in by_sentence.get(int(starts[j]), []) if t.assertion != "question"
                     and t.direction in ("forward", "both") and colon - t.end <= t.scope
                     and not _blocked(t.end, colon, terminators)}
            return _strongest(found)
        if words[j] > SHORT_ITEM or (words[j] > PROSE_ITEM and doc[last[j]].text == "."):
            break
    return "asserted"


LABEL_MARKS = frozenset({":", "–", "—", "-"})
BODY_ASSERTIONS = ("hypothetical", "attributed", "hedged")
LABEL_TAIL = 3  # words a label may run on past its claim: "Guiding specific cell types:"
BODY_VERB = 6  # tokens: a hedge further into the body governs a clause of its own ("rather than masking")


def label_assertion(claim: Span, sent: Span, triggers: list[Trigger], terminators: list[int]) -> str:
    """A claim that opens its sentence takes the hedge of what the sentence says about it.

    A label bullet's body: in "Better circulation: ozone may widen blood vessels" the body's
    "may" hedges the label; only a hedge on the body's own verb counts, and a negation there
    lists what the label spares ("Fewer complications: no hospital stay"). A claim that is its
    sentence's subject: "Improved hair density may last two years".
    """
    doc = claim.doc
    first = next((t.i for t in sent if _is_word(t)), sent.end)
    if claim.start != first or claim.end >= sent.end:
        return "asserted"
    tail = range(claim.end, min(claim.end + LABEL_TAIL + 1, sent.end))
    mark = next((i for i in tail if doc[i].text in LABEL_MARKS), None)
    body = mark + 1 if mark is not None else claim.end
    reach = BODY_VERB if mark is not None else 0
    found = {t.assertion for t in triggers if t.start >= body and t.end <= sent.end and t.assertion in BODY_ASSERTIONS
             and (t.start <= body + reach or _reaches_back(t, claim))
             and not _blocked(body, t.start, terminators)}
    return _strongest(found)


def answer_assertion(triggers: list[Trigger]) -> str:
    """An answer is qualified by whatever its sentence qualifies: "Yes, when done by a trained
    provider it is generally well tolerated" is hedged wherever the hedge stands."""
    found = {t.assertion for t in triggers if t.assertion in BODY_ASSERTIONS}
    return _strongest(found)


def _reaches_back(t: Trigger, claim: Span) -> bool:
    """A backward hedge in a label's body qualifies the label too: "Long-lasting: results last
    weeks, depending on your skin"."""
    return t.direction in ("backward", "both") and t.start - claim.end <= t.scope

