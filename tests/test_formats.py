"""Every reader on files the team wrote: claims in prose, props and template text are
found at their exact place; the same claims in code, expressions and markup give nothing.

Each source holds "no side effects" (rule no-side-effects) and "100% safe" (rule
completely-safe) several times: `EXPECTED` names which occurrences are copy, so every
other occurrence is a decoy that must stay silent. Positions are computed here from
the source, independently of claimlint.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimlint import lint_text
from claimlint.extract import FORMATS, SUFFIXES, extract, format_for

NSE, SAFE = "no side effects", "100% safe"
RULES = {NSE: "no-side-effects", SAFE: "completely-safe"}

SOURCES: dict[str, str] = {
    "page.mdx": """\
---
title: Exosome facials
description: Our exosome facial has no side effects.
slug: no-side-effects-exosome
---
import Hero from "../components/no side effects.jsx"
import { Callout } from "./callout"

export const meta = {
  heroHeadline: "The peel is 100% safe.",
  procedureSlug: "no side effects",
  image: "/img/no side effects.png",
}

# Exosome facials

Our exosome therapy has no side effects, {props.clinic} says.

<Hero title="Our exosome therapy has no side effects." className="no side effects here" />

{/* no side effects in a comment */}

```js
const copy = "no side effects";
```

Inline `no side effects` code and {"no side effects"} in an expression.
""",
    "page.php": """\
<?php $title = "no side effects"; ?>
<h1><?= $title ?></h1>
<p>Our <?php echo $name; ?> exosome therapy has no side effects.</p>
<?php
// The peel is 100% safe.
""",
    "page.blade.php": """\
@extends('layouts.app')
{{-- The peel is 100% safe. --}}
@section('content')
<p>Our {{ $name }} exosome therapy has no side effects.</p>
<p>{!! $note !!} The peel is 100% safe.</p>
@include('partials.faq', ['answer' => 'no side effects'])
<p>Write to info@clinic.com: the peel is 100% safe.</p>
@php $x = "no side effects"; @endphp
@endsection
""",
    "page.cshtml": """\
@model Page
@* The peel is 100% safe. *@
@{ var note = "no side effects"; }
<h1>@Model.Title</h1>
<p>@Html.Raw(Model.Intro) The peel is 100% safe.</p>
@foreach (var s in Model.Items) {
  <p>@s.Name: write to info@clinic.com, our exosome therapy has no side effects.</p>
}
<p>@(Model.Note ?? "no side effects")</p>
""",
    "page.aspx": """\
<%@ Page Title="The peel is 100% safe." Language="C#" %>
<asp:Content runat="server">
<p>Our <%= Name %> exosome therapy has no side effects.</p>
<% var x = "no side effects"; %>
</asp:Content>
""",
    "page.njk": """\
{% extends "base.njk" %}
{# no side effects #}
<p>Our {{ treatment.name | title }} exosome therapy has no side effects.</p>
{% if x == "100% safe" %}<p>The peel is 100% safe.</p>{% endif %}
""",
    "page.liquid": """\
{% comment %}no side effects{% endcomment %}
<p>Our {{ product.title }} exosome therapy has no side effects.</p>
{% assign note = "100% safe" %}
""",
    "page.hbs": """\
{{!-- no side effects --}}
<p>Our {{name}} exosome therapy has no side effects.</p>
{{{ "100% safe" }}}
""",
    "page.erb": """\
<%# no side effects %>
<p>Our <%= @name %> exosome therapy has no side effects.</p>
<% if note == "100% safe" %><p>The peel is 100% safe.</p><% end %>
""",
    "page.j2": """\
<p>Our {{ name }} exosome therapy has no side effects.</p>
{% set x = "100% safe" %}
""",
    "page.astro": """\
---
import Layout from "../layouts/no side effects.astro";
const title = "no side effects";
---
<Layout title={title}>
  <Hero heading="The peel is 100% safe." class="no side effects" />
  <p>Our {name} exosome therapy has no side effects.</p>
  <p>{cond ? "100% safe" : ""} The peel is 100% safe.</p>
</Layout>
<script>const x = "no side effects";</script>
""",
    "page.vue": """\
<template>
  <p>Our {{ name }} exosome therapy has no side effects.</p>
  <p :title="'100% safe'" @click="go('no side effects')">The peel is 100% safe.</p>
  <Callout v-if="show" title="Our exosome therapy has no side effects." />
</template>
<script>
export default { data() { return { x: "no side effects" } } }
</script>
<style>.no-side-effects { color: red }</style>
""",
    "page.svelte": """\
<script>let x = "no side effects";</script>
{#if x}<p>Our {name} exosome therapy has no side effects.</p>{/if}
{@html "100% safe"}
<style>p { color: red }</style>
""",
    "page.jsx": """\
import NoSideEffects from "./no side effects";
const noSideEffects = true; // no side effects
export const treatments = [
  { slug: "no side effects", title: "Exosome facial", body: `<p>Our ${name} exosome therapy has <b>no side effects</b>.</p>` },
  { slug: "peel", title: "Chemical peel", body: "The peel is 100% safe." },
];
export default function Page() {
  return (
    <section className="no side effects">
      <h1>Our exosome therapy has <em>no side effects</em>.</h1>
      <a href="/no side effects">Read more</a>
      <Hero title="The peel is 100% safe." variant="100% safe" />
    </section>
  );
}
""",
    "page.tsx": """\
import type { Props } from "./no side effects";
type Copy = "no side effects" | "100% safe";
interface Item { title: string }
export function Faq({ items }: Props) {
  if (mode === "no side effects" || items.length) { return null; }
  return <div className={cn("no side effects", "x")}><p>Our exosome therapy has no side effects.</p></div>;
}
""",
    "data.ts": """\
import { Item } from "./no side effects";
export const faq: Item[] = [
  { question: "Is the peel safe?", answer: "The peel is 100% safe." },
  { id: "no side effects", answer: 'Our exosome therapy has no side effects.' },
];
""",
    "data.yaml": """\
hero:
  headline: Our exosome therapy has no side effects.
  image: /img/no side effects.png
  slug: no side effects
faq:
  - question: Is the peel safe?
    answer: >
      The peel is
      100% safe.
# no side effects
""",
    "i18n.json": """\
{
  "home": {
    "hero": "Our exosome therapy has no side effects.",
    "cta_url": "/no side effects",
    "slug": "no side effects"
  },
  "items": [{"title": "The peel is 100\\u0025 safe."}, {"title": "The peel is 100% safe."}]
}
""",
    "data.toml": """\
title = "Exosome facials"
slug = "no side effects"
[hero]
description = \"\"\"
Our exosome therapy has no side effects.
\"\"\"
[[faq]]
answer = 'The peel is 100% safe.'
# no side effects
""",
    "page.rst": """\
Exosome facials
===============

Our exosome therapy has *no side effects*.

.. code-block:: text

   no side effects

Inline ``no side effects`` literal.

.. no side effects in a comment

- The peel is 100% safe.
""",
    "google-doc.html": """\
<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">\
.c1{color:#000000}.no-side-effects{font-weight:700}</style></head><body class="c5 doc-content">\
<p class="c2"><span class="c1">Our exosome therapy has </span><span class="c3">no side effects</span>\
<span class="c1">.</span></p><p class="c2 c4"><span class="c1"></span></p><table class="c6"><tr class="c7">\
<td class="c8" colspan="1" rowspan="1"><p class="c2"><span class="c1">The peel is 100% safe.</span></p></td></tr>\
</table></body></html>
""",
}
# Which occurrences of each claim are copy (0-based, in file order); the others are decoys.
EXPECTED: dict[str, dict[str, list[int]]] = {
    "page.mdx": {NSE: [0, 4, 5], SAFE: [0]},
    # a sentence quoted in template code is passed to the page: copy (comments stay code)
    "page.php": {NSE: [0, 1]},
    "page.blade.php": {NSE: [0, 1, 2], SAFE: [1, 2]},
    "page.cshtml": {NSE: [0, 1, 2], SAFE: [1]},
    "page.aspx": {NSE: [0, 1], SAFE: [0]},
    "page.njk": {NSE: [1], SAFE: [1]},
    "page.liquid": {NSE: [1]},
    "page.hbs": {NSE: [1]},
    "page.erb": {NSE: [1], SAFE: [1]},
    "page.j2": {NSE: [0]},
    # a component's script is read as JavaScript is (Astro's front matter too, not its browser <script>)
    "page.astro": {NSE: [1, 3], SAFE: [0, 2]},
    "page.vue": {NSE: [0, 2, 3], SAFE: [1]},
    "page.svelte": {NSE: [0, 1]},
    "page.jsx": {NSE: [3, 5], SAFE: [0, 1]},
    "page.tsx": {NSE: [4]},
    "data.ts": {NSE: [2], SAFE: [0]},
    "data.yaml": {NSE: [0], SAFE: [0]},
    "i18n.json": {NSE: [0], SAFE: [0, 1]},
    "data.toml": {NSE: [1], SAFE: [0]},
    "page.rst": {NSE: [0], SAFE: [0]},
    "google-doc.html": {NSE: [0], SAFE: [0]},
}


def _position(source: str, offset: int) -> tuple[int, int]:
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def _expected(path: str) -> list[tuple[str, int, int, str]]:
    source = SOURCES[path]
    out = []
    for claim, picks in EXPECTED[path].items():
        matches = list(re.finditer(re.escape(claim).replace("%", "(?:%|\\\\u0025)"), source))
        out += [(RULES[claim], *_position(source, matches[i].start()), matches[i].group()) for i in picks]
    return sorted(out, key=lambda f: (f[1], f[2]))


def _claims(source: str, path: str, config: str) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.line, f.column, f.text) for f in lint_text(source, path, config=config)]


def _found(path: str, config: str) -> list[tuple[str, int, int, str]]:
    source = SOURCES[path]
    findings = lint_text(source, path=path, config=config)
    for f in findings:
        assert f.text == source[f.start:f.end]
        assert (f.line, f.column) == _position(source, f.start)
    return [(f.rule, f.line, f.column, f.text) for f in findings]


@pytest.mark.parametrize("path", sorted(SOURCES))
def test_formats_find_copy_claims_at_their_place_and_nothing_in_code(path: str, empty_config: str) -> None:
    assert _found(path, empty_config) == _expected(path)


def test_formats_every_reader_has_a_suffix_and_a_test() -> None:
    assert set(SUFFIXES.values()) == set(FORMATS)
    tested = {format_for(p) for p in SOURCES}
    assert tested | {"markdown", "html", "text", "docx"} == set(FORMATS)


def test_formats_tag_inside_a_sentence_keeps_positions() -> None:
    source = "<p>Our {{ product.name }} exosome therapy has no side effects.</p>\n"
    doc = extract("page.njk", source)
    assert "Our" in doc.text and "{{" not in doc.text and "product" not in doc.text
    at = doc.text.index("no side effects")
    assert source[doc.smap.start(at):doc.smap.end(at + len(NSE))] == NSE


def test_formats_mdx_corpus_style_metadata_export(empty_config: str) -> None:
    """A page whose copy is all in `export const metadata = {...}`, as real MDX sites write it."""
    source = ('export const metadata = {\n  title: "Exosome facials",\n  heroHeadline: "Exosome facials in Austin",\n'
              '  painParagraphs: [\n    "Our exosome therapy has no side effects.",\n  ],\n'
              '  heroImage: "/img/no side effects.webp",\n  faqs: [{ question: "Is it safe?", answer:\n'
              '      "The peel is 100% safe." }],\n};\n\n# Heading\n')
    found = _claims(source, "a.mdx", empty_config)
    assert found == [("no-side-effects", 5, 30, NSE), ("completely-safe", 9, 20, SAFE)]



@pytest.mark.parametrize("path, source", [
    ("index.astro", '---\nimport Layout from "../layouts/Base.astro";\nconst faqs = [\n  { question: "Is it safe?",\n'
                    '    answer: "The peel is 100% safe." },\n];\n---\n<Layout>{faqs.map((f) => <p>{f.answer}</p>)}</Layout>\n'),
    ("+page.svelte", '<script lang="ts">\n  import type { Item } from "$lib/types";\n  let items: Item[] = [\n  { slug: "peel",\n'
                     '    text: "The peel is 100% safe." }];\n</script>\n{#each items as item}<p>{item.text}</p>{/each}\n'),
    ("Peel.vue", '<template><p v-for="f in faqs">{{ f.answer }}</p></template>\n<script>\nexport default {\n'
                 '  data: () => ({ faqs: [{\n    answer: "The peel is 100% safe." }] }),\n};\n</script>\n'),
])
def test_formats_a_components_script_keeps_its_copy(path: str, source: str, empty_config: str) -> None:
    """FAQs, testimonials and service blurbs often live in a component's script, not its markup."""
    found = _claims(source, path, empty_config)
    assert found == [("completely-safe", 5, source.splitlines()[4].index(SAFE) + 1, SAFE)]


def test_formats_a_vue_bound_props_data_is_copy_and_other_bindings_are_code(empty_config: str) -> None:
    """`:blurb="[{ text: '...' }]"` holds the page's copy; `:class`, `:to` and a bound string are code."""
    source = ('<template>\n  <Blurb :class="{ active: isOn }" :to="{ path: \'/book\' }"\n'
              '    :blurb="[\n      { title: \'Peels\' },\n      { text: \'The peel is 100% safe.\' },\n    ]" />\n'
              '  <p :title="\'100% safe\'">Book today.</p>\n</template>\n')
    found = _claims(source, "Peel.vue", empty_config)
    assert found == [("completely-safe", 5, 28, SAFE)]


def test_formats_a_component_script_the_grammar_cannot_read_keeps_the_markup(empty_config: str) -> None:
    """Syntax the JS grammar does not know must not cost the page its markup; a script written inside an
    expression (JSON-LD in `{@html ...}`) is not the component's script."""
    source = ('<script>\nconst x = {title: \'a\' \'b\'};\n</script>\n<svelte:head>{@html `<script type="application/ld+json">'
              '${JSON.stringify(schema)}</script>`}</svelte:head>\n<p>The peel is 100% safe.</p>\n')
    found = _claims(source, "+page.svelte", empty_config)
    assert found == [("completely-safe", 5, 16, SAFE)]


def test_formats_a_sentence_passed_in_template_code_is_copy(empty_config: str) -> None:
    """A macro's argument is the page's copy; names, classes and comments in template code stay code."""
    source = ('{% from "macros.njk" import hero %}\n{{ hero("Peels", "Our peel is 100% safe.", "/img/peel.jpg") }}\n'
              '{% set cls = "btn btn-primary" %}{# "The peel is 100% safe." #}\n')
    found = _claims(source, "page.njk", empty_config)
    assert found == [("completely-safe", 2, 31, SAFE)]


def test_formats_a_script_that_holds_a_template_is_copy(empty_config: str) -> None:
    """Vue's `x-template`, Handlebars and Angular keep a page's markup in a script tag; code stays code."""
    source = ('<script type="text/x-template" id="peel">\n  <div><h1>Peels</h1>\n  <p>The peel is 100% safe.</p></div>\n'
              '</script>\n<script>const note = "The peel is 100% safe.";</script>\n'
              '<script type="text/x-handlebars-template"><p>{{name}}: the peel is 100% safe.</p></script>\n')
    found = _claims(source, "page.html", empty_config)
    assert found == [("completely-safe", 3, 18, SAFE), ("completely-safe", 6, 68, SAFE)]


@pytest.mark.parametrize("path", ["Team.tsx", "Team.jsx"])
def test_formats_a_bare_ampersand_in_jsx_text_parses_and_is_kept(path: str, empty_config: str) -> None:
    """"Q&A", "Botox & Fillers": valid JSX the tree-sitter grammars reject; code with `&`, `&&`, `&=`
    (and a type intersection in TSX) still parses, and the copy keeps its own characters."""
    types = "type Props = Base & Extra;\n" if path.endswith(".tsx") else ""
    source = (f"{types}const mask = flags & 4;\nlet on = a && b;\nexport const Team = () => (\n"
              "  <section><h2>Botox & Fillers Q&A</h2><p>Tom &amp; Jerry say the peel is 100% safe.</p></section>\n);\n")
    line = source.count("\n", 0, source.index("Botox")) + 1
    assert extract(path, source).text.startswith("Botox & Fillers Q&A\n\nTom & Jerry say the peel is 100% safe.")
    found = [(f.rule, f.line, f.text) for f in lint_text(source, path, config=empty_config)]
    assert found == [("completely-safe", line, SAFE)]


def test_formats_mdx_prop_expressions_hold_copy(empty_config: str) -> None:
    """`<Faq items={[...]} />` and `<Hero title={"..."} />` pass copy; `{/* */}`, `className={x}` and
    a bare `{expression}` in the text stay code."""
    source = ('# Peels\n\n<Faq items={[\n  { question: "Is it safe?", answer: "The peel is 100% safe." },\n]} />\n\n'
              '<Hero className={styles.hero} title={"Our exosome therapy has no side effects."} />\n\n'
              '{/* The peel is 100% safe. */}\n\nOur peel {"is 100% safe"}.\n')
    found = _claims(source, "a.mdx", empty_config)
    assert found == [("completely-safe", 4, 51, SAFE), ("no-side-effects", 7, 63, NSE)]


@pytest.mark.parametrize("path, source", [
    ("index.astro", '---\nconst on = true;\n---\n<Faq class={on} items={[{ question: "Is it safe?",\n'
                    '  answer: "The peel is 100% safe." }]} />\n<p>{on ? "The peel is 100% safe." : ""}</p>\n'),
    ("+page.svelte", '<script>let on = true;</script>\n{#if on}<Faq class={on} items={[{ question: "Is it safe?",\n'
                     '  answer: "The peel is 100% safe." }]} />{/if}\n<p>{on ? "The peel is 100% safe." : ""}</p>\n'),
])
def test_formats_component_prop_expressions_hold_copy(path: str, source: str, empty_config: str) -> None:
    """Astro and Svelte pass copy in a prop's expression as MDX does; a child expression stays code."""
    found = _claims(source, path, empty_config)
    line = source.count("\n", 0, source.index("answer")) + 1
    assert found == [("completely-safe", line, 24, SAFE)]


def test_formats_jsx_props_that_read_like_sentences_are_copy(empty_config: str) -> None:
    """`<Faq q="..." a="...">`: short prop names hold copy too; class names and ids stay code."""
    source = ('<Faq q="Is it safe?" a="Yes, the peel is 100% safe." />\n\n'
              '<Hero className="no side effects here" id="no side effects" />\n')
    found = _claims(source, "a.mdx", empty_config)
    assert found == [("completely-safe", 1, 42, SAFE)]
    assert [(f.rule, f.text) for f in lint_text(source.replace("<Faq", "<faq-item"), "a.vue", config=empty_config)
            ] == [("completely-safe", SAFE)]


def test_formats_a_page_skips_its_chrome_but_a_component_is_where_chrome_is_written(empty_config: str) -> None:
    """Menus, footers and forms repeat on every page of a site; the component that holds them is linted."""
    chrome = '<nav><a href="/">The peel is 100% safe.</a></nav>\n<footer>Our exosome therapy has no side effects.</footer>\n'
    page = chrome + '<form><label>The peel is 100% safe.</label></form>\n<p>The peel is 100% safe.</p>\n'
    assert [(f.rule, f.line) for f in lint_text(page, "a.html", config=empty_config)] == [("completely-safe", 4)]
    component = f"<template>\n{chrome}</template>\n"
    assert [(f.rule, f.line, f.column) for f in lint_text(component, "Footer.vue", config=empty_config)] == [
        ("completely-safe", 2, 30), ("no-side-effects", 3, 33)]


def test_formats_a_page_wrapped_in_a_form_keeps_its_copy(empty_config: str) -> None:
    """ASP.NET wraps the whole page in one <form>: only the form's controls are chrome."""
    page = ('<body><form id="form1" runat="server">\n<h1>Exosome facials</h1>\n<p>The peel is 100% safe.</p>\n'
            '<label>No side effects, ever</label><button>Book now, no side effects</button>\n</form></body>\n')
    assert [(f.rule, f.line, f.column) for f in lint_text(page, "default.aspx.html", config=empty_config)] == [
        ("completely-safe", 3, 16)]


# --- Word drafts -----------------------------------------------------------------------------------

def _draft(path) -> str:  # noqa: ANN001
    """A draft with a heading, a paragraph, an empty paragraph, a table, a header and a comment."""
    import docx

    document = docx.Document()
    document.add_heading("Exosome facials", level=1)  # ¶1
    claim = document.add_paragraph("Our exosome therapy has no side effects.")  # ¶2
    document.add_paragraph("")  # ¶3
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Price on request"  # ¶4
    table.cell(0, 1).text = "The peel is 100% safe."  # ¶5
    document.sections[0].header.is_linked_to_previous = False
    document.sections[0].header.paragraphs[0].text = "Clinic header: no side effects"  # ¶6
    document.add_comment(claim.runs, text="Vendor says the peel is 100% safe.", author="Reviewer")  # ¶7
    document.save(str(path))
    return str(path)


def test_formats_docx_paragraphs_cells_headers_and_comments(tmp_path, run, empty_config: str) -> None:  # noqa: ANN001
    draft = _draft(tmp_path / "draft.docx")
    result = run("check", "--config", empty_config, "--format", "json", draft)
    import json

    data = json.loads(result.out)
    found = [(f["rule"], f["paragraph"], f["paragraph_start"], f["paragraph_end"], f["text"]) for f in data["findings"]]
    assert found == [("no-side-effects", 2, 24, 39, NSE), ("completely-safe", 5, 12, 21, SAFE),
                     ("no-side-effects", 6, 15, 30, NSE), ("completely-safe", 7, 24, 33, SAFE)]
    text = run("check", "--config", empty_config, draft).out
    assert f"{draft}:¶2:25: error [no-side-effects]" in text
    assert f"{draft}:¶5:13:" in text


def test_formats_fix_refuses_docx(tmp_path, run, empty_config: str) -> None:  # noqa: ANN001
    import docx

    document = docx.Document()
    document.add_paragraph("See instant results after one session.")
    document.save(str(tmp_path / "draft.docx"))
    before = (tmp_path / "draft.docx").read_bytes()
    result = run("check", "--config", empty_config, "--fix", str(tmp_path / "draft.docx"))
    assert result.code == 2
    assert "--fix and --diff do not rewrite Word drafts (.docx)" in result.err
    assert (tmp_path / "draft.docx").read_bytes() == before


def test_formats_docx_without_the_extra_is_skipped_with_the_install_command(tmp_path, run, empty_config: str,
                                                                               monkeypatch) -> None:  # noqa: ANN001
    draft = _draft(tmp_path / "draft.docx")
    (tmp_path / "page.md").write_text(f"Our exosome therapy has {NSE}.\n", encoding="utf-8")
    monkeypatch.setitem(__import__("sys").modules, "docx", None)  # as if python-docx were not installed
    result = run("check", "--config", empty_config, str(tmp_path))
    assert result.code == 2
    assert result.err.splitlines() == [f"claimlint: {draft}: skipped: reading Word documents (.docx) needs an "
                                       "optional dependency; pip install 'claimlint[docx]'"]
    assert "page.md:1:25: error [no-side-effects]" in result.out


# --- bad input -------------------------------------------------------------------------------------

BROKEN = {
    "unclosed.njk": ("<p>Our {{ product.name exosome therapy.</p>\n", "1: unclosed template tag '{{' (no '}}' after it)"),
    "unclosed.erb": ("<p>Hi</p>\n<p><%= @name </p>\n", "2: unclosed template tag '<%' (no '%>' after it)"),
    "unclosed.svelte": ("<p>Hi</p>\n<p>{name</p>\n", "2: unclosed '{' expression (no matching '}')"),
    "unclosed.astro": ('---\nconst x = "no side effects";\n<p>Hi</p>\n', "1: unclosed '---' front-matter fence"),
    "unclosed.cshtml": ("<p>Hi</p>\n@{ var x = 1;\n<p>Our peel.</p>\n", "2: unclosed '{' expression (no matching '}')"),
    "unclosed.blade.php": ("<p>Hi</p>\n@include('partials.nav'\n<p>Our peel.</p>\n",
                           "2: unclosed '(' directive arguments (no matching ')')"),
    "broken.jsx": ("export default () => (\n  <p>Our therapy</div>\n);\n", "2: cannot parse as JSX: </div> closes <p>"),
    "broken.tsx": ("const x = {title: 'a' 'b'};\n", "1: cannot parse as JavaScript/JSX: syntax error at column"),
    "broken.mdx": ("# Hi\n\nexport const meta = {title: 'x' 'y'}\n\nText.\n", "3: cannot parse as MDX import/export"),
    "not-a-zip.docx": ("this is plain text, not a Word file\n", ": not a Word document: a .docx is a zip file"),
    "broken.json": ('{"title": "x",}\n', "1: invalid JSON: Expecting property name"),
    "broken.yaml": ("title: [unclosed\n", ": invalid YAML"),
    "broken.toml": ('title = "x\n', "1: invalid TOML"),
    "deep.toml": ("x = " + "[" * 5000 + "]" * 5000 + "\n", ": invalid TOML: too deeply nested"),
    "deep.json": ("[" * 100000 + "]" * 100000 + "\n", ": invalid JSON: too deeply nested"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_formats_bad_input_is_one_line_and_the_rest_is_linted(name: str, tmp_path, run, empty_config: str) -> None:  # noqa: ANN001
    text, message = BROKEN[name]
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "page.md").write_text(f"Our exosome therapy has {NSE}.\n", encoding="utf-8")
    result = run("check", "--config", empty_config, "--format", "json", str(tmp_path / name), str(tmp_path / "page.md"))
    assert result.code == 2
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"claimlint: {tmp_path / name}") and message in lines[0], lines
    import json

    assert [f["rule"] for f in json.loads(result.out)["findings"]] == ["no-side-effects"]


# --- what a walk reads, skips and reports ----------------------------------------------------------

def test_formats_walk_reports_skipped_copy_files_by_type(make_site, run, empty_config: str) -> None:  # noqa: ANN001
    root = make_site({"index.mdx": f"Our exosome therapy has {NSE}.\n", "a.json": '{"title": "x"}',
                      "b.json": "{}", "brochure.pdf": "%PDF", "logo.png": "png", "app.py": "x = 1\n"})
    result = run("check", "--config", empty_config, "site")
    summary = result.out.splitlines()[-1]
    assert summary.endswith("skipped 3 files: 2 .json, 1 .pdf; see --include and the `formats` config key")
    import json

    data = json.loads(run("check", "--config", empty_config, "--format", "json", "site").out)
    assert data["summary"]["skipped"] == {".json": 2, ".pdf": 1} and data["summary"]["files"] == 1
    assert (root / "site" / "logo.png").exists()


def test_formats_nothing_to_lint_exits_2_with_the_skipped_files(make_site, run, empty_config: str) -> None:  # noqa: ANN001
    make_site({"brochure.pdf": "%PDF", "data.json": "{}"})
    result = run("check", "--config", empty_config, "site")
    assert result.code == 2
    assert result.err.splitlines() == ["claimlint: nothing to lint in site: skipped 2 files: 1 .json, 1 .pdf; "
                                       "see --include and the `formats` config key"]


def test_formats_named_file_of_unknown_type_is_skipped_not_read_as_prose(tmp_path, run, empty_config: str) -> None:  # noqa: ANN001
    (tmp_path / "notes.py").write_text(f"# {NSE}\n", encoding="utf-8")
    result = run("check", "--config", empty_config, str(tmp_path / "notes.py"))
    assert result.code == 2 and "skipped 1 file: 1 .py" in result.err


def test_formats_include_reads_data_files_and_formats_maps_suffixes(make_site, run) -> None:  # noqa: ANN001
    root = make_site({"hero.json": '{"title": "Our exosome therapy has no side effects."}',
                      "page.tpl": "<p>Our exosome therapy has {{ x }} no side effects.</p>\n"})
    (root / ".claimlint.yaml").write_text('include: ["*.json"]\nformats: {.tpl: jinja}\n', encoding="utf-8")
    result = run("check", "site")
    assert "site/hero.json:1:36: error [no-side-effects]" in result.out
    assert "site/page.tpl:1:36: error [no-side-effects]" in result.out
    assert "2 findings in 2 files" in result.out


@pytest.mark.parametrize(("config", "message"), [
    ("formats: {.tpl: htm}\n", ".claimlint.yaml:1: unknown reader 'htm' for '.tpl' (did you mean 'html'?)"),
    ("formats: {tpl: html}\n", ".claimlint.yaml:1: suffix 'tpl' in 'formats' must start with a dot, like '.tpl'"),
    ("formats: [.tpl]\n", ".claimlint.yaml:1: 'formats' must map file suffixes to a reader, e.g. {.tpl: html}"),
    ("prose_keys: hero\n", ".claimlint.yaml:1: 'prose_keys' must be a list of strings"),
])
def test_formats_config_keys_are_validated(config: str, message: str, make_site, run) -> None:  # noqa: ANN001
    root = make_site({"a.md": "Hi.\n"})
    (root / ".claimlint.yaml").write_text(config, encoding="utf-8")
    result = run("check", "site")
    assert result.code == 2 and result.err.startswith("claimlint: ") and result.err.strip().endswith(message)


def test_formats_prose_keys_extend_the_defaults(tmp_path) -> None:  # noqa: ANN001
    config = tmp_path / ".claimlint.yaml"
    config.write_text("prose_keys: [promo]\n", encoding="utf-8")
    source = 'export const page = { promo: "Safe", slug: "Safe" };\n'
    assert extract("a.js", source).text.strip() == ""
    from claimlint.config import load_config, read_options

    assert extract("a.js", source, options=read_options(load_config(str(config)))).text.strip() == "Safe"


def test_formats_include_option_adds_globs(make_site, run, empty_config: str) -> None:  # noqa: ANN001
    make_site({"hero.yaml": "headline: Our exosome therapy has no side effects.\n"})
    assert run("check", "--config", empty_config, "site").code == 2  # nothing else to lint
    result = run("check", "--config", empty_config, "--include", "*.yaml", "site")
    assert result.code == 1 and "site/hero.yaml:1:35: error [no-side-effects]" in result.out
    assert run("check", "--config", empty_config, "--include", "*.yaml", "--exclude", "hero.*", "site").code == 2


@pytest.mark.parametrize("source", [
    "---\ntitle: Exosomes\nhero:\n  subheadline: Our exosome therapy has no side effects.\nslug: no side effects\n---\n# Hi\n",
    '+++\ntitle = "Exosomes"\n[hero]\nsubheadline = "Our exosome therapy has no side effects."\nslug = "no side effects"\n+++\n# Hi\n',
])
def test_formats_front_matter_copy_beyond_title_and_description(source: str, empty_config: str) -> None:
    found = [(f.rule, f.line, f.text) for f in lint_text(source, "page.md", config=empty_config)]
    assert found == [("no-side-effects", 4, NSE)]


CORPUS_SITES = Path(__file__).resolve().parents[2] / "shared" / "corpus-sites" / "docs"  # beside the clone, in CI too


@pytest.mark.skipif(not CORPUS_SITES.is_dir(), reason="the shared corpus of real clinic pages is not beside this clone")
def test_formats_real_site_folder_is_read_whole(run, empty_config: str) -> None:
    """Real pages (measured, never copied): every page is read, the MDX ones included, none skipped."""
    import json

    pages = sorted(p.name for p in CORPUS_SITES.iterdir() if p.is_file())
    result = run("check", "--config", empty_config, "--format", "json", "--no-cache", str(CORPUS_SITES))
    data = json.loads(result.out)
    assert result.err == "" and data["summary"]["errors"] == 0
    assert data["summary"]["files"] == len(pages) and data["summary"]["skipped"] == {}
    mdx = {Path(f["path"]).name for f in data["findings"] if f["path"].endswith(".mdx")}
    assert mdx  # the MDX pages' copy (their metadata exports included) is linted


@pytest.mark.parametrize(("path", "source"), [
    ("a.jsx", '// claimlint-disable-next-line no-side-effects -- reviewed\n'
              'const copy = { title: "Our exosome therapy has no side effects." };\n'
              'const b = <p>Our exosome therapy has no side effects.</p>;\n'),
    ("a.tsx", 'const b = <div>{/* claimlint-disable-next-line no-side-effects */}\n'
              '<p>Our exosome therapy has no side effects.</p>\n<p>Our exosome therapy has no side effects.</p></div>;\n'),
    ("a.mdx", '{/* claimlint-disable-next-line no-side-effects -- reviewed */}\nOur exosome therapy has no side effects.\n'
              'Our exosome therapy has no side effects.\n'),
    ("a.njk", '<!-- claimlint-disable-next-line no-side-effects -->\n<p>Our exosome therapy has no side effects.</p>\n'
              '<p>Our exosome therapy has no side effects.</p>\n'),
])
def test_formats_inline_directives_in_code_comments(path: str, source: str, empty_config: str) -> None:
    """JS comments and MDX `{/* */}` expressions carry directives, as HTML comments do."""
    assert [(f.rule, f.line) for f in lint_text(source, path, config=empty_config)] == [("no-side-effects", 3)]


def test_formats_pyproject_formats_table_is_found_and_used(make_site, run) -> None:  # noqa: ANN001
    """`[tool.claimlint.formats]` alone is a claimlint config too (no bare `[tool.claimlint]` needed)."""
    root = make_site({"page.tpl": "<p>{{ x }} Our exosome therapy has no side effects.</p>\n"})
    (root / "pyproject.toml").write_text('[tool.claimlint.formats]\n".tpl" = "jinja"\n', encoding="utf-8")
    result = run("check", "site")
    assert "site/page.tpl:1:36: error [no-side-effects]" in result.out and result.code == 1


def test_formats_claimlint_rule_files_are_not_copy(empty_config: str) -> None:
    """A hook that lints every staged YAML file must not flag a rule file's own examples,
    nor claimlint's shipped rules and facts; a clinic's data file with the same keys is still copy."""
    from claimlint.ruleset import builtin_rules_dir

    for path in sorted(builtin_rules_dir().glob("*.yaml")):
        assert lint_text(path.read_text(encoding="utf-8"), path.name, config=empty_config) == [], path.name
    clinic = "treatments:\n  exosomes:\n    title: Exosome facial\n    body: Our exosome therapy has no side effects.\n"
    assert [f.rule for f in lint_text(clinic, "treatments.yaml", config=empty_config)] == ["no-side-effects"]
    rule_file = ("rules:\n  - id: house-no-side-effects\n    category: absolute-safety\n    severity: error\n"
                 "    message: Says there are no side effects.\n    patterns: [no side effects]\n"
                 "    examples:\n      flag: [Our exosome therapy has no side effects.]\n")
    assert lint_text(rule_file, "house.yaml", config=empty_config) == []
    data_file = "items:\n  - answer: Our exosome therapy has no side effects.\n"
    assert [f.rule for f in lint_text(data_file, "faq.yaml", config=empty_config)] == ["no-side-effects"]
