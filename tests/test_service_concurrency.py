"""8 clients x 50 requests at once on the real service: every answer is the right one."""

from __future__ import annotations

import csv
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import requests

if TYPE_CHECKING:
    from service_fixtures import LiveServer

pytest_plugins = ["service_fixtures"]

PARIS = Path(__file__).resolve().parents[2] / "shared" / "data" / "eval" / "paris_lines_unlabelled.csv"
FALLBACK = ["ISOL THERM GS PASTEUR", "SUBV ASSO BANQUE ALIMENTAIRE", "REFECTION TOITURE GYMNASE",
            "ACHAT VEHICULES ELECTRIQUES", "PISTES CYCLABLES BD VOLTAIRE", "ECLAIRAGE PUBLIC LED",
            "CRECHE MUNICIPALE LES LILAS", "PLANTATION ARBRES SQUARE", "RESTAURATION SCOLAIRE BIO",
            "LOGEMENT SOCIAL RUE DES ECOLES", "VIDEOPROTECTION", "MEDIATHEQUE CENTRE VILLE"]
THREADS, REQUESTS = 8, 50


def _pool(size: int = 60) -> list[dict]:
    if PARIS.exists():
        with PARIS.open(encoding="utf-8") as handle:
            rows = [{"libelle": row["libelle"], "mission": row.get("mission", "")}
                    for row in csv.DictReader(handle)]
        return random.Random(4).sample(rows, size)
    return [{"libelle": label, "fonction": str(20 + index)} for index, label in enumerate(FALLBACK)]


def test_8_clients_50_requests_each_all_correct(new_server: LiveServer) -> None:
    # Without the result cache, so that every request really goes through the engine.
    live_server = new_server.start("--result-cache", "0")
    pool = _pool()
    model = live_server.wait_retrained()["model"]
    reference = live_server.classify(*pool)  # one sequential pass: the expected answers
    assert live_server.classify(*pool) == reference  # deterministic

    def client(number: int) -> list[str]:
        session = requests.Session()
        session.headers["X-Verdir-Token"] = live_server.token
        chooser = random.Random(number)
        problems = []
        for request_number in range(REQUESTS):
            picked = chooser.sample(range(len(pool)), chooser.randint(1, 6))
            answer = session.post(live_server.url + "/api/v1/classify", timeout=60,
                                  json={"rows": [pool[i] for i in picked]})
            if answer.status_code != 200:
                problems.append(f"client {number} request {request_number}: {answer.status_code}")
                continue
            body = answer.json()
            if body["model"] != model:
                problems.append(f"client {number}: model changed to {body['model']}")
            if body["results"] != [reference[i] for i in picked]:
                problems.append(f"client {number} request {request_number}: wrong results for {picked}")
        return problems

    with ThreadPoolExecutor(THREADS) as executor:
        problems = [problem for found in executor.map(client, range(THREADS)) for problem in found]
    assert problems == []
