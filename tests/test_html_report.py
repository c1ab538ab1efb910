"""`--format html`: a self-contained reviewer report, checked in a real headless
Chromium: each page shown as readable copy (not markup), every claim with its card,
filters that work under the page's CSP, a PDF print, and nothing from the input runs."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimlint.extract import extract
from claimlint.findings import Finding
from claimlint.formatters.html import assets
from claimlint.report.readable import Locator, blocks
from claimlint.ruleset import Reference

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
HOSTILE = """<!DOCTYPE html>
<html><head><title>Exosome clinic</title>
<script>document.title = "PWNED";
document.addEventListener("DOMContentLoaded", function () {
  var d = document.createElement("div"); d.id = "pwned"; document.body.appendChild(d); });</script>
</head><body>
<p>Our exosome therapy is <em>FDA-approved</em> and has no side effects. <script>alert(1)</script></p>
<p>This serum is proven to reduce hair loss. See instant results. &lt;script&gt;alert(2)&lt;/script&gt;</p>
<img src="x" alt="&quot;&gt;&lt;img src=y onerror=alert(3)&gt; miracle cure" onerror="document.title='PWNED-IMG'">
</body></html>
"""
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, empty_config: str) -> Path:
    from click.testing import CliRunner

    from claimlint.cli import main

    folder = tmp_path_factory.mktemp("html")
    (folder / "page.html").write_text(HOSTILE, encoding="utf-8")
    (folder / "clean.md").write_text("Book a consultation to discuss your options.\n", encoding="utf-8")
    out = folder / "report.html"
    with CliRunner().isolation():
        code = main(["check", str(folder / "page.html"), str(folder / "clean.md"), "--format", "html",
                     "-o", str(out), "--config", empty_config])
    assert code == 1
    return out


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory, empty_config: str) -> tuple[Path, list]:
    """The report over the shipped example site, and the findings it must show."""
    from click.testing import CliRunner

    from claimlint.cli import main
    from claimlint.lint import lint_paths

    out = tmp_path_factory.mktemp("examples") / "report.html"
    with CliRunner().isolation():
        code = main(["check", str(ROOT / "examples"), "--format", "html", "-o", str(out), "--config", empty_config])
    assert code == 1
    findings = [f for f in lint_paths([str(ROOT / "examples")], config=empty_config).findings if not f.suppressed]
    assert findings
    return out, findings


def _chromium(tmp_path: Path, *args: str) -> str:
    if CHROMIUM is None:
        pytest.skip("no chromium on PATH (apt-get install -y chromium); the browser test needs one")
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               f"--user-data-dir={tmp_path / 'profile'}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def _dom(tmp_path: Path, url: str) -> str:
    return _chromium(tmp_path, "--virtual-time-budget=2000", "--dump-dom", url)


def _visible_text(dom: str) -> str:
    """The text a reader sees: text nodes outside head, script, style and [hidden] elements."""
    hidden: list[bool] = []
    text: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag not in VOID:
                off = tag in ("head", "script", "style", "title") or "hidden" in dict(attrs)
                hidden.append(off or bool(hidden and hidden[-1]))

        def handle_endtag(self, tag: str) -> None:
            if tag not in VOID and hidden:
                hidden.pop()

        def handle_data(self, data: str) -> None:
            if not (hidden and hidden[-1]):
                text.append(data)

    Parser().feed(dom)
    return " ".join(" ".join(text).split())


def _cards(dom: str) -> dict[str, dict[str, str]]:
    cards = {}
    for m in re.finditer(r"<article ([^>]*)>", dom):
        attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', m.group(1)))
        cards[attrs["id"]] = attrs
    return cards


def test_report_is_escaped_and_locked_down(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    script = assets()[1]
    assert page.count("<script") == 1 and f"<script>{script}</script>" in page  # only the report's own
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page  # markup in the copy is shown as text
    assert "&lt;img src=y onerror=alert(3)&gt;" in page
    assert "alert(1)" not in page  # the page's own scripts are not copy
    rest = page.replace(f"<script>{script}</script>", "")
    assert not re.search(r"<script|<img|onerror=", rest.replace("&lt;img src=y onerror=", ""), re.I)
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert csp and "default-src 'none'" in csp.group(1) and "unsafe-inline" not in csp.group(1)
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", csp.group(1))
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.split("<body>")[0])


def test_report_content(report: Path) -> None:
    """Every claim links to a card that carries why, references and wording; the page details are labelled."""
    page = report.read_text(encoding="utf-8")
    links = re.findall(r'<a class="claim [^"]*" href="#(c\d+)" data-cards="([^"]*)"', page)
    cards = _cards(page)
    assert links and {a for a, _ in links} <= set(cards)
    assert {c for _, ids in links for c in ids.split()} == set(cards)
    for expected in ("By category", "By file", "Worst pages first", "regulatory-status", "Why:",
                     "Suggested wording:", "References:", "Autofix", 'rel="noopener noreferrer"',
                     "<dt>Title</dt><dd>Exosome clinic</dd>", "<dt>Image alt text</dt>", "No risky claims found in:"):
        assert expected in page
    assert re.search(r'<svg class="chart" role="img"', page)


def test_report_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    dom = _dom(tmp_path, report.as_uri())
    assert "<title>claimlint report</title>" in dom
    assert 'id="pwned"' not in dom and dom.lower().count("<script") == 1
    assert re.search(r'<a class="claim cat-regulatory-status sev-error" href="#c\d+"[^>]*>FDA-approved</a>', dom)
    assert re.search(r'<a class="claim cat-guaranteed-outcome sev-\w+" href="#c\d+"[^>]*>instant results</a>', dom)
    assert 'id="summary"' in dom and "absolute-safety" in dom
    assert re.search(r'<span id="shown"[^>]*>(\d+) of \1 claims shown</span>', dom)  # the hashed script ran
    assert '<button type="button" class="copy"' in dom and 'class="copy" hidden' not in dom  # copy buttons shown
    assert "<script>alert(2)</script>" in _visible_text(dom)  # shown as text
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    shot.unlink(missing_ok=True)
    _chromium(tmp_path, "--window-size=1200,1600", f"--screenshot={shot}", report.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_harness_would_see_the_script_run(report: Path, tmp_path: Path) -> None:
    """Control: opened directly, the hostile page's script does run, so the assertions above mean something."""
    control = tmp_path / "control.html"  # without alert(), which would block a headless browser
    control.write_text(HOSTILE.replace("<script>alert(1)</script>", ""), encoding="utf-8")
    dom = _dom(tmp_path, control.as_uri())
    assert 'id="pwned"' in dom and "<title>PWNED" in dom


def test_examples_report_shows_prose_not_markup(examples: tuple[Path, list], tmp_path: Path) -> None:
    """The report over examples/ reads like the pages: no markup visible, and every finding has its card."""
    out, findings = examples
    dom = _dom(tmp_path, out.as_uri())
    text = _visible_text(dom)
    for markup in ("<p", "<meta", "<nav", "<style", "<div", "<h1", "<a href", "&lt;", "&amp;"):
        assert markup not in text
    cards = _cards(dom)
    assert len(cards) == len(findings)
    shown = sorted((c["data-rule"], c["data-pos"]) for c in cards.values())
    assert shown == sorted((f.rule, f"{f.line}:{f.column}") for f in findings)
    for f in findings:
        assert f"{Path(f.path).name}:{f.line}:{f.column}" in text  # where to fix it, for whoever edits the source
    marked = {c for ids in re.findall(r'data-cards="([^"]*)"', dom) for c in ids.split()}
    assert marked == set(cards)  # every claim is highlighted in the copy
    ARTIFACTS.mkdir(exist_ok=True)
    for name, size in (("report-examples.png", "1280,2400"), ("report-examples-narrow.png", "420,1800")):
        shot = ARTIFACTS / name
        shot.unlink(missing_ok=True)
        _chromium(tmp_path, f"--window-size={size}", "--hide-scrollbars", f"--screenshot={shot}", out.as_uri())
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_examples_report_filters_from_the_link(examples: tuple[Path, list], tmp_path: Path) -> None:
    """The filter script runs under the CSP: a link's ?sev= and ?q= narrow the cards, highlights follow."""
    out, findings = examples
    dom = _dom(tmp_path, out.as_uri() + "?sev=warning")
    cards = _cards(dom)
    warnings = sum(f.severity == "warning" for f in findings)
    assert {c["data-sev"] for c in cards.values() if "hidden" not in c} == {"warning"}
    assert f"{warnings} of {len(findings)} claims shown" in dom
    rule = findings[0].rule
    dom = _dom(tmp_path, out.as_uri() + f"?q={rule}")
    visible = [c for c in _cards(dom).values() if "hidden" not in c]
    assert visible and all(c["data-rule"] == rule for c in visible)


def test_examples_report_prints_to_pdf(examples: tuple[Path, list], tmp_path: Path) -> None:
    """Printed with headless Chromium, the PDF holds the summary, the copy and every card, without controls."""
    from pypdf import PdfReader

    out, findings = examples
    pdf = ARTIFACTS / "report-examples.pdf"
    ARTIFACTS.mkdir(exist_ok=True)
    pdf.unlink(missing_ok=True)
    _chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", out.as_uri())
    reader = PdfReader(str(pdf))
    text = unicodedata.normalize("NFKC", "\n".join(p.extract_text() or "" for p in reader.pages))  # ﬁ -> fi
    squeezed = re.sub(r"\s+", "", text)
    assert len(reader.pages) > len({f.path for f in findings})  # a page break before each document
    for expected in ("Summary", "Worst pages first", "By category", "Why:", "Suggested wording:", "References:"):
        assert re.sub(r"\s+", "", expected) in squeezed
    for f in findings:
        assert f.rule in squeezed and f"{Path(f.path).name}:{f.line}:{f.column}" in squeezed
    assert "claimsshown" not in squeezed and "Copy" not in text  # the controls are not printed
    assert not re.search(r"<(p|meta|nav|div)\b", text)


def test_readable_copy_of_html(empty_config: str) -> None:
    page = ("<html><head><title>Glow Clinic</title><meta name=\"description\" content=\"Safe &amp; gentle\">"
            "<style>p{}</style></head><body><nav><a href=/>Home</a></nav><h2>Our facials</h2>"
            "<p>Exosome facials for <b>every</b> skin type.</p><ul><li>One</li><li>Two</li></ul>"
            "<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>"
            "<img alt=\"Nurse with a patient\" src=x.jpg></body></html>")
    document = extract("page.html", page)
    found = [(b.kind, b.label, document.text[b.start:b.end]) for b in blocks(document)]
    assert found == [("title", "Title", "Glow Clinic"), ("meta", "Meta description", "Safe & gentle"),
                     ("heading", "Heading 2", "Our facials"),  # the page's menu is chrome, not copy
                     ("paragraph", "", "Exosome facials for every skin type."), ("item", "", "One"),
                     ("item", "", "Two"), ("cell", "", "A"), ("cell", "", "B"), ("cell", "", "C"),
                     ("alt", "Image alt text", "Nurse with a patient")]


def test_readable_copy_of_markdown_and_text() -> None:
    md = ("---\ntitle: PRP hair\ndescription: Real results\n---\n\n# PRP for thinning hair\n\n"
          "Some *patients* notice change.\n\n- Fast\n- Safe\n\n| Plan | Price |\n| --- | --- |\n| One | $9 |\n")
    document = extract("page.md", md)
    assert [(b.kind, b.label) for b in blocks(document)] == [
        ("title", "Title"), ("meta", "Meta description"), ("heading", "Heading 1"), ("paragraph", ""),
        ("item", ""), ("item", ""), ("cell", ""), ("cell", ""), ("cell", ""), ("cell", "")]
    text = extract("draft.txt", "Summer offer\n\nOur peels are gentle and\nwork on all skin.\n\n- No downtime\n")
    assert [(b.kind, text.text[b.start:b.end]) for b in blocks(text)] == [
        ("heading", "Summer offer"), ("paragraph", "Our peels are gentle and work on all skin."),
        ("item", "No downtime")]


def test_locator_maps_source_spans_into_the_copy() -> None:
    """Claims point into the source; the report finds them in the readable copy, across entities."""
    source = "<p>Results&nbsp;are <b>guaranteed</b> &amp; permanent.</p>"
    document = extract("a.html", source)
    locator = Locator(document)
    start = source.index("guaranteed")
    a, b = locator.span(start, start + len("guaranteed"))
    assert document.text[a:b] == "guaranteed"
    a, b = locator.span(source.index("Results"), source.index("are "))
    assert document.text[a:b] == "Results "  # the entity maps as a whole
    a, b = locator.span(source.index("&amp;"), source.index("permanent") + len("permanent"))
    assert document.text[a:b] == "& permanent"
    assert locator.span(0, 3) is None  # the <p> tag is not copy


ALLOWED_TAGS = frozenset({"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "div", "section",
                          "span", "b", "code", "a", "ul", "li", "dl", "dt", "dd", "table", "tr", "th", "td", "svg",
                          "rect", "text", "form", "fieldset", "legend", "label", "input", "button", "article",
                          "script"})


@settings(max_examples=60, deadline=None)
@given(copy=st.lists(st.sampled_from(list("<>&\"'=/ ab\n!-;:#x") + ["<script>", "&lt;", "<!--", "]]>", "<p onclick="]),
                     min_size=1, max_size=40).map("".join),
       cut=st.integers(0, 80), fmt=st.sampled_from(["page.html", "page.md", "page.txt"]))
def test_report_escapes_any_copy(copy: str, cut: int, fmt: str) -> None:
    """Whatever the copy holds, the report's elements are its own, with no event handlers and one script."""
    from claimlint.formatters import Run
    from claimlint.formatters import html as report

    start = min(cut, len(copy) - 1)
    finding = Finding(path=fmt, line=1, column=1, end_line=1, end_column=2, start=start, end=len(copy),
                      rule="x<y", category="hype\"><b", severity="error", message=copy, text=copy[start:],
                      suggestions=(copy,), references=(Reference(copy, "javascript:" + copy),), assertion="asserted",
                      treatment=None)
    page = report.render(Run([finding], [], 1, [], texts=((fmt, copy),)))
    tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.append((tag, attrs))

    Parser().feed(page)
    assert {t for t, _ in tags} <= ALLOWED_TAGS
    assert [t for t, _ in tags].count("script") == 1 and page.count("</script>") == 1
    assert not [name for _, attrs in tags for name, _ in attrs if name.startswith("on")]
    assert not [v for _, attrs in tags for n, v in attrs if n == "href" and (v or "").startswith("javascript")]


def test_report_lists_claims_of_a_file_changed_since_the_lint(tmp_path: Path) -> None:
    """Offsets from the lint no longer hold in the new text: the card is still shown, nothing is mis-highlighted."""
    from claimlint.formatters import Run
    from claimlint.formatters import html as report

    (tmp_path / "a.md").write_text("Totally new words here.\n", encoding="utf-8")
    finding = Finding(path=str(tmp_path / "a.md"), line=1, column=1, end_line=1, end_column=8, start=0, end=7,
                      rule="no-side-effects", category="absolute-safety", severity="error", message="Risk-free.",
                      text="No risk", suggestions=(), references=(), assertion="asserted", treatment=None)
    page = report.render(Run([finding], [], 1, []))
    assert 'data-rule="no-side-effects"' in page and "Totally new words here." in page
    assert 'class="claim' not in page and "changed since the lint" in page
