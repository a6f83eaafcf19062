"""POST /api/v1/dashboard: the ODD dashboard of a classified table, as `verdir report` computes it.

The add-in sends the table as it reads it (header cells and rows of cells, Verdir's output
columns included) and draws the answer (:func:`verdir.report.serialise.dashboard_json`) with
xlwings: the computation stays here, where pandas is loaded once, and never runs in Excel.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from flask import Blueprint, current_app, jsonify

from verdir.service.errors import ApiError, bad_request
from verdir.service.validation import Where, check_keys, json_object, row_list

bp = Blueprint("dashboard", __name__, url_prefix="/api/v1")

FIELDS = ("columns", "rows", "titre", "ligne_entete")
MAX_COLUMNS = 1_000
MAX_HEADER_LENGTH = 300
MAX_CELL_LENGTH = 10_000
MAX_TITLE_LENGTH = 200
MAX_SHEET_ROW = 1_048_576  # Excel's last row


@bp.post("/dashboard")
def dashboard():
    body = json_object()
    check_keys(body, FIELDS, Where())
    columns = header_list(body)
    rows = row_list(body, "rows", current_app.config["MAX_DASHBOARD_ROWS"])
    for index, row in enumerate(rows):
        check_row(row, index, len(columns))
    title = title_value(body.get("titre"))
    header_row = header_row_value(body.get("ligne_entete"))

    # pandas is loaded on the first dashboard, not when the service starts.
    from verdir.report import ReportInputError, compute_figures
    from verdir.report.serialise import dashboard_json, table_frame

    try:
        figures = compute_figures(table_frame(columns, rows), header_row=header_row)
    except ReportInputError as error:
        raise bad_request(str(error)) from error
    return jsonify(dashboard_json(figures, title))


def header_list(body: Mapping) -> list[object]:
    where = Where(field="columns")
    columns = body.get("columns")
    if not isinstance(columns, list) or not columns:
        raise where.error("liste des en-têtes de colonnes attendue ([\"Libellé\", \"Montant\", …])")
    if len(columns) > MAX_COLUMNS:
        raise ApiError(413, f"trop de colonnes : {len(columns)} (au plus {MAX_COLUMNS})",
                       {"champ": "columns", "limite": MAX_COLUMNS, "recu": len(columns)})
    for header in columns:
        cell_value(header, where, MAX_HEADER_LENGTH)
    return columns


def check_row(row: object, index: int, width: int) -> None:
    """A row is a list of at most ``width`` cells: text, numbers, booleans or null."""
    where = Where(index + 1)
    if not isinstance(row, list):
        raise where.error("chaque ligne doit être une liste de cellules ([…])")
    if len(row) > width:
        raise where.error(f"{len(row)} cellules pour {width} colonnes")
    for cell in row:
        cell_value(cell, where, MAX_CELL_LENGTH)


def cell_value(value: object, where: Where, max_length: int) -> None:
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise where.error("nombre invalide")
        return
    if not isinstance(value, str):
        raise where.error("cellule invalide : texte, nombre, booléen ou null attendu")
    if len(value) > max_length:
        raise where.error(f"texte trop long ({len(value)} caractères, au plus {max_length})",
                          status=413)


def title_value(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Where(field="titre").error("texte attendu")
    if len(value) > MAX_TITLE_LENGTH:
        raise Where(field="titre").error(f"titre trop long (au plus {MAX_TITLE_LENGTH} caractères)")
    return " ".join(value.split())


def header_row_value(value: object) -> int:
    """The sheet row of the header (1 by default), so that listed line numbers name sheet rows."""
    if value is None:
        return 1
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < MAX_SHEET_ROW:
        raise Where(field="ligne_entete").error(
            f"numéro de ligne attendu (entier de 1 à {MAX_SHEET_ROW - 1})")
    return value
