"""Whole imputations in one cell ("21-2135-212") are read as chapitre, nature and fonction."""

from __future__ import annotations

from pathlib import Path

import pytest

from verdir.engine.imputation import Imputation, read_imputation
from verdir.engine.lines import BudgetLine
from verdir.tables import read_table


@pytest.mark.parametrize("cell, expected", [
    ("21-2135-212", Imputation("21", "2135", "212")),
    ("D-23-2313-321", Imputation("23", "2313", "321")),
    ("DI 204 20422 72", Imputation("204", "20422", "72")),
    ("011 / 60632 / 020", Imputation("011", "60632", "020")),
    ("2313/212", Imputation(nature="2313", fonction="212")),
    ("2135 212", Imputation(nature="2135", fonction="212")),
    ("6574-4221", Imputation(nature="6574", fonction="4221")),
    ("65-6574", Imputation(chapitre="65", nature="6574")),
])
def test_an_imputation_cell_is_read(cell, expected):
    assert read_imputation(cell) == expected


@pytest.mark.parametrize("cell", [
    "212", "2135.0", "212 - Écoles primaires", "21-9999999-1", "21-6574-212", "1 234 567", "",
    "Écoles", "12-34",
])
def test_anything_else_is_no_imputation(cell):
    assert read_imputation(cell) is None


def test_a_line_spreads_its_imputation_without_overwriting_filled_cells():
    line = BudgetLine("Travaux", nature="21-2135-212")
    assert (line.chapitre, line.nature, line.fonction) == ("21", "2135", "212")
    kept = BudgetLine("Travaux", nature="2135-212", fonction="321 - Gymnases")
    assert (kept.nature, kept.fonction) == ("2135", "321 - Gymnases")
    from_chapter_cell = BudgetLine("Travaux", chapitre="2313/212")
    assert (from_chapter_cell.chapitre, from_chapter_cell.nature, from_chapter_cell.fonction) == (
        "", "2313", "212")
    plain = BudgetLine("Travaux", "21", "2135", "212")
    assert (plain.chapitre, plain.nature, plain.fonction) == ("21", "2135", "212")


def test_an_imputation_column_decides_a_generic_line(tmp_path: Path, engine):
    source = tmp_path / "export.csv"
    source.write_text("Libellé;Imputation\nTravaux divers;D-21-2135-212\nTravaux divers;2313/321\n",
                      encoding="utf-8")
    school, gym = engine.classify(read_table(source).lines())
    assert school.main == 4 and "fonction 212" in school.explanation
    assert gym.main == 3 and "fonction 321" in gym.explanation


def test_an_m14_imputation_gets_the_m14_fonction(tmp_path: Path):
    source = tmp_path / "export.csv"
    source.write_text("libelle;imputation\nInstallations de voirie;2315-822\n", encoding="utf-8")
    (line,) = read_table(source).lines("M14")
    assert line.nature == "2315" and line.fonction == "822 - Voirie communale et routes"
