"""Start-to-first-request time of a Verdir ribbon button press.

A button press runs ``python -B -c "import xlwings.utils; xlwings.utils.prepare_sys_path(...);
import verdir.addin.buttons as b; b.reclasser_ligne(...)"`` (xlwings' RunPython). This script
replays that command line against the real local service (started here on a free port with a
temporary state folder) and reports, over several runs:

- total wall time of the process (Python start + imports + one classify request + exit);
- inside the process: xlwings import (done by RunPython's prefix, pulls pandas when installed),
  the add-in's own imports, and the HTTP request of one row.

What it cannot measure on Linux: the COM/AppleScript connection to Excel (``Book.caller()``)
and Excel's own reading/writing of cells. Usage: ``python benchmarks/bench_addin.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOKEN = "jeton-de-mesure-du-complement-excel"

CHILD = r"""
import time
t0 = time.perf_counter()
import xlwings.utils
xlwings.utils.prepare_sys_path("false;;;;;;")
t1 = time.perf_counter()
import verdir.addin.buttons as b
from verdir.addin.client import Client
t2 = time.perf_counter()
client = Client()
client.classify([{"libelle": "Rénovation de la cantine scolaire", "chapitre": "23", "nature": "2313",
                  "fonction": "213", "service": "Patrimoine", "montant": 120000.0}])
t3 = time.perf_counter()
import json, sys
print(json.dumps({"xlwings": t1 - t0, "addin": t2 - t1, "request": t3 - t2}))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 180.0) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("le service s'est arrêté au démarrage")
        try:
            with urllib.request.urlopen(f"{url}/api/v1/health", timeout=1) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("le service n'a pas répondu à temps")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "VERDIR_HOME": str(Path(home) / "state"), "VERDIR_TOKEN": TOKEN,
               "VERDIR_PORT": str(port)}
        env.pop("VERDIR_URL", None)
        server = subprocess.Popen([sys.executable, "-m", "verdir.service.server", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_healthy(f"http://127.0.0.1:{port}", server)
            totals, phases = [], []
            for index in range(args.runs + 1):  # the first run warms the disk cache and the service
                start = time.perf_counter()
                done = subprocess.run([sys.executable, "-B", "-c", CHILD], env=env, capture_output=True,
                                      text=True, check=True)
                total = time.perf_counter() - start
                if index:
                    totals.append(total)
                    phases.append(json.loads(done.stdout))
        finally:
            server.terminate()
            server.wait(timeout=30)
    ms = 1000

    def median(key: str) -> float:
        return statistics.median(p[key] for p in phases) * ms

    print(f"Appui sur un bouton (RunPython -> service), {args.runs} mesures, médianes :")
    total = statistics.median(totals) * ms
    print(f"  total du processus (démarrage Python + imports + requête) : {total:6.0f} ms"
          f" (max {max(totals) * ms:.0f} ms)")
    print(f"  import de xlwings (préfixe RunPython)                      : {median('xlwings'):6.0f} ms")
    print(f"  imports du complément Verdir                               : {median('addin'):6.0f} ms")
    print(f"  requête classify d'une ligne                               : {median('request'):6.0f} ms")
    rest = total - median("xlwings") - median("addin") - median("request")
    print(f"  démarrage et arrêt de l'interpréteur                       : {rest:6.0f} ms")


if __name__ == "__main__":
    main()
