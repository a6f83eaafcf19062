"""The six axes of the green-budget annex and their ratings, possibly split between ratings.

A cell holds one rating (``favorable``) or a split, largest part first
(``favorable 60 % / neutre 40 %``). Parts are whole percentages summing to 100.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verdir.columns import ANNEX_AXIS_COLUMNS
from verdir.engine.text import clean_spaces, fold

FAVORABLE = "favorable"
NEUTRE = "neutre"
DEFAVORABLE = "défavorable"
NON_COTE = "non coté"
RATINGS: tuple[str, ...] = (FAVORABLE, NEUTRE, DEFAVORABLE, NON_COTE)
_BY_FOLDED = {fold(r): r for r in RATINGS} | {
    "non cote": NON_COTE, "non cotee": NON_COTE, "noncotee": NON_COTE, "na": NON_COTE,
    "defavorable": DEFAVORABLE, "favorable": FAVORABLE, "neutre": NEUTRE,
}


class InvalidRating(ValueError):
    """A rating cell that cannot be read (message in French)."""


@dataclass(frozen=True)
class Axis:
    number: int
    column: str  # output column, e.g. "Axe 1 Atténuation"
    title: str  # the decree's wording
    since: int | None  # first exercice for which the axis is required (None: not yet set)


AXES: tuple[Axis, ...] = (
    Axis(1, "Axe 1 Atténuation", "atténuation du changement climatique", 2024),
    Axis(2, "Axe 2 Adaptation",
         "adaptation au changement climatique et prévention des risques naturels", None),
    Axis(3, "Axe 3 Eau", "gestion des ressources en eau", None),
    Axis(4, "Axe 4 Économie circulaire",
         "transition vers une économie circulaire, gestion des déchets, prévention des risques "
         "technologiques", None),
    Axis(5, "Axe 5 Pollutions", "prévention et contrôle des pollutions de l'air et des sols", None),
    Axis(6, "Axe 6 Biodiversité",
         "préservation de la biodiversité et protection des espaces naturels, agricoles et "
         "sylvicoles", 2025),
)
AXIS_COLUMNS: tuple[str, ...] = tuple(axis.column for axis in AXES)
assert AXIS_COLUMNS == ANNEX_AXIS_COLUMNS  # the table readers know them too


Parts = tuple[tuple[str, int], ...]
_PART = re.compile(r"^(.*?)\s*(\d{1,3})?\s*%?$")


def normalise_rating(text: str) -> str:
    """'Défavorable', 'DEFAVORABLE', '01_DEFAVORABLE' -> 'défavorable'."""
    folded = clean_spaces(fold(str(text)).replace("_", " ")).strip(" .;")
    folded = re.sub(r"^(\d+|synth)\s+", "", folded)
    rating = _BY_FOLDED.get(folded)
    if rating is None:
        raise InvalidRating(f"« {text} » n'est pas une cotation (favorable, neutre, défavorable, "
                            "non coté)")
    return rating


def parse_rating(text: object) -> Parts:
    """'favorable 60 % / neutre 40 %' -> (('favorable', 60), ('neutre', 40))."""
    raw = clean_spaces(str(text or ""))
    if not raw:
        raise InvalidRating("cotation vide")
    pieces = [p.strip() for p in raw.split("/") if p.strip()]
    parts: dict[str, int] = {}
    for piece in pieces:
        match = _PART.match(piece)
        name, number = (match.group(1), match.group(2)) if match else (piece, None)
        rating = normalise_rating(name)
        if number is None and len(pieces) > 1:
            raise InvalidRating(f"« {piece} » : indiquez la part en % de chaque cotation")
        parts[rating] = parts.get(rating, 0) + (int(number) if number is not None else 100)
    if sum(parts.values()) != 100:
        raise InvalidRating(f"« {raw} » : les parts font {sum(parts.values())} % au lieu de 100 %")
    ordered = sorted(parts.items(), key=lambda kv: (-kv[1], RATINGS.index(kv[0])))
    return tuple(ordered)


def format_rating(parts: Parts) -> str:
    """The cell text: 'favorable' or 'favorable 60 % / neutre 40 %'."""
    if len(parts) == 1:
        return parts[0][0]
    return " / ".join(f"{rating} {share} %" for rating, share in parts)


def axis_list(numbers: list[int]) -> str:
    """[1] -> 'axe 1'; [1, 6] -> 'axes 1, 6'."""
    if len(numbers) == 1:
        return f"axe {numbers[0]}"
    return "axes " + ", ".join(str(n) for n in numbers)
