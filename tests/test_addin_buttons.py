"""Each ribbon button, end to end through the in-memory workbook.

``FakeService`` stands in for the service only to observe the add-in's side (what it sends, in
which chunks, what it writes back); it does not pretend to classify. The real service is driven
in test_addin_client.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from verdir import __version__
from verdir.addin import buttons, logic
from verdir.addin.client import ServiceError, ServiceUnavailable
from verdir.addin.memory_workbook import MemoryWorkbook
from verdir.columns import OUTPUT_COLUMNS

SHEET = "Budget"
HEADER = ["Chapitre", "Fonction", "Libellé", "Direction", "Montant"]
OUT = 6  # first Verdir column when the table is A:E


class FakeService:
    base_url = "http://127.0.0.1:8765"

    def __init__(self) -> None:
        self.classify_calls: list[list[dict[str, Any]]] = []
        self.corrections: list[list[dict[str, Any]]] = []
        self.rules: list[tuple[str, str, dict[int, int], str]] = []
        self.glossary: dict[str, str] | None = None
        self.dashboards: list[dict[str, Any]] = []
        self.running = True
        self.starts = 0
        self.fail_on_call: int | None = None

    def health(self, timeout: float = 2.0) -> dict[str, Any]:
        if not self.running:
            raise ServiceUnavailable("Le service Verdir ne répond pas.")
        return {"status": "ok", "model": "test-1", "corrections": len(self.corrections), "retraining": False}

    def ensure_running(self, on_start=None) -> dict[str, Any]:
        if not self.running:
            if on_start:
                on_start("Verdir : démarrage du service local…")
            self.starts += 1
            self.running = True
        return self.health()

    def classify(self, rows):
        self.classify_calls.append(list(rows))
        if self.fail_on_call == len(self.classify_calls):
            raise ServiceError("Le service Verdir a refusé la demande : libellé trop long (ligne 2 de "
                               "l'envoi).", request_line=2)
        return [self._answer(row) for row in rows]

    @staticmethod
    def _answer(row: dict[str, Any]) -> dict[str, Any]:
        if "école" in row["libelle"].lower():
            return {"odd": {"4": 85, "11": 15}, "principal": 4, "confiance": 0.82, "explication": "école",
                    "sigles_inconnus": [], "source": "modele"}
        return {"odd": {"11": 100}, "principal": 11, "confiance": 0.3, "explication": "?",
                "sigles_inconnus": ["XYZ"], "source": "modele"}

    def send_corrections(self, rows):
        self.corrections.append(list(rows))
        return {"enregistrees": len(rows)}

    def add_rule(self, column, value, odd, mode="exacte"):
        self.rules.append((column, value, dict(odd), mode))
        return {"id": len(self.rules)}

    def put_glossary(self, entries):
        self.glossary = dict(entries)
        return {"entrees": len(entries)}

    def dashboard(self, columns, rows, title="", header_row=1):
        """What POST /api/v1/dashboard answers (the same functions, in process, through JSON)."""
        from verdir.report import compute_figures
        from verdir.report.serialise import dashboard_json, table_frame

        sent = json.loads(json.dumps({"columns": list(columns), "rows": [list(r) for r in rows]}))
        self.dashboards.append({**sent, "titre": title, "ligne_entete": header_row})
        figures = compute_figures(table_frame(sent["columns"], sent["rows"]), header_row=header_row)
        return json.loads(json.dumps(dashboard_json(figures, title)))


def budget(n: int, extra: dict[tuple[int, int], Any] | None = None) -> MemoryWorkbook:
    """Title in row 1, header in row 2, n lines from row 3; half are schools."""
    book = MemoryWorkbook([SHEET])
    rows: list[list[Any]] = [["Budget primitif 2025"], HEADER]
    for i in range(n):
        label = f"Entretien école {i}" if i % 2 == 0 else f"Voirie rue {i}"
        rows.append(["011", "212" if i % 2 == 0 else "822", label, "DAI", 100.0 * (i + 1)])
    book.set_rows(SHEET, rows)
    for (row, column), value in (extra or {}).items():
        book.set_rows(SHEET, [[value]], row, column)
    book.select(SHEET, 5, 3)
    return book


def odd_row(book: MemoryWorkbook, row: int, column: int = OUT) -> list[Any]:
    return book.row_values(SHEET, row, column, 17)


def only_alert(book: MemoryWorkbook) -> tuple[str, str, bool]:
    assert len(book.alerts) == 1, book.alerts
    return book.alerts[0]


# ------------------------------------------------------------------------------ classify
def test_classify_whole_table_in_chunks_with_progress_and_one_summary():
    book, service = budget(2500), FakeService()
    buttons.classer_selection(book, service)

    assert [len(call) for call in service.classify_calls] == [1000, 1000, 500]
    assert service.classify_calls[0][0] == {"libelle": "Entretien école 0", "chapitre": "011", "nature": "",
                                            "fonction": "212", "service": "DAI", "montant": 100.0}
    assert book.row_values(SHEET, 2, OUT, 21) == list(OUTPUT_COLUMNS)
    assert odd_row(book, 3)[3] == 85 and odd_row(book, 3)[10] == 15
    assert book.row_values(SHEET, 4, OUT + 17, 4) == [11, 0.3, "?", "XYZ"]
    assert book.value(SHEET, 2502, OUT + 10) == 100  # last line written
    data_writes = [w for w in book.writes if w[0] == SHEET and w[1] >= 3]
    assert [w[3] for w in data_writes] == [1000, 1000, 500]  # one block per chunk
    assert "Verdir : 1 000 / 2 500 lignes" in book.status_history
    assert "Verdir : 2 500 / 2 500 lignes" in book.status_history
    assert book.status is None  # status bar given back to Excel
    assert book.screen_updating is True and book.calculation == "automatic"
    title, message, critical = only_alert(book)
    assert not critical and "2 500 ligne(s) classée(s)" in message and "1 250 ligne(s) à vérifier" in message


def test_low_confidence_rows_are_highlighted_and_others_not():
    book = budget(4)
    buttons.classer_selection(book, FakeService())
    fills = book.sheets[SHEET].fills
    assert fills[(4, OUT)] == logic.LOW_CONFIDENCE_COLOR
    assert fills[(4, OUT + 20)] == logic.LOW_CONFIDENCE_COLOR
    assert (3, OUT) not in fills


def test_snapshot_sheet_is_hidden_and_records_what_was_written():
    book = budget(3)
    buttons.classer_selection(book, FakeService())
    snapshot_sheet = book.sheets[logic.SNAPSHOT_SHEET]
    assert snapshot_sheet.hidden
    assert book.row_values(logic.SNAPSHOT_SHEET, 1, 1, 3) == ["Feuille", "Ligne", "Libellé"]
    assert book.row_values(logic.SNAPSHOT_SHEET, 2, 1, 3) == [SHEET, 3, "Entretien école 0"]
    assert book.row_values(logic.SNAPSHOT_SHEET, 2, 4, 17)[3] == 85


def test_selected_rows_only_and_header_row_in_selection_ignored():
    book, service = budget(10), FakeService()
    book.select(SHEET, 2, 1, 3, 5)  # header + rows 3 and 4
    buttons.classer_selection(book, service)
    assert [r["libelle"] for r in service.classify_calls[0]] == ["Entretien école 0", "Voirie rue 1"]
    assert book.value(SHEET, 5, OUT) is None


def test_rows_without_label_are_skipped_and_left_untouched():
    book = budget(4, extra={(4, 3): None, (4, OUT + 3): "=SOMME(D3:D6)"})
    service = FakeService()
    buttons.classer_selection(book, service)
    assert [r["libelle"] for r in service.classify_calls[0]] == ["Entretien école 0", "Entretien école 2",
                                                                 "Voirie rue 3"]
    assert book.value(SHEET, 4, OUT + 3) == "=SOMME(D3:D6)"
    assert "1 ligne(s) sans libellé ignorée(s)" in only_alert(book)[1]


def test_foreign_data_right_of_the_table_is_never_overwritten():
    book = budget(5, extra={(1, 9): "Commentaires", (4, 9): "à revoir avec l'élu", (6, 12): 42})
    buttons.classer_selection(book, FakeService())
    assert book.value(SHEET, 4, 9) == "à revoir avec l'élu" and book.value(SHEET, 6, 12) == 42
    assert book.row_values(SHEET, 2, 13, 21) == list(OUTPUT_COLUMNS)  # after the last used column (L)
    assert book.value(SHEET, 3, 13 + 3) == 85
    assert "à partir de la colonne M" in only_alert(book)[1]


def test_second_run_reuses_the_verdir_columns():
    book, service = budget(3), FakeService()
    buttons.classer_selection(book, service)
    book.alerts.clear()
    buttons.classer_selection(book, service)
    assert book.used_extent(SHEET)[1] == OUT + 20
    assert len(book.sheets[logic.SNAPSHOT_SHEET].cells) // 20 == 4  # header + 3 records, not duplicated


def test_no_header_gives_one_critical_message_and_writes_nothing():
    book = MemoryWorkbook([SHEET])
    book.set_rows(SHEET, [["a", "b"], [1, 2]])
    book.select(SHEET, 1, 1)
    buttons.classer_selection(book, FakeService())
    title, message, critical = only_alert(book)
    assert critical and "Aucun en-tête « Libellé »" in message and title == "Verdir – Classer la sélection"
    assert book.writes == []


def test_empty_selection_message():
    book = budget(2)
    book.select_nothing()
    buttons.classer_selection(book, FakeService())
    assert "La sélection est vide" in only_alert(book)[1]


def test_screen_updating_and_calculation_restored_when_writing_fails():
    book = budget(3)
    book.fail_on_write = RuntimeError("Excel occupé")
    buttons.classer_selection(book, FakeService())
    title, message, critical = only_alert(book)
    assert critical and "Erreur inattendue : RuntimeError : Excel occupé" in message
    assert book.screen_updating is True and book.calculation == "automatic" and book.status is None


def test_service_refusal_names_the_sheet_row_and_keeps_what_was_written():
    book, service = budget(1500), FakeService()
    service.fail_on_call = 2
    buttons.classer_selection(book, service)
    message = only_alert(book)[1]
    assert "libellé trop long" in message and "C'est la ligne 1004 de la feuille" in message
    assert book.value(SHEET, 1002, OUT + 10) == 100  # last line of the first chunk (a road)
    assert book.value(SHEET, 1003, OUT + 10) is None  # second chunk not written
    book.alerts.clear()
    buttons.enregistrer_corrections(book, service)  # the first chunk is recorded: nothing "changed"
    assert "Aucune correction à enregistrer" in only_alert(book)[1]


def test_service_started_once_when_down():
    book, service = budget(2), FakeService()
    service.running = False
    buttons.classer_selection(book, service)
    assert service.starts == 1
    assert "Verdir : démarrage du service local…" in book.status_history


def test_add_in_and_package_versions_out_of_step():
    book, service = budget(2), FakeService()
    buttons.classer_selection(book, service, addin_version="0.0.1")
    assert "ne correspond pas au paquet Python installé" in only_alert(book)[1]
    assert service.classify_calls == []
    book.alerts.clear()
    buttons.classer_selection(book, service, addin_version=__version__)
    assert service.classify_calls


# ------------------------------------------------------------------------------ reclassify
def test_reclassify_sends_only_the_active_row_and_shows_no_message():
    book, service = budget(20), FakeService()
    book.select(SHEET, 7, 2)
    buttons.reclasser_ligne(book, service)
    assert [r["libelle"] for r in service.classify_calls[0]] == ["Entretien école 4"]
    assert book.alerts == []
    assert odd_row(book, 7)[3] == 85 and book.value(SHEET, 8, OUT) is None


def test_reclassify_asks_before_replacing_unsaved_corrections():
    book, service = budget(3), FakeService()
    buttons.classer_selection(book, service)
    book.alerts.clear()
    book.set_rows(SHEET, [[50, None, None, 50]], 3, OUT)  # user edit: ODD 1 50, ODD 4 50
    book.select(SHEET, 3, 3)
    book.answers = [False]
    buttons.reclasser_ligne(book, service)
    assert "pas encore enregistrés (ligne(s) 3)" in book.confirmations[0]
    assert book.value(SHEET, 3, OUT) == 50
    assert "Classement annulé" in only_alert(book)[1]


# ------------------------------------------------------------------------------ corrections
def test_changed_rows_are_sent_with_their_inputs_then_count_as_written():
    book, service = budget(4), FakeService()
    buttons.classer_selection(book, service)
    book.alerts.clear()
    book.set_rows(SHEET, [[None] * 17], 4, OUT)
    book.set_rows(SHEET, [[60, 40]], 4, OUT + 10)  # ODD 11 60 %, ODD 12 40 %
    buttons.enregistrer_corrections(book, service)
    assert service.corrections == [[{"libelle": "Voirie rue 1", "chapitre": "011", "nature": "",
                                     "fonction": "822", "service": "DAI", "montant": 200.0,
                                     "odd": {"11": 60, "12": 40}}]]
    assert "1 correction(s) enregistrée(s)" in only_alert(book)[1]
    assert book.row_values(SHEET, 4, OUT + 17, 3) == [11, 1.0, "Correction de l'utilisateur"]
    assert (4, OUT) not in book.sheets[SHEET].fills  # no longer flagged
    book.alerts.clear()
    buttons.enregistrer_corrections(book, service)
    assert "Aucune correction à enregistrer" in only_alert(book)[1]
    assert len(service.corrections) == 1


def test_a_correction_that_does_not_sum_to_100_points_at_its_row_and_sends_nothing():
    book, service = budget(6), FakeService()
    buttons.classer_selection(book, service)
    book.alerts.clear()
    book.set_rows(SHEET, [[70]], 5, OUT + 3)  # a school line: ODD 4 70 + ODD 11 15 = 85
    buttons.enregistrer_corrections(book, service)
    title, message, critical = only_alert(book)
    assert critical and "Ligne 5 : les ODD totalisent 85 % au lieu de 100 %" in message
    assert service.corrections == []


def test_corrections_before_any_classification():
    book = budget(2)
    buttons.enregistrer_corrections(book, FakeService())
    assert "pas encore de colonnes Verdir" in only_alert(book)[1]


# ------------------------------------------------------------------------------ group
def test_apply_to_group_confirms_with_the_count_then_writes_and_sends_the_rule():
    book, service = budget(8), FakeService()
    buttons.classer_selection(book, service)
    book.alerts.clear()
    book.set_rows(SHEET, [[None] * 17], 3, OUT)
    book.set_rows(SHEET, [[100]], 3, OUT + 3)  # row 3 corrected: ODD 4 100 %
    book.select(SHEET, 3, 2)  # Fonction column, value 212
    book.answers = [True]
    buttons.appliquer_au_groupe(book, service)
    assert "aux 4 lignes dont « Fonction » vaut « 212 »" in book.confirmations[0]
    assert "3 ligne(s) changent" in book.confirmations[0]
    assert service.rules == [("fonction", "212", {4: 100}, "exacte")]
    for row in (3, 5, 7, 9):
        assert odd_row(book, row)[3] == 100 and odd_row(book, row)[10] == 0
        assert book.value(SHEET, row, OUT + 19) == "Règle de groupe : Fonction = 212"
    assert odd_row(book, 4)[10] == 100  # other group untouched
    assert "3 ligne(s) modifiée(s) sur 4" in only_alert(book)[1]
    book.alerts.clear()
    buttons.enregistrer_corrections(book, service)  # the rule's rows are not pending corrections
    assert "Aucune correction à enregistrer" in only_alert(book)[1]


def test_apply_to_group_cancelled_changes_nothing():
    book, service = budget(4), FakeService()
    buttons.classer_selection(book, service)
    book.alerts.clear()
    writes = len(book.writes)
    book.select(SHEET, 3, 4)
    book.answers = [False]
    buttons.appliquer_au_groupe(book, service)
    assert book.confirmations and service.rules == [] and len(book.writes) == writes and book.alerts == []


# ------------------------------------------------------------------------------ others
def test_glossary_sheet_is_sent():
    book, service = budget(1), FakeService()
    book.set_rows("Glossaire", [["Sigle", "Signification"], ["DAI", "direction des affaires immobilières"]])
    buttons.glossaire(book, service)
    assert service.glossary == {"DAI": "direction des affaires immobilières"}
    assert "1 sigle(s) envoyé(s)" in only_alert(book)[1]


def test_glossary_sheet_is_created_with_the_unknown_acronyms_of_the_classified_rows():
    book, service = budget(5), FakeService()
    book.select(SHEET, 3, 3, 7, 3)
    buttons.classer_selection(book, service)  # the fake flags « XYZ » on the 2 non-school rows
    book.alerts.clear()
    book.select(SHEET, 3, 3)
    buttons.glossaire(book, service)
    assert book.row_values("Glossaire", 1, 1, 3) == ["Sigle", "Signification", "Lignes où il est inconnu"]
    assert book.row_values("Glossaire", 2, 1, 3) == ["XYZ", None, 2]  # the meaning is left empty
    assert "créée, avec les 1 sigle(s) inconnu(s)" in only_alert(book)[1]
    assert service.glossary is None  # nothing to send yet
    # The user writes the meaning and clicks again: it is sent.
    book.set_rows("Glossaire", [["zone xyz"]], 2, 2)
    book.alerts.clear()
    buttons.glossaire(book, service)
    assert service.glossary == {"XYZ": "zone xyz"}


def test_glossary_sheet_proposes_what_the_rows_say_an_acronym_means():
    book, service = budget(5, {(4, 4): "XYZ - Zone d'activités"}), FakeService()
    book.select(SHEET, 3, 3, 7, 3)
    buttons.classer_selection(book, service)  # « XYZ » unknown on rows 4 and 6
    book.alerts.clear()
    book.select(SHEET, 3, 3)
    buttons.glossaire(book, service)
    assert book.row_values("Glossaire", 2, 1, 4) == ["XYZ", None, 2, "Zone d'activités"]
    assert "la colonne D propose le sens" in only_alert(book)[1]
    assert service.glossary is None  # a proposal is not sent until the user writes it in B


def test_glossary_sheet_is_created_empty_before_any_classification():
    book = budget(1)
    buttons.glossaire(book, FakeService())
    assert book.row_values("Glossaire", 1, 1, 3) == ["Sigle", "Signification", "Lignes où il est inconnu"]
    assert book.used_extent("Glossaire")[0] == 1
    assert "créée, vide" in only_alert(book)[1]


# ----------------------------------------------------------------------------- dashboard
DASHBOARD = "Tableau de bord ODD"


def classified_budget(n: int = 4) -> tuple[MemoryWorkbook, FakeService]:
    book, service = budget(n), FakeService()
    buttons.classer_selection(book, service)
    book.alerts.clear()
    book.select(SHEET, 3, 1)
    return book, service


def find_row(book: MemoryWorkbook, *values: Any) -> int:
    """The first row of the dashboard sheet starting with ``values``."""
    last, _ = book.used_extent(DASHBOARD)
    for row in range(1, last + 1):
        if book.row_values(DASHBOARD, row, 1, len(values)) == list(values):
            return row
    raise AssertionError(f"no row starting with {values}")


def test_dashboard_has_the_report_tables_with_the_numbers_of_the_sheet():
    book, service = classified_budget()
    buttons.tableau_de_bord(book, service)
    assert book.alerts == []
    assert book.active_sheet == DASHBOARD
    assert book.value(DASHBOARD, 1, 1) == "Tableau de bord ODD — Budget"
    assert book.value(DASHBOARD, 2, 1).startswith("Budget ventilé : 1\u202f000\u00a0€ sur 4 lignes classées.")
    header = find_row(book, "ODD", "Montant (€)", "Part du budget", "Lignes", "Objectif")
    # schools 100 + 300 (85 % ODD 4, 15 % ODD 11), roads 200 + 400 (100 % ODD 11)
    assert book.row_values(DASHBOARD, header + 4, 1, 4) == ["ODD 4", 340.0, 0.34, 2]
    assert book.row_values(DASHBOARD, header + 11, 1, 4) == ["ODD 11", 660.0, 0.66, 4]
    assert book.row_values(DASHBOARD, header + 18, 1, 4) == ["Total", 1000.0, 1.0, 4]
    assert book.sheets[DASHBOARD].fills[(header + 18, 1)] == (232, 241, 234)
    formats = book.sheets[DASHBOARD].formats
    assert formats[(header + 1, 2)] == '#,##0 "€";[Red]-#,##0 "€";"–"'
    assert formats[(header + 1, 3)] == "0.0%" and formats[(header + 1, 1)] == "@"
    # the largest line of ODD 4 is named by its row on the budget sheet (header in row 2)
    lines = find_row(book, "Libellé", "ODD", "Part de la ligne")
    assert book.row_values(DASHBOARD, lines + 1, 1, 7) == [
        "Entretien école 2", "ODD 4", 0.85, 255.0, 300.0, "011", 5]
    assert formats[(lines + 1, 6)] == "@"  # chapitre "011" stays text in Excel
    assert find_row(book, "Sigle", "Lignes") and find_row(book, "XYZ", 2)
    assert book.screen_updating and book.calculation == "automatic" and book.status is None


def test_dashboard_sends_the_table_without_explanations_and_with_its_header_row():
    book, service = classified_budget()
    buttons.tableau_de_bord(book, service)
    [sent] = service.dashboards
    assert sent["titre"] == SHEET and sent["ligne_entete"] == 2
    assert sent["columns"][:5] == HEADER and "Explication" not in sent["columns"]
    assert sent["columns"][5:] == [c for c in OUTPUT_COLUMNS if c != "Explication"]
    assert sent["rows"][0][:5] == ["011", "212", "Entretien école 0", "DAI", 100.0]
    assert len(sent["rows"]) == 4


def test_dashboard_charts_read_their_tables_in_the_sdg_colours():
    book, service = classified_budget()
    buttons.tableau_de_bord(book, service)
    charts = book.sheets[DASHBOARD].charts
    assert [c.kind for c in charts] == ["column_clustered", "bar_stacked", "bar_stacked", "bar_stacked"]
    assert [c.title for c in charts] == ["Budget par ODD (€)", "Budget par section et par ODD",
                                         "Budget par chapitre et par ODD", "Budget par service et par ODD"]
    goals = charts[0]
    assert book.value(DASHBOARD, goals.header_row, 2) == "Montant (€)" and goals.value_columns == (2,)
    assert [book.value(DASHBOARD, r, goals.category_column)
            for r in range(goals.first_row, goals.last_row + 1)] == [f"ODD {g}" for g in range(1, 18)]
    assert len(goals.point_colours) == 17
    assert goals.point_colours[3] == (0xC5, 0x19, 0x2D) and goals.point_colours[10] == (0xFD, 0x9D, 0x24)
    assert not goals.legend
    services = charts[3]
    assert [book.value(DASHBOARD, services.header_row, c) for c in services.value_columns] == [
        "ODD 4", "ODD 11"]
    assert services.series_colours == ((0xC5, 0x19, 0x2D), (0xFD, 0x9D, 0x24))
    assert services.legend and services.first_row == services.last_row  # one service: DAI (no total)
    assert book.value(DASHBOARD, services.first_row, 1) == "DAI"
    # charts sit between the notes and the tables, and do not overlap each other
    assert all(c.anchor_row + c.n_rows <= goals.header_row for c in charts)
    assert charts[0].anchor_column + charts[0].n_columns == charts[1].anchor_column
    assert charts[2].anchor_row > charts[0].anchor_row + charts[0].n_rows - 1


def test_dashboard_rerun_refreshes_without_duplicating_charts():
    book, service = classified_budget()
    buttons.tableau_de_bord(book, service)
    book.set_rows(SHEET, [[1000.0]], 3, 5)  # the first school now costs 1 000
    book.select(SHEET, 3, 1)
    buttons.tableau_de_bord(book, service)
    assert book.alerts == [] and len(book.sheets[DASHBOARD].charts) == 4
    assert list(book.sheets).count(DASHBOARD) == 1
    header = find_row(book, "ODD", "Montant (€)")
    assert book.row_values(DASHBOARD, header + 4, 1, 2) == ["ODD 4", 1105.0]


def test_dashboard_refuses_to_replace_a_foreign_sheet():
    book, service = classified_budget(2)
    book.set_rows(DASHBOARD, [["Mon tableau à moi"]])
    buttons.tableau_de_bord(book, service)
    assert "n'a pas été créée par Verdir" in only_alert(book)[1]
    assert book.value(DASHBOARD, 1, 1) == "Mon tableau à moi"
    assert service.dashboards == [] and book.sheets[DASHBOARD].charts == []


def test_dashboard_replaces_the_sheet_written_by_verdir_report():
    book, service = classified_budget(2)
    book.set_rows(DASHBOARD, [["Tableau de bord ODD — Ville"], ["ancien"]])
    buttons.tableau_de_bord(book, service)
    assert book.alerts == [] and book.value(DASHBOARD, 1, 1) == "Tableau de bord ODD — Budget"


def test_dashboard_needs_classified_lines():
    book = budget(2)
    buttons.tableau_de_bord(book, FakeService())
    assert "pas encore de colonnes Verdir" in only_alert(book)[1]
    book = budget(2)
    book.set_rows(SHEET, [list(OUTPUT_COLUMNS)], 2, OUT)  # Verdir's columns, all empty
    book.alerts.clear()
    buttons.tableau_de_bord(book, FakeService())
    assert "Aucune ligne classée" in only_alert(book)[1]
    assert DASHBOARD not in book.sheets


def test_dashboard_from_the_dashboard_sheet_is_refused():
    book, service = classified_budget(2)
    buttons.tableau_de_bord(book, service)
    book.select(DASHBOARD, 1, 1)
    buttons.tableau_de_bord(book, service)
    assert "Placez-vous sur la feuille du budget classé" in only_alert(book)[1]


@pytest.mark.parametrize("running", [True, False])
def test_service_button_shows_status_and_starts_when_needed(running):
    book, service = budget(1), FakeService()
    service.running = running
    buttons.service(book, service)
    message = only_alert(book)[1]
    assert ("Service Verdir en marche." if running else "Service Verdir démarré.") in message
    assert "Adresse : http://127.0.0.1:8765" in message and "Modèle : test-1" in message
    assert "Réentraînement en cours : non" in message
    assert service.starts == (0 if running else 1)


def test_both_workbooks_implement_every_protocol_method_with_the_same_parameters():
    import inspect

    from verdir.addin.workbook import Workbook
    from verdir.addin.xlwings_adapter import XlwingsWorkbook

    members = [name for name, _ in inspect.getmembers(Workbook, inspect.isfunction)
               if not name.startswith("_")]
    assert len(members) >= 17
    for implementation in (MemoryWorkbook, XlwingsWorkbook):
        for name in members:
            expected = list(inspect.signature(getattr(Workbook, name)).parameters)
            assert list(inspect.signature(getattr(implementation, name)).parameters) == expected, (
                implementation.__name__, name)
