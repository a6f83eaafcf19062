"""The ribbon's « Cadre » choice, and the buttons' work under a non-ODD framework.

The choice is per workbook (``_verdir!W1``). Under ``annexe-verte`` or a custom framework,
« Classer la sélection » and « Reclasser la ligne » write that framework's columns (as the service
lists them) right of the table and of any Verdir columns already there, so switching frameworks
never destroys the columns of another one; « Enregistrer les corrections » sends the cells the
user changed in the value columns. « Appliquer au groupe » stays ODD-only (group rules are ODD
distributions in the service).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from verdir.addin import frameworks as fw
from verdir.addin import logic
from verdir.addin.logic import AddinError, Table
from verdir.addin.sending import answered_chunks, row_of_pairs
from verdir.addin.workbook import Workbook, quiet_writing, read_hidden_sheet, write_hidden_sheet
from verdir.columns import fold_header

LOW_CONFIDENCE_RATINGS = 0.35  # annex: every axis neutral by default (0.3), no rule spoke


# ------------------------------------------------------------------------------- settings
def read_choice(book: Workbook) -> str:
    """The workbook's framework: 'odd' (default), 'annexe-verte' or a custom framework's name."""
    if fw.SETTINGS_SHEET not in book.sheet_names():
        return fw.ODD
    cell = book.read(fw.SETTINGS_SHEET, fw.SETTINGS_ROW, fw.SETTINGS_VALUE_COLUMN, 1, 1)[0][0]
    return fw.choice_from_cell(cell)


def write_choice(book: Workbook, name: str) -> None:
    if fw.SETTINGS_SHEET not in book.sheet_names():
        book.add_sheet(fw.SETTINGS_SHEET, hidden=True)
        book.write(fw.SETTINGS_SHEET, 1, 1, [list(logic.SNAPSHOT_HEADER)])
    book.write(fw.SETTINGS_SHEET, fw.SETTINGS_ROW, fw.SETTINGS_LABEL_COLUMN, [["Cadre", name]])


def choose_framework(book: Workbook, client: Any, index: int) -> str | None:
    """The ribbon's drop-down: 0 ODD, 1 Annexe verte, 2 the workbook's « Cadre » sheet."""
    if index == fw.CUSTOM_INDEX:
        return send_definition(book, client)
    if not 0 <= index < len(fw.CHOICES):
        raise AddinError("Choix de cadre inconnu.")
    write_choice(book, fw.CHOICES[index])
    book.set_status(f"Verdir : cadre choisi pour ce classeur : {fw.label(fw.CHOICES[index])}")
    return None


def send_definition(book: Workbook, client: Any) -> str:
    """« Cadre personnalisé » : the workbook's « Cadre » sheet to the service, then chosen."""
    sheet = next((s for s in book.sheet_names()
                  if fold_header(s) == fold_header(fw.DEFINITION_SHEET)), None)
    if sheet is None:
        raise AddinError("Ajoutez une feuille « Cadre » avec trois colonnes : Axe | Description | "
                         "Exemples (un axe par ligne, au moins deux axes ; exemples séparés par « ; »).")
    last_row, last_column = book.used_extent(sheet)
    axes = fw.parse_definition_sheet(book.read(sheet, 1, 1, last_row, last_column) if last_row else [],
                                     sheet)
    name = fw.custom_name(book.book_name())
    client.ensure_running(on_start=book.set_status)
    answer = client.put_framework(name, axes)
    write_choice(book, name)
    columns = (answer.get("framework") or {}).get("colonnes_valeurs") or [a["nom"] for a in axes]
    dropped = answer.get("corrections_abandonnees") or 0
    message = (f"Cadre « {name} » enregistré dans le service Verdir ({len(columns)} axes : "
               f"{', '.join(columns)}) et choisi pour ce classeur.\n« Classer la sélection » écrira "
               "un pourcentage par axe, l'axe principal, la confiance et l'explication.")
    if dropped:
        message += (f"\n{logic.format_count(dropped)} correction(s) ne correspondaient plus aux axes et "
                    "ont été retirées.")
    return message


# ------------------------------------------------------------------------------- snapshot
def load_snapshot(book: Workbook) -> fw.Snapshot:
    block = read_hidden_sheet(book, fw.SNAPSHOT_SHEET, len(fw.SNAPSHOT_HEADER))
    return fw.Snapshot.parse(block) if block else fw.Snapshot()


def save_snapshot(book: Workbook, snapshot: fw.Snapshot, records: Sequence[fw.Record]) -> None:
    if records:
        write_hidden_sheet(book, fw.SNAPSHOT_SHEET, fw.SNAPSHOT_HEADER,
                           logic.write_runs(snapshot.update(records)))


# ------------------------------------------------------------------------------ classify
def layout_of(client: Any, name: str) -> fw.Layout:
    return fw.Layout.from_service(name, client.framework(name))


def _is_unsure(layout: fw.Layout, result: dict[str, Any]) -> bool:
    confidence = result.get("confiance")
    threshold = LOW_CONFIDENCE_RATINGS if layout.kind == fw.KIND_RATINGS else logic.LOW_CONFIDENCE
    return bool(result.get("principal")) and isinstance(confidence, int | float) and confidence < threshold


def _write_results(book: Workbook, table: Table, layout: fw.Layout, column: int,
                   chunk: Sequence[tuple[int, dict[str, Any]]], results: Sequence[dict[str, Any]]
                   ) -> tuple[list[fw.Record], int]:
    cells = {row: layout.cells(result) for (row, _), result in zip(chunk, results, strict=True)}
    for first, count in logic.contiguous_runs(cells):
        book.write(table.sheet, first, column, [cells[r] for r in range(first, first + count)])
        book.fill(table.sheet, first, column, count, layout.width, None)
    unsure = [row for (row, _), result in zip(chunk, results, strict=True) if _is_unsure(layout, result)]
    for first, count in logic.contiguous_runs(unsure):
        book.fill(table.sheet, first, column, count, layout.width, logic.LOW_CONFIDENCE_COLOR)
    records = [fw.Record(table.sheet, row, layout.name, payload["libelle"],
                         dict(zip(layout.value_columns, cells[row][:len(layout.value_columns)], strict=True)))
               for row, payload in chunk]
    return records, len(unsure)


def classify_rows(book: Workbook, client: Any, table: Table, rows: list[int], name: str,
                  summary: bool) -> str | None:
    """Classer la sélection / Reclasser la ligne under a non-ODD framework."""
    sheet = table.sheet
    by_row = _read(book, table, rows[0], rows[-1])
    to_send = table.payloads(rows, by_row)
    client.ensure_running(on_start=book.set_status)
    layout = layout_of(client, name)
    existing = fw.find_block(table, layout)
    right = None
    if existing is None:
        right = book.read(sheet, table.header_row, table.right_edge + 1,
                          table.last_row - table.header_row + 1, layout.width)
    column, moved = fw.place_block(table, layout, existing, right, len(table.headers))
    snapshot = load_snapshot(book)
    if existing is not None:
        pending = [r for r in fw.pending_rows(table, layout, column, snapshot, by_row) if r in rows]
        if pending and not book.confirm(_pending_question(pending)):
            return "Classement annulé : vos corrections non enregistrées sont conservées."
    total, low = len(to_send), 0
    written: list[fw.Record] = []

    def ask(chunk: Sequence[Any]) -> Any:
        return client.classify_framework([payload for _, payload in chunk], name)

    with quiet_writing(book):
        try:
            if existing is None:
                book.write(sheet, table.header_row, column, [list(layout.columns)])
            for chunk, answer in answered_chunks(book, to_send, ask, row_of_pairs):
                records, unsure = _write_results(book, table, layout, column, chunk, answer["results"])
                written += records
                low += unsure
        finally:
            save_snapshot(book, snapshot, written)
    if not summary:
        return None
    message = f"{logic.format_count(total)} ligne(s) classée(s) selon {_title(layout)}."
    if low:
        what = ("aucune règle ne les cote : tous les axes sont neutres par défaut"
                if layout.kind == fw.KIND_RATINGS
                else f"confiance inférieure à {logic.LOW_CONFIDENCE * 100:.0f} %")
        message += f"\n{logic.format_count(low)} ligne(s) à vérifier ({what}), surlignées en orange."
    skipped = len(rows) - total
    if skipped:
        message += f"\n{logic.format_count(skipped)} ligne(s) sans libellé ignorée(s)."
    if existing is None and _has_other_verdir_columns(table):
        message += ("\nLes colonnes Verdir d'un autre cadre déjà présentes sont conservées ; celles-ci "
                    f"commencent à la colonne {logic.column_letter(column)}.")
    elif moved:
        message += (f"\nLes colonnes à droite du tableau contiennent d'autres données : les colonnes "
                    f"Verdir ont été écrites à partir de la colonne {logic.column_letter(column)}.")
    return message


def _title(layout: fw.Layout) -> str:
    return {fw.ODD: "les ODD", fw.ANNEX: "l'annexe verte"}.get(layout.name, f"le cadre « {layout.name} »")


def _has_other_verdir_columns(table: Table) -> bool:
    texts = [logic.cell_text(h) for h in table.headers]
    return table.output_column is not None or bool(logic.other_framework_columns(texts))


def _pending_question(pending: list[int]) -> str:
    shown = ", ".join(str(r) for r in pending[:5]) + ("…" if len(pending) > 5 else "")
    return (f"{logic.format_count(len(pending))} ligne(s) ont des valeurs modifiées à la main et pas encore "
            f"enregistrées (ligne(s) {shown}).\n\nLes remplacer par le classement de Verdir ? Répondez Non "
            "puis utilisez « Enregistrer les corrections » pour les garder.")


def _read(book: Workbook, table: Table, first: int, last: int) -> dict[int, list[Any]]:
    if last < first:
        return {}
    block = book.read(table.sheet, first, 1, last - first + 1, len(table.headers))
    return {first + i: list(values) for i, values in enumerate(block)}


# ---------------------------------------------------------------------------- corrections
def save_corrections(book: Workbook, client: Any, table: Table, name: str) -> str | None:
    """Enregistrer les corrections under a non-ODD framework: changed value cells -> corrections,
    then the corrected rows are classified again (synthesis, main axis and explanation follow)."""
    client.ensure_running(on_start=book.set_status)
    layout = layout_of(client, name)
    column = fw.find_block(table, layout)
    if column is None:
        raise AddinError(f"Ce tableau n'a pas encore de colonnes Verdir pour {_title(layout)} : utilisez "
                         "d'abord « Classer la sélection ».")
    snapshot = load_snapshot(book)
    records = [r for r in snapshot.for_sheet(table.sheet, name) if r.row <= table.last_row]
    if not records:
        raise AddinError(f"Verdir n'a encore rien classé selon {_title(layout)} sur la feuille "
                         f"« {table.sheet} » : rien à comparer.")
    by_row = _read(book, table, max(records[0].row, table.first_data_row), records[-1].row)
    changed, moved = fw.find_changes(table, layout, column, snapshot, by_row)
    moved_note = ""
    if moved:
        shown = ", ".join(str(r) for r in moved[:5]) + ("…" if len(moved) > 5 else "")
        moved_note = (f"\n{logic.format_count(len(moved))} ligne(s) ignorée(s) car leur libellé a changé "
                      f"depuis le classement (lignes insérées ou supprimées ?) : {shown}. Reclassez-les "
                      "puis corrigez-les à nouveau.")
    if not changed:
        return ("Aucune correction à enregistrer : les valeurs sont celles que Verdir a écrites."
                + moved_note)
    written: list[fw.Record] = []

    def send(chunk: Sequence[Any]) -> Any:
        client.send_corrections([{**c.payload, "valeurs": c.values} for c in chunk], framework=name)
        return client.classify_framework([c.payload for c in chunk], name)

    with quiet_writing(book):
        try:
            for chunk, answer in answered_chunks(book, changed, send, lambda chunk: [c.row for c in chunk]):
                records_, _ = _write_results(book, table, layout, column,
                                             [(c.row, c.payload) for c in chunk], answer["results"])
                written += records_
        finally:
            save_snapshot(book, snapshot, written)
    return (f"{logic.format_count(len(changed))} correction(s) enregistrée(s) dans le service Verdir pour "
            f"{_title(layout)}. Les mêmes lignes seront classées ainsi désormais." + moved_note)


def refuse_group(name: str) -> AddinError:
    return AddinError(
        f"« Appliquer au groupe » ne fonctionne qu'avec le cadre ODD (le cadre choisi pour ce classeur "
        f"est {fw.label(name)}). Corrigez les lignes puis utilisez « Enregistrer les corrections », ou "
        "choisissez « ODD » dans la liste « Cadre ».")
