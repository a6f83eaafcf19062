"""The annexe-verte framework: scope by nature, each axis' typical cases, splits, corrections."""

from __future__ import annotations

import pytest

from verdir.engine.lines import BudgetLine
from verdir.frameworks import FrameworkError, load_framework
from verdir.frameworks.annexe import synthesis
from verdir.frameworks.base import AxisRating
from verdir.frameworks.ratings import AXIS_COLUMNS, InvalidRating, format_rating, parse_rating
from verdir.frameworks.rules import load_rules
from verdir.frameworks.scope import line_scope


@pytest.fixture(scope="module")
def annex(engine):
    return load_framework("annexe-verte", engine)


def rate(annex, libelle: str, **codes: str) -> dict[int, str]:
    result = annex.classify([BudgetLine(libelle, **codes)])[0]
    return {i: result.values[column] for i, column in enumerate(AXIS_COLUMNS, start=1)}


# ------------------------------------------------------------------------------- scope
@pytest.mark.parametrize(("codes", "in_scope", "words"), [
    ({"nature": "1641"}, False, "emprunt"),
    ({"nature": "16"}, False, "emprunt"),
    ({"nature": "2764"}, False, "financière"),
    ({"nature": "261"}, False, "participation"),
    ({"nature": "1323"}, False, "recette"),
    ({"nature": "10222"}, False, "dotations"),
    ({"nature": "6068"}, False, "fonctionnement"),
    ({"nature": "4581"}, False, "tiers"),
    ({"nature": "2046"}, False, "compensation"),
    ({"nature": "2031"}, True, "incorporelle"),
    ({"nature": "20422"}, True, "subvention d'équipement"),
    ({"nature": "21828"}, True, "corporelle"),
    ({"nature": "2313"}, True, "en cours"),
    ({"nature": "1675"}, True, "partenariat"),
    ({"chapitre": "16"}, False, "emprunt"),
    ({"chapitre": "011"}, False, "fonctionnement"),
    ({"chapitre": "040"}, False, "ordre"),
    ({"chapitre": "905"}, True, "par fonction"),
    ({"chapitre": "935"}, False, "fonctionnement"),
    ({"chapitre": "23"}, True, "en cours"),
])
def test_scope_by_nature_and_chapitre(codes, in_scope, words):
    scope = line_scope(BudgetLine("Ligne", **codes))
    assert scope.in_scope is in_scope
    assert words in scope.reason


def test_nature_wins_over_chapitre_and_no_code_is_assumed_investment():
    assert not line_scope(BudgetLine("x", chapitre="21", nature="1641")).in_scope
    scope = line_scope(BudgetLine("x"))
    assert scope.in_scope and scope.entry is None and "supposée" in scope.reason


def test_out_of_scope_lines_are_non_cote_with_the_reason(annex):
    result = annex.classify([BudgetLine("Remboursement capital emprunt", nature="1641")])[0]
    assert set(result.values.values()) == {"non coté"}
    assert result.synthesis.startswith("non coté : ")
    assert "emprunt" in result.synthesis and result.main == "non coté"
    operating = annex.classify([BudgetLine("Achat fournitures", nature="60632")])[0]
    assert "dépense de fonctionnement, hors champ de l'annexe" in operating.synthesis


def test_empty_label_without_codes_is_not_rated(annex):
    result = annex.classify([BudgetLine("   ")])[0]
    assert set(result.values.values()) == {"non coté"}
    assert result.source == "vide"


# --------------------------------------------------------------------- typical cases
@pytest.mark.parametrize(("libelle", "codes", "expected"), [
    # axe 1 atténuation
    ("Acquisition de bus électriques", {"nature": "21828"}, {1: "favorable", 5: "favorable"}),
    ("ACQ 3 BUS DIESEL", {"nature": "21828"}, {1: "défavorable", 5: "défavorable"}),
    ("Création d'un parking rue des Lilas", {"nature": "2313"},
     {1: "défavorable", 2: "défavorable", 6: "défavorable"}),
    ("ISOL THERM GS PASTEUR", {"nature": "21312"}, {1: "favorable"}),
    ("Rénovation énergétique de l'école Jules Ferry", {}, {1: "favorable"}),
    ("Remplacement chaudière fioul par pompe à chaleur", {}, {1: "favorable"}),
    ("Installation panneaux photovoltaïques gymnase", {}, {1: "favorable"}),
    ("Création piste cyclable avenue Foch", {}, {1: "favorable", 5: "favorable"}),
    ("Installation chaudière gaz salle des fêtes", {}, {1: "défavorable"}),
    # axe 2 adaptation
    ("Cour oasis école Jean Moulin", {}, {2: "favorable"}),
    ("Bassin de rétention des eaux pluviales", {}, {2: "favorable", 3: "favorable"}),
    # axe 3 eau
    ("Renouvellement réseau eau potable rue Haute", {}, {3: "favorable"}),
    ("Extension station d'épuration", {}, {3: "favorable"}),
    ("Travaux divers", {"fonction": "733", "nature": "2315"}, {3: "favorable"}),
    # axe 4 économie circulaire
    ("Création d'une recyclerie", {}, {4: "favorable"}),
    ("Désamiantage école maternelle", {}, {4: "favorable", 5: "favorable"}),
    # axe 5 pollutions
    ("Installation VMC double flux école", {}, {5: "favorable"}),
    ("Terrain synthétique stade municipal", {}, {5: "défavorable", 6: "défavorable"}),
    # axe 6 biodiversité
    ("Plantation d'arbres cour d'école", {}, {1: "favorable", 2: "favorable", 6: "favorable"}),
    ("Renaturation du parc des Sources", {}, {6: "favorable"}),
    ("Abattage d'arbres place du marché", {}, {6: "défavorable"}),
    # neutral: IT, furniture
    ("ACQ MAT INFO", {"nature": "2183"}, dict.fromkeys(range(1, 7), "neutre")),
    ("Mobilier scolaire", {"nature": "2184"}, dict.fromkeys(range(1, 7), "neutre")),
    ("Serveur", {"nature": "2183"}, dict.fromkeys(range(1, 7), "neutre")),
])
def test_typical_cases_per_axis(annex, libelle, codes, expected):
    ratings = rate(annex, libelle, **codes)
    for axis, rating in expected.items():
        assert ratings[axis] == rating, (libelle, axis, ratings)


def test_unknown_line_is_neutral_with_low_confidence_and_says_so(annex):
    result = annex.classify([BudgetLine("Opération Zorglub", nature="2313")])[0]
    assert set(result.values.values()) == {"neutre"}
    assert result.confidence < 0.5
    assert "neutre par défaut" in result.explanation
    assert result.synthesis == "neutre"


def test_mixed_fleet_is_split_and_synthesis_is_mixed(annex):
    result = annex.classify([BudgetLine("ACQ VEH ELEC ET THERMIQUES", nature="21828")])[0]
    assert result.values["Axe 1 Atténuation"] == "favorable 50 % / défavorable 50 %"
    assert result.ratings[0].parts == (("favorable", 50), ("défavorable", 50))
    assert result.synthesis.startswith("mixte")


def test_explanation_names_the_rule(annex):
    result = annex.classify([BudgetLine("ACQ 3 BUS DIESEL", nature="21828")])[0]
    assert "A1-VEHICULE-THERMIQUE" in result.explanation
    assert "axe 1" in result.explanation


def test_synthesis_wording():
    fav = AxisRating(1, (("favorable", 100),), "")
    fav6 = AxisRating(6, (("favorable", 100),), "")
    bad = AxisRating(2, (("défavorable", 100),), "")
    neutral = AxisRating(3, (("neutre", 100),), "")
    assert synthesis([fav, fav6, neutral]) == "favorable (axes 1, 6)"
    assert synthesis([bad, neutral]) == "défavorable (axe 2)"
    assert synthesis([neutral]) == "neutre"
    assert synthesis([fav, bad]).startswith("mixte")
    assert synthesis([neutral], "hors champ") == "non coté : hors champ"


# ------------------------------------------------------------------------ ratings
def test_parse_and_format_ratings():
    assert parse_rating("Défavorable") == (("défavorable", 100),)
    assert parse_rating("01_NONCOTEE") == (("non coté", 100),)
    assert parse_rating("neutre 40 % / favorable 60 %") == (("favorable", 60), ("neutre", 40))
    assert format_rating((("favorable", 60), ("neutre", 40))) == "favorable 60 % / neutre 40 %"
    for bad in ("", "très bien", "favorable 60 % / neutre 30 %", "favorable / neutre"):
        with pytest.raises(InvalidRating):
            parse_rating(bad)


def test_rules_file_is_valid_and_every_axis_has_rules():
    rules = load_rules()
    for axis in range(1, 7):
        ratings = {r.parts[0][0] for r in rules if axis in r.axes and len(r.axes) < 6}
        assert "favorable" in ratings, axis
    assert all(r.reason for r in rules)


def test_rule_examples_get_the_rule_rating(annex):
    """Each rule's own example is rated as the rule says on the rule's axes (or by an earlier rule
    of the same rating)."""
    for rule in load_rules():
        if not rule.example:
            continue
        result = annex.classify([BudgetLine(rule.example)])[0]
        for axis in rule.axes:
            assert result.ratings[axis - 1].parts == rule.parts, (rule.id, axis, result.values)


# -------------------------------------------------------------------- corrections
def test_corrections_override_ratings_for_the_same_line_only(engine):
    annex = load_framework("annexe-verte", engine)
    line = BudgetLine("Création d'un parking rue des Lilas", nature="2313")
    assert annex.classify([line])[0].values["Axe 1 Atténuation"] == "défavorable"
    added = annex.add_corrections([(line, {"Axe 1 Atténuation": "neutre",
                                           6: "favorable 60 % / neutre 40 %"})])
    assert added == 1
    same = BudgetLine("CREATION D'UN  PARKING rue des lilas", nature="2313")
    result = annex.classify([same])[0]
    assert result.values["Axe 1 Atténuation"] == "neutre"
    assert result.values["Axe 6 Biodiversité"] == "favorable 60 % / neutre 40 %"
    assert result.values["Axe 2 Adaptation"] == "défavorable"  # not corrected: rules still rate
    assert result.source == "correction"
    assert "correction enregistrée" in result.explanation
    other = annex.classify([BudgetLine("Création d'un parking rue des Roses", nature="2313")])[0]
    assert other.values["Axe 1 Atténuation"] == "défavorable"
    assert annex.remove_correction(line)
    assert annex.classify([line])[0].values["Axe 1 Atténuation"] == "défavorable"


def test_corrections_can_rate_an_out_of_scope_line_and_reject_bad_values(engine):
    annex = load_framework("annexe-verte", engine)
    line = BudgetLine("Subvention d'équipement reçue", nature="1323")
    annex.add_corrections([(line, {"axe 1": "favorable"})])
    assert annex.classify([line])[0].values["Axe 1 Atténuation"] == "favorable"
    with pytest.raises(FrameworkError):
        annex.add_corrections([(line, {"Axe 1 Atténuation": "super"})])
    with pytest.raises(FrameworkError):
        annex.add_corrections([(line, {"Axe 9": "favorable"})])


def test_unknown_framework_name_is_a_french_error(engine):
    with pytest.raises(FrameworkError, match="Cadre inconnu"):
        load_framework("sdg", engine)


def test_french_doc_rule_tables_are_current():
    from verdir.frameworks.ruledoc import DOC, generated_part, render

    assert generated_part(DOC.read_text(encoding="utf-8")) == render(), (
        "docs/annexe-verte.md is stale: run `python -m verdir.frameworks.ruledoc --write`")
