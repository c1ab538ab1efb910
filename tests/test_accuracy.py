"""Accuracy on the team's own annotated bench (fixtures/bench), as a regression floor.

The floor sits a little under today's figures (precision 0.94, recall 0.81,
2 of 101 traps flagged) so that a rule change that costs real accuracy fails
the build, while the exact figures are reported by `python -m claimlint.scoring`.
"""
from __future__ import annotations

from pathlib import Path

from claimlint import lint_text
from claimlint.lint import lint_paths
from claimlint.scoring import Span, by_rule, load_gold, score

BENCH = Path(__file__).resolve().parent.parent / "fixtures" / "bench"


def test_accuracy_on_the_bench_stays_above_its_floor() -> None:
    result = score(load_gold(BENCH), lint_paths([str(BENCH / "docs")]).findings)
    assert result.precision >= 0.92, [f"{f.path}:{f.line}: {f.text!r} ({f.rule})" for f in result.false_positives]
    assert result.recall >= 0.77
    assert result.traps_flagged / result.traps <= 0.06


def test_gold_spans_are_exact_substrings() -> None:
    gold = load_gold(BENCH)
    assert len(gold) > 300
    for span in gold:
        text = (BENCH / "docs" / span.doc).read_text(encoding="utf-8")
        assert text[span.start:span.end] == span.text


def test_the_rule_table_counts_a_rule_set_to_advice_but_not_hedged_advice(tmp_path: Path) -> None:
    """`--by-rule` judges every rule at its configured severity: an `info` rule's findings are
    its reports, while another rule's `info` finding is a hedged claim and is not counted."""
    config = tmp_path / ".claimlint.yaml"
    config.write_text("severity: {results-without-typicality: info}\n", encoding="utf-8")
    text = "My migraines stopped completely after two visits. Exosomes may help reduce hair loss."
    findings = lint_text(text, path="page.md", config=str(config))
    assert {(f.rule, f.severity) for f in findings} == {
        ("results-without-typicality", "info"), ("efficacy-as-fact", "info")}
    start = text.index("My migraines")
    gold = [Span("page.md", start, start + len("My migraines stopped"), "risky", ("guaranteed-outcome",), "")]
    assert by_rule(gold, findings) == {}
    assert by_rule(gold, findings, frozenset({"results-without-typicality"})) == {"results-without-typicality": (1, 0)}
