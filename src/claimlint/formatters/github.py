"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

    ::error file=site/a.md,line=3,col=5,endLine=3,endColumn=17,title=claimlint [rule-id]::message

Copy is untrusted text: a newline in it would end the command and `::`
could start another, so values are escaped the way the runner unescapes them.
"""
from __future__ import annotations

from claimlint.findings import Finding
from claimlint.formatters import Run, relative_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(run: Run) -> str:
    shown = run.findings + (run.suppressed if run.show_suppressed else [])
    lines = [_annotation(f) for f in sorted(shown, key=lambda f: (f.path, f.start, f.rule))]
    lines += [f"::error title=claimlint::{escape_data(error)}" for error in run.errors]
    return "".join(line + "\n" for line in lines)


def _annotation(f: Finding) -> str:
    properties = {"file": relative_path(f.path), "line": f.line, "col": f.column, "endLine": f.end_line,
                  "endColumn": f.end_column, "title": f"claimlint [{f.rule}]"}
    command = "notice" if f.suppressed else COMMANDS[f.severity]
    message = f"{f.message} (suppressed: {f.suppressed})" if f.suppressed else f.message
    fields = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{command} {fields}::{escape_data(message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: `%` first, so the escapes themselves survive."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, plus the `:` and `,` that delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
