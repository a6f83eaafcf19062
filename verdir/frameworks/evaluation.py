"""Measure a framework against labelled lines: accuracy per annex axis, or top-1 and overlap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from verdir.frameworks.annex_table import synthesis_category
from verdir.frameworks.base import FrameworkResult
from verdir.frameworks.ratings import AXES, InvalidRating, parse_rating


@dataclass
class AxisScore:
    name: str
    n: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else float("nan")


def annex_scores(results: Sequence[FrameworkResult],
                 gold: Sequence[dict[str, str]]) -> list[AxisScore]:
    """Per axis (and Synthèse when labelled): how often the main rating is the labelled one.

    ``gold`` holds, per line, the labelled cells by column (blank cells are not scored). A split
    counts by its largest part.
    """
    scores = []
    for axis in AXES:
        n = correct = 0
        for result, labels in zip(results, gold, strict=True):
            cell = labels.get(axis.column, "")
            if not str(cell).strip():
                continue
            expected = parse_rating(cell)[0][0]
            predicted = parse_rating(result.values[axis.column])[0][0]
            n += 1
            correct += predicted == expected
        scores.append(AxisScore(axis.column, n, correct))
    n = correct = 0
    for result, labels in zip(results, gold, strict=True):
        cell = str(labels.get("Synthèse", "")).strip()
        if cell:
            n += 1
            correct += synthesis_category(cell, {}) == synthesis_category(result.synthesis, {})
    if n:
        scores.append(AxisScore("Synthèse", n, correct))
    return scores


def percentage_scores(results: Sequence[FrameworkResult], gold: Sequence[dict[str, int]],
                      columns: Sequence[str]) -> tuple[int, float, float]:
    """(n, top-1, mean overlap) of percentage results against labelled percentages by column."""
    top1, overlap = [], []
    for result, labels in zip(results, gold, strict=True):
        best = max(labels.values())
        mains = {c for c, v in labels.items() if v == best}
        top1.append(result.main in mains)
        overlap.append(sum(min(int(result.values.get(c) or 0), labels.get(c, 0))
                           for c in columns) / 100)
    n = len(top1)
    return n, (sum(top1) / n if n else float("nan")), (sum(overlap) / n if n else float("nan"))


__all__ = ["AxisScore", "InvalidRating", "annex_scores", "percentage_scores"]
