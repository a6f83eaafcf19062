"""Write part Q of Verdir's labelled training corpus: subsidies, memberships and contributions
to named bodies.

Budgets and their annex of grants to associations are full of lines that only name a body
("SUBV SECOURS POPULAIRE", "COTISATION AMF", "ADHESION CAUE", "PARTICIPATION MISSION LOCALE"):
the body's name alone tells a finance officer what the money is for. Parts A to O have almost
none of them (Croix-Rouge, Restos du coeur, ADIL, CAUE, UNSS, AMF, FNCCR, CCI, ADIE... have 0
rows): this part writes 2 or 3 lines for each of about 180 national, networked or typical local
bodies, 3 lines when parts A-O have fewer than 3 rows naming the body, 2
otherwise (gaps.py counts them; its output is gaps.txt).

Labels. Where parts A to O label the body or its kind of activity, their dominant split is
taken (rows counted on the folded libellés of parts A-O, with the parts that write them); where
they have nothing, the codebook's table decides from what the body does:

  * humanitarian and social bodies: Secours populaire 1:100 (4 of 8 rows, parts A and F; its
    food distribution 2:70;1:30, part A), Croix-Rouge 1:100 (the vestiboutique and the unité
    locale, parts A and F; its food aid 2:70;1:30, part A), Secours catholique, ATD Quart Monde,
    Saint-Vincent-de-Paul, Armée du Salut, Crésus and point conseil budget 1:100 (the codebook:
    poverty); Restos du coeur, banque alimentaire and épiceries solidaires 2:70;1:30 (24 of 51
    food-aid rows, parts A and F; banque alimentaire grants 2:80;1:20 are 10 rows); Emmaüs
    1:60;12:40 (part A, 1/1); Samu social 1:80;3:20 (part A, 3 rows); Habitat et Humanisme and
    Fondation Abbé Pierre 1:60;11:40 (part A, 1/1); UDAF and médiation familiale 1:100 and
    1:70;16:30 (family rows, 21 of 80 at 1:100; part A's médiation familiale); child protection
    (SOS Villages d'enfants, La Voix de l'enfant) 1:70;10:30 (the M57 prior of fonction 4213);
  * women's rights: CIDFF 5:80;16:20 (parts A, 11 rows), Planning familial 5:60;3:40 (part A,
    3 rows), Solidarité Femmes and Femmes solidaires 5:70;16:30 (14 rows on violence against
    women);
  * anti-discrimination: SOS Racisme, LICRA, LDH, MRAP, SOS homophobie 10:100 (part B, 11 of 12
    discrimination rows); disability bodies (APF France handicap, UNAPEI, ADAPEI, Valentin Haüy,
    Paralysés, sourds) 10:100 (19 of 55 disability rows; part B's "association de personnes en
    situation de handicap" 10:100); handisport and sport adapté 10:80;3:20 (part B writes
    10:80;3:20, 10:70;11:30 and 10:60;4:40 on 5 rows: the fonction 425 prior decides);
  * health: Ligue contre le cancer 3:100 (3/3, parts A and F), donneurs de sang 3:100 (part A),
    France Alzheimer 3:100 (part A), AIDES, Addictions France, SOS Amitié, UNAFAM 3:100
    (prevention, codebook); ADMR and the clubs des aînés 3:60;10:40 (parts F and G, 5 of 7 and
    1/1); Atmo air-quality association 3:80;11:20 (2 of 7 air rows; the others are schools);
  * schools: APE, FCPE, PEEP, APEL, coopératives scolaires (OCCE), DDEN 4:100 (parents'
    associations 3/3, coopératives scolaires part F); USEP, UNSS and UGSEL 4:60;3:40 (part A's
    USEP 1/1 and part I's sport scolaire, and the fonction 282 prior; the brief expected 3 with
    4: the corpus puts school sport on the school side); Ligue de l'enseignement, PEP, Lire et
    faire lire 4:100; AFEV 4:70;10:30 (tutoring of pupils of priority neighbourhoods: no row);
    Francas 4:60;10:40 (centres de loisirs, fonction 331 prior); prévention routière in schools
    4:70;3:30 (part L, 3/3); associative music schools 4:70;11:30 (part A, 1 row); bibliothèques
    pour tous 4:60;11:40 (41 of 66 library rows);
  * sport: clubs, comités départementaux, ligues, CDOS, offices municipaux des sports, UFOLEP,
    FSGT, gymnastique volontaire 3:100 (20 of 34 club rows, 6/6 association sportive rows, 2/2
    ligue rows); amicale laïque is written by its section (gym 3:100, as part A writes it;
    théâtre 11:100; centre de loisirs 4:60;10:40);
  * youth and social cohesion: MJC 10:100 (12 of 26 MJC rows, all the grants; the others are
    works), centres sociaux 10:70;1:30 (part N's decision on a 2/2 split, codebook), scouts and
    éclaireurs 10:60;4:40 (fonction 33 prior), FJT 11:60;10:40 (part G, 1 row);
  * employment and economy: mission locale 8:60;4:40 (8 of 9, parts G and H; the brief expected
    8 with 10: the corpus writes 4 second), E2C and EPIDE 8:60;4:40 (E2C 4/4, parts G and H),
    PLIE, maison de l'emploi, régie de quartier, chantiers d'insertion and Jardins de Cocagne
    8:70;10:30 (15 of 57 insertion rows, maison de l'emploi grant 1/1), ADIE 8:70;10:30 (part
    B's microcrédit association, 2 rows), Cap emploi 8:60;10:40 (no row: employment of disabled
    people), France Active 8:80;10:20 (fonction 65 prior), France Travail / Pôle emploi, CCI,
    chambre de métiers, Initiative, Réseau Entreprendre, BGE, unions commerciales, agences de
    développement 8:100 (prêts d'honneur platform 2/2, commerçants 26 of 52, agence de
    développement adhesion 2/2), offices de tourisme and syndicats d'initiative 8:80;11:20 (18 of
    26), agence départementale du tourisme 8:100 (part B, 2/2), pôle de compétitivité 9:70;8:30
    (part B, G, H, 5 rows), French Tech 9:60;8:40 (part B, 2/2); chambre d'agriculture 2:80;8:20
    (part A, 1/1), Jeunes agriculteurs 2:70;8:30 (part A, 1/1), Terre de liens 2:70;15:30 (part
    A's conversion bio), Un plus bio 2:70;12:30 (part A, 1/1);
  * housing, planning, energy, mobility: ADIL, CAUE, CNL and CLCV, agence d'urbanisme 11:100
    (codebook: housing and planning; no row), SOLIHA 11:80;1:20 (fonction 552 prior); ALEC and
    espaces conseil France Rénov' 7:70;13:30 (part B, 2/2); FUB, vélo-écoles and Club des villes
    et territoires cyclables 11:70;13:30 (56 of 112 bicycle rows), GART 11:80;13:20 (public
    transport);
  * environment: LPO, FNE, conservatoire d'espaces naturels, apiculteurs, Plante & Cité, société
    d'horticulture 15:100 (part C's "protection des oiseaux" 1/1, 17 of 90 fleurissement rows),
    CPIE 15:70;13:30 (2 of 4), parc naturel régional 15:70;17:30 (parts C and G, 4/4), ONF
    15:100 (forests, codebook), ressourceries 12:100 (15 of 40), Envie 12:60;8:40 (9 rows,
    reuse with insertion), Zero Waste 12:100, réseau compost 12:100 (part C, 2/2);
    SNSM 14:70;16:30 (16 of 26 rescue rows, its beach-watch conventions, part C), Surfrider
    14:70;12:30 (part C's beach-litter rows, 3/3);
  * institutions: amicales des sapeurs-pompiers, union départementale, JSP 16:100 (part F, 3/3),
    protection civile 16:100 (security and first aid, no row), anciens combattants (UNC, FNACA,
    Souvenir français, ANACR, médaillés militaires, Bleuet de France) 16:100 (part F, 3/3: the
    corpus reads memory associations as institutions, not heritage), France Victimes and CDAD
    16:100 (part C's "aide aux victimes" 1/1; justice, codebook), CNAS, COS, centre de gestion,
    CNFPT 16:100 (parts C, F, I, J: 9 of 10), ADULLACT 16:70;9:30 (the services' own software);
  * contributions and memberships of other public bodies: AMF, association départementale des
    maires, AMRF, APVF, Villes de France, France urbaine, Intercommunalités de France, ANEM,
    FNCCR 17:100 (association des maires 2 of 3 rows, parts I and C; the codebook's
    "contributions to other public bodies": FNCCR is written at 17 as the brief asks, though the
    corpus writes a département energy syndicate's cotisation at 7:100); comités de jumelage,
    Cités unies France, AFCCRE, maison de l'Europe 17:100 (18/18 jumelage rows, parts C and D);
    UNICEF, Action contre la faim, Médecins sans frontières, Solidarité eau 17:60 with the goal
    served second (emergency aid 17:60;1:40, coopération 17:60;2:40, 17:60;3:40, 17:60;6:40,
    part C);
  * culture and heritage: Fondation du patrimoine 11:100 (part B, 1/1), VMF, Sites et cités,
    sociétés d'histoire, harmonies (4/4), batteries-fanfares, cinémas associatifs (part B),
    compagnies de théâtre, comités des fêtes 11:100 (2 of 3); JMF 11:70;4:30 (fonction 311
    prior); foyer rural by its section (bibliothèque 4:60;11:40, fête 11:100).

Five invented authorities with their own service names: Saint-Orbanne-sur-Lèze (a village of
~2,300: "MAIRIE", "SECRETARIAT", "VIE ASSOCIATIVE", "CCAS", "ECOLE"), Montclair-en-Vauvre (a town
of ~38,000: "Direction des Sports", "DGA SOLIDARITES", "CABINET DU MAIRE", "Direction vie
associative"), the Communauté d'agglomération du Val de Sarrance ("SCE 12 CIAS", "SCE 21
DEVELOPPEMENT ECONOMIQUE", "SCE 34 ENVIRONNEMENT"), the Département de la Haute-Vauvre ("DGA
SOLIDARITES / INSERTION", "DGA EDUCATION / COLLEGES", "CABINET DU PRESIDENT") and Port-Marsac (a
seaside town of ~12,000, for the coastal bodies). About half the lines carry a service; about a
third of those point elsewhere (vie associative, finances, cabinet for a humanitarian or
sports grant): the libellé decides.

Export forms: "SUBV ...", "Subvention à l'association ...", "COTISATION ...", "ADHESION ...",
"PARTICIPATION ...", "CONVENTION ...", with local branches (unité locale, antenne, comité
départemental), invented clubs and schools, years and budget steps (BP 2024, DM1, exercice 2023);
upper case with the glossary's abbreviations (SUBV, ASSO, ASS., ASSOC, COTIS, PARTICIP, FONCT),
mixed case with or without accents, lower case; some upper-case lines cut at 32-44 characters,
only inside the tail (branch, year), never before the body's name. About 35 % of the lines
carry M57 codes (nature 6574 / 65748 for grants, 6281 for memberships, 6558 / 65738 for
participations, chapitre 65 or 011, a fonction of the body's field), always agreeing with the
label's main goal (agreeing_only: a code whose prior disagrees is dropped).

Labels of parts A-O, of the outside probes and of the brief's own examples are skipped; lines
are distinct. All places, clubs, schools and services are invented; the bodies named are real
national bodies or typical local ones. Deterministic, stdlib only, no network:
python gen_part_q.py  ->  part_q.csv (same folder).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generator_tools import (
    L,
    fn_gen,
    fold,
    other_rows,
    part_setup,
    strip_accents,
    up,
    write_part,
    written_rows,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1717)

# The brief's own examples: the part writes its own lines, never these.
BRIEF_EXAMPLES = [
    "SUBV SECOURS POPULAIRE", "Subvention Croix-Rouge française - unité locale", "COTISATION AMF",
      "ADHESION CAUE",
    "Subv. Restos du coeur", "PARTICIPATION MISSION LOCALE", "SUBV CIDFF", "ADHESION FNCCR",
    "SUBV AS USEP ECOLE JAURES", "SUBV UNSS COLLEGE", "Contribution ADIL", "LPO refuge", "Subvention CCAS",
]

# --------------------------------------------------------------------------------------------
# labels (see the docstring for the counts behind each)
# --------------------------------------------------------------------------------------------

SOC = L(1, 100)
FOOD = L(2, 70, 1, 30)
EMMAUS = L(1, 60, 12, 40)
SAMU = L(1, 80, 3, 20)
HOUSING_POOR = L(1, 60, 11, 40)
FAMILY_MED = L(1, 70, 16, 30)
CHILD = L(1, 70, 10, 30)
ELDER_POOR = L(1, 60, 10, 40)
WOMEN = L(5, 80, 16, 20)
PLANNING = L(5, 60, 3, 40)
VIOLENCE = L(5, 70, 16, 30)
DISCRIM = L(10, 100)
DISAB = L(10, 100)
DISAB_SPORT = L(10, 80, 3, 20)
HEALTH = L(3, 100)
SENIOR = L(3, 60, 10, 40)
AIR = L(3, 80, 11, 20)
EDU = L(4, 100)
SCHOOL_SPORT = L(4, 60, 3, 40)
TUTOR = L(4, 70, 10, 30)
LEISURE = L(4, 60, 10, 40)
ROAD_SAFETY = L(4, 70, 3, 30)
MUSIC_SCHOOL = L(4, 70, 11, 30)
LIBRARY = L(4, 60, 11, 40)
SPORT = L(3, 100)
YOUTH = L(10, 100)
SOCIAL_CENTRE = L(10, 70, 1, 30)
SCOUTS = L(10, 60, 4, 40)
FJT = L(11, 60, 10, 40)
ML = L(8, 60, 4, 40)
INSERTION = L(8, 70, 10, 30)
CAP_EMPLOI = L(8, 60, 10, 40)
ESS = L(8, 80, 10, 20)
ECO = L(8, 100)
TOURISM = L(8, 80, 11, 20)
CLUSTER = L(9, 70, 8, 30)
FRENCH_TECH = L(9, 60, 8, 40)
AGRI = L(2, 80, 8, 20)
YOUNG_FARMERS = L(2, 70, 8, 30)
FARMLAND = L(2, 70, 15, 30)
ORGANIC = L(2, 70, 12, 30)
URBA = L(11, 100)
SOLIHA = L(11, 80, 1, 20)
ENERGY = L(7, 70, 13, 30)
CYCLING = L(11, 70, 13, 30)
TRANSIT = L(11, 80, 13, 20)
NATURE = L(15, 100)
CPIE = L(15, 70, 13, 30)
PNR = L(15, 70, 17, 30)
WASTE = L(12, 100)
REUSE_JOBS = L(12, 60, 8, 40)
SEA_RESCUE = L(14, 70, 16, 30)
SEA_LITTER = L(14, 70, 12, 30)
INST = L(16, 100)
INST_IT = L(16, 70, 9, 30)
MEMBER = L(17, 100)
AID_SOC = L(17, 60, 1, 40)
AID_FOOD = L(17, 60, 2, 40)
AID_HEALTH = L(17, 60, 3, 40)
AID_WATER = L(17, 60, 6, 40)
CULT = L(11, 100)
JMF = L(11, 70, 4, 30)

# --------------------------------------------------------------------------------------------
# invented places, schools and clubs
# --------------------------------------------------------------------------------------------

TOWNS = ["Valmorel", "Saint-Orbanne", "Montclair", "Lézignac", "Port-Marsac", "Brévannes-la-Côte", "Sarrance",
         "Vaunoy-sur-Vauvre", "Castelvieil", "Pradines-le-Haut", "Mérignol", "Aubrais-le-Vieux"]
DEPT = "Haute-Vauvre"
SCHOOLS = ["école des Tilleuls", "école Lucie Aubrac", "école du Moulin", "groupe scolaire des Vignes",
           "école élémentaire Paul Bert", "école maternelle les Coquelicots", "école de Pradines"]
COLLEGES = ["collège Jean Moulin", "collège des Trois Rivières", "collège Simone Veil",
      "collège du Val de Sarrance",
            "lycée Marguerite Yourcenar"]
YEARS = ["2022", "2023", "2024", "2025", "BP 2024", "BP 2025", "BP 2023", "DM1 2024", "DM1", "DM2 2023",
         "exercice 2023", "exercice 2024", "année 2025", "solde 2024", "acompte 2025"]

# a body's local branch, by kind; "{t}" is a town
BRANCHES = {
    "ul": ["unité locale de {t}", "antenne de {t}", "comité de {t}", "délégation de {t}", "antenne locale"],
    "cd": ["comité départemental", f"comité de la {DEPT}", "délégation départementale",
      f"fédération de la {DEPT}"],
    "ad": [f"association départementale de la {DEPT}", "section de {t}", "antenne de {t}"],
    "town": ["de {t}", "section de {t}", "de {t}"],
    "school": ["{s}"],
    "college": ["{c}"],
    "none": [""],
}


def branch(kind: str) -> str:
    b = draw.pick(BRANCHES[kind])
    return b.format(t=draw.pick(TOWNS), s=draw.pick(SCHOOLS), c=draw.pick(COLLEGES))


# --------------------------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------------------------


@dataclass
class Body:
    """A named body: its name forms (the first the full one, with its article), the regex that
    counts it in parts A-O, its label, the kinds of lines written for it (subv / cotis / part),
    the M57 fonctions of its field, its branch kind, its service field and the authorities that
    fund it. ``acts`` gives a purpose written after the name with its own label."""

    det: str
    names: list[str]
    rx: str
    lab: str
    kinds: str
    fcts: list[str]
    br: str
    svc: str
    scope: str = "SMCDP"
    acts: list[tuple[str, str]] = field(default_factory=list)
    assoc: bool = True


def B(det, names, rx, lab, kinds, fcts, br, svc, scope="SMCDP", acts=(), assoc=True) -> Body:
    return Body(det, list(names), rx, lab, kinds, list(fcts), br, svc, scope, list(acts), assoc)


F_SOC = ["424", "428", "42", "420"]
F_FOOD = ["424", "428"]
F_SPORT = ["327", "3272", "32", "326"]
F_SCHOOL = ["20", "201", "21", "212", "288"]
F_YOUTH = ["338", "33"]
F_ECO = ["60", "61", "62", "632", "68"]
F_JOB = ["251", "65"]
F_ADM = ["020", "02"]
F_COOP = ["048", "045", "04"]
F_CULT = ["311", "31", "312"]
F_ENV = ["76", "78", "511"]

BODIES: list[Body] = [
    # humanitarian and social
    B("le", ["Secours populaire français", "Secours populaire", "Secours pop."], r"secours populaire", SOC,
      "subv", F_SOC, "ul", "soc", acts=[("", SOC), ("", SOC), (" - distribution alimentaire", FOOD),
      (" - vacances des enfants", L(1, 60, 4, 40))]),
    B("la", ["Croix-Rouge française", "Croix-Rouge", "Croix Rouge"], r"croix rouge", SOC, "subv", F_SOC,
      "ul", "soc", acts=[("", SOC), ("", SOC), (" - aide alimentaire", FOOD), (" - vestiboutique", SOC)]),
    B("le", ["Secours catholique", "Secours catholique - Caritas France"], r"secours catholique", SOC,
      "subv", F_SOC, "ul", "soc"),
    B("les", ["Restaurants du coeur", "Restos du coeur", "Restos du cœur"],
      r"restos du coeur|restaurants du coeur", FOOD, "subv", F_FOOD, "ul", "soc"),
    B("la", ["Banque alimentaire", "Banque alimentaire départementale"], r"banque alimentaire", FOOD, "subv",
      F_FOOD, "cd", "soc"),
    B("l'", ["épicerie solidaire La Passerelle", "épicerie sociale Le Panier de Sarrance"],
      r"epicerie (solidaire|sociale)", FOOD, "subv", F_FOOD, "none", "soc", scope="SMC"),
    B("", ["ATD Quart Monde", "ATD Quart-Monde"], r"\batd\b|quart monde", SOC, "subv", F_SOC, "ul", "soc"),
    B("la", ["Société de Saint-Vincent-de-Paul", "Conférence Saint-Vincent-de-Paul"], r"vincent de paul",
      SOC, "subv", F_SOC, "ul", "soc"),
    B("l'", ["Armée du Salut", "Fondation de l'Armée du Salut"], r"armee du salut", SOC, "subv", F_SOC, "ul",
      "soc"),
    B("", ["Emmaüs", "communauté Emmaüs", "Emmaüs Solidarité"], r"emmaus", EMMAUS, "subv", F_SOC, "town",
      "soc"),
    B("le", ["Samu social", "SAMU social"], r"samu social", SAMU, "subv", F_SOC, "town", "soc", scope="MCD"),
    B("", ["Habitat et Humanisme", "Habitat & Humanisme"], r"habitat (et )?humanisme", HOUSING_POOR, "subv",
      ["424", "443", "42"], "ad", "soc"),
    B("la", ["Fondation Abbé Pierre", "Fondation pour le logement des défavorisés (Abbé Pierre)"],
      r"abbe pierre", HOUSING_POOR, "subv", ["424", "42"], "none", "soc"),
    B("les", ["Petits Frères des Pauvres", "petits frères des pauvres"], r"petits freres", ELDER_POOR,
      "subv", ["424", "42"], "ul", "soc"),
    B("", ["Crésus", "Crésus - chambre régionale du surendettement social"], r"cresus|surendettement", SOC,
      "subv", F_SOC, "ad", "soc"),
    B("l'", ["UDAF", "Union départementale des associations familiales"],
      r"\budaf\b|associations familiales", SOC, "subv", ["4212", "42", "420"], "none", "soc", scope="MCD"),
    B("l'", ["association de médiation familiale Trait d'Union", "Médiation familiale 87"],
      r"mediation familiale", FAMILY_MED, "subv", ["42"], "none", "soc", scope="MCD"),
    B("", ["SOS Villages d'Enfants", "SOS villages d'enfants"], r"villages d enfants", CHILD, "subv",
      ["4213", "421"], "none", "soc", scope="MD"),
    B("la", ["Voix de l'Enfant", "Voix de l'enfant"], r"voix de l enfant", CHILD, "subv", ["4213", "421"],
      "none", "soc", scope="MD"),
    # women's rights
    B("le", ["CIDFF", "Centre d'information sur les droits des femmes et des familles",
      "CIDFF de la Haute-Vauvre"], r"cidff|droits des femmes et des familles", WOMEN, "subv", ["341"],
      "none", "egal"),
    B("le", ["Planning familial", "Mouvement français pour le planning familial"], r"planning familial",
      PLANNING, "subv", ["341", "411"], "ad", "egal"),
    B("", ["Solidarité Femmes", "Fédération nationale Solidarité Femmes"], r"solidarite femmes", VIOLENCE,
      "subv", ["341"], "ad", "egal"),
    B("", ["Femmes solidaires", "Femmes Solidaires"], r"femmes solidaires", VIOLENCE, "subv", ["341"],
      "town", "egal"),
    # anti-discrimination
    B("", ["SOS Racisme", "SOS racisme"], r"sos racisme", DISCRIM, "subv", ["348"], "cd", "egal"),
    B("la", ["LICRA", "Ligue internationale contre le racisme et l'antisémitisme"],
      r"\blicra\b|contre le racisme et", DISCRIM, "subv", ["348"], "town", "egal"),
    B("la", ["Ligue des droits de l'Homme", "LDH"], r"ligue des droits|\bldh\b", DISCRIM, "subv", ["348"],
      "town", "egal"),
    B("le", ["MRAP", "Mouvement contre le racisme et pour l'amitié entre les peuples"], r"\bmrap\b", DISCRIM,
      "subv", ["348"], "cd", "egal"),
    B("", ["SOS homophobie", "SOS Homophobie"], r"homophobie", DISCRIM, "subv", ["348"], "ad", "egal",
      scope="MCD"),
    # disability
    B("", ["APF France handicap", "APF", "Association des paralysés de France"],
      r"\bapf\b|paralyses de france", DISAB, "subv", ["425"], "ad", "handi"),
    B("l'", ["UNAPEI", "Unapei"], r"unapei", DISAB, "subv", ["425"], "cd", "handi"),
    B("l'", ["ADAPEI", "Adapei de la Haute-Vauvre"], r"adapei", DISAB, "subv", ["425"], "none", "handi"),
    B("l'", ["association Valentin Haüy", "Valentin Haüy (AVH)"], r"valentin hauy|\bavh\b", DISAB, "subv",
      ["425"], "ul", "handi"),
    B("l'", ["association des sourds et malentendants de la Vauvre", "association des sourds de Montclair"],
      r"sourds", DISAB, "subv", ["425"], "none", "handi", scope="MD"),
    B("le", ["comité départemental handisport", "Handisport"], r"handisport", DISAB_SPORT, "subv", ["425"],
      "none", "sport"),
    B("le", ["comité départemental du sport adapté", "Sport adapté"], r"sport adapte", DISAB_SPORT, "subv",
      ["425"], "none", "sport", scope="MCD"),
    # health and older people
    B("la", ["Ligue contre le cancer", "Ligue nationale contre le cancer"],
      r"ligue (nationale )?contre le cancer", HEALTH, "subv", ["41", "412", "418"], "cd", "sante"),
    B("l'", ["amicale des donneurs de sang bénévoles", "association pour le don de sang bénévole"],
      r"donneurs de sang|don de sang", HEALTH, "subv", ["41", "412"], "town", "sante"),
    B("", ["France Alzheimer", "France Alzheimer et maladies apparentées"], r"alzheimer", HEALTH, "subv",
      ["41", "418"], "ad", "sante"),
    B("", ["AIDES", "association AIDES"],
      r"\baides (lutte|antenne|delegation|association|comite)|association aides", HEALTH, "subv", ["412",
      "41"], "ul", "sante", scope="MCD"),
    B("l'", ["association Addictions France", "Addictions France (ex-ANPAA)"],
      r"addictions france|\banpaa\b", HEALTH, "subv", ["412"], "ul", "sante", scope="MCD"),
    B("", ["SOS Amitié", "SOS amitié"], r"sos amitie", HEALTH, "subv", ["412", "41"], "ul", "sante",
      scope="MD"),
    B("l'", ["UNAFAM", "Union nationale de familles et amis de personnes malades psychiques"], r"unafam",
      HEALTH, "subv", ["412", "41"], "ad", "sante", scope="MD"),
    B("l'", ["ADMR", "association ADMR"], r"\badmr\b", SENIOR, "subv", ["423", "4238"], "town", "seniors",
      scope="SMCD"),
    B("le", ["club des aînés", "club du troisième âge Les Tilleuls",
      "Générations Mouvement - club des aînés"], r"club (des|du) (aines|troisieme)|generations mouvement",
      SENIOR, "subv", ["423", "4238"], "town", "seniors", scope="SM"),
    B("", ["Atmo Haute-Vauvre", "ATMO - observatoire de la qualité de l'air"], r"\batmo\b", AIR, "cotis",
      ["41", "412"], "none", "env", scope="MCD", assoc=False),
    # school and education
    B("l'", ["APE", "association des parents d'élèves"], r"\bape\b|parents d eleves", EDU, "subv", F_SCHOOL,
      "school", "edu", scope="SM"),
    B("la", ["FCPE", "conseil local FCPE"], r"\bfcpe\b", EDU, "subv", F_SCHOOL, "school", "edu", scope="SMD"),
    B("la", ["PEEP", "association PEEP"], r"\bpeep\b", EDU, "subv", F_SCHOOL, "school", "edu", scope="SM"),
    B("l'", ["APEL", "APEL de l'école Sainte-Marie"], r"\bapel\b", EDU, "subv", ["21", "212"], "none", "edu",
      scope="SM"),
    B("l'", ["OCCE", "coopérative scolaire OCCE"], r"\bocce\b", EDU, "subv", F_SCHOOL, "school", "edu",
      scope="SM"),
    B("les", ["DDEN", "délégués départementaux de l'Éducation nationale"],
      r"\bdden\b|delegues departementaux", EDU, "subv", F_SCHOOL, "none", "edu", scope="SMD"),
    B("l'", ["USEP", "association USEP"], r"\busep\b", SCHOOL_SPORT, "subv", ["282", "20"], "school", "edu",
      scope="SMD"),
    B("l'", ["UNSS", "association sportive UNSS"], r"\bunss\b", SCHOOL_SPORT, "subv", ["282", "22", "221"],
      "college", "edu", scope="MD"),
    B("l'", ["UGSEL", "association sportive UGSEL"], r"\bugsel\b", SCHOOL_SPORT, "subv", ["282"], "college",
      "edu", scope="MD"),
    B("la", ["Ligue de l'enseignement", "fédération départementale de la Ligue de l'enseignement"],
      r"ligue de l enseignement", EDU, "subv", ["20", "288"], "none", "edu"),
    B("les", ["PEP", "Pupilles de l'enseignement public (PEP)"], r"\bpep\b|pupilles de l enseignement", EDU,
      "subv", ["20", "284", "288"], "ad", "edu", scope="MD"),
    B("", ["Lire et faire lire", "Lire et Faire Lire"], r"lire et faire lire", EDU, "subv", ["20", "288"],
      "cd", "edu"),
    B("l'", ["AFEV", "Association de la fondation étudiante pour la ville"], r"\bafev\b|fondation etudiante",
      TUTOR, "subv", ["20", "288"], "ul", "edu", scope="MCD"),
    B("les", ["Francas", "Francas de la Haute-Vauvre"], r"francas", LEISURE, "subv", ["331"], "none", "jeun",
      scope="SMC"),
    B("la", ["Prévention routière", "association Prévention routière"], r"prevention routiere", ROAD_SAFETY,
      "subv", ["20", "288"], "cd", "edu", acts=[(" - interventions dans les écoles", ROAD_SAFETY),
      (" - permis piéton des écoliers", ROAD_SAFETY), (" - éducation routière des élèves", ROAD_SAFETY)]),
    B("l'", ["école de musique associative", "école de musique intercommunale associative"],
      r"ecole de musique (associative|intercommunale)", MUSIC_SCHOOL, "subv", ["311"], "town", "cult",
      scope="SC"),
    B("la", ["Bibliothèque pour tous", "bibliothèque associative"], r"bibliotheque (pour tous|associative)",
      LIBRARY, "subv", ["313"], "town", "cult", scope="SM"),
    # sport
    B("le", ["club de football", "football club", "Union sportive de football"],
      r"football club|club de football|us foot", SPORT, "subv", F_SPORT, "town", "sport", scope="SMP"),
    B("le", ["judo club", "club de judo"], r"judo", SPORT, "subv", F_SPORT, "town", "sport", scope="SMP"),
    B("le", ["tennis club", "club de tennis"], r"tennis club|club de tennis", SPORT, "subv", F_SPORT, "town",
      "sport", scope="SMP"),
    B("le", ["rugby club", "club de rugby", "Rugby olympique"], r"rugby club|club de rugby", SPORT, "subv",
      F_SPORT, "town", "sport", scope="SM"),
    B("le", ["handball club", "club de handball"], r"handball club|club de handball", SPORT, "subv", F_SPORT,
      "town", "sport", scope="SMP"),
    B("l'", ["Étoile cycliste", "Union cycliste", "vélo club"], r"etoile cycliste|union cycliste|velo club",
      SPORT, "subv", F_SPORT, "town", "sport", scope="SM"),
    B("l'", ["aviron club", "club d'aviron"], r"aviron", SPORT, "subv", F_SPORT, "town", "sport", scope="MP"),
    B("le", ["comité départemental de basket-ball", "comité départemental de football",
      "comité départemental de natation"], r"comite departemental (de|d) (basket|football|natation)", SPORT,
      "subv", F_SPORT, "none", "sport", scope="D"),
    B("le", ["CDOS", "Comité départemental olympique et sportif"], r"\bcdos\b|olympique et sportif", SPORT,
      "subv", F_SPORT, "none", "sport", scope="D"),
    B("l'", ["OMS", "office municipal des sports"], r"office municipal des sports|\boms\b", SPORT, "subv",
      F_SPORT, "town", "sport", scope="M"),
    B("l'", ["UFOLEP", "comité UFOLEP"], r"ufolep", SPORT, "subv", F_SPORT, "cd", "sport", scope="MD"),
    B("la", ["FSGT", "Fédération sportive et gymnique du travail"], r"\bfsgt\b", SPORT, "subv", F_SPORT,
      "cd", "sport", scope="MD"),
    B("la", ["gymnastique volontaire", "EPGV - gymnastique volontaire"], r"gymnastique volontaire|\bepgv\b",
      SPORT, "subv", F_SPORT, "town", "sport", scope="SM"),
    B("l'", ["amicale laïque", "amicale laïque"], r"amicale laique", SPORT, "subv", F_SPORT, "town", "asso",
      scope="SM", acts=[(" - section gym", SPORT), (" - section judo", SPORT), (" - section théâtre", CULT),
      (" - centre de loisirs", LEISURE)]),
    # youth and social cohesion
    B("la", ["MJC", "Maison des jeunes et de la culture"], r"\bmjc\b|maison des jeunes et de la culture",
      YOUTH, "subv", F_YOUTH, "town", "jeun", scope="SM"),
    B("le", ["centre social", "centre social et culturel"], r"centre social", SOCIAL_CENTRE, "subv", ["52",
      "42"], "town", "pdv", scope="MC"),
    B("les", ["Scouts et Guides de France", "scouts et guides de France"], r"scouts", SCOUTS, "subv", ["33",
      "332"], "town", "jeun", scope="SM"),
    B("les", ["Éclaireuses et Éclaireurs de France", "éclaireurs de France"], r"eclaireu", SCOUTS, "subv",
      ["33", "332"], "town", "jeun", scope="SM"),
    B("le", ["foyer de jeunes travailleurs", "FJT"], r"\bfjt\b|foyer (de )?jeunes travailleurs", FJT, "subv",
      ["555", "552"], "town", "urba", scope="MC"),
    B("le", ["foyer rural", "foyer rural"], r"foyer rural", CULT, "subv", F_CULT, "town", "asso", scope="S",
      acts=[(" - bibliothèque", LIBRARY), (" - fête du village", CULT), (" - atelier théâtre", CULT)]),
    # employment and economy
    B("la", ["mission locale", "mission locale pour l'insertion des jeunes"], r"mission locale", ML, "part",
      ["251"], "town", "emploi", scope="MCD"),
    B("l'", ["E2C", "École de la deuxième chance", "école de la 2e chance"],
      r"\be2c\b|deuxieme chance|2e chance", ML, "part", ["251"], "town", "emploi", scope="CD"),
    B("l'", ["EPIDE", "Établissement pour l'insertion dans l'emploi"], r"\bepide\b|insertion dans l emploi",
      ML, "part", ["251"], "town", "emploi", scope="CD", assoc=False),
    B("le", ["PLIE", "Plan local pour l'insertion et l'emploi"], r"\bplie\b", INSERTION, "part", ["65",
      "251"], "town", "emploi", scope="CD", assoc=False),
    B("la", ["maison de l'emploi", "maison de l'emploi et de la formation"], r"maison de l emploi",
      INSERTION, "part", ["65", "251"], "town", "emploi", scope="MC"),
    B("la", ["régie de quartier", "régie de quartier Nord"], r"regie de quartier", INSERTION, "subv", ["65"],
      "town", "pdv", scope="MC"),
    B("les", ["Jardins de Cocagne", "jardin de Cocagne"], r"cocagne", INSERTION, "subv", ["65"], "town",
      "emploi", scope="CD"),
    B("l'", ["ADIE", "Association pour le droit à l'initiative économique"],
      r"\badie\b|droit a l initiative", INSERTION, "subv", ["65", "61"], "ad", "eco", scope="CD"),
    B("", ["Cap emploi", "Cap Emploi"], r"cap emploi", CAP_EMPLOI, "part", ["65", "251"], "cd", "emploi",
      scope="CD", assoc=False),
    B("", ["France Active", "France Active Haute-Vauvre"], r"france active", ESS, "subv", ["65"], "none",
      "eco", scope="CD"),
    B("", ["France Travail", "Pôle emploi"], r"france travail|pole emploi", ECO, "part", ["61", "60", "68"],
      "town", "emploi", scope="MCD", assoc=False),
    B("la", ["CCI", "Chambre de commerce et d'industrie"], r"\bcci\b|chambre de commerce", ECO, "part",
      F_ECO, "cd", "eco", scope="MCD", assoc=False),
    B("la", ["chambre de métiers et de l'artisanat", "CMA"], r"chambre (de|des) metiers|\bcma\b", ECO,
      "part", F_ECO, "cd", "eco", scope="MCD", assoc=False),
    B("", ["Initiative Val de Sarrance", "plateforme Initiative France"], r"initiative (france|val)", ECO,
      "subv", ["61", "62"], "none", "eco", scope="CD"),
    B("le", ["Réseau Entreprendre", "Réseau Entreprendre Haute-Vauvre"], r"reseau entreprendre", ECO, "subv",
      ["61", "62"], "none", "eco", scope="CD"),
    B("la", ["BGE", "boutique de gestion BGE"], r"\bbge\b|boutique de gestion", ECO, "subv", ["61", "62"],
      "ad", "eco", scope="CD"),
    B("l'", ["union commerciale", "association des commerçants et artisans"],
      r"union commerciale|commercants et artisans", ECO, "subv", ["632", "61"], "town", "eco", scope="SMP"),
    B("l'", ["agence de développement économique", "agence de développement Haute-Vauvre Expansion"],
      r"agence de developpement", ECO, "cotis", ["62", "60"], "none", "eco", scope="CD", assoc=False),
    B("l'", ["office de tourisme", "office de tourisme intercommunal"], r"office de tourisme", TOURISM,
      "part", ["633"], "town", "tour", scope="SCP", assoc=False),
    B("le", ["syndicat d'initiative", "syndicat d'initiative"], r"syndicat d initiative", TOURISM, "subv",
      ["633"], "town", "tour", scope="S"),
    B("l'", ["agence départementale du tourisme", "ADT Haute-Vauvre Tourisme"],
      r"agence departementale (du|de) tourisme", ECO, "cotis", ["633"], "none", "tour", scope="SMCP",
      assoc=False),
    B("le", ["pôle de compétitivité Végépolys", "pôle de compétitivité Mer Méditerranée"],
      r"pole de competitivite", CLUSTER, "cotis", ["67"], "none", "eco", scope="CD", assoc=False),
    B("la", ["French Tech", "communauté French Tech"], r"french tech", FRENCH_TECH, "cotis", ["67"], "none",
      "eco", scope="MC", assoc=False),
    B("la", ["chambre d'agriculture", "Chambre d'agriculture de la Haute-Vauvre"],
      r"chambre (d )?agriculture", AGRI, "part", ["631", "6318"], "none", "agri", scope="CD", assoc=False),
    B("les", ["Jeunes agriculteurs", "syndicat des Jeunes agriculteurs"], r"jeunes agriculteurs",
      YOUNG_FARMERS, "subv", ["631", "6318"], "cd", "agri", scope="SD"),
    B("", ["Terre de liens", "Terre de Liens"], r"terre de liens", FARMLAND, "subv", ["631", "6318"], "ad",
      "agri", scope="CD"),
    B("le", ["réseau Un Plus Bio", "Un Plus Bio"], r"un plus bio", ORGANIC, "cotis", ["631", "281"], "none",
      "edu", scope="MC", assoc=False),
    # housing, planning, energy, mobility
    B("l'", ["ADIL", "Agence départementale d'information sur le logement"],
      r"\badil\b|information sur le logement", URBA, "part", ["55", "552"], "none", "urba", scope="MCD"),
    B("le", ["CAUE", "Conseil d'architecture, d'urbanisme et de l'environnement"],
      r"\bcaue\b|conseil d architecture", URBA, "cotis", ["51", "58", "588"], "none", "urba", assoc=False),
    B("", ["SOLIHA", "Soliha Haute-Vauvre"], r"soliha", SOLIHA, "subv", ["552", "55"], "ad", "urba",
      scope="MCD"),
    B("la", ["CNL", "Confédération nationale du logement"], r"\bcnl\b|confederation nationale du logement",
      URBA, "subv", ["55", "555"], "town", "urba", scope="MC"),
    B("la", ["CLCV", "association Consommation logement cadre de vie"], r"\bclcv\b|logement cadre de vie",
      URBA, "subv", ["55", "555"], "town", "urba", scope="MC"),
    B("l'", ["agence d'urbanisme", "agence d'urbanisme du Val de Sarrance"], r"agence d urbanisme", URBA,
      "cotis", ["51", "58"], "none", "urba", scope="MC", assoc=False),
    B("l'", ["ALEC", "Agence locale de l'énergie et du climat"], r"\balec\b|agence locale de l energie",
      ENERGY, "cotis", ["758", "75"], "none", "energie", scope="SMC"),
    B("l'", ["espace conseil France Rénov'", "Espace info énergie"], r"france renov|info energie", ENERGY,
      "part", ["758", "75"], "none", "energie", scope="MC", assoc=False),
    B("la", ["FUB", "Fédération française des usagers de la bicyclette"],
      r"\bfub\b|usagers de la bicyclette", CYCLING, "cotis", ["87"], "none", "mob", scope="MC"),
    B("l'", ["atelier vélo participatif", "vélo-école associative"], r"atelier velo|velo ecole", CYCLING,
      "subv", ["87"], "town", "mob", scope="MC"),
    B("le", ["Club des villes et territoires cyclables",
      "Club des villes et territoires cyclables et marchables"], r"villes et territoires cyclables", CYCLING,
      "cotis", ["87"], "none", "mob", scope="MC", assoc=False),
    B("le", ["GART", "Groupement des autorités responsables de transport"],
      r"\bgart\b|autorites responsables de transport", TRANSIT, "cotis", ["82", "820"], "none", "mob",
      scope="C", assoc=False),
    # environment and sea
    B("la", ["LPO", "Ligue pour la protection des oiseaux"], r"\blpo\b|protection des oiseaux", NATURE,
      "subv", F_ENV, "ad", "env"),
    B("", ["France Nature Environnement", "FNE Haute-Vauvre"], r"france nature environnement|\bfne\b",
      NATURE, "subv", F_ENV, "none", "env", scope="MCD"),
    B("le", ["Conservatoire d'espaces naturels", "CEN Haute-Vauvre"],
      r"conservatoire d espaces naturels|\bcen\b", NATURE, "cotis", F_ENV, "none", "env", scope="CD"),
    B("le", ["CPIE", "Centre permanent d'initiatives pour l'environnement"], r"\bcpie\b", CPIE, "subv",
      F_ENV, "none", "env", scope="MCD"),
    B("le", ["syndicat des apiculteurs", "rucher école de l'association apicole"], r"apicult|rucher ecole",
      NATURE, "subv", F_ENV, "town", "env", scope="SM"),
    B("la", ["société d'horticulture", "société d'horticulture et d'arboriculture"],
      r"societe d horticulture", NATURE, "subv", ["511"], "town", "ev", scope="SM"),
    B("", ["Plante & Cité", "Plante et Cité"], r"plante (et )?cite", NATURE, "cotis", ["511"], "none", "ev",
      scope="MC", assoc=False),
    B("l'", ["ONF", "Office national des forêts"], r"\bonf\b|office national des forets", NATURE, "part",
      ["76"], "none", "env", scope="SC", assoc=False),
    B("le", ["parc naturel régional des Monts de Vauvre", "PNR des Monts de Vauvre"],
      r"parc naturel regional des monts de", PNR, "cotis", ["76"], "none", "env", scope="SCD", assoc=False),
    B("la", ["ressourcerie La Remise", "recyclerie du Val de Sarrance"],
      r"ressourcerie la remise|recyclerie du val", WASTE, "subv", ["7213", "7211"], "none", "dechets",
      scope="C"),
    B("", ["Envie", "Envie Haute-Vauvre"], r"\benvie (haute|autonomie|ateliers)|association envie",
      REUSE_JOBS, "subv", ["7213"], "none", "dechets", scope="C"),
    B("", ["Zero Waste France", "Zero Waste Val de Sarrance"], r"zero waste", WASTE, "subv", ["7211"],
      "none", "dechets", scope="C"),
    B("le", ["Réseau Compost Citoyen", "réseau compost citoyen"], r"compost citoyen", WASTE, "cotis",
      ["7211"], "none", "dechets", scope="MC"),
    B("la", ["SNSM", "Société nationale de sauvetage en mer", "station SNSM"], r"\bsnsm\b|sauvetage en mer",
      SEA_RESCUE, "subv", ["56"], "none", "litt", scope="PD", acts=[("", SEA_RESCUE),
      (" - station de Port-Marsac", SEA_RESCUE), (" - station de Brévannes-la-Côte", SEA_RESCUE)]),
    B("", ["Surfrider Foundation", "Surfrider Foundation Europe"], r"surfrider", SEA_LITTER, "subv", ["56"],
      "ul", "litt", scope="PD"),
    # institutions and security
    B("l'", ["amicale des sapeurs-pompiers", "amicale des pompiers"], r"amicale des (sapeurs )?pompiers",
      INST, "subv", ["12", "11"], "town", "secu", scope="SM"),
    B("les", ["Jeunes sapeurs-pompiers", "JSP"], r"jeunes sapeurs|\bjsp\b", INST, "subv", ["12"], "town",
      "secu", scope="SMD"),
    B("l'", ["union départementale des sapeurs-pompiers", "UDSP"],
      r"union departementale des sapeurs|\budsp\b", INST, "subv", ["12"], "none", "secu", scope="D"),
    B("la", ["Protection civile", "association départementale de protection civile"], r"protection civile",
      INST, "subv", ["12", "18"], "ul", "secu", scope="SMD"),
    B("l'", ["UNC", "Union nationale des combattants"], r"\bunc\b|union nationale des combattants", INST,
      "subv", ["024", "02"], "town", "cab", scope="SM"),
    B("la", ["FNACA", "Fédération nationale des anciens combattants en Algérie"], r"\bfnaca\b", INST, "subv",
      ["024", "02"], "town", "cab", scope="SM"),
    B("le", ["Souvenir français", "comité du Souvenir français"], r"souvenir francais", INST, "subv", ["024",
      "02"], "town", "cab", scope="SM"),
    B("l'", ["ANACR", "Association nationale des anciens combattants de la Résistance"], r"\banacr\b", INST,
      "subv", ["024"], "town", "cab", scope="SM"),
    B("la", ["société des médaillés militaires", "section des médaillés militaires"],
      r"medailles militaires", INST, "subv", ["024"], "town", "cab", scope="SM"),
    B("le", ["Bleuet de France", "ONACVG - Bleuet de France"], r"bleuet", INST, "subv", ["024"], "none",
      "cab", scope="SMD"),
    B("", ["France Victimes", "association France Victimes"], r"france victimes|aide aux victimes", INST,
      "subv", ["11"], "ad", "secu", scope="MCD"),
    B("le", ["CDAD", "Conseil départemental de l'accès au droit"], r"\bcdad\b|acces au droit", INST, "part",
      ["11"], "none", "secu", scope="MD", assoc=False),
    B("le", ["CNAS", "Comité national d'action sociale"], r"\bcnas\b", INST, "cotis", F_ADM, "none", "rh",
      scope="SMC", assoc=False),
    B("le", ["COS", "comité des œuvres sociales du personnel"], r"\bcos\b|oeuvres sociales", INST, "subv",
      F_ADM, "none", "rh", scope="MC"),
    B("l'", ["amicale du personnel communal", "amicale du personnel"], r"amicale du personnel", INST, "subv",
      F_ADM, "none", "rh", scope="SM"),
    B("l'", ["ADULLACT", "association ADULLACT"], r"adullact", INST_IT, "cotis", ["020"], "none", "dsi",
      scope="MCD", assoc=False),
    # other public bodies, networks of elected officials, international
    B("l'", ["AMF", "Association des maires de France"], r"\bamf\b|maires de france", MEMBER, "cotis", ["01",
      "020"], "none", "fin", assoc=False),
    B("l'", ["association des maires de la Haute-Vauvre", "association départementale des maires"],
      r"association (departementale )?des maires", MEMBER, "cotis", ["01", "020"], "none", "fin",
      scope="SMC", assoc=False),
    B("l'", ["AMRF", "Association des maires ruraux de France"], r"\bamrf\b|maires ruraux", MEMBER, "cotis",
      ["01"], "none", "fin", scope="S", assoc=False),
    B("l'", ["APVF", "Association des petites villes de France"], r"\bapvf\b|petites villes de france",
      MEMBER, "cotis", ["01"], "none", "fin", scope="SP", assoc=False),
    B("", ["Villes de France", "association Villes de France"], r"villes de france", MEMBER, "cotis", ["01"],
      "none", "fin", scope="M", assoc=False),
    B("", ["France urbaine", "France Urbaine"], r"france urbaine", MEMBER, "cotis", ["01"], "none", "fin",
      scope="MC", assoc=False),
    B("", ["Intercommunalités de France", "AdCF - Intercommunalités de France"],
      r"intercommunalites de france|\badcf\b", MEMBER, "cotis", ["01"], "none", "fin", scope="C",
      assoc=False),
    B("l'", ["ANEM", "Association nationale des élus de la montagne"], r"\banem\b|elus de la montagne",
      MEMBER, "cotis", ["01"], "none", "fin", scope="SC", assoc=False),
    B("la", ["FNCCR", "Fédération nationale des collectivités concédantes et régies"],
      r"\bfnccr\b|collectivites concedantes", MEMBER, "cotis", ["01"], "none", "fin", scope="MC",
      assoc=False),
    B("le", ["comité de jumelage", "comité de jumelage"], r"jumelage", MEMBER, "subv", F_COOP, "town",
      "intl", scope="SMP"),
    B("", ["Cités Unies France", "CUF"], r"cites unies", MEMBER, "cotis", F_COOP, "none", "intl", scope="MD",
      assoc=False),
    B("l'", ["AFCCRE", "Association française du conseil des communes et régions d'Europe"],
      r"\bafccre\b|communes et regions d europe", MEMBER, "cotis", F_COOP, "none", "intl", scope="MD",
      assoc=False),
    B("la", ["maison de l'Europe", "maison de l'Europe de la Haute-Vauvre"], r"maison de l europe", MEMBER,
      "subv", F_COOP, "none", "intl", scope="MD"),
    B("l'", ["UNICEF", "comité UNICEF"], r"unicef", AID_SOC, "subv", F_COOP, "cd", "intl", scope="SMD",
      acts=[(" - aide d'urgence aux enfants réfugiés", AID_SOC), (" - urgence séisme", AID_SOC),
      (" - fonds d'urgence humanitaire", AID_SOC)]),
    B("", ["Action contre la faim", "Action contre la Faim"], r"action contre la faim", AID_FOOD, "subv",
      F_COOP, "none", "intl", scope="MD"),
    B("", ["Médecins sans frontières", "MSF"], r"medecins sans frontieres|\bmsf\b", AID_HEALTH, "subv",
      F_COOP, "none", "intl", scope="MD"),
    B("", ["Solidarité Eau Europe", "programme Solidarité eau (pS-Eau)"], r"solidarite eau|\bps eau\b",
      AID_WATER, "cotis", F_COOP, "none", "intl", scope="MC", assoc=False),
    # culture and heritage
    B("la", ["Fondation du patrimoine", "délégation de la Fondation du patrimoine"],
      r"fondation du patrimoine", CULT, "subv", ["312"], "none", "cult", scope="SMD"),
    B("les", ["Vieilles maisons françaises", "VMF"], r"vieilles maisons|\bvmf\b", CULT, "cotis", ["312"],
      "none", "cult", scope="SM", assoc=False),
    B("", ["Sites et cités remarquables de France", "Sites & Cités remarquables"], r"sites (et )?cites",
      CULT, "cotis", ["312"], "none", "cult", scope="M", assoc=False),
    B("la", ["société d'histoire et d'archéologie", "société historique"],
      r"societe (d histoire|historique)", CULT, "subv", ["312"], "town", "cult", scope="SM"),
    B("l'", ["harmonie municipale", "harmonie"], r"harmonie", CULT, "subv", ["311"], "town", "cult",
      scope="SM"),
    B("la", ["batterie-fanfare", "batterie fanfare"], r"fanfare", CULT, "subv", ["311"], "town", "cult",
      scope="S"),
    B("le", ["cinéma associatif", "ciné-club"], r"cinema associatif|cine club", CULT, "subv", ["317"],
      "town", "cult", scope="SM"),
    B("la", ["compagnie de théâtre amateur", "troupe de théâtre"], r"theatre amateur|troupe de theatre",
      CULT, "subv", ["316"], "town", "cult", scope="SM"),
    B("le", ["comité des fêtes", "comité des fêtes"], r"comite des fetes", CULT, "subv", ["024", "311"],
      "town", "fetes", scope="SP"),
    B("les", ["JMF", "Jeunesses musicales de France"], r"\bjmf\b|jeunesses musicales", JMF, "subv", ["311"],
      "none", "cult", scope="MD"),
    B("le", ["CNFPT", "Centre national de la fonction publique territoriale"], r"\bcnfpt\b", INST, "cotis",
      F_ADM, "none", "rh", scope="SMC", assoc=False),
    B("le", ["centre de gestion", "CDG de la Haute-Vauvre"], r"centre de gestion|\bcdg\b", INST, "cotis",
      F_ADM, "none", "rh", scope="S", assoc=False),
]

# --------------------------------------------------------------------------------------------
# invented authorities and their services (field -> names)
# --------------------------------------------------------------------------------------------

AUTHS = {
    "S": {  # Saint-Orbanne-sur-Lèze, a village of ~2,300
        "asso": ["VIE ASSOCIATIVE", "ASSOCIATIONS"], "fin": ["FINANCES", "SECRETARIAT GENERAL"],
          "cab": ["MAIRIE"],
        "soc": ["CCAS"], "edu": ["ECOLE", "AFFAIRES SCOLAIRES"], "sport": ["SPORTS", "VIE ASSOCIATIVE"],
        "cult": ["CULTURE FETES"], "fetes": ["FETES ET CEREMONIES"], "seniors": ["CCAS"], "secu": ["MAIRIE"],
        "env": ["ENVIRONNEMENT"], "rh": ["PERSONNEL"], "tour": ["TOURISME"], "agri": ["MAIRIE"],
    },
    "M": {  # Montclair-en-Vauvre, a town of ~38,000
        "asso": ["Direction vie associative", "Service vie associative et citoyenne"],
        "fin": ["Direction des finances", "DGA RESSOURCES"], "cab": ["CABINET DU MAIRE",
          "Cabinet du Maire - Protocole"],
        "soc": ["DGA SOLIDARITES", "CCAS de Montclair"], "edu": ["Direction de l'Education",
          "Service vie scolaire"],
        "sport": ["Direction des Sports", "Service des sports"], "cult": ["Direction de la culture",
          "Service patrimoine"],
        "eco": ["Direction économie emploi", "Service commerce"], "emploi": ["Direction économie emploi"],
        "env": ["Service environnement", "Direction transition écologique"], "ev": ["Service espaces verts"],
        "urba": ["Direction urbanisme et habitat", "Service habitat"],
          "intl": ["Service relations internationales"],
        "rh": ["Direction des ressources humaines"], "secu": ["Police municipale - prévention"],
        "egal": ["Mission égalité et lutte contre les discriminations"], "handi": ["Mission handicap"],
        "sante": ["Service santé publique"], "seniors": ["DGA SOLIDARITES - seniors"],
          "jeun": ["Service jeunesse"],
        "pdv": ["Politique de la ville"], "energie": ["Service énergie"], "mob": ["Mission vélo"],
        "dsi": ["DSI"], "dechets": ["Service propreté"],
    },
    "C": {  # Communauté d'agglomération du Val de Sarrance
        "asso": ["SCE 08 VIE ASSOCIATIVE"], "fin": ["SCE 05 FINANCES"],
          "cab": ["SCE 01 CABINET DU PRESIDENT"],
        "soc": ["SCE 12 CIAS"], "eco": ["SCE 21 DEVELOPPEMENT ECONOMIQUE"],
          "emploi": ["SCE 22 EMPLOI INSERTION"],
        "tour": ["SCE 31 TOURISME"], "env": ["SCE 34 ENVIRONNEMENT"], "dechets": ["SCE 35 DECHETS"],
        "urba": ["SCE 44 HABITAT", "SCE 43 PLANIFICATION"], "energie": ["SCE 36 PCAET ENERGIE"],
        "mob": ["SCE 41 MOBILITES"], "pdv": ["SCE 40 POLITIQUE DE LA VILLE"], "rh": ["SCE 03 RH"],
          "agri": ["SCE 23 AGRICULTURE"],
        "sport": ["SCE 50 EQUIPEMENTS SPORTIFS"], "cult": ["SCE 52 CULTURE"],
          "jeun": ["SCE 14 ENFANCE JEUNESSE"],
        "intl": ["SCE 01 CABINET DU PRESIDENT"], "dsi": ["SCE 06 SYSTEMES D'INFORMATION"],
          "sante": ["SCE 13 SANTE"],
    },
    "D": {  # Département de la Haute-Vauvre
        "asso": ["DIRECTION SPORTS JEUNESSE VIE ASSOCIATIVE"], "fin": ["DGA RESSOURCES / FINANCES"],
        "cab": ["CABINET DU PRESIDENT"], "soc": ["DGA SOLIDARITES / INSERTION",
          "DGA SOLIDARITES / ACTION SOCIALE"],
        "seniors": ["DGA SOLIDARITES / AUTONOMIE"], "handi": ["DGA SOLIDARITES / AUTONOMIE", "MDPH"],
        "edu": ["DGA EDUCATION / COLLEGES"], "sport": ["DIRECTION SPORTS JEUNESSE VIE ASSOCIATIVE"],
        "emploi": ["DGA SOLIDARITES / INSERTION"], "eco": ["DGA TERRITOIRES / ATTRACTIVITE"],
        "env": ["DGA TERRITOIRES / ENVIRONNEMENT", "DGA TERRITOIRES / ENS"],
          "agri": ["DGA TERRITOIRES / AGRICULTURE"],
        "cult": ["DGA CULTURE / PATRIMOINE"], "intl": ["DGA RESSOURCES / RELATIONS INTERNATIONALES"],
        "egal": ["DGA SOLIDARITES / EGALITE"], "sante": ["DGA SOLIDARITES / PMI SANTE"],
          "secu": ["CABINET DU PRESIDENT"],
        "litt": ["DGA TERRITOIRES / LITTORAL"], "urba": ["DGA TERRITOIRES / HABITAT"], "dsi": ["DSIN"],
        "jeun": ["DIRECTION SPORTS JEUNESSE VIE ASSOCIATIVE"],
    },
    "P": {  # Port-Marsac, a seaside town of ~12,000
        "asso": ["Vie associative et sports"], "fin": ["Service financier"], "cab": ["Cabinet du maire"],
        "soc": ["CCAS"], "sport": ["Vie associative et sports"], "litt": ["Service Littoral et Plages",
          "Capitainerie"],
        "tour": ["Service tourisme et animations"], "fetes": ["Service tourisme et animations"],
        "intl": ["Cabinet du maire"], "eco": ["Service commerce"], "edu": ["Service scolaire"],
    },
}

# --------------------------------------------------------------------------------------------
# export forms
# --------------------------------------------------------------------------------------------

ABBREV = [
    ("SUBVENTION", ["SUBV", "SUBV.", "SUB"]), ("ASSOCIATION", ["ASSO", "ASS.", "ASSOC"]),
    ("PARTICIPATION", ["PARTICIP", "PARTICIP."]), ("COTISATION", ["COTIS", "COTIS."]),
    ("FONCTIONNEMENT", ["FONCT", "FONCT."]), ("DEPARTEMENTAL", ["DEPT"]), ("DEPARTEMENTALE", ["DEPT"]),
]
STYLES = [(5, "upper"), (4, "mixed"), (1, "mixed_noacc"), (1, "lower")]
CONTRACT = {"de le ": "du ", "de les ": "des ", "à le ": "au ", "à les ": "aux ", "de l'": "de l'",
      "à l'": "à l'"}


def det_name(det: str, name: str) -> str:
    """The name with its article: 'le' + 'Samu social' -> 'le Samu social'."""
    if not det:
        return name
    if det == "l'":
        # "l'" before a vowel only ("l'UNAPEI"); "coopérative scolaire OCCE" goes without article
        return "l'" + name if strip_accents(name[:1]).lower() in "aeiouyh" else name
    return f"{det} {name}"


def with_prep(prep: str, det: str, name: str) -> str:
    """'à' + 'le' + 'Secours populaire' -> 'au Secours populaire'."""
    s = f"{prep} {det_name(det, name)}"
    for a, b in CONTRACT.items():
        if s.startswith(a):
            return b + s[len(a):]
    return s


def core_for(b: Body, kind: str, name: str, purpose: str) -> str:
    n = name + purpose
    if kind == "subv":
        forms = [
            lambda: f"Subvention {with_prep('à', b.det, n)}",
            lambda: f"Subvention de fonctionnement {with_prep('à', b.det, n)}",
            lambda: f"Subvention exceptionnelle {with_prep('à', b.det, n)}",
            lambda: f"Subvention annuelle {with_prep('à', b.det, n)}",
            lambda: f"SUBV {n}",
            lambda: f"Subv. {n}",
            lambda: f"{n} - subvention annuelle",
            lambda: f"{n} - subvention de fonctionnement",
            lambda: f"{n} - aide au fonctionnement",
            lambda: f"Convention d'objectifs avec {det_name(b.det, n)}",
        ]
        if b.assoc:
            forms.append(lambda: f"Subvention à l'association {n}")
            forms.append(lambda: f"SUBV ASSOCIATION {n}")
    elif kind == "cotis":
        forms = [
            lambda: f"Cotisation {with_prep('à', b.det, n)}",
            lambda: f"Cotisation annuelle {with_prep('à', b.det, n)}",
            lambda: f"COTISATION {n}",
            lambda: f"Adhésion {with_prep('à', b.det, n)}",
            lambda: f"ADHESION {n}",
            lambda: f"{n} - cotisation annuelle",
            lambda: f"{n} - adhésion",
            lambda: f"Frais d'adhésion {n}",
        ]
    else:
        forms = [
            lambda: f"Participation {with_prep('à', b.det, n)}",
            lambda: f"PARTICIPATION {n}",
            lambda: f"Participation financière {with_prep('à', b.det, n)}",
            lambda: f"{n} - participation",
            lambda: f"Contribution {with_prep('à', b.det, n)}",
            lambda: f"Convention {n} - participation",
            lambda: f"CONVENTION {n}",
            lambda: f"Convention de partenariat avec {det_name(b.det, n)}",
        ]
    return draw.pick(forms)()


def kinds_of(b: Body) -> list[str]:
    """A body's usual kind of line, with now and then another one (a membership-fee body may also
    get a grant, a grant may be a convention's participation)."""
    main = b.kinds
    other = {"subv": ["part"], "cotis": ["part"], "part": ["subv", "cotis"]}[main]
    return [main] * 4 + other


NATURES = {"subv": ["6574", "6574", "65748"], "cotis": ["6281", "6281", "6574"], "part": ["6558", "65738",
      "6574", "6281"]}
GENERIC_FIELDS = ["asso", "fin", "cab"]


def service_for(b: Body, auth: str) -> str:
    svcs = AUTHS[auth]
    if not draw.chance(0.5):
        return ""
    if draw.chance(0.33) or b.svc not in svcs:
        fld = draw.pick([f for f in GENERIC_FIELDS if f in svcs])
    else:
        fld = b.svc
    s = draw.pick(svcs[fld])
    if draw.chance(0.12):
        s = up(s)
    return s


def make_row(b: Body) -> tuple[str, str, str, str, str, str]:
    auth = draw.pick(list(b.scope))
    name = draw.pick(b.names)
    purpose, lab = ("", b.lab)
    if b.acts:
        purpose, lab = draw.pick(b.acts)
    kind = draw.pick(kinds_of(b))
    core = core_for(b, kind, name, purpose)
    parts = []
    if b.br != "none" and draw.chance(0.6):
        parts.append(branch(b.br))
    if draw.chance(0.6):
        parts.append(draw.pick(YEARS))
    tail = " ".join(p for p in parts if p)
    lib = draw.render(core, tail, None, False, styles=STYLES, typo_rates=(0.02, 0.02, 0.02),
                      abbreviate=lambda s: draw.abbreviate(s, ABBREV, 0.5), opcode=lambda _u: "")
    chap, nat, fct = draw.agreeing_codes(lab, b.fcts, NATURES[kind], 0.35, (0.15, 0.2, 0.15))
    return lib, chap, nat, fct, service_for(b, auth), lab


def name_kept(b: Body, lib: str) -> bool:
    """The body's name survives the render (typos and cuts never take it)."""
    return re.search(b.rx, fold(lib)) is not None


def existing_counts() -> Counter:
    """Rows of parts A-O naming each body (by its regex on the folded libellé)."""
    libs = [fold(r["libelle"]) for r in other_rows(OTHER_PARTS)]
    return Counter({i: sum(1 for x in libs if re.search(b.rx, x)) for i, b in enumerate(BODIES)})


def body_gen(b: Body):
    def one():
        for _ in range(40):
            row = make_row(b)
            if name_kept(b, row[0]):
                return row
        return row
    return fn_gen(one)


def plan():
    counts = existing_counts()
    out = []
    for i, b in enumerate(BODIES):
        want = 3 if counts[i] < 3 else 2
        out.append((f"{i:03d} {b.names[0]}", body_gen(b), want))
    return out


def main() -> None:
    write_part(plan(), OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)
    rows = written_rows(OUT)
    print(f"checked {len(rows)} rows")


if __name__ == "__main__":
    main()
