"""Property tests for every reader added for issue 10, as test_hostile_extract.py does for
Markdown, HTML and text: whatever the input, a reader either returns a Document whose map
stays inside the file and in order, or reports one SourceError; and every finding quotes
exactly the source slice it points at.
"""
from __future__ import annotations

import json
import unicodedata
import zipfile
from io import BytesIO

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from claimlint import lint_text
from claimlint.errors import ClaimlintError, ParseError, SourceError
from claimlint.extract import extract
from claimlint.extract.word import load_docx

from test_hostile_extract import CLAIMS, NEWLINES, ODD, _position

PATHS = {"markdown": "page.md", "mdx": "page.mdx", "php": "page.php", "jinja": "page.njk", "erb": "page.erb", "astro": "page.astro",
         "vue": "page.vue", "svelte": "page.svelte", "js": "page.jsx", "ts": "data.ts", "tsx": "page.tsx",
         "yaml": "data.yaml", "json": "data.json", "toml": "data.toml", "rst": "page.rst", "docx": "draft.docx"}
CODE = ["{", "}", "{{", "}}", "{%", "%}", "{#", "#}", "<?php ", "?>", "<%", "%>", "<%=", "${", "`", '"', "'", ":",
        ",", "[", "]", "(", ")", "=", ";", "---\n", "+++\n", "import x from \"y\"\n", "export const a = {",
        'title: "no side effects", ', "title = ", '"""', "'''", "- ", "  ", "key: ", "|\n", ">\n", "&amp;",
        '<Hero title="no side effects" />', "<p>", "</p>", "</div>", "<script>", "</script>", "<template>",
        "</template>", "{/* c */}", "// c\n", "/* c */", "\\", "\\u00e9", "\\u{1F600}", "\\ud83d", "```\n",
        ".. code-block:: js\n\n", "``x``", "*", "=====\n", ":ref:`x`", ".. include:: /etc/passwd\n",
        "{#if x}", "{/if}", "<!-- claimlint-disable -->", "{\"title\": ", "\"no side effects\"}"]
fragment = st.one_of(st.text(max_size=30), st.sampled_from(CLAIMS), st.sampled_from(CODE), st.sampled_from(ODD),
                     st.sampled_from(NEWLINES),
                     st.builds(lambda s, n: s * n, st.sampled_from(["{", "[", "<p>", "{{", "(", "- "]), st.integers(1, 300)))
documents = st.lists(fragment, max_size=30).map("".join)
PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_extraction(path: str, source: str) -> None:
    try:
        doc = extract(path, source)
    except SourceError:
        return  # bad input is reported, never a crash
    smap = doc.smap
    assert sum(smap.ext_lens) == len(doc.text)
    previous = 0
    for src_start, src_len in zip(smap.src_starts, smap.src_lens):
        assert 0 <= src_start and src_start + src_len <= len(source), (src_start, src_len, len(source))
        assert src_start >= previous, f"map goes backwards: {src_start} after {previous}"
        previous = src_start
    for comment in doc.comments:
        assert 0 <= comment.start <= comment.end <= len(source)


@pytest.mark.parametrize("fmt", sorted(PATHS))
@PROPERTY
@given(source=documents)
@example(source="")
@example(source="{" * 5000)
@example(source="[" * 5000)
@example(source="+++\nx = " + "[" * 5000 + "\n+++\n")
@example(source="<p>" * 300 + "no side effects")
def test_new_readers_map_inside_and_in_order(fmt: str, source: str) -> None:
    _check_extraction(PATHS[fmt], source)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(source=documents, fmt=st.sampled_from(sorted(PATHS)))
def test_new_readers_findings_point_at_what_they_quote(source: str, fmt: str, empty_config: str) -> None:
    try:
        findings = lint_text(source, path=PATHS[fmt], config=empty_config)
    except ClaimlintError:
        return
    for f in findings:
        assert 0 <= f.start <= f.end <= len(source)
        assert f.text == source[f.start:f.end]
        assert (f.line, f.column) == _position(source, f.start)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(claim=st.sampled_from(CLAIMS), fmt=st.sampled_from(sorted(PATHS)),
       noise=st.lists(st.sampled_from(ODD + NEWLINES), max_size=4))
def test_new_readers_find_claims_in_their_copy(claim: str, fmt: str, noise: list[str], empty_config: str) -> None:
    """The properties above are not vacuous: a claim in each format's copy is found and placed."""
    wrapped = {"markdown": "+++\ntitle = \"{}\"\n+++\n", "mdx": "{}\n", "php": "<p>{}</p>", "jinja": "<p>{}</p>", "erb": "<p>{}</p>", "astro": "<p>{}</p>",
               "vue": "<template><p>{}</p></template>", "svelte": "<p>{}</p>", "js": "const a = <p>{}</p>;",
               "ts": "export const a = {{ title: \"{}\" }};", "tsx": "const a = <p>{}</p>;",
               "yaml": "title: \"{}\"\n", "json": "{{\"title\": \"{}\"}}", "toml": "title = \"{}\"\n",
               "rst": "{}\n", "docx": "{}\n"}[fmt]
    # string literals of JSON, TOML and JS hold no control characters or line breaks
    text = "".join(ch for n in noise for ch in n if unicodedata.category(ch) not in ("Cc", "Zl", "Zp"))
    source = wrapped.format(text + " " + claim + " " + text)
    findings = lint_text(source, path=PATHS[fmt], config=empty_config)
    assert findings
    for f in findings:
        assert f.text == source[f.start:f.end]


@PROPERTY
@given(data=st.binary(max_size=300))
@example(data=b"PK\x03\x04not really a zip")
def test_docx_loader_reports_bad_bytes(data: bytes) -> None:
    try:
        load_docx(data)
    except ParseError:
        pass


def test_docx_loader_reports_a_zip_that_is_not_a_word_document() -> None:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "no side effects")
    with pytest.raises(ParseError, match="not a readable Word document"):
        load_docx(buffer.getvalue())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(before=st.text(max_size=20), after=st.text(max_size=20), claim=st.sampled_from(CLAIMS),
       fmt=st.sampled_from(["json", "js", "ts", "toml", "yaml", "mdx"]))
def test_escaped_strings_in_data_and_code_map_to_the_escape(before: str, after: str, claim: str, fmt: str,
                                                            empty_config: str) -> None:
    """Valid files whose copy string holds any text, escapes and all: findings still quote the file."""
    value = json.dumps(f"{before} {claim} {after}", ensure_ascii=False)
    source = {"json": '{{"title": {}}}', "js": "export const a = {{ title: {} }};\n",
              "ts": "export const a = {{ title: {} }};\n", "toml": "title = {}\n", "yaml": "title: {}\n",
              "mdx": "export const meta = {{ title: {} }}\n\n# Hi\n"}[fmt].format(value)
    try:
        findings = lint_text(source, path=PATHS[fmt], config=empty_config)
    except ClaimlintError:
        return  # a parser that refuses some escape (YAML's are not JSON's) reports it
    for f in findings:
        assert f.text == source[f.start:f.end]
        assert (f.line, f.column) == _position(source, f.start)
