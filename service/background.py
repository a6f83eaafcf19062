"""Retraining the head in a background thread after corrections, one run per burst.

A click in Excel sends one correction; a user reviewing a sheet sends dozens in a minute.
Each request only marks the model as stale; the worker waits until no new request came for
``delay`` seconds (but never more than ``max_delay`` after the first one), then retrains once.
Requests that arrive during a run trigger exactly one more run after it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger("verdir.service")

IDLE, PENDING, RUNNING = "idle", "pending", "running"


class Retrainer:
    def __init__(self, work: Callable[[], object], delay: float = 2.0, max_delay: float = 30.0) -> None:
        self._work = work
        self.delay = delay
        self.max_delay = max(max_delay, delay)
        self._condition = threading.Condition()
        self._first_request: float | None = None
        self._last_request: float | None = None
        self._running = False
        self._stopped = False
        self.runs = 0
        self.failures = 0
        self.last_seconds: float | None = None
        self._thread = threading.Thread(target=self._loop, name="verdir-retrain", daemon=True)
        self._thread.start()

    @property
    def state(self) -> str:
        with self._condition:
            if self._running:
                return RUNNING
            return PENDING if self._last_request is not None else IDLE

    def request(self) -> None:
        """Mark the model as stale; a run will follow shortly."""
        with self._condition:
            now = time.monotonic()
            if self._first_request is None:
                self._first_request = now
            self._last_request = now
            self._condition.notify_all()

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until nothing is pending or running (for tests and shutdown)."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._running or self._last_request is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._condition.wait(remaining)
        return True

    def stop(self, timeout: float = 5.0) -> None:
        with self._condition:
            self._stopped = True
            self._condition.notify_all()
        self._thread.join(timeout)

    def _next_run_at(self) -> float:
        assert self._first_request is not None and self._last_request is not None
        return min(self._last_request + self.delay, self._first_request + self.max_delay)

    def _loop(self) -> None:
        while True:
            with self._condition:
                while not self._stopped and (
                        self._last_request is None or time.monotonic() < self._next_run_at()):
                    timeout = None if self._last_request is None else self._next_run_at() - time.monotonic()
                    self._condition.wait(timeout)
                if self._stopped:
                    return
                self._first_request = self._last_request = None
                self._running = True
            started = time.perf_counter()
            try:
                self._work()
                self.last_seconds = time.perf_counter() - started
                log.info("Retrained the model in %.1f s", self.last_seconds)
            except Exception:  # keep serving with the previous model
                self.failures += 1
                log.exception("Retraining failed; the previous model stays in use")
            finally:
                with self._condition:
                    self._running = False
                    self.runs += 1
                    self._condition.notify_all()
