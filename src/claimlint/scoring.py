"""Accuracy against annotated corpora: `python -m claimlint.scoring [--by-rule] CORPUS_DIR...`.

A corpus is `docs/` plus `gold.jsonl` in the claims-rubric format: each line
names a document, an exact `text` (the `nth` occurrence), a label (`risky`
must be flagged; `ok` is a trap that must not be) and its categories.
Annotation is exhaustive for risky spans, so a finding that overlaps none is
a false positive; overlapping false positives count once. Info findings are
advice and are not scored.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from claimlint.findings import Finding


class Span(NamedTuple):
    doc: str
    start: int
    end: int
    label: str
    categories: tuple[str, ...]
    text: str


class Score(NamedTuple):
    precision: float
    recall: float
    traps_flagged: int
    traps: int
    missed: list[Span]
    false_positives: list[Finding]
    per_category: dict[str, tuple[int, int]]


def load_gold(corpus: Path) -> list[Span]:
    spans = []
    for lineno, line in enumerate((corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        g: dict[str, Any] = json.loads(line)
        text = (corpus / "docs" / g["doc"]).read_text(encoding="utf-8")
        pos = -1
        for _ in range(g.get("nth", 1)):
            pos = text.find(g["text"], pos + 1)
        if pos < 0:
            raise ValueError(f"gold.jsonl:{lineno}: text not found in {g['doc']}: {g['text']!r}")
        spans.append(Span(g["doc"], pos, pos + len(g["text"]), g["label"], tuple(g["categories"]), g["text"]))
    return spans


def score(gold: list[Span], findings: list[Finding]) -> Score:
    scored = [f for f in findings if f.severity != "info" and f.suppressed is None]

    def hits(span: Span, f: Finding) -> bool:
        return Path(f.path).name == span.doc and f.start < span.end and span.start < f.end

    risky = [s for s in gold if s.label == "risky"]
    traps = [s for s in gold if s.label == "ok"]
    found = [s for s in risky if any(hits(s, f) for f in scored)]
    false_positives = _merge([f for f in scored if not any(hits(s, f) for s in risky)])
    per_category: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for s in risky:
        for c in s.categories:
            totals[c] += 1
            per_category[c] += s in found
    tp = len(found)
    return Score(
        precision=tp / (tp + len(false_positives)) if tp + len(false_positives) else 0.0,
        recall=tp / len(risky) if risky else 0.0,
        traps_flagged=sum(any(hits(t, f) for f in scored) for t in traps), traps=len(traps),
        missed=[s for s in risky if s not in found], false_positives=false_positives,
        per_category={c: (per_category[c], totals[c]) for c in sorted(totals)},
    )


def _merge(findings: list[Finding]) -> list[Finding]:
    """Overlapping false positives are one mistake."""
    groups: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.path, f.start)):
        if groups and groups[-1].path == f.path and f.start < groups[-1].end:
            groups[-1] = groups[-1]._replace(end=max(groups[-1].end, f.end))
        else:
            groups.append(f)
    return groups


def by_rule(gold: list[Span], findings: list[Finding],
            advice: frozenset[str] = frozenset()) -> dict[str, tuple[int, int]]:
    """Each rule's (true, false) positives: findings that do or do not overlap a risky span.

    Counted per finding, not per merged group, so a rule is charged for every
    wrong report it makes. A rule in `advice` (set to `info`) is counted at
    that severity, so the table still says whether it has earned a gate.
    """
    risky: dict[str, list[Span]] = {}
    for s in gold:
        if s.label == "risky":
            risky.setdefault(s.doc, []).append(s)
    counts: dict[str, list[int]] = {}
    for f in findings:
        if (f.severity == "info" and f.rule not in advice) or f.suppressed is not None:
            continue
        hit = any(f.start < s.end and s.start < f.end for s in risky.get(Path(f.path).name, []))
        counts.setdefault(f.rule, [0, 0])[0 if hit else 1] += 1
    return {rule: (tp, fp) for rule, (tp, fp) in sorted(counts.items())}


def _option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


def main(argv: list[str]) -> int:
    """`scoring [--by-rule] [--show-errors] [--docs PREFIX,...] CORPUS...`"""
    from claimlint.lint import lint_paths
    from claimlint.loader import load_ruleset

    prefixes = tuple((_option(argv, "--docs") or "").split(","))
    corpora = [Path(a) for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--docs")]
    if not corpora:
        print(__doc__)
        return 2
    rules: Counter[tuple[str, int]] = Counter()
    advice = frozenset(r.id for r in load_ruleset(None, False).rules if r.severity == "info")
    for corpus in corpora:
        gold = [s for s in load_gold(corpus) if s.doc.startswith(prefixes)]
        docs = sorted(str(p) for p in (corpus / "docs").iterdir() if p.name.startswith(prefixes))
        findings = lint_paths(docs).findings
        result = score(gold, findings)
        if "--show-errors" in argv:
            for s in result.missed:
                print(f"missed: {s.doc}: {s.text}")
            for f in result.false_positives:
                print(f"false positive: {Path(f.path).name}:{f.line}: {f.text!r} ({f.rule})")
        print(f"{corpus}: precision {result.precision:.3f} recall {result.recall:.3f} "
              f"traps flagged {result.traps_flagged}/{result.traps}")
        print("  per-category recall: " + ", ".join(f"{c} {h}/{n}" for c, (h, n) in result.per_category.items()))
        for rule, (tp, fp) in by_rule(gold, findings, advice).items():
            rules[(rule, 0)] += tp
            rules[(rule, 1)] += fp
    if "--by-rule" in argv:
        print(rule_table({rule for rule, _ in rules}, rules))
    return 0


def rule_table(names: set[str], counts: Counter[tuple[str, int]]) -> str:
    """A Markdown table of each rule's true and false positives and precision."""
    lines = ["| rule | true positives | false positives | precision |", "| --- | --- | --- | --- |"]
    for rule in sorted(names, key=lambda r: (-(counts[(r, 0)] + counts[(r, 1)]), r)):
        tp, fp = counts[(rule, 0)], counts[(rule, 1)]
        lines.append(f"| {rule} | {tp} | {fp} | {tp / (tp + fp):.2f} |" if tp + fp else f"| {rule} | 0 | 0 | - |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
