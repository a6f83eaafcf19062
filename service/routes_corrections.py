"""/api/v1/corrections: what users corrected, stored durably and learnt at once."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify

from verdir.service.errors import ApiError
from verdir.service.runtime import current_state
from verdir.service.serialise import correction_json, line_json, shares_json
from verdir.service.validation import Where, check_keys, correction_rows, json_object

MAX_ID = 2**63 - 1  # largest SQLite integer

bp = Blueprint("corrections", __name__, url_prefix="/api/v1")


@bp.post("/corrections")
def add_corrections():
    body = json_object()
    check_keys(body, ("rows",), Where())
    items = correction_rows(body, "rows", current_app.config["MAX_ROWS"])
    if not items:
        raise Where(field="rows").error("aucune correction à enregistrer")
    state = current_state()
    ids = state.add_corrections(items)  # committed to disk before this answer is sent
    return jsonify({
        "model": state.version,
        "saved": len(ids),
        "corrections": [{"id": correction_id, **line_json(line), "odd": shares_json(shares)}
                        for correction_id, (line, shares) in zip(ids, items, strict=True)],
    })


@bp.get("/corrections")
def list_corrections():
    stored = current_state().store.corrections()
    return jsonify({"count": len(stored), "corrections": [correction_json(item) for item in stored]})


@bp.delete(f"/corrections/<int(max={MAX_ID}):correction_id>")
def delete_correction(correction_id: int):
    state = current_state()
    removed = state.remove_correction(correction_id)
    if removed is None:
        raise ApiError(404, f"correction {correction_id} introuvable", {"id": correction_id})
    return jsonify({"model": state.version, "deleted": correction_json(removed)})
