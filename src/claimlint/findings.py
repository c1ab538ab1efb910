"""Claim spans -> findings: the record every formatter reads.

A claim becomes a finding when its rule fires in its context: the claim's
assertion is one the rule reports (hedged claims may be reported at a lower
severity), the facts of its treatment conflict with what it says (for
conflict rules), and the page conditions hold. Positions are mapped back to
the original file here, once.
"""
from __future__ import annotations

from functools import lru_cache
import re
from typing import TYPE_CHECKING, Callable, NamedTuple

from claimlint.extract import Document, LineIndex
from claimlint.facts import Treatment
from claimlint.loader import RuleSet
from claimlint.ruleset import Condition, Reference, Rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
ONE_STEP_DOWN = {"error": "warning", "warning": "info"}
# Where a claim's own clause ends: the uses named after it up to here are the claim's.
CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")"})
CLAUSE_OPENERS = frozenset({"while", "but", "whereas", "although", "though", "unlike"})


class Finding(NamedTuple):
    """One risky claim, where it is in the original file, and what to do about it."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    rule: str
    category: str
    severity: str
    message: str
    text: str
    suggestions: tuple[str, ...]
    references: tuple[Reference, ...]
    assertion: str
    treatment: str | None
    source_line: str = ""  # the whole line the claim starts on, for display and baselines
    suppressed: str | None = None  # the reason, when an inline directive silenced it

    def as_dict(self) -> dict[str, object]:
        data = self._asdict()
        data["suggestions"] = list(self.suggestions)
        data["references"] = [r._asdict() for r in self.references]
        return data


def findings_for(doc: Doc, document: Document, ruleset: RuleSet, dedupe: bool = True) -> list[Finding]:
    """Every finding in one linted document, in file order.

    With `dedupe`, one span flagged by several rules of one category is
    reported once, by the most severe of them, so a rule shipped as advice never
    hides another rule's error (the rule examples are checked without it).
    """
    from claimlint.claims import PAGE_HAS, PAGE_UNLESS  # here: reading findings back never imports spaCy
    from claimlint.sentences import Sentences, sentence_bounds

    lines = LineIndex(document.source)
    sentences = Sentences(doc, sentence_bounds(doc))
    page = doc._.page_matches or set()
    out: list[Finding] = []
    # Where rules of one category flag the same words, a claim-level rule (which
    # can use the claim's own treatment) speaks before a page-level one.
    for claim in sorted(doc.spans["claims"], key=lambda c: (c.start, c.end, _is_page_rule(ruleset, c.label_), c.label_)):
        rule = ruleset.rule(claim.label_)
        if rule is None or (rule.page_has and rule.id + PAGE_HAS not in page):
            continue
        ext = claim._  # read once: each `claim._` makes an accessor object
        tid, assertion = ext.treatment, ext.assertion
        treatment = ruleset.treatments.get(tid) if tid else None
        severity = _severity(rule, assertion, rule.id + PAGE_UNLESS in page)
        uses, sent = frozenset(), None
        if rule.when:
            sent = sentences.of([claim.start])[0]
            uses = _uses(claim, sent, ruleset)
        if severity is None or not _conflicts(rule.when, treatment, uses,
                                              lambda: _names_skin_breaking(claim, sent, ruleset)):
            continue
        if severity != "info" and treatment is not None and rule.when and rule.when.status_not \
                and not treatment.conflict_confirmed(uses, rule.when.status_not):
            severity = ONE_STEP_DOWN[severity]  # the status conflict rests only on lines marked `confirmed: false`
        out.append(_finding(claim, document, lines, rule, severity, treatment, assertion))
    return sorted(_most_severe(out) if dedupe else out, key=lambda f: (f.start, f.end, f.rule))


def _most_severe(findings: list[Finding]) -> list[Finding]:
    """One finding per span and category: the most severe, the first among equals."""
    kept: dict[tuple[int, int, str], Finding] = {}
    for f in findings:
        key = (f.start, f.end, f.category)
        if key not in kept or SEVERITY_RANK[f.severity] > SEVERITY_RANK[kept[key].severity]:
            kept[key] = f
    return list(kept.values())


def _uses(claim: Span, sent: Span, ruleset: RuleSet) -> frozenset[str]:
    """The uses a claim names ("for hair loss"): approval is per indication.

    The claim's own clause speaks first: in "FDA-approved as an anesthetic, while its use for
    depression is off-label" the approval is for anesthesia. Without a use there, the sentence's.
    """
    end = next((t.i for t in sent.doc[claim.end:sent.end] if t.text in CLAUSE_ENDS or t.lower_ in CLAUSE_OPENERS),
               sent.end)
    return _named_uses(sent.doc[claim.start:end], ruleset) or _named_uses(sent, ruleset)


def _named_uses(tokens: Span, ruleset: RuleSet) -> frozenset[str]:
    """A use word right before a number names a population or a measure, not an indication:
    "approved for ages 12 and up", "adults aged 18 and over" say nothing about anti-aging.
    Nor does a field's label: "Age: tirzepatide is approved for adults"."""
    doc = tokens.doc
    return frozenset(ruleset.uses[t.lower_] for t in tokens if t.lower_ in ruleset.uses
                     and not (t.i + 1 < len(doc) and (doc[t.i + 1].like_num or doc[t.i + 1].text == ":")))


def _is_page_rule(ruleset: RuleSet, rule_id: str) -> bool:
    rule = ruleset.rule(rule_id)
    return bool(rule and (rule.page_has or rule.unless_page_has))


def _severity(rule: Rule, assertion: str, disclaimed: bool) -> str | None:
    """The rule's severity in this context; None when it does not fire.

    A page-level disclaimer (`unless_page_has`) silences the rule or, with
    `disclaimed_severity`, lowers it; it never raises it, so a rule shipped (or configured)
    at `info` stays advice on a page that says "results vary".
    """
    if assertion in rule.assertions:
        severity = rule.severity
    elif assertion == "hedged":
        severity = rule.hedged_severity
    else:
        return None
    if not (disclaimed and severity):
        return severity
    lowered = rule.disclaimed_severity
    return lowered and min(severity, lowered, key=SEVERITY_RANK.__getitem__)


def _conflicts(when: Condition | None, treatment: Treatment | None, uses: frozenset[str],
               names_skin_breaking: Callable[[], bool]) -> bool:
    """Does what the claim says clash with the facts of its treatment, for the use its sentence names?

    With no treatment on file, a route condition still holds when the sentence itself says the
    skin is broken ("non-invasive weight loss with one weekly shot").
    """
    if when is None:
        return True
    if treatment is None:
        return when.missing in ("flag", "only") or (bool(when.routes_any) and names_skin_breaking())
    if when.missing == "only":
        return False
    statuses = treatment.statuses_for(uses)
    if when.status_not and statuses & set(when.status_not):
        return False
    if when.status_any and not statuses & set(when.status_any):
        return False
    if when.source_not and treatment.source in when.source_not:
        return False
    return not when.routes_any or bool(set(treatment.routes) & set(when.routes_any))


def _names_skin_breaking(claim: Span, sent: Span, ruleset: RuleSet) -> bool:
    """Does the claim's sentence, outside the rule's own claims ("no needles"), name a needle, shot or drip?"""
    said = [c for c in claim.doc.spans["claims"] if c.label_ == claim.label_ and sent.start <= c.start < sent.end]
    return any(t.lower_ in ruleset.skin_breaking and not any(c.start <= t.i < c.end for c in said) for t in sent)


def _finding(claim: Span, document: Document, lines: LineIndex, rule: Rule, severity: str,
             treatment: Treatment | None, assertion: str) -> Finding:
    start = document.smap.start(claim.start_char)
    end = max(document.smap.end(claim.end_char), start)
    line, column = lines.position(start)
    end_line, end_column = lines.position(end)
    message, suggestions = _texts(rule.message, rule.suggestions, treatment)
    return Finding(
        path=document.path, line=line, column=column, end_line=end_line, end_column=end_column,
        start=start, end=end, rule=rule.id, category=rule.category, severity=severity,
        message=message, text=document.source[start:end],
        suggestions=suggestions, references=rule.references,
        assertion=assertion, treatment=treatment.id if treatment else None,
        source_line=lines.line_text(line, document.source),
    )


@lru_cache(maxsize=4096)
def _texts(message: str, suggestions: tuple[str, ...], treatment: Treatment | None) -> tuple[str, tuple[str, ...]]:
    """A rule's message and suggestions for a treatment, made once and shared by its findings."""
    facts = _facts(treatment)
    return message.format_map(facts), tuple(s.format_map(facts) for s in suggestions)


class _Facts(dict):
    """Message placeholders; a missing treatment reads as "this treatment"."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _facts(treatment: Treatment | None) -> _Facts:
    if treatment is None:
        return _Facts(treatment="this treatment", Treatment="This treatment", status="no status on file",
                      source="unknown", routes="needles or injection", note="", **_agreement(False))
    name = short_name(treatment.name)
    return _Facts(treatment=name, Treatment=name[:1].upper() + name[1:],
                  status=treatment.status_summary(), source=treatment.source, note=treatment.note,
                  routes=_either(tuple(ROUTE_PHRASES.get(r, r) for r in treatment.routes)),
                  **_agreement(is_plural(name)))


def is_plural(name: str) -> bool:
    """Does a treatment's short name take a plural verb? "NAD+ infusions and injections" does,
    "prolotherapy" and "platelet-rich plasma" do not: the last word decides."""
    words = name.lower().split()
    last = words[-1] if words else ""
    return "and" in words or (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _agreement(plural: bool) -> dict[str, str]:
    """`{is}`, `{has}`, `{it}`, `{its}` and `{them}` in a message or suggestion agree with the treatment name."""
    return {"is": "are" if plural else "is", "has": "have" if plural else "has", "it": "they" if plural else "it",
            "its": "their" if plural else "its", "them": "them" if plural else "it"}


def short_name(name: str) -> str:
    """A treatment's name as a message says it: "botulinum toxin (Botox and other neurotoxins)"
    reads "botulinum toxin"; the full name and the facts are in `explain` and the reports."""
    return _PARENTHESES.sub("", name).strip() or name


_PARENTHESES = re.compile(r"\s*\([^)]*\)")


# How a route reads after "it is given by": "given by iv" read as a typo, "by microneedling" as a loop.
ROUTE_PHRASES = {"iv": "IV infusion", "microneedling": "microneedling needles", "oral": "mouth",
                 "intranasal": "nasal spray", "topical": "application to the skin", "energy": "energy devices"}


def _either(words: tuple[str, ...]) -> str:
    """("injection", "iv", "microneedling") -> "injection, iv or microneedling"."""
    return " or ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)
