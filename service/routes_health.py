"""GET /api/v1/health (no token) and GET /api/v1/openapi.json."""

from __future__ import annotations

from flask import Blueprint, jsonify

from verdir import __version__
from verdir.service.openapi import openapi_document
from verdir.service.runtime import current_state

bp = Blueprint("health", __name__, url_prefix="/api/v1")


@bp.get("/health")
def health():
    state = current_state()
    return jsonify({
        "status": "ok",
        "version": __version__,
        "model": state.version,
        "corrections": state.store.count_corrections(),
        "rules": len(state.rules),
        "retraining": state.retraining,
        "uptime_s": round(state.uptime(), 1),
        "pid": state.pid,
    })


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())
