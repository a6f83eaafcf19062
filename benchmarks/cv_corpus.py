"""Grouped cross-validation of the head on the project's own corpus.

Variants of one phrase stay in the same fold, so the figure says how well the classifier reads
phrasings it has not seen. Used to choose between designs without touching evaluation data.

Usage: python benchmarks/cv_corpus.py [--folds 5]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from verdir.engine.engine import Engine
from verdir.engine.evaluation import score
from verdir.engine.head import Head, as_query
from verdir.engine.shares import round_shares

VARIANT_SIMILARITY = 0.96


def variant_groups(vectors: np.ndarray, threshold: float = VARIANT_SIMILARITY) -> np.ndarray:
    """Connected components of lines whose embeddings are nearly identical (variants of one phrase)."""
    parent = np.arange(len(vectors))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for start in range(0, len(vectors), 1024):
        block = vectors[start : start + 1024] @ vectors.T
        rows, columns = np.nonzero(block > threshold)
        for a, b in zip(rows + start, columns, strict=True):
            if a < b:
                parent[root(a)] = root(b)
    return np.array([root(i) for i in range(len(vectors))])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    engine = Engine.load(progress=print)
    data = engine.corpus_data
    main_goal = data.targets.argmax(axis=1)
    groups = variant_groups(data.label_vectors)
    predicted: list[dict[int, int]] = [{}] * len(main_goal)
    started = time.perf_counter()
    splitter = StratifiedGroupKFold(n_splits=args.folds, shuffle=True, random_state=1)
    for train, test in splitter.split(data.label_vectors, main_goal, groups):
        head = Head(seed=57).train(data.subset(train))
        held = data.subset(test)
        prediction = head.predict(as_query(held))
        for row, index in enumerate(test):
            main = int(prediction.probabilities[row].argmax()) + 1
            predicted[index] = round_shares(prediction.weights[row], main)
    gold = [{g + 1: int(round(v * 100)) for g, v in enumerate(t) if v} for t in data.targets]
    overall = score(predicted, gold)
    print(f"n={overall.n} top-1={overall.top1:.3f} overlap={overall.overlap:.3f} "
          f"F1={overall.set_f1:.3f} distance={overall.distance:.1f} ({time.perf_counter() - started:.0f} s)")
    shares_p = np.array([sorted(p.values(), reverse=True)[0] for p in predicted])
    shares_g = np.array([sorted(g.values(), reverse=True)[0] for g in gold])
    print(f"  main share: predicted {shares_p.mean():.1f} gold {shares_g.mean():.1f}; goals per line: "
          f"predicted {np.mean([len(p) for p in predicted]):.2f} gold {np.mean([len(g) for g in gold]):.2f}")
    for name, mask in (("context", data.has_context), ("codes", data.has_prior),
                       ("opaque>0.5", data.opacity > 0.5)):
        chosen = np.nonzero(mask)[0]
        s = score([predicted[i] for i in chosen], [gold[i] for i in chosen])
        print(f"  with {name:<10} n={s.n:5d} top-1={s.top1:.3f} overlap={s.overlap:.3f}")


if __name__ == "__main__":
    main()
