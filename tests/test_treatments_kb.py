"""The treatment knowledge base (rules/treatments.yaml): aliases, facts, and the
`confirmed: false` marker that keeps UNCONFIRMED facts from producing errors.

Every text here is written for the test."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from claimlint import lint_text
from claimlint.errors import SourceError
from claimlint.loader import load_ruleset

README = Path(__file__).resolve().parents[1] / "README.md"


def _regulatory(text: str, config: str) -> list[tuple[str, int, int, str, str | None]]:
    return [(f.rule, f.line, f.column, f.severity, f.treatment)
            for f in lint_text(text, path="page.txt", config=config) if f.category == "regulatory-status"]


def test_knowledge_base_is_broad_and_the_readme_counts_it(empty_config: str) -> None:
    treatments = load_ruleset(empty_config, False).treatments
    assert len(treatments) >= 45
    for tid in ("kybella", "sculptra", "radiesse", "hyaluronic-fillers", "pdo-threads", "rf-microneedling",
                "chemical-peels", "hydrafacial", "led-light-therapy", "hyperbaric-oxygen", "whole-body-cryotherapy",
                "ozone-therapy", "chelation-therapy", "bpc-157", "peptide-therapy", "testosterone-therapy", "hcg",
                "prp-sexual", "shockwave-therapy", "shockwave-ed", "spinal-decompression", "prolotherapy", "chiropractic",
                "teeth-whitening", "dental-implants", "cbd", "nad-plus"):
        assert tid in treatments, tid
    assert f"{len(treatments)} treatments with aliases" in README.read_text(encoding="utf-8")


def test_aliases_are_unique_and_lowercase(empty_config: str) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for tid, treatment in load_ruleset(empty_config, False).treatments.items():
        for alias in treatment.aliases:
            owners[alias].append(tid)
            assert alias == alias.lower()
    assert not {a: ids for a, ids in owners.items() if len(ids) > 1}


def test_unconfirmed_lines_are_explained_in_the_note(empty_config: str) -> None:
    for tid, treatment in load_ruleset(empty_config, False).treatments.items():
        if any(not s.confirmed for s in treatment.status):
            assert "UNCONFIRMED" in treatment.note, tid


@pytest.mark.parametrize(("text", "treatment"), [
    ("Kybella is clinically proven.", "kybella"),
    ("Deoxycholic acid injections are clinically proven.", "kybella"),
    ("Juvéderm Voluma is clinically proven.", "hyaluronic-fillers"),
    ("Restylane Kysse is clinically proven.", "hyaluronic-fillers"),
    ("Morpheus8 is clinically proven.", "rf-microneedling"),
    ("Radiofrequency microneedling is clinically proven.", "rf-microneedling"),
    ("BPC 157 is clinically proven.", "bpc-157"),
    ("BPC-157 is clinically proven.", "bpc-157"),
    ("TRT is clinically proven.", "testosterone-therapy"),
    ("Testopel is clinically proven.", "testosterone-therapy"),
    ("The Priapus Shot is clinically proven.", "prp-sexual"),
    ("The O-Shot is clinically proven.", "prp-sexual"),
    ("GAINSWave is clinically proven.", "shockwave-ed"),
    ("Acoustic wave therapy is clinically proven.", "shockwave-therapy"),
    ("Low-intensity shockwave therapy is clinically proven.", "shockwave-ed"),
    ("Non-surgical spinal decompression is clinically proven.", "spinal-decompression"),
    ("Photobiomodulation is clinically proven.", "led-light-therapy"),
    ("Cold laser therapy is clinically proven.", "low-level-laser"),
    ("NAD+ IV therapy is clinically proven.", "nad-plus"),
    ("Zoom whitening is clinically proven.", "teeth-whitening"),
    ("CBD oil is clinically proven.", "cbd"),
    ("HBOT is clinically proven.", "hyperbaric-oxygen"),
    ("Ozempic is clinically proven.", "semaglutide"),
])
def test_a_mention_is_recognised_by_alias(text: str, treatment: str, empty_config: str) -> None:
    findings = lint_text(text, path="page.txt", config=empty_config)
    assert [(f.rule, f.treatment) for f in findings] == [("studies-show", treatment)]


@pytest.mark.parametrize("text", [
    "Our laser is clinically proven.",
    "The peel is clinically proven.",
    "Our Sydney CBD clinic is clinically proven.",
    "Our skin whitening gel is clinically proven.",
    "This light therapy is clinically proven.",
])
def test_ordinary_or_ambiguous_words_are_not_treatments(text: str, empty_config: str) -> None:
    findings = lint_text(text, path="page.txt", config=empty_config)
    assert [(f.rule, f.treatment) for f in findings] == [("studies-show", None)]


@pytest.mark.parametrize("text", [
    "Kybella is FDA-approved to reduce fat under the chin.",
    "CoolSculpting is FDA-cleared.",
    "CoolSculpting is FDA-cleared to reduce visible fat bulges.",
    "Sculptra is FDA-approved for facial wrinkles.",
    "Juvederm is FDA-approved for lip augmentation.",
    "Dysport is FDA-approved for glabellar lines.",
    "Epidiolex is FDA-approved.",
    "The DRX9000 is FDA-cleared for low back pain.",
    "Blue light therapy is FDA-cleared for acne.",
    "Laser hair removal is FDA-cleared for permanent hair reduction.",
    "Botox is also approved for chronic migraine.",
    "Botox is FDA-approved for excessive underarm sweating.",
    "Minoxidil 5% foam is also approved for women.",
    # An age names who may use it, not an anti-aging use.
    "Wegovy is approved for ages 12 and up.",
    "Zepbound is approved for adults aged 18 years and older.",
    "Age: Wegovy is approved for adults and for teens.",
    # Another country's approval is not the FDA's.
    "Thymosin alpha-1 has been approved for use in 30 countries.",
    "Thymalfasin is licensed in China for hepatitis B.",
])
def test_true_statements_give_no_regulatory_finding(text: str, empty_config: str) -> None:
    assert _regulatory(text, empty_config) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Try our FDA-approved ozone therapy.", ("fda-approved-conflict", 1, 9, "error", "ozone-therapy")),
    ("Ask about our FDA-approved PRP.", ("fda-approved-conflict", 1, 15, "error", "prp")),
    ("Kybella is FDA-approved for the jawline.", ("fda-approved-conflict", 1, 12, "error", "kybella")),
    ("CoolSculpting is FDA-approved.", ("approved-device-only-cleared", 1, 18, "error", "cryolipolysis")),
    ("Morpheus8 is FDA-approved.", ("approved-device-only-cleared", 1, 14, "error", "rf-microneedling")),
    ("Dental implants are FDA-approved.", ("approved-device-only-cleared", 1, 21, "error", "dental-implants")),
    ("Hyperbaric oxygen therapy is FDA-approved for autism.",
     ("fda-approved-conflict", 1, 30, "error", "hyperbaric-oxygen")),
    ("Our CBD oil is FDA-approved.", ("fda-approved-conflict", 1, 16, "error", "cbd")),
    ("The HCG diet is FDA-approved.", ("fda-approved-conflict", 1, 17, "error", "hcg-diet")),
    ("Red light therapy is FDA-cleared for fat loss.", ("fda-cleared-conflict", 1, 22, "error", "led-light-therapy")),
    ("Botox is FDA-approved for the jawline.", ("fda-approved-conflict", 1, 10, "error", "botulinum-toxin")),
    ("Stem cell therapy is now approved in the US.", ("fda-approved-conflict", 1, 19, "error", "stem-cells")),
    ("Bioidentical pellets are approved by the FDA.",
     ("fda-approved-conflict", 1, 26, "error", "bioidentical-hormones")),
    ("Thymosin alpha-1 has been approved by the FDA for hepatitis B.",
     ("fda-approved-conflict", 1, 18, "error", "thymosin-alpha-1")),
])
def test_false_statements_give_an_exact_regulatory_finding(text: str, expected: tuple, empty_config: str) -> None:
    assert _regulatory(text, empty_config) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # NAD+ and HydraFacial: the notes mark their status UNCONFIRMED.
    ("Our NAD+ therapy is FDA-approved.", ("fda-approved-conflict", 1, 21, "warning", "nad-plus")),
    ("HydraFacial is FDA-approved.", ("fda-approved-conflict", 1, 16, "warning", "hydrafacial")),
])
def test_a_conflict_resting_on_unconfirmed_facts_is_not_an_error(text: str, expected: tuple,
                                                                  empty_config: str) -> None:
    assert _regulatory(text, empty_config) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Injectable NAD+ is legal in the United States.", ("legal-is-not-approval", 1, 20, "info", "nad-plus")),
    ("BPC-157 is legal in the United States.", ("legal-is-not-approval", 1, 12, "warning", "bpc-157")),
    ("Our NAD+ is pharmaceutical-grade.", ("pharmaceutical-grade-unapproved", 1, 13, "info", "nad-plus")),
    ("Our BPC-157 is pharmaceutical-grade.", ("pharmaceutical-grade-unapproved", 1, 16, "warning", "bpc-157")),
])
def test_an_unconfirmed_conflict_is_one_step_below_the_rules_severity(text: str, expected: tuple,
                                                                        empty_config: str) -> None:
    """A warning rule that rests on an UNCONFIRMED status is advice, as an error rule's is a warning."""
    assert _regulatory(text, empty_config) == [expected]


def test_a_conflict_on_unconfirmed_uses_stops_where_confirmed_lines_do_not(empty_config: str) -> None:
    # Restylane's jawline approval is UNCONFIRMED: it may prevent a conflict, never cause one.
    assert _regulatory("Restylane is FDA-approved for the jawline.", empty_config) == []
    # Cold lasers for pain: not researched, so no conflict rests on the absence of a pain clearance.
    assert _regulatory("Cold laser therapy is FDA-cleared for knee pain.", empty_config) == []


FACTS = """\
treatments:
  glowcell:
    name: GlowCell serum
    aliases: [glowcell]
    kind: biologic
    source: allogeneic
    routes: [topical]
    status:
      - {{product: GlowCell, indication: hair loss, status: not-approved{flag}}}
"""


@pytest.mark.parametrize(("flag", "severity"), [("", "error"), (", confirmed: true", "error"),
                                                 (", confirmed: false", "warning")])
def test_confirmed_false_in_user_facts_lowers_status_conflicts(flag: str, severity: str, tmp_path: Path) -> None:
    config = tmp_path / ".claimlint.yaml"
    config.write_text(FACTS.format(flag=flag), encoding="utf-8")
    findings = lint_text("GlowCell is FDA-approved.", path="page.txt", config=str(config))
    assert [(f.rule, f.column, f.severity) for f in findings] == [("fda-approved-conflict", 13, severity)]


def test_unconfirmed_status_does_not_soften_other_facts(tmp_path: Path) -> None:
    """`confirmed` is about the status line; a route conflict still is an error."""
    config = tmp_path / ".claimlint.yaml"
    config.write_text(FACTS.format(flag=", confirmed: false").replace("[topical]", "[injection]"), encoding="utf-8")
    findings = lint_text("GlowCell injections are non-invasive.", path="page.txt", config=str(config))
    assert [(f.rule, f.severity) for f in findings] == [("non-invasive-conflict", "error")]


@pytest.mark.parametrize("flag", [", confirmed: maybe", ", confirmed: 0", ", sure: false"])
def test_a_bad_confirmed_key_is_refused_when_rules_load(flag: str, tmp_path: Path) -> None:
    config = tmp_path / ".claimlint.yaml"
    config.write_text(FACTS.format(flag=flag), encoding="utf-8")
    with pytest.raises(SourceError, match=re.escape(str(config)) + r".*(confirmed)"):
        load_ruleset(str(config), False)
