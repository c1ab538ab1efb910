"""Context decides: assertions, treatment facts and conflicts, attribution, page-level rules."""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimlint import lint_text
from claimlint.lint import pipeline


def claims(text: str) -> list[tuple[str, str, str, str | None]]:
    """(rule, text, assertion, treatment) for every candidate claim spaCy finds."""
    doc = pipeline(None)(text)
    return [(c.label_, c.text, c._.assertion, c._.treatment) for c in doc.spans["claims"]]


def findings(text: str, path: str = "page.txt", config: str | None = None) -> list[tuple[str, str, str]]:
    return [(f.rule, f.text, f.severity) for f in lint_text(text, path=path, config=config)]


@pytest.mark.parametrize(("text", "claim", "assertion"), [
    ("Our exosome facial has no side effects.", "no side effects", "asserted"),
    ("Exosome-based treatments aren't FDA-approved yet.", "FDA-approved", "negated"),
    ("Exosome therapy is not a cure for hair loss.", "a cure for", "negated"),
    ("There is no guarantee that every patient will see results.", "guarantee", "negated"),
    ("Exosomes may stimulate hair growth in some patients.", "Exosomes may stimulate hair growth", "hedged"),
    ("Early research indicates that PRP has been shown to help.", "has been shown to help", "hedged"),
    ("Is the treatment completely safe?", "completely safe", "question"),
    ('Slide 1: "Can stem cells fix my back?"', "stem cells fix my back", "question"),
    ("If you want permanent results, ask about a transplant.", "permanent results", "hypothetical"),
])
def test_context_assertion_of_each_kind(text: str, claim: str, assertion: str) -> None:
    found = {(c[1], c[2]) for c in claims(text)}
    assert (claim, assertion) in found, claims(text)


@pytest.mark.parametrize("text", [
    "Exosomes have not yet received FDA approval.",   # "yet" ends a clause, but not in "not yet"
    "Exosomes are not yet FDA approved.",
    "Exosomes have yet to receive FDA approval.",
    "Stem cell products need FDA approval before a clinic may sell them.",
    "Exosome products require FDA approval.",
    "Exosomes lack FDA approval.",
    "Exosomes are pending FDA approval.",
])
def test_a_status_not_yet_had_needed_or_missing_is_a_disclosure(text: str) -> None:
    assert findings(text) == []


def test_a_status_needed_still_lets_an_exemption_claim_through() -> None:
    """Only the approval a sentence says is missing is negated, not a claim that none is needed."""
    assert findings("Our exosome treatment does not require FDA approval.") == [
        ("exempt-from-fda", "does not require FDA", "error")]
    assert findings("Exosomes are gentle yet effective, and they are FDA approved.") == [
        ("fda-approved-conflict", "FDA approved", "error")]


@pytest.mark.parametrize("text", [
    "Avoid providers who say there are no side effects.",
    "No one can promise you will never lose hair again.",
    "We cannot guarantee you will never need another session.",
    "Nobody can guarantee that you will have no side effects.",
])
def test_a_warning_or_a_refused_promise_governs_a_claim_that_opens_with_its_own_negation(text: str) -> None:
    assert findings(text) == []


def test_a_list_of_negations_still_claims_each_item() -> None:
    """A bare "no" before a claim that opens with its own "no" is the list's, not a disclosure."""
    assert findings("No chemicals and no side effects.") == [("no-side-effects", "no side effects", "error")]
    assert findings("We promise you will never lose hair again.") == [
        ("guaranteed-results", "never lose hair again", "error")]


def test_context_pseudo_trigger_does_not_negate() -> None:
    # "not only" looks like a negation but is not one
    assert ("no side effects", "asserted") in {(c[1], c[2]) for c in claims(
        "Not only is it fast, it has no side effects.")}


def test_context_terminator_ends_the_scope() -> None:
    text = "Exosomes may feel new, but they are completely safe."
    assert ("completely safe", "asserted") in {(c[1], c[2]) for c in claims(text)}


def test_context_answer_to_a_question_heading_is_a_claim() -> None:
    text = "Is the Treatment Safe?\n\nYes, the treatment is completely safe."
    result = findings(text)
    assert [r for r in result if r[0] == "completely-safe"] == [
        ("completely-safe", "Yes, the treatment is completely safe", "error")]


def test_context_hedged_efficacy_is_reported_as_advice() -> None:
    assert findings("Exosomes may help stimulate hair growth.") == [
        ("efficacy-as-fact", "Exosomes may help stimulate hair growth", "info")]


@pytest.mark.parametrize(("text", "rule"), [
    ("Our FDA-approved exosome therapy regrows hair.", "fda-approved-conflict"),
    ("Compounded semaglutide is approved by the FDA.", "fda-approved-conflict"),
    ("Dutasteride is FDA-approved for hair loss.", "fda-approved-conflict"),
    ("The laser cap is FDA-approved for hair growth.", "approved-device-only-cleared"),
    ("Our exosomes come from an FDA-registered lab.", "implied-fda-endorsement"),
    ("Exosomes are derived from your own cells.", "own-cells-conflict"),
    ("Exosome injections are non-invasive.", "non-invasive-conflict"),
    ("Stem cells treat arthritis without surgery.", "unapproved-treats-condition"),
])
def test_conflict_rules_fire_when_the_facts_disagree(text: str, rule: str) -> None:
    assert rule in {r for r, _, _ in findings(text)}


@pytest.mark.parametrize("text", [
    "Topical minoxidil is FDA-approved for pattern hair loss.",
    "Wegovy is FDA-approved for chronic weight management.",
    "The HairMax laser cap is FDA-cleared for androgenetic alopecia.",
    "PRP is prepared from your own blood.",
    "The laser cap is non-invasive and used at home.",
    "Finasteride is approved for male pattern hair loss.",
    "Minoxidil tablets are FDA-approved for severe high blood pressure.",
])
def test_conflict_rules_pass_true_statements(text: str) -> None:
    assert findings(text) == []


def test_attribution_uses_the_treatment_of_an_earlier_sentence() -> None:
    text = "Our exosome serum is applied after microneedling. It is FDA-approved."
    doc_claims = claims(text)
    assert ("fda-approved-conflict", "FDA-approved", "asserted", "microneedling") in doc_claims
    text = "Exosome therapy is our most requested service. It is FDA-approved and gentle."
    assert ("fda-approved-conflict", "FDA-approved", "asserted", "exosomes") in claims(text)


def test_attribution_falls_back_to_the_page_topic() -> None:
    text = "PRP at Lumen\n\nWe love PRP. PRP is popular.\n\nA quick note.\n\nOne more line.\n\nDerived from your own blood."
    assert ("own-cells-conflict", "Derived from your own blood", "asserted", "prp") in claims(text)


def test_attribution_prefers_the_subject_over_a_mention_inside_the_claim() -> None:
    assert "own-cells-conflict" in {r for r, _, _ in findings("Our exosomes are harvested from your own stem cells.")}


def test_page_rule_typicality_disclaimer_lowers_severity() -> None:
    claim = "My crown filled in completely in two months."
    assert ("results-without-typicality", "My crown filled", "error") in findings(claim)
    disclaimed = findings(claim + "\n\nResults vary from patient to patient.")
    assert ("results-without-typicality", "My crown filled", "warning") in disclaimed


def test_a_disclaimer_never_raises_a_rule_configured_as_advice(tmp_path) -> None:  # noqa: ANN001
    """A team that sets the rule to `info` keeps it as advice on a page that says "results
    vary": `disclaimed_severity` (warning) lowers a severity, it never raises one."""
    config = tmp_path / ".claimlint.yaml"
    config.write_text("severity: {results-without-typicality: info}\n", encoding="utf-8")
    claim = "My crown filled in completely in two months."

    def typicality(text: str) -> list[tuple[str, str]]:
        return [(t, s) for r, t, s in findings(text, config=str(config)) if r == "results-without-typicality"]

    assert typicality(claim) == [("My crown filled", "info")]
    assert typicality(claim + "\n\nResults vary from patient to patient.") == [("My crown filled", "info")]


def test_a_typical_result_stated_in_the_sentence_answers_the_typicality_rule() -> None:
    """`unless_sentence_has` silences the rule in that sentence only, not on the page."""
    stated = "Most clients lose an average of 9 pounds in the first month."
    assert findings(stated) == []
    assert findings("On average, most clients notice less shedding after three sessions.") == []
    assert findings("Many clients notice less shedding, though a full month is usually needed.") == []
    page = stated + " Most clients notice firmer skin by week three."
    assert findings(page) == [("results-without-typicality", "Most clients notice firmer skin", "error")]


def test_page_rule_contradiction_needs_injection_on_the_page() -> None:
    page = "A non-invasive scalp treatment.\n\nThe serum is injected into the scalp."
    assert "contradicts-invasiveness" in {r for r, _, _ in findings(page)}
    assert findings("A non-invasive scalp treatment you use at home.") == []


def test_findings_carry_assertion_and_treatment() -> None:
    (finding,) = lint_text("Our exosome facial has no side effects.", path="a.txt")
    assert (finding.assertion, finding.treatment, finding.category) == ("asserted", "exosomes", "absolute-safety")


def test_model_that_is_not_installed_is_a_clear_error(run) -> None:  # noqa: ANN001
    result = run("check", "--model", "no_such_pipeline_xyz", "fixtures/unit/clean.md")
    assert result.code == 2
    assert "spaCy model 'no_such_pipeline_xyz' is not installed" in result.err


@pytest.mark.skipif(not __import__("spacy").util.is_package("en_core_web_sm"),
                    reason="en_core_web_sm is not installed (the default pipeline never needs it)")
def test_model_pipeline_finds_the_same_conflicts() -> None:
    (finding,) = lint_text("Our exosome facial has no side effects.", path="a.txt", model="en_core_web_sm")
    assert (finding.rule, finding.treatment) == ("no-side-effects", "exosomes")


PARSED: list[str] = []


@Language.component("claimlint_test_parser")
def _subject_first_parser(doc: Doc) -> Doc:
    """A stand-in parser: the first word is the subject of the first word ending in -ed."""
    PARSED.append(doc.text)
    root = next((t for t in doc if t.text.endswith("ed")), doc[0])
    for token in doc:
        token.head, token.dep_ = root, "dep"
    root.dep_ = "ROOT"
    if doc[0] != root:
        doc[0].dep_ = "nsubjpass"
    return doc


def test_model_parses_only_candidate_sentences_and_picks_the_subject(tmp_path) -> None:  # noqa: ANN001
    model = spacy.blank("en")
    model.add_pipe("claimlint_test_parser")
    model.to_disk(tmp_path / "model")
    text = "Exosomes, unlike PRP, are derived from your own cells. PRP is popular.\n\nBook a visit today."
    assert lint_text(text, path="a.txt") == []  # without a parser: the nearest mention, PRP, is autologous
    PARSED.clear()
    (finding,) = lint_text(text, path="a.txt", model=str(tmp_path / "model"))
    assert (finding.rule, finding.treatment, finding.text) == ("own-cells-conflict", "exosomes", "derived from your own cells")
    assert PARSED == ["Exosomes, unlike PRP, are derived from your own cells."]


def test_config_adds_a_treatment_and_overrides_facts(tmp_path) -> None:  # noqa: ANN001
    config = tmp_path / ".claimlint.yaml"
    config.write_text(
        "treatments:\n"
        "  glowcell:\n"
        "    name: GlowCell serum\n"
        "    aliases: [glowcell, glowcell serum]\n"
        "    kind: biologic\n"
        "    source: allogeneic\n"
        "    routes: [topical, microneedling]\n"
        "    status: [{product: GlowCell, indication: any use, status: not-approved}]\n"
        "  prp:\n"
        "    source: allogeneic\n", encoding="utf-8")
    found = lint_text("GlowCell serum is FDA-approved.\n\nPRP comes from your own blood.", path="a.txt",
                      config=str(config))
    assert [(f.rule, f.treatment, f.line) for f in found] == [
        ("fda-approved-conflict", "glowcell", 1), ("own-cells-conflict", "prp", 3)]
    assert found[0].message == "Calls GlowCell serum FDA-approved, but no approval covers it for this use."
