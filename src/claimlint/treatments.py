"""Treatment mentions and which treatment each claim is about.

Mentions are every alias in treatments.yaml found by its words' lowercase hashes (the
longest alias wins: "oral minoxidil" over "minoxidil"). They are also set as
`TREATMENT` entities so rule patterns can say `@treatment`. A claim is about
the treatment mentioned in its sentence (the syntactic subject when a parser
is present, else the nearest mention), else the most recent mention in the
two sentences before it, else the treatment the page mentions most.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import NamedTuple

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimlint.patterns import TREATMENT_LABEL
from claimlint.sentences import sentence_words

_OPEN, _CLOSE = hash_string("("), hash_string(")")
LOOKBACK_SENTENCES = 2
APPOSITION_OPENERS = frozenset({"a", "an", "the", "also", "which", "known"})  # ", a lower-dose version of X,"
CONTRASTS = frozenset({"but", "whereas", "however", "unlike", "except", "while", ";"})  # "X is ..., but Y is not"
HEADING_WORDS = 12
SUBJECT_WORDS = 6
TREATMENT_NOUNS = frozenset({"therapy", "therapies", "treatment", "treatments", "procedure", "procedures",
                             "injection", "injections", "infusion", "infusions", "peel", "peels", "facial",
                             "facials", "laser", "lasers", "drip", "drips", "shot", "shots", "medication",
                             "medications", "drug", "drugs", "device", "devices", "surgery", "implant", "implants"})
NOT_NAMES = frozenset({"our", "your", "this", "that", "these", "those", "the", "a", "an", "its", "their", "my",
                       "his", "her", "of", "for", "and", "or", "any", "each", "every", "no", "new", "same",
                       "other", "such", "first", "one", "single", "regenerative", "medical", "cosmetic",
                       "aesthetic", "effective", "safe", "approved", "cleared", "fda", "is", "are", "was", "were",
                       "be", "with", "to", "in", "on", "by", "as", "from", "after", "before", "per", "each"})


class TreatmentMentions:
    """Every alias's token sequence, compared by lowercase hash.

    What a PhraseMatcher over `LOWER` finds, without building a Doc (and a lexeme for each
    new word) for each of the 3,400 alias forms at start-up, a tenth of a second per process:
    the page's words are looked up by hash among the aliases' first words, and where one
    starts an alias the words after it are compared. (On 300,000 words this takes 0.05 s
    more than the PhraseMatcher: the start-up it saves pays for a page of up to 500,000 words.)
    """

    def __init__(self, alias_words: dict[str, tuple[tuple[str, ...], ...]],
                 page_names: dict[str, tuple[str, ...]] | None = None) -> None:
        """`page_names`: treatment id -> other treatments' aliases that mean it on a page naming it."""
        # first word's hash -> the alias lengths that start with it -> the alias's hashes -> treatment id
        self.by_first: dict[int, dict[int, dict[tuple[int, ...], str]]] = {}
        for tid, forms in alias_words.items():
            for words in forms:
                hashes = tuple(hash_string(w.lower()) for w in words)
                self.by_first.setdefault(hashes[0], {}).setdefault(len(hashes), {})[hashes] = tid
        self.page_names = {tid: names for tid, names in (page_names or {}).items() if names}

    def _matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        words = doc.to_array(LOWER).tolist()
        by_first = self.by_first
        found = []
        for i, word in enumerate(words):
            lengths = by_first.get(word)
            if lengths is not None:
                for n, aliases in lengths.items():
                    tid = aliases.get(tuple(words[i:i + n]))
                    if tid is not None:
                        found.append((tid, i, i + n))
        return found

    def __call__(self, doc: Doc) -> list[Span]:
        found = self._matches(doc)
        orth = doc.to_array(ORTH).tolist() if found else []
        spans = filter_spans([_with_abbreviation(doc, orth, s, e, k) for k, s, e in found])
        entities = [Span(doc, s.start, s.end, label=TREATMENT_LABEL) for s in spans]
        if doc.has_annotation("ENT_IOB"):  # keep a model's own entities where they do not clash
            entities = filter_spans(entities + [e for e in doc.ents if e.label_ != TREATMENT_LABEL])
        doc.set_ents(entities, default="outside")
        return self._named_on_page(spans)

    def _named_on_page(self, mentions: list[Span]) -> list[Span]:
        """Bare names that mean a treatment the page names (`page_names`): on a page that sells
        compounded semaglutide, "semaglutide" is the compounded drug."""
        named = {name: tid for tid in {m.label_ for m in mentions} for name in self.page_names.get(tid, ())}
        return [Span(m.doc, m.start, m.end, label=named[m.text.lower()])
                if m.text.lower() in named and not _glossed(m, mentions) else m for m in mentions]


def _glossed(mention: Span, mentions: list[Span]) -> bool:
    """Does another name of the same treatment stand right beside it ("Wegovy (semaglutide)")?"""
    return any(other is not mention and other.label_ == mention.label_
               and other.start - mention.end <= 3 and mention.start - other.end <= 3 for other in mentions)


def _with_abbreviation(doc: Doc, orth: list[int], start: int, end: int, label: str) -> Span:
    """A mention with the abbreviation that follows it: "Platelet-rich plasma (PRP)" is one
    mention, so the claim after it ("... (PRP) stimulates hair growth") is read across the brackets.
    (`orth` is the document's ORTH array: the brackets are compared without making tokens.)"""
    if end + 2 < len(doc) and orth[end] == _OPEN and orth[end + 2] == _CLOSE \
            and sum(ch.isupper() for ch in doc[end + 1].text) >= 2:
        return Span(doc, start, end + 3, label=label)
    return Span(doc, start, end, label=label)


def number_forms(alias: str) -> set[str]:
    """An alias in the singular and the plural: copy says "MSCs", "an exosome", "PDO thread".

    Only the last word changes ("stem cell injection" -> "stem cell injections"),
    and only a word of letters long enough not to be an abbreviation's stem.
    """
    head, _, last = alias.rpartition(" ")
    if not last.isalpha() or len(last) < 3:
        return {alias}
    if last.endswith("s"):
        other = last[:-1] if len(last) > 3 and not last.endswith("ss") else last
    elif last.endswith("y") and last[-2] not in "aeiou":
        other = last[:-1] + "ies"
    else:
        other = last + "s"
    return {alias, f"{head} {other}" if head else other}


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


class Attribution(NamedTuple):
    """What a conflict claim's treatment may be read from (treatments.attribute)."""

    anaphors: frozenset[str]  # words that refer back to a treatment: "it", "this treatment"
    descriptors: frozenset[str]  # words that describe, not name, a treatment: "scalp", "hair loss"


def attribute(claim: Span, sent: Span, mentions: MentionIndex, topic: str | None,
              sentence_starts: np.ndarray, strict: Attribution | None = None) -> str | None:
    """The id of the treatment `claim` (in sentence `sent`) is about, or None.

    With `strict` (for claims whose verdict rests on the facts) the claim
    never inherits a treatment from an unrelated paragraph: a sentence that
    names an unknown treatment ("red light therapy") is about it; one that
    refers back ("it", "the procedure") is about the treatment named in the
    two sentences before; otherwise the section heading's treatment, if any.
    Without, the page's main treatment is the fallback, which only words the
    message.
    """
    here = mentions.within(sent.start, sent.end)
    if here:
        subject = mentions.subjects.subject(claim, sent, here) if mentions.subjects else None
        nearest = subject if subject is not None else _nearest(claim, here)
        if nearest is not None:
            return nearest.label_
    if strict is None:
        return _recent(sent, mentions, sentence_starts) or topic
    if names_unknown_treatment(sent[:max(claim.start - sent.start, 0)], strict.descriptors):
        return None
    reach = LOOKBACK_SENTENCES if any(t.lower_ in strict.anaphors for t in sent) else 1
    return _recent(sent, mentions, sentence_starts, reach) or _section_treatment(sent, mentions, sentence_starts)


def _recent(sent: Span, mentions: MentionIndex, sentence_starts: np.ndarray,
            reach: int = LOOKBACK_SENTENCES) -> str | None:
    """The treatment named last in the `reach` sentences before `sent`."""
    last = mentions.last_before(sent.start)
    if last is not None:
        sentences_back = int(np.searchsorted(sentence_starts, sent.start) - np.searchsorted(sentence_starts, last.end))
        if sentences_back <= reach:
            return last.label_
    return None


def _section_treatment(sent: Span, mentions: MentionIndex, sentence_starts: np.ndarray) -> str | None:
    """The treatment the section's heading names: the nearest heading-like block before `sent`
    (short, with no sentence punctuation at its end) that names one. A heading that names a
    kind of treatment the facts do not know ("Facials") opens a section about it: the walk
    stops there rather than reach the section before."""
    doc = sent.doc
    words, last = sentence_words(doc, sentence_starts)  # the blocks' shapes, without making their tokens
    for i in range(int(np.searchsorted(sentence_starts, sent.start)) - 1, -1, -1):
        if not words[i] or words[i] > HEADING_WORDS or doc[last[i]].text in ".!;,:":
            continue
        start = int(sentence_starts[i])
        end = int(sentence_starts[i + 1]) if i + 1 < len(sentence_starts) else len(doc)
        named = mentions.within(start, end)
        if named:
            return named[0].label_
        if any(t.lower_ in TREATMENT_NOUNS for t in doc[start:end] if not t.is_space):
            return None
    return None


def names_unknown_treatment(subject: Span, descriptors: frozenset[str]) -> bool:
    """Does the start of a sentence, up to the claim, name a treatment the knowledge
    base does not know ("Red light therapy has been FDA approved")?

    A treatment noun in subject position (its first few words) after a naming
    word (not "our", "this", nor a word that describes the use: "scalp
    treatment") is a named treatment: the claim is about it, not the page's.
    """
    tokens = list(subject[:SUBJECT_WORDS])
    return any(t.lower_ in TREATMENT_NOUNS and i > 0 and tokens[i - 1].is_alpha
               and tokens[i - 1].lower_ not in NOT_NAMES and tokens[i - 1].lower_ not in descriptors
               for i, t in enumerate(tokens))


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


def _outside_apposition(before: list[Span], claim: Span) -> Span:
    """The last mention before the claim, unless it sits in an apposition that describes an
    earlier one: in "Ozempic, a lower-dose version of semaglutide, is FDA-approved" the claim
    is about Ozempic."""
    doc = claim.doc
    last = before[-1]
    for subject in before[:-1]:
        between = doc[subject.end:claim.start]
        commas = [t.i for t in between if t.text == ","]
        if (len(between) > 2 and between[0].text == "," and between[1].lower_ in APPOSITION_OPENERS
                and len(commas) == 2 and commas[1] >= last.end):
            return subject
    return last


def _nearest(claim: Span, mentions: list[Span]) -> Span | None:
    """The mention the claim is most likely about without a parser, if any.

    Subjects come first in English, so the nearest mention before the claim
    wins; a mention inside the claim ("from your own stem cells") is what the
    claim says, not whom it is about, so it counts only when nothing else does.
    A mention after a contrast is the other side of it ("many peptides are
    FDA-approved, but BPC-157 is not"), never the claim's subject.
    """
    before = [m for m in mentions if m.end <= claim.start]
    if before:
        return _outside_apposition(before, claim)
    after = [m for m in mentions if m.start >= claim.end]
    if after:
        doc = claim.doc
        return None if any(t.lower_ in CONTRASTS for t in doc[claim.end:after[0].start]) else after[0]
    return mentions[0]
