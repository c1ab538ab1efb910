"""JavaScript, TypeScript, JSX and TSX -> the copy in them, with tree-sitter.

A real parser, because copy in code is decided by where a string is: JSX
text is copy; a string is copy when its key or prop names copy (`title`,
`heroHeadline`, `alt`) or, under a key that is not code (`className`,
`href`, `slug`), when it reads like a sentence (prose.py). Imports,
`require()`, types, comments, regexes and identifiers are never read. A
template literal that holds HTML is read as HTML, its `${...}` blanked.
Comments are kept for inline directives. tree-sitter reports byte offsets;
they are turned into character offsets once per file.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any, Iterator

from claimlint.errors import ParseError
from claimlint.extract.html import BLOCKS, SKIPPED, add_escaped, add_html
from claimlint.extract.prose import DEFAULT, Options, is_copy, is_prose_key
from claimlint.extract.templates import blank
from claimlint.extract.textmap import Comment, TextBuilder

SKIPPED_NODES = frozenset({
    "import_statement", "regex", "type_annotation", "type_alias_declaration", "interface_declaration",
    "type_arguments", "type_parameters", "enum_declaration", "decorator", "predefined_type", "literal_type",
    "abstract_class_declaration", "ambient_declaration", "jsx_closing_element",
})
NO_KEY = frozenset({"arrow_function", "function_declaration", "function_expression", "function",
                    "method_definition", "class_body", "statement_block", "jsx_element"})
INLINE_COMPONENTS = frozenset({"Link", "NavLink", "Trans", "FormattedMessage", "Tooltip", "Abbr", "Highlight",
                               "Strong", "Em", "Emphasis", "Mark", "Span", "A", "Anchor"})
UNLINTED_CALLS = frozenset({"require", "import", "querySelector", "querySelectorAll", "getElementById",
                            "addEventListener", "fetch", "cn", "clsx", "cx", "twMerge", "cva", "classNames"})
# Children that are code even where their siblings may hold copy: `export ... from "path"`,
# an object's keys, and `case "value":`.
OMITTED_FIELDS = {"export_statement": "source", "pair": "key", "switch_case": "value"}
COMPARISONS = frozenset({"===", "!==", "==", "!=", "in", "instanceof"})
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BREAK = object()
# A bare "&" in JSX text ("Q&A", "Botox & Fillers") is valid JSX, but the tree-sitter grammars read
# it as the start of an entity and fail. It is parsed as "|", which is valid as text, as an operator
# and in a type alike; the copy is read from the source itself, so it keeps its "&".
_BARE_AMPERSAND = re.compile(r"(?<!&)&(?!&|[A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)")


@lru_cache(maxsize=4)
def _parser(kind: str) -> Any:
    """A tree-sitter parser for "js" (with JSX), "ts" or "tsx"; grammars load once."""
    from tree_sitter import Language, Parser  # imported here: only code files pay for it

    if kind == "js":
        import tree_sitter_javascript as grammar
        language = grammar.language()
    else:
        import tree_sitter_typescript as grammar
        language = grammar.language_tsx() if kind == "tsx" else grammar.language_typescript()
    return Parser(Language(language))


class _Chars:
    """Byte offset in the UTF-8 text -> character offset (bisect over the non-ASCII characters)."""

    def __init__(self, text: str) -> None:
        self.bytes: list[int] = []
        self.chars: list[int] = []
        self.widths: list[int] = []
        at = 0
        for i, ch in enumerate("" if text.isascii() else text):
            width = len(ch.encode("utf-8", "surrogatepass"))
            if width > 1:
                self.bytes.append(at)
                self.chars.append(i)
                self.widths.append(width)
            at += width

    def __call__(self, offset: int) -> int:
        k = bisect_right(self.bytes, offset) - 1
        if k < 0:
            return offset
        end = self.bytes[k] + self.widths[k]
        return self.chars[k] if offset < end else self.chars[k] + 1 + offset - end


def add_js(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """JavaScript with JSX (.js, .jsx, .mjs, .cjs)."""
    read_js(builder, source, options, "js")


def add_ts(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """TypeScript without JSX (.ts): `<T>x` is a type cast there, not an element."""
    read_js(builder, source, options, "ts")


def add_tsx(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """TypeScript with JSX (.tsx)."""
    read_js(builder, source, options, "tsx")


def read_js(builder: TextBuilder, source: str, options: Options, kind: str, base: int = 0,
            first_line: int = 1, what: str = "JavaScript/JSX") -> None:
    """Add the copy of `source` (found at `base` in the file, from line `first_line`)."""
    parsed = _BARE_AMPERSAND.sub("|", source) if kind != "ts" else source
    tree = _parser(kind).parse(parsed.encode("utf-8", "surrogatepass"))
    error = _first_error(tree.root_node)
    if error is not None:
        raise ParseError(first_line + error.start_point[0], f"cannot parse as {what}: syntax error "
                         f"at column {error.start_point[1] + 1}")
    _Walker(builder, source, base, options, first_line).walk(tree.root_node)
    builder.block_break()


def _first_error(root: Any) -> Any:
    """The first ERROR or MISSING node, for the line of a one-line parse error (None: it parsed)."""
    if not root.has_error:
        return None
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            return node
        stack.extend(reversed([c for c in node.children if c.has_error or c.is_missing]))
    return root


class _Walker:
    """Visits the tree in source order with the key each value sits under."""

    def __init__(self, builder: TextBuilder, source: str, base: int, options: Options, first_line: int = 1) -> None:
        self.builder, self.source, self.base, self.options = builder, source, base, options
        self.first_line = first_line
        self.char = _Chars(source)

    def span(self, node: Any) -> tuple[int, int]:
        return self.char(node.start_byte), self.char(node.end_byte)

    def raw(self, node: Any) -> str:
        start, end = self.span(node)
        return self.source[start:end]

    def walk(self, root: Any) -> None:
        stack: list[Any] = [(root, None)]
        while stack:
            item = stack.pop()
            if item is _BREAK:
                self.builder.block_break()
                continue
            node, key = item
            stack.extend(reversed(list(self.visit(node, key))))

    def visit(self, node: Any, key: str | None) -> Iterator[Any]:
        """Read what `node` holds; yield the (child, key) pairs still to visit, in order."""
        kind = node.type
        if kind in SKIPPED_NODES:
            return
        if kind == "comment":
            self.comment(node)
        elif kind in ("jsx_text", "html_character_reference"):
            self.jsx_text(node)
        elif kind in ("string", "template_string"):
            self.string(node, key)
        elif kind in ("jsx_element", "jsx_self_closing_element"):
            yield from self.element(node)
        elif kind == "jsx_attribute":
            yield from self.attribute(node)
        elif kind == "call_expression":
            yield from self.call(node, key)
        elif kind == "binary_expression" and self.is_test(node):
            return  # `mode === "no side effects"` compares code values
        else:
            key = None if kind in NO_KEY else self.key_of(node, key)
            omitted = node.child_by_field_name(OMITTED_FIELDS[kind]) if kind in OMITTED_FIELDS else None
            yield from ((c, key) for c in node.children if omitted is None or c.start_byte != omitted.start_byte)

    def is_test(self, node: Any) -> bool:
        operator = node.child_by_field_name("operator")
        return operator is not None and operator.type in COMPARISONS

    def key_of(self, node: Any, key: str | None) -> str | None:
        """The key a node's values sit under: a pair's key, a variable's or a property's name."""
        field = {"pair": "key", "variable_declarator": "name", "assignment_expression": "left",
                 "public_field_definition": "name", "property_signature": "name"}.get(node.type)
        target = node.child_by_field_name(field) if field else None
        if target is None:
            return key
        if target.type == "member_expression":
            target = target.child_by_field_name("property") or target
        if target.type == "string":
            return self.raw(target)[1:-1]
        return self.raw(target) if target.type.endswith("identifier") else None

    def element(self, node: Any) -> Iterator[Any]:
        opening = node.child_by_field_name("open_tag") if node.type == "jsx_element" else node
        name_node = opening.child_by_field_name("name") if opening is not None else None
        name = self.raw(name_node) if name_node is not None else ""
        self.check_closing(node, name)
        block = name.lower() in BLOCKS if name[:1].islower() else name not in INLINE_COMPONENTS
        if block:
            yield _BREAK
        for child in node.children:
            if child.type == "jsx_opening_element":
                yield from ((a, None) for a in child.children if a.type in ("jsx_attribute", "jsx_expression"))
            elif child.type == "jsx_attribute":
                yield child, None
            elif child.type not in ("jsx_closing_element", "identifier", "member_expression"):
                yield child, None
        if block:
            yield _BREAK

    def check_closing(self, node: Any, name: str) -> None:
        """The grammar accepts `<p>...</div>`; a browser or bundler would not, so neither do we."""
        closing = node.child_by_field_name("close_tag") if node.type == "jsx_element" else None
        closing_name = closing.child_by_field_name("name") if closing is not None else None
        if closing_name is not None and self.raw(closing_name) != name:
            raise ParseError(self.first_line + closing.start_point[0],
                             f"cannot parse as JSX: </{self.raw(closing_name)}> closes <{name}>")

    def attribute(self, node: Any) -> Iterator[Any]:
        """Props that carry copy are read; `className`, `href` and the like never are."""
        children = node.children
        name = self.raw(children[0]) if children else ""
        value = children[-1] if len(children) >= 3 else None
        if value is None:
            return
        if value.type == "string" and is_prose_key(name, self.options):
            self.string(value, name)
        elif value.type in ("jsx_expression", "jsx_element", "jsx_self_closing_element"):
            yield value, name

    def call(self, node: Any, key: str | None) -> Iterator[Any]:
        function = node.child_by_field_name("function")
        arguments = node.child_by_field_name("arguments")
        name = self.raw(function).rsplit(".", 1)[-1] if function is not None else ""
        if name in UNLINTED_CALLS or (function is not None and function.type == "import"):
            return
        if arguments is not None and arguments.type == "template_string":
            if name == "html":  # lit-html and friends: the template is markup
                self.template(arguments, force_html=True)
            return  # css``, gql``, sql``: code
        if arguments is not None:
            yield arguments, key if name in ("t", "i18n", "__") else name

    def comment(self, node: Any) -> None:
        start, end = self.span(node)
        text = self.source[start:end]
        body = text[2:-2] if text.startswith("/*") else text[2:]
        self.builder.comments.append(Comment(self.base + start, self.base + end, body))

    def jsx_text(self, node: Any) -> None:
        start, end = self.span(node)
        raw = self.source[start:end]
        if node.type == "html_character_reference":
            self.builder.add(html.unescape(raw), self.base + start, len(raw))
        else:
            add_escaped(self.builder, raw, self.base + start)

    def string(self, node: Any, key: str | None) -> None:
        if node.type == "template_string":
            self.template(node, key=key)
            return
        value = "".join(_unescape(self.raw(c)) if c.type == "escape_sequence" else self.raw(c)
                        for c in node.children if c.type in ("string_fragment", "escape_sequence"))
        if not is_copy(_HTML_TAG.sub(" ", value), key, self.options):
            return
        start, end = self.span(node)
        if _HTML_TAG.search(value):
            add_html(self.builder, self.source[start + 1:end - 1], base=self.base + start + 1, skipped=SKIPPED)
            return
        self.builder.block_break()
        for child in node.children:
            if child.type == "string_fragment":
                self.builder.add(self.raw(child), self.base + self.char(child.start_byte))
            elif child.type == "escape_sequence":
                at, stop = self.span(child)
                self.builder.add(_unescape(self.source[at:stop]), self.base + at, stop - at)
        self.builder.block_break()

    def template(self, node: Any, key: str | None = None, force_html: bool = False) -> None:
        """A template literal: `${...}` blanked; HTML inside is read as HTML."""
        start, end = self.span(node)
        subs = [self.span(c) for c in node.children if c.type == "template_substitution"]
        inner = blank(self.source, subs)[start + 1:end - 1]
        if not force_html and not is_copy(_HTML_TAG.sub(" ", inner), key, self.options):
            return
        self.builder.block_break()
        if force_html or _HTML_TAG.search(inner):
            add_html(self.builder, inner, base=self.base + start + 1, skipped=SKIPPED)
        else:
            self.builder.add(inner, self.base + start + 1)
        self.builder.block_break()


_ESCAPES = {"n": " ", "r": " ", "t": " ", "b": "", "f": " ", "v": " ", "0": "", "\n": "", "\r\n": ""}


def _unescape(escape: str) -> str:
    """A JS escape sequence's character (`\\u00e9` -> é, `\\'` -> ')."""
    body = escape[1:]
    if body in _ESCAPES:
        return _ESCAPES[body]
    try:
        if body[:1] in ("u", "x"):
            code = int(body[1:].strip("{}"), 16)
            return " " if 0xD800 <= code <= 0xDFFF else chr(code)  # half a surrogate pair is no character
    except (ValueError, OverflowError):
        return escape
    return body
