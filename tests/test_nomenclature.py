"""Guessing whether a budget's bare fonction codes are M14 or M57 from what its labels say."""

from __future__ import annotations

from pathlib import Path

from verdir.engine.lines import BudgetLine
from verdir.engine.nomenclature import guess_fonction_nomenclature
from verdir.tables import read_table

# (label, M14 fonction, M57 fonction of the same activity)
LINES = [
    ("TRAVAUX GYMNASE JEAN MACE", "411", "321"), ("REFECTION SOL SALLE DE SPORT", "411", "321"),
    ("PISCINE MUNICIPALE - TRAITEMENT EAU", "413", "323"), ("STADE MUNICIPAL - ECLAIRAGE", "412", "322"),
    ("BIBLIOTHEQUE - ACQUISITION LIVRES", "321", "313"), ("MUSEE - RESTAURATION TABLEAUX", "322", "314"),
    ("CRECHE LES LUTINS - MOBILIER", "64", "4221"), ("VOIRIE RUE DES LILAS", "822", "845"),
    ("ENROBES CHEMIN DES VIGNES", "822", "845"), ("ECLAIRAGE PUBLIC LED", "814", "512"),
    ("COLLECTE ORDURES MENAGERES", "812", "7212"), ("RESEAU EAU POTABLE", "811", "732"),
    ("ESPACES VERTS - PLANTATIONS", "823", "511"), ("FOYER PERSONNES AGEES", "61", "4238"),
    ("OFFICE DE TOURISME - SUBVENTION", "95", "633"), ("CENTRE DE LOISIRS", "421", "3341"),
]


def test_labels_tell_m14_codes_from_m57_ones(engine):
    m14 = [BudgetLine(label, fonction=former) for label, former, _ in LINES]
    m57 = [BudgetLine(label, fonction=modern) for label, _, modern in LINES]
    guess = guess_fonction_nomenclature(m14, engine.classify)
    assert guess.nomenclature == "M14" and guess.lines >= 12 and guess.gain > 0.3
    modern = guess_fonction_nomenclature(m57, engine.classify)
    assert modern.nomenclature == "M57" and modern.lines >= 12 and modern.gain < 0


def test_a_small_table_or_labelled_codes_stay_m57(engine):
    few = [BudgetLine(label, fonction=former) for label, former, _ in LINES[:6]]
    assert guess_fonction_nomenclature(few, engine.classify).nomenclature == "M57"
    labelled = [BudgetLine(label, fonction=f"{former} - Libellé") for label, former, _ in LINES]
    assert guess_fonction_nomenclature(labelled, engine.classify).lines == 0


def test_the_other_authorities_probe_is_read_as_m57(engine):
    probe = Path(__file__).parent.parent / "models" / "corpus" / "outside" / "probe_autres_collectivites.csv"
    assert guess_fonction_nomenclature(read_table(probe).lines(), engine.classify).nomenclature == "M57"
