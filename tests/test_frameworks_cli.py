"""`verdir classify --framework`, `verdir annexe` and `verdir eval --framework` on real files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from verdir.cli import cli
from verdir.frameworks.ratings import AXIS_COLUMNS

BUDGET = (
    "Nature;Fonction;Libellé;Montant\n"
    "21828;821;Acquisition de bus électriques;1 000 000,00 €\n"
    "21828;821;Acquisition de 3 bus diesel;450000\n"
    "2313;848;Création parking rue des Lilas;300 000\n"
    "21312;212;ISOL THERM GS PASTEUR;120000,50\n"
    "2183;020;ACQ MAT INFO;50000\n"
    "1641;01;Remboursement capital emprunt;900000\n"
    "60632;020;Fournitures;1000\n"
    "21828;020;ACQ VEH ELEC ET THERMIQUES;200000\n"
    "2184;213;Mobilier scolaire;\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def budget(tmp_path: Path, engine) -> Path:  # engine: load the model once for the session
    path = tmp_path / "budget.csv"
    path.write_text(BUDGET, encoding="utf-8")
    return path


def test_classify_annexe_verte_adds_axis_columns(runner, budget, tmp_path):
    target = tmp_path / "classe.csv"
    result = runner.invoke(cli, ["classify", "--framework", "annexe-verte", str(budget),
                                 "-o", str(target)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["Nature", "Fonction", "Libellé", "Montant", *AXIS_COLUMNS,
                                   "Synthèse", "Explication"]
    assert frame.loc[0, "Axe 1 Atténuation"] == "favorable"
    assert frame.loc[1, "Axe 1 Atténuation"] == "défavorable"
    assert frame.loc[2, "Axe 1 Atténuation"] == "défavorable"
    assert frame.loc[5, "Synthèse"].startswith("non coté : ")
    assert "Axe 1 Atténuation" in result.output


def test_annexe_table_totals_equal_the_sums(runner, budget, tmp_path):
    classified = tmp_path / "classe.xlsx"
    assert runner.invoke(cli, ["classify", "--framework", "annexe-verte", str(budget),
                               "-o", str(classified)]).exit_code == 0
    target = tmp_path / "annexe.xlsx"
    result = runner.invoke(cli, ["annexe", str(classified), "-o", str(target),
                                 "--exercice", "2024"])
    assert result.exit_code == 0, result.output
    assert "1 lignes sans montant" in result.output
    book = load_workbook(target)
    assert book.sheetnames == ["Synthèse", *AXIS_COLUMNS, "Lignes"]
    total = 1_000_000 + 450_000 + 300_000 + 120_000.5 + 50_000 + 900_000 + 1_000 + 200_000
    summary = {row[0].split(" - ")[0]: row[2:7] for row in book["Synthèse"].iter_rows(
        min_row=5, max_row=10, values_only=True)}
    fav, neutral, unfav, non_cote, axis_total = summary["Axe 1 Atténuation"]
    assert fav == pytest.approx(1_000_000 + 120_000.5 + 100_000)
    assert unfav == pytest.approx(450_000 + 300_000 + 100_000)
    assert non_cote == pytest.approx(901_000)
    assert neutral == pytest.approx(50_000)
    for values in summary.values():
        assert sum(values[:4]) == pytest.approx(values[4]) and values[4] == pytest.approx(total)
    sheet = book["Axe 1 Atténuation"]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    natures = rows[: next(i for i, r in enumerate(rows) if r[0] == "Total")]
    total_row = rows[len(natures)]
    for column in range(2, 7):
        assert sum(r[column] for r in natures) == pytest.approx(total_row[column])
    assert total_row[6] == pytest.approx(total)
    by_nature = {r[0]: r for r in natures}
    assert by_nature["21828"][2] == pytest.approx(1_100_000)  # electric bus + half the mixed fleet
    assert by_nature["1641"][5] == pytest.approx(900_000)
    fonction_header = next(i for i, r in enumerate(rows) if r[0] == "Fonction")
    fonctions = rows[fonction_header + 1:]
    fonction_total = next(r for r in fonctions if r[0] == "Total")
    assert fonction_total[6] == pytest.approx(total)
    detail = list(book["Lignes"].iter_rows(min_row=2, values_only=True))
    assert len(detail) == 10  # the mixed fleet is split into two rows
    assert sum(r[4] for r in detail) == pytest.approx(total)
    assert "facultatif" in str(book["Synthèse"]["B10"].value)


def test_annexe_needs_a_classified_file(runner, budget, tmp_path):
    result = runner.invoke(cli, ["annexe", str(budget), "-o", str(tmp_path / "a.xlsx")])
    assert result.exit_code == 2
    assert "--framework annexe-verte" in result.output
    result = runner.invoke(cli, ["annexe", str(budget), "-o", str(tmp_path / "a.csv")])
    assert result.exit_code == 2


def test_eval_annexe_prints_accuracy_per_axis(runner, tmp_path, engine):
    labelled = tmp_path / "etiquete.csv"
    labelled.write_text(
        "Nature;Libellé;Axe 1 Atténuation;Axe 6 Biodiversité;Synthèse\n"
        "21828;Acquisition de bus électriques;favorable;neutre;favorable (axe 1)\n"
        "21828;Acquisition de 3 bus diesel;défavorable;;défavorable\n"
        "2313;Création parking rue des Lilas;neutre;défavorable;défavorable\n"
        "2183;ACQ MAT INFO;neutre;neutre;neutre\n", encoding="utf-8")
    result = runner.invoke(cli, ["eval", "--framework", "annexe-verte", str(labelled)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0] + " " + line.split()[1]: line.split()
             for line in result.output.splitlines() if line.startswith("  Axe")}
    assert lines["Axe 1"][-2:] == ["4", "0.750"]
    assert lines["Axe 6"][-2:] == ["3", "1.000"]
    assert lines["Axe 2"][-2:] == ["0", "-"]
    assert "Synthèse" in result.output


def test_custom_framework_from_the_cli(runner, budget, tmp_path):
    axes = tmp_path / "axes.csv"
    axes.write_text("axe,description,exemples\nMobilité,Transports et déplacements,Bus;Vélo\n"
                    "Bâtiments,Écoles et bâtiments publics,Rénovation d'école\n", encoding="utf-8")
    target = tmp_path / "classe.xlsx"
    result = runner.invoke(cli, ["classify", "--framework", str(axes), str(budget),
                                 "-o", str(target)])
    assert result.exit_code == 0, result.output
    frame = pd.read_excel(target)
    assert {"Mobilité", "Bâtiments", "Axe principal", "Confiance"} <= set(frame.columns)
    assert frame.loc[0, "Axe principal"] == "Mobilité"
    assert frame.loc[0, "Mobilité"] + frame.loc[0, "Bâtiments"] == 100
    labelled = tmp_path / "etiq.csv"
    labelled.write_text("Libellé;Mobilité;Bâtiments\nAcquisition de bus;100;\n"
                        "ISOL THERM GS PASTEUR;;100\n", encoding="utf-8")
    result = runner.invoke(cli, ["eval", "--framework", str(axes), str(labelled)])
    assert result.exit_code == 0, result.output
    assert "top-1 = 1.000" in result.output


@pytest.mark.parametrize(("content", "message"), [
    ("nom\nSeul\n", "au moins 2 axes"),
    ("titre,texte\nA,b\n", "colonne « axe »"),
])
def test_malformed_framework_file_exits_2(runner, budget, tmp_path, content, message):
    axes = tmp_path / "axes.csv"
    axes.write_text(content, encoding="utf-8")
    result = runner.invoke(cli, ["classify", "--framework", str(axes), str(budget),
                                 "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert message in result.output


def test_unknown_framework_exits_2(runner, budget, tmp_path):
    result = runner.invoke(cli, ["classify", "--framework", "sdg", str(budget),
                                 "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert "Cadre inconnu" in result.output


def test_corrections_file_overrides_the_rules(runner, budget, tmp_path):
    corrections = tmp_path / "corrections.csv"
    corrections.write_text("Nature;Fonction;Libellé;Axe 1 Atténuation;Axe 6 Biodiversité\n"
                           "2313;848;Création parking rue des Lilas;neutre;\n", encoding="utf-8")
    target = tmp_path / "classe.csv"
    result = runner.invoke(cli, ["classify", "--framework", "annexe-verte", str(budget),
                                 "-o", str(target), "--corrections", str(corrections)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert frame.loc[2, "Axe 1 Atténuation"] == "neutre"
    assert frame.loc[2, "Axe 6 Biodiversité"] == "défavorable"
    assert frame.loc[1, "Axe 1 Atténuation"] == "défavorable"
    bad = tmp_path / "bad.csv"
    bad.write_text("Libellé;Axe 1 Atténuation\nParking;génial\n", encoding="utf-8")
    result = runner.invoke(cli, ["classify", "--framework", "annexe-verte", str(budget),
                                 "-o", str(target), "--corrections", str(bad)])
    assert result.exit_code == 2 and "génial" in result.output
