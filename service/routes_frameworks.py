"""/api/v1/frameworks: the built-in frameworks and the authority's own (custom axes)."""

from __future__ import annotations

from flask import Blueprint, jsonify

from verdir.frameworks import BUILTIN, FrameworkError
from verdir.service.errors import ApiError
from verdir.service.frameworks import custom_name
from verdir.service.runtime import current_state
from verdir.service.validation import Where, check_keys, framework_axes, json_object

bp = Blueprint("frameworks", __name__, url_prefix="/api/v1")


def _name(value: str) -> str:
    try:
        return custom_name(value)
    except FrameworkError as error:
        raise Where(field="nom").error(str(error)) from error


@bp.get("/frameworks")
def list_frameworks():
    registry = current_state().frameworks
    items = [registry.describe(name) for name in registry.names()]
    return jsonify({"count": len(items), "frameworks": items})


@bp.get("/frameworks/<name>")
def get_framework(name: str):
    registry = current_state().frameworks
    try:
        return jsonify(registry.describe(registry.resolve(name)))
    except FrameworkError as error:
        raise ApiError(404, str(error), {"framework": name[:60]}) from error


@bp.put("/frameworks/<name>")
def put_framework(name: str):
    stored_name = _name(name)
    body = json_object()
    check_keys(body, ("axes",), Where())
    axes = framework_axes(body, stored_name)
    state = current_state()
    try:
        created, dropped = state.save_framework(stored_name, axes)
    except FrameworkError as error:
        raise Where(field="nom").error(str(error)) from error
    return jsonify({"model": state.version, "created": created, "corrections_abandonnees": dropped,
                    "framework": state.frameworks.describe(stored_name)})


@bp.delete("/frameworks/<name>")
def delete_framework(name: str):
    if name.strip().lower() in BUILTIN:
        raise Where(field="nom").error(f"« {name} » est un cadre intégré : il ne peut pas être supprimé")
    state = current_state()
    removed = state.delete_framework(name.strip().lower())
    if removed is None:
        raise ApiError(404, f"cadre personnalisé « {name[:60]} » introuvable", {"framework": name[:60]})
    return jsonify({"model": state.version, "deleted": name.strip().lower(),
                    "corrections_supprimees": removed})
