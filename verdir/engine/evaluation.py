"""Measure predictions against labelled lines (codebook distributions).

Metrics, over lines with a gold label:
- top-1: the predicted main goal is among the gold main goals (ties count);
- overlap: sum over goals of min(predicted, gold) / 100, averaged;
- set F1 at 20 %: F1 between the goals holding >= 20 % in prediction and in gold;
- distribution distance: half the L1 distance, in percentage points, between the mean predicted
  and the mean gold distributions (how far the budget-wide picture is off).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from verdir.engine.shares import to_vector

SET_THRESHOLD = 20


@dataclass
class Scores:
    n: int
    top1: float
    overlap: float
    set_f1: float
    distance: float


@dataclass
class Report:
    overall: Scores
    groups: dict[str, Scores] = field(default_factory=dict)


def _set_f1(predicted: Mapping[int, int], gold: Mapping[int, int]) -> float:
    a = {g for g, v in predicted.items() if v >= SET_THRESHOLD}
    b = {g for g, v in gold.items() if v >= SET_THRESHOLD}
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def score(predicted: Sequence[Mapping[int, int]], gold: Sequence[Mapping[int, int]]) -> Scores:
    if not gold:
        return Scores(0, float("nan"), float("nan"), float("nan"), float("nan"))
    top1, overlap, f1 = [], [], []
    for p, g in zip(predicted, gold, strict=True):
        best = max(g.values())
        main = max(p, key=p.get) if p else None
        top1.append(main in {goal for goal, v in g.items() if v == best})
        overlap.append(sum(min(p.get(goal, 0), v) for goal, v in g.items()) / 100)
        f1.append(_set_f1(p, g))
    mean_p = np.mean([to_vector(p) for p in predicted], axis=0) if predicted else np.zeros(17)
    mean_g = np.mean([to_vector(g) for g in gold], axis=0)
    distance = float(np.abs(mean_p - mean_g).sum() / 2 * 100)
    return Scores(len(gold), float(np.mean(top1)), float(np.mean(overlap)), float(np.mean(f1)),
                  distance)


def evaluate(predicted: Sequence[Mapping[int, int]], gold: Sequence[Mapping[int, int]],
             groups: Mapping[str, Sequence[bool]] | None = None) -> Report:
    report = Report(score(predicted, gold))
    for name, mask in (groups or {}).items():
        chosen = [i for i, flag in enumerate(mask) if flag]
        if chosen:
            report.groups[name] = score([predicted[i] for i in chosen], [gold[i] for i in chosen])
    return report
