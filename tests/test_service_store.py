"""The SQLite store: schema migrations, durable writes, upserts and idempotent merges."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from verdir.engine.lines import BudgetLine
from verdir.engine.rules import Rule
from verdir.service.store import SCHEMA_VERSION, Store, StoreError


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.in_folder(tmp_path)
    yield opened
    opened.close()


def test_a_new_store_is_at_the_latest_schema_in_wal_mode(store: Store) -> None:
    assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_migrations_run_once_and_keep_data(tmp_path: Path) -> None:
    first = Store.in_folder(tmp_path)
    first.save_corrections([(BudgetLine("ECOLE A"), {4: 100})])
    first.close()
    again = Store.in_folder(tmp_path)
    assert [c.line.libelle for c in again.corrections()] == ["ECOLE A"]
    again.close()


def test_a_database_from_a_newer_verdir_is_refused(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "verdir.sqlite") as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="plus récente"):
        Store.in_folder(tmp_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / "verdir.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="illisible"):
        Store.in_folder(tmp_path)


def test_the_same_line_is_corrected_in_place(store: Store) -> None:
    [first] = store.save_corrections([(BudgetLine("Rénovation  ÉCOLE", fonction="212"), {4: 100})])
    [second] = store.save_corrections([(BudgetLine("renovation ecole", fonction="212"), {7: 60, 4: 40})])
    assert first == second
    [stored] = store.corrections()
    assert stored.shares == {7: 60, 4: 40} and list(stored.shares) == [7, 4]
    assert store.delete_correction(first).id == first
    assert store.delete_correction(first) is None and store.count_corrections() == 0


def test_a_failed_transaction_stores_nothing(store: Store) -> None:
    class Boom(Exception):
        pass

    def items():
        yield BudgetLine("ECOLE A"), {4: 100}
        raise Boom

    with pytest.raises(Boom):
        store.save_corrections(items())
    assert store.corrections() == []


def test_rules_are_unique_per_column_mode_and_value(store: Store) -> None:
    first = store.save_rule(Rule.create("fonction", "21", {4: 100}))
    second = store.save_rule(Rule.create("fonction", "21 - Enseignement", {4: 50, 10: 50}))
    assert first.rule.id == second.rule.id
    assert [r.rule.shares for r in store.rules()] == [{4: 50, 10: 50}]
    other = store.save_rule(Rule.create("fonction", "21", {4: 100}, mode="exacte"))
    assert other.rule.id != first.rule.id
    assert store.delete_rule(first.rule.id) and not store.delete_rule(first.rule.id)


def test_glossary_is_replaced_as_a_whole(store: Store) -> None:
    store.replace_glossary({"DAI": "direction des affaires immobilières", "ZQPV": "parc"})
    store.replace_glossary({"ZQPV": "parc de la vallée"})
    assert store.glossary() == {"ZQPV": "parc de la vallée"}


def test_merge_adds_new_items_keeps_local_ones_and_is_idempotent(store: Store) -> None:
    store.save_corrections([(BudgetLine("ECOLE A"), {4: 100})])
    store.replace_glossary({"DAI": "local"})
    corrections = [(BudgetLine("ECOLE A"), {4: 50, 11: 50}), (BudgetLine("ECOLE B"), {4: 100})]
    rules = [Rule.create("service", "Cantines", {2: 100})]
    glossary = {"DAI": "importé", "ZQPV": "parc"}
    counts = store.merge(corrections, rules, glossary)
    assert counts["corrections"].added == 1 and counts["corrections"].kept_local == 1
    assert counts["rules"].added == 1 and counts["glossary"].added == 1
    assert counts["glossary"].kept_local == 1
    assert store.glossary() == {"DAI": "local", "ZQPV": "parc"}
    learnt = {c.line.libelle: c.shares for c in store.corrections()}
    assert learnt == {"ECOLE A": {4: 100}, "ECOLE B": {4: 100}}
    again = store.merge(corrections, rules, glossary)
    assert again["corrections"].added == again["rules"].added == again["glossary"].added == 0
    assert again["rules"].unchanged == 1
