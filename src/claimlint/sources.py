"""Finding the files to lint and reading them as text, safely.

Bad input never stops a run: a file that cannot be read becomes one
`SourceError` line and the rest are still linted.
"""
from __future__ import annotations

import codecs
import fnmatch
import os
import re
import stat
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence

from claimlint.errors import MissingExtra, ParseError, SourceError
from claimlint.extract import DEFAULT as _DEFAULT_OPTIONS, FORMATS, SUFFIXES, Document, Options, extract, format_for

MAX_PAGES = 500  # pages fetched per run at most (fetch.py, which is imported only when an input is a URL)
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(arg: str) -> bool:
    """Whether a command-line argument is a URL (any scheme) rather than a file path."""
    return bool(_URL.match(arg))

SKIPPED_DIRS = frozenset({"node_modules", "vendor", "venv", "site-packages", "__pycache__",
                          "bower_components", "_vendor", "third_party"})
# The size bound (docs/guarantees.md): a file of more than MAX_CHARS characters
# is reported and skipped. Page copy is far smaller; anything this big is a
# data dump or a bundle, and linting it would hold a CI job for minutes. UTF-8
# needs at most 4 bytes a character, so a file over MAX_BYTES is refused from
# its size alone, without reading it: a 50 MB file costs one stat call.
MAX_CHARS = 5_000_000
MAX_BYTES = 4 * MAX_CHARS
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARES_CHARSET = frozenset({"html", "php", "blade", "razor", "jinja", "erb", "vue", "svelte", "astro"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


# Files a walk passes over without a word: generated or minified code, lockfiles.
QUIET_NAMES = re.compile(r".*\.(?:min\.js|min\.mjs|d\.ts|map)$|package-lock\.json|npm-shrinkwrap\.json|"
                         r"pnpm-lock\.yaml|composer\.lock|yarn\.lock", re.I)
# Suffixes a walk reports when it skips them: copy claimlint does not read (or, for data
# files, reads only when named or included), so a folder of them is never a silent pass.
REPORTED_SKIPS = frozenset({
    ".pdf", ".doc", ".odt", ".rtf", ".pages", ".tex", ".adoc", ".asciidoc", ".org", ".textile", ".wiki",
    ".pug", ".jade", ".haml", ".slim", ".jsp", ".tpl", ".tmpl", ".gohtml",
    ".xml", ".csv", ".po", ".strings", ".xliff", ".xlf",
})


class Found(NamedTuple):
    """The files to lint, and what was passed over: {".mdx": 9, ...}, and whether a folder was walked."""

    files: list[str]
    skipped: dict[str, int]
    walked: bool


def find_files(paths: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = (),
               options: Options = _DEFAULT_OPTIONS) -> Found:
    """The lintable files under `paths`, in a stable order, and the copy files skipped, by suffix.

    Files named explicitly are linted when their format is known (a pre-commit
    hook passes exactly the staged files); a named file of unknown type is
    skipped and counted, never read as prose. Directories are walked for the
    formats a walk reads (data files only when `include`d), skipping hidden
    and vendored folders. Symlinked folders are not followed, so a symlink
    loop cannot trap the walk.
    """
    files: list[str] = []
    skipped: dict[str, int] = {}
    walked = False
    for path in paths:
        if os.path.isdir(path):
            walked = True
            files.extend(_walk(path, include, exclude, options, skipped))
        elif _excluded(path, exclude):
            continue
        elif format_for(path, options, default=None) is None:
            _count(skipped, path)
        else:
            files.append(path)
    return Found(files, dict(sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))), walked)


def _count(skipped: dict[str, int], path: str) -> None:
    suffix = Path(path).suffix.lower() or Path(path).name
    skipped[suffix] = skipped.get(suffix, 0) + 1


def _walk(root: str, include: Sequence[str], exclude: Sequence[str], options: Options,
          skipped: dict[str, int]) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                         and not _excluded(os.path.join(folder, d), exclude))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.startswith(".") or _excluded(path, exclude) or QUIET_NAMES.fullmatch(name):
                continue
            verdict = _verdict(path, include, options)
            if verdict == "lint":
                yield path
            elif verdict == "report":
                _count(skipped, name)


def _verdict(path: str, include: Sequence[str], options: Options) -> str:
    """"lint", "report" (copy passed over, counted in the summary) or "quiet" (images, code...).

    A walk reads every format whose reader is `walked` (not data files, which
    hold config as often as copy), plus whatever `include` names in a format
    claimlint reads; a file with no suffix is read only when included.
    """
    suffix = Path(path).suffix.lower()
    fmt = format_for(path, options, default=None) if suffix else None
    if _matches(path, include):
        return "lint" if fmt or not suffix else "report"
    if fmt:
        return "lint" if FORMATS[fmt].walked else "report"
    return "report" if suffix in REPORTED_SKIPS else "quiet"


def skipped_summary(skipped: dict[str, int]) -> str:
    """"skipped 14 files: 9 .mdx, 5 .php; see --include" (empty when nothing was skipped)."""
    total = sum(skipped.values())
    if not total:
        return ""
    kinds = ", ".join(f"{n} {suffix}" for suffix, n in skipped.items())
    return f"skipped {total} file{'s' if total != 1 else ''}: {kinds}; see --include and the `formats` config key"


def read_document(path: str, options: Options = _DEFAULT_OPTIONS) -> Document:
    """Read and extract one file in the format its suffix (or the config's `formats`) names."""
    fmt = format_for(path, options) or "text"
    reader = FORMATS[fmt]
    if reader.load is None:
        return extract(path, read_source(path), fmt, options)
    try:
        text = reader.load(read_bytes(path))
    except (ParseError, MissingExtra) as exc:
        raise SourceError(path, getattr(exc, "line", None), getattr(exc, "message", str(exc))) from None
    if len(text) > MAX_CHARS:
        raise SourceError(path, None, f"more than {MAX_CHARS:,} characters of text; skipped (exclude it in the config)")
    return extract(path, text, fmt, options)


def _matches(path: str, globs: Sequence[str]) -> bool:
    posix = Path(path).as_posix()
    return any(fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(posix, f"*/{g}") for g in globs)


def _excluded(path: str, exclude: Sequence[str]) -> bool:
    return bool(exclude) and _matches(path, exclude)


def read_source(path: str) -> str:
    """Read a file as text: UTF-8 (a BOM picks UTF-16/32; HTML may declare its charset)."""
    data = read_bytes(path)
    text = decode(path, data)
    if len(data) > MAX_BYTES or len(text) > MAX_CHARS:  # grew since stat, or few bytes a character
        raise SourceError(path, None, f"more than {MAX_CHARS:,} characters; skipped (exclude it in the config)")
    return text


def read_bytes(path: str) -> bytes:
    """A file's bytes, at most MAX_BYTES + 1 of them.

    Only regular files are opened: reading a FIFO or a device would block or
    never end, so a named pipe in a site folder cannot hang the run.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise SourceError(path, None, "not a regular file (a pipe, socket or device); skipped")
        if info.st_size > MAX_BYTES:
            raise SourceError(path, None, f"file is {info.st_size / 2**20:.1f} MB, over the "
                              f"{MAX_BYTES // 10**6} MB limit; skipped (exclude it in the config)")
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise SourceError(path, None, "is a directory") from None
    except FileNotFoundError:
        raise SourceError(path, None, "no such file or directory") from None
    except PermissionError:
        raise SourceError(path, None, "permission denied") from None
    except OSError as exc:
        raise SourceError(path, None, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise SourceError(path, None, f"more than {MAX_CHARS:,} characters; skipped (exclude it in the config)")
    return data


def decode(path: str, data: bytes) -> str:
    """Decode file bytes, refusing binary files and reporting where UTF-8 breaks."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(path, data, encoding)
    if b"\x00" in data[:8192]:
        raise SourceError(path, None, "binary file (contains NUL bytes); skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(path, data)
        if declared:
            return _decode(path, data, declared)
        raise SourceError(path, None, f"invalid UTF-8 at byte {exc.start}; "
                          "save it as UTF-8 or declare its charset") from None


def _declared_charset(path: str, data: bytes) -> str | None:
    if format_for(path) not in _DECLARES_CHARSET:
        return None
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def _decode(path: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(path, None, f"invalid {encoding} at byte {exc.start}") from None
