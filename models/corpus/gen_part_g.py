#!/usr/bin/env python3
"""Write part G of Verdir's labelled training corpus: the budgets of départements and régions.

Parts A to F cover communes and intercommunalités; this slice covers what the two upper levels
of French local government spend on, in the way their exports write it.

Styles this slice covers (the other slices have few of them):
  1. départements - collèges: building works per collège (construction, réhabilitation,
     demi-pension, gymnase, energy, accessibility, security), dotations de fonctionnement,
     numérique éducatif, restauration scolaire, agents des collèges, transport of disabled
     pupils, with directions as départements name them ("DEEC - EDUCATION COLLEGES",
     "DIR. DES BATIMENTS - COLLEGES");
  2. départements - solidarités: RSA (allocations, chapitre 017, fonctions 44x; insertion
     sociale and professionnelle, SIAE, contrats aidés), APA à domicile and en établissement
     (chapitre 016, fonctions 43x), PCH, ACTP, MDPH, établissements PA-PH (EHPAD, résidences
     autonomie, FAM, foyers de vie, SAVS), aide sociale à l'enfance (MECS, foyer de l'enfance,
     assistants familiaux, AEMO, MNA, prévention spécialisée), PMI and planification familiale,
     FSL, aides à la pierre, maisons départementales des solidarités;
  3. départements - routes and mobility: routes départementales ("RD 412 - RECALIBRAGE"),
     ouvrages d'art, viabilité hivernale, déviations, sécurité routière, véloroutes, parc
     départemental, SDIS contribution;
  4. départements - territories: ENS and their share of the taxe d'aménagement, eau potable
     and assainissement aid to communes (SATESE), laboratoire départemental d'analyses,
     agriculture and forest (AFAF), tourism, archives, musées, médiathèque départementale
     (BDP), sport, culture, aide aux communes (fonds de solidarité, contrats de territoire:
     the purpose decides, a general-purpose fund is 17), très haut débit, ports and airfields,
     gendarmeries, coast;
  5. régions: lycées (works per lycée, dotations, manuels, numérique, agents, restauration),
     apprentissage and formation professionnelle (CFA, programme régional de formation,
     rémunération des stagiaires, formations sanitaires et sociales, missions locales),
     transports (TER, cars interurbains, gares and PEM, transport scolaire, véloroutes, ports,
     canals, airports), économie (aides aux entreprises, pôles de compétitivité, innovation,
     ESS, export), enseignement supérieur et recherche, fonds européens (FEDER, FSE+, FEADER,
     FEAMPA) as management lines or per purpose, transition énergétique, climat, biodiversité,
     PNR, déchets (PRPGD), agriculture, pêche, tourisme, sport de haut niveau and CREPS,
     culture and inventaire du patrimoine, santé, aménagement du territoire and SRADDET;
  6. both: staff costs by direction, grants to associations and bodies, administration,
     assemblies (élus, CESER), finances and debt, gender equality, international co-operation;
  7. export forms: upper case with abbreviations (CLG, LYC, LP, DEMI-P, ALLOC, DOT FCT, APA DOM,
     PCH, RD, OA, VH, ENS, MECS, EHPAD...; most are in verdir/data/glossaire.csv, some are not),
     mixed case with accents or without, lower case, operation and programme codes ("AP 2023-07",
     "OP 3104 - ", "P221-2024 ", "AE 2025-11 "), and on about half the lines chapitre / nature /
     fonction codes; régions often vote by function (chapitres 900-908 and 930-938).

Labels follow shared/data/odd_codebook.md and the conventions of parts A to F (school building
4:85;11:15, school insulation 4:50;7:50, school boiler 4:60;7:40, school accessibility
4:50;10:50, canteen 4:70;2:30, school transport 4:70;11:30 without fonction 81, sports building
3:85;11:15, roads 11:80;9:20, bridges 11:60;9:40, snow clearing 11:60;13:40, cycling 11:70;13:30,
public transport 11:80;13:20, PEM 11:70;13:30, PMI 3:80;4:20, libraries 4:60;11:40, archives as
heritage 11:70;16:30, museums 11:100, ENS 15:100, PNR cotisation 15:70;17:30, FSL 1:80;11:20,
aides à la pierre 11:80;1:20, debt and contributions to other public bodies (SDIS included)
17:100). Département/région activities take the goal of the M57 function that holds them:
RSA 1 (insertion sociale 1:70;10:30, insertion into employment 8:70;1:30), APA 3:60;10:40,
PCH aide humaine 10:80;3:20 (aides techniques, logement, MDPH 10:100; FAM 10:60;3:40), aide sociale à
l'enfance 1:70;10:30, prévention spécialisée 10:60;1:40, planification familiale 3:70;5:30, transport
of disabled pupils 10:60;4:40, collège gymnasium 3:60;4:40, PV on a school roof 7:60;4:40, laboratoire
départemental 3:60;2:40 (water analyses 6:60;3:40), higher education 9:60;4:40, apprenticeship and
vocational training 4:70;8:30, job insertion of young people 8:60;4:40, SIAE 8:70;10:30, PNR and
biodiversity 15, fishing ports 14:60;8:40, trading ports and canals 9:60;11:40, a general-purpose fund
for communes 17:100 and an earmarked one the goal of its purpose.
When a fonction, nature or chapitre is written, the main goal of the label is the main goal of
the code's M57 prior (verdir/data/m57_*.csv, longest known prefix, checked by codes_agree), with
no exception: lines that cannot agree are written without that code (the SDIS contribution is
written without 6553 / fonction 12, APA and PCH without the 651x allowance accounts, whose
prior is 1, the TA ENS without 10226, school transport without fonction 81).

All names of places, collèges, lycées, roads, establishments and associations are invented by
combination. Libellés already present in parts A to F and the brief's own example lines
(compared without case, accents or punctuation) are skipped, and each libellé appears once in
this part.

Deterministic, stdlib only, no network:  python gen_part_g.py  ->  part_g.csv (same folder).
"""

from __future__ import annotations

import re

from generator_tools import (
    CHAP,
    FCT,
    NAT,
    L,
    agreeing_only,
    chapter_of_nature,
    codes_agree,
    fn_gen,
    main_goal,
    part_setup,
    up,
    write_part,
)
from shared_labels import (
    ADM,
    ADM_BLD,
    ADM_IT,
    CANTEEN,
    CLIMATE,
    CULT,
    ECO,
    EDU,
    ESR,
    FIN,
    IAE,
    INNOV,
    LIB,
    LOCALFOOD,
    PMI,
    ROAD,
    SCH,
    SCH_NRJ,
    SCH_PMR,
    SCH_PV,
    SOFT,
    SPORT,
    SPORT_BLD,
    THD,
    TOUR,
    TRANSIT,
    URBA,
    VH,
    W_NET,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 707)
# The example lines quoted in the brief of this slice: the slice writes its own, never these.
BRIEF_EXAMPLES = ["CLG J. MOULIN - REHAB DEMI-PENSION", "ALLOC RSA SOCLE", "RD 947 - RECALIBRAGE", "LYC PRO - DOT FCT",
                  "APA DOM - PLAN D'AIDE", "PCH AIDE HUMAINE", "MECS LES TILLEULS - PRIX DE JOURNEE", "AP 2024-12", "OP 3201",
                  "P311-2023", "DGA SOLIDARITES", "DIR. DES ROUTES", "DEEC - EDUCATION COLLEGES", "DIRECTION DES LYCEES",
                  "POLE AMENAGEMENT"]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

pick, wpick, chance, typo = draw.pick, draw.wpick, draw.chance, draw.typo


# --------------------------------------------------------------------------------------------
# M57 codes (tables and codes_agree shared in generator_tools)
# --------------------------------------------------------------------------------------------



def func_chap(fct: str, nat: str, chap: str, inv_hint: bool = False) -> str:
    """The chapitre of a budget voted by function (régions): 90x investment, 93x operating.
    Without a nature or chapitre, inv_hint (the line's natures are mostly investment) decides."""
    area = fct[:1]
    if not area or area == "9":
        return ""
    if nat or chap:
        inv = nat.startswith("2") or nat.startswith("1") or chap in ("20", "204", "21", "23", "16")
    else:
        inv = inv_hint
    return ("90" if inv else "93") + area




def dress_codes(chap: str, nat: str, fct: str) -> tuple[str, str, str]:
    """About one line in eight writes some codes together with their label."""
    if chance(0.12):
        chap = draw.code_cell("chap", chap) if chap in CHAP else chap
        fct = draw.code_cell("fct", fct) if fct in FCT and chance(0.8) else fct
        nat = draw.code_cell("nat", nat) if nat in NAT and chance(0.4) else nat
    return chap, nat, fct


def checked_row(lib: str, chap: str, nat: str, fct: str, svc: str, lab: str):
    """A generated row whose codes agree with its label; some code cells carry their label."""
    assert codes_agree(lab, chap, nat, fct), (lib, lab, chap, nat, fct)
    chap, nat, fct = dress_codes(chap, nat, fct)
    return lib, chap, nat, fct, svc, lab


# --------------------------------------------------------------------------------------------
# invented names
# --------------------------------------------------------------------------------------------

TOWNS = ["Saint-Firmin-sur-Lône", "Montréjac", "Bellegarde-en-Viane", "Lavaudieu-Bas", "Castelnau-d'Orbiel", "Pradines-le-Vieux",
         "Saint-Amans-des-Cours", "Vauclerc", "Rochebrune-sur-Aure", "Mazères-la-Forêt", "Ligny-les-Étangs", "Fontvieille-d'Ars",
         "Beaulieu-en-Sarthe-Haute", "Villeneuve-sur-Lizonne", "Sauveterre-de-Rance", "Pont-Sainte-Aure", "Mirebeau-les-Bois",
         "Clairvaux-d'Avèze", "Plounérin-Vras", "Lanmérec", "Saint-Brévin-des-Landes", "Aiguefonde-Haute", "Chantelle-la-Vieille",
         "Marcillac-sur-Dronne", "Lestrade-et-Merle", "Bourg-Saint-Andéol-le-Haut", "Valbonnette", "Néris-les-Fontaines",
         "Sainte-Livrade-d'Olt", "Monthureux-sur-Saône-Basse", "Coulanges-la-Rivière", "Saint-Pons-de-Mauriac"]
HAMEAUX = ["la Bessière", "les Combes", "Pierrefiche", "la Garrigue-Haute", "Mas-Rouge", "le Puy-Chaumont", "la Croix-Blanche",
           "les Aubiers", "Champ-Long", "la Rivière-Sèche", "Fonbonne", "le Pas-de-l'Âne", "Malaval", "la Bâtie-Neuve", "Coste-Belle"]
RIVERS = ["l'Ausonne", "la Lône", "la Viane", "le Lizon", "la Dronne-Vive", "l'Aure", "la Rance-Haute", "l'Orbiel", "le Merlou",
          "la Sauldre-Basse", "l'Avèze", "le Brivet"]
NAMES = ["Jules Ferry", "Jean Moulin", "Marie Curie", "Victor Hugo", "Louis Pergaud", "Jean Jaurès", "Anne Frank", "Paul Bert",
         "Jacques Prévert", "Saint-Exupéry", "Lucie Aubrac", "Louise Michel", "Jean de La Fontaine", "George Sand", "Simone Veil",
         "Olympe de Gouges", "Germaine Tillion", "Albert Camus", "Aimé Césaire", "Jean Rostand", "Jules Verne", "Paul Éluard",
         "Louis Aragon", "Camille Claudel", "Gustave Eiffel", "Jean Monnet", "Condorcet", "Montesquieu", "Françoise Dolto",
         "Léonard de Vinci", "Irène Joliot-Curie", "René Cassin", "Honoré de Balzac", "Émile Zola", "Paul Langevin",
         "Gisèle Halimi", "Pierre Mendès France", "Marcel Pagnol", "Colette", "Pablo Neruda", "Nelson Mandela", "Rosa Parks",
         "Alexandre Dumas", "Sophie Germain", "Henri Matisse", "Ambroise Paré", "Blaise Pascal", "Antoine de Saint-Exupéry"]
LIEUX = ["des Tilleuls", "du Vallon", "des Coteaux", "des Sablons", "du Parc", "des Chênes", "de la Vallée", "du Plateau",
         "des Châtaigniers", "de la Source", "du Val d'Aure", "des Trois Rivières", "du Lac", "des Grands Prés", "de l'Ormeau",
         "des Cèdres", "des Salines", "des Marronniers"]
LYC_NAMES = NAMES[:36] + ["Charles Baudelaire", "Arthur Rimbaud", "Jean-Baptiste Corot", "Marguerite Yourcenar", "Évariste Galois",
                          "Louis Pasteur", "Antoine Lavoisier", "Hélène Boucher", "Jean Perrin", "Marie Marvingt"]
SPORTS = ["handball", "football", "rugby", "basket-ball", "athlétisme", "judo", "natation", "cyclisme", "tennis de table",
          "volley-ball", "escalade", "canoë-kayak", "aviron", "tir à l'arc", "gymnastique", "voile"]
ASSO_NAMES = ["Les Amis de {hameau}", "Solidarité {town}", "Horizons partagés", "La Passerelle", "Trait d'Union", "Le Fil d'Ariane",
              "Les Ateliers du Val", "Tremplin {town}", "Envol", "Cap Avenir", "Le Relais de {town}", "Clé de Voûte", "Accueil et Partage",
              "Regain", "L'Escale", "Les Jardins de {hameau}"]
RESIDENCES = ["Les Glycines", "Le Clos des Vignes", "La Roseraie", "Les Jardins de {town}", "Le Val Fleuri", "Les Hortensias",
              "Les Charmettes", "Résidence du Parc", "La Maison du Lac", "Les Magnolias", "Le Doux Séjour", "Les Lilas", "Saint-Joseph",
              "Les Mimosas", "Bel Automne", "La Colline"]
FOYERS = ["Les Érables", "Le Moulin de {town}", "La Bergerie", "Les Quatre Vents", "L'Oustal", "La Maison Verte", "Les Sorbiers",
          "Le Phare", "Les Alizés", "La Clairière", "Les Pins", "Le Cèdre Bleu", "L'Arc-en-Ciel", "Les Tournesols"]
ENS_SITES = ["tourbière de {hameau}", "marais de {town}", "landes de {hameau}", "étang de la Bessière", "gorges de {riv}",
             "pelouses sèches de {hameau}", "forêt alluviale de {riv}", "coteaux calcaires de {town}", "prairies humides de {riv}",
             "lac de {hameau}", "puy de {hameau}", "bois de {hameau}", "dunes de {town}"]
COMPANIES = ["SAS Métalvia", "Ateliers du Lizon", "Fromagerie de {hameau}", "Biotech Aure", "Menuiserie Darnal", "SCOP Tisserands du Val",
             "Plastiques de l'Orbiel", "Laboratoires Vianor", "Conserverie {town}", "Mécanique de précision Rance", "SARL Boulangerie Bessière",
             "Scierie de {hameau}"]


def rd() -> str:
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(100, 999), rng.randint(1000, 1200)])
    suffix = pick(["", "", "", "", "", "A", "B", "E1", "E"])
    return wpick([(6, f"RD {n}{suffix}"), (2, f"RD{n}{suffix}"), (1, f"R.D. {n}"), (1, f"route départementale {n}"),
                  (1, f"D {n}{suffix}")])


def pr() -> str:
    a = rng.randint(0, 40)
    b = a + rng.randint(1, 6)
    return f"PR {a}+{rng.randint(0, 9)}00 à {b}+{rng.randint(0, 9)}50"


def fill(text: str) -> str:
    while "{" in text:
        m = re.search(r"\{(\w+)\}", text)
        k = m.group(1)
        v = {
            "town": lambda: pick(TOWNS),
            "hameau": lambda: pick(HAMEAUX),
            "riv": lambda: pick(RIVERS),
            "name": lambda: pick(NAMES),
            "lieu": lambda: pick(LIEUX),
            "y": lambda: str(rng.randint(2016, 2026)),
            "n": lambda: str(rng.randint(1, 48)),
            "t": lambda: str(rng.randint(1, 6)),
            "asso": lambda: pick(ASSO_NAMES),
            "res": lambda: pick(RESIDENCES),
            "foyer": lambda: pick(FOYERS),
            "ens": lambda: pick(ENS_SITES),
            "rd": rd,
            "pr": pr,
            "sport": lambda: pick(SPORTS),
            "ent": lambda: pick(COMPANIES),
            "clg": lambda: college_name(False),
            "lyc": lambda: lycee_name(False)[0],
        }[k]()
        text = text[:m.start()] + v + text[m.end():]
    return text


def tidy(text: str) -> str:
    """French contractions after filling: 'de le Puy' -> 'du Puy', 'de Aubiac' -> 'd'Aubiac'."""
    text = re.sub(r"\bde les ", "des ", text)
    text = re.sub(r"\bde le ", "du ", text)
    text = re.sub(r"\bà les ", "aux ", text)
    text = re.sub(r"\bà le ", "au ", text)
    return re.sub(r"\bde ([AEIOUÉÈÂaeiouéèâ])", r"d'\1", text)


def short_name(n: str) -> str:
    """'Jean Moulin' -> 'J. Moulin' as exports shorten it (names with a particle stay whole)."""
    parts = n.split(" ")
    if len(parts) == 2 and parts[0][0].isupper() and parts[1][0].isupper() and "-" not in parts[0]:
        return f"{parts[0][0]}. {parts[1]}"
    return n


def college_name(upper_style: bool) -> str:
    kind = wpick([(8, "name"), (2, "lieu"), (2, "town")])
    if kind == "name":
        n = pick(NAMES)
        if upper_style and chance(0.5):
            n = short_name(n)
        return f"collège {n}"
    if kind == "lieu":
        return f"collège {pick(LIEUX)}"
    return f"collège de {pick(TOWNS)}"


LYC_KINDS = [  # (mixed-case kind, upper-case forms, fonction)
    ("lycée", ["LYC", "LYCEE", "LGT"], "222"),
    ("lycée général et technologique", ["LGT", "LYC GT"], "222"),
    ("lycée professionnel", ["LP", "LYC PRO", "LYC. PROF."], "222"),
    ("lycée polyvalent", ["LPO", "LYC POLY"], "222"),
    ("lycée des métiers", ["LYC DES METIERS", "LP METIERS"], "222"),
    ("lycée agricole", ["LEGTA", "LYC AGRICOLE"], "222"),
    ("cité scolaire", ["CITE SCOL.", "CITE SCOLAIRE"], "24"),
]


def lycee_name(upper_style: bool) -> tuple[str, str]:
    kind, ups, fct = pick(LYC_KINDS)
    if kind == "lycée agricole":
        place = pick(["de " + pick(TOWNS), pick(LYC_NAMES)])
    else:
        place = pick(LYC_NAMES) if chance(0.8) else "de " + pick(TOWNS)
    if upper_style:
        if chance(0.4):
            place = short_name(place)
        return f"{pick(ups)} {up(place)}", fct
    return f"{kind} {place}", fct


def opcode(upper: bool) -> str:
    y = rng.randint(2016, 2026)
    n = rng.randint(1, 60)
    o = rng.randint(1000, 4999)
    f = rng.randint(101, 499)
    if upper:
        return wpick([(4, f"AP {y}-{n:02d} "), (3, f"OP {o} - "), (2, f"P{f}-{y} "), (2, f"AE {y}-{n:02d} "),
                      (2, f"OPE {y}-{n:03d} - "), (1, f"PROG. {f} - "), (1, f"AP{y % 100:02d}{n:03d} "), (1, f"OP.{o} ")])
    return wpick([(3, f"AP {y}-{n:02d} - "), (3, f"Op. {o} - "), (2, f"Opération {o} : "), (1, f"Programme {f}-{y} "),
                  (1, f"AP {y}/{n:02d} ")])


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [  # (word in upper case, replacements); long phrases before the words they contain
    ("ALLOCATION PERSONNALISEE D'AUTONOMIE", ["APA"]), ("PRESTATION DE COMPENSATION DU HANDICAP", ["PCH"]),
    ("REVENU DE SOLIDARITE ACTIVE", ["RSA"]), ("AIDE SOCIALE A L'ENFANCE", ["ASE"]),
    ("PROTECTION MATERNELLE ET INFANTILE", ["PMI"]), ("ESPACES NATURELS SENSIBLES", ["ENS"]), ("ESPACE NATUREL SENSIBLE", ["ENS"]),
    ("FONDS DE SOLIDARITE POUR LE LOGEMENT", ["FSL"]), ("PARC NATUREL REGIONAL", ["PNR"]), ("CENTRE DE FORMATION D'APPRENTIS", ["CFA"]),
    ("MAISON DEPARTEMENTALE DES PERSONNES HANDICAPEES", ["MDPH"]), ("MAISON D'ENFANTS A CARACTERE SOCIAL", ["MECS"]),
    ("ROUTE DEPARTEMENTALE", ["RD", "R.D."]), ("OUVRAGE D'ART", ["OA", "OUV. D'ART"]), ("OUVRAGES D'ART", ["OA", "OUVR. D'ART"]),
    ("VIABILITE HIVERNALE", ["VH", "VIAB. HIV."]), ("DEMI-PENSION", ["DEMI-P", "DP", "1/2 PENSION"]),
    ("LYCEE PROFESSIONNEL", ["LP", "LYC PRO"]), ("LYCEES", ["LYC.", "LYCS"]), ("LYCEE", ["LYC", "LYC."]),
    ("COLLEGES", ["CLGS", "COLL."]), ("COLLEGE", ["CLG", "CLG", "COLL."]), ("PERSONNES AGEES", ["PA", "PERS. AGEES"]),
    ("PERSONNES HANDICAPEES", ["PH", "PERS. HANDIC."]), ("BENEFICIAIRES", ["BENEF.", "BENEF", "BENEFS"]),
    ("ASSISTANTS FAMILIAUX", ["ASS. FAM.", "ASSFAM"]), ("DEPARTEMENTALES", ["DEPTALES", "DEP."]), ("DEPARTEMENTALE", ["DEPTALE", "DEP."]),
    ("DEPARTEMENTAUX", ["DEPTAUX", "DEP."]), ("DEPARTEMENTAL", ["DEPTAL", "DEP."]), ("REGIONALE", ["REG.", "RGLE"]),
    ("REGIONAUX", ["REG."]), ("REGIONAL", ["REG.", "RGL"]), ("DOTATION", ["DOT", "DOT."]), ("ALLOCATIONS", ["ALLOCS", "ALLOC."]),
    ("ALLOCATION", ["ALLOC", "ALLOC."]), ("PRESTATION", ["PREST.", "PREST"]), ("HEBERGEMENT", ["HEBERGT", "HEB."]),
    ("ETABLISSEMENTS", ["ETABS", "ETS"]), ("ETABLISSEMENT", ["ETAB", "ETS"]), ("INSERTION", ["INSERT.", "INS."]),
    ("FORMATION", ["FORM.", "FORMAT."]), ("PROFESSIONNELLE", ["PROF.", "PRO"]), ("APPRENTISSAGE", ["APPRENT.", "APPRENTIS."]),
    ("ENSEIGNEMENT", ["ENSEIGNT"]), ("SUPERIEUR", ["SUP", "SUP."]), ("RESTAURATION", ["RESTAU", "RESTAUR."]),
    ("NUMERIQUE", ["NUM.", "NUMERIQ."]), ("DOMICILE", ["DOM", "DOM."]), ("CHAUSSEE", ["CHAUS.", "CHSEE"]),
    ("ENTREPRISES", ["ENTR.", "ENTREP."]), ("AMENAGEMENT", ["AMGT", "AMENAGT", "AMENAG."]), ("TRAVAUX", ["TVX", "TRX", "TRVX"]),
    ("ACQUISITION", ["ACQ", "ACQ.", "ACQUIS."]), ("REHABILITATION", ["REHAB", "REHAB."]), ("EQUIPEMENTS", ["EQUIPTS", "EQPTS"]),
    ("EQUIPEMENT", ["EQUIPT", "EQPT"]), ("RENOVATION", ["REN.", "RENOV", "RENOV."]), ("RENOUVELLEMENT", ["RENOUV.", "RENOUVT"]),
    ("ENTRETIEN", ["ENTRET", "ENTRET.", "ENT."]), ("FONCTIONNEMENT", ["FONCT", "FONCT.", "FCT"]),
    ("INVESTISSEMENT", ["INVEST", "INVEST.", "INV."]), ("SUBVENTION", ["SUBV", "SUBV.", "SUBVENT."]),
    ("PARTICIPATION", ["PARTICIP", "PARTICIP.", "PART."]), ("ASSOCIATION", ["ASSOC.", "ASSO", "ASS."]),
    ("CONTRIBUTION", ["CONTRIB", "CONTRIB."]), ("MATERIEL", ["MAT.", "MATL"]), ("INSTALLATION", ["INSTALL.", "INSTAL."]),
    ("REFECTION", ["REFECT.", "REF."]), ("BATIMENTS", ["BATS", "BATIM."]), ("BATIMENT", ["BAT", "BATIM"]),
    ("RESTRUCTURATION", ["RESTRUCT.", "RESTRUCT"]), ("CONSTRUCTION", ["CONSTR", "CONST."]), ("EXTENSION", ["EXT", "EXTENS."]),
    ("ACCESSIBILITE", ["ACCESS.", "ACCESSIB."]), ("DEVELOPPEMENT", ["DEV", "DEVPT", "DEVELOPPT"]), ("ECONOMIQUE", ["ECO", "ECO."]),
    ("CONVENTION", ["CONV.", "CONV"]), ("FOURNITURE", ["FOURN.", "FOURNIT."]), ("PROGRAMME", ["PROG.", "PRG"]),
    ("MAINTENANCE", ["MAINT.", "MAINT"]), ("REMPLACEMENT", ["REMPLACT", "REMPL."]), ("REMUNERATION", ["REMU", "REMUN."]),
    ("PERSONNEL", ["PERS.", "PERSONN."]), ("ETUDES", ["ETUD.", "ETUDES"]), ("INTERCOMMUNALE", ["INTERCO"]),
]


def abbreviate(s: str, p: float = 0.45) -> str:
    return draw.abbreviate(s, ABBREV, p)


def render(core: str, tail: str = "", style: str | None = None, op: bool = False) -> str:
    """core holds the meaning, tail a place, year or name the export may cut."""
    return draw.render(tidy(core), tidy(tail), style, op,
                       styles=[(55, "upper"), (32, "mixed"), (7, "mixed_noacc"), (6, "lower")],
                       typo_rates=(0.04, 0.05, 0.04), abbreviate=abbreviate, opcode=opcode)


# --------------------------------------------------------------------------------------------
# services (directions) as départements and régions name them
# --------------------------------------------------------------------------------------------

SV = {
    "clg": ["DEEC - EDUCATION", "Direction de l'éducation et des collèges", "DIR. EDUCATION - COLLEGES", "Pôle Éducation",
            "SERVICE DES COLLEGES", "DEJ - EDUCATION JEUNESSE", "DGA EDUCATION CULTURE SPORT", "Service vie des collèges"],
    "clg_bat": ["DIR. DES BATIMENTS - COLLEGES", "DPI - PATRIMOINE IMMOBILIER", "Direction du patrimoine bâti",
                "DBD - BATIMENTS DEPARTEMENTAUX", "SERVICE TRAVAUX COLLEGES", "Direction des bâtiments et de l'énergie"],
    "restau": ["RESTAURATION COLLEGES", "Service restauration scolaire", "DEEC - RESTAURATION", "Cuisine centrale départementale"],
    "lyc": ["DL - LYCEES", "Direction de l'éducation et des lycées", "POLE LYCEES", "DEL - EDUCATION LYCEES", "Direction des lycées",
            "DIR. LYCEES - FONCTIONNEMENT", "Service vie lycéenne"],
    "lyc_bat": ["DIR. PATRIMOINE DES LYCEES", "Direction de l'immobilier des lycées", "DPL - TRAVAUX LYCEES", "SERVICE MAITRISE D'OUVRAGE LYCEES",
                "Pôle patrimoine éducatif"],
    "rsa": ["DGA SOLIDARITES - INSERTION", "DIR. INSERTION", "Direction de l'insertion et de l'emploi", "PÔLE SOLIDARITES - RSA",
            "SERVICE ALLOCATION RSA", "DIE - INSERTION EMPLOI", "Insertion - RSA", "DIRECTION DE L'ACTION SOCIALE ET DE L'INSERTION"],
    "auto": ["DIR. AUTONOMIE", "Direction de l'autonomie", "SERVICE APA", "Maison départementale de l'autonomie", "PA-PH - AUTONOMIE",
             "DA - PERSONNES AGEES", "DGA SOLIDARITES - AUTONOMIE"],
    "ph": ["DIR. AUTONOMIE - PH", "Direction des personnes handicapées", "SERVICE PCH", "DA - HANDICAP", "Pôle handicap",
           "DIRECTION DE L'AUTONOMIE"],
    "ase": ["DIR. ENFANCE FAMILLE", "Direction de l'enfance et de la famille", "SERVICE ASE", "DEF - PROTECTION DE L'ENFANCE",
            "Aide sociale à l'enfance", "SERVICE ACCUEIL FAMILIAL", "DGA SOLIDARITES - ENFANCE"],
    "pmi": ["SERVICE PMI", "DIR. PMI - SANTE", "Protection maternelle et infantile", "DEF - PMI", "Direction de la santé publique",
            "PMI - PLANIFICATION"],
    "soc": ["DIRECTION DE L'ACTION SOCIALE", "Maison départementale des solidarités", "MDS NORD", "DGA SOLIDARITES",
            "Action sociale de proximité", "DAST - TERRITOIRES SOLIDAIRES"],
    "sante": ["DIRECTION DE LA SANTE", "Santé publique", "Centre de vaccination", "MISSION SANTE - DEMOGRAPHIE MEDICALE",
              "Direction de la santé et des solidarités"],
    "lda": ["LDA", "LABORATOIRE DEPARTEMENTAL D'ANALYSES", "Laboratoire départemental", "LDA - HYGIENE ALIMENTAIRE", "LDA - EAUX"],
    "routes": ["DIR. ROUTES ET MOBILITES", "DR - ROUTES", "Direction des routes", "AGENCE ROUTIERE NORD", "Agence technique départementale Sud",
               "SERVICE OUVRAGES D'ART", "DGA INFRASTRUCTURES", "ARD - AGENCE ROUTIERE EST", "Centre d'exploitation de {town}"],
    "parc": ["PARC DEPARTEMENTAL", "Parc routier", "PARC - ATELIERS", "Service du parc et des moyens techniques"],
    "mob": ["DIRECTION DES TRANSPORTS", "DTM - MOBILITES", "Direction des mobilités", "SERVICE TER", "TRANSPORTS INTERURBAINS ET SCOLAIRES",
            "Direction des transports et de l'intermodalité", "DGA MOBILITES"],
    "env": ["DIR. ENVIRONNEMENT", "SERVICE ENS", "Direction de l'environnement", "ENS - ESPACES NATURELS", "Pôle Environnement",
            "DEB - EAU ET BIODIVERSITE", "Direction de la biodiversité", "Service patrimoine naturel"],
    "eau": ["SERVICE DE L'EAU", "SATESE", "Direction de l'eau et de l'assainissement", "EAU - AIDE AUX COMMUNES", "DEB - EAU",
            "Mission eau potable"],
    "arch": ["ARCHIVES DEPARTEMENTALES", "Archives départementales", "AD - ARCHIVES", "Direction des archives et du patrimoine"],
    "media": ["MEDIATHEQUE DEPARTEMENTALE", "Médiathèque départementale", "MD - LECTURE PUBLIQUE", "Lecture publique", "BDP"],
    "musee": ["MUSEE DEPARTEMENTAL", "Musées départementaux", "Conservation des musées", "DCP - MUSEES"],
    "cult": ["DIR. CULTURE", "Direction de la culture et du patrimoine", "DCP - PATRIMOINE", "Affaires culturelles", "DIRECTION DE LA CULTURE",
             "Service spectacle vivant", "Service de l'inventaire"],
    "sport": ["DIR. SPORTS", "Direction des sports", "SPORTS ET JEUNESSE", "Service sport de haut niveau", "DSJ - SPORTS"],
    "terr": ["DIRECTION DES TERRITOIRES", "Aménagement du territoire", "DAT - AIDE AUX COMMUNES", "SERVICE CONTRACTUALISATION",
             "Direction de l'attractivité et des territoires", "Pôle aménagement et territoires", "Solidarité territoriale"],
    "num": ["AMENAGEMENT NUMERIQUE", "Direction du numérique", "MISSION THD", "Service usages numériques"],
    "si": ["DSI", "DIR. DES SYSTEMES D'INFORMATION", "Direction du numérique", "DSIN - INFORMATIQUE"],
    "hab": ["DIR. HABITAT", "Habitat et logement", "SERVICE FSL", "Direction de l'habitat", "Pôle logement"],
    "tour": ["DIR. TOURISME", "Tourisme", "SERVICE ATTRACTIVITE TOURISTIQUE", "Direction du tourisme et de l'attractivité"],
    "agri": ["DIR. AGRICULTURE", "Agriculture et forêt", "SERVICE AGRICULTURE - FORET", "Direction de l'agriculture et de l'agroalimentaire",
             "Service foncier rural"],
    "mer": ["DIRECTION DE LA MER", "Ports et littoral", "SERVICE PORTS", "Mer et littoral", "Capitainerie - ports", "Service pêche et aquaculture"],
    "eco": ["DIR. ECONOMIE", "Direction du développement économique", "DDE - AIDES AUX ENTREPRISES", "SERVICE INNOVATION",
            "POLE ECONOMIE - EMPLOI", "Direction de l'économie et de l'innovation", "DEI - ENTREPRISES"],
    "esr": ["DIR. ENSEIGNEMENT SUPERIEUR ET RECHERCHE", "DESRI", "Enseignement supérieur, recherche et innovation", "SERVICE RECHERCHE"],
    "form": ["DIR. FORMATION PROFESSIONNELLE", "Direction de l'apprentissage", "DFPA - FORMATION", "SERVICE APPRENTISSAGE",
             "Direction de l'emploi et de la formation", "DFE - FORMATION EMPLOI", "Formations sanitaires et sociales"],
    "europe": ["DIRECTION DES AFFAIRES EUROPEENNES", "AUTORITE DE GESTION FEDER", "Fonds européens", "DAE - FEDER-FSE", "SERVICE FEADER",
               "Direction Europe"],
    "energie": ["DIR. TRANSITION ENERGETIQUE", "Transition énergétique et climat", "SERVICE ENERGIE CLIMAT", "DTEE - ENERGIE"],
    "climat": ["MISSION CLIMAT", "Plan climat", "DIR. TRANSITION ECOLOGIQUE", "ADAPTATION - RISQUES", "Direction de l'environnement"],
    "dechets": ["DIR. ECONOMIE CIRCULAIRE", "PLANIFICATION DECHETS", "Économie circulaire et déchets", "SERVICE PRPGD"],
    "fin": ["DIR. FINANCES", "DGA RESSOURCES - FINANCES", "Direction des finances", "SERVICE DETTE ET TRESORERIE", "Finances - Budget",
            "DFI - BUDGET"],
    "adm": ["SECRETARIAT GENERAL", "DGA RESSOURCES", "Direction des affaires juridiques", "ASSEMBLEE - SEANCES", "Direction générale des services",
            "DIR. MOYENS GENERAUX", "LOGISTIQUE", "Service des assemblées"],
    "rh": ["DRH", "DIRECTION DES RESSOURCES HUMAINES", "Ressources humaines", "DRH - PAIE", "DRH - FORMATION"],
    "bat": ["DIR. DU PATRIMOINE", "Direction des bâtiments", "DPI", "Service immobilier", "DIRECTION DU PATRIMOINE IMMOBILIER"],
    "egal": ["MISSION EGALITE", "Égalité femmes-hommes", "DIR. SOLIDARITES - VIOLENCES INTRAFAMILIALES", "Délégation aux droits des femmes"],
    "intl": ["RELATIONS INTERNATIONALES", "Coopération décentralisée", "DIRECTION EUROPE ET INTERNATIONAL", "Action internationale"],
    "jeun": ["DIR. JEUNESSE", "Jeunesse et citoyenneté", "SERVICE JEUNESSE", "Direction de la jeunesse et de la vie associative"],
}


def service(dom: str) -> str:
    s = fill(pick(SV[dom]))
    r = rng.random()
    if r < 0.1 and len(s) > 20:
        s = s[:rng.randint(16, 22)].rstrip(" -.,'")
    elif r < 0.18:
        s = up(s)
    return s


class T:
    """A template: core text(s), label, service domains, fonctions, natures, chapitres.

    c: chapitres written instead of the nature's own one (016 APA, 017 RSA) or when no nature is
    given; reg: a région's line, whose chapitre may be the functional one (90x / 93x); w: how often
    the template is drawn compared with the others of its section (the big budget items more)."""

    def __init__(self, cores, lab, doms=(), f=(), n=(), c=(), tail=None, pt=0.5, op=0.0, pc=None, reg=False,
                 style=None, cap=None, w=1.0):
        self.cores = cores if isinstance(cores, list) else [cores]
        self.lab, self.doms, self.f, self.n, self.c = lab, list(doms), list(f), list(n), list(c)
        self.tail = tail if (tail is None or isinstance(tail, list)) else [tail]
        self.pt, self.op, self.pc, self.reg, self.style = pt, op, pc, reg, style
        self.cap = cap or max(3, min(8, 2 * len(self.cores) + (2 if self.tail else 0)))
        self.w = w
        self.used = 0


def pick_codes(lab: str, fcts, nats, chaps, p_codes: float, reg: bool):
    """Codes for a line (maybe none), always agreeing with its label."""
    chap = nat = fct = ""
    if not chance(p_codes):
        return chap, nat, fct
    if fcts and chance(0.85):
        fct = pick(fcts)
    if nats and chance(0.8):
        nat = pick(nats)
        chap = chapter_of_nature(nat)
    if chaps and (not chap or chance(0.6)):
        chap = pick(chaps)
    if reg and fct and chance(0.55):
        inv_hint = bool(nats) and 2 * sum(n[:1] in ("1", "2") for n in nats) >= len(nats)
        fc = func_chap(fct, nat, chap, inv_hint)
        if fc and codes_agree(lab, fc, nat, fct):
            chap = fc
    if chap and chance(0.07):
        chap = ""
    return agreeing_only(lab, chap, nat, fct)  # drop the code(s) that disagree, keep the others


def make(t: T, p_svc: float, p_codes: float):
    raw = pick(t.cores)
    nats, fcts = t.n, t.f
    if "|" in raw:  # a core may name its own natures, and fonctions: "Musées - expositions|611|314"
        raw, *specs = raw.split("|")
        nats = specs[0].split(",")
        if len(specs) > 1:
            fcts = specs[1].split(",")
    core = fill(raw)
    tail = fill(pick(t.tail)) if t.tail and chance(t.pt) else ""
    op = chance(t.op)
    if op:  # a programme (AP) line is an investment: no operating account
        nats = [n for n in nats if n[:1] in ("1", "2")]
    lib = render(core, tail, style=t.style, op=op)
    svc = service(pick(t.doms)) if t.doms and chance(p_svc) else ""
    pc = p_codes if t.pc is None else t.pc
    reg = t.reg and "épartement" not in raw  # a département's line is voted by nature
    chap, nat, fct = pick_codes(t.lab, fcts, nats, t.c, pc, reg)
    return checked_row(lib, chap, nat, fct, svc, t.lab)


# --------------------------------------------------------------------------------------------
# labels used often
# --------------------------------------------------------------------------------------------

SCH_BOIL = L(4, 60, 7, 40)
# The school transport network a région or département organises (lines, lots, service
# contracts) is public transport first, as fonction 81's prior reads it; a commune's own school
# bus or outings (SCH_BUS) stay with the school.
SCH_NETWORK = L(11, 60, 4, 40)
SCH_SEC = L(4, 70, 16, 30)
SCH_GYM = L(3, 60, 4, 40)
SCH_OASIS = L(13, 50, 4, 30, 15, 20)
EDU_NUM = L(4, 70, 9, 30)
RSA = L(1, 100)
INS_SOC = L(1, 70, 10, 30)
INS_JOB = L(8, 70, 1, 30)
APA = L(3, 60, 10, 40)
PA_BLD = L(3, 85, 11, 15)
PH = L(10, 80, 3, 20)
PH_ALL = L(10, 100)
PH_MED = L(10, 60, 3, 40)
ASE = L(1, 70, 10, 30)
PLANIF = L(3, 70, 5, 30)
SOC = L(1, 80, 10, 20)
FSL = L(1, 80, 11, 20)
HAB = L(11, 80, 1, 20)
OA = L(11, 60, 9, 40)
SAFE = L(11, 60, 3, 40)
PEM = L(11, 70, 13, 30)
ENS = L(15, 100)
PNR_COT = L(15, 70, 17, 30)
ARCH = L(11, 70, 16, 30)
FORM = L(4, 70, 8, 30)
YOUTH_JOB = L(8, 60, 4, 40)
AGRI = L(2, 70, 8, 30)
FOREST = L(15, 100)
NRJ = L(7, 80, 13, 20)
COAST = L(14, 80, 11, 20)
SEA = L(14, 100)


# --------------------------------------------------------------------------------------------
# 1. départements - collèges
# --------------------------------------------------------------------------------------------

# (works, label, natures, fonctions, service domains, operation code chance); WORK_WEIGHT gives how often
# a kind of works comes (building works most, solar panels and cours oasis seldom)
CLG_WORKS = [
    (["réhabilitation de la demi-pension", "restructuration de la demi-pension", "extension du restaurant scolaire",
      "réfection de la toiture", "remplacement des menuiseries extérieures", "construction de quatre salles de classe",
      "extension du bâtiment d'externat", "rénovation des sanitaires élèves", "réaménagement du CDI", "mise en sécurité incendie (SSI)",
      "restructuration complète - tranche {t}", "reconstruction sur site", "désamiantage des bâtiments B et C", "réfection de la cour",
      "construction d'un préau", "rénovation des salles de sciences", "internat - rénovation des chambres", "clos et couvert",
      "réfection des réseaux de chauffage", "maîtrise d'œuvre de la restructuration", "logement de fonction - remise en état",
      "SEGPA - aménagement des ateliers", "ULIS - aménagement d'une salle", "réfection des façades", "démolition de l'ancien internat"],
     SCH, ["21312", "2313", "2135", "2031"], ["221", "22"], ["clg_bat", "clg"], 0.45),
    (["isolation thermique par l'extérieur", "isolation des combles et des toitures-terrasses", "remplacement des fenêtres simple vitrage",
      "rénovation énergétique globale", "réfection de l'étanchéité avec isolation", "rénovation thermique du bâtiment externat"],
     SCH_NRJ, ["21312", "2313"], ["221"], ["clg_bat"], 0.45),
    (["remplacement de la chaudière fioul", "raccordement au réseau de chaleur bois", "chaufferie bois - remplacement de la chaufferie gaz",
      "relamping LED des salles de classe", "gestion technique centralisée du chauffage", "pompe à chaleur de la demi-pension"],
     SCH_BOIL, ["21312", "2313", "2135"], ["221"], ["clg_bat"], 0.4),
    (["centrale photovoltaïque en toiture", "ombrières photovoltaïques du parking", "panneaux solaires thermiques de la demi-pension"],
     SCH_PV, ["2313"], ["752"], ["clg_bat"], 0.3),
    (["mise en accessibilité PMR", "ascenseur et rampes d'accès", "Ad'AP - mise en accessibilité tranche {t}", "sanitaires adaptés PMR",
      "mise en accessibilité de la demi-pension"],
     SCH_PMR, ["21312", "2135", "2313"], ["221"], ["clg_bat"], 0.4),
    (["mise en sûreté - clôture et contrôle d'accès", "alarme PPMS et vidéoprotection des accès", "sécurisation du parvis et dépose-minute"],
     SCH_SEC, ["2135", "2313"], ["29", "221"], ["clg_bat", "clg"], 0.3),
    (["demi-pension - remplacement de la chambre froide", "demi-pension - ligne de self", "cuisine - remplacement de la laverie",
      "demi-pension - équipement de la cuisine", "demi-pension - fours mixtes"],
     CANTEEN, ["2188", "2313"], ["281"], ["restau", "clg"], 0.2),
    (["gymnase - réfection du sol sportif", "construction du gymnase", "plateau sportif EPS", "gymnase - vestiaires et douches",
      "salle de sport - toiture", "mur d'escalade du gymnase"],
     SCH_GYM, ["2313", "2128", "2135"], ["321"], ["clg_bat", "sport"], 0.35),
    (["équipement numérique des salles (VPI)", "classes mobiles de tablettes", "renouvellement des postes informatiques pédagogiques",
      "mobilier des salles de classe", "équipement des salles de technologie"],
     EDU, ["2188", "2184"], ["221"], ["clg"], 0.15),
    (["câblage et réseau wifi pédagogique", "raccordement à la fibre optique", "espace numérique de travail (ENT)"],
     EDU_NUM, ["2188", "611"], ["221"], ["clg", "num"], 0.1),
    (["cour oasis - désimperméabilisation et plantation", "végétalisation de la cour et îlot de fraîcheur"],
     SCH_OASIS, [], [], ["clg_bat"], 0.2),
]


WORK_WEIGHT = {SCH: 8, SCH_NRJ: 2, SCH_BOIL: 1.5, SCH_PV: 0.6, SCH_PMR: 1.2, SCH_SEC: 0.7, CANTEEN: 1, SCH_GYM: 1, EDU: 1.2,
               EDU_NUM: 0.7, SCH_OASIS: 0.5, L(4, 80, 8, 20): 1}


def works_label(name: str, works, nats: list[str], p_op: float, style: str) -> tuple[str, list[str]]:
    """A collège's or lycée's works line ("CLG X - réfection toiture 2021"), and the natures it may
    take (investment accounts only behind a programme code)."""
    w = fill(pick(works))
    core = wpick([(5, f"{name} - {w}"), (3, f"{w} - {name}"), (1, f"{name} : {w}")])
    if chance(0.15):
        core += f" {rng.randint(2017, 2026)}"
    op = chance(p_op)
    if op:
        nats = [n for n in nats if n.startswith("2")]
    return render(core, style=style, op=op), nats


def college_row():
    works, lab, nats, fcts, doms, p_op = wpick([(WORK_WEIGHT[w[1]], w) for w in CLG_WORKS])
    style = wpick([(60, "upper"), (30, "mixed"), (5, "mixed_noacc"), (5, "lower")])
    name = college_name(style == "upper")
    if style == "upper":
        name = name.replace("collège", pick(["CLG", "CLG", "CLG", "COLLEGE", "COLL."]), 1)
    lib, nats = works_label(name, works, nats, p_op, style)
    svc = service(pick(doms)) if chance(0.6) else ""
    chap, nat, fct = pick_codes(lab, fcts, nats, [], 0.55, False)
    return checked_row(lib, chap, nat, fct, svc, lab)


CLG_T = [
    T(["Dotation de fonctionnement des collèges publics|6551", "Dotation globale de fonctionnement des collèges|6551",
       "Dotation complémentaire - viabilisation des collèges|6551", "Forfait d'externat des collèges privés|6551",
       "Dotation d'équipement des collèges - mobilier et matériel|6551", "Dotation de fonctionnement - {clg}|6551"],
      EDU, ["clg"], ["221", "22"], ["6551"], tail=["{y}", "année scolaire {y}"], pt=0.5, pc=0.75),
    T(["Collèges privés sous contrat - forfait part personnel|6551", "Collèges privés - subvention d'investissement (loi Falloux)|20422"],
      EDU, ["clg"], ["221", "22"], [], tail=["{y}"], pt=0.4, pc=0.6),
    T(["Aide à la restauration des collégiens - tarification sociale|6513", "Bourses départementales des collégiens|6513",
       "Aide aux familles pour la demi-pension|6513"],
      L(4, 70, 1, 30), ["clg"], ["221", "28"], [], tail=["{y}"], pt=0.4, pc=0.6),
    T(["Denrées alimentaires - cuisine centrale des collèges|60623", "Restauration des collèges - marché de denrées|60623",
       "Fonds commun des services d'hébergement (FCSH)|6558", "Tarification de la demi-pension - compensation aux collèges|6551"],
      CANTEEN, ["restau"], ["281"], [], tail=["{y}"], pt=0.4, pc=0.6),
    T(["Produits bio et locaux dans les demi-pensions des collèges", "Plateforme d'approvisionnement local des collèges",
       "Lutte contre le gaspillage alimentaire dans les collèges - pesées"],
      LOCALFOOD, ["restau"], [], [], tail=["{y}"], pt=0.3, pc=0.0),
    T(["Transport des élèves handicapés vers les collèges et les écoles|6247,611", "Transport adapté des élèves en situation de handicap|6247,611",
       "Remboursement des frais de transport des élèves handicapés aux familles|6513", "Marché de transport des élèves et étudiants handicapés - lot {n}|611"],
      L(10, 60, 4, 40), ["ph", "clg"], ["425"], [], tail=["{y}", "année scolaire {y}"], pt=0.4, pc=0.5),
    T(["Participation aux frais d'utilisation des gymnases communaux par les collégiens|65734",
       "Utilisation des équipements sportifs communaux pour l'EPS - convention|611"],
      L(4, 60, 3, 40), ["clg", "sport"], ["282"], [], tail=["{y}"], pt=0.4, pc=0.6),
    T(["Collège numérique - tablettes des élèves de 5e|2188", "Plan numérique des collèges - ordinateurs portables des élèves|2188",
       "Licences de ressources pédagogiques numériques|611", "Maintenance informatique des collèges|611"],
      EDU, ["clg", "num"], ["221"], [], tail=["{y}"], pt=0.4, pc=0.5),
    T(["Sectorisation des collèges - étude de la carte scolaire|617", "Conseil départemental des jeunes - collégiens|611",
       "Actions éducatives des collèges - appel à projets|65738", "Sorties culturelles des collégiens - parcours d'éducation artistique|611",
       "Classes à horaires aménagés - aide aux collèges|65738"],
      EDU, ["clg"], ["221", "22"], [], tail=["{y}"], pt=0.4, pc=0.5),
    T(["Collèges - contrats de maintenance des ascenseurs|6156", "Collèges - contrôles réglementaires des bâtiments|611",
       "Collèges - fluides, régularisation des dotations|6551", "Collèges - maintenance des systèmes de sécurité incendie|6156"],
      EDU, ["clg_bat"], ["221"], [], tail=["{y}"], pt=0.4, pc=0.6),
    T(["Entretien courant des collèges - bons de commande|615221", "Collèges - petits travaux urgents|615221",
       "Collèges - gros entretien programmé|2313", "Collèges - travaux d'été|2313"],
      SCH, ["clg_bat"], ["221"], [], tail=["{y}"], pt=0.4, pc=0.6),
    T(["Construction d'un nouveau collège à {town}|2313", "Nouveau collège de {town} - acquisition du terrain|2111",
       "Collège de {town} - concours de maîtrise d'œuvre|2031"],
      SCH, ["clg_bat"], ["221"], [], tail=["tranche {t}", "{y}"], pt=0.3, op=0.5, pc=0.6),
]


# --------------------------------------------------------------------------------------------
# 2. départements - solidarités
# --------------------------------------------------------------------------------------------

SOL_T = [
    # RSA allocations
    T(["Allocations RSA socle", "Allocation RSA - versement CAF", "Allocations RSA - versement MSA", "RSA socle majoré - parents isolés",
       "Allocations RSA - acomptes mensuels", "Revenu de solidarité active - allocations"],
      RSA, ["rsa", "fin"], ["447", "44"], ["6511"], c=["017"], tail=["{y}", "exercice {y}", "mois de décembre"], pt=0.5, pc=0.75, cap=10, w=2.5),
    T(["RSA - régularisation des indus", "RSA - indus transférés par la CAF", "Remises de dette RSA|6511",
       "RSA - recouvrement des indus - annulations", "RSA jeunes actifs"],
      RSA, ["rsa"], ["447", "445"], [], c=["017"], tail=["{y}"], pt=0.4, pc=0.7),
    T(["Contrôle et lutte contre la fraude au RSA|611", "Évaluation des dépenses RSA - conventions de gestion CAF et MSA|611",
       "Référents RSA - orientation des bénéficiaires|611", "Équipes pluridisciplinaires RSA - frais de fonctionnement|611"],
      RSA, ["rsa"], ["445", "446", "44"], [], c=["017"], tail=["{y}"], pt=0.4, pc=0.6),
    T(["RSA - dépenses d'allocations non ventilées", "RSA - remboursement à la CAF du trop-perçu de frais de gestion|611",
       "Recentralisation du RSA - étude d'impact|617", "RSA - droits et devoirs, contrats d'engagement|611"],
      RSA, ["rsa", "fin"], ["448", "44"], [], c=["017"], tail=["{y}"], pt=0.4, pc=0.6),
    # insertion
    T(["Programme départemental d'insertion - actions collectives", "PDI - accompagnement social des bénéficiaires du RSA",
       "Contrats d'engagements réciproques - accompagnement", "Ateliers de remobilisation sociale - bénéficiaires du RSA",
       "Aide à la mobilité des bénéficiaires du RSA|6518", "Fonds d'aide aux jeunes (FAJ)|6518", "Pacte territorial d'insertion - animation"],
      INS_SOC, ["rsa", "soc"], ["441", "44"], ["611", "6574", "65748"], tail=["{y}", "appel à projets {y}"], pt=0.4, pc=0.55),
    T(["Insertion professionnelle des bénéficiaires du RSA - job coaching", "Plateforme emploi RSA - mise en relation avec les employeurs",
       "Contrats aidés PEC - cofinancement bénéficiaires du RSA", "Convention avec France Travail - accompagnement global",
       "Clauses sociales dans les marchés publics - facilitateur", "Forums emploi des bénéficiaires du RSA",
       "Aide à la reprise d'activité des bénéficiaires du RSA|6513"],
      INS_JOB, ["rsa"], ["444"], ["611", "6574", "65738"], tail=["{y}"], pt=0.4, pc=0.55),
    T(["Aide aux postes en ateliers et chantiers d'insertion (ACI)", "SIAE - financement des postes d'insertion",
       "Chantier d'insertion {asso} - entretien des espaces naturels", "Entreprises d'insertion - conventionnement départemental",
       "Chantiers d'insertion - dialogue de gestion et subventions"],
      IAE, ["rsa"], ["444", "65"], ["6574", "65748"], tail=["{y}"], pt=0.4, pc=0.55),
    T(["Bilans de santé des bénéficiaires du RSA", "Accompagnement santé des bénéficiaires du RSA - psychologues"],
      L(3, 60, 1, 40), ["rsa"], ["442"], ["611"], tail=["{y}"], pt=0.4, pc=0.55),
    T(["Accès au logement des bénéficiaires du RSA - accompagnement", "RSA - aide au relogement"],
      L(1, 60, 11, 40), ["rsa", "hab"], ["443"], ["611"], tail=["{y}"], pt=0.4, pc=0.55),
    # action sociale générale
    T(["Aides financières individuelles - secours d'urgence|6518", "Maison départementale des solidarités de {town} - fonctionnement|611",
       "Accompagnement budgétaire des familles (MASP)|611", "Mesures d'accompagnement social personnalisé|611",
       "Domiciliation et accueil des personnes sans résidence stable|611", "Premier accueil social inconditionnel|611"],
      SOC, ["soc"], ["424", "42", "420"], [], tail=["{y}"], pt=0.4, pc=0.55),
    T(["Aide alimentaire - convention avec la banque alimentaire départementale", "Épiceries solidaires - aide départementale",
       "Colis alimentaires d'urgence des MDS"],
      L(2, 60, 1, 40), ["soc"], [], ["6574", "611"], tail=["{y}"], pt=0.4, pc=0.45),
    T(["Maison départementale des solidarités de {town} - construction|2313", "MDS {town} - réaménagement de l'accueil|2313",
       "Centre médico-social de {town} - rénovation|2313"],
      L(1, 85, 11, 15), ["soc", "bat"], ["420"], ["21313", "2313"], tail=["{y}"], pt=0.3, op=0.5, pc=0.55),
    # FSL, logement
    T(["Fonds de solidarité pour le logement - dotation départementale", "FSL - aides au maintien dans le logement", "FSL - aides à l'accès",
       "FSL énergie - impayés d'électricité", "FSL - accompagnement social lié au logement", "FSL eau - aides aux impayés",
       "Participation départementale au FSL"],
      FSL, ["hab", "soc"], ["424", "42"], ["6558", "6518"], tail=["{y}"], pt=0.4, pc=0.55),
    T(["Aides à la pierre - délégation de compétence|20422", "Logement locatif social - subventions aux bailleurs|20422",
       "Aide départementale à la production de PLAI|20422", "Réhabilitation des logements sociaux - bailleur départemental|20422",
       "Garanties d'emprunts aux bailleurs sociaux - frais de gestion|611"],
      HAB, ["hab"], ["555", "552"], ["20422", "2042"], tail=["{y}", "programme {y}"], pt=0.4, pc=0.55),
    T(["Lutte contre l'habitat indigne - pôle départemental", "Plan départemental d'action pour le logement des personnes défavorisées"],
      L(11, 60, 1, 40), ["hab"], ["55"], ["611", "617"], tail=["{y}"], pt=0.4, pc=0.5),
    T(["Aides à la rénovation énergétique des logements - propriétaires modestes", "Lutte contre la précarité énergétique - SLIME",
       "Programme Habiter mieux - abondement départemental"],
      L(7, 60, 11, 40), ["hab", "energie"], ["758"], ["20422", "611"], tail=["{y}"], pt=0.4, pc=0.5),
    T(["Adaptation des logements à la perte d'autonomie - aides aux propriétaires", "Aide à l'adaptation du logement des personnes âgées"],
      L(10, 60, 11, 40), ["auto", "hab"], [], ["20422"], tail=["{y}"], pt=0.4, pc=0.5),
    # APA
    T(["APA à domicile - plans d'aide", "APA à domicile - versement aux services d'aide à domicile", "APA domicile - chèques emploi service universel",
       "APA à domicile - aide au répit des aidants", "APA à domicile - téléassistance", "Allocation personnalisée d'autonomie à domicile",
       "APA à domicile - accueil de jour", "APA à domicile - portage de repas"],
      APA, ["auto"], ["431", "43"], [], c=["016"], tail=["{y}", "GIR 1 à 4"], pt=0.4, pc=0.7, cap=10, w=2),
    T(["APA en établissement - dotation globale", "APA versée aux EHPAD - forfait dépendance", "APA en établissement - bénéficiaires hors département",
       "Forfait global dépendance des EHPAD", "APA en établissement - versement individuel"],
      APA, ["auto"], ["432", "433", "43"], ["656"], c=["016"], tail=["{y}"], pt=0.4, pc=0.7),
    T(["APA - contrôle d'effectivité des plans d'aide|611", "Évaluateurs APA - frais de déplacement|6251", "Télégestion des SAAD - APA et PCH|611",
       "APA - logiciel de gestion des prestations|611"],
      APA, ["auto"], ["430", "43"], [], c=["016"], tail=["{y}"], pt=0.4, pc=0.6),
    T(["Tarification des SAAD - dotation qualité", "Services d'aide à domicile - revalorisation salariale (avenant 43)",
       "Aide sociale à l'hébergement des personnes âgées|656", "Frais d'hébergement en EHPAD - aide sociale|656", "Accueil familial des personnes âgées - rémunération|",
       "Résidences autonomie - forfait autonomie|656|4231", "Conférence des financeurs - actions de prévention de la perte d'autonomie"],
      APA, ["auto"], ["423", "4238"], ["611", "656"], tail=["{y}"], pt=0.4, pc=0.55),
    T(["Aide à l'investissement des EHPAD - {res}|20422", "EHPAD {res} - restructuration, aide départementale|20422",
       "Résidence autonomie {res} - réhabilitation, subvention|20422", "Plan d'aide à l'investissement des établissements pour personnes âgées|20422"],
      PA_BLD, ["auto"], ["423"], [], tail=["{y}"], pt=0.3, op=0.3, pc=0.55),
    T(["Lutte contre l'isolement des personnes âgées - MONALISA", "Aidants familiaux - plateforme de répit", "Bien vieillir - ateliers de prévention des chutes"],
      L(3, 70, 10, 30), ["auto"], ["4232"], ["611", "6574"], tail=["{y}"], pt=0.4, pc=0.5),
    # PCH, handicap
    T(["PCH - aide humaine", "PCH aide humaine - emploi direct", "PCH - aide humaine prestataire", "Prestation de compensation du handicap - aide humaine",
       "PCH parentalité", "PCH enfants - complément AEEH", "ACTP - allocation compensatrice tierce personne", "PCH - charges spécifiques et exceptionnelles"],
      PH, ["ph"], ["425"], [], c=["65"], tail=["{y}", "exercice {y}"], pt=0.4, pc=0.65, cap=10, w=2.5),
    T(["PCH - aides techniques", "PCH - aménagement du logement", "PCH - aménagement du véhicule et surcoûts de transport", "PCH - aides animalières",
       "Fonds départemental de compensation du handicap - participation"],
      PH_ALL, ["ph"], ["425"], [], c=["65"], tail=["{y}"], pt=0.4, pc=0.6, w=1.5),
    T(["MDPH - subvention de fonctionnement du GIP|65738", "Participation au GIP MDPH|65738", "MDPH - mise à disposition de personnel - remboursement|621",
       "MDPH - système d'information harmonisé|611", "MDPH - locaux - loyer et charges|6132", "Maison départementale des personnes handicapées - contribution"],
      PH_ALL, ["ph"], ["425"], [], tail=["{y}"], pt=0.4, pc=0.6),
    T(["Transport adapté à la demande des personnes handicapées|611", "Aide sociale à l'hébergement des personnes handicapées|656",
       "Accueil familial des adultes handicapés - rémunération des accueillants|", "Habitat inclusif - aide à la vie partagée (AVP)|6574"],
      PH, ["ph"], ["425"], ["611", "6574"], tail=["{y}"], pt=0.4, pc=0.55),
    T(["Emploi accompagné des travailleurs handicapés - cofinancement", "Insertion professionnelle des personnes handicapées - plateforme"],
      L(10, 60, 8, 40), ["ph"], ["425"], ["6574", "611"], tail=["{y}"], pt=0.35, pc=0.5),
    T(["Foyer de vie {foyer} - extension, aide à l'investissement|20422", "Habitat inclusif {foyer} - subvention d'équipement|20422"],
      L(10, 70, 11, 30), ["ph"], ["425"], [], tail=["{y}"], pt=0.3, pc=0.5),
    # ASE
    T(["Placements familiaux - rémunération des assistants familiaux|64131", "Assistants familiaux - indemnités d'entretien|652",
       "Assistants familiaux - formation obligatoire|611", "Accueil d'urgence des mineurs - hôtel|652", "Mineurs non accompagnés - mise à l'abri et évaluation|652,611",
       "Contrats jeunes majeurs - allocations|6518", "Allocations mensuelles ASE|6518", "Aide éducative à domicile (AED) - associations habilitées|652,6574",
       "AEMO - mesures judiciaires|652",
       "Lieux de vie et d'accueil - prix de journée|652", "Placements en établissements hors département|652",
       "Techniciennes d'intervention sociale et familiale (TISF)|611", "Cellule de recueil des informations préoccupantes - CRIP|611"],
      ASE, ["ase"], ["4213", "421"], ["652", "611", "6518"], tail=["{y}"], pt=0.35, pc=0.55, cap=10, w=2),
    T(["Espaces de rencontre - visites médiatisées|6574,611", "Accueil de jour éducatif - enfants confiés|652", "Placement à domicile - service {asso}|652",
       "Observatoire départemental de la protection de l'enfance|617", "Schéma départemental de prévention et de protection de l'enfance - évaluation|617",
       "Adoption - conseil de famille et recherche des origines|611", "Accompagnement des sortants de l'ASE vers l'autonomie|6518,6574",
       "Familles de parrainage - indemnisation|6518"],
      ASE, ["ase"], ["4213", "421"], ["611", "6574", "652"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Allocation de rentrée des enfants confiés", "Argent de poche des mineurs confiés|6518", "Frais de scolarité des enfants placés|6518",
       "Vêtures des enfants confiés|6518", "Parrainage de proximité des enfants confiés"],
      ASE, ["ase"], ["4213"], [], tail=["{y}"], pt=0.35, pc=0.5),
    T(["Aides financières aux familles - secours enfance|6518", "Aides à domicile aux familles - allocations|6518"],
      RSA, ["ase"], ["4212"], [], tail=["{y}"], pt=0.35, pc=0.6),
    T(["Prévention spécialisée - éducateurs de rue", "Prévention spécialisée - convention avec le club de prévention {asso}",
       "Maison des adolescents - participation|65738", "Points accueil écoute jeunes"],
      L(10, 60, 1, 40), ["ase", "jeun"], ["4214"], ["6574", "611"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Foyer départemental de l'enfance - restructuration|2313", "Village d'enfants {foyer} - construction|20422",
       "Pouponnière départementale - rénovation|2313", "Centre maternel {foyer} - réhabilitation|2313"],
      L(1, 85, 11, 15), ["ase", "bat"], ["4213", "421"], ["21313", "2313", "20422"], tail=["{y}"], pt=0.3, op=0.5, pc=0.55),
    # PMI, santé
    T(["PMI - consultations de nourrissons", "PMI - bilans de santé en école maternelle", "PMI - vaccins et produits pharmaceutiques|6066",
       "PMI - matériel médical des centres|2188", "PMI - visites à domicile des puéricultrices", "PMI - entretien prénatal précoce",
       "Centre de PMI de {town} - aménagement|2313", "PMI - tests auditifs et visuels"],
      PMI, ["pmi"], ["411", "41"], ["611", "6066"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Centres de santé sexuelle - consultations de contraception", "Planification familiale - conventions avec les hôpitaux",
       "Interruptions volontaires de grossesse - prise en charge des mineures", "Éducation à la vie affective et sexuelle dans les collèges"],
      PLANIF, ["pmi"], ["411"], ["611", "65738"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Agrément et formation des assistants maternels", "Relais petite enfance - cofinancement départemental",
       "Modes d'accueil du jeune enfant - contrôle des crèches", "Crèches à vocation d'insertion professionnelle - aide"],
      L(4, 70, 3, 30), ["pmi"], ["4228", "422"], ["611", "6574"], tail=["{y}"], pt=0.35, pc=0.5),
    T(["Centre départemental de vaccination - vaccins|6066", "Lutte contre la tuberculose - centre de lutte antituberculeuse",
       "Dépistage des infections sexuellement transmissibles - CeGIDD", "Campagne de vaccination contre la grippe des agents|6066"],
      L(3, 100), ["sante"], ["412", "41"], ["6066", "611"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Démographie médicale - bourses aux internes en médecine générale", "Aide à l'installation des médecins en zone rurale",
       "Centre départemental de santé - médecins salariés", "Téléconsultation dans les maisons départementales des solidarités"],
      L(3, 100), ["sante"], ["414", "41"], ["611", "6574"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Centre de santé départemental de {town} - aménagement|2313", "Centre de santé départemental - antenne de {town}, travaux|2313"],
      L(3, 85, 11, 15), ["sante", "bat"], ["414"], [], tail=["{y}"], pt=0.35, op=0.4, pc=0.55),
]


# social and medico-social establishments: (names, label, fonctions, chapitres, natures, kinds)
ESTAB = [
    (["MECS {foyer}", "MECS {foyer}", "MECS {foyer}", "MECS de {town}", "maison d'enfants {foyer}", "foyer de l'enfance", "lieu de vie {foyer}", "village d'enfants de {town}",
      "service de placement familial {asso}", "pouponnière {foyer}"],
     ASE, ["4213"], [], ["652"],
     ["prix de journée", "dotation globale", "CPOM - dotation", "placements - frais de séjour", "hébergement des mineurs confiés",
      "places d'accueil d'urgence", "reprise de déficit"]),
    (["EHPAD {res}", "résidence {res}", "EHPAD public de {town}", "accueil de jour {res}", "unité Alzheimer {res}"],
     APA, ["432", "433", "423"], ["016"], [],
     ["APA en établissement", "forfait dépendance", "dotation globale dépendance", "tarif dépendance", "habilitation à l'aide sociale - frais d'hébergement",
      "aide sociale à l'hébergement"]),
    (["foyer de vie {foyer}", "foyer d'hébergement {foyer}", "SAVS {foyer}", "foyer occupationnel de {town}", "accueil de jour PH {foyer}"],
     PH, ["425"], [], [],
     ["prix de journée", "dotation globale", "CPOM - dotation", "aide sociale à l'hébergement", "reprise de résultat"]),
    (["FAM {foyer}", "foyer d'accueil médicalisé de {town}", "SAMSAH {foyer}"],
     PH_MED, ["425"], [], [],
     ["prix de journée", "dotation globale - part hébergement", "forfait soins - part départementale", "CPOM"]),
]


def estab_row():
    names, lab, fcts, chaps, nats, kinds = wpick(list(zip((4, 2, 2, 1), ESTAB, strict=True)))
    style = wpick([(60, "upper"), (30, "mixed"), (5, "mixed_noacc"), (5, "lower")])
    est = fill(pick(names))
    kind = pick(kinds)
    core = wpick([(5, f"{est} - {kind}"), (2, f"{kind} {est}"), (1, f"{kind} - {est}")])
    if chance(0.3):
        core += f" {rng.randint(2017, 2026)}"
    lib = render(core, style=style)
    if lab == APA and "aide sociale" in kind:  # aide sociale à l'hébergement: not the APA chapter
        fcts, chaps = ["423"], ["65"]
    elif "aide sociale" in kind:
        chaps = ["65"]
    dom = {ASE: "ase", APA: "auto", PH: "ph", PH_MED: "ph"}[lab]
    svc = service(dom) if chance(0.6) else ""
    chap, nat, fct = pick_codes(lab, fcts, nats, chaps, 0.6, False)
    return checked_row(lib, chap, nat, fct, svc, lab)


# --------------------------------------------------------------------------------------------
# 3. départements - routes, mobility, SDIS
# --------------------------------------------------------------------------------------------

ROAD_WORKS = [
    (["recalibrage", "renforcement de chaussée", "rectification de virage", "élargissement de la chaussée", "réfection de la couche de roulement",
      "enduits superficiels d'usure", "purges et reprofilage", "traverse d'agglomération de {town}", "créneau de dépassement",
      "aménagement du carrefour de {hameau}", "création d'un giratoire à {town}", "assainissement routier - fossés et buses",
      "renouvellement des enrobés", "reprise des accotements", "calibrage et renforcement", "signalisation horizontale",
      "déviation de {town} - acquisitions foncières", "déviation de {town} - terrassements", "mise à 2x2 voies - études préalables",
      "tourne-à-gauche de {hameau}", "réparation des dégâts d'orages"],
     ROAD, ["2151", "2315", "2031", "615231"], ["843", "84"], 0.45),
    (["pont de {town} sur {riv} - réparation", "ouvrage d'art n°{n} - remplacement des joints de chaussée", "mur de soutènement - confortement",
      "passage inférieur - étanchéité du tablier", "viaduc de {hameau} - réparation des appuis", "pont de {hameau} - reconstruction",
      "buse métallique - remplacement par un cadre béton", "ouvrage d'art - inspection détaillée", "pont suspendu de {town} - câbles porteurs",
      "OA {n} - garde-corps"],
     OA, ["2151", "2315", "615231"], ["843"], 0.4),
    (["glissières de sécurité", "sécurisation du carrefour de {hameau}", "aménagement de sécurité - traversée de {town}",
      "dispositifs de retenue - motards", "suppression d'obstacles latéraux", "radars pédagogiques"],
     SAFE, ["2151", "2152", "615231"], ["849", "843"], 0.3),
    (["piste cyclable le long de la route", "bande cyclable entre {town} et {hameau}", "voie verte parallèle à la route",
      "traversée sécurisée de la véloroute"],
     SOFT, ["2151", "2031"], ["87"], 0.3),
    (["protection contre les chutes de blocs - filets", "confortement du talus après glissement de terrain",
      "rehaussement de la chaussée submersible", "purge de falaise et ancrages"],
     L(13, 60, 11, 40), ["2315"], [], 0.3),
    (["crapauduc et passage à faune", "passage à petite faune sous chaussée", "reprise des dépendances vertes - fauche tardive"],
     L(15, 70, 11, 30), ["2315", "611"], [], 0.2),
]


def road_row():
    works, lab, nats, fcts, p_op = pick(ROAD_WORKS)
    op = chance(p_op)
    if op:  # a programme (AP) line is an investment: no operating account
        nats = [n for n in nats if n.startswith("2")]
    style = wpick([(62, "upper"), (28, "mixed"), (5, "mixed_noacc"), (5, "lower")])
    r = rd()
    w = fill(pick(works))
    core = wpick([(5, f"{r} - {w}"), (2, f"{w} {r}"), (2, f"{r} {w}"), (1, f"{r} - {w} - {pr()}")])
    if chance(0.12):
        core += f" {rng.randint(2017, 2026)}"
    lib = render(core, style=style, op=op)
    svc = service("routes") if chance(0.6) else ""
    chap, nat, fct = pick_codes(lab, fcts, nats, [], 0.55, False)
    return checked_row(lib, chap, nat, fct, svc, lab)


ROUTE_T = [
    T(["Viabilité hivernale - sel de déneigement|60633", "Viabilité hivernale - astreintes et interventions|611", "Saleuses et lames de déneigement|2157",
       "Viabilité hivernale - location de tracteurs équipés|6135", "Saumure - unité de fabrication au centre d'exploitation de {town}|2313",
       "Déneigement des routes départementales - marchés avec les agriculteurs|611", "Hangar à sel de {town} - construction|2313",
       "Stations météo routières - maintenance|6156"],
      VH, ["routes"], ["846"], ["60633", "611", "2157", "2313"], tail=["hiver {y}", "{y}"], pt=0.4, pc=0.6),
    T(["Entretien courant des routes départementales - point-à-temps|615231", "Fauchage des accotements des RD|611",
       "Curage des fossés des routes départementales|615231", "Signalisation verticale des RD|60633", "Marquage au sol des routes départementales|615231",
       "Élagage des arbres d'alignement des RD|611", "Entretien des équipements de la route|615231"],
      ROAD, ["routes"], ["843", "847"], [], tail=["{y}", "secteur {town}"], pt=0.4, pc=0.6),
    T(["Parc départemental - camions de viabilité hivernale|2182", "Parc départemental - renouvellement des véhicules d'exploitation|2182",
       "Parc routier - entretien des engins|61551", "Centre d'exploitation routier de {town} - construction|2313",
       "Centre d'exploitation de {town} - aire de lavage et séparateur|2313", "Parc départemental - carburant des engins|60622"],
      ROAD, ["parc", "routes"], ["843", "84"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Comptages routiers - stations de comptage|2188", "Schéma routier départemental - études|2031", "Système d'information routier - base de données|2031",
       "Déviation de {town} - déclaration d'utilité publique|2031", "Acquisitions foncières - emprises routières|2112"],
      ROAD, ["routes"], ["843", "84"], [], tail=["{y}"], pt=0.35, op=0.3, pc=0.55),
    T(["Véloroute de la vallée de {riv} - tronçon {town}-{hameau}|2151", "Véloroute - jalonnement et signalétique|2152",
       "Voie verte de l'ancienne voie ferrée - aménagement|2151", "Schéma départemental des itinéraires cyclables|2031",
       "Aide aux communes pour les aménagements cyclables|20414", "Stationnement vélos sécurisé des aires de covoiturage|2152",
       "Véloroute - entretien et fauchage|611"],
      SOFT, ["routes", "terr"], ["87"], [], tail=["{y}", "tranche {t}"], pt=0.35, op=0.3, pc=0.55),
    T(["Aires de covoiturage départementales - {town}|2151", "Plateforme de covoiturage - animation|611", "Transport solidaire en zone rurale - soutien aux associations|6574",
       "Plan de mobilité rurale - étude|617"],
      PEM, ["routes", "terr"], ["86", "828"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Contribution au SDIS", "Contribution départementale au service d'incendie et de secours", "SDIS - contribution au budget de fonctionnement",
       "Participation du Département au SDIS", "SDIS - dotation d'investissement", "Contribution statutaire SDIS"],
      FIN, ["fin"], [], [], c=["65"], tail=["{y}", "exercice {y}"], pt=0.5, pc=0.4, w=2.5),
    T(["Gendarmerie de {town} - construction de la caserne|2313", "Casernes de gendarmerie - gros entretien|615221", "Gendarmerie de {town} - loyers|6132"],
      ADM, ["bat"], ["11"], [], tail=["{y}"], pt=0.3, pc=0.5),
]


# --------------------------------------------------------------------------------------------
# 4. départements - territories, environment, culture, sport, economy
# --------------------------------------------------------------------------------------------

DEPT_T = [
    # ENS
    T(["ENS {ens} - plan de gestion", "Acquisition de parcelles en espace naturel sensible - {ens}|2111,2117", "ENS - travaux de restauration écologique - {ens}",
       "Espace naturel sensible {ens} - sentier de découverte|2128", "ENS - conventions de gestion avec le conservatoire d'espaces naturels|6574",
       "ENS - inventaires faune flore|617", "Droit de préemption ENS - {ens}|2111", "Gardes nature ENS - équipement|2188",
       "Observatoire des espaces naturels sensibles - suivis écologiques|617"],
      ENS, ["env"], ["76"], ["611", "2128", "6574"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Taxe d'aménagement - part départementale ENS", "TA ENS - produit", "Taxe d'aménagement affectée aux espaces naturels sensibles",
       "ENS - aides aux communes pour l'acquisition d'espaces naturels|20414"],
      ENS, ["env", "fin"], ["76"], [], tail=["{y}"], pt=0.5, pc=0.45),
    T(["Trame verte et bleue - restauration des continuités écologiques", "Plantation de haies - programme départemental|2121",
       "Atlas départemental de la biodiversité", "Lutte contre les espèces invasives - renouée et ambroisie", "Réserve naturelle de {ens} - gestion|611"],
      L(15, 80, 13, 20), ["env"], ["76"], ["611", "2121"], tail=["{y}"], pt=0.35, pc=0.5),
    T(["PDIPR - balisage des itinéraires de randonnée|611", "Plan départemental des itinéraires de promenade et de randonnée - entretien|611",
       "Sentiers de grande randonnée - aide aux communes|20414"],
      TOUR, ["tour", "env"], ["633"], [], tail=["{y}"], pt=0.35, pc=0.5),
    # forest, agriculture
    T(["Défense des forêts contre l'incendie - pistes DFCI", "DFCI - citernes et points d'eau en forêt", "Obligations légales de débroussaillement le long des RD",
       "Feux de forêt - patrouilles de surveillance estivales"],
      L(13, 70, 15, 30), ["env", "agri"], [], ["2128", "611"], tail=["{y}"], pt=0.35, pc=0.4),
    T(["Forêt départementale de {hameau} - travaux sylvicoles|611",
       "Aide au reboisement après tempête|20422", "Forêts départementales - plan de gestion ONF|611", "Acquisition de la forêt de {hameau}|2117"],
      FOREST, ["agri", "env"], ["76"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Aménagement foncier agricole et forestier (AFAF) de {town}|2031", "AFAF - travaux connexes|20414",
       "Aide aux CUMA pour le matériel agricole|20421", "Aide à l'installation des jeunes agriculteurs|6574", "Chambre d'agriculture - convention de partenariat|6574",
       "Aide aux investissements des exploitations d'élevage|20421", "Foncier agricole - veille avec la SAFER|611"],
      AGRI, ["agri"], ["631", "6318"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Produits locaux dans la restauration collective - plateforme départementale", "Projet alimentaire territorial départemental - animation",
       "Conversion à l'agriculture biologique - aide départementale", "Marchés de producteurs de pays - soutien"],
      L(2, 60, 12, 40), ["agri"], ["631"], ["611", "6574"], tail=["{y}"], pt=0.35, pc=0.5),
    # LDA
    T(["Laboratoire départemental - analyses de santé animale", "LDA - sérologies des cheptels", "LDA - hygiène alimentaire des restaurations collectives",
       "Laboratoire départemental d'analyses - réactifs|60628", "LDA - équipement du laboratoire de biologie moléculaire|2188",
       "LDA - accréditation COFRAC|611", "LDA - surveillance de la tuberculose bovine"],
      L(3, 60, 2, 40), ["lda"], ["6311"], ["611", "60628", "2188"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["LDA - analyses des eaux de consommation", "Laboratoire départemental - contrôle sanitaire des eaux pour l'ARS",
       "LDA - analyses des eaux de baignade et des rivières"],
      L(6, 60, 3, 40), ["lda", "eau"], ["732", "731"], ["611", "60628"], tail=["{y}"], pt=0.35, pc=0.5),
    # water
    T(["Aide aux communes - renouvellement des réseaux d'eau potable|20414", "Eau potable - aide aux syndicats pour l'interconnexion|20415",
       "Sécurisation de l'alimentation en eau potable - aide départementale|20414", "Protection des captages - aide aux collectivités|20414",
       "Schéma départemental d'alimentation en eau potable|2031", "Aide aux communes - réservoirs d'eau potable|20414"],
      W_NET, ["eau", "terr"], ["732"], [], tail=["{y}", "programme {y}"], pt=0.35, pc=0.55),
    T(["SATESE - assistance technique aux stations d'épuration|611", "Aide aux communes - stations d'épuration|20414",
       "Assainissement collectif - aide aux communes rurales|20414", "Assistance technique départementale eau et assainissement - convention|611",
       "Suivi de la qualité des cours d'eau - réseau départemental|611"],
      L(6, 80, 11, 20), ["eau"], ["733", "73"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Contribution à l'établissement public de bassin - prévention des inondations", "Digues départementales de {riv} - confortement",
       "Plan d'actions de prévention des inondations {riv} - participation"],
      L(13, 80, 11, 20), ["eau", "env"], ["735"], ["6558", "2313"], tail=["{y}"], pt=0.35, pc=0.5),
    # culture
    T(["Archives départementales - numérisation de l'état civil ancien|611", "Archives départementales - restauration de registres|611",
       "Archives départementales - extension du bâtiment|2313", "Archives - rayonnages mobiles|2184", "Archives départementales - collecte des archives privées|2161",
       "Archives départementales - conditionnement et désinfection des fonds|611", "Archives - exposition et service éducatif|611",
       "Archives départementales - logiciel de gestion et site de consultation|611"],
      ARCH, ["arch"], ["315"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Musée départemental de {town} - acquisition d'œuvres|2161", "Musée départemental - restauration des collections|611",
       "Musée départemental - exposition temporaire|611", "Musée départemental - muséographie de la nouvelle salle|2313",
       "Musée de site archéologique de {hameau} - fouilles programmées|611|318", "Service départemental d'archéologie - diagnostics|611|318"],
      CULT, ["musee", "cult"], ["314"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Médiathèque départementale - acquisition de documents|6065", "Médiathèque départementale - bibliobus|2182",
       "Médiathèque départementale - formation des bibliothécaires bénévoles|611", "Lecture publique - aide aux communes pour les médiathèques|20414",
       "Médiathèque départementale - ressources numériques|611", "Bibliothèque départementale de prêt - navette de documents|611"],
      LIB, ["media"], ["313"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Schéma départemental des enseignements artistiques - aide aux écoles de musique|6574",
       "Conservatoires - aide départementale au fonctionnement|6574", "Éducation artistique et culturelle des collégiens - résidences|611"],
      EDU, ["cult"], [], [], tail=["{y}"], pt=0.35, pc=0.5),
    T(["Patrimoine protégé - aide à la restauration des églises|20414|312", "Aide aux communes - restauration des monuments historiques|20414|312",
       "Château départemental de {hameau} - restauration|2313|312", "Patrimoine rural non protégé - aide aux propriétaires|20422|312",
       "Festival départemental de {town} - organisation|611|311", "Aide à la diffusion du spectacle vivant en milieu rural|6574|316,311",
       "Saison culturelle départementale - programmation|611|311,316"],
      CULT, ["cult"], ["31"], [], tail=["{y}"], pt=0.35, pc=0.55),
    # sport
    T(["Comités sportifs départementaux - aide au fonctionnement|6574|327,32", "Aide aux manifestations sportives - {sport}|6574|326",
       "Sportifs de haut niveau - bourses départementales|6513|3271", "Sport de nature - plan départemental des espaces, sites et itinéraires|611|32",
       "Aide aux clubs pour l'emploi sportif|6574|3272", "Base départementale de loisirs de {hameau} - équipements|2188|325"],
      SPORT, ["sport"], ["32"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Aide aux communes - équipements sportifs|20414", "Aide aux communes - gymnases et salles de sport|20414", "Piscines intercommunales - aide départementale|20415"],
      SPORT_BLD, ["sport", "terr"], ["32"], [], tail=["{y}"], pt=0.35, pc=0.55),
    # tourism
    T(["Agence de développement touristique - subvention|6574", "Comité départemental du tourisme - contribution|6574",
       "Aide aux hébergements touristiques - hôtellerie rurale|20422", "Promotion touristique de la destination - campagne|6231",
       "Taxe additionnelle à la taxe de séjour - reversement à l'ADT|65738", "Base de loisirs départementale de {hameau} - aménagement|2313",
       "Tourisme fluvial sur {riv} - aménagement des haltes|2313"],
      TOUR, ["tour"], ["633"], [], tail=["{y}"], pt=0.35, pc=0.55),
    # aid to communes
    T(["Fonds départemental de solidarité territoriale - dotation aux communes", "Aide aux communes - enveloppe cantonale", "Dotation de solidarité rurale départementale",
       "Fonds départemental de péréquation de la taxe professionnelle - répartition|739", "Fonds de péréquation des DMTO|739",
       "Contrats de territoire - part non affectée", "Fonds d'urgence aux communes sinistrées"],
      FIN, ["terr", "fin"], ["01"], ["20414", "65734"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Contrat de territoire {town} - construction d'une école|20414", "Aide aux communes - groupes scolaires|20414", "Aide aux communes - rénovation des écoles rurales|20414"],
      SCH, ["terr"], ["212", "21"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Contrat de territoire {town} - voirie communale|20414", "Aide aux communes - voirie communale et ouvrages|20414",
       "Produit des amendes de police - répartition aux communes|20414", "Aide aux communes - aménagement de bourg|20414"],
      ROAD, ["terr"], ["845", "84"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Contrat de territoire {town} - salle polyvalente|20414", "Aide aux communes - revitalisation des centres-bourgs|20414",
       "Aide aux communes - études d'aménagement de bourg|20414", "Aide aux communes - documents d'urbanisme|20414"],
      URBA, ["terr"], ["51", "53", "54"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Aide aux communes - rénovation énergétique des bâtiments publics|20414", "Contrat de territoire {town} - chaufferie bois|20414"],
      NRJ, ["terr", "energie"], ["758", "751"], [], tail=["{y}"], pt=0.35, pc=0.55),
    # digital
    T(["Réseau d'initiative publique - participation au syndicat mixte numérique|20415", "Fibre optique FTTH - déploiement départemental|21533",
       "Montée en débit - armoires de rue|21533", "Très haut débit - contribution de la phase {t}|20415", "Couverture mobile - pylônes en zone blanche|21533",
       "Raccordement fibre des sites départementaux|21533", "THD - aide aux raccordements complexes des entreprises|20422"],
      THD, ["num"], ["57"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Inclusion numérique - conseillers numériques départementaux", "Hub territorial pour un numérique inclusif - participation"],
      L(10, 60, 9, 40), ["num", "soc"], [], ["611", "6574"], tail=["{y}"], pt=0.35, pc=0.4),
    # ports, airfields, coast
    T(["Port départemental de {town} - dragage du chenal", "Port de commerce - réfection des quais", "Port départemental - grue portuaire|2157",
       "Port départemental de {town} - délégation de service public|611"],
      L(9, 60, 14, 40), ["mer"], ["854"], ["2313", "2315", "611"], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Port de pêche de {town} - criée", "Port de pêche - machine à glace", "Port de pêche - pontons des ligneurs"],
      L(14, 60, 8, 40), ["mer"], [], ["2313", "2157"], tail=["{y}"], pt=0.35, pc=0.45),
    T(["Aérodrome départemental de {town} - piste|2315", "Aéroport - syndicat mixte, participation|6558", "Aérodrome - balisage lumineux|2157"],
      L(9, 80, 11, 20), ["mer", "terr"], ["855"], [], tail=["{y}"], pt=0.35, pc=0.55),
    T(["Sentier du littoral - entretien|611", "Dunes départementales - ganivelles et protection|2128", "Nettoyage raisonné des plages - aide aux communes|65734",
       "Espaces naturels littoraux - gestion avec le Conservatoire du littoral|6574,611", "Érosion côtière - observatoire départemental|617"],
      COAST, ["env", "mer"], ["56"], [], tail=["{y}"], pt=0.35, pc=0.5),
]


# --------------------------------------------------------------------------------------------
# 5. régions - lycées
# --------------------------------------------------------------------------------------------

LYC_WORKS = [
    (["restructuration de l'internat", "construction d'un bâtiment d'enseignement", "rénovation des ateliers", "extension de la demi-pension",
      "réfection des toitures", "restructuration du service de restauration", "construction d'un gymnase",
      "mise en sécurité incendie", "désamiantage", "rénovation des laboratoires de sciences", "maîtrise d'œuvre - restructuration globale",
      "réfection des sanitaires", "logements de fonction - réhabilitation", "plateau technique - rénovation", "clos couvert",
      "reconstruction de l'externat", "CDI - réaménagement", "maintenance lourde", "travaux d'urgence", "serres pédagogiques - reconstruction"],
     SCH, ["21312", "2313", "2135", "2031"], 0.5),
    (["rénovation thermique de l'externat", "isolation par l'extérieur", "remplacement des menuiseries - performance énergétique",
      "rénovation énergétique globale", "contrat de performance énergétique"],
     SCH_NRJ, ["21312", "2313"], 0.45),
    (["chaufferie biomasse", "raccordement au réseau de chaleur", "remplacement de la chaudière gaz", "relamping LED"],
     SCH_BOIL, ["21312", "2313"], 0.4),
    (["centrale photovoltaïque en toiture", "ombrières photovoltaïques"], SCH_PV, ["2313"], 0.3),
    (["mise en accessibilité", "ascenseur PMR", "Ad'AP - tranche {t}"], SCH_PMR, ["21312", "2135"], 0.4),
    (["dotation de fonctionnement", "dotation globale de fonctionnement", "dotation complémentaire viabilisation", "dotation d'équipement"],
     EDU, ["6551"], 0.0),
    (["équipements pédagogiques des sections professionnelles", "machines-outils de l'atelier d'usinage", "plateau technique de soudure - équipement",
      "équipement de la cuisine pédagogique", "matériel agricole pédagogique"],
     L(4, 80, 8, 20), ["2188"], 0.15),
    (["restaurant scolaire - équipement de la cuisine", "self - ligne de distribution", "légumerie de la cuisine"],
     CANTEEN, ["2188"], 0.15),
    (["cour - désimperméabilisation et plantation", "îlot de fraîcheur de la cour"], SCH_OASIS, [], 0.2),
]


def lycee_row():
    works, lab, nats, p_op = wpick([(WORK_WEIGHT[w[1]], w) for w in LYC_WORKS])
    style = wpick([(60, "upper"), (30, "mixed"), (5, "mixed_noacc"), (5, "lower")])
    name, fct0 = lycee_name(style == "upper")
    lib, nats = works_label(name, works, nats, p_op, style)
    if lab == CANTEEN:
        fcts = ["281"]
    elif lab in (SCH_PV, SCH_OASIS):
        fcts = ["752"] if lab == SCH_PV else []
    else:
        fcts = [fct0, "22"]
    svc = service(pick(["lyc_bat", "lyc"] if nats and nats[0] != "6551" else ["lyc"])) if chance(0.6) else ""
    chap, nat, fct = pick_codes(lab, fcts, nats, [], 0.6, True)
    return checked_row(lib, chap, nat, fct, svc, lab)


LYC_T = [
    T(["Gratuité des manuels scolaires des lycéens|6067", "Manuels scolaires - dotation aux lycées|6551", "Premier équipement professionnel des lycéens|6513",
       "Aide régionale aux manuels numériques|611", "Carte jeune régionale - volet lycéens|6513"],
      EDU, ["lyc"], ["222", "22"], [], tail=["rentrée {y}", "{y}"], pt=0.4, pc=0.55, reg=True),
    T(["Ordinateurs portables des élèves de seconde|2188", "Lycées numériques - équipement des salles|2188", "Espace numérique de travail des lycées|611",
       "Assistance informatique des lycées - marché|611", "Réseaux informatiques des lycées - câblage|2188"],
      EDU_NUM, ["lyc"], ["222"], [], tail=["{y}"], pt=0.4, pc=0.55, reg=True),
    T(["Lycées privés sous contrat - forfait d'externat|6551", "Lycées privés - aide à l'investissement|20422",
       "Établissements d'enseignement agricole privés - subvention|6574"],
      EDU, ["lyc"], ["223"], [], tail=["{y}"], pt=0.4, pc=0.55, reg=True),
    T(["Lycées - produits locaux et bio en restauration|60623", "Restauration des lycées - tarification régionale unique|6551",
       "Fonds régional de restauration - aide aux familles|6513"],
      CANTEEN, ["lyc"], ["281"], [], tail=["{y}"], pt=0.4, pc=0.55, reg=True),
    T(["Agents des lycées - renforts saisonniers", "Équipes mobiles d'agents des lycées", "Agents de maintenance des lycées - vacations|6414"],
      EDU, ["lyc", "rh"], ["222"], ["64131", "64111"], tail=["{y}"], pt=0.3, pc=0.55, reg=True),
    T(["Lycées - maintenance des installations de chauffage|6156", "Lycées - contrôles réglementaires|611",
       "Lycées - maintenance des ascenseurs|6156"],
      EDU, ["lyc_bat"], ["222"], [], tail=["{y}"], pt=0.35, pc=0.6, reg=True),
    T(["Lycées - gros entretien et réparations|615221", "Lycées - schéma directeur immobilier|2031", "Lycées - diagnostics amiante et plomb|2031",
       "Lycées - travaux de l'été|2313"],
      SCH, ["lyc_bat"], ["222"], [], tail=["{y}"], pt=0.35, pc=0.6, reg=True),
    T(["Nouveau lycée de {town} - construction|2313", "Lycée de {town} - acquisition foncière|2111", "Nouveau lycée - concours de maîtrise d'œuvre|2031"],
      SCH, ["lyc_bat"], ["222"], [], tail=["tranche {t}", "{y}"], pt=0.3, op=0.5, pc=0.6, reg=True),
    T(["Conseil régional des jeunes - lycéens", "Projets éducatifs des lycées - appel à projets|65738", "Éco-délégués des lycées - formation",
       "Mobilité internationale des lycéens professionnels|6513"],
      EDU, ["lyc", "jeun"], ["222", "20"], [], tail=["{y}"], pt=0.35, pc=0.5, reg=True),
]


# --------------------------------------------------------------------------------------------
# 6. régions - apprentissage, formation professionnelle, orientation
# --------------------------------------------------------------------------------------------

FORM_T = [
    T(["CFA de {town} - aide à l'investissement|20422", "CFA - majoration du coût contrat|6574", "CFA - aide au fonctionnement en zone rurale|6574",
       "Apprentis - aide au premier équipement|6513", "Apprentis - aide au transport, hébergement et restauration|6513",
       "Développeurs de l'apprentissage - chambres consulaires|6574", "CFA du BTP - plateau technique|20422"],
      FORM, ["form"], ["26"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True, w=2),
    T(["Programme régional de formation - formations qualifiantes|611", "Formations qualifiantes des demandeurs d'emploi - lot {n}|611",
       "Parcours certifiants - marchés de formation|611", "Chèque formation des demandeurs d'emploi|6513", "Formations aux métiers en tension|611",
       "Savoirs de base - remise à niveau|611", "Français langue étrangère - formations|611"],
      FORM, ["form"], ["252", "253", "25"], [], tail=["{y}", "session {y}"], pt=0.35, pc=0.55, reg=True),
    T(["Rémunération des stagiaires de la formation professionnelle|6512", "Protection sociale des stagiaires|6512",
       "Gestion de la rémunération des stagiaires - ASP|611"],
      FORM, ["form"], ["255"], [], tail=["{y}"], pt=0.35, pc=0.6, reg=True),
    T(["Formations sanitaires et sociales - instituts de formation en soins infirmiers|6574", "IFSI de {town} - reconstruction|20422",
       "Bourses des élèves des formations sanitaires et sociales|6513", "Formations d'aides-soignants - places supplémentaires|6574",
       "Institut de formation en travail social - subvention|6574"],
      L(4, 70, 3, 30), ["form"], ["27"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Missions locales - financement régional|6574", "École de la deuxième chance de {town}|6574", "Accompagnement des jeunes NEET - appel à projets|6574",
       "Insertion professionnelle des jeunes - dispositif régional|611", "Service civique - accompagnement des jeunes décrocheurs|611"],
      YOUTH_JOB, ["form", "jeun"], ["251"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Orientation - salon régional des métiers|611", "Orientation tout au long de la vie - information sur les métiers|611",
       "Lutte contre le décrochage scolaire - plateformes|611", "Découverte des métiers - collégiens et lycéens|611"],
      EDU, ["form"], ["20", "201"], [], tail=["{y}"], pt=0.35, pc=0.5, reg=True),
    T(["Validation des acquis de l'expérience - accompagnement|611", "Formation des salariés des TPE - aide régionale|6574",
       "GRETA - formations continues des adultes|611", "AFPA - convention régionale|611"],
      FORM, ["form"], ["254", "258"], [], tail=["{y}"], pt=0.35, pc=0.5, reg=True),
    T(["Aide régionale aux employeurs d'apprentis", "Prime à l'embauche des apprentis dans les TPE"],
      L(8, 60, 4, 40), ["form", "eco"], ["251"], ["6574"], tail=["{y}"], pt=0.35, pc=0.4, reg=True),
]


# --------------------------------------------------------------------------------------------
# 7. régions - transports
# --------------------------------------------------------------------------------------------

TRANS_T = [
    T(["Convention TER - contribution d'exploitation|611", "TER - compensation tarifaire|611", "Exploitation des services ferroviaires régionaux - lot {n}|611",
       "TER - suivi de la qualité de service|611", "TER - tarification solidaire des demandeurs d'emploi|611", "TER - billettique régionale|2188",
       "Abonnements TER des étudiants - compensation|611"],
      TRANSIT, ["mob"], ["822", "82"], [], tail=["{y}", "avenant {n}"], pt=0.35, pc=0.6, reg=True),
    T(["Acquisition de rames TER|2182", "Rames TER - opération mi-vie|2182", "Trains à hydrogène - acquisition|2182", "Centre de maintenance TER de {town}|2313"],
      TRANSIT, ["mob"], ["822"], [], tail=["{y}"], pt=0.3, op=0.4, pc=0.6, reg=True),
    T(["Lignes de desserte fine du territoire - régénération|20412", "Ligne {town}-{hameau} - réouverture aux voyageurs|2041",
       "CPER volet ferroviaire - participation|2041", "Halte ferroviaire de {hameau} - quais|2041"],
      L(11, 60, 9, 40), ["mob"], ["852"], [], tail=["{y}"], pt=0.3, op=0.4, pc=0.6, reg=True),
    T(["Gare de {town} - pôle d'échanges multimodal|2041", "Gare de {town} - parking relais|2041", "PEM de {town} - passerelle et abris vélos|2041",
       "Gare routière de {town} - réaménagement|2313"],
      PEM, ["mob"], ["86", "851"], [], tail=["{y}"], pt=0.3, op=0.4, pc=0.6, reg=True),
    T(["Lignes régulières interurbaines - marchés d'exploitation|611", "Cars régionaux - ligne {n} {town}-{hameau}|611", "Cars express régionaux - création|611",
       "Transport à la demande régional - zone de {town}|611", "Cars régionaux - abris voyageurs|2041", "Cars régionaux au biogaz|2182"],
      TRANSIT, ["mob"], ["821", "82"], [], tail=["{y}"], pt=0.35, pc=0.6, reg=True),
    T(["Transport scolaire régional - circuits de {town}", "Transports scolaires - marchés de services", "Transport scolaire - accompagnateurs dans les cars",
       "Transports scolaires - gratuité pour les familles", "Transports scolaires - délégation aux autorités organisatrices de second rang"],
      SCH_NETWORK, ["mob"], [], ["611", "6247"], tail=["{y}", "rentrée {y}"], pt=0.35, pc=0.5, reg=True),
    T(["Véloroutes régionales - schéma et cofinancement|20414", "Vélos à bord des TER - équipement des rames|2182", "Location de vélos en gare|611",
       "Plan vélo régional - aide aux intercommunalités|20415"],
      SOFT, ["mob"], ["87"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Information voyageurs multimodale - plateforme régionale|611", "Centrale de mobilité régionale|611", "Intermodalité - titre unique régional|611"],
      L(11, 70, 9, 30), ["mob"], ["86"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Port régional de {town} - extension des terre-pleins|2313", "Ports régionaux - dragage d'entretien|611", "Port régional - outillage portuaire|2157"],
      L(9, 60, 11, 40), ["mob", "mer"], ["854"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Canal de {riv} - restauration des écluses|2313", "Voies navigables régionales - entretien des berges|611", "Canal - automatisation des écluses|2315"],
      L(9, 60, 11, 40), ["mob"], ["853"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Fret ferroviaire - plateforme de transport combiné|2041", "Lignes capillaires fret - régénération|2041"],
      L(9, 60, 11, 40), ["mob"], ["832"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Aéroport régional de {town} - syndicat mixte|6558", "Aéroport - piste et balisage|2041"],
      L(9, 80, 11, 20), ["mob"], ["855"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
]


# --------------------------------------------------------------------------------------------
# 8. régions - economy, research, Europe, environment, territories
# --------------------------------------------------------------------------------------------

REG_T = [
    # economy
    T(["Aide à l'investissement des PME - {ent}|20422", "Aide à l'immobilier d'entreprise - {ent}|20422", "Avance remboursable - {ent}",
       "Fonds régional de garantie - dotation", "Prêts d'honneur - plateformes Initiative|6574", "Aide au développement à l'international des PME|65742",
       "Aide à la reprise d'entreprise - {ent}|65742", "Fonds régional d'investissement - souscription", "Accompagnement des entreprises en difficulté|611"],
      ECO, ["eco"], ["61", "632", "68"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Agence régionale de développement économique - subvention|6574", "Chambres consulaires - conventions régionales|6574",
       "Salon régional de l'industrie|6233", "Attractivité - marque régionale|6231"],
      ECO, ["eco"], ["62", "64"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Pôle de compétitivité - subvention de fonctionnement|6574", "Pôles de compétitivité - projets collaboratifs|20422",
       "Cluster régional du numérique - animation|6574", "Pôle de compétitivité - adhésion et programme d'actions|6574"],
      INNOV, ["eco"], ["67"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Aide à l'innovation des PME - {ent}|20422", "Agence régionale de l'innovation - convention|6574", "Incubateur régional - fonctionnement|6574",
       "Industrie du futur - accompagnement des PME|611", "Appel à projets innovation - {ent}|20422", "Start-up - bourse French Tech|6574"],
      L(9, 80, 8, 20), ["eco"], ["67"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Économie sociale et solidaire - chambre régionale|6574", "ESS - aide aux entreprises d'insertion|6574", "Coopératives d'activité et d'emploi - soutien|6574",
       "Tiers-lieux d'activité - appel à projets|20422"],
      L(8, 80, 10, 20), ["eco"], ["65"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Économie circulaire - aides aux entreprises|20422", "Réemploi et réparation - aides aux artisans|20422",
       "Écologie industrielle territoriale - animation|611", "Ressourceries - aide à l'investissement|20422"],
      L(12, 70, 8, 30), ["dechets", "eco"], ["7213"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Plan régional de prévention et de gestion des déchets (PRPGD) - suivi|617", "Observatoire régional des déchets|6574",
       "Prévention des déchets - campagne régionale|611", "Déchets du BTP - plan régional|617"],
      L(12, 100), ["dechets"], ["7211", "7213"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Lutte contre le gaspillage alimentaire dans les lycées|611", "Lycées - tri et valorisation des biodéchets|611"],
      L(12, 70, 4, 30), ["dechets", "lyc"], ["7211"], [], tail=["{y}"], pt=0.35, pc=0.5, reg=True),
    # research and higher education
    T(["CPER - construction du bâtiment de recherche de l'université|20411", "Campus de {town} - réhabilitation de l'amphithéâtre|20411",
       "IUT de {town} - extension|20411", "Allocations doctorales régionales|6574", "Équipements scientifiques des laboratoires|20421",
"Antenne universitaire de {town} - fonctionnement|6574", "Chaires d'excellence - recherche|6574"],
      ESR, ["esr"], ["23"], [], tail=["{y}"], pt=0.35, op=0.3, pc=0.55, reg=True),
    T(["Programmes de recherche - appel à projets régional|6574", "Transfert de technologie - centres techniques|6574", "Culture scientifique - centre de sciences|6574",
       "Recherche - projets collaboratifs laboratoires-entreprises|20421"],
      L(9, 100), ["esr"], ["67"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    # European funds
    T(["FEDER - assistance technique|611,617|052", "Programme opérationnel FEDER-FSE+ - assistance technique|611,617|05", "FSE+ - contrôle de service fait|611|051",
       "Fonds européens - système d'information de gestion|611|05", "FEADER - instruction des dossiers|611|0580", "Autorité de gestion - évaluation du programme|617|05",
       "Interreg - contrepartie régionale|611|043", "FEAMPA - assistance technique|611|0581"],
      FIN, ["europe"], ["05"], [], tail=["{y}", "programmation 2021-2027"], pt=0.35, pc=0.55, reg=True),
    T(["FEDER - efficacité énergétique des bâtiments publics - versements aux bénéficiaires", "FEDER - énergies renouvelables - subventions aux porteurs de projets"],
      NRJ, ["europe"], [], [], tail=["{y}"], pt=0.35, pc=0.0),
    T(["FSE+ - formations des demandeurs d'emploi - versements", "FSE+ - insertion des jeunes - cofinancement"],
      FORM, ["europe"], [], [], tail=["{y}"], pt=0.35, pc=0.0),
    T(["FEADER - installation des jeunes agriculteurs (DJA) - contrepartie régionale", "FEADER - investissements dans les exploitations agricoles"],
      AGRI, ["europe", "agri"], [], [], tail=["{y}"], pt=0.35, pc=0.0),
    # energy and climate
    T(["Rénovation énergétique des logements - service public régional|611|758", "Aide aux chaufferies bois des collectivités|20414|751,75",
       "Méthanisation agricole - aide à l'investissement|20422|758", "Hydrogène renouvelable - stations et électrolyseurs|20422|758",
       "Solaire photovoltaïque sur les bâtiments agricoles - aide|20422|752", "Réseaux de chaleur - fonds chaleur régional|20414|751",
       "Agence régionale de l'énergie et du climat - subvention|6574|75", "Plan régional d'efficacité énergétique des PME|611|758",
       "Sociétés citoyennes d'énergie renouvelable - prise de participation||75", "Bornes de recharge électrique - aide aux collectivités|20414|758"],
      NRJ, ["energie"], ["75"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True, w=1.5),
    T(["Plan climat régional - animation|611", "Adaptation au changement climatique - appel à projets|20414", "Bilan carbone de la Région|617",
       "GIEC régional - groupe d'experts|6574", "Fresque du climat - formation des agents|611", "Budget vert régional - méthodologie|617"],
      CLIMATE, ["climat"], ["71"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["SRADDET - modification du schéma|617", "SRADDET - objectif zéro artificialisation nette - accompagnement des territoires|611",
       "SRADDET - évaluation environnementale|617"],
      L(11, 70, 13, 30), ["terr"], ["58"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    # biodiversity, PNR
    T(["Parc naturel régional de {riv} - cotisation statutaire|6558", "PNR - participation au syndicat mixte|6558", "Cotisation au parc naturel régional des Monts de {town}|6558"],
      PNR_COT, ["env"], ["76"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["PNR - programme d'actions biodiversité|6574", "PNR - maison du parc, aménagement|20415", "Réserve naturelle régionale de {ens} - plan de gestion|6574",
       "Agence régionale de la biodiversité - subvention|6574", "Trame verte et bleue - contrats de territoire|20414", "Atlas de la biodiversité communale - aide|6574",
       "Plantation de haies et d'arbres - programme régional|20422", "Zones humides - restauration, aide régionale|20414"],
      L(15, 90, 13, 10), ["env"], ["76"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Natura 2000 en mer - animation", "Parc naturel marin - participation", "Aires marines protégées - suivi scientifique",
       "Herbiers marins - restauration", "Lutte contre les macro-déchets en mer - programme régional"],
      SEA, ["mer", "env"], ["56"], ["611", "6574"], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Gestion intégrée du trait de côte - stratégie régionale", "Érosion du littoral - relocalisation des activités", "Observatoire régional du littoral"],
      L(14, 60, 13, 40), ["mer"], ["56"], ["617", "611"], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Pêche - modernisation des navires (FEAMPA contrepartie)", "Aquaculture - aide à l'installation des conchyliculteurs", "Criées régionales - modernisation",
       "Comité régional des pêches - convention"],
      L(14, 60, 8, 40), ["mer"], [], ["20422", "6574"], tail=["{y}"], pt=0.35, pc=0.45),
    T(["Agences de l'eau - contrats territoriaux milieux aquatiques - part régionale|20414", "Gestion quantitative de la ressource en eau - études|617",
       "Observatoire régional de l'eau|6574"],
      L(6, 70, 15, 30), ["env"], ["731"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    # agriculture
    T(["Installation-transmission en agriculture - aide régionale|6574", "Agriculture biologique - aide à la conversion", "Circuits courts - aide aux ateliers de transformation|20422",
       "Industries agroalimentaires - aide à l'investissement|20422", "Plan protéines - filières légumineuses|20422", "Signes de qualité - appellations d'origine - promotion|6574",
       "Chambre régionale d'agriculture - programme|6574"],
      AGRI, ["agri"], ["631", "6318"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Forêt - aide à la desserte forestière|20422", "Filière bois - plan régional forêt-bois|611", "Reboisement - adaptation des peuplements au climat|20422"],
      L(15, 70, 13, 30), ["agri"], ["76"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    # tourism, culture, sport, health, territories
    T(["Comité régional du tourisme - subvention|6574", "Hébergements touristiques - aide à la modernisation|20422", "Tourisme - contrats de destination|6574",
       "Itinérance touristique - grandes randonnées régionales|20414", "Stations de montagne - diversification quatre saisons|20414"],
      TOUR, ["tour"], ["633"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Inventaire général du patrimoine culturel - études|617|312", "Inventaire du patrimoine - publications|6236|312", "Fonds régional d'art contemporain - subvention|6574",
       "Fonds de soutien à la création cinématographique|6574", "Scènes régionales - conventions|6574", "Festivals - aide régionale - {town}|6574",
       "Livre et lecture - agence régionale|6574", "Patrimoine - restauration des monuments historiques|20414|312", "Langues régionales - office public|6574"],
      CULT, ["cult"], ["31", "311"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Sport de haut niveau - aide aux athlètes régionaux|6513|3271", "Ligues sportives régionales - conventions|6574|327,32",
       "CREPS de {town} - fonctionnement|65738|324", "Grands événements sportifs - championnat de {sport}|6574|326", "Pôles espoirs - {sport}|6574|3271,324"],
      SPORT, ["sport"], ["32"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["CREPS de {town} - construction du gymnase|2313", "CREPS - hébergement des sportifs, rénovation|2313"],
      L(3, 80, 4, 20), ["sport"], ["324"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Maisons de santé pluriprofessionnelles - aide régionale|20422", "Centres de santé - aide à l'investissement|20422",
       "Maison de santé de {town} - subvention d'équipement|20422"],
      L(3, 85, 11, 15), ["sante"], ["414", "41"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Télémédecine en zone rurale - équipements|20421", "Bourses aux étudiants en médecine s'installant en zone sous-dense|6513",
       "Plan régional santé-environnement - actions|611", "Santé des jeunes - pass contraception et prévention|611"],
      L(3, 100), ["sante"], ["412", "41"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Contrats régionaux de territoire - aménagement de centres-bourgs|20414", "Petites villes de demain - ingénierie|6574",
       "Revitalisation des centres-villes - aide régionale|20414", "Friches urbaines - recyclage foncier|20414", "Établissement public foncier régional - convention|611",
       "Politique de la ville - renouvellement urbain (NPNRU) - part régionale|20414"],
      URBA, ["terr"], ["51", "515", "53", "58"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Numérique - réseau régional très haut débit|20415", "Data center régional - participation|20415", "Couverture mobile 4G - zones blanches|20415"],
      THD, ["num"], ["57"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
    T(["Coopération décentralisée - région partenaire|6574", "Actions interrégionales - contribution|6558", "Aide humanitaire d'urgence|6574",
       "Représentation de la Région à Bruxelles|611", "Partenariat avec une région européenne - projets communs|6574"],
      FIN, ["intl", "europe"], ["04", "042", "043", "044", "045"], [], tail=["{y}"], pt=0.35, pc=0.55, reg=True),
]


# --------------------------------------------------------------------------------------------
# 9. both - staff, grants, administration, finances, equality
# --------------------------------------------------------------------------------------------

STAFF = [  # (what the line says, label, fonctions, service domains, région)
    (["agents des collèges", "agents techniques des collèges (ATTEE)", "agents de restauration des collèges"], EDU, ["221"], ["clg", "rh"], False),
    (["agents des lycées", "agents techniques des lycées", "agents d'entretien des lycées"], EDU, ["222"], ["lyc", "rh"], True),
    (["assistants familiaux", "assistants familiaux de l'ASE"], ASE, ["4213"], ["ase"], False),
    (["travailleurs sociaux des MDS", "assistants sociaux de secteur", "conseillers en économie sociale et familiale"], SOC, ["420", "424"], ["soc"], False),
    (["médecins et puéricultrices de PMI", "sages-femmes de PMI"], PMI, ["411"], ["pmi"], False),
    (["agents d'exploitation des routes", "agents des centres d'exploitation routiers", "agents du parc départemental"], ROAD, ["843"], ["routes", "parc"], False),
    (["agents du laboratoire départemental"], L(3, 60, 2, 40), ["6311"], ["lda"], False),
    (["agents des archives départementales"], ARCH, ["315"], ["arch"], False),
    (["agents de la médiathèque départementale"], LIB, ["313"], ["media"], False),
    (["gardes nature des espaces naturels sensibles", "agents des ENS"], ENS, ["76"], ["env"], False),
    (["référents RSA", "conseillers en insertion"], RSA, ["446"], ["rsa"], False),
    (["évaluateurs médico-sociaux APA"], APA, ["430"], ["auto"], False),
    (["personnel administratif du siège", "agents de la direction générale", "agents des services financiers", "agents des ressources humaines"],
     ADM, ["020", "021"], ["adm", "rh", "fin"], False),
    (["agents gestionnaires des fonds européens", "contrôleurs FEDER-FSE"], FIN, ["052", "05"], ["europe"], True),
    (["agents de la direction des transports", "agents des gares routières"], TRANSIT, ["82"], ["mob"], True),
    (["chargés de mission développement économique"], ECO, ["60"], ["eco"], True),
    (["formateurs et agents de l'apprentissage"], FORM, ["26"], ["form"], True),
]
STAFF_KIND = [("rémunération {s}", ["64111", "64131"]), ("{s} - rémunération principale", ["64111"]),
              ("{s} - charges sociales", ["6451", "6453"]), ("{s} - régime indemnitaire", ["64118"]), ("{s} non titulaires", ["64131", "6413"]),
              ("cotisations URSSAF {s}", ["6451"]), ("{s} - heures supplémentaires", ["64118"]), ("remplacements {s}", ["64131"]),
              ("{s} - cotisations CNRACL", ["6453"]), ("masse salariale {s}", ["64111"]), ("{s} - frais de déplacement", ["6251"])]


def staff_row():
    whats, lab, fcts, doms, reg = pick(STAFF)
    s = pick(whats)
    kind, nats = pick(STAFF_KIND)
    core = kind.replace("{s}", s)
    if chance(0.2):
        core += f" {rng.randint(2018, 2026)}"
    lib = render(core)
    svc = service(pick(doms)) if chance(0.6) else ""
    chap, nat, fct = pick_codes(lab, fcts, nats, ["012"] if nats[0].startswith("64") else [], 0.85, reg)
    if not fct and not svc:
        svc = service(pick(doms))
    return checked_row(lib, chap, nat, fct, svc, lab)


GRANTEES = [  # (names, label, fonctions, service domains)
    (["comité départemental de {sport}", "ligue régionale de {sport}", "club de {sport} de {town}", "office départemental des sports",
      "comité régional olympique et sportif", "centre de formation du club de {sport} de {town}"], SPORT, ["32", "3272", "327"], ["sport"]),
    (["compagnie théâtrale {asso}", "festival de musique de {town}", "scène conventionnée de {town}", "ensemble vocal {asso}",
      "association de sauvegarde du patrimoine de {hameau}", "cinéma itinérant {asso}", "écomusée de {hameau}"], CULT, ["311", "312", "31"], ["cult"]),
    (["Secours populaire - fédération départementale", "association d'hébergement {asso}", "Secours catholique - délégation",
      "association de lutte contre l'exclusion {asso}"], SOC, ["424", "428"], ["soc"]),
    (["banque alimentaire départementale", "Restos du cœur - association départementale", "épicerie solidaire {asso}"], L(2, 60, 1, 40), [], ["soc"]),
    (["APF France handicap - délégation", "association des sourds et malentendants", "GEM {asso}", "association d'aide aux personnes autistes {asso}"],
     PH, ["425"], ["ph"]),
    (["conservatoire d'espaces naturels", "CPIE de {town}", "LPO - délégation départementale", "fédération départementale de pêche",
      "association naturaliste {asso}"], L(15, 80, 13, 20), ["76"], ["env"]),
    (["chambre d'agriculture", "groupement des agriculteurs biologiques", "CUMA de {hameau}", "syndicat de défense de l'AOP {town}"], AGRI, ["631"], ["agri"]),
    (["CIDFF", "association d'aide aux victimes de violences conjugales {asso}", "Solidarité femmes {town}"], L(5, 80, 16, 20), ["341"], ["egal"]),
    (["association de prévention des addictions {asso}", "Ligue contre le cancer - comité", "association de donneurs de sang"], L(3, 100), ["412"], ["sante"]),
    (["association de solidarité internationale {asso}", "comité de jumelage de {town}", "ONG partenaire - coopération décentralisée"], FIN, ["045", "048"], ["intl"]),
    (["mission locale de {town}", "école de la deuxième chance {asso}"], YOUTH_JOB, ["251"], ["form"]),
    (["chantier d'insertion {asso}", "association intermédiaire {asso}", "entreprise d'insertion {asso}"], IAE, ["444", "65"], ["rsa"]),
    (["foyer de jeunes travailleurs de {town}", "association d'accès au logement des jeunes {asso}"], L(11, 60, 10, 40), ["55"], ["hab"]),
    (["association départementale des amis des archives", "société d'histoire de {town}"], ARCH, ["315"], ["arch"]),
    (["club de prévention {asso}", "association de médiation sociale {asso}"], L(10, 60, 1, 40), ["4214"], ["ase", "jeun"]),
    (["UDAF", "association d'aide aux familles {asso}", "école des parents"], L(1, 70, 10, 30), ["4212", "421"], ["ase"]),
    (["association des maires ruraux", "agence technique départementale"], FIN, ["01"], ["terr"]),
    (["association de prévention routière", "association des victimes de la route"], SAFE, ["849"], ["routes"]),
]
GRANT_KIND = ["subvention {a}", "subv. fonct. {a}", "subvention de fonctionnement - {a}", "{a} - subvention annuelle",
              "subvention exceptionnelle {a}", "subv {a} {y}", "{a} - aide au projet", "{a} - convention pluriannuelle d'objectifs", "aide au projet - {a}"]


def grant_row():
    names, lab, fcts, doms = pick(GRANTEES)
    a = fill(pick(names))
    core = fill(pick(GRANT_KIND).replace("{a}", a))
    lib = render(core)
    svc = service(pick(doms)) if chance(0.55) else ""
    chap, nat, fct = pick_codes(lab, fcts, ["6574", "65748"], ["65"], 0.7, chance(0.4) and "épartement" not in a)
    return checked_row(lib, chap, nat, fct, svc, lab)


ADM_T = [
    T(["Indemnités des conseillers départementaux|65311", "Indemnités des conseillers régionaux|65311", "Élus - frais de mission|65312",
       "Formation des élus|65315", "Groupes d'élus - frais de fonctionnement|6586", "Cotisations retraite des élus|65313"],
      ADM, ["adm"], ["031", "03"], [], tail=["{y}"], pt=0.35, pc=0.8, reg=True),
    T(["CESER - indemnités des membres|6531", "Conseil économique, social et environnemental régional - fonctionnement|611",
       "Conseil de développement - frais de fonctionnement|611"],
      ADM, ["adm"], ["034", "032"], [], tail=["{y}"], pt=0.35, pc=0.7, reg=True),
    T(["Hôtel du Département - réaménagement des bureaux|2313", "Hôtel de Région - rénovation de l'hémicycle|2313",
       "Maison de la Région de {town} - aménagement|2313", "Siège - restructuration du bâtiment administratif|21311",
       "Antenne territoriale de {town} - acquisition|21311"],
      ADM_BLD, ["bat"], ["020"], [], tail=["{y}"], pt=0.3, op=0.4, pc=0.6, reg=True),
    T(["Hôtel du Département - isolation et menuiseries|2313", "Siège régional - rénovation énergétique|2313"],
      L(16, 60, 7, 40), ["bat"], ["020"], [], tail=["{y}"], pt=0.3, op=0.4, pc=0.6, reg=True),
    T(["Logiciel financier - migration|2051", "Postes de travail des agents - renouvellement|2183", "Serveurs et stockage - datacenter|2183",
       "Téléphonie des sites départementaux|6262", "Licences bureautiques|6581", "Dématérialisation des actes et des factures|611",
       "Cybersécurité - audit et supervision|611"],
      ADM_IT, ["si"], ["020", "028"], [], tail=["{y}"], pt=0.3, pc=0.6, reg=True),
    T(["Assurance responsabilité civile de la collectivité|616", "Assurance flotte automobile|616", "Frais d'actes et de contentieux|6227",
       "Honoraires d'avocats|6226", "Annonces légales des marchés publics|6231", "Fournitures administratives|6064",
       "Affranchissement du courrier|6261", "Nettoyage des locaux administratifs|6283", "Véhicules de service - acquisition|2182"],
      ADM, ["adm"], ["020", "028"], [], tail=["{y}"], pt=0.3, pc=0.6, reg=True),
    T(["Cotisation CNFPT|6336", "Formation des agents|6184", "Action sociale en faveur du personnel - COS|6474", "Médecine professionnelle|611",
       "Recrutement - annonces et cabinets|6231", "Titres-restaurant des agents|6474", "Assurance statutaire du personnel|6455"],
      ADM, ["rh"], ["021", "020"], [], tail=["{y}"], pt=0.3, pc=0.6, reg=True),
    T(["Communication institutionnelle - magazine|6237", "Site internet de la collectivité|611", "Sessions de l'assemblée - retransmission|611",
       "Consultation citoyenne - budget participatif départemental|611"],
      ADM, ["adm"], ["023", "020"], [], tail=["{y}"], pt=0.3, pc=0.6, reg=True),
    T(["Intérêts des emprunts|66111", "Remboursement du capital de la dette|1641", "Intérêts courus non échus|66112", "Intérêts de la ligne de trésorerie|6615",
       "Emprunt obligataire - coupons|66111", "Remboursement emprunt Banque européenne d'investissement|1641", "Frais d'émission des titres négociables|6688",
       "NEU CP - intérêts|6618", "Couverture de taux - soulte|668", "Emprunt {y} - tirage|1641"],
      FIN, ["fin"], ["01"], [], tail=["{y}", "prêt n°{n}"], pt=0.4, pc=0.85, reg=True),
    T(["Dotation aux provisions - contentieux|6815", "Admissions en non-valeur|6541", "Titres annulés sur exercices antérieurs|673",
       "Dotations aux amortissements|6811", "Dépenses imprévues", "Reversement de fiscalité - fonds national de péréquation de la CVAE|739",
       "Fonds de solidarité des départements - prélèvement|739", "Dotation de compensation de la réforme de la TP|739"],
      FIN, ["fin"], ["01"], [], tail=["{y}"], pt=0.4, pc=0.75, reg=True),
    T(["Observatoire départemental des violences faites aux femmes", "Téléphones grave danger - financement", "Hébergement d'urgence des femmes victimes de violences",
       "Accueil de jour des femmes victimes de violences", "Aide à la mobilité des femmes victimes de violences"],
      L(5, 70, 16, 30), ["egal", "soc"], ["341"], ["611", "6574"], tail=["{y}"], pt=0.35, pc=0.5, w=1.5),
    T(["Plan d'action égalité professionnelle femmes-hommes de la collectivité", "Formation des agents à l'égalité", "Rapport égalité femmes-hommes - accompagnement"],
      L(5, 80, 16, 20), ["egal", "rh"], ["341"], ["611", "617"], tail=["{y}"], pt=0.35, pc=0.5, reg=True, w=1.5),
    T(["Mixité des métiers - filles dans les filières industrielles", "Égalité filles-garçons dans les lycées - actions", "Entrepreneuriat des femmes - prêts d'honneur",
       "Prix régional de l'égalité", "Lutte contre les stéréotypes de genre - appel à projets"],
      L(5, 70, 4, 30), ["egal"], ["341"], ["611", "6574"], tail=["{y}"], pt=0.35, pc=0.5, reg=True, w=1.5),
    T(["Achats responsables - schéma de promotion des achats socialement et écologiquement responsables|617",
       "Réemploi du mobilier administratif|611", "Tri des déchets des sites départementaux|611", "Collecte des biodéchets des restaurants administratifs|611",
"Clauses environnementales dans les marchés - accompagnement|611"],
      L(12, 80, 16, 20), ["dechets", "bat"], [], [], tail=["{y}"], pt=0.35, pc=0.4),
    T(["Cantines des collèges - plan anti-gaspillage", "Collèges - tri et compostage des biodéchets", "Collèges - réemploi des équipements"],
      L(12, 70, 4, 30), ["restau", "clg"], ["7211"], ["611"], tail=["{y}"], pt=0.35, pc=0.4),
]


# --------------------------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------------------------

TEMPLATE_GROUPS = (CLG_T, SOL_T, ROUTE_T, DEPT_T, LYC_T, FORM_T, TRANS_T, REG_T, ADM_T)


def check_templates() -> None:
    """Every code a template or a row family may write agrees with its label."""
    errors = []
    for group in TEMPLATE_GROUPS:
        for t in group:
            for f in t.f:
                if not codes_agree(t.lab, "", "", f):
                    errors.append(("fonction", f, t.lab, t.cores[0]))
            for n in t.n:
                if not codes_agree(t.lab, chapter_of_nature(n), n, ""):
                    errors.append(("nature", n, t.lab, t.cores[0]))
            for c in t.c:
                if not codes_agree(t.lab, c, "", ""):
                    errors.append(("chapitre", c, t.lab, t.cores[0]))
            for core in t.cores:
                specs = core.split("|")[1:]
                for n in specs[0].split(",") if specs else []:
                    if not codes_agree(t.lab, chapter_of_nature(n), n, ""):
                        errors.append(("nature", n, t.lab, core))
                for f in specs[1].split(",") if len(specs) > 1 else []:
                    if f not in FCT or not codes_agree(t.lab, "", "", f):
                        errors.append(("fonction", f, t.lab, core))
    for works, lab, nats, fcts, _doms, _p in CLG_WORKS:
        errors += [("clg", c, lab, works[0]) for c in nats if not codes_agree(lab, "", c, "")]
        errors += [("clg", c, lab, works[0]) for c in fcts if not codes_agree(lab, "", "", c)]
    for works, lab, nats, fcts, _p in ROAD_WORKS:
        errors += [("road", c, lab, works[0]) for c in nats if not codes_agree(lab, "", c, "")]
        errors += [("road", c, lab, works[0]) for c in fcts if not codes_agree(lab, "", "", c)]
    for _names, lab, fcts, chaps, nats, _k in ESTAB:
        errors += [("estab", c, lab) for c in fcts if not codes_agree(lab, "", "", c)]
        errors += [("estab", c, lab) for c in chaps if not codes_agree(lab, c, "", "")]
        errors += [("estab", c, lab) for c in nats if not codes_agree(lab, "", c, "")]
    for _w, lab, fcts, _d, _r in STAFF:
        errors += [("staff", c, lab) for c in fcts if not codes_agree(lab, "", "", c)]
    for _n, lab, fcts, _d in GRANTEES:
        errors += [("grant", c, lab) for c in fcts if not codes_agree(lab, "", "", c)]
    for e in errors:
        print("disagrees:", e)
    assert not errors


def tpl_gen(templates, p_svc, p_codes):
    def gen():
        live = [t for t in templates if t.used < t.cap]
        if not live:
            return None
        t = wpick([(t.w, t) for t in live])
        row = make(t, p_svc, p_codes)
        return t, row
    return gen




# Templates whose main goal the upper levels spend little on (2, 5, 6, 12, 13, 14) are drawn in a
# section of their own, so that each of these goals keeps enough lines in this part.
MINOR_GOALS = {2, 5, 6, 12, 13, 14}
MINOR_T = [t for group in TEMPLATE_GROUPS for t in group if main_goal(t.lab) in MINOR_GOALS]
for _group in TEMPLATE_GROUPS:
    _group[:] = [t for t in _group if main_goal(t.lab) not in MINOR_GOALS]

PLAN = [  # (style name, generator, rows to keep)
    ("1 départements: collèges, works per collège", fn_gen(college_row), 55),
    ("1 départements: collèges, other lines", tpl_gen(CLG_T, 0.6, 0.55), 25),
    ("2 départements: solidarités", tpl_gen(SOL_T, 0.6, 0.55), 175),
    ("2 départements: social and medico-social establishments", fn_gen(estab_row), 45),
    ("3 départements: routes départementales", fn_gen(road_row), 45),
    ("3 départements: roads, mobility, SDIS (other)", tpl_gen(ROUTE_T, 0.6, 0.55), 35),
    ("4 départements: territories, environment, culture", tpl_gen(DEPT_T, 0.55, 0.5), 95),
    ("5 régions: lycées, works per lycée", fn_gen(lycee_row), 40),
    ("5 régions: lycées, other lines", tpl_gen(LYC_T, 0.6, 0.55), 16),
    ("6 régions: apprentissage, formation", tpl_gen(FORM_T, 0.6, 0.55), 30),
    ("7 régions: transports", tpl_gen(TRANS_T, 0.6, 0.55), 40),
    ("8 régions: economy, research, Europe, environment", tpl_gen(REG_T, 0.55, 0.5), 95),
    ("9 both: staff", fn_gen(staff_row), 28),
    ("9 both: grants", fn_gen(grant_row), 38),
    ("9 both: administration, finances, equality", tpl_gen(ADM_T, 0.55, 0.55), 42),
    ("10 goals with few lines elsewhere (2, 5, 6, 12, 13, 14)", tpl_gen(MINOR_T, 0.55, 0.5), 130),
]




def main() -> None:
    check_templates()
    write_part(PLAN, OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)


if __name__ == "__main__":
    main()
