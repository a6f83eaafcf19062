"""The service's shared objects: engine, store, rules, frameworks and the background retrainer.

One :class:`ServiceState` per process, created by ``create_app`` and kept in
``app.extensions["verdir"]``. Blueprints only translate HTTP to these methods. Every change
is written to the store first (durably), then applied to the engine, so what was acknowledged
is what a restart reloads.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from verdir.engine.lines import BudgetLine, Classification
from verdir.engine.prepare import answer_key
from verdir.engine.rules import Rule, RuleBook, classify_with_rules
from verdir.frameworks import KIND_RATINGS, Framework, FrameworkError, FrameworkResult
from verdir.service import memory
from verdir.service.background import Retrainer
from verdir.service.cache import ResultCache
from verdir.service.frameworks import MAX_CUSTOM_FRAMEWORKS, Axes, FrameworkRegistry, canonical_values
from verdir.service.store import (
    MergeCounts,
    Store,
    StoredCorrection,
    StoredFrameworkCorrection,
    StoredRule,
)

log = logging.getLogger("verdir.service")

CHUNK_ROWS = 500


class ServiceState:
    def __init__(self, engine, store: Store, retrain: bool = True, retrain_delay: float = 2.0,
                 retrain_max_delay: float = 30.0, result_cache: int = 10_000) -> None:
        self.engine = engine
        self.store = store
        self.started = time.monotonic()
        self.pid = os.getpid()
        self._learn_lock = threading.RLock()  # serialises every change of what the engine knows
        self._mutations = 0
        self.rules = RuleBook()
        self._fingerprint = ""
        self.results = ResultCache(result_cache)
        self.retrainer = Retrainer(self._retrain, retrain_delay, retrain_max_delay) if retrain else None
        self.frameworks = FrameworkRegistry(engine, store)
        self._load_from_store()

    @classmethod
    def open(cls, state_dir: Path, engine=None, use_cache: bool = True, **options) -> ServiceState:
        """Open the store and load the engine with everything the authority taught it."""
        store = Store.in_folder(state_dir)
        glossary = store.glossary()
        if engine is None:
            from verdir.engine.engine import Engine

            engine = Engine.load(use_cache=use_cache, progress=log.info, user_glossary=glossary)
        return cls(engine, store, **options)

    def _load_from_store(self) -> None:
        started = time.perf_counter()
        with self._learn_lock:
            self.engine.set_user_glossary(self.store.glossary())
            corrections = self.store.corrections()
            if corrections:
                self.engine.add_corrections([(c.line, c.shares) for c in corrections])
                self._mutations += 1
            self.rules = RuleBook(stored.rule for stored in self.store.rules())
            self.frameworks.load_all()  # annexe-verte and custom frameworks with their corrections
            self._refresh_fingerprint()
        if corrections:
            self.request_retrain()
        log.info("Loaded %d corrections and %d rules in %.2f s", len(corrections), len(self.rules),
                 time.perf_counter() - started)

    def close(self) -> None:
        if self.retrainer is not None:
            self.retrainer.stop()
        self.store.close()

    # -------------------------------------------------------------------- reading
    @property
    def version(self) -> str:
        """Changes whenever an answer may change: retraining, corrections, rules, glossary."""
        return f"{self.engine.version}-{self._fingerprint}"

    @property
    def retraining(self) -> str:
        return self.retrainer.state if self.retrainer is not None else "disabled"

    def uptime(self) -> float:
        return time.monotonic() - self.started

    def classify(self, lines: Sequence[BudgetLine]) -> list[Classification]:
        """Results in input order.

        Lines are deduplicated on their identity (the amount does not matter), answers already
        given for the current version come from the result cache, and the rest go through the
        engine in chunks of ``CHUNK_ROWS`` lines, which bounds the memory a 20,000-row request takes.
        """
        version = self.version
        # What the whole request says its direction codes mean, whatever the chunk; an answer
        # is kept with the readings it used.
        readings = self.engine.read_directions(lines)
        keys = [answer_key(line, readings) for line in lines]
        unique = dict(zip(keys, lines, strict=True))
        known = self.results.get_many(version, list(unique))
        missing = [key for key in unique if key not in known]
        rules = self.rules
        for start in range(0, len(missing), CHUNK_ROWS):
            chunk = missing[start : start + CHUNK_ROWS]
            answers = classify_with_rules(self.engine, [unique[key] for key in chunk], rules, readings)
            computed = list(zip(chunk, answers, strict=True))
            known.update(computed)
            self.results.put_many(version, computed)
        if len(missing) > CHUNK_ROWS:
            memory.release()
        return [known[key] for key in keys]

    # ------------------------------------------------------------------- learning
    def add_corrections(self, items: Sequence[tuple[BudgetLine, dict[int, int]]]) -> list[int]:
        with self._learn_lock:
            ids = self.store.save_corrections(items)  # durable before anything else
            self.engine.add_corrections(items)
            self._changed()
        self.request_retrain()
        return ids

    def remove_correction(self, correction_id: int) -> StoredCorrection | None:
        with self._learn_lock:
            removed = self.store.delete_correction(correction_id)
            if removed is None:
                return None
            self.engine.remove_correction(removed.line)
            self._changed()
        self.request_retrain()
        return removed

    def save_rule(self, rule: Rule) -> StoredRule:
        with self._learn_lock:
            stored = self.store.save_rule(rule)
            self._reload_rules()
        return stored

    def delete_rule(self, rule_id: int) -> bool:
        with self._learn_lock:
            deleted = self.store.delete_rule(rule_id)
            if deleted:
                self._reload_rules()
        return deleted

    def set_glossary(self, entries: Mapping[str, str]) -> None:
        with self._learn_lock:
            self.store.replace_glossary(entries)
            self.engine.set_user_glossary(self.store.glossary())
            self._changed()
        self.request_retrain()  # corrections are re-read with the new abbreviations

    def merge(self, corrections: Sequence[tuple[BudgetLine, dict[int, int]]], rules: Sequence[Rule],
              glossary: Mapping[str, str], frameworks: Sequence[tuple[str, Axes]] = (),
              framework_corrections: Sequence[tuple[str, BudgetLine, dict[str, object]]] = (),
              ) -> dict[str, MergeCounts]:
        with self._learn_lock:
            counts = self.store.merge(corrections, rules, glossary, frameworks, framework_corrections)
            # Frameworks that changed are rebuilt from the store on next use (local wins there too).
            touched = {name for name, _ in frameworks} | {name for name, _, _ in framework_corrections}
            for name in touched:
                self.frameworks.forget(name)
            if counts["glossary"].added:
                self.engine.set_user_glossary(self.store.glossary())
            if counts["corrections"].added:
                # Reload from the store: on conflicts the local correction was kept.
                stored = self.store.corrections()
                self.engine.add_corrections([(c.line, c.shares) for c in stored])
            self._reload_rules()
            self._changed()
        if counts["corrections"].added or counts["glossary"].added:
            self.request_retrain()
        return counts

    # ----------------------------------------------------------------- frameworks
    def classify_framework(self, name: str, lines: Sequence[BudgetLine]
                           ) -> tuple[Framework, list[FrameworkResult]]:
        """A non-ODD framework's results in input order, in chunks of ``CHUNK_ROWS`` lines."""
        framework = self.frameworks.get(name)
        results: list[FrameworkResult] = []
        for start in range(0, len(lines), CHUNK_ROWS):
            results += framework.classify(lines[start : start + CHUNK_ROWS])
        if len(lines) > CHUNK_ROWS:
            memory.release()
        return framework, results

    def add_framework_corrections(self, name: str,
                                  items: Sequence[tuple[BudgetLine, dict[str, object]]]) -> list[int]:
        """Store (durably first) then teach corrections already checked by :func:`canonical_values`.

        Annex corrections of a line already corrected are merged axis by axis, as the framework
        merges them, so that a restart reloads exactly what is answered now.
        """
        with self._learn_lock:
            framework = self.frameworks.get(name)
            if framework.kind == KIND_RATINGS:
                merged = []
                for line, values in items:
                    known = self.store.framework_correction_for(name, line)
                    combined = {**known.values, **values} if known is not None else dict(values)
                    merged.append((line, {c: combined[c] for c in framework.columns if c in combined}))
                items = merged
            ids = self.store.save_framework_corrections(name, items)
            framework.add_corrections(items)
            self._changed()
        return ids

    def remove_framework_correction(self, name: str,
                                    correction_id: int) -> StoredFrameworkCorrection | None:
        with self._learn_lock:
            removed = self.store.delete_framework_correction(name, correction_id)
            if removed is None:
                return None
            self.frameworks.get(name).remove_correction(removed.line)
            self._changed()
        return removed

    def save_framework(self, name: str, axes: Axes) -> tuple[bool, int]:
        """Create or replace a custom framework; returns (created, corrections dropped because they
        no longer fit the new axes). Raises :class:`FrameworkError` (French) when over the limit."""
        framework = self.frameworks.build_custom(name, axes)  # embeds the axes, outside the lock
        with self._learn_lock:
            known = self.store.framework(name) is not None
            if not known and len(self.store.frameworks()) >= MAX_CUSTOM_FRAMEWORKS:
                raise FrameworkError(f"au plus {MAX_CUSTOM_FRAMEWORKS} cadres personnalisés : "
                                     "supprimez-en un d'abord")
            kept, dropped = [], []
            for stored in self.store.framework_corrections(name):
                try:
                    kept.append((stored.line, canonical_values(framework, stored.values)))
                except FrameworkError:
                    dropped.append(stored.id)
            created = self.store.save_framework(name, axes, dropped)
            if kept:
                framework.add_corrections(kept)
            self.frameworks.install(name, framework)
            self._changed()
        return created, len(dropped)

    def delete_framework(self, name: str) -> int | None:
        """Delete a custom framework; None when unknown, else how many corrections went with it."""
        with self._learn_lock:
            removed = self.store.delete_framework(name)
            if removed is not None:
                self.frameworks.forget(name)
                self._changed()
        return removed

    def request_retrain(self) -> None:
        if self.retrainer is not None:
            self.retrainer.request()

    def _reload_rules(self) -> None:
        self.rules = RuleBook(stored.rule for stored in self.store.rules())
        self._refresh_fingerprint()

    def _changed(self) -> None:
        self._mutations += 1
        self._refresh_fingerprint()

    def _refresh_fingerprint(self) -> None:
        digest = hashlib.sha256()
        for item in self.store.corrections():
            digest.update(f"c{item.id}:{item.updated_at}:{item.shares}\n".encode())
        for stored in self.store.rules():
            digest.update(f"r{stored.rule.id}:{stored.rule.shares}\n".encode())
        for abbreviation, meaning in self.store.glossary().items():
            digest.update(f"g{abbreviation}={meaning}\n".encode())
        for framework in self.store.frameworks():
            digest.update(f"f{framework.name}:{framework.updated_at}:{framework.axes}\n".encode())
        for correction in self.store.framework_corrections():
            digest.update(f"fc{correction.id}:{correction.updated_at}:{correction.values}\n".encode())
        self._fingerprint = digest.hexdigest()[:8]

    def _retrain(self) -> None:
        with self._learn_lock:
            mark = self._mutations
        self.engine.retrain()
        with self._learn_lock:
            if self._mutations != mark:
                # Corrections arrived while the head was refitted on the older set: give them
                # back to the neighbour memory now (another retrain is already scheduled).
                self.engine.add_corrections([])


def current_state() -> ServiceState:
    """The process's :class:`ServiceState` (inside a request)."""
    from flask import current_app

    return current_app.extensions["verdir"]
