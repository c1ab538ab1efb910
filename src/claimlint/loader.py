"""Everything a run needs from rule folders and config, loaded once.

A `RuleSet` is the rules (after select/ignore/severity), the vocabularies
their patterns use, the treatment facts and the context triggers.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any


from claimlint.config import Config, load_config
from claimlint.errors import SourceError
from claimlint.facts import Treatment, parse_treatments
from claimlint.lemmas import forms, known_forms, lemma, remember
from claimlint.ruleset import CATEGORIES, Rule, builtin_rules_dir, load_rules, read_text
from claimlint.yamlfile import Located, load_yaml


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    treatments: dict[str, Treatment]
    context: Located
    config: Config
    known_ids: frozenset[str]  # every rule id and category, selected or not (valid in directives)
    uses: dict[str, str] = field(default_factory=dict)  # form -> lemma of the words that name a use (vocabulary `use`)
    vocabulary: dict[str, list[str]] = field(default_factory=dict)
    forms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # inflections the patterns use
    skin_breaking: frozenset[str] = frozenset()  # forms of the words that say how a treatment breaks the skin
    # Each treatment's alias forms as spaCy tokenizes them: tokenizing 1,700 aliases at every
    # start cost a tenth of a bare spaCy start, so the tokens are kept with the compiled rules.
    alias_words: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False)
    key: str = ""  # the cache key it was built under (cache.fingerprint); compiled matchers are cached under it

    @cached_property
    def _by_id(self) -> dict[str, Rule]:
        return {r.id: r for r in self.rules}

    def rule(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)


@lru_cache(maxsize=8)
def load_ruleset(config_path: str | None = None, discover: bool = True) -> RuleSet:
    """Load and validate the rules, facts and triggers for a config file.

    The result is cached on disk (cache.py): parsing the YAML and expanding every
    word's inflections costs more than linting a page.
    """
    from claimlint import cache

    config = load_config(config_path, discover)
    key = cache.fingerprint(config.path, config.rule_dirs)
    ruleset = cache.cached("rules", key, lambda: _build(config, key))
    remember(ruleset.forms)
    return ruleset


def _build(config: Config, key: str = "") -> RuleSet:
    dirs = [builtin_rules_dir(), *map(Path, config.rule_dirs)]
    vocabulary = _vocabulary(dirs)
    all_rules = load_rules(dirs, vocabulary)
    treatments = _treatments(config)
    rules = _configure(all_rules, config)
    context = load_yaml(str(builtin_rules_dir() / "context.yaml"), read_text(builtin_rules_dir() / "context.yaml"))
    known = frozenset({r.id for r in all_rules} | set(CATEGORIES))
    uses = {form: base for base in map(lemma, vocabulary.get("use", [])) for form in forms(base)}
    from spacy.vocab import Vocab  # here: loading a cached rule set does not import spaCy

    from claimlint.context import ContextTriggers

    ContextTriggers(Vocab(), context, vocabulary)  # check the triggers now, and look up the forms they use
    skin_breaking = frozenset(f for word in vocabulary.get("skin_breaking", []) for f in forms(lemma(word)))
    return RuleSet(tuple(rules), treatments, context, config, known, uses, vocabulary, known_forms(), skin_breaking,
                   _alias_words(treatments), key)


def _alias_words(treatments: dict[str, Treatment]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every alias in the singular and the plural, as the tokens the mention matcher compares."""
    import spacy  # here: loading a cached rule set does not import spaCy

    from claimlint.treatments import number_forms

    tokenizer = spacy.blank("en").tokenizer
    return {tid: tuple(tuple(t.text for t in tokenizer(form))
                       for form in sorted({f for alias in treatment.aliases for f in number_forms(alias)}))
            for tid, treatment in treatments.items()}


def _vocabulary(dirs: list[Path]) -> dict[str, list[str]]:
    vocabulary: dict[str, list[str]] = {}
    for folder in dirs:
        path = folder / "vocabulary.yaml"
        if not path.is_file():
            continue
        doc = load_yaml(str(path), read_text(path))
        data = doc.data or {}
        if not isinstance(data, dict) or not isinstance(data.get("vocabulary"), dict) or set(data) != {"vocabulary"}:
            raise doc.error((), "vocabulary.yaml holds one key, `vocabulary:`, mapping names to word lists")
        for name, words in data["vocabulary"].items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w and " " not in w for w in words):
                raise doc.error(("vocabulary", name), f"vocabulary {name!r} must be a list of single words")
            vocabulary.setdefault(str(name), []).extend(words)
    return vocabulary


def _treatments(config: Config) -> dict[str, Treatment]:
    path = builtin_rules_dir() / "treatments.yaml"
    doc = load_yaml(str(path), read_text(path))
    if not isinstance(doc.data, dict) or "treatments" not in doc.data:
        raise doc.error((), "treatments.yaml holds one key, `treatments:`")
    facts = parse_treatments(doc, ("treatments",), doc.data["treatments"])
    if config.treatments is not None and config.source is not None:
        facts = parse_treatments(config.source, ("treatments",), config.treatments, facts)
    return facts


def _configure(rules: list[Rule], config: Config) -> list[Rule]:
    """Apply select/ignore (rule ids or categories) and per-rule severities."""
    known = {r.id for r in rules} | set(CATEGORIES)
    for key in ("select", "ignore"):
        for name in getattr(config, key):
            if name not in known:
                raise _config_error(config, (key,), f"unknown rule id or category {name!r} in {key!r}")
    for rule_id, _ in config.severity:
        if rule_id not in {r.id for r in rules}:
            raise _config_error(config, ("severity", rule_id), f"unknown rule id {rule_id!r} in 'severity'")
    chosen = [r for r in rules if _wanted(r, config)]
    levels = dict(config.severity)
    return [replace(r, severity=levels[r.id]) if r.id in levels else r for r in chosen]


def _wanted(rule: Rule, config: Config) -> bool:
    names = {rule.id, rule.category}
    if config.select and not names & set(config.select):
        return False
    return not names & set(config.ignore)


def _config_error(config: Config, at: tuple[Any, ...], message: str) -> SourceError:
    if config.source is not None:
        return config.source.error(at, message)
    return SourceError(config.path or "config", None, message)
