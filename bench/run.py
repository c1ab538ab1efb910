"""claimlint's benchmark: `python bench/run.py` (see docs/bench.md).

Builds a corpus of about a million words from the project's own fixtures and
example copy plus the real clinic pages in ../shared/corpus-sites (read at
bench time, never copied into the repository), repeated and shuffled and
written as files to a temp folder, and prints, in one run: throughput against
a bare spaCy tokenizer, with --jobs 2, peak memory, single-file latency
against `import spacy; spacy.blank('en')`, and a repeat run with the cache.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT.parent / "shared" / "corpus-sites" / "docs"  # real pages, outside the repository
SOURCES = [p for folder in (ROOT / "fixtures", ROOT / "examples", SITES) for p in sorted(folder.rglob("*"))
           if p.suffix in (".md", ".html", ".txt")]
CLAIMLINT = [sys.executable, "-m", "claimlint"]


def build_corpus(folder: Path, words: int, seed: int = 5) -> int:
    """Copies of the sources, shuffled, until `words` words are written; returns the count."""
    rng = random.Random(seed)
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in SOURCES]
    total, i = 0, 0
    while total < words:
        suffix, text = rng.choice(texts)
        (folder / f"{i:05d}{suffix}").write_text(text, encoding="utf-8")
        total += len(text.split())
        i += 1
    return total


def timed_child(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and the child's max RSS in MB (one child at a time, so the high-water mark is its own)."""
    start = time.perf_counter()
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def tokenizer_baseline(folder: Path, env: dict[str, str]) -> float:
    """Seconds for spacy.blank('en') to tokenise the extracted prose of every corpus file, in a child."""
    code = ("import sys, time, spacy, pathlib\n"
            "from claimlint.extract import extract\n"
            "texts = [extract(str(p), p.read_text()).text for p in sorted(pathlib.Path(sys.argv[1]).iterdir())]\n"
            "nlp = spacy.blank('en'); nlp.max_length = 10**8\n"
            "t = time.perf_counter()\n"
            "for _ in nlp.pipe(texts, batch_size=32): pass\n"
            "print(time.perf_counter() - t)\n")
    out = subprocess.run([sys.executable, "-c", code, str(folder)], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def median_walls(a: list[str], b: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median wall times of two commands run in turn, so a busy moment of the machine falls on both."""
    times = [(timed_child(a, env)[0], timed_child(b, env)[0]) for _ in range(runs)]
    return statistics.median(t for t, _ in times), statistics.median(t for _, t in times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5, help="runs per latency median")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="claimlint-bench-"))
    env = {**os.environ, "CLAIMLINT_CACHE_DIR": str(work / "cache")}
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        words = build_corpus(corpus, args.words)
        files = len(list(corpus.iterdir()))
        print(f"cores: {os.cpu_count()}   corpus: {words:,} words in {files:,} files ({corpus})")
        if not SITES.is_dir():
            print(f"note: {SITES} is missing; the corpus is the project's own copy only")
        check = [*CLAIMLINT, "check", str(corpus), "--fail-on", "never", "--format", "json"]

        timed_child([*CLAIMLINT, "rules", "list"], env)  # compile the rules once, as any second run would find them
        one, rss = timed_child([*check, "--jobs", "1", "--no-cache"], env)  # before any bigger child
        base = tokenizer_baseline(corpus, env)
        two, _ = timed_child([*check, "--jobs", "2", "--no-cache"], env)
        print(f"spaCy blank('en') tokenizer:  {words / base:>10,.0f} words/s")
        print(f"claimlint, 1 process:         {words / one:>10,.0f} words/s  ({one:.1f} s, whole process)"
              f"  ratio {base / one:.3f} (target >= 0.5)")
        print(f"claimlint, --jobs 2:          {words / two:>10,.0f} words/s  ({two:.1f} s)"
              f"  speed-up {one / two:.2f}x (target >= 1.7x)")
        print(f"peak memory, 1M-word run:     {rss:>10,.0f} MB max RSS (target < 400 MB)")

        first, _ = timed_child([*check, "--jobs", "1"], env)
        repeat, _ = timed_child([*check, "--jobs", "1"], env)
        print(f"cache: first run {first:.1f} s, unchanged repeat {repeat:.2f} s"
              f"  ({first / repeat:.1f}x faster; target >= 10x)")

        page = ROOT / "examples" / "services" / "prp.md"
        bare_start = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
        lint_page = [*CLAIMLINT, "check", str(page), "--fail-on", "never"]
        timed_child(lint_page, env)  # the cached rows find the page in the cache
        for label, extra in (("uncached", ["--no-cache"]), ("cached", [])):
            lint_one, bare = median_walls([*lint_page, *extra], bare_start, env, args.runs)
            print(f"latency ({label}), median of {args.runs}: claimlint check one-page.md {lint_one:.2f} s, "
                  f"import spacy + blank {bare:.2f} s, ratio {lint_one / bare:.2f} (target <= 1.3)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
