"""POST /api/v1/dashboard on the real service: the figures of `verdir report`, as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from verdir.columns import OUTPUT_COLUMNS
from verdir.report import compute_figures
from verdir.report.goals import GOAL_COLOURS
from verdir.report.serialise import dashboard_json, table_frame

if TYPE_CHECKING:
    from service_fixtures import LiveServer

pytest_plugins = ["service_fixtures"]

PATH = "/api/v1/dashboard"
COLUMNS = ["Section", "Chapitre", "Service", "Libellé", "Montant", *OUTPUT_COLUMNS]


def line(section: str, chapitre: Any, service: str, label: str, amount: Any,
         shares: dict[int, int], confidence: float = 0.9, acronyms: str = "") -> list[Any]:
    goals = [shares.get(goal) for goal in range(1, 18)]
    main = max(shares, key=shares.get) if shares else None
    return [section, chapitre, service, label, amount, *goals, main, confidence, "explication", acronyms]


# Totals by hand: ODD 4 = 20 000 + 100 000; ODD 7 = 20 000 + 150 000 - 10 000; ODD 13 = 100 000.
ROWS = [
    line("F", "011", "Éducation", "ELECTRICITE ECOLE", 40_000, {4: 50, 7: 50}, 0.8),
    line("F", 12, "Éducation", "REMUNERATION ANIMATEURS", "100 000,00 €", {4: 100}, 0.4),
    line("I", "23", "Bâtiments", "ISOL THERM GS PASTEUR", 250_000, {7: 60, 13: 40}, 0.7, "GS"),
    line("I", "23", "Bâtiments", "ANNULATION MANDAT", -10_000, {7: 100}),
    [None] * len(COLUMNS),
    line("F", "65", "Solidarités", "LIGNE NON CLASSEE", 5_000, {}),
]


def table(answer: dict[str, Any], key: str) -> dict[str, Any]:
    return next(t for t in answer["tables"] if t["key"] == key)


def post(server: LiveServer, payload: object) -> tuple[int, dict[str, Any]]:
    answer = server.post(PATH, payload)
    return answer.status_code, answer.json()


def test_dashboard_totals_are_amounts_times_shares(live_server: LiveServer) -> None:
    status, answer = post(live_server, {"columns": COLUMNS, "rows": ROWS, "titre": "Ville"})
    assert status == 200, answer
    assert answer["title"] == "Tableau de bord ODD — Ville"
    assert answer["subtitle"].startswith("Budget ventilé : 380\u202f000\u00a0€ sur 4 lignes classées.")
    assert answer["unit"] == "euros" and answer["classified_rows"] == 4 and answer["total"] == 380_000
    goals = {row[0]: row for row in table(answer, "odd")["rows"]}
    assert goals["ODD 4"][1] == 120_000 and goals["ODD 7"][1] == 160_000 and goals["ODD 13"][1] == 100_000
    assert goals["ODD 4"][2] == pytest.approx(120_000 / 380_000)
    assert goals["Total"][:2] == ["Total", 380_000]
    assert any("non classée" in note for note in answer["notes"])
    assert any("converti" in note for note in answer["notes"])  # "100 000,00 €" read as a number
    [cancellation] = table(answer, "annulations")["rows"]
    assert cancellation[:4] == ["ANNULATION MANDAT", -10_000, "23", 5]  # header on row 1


def test_dashboard_equals_the_report_computation(live_server: LiveServer) -> None:
    status, answer = post(live_server, {"columns": COLUMNS, "rows": ROWS, "ligne_entete": 3})
    assert status == 200, answer
    expected = dashboard_json(compute_figures(table_frame(COLUMNS, ROWS), header_row=3))
    assert answer == expected
    assert [t["key"] for t in answer["tables"]] == [
        "odd", "sections", "chapitres", "services", "qualite", "sigles", "annulations", "principales"]
    assert table(answer, "annulations")["rows"][0][3] == 7  # row 4 of the table, header on row 3


def test_dashboard_charts_come_with_their_colours(live_server: LiveServer) -> None:
    _, answer = post(live_server, {"columns": COLUMNS, "rows": ROWS})
    goals = table(answer, "odd")["chart"]
    assert goals["kind"] == "goals" and goals["value_columns"] == [1] and goals["category_column"] == 0
    assert goals["point_colours"] == [GOAL_COLOURS[g] for g in range(1, 18)]
    services = table(answer, "services")
    chart = services["chart"]
    assert chart["kind"] == "stacked" and chart["title"] == "Budget par service et par ODD"
    assert [services["columns"][c]["header"] for c in chart["value_columns"]] == ["ODD 4", "ODD 7", "ODD 13"]
    assert chart["series_colours"] == [GOAL_COLOURS[4], GOAL_COLOURS[7], GOAL_COLOURS[13]]
    assert table(answer, "qualite")["chart"] is None
    assert answer["goal_colours"]["4"] == GOAL_COLOURS[4]
    column = services["columns"][1]
    assert column == {"header": "ODD 1", "kind": "amount", "goal": 1,
                      "number_format": '#,##0 "€";[Red]-#,##0 "€";"–"'}


@pytest.mark.parametrize(("payload", "message"), [
    ({"rows": ROWS}, "champ « columns »"),
    ({"columns": COLUMNS}, "champ « rows » : une liste JSON"),
    ({"columns": COLUMNS, "rows": [{"Libellé": "x"}]}, "ligne 1 : chaque ligne doit être une liste"),
    ({"columns": COLUMNS, "rows": [ROWS[0] + ["de trop"]]}, "ligne 1 : 27 cellules pour 26 colonnes"),
    ({"columns": COLUMNS, "rows": [[{"a": 1}]]}, "ligne 1 : cellule invalide"),
    ({"columns": COLUMNS, "rows": ROWS, "titre": 3}, "champ « titre » : texte attendu"),
    ({"columns": COLUMNS, "rows": ROWS, "ligne_entete": 0}, "champ « ligne_entete »"),
    ({"columns": COLUMNS, "rows": ROWS, "colonnes": []}, "champ « colonnes » : champ inconnu"),
    ({"columns": ["Libellé", "Montant"], "rows": [["Cantine", 10]]}, "Aucune colonne « ODD 1 »"),
    ({"columns": COLUMNS, "rows": []}, "aucune ligne budgétaire"),
    ([], "objet JSON"),
])
def test_bad_requests_are_refused_in_french(live_server: LiveServer, payload: object,
                                            message: str) -> None:
    status, answer = post(live_server, payload)
    assert status == 400, answer
    assert message in answer["erreur"] and set(answer) == {"erreur", "detail"}


def test_limits_and_token(live_server: LiveServer) -> None:
    status, answer = post(live_server, {"columns": ["x"] * 1001, "rows": []})
    assert status == 413 and "trop de colonnes" in answer["erreur"]
    status, answer = post(live_server, {"columns": COLUMNS, "rows": [["x" * 10_001]]})
    assert status == 413 and "texte trop long" in answer["erreur"]
    anonymous = live_server.session.post(live_server.url + PATH, json={"columns": COLUMNS, "rows": ROWS},
                                         headers={"X-Verdir-Token": ""}, timeout=30)
    assert anonymous.status_code == 401 and "jeton" in anonymous.json()["erreur"]


def test_openapi_describes_the_dashboard(live_server: LiveServer) -> None:
    document = live_server.get("/api/v1/openapi.json").json()
    operation = document["paths"][PATH]["post"]
    assert set(operation["requestBody"]["content"]["application/json"]["schema"]["properties"]) == {
        "columns", "rows", "titre", "ligne_entete"}
    assert "DashboardTable" in document["components"]["schemas"]
