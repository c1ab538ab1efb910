"""Text fields of JSON-LD blocks, located in the source.

Structured data is copy that search engines show, so `description` (of any
object), `name` (of a procedure, therapy, drug, product, service or FAQ
question), the `text` of FAQ questions and answers and a review's
`reviewBody` are linted. Strings are read with the standard library's own JSON string scanner
so each value keeps its exact place in the page.
"""
from __future__ import annotations

import json
import re
from json.decoder import scanstring

from claimlint.extract.textmap import TextBuilder

NAMED_TYPES = frozenset({"medicalprocedure", "medicaltherapy", "drug", "product", "service",
                         "therapeuticprocedure", "medicaldevice", "question"})
TEXT_TYPES = frozenset({"question", "answer", "comment"})
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.S)
_WS = " \t\r\n"


class _Object:
    def __init__(self) -> None:
        self.types: set[str] = set()
        self.fields: list[tuple[str, int, int]] = []  # key, raw start, raw end
        self.key: str | None = None


def add_jsonld(builder: TextBuilder, raw: str, offset: int) -> None:
    """Add the prose fields of one JSON-LD script body found at `offset`.

    An object's type is known only once it closes, so fields are collected
    and added at the end in source order (an inner object closes first, but
    the text map must stay in reading order). Objects left open by a
    truncated block still count.
    """
    stack: list[_Object | str] = []
    closed: list[_Object] = []
    pos = 0
    while pos < len(raw):
        ch = raw[pos]
        if ch == '"':
            pos = _string(raw, pos, stack)
            continue
        if ch == "{":
            stack.append(_Object())
        elif ch == "[":
            stack.append(_key_of(stack))
        elif ch in "}]" and stack:
            top = stack.pop()
            if isinstance(top, _Object):
                closed.append(top)
        pos += 1
    closed.extend(o for o in stack if isinstance(o, _Object))
    _emit(builder, raw, offset, closed)


def _key_of(stack: list[_Object | str]) -> str:
    """Arrays inherit the key they are the value of (for "@type": [...])."""
    top = stack[-1] if stack else None
    if isinstance(top, _Object):
        return top.key or ""
    return top or ""


def _string(raw: str, pos: int, stack: list[_Object | str]) -> int:
    try:
        value, end = scanstring(raw, pos + 1)
    except (json.JSONDecodeError, ValueError):
        return len(raw)
    after = end
    while after < len(raw) and raw[after] in _WS:
        after += 1
    top = stack[-1] if stack else None
    is_key = after < len(raw) and raw[after] == ":"
    if isinstance(top, _Object):
        if is_key:
            top.key = value
        else:
            _value(top, top.key, value, pos + 1, end - 1)
            top.key = None
    elif isinstance(top, str) and top == "@type":
        owner = next((o for o in reversed(stack) if isinstance(o, _Object)), None)
        if owner is not None:
            owner.types.add(value.lower())
    return end


def _value(obj: _Object, key: str | None, value: str, start: int, end: int) -> None:
    if key == "@type":
        obj.types.add(value.lower())
    elif key in ("description", "name", "text", "reviewBody"):
        obj.fields.append((key, start, end))


def _emit(builder: TextBuilder, raw: str, offset: int, objects: list[_Object]) -> None:
    fields = sorted((start, end) for obj in objects for key, start, end in obj.fields
                    if _is_copy_field(key, obj.types))
    for start, end in fields:
        builder.block_break()
        add_json_text(builder, raw[start:end], offset + start)
        builder.block_break()


def _is_copy_field(key: str, types: set[str]) -> bool:
    """`name` only of things sold, `text` only of FAQ entries and comments; descriptions and reviews always."""
    if key == "name":
        return bool(types & NAMED_TYPES)
    if key == "text":
        return bool(types & TEXT_TYPES)
    return True


def add_json_text(builder: TextBuilder, raw: str, offset: int) -> None:
    """Escapes (\\n, \\u00e9) are decoded and mapped to the escape as written."""
    pos = 0
    for m in _ESCAPE.finditer(raw):
        builder.add(raw[pos:m.start()], offset + pos)
        builder.add(_unescape(m.group()), offset + m.start(), len(m.group()))
        pos = m.end()
    builder.add(raw[pos:], offset + pos)


def _unescape(escape: str) -> str:
    try:
        return json.loads(f'"{escape}"')
    except json.JSONDecodeError:
        return escape
