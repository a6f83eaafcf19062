"""/api/v1/glossary: the authority's own abbreviations, merged over the built-in glossary."""

from __future__ import annotations

from functools import cache

from flask import Blueprint, jsonify

from verdir.engine.glossary import load_builtin_entries
from verdir.service.runtime import current_state
from verdir.service.validation import Where, check_keys, glossary_value, json_object

bp = Blueprint("glossary", __name__, url_prefix="/api/v1")


@cache
def _builtin_count() -> int:
    return len(load_builtin_entries())


def _glossary_json():
    state = current_state()
    return jsonify({"model": state.version, "glossary": state.store.glossary(),
                    "builtin_entries": _builtin_count()})


@bp.get("/glossary")
def get_glossary():
    return _glossary_json()


@bp.put("/glossary")
def put_glossary():
    body = json_object()
    check_keys(body, ("glossary",), Where())
    if "glossary" not in body:
        raise Where(field="glossary").error("champ obligatoire manquant")
    current_state().set_glossary(glossary_value(body["glossary"]))
    return _glossary_json()
