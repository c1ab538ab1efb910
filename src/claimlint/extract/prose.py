"""Which strings in code and data are copy: prose keys and a prose test.

Data files, JS objects and JSX props hold copy next to slugs, URLs, class
names and ids. A string is read as copy when its key names copy (`title`,
`heroHeadline`, `faqAnswers`: the key's last word is a prose word), or,
under a key that is not known to hold code, when it reads like a sentence
(three or more words, most of them plain words). Keys are matched by their
last word so camelCase, snake_case and kebab-case keys need no list of
their own.
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple

PROSE_KEYS = frozenset({
    "title", "subtitle", "heading", "subheading", "headline", "subheadline", "description", "summary",
    "excerpt", "intro", "introduction", "lead", "body", "content", "text", "copy", "caption", "alt", "label",
    "tagline", "slogan", "blurb", "teaser", "eyebrow", "quote", "testimonial", "review", "question", "answer",
    "paragraph", "bullet", "benefit", "feature", "highlight", "detail", "note", "disclaimer", "tooltip",
    "placeholder", "cta",
})
# Keys whose strings are code even when they read like words (`className="relative overflow hidden"`).
CODE_KEYS = frozenset({
    "classname", "class", "classes", "style", "styles", "href", "src", "srcset", "id", "key", "ref", "type",
    "to", "as", "rel", "target", "role", "slug", "url", "uri", "path", "icon", "image", "img", "variant",
    "color", "size", "lang", "locale", "method", "mode", "format", "pattern", "selector", "query", "component",
    "layout", "template", "permalink", "name", "email", "phone", "tel", "date", "time", "datetime", "sizes",
    "loading", "decoding", "fill", "stroke", "d", "viewbox", "xmlns", "width", "height", "font", "theme",
})
_WORD_SPLIT = re.compile(r"[_\-.\s:/]+|(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"""^[(\[“‘"']*[A-Za-z][A-Za-z'’\-]*[.,;:!?)\]”’"']*$""")
_NUMBER = re.compile(r"^[($€£]*\d[\d.,%$€£+\-/]*[.,;:!?)]*$")
_CODE_MARKS = re.compile(r"://|^/|^\.{0,2}/|^www\.|[{}<>=|\\`]|^#|\.[a-z]{2,4}$")


class Options(NamedTuple):
    """What readers of code and data treat as copy (from the config's `prose_keys`)."""

    prose_keys: frozenset[str] = PROSE_KEYS
    formats: tuple[tuple[str, str], ...] = ()  # the config's extra suffixes: ((".tpl", "html"), ...)


DEFAULT = Options()


def options_for(extra_keys: Iterable[str] = (), formats: Iterable[tuple[str, str]] = ()) -> Options:
    """The default prose keys plus the config's own, and the config's suffix table."""
    return Options(PROSE_KEYS | frozenset(k.lower() for k in extra_keys), tuple(formats))


def key_words(key: str) -> list[str]:
    """`heroSubheadline` -> ["hero", "subheadline"]; `faq_answers` -> ["faq", "answers"]."""
    return [w.lower() for w in _WORD_SPLIT.split(key) if w]


def _matches(key: str, keys: frozenset[str]) -> bool:
    words = key_words(key)
    if not words:
        return False
    last = words[-1]
    return key.lower() in keys or last in keys or (last.endswith("s") and last[:-1] in keys)


def is_prose_key(key: str | None, options: Options = DEFAULT) -> bool:
    """Does a value under `key` hold copy? (`painParagraphs`, `seoDescription`, `alt`)."""
    return bool(key) and _matches(key, options.prose_keys)  # type: ignore[arg-type]


def is_code_key(key: str | None) -> bool:
    """Is a value under `key` code, whatever it looks like? (`className`, `href`, `procedureSlug`)."""
    return bool(key) and _matches(key, CODE_KEYS)  # type: ignore[arg-type]


def looks_like_prose(text: str) -> bool:
    """Three or more words, most of them plain words, and no URL, path or markup marks."""
    tokens = text.split()
    if len(tokens) < 3 or any(_CODE_MARKS.search(t) for t in tokens):
        return False
    counted = [t for t in tokens if not _NUMBER.match(t)]
    words = sum(1 for t in counted if _WORD.match(t))
    return words >= 3 and words >= 0.75 * len(counted)


def is_copy(text: str, key: str | None, options: Options = DEFAULT) -> bool:
    """Is this string value copy, given the key it is the value of?"""
    if not any(ch.isalpha() for ch in text):
        return False
    if is_prose_key(key, options):
        return not _CODE_MARKS.search(text.strip()) or len(text.split()) > 2
    if is_code_key(key):
        return False
    return looks_like_prose(text)
