"""GET /api/v1/export and POST /api/v1/import: everything taught, as one JSON file.

The file carries corrections, rules, glossary, custom frameworks (``frameworks``) and the
corrections of non-ODD frameworks (``framework_corrections``) with a format version, so a
neighbouring authority can start from it. The two framework sections are optional: files of
earlier versions import as before. Import validates the whole file first (nothing is stored from a
file with an error), then merges: what is new is added, what the authority already decided
is kept (local wins), and importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from flask import Blueprint, current_app, jsonify

from verdir import __version__
from verdir.frameworks import FrameworkError
from verdir.service.errors import ApiError
from verdir.service.frameworks import ODD, custom_name
from verdir.service.runtime import ServiceState, current_state
from verdir.service.serialise import correction_json, framework_correction_json, rule_json
from verdir.service.validation import (
    Where,
    check_keys,
    correction_rows,
    framework_axes,
    framework_correction_rows,
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
        "frameworks": [{"nom": f.name, "axes": [{"nom": n, "description": d, "exemples": e}
                                                for n, d, e in f.axes]}
                       for f in state.store.frameworks()],
        "framework_corrections": [framework_correction_json(item)
                                  for item in state.store.framework_corrections()],
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
    frameworks = _section("frameworks", lambda: _frameworks(body, limit))
    framework_corrections = _section("framework_corrections", lambda: _framework_corrections(
        state, body, limit, dict(frameworks)))
    counts = state.merge(corrections, rules, glossary, frameworks, framework_corrections)
    return jsonify({
        "model": state.version,
        **{kind: {"added": c.added, "unchanged": c.unchanged, "kept_local": c.kept_local}
           for kind, c in counts.items()},
    })


def _frameworks(body: dict, limit: int) -> list[tuple[str, list[tuple[str, str, list[str]]]]]:
    """The file's custom frameworks: [(name, axes)], each checked like PUT /frameworks/<name>."""
    found: list[tuple[str, list[tuple[str, str, list[str]]]]] = []
    for index, item in enumerate(row_list(body, "frameworks", limit, required=False)):
        where = Where(index + 1)
        if not isinstance(item, dict) or not isinstance(item.get("nom"), str):
            raise where.error('cadre attendu : {"nom": "mon-cadre", "axes": [...]}')
        check_keys(item, ("nom", "axes"), where, STORED_ONLY)
        try:
            name = custom_name(item["nom"])
        except FrameworkError as error:
            raise Where(index + 1, "nom").error(str(error)) from error
        try:
            found.append((name, framework_axes(item, name)))
        except ApiError as error:
            raise ApiError(error.status, f"ligne {index + 1}, {error.message}",
                           {"ligne": index + 1, "champ": "axes"}) from error
    return found


def _framework_corrections(state: ServiceState, body: dict, limit: int,
                           frameworks: dict[str, list[tuple[str, str, list[str]]]],
                           ) -> list[tuple[str, object, dict[str, object]]]:
    """The file's corrections of non-ODD frameworks, checked by their framework: the local one
    when it exists (local wins on import), else the one defined in the file."""
    rows = row_list(body, "framework_corrections", limit, required=False)
    by_framework: dict[str, list[tuple[int, dict]]] = {}
    for index, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("framework"), str):
            raise Where(index + 1, "framework").error("nom de cadre attendu")
        by_framework.setdefault(row["framework"], []).append((index, row))
    found: list[tuple[str, object, dict[str, object]]] = []
    for value, items in by_framework.items():
        first = items[0][0] + 1
        try:
            name = state.frameworks.resolve(value)
            framework = state.frameworks.get(name)
        except FrameworkError:
            name = value.strip().lower()
            if name not in frameworks:
                raise Where(first, "framework").error(f"cadre inconnu « {value[:60]} » (ni dans ce "
                                                      "service ni dans le fichier)") from None
            framework = state.frameworks.build_custom(name, frameworks[name])
        if name == ODD:
            raise Where(first, "framework").error("les corrections ODD vont dans la section "
                                                  "« corrections »")
        fields = {"rows": [{k: v for k, v in row.items() if k != "framework"} for _, row in items]}
        try:
            checked = framework_correction_rows(fields, "rows", limit, framework, ignored=STORED_ONLY)
        except ApiError as error:
            detail = error.detail if isinstance(error.detail, dict) else {}
            line = items[detail["ligne"] - 1][0] + 1 if "ligne" in detail else None
            message = error.message.split(" : ", 1)[-1] if line is not None else error.message
            raise ApiError(error.status, f"ligne {line} : {message}" if line else message,
                           {**detail, "ligne": line} if line else detail) from error
        found += [(name, line, values) for line, values in checked]
    return found
