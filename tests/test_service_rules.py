"""Group decisions: how a rule's value matches a line, and which rule wins."""

from __future__ import annotations

import pytest

from verdir.engine.lines import BudgetLine
from verdir.engine.prepare import line_identity
from verdir.engine.rules import InvalidRule, Rule, RuleBook

pytest_plugins = ["service_fixtures"]


@pytest.mark.parametrize("fonction, matches", [("21", True), ("212", True), ("2121", True),
                                               ("212 - Écoles primaires", True), ("212.0", True),
                                               ("2", False), ("22", False), ("", False), ("121", False)])
def test_code_rules_cover_the_sub_codes_by_default(fonction: str, matches: bool) -> None:
    book = RuleBook([Rule.create("fonction", "21", {4: 100})])
    assert (book.match(BudgetLine("X", fonction=fonction)) is not None) is matches


def test_exact_mode_on_a_code_covers_that_code_only() -> None:
    book = RuleBook([Rule.create("fonction", "21", {4: 100}, mode="exacte")])
    assert book.match(BudgetLine("X", fonction="21"))
    assert book.match(BudgetLine("X", fonction="212")) is None


def test_text_rules_compare_normalised_values() -> None:
    book = RuleBook([Rule.create("service", " Espaces  VERTS ", {15: 100}),
                     Rule.create("libelle", "cantine", {2: 100}, mode="contient")])
    assert book.match(BudgetLine("X", service="espaces verts")).column == "service"
    assert book.match(BudgetLine("X", service="espaces verts nord")) is None
    assert book.match(BudgetLine("REPAS CANTINE ÉCOLE")).column == "libelle"


def test_the_most_precise_rule_wins() -> None:
    broad = Rule.create("fonction", "2", {4: 100}, id=1)
    narrow = Rule.create("fonction", "21", {4: 50, 10: 50}, id=2)
    exact_service = Rule.create("service", "DASCO", {4: 80, 3: 20}, id=3)
    contains = Rule.create("libelle", "ecole", {11: 100}, mode="contient", id=4)
    book = RuleBook([broad, narrow, exact_service, contains])
    assert book.match(BudgetLine("ECOLE", fonction="212")) is narrow  # prefix beats contains
    assert book.match(BudgetLine("X", fonction="23")) is broad
    assert book.match(BudgetLine("ECOLE", fonction="212", service="dasco")) is exact_service
    assert book.match(BudgetLine("ECOLE")) is contains
    newer = Rule.create("nature", "21", {7: 100}, id=9)  # same precision: column order, then newest
    assert RuleBook([narrow, newer]).match(BudgetLine("X", fonction="21", nature="21")) is newer


@pytest.mark.parametrize("column, value, mode", [("compte", "21", None), ("fonction", "abc", None),
                                                 ("service", " ", None), ("fonction", "21", "approx")])
def test_invalid_rules(column: str, value: str, mode: str | None) -> None:
    with pytest.raises(InvalidRule):
        Rule.create(column, value, {4: 100}, mode=mode)
    with pytest.raises(InvalidRule):
        Rule.create("fonction", "21", {4: 90})


def test_line_identity_is_the_engine_s_correction_key(service_engine) -> None:
    for line in [BudgetLine("  Rénovation  ÉCOLE ", "23", "2313", "212", "DASCO", "Écoles"),
                 BudgetLine("x", fonction="212.0"), BudgetLine("")]:
        assert line_identity(line) == service_engine.preparer.prepare(line).key


def test_exact_correction_beats_rule_beats_model(service_engine) -> None:
    from verdir.engine.rules import classify_with_rules

    line = BudgetLine("ENTRETIEN ECOLE A", fonction="212")
    other = BudgetLine("ENTRETIEN ECOLE B", fonction="212")
    book = RuleBook([Rule.create("fonction", "21", {4: 100})])
    service_engine.add_corrections([(line, {11: 100})])
    try:
        results = classify_with_rules(service_engine, [line, other, BudgetLine("X", fonction="30")], book)
        assert [r.source for r in results] == ["correction", "regle", "modele"]
        assert results[1].shares == {4: 100} and results[1].main == 4
    finally:
        service_engine.remove_correction(line)



def test_lines_left_to_the_model_keep_the_direction_read_from_the_whole_table(service_engine) -> None:
    from verdir.engine.rules import classify_with_rules

    # The rule takes the school rows; the participatory row left to the model is still read
    # with what those rows say of direction DQXO.
    participatory = BudgetLine("BPA - DQXO - 14e ARRONDISSEMENT", service="DQXO",
                               mission="BUDGET PARTICIPATIF")
    schools = [BudgetLine(f"PEINTURE ECOLE {name}", service="DQXO", mission="AFFAIRES SCOLAIRES")
               for name in ("PASTEUR", "JAURES", "CURIE")]
    book = RuleBook([Rule.create("mission", "AFFAIRES SCOLAIRES", {4: 100})])
    results = classify_with_rules(service_engine, [participatory, *schools], book)
    assert [r.source for r in results] == ["modele", "regle", "regle", "regle"]
    assert "DQXO = AFFAIRES SCOLAIRES" in results[0].explanation and results[0].main == 4
