"""The workbook templates: the generator is reproducible and the example budget is coherent."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from openpyxl import load_workbook

from verdir.columns import ODD_COLUMNS, match_columns

TEMPLATES = Path(__file__).resolve().parents[1] / "workbook_templates"
HEADERS = ["Section", "Chapitre", "Nature", "Fonction", "Service", "Opération", "Libellé",
           "Montant"]
# M57 expense chapitres of the example and their section.
SECTION_OF = {"011": "F", "012": "F", "65": "F", "66": "F",
              "20": "I", "204": "I", "21": "I", "23": "I", "16": "I"}
# Which natures an M57 chapitre holds: chapitres 16-23, 65, 66 hold the natures that start
# with their number (20 excludes 204); 011 holds 60, 61 and 62; 012 holds 64.
NATURE_PREFIXES = {"011": ("60", "61", "62"), "012": ("64",), "65": ("65",), "66": ("66",),
                   "16": ("16",), "20": ("20",), "204": ("204",), "21": ("21",), "23": ("23",)}


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("verdir_templates_generate",
                                                  TEMPLATES / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _rows(path: Path, sheet: str | None = None) -> list[tuple]:
    wb = load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return [row for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]


@pytest.fixture(scope="module")
def example_rows() -> list[tuple]:
    rows = _rows(TEMPLATES / "exemple_budget.xlsx")
    assert list(rows[0]) == HEADERS
    return rows[1:]


def test_generator_is_deterministic(generator: ModuleType, tmp_path: Path) -> None:
    first = [line.as_row() for line in generator.build_example_lines()]
    second = [line.as_row() for line in generator.build_example_lines()]
    assert first == second
    other_seed = [line.as_row() for line in generator.build_example_lines(seed=7)]
    assert other_seed != first
    for folder in ("a", "b"):
        generator.main(["-o", str(tmp_path / folder)])
    for name in ("modele_budget.xlsx", "exemple_budget.xlsx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_committed_files_match_the_generator(generator: ModuleType, tmp_path: Path) -> None:
    generator.main(["-o", str(tmp_path)])
    for name in ("modele_budget.xlsx", "exemple_budget.xlsx"):
        committed = load_workbook(TEMPLATES / name)
        fresh = load_workbook(tmp_path / name)
        assert committed.sheetnames == fresh.sheetnames, name
        for sheet in committed.sheetnames:
            assert _rows(TEMPLATES / name, sheet) == _rows(tmp_path / name, sheet), (name, sheet)


def test_files_are_small() -> None:
    for name in ("modele_budget.xlsx", "exemple_budget.xlsx"):
        assert (TEMPLATES / name).stat().st_size < 300_000


def test_example_size_sections_and_totals(example_rows: list[tuple]) -> None:
    assert 400 <= len(example_rows) <= 600
    totals = Counter()
    for section, *_, amount in example_rows:
        totals[section] += amount
    assert set(totals) == {"I", "F"}
    assert 45e6 <= totals["F"] <= 55e6
    assert 12e6 <= totals["I"] <= 18e6
    chapitres = {row[1] for row in example_rows}
    assert chapitres == set(SECTION_OF)


def test_example_codes_agree_with_each_other(example_rows: list[tuple]) -> None:
    for section, chapitre, nature, fonction, service, operation, label, amount in example_rows:
        where = f"{label!r}"
        assert isinstance(chapitre, str) and isinstance(nature, str), where  # leading zeros kept
        assert SECTION_OF[chapitre] == section, where
        assert nature.startswith(NATURE_PREFIXES[chapitre]), where
        if chapitre == "20":
            assert not nature.startswith("204"), where
        assert re.fullmatch(r"\d{2,4}", fonction), where
        assert service and label and isinstance(amount, int | float), where
        if section == "I":
            assert re.fullmatch(r"20\d\dI\d\d|OPNI|OPFI", operation), where
        else:
            assert operation is None, where
    # Debt: capital in 16 and interest in 66, both non-ventilated (fonction 01).
    assert all(row[3] == "01" for row in example_rows if row[1] in ("16", "66"))


def test_example_reads_like_a_real_export(example_rows: list[tuple]) -> None:
    labels = [row[6] for row in example_rows]
    amounts = [row[7] for row in example_rows]
    negatives = [a for a in amounts if a < 0]
    assert 2 <= len(negatives) <= 3  # cancellations
    assert sum(1 for label in labels if label == label.upper()) > len(labels) / 2
    assert any(re.search(r"[éèàç]", label) and label != label.upper() for label in labels)
    for style in ("ISOL THERM GS PASTEUR", "MISE AUX NORMES SSI EHPAD LES GLYCINES",
                  "TRX VRD ZAC DES PINS"):
        assert style in labels
    assert {"DIVERS", "PRESTATIONS DIVERSES"} <= set(labels)  # generic labels
    assert any("PLFD" in label for label in labels)  # an acronym nobody defines
    operations = Counter(row[5] for row in example_rows if row[0] == "I")
    assert max(count for code, count in operations.items() if code not in ("OPNI", "OPFI")) >= 3
    assert len({row[4] for row in example_rows}) >= 15  # services
    assert any(amount != round(amount) for amount in amounts)  # some amounts with cents


def test_example_headers_are_recognised() -> None:
    roles = match_columns(HEADERS)
    assert set(roles) >= {"section", "chapitre", "nature", "fonction", "service", "operation",
                          "libelle", "montant"}


@pytest.mark.parametrize("name", ["modele_budget.xlsx", "exemple_budget.xlsx"])
def test_workbook_sheets(name: str) -> None:
    wb = load_workbook(TEMPLATES / name)
    assert wb.sheetnames == ["Budget", "Lisez-moi", "Glossaire", "Règles"]
    data = wb["Budget"]
    assert [c.value for c in data[1]] == HEADERS
    assert data.freeze_panes == "A2"
    assert data["H2"].number_format.startswith("#,##0.00")
    readme = " ".join(str(c.value) for (c,) in wb["Lisez-moi"].iter_rows(max_col=1) if c.value)
    for step in ("Classer", "Enregistrer les corrections", "Tableau de bord", "Glossaire",
                 "Règles", "Collez"):
        assert step in readme
    glossary = list(wb["Glossaire"].iter_rows(values_only=True))
    assert glossary[0] == ("Sigle", "Signification")
    assert len(glossary) > 5 and all(sigle and meaning for sigle, meaning in glossary[1:])
    rules = list(wb["Règles"].iter_rows(values_only=True))
    assert rules[0] == ("Colonne", "Valeur", *ODD_COLUMNS)
    for rule in rules[1:]:
        assert sum(v or 0 for v in rule[2:]) == 100


def test_model_is_empty_with_validation() -> None:
    wb = load_workbook(TEMPLATES / "modele_budget.xlsx")
    data = wb["Budget"]
    assert all(cell.value is None for row in data.iter_rows(min_row=2) for cell in row)
    validations = {str(v.sqref): v for v in data.data_validations.dataValidation}
    section = next(v for ref, v in validations.items() if ref.startswith("A2"))
    assert section.type == "list" and section.formula1 == '"I,F"'
    amount = next(v for ref, v in validations.items() if ref.startswith("H2"))
    assert amount.type == "decimal"
    assert float(amount.formula1) < 0  # cancellations are allowed
