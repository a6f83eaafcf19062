"""Reading user tables: headers, separators, bad files; writing results atomically."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from verdir.columns import match_columns
from verdir.engine.lines import Classification
from verdir.tables import TableError, read_table, with_results, write_table


@pytest.mark.parametrize("header", ["Libellé", "libelle", "LIBELLE", "Libelle de l'opération", "LIBELLÉ"])
def test_label_header_is_found_whatever_its_case_and_accents(header):
    assert match_columns(["Chapitre", header, "Montant"]) == {"chapitre": 0, "libelle": 1, "montant": 2}


def test_outputs_of_a_previous_run_are_not_inputs():
    assert "libelle" not in match_columns(["ODD 1", "Explication"])


@pytest.mark.parametrize("separator", [",", ";"])
def test_csv_with_either_separator(tmp_path: Path, separator: str):
    path = tmp_path / "budget.csv"
    path.write_text(f"Chapitre{separator}LIBELLE{separator}Service\n21{separator}Piscine{separator}Sports\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.roles == {"chapitre": "Chapitre", "libelle": "LIBELLE", "service": "Service"}
    line = table.lines()[0]
    assert (line.libelle, line.chapitre, line.service) == ("Piscine", "21", "Sports")


def test_xlsx_header_below_title_rows_and_chosen_sheet(tmp_path: Path):
    book = Workbook()
    book.active.title = "Notes"
    sheet = book.create_sheet("Budget")
    sheet.append(["Budget primitif 2025"])
    sheet.append([])
    sheet.append(["Fonction", "Libellé", "Montant"])
    sheet.append([212, "REFECT TOITURE GS", 1200.5])
    path = tmp_path / "budget.xlsx"
    book.save(path)
    table = read_table(path, sheet="Budget")
    assert table.lines()[0].fonction == "212"
    assert table.lines()[0].libelle == "REFECT TOITURE GS"
    with pytest.raises(TableError, match="feuille"):
        read_table(path, sheet="Absente")


@pytest.mark.parametrize("name, content, message", [
    ("vide.csv", b"", "vide"),
    ("sans.csv", b"Chapitre;Montant\n21;3\n", "Libellé"),
    ("budget.txt", b"Libelle\nx\n", "Format"),
    ("casse.xlsx", b"not a zip file", "illisible"),
])
def test_bad_files_get_a_french_message(tmp_path: Path, name: str, content: bytes, message: str):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TableError, match=message):
        read_table(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(TableError, match="introuvable"):
        read_table(tmp_path / "absent.csv")


def _results(n: int) -> list[Classification]:
    return [Classification({4: 85, 11: 15}, 4, 0.9, "test", ("DAI",)) for _ in range(n)]


def test_results_keep_every_column_and_row_in_order(tmp_path: Path):
    path = tmp_path / "in.csv"
    path.write_text("Note,Libellé,Montant\na,École,10\nb,,20\nc,Piscine,30\n", encoding="utf-8")
    table = read_table(path)
    results = _results(3)
    results[1] = Classification({}, None, 0.0, "libellé vide", (), "vide")
    frame = with_results(table, results)
    assert list(frame.columns[:3]) == ["Note", "Libellé", "Montant"]
    assert frame["Note"].tolist() == ["a", "b", "c"]
    assert frame["ODD 4"].tolist()[0] == 85 and pd.isna(frame["ODD 4"].tolist()[1])
    assert frame["Sigles inconnus"].tolist()[0] == "DAI"


def test_xlsx_output_is_formatted_for_people(tmp_path: Path):
    path = tmp_path / "in.csv"
    path.write_text("Libellé\nÉcole\n", encoding="utf-8")
    target = tmp_path / "out.xlsx"
    write_table(with_results(read_table(path), _results(1)), target)
    sheet = load_workbook(target).active
    assert sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    odd4 = headers.index("ODD 4") + 1
    assert sheet.cell(row=2, column=odd4).value == 85
    assert "%" in sheet.cell(row=2, column=odd4).number_format
    assert sheet.cell(row=2, column=headers.index("Confiance") + 1).number_format == "0%"


def test_failed_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "out.xlsx"
    frame = pd.DataFrame({"Libellé": ["x"]})

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("verdir.tables._write_xlsx", explode)
    with pytest.raises(OSError):
        write_table(frame, target)
    assert list(tmp_path.iterdir()) == []


def test_code_and_label_columns_are_read_together(tmp_path: Path):
    source = tmp_path / "export.csv"
    source.write_text("libelle;fonction;fonction_libelle;nature\n"
                      "Acquisition de mobilier;212;Écoles primaires;2184\n"
                      "Travaux divers;;Piscines;\n", encoding="utf-8")
    first, second = read_table(source).lines()
    assert first.fonction == "212 - Écoles primaires" and first.nature == "2184"
    assert second.fonction == "Piscines"


def test_a_label_column_named_before_its_code_is_no_budget_label(tmp_path: Path):
    source = tmp_path / "export.csv"
    source.write_text("Libellé fonction;Libellé;Fonction\n"
                      "Voirie communale et routes;Installations de voirie;822\n", encoding="utf-8")
    (line,) = read_table(source).lines()
    assert line.libelle == "Installations de voirie"
    assert line.fonction == "822 - Voirie communale et routes"


def test_m14_nomenclature_labels_bare_fonction_codes(tmp_path: Path):
    source = tmp_path / "export.csv"
    source.write_text("libelle;fonction\nInstallations de voirie;822\nDivers;1\n", encoding="utf-8")
    table = read_table(source)
    assert [line.fonction for line in table.lines()] == ["822", "1"]
    assert [line.fonction for line in table.lines("M14")] == ["822 - Voirie communale et routes",
                                                              "1 - Sécurité et salubrité publiques"]
