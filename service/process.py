"""``verdir service start|stop|status``: the service as a background process.

The state folder holds ``service.pid`` (first line the pid, second line the port) and
``service.log`` (the service's log, rotated at start when over 5 MB). ``start`` returns once
``/api/v1/health`` answers with the new process's pid. On Windows the process runs under
``pythonw`` without a console window; on POSIX in its own session, so closing the terminal
does not stop it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from verdir import paths
from verdir.service.security import TOKEN_ENV, TOKEN_HEADER, token_file

PID_FILE_NAME = "service.pid"
LOG_FILE_NAME = "service.log"
LOG_ROTATE_BYTES = 5 * 2**20
HEALTH_PATH = "/api/v1/health"


class ProcessError(RuntimeError):
    """The background service cannot be started or stopped (message in French)."""


@dataclass(frozen=True)
class ServiceStatus:
    running: bool
    pid: int | None
    port: int | None
    health: dict | None

    @property
    def url(self) -> str | None:
        return f"http://127.0.0.1:{self.port}" if self.port else None


def pid_file() -> Path:
    return paths.state_dir() / PID_FILE_NAME


def log_file() -> Path:
    return paths.state_dir() / LOG_FILE_NAME


def token_location() -> str:
    return f"variable d'environnement {TOKEN_ENV}" if os.environ.get(TOKEN_ENV, "").strip() \
        else str(token_file())


def read_pid_file() -> tuple[int, int] | None:
    try:
        pid_text, port_text = pid_file().read_text(encoding="ascii").split()[:2]
        return int(pid_text), int(port_text)
    except (OSError, ValueError):
        return None


def _token() -> str | None:
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        return from_env
    try:
        return token_file().read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def health(port: int, timeout: float = 2.0) -> dict | None:
    """The /health answer of whatever listens on 127.0.0.1:port, or None."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{HEALTH_PATH}")
    token = _token()
    if token:
        request.add_header(TOKEN_HEADER, token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - local URL
            return json.loads(response.read())
    except (OSError, ValueError):
        return None


def is_alive(pid: int) -> bool:
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _looks_like_ours(pid: int, port: int) -> bool:
    """Whether pid is a Verdir service (guards against a recycled pid)."""
    answer = health(port)
    if answer is not None:
        return answer.get("pid") == pid
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        try:
            return b"verdir.service" in cmdline.read_bytes()
        except OSError:
            return False
    return os.name == "nt"  # no cheap check there: trust the pid file


def status() -> ServiceStatus:
    found = read_pid_file()
    if found is None:
        return ServiceStatus(False, None, None, None)
    pid, port = found
    if not is_alive(pid):
        return ServiceStatus(False, pid, port, None)
    answer = health(port)
    running = answer is not None and answer.get("pid") == pid
    return ServiceStatus(running or _looks_like_ours(pid, port), pid, port, answer if running else None)


def _rotate_log(path: Path) -> None:
    try:
        if path.stat().st_size > LOG_ROTATE_BYTES:
            path.replace(path.with_name(path.name + ".1"))
    except OSError:
        pass


def _python_for_background() -> str:
    if os.name == "nt":
        candidate = Path(sys.executable).with_name("pythonw.exe")
        if candidate.exists():
            return str(candidate)
    return sys.executable


def log_tail(lines: int = 15) -> str:
    try:
        return "\n".join(log_file().read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def start(port: int, timeout: float = 300.0, extra_args: Sequence[str] = ()) -> ServiceStatus:
    """Start the service in the background and wait until /health answers."""
    current = status()
    if current.running:
        raise ProcessError(f"le service tourne déjà : {current.url} (pid {current.pid})")
    if health(port) is not None:
        raise ProcessError(f"un autre service Verdir répond déjà sur le port {port}")
    state = paths.state_dir()
    state.mkdir(parents=True, exist_ok=True)
    log_path = log_file()
    _rotate_log(log_path)
    command = [_python_for_background(), "-m", "verdir.service.server", "--port", str(port),
               "--log-file", str(log_path), *extra_args]
    options: dict = {"stdin": subprocess.DEVNULL, "stderr": subprocess.STDOUT, "close_fds": True,
                     "cwd": str(state)}
    if os.name == "nt":
        options["creationflags"] = subprocess.CREATE_NO_WINDOW | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    with open(log_path, "ab") as log_handle:
        process = subprocess.Popen(command, stdout=log_handle, **options)  # noqa: S603
    pid_file().write_text(f"{process.pid}\n{port}\n", encoding="ascii")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _remove_pid_file(process.pid)
            raise ProcessError(f"le service s'est arrêté au démarrage (code {process.returncode}). "
                               f"Fin du journal {log_path} :\n{log_tail()}")
        answer = health(port, timeout=1.0)
        if answer is not None and answer.get("pid") == process.pid:
            return ServiceStatus(True, process.pid, port, answer)
        time.sleep(0.2)
    stop()
    raise ProcessError(f"le service n'a pas répondu en {timeout:.0f} s ; il a été arrêté. "
                       f"Fin du journal {log_path} :\n{log_tail()}")


def _remove_pid_file(pid: int) -> None:
    found = read_pid_file()
    if found is not None and found[0] == pid:
        pid_file().unlink(missing_ok=True)


def stop(timeout: float = 15.0) -> bool:
    """Stop the background service; False when none was running."""
    found = read_pid_file()
    if found is None:
        return False
    pid, port = found
    if not is_alive(pid) or not _looks_like_ours(pid, port):
        pid_file().unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)  # TerminateProcess on Windows
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and is_alive(pid):
        _reap(pid)
        time.sleep(0.1)
    if is_alive(pid) and os.name != "nt":
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)
        _reap(pid)
    pid_file().unlink(missing_ok=True)
    return True


def _reap(pid: int) -> None:
    """Collect the exit status when the service is our own child (same Python process)."""
    if os.name == "nt":
        return
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
