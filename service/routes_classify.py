"""POST /api/v1/classify: ODD shares of budget lines, in input order."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify

from verdir.service.runtime import current_state
from verdir.service.serialise import classification_json
from verdir.service.validation import Where, budget_line, check_keys, json_object, row_list

bp = Blueprint("classify", __name__, url_prefix="/api/v1")

FRAMEWORKS = ("odd",)


@bp.post("/classify")
def classify():
    body = json_object()
    check_keys(body, ("rows", "framework"), Where())
    framework = body.get("framework", "odd")
    if framework not in FRAMEWORKS:
        raise Where(field="framework").error(f"référentiel inconnu (attendu : {', '.join(FRAMEWORKS)})")
    rows = row_list(body, "rows", current_app.config["MAX_ROWS"])
    lines = [budget_line(row, index) for index, row in enumerate(rows)]
    state = current_state()
    model = state.version
    results = state.classify(lines)
    return jsonify({"model": model, "framework": framework,
                    "results": [classification_json(result) for result in results]})
