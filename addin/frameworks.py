"""What the add-in decides about frameworks (« Cadre »), without Excel and without the service.

- the workbook's choice, kept in the hidden ``_verdir`` sheet (cell ``W1``, which the ribbon's VBA
  reads too to show the choice): ``odd`` (default), ``annexe-verte`` or a custom framework's name;
- the axes of the workbook's « Cadre » sheet (Axe | Description | Exemples), sent to the service;
- where a framework's columns are on a sheet; several frameworks' columns live side by side, and
  a framework never writes over another one's columns (it goes right of them);
- what Verdir wrote in a framework's value columns (hidden ``_verdir_cadres`` sheet), hence what
  the user changed since: those become corrections (ratings, or percentages summing to 100).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from verdir.addin.logic import (
    SUM_TOLERANCE,
    AddinError,
    RecordedRows,
    Table,
    as_percentages,
    cell_text,
    is_blank,
    parse_number,
    round_to_100,
    same_numbers,
    snapshot_rows,
)
from verdir.columns import fold_header
from verdir.engine.text import clean_spaces, fold

ODD = "odd"
ANNEX = "annexe-verte"
CHOICES = (ODD, ANNEX)  # ribbon drop-down items 0 and 1; item 2 is the workbook's custom framework
CUSTOM_INDEX = 2
LABELS = {ODD: "ODD", ANNEX: "Annexe verte"}
KIND_PERCENTAGES = "pourcentages"
KIND_RATINGS = "cotations"

SETTINGS_SHEET = "_verdir"  # logic.SNAPSHOT_SHEET: settings sit right of the ODD snapshot
SETTINGS_ROW, SETTINGS_LABEL_COLUMN, SETTINGS_VALUE_COLUMN = 1, 22, 23  # V1 = "Cadre", W1 = name
SETTINGS_CELL = "W1"  # must match Verdir.bas
SNAPSHOT_SHEET = "_verdir_cadres"
SNAPSHOT_HEADER = ("Feuille", "Ligne", "Cadre", "Libellé", "Valeurs")
DEFINITION_SHEET = "Cadre"
NAME_HEADERS = ("axe", "axes", "nom", "nom de l axe", "intitule", "libelle de l axe", "name")
DESCRIPTION_HEADERS = ("description", "descriptions", "definition", "descriptif", "objectif")
EXAMPLE_HEADERS = ("exemples", "exemple", "exemples de lignes", "exemples de libelles",
                   "lignes exemples", "examples")
_RESERVED = {"odd", "annexe-verte", "annexe_verte", "annexe", "budget-vert"}


def label(name: str) -> str:
    """How the user sees a framework's name: 'Annexe verte', 'ODD', « budget-2025 »."""
    return LABELS.get(name, f"cadre « {name} »")


def choice_from_cell(value: Any) -> str:
    text = cell_text(value).strip().lower()
    return text or ODD


def custom_name(book_name: str) -> str:
    """The custom framework's name derived from the workbook: 'Budget 2025.xlsx' -> 'budget-2025'."""
    stem = re.sub(r"\.(xlsx|xlsm|xlsb|xls|csv)$", "", book_name.strip(), flags=re.IGNORECASE)
    slug = re.sub(r"[^a-z0-9_]+", "-", fold(stem)).strip("-_")[:50] or "classeur"
    return f"{slug}-cadre" if slug in _RESERVED else slug


# --------------------------------------------------------------------------- « Cadre » sheet
def parse_definition_sheet(block: Sequence[Sequence[Any]], sheet: str) -> list[dict[str, Any]]:
    """The axes of the « Cadre » sheet, as PUT /frameworks/<name> takes them.

    The header (first 20 rows) names the columns: Axe (or Nom), Description, Exemples (examples
    separated by « ; » or « | », or one per row under the axis with an empty Axe cell). The service
    checks the rest (at least 2 axes, unique names, a description or an example each).
    """
    for index, row in enumerate(block[:20]):
        folded = [fold_header(v) if not is_blank(v) else "" for v in row]
        name_col = next((i for i, f in enumerate(folded) if f in NAME_HEADERS), None)
        if name_col is None:
            continue
        description_col = next((i for i, f in enumerate(folded) if f in DESCRIPTION_HEADERS), None)
        example_col = next((i for i, f in enumerate(folded) if f in EXAMPLE_HEADERS), None)
        axes = []
        for values in block[index + 1:]:
            def at(column: int | None, values: Sequence[Any] = values) -> str:
                return cell_text(values[column]) if column is not None and column < len(values) else ""

            name, description = at(name_col), at(description_col)
            examples = [e.strip() for e in re.split(r"[;|\n]", at(example_col)) if e.strip()]
            if name or description or examples:
                axes.append({"nom": name, "description": description, "exemples": examples})
        if not axes:
            raise AddinError(f"La feuille « {sheet} » ne contient aucun axe sous son en-tête.")
        return axes
    raise AddinError(f"La feuille « {sheet} » n'a pas d'en-tête « Axe » (colonnes attendues : Axe | "
                     "Description | Exemples).")


# --------------------------------------------------------------------------------- columns
@dataclass(frozen=True)
class Layout:
    """A framework's columns, as GET /frameworks/<name> describes them."""

    name: str
    kind: str
    columns: tuple[str, ...]  # every output column, in order
    value_columns: tuple[str, ...]  # the ones a correction changes (first in ``columns``)

    @classmethod
    def from_service(cls, name: str, description: Mapping[str, Any]) -> Layout:
        return cls(name, str(description.get("type")), tuple(description["colonnes"]),
                   tuple(description["colonnes_valeurs"]))

    @property
    def width(self) -> int:
        return len(self.columns)

    def cells(self, result: Mapping[str, Any]) -> list[Any]:
        """One service result as the row of cells under ``columns``."""
        values = result.get("valeurs") or {}
        summary = {"Synthèse": result.get("synthese"), "Explication": result.get("explication") or "",
                   "Axe principal": result.get("principal"),
                   "Confiance": result.get("confiance") if result.get("principal") else None}
        return [values.get(c) if c in self.value_columns else summary.get(c) for c in self.columns]


def find_block(table: Table, layout: Layout) -> int | None:
    """Column (1-based) of the framework's first output column when the header row has them all."""
    texts = [cell_text(h) for h in table.headers]
    first = layout.columns[0]
    for start, text in enumerate(texts):
        if text == first:
            if tuple(texts[start:start + layout.width]) == layout.columns:
                return start + 1
            raise AddinError(
                f"Les colonnes Verdir du {label(layout.name)} sont incomplètes ou déplacées sur cette "
                f"feuille (il faut « {first} » … « {layout.columns[-1]} » côte à côte). Remettez-les en "
                "ordre ou supprimez-les toutes, puis recommencez.")
    return None


def place_block(table: Table, layout: Layout, existing: int | None,
                right_block: Sequence[Sequence[Any]] | None, used_last_column: int) -> tuple[int, bool]:
    """(first column, moved) of the framework's columns: where they are, else right of the table
    and of every Verdir column already there (other frameworks' included), else after the last
    used column so that no foreign cell is overwritten."""
    if existing is not None:
        return existing, False
    candidate = table.right_edge + 1
    if right_block is None or all(is_blank(v) for row in right_block for v in row):
        return candidate, False
    return max(used_last_column, table.right_edge) + 1, True


# ------------------------------------------------------------------------------- snapshot
@dataclass
class Record:
    sheet: str
    row: int
    framework: str
    libelle: str
    values: dict[str, Any]  # value column -> cell as Verdir wrote it

    def cells(self) -> list[Any]:
        return [self.sheet, self.row, self.framework, self.libelle,
                json.dumps(self.values, ensure_ascii=False)]


class Snapshot(RecordedRows[tuple[str, int, str], Record]):
    """What Verdir wrote in frameworks' value columns, one record per (sheet, row, framework)."""

    @staticmethod
    def key(record: Record) -> tuple[str, int, str]:
        return (record.sheet, record.row, record.framework)

    @classmethod
    def parse(cls, block: Sequence[Sequence[Any]]) -> Snapshot:
        snapshot = cls()
        for position, cells, row in snapshot_rows(block, len(SNAPSHOT_HEADER)):
            try:
                values = json.loads(cell_text(cells[4]) or "{}")
            except json.JSONDecodeError:
                continue
            if isinstance(values, dict):
                snapshot.keep(Record(cell_text(cells[0]), row, cell_text(cells[2]),
                                     cell_text(cells[3]), values), position)
        return snapshot

    def for_sheet(self, sheet: str, framework: str) -> list[Record]:
        return sorted((r for r in self.records.values() if r.sheet == sheet and r.framework == framework),
                      key=lambda r: r.row)


# -------------------------------------------------------------------------------- changes
def same_cell(layout: Layout, current: Any, recorded: Any) -> bool:
    if layout.kind == KIND_PERCENTAGES:
        return same_numbers([current], [recorded])
    return clean_spaces(fold(cell_text(current))) == clean_spaces(fold(cell_text(recorded)))


def percentages(layout: Layout, values: Mapping[str, Any], row: int) -> dict[str, int]:
    """A custom framework's cells as whole percentages summing to 100, or an error naming the row."""
    numbers: list[float] = []
    for column in layout.value_columns:
        value = values.get(column)
        number = 0.0 if is_blank(value) else parse_number(value)
        if number is None or number < 0:
            raise AddinError(f"Ligne {row} : la valeur « {value} » de la colonne « {column} » n'est pas "
                             "un pourcentage. Corrigez la ligne puis recommencez.")
        numbers.append(number)
    numbers = as_percentages(numbers)
    total = sum(numbers)
    if abs(total - 100) > SUM_TOLERANCE:
        raise AddinError(f"Ligne {row} : les axes totalisent {total:g} % au lieu de 100 %. Corrigez la "
                         "ligne puis recommencez.")
    shares = round_to_100(numbers)
    return {layout.value_columns[i - 1]: share for i, share in shares.items()}


@dataclass(frozen=True)
class ChangedRow:
    row: int
    payload: dict[str, Any]  # the row's inputs, as sent to /classify
    values: dict[str, Any]  # what goes to the service as « valeurs »


def find_changes(table: Table, layout: Layout, column: int, snapshot: Snapshot,
                 read_row: Mapping[int, Sequence[Any]]) -> tuple[list[ChangedRow], list[int]]:
    """(changed rows, rows whose label changed since Verdir classified them).

    Annex: the rating cells the user changed (others keep the rules' rating). Custom: every axis,
    checked to sum to 100.
    """
    changed: list[ChangedRow] = []
    moved: list[int] = []
    for record in snapshot.for_sheet(table.sheet, layout.name):
        values = read_row.get(record.row)
        if values is None:
            continue
        current = current_values(layout, column, values)
        differing = [c for c in layout.value_columns
                     if not same_cell(layout, current.get(c), record.values.get(c))]
        if not differing:
            continue
        payload = table.payload(values)
        if payload is None or payload["libelle"] != record.libelle:
            moved.append(record.row)
            continue
        if layout.kind == KIND_PERCENTAGES:
            sent: dict[str, Any] = percentages(layout, current, record.row)
        else:
            sent = {c: cell_text(current[c]) for c in differing if not is_blank(current[c])}
            if not sent:
                continue
        changed.append(ChangedRow(record.row, payload, sent))
    return changed, moved


def current_values(layout: Layout, column: int, values: Sequence[Any]) -> dict[str, Any]:
    """The value cells of one sheet row (``values`` from column 1), by value column."""
    return {name: values[column + i - 1] if column + i - 1 < len(values) else None
            for i, name in enumerate(layout.value_columns)}


def pending_rows(table: Table, layout: Layout, column: int, snapshot: Snapshot,
                 read_row: Mapping[int, Sequence[Any]]) -> list[int]:
    """Rows whose value cells differ from what Verdir wrote (corrections not yet saved)."""
    pending = []
    for record in snapshot.for_sheet(table.sheet, layout.name):
        values = read_row.get(record.row)
        if values is None:
            continue
        current = current_values(layout, column, values)
        if any(not same_cell(layout, current.get(c), record.values.get(c)) for c in layout.value_columns):
            pending.append(record.row)
    return pending

