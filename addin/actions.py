"""What each ribbon button does, on any :class:`~verdir.addin.workbook.Workbook` and service client.

Each action reads what it needs in as few blocks as possible, decides with
:mod:`verdir.addin.logic`, talks to the service, writes blocks back, and returns the French
message to show (or None). Errors are raised (:class:`~verdir.addin.logic.AddinError`,
:class:`~verdir.addin.client.ServiceError`); :mod:`verdir.addin.buttons` turns them into one
message box.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from verdir.addin import dashboard, logic
from verdir.addin import framework_actions as frameworks
from verdir.addin.client import ServiceUnavailable
from verdir.addin.logic import AddinError, Snapshot, SnapshotRecord, Table
from verdir.addin.sending import answered_chunks, row_of_pairs
from verdir.addin.workbook import (
    Selection,
    Workbook,
    quiet_writing,
    read_hidden_sheet,
    write_hidden_sheet,
)
from verdir.columns import COL_EXPLANATION, COL_UNKNOWN, OUTPUT_COLUMNS, fold_header

DASHBOARD_SHEET = dashboard.SHEET
GLOSSARY_SHEET = "Glossaire"


class ServiceClient(Protocol):
    base_url: str

    def health(self, timeout: float = 2.0) -> dict[str, Any]: ...

    def ensure_running(self, on_start: Callable[[str], None] | None = None) -> dict[str, Any]: ...

    def classify(self, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]: ...

    def classify_framework(self, rows: Sequence[Mapping[str, Any]], framework: str) -> dict[str, Any]: ...

    def send_corrections(self, rows: Sequence[Mapping[str, Any]],
                         framework: str | None = None) -> dict[str, Any]: ...

    def framework(self, name: str) -> dict[str, Any]: ...

    def put_framework(self, name: str, axes: Sequence[Mapping[str, Any]]) -> dict[str, Any]: ...

    def add_rule(self, column: str, value: str, odd: Mapping[int, int],
                 mode: str = "exacte") -> dict[str, Any]: ...

    def put_glossary(self, entries: Mapping[str, str]) -> dict[str, Any]: ...

    def dashboard(self, columns: Sequence[Any], rows: Sequence[Sequence[Any]], title: str = "",
                  header_row: int = 1) -> dict[str, Any]: ...


# ------------------------------------------------------------------------------- reading
def current_selection(book: Workbook) -> Selection:
    selection = book.selection()
    if selection is None:
        raise AddinError("La sélection est vide ou n'est pas une plage de cellules. Sélectionnez des "
                         "lignes du tableau budgétaire.")
    if selection.sheet in (logic.SNAPSHOT_SHEET, frameworks.fw.SNAPSHOT_SHEET):
        raise AddinError(f"La feuille « {selection.sheet} » est réservée à Verdir. Placez-vous sur la "
                         "feuille du budget.")
    return selection


def read_table(book: Workbook, sheet: str) -> Table:
    last_row, last_column = book.used_extent(sheet)
    if last_row == 0:
        raise AddinError(f"La feuille « {sheet} » est vide.")
    top = book.read(sheet, 1, 1, min(logic.HEADER_SEARCH_ROWS, last_row), last_column)
    return logic.detect_table(sheet, top, last_row)


def read_rows(book: Workbook, table: Table, first: int, last: int) -> dict[int, list[Any]]:
    """Rows first..last of the table, every column, in one read."""
    if last < first:
        return {}
    block = book.read(table.sheet, first, 1, last - first + 1, len(table.headers))
    return {first + i: list(values) for i, values in enumerate(block)}


def load_snapshot(book: Workbook) -> Snapshot:
    block = read_hidden_sheet(book, logic.SNAPSHOT_SHEET, len(logic.SNAPSHOT_HEADER))
    return Snapshot.parse(block) if block else Snapshot()


def save_snapshot(book: Workbook, snapshot: Snapshot, records: Sequence[SnapshotRecord]) -> None:
    if records:
        write_hidden_sheet(book, logic.SNAPSHOT_SHEET, logic.SNAPSHOT_HEADER,
                           logic.write_runs(snapshot.update(records)))


# ------------------------------------------------------------------------------ classify
def classify_selection(book: Workbook, client: ServiceClient) -> str | None:
    """Classer la sélection: the selected rows, or the whole table when one cell is selected."""
    selection = current_selection(book)
    table = read_table(book, selection.sheet)
    rows = logic.rows_to_process(table, selection.row, selection.last_row, selection.single_cell)
    name = frameworks.read_choice(book)
    if name != frameworks.fw.ODD:
        return frameworks.classify_rows(book, client, table, list(rows), name, True)
    return classify_rows(book, client, table, list(rows), summary=True)


def reclassify_row(book: Workbook, client: ServiceClient) -> str | None:
    """Reclasser la ligne: the active row only, with no message when all goes well."""
    selection = current_selection(book)
    table = read_table(book, selection.sheet)
    if not table.first_data_row <= selection.row <= table.last_row:
        raise AddinError("Placez le curseur sur une ligne du tableau budgétaire (sous l'en-tête).")
    name = frameworks.read_choice(book)
    if name != frameworks.fw.ODD:
        return frameworks.classify_rows(book, client, table, [selection.row], name, False)
    return classify_rows(book, client, table, [selection.row], summary=False)


def classify_rows(book: Workbook, client: ServiceClient, table: Table, rows: list[int],
                  summary: bool) -> str | None:
    sheet = table.sheet
    by_row = read_rows(book, table, rows[0], rows[-1])
    to_send = table.payloads(rows, by_row)
    right = None
    if table.output_column is None:
        right = book.read(sheet, table.header_row, table.right_edge + 1,
                          table.last_row - table.header_row + 1, logic.N_OUTPUTS)
    placement = logic.place_outputs(table, right, len(table.headers))
    snapshot = load_snapshot(book)
    if not _may_replace_pending(book, table, snapshot, by_row):
        return "Classement annulé : vos corrections non enregistrées sont conservées."
    client.ensure_running(on_start=book.set_status)

    column = placement.column
    total, low = len(to_send), 0
    written: list[SnapshotRecord] = []

    def ask(chunk: Sequence[Any]) -> Any:
        return client.classify([payload for _, payload in chunk])

    with quiet_writing(book):
        try:
            if placement.write_header:
                book.write(sheet, table.header_row, column, [list(OUTPUT_COLUMNS)])
            for chunk, results in answered_chunks(book, to_send, ask, row_of_pairs):
                cells = {row: logic.result_cells(result)
                         for (row, _), result in zip(chunk, results, strict=True)}
                for first, count in logic.contiguous_runs(cells):
                    book.write(sheet, first, column, [cells[r] for r in range(first, first + count)])
                    book.fill(sheet, first, column, count, logic.N_OUTPUTS, None)
                unsure = [row for (row, _), result in zip(chunk, results, strict=True)
                          if logic.is_low_confidence(result)]
                for first, count in logic.contiguous_runs(unsure):
                    book.fill(sheet, first, column, count, logic.N_OUTPUTS, logic.LOW_CONFIDENCE_COLOR)
                low += len(unsure)
                written += [SnapshotRecord(sheet, row, payload["libelle"], cells[row][:logic.N_GOALS])
                            for row, payload in chunk]
        finally:
            save_snapshot(book, snapshot, written)
    if not summary:
        return None
    message = f"{logic.format_count(total)} ligne(s) classée(s)."
    if low:
        message += (f"\n{logic.format_count(low)} ligne(s) à vérifier (confiance inférieure à "
                    f"{logic.LOW_CONFIDENCE * 100:.0f} %), surlignées en orange.")
    skipped = len(rows) - total
    if skipped:
        message += f"\n{logic.format_count(skipped)} ligne(s) sans libellé ignorée(s)."
    if placement.moved:
        message += (f"\nLes colonnes à droite du tableau contiennent d'autres données : les colonnes "
                    f"Verdir ont été écrites à partir de la colonne {logic.column_letter(column)}.")
    return message


def _may_replace_pending(book: Workbook, table: Table, snapshot: Snapshot,
                         by_row: Mapping[int, Sequence[Any]]) -> bool:
    """Ask before replacing ODD cells the user changed and has not sent to the service."""
    if table.output_column is None:
        return True
    odd = table.odd_columns()
    pending = [record.row for record in snapshot.for_sheet(table.sheet) if record.row in by_row
               and not logic.same_numbers([by_row[record.row][c - 1] for c in odd], record.odd)]
    if not pending:
        return True
    shown = ", ".join(str(r) for r in pending[:5]) + ("…" if len(pending) > 5 else "")
    return book.confirm(
        f"{logic.format_count(len(pending))} ligne(s) ont des ODD modifiés à la main et pas encore "
        f"enregistrés (ligne(s) {shown}).\n\nLes remplacer par le classement de Verdir ? Répondez Non "
        "puis utilisez « Enregistrer les corrections » pour les garder.")


# ---------------------------------------------------------------------------- corrections
def save_corrections(book: Workbook, client: ServiceClient) -> str | None:
    """Enregistrer les corrections: rows whose ODD cells changed since Verdir wrote them."""
    selection = current_selection(book)
    table = read_table(book, selection.sheet)
    name = frameworks.read_choice(book)
    if name != frameworks.fw.ODD:
        return frameworks.save_corrections(book, client, table, name)
    table.odd_columns()  # raises when the table has no Verdir columns
    snapshot = load_snapshot(book)
    records = [r for r in snapshot.for_sheet(table.sheet) if r.row <= table.last_row]
    if not records:
        raise AddinError(f"Verdir n'a encore rien classé sur la feuille « {table.sheet} » : rien à comparer.")
    by_row = read_rows(book, table, max(records[0].row, table.first_data_row), records[-1].row)
    changes = logic.find_changes(table, snapshot, by_row)
    moved_note = ""
    if changes.moved:
        shown = ", ".join(str(r) for r in changes.moved[:5]) + ("…" if len(changes.moved) > 5 else "")
        moved_note = (f"\n{logic.format_count(len(changes.moved))} ligne(s) ignorée(s) car leur libellé a "
                      f"changé depuis le classement (lignes insérées ou supprimées ?) : {shown}. "
                      "Reclassez-les puis corrigez-les à nouveau.")
    if not changes.rows:
        return "Aucune correction à enregistrer : les ODD sont ceux que Verdir a écrits." + moved_note
    client.ensure_running(on_start=book.set_status)
    column = table.odd_columns().stop  # "ODD principal"
    total = len(changes.rows)
    written: list[SnapshotRecord] = []

    def send(chunk: Sequence[Any]) -> Any:
        return client.send_corrections(
            [{**c.payload, "odd": {str(k): v for k, v in c.odd.items()}} for c in chunk])

    with quiet_writing(book):
        try:
            for chunk, _ in answered_chunks(book, changes.rows, send, lambda chunk: [c.row for c in chunk]):
                summary = {c.row: [logic.main_goal(c.odd), 1.0, "Correction de l'utilisateur"] for c in chunk}
                for first, count in logic.contiguous_runs(summary):
                    book.write(table.sheet, first, column, [summary[r] for r in range(first, first + count)])
                    book.fill(table.sheet, first, table.odd_columns().start, count, logic.N_OUTPUTS, None)
                written += [SnapshotRecord(table.sheet, c.row, c.payload["libelle"],
                                           [by_row[c.row][col - 1] for col in table.odd_columns()])
                            for c in chunk]
        finally:
            save_snapshot(book, snapshot, written)
    return (f"{logic.format_count(total)} correction(s) enregistrée(s) dans le service Verdir. Les lignes "
            "identiques ou proches en tiendront compte." + moved_note)


# --------------------------------------------------------------------------------- group
def apply_to_group(book: Workbook, client: ServiceClient) -> str | None:
    """Appliquer au groupe: the active row's distribution to every row sharing the active cell's value."""
    name = frameworks.read_choice(book)
    if name != frameworks.fw.ODD:
        raise frameworks.refuse_group(name)
    selection = current_selection(book)
    table = read_table(book, selection.sheet)
    table.odd_columns()
    by_row = read_rows(book, table, table.first_data_row, table.last_row)
    plan = logic.plan_group(table, selection.row, selection.column, by_row)
    if not book.confirm(plan.confirmation()):
        return None
    client.ensure_running(on_start=book.set_status)
    client.add_rule(plan.role, plan.value, plan.distribution)
    start = table.odd_columns().start
    unknown_at = start + logic.N_OUTPUTS - 1
    cells = {row: logic.group_row_cells(plan.distribution, plan.header, plan.value,
                                        _cell(by_row[row], unknown_at)) for row in plan.rows}
    snapshot = load_snapshot(book)
    with quiet_writing(book):
        try:
            for first, count in logic.contiguous_runs(cells):
                book.write(table.sheet, first, start, [cells[r] for r in range(first, first + count)])
                book.fill(table.sheet, first, start, count, logic.N_OUTPUTS, None)
        finally:
            save_snapshot(book, snapshot, [
                SnapshotRecord(table.sheet, row, logic.cell_text(by_row[row][table.roles["libelle"] - 1]),
                               cells[row][:logic.N_GOALS]) for row in plan.rows])
    return (f"{logic.format_count(len(plan.changing))} ligne(s) modifiée(s) sur "
            f"{logic.format_count(len(plan.rows))} du groupe « {plan.header} = {plan.value} ». "
            "La règle est enregistrée dans le service Verdir.")


def _cell(values: Sequence[Any], column: int) -> Any:
    return values[column - 1] if column <= len(values) else None


# ----------------------------------------------------------------------------- dashboard
def build_dashboard(book: Workbook, client: ServiceClient) -> str | None:
    """Tableau de bord: the `verdir report` dashboard of the active sheet, as a native Excel sheet.

    The service computes the figures from the table as it is on the sheet; this draws them
    (tables, then native charts in the SDG colours) on the `Tableau de bord ODD` sheet.
    """
    selection = current_selection(book)
    if selection.sheet == DASHBOARD_SHEET:
        raise AddinError("Placez-vous sur la feuille du budget classé, puis cliquez sur « Tableau de bord ».")
    table = read_table(book, selection.sheet)
    table.odd_columns()  # raises when the table has no Verdir columns
    exists = _check_dashboard_sheet(book)
    columns, rows = dashboard_payload(table, read_rows(book, table, table.first_data_row, table.last_row))
    client.ensure_running(on_start=book.set_status)
    book.set_status("Verdir : calcul du tableau de bord…")
    try:
        answer = client.dashboard(columns, rows, table.sheet, header_row=table.header_row)
    finally:
        book.set_status(None)
    if not answer.get("classified_rows"):
        raise AddinError("Aucune ligne classée sur cette feuille : utilisez d'abord « Classer la "
                         "sélection ».")
    layout = dashboard.layout(answer)
    with quiet_writing(book):
        if exists:
            book.clear(DASHBOARD_SHEET)
        else:
            book.add_sheet(DASHBOARD_SHEET)
        draw_dashboard(book, layout)
    book.activate_sheet(DASHBOARD_SHEET)
    return None


def _check_dashboard_sheet(book: Workbook) -> bool:
    """True when a dashboard sheet made by Verdir exists; refuses to replace anyone else's."""
    if DASHBOARD_SHEET not in book.sheet_names():
        return False
    if not dashboard.is_verdir_dashboard(book.read(DASHBOARD_SHEET, 1, 1, 1, 1)[0][0]):
        raise AddinError(f"Une feuille « {DASHBOARD_SHEET} » existe déjà et n'a pas été créée par "
                         "Verdir. Renommez-la, puis recommencez.")
    return True


def dashboard_payload(table: Table, by_row: Mapping[int, Sequence[Any]]) -> tuple[list[Any], list[list[Any]]]:
    """Header and rows as the service reads them; the long « Explication » column is left out
    (the dashboard does not use it)."""
    keep = [i for i, header in enumerate(table.headers) if logic.cell_text(header) != COL_EXPLANATION]
    last = max((i for i in keep if not logic.is_blank(table.headers[i])), default=-1)
    keep = [i for i in keep if i <= last or any(not logic.is_blank(by_row[r][i]) for r in by_row)]
    columns = [logic.json_cell(table.headers[i]) for i in keep]
    rows = [[logic.json_cell(by_row[r][i]) for i in keep] for r in sorted(by_row)]
    return columns, rows


def draw_dashboard(book: Workbook, layout: dashboard.Layout) -> None:
    """The laid-out dashboard on its (empty) sheet: formats first, so that text stays text."""
    sheet = DASHBOARD_SHEET
    for column, count, width in layout.widths:
        book.set_column_width(sheet, column, count, width)
    for area in layout.formats:
        book.number_format(sheet, area.row, area.column, area.n_rows, area.n_columns, area.value)
    book.write(sheet, 1, 1, layout.block)
    for area in layout.fills:
        book.fill(sheet, area.row, area.column, area.n_rows, area.n_columns, area.value)
    for spec in layout.charts:
        book.add_chart(sheet, spec)


# ----------------------------------------------------------------------------- framework
def choose_framework(book: Workbook, client: ServiceClient, index: int) -> str | None:
    """The « Cadre » drop-down: 0 ODD, 1 Annexe verte, 2 the workbook's « Cadre » sheet."""
    return frameworks.choose_framework(book, client, index)


def send_framework(book: Workbook, client: ServiceClient) -> str | None:
    """Cadre personnalisé: the « Cadre » sheet to the service, chosen for this workbook."""
    return frameworks.send_definition(book, client)


# ------------------------------------------------------------------------------ glossary
def send_glossary(book: Workbook, client: ServiceClient) -> str | None:
    """Glossaire: the workbook's Glossaire sheet (Sigle | Signification) to the service."""
    sheet = next((s for s in book.sheet_names() if fold_header(s) == fold_header(GLOSSARY_SHEET)), None)
    if sheet is None:
        return create_glossary_sheet(book)
    last_row, last_column = book.used_extent(sheet)
    entries = logic.parse_glossary(book.read(sheet, 1, 1, last_row, last_column) if last_row else [])
    if not entries:
        raise AddinError(f"La feuille « {sheet} » ne contient aucun sigle avec sa signification.")
    client.ensure_running(on_start=book.set_status)
    client.put_glossary(entries)
    return (f"{logic.format_count(len(entries))} sigle(s) envoyé(s) au service Verdir. Ils serviront "
            "aux prochains classements.")


def create_glossary_sheet(book: Workbook) -> str:
    """No Glossaire sheet yet: create it, listing the unknown acronyms of the active sheet's
    classified rows (most frequent first) for the user to explain."""
    unknown, hints = _unknown_acronyms_of_active_sheet(book)
    book.add_sheet(GLOSSARY_SHEET)
    book.write(GLOSSARY_SHEET, 1, 1, logic.glossary_template(unknown, hints))
    book.set_column_width(GLOSSARY_SHEET, 1, 1, 14)
    book.set_column_width(GLOSSARY_SHEET, 2, 1, 50)
    book.set_column_width(GLOSSARY_SHEET, 4, 1, 50)
    book.activate_sheet(GLOSSARY_SHEET)
    listed = min(len(unknown), logic.GLOSSARY_TEMPLATE_ROWS)
    found = (f"avec les {logic.format_count(listed)} sigle(s) inconnu(s) de vos lignes classées, "
             "les plus fréquents d'abord" if listed else "vide")
    suggested = (f" Pour {logic.format_count(len(hints))} d'entre eux, la colonne D propose le sens "
                 "que vos lignes donnent (service « DEEP - Espaces verts », mission des lignes "
                 "d'une direction) : recopiez-le en B s'il est juste." if hints else "")
    return (f"Feuille « {GLOSSARY_SHEET} » créée, {found}. Écrivez la signification de chaque "
            "sigle dans la colonne B (par exemple DAI | direction des affaires immobilières), "
            f"puis cliquez de nouveau sur « Glossaire ».{suggested}")


def _unknown_acronyms_of_active_sheet(book: Workbook) -> tuple[Counter[str], dict[str, str]]:
    """The unknown acronyms of the active sheet's classified rows, and what its service and
    mission columns suggest they mean."""
    selection = book.selection()
    if selection is None or selection.sheet in (logic.SNAPSHOT_SHEET, frameworks.fw.SNAPSHOT_SHEET):
        return Counter(), {}
    try:
        table = read_table(book, selection.sheet)
    except AddinError:
        return Counter(), {}
    if table.output_column is None or table.last_row < table.first_data_row:
        return Counter(), {}
    rows = table.last_row - table.first_data_row + 1

    def column(index: int | None) -> list[Any]:
        if index is None:
            return [None] * rows
        cells = book.read(table.sheet, table.first_data_row, index, rows, 1)
        return [row[0] if row else None for row in cells] + [None] * (rows - len(cells))

    unknown = logic.count_unknown_acronyms(
        column(table.output_column + OUTPUT_COLUMNS.index(COL_UNKNOWN)))
    hints = logic.acronym_hints(unknown, column(table.roles.get("service")),
                                column(table.roles.get("mission")))
    return unknown, hints


# ------------------------------------------------------------------------------- service
HEALTH_LABELS = {
    "status": "État", "version": "Version de Verdir", "model": "Modèle",
    "corrections": "Corrections apprises", "rules": "Règles de groupe",
    "retraining": "Réentraînement en cours", "uptime_s": "En marche depuis (s)", "pid": "Processus",
}


def service_status(book: Workbook, client: ServiceClient) -> str | None:
    """Service: start the local service when it is not running, then show its status."""
    started = False
    try:
        health = client.health()
    except ServiceUnavailable:
        health = client.ensure_running(on_start=book.set_status)
        started = True
    lines = ["Service Verdir démarré." if started else "Service Verdir en marche.",
             f"Adresse : {client.base_url}"]
    for key, value in health.items():
        if isinstance(value, dict | list):
            continue
        shown = ("oui" if value else "non") if isinstance(value, bool) else value
        lines.append(f"{HEALTH_LABELS.get(key, key)} : {shown}")
    return "\n".join(lines)
