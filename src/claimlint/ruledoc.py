"""A rule explained for people: the same words in the CLI, SARIF viewers and the editor.

Rule messages are templates (`{treatment}`, `{status}`, ...) filled from the
facts of the claim's treatment. Where a rule is described on its own, with no
claim (SARIF rule metadata, `claimlint explain`), the placeholders are filled
with general words, so the text reads as a sentence; SARIF viewers would
otherwise read `{treatment}` as a message argument and print nothing there.
"""
from __future__ import annotations

import re
from typing import Iterable

from claimlint.ruleset import Reference, Rule

# General words for each placeholder; a clause that only states the fact (": {status}") is dropped.
GENERAL = {"treatment": "the treatment", "Treatment": "The treatment", "status": "", "source": "different",
           "routes": "injection or needles", "note": "", "is": "is", "has": "has"}
_FACT_CLAUSE = re.compile(r"\s*[:;,(—-]\s*\{(status|note)\}\)?")
_PLACEHOLDER = re.compile(r"\{(\w*)\}")


def plain(template: str) -> str:
    """A rule text with its placeholders replaced by general words, whitespace folded."""
    text = _FACT_CLAUSE.sub("", template)
    text = _PLACEHOLDER.sub(lambda m: GENERAL.get(m.group(1), ""), text)
    return " ".join(text.split()).replace(" .", ".").replace(" ,", ",")


def why(rule: Rule) -> str:
    return plain(rule.why)


def explain_text(rule: Rule) -> str:
    """`claimlint explain RULE`: message, why, examples, suggestions and references, as text."""
    parts = [f"{rule.id} ({rule.category}, {rule.severity})", plain(rule.message)]
    if rule.why:
        parts.append(f"Why:\n  {why(rule)}")
    sections = [("Flags", rule.flag_examples), ("Does not flag", rule.pass_examples),
                ("Suggestions", [plain(s) for s in rule.suggestions]),
                ("References", [f"{r.title} <{r.url}>" for r in rule.references])]
    parts += [f"{title}:\n" + "\n".join(f"  - {_indented(item)}" for item in items) for title, items in sections if items]
    return "\n\n".join(parts) + "\n"


def _indented(text: str) -> str:
    """A multi-line example (a list and its lead-in) stays inside its bullet."""
    return "\n    ".join(_example_lines(text))


def _example_lines(text: str) -> list[str]:
    """An example's lines without the blank ones (a lead-in, then its list items)."""
    return [line for line in text.splitlines() if line.strip()]


def help_markdown(rule: Rule, suggestions: Iterable[str] | None = None, message: str | None = None,
                  examples: bool = False) -> str:
    """The card a reviewer reads (SARIF `help.markdown`, the editor's hover): why, wording, references.

    `suggestions` and `message` are a finding's own filled-in texts, when there is one;
    with `examples`, the rule's own flag and pass examples follow, as in `claimlint explain`.
    """
    lines = [f"**{_md(message or plain(rule.message))}**", "",
             f"`{rule.id}` · {rule.category} · {rule.severity}"]
    if rule.why:
        lines += ["", f"**Why:** {_md(why(rule))}"]
    wording = list(suggestions) if suggestions is not None else [plain(s) for s in rule.suggestions]
    if wording:
        lines += ["", "**Suggested wording:**", *(f"- {_md(s)}" for s in wording)]
    if rule.fix:
        fixes = ", ".join(f"“{_md(f.replace)}” → “{_md(f.with_)}”" for f in rule.fix)
        lines += ["", f"**Safe autofix** (`claimlint check --fix`): {fixes}"]
    if rule.references:
        lines += ["", "**References:**", *(f"- {_reference(r)}" for r in rule.references)]
    for title, texts in (("Flags", rule.flag_examples), ("Does not flag", rule.pass_examples)):
        if examples and texts:
            lines += ["", f"**{title}:**", *(f"- {_md(' / '.join(_example_lines(t)))}" for t in texts)]
    return "\n".join(lines) + "\n"


def _reference(ref: Reference) -> str:
    if re.match(r"https?://[^\s()<>]+$", ref.url):
        return f"[{_md(ref.title)}]({ref.url})"
    return f"{_md(ref.title)} ({_md(ref.url)})"


def _md(text: str) -> str:
    """Rule text is data: Markdown and HTML characters in it are shown, not interpreted."""
    return re.sub(r"([\\`*_\[\]<>#|!])", r"\\\1", " ".join(text.split()))
