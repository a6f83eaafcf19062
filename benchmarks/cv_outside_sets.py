"""How well Verdir reads authorities it has never seen: the sets other authors wrote, each half
measured with a head trained without it.

The sets of ``models/corpus/outside/`` are training data. To keep measuring lines of
authors the model has not seen, this trains the head (and the vocabulary the labels are prepared
with) on the generated parts and one half of the sets, classifies the other half as
``verdir eval`` would, then swaps the halves. Figures per set, per half and overall; the Paris
dev lines, when ``../shared`` is there, with each half's head.

Usage: python benchmarks/cv_outside_sets.py  (a few minutes on 2 cores)
"""

from __future__ import annotations

import time
from pathlib import Path

from verdir import paths
from verdir.cli import _budget_lines
from verdir.engine.common_words import CommonWords
from verdir.engine.corpus import load_corpus
from verdir.engine.engine import Engine, build_preparer
from verdir.engine.evaluation import Scores, score
from verdir.engine.lines import BudgetLine
from verdir.engine.shares import parse_shares
from verdir.tables import read_table

ROOT = Path(__file__).resolve().parents[1]
OUTSIDE = ROOT / "models" / "corpus" / "outside"
DEV = ROOT.parent / "shared" / "data" / "eval" / "dev_paris_labelled.csv"


def set_number(path: Path) -> int:
    digits = path.stem.removeprefix("probe").split("_")[0]
    return int(digits or 1)


def labelled_lines(path: Path, engine: Engine) -> tuple[list[BudgetLine], list[dict[int, int]]]:
    """The set's lines as `verdir eval` reads them (fonction nomenclature guessed), and their labels."""
    table = read_table(path)
    return _budget_lines(table, "auto", engine), [parse_shares(str(v)) for v in table.frame["labels"]]


def show(name: str, scores: Scores) -> None:
    right = round(scores.top1 * scores.n)
    print(f"  {name:<34} n={scores.n:5d} right={right:5d} top-1={scores.top1:.3f} "
          f"overlap={scores.overlap:.3f} distance={scores.distance:.1f}", flush=True)


def main() -> None:
    started = time.perf_counter()
    engine = Engine.load(progress=print)
    corpus = load_corpus()
    common_words = CommonWords.load(paths.model_dir())
    sets = sorted(OUTSIDE.glob("probe*.csv"), key=set_number)
    halves = [sets[: len(sets) // 2], sets[len(sets) // 2 :]]
    predicted_all: list[dict[int, int]] = []
    gold_all: list[dict[int, int]] = []
    for held in halves:
        names = {path.name for path in held}
        kept = [item for item in corpus if item.origin not in names]
        engine.preparer = build_preparer(kept, None, common_words)
        engine.train(kept)
        print(f"held out: sets {set_number(held[0])} to {set_number(held[-1])} "
              f"(trained on {len(kept)} lines)")
        predicted_half: list[dict[int, int]] = []
        gold_half: list[dict[int, int]] = []
        for path in held:
            lines, gold = labelled_lines(path, engine)
            predicted = [result.shares for result in engine.classify(lines)]
            show(path.stem, score(predicted, gold))
            predicted_half += predicted
            gold_half += gold
        show("this half", score(predicted_half, gold_half))
        if DEV.is_file():
            lines, gold = labelled_lines(DEV, engine)
            show("Paris dev (150 lines)", score([r.shares for r in engine.classify(lines)], gold))
        predicted_all += predicted_half
        gold_all += gold_half
    show("all sets, each held out", score(predicted_all, gold_all))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
