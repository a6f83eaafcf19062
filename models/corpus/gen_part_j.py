#!/usr/bin/env python3
"""Write part J of Verdir's labelled training corpus: the support services of communes,
intercommunalités and départements.

Parts A to I cover what an authority spends on for its inhabitants (schools, roads, water,
social action...); the services that keep the authority itself running are covered thinly:
parc automobile and garage, centre technique municipal and ateliers, logistique, magasin and
moyens généraux, achats and commande publique, reprographie and imprimerie, courrier, accueil
and standard, archives (as records management), affaires juridiques and assurances,
ressources humaines, finances and contrôle de gestion, informatique and téléphonie,
communication, entretien des locaux, direction générale, secrétariat général and cabinet.
Their lines are mostly generic (a vehicle, fuel, tyres, workwear, paper, furniture, a copier,
lawyers' fees, training, postage), and the convention's generic rule decides their goal:

  1. generic lines under a support service: 16:100 (the administration); IT equipment, licences
     and telephony 16:70;9:30, network infrastructure (servers, inter-site fibre, cabling)
     16:60;9:40; works on the administration's own buildings (mairie annexe, CTM, hôtel de
     ville) 16:85;11:15 as the other parts write them, their upkeep and cleaning 16:100;
  2. the same generic lines under a service that is not a support service: the service decides
     (a utility vehicle under "Direction de la propreté" 12:100, under "Espaces verts" 15:100,
     under "Police municipale" 16:100; tools under "Service des sports" 3:100; furniture under
     "Petite enfance" 4:100, under the CCAS 1:100; a médiathèque 4:60;11:40 and a museum 11:100,
     as parts A to I write them); the labels carry no purpose word;
  3. lines under a support service whose label names the activity served: the label decides
     (refuse collection truck 12:100, street sweeper 12:60;11:40, EHPAD minibus 3:70;10:30,
     police vehicle 16:100, school bus 4:70;11:30, ride-on mower for the parks 15:100, electric
     vehicles and charging points of the fleet 7:60;11:40, service bikes and the forfait
     mobilités durables 11:70;13:30, recycled paper and waste sorting 12:100, sustainable
     procurement 12:80;16:20, social clauses 8:70;10:30, disability training of the staff
     10:100, professional equality 5:80;16:20, LED and insulation of administrative buildings
     16:60;7:40, photovoltaics on the CTM roof 7:60;16:40, accessibility of the mairie
     10:70;11:30, debt 17:100, pupils' digital equipment 4:100...).

Six invented authorities, each naming its services its own way: Val-d'Ormeau (a town, full
mixed-case names, "Direction des moyens généraux / Parc automobile"), Lescure-sur-Vionne (a
small town, short upper-case names: "PARC AUTO - GARAGE", "SG"), Rochefrêne (a city,
direction codes: "DGST - CTM", "DSIT - TELEPHONIE", "DAJCP - ASSURANCES"), the Communauté de
communes du Haut-Lizon ("Pôle ressources - Marchés"), Grand Avèze Agglomération (long
upper-case directions) and the Département de la Haute-Sarlane ("DMG / Parc automobile").

Export forms: upper case with abbreviations (ACQ, VEHIC, LLD, VL, PL, FOURNIT., MAINT., EPI...),
mixed case with or without accents, lower case, years, budget steps (BP, DM), operation codes
("OP 2023-014 "), market numbers, and generic labels cut at 30 or 40 characters mid-word; on
about 40 % of the lines M57 codes (fonction 020/021/022/023/028 for support services, the
fonction of the activity otherwise; natures 2182, 2183, 2184, 60622, 6064, 6135, 6156, 616,
6226, 6227, 6261, 6262...), always agreeing with the label's main goal (codes_agree: a code
whose prior disagrees is left out).

Generic labels may come back under different services (sections 1 and 2, generic_ok), never in
a context already used; labels of parts A to I, of the outside probes and of the brief's own
examples are skipped. All names of places, facilities and services are invented.

Deterministic, stdlib only, no network:  python gen_part_j.py  ->  part_j.csv (same folder).
"""

from __future__ import annotations

from collections import Counter

from generator_tools import (
    FCT,
    NAT,
    L,
    chapter_of_nature,
    codes_agree,
    fn_gen,
    main_goal,
    part_setup,
    up,
    write_part,
    written_rows,
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
    EHPAD,
    FESTIV,
    FIN,
    FOODAID,
    GENDER,
    GENDER_HR,
    HEALTH,
    IAE,
    LIB,
    LOCALFOOD,
    PLAY,
    PMI,
    PMR,
    PROCURE,
    ROAD,
    SCH,
    SCH_BUS,
    SOC_BLD,
    SOFT,
    SPORT,
    SPORT_BLD,
    TRANSIT,
    URBA,
    VH,
    VIOLENCE,
    WASTE,
    YOUTH,
    W,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1010)
# The example lines quoted in the brief of this slice: the slice writes its own, never these.
BRIEF_EXAMPLES = ["ACQ VEHIC UTILITAIRE", "LOC LONGUE DUREE VL", "FOURNIT. BUREAU", "CARBURANT VEHIC SERVICES", "PNEUS PL",
                  "Acquisition véhicule utilitaire", "Outillage", "Pneumatiques", "Mobilier",
                  "Véhicules électriques pour le service des espaces verts", "Balayeuse aspiratrice voirie",
                  "Minibus EHPAD Les Tilleuls", "Camion benne ordures ménagères", "Véhicule de police municipale", "Bus scolaire",
                  "Tondeuse autoportée espaces verts", "Formation des agents à l'accueil des personnes handicapées",
                  "Plan de mobilité employeur - vélos de service", "Papier recyclé", "achats responsables",
                  "Bornes de recharge véhicules électriques du parc", "Relamping LED des bureaux de la mairie", "ISOL THERM GS",
                  "OP 2023-014", "DGST - LOGISTIQUE", "PARC AUTO", "CTM", "DSI", "MOY. GEN.", "SG", "DRH",
                  "Direction des moyens généraux / Parc automobile", "rue des Tilleuls", "site des Glycines"]

pick, wpick, chance = draw.pick, draw.wpick, draw.chance


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------

ADM_NET = L(16, 60, 9, 40)
ADM_NRJ = L(16, 60, 7, 40)
ADM_PV = L(7, 60, 16, 40)
APPRENT = L(4, 60, 8, 40)
SOC = L(1, 100)
MEALS = L(3, 70, 2, 30)
NRJ = L(7, 100)
EV_FLEET = L(7, 60, 11, 40)
BIOFUEL = L(7, 60, 13, 40)
WIFI = L(9, 80, 11, 20)
HANDI = L(10, 100)
HANDI_JOB = L(10, 60, 8, 40)
INCL_NUM = L(10, 60, 9, 40)
ACCESS_INFO = L(10, 70, 16, 30)
LIGHTING = L(11, 70, 7, 30)
SWEEP = L(12, 60, 11, 40)
BEACH_CLEAN = L(14, 70, 12, 30)
PARK = L(15, 100)


# --------------------------------------------------------------------------------------------
# invented authorities and their services
# --------------------------------------------------------------------------------------------

SUPPORT = ["parc", "ctm", "log", "achats", "repro", "courrier", "accueil", "arch", "jur", "rh", "fin", "dsi", "com", "menage", "dg"]

# fonctions a support service's lines may carry (M57, all with prior 16:100)
SUPPORT_FCT = {"parc": ["020", "028"], "ctm": ["020", "028"], "log": ["020", "028"], "achats": ["020"], "repro": ["020", "028"],
               "courrier": ["020", "028"], "accueil": ["020", "022"], "arch": ["020"], "jur": ["020"], "rh": ["021", "020"],
               "fin": ["020"], "dsi": ["020"], "com": ["023"], "menage": ["020"], "dg": ["020", "0"]}

# non-support field -> (label of a generic equipment or running line, fonctions whose prior agrees)
NS = {
    "proprete": (WASTE, []), "dechets": (WASTE, ["7212", "721"]), "ev": (PARK, ["511"]), "env": (PARK, ["76"]),
    "police": (ADM, ["11"]), "etatciv": (ADM, ["020"]), "sport": (SPORT, ["32", "321", "322"]), "pe": (EDU, ["4221", "4222"]),
    "scol": (EDU, ["212", "213"]), "clg": (EDU, ["221"]), "restau": (CANTEEN, ["281"]), "ccas": (SOC, ["424", "42"]),
    "soc": (SOC, ["42"]), "ehpad": (EHPAD, ["423"]), "sante": (HEALTH, ["414", "41"]), "pmi": (PMI, ["41"]),
    "media": (LIB, ["313"]), "culture": (CULT, ["314", "312", "31"]), "jeun": (YOUTH, ["338"]), "handi": (HANDI, ["425"]),
    "cim": (URBA, ["025"]), "voirie": (URBA, ["845", "84"]), "routes": (ROAD, ["84"]), "fetes": (FESTIV, ["024"]),
    "eco": (ECO, ["632", "61"]), "tour": (ECO, ["633"]), "insertion": (IAE, ["65"]), "eau": (W, ["732", "731"]),
    "assain": (W, ["733"]), "transport": (TRANSIT, ["82", "821"]), "climat": (CLIMATE, ["71"]), "energie": (NRJ, ["758"]),
    "egalite": (GENDER, ["341"]),
}


class Auth:
    def __init__(self, code: str, weight: float, op_style: str, svc: dict[str, list[str]]) -> None:
        self.code, self.weight, self.op_style, self.svc = code, weight, op_style, svc


AUTHS = [
    Auth("VOR", 3, "mixed", {  # Val-d'Ormeau, a town of ~48,000
        "parc": ["Direction des moyens généraux / Parc automobile", "Parc automobile", "Garage municipal", "Atelier mécanique"],
        "ctm": ["Centre technique municipal", "Ateliers municipaux", "Services techniques / Régie bâtiments"],
        "log": ["Direction des moyens généraux", "Logistique", "Magasin central", "Moyens généraux / Logistique"],
        "achats": ["Service de la commande publique", "Achats - Marchés publics"], "repro": ["Imprimerie municipale"],
        "courrier": ["Courrier - Moyens généraux"], "accueil": ["Accueil - Standard", "Accueil de l'hôtel de ville"],
        "arch": ["Service archives et documentation"], "jur": ["Affaires juridiques et assurances", "Direction des affaires juridiques"],
        "rh": ["Direction des ressources humaines", "DRH / Formation", "Ressources humaines - Prévention"],
        "fin": ["Direction des finances", "Finances - Contrôle de gestion"],
        "dsi": ["Direction des systèmes d'information", "Informatique et téléphonie"],
        "com": ["Direction de la communication", "Service communication"], "menage": ["Entretien des locaux", "Propreté des bâtiments"],
        "dg": ["Direction générale des services", "Cabinet du maire", "Secrétariat général"],
        "proprete": ["Direction de la propreté urbaine", "Propreté urbaine"], "ev": ["Service espaces verts", "Direction des parcs et jardins"],
        "police": ["Police municipale"], "sport": ["Service des sports"], "pe": ["Petite enfance", "Multi-accueil Les Lutins"],
        "scol": ["Direction de l'éducation"], "restau": ["Restauration scolaire"], "ccas": ["CCAS"],
        "media": ["Médiathèque de l'Ormeau"], "culture": ["Service culturel", "Musée de la Tannerie"], "jeun": ["Espace jeunes"],
        "cim": ["Cimetières"], "etatciv": ["État civil - Élections"], "voirie": ["Voirie"], "fetes": ["Fêtes et cérémonies"],
        "eco": ["Marchés forains"], "sante": ["Centre municipal de santé"], "egalite": ["Mission égalité"],
    }),
    Auth("LES", 2, "upper", {  # Lescure-sur-Vionne, a small town of ~9,000
        "parc": ["PARC AUTO - GARAGE", "GARAGE"], "ctm": ["CTM LESCURE", "ATELIERS"], "log": ["MOY GEN"],
        "achats": ["MARCHES PUBLICS"], "accueil": ["ACCUEIL MAIRIE"], "rh": ["PERSONNEL", "RH"], "fin": ["COMPTABILITE", "FINANCES"],
        "dsi": ["INFORMATIQUE"], "com": ["COMMUNICATION"], "menage": ["ENTRETIEN LOCAUX", "MENAGE"],
        "dg": ["SECRETARIAT GENERAL", "MAIRIE", "SG / DGS"],
        "ev": ["ESPACES VERTS"], "scol": ["ECOLES"], "restau": ["CANTINE"], "sport": ["SPORTS"], "ccas": ["CCAS LESCURE"],
        "police": ["POLICE MUNICIPALE"], "cim": ["CIMETIERE"], "voirie": ["VOIRIE"], "fetes": ["FETES ET CEREMONIES"],
        "pe": ["CRECHE"], "eau": ["SERVICE DES EAUX"], "jeun": ["JEUNESSE"],
    }),
    Auth("RFR", 3, "code", {  # Rochefrêne, a city of ~95,000
        "parc": ["DGST - PARC AUTO ET ATELIER MECANIQUE", "DGST/PARC", "DMG - PARC VEHICULES"],
        "ctm": ["DGST - CTM", "DGST - REGIE BATIMENTS ADMINISTRATIFS"], "log": ["DMG - LOGISTIQUE", "MOY. GEN. - MAGASIN"],
        "achats": ["DCP - COMMANDE PUBLIQUE", "DAJCP - ACHATS"], "repro": ["DMG - REPROGRAPHIE"], "courrier": ["MOY. GEN. - COURRIER"],
        "accueil": ["DRU - ACCUEIL STANDARD"], "arch": ["DAD - ARCHIVES ADMINISTRATIVES"], "jur": ["DAJCP - ASSURANCES", "DAJ"],
        "rh": ["DRH - FORMATION", "DRH - SANTE AU TRAVAIL", "DRH"], "fin": ["DFCG - FINANCES", "DFCG - CONTROLE DE GESTION"],
        "dsi": ["DSIT - INFRASTRUCTURES", "DSIT - TELEPHONIE", "DSIT"], "com": ["DIRCOM", "DCOM - PUBLICATIONS"],
        "menage": ["DMG - ENTRETIEN DES LOCAUX"], "dg": ["DGS", "CABINET", "SG - ASSEMBLEES"],
        "proprete": ["DPU - PROPRETE URBAINE"], "ev": ["DEVE - ESPACES VERTS"], "police": ["DSTP - POLICE MUNICIPALE"],
        "sport": ["DSL - SPORTS"], "pe": ["DPE - PETITE ENFANCE"], "scol": ["DEE - EDUCATION"], "ccas": ["CCAS - ACTION SOCIALE"],
        "media": ["DCULT - MEDIATHEQUES"], "culture": ["DCULT - MUSEES"], "jeun": ["DJ - JEUNESSE"], "sante": ["DSP - SANTE PUBLIQUE"],
        "ehpad": ["EHPAD LES GLYCINES"], "voirie": ["DEP - VOIRIE"], "etatciv": ["DPOP - ETAT CIVIL"],
        "eco": ["DDE - COMMERCE ET MARCHES"], "energie": ["MISSION ENERGIE"], "egalite": ["MISSION EGALITE FEMMES-HOMMES"],
        "handi": ["MISSION HANDICAP"],
    }),
    Auth("CCHL", 2, "mixed", {  # Communauté de communes du Haut-Lizon
        "parc": ["Pôle technique - Garage"], "ctm": ["Services techniques mutualisés"], "log": ["Pôle ressources - Moyens généraux"],
        "achats": ["Pôle ressources - Marchés"], "rh": ["Pôle ressources - RH"], "fin": ["Pôle ressources - Finances"],
        "dsi": ["Service commun informatique"], "com": ["Communication"], "accueil": ["Accueil siège"],
        "menage": ["Entretien des bâtiments communautaires"], "dg": ["Direction générale", "Présidence"],
        "dechets": ["Service déchets ménagers", "Déchetterie de la Combe"], "eau": ["Service eau potable"],
        "assain": ["SPANC", "Assainissement collectif"], "sport": ["Piscine intercommunale"],
        "pe": ["Relais petite enfance", "Crèche communautaire"], "tour": ["Office de tourisme"], "eco": ["Développement économique"],
        "env": ["Service environnement - ENS"], "insertion": ["Chantier d'insertion"],
    }),
    Auth("GAA", 2, "upper", {  # Grand Avèze Agglomération
        "parc": ["DIRECTION DU PATRIMOINE ET DE LA LOGISTIQUE - PARC", "PARC VEHICULES ET ENGINS"], "ctm": ["DPL - ATELIERS"],
        "log": ["DIRECTION DU PATRIMOINE ET DE LA LOGISTIQUE"], "achats": ["DIRECTION DE LA COMMANDE PUBLIQUE"],
        "repro": ["REPROGRAPHIE"], "courrier": ["COURRIER - NAVETTES"], "arch": ["ARCHIVES COMMUNAUTAIRES"],
        "jur": ["DIRECTION DES AFFAIRES JURIDIQUES"], "rh": ["DRH MUTUALISEE", "DIRECTION DES RESSOURCES HUMAINES - PAIE"],
        "fin": ["DIRECTION DES FINANCES"], "dsi": ["DSI", "DIRECTION DU NUMERIQUE ET DES SI"],
        "com": ["DIRECTION DE LA COMMUNICATION"], "menage": ["PROPRETE DES BATIMENTS"], "dg": ["DGS", "SECRETARIAT DES ASSEMBLEES"],
        "dechets": ["DIRECTION DES DECHETS - COLLECTE", "DIRECTION DE LA PREVENTION ET GESTION DES DECHETS"],
        "eau": ["DIRECTION DE L'EAU"], "assain": ["DIRECTION DE L'ASSAINISSEMENT"], "transport": ["DIRECTION DES MOBILITES"],
        "eco": ["DIRECTION DU DEVELOPPEMENT ECONOMIQUE"], "climat": ["PLAN CLIMAT"], "tour": ["OFFICE DE TOURISME COMMUNAUTAIRE"],
        "sport": ["CENTRE AQUATIQUE"],
    }),
    Auth("DHS", 2, "dept", {  # Département de la Haute-Sarlane
        "parc": ["Parc départemental des véhicules", "DMG / Parc automobile"],
        "log": ["Direction des moyens généraux", "DMG / Logistique et magasin"], "achats": ["Direction de la commande publique"],
        "repro": ["Imprimerie départementale"], "courrier": ["DMG / Courrier - navettes"],
        "accueil": ["Accueil - standard de l'hôtel du Département"],
        "jur": ["Direction des affaires juridiques et des assurances"],
        "rh": ["DRH / Prévention et santé au travail", "DRH / Formation", "Direction des ressources humaines"],
        "fin": ["Direction des finances et du contrôle de gestion"], "dsi": ["DSIN", "DSIN / Téléphonie"],
        "com": ["Direction de la communication"], "menage": ["DMG / Entretien des locaux"],
        "dg": ["DGS", "Cabinet du président", "Secrétariat général - assemblée"],
        "routes": ["Direction des routes", "Agence routière Nord"], "soc": ["Maison départementale des solidarités"],
        "clg": ["Direction de l'éducation - collèges"], "env": ["Service ENS"], "pmi": ["Service PMI"],
    }),
]


def service_cell(auth: Auth, field: str) -> str:
    """The service as the authority writes it: sometimes in upper case, sometimes cut."""
    s = pick(auth.svc[field])
    r = rng.random()
    if r < 0.08 and len(s) > 22:
        s = s[:rng.randint(18, 22)].rstrip(" -./'")
    elif r < 0.16:
        s = up(s)
    return s


def pick_auth(fields) -> tuple[Auth, str]:
    """An authority that has one of ``fields`` and that field."""
    cands = [(a.weight, a) for a in AUTHS if any(f in a.svc for f in fields)]
    auth = wpick(cands)
    return auth, pick([f for f in fields if f in auth.svc])


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [
    ("LOCATION LONGUE DUREE", ["LLD", "LOC. LONGUE DUREE", "LOC LONGUE DUREE"]), ("VEHICULES LEGERS", ["VL"]),
    ("VEHICULE LEGER", ["VL"]), ("POIDS LOURDS", ["PL"]), ("EQUIPEMENTS DE PROTECTION INDIVIDUELLE", ["EPI"]),
    ("CONTROLE TECHNIQUE", ["CT", "CTRL TECHNIQUE"]), ("ACQUISITION", ["ACQ", "ACQ.", "ACQUIS."]), ("VEHICULES", ["VEHIC", "VEH.", "VHL"]),
    ("VEHICULE", ["VEHIC", "VEH.", "VHL"]), ("UTILITAIRE", ["UTIL.", "UTILIT."]), ("FOURNITURES", ["FOURNIT.", "FOURN.", "FOURNIT"]),
    ("BUREAU", ["BUR.", "BUREAU"]), ("CARBURANTS", ["CARB.", "CARBU"]), ("CARBURANT", ["CARB.", "CARBU"]),
    ("PNEUMATIQUES", ["PNEUS", "PNEUMAT."]), ("SERVICES", ["SCES", "SERV."]), ("ENTRETIEN", ["ENTRET.", "ENTR."]),
    ("MAINTENANCE", ["MAINT.", "MAINT"]), ("MATERIEL", ["MAT.", "MATL"]), ("INFORMATIQUES", ["INFO", "INFORMAT."]),
    ("INFORMATIQUE", ["INFO", "INFORMAT."]), ("TELEPHONIE", ["TELEPH.", "TEL."]), ("ADMINISTRATIFS", ["ADMIN.", "ADM."]),
    ("ADMINISTRATIVES", ["ADMIN.", "ADM."]), ("PERSONNEL", ["PERS.", "PERSONN."]), ("FORMATIONS", ["FORM.", "FORMAT."]),
    ("FORMATION", ["FORM.", "FORMAT."]), ("ASSURANCE", ["ASSUR.", "ASS."]), ("HONORAIRES", ["HONOR.", "HONO."]),
    ("RENOUVELLEMENT", ["RENOUV.", "RENOUVT"]), ("REPARATIONS", ["REPAR.", "REPAR"]), ("REPARATION", ["REPAR.", "REPAR"]),
    ("DOCUMENTATION", ["DOC.", "DOCUMENT."]), ("ABONNEMENTS", ["ABONNTS", "ABONN."]), ("AFFRANCHISSEMENT", ["AFFRANCH.", "AFFRT"]),
    ("MOBILIER", ["MOB.", "MOBIL."]), ("TRAVAUX", ["TVX", "TRX"]), ("AMENAGEMENT", ["AMGT", "AMENAGT"]),
    ("ELECTRIQUES", ["ELEC.", "ELECT."]), ("ELECTRIQUE", ["ELEC.", "ELECT."]), ("EQUIPEMENT", ["EQPT", "EQUIPT"]),
    ("PRESTATION", ["PREST.", "PRESTA"]), ("DESTRUCTION", ["DESTRUCT."]), ("NETTOYAGE", ["NETTOY.", "NETT."]),
    ("ACCESSIBILITE", ["ACCESS."]), ("REFECTION", ["REFECT.", "REF."]), ("REHABILITATION", ["REHAB", "REHAB."]),
    ("ISOLATION", ["ISOL.", "ISOL"]), ("THERMIQUE", ["THERM.", "THERM"]), ("CENTRE TECHNIQUE MUNICIPAL", ["CTM"]),
    ("HOTEL DE VILLE", ["HDV", "H. DE VILLE"]), ("MAIRIE ANNEXE", ["MAIRIE ANN.", "M. ANNEXE"]), ("PHOTOCOPIEURS", ["COPIEURS"]),
    ("ORDURES MENAGERES", ["OM", "O.M."]), ("ESPACES VERTS", ["EV", "ESP. VERTS"]), ("POLICE MUNICIPALE", ["PM", "POL. MUN."]),
    ("ECOLES", ["ECOLES", "ECOL."]), ("PERSONNES HANDICAPEES", ["PERS. HANDICAPEES", "PH"]),
    ("COMMANDE PUBLIQUE", ["CDE PUBLIQUE", "CP"]), ("MARCHES PUBLICS", ["MP", "MARCHES PUB."]),
]

YEARS = [str(y) for y in range(2017, 2027)]


def opcode(upper: bool, auth: Auth) -> str:
    y = pick(YEARS)
    n = rng.randint(1, 60)
    if auth.op_style == "code":
        return f"OP {y}-{n:03d} " if upper else f"Op. {y}-{n:03d} - "
    if auth.op_style == "dept":
        return f"AP {y}-{n:02d} - " if chance(0.6) else f"Prog. {rng.randint(100, 499)} - "
    if upper:
        return wpick([(3, f"OPE {rng.randint(100, 999)} "), (2, f"OP{y[2:]}{n:02d} "), (1, f"{y}-{n:02d} ")])
    return wpick([(3, f"Opération {rng.randint(10, 199)} - "), (2, f"Op. {y}/{n:02d} ")])


def tail_text() -> str:
    y = pick(YEARS)
    return wpick([(5, y), (2, f"BP {y}"), (1, f"DM {y}"), (1, f"exercice {y}"), (2, f"marché {y}-{rng.randint(1, 48):02d}"),
                  (1, f"lot {rng.randint(1, 6)}"), (1, f"tranche {rng.randint(1, 4)}"), (1, f"renouvellement {y}"),
                  (1, f"n°{rng.randint(1, 30)}")])


def render(core: str, auth: Auth, tail: str = "", op: bool = False, cut: bool = False) -> str:
    """An export label; ``cut``: a generic label may be cut at 30 or 40 characters mid-word."""
    styles = {"upper": [(75, "upper"), (15, "mixed"), (5, "mixed_noacc"), (5, "lower")],
              "code": [(60, "upper"), (30, "mixed"), (5, "mixed_noacc"), (5, "lower")],
              "dept": [(35, "upper"), (55, "mixed"), (5, "mixed_noacc"), (5, "lower")],
              "mixed": [(40, "upper"), (45, "mixed"), (8, "mixed_noacc"), (7, "lower")]}[auth.op_style]
    text = draw.render(core, tail, None, op, styles=styles, typo_rates=(0.03, 0.04, 0.03),
                       abbreviate=lambda s: draw.abbreviate(s, ABBREV, 0.5), opcode=lambda u: opcode(u, auth))
    if cut and chance(0.12):
        n = pick([30, 40])
        if len(text) > n + 3:
            text = text[:n].rstrip(" -,:/(.'")
    return text


def codes(lab: str, fcts, nats, p: float) -> tuple[str, str, str]:
    """Codes for a line (maybe none), always agreeing with its label."""
    return draw.agreeing_codes(lab, list(fcts), list(nats), p, (0.06, 0.1, 0.15))


# --------------------------------------------------------------------------------------------
# 1. generic lines under a support service
# --------------------------------------------------------------------------------------------

# items: "label core|natures" and the label of the item ("adm", "it", "net", "bld")
VEHICLES = [
    "Acquisition d'un véhicule utilitaire|2182", "Acquisition véhicule léger|2182", "Achat d'un fourgon|2182",
    "Renouvellement des véhicules de service|2182", "Acquisition camion plateau|2182", "Achat véhicule de service|2182",
    "Location longue durée véhicules légers|6135", "Location de véhicules|6135", "Location longue durée des utilitaires|6135",
    "Carburant véhicules de service|60622", "Carburants du parc|60622", "Cartes carburant|60622", "Gazole non routier|60622",
    "Pneumatiques véhicules légers|61551,60632", "Pneumatiques poids lourds|61551,60632", "Pneus hiver|60632",
    "Contrôle technique des véhicules|61551,611", "Assurance flotte automobile|616", "Assurance des véhicules|616",
    "Pièces détachées véhicules|60632,61551", "Entretien et réparation des véhicules|61551", "Lavage des véhicules|611",
    "Révision des engins|61551", "Acquisition remorque|2182", "Batteries de véhicules|60632", "Huiles et lubrifiants|60628",
    "Dépannage et remorquage|611", "Péages et stationnement|6251", "Carrosserie - réparations|61551",
]
TOOLS = [
    "Outillage des ateliers|2188,60632", "Nacelle élévatrice|2157", "Groupe électrogène|2157,2188", "Petit outillage|60632",
    "Compresseur d'atelier|2157", "Échafaudage roulant|2188", "Perceuses et visseuses|60632", "Poste à souder|2157",
    "Chariot élévateur|2157", "Location de nacelle|6135", "Location d'engins|6135", "Matériel d'atelier|2188",
    "Établis et rangements d'atelier|2188",
]
WORKWEAR = [
    "Vêtements de travail|60632,6068", "Équipements de protection individuelle|60632", "Chaussures de sécurité|60632",
    "Tenues haute visibilité|60632", "Gants et lunettes de protection|60632", "Nettoyage des vêtements de travail|611",
    "Tenues des agents|60632",
]
OFFICE = [
    "Fournitures de bureau|6064", "Papier reprographie|6064", "Ramettes de papier|6064", "Mobilier de bureau|2184",
    "Fauteuils de bureau|2184", "Armoires de rangement|2184", "Location des copieurs|6135", "Maintenance des copieurs|6156",
    "Acquisition copieur multifonction|2188", "Affranchissement|6261", "Enveloppes|6064", "Cartouches d'encre|6064",
    "Consommables d'impression|6064", "Destructeur de documents|2184", "Tampons et timbres encreurs|6064",
    "Classeurs et fournitures de classement|6064",
]
COMMON = VEHICLES + TOOLS + WORKWEAR + OFFICE

ITEMS = {
    "parc": [(c, "adm") for c in VEHICLES + TOOLS] + [
        ("Pont élévateur de l'atelier mécanique|2157", "adm"), ("Valise de diagnostic automobile|2188", "adm"),
        ("Logiciel de gestion de flotte|2051", "it"), ("Géolocalisation des véhicules - abonnement|6156,611", "it"),
        ("Plaques d'immatriculation|60632", "adm"), ("Cartes grises|6288", "adm"), ("Franchises sinistres automobiles|616", "adm")],
    "ctm": [(c, "adm") for c in TOOLS + WORKWEAR] + [
        ("Fournitures pour les ateliers municipaux|60632", "adm"), ("Matériaux pour travaux en régie|60632,6068", "adm"),
        ("Quincaillerie|60632", "adm"), ("Bois et panneaux|6068", "adm"), ("Peinture et consommables|60632", "adm"),
        ("Fournitures électriques|60632", "adm"), ("Fournitures de plomberie|60632", "adm"),
        ("Location de containers de stockage|6135", "adm"), ("Outillage électroportatif|2188", "adm"),
        ("Réfection de la toiture des ateliers|2135,21318", "bld"), ("Centre technique - réaménagement des vestiaires|2135", "bld"),
        ("Ateliers municipaux - remplacement du portail|2135", "bld"), ("Centre technique - mise aux normes électriques|2135", "bld")],
    "log": [(c, "adm") for c in OFFICE + VEHICLES[:6]] + [
        ("Déménagement des services|611", "adm"), ("Manutention et transport de mobilier|611", "adm"),
        ("Consommables du magasin|60632", "adm"), ("Rayonnages du magasin|2188", "adm"), ("Chariots de manutention|2188", "adm"),
        ("Transpalette|2188", "adm"), ("Location de fontaines à eau|6135", "adm"), ("Gestion des stocks - fournitures|60632", "adm"),
        ("Badges d'accès des agents|60632", "adm"), ("Signalétique intérieure des services|2188", "adm"),
        ("Mairie annexe - travaux d'aménagement|2135,21311", "bld"), ("Hôtel de ville - réfection des bureaux|2135,21311", "bld")],
    "achats": [
        ("Annonces légales des marchés publics|6231", "adm"), ("Publicité des consultations|6231", "adm"),
        ("Assistance à maîtrise d'ouvrage - passation des marchés|6226", "adm"),
        ("Plateforme de dématérialisation des marchés - abonnement|6156,611", "it"),
        ("Reprographie des dossiers de consultation|6236", "adm"), ("Frais de publication au BOAMP|6231", "adm"),
        ("Conseil juridique en commande publique|6226", "adm"), ("Logiciel de rédaction des marchés|2051", "it"),
        ("Fournitures de bureau|6064", "adm"), ("Formation des acheteurs|6184", "adm")],
    "repro": [(c, "adm") for c in OFFICE[:4] + OFFICE[6:9] + OFFICE[11:13]] + [
        ("Encres de l'imprimerie|6068", "adm"), ("Location presse numérique|6135", "adm"), ("Maintenance du massicot|6156", "adm"),
        ("Consommables de reliure|6068", "adm"), ("Traceur grand format|2188", "adm"), ("Plieuse-agrafeuse|2188", "adm"),
        ("Papier couleur et cartonné|6064", "adm")],
    "courrier": [
        ("Affranchissement du courrier|6261", "adm"), ("Machine à affranchir - location|6135", "adm"),
        ("Maintenance de la machine à affranchir|6156", "adm"), ("Navettes courrier inter-sites|611", "adm"),
        ("Envois recommandés|6261", "adm"), ("Enveloppes à fenêtre|6064", "adm"), ("Frais postaux|6261", "adm"),
        ("Logiciel de gestion du courrier entrant|2051", "it"), ("Balance postale|2188", "adm"),
        ("Véhicule de la navette courrier|2182", "adm")],
    "accueil": [
        ("Standard téléphonique - maintenance|6156,6262", "it"), ("Système de gestion des files d'attente|2183", "it"),
        ("Mobilier de l'accueil|2184", "adm"), ("Prestation d'accueil physique|611", "adm"), ("Signalétique de l'accueil|2188", "adm"),
        ("Fournitures de l'accueil|6064", "adm"), ("Borne de prise de rendez-vous|2183", "it"),
        ("Écrans d'information de l'accueil|2183", "it"), ("Mairie annexe - mobilier|2184", "adm")],
    "arch": [
        ("Archivage - prestation externalisée|611", "adm"), ("Destruction d'archives|611", "adm"), ("Boîtes d'archives|6064", "adm"),
        ("Rayonnages mobiles de la salle d'archives|2184,2188", "adm"), ("Tri et classement des archives|611", "adm"),
        ("Numérisation des registres|611", "it"), ("Reliure des registres des délibérations|6068", "adm"),
        ("Logiciel d'archivage électronique|2051", "it"), ("Déshumidificateurs du local d'archives|2188", "adm"),
        ("Versement d'archives - conditionnement|6064", "adm")],
    "jur": [
        ("Honoraires d'avocats|6226", "adm"), ("Frais d'actes et de contentieux|6227", "adm"), ("Frais d'huissier|6227", "adm"),
        ("Assurance dommages-ouvrage|616", "adm"), ("Assurance responsabilité civile|616", "adm"),
        ("Assurance multirisque|6161", "adm"), ("Protection juridique - contrat|616", "adm"), ("Annonces légales|6231", "adm"),
        ("Documentation juridique|6182", "adm"), ("Expertises après sinistre|6226", "adm"),
        ("Courtier en assurances - honoraires|6226", "adm"), ("Consultations juridiques|6226", "adm"),
        ("Abonnements aux revues juridiques|6182", "adm"), ("Frais de contentieux|6227", "adm")],
    "rh": [
        ("Formations du personnel|6184", "adm"), ("Plan de formation des agents|6184", "adm"), ("Médecine du travail|611", "adm"),
        ("Médecine préventive - convention|611", "adm"), ("Tickets restaurant|6474", "adm"), ("Action sociale du personnel|6474", "adm"),
        ("Cotisation CNAS|6474", "adm"), ("Frais de recrutement - annonces|6231", "adm"), ("Frais de déplacement des agents|6251", "adm"),
        ("Assurance statutaire du personnel|6455", "adm"), ("Visites médicales d'embauche|611", "adm"),
        ("Logiciel de paie|2051", "it"), ("Formation habilitations électriques|6184", "adm"), ("Formation CACES|6184", "adm"),
        ("Participation employeur à la mutuelle|6458", "adm"), ("Frais de concours et d'examens|6288", "adm"),
        ("Cotisation au CNFPT|6336", "adm"), ("Arbre de Noël du personnel|6474", "adm"), ("Logiciel de gestion des temps|2051", "it"),
        ("Psychologue du travail - vacations|611", "adm"), ("Registre santé et sécurité au travail|6064", "adm")],
    "fin": [
        ("Logiciel de gestion financière|2051", "it"), ("Prospective financière - cabinet conseil|6226,617", "adm"),
        ("Fournitures du service comptabilité|6064", "adm"), ("Contrôle de gestion - prestation|611", "adm"),
        ("Formation des gestionnaires comptables|6184", "adm"), ("Documentation budgétaire et comptable|6182", "adm"),
        ("Dématérialisation des flux comptables|611,6156", "it"), ("Certification des comptes - honoraires|6226", "adm"),
        ("Parapheur électronique|2051", "it"), ("Analyse des coûts - assistance|6226", "adm")],
    "dsi": [
        ("Acquisition de postes informatiques|2183", "it"), ("Ordinateurs portables|2183", "it"),
        ("Renouvellement du parc informatique|2183", "it"), ("Licences logicielles|2051", "it"), ("Licences bureautiques|2051", "it"),
        ("Maintenance des logiciels|6156", "it"), ("Abonnements logiciels en ligne|6156,611", "it"), ("Téléphonie mobile|6262", "it"),
        ("Téléphonie fixe - abonnements|6262", "it"), ("Autocommutateur téléphonique|2185", "it"), ("Smartphones des agents|2185", "it"),
        ("Écrans et périphériques|2183", "it"), ("Imprimantes réseau|2183", "it"), ("Sauvegarde externalisée des données|611", "it"),
        ("Audit de cybersécurité|611,6226", "it"), ("Pare-feu|2183", "it"), ("Antivirus - licences|2051", "it"),
        ("Câblage réseau informatique|2183", "net"), ("Serveurs informatiques|2183", "net"), ("Baies de stockage|2183", "net"),
        ("Liaisons fibre inter-sites|6262", "net"), ("Réseau wifi des bâtiments administratifs|2183", "net"),
        ("Commutateurs réseau|2183", "net"), ("Hébergement des applications|611", "it"), ("Maintenance du matériel informatique|6156", "it"),
        ("Vidéoprojecteurs des salles de réunion|2183", "it"), ("Visioconférence - équipement des salles|2183", "it")],
    "com": [
        ("Impression du magazine municipal|6236,6237", "adm"), ("Distribution du bulletin municipal|611,6237", "adm"),
        ("Conception graphique|611,6236", "adm"), ("Reportages photo et vidéo|611", "adm"), ("Site internet - hébergement|6156,611", "it"),
        ("Achat d'espaces publicitaires|6231", "adm"), ("Objets promotionnels|6068", "adm"), ("Cartes de vœux|6236", "adm"),
        ("Impression de l'agenda|6236", "adm"), ("Abonnement banque d'images|611", "adm"), ("Lettre d'information - routage|611", "adm"),
        ("Application mobile - maintenance|6156", "it"), ("Rapport d'activité - mise en page|611", "adm")],
    "menage": [
        ("Produits d'entretien|60631", "adm"), ("Nettoyage des bureaux|6283", "adm"), ("Nettoyage des vitres|6283", "adm"),
        ("Entretien des locaux administratifs|615221,6283", "adm"), ("Autolaveuse|2188", "adm"), ("Aspirateurs|60632", "adm"),
        ("Chariots de ménage|60632", "adm"), ("Sacs poubelle et essuie-mains|60631", "adm"),
        ("Prestation de nettoyage des locaux administratifs|6283", "adm"), ("Dératisation et désinsectisation des locaux|611", "adm"),
        ("Nettoyage de la mairie annexe|6283", "adm"), ("Maintenance de l'ascenseur de l'hôtel de ville|6156", "adm"),
        ("Contrôles réglementaires des bâtiments administratifs|611,6156", "adm"), ("Gardiennage de l'hôtel de ville|6282", "adm")],
    "dg": [
        ("Frais de réception|6257", "adm"), ("Abonnements presse|6182", "adm"), ("Documentation générale|6182", "adm"),
        ("Frais de mission des élus|65312", "adm"), ("Formation des élus|65315", "adm"), ("Indemnités des élus|65311", "adm"),
        ("Cadeaux protocolaires|6257", "adm"), ("Conseil en organisation|6226,617", "adm"), ("Fournitures du secrétariat|6064", "adm"),
        ("Frais de déplacement du cabinet|6251", "adm"), ("Enregistrement des séances du conseil|611", "adm"),
        ("Tablettes des élus|2183", "it"), ("Location de salles pour les séminaires|6132", "adm"),
        ("Véhicule de fonction|2182", "adm")],
}
ITEM_LAB = {"adm": ADM, "it": ADM_IT, "net": ADM_NET, "bld": ADM_BLD}


def split_spec(core: str) -> tuple[str, list[str]]:
    raw, _, nats = core.partition("|")
    return raw, [n for n in nats.split(",") if n]


def support_row():
    auth, field = pick_auth(SUPPORT)
    if chance(0.25) and field not in ("dsi", "jur", "fin"):
        core, kind = pick(COMMON), "adm"
    else:
        core, kind = pick(ITEMS[field])
    raw, nats = split_spec(core)
    if kind == "bld":
        nats = [n for n in nats if n[:1] == "2"]
    lab = ITEM_LAB[kind]
    tail = tail_text() if chance(0.35) else ""
    op = (kind == "bld" and chance(0.3)) or (bool(nats) and nats[0][:1] == "2" and chance(0.08))
    lib = render(raw, auth, tail, bool(op), cut=True)
    svc = service_cell(auth, field) if chance(0.92) else ""
    chap, nat, fct = codes(lab, SUPPORT_FCT[field], nats, 0.42)
    return lib, chap, nat, fct, svc, lab


# --------------------------------------------------------------------------------------------
# 2. generic lines under a service that is not a support service: the service decides
# --------------------------------------------------------------------------------------------

GEN_EQ = [
    "Mobilier|2184", "Acquisition de mobilier|2184", "Renouvellement du mobilier|2184", "Petit équipement|60632",
    "Fournitures diverses|60628", "Fournitures administratives|6064", "Location de matériel|6135", "Maintenance du matériel|6156",
    "Entretien du matériel|61558", "Matériel divers|2188", "Acquisition de matériel|2188", "Entretien des locaux|615221,6283",
    "Nettoyage des locaux|6283", "Produits d'entretien|60631", "Réparations diverses|61558", "Équipements divers|2188",
]
GEN_NS = VEHICLES + TOOLS + WORKWEAR + GEN_EQ
# services out in the field use vehicles, tools and workwear; the others light vehicles, furniture and supplies
FIELD_SERVICES = {"proprete", "dechets", "ev", "env", "sport", "voirie", "routes", "cim", "eau", "assain", "fetes", "transport",
                  "insertion"}
GEN_NS_LIGHT = VEHICLES[:14] + VEHICLES[17:20] + GEN_EQ
GEN_NS_OFFICE = OFFICE[:9] + GEN_EQ
OFFICE_SERVICES = {"etatciv", "egalite", "handi", "climat", "energie", "eco", "tour", "media", "culture"}
SUB_PREFIX = {True: ["Direction cadre de vie", "Pôle technique", "DGA aménagement"],
              False: ["Pôle services à la population", "Direction de la cohésion sociale", "DGA solidarités"]}


def nonsupport_row():
    auth, field = pick_auth(list(NS))
    lab, fcts = NS[field]
    pool = GEN_NS if field in FIELD_SERVICES else GEN_NS_OFFICE if field in OFFICE_SERVICES else GEN_NS_LIGHT
    raw, nats = split_spec(pick(pool))
    tail = tail_text() if chance(0.4) else ""
    lib = render(raw, auth, tail, nats[0][:1] == "2" and chance(0.08), cut=True)
    if chance(0.88):
        svc = service_cell(auth, field)
        if auth.code in ("VOR", "DHS") and chance(0.2):  # "Direction ... / sub-service"
            svc = f"{pick(SUB_PREFIX[field in FIELD_SERVICES])} / {svc}"
        chap, nat, fct = codes(lab, fcts, nats, 0.38)
    else:  # no service: the fonction alone says the field
        svc = ""
        chap, nat, fct = codes(lab, fcts, nats, 1.0)
        if not fct:
            fct = pick(fcts) if fcts else ""
        if not fct:
            return nonsupport_row()
    return lib, chap, nat, fct, svc, lab


# --------------------------------------------------------------------------------------------
# 3. lines under a support service whose label names the activity served: the label decides
# --------------------------------------------------------------------------------------------

class T:
    """A template: cores ("core|natures"), label, the support fields it comes under, fonctions."""

    def __init__(self, cores, lab, fields, f=(), tail=None, cap=None, w=1.0) -> None:
        self.cores = cores
        self.lab, self.fields, self.f = lab, fields, list(f)
        self.tail = tail
        self.cap = cap or max(3, min(9, 2 * len(cores) + 1))
        self.w = w
        self.used = 0


PLACES = ["des Tilleuls", "du Vallon", "des Coteaux", "du Moulin", "des Glycines", "des Aubépines", "de la Combe", "du Petit Pré",
          "des Charmilles", "de l'Ormeau", "des Sablons", "du Champ Long"]
SCHOOLS = ["des Acacias", "du Bois Joli", "de la Fontaine", "des Hirondelles", "du Clos Fleuri", "des Peupliers", "de la Roseraie"]
RESID = ["Les Glycines", "Le Clos des Vignes", "Les Hortensias", "La Roseraie", "Le Val Fleuri", "Les Magnolias"]


def fill(s: str) -> str:
    return (s.replace("{lieu}", pick(PLACES)).replace("{ecole}", pick(SCHOOLS)).replace("{res}", pick(RESID))
            .replace("{y}", pick(YEARS)))


PARC = ["parc"]
BLD = ["ctm", "log", "dg"]
BUY = ["achats", "log", "menage", "repro"]
TEMPLATES = [
    # parc automobile: the served activity decides
    T(["Benne à ordures ménagères 19 tonnes|2182", "Acquisition d'une benne de collecte des ordures ménagères|2182",
       "Camion de collecte des déchets - renouvellement|2182", "Mini-benne de collecte des déchets|2182",
       "Camion grue pour la collecte des points d'apport volontaire|2182"], WASTE, PARC, ["7212"], w=2),
    T(["Balayeuse aspiratrice de chaussée|2182,2157", "Laveuse de voirie - propreté urbaine|2182",
       "Aspiratrice de trottoirs|2157", "Balayeuse compacte pour le centre-ville|2182"], SWEEP, PARC, w=1.5),
    T(["Minibus de l'EHPAD {res}|2182", "Véhicule adapté pour les résidents de l'EHPAD {res}|2182"], EHPAD, PARC, ["423"]),
    T(["Véhicule sérigraphié pour la police municipale|2182", "Motos de la police municipale|2182",
       "Véhicule d'intervention de la police municipale|2182", "Équipement radio des véhicules de police municipale|2188"],
      ADM, PARC, ["11"]),
    T(["Car de ramassage scolaire|2182", "Bus pour le transport des écoliers|2182", "Minibus pour les sorties scolaires|2182"],
      SCH_BUS, PARC),
    T(["Tondeuse autoportée pour les espaces verts|2182,2157", "Tracteur de tonte des parcs et jardins|2182",
       "Débroussailleuses du service des espaces verts|2157", "Tondeuse mulching des jardins publics|2157"], PARK, PARC, ["511"]),
    T(["Tracteur pour l'entretien des terrains de sport|2182", "Machine à tracer les terrains de football|2157",
       "Minibus pour les clubs sportifs|2182"], SPORT, PARC, ["32"]),
    T(["Hydrocureuse pour le réseau d'assainissement|2182", "Véhicule d'intervention sur le réseau d'eau potable|2182",
       "Fourgon atelier des fontainiers|2182"], W, PARC, ["732", "733"]),
    T(["Véhicules électriques en remplacement de véhicules thermiques|2182", "Acquisition de véhicules électriques pour le parc|2182",
       "Conversion du parc automobile à l'électrique|2182", "Utilitaires électriques - renouvellement du parc|2182",
       "Bornes de recharge pour les véhicules électriques du parc|2188", "Installation de bornes de recharge au centre technique|2135"],
      EV_FLEET, PARC + ["ctm", "log"], w=1.5),
    T(["Vélos à assistance électrique pour les déplacements des agents|2182", "Flotte de vélos de service|2182",
       "Forfait mobilités durables des agents|6478", "Plan de mobilité employeur - abris vélos des agents|2188"],
      SOFT, PARC + ["log", "rh"]),
    T(["Nacelle pour l'entretien de l'éclairage public|2182,2157", "Camion nacelle de l'éclairage public|2182"], LIGHTING, PARC,
      ["512"]),
    T(["Saleuse et lame de déneigement|2157,2182", "Viabilité hivernale - saleuse tractée|2157", "Stock de sel de déneigement|60633"],
      VH, PARC + ["ctm"]),
    T(["Minibus de l'espace jeunes {lieu}|2182", "Minibus du service jeunesse|2182"], YOUTH, PARC, ["338"]),
    T(["Bibliobus de la médiathèque|2182"], LIB, PARC, ["313"], cap=2),
    T(["Véhicule frigorifique pour le portage de repas aux seniors|2182", "Portage de repas à domicile - véhicule réfrigéré|2182"],
      MEALS, PARC, ["4232"]),
    T(["Cribleuse de plage|2157", "Engin de nettoyage des plages|2182"], BEACH_CLEAN, PARC, ["56"]),
    T(["Véhicule de l'épicerie solidaire|2182", "Camion de collecte de la banque alimentaire|2182"], FOODAID, PARC),
    T(["Véhicule adapté au transport des personnes à mobilité réduite|2182", "Minibus équipé pour fauteuils roulants|2182"],
      HANDI, PARC, ["425"]),
    T(["Carburant HVO pour les poids lourds|60622", "Passage des bennes au bioGNV|2182"], BIOFUEL, PARC, cap=3),
    # purchasing, logistics, cleaning: a sustainable purpose
    T(["Papier recyclé pour les services|6068", "Ramettes de papier 100 % recyclé|6068", "Fournitures de bureau éco-labellisées|6068"],
      WASTE, BUY),
    T(["Achats responsables - clauses environnementales|611,6226", "Schéma de promotion des achats responsables|6226",
       "SPASER - mise en œuvre|611", "Critères environnementaux dans les marchés - assistance|6226"], PROCURE, ["achats"]),
    T(["Facilitateur des clauses sociales d'insertion|611,6228", "Clauses sociales d'insertion dans les marchés publics|611"],
      IAE, ["achats"]),
    T(["Produits d'entretien écolabellisés|60631", "Produits de nettoyage écologiques|60631"], WASTE, BUY),
    T(["Recyclage des cartouches d'encre et toners|611", "Collecte et recyclage du papier de bureau|611",
       "Bacs de tri des déchets de bureau|60632", "Reconditionnement du matériel informatique réformé|611",
       "Réemploi du mobilier de bureau réformé|611", "Vaisselle réutilisable pour les réceptions|60632",
       "Suppression des gobelets jetables - fontaines réseau|60632"], WASTE, BUY + ["dsi"], w=1.5),
    T(["Groupement de commandes - électricité d'origine renouvelable|60612", "Contrat de fourniture d'électricité verte|60612"],
      NRJ, ["achats"]),
    T(["Denrées biologiques et locales pour la cuisine centrale|60623", "Marché de produits bio pour la restauration scolaire|60623"],
      LOCALFOOD, ["achats"]),
    # the administration's buildings: energy, accessibility
    T(["Relamping LED du centre technique|2135", "Passage en LED des bureaux de la mairie annexe|2135",
       "Éclairage LED des ateliers municipaux|2135", "Remplacement de l'éclairage par des LED - hôtel de ville|2135",
       "Isolation des combles des ateliers municipaux|2135", "Isolation thermique de la mairie annexe|2135,21311",
       "Double vitrage - menuiseries de l'hôtel de ville|2135,21311", "Chaudière à condensation du centre administratif|2135",
       "Pompe à chaleur du centre technique|2135", "Audit énergétique des bâtiments administratifs|2031",
       "Décret tertiaire - suivi des consommations des bureaux|611"], ADM_NRJ, BLD, w=2),
    T(["Panneaux photovoltaïques sur la toiture du centre technique|2135", "Centrale solaire en toiture des ateliers|2135"],
      ADM_PV, ["ctm", "log"], cap=3),
    T(["Mise en accessibilité de l'accueil de la mairie|2135", "Ascenseur PMR du centre administratif|2135",
       "Rampe d'accès PMR de la mairie annexe|2135", "Banque d'accueil accessible aux fauteuils roulants|2184"],
      PMR, BLD + ["accueil"]),
    # the centre technique working for other services
    T(["Régie - peinture des classes de l'école {ecole}|2135,21312", "Travaux en régie - sanitaires de l'école {ecole}|2135,21312"],
      SCH, ["ctm"]),
    T(["Régie - réparation des jeux du square {lieu}|2128", "Régie - remplacement des jeux de l'aire {lieu}|2128"], PLAY, ["ctm"]),
    T(["Régie - réfection des vestiaires du stade {lieu}|2135", "Régie - peinture du gymnase {lieu}|2135"], SPORT_BLD, ["ctm"]),
    T(["Régie - aménagement des locaux du CCAS|2135", "Régie - cloisonnement de l'accueil du CCAS|2135"], SOC_BLD, ["ctm"], cap=3),
    T(["Montage des podiums pour les fêtes|60632", "Pavoisement et illuminations de fin d'année|60632"], FESTIV, ["ctm", "log"]),
    # human resources
    T(["Sensibilisation des agents au handicap|6184", "Formation des agents d'accueil à la langue des signes|6184",
       "Formation des agents à l'accueil des publics handicapés|6184"], HANDI, ["rh"]),
    T(["Aménagement des postes de travail des agents handicapés|2184", "Recrutement de travailleurs handicapés - FIPHFP|611"],
      HANDI_JOB, ["rh"]),
    T(["Plan d'action égalité professionnelle femmes-hommes|611", "Formation des encadrants à l'égalité femmes-hommes|6184",
       "Signalement des violences sexistes et sexuelles au travail|611", "Étude des écarts de rémunération femmes-hommes|6226"],
      GENDER_HR, ["rh"]),
    T(["Parcours emploi compétences - rémunérations|6416", "Contrats aidés PEC - rémunérations|6416"], IAE, ["rh"]),
    T(["Apprentis - rémunérations|6417", "Rémunération des apprentis des services|6417"], APPRENT, ["rh"], cap=3),
    T(["Formation des agents au tri et à la réduction des déchets|6184"], WASTE, ["rh"], cap=2),
    # IT for the served activity
    T(["Tablettes pour les élèves des écoles élémentaires|2188", "Tableaux numériques interactifs des écoles|2188",
       "Vidéoprojecteurs des classes de l'école {ecole}|2188", "Classe mobile - école {ecole}|2188"], EDU, ["dsi"], ["212", "213"]),
    T(["Wifi public des parcs et places|2188", "Bornes wifi public en centre-ville|2188"], WIFI, ["dsi"]),
    T(["Ateliers d'inclusion numérique pour les seniors|611", "Médiation numérique - conseiller numérique|611"], INCL_NUM, ["dsi"]),
    # communication for an activity
    T(["Campagne de sensibilisation au tri des déchets|6231,611", "Impression du guide du tri|6236",
       "Affiches de la semaine de réduction des déchets|6236"], WASTE, ["com", "repro"], ["7211"]),
    T(["Campagne contre les violences faites aux femmes|6231", "Affiches du 25 novembre - violences faites aux femmes|6236"],
      VIOLENCE, ["com", "repro"], ["341"]),
    T(["Supports de la journée du 8 mars|6236"], GENDER, ["com", "repro"], ["341"], cap=2),
    T(["Impression du guide des aides sociales du CCAS|6236", "Dépliant du CCAS - aides aux familles|6236"], SOC, ["com", "repro"]),
    T(["Programme de la saison culturelle - impression|6236", "Affiches du festival d'été|6236"], CULT, ["com", "repro"], ["31"]),
    T(["Guide touristique - réédition|6236", "Plaquette de l'office de tourisme|6236"], ECO, ["com", "repro"], ["633"]),
    T(["Campagne Octobre rose - dépistage du cancer du sein|6231"], HEALTH, ["com"], ["41"], cap=2),
    T(["Magazine municipal en braille et en version audio|6236,611", "Sous-titrage des vidéos municipales pour les sourds|611"],
      ACCESS_INFO, ["com"]),
    T(["Exposition sur le plan climat - supports|6236"], CLIMATE, ["com"], ["71"], cap=2),
    # insurance of an identified facility, debt
    T(["Assurance dommages-ouvrage - groupe scolaire {ecole}|616", "Assurance dommages-ouvrage - crèche {lieu}|616"], SCH, ["jur"]),
    T(["Assurance de la flotte de bennes à ordures ménagères|616"], WASTE, ["jur", "parc"], cap=2),
    T(["Intérêts de la dette|66111", "Remboursement en capital des emprunts|1641", "Intérêts des emprunts - échéances {y}|66111",
       "Frais bancaires et commissions|627"], FIN, ["fin"]),
    T(["Cotisation à la centrale d'achat publique|6281", "Adhésion au groupement de commandes du centre de gestion|6281"], FIN,
      ["achats"], cap=3),
]


def purpose_gen():
    def gen():
        live = [t for t in TEMPLATES if t.used < t.cap]
        if not live:
            return None
        t = wpick([(t.w, t) for t in live])
        auth, field = pick_auth(t.fields)
        raw, nats = split_spec(pick(t.cores))
        core = fill(raw)
        tail = tail_text() if chance(0.3) else ""
        op = bool(nats) and nats[0][:1] == "2" and chance(0.12)
        lib = render(core, auth, tail, op)
        svc = service_cell(auth, field) if chance(0.9) else ""
        fcts = t.f + SUPPORT_FCT[field]
        chap, nat, fct = codes(t.lab, fcts, nats, 0.45)
        return t, (lib, chap, nat, fct, svc, t.lab)
    return gen


# --------------------------------------------------------------------------------------------
# checks and plan
# --------------------------------------------------------------------------------------------

def check_templates() -> None:
    """Every code an item or a template may write exists; the templates' fonctions agree."""
    errors = []
    for items in ITEMS.values():
        for core, _k in items:
            errors += [("nature", n, core) for n in split_spec(core)[1] if n not in NAT]
    for core in GEN_NS:
        errors += [("nature", n, core) for n in split_spec(core)[1] if n not in NAT]
    for fcts in SUPPORT_FCT.values():
        errors += [("fonction", f) for f in fcts if f not in FCT or not codes_agree(ADM, "", "", f)]
    for lab, fcts in NS.values():
        errors += [("ns fonction", f, lab) for f in fcts if f not in FCT or not codes_agree(lab, "", "", f)]
    for t in TEMPLATES:
        errors += [("fonction", f, t.lab) for f in t.f if f not in FCT or not codes_agree(t.lab, "", "", f)]
        for core in t.cores:
            errors += [("nature", n, core) for n in split_spec(core)[1] if n not in NAT]
            for n in split_spec(core)[1]:
                assert chapter_of_nature(n) or n.startswith("7"), n
    for e in errors:
        print("bad code:", e)
    assert not errors


PLAN = [  # (section, generator, rows to keep)
    ("1 generic lines under a support service", fn_gen(support_row), 160),
    ("2 generic lines under another service (the service decides)", fn_gen(nonsupport_row), 150),
    ("3 purpose named under a support service (the label decides)", purpose_gen(), 130),
]
GENERIC_OK = {"1 generic lines under a support service", "2 generic lines under another service (the service decides)"}


def main() -> None:
    check_templates()
    write_part(PLAN, OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES, GENERIC_OK)
    rows = written_rows(OUT)
    coded = sum(1 for r in rows if r["chapitre"] or r["nature"] or r["fonction"])
    mains = Counter(main_goal(r["labels"]) for r in rows)
    print(f"rows with M57 codes: {coded / len(rows):.1%}; goal 16 main: {mains[16] / len(rows):.1%}")


if __name__ == "__main__":
    main()
