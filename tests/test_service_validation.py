"""Bad input never makes a 500, always gets the JSON error shape, and stores nothing.

Fast tests on the Flask test client (real engine, in process), then property-based fuzzing of
every endpoint's payload with hypothesis.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from verdir.service.runtime import ServiceState

pytest_plugins = ["service_fixtures"]

ROW = {"libelle": "ISOL THERM GS PASTEUR", "fonction": "212"}


def _error(answer, status: int) -> dict:
    assert answer.status_code == status, answer.get_data(as_text=True)
    assert answer.mimetype == "application/json"
    body = answer.get_json()
    assert set(body) == {"erreur", "detail"} and isinstance(body["erreur"], str) and body["erreur"]
    return body


def _snapshot(state: ServiceState) -> tuple:
    return ([(c.id, c.line, c.shares, c.updated_at) for c in state.store.corrections()],
            [(r.rule, r.rule.shares) for r in state.store.rules()], state.store.glossary(),
            dict(state.engine.corrections) if hasattr(state.engine, "corrections") else None)


@pytest.mark.parametrize("body, status, detail", [
    (b"", 400, None),
    (b"{", 400, None),
    (b"\xff\xfe\x00", 400, None),
    (b"[1, 2]", 400, None),
    (b'"rows"', 400, None),
    (b"null", 400, None),
    (b'{"rows": NaN}', 400, None),
    (b'{"rows": {"libelle": "x"}}', 400, {"champ": "rows"}),
    (b'{"rows": "x"}', 400, {"champ": "rows"}),
    (b'{"lignes": []}', 400, {"champ": "lignes"}),
    (b'{"rows": [], "framework": "gri"}', 400, {"champ": "framework"}),
    (b'{"rows": [{"libelle": "x"}, 3]}', 400, {"ligne": 2}),
    (b'{"rows": [{"libell\xc3\xa9": "x"}]}', 400, {"ligne": 1, "champ": "libellé"}),
    (b'{"rows": [{"libelle": ["x"]}]}', 400, {"ligne": 1, "champ": "libelle"}),
    (b'{"rows": [{"libelle": true}]}', 400, {"ligne": 1, "champ": "libelle"}),
    (b'{"rows": [{"libelle": {"a": 1}}]}', 400, {"ligne": 1, "champ": "libelle"}),
    (b'{"rows": [{"libelle": "x", "fonction": [212]}]}', 400, {"ligne": 1, "champ": "fonction"}),
    (b'{"rows": [{"libelle": "x", "montant": "beaucoup"}]}', 400, {"ligne": 1, "champ": "montant"}),
    (b'{"rows": [{"libelle": "x", "montant": 1e999}]}', 400, {"ligne": 1, "champ": "montant"}),
    (b'{"rows": [{"libelle": "x", "fonction": 1e999}]}', 400, {"ligne": 1, "champ": "fonction"}),
    (b"[" * 100_000 + b"]" * 100_000, 400, None),
])
def test_malformed_classify_requests(client, body: bytes, status: int, detail: dict | None) -> None:
    answer = client.post("/api/v1/classify", data=body, content_type="application/json")
    error = _error(answer, status)
    if detail is not None:
        assert error["detail"] == detail


def test_excel_style_values_are_accepted(client) -> None:
    rows = [{"libelle": "ISOL THERM GS PASTEUR", "fonction": 212.0, "nature": 2313, "chapitre": None,
             "montant": "1 200,50"}, {"libelle": 2024}, {"libelle": None, "montant": None}]
    answer = client.post("/api/v1/classify", json={"rows": rows})
    assert answer.status_code == 200
    results = answer.get_json()["results"]
    assert len(results) == 3 and results[2]["source"] == "vide"
    same = client.post("/api/v1/classify", json={"rows": [{"libelle": "ISOL THERM GS PASTEUR",
                                                           "fonction": "212", "nature": "2313"}]})
    assert same.get_json()["results"][0] == results[0]


@pytest.mark.parametrize("odd, message", [
    ({"4": 90}, "90 au lieu de 100"),
    ({"18": 100}, "n'est pas un ODD"),
    ({"0": 100}, "n'est pas un ODD"),
    ({"04": 100}, "n'est pas un ODD"),
    ({"4": "100"}, "pourcentage"),
    ({"4": True}, "pourcentage"),
    ({"4": 50.5, "5": 49.5}, "entier"),
    ({"4": -10, "5": 110}, "entier positif"),
    ({"4": 10**400}, "pourcentage"),
    ({}, "0 au lieu de 100"),
    ([4, 100], "répartition"),
    ("4:100", "répartition"),
])
def test_invalid_corrections_are_refused_and_not_stored(app, client, odd, message: str) -> None:
    state = app.extensions["verdir"]
    before = _snapshot(state)
    rows = [{**ROW, "odd": {"7": 100}}, {"libelle": "AUTRE LIGNE", "odd": odd}]
    error = _error(client.post("/api/v1/corrections", json={"rows": rows}), 400)
    assert message in error["erreur"]
    assert error["detail"] == {"ligne": 2, "champ": "odd"}
    assert _snapshot(state) == before


@pytest.mark.parametrize("rows, detail", [
    ([{"libelle": "ECOLE"}], {"ligne": 1, "champ": "odd"}),
    ([{"libelle": "1234", "odd": {"4": 100}}], {"ligne": 1, "champ": "libelle"}),
    ([], {"champ": "rows"}),
])
def test_corrections_need_a_label_and_shares(app, client, rows, detail) -> None:
    before = _snapshot(app.extensions["verdir"])
    assert _error(client.post("/api/v1/corrections", json={"rows": rows}), 400)["detail"] == detail
    assert _snapshot(app.extensions["verdir"]) == before


@pytest.mark.parametrize("rule, field", [
    ({"colonne": "compte", "valeur": "21", "odd": {"4": 100}}, None),
    ({"colonne": "fonction", "valeur": "vingt", "odd": {"4": 100}}, None),
    ({"colonne": "fonction", "valeur": "21", "odd": {"4": 100}, "correspondance": "environ"}, None),
    ({"colonne": "fonction", "valeur": "21"}, "odd"),
    ({"colonne": "fonction", "odd": {"4": 100}}, "valeur"),
    ({"colonne": "service", "valeur": "  ", "odd": {"4": 100}}, None),
    ({"colonne": "fonction", "valeur": "21", "odd": {"4": 100}, "priorite": 1}, "priorite"),
    ({"colonne": 7, "valeur": "21", "odd": {"4": 100}}, "colonne"),
    ({"colonne": "fonction", "valeur": [21], "odd": {"4": 100}}, "valeur"),
])
def test_invalid_rules_are_refused(app, client, rule: dict, field: str | None) -> None:
    error = _error(client.post("/api/v1/rules", json=rule), 400)
    if field:
        assert error["detail"]["champ"] == field
    assert app.extensions["verdir"].store.rules() == []


@pytest.mark.parametrize("glossary", [
    {"DAI": ""}, {"": "vide"}, {"D A I": "espaces"}, {"DAI": 3}, {"DAI": "x", "dai": "y"}, ["DAI"],
    {"X" * 41: "trop long"},
])
def test_invalid_glossaries_are_refused(app, client, glossary) -> None:
    _error(client.put("/api/v1/glossary", json={"glossary": glossary}), 400)
    assert app.extensions["verdir"].store.glossary() == {}


@pytest.mark.parametrize("document, section", [
    ({"format": "autre", "format_version": 1}, None),
    ({"format": "verdir-learning", "format_version": 2}, None),
    ({"format": "verdir-learning", "format_version": "1"}, None),
    ({"format": "verdir-learning", "format_version": 1,
      "corrections": [{"libelle": "A", "odd": {"4": 100}}, {"libelle": "B", "odd": {"4": 50}}]},
     "corrections"),
    ({"format": "verdir-learning", "format_version": 1, "corrections": [{"libelle": "A", "odd": {"4": 100}}],
      "rules": [{"colonne": "fonction", "valeur": "x", "odd": {"4": 100}}]}, "rules"),
    ({"format": "verdir-learning", "format_version": 1, "corrections": [{"libelle": "A", "odd": {"4": 100}}],
      "glossary": {"A B": "c"}}, "glossary"),
])
def test_a_file_with_one_error_imports_nothing(app, client, document: dict, section: str | None) -> None:
    before = _snapshot(app.extensions["verdir"])
    error = _error(client.post("/api/v1/import", json=document), 400)
    if section:
        assert error["detail"]["section"] == section
    assert _snapshot(app.extensions["verdir"]) == before


def test_export_import_round_trip_in_process(app, client) -> None:
    client.post("/api/v1/corrections", json={"rows": [{**ROW, "odd": {"7": 60, "4": 40}}]})
    client.post("/api/v1/rules", json={"colonne": "mission", "valeur": "Culture", "odd": {"11": 100}})
    client.put("/api/v1/glossary", json={"glossary": {"ZQPV": "parc de la vallée"}})
    document = client.get("/api/v1/export").get_json()
    again = client.post("/api/v1/import", json=document).get_json()
    for kind in ("corrections", "rules", "glossary"):
        assert again[kind] == {"added": 0, "unchanged": 1, "kept_local": 0}


def test_405_and_404_are_json(client) -> None:
    assert _error(client.get("/api/v1/classify"), 405)["detail"]["methodes_acceptees"]
    _error(client.delete("/api/v1/corrections/999"), 404)
    _error(client.delete("/api/v1/rules/999"), 404)
    _error(client.get("/"), 404)


# ------------------------------------------------------------------------- fuzzing
# Payloads are either valid ones with one random mutation somewhere (so that every layer of
# validation is reached, and many are accepted), or arbitrary JSON, or arbitrary bytes.
FIELDS = ["libelle", "chapitre", "nature", "fonction", "service", "mission", "montant", "odd",
          "colonne", "valeur", "correspondance", "rows", "glossary", "format", "format_version",
          "corrections", "rules", "framework", "id", "libellé", ""]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
                    st.sampled_from(["21", "212", "4", "100", "odd", "verdir-learning", "exacte", ""]))
json_values = st.recursive(scalars, lambda children: st.one_of(
    st.lists(children, max_size=4),
    st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=8)), children, max_size=5)),
    max_leaves=20)
labels = st.from_regex(r"[A-Z][A-Z ]{2,30}[A-Z]", fullmatch=True)
codes = st.one_of(st.none(), st.from_regex(r"[0-9]{1,4}", fullmatch=True), st.integers(0, 9999))


@st.composite
def distributions(draw) -> dict[str, int]:
    goals = draw(st.lists(st.integers(1, 17), min_size=1, max_size=3, unique=True))
    cuts = sorted(draw(st.lists(st.integers(1, 19), min_size=len(goals) - 1, max_size=len(goals) - 1,
                                unique=True)))
    bounds = [0, *(5 * cut for cut in cuts), 100]
    return {str(goal): bounds[i + 1] - bounds[i] for i, goal in enumerate(goals)}


rows = st.fixed_dictionaries({"libelle": labels}, optional={
    "fonction": codes, "nature": codes, "chapitre": codes, "service": st.one_of(labels, st.none()),
    "mission": labels, "montant": st.one_of(st.none(), st.floats(-1e9, 1e9), st.integers(-10**6, 10**6))})
correction_rows = rows.flatmap(lambda row: distributions().map(lambda odd: {**row, "odd": odd}))
rules = st.fixed_dictionaries(
    {"colonne": st.sampled_from(["fonction", "nature", "chapitre"]),
     "valeur": st.one_of(st.from_regex(r"[0-9]{1,4}", fullmatch=True), st.integers(0, 9999)),
     "odd": distributions()},
    optional={"correspondance": st.sampled_from(["exacte", "prefixe", "contient"])})
glossaries = st.dictionaries(st.from_regex(r"[A-Z]{2,6}", fullmatch=True), labels, max_size=3)
VALID = {
    "/api/v1/classify": st.fixed_dictionaries({"rows": st.lists(rows, max_size=4)},
                                              optional={"framework": st.just("odd")}),
    "/api/v1/corrections": st.fixed_dictionaries({"rows": st.lists(correction_rows, min_size=1, max_size=3)}),
    "/api/v1/rules": rules,
    "/api/v1/glossary": st.fixed_dictionaries({"glossary": glossaries}),
    "/api/v1/import": st.fixed_dictionaries(
        {"format": st.just("verdir-learning"), "format_version": st.just(1)},
        optional={"corrections": st.lists(correction_rows, max_size=3), "rules": st.lists(rules, max_size=2),
                  "glossary": glossaries}),
}
METHODS = {"/api/v1/glossary": "put"}


@st.composite
def mutated(draw, valid: st.SearchStrategy) -> object:
    """A valid payload with at most one change: a value replaced, a key removed or added."""
    value = draw(valid)
    if draw(st.booleans()):
        return value
    containers = [value]
    while True:  # walk down to a random container
        node = containers[-1]
        children = [child for child in (node.values() if isinstance(node, dict) else node)
                    if isinstance(child, dict | list) and child]
        if not children or draw(st.booleans()):
            break
        containers.append(draw(st.sampled_from(children)))
    node = containers[-1]
    action = draw(st.sampled_from(["replace", "remove", "add"]))
    if isinstance(node, dict):
        if action == "add" or not node:
            node[draw(st.one_of(st.sampled_from(FIELDS), st.text(max_size=8)))] = draw(json_values)
        elif action == "remove":
            del node[draw(st.sampled_from(sorted(node)))]
        else:
            node[draw(st.sampled_from(sorted(node)))] = draw(json_values)
    elif isinstance(node, list):
        if action == "add" or not node:
            node.append(draw(json_values))
        elif action == "remove":
            node.pop(draw(st.integers(0, len(node) - 1)))
        else:
            node[draw(st.integers(0, len(node) - 1))] = draw(json_values)
    return value


def _encode(payload: object) -> bytes:
    return json.dumps(payload, allow_nan=True).encode()


@st.composite
def requests_bodies(draw) -> tuple[str, bytes]:
    path = draw(st.sampled_from(sorted(VALID)))
    kind = draw(st.sampled_from(["mutated"] * 6 + ["json", "bytes"]))
    if kind == "mutated":
        body = _encode(draw(mutated(VALID[path])))
    elif kind == "json":
        body = _encode(draw(json_values))
    else:
        body = draw(st.binary(max_size=60))
    return path, body


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(request=requests_bodies())
def test_fuzzed_payloads_never_crash_and_rejections_store_nothing(app, client, request) -> None:
    path, body = request
    state = app.extensions["verdir"]
    before = _snapshot(state)
    answer = getattr(client, METHODS.get(path, "post"))(path, data=body, content_type="application/json")
    event(f"{path} -> {answer.status_code}")
    assert answer.status_code != 500, answer.get_data(as_text=True)
    assert answer.mimetype == "application/json"
    result = answer.get_json()
    if answer.status_code >= 400:
        assert answer.status_code in (400, 413)
        assert set(result) == {"erreur", "detail"} and result["erreur"]
        assert _snapshot(state) == before
    elif path.endswith("classify"):
        assert len(result["results"]) == len(json.loads(body)["rows"])
        assert all(sum(r["odd"].values()) in (0, 100) for r in result["results"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(correction_id=st.one_of(st.integers(-5, 10**20), st.text("abc-_.~0123456789", max_size=10)),
       method=st.sampled_from(["get", "delete", "put", "post"]),
       kind=st.sampled_from(["corrections", "rules"]))
def test_fuzzed_item_urls_answer_json(client, correction_id, method: str, kind: str) -> None:
    answer = getattr(client, method)(f"/api/v1/{kind}/{correction_id}")
    assert answer.status_code in (404, 405)
    assert set(answer.get_json()) == {"erreur", "detail"}
