"""Linting web pages: URLs and sitemaps fetched from a local http.server, with every guard rail."""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimlint import fetch
from claimlint.errors import SourceError

RISKY = "<html><body><p>Our exosome treatment has no side effects.</p></body></html>"
CLEAN = "<html><body><p>Side effects are usually mild and temporary.</p></body></html>"
AUTH = "Basic dXNlcjpzM2NyZXQ="  # user:s3cret


def _sitemap(*paths: str, index: bool = False) -> str:
    kind, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    locs = "".join(f"<{item}><loc>{{base}}{p}</loc></{item}>" for p in paths)
    return f'<?xml version="1.0"?><{kind} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</{kind}>'


# path -> (status, headers, body); "{base}" in a body becomes the server's URL.
ROUTES: dict[str, tuple[int, dict[str, str], str | bytes]] = {
    "/risky.html": (200, {"Content-Type": "text/html"}, RISKY),
    "/clean.html": (200, {"Content-Type": "text/html; charset=utf-8"}, CLEAN),
    "/latin1.html": (200, {"Content-Type": "text/html; charset=iso-8859-1"},
                     "<p>Caf\u00e9 d\u00e9tox: our exosome treatment has no side effects.</p>".encode("latin-1")),
    "/no-type": (200, {}, RISKY),
    "/to-risky": (301, {"Location": "/risky.html"}, ""),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, ""),
    "/to-ftp": (307, {"Location": "ftp://example.com/page.html"}, ""),
    "/loop": (302, {"Location": "/loop"}, ""),
    "/big.html": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * fetch.MAX_BYTES),
    "/big-unsized.html": (200, {"Content-Type": "text/html", "Content-Length": ""}, b"<p>" + b"x" * fetch.MAX_BYTES),
    "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
    "/sitemap.xml": (200, {"Content-Type": "application/xml"},
                     _sitemap("/risky.html", "/clean.html", "/missing.html", "/to-file", "/big.html")),
    "/sitemap-index.xml": (200, {"Content-Type": "application/xml"}, _sitemap("/sitemap.xml", index=True)),
    "/not-a-sitemap.xml": (200, {"Content-Type": "application/xml"}, "<urlset><url>"),
}


class Handler(BaseHTTPRequestHandler):
    """Serves ROUTES; /private.html needs basic auth; /slow.html takes two seconds."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.server.seen.append((self.path, self.headers.get("Authorization")))  # type: ignore[attr-defined]
        if self.path == "/slow.html":
            time.sleep(2)
        if self.path == "/private.html":
            ok = self.headers.get("Authorization") == AUTH
            status, headers, body = (200, {"Content-Type": "text/html"}, RISKY) if ok else (401, {}, "")
        else:
            status, headers, body = ROUTES.get(self.path, (404, {}, "not found"))
        data = body.replace("{base}", self.server.base).encode() if isinstance(body, str) else body  # type: ignore[attr-defined]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at the size cap, as it should

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"  # type: ignore[attr-defined]
    httpd.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CI proxy must not intercept requests to the local test server."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def base(server: ThreadingHTTPServer) -> str:
    return server.base  # type: ignore[attr-defined]


def _lint(run, empty_config: str, *args: str):  # noqa: ANN001, ANN202
    result = run("check", "--config", empty_config, "--format", "json", *args)
    return result, json.loads(result.out)


def test_url_is_fetched_and_findings_name_it(run, empty_config: str, base: str) -> None:
    result, report = _lint(run, empty_config, f"{base}/risky.html", f"{base}/clean.html")
    assert result.code == 1, result.err
    assert [(f["path"], f["rule"], f["line"]) for f in report["findings"]] == [
        (f"{base}/risky.html", "no-side-effects", 1)]
    assert report["summary"]["files"] == 2
    assert result.err == ""


def test_sitemap_lints_every_page_and_reports_each_bad_one(run, empty_config: str, base: str) -> None:
    result, report = _lint(run, empty_config, "--sitemap", f"{base}/sitemap.xml")
    assert result.code == 2
    assert {f["path"] for f in report["findings"]} == {f"{base}/risky.html"}
    assert report["summary"]["files"] == 2  # risky and clean; the other three are errors
    errors = result.err.splitlines()
    assert f"claimlint: {base}/missing.html: HTTP 404 Not Found" in errors
    assert any(e.startswith(f"claimlint: {base}/to-file: redirected to a file: URL") for e in errors)
    assert f"claimlint: {base}/big.html: page is larger than 5 MB; skipped" in errors
    assert len(errors) == 3


def test_sitemap_index_is_followed(run, empty_config: str, base: str) -> None:
    result, report = _lint(run, empty_config, "--sitemap", f"{base}/sitemap-index.xml")
    assert {f["path"] for f in report["findings"]} == {f"{base}/risky.html"}
    assert report["summary"]["files"] == 2


def test_page_cap_lints_the_first_pages_and_says_so(run, empty_config: str, base: str) -> None:
    result, report = _lint(run, empty_config, "--max-pages", "1", "--sitemap", f"{base}/sitemap.xml")
    assert result.code == 2
    assert report["summary"]["files"] == 1
    assert "claimlint: 5 pages to fetch; only the first 1 were linted (raise --max-pages to lint more)" in result.err


@pytest.mark.parametrize("url", ["ftp://example.com/page.html", "file:///etc/passwd", "data:,x"])
def test_other_schemes_are_refused_and_files_still_linted(run, empty_config: str, tmp_path, url: str) -> None:
    page = tmp_path / "page.md"
    page.write_text("Our exosome treatment has no side effects.\n", encoding="utf-8")
    result, report = _lint(run, empty_config, url, str(page))
    assert result.code == 2
    assert [f["path"] for f in report["findings"]] == [str(page)]
    if url.startswith("data:"):  # no "//": a file name, which does not exist
        assert "no such file" in result.err
    else:
        assert f"claimlint: {url}: only http and https URLs can be fetched, not {url.split(':')[0]}:" in result.err


def test_redirects_within_http_are_followed_under_the_asked_url(base: str) -> None:
    page = fetch.fetch(f"{base}/to-risky")
    assert (page.url, page.fmt) == (f"{base}/to-risky", "html")
    assert "no side effects" in page.text


@pytest.mark.parametrize(("path", "message"), [
    ("/to-ftp", "redirected to a ftp: URL; only http and https redirects are followed"),
    ("/loop", "too many redirects"),
    ("/big-unsized.html", "page is larger than 5 MB; skipped"),
    ("/logo.png", "not a web page (Content-Type image/png); skipped"),
    ("/private.html", "HTTP 401 Unauthorized"),
])
def test_bad_pages_are_one_clear_error(base: str, path: str, message: str) -> None:
    with pytest.raises(SourceError) as caught:
        fetch.fetch(base + path)
    assert str(caught.value) == f"{base}{path}: {message}"


def test_timeout(base: str) -> None:
    with pytest.raises(SourceError, match=r"/slow\.html: timed out after 0\.3 s$"):
        fetch.fetch(f"{base}/slow.html", timeout=0.3)


def test_credentials_are_sent_once_and_never_shown(run, empty_config: str, server, base: str) -> None:
    host = base.removeprefix("http://")
    result, report = _lint(run, empty_config, f"http://user:s3cret@{host}/private.html",
                           f"http://user:s3cret@{host}/missing.html")
    assert [f["path"] for f in report["findings"]] == [f"{base}/private.html"]
    assert result.err.strip() == f"claimlint: {base}/missing.html: HTTP 404 Not Found"
    assert "s3cret" not in result.out + result.err
    assert ("/private.html", AUTH) in server.seen


def test_redirects_do_not_carry_credentials(server, base: str) -> None:
    host = base.removeprefix("http://")
    fetch.fetch(f"http://user:s3cret@{host}/to-risky")
    assert ("/risky.html", None) in server.seen


def test_response_charset_is_used_else_utf8(base: str) -> None:
    assert "Caf\u00e9 d\u00e9tox" in fetch.fetch(f"{base}/latin1.html").text
    assert fetch.fetch(f"{base}/no-type").fmt == "html"


def test_a_broken_sitemap_is_an_error_not_a_crash(run, empty_config: str, base: str, tmp_path) -> None:
    result = run("check", "--config", empty_config, "--sitemap", f"{base}/not-a-sitemap.xml",
                 "--sitemap", f"{base}/nowhere.xml", "--format", "json")
    assert result.code == 2
    assert f"claimlint: {base}/not-a-sitemap.xml: not a sitemap (invalid XML" in result.err
    assert f"claimlint: {base}/nowhere.xml: HTTP 404 Not Found" in result.err


def test_unreachable_host_is_an_error() -> None:
    with pytest.raises(SourceError, match=r"^http://127\.0\.0\.1:9/: cannot fetch: "):
        fetch.fetch("http://127.0.0.1:9/", timeout=2)


def test_redact() -> None:
    assert fetch.redact("https://a:b@example.com/x?u=a@b") == "https://example.com/x?u=a@b"
    assert fetch.redact("https://example.com/a@b") == "https://example.com/a@b"
