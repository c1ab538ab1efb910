"""The `claimlint` spaCy component: claim spans with their context.

Add it to any English pipeline (`nlp.add_pipe("claimlint")`, after
`claimlint_sentences` or a parser) and read `doc.spans["claims"]`: each span
is labelled with its rule id and carries `span._.assertion` (asserted,
negated, hedged, question, hypothetical, attributed) and `span._.treatment` (a
treatments.yaml id or None). `doc.spans["treatments"]` holds the mentions and
`doc._.page_matches` the page conditions that matched (of rules with claims).
"""
from __future__ import annotations

import re
from typing import Optional

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from claimlint.context import (LABEL_MARKS, LEAD_IN_ITEMS, NEGATIONS, SHORT_ITEM, ContextTriggers, Found, Trigger,
                               answer_assertion, assertion_of, label_assertion, lead_in_assertion,
                               triggers_by_sentence)
from claimlint.lemmas import forms
from claimlint.loader import RuleSet, load_ruleset
from claimlint.sentences import Sentences, ends_block, sentence_bounds
from claimlint.classmatch import ClassMatcher, WordClasses
from claimlint.patterns import TokenPattern
from claimlint.treatments import Attribution, MentionIndex, SubjectFinder, TreatmentMentions, attribute, page_topic

PAGE_HAS, PAGE_UNLESS = "#page-has", "#unless"
LEAD_IN = "#lead-in"  # a list lead-in whose items are the rule's claims
ANSWER = "#answer-"  # a question whose bare yes or no answer is the rule's claim
UNLESS_SENTENCE = "#unless-sentence"  # a phrase that, in a claim's sentence, answers the rule's concern
ANSWER_WORDS = {"affirmed": frozenset({"yes", "absolutely", "definitely", "certainly", "yep", "of course"}),
                "denied": frozenset({"no", "nope", "never", "none", "not at all"})}
FAQ_LABEL = re.compile(r"(?:a\d*|answer)[.:]?", re.IGNORECASE)  # "A:", "A6:", "Answer:", "A."
OWN_NEGATION = "#own-negation"  # the patterns of a rule that spell out a negation word
# Words before the subject that opens a background sentence: "Chronic inflammation can ...".
BACKGROUND_OPENERS = frozenset({"the", "a", "an", "your", "chronic", "healthy", "damaged", "injured", "natural"})
PRONOUNS = frozenset({"it", "they", "this", "these", "that", "those"})  # in a background sentence, its subject
DETERMINERS = frozenset({"our", "the", "this", "these", "your", "a", "an"})
# Claims whose verdict rests on one treatment's facts: their treatment is never guessed.
FACT_CATEGORIES = frozenset({"regulatory-status", "source-provenance", "invasiveness"})

for _name in ("assertion", "treatment"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("page_matches"):
    Doc.set_extension("page_matches", default=None)


class ClaimFinder:
    """Matches every rule's patterns, then attributes and contextualises each claim."""

    def __init__(self, nlp: Language, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.parser: Language | None = None  # a model's pipeline, for the subject of a claim (lint.pipeline)
        self.mentions = TreatmentMentions(ruleset.alias_words,
                                          {tid: t.page_names for tid, t in ruleset.treatments.items()})
        self.strict = Attribution(_forms(ruleset.vocabulary, ("subject",)),
                                  _forms(ruleset.vocabulary, ("outcome", "body", "condition", "use", "subject")))
        self.context, self.matcher, self.page_matcher = _matchers(nlp.vocab, ruleset)
        self.physiology = _forms(ruleset.vocabulary, ("physiology",))
        self.item_words = _forms(ruleset.vocabulary, ("outcome", "condition", "problem", "body", "better_result"))

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.mentions(doc)
        doc.spans["treatments"] = mentions
        claims, page, negating, answers = self._match(doc)
        topic = page_topic(mentions)
        doc.spans["claims"] = claims  # the context matcher searches only the claims' sentences (and lead-ins)
        found = self.context.find(doc) if claims else Found([], [], [])
        claims = [c for c in claims if not _exempted(c, found.exempt, negating)]
        doc.spans["claims"] = claims
        bounds = sentence_bounds(doc)
        index = MentionIndex(mentions, SubjectFinder(self.parser) if self.parser else None)
        by_sentence = triggers_by_sentence(found.triggers, bounds[0])
        sentences = Sentences(doc, bounds)
        claim_sentences = sentences.of([c.start for c in claims])
        for claim, sent in zip(claims, claim_sentences):
            label = claim.label_
            rule = self.ruleset.rule(label)
            treatment = attribute(claim, sent, index, topic, bounds[0],
                                  self.strict if rule is not None and rule.category in FACT_CATEGORIES else None)
            claim._.treatment = treatment
            owns = bool(rule and rule.own_negation) or _contains_any(claim, negating)
            assertion = self._assertion(claim, sent, bounds, by_sentence, found, owns, _contains_any(claim, answers))
            if assertion == "asserted" and (self._about_comparator(label, treatment, topic, index, sent)
                                            or self._background(claim, sent, index)):
                assertion = "attributed"
            claim._.assertion = assertion
        doc.spans["claims"] = _join_repeats(claims, claim_sentences, self.ruleset)
        doc._.page_matches = page
        return doc

    @staticmethod
    def _assertion(claim: Span, sent: Span, bounds: tuple[np.ndarray, np.ndarray],
                   by_sentence: dict[int, list[Trigger]], found: Found, owns: bool, answers: bool) -> str:
        """The claim's own sentence decides first; a list's lead-in, a label's body and a
        question's answer only qualify a claim its sentence left asserted."""
        triggers = by_sentence.get(sent.start, [])
        assertion = assertion_of(claim, sent, triggers, found.terminators, owns)
        if assertion == "asserted":
            assertion = lead_in_assertion(claim.doc, sent, bounds, by_sentence, found.terminators)
        if assertion == "asserted":
            assertion = label_assertion(claim, sent, triggers, found.terminators)
        if assertion == "asserted" and answers:
            assertion = answer_assertion(triggers)
        return assertion

    def _background(self, claim: Span, sent: Span, index: MentionIndex) -> bool:
        """A sentence that opens on the body's own parts or chemistry, or on a habit, and names no
        treatment ("Ligaments help stabilise joints", "Alcohol makes you lose fluids") tells how the
        body works, not what the treatment does."""
        before = sent[:claim.start - sent.start]
        mark = next((t.i for t in before[:5] if t.text in LABEL_MARKS), None)  # "Bone protection: they ..."
        words = [t for t in before if not (t.is_space or t.is_punct) and (mark is None or t.i > mark)]
        k = next((k for k, t in enumerate(words[:3]) if t.lower_ not in BACKGROUND_OPENERS), None)
        if k is None or words[k].lower_ not in self.physiology or index.within(sent.start, sent.end):
            return False
        head = words[k]
        if head.i + 1 < sent.end and head.nbor().lower_ in self.strict.anaphors:  # "Hormone pellets", "muscle therapy"
            return False
        return not any(t.lower_ in self.strict.anaphors and t.lower_ not in PRONOUNS and t.i > sent.start
                       and t.doc[t.i - 1].lower_ in DETERMINERS for t in sent)  # "... with our cryotherapy"

    def _about_comparator(self, label: str, tid: str | None, topic: str | None, index: MentionIndex,
                          sent: Span) -> bool:
        """An efficacy statement (a claim of rule `label` about treatment `tid`) about an approved
        drug the page names beside its own treatment."""
        if tid is None or tid == topic or label != "efficacy-as-fact":
            return False
        if not any(m.label_ == tid for m in index.within(sent.start, sent.end)):
            return False
        treatment = self.ruleset.treatments.get(tid)
        return treatment is not None and "approved" in treatment.statuses_for(frozenset())

    def _match(self, doc: Doc) -> tuple[list[Span], set[str], list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        """Claims by rule, the page conditions (only those of rules with claims are looked for),
        the matches whose pattern spells out a negation ("cannot match", "will never need"), and
        the answers to questions ("Is it safe?" then "Yes.")."""
        by_rule: dict[str, list[tuple[int, int, int]]] = {}  # rule -> (sentence, start, end) of each match
        negating: list[tuple[str, int, int]] = []
        asked: list[tuple[str, int, int, int]] = []  # (rule, sentence, start, end) of each answer
        answered: set[tuple[str, int]] = set()  # (rule, sentence) of each `unless_sentence_has` match
        strings = doc.vocab.strings
        starts, ends = sentence_bounds(doc)
        matches = self.matcher(doc)
        sentences = (np.searchsorted(starts, [start for _, start, _ in matches], side="right") - 1).tolist()
        sentence_ends = ends.tolist()
        for (key, start, end), sent in zip(matches, sentences):
            if end <= sentence_ends[sent]:  # a claim never crosses a sentence or block
                label = strings[key]
                if label.endswith(LEAD_IN):
                    label = label.removesuffix(LEAD_IN)
                    by_rule.setdefault(label, []).extend(self._list_items(doc, sent, end, starts, ends))
                    continue
                if label.endswith(UNLESS_SENTENCE):
                    answered.add((label.removesuffix(UNLESS_SENTENCE), sent))
                    continue
                if ANSWER in label:
                    label, kind = label.split(ANSWER)
                    answer = self._answer(doc, sent, end, starts, ends, kind)
                    if answer is not None:
                        asked.append((label, *answer))
                    continue
                if label.endswith(OWN_NEGATION):
                    label = label.removesuffix(OWN_NEGATION)
                    negating.append((label, start, end))
                by_rule.setdefault(label, []).append((sent, start, end))
        kept = _said_once(asked, by_rule)
        for label, k, s, e in kept:
            by_rule.setdefault(label, []).append((k, s, e))
        by_rule = _unanswered(by_rule, answered) if answered else by_rule
        answers = [(label, s, e) for label, _, s, e in kept]
        negating += answers  # "No, it doesn't hurt" says the claim
        # spans are made for the merged claims only: a Span costs more than the tuple it replaces
        claims = [Span(doc, s, e, label=label) for label, found in by_rule.items() for s, e in _merge_adjacent(found)]
        wanted = {rule + suffix for rule in by_rule for suffix in (PAGE_HAS, PAGE_UNLESS)}
        page = {strings[key] for key, start, end in self.page_matcher(doc, keys=wanted)
                if not _inside_own_claim(strings[key], start, end, by_rule)} if wanted else set()
        return sorted(claims, key=lambda s: (s.start, s.end, s.label_)), page, negating, answers

    @staticmethod
    def _answer(doc: Doc, sent: int, end: int, starts: np.ndarray, ends: np.ndarray,
                kind: str) -> tuple[int, int, int] | None:
        """The answer to a question that ends at `end`, as (sentence, start, end), when it opens
        with the expected word: "Is it safe?" then "Yes." claims safety, "Does it hurt?" then
        "No, most patients feel a pinch." claims painlessness; "Yes, when ..." keeps its own hedges."""
        if not _closes(doc, end, int(ends[sent]), "?"):
            return None
        k = next((k for k in range(sent + 1, len(starts)) if not doc[int(starts[k]):int(ends[k])].text.isspace()), None)
        if k is None:
            return None
        words = _without_faq_label([t for t in doc[int(starts[k]):int(ends[k])] if not t.is_space])
        opening = {" ".join(t.lower_ for t in words[:n]) for n in (1, 2, 3)}  # "No", "Of course", "Not at all"
        if not words or opening.isdisjoint(ANSWER_WORDS[kind]):
            return None
        last = next(t for t in reversed(words) if not t.is_punct)  # the answer word itself is a word
        return k, words[0].i, last.i + 1

    def _list_items(self, doc: Doc, sent: int, end: int, starts: np.ndarray,
                    ends: np.ndarray) -> list[tuple[int, int, int]]:
        """The items a lead-in ending at its colon, its question or its heading's end introduces,
        as (sentence, start, end).

        "IPL improves the look of:" then "Age spots", "Rosacea", or "Who benefits from ketamine?"
        then "Treatment-resistant depression", or the heading "Benefits of Chiropractic Care" then
        "Back pain": each item completes the lead-in's claim. Items are
        the short blocks right after it that name an outcome, a condition or a part of the body;
        the list ends at the first block that is long, asks, opens a list of its own or names none
        ("Aftercare", the next heading).
        """
        lead_in = doc[int(starts[sent]):int(ends[sent])]
        if not (_closes(doc, end, lead_in.end, ":?") or _ends_heading(doc, end, lead_in)):
            return []
        items: list[tuple[int, int, int]] = []
        for k in range(sent + 1, len(starts)):
            item = doc[int(starts[k]):int(ends[k])]
            if item.text.isspace():  # the block break after a question is a sentence of its own
                continue
            words = [t for t in item if not (t.is_space or t.is_punct)]
            if (len(items) == LEAD_IN_ITEMS or not words or len(words) > SHORT_ITEM or not ends_block(item)
                    or item.text.rstrip()[-1:] in ":?" or not any(t.lower_ in self.item_words for t in words)):
                break
            items.append((k, words[0].i, words[-1].i + 1))
        return items


def _matchers(vocab: Vocab, ruleset: RuleSet) -> tuple[ContextTriggers, ClassMatcher, ClassMatcher]:
    """The context triggers, the rules' matcher and the page conditions' matcher, compiled.

    Compiling every pattern's word tests costs more than linting a page, so the compiled
    matchers are cached beside the rule set they were compiled from, under its key (the
    fingerprint of the rules, config, claimlint's source and spaCy's version, cache.py).
    A rule set without a key (not loaded through `load_ruleset`) is compiled every time.
    """
    from claimlint import cache

    if not ruleset.key:
        return _compile_matchers(vocab, ruleset)
    found = cache.cached("matchers", ruleset.key, lambda: _compile_matchers(vocab, ruleset))
    for matcher in found:
        matcher.attach(vocab)  # a matcher from an earlier run knows no vocabulary; a new one keeps its own
    return found


def _compile_matchers(vocab: Vocab, ruleset: RuleSet) -> tuple[ContextTriggers, ClassMatcher, ClassMatcher]:
    words = WordClasses(vocab)  # one classification of each word, shared by the three matchers
    context = ContextTriggers(vocab, ruleset.context, ruleset.vocabulary, limit=_claim_starts, classes=words)
    entries = [entry for rule in ruleset.rules for entry in _by_negation(rule.id, rule.compiled)]
    entries += [(rule.id + LEAD_IN, list(rule.compiled_lead_ins)) for rule in ruleset.rules if rule.compiled_lead_ins]
    entries += [(rule.id + ANSWER + kind, list(questions)) for rule in ruleset.rules
                for kind, questions in rule.compiled_answers]
    entries += [(rule.id + UNLESS_SENTENCE, list(rule.compiled_unless_sentence)) for rule in ruleset.rules
                if rule.compiled_unless_sentence]
    page = [(rule.id + PAGE_UNLESS, list(rule.compiled_unless)) for rule in ruleset.rules if rule.compiled_unless]
    page += [(rule.id + PAGE_HAS, list(rule.compiled_page_has)) for rule in ruleset.rules if rule.compiled_page_has]
    return (context, ClassMatcher(vocab, entries, classes=words),
            ClassMatcher(vocab, page, whole_doc=_whole_page, classes=words))


def _whole_page(key: str) -> bool:
    """Page conditions are matched across the whole page."""
    return True


def _said_once(asked: list[tuple[str, int, int, int]],
               by_rule: dict[str, list[tuple[int, int, int]]]) -> list[tuple[str, int, int, int]]:
    """The answers whose claim the copy does not state again in the answer or the sentence after
    it: "Absolutely. Ketamine is 100% safe" is one claim."""
    return [(label, k, s, e) for label, k, s, e in asked
            if not any(sent in (k, k + 1) for sent, _, _ in by_rule.get(label, ()))]


def _unanswered(by_rule: dict[str, list[tuple[int, int, int]]],
                answered: set[tuple[str, int]]) -> dict[str, list[tuple[int, int, int]]]:
    """The matches whose sentence does not answer their rule's concern: "patients lose an average
    of 15%" states the typical result that "patients lose 15%" leaves out."""
    kept = {label: [m for m in found if (label, m[0]) not in answered] for label, found in by_rule.items()}
    return {label: found for label, found in kept.items() if found}


def _contains_any(claim: Span, ranges: list[tuple[str, int, int]]) -> bool:
    return any(label == claim.label_ and claim.start <= s and e <= claim.end for label, s, e in ranges)


def _join_repeats(claims: list[Span], claim_sentences: list[Span], ruleset: RuleSet) -> list[Span]:
    """One sentence that says a rule's claim twice is one claim: "Boost Collagen: PRP stimulates
    collagen" or "PRP stimulates collagen, which leads to firmer skin" reports once, from the
    first asserted claim to the end of the last, as the copywriter rewrites the sentence, not
    each phrase; the rule's hedged claims inside that span go with it. Rules that check one
    treatment's facts (`when`) keep each claim, whose treatment may differ."""
    out: list[Span] = []
    head: dict[tuple[str, int], int] = {}  # (rule, sentence start) -> index in `out` of its first asserted claim
    joined_at: set[int] = set()
    for claim, sent in zip(claims, claim_sentences):
        rule = ruleset.rule(claim.label_)
        key = (claim.label_, sent.start)
        joinable = claim._.assertion == "asserted" and rule is not None and not rule.when
        if not joinable or key not in head:
            if joinable:
                head[key] = len(out)
            out.append(claim)
            continue
        first = out[head[key]]
        joined = Span(claim.doc, first.start, max(first.end, claim.end), claim.label_)
        joined._.assertion, joined._.treatment = "asserted", first._.treatment or claim._.treatment
        out[head[key]] = joined
        joined_at.add(head[key])
    spans = [out[i] for i in joined_at]
    return [c for i, c in enumerate(out) if i in joined_at
            or not any(s.label_ == c.label_ and s.start <= c.start and c.end <= s.end for s in spans)]


def _without_faq_label(words: list[Token]) -> list[Token]:
    """An answer's words after its FAQ label, so "A6: Absolutely." and "The short answer: yes."
    answer like "Absolutely." and "Yes."."""
    if len(words) > 1 and FAQ_LABEL.fullmatch(words[0].text):
        if words[1].text == ":":
            return words[2:]
        if words[0].text[-1] in ".:":
            return words[1:]
    colon = next((i for i, t in enumerate(words[:4]) if t.text == ":"), None)
    if colon and words[colon - 1].lower_ == "answer":
        return words[colon + 1:]
    return words


def _closes(doc: Doc, end: int, sent_end: int, marks: str) -> bool:
    """Does the match end with one of `marks` and nothing but space after it in its sentence?"""
    return doc[end - 1].text in marks and _only_space(doc, end, sent_end)


def _ends_heading(doc: Doc, end: int, sent: Span) -> bool:
    """Does the match run to the last word of a heading: a sentence that ends its block with no
    punctuation?"""
    return doc[end - 1].is_alpha and _only_space(doc, end, sent.end) and ends_block(sent)


def _only_space(doc: Doc, start: int, end: int) -> bool:
    return all(t.is_space for t in doc[start:end])


def _by_negation(rule_id: str, patterns: tuple[TokenPattern, ...]) -> list[tuple[str, list[TokenPattern]]]:
    """A rule's patterns in two groups: a word a pattern spells out is the claim's content, so a
    negation it names ("no one will tell", "cannot match") says the claim, not a disclosure."""
    plain: list[TokenPattern] = []
    negating: list[TokenPattern] = []
    for pattern in patterns:
        (negating if any(_words_of(slot) & NEGATIONS for slot in pattern) else plain).append(pattern)
    return [(key, group) for key, group in ((rule_id, plain), (rule_id + OWN_NEGATION, negating)) if group]


def _words_of(slot: dict) -> frozenset[str]:
    value = slot.get("LOWER")
    if isinstance(value, str):
        return frozenset((value,))
    return frozenset(value["IN"]) if isinstance(value, dict) else frozenset()


def _merge_adjacent(matches: list[tuple[int, int, int]], gap: int = 0) -> list[tuple[int, int]]:
    """One clause, one claim: overlapping or touching matches (sentence, start, end) of a rule in
    a sentence join, as (start, end).

    "promote hair growth by stimulating follicle cells" is one promise, not two,
    and "derived from your own" + "your own blood" is "derived from your own blood".
    """
    merged: list[tuple[int, int, int]] = []
    for sent, start, end in sorted(matches, key=lambda match: match[1]):
        if merged and start - merged[-1][2] <= gap and sent == merged[-1][0]:
            merged[-1] = (sent, merged[-1][1], max(merged[-1][2], end))
        else:
            merged.append((sent, start, end))
    return [(start, end) for _, start, end in merged]


def _inside_own_claim(key: str, start: int, end: int, by_rule: dict[str, list[tuple[int, int, int]]]) -> bool:
    """A page condition never rests on the rule's own claim: "no needles" does not describe needles."""
    rule = key.removesuffix(PAGE_HAS).removesuffix(PAGE_UNLESS)
    return any(s <= start and end <= e for _, s, e in by_rule.get(rule, ()))


def _forms(vocabulary: dict[str, list[str]], names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(form for name in names for word in vocabulary.get(name, []) for form in forms(word))


def _exempted(claim: Span, exempt: list[tuple[int, int]], negating: list[tuple[str, int, int]]) -> bool:
    """Is the claim part of a phrase that is never a claim ("the best option for you")? A harm
    named inside a claim that denies it ("without causing damage") is what the claim says."""
    overlapping = [(s, e) for s, e in exempt if s < claim.end and claim.start < e]
    if overlapping and _contains_any(claim, negating):
        return any(s < claim.start or e > claim.end for s, e in overlapping)
    return bool(overlapping)


def _claim_starts(doc: Doc) -> np.ndarray:
    """Where context can matter: the first token of each claim's sentence and of the
    LEAD_IN_ITEMS sentences before it (where a list's lead-in may be)."""
    starts, _ = sentence_bounds(doc)
    claims = np.searchsorted(starts, [claim.start for claim in doc.spans["claims"]], side="right") - 1
    before = (claims[:, None] - np.arange(LEAD_IN_ITEMS + 1)).ravel()
    return starts[before[before >= 0]]


@Language.factory("claimlint", default_config={"config_path": None, "discover_config": False})
def make_claim_finder(nlp: Language, name: str, config_path: Optional[str], discover_config: bool) -> ClaimFinder:
    """`config_path`: a .claimlint.yaml or pyproject.toml; None uses the built-in rules."""
    return ClaimFinder(nlp, load_ruleset(config_path, discover_config))
