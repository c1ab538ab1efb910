"""Train a sentence classifier for claims on the team's own labelled sentences (an experiment).

    python training/train_claims.py [--arch bow|cnn] [--out training/model]

Reads `training/sentences/*.jsonl` (see training/SPEC.md), holds out a
seeded 15% for a dev report, trains a spaCy `textcat_multilabel` on the rest
and saves the pipeline to `--out`. claimlint does not ship it: on real pages
it lost precision far faster than it gained recall (training/SPEC.md, Results). The tokenizer and the
character normalisation are claimlint's own, so the model sees at training
time exactly the tokens it sees when linting.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

from claimlint.normalize import add_uppercase_contractions, normal_char

ROOT = Path(__file__).resolve().parent
# The rubric categories the classifier scores.
LABELS = ("unsubstantiated-evidence", "guaranteed-outcome", "absolute-safety",
          "comparative-superiority", "hype", "natural-safety")
ARCHS = {
    "bow": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
            "no_output_layer": False, "length": 2 ** 16},
    "cnn": {"@architectures": "spacy.TextCatReduce.v1", "exclusive_classes": False, "use_reduce_first": False,
            "use_reduce_last": False, "use_reduce_max": True, "use_reduce_mean": True,
            "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 64,
                        "depth": 2, "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
                        "subword_features": True}},
}


def read_sentences(folder: Path) -> list[tuple[str, set[str]]]:
    """Every labelled line, with its text normalised as claimlint's readers normalise copy."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append(("".join(normal_char(ch) for ch in row["text"]), set(row["cats"])))
    return rows


def build(arch: str) -> spacy.language.Language:
    nlp = spacy.blank("en")
    add_uppercase_contractions(nlp)
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": ARCHS[arch], "threshold": 0.5})
    for label in LABELS:
        textcat.add_label(label)
    return nlp


def examples(nlp: spacy.language.Language, rows: list[tuple[str, set[str]]]) -> list[Example]:
    return [Example.from_dict(nlp.make_doc(text), {"cats": {label: float(label in cats) for label in LABELS}})
            for text, cats in rows]


def train(nlp: spacy.language.Language, train_set: list[Example], epochs: int, seed: int) -> None:
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    optimizer = nlp.initialize(lambda: train_set)
    for epoch in range(epochs):
        random.shuffle(train_set)
        losses: dict[str, float] = {}
        for batch in minibatch(train_set, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1:2d} loss {losses['textcat_multilabel']:.3f}")


def report(nlp: spacy.language.Language, dev: list[Example], threshold: float) -> None:
    """Per-label precision and recall on the held-out sentences."""
    print(f"dev: {len(dev)} sentences, threshold {threshold}")
    docs = list(nlp.pipe(ex.reference.text for ex in dev))
    for label in LABELS:
        gold = [ex.reference.cats[label] >= 0.5 for ex in dev]
        pred = [doc.cats[label] >= threshold for doc in docs]
        tp = sum(g and p for g, p in zip(gold, pred))
        p = tp / max(1, sum(pred))
        r = tp / max(1, sum(gold))
        print(f"  {label:26s} precision {p:.2f} recall {r:.2f} (gold {sum(gold)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arch", choices=sorted(ARCHS), default="cnn")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dev", type=float, default=0.15, help="share held out for the report (0: train on all)")
    parser.add_argument("--out", type=Path, default=ROOT / "model")
    args = parser.parse_args()
    rows = read_sentences(ROOT / "sentences")
    random.Random(args.seed).shuffle(rows)
    cut = int(len(rows) * args.dev)
    nlp = build(args.arch)
    dev, train_set = examples(nlp, rows[:cut]), examples(nlp, rows[cut:])
    print(f"{len(rows)} sentences: {len(train_set)} train, {len(dev)} dev")
    train(nlp, train_set, args.epochs, args.seed)
    if dev:
        report(nlp, dev, 0.5)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
