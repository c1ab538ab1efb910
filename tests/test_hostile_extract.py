"""Property tests: extraction and `lint_text` survive any text in any format.

Hypothesis builds documents from arbitrary Unicode mixed with Markdown and
HTML markup (balanced or not, nested deep), zero-width and combining
characters, very long lines and every newline style. Whatever comes in,
extraction maps every prose character inside the file in reading order,
and every finding points at exactly the source text it quotes.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings, strategies as st

from claimlint import lint_text
from claimlint.extract import extract

FORMATS = {"markdown": "page.md", "html": "page.html", "text": "draft.txt"}
CLAIMS = ["Exosome therapy has no side effects.", "PRP is a miracle for thinning hair.",
          "Our stem cell treatment is FDA-approved", "guaranteed results", "100% safe and natural",
          "clinically proven to cure", "See instant results!"]
MARKUP = ["# ", "## ", "**", "*", "_", "`", "```\n", "~~~", "> ", "- ", "1. ", "| a | b |\n|---|---|\n", "---\n",
          "[", "](", ")", "![alt](x.png)", "[link](http://x/y \"t\")", "\\", "\\*", "    ", "<", ">", "&", "&amp;",
          "&#x1F600;", "&#0;", "&#x110000;", "&nbsp", "&notanentity;", "<!--", "-->", "<!-- claimlint-disable -->",
          "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<b>", "</i>", "<h1>", "</h2>", "<li>", "<ul>",
          '<img alt="', '">', '<img alt="no side effects" src=x>', '<meta name="description" content="guaranteed cure">',
          "<script>", "</script>", "<style>", '<script type="application/ld+json">',
          '{"description": "outer", "x": {"description": "inner"}}', "| x | x |\n",
          '{"@type": "MedicalProcedure", "name": "miracle \\u00e9", "description": "no side effects \\"x\\""}',
          "<![CDATA[", "]]>", "<![0", "<![A:", "<![if x]>", "<!", "<!x", "<?php", "?>", "<!DOCTYPE html>", "</", "<a href='", "'>", "<pre>", "</pre>",
          "<textarea>", "<svg><math>", "<table><tr><td>", "</td></tr>", "title: miracle cure\n", "...\n"]
ODD = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u0301", "\u0308\u0323", "\u00ad", "\u202e", "\u2028",
       "\u2029", "\x85", "\x0b", "\x0c", "\x00", "\x1b[31m", "\ud7ff", "\U0001f600", "\u0e01\u0e35", "e\u0301",
       "\t", "\xa0"]
NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\r\r", "\r\n\r\n"]

fragment = st.one_of(
    st.text(max_size=40),
    st.sampled_from(CLAIMS),
    st.sampled_from(MARKUP),
    st.sampled_from(ODD),
    st.sampled_from(NEWLINES),
    st.builds(lambda tag, n: f"<{tag}>" * n, st.sampled_from(["div", "p", "b", "span", "li", "blockquote"]),
              st.integers(1, 200)),
    st.builds(lambda s, n: s * n, st.sampled_from(["> ", "- ", "* ", "[", "*", "<", "&"]), st.integers(1, 120)),
    st.builds(lambda n: "safe " * n, st.integers(100, 3000)),  # a very long line
)
documents = st.lists(fragment, max_size=30).map("".join)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_NEWLINE = re.compile(r"\r\n|\r|\n")


def _position(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column, computed here independently of claimlint's LineIndex."""
    line_start, line = 0, 1
    for m in _NEWLINE.finditer(source, 0, offset):
        if m.end() <= offset:
            line_start, line = m.end(), line + 1
    return line, offset - line_start + 1


def _check_extraction(fmt: str, source: str) -> None:
    doc = extract(FORMATS[fmt], source)
    smap = doc.smap
    assert len(smap.ext_starts) == len(smap.ext_lens) == len(smap.src_starts) == len(smap.src_lens)
    assert sum(smap.ext_lens) == len(doc.text)
    previous = 0
    for src_start, src_len in zip(smap.src_starts, smap.src_lens):
        assert 0 <= src_start and src_start + src_len <= len(source), (src_start, src_len, len(source))
        assert src_start >= previous, f"map goes backwards: {src_start} after {previous}"
        previous = src_start
    last = 0
    for pos in range(len(doc.text) + 1):
        start, end = smap.start(pos), smap.end(pos)
        assert 0 <= start <= len(source) and 0 <= end <= len(source)
        assert start >= last, f"offset {pos} maps to {start}, before {last}"
        last = start
    for comment in doc.comments:
        assert 0 <= comment.start <= comment.end <= len(source)


def _check_findings(fmt: str, source: str, config: str) -> None:
    for f in lint_text(source, path=FORMATS[fmt], config=config):
        assert 0 <= f.start <= f.end <= len(source)
        assert f.text == source[f.start:f.end]
        assert (f.line, f.column) == _position(source, f.start)
        assert (f.end_line, f.end_column) == _position(source, f.end)


@PROPERTY
@given(source=documents)
@example(source="")  # an empty map once raised IndexError
@example(source="0|0\n-|-\n")  # a table's second cell once mapped onto the first
@example(source="<div><![0 miracle")  # `<![` + no name: HTMLParser's AssertionError
def test_markdown_extraction_maps_inside_and_in_order(source: str) -> None:
    _check_extraction("markdown", source)


@PROPERTY
@given(source=documents)
@example(source="ab<![0")  # the parser moved its position counter, then raised
@example(source="<![A: no side effects> miracle cure")
@example(source='<script type="application/ld+json">{"description": "A", "x": {"description": "B"}}</script>')
def test_html_extraction_maps_inside_and_in_order(source: str) -> None:
    _check_extraction("html", source)


@PROPERTY
@given(source=documents)
def test_text_extraction_maps_inside_and_in_order(source: str) -> None:
    _check_extraction("text", source)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(source=documents, fmt=st.sampled_from(sorted(FORMATS)))
def test_findings_point_at_what_they_quote(source: str, fmt: str, empty_config: str) -> None:
    _check_findings(fmt, source, empty_config)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(claim=st.sampled_from(CLAIMS), noise=st.lists(st.sampled_from(ODD + NEWLINES + MARKUP), max_size=6),
       fmt=st.sampled_from(sorted(FORMATS)))
def test_claims_among_odd_characters_are_found_and_placed(claim: str, noise: list[str], fmt: str,
                                                          empty_config: str) -> None:
    """Findings do occur in these documents (so the properties above are not vacuous)."""
    source = "".join(noise) + "\r\n\r\n" + claim + "\r" + "".join(noise)
    _check_extraction(fmt, source)
    _check_findings(fmt, source, empty_config)


def test_findings_in_a_plain_claim_are_checked() -> None:
    """A sanity check on `_position`: the helper agrees on mixed newlines."""
    source = "a\r\nb\rc\nd"
    assert [_position(source, i) for i in (0, 3, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]
