"""Background retraining: one run per burst of corrections, errors do not stop the worker."""

from __future__ import annotations

import threading
import time

from verdir.service.background import IDLE, PENDING, RUNNING, Retrainer


def test_a_burst_of_requests_gives_one_run() -> None:
    runs: list[float] = []
    retrainer = Retrainer(lambda: runs.append(time.monotonic()), delay=0.2, max_delay=5)
    try:
        for _ in range(20):
            retrainer.request()
            time.sleep(0.01)
        assert retrainer.state == PENDING
        assert retrainer.wait_idle(5)
        assert len(runs) == 1 and retrainer.state == IDLE
    finally:
        retrainer.stop()


def test_a_steady_stream_still_retrains_after_max_delay() -> None:
    runs: list[float] = []
    retrainer = Retrainer(lambda: runs.append(time.monotonic()), delay=0.2, max_delay=0.5)
    try:
        started = time.monotonic()
        while time.monotonic() - started < 1.3:
            retrainer.request()
            time.sleep(0.05)
        assert len(runs) >= 2  # never postponed forever
        assert retrainer.wait_idle(5)
    finally:
        retrainer.stop()


def test_requests_during_a_run_give_exactly_one_more_run() -> None:
    release = threading.Event()
    runs = []

    def work() -> None:
        runs.append(1)
        if len(runs) == 1:
            release.wait(5)

    retrainer = Retrainer(work, delay=0.05, max_delay=1)
    try:
        retrainer.request()
        deadline = time.monotonic() + 5
        while retrainer.state != RUNNING and time.monotonic() < deadline:
            time.sleep(0.01)
        for _ in range(5):
            retrainer.request()
        release.set()
        assert retrainer.wait_idle(5)
        assert len(runs) == 2
    finally:
        retrainer.stop()


def test_a_failing_run_is_counted_and_the_worker_goes_on() -> None:
    calls = []

    def work() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("boom")

    retrainer = Retrainer(work, delay=0.01)
    try:
        retrainer.request()
        assert retrainer.wait_idle(5)
        retrainer.request()
        assert retrainer.wait_idle(5)
        assert len(calls) == 2 and retrainer.failures == 1 and retrainer.runs == 2
    finally:
        retrainer.stop()
