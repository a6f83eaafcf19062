"""Frameworks in the service over HTTP, on the real engine: annexe verte, custom axes, corrections."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from service_fixtures import LiveServer

pytest_plugins = ["service_fixtures"]

ANNEX_COLUMNS = ["Axe 1 Atténuation", "Axe 2 Adaptation", "Axe 3 Eau", "Axe 4 Économie circulaire",
                 "Axe 5 Pollutions", "Axe 6 Biodiversité", "Synthèse", "Explication"]
AXES = [
    {"nom": "Mobilité", "description": "transports en commun, vélo, voirie, stationnement",
     "exemples": ["PISTE CYCLABLE AV JAURES", "ABRIS VELOS GARE"]},
    {"nom": "Jeunesse", "description": "écoles, crèches, centres de loisirs, accueil des enfants",
     "exemples": ["TRAVAUX ECOLE PASTEUR"]},
    {"nom": "Solidarité", "description": "aide sociale, personnes âgées, insertion, épicerie sociale",
     "exemples": []},
]
ISOLATION = {"libelle": "ISOL THERM GS PASTEUR", "nature": "21312", "fonction": "212"}


def _errors(answer) -> dict:
    assert answer.status_code == 400, answer.text
    body = answer.json()
    assert set(body) == {"erreur", "detail"}
    return body


def test_classify_under_the_annex_lists_columns_and_rates_each_axis(live_server: LiveServer) -> None:
    answer = live_server.post("/api/v1/classify", {"framework": "annexe-verte", "rows": [
        ISOLATION, {"libelle": "ACQUISITION DE 3 BUS DIESEL", "nature": "2182"}, {"libelle": ""}]})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["framework"] == "annexe-verte" and body["colonnes"] == ANNEX_COLUMNS
    isolation, bus, empty = body["results"]
    assert list(isolation["valeurs"]) == ANNEX_COLUMNS[:6]
    assert isolation["valeurs"]["Axe 1 Atténuation"] == "favorable"
    assert isolation["synthese"].startswith("favorable") and isolation["source"] == "regle"
    assert isolation["explication"] and 0 < isolation["confiance"] <= 1
    assert bus["valeurs"]["Axe 1 Atténuation"] == "défavorable"
    assert empty["explication"] == "libellé vide"
    # The alias works, and odd answers exactly as before (no "valeurs").
    assert live_server.post("/api/v1/classify", {"framework": "annexe", "rows": [ISOLATION]}).json()[
        "framework"] == "annexe-verte"
    [odd] = live_server.classify(ISOLATION)
    assert "valeurs" not in odd and sum(odd["odd"].values()) == 100


def test_custom_framework_lifecycle_and_zero_shot_percentages(live_server: LiveServer) -> None:
    put = live_server.put("/api/v1/frameworks/quartiers", {"axes": AXES})
    assert put.status_code == 200, put.text
    assert put.json()["created"] is True
    try:
        listed = {f["nom"]: f for f in live_server.get("/api/v1/frameworks").json()["frameworks"]}
        assert {"odd", "annexe-verte", "quartiers"} <= set(listed)
        mine = listed["quartiers"]
        assert mine["personnalise"] is True and mine["type"] == "pourcentages"
        assert mine["colonnes"] == ["Mobilité", "Jeunesse", "Solidarité", "Axe principal", "Confiance",
                                    "Explication"]
        assert listed["annexe-verte"]["colonnes"] == ANNEX_COLUMNS

        answer = live_server.post("/api/v1/classify", {"framework": "Quartiers", "rows": [
            {"libelle": "CREATION PISTE CYCLABLE RUE DE LA GARE"}, {"libelle": "EXTENSION CRECHE"}]})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["colonnes"] == mine["colonnes"] and body["colonnes_valeurs"] == mine["colonnes_valeurs"]
        bike, nursery = body["results"]
        for result in (bike, nursery):
            assert sum(result["valeurs"].values()) == 100
            assert "synthese" not in result
        assert bike["principal"] == "Mobilité" and nursery["principal"] == "Jeunesse"

        # Replacing the definition keeps the name; a wrong one is refused and changes nothing.
        again = live_server.put("/api/v1/frameworks/quartiers", {"axes": AXES[:2]})
        assert again.status_code == 200 and again.json()["created"] is False
        bad = _errors(live_server.put("/api/v1/frameworks/quartiers", {"axes": AXES[:1]}))
        assert "au moins 2 axes" in bad["erreur"]
        assert live_server.get("/api/v1/frameworks/quartiers").json()["colonnes_valeurs"] == [
            "Mobilité", "Jeunesse"]
    finally:
        deleted = live_server.delete("/api/v1/frameworks/quartiers")
    assert deleted.status_code == 200
    assert live_server.delete("/api/v1/frameworks/quartiers").status_code == 404
    unknown = _errors(live_server.post("/api/v1/classify", {"framework": "quartiers", "rows": []}))
    assert unknown["detail"] == {"champ": "framework"} and "cadre inconnu" in unknown["erreur"]


def test_annex_correction_changes_the_next_answer_and_can_be_removed(live_server: LiveServer) -> None:
    line = {"libelle": "ENTRETIEN MARE DU PARC DES SOURCES", "nature": "2128"}
    before = live_server.post("/api/v1/classify", {"framework": "annexe-verte", "rows": [line]}).json()
    saved = live_server.post("/api/v1/corrections", {"framework": "annexe-verte", "rows": [
        {**line, "valeurs": {"Axe 3 Eau": "Favorable", "axe 6": "favorable 60 % / neutre 40 %"}}]})
    assert saved.status_code == 200, saved.text
    [stored] = saved.json()["corrections"]
    assert stored["valeurs"] == {"Axe 3 Eau": "favorable",
                                 "Axe 6 Biodiversité": "favorable 60 % / neutre 40 %"}
    assert saved.json()["model"] != before["model"]
    try:
        [after] = live_server.post("/api/v1/classify", {"framework": "annexe-verte", "rows": [
            {**line, "libelle": "entretien mare du parc des sources "}]}).json()["results"]
        assert after["source"] == "correction"
        assert after["valeurs"]["Axe 3 Eau"] == "favorable"
        assert after["valeurs"]["Axe 6 Biodiversité"] == "favorable 60 % / neutre 40 %"
        # A later correction of another axis of the same line is merged, not replacing.
        live_server.post("/api/v1/corrections", {"framework": "annexe-verte", "rows": [
            {**line, "valeurs": {"Axe 1 Atténuation": "neutre"}}]})
        listed = live_server.get("/api/v1/corrections?framework=annexe-verte").json()
        mine = [c for c in listed["corrections"] if c["id"] == stored["id"]]
        assert mine and set(mine[0]["valeurs"]) == {"Axe 1 Atténuation", "Axe 3 Eau", "Axe 6 Biodiversité"}
        assert all("valeurs" not in c for c in live_server.get("/api/v1/corrections").json()["corrections"])
    finally:
        removed = live_server.delete(f"/api/v1/corrections/{stored['id']}?framework=annexe-verte")
    assert removed.status_code == 200
    [back] = live_server.post("/api/v1/classify", {"framework": "annexe-verte",
                                                   "rows": [line]}).json()["results"]
    assert back["source"] != "correction" and back["valeurs"] == before["results"][0]["valeurs"]


def test_framework_validation_errors_are_french_400s(live_server: LiveServer) -> None:
    live_server.put("/api/v1/frameworks/validation", {"axes": AXES})
    try:
        bad_rating = _errors(live_server.post("/api/v1/corrections", {"framework": "annexe-verte", "rows": [
            {"libelle": "PARC", "valeurs": {"Axe 1 Atténuation": "très bien"}}]}))
        assert bad_rating["detail"] == {"ligne": 1, "champ": "valeurs"}
        assert "n'est pas une cotation" in bad_rating["erreur"]
        bad_axis = _errors(live_server.post("/api/v1/corrections", {"framework": "annexe-verte", "rows": [
            {"libelle": "PARC", "valeurs": {"Axe 9": "favorable"}}]}))
        assert "n'est pas un axe" in bad_axis["erreur"]
        bad_sum = _errors(live_server.post("/api/v1/corrections", {"framework": "validation", "rows": [
            {"libelle": "PISTE", "valeurs": {"Mobilité": 70, "Jeunesse": 20}}]}))
        assert "au lieu de 100" in bad_sum["erreur"] and bad_sum["detail"]["ligne"] == 1
        unknown_axis = _errors(live_server.post("/api/v1/corrections", {"framework": "validation", "rows": [
            {"libelle": "PISTE", "valeurs": {"Culture": 100}}]}))
        assert "n'est pas un axe du cadre" in unknown_axis["erreur"]
        unknown = _errors(live_server.post("/api/v1/corrections", {"framework": "gri", "rows": []}))
        assert unknown["detail"] == {"champ": "framework"}
        odd_field = _errors(live_server.post("/api/v1/corrections", {"framework": "annexe-verte", "rows": [
            {"libelle": "PARC", "odd": {"15": 100}}]}))
        assert odd_field["detail"]["champ"] == "odd"
        reserved = _errors(live_server.put("/api/v1/frameworks/odd", {"axes": AXES}))
        assert reserved["detail"] == {"champ": "nom"}
        assert _errors(live_server.put("/api/v1/frameworks/mon%20cadre", {"axes": AXES}))
        duplicate = _errors(live_server.put("/api/v1/frameworks/doublons", {"axes": [
            {"nom": "Eau", "description": "eau potable"}, {"nom": "EAU", "description": "assainissement"}]}))
        assert "défini deux fois" in duplicate["erreur"]
        assert live_server.get("/api/v1/frameworks/doublons").status_code == 404
        assert live_server.delete("/api/v1/frameworks/annexe-verte").status_code == 400
        # Nothing was stored from the rejected requests.
        assert live_server.get("/api/v1/corrections?framework=validation").json()["count"] == 0
    finally:
        live_server.delete("/api/v1/frameworks/validation")


def test_custom_corrections_survive_a_restart_and_travel_by_export(new_server: LiveServer,
                                                                  tmp_path_factory) -> None:
    from service_fixtures import LiveServer

    server = new_server.start()
    assert server.put("/api/v1/frameworks/quartiers", {"axes": AXES}).status_code == 200
    line = {"libelle": "FRESQUE MURALE MAISON DE QUARTIER", "service": "CULTURE"}
    corrected = {"Solidarité": 80, "Jeunesse": "20"}
    saved = server.post("/api/v1/corrections", {"framework": "quartiers", "rows": [
        {**line, "valeurs": corrected}]})
    assert saved.status_code == 200, saved.text
    annex = server.post("/api/v1/corrections", {"framework": "annexe-verte", "rows": [
        {**line, "valeurs": {"Axe 5 Pollutions": "défavorable"}}]})
    assert annex.status_code == 200, annex.text

    server.stop()
    server.start()
    [custom] = server.post("/api/v1/classify", {"framework": "quartiers", "rows": [line]}).json()["results"]
    assert custom["source"] == "correction"
    assert custom["valeurs"] == {"Mobilité": 0, "Jeunesse": 20, "Solidarité": 80}
    assert custom["principal"] == "Solidarité"
    [rated] = server.post("/api/v1/classify", {"framework": "annexe-verte", "rows": [line]}).json()["results"]
    assert rated["valeurs"]["Axe 5 Pollutions"] == "défavorable" and rated["source"] == "correction"

    document = server.get("/api/v1/export").json()
    assert [f["nom"] for f in document["frameworks"]] == ["quartiers"]
    assert {c["framework"] for c in document["framework_corrections"]} == {"quartiers", "annexe-verte"}

    neighbour = LiveServer(tmp_path_factory.mktemp("verdir-neighbour")).start()
    try:
        first = neighbour.post("/api/v1/import", document)
        assert first.status_code == 200, first.text
        assert first.json()["frameworks"]["added"] == 1
        assert first.json()["framework_corrections"]["added"] == 2
        [imported] = neighbour.post("/api/v1/classify", {"framework": "quartiers", "rows": [line]}).json()[
            "results"]
        assert imported["valeurs"] == custom["valeurs"] and imported["source"] == "correction"
        second = neighbour.post("/api/v1/import", document).json()
        assert second["frameworks"] == {"added": 0, "unchanged": 1, "kept_local": 0}
        assert second["framework_corrections"]["unchanged"] == 2
        # A file whose framework correction does not fit is refused as a whole.
        broken = {**document, "framework_corrections": [
            {**document["framework_corrections"][0], "valeurs": {"Mobilité": 50}}]}
        refused = neighbour.post("/api/v1/import", broken)
        assert refused.status_code == 400 and "framework_corrections" in refused.json()["erreur"]
    finally:
        neighbour.stop()
