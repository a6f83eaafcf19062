"""HTTP client of the local Verdir service, with the standard library only.

A button press starts a fresh Python, so this module imports nothing heavy (no requests, pandas,
flask or model code). When the service does not answer, the client starts it once with
``verdir service start`` (no console window on Windows) and tries again.

Errors are :class:`ServiceError` with a French message for the message box; the service's own
French ``erreur`` (and the row it names) is passed on as it is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

DEFAULT_PORT = 8765
API = "/api/v1"
TOKEN_HEADER = "X-Verdir-Token"
START_TIMEOUT = 180.0  # the first start may build the model
REQUEST_TIMEOUT = 300.0  # 5,000 rows with a cold cache take up to ~20 s; be generous


class ServiceError(Exception):
    """The service refused or failed; the message is French, for the user.

    ``request_line`` is the line (from 1) of the request's list the service blamed, if any.
    """

    def __init__(self, message: str, request_line: int | None = None) -> None:
        super().__init__(message)
        self.request_line = request_line


class ServiceUnavailable(ServiceError):
    """Nothing answers at the service's address."""


def service_url() -> str:
    """``VERDIR_URL`` or http://127.0.0.1:``VERDIR_PORT`` (8765 by default)."""
    url = os.environ.get("VERDIR_URL", "").strip()
    if url:
        return url.rstrip("/")
    port = os.environ.get("VERDIR_PORT", "").strip() or str(DEFAULT_PORT)
    return f"http://127.0.0.1:{port}"


def token_path() -> Path:
    from verdir.paths import state_dir

    return state_dir() / "token"


def read_token() -> str | None:
    """``VERDIR_TOKEN`` or the token file the service created in the per-user state folder."""
    token = os.environ.get("VERDIR_TOKEN", "").strip()
    if token:
        return token
    try:
        return token_path().read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def start_command(timeout: float = START_TIMEOUT) -> list[str]:
    """``verdir service start`` run by the interpreter of this environment (pythonw on Windows).

    The service's ``service`` group is taken from ``verdir.cli`` when registered there, else from
    ``verdir.service.cli`` directly; it honours ``VERDIR_PORT`` like this client.
    """
    launcher = (
        "from verdir.cli import cli\n"
        "if 'service' not in cli.commands:\n"
        "    from verdir.service.cli import service\n"
        "    cli.add_command(service)\n"
        f"cli.main(['service', 'start', '--timeout', '{int(timeout) - 10}'], prog_name='verdir')\n"
    )
    return [python_for_background(), "-c", launcher]


def python_for_background(executable: str | None = None) -> str:
    """pythonw.exe beside python.exe on Windows (no console window), else the interpreter itself."""
    path = Path(executable or sys.executable)
    if os.name == "nt" and path.name.lower() == "python.exe":
        windowless = path.with_name("pythonw.exe")
        if windowless.exists():
            return str(windowless)
    return str(path)


def run_start_command(timeout: float = START_TIMEOUT) -> tuple[int, str]:
    """Run ``verdir service start``; returns (exit code, last lines of its output)."""
    kwargs: dict[str, Any] = {}
    if os.name == "nt":
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0x08000000)
    try:
        done = subprocess.run(start_command(timeout), capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL, check=False, **kwargs)
    except subprocess.TimeoutExpired:
        return 1, f"le démarrage a dépassé {timeout:.0f} s"
    except OSError as error:
        return 1, str(error)
    output = (done.stderr or "") + (done.stdout or "")
    return done.returncode, "\n".join(output.strip().splitlines()[-5:])


class Client:
    """One service, one token; ``starter`` is how the service is started when it is down."""

    def __init__(self, base_url: str | None = None, token: str | None = None,
                 timeout: float = REQUEST_TIMEOUT,
                 starter: Callable[[], tuple[int, str]] | None = run_start_command) -> None:
        self.base_url = (base_url or service_url()).rstrip("/")
        self._token = token
        self.timeout = timeout
        self.starter = starter
        self.start_attempted = False

    # ------------------------------------------------------------------ availability
    def health(self, timeout: float = 2.0) -> dict[str, Any]:
        return self._request("GET", "/health", auth=False, timeout=timeout)

    def is_running(self) -> bool:
        try:
            self.health()
        except ServiceError:
            return False
        return True

    def ensure_running(self, on_start: Callable[[str], None] | None = None) -> dict[str, Any]:
        """Health of the service, starting it once when nothing answers."""
        try:
            return self.health()
        except ServiceUnavailable:
            if self.starter is None or self.start_attempted:
                raise
        self.start_attempted = True
        if on_start is not None:
            on_start("Verdir : démarrage du service local…")
        code, output = self.starter()
        try:
            return self.health(timeout=5.0)
        except ServiceUnavailable as error:
            detail = f" ({output})" if output else ""
            raise ServiceUnavailable(
                f"Le service Verdir ne répond pas à l'adresse {self.base_url}, même après une tentative "
                f"de démarrage (code {code}{detail}). Ouvrez une invite de commandes et lancez "
                "« verdir service start » pour voir l'erreur.") from error

    # ------------------------------------------------------------------ API
    def classify(self, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        answer = self._request("POST", "/classify", {"rows": list(rows), "framework": "odd"})
        results = answer.get("results")
        if not isinstance(results, list) or len(results) != len(rows):
            raise ServiceError("Réponse inattendue du service Verdir (nombre de résultats différent du "
                               "nombre de lignes envoyées).")
        return results

    def classify_framework(self, rows: Sequence[Mapping[str, Any]], framework: str) -> dict[str, Any]:
        """The whole answer of /classify under a non-ODD framework (``colonnes``, ``results``)."""
        answer = self._request("POST", "/classify", {"rows": list(rows), "framework": framework})
        results = answer.get("results")
        if not isinstance(results, list) or len(results) != len(rows):
            raise ServiceError("Réponse inattendue du service Verdir (nombre de résultats différent du "
                               "nombre de lignes envoyées).")
        return answer

    def send_corrections(self, rows: Sequence[Mapping[str, Any]],
                         framework: str | None = None) -> dict[str, Any]:
        """``rows``: inputs as sent to /classify plus ``odd`` ({"4": 85, "11": 15}), or, for another
        ``framework``, plus ``valeurs`` ({"Axe 1 Atténuation": "favorable"})."""
        payload: dict[str, Any] = {"rows": list(rows)}
        if framework is not None and framework != "odd":
            payload["framework"] = framework
        return self._request("POST", "/corrections", payload)

    def framework(self, name: str) -> dict[str, Any]:
        """GET /frameworks/<name>: columns, kind and title of one framework."""
        return self._request("GET", f"/frameworks/{urllib.parse.quote(name, safe='')}")

    def put_framework(self, name: str, axes: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        return self._request("PUT", f"/frameworks/{urllib.parse.quote(name, safe='')}",
                             {"axes": list(axes)})

    def add_rule(self, column: str, value: str, odd: Mapping[int, int],
                 mode: str = "exacte") -> dict[str, Any]:
        payload = {"colonne": column, "valeur": value, "odd": {str(k): v for k, v in odd.items()},
                   "correspondance": mode}
        return self._request("POST", "/rules", payload)

    def put_glossary(self, entries: Mapping[str, str]) -> dict[str, Any]:
        return self._request("PUT", "/glossary", {"glossary": dict(entries)})

    def dashboard(self, columns: Sequence[Any], rows: Sequence[Sequence[Any]], title: str = "",
                  header_row: int = 1) -> dict[str, Any]:
        """The `verdir report` dashboard of a classified table (header cells and rows of cells).

        ``header_row`` is the sheet row of the header, so that line numbers name sheet rows.
        """
        payload = {"columns": list(columns), "rows": [list(row) for row in rows], "titre": title,
                   "ligne_entete": header_row}
        answer = self._request("POST", "/dashboard", payload)
        if not isinstance(answer.get("tables"), list):
            raise ServiceError("Réponse inattendue du service Verdir (tableau de bord sans tableaux).")
        return answer

    # ------------------------------------------------------------------ transport
    def _token_value(self) -> str | None:
        if self._token is None:
            self._token = read_token()
        return self._token

    def _request(self, method: str, path: str, payload: Any = None, auth: bool = True,
                 timeout: float | None = None) -> dict[str, Any]:
        url = f"{self.base_url}{API}{path}"
        data = None if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json; charset=utf-8")
        if auth:
            token = self._token_value()
            if token:
                request.add_header(TOKEN_HEADER, token)
        try:
            with _opener().open(request, timeout=timeout or self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            message, line = _refusal(error.code, error.read())
            raise ServiceError(message, line) from error
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
            raise ServiceUnavailable(
                f"Le service Verdir ne répond pas à l'adresse {self.base_url} ({_reason(error)}).") from error
        try:
            answer = json.loads(body.decode("utf-8")) if body else {}
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ServiceError("Réponse illisible du service Verdir (pas du JSON).") from error
        return answer if isinstance(answer, dict) else {"resultat": answer}


def _opener() -> urllib.request.OpenerDirector:
    # No proxy for the local service: a corporate proxy set in the environment must not see it.
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _reason(error: BaseException) -> str:
    reason = getattr(error, "reason", None) or error
    return str(reason)


def _refusal(status: int, body: bytes) -> tuple[str, int | None]:
    try:
        answer = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        answer = {}
    message = answer.get("erreur") if isinstance(answer, dict) else None
    detail = answer.get("detail") if isinstance(answer, dict) else None
    if status in (401, 403) and not message:
        message = "jeton d'accès manquant ou incorrect"
    text = f"Le service Verdir a refusé la demande : {message or f'erreur HTTP {status}'}"
    line = None
    if isinstance(detail, dict) and isinstance(detail.get("ligne"), int):
        line = detail["ligne"]
        text += f" (ligne {line} de l'envoi"
        text += f", champ « {detail['champ']} »)" if detail.get("champ") else ")"
    if status in (401, 403):
        text += (f". Vérifiez que le fichier « {token_path()} » existe (il est créé au premier démarrage "
                 "du service) ou que la variable VERDIR_TOKEN est la bonne")
    return text + ".", line
