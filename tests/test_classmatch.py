"""The word-class matcher finds exactly what spaCy's Matcher finds, and the
findings are the ones the sparse spaCy-Matcher pipeline gave, on the project's
bench pages and on the shared corpora (skipped when ../shared is absent)."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc

from claimlint.classmatch import ClassMatcher, WordClasses
from claimlint.extract import extract
from claimlint.lint import lint_paths, pipeline
from claimlint.sentences import sentence_bounds
from claimlint.sparse import SparseMatcher

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = [ROOT / "fixtures" / "bench" / "docs", SHARED / "corpus" / "docs", SHARED / "corpus-sites" / "docs"]


def _corpus(folder: Path) -> Path:
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    return folder


def _matchers(config: str) -> dict[str, ClassMatcher]:
    finder = pipeline(config).get_pipe("claimlint")
    return {"rules": finder.matcher, "page": finder.page_matcher, "context": finder.context.matcher}


def _within_sentences(doc: Doc, matches: list[tuple[int, int, int]]) -> set[tuple[int, int, int]]:
    starts, ends = sentence_bounds(doc)
    return {(k, s, e) for k, s, e in matches if e <= ends[starts.searchsorted(s, side="right") - 1]}


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.parent.name)
def test_classmatch_finds_what_the_spacy_matcher_finds(folder: Path, empty_config: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = pipeline(empty_config)
    matchers = _matchers(empty_config)
    plain = {}
    for name, matcher in matchers.items():
        monkeypatch.setattr(matcher, "limit", None)  # every sentence, not only the claims'
        plain[name] = Matcher(nlp.vocab)
        for key, patterns in matcher.patterns:
            plain[name].add(key, patterns)
    found = 0
    for path in sorted(_corpus(folder).iterdir()):
        doc = nlp(extract(str(path), path.read_text(encoding="utf-8")).text)
        for name, matcher in matchers.items():
            expected = set(plain[name](doc))
            if name != "page":  # page conditions are matched across the whole page
                expected = _within_sentences(doc, list(expected))
            assert set(matcher(doc)) == expected, (path.name, name)
            found += len(expected)
    assert found > 100


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.parent.name)
def test_classmatch_findings_are_the_sparse_matchers(folder: Path, empty_config: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    new = lint_paths([str(_corpus(folder))], config=empty_config, jobs=1, cache=False)
    for matcher, owner, attr in _owners(empty_config):
        sparse = SparseMatcher(matcher.vocab, matcher.patterns, whole_doc=matcher.whole_doc, limit=matcher.limit)
        monkeypatch.setattr(owner, attr, sparse)
    old = lint_paths([str(folder)], config=empty_config, jobs=1, cache=False)
    assert len(new.findings) > 20
    assert [f.as_dict() for f in new.findings] == [f.as_dict() for f in old.findings]


def _owners(config: str) -> list[tuple[ClassMatcher, object, str]]:
    finder = pipeline(config).get_pipe("claimlint")
    return [(finder.matcher, finder, "matcher"), (finder.page_matcher, finder, "page_matcher"),
            (finder.context.matcher, finder.context, "matcher")]


@pytest.mark.parametrize("pattern, text, expected", [
    ([{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}], "a b c", {(0, 1), (0, 2)}),
    ([{"LOWER": {"IN": ["x", "y"]}, "OP": "?"}, {"LOWER": "a"}], "y a", {(0, 2), (1, 2)}),
    ([{"LOWER": "a"}, {"IS_SPACE": False, "ORTH": {"NOT_IN": ["."]}, "OP": "{0,2}"}, {"LOWER": "b"}],
     "a x y b . a b", {(0, 4), (5, 7)}),
    ([{"LOWER": "a"}, {"IS_SPACE": False, "ORTH": {"NOT_IN": ["."]}, "OP": "{0,1}"}, {"LOWER": "b"}],
     "a x y b", set()),
    ([{"LIKE_NUM": True}, {"LOWER": "days"}], "in 3 days or ten days", {(1, 3), (4, 6)}),
    ([{"LOWER": "safe", "IS_SENT_START": True}], "Safe . It is safe", {(0, 1)}),
    # slots checked for every pair at once: a sentence start beside the anchor, a required word
    # within a gap's reach (before or after the anchor), and a gap longer than that reach
    ([{"LOWER": "it", "IS_SENT_START": True}, {"LOWER": "is"}, {"LOWER": "safe"}],
     "It is safe . so it is safe", {(0, 3)}),
    ([{"LOWER": "the"}, {"IS_SPACE": False, "ORTH": {"NOT_IN": ["."]}, "OP": "{0,3}"}, {"LOWER": "cure"}],
     "the x y cure . the a b c d cure", {(0, 4)}),
    ([{"LOWER": "cure"}, {"IS_SPACE": False, "ORTH": {"NOT_IN": ["."]}, "OP": "{0,11}"}, {"LOWER": "all"}],
     "cure " + "x " * 11 + "all . cure " + "x " * 12 + "all", {(0, 13)}),
    ([{"LOWER": "cure"}, {"IS_SPACE": False, "ORTH": {"NOT_IN": ["."]}, "OP": "{0,15}"}, {"LOWER": "all"}],
     "cure " + "x " * 13 + "all", {(0, 15)}),
])
def test_classmatch_operators(pattern: list[dict], text: str, expected: set[tuple[int, int]]) -> None:
    nlp = pipeline(None)
    doc = nlp.make_doc(text)
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0 or doc[i - 1].text == "."
    matcher = ClassMatcher(nlp.vocab, [("k", [pattern])], classes=WordClasses(nlp.vocab))
    assert {(s, e) for _, s, e in matcher(doc)} == expected
    plain = Matcher(nlp.vocab)
    plain.add("k", [pattern])
    assert {(s, e) for _, s, e in _within_sentences(doc, plain(doc))} == expected


def test_a_pickled_matcher_matches_as_the_compiled_one(empty_config: str) -> None:
    """The compiled matchers are cached beside the rule set (claims._matchers): unpickled and
    attached to a vocabulary, they find exactly what the freshly compiled ones find."""
    import pickle

    nlp = pipeline(empty_config)
    finder = nlp.get_pipe("claimlint")
    fresh = (finder.context.matcher, finder.matcher, finder.page_matcher)
    context, matcher, page = pickle.loads(pickle.dumps((finder.context, finder.matcher, finder.page_matcher)))
    loaded = (context.matcher, matcher, page)
    assert all(m.vocab is None for m in loaded)  # the vocabulary is not pickled
    for m in loaded:
        m.attach(nlp.vocab)
    found = 0
    for path in sorted((ROOT / "fixtures" / "bench" / "docs").iterdir()):
        doc = nlp(extract(str(path), path.read_text(encoding="utf-8")).text)
        for new, old in zip(loaded, fresh):
            assert new(doc) == old(doc), path.name
            found += len(old(doc))
    assert found > 100


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.parent.name)
def test_treatment_mentions_are_what_a_phrase_matcher_finds(folder: Path, empty_config: str) -> None:
    """The mention finder compares word hashes itself; spaCy's PhraseMatcher over LOWER is the reference."""
    from spacy.matcher import PhraseMatcher

    from claimlint.loader import load_ruleset

    nlp = pipeline(empty_config)
    mentions = nlp.get_pipe("claimlint").mentions
    reference = PhraseMatcher(nlp.vocab, attr="LOWER")
    for tid, aliases in load_ruleset(empty_config, False).alias_words.items():
        reference.add(tid, [Doc(nlp.vocab, words=list(words)) for words in aliases])
    found = 0
    for path in sorted(_corpus(folder).iterdir()):
        doc = nlp.make_doc(extract(str(path), path.read_text(encoding="utf-8")).text)
        expected = sorted((nlp.vocab.strings[k], s, e) for k, s, e in reference(doc))
        assert sorted(mentions._matches(doc)) == expected, path.name
        found += len(expected)
    assert found > 50
