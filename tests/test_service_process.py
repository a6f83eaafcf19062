"""``verdir service start|status|stop`` and ``verdir serve`` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ["service_fixtures"]
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(service_tools, trained_model_folder: Path):
    # The service these commands start loads the head the tests trained (see conftest).
    _, service_env = service_tools

    def _run(home: Path, code: str, *args: str, timeout: float = 150) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", code, *args], env=service_env(home), cwd=ROOT,
                              capture_output=True, text=True, timeout=timeout)

    return _run


SERVICE = "import sys; from verdir.service.cli import service; service(sys.argv[1:])"
SERVE = "import sys; from verdir.service.cli import serve; serve(sys.argv[1:])"


def test_start_status_stop(tmp_path: Path, run, service_tools) -> None:
    _run = run
    port = str(service_tools[0]())
    started = _run(tmp_path, SERVICE, "start", "--port", port)
    try:
        assert started.returncode == 0, started.stderr + started.stdout
        assert f"http://127.0.0.1:{port}" in started.stdout
        state = tmp_path / "state"
        assert str(state / "token") in started.stdout
        pid, pid_port = (state / "service.pid").read_text().split()
        assert pid_port == port
        assert (state / "service.log").exists()

        status = _run(tmp_path, SERVICE, "status")
        assert status.returncode == 0
        assert f"en marche sur http://127.0.0.1:{port} (pid {pid})" in status.stdout
        assert str(state / "token") in status.stdout

        again = _run(tmp_path, SERVICE, "start", "--port", port)
        assert again.returncode == 2 and "tourne déjà" in again.stderr
    finally:
        stopped = _run(tmp_path, SERVICE, "stop")
    assert stopped.returncode == 0 and "arrêté" in stopped.stdout
    assert not (tmp_path / "state" / "service.pid").exists()
    after = _run(tmp_path, SERVICE, "status")
    assert after.returncode == 3 and "arrêté" in after.stdout
    assert "ne tournait pas" in _run(tmp_path, SERVICE, "stop").stdout


def test_serve_refuses_a_busy_port_and_remote_listening_without_the_flag(tmp_path: Path, run,
                                                                         service_tools) -> None:
    import socket

    _run, free_port = run, service_tools[0]
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        answer = _run(tmp_path, SERVE, "--port", port, timeout=60)
    assert answer.returncode == 2 and "déjà utilisé" in answer.stderr
    remote = _run(tmp_path, SERVE, "--host", "0.0.0.0", "--port", str(free_port()), timeout=60)
    assert remote.returncode == 2 and "--allow-remote" in remote.stderr
