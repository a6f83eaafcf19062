#!/usr/bin/env python3
"""Write part E of Verdir's labelled training corpus: lines whose goal is decided by the
service, the fonction or an acronym, and the activities the other slices cover thinly.

Styles this slice covers:
  1. generic labels ("EQUIPEMENTS DIVERS", "MATERIEL ET OUTILLAGE", "TRAVAUX DIVERS",
     "VEHICULES", "GROS ENTRETIEN", "MAINTENANCE", "BIENS MOBILIERS", "REHABILITATION HALLE" ...)
     that only the direction (service column) or the M57 fonction decides, as the codebook asks
     ("use the function or service it belongs to"; with neither, 16 100). The same libellé comes
     back under many directions, or with a fonction code only, never twice with the same context;
  2. administration and institutions (16): legal notices, insurance, security commissions,
     archives, civil status, elections, city hall and annexes, municipal police, CCTV,
     telephony, IT of the services (16 70 / 9 30), participation, and provisions / unforeseen
     expenses (financial operations, 17);
  3. parks, squares, gardens, playgrounds in parks (15 60 / 11 40), trees, cemeteries' greening,
     urban farms (2), gardens inside ZAC or urban-renewal operations (the garden decides, 15);
  4. climate adaptation and risks (13): cours oasis (13 50 / 4 30 / 15 20), cooling islands,
     de-sealing, mist sprayers, shades, floods, old quarries and cavities, climate plans;
  5. waste and cleanliness (12): cleaning depots and workshops, street bins, recycling centres,
     composting, skips, street-cleaning vehicles (12 60 / 11 40), materials recycling;
  6. multi-goal lines following the codebook's "frequent second goal" column, including the
     3-goal lines of the codebook examples;
  7. facility acronyms (GS, EM, EE, EP, CC, CS, MA, HG, RPE, EAJE, CMS, PMI, EHPAD, RPA, CCAS, CSC,
     MJC, MPT, EPN, CTM, ST, PM, HDV, BM, BMVR, CRR, CRD, ALSH, ACM, COSEC ...) with the direction
     that tells which reading is meant (CC = crèche collective under early childhood, centre
     culturel under culture; CS = centre sportif under sports, centre social under social
     cohesion; EP = école primaire under education, éclairage public under lighting).

Authorities vary: communes of 5,000 to 500,000 inhabitants, intercommunalités and
département-like services; their directions are written in full, as acronyms, or cut at
18-28 characters. Libellés are written upper case without accents (often abbreviated and cut
at 30-40 characters as exports do, with operation codes such as "2019I07" or "OP 1234" and
arrondissement or quartier suffixes), or in mixed case with accents.

Labels follow shared/data/odd_codebook.md and the conventions of parts A to D (school roof
4:85;11:15, school insulation 4:50;7:50, sports building 3:85;11:15, city-hall energy 16:60;7:40,
accessibility of a school 4:50;10:50 and of another public building 10:70;11:30, roads
11:80;9:20, cycling 11:70;13:30, street greening 15:60;11:20;13:20, cours oasis 13:50;4:30;15:20,
PMI 3:80;4:20, libraries 4:60;11:40, IT of the services 16:70;9:30, servers 16:60;9:40). When a
fonction or nature code is given, its M57 prior has the same main goal as the label.

All street, person and place names are invented by combination. Libellés already present in
parts A to D (compared without case, accents or punctuation) are skipped, except the bare
generic labels of style 1, which are the point of this slice: those are kept when their
context (fonction, nature, service) differs from every line of the other parts.

Deterministic, stdlib only, no network:  python gen_part_e.py  ->  part_e.csv (same folder).
"""

from __future__ import annotations

import csv
import re

import curation
from generator_tools import (
    L,
    codes_agree,
    existing_lines,
    fold,
    part_setup,
    strip_accents,
    up,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 505)
HEADER = ["libelle", "chapitre", "nature", "fonction", "service", "labels"]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

pick, wpick, chance, typo = draw.pick, draw.wpick, draw.chance, draw.typo


# --------------------------------------------------------------------------------------------
# M57 codes (the shared codes_agree checks that they agree with the label)
# --------------------------------------------------------------------------------------------

def chap_of(nat: str) -> str:
    if nat.startswith("204"):
        return "204"
    if nat.startswith("20"):
        return "20"
    if nat.startswith("21"):
        return "21"
    if nat.startswith("23"):
        return "23"
    if nat.startswith("16"):
        return "16"
    if nat.startswith("66"):
        return "66"
    if nat.startswith("60") or nat.startswith("61") or nat.startswith("62") or nat.startswith("63"):
        return "011"
    if nat.startswith("65"):
        return "65"
    if nat.startswith("68"):
        return "68"
    return ""


# --------------------------------------------------------------------------------------------
# invented names
# --------------------------------------------------------------------------------------------

FIRST = ["Adèle", "Baptiste", "Cécile", "Delphin", "Eulalie", "Ferdinand", "Ginette", "Hippolyte", "Ida",
         "Josué", "Laurence", "Marius", "Nestor", "Ophélie", "Pascaline", "Rodolphe", "Sidonie", "Timothée",
         "Ursule", "Vital", "Zélie", "Apolline", "Bastien", "Colette", "Dieudonné", "Estelle", "Fulbert",
         "Gisèle", "Hélène", "Isaure", "Jacinthe", "Lazare", "Mélanie", "Norbert", "Octave", "Perrine",
         "Quentin", "Roseline", "Sévère", "Thérèse", "Valère", "Wilfried", "Albertine", "Basile", "Capucine",
         "Donatien", "Eudoxie", "Florentin", "Gustave", "Héloïse", "Irénée", "Justin", "Lucienne", "Modeste"]
SURN = ["Abeillé", "Bardoux", "Cassagne", "Delattre", "Escoffier", "Faugeras", "Gauthereau", "Hurtaud",
        "Isnard", "Jolivet", "Kerbrat", "Lamarque", "Montagnac", "Noiret", "Ollivaux", "Peyrolles", "Raffin",
        "Sabatier", "Tessandier", "Urvoy", "Verdier", "Wauquier", "Auclair", "Bonnafous", "Chevrier",
        "Darrigade", "Estrade", "Fontanel", "Gaillardin", "Hamelin", "Jeanjean", "Laborie", "Marsollier",
        "Nicolaï", "Ormières", "Plantier", "Roubaud", "Salvetat", "Tardivon", "Vaissière", "Bouvard",
        "Carbonel", "Dauriac", "Esquirol", "Fabrègue", "Granier", "Issartel", "Lafargue", "Mercier-Lacombe",
        "Pagès", "Rieutord", "Soulages", "Teyssier", "Vidalenc", "Anglade", "Brousse", "Cazals", "Duclaux",
        "Espitalier", "Frayssinet", "Guiraudie", "Lacassagne", "Malbec", "Nouvel", "Poujade", "Rigal"]
THEMES = ["des Acacias Blancs", "du Petit Bois", "des Genêts", "des Chardonnerets", "des Rossignols",
          "des Coquelicots", "des Marguerites", "du Vieux Puits", "des Tonneliers", "des Charrons",
          "des Sabotiers", "des Drapiers", "de la Teinturerie", "des Cloutiers", "de la Fonderie",
          "du Moulin Neuf", "des Trois Ponts", "du Champ Fleuri", "des Grands Chênes", "du Val Vert",
          "des Prairies", "de la Source", "des Oliviers", "des Amandiers", "des Figuiers", "des Mûriers",
          "de la Garrigue", "des Cyprès", "des Pins", "des Ajoncs", "de la Lande", "des Roches",
          "du Grand Pré", "de la Vigne Haute", "des Terrasses", "de l'Abreuvoir", "du Colombier",
          "de la Glacière", "des Fours à Chaux", "de la Poterne", "du Rempart Nord", "de la Citadelle",
          "des Cordeliers", "des Ursulines", "des Minimes", "des Récollets", "de la Visitation",
          "des Capucins", "de la Maladrerie", "du Bac", "des Péniches", "du Halage", "de l'Étang",
          "des Marais", "de la Roselière", "des Cigognes", "des Hérons", "des Martinets", "des Loriots",
          "des Sureaux", "des Noyers", "des Châtaigniers", "des Églantiers", "des Houx", "des Érables"]
QUARTIERS = ["Nord", "Sud", "Est", "Ouest", "Centre", "Centre-Ville", "Gare", "Bas-Pays", "Haut-Pays",
             "les Hauts de Seille", "la Pointe Verte", "les Trois Ormes", "Bellegarde", "Montrevel",
             "la Cité Jardin", "les Batignolles Neuves", "Saint-Roc", "Saint-Véran", "la Madeleine Basse",
             "le Mont Joli", "Beaulieu", "Bel-Air", "la Prairie", "les Sablons Rouges", "Vieux Bourg",
             "le Plateau", "Val Fleuri", "les Aiguillons", "Croix-Rousse Nord", "les Minimes",
             "Port-Neuf", "la Fontaine d'Argent", "les Bruyères Hautes", "la Colline", "les Lilas Blancs"]
STREET_TYPES = [(40, "rue"), (12, "avenue"), (8, "boulevard"), (6, "allée"), (5, "impasse"), (5, "chemin"),
                (4, "place"), (3, "quai"), (3, "route"), (2, "cours"), (2, "square")]
STREET_ABBR = {"avenue": ["AV", "AV.", "AVENUE"], "boulevard": ["BD", "BLD", "BOULEVARD"],
               "impasse": ["IMP", "IMPASSE"], "allée": ["ALLEE", "ALL"], "chemin": ["CH", "CHEMIN", "CHE"],
               "route": ["RTE", "ROUTE"], "place": ["PL", "PLACE"], "rue": ["RUE", "RUE", "RUE", "R."]}


def person(p_first: float = 0.7) -> str:
    if chance(p_first):
        return f"{pick(FIRST)} {pick(SURN)}"
    return pick(SURN)


def street() -> tuple[str, str]:
    t = wpick(STREET_TYPES)
    n = pick(THEMES) if chance(0.5) else person(0.65)
    return t, n


def street_mixed() -> str:
    t, n = street()
    return f"{t} {n}"


def street_up() -> str:
    t, n = street()
    tt = pick(STREET_ABBR[t]) if t in STREET_ABBR else up(t)
    return f"{tt} {up(n)}"


def address_up() -> str:
    n = rng.choice([rng.randint(1, 20), rng.randint(1, 120)])
    suffix = pick(["", "", "", "", " BIS", " TER"])
    return f"{n}{suffix} {street_up()}"


def quartier() -> str:
    return pick(QUARTIERS)


def arrdt() -> str:
    n = rng.randint(1, 20)
    e = "ER" if n == 1 else "E"
    return wpick([(4, f"({n}{e})"), (3, f"- {n}{e} ARRDT"), (2, f"{n}{e} ARR."), (1, f"- {n}EME"),
                  (1, f"(MAIRIE {n}{e})")])


def year() -> int:
    return rng.randint(2014, 2025)


def opcode() -> str:
    y = year()
    n = rng.randint(1, 99)
    return wpick([(5, f"{y}I{n:02d}"), (4, f"OP {rng.randint(100, 2999)}"), (2, f"OP{rng.randint(10, 999)}"),
                  (2, f"OPE {rng.randint(100, 999)}"), (2, f"AP {y}-{n:02d}"), (2, f"{y}-{rng.randint(1, 250):03d}"),
                  (1, f"PPI{y % 100:02d}-{n:02d}"), (1, f"OPERATION {rng.randint(10, 450)}")])


def opcode_mixed() -> str:
    y = year()
    return wpick([(3, f"Opé. {rng.randint(100, 999)}"), (3, f"OP {rng.randint(100, 2999)}"),
                  (2, f"AP {y}-{rng.randint(1, 40):02d}"), (2, f"{y}I{rng.randint(1, 60):02d}"),
                  (1, f"Programme {y}")])


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [  # (word in upper case, replacements)
    ("AMENAGEMENT", ["AMGT", "AMENAGT", "AMENAG."]), ("TRAVAUX", ["TRX", "TRVX", "TVX"]),
    ("ACQUISITION", ["ACQ", "ACQUIS.", "ACQUIS", "ACQUISIT."]), ("REHABILITATION", ["REHAB", "REHAB."]),
    ("EQUIPEMENTS", ["EQUIPTS", "EQPTS"]), ("EQUIPEMENT", ["EQUIPT", "EQPT"]),
    ("RENOUVELLEMENT", ["RENOUV.", "RENOUVT", "RENOUVELLT"]), ("ENTRETIEN", ["ENTRET.", "ENTRET", "ENT."]),
    ("MATERIEL", ["MAT.", "MATL", "MATER."]), ("INSTALLATION", ["INSTALL.", "INSTAL."]),
    ("REFECTION", ["REFECT.", "REF."]), ("BATIMENTS", ["BATS", "BATIM."]), ("BATIMENT", ["BAT", "BATIM"]),
    ("ELEMENTAIRE", ["ELEM", "ELEM."]), ("MATERNELLE", ["MAT", "MATER"]), ("GROUPE SCOLAIRE", ["GS", "GR. SCOL."]),
    ("HOTEL DE VILLE", ["HDV", "HOTEL VILLE"]), ("POLICE MUNICIPALE", ["PM", "POL. MUN."]),
    ("VIDEOPROTECTION", ["VIDEOPROT", "VIDEO PROTECTION", "VIDEO-PROT."]),
    ("DESIMPERMEABILISATION", ["DESIMPER.", "DESIMPERMEAB."]), ("ACCESSIBILITE", ["ACCESS.", "ACCESSIB."]),
    ("PLANTATIONS", ["PLANTAT.", "PLANT."]), ("PROGRAMME", ["PROG.", "PROGR."]), ("MAINTENANCE", ["MAINT.", "MAINT"]),
    ("FOURNITURES", ["FOURN.", "FOURNIT."]), ("DIVERS", ["DIV", "DIV."]), ("CONSTRUCTION", ["CONSTR", "CONST."]),
    ("RENOVATION", ["RENOV", "RENOV."]), ("EXTENSION", ["EXT", "EXTENS."]), ("VEGETALISATION", ["VEGETAL.", "VEGET."]),
    ("TELEPHONIE", ["TELEPH", "TEL."]), ("INFORMATIQUE", ["INFO", "INFORMAT.", "INFORM."]),
    ("REMPLACEMENT", ["REMPLACT", "REMPL."]), ("ELECTRIQUE", ["ELEC", "ELECT."]), ("CIMETIERE", ["CIM", "CIMET."]),
    ("DECHETTERIE", ["DECHET.", "DECHETERIE"]), ("ASSAINISSEMENT", ["ASST", "ASSAINISST"]),
    ("PREVENTION", ["PREV.", "PREVENT."]), ("CONFORTEMENT", ["CONFORT.", "CONFORTT"]),
    ("REGLEMENTAIRES", ["REGLEMENT.", "REGL."]), ("COMMUNAUX", ["COMM.", "COMMUN."]),
    ("MUNICIPAL", ["MUN.", "MUNIC."]), ("MUNICIPALE", ["MUN.", "MUNIC."]), ("MUNICIPAUX", ["MUN.", "MUNIC."]),
    ("ECLAIRAGE", ["ECL.", "ECLAIR."]), ("PUBLIC", ["PUB."]), ("SECURITE", ["SECU", "SECUR."]),
    ("LOGICIEL", ["LOGIC.", "LOG."]), ("LICENCES", ["LIC.", "LICENCE"]), ("ENFANCE", ["ENF."]),
]


def abbreviate(s: str, p: float = 0.35) -> str:
    return draw.abbreviate(s, ABBREV, p)


def render(core: str, tail: str = "", joiner: str = " - ", style: str | None = None) -> str:
    """core holds the meaning, tail a place or code the export may cut. core/tail mixed case."""
    if style is None:
        style = wpick([(52, "upper"), (40, "mixed"), (5, "lower"), (3, "upper_nocut")])
    text = core + (joiner + tail if tail else "")
    if style == "mixed":
        text = text[0].upper() + text[1:]
        if chance(0.03):
            text = typo(text)
        return re.sub(r"\s+", " ", text).strip()
    if style == "lower":
        return re.sub(r"\s+", " ", strip_accents(text).lower() if chance(0.5) else text.lower()).strip()
    c = abbreviate(up(core))
    t = abbreviate(up(tail)) if tail else ""
    j = joiner.upper()
    if chance(0.25):
        j = pick([" ", " - ", ", ", " / ", " : "])
    text = c + (j + t if t else "")
    if chance(0.04):
        text = typo(text)
    text = re.sub(r"\s+", " ", text).strip()
    if style == "upper" and t and chance(0.45):
        n = rng.randint(30, 40)
        if len(text) > n >= len(c) + len(j) + 3:
            text = text[:n].rstrip(" -,:/(.'")
    return text


# --------------------------------------------------------------------------------------------
# directions by domain, written by many kinds of authorities
# --------------------------------------------------------------------------------------------

SERVICES = {
    "educ": ["POLE EDUCATION", "DIR. EDUCATION", "DIRECTION DE L'EDUCATION", "DEE - EDUCATION ENFANCE",
             "AFFAIRES SCOLAIRES", "Service Enseignement", "Direction Education Jeunesse",
             "DGA EDUCATION - BATIMENTS SCOLAIRES", "SCOLAIRE ET PERISCOLAIRE", "Vie scolaire",
             "DEPJ - EDUCATION ET PROXIMITE JEUNESSE", "Pôle Famille - Education",
             "EDUCATION", "DIR. ENFANCE EDUCATION", "SERVICE DES ECOLES"],
    "pe": ["DIR. PETITE ENFANCE", "DPE - PETITE ENFANCE", "POLE FAMILLES - PETITE ENFANCE", "Service Petite Enfance",
           "DIRECTION DE LA PETITE ENFANCE", "PETITE ENFANCE", "DFPE - FAMILLES ET PETITE ENFANCE",
           "Direction Enfance - Petite enfance", "MULTI-ACCUEILS"],
    "restau": ["RESTAURATION SCOLAIRE", "CUISINE CENTRALE", "DIR. RESTAURATION", "Service Restauration collective",
               "UNITE DE PRODUCTION CULINAIRE"],
    "sport": ["DIRECTION DES SPORTS", "SERVICE DES SPORTS", "DSP - SPORTS", "POLE SPORTS ET LOISIRS",
              "Direction Sports et Vie associative", "DJS - JEUNESSE ET SPORTS", "SPORTS", "Service des sports",
              "DIR. DES EQUIPEMENTS SPORTIFS", "PISCINES - PATINOIRE"],
    "sante": ["DIRECTION SANTE PUBLIQUE", "SERVICE HYGIENE SANTE", "Direction de la Santé", "DSAN - SANTE",
              "SANTE PUBLIQUE", "Mission santé - CMS", "DSPP - SANTE PREVENTION"],
    "seniors": ["SERVICE SENIORS", "DIR. AUTONOMIE", "Résidences autonomie", "DIRECTION DE L'AUTONOMIE",
                "POLE AUTONOMIE - PERSONNES AGEES", "Service Retraités", "CCAS-RESIDENCES SENIORS"],
    "social": ["CCAS", "DIR. ACTION SOCIALE", "DGA SOLIDARITES", "POLE SOLIDARITES", "Direction des Solidarités",
               "CIAS", "ACTION SOCIALE", "CCAS - Accueil insertion", "DASES - INSERTION ET LUTTE EXCLUSION",
               "DIRECTION DE L'INSERTION"],
    "jeunesse": ["SERVICE JEUNESSE", "DIR. JEUNESSE", "Direction Jeunesse et Vie des quartiers",
                 "DJVA - JEUNESSE VIE ASSOCIATIVE", "JEUNESSE", "Pôle Jeunesse", "Espace jeunes"],
    "pdv": ["MISSION POLITIQUE DE LA VILLE", "DQV - QUARTIERS", "Direction de la Cohésion sociale",
            "POLITIQUE DE LA VILLE", "DCST - COHESION SOCIALE ET TERRITOIRES", "Vie des quartiers"],
    "culture": ["DIRECTION DES AFFAIRES CULTURELLES", "DAC", "POLE CULTURE", "Service culturel", "MUSEES",
                "Direction Culture et Patrimoine", "DAC - PATRIMOINE", "SPECTACLE VIVANT", "CULTURE",
                "DCP - CULTURE ET PATRIMOINE", "Théâtre municipal"],
    "biblio": ["RESEAU DES BIBLIOTHEQUES", "MEDIATHEQUES", "Lecture publique", "BMVR", "DIR. LECTURE PUBLIQUE"],
    "conserv": ["CONSERVATOIRE", "CRR", "CRD - CONSERVATOIRE", "Ecole municipale de musique",
                "ENSEIGNEMENTS ARTISTIQUES"],
    "ev": ["DIR. ESPACES VERTS", "SERVICE PARCS ET JARDINS", "DEVE - ESPACES VERTS ET ENVIRONNEMENT",
           "DIRECTION NATURE EN VILLE", "POLE CADRE DE VIE - ESPACES VERTS", "Espaces verts",
           "Direction des Parcs, Jardins et Paysages", "DPJP", "ESPACES VERTS ET NATURE", "SEVE - ESPACES VERTS"],
    "proprete": ["DIR. PROPRETE URBAINE", "PROPRETE - NETTOIEMENT", "SERVICE PROPRETE", "DPEE - PROPRETE ET EAU",
                 "Direction de la Propreté", "PROPRETE URBAINE", "DPU - PROPRETE URBAINE",
                 "DIR. PROPRETE ET NETTOIEMENT"],
    "dechets": ["DIR. GESTION DES DECHETS", "SERVICE COLLECTE", "DGA ENVIRONNEMENT - DECHETS", "DECHETTERIES",
                "Direction Prévention et Gestion des Déchets", "COLLECTE ET TRAITEMENT DES DECHETS",
                "DIR. PROPRETE ET DECHETS", "Service Déchets ménagers", "DPGD"],
    "eau": ["DIR. EAU ET ASSAINISSEMENT", "REGIE DES EAUX", "SERVICE ASSAINISSEMENT", "Direction du Cycle de l'Eau",
            "EAU POTABLE", "DEA - EAU ASSAINISSEMENT", "Service des eaux", "ASSAINISSEMENT - EAUX PLUVIALES"],
    "voirie": ["DIR. VOIRIE", "DGST - VOIRIE", "DVD - VOIRIE ET DEPLACEMENTS", "SERVICE VOIRIE ET RESEAUX",
               "POLE ESPACE PUBLIC", "Voirie", "Direction de la Voirie", "DIRECTION DES ROUTES",
               "ST - VOIRIE", "Espace public - voirie"],
    "eclairage": ["ECLAIRAGE PUBLIC", "SERVICE ECLAIRAGE PUBLIC ET SIGNALISATION", "DVD - ECLAIRAGE",
                  "Eclairage public", "RESEAUX SECS - ECLAIRAGE"],
    "mobilite": ["DIR. MOBILITES", "DIRECTION DES TRANSPORTS", "Mobilités et Déplacements", "DMD - MOBILITES",
                 "PLAN VELO", "SERVICE DEPLACEMENTS"],
    "energie": ["DIR. ENERGIE", "SERVICE ENERGIE-FLUIDES", "MISSION TRANSITION ENERGETIQUE",
                "Direction de l'Energie", "ENERGIE ET FLUIDES", "DTE - ENERGIE", "Conseil en énergie partagé"],
    "dsi": ["DSI", "DIR. SYSTEMES D'INFORMATION", "DIRECTION DU NUMERIQUE", "SERVICE INFORMATIQUE", "DSIN",
            "POLE RESSOURCES - INFORMATIQUE", "DSI MUTUALISEE", "Informatique et télécommunications",
            "DSIT - SYSTEMES D'INFORMATION ET TELECOMS", "DNSI", "Service informatique"],
    "numterr": ["MISSION AMENAGEMENT NUMERIQUE", "DIR. DU NUMERIQUE ET DE L'INNOVATION", "SMART CITY",
                "TERRITOIRE NUMERIQUE - THD", "Innovation et numérique du territoire"],
    "batiments": ["DGST - BATIMENTS", "DIR. PATRIMOINE BATI", "SERVICE BATIMENTS", "DST - BATIMENTS COMMUNAUX",
                  "REGIE BATIMENTS", "Direction du Patrimoine", "DPA - PATRIMOINE ET ARCHITECTURE",
                  "Bâtiments communaux", "DIR. CONSTRUCTIONS PUBLIQUES"],
    "admin": ["DGS", "AFFAIRES GENERALES", "MOYENS GENERAUX", "DIRECTION DE LA LOGISTIQUE", "SECRETARIAT GENERAL",
              "Direction Générale des Services", "DAJ - AFFAIRES JURIDIQUES", "Commande publique",
              "DIR. FINANCES ET COMMANDE PUBLIQUE", "RESSOURCES HUMAINES", "Administration générale", "CABINET DU MAIRE",
              "DAG - ASSEMBLEES"],
    "ctm": ["CTM", "ATELIERS MUNICIPAUX", "ST - ATELIERS", "REGIE TECHNIQUE", "GARAGE MUNICIPAL",
            "Centre technique municipal", "DGST - LOGISTIQUE ET PARC AUTO", "PARC AUTOMOBILE", "SERVICES TECHNIQUES"],
    "police": ["POLICE MUNICIPALE", "DIR. SECURITE PREVENTION", "DSPR - PREVENTION ET PROTECTION", "PM",
               "Police municipale", "Tranquillité publique", "DIRECTION DE LA SECURITE"],
    "citoyen": ["ETAT CIVIL", "CITOYENNETE", "Elections", "DCIP - CITOYENNETE ET PROXIMITE",
                "Population - Etat civil", "ACCUEIL POPULATION", "Mairies annexes", "Démocratie locale"],
    "urbanisme": ["DIR. URBANISME", "DIRECTION DE L'AMENAGEMENT", "Urbanisme", "DU - URBANISME OPERATIONNEL",
                  "POLE AMENAGEMENT DU TERRITOIRE", "DAU - AMENAGEMENT URBAIN"],
    "habitat": ["DIR. HABITAT", "Logement", "SERVICE HABITAT ET LOGEMENT", "DLH - LOGEMENT HABITAT"],
    "cimetieres": ["SERVICE CIMETIERES", "ETAT CIVIL-CIMETIERES", "Affaires funéraires", "CIMETIERES",
                   "Service funéraire"],
    "risques": ["DIR. RISQUES MAJEURS", "SERVICE GEMAPI", "Prévention des risques", "INSPECTION DES CARRIERES",
                "DRM - RISQUES", "CELLULE RISQUES ET CRISES"],
    "climat": ["MISSION PLAN CLIMAT", "DIR. TRANSITION ECOLOGIQUE", "Transition écologique", "DTE - CLIMAT",
               "DEVELOPPEMENT DURABLE", "Agence locale climat"],
    "littoral": ["DIR. MER ET LITTORAL", "SERVICE PLAGES", "Littoral et ports", "GESTION DU LITTORAL"],
    "economie": ["DIR. DEVELOPPEMENT ECONOMIQUE", "SERVICE COMMERCE", "Développement économique",
                 "DAE - ATTRACTIVITE ECONOMIQUE", "EMPLOI ET ECONOMIE", "Commerce et artisanat"],
    "marches": ["MARCHES FORAINS", "PLACIERS", "Halles et marchés", "SERVICE DES MARCHES"],
    "tourisme": ["OFFICE DE TOURISME", "TOURISME", "Direction du Tourisme", "ATTRACTIVITE - TOURISME"],
    "egalite": ["MISSION EGALITE FEMMES-HOMMES", "Egalité - Droits des femmes", "DEGA - EGALITE"],
    "alim": ["DIR. ALIMENTATION DURABLE", "AGRICULTURE URBAINE", "Projet alimentaire territorial", "FERME MUNICIPALE"],
    "ens": ["ESPACES NATURELS SENSIBLES", "SERVICE FORETS", "Direction de l'Environnement - ENS",
            "GESTION DES ESPACES NATURELS", "Biodiversité"],
    "fetes": ["FETES ET CEREMONIES", "EVENEMENTIEL", "Fêtes et manifestations", "ANIMATION DE LA VILLE"],
    "finances": ["DIR. FINANCES", "FINANCES", "Finances - Comptabilité", "DFI - BUDGET", "Direction des Finances"],
}


def svc_fmt(s: str) -> str:
    r = rng.random()
    if r < 0.14 and len(s) > 22:
        return s[:rng.randint(18, 26)].rstrip(" -.,'")
    if r < 0.22 and " - " in s:
        return s.split(" - ")[0]
    if r < 0.27:
        return s.upper() if not s.isupper() else s
    return s


def _service_forms() -> dict[str, set[str]]:
    """Every way a direction may be written -> the domains it could belong to."""
    forms: dict[str, set[str]] = {}
    for dom, names in SERVICES.items():
        for s in names:
            variants = [s, s.upper()] + ([s.split(" - ")[0]] if " - " in s else [])
            variants += [s[:n].rstrip(" -.,'") for n in range(18, 27)] if len(s) > 22 else []
            for v in variants:
                forms.setdefault(fold(v), set()).add(dom)
    return forms


SERVICE_FORMS = _service_forms()


def service(domain: str) -> str:
    """A direction of the domain, as an export writes it; never a form another domain shares
    (DGST, ST, DTE... alone would not tell the goal)."""
    full = pick(SERVICES[domain])
    s = svc_fmt(full)
    if len(SERVICE_FORMS[fold(s)]) > 1:
        s = full
    assert SERVICE_FORMS[fold(s)] == {domain}, (s, domain)
    return s


# --------------------------------------------------------------------------------------------
# 1. generic labels decided by the direction or the fonction
# --------------------------------------------------------------------------------------------

GEN_EQUIP = ["EQUIPEMENTS DIVERS", "EQUIPEMENT DIVERS", "Equipements divers", "Équipements divers",
             "MATERIEL ET OUTILLAGE", "Matériel et outillage", "MATERIEL ET OUTILLAGE TECHNIQUE", "MAT. ET OUTILLAGE",
             "MAT ET OUTILLAGE TECHNIQUE", "MATERIEL DIVERS", "Matériel divers", "ACQUISITION DE MATERIEL",
             "ACQUIS. MATERIEL", "ACQ MATERIEL DIVERS", "Acquisition matériel et équipements", "PETIT MATERIEL",
             "PETIT EQUIPEMENT", "AUTRES MATERIELS", "AUTRES IMMOBILISATIONS CORPORELLES", "AUTRES IMMO CORPORELLES",
             "MATERIEL TECHNIQUE", "EQUIPTS DIVERS", "MATERIELS ET EQUIPEMENTS", "RENOUVELLEMENT MATERIEL",
             "Renouvellement du matériel", "OUTILLAGE ET PETIT MATERIEL", "FOURNITURES DE PETIT EQUIPEMENT",
             "Fournitures de petit équipement", "ACHAT MATERIEL", "MATERIEL ET EQUIPEMENT", "EQUIPEMENT DES SERVICES",
             "MATERIEL - RENOUVELLEMENT"]
GEN_MOB = ["BIENS MOBILIERS", "ACQ BIENS MOBILIERS", "Biens mobiliers", "MOBILIER ET EQUIPEMENTS",
           "Mobilier et équipements", "MOBILIER - RENOUVELLEMENT", "RENOUVELLEMENT MOBILIER", "Renouvellement du mobilier",
           "ACQUISITION MOBILIER", "ACHAT MOBILIER", "MOBILIER DIVERS", "MATERIEL DE BUREAU ET MOBILIER",
           "Acquisition de mobilier", "MOBILIER ET PETIT EQUIPT", "MOBILIERS"]
GEN_VEH = ["VEHICULES", "Véhicules", "VEHICULES UTILITAIRES", "ACQUISITION VEHICULES", "ACQ VEHICULE",
           "Acquisition d'un véhicule", "RENOUVELLEMENT VEHICULES", "Renouvellement des véhicules", "MATERIEL ROULANT",
           "MATERIEL DE TRANSPORT", "VEHICULE UTILITAIRE LEGER", "ACQUIS. VEHIC. UTILITAIRE", "VEHICULE ELECTRIQUE",
           "ACQUISITION VEHICULE ELECTRIQUE", "VEHICULES LEGERS", "ENTRETIEN VEHICULES"]
GEN_WORKS = ["TRAVAUX DIVERS", "Travaux divers", "TRVX DIVERS", "TRX DIVERS", "TRAVAUX DIVERS BATIMENTS",
             "GROS ENTRETIEN", "Gros entretien", "GROS ENTRETIEN BATIMENTS", "GROS ENTRETIEN - RENOUVELLEMENT",
             "GER BATIMENTS", "GROS ENTRETIEN ET REPARATIONS", "TRAVAUX D'ENTRETIEN", "Travaux de gros entretien",
             "TRAVAUX DE MISE EN CONFORMITE", "MISE EN CONFORMITE", "MISE AUX NORMES", "Mise aux normes des bâtiments",
             "TRAVAUX DE SECURITE", "AMENAGEMENT DES LOCAUX", "AMGT LOCAUX", "REHABILITATION", "REHABILITATION BATIMENT",
             "PROGRAMME ANNUEL DE TRAVAUX", "TRAVAUX PATRIMOINE", "REFECTION TOITURES", "TRAVAUX EN REGIE",
             "Travaux en régie", "ENTRETIEN DES BATIMENTS", "REPARATIONS DIVERSES", "INSTALLATIONS GENERALES AGENCEMENTS",
             "AGENCEMENTS ET AMENAGEMENTS", "TRAVAUX DIVERS - PROGRAMME ANNUEL", "TRAVAUX DE GROS ENTRETIEN",
             "GROS ENTRETIEN ET RENOUVELLEMENT", "Travaux d'amélioration", "TRAVAUX D'AMELIORATION"]
GEN_STUDY = ["ETUDES PREALABLES", "Études préalables", "ETUDES ET DIAGNOSTICS", "ETUDE DE FAISABILITE",
             "ETUDES DE PROGRAMMATION", "DIAGNOSTICS", "MAITRISE D'OEUVRE", "MOE", "ETUDES PRE-OPERATIONNELLES",
             "ASSISTANCE A MAITRISE D'OUVRAGE", "AMO", "ETUDES ET AMO", "Frais d'études et de maîtrise d'oeuvre",
             "ETUDES TECHNIQUES", "DIAGNOSTIC TECHNIQUE"]
GEN_MAINT = ["MAINTENANCE", "Maintenance", "MAINTENANCE DIVERSE", "CONTRATS DE MAINTENANCE", "Contrats de maintenance",
             "MAINTENANCE ET CONTROLES", "ENTRETIEN ET REPARATIONS", "Entretien et réparations", "ENTRETIEN MATERIEL",
             "REPARATIONS MATERIEL", "VERIFICATIONS PERIODIQUES", "CONTROLES REGLEMENTAIRES", "LOCATIONS MOBILIERES",
             "PRESTATIONS DE SERVICES", "FOURNITURES", "Fournitures diverses", "MAINTENANCE PREVENTIVE",
             "CONTRATS D'ENTRETIEN", "ENTRETIEN ET MAINTENANCE"]
GEN_HALLE = ["REHABILITATION HALLE", "REHAB HALLE", "Réhabilitation de la halle", "HALLE - TRAVAUX",
             "HALLE - GROS ENTRETIEN", "TOITURE HALLE", "REHABILITATION DE LA HALLE", "RENOVATION HALLE"]

GENERIC_LIBS = {fold(x) for x in GEN_EQUIP + GEN_MOB + GEN_VEH + GEN_WORKS + GEN_STUDY + GEN_MAINT + GEN_HALLE}

# nature codes by family (account written when the line carries codes)
NAT_EQUIP = ["2188", "2158", "2157", "60632", "2188", "2158"]
NAT_MOB = ["2184", "2188", "2184"]
NAT_VEH = ["2182"]
NAT_WORKS = ["2313", "2135", "615221", "2313", "21318", "615228"]
NAT_STUDY = ["2031", "617", "2031"]
NAT_MAINT = ["6156", "61558", "611", "6156"]

# domain -> equipment label, works label, fonctions, building nature, families allowed
D = {
    "educ": (L(4, 100), L(4, 85, 11, 15), ["20", "211", "212", "213", "221", "288", "201"], "21312", "EMVWSMH"),
    "pe": (L(4, 100), L(4, 85, 11, 15), ["422", "4221", "4222", "4228"], "", "EMVWSM"),
    "restau": (L(4, 70, 2, 30), L(4, 85, 11, 15), ["281"], "", "EMVWM"),
    "sport": (L(3, 100), L(3, 85, 11, 15), ["32", "321", "322", "323", "325"], "", "EMVWSMH"),
    "sante": (L(3, 100), L(3, 85, 11, 15), ["410", "412", "414", "418", "41"], "", "EMVWSM"),
    "seniors": (L(3, 100), L(3, 85, 11, 15), ["423", "4238"], "", "EMVWM"),
    "social": (L(1, 100), L(1, 85, 11, 15), ["420", "424", "428", "42"], "21313", "EMVWSM"),
    "jeunesse": (L(10, 100), L(10, 85, 11, 15), ["338"], "", "EMVWSM"),
    "pdv": (L(10, 100), L(10, 60, 11, 40), ["52"], "", "EMWS"),
    "culture": (L(11, 100), L(11, 100), ["311", "312", "314", "316", "317", "31"], "21314", "EMVWSMH"),
    "biblio": (L(4, 60, 11, 40), L(4, 60, 11, 40), ["313"], "", "EMVWSM"),
    "conserv": (L(4, 100), L(4, 85, 11, 15), [], "", "EMWSM"),
    "ev": (L(15, 100), L(15, 70, 11, 30), ["511"], "", "EMVWSM"),
    "proprete": (L(12, 70, 11, 30), L(12, 85, 11, 15), ["72", "720"], "", "EMVWM"),
    "dechets": (L(12, 100), L(12, 100), ["721", "7212", "7213"], "", "EMVWSM"),
    "eau": (L(6, 100), L(6, 85, 11, 15), ["731", "732", "733", "73"], "", "EMVWSM"),
    "voirie": (L(11, 100), L(11, 80, 9, 20), ["845", "84", "844", "843"], "", "EMVWSM"),
    "eclairage": (L(11, 70, 7, 30), L(11, 70, 7, 30), ["512"], "", "EVWSM"),
    "mobilite": (L(11, 100), L(11, 80, 13, 20), ["82", "820", "86"], "", "EMWS"),
    "energie": (L(7, 100), L(7, 80, 13, 20), ["75", "758", "751"], "", "EMVWSM"),
    "dsi": (L(16, 70, 9, 30), L(16, 70, 9, 30), ["020"], "", "EMWSM"),
    "numterr": (L(9, 100), L(9, 100), ["57", "67"], "", "EWSM"),
    "batiments": (L(16, 100), L(16, 100), [], "21318", "EMVWSMH"),
    "admin": (L(16, 100), L(16, 100), ["020", "02", "028"], "21311", "EMVWSM"),
    "ctm": (L(16, 100), L(16, 85, 11, 15), ["020", "028"], "21311", "EMVWM"),
    "police": (L(16, 100), L(16, 85, 11, 15), ["11", "10"], "21311", "EMVWSM"),
    "citoyen": (L(16, 100), L(16, 85, 11, 15), ["022", "020"], "21311", "EMWM"),
    "urbanisme": (L(11, 100), L(11, 100), ["515", "510", "518", "50"], "", "EMVWS"),
    "habitat": (L(11, 100), L(11, 100), ["55", "551", "553"], "", "EMWS"),
    "cimetieres": (L(11, 100), L(11, 100), ["025"], "21316", "EMVWSM"),
    "risques": (L(13, 100), L(13, 80, 11, 20), ["735"], "", "EMVWS"),
    "climat": (L(13, 100), L(13, 70, 11, 30), ["71"], "", "EMWS"),
    "littoral": (L(14, 100), L(14, 80, 11, 20), ["56"], "", "EMVWSM"),
    "economie": (L(8, 100), L(8, 85, 11, 15), ["632", "61", "60", "68"], "", "EMVWSMH"),
    "marches": (L(8, 100), L(8, 85, 11, 15), ["6312", "632"], "", "EMVWMH"),
    "tourisme": (L(8, 100), L(8, 80, 11, 20), ["633"], "", "EMVWSM"),
    "egalite": (L(5, 100), L(5, 80, 11, 20), ["341"], "", "EMWS"),
    "alim": (L(2, 100), L(2, 70, 11, 30), ["631", "6318"], "", "EMVWS"),
    "ens": (L(15, 100), L(15, 100), ["76"], "", "EMVWSM"),
    "fetes": (L(11, 100), L(11, 100), ["024"], "", "EMVM"),
    "finances": (L(16, 100), L(16, 100), [], "", "EMS"),
}
DOM_WEIGHTS = {k: 3 for k in D}
for k in ("educ", "pe", "sport", "culture", "ev", "proprete", "dechets", "eau", "voirie", "dsi", "batiments",
          "admin", "police", "social", "energie"):
    DOM_WEIGHTS[k] = 6
for k in ("finances", "fetes", "conserv", "restau", "egalite", "numterr"):
    DOM_WEIGHTS[k] = 2
FAMILIES = {"E": (GEN_EQUIP, NAT_EQUIP, 0), "M": (GEN_MOB, NAT_MOB, 0), "V": (GEN_VEH, NAT_VEH, 0),
            "W": (GEN_WORKS, NAT_WORKS, 1), "S": (GEN_STUDY, NAT_STUDY, 1), "T": (GEN_MAINT, NAT_MAINT, 0),
            "H": (GEN_HALLE, NAT_WORKS, 1)}
FAMILY_WEIGHTS = {"E": 30, "M": 14, "V": 12, "W": 28, "S": 10, "T": 14, "H": 5}

# special labels inside a domain for some families
SPECIAL = {
    ("proprete", "V"): L(12, 60, 11, 40),        # street-cleaning vehicles
    ("dechets", "V"): L(12, 100),                # refuse collection trucks
    ("eclairage", "V"): L(11, 100),              # nacelles
    ("dsi", "W"): L(16, 60, 9, 40),              # cabling, server rooms
    ("dsi", "M"): L(16, 100),                    # furniture of the IT department is not IT
    ("ev", "V"): L(15, 100),
    ("ev", "M"): L(15, 60, 11, 40),              # park furniture
    ("cimetieres", "W"): L(11, 100),
    ("biblio", "W"): L(4, 60, 11, 40),
    ("pdv", "E"): L(10, 100),
    ("marches", "H"): L(8, 85, 11, 15),
    ("sport", "H"): L(3, 85, 11, 15),
    ("culture", "H"): L(11, 100),
    ("educ", "H"): L(4, 85, 11, 15),
    ("economie", "H"): L(8, 85, 11, 15),
    ("batiments", "H"): L(16, 100),
}


def nature_for(lib: str, default: list[str]) -> list[str]:
    """Account a finance officer would use for this generic label."""
    u = up(lib)
    for words, nats in ((("LOCATION",), ["6135"]), (("FOURNITURE",), ["60632", "6068"]),
                        (("VERIFICATION", "CONTROLE"), ["611", "6156"]), (("ENTRETIEN VEHICULE",), ["61551"]),
                        (("ENTRETIEN", "REPARATION"), ["61558", "615221"] if "BATIMENT" not in u else ["615221"]),
                        (("MOBILIER",), ["2184", "2184", "2188"]), (("AMO", "ASSISTANCE"), ["2031"]),
                        (("ETUDE", "DIAGNOSTIC", "MAITRISE", "MOE"), ["2031", "2031", "617"])):
        if any(re.search(rf"\b{w}", u) for w in words):
            return nats
    return default


def generic_row():
    dom = wpick([(w, k) for k, w in DOM_WEIGHTS.items()])
    equip, works, fcts, bld_nat, fams = D[dom]
    fam = wpick([(FAMILY_WEIGHTS[f], f) for f in sorted(set(fams + "T"))])
    libs, nats, is_work = FAMILIES[fam]
    lab = SPECIAL.get((dom, fam), works if is_work else equip)
    lib = pick(libs)
    nats = nature_for(lib, nats)
    if dom == "dsi" and fam == "W" and chance(0.5):
        lab = L(16, 70, 9, 30)
    # context: service only, fonction only (with or without account) or both
    mode = wpick([(52, "svc"), (30, "fct"), (18, "both")]) if fcts else "svc"
    svc = service(dom) if mode in ("svc", "both") else ""
    fct = pick(fcts) if mode in ("fct", "both") else ""
    chap = nat = ""
    if (mode == "fct" and chance(0.65)) or (mode != "fct" and chance(0.22)):
        nat = pick(nats)
        if is_work and bld_nat and chance(0.35) and nat.startswith("2"):
            nat = bld_nat
        chap = chap_of(nat)
    if mode == "fct" and fct and chance(0.12):
        chap = "90" + fct[0] if nat.startswith("2") else ("93" + fct[0] if nat else "")
        if not nat:
            chap = ""
    # a few exports add the year, a code, or the direction's facility in brackets
    r = rng.random()
    if r < 0.10:
        lib = f"{lib} {year()}" if chance(0.5) else f"{lib} - {year()}"
    elif r < 0.17:
        lib = f"{opcode()} - {lib}" if chance(0.5) else f"{lib} - {opcode()}"
    elif r < 0.20 and mode != "fct":
        lib = f"{lib} {arrdt()}"
    return lib, chap, nat, fct, svc, lab


def generic_bare_row():
    """A generic label with no context at all: codebook fallback 16 100."""
    lib = pick(GEN_EQUIP + GEN_MOB + GEN_WORKS + GEN_MAINT + GEN_VEH)
    if chance(0.3):
        lib = f"{lib} {year()}"
    return lib, "", "", "", "", L(16, 100)


# --------------------------------------------------------------------------------------------
# shared builders for sections 2 to 7
# --------------------------------------------------------------------------------------------

def fill(text: str) -> str:
    """Replace placeholders by invented names (mixed case)."""
    while "{" in text:
        m = re.search(r"\{(\w+)\}", text)
        k = m.group(1)
        v = {
            "rue": lambda: street_mixed(),
            "q": lambda: "quartier " + quartier(),
            "qn": lambda: quartier(),
            "p": lambda: person(0.75),
            "sn": lambda: pick(SURN),
            "th": lambda: pick(THEMES),
            "y": lambda: str(year()),
            "n": lambda: str(rng.randint(2, 40)),
            "park": lambda: park_name(),
            "du_park": lambda: de_park(),
            "school": lambda: school_name(),
            "de_school": lambda: de_school(),
            "de_rue": lambda: de_rue(),
            "zac": lambda: zac_name(),
        }[k]()
        text = text[:m.start()] + v + text[m.end():]
    return text


PARK_KINDS_F = ("promenade", "coulée verte")


def de_park() -> str:
    name = park_name()
    return ("de la " if name.startswith(PARK_KINDS_F) else "du ") + name


def de_school() -> str:
    name = school_name()
    return ("du " if name.startswith("groupe") else "de l'") + name


def de_rue() -> str:
    t, n = street()
    art = {"rue": "de la ", "place": "de la ", "route": "de la ", "avenue": "de l'", "allée": "de l'",
           "impasse": "de l'"}.get(t, "du ")
    return f"{art}{t} {n}"


def park_name() -> str:
    kind = wpick([(8, "square"), (6, "jardin"), (5, "parc"), (2, "jardin public"), (1, "promenade"),
                  (1, "mail"), (1, "coulée verte"), (1, "bois"), (1, "jardin d'enfants")])
    return f"{kind} {pick(THEMES) if chance(0.5) else person(0.7)}"


def school_name() -> str:
    kind = wpick([(4, "groupe scolaire"), (3, "école élémentaire"), (3, "école maternelle"), (2, "école"),
                  (1, "école primaire")])
    return f"{kind} {person(0.8) if chance(0.6) else pick(THEMES)}"


def zac_name() -> str:
    return wpick([(4, "ZAC " + pick(THEMES)),
                  (3, "ZAC " + quartier()), (2, "NPRU " + quartier()), (2, "NPNRU " + quartier()),
                  (1, "PRU " + quartier())])


def tail_place(kind: str = "any") -> str:
    if kind == "code":
        return wpick([(3, opcode_mixed()), (2, str(year())), (1, f"exercice {year()}")])
    return wpick([(4, street_mixed()), (3, "quartier " + quartier()), (2, pick(THEMES)), (1, arrdt()),
                  (2, opcode_mixed()), (1, str(year()))] if kind == "any" else
                 [(5, street_mixed()), (2, "quartier " + quartier()), (1, arrdt())])


class T:
    """A template: core text(s), optional tail kind, label, service domains, fonctions, natures."""

    def __init__(self, cores, lab, doms, fcts=(), nats=(), tail="any", p_tail=0.55, chaps=()):
        self.cores = cores if isinstance(cores, list) else [cores]
        self.chaps = list(chaps)
        self.lab, self.doms, self.fcts, self.nats = lab, doms, list(fcts), list(nats)
        self.tail, self.p_tail = tail, p_tail


def from_template(t: T, p_svc: float = 0.67, p_codes: float = 0.25):
    core = fill(pick(t.cores))
    tail = ""
    if t.tail and chance(t.p_tail):
        tail = fill(t.tail) if t.tail not in ("any", "addr", "code") else tail_place(t.tail)
    lib = render(core, tail)
    svc = service(pick(t.doms)) if t.doms and chance(p_svc) else ""
    chap = nat = fct = ""
    if chance(p_codes):
        if t.fcts:
            fct = pick(t.fcts)
        if t.nats and chance(0.7):
            nat = pick(t.nats)
            chap = chap_of(nat)
        elif t.chaps and chance(0.8):
            chap = pick(t.chaps)
        if not codes_agree(t.lab, chap, nat, fct):
            chap = nat = fct = ""
    return lib, chap, nat, fct, svc, t.lab


# --------------------------------------------------------------------------------------------
# 2. administration and institutions (16), provisions (17)
# --------------------------------------------------------------------------------------------

ADM = L(16, 100)
IT = L(16, 70, 9, 30)
IT_INFRA = L(16, 60, 9, 40)
ADM_BLD = L(16, 85, 11, 15)
FIN = L(17, 100)

ADMIN_T = [
    # legal notices, publications
    T(["Frais d'insertion", "Frais d'insertion des marchés", "Frais d'insertion - avis d'appel public à la concurrence",
       "Annonces légales", "Annonces légales et avis de marchés", "Annonces et insertions", "Publication des avis de marchés au BOAMP",
       "Insertions au JOUE et au BOAMP", "Avis d'attribution - publications", "Frais de publication des marchés publics",
       "Annonces légales - délégations de service public", "Frais d'insertion presse", "Publicité des consultations"],
      ADM, ["admin"], ["020"], ["6231", "2033"], tail="{y}", p_tail=0.4),
    T(["Plateforme de dématérialisation des marchés", "Profil acheteur - abonnement", "Abonnement salle des marchés en ligne",
       "Parapheur électronique", "Télétransmission des actes au contrôle de légalité", "Certificats de signature électronique"],
      IT, ["admin", "dsi"], ["020"], ["6156", "2051"], tail="{y}", p_tail=0.3),
    # insurance
    T(["Primes d'assurance", "Assurance multirisque des bâtiments", "Assurance flotte véhicules", "Assurance dommages aux biens",
       "Assurance responsabilité civile générale", "Assurance protection juridique des agents et des élus",
       "Franchises sur sinistres", "Assurance bris de machines", "Assurance tous risques informatiques",
       "Audit du portefeuille d'assurances", "Courtage assurances - honoraires", "Assurance des expositions temporaires"],
      ADM, ["admin", "finances"], ["020"], ["616", "6161", "6226"], tail="{y}", p_tail=0.35),
    # security commissions, legal
    T(["Commission communale de sécurité - frais de fonctionnement", "Visites périodiques de la commission de sécurité",
       "Registres de sécurité des ERP", "Commission d'arrondissement sécurité ERP - secrétariat",
       "Suivi des avis de la commission de sécurité", "Formation des agents à la sécurité incendie (SSIAP)"],
      ADM, ["admin", "police", "batiments"], ["020", "10"], ["6188", "6184"], tail="{y}", p_tail=0.3),
    T(["Frais d'actes et de contentieux", "Honoraires d'avocats", "Contentieux - frais d'huissier", "Frais de justice",
       "Consultations juridiques", "Indemnisation sinistres et contentieux", "Protection fonctionnelle des agents"],
      ADM, ["admin"], ["020"], ["6227", "6226"], tail="{y}", p_tail=0.3),
    # archives
    T(["Archives municipales - rayonnages mobiles", "Conservation préventive des archives", "Désinfection du fonds d'archives",
       "Boîtes et conditionnement archives", "Versements d'archives - tri et élimination", "Archivage électronique - SAE",
       "Magasins d'archives - déshumidificateurs", "Archives - prestation d'archiviste itinérant", "Récolement des archives"],
      ADM, ["admin", "citoyen"], ["020"], ["6188", "2188", "611"], tail="{y}", p_tail=0.3),
    T(["Restauration des registres paroissiaux", "Restauration des plans cadastraux anciens",
       "Numérisation des fonds anciens des archives", "Restauration des registres de délibérations anciens"],
      L(11, 70, 16, 30), ["culture", "admin"], ["315"], ["2168", "2162"], tail="{y}", p_tail=0.3),
    # état civil, elections
    T(["Registres d'état civil - reliure", "Reliure des actes d'état civil", "Logiciel état civil", "Dispositif de recueil CNI et passeports",
       "Station biométrique titres sécurisés", "Salle des mariages - mobilier", "Imprimés d'état civil", "Recensement de la population - agents recenseurs",
       "Cartes d'électeur - impression", "Panneaux électoraux", "Urnes et isoloirs", "Mise sous pli de la propagande électorale",
       "Elections - frais d'organisation des bureaux de vote", "Elections européennes - matériel", "Elections municipales - tenue des bureaux",
       "Refonte de la liste électorale", "Bureaux de vote - signalétique", "Isoloirs accessibles PMR"],
      ADM, ["citoyen"], ["020", "022"], ["6064", "6236", "2188", "2184"], tail="{y}", p_tail=0.4),
    T(["Logiciel élections et état civil - migration", "Dématérialisation des actes d'état civil (COMEDEC)",
       "Prise de rendez-vous en ligne titres d'identité", "Bornes de prise de rendez-vous"],
      IT, ["citoyen", "dsi"], ["020"], ["2051", "6156"], tail="{y}", p_tail=0.3),
    # city hall, annexes
    T(["Hôtel de ville - réfection de la salle du conseil", "Hôtel de ville - ravalement des façades", "HDV - réfection toiture",
       "Hôtel de ville - aménagement de l'accueil", "Mairie annexe - réaménagement des guichets", "Mairie de quartier - travaux",
       "Hôtel de ville - salle des mariages", "Mairie annexe - mise en sécurité", "Mairie annexe {qn} - extension",
       "Maison des services publics - aménagement", "Centre administratif - réfection des bureaux", "HDV - remplacement ascenseur",
       "Hôtel de ville - sanitaires du public", "Mairie de secteur - réfection des sols", "Mairie annexe - clos couvert"],
      ADM_BLD, ["batiments", "admin", "citoyen"], ["020", "022"], ["2313", "21311", "615221"], tail="addr", p_tail=0.35),
    T(["Hôtel de ville - isolation des combles", "HDV - remplacement de la chaudière", "Mairie annexe - menuiseries extérieures",
       "Hôtel de ville - rénovation énergétique", "Centre administratif - relamping LED", "Mairie annexe - pompe à chaleur"],
      L(16, 60, 7, 40), ["batiments", "energie"], ["020"], ["2313", "21311"], tail="addr", p_tail=0.3),
    T(["Hôtel de ville - mise en accessibilité", "Mairie annexe - rampe d'accès PMR", "HDV - ascenseur PMR",
       "Mairie annexe - accueil accessible", "Centre administratif - Ad'AP"],
      L(10, 70, 11, 30), ["batiments", "admin"], [], [], tail="addr", p_tail=0.3),
    T(["Mobilier de bureau des services", "Fauteuils et bureaux - services administratifs", "Mobilier salle du conseil municipal",
       "Equipement des salles de réunion", "Affranchissement du courrier", "Fournitures administratives",
       "Machine de mise sous pli", "Frais postaux", "Reprographie - copieurs multifonctions", "Imprimerie municipale - matériel",
       "Restaurant administratif - participation", "Vêtements de travail des agents", "Equipements de protection individuelle des agents",
       "Véhicules de service - pool", "Flotte de véhicules de service", "Cartes carburant - véhicules de service"],
      ADM, ["admin", "ctm"], ["020", "028"], ["2184", "6064", "6261", "2182", "60622"], tail="{y}", p_tail=0.25),
    # centre technique, services techniques
    T(["CTM - réfection des vestiaires", "Centre technique municipal - aire de lavage", "Ateliers municipaux - mise aux normes",
       "Garage municipal - pont élévateur", "CTM - magasin central", "Centre technique - toiture", "ST - locaux des agents",
       "Regroupement des services techniques - études", "Ateliers municipaux - séparateur d'hydrocarbures"],
      ADM_BLD, ["ctm", "batiments"], ["020"], ["2313", "21311", "2135"], tail="addr", p_tail=0.3),
    # police, CCTV
    T(["Police municipale - armement", "PM - gilets pare-balles", "Police municipale - radios numériques", "Cinémomètre",
       "Terminaux de verbalisation électronique", "Caméras-piétons", "Police municipale - véhicules sérigraphiés",
       "PM - équipement de la brigade cynophile", "Brigade équestre - sellerie", "Police municipale - VTT électriques",
       "Fourrière - enlèvement des véhicules", "ASVP - tenues", "Éthylotests et matériel de contrôle", "Bâtons de défense et menottes",
       "Police municipale - moto", "Police municipale - gilets et équipements", "Poste de police - mobilier"],
      ADM, ["police"], ["11", "10"], ["2188", "2182", "611"], tail="{y}", p_tail=0.3),
    T(["Poste de police municipale - extension", "Hôtel de police municipale - aménagement", "PM - armurerie",
       "Poste de police - vestiaires", "Commissariat municipal - réhabilitation"],
      ADM_BLD, ["police", "batiments"], ["11"], ["2313", "21311"], tail="addr", p_tail=0.4),
    T(["Vidéoprotection - extension du réseau", "Caméras de vidéoprotection", "Vidéoprotection - caméras nomades",
       "Vidéoprotection {q}", "Déploiement vidéoprotection - tranche {n}", "Maintenance du parc de caméras",
       "Vidéoprotection des bâtiments communaux", "Vidéoprotection - renouvellement des caméras analogiques",
       "CSU - poste d'exploitation", "Vidéoprotection - abords des écoles", "Vidéo-verbalisation"],
      ADM, ["police"], ["11"], ["2188", "2158", "6156"], tail="any", p_tail=0.35),
    T(["CSU - mur d'images", "Vidéoprotection - raccordement fibre des caméras", "Centre de supervision urbain - serveurs d'enregistrement",
       "Vidéoprotection - liaisons radio"],
      L(16, 70, 9, 30), ["police", "dsi"], ["11"], ["2183", "21538"], tail="{y}", p_tail=0.3),
    # telephony, IT of the services
    T(["Téléphonie fixe et mobile", "Péritéléphonie", "Autocommutateur - renouvellement", "Standard téléphonique",
       "Forfaits de téléphonie mobile des agents", "Téléphonie IP", "Migration ToIP", "Smartphones des agents",
       "Centre d'appels - logiciel", "Casques téléphoniques", "Téléphonie - marché de télécommunications",
       "Lignes téléphoniques des écoles - abonnements", "Liaisons opérateurs et accès internet des sites"],
      IT, ["dsi"], ["020"], ["2185", "6262", "2183"], tail="{y}", p_tail=0.3),
    T(["Logiciel finances", "Logiciel ressources humaines - paie", "GED - gestion électronique des documents",
       "Logiciel de gestion du courrier", "Licences bureautiques", "Licences antivirus", "Licences Microsoft 365",
       "Logiciels métiers - maintenance", "Outils numériques des services", "Messagerie collaborative",
       "Visioconférence - équipement des salles", "Postes de travail", "Renouvellement des postes de travail",
       "PC portables des agents", "Tablettes des élus", "Ecrans et périphériques", "Imprimantes des services",
       "Parc informatique - renouvellement", "Logiciel de gestion des salles", "Portail citoyen - démarches en ligne",
       "Site internet de la ville - refonte", "Intranet - refonte", "Logiciel des services techniques (GMAO)",
       "Logiciel de gestion des temps", "Cybersécurité - sensibilisation des agents", "Assistance utilisateurs - prestation",
       "Logiciel de gestion de la relation usagers", "Dématérialisation des factures - Chorus"],
      IT, ["dsi"], ["020"], ["2183", "2051", "6156", "205"], tail="code", p_tail=0.35),
    T(["Serveurs", "Renouvellement des serveurs", "Salle serveurs - climatisation", "Stockage et sauvegarde",
       "Baies de stockage", "Pare-feux et sécurité du réseau", "Cœur de réseau - commutateurs", "Réseau informatique des sites",
       "Infogérance des serveurs", "Plan de reprise d'activité informatique", "Hébergement des applications",
       "Câblage informatique des bâtiments", "Liaisons fibre entre les sites municipaux", "Wifi des bâtiments administratifs"],
      IT_INFRA, ["dsi"], ["020"], ["2183", "611", "2051"], tail="{y}", p_tail=0.35),
    T(["Schéma directeur informatique", "Schéma directeur des systèmes d'information", "SDSI - assistance à maîtrise d'ouvrage",
       "Audit de sécurité informatique", "Schéma directeur numérique - études", "Urbanisation du système d'information"],
      IT, ["dsi"], ["020"], ["2031", "617"], tail="{y}", p_tail=0.35),
    # participation
    T(["Budget participatif - plateforme de vote", "Budget participatif - frais d'organisation", "Budget participatif - communication",
       "Conseils de quartier - fonctionnement", "Conseil citoyen - frais de fonctionnement", "Concertation publique - prestations",
       "Conseil municipal des jeunes - fonctionnement", "Assises citoyennes - organisation", "Comités de quartier - budget de fonctionnement",
       "Plateforme de participation citoyenne - abonnement", "Budget participatif - animation des ateliers"],
      ADM, ["citoyen", "admin"], ["020", "34"], ["611", "6236", "6042"], tail="any", p_tail=0.3),
    T(["Maison de la justice et du droit - fonctionnement", "Point d'accès au droit - permanences", "Conciliateur de justice - frais",
       "Médiation - permanences juridiques"],
      L(16, 70, 10, 30), ["police", "admin"], ["11"], ["611", "6228"], tail="{y}", p_tail=0.3),
    # provisions, unforeseen, financial
    T(["Dépenses imprévues", "Dépenses imprévues de fonctionnement", "Dépenses imprévues d'investissement",
       "Crédits pour dépenses imprévues", "Dépenses imprévues - réserve"],
      FIN, ["finances"], ["01"], [], tail="{y}", p_tail=0.35, chaps=["022", "020"]),
    T(["Provision pour risques et charges", "Provision pour contentieux", "Provision pour créances douteuses",
       "Dotation aux provisions", "Provision pour litiges", "Provision - garantie d'emprunt",
       "Provision pour dépréciation des comptes de tiers", "Provision compte épargne-temps", "Provisions semi-budgétaires"],
      FIN, ["finances"], ["01"], ["68"], tail="{y}", p_tail=0.35),
    T(["Remboursement du capital des emprunts", "Emprunt - refinancement", "Capital de la dette - échéances"],
      FIN, ["finances"], ["01"], ["1641"], tail="{y}", p_tail=0.35),
    T(["Intérêts des emprunts", "ICNE", "Intérêts de la ligne de trésorerie", "Indemnités de remboursement anticipé"],
      FIN, ["finances"], ["01"], ["66111", "6688"], tail="{y}", p_tail=0.35),
    T(["Frais de ligne de trésorerie", "Frais bancaires", "Commission de non-utilisation"],
      FIN, ["finances"], ["01"], ["627", "6688"], tail="{y}", p_tail=0.35),
]


# --------------------------------------------------------------------------------------------
# 3. parks, gardens, trees, cemeteries' greening, urban farms
# --------------------------------------------------------------------------------------------

PARK_T = [
    T(["{park} - aire de jeux", "Aire de jeux {du_park}", "{park} - remplacement des jeux", "{park} - jeux d'enfants",
       "{park} : aire de jeux et sols souples", "Jeux pour enfants - {park}", "{park} - création d'une aire de jeux",
       "Aires de jeux des squares - renouvellement", "{park} - structure de jeux 2-6 ans", "{park} - toboggan et balançoires"],
      L(15, 60, 11, 40), ["ev"], ["511"], ["2128", "2312", "2188"], tail="", p_tail=0),
    T(["{park} - réfection des allées", "{park} - clôtures", "{park} - grilles et portails", "{park} - réaménagement",
       "{park} - requalification", "{park} - murets", "{park} - escaliers et cheminements", "{park} - bassin",
       "{park} - création", "{park} - extension", "Réaménagement {du_park}"],
      L(15, 70, 11, 30), ["ev"], ["511"], ["2128", "2312"], tail="", p_tail=0),
    T(["{park} - bancs et corbeilles", "{park} - mobilier", "Mobilier {du_park}", "{park} - tables de pique-nique"],
      L(15, 60, 11, 40), ["ev"], ["511"], ["2188", "2158"], tail="", p_tail=0),
    T(["{park} - plantations", "{park} - massifs", "{park} - prairie fleurie", "{park} - arrosage automatique",
       "{park} - haies", "{park} - gestion différenciée", "{park} - nichoirs et hôtels à insectes", "{park} - mare",
       "{park} - abattage et replantation", "{park} - pelouses", "{park} - renouvellement des arbres",
       "Plantations {du_park}", "{park} - roseraie"],
      L(15, 100), ["ev"], ["511"], ["2121", "2128"], tail="", p_tail=0),
    T(["Plantation d'arbres", "Plan arbres", "Plantations d'arbres {y}", "Programme de plantations", "Plan canopée - plantations",
       "Arbres - remplacement des sujets morts", "Diagnostic phytosanitaire du patrimoine arboré", "Élagage des arbres",
       "Abattage et dessouchage", "Inventaire du patrimoine arboré", "Pépinière municipale - fournitures", "Arbres fruitiers - plantation",
       "Plan de gestion des arbres", "Tuteurs et protections des jeunes arbres", "Plantation de 1 000 arbres"],
      L(15, 100), ["ev", "ens"], ["511"], ["2121", "61521", "6068"], tail="any", p_tail=0.45),
    T(["Arbres d'alignement - {rue}", "Alignements - remplacement des arbres", "Plantation d'arbres d'alignement",
       "Arbres de voirie - fosses de plantation", "{rue} - plantation d'arbres"],
      L(15, 80, 11, 20), ["ev", "voirie"], ["511"], ["2121"], tail="", p_tail=0),
    T(["Micro-forêt {qn}", "Forêt urbaine - plantation", "Micro-forêts urbaines", "Boisement {th}", "Îlot forestier - plantation"],
      L(15, 70, 13, 30), ["ev", "climat"], ["511"], ["2121"], tail="", p_tail=0),
    T(["Espaces naturels sensibles - gestion", "ENS {th} - restauration de la zone humide", "Forêt communale - travaux sylvicoles",
       "Bois {th} - plan de gestion", "Réserve naturelle - suivi écologique", "Atlas de la biodiversité communale",
       "Trame verte et bleue - études", "Corridor écologique - plantations de haies", "Lutte contre les espèces invasives",
       "Ruchers municipaux", "Pâturage - éco-pâturage des talus", "Inventaires faune-flore"],
      L(15, 100), ["ens", "ev"], ["76"], ["2117", "2128", "617"], tail="", p_tail=0),
    T(["Cimetière {th} - végétalisation des allées", "Cimetière - enherbement des inter-tombes", "Cimetière {sn} - plantations",
       "Végétalisation du cimetière", "Cimetière paysager - plantations", "Cimetière - engazonnement des allées",
       "Cimetière - désherbage alternatif et enherbement", "Cimetière communal - arbres et haies"],
      L(15, 60, 11, 40), ["cimetieres", "ev"], [], [], tail="", p_tail=0),
    T(["Ferme urbaine {qn}", "Ferme urbaine - aménagement", "Micro-ferme urbaine", "Serres de production maraîchère",
       "Ferme urbaine - serre et poulailler", "Agriculture urbaine - toits productifs", "Régie agricole - matériel maraîcher",
       "Maraîchage municipal - irrigation"],
      L(2, 70, 11, 30), ["alim", "ev"], ["631", "6318"], ["2128", "2188"], tail="", p_tail=0),
    T(["Jardins familiaux {th}", "Jardins partagés {q}", "Jardin partagé - cabanons", "Jardins familiaux - récupérateurs d'eau",
       "Potagers partagés en pied d'immeuble"],
      L(2, 60, 11, 40), ["alim", "ev", "pdv"], ["631"], ["2128"], tail="", p_tail=0),
    T(["Verger partagé {th}", "Verger conservatoire", "Verger municipal - plantations"],
      L(15, 60, 2, 40), ["ev"], ["511"], ["2121"], tail="", p_tail=0),
    T(["{zac} - jardin central", "{zac} - square", "{zac} - parc du quartier", "{zac} - plantations du mail",
       "{zac} - coulée verte", "{zac} - aménagement du jardin", "{zac} - parc urbain - tranche {n}",
       "{zac} - jardin public et aire de jeux"],
      L(15, 70, 11, 30), ["ev", "urbanisme"], ["511"], ["2312", "2128"], tail="", p_tail=0),
]


# --------------------------------------------------------------------------------------------
# 4. climate adaptation and risks (13)
# --------------------------------------------------------------------------------------------

OASIS = L(13, 50, 4, 30, 15, 20)
CLIMATE_T = [
    T(["Cour oasis - {school}", "{school} - cour oasis", "Cours oasis - programme {y}", "Cour nature - {school}",
       "{school} - cour végétalisée", "Végétalisation de la cour {de_school}", "{school} - désimperméabilisation de la cour",
       "Cours d'école végétalisées", "Cours nature - tranche {n}", "Cour de récréation végétalisée - {school}",
       "{school} - cour oasis et plantations", "Cours oasis - maîtrise d'oeuvre", "Cour résiliente - {school}",
       "Débitumage de la cour - {school}", "{school} - cour Oasis (îlot de fraîcheur)"],
      OASIS, ["educ", "climat", "batiments"], ["212", "211"], ["2312", "2313"], tail="", p_tail=0),
    T(["Crèche {p} - jardin désimperméabilisé", "Espace extérieur de la crèche {th} - végétalisation et ombrage",
       "Multi-accueil - cour oasis"],
      OASIS, ["pe"], ["4221"], ["2312"], tail="", p_tail=0),
    T(["Îlot de fraîcheur", "Îlots de fraîcheur {q}", "Création d'un îlot de fraîcheur", "Îlot de fraîcheur urbain - {rue}",
       "Plan fraîcheur - îlots", "Îlot de fraîcheur - place {th}"],
      L(13, 60, 11, 20, 15, 20), ["climat", "ev"], ["71"], ["2312", "2128"], tail="", p_tail=0),
    T(["Brumisateurs", "Brumisateurs - place {th}", "Installation de brumisateurs", "Brumisateurs mobiles",
       "Ombrières", "Ombrières {q}", "Voiles d'ombrage - {rue}", "Ombrages des places", "Ombrières textiles - aires de jeux",
       "Fontaines rafraîchissantes", "Jeux d'eau rafraîchissants", "Plan canicule - points de fraîcheur"],
      L(13, 70, 11, 30), ["climat", "voirie", "ev"], ["71"], ["2152", "2158", "2312"], tail="", p_tail=0),
    T(["Désimperméabilisation", "Désimperméabilisation des sols - {rue}", "Désimperméabilisation parking {th}",
       "Désimperméabilisation des espaces publics", "Programme de désimperméabilisation", "Débitumage {q}",
       "Désimperméabilisation et infiltration des eaux pluviales", "Revêtements perméables - parkings"],
      L(13, 60, 6, 20, 11, 20), ["climat", "voirie", "eau"], ["71"], ["2312", "2151"], tail="", p_tail=0),
    T(["Plan canicule - pièces rafraîchies dans les résidences seniors", "Registre canicule - appels aux personnes vulnérables",
       "Salles rafraîchies - plan canicule"],
      L(13, 60, 3, 40), ["seniors", "climat"], ["71"], [], tail="{y}", p_tail=0.3),
    T(["PAPI - actions de prévention des inondations", "Prévention des inondations", "Digue {th} - confortement",
       "Bassin de rétention des crues", "Champ d'expansion des crues - aménagement", "Repères de crues - pose",
       "PPRI - études", "GEMAPI - travaux de protection", "Clapets anti-retour - quais", "Batardeaux amovibles",
       "Surveillance hydrométrique des cours d'eau", "Système d'alerte crues", "Station de pompage des crues - fiabilisation",
       "Ouvrages de protection contre les crues - inspection", "Ruissellement - aménagements d'hydraulique douce",
       "Zone d'expansion des crues {th}", "Digues - visite technique approfondie"],
      L(13, 80, 11, 20), ["risques", "eau"], ["735"], ["2312", "2315", "617"], tail="{y}", p_tail=0.25),
    T(["Inspection des carrières", "Inspection générale des carrières - convention", "Carrières souterraines - confortement",
       "Comblement de cavités souterraines - {rue}", "Consolidation des anciennes carrières", "Carrières - sondages et injections",
       "Cavités souterraines - recensement", "Marnières - comblement", "Catiches - consolidation", "Injection de coulis - carrières",
       "Effondrement de cavité - mise en sécurité", "Carrières sous voirie - confortement", "Cavités - étude de risque",
       "Surveillance des carrières souterraines", "Carrières - travaux de consolidation {q}"],
      L(13, 100), ["risques"], ["71"], ["2312", "617", "2315"], tail="{y}", p_tail=0.25),
    T(["Falaise {th} - confortement", "Mouvements de terrain - instrumentation", "Retrait-gonflement des argiles - diagnostic",
       "Chutes de blocs - filets de protection", "Glissement de terrain - confortement du talus"],
      L(13, 100), ["risques"], ["71"], ["2312", "617"], tail="{y}", p_tail=0.3),
    T(["Plan communal de sauvegarde - mise à jour", "DICRIM - édition", "Sirènes d'alerte", "Réserve communale de sécurité civile - équipement",
       "Kits de crise - PCS", "Exercice de gestion de crise"],
      L(13, 70, 16, 30), ["risques", "police"], [], [], tail="{y}", p_tail=0.3),
    T(["Plan climat", "PCAET - élaboration", "Plan climat - études", "Bilan carbone du patrimoine", "Bilan des émissions de gaz à effet de serre",
       "Plan d'adaptation au changement climatique", "Stratégie d'adaptation - diagnostic de vulnérabilité", "Plan climat air énergie - animation",
       "Budget vert - accompagnement", "Cartographie des îlots de chaleur", "Capteurs de température - réseau urbain",
       "Plan climat - concertation", "Trajectoire bas carbone - AMO", "Fresque du climat - ateliers agents"],
      L(13, 100), ["climat"], ["71"], ["617", "2031", "611"], tail="{y}", p_tail=0.35),
    T(["Débroussaillement obligatoire - défense contre les incendies de forêt", "DFCI - pistes et citernes",
       "Obligations légales de débroussaillement - contrôle"],
      L(13, 70, 15, 30), ["risques", "ens"], [], [], tail="{y}", p_tail=0.3),
]


# --------------------------------------------------------------------------------------------
# 5. waste and cleanliness (12)
# --------------------------------------------------------------------------------------------

WASTE_T = [
    T(["Garage de la propreté - réfection", "Garage propreté {qn} - vestiaires", "Atelier de propreté - mise aux normes",
       "Base de propreté {qn}", "Atelier du service propreté - toiture", "Dépôt de collecte - réaménagement",
       "Dépôt de la propreté - aire de lavage", "Locaux de la propreté - extension", "Atelier de maintenance des bennes",
       "Garage des bennes - ventilation", "Base de nettoiement - sanitaires des agents", "Centre de propreté - réhabilitation",
       "Atelier propreté - séparateur d'hydrocarbures", "Dépôt propreté - portail et clôture"],
      L(12, 85, 11, 15), ["proprete", "dechets", "batiments"], ["72", "720"], ["2313", "2135"], tail="addr", p_tail=0.3),
    T(["Corbeilles de rue", "Corbeilles de propreté", "Corbeilles bi-flux", "Corbeilles de tri - espaces publics",
       "Cendriers de rue", "Distributeurs de sacs canins", "Corbeilles compactantes solaires", "Corbeilles - renouvellement",
       "Corbeilles de rue {q}"],
      L(12, 60, 11, 40), ["proprete"], ["72", "720"], ["2158", "2188"], tail="", p_tail=0),
    T(["Laveuse de chaussée", "Laveuse haute pression", "Laveuse de trottoirs", "Arroseuse laveuse", "Balayeuse aspiratrice",
       "Balayeuse compacte", "Micro-balayeuse électrique", "Aspirateur urbain électrique", "Glouton - aspirateur de déchets",
       "Laveuse - renouvellement", "Balayeuse de voirie", "Engins de nettoiement", "Petits engins de propreté",
       "Véhicules de nettoiement", "Matériel de désherbage mécanique des trottoirs", "Nettoyeur haute pression - propreté"],
      L(12, 60, 11, 40), ["proprete"], ["72", "720"], ["2182", "2157"], tail="{y}", p_tail=0.3),
    T(["Enlèvement des tags et graffitis", "Lutte contre l'affichage sauvage", "Résorption des dépôts sauvages",
       "Nettoiement des marchés", "Nettoyage des voies - prestation", "Propreté des abords des PAV", "Brigade verte - propreté"],
      L(12, 60, 11, 40), ["proprete"], ["72", "720"], ["611"], tail="any", p_tail=0.3),
    T(["Déchetterie - extension", "Déchetterie {th} - quai de déchargement", "Déchetterie - contrôle d'accès", "Déchetterie - garde-corps",
       "Recyclerie", "Ressourcerie - aménagement", "Déchetterie - zone de réemploi", "Déchetterie professionnelle",
       "Déchetterie - vidéosurveillance du site", "Centre de tri - modernisation", "Quai de transfert des déchets",
       "Déchetterie - bennes", "Déchèterie - pont bascule"],
      L(12, 100), ["dechets"], ["721", "7213"], ["2313", "2158"], tail="", p_tail=0),
    T(["Composteurs collectifs", "Composteurs individuels", "Lombricomposteurs", "Compostage partagé {q}",
       "Composteurs de quartier", "Biodéchets - tri à la source", "Biodéchets - bornes d'apport", "Collecte des biodéchets",
       "Broyeur de végétaux", "Plateforme de compostage", "Compostage en établissement - cantines", "Guides composteurs - formation"],
      L(12, 100), ["dechets", "ev"], ["721", "7211", "7213"], ["2188", "2158", "611"], tail="", p_tail=0),
    T(["Bennes à ordures ménagères", "BOM 19 tonnes", "BOM - renouvellement", "Caissons ampliroll", "Bennes déchets verts",
       "Bennes de la déchetterie", "Location de bennes", "Bacs roulants", "Bacs de collecte - renouvellement",
       "Colonnes à verre", "PAV - colonnes aériennes", "Sacs de précollecte", "Conteneurs à textiles",
       "Collecte des encombrants", "Collecte sélective - prestation", "Tri sélectif - bacs jaunes"],
      L(12, 100), ["dechets"], ["721", "7212"], ["2182", "2158", "611"], tail="{y}", p_tail=0.3),
    T(["PAV enterrés", "Conteneurs enterrés {q}", "Points d'apport volontaire enterrés", "Conteneurs semi-enterrés"],
      L(12, 80, 11, 20), ["dechets"], ["721", "7212"], ["2158"], tail="", p_tail=0),
    T(["BOM électrique", "Bennes à ordures au GNV", "BOM bioGNV - acquisition"],
      L(12, 70, 13, 30), ["dechets"], ["721", "7212"], ["2182"], tail="{y}", p_tail=0.3),
    T(["Réemploi des matériaux de chantier", "Valorisation des déchets de chantier", "Recyclage des enrobés", "Collecte des DEEE",
       "Recyclage du papier des services", "Recyclage des cartouches d'encre", "Réemploi du mobilier administratif",
       "Matériauthèque - réemploi", "Tri des déchets des services municipaux", "Recyclage des huiles usagées",
       "Filière de recyclage des menuiseries", "Achats responsables - clauses environnementales",
       "Plan de prévention des déchets", "Redevance spéciale - étude", "Tarification incitative - étude"],
      L(12, 100), ["dechets", "ctm", "climat"], ["7213", "7211"], ["611", "617"], tail="{y}", p_tail=0.3),
    T(["Ressourcerie - chantier d'insertion", "Recyclerie solidaire - subvention", "Atelier vélo de réemploi - insertion"],
      L(12, 60, 8, 40), ["dechets", "economie"], ["7213"], ["6574"], tail="{y}", p_tail=0.3),
]


# --------------------------------------------------------------------------------------------
# 6. multi-goal lines (frequent second goals) and 3-goal lines
# --------------------------------------------------------------------------------------------

MULTI_T = [
    T(["{school} - isolation thermique", "{school} - rénovation énergétique", "Isolation par l'extérieur - {school}",
       "{school} - remplacement des menuiseries", "{school} - isolation des combles", "Rénovation thermique {de_school}"],
      L(4, 50, 7, 50), ["educ", "batiments", "energie"], ["212", "211", "213"], ["21312", "2313"], tail="", p_tail=0),
    T(["{school} - chaufferie", "{school} - remplacement chaudière", "{school} - régulation du chauffage", "{school} - relamping LED",
       "{school} - ventilation double flux"],
      L(4, 60, 7, 40), ["educ", "batiments", "energie"], ["212", "211"], ["21312", "2313"], tail="", p_tail=0),
    T(["{school} - toiture", "{school} - ravalement", "{school} - réfection des sanitaires", "{school} - extension",
       "{school} - préau", "{school} - restructuration", "{school} - création de classes", "{school} - réfectoire"],
      L(4, 85, 11, 15), ["educ", "batiments"], ["212", "211", "213"], ["21312", "2313"], tail="", p_tail=0),
    T(["{school} - mise en accessibilité", "{school} - ascenseur PMR", "{school} - sanitaires PMR"],
      L(4, 50, 10, 50), ["educ", "batiments"], [], ["2313"], tail="", p_tail=0),
    T(["{school} - panneaux photovoltaïques", "Centrale solaire sur le toit {de_school}"],
      L(7, 60, 4, 40), ["energie", "batiments"], ["752"], ["2313"], tail="", p_tail=0),
    T(["Restaurant scolaire - approvisionnement bio et local", "Cantines - produits bio et locaux", "Restauration scolaire - repas végétariens",
       "Légumerie - cuisine centrale", "Restauration scolaire - lutte contre le gaspillage"],
      L(4, 60, 2, 40), ["restau", "educ"], ["281"], ["60623"], tail="{y}", p_tail=0.3),
    T(["Gymnase {sn} - toiture", "Gymnase {sn} - vestiaires", "Salle de sport {th} - sol sportif", "Stade {sn} - tribunes",
       "Complexe sportif {sn} - réhabilitation", "Piscine {th} - vestiaires", "Dojo {sn} - extension", "Halle des sports - bardage",
       "Salle omnisports {sn} - gros entretien", "Stade {th} - clôtures"],
      L(3, 85, 11, 15), ["sport", "batiments"], ["321", "322", "323"], ["21314", "2313"], tail="", p_tail=0),
    T(["Gymnase {sn} - chaudière", "Piscine {th} - récupération de chaleur", "Stade {sn} - projecteurs LED",
       "Gymnase {sn} - isolation", "Piscine - couverture thermique des bassins", "Salle de sport {th} - relamping LED"],
      L(3, 60, 7, 40), ["sport", "energie"], ["321", "322", "323"], ["2313", "21314"], tail="", p_tail=0),
    T(["Stade {sn} - terrain synthétique", "Stade {th} - gazon synthétique"],
      L(3, 80, 11, 20), ["sport"], ["322"], ["2312"], tail="", p_tail=0),
    T(["Epicerie sociale - aménagement", "Epicerie solidaire {q}", "Aide alimentaire - colis", "Banque alimentaire - subvention",
       "Restaurant solidaire - repas"],
      L(1, 60, 2, 40), ["social"], ["424", "428"], ["6574", "6042"], tail="{y}", p_tail=0.3),
    T(["Accueil de jour - extension", "Centre d'hébergement d'urgence - réhabilitation", "Halte de nuit - travaux",
       "Résidence sociale {th} - rénovation", "Maison des solidarités - aménagement"],
      L(1, 80, 11, 20), ["social", "batiments"], ["424", "428"], ["2313", "21313"], tail="", p_tail=0),
    T(["Aide aux familles monoparentales", "Accompagnement des personnes isolées", "Domiciliation des personnes sans domicile",
       "Secours d'urgence", "Aides facultatives - CCAS", "Chèques d'accompagnement personnalisé", "Maraudes sociales"],
      L(1, 80, 10, 20), ["social"], ["424", "428", "420"], ["6511", "6518", "611"], tail="{y}", p_tail=0.3),
    T(["EHPAD - rénovation des chambres", "Résidence autonomie {th} - réhabilitation", "Foyer-logement - travaux",
       "Maison de santé pluriprofessionnelle - construction", "Centre de santé {q} - aménagement"],
      L(3, 85, 11, 15), ["seniors", "sante", "batiments"], ["423", "410", "414"], ["2313", "21313"], tail="", p_tail=0),
    T(["Prévention santé des seniors", "Ateliers mémoire - seniors", "Lutte contre l'isolement des personnes âgées",
       "Portage de repas à domicile", "Téléassistance des personnes âgées"],
      L(3, 60, 10, 40), ["seniors"], ["423", "4238"], ["611", "6042"], tail="{y}", p_tail=0.3),
    T(["Salle de consommation à moindre risque - fonctionnement", "Réduction des risques - maraude santé",
       "Centre de santé - accès aux soins des précaires"],
      L(3, 70, 10, 30), ["sante"], ["412", "418"], ["6574", "611"], tail="{y}", p_tail=0.3),
    T(["Renouvellement des canalisations d'eau potable - {rue}", "Réseau d'assainissement - {rue}", "Réseau eaux usées {rue}",
       "Collecteur {th} - réhabilitation", "Branchements au réseau d'eau potable", "Station d'épuration - génie civil",
       "Réservoir d'eau potable - étanchéité", "Réseau d'eaux pluviales - {rue}", "Chemisage du collecteur {th}",
       "Mise en séparatif - {rue}"],
      L(6, 85, 11, 15), ["eau"], ["732", "733", "731"], ["21531", "21532", "2315"], tail="", p_tail=0),
    T(["Bassin d'orage {th}", "Noues d'infiltration - {rue}", "Gestion intégrée des eaux pluviales", "Bassin de stockage-restitution"],
      L(6, 70, 13, 30), ["eau"], ["734"], ["21532", "2315"], tail="", p_tail=0),
    T(["Halle du marché - réhabilitation", "Marché couvert - toiture", "Halles centrales - rénovation", "Marché {th} - étals",
       "Pépinière d'entreprises - extension", "Hôtel d'entreprises - aménagement", "Locaux commerciaux - rachat et rénovation",
       "Boutique à l'essai - travaux"],
      L(8, 85, 11, 15), ["economie", "marches"], ["632", "6312"], ["2313", "2132"], tail="", p_tail=0),
    T(["Revitalisation du centre-bourg - commerces", "Action coeur de ville - commerce", "Petites villes de demain - vitrines",
       "Manager de centre-ville", "Aide à l'installation des commerces", "Signalétique commerciale du centre-ville",
       "Office de tourisme - accueil", "Aire de camping-cars - aménagement", "Tourisme - signalétique des sentiers"],
      L(8, 70, 11, 30), ["economie", "tourisme"], ["632", "633"], ["6574", "2313", "611"], tail="{y}", p_tail=0.3),
    T(["Réfection de chaussée - {rue}", "{rue} - chaussée et trottoirs", "Requalification {de_rue}", "{rue} - enrobés",
       "Voirie communale - programme de réfection", "Renforcement de chaussée {th}", "Giratoire {th}", "Carrefour {th} - feux tricolores",
       "Voirie - reprise des nids de poule", "Ouvrages d'art - inspection", "Pont {th} - réparation"],
      L(11, 80, 9, 20), ["voirie"], ["845", "84", "844"], ["2151", "2315", "615231"], tail="", p_tail=0),
    T(["Piste cyclable - {rue}", "Aménagement cyclable {th}", "Plan vélo - arceaux", "Bandes cyclables - {rue}",
       "Voie verte {th}", "Stationnement vélos sécurisé", "Zone de rencontre {q}", "Chemin piétonnier {th}",
       "Réseau express vélo - tranche {n}", "Double sens cyclables"],
      L(11, 70, 13, 30), ["mobilite", "voirie"], ["87", "86"], ["2151", "2152"], tail="", p_tail=0),
    T(["Végétalisation {de_rue}", "Végétalisation des rues", "{rue} - végétalisation", "Rue jardin - {rue}",
       "Permis de végétaliser - fosses", "Végétalisation des pieds d'arbres", "Plantations en pied de façade",
       "Trottoirs végétalisés {q}", "Végétalisation de l'espace public", "Fosses de plantation - {rue}"],
      L(15, 60, 11, 20, 13, 20), ["ev", "voirie", "climat"], ["511"], ["2121", "2312"], tail="", p_tail=0),
    T(["Cour égalitaire - {school}", "Cours d'école non genrées"],
      L(5, 50, 4, 30, 11, 20), ["educ", "egalite"], [], [], tail="", p_tail=0),
    T(["Parc {th} - noues et gestion des eaux pluviales", "Jardin de pluie - {park}", "Jardins de pluie {q}"],
      L(15, 50, 6, 30, 13, 20), ["ev", "eau"], [], [], tail="", p_tail=0),
    T(["Toiture végétalisée - {school}", "Toiture végétalisée de l'hôtel de ville", "Toitures végétalisées des équipements publics"],
      L(13, 60, 15, 40), ["climat", "batiments"], [], [], tail="", p_tail=0),
    T(["Éclairage public - passage en LED", "Éclairage public LED - {rue}", "Rénovation de l'éclairage public",
       "Candélabres LED {q}", "Extinction nocturne - horloges astronomiques", "Relamping LED de l'éclairage public"],
      L(7, 70, 11, 30), ["eclairage", "energie"], ["512"], ["21534", "2315"], tail="", p_tail=0),
    T(["Réseau de chaleur - extension", "Chaufferie bois - réseau de chaleur", "Géothermie - équipements publics",
       "Raccordement au réseau de chaleur urbain", "Rénovation énergétique des bâtiments communaux", "Décret tertiaire - plan d'actions"],
      L(7, 80, 13, 20), ["energie"], ["751", "75", "758"], ["2313", "2315", "617"], tail="{y}", p_tail=0.3),
    T(["Bornes de recharge pour véhicules électriques", "IRVE - déploiement", "Flotte municipale - véhicules électriques"],
      L(7, 60, 11, 40), ["energie", "mobilite"], ["758"], ["2158", "2182"], tail="{y}", p_tail=0.3),
    T(["Fibre optique - zones d'activités", "Très haut débit - subvention au syndicat", "Wifi public - {park}",
       "Wifi public des places", "Réseau d'initiative publique - participation", "Couverture mobile - pylône"],
      L(9, 80, 11, 20), ["numterr"], ["57"], ["21533", "204"], tail="", p_tail=0),
    T(["Open data - portail", "Jumeau numérique du territoire", "Capteurs connectés - smart city", "Tiers-lieu numérique - fablab"],
      L(9, 100), ["numterr"], ["57", "67"], ["2051", "2188"], tail="{y}", p_tail=0.3),
    T(["Logements sociaux - surcharge foncière", "Aide à la production de logements sociaux", "Garantie d'emprunt bailleur social - frais",
       "Lutte contre l'habitat indigne", "OPAH - aides aux propriétaires", "Permis de louer - contrôles"],
      L(11, 80, 1, 20), ["habitat"], ["555", "552"], ["204", "6574"], tail="{y}", p_tail=0.3),
    T(["Maison des jeunes - réhabilitation", "Espace jeunes {q} - aménagement", "Point information jeunesse - locaux",
       "Maison de quartier {th} - extension", "Centre social {qn} - toiture"],
      L(10, 85, 11, 15), ["jeunesse", "pdv"], ["338", "52"], ["2313"], tail="", p_tail=0),
    T(["Médiathèque {sn} - réaménagement", "Bibliothèque {th} - extension", "Médiathèque - rayonnages",
       "Bibliothèque de quartier - mobilier", "Médiathèque - collections"],
      L(4, 60, 11, 40), ["biblio", "culture"], ["313"], ["2313", "2184", "6065"], tail="", p_tail=0),
    T(["Mairie annexe {qn} - isolation", "Centre administratif - chaufferie bois"],
      L(16, 60, 7, 40), ["batiments"], ["020"], ["2313"], tail="", p_tail=0),
    T(["Aire d'accueil des gens du voyage - réhabilitation", "Aire d'accueil des gens du voyage - sanitaires"],
      L(11, 60, 10, 40), ["habitat", "urbanisme"], ["554"], ["2313"], tail="", p_tail=0),
    T(["Accessibilité de la voirie - abaissés de trottoirs", "Bandes podotactiles - traversées", "Mise en accessibilité des arrêts de bus",
       "Plan de mise en accessibilité de la voirie (PAVE)"],
      L(10, 70, 11, 30), ["voirie", "mobilite"], [], [], tail="", p_tail=0),
    T(["Plage {th} - poste de secours", "Plage - sanitaires et douches", "Plages - nettoyage mécanique", "Dune {th} - ganivelles",
       "Érosion du trait de côte - rechargement en sable", "Sentier du littoral - confortement"],
      L(14, 80, 11, 20), ["littoral"], ["56"], ["2312", "611"], tail="", p_tail=0),
    T(["Jumelage - échanges scolaires", "Coopération décentralisée - projet eau potable", "Aide d'urgence internationale",
       "Cotisation Cités Unies France", "Partenariat international - mission"],
      L(17, 100), [], ["045", "044", "048"], ["6574", "6281"], tail="{y}", p_tail=0.3),
    T(["Lieu d'accueil des femmes victimes de violences", "Hébergement d'urgence des femmes victimes", "Téléphones grave danger",
       "Egalité femmes-hommes - formation des agents", "Plan égalité professionnelle"],
      L(5, 80, 16, 20), ["egalite"], ["341"], ["611", "6574"], tail="{y}", p_tail=0.3),
]


# --------------------------------------------------------------------------------------------
# 7. facility acronyms, with the direction that tells their reading
# --------------------------------------------------------------------------------------------

B_WORKS = ["TOITURE", "RAVALEMENT", "REFECTION SANITAIRES", "MISE EN SECURITE", "SSI", "TGBT", "PEINTURES",
           "REFECTION DES SOLS", "EXTENSION", "REHABILITATION", "GROS ENTRETIEN", "ETANCHEITE", "FAUX PLAFONDS",
           "CLOS COUVERT", "PLOMBERIE", "MISE EN CONFORMITE ELECTRIQUE", "REMPLACEMENT PORTES", "TRAVAUX DIVERS",
           "REAMENAGEMENT", "MENUISERIES INTERIEURES", "DESENFUMAGE", "REPRISE FISSURES", "TRAVAUX", "CLOTURE"]
B_EQUIP = ["MOBILIER", "EQUIPEMENTS DIVERS", "MATERIEL", "PETIT EQUIPEMENT", "MOBILIER ET MATERIEL", "EQUIPEMENT",
           "ACQUISITION MATERIEL", "ELECTROMENAGER", "STORES", "SIGNALETIQUE"]
B_ENERGY = ["ISOLATION", "CHAUDIERE", "CHAUFFERIE", "MENUISERIES EXTERIEURES", "RELAMPING LED", "GTB",
            "POMPE A CHALEUR", "ISOLATION COMBLES", "RENOVATION ENERGETIQUE"]
B_ACCESS = ["ACCESSIBILITE", "ACCESSIBILITE PMR", "RAMPE PMR", "SANITAIRES PMR", "ELEVATEUR PMR"]

# acronym, domains, building label, equipment label, energy label, access label, fonctions, name kind
ACRO = [
    ("GS", ["educ"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["212", "213"], "p"),
    ("EM", ["educ"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["211"], "p"),
    ("EE", ["educ"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["212"], "p"),
    ("EP", ["educ"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["212"], "p"),
    ("EPP", ["educ"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["212"], "p"),
    ("ALSH", ["educ", "jeunesse"], L(4, 85, 11, 15), L(4, 100), L(4, 60, 7, 40), L(4, 50, 10, 50), ["331"], "t"),
    ("ACM", ["educ"], L(4, 85, 11, 15), L(4, 100), L(4, 60, 7, 40), L(4, 50, 10, 50), ["331"], "t"),
    ("CLSH", ["educ"], L(4, 85, 11, 15), L(4, 100), L(4, 60, 7, 40), L(4, 50, 10, 50), ["331"], "t"),
    ("CC", ["pe"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["4221"], "a"),
    ("CC", ["culture"], L(11, 100), L(11, 100), L(11, 60, 7, 40), L(10, 70, 11, 30), ["311"], "p"),
    ("CS", ["sport"], L(3, 85, 11, 15), L(3, 100), L(3, 60, 7, 40), L(3, 50, 10, 50), ["321", "325"], "p"),
    ("CS", ["pdv", "social"], L(10, 85, 11, 15), L(10, 100), L(10, 60, 7, 40), L(10, 70, 11, 30), ["52", "338"], "q"),
    ("CSC", ["pdv", "jeunesse"], L(10, 85, 11, 15), L(10, 100), L(10, 60, 7, 40), L(10, 70, 11, 30), ["52", "338"], "q"),
    ("EP", ["eclairage"], L(11, 70, 7, 30), L(11, 70, 7, 30), L(7, 70, 11, 30), None, ["512"], "ep"),
    ("MA", ["pe"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["4222"], "t"),
    ("MA", ["citoyen"], L(16, 85, 11, 15), L(16, 100), L(16, 60, 7, 40), L(10, 70, 11, 30), ["022"], "q"),
    ("HG", ["pe"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["4221"], "a"),
    ("EAJE", ["pe"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), ["4221", "4222"], "a"),
    ("RPE", ["pe"], L(4, 85, 11, 15), L(4, 100), L(4, 60, 7, 40), L(4, 50, 10, 50), ["4228"], "t"),
    ("RAM", ["pe"], L(4, 85, 11, 15), L(4, 100), L(4, 60, 7, 40), L(4, 50, 10, 50), ["4228"], "t"),
    ("CF", ["pe"], L(4, 85, 11, 15), L(4, 100), L(4, 60, 7, 40), L(4, 50, 10, 50), ["4221"], "t"),
    ("CMS", ["sante"], L(3, 85, 11, 15), L(3, 100), L(3, 60, 7, 40), L(3, 50, 10, 50), ["410", "414"], "q"),
    ("MSP", ["sante"], L(3, 85, 11, 15), L(3, 100), L(3, 60, 7, 40), L(3, 50, 10, 50), ["414"], "t"),
    ("PMI", ["sante", "social"], L(3, 80, 4, 20), L(3, 80, 4, 20), L(3, 60, 7, 40), L(3, 50, 10, 50), ["411"], "q"),
    ("EHPAD", ["seniors"], L(3, 85, 11, 15), L(3, 100), L(3, 60, 7, 40), L(3, 50, 10, 50), ["423"], "t"),
    ("RPA", ["seniors"], L(3, 85, 11, 15), L(3, 100), L(3, 60, 7, 40), L(3, 50, 10, 50), ["423"], "t"),
    ("CCAS", ["social"], L(1, 85, 11, 15), L(1, 100), L(1, 60, 7, 40), L(1, 50, 10, 50), ["420", "428"], "none"),
    ("CHRS", ["social"], L(1, 80, 11, 20), L(1, 100), L(1, 60, 7, 40), L(1, 50, 10, 50), ["424"], "t"),
    ("MDS", ["social"], L(1, 85, 11, 15), L(1, 100), L(1, 60, 7, 40), L(1, 50, 10, 50), ["420"], "q"),
    ("MJC", ["jeunesse"], L(10, 85, 11, 15), L(10, 100), L(10, 60, 7, 40), L(10, 70, 11, 30), ["338"], "q"),
    ("MPT", ["pdv", "jeunesse"], L(10, 85, 11, 15), L(10, 100), L(10, 60, 7, 40), L(10, 70, 11, 30), ["338", "52"], "q"),
    ("PIJ", ["jeunesse"], L(10, 85, 11, 15), L(10, 100), L(10, 60, 7, 40), L(10, 70, 11, 30), ["338"], "none"),
    ("EPN", ["numterr", "pdv"], L(9, 60, 10, 40), L(9, 60, 10, 40), L(9, 60, 10, 40), L(9, 60, 10, 40), [], "q"),
    ("CTM", ["ctm"], L(16, 85, 11, 15), L(16, 100), L(16, 60, 7, 40), L(10, 70, 11, 30), ["020"], "none"),
    ("ST", ["ctm"], L(16, 85, 11, 15), L(16, 100), L(16, 60, 7, 40), L(10, 70, 11, 30), ["020"], "none"),
    ("PM", ["police"], L(16, 85, 11, 15), L(16, 100), L(16, 60, 7, 40), L(10, 70, 11, 30), ["11"], "q"),
    ("CSU", ["police"], L(16, 85, 11, 15), L(16, 100), L(16, 60, 7, 40), L(10, 70, 11, 30), ["11"], "none"),
    ("HDV", ["admin", "batiments"], L(16, 85, 11, 15), L(16, 100), L(16, 60, 7, 40), L(10, 70, 11, 30), ["020"], "none"),
    ("BM", ["biblio"], L(4, 60, 11, 40), L(4, 60, 11, 40), L(4, 50, 7, 50), L(10, 70, 11, 30), ["313"], "p"),
    ("BMVR", ["biblio"], L(4, 60, 11, 40), L(4, 60, 11, 40), L(4, 50, 7, 50), L(10, 70, 11, 30), ["313"], "none"),
    ("CRR", ["conserv"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), [], "none"),
    ("CRD", ["conserv"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), [], "none"),
    ("EMM", ["conserv"], L(4, 85, 11, 15), L(4, 100), L(4, 50, 7, 50), L(4, 50, 10, 50), [], "none"),
    ("COSEC", ["sport"], L(3, 85, 11, 15), L(3, 100), L(3, 60, 7, 40), L(3, 50, 10, 50), ["321"], "p"),
    ("OT", ["tourisme"], L(8, 80, 11, 20), L(8, 100), L(8, 60, 7, 40), L(10, 70, 11, 30), ["633"], "none"),
]
ACRO_W = {"GS": 8, "EM": 7, "EE": 7, "EP": 4, "CC": 5, "CS": 4, "HG": 3, "EAJE": 3, "CMS": 3, "PMI": 3, "EHPAD": 3,
          "MJC": 3, "MPT": 3, "CTM": 3, "PM": 3, "HDV": 3, "BM": 2, "ALSH": 3, "RPA": 2, "CCAS": 3, "MA": 2}

EP_WORKS = {"RENOUVELLEMENT CANDELABRES": L(11, 70, 7, 30), "ARMOIRES DE COMMANDE": L(7, 60, 11, 40),
            "PASSAGE EN LED": L(7, 70, 11, 30), "LUMINAIRES LED": L(7, 70, 11, 30), "MAINTENANCE": L(11, 70, 7, 30),
            "ENFOUISSEMENT RESEAUX": L(11, 70, 7, 30), "MATS ET CROSSES": L(11, 70, 7, 30),
            "ILLUMINATIONS DE FIN D'ANNEE": L(11, 100), "REMPLACEMENT LANTERNES": L(11, 70, 7, 30)}


def acro_name(kind: str) -> str:
    if kind == "p":
        return up(person(0.7)) if chance(0.6) else wpick([(3, address_up()), (2, street_up())])
    if kind == "t":
        return up(pick(THEMES)) if chance(0.5) else wpick([(1, up(person(0.5))), (1, street_up())])
    if kind == "a":
        return wpick([(5, address_up()), (2, street_up()), (2, up(pick(THEMES)))])
    if kind == "q":
        return wpick([(4, up(quartier())), (3, street_up()), (2, up(person(0.6)))])
    if kind == "ep":
        return wpick([(4, street_up()), (3, "QUARTIER " + up(quartier())), (2, "SECTEUR " + up(quartier()))])
    return ""


def acro_row():
    entry = wpick([(ACRO_W.get(a[0], 1), a) for a in ACRO])
    acro, doms, bld, equip, energy, access, fcts, kind = entry
    name = acro_name(kind)
    if kind == "ep":
        work = pick(list(EP_WORKS))
        lab = EP_WORKS[work]
        fac = f"EP {name}" if chance(0.6) else "EP"
        lib = f"{fac} - {work}" if chance(0.7) else f"{work} {fac}"
    else:
        k = wpick([(55, "bld"), (20, "equip"), (10, "energy"), (6, "access"), (9, "bare")])
        if access is None and k == "access":
            k = "bld"
        work, lab = {"bld": (pick(B_WORKS), bld), "equip": (pick(B_EQUIP), equip),
                     "energy": (pick(B_ENERGY), energy), "access": (pick(B_ACCESS), access), "bare": ("", bld)}[k]
        if acro in ("CRR", "CRD", "EMM") and k == "equip" and chance(0.5):
            work, lab = pick(["INSTRUMENTS", "PIANOS", "INSTRUMENTS DE MUSIQUE"]), L(4, 80, 11, 20)
        if acro == "PMI" and k == "bld":
            lab = L(3, 80, 4, 20)
        if acro == "EPN" and k == "equip":
            work = pick(["POSTES INFORMATIQUES", "TABLETTES", "EQUIPEMENT INFORMATIQUE", "MOBILIER"])
        fac = f"{acro} {name}".strip()
        if not name and not work:
            work = pick(B_WORKS)
            lab = bld
        if not work:
            lib = fac
        else:
            fmt = wpick([(50, "{f} - {w}"), (12, "{w} {f}"), (10, "{f} {w}"), (8, "{f} : {w}"), (8, "{f}, {w}"),
                         (6, "{f} ({w})"), (6, "{w} - {f}")])
            lib = fmt.format(f=fac, w=work)
    if chance(0.12):
        lib = f"{lib} - {opcode()}" if chance(0.6) else f"{opcode()} {lib}"
    elif chance(0.08):
        lib = f"{lib} {arrdt()}"
    lib = abbreviate(lib, 0.2)
    if chance(0.08):
        lib = lib.title() if chance(0.3) else lib.lower()
        lib = re.sub(r"\b(" + re.escape(acro.lower()) + r"|" + re.escape(acro.title()) + r")\b", acro, lib)
    # the direction is what disambiguates CC, CS, EP, MA: always given for them
    p_svc = 1.0 if acro in ("CC", "CS", "EP", "MA") else 0.75
    svc = service(pick(doms)) if chance(p_svc) else ""
    fct = chap = nat = ""
    if fcts and chance(0.22 if svc else 0.6):
        fct = pick(fcts)
        if not codes_agree(lab, "", "", fct):
            fct = ""
    if acro in ("CC", "CS", "EP", "MA") and not svc:
        svc = service(doms[0])
    return lib, chap, nat, fct, svc, lab


# --------------------------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------------------------

def tpl_gen(templates, p_svc=0.67, p_codes=0.25):
    def gen():
        return from_template(pick(templates), p_svc, p_codes)
    return gen


PLAN = [  # (style name, generator, rows to keep, is_generic)
    ("1 generic + context", generic_row, 470, True),
    ("1 generic, no context", generic_bare_row, 14, True),
    ("2 administration", tpl_gen(ADMIN_T, 0.7, 0.3), 240, False),
    ("3 parks and gardens", tpl_gen(PARK_T, 0.65, 0.25), 175, False),
    ("4 climate and risks", tpl_gen(CLIMATE_T, 0.65, 0.22), 160, False),
    ("5 waste and cleanliness", tpl_gen(WASTE_T, 0.68, 0.25), 160, False),
    ("6 multi-goal", tpl_gen(MULTI_T, 0.62, 0.25), 230, False),
    ("7 acronyms", acro_row, 175, False),
]


# The example lines quoted in the brief of this slice: the slice writes its own, never these.
BRIEF_EXAMPLES = ["2019I07", "OP 1234", "DIR. PROPRETE ET DECHETS", "DGST - BATIMENTS"]


def main() -> None:
    other_libs, other_contexts = existing_lines(OTHER_PARTS, BRIEF_EXAMPLES)
    seen_libs: set[str] = set()
    seen_ctx: set[tuple[str, str, str, str]] = set()
    rows: list[list[str]] = []
    for name, gen, want, is_generic in PLAN:
        made = tries = 0
        while made < want and tries < want * 60:
            tries += 1
            lib, chap, nat, fct, svc, lab = gen()
            lib = re.sub(r"\s+", " ", lib).strip()
            key = fold(lib)
            if not key or not curation.keep(lib) or not codes_agree(lab, chap, nat, fct):
                continue
            ctx = (key, fct, nat, fold(svc))
            if ctx in seen_ctx or ctx in other_contexts:
                continue
            if is_generic and key in GENERIC_LIBS:
                # bare generic label: may come back with another context, never without one
                # when another part already has it
                if not (fct or nat or svc) and key in other_libs:
                    continue
            elif key in other_libs or key in seen_libs or key in GENERIC_LIBS:
                continue
            seen_ctx.add(ctx)
            seen_libs.add(key)
            rows.append([lib, chap, nat, fct, svc, lab])
            made += 1
        print(f"{name}: {made} rows" + ("" if made == want else f" (wanted {want})"))
    rng.shuffle(rows)
    rows = curation.conventional_rows(rows)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
