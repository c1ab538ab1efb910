"""Extraction: the prose of Markdown, HTML and text, mapped word for word to the source."""
from __future__ import annotations

import html
import json
import re

import pytest

from claimlint.extract import extract
from claimlint.lint import pipeline

MARKDOWN = """\
---
title: Front title words
description: "Front description words"
layout: layoutvalue
---

# Heading words

Paragraph words with `inlinecode words` and [link text words](https://dest.example/destword "titleword") and
![image alt words](img/imagefile.png) &amp; caf&eacute;.

- List item words
- Second item

| Cell header | Other |
|---|---|
| Cell body words | More |

```python
fencedcode words
```

    indentedcode words

<div class="box">
<p>Raw html block words &amp; more</p>
<!-- claimlint-disable-next-line hype -- legal ok -->
</div>

Last paragraph.
"""

HTML = """\
<html><head>
<title>Title words &amp; more</title>
<meta name="description" content="Meta description words">
<meta property="og:description" content='Open graph words &#8217;s'>
<meta name="keywords" content="keywordvalue">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "MedicalProcedure",
 "description": "Procedure description words", "url": "https://x.example/jsonurl"}
</script>
<script>var scriptword = 1;</script>
<style>.styleword {}</style>
</head><body>
<noscript>noscriptword</noscript>
<template><p>templateword</p></template>
<h2>Heading words</h2>
<p>Paragraph words with <code>codeword</code> done.</p>
<pre>preword</pre>
<nav><a href="/">navword</a></nav>
<form><label>formword</label><button>Send</button></form>
<footer>footerword</footer>
<button>Button words</button>
<img src="imagefile.png" alt="Alt text words">
<p>Rock&nbsp;and&amp;roll, it&#8217;s caf&eacute;.</p>
<!-- claimlint-disable-file -->
</body></html>
"""

TEXT = """\
SERVICES AND PRICES

Our clinic offers treatments that are
wrapped over two lines.

- First list item
- Second list item
"""

INCLUDED = {
    "markdown": ["Front title words", "Front description words", "Heading words", "link text words",
                 "image alt words", "List item words", "Cell header", "Cell body words",
                 "Raw html block words & more", "& café", "Last paragraph."],
    "html": ["Title words & more", "Meta description words", "Open graph words 's",
             "Procedure description words", "Heading words", "Paragraph words with", "Button words", "Alt text words",
             "Rock and&roll, it's café."],
    "text": ["SERVICES AND PRICES", "Our clinic offers treatments that are wrapped over two lines.",
             "First list item"],
}
SKIPPED = {
    "markdown": ["inlinecode", "destword", "titleword", "imagefile", "fencedcode", "indentedcode",
                 "layoutvalue", "python", "claimlint", "---", "|"],
    "html": ["scriptword", "styleword", "noscriptword", "templateword", "codeword", "preword", "navword",
             "formword", "footerword",
             "keywordvalue", "jsonurl", "imagefile", "schema", "claimlint", "<", "&amp;"],
    "text": [],
}
SOURCES = {"markdown": ("page.md", MARKDOWN), "html": ("page.html", HTML), "text": ("draft.txt", TEXT)}


@pytest.mark.parametrize("fmt", SOURCES)
def test_every_word_maps_back_to_the_same_word(fmt: str) -> None:
    path, source = SOURCES[fmt]
    doc = extract(path, source)
    assert doc.fmt == fmt
    words = list(re.finditer(r"\w+", doc.text))
    assert len(words) > 10
    for m in words:
        start, end = doc.smap.start(m.start()), doc.smap.end(m.end())
        assert html.unescape(source[start:end]) == m.group(), (m.group(), source[start:end])


@pytest.mark.parametrize("fmt", SOURCES)
def test_included_and_skipped_text(fmt: str) -> None:
    doc = extract(*SOURCES[fmt])
    for phrase in INCLUDED[fmt]:
        assert phrase in doc.text
    for word in SKIPPED[fmt]:
        assert word not in doc.text


@pytest.mark.parametrize(("path", "source", "decoded", "raw"), [
    ("a.html", "<p>Rock &amp; roll</p>", "&", "&amp;"),
    ("a.html", "<p>It&#8217;s here</p>", "'", "&#8217;"),  # decoded, then normalised
    ("a.html", "<p>It&#x2019;s here</p>", "'", "&#x2019;"),
    ("a.html", "<p>caf&eacute; bar</p>", "é", "&eacute;"),
    ("a.html", '<img alt="Tom &amp; Jerry">', "&", "&amp;"),
    ("a.md", "Rock &amp; roll\n", "&", "&amp;"),
    ("a.html", '<script type="application/ld+json">{"@type": "MedicalProcedure", '
               '"description": "Caf\\u00e9 bar"}</script>', "é", "\\u00e9"),
])
def test_decoded_references_point_at_the_original(path: str, source: str, decoded: str, raw: str) -> None:
    doc = extract(path, source)
    at = doc.text.index(decoded)
    start, end = doc.smap.start(at), doc.smap.end(at + 1)
    assert source[start:end] == raw
    assert (start, end) == (source.index(raw), source.index(raw) + len(raw))


@pytest.mark.parametrize("source", [
    '[Read more](/x "a miracle") *miracle* cure.\n',
    '![A photo](/img.png "a miracle") **miracle** cure.\n',
])
def test_text_after_a_link_maps_past_its_destination(source: str) -> None:
    doc = extract("a.md", source)
    at = doc.text.index("miracle")
    assert doc.smap.start(at) == source.rindex("miracle")


def test_nbsp_entity_becomes_a_space_between_mapped_words() -> None:
    source = "<p>exosome&nbsp;therapy</p>"
    doc = extract("a.html", source)
    assert "exosome therapy" in doc.text
    at = doc.text.index("therapy")
    assert source[doc.smap.start(at):doc.smap.end(at + len("therapy"))] == "therapy"


def test_jsonld_name_only_for_treatment_types() -> None:
    source = ('<script type="application/ld+json">[{"@type": "Organization", "name": "Clinicname"},'
              ' {"@type": ["MedicalProcedure"], "name": "Procedurename"}]</script>')
    text = extract("a.html", source).text
    assert "Procedurename" in text and "Clinicname" not in text
    json.loads(source[source.index(">") + 1:source.rindex("<")])  # the fixture itself is valid JSON


def test_jsonld_faq_and_reviews_are_copy_and_point_at_their_place() -> None:
    source = ('<script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [{"@type": "Question", '
              '"name": "Does it hurt?", "acceptedAnswer": {"@type": "Answer", "text": "No, it is painless."}}], '
              '"review": {"@type": "Review", "reviewBody": "Best clinic ever.", "author": {"@type": "Person", '
              '"name": "Sam"}}}</script>')
    doc = extract("a.html", source)
    assert "Does it hurt?" in doc.text and "No, it is painless." in doc.text and "Best clinic ever." in doc.text
    assert "Sam" not in doc.text
    at = doc.text.index("painless")
    assert source[doc.smap.start(at):doc.smap.end(at + len("painless"))] == "painless"
    json.loads(source[source.index(">") + 1:source.rindex("<")])


@pytest.mark.parametrize(("path", "source"), [
    ("a.md", "# Exosome therapy\nClinically proven results.\n"),
    ("a.md", "Exosome therapy\n===============\nClinically proven results.\n"),
    ("a.md", "- Exosome therapy\n- Clinically proven results\n"),
    ("a.md", "| Exosome therapy | Clinically proven results |\n|---|---|\n| a | b |\n"),
    ("a.html", "<h1>Exosome therapy</h1>Clinically proven results."),
    ("a.html", "<div>Exosome therapy</div><div>Clinically proven results.</div>"),
    ("a.html", "<li>Exosome therapy<li>Clinically proven results."),
    ("a.txt", "EXOSOME THERAPY\nClinically proven results.\n"),
    ("a.txt", "- Exosome therapy\n- Clinically proven results\n"),
])
def test_blocks_never_form_one_sentence(path: str, source: str, empty_config: str) -> None:
    doc = extract(path, source)
    sents = list(pipeline(empty_config)(doc.text).sents)
    together = [s.text for s in sents if "xosome" in s.text.lower() and "Clinically" in s.text]
    assert not together, together


def test_wrapped_plain_text_lines_form_one_sentence(empty_config: str) -> None:
    doc = extract("a.txt", "Our clinic offers treatments that are\nclinically proven for hair.\n")
    sents = [s.text for s in pipeline(empty_config)(doc.text).sents if s.text.strip()]
    assert sents == ["Our clinic offers treatments that are clinically proven for hair."]


@pytest.mark.parametrize(("path", "source", "body"), [
    ("a.md", "Text.\n\n<!-- claimlint-disable-file -->\n\nMore.\n", " claimlint-disable-file "),
    ("a.md", "Inline <!-- claimlint-enable --> comment.\n", " claimlint-enable "),
    ("a.html", "<p>Text</p><!-- claimlint-disable hype -- ok --><p>More</p>", " claimlint-disable hype -- ok "),
])
def test_comments_are_collected_with_their_source_span(path: str, source: str, body: str) -> None:
    doc = extract(path, source)
    assert [c.body for c in doc.comments] == [body]
    comment = doc.comments[0]
    assert source[comment.start:comment.end] == f"<!--{body}-->"
    assert "claimlint" not in doc.text


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_fixture_comments_are_collected(fmt: str) -> None:
    doc = extract(*SOURCES[fmt])
    assert len(doc.comments) == 1 and doc.comments[0].body.strip().startswith("claimlint-disable")


def test_a_markdown_run_imports_neither_the_http_client_nor_other_readers(tmp_path) -> None:
    """Startup cost matters to a pre-commit hook: readers load with their format, fetch with a URL."""
    import subprocess
    import sys

    page = tmp_path / "page.md"
    page.write_text("Our PRP is FDA-approved.\n", encoding="utf-8")
    code = ("import sys\nfrom claimlint.lint import lint_paths\n"
            f"lint_paths([{str(page)!r}])\n"
            "print(sorted(m for m in sys.modules if m.startswith(('claimlint.fetch', 'claimlint.extract.'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = eval(out)  # a printed list of module names
    assert "claimlint.fetch" not in loaded
    assert "claimlint.extract.markdown" in loaded
    assert not {"claimlint.extract.js", "claimlint.extract.word", "claimlint.extract.rst"} & set(loaded)
