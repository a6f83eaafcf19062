"""Read a custom framework from a sheet or CSV: one axis per row (name, description, examples).

Accepted headers (any case, with or without accents): ``axe`` / ``nom`` / ``intitulé`` for the
name, ``description`` / ``définition``, and ``exemples`` (examples separated by ``;`` or ``|``,
or one per row: a row with an empty name, or repeating the name without a new description,
adds examples to the axis above it).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from verdir.columns import fold_header
from verdir.frameworks.base import FrameworkError

NAME_HEADERS = ("axe", "axes", "nom", "nom de l axe", "intitule", "libelle de l axe", "name")
DESCRIPTION_HEADERS = ("description", "descriptions", "definition", "descriptif", "objectif")
EXAMPLE_HEADERS = ("exemples", "exemple", "exemples de lignes", "exemples de libelles",
                   "lignes exemples", "examples")
MAX_NAME_LENGTH = 60


@dataclass
class AxisDefinition:
    name: str
    description: str = ""
    examples: list[str] = field(default_factory=list)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return re.sub(r"\s+", " ", str(value)).strip()


def _rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        from verdir.tables import decode_text

        text = decode_text(path.read_bytes())
        first = text.splitlines()[0] if text.strip() else ""
        delimiter = ";" if first.count(";") > first.count(",") else ","
        return [[_cell(c) for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # damaged or fake workbook
            raise FrameworkError(f"Le classeur « {path.name} » est illisible.") from error
        try:
            return [[_cell(c) for c in row] for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    raise FrameworkError(f"Cadre « {path.name} » : donnez un fichier .csv ou .xlsx.")


def _find(headers: list[str], names: tuple[str, ...]) -> int | None:
    folded = [fold_header(h) for h in headers]
    for index, header in enumerate(folded):
        if header in names:
            return index
    return None


def read_definition(path: Path | str) -> list[AxisDefinition]:
    """The axes defined in ``path`` (French :class:`FrameworkError` when malformed)."""
    path = Path(path)
    if not path.is_file():
        raise FrameworkError(f"Fichier de cadre introuvable : « {path} ».")
    rows = [row for row in _rows(path) if any(row)]
    if not rows:
        raise FrameworkError(f"Le fichier de cadre « {path.name} » est vide.")
    header = rows[0]
    name_col = _find(header, NAME_HEADERS)
    if name_col is None:
        raise FrameworkError(
            f"Cadre « {path.name} » : colonne « axe » (ou « nom ») introuvable sur la première "
            "ligne. Colonnes attendues : axe, description, exemples.")
    description_col = _find(header, DESCRIPTION_HEADERS)
    example_col = _find(header, EXAMPLE_HEADERS)

    def get(row: list[str], col: int | None) -> str:
        return row[col] if col is not None and col < len(row) else ""

    items = [(number, get(row, name_col), get(row, description_col),
              [e.strip() for e in re.split(r"[;|\n]", get(row, example_col)) if e.strip()])
             for number, row in enumerate(rows[1:], start=2)]
    return build_definition(items, path.name)


def definition_from_axes(axes: Sequence[tuple[str, str, Sequence[str]]],
                         label: str) -> list[AxisDefinition]:
    """The axes given as (name, description, examples), e.g. by the service or an Excel sheet.

    Same rules as :func:`read_definition`; messages name the axis by its rank (from 1).
    """
    items = [(number, _cell(name), _cell(description), [_cell(e) for e in examples if _cell(e)])
             for number, (name, description, examples) in enumerate(axes, start=1)]
    return build_definition(items, label, unit="axe n°")


def build_definition(items: Iterable[tuple[int, str, str, list[str]]], label: str,
                     unit: str = "ligne") -> list[AxisDefinition]:
    """Check and merge rows of (number, name, description, examples) into axes.

    A row with an empty name, or repeating a name without a new description, adds its examples
    to the axis above it (resp. to that axis); ``label`` and ``unit`` name the source in messages.
    """
    axes: list[AxisDefinition] = []
    by_key: dict[str, AxisDefinition] = {}
    for number, name, description, examples in items:
        if not name:
            if not axes:
                raise FrameworkError(f"Cadre « {label} », {unit} {number} : nom d'axe vide.")
            if description:
                raise FrameworkError(f"Cadre « {label} », {unit} {number} : description "
                                     "sans nom d'axe.")
            axes[-1].examples.extend(examples)
            continue
        if len(name) > MAX_NAME_LENGTH:
            raise FrameworkError(f"Cadre « {label} », {unit} {number} : nom d'axe trop long "
                                 f"(plus de {MAX_NAME_LENGTH} caractères).")
        key = fold_header(name)
        if key in by_key:
            known = by_key[key]
            if description and description != known.description:
                raise FrameworkError(f"Cadre « {label} » : l'axe « {name} » est défini deux "
                                     f"fois ({unit} {number}). Chaque axe doit avoir un nom unique.")
            known.examples.extend(examples)
            continue
        axis = AxisDefinition(name, description, list(examples))
        axes.append(axis)
        by_key[key] = axis
    if len(axes) < 2:
        raise FrameworkError(f"Cadre « {label} » : il faut au moins 2 axes "
                             f"({len(axes)} trouvé).")
    empty = [a.name for a in axes if not a.description and not a.examples]
    if empty:
        raise FrameworkError(f"Cadre « {label} » : l'axe « {empty[0]} » n'a ni description "
                             "ni exemple.")
    return axes
