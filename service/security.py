"""Safe by default: a token on every request but /health, local Host names only, no browsers.

- The token comes from ``VERDIR_TOKEN`` or from the file ``token`` in the state folder, created
  on first start and readable by the user only (0600 on POSIX; on Windows the state folder
  lives in the user's own profile). Clients send it in ``X-Verdir-Token``.
- ``Host`` must be ``localhost``, ``127.0.0.1`` or ``[::1]`` with the service's port: a web
  page that rebinds its own domain name to 127.0.0.1 (DNS rebinding) is refused.
- Requests made by a web page (``Origin`` header, or ``Sec-Fetch-Site`` cross-site/same-site)
  are refused, and no CORS header is ever sent.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import stat
import time
from pathlib import Path

from flask import Flask, current_app, request

from verdir import paths
from verdir.service.errors import ApiError

log = logging.getLogger("verdir.service")

TOKEN_HEADER = "X-Verdir-Token"
TOKEN_ENV = "VERDIR_TOKEN"
TOKEN_FILE_NAME = "token"
MIN_TOKEN_LENGTH = 16
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]"})
PUBLIC_PATHS = frozenset({"/api/v1/health"})


class TokenError(RuntimeError):
    """The token cannot be set up (message in French)."""


def token_file(folder: Path | None = None) -> Path:
    return Path(folder or paths.state_dir()) / TOKEN_FILE_NAME


def ensure_private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode & 0o077:
            try:
                folder.chmod(0o700)
            except OSError:  # not ours (e.g. a shared temp folder): leave it
                log.warning("Could not restrict permissions of %s", folder)


def load_token(folder: Path | None = None) -> tuple[str, Path | None]:
    """The service token and the file it lives in (None when it comes from VERDIR_TOKEN)."""
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        if len(from_env) < MIN_TOKEN_LENGTH:
            raise TokenError(f"{TOKEN_ENV} est trop court (au moins {MIN_TOKEN_LENGTH} caractères)")
        return from_env, None
    path = token_file(folder)
    ensure_private_folder(path.parent)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_token_file(path), path
    token = secrets.token_urlsafe(32)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(token + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    log.info("Created token file %s", path)
    return token, path


def _read_token_file(path: Path) -> str:
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("Token file %s was readable by others: restricting it to the user", path)
        path.chmod(0o600)
    for _ in range(50):  # another process may be writing it right now
        token = path.read_text(encoding="ascii", errors="replace").strip()
        if token:
            break
        time.sleep(0.02)
    if len(token) < MIN_TOKEN_LENGTH:
        raise TokenError(f"le fichier de jeton {path} est vide ou abîmé : supprimez-le, "
                         "il sera recréé au prochain démarrage")
    return token


def split_host(host: str) -> tuple[str, str | None]:
    """'localhost:8765' -> ('localhost', '8765'); '[::1]:80' -> ('[::1]', '80')."""
    host = host.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        if end < 0:
            return host, None
        rest = host[end + 1 :]
        return host[: end + 1], rest[1:] if rest.startswith(":") else None
    name, sep, port = host.rpartition(":")
    return (name, port) if sep else (host, None)


def host_allowed(host: str | None, port: int | None, extra_hosts: frozenset[str] = frozenset(),
                 any_host: bool = False) -> bool:
    if not host:
        return False
    name, host_port = split_host(host)
    if port is not None and (host_port or "80") != str(port):
        return False
    return any_host or name in LOCAL_HOSTS or name in extra_hosts


def install(app: Flask) -> None:
    """Check Host, browser origin and token before every request."""

    @app.before_request
    def _guard() -> None:
        config = current_app.config
        if not host_allowed(request.headers.get("Host"), config.get("PORT"),
                            frozenset(config.get("ALLOWED_HOSTS", ())), config.get("ANY_HOST", False)):
            raise ApiError(403, "nom d'hôte refusé : utilisez http://127.0.0.1 ou http://localhost "
                                "avec le port du service", {"host": request.headers.get("Host")})
        if request.headers.get("Origin") or request.headers.get("Sec-Fetch-Site") in (
                "cross-site", "same-site"):
            raise ApiError(403, "les requêtes venant d'une page web sont refusées")
        if request.path in PUBLIC_PATHS and config.get("PUBLIC_HEALTH", True):
            return
        sent = request.headers.get(TOKEN_HEADER, "")
        expected = config["TOKEN"]
        if not sent or not hmac.compare_digest(sent.encode("utf-8"), expected.encode("utf-8")):
            raise ApiError(401, "jeton d'accès manquant ou incorrect (en-tête X-Verdir-Token)",
                           {"fichier_jeton": str(config["TOKEN_FILE"]) if config.get("TOKEN_FILE")
                            else TOKEN_ENV})

    @app.after_request
    def _headers(response):
        for name in {key for key, _ in response.headers.items() if key.lower().startswith("access-control-")}:
            del response.headers[name]
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Cache-Control"] = "no-store"
        return response
