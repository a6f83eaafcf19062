"""The real service over HTTP: classify, corrections, rules, glossary, export/import."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from service_fixtures import LiveServer

pytest_plugins = ["service_fixtures"]

SHARES_OF_PASTEUR = {"7": 100}


def test_health_answers_without_token(live_server: LiveServer) -> None:
    answer = live_server.session.get(live_server.url + "/api/v1/health", headers={"X-Verdir-Token": ""})
    assert answer.status_code == 200
    health = answer.json()
    assert health["status"] == "ok"
    assert health["pid"] == live_server.pid
    assert health["model"].startswith("head-")
    assert set(health) >= {"corrections", "rules", "uptime_s", "retraining", "version"}


def test_classify_returns_one_result_per_row_in_order(live_server: LiveServer) -> None:
    rows = [
        {"libelle": "ISOL THERM GS PASTEUR", "fonction": "212", "nature": 2313, "montant": 120000},
        {"libelle": "SUBV ASSO BANQUE ALIMENTAIRE", "service": "SOLIDARITES"},
        {"libelle": ""},
        {"libelle": "ISOL THERM GS PASTEUR", "fonction": "212", "nature": 2313, "montant": 5},
    ]
    answer = live_server.post("/api/v1/classify", {"rows": rows, "framework": "odd"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["model"] == live_server.get("/api/v1/health").json()["model"]
    results = body["results"]
    assert len(results) == 4
    for result in (results[0], results[1], results[3]):
        shares = {int(goal): value for goal, value in result["odd"].items()}
        assert sum(shares.values()) == 100
        assert all(1 <= goal <= 17 for goal in shares)
        assert list(shares.values()) == sorted(shares.values(), reverse=True)
        assert result["principal"] == next(iter(shares))
        assert 0 <= result["confiance"] <= 1
        assert result["source"] in ("modele", "correction", "regle")
        assert isinstance(result["explication"], str) and result["explication"]
    assert results[2] == {"odd": {}, "principal": None, "confiance": 0.0, "explication": "libellé vide",
                          "sigles_inconnus": [], "source": "vide"}
    assert results[3] == results[0]  # same line (montant does not matter) -> same answer


def test_a_whole_imputation_in_one_field_is_read_as_its_codes(live_server: LiveServer) -> None:
    [result] = live_server.classify({"libelle": "TRAVAUX DIVERS", "nature": "D-21-2135-321"})
    assert result["principal"] == 3
    assert "fonction 321" in result["explication"]


def test_classify_reports_unknown_acronyms(live_server: LiveServer) -> None:
    [result] = live_server.classify({"libelle": "TRAVAUX XQZW ECOLE"})
    assert "XQZW" in result["sigles_inconnus"]


def test_exact_correction_is_returned_at_once_and_listed(live_server: LiveServer) -> None:
    row = {"libelle": "CLASSE DECOUVERTE ECOLE PASTEUR", "fonction": "212", "service": "DASCO"}
    before = live_server.classify(row)[0]
    model_before = live_server.get("/api/v1/health").json()["model"]
    answer = live_server.post("/api/v1/corrections", {"rows": [{**row, "odd": {"15": 70, "4": 30}}]})
    assert answer.status_code == 200, answer.text
    saved = answer.json()
    assert saved["saved"] == 1 and saved["model"] != model_before
    correction_id = saved["corrections"][0]["id"]

    [after] = live_server.classify({**row, "libelle": "  classe  découverte école pasteur ", "montant": 3})
    assert after["source"] == "correction"
    assert after["odd"] == {"15": 70, "4": 30}
    assert after["principal"] == 15
    assert before["source"] == "modele"

    listed = live_server.get("/api/v1/corrections").json()
    mine = [item for item in listed["corrections"] if item["id"] == correction_id]
    assert mine and mine[0]["odd"] == {"15": 70, "4": 30} and mine[0]["libelle"] == row["libelle"]

    # Correcting the same line again replaces the correction (same id).
    again = live_server.post("/api/v1/corrections", {"rows": [{**row, "odd": {"4": 100}}]}).json()
    assert again["corrections"][0]["id"] == correction_id
    assert live_server.classify(row)[0]["odd"] == {"4": 100}

    deleted = live_server.delete(f"/api/v1/corrections/{correction_id}")
    assert deleted.status_code == 200
    assert live_server.classify(row)[0]["source"] == "modele"
    assert live_server.delete(f"/api/v1/corrections/{correction_id}").status_code == 404


def test_corrections_influence_similar_lines(live_server: LiveServer) -> None:
    similar = {"libelle": "REFECTION TOITURE GYMNASE JEAN MOULIN"}
    before = live_server.classify(similar)[0]
    corrected = ["REFECTION TOITURE GYMNASE JEAN JAURES", "REFECTION TOITURE GYMNASE PASTEUR",
                 "REFECTION TOITURE GYMNASE MARIE CURIE"]
    rows = [{"libelle": label, "odd": {"13": 100}} for label in corrected]
    answer = live_server.post("/api/v1/corrections", {"rows": rows})
    assert answer.status_code == 200
    ids = [item["id"] for item in answer.json()["corrections"]]
    try:
        # At once, through the neighbour memory: the closest corrected line is cited.
        now = live_server.classify(similar)[0]
        assert now["source"] == "modele"
        assert any(f"« {label} »" in now["explication"] for label in corrected), now
        # After the background retraining (seconds), the head itself has learnt it.
        health = live_server.wait_retrained()
        assert health["retraining"] == "idle"
        later = live_server.classify(similar)[0]
        assert "13" in later["odd"], (before, later)
        assert later["odd"]["13"] >= before["odd"].get("13", 0)
    finally:
        for correction_id in ids:
            live_server.delete(f"/api/v1/corrections/{correction_id}")


def test_rules_apply_to_a_group_and_exact_corrections_win(live_server: LiveServer) -> None:
    rows = [
        {"libelle": "FOURNITURES SCOLAIRES ECOLE A", "fonction": "212"},
        {"libelle": "FOURNITURES SCOLAIRES ECOLE B", "fonction": "21"},
        {"libelle": "FOURNITURES SCOLAIRES ECOLE C", "fonction": "22"},
        {"libelle": "FOURNITURES SCOLAIRES ECOLE D", "fonction": "212 - Écoles primaires"},
    ]
    answer = live_server.post("/api/v1/rules", {"colonne": "fonction", "valeur": 21, "odd": {"4": 100}})
    assert answer.status_code == 200, answer.text
    rule = answer.json()["rule"]
    assert rule["valeur"] == "21" and rule["correspondance"] == "prefixe"
    exact = live_server.post("/api/v1/rules", {"colonne": "service", "valeur": "Cantines ",
                                               "odd": {"2": 60, "12": 40}}).json()["rule"]
    correction_ids = []
    try:
        results = live_server.classify(*rows)
        assert [r["source"] for r in results] == ["regle", "regle", "modele", "regle"]
        assert results[0]["odd"] == {"4": 100} and results[0]["confiance"] == 1.0
        assert "fonction" in results[0]["explication"]

        # An exact-mode text rule matches the normalised value only.
        by_service = live_server.classify({"libelle": "REPAS", "service": "CANTINES"},
                                          {"libelle": "REPAS", "service": "CANTINES NORD"})
        assert by_service[0]["source"] == "regle" and by_service[0]["odd"] == {"2": 60, "12": 40}
        assert by_service[1]["source"] != "regle"

        # The line's own correction is more specific than the group decision.
        saved = live_server.post("/api/v1/corrections", {"rows": [{**rows[0], "odd": {"3": 100}}]}).json()
        correction_ids = [item["id"] for item in saved["corrections"]]
        assert live_server.classify(rows[0])[0]["source"] == "correction"
        assert live_server.classify(rows[1])[0]["source"] == "regle"

        listed = live_server.get("/api/v1/rules").json()
        assert {item["id"] for item in listed["rules"]} >= {rule["id"], exact["id"]}
    finally:
        for correction_id in correction_ids:
            live_server.delete(f"/api/v1/corrections/{correction_id}")
        assert live_server.delete(f"/api/v1/rules/{rule['id']}").status_code == 200
        assert live_server.delete(f"/api/v1/rules/{exact['id']}").status_code == 200
    assert live_server.classify(rows[1])[0]["source"] == "modele"
    assert live_server.delete(f"/api/v1/rules/{rule['id']}").status_code == 404


def test_user_glossary_expands_the_authority_s_abbreviations(live_server: LiveServer) -> None:
    row = {"libelle": "ENTRETIEN ESPACES ZQPV"}
    assert "ZQPV" in live_server.classify(row)[0]["sigles_inconnus"]
    answer = live_server.put("/api/v1/glossary", {"glossary": {"ZQPV": "parc de la vallée"}})
    assert answer.status_code == 200, answer.text
    assert answer.json()["glossary"] == {"ZQPV": "parc de la vallée"}
    assert answer.json()["builtin_entries"] > 100
    try:
        [result] = live_server.classify(row)
        assert "ZQPV" not in result["sigles_inconnus"]
        assert "parc de la vallée" in result["explication"]
        assert live_server.get("/api/v1/glossary").json()["glossary"] == {"ZQPV": "parc de la vallée"}
    finally:
        assert live_server.put("/api/v1/glossary", {"glossary": {}}).status_code == 200
    assert "ZQPV" in live_server.classify(row)[0]["sigles_inconnus"]


def test_export_then_import_into_a_neighbouring_authority(live_server: LiveServer,
                                                          new_server: LiveServer) -> None:
    line = {"libelle": "JARDINS PARTAGES QUARTIER DES FLEURS", "service": "ESPACES VERTS"}
    saved = live_server.post("/api/v1/corrections", {"rows": [{**line, "odd": {"15": 60, "11": 40}}]}).json()
    rule = live_server.post("/api/v1/rules", {"colonne": "nature", "valeur": "6574",
                                              "correspondance": "exacte", "odd": {"10": 100}}).json()["rule"]
    live_server.put("/api/v1/glossary", {"glossary": {"JPQF": "jardins partagés"}})
    try:
        exported = live_server.get("/api/v1/export")
        assert exported.status_code == 200
        assert "attachment" in exported.headers["Content-Disposition"]
        document = exported.json()
        assert document["format"] == "verdir-learning" and document["format_version"] == 1
        assert any(item["libelle"] == line["libelle"] for item in document["corrections"])
        assert document["glossary"] == {"JPQF": "jardins partagés"}
    finally:
        live_server.delete(f"/api/v1/corrections/{saved['corrections'][0]['id']}")
        live_server.delete(f"/api/v1/rules/{rule['id']}")
        live_server.put("/api/v1/glossary", {"glossary": {}})

    neighbour = new_server.start()
    assert neighbour.classify(line)[0]["source"] == "modele"
    first = neighbour.post("/api/v1/import", document)
    assert first.status_code == 200, first.text
    counts = first.json()
    assert counts["corrections"]["added"] == len(document["corrections"])
    assert counts["rules"] == {"added": len(document["rules"]), "unchanged": 0, "kept_local": 0}
    assert counts["glossary"]["added"] == 1
    learnt = neighbour.classify(line)[0]
    assert learnt["source"] == "correction" and learnt["odd"] == {"15": 60, "11": 40}
    assert neighbour.classify({"libelle": "SUBVENTION CLUB", "nature": "6574"})[0]["source"] == "regle"

    # Importing the same file again changes nothing.
    second = neighbour.post("/api/v1/import", document).json()
    assert second["corrections"] == {"added": 0, "unchanged": len(document["corrections"]), "kept_local": 0}
    assert second["rules"]["added"] == 0 and second["glossary"]["added"] == 0
    assert len(neighbour.get("/api/v1/corrections").json()["corrections"]) == len(document["corrections"])

    # On a conflict, what the authority decided itself is kept.
    neighbour.post("/api/v1/corrections", {"rows": [{**line, "odd": {"11": 100}}]})
    third = neighbour.post("/api/v1/import", document).json()
    assert third["corrections"]["kept_local"] == 1
    assert neighbour.classify(line)[0]["odd"] == {"11": 100}


def test_openapi_document_lists_every_route(live_server: LiveServer) -> None:
    document = live_server.get("/api/v1/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) >= {"/api/v1/health", "/api/v1/classify", "/api/v1/corrections",
                                      "/api/v1/corrections/{id}", "/api/v1/rules", "/api/v1/rules/{id}",
                                      "/api/v1/glossary", "/api/v1/export", "/api/v1/import"}


@pytest.mark.parametrize("method, path", [("get", "/api/v1/nowhere"), ("delete", "/api/v1/classify"),
                                          ("get", "/api/v1/corrections/abc")])
def test_unknown_routes_and_methods_answer_json(live_server: LiveServer, method: str, path: str) -> None:
    answer = getattr(live_server.session, method)(live_server.url + path, timeout=10)
    assert answer.status_code in (404, 405)
    assert answer.headers["Content-Type"].startswith("application/json")
    assert set(answer.json()) == {"erreur", "detail"}
