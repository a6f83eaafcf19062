"""The Flask application of the local service (``create_app``, Flask-tutorial style).

One blueprint per concern (health, classify, corrections, rules, glossary, transfer, dashboard,
frameworks); the heavy shared objects (engine, store, frameworks, retrainer) live in one
:class:`ServiceState` kept in ``app.extensions["verdir"]``. ``test_config`` overrides the
defaults below; ``ENGINE`` injects an already loaded engine (tests), ``STATE`` a ready-made state.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from verdir import paths
from verdir.service import (
    errors,
    routes_classify,
    routes_corrections,
    routes_dashboard,
    routes_frameworks,
    routes_glossary,
    routes_health,
    routes_rules,
    routes_transfer,
    security,
)
from verdir.service.runtime import ServiceState

log = logging.getLogger("verdir.service")

DEFAULTS: dict[str, Any] = {
    "PORT": None,  # the Host header must carry this port (None: not checked)
    "ALLOWED_HOSTS": (),  # names accepted besides localhost / 127.0.0.1 / [::1]
    "ANY_HOST": False,  # --allow-remote without --allowed-host: any Host (the token still guards)
    "PUBLIC_HEALTH": True,  # /health answers without the token (False with --allow-remote)
    "TOKEN": None,  # None: VERDIR_TOKEN or the token file in the state folder
    "TOKEN_FILE": None,
    "STATE_DIR": None,  # None: verdir.paths.state_dir()
    "MAX_CONTENT_LENGTH": 20 * 2**20,
    "MAX_ROWS": 20_000,
    "MAX_DASHBOARD_ROWS": 200_000,  # a whole classified sheet in one /dashboard request
    "MAX_LABEL_LENGTH": 1_000,
    "MAX_IMPORT_ITEMS": 100_000,
    "RETRAIN": True,
    "RETRAIN_DELAY": 2.0,
    "RETRAIN_MAX_DELAY": 30.0,
    "EMBEDDING_CACHE": True,
    "RESULT_CACHE": 10_000,  # answers kept for the current model version (0: none)
    "ENGINE": None,
    "STATE": None,
}


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    if test_config:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep ODD shares largest first
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.compact = True  # type: ignore[attr-defined]

    state_dir = Path(app.config["STATE_DIR"] or paths.state_dir())
    security.ensure_private_folder(state_dir)
    if not app.config["TOKEN"]:
        app.config["TOKEN"], app.config["TOKEN_FILE"] = security.load_token(state_dir)

    state = app.config["STATE"] or ServiceState.open(
        state_dir, engine=app.config["ENGINE"], use_cache=app.config["EMBEDDING_CACHE"],
        retrain=app.config["RETRAIN"], retrain_delay=app.config["RETRAIN_DELAY"],
        retrain_max_delay=app.config["RETRAIN_MAX_DELAY"], result_cache=app.config["RESULT_CACHE"])
    app.extensions["verdir"] = state

    errors.register(app)
    security.install(app)
    for module in (routes_health, routes_classify, routes_corrections, routes_rules, routes_glossary,
                   routes_transfer, routes_dashboard, routes_frameworks):
        app.register_blueprint(module.bp)
    return app
