"""`verdir annexe`: the green-budget annex table, from a table classified with ``annexe-verte``.

Amounts come from the Montant column; a line split between ratings
(« favorable 60 % / neutre 40 % ») counts each part of its amount under its rating. The
workbook holds a summary sheet, one sheet per axis (amounts per nature and per fonction x
rating, with totals) and the detail of the lines as authorities file them (one row per part of a
split line).
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from verdir.columns import COL_SYNTHESIS
from verdir.engine.codes import M57Codes, read_code
from verdir.frameworks.base import FrameworkError
from verdir.frameworks.ratings import (
    AXES,
    DEFAVORABLE,
    FAVORABLE,
    NEUTRE,
    NON_COTE,
    RATINGS,
    InvalidRating,
    Parts,
    parse_rating,
)
from verdir.tables import BudgetTable

SYNTHESIS_CATEGORIES = (FAVORABLE, "mixte", DEFAVORABLE, NEUTRE, NON_COTE)
NO_CODE = "(non renseignée)"
EURO_FORMAT = '#,##0.00 "€"'
SUMMARY_SHEET = "Synthèse"
DETAIL_SHEET = "Lignes"


@dataclass
class AnnexLine:
    libelle: str
    nature: str
    fonction: str
    amount: float
    parts: dict[int, Parts]  # axis -> rating parts
    synthesis: str  # one of SYNTHESIS_CATEGORIES


@dataclass
class AnnexTotals:
    lines: list[AnnexLine]
    by_axis: dict[int, dict[str, float]] = field(default_factory=dict)  # axis -> rating -> €
    by_nature: dict[int, dict[str, dict[str, float]]] = field(default_factory=dict)
    by_fonction: dict[int, dict[str, dict[str, float]]] = field(default_factory=dict)
    synthesis: dict[str, float] = field(default_factory=dict)  # category -> €
    missing_amounts: int = 0

    @property
    def total(self) -> float:
        return sum(line.amount for line in self.lines)


def synthesis_category(text: str, parts: dict[int, Parts]) -> str:
    """The category of a Synthèse cell, or of the ratings when the cell is empty."""
    folded = str(text or "").strip().lower()
    for category in (NON_COTE, "mixte", DEFAVORABLE, FAVORABLE, NEUTRE):
        if folded.startswith(category):
            return category
    ratings = {rating for axis_parts in parts.values() for rating, _ in axis_parts}
    if FAVORABLE in ratings and DEFAVORABLE in ratings:
        return "mixte"
    for category in (FAVORABLE, DEFAVORABLE, NEUTRE):
        if category in ratings:
            return category
    return NON_COTE


def annex_lines(table: BudgetTable) -> tuple[list[AnnexLine], int]:
    """The rated lines of a classified table and how many had no readable amount."""
    from verdir.numbers import parse_number

    frame = table.frame
    missing_columns = [a.column for a in AXES if a.column not in frame.columns]
    if len(missing_columns) == len(AXES):
        raise FrameworkError(
            f"« {table.source.name} » n'a pas les colonnes de l'annexe verte (« {AXES[0].column} »"
            " …) : classez-le d'abord avec « verdir classify --framework annexe-verte ».")
    amount_column = table.roles.get("montant")
    if amount_column is None:
        raise FrameworkError(f"Colonne « Montant » introuvable dans « {table.source.name} ».")
    budget_lines = table.lines()
    result, missing = [], 0
    for index, line in enumerate(budget_lines):
        parts: dict[int, Parts] = {}
        for axis in AXES:
            cell = frame[axis.column][index] if axis.column in frame.columns else ""
            if str(cell).strip():
                try:
                    parts[axis.number] = parse_rating(cell)
                except InvalidRating as error:
                    raise FrameworkError(f"ligne {index + 2}, « {axis.column} » : {error}") from error
        if not parts and not line.libelle:
            continue
        amount = parse_number(frame[amount_column][index])
        if amount is None:
            missing += 1
            amount = 0.0
        synthesis = frame[COL_SYNTHESIS][index] if COL_SYNTHESIS in frame.columns else ""
        result.append(AnnexLine(line.libelle, read_code(line.nature), read_code(line.fonction),
                                float(amount), parts, synthesis_category(str(synthesis), parts)))
    return result, missing


def compute_totals(lines: list[AnnexLine], missing_amounts: int = 0) -> AnnexTotals:
    totals = AnnexTotals(lines, missing_amounts=missing_amounts)
    by_nature: dict[int, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    by_fonction: dict[int, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for axis in AXES:
        totals.by_axis[axis.number] = dict.fromkeys(RATINGS, 0.0)
    totals.synthesis = dict.fromkeys(SYNTHESIS_CATEGORIES, 0.0)
    for line in lines:
        totals.synthesis[line.synthesis] += line.amount
        for axis in AXES:
            parts = line.parts.get(axis.number, ((NON_COTE, 100),))
            for rating, share in parts:
                amount = line.amount * share / 100
                totals.by_axis[axis.number][rating] += amount
                for table, code in ((by_nature, line.nature), (by_fonction, line.fonction)):
                    cell = table[axis.number][code or NO_CODE]
                    cell[rating] = cell.get(rating, 0.0) + amount
    totals.by_nature = {axis: dict(rows) for axis, rows in by_nature.items()}
    totals.by_fonction = {axis: dict(rows) for axis, rows in by_fonction.items()}
    return totals


def segments(line: AnnexLine) -> list[tuple[int, dict[int, str]]]:
    """A split line as rows: (percentage, rating per axis); one row when nothing is split.

    The cut points of every axis' parts split the line, so each row has one rating per axis
    (axis 1 « favorable 60 % / neutre 40 % » -> rows of 60 % and 40 %).
    """
    cuts = {0, 100}
    for parts in line.parts.values():
        position = 0
        for _, share in parts:
            position += share
            cuts.add(position)
    bounds = sorted(cuts)
    rows = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        ratings = {}
        for axis in AXES:
            parts = line.parts.get(axis.number, ((NON_COTE, 100),))
            position = 0
            for rating, share in parts:
                if position <= start < position + share:
                    ratings[axis.number] = rating
                    break
                position += share
        rows.append((end - start, ratings))
    return rows


# ------------------------------------------------------------------------- workbook
def write_annex_workbook(totals: AnnexTotals, target: Path, exercice: int | None = None,
                         source_name: str = "") -> None:
    """The annex as an .xlsx, written atomically."""
    from openpyxl import Workbook

    target = Path(target)
    codes = M57Codes()
    book = Workbook()
    summary = book.active
    summary.title = SUMMARY_SHEET
    _summary_sheet(summary, totals, exercice, source_name)
    for axis in AXES:
        sheet = book.create_sheet(axis.column[:31])
        _axis_sheet(sheet, axis, totals, codes)
    _detail_sheet(book.create_sheet(DETAIL_SHEET), totals)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".verdir-", suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, target)
    except PermissionError as error:
        Path(temporary).unlink(missing_ok=True)
        raise FrameworkError(f"Impossible d'écrire « {target.name} » : le fichier est-il ouvert "
                             "dans Excel ?") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _style_header(sheet, row: int, width: int) -> None:  # noqa: ANN001 - openpyxl sheet
    from openpyxl.styles import Alignment, Font, PatternFill

    fill = PatternFill("solid", fgColor="1F4E3D")
    for column in range(1, width + 1):
        cell = sheet.cell(row=row, column=column)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _bold_row(sheet, row: int, width: int) -> None:  # noqa: ANN001
    from openpyxl.styles import Font

    for column in range(1, width + 1):
        sheet.cell(row=row, column=column).font = Font(bold=True)


def _money(sheet, row: int, first: int, values: list[float]) -> None:  # noqa: ANN001
    for offset, value in enumerate(values):
        cell = sheet.cell(row=row, column=first + offset, value=round(value, 2))
        cell.number_format = EURO_FORMAT


def _widths(sheet, widths: list[int]) -> None:  # noqa: ANN001
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


RATING_HEADERS = ["Favorable", "Neutre", "Défavorable", "Non coté", "Total"]


def _summary_sheet(sheet, totals: AnnexTotals, exercice: int | None, source: str) -> None:  # noqa: ANN001
    from openpyxl.styles import Font

    sheet["A1"] = "Impact du budget pour la transition écologique"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (f"Dépenses d'investissement par axe et par cotation"
                   f"{f' - exercice {exercice}' if exercice else ''}"
                   f"{f' - source : {source}' if source else ''}")
    header = 4
    titles = ["Axe", "Obligatoire à partir de l'exercice", *RATING_HEADERS]
    for column, title in enumerate(titles, start=1):
        sheet.cell(row=header, column=column, value=title)
    _style_header(sheet, header, len(titles))
    row = header
    for axis in AXES:
        row += 1
        values = [totals.by_axis[axis.number][r] for r in RATINGS]
        sheet.cell(row=row, column=1, value=f"{axis.column} - {axis.title}")
        required = str(axis.since) if axis.since else "à préciser (méthode attendue)"
        if exercice and axis.since and exercice < axis.since:
            required += " (facultatif pour cet exercice)"
        sheet.cell(row=row, column=2, value=required)
        _money(sheet, row, 3, [*values, sum(values)])
    row += 2
    sheet.cell(row=row, column=1, value="Cotation de synthèse")
    sheet.cell(row=row, column=2, value="Montant")
    _style_header(sheet, row, 2)
    for category in SYNTHESIS_CATEGORIES:
        row += 1
        sheet.cell(row=row, column=1, value=category.capitalize())
        _money(sheet, row, 2, [totals.synthesis[category]])
    row += 1
    sheet.cell(row=row, column=1, value="Total")
    _money(sheet, row, 2, [sum(totals.synthesis.values())])
    _bold_row(sheet, row, 2)
    row += 2
    sheet.cell(row=row, column=1, value=f"{len(totals.lines)} lignes lues.")
    if totals.missing_amounts:
        row += 1
        sheet.cell(row=row, column=1, value=f"{totals.missing_amounts} lignes sans montant "
                   "lisible, comptées pour 0 €.")
    sheet.freeze_panes = "A5"
    _widths(sheet, [70, 22, 16, 16, 16, 16, 18])


def _axis_sheet(sheet, axis, totals: AnnexTotals, codes: M57Codes) -> None:  # noqa: ANN001
    from openpyxl.styles import Font

    sheet["A1"] = f"{axis.column} - {axis.title}"
    sheet["A1"].font = Font(bold=True, size=13)
    row = 3
    for kind, table, lookup in (("Nature", totals.by_nature, codes.nature),
                                ("Fonction", totals.by_fonction, codes.fonction)):
        titles = [kind, "Libellé", *RATING_HEADERS]
        for column, title in enumerate(titles, start=1):
            sheet.cell(row=row, column=column, value=title)
        _style_header(sheet, row, len(titles))
        if kind == "Nature":
            sheet.freeze_panes = sheet.cell(row=row + 1, column=1).coordinate
        grand = dict.fromkeys(RATINGS, 0.0)
        for code, amounts in sorted(table.get(axis.number, {}).items()):
            row += 1
            entry = lookup(code) if code != NO_CODE else None
            sheet.cell(row=row, column=1, value=code)
            sheet.cell(row=row, column=2, value=entry.label if entry else "")
            values = [amounts.get(r, 0.0) for r in RATINGS]
            _money(sheet, row, 3, [*values, sum(values)])
            for rating in RATINGS:
                grand[rating] += amounts.get(rating, 0.0)
        row += 1
        sheet.cell(row=row, column=1, value="Total")
        values = [grand[r] for r in RATINGS]
        _money(sheet, row, 3, [*values, sum(values)])
        _bold_row(sheet, row, len(titles))
        row += 3
    _widths(sheet, [14, 50, 16, 16, 16, 16, 18])


def _detail_sheet(sheet, totals: AnnexTotals) -> None:  # noqa: ANN001
    titles = ["Nature", "Fonction", "Libellé", "Part", "Montant",
              *[a.column for a in AXES], "Synthèse"]
    for column, title in enumerate(titles, start=1):
        sheet.cell(row=1, column=column, value=title)
    _style_header(sheet, 1, len(titles))
    row = 1
    for line in totals.lines:
        for share, ratings in segments(line):
            row += 1
            sheet.cell(row=row, column=1, value=line.nature)
            sheet.cell(row=row, column=2, value=line.fonction)
            sheet.cell(row=row, column=3, value=line.libelle)
            sheet.cell(row=row, column=4, value=share / 100).number_format = "0%"
            _money(sheet, row, 5, [line.amount * share / 100])
            for offset, axis in enumerate(AXES):
                sheet.cell(row=row, column=6 + offset, value=ratings.get(axis.number, NON_COTE))
            sheet.cell(row=row, column=6 + len(AXES), value=line.synthesis)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _widths(sheet, [10, 10, 50, 8, 16, 14, 14, 14, 14, 14, 14, 14])


__all__ = ["AnnexLine", "AnnexTotals", "annex_lines", "compute_totals",
           "segments", "write_annex_workbook"]
