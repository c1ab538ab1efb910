"""Markdown -> prose with source offsets, using markdown-it-py.

markdown-it gives each block its source lines (`token.map`); inline text is
then found in those lines in reading order, so link destinations, code and
markup are stepped over while words keep their exact place. Raw HTML blocks
go through the HTML extractor with offsets still in the Markdown file, and
YAML (`---`) and TOML (`+++`) front matter contribute their copy (prose keys and
sentences, as data files do).
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

import yaml

from claimlint.extract.data import add_toml_strings, add_yaml_node
from claimlint.extract.html import add_html
from claimlint.extract.prose import DEFAULT, Options
from claimlint.extract.textmap import Comment, TextBuilder

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?\r?\n)?\+\+\+[ \t]*(?:\r?\n|\Z)", re.S)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_LINES = re.compile(r"\r\n|\r|\n")
_SKIP_BLOCKS = frozenset({"fence", "code_block", "hr"})


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """One parser for every page (it keeps no state between parses)."""
    from markdown_it import MarkdownIt  # here: a run served from the cache never parses Markdown

    # text_join would merge decoded entities into plain text and lose their source form.
    return MarkdownIt("commonmark").enable("table").disable("text_join")


HtmlReader = Callable[[TextBuilder, str, int], None]


def _plain_html(builder: TextBuilder, source: str, base: int) -> None:
    add_html(builder, source, base=base)


def add_markdown(builder: TextBuilder, source: str, options: Options = DEFAULT, html: HtmlReader = _plain_html) -> None:
    """Extract the prose of a Markdown document into `builder`.

    `html` reads raw HTML blocks (MDX reads its JSX blocks with copy props).
    """
    body = _add_front_matter(builder, source, options)
    line_starts = [0] + [m.end() for m in _LINES.finditer(source)] + [len(source)]
    cursor = 0  # blocks come in source order; table cells share their row's lines
    for token in _parser().parse(body):
        if token.type == "inline" and token.map:
            start = line_starts[token.map[0]]
            end = line_starts[min(token.map[1], len(line_starts) - 1)]
            walker = _InlineWalker(builder, source, max(start, min(cursor, end)), end)
            walker.walk(token.children or [])
            cursor = walker.cursor
        elif token.type == "html_block" and token.map:
            start = line_starts[token.map[0]]
            end = line_starts[min(token.map[1], len(line_starts) - 1)]
            builder.block_break()
            html(builder, source[start:end], start)
            cursor = end
        elif token.nesting != 0 or token.type in _SKIP_BLOCKS:
            builder.block_break()
    builder.block_break()


def _add_front_matter(builder: TextBuilder, source: str, options: Options = DEFAULT) -> str:
    """Lint the front matter's copy (prose keys, sentences); return the body with it blanked out.

    Blanking keeps every line where it was, so markdown-it's line numbers stay
    those of the file.
    """
    toml = _TOML_FRONT_MATTER.match(source)
    if toml:
        _add_toml_front_matter(builder, source, toml, options)
        return re.sub(r"[^\r\n]", " ", toml.group()) + source[toml.end():]
    m = FRONT_MATTER.match(source)
    if not m:
        return source
    try:
        node = yaml.compose(m.group(1) or "", Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        node = None  # front matter that is not YAML is not copy either
    offset = m.start(1) if m.group(1) is not None else 0
    if isinstance(node, yaml.MappingNode):
        add_yaml_node(builder, source, node, offset, options)
    blank = re.sub(r"[^\r\n]", " ", m.group())
    return blank + source[m.end():]


def _add_toml_front_matter(builder: TextBuilder, source: str, m: re.Match[str], options: Options) -> None:
    """Hugo's `+++` front matter is TOML; front matter that is not valid TOML is not copy."""
    try:
        tomllib.loads(m.group(1) or "")
    except (tomllib.TOMLDecodeError, RecursionError):
        return
    add_toml_strings(builder, source, m.start(1), m.end(1), options)


def _is_label_line(line: list[Token]) -> bool:
    """A line that is one emphasised span ("*Amino acids, fluids*", "**Benefits:**") labels what follows."""
    return len(line) >= 3 and line[0].type in ("em_open", "strong_open") \
        and line[-1].type == line[0].type.replace("_open", "_close") and line[0].markup == line[-1].markup


class _InlineWalker:
    """Finds each inline token's text in the block's source lines, in order."""

    def __init__(self, builder: TextBuilder, source: str, start: int, end: int) -> None:
        self.builder, self.source, self.cursor, self.end = builder, source, start, end

    def walk(self, tokens: list[Token]) -> None:
        line_start = 0
        for i, tok in enumerate(tokens):
            kind = tok.type
            if kind in ("softbreak", "hardbreak"):
                if kind == "hardbreak" or _is_label_line(tokens[line_start:i]):
                    self.builder.block_break()  # a line break readers see, or a bold label line
                else:
                    self.builder.add(" ", self.cursor, 0)
                line_start = i + 1
            elif kind == "text":
                self._text(tok.content)
            elif kind == "text_special":
                self._special(tok.content, tok.markup)
            elif kind == "code_inline":
                self._skip(tok.content)
            elif kind == "html_inline":
                self._html_inline(tok.content)
            elif kind == "image":
                self.walk(tok.children or [])
                self._skip_destination()
            elif kind == "link_close":
                self._skip_destination()

    def _find(self, needle: str) -> int:
        return self.source.find(needle, self.cursor, self.end) if needle else -1

    def _text(self, text: str) -> None:
        at = self._find(text)
        if at >= 0:
            self.builder.add(text, at)
            self.cursor = at + len(text)
            return
        for ch in text:  # text that markdown-it rewrote: map character by character
            at = self.source.find(ch, self.cursor, min(self.end, self.cursor + 16))
            if at >= 0:
                self.builder.add(ch, at)
                self.cursor = at + 1
            else:
                self.builder.add(ch, self.cursor, 0)

    def _special(self, text: str, markup: str) -> None:
        at = self._find(markup)
        if at < 0:
            self._text(text)
            return
        self.builder.add(text, at, len(markup))
        self.cursor = at + len(markup)

    def _skip(self, text: str) -> None:
        at = self._find(text)
        if at >= 0:
            self.cursor = at + len(text)

    def _html_inline(self, raw: str) -> None:
        at = self._find(raw)
        if at < 0:
            return
        if raw.startswith("<!--"):
            self.builder.comments.append(Comment(at, at + len(raw), raw[4:-3]))
        self.cursor = at + len(raw)

    def _skip_destination(self) -> None:
        """Step over `](destination "title")` so its words are never read as prose."""
        if self.source.startswith("](", self.cursor):
            close = self.source.find(")", self.cursor, self.end)
            if close >= 0:
                self.cursor = close + 1
