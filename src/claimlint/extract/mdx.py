"""MDX -> prose: Markdown, with its `import`/`export` blocks and JSX read as code.

An `import`/`export` block (starting a line after a blank line, as MDX reads
it, and running to the first blank line outside brackets and strings) is
read by the JS reader, so
`export const metadata = { title: ..., faqs: [...] }` gives its copy and
nothing else. `{expressions}` in the body are code and blanked out (a
`{/* claimlint-disable ... */}` comment is kept as a directive). What is
left is Markdown; its JSX blocks are read as HTML whose copy props (the
prose keys: `title`, `description`, `alt`, ...) are linted. Each region is
read into its own builder and the blocks merged in file order.
"""
from __future__ import annotations

import re
from functools import partial

from claimlint.extract.components import EXPRESSION_COMMENT, prop_expressions
from claimlint.extract.js import read_js
from claimlint.extract.html import add_html
from claimlint.extract.markdown import FRONT_MATTER, add_markdown
from claimlint.extract.prose import DEFAULT, Options
from claimlint.extract.templates import Span, blank, braces, is_copy_prop, skip_code_text
from claimlint.extract.textmap import Comment, TextBuilder, merge

_ESM_START = re.compile(r"^(?:import|export)\b", re.M)
_LINE_END = re.compile(r"\r\n|\r|\n")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.S | re.M)
_INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)", re.S)
_BLANK_LINE = re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)")
_ENDS_BLANK = re.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)\Z")


def add_mdx(builder: TextBuilder, source: str, options: Options = DEFAULT) -> None:
    """Extract the copy of an MDX document into `builder`."""
    front = FRONT_MATTER.match(source)
    front_end = front.end() if front else 0
    code = [(0, front_end)] if front else []
    code += [(m.start(), m.end()) for m in _FENCE.finditer(source)]
    esm = _esm_blocks(source, code, front_end)
    parts: list[TextBuilder] = []
    for start, end in esm:
        part = TextBuilder()
        read_js(part, source[start:end], options, "js", base=start, first_line=source.count("\n", 0, start) + 1,
                what="MDX import/export (JavaScript)")
        parts.append(part)
    code += esm + [(m.start(), m.end()) for m in _INLINE_CODE.finditer(source)]
    body = TextBuilder()
    expressions = _expressions(source, code, body)
    markdown = blank(source, esm + expressions)
    copy_prop = partial(is_copy_prop, options=options)
    add_markdown(body, markdown, options, html=lambda b, s, base: add_html(b, s, base=base, copy_attr=copy_prop))
    merge(builder, [body, *parts, *prop_expressions(source, expressions, options)])


def _esm_blocks(source: str, code: list[Span], front_end: int) -> list[Span]:
    """Spans of import/export blocks: from a line that starts with either, after a blank line,
    to the first blank line outside brackets (a parse error in it is reported by the JS reader)."""
    blocks: list[Span] = []
    for m in _ESM_START.finditer(source):
        start = m.start()
        if (blocks and start < blocks[-1][1]) or _inside(start, code) or not _after_blank_line(source, start, front_end):
            continue
        blocks.append((start, _esm_end(source, start)))
    return blocks


def _esm_end(source: str, start: int) -> int:
    """The end of the block: the first blank line outside brackets, strings and comments (one pass)."""
    depth, pos, n = 0, start, len(source)
    while pos < n:
        ch = source[pos]
        skipped = skip_code_text(source, pos)
        if skipped is not None:
            pos = skipped
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(depth - 1, 0)
        elif ch in "\r\n" and depth == 0:
            gap = _BLANK_LINE.match(source, pos)
            if gap:
                return pos + 1
        pos += 1
    return n


def _after_blank_line(source: str, start: int, front_end: int) -> bool:
    """MDX reads `import`/`export` as code only where a paragraph could start, not mid-paragraph."""
    before = source[front_end:start]
    return not before.strip() or bool(_ENDS_BLANK.search(before))


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _expressions(source: str, code: list[Span], body: TextBuilder) -> list[Span]:
    """`{...}` spans outside code; `{/* ... */}` comments are kept as directives."""
    spans = braces(blank(source, code))  # braces() itself steps over <script>, <style> and comments
    for start, end in spans:
        comment = EXPRESSION_COMMENT.match(source, start, end)
        if comment:
            body.comments.append(Comment(start, end, comment.group(1)))
    return spans
