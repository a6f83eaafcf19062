"""POST /api/v1/classify: budget lines under a framework (ODD shares by default), in input order."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify

from verdir.frameworks import FrameworkError
from verdir.service.frameworks import ODD
from verdir.service.runtime import current_state
from verdir.service.serialise import classification_json, framework_result_json
from verdir.service.validation import Where, budget_line, check_keys, json_object, row_list

bp = Blueprint("classify", __name__, url_prefix="/api/v1")


@bp.post("/classify")
def classify():
    body = json_object()
    check_keys(body, ("rows", "framework"), Where())
    state = current_state()
    try:
        framework = state.frameworks.resolve(body.get("framework", ODD))
    except FrameworkError as error:
        raise Where(field="framework").error(str(error)) from error
    rows = row_list(body, "rows", current_app.config["MAX_ROWS"])
    lines = [budget_line(row, index) for index, row in enumerate(rows)]
    model = state.version
    if framework == ODD:
        results = state.classify(lines)
        return jsonify({"model": model, "framework": framework,
                        "results": [classification_json(result) for result in results]})
    chosen, answers = state.classify_framework(framework, lines)
    return jsonify({"model": model, "framework": framework, "titre": chosen.title,
                    "type": chosen.kind, "colonnes": list(chosen.output_columns),
                    "colonnes_valeurs": list(chosen.columns),
                    "results": [framework_result_json(chosen, result) for result in answers]})
