"""Autofix: rewrite a claim in place when its rule declares a safe `fix:`.

A fix only ever touches the characters inside a finding's [start, end)
span, and only when the file still holds the finding's text there, so the
markup around a claim, the rest of the file, its encoding, BOM and line
endings are kept byte for byte. Writes are atomic (a temporary file in the
same folder, then `os.replace`): a crash leaves the old file or the new
one, never half of each. See docs/autofix.md.
"""
from __future__ import annotations

import codecs
import difflib
import os
import re
import tempfile
from typing import Iterable, Mapping, NamedTuple

from claimlint.errors import SourceError
from claimlint.findings import Finding
from claimlint.ruleset import Fix, Rule
from claimlint.sources import decode

# BOM -> the codec that encodes text *without* writing a BOM of its own.
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class Edit(NamedTuple):
    """Replace source[start:end] (offsets in the decoded text) with `text`."""

    start: int
    end: int
    text: str
    rule: str


class FileFix(NamedTuple):
    """The fixes for one file: its bytes before and after."""

    path: str
    edits: list[Edit]
    before: bytes
    after: bytes
    encoding: str

    def diff(self) -> str:
        """A unified diff of the change, in the file's own text."""
        old = self.before.decode(self.encoding, "replace").lstrip("\ufeff").splitlines(keepends=True)
        new = self.after.decode(self.encoding, "replace").lstrip("\ufeff").splitlines(keepends=True)
        a, b = (self.path, self.path) if os.path.isabs(self.path) else (f"a/{self.path}", f"b/{self.path}")
        lines = difflib.unified_diff(old, new, a, b)
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def edits_for(source: str, findings: Iterable[Finding], rules: Mapping[str, Rule]) -> list[Edit]:
    """The non-overlapping edits for one file's findings, in file order.

    Suppressed findings, findings whose span no longer holds their text, and
    spans no fix phrase matches are skipped.
    """
    edits: list[Edit] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        rule = rules.get(f.rule)
        if f.suppressed or rule is None or not rule.fix or source[f.start:f.end] != f.text:
            continue
        for edit in _edits(f, rule.fix):
            if not edits or edit.start >= edits[-1].end:
                edits.append(edit)
    return edits


def _edits(f: Finding, fixes: tuple[Fix, ...]) -> list[Edit]:
    """Every fix phrase in the finding, in order: one finding holds all of a sentence's claims
    of its rule ("proven to regrow hair and proven to stop shedding"), and each is fixed."""
    found: list[Edit] = []
    for fix in fixes:
        words = (re.escape(w) for w in fix.replace.split())
        for m in re.finditer(r"(?<!\w)" + r"[^\S\r\n]+".join(words) + r"(?!\w)", f.text, re.I):
            found.append(Edit(f.start + m.start(), f.start + m.end(), match_case(m.group(), fix.with_), f.rule))
    return sorted(found, key=lambda e: e.start)


def match_case(original: str, replacement: str) -> str:
    """Keep the case of what is replaced: "Instant results" -> "Results", "INSTANT" -> "RESULTS"."""
    if len(original) > 1 and original.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def plan(path: str, findings: Iterable[Finding], rules: Mapping[str, Rule]) -> FileFix | None:
    """Read `path` and work out its fixed bytes; None when nothing changes."""
    data = _read(path)
    bom, codec = _encoding(path, data)
    source = decode(path, data)
    edits = edits_for(source, findings, rules)
    if not edits:
        return None
    after = _splice(data, len(bom), source, edits, codec)
    if decode(path, after) != _apply(source, edits):
        raise SourceError(path, None, "cannot fix: the file's bytes do not round-trip; left unchanged")
    return FileFix(path, edits, data, after, codec)


def _splice(data: bytes, at: int, source: str, edits: list[Edit], codec: str) -> bytes:
    """Copy the original bytes between edits; only the edited spans are encoded anew."""
    out, pos = [data[:at]], 0
    for edit in edits:
        head = len(source[pos:edit.start].encode(codec))
        old = len(source[edit.start:edit.end].encode(codec))
        out += [data[at:at + head], edit.text.encode(codec)]
        at += head + old
        pos = edit.end
    out.append(data[at:])
    return b"".join(out)


def _apply(source: str, edits: list[Edit]) -> str:
    for edit in reversed(edits):
        source = source[:edit.start] + edit.text + source[edit.end:]
    return source


def _encoding(path: str, data: bytes) -> tuple[bytes, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(path, None, "cannot fix: only UTF-8, UTF-16 and UTF-32 files are rewritten") from None
    return b"", "utf-8"


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc.strerror or exc}") from None


def write_atomic(path: str, data: bytes) -> None:
    """Replace the file's contents all at once, keeping its permissions.

    Symlinks are followed, so the link stays a link and its target changes.
    """
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    fd, tmp = tempfile.mkstemp(prefix=".claimlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _binary(path: str) -> bool:
    """Is `path` read through a loader (a .docx), so that findings point into its text, not its bytes?"""
    from claimlint.extract import FORMATS, format_for

    fmt = format_for(path)
    return fmt is not None and FORMATS[fmt].load is not None


def fix_findings(findings: Iterable[Finding], rules: Mapping[str, Rule],
                 write: bool) -> tuple[list[FileFix], list[str]]:
    """Plan (and with `write`, apply) the fixes for every file with findings.

    Returns the files that change and one error line per file that could not
    be fixed; a problem with one file never stops the others.
    """
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    done: list[FileFix] = []
    errors: list[str] = []
    for path, items in by_path.items():
        if re.match(r"https?://", path):
            continue  # fetched pages have no file to rewrite
        if _binary(path):  # a Word draft's text is not its bytes: there is nothing safe to rewrite
            if any(not f.suppressed and f.rule in rules and rules[f.rule].fix for f in items):
                errors.append(f"{path}: --fix and --diff do not rewrite Word drafts (.docx); "
                              "make the suggested edits in Word")
            continue
        try:
            fixed = plan(path, items, rules)
            if fixed and write:
                write_atomic(path, fixed.after)
        except SourceError as exc:
            errors.append(str(exc))
            continue
        except OSError as exc:
            errors.append(f"{path}: cannot write: {exc.strerror or exc}; left unchanged")
            continue
        if fixed:
            done.append(fixed)
    return done, errors
