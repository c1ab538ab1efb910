"""Rules as data: YAML rule files -> validated `Rule` records.

Every problem in a rule file is reported as `file:line: what is wrong`
before any copy is linted: unknown keys (with a "did you mean"), wrong
types, unknown categories or severities, duplicate ids, patterns that do
not compile.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple


from claimlint.errors import SourceError
from claimlint.patterns import PatternError, TokenPattern, compile_pattern
from claimlint.yamlfile import Located, load_yaml, unknown_key_message

if TYPE_CHECKING:
    from spacy.matcher import Matcher

CATEGORIES = ("absolute-safety", "guaranteed-outcome", "unsubstantiated-evidence", "regulatory-status",
              "source-provenance", "comparative-superiority", "natural-safety", "invasiveness", "hype")
SEVERITIES = ("error", "warning", "info")
ASSERTIONS = ("asserted", "negated", "hedged", "question", "hypothetical", "attributed")
HEADING_END = "$"  # a lead-in pattern's last slot when the lead-in is a heading ("Benefits of PRP")
TREATMENT_STATUSES = ("approved", "cleared", "granted", "not-approved", "off-label", "procedure")
_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DATA_FILES = frozenset({"treatments.yaml", "vocabulary.yaml", "context.yaml"})


class Reference(NamedTuple):
    title: str
    url: str


class Fix(NamedTuple):
    """An autofix: inside a finding's span, the phrase `replace` becomes `with_` (see docs/autofix.md)."""

    replace: str
    with_: str


class Condition(NamedTuple):
    """When a rule fires, in terms of the facts of the claim's treatment.

    A rule with a condition is a conflict rule: "FDA-approved" is only a
    finding when said of a treatment that is not approved.
    """

    status_not: tuple[str, ...] = ()
    status_any: tuple[str, ...] = ()  # fires only when one of these is on file for the use named
    source_not: tuple[str, ...] = ()
    routes_any: tuple[str, ...] = ()
    missing: str = "skip"  # no treatment attributed: flag | skip; only: fire only then (a generic fallback)


@dataclass(frozen=True)
class Rule:
    """One rule: what it matches, when it fires, and what it tells the writer."""

    id: str
    category: str
    severity: str
    message: str
    patterns: tuple[str, ...]
    compiled: tuple[TokenPattern, ...] = field(repr=False)
    why: str = ""
    suggestions: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()
    flag_examples: tuple[str, ...] = ()
    pass_examples: tuple[str, ...] = ()
    assertions: tuple[str, ...] = ("asserted",)
    hedged_severity: str | None = None
    when: Condition | None = None
    fix: tuple[Fix, ...] = ()
    page_has: tuple[str, ...] = ()
    unless_page_has: tuple[str, ...] = ()
    disclaimed_severity: str | None = None  # severity when the page has an `unless_page_has` match
    unless_sentence_has: tuple[str, ...] = ()  # a claim's own sentence answers the rule's concern
    own_negation: bool = False  # negation inside the claim is what it says ("don't get nausea")
    lead_ins: tuple[str, ...] = ()  # a list's lead-in ("IPL improves the look of:") whose items are claims
    answers: tuple[tuple[str, str], ...] = ()  # (affirmed|denied, question): "Is it safe?" then "Yes." is the claim
    compiled_page_has: tuple[TokenPattern, ...] = field(default=(), repr=False)
    compiled_unless: tuple[TokenPattern, ...] = field(default=(), repr=False)
    compiled_unless_sentence: tuple[TokenPattern, ...] = field(default=(), repr=False)
    compiled_lead_ins: tuple[TokenPattern, ...] = field(default=(), repr=False)
    compiled_answers: tuple[tuple[str, tuple[TokenPattern, ...]], ...] = field(default=(), repr=False)
    path: str = ""
    line: int = 0


# key -> (type, required); the table is the schema and the docs' source of truth.
RULE_KEYS: dict[str, tuple[type | tuple[type, ...], bool]] = {
    "id": (str, True), "category": (str, True), "severity": (str, True), "message": (str, True),
    "patterns": (list, True), "why": (str, False), "suggestions": (list, False),
    "references": (list, False), "examples": (dict, True), "assertions": (list, False),
    "hedged_severity": (str, False), "when": (dict, False), "fix": ((dict, list), False),
    "page_has": (list, False), "unless_page_has": (list, False), "disclaimed_severity": (str, False),
    "own_negation": (bool, False), "lead_ins": (list, False), "answers": (dict, False),
    "unless_sentence_has": (list, False),
}
ANSWER_KINDS = ("affirmed", "denied")  # not `yes`/`no`: YAML reads those keys as booleans
EXAMPLE_KEYS = ("flag", "pass")
WHEN_KEYS = ("status_not", "status_any", "source_not", "routes_any", "missing")


def builtin_rules_dir() -> Path:
    return Path(str(files("claimlint").joinpath("rules")))


def rule_files(dirs: Iterable[Path]) -> list[Path]:
    """Rule files are every `*.yaml` in the rule folders except the data files."""
    found: list[Path] = []
    for folder in dirs:
        found.extend(p for p in sorted(Path(folder).glob("*.yaml")) if p.name not in DATA_FILES)
    return found


def load_rules(dirs: Iterable[Path], vocabulary: dict[str, list[str]]) -> list[Rule]:
    """Load and validate every rule in `dirs`; ids must be unique across files."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    from spacy.matcher import Matcher  # here: loading a cached rule set does not import spaCy
    from spacy.vocab import Vocab

    checker = Matcher(Vocab(), validate=True)
    for path in rule_files(dirs):
        doc = load_yaml(str(path), read_text(path))
        for rule in _parse_file(doc, vocabulary, checker):
            if rule.id in seen:
                raise SourceError(rule.path, rule.line, f"duplicate rule id {rule.id!r} (first defined in {seen[rule.id]})")
            seen[rule.id] = f"{rule.path}:{rule.line}"
            rules.append(rule)
    return rules


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(str(path), None, f"cannot read rule file: {exc}") from None


def _parse_file(doc: Located, vocabulary: dict[str, list[str]], checker: Matcher) -> list[Rule]:
    data = doc.data
    if not isinstance(data, dict) or set(data) != {"rules"} or not isinstance(data["rules"], list):
        raise doc.error((), "a rule file holds one key, `rules:`, with a list of rules")
    return [_parse_rule(doc, i, raw, vocabulary, checker) for i, raw in enumerate(data["rules"])]


def _parse_rule(doc: Located, i: int, raw: Any, vocabulary: dict[str, list[str]], checker: Matcher) -> Rule:
    at = ("rules", i)
    if not isinstance(raw, dict):
        raise doc.error(at, "each rule must be a mapping")
    _check_keys(doc, at, raw)
    rid = raw["id"]
    if not _ID.match(rid):
        raise doc.error(at + ("id",), f"rule id {rid!r} must be lowercase words joined by hyphens")
    _check_choice(doc, at + ("category",), raw["category"], CATEGORIES, "category")
    _check_choice(doc, at + ("severity",), raw["severity"], SEVERITIES, "severity")
    for key in ("hedged_severity", "disclaimed_severity"):
        if key in raw:
            _check_choice(doc, at + (key,), raw[key], SEVERITIES, "severity")
    assertions = tuple(_strings(doc, at + ("assertions",), raw.get("assertions", ["asserted"])))
    for j, value in enumerate(assertions):
        _check_choice(doc, at + ("assertions", j), value, ASSERTIONS, "assertion")
    patterns = tuple(_strings(doc, at + ("patterns",), raw["patterns"]))
    unless = tuple(_strings(doc, at + ("unless_page_has",), raw.get("unless_page_has", [])))
    page_has = tuple(_strings(doc, at + ("page_has",), raw.get("page_has", [])))
    in_sentence = tuple(_strings(doc, at + ("unless_sentence_has",), raw.get("unless_sentence_has", [])))
    lead_ins = tuple(_strings(doc, at + ("lead_ins",), raw.get("lead_ins", [])))
    for j, text in enumerate(lead_ins):
        if text.split()[-1:] not in (["=:"], [":"], ["?"], [HEADING_END]):
            raise doc.error(at + ("lead_ins", j), f"lead-in pattern {text!r} must end with the colon `=:`, "
                                                  f"the question mark `?` or `{HEADING_END}` (the end of a heading)")
    answers = _answers(doc, at + ("answers",), raw.get("answers", {}))
    examples = _examples(doc, at + ("examples",), raw["examples"])
    return Rule(
        id=rid, category=raw["category"], severity=raw["severity"], message=raw["message"],
        patterns=patterns, compiled=_compile(doc, at + ("patterns",), patterns, vocabulary, checker),
        why=raw.get("why", ""), suggestions=tuple(_strings(doc, at + ("suggestions",), raw.get("suggestions", []))),
        references=parse_references(doc, at + ("references",), raw.get("references", [])),
        flag_examples=examples[0], pass_examples=examples[1], assertions=assertions,
        hedged_severity=raw.get("hedged_severity"), when=_condition(doc, at + ("when",), raw.get("when")),
        fix=_fixes(doc, at + ("fix",), raw.get("fix", [])), page_has=page_has, unless_page_has=unless,
        disclaimed_severity=raw.get("disclaimed_severity"), own_negation=raw.get("own_negation", False),
        compiled_page_has=_compile(doc, at + ("page_has",), page_has, vocabulary, checker),
        compiled_unless=_compile(doc, at + ("unless_page_has",), unless, vocabulary, checker),
        unless_sentence_has=in_sentence,
        compiled_unless_sentence=_compile(doc, at + ("unless_sentence_has",), in_sentence, vocabulary, checker),
        lead_ins=lead_ins, compiled_lead_ins=_compile(doc, at + ("lead_ins",), tuple(map(_without_heading_end, lead_ins)),
                                                      vocabulary, checker),
        answers=answers, compiled_answers=tuple(
            (kind, _compile(doc, at + ("answers", kind), tuple(q for k, q in answers if k == kind), vocabulary, checker))
            for kind in ANSWER_KINDS if any(k == kind for k, _ in answers)),
        path=doc.filename, line=doc.line(at),
    )


def _answers(doc: Located, at: tuple[Any, ...], raw: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """`answers: {affirmed: [question...], denied: [question...]}`: each question pattern ends with `?`."""
    found: list[tuple[str, str]] = []
    for kind, questions in raw.items():
        if isinstance(kind, bool):
            raise doc.error(at + (kind,), "YAML reads `yes:` and `no:` as true and false: write `affirmed:` or `denied:`")
        if kind not in ANSWER_KINDS:
            raise doc.error(at + (kind,), unknown_key_message(kind, ANSWER_KINDS))
        for j, text in enumerate(_strings(doc, at + (kind,), questions)):
            if text.split()[-1:] != ["?"]:
                raise doc.error(at + (kind, j), f"question pattern {text!r} must end with the question mark `?`")
            found.append((kind, text))
    return tuple(found)


def _check_keys(doc: Located, at: tuple[Any, ...], raw: dict[str, Any]) -> None:
    for key, value in raw.items():
        if key not in RULE_KEYS:
            raise doc.error(at + (key,), unknown_key_message(key, RULE_KEYS))
        kind, _ = RULE_KEYS[key]
        if not isinstance(value, kind):
            raise doc.error(at + (key,), f"{key!r} must be {_type_name(kind)}, not {type(value).__name__}")
    missing = [k for k, (_, required) in RULE_KEYS.items() if required and k not in raw]
    if missing:
        raise doc.error(at, f"rule is missing required key(s): {', '.join(missing)}")


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", list: "a list", dict: "a mapping"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _check_choice(doc: Located, at: tuple[Any, ...], value: Any, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise doc.error(at, f"unknown {what} {value!r}; must be one of {', '.join(allowed)}")


def _strings(doc: Located, at: tuple[Any, ...], values: Any) -> list[str]:
    if not isinstance(values, list):
        raise doc.error(at, "must be a list of strings")
    for j, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise doc.error(at + (j,), "must be a non-empty string")
    return values


def _without_heading_end(text: str) -> str:
    """A heading lead-in's `$` is not a word to match: the claim finder checks that the match
    runs to the end of a block with no closing punctuation."""
    words = text.split()
    return " ".join(words[:-1]) if words[-1:] == [HEADING_END] else text


def _compile(doc: Located, at: tuple[Any, ...], patterns: tuple[str, ...],
             vocabulary: dict[str, list[str]], checker: Matcher) -> tuple[TokenPattern, ...]:
    compiled = []
    for j, text in enumerate(patterns):
        try:
            patterns = compile_pattern(text, vocabulary)
            checker.add("check", patterns)
        except (PatternError, ValueError) as exc:
            raise doc.error(at + (j,), f"pattern does not compile: {str(exc).splitlines()[0]}") from None
        finally:
            if "check" in checker:
                checker.remove("check")
        compiled.extend(patterns)
    return tuple(compiled)


def _examples(doc: Located, at: tuple[Any, ...], raw: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    for key in raw:
        if key not in EXAMPLE_KEYS:
            raise doc.error(at + (key,), unknown_key_message(key, EXAMPLE_KEYS))
    flag = tuple(_strings(doc, at + ("flag",), raw.get("flag", [])))
    if not flag:
        raise doc.error(at, "examples need at least one `flag:` text that the rule must flag")
    return flag, tuple(_strings(doc, at + ("pass",), raw.get("pass", [])))


def parse_references(doc: Located, at: tuple[Any, ...], raw: list[Any]) -> tuple[Reference, ...]:
    """`references:` of a rule or a treatment: `{title, url}` mappings with http(s) URLs."""
    refs = []
    for j, item in enumerate(raw):
        if not isinstance(item, dict) or set(item) != {"title", "url"}:
            raise doc.error(at + (j,), "a reference is a mapping with `title` and `url`")
        if not str(item["url"]).startswith(("http://", "https://")):
            raise doc.error(at + (j, "url"), f"reference url must start with http:// or https://: {item['url']!r}")
        refs.append(Reference(str(item["title"]), str(item["url"])))
    return tuple(refs)


def _condition(doc: Located, at: tuple[Any, ...], raw: dict[str, Any] | None) -> Condition | None:
    if raw is None:
        return None
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in WHEN_KEYS:
            raise doc.error(at + (key,), unknown_key_message(key, WHEN_KEYS))
        if key == "missing":
            _check_choice(doc, at + (key,), value, ("flag", "skip", "only"), "value for `missing`")
            values[key] = value
        else:
            values[key] = tuple(_strings(doc, at + (key,), value))
    return Condition(**values)


# A replacement is plain words: nothing that is markup in HTML or Markdown, no line breaks.
_FIX_TEXT = re.compile(r"^[\w ,.'’-]+$")


def _fixes(doc: Located, at: tuple[Any, ...], raw: dict[str, Any] | list[Any]) -> tuple[Fix, ...]:
    """`fix:` is one `{replace, with}` mapping or a list of them; see docs/autofix.md.

    Both sides must be plain words so a fix can never add markup, and
    `with` must not contain `replace`, so applying fixes twice changes nothing.
    """
    items = [raw] if isinstance(raw, dict) else raw
    fixes = []
    for j, item in enumerate(items):
        where = at if isinstance(raw, dict) else at + (j,)
        if not isinstance(item, dict) or set(item) != {"replace", "with"}:
            raise doc.error(where, "a fix is a mapping with `replace` and `with`")
        for key in ("replace", "with"):
            if not isinstance(item[key], str) or not _FIX_TEXT.match(item[key]) or not item[key].strip():
                raise doc.error(where + (key,), f"fix `{key}` must be plain words on one line "
                                "(letters, digits, spaces and , . ' -)")
        if re.search(rf"(?<!\w){re.escape(item['replace'])}(?!\w)", item["with"], re.I):
            raise doc.error(where + ("with",), "fix `with` must not contain `replace` (fixes must be idempotent)")
        fixes.append(Fix(" ".join(item["replace"].split()), item["with"]))
    return tuple(fixes)
