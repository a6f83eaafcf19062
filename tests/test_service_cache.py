"""The result cache: same answers, never stale after a change."""

from __future__ import annotations

from verdir.engine.lines import Classification
from verdir.service.cache import ResultCache

pytest_plugins = ["service_fixtures"]


def _result(goal: int) -> Classification:
    return Classification({goal: 100}, goal, 1.0, "test")


def test_entries_live_for_one_version_only() -> None:
    cache = ResultCache(capacity=2)
    a, b, c = "a | | | | |", "b | | | | |", "c | | | | |"
    assert cache.get_many("v1", [a]) == {}
    cache.put_many("v1", [(a, _result(1)), (b, _result(2))])
    assert cache.get_many("v1", [a, b, c]) == {a: _result(1), b: _result(2)}
    cache.put_many("v1", [(c, _result(3))])  # capacity 2: the least recently used (a) goes
    assert set(cache.get_many("v1", [a, b, c])) == {b, c}
    assert cache.get_many("v2", [b, c]) == {}
    cache.put_many("v1", [(a, _result(1))])  # computed for a version that is gone: dropped
    assert cache.get_many("v2", [a]) == {}


def test_repeated_requests_are_identical_and_a_correction_invalidates(app, client) -> None:
    rows = [{"libelle": "ENTRETIEN TERRAIN DE FOOTBALL", "montant": 1}, {"libelle": "ECLAIRAGE STADE"}]
    first = client.post("/api/v1/classify", json={"rows": rows}).get_json()
    second = client.post("/api/v1/classify", json={"rows": [{**rows[0], "montant": 9}, rows[1]]}).get_json()
    assert second == first
    assert app.extensions["verdir"].results.hits >= 2
    client.post("/api/v1/corrections", json={"rows": [{"libelle": "ECLAIRAGE STADE", "odd": {"7": 100}}]})
    third = client.post("/api/v1/classify", json={"rows": rows}).get_json()
    assert third["model"] != first["model"]
    assert third["results"][1]["source"] == "correction"


def test_a_direction_read_from_the_whole_request_is_not_served_stale(app, client, monkeypatch) -> None:
    from verdir.service import runtime

    participatory = {"libelle": "BPA - DQXO - 14e ARRONDISSEMENT", "service": "DQXO",
                     "mission": "BUDGET PARTICIPATIF"}
    schools = [{"libelle": f"PEINTURE ECOLE {name}", "service": "DQXO", "mission": "AFFAIRES SCOLAIRES"}
               for name in ("PASTEUR", "JAURES", "CURIE")]
    alone = client.post("/api/v1/classify", json={"rows": [participatory]}).get_json()["results"][0]
    assert "lue dans les autres lignes" not in alone["explication"]
    # The same row in the whole table: classified again with what the table says of DQXO,
    # even when the engine gets the rows in chunks that split the direction's rows.
    monkeypatch.setattr(runtime, "CHUNK_ROWS", 1)
    table = client.post("/api/v1/classify", json={"rows": [participatory, *schools]}).get_json()
    first = table["results"][0]
    assert "DQXO = AFFAIRES SCOLAIRES" in first["explication"] and first["principal"] == 4
