"""Run the service with waitress: ``python -m verdir.service.server --port 8765``.

The port is bound first (a busy port fails at once), then the engine is loaded (one model
load per process), then requests are served by ``threads`` worker threads. It listens on
127.0.0.1 only unless ``--allow-remote`` is given; every request but /health needs the token
anyway, and with ``--allow-remote`` /health needs it too.
"""

from __future__ import annotations

import errno
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from verdir import paths

log = logging.getLogger("verdir.service")

DEFAULT_PORT = 8765
DEFAULT_THREADS = 8
LOOPBACK = ("127.0.0.1", "localhost", "::1")
# waitress refuses larger bodies itself (plain text); below it, Flask answers 413 in JSON.
WAITRESS_BODY_LIMIT = 64 * 2**20


class ServerError(RuntimeError):
    """The service cannot start (message in French)."""


def configure_logging(log_file: Path | None = None, level: int = logging.INFO) -> None:
    """Log (in English) to stderr, or to ``log_file`` with stdout and stderr sent there too."""
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        stream = open(log_file, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - lives with the process
        sys.stdout = sys.stderr = stream
    logging.basicConfig(level=level, stream=sys.stderr, force=True,
                        format="%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth" on every busy moment


def limit_blas_threads() -> None:
    """One BLAS thread per request thread: the engine's matrix products are small, and several
    requests at once on a laptop's few cores beat each product spread over all of them
    (measured: 2.3x the one-row throughput of 8 clients on 2 cores, and less memory)."""
    try:
        from threadpoolctl import threadpool_limits  # a dependency of scikit-learn
    except ImportError:  # pragma: no cover
        return
    threadpool_limits(limits=1, user_api="blas")


def _placeholder(environ, start_response):  # pragma: no cover - replaced before serving
    start_response("503 Service Unavailable", [("Content-Type", "application/json")])
    return [b'{"erreur": "service en cours de demarrage", "detail": null}']


def run(port: int = DEFAULT_PORT, host: str = "127.0.0.1", allow_remote: bool = False,
        allowed_hosts: Sequence[str] = (), threads: int = DEFAULT_THREADS,
        result_cache: int = 10_000) -> None:
    """Serve until SIGTERM / Ctrl+C."""
    from waitress import create_server

    from verdir.service import memory
    from verdir.service.app import create_app

    if host not in LOOPBACK and not allow_remote:
        raise ServerError(f"écoute sur « {host} » refusée : seul 127.0.0.1 est permis sans --allow-remote")
    memory.limit_arenas()
    try:
        server = create_server(_placeholder, host=host, port=port, threads=threads, ident="verdir",
                               max_request_body_size=WAITRESS_BODY_LIMIT, clear_untrusted_proxy_headers=True)
    except OSError as error:
        if error.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
            raise ServerError(f"le port {port} est déjà utilisé (un autre service Verdir ?) : "
                              "choisissez-en un autre avec --port") from error
        raise ServerError(f"impossible d'écouter sur {host}:{port} : {error}") from error
    config = {"PORT": port, "ALLOWED_HOSTS": tuple(h.lower() for h in allowed_hosts),
              "ANY_HOST": allow_remote and not allowed_hosts, "PUBLIC_HEALTH": not allow_remote,
              "RESULT_CACHE": result_cache}
    app = create_app(config)
    state = app.extensions["verdir"]
    server.application = app  # type: ignore[attr-defined]
    limit_blas_threads()
    memory.release()  # what loading the engine used and freed

    def _terminate(signum, frame):  # noqa: ARG001 - signal handler signature
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, _terminate)
    shown = "[::1]" if host == "::1" else "127.0.0.1" if host in LOOPBACK else host
    url = f"http://{shown}:{port}"
    token_place = app.config["TOKEN_FILE"] or "variable VERDIR_TOKEN"
    if allow_remote:
        log.warning("Listening on %s:%d for remote clients: every request needs the token", host, port)
    log.info("Verdir service ready at %s (model %s, token from %s, state in %s)", url, state.version,
             token_place, paths.state_dir())
    print(f"Service Verdir prêt : {url} (jeton : {token_place})", flush=True)
    try:
        server.run()
    finally:
        log.info("Verdir service stopping")
        state.close()


def main(argv: Sequence[str] | None = None) -> None:
    from verdir.service.cli import serve

    serve.main(args=list(argv) if argv is not None else None, prog_name="verdir serve")


if __name__ == "__main__":
    main()
