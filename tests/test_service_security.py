"""Safe by default: token, Host (DNS rebinding), browsers, CORS, size limits — over real HTTP."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import requests

from verdir.service import security

if TYPE_CHECKING:
    from service_fixtures import LiveServer

pytest_plugins = ["service_fixtures"]


def _is_json_error(answer: requests.Response, status: int) -> dict:
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"].startswith("application/json")
    body = answer.json()
    assert set(body) == {"erreur", "detail"} and isinstance(body["erreur"], str) and body["erreur"]
    assert "Traceback" not in answer.text
    return body


def test_token_file_is_created_for_the_user_only(live_server: LiveServer) -> None:
    path = live_server.state_dir / "token"
    assert len(path.read_text().strip()) >= 32
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("token", [None, "", "wrong-token-0123456789", "x" * 5000])
def test_requests_without_the_right_token_are_refused(live_server: LiveServer, token: str | None) -> None:
    headers = {} if token is None else {"X-Verdir-Token": token}
    for method, path in [("post", "/api/v1/classify"), ("get", "/api/v1/corrections"),
                         ("get", "/api/v1/export"), ("get", "/api/v1/openapi.json")]:
        answer = requests.request(method, live_server.url + path, headers=headers, timeout=10,
                                  json={"rows": [{"libelle": "x"}]})
        body = _is_json_error(answer, 401)
        assert "X-Verdir-Token" in body["erreur"]


def test_a_refused_correction_is_not_stored(live_server: LiveServer) -> None:
    before = live_server.get("/api/v1/corrections").json()["count"]
    answer = requests.post(live_server.url + "/api/v1/corrections", timeout=10,
                           json={"rows": [{"libelle": "LIGNE SANS JETON", "odd": {"4": 100}}]})
    _is_json_error(answer, 401)
    assert live_server.get("/api/v1/corrections").json()["count"] == before


@pytest.mark.parametrize("host", ["evil.example:{port}", "attacker.localhost.example:{port}",
                                  "localhost:1", "127.0.0.1", "127.0.0.2:{port}", "localhost.:{port}", ""])
def test_foreign_host_headers_are_refused(live_server: LiveServer, host: str) -> None:
    headers = {"Host": host.format(port=live_server.port)}
    for path in ("/api/v1/health", "/api/v1/classify"):
        answer = live_server.session.post(live_server.url + path, headers=headers, timeout=10,
                                          json={"rows": []}) if path.endswith("classify") else \
            live_server.session.get(live_server.url + path, headers=headers, timeout=10)
        if host == "":
            assert answer.status_code in (400, 403)
        else:
            _is_json_error(answer, 403)


@pytest.mark.parametrize("host", ["localhost:{port}", "127.0.0.1:{port}", "[::1]:{port}", "LOCALHOST:{port}"])
def test_local_host_names_are_accepted(live_server: LiveServer, host: str) -> None:
    answer = live_server.post("/api/v1/classify", {"rows": []},
                              headers={"Host": host.format(port=live_server.port)})
    assert answer.status_code == 200


def test_web_pages_cannot_drive_the_service(live_server: LiveServer) -> None:
    # A page would need CORS: the preflight is refused and no Access-Control header is ever sent.
    preflight = requests.options(live_server.url + "/api/v1/classify", timeout=10, headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x-verdir-token, content-type"})
    _is_json_error(preflight, 403)
    assert not [h for h in preflight.headers if h.lower().startswith("access-control")]
    # Even with the token, a request carrying a page's Origin is refused.
    posted = live_server.post("/api/v1/classify", {"rows": []}, headers={"Origin": "http://127.0.0.1:1"})
    _is_json_error(posted, 403)
    cross = live_server.get("/api/v1/corrections", headers={"Sec-Fetch-Site": "cross-site"})
    _is_json_error(cross, 403)
    ok = live_server.post("/api/v1/classify", {"rows": [{"libelle": "ECOLE"}]})
    assert ok.status_code == 200
    assert not [h for h in ok.headers if h.lower().startswith("access-control")]


def test_bodies_over_20_mb_are_refused_in_json(live_server: LiveServer) -> None:
    padding = "A" * (21 * 2**20)
    answer = live_server.session.post(live_server.url + "/api/v1/classify", timeout=60,
                                      data=json.dumps({"rows": [{"libelle": padding}]}),
                                      headers={"Content-Type": "application/json"})
    body = _is_json_error(answer, 413)
    assert "volumineuse" in body["erreur"]


def test_more_than_20000_rows_are_refused(live_server: LiveServer) -> None:
    answer = live_server.post("/api/v1/classify", {"rows": [{"libelle": "x"}] * 20_001})
    body = _is_json_error(answer, 413)
    assert "20000" in body["erreur"] and body["detail"]["limite"] == 20_000


def test_20000_rows_are_accepted(live_server: LiveServer) -> None:
    rows = [{"libelle": f"LIGNE {index % 50}"} for index in range(20_000)]
    answer = live_server.post("/api/v1/classify", {"rows": rows})
    assert answer.status_code == 200
    assert len(answer.json()["results"]) == 20_000


def test_overlong_labels_are_refused_naming_the_row(live_server: LiveServer) -> None:
    rows = [{"libelle": "ECOLE"}, {"libelle": "B" * 1_001}]
    body = _is_json_error(live_server.post("/api/v1/classify", {"rows": rows}), 413)
    assert body["detail"] == {"ligne": 2, "champ": "libelle"}
    assert "ligne 2" in body["erreur"]


# ----------------------------------------------------------------- in-process checks
def test_token_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VERDIR_TOKEN", "from-the-environment-123456")
    assert security.load_token(tmp_path) == ("from-the-environment-123456", None)
    assert not (tmp_path / "token").exists()
    monkeypatch.setenv("VERDIR_TOKEN", "short")
    with pytest.raises(security.TokenError):
        security.load_token(tmp_path)


def test_token_file_is_reused_and_tightened(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("VERDIR_TOKEN", raising=False)
    token, path = security.load_token(tmp_path)
    assert path == tmp_path / "token"
    if os.name == "posix":
        path.chmod(0o644)
    assert security.load_token(tmp_path) == (token, path)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("host, port, expected", [
    ("localhost:8765", 8765, True), ("127.0.0.1:8765", 8765, True), ("[::1]:8765", 8765, True),
    ("localhost:8766", 8765, False), ("localhost", 8765, False), ("localhost", None, True),
    ("evil.com:8765", 8765, False), ("[::1]", None, True), ("[::1", None, False), (None, None, False),
    ("127.0.0.1.evil.com:8765", 8765, False),
])
def test_host_check(host: str | None, port: int | None, expected: bool) -> None:
    assert security.host_allowed(host, port) is expected


def test_allowed_hosts_for_remote_use() -> None:
    assert security.host_allowed("budget-pc:8765", 8765, frozenset({"budget-pc"}))
    assert not security.host_allowed("other:8765", 8765, frozenset({"budget-pc"}))
    assert security.host_allowed("anything:8765", 8765, any_host=True)
    assert not security.host_allowed("anything:1", 8765, any_host=True)


REMOTE_TOKEN = "remote-token-0123456789abcdef"


def test_health_needs_the_token_when_remote_clients_are_allowed(service_engine) -> None:
    from verdir.service.app import create_app

    remote = create_app({"ENGINE": service_engine, "TOKEN": REMOTE_TOKEN, "RETRAIN": False,
                         "PUBLIC_HEALTH": False, "ANY_HOST": True, "PORT": 80})
    try:
        test_client = remote.test_client()
        assert test_client.get("/api/v1/health", headers={"Host": "budget-pc"}).status_code == 401
        assert test_client.get("/api/v1/health", headers={"Host": "budget-pc",
                                                          "X-Verdir-Token": REMOTE_TOKEN}).status_code == 200
    finally:
        remote.extensions["verdir"].close()
