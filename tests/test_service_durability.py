"""kill -9 during a stream of corrections: after a restart, every acknowledged one is there."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

import requests

if TYPE_CHECKING:
    from service_fixtures import LiveServer

pytest_plugins = ["service_fixtures"]


def test_no_acknowledged_correction_is_lost_after_kill_9(new_server: LiveServer) -> None:
    server = new_server.start()
    acknowledged: dict[str, dict[str, int]] = {}
    stop = threading.Event()

    def stream() -> None:
        session = requests.Session()
        session.headers["X-Verdir-Token"] = server.token
        for number in range(10_000):
            if stop.is_set():
                return
            label = f"TRAVAUX CHAUFFERIE BATIMENT {number}"
            shares = {str(number % 17 + 1): 100}
            try:
                answer = session.post(server.url + "/api/v1/corrections", timeout=30,
                                      json={"rows": [{"libelle": label, "odd": shares}]})
            except requests.RequestException:
                return  # the service died under us: this one was never acknowledged
            if answer.status_code == 200:
                acknowledged[label] = shares

    writer = threading.Thread(target=stream)
    writer.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()  # SIGKILL in the middle of the stream
    stop.set()
    writer.join(30)
    assert len(acknowledged) >= 40

    server.start()
    listed = server.get("/api/v1/corrections").json()["corrections"]
    stored = {item["libelle"]: item["odd"] for item in listed}
    missing = [label for label in acknowledged if stored.get(label) != acknowledged[label]]
    assert missing == []
    assert set(stored) - set(acknowledged) <= {f"TRAVAUX CHAUFFERIE BATIMENT {len(acknowledged)}"}
    labels = list(acknowledged)
    results = server.classify(*({"libelle": label} for label in labels))
    assert all(result["source"] == "correction" for result in results)
    assert [result["odd"] for result in results] == [acknowledged[label] for label in labels]
    assert server.get("/api/v1/health").json()["corrections"] == len(stored)
