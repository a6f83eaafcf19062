#!/usr/bin/env python3
"""Write part F of Verdir's labelled training corpus: intercommunalités and syndicats, small
and mid-size communes, operating-budget lines, overseas / mountain / coastal / rural specifics.

Styles this slice covers (the other slices have few of them):
  1. intercommunalités (communautés de communes et d'agglomération, métropoles) and syndicats:
     water and sanitation (SPANC, STEP, réseaux EU/EP), waste (collecte, déchèteries, TEOM,
     quais de transfert), public transport (réseau de bus, TAD, PEM), economic development
     (ZAE, pépinières, hôtels d'entreprises), tourism offices, GEMAPI, PLUi, habitat (PLH,
     OPAH, aides à la pierre), aires d'accueil des gens du voyage, piscines communautaires,
     conservatoires intercommunaux, fibre (THD), with the services as such authorities name
     them ("POLE ENVIRONNEMENT", "DIR. MOBILITES", "SERVICE DES EAUX", "DEV ECO");
  2. communes of 3,500 to 30,000 inhabitants: investment lines with operation codes
     ("OP 102 - ...", "Programme 2023-04 ...", "PROG. 2021/03 - ..."), purchases of equipment,
     festivities, financial transfers to other public bodies (attribution de compensation,
     FPIC, fonds de concours, contributions to multi-purpose syndicates and to the SDIS, debt:
     17), with chapitre / nature / fonction codes on most lines; about one line in seven writes
     its codes together with their label in the same cell ("21 - Immobilisations corporelles",
     "212 - Écoles primaires"), a form verdir/engine/codes.py reads (leading digits);
  3. operating-budget lines (chapitres 011, 012, 65, 66, 67): fluids, cleaning, maintenance
     contracts, insurance, rents, fees, staff costs by service (the service or fonction
     decides: ATSEM 4, crèche 4, espaces verts 15, administration 16), grants to associations
     of each field, school transport and canteen (4, with 2 second for food), CCAS grant (1);
  4. overseas, mountain and coastal specifics (cyclones and risks 13, beaches 14, snow roads
     11, sea walls 13/14), agricultural and rural lines (chemins ruraux 11, haies bocagères 15,
     circuits courts 2/12);
  5. upper case with abbreviations (TVX, ACQ, REHAB, REN., AMENAGT, EQUIPT, FONCT, INVEST,
     SUBV, PARTICIP, ENTRET) and cut labels, mixed case with or without accents, lower case,
     a few typos, and long deliberation titles ("Attribution d'une subvention d'équipement à
     l'association ... pour l'acquisition d'un minibus").

Labels follow shared/data/odd_codebook.md and the conventions of parts A to E (school roof
4:85;11:15, school insulation 4:50;7:50, sports building 3:85;11:15, city-hall energy
16:60;7:40, accessibility 10:70;11:30, roads 11:80;9:20, cycling 11:70;13:30, canteen food
4:70;2:30, organic / local food 2:60;4:40, repas des aînés 3:60;10:40, contributions to a
multi-purpose syndicate, the SDIS, attribution de compensation, FPIC, debt 17:100, and a
syndicate with one purpose (water, school) takes that purpose's goal). When a fonction, nature
or chapitre is written, the main goal of the label is the main goal of the code's M57 prior
(verdir/data/m57_*.csv, longest known prefix), except the SDIS contribution (6553 / 12, whose
prior says 16, labelled 17 as a contribution to another public body, as parts B and C do).
Lines that cannot agree with a code are written without it (school transport is not given
fonction 81, LED street lighting is not given fonction 512, conservatoires not 311).

All names of places, authorities, associations and persons are invented by combination.
Libellés already present in parts A to E (compared without case, accents or punctuation) are
skipped. A few generic libellés that only the fonction or service decides (staff costs,
fluids: "REMUNERATION PRINCIPALE", "ELECTRICITE") may come back inside this part, each time
with a fonction or service, never with a context another part uses.

Deterministic, stdlib only, no network:  python gen_part_f.py  ->  part_f.csv (same folder).
"""

from __future__ import annotations

import re

from generator_tools import (
    CHAP,
    FCT,
    NAT,
    L,
    chapter_of_nature,
    codes_agree,
    fn_gen,
    part_setup,
    write_part,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 606)
# The example lines quoted in the brief of this slice: the slice writes its own, never these.
BRIEF_EXAMPLES = ["OP 102 - ECOLE MATERNELLE - TOITURE", "Programme 2023-04 Voirie communale",
                  "ACQUISITION TONDEUSE AUTOPORTEE", "FETE DE LA MUSIQUE - SONORISATION", "REPAS DES AINES",
                  "SUBV. ASSOC. COMITE DES FETES", "CONTRIBUTION SDIS", "PARTICIPATION SYNDICAT SCOLAIRE",
                  "FONDS DE CONCOURS", "ATTRIBUTION DE COMPENSATION", "FPIC", "INTERETS EMPRUNTS",
                  "REMUNERATION ATSEM", "PERSONNEL CRECHE", "AGENTS ESPACES VERTS", "PERSONNEL ADMINISTRATIF",
                  "Attribution d'une subvention d'équipement à l'association X pour l'acquisition d'un minibus"]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

pick, wpick, chance, typo = draw.pick, draw.wpick, draw.chance, draw.typo


# --------------------------------------------------------------------------------------------
# M57 codes (tables and codes_agree shared in generator_tools)
# --------------------------------------------------------------------------------------------





def checked_row(lib: str, chap: str, nat: str, fct: str, svc: str, lab: str):
    """A generated row whose codes agree with its label; some code cells carry their label."""
    assert codes_agree(lab, chap, nat, fct), (lib, lab, nat, fct)
    if chance(0.14):
        chap = draw.code_cell("chap", chap) if chap else chap
        fct = draw.code_cell("fct", fct) if fct else fct
    return lib, chap, nat, fct, svc, lab


# --------------------------------------------------------------------------------------------
# invented names
# --------------------------------------------------------------------------------------------

TOWNS = ["Varennes-sur-Orbe", "Saint-Aubin-des-Prés", "Lussac-le-Haut", "Bréval", "Montlouvier", "Chazelles-Vieilles",
         "Roquemaure-d'Aval", "Sainte-Colombe-les-Vignes", "Puylaurier", "Vernouillet-le-Bourg", "Castelfranc",
         "Mesnil-Fleuri", "Pontarlis", "Saint-Jouan-la-Mer", "Ambérieu-le-Petit", "Labastide-Vieille",
         "Corbières-Hautes", "Neuvy-sur-Sarre", "Villemagne", "Haute-Ribière", "Saint-Géry-du-Lac", "Montferrier-Bas",
         "La Roche-Aymon", "Fontenelle-en-Brie", "Kerlouan-Vihan", "Plouzévet", "Trébas-les-Pins", "Aubiac",
         "Saint-Martin-d'Ardoise", "Belcastel-Neuf"]
EPCIS = ["communauté de communes du Pays de Sarzel", "communauté de communes Vallée de l'Orbe",
         "communauté d'agglomération Val d'Arzon", "communauté de communes des Hautes Combes",
         "communauté d'agglomération du Grand Mirebel", "communauté de communes Terres de Brenne-Sud",
         "métropole Rives de l'Aubre", "communauté de communes du Bocage Vert",
         "communauté d'agglomération Cœur de Lauragais-Est", "communauté de communes des Trois Vallons"]
EPCI_SHORT = ["CC PAYS DE SARZEL", "CCVO", "CA VAL D'ARZON", "CCHC", "AGGLO GRAND MIREBEL", "CC TERRES DE BRENNE SUD",
              "METROPOLE RIVES DE L'AUBRE", "CC BOCAGE VERT", "CA COEUR DE LAURAGAIS", "CC3V"]
RIVERS = ["de l'Orbe", "de la Sarzelle", "du Ruisseau des Moines", "de la Brévonne", "de l'Aubre", "du Lizon", "de la Vèze",
          "du Merdanson", "de la Gartempe-Haute", "de l'Arzon", "du Dourdou", "de la Sauldre Vive", "du Ruisseau de Malpas"]
ZAS = ["ZA des Grands Champs", "ZAE de la Croix Blanche", "ZA du Moulin Brûlé", "ZAE des Rochettes",
       "ZA de Bel Orme", "Parc d'activités des Vignes Hautes", "ZAE du Pré Salé", "ZA de la Gare aux Bœufs",
       "ZAE Actipôle Sud", "ZA des Tuileries", "Parc d'activités du Haut Mesnil", "ZAE de Malvoisine"]
HAMEAUX = ["Grange-Basse", "Bordeneuve", "Pont-Marot", "Croix-Rouge", "Vernes-Hautes", "Chantemerle", "Bastidette", "Sermoise",
           "Puech-Long", "Borie-Neuve", "Pradelles", "Kerhervé", "Rivière-Salée Haut", "Belle-Fontaine", "Fonds-Rouges", "Morne-Vert",
           "Plan-du-Lac", "Chaumont-Vieux", "Vialette", "Coat-Méal", "Lavaur-Haut", "Montbrun-Bas"]
NAMES = ["Jules Ferry", "Jean Moulin", "Marie Curie", "Victor Hugo", "Louis Pergaud", "Jean Jaurès", "Anne Frank",
         "Paul Bert", "Jacques Prévert", "Saint-Exupéry", "Pierre Loti", "Colette", "Lucie Aubrac", "Louise Michel",
         "Jean de La Fontaine", "Alphonse Daudet", "George Sand", "Marcel Pagnol", "Simone Veil", "Olympe de Gouges",
         "Germaine Tillion", "Rosa Parks", "Albert Camus", "Frédéric Mistral", "Aimé Césaire", "Joséphine Baker"]
LIEUX = ["des Tilleuls", "du Centre", "des Coteaux", "du Bourg", "de la Plaine", "des Sablons", "du Val",
         "des Prés", "de la Forge", "du Château", "des Charmilles", "de la Gare", "du Stade", "des Vignes",
         "des Lavandières", "du Moulin", "des Écoles", "de l'Orée", "des Peupliers", "de la Fontaine", "du Lavoir",
         "des Hauts", "de la Croix", "des Vergers", "des Bleuets"]
STREETS = ["rue de la République", "rue des Écoles", "avenue de la Gare", "route de Bréval", "chemin des Vignes",
           "rue du Stade", "impasse des Lilas", "rue Pasteur", "allée des Tilleuls", "rue du Moulin", "Grande Rue",
           "rue de l'Église", "chemin de {hameau}", "route départementale 12", "rue des Forges", "place du Marché",
           "rue Victor Hugo", "avenue du Général de Gaulle", "rue des Fontaines", "chemin du Lavoir", "RD 931",
           "VC n°{n}", "voie communale {n}", "chemin rural n°{n}", "rue Émile Zola", "rue des Peupliers"]
PLAGES = ["plage des Sablettes", "plage du Grand Crohot", "plage de Pors-Ruz", "plage de la Conche", "grande plage",
          "plage de l'Anse Caritan", "plage du Prêcheur", "plage des Dunes", "plage de Kerfany", "plage de l'Anse Figuier",
          "plage de la Roche Percée", "plage du Veillon"]
PERSONS = ["Mme Roux", "M. Delmas", "Mme Garnier", "M. Lafon", "Mme Pichon", "M. Barbier", "Mme Cordier"]


def fill(text: str) -> str:
    while "{" in text:
        m = re.search(r"\{(\w+)\}", text)
        k = m.group(1)
        v = {
            "town": lambda: pick(TOWNS),
            "epci": lambda: pick(EPCIS),
            "epcis": lambda: pick(EPCI_SHORT),
            "riv": lambda: pick(RIVERS),
            "za": lambda: pick(ZAS),
            "hameau": lambda: pick(HAMEAUX),
            "name": lambda: pick(NAMES),
            "lieu": lambda: pick(LIEUX),
            "rue": lambda: pick(STREETS),
            "plage": lambda: pick(PLAGES),
            "y": lambda: str(rng.randint(2016, 2026)),
            "n": lambda: str(rng.randint(1, 48)),
            "t": lambda: str(rng.randint(1, 6)),
            "pers": lambda: pick(PERSONS),
            "asso": lambda: pick(ASSO_NAMES),
        }[k]()
        text = text[:m.start()] + v + text[m.end():]
    return text


def opcode(upper: bool) -> str:
    y = rng.randint(2016, 2026)
    n = rng.randint(1, 40)
    o = rng.randint(10, 450)
    if upper:
        return wpick([(4, f"OP {o} - "), (3, f"PROG. {y}/{n:02d} - "), (2, f"OPE{o} "), (2, f"{y}-{n:02d} - "),
                      (2, f"OPERATION {o} : "), (1, f"PROGRAMME {y}-{n:02d} "), (1, f"OP.{o} ")])
    return wpick([(3, f"Programme {y}-{n:02d} "), (3, f"Op. {o} - "), (2, f"Opération {o} : "),
                   (1, f"Prog. {y}/{n:02d} - "), (1, f"OP {o} - ")])


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [  # (word in upper case, replacements)
    ("AMENAGEMENT", ["AMGT", "AMENAGT", "AMENAG."]), ("TRAVAUX", ["TVX", "TRX", "TRVX", "TVX"]),
    ("ACQUISITION", ["ACQ", "ACQ.", "ACQUIS."]), ("REHABILITATION", ["REHAB", "REHAB."]),
    ("EQUIPEMENTS", ["EQUIPTS", "EQPTS"]), ("EQUIPEMENT", ["EQUIPT", "EQPT"]), ("RENOVATION", ["REN.", "RENOV", "RENOV."]),
    ("RENOUVELLEMENT", ["RENOUV.", "RENOUVT"]), ("ENTRETIEN", ["ENTRET", "ENTRET.", "ENT."]),
    ("FONCTIONNEMENT", ["FONCT", "FONCT.", "FCT"]), ("INVESTISSEMENT", ["INVEST", "INVEST.", "INV."]),
    ("SUBVENTION", ["SUBV", "SUBV.", "SUBVENT."]), ("PARTICIPATION", ["PARTICIP", "PARTICIP.", "PART."]),
    ("ASSOCIATION", ["ASSOC.", "ASSO", "ASS."]), ("CONTRIBUTION", ["CONTRIB", "CONTRIB."]),
    ("MATERIEL", ["MAT.", "MATL"]), ("INSTALLATION", ["INSTALL.", "INSTAL."]), ("REFECTION", ["REFECT.", "REF."]),
    ("BATIMENTS", ["BATS", "BATIM."]), ("BATIMENT", ["BAT", "BATIM"]), ("ELEMENTAIRE", ["ELEM", "ELEM."]),
    ("MATERNELLE", ["MAT", "MATER"]), ("GROUPE SCOLAIRE", ["GS", "GR. SCOL."]), ("COMMUNAUTAIRE", ["COMMUNAUT.", "CTAIRE"]),
    ("INTERCOMMUNAL", ["INTERCO", "INTERCOM."]), ("INTERCOMMUNALE", ["INTERCO", "INTERCOM."]),
    ("ASSAINISSEMENT", ["ASST", "ASSAINIST", "ASSAIN."]), ("DECHETERIE", ["DECHET.", "DECHETT."]),
    ("REMUNERATION", ["REMU", "REMUN.", "REMUNER."]), ("PERSONNEL", ["PERS.", "PERSONN."]),
    ("COMMUNALE", ["COMM.", "COM."]), ("COMMUNAL", ["COMM.", "COM."]), ("COMMUNAUX", ["COMM.", "COM."]),
    ("MUNICIPAL", ["MUN.", "MUNIC."]), ("MUNICIPALE", ["MUN.", "MUNIC."]), ("MUNICIPAUX", ["MUN.", "MUNIC."]),
    ("ECLAIRAGE", ["ECL.", "ECLAIR."]), ("PUBLIC", ["PUB."]), ("REMPLACEMENT", ["REMPLACT", "REMPL."]),
    ("ELECTRICITE", ["ELEC", "ELECTR."]), ("MAINTENANCE", ["MAINT.", "MAINT"]), ("CONSTRUCTION", ["CONSTR", "CONST."]),
    ("EXTENSION", ["EXT", "EXTENS."]), ("ACCESSIBILITE", ["ACCESS.", "ACCESSIB."]), ("ETUDE", ["ET."]),
    ("DEVELOPPEMENT", ["DEV", "DEVPT", "DEVELOPPT"]), ("ECONOMIQUE", ["ECO", "ECO."]), ("CONVENTION", ["CONV.", "CONV"]),
    ("FOURNITURE", ["FOURN.", "FOURNIT."]), ("PROGRAMME", ["PROG.", "PRG"]), ("SALLE POLYVALENTE", ["SALLE POLYV.", "SPV"]),
]


def abbreviate(s: str, p: float = 0.4) -> str:
    return draw.abbreviate(s, ABBREV, p)


def render(core: str, tail: str = "", style: str | None = None, op: bool = False) -> str:
    """core holds the meaning, tail a place, year or name the export may cut."""
    return draw.render(core, tail, style, op, styles=[(55, "upper"), (33, "mixed"), (6, "mixed_noacc"), (6, "lower")],
                       typo_rates=(0.05, 0.06, 0.05), abbreviate=abbreviate, opcode=opcode)


# --------------------------------------------------------------------------------------------
# services as intercommunalités, syndicats and communes name them
# --------------------------------------------------------------------------------------------

SV = {
    "eau": ["SERVICE DES EAUX", "REGIE EAU ET ASSAINISSEMENT", "POLE EAU - ASSAINISSEMENT", "Service de l'eau potable",
            "DIR. CYCLE DE L'EAU", "SIAEP", "Régie des eaux communautaire", "EAU POTABLE - PRODUCTION"],
    "asst": ["SERVICE ASSAINISSEMENT", "REGIE ASSAINISSEMENT COLLECTIF", "Assainissement collectif",
             "POLE EAU - ASSAINISSEMENT", "SIA DES TROIS VALLONS", "EAUX USEES - STEP"],
    "spanc": ["SPANC", "Service public d'assainissement non collectif", "ASSAINISSEMENT NON COLLECTIF", "Pôle Eau - SPANC"],
    "ep": ["ASSAINISSEMENT - EAUX PLUVIALES", "Eaux pluviales", "POLE EAU - ASSAINISSEMENT", "GESTION DES EAUX PLUVIALES"],
    "dech": ["POLE ENVIRONNEMENT", "SERVICE DECHETS MENAGERS", "Collecte et valorisation des déchets", "SICTOM",
             "ENVIRONNEMENT - DECHETS", "Service Prévention des déchets", "DIR. GESTION DES DECHETS", "SMICTOM",
             "DECHETERIES COMMUNAUTAIRES"],
    "mob": ["DIR. MOBILITES", "SERVICE TRANSPORTS", "Pôle Mobilités", "MOBILITE - TRANSPORTS URBAINS",
            "Direction des mobilités", "AOM - RESEAU DE BUS", "TRANSPORTS ET DEPLACEMENTS"],
    "eco": ["DEV ECO", "DIRECTION DU DEVELOPPEMENT ECONOMIQUE", "Pôle Attractivité économique", "SERVICE ECONOMIE EMPLOI",
            "DEV. ECO - IMMOBILIER D'ENTREPRISES", "Développement économique", "DEVECO"],
    "tour": ["OFFICE DE TOURISME", "SERVICE TOURISME", "Pôle Tourisme et Attractivité", "OTI", "TOURISME - TAXE DE SEJOUR",
             "Office de tourisme intercommunal"],
    "gemapi": ["SERVICE GEMAPI", "Milieux aquatiques", "DIR. GRAND CYCLE DE L'EAU", "GEMAPI - RIVIERES",
               "Syndicat de bassin", "POLE ENVIRONNEMENT - GEMAPI"],
    "urba": ["SERVICE URBANISME", "PLANIFICATION - PLUI", "Aménagement du territoire", "POLE AMENAGEMENT",
             "SERVICE COMMUN ADS", "Urbanisme et foncier", "URBANISME"],
    "hab": ["SERVICE HABITAT", "Habitat - Logement", "POLE HABITAT", "DIR. HABITAT ET POLITIQUE DE LA VILLE",
            "HABITAT", "Service Habitat et Cadre de vie"],
    "gdv": ["ACCUEIL GENS DU VOYAGE", "SERVICE GENS DU VOYAGE", "Aires d'accueil", "COHESION SOCIALE - GDV"],
    "pisc": ["CENTRE AQUATIQUE", "PISCINE COMMUNAUTAIRE", "Equipements aquatiques", "CENTRE AQUATIQUE INTERCO",
             "SPORTS - PISCINES"],
    "cons": ["CONSERVATOIRE INTERCOMMUNAL", "ECOLE DE MUSIQUE INTERCOMMUNALE", "Enseignement artistique", "CRI",
             "CONSERVATOIRE", "École de musique et de danse"],
    "thd": ["AMENAGEMENT NUMERIQUE", "SERVICE NUMERIQUE", "Très haut débit", "THD - FIBRE", "Numérique et innovation"],
    "st": ["SERVICES TECHNIQUES", "SERVICE TECHNIQUE", "Services techniques", "ST - BATIMENTS", "CTM", "ATELIERS MUNICIPAUX",
           "Régie bâtiments"],
    "voirie": ["VOIRIE", "ST - VOIRIE", "Voirie et réseaux", "SERVICE VOIRIE", "VOIRIE COMMUNAUTAIRE",
               "Voirie - Travaux neufs"],
    "fin": ["FINANCES", "SERVICE FINANCIER", "Finances", "DIR. FINANCES", "COMPTABILITE", "Budget - Comptabilité",
            "FINANCES - DETTE", "Service des finances"],
    "adm": ["ADMINISTRATION GENERALE", "SECRETARIAT GENERAL", "Administration générale", "DGS", "ACCUEIL MAIRIE",
            "MOYENS GENERAUX", "Secrétariat de mairie"],
    "rh": ["RESSOURCES HUMAINES", "RH", "Service du personnel", "DRH", "Gestion du personnel"],
    "scol": ["SCOLAIRE", "AFFAIRES SCOLAIRES", "Service scolaire", "ENFANCE - SCOLAIRE", "Scolaire et périscolaire",
             "SERVICE EDUCATION"],
    "restau": ["RESTAURATION SCOLAIRE", "CANTINE", "Restauration municipale", "CUISINE CENTRALE", "Service Restauration"],
    "ej": ["ENFANCE JEUNESSE", "Service Enfance Jeunesse", "ALSH", "ACCUEIL DE LOISIRS", "Jeunesse", "PERISCOLAIRE"],
    "pe": ["PETITE ENFANCE", "Petite enfance", "MULTI-ACCUEIL", "CRECHE MUNICIPALE", "RELAIS PETITE ENFANCE"],
    "ev": ["ESPACES VERTS", "Espaces verts", "SERVICE ESPACES VERTS", "ST - ESPACES VERTS", "Parcs et jardins",
           "CADRE DE VIE - ESPACES VERTS"],
    "sport": ["SPORTS", "SERVICE DES SPORTS", "Sports et vie associative", "SPORTS - EQUIPEMENTS", "Service sports"],
    "cult": ["CULTURE", "SERVICE CULTUREL", "Culture et patrimoine", "AFFAIRES CULTURELLES", "Service culturel",
             "CULTURE - ANIMATION"],
    "media": ["MEDIATHEQUE", "Médiathèque", "BIBLIOTHEQUE", "Lecture publique", "RESEAU DES MEDIATHEQUES"],
    "fetes": ["FETES ET CEREMONIES", "Fêtes et cérémonies", "ANIMATION", "VIE LOCALE - FETES", "EVENEMENTIEL"],
    "asso": ["VIE ASSOCIATIVE", "Vie associative", "SUBVENTIONS ASSOCIATIONS", "ASSOCIATIONS", "Relations associations"],
    "ccas": ["CCAS", "CIAS", "ACTION SOCIALE", "Action sociale", "SOLIDARITES", "Social"],
    "seniors": ["SENIORS", "Service seniors", "CCAS - SENIORS", "AINES - ANIMATIONS", "RESIDENCE AUTONOMIE"],
    "sante": ["SANTE", "Maison de santé", "SANTE - PREVENTION", "CENTRE DE SANTE"],
    "police": ["POLICE MUNICIPALE", "Police municipale", "PM", "SECURITE - PREVENTION", "Tranquillité publique"],
    "cim": ["CIMETIERES", "Cimetière", "ETAT CIVIL - CIMETIERE", "SERVICE FUNERAIRE"],
    "ec": ["ETAT CIVIL", "Etat civil - Elections", "ELECTIONS", "Population - Etat civil", "FORMALITES ADMINISTRATIVES"],
    "eclair": ["ECLAIRAGE PUBLIC", "Eclairage public", "RESEAUX SECS - EP", "ST - ECLAIRAGE PUBLIC"],
    "energie": ["ENERGIE", "FLUIDES", "Conseil en énergie partagé", "TRANSITION ENERGETIQUE", "Energie - Fluides"],
    "env": ["ENVIRONNEMENT", "Environnement", "DEVELOPPEMENT DURABLE", "TRANSITION ECOLOGIQUE", "Biodiversité",
            "PCAET - CLIMAT"],
    "risques": ["PREVENTION DES RISQUES", "Risques majeurs", "PCS - RISQUES", "GESTION DE CRISE", "SERVICE RISQUES NATURELS"],
    "litt": ["LITTORAL", "Littoral et plages", "SERVICE PLAGES", "MER ET LITTORAL", "PORT ET PLAISANCE"],
    "mont": ["SERVICE STATION", "REGIE DES PISTES", "Station de montagne", "DOMAINE NORDIQUE", "VOIRIE - DENEIGEMENT"],
    "agri": ["AGRICULTURE", "Agriculture et alimentation", "PAT - ALIMENTATION", "FONCIER AGRICOLE", "Développement rural"],
    "egal": ["EGALITE FEMMES-HOMMES", "Egalité - Droits des femmes", "MISSION EGALITE", "Lutte contre les discriminations"],
    "jum": ["JUMELAGES", "Relations internationales", "COOPERATION DECENTRALISEE", "EUROPE ET INTERNATIONAL"],
    "pdv": ["POLITIQUE DE LA VILLE", "Cohésion sociale", "CONTRAT DE VILLE", "Quartiers prioritaires"],
    "handi": ["HANDICAP - ACCESSIBILITE", "Accessibilité", "MISSION HANDICAP", "ACCESSIBILITE PMR"],
    "num": ["INFORMATIQUE", "Service informatique", "SYSTEMES D'INFORMATION", "DSI MUTUALISEE", "Numérique"],
    "com": ["COMMUNICATION", "Communication", "SERVICE COMMUNICATION", "COMMUNICATION - PUBLICATIONS"],
    "insert": ["EMPLOI - INSERTION", "Insertion professionnelle", "CHANTIERS D'INSERTION", "MAISON DE L'EMPLOI"],
    "alim": ["ALIMENTATION DURABLE", "Projet alimentaire territorial", "AGRICULTURE URBAINE", "JARDINS FAMILIAUX"],
}


def service(dom: str) -> str:
    s = pick(SV[dom])
    r = rng.random()
    if r < 0.1 and len(s) > 20:
        s = s[:rng.randint(16, 22)].rstrip(" -.,'")
    elif r < 0.18:
        s = s.upper() if not s.isupper() else s
    return s


class T:
    """A template: core text(s), label, service domains, fonctions, natures (or chapitres)."""

    def __init__(self, cores, lab, doms=(), f=(), n=(), c=(), tail=None, pt=0.5, op=0.0, pc=None,
                 gen=False, exc=False, style=None):
        self.cores = cores if isinstance(cores, list) else [cores]
        self.lab, self.doms, self.f, self.n, self.c = lab, list(doms), list(f), list(n), list(c)
        self.tail = tail if (tail is None or isinstance(tail, list)) else [tail]
        self.pt, self.op, self.pc, self.gen, self.exc, self.style = pt, op, pc, gen, exc, style
        self.cap = max(3, min(7, 2 * len(self.cores) + (2 if self.tail else 0)))
        self.used = 0


def make(t: T, p_svc: float, p_codes: float):
    raw = pick(t.cores)
    nats = t.n
    if "|" in raw:  # a core may name its own natures: "Intérêts des emprunts|66111,66112"
        raw, spec = raw.split("|")
        nats = spec.split(",")
    core = fill(raw)
    tail = fill(pick(t.tail)) if t.tail and chance(t.pt) else ""
    lib = render(core, tail, style=t.style, op=chance(t.op))
    svc = service(pick(t.doms)) if t.doms and chance(p_svc) else ""
    chap = nat = fct = ""
    pc = p_codes if t.pc is None else t.pc
    if chance(pc):
        if t.f and chance(0.9):
            fct = pick(t.f)
        if nats and chance(0.85):
            nat = pick(nats)
            chap = chapter_of_nature(nat)
            if chance(0.1):
                chap = ""
        elif t.c:
            chap = pick(t.c)
    if t.gen and not (fct or svc):
        # a generic label is only written with the context that decides it
        if t.f:
            fct = pick(t.f)
        elif t.doms:
            svc = service(pick(t.doms))
    if not t.exc and not codes_agree(t.lab, chap, nat, fct):
        chap = nat = fct = ""
        if t.gen and t.doms:
            svc = service(pick(t.doms))
    if chance(0.14):
        chap = draw.code_cell("chap", chap) if chap in CHAP else chap
        fct = draw.code_cell("fct", fct) if fct in FCT and chance(0.8) else fct
        nat = draw.code_cell("nat", nat) if nat in NAT and chance(0.4) else nat
    return lib, chap, nat, fct, svc, t.lab


# --------------------------------------------------------------------------------------------
# 1. intercommunalités and syndicats
# --------------------------------------------------------------------------------------------

W = L(6, 100)
W_NET = L(6, 85, 11, 15)
W_EP = L(6, 70, 13, 30)
WASTE = L(12, 100)
WASTE_BLD = L(12, 80, 11, 20)
BUS = L(11, 80, 13, 20)
SOFT = L(11, 70, 13, 30)
ECO = L(8, 100)
ECO_ZAE = L(8, 80, 11, 20)
TOUR = L(8, 80, 11, 20)
FLOOD = L(13, 80, 11, 20)
RIVER = L(15, 60, 6, 40)
URBA = L(11, 100)
HAB = L(11, 80, 1, 20)
GDV = L(11, 60, 10, 40)
POOL = L(3, 85, 11, 15)
CONS_BLD = L(4, 85, 11, 15)
THD = L(9, 100)
INV_W = ["21531", "2315", "2313", "2031"]
INV_A = ["21532", "2315", "2313", "2031"]

INTERCO_T = [
    # water
    T(["Renouvellement réseau AEP {rue}", "Renforcement de la conduite d'adduction d'eau potable - {hameau}",
       "Remplacement des branchements plomb - secteur {hameau}", "Maillage réseau eau potable entre {town} et {hameau}"],
      W_NET, ["eau"], ["732"], ["21531", "2315"], tail=["{town}", "tranche {t}"], pt=0.4),
    T(["Réhabilitation du réservoir d'eau potable de {hameau}", "Château d'eau de {hameau} - étanchéité de la cuve",
       "Construction d'un réservoir semi-enterré", "Sécurisation des périmètres de protection du captage de {hameau}"],
      W, ["eau"], ["732"], ["2313", "21531", "2031"]),
    T(["Usine de production d'eau potable - traitement des pesticides", "Station de traitement de l'eau - filtration charbon actif",
       "Unité de déferrisation du forage de {hameau}", "Forage de {hameau} - équipement de la pompe immergée",
       "Télégestion des ouvrages d'eau potable", "Sectorisation et recherche de fuites du réseau d'eau|611"],
      W, ["eau"], ["732", "731"], ["2315", "2158"]),
    T(["Achat d'eau en gros au syndicat voisin|611", "Analyses réglementaires de l'eau potable (ARS)|611",
       "Redevance prélèvement agence de l'eau|637", "Compteurs d'eau - renouvellement et radio-relève|2158",
       "Schéma directeur d'alimentation en eau potable|2031", "Étude patrimoniale des réseaux d'eau potable|2031"],
      W, ["eau"], ["732"], ["611", "617", "2031", "2158"], tail=["{y}"], pt=0.4),
    # sanitation
    T(["STEP de {town} - réhabilitation de la filière boues", "Construction d'une station d'épuration de type filtres plantés de roseaux",
       "Station d'épuration de {hameau} - mise aux normes", "STEP - remplacement du dégrilleur et de l'aérateur",
       "Extension de la STEP intercommunale de {town}", "Lagunage de {hameau} - curage des bassins"],
      W, ["asst"], ["733"], ["2313", "2315", "21532"], tail=["{y}"], pt=0.3),
    T(["Réseau EU {rue} - mise en séparatif", "Extension du réseau d'eaux usées - {hameau}", "Réhabilitation collecteur EU par chemisage",
       "Poste de refoulement de {hameau} - renouvellement des pompes", "Raccordement du hameau de {hameau} au réseau d'assainissement",
       "Diagnostic et inspection télévisée des réseaux EU"],
      W_NET, ["asst"], ["733"], ["21532", "2315", "2031"], tail=["{town}"], pt=0.35),
    T(["Contrôles de bon fonctionnement SPANC|611", "SPANC - contrôles de conception et de réalisation|611",
       "SPANC - diagnostics vente des installations|611", "Aides à la réhabilitation des assainissements non collectifs|20422",
       "Vidanges des fosses septiques - convention SPANC|611", "SPANC - logiciel de suivi des installations|611"],
      W, ["spanc"], ["733"], ["611", "6042", "20422"], tail=["{y}", "campagne {y}"], pt=0.45),
    T(["Épandage agricole des boues de la STEP|611", "Évacuation et traitement des boues d'épuration|611",
       "Autosurveillance des stations d'épuration|611", "Réactifs de traitement STEP|60624", "Électricité des postes de relèvement|60612"],
      W, ["asst"], ["733"], ["611", "60624", "60612"], tail=["{town}", "{y}"], pt=0.35),
    T(["Réseau EP {rue}", "Création d'un bassin de rétention des eaux pluviales - {hameau}",
       "Noues d'infiltration des eaux pluviales - {za}", "Schéma directeur de gestion des eaux pluviales",
       "Déconnexion des eaux pluviales du réseau unitaire", "Renouvellement des avaloirs et grilles EP"],
      W_EP, ["ep", "voirie"], ["734"], ["2315", "21532", "2031"], tail=["{town}"], pt=0.3),
    # waste
    T(["Collecte des ordures ménagères en porte-à-porte", "Marché de collecte des emballages et papiers",
       "Collecte des points d'apport volontaire verre", "Collecte des biodéchets - secteur {town}",
       "Prestation de collecte en conteneurs enterrés", "Collecte des encombrants sur rendez-vous"],
      WASTE, ["dech"], ["7212", "721"], ["611", "6042"], tail=["{y}", "lot {t}"], pt=0.4),
    T(["Déchèterie de {town} - extension et mise aux normes", "Construction d'une nouvelle déchèterie à {hameau}",
       "Déchèterie - création d'une zone de réemploi", "Quai de transfert des ordures ménagères - réhabilitation",
       "Quai de transfert de {town} - couverture et pont-bascule", "Déchèterie - garde-corps et quais de déchargement"],
      WASTE_BLD, ["dech"], ["721", "7213"], ["2313", "2315", "2188"], tail=["{y}"], pt=0.25),
    T(["Gardiennage des déchèteries", "Rotation des bennes en déchèterie - bois et gravats", "Traitement des déchets verts par compostage",
       "Tri des collectes sélectives au centre de tri", "Enfouissement des refus de tri - TGAP", "Traitement des DEEE et déchets dangereux",
       "Transport des OM du quai de transfert à l'incinérateur"],
      WASTE, ["dech"], ["7213", "721"], ["611", "6042"], tail=["{y}", "marché {y}"], pt=0.4),
    T(["Bacs roulants OM et tri sélectif", "Colonnes d'apport volontaire aériennes", "Conteneurs enterrés {rue}",
       "Composteurs individuels distribués aux habitants|2188", "Benne à ordures ménagères 19 t|2182",
       "Puçage des bacs - redevance incitative|2158", "Lève-conteneurs et benne bi-compartimentée|2182"],
      WASTE, ["dech"], ["7212", "721"], ["2158", "2188", "2182"], tail=["{town}", "{y}"], pt=0.35),
    T(["Programme local de prévention des déchets|611", "Ambassadeurs du tri - animations scolaires|611", "Broyage des végétaux à domicile|611",
       "Redevance spéciale des professionnels - facturation|611", "Étude de passage à la tarification incitative|617",
       "Ressourcerie - convention d'objectifs|6574"],
      WASTE, ["dech"], ["7211", "721"], ["611", "6574", "617"], tail=["{y}"], pt=0.3),
    T(["Produit de la TEOM|73133", "TEOM - taxe d'enlèvement des ordures ménagères|73133",
       "REOM - redevance d'enlèvement des ordures ménagères|7061", "Redevance incitative - produit|7061"],
      L(12, 80, 11, 20), ["dech", "fin"], [], ["73133", "7061"], tail=["{y}", "exercice {y}"], pt=0.6, pc=0.6),
    T(["Participation au SICTOM - traitement des ordures ménagères", "Contribution au syndicat de traitement des déchets",
       "Cotisation au syndicat mixte de collecte et de traitement"],
      L(12, 80, 17, 20), ["dech", "fin"], ["721"], ["6558"], tail=["{y}"], pt=0.5),
    # transport
    T(["Réseau de bus urbain - contribution à la DSP", "Délégation de service public du réseau de bus - compensation",
       "Lignes régulières de bus - marché d'exploitation", "Navettes urbaines gratuites", "Abonnements scolaires au réseau urbain - compensation tarifaire"],
      BUS, ["mob"], ["821", "82"], ["611", "6042"], tail=["{y}", "avenant {n}"], pt=0.4),
    T(["Transport à la demande - zone {town}", "TAD - service de réservation et exploitation", "Service de transport à la demande des seniors",
       "TAD zonal vers la gare de {town}"],
      L(11, 80, 10, 20), ["mob"], ["821", "828"], ["611"], tail=["{y}"], pt=0.4),
    T(["Pôle d'échanges multimodal de la gare de {town}", "PEM - parvis et gare routière", "PEM de {town} - abris vélos sécurisés",
       "Aire de covoiturage de {hameau}", "Parking relais du PEM"],
      L(11, 70, 13, 30), ["mob"], ["86"], ["2313", "2151", "2031"], tail=["tranche {t}", "{y}"], pt=0.3),
    T(["Mise en accessibilité des arrêts de bus|2151", "Quais bus rehaussés pour les fauteuils roulants|2151"],
      L(11, 60, 10, 40), ["mob"], ["821"], [], tail=["{y}"], pt=0.3),
    T(["Abribus et quais bus|2152", "Bus électriques - acquisition|2182",
       "Bus GNV pour le réseau urbain|2182", "Billettique et information voyageurs en temps réel|2188", "Dépôt de bus - extension|2313"],
      BUS, ["mob"], ["821"], ["2157", "2182", "2313", "2188"], tail=["{y}"], pt=0.3),
    T(["Location longue durée de vélos à assistance électrique|611", "Schéma directeur cyclable intercommunal|2031",
       "Véloroute entre {town} et {hameau}|2151", "Voie verte de l'ancienne voie ferrée - tronçon {n}|2151"],
      SOFT, ["mob"], ["87"], ["2151", "2031", "611"], tail=["{y}"], pt=0.3),
    T(["Versement mobilité", "Produit du versement mobilité"], BUS, ["mob", "fin"], [], ["7315"], tail=["{y}"], pt=0.6, pc=0.5),
    # economic development
    T(["Aménagement de la {za} - voirie et réseaux", "Extension de la {za} - tranche {t}", "Viabilisation des lots de la {za}",
       "Requalification de la {za}", "Acquisition foncière - extension {za}|2111", "Signalétique des zones d'activités|2188"],
      ECO_ZAE, ["eco"], ["61", "632"], ["2313", "2315", "2031"], tail=["{y}"], pt=0.3),
    T(["Pépinière d'entreprises de {town} - aménagement des ateliers", "Hôtel d'entreprises - construction de cellules artisanales",
       "Pépinière d'entreprises - animation et accompagnement|611", "Hôtel d'entreprises de la {za} - charges de copropriété|614",
       "Ateliers relais - réfection des couvertures", "Village d'artisans de {hameau}"],
      ECO, ["eco"], ["61", "632", "62"], ["2313", "611", "614", "21318"], tail=["{y}"], pt=0.25),
    T(["Aides à l'immobilier d'entreprise|20422", "Fonds d'aide aux commerces de proximité|20422,65742",
       "Prêts d'honneur - abondement plateforme Initiative|6574", "Subvention aux artisans pour la modernisation des vitrines|20422",
       "Aide à l'installation des commerces en centre-bourg|65742", "Salon des entreprises du territoire|6233",
       "Manager de commerce - cofinancement|611"],
      ECO, ["eco"], ["632", "61", "62"], ["20422", "6574", "65742", "611"], tail=["{y}", "session {y}"], pt=0.35),
    T(["Schéma de développement économique communautaire", "Observatoire économique et de l'emploi",
       "Adhésion à l'agence de développement économique départementale|65748"],
      ECO, ["eco"], ["60", "62"], ["617", "611"], tail=["{y}"], pt=0.3),
    # tourism
    T(["Office de tourisme intercommunal - subvention de fonctionnement|65738,6574", "Subvention à l'EPIC office de tourisme|65738",
       "Reversement de la taxe de séjour à l'office de tourisme|65738", "Bureau d'information touristique de {town} - aménagement|2313",
       "Signalétique touristique des sentiers de randonnée|2188", "Balisage des circuits de randonnée (PDIPR)|611",
       "Camping intercommunal de {hameau} - sanitaires|2313"],
      TOUR, ["tour"], ["633"], ["6574", "65738", "2313", "2188"], tail=["{y}"], pt=0.3),
    T(["Taxe de séjour - plateforme de déclaration|611", "Éditions touristiques - guide des hébergements|6236",
       "Salon du tourisme - stand de la destination|6233", "Promotion touristique de la destination {town}|6231"],
      L(8, 100), ["tour"], ["633", "64"], ["611", "6231", "6233"], tail=["{y}"], pt=0.35),
    # GEMAPI
    T(["GEMAPI - confortement de la digue de {town}", "Système d'endiguement {riv} - études de danger",
       "Protection contre les crues {riv} à {town}", "Programme d'actions de prévention des inondations (PAPI)|2031",
       "Bassin d'écrêtement des crues de {hameau}|2313", "Surveillance des digues en période de crue|611"],
      FLOOD, ["gemapi"], ["735"], ["2313", "2031", "611"], tail=["{y}", "tranche {t}"], pt=0.3),
    T(["Restauration de la continuité écologique {riv}", "Renaturation du lit {riv} à {hameau}",
       "Effacement du seuil du moulin de {hameau}", "Restauration des zones humides de {hameau}",
       "Entretien de la ripisylve {riv}|611", "Plan pluriannuel de gestion des cours d'eau|2031"],
      RIVER, ["gemapi"], ["76"], ["2313", "611", "2031"], tail=["{y}"], pt=0.3),
    T(["Taxe GEMAPI", "Produit de la taxe GEMAPI", "Contribution GEMAPI à l'EPTB", "Cotisation au syndicat de bassin versant {riv}"],
      L(13, 60, 6, 40), ["gemapi", "fin"], [], [], tail=["{y}"], pt=0.5),
    # PLUi, planning
    T(["Élaboration du PLUi", "PLUi - modification simplifiée n°{n}", "Révision allégée du PLUi", "PLUi-H - études et concertation",
       "SCoT - contribution au syndicat mixte|6558", "Règlement local de publicité intercommunal", "Évaluation environnementale du PLUi"],
      URBA, ["urba"], ["51", "50"], ["202"], tail=["{y}"], pt=0.35),
    T(["Service commun d'instruction des autorisations d'urbanisme|611", "Logiciel d'instruction du droit des sols|611",
       "Plan de numérisation des documents d'urbanisme|617", "Convention EPF - portage foncier {town}|611"],
      URBA, ["urba"], ["51", "581"], ["611", "2111", "617"], tail=["{y}"], pt=0.3),
    # habitat
    T(["OPAH - suivi-animation|611", "OPAH-RU du centre ancien de {town}|611,20422", "Programme local de l'habitat - observatoire|617",
       "Aides à la pierre - logements sociaux|20422", "Subvention pour la production de logements locatifs sociaux|20422",
       "Aide à l'accession sociale à la propriété|20422"],
      HAB, ["hab"], ["55", "552", "555"], ["611", "20422", "2042"], tail=["{y}", "{town}"], pt=0.35),
    T(["PLH - bilan triennal|617", "Programme local de l'habitat - élaboration|617",
       "Lutte contre l'habitat indigne - permis de louer|611", "Opération façades du centre-bourg de {town}|20422"],
      URBA, ["hab"], ["55"], ["617", "611", "20422"], tail=["{y}"], pt=0.3),
    T(["Aides à la rénovation énergétique des logements privés", "Plateforme de rénovation énergétique de l'habitat",
       "Espace conseil France Rénov' - permanences"],
      L(7, 60, 11, 40), ["hab"], ["758"], ["20422", "611"], tail=["{y}"], pt=0.35),
    # travellers
    T(["Aire d'accueil des gens du voyage de {town} - réhabilitation des blocs sanitaires|2313",
       "Aire de grand passage - aménagement|2313", "Aire d'accueil des gens du voyage - gestion déléguée|611",
       "Aire d'accueil - compteurs prépayés eau et électricité|2158", "Terrain familial locatif à {hameau}|2313"],
      GDV, ["gdv", "hab"], ["554"], ["2313", "611", "2135"], tail=["{y}"], pt=0.3),
    T(["Médiation et accompagnement social des gens du voyage", "Scolarisation des enfants du voyage - médiateur"],
      L(10, 70, 1, 30), ["gdv"], [], ["6574"], tail=["{y}"], pt=0.3),
    # swimming pools
    T(["Piscine communautaire de {town} - remplacement du traitement d'eau", "Centre aquatique intercommunal - bassin nordique",
       "Piscine intercommunale - vestiaires et douches", "Centre aquatique - toboggan et pentagliss",
       "Piscine communautaire - étanchéité des plages", "Construction du centre aquatique communautaire"],
      POOL, ["pisc"], ["323"], ["2313", "2135"], tail=["{y}"], pt=0.3),
    T(["Piscine communautaire - délégation de service public|611", "Centre aquatique - produits de traitement de l'eau|60624",
       "Apprentissage de la natation des scolaires - centre aquatique|611", "Piscine - maîtres-nageurs saisonniers|64131"],
      L(3, 100), ["pisc"], ["323"], ["611", "60624", "64131"], tail=["{y}"], pt=0.3),
    T(["Centre aquatique - pompe à chaleur sur eaux grises", "Piscine communautaire - couverture thermique des bassins",
       "Centre aquatique - récupération de chaleur et solaire thermique"],
      L(3, 50, 7, 50), ["pisc"], ["323"], ["2135", "2313"], tail=["{y}"], pt=0.3),
    # conservatories
    T(["Conservatoire intercommunal - réhabilitation des salles de cours", "École de musique intercommunale - isolation acoustique",
       "Conservatoire à rayonnement intercommunal - auditorium", "Antenne du conservatoire à {town} - aménagement"],
      CONS_BLD, ["cons"], [], ["2313", "2135"], tail=["{y}"], pt=0.3),
    T(["Conservatoire intercommunal - instruments de musique|2188", "Conservatoire - partitions et petit matériel pédagogique|6065",
       "Interventions musicales en milieu scolaire (dumistes)|611", "Orchestre à l'école - {town}|611",
       "Conservatoire - cours de danse, location de salle|6132"],
      L(4, 100), ["cons"], [], ["2188", "6065", "611", "6132"], tail=["{y}"], pt=0.3),
    # fibre
    T(["Participation au déploiement de la fibre optique (FTTH)|20415,2041", "Très haut débit - participation au syndicat mixte numérique|6558,20415",
       "Montée en débit - armoires de rue de {hameau}|21533", "Raccordement fibre des zones d'activités|21533",
       "THD - fonds de concours au Département|20413", "Réseau d'initiative publique fibre - tranche {t}|20415"],
      THD, ["thd"], ["57"], ["20415", "2041", "21533", "6558"], tail=["{y}"], pt=0.3),
    T(["Couverture mobile - pylône de {hameau}|21533", "Résorption des zones blanches de téléphonie mobile|20415", "Wifi public dans les centres-bourgs|2188"],
      THD, ["thd"], ["57"], ["21533", "2188"], tail=["{y}"], pt=0.3),
]

INTERCO_GENERIC = [  # generic service lines of intercommunalités, the service says what they are for
    T(["Carburant des véhicules de collecte", "Pneumatiques bennes à ordures", "Entretien du matériel roulant de collecte"],
      WASTE, ["dech"], ["7212"], ["60622", "61551"], pt=0.0, pc=0.6),
    T(["Électricité des stations de pompage", "Réparation des fuites sur réseau", "Location de compresseur - interventions réseau"],
      W, ["eau"], ["732"], ["60612", "615", "6135"], pt=0.0, pc=0.6),
]


# --------------------------------------------------------------------------------------------
# 2. small and mid-size communes: investment programmes, purchases, festivities, transfers
# --------------------------------------------------------------------------------------------

SCH = L(4, 85, 11, 15)
SCH_NRJ = L(4, 50, 7, 50)
SCH_PMR = L(4, 50, 10, 50)
SPORT_BLD = L(3, 85, 11, 15)
ROAD = L(11, 80, 9, 20)
ADM_BLD = L(16, 85, 11, 15)
ADM_NRJ = L(16, 60, 7, 40)
PMR = L(10, 70, 11, 30)
GREEN = L(15, 70, 11, 30)
CULT = L(11, 100)
FIN = L(17, 100)
ADM = L(16, 100)

COMMUNE_T = [
    # schools
    T(["école maternelle {name} - toiture", "école maternelle {lieu} - réfection de la couverture", "groupe scolaire {name} - menuiseries extérieures",
       "école élémentaire {lieu} - réfection des sanitaires", "école primaire {name} - peinture des classes",
       "groupe scolaire {lieu} - extension du restaurant scolaire", "école {name} - création d'une classe supplémentaire",
       "école élémentaire {name} - remplacement du sol souple de la cour"],
      SCH, ["st", "scol"], ["211", "212", "213"], ["21312", "2313", "2135"], op=0.55),
    T(["école élémentaire {name} - isolation des combles", "groupe scolaire {lieu} - remplacement de la chaudière fioul par une pompe à chaleur",
       "école maternelle {lieu} - isolation thermique par l'extérieur", "école {name} - changement des fenêtres simple vitrage"],
      SCH_NRJ, ["st", "scol"], ["211", "212"], ["21312", "2313"], op=0.5),
    T(["école {name} - mise en accessibilité PMR", "groupe scolaire {lieu} - ascenseur et rampe d'accès"],
      SCH_PMR, ["st", "scol"], ["212"], ["21312", "2135"], op=0.5),
    T(["Tableaux numériques interactifs - écoles|2188", "Équipement numérique des écoles (plan numérique)|2188",
       "Classes mobiles tablettes - école {name}|2188", "Mobilier scolaire - école {lieu}|2184", "Jeux de cour - école maternelle {name}|2188",
       "Lave-vaisselle du restaurant scolaire {lieu}|2188"],
      L(4, 100), ["scol"], ["211", "212"], [], op=0.35),
    # sports
    T(["stade {lieu} - éclairage du terrain d'honneur", "gymnase {name} - réfection de la toiture", "vestiaires du stade {lieu} - rénovation",
       "terrain de football synthétique {lieu}|2128,2313", "court de tennis couvert - remplacement de la bâche", "city-stade du quartier {lieu}|2128",
       "salle des sports {lieu} - sol sportif", "boulodrome couvert {lieu}", "skate-park {lieu}|2128"],
      SPORT_BLD, ["st", "sport"], ["321", "322", "325"], ["2313", "2135"], op=0.5),
    T(["ACQUISITION TONDEUSE HELICOIDALE STADE", "Traceuse de lignes pour terrains de sport", "Buts de football rabattables",
       "Matériel de gymnastique - salle des sports", "Filets pare-ballons stade {lieu}"],
      L(3, 100), ["sport"], ["322", "321"], ["2188", "2158"], op=0.3),
    # roads
    T(["voirie communale", "réfection de la voirie {rue}", "enrobés {rue}", "programme de voirie - {hameau}",
       "renforcement de chaussée {rue}", "trottoirs {rue}", "aménagement de sécurité - plateau ralentisseur {rue}",
       "reprise des accotements - chemins communaux", "enfouissement des réseaux {rue}|2315", "pont de {hameau} - confortement|2151"],
      ROAD, ["voirie", "st"], ["845", "84", "847"], ["2151", "2315", "2152"], tail=["{y}", "tranche {t}"], pt=0.3, op=0.6),
    T(["Point-à-temps - voirie communale|615231", "Emplois partiels et purges de chaussée|615231", "Marquage au sol|615231",
       "Signalisation verticale - panneaux|60633", "Sel de déneigement|60633", "Entretien des fossés et curage|615231"],
      ROAD, ["voirie"], ["845", "847"], ["615231", "60633"], tail=["{y}"], pt=0.4),
    T(["Parking de la salle polyvalente", "Parking {rue} - création de 20 places", "Parking de la gare - réfection"],
      L(11, 100), ["voirie", "st"], ["848"], ["2151", "2315"], op=0.4),
    # city hall, admin
    T(["mairie - réaménagement de l'accueil", "mairie - réfection de la salle du conseil", "mairie annexe de {hameau} - ravalement",
       "hôtel de ville - rénovation des bureaux du 1er étage"],
      ADM_BLD, ["st", "adm"], ["020", "022"], ["21311", "2313", "2135"], op=0.5),
    T(["mairie - isolation et remplacement des menuiseries", "hôtel de ville - relamping LED et GTB", "mairie - pompe à chaleur"],
      ADM_NRJ, ["st", "adm"], ["020"], ["21311", "2313"], op=0.5),
    T(["mairie - mise en accessibilité de l'entrée", "Ad'AP - mise en accessibilité des ERP communaux - tranche {t}",
       "salle polyvalente - sanitaires PMR", "église - rampe d'accès PMR"],
      PMR, ["st", "handi"], [], ["2135", "2313"], op=0.5),
    T(["Logiciel de gestion financière et RH|2051", "Renouvellement des postes informatiques de la mairie|2183",
       "Serveur et sauvegarde de la mairie|2183", "Mairie - remplacement du standard téléphonique|2185"],
      L(16, 70, 9, 30), ["adm", "num"], ["020"], [], op=0.3),
    T(["Photocopieur multifonction de la mairie|2188", "Mobilier de bureau - accueil mairie|2184", "Armoires ignifuges des archives|2184"],
      ADM, ["adm"], ["020"], [], op=0.3),
    # technical services
    T(["ACQUISITION TONDEUSE AUTOPORTEE - ESPACES VERTS", "Acquisition d'une tondeuse autoportée à ramassage", "débroussailleuses et souffleurs électriques",
       "broyeur de végétaux", "désherbeur thermique - zéro phyto", "épareuse pour l'entretien des accotements enherbés"],
      L(15, 100), ["ev"], ["511"], ["2158", "2188"], op=0.3),
    T(["Plantation d'arbres {rue}|2121", "Aménagement paysager du rond-point {lieu}|2128", "Création d'un verger communal {lieu}|2121",
       "Parc {lieu} - renouvellement des jeux et des massifs|2128", "Fleurissement - massifs vivaces|2121", "Arrosage automatique des massifs|2128"],
      GREEN, ["ev"], ["511"], ["2121", "2128", "2312"], op=0.4),
    T(["Camion benne - services techniques|2182", "Véhicule utilitaire électrique - services techniques|2182",
       "Tracteur et chargeur frontal - ateliers|2182", "Outillage de l'atelier municipal|2158", "Centre technique municipal - réfection de la toiture|2313"],
      ADM, ["st"], ["020"], ["2182", "2158", "2313"], op=0.3),
    # lighting
    T(["Éclairage public - extension {rue}", "Candélabres {rue}", "Éclairage public - remplacement des armoires de commande",
       "Éclairage public - mise en sécurité des mâts"],
      L(11, 60, 7, 40), ["eclair"], ["512"], ["2152", "2315"], op=0.4),
    T(["Éclairage public - passage en LED des lanternes", "Rénovation de l'éclairage public en LED - {hameau}",
       "Extinction nocturne - horloges astronomiques", "Participation au syndicat d'énergie - rénovation LED de l'éclairage"],
      L(7, 70, 11, 30), ["eclair", "energie"], ["758"], ["21534", "20415"], op=0.3),
    # culture, heritage, festivities
    T(["église Saint-{name} - restauration du clocher", "église - mise en sécurité du beffroi", "lavoir de {hameau} - restauration",
       "salle des fêtes - réfection de la scène", "salle polyvalente - remplacement du plafond", "chapelle de {hameau} - toiture",
       "monument aux morts - nettoyage et gravure", "halle du marché - charpente"],
      CULT, ["st", "cult"], ["312", "311", "024"], ["2313", "21318", "2135"], op=0.5),
    T(["FETE DE LA MUSIQUE - SCENE ET TECHNICIENS|6232,611", "Fête nationale - feu d'artifice|6232", "Marché de Noël - chalets et animations|6232",
       "Fête patronale - manège et bal|6232", "Cérémonies du 11 novembre - gerbes|6232", "Vœux du maire - réception|6232",
       "Sonorisation portable - fêtes et cérémonies|2188", "Podium mobile pour les manifestations|2188", "Illuminations de Noël - location et pose|6135",
       "Fête de la musique - sonorisation et éclairage scénique|611"],
      L(11, 80, 16, 20), ["fetes", "cult"], ["024"], [], tail=["{y}"], pt=0.35),
    T(["Festival d'été - cachets des artistes", "Concerts du kiosque - programmation estivale", "Fête du livre - auteurs invités"],
      CULT, ["cult", "fetes"], ["311"], ["611", "6232"], tail=["{y}"], pt=0.35),
    T(["Saison culturelle - spectacles", "Exposition estivale - salle des fêtes", "Cinéma de plein air", "Résidence d'artistes - convention"],
      CULT, ["cult"], ["311", "316"], ["611", "6232"], tail=["{y}"], pt=0.3),
    T(["Médiathèque - acquisition de livres|6065", "Médiathèque - abonnements périodiques|6065",
       "Bibliothèque municipale - mobilier jeunesse|2184", "Médiathèque - fonds DVD et jeux|6065"],
      L(4, 60, 11, 40), ["media"], ["313"], ["6065", "2188", "2184"], tail=["{y}"], pt=0.3),
    # cemetery
    T(["cimetière - reprise des concessions abandonnées", "cimetière - columbarium", "cimetière - jardin du souvenir",
       "cimetière - allées enherbées", "ossuaire communal"],
      L(11, 100), ["cim", "st"], ["025"], ["2116", "21316", "2313"], op=0.35),
    # security
    T(["Vidéoprotection - extension des caméras|2188", "Police municipale - gilets pare-balles|2188",
       "Police municipale - véhicule sérigraphié|2182", "Police municipale - terminaux de verbalisation électronique|2188"],
      ADM, ["police", "st"], ["11"], ["2188", "2182", "2158"], op=0.2),
    T(["Défense extérieure contre l'incendie - citerne souple de {hameau}", "Poteaux incendie - renouvellement"],
      L(16, 70, 13, 30), ["st"], ["12"], ["2156", "2158"], op=0.2),
    # financial transfers
    T(["Attribution de compensation versée à la {epci}|739211", "Attribution de compensation - révision libre|739211",
       "AC versée à l'EPCI|739211", "Attribution de compensation d'investissement|2046"],
      FIN, ["fin"], ["01"], ["739211", "2046"], tail=["{y}"], pt=0.5, pc=0.85),
    T(["FPIC - prélèvement", "Fonds national de péréquation des ressources intercommunales et communales", "Reversement FPIC",
       "Prélèvement FNGIR"],
      FIN, ["fin"], ["01"], ["739223", "739221"], tail=["{y}"], pt=0.5, pc=0.85),
    T(["Fonds de concours à la {epci}", "Fonds de concours versé à l'EPCI - voirie d'intérêt communautaire", "Fonds de concours - {epcis}"],
      FIN, ["fin"], ["01"], ["2041", "20415"], tail=["{y}"], pt=0.5, pc=0.8),
    T(["Intérêts des emprunts|66111", "Intérêts emprunts - échéances|66111", "Intérêts courus non échus|66112",
       "Intérêts de la ligne de trésorerie|6615", "Remboursement du capital des emprunts|1641", "Emprunt Caisse des dépôts - capital|1641",
       "Frais de dossier emprunt|6688", "Indemnité de remboursement anticipé|668"],
      FIN, ["fin"], ["01"], ["66111", "66112", "6615", "1641", "6688", "668"], tail=["{y}", "prêt n°{n}"], pt=0.5, pc=0.9),
    T(["Intérêts emprunt groupe scolaire {name}|66111", "Intérêts du prêt relais FCTVA|66111", "Intérêts emprunt salle des sports|66111",
       "Échéance {y} - intérêts prêt n°{n}|66111", "Intérêts des emprunts à taux variable|66111", "Capital emprunt Banque des Territoires n°{n}|1641",
       "Remboursement des cautions reçues|165", "Renégociation de la dette - frais|6688"],
      FIN, ["fin"], ["01"], [], pt=0.0, pc=0.9),
    T(["Contribution au service départemental d'incendie et de secours", "Contribution obligatoire SDIS", "Contingent incendie - SDIS"],
      FIN, ["fin"], ["12"], ["6553"], tail=["{y}"], pt=0.5, pc=0.7, exc=True),
    T(["Participation au syndicat intercommunal à vocation multiple|6558", "Participation SIVOM|6558",
       "Cotisation au syndicat mixte du Pays de {town}|6558",
       "Contribution au centre de gestion - missions facultatives|6281"],
      FIN, ["fin"], ["01"], ["6558", "6281"], tail=["{y}"], pt=0.4),
    T(["Participation au syndicat scolaire intercommunal", "Participation SIVOS - regroupement pédagogique", "Frais de scolarité versés aux communes d'accueil",
       "Participation aux frais de fonctionnement des écoles de {town}"],
      L(4, 100), ["scol", "fin"], ["212", "213"], ["6558", "65734"], tail=["{y}"], pt=0.4),
    T(["Titres annulés sur exercices antérieurs|673", "Admissions en non-valeur|6541", "Créances éteintes|6542",
       "Dotation aux amortissements|6811", "Provision pour créances douteuses|6817"],
      FIN, ["fin"], ["01"], ["673", "6541", "6542", "6811", "6817"], tail=["{y}"], pt=0.4),
    T(["Dépenses imprévues de fonctionnement", "Dépenses imprévues d'investissement"], FIN, ["fin"], ["01"], [], c=["022", "020"], pt=0.0),
    # rural
    T(["Chemins ruraux - empierrement", "chemin rural de {hameau} - busage et reprofilage", "Chemins ruraux - curage des fossés",
       "Voirie rurale - point-à-temps", "Chemin d'exploitation de {hameau} - remise en état"],
      ROAD, ["voirie", "st"], ["845", "54"], ["2151", "615231"], tail=["{y}"], pt=0.3, op=0.3),
]


# --------------------------------------------------------------------------------------------
# 3. operating budget: fluids, cleaning, contracts, insurance, rents, fees, staff, grants
# --------------------------------------------------------------------------------------------

# buildings of a commune: (names, label of their running costs, fonctions, service domains)
BUILDINGS = [
    (["école maternelle {name}", "groupe scolaire {lieu}", "école élémentaire {name}", "écoles", "école primaire {lieu}"],
     L(4, 100), ["211", "212"], ["scol", "st"]),
    (["restaurant scolaire {lieu}", "cantine {name}"], L(4, 70, 2, 30), ["281"], ["restau"]),
    (["crèche {lieu}", "multi-accueil {name}", "micro-crèche {lieu}"], L(4, 100), ["4221", "4222"], ["pe"]),
    (["accueil de loisirs {lieu}", "centre de loisirs", "ALSH {name}"], L(4, 60, 10, 40), ["331"], ["ej"]),
    (["gymnase {name}", "salle des sports {lieu}", "stade {lieu}", "dojo {lieu}", "tennis couverts"], L(3, 100), ["321", "322", "325"], ["sport"]),
    (["mairie", "hôtel de ville", "mairie annexe {hameau}"], L(16, 100), ["020", "022"], ["adm", "st"]),
    (["centre technique municipal", "ateliers municipaux"], L(16, 100), ["020"], ["st"]),
    (["salle des fêtes", "salle polyvalente {lieu}", "espace culturel {name}"], L(11, 100), ["311", "024"], ["cult", "fetes"]),
    (["église", "église Saint-{name}"], L(11, 100), ["312"], ["st", "cult"]),
    (["médiathèque {name}", "bibliothèque municipale"], L(4, 60, 11, 40), ["313"], ["media"]),
    (["maison de santé pluriprofessionnelle", "centre de santé {lieu}"], L(3, 100), ["414", "41"], ["sante"]),
    (["résidence autonomie {lieu}", "foyer-logement {name}"], L(3, 60, 10, 40), ["423"], ["seniors"]),
    (["poste de police municipale"], L(16, 100), ["11"], ["police"]),
    (["maison des jeunes {lieu}", "espace jeunes"], L(10, 60, 4, 40), ["338"], ["ej"]),
    (["piscine municipale", "piscine d'été {lieu}"], L(3, 100), ["323"], ["sport"]),
    (["station d'épuration", "STEP {hameau}"], L(6, 100), ["733"], ["asst"]),
    (["déchèterie {hameau}"], L(12, 100), ["721"], ["dech"]),
    (["office de tourisme", "camping municipal {lieu}"], L(8, 80, 11, 20), ["633"], ["tour"]),
]
FLUIDS = [("électricité", ["60612"]), ("gaz", ["60621", "60618"]), ("eau et assainissement", ["60611"]),
          ("consommation d'eau", ["60611"]), ("fioul", ["60621"]), ("chauffage urbain", ["60613"]),
          ("fourniture d'électricité", ["60612"]), ("énergie", ["60612", "60621"])]
UPKEEP = [("nettoyage des locaux", ["6283"]), ("nettoyage des vitres", ["6283"]), ("produits d'entretien", ["60631"]),
          ("contrat de maintenance chauffage", ["6156", "611"]), ("maintenance des portes automatiques", ["6156"]),
          ("vérification des installations électriques", ["6156", "611"]), ("contrôle des aires de jeux", ["611"]),
          ("entretien de la toiture", ["615221"]), ("réparations de plomberie", ["615221"]), ("alarme intrusion - télésurveillance", ["611"]),
          ("location de bungalows modulaires", ["6135"]), ("loyer", ["6132"]), ("charges locatives", ["614"]),
          ("assurance dommages aux biens", ["616", "6161"]), ("taxe foncière", ["63512"]), ("petit équipement", ["60632"]),
          ("maintenance ascenseur", ["6156"]), ("désinsectisation et dératisation", ["611"])]
# buildings without offices or public reception: only what such a building needs
TECH = {"STEP", "épuration", "déchèterie", "église", "stade", "gymnase", "dojo", "tennis", "centre technique", "ateliers",
        "poste de police", "camping"}
TECH_FLUIDS = [f for f in FLUIDS if f[0] in ("électricité", "consommation d'eau", "fourniture d'électricité", "eau et assainissement")]
TECH_UPKEEP = [u for u in UPKEEP if u[0] in ("vérification des installations électriques", "entretien de la toiture",
                                              "alarme intrusion - télésurveillance", "assurance dommages aux biens", "taxe foncière",
                                              "petit équipement", "désinsectisation et dératisation")]


def building_row():
    names, lab, fcts, doms = pick(BUILDINGS)
    b = fill(pick(names))
    tech = any(w in b for w in TECH)
    what, nats = pick(TECH_FLUIDS if tech else FLUIDS) if chance(0.5) else pick(TECH_UPKEEP if tech else UPKEEP)
    core = wpick([(5, f"{what} {b}"), (3, f"{b} - {what}"), (1, f"{what} - {b} {rng.randint(2017, 2026)}")])
    lib = render(core)
    svc = service(pick(doms)) if chance(0.55) else ""
    chap = nat = fct = ""
    if chance(0.8):
        nat = pick(nats)
        chap = "011" if chance(0.9) else ""
        if chance(0.85):
            fct = pick(fcts)
    return checked_row(lib, chap, nat, fct, svc, lab)


# staff costs by service: (what the line says, label, fonctions, service domains)
STAFF = [
    (["ATSEM", "agents des écoles maternelles", "ATSEM - titulaires", "ATSEM contractuelles", "agents d'entretien des écoles"], L(4, 100), ["211", "212"], ["scol"]),
    (["personnel de la crèche", "auxiliaires de puériculture", "éducatrices de jeunes enfants", "personnel du multi-accueil",
      "animatrice du relais petite enfance"], L(4, 100), ["4221", "4222", "4228"], ["pe"]),
    (["agents des espaces verts", "jardiniers", "saisonniers espaces verts", "agents d'entretien des parcs"], L(15, 100), ["511"], ["ev"]),
    (["personnel administratif", "agents d'accueil de la mairie", "secrétariat général", "agents du service des finances",
      "agents des ressources humaines", "direction générale des services"], L(16, 100), ["020", "021"], ["adm", "rh", "fin"]),
    (["agents de police municipale", "ASVP", "gardes champêtres"], L(16, 100), ["11"], ["police"]),
    (["animateurs périscolaires", "animateurs du temps méridien", "agents de surveillance de la pause méridienne"], L(4, 100), ["288", "212"], ["ej", "scol"]),
    (["animateurs ALSH", "directeur de l'accueil de loisirs", "animateurs vacances scolaires"], L(4, 60, 10, 40), ["331"], ["ej"]),
    (["maîtres-nageurs sauveteurs", "agents de la piscine", "éducateurs sportifs", "gardiens des équipements sportifs"], L(3, 100), ["323", "32", "321"], ["sport", "pisc"]),
    (["bibliothécaires", "agents de la médiathèque"], L(4, 60, 11, 40), ["313"], ["media"]),
    (["agents de voirie", "agents de la régie voirie", "agents de déneigement"], L(11, 80, 9, 20), ["845", "84"], ["voirie"]),
    (["agents de collecte des déchets", "rippeurs et chauffeurs de BOM", "gardiens de déchèterie"], L(12, 100), ["7212", "721"], ["dech"]),
    (["agents de restauration scolaire", "cuisiniers de la cuisine centrale", "agents de service de la cantine"], L(4, 70, 2, 30), ["281"], ["restau"]),
    (["professeurs du conservatoire", "enseignants de l'école de musique", "assistants d'enseignement artistique"], L(4, 100), [], ["cons"]),
    (["agents du CCAS", "travailleurs sociaux du CCAS", "agents d'accueil social"], L(1, 80, 10, 20), ["420", "42"], ["ccas"]),
    (["aides à domicile du SAAD", "auxiliaires de vie", "agents de la résidence autonomie"], L(3, 60, 10, 40), ["4238", "423"], ["seniors"]),
    (["agents du service urbanisme", "instructeurs ADS"], L(11, 100), ["51", "50"], ["urba"]),
    (["agents de l'état civil", "agents des élections", "agents d'accueil population"], L(16, 100), ["020", "022"], ["ec"]),
    (["agents de l'office de tourisme", "conseillers en séjour saisonniers"], L(8, 80, 11, 20), ["633"], ["tour"]),
    (["agents de la station d'épuration", "techniciens SPANC", "fontainiers"], L(6, 100), ["733", "732"], ["asst", "eau"]),
    (["agents des services techniques - bâtiments", "agents de maintenance des bâtiments", "électricien et plombier des ateliers"], L(16, 100), ["020"], ["st"]),
    (["agents d'entretien de la voirie et de la propreté", "balayeurs"], L(11, 70, 12, 30), ["7222"], ["voirie", "st"]),
    (["médiateurs sociaux des quartiers", "adultes-relais"], L(10, 60, 11, 40), ["52"], ["pdv"]),
    (["chargé de mission PCAET", "conseiller en énergie partagé"], L(13, 70, 7, 30), ["71"], ["env", "energie"]),
]
STAFF_KIND = [("rémunération {s}", ["64111", "64131"]), ("{s} - rémunération principale", ["64111"]),
              ("{s} - traitement de base", ["64111"]), ("{s} - charges sociales", ["6451", "6453"]),
              ("{s} - régime indemnitaire", ["64118"]), ("{s} non titulaires", ["64131", "6413"]),
              ("cotisations URSSAF {s}", ["6451"]), ("{s} - heures supplémentaires", ["64118"]), ("{s} - vacations", ["6414"]),
              ("remplacements {s}", ["64131"]), ("{s} - cotisations CNRACL", ["6453"]), ("masse salariale {s}", ["64111"])]


def staff_row():
    whats, lab, fcts, doms = pick(STAFF)
    s = pick(whats)
    kind, nats = pick(STAFF_KIND)
    core = kind.replace("{s}", s)
    if chance(0.2):
        core += f" {rng.randint(2018, 2026)}"
    lib = render(core)
    svc = service(pick(doms)) if (chance(0.55) or not fcts) else ""
    chap = nat = fct = ""
    if chance(0.85):
        chap = "012"
        if chance(0.75):
            nat = pick(nats)
        if fcts and chance(0.85):
            fct = pick(fcts)
    if not fct and not svc:
        svc = service(pick(doms))
    return checked_row(lib, chap, nat, fct, svc, lab)


# grants to associations: (association names, label, fonctions, service domains)
ASSOS = [
    (["US {town} football", "Tennis club {town}", "Judo club {lieu}", "Handball club {town}", "Rugby club {town}", "Gym volontaire",
      "Cyclo-club {town}", "Basket club {lieu}", "Club de randonnée pédestre", "Pétanque {lieu}", "Union sportive {lieu}",
      "Club de natation {town}", "Athlétic club {town}", "Club de tir à l'arc"], L(3, 100), ["3272", "32", "327"], ["sport", "asso"]),
    (["comité des fêtes", "comité des fêtes de {hameau}", "association des fêtes {lieu}", "comité d'animation {town}"],
     L(11, 80, 16, 20), ["024"], ["fetes", "asso"]),
    (["harmonie municipale", "théâtre amateur {lieu}", "chorale {lieu}", "ciné-club {town}", "association festival {town}",
      "école de musique associative", "société d'histoire de {town}", "amis de l'orgue", "atelier de peinture {lieu}"],
     L(11, 100), ["311", "31", "312"], ["cult", "asso"]),
    (["Secours populaire", "Croix-Rouge - unité locale", "Secours catholique", "Emmaüs - communauté de {town}",
      "association d'aide aux sans-abri"], L(1, 100), ["424", "428"], ["ccas", "asso"]),
    (["Restos du cœur - antenne de {town}", "banque alimentaire", "épicerie sociale {lieu}", "épicerie solidaire {town}"],
     L(2, 60, 1, 40), [], ["ccas", "asso"]),
    (["ADMR de {town}", "club des aînés", "association de soins infirmiers à domicile"], L(3, 60, 10, 40), ["4238", "423"], ["seniors", "ccas"]),
    (["APF France handicap", "association des paralysés", "GEM - groupe d'entraide mutuelle", "association d'aide aux enfants autistes"],
     L(10, 80, 3, 20), ["425"], ["ccas", "handi"]),
    (["LPO - groupe local", "CPIE {town}", "AAPPMA - pêche et protection du milieu aquatique", "conservatoire des vergers", "association de sauvegarde des haies"],
     L(15, 70, 13, 30), ["76"], ["env", "asso"]),
    (["repair café", "ressourcerie {town}", "association zéro déchet"], L(12, 100), ["7211", "721"], ["dech", "env"]),
    (["union commerciale de {town}", "association des commerçants et artisans", "plateforme Initiative {town}", "BGE - couveuse d'entreprises"],
     L(8, 100), ["632", "61"], ["eco", "asso"]),
    (["comité de jumelage", "association de solidarité internationale", "jumelage {town}-Wendelsheim", "association Burkina Solidarité"],
     L(17, 100), ["048", "045", "044"], ["jum", "asso"]),
    (["CIDFF", "Solidarité femmes", "association d'aide aux femmes victimes de violences", "maison des femmes"],
     L(5, 100), ["341"], ["egal", "ccas"]),
    (["planning familial", "Ligue contre le cancer", "donneurs de sang bénévoles", "association de prévention des addictions"],
     L(3, 100), ["412", "41"], ["sante", "asso"]),
    (["MJC {town}", "foyer des jeunes", "centre social {lieu}", "association de prévention spécialisée"], L(10, 70, 4, 30), ["338", "33"], ["ej", "pdv"]),
    (["coopérative scolaire école {name}", "association des parents d'élèves", "DDEN", "sou des écoles laïques"], L(4, 100), ["212", "211", "20"], ["scol"]),
    (["mission locale", "chantier d'insertion {lieu}", "association intermédiaire"], L(8, 60, 4, 40), ["251"], ["insert"]),
    (["anciens combattants UNC", "FNACA", "souvenir français"], L(16, 100), [], ["asso", "fetes"]),
    (["protection civile - antenne locale", "comité communal feux de forêt"], L(16, 70, 13, 30), ["12"], ["asso"]),
    (["amicale des sapeurs-pompiers"], L(16, 100), ["11"], ["asso"]),
    (["jardins familiaux {lieu}", "jardins partagés {lieu}", "AMAP {town}"], L(2, 70, 11, 30), [], ["alim", "asso"]),
    (["office de tourisme associatif", "syndicat d'initiative"], L(8, 80, 11, 20), ["633"], ["tour", "asso"]),
    (["association de défense contre les inondations {riv}"], L(13, 100), ["735"], ["env"]),
]
GRANT_KIND = ["subvention {a}", "subv. assoc. {a}", "subvention de fonctionnement - {a}", "{a} - subvention annuelle",
              "subvention exceptionnelle {a}", "subv {a} {y}", "{a} - aide au fonctionnement", "{a}", "convention d'objectifs {a}"]


def grant_row():
    names, lab, fcts, doms = pick(ASSOS)
    a = fill(pick(names))
    core = fill(pick(GRANT_KIND).replace("{a}", a))
    lib = render(core)
    svc = service(pick(doms)) if chance(0.55) else ""
    chap = nat = fct = ""
    if chance(0.8):
        chap = "65"
        nat = pick(["6574", "65748", "6574"]) if chance(0.8) else ""
        if fcts and chance(0.85):
            fct = pick(fcts)
    return checked_row(lib, chap, nat, fct, svc, lab)


OPER_T = [
    T(["Subvention au CCAS", "Subvention d'équilibre au CCAS", "Subvention de fonctionnement au CIAS", "Participation de la commune au budget du CCAS",
       "Versement au CCAS"],
      L(1, 100), ["ccas", "fin"], ["420", "42"], ["657363"], tail=["{y}", "BP {y}"], pt=0.5, pc=0.85),
    T(["Subvention à la caisse des écoles", "Caisse des écoles - subvention"], L(4, 100), ["scol"], ["20", "212"], ["657364"],
      tail=["{y}"], pt=0.5, pc=0.85),
    T(["Transport scolaire - circuits de ramassage", "Transport scolaire vers la piscine", "Transport scolaire - circuit de {hameau}",
       "Transports des sorties scolaires", "Accompagnatrices du car scolaire", "Participation aux transports scolaires des collégiens"],
      L(4, 70, 11, 30), ["scol"], ["288", "212"], ["6247", "611"], tail=["{y}"], pt=0.3, pc=0.75),
    T(["Repas du restaurant scolaire - prestataire", "Fourniture de repas pour la cantine", "Denrées alimentaires - cantine scolaire",
       "Restauration scolaire - marché de repas en liaison froide", "Goûters de l'accueil périscolaire", "Pain et produits frais - cantine"],
      L(4, 70, 2, 30), ["restau", "scol"], ["281"], ["60623", "611", "6042"], tail=["{y}", "{lieu}"], pt=0.3, pc=0.8),
    T(["Produits bio et locaux pour la cantine", "Approvisionnement de la cantine en circuits courts", "Légumerie - produits du maraîchage local"],
      L(2, 60, 4, 40), ["restau", "alim"], [], ["60623"], tail=["{y}"], pt=0.3, pc=0.6),
    T(["Fournitures scolaires", "Crédits scolaires par élève", "Manuels scolaires", "Classes de découverte - participation",
       "Sorties scolaires - billetterie"],
      L(4, 100), ["scol"], ["212", "211", "284"], ["6067", "6065", "6042"], tail=["{y}", "école {name}"], pt=0.4, pc=0.8),
    T(["Repas des aînés - traiteur", "Repas des anciens", "Colis de fin d'année des seniors", "Banquet des aînés - animation musicale",
       "Goûter des aînés"],
      L(3, 60, 10, 40), ["seniors", "ccas"], ["4238", "423"], ["611", "60623"], tail=["{y}"], pt=0.4, pc=0.7),
    T(["Aides facultatives du CCAS - secours", "Bons alimentaires", "Aide au paiement des factures d'énergie", "Aides aux vacances des familles",
       "Hébergement d'urgence - nuitées d'hôtel|652"],
      L(1, 100), ["ccas"], ["424", "428"], ["6518", "651", "652"], tail=["{y}"], pt=0.3, pc=0.7),
    T(["Honoraires d'avocat - contentieux|6226", "Frais d'actes notariés|6227", "Honoraires huissier|6226", "Expertise judiciaire|6226",
       "Frais de contentieux - recours urbanisme|6227"],
      ADM, ["adm"], ["020"], ["6226", "6227"], tail=["{y}", "affaire {pers}"], pt=0.3, pc=0.75),
    T(["Assurance responsabilité civile|616", "Assurance flotte automobile|616", "Assurance statutaire du personnel|6455",
       "Assurance protection juridique|616", "Assurance dommages aux biens - patrimoine communal|6161"],
      ADM, ["adm", "fin"], ["020"], ["616", "6161", "6455"], tail=["{y}"], pt=0.3, pc=0.8),
    T(["Cotisation CNFPT|6336", "Cotisation au centre de gestion|6336", "Frais de recrutement - annonces|6231",
       "Formation du personnel|6184", "Médecine préventive - centre de gestion|611", "Tickets restaurant du personnel|6474", "Adhésion au CNAS|6474"],
      ADM, ["rh"], ["020", "021"], ["6336", "6184", "6474"], tail=["{y}"], pt=0.3, pc=0.75),
    T(["Indemnités des élus", "Formation des élus", "Cotisations retraite des élus", "Frais de mission des élus"],
      ADM, ["adm", "fin"], ["031", "020"], ["65311", "65315", "65313", "65312"], tail=["{y}"], pt=0.3, pc=0.85),
    T(["Affranchissement|6261", "Fournitures administratives|6064", "Bulletin municipal - impression|6237",
       "Site internet de la commune - refonte éditoriale|611", "Cérémonie des nouveaux arrivants - invitations|6237"],
      ADM, ["adm", "com"], ["020", "023"], ["6261", "6064", "6237"], tail=["{y}"], pt=0.3, pc=0.7),
    T(["Contrat de maintenance des logiciels métiers|6156", "Licences bureautiques|6581", "Hébergement et sauvegarde des données|611",
       "Téléphonie fixe et mobile|6262", "Abonnements internet des bâtiments communaux|6262"],
      L(16, 70, 9, 30), ["num", "adm"], ["020"], ["6156", "6581", "611"], tail=["{y}"], pt=0.3, pc=0.7),
    T(["Carburant des véhicules des services techniques|60622", "Entretien du parc automobile|61551", "Location de nacelle|6135",
       "Vêtements de travail - EPI|60632"],
      ADM, ["st"], ["020"], ["60622", "61551", "6135", "60632"], tail=["{y}"], pt=0.3, pc=0.75),
    T(["Location de la balayeuse|6135", "Nettoiement des voies - prestation|611", "Ramassage des dépôts sauvages|611", "Corbeilles de propreté|60632"],
      L(11, 70, 12, 30), ["st", "voirie"], ["7222"], ["6135", "611", "60632"], tail=["{y}"], pt=0.3, pc=0.7),
    T(["Élagage des arbres d'alignement|611", "Fourniture de plants et de terreau|60632", "Fleurissement estival|60632",
       "Entretien des espaces verts - prestation|611", "Fauchage tardif des bords de route|611", "Paillage et broyat des massifs|60632"],
      L(15, 70, 11, 30), ["ev"], ["511"], ["611", "60632", "61521"], tail=["{y}", "{lieu}"], pt=0.3, pc=0.75),
    T(["Électricité de l'éclairage public|60612", "Maintenance de l'éclairage public|611,6156", "Énergie éclairage public|60612"],
      L(11, 60, 7, 40), ["eclair"], ["512"], ["60612", "611", "6156"], tail=["{y}"], pt=0.4, pc=0.8),
    T(["Fourrière animale - convention", "Capture des chats errants - stérilisation", "Désinsectisation - lutte contre le moustique tigre",
       "Dératisation des réseaux"],
      L(3, 80, 11, 20), ["st", "police"], ["13"], ["611"], tail=["{y}"], pt=0.3, pc=0.7),
    T(["Contrôle des poteaux incendie", "Défense extérieure contre l'incendie - contrôle des points d'eau",
       "Plan communal de sauvegarde - mise à jour"],
      L(16, 70, 13, 30), ["st", "risques"], ["12", "18"], ["611", "6156"], tail=["{y}"], pt=0.3, pc=0.7),
    T(["Vérification des extincteurs des bâtiments communaux", "Commission de sécurité - visites des ERP", "Contrôle des alarmes incendie des ERP"],
      ADM, ["st", "adm"], ["020"], ["611", "6156"], tail=["{y}"], pt=0.3, pc=0.7),
    T(["Frais bancaires", "Frais de tenue de compte au Trésor", "Commissions TPE régies"], FIN, ["fin"], ["01"], ["627"],
      tail=["{y}"], pt=0.3, pc=0.8),
    T(["Location du terrain de l'aire de covoiturage|6132", "Abonnement vélos en libre-service|611"], L(11, 70, 13, 30), ["voirie"], ["87", "86"],
      ["6132", "611"], tail=["{y}"], pt=0.3, pc=0.7),
    T(["Prix du concours des maisons fleuries", "Bons d'achat - concours des jardins"], L(15, 60, 11, 40), ["ev"], ["511"], ["6714"],
      tail=["{y}"], pt=0.4, pc=0.6),
    T(["Bourses au permis de conduire des jeunes", "Bourse aux projets jeunes"], L(10, 70, 4, 30), ["ej"], ["338"], ["6714", "6513"],
      tail=["{y}"], pt=0.4, pc=0.6),
]


# --------------------------------------------------------------------------------------------
# 4. overseas, mountain, coastal, rural
# --------------------------------------------------------------------------------------------

TERRITORY_T = [
    # cyclones, overseas risks
    T(["Mise aux normes paracycloniques de l'école {name}", "Renforcement paracyclonique de la toiture de la mairie",
       "Volets anticycloniques - salle polyvalente {lieu}", "Abri de survie cyclonique de {hameau}"],
      L(13, 60, 11, 40), ["risques", "st"], ["735"], ["2313", "2135"], op=0.3),
    T(["Travaux de réparation suite au cyclone|2313", "Dégâts cycloniques - remise en état des ravines|2315", "Curage des ravines avant la saison cyclonique|611",
       "Enrochement de la ravine de {hameau}|2315", "Radier submersible de {hameau} - reconstruction|2315",
       "Stock de crise cyclonique - bâches et groupes électrogènes|2188"],
      L(13, 80, 11, 20), ["risques", "voirie"], ["735"], ["2313", "611", "2315"], tail=["{y}"], pt=0.3),
    T(["Plan de prévention des risques littoraux - études|2031", "Diagnostic de vulnérabilité au risque tsunami|2031",
       "Sirènes d'alerte des populations|2188", "Exercice de simulation - plan communal de sauvegarde|611",
       "Confortement de falaise - {hameau}|2313", "Purge et filets pare-blocs route de {hameau}|2313"],
      L(13, 100), ["risques"], ["735", "78"], ["2031", "2313", "611"], tail=["{y}"], pt=0.3),
    T(["Lutte antivectorielle - dengue et chikungunya", "Démoustication - gîtes larvaires"], L(3, 80, 13, 20), ["sante"], ["13"],
      ["611"], tail=["{y}"], pt=0.3),
    # coast and sea
    T(["Nettoyage mécanique de la {plage}|611", "Ganivelles et protection des dunes - {plage}|2128", "Accès à la {plage} - platelage bois|2128",
       "Douches et sanitaires de la {plage}|2313", "Sentier du littoral - entretien|611", "Cale de mise à l'eau - {plage}|2313",
       "Aménagement du front de mer - {plage}|2128"],
      L(14, 80, 11, 20), ["litt"], ["56"], [], tail=["saison {y}", "{y}"], pt=0.35),
    T(["Ramassage des sargasses - {plage}", "Collecte des sargasses échouées", "Barrages anti-sargasses de la baie", "Nettoyage des macro-déchets sur l'estran"],
      L(14, 70, 12, 30), ["litt"], ["56"], ["611"], tail=["saison {y}", "{y}"], pt=0.35),
    T(["Poste de secours de la {plage} - équipement", "Surveillance des baignades - {plage}", "Balisage des zones de baignade - {plage}"],
      L(14, 70, 16, 30), ["litt"], ["56"], ["611", "2188"], tail=["saison {y}"], pt=0.35),
    T(["Qualité des eaux de baignade - analyses", "Profils de vulnérabilité des eaux de baignade"], L(14, 60, 6, 40), ["litt"], ["56"], ["611", "617"],
      tail=["saison {y}", "{y}"], pt=0.4),
    T(["Tapis d'accès à la mer pour personnes handicapées", "Fauteuils amphibies - plage accessible"], L(14, 60, 10, 40), ["litt", "handi"], ["56"],
      ["2188"], tail=["{plage}"], pt=0.5),
    T(["Mouillages écologiques de la baie", "Récifs artificiels - suivi scientifique", "Herbiers de posidonie - balisage",
       "Restauration de la mangrove de {hameau}", "Aire marine protégée - garde du littoral"],
      L(14, 100), ["litt", "env"], ["56"], ["611", "2188"], tail=["{y}"], pt=0.3),
    T(["Aire marine éducative - école {name}", "Classe de mer - découverte du milieu marin"], L(14, 60, 4, 40), ["litt", "scol"], ["56"],
      ["611"], tail=["{y}"], pt=0.3),
    T(["Recul stratégique du trait de côte - études", "Rechargement en sable de la {plage}", "Digue de front de mer - confortement",
       "Enrochement du perré de la promenade de mer", "Brise-lames de la {plage}", "Observatoire de l'érosion côtière"],
      L(14, 60, 13, 40), ["litt", "risques"], ["56"], ["2313", "2031", "611"], tail=["{y}"], pt=0.3),
    T(["Mur de protection contre la submersion marine - {hameau}", "Batardeaux anti-submersion du port", "Clapets anti-retour des exutoires en mer"],
      L(13, 60, 14, 40), ["risques", "litt"], ["735"], ["2313", "2315"], tail=["{y}"], pt=0.3),
    T(["Sauveteurs saisonniers des plages", "Maîtres-nageurs des postes de secours"], L(14, 70, 16, 30), ["litt"], ["56"], ["64131"],
      tail=["saison {y}"], pt=0.5, pc=0.6),
    T(["Port de plaisance - station de carénage propre", "Récupération des eaux noires au port", "Bornes de collecte des déchets de pêche"],
      L(14, 60, 12, 40), ["litt"], ["56"], ["2315", "2188"], tail=["{y}"], pt=0.3),
    # mountain
    T(["Déneigement des voies communales|611", "Salage et déneigement - prestation|611", "Lame de déneigement et saleuse|2158",
       "Chaînes à neige - véhicules communaux|60632", "Route du col de {hameau} - déneigement|611", "Paravalanche - route de {hameau}|2313",
       "Stockage de sel - hangar|2313", "Sel de déneigement - route de montagne|60633"],
      L(11, 60, 13, 40), ["mont", "voirie"], ["846"], ["611", "2158", "60633", "2313"], tail=["hiver {y}", "{y}"], pt=0.3),
    T(["Station de ski - remontée mécanique (téléski) - grande inspection|2157", "Domaine nordique - dameuse|2182",
       "Pistes de ski de fond - balisage|611", "Station - foyer de ski de fond et location de matériel|2313"],
      L(8, 80, 11, 20), ["mont", "tour"], ["633"], ["2157", "2182", "611"], tail=["saison {y}"], pt=0.3),
    T(["Estives communales - abreuvoirs", "Pastoralisme - cabane de berger de {hameau}", "Piste pastorale de {hameau}"],
      L(2, 60, 15, 40), ["agri"], ["631"], ["2313", "2128"], tail=["{y}"], pt=0.3),
    T(["Forêt communale - travaux sylvicoles ONF|611", "Frais de garderie ONF|611", "Desserte forestière - piste de {hameau}|2128",
       "Plantations forestières après coupe|2121", "Acquisition de parcelles boisées|2117"],
      L(15, 100), ["env", "st"], ["76"], ["611", "2117", "2121"], tail=["{y}"], pt=0.3),
    # rural and agriculture
    T(["Plantation de haies bocagères|2121", "Programme bocager - haies sur talus|2121", "Replantation de haies champêtres - {hameau}|2121",
       "Entretien des haies et talus|611", "Mares et zones humides communales - restauration|2128", "Fauche tardive et gestion différenciée|611"],
      L(15, 70, 13, 30), ["env", "ev"], ["76"], ["2121", "611", "2128"], tail=["{y}", "{hameau}"], pt=0.3),
    T(["Magasin de producteurs - circuits courts|2313", "Projet alimentaire territorial - animation|611", "Marché de producteurs locaux|611",
       "Plateforme d'approvisionnement local de la restauration collective|611", "Espace test agricole - maraîchage bio|2313",
       "Acquisition de terres agricoles pour l'installation de maraîchers|2111", "Cuisine centrale - légumerie circuits courts|2313"],
      L(2, 60, 12, 40), ["agri", "alim"], ["631"], ["611", "2111", "2313", "6574"], tail=["{y}"], pt=0.3),
    T(["Aide à l'installation des jeunes agriculteurs", "Abattoir intercommunal - mise aux normes", "Atelier de découpe collectif"],
      L(2, 70, 8, 30), ["agri", "eco"], ["631"], ["20422", "2313"], tail=["{y}"], pt=0.3),
    T(["Lutte contre les frelons asiatiques - piégeage", "Destruction des nids de frelons asiatiques"], L(15, 100), ["env"], ["76"], ["611"],
      tail=["{y}"], pt=0.3),
    T(["Multiple rural - dernier commerce", "Rachat du café-épicerie du bourg", "Boulangerie communale - aménagement du local"],
      L(8, 70, 11, 30), ["eco"], ["632"], ["2313", "2115"], tail=["{y}"], pt=0.3),
    T(["France Services - accueil de proximité", "Agence postale communale", "Maison France Services - aménagement"],
      L(16, 60, 11, 40), ["adm"], ["66"], ["611", "2313"], tail=["{y}"], pt=0.3),
    T(["Maison de santé pluriprofessionnelle - construction", "Cabinet médical - aménagement pour l'accueil d'un médecin", "Télécabine médicale - télémédecine"],
      L(3, 85, 11, 15), ["sante"], ["414"], ["2313"], tail=["{y}"], pt=0.3),
]


# --------------------------------------------------------------------------------------------
# 5. deliberation titles and other fields (long mixed-case labels, with accents or without)
# --------------------------------------------------------------------------------------------

ASSO_NAMES = ["Les Amis de {hameau}", "L'Étoile sportive de {town}", "Familles rurales de {town}", "Avenir {lieu}",
              "Les Randonneurs {lieu}", "Le Foyer rural de {hameau}", "La Clé des Champs", "Entraide {town}", "Les Petits Débrouillards",
              "Trait d'Union", "Le Jardin de Cocagne {town}", "Graines de Partage", "La Boussole", "Horizons solidaires"]

DELIB_T = [
    T(["Attribution d'une subvention d'équipement à l'association {asso} pour l'acquisition d'un minibus destiné au transport des licenciés|20421",
       "Attribution d'une subvention d'équipement au club {asso} pour l'éclairage du terrain d'entraînement|20422",
       "Subvention d'équipement à l'association sportive {asso} pour l'achat de matériel de compétition|20421"],
      L(3, 100), ["sport", "asso"], ["3272", "32"], ["20421", "20422"], pc=0.5),
    T(["Attribution d'une subvention d'équipement à l'association {asso} pour l'acquisition d'un véhicule frigorifique de collecte alimentaire|20421",
       "Aide à l'épicerie solidaire {asso} pour l'aménagement d'une chambre froide|20422"],
      L(2, 60, 1, 40), ["ccas", "asso"], [], ["20421", "20422"], pc=0.5),
    T(["Attribution d'une subvention à l'association {asso} pour l'organisation du festival de théâtre de rue",
       "Convention de partenariat avec l'association {asso} pour la programmation de la saison culturelle {y}",
       "Subvention exceptionnelle à l'association {asso} pour la restauration du retable de l'église"],
      L(11, 100), ["cult", "asso"], ["311", "312"], ["6574"], pc=0.5),
    T(["Convention avec l'association {asso} pour l'accompagnement des bénéficiaires du RSA vers l'emploi",
       "Attribution d'une subvention au chantier d'insertion {asso} pour l'entretien des sentiers",
       "Participation au financement du poste de conseiller en insertion de l'association {asso}"],
      L(8, 70, 1, 30), ["insert"], ["251"], ["6574"], pc=0.5),
    T(["Subvention à l'association {asso} pour l'accueil de jour des personnes sans domicile",
       "Convention avec l'association {asso} pour la gestion du logement d'urgence communal",
       "Aide exceptionnelle aux sinistrés de l'incendie {rue} - secours d'urgence|6518"],
      L(1, 80, 10, 20), ["ccas"], ["424"], ["6574", "6518"], pc=0.5),
    T(["Attribution d'une aide à l'association {asso} pour l'animation d'ateliers de prévention des chutes des seniors",
       "Convention avec l'association {asso} pour les ateliers mémoire et équilibre"],
      L(3, 80, 10, 20), ["seniors"], ["4232", "423"], ["6574"], pc=0.5),
    T(["Approbation du plan d'action pour l'égalité professionnelle entre les femmes et les hommes {y}-{y}|611",
       "Formation des agents d'accueil au repérage des violences intrafamiliales|611",
       "Rapport annuel sur la situation en matière d'égalité femmes-hommes - accompagnement|611"],
      L(5, 70, 16, 30), ["egal", "rh"], ["341"], [], pc=0.4),
    T(["Convention avec le CIDFF pour la permanence juridique d'accès aux droits des femmes",
       "Subvention à l'association {asso} pour un stage de self-défense réservé aux femmes",
       "Action de sensibilisation à l'égalité filles-garçons dans les écoles", "Semaine des droits des femmes - programmation",
       "Soutien à la pratique sportive féminine - aide au club {asso}"],
      L(5, 100), ["egal", "asso"], ["341"], ["6574", "611"], pc=0.4),
    T(["Mise à disposition d'un logement d'urgence pour les femmes victimes de violences conjugales",
       "Nuitées d'hôtel pour les femmes victimes de violences", "Téléphone grave danger - convention avec le parquet"],
      L(5, 60, 1, 40), ["egal", "ccas"], ["341"], ["611", "6574"], pc=0.4),
    T(["Marche exploratoire de femmes dans le quartier {lieu}", "Éclairage et aménagement des lieux insécures relevés par les marches exploratoires"],
      L(5, 70, 11, 30), ["egal", "pdv"], ["341"], ["611"], pc=0.4),
    T(["Attribution d'un fonds de concours à la {epci} pour la construction de la maison de santé"],
      L(3, 85, 11, 15), ["fin", "sante"], ["414"], ["20415"], pc=0.5),
    T(["Convention de fonds de concours avec la {epci} pour la réalisation de la piste cyclable {town}-{hameau}"],
      L(11, 70, 13, 30), ["fin"], ["87"], ["20415"], pc=0.5),
    T(["Attribution d'un fonds de concours à la {epci} - solde de l'exercice {y}", "Versement du fonds de concours de fonctionnement à la {epci}"],
      L(17, 100), ["fin"], ["01"], ["2041", "20415", "65735"], pc=0.5),
    T(["Approbation de la convention de coopération décentralisée avec la commune de Koumbia (Burkina Faso)",
       "Aide d'urgence aux populations sinistrées par le séisme - versement à la Fondation de France",
       "Participation au programme européen LEADER - cotisation au GAL|6281", "Échanges scolaires avec la ville jumelle de Wendelsheim"],
      L(17, 100), ["jum"], ["048", "044", "045"], ["6574", "6281"], pc=0.5),
    T(["Approbation du plan climat-air-énergie territorial (PCAET) - études|2031", "Bilan des émissions de gaz à effet de serre du patrimoine|617",
       "Plan d'adaptation au changement climatique - diagnostic de vulnérabilité|617", "Fresque du climat - sensibilisation des agents et des élus|611",
       "Observatoire local du climat - cotisation à l'agence|6574"],
      L(13, 100), ["env"], ["71"], [], tail=["{y}"], pt=0.3, pc=0.4),
    T(["Îlot de fraîcheur - désimperméabilisation de la place {lieu}", "Désimperméabilisation et plantation du parking {lieu}",
       "Ombrières végétalisées et brumisateurs - place du marché"],
      L(13, 60, 11, 20, 15, 20), ["env", "ev"], [], ["2128", "2313"], tail=["{y}"], pt=0.3, pc=0.4),
    T(["Cour de l'école {name} - débitumage et plantation (cour oasis)", "Cour oasis de l'école maternelle {lieu} - végétalisation"],
      L(13, 50, 4, 30, 15, 20), ["scol", "env"], [], ["2128", "2312"], tail=["{y}"], pt=0.3, pc=0.4),
    T(["Centrale photovoltaïque en toiture de la salle des sports {lieu}", "Ombrières photovoltaïques du parking {lieu}",
       "Chaufferie bois et réseau de chaleur du bourg", "Contrat de performance énergétique des bâtiments communaux",
       "Adhésion au service de conseil en énergie partagé|611", "Audit énergétique du patrimoine communal|617",
       "Remplacement de la chaudière fioul de la salle polyvalente par une chaudière granulés"],
      L(7, 70, 13, 30), ["energie", "st"], ["758", "752", "751"], ["2313", "2031", "611", "2158"], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Bornes de recharge pour véhicules électriques - parking {lieu}", "IRVE - participation au syndicat d'énergie"],
      L(7, 60, 11, 40), ["energie"], ["758"], ["2188", "20415"], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Espace public numérique - ateliers d'inclusion numérique", "Conseiller numérique France Services - permanences",
       "Médiation numérique pour les seniors", "Prêt de tablettes aux familles éloignées du numérique"],
      L(10, 60, 9, 40), ["num", "ccas"], [], ["611", "6574"], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Tiers-lieu numérique et fablab - équipement", "Couverture Wifi des équipements publics et des places"],
      L(9, 100), ["num", "thd"], ["57"], ["2188"], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Antenne universitaire - participation au fonctionnement|6574", "Campus connecté - aménagement des locaux|2313",
       "IUT - fonds de concours pour l'extension des laboratoires|2041", "École d'ingénieurs - subvention d'équipement|20422"],
      L(9, 60, 4, 40), ["eco"], ["23"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Incubateur d'entreprises innovantes", "Technopôle - participation au fonctionnement", "Laboratoire d'innovation territoriale",
       "Appel à projets innovation - lauréats", "Centre de transfert de technologie - convention"],
      L(9, 70, 8, 30), ["eco"], ["67"], ["6574", "611"], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Conseil municipal des jeunes - projets", "Point information jeunesse", "Chantiers jeunes - été", "Animateur de prévention spécialisée",
       "Contrat de ville - programmation", "Adultes-relais - cofinancement", "Maison de quartier {lieu} - animation"],
      L(10, 70, 11, 30), ["pdv", "ej"], ["338", "52"], ["611", "6574"], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Mise en accessibilité PMR de la salle des fêtes", "Boucle magnétique à l'accueil de la mairie", "Places de stationnement PMR - mise aux normes",
       "Cheminements accessibles du bourg", "Ad'AP - diagnostic accessibilité des ERP", "Sanitaires accessibles - salle polyvalente"],
      L(10, 70, 11, 30), ["handi", "st"], ["425"], ["2135", "2313", "2031"], tail=["{y}"], pt=0.3, pc=0.4, op=0.3),
    T(["Subvention de fonctionnement à la maison de santé|6574", "Prime d'installation des médecins généralistes|6574",
       "Contrat local de santé - animation|611", "Défibrillateurs automatisés externes - équipement des ERP|2188", "Parcours santé et agrès sportifs|2128"],
      L(3, 100), ["sante"], ["41", "412"], ["6574", "2188", "611"], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Distribution de colis alimentaires aux familles|60623", "Convention avec l'épicerie solidaire {asso}|6574",
       "Chèques alimentation durable pour les familles modestes|611"],
      L(2, 60, 1, 40), ["alim", "ccas"], [], [], tail=["{y}"], pt=0.3, pc=0.4),
    T(["Jardin partagé du quartier {lieu}|2128", "Ferme urbaine {lieu} - aménagement|2128", "Vergers partagés - plantation d'arbres fruitiers|2128"],
      L(2, 70, 11, 30), ["alim", "ev"], [], [], tail=["{y}"], pt=0.3, pc=0.4),
    T(["Potager pédagogique de l'école {name}|2128", "Classe du goût - ateliers d'éducation alimentaire|611"],
      L(2, 60, 4, 40), ["alim", "scol"], [], [], tail=["{y}"], pt=0.3, pc=0.4),
    T(["Déclaration de projet - mise en compatibilité du PLU|202", "Carte communale - révision|202", "Droit de préemption urbain - acquisition {rue}|2111,2115",
       "Aménagement du cœur de bourg - maîtrise d'œuvre|2031", "Lotissement communal {lieu} - viabilisation|2313",
       "Revitalisation du centre-bourg - Petites villes de demain|2031"],
      L(11, 100), ["urba"], ["51", "515", "581"], ["202", "2111", "2313", "2031"], tail=["{y}"], pt=0.3, pc=0.5, op=0.2),
    # poverty and social action (1)
    T(["Frais d'obsèques des personnes dépourvues de ressources|652", "Domiciliation des personnes sans domicile stable|611",
       "Analyse des besoins sociaux - étude|617", "Chèques d'accompagnement personnalisé|6518", "Secours d'urgence aux familles sinistrées|6518"],
      L(1, 100), ["ccas"], ["424", "428"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Logement d'urgence communal - ameublement et remise en état|2184,2313", "Logement temporaire pour les familles en difficulté - loyer|6132",
       "Fonds de solidarité logement - contribution communale|6558"],
      L(1, 80, 11, 20), ["ccas"], ["424"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Fonds d'aide aux impayés d'eau des ménages modestes|6518", "Tarification sociale de l'eau - chèques eau|6518"],
      L(1, 70, 6, 30), ["ccas", "eau"], ["424"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["CIAS - aides facultatives aux familles|6518", "CIAS - subvention d'équilibre de la communauté de communes|657363",
       "Accompagnement budgétaire des ménages surendettés|611", "Microcrédit social - fonds de garantie|6574"],
      L(1, 100), ["ccas"], ["420", "424"], [], tail=["{y}"], pt=0.3, pc=0.5),
    # gender equality (5)
    T(["Index de l'égalité professionnelle - accompagnement|611", "Dispositif de signalement des violences sexistes et sexuelles au travail|611",
       "Formation égalité femmes-hommes des encadrants|611", "Budget sensible au genre - étude|617"],
      L(5, 70, 16, 30), ["egal", "rh"], ["341"], [], tail=["{y}"], pt=0.3, pc=0.4),
    T(["Distributeurs de protections périodiques gratuites dans les équipements publics|2188",
       "Lutte contre la précarité menstruelle - achat de protections|60632"],
      L(5, 70, 3, 30), ["egal", "ccas"], ["341"], [], tail=["{y}"], pt=0.3, pc=0.4),
    T(["Accueil de jour pour les femmes victimes de violences - participation|6574", "Subvention à la maison des femmes de {town}|6574",
       "Journée internationale des droits des femmes - exposition|611", "Prix de l'égalité - concours des collèges|6714",
       "Cross solidaire contre les violences faites aux femmes|611"],
      L(5, 100), ["egal"], ["341"], [], tail=["{y}"], pt=0.3, pc=0.4),
    # energy (7)
    T(["Réseau de chaleur bois - extension vers le groupe scolaire|2315", "Chaufferie biomasse communautaire - silo et chaudière|2313",
       "Réseau de chaleur - délégation de service public|611", "Réseau de chaleur - achat de plaquettes forestières|60621"],
      L(7, 80, 13, 20), ["energie"], ["751"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Centrale photovoltaïque au sol sur l'ancienne décharge|2313", "Panneaux photovoltaïques en autoconsommation - ateliers|2313",
       "Projet citoyen d'énergie renouvelable - subvention d'amorçage|20422", "Cadastre solaire du territoire|617"],
      L(7, 80, 13, 20), ["energie", "env"], ["752", "758"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Méthaniseur territorial - étude de faisabilité|2031", "Unité de méthanisation des biodéchets - participation|20422"],
      L(7, 60, 12, 40), ["energie", "dech"], ["758"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Économe de flux - poste mutualisé|611", "Télérelève des compteurs d'énergie des bâtiments|2188", "Sobriété énergétique - régulation du chauffage|2135",
       "Plan de sobriété énergétique des bâtiments publics|617", "Gestion technique centralisée du chauffage des bâtiments|2188"],
      L(7, 70, 13, 30), ["energie", "st"], ["758"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Salle des fêtes - remplacement de la chaudière fioul par une pompe à chaleur|2313", "Salle polyvalente {lieu} - isolation de la toiture|2313",
       "Église - chauffage par rayonnement basse consommation|2135"],
      L(7, 60, 11, 40), ["energie", "st"], [], [], tail=["{y}"], pt=0.3, pc=0.5, op=0.3),
    # digital (9)
    T(["Schéma directeur territorial d'aménagement numérique|2031", "Raccordement fibre des écoles et des mairies du territoire|21533",
       "Génie civil pour fourreaux fibre - {hameau}|21533", "Adhésion au syndicat mixte numérique - cotisation|6558",
       "Abonnement satellite - zones non couvertes par la fibre|6558"],
      THD, ["thd"], ["57"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Open data - plateforme de données ouvertes du territoire|611", "Capteurs connectés - réseau LoRa du territoire|2188",
       "Jumeau numérique du territoire - relevés|617"],
      L(9, 80, 11, 20), ["thd", "num"], ["57"], [], tail=["{y}"], pt=0.3, pc=0.5),
    T(["Élections - mise sous pli de la propagande|611", "Recensement de la population - agents recenseurs|64131", "Registres d'état civil - reliure|611",
       "Cartes nationales d'identité - dispositif de recueil|2183", "Archives communales - tri et conditionnement|611", "Budget participatif - votation|611"],
      ADM, ["ec", "adm"], ["020", "022"], ["611", "6064"], tail=["{y}"], pt=0.3, pc=0.5),
]


# --------------------------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------------------------

def check_templates() -> None:
    """Every code a template may write agrees with its label (or the template says why not)."""
    errors = []
    for group in (INTERCO_T, INTERCO_GENERIC, COMMUNE_T, OPER_T, TERRITORY_T, DELIB_T):
        for t in group:
            if t.exc:
                continue
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
                if "|" in core:
                    for n in core.split("|")[1].split(","):
                        if not codes_agree(t.lab, chapter_of_nature(n), n, ""):
                            errors.append(("nature", n, t.lab, core))
    for e in errors:
        print("disagrees:", e)
    assert not errors


def tpl_gen(templates, p_svc, p_codes):
    def gen():
        live = [t for t in templates if t.used < t.cap]
        if not live:
            return None
        t = pick(live)
        row = make(t, p_svc, p_codes)
        return t, row
    return gen




PLAN = [  # (style name, generator, rows to keep)
    ("1 intercommunalités and syndicats", tpl_gen(INTERCO_T, 0.7, 0.55), 330),
    ("1 intercommunal service lines", tpl_gen(INTERCO_GENERIC, 0.9, 0.6), 10),
    ("2 communes: programmes and transfers", tpl_gen(COMMUNE_T, 0.5, 0.8), 225),
    ("3 operating: buildings", fn_gen(building_row), 105),
    ("3 operating: staff", fn_gen(staff_row), 100),
    ("3 operating: grants to associations", fn_gen(grant_row), 120),
    ("3 operating: other", tpl_gen(OPER_T, 0.55, 0.8), 120),
    ("4 territories", tpl_gen(TERRITORY_T, 0.55, 0.55), 120),
    ("5 deliberations and other fields", tpl_gen(DELIB_T, 0.5, 0.45), 200),
]
GENERIC_OK = {"3 operating: buildings", "3 operating: staff", "1 intercommunal service lines"}




def main() -> None:
    check_templates()
    write_part(PLAN, OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES, GENERIC_OK)


if __name__ == "__main__":
    main()
