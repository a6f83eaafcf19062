"""Write part O of Verdir's labelled training corpus: lines that give no purpose, read through
services the corpus has not seen.

The codebook: "When a line is only a generic building or equipment purchase (vehicles,
furniture, 'travaux divers') with no purpose given, use the function or service it belongs to;
with none at all, give 16 (institutions) 100." Part M wrote a first slice of this rule; this part
writes a second one, with other authorities, other ways of naming a service and other generic
libellés, so that a classifier learns to read a generic line through service names it has never
met. Every libellé is opaque: contrats de maintenance, prestations de services, location de
matériel, fournitures de petit équipement, équipement des locaux, mise en sécurité des locaux,
travaux de mise en conformité, remise en état, remplacement du matériel, renouvellement du parc
matériel, frais d'études, études de faisabilité, crédits de paiement, AP/CP references, tranches,
years, budget steps and invented addresses or building parts at most. What decides is beside it:

  (a) about 60 % of the rows: a service or direction whose field is clear (sections a1-a7);
  (b) about 25 %: no service, an M57 fonction (sometimes with a nature and chapitre) whose field
      is clear (sections b1-b6);
  (c) about 15 %: neither service nor fonction (section c): 16:100, the codebook's fallback;
      generic lines under an administration service (moyens généraux, RH, finances, technical
      services and buildings with no field) are 16:100 as well (section a7).

Labels. The fields, their labels and their fonctions are part M's (``gen_part_m.FIELDS``,
imported, not recounted): gen_part_m's docstring gives, for each field, the count on parts A-L
of the generic lines under such a service or fonction, the corpus's split for building works and
studies ("works": the field's building split, e.g. schools 4:85;11:15, sports 3:85;11:15, social
action 1:85;11:15, roads 11:80;9:20, water 6:85;11:15, parks 15:70;11:30, coast 14:80;11:20) and
for equipment and running costs ("equipment": the field's main goal alone, e.g. 4:100, 3:100,
1:100, 11:100, 6:100, 15:100, 14:100; street cleaning 12:70;11:30, libraries 4:60;11:40, school
catering 4:70;2:30, PMI 3:80;4:20, street lighting 11:70;7:30, the IT department 16:70;9:30). No
new field is written: the acronyms this part adds to the service words (RAM, PIJ, BIJ, RPA,
SSIAD, OT, ADS, PM, EU/eaux, from verdir/data/glossaire.csv) name fields part M already has
(early childhood, youth, older people, tourism, urban planning, police, water). ALSH and
"enfance" alone, which parts A-N split between 4 and 10, are never written as a service.

Five invented authorities, none of parts K, L, M or N, each naming its services its own way:
Valbrune Métropole (a coastal métropole: numbered directions "D3 - SPORTS", "D7.3 - SPANC",
"D12 - COLLECTE DES DECHETS", "D1.5 - DSI"), Montbraval (a town of ~45,000: "Service municipal
de ..." forms and glossary acronyms with their expansion: "CCAS - centre communal d'action
sociale", "RAM - relais assistantes maternelles", "CTM - centre technique municipal"),
Castagnols (a rural commune of ~900: lower case names and bare acronyms: "ecole communale",
"ccas", "ctm", "aep", "spanc", "eaje"), the Communauté de communes du Pays de Brasquet (coded
services "SCE 42 PETITE ENFANCE", "SCE 25 SPANC", "SCE 51 OT INTERCOMMUNAL") and the Département
de Sorbe-et-Vaunage (long "Direction générale adjointe Solidarités - Direction de l'autonomie"
forms). A service is written as the authority names it, or in upper case, in lower case, or cut
at 15 to 25 characters, never before the words that tell its field (checked: the first field of
``SERVICE_KEYS`` whose words a service holds is its own).

Part M's guarantees are kept: opaque libellés only, M57 codes agreeing with the label's main
goal (codes_agree), labels of parts A-N, of the outside probes and of the brief's fragments
skipped, lines distinct, a filled core written at most twice, deterministic (seed 1515).

The machinery is boundary_generator.py's (through part M's ``GenericPart``, subclassed here for
this part's service words and service forms). Stdlib only, no network:
python gen_part_o.py  ->  part_o.csv (same folder).
"""

from __future__ import annotations

from boundary_generator import YEARS, Articles, Authority
from gen_part_m import ABBREV as M_ABBREV
from gen_part_m import BRIEF_EXAMPLES as M_BRIEF_EXAMPLES
from gen_part_m import KEY as M_KEY
from gen_part_m import GenericCores, GenericPart, T, check_services, report, with_natures
from gen_part_m import field_of_service as m_field_of_service
from generator_tools import part_setup, up
from shared_labels import ADM, ADM_BLD

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1515)
# Fragments quoted in the briefs of parts M and O: the part writes its own lines, never these alone.
BRIEF_EXAMPLES = [
    *M_BRIEF_EXAMPLES, "contrats de maintenance", "prestations de services", "location de matériel",
    "fournitures de petit équipement", "équipement des locaux", "mise en sécurité des locaux",
    "travaux de mise en conformité", "remplacement du matériel", "renouvellement du parc", "frais d'études",
    "crédits de paiement", "AP/CP", "D3 - SPORTS", "SCE 42 ENFANCE",
]


# --------------------------------------------------------------------------------------------
# the words (folded) that tell a service's field: part M's, with this part's glossary acronyms;
# a service's own field is the first whose words it holds, in this order
# --------------------------------------------------------------------------------------------

SERVICE_KEYS: list[tuple[str, str]] = [
    ("restau", r"restauration|cantine|cuisine centrale"),
    ("pmi", r"\bpmi\b|maternelle et infantile"),
    ("pe", r"petite enfance|creche|\beaje\b|\brpe\b|\bram\b|jeune enfant|assistantes maternelles"),
    ("biblio", r"mediath|lecture publique|biblioth"),
    ("conserv", r"conservatoire"),
    ("college", r"college"),
    ("edu", r"education|scolaire|ecoles?\b"),
    ("sport", r"sport|piscine"),
    ("seniors", r"personnes agees|autonomie|\baines\b|\brpa\b|\bssiad\b"),
    ("sante", r"sante|\bcms\b"),
    ("egalite", r"egalite"),
    ("pdv", r"politique de la ville|\bqpv\b|quartiers"),
    ("jeun", r"jeune|\bmjc\b|\bpij\b|\bbij\b"),
    ("social", r"ccas|cias|solidarit|action sociale"),
    ("alim", r"ferme|alimentaire"),
    ("ens", r"espaces naturels|\bens\b"),
    ("ev", r"espaces verts|parcs et jardins|\bev\b"),
    ("proprete", r"proprete|nettoiement"),
    ("dechets", r"dechet|decheter"),
    ("eau", r"\beaux?\b|assainissement|spanc|\baep\b|\basst\b"),
    ("energie", r"energie"),
    ("climat", r"climat"),
    ("risques", r"risques"),
    ("littoral", r"littoral|plages|port de plaisance"),
    ("eclair", r"eclairage"),
    ("voirie", r"voirie|routes|chemins ruraux"),
    ("mob", r"mobilites|deplacements"),
    ("num", r"tres haut debit|\bthd\b|amenagement numerique"),
    ("urba", r"urbanisme|amenagement urbain|habitat|planification|droit des sols|\bads\b"),
    ("bat", (r"patrimoine bati|patrimoine departemental|batiments|services techniques|technique municipal|atelier"
             r"|\bst\b|\bdst\b|\bctm\b")),
    ("culture", r"cultur|musee|theatre|spectacle"),
    ("cim", r"cimetiere"),
    ("tour", r"tourisme|\bot\b"),
    ("eco", r"econom|commerce|halles"),
    ("police", r"police|tranquillite|garde champetre|\bpm\b"),
    ("ec", r"etat civil|elections|population"),
    ("si", r"\bdsi\b|informati|systemes d information"),
    ("rh", r"ressources humaines|\bdrh\b|personnel"),
    ("fin", r"financ|\bdaf\b|budget"),
    ("adm", r"administration|moyens generaux|logistique|secretariat|mairie|parc auto|parc vehicules|garage"),
]


def field_of_service(service: str) -> str:
    """The field a service name tells: the first of this part's SERVICE_KEYS whose words it holds."""
    return m_field_of_service(service, SERVICE_KEYS)


# --------------------------------------------------------------------------------------------
# invented authorities and their services
# --------------------------------------------------------------------------------------------

DGA = "Direction générale adjointe"
AUTHS = [
    Authority("VLB", "epci", 3, "code", op_formats=("OP{yy}/{n:03d} ", "Op{yy}/{n:03d} - "), svc={
        # Valbrune Métropole, a coastal métropole: numbered directions in upper case
        "sport": ["D3 - SPORTS", "D3.1 - PISCINES METROPOLITAINES"], "conserv": ["D2.3 - CONSERVATOIRE"],
        "culture": ["D2 - CULTURE", "D2.4 - MUSEES METROPOLITAINS"], "biblio": ["D2.2 - LECTURE PUBLIQUE"],
        "mob": ["D4 - MOBILITES", "D4.2 - DEPLACEMENTS"], "voirie": ["D5 - VOIRIE METROPOLITAINE", "D5.1 - VOIRIE ET OUVRAGES"],
        "eclair": ["D5.3 - ECLAIRAGE PUBLIC"], "urba": ["D6 - URBANISME REGLEMENTAIRE", "D6.2 - HABITAT"],
        "pdv": ["D6.5 - POLITIQUE DE LA VILLE"],
        "eau": ["D7 - CYCLE DE L'EAU", "D7.2 - ASSAINISSEMENT", "D7.3 - SPANC"],
        "energie": ["D8 - ENERGIE ET RESEAUX DE CHALEUR"], "climat": ["D8.1 - PLAN CLIMAT"],
        "risques": ["D8.3 - RISQUES MAJEURS"], "ens": ["D8.4 - ESPACES NATURELS"],
        "littoral": ["D9 - LITTORAL", "D9.1 - GESTION DES PLAGES"],
        "eco": ["D10 - DEVELOPPEMENT ECONOMIQUE"], "tour": ["D10.4 - TOURISME"], "alim": ["D10.6 - PROJET ALIMENTAIRE"],
        "num": ["D11 - AMENAGEMENT NUMERIQUE"],
        "dechets": ["D12 - COLLECTE DES DECHETS", "D12.2 - DECHETERIES"], "proprete": ["D12.3 - PROPRETE URBAINE"],
        "rh": ["D1.1 - DRH"], "adm": ["D1.2 - LOGISTIQUE", "D1.3 - PARC VEHICULES"], "fin": ["D1.4 - FINANCES"],
        "si": ["D1.5 - DSI", "D1.5 - SYSTEMES D'INFORMATION"], "bat": ["D1.6 - PATRIMOINE BATI"],
    }),
    Authority("MBV", "commune", 3, "mixed", svc={
        # Montbraval, a town of ~45,000: "Service municipal de ..." and acronyms with their expansion
        "edu": ["Service municipal de l'éducation", "Service municipal des affaires scolaires"],
        "pe": ["Service municipal de la petite enfance", "EAJE - établissement d'accueil du jeune enfant",
               "RAM - relais assistantes maternelles"],
        "restau": ["Service municipal de restauration scolaire"], "biblio": ["Service municipal de lecture publique"],
        "sport": ["Service municipal des sports", "Service municipal des piscines"],
        "social": ["CCAS - centre communal d'action sociale", "Service municipal des solidarités"],
        "sante": ["CMS - centre municipal de santé"],
        "seniors": ["RPA - résidence pour personnes âgées", "Service municipal des aînés"],
        "jeun": ["PIJ - point information jeunesse", "Service municipal de la jeunesse"],
        "egalite": ["Mission municipale égalité femmes-hommes"], "pdv": ["Service municipal politique de la ville"],
        "ev": ["Service municipal des espaces verts", "EV - espaces verts"], "proprete": ["Service municipal de la propreté"],
        "energie": ["Service municipal de l'énergie"], "eclair": ["Service municipal de l'éclairage public"],
        "voirie": ["Service municipal de la voirie"],
        "urba": ["ADS - application du droit des sols", "Service municipal de l'urbanisme"],
        "culture": ["Service municipal de la culture", "Service municipal des musées"],
        "cim": ["Service municipal des cimetières"], "eco": ["Service municipal du commerce"],
        "tour": ["OT - office de tourisme"], "police": ["PM - police municipale", "Service municipal de police"],
        "ec": ["Service municipal de l'état civil", "Service municipal des élections"],
        "si": ["Service municipal informatique"],
        "adm": ["Service municipal de la logistique", "Secrétariat général de la mairie"],
        "rh": ["Service municipal du personnel"], "fin": ["Service municipal des finances"],
        "bat": ["CTM - centre technique municipal", "Service municipal des bâtiments"],
    }),
    Authority("CTG", "commune", 1.5, "upper", svc={
        # Castagnols, a rural commune of ~900: lower case names and bare acronyms
        "edu": ["ecole communale", "ecole"], "restau": ["cantine scolaire", "cantine"], "pe": ["eaje", "micro creche"],
        "sport": ["salle des sports"], "social": ["ccas"], "biblio": ["bibliotheque municipale"],
        "ev": ["espaces verts et fleurissement", "ev"], "voirie": ["voirie communale", "voirie et reseaux divers communaux"],
        "cim": ["cimetiere communal et concessions"], "eclair": ["eclairage public"], "eau": ["aep", "spanc", "eau et assainissement"],
        "police": ["police rurale"], "ec": ["etat civil - elections"], "adm": ["mairie", "secretariat de mairie"],
        "fin": ["finances"], "bat": ["ctm", "st", "batiments communaux"],
    }),
    Authority("CCB", "epci", 2, "code", op_formats=("OPN {y}{n:02d} ", "Opn {y}{n:02d} - "), svc={
        # Communauté de communes du Pays de Brasquet: coded services "SCE nn ..."
        "pe": ["SCE 42 PETITE ENFANCE ET PARENTALITE", "SCE 43 RAM", "SCE 42 EAJE INTERCOMMUNAUX"], "jeun": ["SCE 44 JEUNESSE - PIJ"],
        "dechets": ["SCE 21 DECHETS MENAGERS ET ASSIMILES", "SCE 22 DECHETERIES"], "eau": ["SCE 24 EAU POTABLE", "SCE 25 SPANC"],
        "climat": ["SCE 26 PLAN CLIMAT"], "energie": ["SCE 27 ENERGIE"],
        "voirie": ["SCE 30 VOIRIE INTERCOMMUNALE"], "bat": ["SCE 31 BATIMENTS INTERCOMMUNAUX"],
        "urba": ["SCE 33 URBANISME - ADS", "SCE 34 HABITAT"], "mob": ["SCE 35 MOBILITES"],
        "eco": ["SCE 50 ECONOMIE", "SCE 52 ECONOMIE - ZONES D'ACTIVITES"], "tour": ["SCE 51 OT INTERCOMMUNAL", "SCE 51 TOURISME"],
        "alim": ["SCE 53 PROJET ALIMENTAIRE TERRITORIAL"], "num": ["SCE 54 THD"],
        "sport": ["SCE 61 PISCINE INTERCOMMUNALE DU PAYS DE BRASQUET"], "biblio": ["SCE 62 RESEAU DES BIBLIOTHEQUES"],
        "social": ["SCE 70 CIAS"], "seniors": ["SCE 71 SSIAD"],
        "adm": ["SCE 10 ADMINISTRATION GENERALE"], "fin": ["SCE 11 FINANCES"], "si": ["SCE 12 INFORMATIQUE"],
        "rh": ["SCE 13 RESSOURCES HUMAINES"],
    }),
    Authority("DSV", "dept", 2, "upper", svc={
        # the Département de Sorbe-et-Vaunage: long "Direction générale adjointe ..." forms
        "college": [f"{DGA} Éducation - Service des collèges", f"{DGA} Éducation - Collèges publics"],
        "restau": [f"{DGA} Éducation - Restauration des collèges"],
        "pmi": [f"{DGA} Solidarités - PMI", f"{DGA} Solidarités - Protection maternelle et infantile"],
        "seniors": [f"{DGA} Solidarités - Direction de l'autonomie"],
        "sante": [f"{DGA} Solidarités - Santé publique"], "egalite": [f"{DGA} Solidarités - Mission égalité"],
        "social": [f"{DGA} Solidarités - Action sociale de proximité"],
        "voirie": [f"{DGA} Territoires - Direction des routes", f"{DGA} Territoires - Routes, agence sud"],
        "ens": [f"{DGA} Territoires - Espaces naturels sensibles"],
        "num": [f"{DGA} Territoires - Aménagement numérique"],
        "culture": [f"{DGA} Attractivité - Culture et patrimoine"], "tour": [f"{DGA} Attractivité - Tourisme"],
        "sport": [f"{DGA} Attractivité - Sports"],
        "si": [f"{DGA} Ressources - DSI"], "adm": [f"{DGA} Ressources - Moyens généraux"], "rh": [f"{DGA} Ressources - DRH"],
        "fin": [f"{DGA} Ressources - Finances"], "bat": [f"{DGA} Ressources - Patrimoine départemental"],
    }),
]


# --------------------------------------------------------------------------------------------
# invented names that give no purpose: addresses, parts of a building, AP references
# --------------------------------------------------------------------------------------------

ARTICLES = Articles(vowels="aeéèêiîouy", elided=(), feminine=frozenset({"aile", "annexe"}))
NAMES = {
    "addr": ["7 rue Aristide Fauvergne", "19 avenue Clotilde Marsanne", "2 bis rue des Trois-Sarments",
             "44 rue Évariste Lombrail", "11 rue Marcelin Tourvel", "5 impasse de la Brousse-Haute",
             "26 rue Zélie Carrabin", "13 allée Firmin Ducastaing", "38 avenue Séverin Oustalet", "1 rue Hippolyte Garrance",
             "17 rue Adrien Bessaguet", "10 rue Prosper Valaurie"],
    "ex": [*YEARS, *YEARS, *(f"BP {y}" for y in YEARS), *(f"- BP {y}" for y in YEARS[1::2]),
           *(f"DM1 {y}" for y in YEARS[1::2]), *(f"DM2 {y}" for y in YEARS[::2]), *(f"- exercice {y}" for y in YEARS[1::3]),
           *(f"RAR {y}" for y in YEARS[::3]), *(f"- CP {y}" for y in YEARS[2::2])],
    "bloc": ["bâtiment D", "bâtiment E", "bâtiment 3", "bâtiment 5", "aile est", "aile ouest", "sous-sol", "niveau 2",
             "site Fauvergne", "site Lombrail", "annexe 1", "locaux du 2e étage", "pavillon 1"],
    "ap": ["AP 2019-04", "AP 2020-11", "AP n°2021-07", "AP 2022-15", "AP/CP 2023-02", "AP/CP 2024-09", "AP 2025-03",
           "APCP 18-06", "AP 21-12"],
}


# --------------------------------------------------------------------------------------------
# export styles: part M's abbreviations, with this part's phrases first (longest first)
# --------------------------------------------------------------------------------------------

ABBREV = [
    ("CREDITS DE PAIEMENT", ["CP"]), ("PRESTATIONS DE SERVICES", ["PREST SCES", "PREST. SERV."]),
    ("FOURNITURES DE PETIT EQUIPEMENT", ["FOURN PT EQPT", "FOURN. PETIT EQUIPT"]),
    ("MISE EN CONFORMITE", ["MISE EN CONF", "MISE EN CONFORM"]), ("MISE EN SECURITE", ["MISE EN SECU", "MISE SECURITE"]),
    ("ETUDES DE FAISABILITE", ["ETUD FAISAB", "ETUDES FAISAB"]), ("CONTRATS", ["CONTR.", "CTRATS"]),
    ("LOCAUX", ["LOCX", "LOCAUX"]), ("REMISE EN ETAT", ["REMISE ETAT", "REM. EN ETAT"]),
    *M_ABBREV,
]


# --------------------------------------------------------------------------------------------
# generic cores ("core|natures"), none of part M's: works and studies, equipment and running costs
# --------------------------------------------------------------------------------------------

WORKS = [
    "Travaux de mise en conformité {ex}|2135,2313", "Travaux de mise en conformité - {addr}|2135",
    "Travaux de mise en conformité {bloc}|2135", "Mise en sécurité des locaux {ex}|2135,615221",
    "Mise en sécurité des locaux - {bloc}|2135", "Mise en sécurité - {addr}|2135,615221",
    "Remise en état des locaux {ex}|615221,2135", "Remise en état - {addr}|615221", "Remise en état {bloc}|615228",
    "Travaux d'entretien des locaux {ex}|615221", "Entretien du bâti {ex}|615221,615228",
    "Travaux tous corps d'état {ex}|2313,2135", "Travaux tous corps d'état - {addr}|2313",
    "Travaux - {ap} - crédits de paiement|2313", "Crédits de paiement {y} - travaux|2313,2135", "Travaux programmés - tranche {n} {y}|2313",
    "Travaux de réfection {bloc}|2135,615221", "Interventions sur le bâti - {addr}|615221",
    "Opération de travaux {y} - phase {n}|2313", "Travaux - {ap}|2313,2135",
]
STUDIES = [
    "Frais d'études - {addr}|2031", "Frais d'études {bloc}|2031", "Études de faisabilité {ex}|2031,617",
    "Études de faisabilité - {addr}|2031", "Mission de maîtrise d'œuvre - tranche {n} {y}|2031",
    "Relevés et diagnostics {bloc}|2031,617", "Études - {ap}|2031", "Missions de contrôle technique {ex}|2031,617",
    "Frais d'études - crédits de paiement {y}|2031",
]
EQUIP = [
    "Fournitures de petit équipement {ex}|60632", "Fournitures de petit équipement - {bloc}|60632",
    "Équipement des locaux {ex}|2188,2184", "Équipement des locaux - {addr}|2188", "Remplacement du matériel {ex}|2188",
    "Remplacement du matériel hors d'usage {y}|2188", "Renouvellement du parc matériel {ex}|2188,2157",
    "Matériels et équipements - {ap}|2188", "Achat de petit matériel {ex}|60632", "Dotation en équipements {y}|2188",
    "Crédits de paiement {y} - équipement|2188", "Équipements - tranche {n} {y}|2188",
]
RUNNING = [
    "Contrats de maintenance - {bloc}|6156", "Contrats de maintenance et d'entretien {ex}|6156",
    "Prestations de services - {bloc}|611", "Prestations de services diverses {ex}|611",
    "Location de matériel - {bloc}|6135", "Location de matériel - tranche {n} {y}|6135", "Locations diverses {ex}|6135",
    "Maintenance préventive {ex}|6156", "Maintenance curative - {bloc}|6156", "Vérifications réglementaires - {addr}|611",
    "Fournitures et petits matériels {ex}|60632,6068", "Charges de fonctionnement {ex}|6068,611",
    "Crédits de fonctionnement {ex}", "Ajustement de crédits {ex}", "Restes à réaliser {y}", "Engagements reportés {y}",
]
FURNITURE = [
    "Mobilier de bureau {ex}|2184", "Équipement mobilier - {bloc}|2184", "Achat de mobilier - {addr}|2184",
    "Remplacement du mobilier {y}|2184", "Sièges et rangements {ex}|2184",
]
VEHICLES = [
    "Renouvellement du parc automobile {ex}|2182", "Remplacement d'un véhicule - tranche {n}|2182",
    "Fourgonnette {ex}|2182", "Location longue durée de véhicules {ex}|6135", "Carburants {ex}|60622",
    "Réparations de véhicules {ex}|61551",
]
SOFTWARE = ["Logiciel - maintenance annuelle {y}|6156", "Licences et abonnements logiciels {ex}|6156,611"]
CLEANING = ["Entretien ménager des locaux {ex}|6283", "Prestations de ménage - {addr}|6283", "Produits d'entretien {ex}|60631"]

# any of these words (folded) keeps a render generic after a cut: part M's and this part's
KEY = (M_KEY + r"|securi|credit|\bcp\b|\bap\b|\bapcp\b|locaux|\blocx\b|charges|interventions|remise|\brem\b|dotation"
       r"|engagements|restes|ajustement|licence|fourgon|carbur|menage|sieges|releves|mission|faisab|corps|bati|operation"
       r"|achat|produits|conform")


# --------------------------------------------------------------------------------------------
# templates and plan: part M's, on this part's cores
# --------------------------------------------------------------------------------------------

CORES = GenericCores(WORKS, STUDIES, EQUIP, RUNNING, FURNITURE, VEHICLES, SOFTWARE, CLEANING, KEY)
group = CORES.group


SI_MOVABLES = T(with_natures(FURNITURE + VEHICLES, ADM), ADM, ["si"], f=["020"], key=KEY, cap=2)
NOTHING = [
    T(with_natures(WORKS + STUDIES, ADM), ADM, ["adm"], key=KEY, cap=26),
    T(with_natures(EQUIP + RUNNING + FURNITURE + VEHICLES + CLEANING, ADM), ADM, ["adm"], key=KEY, cap=36),
]

PLAN: list[tuple[str, str, list[T], int]] = [
    ("a1 education services (4)", "svc", group(
        ("edu", 5, 7), ("pe", 5, 7), ("restau", 0, 5), ("conserv", 2, 3), ("college", 4, 5), ("biblio", 3, 5)), 44),
    ("a2 health, sport and social services (3, 1)", "svc", group(
        ("sport", 7, 8), ("social", 5, 7), ("sante", 3, 4), ("seniors", 3, 4), ("pmi", 0, 4)), 37),
    ("a3 youth, neighbourhood and equality services (10, 5)", "svc", group(
        ("jeun", 3, 6), ("pdv", 2, 4), ("egalite", 0, 4)), 16),
    ("a4 environment and network services (2, 6, 7, 12, 13, 14, 15)", "svc", group(
        ("alim", 2, 3), ("ev", 4, 5), ("ens", 2, 3), ("dechets", 2, 5), ("proprete", 2, 4), ("eau", 5, 6),
        ("energie", 2, 4), ("risques", 2, 3), ("climat", 2, 3), ("littoral", 3, 4)), 52),
    ("a5 public space, culture, economy and digital services (11, 8, 9)", "svc", group(
        ("voirie", 4, 4), ("urba", 2, 3), ("culture", 3, 4), ("cim", 2, 3), ("mob", 2, 3), ("eclair", 2, 2),
        ("eco", 2, 3), ("tour", 2, 4), ("num", 2, 2)), 40),
    ("a6 police, civil status and IT services (16)", "svc", group(("police", 2, 4), ("ec", 2, 3), ("si", 0, 5)), 13),
    ("a7 administration and technical services (16:100)", "svc", [
        *group(("adm", 2, 3), ("rh", 1, 2), ("fin", 1, 2), ("bat", 3, 3)), SI_MOVABLES], 15),
    ("b1 education fonctions (4)", "fct", group(
        ("edu", 3, 5), ("pe", 2, 3), ("restau", 0, 2), ("biblio", 2, 2), ("college", 2, 3)), 20),
    ("b2 sport, health and social fonctions (3, 1)", "fct", group(
        ("sport", 4, 5), ("sante", 2, 2), ("social", 2, 4), ("seniors", 1, 2)), 19),
    ("b3 youth, neighbourhood and equality fonctions (10, 5)", "fct", group(
        ("jeun", 2, 3, ["338"]), ("pdv", 1, 2), ("egalite", 0, 2)), 8),
    ("b4 environment and network fonctions (6, 7, 12, 13, 14, 15)", "fct", group(
        ("ev", 2, 3), ("ens", 1, 2), ("proprete", 0, 2, ["720"]), ("dechets", 0, 2, ["721", "7213"]), ("eau", 2, 3),
        ("energie", 1, 2), ("climat", 0, 2), ("risques", 1, 1), ("littoral", 1, 2)), 21),
    ("b5 public space, culture, economy and digital fonctions (11, 8, 9)", "fct", group(
        ("voirie", 2, 2, ["84", "845", "844"]), ("urba", 1, 2, ["51", "515", "55"]), ("culture", 1, 2), ("cim", 1, 1),
        ("mob", 0, 2, ["82"]), ("eclair", 1, 1), ("eco", 0, 2), ("tour", 0, 2), ("num", 1, 1)), 16),
    ("b6 administration fonctions (16)", "fct", group(
        ("ec", 1, 1, ["022"]), ("adm", 0, 1, ["028"]), ("rh", 0, 1, ["021"]), ("police", 1, 1)) + [
        T(with_natures(WORKS + STUDIES, ADM_BLD), ADM_BLD, ["adm"], f=["020"], key=KEY, cap=2),
        T(with_natures(EQUIP + RUNNING + FURNITURE + VEHICLES, ADM), ADM, ["adm"], f=["020"], key=KEY, cap=2)], 7),
    ("c no service and no fonction (16:100)", "none", NOTHING, 55),
]
SECTIONS = [(name, templates, want) for name, _context, templates, want in PLAN]
CONTEXT = {name: context for name, context, _templates, _want in PLAN}


# --------------------------------------------------------------------------------------------
# part O's machinery: part M's, with this part's service words and forms
# --------------------------------------------------------------------------------------------

class UnseenServicePart(GenericPart):
    """Part M's GenericPart, with this part's service words (``field_of_service``) and forms: a
    service is written as named, in upper case, in lower case, or cut at 15 to 25 characters
    where the cut keeps its field's words."""

    def service_cell(self, auth: Authority, field: str) -> str:
        s = self.draw.pick(auth.svc[field])
        r = self.rng.random()
        if r < 0.16 and len(s) > 25:
            cuts = [c for c in (s[:n].rstrip(" -./,'(") for n in range(15, 26)) if field_of_service(c) == field]
            if cuts:
                s = self.draw.pick(cuts)
        elif r < 0.22:
            s = up(s)
        elif r < 0.3:
            s = s.lower()
        return s


PART = UnseenServicePart(
    rng, draw, authorities=AUTHS, names=NAMES, articles=ARTICLES, kind_names={}, kind_words={}, years=YEARS,
    abbrev=ABBREV, programme_prefix="APCP", tail_word="crédits reportés", service_rate=1.0, context=CONTEXT,
)


def main() -> None:
    used = {f for _n, _c, templates, _w in PLAN for t in templates for f in t.fields}
    check_services(AUTHS, sorted(used), field_of_service)
    PART.run(SECTIONS, OUT, OTHER_PARTS, BRIEF_EXAMPLES)
    report(OUT, PART, range(300, 401))


if __name__ == "__main__":
    main()
