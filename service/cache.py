"""Answers already given, for the current model version only.

Re-classifying an unchanged sheet (the add-in's "Classer" after adding a few rows) sends the
same lines again: their answers come from here instead of the engine. Entries are keyed by the
line's normalised identity with the readings of its direction codes that the request gave
(``verdir.engine.prepare.answer_key``: the amount does not count), and the cache empties itself
whenever the service's version changes (retraining, correction, rule, glossary), so it never
serves a stale answer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from verdir.engine.lines import Classification


class ResultCache:
    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._version = ""
        self._items: OrderedDict[str, Classification] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get_many(self, version: str, lines: Sequence[str]) -> dict[str, Classification]:
        found: dict[str, Classification] = {}
        with self._lock:
            if version != self._version:
                self._items.clear()
                self._version = version
                return found
            for line in lines:
                result = self._items.get(line)
                if result is not None:
                    self._items.move_to_end(line)
                    found[line] = result
            self.hits += len(found)
            self.misses += len(lines) - len(found)
        return found

    def put_many(self, version: str, items: Iterable[tuple[str, Classification]]) -> None:
        if self.capacity <= 0:
            return
        with self._lock:
            if version != self._version:
                return  # computed for a version that is already gone
            for line, result in items:
                self._items[line] = result
                self._items.move_to_end(line)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)
