"""Custom frameworks: definition files, zero-shot percentages, corrections."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from verdir.engine.lines import BudgetLine
from verdir.engine.shares import round_percentages
from verdir.frameworks import FrameworkError, load_framework
from verdir.frameworks.definition import read_definition

AXES_CSV = (
    "axe;description;exemples\n"
    "Mobilité;Transports, déplacements, voirie, pistes cyclables, bus;Piste cyclable|Réfection chaussée\n"
    "Éducation;Écoles, crèches, enseignement, jeunesse;Rénovation école maternelle\n"
    "Solidarité;Action sociale, logement social, personnes âgées, handicap;Subvention CCAS\n"
)


@pytest.fixture
def axes_csv(tmp_path: Path) -> Path:
    path = tmp_path / "axes.csv"
    path.write_text(AXES_CSV, encoding="utf-8")
    return path


def test_definition_from_a_sheet_with_examples_one_per_row(tmp_path):
    book = Workbook()
    for row in (["Nom", "Définition", "Exemple"],
                ["Transition", "Climat, énergie, nature", "Isolation thermique"],
                [None, None, "Panneaux solaires"],
                ["Transition", None, "Plantation d'arbres"],
                ["Attractivité", "Économie, tourisme, commerce", None]):
        book.active.append(row)
    path = tmp_path / "cadre.xlsx"
    book.save(path)
    axes = read_definition(path)
    assert [a.name for a in axes] == ["Transition", "Attractivité"]
    assert axes[0].examples == ["Isolation thermique", "Panneaux solaires", "Plantation d'arbres"]


@pytest.mark.parametrize(("text", "message"), [
    ("titre;description\nA;x\nB;y\n", "colonne « axe »"),
    ("axe;description\nMobilité;transports\n", "au moins 2 axes"),
    ("axe;description\nMobilité;transports\nmobilite;autre chose\n", "défini deux fois"),
    ("axe;description\nMobilité;transports\nÉcole;\n", "ni description ni exemple"),
    ("", "vide"),
])
def test_malformed_definitions_are_french_errors(tmp_path, text, message):
    path = tmp_path / "cadre.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkError, match=message):
        read_definition(path)


def test_round_percentages_any_number_of_axes():
    import numpy as np

    shares = round_percentages(np.array([0.1, 0.5, 0.05, 0.3, 0.05]))
    assert sum(shares.values()) == 100 and next(iter(shares)) == 1
    assert all(v % 5 == 0 for v in shares.values()) and len(shares) <= 3
    assert round_percentages(np.zeros(4)) == {0: 100}


def test_zero_shot_percentages_from_descriptions(engine, axes_csv):
    framework = load_framework(axes_csv, engine)
    assert framework.columns == ("Mobilité", "Éducation", "Solidarité")
    lines = [BudgetLine("Création d'une piste cyclable rue Pasteur"),
             BudgetLine("ISOL THERM GS PASTEUR"), BudgetLine("Subvention EHPAD"),
             BudgetLine("")]
    results = framework.classify(lines)
    assert [r.main for r in results[:3]] == ["Mobilité", "Éducation", "Solidarité"]
    for result in results[:3]:
        values = [v for v in result.values.values() if v]
        assert sum(values) == 100 and all(v % 5 == 0 for v in values) and len(values) <= 3
        assert result.explanation.startswith("proche")
    assert results[3].main is None and set(results[3].values.values()) == {None}


def test_corrections_change_the_line_and_pull_close_lines(engine, axes_csv):
    framework = load_framework(axes_csv, engine)
    line = BudgetLine("Terrain de football synthétique")
    framework.add_corrections([(line, {"Éducation": 100})])
    same = framework.classify([BudgetLine("TERRAIN DE FOOTBALL SYNTHETIQUE")])[0]
    assert same.values["Éducation"] == 100 and same.source == "correction"
    close = framework.classify([BudgetLine("Terrain de rugby synthétique")])[0]
    assert close.main == "Éducation"
    assert "correction" in close.explanation
    with pytest.raises(FrameworkError, match="pas un axe"):
        framework.add_corrections([(line, {"Culture": 100})])
    with pytest.raises(FrameworkError, match="au lieu de 100"):
        framework.add_corrections([(line, {"Mobilité": 50})])
    assert framework.remove_correction(line)
    assert framework.classify([line])[0].source == "modele"
