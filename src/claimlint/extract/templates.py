"""HTML-like templates -> prose: PHP, Jinja/Nunjucks/Liquid/Handlebars, ERB/EJS (and the markup of
Astro, Vue and Svelte components, see components.py).

Template tags and expressions (`<?php ?>`, `{{ }}`, `{% %}`, `<% %>`, `{expr}`,
Astro's front-matter fence) are blanked out, every character but newlines
turned into a space, and what is left is read as HTML (in Astro, Vue and
Svelte, whose components take props, with copy props such as `title` read too). Blanking keeps every
offset where it was, so a tag inside a sentence ("Our {{ name }} has no side
effects") leaves the words around it at their exact place in the file. An
unclosed tag is an error, not a guess at where the code ends.
"""
from __future__ import annotations

import re
from functools import partial
from typing import Iterator

from claimlint.errors import ParseError
from claimlint.extract.html import SKIPPED, AttributeReader, add_html
from claimlint.extract.prose import DEFAULT, Options, is_copy, looks_like_prose
from claimlint.extract.textmap import TextBuilder

Span = tuple[int, int]
# Jinja-like delimiters, longest opener first: (opener, closer).
_JINJA = (("{{!--", "--}}"), ("{{{", "}}}"), ("{{", "}}"), ("{%", "%}"), ("{#", "#}"))
_JINJA_OPEN = re.compile(r"\{\{!--|\{\{\{|\{\{|\{%|\{#")
_BLADE = (("{{--", "--}}"), ("{!!", "!!}"), ("{{", "}}"))
_BLADE_OPEN = re.compile(r"\{\{--|\{!!|\{\{")
_BLADE_PHP = re.compile(r"@php\b(?!\s*\()|<\?")
_BLADE_DIRECTIVE = re.compile(r"(?<![\w@.])@[A-Za-z]\w*")
_RAZOR = re.compile(r"(?<![\w@.])@(?:\{|\(|[A-Za-z_]\w*)")
_RAZOR_MEMBER = re.compile(r"\.[A-Za-z_]\w*")
_RAZOR_HEAD = re.compile(r"\s*\(")
_RAZOR_LINE = frozenset({"model", "inject", "page", "layout", "using", "addTagHelper", "removeTagHelper", "namespace",
                         "inherits", "implements", "attribute", "rendermode", "typeparam"})
_RAZOR_STATEMENT = frozenset({"if", "foreach", "for", "while", "switch", "lock", "catch", "section"})
_QUOTED = re.compile(r"(?<![\\\w])[\"']")
_LIQUID_COMMENT = re.compile(r"\{%-?\s*(comment|raw)\s*-?%\}.*?\{%-?\s*end\1\s*-?%\}", re.S)
_RAW_TAGS = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)", re.S | re.I)


def blank(source: str, spans: list[Span]) -> str:
    """`source` with each span's characters (not its newlines) turned into spaces."""
    parts, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        parts.append(source[pos:start])
        parts.append(re.sub(r"[^\r\n]", " ", source[start:end]))
        pos = max(pos, end)
    parts.append(source[pos:])
    return "".join(parts)


def line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def delimited(source: str, opener: re.Pattern[str], pairs: tuple[tuple[str, str], ...],
              unclosed_ok: bool = False) -> list[Span]:
    """Spans of `opener ... closer` tags; an unclosed one is a ParseError (or runs to the end)."""
    spans: list[Span] = []
    pos = 0
    while (m := opener.search(source, pos)) is not None:
        closer = next(c for o, c in pairs if o == m.group())
        end = source.find(closer, m.end())
        if end < 0:
            if unclosed_ok:
                spans.append((m.start(), len(source)))
                break
            raise ParseError(line_of(source, m.start()), f"unclosed template tag {m.group()!r} (no {closer!r} after it)")
        spans.append((m.start(), end + len(closer)))
        pos = end + len(closer)
    return spans


def braces(source: str, start: int = 0) -> list[Span]:
    """Spans of `{ expression }` (Svelte, Astro, MDX), nested and with JS strings, outside raw tags."""
    raw = [(m.start(), m.end()) for m in _RAW_TAGS.finditer(source, start)]
    spans: list[Span] = []
    pos = start
    for raw_start, raw_end in raw + [(len(source), len(source))]:
        while (open_at := source.find("{", pos, raw_start)) >= 0:
            end = _matching(source, open_at)
            spans.append((open_at, end))
            pos = end
        pos = max(pos, raw_end)
    return spans


def _matching(source: str, open_at: int, opener: str = "{", closer: str = "}") -> int:
    """Just past the `closer` matching the `opener` at `open_at`, stepping over strings and comments."""
    depth, pos, n = 0, open_at, len(source)
    while pos < n:
        ch = source[pos]
        skipped = skip_code_text(source, pos)
        if skipped is not None:
            pos = skipped
            continue
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return pos + 1
        pos += 1
    what = "expression" if opener == "{" else "directive arguments"
    raise ParseError(line_of(source, open_at), f"unclosed {opener!r} {what} (no matching {closer!r})")


def skip_code_text(source: str, pos: int) -> int | None:
    """Past the JS string or comment starting at `pos` (a line comment stops before its
    newline, which may matter to the caller); None when none starts there."""
    if source[pos] in "'\"`":
        return string_end(source, pos)
    if source.startswith("//", pos) or source.startswith("/*", pos):
        close = "\n" if source[pos + 1] == "/" else "*/"
        found = source.find(close, pos + 2)
        return len(source) if found < 0 else found + (0 if close == "\n" else 2)
    return None


def string_end(source: str, pos: int) -> int:
    quote, pos = source[pos], pos + 1
    while pos < len(source):
        ch = source[pos]
        if ch == "\\":
            pos += 2
            continue
        if ch == quote or (ch == "\n" and quote != "`"):
            return pos + 1
        pos += 1
    return pos


def without_copy(source: str, spans: list[Span], comments: tuple[str, ...] = ()) -> list[Span]:
    """The code `spans` less the sentences quoted in them: `{{ hero("Our peel is 100% safe.") }}`,
    `@include('faq', ['answer' => '...'])` and `<?php $intro = "..."; ?>` pass copy to the page.
    A span that opens with one of `comments` stays code whole."""
    code: list[Span] = []
    for start, end in spans:
        if source.startswith(comments, start):
            code.append((start, end))
            continue
        pos = at = start
        while (quote := _QUOTED.search(source, at, end)) is not None:
            close = string_end(source, quote.start())
            if close <= end and looks_like_prose(source[quote.start() + 1:close - 1]):
                code.append((pos, quote.start() + 1))
                pos = close - 1
            at = close
        code.append((pos, end))
    return code


def read_markup(builder: TextBuilder, source: str, spans: list[Span], skipped: frozenset[str] = SKIPPED,
                options: Options | None = None, bound_attr: AttributeReader | None = None) -> None:
    """Read what is left once `spans` are blanked as HTML; with `options`, component props carry copy."""
    copy_attr = partial(is_copy_prop, options=options) if options is not None else None
    add_html(builder, blank(source, spans), skipped=skipped, copy_attr=copy_attr, bound_attr=bound_attr)


def is_copy_prop(name: str, value: str, options: Options = DEFAULT) -> bool:
    """`<Hero title="...">` and `<Faq a="Yes, it is safe for everyone.">` carry copy (a prose key, or a
    value that reads like a sentence under a key not known to hold code); `:title="expr"`, `@click`,
    `v-if` and `#slot` are code."""
    return name[:1] not in ":@#" and not name.startswith("v-") and is_copy(value, name, options)


def add_php(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """PHP: `<?php ... ?>` and `<?= ... ?>` are code; a file may end inside its last block."""
    read_markup(builder, source, without_copy(source, delimited(source, re.compile(r"<\?"), (("<?", "?>"),),
                                                                unclosed_ok=True)))


def add_blade(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Laravel Blade: `{{ }}`, `{!! !!}`, `{{-- --}}`, `<?php ?>`, `@php ... @endphp` and directives
    (`@include('partials.nav')`, `@if($x)`, `@endif`) are code; `info@clinic.com` is not a directive."""
    php = delimited(source, _BLADE_PHP, (("@php", "@endphp"), ("<?", "?>")), unclosed_ok=True)
    rest = blank(source, php)
    tags = delimited(rest, _BLADE_OPEN, _BLADE)
    rest = blank(rest, tags)
    read_markup(builder, source, without_copy(source, php + tags + list(_directives(rest)), ("{{--",)))


def _directives(source: str) -> Iterator[Span]:
    """`@name` and its parenthesised arguments, when it starts a word."""
    for m in _BLADE_DIRECTIVE.finditer(source):
        end = m.end()
        if source.startswith("(", end):
            end = _matching(source, end, "(", ")")
        yield m.start(), end


def add_razor(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """ASP.NET Razor (`.cshtml`, `.razor`): `@* *@`, `@{ }` blocks, `@( )` and `@Model.Name`,
    `@Html.Raw(x)`, `@if (x)` expressions are code; `info@clinic.com` and `@@` are not."""
    comments = delimited(source, re.compile(r"@\*"), (("@*", "*@"),))
    rest = blank(source, comments)
    read_markup(builder, source, comments + without_copy(rest, list(_razor_code(rest))))


def _razor_code(source: str) -> Iterator[Span]:
    """`@{ ... }`, `@( ... )`, a directive line (`@model X<Y>`), a statement's head (`@foreach (var s in
    Model)`, its braces stay) and `@name` with what it calls, indexes or reads (`@Model.Items[0].Title`)."""
    for m in _RAZOR.finditer(source):
        word, end = m.group()[1:], m.end()
        if word in ("{", "("):
            end = _matching(source, m.start() + 1, word, "}" if word == "{" else ")")
        elif word in _RAZOR_LINE:
            line_end = source.find("\n", end)
            end = len(source) if line_end < 0 else line_end
        elif word in _RAZOR_STATEMENT:
            head = _RAZOR_HEAD.match(source, end)
            end = _matching(source, head.end() - 1, "(", ")") if head else end
        else:
            end = _member_end(source, end)
        yield m.start(), end


def _member_end(source: str, end: int) -> int:
    """Past `.name`, `(...)` and `[...]` after a Razor expression's first name."""
    while end < len(source):
        if source[end] in "([":
            end = _matching(source, end, source[end], ")" if source[end] == "(" else "]")
        elif (name := _RAZOR_MEMBER.match(source, end)) is not None:
            end = name.end()
        else:
            return end
    return end


def add_jinja(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Jinja, Nunjucks, Liquid, Handlebars, Twig, Mustache: `{{ }}`, `{% %}`, `{# #}` and comment blocks."""
    comments = [(m.start(), m.end()) for m in _LIQUID_COMMENT.finditer(source)]
    rest = blank(source, comments)
    read_markup(builder, source, comments + without_copy(rest, delimited(rest, _JINJA_OPEN, _JINJA), ("{#", "{{!--")))


def add_erb(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """ERB and EJS: `<% %>`, `<%= %>`, `<%# %>`."""
    read_markup(builder, source, without_copy(source, delimited(source, re.compile(r"<%"), (("<%", "%>"),)), ("<%#", "<%--")))
