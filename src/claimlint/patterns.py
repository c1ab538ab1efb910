"""The rule pattern language, compiled to spaCy Matcher token patterns.

A pattern is a line of space-separated slots, one token each:

    word        the word or any inflection of it ("prove" also matches "proven")
    =word       exactly this word
    a|b|=c      any of these
    @name       any word of the vocabulary `name` (vocabulary.yaml), inflected
    @treatment  a treatment mention (treatments.yaml aliases)
    *           any one word
    *N          up to N words (commas, but no sentence punctuation)
    @number     a number ("3", "three")
    ^           the next slot starts a sentence (a heading, a list item)
    slot?       the slot is optional
    a-b         "a-b", "a - b" or "a b": hyphenated words match with or without the hyphen

Punctuation stands for itself. Matching is case-insensitive.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Mapping

from claimlint.lemmas import forms

TokenPattern = list[dict[str, Any]]
_GAP = re.compile(r"^\*(\d{1,2})$")
_WORD = re.compile(r"^=?[\w'’.+]+$")
TREATMENT_LABEL = "TREATMENT"
SPECIAL_SLOTS = frozenset({"@number", "@treatment"})
# Quotes are not stops: scare quotes sit inside claims ("PRP can \"wake up\" follicles").
GAP_STOPS = (".", "!", "?", ";", ":", "(", ")", "[", "]", "|", "/")


MAX_GAP = 10  # widest `*N`; the built-in rules use at most *8
MAX_GAP_TOTAL = 16  # all gaps of one pattern together (built-in rules: at most 11)
MAX_VARIANTS = 16  # patterns one line may expand to


class PatternError(ValueError):
    """A pattern that does not compile; the message says which slot and why."""


def compile_pattern(text: str, vocabulary: Mapping[str, list[str]],
                    inflect: Callable[[str], frozenset[str]] = forms) -> list[TokenPattern]:
    """Turn one pattern line into spaCy token patterns (one per hyphenated variant)."""
    if not text.split():
        raise PatternError("empty pattern")
    patterns = []
    for slots in _variants(text.split()):
        pattern: TokenPattern = []
        starts_sentence = False
        for slot in slots:
            if slot == "^":
                starts_sentence = True
                continue
            tokens = _slot(slot, vocabulary, inflect)
            if starts_sentence:
                if tokens[0].get("OP") == "?":  # skipped, it would take the sentence start with it
                    raise PatternError(f"pattern {text!r}: `^` before the optional slot {slot!r} would not hold "
                                       "when the slot is skipped; write two patterns")
                tokens[0]["IS_SENT_START"] = True
                starts_sentence = False
            pattern.extend(tokens)
        if all(tok.get("OP") in ("?", "*") or _is_gap(tok) for tok in pattern):
            raise PatternError(f"pattern {text!r} can match nothing: every slot is optional")
        _check_cost(text, pattern)
        patterns.append(pattern)
        if len(patterns) > MAX_VARIANTS:
            raise PatternError(f"pattern {text!r} expands to more than {MAX_VARIANTS} patterns "
                               "(hyphenated and special alternatives multiply); split it into several patterns")
    return patterns


def _check_cost(text: str, pattern: TokenPattern) -> None:
    """Refuse patterns whose matching cost explodes.

    spaCy's matcher keeps one state per way a gap can be filled, so two gaps
    with no required word between them multiply: `*9 *9` took minutes on a
    long page where `*9` takes under a second. Gaps are also capped in width.
    """
    total, open_gap = 0, False
    for tok in pattern:
        if _is_gap(tok):
            width = int(str(tok["OP"]).strip("{}").split(",")[1])
            if width > MAX_GAP:
                raise PatternError(f"pattern {text!r}: gap *{width} is wider than *{MAX_GAP}")
            if open_gap:
                raise PatternError(f"pattern {text!r}: two gaps with no required word between them "
                                   "make matching catastrophically slow; use one gap")
            total, open_gap = total + width, True
        elif tok.get("OP") not in ("?", "*"):
            open_gap = False
    if total > MAX_GAP_TOTAL:
        raise PatternError(f"pattern {text!r}: gaps add up to {total} words, more than {MAX_GAP_TOTAL}")


def _variants(slots: list[str]) -> list[list[str]]:
    """`side-effect|risk` and `@number|=most` mix slot kinds: split them into separate patterns."""
    variants: list[list[str]] = [[]]
    for slot in slots:
        optional = "?" if slot.endswith("?") and len(slot) > 1 else ""
        alts = slot[: len(slot) - len(optional)].split("|")
        special = [a for a in alts if a in SPECIAL_SLOTS or ("-" in a.strip("-=") and not a.startswith("@"))]
        if len(alts) == 1 or not special:
            choices = [slot]
        else:
            plain = [a for a in alts if a not in special]
            choices = [a + optional for a in special] + (["|".join(plain) + optional] if plain else [])
        variants = [v + [c] for v in variants for c in choices]
    return variants


def _is_gap(tok: dict[str, Any]) -> bool:
    return str(tok.get("OP", "")).startswith("{")


def _slot(slot: str, vocabulary: Mapping[str, list[str]], inflect: Callable[[str], frozenset[str]]) -> TokenPattern:
    optional = slot.endswith("?") and len(slot) > 1
    body = slot[:-1] if optional else slot
    gap = _GAP.match(body)
    if body == "*":
        tokens: TokenPattern = [{"IS_PUNCT": False, "IS_SPACE": False}]
    elif gap:
        tokens = [{"IS_SPACE": False, "ORTH": {"NOT_IN": list(GAP_STOPS)}, "OP": f"{{0,{int(gap.group(1))}}}"}]
    elif body == "@number":
        tokens = [{"LIKE_NUM": True}]
    elif body == "@treatment":
        tokens = [{"ENT_TYPE": TREATMENT_LABEL, "OP": "+"}]
    elif "-" in body.strip("-") and "|" not in body and not body.startswith("@"):
        parts = body.split("-")
        tokens = []
        for i, part in enumerate(parts):
            if i:
                tokens.append({"ORTH": "-", "OP": "?"})
            tokens.append(_words(part, vocabulary, inflect))
    else:
        tokens = [_words(body, vocabulary, inflect)]
    if optional:
        if len(tokens) != 1 or "OP" in tokens[0]:
            raise PatternError(f"slot {slot!r}: only a single word can be optional")
        tokens[0]["OP"] = "?"
    return tokens


def _words(body: str, vocabulary: Mapping[str, list[str]], inflect: Callable[[str], frozenset[str]]) -> dict[str, Any]:
    if not body:
        raise PatternError("empty slot")
    bare = body[1:] if body.startswith("=") and len(body) > 1 else body
    if all(not ch.isalnum() for ch in bare) and (bare == "|" or "|" not in bare):
        return {"ORTH": bare}
    words: set[str] = set()
    for alt in body.split("|"):
        if alt.startswith("@"):
            name = alt[1:]
            if name not in vocabulary:
                raise PatternError(f"unknown vocabulary {alt!r}; known: {', '.join(sorted(vocabulary))}")
            for entry in vocabulary[name]:
                words |= _alternative(entry, inflect)
        elif alt.lstrip("=") and not any(ch.isalnum() for ch in alt.lstrip("=")):
            words.add(alt.lstrip("="))
        elif not _WORD.match(alt):
            raise PatternError(f"slot {body!r}: {alt!r} is not a word")
        else:
            words |= _alternative(alt, inflect)
    if len(words) == 1:  # an exact value is compared in C; a set is a Python call per token
        return {"LOWER": words.pop()}
    return {"LOWER": {"IN": sorted(words)}}


def _alternative(word: str, inflect: Callable[[str], frozenset[str]]) -> set[str]:
    if word.startswith("="):
        exact = word[1:].lower()
        split = _split_by_tokenizer(exact)
        if split:
            raise PatternError(f"slot {word!r} can never match: the tokenizer splits {exact!r} into "
                               f"{' '.join(split)!r}; write one slot per word")
        return {exact}
    return set(inflect(word))


_CLITIC = re.compile(r"^(\w+)((?:n['’]t|['’](?:s|ll|ve|re|d|m)))$")


def _split_by_tokenizer(word: str) -> tuple[str, ...]:
    """The tokens spaCy's English tokenizer makes of `word`, when more than one.

    Contractions split ("can't" is "ca" + "n't", "cannot" is "can" + "not"), and so
    does a possessive ("body's"): a slot holding one of them would silently never match.
    """
    from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS  # rule loading only, then cached
    from spacy.symbols import ORTH

    pieces = TOKENIZER_EXCEPTIONS.get(word)
    if pieces and len(pieces) > 1:
        return tuple(piece[ORTH] for piece in pieces)
    clitic = _CLITIC.match(word)
    return clitic.groups() if clitic else ()
