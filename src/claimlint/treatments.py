"""Treatment mentions and which treatment each claim is about.

Mentions come from a PhraseMatcher over every alias in treatments.yaml (the
longest alias wins: "oral minoxidil" over "minoxidil"). They are also set as
`TREATMENT` entities so rule patterns can say `@treatment`. A claim is about
the treatment mentioned in its sentence (the syntactic subject when a parser
is present, else the nearest mention), else the most recent mention in the
two sentences before it, else the treatment the page mentions most.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

import numpy as np
from spacy.matcher import PhraseMatcher
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimlint.facts import Treatment
from claimlint.patterns import TREATMENT_LABEL

LOOKBACK_SENTENCES = 2


class TreatmentMentions:
    def __init__(self, nlp_make_doc, treatments: dict[str, Treatment], vocab) -> None:  # noqa: ANN001
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        for tid, treatment in treatments.items():
            self.matcher.add(tid, [nlp_make_doc(alias) for alias in treatment.aliases])

    def __call__(self, doc: Doc) -> list[Span]:
        spans = filter_spans([Span(doc, s, e, label=k) for k, s, e in self.matcher(doc)])
        entities = [Span(doc, s.start, s.end, label=TREATMENT_LABEL) for s in spans]
        if doc.has_annotation("ENT_IOB"):  # keep a model's own entities where they do not clash
            entities = filter_spans(entities + [e for e in doc.ents if e.label_ != TREATMENT_LABEL])
        doc.set_ents(entities, default="outside")
        return spans


class MentionIndex:
    """A page's mentions in order, found by position in O(log n): pages can hold thousands."""

    def __init__(self, mentions: list[Span], subjects: SubjectFinder | None = None) -> None:
        self.spans = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.spans]
        self.subjects = subjects

    def within(self, start: int, end: int) -> list[Span]:
        return self.spans[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def last_before(self, pos: int) -> Span | None:
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.spans[i].end > pos:
            i -= 1
        return self.spans[i] if i >= 0 else None


def attribute(claim: Span, sent: Span, mentions: MentionIndex, topic: str | None,
              sentence_starts: np.ndarray) -> str | None:
    """The id of the treatment `claim` (in sentence `sent`) is about, or None."""
    here = mentions.within(sent.start, sent.end)
    if here:
        subject = mentions.subjects.subject(claim, sent, here) if mentions.subjects else None
        if subject is not None:
            return subject.label_
        return _nearest(claim, here).label_
    last = mentions.last_before(sent.start)
    if last is not None:
        sentences_back = int(np.searchsorted(sentence_starts, sent.start) - np.searchsorted(sentence_starts, last.end))
        if sentences_back <= LOOKBACK_SENTENCES:
            return last.label_
    return topic


def page_topic(mentions: list[Span]) -> str | None:
    """The treatment a page is about: the one it names most (first on ties)."""
    if not mentions:
        return None
    counts = Counter(m.label_ for m in mentions)
    return max(counts, key=lambda tid: (counts[tid], -next(m.start for m in mentions if m.label_ == tid)))


class SubjectFinder:
    """With a model: parse a claim's sentence (once) and find the mention that is its subject."""

    def __init__(self, parser: Language) -> None:
        self.parser = parser
        self.parsed: dict[int, Doc] = {}  # one page's sentences, by first token

    def subject(self, claim: Span, sent: Span, mentions: list[Span]) -> Span | None:
        if sent.start not in self.parsed:
            self.parsed[sent.start] = self.parser(sent.text)
        parsed, offset = self.parsed[sent.start], sent.start_char
        head = _clause_head(_char_span(parsed, claim, offset).root)
        for mention in mentions:
            root = _char_span(parsed, mention, offset).root
            if root.dep_ in ("nsubj", "nsubjpass") and root.head == head:
                return mention
        return None


def _char_span(parsed: Doc, span: Span, offset: int) -> Span:
    found = parsed.char_span(span.start_char - offset, span.end_char - offset, alignment_mode="expand")
    return found if found is not None else parsed[:]


def _clause_head(token: Token) -> Token:
    while token.dep_ not in ("ROOT", "ccomp", "relcl", "advcl") and token.head != token:
        token = token.head
    return token


def _nearest(claim: Span, mentions: list[Span]) -> Span:
    """The mention the claim is most likely about without a parser.

    Subjects come first in English, so the nearest mention before the claim
    wins; a mention inside the claim ("from your own stem cells") is what the
    claim says, not whom it is about, so it counts only when nothing else does.
    """
    before = [m for m in mentions if m.end <= claim.start]
    if before:
        return before[-1]
    after = [m for m in mentions if m.start >= claim.end]
    return after[0] if after else mentions[0]
