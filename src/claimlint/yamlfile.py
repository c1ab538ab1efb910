"""Safe YAML loading that remembers the line of every value.

Rule and config errors must point at `file:line`, so files are composed into
nodes (which carry their marks) and turned into plain Python values here,
with a side table from each value's path to its line. Only the safe YAML
types exist: a `!!python/...` tag is an error, never code.
"""
from __future__ import annotations

from difflib import get_close_matches
from typing import Any, Iterable

import yaml

from claimlint.errors import SourceError

Path = tuple[Any, ...]


class Located:
    """Plain data from one YAML file plus the line of each value, by path."""

    def __init__(self, filename: str, data: Any, lines: dict[Path, int]) -> None:
        self.filename, self.data, self.lines = filename, data, lines

    def line(self, path: Path) -> int:
        """The line of `path`, or of its nearest located parent."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)

    def error(self, path: Path, message: str) -> SourceError:
        return SourceError(self.filename, self.line(path), message)


def load_yaml(filename: str, text: str) -> Located:
    """Parse `text` safely; YAML errors become `file:line: message`."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise SourceError(filename, line, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise SourceError(filename, None, f"invalid YAML: {exc}") from None
    if node is not None:
        _refuse_aliases(filename, node)
    lines: dict[Path, int] = {}
    data = None if node is None else _build(filename, node, (), lines)
    return Located(filename, data, lines)


def _refuse_aliases(filename: str, root: yaml.Node) -> None:
    """Refuse `*alias` references: a few nested aliases expand exponentially
    ("billion laughs"), and rule and config files never need them."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise SourceError(filename, node.start_mark.line + 1, "YAML anchors and aliases (&name, *name) are not allowed")
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


_constructor = yaml.SafeLoader("")


_PLAIN_TAGS = {yaml.MappingNode: "tag:yaml.org,2002:map", yaml.SequenceNode: "tag:yaml.org,2002:seq"}


def _build(filename: str, node: yaml.Node, path: Path, lines: dict[Path, int]) -> Any:
    lines[path] = node.start_mark.line + 1
    if type(node) in _PLAIN_TAGS and node.tag != _PLAIN_TAGS[type(node)]:
        # A tagged mapping or sequence (`!!python/object/apply:...`, `!!set`) is refused, not read as plain data.
        raise SourceError(filename, node.start_mark.line + 1, f"unsupported YAML value: tag {node.tag!r} is not allowed")
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build(filename, key_node, path + ("<key>",), lines)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise SourceError(filename, key_node.start_mark.line + 1, "mapping keys must be plain values")
            if key in out:
                raise SourceError(filename, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            out[key] = _build(filename, value_node, path + (key,), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(filename, item, path + (i,), lines) for i, item in enumerate(node.value)]
    try:
        return _constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise SourceError(filename, node.start_mark.line + 1, f"unsupported YAML value: {exc.problem}") from None


def unknown_key_message(key: object, allowed: Iterable[str]) -> str:
    """`unknown key 'patern' (did you mean 'pattern'?)`: the fix, not just the fault."""
    allowed = sorted(allowed)
    close = get_close_matches(str(key), allowed, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f"; allowed: {', '.join(allowed)}"
    return f"unknown key {key!r}{hint}"
