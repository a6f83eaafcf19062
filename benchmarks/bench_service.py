"""Benchmark of the local service over real HTTP (waitress, as the Excel add-in uses it).

    .venv/bin/python benchmarks/bench_service.py [--lines PATH] [--quick]

Starts ``python -m verdir.service.server`` on a free port with a fresh state and a cold
embedding cache (temporary folders), then prints:

- start-up time until /health answers (model already built; target <= 3 s);
- p50/p95 latency of a one-row classify, for lines never seen and already seen (target p95 <= 50 ms);
- one 5,000-row request with a cold cache, then warm: embeddings cached (the engine recomputes),
  and the same request again (answers from the result cache) (targets <= 20 s and <= 1 s);
- the service's memory (RSS and peak) after classifying 20,000 distinct rows (target <= 450 MB);
- throughput with 8 concurrent clients: one-row requests answered from the result cache, then
  one-row and 50-row requests that go through the engine (embeddings cached).

Lines come from ``../shared/data/eval/paris_lines_unlabelled.csv`` (label + mission); variants
("... LOT 2") make up distinct lines beyond the 3,461 of the file.
"""

from __future__ import annotations

import argparse
import csv
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LINES = ROOT.parent / "shared" / "data" / "eval" / "paris_lines_unlabelled.csv"


def read_lines(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        rows = [{"libelle": row["libelle"], "mission": row.get("mission") or ""}
                for row in csv.DictReader(handle)]
    unique = list({(r["libelle"], r["mission"]): r for r in rows if r["libelle"].strip()}.values())
    return unique


def distinct_rows(base: list[dict[str, str]], count: int, variant: int = 0) -> list[dict[str, str]]:
    """``count`` distinct rows: the base lines, then variants "<label> LOT n"."""
    rows: list[dict[str, str]] = []
    round_number = variant
    while len(rows) < count:
        for row in base:
            if len(rows) == count:
                break
            label = row["libelle"] if round_number == 0 else f"{row['libelle']} LOT {round_number + 1}"
            rows.append({**row, "libelle": label})
        round_number += 1
    return rows


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def memory_kib(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak) of a process, from /proc (Linux), or psutil when installed."""
    status = Path(f"/proc/{pid}/status")
    if status.exists():
        values = {}
        for line in status.read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
        return values
    try:
        import psutil  # type: ignore[import-not-found]
    except ImportError:
        return {}
    info = psutil.Process(pid).memory_info()
    return {"VmRSS": info.rss // 1024, "VmHWM": getattr(info, "peak_wset", info.rss) // 1024}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Service:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, VERDIR_HOME=str(home / "state"), VERDIR_CACHE_DIR=str(home / "cache"))
        env.pop("VERDIR_TOKEN", None)
        self.log = open(home / "service.log", "wb")  # noqa: SIM115 - closed in stop()
        started = time.perf_counter()
        command = [sys.executable, "-m", "verdir.service.server", "--port", str(self.port)]
        self.process = subprocess.Popen(command, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        while True:
            if self.process.poll() is not None:
                raise SystemExit(f"service exited: see {home / 'service.log'}")
            try:
                if requests.get(self.url + "/api/v1/health", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.perf_counter() - started > 300:
                raise SystemExit("service did not start in 300 s")
            time.sleep(0.05)
        self.startup = time.perf_counter() - started
        self.token = (home / "state" / "token").read_text().strip()

    def session(self) -> requests.Session:
        session = requests.Session()
        session.headers["X-Verdir-Token"] = self.token
        return session

    def classify(self, session: requests.Session, rows: list[dict]) -> float:
        started = time.perf_counter()
        answer = session.post(self.url + "/api/v1/classify", json={"rows": rows}, timeout=600)
        elapsed = time.perf_counter() - started
        if answer.status_code != 200 or len(answer.json()["results"]) != len(rows):
            raise SystemExit(f"bad answer {answer.status_code}: {answer.text[:300]}")
        return elapsed

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def throughput(service: Service, rows: list[dict], clients: int, batch: int,
               seconds: float) -> tuple[float, float]:
    """Requests per second and rows per second of ``clients`` concurrent clients, each walking
    its own stretch of ``rows`` once (no line is sent twice) for at most ``seconds``."""
    deadline = time.perf_counter() + seconds
    stretch = len(rows) // clients

    def run(number: int) -> int:
        session = service.session()
        done, index = 0, number * stretch
        while time.perf_counter() < deadline and index + batch <= (number + 1) * stretch:
            chosen = rows[index : index + batch]
            service.classify(session, chosen)
            index += batch
            done += 1
        return done

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as executor:
        requests_done = sum(executor.map(run, range(clients)))
    elapsed = time.perf_counter() - started
    return requests_done / elapsed, requests_done * batch / elapsed


class VersionBump:
    """A rule that matches nothing: the model version changes, so the result cache is bypassed
    and the engine recomputes (with the embeddings it has cached)."""

    def __init__(self, service: Service, session: requests.Session) -> None:
        self.service, self.session = service, session

    def __enter__(self) -> VersionBump:
        answer = self.session.post(self.service.url + "/api/v1/rules", timeout=30, json={
            "colonne": "nature", "valeur": "99999", "correspondance": "exacte", "odd": {"1": 100}})
        self.rule_id = answer.json()["rule"]["id"]
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.delete(f"{self.service.url}/api/v1/rules/{self.rule_id}", timeout=30)


def report_latency(name: str, values: list[float]) -> None:
    print(f"One-row classify, {name} (n={len(values)}): p50 {statistics.median(values):.1f} ms, "
          f"p95 {percentile(values, 0.95):.1f} ms, max {max(values):.1f} ms (target p95 <= 50 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=Path, default=DEFAULT_LINES)
    parser.add_argument("--quick", action="store_true", help="smaller sample sizes (smoke run)")
    args = parser.parse_args()
    base = read_lines(args.lines)
    single_count = 60 if args.quick else 300
    batch_rows = 1_000 if args.quick else 5_000
    memory_rows = 4_000 if args.quick else 20_000
    seconds = 3.0 if args.quick else 8.0

    with tempfile.TemporaryDirectory(prefix="verdir-bench-") as folder:
        service = Service(Path(folder))
        try:
            session = service.session()
            print(f"Lines: {len(base)} distinct from {args.lines.name}; CPUs: {os.cpu_count()}")
            print(f"Start-up until /health answers: {service.startup:.2f} s (target <= 3 s)")
            memory = memory_kib(service.process.pid)
            if memory:
                print(f"RSS after start-up: {memory['VmRSS'] / 1024:.0f} MB")

            # One-row requests: lines never seen (variants absent from every other sample),
            # then the same lines again (result cache), then again after a version change.
            fresh = distinct_rows(base, single_count, variant=40)
            service.classify(session, fresh[:1])
            report_latency("new line", [service.classify(session, [row]) * 1000 for row in fresh[1:]])
            report_latency("same line again", [service.classify(session, [row]) * 1000 for row in fresh[1:]])
            with VersionBump(service, session):
                report_latency("seen line after a model change",
                               [service.classify(session, [row]) * 1000 for row in fresh[1:]])

            rows = distinct_rows(base, batch_rows)
            first = service.classify(session, rows)
            repeated = service.classify(session, rows)
            with VersionBump(service, session):
                recomputed = service.classify(session, rows)
            print(f"{batch_rows}-row request: cold cache {first:.2f} s (target <= 20 s); warm: "
                  f"{recomputed:.2f} s with the embeddings cached (engine recomputes), "
                  f"{repeated:.2f} s for the same request again (result cache) (target <= 1 s)")

            all_rows = distinct_rows(base, memory_rows)
            for start in range(batch_rows, memory_rows, 5_000):
                service.classify(session, all_rows[start:start + 5_000])
            service.classify(session, all_rows[:20_000])  # and one maximal request
            memory = memory_kib(service.process.pid)
            if memory:
                print(f"After {memory_rows} distinct rows: RSS {memory['VmRSS'] / 1024:.0f} MB, "
                      f"peak {memory['VmHWM'] / 1024:.0f} MB (target <= 450 MB)")
            else:
                print("Memory: not measurable here (no /proc, no psutil)")

            cached = all_rows[:batch_rows]
            service.classify(session, cached)  # make sure these answers are in the result cache
            per_second, _ = throughput(service, cached, 8, 1, seconds)
            print(f"8 concurrent clients, 1-row requests answered from the result cache: "
                  f"{per_second:.0f} requests/s")
            with VersionBump(service, session):
                for batch in (1, 50):
                    per_second, rows_per_second = throughput(service, all_rows, 8, batch, seconds)
                    print(f"8 concurrent clients, {batch}-row requests, engine path: "
                          f"{per_second:.0f} requests/s, {rows_per_second:.0f} rows/s")
        finally:
            service.stop()


if __name__ == "__main__":
    main()
