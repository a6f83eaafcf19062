"""What the authority taught Verdir, kept in SQLite (WAL) in the per-user state folder.

One file, ``verdir.sqlite``: corrections, rules, the user glossary, custom frameworks and the
corrections of non-ODD frameworks. Every write is one
transaction committed with ``synchronous=FULL`` before the caller answers, so an acknowledged
correction survives a crash of the service or of the machine. The schema is versioned with
``PRAGMA user_version`` and upgraded by the migrations below, in order, at start-up.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from verdir.engine.lines import BudgetLine
from verdir.engine.prepare import line_identity
from verdir.engine.rules import Rule
from verdir.engine.text import fold

DB_NAME = "verdir.sqlite"
LINE_FIELDS = ("libelle", "chapitre", "nature", "fonction", "service", "mission")

# Each migration is a list of statements run in one transaction; the index + 1 is the version.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            line_key TEXT NOT NULL UNIQUE,
            libelle TEXT NOT NULL,
            chapitre TEXT NOT NULL DEFAULT '',
            nature TEXT NOT NULL DEFAULT '',
            fonction TEXT NOT NULL DEFAULT '',
            service TEXT NOT NULL DEFAULT '',
            mission TEXT NOT NULL DEFAULT '',
            odd TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE rules (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            colonne TEXT NOT NULL,
            correspondance TEXT NOT NULL,
            valeur TEXT NOT NULL,
            odd TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (colonne, correspondance, valeur)
        )""",
        """CREATE TABLE glossary (
            folded TEXT PRIMARY KEY,
            sigle TEXT NOT NULL,
            signification TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
    ],
    [  # 2: custom frameworks and corrections of non-ODD frameworks (verdir.frameworks)
        """CREATE TABLE frameworks (
            name TEXT PRIMARY KEY,
            axes TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE framework_corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            framework TEXT NOT NULL,
            line_key TEXT NOT NULL,
            libelle TEXT NOT NULL,
            chapitre TEXT NOT NULL DEFAULT '',
            nature TEXT NOT NULL DEFAULT '',
            fonction TEXT NOT NULL DEFAULT '',
            service TEXT NOT NULL DEFAULT '',
            mission TEXT NOT NULL DEFAULT '',
            valeurs TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (framework, line_key)
        )""",
    ],
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """The database cannot be used (message in French)."""


@dataclass(frozen=True)
class StoredCorrection:
    id: int
    line: BudgetLine
    shares: dict[int, int]
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class StoredFramework:
    """A custom framework: its axes as (name, description, examples)."""

    name: str
    axes: list[tuple[str, str, list[str]]]
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class StoredFrameworkCorrection:
    """A corrected line of a non-ODD framework: ``values`` maps its columns to cells."""

    id: int
    framework: str
    line: BudgetLine
    values: dict[str, object]
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class StoredRule:
    rule: Rule
    created_at: str


@dataclass(frozen=True)
class MergeCounts:
    """What an import did to one kind of item."""

    added: int = 0
    unchanged: int = 0
    kept_local: int = 0  # same key, different content: the local decision is kept


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dump_shares(shares: Mapping[int, int]) -> str:
    return json.dumps({str(goal): int(value) for goal, value in shares.items()})


def _load_shares(text: str) -> dict[int, int]:
    shares = {int(goal): int(value) for goal, value in json.loads(text).items()}
    return dict(sorted(shares.items(), key=lambda item: (-item[1], item[0])))


class Store:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None,
                                       check_same_thread=False)
            self._db.execute("PRAGMA busy_timeout = 30000")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"base de données illisible ({self.path}) : {error}") from error

    @classmethod
    def in_folder(cls, folder: Path) -> Store:
        return cls(Path(folder) / DB_NAME)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(f"la base {self.path} vient d'une version plus récente de Verdir "
                             f"(schéma {version}, cette version connaît le schéma {SCHEMA_VERSION})")
        for number in range(version, SCHEMA_VERSION):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number + 1}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, parameters).fetchall()

    # ------------------------------------------------------------------ corrections
    def save_corrections(self, items: Iterable[tuple[BudgetLine, Mapping[int, int]]]) -> list[int]:
        """Insert or replace (same line identity) corrections in one durable transaction."""
        now = _now()
        ids = []
        with self._transaction() as db:
            for line, shares in items:
                key = line_identity(line)
                values = [getattr(line, name) or "" for name in LINE_FIELDS]
                db.execute(
                    "INSERT INTO corrections (line_key, libelle, chapitre, nature, fonction, service, "
                    "mission, odd, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (line_key) DO UPDATE SET libelle = excluded.libelle, "
                    "chapitre = excluded.chapitre, nature = excluded.nature, "
                    "fonction = excluded.fonction, service = excluded.service, "
                    "mission = excluded.mission, odd = excluded.odd, updated_at = excluded.updated_at",
                    [key, *values, _dump_shares(shares), now, now])
                ids.append(db.execute("SELECT id FROM corrections WHERE line_key = ?",
                                      [key]).fetchone()[0])
        return ids

    def corrections(self) -> list[StoredCorrection]:
        rows = self._query("SELECT id, libelle, chapitre, nature, fonction, service, mission, odd, "
                           "created_at, updated_at FROM corrections ORDER BY id")
        return [_correction(row) for row in rows]

    def correction(self, correction_id: int) -> StoredCorrection | None:
        rows = self._query("SELECT id, libelle, chapitre, nature, fonction, service, mission, odd, "
                           "created_at, updated_at FROM corrections WHERE id = ?", [correction_id])
        return _correction(rows[0]) if rows else None

    def delete_correction(self, correction_id: int) -> StoredCorrection | None:
        found = self.correction(correction_id)
        if found is not None:
            with self._transaction() as db:
                db.execute("DELETE FROM corrections WHERE id = ?", [correction_id])
        return found

    def count_corrections(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM corrections")[0][0])

    # ------------------------------------------------------------------------ rules
    def save_rule(self, rule: Rule) -> StoredRule:
        """Insert a rule, or replace the distribution of the rule with the same identity."""
        now = _now()
        with self._transaction() as db:
            db.execute(
                "INSERT INTO rules (colonne, correspondance, valeur, odd, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (colonne, correspondance, valeur) "
                "DO UPDATE SET odd = excluded.odd",
                [rule.column, rule.mode, rule.value, _dump_shares(rule.shares), now])
            row = db.execute(
                "SELECT id, colonne, correspondance, valeur, odd, created_at FROM rules "
                "WHERE colonne = ? AND correspondance = ? AND valeur = ?",
                [rule.column, rule.mode, rule.value]).fetchone()
        return _rule(row)

    def rules(self) -> list[StoredRule]:
        rows = self._query("SELECT id, colonne, correspondance, valeur, odd, created_at FROM rules "
                           "ORDER BY id")
        return [_rule(row) for row in rows]

    def delete_rule(self, rule_id: int) -> bool:
        with self._transaction() as db:
            return db.execute("DELETE FROM rules WHERE id = ?", [rule_id]).rowcount > 0

    # --------------------------------------------------------------------- glossary
    def glossary(self) -> dict[str, str]:
        rows = self._query("SELECT sigle, signification FROM glossary ORDER BY folded")
        return {abbreviation: meaning for abbreviation, meaning in rows}

    def replace_glossary(self, entries: Mapping[str, str]) -> None:
        now = _now()
        with self._transaction() as db:
            db.execute("DELETE FROM glossary")
            for abbreviation, meaning in entries.items():
                db.execute("INSERT OR REPLACE INTO glossary (folded, sigle, signification, updated_at) "
                           "VALUES (?, ?, ?, ?)", [fold(abbreviation), abbreviation, meaning, now])

    # ------------------------------------------------------------------- frameworks
    def frameworks(self) -> list[StoredFramework]:
        rows = self._query("SELECT name, axes, created_at, updated_at FROM frameworks ORDER BY name")
        return [_framework(row) for row in rows]

    def framework(self, name: str) -> StoredFramework | None:
        rows = self._query("SELECT name, axes, created_at, updated_at FROM frameworks WHERE name = ?",
                           [name])
        return _framework(rows[0]) if rows else None

    def save_framework(self, name: str, axes: Sequence[tuple[str, str, Sequence[str]]],
                       dropped: Sequence[int] = ()) -> bool:
        """Insert or replace a custom framework (and delete the corrections ``dropped`` by the new
        axes) in one transaction; True when it is new."""
        now = _now()
        with self._transaction() as db:
            known = db.execute("SELECT 1 FROM frameworks WHERE name = ?", [name]).fetchone()
            db.execute("INSERT INTO frameworks (name, axes, created_at, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET axes = excluded.axes, "
                       "updated_at = excluded.updated_at", [name, _dump_axes(axes), now, now])
            for correction_id in dropped:
                db.execute("DELETE FROM framework_corrections WHERE id = ? AND framework = ?",
                           [correction_id, name])
        return known is None

    def delete_framework(self, name: str) -> int | None:
        """Delete a custom framework and its corrections; None when unknown, else how many
        corrections went with it."""
        with self._transaction() as db:
            if db.execute("DELETE FROM frameworks WHERE name = ?", [name]).rowcount == 0:
                return None
            return db.execute("DELETE FROM framework_corrections WHERE framework = ?",
                              [name]).rowcount

    def save_framework_corrections(self, framework: str,
                                   items: Iterable[tuple[BudgetLine, Mapping[str, object]]]) -> list[int]:
        """Insert or replace (same framework and line identity) in one durable transaction."""
        now = _now()
        ids = []
        with self._transaction() as db:
            for line, values in items:
                key = line_identity(line)
                fields = [getattr(line, name) or "" for name in LINE_FIELDS]
                db.execute(
                    "INSERT INTO framework_corrections (framework, line_key, libelle, chapitre, nature, "
                    "fonction, service, mission, valeurs, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (framework, line_key) DO UPDATE "
                    "SET libelle = excluded.libelle, chapitre = excluded.chapitre, "
                    "nature = excluded.nature, fonction = excluded.fonction, service = excluded.service, "
                    "mission = excluded.mission, valeurs = excluded.valeurs, "
                    "updated_at = excluded.updated_at",
                    [framework, key, *fields, _dump_values(values), now, now])
                ids.append(db.execute("SELECT id FROM framework_corrections WHERE framework = ? AND "
                                      "line_key = ?", [framework, key]).fetchone()[0])
        return ids

    def framework_corrections(self, framework: str | None = None) -> list[StoredFrameworkCorrection]:
        where, parameters = ("WHERE framework = ?", [framework]) if framework else ("", [])
        rows = self._query(f"SELECT {_FC_COLUMNS} FROM framework_corrections {where} ORDER BY id",
                           parameters)
        return [_framework_correction(row) for row in rows]

    def framework_correction_for(self, framework: str, line: BudgetLine) -> StoredFrameworkCorrection | None:
        rows = self._query(f"SELECT {_FC_COLUMNS} FROM framework_corrections WHERE framework = ? AND "
                           "line_key = ?", [framework, line_identity(line)])
        return _framework_correction(rows[0]) if rows else None

    def delete_framework_correction(self, framework: str,
                                    correction_id: int) -> StoredFrameworkCorrection | None:
        rows = self._query(f"SELECT {_FC_COLUMNS} FROM framework_corrections WHERE id = ? AND "
                           "framework = ?", [correction_id, framework])
        if not rows:
            return None
        with self._transaction() as db:
            db.execute("DELETE FROM framework_corrections WHERE id = ?", [correction_id])
        return _framework_correction(rows[0])

    # ----------------------------------------------------------------------- import
    def merge(self, corrections: Sequence[tuple[BudgetLine, Mapping[int, int]]],
              rules: Sequence[Rule], glossary: Mapping[str, str],
              frameworks: Sequence[tuple[str, Sequence[tuple[str, str, Sequence[str]]]]] = (),
              framework_corrections: Sequence[tuple[str, BudgetLine, Mapping[str, object]]] = (),
              ) -> dict[str, MergeCounts]:
        """Add what is not known yet, in one transaction; local decisions win on conflicts.

        Importing the same file twice changes nothing the second time.
        """
        now = _now()
        counts = {"corrections": [0, 0, 0], "rules": [0, 0, 0], "glossary": [0, 0, 0],
                  "frameworks": [0, 0, 0], "framework_corrections": [0, 0, 0]}
        with self._transaction() as db:
            for line, shares in corrections:
                key, odd = line_identity(line), _dump_shares(shares)
                row = db.execute("SELECT odd FROM corrections WHERE line_key = ?", [key]).fetchone()
                if row is None:
                    values = [getattr(line, name) or "" for name in LINE_FIELDS]
                    db.execute("INSERT INTO corrections (line_key, libelle, chapitre, nature, fonction, "
                               "service, mission, odd, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [key, *values, odd, now, now])
                _count(counts["corrections"], row is None, row is not None and _same_shares(row[0], odd))
            for rule in rules:
                odd = _dump_shares(rule.shares)
                row = db.execute("SELECT odd FROM rules WHERE colonne = ? AND correspondance = ? "
                                 "AND valeur = ?", [rule.column, rule.mode, rule.value]).fetchone()
                if row is None:
                    db.execute("INSERT INTO rules (colonne, correspondance, valeur, odd, created_at) "
                               "VALUES (?, ?, ?, ?, ?)", [rule.column, rule.mode, rule.value, odd, now])
                _count(counts["rules"], row is None, row is not None and _same_shares(row[0], odd))
            for abbreviation, meaning in glossary.items():
                row = db.execute("SELECT signification FROM glossary WHERE folded = ?",
                                 [fold(abbreviation)]).fetchone()
                if row is None:
                    db.execute("INSERT INTO glossary (folded, sigle, signification, updated_at) "
                               "VALUES (?, ?, ?, ?)", [fold(abbreviation), abbreviation, meaning, now])
                _count(counts["glossary"], row is None, row is not None and row[0] == meaning)
            for name, axes in frameworks:
                text = _dump_axes(axes)
                row = db.execute("SELECT axes FROM frameworks WHERE name = ?", [name]).fetchone()
                if row is None:
                    db.execute("INSERT INTO frameworks (name, axes, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?)", [name, text, now, now])
                _count(counts["frameworks"], row is None,
                       row is not None and _load_axes(row[0]) == _load_axes(text))
            for framework, line, values in framework_corrections:
                key, text = line_identity(line), _dump_values(values)
                row = db.execute("SELECT valeurs FROM framework_corrections WHERE framework = ? AND "
                                 "line_key = ?", [framework, key]).fetchone()
                if row is None:
                    fields = [getattr(line, name) or "" for name in LINE_FIELDS]
                    db.execute("INSERT INTO framework_corrections (framework, line_key, libelle, "
                               "chapitre, nature, fonction, service, mission, valeurs, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               [framework, key, *fields, text, now, now])
                _count(counts["framework_corrections"], row is None,
                       row is not None and json.loads(row[0]) == dict(values))
        return {kind: MergeCounts(*values) for kind, values in counts.items()}


def _dump_axes(axes: Sequence[tuple[str, str, Sequence[str]]]) -> str:
    return json.dumps([{"nom": n, "description": d, "exemples": list(e)} for n, d, e in axes],
                      ensure_ascii=False)


def _load_axes(text: str) -> list[tuple[str, str, list[str]]]:
    return [(a["nom"], a["description"], list(a["exemples"])) for a in json.loads(text)]


def _dump_values(values: Mapping[str, object]) -> str:
    return json.dumps(dict(values), ensure_ascii=False)


def _framework(row: tuple) -> StoredFramework:
    return StoredFramework(row[0], _load_axes(row[1]), row[2], row[3])


def _framework_correction(row: tuple) -> StoredFrameworkCorrection:
    return StoredFrameworkCorrection(int(row[0]), row[1], BudgetLine(*row[2:8]), json.loads(row[8]),
                                     row[9], row[10])


_FC_COLUMNS = ("id, framework, libelle, chapitre, nature, fonction, service, mission, valeurs, "
               "created_at, updated_at")


def _count(counter: list[int], added: bool, same: bool) -> None:
    counter[0 if added else 1 if same else 2] += 1


def _same_shares(stored: str, value: str) -> bool:
    return _load_shares(stored) == _load_shares(value)


def _correction(row: tuple) -> StoredCorrection:
    line = BudgetLine(*row[1:7])
    return StoredCorrection(int(row[0]), line, _load_shares(row[7]), row[8], row[9])


def _rule(row: tuple) -> StoredRule:
    rule = Rule(column=row[1], value=row[3], shares=_load_shares(row[4]), mode=row[2], id=int(row[0]))
    return StoredRule(rule, row[5])
