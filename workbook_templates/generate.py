"""Generate Verdir's workbook templates: an empty model and the budget of a fictional commune.

Run from the repository root::

    python workbook_templates/generate.py            # writes both files next to this script
    python workbook_templates/generate.py -o DIR     # writes them into DIR

The output is reproducible: the example is drawn with ``random.Random(2024)`` and the xlsx
archives are written with fixed timestamps, so running the script twice gives identical bytes.

Everything in the example (the commune "Ville de Valbourg", its buildings, streets,
associations and loans) is invented. Codes follow the M57 nomenclature: each line's nature
belongs to its chapitre, the chapitre to its section, and the fonction matches the activity.
"""

from __future__ import annotations

import argparse
import random
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
MODEL_NAME = "modele_budget.xlsx"
EXAMPLE_NAME = "exemple_budget.xlsx"
SEED = 2024
COMMUNE = "Ville de Valbourg"

DATA_SHEET = "Budget"
HEADERS: tuple[str, ...] = (
    "Section", "Chapitre", "Nature", "Fonction", "Service", "Opération", "Libellé", "Montant",
)
COLUMN_WIDTHS = (9, 10, 10, 10, 30, 12, 60, 16)
AMOUNT_FORMAT = '#,##0.00 "€";[Red]-#,##0.00 "€"'
HEADER_FILL = PatternFill("solid", fgColor="1E5631")
HEADER_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
TITLE_FONT = Font(name="Calibri", bold=True, size=14, color="1E5631")
ODD_HEADERS = tuple(f"ODD {goal}" for goal in range(1, 18))

# --------------------------------------------------------------------------------------------
# M57 codes used by the example
# --------------------------------------------------------------------------------------------

# Chapitre -> section (I = investissement, F = fonctionnement). Expenses only.
CHAPITRE_SECTION: dict[str, str] = {
    "011": "F", "012": "F", "65": "F", "66": "F",
    "20": "I", "204": "I", "21": "I", "23": "I", "16": "I",
}
CHAPITRE_ORDER = tuple(CHAPITRE_SECTION)


def _natures(chapitre: str, codes: str) -> dict[str, str]:
    return {code: chapitre for code in codes.split()}


# Nature -> the chapitre it is voted in.
NATURE_CHAPITRE: dict[str, str] = {
    **_natures(
        "011",
        "60611 60612 60613 60621 60622 60623 60628 60632 60633 60636 6064 6065 6067 6068 6042 "
        "611 6132 6135 615221 615231 615232 61551 6156 616 6182 6184 6226 6231 6232 6236 6247 "
        "6251 6261 6262 6283 6188",
    ),
    **_natures("012", "64111 64118 64131 6416 6417 6451 6453 6455 6474 6475"),
    **_natures("65", "65311 6541 6553 6558 657362 657363 657364 65748 6513"),
    **_natures("66", "66111 66112 6615 668"),
    **_natures("16", "1641 165"),
    **_natures("20", "202 2031 2051"),
    **_natures("204", "20421 20422 2041512 2041582"),
    **_natures(
        "21",
        "2111 2121 2128 21311 21312 21314 21318 2135 2151 2152 21534 21538 2158 2182 2183 "
        "2184 2188",
    ),
    **_natures("23", "2312 2313 2315 2318"),
}

# Fonctions used by the example (M57, communes).
FONCTIONS: frozenset[str] = frozenset(
    " ".join((
        "01 020 021 023 024 025 031 045 11 12 13 20 211 212 281 284 311 312 313 316 317 321",
        "322 323 325 3272 331 338 341 348 412 420 4221 4222 423 424 425 510 511 512 514 515",
        "52 555 581 632 633 65 71 721 722 734 751 752 76 845 846 847 848 849 87",
    )).split()
)

SERVICES: dict[str, tuple[str, str]] = {  # key -> (name as exported, main fonction)
    "dg": ("DIRECTION GENERALE", "020"),
    "fin": ("FINANCES - COMMANDE PUBLIQUE", "020"),
    "rh": ("DRH", "021"),
    "dsi": ("DSI", "020"),
    "edu": ("Direction de l'Éducation", "212"),
    "pe": ("PETITE ENFANCE", "4221"),
    "sol": ("Solidarités - Seniors", "423"),
    "sport": ("SPORTS", "321"),
    "cult": ("Culture et Patrimoine", "311"),
    "jeun": ("JEUNESSE - VIE ASSOCIATIVE", "331"),
    "pm": ("POLICE MUNICIPALE", "11"),
    "bat": ("DST - BATIMENTS", "020"),
    "voi": ("DST - VOIRIE RESEAUX", "845"),
    "ev": ("ESPACES VERTS", "511"),
    "prop": ("PROPRETE URBAINE", "722"),
    "urb": ("URBANISME - AMENAGEMENT", "510"),
    "eco": ("DEVELOPPEMENT ECONOMIQUE", "632"),
    "pop": ("POPULATION - ETAT CIVIL", "020"),
    "com": ("COMMUNICATION", "023"),
    "te": ("Transition écologique", "71"),
}


@dataclass(frozen=True)
class Building:
    """A municipal building as upper-case and mixed-case exports name it."""

    short: str
    long: str
    fonction: str
    service: str  # key of SERVICES


BUILDINGS: tuple[Building, ...] = (
    Building("GS PASTEUR", "groupe scolaire Pasteur", "212", "edu"),
    Building("GS JULES FERRY", "groupe scolaire Jules-Ferry", "212", "edu"),
    Building("EM LES TILLEULS", "école maternelle Les Tilleuls", "211", "edu"),
    Building("EE JEAN MOULIN", "école élémentaire Jean-Moulin", "212", "edu"),
    Building("EM DU VAL FLEURI", "école maternelle du Val Fleuri", "211", "edu"),
    Building("CUISINE CENTRALE", "cuisine centrale", "281", "edu"),
    Building("CRECHE PETITS LOUPS", "crèche Les Petits Loups", "4221", "pe"),
    Building("MULTI-ACCUEIL CALINOU", "multi-accueil Câlinou", "4222", "pe"),
    Building("EHPAD LES GLYCINES", "EHPAD Les Glycines", "423", "sol"),
    Building("RPA LES LILAS", "résidence autonomie Les Lilas", "423", "sol"),
    Building("GYMNASE COUBERTIN", "gymnase Coubertin", "321", "sport"),
    Building("STADE LEO LAGRANGE", "stade Léo-Lagrange", "322", "sport"),
    Building("PISCINE DES ORMEAUX", "piscine des Ormeaux", "323", "sport"),
    Building("MEDIATHEQUE L. MICHEL", "médiathèque Louise-Michel", "313", "cult"),
    Building("CONSERVATOIRE", "conservatoire municipal", "311", "cult"),
    Building("THEATRE MUNICIPAL", "théâtre municipal", "316", "cult"),
    Building("EGLISE ST MARTIN", "église Saint-Martin", "312", "cult"),
    Building("HDV", "hôtel de ville", "020", "dg"),
    Building("CTM", "centre technique municipal", "020", "bat"),
    Building("POSTE PM", "poste de police municipale", "11", "pm"),
    Building("MAISON DES ASSOS", "maison des associations", "348", "jeun"),
    Building("CENTRE SOCIAL ARC EN CIEL", "centre social Arc-en-Ciel", "52", "sol"),
)

STREETS = (
    "RUE DE LA REPUBLIQUE", "AV DU GAL LECLERC", "BD VICTOR HUGO", "RUE DES TANNEURS",
    "CHEMIN DU MOULIN", "RUE PASTEUR", "AV DE LA GARE", "RUE DU 8 MAI 1945",
    "ALLEE DES CHARMES", "ROUTE DE SAINT-ALBAN", "QUAI DE LA VALBONNE", "RUE DES VIGNES",
)
PARKS = (
    "PARC DE LA ROSERAIE", "SQUARE DES ACACIAS", "JARDIN DU PRIEURE", "BERGES DE LA VALBONNE",
    "BOIS DU HAUT-CHENE", "COULEE VERTE NORD",
)
LOANS = (
    ("CAISSE D'EPARGNE", "A0412"), ("CREDIT AGRICOLE", "00078"), ("BANQUE POSTALE", "MON501"),
    ("CDC", "PSPL-5521"), ("SFIL", "MIN278"), ("CREDIT MUTUEL", "1187-02"),
    ("CAISSE D'EPARGNE", "A0977"), ("BANQUE POSTALE", "MON733"),
)
# (name, fonction, service key, weight)
ASSOCIATIONS = (
    ("USV FOOTBALL", "3272", "sport", 5), ("USV BASKET", "3272", "sport", 3),
    ("VALBOURG NATATION", "3272", "sport", 3), ("CLUB CYCLO VALBOURGEOIS", "3272", "sport", 1),
    ("JUDO CLUB DU VAL", "3272", "sport", 1), ("TENNIS CLUB DE VALBOURG", "3272", "sport", 1),
    ("RESTOS DU COEUR - ANTENNE DE VALBOURG", "424", "sol", 2),
    ("SECOURS POPULAIRE COMITE LOCAL", "424", "sol", 2),
    ("EPICERIE SOLIDAIRE LE PANIER", "424", "sol", 3), ("CIDFF", "341", "sol", 1),
    ("MJC DU VAL FLEURI", "338", "jeun", 6), ("COMITE DES FETES", "024", "jeun", 2),
    ("HARMONIE MUNICIPALE", "311", "cult", 2), ("CINE-CLUB L'ECRAN", "317", "cult", 1),
    ("AMICALE DU PERSONNEL", "021", "rh", 3), ("JARDINS PARTAGES DU PRIEURE", "511", "te", 1),
    ("MISSION LOCALE DU VAL", "65", "eco", 3), ("UNION COMMERCIALE", "632", "eco", 2),
    ("OFFICE DE TOURISME", "633", "eco", 5), ("FRANCE ALZHEIMER", "423", "sol", 1),
    ("COMITE DE JUMELAGE VALBOURG-KELHEIM", "045", "dg", 1),
    ("ATELIER VELO SOLIDAIRE", "87", "te", 1), ("LPO GROUPE LOCAL", "76", "te", 1),
    ("ATHLETIC CLUB VALBOURG", "3272", "sport", 2), ("VALBOURG HANDBALL", "3272", "sport", 2),
    ("AMICALE DES DONNEURS DE SANG", "412", "sol", 1),
    ("ASSOCIATION DES PARALYSES DE FRANCE", "425", "sol", 1),
    ("THEATRE DE LA TOUR", "316", "cult", 2), ("ECOLE DE MUSIQUE ET DE DANSE", "311", "cult", 4),
    ("SOCIETE D'HISTOIRE LOCALE", "312", "cult", 1), ("SCOUTS ET GUIDES DU VAL", "338", "jeun", 1),
    ("CLUB DES AINES RURAUX", "423", "sol", 1), ("COMPAGNIE D'ARC", "3272", "sport", 1),
    ("AAPPMA LA GAULE VALBOURGEOISE", "76", "te", 1), ("FCPE CONSEIL LOCAL", "212", "edu", 1),
)

# Budget the example is scaled to (euros per chapitre): ~50 M€ operating, ~15 M€ investment.
TARGETS: dict[str, float] = {
    "011": 11_300_000, "012": 29_300_000, "65": 7_900_000, "66": 1_500_000,
    "20": 650_000, "204": 900_000, "21": 4_100_000, "23": 5_900_000, "16": 3_600_000,
}


@dataclass(frozen=True)
class Line:
    """One budget line of the example."""

    chapitre: str
    nature: str
    fonction: str
    service: str  # key of SERVICES
    label: str
    amount: float
    operation: str = ""

    @property
    def section(self) -> str:
        return CHAPITRE_SECTION[self.chapitre]

    def as_row(self) -> tuple[str, str, str, str, str, str, str, float]:
        return (
            self.section, self.chapitre, self.nature, self.fonction, SERVICES[self.service][0],
            self.operation, self.label, self.amount,
        )


class _Draw:
    """The generator's random choices, all from one seeded ``random.Random``."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lines: list[Line] = []

    def amount(self, low: float, high: float) -> float:
        # Log-uniform: budgets have many small lines and a few large ones.
        return low * (high / low) ** self.rng.random()

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return options[self.rng.randrange(len(options))]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def add(self, chapitre: str, nature: str, fonction: str, service: str, label: str,
            low: float, high: float, operation: str = "") -> None:
        self.lines.append(
            Line(chapitre, nature, fonction, service, label, self.amount(low, high), operation)
        )


# --------------------------------------------------------------------------------------------
# Operating section
# --------------------------------------------------------------------------------------------

STAFF_WEIGHTS = {
    "edu": 18, "pe": 10, "voi": 6, "ev": 7, "bat": 7, "sport": 6, "cult": 7, "pm": 5, "sol": 5,
    "jeun": 4, "prop": 6, "dg": 3, "fin": 3, "rh": 3, "dsi": 2, "urb": 3, "pop": 3, "com": 2,
    "eco": 1, "te": 1,
}


def _personnel(d: _Draw) -> None:
    split = (
        ("64111", ("REMUNERATION PRINCIPALE TITULAIRES", "Rémunération principale - titulaires"),
         0.50),
        ("64118", ("REGIME INDEMNITAIRE RIFSEEP", "NBI ET AUTRES INDEMNITES"), 0.10),
        ("64131", ("REMUNERATION NON TITULAIRES", "Rémunérations contractuels"), 0.15),
        ("6451", ("COTISATIONS URSSAF", "Cotisations URSSAF"), 0.10),
        ("6453", ("COTISATIONS CNRACL IRCANTEC", "COTIS CAISSES DE RETRAITE"), 0.15),
    )
    for key, weight in STAFF_WEIGHTS.items():
        fonction = SERVICES[key][1]
        for nature, labels, share in split:
            if weight < 3 and nature == "64118":
                continue
            base = weight * share * 270_000
            d.add("012", nature, fonction, key, d.pick(labels), base * 0.9, base * 1.1)
    d.add("012", "6455", "021", "rh", "ASSURANCE STATUTAIRE DU PERSONNEL", 280_000, 320_000)
    d.add("012", "6475", "021", "rh", "Médecine du travail", 40_000, 60_000)
    d.add("012", "6474", "021", "rh", "COTISATION CNAS ACTION SOCIALE AGENTS", 70_000, 90_000)
    d.add("012", "6417", "021", "rh", "REMUNERATION DES APPRENTIS", 90_000, 130_000)
    d.add("012", "6416", "722", "prop", "EMPLOIS AIDES PEC PROPRETE", 60_000, 90_000)
    d.add("012", "64131", "331", "jeun", "VACATAIRES ANIMATION ALSH ETE", 120_000, 160_000)
    d.add("012", "64131", "020", "pop", "Vacations élections - tenue des bureaux", 8_000, 15_000)


def _buildings(d: _Draw) -> None:
    for b in BUILDINGS:
        fonction, service = b.fonction, b.service
        d.add("011", "60612", fonction, service,
              d.pick((f"ELECTRICITE {b.short}", f"Énergie - électricité {b.long}",
                      f"CONSO ELEC {b.short}")), 8_000, 90_000)
        if d.chance(0.75):
            nature = "60613" if b.fonction in ("212", "211", "423") and d.chance(0.4) else "60621"
            label = (f"Chauffage urbain - {b.long}" if nature == "60613"
                     else d.pick((f"CHAUFFAGE GAZ {b.short}", f"Gaz naturel {b.long}")))
            d.add("011", nature, fonction, service, label, 10_000, 80_000)
        if d.chance(0.6):
            d.add("011", "60611", fonction, service,
                  d.pick((f"EAU {b.short}", f"Eau et assainissement - {b.long}")), 1_500, 25_000)
        if d.chance(0.7):
            label = d.pick((f"ENTRETIEN BATIMENT {b.short}", f"MAINT CVC {b.short}",
                            f"Réparations courantes {b.long}", f"CONTRAT MAINT SSI {b.short}",
                            f"MAINT PLFD {b.short}"))
            d.add("011", "615221", fonction, "bat", label, 3_000, 45_000)
        if d.chance(0.5):
            d.add("011", "6156", fonction, "bat",
                  d.pick((f"VERIFICATIONS PERIODIQUES {b.short}",
                          f"Contrôles réglementaires - {b.long}")), 1_500, 8_000)
        if d.chance(0.45):
            d.add("011", "6283", fonction, service,
                  d.pick((f"NETTOYAGE LOCAUX {b.short}", f"Prestation de nettoyage - {b.long}")),
                  8_000, 60_000)


def _services(d: _Draw) -> None:
    schools = [b for b in BUILDINGS if b.fonction in ("211", "212")]
    for b in schools:
        d.add("011", "6067", b.fonction, "edu",
              d.pick((f"FOURNITURES SCOLAIRES {b.short}", f"Crédits scolaires {b.long}")),
              6_000, 18_000)
        if d.chance(0.6):
            d.add("011", "6247", b.fonction, "edu", f"TRANSPORT SORTIES SCOLAIRES {b.short}",
                  1_500, 6_000)
        d.add("011", "6042", "284", "edu", f"CLASSES DE DECOUVERTE {b.short}", 4_000, 12_000)
    plain = (
        # (chapitre, nature, fonction, service, labels, low, high)
        ("011", "60623", "281", "edu", ("DENREES ALIMENTAIRES CUISINE CENTRALE",), 700e3, 800e3),
        ("011", "60623", "281", "edu",
         ("Achat de denrées bio et locales - restauration scolaire",), 180e3, 220e3),
        ("011", "611", "281", "edu", ("MARCHE REPAS LIAISON FROIDE SELF COLLEGE",), 90e3, 120e3),
        ("011", "60623", "4221", "pe", ("ALIMENTATION CRECHES",), 60e3, 80e3),
        ("011", "60628", "4222", "pe", ("COUCHES ET PRODUITS D'HYGIENE EAJE",), 25e3, 35e3),
        ("011", "6065", "313", "cult", ("ACQUISITION LIVRES ET DVD MEDIATHEQUE",), 55e3, 70e3),
        ("011", "6042", "316", "cult", ("CONTRATS DE CESSION SPECTACLES SAISON 24-25",), 160e3,
         210e3),
        ("011", "6232", "311", "cult", ("FESTIVAL LES NUITS DE LA VALBONNE",), 90e3, 120e3),
        ("011", "6042", "311", "cult", ("ATELIERS EAC ECOLES",), 20e3, 30e3),
        ("011", "6232", "024", "dg", ("FETE NATIONALE FEU D'ARTIFICE",), 30e3, 40e3),
        ("011", "6232", "024", "dg", ("Cérémonies patriotiques",), 5e3, 9e3),
        ("011", "6232", "024", "dg", ("MARCHE DE NOEL ET ILLUMINATIONS",), 70e3, 95e3),
        ("011", "6232", "423", "sol", ("Repas et colis des aînés",), 45e3, 60e3),
        ("011", "6236", "023", "com", ("IMPRESSION VALBOURG MAG",), 55e3, 70e3),
        ("011", "6236", "023", "com", ("Supports de communication et affichage",), 15e3, 25e3),
        ("011", "6231", "020", "fin", ("ANNONCES ET INSERTIONS MARCHES PUBLICS",), 12e3, 18e3),
        ("011", "6064", "020", "dg", ("FOURNITURES ADMINISTRATIVES",), 30e3, 40e3),
        ("011", "6135", "020", "dsi", ("LOCATION COPIEURS MULTIFONCTIONS",), 60e3, 75e3),
        ("011", "6156", "020", "dsi", ("MAINTENANCE LOGICIELS METIERS",), 240e3, 290e3),
        ("011", "6156", "020", "dsi", ("Hébergement et maintenance du site internet",), 18e3,
         25e3),
        ("011", "6262", "020", "dsi", ("TELEPHONIE FIXE ET MOBILE",), 85e3, 100e3),
        ("011", "6261", "020", "dg", ("AFFRANCHISSEMENT",), 40e3, 50e3),
        ("011", "616", "020", "fin", ("ASSURANCE DOMMAGES AUX BIENS",), 150e3, 180e3),
        ("011", "616", "020", "fin", ("ASSURANCE FLOTTE AUTOMOBILE",), 45e3, 60e3),
        ("011", "616", "020", "fin", ("Assurance responsabilité civile",), 35e3, 45e3),
        ("011", "6226", "020", "dg", ("HONORAIRES AVOCATS CONTENTIEUX",), 40e3, 70e3),
        ("011", "6184", "021", "rh", ("FORMATION DU PERSONNEL HORS CNFPT",), 90e3, 120e3),
        ("011", "6188", "020", "dg", ("AUTRES FRAIS DIVERS",), 15e3, 25e3),
        ("011", "6188", "020", "fin", ("DIVERS",), 5e3, 10e3),
        ("011", "6132", "020", "dg", ("LOYER LOCAUX ARCHIVES ZI NORD",), 25e3, 32e3),
        ("011", "60622", "020", "bat", ("CARBURANTS FLOTTE MUNICIPALE",), 180e3, 220e3),
        ("011", "61551", "020", "bat", ("ENTRETIEN MATERIEL ROULANT",), 90e3, 120e3),
        ("011", "60632", "020", "bat", ("PETIT OUTILLAGE CTM",), 20e3, 30e3),
        ("011", "60633", "845", "voi", ("FOURNITURES DE VOIRIE ENROBES A FROID",), 40e3, 55e3),
        ("011", "60633", "847", "voi", ("SIGNALISATION HORIZONTALE ET VERTICALE",), 45e3, 60e3),
        ("011", "60633", "846", "voi", ("SEL DE DENEIGEMENT",), 15e3, 25e3),
        ("011", "60612", "512", "voi", ("ENERGIE ECLAIRAGE PUBLIC",), 420e3, 480e3),
        ("011", "615232", "512", "voi", ("MAINTENANCE ECLAIRAGE PUBLIC",), 150e3, 190e3),
        ("011", "60612", "847", "voi", ("ELEC FEUX TRICOLORES",), 10e3, 15e3),
        ("011", "611", "848", "voi", ("GESTION PARKING SOUTERRAIN HDV",), 70e3, 90e3),
        ("011", "6068", "511", "ev", ("PLANTS ET FLEURISSEMENT ESTIVAL",), 60e3, 75e3),
        ("011", "6068", "511", "ev", ("Paillage et amendements organiques",), 15e3, 22e3),
        ("011", "611", "511", "ev", ("GESTION DIFFERENCIEE PRAIRIES FLEURIES",), 25e3, 35e3),
        ("011", "611", "511", "te", ("Éco-pâturage coulée verte nord",), 8e3, 12e3),
        ("011", "611", "722", "prop", ("NETTOIEMENT MECANISE DES CHAUSSEES",), 520e3, 600e3),
        ("011", "611", "722", "prop", ("ENLEVEMENT DEPOTS SAUVAGES",), 90e3, 120e3),
        ("011", "611", "721", "prop", ("COLLECTE BIODECHETS RESTAURATION SCOL",), 35e3, 45e3),
        ("011", "60632", "722", "prop", ("CORBEILLES ET SACS DE PROPRETE",), 20e3, 28e3),
        ("011", "60632", "11", "pm", ("EQUIPEMENTS AGENTS PM",), 25e3, 35e3),
        ("011", "6156", "11", "pm", ("MAINTENANCE VIDEOPROTECTION",), 55e3, 70e3),
        ("011", "611", "423", "sol", ("PORTAGE DE REPAS A DOMICILE",), 140e3, 170e3),
        ("011", "6042", "423", "sol", ("Sorties et séjours seniors",), 25e3, 35e3),
        ("011", "6042", "331", "jeun", ("SEJOURS ETE ALSH",), 85e3, 110e3),
        ("011", "6247", "331", "jeun", ("TRANSPORT ALSH",), 25e3, 35e3),
        ("011", "611", "323", "sport", ("TRAITEMENT DE L'EAU PISCINE DES ORMEAUX",), 45e3, 60e3),
        ("011", "60632", "325", "sport", ("Petit matériel sportif",), 20e3, 30e3),
        ("011", "6236", "020", "pop", ("IMPRESSION CARTES ELECTORALES",), 8e3, 12e3),
        ("011", "611", "025", "pop", ("ENTRETIEN CIMETIERE DU HAUT-BOIS",), 30e3, 40e3),
        ("011", "611", "71", "te", ("ANIMATION DEFI FAMILLES ZERO DECHET",), 10e3, 15e3),
        ("011", "6042", "71", "te", ("Sensibilisation éco-gestes dans les écoles",), 8e3, 12e3),
        ("011", "6042", "632", "eco", ("ANIMATIONS MARCHE COUVERT",), 15e3, 22e3),
        ("011", "6042", "020", "dg", ("PRESTATIONS DIVERSES",), 20e3, 35e3),
        ("011", "6188", "020", "fin", ("FRAIS DIVERS SERVICE SCT",), 3e3, 6e3),
    )
    for chapitre, nature, fonction, service, labels, low, high in plain:
        d.add(chapitre, nature, fonction, service, d.pick(labels), low, high)
    for key in ("edu", "pe", "sol", "sport", "cult", "jeun", "pm", "voi", "ev", "prop", "bat",
                "pop"):
        fonction = SERVICES[key][1]
        d.add("011", "60632", fonction, key,
              d.pick(("FOURNITURES PETIT EQUIPEMENT", "Petit équipement et consommables")),
              4e3, 25e3)
        if key in ("voi", "ev", "prop", "bat", "pm", "sport"):
            d.add("011", "60636", fonction, key,
                  d.pick(("VETEMENTS DE TRAVAIL ET EPI", "Habillement - EPI")), 5e3, 20e3)
        if d.chance(0.6):
            d.add("011", "6251", fonction, key,
                  d.pick(("FRAIS DE DEPLACEMENT", "Déplacements et missions")), 1e3, 6e3)
        if d.chance(0.4):
            d.add("011", "6182", fonction, key,
                  d.pick(("DOCUMENTATION TECHNIQUE", "Abonnements et documentation")), 1e3, 5e3)
    for park in PARKS:
        d.add("011", "611", "511", "ev",
              d.pick((f"ENTRETIEN {park}", f"Tonte et taille {park.title()}")), 15e3, 60e3)
    for street in d.rng.sample(STREETS, 5):
        d.add("011", "615231", "845", "voi", f"ENTRETIEN CHAUSSEE {street}", 10e3, 45e3)
    for street in d.rng.sample(STREETS, 3):
        d.add("011", "611", "511", "ev", f"ELAGAGE ALIGNEMENTS {street}", 8e3, 25e3)


def _management(d: _Draw) -> None:
    d.add("65", "65311", "031", "dg", "INDEMNITES DE FONCTION DES ELUS", 560e3, 620e3)
    d.add("65", "6553", "12", "fin", "CONTRIBUTION SDIS", 1_450e3, 1_550e3)
    d.add("65", "657363", "420", "sol", "SUBVENTION DE FONCTIONNEMENT CCAS", 2_300e3, 2_500e3)
    d.add("65", "657364", "20", "edu", "SUBVENTION CAISSE DES ECOLES", 180e3, 220e3)
    d.add("65", "6558", "212", "edu", "FORFAIT COMMUNAL ECOLES PRIVEES OGEC", 380e3, 420e3)
    d.add("65", "6558", "13", "pm", "CONTRIBUTION SIVU FOURRIERE ANIMALE", 30e3, 40e3)
    d.add("65", "6558", "734", "te", "PARTICIPATION SMIVAL", 110e3, 140e3)
    d.add("65", "657362", "848", "fin", "SUBV EQUILIBRE BA PARKINGS", 250e3, 300e3)
    d.add("65", "6541", "020", "fin", "CREANCES ADMISES EN NON-VALEUR", 15e3, 25e3)
    d.add("65", "6513", "338", "jeun", "BOURSE PERMIS CITOYEN", 15e3, 20e3)
    d.add("65", "6513", "511", "ev", "Prix du concours des maisons fleuries", 1.5e3, 2.5e3)
    d.add("65", "65748", "348", "jeun", "SUBVENTIONS ASSOCIATIONS A REPARTIR", 40e3, 60e3)
    for name, fonction, service, weight in ASSOCIATIONS:
        label = d.pick((f"SUBV {name}", f"Subvention de fonctionnement {name}"))
        d.add("65", "65748", fonction, service, label, weight * 12e3, weight * 30e3)


def _financial(d: _Draw) -> None:
    for lender, number in LOANS:
        d.add("66", "66111", "01", "fin", f"INTERETS EMPRUNT {lender} N°{number}", 80e3, 260e3)
    d.add("66", "66112", "01", "fin", "ICNE", 20e3, 40e3)
    d.add("66", "6615", "01", "fin", "INTERETS LIGNE DE TRESORERIE", 10e3, 20e3)
    d.add("66", "668", "01", "fin", "FRAIS ET COMMISSIONS SUR EMPRUNTS", 4e3, 8e3)


# --------------------------------------------------------------------------------------------
# Investment section
# --------------------------------------------------------------------------------------------

# operation code -> list of (chapitre, nature, fonction, service, label, low, high)
PROGRAMMES: dict[str, tuple[tuple[str, str, str, str, str, float, float], ...]] = {
    "2023I04": (
        ("20", "2031", "212", "bat", "ETUDE THERMIQUE GS PASTEUR", 25e3, 35e3),
        ("23", "2313", "212", "bat", "ISOL THERM GS PASTEUR", 500e3, 600e3),
        ("23", "2313", "212", "bat", "REMPLACEMENT MENUISERIES GS PASTEUR", 180e3, 220e3),
        ("21", "2184", "212", "edu", "MOBILIER GS PASTEUR", 20e3, 30e3),
    ),
    "2024I01": (
        ("20", "2031", "212", "bat", "MOE GS DES PINS", 150e3, 190e3),
        ("23", "2313", "212", "bat", "CONSTRUCTION GS ZAC DES PINS - TRANCHE 2", 1_100e3,
         1_300e3),
        ("23", "2313", "212", "bat", "CONTROLE TECHNIQUE ET SPS GS DES PINS", 25e3, 35e3),
    ),
    "2022I07": (
        ("23", "2315", "515", "urb", "TRX VRD ZAC DES PINS", 600e3, 750e3),
        ("23", "2312", "515", "urb", "Espaces publics paysagers ZAC des Pins", 150e3, 200e3),
        ("21", "2111", "515", "urb", "ACQUISITIONS FONCIERES ZAC DES PINS", 250e3, 320e3),
    ),
    "2023I02": (
        ("23", "2313", "423", "bat", "MISE AUX NORMES SSI EHPAD LES GLYCINES", 120e3, 160e3),
        ("23", "2313", "423", "bat", "Rénovation des salles de bain - EHPAD Les Glycines", 90e3,
         120e3),
    ),
    "2024I03": (
        ("23", "2313", "020", "bat", "ACCESSIBILITE PMR HDV", 90e3, 120e3),
        ("23", "2313", "313", "bat", "Mise en accessibilité PMR médiathèque", 40e3, 60e3),
        ("23", "2313", "020", "bat", "ADAP TRANCHE 4 ERP", 120e3, 160e3),
    ),
    "2023I09": (
        ("23", "2313", "321", "bat", "REHABILITATION GYMNASE COUBERTIN", 380e3, 450e3),
        ("23", "2313", "322", "bat", "RENOV ENERGETIQUE VESTIAIRES STADE LEO LAGRANGE", 140e3,
         180e3),
    ),
    "2024I05": (
        ("23", "2313", "323", "bat", "REMPLACEMENT CTA PISCINE DES ORMEAUX", 160e3, 200e3),
        ("23", "2315", "323", "bat", "POMPE A CHALEUR PISCINE DES ORMEAUX", 220e3, 260e3),
    ),
    "2024I06": (
        ("23", "2315", "87", "voi", "CREATION PISTE CYCLABLE BD VICTOR HUGO", 350e3, 420e3),
        ("21", "2152", "87", "voi", "ARCEAUX VELOS ET ABRIS SECURISES", 30e3, 45e3),
        ("204", "2041512", "87", "voi", "FONDS DE CONCOURS AGGLO VOIE VERTE", 200e3, 260e3),
    ),
    "2024I07": (
        ("23", "2315", "845", "voi", "REQUALIFICATION PL DU MARCHE", 450e3, 520e3),
        ("21", "2151", "845", "voi", "REFECTION CHAUSSEE RUE DES TANNEURS", 120e3, 160e3),
    ),
    "2023I11": (
        ("23", "2315", "512", "voi", "RENOVATION ECLAIRAGE PUBLIC LED TRANCHE 3", 280e3, 340e3),
        ("21", "21534", "514", "voi", "ENFOUISSEMENT RESEAUX AV DE LA GARE", 90e3, 130e3),
    ),
    "2024I08": (
        ("23", "2315", "734", "voi", "BASSIN DE RETENTION LES PINS", 260e3, 320e3),
        ("23", "2312", "212", "bat", "DESIMPERMEABILISATION COUR EE JEAN MOULIN (COUR OASIS)",
         110e3, 140e3),
    ),
    "2024I09": (
        ("21", "2121", "511", "ev", "PLANTATION 300 ARBRES PLAN CANOPEE", 140e3, 180e3),
        ("21", "2128", "511", "ev", "AIRE DE JEUX SQUARE DES ACACIAS", 60e3, 80e3),
        ("23", "2312", "76", "te", "Renaturation des berges de la Valbonne", 150e3, 190e3),
    ),
    "2022I03": (
        ("23", "2315", "751", "te", "EXTENSION RESEAU DE CHALEUR BOIS VAL FLEURI", 300e3, 380e3),
        ("23", "2313", "752", "bat", "PANNEAUX PHOTOVOLTAIQUES TOITURE CTM", 90e3, 120e3),
    ),
    "2024I10": (
        ("23", "2312", "52", "urb", "AMENAGEMENT ESPACES PUBLICS NPRU VAL FLEURI", 250e3,
         300e3),
        ("204", "20422", "555", "urb", "SUBV BAILLEUR REHAB RESIDENCE LES PEUPLIERS", 250e3,
         300e3),
        ("23", "2313", "52", "bat", "EXTENSION CENTRE SOCIAL ARC EN CIEL", 180e3, 230e3),
    ),
    "2023I06": (
        ("21", "21538", "11", "pm", "EXTENSION VIDEOPROTECTION TRANCHE 2", 120e3, 160e3),
        ("21", "2182", "11", "pm", "ACQUISITION VEHICULES POLICE MUNICIPALE", 60e3, 80e3),
    ),
    "2024I11": (
        ("21", "2183", "020", "dsi", "RENOUVELLEMENT PARC INFORMATIQUE", 140e3, 170e3),
        ("20", "2051", "020", "dsi", "LOGICIEL GRC PORTAIL CITOYEN", 50e3, 70e3),
        ("21", "2183", "212", "dsi", "ENI ECOLES ELEMENTAIRES", 60e3, 80e3),
    ),
    "2024I02": (
        ("23", "2313", "4221", "bat", "EXTENSION CRECHE PETITS LOUPS", 260e3, 320e3),
        ("21", "2184", "4221", "pe", "MOBILIER ET JEUX EAJE", 20e3, 30e3),
    ),
    "2022I05": (
        ("23", "2313", "312", "bat", "RESTAURATION TOITURE EGLISE ST MARTIN", 200e3, 260e3),
        ("21", "21318", "312", "cult", "Restauration du retable - église Saint-Martin", 30e3,
         45e3),
    ),
    "2024I04": (
        ("21", "21314", "313", "bat", "REAMENAGEMENT ESPACE JEUNESSE MEDIATHEQUE", 90e3, 120e3),
        ("21", "2184", "313", "cult", "Mobilier espace jeunesse médiathèque", 20e3, 30e3),
        ("21", "2183", "313", "dsi", "AUTOMATES DE PRET RFID", 25e3, 35e3),
    ),
    "2023I08": (
        ("23", "2315", "845", "voi", "SECURISATION ABORDS ECOLES ZONES 30", 90e3, 130e3),
        ("21", "2152", "849", "voi", "RADARS PEDAGOGIQUES", 15e3, 20e3),
    ),
    "2024I12": (
        ("20", "2031", "71", "te", "ETUDE VULNERABILITE CLIMATIQUE PCAET", 40e3, 55e3),
        ("20", "2031", "71", "te", "DIAG ENERGETIQUE PATRIMOINE BATI", 30e3, 45e3),
    ),
}


def _investment(d: _Draw) -> None:
    for operation, lines in PROGRAMMES.items():
        for chapitre, nature, fonction, service, label, low, high in lines:
            d.add(chapitre, nature, fonction, service, label, low, high, operation)
    opni = "OPNI"
    for lender, number in LOANS:
        d.add("16", "1641", "01", "fin", f"REMBT CAPITAL EMPRUNT {lender} N°{number}",
              250e3, 700e3, "OPFI")
    d.add("16", "165", "01", "fin", "REMBOURSEMENT CAUTIONS LOGEMENTS", 3e3, 6e3, "OPFI")
    d.add("20", "202", "510", "urb", "MODIFICATION N°3 DU PLU", 40e3, 60e3, opni)
    d.add("20", "2031", "845", "voi", "Étude de circulation centre-ville", 30e3, 40e3, opni)
    d.add("20", "2051", "020", "dsi", "LICENCES LOGICIELS FINANCES RH", 25e3, 40e3, opni)
    d.add("204", "20421", "87", "te", "AIDE ACHAT VELO A ASSISTANCE ELECTRIQUE", 40e3, 60e3,
          opni)
    d.add("204", "20422", "515", "urb", "AIDE RAVALEMENT FACADES CENTRE-VILLE", 80e3, 110e3,
          opni)
    d.add("204", "2041582", "514", "voi", "PARTICIPATION SDEV ENFOUISSEMENT", 60e3, 90e3, opni)
    d.add("21", "2135", "020", "bat", "TRAVAUX DIVERS BATIMENTS", 80e3, 120e3, opni)
    d.add("21", "2135", "020", "bat", "TRX MISE EN CONFORMITE ELEC ERP", 60e3, 90e3, opni)
    d.add("21", "2188", "020", "bat", "ACQ MATERIEL DIVERS", 30e3, 50e3, opni)
    d.add("21", "2158", "020", "bat", "MATERIEL TECHNIQUE CTM", 40e3, 60e3, opni)
    d.add("21", "2182", "020", "bat", "ACQ VEHICULE UTILITAIRE ELECTRIQUE", 35e3, 45e3, opni)
    d.add("21", "2188", "313", "cult", "ACQUISITION COLLECTIONS MEDIATHEQUE", 20e3, 30e3, opni)
    d.add("21", "2152", "847", "voi", "SIGNALISATION ET MOBILIER URBAIN", 50e3, 70e3, opni)
    d.add("21", "2121", "511", "ev", "REMPLACEMENT ARBRES D'ALIGNEMENT", 40e3, 60e3, opni)
    d.add("21", "2188", "325", "sport", "JEUX ET EQUIPEMENTS SPORTIFS", 40e3, 60e3, opni)
    d.add("21", "2111", "581", "urb", "ACQUISITION PARCELLE AK 112", 90e3, 130e3, opni)
    d.add("23", "2313", "020", "bat", "PRGM PPI SCT 2", 80e3, 120e3, opni)
    d.add("23", "2318", "348", "bat", "Aménagement locaux associatifs", 40e3, 60e3, opni)
    for b in d.rng.sample(BUILDINGS, 7):
        nature = {"212": "21312", "211": "21312", "020": "21311", "321": "21314",
                  "322": "21314", "323": "21314", "313": "21314"}.get(b.fonction, "21318")
        d.add("21", nature, b.fonction, "bat",
              d.pick((f"GROS ENTRETIEN {b.short}", f"Travaux d'entretien - {b.long}")),
              20e3, 90e3, opni)
    for b in d.rng.sample([b for b in BUILDINGS if b.service in ("edu", "pe", "cult")], 3):
        d.add("21", "2184", b.fonction, b.service, f"MOBILIER {b.short}", 5e3, 20e3, opni)
    for b in [b for b in BUILDINGS if b.fonction in ("211", "212")]:
        d.add("21", "2183", b.fonction, "dsi", f"EQUIPEMENT NUMERIQUE {b.short}", 8e3, 20e3,
              opni)
    for b in d.rng.sample(BUILDINGS, 3):
        d.add("21", "2135", b.fonction, "bat", f"REMPLACEMENT CHAUDIERE {b.short}", 40e3, 90e3,
              opni)
    d.add("21", "2182", "722", "prop", "ACQ BALAYEUSE ELECTRIQUE", 120e3, 150e3, opni)
    d.add("21", "21538", "847", "voi", "BORNES DE RECHARGE VEHICULES ELECTRIQUES", 60e3, 90e3,
          opni)
    d.add("21", "2188", "020", "bat", "DAE BATIMENTS PUBLICS", 10e3, 15e3, opni)
    for street in d.rng.sample(STREETS, 4):
        d.add("21", "2151", "845", "voi", f"PROGRAMME ANNUEL VOIRIE {street}", 60e3, 180e3,
              opni)


# Cancellations: negative amounts, fixed so the example always has them.
CANCELLATIONS: tuple[Line, ...] = (
    Line("23", "2313", "212", "bat", "ANNULATION MANDAT 2023 - TRX GS PASTEUR (DOUBLE IMPUTATION)",
         -18_240.0, "2023I04"),
    Line("65", "65748", "3272", "sport", "REGUL SUBV USV FOOTBALL - TROP VERSE 2023", -2_500.0),
    Line("20", "2031", "845", "voi", "ANNUL ENGAGT ETUDE CIRCULATION", -9_600.0, "OPNI"),
)


def _round(amount: float, cents: bool) -> float:
    if cents:
        return round(amount, 2)
    step = 100 if amount >= 10_000 else 10 if amount >= 1_000 else 1
    return float(round(amount / step) * step)


def build_example_lines(seed: int = SEED) -> list[Line]:
    """The example budget's lines, scaled to TARGETS and sorted like an export."""
    d = _Draw(seed)
    _personnel(d)
    _buildings(d)
    _services(d)
    _management(d)
    _financial(d)
    _investment(d)
    totals: dict[str, float] = {}
    for line in d.lines:
        totals[line.chapitre] = totals.get(line.chapitre, 0.0) + line.amount
    lines = [
        replace(line, amount=_round(line.amount * TARGETS[line.chapitre] / totals[line.chapitre],
                                    cents=d.chance(0.2)))
        for line in d.lines
    ]
    lines.extend(CANCELLATIONS)
    order = {chapitre: index for index, chapitre in enumerate(CHAPITRE_ORDER)}
    lines.sort(key=lambda line: (order[line.chapitre], line.nature, line.fonction))
    return lines


def check_lines(lines: Iterable[Line]) -> list[str]:
    """Problems with the M57 coding of the lines (empty when they all agree)."""
    problems = []
    for line in lines:
        if NATURE_CHAPITRE.get(line.nature) != line.chapitre:
            problems.append(f"nature {line.nature} hors du chapitre {line.chapitre}: {line.label}")
        if line.fonction not in FONCTIONS:
            problems.append(f"fonction inconnue {line.fonction}: {line.label}")
        if line.section == "I" and not re.fullmatch(r"\d{4}I\d{2}|OPNI|OPFI", line.operation):
            problems.append(f"opération manquante: {line.label}")
        if line.section == "F" and line.operation:
            problems.append(f"opération en fonctionnement: {line.label}")
    return problems


# --------------------------------------------------------------------------------------------
# Workbooks
# --------------------------------------------------------------------------------------------

README_LINES: tuple[str, ...] = (
    "Verdir — ventiler un budget par Objectif de développement durable (ODD)",
    "",
    "Verdir propose, pour chaque ligne du budget, une répartition en pourcentage entre les "
    "17 ODD de l'ONU. Le classement se fait sur votre poste : aucune donnée ne quitte la "
    "collectivité.",
    "",
    "1. Coller l'export",
    "Collez votre export budgétaire dans la feuille « Budget », en-têtes en ligne 1, une ligne "
    "budgétaire par ligne. Les noms de colonnes peuvent varier (Libellé, LIBELLE, Intitulé, "
    "Direction, Montant voté…) : Verdir les reconnaît. Le libellé est indispensable ; chapitre, "
    "nature, fonction et service améliorent le classement ; le montant pondère le tableau de "
    "bord.",
    "",
    "2. Sélectionner",
    "Sélectionnez les lignes à classer (ou une cellule du tableau pour le classer en entier).",
    "",
    "3. Cliquer sur « Classer »",
    "Dans l'onglet Verdir du ruban, cliquez sur « Classer ». Verdir ajoute à droite les "
    "colonnes ODD 1 à ODD 17 (pourcentages), ODD principal, Confiance, Explication et Sigles "
    "inconnus.",
    "",
    "4. Corriger",
    "Relisez en commençant par les lignes dont la confiance est inférieure à 0,5 ou qui "
    "contiennent des sigles inconnus. Une ligne reçoit au plus 3 ODD, en pourcentages "
    "entiers par pas de 5, dont la somme fait 100. Ajoutez vos sigles locaux dans la feuille "
    "« Glossaire » : Verdir les développe avant de classer.",
    "",
    "5. Cliquer sur « Enregistrer les corrections »",
    "Vos corrections sont conservées sur le poste et servent aux classements suivants.",
    "",
    "6. Cliquer sur « Tableau de bord »",
    "La feuille « Tableau de bord ODD » présente les montants par ODD, par section, par "
    "chapitre et par service, les lignes à vérifier et les principales lignes de chaque ODD. "
    "Sans Excel, la commande « verdir report budget_classe.xlsx -o rapport.html » produit le "
    "même tableau de bord en page web à envoyer aux élus.",
    "",
    "Feuilles",
    "Budget : vos lignes budgétaires. Montants en euros ; un montant négatif est une "
    "annulation, il vient en déduction des totaux.",
    "Glossaire : Sigle | Signification, pour les abréviations propres à la collectivité.",
    "Règles : Colonne | Valeur | ODD 1 … ODD 17 impose une ventilation à toutes les lignes "
    "dont la colonne a cette valeur (exemple fourni : chapitres 16 et 66, la dette, vont à "
    "l'ODD 17). Supprimez ou complétez ces lignes selon vos choix.",
)

GLOSSARY: tuple[tuple[str, str], ...] = (
    ("GS", "groupe scolaire"),
    ("EM", "école maternelle"),
    ("EE", "école élémentaire"),
    ("EAJE", "établissement d'accueil du jeune enfant (crèche)"),
    ("ALSH", "accueil de loisirs sans hébergement"),
    ("CCAS", "centre communal d'action sociale"),
    ("EHPAD", "établissement d'hébergement pour personnes âgées dépendantes"),
    ("HDV", "hôtel de ville"),
    ("CTM", "centre technique municipal"),
    ("PM", "police municipale"),
    ("PMR", "personnes à mobilité réduite"),
    ("SSI", "système de sécurité incendie"),
    ("TRX", "travaux"),
    ("VRD", "voirie et réseaux divers"),
    ("ZAC", "zone d'aménagement concerté"),
    ("NPRU", "nouveau programme de renouvellement urbain"),
)
EXAMPLE_GLOSSARY: tuple[tuple[str, str], ...] = (
    *GLOSSARY,
    ("USV", "Union sportive valbourgeoise (club omnisports)"),
    ("MJC", "maison des jeunes et de la culture"),
    ("RPA", "résidence pour personnes âgées (résidence autonomie)"),
)
RULES: tuple[tuple[str, str, dict[int, int]], ...] = (
    ("Chapitre", "16", {17: 100}),
    ("Chapitre", "66", {17: 100}),
)


def _header(ws: Worksheet, headers: Iterable[str], widths: Iterable[int]) -> None:
    for column, (title, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=column, value=title)
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = "A2"


def _data_sheet(wb: Workbook, rows: list[tuple[object, ...]], validate: bool) -> None:
    ws = wb.active
    assert ws is not None
    ws.title = DATA_SHEET
    _header(ws, HEADERS, COLUMN_WIDTHS)
    for row_index, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            ws.cell(row=row_index, column=column, value=value)
    last = max(len(rows) + 1, 2000)
    for row_index in range(2, last + 1):
        for column in "BCD":  # codes stay text so that "011" keeps its leading zero
            ws[f"{column}{row_index}"].number_format = "@"
        ws[f"H{row_index}"].number_format = AMOUNT_FORMAT
    ws.auto_filter.ref = f"A1:H{max(len(rows) + 1, 2)}"
    if validate:
        section = DataValidation(type="list", formula1='"I,F"', allow_blank=True,
                                 errorStyle="warning")
        section.promptTitle = "Section"
        section.prompt = "I = investissement, F = fonctionnement"
        section.errorTitle = "Section"
        section.error = "Saisissez I (investissement) ou F (fonctionnement)."
        section.add(f"A2:A{last}")
        amount = DataValidation(type="decimal", operator="between", formula1="-1000000000000",
                                formula2="1000000000000", allow_blank=True)
        amount.promptTitle = "Montant"
        amount.prompt = "Montant en euros. Négatif pour une annulation."
        amount.errorTitle = "Montant"
        amount.error = "Le montant doit être un nombre (en euros)."
        amount.add(f"H2:H{last}")
        ws.add_data_validation(section)
        ws.add_data_validation(amount)


def _readme_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet("Lisez-moi")
    ws.column_dimensions["A"].width = 110
    for row, text in enumerate(README_LINES, start=1):
        cell = ws.cell(row=row, column=1, value=text or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1:
            cell.font = TITLE_FONT
        elif text and (text[0].isdigit() or text == "Feuilles"):
            cell.font = Font(name="Calibri", bold=True, color="1E5631")


def _glossary_sheet(wb: Workbook, entries: tuple[tuple[str, str], ...]) -> None:
    ws = wb.create_sheet("Glossaire")
    _header(ws, ("Sigle", "Signification"), (14, 70))
    for entry in entries:
        ws.append(list(entry))


def _rules_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet("Règles")
    _header(ws, ("Colonne", "Valeur", *ODD_HEADERS), (14, 14, *([8] * 17)))
    for column, value, shares in RULES:
        ws.append([column, value, *(shares.get(goal) for goal in range(1, 18))])
    for row in ws.iter_rows(min_row=2, max_col=2):
        row[1].number_format = "@"


def _fixed_timestamps(path: Path) -> None:
    """Rewrite the xlsx archive with constant dates so that the output is reproducible."""
    stamp = "2024-01-01T00:00:00Z"
    with zipfile.ZipFile(path) as source:
        items = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rf"\g<1>{stamp}",
                              text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def _workbook(rows: list[tuple[object, ...]], glossary: tuple[tuple[str, str], ...],
              title: str, validate: bool) -> Workbook:
    wb = Workbook()
    wb.properties.creator = "Verdir"
    wb.properties.title = title
    _data_sheet(wb, rows, validate)
    _readme_sheet(wb)
    _glossary_sheet(wb, glossary)
    _rules_sheet(wb)
    return wb


def write_model(path: Path) -> None:
    """The empty workbook a finance officer pastes a budget export into."""
    _workbook([], GLOSSARY, "Modèle de budget Verdir", validate=True).save(path)
    _fixed_timestamps(path)


def write_example(path: Path, seed: int = SEED) -> None:
    """The budget of the fictional Ville de Valbourg."""
    lines = build_example_lines(seed)
    problems = check_lines(lines)
    if problems:
        raise ValueError("exemple incohérent : " + "; ".join(problems[:5]))
    rows = [line.as_row() for line in lines]
    _workbook(rows, EXAMPLE_GLOSSARY, f"Budget primitif — {COMMUNE} (fictif)",
              validate=True).save(path)
    _fixed_timestamps(path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Génère les classeurs modèles de Verdir.")
    parser.add_argument("-o", "--output", type=Path, default=HERE,
                        help="dossier de sortie (par défaut : celui du script)")
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)
    write_model(args.output / MODEL_NAME)
    write_example(args.output / EXAMPLE_NAME)
    print(f"Écrit : {args.output / MODEL_NAME}, {args.output / EXAMPLE_NAME}")


if __name__ == "__main__":
    main()
