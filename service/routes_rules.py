"""/api/v1/rules: group decisions applied before the model (see verdir.engine.rules)."""

from __future__ import annotations

from flask import Blueprint, jsonify

from verdir.service.errors import ApiError
from verdir.service.runtime import current_state
from verdir.service.serialise import rule_json
from verdir.service.validation import json_object, rule_value

MAX_ID = 2**63 - 1  # largest SQLite integer

bp = Blueprint("rules", __name__, url_prefix="/api/v1")


@bp.post("/rules")
def add_rule():
    rule = rule_value(json_object())
    state = current_state()
    stored = state.save_rule(rule)
    return jsonify({"model": state.version, "rule": rule_json(stored)})


@bp.get("/rules")
def list_rules():
    stored = current_state().store.rules()
    return jsonify({"count": len(stored), "rules": [rule_json(item) for item in stored]})


@bp.delete(f"/rules/<int(max={MAX_ID}):rule_id>")
def delete_rule(rule_id: int):
    state = current_state()
    if not state.delete_rule(rule_id):
        raise ApiError(404, f"règle {rule_id} introuvable", {"id": rule_id})
    return jsonify({"model": state.version, "deleted": rule_id})
