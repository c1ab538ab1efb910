"""Stage 1: a file's text -> a Document (prose + map back to the source).

Each format is one reader module; the tables below are the only place a
format is named. A reader adds the copy it finds to a TextBuilder; a binary
format (Word) also has a `load` that turns the file's bytes into the text
its findings point into.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import PurePath
from typing import Callable, NamedTuple

from claimlint.errors import ParseError, SourceError
from claimlint.extract.prose import DEFAULT, Options, options_for
from claimlint.extract.textmap import Comment, LineIndex, SourceMap, TextBuilder


class Reader(NamedTuple):
    """How one format is read: `add` finds its copy; `load` decodes a binary file first.

    Readers are named, not imported: a pre-commit run on three Markdown files
    never pays for the JavaScript parser or the .docx reader.
    """

    module: str  # in claimlint.extract
    adder: str
    loader: str | None = None
    walked: bool = True  # found by folder walks (data files are linted when named or included)

    @property
    def add(self) -> Callable[[TextBuilder, str, Options], None]:
        return self._function(self.adder)

    @property
    def load(self) -> Callable[[bytes], str] | None:
        return self._function(self.loader) if self.loader is not None else None

    def _function(self, name: str) -> Callable[..., object]:
        return getattr(import_module(f"claimlint.extract.{self.module}"), name)  # type: ignore[no-any-return]


FORMATS: dict[str, Reader] = {
    "markdown": Reader("markdown", "add_markdown"),
    "mdx": Reader("mdx", "add_mdx"),
    "html": Reader("html", "add_html"),
    "text": Reader("plain", "add_plain"),
    "php": Reader("templates", "add_php"),
    "blade": Reader("templates", "add_blade"),  # Laravel: `.blade.php`, matched before `.php`
    "jinja": Reader("templates", "add_jinja"),  # also Nunjucks, Liquid, Handlebars, Twig, Mustache
    "erb": Reader("templates", "add_erb"),  # also EJS and ASP.NET Web Forms
    "razor": Reader("templates", "add_razor"),  # ASP.NET `.cshtml` and `.razor`
    "astro": Reader("components", "add_astro"),
    "vue": Reader("components", "add_vue"),
    "svelte": Reader("components", "add_svelte"),
    "js": Reader("js", "add_js"),  # JavaScript with JSX
    "ts": Reader("js", "add_ts"),
    "tsx": Reader("js", "add_tsx"),
    "yaml": Reader("data", "add_yaml", walked=False),
    "json": Reader("data", "add_json", walked=False),
    "toml": Reader("data", "add_toml", walked=False),
    "docx": Reader("word", "add_docx", loader="load_docx"),
    "rst": Reader("rst", "add_rst"),
}
SUFFIXES = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".mdx": "mdx",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
    ".php": "php", ".phtml": "php", ".blade.php": "blade",
    ".njk": "jinja", ".liquid": "jinja", ".hbs": "jinja", ".handlebars": "jinja", ".jinja": "jinja",
    ".jinja2": "jinja", ".j2": "jinja", ".twig": "jinja", ".mustache": "jinja",
    ".erb": "erb", ".ejs": "erb", ".aspx": "erb", ".ascx": "erb", ".master": "erb",
    ".cshtml": "razor", ".razor": "razor",
    ".astro": "astro", ".vue": "vue", ".svelte": "svelte",
    ".js": "js", ".jsx": "js", ".mjs": "js", ".cjs": "js",
    ".ts": "ts", ".mts": "ts", ".cts": "ts", ".tsx": "tsx",
    ".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml",
    ".docx": "docx",
    ".rst": "rst",
}


class Document(NamedTuple):
    """One file's prose, ready for spaCy, and the way back to the file."""

    path: str
    source: str
    text: str
    smap: SourceMap
    comments: list[Comment]
    fmt: str


def format_for(path: str, options: Options = DEFAULT, default: str | None = "text") -> str | None:
    """The format a file is read as: the config's `formats`, else its suffix.

    A file with no suffix is text; an unknown suffix gives `default` (None
    when the caller skips such files rather than read code as prose).
    """
    name = PurePath(path)
    suffix = name.suffix.lower()
    formats = dict(options.formats)
    for key in ("".join(name.suffixes[-2:]).lower(), suffix):  # ".blade.php" before ".php"
        mapped = formats.get(key) or SUFFIXES.get(key)
        if mapped:
            return mapped
    return "text" if not suffix else default


def extract(path: str, source: str, fmt: str | None = None, options: Options = DEFAULT) -> Document:
    """Read the prose out of `source` (the file's decoded text, or a binary file's loaded text)."""
    fmt = fmt or format_for(path, options) or "text"
    builder = TextBuilder()
    try:
        FORMATS[fmt].add(builder, source, options)
    except ParseError as exc:
        raise SourceError(path, exc.line, exc.message) from None
    return Document(path, source, builder.text(), builder.smap, builder.comments, fmt)


__all__ = ["Comment", "Document", "FORMATS", "LineIndex", "Options", "Reader", "SourceMap", "SUFFIXES",
           "extract", "format_for", "options_for"]
