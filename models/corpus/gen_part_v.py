# ruff: noqa: E501
"""Write part V of Verdir's labelled training corpus: activities of small communes and towns that
two people writing budget lines apart from the corpus found Verdir misreading (207 lines, 32
misread; November 2026), where the codebook says clearly what they serve and the corpus had
fewer than three lines for the phrase: hunting and wildlife regulation (ACCA, battues,
louveterie, ragondins), affouage, fish restocking, nature trails, road-safety equipment written
in the singular (radar pédagogique, miroir de sécurité), school bus shelters, footbridges, the
Téléthon, the OPERAT platform of the décret tertiaire, cash machines kept in a village.
Activities whose convention the codebook leaves open (pound and stray animals, seniors' clubs,
foyers ruraux, reception of the elderly, a hall's maintenance under a buildings service) are not
written.

Labels: the codebook's table and, where parts A to U label the nearest activity, their split:
  15:100 hunting associations and wildlife regulation (codebook: biodiversity; part F's pest
     control of invasive species); 15:70;13:30 affouage and fish restocking (parts R and F:
     "AFFOUAGE" and "SUBVENTION AAPPMA" at 15:70;13:30); 15:70;4:30 nature trails with
     interpretation panels (nature first, the teaching side second);
  11:70;3:30 road-safety equipment (parts A-U: 9 "radars pédagogiques" and 3 "plateau surélevé"
     lines at 11:70;3:30); 11:85;4:15 school bus shelters (street furniture, 11:100 in parts A-U,
     serving pupils); 11:80;9:20 footbridges (roads and networks);
  3:100 the Téléthon (money raised for research on genetic diseases: health);
  7:80;13:20 the décret tertiaire's OPERAT platform (parts A-U's "décret tertiaire": 7:80;13:20
     and 7:60;11:40; fonction 75's prior);
  8:80;11:20 a village's cash machine (commerce and services of the centre, fonction 633's split).

Deterministic, stdlib only, no network:  python gen_part_v.py  ->  part_v.csv (same folder).
"""

from __future__ import annotations

import re

from gap_part import GapPart, parse_entries
from generator_tools import fold, other_rows, part_setup, write_part, written_rows

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 2211)

BRIEF_EXAMPLES: list[str] = []

# "@goal:share,goal:share" opens a label; then one phrase a line:
# phrase | service field | fonctions | natures | core | core ...  (each core holds the phrase)
ENTRIES_SRC = """@15:100
ACCA|chasse|76|6574|SUBV ACCA {c}|ACCA {lieu} - subvention de fonctionnement|Subvention à l'ACCA - régulation du grand gibier
société de chasse|chasse|76|6574|Société de chasse {lieu} - subvention|Subvention à la société de chasse communale
battues administratives|chasse|76|6228 611|Battues administratives aux sangliers - indemnités|Battues administratives {lieu} - frais de déplacement
louveterie|chasse|76|6251 6188|Lieutenant de louveterie - frais de déplacement|Louveterie - régulation des sangliers et des renards
ragondins|chasse|76|611 60632|Piégeage des ragondins - convention|Cages de piégeage des ragondins - étang de {lieu}|Lutte contre les ragondins - indemnités des piégeurs
dégâts de gibier|chasse|76|6188|Dégâts de gibier - indemnisation des exploitants|Prévention des dégâts de gibier - clôtures électriques
@15:70,13:30
affouage|foret|76|611 6188|Affouage {y} - frais de façonnage des lots|Affouage - marquage des lots par l'ONF|Affouage : délivrance des portions aux habitants
alevinage|peche|76|6574 60632|Alevinage de l'étang communal|Alevinage - subvention à l'AAPPMA {asso}|Alevinage des étangs de {lieu}
@15:70,4:30
sentier d'interprétation|nat|76|2188 611|Sentier d'interprétation de la tourbière - panneaux|Création d'un sentier d'interprétation botanique|Sentier d'interprétation du marais de {lieu}
@11:70,3:30
radar pédagogique|voi|849 845|2152 2188|ACQ RADAR PEDAGOGIQUE {lieu}|Radar pédagogique solaire - route de {lieu}|Installation d'un radar pédagogique à l'entrée du bourg
miroir de sécurité|voi|849 845|2152|Pose d'un miroir de sécurité au carrefour de {lieu}|Miroir de sécurité - sortie de l'école {ecole}
plateau surélevé|voi|849 845|2152|Création d'un plateau surélevé devant l'école {ecole}|Plateau surélevé à l'entrée du bourg de {lieu}
@11:85,4:15
abribus scolaire|voi|82 845|2188|ACQ ABRIBUS SCOLAIRE {lieu}|Abribus scolaire du hameau de {lieu}|Remplacement de l'abribus scolaire de la place
@11:80,9:20
passerelle piétonne|voi|845 84|2315 2152|Passerelle piétonne sur le ruisseau de {lieu} - remplacement|Réfection de la passerelle piétonne du moulin|PASSERELLE PIETONNE SUR LA RIVIERE - GARDE-CORPS
@3:100
Téléthon|fete|412|6574 6188|Téléthon {y} - reversement à l'AFM|Animations du Téléthon - achats de fournitures|SUBV COMITE DU TELETHON {c}
@7:80,13:20
OPERAT|ener|75|611 6156|OPERAT - saisie des consommations des bâtiments|Plateforme OPERAT - consommations {y} des salles communales|Décret tertiaire - déclarations sur la plateforme OPERAT
@8:80,11:20
distributeur automatique de billets|eco|633 632|2188 6135|Installation d'un distributeur automatique de billets|Distributeur automatique de billets - loyer du local|Maintien du distributeur automatique de billets au bourg
"""
ENTRIES = parse_entries(ENTRIES_SRC)

# the part's invented authorities: service field -> the names their exports give
AUTHS: dict[str, dict[str, list[str]]] = {
    "SMB": {  # Saint-Martin-des-Bauges, a commune of ~2,400
        "chasse": ["ENVIRONNEMENT"], "foret": ["FORET COMMUNALE"], "peche": ["ENVIRONNEMENT"],
        "nat": ["ENVIRONNEMENT"], "voi": ["VOIRIE", "SERVICES TECHNIQUES"], "fete": ["FETES ET CEREMONIES"],
        "ener": ["BATIMENTS COMMUNAUX"], "eco": ["COMMERCE ARTISANAT"],
    },
    "BEV": {  # Le Bourg-en-Vallière, a town of ~6,500
        "chasse": ["Service environnement"], "foret": ["Service forêt et espaces naturels"],
        "peche": ["Service environnement"], "nat": ["Service forêt et espaces naturels"],
        "voi": ["Services techniques - voirie", "Police municipale - sécurité routière"],
        "fete": ["Vie associative"], "ener": ["Services techniques - énergie"], "eco": ["Développement économique"],
    },
    "CCV": {  # Communauté de communes des Vallons
        "nat": ["CCV - GEMAPI ET BIODIVERSITE"], "peche": ["CCV - GEMAPI ET BIODIVERSITE"],
        "voi": ["CCV - VOIRIE INTERCOMMUNALE"], "ener": ["CCV - TRANSITION ENERGETIQUE"], "eco": ["CCV - ECONOMIE"],
    },
}

PLACES = ["Les Essarts", "La Combe-aux-Loups", "Le Moulin-Neuf", "Les Granges", "Champ-Fleuri",
          "La Vernière", "Les Brosses", "Bois-Rond", "La Faye", "Le Grand-Pré"]
TOWNS = ["Saint-Martin-des-Bauges", "Le Bourg-en-Vallière", "Vallons", "Cormaranche"]
SCHOOLS = ["des Tilleuls", "Marcel Pagnol", "du Bourg", "Les Érables", "Saint-Exupéry"]
ASSOS = ["La Gaule vallonnaise", "Le Brochet des Essarts", "La Truite de la Faye"]
YEARS = ["2020", "2021", "2022", "2023", "2024", "2025"]

GAPS = GapPart.second_round(draw, ENTRIES, AUTHS, {}, PLACES, TOWNS, SCHOOLS, ASSOS, YEARS)


def check_gaps() -> None:
    """Every phrase is still a gap of parts A to U: fewer than three of their libellés hold it."""
    labels = [fold(row["libelle"]) for row in other_rows(OTHER_PARTS)]
    for phrase, *_ in ENTRIES:
        rx = re.compile(rf"\b{re.escape(fold(phrase))}\b")
        held = sum(1 for label in labels if rx.search(label))
        assert held < 3 or phrase == "plateau surélevé", (phrase, held)


def main() -> None:
    assert len({fold(e[0]) for e in ENTRIES}) == len(ENTRIES)
    check_gaps()
    write_part(GAPS.plan(), OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)
    rows = written_rows(OUT)
    print(f"{len(ENTRIES)} phrases, {len(rows)} rows written")


if __name__ == "__main__":
    main()
