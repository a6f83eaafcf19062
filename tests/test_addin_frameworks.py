"""The « Cadre » choice in the add-in, end to end through the in-memory workbook.

``FrameworkService`` stands in for the service (its answers have the shape of
POST /classify and GET /frameworks/<name> with a framework); the real service is driven in
test_service_frameworks.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from verdir.addin import buttons, framework_actions, frameworks, logic
from verdir.addin.memory_workbook import MemoryWorkbook
from verdir.columns import ANNEX_OUTPUT_COLUMNS, OUTPUT_COLUMNS

SHEET = "Budget"
HEADER = ["Chapitre", "Nature", "Libellé", "Montant"]
ROWS = [["21", "21312", "ISOL THERM ECOLE", 1000], ["21", "2182", "ACHAT BUS DIESEL", 500],
        ["011", "6068", "FOURNITURES", 20]]
OUT = 5  # first Verdir column when the table is A:D
AXES = ANNEX_OUTPUT_COLUMNS[:6]
CUSTOM = {"nom": "budget-2025", "type": "pourcentages", "colonnes": [
    "Mobilité", "Jeunesse", "Axe principal", "Confiance", "Explication"],
    "colonnes_valeurs": ["Mobilité", "Jeunesse"]}


class FrameworkService:
    base_url = "http://127.0.0.1:8765"

    def __init__(self) -> None:
        self.classified: list[tuple[str, list[dict[str, Any]]]] = []
        self.corrections: list[tuple[str | None, list[dict[str, Any]]]] = []
        self.definitions: dict[str, list[dict[str, Any]]] = {}
        self.overrides: dict[str, dict[str, Any]] = {}

    def ensure_running(self, on_start=None) -> dict[str, Any]:
        return {"status": "ok"}

    def framework(self, name: str) -> dict[str, Any]:
        if name == "annexe-verte":
            return {"nom": name, "type": "cotations", "colonnes": list(ANNEX_OUTPUT_COLUMNS),
                    "colonnes_valeurs": list(AXES)}
        return {**CUSTOM, "nom": name}

    def classify(self, rows):
        self.classified.append(("odd", list(rows)))
        return [{"odd": {"4": 100}, "principal": 4, "confiance": 0.9, "explication": "école",
                 "sigles_inconnus": [], "source": "modele"} for _ in rows]

    def classify_framework(self, rows, framework):
        self.classified.append((framework, list(rows)))
        return {"framework": framework, "results": [self._answer(framework, row) for row in rows]}

    def _answer(self, framework: str, row: dict[str, Any]) -> dict[str, Any]:
        if framework == "annexe-verte":
            values = dict.fromkeys(AXES, "neutre")
            confidence = 0.3
            if "ISOL" in row["libelle"]:
                values[AXES[0]], confidence = "favorable", 0.38
            if "DIESEL" in row["libelle"]:
                values[AXES[0]], confidence = "défavorable", 0.38
            values.update(self.overrides.get(row["libelle"], {}))
            return {"valeurs": values, "principal": "neutre", "confiance": confidence,
                    "explication": "règles", "source": "regle", "synthese": "neutre"}
        values = self.overrides.get(row["libelle"], {"Mobilité": 70, "Jeunesse": 30})
        return {"valeurs": values, "principal": max(values, key=values.get), "confiance": 0.8,
                "explication": "proche", "source": "modele"}

    def send_corrections(self, rows, framework=None):
        self.corrections.append((framework, list(rows)))
        for row in rows:
            self.overrides[row["libelle"]] = row["valeurs"]
        return {"saved": len(rows)}

    def put_framework(self, name, axes):
        self.definitions[name] = list(axes)
        return {"created": True, "framework": {**CUSTOM, "nom": name}}


@pytest.fixture
def book() -> MemoryWorkbook:
    workbook = MemoryWorkbook([SHEET], name="Budget 2025.xlsx")
    workbook.set_rows(SHEET, [HEADER, *ROWS])
    workbook.select(SHEET, 2, 3)
    return workbook


def _alerts(book: MemoryWorkbook) -> list[str]:
    return [message for _, message, _ in book.alerts]


def _choose(book: MemoryWorkbook, service: FrameworkService, index: int) -> None:
    buttons.choisir_cadre(book, service, index=index)


def test_choice_is_remembered_per_workbook_in_the_hidden_sheet(book: MemoryWorkbook) -> None:
    service = FrameworkService()
    other = MemoryWorkbook([SHEET])
    assert framework_actions.read_choice(book) == "odd"
    _choose(book, service, 1)
    assert book.alerts == []
    assert framework_actions.read_choice(book) == "annexe-verte"
    assert framework_actions.read_choice(other) == "odd"
    assert book.sheets["_verdir"].hidden
    assert book.value("_verdir", 1, 23) == "annexe-verte"  # W1, read by Verdir.bas
    assert book.value("_verdir", 1, 1) == logic.SNAPSHOT_HEADER[0]
    _choose(book, service, 0)
    assert framework_actions.read_choice(book) == "odd"


def test_classify_under_the_annex_writes_its_columns_and_highlights_unrated_lines(
        book: MemoryWorkbook) -> None:
    service = FrameworkService()
    _choose(book, service, 1)
    buttons.classer_selection(book, service)
    assert [framework for framework, _ in service.classified] == ["annexe-verte"]
    assert book.row_values(SHEET, 1, OUT, 8) == list(ANNEX_OUTPUT_COLUMNS)
    assert book.row_values(SHEET, 2, OUT, 8) == ["favorable", *["neutre"] * 5, "neutre", "règles"]
    assert book.value(SHEET, 3, OUT) == "défavorable"
    assert (4, OUT) in book.sheets[SHEET].fills and (2, OUT) not in book.sheets[SHEET].fills
    assert "3 ligne(s) classée(s) selon l'annexe verte" in _alerts(book)[-1]
    assert book.sheets["_verdir_cadres"].hidden


def test_annex_corrections_send_only_changed_ratings_and_rewrite_the_row(book: MemoryWorkbook) -> None:
    service = FrameworkService()
    _choose(book, service, 1)
    buttons.classer_selection(book, service)
    book.set_rows(SHEET, [["favorable"]], row=4, column=OUT + 2)  # Axe 3 Eau of FOURNITURES
    buttons.enregistrer_corrections(book, service)
    [(framework, rows)] = service.corrections
    assert framework == "annexe-verte"
    assert rows == [{"libelle": "FOURNITURES", "chapitre": "011", "nature": "6068", "fonction": "",
                     "service": "", "montant": 20.0, "valeurs": {"Axe 3 Eau": "favorable"}}]
    assert "1 correction(s) enregistrée(s)" in _alerts(book)[-1]
    assert book.value(SHEET, 4, OUT + 2) == "favorable"
    # What was saved is now what Verdir wrote: nothing more to send.
    buttons.enregistrer_corrections(book, service)
    assert len(service.corrections) == 1 and "Aucune correction" in _alerts(book)[-1]


def test_custom_framework_from_the_cadre_sheet_and_percentage_checks(book: MemoryWorkbook) -> None:
    service = FrameworkService()
    book.set_rows("Cadre", [["Axe", "Description", "Exemples"],
                            ["Mobilité", "transports, vélo", "PISTE CYCLABLE; ABRI VELO"],
                            ["Jeunesse", "écoles, crèches", ""], [None, None, "CANTINE"]])
    _choose(book, service, frameworks.CUSTOM_INDEX)
    assert service.definitions["budget-2025"] == [
        {"nom": "Mobilité", "description": "transports, vélo", "exemples": ["PISTE CYCLABLE", "ABRI VELO"]},
        {"nom": "Jeunesse", "description": "écoles, crèches", "exemples": []},
        {"nom": "", "description": "", "exemples": ["CANTINE"]}]
    assert framework_actions.read_choice(book) == "budget-2025"
    assert "Cadre « budget-2025 » enregistré" in _alerts(book)[-1]

    buttons.classer_selection(book, service)
    assert book.row_values(SHEET, 1, OUT, 5) == CUSTOM["colonnes"]
    assert book.row_values(SHEET, 2, OUT, 5) == [70, 30, "Mobilité", 0.8, "proche"]

    book.set_rows(SHEET, [[50, 40]], row=2, column=OUT)
    buttons.enregistrer_corrections(book, service)
    assert service.corrections == []
    assert "Ligne 2 : les axes totalisent 90 %" in _alerts(book)[-1]
    book.set_rows(SHEET, [[10, 90]], row=2, column=OUT)
    buttons.enregistrer_corrections(book, service)
    [(framework, rows)] = service.corrections
    assert framework == "budget-2025" and rows[0]["valeurs"] == {"Jeunesse": 90, "Mobilité": 10}
    assert book.row_values(SHEET, 2, OUT, 3) == [10, 90, "Jeunesse"]


def test_switching_frameworks_keeps_the_other_frameworks_columns(book: MemoryWorkbook) -> None:
    service = FrameworkService()
    buttons.classer_selection(book, service)  # ODD first
    odd_block = book.row_values(SHEET, 2, OUT, len(OUTPUT_COLUMNS))
    _choose(book, service, 1)
    buttons.classer_selection(book, service)
    annex_at = OUT + len(OUTPUT_COLUMNS)
    assert book.row_values(SHEET, 1, annex_at, 8) == list(ANNEX_OUTPUT_COLUMNS)
    assert book.row_values(SHEET, 2, OUT, len(OUTPUT_COLUMNS)) == odd_block
    assert "autre cadre déjà présentes sont conservées" in _alerts(book)[-1]
    # Back to ODD: its columns are found where they are, the annex's are left alone.
    _choose(book, service, 0)
    buttons.classer_selection(book, service)
    assert book.row_values(SHEET, 1, annex_at, 8) == list(ANNEX_OUTPUT_COLUMNS)
    assert book.value(SHEET, 2, annex_at) == "favorable"
    assert book.used_extent(SHEET)[1] == annex_at + 7
    # And the annex again: same place, no new columns.
    _choose(book, service, 1)
    buttons.classer_selection(book, service)
    assert book.used_extent(SHEET)[1] == annex_at + 7


def test_group_rule_is_refused_under_another_framework(book: MemoryWorkbook) -> None:
    service = FrameworkService()
    _choose(book, service, 1)
    buttons.appliquer_au_groupe(book, service)
    title, message, critical = book.alerts[-1]
    assert critical and "ne fonctionne qu'avec le cadre ODD" in message


def test_unsaved_annex_edits_are_asked_about_before_reclassifying(book: MemoryWorkbook) -> None:
    service = FrameworkService()
    _choose(book, service, 1)
    buttons.classer_selection(book, service)
    book.set_rows(SHEET, [["favorable"]], row=3, column=OUT + 4)
    book.answers = [False]
    buttons.classer_selection(book, service)
    assert "pas encore enregistrées (ligne(s) 3)" in book.confirmations[-1]
    assert book.value(SHEET, 3, OUT + 4) == "favorable" and "annulé" in _alerts(book)[-1]


def test_custom_name_and_snapshot_round_trip() -> None:
    assert frameworks.custom_name("Budget Primitif 2025.xlsx") == "budget-primitif-2025"
    assert frameworks.custom_name("annexe.xlsm") == "annexe-cadre"
    assert frameworks.custom_name("***.xlsx") == "classeur"
    snapshot = frameworks.Snapshot()
    record = frameworks.Record("Budget", 4, "annexe-verte", "PARC", {"Axe 3 Eau": "favorable"})
    changes = snapshot.update([record])
    parsed = frameworks.Snapshot.parse([list(frameworks.SNAPSHOT_HEADER), changes[2]])
    assert parsed.for_sheet("Budget", "annexe-verte")[0].values == {"Axe 3 Eau": "favorable"}
    assert json.loads(changes[2][4]) == {"Axe 3 Eau": "favorable"}


def test_odd_headers_check_ignores_other_frameworks_columns() -> None:
    headers = [*HEADER, *ANNEX_OUTPUT_COLUMNS, "Mobilité", "Jeunesse", *logic.CUSTOM_SUMMARY_COLUMNS]
    assert logic.find_output_column(headers) is None
    with pytest.raises(logic.AddinError, match="incomplètes"):
        logic.find_output_column([*headers, "Confiance"])
