"""Fixtures of the service tests: the real service over HTTP, and a Flask test client.

A test module imports the fixtures it uses (``from service_fixtures import client``): pytest
finds fixtures imported into a module, and ``tests/`` is on ``sys.path`` through its conftest.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[1]
STARTUP_TIMEOUT = 120.0  # a first start on a machine builds the model (the tests train the head first)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def service_env(home: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "VERDIR_TOKEN"}
    env.update(VERDIR_HOME=str(home / "state"), VERDIR_CACHE_DIR=str(home / "cache"),
               PYTHONUNBUFFERED="1", **extra)
    return env


@dataclass
class LiveServer:
    """A real ``python -m verdir.service.server`` process on a free port."""

    home: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    session: requests.Session = field(default_factory=requests.Session)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def state_dir(self) -> Path:
        return self.home / "state"

    @property
    def token(self) -> str:
        return (self.state_dir / "token").read_text(encoding="ascii").strip()

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self, *args: str, timeout: float = STARTUP_TIMEOUT) -> LiveServer:
        log = open(self.home / "server.log", "ab")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [sys.executable, "-m", "verdir.service.server", "--port", str(self.port), *args],
            env=service_env(self.home), stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"service exited with {self.process.returncode}:\n{self.log()}")
            try:
                answer = requests.get(self.url + "/api/v1/health", timeout=1)
                if answer.status_code == 200 and answer.json()["pid"] == self.process.pid:
                    self.session.headers["X-Verdir-Token"] = self.token
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"service did not answer within {timeout} s:\n{self.log()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)

    def kill(self) -> None:
        """kill -9: no clean-up of any kind."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def log(self) -> str:
        path = self.home / "server.log"
        return path.read_text(encoding="utf-8", errors="replace")[-4000:] if path.exists() else ""

    # ---------------------------------------------------------------- requests
    def get(self, path: str, **kwargs) -> requests.Response:
        return self.session.get(self.url + path, timeout=60, **kwargs)

    def post(self, path: str, payload: object = None, **kwargs) -> requests.Response:
        return self.session.post(self.url + path, json=payload, timeout=120, **kwargs)

    def put(self, path: str, payload: object = None, **kwargs) -> requests.Response:
        return self.session.put(self.url + path, json=payload, timeout=60, **kwargs)

    def delete(self, path: str, **kwargs) -> requests.Response:
        return self.session.delete(self.url + path, timeout=60, **kwargs)

    def classify(self, *rows: dict) -> list[dict]:
        answer = self.post("/api/v1/classify", {"rows": list(rows)})
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def wait_retrained(self, timeout: float = 60.0) -> dict:
        """Wait until no retraining is pending or running; return /health."""
        deadline = time.monotonic() + timeout
        while True:
            health = self.get("/api/v1/health").json()
            if health["retraining"] == "idle" or time.monotonic() > deadline:
                return health
            time.sleep(0.2)


@pytest.fixture
def service_tools():
    """``free_port`` and ``service_env`` for tests that run the commands themselves."""
    return free_port, service_env


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory, trained_model_folder: Path) -> Iterator[LiveServer]:
    """The real service (waitress, 8 threads) shared by the HTTP tests of the session."""
    server = LiveServer(tmp_path_factory.mktemp("verdir-live")).start()
    yield server
    server.stop()


@pytest.fixture
def new_server(tmp_path_factory: pytest.TempPathFactory, trained_model_folder: Path) -> Iterator[LiveServer]:
    """A service of its own (not started) for tests that restart or kill it."""
    server = LiveServer(tmp_path_factory.mktemp("verdir-own"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def service_engine():
    """A real engine for in-process app tests, kept apart from the engine of other test modules."""
    from verdir.engine.engine import Engine

    return Engine.load(use_cache=False)


TEST_TOKEN = "test-token-0123456789abcdef"


@pytest.fixture
def app(service_engine, user_folders: Path):
    """The Flask app on the real engine, with a fresh state folder and no background retraining."""
    from verdir.service.app import create_app

    flask_app = create_app({"TESTING": True, "ENGINE": service_engine, "TOKEN": TEST_TOKEN,
                            "RETRAIN": False, "PORT": None})
    yield flask_app
    state = flask_app.extensions["verdir"]
    for stored in state.store.corrections():  # the engine outlives the test: forget what it learnt
        service_engine.remove_correction(stored.line)
    service_engine.set_user_glossary({})
    state.close()


@pytest.fixture
def client(app):
    test_client = app.test_client()
    test_client.environ_base["HTTP_X_VERDIR_TOKEN"] = TEST_TOKEN
    return test_client
