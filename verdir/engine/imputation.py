"""Whole budget imputations written in one cell ("21-2135-212", "2313/212", "D 21 2135 212").

Many exports have a single "Imputation" column instead of separate chapitre, nature and
fonction columns. The order is the one of budget documents: chapitre, nature (article), then
fonction; with two codes, nature then fonction, or chapitre then a nature of that chapter
("21-2135"). A leading section letter (D/R for dépense/recette, I/F for investissement/
fonctionnement) is ignored. Anything else is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_IMPUTATION = re.compile(
    r"^\s*(?:(?:[DR][IF]?|[IF])\s*[-/|:]?\s*)?"  # optional section: "D", "DI", "I-" ...
    r"(\d{1,6})(?:\s*[-/|:]\s*|\s+)(\d{1,6})(?:(?:\s*[-/|:]\s*|\s+)(\d{1,6}))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Imputation:
    chapitre: str = ""
    nature: str = ""
    fonction: str = ""


def read_imputation(value: object) -> Imputation | None:
    """The codes of a cell holding several of them, or None for anything else (a single code,
    a code with its label, an amount)."""
    if not isinstance(value, str):
        return None
    match = _IMPUTATION.match(value)
    if match is None:
        return None
    first, second, third = match.groups()
    if third is not None:
        if _is_chapitre_of(first, second) and 1 <= len(third) <= 4:
            return Imputation(first, second, third)
        return None
    if _is_chapitre_of(first, second) and len(second) > len(first):
        return Imputation(chapitre=first, nature=second)
    if 3 <= len(first) <= 6 and 1 <= len(second) <= 4:
        return Imputation(nature=first, fonction=second)
    return None


def _is_chapitre_of(chapitre: str, nature: str) -> bool:
    """A chapter code that can hold this nature: its prefix ("21" / "2135"), or one of the
    "0.." chapters that group natures of other numbers ("011" / "60632")."""
    return len(chapitre) in (2, 3) and 3 <= len(nature) <= 6 and (
        nature.startswith(chapitre) or chapitre.startswith("0"))


def spread_imputation(chapitre: str, nature: str, fonction: str) -> tuple[str, str, str]:
    """The three code cells of a line, with an imputation found in any of them spread into
    the cells that are empty (or that held it); cells the user filled are kept."""
    cells = [chapitre, nature, fonction]
    for index, value in enumerate(cells):
        imputation = read_imputation(value)
        if imputation is None:
            continue
        parts = (imputation.chapitre, imputation.nature, imputation.fonction)
        for target, part in enumerate(parts):
            if part and (not cells[target] or target == index):
                cells[target] = part
        if not parts[index]:  # the source cell held codes of other kinds only
            cells[index] = ""
        break
    return cells[0], cells[1], cells[2]
