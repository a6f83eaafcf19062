# ruff: noqa: E501
"""Write part ZA of Verdir's labelled training corpus: three kinds of lines that the sets written
apart from the corpus (models/corpus/outside/) label one way while the corpus said little or the
other, found in their cross-validated errors (each half classified by a Verdir trained without it):

- A credit reserve named after what it is for ("Provision pour travaux dans les écoles",
  "PROVISION POUR REVISION DE PRIX" under a school service): a budget's provision for a purpose
  is spent on that purpose, so the line reads by its purpose, as the outside sets write it; the
  corpus only had accounting provisions (risks, doubtful debts, litigation: chapitre 68, 17:100),
  which stay as they are, and the word alone pulled every "provision" line towards 17.
- OPAH aids for the energy renovation of private housing: energy efficiency first, housing
  second (7:60;11:40, four of the five outside lines that say so); an OPAH that gives no energy
  purpose stays housing (11), as parts D, F and I write it.
- The mowing of road verges under a roads service or fonction: road upkeep first, the verges'
  late, "raisonné" mowing for biodiversity second (11:60;15:40, five of the seven outside lines);
  parts A to Z wrote it 15:100 with no roads context. Mowing in parks stays 15.

Deterministic, stdlib only, no network:  python gen_part_za.py  ->  part_za.csv (same folder).
"""

from __future__ import annotations

from gap_part import GapPart, parse_entries
from generator_tools import part_setup

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 2911)

BRIEF_EXAMPLES: list[str] = []

# "@goal:share,goal:share" opens a label; then one phrase a line:
# phrase | service field | fonctions | natures | core | core ...  (each core holds the phrase)
ENTRIES_SRC = """@4:85,11:15
écoles|ecoles|212 211 213|2313 615221|Provision pour travaux urgents dans les écoles|Provision travaux d'entretien des écoles|Provision pour travaux dans les écoles maternelles|Provision gros entretien des écoles élémentaires|Provision pour révision de prix - travaux des écoles
@3:85,11:15
équipements sportifs|sport|321 325 32|2313 615221|Provision pour travaux des équipements sportifs|Provision travaux d'entretien des équipements sportifs|Provision pour travaux imprévus - équipements sportifs
@11:100
voirie|voirie|845 84|2315 615231|Provision pour travaux de voirie imprévus|Provision réfection de voirie|Provision travaux de voirie - secteur de {lieu}|Provision pour révision de prix - programme de voirie
@15:70,11:30
arbres|ev|511|2121 2128|Provision pour plantations d'arbres|Provision pour remplacement d'arbres dans les parcs|Provision pour renouvellement des arbres d'alignement
@16:100
bâtiments administratifs|admin|020|2313 2184 615221|Provision pour travaux dans les bâtiments administratifs|Provision mobilier des bâtiments administratifs|Provision pour travaux imprévus - bâtiments administratifs
@7:60,11:40
rénovation énergétique|habitat|552 55|20422 6574|OPAH - aides à la rénovation énergétique des propriétaires occupants|OPAH-RU de {lieu} - volet rénovation énergétique|Aides à la rénovation énergétique des logements - OPAH|OPAH - primes à la rénovation énergétique des copropriétés|OPAH centre ancien - rénovation énergétique des logements privés|OPAH - aides aux travaux de rénovation énergétique|OPAH rénovation énergétique - aides aux propriétaires bailleurs|OPAH de {c} - rénovation énergétique de l'habitat ancien|Aides OPAH pour la rénovation énergétique - dossiers {y}|OPAH-RR - rénovation énergétique des maisons individuelles|OPAH copropriétés dégradées - rénovation énergétique|Abondement communal OPAH - rénovation énergétique
@11:60,15:40
fauchage|routes|843 845|611 61523 615231|Fauchage raisonné des accotements|Fauchage des accotements des routes départementales - secteur de {lieu}|Fauchage raisonné des accotements et fossés - marché|Fauchage des bords de routes - lot {n}|Fauchage et débroussaillage des accotements - secteur de {lieu}|Fauchage des accotements - circuit {n}|Fauchage raisonné des accotements de la voirie communale|Fauchage des accotements et talus - prestation
"""
ENTRIES = parse_entries(ENTRIES_SRC)

# the part's invented authorities: service field -> the names their exports give
AUTHS: dict[str, dict[str, list[str]]] = {
    "VSM": {  # Val-sur-Mareuil, a town of ~45,000
        "ecoles": ["Direction de l'éducation", "DEDUC - PATRIMOINE SCOLAIRE"],
        "sport": ["Direction des sports", "DSPORTS - EQUIPEMENTS"],
        "voirie": ["Direction de l'espace public", "DEP - VOIRIE"],
        "ev": ["Direction des parcs et jardins", "DPJ"],
        "admin": ["Direction des moyens généraux", "DMG - BATIMENTS"],
        "habitat": ["Direction de l'habitat", "DHAB - AMELIORATION DE L'HABITAT"],
    },
    "DCL": {  # Département des Combes-de-Loue
        "routes": ["Direction des routes", "DR - EXPLOITATION ROUTIERE", "AGENCE ROUTIERE NORD"],
        "habitat": ["Direction de l'habitat et du logement"],
    },
    "CCV": {  # Communauté de communes du Val d'Oudon
        "routes": ["SERVICE VOIRIE", "Pôle technique - voirie intercommunale"],
        "habitat": ["Service habitat", "OPAH - HABITAT"],
    },
}

# without an article: the cores write "de {lieu}"
PLACES = ["Mareuil", "Bois-Ferrand", "Chaumes", "Saint-Jory", "Champ-Bertin", "Vaux-le-Haut",
          "Pont-Girard", "Brosseau"]
TOWNS = ["Val-sur-Mareuil", "Loue-la-Combe", "Montoudon", "Saint-Pardoux-en-Combes"]
YEARS = ["2020", "2021", "2022", "2023", "2024", "2025"]

GAPS = GapPart.second_round(draw, ENTRIES, AUTHS, {}, PLACES, TOWNS, [], [], YEARS)
GAPS.placeholders["n"] = lambda: str(draw.rng.randint(1, 12))


def main() -> None:
    GAPS.write(OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)


if __name__ == "__main__":
    main()
