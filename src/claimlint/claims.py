"""The `claimlint` spaCy component: claim spans with their context.

Add it to any English pipeline (`nlp.add_pipe("claimlint")`, after
`claimlint_sentences` or a parser) and read `doc.spans["claims"]`: each span
is labelled with its rule id and carries `span._.assertion` (asserted,
negated, hedged, question, hypothetical) and `span._.treatment` (a
treatments.yaml id or None). `doc.spans["treatments"]` holds the mentions and
`doc._.page_matches` the rule ids whose page conditions matched.
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from claimlint.context import ContextTriggers, assertion_of
from claimlint.loader import RuleSet, load_ruleset
from claimlint.treatments import TreatmentMentions, attribute, page_topic

PAGE_HAS, PAGE_UNLESS = "#page-has", "#unless"

for _name in ("assertion", "treatment"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("page_matches"):
    Doc.set_extension("page_matches", default=None)


class ClaimFinder:
    """Matches every rule's patterns, then attributes and contextualises each claim."""

    def __init__(self, nlp: Language, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self.mentions = TreatmentMentions(nlp.make_doc, ruleset.treatments, nlp.vocab)
        self.context = ContextTriggers(nlp.vocab, ruleset.context, ruleset.vocabulary)
        self.matcher = Matcher(nlp.vocab)
        for rule in ruleset.rules:
            self.matcher.add(rule.id, list(rule.compiled))
            if rule.compiled_unless:
                self.matcher.add(rule.id + PAGE_UNLESS, list(rule.compiled_unless))
            if rule.compiled_page_has:
                self.matcher.add(rule.id + PAGE_HAS, list(rule.compiled_page_has))

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.mentions(doc)
        doc.spans["treatments"] = mentions
        claims, page = self._match(doc)
        topic = page_topic(mentions)
        triggers, terminators = self.context.find(doc) if claims else ([], [])
        for claim in claims:
            claim._.treatment = attribute(claim, mentions, topic)
            rule = self.ruleset.rule(claim.label_)
            claim._.assertion = assertion_of(claim, triggers, terminators, bool(rule and rule.own_negation))
        doc.spans["claims"] = claims
        doc._.page_matches = page
        return doc

    def _match(self, doc: Doc) -> tuple[list[Span], set[str]]:
        by_rule: dict[str, list[Span]] = {}
        page: set[str] = set()
        strings = doc.vocab.strings
        for key, start, end in self.matcher(doc):
            label = strings[key]
            if "#" in label:
                page.add(label)
                continue
            if end <= doc[start].sent.end:  # a claim never crosses a sentence or block
                by_rule.setdefault(label, []).append(Span(doc, start, end, label=label))
        claims = [s for spans in by_rule.values() for s in _merge_adjacent(spans)]
        return sorted(claims, key=lambda s: (s.start, s.end, s.label_)), page


def _merge_adjacent(spans: list[Span], gap: int = 0) -> list[Span]:
    """One clause, one claim: overlapping or touching matches of a rule in a sentence join.

    "promote hair growth by stimulating follicle cells" is one promise, not two,
    and "derived from your own" + "your own blood" is "derived from your own blood".
    """
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        last = merged[-1] if merged else None
        if last is not None and span.start - last.end <= gap and span.sent.start == last.sent.start:
            merged[-1] = Span(span.doc, last.start, max(last.end, span.end), label=last.label)
        else:
            merged.append(span)
    return merged


@Language.factory("claimlint", default_config={"config_path": None, "discover_config": False})
def make_claim_finder(nlp: Language, name: str, config_path: Optional[str], discover_config: bool) -> ClaimFinder:
    """`config_path`: a .claimlint.yaml or pyproject.toml; None uses the built-in rules."""
    return ClaimFinder(nlp, load_ruleset(config_path, discover_config))
