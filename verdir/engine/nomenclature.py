"""Which nomenclature a budget's bare fonction codes follow: M57, or M14 for budgets voted
before the move to M57 (most communes until 2024).

The same numbers mean other things in the two ("411": gymnases in M14, PMI in M57; "822":
voirie communale in M14, rail transport in M57). A whole budget tells which one it uses: its
labels, read without the fonction, agree with the M14 meanings of its codes or with the M57
ones. A small table, or one where the two readings agree as well, stays in M57.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from verdir.engine.codes import M57Codes
from verdir.engine.lines import BudgetLine, Classification
from verdir.engine.shares import to_vector
from verdir.engine.text import has_letters, read_code

MIN_LINES = 12  # bare fonction codes whose two readings differ, below which M57 is kept
MIN_GAIN = 0.3  # mean log-agreement per line by which M14 must win (on the corpus and the
# probe, M57 tables score -1.2 to -2.2 and the same lines with M14 codes +1.2 to +2.0)
FLOOR = 0.05


@dataclass(frozen=True)
class NomenclatureGuess:
    nomenclature: str  # "M57" or "M14"
    lines: int  # lines whose two readings were compared
    gain: float  # mean log-agreement of M14 over M57 per compared line


def guess_fonction_nomenclature(
    lines: Sequence[BudgetLine], classify: Callable[[list[BudgetLine]], list[Classification]],
    codes: M57Codes | None = None,
) -> NomenclatureGuess:
    """M14 when the lines' labels (classified without their fonction) agree clearly better with
    the M14 meanings of their bare fonction codes than with the M57 ones."""
    codes = codes or M57Codes()
    compared: list[tuple[BudgetLine, np.ndarray, np.ndarray]] = []
    for line in lines:
        code = read_code(line.fonction)
        if not code or has_letters(line.fonction) or not has_letters(line.libelle):
            continue
        modern, former = codes.fonction_in(code, "M57"), codes.fonction_in(code, "M14")
        if modern is None or former is None or modern.prior is None or former.prior is None:
            continue
        if np.allclose(modern.prior, former.prior):
            continue
        compared.append((replace(line, fonction=""), modern.prior, former.prior))
    if len(compared) < MIN_LINES:
        return NomenclatureGuess("M57", len(compared), 0.0)
    read = classify([line for line, _, _ in compared])
    gains = []
    for (_, modern, former), result in zip(compared, read, strict=True):
        label = to_vector(result.shares)
        gains.append(np.log(FLOOR + float(former @ label)) - np.log(FLOOR + float(modern @ label)))
    gain = float(np.mean(gains))
    return NomenclatureGuess("M14" if gain >= MIN_GAIN else "M57", len(compared), gain)
