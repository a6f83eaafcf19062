"""GET /api/v1/export and POST /api/v1/import: everything taught, as one JSON file.

The file carries corrections, rules and glossary with a format version, so a neighbouring
authority can start from it. Import validates the whole file first (nothing is stored from a
file with an error), then merges: what is new is added, what the authority already decided
is kept (local wins), and importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from flask import Blueprint, current_app, jsonify

from verdir import __version__
from verdir.service.errors import ApiError
from verdir.service.runtime import current_state
from verdir.service.serialise import correction_json, rule_json
from verdir.service.validation import (
    Where,
    correction_rows,
    glossary_value,
    json_object,
    row_list,
    rule_value,
)

bp = Blueprint("transfer", __name__, url_prefix="/api/v1")

FILE_FORMAT = "verdir-learning"
FORMAT_VERSION = 1
STORED_ONLY = ("id", "created_at", "updated_at")  # in exported items, ignored on import
T = TypeVar("T")


def _section(name: str, parse: Callable[[], T]) -> T:
    """Run a parser, naming the file's section in any refusal."""
    try:
        return parse()
    except ApiError as error:
        detail = error.detail if isinstance(error.detail, dict) else {}
        raise ApiError(error.status, f"section « {name} », {error.message}",
                       {"section": name, **detail}) from error


@bp.get("/export")
def export():
    state = current_state()
    document = {
        "format": FILE_FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "verdir_version": __version__,
        "model": state.version,
        "corrections": [correction_json(item) for item in state.store.corrections()],
        "rules": [rule_json(item) for item in state.store.rules()],
        "glossary": state.store.glossary(),
    }
    response = jsonify(document)
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    response.headers["Content-Disposition"] = f'attachment; filename="verdir-apprentissage-{stamp}.json"'
    return response


@bp.post("/import")
def import_file():
    body = json_object(what="le fichier importé")
    if body.get("format") != FILE_FORMAT:
        raise Where(field="format").error(f"ce n'est pas un fichier d'apprentissage Verdir "
                                          f"(« format » doit valoir « {FILE_FORMAT} »)")
    version = body.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise Where(field="format_version").error("version de format invalide")
    if version > FORMAT_VERSION:
        raise Where(field="format_version").error(
            f"fichier produit par une version plus récente de Verdir (format {version}, "
            f"cette version lit le format {FORMAT_VERSION})")
    limit = current_app.config["MAX_IMPORT_ITEMS"]
    corrections = _section("corrections", lambda: correction_rows(
        body, "corrections", limit, ignored=STORED_ONLY) if body.get("corrections") is not None else [])
    rules = _section("rules", lambda: [
        rule_value(item, Where(index + 1), ignored=STORED_ONLY)
        for index, item in enumerate(row_list(body, "rules", limit, required=False))])
    glossary = _section("glossary", lambda: glossary_value(body["glossary"])
                        if body.get("glossary") is not None else {})
    state = current_state()
    counts = state.merge(corrections, rules, glossary)
    return jsonify({
        "model": state.version,
        **{kind: {"added": c.added, "unchanged": c.unchanged, "kept_local": c.kept_local}
           for kind, c in counts.items()},
    })
