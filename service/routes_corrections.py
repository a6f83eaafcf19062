"""/api/v1/corrections: what users corrected, stored durably and learnt at once.

``framework`` (body of POST, query of GET and DELETE) chooses the framework: ``odd`` by default,
whose corrections carry ``odd`` shares and retrain the model; the others carry ``valeurs``
({column: cell}) that override the framework's answer for the same line.
"""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from verdir.frameworks import FrameworkError
from verdir.service.errors import ApiError
from verdir.service.frameworks import ODD
from verdir.service.runtime import ServiceState, current_state
from verdir.service.serialise import correction_json, framework_correction_json, line_json, shares_json
from verdir.service.validation import (
    Where,
    check_keys,
    correction_rows,
    framework_correction_rows,
    json_object,
)

MAX_ID = 2**63 - 1  # largest SQLite integer

bp = Blueprint("corrections", __name__, url_prefix="/api/v1")


def _framework(state: ServiceState, value: object, where: Where) -> str:
    try:
        return state.frameworks.resolve(value)
    except FrameworkError as error:
        raise where.error(str(error)) from error


def _query_framework(state: ServiceState) -> str:
    return _framework(state, request.args.get("framework", ODD), Where(field="framework"))


@bp.post("/corrections")
def add_corrections():
    body = json_object()
    check_keys(body, ("rows", "framework"), Where())
    state = current_state()
    name = _framework(state, body.get("framework", ODD), Where(field="framework"))
    limit = current_app.config["MAX_ROWS"]
    if name != ODD:
        framework = state.frameworks.get(name)
        items = framework_correction_rows(body, "rows", limit, framework)
        if not items:
            raise Where(field="rows").error("aucune correction à enregistrer")
        ids = state.add_framework_corrections(name, items)
        stored = {c.id: c for c in state.store.framework_corrections(name)}
        return jsonify({"model": state.version, "framework": name, "saved": len(ids),
                        "corrections": [framework_correction_json(stored[i]) for i in ids if i in stored]})
    items = correction_rows(body, "rows", limit)
    if not items:
        raise Where(field="rows").error("aucune correction à enregistrer")
    ids = state.add_corrections(items)  # committed to disk before this answer is sent
    return jsonify({
        "model": state.version,
        "saved": len(ids),
        "corrections": [{"id": correction_id, **line_json(line), "odd": shares_json(shares)}
                        for correction_id, (line, shares) in zip(ids, items, strict=True)],
    })


@bp.get("/corrections")
def list_corrections():
    state = current_state()
    name = _query_framework(state)
    if name != ODD:
        items = state.store.framework_corrections(name)
        return jsonify({"framework": name, "count": len(items),
                        "corrections": [framework_correction_json(item) for item in items]})
    stored = state.store.corrections()
    return jsonify({"count": len(stored), "corrections": [correction_json(item) for item in stored]})


@bp.delete(f"/corrections/<int(max={MAX_ID}):correction_id>")
def delete_correction(correction_id: int):
    state = current_state()
    name = _query_framework(state)
    if name != ODD:
        removed_item = state.remove_framework_correction(name, correction_id)
        if removed_item is None:
            raise ApiError(404, f"correction {correction_id} introuvable pour le cadre « {name} »",
                           {"id": correction_id, "framework": name})
        return jsonify({"model": state.version, "deleted": framework_correction_json(removed_item)})
    removed = state.remove_correction(correction_id)
    if removed is None:
        raise ApiError(404, f"correction {correction_id} introuvable", {"id": correction_id})
    return jsonify({"model": state.version, "deleted": correction_json(removed)})
