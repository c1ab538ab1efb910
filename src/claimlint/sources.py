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
from typing import Iterator, Sequence

from claimlint.errors import SourceError
from claimlint.extract import SUFFIXES

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
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def discover(paths: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()) -> Iterator[str]:
    """Yield lintable files under `paths`, in a stable order.

    Files named explicitly are always yielded (a pre-commit hook passes exactly
    the staged files); directories are walked for known suffixes, skipping
    hidden and vendored folders. Symlinked folders are not followed, so a
    symlink loop cannot trap the walk.
    """
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path, include, exclude)
        elif not _excluded(path, exclude):
            yield path


def _walk(root: str, include: Sequence[str], exclude: Sequence[str]) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                         and not _excluded(os.path.join(folder, d), exclude))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.startswith(".") or _excluded(path, exclude):
                continue
            if Path(name).suffix.lower() in SUFFIXES or _matches(path, include):
                yield path


def _matches(path: str, globs: Sequence[str]) -> bool:
    posix = Path(path).as_posix()
    return any(fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(posix, f"*/{g}") for g in globs)


def _excluded(path: str, exclude: Sequence[str]) -> bool:
    return bool(exclude) and _matches(path, exclude)


def read_source(path: str) -> str:
    """Read a file as text: UTF-8 (a BOM picks UTF-16/32; HTML may declare its charset).

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
    text = decode(path, data)
    if len(data) > MAX_BYTES or len(text) > MAX_CHARS:  # grew since stat, or few bytes a character
        raise SourceError(path, None, f"more than {MAX_CHARS:,} characters; skipped (exclude it in the config)")
    return text


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
    if SUFFIXES.get(Path(path).suffix.lower()) != "html":
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
