"""Components -> prose: Astro, Vue and Svelte.

A component's markup is read as a template's is (expressions blanked, copy props read). Its
script (Vue's and Svelte's `<script>`, Astro's `---` front matter) is read as a JavaScript file
is, by where each string is: pages keep their FAQs, testimonials and service blurbs there
(`const faqs = [{ question: "...", answer: "..." }]`), and such copy must not pass unread; so
is a prop given as an expression (`<Faq items={[...]} />`), in MDX too.
An Astro `<script>` runs in the browser and is left alone.
"""
from __future__ import annotations

import re
from functools import partial
from typing import Iterator

from claimlint.errors import ParseError
from claimlint.extract.html import SKIPPED
from claimlint.extract.js import read_js
from claimlint.extract.prose import DEFAULT, Options
from claimlint.extract.templates import Span, braces, delimited, line_of, read_markup
from claimlint.extract.textmap import TextBuilder, merge

# A component's own script starts a line; one written inside an expression or a string is not it.
_SCRIPT = re.compile(r"^(<script\b[^>]*>)(.*?)</script\s*>", re.S | re.I | re.M)
_NOT_JS = re.compile(r"""\btype\s*=\s*["']?(?!module\b|text/javascript\b|application/javascript\b)""", re.I)
_TYPESCRIPT = re.compile(r"""\blang\s*=\s*["']?ts\b""", re.I)
_FENCE_OPEN = re.compile(r"\A\s*---[ \t]*(?:\r?\n|\r)")
_PROP_BEFORE = re.compile(r"\s([A-Za-z_][\w-]*)\s*=\s*\Z")  # `<Hero title=` before a `{`
EXPRESSION_COMMENT = re.compile(r"\{\s*/\*(.*)\*/\s*\}\Z", re.S)  # `{/* ... */}`
_ASTRO_FENCE = re.compile(r"\A\s*---[ \t]*\r?\n(.*?)^---[ \t]*\r?$", re.S | re.M)


def add_vue(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Vue single-file components: the `<template>` markup without `{{ }}` (with the data of bound
    props), and the `<script>`."""
    markup = TextBuilder()
    read_markup(markup, source, delimited(source, re.compile(r"\{\{"), (("{{", "}}"),)), SKIPPED - {"template"},
                options, partial(_bound_prop, options=options))
    merge(builder, [markup, *_scripts(source, options)])


def _bound_prop(builder: TextBuilder, name: str, value: str, start: int, options: Options) -> bool:
    """`:items="[{ title: 'Invisalign', text: '...' }]"`: the array or object of a bound prop holds
    copy as a data file does; any other bound expression (`:class`, `:to="route"`) is code."""
    if not name.startswith((":", "v-bind:")) or value.lstrip()[:1] not in ("[", "{"):
        return False
    _expression_copy(builder, value, start, options)
    return True


def add_svelte(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Svelte: `{expression}` and `{#if}`/`{/if}` blocks are code, but a prop's expression and the
    `<script>` are read as JavaScript."""
    markup = TextBuilder()
    expressions = braces(source)
    read_markup(markup, source, expressions, options=options)
    merge(builder, [markup, *prop_expressions(source, expressions, options), *_scripts(source, options)])


def add_astro(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Astro: every `{expression}` is code; the `---` front matter is read as TypeScript."""
    fence = _ASTRO_FENCE.match(source)
    if fence is None and _FENCE_OPEN.match(source):
        raise ParseError(line_of(source, source.index("---")), "unclosed '---' front-matter fence (no closing '---')")
    start = fence.end() if fence else 0
    markup = TextBuilder()
    expressions = braces(source, start)
    read_markup(markup, source, ([(0, start)] if fence else []) + expressions, options=options)
    front = [_script(source, fence.start(1), fence.end(1), "ts", options)] if fence else []
    merge(builder, [markup, *prop_expressions(source, expressions, options), *front])


def prop_expressions(source: str, expressions: list[Span], options: Options) -> Iterator[TextBuilder]:
    """`<Faq items={[{ answer: "..." }]} />`, `<Hero title={"..."} />` (MDX, Astro, Svelte): a prop's
    expression holds copy as a data file does, read with the prop's name as its key."""
    for start, end in expressions:
        prop = _PROP_BEFORE.search(source, max(0, start - 100), start)
        if prop is not None and not EXPRESSION_COMMENT.match(source, start, end):
            part = TextBuilder()
            _expression_copy(part, source[start + 1:end - 1], start + 1, options, key=prop.group(1))
            yield part


def _scripts(source: str, options: Options) -> Iterator[TextBuilder]:
    for m in _SCRIPT.finditer(source):
        if not _NOT_JS.search(m.group(1)):
            kind = "ts" if _TYPESCRIPT.search(m.group(1)) else "js"
            yield _script(source, m.start(2), m.end(2), kind, options)


def _script(source: str, start: int, end: int, kind: str, options: Options) -> TextBuilder:
    part = TextBuilder()
    _js_copy(part, source[start:end], start, kind, options)
    return part


def _expression_copy(builder: TextBuilder, expression: str, start: int, options: Options,
                     key: str | None = None) -> None:
    """An expression found at `start`, parsed in parentheses (`({"items": ...})` with a `key`, which
    then names its strings); the wrapper lies over the characters before it, where nothing is read."""
    wrapper = f'({{"{key}": ' if key else "("
    _js_copy(builder, wrapper + expression + ("})" if key else ")"), start - len(wrapper), "js", options)


def _js_copy(builder: TextBuilder, code: str, base: int, kind: str, options: Options) -> None:
    """The copy of `code`, or none when the grammar cannot read it: newer syntax (runes, decorators)
    or an HTML entity must not cost the component its markup, which was all that was read before."""
    try:
        read_js(builder, code, options, kind, base=base)
    except ParseError:
        pass
