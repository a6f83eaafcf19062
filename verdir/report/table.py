"""Loading a classified table (xlsx or csv) into a DataFrame of raw cell values."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from verdir.tables import decode_text

DASHBOARD_SHEET = "Tableau de bord ODD"
# Sheets Verdir adds to a workbook; the data is on the first other sheet.
HELPER_SHEETS = frozenset({DASHBOARD_SHEET, "Lisez-moi", "Glossaire", "Règles"})
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")


class ReportInputError(ValueError):
    """The input cannot be turned into a dashboard; the message is French, for the user."""


def data_sheet_name(sheet_names: list[str]) -> str:
    """The sheet holding the budget lines: the first one that is not a Verdir helper sheet."""
    for name in sheet_names:
        if name not in HELPER_SHEETS:
            return name
    raise ReportInputError("Le classeur ne contient aucune feuille de données.")


def _read_excel(path: Path) -> pd.DataFrame:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors on damaged files
        raise ReportInputError(f"Impossible de lire le classeur « {path.name} » : {error}") from None
    try:
        sheet = workbook[data_sheet_name(workbook.sheetnames)]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()
    if not rows:
        raise ReportInputError(f"La feuille de données de « {path.name} » est vide.")
    header = [header_name(value, index) for index, value in enumerate(rows[0])]
    width = len(header)
    body = [list(row[:width]) + [None] * (width - len(row)) for row in rows[1:]]
    return pd.DataFrame(body, columns=header, dtype=object)


def header_name(value: object, index: int) -> str:
    """A header cell as a column name: "Colonne n" when empty."""
    if value is None or not str(value).strip():
        return f"Colonne {index + 1}"
    return str(value).strip()


def _read_csv(path: Path) -> pd.DataFrame:
    text = decode_text(path.read_bytes())
    if not text.strip():
        raise ReportInputError(f"Le fichier « {path.name} » est vide.")
    first_line = text.splitlines()[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [header_name(value, index) for index, value in enumerate(rows[0])]
    width = len(header)
    body = [
        [cell if cell.strip() else None for cell in row[:width]] + [None] * (width - len(row))
        for row in rows[1:]
    ]
    return pd.DataFrame(body, columns=header, dtype=object)


def load_table(path: Path | str) -> pd.DataFrame:
    """The classified table in ``path``: header on the first row, one budget line per row.

    Cells keep their raw values (numbers stay numbers, text stays text) so that the
    computation can report what it had to convert.
    """
    path = Path(path)
    if not path.is_file():
        raise ReportInputError(f"Fichier introuvable : {path}")
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return _read_excel(path)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    raise ReportInputError(
        f"Format non pris en charge : « {path.suffix or path.name} ». "
        "Donnez un classeur .xlsx ou un fichier .csv."
    )
