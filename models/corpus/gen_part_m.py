"""Write part M of Verdir's labelled training corpus: lines that give no purpose.

The codebook: "When a line is only a generic building or equipment purchase (vehicles,
furniture, 'travaux divers') with no purpose given, use the function or service it belongs to;
with none at all, give 16 (institutions) 100." Every libellé of this part is such a line
(travaux divers, gros entretien, GER, grosses réparations, petits travaux, mise aux normes,
études, honoraires MOE, AMO, matériel, outillage, mobilier, véhicules, logiciel métier,
maintenance, contrôles réglementaires, fournitures, location, nettoyage des locaux, assurances,
frais de fonctionnement, acquisitions diverses, enveloppe annuelle, reports...), with a year,
budget step, tranche, operation code, building or street address at most: read alone, none
says what it is for. What decides is beside it:

  (a) about 60 % of the rows: a service or direction whose field is clear (sections a1-a7);
  (b) about 25 %: no service, an M57 fonction (sometimes with a nature and chapitre) whose field
      is clear (sections b1-b6);
  (c) about 15 %: neither service nor fonction (section c): 16:100, the codebook's fallback;
      generic lines under an administration service (moyens généraux, RH, finances, technical
      services and buildings with no field) are 16:100 as well (section a7).

Labels. The label of a row is the one parts A to L write for generic lines under the same kind
of service or fonction. Before writing each section the generic libellés of parts A-L (those
made only of generic words, years, budget steps and codes: 738 rows) were counted by the field
their service names (its words, folded) or, without a service, by their fonction; counts are
rows (parts). Two kinds of lines split differently in the corpus, and are counted apart:
building works and studies ("works": travaux divers, gros entretien, mise aux normes, MOE, AMO,
études, diagnostics) take the field's building split; equipment and running costs ("equipment":
matériel, mobilier, véhicules, maintenance, fournitures, assurances...) take the field's main
goal alone. Where the corpus has nothing the codebook's table decides, and where it is split the
majority is taken and named.

  a1 education (4): schools' services: equipment 4:100 (21, parts A C E H I J), works 4:85;11:15
     (11 of 13, parts C E H I; parts A and C write 2 at 4:100); early childhood: equipment 4:100
     (16, C E H I J), works 4:85;11:15 (13/13, E H I); school catering: 4:70;2:30 (7/7, E H; no
     works line in the corpus, none written); conservatoires: equipment 4:100 (7, C E H), works
     4:85;11:15 (4/4, E H); libraries: 4:60;11:40 for both (13/13, E H I J); a département's
     collèges: no generic line in the corpus, written as schools (codebook: collèges are 4);
  a2 health and sport (3), social action (1): sports: equipment 3:100 (15 of 16, C E H I J), works
     3:85;11:15 (13/13, E H I); health: equipment 3:100 (6/6, E I J), works 3:85;11:15 (3 of 4,
     E H); older people: equipment 3:100 (2 of 3, E; part J writes one at 3:70;10:30), works
     3:85;11:15 (3/3, E H); PMI: 3:80;4:20 (1/1, J; the codebook's PMI split), equipment only;
     social action and CCAS: equipment 1:100 (11/11, C E H), works 1:85;11:15 (4/4, E H);
  a3 youth (10), priority neighbourhoods (10), gender equality (5): youth: equipment 10:100 (14/14,
     B C E H I J), works 10:85;11:15 (2/2, C); politique de la ville: equipment 10:100 (2/2, E),
     works 10:85;11:15 (2/2, H I); gender equality: 5:100 (3/3, E J), equipment only;
  a4 environment and networks: food (municipal farm, food project): equipment 2:100 (3/3, E),
     works 2:70;11:30 (6/6, E H); parks and green spaces: equipment 15:100 (9 of 12, C E H I J;
     part E writes furniture 15:60;11:40 twice and part H one line 2:100, so no furniture is
     written here), works 15:70;11:30 (4/4, E H); espaces naturels sensibles: 15:100 for both
     (3/3, E J); waste collection: equipment 12:100 (6/6, C E), works 12:100 (2 of 3, E; part H
     writes one at 12:85;11:15); street cleaning: equipment 12:70;11:30 (9 of 17, E; parts C H J
     write 8 at 12:100; with fonction 720 alone 2/2 at 12:70;11:30, also the prior of 72 and
     720), works 12:85;11:15 (2/2, E); water and sanitation: equipment 6:100 (9/9, C E H), works
     6:85;11:15 (9 of 10, E H I); energy: equipment 7:100 (7/7, E I), works 7:80;13:20 (2/2, E);
     major risks: equipment 13:100 (4/4, E), works 13:80;11:20 (3/3, E H); climate plan:
     equipment 13:100 (4/4, E), studies 13:70;11:30 (2/2, E; no building works written); coast,
     beaches and marina: equipment 14:100 (6/6, E), works 14:80;11:20 (3/3, E, of which 2 under
     "Littoral et ports");
  a5 public space, culture, economy, digital (11, 8, 9): roads: equipment 11:100 (10 of 12, C E H
     I; part J writes 2 at 11:80;9:20), works 11:80;9:20 (5 of 6, E H); urban planning and
     housing: 11:100 for both (11/11, B E H); culture: 11:100 for both (18 of 19, B C E H J);
     cemeteries: 11:100 for both (16/16, E H J); mobility: equipment 11:100 (8 of 9, E H), works
     11:80;13:20 (3/3, E I); street lighting: 11:70;7:30 for both (8/8, E H I); economy and
     markets: equipment 8:100 (12/12, B E H J), works 8:85;11:15 (4/4, E H); tourism: equipment
     8:100 (6/6, C E J), works 8:80;11:20 (3 of 5, E H); very-high-speed broadband: 9:100 for
     both (7 of 9, E H);
  a6 institutions (16): municipal police: equipment 16:100 (6 of 7, C E H J), works 16:85;11:15
     (5/5, C E H); civil status and elections: equipment 16:100 (8/8, E J), works 16:85;11:15
     (1/1, E, and 4 of 6 under fonctions 020 and 022); the IT department: 16:70;9:30 (11 of 12, E
     H I; the codebook's IT of the services), equipment and running costs only;
  a7 administration and technical services (16:100): moyens généraux, RH, finances, the technical
     services and the buildings department with no field: 16:100 for equipment (39/39, C E H I J)
     and works (12 of 14, C E H); the IT department's furniture 16:100 (2/2, E);
  b1-b6 fonction only, no service: the same labels, counted on the corpus's lines with a fonction
     and no service: schools 211/212/213/20 equipment 4:100 (4/4), works 4:85;11:15 (the school
     services' split: fonction-only works are 1 at 4:85;11:15 and 1 at 4:100); early childhood
     422x 4:100 (8/8) and 4:85;11:15 (3/3); 281 4:70;2:30 (1/1); 313 4:60;11:40 (2/2); 221 as
     schools; 32x 3:100 (10/10) and 3:85;11:15 (4/4); 41x 3:100 (1/1) and 3:85;11:15 (3/3); 42x
     1:100 (3/3) and 1:85;11:15 (4/4); 423 and 4238 3:100 (1/1) and 3:85;11:15 (as a2); 338
     10:100 (7/7) and 10:85;11:15 (2/2); 52 10:100 (3/3) and 10:85;11:15 (as a3); 341 5:100 (as
     a3); 511 15:100 (5/5) and 15:70;11:30 (3/3); 76 15:100 (3/3); 720 12:70;11:30 (2/2); 721 and
     7213 12:100 (2/2 under 721; works under 7212 are split 1/1 and not written); 73x 6:100 (5/5)
     and 6:85;11:15 (2/2); 75x 7:100 (1/1) and 7:80;13:20 (2/2); 71 13:100 (5/5); 735 13:100
     (1/1) and 13:80;11:20 (as a4); 56 14:100 (1/1) and 14:80;11:20 (as a4); 84x 11:100 (8/8) and
     11:80;9:20 (4/4); 51x and 55x 11:100 (6/6); 31x 11:100 (7/7); 025 11:100 (3/3); 82 11:100
     (4/4); 512 11:70;7:30 (3/3); 632 and 61 8:100 (3/3, under 61 and 6312); 633 8:100 (8/8); 57
     and 67 9:100 (2/2); 020 equipment 16:100 (3 of 5; part E writes 2 at 16:70;9:30) and works
     16:85;11:15 (3 of 5); 022 16:100 (6/6) and 16:85;11:15 (1/1); 028 16:100 (1/1); 021 16:100
     (the RH services'); 11 16:100 (1/1) and 16:85;11:15 (the police services');
  c  no service, no fonction: 16:100 (50/50, C E H I).

A business software ("logiciel métier") is written only under the fields where the corpus gives
a field's software its field alone (urban planning, cemeteries, markets, waste, energy: 18 rows
at the field's 100 against 4 at 80:20 with 9) and under the IT department (16:70;9:30); never
with nature 2051, whose prior is 16. Vehicles are written under the services that run them,
"nettoyage des locaux" only under services with premises.

Five invented authorities, each naming its services its own way: Castelmaure (a coastal city of
~140,000, direction codes: "DPEF - CRECHES MUNICIPALES", "DSOL - ACTION SOCIALE", "DML - PORT DE
PLAISANCE", glossary acronyms "CCAS DE CASTELMAURE", "CMS CASTELMAURE", "PM - POLICE MUNICIPALE",
"DSI", "DRH", "DAF", "DST"), Roquebrenne (a town of ~28,000, full mixed-case names: "Direction de
la petite enfance", "Centre communal d'action sociale", "Service population - élections"),
Mézerolles (a village of ~1,800, short upper-case names and acronyms: "ECOLE", "CANTINE", "GARDE
CHAMPETRE", "EV", "AEP", "ASST", "ST"), Orbanne Agglomération ("Pôle Cycle de l'eau / SPANC",
"Pôle Familles / RPE", "Pôle Moyens / DSI") and the Département de Haute-Ondaine (long upper-case
directions: "DIRECTION DE L'EDUCATION ET DES COLLEGES", "SERVICE DEPARTEMENTAL DE PMI",
"DIRECTION DES ROUTES - AGENCE NORD"). A service name always holds the words of one field
(checked: the first field whose words it holds, in the order of SERVICE_KEYS, is its own), in
full, as an acronym, in upper case or cut at 20 to 24 characters after those words.

Export forms: upper case with the glossary's abbreviations (TVX, TRX, TRVX, GER, ACQ, MAT, MATL,
MOB, MOBIL, VEH, VEHIC, VL, VU, VUL, EQPT, EQUIPT, DIV, ENTR, MAINT, FOURN, LOC, NETT, ASSUR,
HONOR, ETUD, FONCT, FCT, RENOUV, REMPL, LOGIC, CTRL, AMGT, BAT, PROG, PREST, DIAG, REFECT, MOE,
AMO...) and the brief's "VEH UTIL", mixed case with or without accents, lower case, years and
budget steps (BP, DM1, DM2, RAR, exercice, programme), tranches, phases, lots, "reports", "crédits
reportés", operation codes, and a few
labels cut at 30 or 40 characters, always after a generic word; invented street addresses and
building parts ("bâtiment C", "aile nord") that give no purpose. M57 codes: on about 30 % of the
(a) rows (a fonction of the service's field and/or a nature), on every (b) row (the fonction,
with a nature and chapitre on about half), on about a quarter of the (c) rows (a nature or
chapitre without a prior); always agreeing with the label's main goal (codes_agree).

Labels of parts A to L, of the outside probes and of the brief's own fragments are skipped;
lines inside the part are distinct, and a filled core (its words, year, address or building) is
written at most twice. All names of places, people and services are invented.

The machinery (authorities, filling of names, export renderer, templates, checks and report) is
boundary_generator.py's, unchanged; this file subclasses BoundaryPart for what this part does
differently: the service or fonction of a row is what decides (never a crossing service), a
section writes all its rows with a service, all with a fonction and no service, or all with
neither, a service name is cut only where it keeps its field's words, and a line never ends with
"marché n°" (a procurement contract a reader could take for a market, 8).

Deterministic, stdlib only, no network:  python gen_part_m.py  ->  part_m.csv (same folder).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from boundary_generator import (
    YEARS,
    Articles,
    Authority,
    BoundaryPart,
    Row,
    Template,
    split_spec,
)
from generator_tools import (
    FCT,
    L,
    agreeing_only,
    chapter_of_nature,
    codes_agree,
    fold,
    part_setup,
    up,
    written_rows,
)
from shared_labels import (
    ADM,
    ADM_BLD,
    ADM_IT,
    BEACH,
    BIODIV,
    CANTEEN,
    CLIMATE,
    CULT,
    ECO,
    EDU,
    FLOOD,
    GENDER,
    HEALTH,
    HEALTH_BLD,
    HEATNET,
    LIB,
    MARKET_BLD,
    PMI,
    ROAD,
    SCH,
    SOC_BLD,
    SPORT,
    SPORT_BLD,
    THD,
    TOUR,
    TRANSIT,
    URBA,
    URBAGRI,
    W_NET,
    WASTE,
    YOUTH,
    YOUTH_BLD,
    W,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1313)
# Fragments quoted in the brief of this slice: the slice writes its own lines, never these alone.
BRIEF_EXAMPLES = [
    "travaux divers", "gros entretien", "grosses réparations", "petits travaux", "mobilier", "matériel", "outillage",
    "véhicules", "véhicule utilitaire", "véhicule léger", "remplacement véhicule", "véhicule de remplacement",
    "honoraires", "études", "maintenance", "contrôles réglementaires", "fournitures", "location", "nettoyage",
    "assurances", "frais de fonctionnement", "acquisitions diverses", "enveloppe annuelle", "reports", "logiciel métier",
    "renouvellement de matériel", "TVX DIVERS", "ACQ MAT", "GER", "MOB", "VEH UTIL", "BP", "DM",
]


# --------------------------------------------------------------------------------------------
# labels this part writes beside the shared ones (each is the corpus's dominant split)
# --------------------------------------------------------------------------------------------

SOC = L(1, 100)
FOOD = L(2, 100)
OLD = L(3, 100)
PARK = L(15, 100)
PARK_WORKS = L(15, 70, 11, 30)
CLEAN = L(12, 70, 11, 30)
CLEAN_WORKS = L(12, 85, 11, 15)
NRJ = L(7, 100)
CLIMATE_STUDY = L(13, 70, 11, 30)
SEA = L(14, 100)
LIGHT = L(11, 70, 7, 30)


# --------------------------------------------------------------------------------------------
# the fields a service or fonction may name: (equipment label, works label or None, fonctions,
# what its lines may be: V vehicles, M furniture, N premises cleaning, S software, W works)
# --------------------------------------------------------------------------------------------

FIELDS: dict[str, tuple[str, str | None, list[str], str]] = {
    "edu": (EDU, SCH, ["211", "212", "213", "20"], "VMNW"),
    "pe": (EDU, SCH, ["422", "4221", "4222"], "MNW"),
    "restau": (CANTEEN, None, ["281"], "VMN"),
    "conserv": (EDU, SCH, [], "MNW"),
    "college": (EDU, SCH, ["221"], "VMNW"),
    "biblio": (LIB, LIB, ["313"], "VMNW"),
    "sport": (SPORT, SPORT_BLD, ["32", "321", "322", "323", "325"], "VMNW"),
    "social": (SOC, SOC_BLD, ["42", "420", "424", "428"], "VMNW"),
    "sante": (HEALTH, HEALTH_BLD, ["41", "410", "414", "418"], "VMNW"),
    "seniors": (OLD, HEALTH_BLD, ["423", "4238"], "MNW"),
    "pmi": (PMI, None, ["411"], "MN"),
    "jeun": (YOUTH, YOUTH_BLD, ["338", "33"], "VMNW"),
    "pdv": (YOUTH, YOUTH_BLD, ["52"], "MNW"),
    "egalite": (GENDER, None, ["341"], "M"),
    "alim": (FOOD, URBAGRI, ["631", "6318"], "VW"),
    "ev": (PARK, PARK_WORKS, ["511"], "VW"),
    "ens": (BIODIV, BIODIV, ["76"], "VW"),
    "dechets": (WASTE, WASTE, ["721", "7212", "7213"], "VSW"),
    "proprete": (CLEAN, CLEAN_WORKS, ["72", "720"], "VW"),
    "eau": (W, W_NET, ["73", "731", "732", "733"], "VW"),
    "energie": (NRJ, HEATNET, ["75", "758"], "VSW"),
    "risques": (CLIMATE, FLOOD, ["735"], "VW"),
    "climat": (CLIMATE, CLIMATE_STUDY, ["71"], "W"),  # its works label is written on studies only
    "littoral": (SEA, BEACH, ["56"], "VW"),
    "voirie": (URBA, ROAD, ["84", "845", "847"], "VW"),
    "urba": (URBA, URBA, ["51", "510", "515"], "MSW"),
    "culture": (CULT, CULT, ["31", "312", "314", "316"], "VMNW"),
    "cim": (CULT, CULT, ["025"], "VSW"),
    "mob": (URBA, TRANSIT, ["82", "820"], "MW"),
    "eclair": (LIGHT, LIGHT, ["512"], "VW"),
    "eco": (ECO, MARKET_BLD, ["632", "61"], "VMSW"),
    "tour": (ECO, TOUR, ["633"], "VMNW"),
    "num": (THD, THD, ["57"], "W"),
    "police": (ADM, ADM_BLD, ["11"], "VMNW"),
    "ec": (ADM, ADM_BLD, ["020", "022"], "MNW"),
    "si": (ADM_IT, None, ["020"], "S"),
    "adm": (ADM, ADM, ["020", "028"], "VMNW"),
    "rh": (ADM, ADM, ["021", "020"], "MNW"),
    "fin": (ADM, ADM, ["020"], "MNW"),
    "bat": (ADM, ADM, ["020"], "VMNW"),
}

# the words (folded) that tell a service's field; a service's own field is the first whose words
# it holds, in this order (the most specific first: "restauration scolaire" is catering)
SERVICE_KEYS: list[tuple[str, str]] = [
    ("restau", r"restauration|cantine|cuisine centrale"),
    ("pmi", r"\bpmi\b|maternelle et infantile"),
    ("pe", r"petite enfance|creche|\beaje\b|\brpe\b"),
    ("biblio", r"mediath|lecture publique|biblioth"),
    ("conserv", r"conservatoire"),
    ("college", r"college"),
    ("edu", r"education|scolaire|ecoles?\b"),
    ("sport", r"sport|piscine"),
    ("seniors", r"personnes agees|autonomie|\baines\b"),
    ("sante", r"sante|\bcms\b"),
    ("egalite", r"egalite"),
    ("pdv", r"politique de la ville|\bqpv\b|quartiers"),
    ("jeun", r"jeune|\bmjc\b"),
    ("social", r"ccas|cias|solidarit|action sociale"),
    ("alim", r"ferme|alimentaire"),
    ("ens", r"espaces naturels|\bens\b"),
    ("ev", r"espaces verts|parcs et jardins|\bev\b"),
    ("proprete", r"proprete|nettoiement"),
    ("dechets", r"dechet|decheter"),
    ("eau", r"\beau\b|assainissement|spanc|\baep\b|\basst\b"),
    ("energie", r"energie"),
    ("climat", r"climat"),
    ("risques", r"risques"),
    ("littoral", r"littoral|plages|port de plaisance"),
    ("eclair", r"eclairage"),
    ("voirie", r"voirie|routes|chemins ruraux"),
    ("mob", r"mobilites|deplacements"),
    ("num", r"tres haut debit|\bthd\b|amenagement numerique"),
    ("urba", r"urbanisme|amenagement urbain|habitat|planification|droit des sols"),
    ("bat", (r"patrimoine bati|patrimoine departemental|batiments|services techniques|technique municipal|atelier"
            r"|\bst\b|\bdst\b|\bctm\b")),
    ("culture", r"cultur|musee|theatre|spectacle"),
    ("cim", r"cimetiere"),
    ("tour", r"tourisme"),
    ("eco", r"econom|commerce|halles"),
    ("police", r"police|tranquillite|garde champetre"),
    ("ec", r"etat civil|elections|population"),
    ("si", r"\bdsi\b|informati|systemes d information"),
    ("rh", r"ressources humaines|\bdrh\b|personnel"),
    ("fin", r"financ|\bdaf\b|budget"),
    ("adm", r"administration|moyens generaux|logistique|secretariat|mairie|parc auto|parc vehicules|garage"),
]


def field_of_service(service: str, keys: list[tuple[str, str]] = SERVICE_KEYS) -> str:
    """The field a service name tells: the first of ``keys`` whose words it holds."""
    folded = fold(service)
    return next((f for f, k in keys if re.search(k, folded)), "")


# --------------------------------------------------------------------------------------------
# invented authorities and their services
# --------------------------------------------------------------------------------------------

AUTHS = [
    Authority("CAS", "commune", 3, "code", op_formats=("OPE {y}.{n:03d} ", "Opé. {y}.{n:03d} - "), svc={
        # Castelmaure, a coastal city of ~140,000: direction codes in upper case, glossary acronyms
        "edu": ["DEDU - ECOLES", "DEDU - AFFAIRES SCOLAIRES", "DIRECTION DE L'EDUCATION"],
        "pe": ["DPEF - PETITE ENFANCE", "DPEF - CRECHES MUNICIPALES", "DPEF - EAJE"],
        "restau": ["DEDU - RESTAURATION SCOLAIRE", "CUISINE CENTRALE"], "conserv": ["DCUL - CONSERVATOIRE"],
        "biblio": ["DCUL - LECTURE PUBLIQUE", "DCUL - MEDIATHEQUES"],
        "sport": ["DSPO - SPORTS", "DSPO - PISCINES", "DSPO - EQUIPEMENTS SPORTIFS"],
        "social": ["CCAS DE CASTELMAURE", "DSOL - SOLIDARITES", "DSOL - ACTION SOCIALE"],
        "sante": ["DSAN - SANTE PUBLIQUE", "CMS CASTELMAURE"], "seniors": ["DSOL - PERSONNES AGEES", "DSOL - RESIDENCES AUTONOMIE"],
        "jeun": ["DJEU - JEUNESSE", "DJEU - MJC ET ESPACES JEUNES"], "pdv": ["DCQ - POLITIQUE DE LA VILLE", "DCQ - QPV"],
        "egalite": ["MISSION EGALITE FEMMES-HOMMES", "DCQ - EGALITE FEMMES-HOMMES"],
        "ev": ["DNE - ESPACES VERTS", "DNE - PARCS ET JARDINS"], "proprete": ["DPU - PROPRETE URBAINE", "DPU - NETTOIEMENT"],
        "energie": ["DTRE - ENERGIE", "DTRE - FLUIDES ET ENERGIE"], "risques": ["DTRE - RISQUES MAJEURS"],
        "climat": ["DTRE - PLAN CLIMAT"], "littoral": ["DML - LITTORAL", "DML - PLAGES", "DML - PORT DE PLAISANCE"],
        "voirie": ["DVP - VOIRIE COMMUNALE", "DVP - VOIRIE"], "eclair": ["DVP - ECLAIRAGE PUBLIC"],
        "urba": ["DAU - URBANISME", "DAU - DROIT DES SOLS"],
        "culture": ["DCUL - MUSEES", "DCUL - SPECTACLE VIVANT", "DCUL - AFFAIRES CULTURELLES"], "cim": ["DCI - CIMETIERES"],
        "ec": ["DCI - ETAT CIVIL", "DCI - ELECTIONS"],
        "eco": ["DAE - DEVELOPPEMENT ECONOMIQUE", "DAE - COMMERCE", "DAE - HALLES ET MARCHES"], "tour": ["DAE - TOURISME"],
        "num": ["DNUM - TRES HAUT DEBIT", "MISSION THD"], "police": ["PM - POLICE MUNICIPALE", "DTP - TRANQUILLITE PUBLIQUE"],
        "si": ["DSI", "DSI - SYSTEMES D'INFORMATION"], "adm": ["DRM - MOYENS GENERAUX", "DRM - LOGISTIQUE", "DRM - PARC AUTOMOBILE"],
        "rh": ["DRH", "DRH - GESTION DU PERSONNEL"], "fin": ["DAF", "DAF - BUDGET ET COMPTABILITE"],
        "bat": ["DPB - PATRIMOINE BATI", "DST"],
    }),
    Authority("ROQ", "commune", 3, "mixed", svc={  # Roquebrenne, a town of ~28,000: full names in mixed case
        "edu": ["Direction de l'éducation", "Service scolaire", "Service des écoles"],
        "pe": ["Direction de la petite enfance", "Crèches municipales", "Service petite enfance"],
        "restau": ["Service de restauration scolaire", "Cuisine centrale municipale"],
        "conserv": ["Conservatoire municipal de musique et de danse"], "biblio": ["Réseau des médiathèques", "Médiathèque municipale"],
        "sport": ["Direction des sports", "Service des sports"],
        "social": ["CCAS", "CCAS - Centre communal d'action sociale", "Direction des solidarités"],
        "sante": ["Centre municipal de santé", "Service santé publique"], "seniors": ["Résidence autonomie", "Service des aînés"],
        "jeun": ["Service jeunesse", "Direction de la jeunesse"], "pdv": ["Politique de la ville", "Mission quartiers prioritaires"],
        "egalite": ["Mission égalité femmes-hommes"], "alim": ["Ferme municipale", "Mission projet alimentaire de territoire"],
        "ev": ["Service espaces verts", "Direction des parcs et jardins"], "proprete": ["Service propreté urbaine"],
        "energie": ["Service énergie", "Mission maîtrise de l'énergie"],
        "voirie": ["Service voirie", "Direction de la voirie et des réseaux"],
        "urba": ["Service urbanisme", "Direction de l'aménagement urbain"],
        "culture": ["Direction des affaires culturelles", "Musée municipal", "Théâtre municipal"],
        "cim": ["Service des cimetières"], "eclair": ["Éclairage public"],
        "eco": ["Service commerce et artisanat", "Développement économique"], "tour": ["Office de tourisme municipal"],
        "police": ["Police municipale"], "ec": ["État civil", "Service population - élections"],
        "si": ["Service informatique"], "adm": ["Administration générale", "Moyens généraux", "Secrétariat général", "Garage municipal"],
        "rh": ["Ressources humaines"], "fin": ["Service des finances"],
        "bat": ["Services techniques", "CTM", "Centre technique municipal", "Service bâtiments"],
    }),
    Authority("MEZ", "commune", 1.5, "upper", svc={  # Mézerolles, a village of ~1,800: short upper-case names
        "edu": ["ECOLE", "SCOLAIRE"], "restau": ["CANTINE", "CANTINE SCOLAIRE"], "pe": ["MICRO-CRECHE"], "sport": ["SPORTS"],
        "social": ["CCAS"], "biblio": ["BIBLIOTHEQUE"], "ev": ["ESPACES VERTS", "EV"], "voirie": ["VOIRIE", "CHEMINS RURAUX"],
        "cim": ["CIMETIERE"], "eclair": ["ECLAIRAGE PUBLIC"], "eau": ["EAU POTABLE", "AEP", "ASSAINISSEMENT", "ASST"],
        "police": ["GARDE CHAMPETRE"], "ec": ["ETAT CIVIL"], "adm": ["MAIRIE", "SECRETARIAT", "GARAGE"], "fin": ["FINANCES"],
        "bat": ["ST", "ST - SERVICES TECHNIQUES", "ATELIER MUNICIPAL", "BATIMENTS"],
    }),
    Authority("ORB", "epci", 2.5, "code", op_formats=("AP{yy}-{n:02d} ", "AP {y}-{n:02d} - "), svc={
        # Orbanne Agglomération: "Pôle X / Y"
        "dechets": ["Pôle Environnement / Collecte des déchets", "Pôle Environnement / Déchèteries"],
        "eau": ["Pôle Cycle de l'eau / Eau potable", "Pôle Cycle de l'eau / Assainissement", "Pôle Cycle de l'eau / SPANC"],
        "energie": ["Pôle Environnement / Énergie"], "climat": ["Pôle Environnement / Plan climat"],
        "risques": ["Pôle Environnement / Risques majeurs"], "ens": ["Pôle Environnement / Espaces naturels"],
        "mob": ["Pôle Mobilités / Déplacements", "Pôle Mobilités"],
        "eco": ["Pôle Attractivité / Développement économique", "Pôle Attractivité / Économie"],
        "tour": ["Pôle Attractivité / Tourisme"],
        "num": ["Pôle Attractivité / Très haut débit", "Pôle Numérique / Aménagement numérique"],
        "sport": ["Pôle Sports / Piscines communautaires"], "conserv": ["Pôle Culture / Conservatoire communautaire"],
        "biblio": ["Pôle Culture / Lecture publique"], "urba": ["Pôle Aménagement / Habitat", "Pôle Aménagement / Planification"],
        "social": ["Pôle Solidarités / CIAS"], "pe": ["Pôle Familles / Petite enfance", "Pôle Familles / RPE"],
        "jeun": ["Pôle Familles / Jeunesse"], "pdv": ["Pôle Solidarités / Politique de la ville"],
        "si": ["Pôle Moyens / DSI"], "adm": ["Pôle Moyens / Logistique", "Pôle Moyens / Parc véhicules"], "rh": ["Pôle Moyens / Ressources humaines"],
        "fin": ["Pôle Moyens / Finances"], "bat": ["Pôle Moyens / Patrimoine bâti"],
    }),
    Authority("HON", "dept", 2, "upper", svc={  # the Département de Haute-Ondaine: long upper-case directions
        "college": ["DIRECTION DE L'EDUCATION ET DES COLLEGES", "SERVICE DES COLLEGES", "DEC - COLLEGES PUBLICS"],
        "restau": ["SERVICE DE LA RESTAURATION DES COLLEGES"],
        "seniors": ["DIRECTION DE L'AUTONOMIE", "DGA COHESION - PERSONNES AGEES"],
        "pmi": ["SERVICE DEPARTEMENTAL DE PMI", "PMI - PROTECTION MATERNELLE ET INFANTILE"],
        "social": ["DIRECTION DE L'ACTION SOCIALE", "DGA COHESION - ACTION SOCIALE TERRITORIALE"],
        "voirie": ["DIRECTION DES ROUTES", "DIRECTION DES ROUTES - AGENCE NORD", "PARC DEPARTEMENTAL DES ROUTES"],
        "ens": ["SERVICE DES ESPACES NATURELS SENSIBLES", "DIRECTION DE L'ENVIRONNEMENT - ENS"],
        "culture": ["DIRECTION DE LA CULTURE ET DU PATRIMOINE", "MUSEE DEPARTEMENTAL"],
        "sport": ["SERVICE DEPARTEMENTAL DES SPORTS"], "num": ["DIRECTION DE L'AMENAGEMENT NUMERIQUE"],
        "tour": ["DIRECTION DU TOURISME"], "si": ["DIRECTION DES SYSTEMES D'INFORMATION"],
        "adm": ["DIRECTION DE LA LOGISTIQUE", "DGA RESSOURCES - MOYENS GENERAUX", "DL - PARC AUTO"], "rh": ["DIRECTION DES RESSOURCES HUMAINES"],
        "fin": ["DIRECTION DES FINANCES ET DU BUDGET"],
        "bat": ["DIRECTION DU PATRIMOINE DEPARTEMENTAL", "DIRECTION DES BATIMENTS"],
    }),
]


# --------------------------------------------------------------------------------------------
# invented names that give no purpose: street addresses and parts of a building
# --------------------------------------------------------------------------------------------

ARTICLES = Articles(vowels="aeéèêiîouy", elided=(), feminine=frozenset({"aile", "annexe"}))
NAMES = {
    "addr": ["12 rue Célestin Barjac", "4 avenue Paulin Drevet", "27 bis rue Hortense Maillebois", "3 impasse Soucaret",
             "18 rue de la Grande-Vaure", "9 rue Ernestine Fabrol", "41 boulevard Anatole Crestin",
             "6 rue Mirabelle Ostanges", "15 rue Léonce Pradinas", "2 impasse Justin Morvandel", "33 rue Ambroise Quintaret",
             "8 avenue Gaspard Ravenel", "21 rue Philomène Castagnède", "5 rue Honorin Vidalenq"],
    # a year or a budget step, as the exports write them after the words
    "ex": [*YEARS, *YEARS, *(f"BP {y}" for y in YEARS), *(f"- BP {y}" for y in YEARS[::2]),
           *(f"DM1 {y}" for y in YEARS[::2]), *(f"DM2 {y}" for y in YEARS[1::2]), *(f"- exercice {y}" for y in YEARS[::3]),
           *(f"RAR {y}" for y in YEARS[1::3]), *(f"- programme {y}" for y in YEARS[2::3])],
    "bloc": ["bâtiment A", "bâtiment B", "bâtiment C", "bâtiment 2", "bâtiment 4", "aile nord", "aile sud",
             "rez-de-chaussée", "niveau 1", "site Barjac", "site Ostanges", "annexe 2", "locaux du 1er étage"],
}


# --------------------------------------------------------------------------------------------
# export styles: the glossary's abbreviations, longest first
# --------------------------------------------------------------------------------------------

ABBREV = [
    ("GROS ENTRETIEN ET RENOUVELLEMENT", ["GER", "GER", "GROS ENTR ET RENOUV"]),
    ("ASSISTANCE A MAITRISE D'OUVRAGE", ["AMO"]), ("HONORAIRES DE MAITRISE D'OEUVRE", ["HONOR MOE", "HONORAIRES MOE"]),
    ("MAITRISE D'OEUVRE", ["MOE"]), ("VEHICULE UTILITAIRE LEGER", ["VUL", "VEH UTIL LEGER"]),
    ("VEHICULE UTILITAIRE", ["VEH UTIL", "VU", "VEHIC UTIL"]), ("VEHICULE LEGER", ["VL", "VEH LEGER"]),
    ("VEHICULES", ["VEHIC", "VEH"]), ("VEHICULE", ["VEH", "VEHIC"]), ("TRAVAUX", ["TVX", "TRX", "TRVX"]),
    ("GROS ENTRETIEN", ["GROS ENTR", "GROS ENTRET"]), ("ACQUISITIONS", ["ACQ", "ACQUIS"]), ("ACQUISITION", ["ACQ", "ACQ."]),
    ("MATERIEL", ["MAT", "MATL", "MAT."]), ("MOBILIER", ["MOB", "MOBIL"]), ("EQUIPEMENTS", ["EQPTS", "EQUIPTS"]),
    ("EQUIPEMENT", ["EQPT", "EQUIPT"]), ("DIVERSES", ["DIV"]), ("DIVERS", ["DIV"]), ("ENTRETIEN", ["ENTR", "ENTRET"]),
    ("MAINTENANCE", ["MAINT", "MAINT."]), ("FOURNITURES", ["FOURN", "FOURNIT"]), ("LOCATIONS", ["LOC"]),
    ("LOCATION", ["LOC"]), ("NETTOYAGE", ["NETT", "NETTOY"]), ("ASSURANCES", ["ASSUR"]), ("ASSURANCE", ["ASSUR"]),
    ("HONORAIRES", ["HONOR"]), ("ETUDES", ["ETUD"]), ("FONCTIONNEMENT", ["FONCT", "FCT"]), ("RENOUVELLEMENT", ["RENOUV"]),
    ("REMPLACEMENT", ["REMPL"]), ("LOGICIEL", ["LOGIC"]), ("REPARATIONS", ["REPAR"]), ("CONTROLES", ["CTRL", "CONTR"]),
    ("CONTROLE", ["CTRL"]), ("AMENAGEMENT", ["AMGT"]), ("BATIMENT", ["BAT", "BATIM", "BAT."]), ("PROGRAMME", ["PROG"]),
    ("PRESTATIONS", ["PREST"]), ("DIAGNOSTICS", ["DIAG", "DIAGS"]), ("REFECTIONS", ["REFECT"]),
]


# --------------------------------------------------------------------------------------------
# generic cores ("core|natures"): building works and studies, equipment and running costs
# --------------------------------------------------------------------------------------------

WORKS = [
    "Travaux divers - {addr}|2135,615221", "Travaux divers {ex}|2313,615221", "Travaux divers {bloc}|2135,615228",
    "Tvx divers {ex}|2313,615221", "GER {ex}|2135,2313", "GER - {addr}|2135", "Gros entretien {ex}|2135,615221",
    "Gros entretien - {addr}|615221,2135", "Gros entretien {bloc}|615221", "Gros entretien et renouvellement {ex}|2135,2313",
    "Gros entretien et renouvellement - {addr}|2313", "Grosses réparations {y}|2135,615221", "Grosses réparations - {addr}|2135",
    "Petits travaux {ex}|615221,615228", "Petits travaux {bloc}|615221", "Petits travaux - {addr}|615228",
    "Travaux en régie {ex}|2313,2135", "Travaux d'urgence {ex}|615221,2135", "Mise aux normes {bloc}|2135",
    "Mise aux normes - {addr}|2135", "Mise en conformité des locaux {y}|2135", "Aménagement des locaux - {addr}|2135,2313",
    "Aménagement des locaux {bloc}|2135", "Programme annuel de travaux {ex}|2313", "Travaux - enveloppe annuelle {ex}|2313,2135",
    "Réfections diverses {ex}|615221,2135", "Réfections diverses {bloc}|615228", "Travaux de second œuvre {y}|2135",
    "Travaux divers et imprévus {ex}|2313",
]
STUDIES = [
    "Études préalables {ex}|2031", "Études préalables - {addr}|2031,617", "Études techniques {ex}|2031,617",
    "Frais d'études {y}|2031", "Honoraires de maîtrise d'œuvre {ex}|2031", "Honoraires MOE - {addr}|2031",
    "Maîtrise d'œuvre {bloc}|2031", "Assistance à maîtrise d'ouvrage {ex}|2031,617", "AMO - {addr}|2031",
    "Diagnostics techniques {bloc}|2031,617", "Diagnostics techniques {ex}|617", "Contrôle technique et SPS {y}|2031",
    "Études et diagnostics - {addr}|2031",
]
EQUIP = [
    "Acquisition de matériel {ex}|2188,2158", "Acquisition de matériel - {bloc}|2188", "Acq. matériel {ex}|2188",
    "Acq. mat. divers - {bloc}|2188", "Matériel divers {ex}|2188,60632", "Matériel et outillage {ex}|2188,2157",
    "Outillage {y}|2157,2188", "Petit outillage {ex}|60632", "Renouvellement de matériel {ex}|2188",
    "Renouvellement du matériel {bloc}|2188", "Acquisitions diverses {ex}|2188", "Acquisitions diverses {bloc}|2188",
    "Équipements divers {y}|2188", "Petit équipement {ex}|60632", "Matériel technique - renouvellement {ex}|2157,2188",
]
FURNITURE = [
    "Acquisition de mobilier {ex}|2184", "Acq. mobilier {ex}|2184", "Mobilier {y}|2184", "Mobilier - {bloc}|2184",
    "Renouvellement du mobilier {ex}|2184", "Mobilier et petit équipement {ex}|2184,2188", "Mobilier - {addr}|2184",
]
VEHICLES = [
    "Véhicule utilitaire {ex}|2182", "Véh. util. {ex}|2182", "Acquisition d'un véhicule utilitaire - tranche {n}|2182",
    "Véhicule léger {y}|2182", "Véhicule de remplacement {ex}|2182", "Remplacement de véhicule {ex}|2182",
    "Véhicules - renouvellement {ex}|2182", "Véhicule utilitaire léger - remplacement {y}|2182",
    "Entretien des véhicules {ex}|61551", "Assurance des véhicules {ex}|616",
]
SOFTWARE = ["Logiciel métier {ex}|2051,611", "Logiciel métier - maintenance {y}|6156,611", "Logiciel métier - licences {ex}|2051"]
RUNNING = [
    "Maintenance {ex}|6156,611", "Contrats de maintenance {ex}|6156", "Maintenance des équipements {y}|6156,61558",
    "Maintenance - {bloc}|6156", "Contrôles réglementaires {ex}|611,6156", "Contrôles réglementaires {bloc}|611",
    "Vérifications périodiques {ex}|611", "Fournitures diverses {ex}|60632,6068", "Fournitures {y}|6068",
    "Petites fournitures {ex}|60632", "Location de matériel {ex}|6135", "Locations mobilières {ex}|6135",
    "Assurances {y}|616,6161", "Primes d'assurance {ex}|616", "Frais de fonctionnement {ex}|611,6068",
    "Dépenses de fonctionnement courant {ex}|6068,611", "Entretien courant {y}|615221,61558",
    "Prestations de services {ex}|611", "Enveloppe annuelle {ex}", "Reports {y}", "Crédits reportés {y}",
]
CLEANING = ["Nettoyage des locaux {ex}|6283,611", "Nettoyage des locaux - {addr}|6283", "Nettoyage des vitres {ex}|6283"]

# any of these words (folded) keeps a render generic after a cut
KEY = (r"trav|\btvx\b|\btrx\b|\btrvx\b|\bger\b|gros|repar|normes|conformite|regie|urgence|amenag|\bamgt\b|refect|oeuvre"
       r"|etud|\bmoe\b|\bamo\b|honor|diag|\bsps\b|\bmat\b|\bmatl\b|materiel|outil|\bacq|acquis|equip|\beqpt|\bmob"
       r"|vehic|\bveh\b|\bvl\b|\bvu\b|\bvul\b|logic|renouv|rempl|maint|control|\bctrl\b|\bcontr\b|verif|fourn|\bloc"
       r"|nett|assur|frais|fonct|\bfct\b|depenses|prest|enveloppe|report|entr")


def with_natures(cores: list[str], lab: str) -> list[str]:
    """The cores with only the natures that agree with ``lab`` (a nature with another prior, such
    as 2051 whose prior is 16, is left out of a line of another field)."""
    out = []
    for core in cores:
        raw, nats = split_spec(core)
        ok = [n for n in nats if codes_agree(lab, "", n, "")]
        out.append(raw + ("|" + ",".join(ok) if ok else ""))
    return out


# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------

class T(Template):
    """Part M's template (see Template): no crossing service."""

    default_pc = 0.0


@dataclass(frozen=True)
class GenericCores:
    """A part's generic cores by kind, and the words a render must keep (``key``); part O
    brings its own."""

    works: list[str]
    studies: list[str]
    equip: list[str]
    running: list[str]
    furniture: list[str]
    vehicles: list[str]
    software: list[str]
    cleaning: list[str]
    key: str

    def for_field(self, flags: str, works: bool, field: str = "") -> list[str]:
        """The generic cores a field's lines may take: its works and studies, or its equipment
        and running costs (vehicles, furniture, software, premises cleaning as ``flags`` allow)."""
        if works:
            return list(self.studies) if field == "climat" else self.works + self.studies
        cores = self.equip + self.running
        cores += self.vehicles if "V" in flags else []
        cores += self.furniture if "M" in flags else []
        cores += self.software if "S" in flags else []
        cores += self.cleaning if "N" in flags else []
        return cores

    def field_templates(self, field: str, works_cap: int, equip_cap: int, fcts: list[str] | None = None) -> list[T]:
        """A field's templates: its works and studies (its building split) and its equipment and
        running costs (its main goal), with its fonctions (or ``fcts``)."""
        equip_lab, works_lab, own_fcts, flags = FIELDS[field]
        fonctions = own_fcts if fcts is None else fcts
        out = []
        if works_cap and works_lab and "W" in flags:
            out.append(T(with_natures(self.for_field(flags, True, field), works_lab), works_lab, [field], f=fonctions,
                         key=self.key, cap=works_cap))
        if equip_cap:
            out.append(T(with_natures(self.for_field(flags, False, field), equip_lab), equip_lab, [field],
                         f=fonctions, key=self.key, cap=equip_cap))
        return out

    def group(self, *specs: tuple) -> list[T]:
        """Templates of several fields: (field, works cap, equipment cap[, fonctions])."""
        return [t for spec in specs for t in self.field_templates(*spec)]


CORES = GenericCores(WORKS, STUDIES, EQUIP, RUNNING, FURNITURE, VEHICLES, SOFTWARE, CLEANING, KEY)
group = CORES.group


# the IT department's furniture and vehicles are the administration's (16:100)
SI_MOVABLES = T(with_natures(FURNITURE + VEHICLES, ADM), ADM, ["si"], f=["020"], key=KEY, cap=3)
# no service and no fonction: the codebook's fallback
NOTHING = [
    T(with_natures(WORKS + STUDIES, ADM), ADM, ["adm"], key=KEY, cap=32),
    T(with_natures(EQUIP + RUNNING + FURNITURE + VEHICLES + CLEANING, ADM), ADM, ["adm"], key=KEY, cap=48),
]

# (section name, context, templates, rows wanted); context: "svc" a service and maybe codes,
# "fct" a fonction (maybe with a nature) and no service, "none" neither
PLAN: list[tuple[str, str, list[T], int]] = [
    ("a1 education services (4)", "svc", group(
        ("edu", 7, 10), ("pe", 6, 8), ("restau", 0, 7), ("conserv", 3, 4), ("college", 5, 6), ("biblio", 4, 6)), 58),
    ("a2 health, sport and social services (3, 1)", "svc", group(
        ("sport", 9, 11), ("social", 6, 9), ("sante", 4, 6), ("seniors", 3, 4), ("pmi", 0, 4)), 46),
    ("a3 youth, neighbourhood and equality services (10, 5)", "svc", group(
        ("jeun", 4, 7), ("pdv", 3, 5), ("egalite", 0, 6)), 20),
    ("a4 environment and network services (2, 6, 7, 12, 13, 14, 15)", "svc", group(
        ("alim", 2, 3), ("ev", 5, 7), ("ens", 2, 4), ("dechets", 2, 7), ("proprete", 2, 6), ("eau", 6, 7),
        ("energie", 3, 5), ("risques", 3, 4), ("climat", 2, 4), ("littoral", 3, 6)), 64),
    ("a5 public space, culture, economy and digital services (11, 8, 9)", "svc", group(
        ("voirie", 4, 5), ("urba", 3, 4), ("culture", 3, 5), ("cim", 2, 4), ("mob", 2, 4), ("eclair", 2, 3),
        ("eco", 3, 4), ("tour", 2, 4), ("num", 2, 3)), 48),
    ("a6 police, civil status and IT services (16)", "svc", group(("police", 3, 5), ("ec", 3, 4), ("si", 0, 6)), 16),
    ("a7 administration and technical services (16:100)", "svc", [
        *group(("adm", 3, 4), ("rh", 1, 3), ("fin", 1, 3), ("bat", 4, 4)), SI_MOVABLES], 18),
    ("b1 education fonctions (4)", "fct", group(
        ("edu", 4, 6), ("pe", 3, 4), ("restau", 0, 3), ("biblio", 2, 3), ("college", 2, 4)), 26),
    ("b2 sport, health and social fonctions (3, 1)", "fct", group(
        ("sport", 5, 6), ("sante", 2, 3), ("social", 3, 5), ("seniors", 2, 3)), 24),
    ("b3 youth, neighbourhood and equality fonctions (10, 5)", "fct", group(
        ("jeun", 2, 4, ["338"]), ("pdv", 1, 3), ("egalite", 0, 3)), 10),
    ("b4 environment and network fonctions (6, 7, 12, 13, 14, 15)", "fct", group(
        ("ev", 2, 4), ("ens", 1, 2), ("proprete", 0, 3, ["720"]), ("dechets", 0, 3, ["721", "7213"]), ("eau", 2, 4),
        ("energie", 2, 2), ("climat", 0, 3), ("risques", 1, 2), ("littoral", 1, 2)), 26),
    ("b5 public space, culture, economy and digital fonctions (11, 8, 9)", "fct", group(
        ("voirie", 2, 3, ["84", "845", "844"]), ("urba", 1, 2, ["51", "515", "55"]), ("culture", 1, 2), ("cim", 1, 1),
        ("mob", 0, 2, ["82"]), ("eclair", 1, 1), ("eco", 0, 2), ("tour", 0, 2), ("num", 1, 1)), 18),
    ("b6 administration fonctions (16)", "fct", group(
        ("ec", 1, 2, ["022"]), ("adm", 0, 1, ["028"]), ("rh", 0, 1, ["021"]), ("police", 1, 1)) + [
        T(with_natures(WORKS + STUDIES, ADM_BLD), ADM_BLD, ["adm"], f=["020"], key=KEY, cap=2),
        T(with_natures(EQUIP + RUNNING + FURNITURE + VEHICLES, ADM), ADM, ["adm"], f=["020"], key=KEY, cap=3)], 8),
    ("c no service and no fonction (16:100)", "none", NOTHING, 68),
]
SECTIONS = [(name, templates, want) for name, _context, templates, want in PLAN]
CONTEXT = {name: context for name, context, _templates, _want in PLAN}


# --------------------------------------------------------------------------------------------
# part M's machinery: boundary_generator's, with the service or fonction deciding
# --------------------------------------------------------------------------------------------

class GenericPart(BoundaryPart):
    """BoundaryPart for lines that give no purpose: a section writes every row with a service of
    the template's field ("svc"), with a fonction and no service ("fct") or with neither
    ("none"); a service is cut only where it keeps its field's words."""

    def __init__(self, *args, context: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.context = context

    def service_cell(self, auth: Authority, field: str) -> str:
        """The service as the authority writes it: sometimes in upper case, sometimes cut at 20
        to 24 characters, never before the words that tell its field."""
        s = self.draw.pick(auth.svc[field])
        r = self.rng.random()
        if r < 0.1 and len(s) > 24:
            cut = s[:self.rng.randint(20, 24)].rstrip(" -./'(")
            if field_of_service(cut) == field:
                s = cut
        elif r < 0.2:
            s = up(s)
        return s

    def tail_text(self) -> str:
        """A year, budget step, tranche, phase or lot after the core; never "marché n°", which a
        reader could take for a market (8) on a line that must stay opaque."""
        pick, wpick, rng = self.draw.pick, self.draw.wpick, self.rng
        y = pick(self.years)
        return wpick([(5, y), (3, f"BP {y}"), (1, f"DM1 {y}"), (1, f"DM2 {y}"), (1, f"exercice {y}"),
                      (1, f"tranche {rng.randint(1, 4)}"), (1, f"phase {rng.randint(1, 3)}"), (1, f"lot {rng.randint(1, 6)}"),
                      (1, f"RAR {y}"), (1, "solde"), (1, self.tail_word), (1, "crédits reportés")])

    def any_auth(self, t: Template) -> Authority:
        """An authority (by weight) for a line without service, preferring those running the field."""
        cands = [a for a in self.authorities if any(f in a.svc for f in t.fields)] or self.authorities
        return self.draw.wpick([(a.weight, a) for a in cands])

    def fct_codes(self, lab: str, fcts: list[str], nats: list[str]) -> tuple[str, str, str]:
        """A fonction always, a nature on about half the lines (with its chapitre, or the chapitre
        alone), all agreeing with the label."""
        chance, pick = self.draw.chance, self.draw.pick
        fct, nat, chap = pick(fcts), "", ""
        if nats and chance(0.5):
            nat = pick(nats)
            if chance(0.85):
                chap = chapter_of_nature(nat)
            if chance(0.1):
                nat = ""
        chap, nat, fct = agreeing_only(lab, chap, nat, fct)
        assert fct, (lab, fcts)
        return self.draw.dress_codes(chap, nat, fct, (0.06, 0.15, 0.15))

    def bare_codes(self, lab: str, nats: list[str]) -> tuple[str, str, str]:
        """No fonction; a nature without a prior (or its chapitre alone) on about 30 % of the lines."""
        chance, pick = self.draw.chance, self.draw.pick
        nat = chap = ""
        if nats and chance(0.3):
            nat = pick(nats)
            if chance(0.8):
                chap = chapter_of_nature(nat)
            if chap and chance(0.15):
                nat = ""
        chap, nat, _fct = agreeing_only(lab, chap, nat, "")
        return self.draw.dress_codes(chap, nat, "", (0.06, 0.0, 0.15))

    def section_gen(self, name: str, templates: list[Template]) -> Callable[[], tuple[Template, Row] | None]:
        pick, wpick, chance = self.draw.pick, self.draw.wpick, self.draw.chance
        context = self.context[name]

        def gen() -> tuple[Template, Row] | None:
            live = [t for t in templates if t.used < t.cap]
            if not live:
                return None
            t = wpick([(t.cap - t.used, t) for t in live])
            if context == "svc":
                auth = self.auth_for(t, False)
                svc = self.service_cell(auth, pick([f for f in t.fields if f in auth.svc]))
            else:
                auth, svc = self.any_auth(t), ""
            for _ in range(80):
                raw, nats = split_spec(pick(t.cores))
                core, _chosen = self.fill(raw, auth)
                if self.core_uses[fold(core)] < 2:
                    break
            else:
                raise AssertionError(f"no fresh core left in {name!r}")
            self.core_uses[fold(core)] += 1
            tail = self.tail_text() if ("{y}" not in raw and "{ex}" not in raw and chance(0.3)) else ""
            op = bool(nats) and nats[0][:1] == "2" and chance(0.12)
            lib = self.render(core, auth, t.key, tail, op)
            if context == "svc":
                chap, nat, fct = self.codes(t.lab, t.f, nats, 0.3)
            elif context == "fct":
                chap, nat, fct = self.fct_codes(t.lab, t.f, nats)
            else:
                chap, nat, fct = self.bare_codes(t.lab, nats)
            self.section_of.setdefault((re.sub(r"\s+", " ", lib).strip(), svc), name)
            return t, (lib, chap, nat, fct, svc, t.lab)
        return gen


def check_services(auths: list[Authority], fields: Iterable[str],
                   field_of: Callable[[str], str] = field_of_service) -> None:
    """Every service name tells its own field first (``field_of``), every field of ``fields``
    has a service somewhere, and every fonction of FIELDS exists."""
    errors: list[tuple] = [(a.code, field, s, field_of(s)) for a in auths for field, names in a.svc.items()
                           for s in names if field_of(s) != field]
    errors += [("field", f) for f in fields if not any(f in a.svc for a in auths)]
    errors += [("fonction", f) for _e, _w, fcts, _fl in FIELDS.values() for f in fcts if f not in FCT]
    for e in errors:
        print("bad service:", e)
    assert not errors


def report(out, part: BoundaryPart, rows_wanted: range | None = None) -> None:
    """What decides each row: a service, a fonction alone, or nothing; and the guarantees."""
    rows = written_rows(out)
    ctx = Counter("service" if r["service"] else "fonction only" if r["fonction"] else "nothing" for r in rows)
    print("context:", ", ".join(f"{k} {v} ({v / len(rows):.0%})" for k, v in ctx.most_common()))
    assert all(r["labels"] == ADM for r in rows if not r["service"] and not r["fonction"])
    assert max(part.core_uses.values()) <= 2
    assert rows_wanted is None or len(rows) in rows_wanted, len(rows)


PART = GenericPart(
    rng, draw, authorities=AUTHS, names=NAMES, articles=ARTICLES, kind_names={}, kind_words={}, years=YEARS,
    abbrev=ABBREV, programme_prefix="PPI", tail_word="reports", service_rate=1.0, context=CONTEXT,
)


def main() -> None:
    check_services(AUTHS, FIELDS)
    PART.run(SECTIONS, OUT, OTHER_PARTS, BRIEF_EXAMPLES)
    report(OUT, PART)


if __name__ == "__main__":
    main()
