"""The OpenAPI 3 description of the service, served at GET /api/v1/openapi.json."""

from __future__ import annotations

from typing import Any

from verdir import __version__


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "401": {"$ref": "#/components/responses/Unauthorized"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "413": {"$ref": "#/components/responses/TooLarge"},
}

TEXT_OR_NUMBER = {"oneOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}]}

SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object", "required": ["erreur"],
        "properties": {
            "erreur": {"type": "string", "description": "Message en français, à montrer tel quel."},
            "detail": {"description": "Ligne (à partir de 1) et champ en cause, limite atteinte…",
                       "nullable": True},
        },
    },
    "Shares": {
        "type": "object", "description": "ODD (\"1\" à \"17\") -> pourcentage entier ; somme 100.",
        "additionalProperties": {"type": "integer", "minimum": 0, "maximum": 100},
        "example": {"4": 85, "11": 15},
    },
    "Row": {
        "type": "object", "additionalProperties": False,
        "properties": {
            "libelle": {**TEXT_OR_NUMBER, "description": "Libellé de la ligne (au plus 1 000 caractères)."},
            "chapitre": TEXT_OR_NUMBER, "nature": TEXT_OR_NUMBER, "fonction": TEXT_OR_NUMBER,
            "service": TEXT_OR_NUMBER, "mission": TEXT_OR_NUMBER,
            "montant": {"oneOf": [{"type": "number"}, {"type": "string"}, {"type": "null"}]},
        },
        "example": {"libelle": "ISOL THERM GS PASTEUR", "fonction": "212", "nature": "2313",
                    "montant": 120000},
    },
    "CorrectionRow": {"allOf": [_ref("Row"), {"type": "object", "required": ["libelle", "odd"],
                                              "properties": {"odd": _ref("Shares")}}]},
    "Result": {
        "type": "object",
        "properties": {
            "odd": _ref("Shares"),
            "principal": {"type": "integer", "nullable": True},
            "confiance": {"type": "number", "minimum": 0, "maximum": 1},
            "explication": {"type": "string"},
            "sigles_inconnus": {"type": "array", "items": {"type": "string"}},
            "source": {"type": "string", "enum": ["modele", "correction", "regle", "vide"]},
        },
    },
    "FrameworkResult": {
        "type": "object",
        "description": "Une ligne sous un cadre autre que odd.",
        "properties": {
            "valeurs": {"type": "object", "additionalProperties": {
                "oneOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]},
                "description": "Colonne de valeur -> cellule : cotation (« favorable », « favorable "
                               "60 % / neutre 40 % ») pour l'annexe verte, pourcentage entier pour un "
                               "cadre personnalisé.",
                "example": {"Axe 1 Atténuation": "favorable", "Axe 2 Adaptation": "neutre"}},
            "principal": {"type": "string", "nullable": True},
            "confiance": {"type": "number", "minimum": 0, "maximum": 1},
            "explication": {"type": "string"},
            "source": {"type": "string", "enum": ["modele", "correction", "regle", "vide"]},
            "synthese": {"type": "string", "description": "Annexe verte seulement."},
        },
    },
    "FrameworkCorrectionRow": {"allOf": [_ref("Row"), {"type": "object", "required": ["libelle", "valeurs"],
                                                       "properties": {"valeurs": {
                                                           "type": "object",
                                                           "example": {"Axe 3 Eau": "favorable"}}}}]},
    "FrameworkCorrection": {"allOf": [_ref("FrameworkCorrectionRow"), {"type": "object", "properties": {
        "id": {"type": "integer"}, "framework": {"type": "string"},
        "created_at": {"type": "string"}, "updated_at": {"type": "string"}}}]},
    "Axis": {
        "type": "object", "required": ["nom"], "additionalProperties": False,
        "properties": {"nom": {"type": "string", "maxLength": 60},
                       "description": {"type": "string", "maxLength": 2000},
                       "exemples": {"type": "array", "items": {"type": "string"}}},
        "example": {"nom": "Mobilité", "description": "transports en commun, vélo, voirie",
                    "exemples": ["PISTE CYCLABLE AV JAURES"]},
    },
    "Framework": {
        "type": "object",
        "properties": {
            "nom": {"type": "string"}, "titre": {"type": "string"},
            "type": {"type": "string", "enum": ["pourcentages", "cotations"]},
            "personnalise": {"type": "boolean"},
            "colonnes": {"type": "array", "items": {"type": "string"},
                         "description": "Colonnes que le cadre ajoute à un tableau, dans l'ordre."},
            "colonnes_valeurs": {"type": "array", "items": {"type": "string"},
                                 "description": "Celles qu'une correction peut changer."},
            "axes": {"type": "array", "items": _ref("Axis"), "description": "Cadre personnalisé."},
        },
    },
    "Correction": {"allOf": [_ref("CorrectionRow"), {"type": "object", "properties": {
        "id": {"type": "integer"}, "created_at": {"type": "string"}, "updated_at": {"type": "string"}}}]},
    "Rule": {
        "type": "object", "required": ["colonne", "valeur", "odd"],
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "colonne": {"type": "string",
                        "enum": ["libelle", "nature", "fonction", "chapitre", "service", "mission"]},
            "valeur": {"oneOf": [{"type": "string"}, {"type": "number"}]},
            "correspondance": {
                "type": "string", "enum": ["exacte", "prefixe", "contient"],
                "description": "Par défaut « prefixe » pour fonction/nature/chapitre (« 21 » couvre "
                               "« 212 »), « exacte » pour libellé/service/mission."},
            "odd": _ref("Shares"),
            "created_at": {"type": "string", "readOnly": True},
        },
        "example": {"colonne": "fonction", "valeur": "21", "odd": {"4": 100}},
    },
    "Glossary": {"type": "object", "additionalProperties": {"type": "string"},
                 "example": {"DAI": "direction des affaires immobilières"}},
    "LearningFile": {
        "type": "object", "required": ["format", "format_version"],
        "properties": {
            "format": {"type": "string", "enum": ["verdir-learning"]},
            "format_version": {"type": "integer", "enum": [1]},
            "exported_at": {"type": "string"}, "model": {"type": "string"},
            "corrections": {"type": "array", "items": _ref("Correction")},
            "rules": {"type": "array", "items": _ref("Rule")},
            "glossary": _ref("Glossary"),
            "frameworks": {"type": "array", "items": {"type": "object", "properties": {
                "nom": {"type": "string"}, "axes": {"type": "array", "items": _ref("Axis")}}},
                "description": "Cadres personnalisés (facultatif)."},
            "framework_corrections": {"type": "array", "items": _ref("FrameworkCorrection"),
                                      "description": "Corrections des cadres autres que odd "
                                                     "(facultatif)."},
        },
    },
    "MergeCounts": {"type": "object", "properties": {
        "added": {"type": "integer"}, "unchanged": {"type": "integer"},
        "kept_local": {"type": "integer",
                       "description": "Même clé, contenu différent : le local est gardé."}}},
    "DashboardChart": {
        "type": "object", "nullable": True,
        "description": "Graphique tracé à partir des lignes du tableau (sans la ligne Total).",
        "properties": {
            "kind": {"type": "string", "enum": ["goals", "stacked"],
                     "description": "goals : histogramme, une barre par ODD dans sa couleur ; stacked : "
                                    "barres empilées, une série par colonne ODD."},
            "title": {"type": "string"}, "axis_title": {"type": "string"},
            "axis_format": {"type": "string", "description": "Format Excel de l'axe des valeurs."},
            "category_column": {"type": "integer", "description": "Indice (à partir de 0) de la colonne "
                                                                  "des catégories."},
            "value_columns": {"type": "array", "items": {"type": "integer"},
                              "description": "Indices (à partir de 0) des colonnes tracées, une série "
                                             "chacune."},
            "series_colours": {"type": "array", "items": {"type": "string"},
                               "description": "Couleur RRGGBB de chaque série."},
            "point_colours": {"type": "array", "items": {"type": "string", "nullable": True},
                              "description": "goals : couleur RRGGBB de chaque barre (ligne du "
                                             "tableau)."},
        },
    },
    "DashboardTable": {
        "type": "object",
        "properties": {
            "key": {"type": "string", "example": "odd"}, "title": {"type": "string"},
            "description": {"type": "string"},
            "columns": {"type": "array", "items": {"type": "object", "properties": {
                "header": {"type": "string"},
                "kind": {"type": "string", "enum": ["text", "amount", "euros", "share", "percent", "count"]},
                "goal": {"type": "integer", "nullable": True},
                "number_format": {"type": "string", "nullable": True,
                                  "description": "Format Excel des cellules (null : texte)."}}}},
            "rows": {"type": "array", "items": {"type": "array", "items": {}}},
            "total_row": {"type": "boolean", "description": "La dernière ligne est un total."},
            "chart": _ref("DashboardChart"),
        },
    },
}


def _error_response(description: str) -> dict[str, Any]:
    return _json(_ref("Error"), description)


FRAMEWORK_QUERY = {"name": "framework", "in": "query", "required": False,
                   "schema": {"type": "string", "default": "odd"}}


PATHS: dict[str, Any] = {
    "/api/v1/health": {"get": {
        "summary": "État du service (sans jeton)", "security": [],
        "responses": {"200": _json({"type": "object", "properties": {
            "status": {"type": "string"}, "version": {"type": "string"}, "model": {"type": "string"},
            "corrections": {"type": "integer"}, "rules": {"type": "integer"},
            "retraining": {"type": "string", "enum": ["idle", "pending", "running", "disabled"]},
            "uptime_s": {"type": "number"}, "pid": {"type": "integer"}}})}}},
    "/api/v1/openapi.json": {"get": {"summary": "Ce document", "responses": {"200": {"description": "OK"}}}},
    "/api/v1/classify": {"post": {
        "summary": "Classer des lignes budgétaires : par ODD, selon l'annexe verte ou un cadre "
                   "personnalisé (au plus 20 000 par requête)",
        "requestBody": _body({"type": "object", "required": ["rows"], "properties": {
            "rows": {"type": "array", "maxItems": 20000, "items": _ref("Row")},
            "framework": {"type": "string", "default": "odd",
                          "description": "odd, annexe-verte ou le nom d'un cadre personnalisé."}}}),
        "responses": {"200": _json({"type": "object", "properties": {
            "model": {"type": "string"}, "framework": {"type": "string"},
            "colonnes": {"type": "array", "items": {"type": "string"},
                         "description": "Cadres autres que odd : colonnes à écrire, dans l'ordre."},
            "colonnes_valeurs": {"type": "array", "items": {"type": "string"}},
            "results": {"type": "array", "items": {"oneOf": [_ref("Result"), _ref("FrameworkResult")]},
                        "description": "Dans l'ordre des lignes envoyées."}}}), **ERRORS}}},
    "/api/v1/corrections": {
        "post": {
            "summary": "Enregistrer des corrections (durables avant la réponse, apprises aussitôt)",
            "requestBody": _body({"type": "object", "required": ["rows"], "properties": {
                "framework": {"type": "string", "default": "odd",
                              "description": "odd : lignes avec « odd » ; autre cadre : lignes avec "
                                             "« valeurs »."},
                "rows": {"type": "array", "items": {"oneOf": [_ref("CorrectionRow"),
                                                              _ref("FrameworkCorrectionRow")]}}}}),
            "responses": {"200": _json({"type": "object", "properties": {
                "model": {"type": "string"}, "saved": {"type": "integer"},
                "corrections": {"type": "array", "items": {"oneOf": [
                    _ref("Correction"), _ref("FrameworkCorrection")]}}}}), **ERRORS}},
        "get": {"summary": "Lister les corrections d'un cadre (odd par défaut)",
                "parameters": [FRAMEWORK_QUERY],
                "responses": {"200": _json({
                    "type": "object", "properties": {
                        "count": {"type": "integer"},
                        "corrections": {"type": "array", "items": {"oneOf": [
                            _ref("Correction"), _ref("FrameworkCorrection")]}}}}), **ERRORS}},
    },
    "/api/v1/corrections/{id}": {"delete": {
        "summary": "Supprimer une correction (du cadre « framework », odd par défaut)",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                       FRAMEWORK_QUERY],
        "responses": {"200": {"description": "Supprimée"},
                      "404": _error_response("Correction introuvable")}}},
    "/api/v1/rules": {
        "post": {"summary": "Ajouter (ou remplacer) une règle de groupe", "requestBody": _body(_ref("Rule")),
                 "responses": {"200": _json({"type": "object", "properties": {
                     "model": {"type": "string"}, "rule": _ref("Rule")}}), **ERRORS}},
        "get": {"summary": "Lister les règles", "responses": {"200": _json({"type": "object", "properties": {
            "count": {"type": "integer"}, "rules": {"type": "array", "items": _ref("Rule")}}})}},
    },
    "/api/v1/rules/{id}": {"delete": {
        "summary": "Supprimer une règle",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
        "responses": {"200": {"description": "Supprimée"}, "404": _error_response("Règle introuvable")}}},
    "/api/v1/glossary": {
        "get": {"summary": "Sigles propres à la collectivité", "responses": {"200": _json({
            "type": "object", "properties": {"model": {"type": "string"}, "glossary": _ref("Glossary"),
                                             "builtin_entries": {"type": "integer"}}})}},
        "put": {"summary": "Remplacer les sigles propres à la collectivité",
                "requestBody": _body({"type": "object", "required": ["glossary"],
                                      "properties": {"glossary": _ref("Glossary")}}),
                "responses": {"200": {"description": "Comme GET"}, **ERRORS}},
    },
    "/api/v1/dashboard": {"post": {
        "summary": "Tableau de bord ODD d'un tableau classé (les chiffres de « verdir report »)",
        "requestBody": _body({"type": "object", "required": ["columns", "rows"], "properties": {
            "columns": {"type": "array", "maxItems": 1000, "items": TEXT_OR_NUMBER,
                        "description": "En-têtes : colonnes de l'utilisateur et colonnes de Verdir "
                                       "(ODD 1 … ODD 17, ODD principal, Confiance, Sigles inconnus)."},
            "rows": {"type": "array", "maxItems": 200000,
                     "items": {"type": "array", "items": {"oneOf": [
                         {"type": "string"}, {"type": "number"}, {"type": "boolean"}, {"type": "null"}]}},
                     "description": "Les lignes du tableau, cellule par cellule, dans l'ordre des "
                                    "en-têtes."},
            "titre": {"type": "string", "maxLength": 200,
                      "description": "Ajouté au titre : « Tableau de bord ODD — titre »."},
            "ligne_entete": {"type": "integer", "minimum": 1, "default": 1,
                             "description": "Ligne de l'en-tête dans la feuille, pour que les numéros de "
                                            "ligne cités soient ceux de la feuille."}}}),
        "responses": {"200": _json({"type": "object", "properties": {
            "title": {"type": "string"}, "subtitle": {"type": "string"},
            "notes": {"type": "array", "items": {"type": "string"}},
            "unit": {"type": "string", "enum": ["euros", "lignes"]},
            "classified_rows": {"type": "integer"}, "total": {"type": "number"},
            "goal_colours": {"type": "object", "additionalProperties": {"type": "string"},
                             "example": {"1": "E5243B", "4": "C5192D"}},
            "tables": {"type": "array", "items": _ref("DashboardTable")}}}), **ERRORS}}},
    "/api/v1/frameworks": {"get": {
        "summary": "Cadres connus : odd, annexe-verte et les cadres personnalisés",
        "responses": {"200": _json({"type": "object", "properties": {
            "count": {"type": "integer"}, "frameworks": {"type": "array", "items": _ref("Framework")}}})}}},
    "/api/v1/frameworks/{name}": {
        "parameters": [{"name": "name", "in": "path", "required": True, "schema": {
            "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,59}$"}}],
        "get": {"summary": "Un cadre", "responses": {"200": _json(_ref("Framework")),
                                                     "404": _error_response("Cadre inconnu")}},
        "put": {"summary": "Créer ou remplacer un cadre personnalisé (axes : nom, description, exemples)",
                "requestBody": _body({"type": "object", "required": ["axes"], "properties": {
                    "axes": {"type": "array", "minItems": 2, "maxItems": 100, "items": _ref("Axis")}}}),
                "responses": {"200": _json({"type": "object", "properties": {
                    "model": {"type": "string"}, "created": {"type": "boolean"},
                    "corrections_abandonnees": {"type": "integer", "description": "Corrections qui ne "
                                                "correspondent plus aux nouveaux axes, supprimées."},
                    "framework": _ref("Framework")}}), **ERRORS}},
        "delete": {"summary": "Supprimer un cadre personnalisé et ses corrections",
                   "responses": {"200": {"description": "Supprimé"},
                                 "400": _error_response("Cadre intégré"),
                                 "404": _error_response("Cadre inconnu")}},
    },
    "/api/v1/export": {"get": {"summary": "Tout ce que la collectivité a appris à Verdir (un fichier)",
                               "responses": {"200": _json(_ref("LearningFile"))}}},
    "/api/v1/import": {"post": {
        "summary": "Fusionner un fichier exporté (idempotent ; le local l'emporte en cas de conflit)",
        "requestBody": _body(_ref("LearningFile")),
        "responses": {"200": _json({"type": "object", "properties": {
            "model": {"type": "string"}, "corrections": _ref("MergeCounts"), "rules": _ref("MergeCounts"),
            "glossary": _ref("MergeCounts"), "frameworks": _ref("MergeCounts"),
            "framework_corrections": _ref("MergeCounts")}}), **ERRORS}}},
}


def openapi_document() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Verdir — service local",
            "version": __version__,
            "description": "Ventilation des lignes d'un budget municipal par ODD, cotation selon "
                           "l'annexe verte ou selon les axes de la collectivité, sur le poste. "
                           "Toutes les erreurs ont la forme {\"erreur\": \"…\", \"detail\": …}.",
        },
        "servers": [{"url": "http://127.0.0.1:8765"}],
        "security": [{"token": []}],
        "paths": PATHS,
        "components": {
            "securitySchemes": {"token": {"type": "apiKey", "in": "header", "name": "X-Verdir-Token"}},
            "schemas": SCHEMAS,
            "responses": {
                "BadRequest": _error_response("Requête invalide (ligne et champ dans detail)"),
                "Unauthorized": _error_response("Jeton manquant ou incorrect"),
                "Forbidden": _error_response("Hôte non local ou requête venant d'une page web"),
                "TooLarge": _error_response("Corps, nombre de lignes ou libellé trop grand"),
            },
        },
    }
