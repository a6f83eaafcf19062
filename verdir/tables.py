"""Read budget tables (csv, xlsx) and write them back with Verdir's columns.

User-facing errors are :class:`TableError` with a French message. Outputs are written to a
temporary file beside the target and renamed, so a failure never leaves a partial file.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from verdir.columns import (
    COL_CONFIDENCE,
    COL_EXPLANATION,
    COL_MAIN,
    COL_SYNTHESIS,
    COL_UNKNOWN,
    ODD_COLUMNS,
    OUTPUT_COLUMNS,
    companion_columns,
    match_columns,
    with_label,
)
from verdir.engine.codes import M57Codes
from verdir.engine.lines import BudgetLine, Classification

SUPPORTED = (".csv", ".xlsx")
HEADER_SEARCH_ROWS = 20


class TableError(Exception):
    """Bad input or output file; the message is for the user, in French."""


@dataclass
class BudgetTable:
    frame: pd.DataFrame  # every input column, as read (object dtype, "" for empty cells)
    roles: dict[str, str]  # role -> column name
    source: Path

    def lines(self, nomenclature: str = "M57") -> list[BudgetLine]:
        """The budget lines; ``nomenclature="M14"`` reads bare fonction codes as M14's."""
        companions = {role: self.frame.columns[index]
                      for role, index in companion_columns(self.frame.columns).items()}

        def cells(name: object | None) -> list[str]:
            if name is None:
                return [""] * len(self.frame)
            return ["" if _is_blank(value) else str(value).strip() for value in self.frame[name]]

        def column(role: str) -> list[str]:
            values = cells(self.roles.get(role))
            if role in companions:  # "212" + "Écoles primaires" -> "212 - Écoles primaires"
                labels = cells(companions[role])
                values = [with_label(value, label) for value, label in zip(values, labels, strict=True)]
            return values

        libelles, chapitres, natures = column("libelle"), column("chapitre"), column("nature")
        fonctions, services, missions = column("fonction"), column("service"), column("mission")
        lines = [
            BudgetLine(libelles[i], chapitres[i], natures[i], fonctions[i], services[i], missions[i])
            for i in range(len(self.frame))
        ]
        if nomenclature == "M14":  # after the imputations are spread: their fonction too
            codes = M57Codes()
            lines = [replace(line, fonction=codes.with_m14_label(line.fonction)) for line in lines]
        return lines


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or str(value).strip() == ""


def _check_path(path: Path) -> None:
    if path.suffix.lower() not in SUPPORTED:
        raise TableError(
            f"Format non pris en charge : « {path.name} ». Utilisez un fichier .csv ou .xlsx."
        )


def decode_text(raw: bytes) -> str:
    """Text of a CSV export: UTF-8 (with or without BOM), else Excel's Windows-1252."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> pd.DataFrame:
    raw = path.read_bytes()
    if not raw.strip():
        raise TableError(f"Le fichier « {path.name} » est vide.")
    text = decode_text(raw)
    first_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        return pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False,
                           header=None, quoting=csv.QUOTE_MINIMAL, skip_blank_lines=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise TableError(f"Le fichier « {path.name} » n'est pas un CSV lisible ({error}).") from error


def _read_xlsx(path: Path, sheet: str | None) -> pd.DataFrame:
    try:
        frame = pd.read_excel(path, sheet_name=sheet or 0, header=None, dtype=object,
                              engine="openpyxl")
    except ValueError as error:
        if sheet:
            raise TableError(f"La feuille « {sheet} » n'existe pas dans « {path.name} ».") from error
        raise TableError(f"Le classeur « {path.name} » est illisible ({error}).") from error
    except Exception as error:  # zip or xml errors from a damaged or fake file
        raise TableError(f"Le classeur « {path.name} » est illisible ou endommagé.") from error
    return frame


def read_grid(path: Path, sheet: str | None = None) -> pd.DataFrame:
    """The cells of a .csv file or of one sheet of an .xlsx workbook, headers included."""
    path = Path(path)
    _check_path(path)
    if not path.is_file():
        raise TableError(f"Fichier introuvable : « {path} ».")
    grid = _read_csv(path) if path.suffix.lower() == ".csv" else _read_xlsx(path, sheet)
    if grid.empty or grid.dropna(how="all").empty:
        raise TableError(f"Le fichier « {path.name} » ne contient aucune donnée.")
    return grid


def read_table(path: Path, sheet: str | None = None) -> BudgetTable:
    path = Path(path)
    grid = read_grid(path, sheet)
    header_row = None
    for row in range(min(HEADER_SEARCH_ROWS, len(grid))):
        if "libelle" in match_columns(grid.iloc[row].tolist()):
            header_row = row
            break
    if header_row is None:
        raise TableError(
            f"Aucune colonne « Libellé » trouvée dans « {path.name} ». Ajoutez un en-tête "
            "« Libellé » (ou libelle, LIBELLE, Intitulé…) au-dessus des libellés budgétaires."
        )
    headers = _unique_headers(grid.iloc[header_row].tolist())
    frame = grid.iloc[header_row + 1 :].reset_index(drop=True)
    frame.columns = headers
    frame = frame.loc[:, [h for h in headers if not h.startswith("_vide")]]
    frame = frame.map(lambda v: "" if _is_blank(v) else v).astype(object)
    roles = {role: frame.columns[index] for role, index in match_columns(frame.columns).items()}
    return BudgetTable(frame, roles, path)


def _unique_headers(values: Sequence[object]) -> list[str]:
    headers: list[str] = []
    for index, value in enumerate(values):
        name = "" if _is_blank(value) else str(value).strip()
        name = name or f"_vide{index}"
        while name in headers:
            name += " (bis)"
        headers.append(name)
    return headers


def with_results(table: BudgetTable, results: Sequence[Classification]) -> pd.DataFrame:
    """The input table with Verdir's output columns (replacing earlier ones)."""
    frame = table.frame.drop(columns=[c for c in OUTPUT_COLUMNS if c in table.frame.columns])
    for goal, column in enumerate(ODD_COLUMNS, start=1):
        frame[column] = pd.array([r.shares.get(goal, 0) if r.shares else None for r in results],
                                 dtype="Int64")
    frame[COL_MAIN] = pd.array([r.main for r in results], dtype="Int64")
    frame[COL_CONFIDENCE] = [r.confidence if r.shares else None for r in results]
    frame[COL_EXPLANATION] = [r.explanation for r in results]
    frame[COL_UNKNOWN] = [", ".join(r.unknown_acronyms) for r in results]
    return frame


def with_framework_results(table: BudgetTable, framework, results) -> pd.DataFrame:  # noqa: ANN001
    """The input table with a framework's output columns (``verdir.frameworks``), replacing earlier ones.

    Percentage columns are nullable integers (empty for an empty label), like the ODD columns.
    """
    from verdir.frameworks import KIND_PERCENTAGES

    columns = framework.output_columns
    frame = table.frame.drop(columns=[c for c in columns if c in table.frame.columns])
    rows = [framework.row(result) for result in results]
    for column in columns:
        values = [row.get(column) for row in rows]
        if framework.kind == KIND_PERCENTAGES and column in framework.columns:
            frame[column] = pd.array(values, dtype="Int64")
        else:
            frame[column] = values
    return frame


def write_table(frame: pd.DataFrame, target: Path, percent_columns: Sequence[str] = ()) -> None:
    """Write csv or a formatted xlsx atomically (``percent_columns`` shown as « 85 % »)."""
    target = Path(target)
    _check_path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".verdir-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    try:
        if target.suffix.lower() == ".csv":
            frame.to_csv(temporary, index=False, encoding="utf-8-sig")
        else:
            _write_xlsx(frame, Path(temporary), tuple(percent_columns))
        os.replace(temporary, target)
    except PermissionError as error:
        Path(temporary).unlink(missing_ok=True)
        raise TableError(
            f"Impossible d'écrire « {target.name} » : le fichier est-il ouvert dans Excel ?"
        ) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_xlsx(frame: pd.DataFrame, path: Path, percent_columns: tuple[str, ...] = ()) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name="Budget classé")
        sheet = writer.sheets["Budget classé"]
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        header_fill = PatternFill("solid", fgColor="1F4E3D")
        for cell in sheet[1]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for index, name in enumerate(frame.columns, start=1):
            letter = get_column_letter(index)
            if name in ODD_COLUMNS or name in percent_columns:
                width, number_format = 8, '0" %"'
            elif name == COL_CONFIDENCE:
                width, number_format = 11, "0%"
            elif name == COL_MAIN:
                width, number_format = 10, "0"
            elif name in (COL_EXPLANATION, COL_SYNTHESIS):
                width, number_format = 60, None
            else:
                longest = max([len(str(name))] + [len(str(v)) for v in frame[name].head(200)])
                width, number_format = min(max(10, longest + 2), 50), None
            sheet.column_dimensions[letter].width = width
            if number_format:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = number_format
