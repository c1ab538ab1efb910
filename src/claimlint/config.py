"""Project configuration: `.claimlint.yaml` or `[tool.claimlint]` in pyproject.toml.

Found upward from the working directory (stopping at the home folder), or
named with `--config`. Every key is validated with its line, like rules.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from claimlint.errors import SourceError
from claimlint.extract import FORMATS as READERS, Options, options_for
from claimlint.ruleset import SEVERITIES
from claimlint.yamlfile import Located, load_yaml, unknown_key_message

CONFIG_NAMES = (".claimlint.yaml", ".claimlint.yml")
FAIL_ON = ("error", "warning", "info", "never")
LIST_KEYS = ("select", "ignore", "rule_dirs", "include", "exclude", "prose_keys")
KEYS = LIST_KEYS + ("severity", "fail_on", "treatments", "model", "formats")


@dataclass(frozen=True)
class Config:
    """Settings for one run; `path` is where they came from (None: defaults)."""

    path: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    rule_dirs: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str = "warning"
    model: str | None = None
    prose_keys: tuple[str, ...] = ()  # keys whose string values are copy, besides the defaults (extract/prose.py)
    formats: tuple[tuple[str, str], ...] = ()  # extra suffixes and their reader: ((".tpl", "html"),)
    treatments: Any = field(default=None, compare=False, hash=False)
    source: Located | None = field(default=None, compare=False, hash=False, repr=False)


def read_options(config: Config) -> Options:
    """What the readers need from the config: extra prose keys and suffixes."""
    return options_for(config.prose_keys, config.formats)


def _formats(doc: Located, value: Any) -> tuple[tuple[str, str], ...]:
    """`formats: {.tpl: html}`: each suffix starts with a dot and names a known reader."""
    if not isinstance(value, dict):
        raise doc.error(("formats",), "'formats' must map file suffixes to a reader, e.g. {.tpl: html}")
    out = []
    for suffix, reader in value.items():
        if not isinstance(suffix, str) or not suffix.startswith(".") or len(suffix) < 2:
            raise doc.error(("formats", suffix), f"suffix {suffix!r} in 'formats' must start with a dot, like '.tpl'")
        if reader not in READERS:
            close = get_close_matches(str(reader), READERS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; must be one of {', '.join(sorted(READERS))}"
            raise doc.error(("formats", suffix), f"unknown reader {reader!r} for {suffix!r}{hint}")
        out.append((suffix.lower(), reader))
    return tuple(out)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest config file at or above `start`, not above the home folder."""
    here = (start or Path.cwd()).resolve()
    home = Path.home().resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\[tool\.claimlint[].]", _read(pyproject), re.M):
            return pyproject
        if folder == home:
            break
    return None


def load_config(path: str | None = None, discover: bool = True) -> Config:
    """Load `path`, or the discovered config, or the defaults."""
    if path is None and discover:
        found = find_config()
        path = str(found) if found else None
    if path is None:
        return Config()
    file = Path(path)
    if not file.is_file():
        raise SourceError(path, None, "config file not found")
    text = _read(file)
    if file.name == "pyproject.toml":
        located = _from_pyproject(path, text)
    else:
        located = load_yaml(path, text)
    return _parse(located)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(str(path), None, f"cannot read config: {exc}") from None


def _from_pyproject(path: str, text: str) -> Located:
    """TOML has no positions in tomllib, so each key's line is found by its name."""
    try:
        data = tomllib.loads(text).get("tool", {}).get("claimlint", {})
    except tomllib.TOMLDecodeError as exc:
        raise SourceError(path, None, f"invalid TOML: {exc}") from None
    lines: dict[tuple[Any, ...], int] = {}
    section = text.find("[tool.claimlint]")
    base = text.count("\n", 0, section) + 1 if section >= 0 else 1
    lines[()] = base
    for key in data:
        at = text.find(f"\n{key}", section)
        lines[(key,)] = text.count("\n", 0, at) + 2 if at >= 0 else base
    return Located(path, {k.replace("-", "_"): v for k, v in data.items()}, lines)


def _parse(doc: Located) -> Config:
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise doc.error((), "the config must be a mapping of settings")
    values: dict[str, Any] = {}
    for key, value in data.items():
        key = str(key).replace("-", "_")
        if key not in KEYS:
            raise doc.error((key,), unknown_key_message(key, KEYS))
        values[key] = _value(doc, key, value)
    folder = Path(doc.filename).parent
    if "rule_dirs" in values:
        values["rule_dirs"] = tuple(str((folder / d).resolve()) for d in values["rule_dirs"])
    return Config(path=doc.filename, source=doc, **values)


def _value(doc: Located, key: str, value: Any) -> Any:
    if key in LIST_KEYS:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise doc.error((key,), f"{key!r} must be a list of strings")
        return tuple(value)
    if key == "severity":
        if not isinstance(value, dict):
            raise doc.error((key,), "'severity' must map rule ids to error, warning or info")
        for rule, level in value.items():
            if level not in SEVERITIES:
                raise doc.error((key, rule), f"unknown severity {level!r} for {rule!r}; must be one of {', '.join(SEVERITIES)}")
        return tuple(sorted(value.items()))
    if key == "fail_on":
        if value not in FAIL_ON:
            raise doc.error((key,), f"unknown fail_on {value!r}; must be one of {', '.join(FAIL_ON)}")
        return value
    if key == "formats":
        return _formats(doc, value)
    if key == "model":
        if not isinstance(value, str):
            raise doc.error((key,), "'model' must be the name of an installed spaCy pipeline")
        return value
    return value  # treatments: validated with the treatment facts
