#!/usr/bin/env python3
"""Write part D of Verdir's labelled training corpus: big-city programme lines and
participatory-budget projects.

Styles this slice covers (the other slices have few of them):
  1. large-city investment programme lines, terse, built from a facility type plus an address
     or a name, without budget codes, with a `service` column holding a direction acronym and
     its mission ("DEJ - EDUCATION JEUNESSE", sometimes cut at 20 characters as exports do,
     sometimes the acronym alone). The service is often what tells the goal: an address alone
     under the education direction is a school, under early childhood a crèche, a bare name
     under green spaces is a garden;
  2. participatory-budget project titles and longer descriptions, mixed case, with
     exclamation marks or colons;
  3. facility acronyms used as prefixes (EE, EM, GS, CS, CC, HG, CMS, PMI, EHPAD, CHRS, EPN,
     MPT, MJC).

Every line follows shared/data/odd_codebook.md: at most 3 goals, multiples of 5, sum 100,
largest share first (ties: lower goal first), and the corpus conventions of parts A to C
(school roof 4:85;11:15, school insulation 4:50;7:50, gymnasium boiler 3:60;7:40, city-hall
energy renovation 16:60;7:40, accessibility of a school 4:50;10:50 and of another public
building 10:70;11:30, roads 11:80;9:20, cycling 11:70;13:30, street greening 15:60;11:20;13:20,
cours oasis 13:50;4:30;15:20, PMI 3:80;4:20, libraries 4:60;11:40, crèche buildings 4:85;11:15).

All street, person and place names are invented by combination. Libellés already present in
parts A to C (compared without case, accents or punctuation) are skipped.

Deterministic, stdlib only, no network:  python gen_part_d.py  ->  part_d.csv (same folder).
"""

from __future__ import annotations

import csv
import re

import curation
from generator_tools import L, fold, other_rows, part_setup, up

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 404)
HEADER = ["libelle", "chapitre", "nature", "fonction", "service", "labels"]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

pick, wpick = draw.pick, draw.wpick


# --------------------------------------------------------------------------------------------
# directions (invented big-city departments): acronym, mission
# --------------------------------------------------------------------------------------------

DIRS = {
    "DEJ": "EDUCATION JEUNESSE",
    "DPE": "PETITE ENFANCE",
    "DVM": "VOIRIE ET MOBILITES",
    "DEV": "ESPACES VERTS ET NATURE",
    "DSP": "SPORTS",
    "DAC": "CULTURE",
    "DSI": "SYSTEMES D'INFORMATION",
    "DBAT": "PATRIMOINE BATI",
    "DSOL": "SOLIDARITES",
    "DLOG": "LOGEMENT HABITAT",
    "DECO": "ECONOMIE EMPLOI",
    "DPROP": "PROPRETE DECHETS",
    "DEAU": "EAU ASSAINISSEMENT",
    "DRISQ": "RISQUES MAJEURS",
    "DCIT": "CITOYENNETE",
    "DSAN": "SANTE PUBLIQUE",
    "DAUT": "AUTONOMIE SENIORS",
    "DURB": "URBANISME AMENAGEMENT",
    "DTE": "TRANSITION ECOLOGIQUE",
    "DENER": "ENERGIE ECLAIRAGE PUBLIC",
    "DNUM": "NUMERIQUE INNOVATION",
    "DQV": "QUARTIERS POLITIQUE DE LA VILLE",
    "DJVA": "JEUNESSE VIE ASSOCIATIVE",
    "DEGA": "EGALITE FEMMES HOMMES",
    "DALI": "ALIMENTATION DURABLE",
    "DMER": "MER ET LITTORAL",
    "DFIN": "FINANCES",
    "DRI": "RELATIONS INTERNATIONALES",
    "DSEC": "SECURITE PREVENTION",
    "DAG": "AFFAIRES GENERALES",
    "DACC": "ACCESSIBILITE HANDICAP",
    "DFUN": "CIMETIERES",
    "DPAH": "PATRIMOINE ARCHITECTURE",
}


def svc(code: str) -> str:
    full = f"{code} - {DIRS[code]}"
    form = wpick([(55, "full"), (27, "cut"), (18, "acro")])
    if form == "full":
        return full
    if form == "cut" and len(full) > 20:
        return full[:20].rstrip(" -'")
    return code


# --------------------------------------------------------------------------------------------
# invented names
# --------------------------------------------------------------------------------------------

FIRST = ["Jeanne", "Lucien", "Albert", "Marcel", "Suzanne", "Odette", "Gaston", "Henriette", "Fernand",
         "Léonie", "Augustin", "Clémence", "Eugène", "Marthe", "Victorine", "Armand", "Blanche", "César",
         "Denise", "Émilienne", "Félicien", "Germaine", "Honoré", "Irène", "Jules", "Louise", "Maurice",
         "Noémie", "Oscar", "Pauline", "Raymond", "Simone", "Théophile", "Urbain", "Valentine", "Yvonne",
         "Adrien", "Berthe", "Camille", "Désiré", "Élise", "Firmin", "Gabrielle", "Hector", "Isidore",
         "Joséphine", "Léon", "Madeleine", "Narcisse", "Olympe", "Rosalie", "Anselme", "Mathilde",
         "Prosper", "Hortense", "Edmond", "Philomène", "Ambroise", "Clotilde", "Achille"]
SURN = ["Barrault", "Moreau", "Thibaud", "Dufresne", "Lambertin", "Chassagne", "Vernier", "Rousselot",
        "Boissière", "Marchandeau", "Fauchier", "Legris", "Darmancourt", "Vignal", "Perrigault", "Soubiran",
        "Berthelin", "Galmiche", "Hautecoeur", "Jouvenel", "Lacombe", "Maillefer", "Normandin", "Oudart",
        "Quentard", "Riboulet", "Sarrazin", "Tournemine", "Vallerand", "Aubriot", "Besnard", "Coudray",
        "Delorme", "Estienne", "Fourcade", "Guérineau", "Herbelin", "Jacquemin", "Lardenois", "Moutardier",
        "Naudin", "Pasquier", "Rochegude", "Trémoulet", "Vauquelin", "Cormier", "Flamant", "Girodet",
        "Lescure", "Mercadier", "Pelletan", "Rougemont", "Thoraval", "Bouchardy", "Caillaux", "Dumontet",
        "Favreau", "Gonthier", "Lemaunier", "Pradelles", "Castagnier", "Bréhaut", "Sauvanet", "Carrelet",
        "Doucerain", "Espinasse", "Frémicourt", "Hennequart", "Labarthe", "Mazelier", "Orsenne", "Pontillac",
        "Rivaudeau", "Sénéchal", "Tissandier", "Vaugrenard", "Allemane", "Bonnefoy", "Chabanel", "Delpeuch"]
TITLES = ["du Docteur", "du Général", "du Commandant", "de l'Abbé", "du Professeur", "des Frères",
          "du Capitaine", "du Pasteur", "du Colonel", "de l'Ingénieur"]
THEMES = ["des Marronniers", "des Tilleuls", "des Peupliers", "des Glycines", "des Lilas", "du Moulin",
          "des Tanneurs", "des Vanniers", "de la Forge", "des Cordiers", "des Tisserands", "du Puits",
          "de la Fontaine Rouge", "des Carrières", "du Canal", "des Écluses", "des Prés", "des Vignes",
          "du Coteau", "des Sablons", "de la Gare", "du Prieuré", "des Remparts", "des Aubépines",
          "des Charmilles", "des Ormeaux", "des Noisetiers", "des Saules", "des Bruyères", "du Verger",
          "des Jonquilles", "des Mésanges", "des Alouettes", "des Hirondelles", "de la Halle", "du Four",
          "des Bateliers", "des Maraîchers", "des Potiers", "du Belvédère", "des Cascades", "du Viaduc",
          "des Filatures", "des Lavandières", "de l'Arsenal", "du Bastion", "de la Poudrerie", "des Arcades",
          "du Clos Fleuri", "des Cèdres", "des Platanes", "des Acacias", "des Roseaux", "des Quatre Vents",
          "de la Butte", "du Plateau", "de la Chapelle", "du Pressoir", "des Granges", "de la Tuilerie",
          "des Papetiers", "des Chaudronniers", "des Meuniers", "de la Corderie", "des Blanchisseurs",
          "du Pont Levis", "des Étuves", "des Bergeronnettes", "des Pivoines", "des Capucines", "des Iris",
          "des Frênes", "des Bouleaux", "des Merisiers", "des Sorbiers", "de la Sablière", "du Lavoir",
          "de l'Octroi", "des Haras", "de la Manufacture", "des Forgerons", "du Marché aux Herbes",
          "des Coutures", "des Jardiniers", "de la Verrerie", "des Mariniers", "des Ardoisiers",
          "de la Briqueterie", "du Bief", "des Gabares", "du Gué", "des Fontenelles", "de la Ramée",
          "des Courtils", "de la Noue", "des Longs Champs", "des Hauts Vents", "du Bocage"]
STREET_TYPES = [(46, "rue"), (10, "avenue"), (8, "boulevard"), (7, "allée"), (5, "impasse"), (5, "passage"),
                (4, "quai"), (5, "chemin"), (3, "villa"), (3, "cité"), (2, "sente"), (2, "cours")]
ABBR = {"avenue": ["AV", "AVENUE", "AV."], "boulevard": ["BD", "BOULEVARD", "BLD"], "impasse": ["IMP", "IMPASSE"],
        "allée": ["ALLEE", "ALL."], "chemin": ["CHEMIN", "CH"], "passage": ["PASSAGE", "PSGE"]}
QUARTIERS = ["Nord", "Sud", "Est", "Ouest", "Centre", "des Tanneurs", "du Bas-Vallon", "des Grands Prés",
             "de la Butte", "des Filatures", "du Port Sec", "de la Ramée", "des Hauts Vents", "du Bocage",
             "des Coutures", "de l'Arsenal", "des Courtils", "du Clos Fleuri", "de la Manufacture",
             "des Sablières", "du Val d'Orge", "des Noues", "de la Verrerie", "des Charmilles", "Saint-Fiacre",
             "Saint-Amand", "des Jardiniers", "du Belvédère", "des Bateliers", "Gare-Lavoir", "Haut-Perché",
             "des Quatre Chemins", "de la Croix des Sœurs", "du Moulin Brûlé", "Bellefeuille", "Montclair"]
SAINTS = ["Saint-Aubin", "Saint-Médard", "Sainte-Clotilde", "Saint-Fiacre", "Saint-Léger", "Notre-Dame-des-Prés",
          "Saint-Gervais", "Saint-Eutrope", "Sainte-Solange", "Saint-Amand", "Saint-Hilarion",
          "Sainte-Radegonde", "Saint-Évroult", "Notre-Dame-du-Gué", "Saint-Symphorien", "Saint-Lubin",
          "Sainte-Odile", "Saint-Génulf", "Saint-Pantaléon", "Sainte-Bathilde"]
BEACHES = ["des Oursins", "de la Pointe Grise", "du Grand Large", "des Goélands", "de Port-Marin",
           "des Sables Blancs", "de la Calanque Rousse", "du Phare Vert", "des Cabanons", "de l'Anse Dorée",
           "des Mouettes", "du Fortin", "des Estivants", "de la Conche", "des Pêcheurs"]
PORTS = ["port des Tartanes", "port de la Madrague Neuve", "vieux port de l'Anse", "port du Fortin",
         "port de plaisance des Goélands", "port de la Conche"]
TWINS = ["Dounkassa", "Mbaleko", "San Estevo", "Valmorra", "Kirchenbach-Süd", "Lovenska", "Oradia", "Tambali",
         "Ngouma", "Porto Bravo", "Sidi Ameur", "Kassoré", "Villanueva del Campo", "Hollenberg", "Tarnavo",
         "Boukarou", "Santa Iria", "Dalmaro"]


def person(with_first: float = 0.7) -> str:
    if rng.random() < with_first:
        return f"{pick(FIRST)} {pick(SURN)}"
    if rng.random() < 0.25:
        return f"{pick(TITLES)} {pick(SURN)}"
    return pick(SURN)


def street_name() -> tuple[str, str]:
    """Return (type, name) in mixed case, e.g. ('rue', 'des Marronniers')."""
    t = wpick(STREET_TYPES)
    name = pick(THEMES) if rng.random() < 0.5 else person(0.6)
    return t, name


def street_mixed(t: str, name: str) -> str:
    return f"{t} {name}"


def street_up(t: str, name: str) -> str:
    tt = pick(ABBR[t]) if t in ABBR else up(t)
    return f"{tt} {up(name)}"


def number() -> str:
    n = rng.choice([rng.randint(1, 30), rng.randint(1, 80), rng.randint(1, 160)])
    r = rng.random()
    if r < 0.08:
        return f"{n} BIS"
    if r < 0.14:
        return f"{n}-{n + rng.choice([2, 4, 6])}"
    return str(n)


def address_up() -> str:
    t, n = street_name()
    return f"{number()} {street_up(t, n)}"


def street_only_up() -> str:
    t, n = street_name()
    return street_up(t, n)


def loc_up(p_addr: float = 0.65, p_street: float = 0.2) -> str:
    """Address, street or a person's name, upper case."""
    r = rng.random()
    if r < p_addr:
        return address_up()
    if r < p_addr + p_street:
        return street_only_up()
    return up(person(0.75))


def quartier_up() -> str:
    return up(pick(QUARTIERS))


# --------------------------------------------------------------------------------------------
# facility categories and work types
# --------------------------------------------------------------------------------------------
# A work kind maps to a label through the category's rule set.

WORKS = {
    "bld": ["RAVALEMENT", "TOITURE", "REFECTION TOITURE", "ETANCHEITE", "ETANCHEITE TOITURE TERRASSE",
            "REFECTION SANITAIRES", "SANITAIRES", "MISE EN SECURITE", "MISE EN SECURITE INCENDIE", "SSI",
            "REMPLACEMENT SSI", "TGBT", "REMPLACEMENT TGBT", "MISE AUX NORMES ELECTRIQUES", "PEINTURES",
            "REFECTION DES SOLS", "RESTRUCTURATION", "EXTENSION", "REHABILITATION", "GROS ENTRETIEN",
            "FACADES", "CHARPENTE", "FAUX PLAFONDS", "CLOS COUVERT", "PLOMBERIE", "REPRISE DES FISSURES",
            "CONFORTEMENT", "REAMENAGEMENT", "RENOVATION", "ECLAIRAGE DE SECURITE", "REMPLACEMENT ASCENSEUR",
            "DESENFUMAGE", "COUVERTURE ZINC", "REFECTION CHENEAUX", "ESCALIER DE SECOURS",
            "CONTROLE D'ACCES", "REFECTION ACCUEIL", "DEMOLITION RECONSTRUCTION", "CONSTRUCTION",
            "REMPLACEMENT PORTES", "REFECTION HALL", "LOCAUX TECHNIQUES", "ETUDES DE DIAGNOSTIC",
            "MAITRISE D'OEUVRE", "TRAVAUX DE CLOS ET COUVERT", "MISE EN CONFORMITE"],
    "energy50": ["ISOLATION THERMIQUE", "ISOLATION", "ISOLATION DES COMBLES", "RENOVATION ENERGETIQUE",
                 "ISOLATION PAR L'EXTERIEUR", "PLAN CLIMAT - RENOVATION THERMIQUE", "RENOVATION THERMIQUE",
                 "RACCORDEMENT RESEAU DE CHALEUR"],
    "energy60": ["CHAUDIERE", "REMPLACEMENT CHAUDIERE", "CHAUFFERIE", "SOUS-STATION CHAUFFAGE",
                 "MENUISERIES EXTERIEURES", "REMPLACEMENT FENETRES", "GTB", "GESTION TECHNIQUE CENTRALISEE",
                 "VENTILATION DOUBLE FLUX", "POMPE A CHALEUR", "CTA", "RELAMPING LED", "ECLAIRAGE LED",
                 "REGULATION CHAUFFAGE", "DOUBLE VITRAGE"],
    "access": ["ACCESSIBILITE", "MISE EN ACCESSIBILITE", "ACCESSIBILITE PMR", "ASCENSEUR PMR", "ELEVATEUR PMR",
               "SANITAIRES PMR", "RAMPE D'ACCES PMR", "AD'AP", "AD'AP - TRANCHE 2", "BOUCLE MAGNETIQUE"],
    "pv": ["PANNEAUX PHOTOVOLTAIQUES", "CENTRALE SOLAIRE EN TOITURE", "PHOTOVOLTAIQUE EN TOITURE"],
    "greenroof": ["TOITURE VEGETALISEE", "VEGETALISATION TOITURE"],
}

SCHOOL_EXTRA_BLD = ["REFECTION COUR", "PREAU", "REFECTOIRE", "OFFICE DE RESTAURATION", "SALLES DE CLASSE",
                    "CREATION DE 2 CLASSES", "CREATION D'UNE CLASSE", "BATIMENTS MODULAIRES",
                    "BCD", "SALLE POLYVALENTE", "SANITAIRES ELEVES", "CLOTURE ET PORTAIL", "LOGE GARDIEN",
                    "ESPACE PERISCOLAIRE", "SALLE DES MAITRES", "REFECTION DU PREAU", "ESCALIERS"]
SCHOOL_EXTRA_BLD_EM = ["DORTOIR", "SALLE DE MOTRICITE", "SANITAIRES MATERNELLE", "SALLE DE REPOS"]
CRECHE_EXTRA_BLD = ["BIBERONNERIE", "SALLE DE CHANGE", "ESPACE EXTERIEUR", "DORTOIRS", "EXTENSION 12 BERCEAUX",
                    "CREATION DE 20 PLACES", "BIBERONNERIE ET LINGERIE", "SOLS SOUPLES", "SECTION DES BEBES",
                    "CUISINE", "SALLE D'EVEIL", "JARDIN - SOLS SOUPLES"]
SPORT_EXTRA_BLD = ["VESTIAIRES", "VESTIAIRES ET DOUCHES", "SOL SPORTIF", "PARQUET", "TRIBUNES", "GRADINS",
                   "BARDAGE", "CLOTURES", "LOCAL DE RANGEMENT", "SANITAIRES PUBLIC", "SALLE DE MUSCULATION",
                   "MUR D'ESCALADE - SECURISATION", "REFECTION DES DOUCHES", "CLUB-HOUSE"]
STADE_EXTRA = {"PELOUSE SYNTHETIQUE": L(3, 80, 11, 20), "GAZON SYNTHETIQUE": L(3, 80, 11, 20),
               "TERRAIN SYNTHETIQUE": L(3, 80, 11, 20), "PISTE D'ATHLETISME": L(3, 85, 11, 15),
               "DRAINAGE TERRAIN": L(3, 85, 11, 15), "ARROSAGE TERRAIN": L(3, 85, 11, 15),
               "PROJECTEURS LED": L(3, 60, 7, 40), "ECLAIRAGE TERRAIN LED": L(3, 60, 7, 40),
               "VESTIAIRES FEMININS": L(3, 60, 5, 40), "MAIN COURANTE": L(3, 85, 11, 15),
               "ABRIS DE TOUCHE": L(3, 85, 11, 15), "SAUTOIR LONGUEUR": L(3, 85, 11, 15)}
POOL_EXTRA = {"TRAITEMENT D'AIR": L(3, 70, 7, 30), "DESHUMIDIFICATION": L(3, 70, 7, 30),
              "TRAITEMENT D'EAU": L(3, 85, 11, 15), "FILTRATION": L(3, 85, 11, 15),
              "CARRELAGE BASSIN": L(3, 85, 11, 15), "PLAGES ET CARRELAGE": L(3, 85, 11, 15),
              "PATAUGEOIRE": L(3, 90, 11, 10), "PENTAGLISSE": L(3, 90, 11, 10), "PLONGEOIRS": L(3, 90, 11, 10),
              "BACHES THERMIQUES": L(3, 60, 7, 40), "RECUPERATION DE CHALEUR EAUX DE VIDANGE": L(7, 60, 3, 40),
              "VESTIAIRES COLLECTIFS": L(3, 85, 11, 15), "FOND MOBILE": L(3, 90, 11, 10),
              "BASSIN NORDIQUE": L(3, 90, 11, 10)}

# category -> rules. G: main goal; labels for each work kind; prefixes (upper) with weights.
CATS = {
    "ecole": dict(
        prefixes=[(16, "GS"), (14, "EE"), (14, "EM"), (6, "ECOLE"), (4, "GROUPE SCOLAIRE"),
                  (3, "ECOLE ELEMENTAIRE"), (3, "ECOLE MATERNELLE"), (2, "ECOLE POLYVALENTE"),
                  (2, "EC. ELEM."), (2, "EC. MAT.")],
        bare=L(4, 85, 11, 15), bld=L(4, 85, 11, 15), energy50=L(4, 50, 7, 50), energy60=L(4, 60, 7, 40),
        access=L(4, 50, 10, 50), pv=L(7, 60, 4, 40), greenroof=L(13, 60, 15, 40),
        extra_bld=SCHOOL_EXTRA_BLD,
        extra={"COUR OASIS": L(13, 50, 4, 30, 15, 20), "COUR OASIS - DESIMPERMEABILISATION": L(13, 50, 4, 30, 15, 20),
               "DESIMPERMEABILISATION COUR": L(13, 50, 4, 30, 15, 20), "COUR OASIS - TRANCHE 2": L(13, 50, 4, 30, 15, 20),
               "COUR OASIS ET PLANTATIONS": L(13, 50, 4, 30, 15, 20),
               "BRISE-SOLEIL": L(4, 70, 13, 30), "STORES EXTERIEURS": L(4, 70, 13, 30),
               "PROTECTIONS SOLAIRES": L(4, 70, 13, 30),
               "MOBILIER": L(4, 100), "MOBILIER SCOLAIRE": L(4, 100), "JEUX DE COUR": L(4, 100),
               "EQUIPEMENT OFFICE": L(4, 100),
               "CABLAGE INFORMATIQUE": L(4, 70, 9, 30), "WIFI": L(4, 70, 9, 30), "ECRANS NUMERIQUES": L(4, 80, 9, 20),
               "VIDEOPROJECTEURS INTERACTIFS": L(4, 80, 9, 20),
               "ALARME PPMS": L(4, 80, 16, 20), "VIDEOPHONES PPMS": L(4, 80, 16, 20),
               "COUR EGALITAIRE": L(5, 50, 4, 30, 11, 20), "POTAGER PEDAGOGIQUE": L(2, 60, 4, 40),
               "VENTILATION - QUALITE DE L'AIR": L(4, 60, 3, 40), "CAPTEURS CO2": L(4, 60, 3, 40),
               "FONTAINES A EAU": L(4, 80, 6, 20)},
        mix=[(48, "bld"), (9, "energy50"), (8, "energy60"), (6, "access"), (2, "pv"), (1, "greenroof"),
             (16, "extra"), (10, "bare")],
        svc=[(70, "DEJ"), (22, "DBAT"), (8, "DTE")], home="DEJ"),
    "creche": dict(
        prefixes=[(16, "CC"), (10, "HG"), (16, "CRECHE"), (6, "CRECHE COLLECTIVE"), (8, "MULTI-ACCUEIL"),
                  (5, "EAJE"), (3, "HALTE-GARDERIE"), (3, "JARDIN D'ENFANTS"), (3, "RELAIS PETITE ENFANCE"),
                  (2, "CRECHE FAMILIALE")],
        bare=L(4, 85, 11, 15), bld=L(4, 85, 11, 15), energy50=L(4, 50, 7, 50), energy60=L(4, 60, 7, 40),
        access=L(4, 50, 10, 50), pv=L(7, 60, 4, 40), greenroof=L(13, 60, 15, 40),
        extra_bld=CRECHE_EXTRA_BLD,
        extra={"MOBILIER": L(4, 100), "EQUIPEMENT BIBERONNERIE": L(4, 100), "JEUX EXTERIEURS": L(4, 100),
               "MATERIEL DE PUERICULTURE": L(4, 100),
               "STORES EXTERIEURS": L(4, 70, 13, 30), "BRISE-SOLEIL": L(4, 70, 13, 30),
               "JARDIN - DESIMPERMEABILISATION": L(13, 50, 4, 30, 15, 20),
               "ESPACE EXTERIEUR OASIS": L(13, 50, 4, 30, 15, 20),
               "VIDEOPHONE": L(4, 80, 16, 20), "QUALITE DE L'AIR INTERIEUR": L(4, 60, 3, 40)},
        mix=[(52, "bld"), (9, "energy50"), (8, "energy60"), (5, "access"), (1, "pv"), (1, "greenroof"),
             (12, "extra"), (12, "bare")],
        svc=[(80, "DPE"), (20, "DBAT")], home="DPE"),
    "loisirs": dict(
        prefixes=[(5, "CENTRE DE LOISIRS"), (3, "ACCUEIL DE LOISIRS"), (2, "CENTRE DE LOISIRS MATERNEL"),
                  (2, "CENTRE DE VACANCES")],
        bare=L(4, 85, 11, 15), bld=L(4, 85, 11, 15), energy50=L(4, 50, 7, 50), energy60=L(4, 60, 7, 40),
        access=L(4, 50, 10, 50), pv=L(7, 60, 4, 40), greenroof=L(13, 60, 15, 40), extra_bld=[],
        extra={"MOBILIER": L(4, 100), "JEUX EXTERIEURS": L(4, 100)},
        mix=[(60, "bld"), (10, "energy60"), (5, "access"), (10, "extra"), (15, "bare")],
        svc=[(100, "DEJ")], home="DEJ"),
    "conservatoire": dict(
        prefixes=[(6, "CONSERVATOIRE"), (2, "CONSERVATOIRE MUNICIPAL"), (3, "ECOLE DE MUSIQUE"),
                  (2, "CRR"), (2, "ECOLE D'ARTS PLASTIQUES")],
        bare=L(4, 85, 11, 15), bld=L(4, 85, 11, 15), energy50=L(4, 50, 7, 50), energy60=L(4, 60, 7, 40),
        access=L(4, 50, 10, 50), pv=L(7, 60, 4, 40), greenroof=L(13, 60, 15, 40),
        extra_bld=["AUDITORIUM", "STUDIOS DE REPETITION", "ISOLATION PHONIQUE", "SALLES DE COURS"],
        extra={"INSTRUMENTS": L(4, 80, 11, 20), "PIANOS": L(4, 80, 11, 20), "MOBILIER": L(4, 100)},
        mix=[(55, "bld"), (8, "energy50"), (10, "energy60"), (7, "access"), (10, "extra"), (10, "bare")],
        svc=[(75, "DAC"), (25, "DBAT")], home="DAC"),
    "bibli": dict(
        prefixes=[(8, "BIBLIOTHEQUE"), (6, "MEDIATHEQUE"), (2, "BIBLIOTHEQUE JEUNESSE"),
                  (1, "BIBLIOTHEQUE DE QUARTIER"), (1, "LUDOMEDIATHEQUE")],
        bare=L(4, 60, 11, 40), bld=L(4, 60, 11, 40), access=L(10, 70, 11, 30), greenroof=L(13, 60, 15, 40),
        extra_bld=["RAYONNAGES", "SALLE DE LECTURE", "ESPACE JEUNESSE", "BANQUE D'ACCUEIL", "SALLE D'ANIMATION"],
        extra={"COLLECTIONS": L(4, 60, 11, 40), "LIVRES ET DOCUMENTS": L(4, 60, 11, 40),
               "MOBILIER": L(4, 60, 11, 40), "FONDS JEUNESSE": L(4, 70, 11, 30),
               "VEGETALISATION FACADE": L(15, 60, 13, 40)},
        mix=[(60, "bld"), (8, "access"), (17, "extra"), (15, "bare")],
        svc=[(85, "DAC"), (15, "DBAT")], home="DAC"),
    "sport": dict(
        prefixes=[(14, "GYMNASE"), (10, "CS"), (5, "CENTRE SPORTIF"), (5, "COMPLEXE SPORTIF"),
                  (3, "SALLE DE SPORT"), (2, "DOJO"), (2, "BOULODROME"), (2, "TENNIS"), (2, "SALLE OMNISPORTS"),
                  (1, "PATINOIRE"), (2, "TEP"), (2, "HALLE DES SPORTS")],
        bare=L(3, 85, 11, 15), bld=L(3, 85, 11, 15), energy50=L(3, 50, 7, 50), energy60=L(3, 60, 7, 40),
        access=L(3, 50, 10, 50), pv=L(7, 60, 3, 40), greenroof=L(13, 60, 15, 40),
        extra_bld=SPORT_EXTRA_BLD,
        extra={"MATERIEL SPORTIF": L(3, 100), "AGRES": L(3, 100), "BUTS ET FILETS": L(3, 100),
               "EQUIPEMENTS SPORTIFS": L(3, 100), "MUR D'ESCALADE": L(3, 90, 11, 10),
               "VESTIAIRES FEMININS": L(3, 60, 5, 40), "TERRAIN SYNTHETIQUE": L(3, 80, 11, 20),
               "PELOUSE SYNTHETIQUE": L(3, 80, 11, 20), "ECLAIRAGE LED": L(3, 60, 7, 40)},
        mix=[(52, "bld"), (6, "energy50"), (12, "energy60"), (6, "access"), (3, "pv"), (1, "greenroof"),
             (10, "extra"), (10, "bare")],
        svc=[(80, "DSP"), (20, "DBAT")], home="DSP"),
    "stade": dict(
        prefixes=[(10, "STADE"), (3, "TERRAIN"), (2, "PARC DES SPORTS")],
        bare=L(3, 85, 11, 15), bld=L(3, 85, 11, 15), energy60=L(3, 60, 7, 40), access=L(3, 50, 10, 50),
        extra_bld=["VESTIAIRES", "TRIBUNES", "CLUB-HOUSE", "CLOTURES", "SANITAIRES"],
        extra=STADE_EXTRA,
        mix=[(35, "bld"), (8, "energy60"), (5, "access"), (42, "extra"), (10, "bare")],
        svc=[(90, "DSP"), (10, "DBAT")], home="DSP"),
    "piscine": dict(
        prefixes=[(12, "PISCINE"), (4, "CENTRE AQUATIQUE"), (2, "BASSIN ECOLE")],
        bare=L(3, 85, 11, 15), bld=L(3, 85, 11, 15), energy50=L(3, 50, 7, 50), energy60=L(3, 60, 7, 40),
        access=L(3, 50, 10, 50), pv=L(7, 60, 3, 40), extra_bld=["VESTIAIRES", "HALL D'ACCUEIL", "SOLARIUM"],
        extra=POOL_EXTRA,
        mix=[(35, "bld"), (8, "energy50"), (10, "energy60"), (5, "access"), (2, "pv"), (32, "extra"), (8, "bare")],
        svc=[(85, "DSP"), (15, "DBAT")], home="DSP"),
    "culture": dict(
        prefixes=[(6, "MUSEE"), (6, "THEATRE"), (3, "SALLE DE CONCERT"), (3, "CINEMA"), (3, "AUDITORIUM"),
                  (4, "CENTRE CULTUREL"), (3, "ESPACE CULTUREL"), (2, "MAISON DES ARTS"),
                  (3, "ATELIERS D'ARTISTES"), (2, "SALLE DE SPECTACLE"), (2, "MAISON DU PATRIMOINE")],
        bare=L(11, 100), bld=L(11, 100), energy50=L(11, 60, 7, 40), energy60=L(11, 60, 7, 40),
        access=L(10, 70, 11, 30), pv=L(7, 60, 11, 40), greenroof=L(13, 60, 15, 40),
        extra_bld=["CAGE DE SCENE", "SALLE D'EXPOSITION", "RESERVES", "FOYER DES ARTISTES", "LOGES"],
        extra={"SCENOGRAPHIE": L(11, 100), "EQUIPEMENT SCENIQUE": L(11, 100), "GRILL TECHNIQUE": L(11, 100),
               "SONORISATION": L(11, 100), "FAUTEUILS": L(11, 100), "ACQUISITION OEUVRES": L(11, 100),
               "RESTAURATION DES COLLECTIONS": L(11, 100), "VEGETALISATION FACADE": L(15, 60, 13, 40)},
        mix=[(50, "bld"), (6, "energy50"), (8, "energy60"), (8, "access"), (2, "pv"), (1, "greenroof"),
             (15, "extra"), (10, "bare")],
        svc=[(75, "DAC"), (15, "DBAT"), (10, "DPAH")], home="DAC"),
    "culte": dict(
        prefixes=[(10, "EGLISE"), (2, "CHAPELLE"), (2, "TEMPLE")],
        bare=L(11, 100), bld=L(11, 100), access=L(10, 70, 11, 30),
        extra_bld=["CLOCHER", "VITRAUX", "BEFFROI", "FLECHE", "TRIBUNE D'ORGUE", "PORTAIL",
                   "MISE EN LUMIERE", "SACRISTIE", "CHARPENTE DE LA NEF", "MACONNERIES", "PARATONNERRE"],
        extra={"ORGUE": L(11, 100), "RESTAURATION DES TABLEAUX": L(11, 100), "MISE EN LUMIERE LED": L(11, 60, 7, 40),
               "CLOCHES": L(11, 100)},
        mix=[(55, "bld"), (8, "access"), (20, "extra"), (17, "bare")],
        svc=[(50, "DAC"), (30, "DPAH"), (20, "DBAT")], home="DPAH"),
    "admin": dict(
        prefixes=[(8, "MAIRIE ANNEXE"), (6, "CENTRE ADMINISTRATIF"), (3, "HOTEL DE VILLE"),
                  (6, "CENTRE TECHNIQUE"), (4, "ATELIERS MUNICIPAUX"), (3, "GARAGE MUNICIPAL"),
                  (2, "ARCHIVES MUNICIPALES"), (3, "MAIRIE DE SECTEUR"), (2, "MAISON DES SERVICES PUBLICS")],
        bare=L(16, 85, 11, 15), bld=L(16, 85, 11, 15), energy50=L(16, 60, 7, 40), energy60=L(16, 60, 7, 40),
        access=L(10, 70, 11, 30), pv=L(7, 60, 16, 40), greenroof=L(13, 60, 15, 40),
        extra_bld=["BUREAUX", "LOCAUX DU PERSONNEL"],
        extra={"MOBILIER": L(16, 100), "MOBILIER DE BUREAU": L(16, 100), "RECABLAGE INFORMATIQUE": L(9, 60, 16, 40),
               "SALLE SERVEURS": L(16, 60, 9, 40), "VIDEOPROTECTION": L(16, 100), "BORNES DE RECHARGE FLOTTE": L(7, 60, 16, 40)},
        mix=[(50, "bld"), (8, "energy50"), (10, "energy60"), (8, "access"), (3, "pv"), (1, "greenroof"),
             (10, "extra"), (10, "bare")],
        svc=[(55, "DBAT"), (45, "DAG")], home="DAG"),
    "police": dict(
        prefixes=[(6, "POSTE DE POLICE MUNICIPALE"), (4, "POSTE PM"), (2, "CENTRE DE SUPERVISION URBAINE"),
                  (2, "FOURRIERE MUNICIPALE")],
        bare=L(16, 85, 11, 15), bld=L(16, 85, 11, 15), energy60=L(16, 60, 7, 40), access=L(10, 70, 11, 30),
        extra_bld=["VESTIAIRES AGENTS", "ARMURERIE", "ACCUEIL DU PUBLIC", "SALLE DE BRIEFING"],
        extra={"MOBILIER": L(16, 100), "VIDEOPROTECTION": L(16, 100), "EQUIPEMENT RADIO": L(16, 100),
               "MUR D'IMAGES": L(16, 70, 9, 30)},
        mix=[(55, "bld"), (10, "energy60"), (7, "access"), (15, "extra"), (13, "bare")],
        svc=[(75, "DSEC"), (25, "DBAT")], home="DSEC"),
    "sante": dict(
        prefixes=[(10, "CMS"), (5, "CENTRE DE SANTE"), (3, "CENTRE MUNICIPAL DE SANTE"), (3, "CENTRE DE VACCINATION"),
                  (2, "CENTRE DE SANTE SEXUELLE"), (2, "CENTRE DENTAIRE"), (2, "MAISON DE SANTE")],
        bare=L(3, 85, 11, 15), bld=L(3, 85, 11, 15), energy50=L(3, 50, 7, 50), energy60=L(3, 60, 7, 40),
        access=L(3, 50, 10, 50), pv=L(7, 60, 3, 40),
        extra_bld=["CABINETS MEDICAUX", "SALLE D'ATTENTE", "CABINETS DE CONSULTATION", "SALLE DE SOINS"],
        extra={"MATERIEL MEDICAL": L(3, 100), "ECHOGRAPHE": L(3, 100), "REFRIGERATEURS A VACCINS": L(3, 100),
               "MOBILIER MEDICAL": L(3, 100), "LOGICIEL DOSSIER PATIENT": L(3, 70, 9, 30)},
        mix=[(55, "bld"), (6, "energy50"), (8, "energy60"), (8, "access"), (1, "pv"), (12, "extra"), (10, "bare")],
        svc=[(80, "DSAN"), (20, "DBAT")], home="DSAN"),
    "pmi": dict(
        prefixes=[(10, "PMI"), (2, "CENTRE DE PMI"), (2, "PMI ET PLANIFICATION")],
        bare=L(3, 80, 4, 20), bld=L(3, 80, 4, 20), energy50=L(3, 50, 7, 50), energy60=L(3, 60, 7, 40),
        access=L(3, 50, 10, 50), extra_bld=["SALLE DE CONSULTATION", "SALLE D'ATTENTE FAMILLES"],
        extra={"MATERIEL MEDICAL": L(3, 80, 4, 20), "TABLES DE CONSULTATION": L(3, 80, 4, 20)},
        mix=[(55, "bld"), (5, "energy50"), (8, "energy60"), (7, "access"), (10, "extra"), (15, "bare")],
        svc=[(80, "DSAN"), (20, "DPE")], home="DSAN"),
    "ehpad": dict(
        prefixes=[(10, "EHPAD"), (4, "RESIDENCE EHPAD"), (2, "UNITE ALZHEIMER")],
        bare=L(3, 85, 11, 15), bld=L(3, 85, 11, 15), energy50=L(3, 50, 7, 50), energy60=L(3, 60, 7, 40),
        access=L(3, 50, 10, 50), pv=L(7, 60, 3, 40),
        extra_bld=["CHAMBRES", "SALLES DE BAIN", "UNITE PROTEGEE", "CUISINE", "SALLE D'ACTIVITES"],
        extra={"LITS MEDICALISES": L(3, 100), "RAILS DE TRANSFERT": L(3, 100), "MOBILIER": L(3, 100),
               "PIECE RAFRAICHIE": L(3, 60, 13, 40), "CLIMATISATION SALLE COMMUNE": L(3, 60, 13, 40)},
        mix=[(50, "bld"), (8, "energy50"), (10, "energy60"), (6, "access"), (2, "pv"), (14, "extra"), (10, "bare")],
        svc=[(85, "DAUT"), (15, "DBAT")], home="DAUT"),
    "hebergement": dict(
        prefixes=[(10, "CHRS"), (6, "CENTRE D'HEBERGEMENT D'URGENCE"), (4, "HALTE DE NUIT"),
                  (4, "ACCUEIL DE JOUR"), (3, "CENTRE D'HEBERGEMENT")],
        bare=L(1, 80, 11, 20), bld=L(1, 80, 11, 20), energy50=L(1, 60, 7, 40), energy60=L(1, 60, 7, 40),
        access=L(1, 50, 10, 50), extra_bld=["CHAMBRES", "SANITAIRES COLLECTIFS", "CUISINE COLLECTIVE", "BAGAGERIE"],
        extra={"MOBILIER": L(1, 100), "LITERIE": L(1, 100), "LAVE-LINGE ET LAVERIE": L(1, 100)},
        mix=[(55, "bld"), (6, "energy50"), (8, "energy60"), (6, "access"), (10, "extra"), (15, "bare")],
        svc=[(85, "DSOL"), (15, "DBAT")], home="DSOL"),
    "social": dict(
        prefixes=[(6, "ANTENNE CCAS"), (4, "ESPACE SOLIDARITE"), (4, "PENSION DE FAMILLE"), (4, "RESIDENCE SOCIALE"),
                  (5, "BAINS-DOUCHES"), (3, "BAGAGERIE SOLIDAIRE"), (2, "MAISON DES SOLIDARITES")],
        bare=None, bld=None, mix=[(70, "bld"), (10, "energy60"), (8, "access"), (12, "bare")],
        svc=[(85, "DSOL"), (15, "DBAT")], home="DSOL"),
    "jeunesse": dict(
        prefixes=[(8, "MJC"), (7, "MPT"), (6, "CENTRE SOCIAL"), (5, "ESPACE JEUNES"), (5, "CENTRE D'ANIMATION"),
                  (5, "MAISON DE QUARTIER"), (2, "PIJ"), (2, "MAISON DES ASSOCIATIONS")],
        bare=L(10, 85, 11, 15), bld=L(10, 85, 11, 15), energy50=L(10, 60, 7, 40), energy60=L(10, 60, 7, 40),
        pv=L(7, 60, 10, 40), greenroof=L(13, 60, 15, 40),
        extra_bld=["SALLE POLYVALENTE", "STUDIO DE MUSIQUE", "SALLE D'ACTIVITES", "ACCUEIL", "CUISINE PARTAGEE"],
        extra={"MOBILIER": L(10, 100), "EQUIPEMENT": L(10, 100), "MATERIEL SON ET LUMIERE": L(10, 100)},
        mix=[(60, "bld"), (6, "energy50"), (9, "energy60"), (2, "pv"), (1, "greenroof"), (10, "extra"), (12, "bare")],
        svc=[(55, "DJVA"), (30, "DQV"), (15, "DBAT")], home="DJVA"),
    "epn": dict(
        prefixes=[(6, "EPN"), (3, "ESPACE PUBLIC NUMERIQUE"), (2, "CYBERBASE")],
        bare=L(9, 60, 10, 40), bld=L(9, 60, 10, 40), extra_bld=["SALLE INFORMATIQUE", "AMENAGEMENT"],
        extra={"POSTES INFORMATIQUES": L(9, 60, 10, 40), "EQUIPEMENT INFORMATIQUE": L(9, 60, 10, 40),
               "IMPRIMANTES 3D": L(9, 70, 4, 30), "TABLETTES": L(9, 60, 10, 40)},
        mix=[(40, "bld"), (40, "extra"), (20, "bare")],
        svc=[(80, "DNUM"), (20, "DQV")], home="DNUM"),
    "eco": dict(
        prefixes=[(6, "MARCHE COUVERT"), (4, "HALLES"), (4, "PEPINIERE D'ENTREPRISES"), (3, "HOTEL D'ENTREPRISES"),
                  (3, "MAISON DE L'EMPLOI"), (2, "OFFICE DE TOURISME"), (2, "HALLE GOURMANDE")],
        bare=L(8, 85, 11, 15), bld=L(8, 85, 11, 15), energy50=L(8, 60, 7, 40), energy60=L(8, 60, 7, 40),
        access=L(10, 70, 11, 30), pv=L(7, 60, 8, 40),
        extra_bld=["ETALS", "CHAMBRES FROIDES", "QUAI DE LIVRAISON", "BUREAUX PARTAGES", "CELLULES"],
        extra={"MOBILIER": L(8, 100), "SIGNALETIQUE": L(8, 70, 11, 30), "WIFI": L(9, 60, 8, 40)},
        mix=[(60, "bld"), (6, "energy50"), (8, "energy60"), (6, "access"), (2, "pv"), (8, "extra"), (10, "bare")],
        svc=[(85, "DECO"), (15, "DBAT")], home="DECO"),
    "femmes": dict(
        prefixes=[(5, "MAISON DES FEMMES"), (3, "HEBERGEMENT FEMMES VICTIMES"), (2, "LIEU D'ACCUEIL FEMMES"),
                  (2, "CENTRE D'ACCUEIL FEMMES VICTIMES")],
        bare=None, bld=None, mix=[(75, "bld"), (10, "extra"), (15, "bare")],
        svc=[(85, "DEGA"), (15, "DSOL")], home="DEGA"),
}

# rooms that only some administrative buildings have
ADMIN_EXTRA_BLD = {
    "MAIRIE ANNEXE": ["SALLE DES MARIAGES", "ACCUEIL DU PUBLIC", "GUICHETS", "SALLE DU CONSEIL D'ARRONDISSEMENT"],
    "MAIRIE DE SECTEUR": ["SALLE DES MARIAGES", "ACCUEIL DU PUBLIC", "GUICHETS", "SALLE DES FETES"],
    "HOTEL DE VILLE": ["SALLE DES MARIAGES", "SALLE DU CONSEIL", "ACCUEIL DU PUBLIC", "BUREAUX DES ELUS"],
    "CENTRE ADMINISTRATIF": ["ACCUEIL DU PUBLIC", "GUICHETS", "SALLES DE REUNION", "RESTAURANT ADMINISTRATIF"],
    "MAISON DES SERVICES PUBLICS": ["ACCUEIL DU PUBLIC", "GUICHETS", "BUREAUX DE PERMANENCE"],
    "CENTRE TECHNIQUE": ["VESTIAIRES AGENTS", "AIRE DE LAVAGE", "MAGASIN", "ATELIER MECANIQUE"],
    "ATELIERS MUNICIPAUX": ["VESTIAIRES AGENTS", "AIRE DE LAVAGE", "MENUISERIE", "SERRURERIE"],
    "GARAGE MUNICIPAL": ["AIRE DE LAVAGE", "FOSSE DE VIDANGE", "PONT ELEVATEUR", "VESTIAIRES AGENTS"],
    "ARCHIVES MUNICIPALES": ["MAGASINS D'ARCHIVES", "SALLE DE LECTURE", "TRAITEMENT D'AIR DES MAGASINS"],
}

# social sub-types and women's places have labels depending on the prefix
SOCIAL_LABELS = {
    "ANTENNE CCAS": (L(1, 85, 11, 15), L(1, 60, 7, 40), L(1, 50, 10, 50)),
    "ESPACE SOLIDARITE": (L(1, 85, 11, 15), L(1, 60, 7, 40), L(1, 50, 10, 50)),
    "PENSION DE FAMILLE": (L(1, 60, 11, 40), L(1, 60, 7, 40), L(1, 50, 10, 50)),
    "RESIDENCE SOCIALE": (L(1, 60, 11, 40), L(1, 60, 7, 40), L(1, 50, 10, 50)),
    "BAINS-DOUCHES": (L(1, 60, 6, 40), L(1, 60, 7, 40), L(1, 50, 10, 50)),
    "BAGAGERIE SOLIDAIRE": (L(1, 85, 11, 15), L(1, 60, 7, 40), L(1, 50, 10, 50)),
    "MAISON DES SOLIDARITES": (L(1, 85, 11, 15), L(1, 60, 7, 40), L(1, 50, 10, 50)),
}
FEMMES_LABELS = {
    "MAISON DES FEMMES": L(5, 80, 11, 20), "LIEU D'ACCUEIL FEMMES": L(5, 80, 11, 20),
    "HEBERGEMENT FEMMES VICTIMES": L(5, 60, 1, 40), "CENTRE D'ACCUEIL FEMMES VICTIMES": L(5, 60, 1, 40),
}
FEMMES_EXTRA = ["MOBILIER", "SALLES D'ECOUTE", "CONSULTATIONS - LOCAUX", "SECURISATION DES ACCES"]


def facility_name(cat: str, prefix: str) -> str:
    """Name or location that follows a facility prefix."""
    if cat in ("ecole", "creche", "sante", "pmi", "hebergement", "social", "epn", "femmes"):
        return loc_up(0.7, 0.2) if cat in ("ecole", "creche") else loc_up(0.6, 0.2)
    if cat in ("loisirs",):
        return wpick([(5, address_up()), (3, up(person(0.6))), (2, up(pick(THEMES)))])
    if cat == "stade":
        return wpick([(6, up(person(0.7))), (3, up(pick(THEMES))), (1, up("du quartier " + pick(QUARTIERS)))])
    if cat == "piscine":
        return wpick([(5, up(person(0.7))), (3, up(pick(THEMES))), (1, "DU PARC"), (1, up(pick(QUARTIERS)))])
    if cat == "culte":
        return up(pick(SAINTS)) if prefix != "TEMPLE" else up(pick(THEMES) if rng.random() < .5 else pick(QUARTIERS))
    if cat == "admin":
        if prefix in ("MAIRIE ANNEXE", "MAIRIE DE SECTEUR", "CENTRE ADMINISTRATIF", "MAISON DES SERVICES PUBLICS"):
            return wpick([(4, up(pick(QUARTIERS))), (3, street_only_up()), (2, address_up())])
        if prefix == "HOTEL DE VILLE":
            return pick(["- AILE NORD", "- AILE SUD", "- COUR D'HONNEUR", "- BATIMENT B", "- ANNEXE", "- SALLE DES FETES",
                         "- COMBLES", "- ESCALIER D'HONNEUR", "- PAVILLON EST"])
        return wpick([(5, street_only_up()), (3, address_up()), (2, up(pick(QUARTIERS)))])
    if cat == "police":
        return wpick([(5, up(pick(QUARTIERS))), (3, address_up())])
    if cat == "eco":
        return wpick([(4, up(pick(THEMES))), (3, up(pick(QUARTIERS))), (3, address_up()), (2, up(person(0.6)))])
    if cat in ("bibli", "culture", "conservatoire", "jeunesse", "sport", "ehpad"):
        return wpick([(5, up(person(0.7))), (3, up(pick(THEMES))), (2, up(pick(QUARTIERS))), (2, address_up())])
    return up(person())


def building_row(cat: str):
    c = CATS[cat]
    prefix = wpick(c["prefixes"])
    name = facility_name(cat, prefix)
    kind = wpick(c["mix"])
    # labels for the special categories
    if cat == "social":
        bld, en, acc = SOCIAL_LABELS[prefix]
        lab = {"bld": bld, "bare": bld, "energy60": en, "access": acc}[kind]
        work = pick(WORKS["bld"] + ["CHAMBRES", "SANITAIRES", "CUISINE COLLECTIVE"]) if kind == "bld" else \
            (pick(WORKS[kind]) if kind != "bare" else "")
    elif cat == "femmes":
        lab = FEMMES_LABELS[prefix]
        work = {"bld": lambda: pick(WORKS["bld"]), "extra": lambda: pick(FEMMES_EXTRA), "bare": lambda: ""}[kind]()
    else:
        if kind == "extra" and not c.get("extra"):
            kind = "bld"
        if kind not in ("bld", "bare", "extra") and kind not in c:
            kind = "bld"
        if kind == "bare":
            work, lab = "", c["bare"]
        elif kind == "bld":
            pool = WORKS["bld"] + c.get("extra_bld", []) * 2
            if cat == "admin":
                pool = pool + ADMIN_EXTRA_BLD.get(prefix, []) * 2
            if cat == "ecole" and prefix in ("EM", "ECOLE MATERNELLE", "EC. MAT."):
                pool = pool + SCHOOL_EXTRA_BLD_EM * 2
            work, lab = pick(pool), c["bld"]
        elif kind == "extra":
            work = pick(list(c["extra"]))
            lab = c["extra"][work]
        else:
            work, lab = pick(WORKS[kind]), c[kind]
    # suffixes as exports carry them
    if work and rng.random() < 0.10:
        work += pick([" - PHASE 2", " - TR1", " - TRANCHE 2", " - ETUDES", " - SOLDE", " 2E PHASE", " - MOE", " - LOT 3"])
    return prefix, name, work, lab, kind


def building_lib(cat: str):
    prefix, name, work, lab, kind = building_row(cat)
    c = CATS[cat]
    svc_code = wpick(c["svc"])
    fac = f"{prefix} {name}"
    if not work:
        lib = fac
    else:
        fmt = wpick([(55, "{f} - {w}"), (12, "{w} {f}"), (8, "{f} : {w}"), (7, "{f} ({w})"), (6, "{f}, {w}"),
                     (5, "{f} {w}"), (7, "{f} - {w}")])
        lib = fmt.format(f=fac, w=work)
    return lib, svc(svc_code), lab


# address-only lines: the direction tells the facility
ADDR_ONLY = {
    "DEJ": (L(4, 85, 11, 15), CATS["ecole"]),
    "DPE": (L(4, 85, 11, 15), CATS["creche"]),
    "DSP": (L(3, 85, 11, 15), CATS["sport"]),
    "DSOL": (L(1, 85, 11, 15), None),
    "DAC": (L(11, 100), None),
    "DJVA": (L(10, 85, 11, 15), None),
    "DSAN": (L(3, 85, 11, 15), None),
    "DLOG": (L(11, 80, 10, 20), None),
}


def address_only_row():
    code = wpick([(40, "DEJ"), (22, "DPE"), (12, "DSP"), (6, "DSOL"), (5, "DAC"), (5, "DJVA"), (4, "DSAN"), (6, "DLOG")])
    base, cat = ADDR_ONLY[code]
    addr = address_up()
    work, lab = "", base
    if cat is not None and rng.random() < 0.55:
        kind = wpick([(60, "bld"), (12, "energy50"), (12, "energy60"), (8, "access"), (8, "extra")])
        if kind == "bld":
            work, lab = pick(WORKS["bld"] + cat.get("extra_bld", [])), cat["bld"]
        elif kind == "extra":
            work = pick(list(cat["extra"]))
            lab = cat["extra"][work]
        else:
            work, lab = pick(WORKS[kind]), cat[kind]
    elif code == "DLOG" and rng.random() < 0.6:
        work = pick(["ACQUISITION AMELIORATION", "SURCHARGE FONCIERE", "LOGEMENTS SOCIAUX", "PLAI - PLUS",
                     "CONVENTIONNEMENT", "ACQUISITION-AMELIORATION 24 LOGTS", "12 LOGEMENTS SOCIAUX"])
    elif code in ("DSOL", "DJVA", "DSAN", "DAC") and rng.random() < 0.5:
        work = pick(["TOITURE", "RAVALEMENT", "SANITAIRES", "MISE EN SECURITE", "REAMENAGEMENT", "EXTENSION",
                     "PEINTURES", "TGBT", "SSI", "REFECTION DES SOLS"])
    lib = f"{addr} - {work}" if work else addr
    if work and rng.random() < 0.3:
        lib = f"{addr}, {work}"
    return lib, svc(code), lab


# bare names (no facility word): the direction tells the kind of place
LIEUX_DITS = ["les Grands Prés", "la Sablière", "le Vieux Verger", "le Clos Fleuri", "les Hauts Vents", "le Bocage",
              "les Noues", "les Courtils", "le Belvédère", "la Ramée", "les Charmilles", "les Coutures",
              "les Fontenelles", "le Moulin Brûlé", "les Quatre Chemins", "la Croix des Sœurs", "le Bief", "le Gué",
              "le Lavoir", "le Prieuré", "la Tuilerie", "les Haras", "la Garenne aux Loups", "les Longs Champs",
              "la Pépinière", "les Terres Rouges", "le Pré Saint-Lubin", "la Motte", "les Essarts Neufs",
              "le Champ de Manœuvre", "la Prairie des Saules", "les Vergers du Roy", "la Butte aux Cailles Vertes",
              "le Moulin à Tan", "la Ferme Brûlée", "les Pâtis"]


def bare_name_row():
    code = wpick([(45, "DEV"), (20, "DSP"), (12, "DEJ"), (8, "DPE"), (8, "DAC"), (7, "DFUN")])
    name = wpick([(5, up(person(0.8))), (4, up(pick(LIEUX_DITS)))])
    lab = {"DEV": L(15, 70, 11, 30), "DSP": L(3, 85, 11, 15), "DEJ": L(4, 85, 11, 15), "DPE": L(4, 85, 11, 15),
           "DAC": L(11, 100), "DFUN": L(11, 100)}[code]
    if rng.random() < 0.35:
        if code == "DEV":
            work, lab = pick(list(PARK_WORKS.items()))
        else:
            work = pick(["TOITURE", "RAVALEMENT", "EXTENSION", "SANITAIRES", "MISE EN SECURITE", "REHABILITATION",
                         "PEINTURES", "CLOTURES"])
        name = f"{name} - {work}"
    return name, svc(code), lab


# --------------------------------------------------------------------------------------------
# parks and gardens
# --------------------------------------------------------------------------------------------

PARK_TYPES = [(10, "SQUARE"), (8, "JARDIN"), (6, "PARC"), (3, "PROMENADE"), (2, "COULEE VERTE"), (2, "BOIS"),
              (2, "JARDIN PUBLIC"), (2, "MAIL"), (1, "ARBORETUM"), (1, "ROSERAIE")]
PARK_WORKS = {
    "ALLEES": L(15, 70, 11, 30), "REFECTION DES ALLEES": L(15, 70, 11, 30), "CLOTURES": L(15, 70, 11, 30),
    "GRILLES": L(15, 70, 11, 30), "REAMENAGEMENT": L(15, 70, 11, 30), "EXTENSION": L(15, 70, 11, 30),
    "CREATION": L(15, 70, 11, 30), "REQUALIFICATION": L(15, 70, 11, 30), "MURETS ET ESCALIERS": L(15, 70, 11, 30),
    "RENOVATION": L(15, 70, 11, 30), "PORTAILS": L(15, 70, 11, 30), "BANCS ET MOBILIER": L(15, 60, 11, 40),
    "PLANTATIONS": L(15, 100), "ARBRES": L(15, 100), "MASSIFS": L(15, 100), "PRAIRIE FLEURIE": L(15, 100),
    "MARE": L(15, 100), "GESTION DIFFERENCIEE": L(15, 100), "HOTELS A INSECTES": L(15, 100), "NICHOIRS": L(15, 100),
    "ARROSAGE AUTOMATIQUE": L(15, 100), "ABATTAGE ET REPLANTATION": L(15, 100), "HAIES": L(15, 100),
    "PELOUSES": L(15, 100), "SOUCHES ET REPLANTATIONS": L(15, 100), "SERRES": L(15, 100),
    "RENATURATION": L(15, 60, 13, 40), "DESIMPERMEABILISATION": L(15, 60, 13, 40),
    "MICRO-FORET": L(15, 60, 13, 40),
    "AIRE DE JEUX": L(11, 80, 15, 20), "JEUX D'ENFANTS": L(11, 80, 15, 20), "AIRE DE JEUX - SOLS SOUPLES": L(11, 80, 15, 20),
    "AIRE DE JEUX INCLUSIVE": L(10, 60, 11, 40),
    "PARCOURS SPORTIF": L(3, 70, 15, 30), "AGRES DE FITNESS": L(3, 70, 15, 30), "STREET WORKOUT": L(3, 70, 15, 30),
    "TERRAIN DE BOULES": L(3, 80, 11, 20), "CITY-STADE": L(3, 80, 11, 20),
    "FONTAINE A BOIRE": L(6, 70, 11, 30), "FONTAINES A EAU": L(6, 70, 11, 30),
    "SANITAIRES PUBLICS": L(6, 60, 11, 40), "TOILETTES": L(6, 60, 11, 40),
    "RECUPERATION EAUX PLUVIALES": L(6, 60, 15, 40),
    "CHEMINEMENTS PMR": L(10, 70, 11, 30), "ACCESSIBILITE": L(10, 70, 11, 30),
    "ECLAIRAGE LED": L(7, 70, 11, 30),
    "COMPOSTEUR": L(12, 85, 15, 15), "AIRE DE COMPOSTAGE": L(12, 85, 15, 15),
    "JARDIN PARTAGE": L(2, 60, 11, 40), "VERGER": L(2, 50, 15, 50), "POTAGER": L(2, 60, 11, 40),
    "KIOSQUE A MUSIQUE": L(11, 100), "VIDEOPROTECTION": L(16, 100),
    "BRUMISATEURS": L(13, 70, 11, 30), "ILOT DE FRAICHEUR": L(13, 60, 15, 40),
}
PARK_WEIGHTS = {k: 3 for k in PARK_WORKS}
for k in ("ALLEES", "REFECTION DES ALLEES", "CLOTURES", "REAMENAGEMENT", "PLANTATIONS", "ARBRES",
          "AIRE DE JEUX", "RENOVATION", "CREATION", "MASSIFS"):
    PARK_WEIGHTS[k] = 7


def park_name() -> str:
    return wpick([(5, up(pick(THEMES))), (5, up(person(0.75))), (2, up("du quartier " + pick(QUARTIERS))),
                  (1, up("de la " + pick(["Gare", "Mairie", "Porte Haute", "Porte Basse", "Citadelle", "Manufacture"])))])


def park_row():
    fac = f"{wpick(PARK_TYPES)} {park_name()}"
    code = wpick([(75, "DEV"), (10, "DTE"), (8, "DVM"), (7, "DURB")])
    if rng.random() < 0.12:
        return fac, svc(code), L(15, 70, 11, 30)
    work = wpick([(w, k) for k, w in PARK_WEIGHTS.items()])
    lab = PARK_WORKS[work]
    fmt = wpick([(65, "{f} - {w}"), (10, "{w} {f}"), (10, "{f} : {w}"), (8, "{f} ({w})"), (7, "{f}, {w}")])
    return fmt.format(f=fac, w=work), svc(code), lab


# --------------------------------------------------------------------------------------------
# streets and public spaces
# --------------------------------------------------------------------------------------------

STREET_WORKS = {
    # (label, direction)
    "CHAUSSEE": (L(11, 80, 9, 20), "DVM"), "REFECTION CHAUSSEE": (L(11, 80, 9, 20), "DVM"),
    "CHAUSSEE ET TROTTOIRS": (L(11, 80, 9, 20), "DVM"), "REVETEMENT": (L(11, 80, 9, 20), "DVM"),
    "ENROBES": (L(11, 80, 9, 20), "DVM"), "REQUALIFICATION": (L(11, 80, 9, 20), "DVM"),
    "RENOVATION VOIRIE": (L(11, 80, 9, 20), "DVM"), "CARREFOUR": (L(11, 80, 9, 20), "DVM"),
    "FEUX TRICOLORES": (L(11, 80, 9, 20), "DVM"), "SIGNALISATION": (L(11, 80, 9, 20), "DVM"),
    "ELARGISSEMENT": (L(11, 80, 9, 20), "DVM"), "GIRATOIRE": (L(11, 80, 9, 20), "DVM"),
    "REPRISE DE CHAUSSEE": (L(11, 80, 9, 20), "DVM"), "PAVES": (L(11, 80, 9, 20), "DVM"),
    "TROTTOIRS": (L(11, 100), "DVM"), "REFECTION DES TROTTOIRS": (L(11, 100), "DVM"),
    "PLATEAU SURELEVE": (L(11, 100), "DVM"), "ZONE 30": (L(11, 100), "DVM"),
    "ZONE DE RENCONTRE": (L(11, 100), "DVM"), "ABRIBUS": (L(11, 100), "DVM"), "POTELETS": (L(11, 100), "DVM"),
    "PIETONNISATION": (L(11, 70, 13, 30), "DVM"), "PISTE CYCLABLE": (L(11, 70, 13, 30), "DVM"),
    "AMENAGEMENT CYCLABLE": (L(11, 70, 13, 30), "DVM"), "DOUBLE SENS CYCLABLE": (L(11, 70, 13, 30), "DVM"),
    "ARCEAUX VELOS": (L(11, 70, 13, 30), "DVM"), "STATIONNEMENT VELOS": (L(11, 70, 13, 30), "DVM"),
    "COULOIR BUS": (L(11, 70, 13, 30), "DVM"), "BANDE CYCLABLE": (L(11, 70, 13, 30), "DVM"),
    "VEGETALISATION": (L(15, 60, 11, 20, 13, 20), "DEV"), "FOSSES DE PLANTATION": (L(15, 60, 11, 20, 13, 20), "DEV"),
    "PLANTATION D'ARBRES": (L(15, 80, 11, 20), "DEV"), "ARBRES D'ALIGNEMENT": (L(15, 80, 11, 20), "DEV"),
    "ECLAIRAGE PUBLIC LED": (L(7, 70, 11, 30), "DENER"), "ECLAIRAGE PUBLIC": (L(7, 70, 11, 30), "DENER"),
    "CANDELABRES LED": (L(7, 70, 11, 30), "DENER"), "ARMOIRES ECLAIRAGE": (L(7, 60, 11, 40), "DENER"),
    "BORNES DE RECHARGE": (L(7, 60, 11, 40), "DENER"),
    "ASSAINISSEMENT": (L(6, 85, 11, 15), "DEAU"), "COLLECTEUR": (L(6, 85, 11, 15), "DEAU"),
    "RESEAU EAUX USEES": (L(6, 85, 11, 15), "DEAU"), "RESEAU UNITAIRE": (L(6, 85, 11, 15), "DEAU"),
    "EAUX PLUVIALES": (L(6, 85, 11, 15), "DEAU"), "CONDUITE EAU POTABLE": (L(6, 85, 11, 15), "DEAU"),
    "BRANCHEMENTS PLOMB": (L(6, 100), "DEAU"), "CHEMISAGE EGOUT": (L(6, 100), "DEAU"),
    "DESIMPERMEABILISATION": (L(13, 60, 6, 20, 11, 20), "DTE"), "BRUMISATEURS": (L(13, 70, 11, 30), "DTE"),
    "ACCESSIBILITE PMR": (L(10, 70, 11, 30), "DACC"), "ABAISSEMENTS DE TROTTOIRS": (L(10, 70, 11, 30), "DACC"),
    "BANDES PODOTACTILES": (L(10, 70, 11, 30), "DACC"), "FEUX SONORES": (L(10, 80, 11, 20), "DACC"),
    "VIDEOPROTECTION": (L(16, 100), "DSEC"), "FIBRE OPTIQUE": (L(9, 100), "DNUM"),
    "FOURREAUX FIBRE": (L(9, 70, 11, 30), "DNUM"),
    "PAV ENTERRES": (L(12, 80, 11, 20), "DPROP"), "CONTENEURS ENTERRES": (L(12, 80, 11, 20), "DPROP"),
    "CORBEILLES": (L(12, 60, 11, 40), "DPROP"), "ENFOUISSEMENT RESEAUX": (L(11, 60, 9, 40), "DVM"),
}
STREET_WEIGHT = {k: 2 for k in STREET_WORKS}
for k in ("CHAUSSEE", "REFECTION CHAUSSEE", "CHAUSSEE ET TROTTOIRS", "TROTTOIRS", "REQUALIFICATION",
          "ENROBES", "PISTE CYCLABLE", "AMENAGEMENT CYCLABLE", "VEGETALISATION", "ECLAIRAGE PUBLIC LED",
          "ASSAINISSEMENT", "COLLECTEUR"):
    STREET_WEIGHT[k] = 6


def street_segment_up() -> str:
    t, n = street_name()
    s = street_up(t, n)
    r = rng.random()
    if r < 0.12:
        t2, n2 = street_name()
        s += f" (ENTRE {street_up(t2, n2)} ET {street_only_up()})"
    elif r < 0.2:
        a = rng.randint(1, 40)
        s += f" DU N° {a} AU N° {a + rng.randint(10, 90)}"
    return s


def street_row():
    loc = street_segment_up()
    if rng.random() < 0.10:
        code = wpick([(55, "DVM"), (20, "DEAU"), (15, "DEV"), (10, "DENER")])
        lab = {"DVM": L(11, 80, 9, 20), "DEAU": L(6, 85, 11, 15), "DEV": L(15, 80, 11, 20),
               "DENER": L(7, 70, 11, 30)}[code]
        return loc, svc(code), lab
    work = wpick([(w, k) for k, w in STREET_WEIGHT.items()])
    lab, code = STREET_WORKS[work]
    if rng.random() < 0.25:
        code = wpick([(6, code), (2, "DVM"), (1, "DURB")])
    fmt = wpick([(45, "{l} - {w}"), (15, "{l}, {w}"), (15, "{w} {l}"), (10, "{l} : {w}"), (8, "{l} ({w})"),
                 (7, "{w} - {l}")])
    return fmt.format(l=loc, w=work), svc(code), lab


PLACE_TYPES = [(8, "PLACE"), (3, "PARVIS"), (2, "ESPLANADE"), (1, "CARREFOUR"), (1, "PLACETTE")]
PLACE_WORKS = {
    "REAMENAGEMENT": L(11, 100), "REQUALIFICATION": L(11, 100), "REFECTION": L(11, 100), "PAVAGE": L(11, 100),
    "MOBILIER URBAIN": L(11, 100), "FONTAINE ORNEMENTALE": L(11, 100),
    "REAMENAGEMENT ET VEGETALISATION": L(11, 60, 13, 20, 15, 20), "VEGETALISATION": L(11, 60, 13, 20, 15, 20),
    "ILOT DE FRAICHEUR": L(13, 60, 11, 20, 15, 20), "DESIMPERMEABILISATION": L(13, 60, 6, 20, 11, 20),
    "OMBRIERES VEGETALISEES": L(13, 70, 11, 30), "BRUMISATEURS": L(13, 70, 11, 30),
    "MARCHE - BORNES ELECTRIQUES": L(8, 70, 11, 30), "MARCHE FORAIN": L(8, 70, 11, 30),
    "ARCEAUX VELOS": L(11, 70, 13, 30), "VIDEOPROTECTION": L(16, 100), "ECLAIRAGE LED": L(7, 70, 11, 30),
    "ACCESSIBILITE PMR": L(10, 70, 11, 30), "TOILETTES PUBLIQUES": L(6, 60, 11, 40),
    "FONTAINE A BOIRE": L(6, 70, 11, 30), "WIFI PUBLIC": L(9, 70, 11, 30), "PAV ENTERRES": L(12, 80, 11, 20),
}
PLACE_DIR = {"MARCHE - BORNES ELECTRIQUES": "DECO", "MARCHE FORAIN": "DECO", "VIDEOPROTECTION": "DSEC",
             "ILOT DE FRAICHEUR": "DTE", "DESIMPERMEABILISATION": "DTE", "OMBRIERES VEGETALISEES": "DTE",
             "BRUMISATEURS": "DTE", "ECLAIRAGE LED": "DENER", "ACCESSIBILITE PMR": "DACC",
             "TOILETTES PUBLIQUES": "DEAU", "FONTAINE A BOIRE": "DEAU", "WIFI PUBLIC": "DNUM", "PAV ENTERRES": "DPROP"}


def place_row():
    name = wpick([(4, up(pick(THEMES))), (4, up(person(0.7))), (1, up("du Marché " + pick(["Neuf", "Vieux", "aux Herbes", "au Blé"]))),
                  (1, up(pick(SAINTS)))])
    fac = f"{wpick(PLACE_TYPES)} {name}"
    if rng.random() < 0.12:
        return fac, svc(pick(["DVM", "DURB"])), L(11, 100)
    work = pick(list(PLACE_WORKS))
    code = PLACE_DIR.get(work, pick(["DVM", "DURB"]))
    fmt = wpick([(60, "{f} - {w}"), (15, "{f} : {w}"), (15, "{w} {f}"), (10, "{f}, {w}")])
    return fmt.format(f=fac, w=work), svc(code), PLACE_WORKS[work]


BRIDGES = [(5, "PONT"), (3, "PASSERELLE"), (1, "TUNNEL"), (1, "TREMIE"), (1, "MUR DE SOUTENEMENT"), (1, "ESCALIER")]


def bridge_row():
    t = wpick(BRIDGES)
    name = wpick([(4, up(pick(THEMES))), (3, up(person(0.6))), (2, street_only_up())])
    work = pick(["CONFORTEMENT", "REPARATION", "ETANCHEITE", "REFECTION", "INSPECTION DETAILLEE",
                 "REMPLACEMENT GARDE-CORPS", "PEINTURE ANTICORROSION", "RENFORCEMENT", "JOINTS DE CHAUSSEE"])
    lab = L(11, 60, 9, 40) if t in ("PONT", "PASSERELLE", "TUNNEL", "TREMIE") else L(11, 80, 9, 20)
    if t == "PASSERELLE" and rng.random() < 0.3:
        work, lab = pick(["PIETONS-CYCLES", "MODES DOUX"]), L(11, 70, 13, 30)
    return f"{t} {name} - {work}", svc("DVM"), lab


# --------------------------------------------------------------------------------------------
# thematic programme lines (networks, waste, water, energy, digital, risks, coast, finance,
# international, housing, citizenship, food, social)
# --------------------------------------------------------------------------------------------

def _q():
    q = quartier_up()
    return f"QUARTIER {q}" if q in ("NORD", "SUD", "EST", "OUEST", "CENTRE") else q


def _s():
    return street_only_up()


def _a():
    return address_up()


def _n():
    return up(person(0.6))


def _t():
    return up(pick(THEMES))


def _b():
    return up(pick(BEACHES))


def _p():
    return up(pick(PORTS))


def _tw():
    return up(pick(TWINS))


# (template, label, direction); fields {q} quartier, {s} street, {a} address, {n} name, {t} theme,
# {b} beach, {p} port, {tw} twin town
THEMATIC = [
    # water (6)
    ("BASSIN DE STOCKAGE {q}", L(6, 60, 13, 40), "DEAU"),
    ("BASSIN DE STOCKAGE-RESTITUTION {t}", L(6, 60, 13, 40), "DEAU"),
    ("COLLECTEUR {s} - REHABILITATION", L(6, 85, 11, 15), "DEAU"),
    ("EMISSAIRE {t} - RENOUVELLEMENT", L(6, 85, 11, 15), "DEAU"),
    ("RESERVOIR {t} - ETANCHEITE", L(6, 100), "DEAU"),
    ("USINE D'EAU POTABLE {t} - FILTRES", L(6, 100), "DEAU"),
    ("STATION DE RELEVEMENT {t}", L(6, 100), "DEAU"),
    ("BRANCHEMENTS PLOMB {q}", L(6, 100), "DEAU"),
    ("FONTAINES A BOIRE {q}", L(6, 70, 11, 30), "DEAU"),
    ("TOILETTES PUBLIQUES {s}", L(6, 60, 11, 40), "DEAU"),
    ("SANISETTES {q} - REMPLACEMENT", L(6, 60, 11, 40), "DEAU"),
    ("RESEAU SEPARATIF {q} - MISE EN SEPARATIF", L(6, 85, 11, 15), "DEAU"),
    ("DEVERSOIR D'ORAGE {s}", L(6, 100), "DEAU"),
    ("RIVIERE {t} - RESTAURATION DES BERGES", L(6, 60, 15, 40), "DEAU"),
    ("RUISSEAU {t} - REOUVERTURE", L(6, 60, 15, 40), "DEAU"),
    ("COMPTAGE SECTORISATION {q}", L(6, 100), "DEAU"),
    ("NOUES ET JARDINS DE PLUIE {q}", L(6, 50, 13, 30, 15, 20), "DEAU"),
    ("BASSINS D'INFILTRATION {t}", L(6, 60, 13, 40), "DEAU"),
    # waste (12)
    ("ESPACE TRI {s}", L(12, 100), "DPROP"),
    ("RECYCLERIE {q} - AMENAGEMENT", L(12, 80, 11, 20), "DPROP"),
    ("RESSOURCERIE {t} - LOCAUX", L(12, 80, 11, 20), "DPROP"),
    ("DECHETTERIE {t} - QUAIS", L(12, 100), "DPROP"),
    ("DECHETTERIE {t} - EXTENSION", L(12, 100), "DPROP"),
    ("PAV ENTERRES {q}", L(12, 80, 11, 20), "DPROP"),
    ("COLONNES VERRE {q}", L(12, 80, 11, 20), "DPROP"),
    ("COMPOSTEURS DE QUARTIER {q}", L(12, 100), "DPROP"),
    ("CORBEILLES DE RUE {q} - REMPLACEMENT", L(12, 60, 11, 40), "DPROP"),
    ("CENDRIERS DE RUE {q}", L(12, 100), "DPROP"),
    ("BIODECHETS {q} - COLLECTE", L(12, 100), "DPROP"),
    ("ATELIERS DE PROPRETE {s} - REHABILITATION", L(12, 85, 11, 15), "DPROP"),
    ("GARAGE DES BENNES {t}", L(12, 85, 11, 15), "DPROP"),
    ("BENNES A ORDURES MENAGERES - RENOUVELLEMENT {y}", L(12, 100), "DPROP"),
    ("ZERO DECHET {q} - EQUIPEMENTS", L(12, 100), "DPROP"),
    ("DEPOTS SAUVAGES {q} - CAMERAS NOMADES", L(12, 60, 16, 40), "DPROP"),
    # energy (7)
    ("ECLAIRAGE PUBLIC {q} - PASSAGE EN LED", L(7, 70, 11, 30), "DENER"),
    ("ECLAIRAGE PUBLIC {s}", L(7, 70, 11, 30), "DENER"),
    ("CHAUFFERIE BOIS {t}", L(7, 70, 13, 30), "DENER"),
    ("RESEAU DE CHALEUR {q} - EXTENSION", L(7, 70, 13, 30), "DENER"),
    ("RESEAU DE CHALEUR {q} - SOUS-STATIONS", L(7, 70, 13, 30), "DENER"),
    ("GEOTHERMIE {q}", L(7, 70, 13, 30), "DENER"),
    ("RESEAU DE FROID {q}", L(7, 70, 13, 30), "DENER"),
    ("CENTRALE SOLAIRE {t}", L(7, 80, 13, 20), "DENER"),
    ("OMBRIERES PHOTOVOLTAIQUES PARKING {t}", L(7, 80, 13, 20), "DENER"),
    ("IRVE {q}", L(7, 60, 11, 40), "DENER"),
    ("BORNES DE RECHARGE {q}", L(7, 60, 11, 40), "DENER"),
    ("SOBRIETE ENERGETIQUE - BATIMENTS {q}", L(7, 100), "DENER"),
    ("COMPTEURS COMMUNICANTS BATIMENTS {q}", L(7, 100), "DENER"),
    ("ARMOIRES ECLAIRAGE PUBLIC {q}", L(7, 60, 11, 40), "DENER"),
    ("ILLUMINATIONS LED {q}", L(11, 70, 7, 30), "DENER"),
    # digital (9)
    ("FIBRE OPTIQUE {q}", L(9, 100), "DNUM"),
    ("RESEAU FIBRE INTER-SITES {q}", L(9, 70, 16, 30), "DNUM"),
    ("WIFI PUBLIC {q}", L(9, 70, 11, 30), "DNUM"),
    ("CAPTEURS CONNECTES {q}", L(9, 60, 11, 40), "DNUM"),
    ("DATACENTER - EXTENSION {y}", L(9, 70, 16, 30), "DNUM"),
    ("INCUBATEUR {t} - AMENAGEMENT", L(9, 60, 8, 40), "DNUM"),
    ("FABLAB {q}", L(9, 60, 8, 40), "DNUM"),
    ("CAMPUS {t} - EXTENSION", L(9, 60, 4, 40), "DNUM"),
    ("UNIVERSITE - SITE {t}", L(9, 60, 4, 40), "DNUM"),
    ("LABORATOIRE DE RECHERCHE {t} - EQUIPEMENT", L(9, 70, 4, 30), "DNUM"),
    ("TIERS-LIEU NUMERIQUE {q}", L(9, 60, 8, 40), "DNUM"),
    ("PLATEFORME OPEN DATA - EVOLUTIONS {y}", L(9, 60, 16, 40), "DNUM"),
    ("JUMEAU NUMERIQUE - MODULE {t}", L(9, 70, 11, 30), "DNUM"),
    # risks, climate (13)
    ("MURETS ANTI-CRUE QUAI {t}", L(13, 100), "DRISQ"),
    ("BATARDEAUX {q}", L(13, 100), "DRISQ"),
    ("CARRIERES SOUTERRAINES {s} - CONFORTEMENT", L(13, 100), "DRISQ"),
    ("SIRENES D'ALERTE {q}", L(13, 60, 16, 40), "DRISQ"),
    ("REPERES DE CRUE {q}", L(13, 100), "DRISQ"),
    ("DIGUE {t} - CONFORTEMENT", L(13, 100), "DRISQ"),
    ("FALAISE {t} - PURGE ET FILETS", L(13, 100), "DRISQ"),
    ("ILOT DE FRAICHEUR {q}", L(13, 60, 11, 20, 15, 20), "DTE"),
    ("DESIMPERMEABILISATION {q}", L(13, 60, 6, 20, 11, 20), "DTE"),
    ("PLAN CLIMAT - ADAPTATION {q}", L(13, 100), "DTE"),
    ("REFUGES CLIMATIQUES {q}", L(13, 70, 11, 30), "DTE"),
    ("OMBRIERES {q}", L(13, 70, 11, 30), "DTE"),
    ("RUES FRAICHES {q}", L(13, 60, 11, 20, 15, 20), "DTE"),
    ("FORET URBAINE {t}", L(13, 50, 15, 50), "DTE"),
    ("CORRIDOR DE FRAICHEUR {s}", L(13, 60, 11, 20, 15, 20), "DTE"),
    # coast (14)
    ("PLAGE {b} - POSTE DE SECOURS", L(14, 70, 16, 30), "DMER"),
    ("PLAGE {b} - ACCES", L(14, 70, 11, 30), "DMER"),
    ("PLAGE {b} - DOUCHES", L(14, 80, 11, 20), "DMER"),
    ("PLAGE {b} - GANIVELLES", L(14, 60, 15, 40), "DMER"),
    ("PLAGE {b} - RECHARGEMENT EN SABLE", L(14, 60, 13, 40), "DMER"),
    ("PLAGE {b} - TAPIS D'ACCES PMR", L(10, 70, 14, 30), "DMER"),
    ("PLAGE {b} - CENDRIERS", L(14, 70, 12, 30), "DMER"),
    ("PLAGE {b} - ESCALIER D'ACCES", L(14, 60, 11, 40), "DMER"),
    ("PLAGE {b} - EPIS", L(14, 60, 13, 40), "DMER"),
    ("PLAGE {b} - SANITAIRES", L(14, 80, 11, 20), "DMER"),
    ("PLAGE {b} - BALISAGE", L(14, 70, 16, 30), "DMER"),
    ("ANSE {b} - ZONE DE MOUILLAGE", L(14, 100), "DMER"),
    ("DIGUE PROMENADE {b} - CONFORTEMENT", L(14, 60, 13, 40), "DMER"),
    ("CORNICHE {b} - PERRES", L(14, 60, 13, 40), "DMER"),
    ("{p} - PONTONS", L(14, 60, 8, 40), "DMER"),
    ("{p} - CAPITAINERIE", L(14, 60, 8, 40), "DMER"),
    ("{p} - AIRE DE CARENAGE", L(14, 80, 6, 20), "DMER"),
    ("{p} - POMPAGE EAUX NOIRES", L(14, 70, 6, 30), "DMER"),
    ("{p} - BATEAU DEPOLLUEUR", L(14, 70, 12, 30), "DMER"),
    ("SENTIER DU LITTORAL {b}", L(14, 60, 15, 40), "DMER"),
    ("HERBIERS DE POSIDONIE {b} - PROTECTION", L(14, 100), "DMER"),
    ("RECIFS ARTIFICIELS {b}", L(14, 100), "DMER"),
    ("EXUTOIRE PLUVIAL {b}", L(14, 60, 6, 40), "DMER"),
    # finance (17)
    ("EMPRUNTS - REMBOURSEMENT DU CAPITAL {y}", L(17, 100), "DFIN"),
    ("DETTE - INTERETS {y}", L(17, 100), "DFIN"),
    ("FPIC {y}", L(17, 100), "DFIN"),
    ("CONTRIBUTION AU FONDS DE SOLIDARITE REGIONAL {y}", L(17, 100), "DFIN"),
    ("SYNDICAT MIXTE {t} - PARTICIPATION", L(17, 100), "DFIN"),
    ("BUDGET ANNEXE {t} - SUBVENTION D'EQUILIBRE", L(17, 100), "DFIN"),
    ("METROPOLE - FONDS DE CONCOURS {y}", L(17, 100), "DFIN"),
    ("AVANCE DE TRESORERIE SPL {t}", L(17, 100), "DFIN"),
    ("CAUTIONNEMENTS ET GARANTIES {y}", L(17, 100), "DFIN"),
    ("PRISE DE PARTICIPATION SEM {t}", L(17, 100), "DFIN"),
    ("DEPOTS ET CAUTIONNEMENTS {y}", L(17, 100), "DFIN"),
    ("EMPRUNT REVOLVING - MOUVEMENTS {y}", L(17, 100), "DFIN"),
    ("PRET BANQUE TERRITORIALE N° {k}{k} - CAPITAL {y}", L(17, 100), "DFIN"),
    ("ATTRIBUTION DE COMPENSATION METROPOLE {y}", L(17, 100), "DFIN"),
    ("FONDS DE CONCOURS SYNDICAT {t}", L(17, 100), "DFIN"),
    ("CONTRIBUTION SERVICE D'INCENDIE ET DE SECOURS {y}", L(17, 100), "DFIN"),
    ("REAMENAGEMENT DE DETTE - INDEMNITES {y}", L(17, 100), "DFIN"),
    # international (17)
    ("COOPERATION DECENTRALISEE {tw} - ACCES A L'EAU", L(17, 60, 6, 40), "DRI"),
    ("COOPERATION DECENTRALISEE {tw} - CENTRE DE SANTE", L(17, 60, 3, 40), "DRI"),
    ("COOPERATION DECENTRALISEE {tw} - ECOLES", L(17, 60, 4, 40), "DRI"),
    ("COOPERATION DECENTRALISEE {tw} - MARAICHAGE", L(17, 60, 2, 40), "DRI"),
    ("COOPERATION {tw} - GESTION DES DECHETS", L(17, 60, 12, 40), "DRI"),
    ("JUMELAGE {tw} - ECHANGES", L(17, 100), "DRI"),
    ("DELEGATION DE {tw} - ACCUEIL", L(17, 100), "DRI"),
    ("AIDE D'URGENCE {tw}", L(17, 60, 1, 40), "DRI"),
    ("RESEAU DES VILLES {t} - COTISATION", L(17, 100), "DRI"),
    ("PROGRAMME EUROPEEN {tw} - PARTENARIAT", L(17, 100), "DRI"),
    ("COOPERATION {tw} - FORMATION DES AGENTS", L(17, 100), "DRI"),
    ("COOPERATION {tw} - ELECTRIFICATION SOLAIRE", L(17, 60, 7, 40), "DRI"),
    # housing, urbanism (11)
    ("ZAC {t} - PARTICIPATION", L(11, 100), "DURB"),
    ("ZAC {t} - EQUIPEMENTS PUBLICS", L(11, 100), "DURB"),
    ("ZAC {t} - ESPACES PUBLICS", L(11, 100), "DURB"),
    ("NPRU {q} - DEMOLITIONS", L(11, 80, 10, 20), "DURB"),
    ("NPRU {q} - ESPACES PUBLICS", L(11, 80, 10, 20), "DURB"),
    ("RENOUVELLEMENT URBAIN {q}", L(11, 80, 10, 20), "DURB"),
    ("ETUDE URBAINE {q}", L(11, 100), "DURB"),
    ("PREEMPTION {a}", L(11, 100), "DURB"),
    ("RESERVES FONCIERES {q}", L(11, 100), "DURB"),
    ("LOGEMENTS SOCIAUX {a} - SURCHARGE FONCIERE", L(11, 80, 10, 20), "DLOG"),
    ("{a} - ACQUISITION AMELIORATION", L(11, 80, 10, 20), "DLOG"),
    ("HABITAT INDIGNE {a} - TRAVAUX D'OFFICE", L(11, 100), "DLOG"),
    ("OPAH {q}", L(11, 70, 7, 30), "DLOG"),
    ("COPROPRIETES DEGRADEES {q} - AIDES", L(11, 80, 10, 20), "DLOG"),
    ("PARKING {t} - REFECTION", L(11, 100), "DVM"),
    ("PARC RELAIS {t}", L(11, 70, 13, 30), "DVM"),
    ("GARE ROUTIERE {t}", L(11, 70, 13, 30), "DVM"),
    ("TRAMWAY - LIGNE {k} - ACCOMPAGNEMENT", L(11, 70, 13, 30), "DVM"),
    ("CIMETIERE {t} - MURS D'ENCEINTE", L(11, 100), "DFUN"),
    ("CIMETIERE {t} - COLUMBARIUM", L(11, 100), "DFUN"),
    ("CIMETIERE {t} - ENHERBEMENT DES ALLEES", L(15, 60, 11, 40), "DFUN"),
    ("CIMETIERE {t} - ALLEES ACCESSIBLES", L(10, 70, 11, 30), "DFUN"),
    ("CIMETIERE {t} - OSSUAIRE", L(11, 100), "DFUN"),
    ("STATUE {n} - RESTAURATION", L(11, 100), "DPAH"),
    ("FONTAINE {t} - RESTAURATION", L(11, 100), "DPAH"),
    ("MONUMENT AUX MORTS {q}", L(11, 100), "DPAH"),
    ("REMPARTS {t} - RESTAURATION", L(11, 100), "DPAH"),
    # citizenship, security, IT (16)
    ("VIDEOPROTECTION {q}", L(16, 100), "DSEC"),
    ("CAMERAS {s}", L(16, 100), "DSEC"),
    ("POLICE MUNICIPALE - VEHICULES {y}", L(16, 100), "DSEC"),
    ("POLICE MUNICIPALE - GILETS ET EQUIPEMENTS {y}", L(16, 100), "DSEC"),
    ("MAISON DE LA JUSTICE ET DU DROIT {q}", L(16, 70, 10, 30), "DSEC"),
    ("ELECTIONS - URNES ET ISOLOIRS {y}", L(16, 100), "DCIT"),
    ("BUREAUX DE VOTE {q} - EQUIPEMENT", L(16, 100), "DCIT"),
    ("ETAT CIVIL - NUMERISATION DES REGISTRES {y}", L(16, 70, 9, 30), "DCIT"),
    ("CONSEILS DE QUARTIER {q} - EQUIPEMENT", L(16, 100), "DCIT"),
    ("PANNEAUX D'INFORMATION {q}", L(16, 100), "DCIT"),
    ("POSTES DE TRAVAIL - RENOUVELLEMENT {y}", L(16, 60, 9, 40), "DSI"),
    ("SERVEURS ET STOCKAGE {y}", L(16, 60, 9, 40), "DSI"),
    ("LOGICIEL RESSOURCES HUMAINES - {y}", L(16, 70, 9, 30), "DSI"),
    ("LOGICIEL FINANCIER - MIGRATION {y}", L(16, 70, 9, 30), "DSI"),
    ("TELEPHONIE IP {q}", L(16, 70, 9, 30), "DSI"),
    ("PORTAIL DES DEMARCHES EN LIGNE - LOT {k}", L(16, 60, 9, 40), "DSI"),
    ("SECURITE INFORMATIQUE - PARE-FEU {y}", L(16, 60, 9, 40), "DSI"),
    ("VEHICULES DE SERVICE - RENOUVELLEMENT {y}", L(16, 100), "DAG"),
    ("SALLE DU CONSEIL - SONORISATION {y}", L(16, 100), "DAG"),
    ("SALLE DES MARIAGES - MOBILIER {y}", L(16, 100), "DAG"),
    ("ARCHIVES - RAYONNAGES MOBILES {y}", L(16, 100), "DAG"),
    ("CENTRE DE SUPERVISION URBAINE - ECRANS {y}", L(16, 100), "DSEC"),
    ("BORNES D'ACCUEIL MAIRIES {q}", L(16, 70, 9, 30), "DCIT"),
    ("CONSULTATION CITOYENNE {q} - PLATEFORME", L(16, 70, 9, 30), "DCIT"),
    ("POLICE MUNICIPALE {q} - BRIGADE VTT", L(16, 100), "DSEC"),
    ("CONSEIL DES JEUNES {q} - EQUIPEMENT", L(16, 100), "DCIT"),
    # food (2)
    ("FERME URBAINE {t}", L(2, 70, 11, 30), "DALI"),
    ("JARDINS PARTAGES {q}", L(2, 60, 11, 40), "DALI"),
    ("JARDINS FAMILIAUX {t}", L(2, 60, 15, 40), "DALI"),
    ("EPICERIE SOLIDAIRE {a}", L(2, 70, 1, 30), "DALI"),
    ("RESTAURANT SOLIDAIRE {a}", L(2, 70, 1, 30), "DALI"),
    ("LEGUMERIE {t}", L(2, 60, 4, 40), "DALI"),
    ("MARAICHAGE {t} - SERRES", L(2, 70, 15, 30), "DALI"),
    ("POTAGERS EN TOITURE {q}", L(2, 70, 11, 30), "DALI"),
    ("FRIGOS SOLIDAIRES {q}", L(2, 60, 12, 40), "DALI"),
    ("VERGER {t}", L(2, 50, 15, 50), "DALI"),
    ("HALLE ALIMENTAIRE CIRCUITS COURTS {t}", L(2, 60, 8, 40), "DALI"),
    ("CUISINE CENTRALE {t} - LEGUMERIE BIO", L(2, 50, 4, 50), "DALI"),
    # social (1)
    ("ACCUEIL DE JOUR {a}", L(1, 85, 11, 15), "DSOL"),
    ("BAGAGERIE {s}", L(1, 100), "DSOL"),
    ("CASIERS SOLIDAIRES {q}", L(1, 100), "DSOL"),
    ("LAVERIE SOLIDAIRE {a}", L(1, 100), "DSOL"),
    ("HEBERGEMENT D'URGENCE {a}", L(1, 80, 11, 20), "DSOL"),
    ("MAISON RELAIS {a}", L(1, 60, 11, 40), "DSOL"),
    ("DOMICILIATION - LOCAUX {a}", L(1, 85, 11, 15), "DSOL"),
    ("MARAUDES - VEHICULE {y}", L(1, 100), "DSOL"),
    # equality (5)
    ("COURS EGALITAIRES - ECOLES {q}", L(5, 50, 4, 30, 11, 20), "DEGA"),
    ("CITY-STADE MIXTE {t}", L(5, 50, 3, 30, 11, 20), "DEGA"),
    ("ECLAIRAGE DES CHEMINEMENTS {q} - SECURITE DES FEMMES", L(5, 50, 11, 50), "DEGA"),
    ("TABLES A LANGER SANITAIRES HOMMES {q}", L(5, 60, 11, 40), "DEGA"),
    ("PROTECTIONS PERIODIQUES - DISTRIBUTEURS {q}", L(5, 70, 3, 30), "DEGA"),
    ("APPARTEMENTS RELAIS FEMMES VICTIMES {a}", L(5, 60, 1, 40), "DEGA"),
    ("MARCHES EXPLORATOIRES {q}", L(5, 70, 11, 30), "DEGA"),
    ("NOMS DE RUES FEMMES - PLAQUES {q}", L(5, 70, 11, 30), "DEGA"),
    ("HEBERGEMENT D'URGENCE FEMMES {a}", L(5, 60, 1, 40), "DEGA"),
    ("CONSULTATIONS VIOLENCES CONJUGALES - LOCAUX {a}", L(5, 60, 3, 40), "DEGA"),
    ("PLACE DES FEMMES DANS L'ESPACE PUBLIC - ETUDE {q}", L(5, 70, 11, 30), "DEGA"),
    ("ESPACE PARENTS SOLOS - AMENAGEMENT {a}", L(5, 60, 1, 40), "DEGA"),
    # economy (8)
    ("MARCHE FORAIN {t} - BORNES ELECTRIQUES", L(8, 70, 11, 30), "DECO"),
    ("LOCAUX COMMERCIAUX {a} - ACQUISITION", L(8, 80, 11, 20), "DECO"),
    ("BOUTIQUE A L'ESSAI {a}", L(8, 70, 11, 30), "DECO"),
    ("FONDS DE COMMERCE {a} - PREEMPTION", L(8, 70, 11, 30), "DECO"),
    ("SIGNALETIQUE TOURISTIQUE {q}", L(8, 70, 11, 30), "DECO"),
    ("CHANTIER D'INSERTION {t} - LOCAUX", L(8, 70, 10, 30), "DECO"),
    ("MARCHE ALIMENTAIRE {t} - ETALS", L(8, 85, 11, 15), "DECO"),
    ("PEPINIERE {t} - EQUIPEMENT", L(8, 100), "DECO"),
    ("RECYCLERIE D'INSERTION {t}", L(8, 60, 12, 40), "DECO"),
    ("HALLES {t} - CHAMBRES FROIDES", L(8, 85, 11, 15), "DECO"),
    # inclusion, youth, access (10)
    ("ACCESSIBILITE VOIRIE {q}", L(10, 70, 11, 30), "DACC"),
    ("ARRETS DE BUS ACCESSIBLES {q}", L(10, 70, 11, 30), "DACC"),
    ("SIGNALETIQUE ADAPTEE {q}", L(10, 80, 11, 20), "DACC"),
    ("AD'AP - BATIMENTS {q}", L(10, 70, 11, 30), "DACC"),
    ("QPV {q} - RESIDENTIALISATION", L(11, 80, 10, 20), "DQV"),
    ("QPV {q} - EQUIPEMENTS DE PROXIMITE", L(10, 80, 11, 20), "DQV"),
    ("MAISON DU PROJET {q}", L(10, 70, 11, 30), "DQV"),
    ("AIRE D'ACCUEIL DES GENS DU VOYAGE {t}", L(10, 60, 11, 40), "DQV"),
    ("LOCAUX ASSOCIATIFS {a}", L(10, 85, 11, 15), "DJVA"),
    ("ESPACE JEUNES {q} - CREATION", L(10, 85, 11, 15), "DJVA"),
]


THEMATIC_BY_GOAL: dict[int, list] = {}
for _item in THEMATIC:
    THEMATIC_BY_GOAL.setdefault(int(_item[1].split(":")[0]), []).append(_item)
THEMATIC_GOAL_WEIGHT = {1: 16, 2: 30, 3: 1, 5: 24, 6: 26, 7: 24, 8: 26, 9: 26, 10: 18, 11: 32, 12: 32, 13: 26,
                        14: 45, 15: 2, 16: 40, 17: 60}


def thematic_row():
    goal = wpick([(w, g) for g, w in THEMATIC_GOAL_WEIGHT.items() if g in THEMATIC_BY_GOAL])
    tpl, lab, code = pick(THEMATIC_BY_GOAL[goal])
    fields = dict(q=_q(), s=_s(), a=_a(), n=_n(), t=_t(), b=_b(), p=_p(), tw=_tw(),
                  y=str(rng.randint(2015, 2026)), k=str(rng.randint(1, 6)))
    lib = tpl.format(**fields)
    lib = re.sub(r"\s+", " ", lib).strip()
    return lib, svc(code), lab


# --------------------------------------------------------------------------------------------
# programme aggregates (fixed)
# --------------------------------------------------------------------------------------------

AGGREGATES = [
    ("ENTRETIEN COURANT ECOLES 1ER DEGRE", "DEJ", L(4, 85, 11, 15)), ("ENTRETIEN COURANT COLLEGES", "DEJ", L(4, 85, 11, 15)),
    ("ECOLES - GROS ENTRETIEN", "DEJ", L(4, 85, 11, 15)), ("ECOLES - TRAVAUX D'ETE", "DEJ", L(4, 85, 11, 15)),
    ("ECOLES - DIVERSES", "DEJ", L(4, 85, 11, 15)), ("MOBILIER SCOLAIRE 1ER DEGRE", "DEJ", L(4, 100)),
    ("CAISSES DES ECOLES - EQUIPEMENT", "DEJ", L(4, 100)), ("CENTRES DE LOISIRS - DIVERS", "DEJ", L(4, 85, 11, 15)),
    ("PLAN NUMERIQUE DES ECOLES", "DEJ", L(4, 70, 9, 30)), ("COURS OASIS - PROGRAMME ANNUEL", "DEJ", L(13, 50, 4, 30, 15, 20)),
    ("ACCESSIBILITE DES ECOLES", "DEJ", L(4, 50, 10, 50)), ("PLAN CLIMAT ECOLES - ISOLATION", "DEJ", L(4, 50, 7, 50)),
    ("RESTAURATION SCOLAIRE - EQUIPEMENTS DES OFFICES", "DEJ", L(4, 100)),
    ("CONSTRUCTIONS SCOLAIRES NOUVELLES", "DEJ", L(4, 85, 11, 15)),
    ("CRECHES - GROS ENTRETIEN", "DPE", L(4, 85, 11, 15)), ("CRECHES - DIVERSES", "DPE", L(4, 85, 11, 15)),
    ("CREATION DE PLACES EN CRECHE", "DPE", L(4, 85, 11, 15)), ("HALTES-GARDERIES - DIVERS", "DPE", L(4, 85, 11, 15)),
    ("EQUIPEMENT PETITE ENFANCE", "DPE", L(4, 100)), ("MOBILIER DES CRECHES", "DPE", L(4, 100)),
    ("EQUIPEMENTS SPORTIFS - DIVERS", "DSP", L(3, 85, 11, 15)), ("PISCINES - GROS ENTRETIEN", "DSP", L(3, 85, 11, 15)),
    ("TERRAINS DE SPORT DE PROXIMITE", "DSP", L(3, 80, 11, 20)), ("GYMNASES - MISE EN CONFORMITE", "DSP", L(3, 85, 11, 15)),
    ("MATERIEL SPORTIF DES EQUIPEMENTS", "DSP", L(3, 100)), ("STADES - DIVERS", "DSP", L(3, 85, 11, 15)),
    ("PLAN PISCINES - RENOVATION", "DSP", L(3, 85, 11, 15)), ("SPORT EN ACCES LIBRE - AGRES", "DSP", L(3, 80, 11, 20)),
    ("BIBLIOTHEQUES - OPERATIONS DIVERSES", "DAC", L(4, 60, 11, 40)), ("EDIFICES CULTUELS - RESTAURATIONS DIVERSES", "DAC", L(11, 100)),
    ("MUSEES - DIVERS", "DAC", L(11, 100)), ("CONSERVATOIRES - DIVERS", "DAC", L(4, 85, 11, 15)),
    ("THEATRES MUNICIPAUX - SECURITE", "DAC", L(11, 100)), ("ACQUISITION D'OEUVRES D'ART", "DAC", L(11, 100)),
    ("ATELIERS D'ARTISTES - DIVERS", "DAC", L(11, 100)), ("ORGUES - RESTAURATION", "DAC", L(11, 100)),
    ("LIVRES ET DOCUMENTS DES BIBLIOTHEQUES", "DAC", L(4, 60, 11, 40)),
    ("OEUVRES D'ART DANS L'ESPACE PUBLIC", "DAC", L(11, 100)),
    ("ACCESSIBILITE HANDICAPES - BATIMENTS MUNICIPAUX", "DBAT", L(10, 70, 11, 30)), ("ACCESSIBILITE DES EQUIPEMENTS PUBLICS", "DACC", L(10, 70, 11, 30)),
    ("BATIMENTS ADMINISTRATIFS - GROS ENTRETIEN", "DBAT", L(16, 85, 11, 15)),
    ("MAIRIES DE SECTEUR - DIVERS", "DBAT", L(16, 85, 11, 15)), ("CENTRE ADMINISTRATIF NORD - GROS ENTRETIEN", "DBAT", L(16, 85, 11, 15)),
    ("CENTRE ADMINISTRATIF SUD - EXTENSION", "DBAT", L(16, 85, 11, 15)),
    ("PLAN DE SOBRIETE ENERGETIQUE DES BATIMENTS", "DBAT", L(7, 100)),
    ("DIAGNOSTICS ENERGETIQUES - PATRIMOINE", "DBAT", L(7, 100)),
    ("CONTRAT DE PERFORMANCE ENERGETIQUE - ECOLES", "DBAT", L(4, 50, 7, 50)),
    ("CENTRES D'HEBERGEMENT - DIVERS", "DSOL", L(1, 80, 11, 20)), ("BAINS-DOUCHES - DIVERS", "DSOL", L(1, 60, 6, 40)),
    ("ACCUEILS DE JOUR - AMENAGEMENTS", "DSOL", L(1, 85, 11, 15)), ("PLAN GRAND FROID - EQUIPEMENTS", "DSOL", L(1, 100)),
    ("VOIRIE - GROS ENTRETIEN", "DVM", L(11, 80, 9, 20)), ("PLAN VELO - ITINERAIRES", "DVM", L(11, 70, 13, 30)),
    ("OUVRAGES D'ART - CONFORTEMENT", "DVM", L(11, 60, 9, 40)), ("SIGNALISATION LUMINEUSE TRICOLORE", "DVM", L(11, 80, 9, 20)),
    ("ZONES 30 - AMENAGEMENTS", "DVM", L(11, 100)), ("STATIONNEMENT VELOS - PROGRAMME", "DVM", L(11, 70, 13, 30)),
    ("CHAUSSEES - PROGRAMME ANNUEL", "DVM", L(11, 80, 9, 20)), ("TROTTOIRS - PROGRAMME ANNUEL", "DVM", L(11, 100)),
    ("ARBRES D'ALIGNEMENT - REMPLACEMENTS", "DEV", L(15, 80, 11, 20)), ("ESPACES VERTS - DIVERS", "DEV", L(15, 70, 11, 30)),
    ("CIMETIERES - DIVERS", "DFUN", L(11, 100)), ("JARDINS PARTAGES - CREATION", "DEV", L(2, 60, 11, 40)),
    ("BOIS - GESTION FORESTIERE", "DEV", L(15, 100)), ("PLAN ARBRES - 1000 ARBRES", "DEV", L(15, 80, 13, 20)),
    ("AIRES DE JEUX - RENOUVELLEMENT", "DEV", L(11, 80, 15, 20)),
    ("RESEAU D'ASSAINISSEMENT - RENOUVELLEMENT", "DEAU", L(6, 85, 11, 15)), ("FONTAINES - DIVERSES", "DEAU", L(6, 70, 11, 30)),
    ("CORBEILLES DE RUE - REMPLACEMENT", "DPROP", L(12, 60, 11, 40)), ("ESPACES TRI - CREATION", "DPROP", L(12, 100)),
    ("BACS DE COLLECTE - RENOUVELLEMENT", "DPROP", L(12, 100)),
    ("ELECTIONS - MATERIEL", "DCIT", L(16, 100)), ("URNES ET ISOLOIRS", "DCIT", L(16, 100)),
    ("BUDGET PARTICIPATIF - PROJETS LAUREATS DIVERS", "DCIT", L(16, 100)),
    ("VIDEOPROTECTION - EXTENSION DU RESEAU", "DSEC", L(16, 100)),
    ("APPLICATIONS METIERS - DIVERSES", "DSI", L(16, 70, 9, 30)), ("INFRASTRUCTURES RESEAU - DIVERSES", "DSI", L(16, 60, 9, 40)),
    ("EQUIPEMENTS INFORMATIQUES DES SERVICES", "DSI", L(16, 60, 9, 40)),
    ("CENTRES DE SANTE - DIVERS", "DSAN", L(3, 85, 11, 15)), ("PMI - DIVERSES", "DSAN", L(3, 80, 4, 20)),
    ("EHPAD - GROS ENTRETIEN", "DAUT", L(3, 85, 11, 15)), ("RESIDENCES AUTONOMIE - DIVERS", "DAUT", L(3, 60, 10, 40)),
    ("MARCHES COUVERTS - DIVERS", "DECO", L(8, 85, 11, 15)), ("LOCAUX D'ACTIVITE - DIVERS", "DECO", L(8, 85, 11, 15)),
    ("MJC ET MPT - DIVERS", "DJVA", L(10, 85, 11, 15)), ("CENTRES SOCIAUX - DIVERS", "DQV", L(10, 85, 11, 15)),
    ("ILOTS DE FRAICHEUR - PROGRAMME", "DTE", L(13, 60, 11, 20, 15, 20)),
    ("EMPRUNTS ET DETTES ASSIMILEES", "DFIN", L(17, 100)),
    ("PLAGES - EQUIPEMENTS DIVERS", "DMER", L(14, 70, 11, 30)), ("PORTS - DIVERS", "DMER", L(14, 60, 8, 40)),
    ("FIBRE DES BATIMENTS MUNICIPAUX", "DNUM", L(9, 70, 16, 30)),
    ("LOGEMENT SOCIAL - COMPTE FONCIER", "DLOG", L(11, 80, 10, 20)),
    ("PRIME RENOVATION ENERGETIQUE COPROPRIETES", "DLOG", L(7, 60, 11, 40)),
]


# --------------------------------------------------------------------------------------------
# participatory budget (mixed case, accents, punctuation)
# --------------------------------------------------------------------------------------------

def mixed_street() -> str:
    t, n = street_name()
    return street_mixed(t, n)


def mixed_street_f() -> str:
    """A street whose type is feminine ('une rue …', 'une avenue …')."""
    t = wpick([(8, "rue"), (2, "avenue"), (1, "allée"), (1, "impasse"), (1, "villa")])
    return f"{t} {pick(THEMES) if rng.random() < 0.5 else person(0.6)}"


def mixed_quartier() -> str:
    q = pick(QUARTIERS)
    return f"quartier {q}"


def mixed_school() -> str:
    kind = wpick([(4, "l'école"), (3, "l'école maternelle"), (3, "l'école élémentaire"), (3, "le groupe scolaire")])
    street = f"{wpick([(6, 'rue'), (2, 'avenue'), (1, 'boulevard')])} {pick(THEMES) if rng.random() < 0.5 else person(0.6)}"
    name = wpick([(5, person(0.8)), (3, pick(THEMES)), (3, street)])
    return f"{kind} {name}"


def mixed_square() -> str:
    kind = wpick([(5, "square"), (4, "jardin"), (3, "parc")])
    return f"{kind} {pick(THEMES) if rng.random() < 0.5 else person(0.8)}"


def mixed_place() -> str:
    return f"place {pick(THEMES) if rng.random() < 0.55 else person(0.7)}"


def mixed_stade() -> str:
    return f"stade {person(0.8)}"


def mixed_gym() -> str:
    return f"gymnase {person(0.7)}"


def mixed_bib() -> str:
    return f"{pick(['bibliothèque', 'médiathèque'])} {person(0.8)}"


def mixed_beach() -> str:
    return f"plage {pick(BEACHES)}"


def de(x: str) -> str:
    """'de' + article contraction for 'le …' / 'la …' / 'l'…'."""
    if x.startswith("le "):
        return "du " + x[3:]
    if x.startswith("les "):
        return "des " + x[4:]
    if x.startswith("l'"):
        return "de " + x
    if x.startswith("la "):
        return "de " + x
    return "de " + x


def art(x: str) -> str:
    """'la rue …', 'le square …', 'l'école …'."""
    first = x.split(" ")[0]
    if x.startswith(("l'", "le ", "la ")):
        return x
    if first in ("rue", "cité", "sente", "villa", "place", "bibliothèque", "médiathèque", "plage"):
        return "la " + x
    if first in ("avenue", "allée", "impasse"):
        return "l'" + x
    return "le " + x


def along(street: str) -> str:
    """'rue des Lilas' -> 'rue des Lilas' / 'dans la rue des Lilas'; 'quai X' -> 'sur le quai X'."""
    first = street.split(" ")[0]
    if first in ("rue", "impasse", "allée", "villa", "cité", "sente", "passage"):
        return street if rng.random() < 0.5 else "dans " + art(street)
    return "sur " + art(street)


def au(x: str) -> str:
    """'au square …', 'à la rue …'."""
    a = art(x)
    if a.startswith("le "):
        return "au " + a[3:]
    return "à " + a


# (template, label). Fields: {rue} street, {q} quartier, {ecole}, {square}, {place}, {stade}, {gym},
# {bib}, {plage}. Templates are written as a project title or a one-sentence description.
PB = [
    # school yards (13 main)
    ("Des cours d'école plus vertes et plus fraîches {dans_q} !", L(13, 50, 4, 30, 15, 20)),
    ("Transformons la cour {de_ecole} en cour oasis !", L(13, 50, 4, 30, 15, 20)),
    ("Une cour oasis pour {ecole}", L(13, 50, 4, 30, 15, 20)),
    ("Cour {de_ecole} : moins de bitume, plus d'ombre et de nature", L(13, 50, 4, 30, 15, 20)),
    ("Désimperméabiliser la cour {de_ecole}, planter des arbres et créer des coins d'ombre pour que les enfants aient moins chaud l'été", L(13, 50, 4, 30, 15, 20)),
    ("Rafraîchir la cour {de_ecole} : végétalisation, fontaine et revêtement clair", L(13, 50, 4, 30, 15, 20)),
    # streets
    ("Pour une {rue} apaisée, conviviale et végétalisée", L(11, 60, 13, 20, 15, 20)),
    ("Une {rue} plus agréable : moins de voitures, plus de verdure", L(11, 60, 13, 20, 15, 20)),
    ("Réaménager {rue_art} pour en faire un lieu de rencontre apaisé et planté d'arbres", L(11, 60, 13, 20, 15, 20)),
    ("Végétalisons {rue_art} !", L(15, 60, 11, 20, 13, 20)),
    ("Des arbres et des jardinières le long de {rue_art}", L(15, 60, 11, 20, 13, 20)),
    ("Plantations en pied d'immeuble et jardinières {dans_q} : la nature au coin de la rue", L(15, 60, 11, 20, 13, 20)),
    ("Plus d'arbres {dans_q} !", L(15, 80, 11, 20)),
    ("Plus d'arceaux à vélos {dans_q}", L(11, 70, 13, 30)),
    ("Des abris vélos sécurisés près {de_place}", L(11, 70, 13, 30)),
    ("Une piste cyclable sécurisée {sur_rue}", L(11, 70, 13, 30)),
    ("Relier le {q} au centre-ville à vélo en toute sécurité", L(11, 70, 13, 30)),
    ("Des places de stationnement pour vélos cargos devant les écoles {du_q}", L(11, 70, 13, 30)),
    ("Installer des arceaux à vélos devant les commerces, les écoles et les équipements sportifs {du_q} pour encourager les déplacements à vélo", L(11, 70, 13, 30)),
    ("Embellir votre quartier : réaménagement {de_place}", L(11, 100)),
    ("Des bancs pour se poser et discuter {dans_q}", L(11, 100)),
    ("Rénover les trottoirs {de_rue} pour mieux marcher", L(11, 100)),
    ("Sécuriser le carrefour {de_rue} : plateau surélevé et passages piétons", L(11, 100)),
    ("Une fresque murale participative {sur_rue}", L(11, 100)),
    ("Redonner vie à {place_art} : nouveau mobilier, nouvel éclairage et espace pour les marchés", L(11, 100)),
    ("Une rue aux enfants devant {ecole} : fermeture à la circulation aux heures d'entrée et de sortie", L(11, 100)),
    ("Un kiosque à musique {au_square}", L(11, 100)),
    ("Un lieu de répétition pour les groupes de musique {du_q}", L(11, 100)),
    ("Restaurer la fontaine {de_place}", L(11, 100)),
    ("Des boîtes à livres dans les squares {du_q}", L(4, 60, 11, 40)),
    # sport
    ("Rénovation des vestiaires {de_stade} - remplacement du TGBT et de la ventilation", L(3, 85, 11, 15)),
    ("Un nouveau sol pour {gym} !", L(3, 85, 11, 15)),
    ("Rénover le terrain de basket {du_square}", L(3, 80, 11, 20)),
    ("Un terrain multisports en accès libre {dans_q}", L(3, 80, 11, 20)),
    ("Des agrès de street workout {au_square}", L(3, 70, 15, 30)),
    ("Un parcours sportif dans {square_art} pour bouger à tout âge", L(3, 70, 15, 30)),
    ("Une table de ping-pong et des jeux de boules {au_square}", L(3, 80, 11, 20)),
    ("Couvrir les courts de tennis {de_stade}", L(3, 85, 11, 15)),
    ("Des vestiaires pour les filles {au_stade}", L(3, 60, 5, 40)),
    ("Un skatepark pour les jeunes {du_q}", L(3, 80, 11, 20)),
    # gender
    ("Un city-stade où les filles ont toute leur place !", L(5, 50, 3, 30, 11, 20)),
    ("Un city-stade mixte {dans_q} : des équipements pensés pour les filles et les garçons", L(5, 50, 3, 30, 11, 20)),
    ("Mieux éclairer les chemins {du_q} pour que chacune se sente en sécurité", L(5, 50, 11, 50)),
    ("Des tables à langer dans les toilettes publiques, côté hommes aussi", L(5, 60, 11, 40)),
    ("Un lieu d'accueil et d'écoute pour les femmes {du_q}", L(5, 80, 11, 20)),
    ("Des distributeurs de protections périodiques gratuites dans les équipements {du_q}", L(5, 70, 3, 30)),
    ("Cour égalitaire {a_ecole} : repenser l'espace pour que filles et garçons jouent ensemble", L(5, 50, 4, 30, 11, 20)),
    ("Des noms de femmes pour les nouvelles rues et places {du_q}", L(5, 70, 11, 30)),
    # nature
    ("Des nichoirs et des hôtels à insectes dans {square_art}", L(15, 100)),
    ("Une prairie fleurie pour les abeilles {au_square}", L(15, 100)),
    ("Plantons une micro-forêt {dans_q} !", L(15, 60, 13, 40)),
    ("Rénovation {de_square} : allées, bancs et nouvelles plantations", L(15, 70, 11, 30)),
    ("Une mare pédagogique {au_square} pour les grenouilles et les libellules", L(15, 100)),
    ("Ouvrir un nouveau jardin public sur la friche {de_rue}", L(15, 70, 11, 30)),
    ("Des haies et des arbustes fruitiers pour les oiseaux {dans_q}", L(15, 100)),
    ("Une nouvelle aire de jeux {au_square} !", L(11, 80, 15, 20)),
    ("Des jeux pour les tout-petits {au_square}", L(11, 80, 15, 20)),
    ("Une aire de jeux inclusive {au_square}, accessible à tous les enfants", L(10, 60, 11, 40)),
    # access, inclusion
    ("Des trottoirs accessibles aux fauteuils et aux poussettes {sur_rue}", L(10, 70, 11, 30)),
    ("Rendre {bib} accessible aux personnes à mobilité réduite", L(10, 70, 11, 30)),
    ("Des bancs et des rampes pour que les personnes âgées et handicapées circulent mieux {dans_q}", L(10, 70, 11, 30)),
    ("Rénovation de la maison de quartier {qn}", L(10, 85, 11, 15)),
    ("Un nouvel espace jeunes {dans_q} !", L(10, 85, 11, 15)),
    ("Un studio de musique pour les jeunes de la MJC {du_q}", L(10, 85, 11, 15)),
    ("Une salle partagée pour les associations {du_q}", L(10, 85, 11, 15)),
    # food
    ("Un jardin partagé au pied des immeubles {du_q}", L(2, 60, 11, 40)),
    ("Des bacs potagers partagés sur {place_art}", L(2, 60, 11, 40)),
    ("Des potagers sur les toits {du_q} !", L(2, 70, 11, 30)),
    ("Une ferme urbaine {au_square}", L(2, 70, 15, 30)),
    ("Un frigo solidaire {sur_rue} contre le gaspillage alimentaire", L(2, 60, 12, 40)),
    ("Un potager pédagogique pour {ecole}", L(2, 60, 4, 40)),
    ("Un verger partagé {au_square} : des fruits pour tous", L(2, 50, 15, 50)),
    ("Une cuisine partagée et solidaire {dans_q}", L(2, 70, 1, 30)),
    # social
    ("Des casiers solidaires pour les personnes sans abri {du_q}", L(1, 100)),
    ("Une bagagerie solidaire près de la gare", L(1, 100)),
    ("Des douches pour les personnes à la rue : rénovation des bains-douches {de_rue}", L(1, 60, 6, 40)),
    ("Une laverie solidaire {dans_q}", L(1, 100)),
    ("Un accueil de jour pour les familles à la rue {dans_q}", L(1, 85, 11, 15)),
    # water
    ("Des fontaines à eau {dans_q}", L(6, 70, 11, 30)),
    ("Une fontaine à boire {au_square}", L(6, 70, 11, 30)),
    ("Des toilettes publiques gratuites {sur_place}", L(6, 60, 11, 40)),
    ("Récupérer l'eau de pluie pour arroser {square_art}", L(6, 60, 15, 40)),
    ("Rouvrir le ruisseau {du_q} et renaturer ses berges", L(6, 60, 15, 40)),
    # climate
    ("Des brumisateurs pour se rafraîchir l'été {sur_place}", L(13, 70, 11, 30)),
    ("Des îlots de fraîcheur {dans_q}", L(13, 60, 11, 20, 15, 20)),
    ("Moins de béton, plus de fraîcheur : désimperméabiliser {place_art}", L(13, 60, 6, 20, 11, 20)),
    ("Des ombrières et des points d'eau pour les jours de canicule {dans_q}", L(13, 70, 11, 30)),
    # waste
    ("Des composteurs collectifs pour réduire nos déchets {dans_q}", L(12, 100)),
    ("Des cendriers de rue pour en finir avec les mégots {sur_rue}", L(12, 100)),
    ("Une recyclerie de quartier pour réparer plutôt que jeter", L(12, 100)),
    ("Plus de poubelles de tri {dans_q}", L(12, 70, 11, 30)),
    ("Un atelier de réparation de vélos et d'objets {dans_q}", L(12, 70, 11, 30)),
    ("Une boîte à dons {sur_place} pour donner une seconde vie aux objets", L(12, 100)),
    # energy
    ("Un éclairage public LED moins énergivore {sur_rue}", L(7, 70, 11, 30)),
    ("Des panneaux solaires sur le toit {de_gym}", L(7, 60, 3, 40)),
    ("Des panneaux solaires sur le toit {de_ecole}", L(7, 60, 4, 40)),
    ("Une centrale solaire citoyenne sur les toits {du_q}", L(7, 70, 13, 30)),
    ("Isoler {ecole} pour que les enfants n'aient plus froid l'hiver", L(4, 50, 7, 50)),
    # digital
    ("Du wifi gratuit dans {square_art}", L(9, 70, 11, 30)),
    ("Un espace numérique pour les seniors {du_q}", L(9, 60, 10, 40)),
    ("Des ordinateurs en libre accès à la {bib_short}", L(9, 60, 10, 40)),
    ("Un fablab de quartier : imprimantes 3D et découpe laser pour tous", L(9, 60, 8, 40)),
    # coast
    ("Des cendriers de plage pour une {plage} sans mégots !", L(14, 70, 12, 30)),
    ("Protéger la dune de la {plage} : ganivelles et plantations", L(14, 60, 15, 40)),
    ("Des tapis d'accès à la mer pour les personnes handicapées, {plage}", L(10, 70, 14, 30)),
    ("Des douches et des toilettes sur la {plage}", L(14, 80, 11, 20)),
    ("Un sentier sous-marin balisé à la {plage}", L(14, 100)),
    ("Des bacs à marée sur la {plage} pour ramasser les déchets rejetés par la mer", L(14, 70, 12, 30)),
    # schools, childhood
    ("Un préau pour {ecole} !", L(4, 85, 11, 15)),
    ("Rénover les toilettes {de_ecole}", L(4, 85, 11, 15)),
    ("Des tablettes pour les classes {de_ecole}", L(4, 80, 9, 20)),
    ("Des jeux de cour pour {ecole}", L(4, 100)),
    ("Une ludothèque {dans_q}", L(4, 70, 11, 30)),
    ("Agrandir la crèche {du_q} : 20 places de plus pour les familles", L(4, 85, 11, 15)),
    ("Un coin lecture et des livres pour la bibliothèque {de_ecole}", L(4, 100)),
    ("Des stores et des brise-soleil pour {ecole}", L(4, 70, 13, 30)),
    # economy
    ("Des boutiques à l'essai pour redynamiser {rue_art}", L(8, 70, 11, 30)),
    ("Des bornes électriques pour le marché {de_place}", L(8, 70, 11, 30)),
    ("Un espace de coworking pour les indépendants {du_q}", L(8, 60, 9, 40)),
    # citizenship, security
    ("Des caméras pour sécuriser {place_art}", L(16, 100)),
    ("Un panneau d'information lumineux pour les habitants {du_q}", L(16, 100)),
    ("Une salle de réunion pour le conseil de quartier {qn}", L(16, 85, 11, 15)),
    # health
    ("Des défibrillateurs en accès libre {dans_q}", L(3, 100)),
    ("Un centre de santé de proximité {dans_q}", L(3, 85, 11, 15)),
    ("Rénovation de la PMI {du_q} : salle d'attente et espace bébés", L(3, 80, 4, 20)),
]


def pb_fields():
    q = pick(QUARTIERS)
    qx = f"quartier {q}"
    ecole = mixed_school()
    rue = mixed_street()
    rue_f = mixed_street_f()
    square = mixed_square()
    place = mixed_place()
    stade = mixed_stade()
    gym = mixed_gym()
    bib = mixed_bib()
    plage = mixed_beach()
    return {
        "q": qx, "dans_q": f"dans le {qx}", "du_q": f"du {qx}", "qn": q,
        "ecole": ecole, "de_ecole": de(ecole), "a_ecole": "à " + ecole if not ecole.startswith("le ") else "au " + ecole[3:],
        "rue": rue_f, "rue_art": art(rue), "de_rue": de(art(rue)), "sur_rue": along(rue),
        "square": square, "square_art": art(square), "de_square": de(art(square)), "au_square": au(square),
        "du_square": de(art(square)),
        "place": place, "place_art": art(place), "de_place": de(art(place)), "sur_place": "sur " + art(place),
        "stade": stade, "de_stade": de(art(stade)), "au_stade": au(stade),
        "gym": art(gym), "de_gym": de(art(gym)),
        "bib": art(bib), "bib_short": bib, "plage": plage,
    }


PB_SVC = [(30, None), (15, "DCIT"), (55, "own")]
PB_OWN = {  # main goal -> direction that would carry it
    1: "DSOL", 2: "DALI", 3: "DSP", 4: "DEJ", 5: "DEGA", 6: "DEAU", 7: "DENER", 8: "DECO", 9: "DNUM",
    10: "DJVA", 11: "DVM", 12: "DPROP", 13: "DTE", 14: "DMER", 15: "DEV", 16: "DSEC", 17: "DRI",
}
PB_PREFIX = [(70, ""), (8, "BP - "), (6, "Budget participatif : "), (5, "Projet lauréat - "), (5, "BP{y} - "),
             (6, "{Q} - ")]


def pb_row():
    tpl, lab = pick(PB)
    f = pb_fields()
    text = tpl.format(**f)
    text = text[0].upper() + text[1:]
    prefixes = [(w, p) for w, p in PB_PREFIX if not ("{Q}" in p and re.search(r"\{(\w+_)?qn?\}", tpl))]
    pre = wpick(prefixes).format(y=rng.randint(2016, 2025), Q=f["q"][0].upper() + f["q"][1:])
    lib = re.sub(r"\s+", " ", pre + text).strip()
    how = wpick(PB_SVC)
    if how is None:
        s = ""
    elif how == "DCIT":
        s = pick(["DCIT - BUDGET PARTICIPATIF", "DCIT - PARTICIPATION CITOYENNE", "DCIT"])
    else:
        s = svc(pb_direction(tpl, lab))
    return lib, s, lab


def pb_direction(tpl: str, lab: str) -> str:
    """Direction that would carry the project: the place in the title first, then the goal."""
    main = int(lab.split(":")[0])
    if main in (1, 2, 5, 6, 7, 9, 12, 14, 16):
        return PB_OWN[main]
    for words, code in ((("{plage}",), "DMER"), (("{ecole}", "{de_ecole}", "{a_ecole}"), "DEJ"),
                        (("crèche",), "DPE"), (("{stade}", "{de_stade}", "{au_stade}", "{gym}", "{de_gym}"), "DSP"),
                        (("PMI", "santé", "défibrillateurs"), "DSAN"), (("{bib}", "{bib_short}"), "DAC"),
                        (("square}", "{au_square}", "{du_square}"), "DEV")):
        if any(w in tpl for w in words):
            return code
    return PB_OWN[main]


# --------------------------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------------------------

PLAN = [  # (generator, how many rows to keep)
    (lambda: building_lib("ecole"), 140),
    (lambda: building_lib("creche"), 62),
    (lambda: building_lib("loisirs"), 14),
    (lambda: building_lib("conservatoire"), 18),
    (lambda: building_lib("bibli"), 35),
    (lambda: building_lib("sport"), 62),
    (lambda: building_lib("stade"), 26),
    (lambda: building_lib("piscine"), 26),
    (lambda: building_lib("culture"), 40),
    (lambda: building_lib("culte"), 22),
    (lambda: building_lib("admin"), 68),
    (lambda: building_lib("police"), 20),
    (lambda: building_lib("sante"), 30),
    (lambda: building_lib("pmi"), 16),
    (lambda: building_lib("ehpad"), 16),
    (lambda: building_lib("hebergement"), 24),
    (lambda: building_lib("social"), 20),
    (lambda: building_lib("jeunesse"), 40),
    (lambda: building_lib("epn"), 12),
    (lambda: building_lib("eco"), 26),
    (lambda: building_lib("femmes"), 14),
    (address_only_row, 65),
    (bare_name_row, 30),
    (park_row, 105),
    (street_row, 135),
    (place_row, 45),
    (bridge_row, 12),
    (thematic_row, 300),
    (pb_row, 240),
]


# The example lines quoted in the brief of this slice: the slice writes its own, never these.
BRIEF_EXAMPLES = [
    "GS RUE DES MARRONNIERS - RAVALEMENT", "EM 12 RUE VOLTAIRE", "CRECHE 40 BD DE LA LIBERTE",
    "GYMNASE CHARCOT - TOITURE", "RUE DU MOULIN, CHAUSSEE", "SQUARE DES PEUPLIERS - AIRE DE JEUX",
    "PISCINE DU PARC - TRAITEMENT D'AIR", "BIBLIOTHEQUES - DIVERSES", "EDIFICES CULTUELS DIVERS",
    "CENTRE ADMINISTRATIF NORD", "ENTRETIEN 1ER DEGRE", "ACCESSIBILITE HANDICAPES",
    "Des cours d'école plus vertes et plus fraîches !", "Pour une rue des Lilas apaisée, conviviale et végétalisée",
    "Plus d'arceaux à vélos dans le quartier Nord", "Embellir votre quartier : réaménagement de la place du Marché",
    "Rénovation des vestiaires du stade - remplacement du TGBT et de la ventilation",
    "EE 14 RUE PASTEUR - REFECTION SANITAIRES", "CC 8 RUE DES ECOLES - EXTENSION", "HG RUE DU CANAL",
    "CS JEAN BOUIN - PELOUSE SYNTHETIQUE",
]


def load_existing() -> set[str]:
    keys: set[str] = {fold(example) for example in BRIEF_EXAMPLES}
    for row in other_rows(OTHER_PARTS):
        keys.add(fold(row["libelle"]))
    return keys


def main() -> None:
    seen = load_existing()
    rows: list[list[str]] = []
    for lib, code, lab in AGGREGATES:
        key = fold(lib)
        if key in seen:
            continue
        seen.add(key)
        rows.append([lib, "", "", "", svc(code), lab])
    for gen, want in PLAN:
        made = tries = 0
        while made < want and tries < want * 40:
            tries += 1
            lib, s, lab = gen()
            lib = re.sub(r"\s+", " ", lib).strip()
            key = fold(lib)
            if not key or key in seen:
                continue
            seen.add(key)
            rows.append([lib, "", "", "", s, lab])
            made += 1
    rng.shuffle(rows)
    rows = curation.conventional_rows(row for row in rows if curation.keep(row[0]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
