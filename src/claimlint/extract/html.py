"""HTML -> prose with source offsets, using the standard library's HTMLParser.

HTMLParser is the parser that reports source positions (`getpos`) for every
tag, text run, entity and comment, and it never gives up on broken markup,
which is what a linter needs on real pages. Text runs are copied verbatim;
entities are decoded and mapped to the whole `&...;` they replace.
"""
from __future__ import annotations

import html
import re
from typing import Callable, Iterator
from html.parser import HTMLParser, attrfind_tolerant, tagfind_tolerant

from claimlint.extract.jsonld import add_jsonld
from claimlint.extract.prose import DEFAULT, Options
from claimlint.extract.textmap import Comment, TextBuilder

SKIPPED = frozenset({"script", "style", "noscript", "template", "code", "pre", "svg", "math",
                     "iframe", "object", "textarea", "select"})
# A page's menus, footer and contact form repeat on every page of a site and are not its claims.
# A template or component is the one place that chrome is written, so readers of templates keep it.
# For "form" only the controls' text is skipped: ASP.NET and some page builders wrap a whole page in one.
PAGE_CHROME = frozenset({"nav", "footer", "form"})
FORM_CONTROLS = frozenset({"label", "button", "legend", "option"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav",
    "ol", "option", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
    "title", "tr", "ul", "button", "label", "img", "meta", "input",
})
META_TEXT = frozenset({"description", "og:description", "twitter:description", "og:title", "twitter:title"})
JSONLD = "application/ld+json"
# A reader of one attribute (builder, name, value, offset in the file) that returns whether it took it.
AttributeReader = Callable[[TextBuilder, str, str, int], bool]
_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_NL = re.compile("\n")


def add_escaped(builder: TextBuilder, raw: str, offset: int) -> None:
    """Add text that may hold character references (attribute values, JSON-LD)."""
    pos = 0
    for m in _ENTITY.finditer(raw):
        builder.add(raw[pos:m.start()], offset + pos)
        builder.add(html.unescape(m.group()), offset + m.start(), len(m.group()))
        pos = m.end()
    builder.add(raw[pos:], offset + pos)


class _Extractor(HTMLParser):
    def __init__(self, builder: TextBuilder, source: str, base: int, skipped: frozenset[str],
                 copy_attr: Callable[[str, str], bool] | None, bound_attr: AttributeReader | None = None) -> None:
        super().__init__(convert_charrefs=False)
        self.builder, self.source, self.base = builder, source, base
        self.skipped, self.copy_attr, self.bound_attr = skipped, copy_attr, bound_attr
        self.line_starts = [0] + [m.end() for m in _NL.finditer(source)]
        self.skip: list[str] = []
        self.forms = 0  # <form> elements open, when forms are chrome
        self.script: tuple[str, list[tuple[int, str]]] | None = None  # (type, body) of a script read as data

    def here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.builder.block_break()
        if tag == "script" and _read_script(kind := (dict(attrs).get("type") or "").strip().lower()):
            self.script = (kind, [])
        if tag == "form" and tag in self.skipped:
            self.forms += 1
        elif self._skips(tag):
            self.skip.append(tag)
            return
        if not self.skip:
            self._attribute_text(tag, dict(attrs))

    def _skips(self, tag: str) -> bool:
        return tag not in VOID and (tag in self.skipped or (self.forms > 0 and tag in FORM_CONTROLS))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.builder.block_break()
        if not self.skip:
            self._attribute_text(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self.forms:
            self.forms -= 1
        if self.skip and tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
            if tag == "script" and self.script is not None:
                self._flush_script()
            return
        if tag in BLOCKS:
            self.builder.block_break()

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script[1].append((self.base + self.here(), data))
        elif not self.skip:
            self.builder.add(data, self.base + self.here())

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def _reference(self, raw: str) -> None:
        if self.skip:
            return
        start = self.here()
        if self.source.startswith(";", start + len(raw)):
            raw += ";"
        self.builder.add(html.unescape(raw), self.base + start, len(raw))

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """`<![` that is no CDATA or marked section is a bogus comment, as browsers read it.

        The standard parser raises AssertionError on it (`<![0`, `<![A:`), which
        would end the whole file's extraction; it also moves the position
        counter before raising, so that is put back.
        """
        position = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def handle_comment(self, data: str) -> None:
        start = self.here()
        end = self.source.find("-->", start)
        end = len(self.source) if end < 0 else end + 3
        self.builder.comments.append(Comment(self.base + start, self.base + end, data))

    def _flush_script(self) -> None:
        """JSON-LD names and descriptions of procedures and products are copy, and so is the
        markup of a script that holds a template (Vue's `type="x-template"`, Handlebars, Angular):
        a page can keep all its copy there."""
        kind, body = self.script or ("", [])
        if body:
            text, at = "".join(d for _, d in body), body[0][0]
            if kind == JSONLD:
                add_jsonld(self.builder, text, at)
            else:
                add_html(self.builder, text, base=at, skipped=self.skipped, copy_attr=self.copy_attr,
                         bound_attr=self.bound_attr)
        self.script = None

    def _attribute_text(self, tag: str, attrs: dict[str, str | None]) -> None:
        """Alt text and meta descriptions are copy too (and, in MDX, copy props; in Vue, what a
        bound prop's reader takes): lint them in place."""
        wanted = self._copy_wanted(tag, attrs)
        if wanted is None and self.bound_attr is None:
            return
        for name, value, start in self._attributes():
            if self.bound_attr is not None and self.bound_attr(self.builder, name, value, start):
                continue
            if wanted is not None and wanted(name, value):
                self.builder.block_break()
                add_escaped(self.builder, value, start)
                self.builder.block_break()

    def _copy_wanted(self, tag: str, attrs: dict[str, str | None]) -> Callable[[str, str], bool] | None:
        if self.copy_attr is not None:
            return self.copy_attr
        if tag in ("img", "area", "input"):
            return lambda name, value: name.lower() == "alt"
        key = (attrs.get("name") or attrs.get("property") or "").strip().lower()
        return (lambda name, value: name.lower() == "content") if tag == "meta" and key in META_TEXT else None

    def _attributes(self) -> Iterator[tuple[str, str, int]]:
        """The start tag's attributes that have a value: (name, value without its quotes, its offset in the file)."""
        tag_text = self.get_starttag_text() or ""
        tag_start = self.base + self.here()
        k = tagfind_tolerant.match(tag_text, 1)
        pos = k.end() if k else len(tag_text)
        while pos < len(tag_text):
            m = attrfind_tolerant.match(tag_text, pos)
            if not m or m.end() == pos:
                break
            pos = m.end()
            name, value = m.group(1), m.group(3)
            if not value:
                continue
            start = m.start(3)
            if value[:1] in "'\"" and value[-1:] == value[:1] and len(value) >= 2:
                value, start = value[1:-1], start + 1
            yield name, value, tag_start + start


def add_html(builder: TextBuilder, source: str, options: Options = DEFAULT, *, base: int = 0,
             skipped: frozenset[str] = SKIPPED | PAGE_CHROME,
             copy_attr: Callable[[str, str], bool] | None = None, bound_attr: AttributeReader | None = None) -> None:
    """Extract the prose of `source` (an HTML page or fragment, found at `base`) into `builder`.

    Templates pass their own `skipped` tags (Vue's markup lives in `<template>`);
    MDX passes `copy_attr`, which says which JSX props (by their written name and value) carry copy;
    Vue passes `bound_attr`, which reads the copy of a bound prop's data and says it took the prop.
    """
    parser = _Extractor(builder, source, base, skipped, copy_attr, bound_attr)
    parser.feed(source)
    parser.close()
    if parser.script is not None:
        parser._flush_script()
    builder.block_break()


def _read_script(kind: str) -> bool:
    """A script read as data, not code: JSON-LD, or a template's markup ("text/x-template",
    "text/html", "text/x-handlebars-template", "text/ng-template", ...)."""
    return kind == JSONLD or kind == "text/html" or any(w in kind for w in ("template", "handlebars", "mustache"))
