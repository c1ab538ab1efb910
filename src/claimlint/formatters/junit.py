"""`--format junit`: JUnit XML, for CI systems that show test reports.

One testsuite per file, one failing testcase per finding (suppressed ones,
with --show-suppressed, are skipped), one passing testcase per clean file,
and an error testcase for a file that could not be linted. ElementTree does
the escaping; characters XML 1.0 cannot hold at all are made visible.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimlint.findings import Finding
from claimlint.formatters import Run, relative_path

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render(run: Run) -> str:
    shown = run.findings + (run.suppressed if run.show_suppressed else [])
    by_path: dict[str, list[Finding]] = {path: [] for path in run.paths}
    for f in sorted(shown, key=lambda f: (f.path, f.start, f.rule)):
        by_path.setdefault(f.path, []).append(f)
    root = ET.Element("testsuites", name="claimlint")
    for path, findings in by_path.items():
        root.append(_suite(path, findings, [e for e in run.errors if e.startswith(f"{path}:")]))
    unplaced = [e for e in run.errors if not any(e.startswith(f"{path}:") for path in by_path)]
    if unplaced:
        root.append(_suite("claimlint", [], unplaced))
    _count(root)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _suite(path: str, findings: list[Finding], errors: list[str]) -> ET.Element:
    name = _xml(relative_path(path))
    suite = ET.Element("testsuite", name=name)
    for f in findings:
        case = ET.SubElement(suite, "testcase", classname=name, name=_xml(f"{f.rule} at {f.line}:{f.column}"),
                             file=name, line=str(f.line))
        if f.suppressed:
            ET.SubElement(case, "skipped", message=_xml(f"suppressed: {f.suppressed}"))
        else:
            failure = ET.SubElement(case, "failure", message=_xml(f.message), type=f.severity)
            failure.text = _xml(_details(f))
    for error in errors:
        case = ET.SubElement(suite, "testcase", classname=name, name="lint", file=name)
        ET.SubElement(case, "error", message=_xml(error))
    if not findings and not errors:
        ET.SubElement(suite, "testcase", classname=name, name="no risky claims", file=name)
    _count(suite)
    return suite


def _details(f: Finding) -> str:
    lines = [f"{relative_path(f.path)}:{f.line}:{f.column}: {f.severity} [{f.rule}] {f.message}", f"claim: {f.text}"]
    if f.suggestions:
        lines.append(f"suggestion: {f.suggestions[0]}")
    return "\n".join(lines)


def _count(element: ET.Element) -> None:
    """Set the tests/failures/errors/skipped totals CI tools read, from the testcases below."""
    cases = list(element.iter("testcase"))
    element.set("tests", str(len(cases)))
    for kind, attribute in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
        element.set(attribute, str(sum(case.find(kind) is not None for case in cases)))


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
