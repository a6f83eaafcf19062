"""The verdir command on real files with the real model, and its answers to bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from verdir.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def loaded_engine(engine):
    """Make sure the head is trained before CLI tests time anything (shared with the engine tests)."""
    return engine


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_classify_csv_keeps_rows_and_adds_columns(runner, tmp_path, loaded_engine):
    source = tmp_path / "budget.csv"
    source.write_text(
        "Chapitre;Fonction;LIBELLE;Montant\n"
        "21;212;ISOL THERM GS PASTEUR;120000\n"
        ";;;5\n"
        "16;01;Remboursement capital de la dette;900000\n"
        ";;2024;7\n",
        encoding="utf-8",
    )
    target = tmp_path / "resultat.csv"
    result = runner.invoke(cli, ["classify", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "Répartition par ODD principal" in result.output
    import pandas as pd

    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert list(frame.columns[:4]) == ["Chapitre", "Fonction", "LIBELLE", "Montant"]
    assert frame["Montant"].tolist() == ["120000", "5", "900000", "7"]
    odd = frame[[f"ODD {g}" for g in range(1, 18)]]
    assert odd.iloc[0].astype(int).sum() == 100
    assert frame.loc[2, "ODD principal"] == "17"
    for row in (1, 3):
        assert frame.loc[row, "Explication"] == "libellé vide"
        assert frame.loc[row, "ODD 1"] == ""


def test_classify_says_when_the_export_garbled_accents(runner, tmp_path, loaded_engine):
    source = tmp_path / "budget.csv"
    source.write_text("LIBELLE;Service\nRÃ‰NOVATION Ã‰NERGÃ‰TIQUE GYMNASE;SPORTS\n"
                      "Rénovation énergétique école;ÉDUCATION\n", encoding="utf-8")
    target = tmp_path / "resultat.csv"
    result = runner.invoke(cli, ["classify", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "Accents mal encodés par l'export (« Ã© » pour « é ») : 1 lignes" in result.output
    import pandas as pd

    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert frame.loc[0, "LIBELLE"] == "RÃ‰NOVATION Ã‰NERGÃ‰TIQUE GYMNASE"  # as written
    assert "accents mal encodés" in frame.loc[0, "Explication"]


def test_classify_xlsx_to_xlsx(runner, tmp_path, loaded_engine):
    source = write_xlsx(tmp_path / "budget.xlsx", [["Libellé", "Service"],
                                                    ["Subvention CCAS", "Action sociale"],
                                                    ["MISE AUX NORMES SSI EHPAD", ""]])
    target = tmp_path / "resultat.xlsx"
    result = runner.invoke(cli, ["classify", str(source), "-o", str(target), "--no-cache"])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(target).active
    headers = [c.value for c in sheet[1]]
    assert headers[:2] == ["Libellé", "Service"]
    assert headers[-4:] == ["ODD principal", "Confiance", "Explication", "Sigles inconnus"]
    assert sheet.cell(row=2, column=headers.index("ODD principal") + 1).value == 1
    assert sheet.cell(row=3, column=headers.index("ODD principal") + 1).value == 3


@pytest.mark.parametrize("name, content, message", [
    ("vide.csv", "", "vide"),
    ("sans_libelle.csv", "Chapitre;Montant\n21;4\n", "Libellé"),
    ("budget.ods", "x", "Format"),
    ("faux.xlsx", "pas un classeur", "illisible"),
])
def test_bad_input_exits_2_with_a_french_message(runner, tmp_path, name, content, message):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "resultat.csv"
    result = runner.invoke(cli, ["classify", str(source), "-o", str(target)])
    assert result.exit_code == 2
    assert message in result.output
    assert not target.exists()


def test_wrong_output_extension(runner, tmp_path):
    source = tmp_path / "b.csv"
    source.write_text("Libellé\nPiscine\n", encoding="utf-8")
    result = runner.invoke(cli, ["classify", str(source), "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2 and "sortie" in result.output


def test_eval_prints_the_metrics(runner, tmp_path, loaded_engine):
    source = tmp_path / "gold.csv"
    source.write_text(
        "libelle,fonction,labels\n"
        "Subvention CCAS,,1:100\n"
        "Rénovation de l'école primaire,212,4:85;11:15\n"
        "Remboursement capital de la dette,,17:100\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["eval", str(source)])
    assert result.exit_code == 0, result.output
    assert "n = 3" in result.output
    for word in ("top-1", "recouvrement", "F1", "écart", "sans codes M57", "ODD principal attendu 4"):
        assert word in result.output


def test_the_authority_glossary_explains_its_direction_codes(runner, tmp_path, loaded_engine):
    source = tmp_path / "budget.csv"
    source.write_text("Libellé,Direction,labels\nBPA - 14E ARRONDISSEMENT,DQZX,4:85;11:15\n",
                      encoding="utf-8")
    glossary = write_xlsx(tmp_path / "glossaire.xlsx",
                          [["Sigle", "Signification"], ["DQZX", "Direction des affaires scolaires"]])
    import pandas as pd

    for options, unknown in (([], "DQZX"), (["--glossaire", str(glossary)], "")):
        target = tmp_path / "resultat.csv"
        result = runner.invoke(cli, ["classify", str(source), "-o", str(target), *options])
        assert result.exit_code == 0, result.output
        frame = pd.read_csv(target, dtype=str, keep_default_na=False)
        assert ("DQZX" in frame.loc[0, "Sigles inconnus"]) == bool(unknown)
    assert frame.loc[0, "ODD principal"] == "4"
    result = runner.invoke(cli, ["eval", str(source), "--glossaire", str(glossary)])
    assert result.exit_code == 0 and "direction inconnue (sigle)" not in result.output
    empty = write_xlsx(tmp_path / "vide.xlsx", [["Sigle", "Signification"], ["DQZX", None]])
    result = runner.invoke(cli, ["classify", str(source), "-o", str(target), "--glossaire", str(empty)])
    assert result.exit_code == 2 and "Aucune ligne « Sigle | Signification »" in result.output


def test_eval_refuses_invalid_labels(runner, tmp_path):
    source = tmp_path / "gold.csv"
    source.write_text("libelle,labels\nÉcole,4:80\n", encoding="utf-8")
    result = runner.invoke(cli, ["eval", str(source)])
    assert result.exit_code == 2 and "ligne 2" in result.output


def test_console_script_runs(tmp_path):
    completed = subprocess.run([sys.executable, "-m", "verdir", "--help"], capture_output=True, text=True)
    assert completed.returncode == 0 and "classify" in completed.stdout


def test_classify_reads_bare_fonction_codes_as_m14_when_told(runner, tmp_path, loaded_engine):
    source = tmp_path / "budget_m14.csv"
    source.write_text("Libellé;Fonction;Nature\nRémunération principale;64;64111\n", encoding="utf-8")
    import pandas as pd

    explanations = {}
    for nomenclature in ("M57", "M14"):
        target = tmp_path / f"resultat_{nomenclature}.csv"
        result = runner.invoke(cli, ["classify", str(source), "-o", str(target),
                                     "--nomenclature", nomenclature])
        assert result.exit_code == 0, result.output
        frame = pd.read_csv(target, dtype=str, keep_default_na=False)
        explanations[nomenclature] = (frame.loc[0, "ODD principal"], frame.loc[0, "Explication"])
    assert "fonction 64 (Crèches et garderies, M14)" in explanations["M14"][1]
    assert explanations["M14"][0] == "4"  # staff of the crèches
    assert "M14" not in explanations["M57"][1]
    result = runner.invoke(cli, ["classify", str(source), "-o", str(tmp_path / "r.csv"),
                                 "--framework", "annexe-verte", "--nomenclature", "M14"])
    assert result.exit_code != 0 and "cadre odd" in result.output


def test_classify_guesses_m14_codes_from_the_labels(runner, tmp_path, loaded_engine):
    from test_nomenclature import LINES

    source = tmp_path / "budget_m14.csv"
    source.write_text("Libellé;Fonction\n" + "".join(f"{label};{former}\n" for label, former, _ in LINES),
                      encoding="utf-8")
    import pandas as pd

    target = tmp_path / "resultat.csv"
    guessed = runner.invoke(cli, ["classify", str(source), "-o", str(target)])
    assert guessed.exit_code == 0, guessed.output
    assert "Codes de fonction lus en M14" in guessed.output
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert "fonction 822 (Voirie communale et routes, M14)" in frame.loc[7, "Explication"]
    forced = runner.invoke(cli, ["classify", str(source), "-o", str(target), "--nomenclature", "M57"])
    assert forced.exit_code == 0 and "M14" not in forced.output
    assert "M14" not in pd.read_csv(target, dtype=str, keep_default_na=False).loc[7, "Explication"]


def test_classify_lists_unknown_acronyms_with_what_the_file_says(runner, tmp_path, loaded_engine):
    source = tmp_path / "budget.csv"
    source.write_text("Libellé;Direction;Mission\n"
                      "PLANTATIONS QZW NORD;QZW;Espaces verts\n"
                      "ARROSAGE QZW SUD;QZW;Espaces verts\n"
                      "Réfection de la chaussée;Voirie;\n", encoding="utf-8")
    result = runner.invoke(cli, ["classify", str(source), "-o", str(tmp_path / "r.csv")])
    assert result.exit_code == 0, result.output
    assert "Sigles inconnus les plus fréquents" in result.output
    assert "QZW" in result.output and "vos lignes disent : Espaces verts" in result.output
