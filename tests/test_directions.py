"""Reading unknown direction codes from a table's own lines."""

from __future__ import annotations

from verdir.engine.directions import direction_readings, readings_used
from verdir.engine.glossary import Glossary, load_builtin_entries


def test_a_code_is_read_from_a_name_beside_it_or_from_its_rows_mission():
    services = ["DEEP - Espaces verts", "DEEP", "DASCO", "DASCO", "DASCO"]
    missions = ["", "ENVIRONNEMENT", "AFFAIRES SCOLAIRES", "AFFAIRES SCOLAIRES", "ETUDES"]
    assert direction_readings(["DEEP", "DASCO"], services, missions) == {
        "DEEP": "Espaces verts", "DASCO": "AFFAIRES SCOLAIRES"}


def test_a_single_row_or_a_shared_mission_is_no_reading():
    services = ["DJS", "DAA", "DAA", "DBB", "DBB", "DCC"]
    missions = ["SPORTS", "SUBVENTIONS D'EQUIPEMENT", "SUBVENTIONS D'EQUIPEMENT",
                "SUBVENTIONS D'EQUIPEMENT", "SUBVENTIONS D'EQUIPEMENT", "SUBVENTIONS D'EQUIPEMENT"]
    # DJS: one row, whose mission is already its context; DAA, DBB: an envelope three
    # directions share says nothing of what each one does.
    assert direction_readings(["DJS", "DAA", "DBB"], services, missions) == {}


def test_line_readings_explain_a_code_but_leave_it_reported():
    glossary = Glossary(load_builtin_entries(), {"DUSR": "direction de l'urbanisme"})
    read = glossary.with_line_readings({"DQXO": "AFFAIRES SCOLAIRES", "DUSR": "ETUDES"})
    assert read.expand("DQXO", organisation_only=True).text == "AFFAIRES SCOLAIRES"
    assert read.expand("BPA DQXO").text == "BPA AFFAIRES SCOLAIRES"
    assert read.unexplained_codes("DQXO") == ("DQXO",)  # for the user to confirm
    # The glossaries come first; the original glossary is unchanged.
    assert read.expand("DUSR", organisation_only=True).text == "direction de l'urbanisme"
    assert glossary.expand("DQXO", organisation_only=True).text == "DQXO"


def test_a_line_uses_the_readings_of_the_codes_it_contains_as_words():
    readings = {"DQXO": "AFFAIRES SCOLAIRES", "DEVE": "ESPACES VERTS"}
    assert readings_used(readings, "DQXO", "BPA - deve - 14e") == [
        ("DEVE", "ESPACES VERTS"), ("DQXO", "AFFAIRES SCOLAIRES")]
    assert readings_used(readings, "DQXOS", "DEVELOPPEMENT") == []  # whole words only


def test_a_code_known_only_as_a_thing_is_read_from_the_lines_in_service_fields():
    # "DPE" is a diagnostic de performance énergétique in the glossary; as a direction its
    # lines say what it is, and labels keep the glossary's meaning.
    glossary = Glossary(load_builtin_entries())
    read = glossary.with_line_readings({"DPE": "PROPRETE ET EAU"})
    assert read.expand("DPE", organisation_only=True).text == "PROPRETE ET EAU"
    assert read.line_reading("DPE").meaning == "PROPRETE ET EAU"
    assert read.unexplained_codes("DPE") == ("DPE",)  # for the user to confirm
    assert read.expand("DPE ECOLE").text.startswith("diagnostic de performance énergétique")
    assert glossary.expand("DPE", organisation_only=True).text == "DPE"
    assert glossary.line_reading("DPE") is None
