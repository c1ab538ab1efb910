"""Speed machinery must not change results: the sparse matcher, the results
cache, worker processes and the Dask runner all give the plain run's findings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from claimlint import cache, runner
from claimlint.lint import lint_document, lint_paths, pipeline
from claimlint.loader import load_ruleset
from claimlint.sparse import SparseMatcher, sentence_bounds

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "fixtures" / "bench" / "docs"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(folder))
    return folder


def _dicts(report) -> list[dict]:  # noqa: ANN001
    return [f.as_dict() for f in report.findings]


def test_sparse_matcher_finds_what_the_spacy_matcher_finds_within_sentences(empty_config: str) -> None:
    nlp = pipeline(empty_config)
    ruleset = load_ruleset(empty_config, False)
    keyed = [(r.id, list(r.compiled)) for r in ruleset.rules]
    plain = Matcher(nlp.vocab)
    for key, patterns in keyed:
        plain.add(key, patterns)
    sparse = SparseMatcher(nlp.vocab, keyed)
    for path in sorted(DOCS.iterdir()):
        doc = nlp(path.read_text(encoding="utf-8"))
        starts, ends = sentence_bounds(doc)
        inside = {(k, s, e) for k, s, e in plain(doc) if e <= ends[starts.searchsorted(s, side="right") - 1]}
        assert set(sparse(doc)) == inside, path.name
        assert inside, path.name


def test_jobs_and_cache_give_the_same_findings(empty_config: str, private_cache: Path) -> None:
    plain = lint_paths([str(DOCS)], config=empty_config, jobs=1, cache=False)
    parallel = lint_paths([str(DOCS)], config=empty_config, jobs=2, cache=False)
    first = lint_paths([str(DOCS)], config=empty_config, jobs=2, cache=True)
    repeat = lint_paths([str(DOCS)], config=empty_config, jobs=1, cache=True)
    assert plain.files == parallel.files == first.files == repeat.files == len(list(DOCS.iterdir()))
    assert len(plain.findings) > 50
    assert _dicts(plain) == _dicts(parallel) == _dicts(first) == _dicts(repeat)
    assert plain.errors == repeat.errors == []
    assert any((private_cache / "results").rglob("*.pickle"))


def test_an_unchanged_file_is_served_from_the_cache(empty_config: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.md"
    page.write_text("Our exosome therapy is FDA-approved and completely safe.\n", encoding="utf-8")
    first = lint_paths([str(page)], config=empty_config, cache=True)

    def no_linting(*args: object) -> list:
        raise AssertionError("a cached file was linted again")

    monkeypatch.setattr(runner, "lint_chunk", no_linting)
    assert _dicts(lint_paths([str(page)], config=empty_config, cache=True)) == _dicts(first)
    page.write_text("Our exosome therapy is FDA-approved.\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="linted again"):
        lint_paths([str(page)], config=empty_config, cache=True)


def test_a_changed_config_or_rule_invalidates_the_cache(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("Our exosome therapy is FDA-approved and completely safe.\n", encoding="utf-8")
    config = tmp_path / ".claimlint.yaml"
    config.write_text("", encoding="utf-8")
    rules = {f.rule for f in lint_paths([str(page)], config=str(config), cache=True).findings}
    assert "completely-safe" in rules
    config.write_text("ignore: [completely-safe]\n", encoding="utf-8")
    load_ruleset.cache_clear()
    pipeline.cache_clear()
    after = {f.rule for f in lint_paths([str(page)], config=str(config), cache=True).findings}
    assert after == rules - {"completely-safe"}

    extra = tmp_path / "rules"
    extra.mkdir()
    (extra / "house.yaml").write_text(
        "rules:\n  - id: house-miracle\n    category: hype\n    severity: info\n    message: m\n"
        "    patterns: [exosome therapy]\n    examples: {flag: [exosome therapy]}\n", encoding="utf-8")
    config.write_text(f"rule_dirs: [{extra}]\n", encoding="utf-8")
    load_ruleset.cache_clear()
    pipeline.cache_clear()
    assert "house-miracle" in {f.rule for f in lint_paths([str(page)], config=str(config), cache=True).findings}


def test_clean_removes_the_cache(run, empty_config: str, private_cache: Path, tmp_path: Path) -> None:  # noqa: ANN001
    page = tmp_path / "page.md"
    page.write_text("Guaranteed results.\n", encoding="utf-8")
    assert run("check", str(page), "--config", empty_config).code == 1
    assert private_cache.is_dir()
    result = run("clean")
    assert result.code == 0 and "removed" in result.err
    assert not private_cache.exists()
    assert run("check", str(page), "--config", empty_config, "--no-cache").code == 1
    assert not (private_cache / "results").exists()


def test_lint_document_returns_json_able_findings(empty_config: str) -> None:
    found = lint_document("Our exosome therapy is FDA-approved.", "page.md", config=empty_config)
    assert found and json.loads(json.dumps(found)) == found
    assert {f["rule"] for f in found} >= {"fda-approved-conflict"}


def test_dask_local_cluster_equals_a_local_run(empty_config: str) -> None:
    pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install 'claimlint[dask]')")
    from dask.distributed import Client, LocalCluster

    from claimlint.dask import lint_bag

    paths = [str(p) for p in sorted(DOCS.iterdir())]
    local = json.loads(json.dumps([f.as_dict() for f in lint_paths(paths, config=empty_config).findings
                                   if f.suppressed is None]))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        remote = json.loads(json.dumps(lint_bag(paths, config=empty_config, partition_size=4).compute()))
    assert remote == local
    assert len(remote) > 50
