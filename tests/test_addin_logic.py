"""The add-in's pure decisions: header, columns, placement, chunks, sums, snapshot, groups."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from verdir.addin import logic
from verdir.addin.logic import AddinError, Snapshot, SnapshotRecord
from verdir.columns import OUTPUT_COLUMNS

HEADER = ["Chapitre", "Fonction", "Libellé de l'opération", "Service gestionnaire", "Montant"]


def test_header_found_below_a_title_and_roles_mapped():
    block = [["Budget primitif 2025", None, None, None, None], [None] * 5, HEADER,
             ["011", "212", "Entretien école", "Éducation", 1200.0]]
    table = logic.detect_table("Budget", block, last_row=40)
    assert table.header_row == 3
    assert table.first_data_row == 4
    assert table.roles["libelle"] == 3 and table.roles["service"] == 4 and table.roles["montant"] == 5
    assert table.output_column is None
    assert table.right_edge == 5


def test_no_header_is_a_french_error_naming_the_sheet():
    with pytest.raises(AddinError, match="Aucun en-tête « Libellé ».*« Feuil1 »"):
        logic.detect_table("Feuil1", [["a", "b"], [1, 2]], last_row=2)


def test_header_beyond_the_search_window_is_not_taken():
    block = [[None, None]] * logic.HEADER_SEARCH_ROWS + [["Libellé", "Montant"]]
    assert logic.find_header_row(block) is None


def test_existing_verdir_columns_are_found_and_partial_ones_refused():
    headers = [*HEADER, None, *OUTPUT_COLUMNS]
    assert logic.find_output_column(headers) == 7
    broken = [*HEADER, *OUTPUT_COLUMNS[:17], "Commentaire", *OUTPUT_COLUMNS[18:]]
    with pytest.raises(AddinError, match="incomplètes"):
        logic.find_output_column(broken)
    with pytest.raises(AddinError, match="incomplètes"):
        logic.find_output_column([*HEADER, "Confiance"])


def _table(headers=HEADER, last_row=10):
    return logic.detect_table("Budget", [list(headers)], last_row)


def test_outputs_go_right_of_the_table_when_free():
    placement = logic.place_outputs(_table(), [[None] * 21 for _ in range(10)], used_last_column=5)
    assert (placement.column, placement.moved, placement.write_header) == (6, False, True)


def test_foreign_data_right_of_the_table_pushes_outputs_after_it_or_stops():
    right = [[None] * 21 for _ in range(10)]
    right[4][2] = "note de l'élu"  # column H, a data row
    placement = logic.place_outputs(_table(), right, used_last_column=12)
    assert placement.column == 13 and placement.moved
    with pytest.raises(AddinError, match="à partir de F.*ne les écrasera pas"):
        logic.place_outputs(_table(), right, used_last_column=12, move_allowed=False)


def test_existing_outputs_are_reused_in_place():
    table = _table([*HEADER, *OUTPUT_COLUMNS, "Commentaire"])
    placement = logic.place_outputs(table, None, used_last_column=27)
    assert (placement.column, placement.moved, placement.write_header) == (6, False, False)


def test_rows_to_process_single_cell_means_whole_table_else_clipped_selection():
    table = _table(last_row=50)
    assert logic.rows_to_process(table, 7, 7, single_cell=True) == range(2, 51)
    assert logic.rows_to_process(table, 1, 1_048_576, single_cell=False) == range(2, 51)
    assert logic.rows_to_process(table, 10, 12, single_cell=False) == range(10, 13)
    with pytest.raises(AddinError, match="aucune ligne du tableau"):
        logic.rows_to_process(table, 60, 70, single_cell=False)


def test_row_payload_normalises_cells_and_skips_rows_without_label():
    roles = _table().roles
    payload = logic.row_payload([11.0, "212", "  Entretien école ", None, "1 200,50 €"], roles)
    assert payload == {"libelle": "Entretien école", "chapitre": "11", "nature": "", "fonction": "212",
                       "service": "", "montant": 1200.5}
    assert logic.row_payload(["011", "212", None, "Éducation", 5.0], roles) is None


def test_row_payload_sends_a_code_with_its_label_column():
    table = _table(["Fonction", "Libellé fonction", "Libellé", "Montant"])
    assert table.roles == {"fonction": 1, "libelle": 3, "montant": 4}
    payload = logic.row_payload(["822", "Voirie communale et routes", "Installations de voirie", 10.0],
                                table.roles, table.companions)
    assert payload is not None and payload["fonction"] == "822 - Voirie communale et routes"
    assert logic.row_payload(["822", None, "Voirie", 1.0], table.roles, table.companions)["fonction"] == "822"


@pytest.mark.parametrize(("text", "number"), [
    ("1 200,50", 1200.5), ("1\u202f200,5 €", 1200.5), ("1,200.50", 1200.5), ("1.200,50", 1200.5),
    ("85 %", 85.0), (3, 3.0), ("abc", None), (None, None), (True, None),
])
def test_parse_number(text, number):
    assert logic.parse_number(text) == number


def test_chunks_never_exceed_1000_rows_and_progress_uses_french_spaces():
    sizes = [len(c) for c in logic.chunked(list(range(5000)))]
    assert sizes == [1000] * 5
    assert [len(c) for c in logic.chunked(list(range(2001)))] == [1000, 1000, 1]
    assert logic.progress_text(1200, 5000) == "Verdir : 1 200 / 5 000 lignes"
    assert logic.progress_text(0, 7) == "Verdir : 0 / 7 lignes"


def test_contiguous_runs():
    assert logic.contiguous_runs([9, 3, 4, 5, 11, 10]) == [(3, 3), (9, 3)]
    assert logic.contiguous_runs([]) == []


def test_result_cells_follow_output_columns_and_empty_results_leave_blanks():
    cells = logic.result_cells({"odd": {"4": 85, "11": 15}, "principal": 4, "confiance": 0.82,
                                "explication": "école", "sigles_inconnus": ["DAI", "GS"]})
    assert len(cells) == len(OUTPUT_COLUMNS)
    assert cells[3] == 85 and cells[10] == 15 and cells[0] == 0
    assert cells[17:] == [4, 0.82, "école", "DAI, GS"]
    empty = logic.result_cells({"odd": {}, "principal": None, "confiance": 0.0, "explication": ""})
    assert empty[:17] == [None] * 17 and empty[18] is None


def test_low_confidence_decision():
    assert logic.is_low_confidence({"odd": {"4": 100}, "confiance": 0.3})
    assert not logic.is_low_confidence({"odd": {"4": 100}, "confiance": 0.5})
    assert not logic.is_low_confidence({"odd": {}, "confiance": 0.0})


def test_distribution_sum_must_be_100_and_the_error_names_the_row():
    cells = [None] * 17
    cells[3], cells[10] = 85, 15
    assert logic.distribution_from_cells(cells, 12) == {4: 85, 11: 15}
    cells[10] = 5
    with pytest.raises(AddinError, match=r"Ligne 12 : les ODD totalisent 90 % au lieu de 100 %"):
        logic.distribution_from_cells(cells, 12)
    cells[10] = "beaucoup"
    with pytest.raises(AddinError, match=r"Ligne 7 : la valeur « beaucoup » de la colonne « ODD 11 »"):
        logic.distribution_from_cells(cells, 7)
    with pytest.raises(AddinError, match="Ligne 3 : aucun ODD"):
        logic.distribution_from_cells([None] * 17, 3)


def test_percent_formatted_cells_and_thirds_round_to_exactly_100():
    fractions = [0.0] * 17
    fractions[3], fractions[10] = 0.85, 0.15
    assert logic.distribution_from_cells(fractions, 2) == {4: 85, 11: 15}
    thirds = [0.0] * 17
    thirds[0] = thirds[1] = thirds[2] = 100 / 3
    shares = logic.distribution_from_cells(thirds, 2)
    assert sum(shares.values()) == 100 and sorted(shares.values()) == [33, 33, 34]


def test_snapshot_parse_update_and_write_runs():
    block = [list(logic.SNAPSHOT_HEADER),
             ["Budget", 2.0, "École", *([0] * 3), 100, *([0] * 13)],
             ["Budget", 3.0, "Voirie", *([0] * 10), 100, *([0] * 6)]]
    snapshot = Snapshot.parse(block)
    assert set(snapshot.records) == {("Budget", 2), ("Budget", 3)}
    assert snapshot.next_row == 4
    changes = snapshot.update([SnapshotRecord("Budget", 3, "Voirie", [1] * 17),
                               SnapshotRecord("Budget", 9, "Parc", [2] * 17),
                               SnapshotRecord("Autre", 2, "Parc", [2] * 17)])
    assert sorted(changes) == [3, 4, 5]  # row 3 rewritten in place, two appended
    runs = logic.write_runs(changes)
    assert [(first, len(block)) for first, block in runs] == [(3, 3)]
    assert runs[0][1][1][:3] == ["Budget", 9, "Parc"]


def test_find_changes_detects_edited_rows_and_ignores_moved_ones():
    headers = [*HEADER, *OUTPUT_COLUMNS]
    table = logic.detect_table("Budget", [headers], last_row=4)
    written = [0] * 17
    written[3] = 100
    snapshot = Snapshot()
    snapshot.update([SnapshotRecord("Budget", 2, "École", list(written)),
                     SnapshotRecord("Budget", 3, "Voirie", list(written)),
                     SnapshotRecord("Budget", 4, "Parc", list(written))])
    edited = list(written)
    edited[3], edited[10] = 60.0, 40.0
    rows = {
        2: ["011", "212", "École", "Éducation", 10.0, *[float(v) for v in written], 4, 0.9, "", ""],
        3: ["011", "822", "Voirie", "Voirie", 20.0, *edited, 4, 0.9, "", ""],
        4: ["011", "823", "Parc inséré", "Espaces verts", 5.0, *edited, 4, 0.9, "", ""],
    }
    changes = logic.find_changes(table, snapshot, rows)
    assert [c.row for c in changes.rows] == [3]
    assert changes.rows[0].odd == {4: 60, 11: 40}
    assert changes.rows[0].payload["libelle"] == "Voirie"
    assert changes.moved == [4]


def test_group_plan_counts_members_and_rows_that_change():
    headers = [*HEADER, *OUTPUT_COLUMNS]
    table = logic.detect_table("Budget", [headers], last_row=6)
    school = [0] * 17
    school[3] = 100
    other = [0] * 17
    other[10] = 100
    rows = {
        2: ["011", "212", "École A", "Éducation", 1.0, *school, 4, 1.0, "", ""],
        3: ["011", "212.0", "École B", "Éducation", 1.0, *other, 11, 0.4, "", ""],
        4: ["011", "21", "Écoles", "Éducation", 1.0, *other, 11, 0.4, "", ""],
        5: ["011", "212 - Écoles primaires", "École C", "Éducation", 1.0, *school, 4, 0.8, "", ""],
        6: ["011", "822", "Voirie", "Voirie", 1.0, *other, 11, 0.8, "", ""],
    }
    plan = logic.plan_group(table, 2, 2, rows)  # cursor on "Fonction" of row 2
    assert plan.role == "fonction" and plan.key == "212"
    assert plan.rows == [2, 3, 5] and plan.changing == [3]
    assert "aux 3 lignes dont « Fonction » vaut « 212 »" in plan.confirmation()
    assert "1 ligne(s) changent" in plan.confirmation()
    with pytest.raises(AddinError, match="pas dans une colonne ODD"):
        logic.plan_group(table, 2, 8, rows)
    with pytest.raises(AddinError, match="« Montant » ne peut pas définir un groupe"):
        logic.plan_group(table, 2, 5, rows)


def test_read_code_mirrors_the_engine():
    from verdir.engine.codes import read_code

    for value in ["212 - Écoles", "6574.0", 6574.0, "  21", "abc", "", None, "011"]:
        assert logic.read_code(value) == read_code(value)


def test_parse_glossary_with_and_without_header():
    assert logic.parse_glossary([["Sigle", "Signification"], ["DAI", "direction des affaires immobilières"],
                                 ["GS", None]]) == {"DAI": "direction des affaires immobilières"}
    assert logic.parse_glossary([["PRE", "programme de réussite éducative"]]) == {
        "PRE": "programme de réussite éducative"}


def test_json_cell_keeps_numbers_and_text_and_makes_the_rest_json():
    assert [logic.json_cell(v) for v in (None, True, 3, 2.5, "011", float("nan"))] == [
        None, True, 3, 2.5, "011", None]
    assert logic.json_cell(datetime(2025, 3, 1, 0, 0)) == "2025-03-01T00:00:00"
    assert logic.json_cell(date(2025, 3, 1)) == "2025-03-01"


def test_glossary_template_ranks_unknown_acronyms_by_frequency():
    counts = logic.count_unknown_acronyms(["BPA, DASCO", None, "DASCO", "", "ZZT"])
    assert counts == {"DASCO": 2, "BPA": 1, "ZZT": 1}
    assert logic.glossary_template(counts) == [list(logic.GLOSSARY_HEADER), ["DASCO", "", 2, ""],
                                               ["BPA", "", 1, ""], ["ZZT", "", 1, ""]]
    with_hints = logic.glossary_template(counts, {"DASCO": "AFFAIRES SCOLAIRES"})
    assert with_hints[1] == ["DASCO", "", 2, "AFFAIRES SCOLAIRES"]


def test_acronym_hints_come_from_the_service_and_mission_columns():
    services = ["DEEP - Espaces verts", "DEEP", "Espaces publics (DEP)", "DASCO", "DASCO", "DASCO",
                "DJS", "DJS", "DAI", None]
    missions = [None, "ENVIRONNEMENT", None, "AFFAIRES SCOLAIRES", "AFFAIRES SCOLAIRES", "ETUDES",
                "SPORTS", "JEUNESSE", "IMMOBILIER", "X"]
    hints = logic.acronym_hints(["DEEP", "DEP", "DASCO", "DJS", "ZZT"], services, missions)
    assert hints == {
        "DEEP": "Espaces verts",  # a name written beside the code beats a mission
        "DEP": "Espaces publics",
        "DASCO": "AFFAIRES SCOLAIRES",  # two rows of three
    }  # DJS: two missions, one row each: no majority, no proposal

