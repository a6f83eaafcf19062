"""One error shape for every failure: ``{"erreur": "<French message>", "detail": ...}``.

Clients (the Excel add-in first) show ``erreur`` to the user as it is; ``detail`` names the
row and field when there is one (``{"ligne": 3, "champ": "odd"}``, ``ligne`` counting from 1
in the request's list). Never an HTML page, never a stack trace: unexpected exceptions are
logged (in English, with a reference) and answered with a 500 carrying that reference.
"""

from __future__ import annotations

import logging
import uuid

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger("verdir.service")

MESSAGES = {
    400: "requête invalide",
    401: "jeton d'accès manquant ou incorrect (en-tête X-Verdir-Token)",
    403: "accès refusé",
    404: "adresse inconnue du service Verdir",
    405: "méthode HTTP non prise en charge à cette adresse",
    413: "requête trop volumineuse",
    415: "le corps de la requête doit être du JSON",
    500: "erreur interne du service Verdir",
    503: "service momentanément indisponible",
}


class ApiError(Exception):
    """An expected refusal, answered with ``status`` and a French message."""

    def __init__(self, status: int, message: str, detail: object = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


def bad_request(message: str, detail: object = None) -> ApiError:
    return ApiError(400, message, detail)


def error_response(status: int, message: str, detail: object = None) -> Response:
    response = jsonify({"erreur": message, "detail": detail})
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.after_request
    def _log_refusals(response: Response) -> Response:
        if response.status_code >= 400:
            log.info("%s %s -> %d", request.method, request.path, response.status_code)
        return response

    @app.errorhandler(ApiError)
    def _api_error(error: ApiError) -> Response:
        return error_response(error.status, error.message, error.detail)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Response:
        status = error.code or 500
        message = MESSAGES.get(status, error.name)
        detail = None
        if status == 413:
            limit = app.config.get("MAX_CONTENT_LENGTH")
            message = f"requête trop volumineuse (plus de {limit // 2**20} Mo)" if limit else message
            detail = {"limite_octets": limit}
        elif status == 405:
            detail = {"methodes_acceptees": sorted(error.valid_methods or [])}  # type: ignore[attr-defined]
        response = error_response(status, message, detail)
        if status == 405 and getattr(error, "valid_methods", None):
            response.headers["Allow"] = ", ".join(error.valid_methods)  # type: ignore[attr-defined]
        return response

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Response:
        reference = uuid.uuid4().hex[:12]
        log.exception("Unexpected error (reference %s)", reference)
        return error_response(500, MESSAGES[500] + f" (référence {reference}, voir le journal)",
                              {"reference": reference})
