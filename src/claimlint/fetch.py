"""Fetching web pages to lint: `claimlint check https://...` and `--sitemap URL`.

Standard library only (urllib): one plain GET per page needs no sessions,
retries or HTTP/2, so requests or httpx would add a dependency and buy nothing.
Guard rails: http(s) only, after redirects too; a timeout; a size cap per page;
a page cap per run; four fetches at a time; credentials never printed.
"""
from __future__ import annotations

import base64
import http.client
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from itertools import repeat
from typing import Iterator, NamedTuple, Sequence
from urllib.parse import quote, unquote, urljoin, urlsplit

from claimlint import __version__
from claimlint.errors import SourceError
from claimlint.sources import MAX_PAGES, decode

SCHEMES = ("http", "https")
TIMEOUT = 20.0
MAX_BYTES = 5 * 2**20
MAX_REDIRECTS = 5
MAX_SITEMAPS = 50
WORKERS = 4
WINDOW = 32  # pages in flight at once, so a slow linter never holds 500 pages in memory
FORMATS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "text/markdown": "markdown"}
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


class Page(NamedTuple):
    """A fetched page: the URL to report (without credentials), its text and format."""

    url: str
    text: str
    fmt: str


class _Refused(Exception):
    """A redirect to a scheme we never follow (file:, ftp:, data:...)."""


def redact(url: str) -> str:
    """The URL without `user:password@`, safe for findings, errors and logs."""
    return _USERINFO.sub(r"\1", url)


def fetch(url: str, timeout: float = TIMEOUT) -> Page:
    """GET one page as text; any failure is a SourceError naming the redacted URL."""
    data, headers = _get(url, timeout)
    fmt = _format(redact(url), headers)
    charset = headers.get_content_charset()
    if charset:
        try:
            return Page(redact(url), data.decode(charset), fmt)
        except LookupError:
            pass  # an unknown charset name: fall back to UTF-8 like an undeclared one
        except UnicodeDecodeError as exc:
            raise SourceError(redact(url), None, f"invalid {charset} at byte {exc.start}") from None
    return Page(redact(url), decode(redact(url), data), fmt)


def sitemap_urls(url: str, errors: list[str], timeout: float = TIMEOUT) -> list[str]:
    """Page URLs listed in a sitemap, following sitemap indexes (at most 50 sitemaps)."""
    pages: list[str] = []
    queue, seen = [url], set()
    while queue and len(seen) < MAX_SITEMAPS:
        current = queue.pop(0)
        if current in seen:
            continue
        seen.add(current)
        try:
            root = ET.fromstring(_get(current, timeout)[0])
        except SourceError as exc:
            errors.append(str(exc))
            continue
        except ET.ParseError as exc:
            errors.append(f"{redact(current)}: not a sitemap (invalid XML: {exc})")
            continue
        locs = [urljoin(current, e.text.strip()) for e in root.iter() if _local(e.tag) == "loc" and e.text]
        (queue if _local(root.tag) == "sitemapindex" else pages).extend(locs)
    return pages


def fetch_pages(urls: Sequence[str], sitemaps: Sequence[str], errors: list[str],
                max_pages: int = MAX_PAGES, timeout: float = TIMEOUT) -> Iterator[Page]:
    """Fetch pages a few at a time, in order; failures go to `errors`, the rest are yielded."""
    listed = [u for s in sitemaps for u in sitemap_urls(s, errors, timeout)]
    wanted = list(dict.fromkeys([*urls, *listed]))
    if len(wanted) > max_pages:
        errors.append(f"{len(wanted)} pages to fetch; only the first {max_pages} were linted "
                      "(raise --max-pages to lint more)")
        wanted = wanted[:max_pages]
    with ThreadPoolExecutor(WORKERS, thread_name_prefix="claimlint-fetch") as pool:
        for start in range(0, len(wanted), WINDOW):
            for result in pool.map(_attempt, wanted[start:start + WINDOW], repeat(timeout)):
                if isinstance(result, Page):
                    yield result
                else:
                    errors.append(str(result))


def _attempt(url: str, timeout: float) -> Page | SourceError:
    try:
        return fetch(url, timeout)
    except SourceError as exc:
        return exc


def _get(url: str, timeout: float) -> tuple[bytes, http.client.HTTPMessage]:
    """The body and headers of one GET, within the size cap; errors as SourceError."""
    shown = redact(url)
    try:
        with _opener().open(_request(url), timeout=timeout) as response:
            return _read(response, shown), response.headers
    except _Refused as exc:
        raise SourceError(shown, None, str(exc)) from None
    except urllib.error.HTTPError as exc:
        reason = "too many redirects" if 300 <= exc.code < 400 else f"HTTP {exc.code} {exc.reason}"
        raise SourceError(shown, None, reason) from None
    except urllib.error.URLError as exc:
        raise SourceError(shown, None, _why(exc.reason, timeout)) from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise SourceError(shown, None, _why(exc, timeout)) from None


def _read(response: http.client.HTTPResponse, shown: str) -> bytes:
    """The body, unless it (or its declared length) is over the size cap."""
    length = response.headers.get("Content-Length", "")
    if not (length.isdigit() and int(length) > MAX_BYTES):
        data = response.read(MAX_BYTES + 1)
        if len(data) <= MAX_BYTES:
            return data
    raise SourceError(shown, None, f"page is larger than {MAX_BYTES // 2**20} MB; skipped")


def _request(url: str) -> urllib.request.Request:
    """A GET without credentials in the URL: they travel as a header never sent on to redirects."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise SourceError(redact(url), None, f"only http and https URLs can be fetched, not {scheme}:")
    request = urllib.request.Request(quote(redact(url), safe=_URL_SAFE), headers={
        "User-Agent": f"claimlint/{__version__}", "Accept": "text/html,application/xhtml+xml,text/*;q=0.8"})
    parts = urlsplit(url)
    if parts.username is not None:
        secret = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
        request.add_unredirected_header("Authorization", "Basic " + base64.b64encode(secret).decode())
    return request


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most five redirects, and only to http(s) URLs."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: ANN001, ANN201
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        scheme = urlsplit(target).scheme.lower()
        if scheme not in SCHEMES:
            fp.close()
            raise _Refused(f"redirected to a {scheme}: URL; only http and https redirects are followed")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        return super().redirect_request(req, fp, code, msg, headers, quote(redact(newurl), safe=_URL_SAFE))


def _opener() -> urllib.request.OpenerDirector:
    """Built per call so proxy settings are read from the environment at fetch time."""
    return urllib.request.build_opener(_Redirects)


def _format(shown: str, headers: http.client.HTTPMessage) -> str:
    if headers.get("Content-Type") is None:
        return "html"
    kind = headers.get_content_type()
    if kind not in FORMATS:
        raise SourceError(shown, None, f"not a web page (Content-Type {kind}); skipped")
    return FORMATS[kind]


def _why(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    return f"cannot fetch: {reason}"


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]
