"""On-disk caches: compiled rule sets, and each file's findings.

Parsing and compiling the YAML rules costs more than linting one page, and a
pre-commit hook or CI job lints mostly unchanged files. Both caches are keyed
by a fingerprint of everything that can change a result: the bytes of every
rule, vocabulary, context and treatments file, the config file, claimlint's
version and source, and spaCy's version. A result is further keyed by the
file's path and text. Entries are pickles of plain data in a folder of the
user's own (`$CLAIMLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/claimlint`, else
`~/.cache/claimlint`); an entry that cannot be read is a miss, and a folder
that cannot be written only makes runs slower.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, TypeVar

from claimlint import __version__

T = TypeVar("T")
_PACKAGE = Path(__file__).parent


def cache_dir() -> Path:
    """Where caches live; `$CLAIMLINT_CACHE_DIR` overrides."""
    explicit = os.environ.get("CLAIMLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimlint"


def clear(folder: Path | None = None) -> bool:
    """Remove the cache folder; False when there was none."""
    folder = folder or cache_dir()
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    return True


def fingerprint(config_path: str | None, rule_dirs: tuple[str, ...]) -> str:
    """A hash of every input, besides the linted file, that can change a finding."""
    digest = hashlib.sha256(f"claimlint {__version__}\0".encode())
    digest.update(_code_hash().encode())
    files = sorted((_PACKAGE / "rules").glob("*.yaml"))
    files += [p for folder in rule_dirs for p in sorted(Path(folder).glob("*.yaml"))]
    files += [Path(config_path)] if config_path else []
    for path in files:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _code_hash() -> str:
    """claimlint's own source and data (an editable install changes without a version bump) and spaCy's version."""
    from importlib.metadata import version  # not spaCy itself: a run served from the cache never imports it

    digest = hashlib.sha256(version("spacy").encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".gz") and path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def result_key(rules: str, path: str, text: str, model: str | None) -> str:
    return hashlib.sha256("\0".join((rules, model or "", path, text)).encode("utf-8", "surrogatepass")).hexdigest()


def load(kind: str, key: str, folder: Path | None = None) -> Any | None:
    """The cached value, or None on a miss or an unreadable entry."""
    try:
        with open(_entry(folder or cache_dir(), kind, key), "rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - a missing, truncated or stale entry is a miss
        return None


def store(kind: str, key: str, value: Any, folder: Path | None = None) -> None:
    """Write atomically (a rename), so parallel runs never read half an entry."""
    path = _entry(folder or cache_dir(), kind, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError:
        pass


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """`build()`, or its value from an earlier run with the same key."""
    value = load(kind, key)
    if value is None:
        value = build()
        store(kind, key, value)
    return value


def _entry(folder: Path, kind: str, key: str) -> Path:
    return folder / kind / key[:2] / f"{key}.pickle"
