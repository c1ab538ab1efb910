"""YAML, JSON and TOML content files -> the copy in their string values.

Hugo and Jekyll data files, i18n bundles and front matter hold copy next to
slugs, dates and URLs. A string value is copy when its key is a prose key
or it reads like a sentence (prose.py). Values are taken verbatim from the
file, line by line, so a finding quotes exactly what the file holds; JSON
escapes are decoded and mapped to the escape as written. A file that does
not parse is one error line, never a guess.
"""
from __future__ import annotations

import json
import re
import tomllib
from json.decoder import scanstring

import yaml

from claimlint.errors import ParseError
from claimlint.extract.jsonld import add_json_text
from claimlint.extract.prose import DEFAULT, Options, is_copy
from claimlint.extract.textmap import TextBuilder

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_STR_TAG = "tag:yaml.org,2002:str"


def add_lines(builder: TextBuilder, source: str, start: int, end: int) -> None:
    """Add source[start:end] verbatim, each line stripped; a blank line ends a block."""
    for m in _LINE.finditer(source, start, end):
        line = m.group().rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            if m.group():
                builder.block_break()
            continue
        lead = len(line) - len(line.lstrip())
        builder.add(stripped, m.start() + lead)
        builder.add(" ", m.start() + lead + len(stripped), 0)
    builder.block_break()


def add_yaml(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Every copy string of a YAML file (all its documents)."""
    try:
        for node in yaml.compose_all(source, Loader=yaml.SafeLoader):
            if not _is_claimlint_file(node):
                add_yaml_node(builder, source, node, 0, options)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise ParseError(mark.line + 1 if mark else None, f"invalid YAML: {exc.problem or exc}") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise ParseError(None, f"invalid YAML: {str(exc).splitlines()[0] if str(exc) else 'too deeply nested'}") from None


def _is_claimlint_file(node: yaml.Node | None) -> bool:
    """claimlint's own YAML (rules, treatment facts, vocabulary, context) quotes claims as examples
    and facts: it is configuration, not copy, so a hook that lints every staged YAML file passes it over.

    Told apart from a clinic's data file of the same key by shape: rules have `id` and
    `patterns`; treatment facts have `aliases`, `kind` or `status`.
    """
    top = _mapping(node)
    if "vocabulary" in top or {"terminators", "pseudo"} <= set(top):
        return True
    rules, treatments = top.get("rules"), top.get("treatments")
    if isinstance(rules, yaml.SequenceNode) and rules.value:
        return all({"id", "patterns"} <= set(_mapping(r)) for r in rules.value)
    if isinstance(treatments, yaml.MappingNode) and treatments.value:
        return all(set(_mapping(t)) & {"aliases", "kind", "status"} for _, t in treatments.value)
    return False


def _mapping(node: yaml.Node | None) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def add_yaml_node(builder: TextBuilder, source: str, root: yaml.Node | None, offset: int,
                  options: Options = DEFAULT, key: str | None = None) -> None:
    """The copy strings under a composed YAML node whose text starts at `offset` in `source`.

    Walked with a stack, not recursion (a hostile file nests thousands deep),
    and each node once (an alias repeats a node that is already read).
    """
    stack: list[tuple[yaml.Node, str | None]] = [(root, key)] if root is not None else []
    seen: set[int] = set()
    while stack:
        node, key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            pairs = [(v, k.value if isinstance(k, yaml.ScalarNode) else key) for k, v in node.value]
            stack.extend(reversed(pairs))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, key) for item in reversed(node.value))
        elif isinstance(node, yaml.ScalarNode) and node.tag == _STR_TAG and is_copy(node.value, key, options):
            _add_yaml_scalar(builder, source, node, offset)


def _add_yaml_scalar(builder: TextBuilder, source: str, node: yaml.ScalarNode, offset: int) -> None:
    start, end = offset + node.start_mark.index, offset + node.end_mark.index
    if node.style in ("|", ">"):  # the header line (`|-`, `>2`) is not copy
        newline = source.find("\n", start, end)
        start = end if newline < 0 else newline + 1
    elif node.style in ("'", '"') and end - start >= 2:
        start, end = start + 1, end - 1
    builder.block_break()
    add_lines(builder, source, start, end)


def add_json(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Every copy string of a JSON file, escapes decoded and mapped to the escape."""
    try:
        json.loads(source)
    except json.JSONDecodeError as exc:
        raise ParseError(exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise ParseError(None, "invalid JSON: too deeply nested") from None
    for key, start, end in json_strings(source):
        if is_copy(source[start:end], key, options):
            builder.block_break()
            add_json_text(builder, source[start:end], start)
            builder.block_break()


def json_strings(raw: str) -> list[tuple[str | None, int, int]]:
    """(key, start, end) of every string value in valid JSON; array items inherit their key."""
    keys: list[str | None] = []  # per open container: the key its values are under
    pending: str | None = None
    out: list[tuple[str | None, int, int]] = []
    pos = 0
    while pos < len(raw):
        ch = raw[pos]
        if ch == '"':
            value, end = scanstring(raw, pos + 1)
            after = end
            while after < len(raw) and raw[after] in " \t\r\n":
                after += 1
            if after < len(raw) and raw[after] == ":":
                pending = value
            else:
                out.append((pending if pending is not None else (keys[-1] if keys else None), pos + 1, end - 1))
                pending = None
            pos = end
            continue
        if ch in "{[":
            keys.append(pending if pending is not None else (keys[-1] if keys else None))
            pending = None
        elif ch in "}]":
            keys.pop()
        elif ch == ",":
            pending = None
        pos += 1
    return out


_TOML = re.compile(r"""
    (?P<comment>\#[^\r\n]*)
  | (?P<header>^[ \t]*\[\[?[ \t]*(?P<table>[^\]\r\n]*)\]\]?)
  | (?P<key>(?:[A-Za-z0-9_-]+|"[^"\r\n]*"|'[^'\r\n]*')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\r\n]*"|'[^'\r\n]*'))*)[ \t]*=(?!=)
  | (?P<multi>\"\"\"(?:\\.|[^\\])*?\"\"\"|'''.*?''')
  | (?P<string>"(?:\\.|[^"\\\r\n])*"|'[^'\r\n]*')
""", re.X | re.S | re.M)


def add_toml(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Every copy string of a TOML file; tomllib checks it, a scanner finds where each string is."""
    try:
        tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ParseError(int(line.group(1)) if line else None, f"invalid TOML: {str(exc).split(' (at')[0]}") from None
    except RecursionError:
        raise ParseError(None, "invalid TOML: too deeply nested") from None
    add_toml_strings(builder, source, 0, len(source), options)


def add_toml_strings(builder: TextBuilder, source: str, start: int, end: int, options: Options = DEFAULT) -> None:
    """The copy strings of the (valid) TOML in source[start:end]: a file, or Hugo's `+++` front matter."""
    key: str | None = None
    for m in _TOML.finditer(source, start, end):
        if m.group("header") is not None:
            key = _last_key(m.group("table"))
        elif m.group("key") is not None:
            key = _last_key(m.group("key"))
        elif m.group("multi") is not None or m.group("string") is not None:
            quote = 3 if m.group("multi") is not None else 1
            first, last = m.start() + quote, m.end() - quote
            if source.startswith("\n", first) or source.startswith("\r\n", first):
                first = source.index("\n", first) + 1  # a newline right after the quotes is not part of it
            if is_copy(source[first:last], key, options):
                builder.block_break()
                add_lines(builder, source, first, last)


def _last_key(dotted: str) -> str:
    return dotted.split(".")[-1].strip().strip("\"'")
