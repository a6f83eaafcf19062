"""Write part N of Verdir's labelled training corpus: seven more boundaries of the codebook's
table that the classifier still confuses, beside the twelve of part K and the ten of part L.

As in parts K and L, each boundary gets lines on both sides, and about a third of the lines
carry a service or direction that points at the other side: the libellé decides ("libellé
first", codebook). The labels are those parts A to L write for the same activities: before
writing each section their labels were counted on the folded libellés of parts A to L (counts
given as rows, with the parts that write them); the dominant split is taken, a split corpus is
named and its majority taken, and where the corpus has nothing the codebook's table decides:

  1. climate adaptation and natural risks (13) vs buildings and public space (4, 3, 11, 6):
     brise-soleil and external blinds of schools and crèches 4:70;13:30 (12 of the 15
     brise-soleil and blind rows of schools and crèches, parts A and D; part C writes
     13:60;4:40, 3 rows: the corpus puts them on the school side, with climate second); cool
     rooms, ceiling fans and cooling of the dormitories in schools and crèches 13:60;4:40 (part
     C, 4 rows; part A writes one multi-accueil at 4:70;13:30); cool rooms of EHPAD and senior
     residences 13:60;3:40 (parts C and E, 7 rows, as the plan-canicule lines, 14 rows); misting
     13:70;11:30 (16 of 17, parts C, D, E, I); drinking fountains 6:70;11:30 (12 of 13, parts D
     and H; part C has one "fontaines à boire (îlots de fraîcheur)" at 13:60;6:40): they are
     written on the water side, not at 13 as the brief expected; green roofs 13:60;15:40 (12/12,
     parts C, D, E); crisis equipment, generators, réserve communale and the PCS 13:70;16:30
     (the crisis rows, 14 of 24, parts E, I, K, and the PCS rows, 9 of 14; part C writes
     13:60;16:40, 8 + 2 rows, its 2 generator rows among them, and part F 16:70;13:30, 2 rows);
     underground quarries, rockfalls and clay shrink-swell studies 13:100 (11/11, 12 and 9/9
     rows, parts C, D, E, H); torrents' correction works 13:80;11:20 (part H, 3/3); embâcles
     13:70;6:30 (part C, 3/3); dikes 13:80;11:20 (9 of 17, parts E, F, G, H, K; parts C and D
     write 13:100, 7 rows); PPRI and PPRN studies 13:100 (6 of 8); GEMAPI contributions
     13:60;6:40 (10 of 15, parts A, F, I) and GEMAPI protection works 13:80;11:20 (parts E, F, 3
     rows). On the other side the same buildings' ordinary works keep their goal: schools and
     crèches 4:85;11:15 (crèches 8 of 10; schools' cracks 4/4, against 13:100 for the clay
     study), EHPAD 3:85;11:15 (5 of 7), squares' (places') requalification 11:100 (16 of 30
     place rows; garden squares are 15, section 5);
  2. libraries and music schools (4) vs culture (11): médiathèque works and furniture 4:60;11:40
     (20 of 24 library-works rows; the library label is 95 of 152 library rows), their
     collections 4:60;11:40 (23 of 27; the other 4 are school libraries, 4:100), bibliobus
     4:60;11:40 (parts G and J, 3/3); conservatoire and music-school works, their auditorium
     included, 4:85;11:15 (30 rows, seven parts; conservatoire auditoriums 4/4); their teaching,
     furniture and operation 4:100 (31 rows) and their instruments 4:100 (15 of 22, parts F, H,
     I; parts A and D write 4:80;11:20, 7 rows). Museums 11:100 (30 of 42), theatres 11:100 (28
     of 39), cinemas 11:100 (15 of 19) and an auditorium that is not a conservatoire's 11:100
     (parts D and H, 2 rows). The library management software (part B, 11:70;9:30, 2 rows) and
     the conservatoires' energy works (part K) are not written;
  3. health (3) vs administration (16) and social action (1): works of health centres, CMS,
     dental centres and maisons de santé 3:85;11:15 (60 of 100 rows, seven parts); their staff,
     medical equipment and furniture 3:100 (28 rows); their software and teleconsultation
     3:80;9:20 (part A, 2 of 4; parts D and G write 3:70;9:30 and 3:100, 1 row each);
     vaccination 3:100 (9 of 14, the agents' flu vaccination included); PMI, its works included,
     3:80;4:20 (26 of 27); defibrillators 3:100 (11 of 13); mutuelle communale 3:60;1:40 (parts
     A and I, 3/3); prevention, screening, contrat local de santé and mental-health council
     3:100 (15 rows; seniors' workshops, 3:70;10:30, are not written); access to care of the
     precarious 3:70;10:30 (part E, 2 rows; part A writes 1:80;3:20, 1 row). On the other side:
     the employer's share of the agents' complementary health cover 16:100 (part J, 1/1), office
     furniture and work clothes 16:100 (9 and 6 rows), the services' own software 16:70;9:30 (34
     of 65 software rows), the CCAS's aid and its subsidy 1:100 (8/8) and its premises
     1:85;11:15 (14 rows);
  4. priority neighbourhoods, travellers and social centres (10) vs urban planning (11):
     travellers' sites (aires d'accueil and de grand passage: works, sanitary blocks, delegated
     management) 11:60;10:40 (13 of 18, parts E, F, I, and the M57 prior of fonction 554; part B
     writes 10:60;11:40, 5 rows, among them its 2 aire-de-grand-passage rows): they are written
     on the urban side, as the corpus does; social support and mediation of travellers
     10:70;1:30 (parts B, F, I, 6/6); social centres' and maisons de quartier's works
     10:85;11:15 (11 of 20 and 12 of 20), their operation and equipment 10:100 (2 + 4 rows);
     grants to a social centre are split 2/2 between 1:60;10:40 (part A) and 10:70;1:30 (part
     B): the codebook's table (priority neighbourhoods' social cohesion, 10) decides 10:70;1:30;
     maison du projet 10:70;11:30 (part D, 3/3); contrat de ville programming 10:100 (part B, 4
     of 5); conseils citoyens are split 2/2 between 10:60;16:40 (part B) and 16:100 (parts H and
     I): the codebook's table puts citizen participation at 16 and the conseils de quartier are
     16:100 (13 of 15), so they are written 16:100, on the administration side. Urban side: NPRU
     participation, demolitions and residentialisation 11:80;10:20 (13 of 16 renewal rows, parts
     B, D, H, I); the car parks and pavements around a social centre 11:100 (as part K writes
     them);
  5. parks and green corridors inside urban projects (15) vs urban planning (11): a ZAC's or an
     NPRU's park, public garden, coulée verte and mall plantings 15:70;11:30 (part E, 11/11 ZAC
     rows and 3/3 NPRU rows); coulée verte creation 15:70;11:30 (9 rows, parts D, E, H, I; part
     C writes 15:60;11:20;13:20, 3 rows) and its upkeep 15:100 (2 rows); garden requalification
     and garden paths 15:70;11:30 (17 of 19 and 9 of 10); hives 15:100 (7/7); ENS 15:100
     (18/18); trame verte et bleue and ecological corridors 15:100 (parts C and D). Urban side:
     a ZAC's VRD and roads 11:80;9:20 (part B, 3/3, and two housing estates' VRD, parts H and
     I); its studies, participation and public spaces 11:100 (12 of 42 ZAC rows, part B, and
     part D's ZAC public spaces); an NPRU's public spaces and roads 11:80;10:20 (NPRU rows
     above; part L's QPV/NPRU public spaces, 8 rows);
  6. digital (9) vs administration (16) and social cohesion (10): EPN equipment and computers in
     free access 9:60;10:40 (15 of 26 EPN and inclusion rows, parts B, D, K); digital inclusion
     workshops, conseillers numériques and tablet loans 10:60;9:40 (8 rows, parts B, F, G, J);
     datacenter 9:70;16:30 (11 of 17, parts B, D, H; part G's regional data-centre participation
     is 9:100, 3 rows, not written); a town hall's server room 16:60;9:40 (parts B and D, 3
     rows); open data 9:80;11:20 (4 of 7, parts F, I, K; part D writes 9:60;16:40, 2 rows);
     public wifi 9:70;11:30 (17 of 31 wifi-point rows) and wifi in priority neighbourhoods
     9:60;10:40 (part B, 3/3); fibre and THD 9:100 (58 of 86) and fibre links between the
     services' sites 9:70;16:30 (7 of 9; part J writes 16:60;9:40, 2 rows); smart grid
     demonstrator 9:60;7:40 (part B, 1/1) and LoRaWAN and connected sensors 9:80;11:20 (7 rows,
     parts B, F, I). Administration side: the services' own software and telephony 16:70;9:30
     (34 of 65 and 15 of 34 rows; the other telephony rows are zone-blanche masts, 9:100), the
     agents' workstations 16:70;9:30 (7 of 14);
  7. heritage and archives (11) vs administration (16): restoration of old registers 11:70;16:30
     (parts E and G, 5/5, the archives label); digitisation of old records, parish registers and
     old civil status 11:70;16:30 (7/7, parts E, H, I); churches, chapels, organs, stained glass
     11:100 (15/15 restoration rows, 52 of 88 church rows), monuments, lavoirs and classified
     objects 11:100 (16 rows). Administration side: sorting, filing, shelving and electronic
     archiving of the services' records 16:100 (25 of 45 archives rows); the archives building
     16:85;11:15 (part D, 3 rows); binding of the current registers and their safes 16:100 (9/9
     and 2/2); digitisation of the current civil-status registers 16:70;9:30 (6/6, parts C, D,
     J, two of them under an archives service, against the old ones' 11:70;16:30); mail franking
     16:100 (2 of 3), mail software, GED and electronic signature 16:70;9:30 (4 and 17/17); the
     town hall's copiers and printing 16:100 (12 of 22 copier rows: generic copier lines take
     their service's goal).

Five invented authorities, each naming its services its own way: Quérignac (a city of ~120,000,
direction codes: "DGRM - RISQUES MAJEURS", "DLP - LECTURE PUBLIQUE", "DCQ - ACCUEIL DES GENS DU
VOYAGE"), Saint-Ambrelle (a town of ~28,000, mixed-case names: "Service prévention des risques",
"École municipale de musique", "Service patrimoine et archives"), Lévinhac (a village of ~1,800,
short upper-case names: "MAIRIE", "TECHNIQUE", "MAISON DE SANTE"), the Communauté de communes
des Monts d'Orvaize ("Service GEMAPI et risques naturels", "Service gens du voyage", "Réseau des
médiathèques des Monts d'Orvaize") and Vélorien Métropole ("DGA ... / ..." directions: "DGA
TRANSITIONS / RISQUES URBAINS", "DGA NUMERIQUE / DONNEES"). Schools, EHPAD, the PCS, civil
status, the CCAS and the mutuelle communale belong to the towns, crèches to the towns and the
communauté de communes; GEMAPI, travellers' sites, ZAC and NPRU mostly to the
intercommunalities. About a third of the rows carry a service from the other side of their
boundary (a school's blinds under the climate mission, a museum's collections under the
conservatoire, the agents' flu vaccination under human resources, an aire d'accueil's works
under the social or politique-de-la-ville service, old registers' restoration under the civil
status...), about 9 % have no service.

Export forms: upper case with the glossary's abbreviations (GS, EE, EM, EAJE, CMS, MSP, PMI,
DAE, CLS, CLSM, CCAS, PCS, PPRI, PPRN, RGA, GEMAPI, AAGV, GDV, MQ, QPV, NPRU, ZAC, VRD, ENS,
TVB, EPN, THD, GED, DEMAT, AFFR, TELEPH, LOGIC, INFORMAT, CRC, EMM, CONSERV, MEDIATH, BIBLIO,
ARCHIV, PATRIM, EGL, HDV, VEGET, PLANTAT, JARD, SQ, SANIT, TOIT, RESTAUR, REQUALIF, AMGT, TRX,
REHAB, ACQ, EQUIPT, MAINT, RENOUV, SUBV, PARTICIP...), mixed case with or without accents, lower
case, years and budget steps (BP, DM1), tranches, operation codes, and a few labels cut at 30 or
40 characters mid-word, always after the words that decide the goal (each template names them;
a render that loses them is drawn again); on about 40 % of the lines M57 codes (chapitre /
nature / fonction), always agreeing with the label's main goal (codes_agree: a code whose prior
disagrees is left out, so a line is never turned to the other side by its codes).

Labels of parts A to L, of the outside probes and of the brief's own fragments are skipped;
lines inside the part are distinct, and a filled core (the same meaning and names) is written at
most twice, in two export forms. All names of places, people, facilities, associations and
services are invented.

The machinery (authorities and their services, the filling of names, the export renderer,
templates, section generators, checks and the report) is boundary_generator.py's, shared with
parts K and L and used unchanged; this file holds part N's data (labels, authorities, names,
abbreviations, templates, seed and section plan) and the parameters it passes.

Deterministic, stdlib only, no network:  python gen_part_n.py  ->  part_n.csv (same folder).
"""

from __future__ import annotations

from boundary_generator import (
    BC,
    F_ECOLE,
    SCH_F,
    SCHOOL_ABBREV,
    SERVICES,
    YEARS,
    Articles,
    Authority,
    BoundaryPart,
    Template,
    both,
)
from generator_tools import L, part_setup
from shared_labels import (
    ADM,
    ADM_BLD,
    ADM_IT,
    CLIMATE,
    COOL_EQ,
    CULT,
    EDU,
    FLOOD,
    HEALTH,
    HEALTH_BLD,
    LIB,
    PMI,
    RENEWAL,
    ROAD,
    SCH,
    SOC_BLD,
    THD,
    URBA,
)
from shared_labels import BIODIV as NATURE

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1414)
# Fragments quoted in the brief of this slice: the slice writes its own lines, never these alone.
BRIEF_EXAMPLES = [
    "brise-soleil", "stores extérieurs", "groupes électrogènes", "PCS", "carrières", "torrents", "embâcles", "digues",
    "PPRI", "GEMAPI", "retrait-gonflement des argiles", "bibliobus", "instruments", "CMS", "centre de santé",
    "centre dentaire", "vaccination", "PMI", "défibrillateurs", "mutuelle communale", "aires d'accueil des gens du voyage",
    "aires de grand passage", "centres sociaux", "maisons de quartier", "maison du projet", "conseils citoyens",
    "coulée verte", "ruches", "ENS", "EPN", "inclusion numérique", "datacenter", "open data", "wifi public", "fibre",
    "smart grids", "archives", "registres", "courrier", "impression", "BP 2024", "DM1",
]


# --------------------------------------------------------------------------------------------
# labels this part writes beside the shared ones (each is the corpus's dominant split)
# --------------------------------------------------------------------------------------------

SCH_SUN = L(4, 70, 13, 30)
COOL_SCH = L(13, 60, 4, 40)
COOL_SENIOR = L(13, 60, 3, 40)
FOUNTAIN = L(6, 70, 11, 30)
GREENROOF = L(13, 60, 15, 40)
RISK = L(13, 70, 16, 30)
EMBACLE = L(13, 70, 6, 30)
GEMAPI_TAX = L(13, 60, 6, 40)
HEALTH_SW = L(3, 80, 9, 20)
MUTUELLE = L(3, 60, 1, 40)
CARE_ACCESS = L(3, 70, 10, 30)
SOC = L(1, 100)
TRAV_SITE = L(11, 60, 10, 40)
TRAV_SOC = L(10, 70, 1, 30)
CS_GRANT = L(10, 70, 1, 30)
QUARTER = L(10, 100)
QUARTER_BLD = L(10, 85, 11, 15)
PROJECT_HOUSE = L(10, 70, 11, 30)
PARK_PROJ = L(15, 70, 11, 30)
EPN = L(9, 60, 10, 40)
INCLUSION = L(10, 60, 9, 40)
DATACENTER = L(9, 70, 16, 30)
SERVER_ROOM = L(16, 60, 9, 40)
OPENDATA = L(9, 80, 11, 20)
WIFI = L(9, 70, 11, 30)
SITE_LINK = L(9, 70, 16, 30)
SMARTGRID = L(9, 60, 7, 40)
IOT = L(9, 80, 11, 20)
ARCHIVES = L(11, 70, 16, 30)
HERITAGE = CULT  # 11:100, as parts B, D, F, H write churches and monuments


# --------------------------------------------------------------------------------------------
# invented authorities and their services
# --------------------------------------------------------------------------------------------

AUTHS = [
    Authority("QRG", "commune", 3, "code", op_formats=("AP{yy}-{n:02d} ", "AP{yy}-{n:02d} : "), svc={  # Quérignac, ~120,000
        "adm": ["DAG - MOYENS GENERAUX", "DAG - COURRIER ET REPROGRAPHIE"], "bat": ["DPB - PATRIMOINE BATI", "DPB - TRAVAUX NEUFS"],
        "edu": ["DEDU - EDUCATION", "DEDU - VIE DES ECOLES"], "pe": ["DPEF - PETITE ENFANCE"],
        "seniors": ["DAGA - AUTONOMIE GRAND AGE"], "climat": ["DTEC - ADAPTATION AU CLIMAT", "DTEC - TRANSITION ECOLOGIQUE"],
        "risques": ["DGRM - RISQUES MAJEURS", "DGRM - GESTION DE CRISE"], "eau": ["DCE - CYCLE DE L'EAU"],
        "voirie": ["DEP - ESPACE PUBLIC", "DEP - VOIRIE"], "ev": ["DNV - NATURE EN VILLE", "DNV - PARCS ET JARDINS"],
        "urba": ["DAU - PROJETS URBAINS", "DAU - URBANISME OPERATIONNEL"], "lecture": ["DLP - LECTURE PUBLIQUE", "DLP - MEDIATHEQUES"],
        "conserv": ["CRR - CONSERVATOIRE"], "culture": ["DCM - CULTURE MUSEES", "DCM - SPECTACLE VIVANT"],
        "patrimoine": ["DCM - PATRIMOINE HISTORIQUE"], "sante": ["DSP - SANTE PUBLIQUE", "DSP - CENTRES DE SANTE"],
        "soc": ["CCAS DE QUERIGNAC", "DSOL - SOLIDARITES"], "rh": ["DRH - CARRIERES ET PAIE", "DRH - QUALITE DE VIE AU TRAVAIL"],
        "dsi": ["DSIN - INFRASTRUCTURES", "DSIN - APPLICATIONS METIERS"], "num": ["DSIN - VILLE NUMERIQUE"],
        "pdv": ["DCQ - POLITIQUE DE LA VILLE", "DCQ - CENTRES SOCIAUX"], "gdv": ["DCQ - ACCUEIL DES GENS DU VOYAGE"],
        "citoyen": ["DCIT - DEMOCRATIE LOCALE"], "archives": ["DARC - ARCHIVES MUNICIPALES"],
        "etatcivil": ["DCIT - ETAT CIVIL", "DCIT - POPULATION"], "energie": ["DTEC - ENERGIE"], "fin": ["DFIN - FINANCES"],
    }),
    Authority("SAM", "commune", 3, "mixed", svc={  # Saint-Ambrelle, a town of ~28,000
        "adm": ["Direction générale des services", "Service accueil et courrier"], "bat": ["Service des bâtiments", "Régie bâtiments"],
        "edu": ["Service enfance et écoles"], "pe": ["Service petite enfance"], "seniors": ["Résidence autonomie et EHPAD"],
        "climat": ["Mission transition écologique"], "risques": ["Service prévention des risques"], "eau": ["Service eau et rivières"],
        "voirie": ["Service voirie et espaces publics"], "ev": ["Service des jardins"], "urba": ["Service aménagement et urbanisme"],
        "lecture": ["Médiathèque municipale", "Réseau des bibliothèques"], "conserv": ["École municipale de musique"],
        "culture": ["Service culturel", "Théâtre municipal"], "patrimoine": ["Service patrimoine et archives"],
        "sante": ["Service santé publique", "Centre de santé municipal"], "soc": ["Centre communal d'action sociale"],
        "rh": ["Ressources humaines"], "dsi": ["Service informatique"], "num": ["Mission numérique"],
        "pdv": ["Vie des quartiers", "Politique de la ville"], "citoyen": ["Démocratie participative"],
        "archives": ["Service patrimoine et archives", "Archives municipales"], "etatcivil": ["État civil - population"],
        "fin": ["Service des finances"],
    }),
    Authority("LEV", "commune", 2, "upper", svc={  # Lévinhac, a village of ~1,800
        "adm": ["MAIRIE", "SECRETARIAT"], "bat": ["TECHNIQUE", "BATIMENTS"], "edu": ["ECOLE"], "pe": ["MICRO-CRECHE"],
        "climat": ["ENVIRONNEMENT"], "risques": ["SECURITE CIVILE"], "eau": ["EAU ASSAINISSEMENT"], "voirie": ["VOIRIE"],
        "ev": ["ESPACES VERTS"], "urba": ["URBANISME"], "lecture": ["BIBLIOTHEQUE"], "culture": ["CULTURE ET FETES"],
        "patrimoine": ["PATRIMOINE"], "sante": ["MAISON DE SANTE"], "soc": ["CCAS"], "rh": ["PERSONNEL"], "dsi": ["INFORMATIQUE"],
        "archives": ["MAIRIE"], "etatcivil": ["ETAT CIVIL"], "fin": ["FINANCES"],
    }),
    Authority("ORV", "epci", 2, "mixed", svc={  # Communauté de communes des Monts d'Orvaize, ~35,000
        "adm": ["Direction générale", "Pôle ressources - moyens généraux"], "bat": ["Service patrimoine communautaire"],
        "pe": ["Service petite enfance communautaire"], "climat": ["Plan climat (PCAET)"],
        "risques": ["Service GEMAPI et risques naturels"], "eau": ["Service GEMAPI et risques naturels", "Service rivières"],
        "ev": ["Service espaces naturels"], "urba": ["Service aménagement de l'espace"],
        "lecture": ["Réseau des médiathèques des Monts d'Orvaize"], "conserv": ["École de musique intercommunale"],
        "culture": ["Service culture et patrimoine"], "patrimoine": ["Service culture et patrimoine"],
        "sante": ["Maison de santé intercommunale", "Service santé - contrat local de santé"],
        "soc": ["CIAS des Monts d'Orvaize"], "rh": ["Pôle ressources - RH"], "dsi": ["Service commun informatique"],
        "num": ["Service numérique et France services"], "gdv": ["Service gens du voyage"],
        "archives": ["Service commun des archives"], "fin": ["Pôle ressources - finances"],
    }),
    Authority("VEL", "epci", 2, "code", op_formats=("OPE {y}.{n:03d} ", "Opé. {y}.{n:03d} - "), svc={  # Vélorien Métropole
        "adm": ["DGA RESSOURCES / MOYENS GENERAUX"], "bat": ["DGA RESSOURCES / IMMOBILIER"],
        "climat": ["DGA TRANSITIONS / CLIMAT ET RESILIENCE"], "risques": ["DGA TRANSITIONS / RISQUES URBAINS"],
        "eau": ["DGA TRANSITIONS / GEMAPI"], "voirie": ["DGA ESPACE PUBLIC / VOIRIE"],
        "ev": ["DGA TRANSITIONS / NATURE ET BIODIVERSITE"],
        "urba": ["DGA URBANISME / PROJETS URBAINS", "DGA URBANISME / RENOUVELLEMENT URBAIN"],
        "lecture": ["DGA CULTURE / LECTURE PUBLIQUE"], "conserv": ["DGA CULTURE / CONSERVATOIRE METROPOLITAIN"],
        "culture": ["DGA CULTURE / EQUIPEMENTS CULTURELS"], "patrimoine": ["DGA CULTURE / PATRIMOINE"],
        "sante": ["DGA SOLIDARITES / SANTE"], "soc": ["DGA SOLIDARITES / INCLUSION"], "rh": ["DGA RESSOURCES / RH"],
        "dsi": ["DGA RESSOURCES / SYSTEMES D'INFORMATION"], "num": ["DGA NUMERIQUE / TERRITOIRE CONNECTE", "DGA NUMERIQUE / DONNEES"],
        "pdv": ["DGA SOLIDARITES / POLITIQUE DE LA VILLE"], "gdv": ["DGA SOLIDARITES / GENS DU VOYAGE"],
        "citoyen": ["DGA CITOYENNETE / PARTICIPATION"], "archives": ["DGA RESSOURCES / ARCHIVES"],
        "energie": ["DGA TRANSITIONS / ENERGIE"], "fin": ["DGA RESSOURCES / FINANCES"],
    }),
]


# --------------------------------------------------------------------------------------------
# invented names: (bare form, "de" form)
# --------------------------------------------------------------------------------------------

# how the names take "de" (de_form in boundary_generator.py)
ARTICLES = Articles(
    vowels="aeéèêiîouy",
    elided=("hôtel",),
    feminine=frozenset({"crèche", "micro-crèche", "place", "salle", "maison", "mairie", "médiathèque", "bibliothèque", "résidence",
                        "chapelle", "tour", "porte", "zac", "pmi", "carrière", "digue", "coulée", "halle"}),
    plural=frozenset({"carrières", "ruines", "anciennes"}),
)

NAMES = {
    "ecole": ["école élémentaire des Grives-Hautes", "école maternelle du Pont-Carreau", "groupe scolaire Eugénie Lamarque",
              "école primaire de la Tuilière", "école élémentaire Firmin Cazals", "école maternelle Les Aiguerelles",
              "groupe scolaire des Clauzades", "école maternelle Odile Brassac", "école élémentaire du Pech-Rouge",
              "groupe scolaire Bellerive-Haute", "école primaire des Vignals", "école maternelle de la Roubine"],
    "creche": ["crèche des Farfadets", "multi-accueil Les Castagnous", "crèche familiale de la Tuilière", "multi-accueil Pirouette",
               "micro-crèche Les Bambins", "crèche collective des Clauzades"],
    "ehpad": ["EHPAD Les Micocouliers", "EHPAD municipal de la Roubine", "résidence autonomie Honorine Capdeville",
              "maison de retraite Les Terrasses du Vidre", "résidence seniors Le Clos Brassac"],
    "place": ["place de la Halle-aux-Draps", "place Firmin Cazals", "esplanade du Pont-Carreau", "place des Tanneries-Vieilles",
              "place de la Fontaine-Moussue", "parvis de l'Ancien-Octroi"],
    "square": ["square des Aiguerelles", "square Odile Brassac", "square du Pech-Rouge", "jardin de l'Ancien-Octroi"],
    "bat": ["gymnase des Vignals", "salle polyvalente de la Tuilière", "maison des associations", "centre administratif Firmin Cazals",
            "salle des fêtes du Pech-Rouge", "halle des sports des Clauzades"],
    "riv": ["la Sauzanne", "le Vidre", "le ruisseau de Malpeyre", "la Roubine", "le ruisseau des Brouzes"],
    "torrent": ["torrent du Riou-Maury", "torrent de la Combe-Ardente", "torrent des Escaupes", "torrent du Ravin-Blanc"],
    "carriere": ["carrières souterraines de la Roquette", "anciennes carrières de gypse des Clauzades",
                 "carrière souterraine du Pech-Rouge", "carrières de pierre de la Tuilière"],
    "quartier": ["quartier des Aiguerelles", "quartier du Pech-Rouge", "quartier de la Tuilière", "quartier des Vignals",
                 "quartier Bellerive-Haute", "secteur des Clauzades", "centre ancien"],
    "hameau": ["hameau des Brouzes", "hameau de Malpeyre", "lieu-dit La Garrigue-Basse", "hameau de la Roquette",
               "lieu-dit Les Iscles"],
    "media": ["médiathèque Eugénie Lamarque", "médiathèque des Clauzades", "bibliothèque du Pont-Carreau",
              "médiathèque intercommunale de la Roubine", "bibliothèque de quartier des Vignals"],
    "conserv": ["conservatoire Firmin Cazals", "école de musique des Aiguerelles", "conservatoire à rayonnement communal",
                "école municipale de musique", "école de musique et de danse du Pech-Rouge"],
    "assoc_mus": ["école de musique associative de la Tuilière", "harmonie-école de musique des Brouzes",
                  "association L'Ut Vagabond"],
    "musee": ["musée de la Soierie", "musée lapidaire", "musée des Tanneurs", "musée d'art Aristide Peyrolle"],
    "theatre": ["théâtre de l'Ancien-Octroi", "théâtre municipal des Clauzades", "salle de spectacle Le Grenier des Vignals",
                "cinéma Le Familial", "cinéma municipal Le Balcon", "auditorium Odile Brassac"],
    "cms": ["centre municipal de santé Odile Brassac", "centre de santé des Clauzades", "centre dentaire du Pont-Carreau",
            "maison de santé des Vignals", "centre de santé intercommunal de Malpeyre", "centre dentaire Justin Fabrègue"],
    "pmi": ["PMI des Aiguerelles", "centre de PMI du Pech-Rouge", "PMI de la Tuilière"],
    "aire": ["aire d'accueil des gens du voyage des Iscles", "aire d'accueil de la Garrigue-Basse",
             "aire d'accueil des gens du voyage du Pont-Carreau", "aire d'accueil des Brouzes"],
    "agp": ["aire de grand passage de la Plaine-Longue", "aire de grand passage des Brouzes"],
    "cs": ["centre social des Aiguerelles", "centre social Marceline Rouquette", "maison de quartier du Pech-Rouge",
           "maison de quartier des Clauzades", "centre social Bellerive-Haute"],
    "qpv": ["quartier prioritaire des Aiguerelles", "quartier prioritaire du Pech-Rouge", "quartier prioritaire Bellerive-Haute"],
    "npru": ["NPRU des Aiguerelles", "NPRU du Pech-Rouge", "NPRU Bellerive-Haute"],
    "zac": ["ZAC des Clauzades", "ZAC du Moulin-Cazals", "ZAC de la Plaine-Longue", "ZAC des Tanneries-Vieilles",
            "ZAC Bellerive-Haute"],
    "jardin": ["jardin des Tanneurs", "square des Aiguerelles", "jardin public de la Roubine", "square Honorine Capdeville",
               "jardin de l'Ancien-Octroi", "parc des Vignals"],
    "parc": ["parc des Vignals", "parc de la Roubine", "jardin des Tanneurs", "parc Justin Fabrègue"],
    "ens": ["espace naturel sensible des Iscles", "ENS du marais de Malpeyre", "espace naturel sensible des coteaux de la Roquette",
            "ENS de la Garrigue-Basse"],
    "epn": ["espace public numérique des Aiguerelles", "EPN de la médiathèque des Clauzades", "cyber-espace du Pech-Rouge",
            "espace public numérique de la maison de quartier des Vignals"],
    "eglise": ["église Saint-Aubrin", "chapelle Notre-Dame-des-Iscles", "chapelle des Pénitents de la Roubine",
               "église Sainte-Léocadie des Brouzes", "chapelle Saint-Ferréol du Pech-Rouge"],
    "monument": ["tour de l'Horloge", "porte des Tanneries", "ruines du château de Malpeyre", "lavoir de la Roubine",
                 "pont-vieux des Brouzes"],
}
# the building a line of an authority names: a commune's town hall or an EPCI's seat
MAIRIE = {"commune": ["hôtel de ville", "mairie", "mairie annexe des Vignals", "centre administratif Firmin Cazals"],
          "epci": ["siège communautaire", "hôtel communautaire"]}


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [
    *SCHOOL_ABBREV,
    ("MULTI-ACCUEIL", ["EAJE", "MULTI-ACC."]), ("CRECHE", ["EAJE", "CRECHE"]), ("CENTRE MUNICIPAL DE SANTE", ["CMS"]),
    ("MAISON DE SANTE", ["MSP", "MAISON SANTE"]), ("PROTECTION MATERNELLE ET INFANTILE", ["PMI"]),
    ("DEFIBRILLATEURS AUTOMATISES EXTERNES", ["DAE"]), ("DEFIBRILLATEURS", ["DAE", "DEFIBRIL."]),
    ("CONTRAT LOCAL DE SANTE", ["CLS"]), ("CONSEIL LOCAL DE SANTE MENTALE", ["CLSM"]), ("CENTRE COMMUNAL D'ACTION SOCIALE", ["CCAS"]),
    ("PLAN COMMUNAL DE SAUVEGARDE", ["PCS"]), ("PLAN DE PREVENTION DU RISQUE INONDATION", ["PPRI"]),
    ("PLAN DE PREVENTION DES RISQUES NATURELS", ["PPRN"]), ("RETRAIT-GONFLEMENT DES ARGILES", ["RGA"]),
    ("AIRE D'ACCUEIL DES GENS DU VOYAGE", ["AAGV", "AIRE GDV"]), ("GENS DU VOYAGE", ["GDV"]), ("MAISON DE QUARTIER", ["MQ"]),
    ("QUARTIER PRIORITAIRE", ["QPV"]), ("ESPACE NATUREL SENSIBLE", ["ENS"]), ("TRAME VERTE ET BLEUE", ["TVB"]),
    ("VOIRIE ET RESEAUX DIVERS", ["VRD"]), ("ESPACE PUBLIC NUMERIQUE", ["EPN"]), ("TRES HAUT DEBIT", ["THD"]),
    ("GESTION ELECTRONIQUE DES DOCUMENTS", ["GED"]), ("DEMATERIALISATION", ["DEMAT"]), ("AFFRANCHISSEMENT", ["AFFR"]),
    ("TELEPHONIE", ["TELEPH"]), ("LOGICIEL", ["LOGIC"]), ("INFORMATIQUES", ["INFORMAT"]), ("INFORMATIQUE", ["INFORMAT"]),
    ("CONSERVATOIRE A RAYONNEMENT COMMUNAL", ["CRC"]), ("ECOLE MUNICIPALE DE MUSIQUE", ["EMM"]),
    ("CONSERVATOIRE", ["CONSERV", "CONSERVAT"]), ("MEDIATHEQUE", ["MEDIATH", "MEDIAT"]), ("BIBLIOTHEQUE", ["BIBLIO"]),
    ("ARCHIVES", ["ARCHIV"]), ("PATRIMOINE", ["PATRIM", "PATRIMON"]), ("EGLISE", ["EGL"]), ("HOTEL DE VILLE", ["HDV"]),
    ("VEGETALISATION", ["VEGET"]), ("PLANTATIONS", ["PLANTAT", "PLANT"]), ("JARDIN", ["JARD"]), ("SQUARE", ["SQ"]),
    ("SANITAIRES", ["SANIT"]), ("TOITURE", ["TOIT"]), ("ETANCHEITE", ["ETANCH"]), ("RESTAURATION", ["RESTAURAT", "RESTAUR"]),
    ("REQUALIFICATION", ["REQUALIF"]), ("AMENAGEMENT", ["AMGT", "AMENAG"]), ("TRAVAUX", ["TRX", "TVX"]),
    ("REHABILITATION", ["REHAB"]), ("ACQUISITION", ["ACQ", "ACQUIS"]), ("EQUIPEMENTS", ["EQPTS", "EQUIPTS"]),
    ("EQUIPEMENT", ["EQUIPT", "EQPT"]), ("MAINTENANCE", ["MAINT"]), ("RENOUVELLEMENT", ["RENOUV"]),
    ("FOURNITURES", ["FOURN", "FOURNIT"]), ("REMPLACEMENT", ["REMPL", "REMPLT"]), ("RENOVATION", ["RENOV"]),
    ("REFECTION", ["REFECT"]), ("INSTALLATION", ["INSTALL"]), ("CREATION", ["CREA", "CREAT"]), ("ENTRETIEN", ["ENTRET"]),
    ("SUBVENTION", ["SUBV"]), ("PARTICIPATION", ["PARTICIP"]), ("ASSOCIATION", ["ASSO", "ASSOC"]), ("ETUDES", ["ETUD"]),
    ("DIAGNOSTIC", ["DIAG"]), ("FONCTIONNEMENT", ["FONCT", "FCT"]), ("ANIMATION", ["ANIM"]), ("EXTENSION", ["EXTENS"]),
    ("CONVENTION", ["CONV"]), ("MOBILIER", ["MOB"]), ("PROGRAMME", ["PROG"]), ("SECURITE", ["SECU"]),
    ("BATIMENTS", ["BATS"]), ("ISOLATION", ["ISOL"]), ("RESEAUX", ["RESX"]), ("TROTTOIRS", ["TROTT"]),
    ("CHAUSSEE", ["CHAUSS"]), ("INTERCOMMUNAL", ["INTERCO"]), ("NUMERIQUE", ["NUMERIQ"]), ("CLIMATISATION", ["CLIM"]),
    ("PREVENTION", ["PREVENT"]), ("ANCIENS", ["ANC."]),
]


# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------

class T(Template):
    """Part N's template (see Template): a crossing service on 33 % of its rows unless ``pc`` says."""

    default_pc = 0.33


PE_F = ["4221", "4222"]  # a crèche line's fonction

# the facilities' words as exports write them (folded, abbreviations included)
F_CRECHE = r"creche|eaje|multi acc|bambins"
F_EHPAD = r"ehpad|retraite|residence"
F_MEDIA = r"mediat|biblio"
F_CONS = r"conserv|musique|\bcrc\b|\bemm\b"
F_CMS = r"sante|\bcms\b|\bmsp\b|dentaire"
F_CS = r"centre social|maison de quartier|\bmq\b"
F_MAIRIE = r"hotel|hdv|mairie|administratif|communautaire|siege"
F_AIRE = r"aire|gens du voyage|\bgdv\b|\baagv\b|grand passage"
F_GREEN = r"parc|jardin|\bjard\b|square|\bsq\b|coulee|plantat|\bplant\b|mail\b|paysag"

# 1. climate adaptation and natural risks (13) vs buildings and public space -------------------
S1 = [
    T(["Brise-soleil de la façade sud {de_ecole}|21312,2135", "{ecole} - stores extérieurs des salles de classe|21312",
       "Pose de brise-soleil orientables {de_ecole}|21312", "Stores extérieurs {de_ecole} - remplacement|21312,2135",
       "{ecole} - brise-soleil des classes exposées au sud|21312"],
      SCH_SUN, ["bat", "edu"], ["climat"], f=SCH_F, key=both(r"brise|stores", F_ECOLE), cap=9, kind="commune"),
    T(["Brise-soleil {de_creche}|2135", "{creche} - stores extérieurs des dortoirs|2135", "Stores extérieurs de la salle de vie {de_creche}|2135"],
      SCH_SUN, ["bat", "pe"], ["climat"], f=PE_F, key=both(r"brise|stores", F_CRECHE), cap=3),
    T(["Rafraîchissement des dortoirs {de_ecole}|2135,2188", "{ecole} - ventilateurs plafonniers contre les fortes chaleurs|2188",
       "Salle rafraîchie {de_ecole} pour les épisodes de canicule|2135", "{creche} - rafraîchissement de la salle de sieste|2135",
       "Ventilateurs plafonniers {de_creche} - canicule|2188", "Plan canicule - rafraîchissement des classes {de_ecole}|2188"],
      COOL_SCH, ["climat"], ["edu", "pe", "bat"], f=["71"], key=both(r"rafraich|ventilateur|canicule|chaleur", F_ECOLE + "|" + F_CRECHE),
      cap=6),
    T(["Salle rafraîchie {de_ehpad} - plan canicule|2135,2188", "{ehpad} - pièce rafraîchie pour les résidents|2135",
       "Plan canicule - salle rafraîchie {de_ehpad}|2135", "{ehpad} - rafraîchissement du salon commun en période de canicule|2135"],
      COOL_SENIOR, ["climat"], ["seniors", "bat"], f=["71"], key=both(r"rafraich|canicule", F_EHPAD), cap=5),
    T(["Brumisateurs {de_place}|2188", "{place} - brumisation estivale|2188,2312", "Brumisateurs mobiles pour les épisodes de canicule|2188",
       "Mâts de brumisation - {square}|2188", "Rampe de brumisation {de_place} - été {y}|2188"],
      COOL_EQ, ["climat"], ["voirie", "ev"], f=["71"], key=r"brumis", cap=6),
    T(["Fontaine à boire {de_place}|2188,21531", "Fontaines à boire - {square}|2188", "{place} - fontaine d'eau potable|21531",
       "Fontaines à boire raccordées au réseau - {quartier}|21531,2188"],
      FOUNTAIN, ["eau"], ["climat"], f=["732", "73"], key=r"fontaine", cap=5),
    T(["Végétalisation de la toiture {de_bat}|2135,2313", "Toiture végétalisée {de_bat}|2135", "{bat} - toiture-terrasse végétalisée|2135",
       "Toiture végétalisée {de_ecole}|2135,2313", "Toit végétal {de_mairie}|2135"],
      GREENROOF, ["climat"], ["bat", "edu"], f=["71"], key=r"vegetal|veget", cap=6),
    T(["Groupes électrogènes mobiles - gestion de crise|2188", "Plan communal de sauvegarde - groupes électrogènes des lieux d'accueil|2188",
       "Plan communal de sauvegarde - annuaire de crise {y}|611", "Poste de commandement communal - téléphones satellitaires|2188",
       "Réserve communale de sécurité civile - gilets et lampes|60632", "Stock de crise - lits de camp et couvertures|60632",
       "PCS - exercice de mise en sécurité des habitants {y}|611", "Groupe électrogène du gymnase centre d'accueil du PCS|2188"],
      RISK, ["risques"], ["adm", "bat"], f=["71"], key=r"electrogene|sauvegarde|\bpcs\b|crise|securite civile|commandement",
      cap=8, kind="commune"),
    T(["{carriere} - confortement|2312,2315", "Inspection des carrières souterraines - convention {y}|611",
       "Comblement des vides de carrière - {quartier}|2315", "{carriere} - injection et consolidation|2312",
       "Surveillance des anciennes carrières - {hameau}|611", "Chutes de blocs - filets de protection {de_hameau}|2312"],
      CLIMATE, ["risques"], ["voirie", "urba"], f=["71"], key=r"carriere|chutes de blocs", cap=6),
    T(["{torrent} - ouvrages de correction|2312", "Restauration des seuils {de_torrent}|2312",
       "Plage de dépôt {de_torrent} - curage|611,2312", "{torrent} - confortement des barrages de correction|2312"],
      FLOOD, ["risques", "eau"], ["voirie"], f=["735"], key=r"torrent", cap=4),
    T(["Enlèvement des embâcles {de_riv} après la crue|611,2312", "Embâcles sous le pont {de_riv} - retrait|611",
       "Surveillance et retrait des embâcles {de_riv} - {y}|611"],
      EMBACLE, ["risques", "eau"], ["ev", "voirie"], f=["735"], key=r"embacle", cap=3),
    T(["Digue {de_riv} - confortement|2312", "Visite technique approfondie de la digue {de_riv}|617",
       "Étude de danger du système d'endiguement {de_riv}|617", "Digue {de_riv} - reprise des perrés|2312",
       "GEMAPI - travaux de protection contre les crues {de_riv}|2312"],
      FLOOD, ["eau", "risques"], ["voirie", "adm"], f=["735"], key=r"digue|endiguement|crues", cap=5),
    T(["Plan de prévention du risque inondation - études {y}|617", "PPRI {de_riv} - révision|617",
       "Modélisation des crues pour la révision du plan de prévention du risque inondation|617",
       "Plan de prévention des risques naturels - {hameau}|617"],
      CLIMATE, ["risques"], ["urba"], f=["71", "735"], key=r"\bppr|prevention du risque|prevention des risques", cap=4),
    T(["Contribution GEMAPI au syndicat de bassin {de_riv} - {y}|6558", "GEMAPI - participation au syndicat mixte {de_riv}|6558",
       "Taxe GEMAPI - reversement au syndicat de bassin|6558"],
      GEMAPI_TAX, ["eau"], ["fin"], f=["735"], key=r"gemapi", cap=3),
    T(["Retrait-gonflement des argiles - diagnostic des bâtiments fissurés|617",
       "Étude du risque de retrait-gonflement des argiles - {quartier}|617",
       "Retrait-gonflement des argiles - jauges de suivi des fissures {de_bat}|617,2188"],
      CLIMATE, ["risques", "climat"], ["bat"], f=["71"], key=r"argile|\brga\b", cap=3),
    T(["{ecole} - reprise des fissures des façades|21312", "{ecole} - peinture des salles de classe|21312,615221",
       "{ecole} - remplacement des faux plafonds|21312", "Réfection des sanitaires {de_ecole}|21312",
       "{ecole} - réfection du sol de la salle de motricité|21312"],
      SCH, ["bat", "edu"], ["climat", "risques"], f=SCH_F, key=both(r"fissur|peinture|plafond|sanit|sol", F_ECOLE), cap=8,
      kind="commune"),
    T(["{creche} - peinture des salles de vie|2135", "{creche} - réfection de la toiture|2135", "{creche} - remplacement des sols|2135"],
      SCH, ["bat", "pe"], ["climat"], f=PE_F, key=both(r"peinture|toit|sols", F_CRECHE), cap=3),
    T(["{ehpad} - remplacement de l'ascenseur|2135", "{ehpad} - réfection des salles de bains|2135",
       "{ehpad} - peinture des chambres|2135", "{ehpad} - réfection de la cuisine|2135"],
      HEALTH_BLD, ["seniors", "bat"], ["climat"], f=["423", "4238"], key=both(r"ascenseur|bains|peinture|cuisine", F_EHPAD),
      cap=4),
    T(["Requalification {de_place}|2312,2151", "{place} - réfection du revêtement en pavés|2151",
       "{place} - réaménagement et nouveau mobilier|2312", "Requalification {de_place} - maîtrise d'œuvre|2031"],
      URBA, ["voirie"], ["climat"], f=["845", "51"], key=r"requalif|paves|reamenag|revetement", cap=6),
]

# 2. libraries and music schools (4) vs culture (11) ---------------------------------------------
S2 = [
    T(["{media} - extension de la salle de lecture|2313,2135", "Construction {de_media} - maîtrise d'œuvre|2031,2313",
       "{media} - étanchéité de la toiture-terrasse|2135", "{media} - réaménagement de l'espace jeunesse|2135",
       "{media} - remplacement des rayonnages|2184", "{media} - mobilier de l'espace adolescents|2184",
       "{media} - automates de prêt et de retour|2188"],
      LIB, ["lecture", "bat"], ["culture"], f=["313"], key=F_MEDIA, cap=10),
    T(["Acquisition de livres - {media} - {y}|6065", "{media} - abonnements aux périodiques|6065", "{media} - renouvellement du fonds de DVD|6065",
       "Livres jeunesse {de_media}|6065", "{media} - fonds de bandes dessinées|6065", "Livres en gros caractères {de_media}|6065",
       "{media} - livres audio et liseuses de prêt|6065,2188"],
      LIB, ["lecture"], ["culture"], f=["313"], key=both(r"livres|periodiques|dvd|bandes dessinees|fonds|liseuses", F_MEDIA), cap=9),
    T(["Bibliobus du réseau de lecture publique - renouvellement|2182", "Bibliobus - desserte des hameaux {y}|611",
       "Bibliobus - entretien et contrôle technique|61551", "Bibliobus - aménagement intérieur et rayonnages|2182"],
      LIB, ["lecture"], ["culture", "adm"], f=["313"], key=r"bibliobus", cap=3),
    T(["{conserv} - réfection des salles de cours|2135", "{conserv} - traitement acoustique des studios de répétition|2135",
       "{conserv} - remplacement de l'ascenseur|2135", "{conserv} - extension de l'auditorium|2313",
       "Auditorium {de_conserv} - gradins et scène|2135", "{conserv} - ravalement des façades|2135"],
      SCH, ["conserv", "bat"], ["culture"], key=both(r"refect|acoust|ascenseur|auditorium|ravalement|facades", F_CONS), cap=8),
    T(["{conserv} - partitions et méthodes|6065", "{conserv} - professeurs - vacations {y}|64131",
       "{conserv} - pupitres et chaises des salles d'orchestre|2184", "{assoc_mus} - subvention de fonctionnement {y}|6574",
       "{conserv} - classes d'éveil musical - intervenants|611"],
      EDU, ["conserv"], ["culture"],
      key=both(r"partitions|professeurs|pupitres|subv|eveil", F_CONS + r"|\but\b"), cap=6),
    T(["{conserv} - achat d'instruments de musique|2188", "Instruments prêtés aux élèves {de_conserv}|2188",
       "{conserv} - renouvellement des pianos|2188", "{conserv} - violoncelles et contrebasses|2188",
       "Parc instrumental {de_conserv} - entretien et réparations|61558"],
      EDU, ["conserv"], ["culture", "lecture"], key=both(r"instrument|piano|violoncell|contrebass", F_CONS), cap=6),
    T(["{musee} - restauration des collections|2161,611", "{musee} - exposition temporaire - scénographie|611",
       "{musee} - acquisition d'une œuvre|2161", "{musee} - réfection des salles d'exposition|2135",
       "{musee} - vitrines et éclairage muséographique|2188", "{musee} - récolement des collections|611",
       "{musee} - visites guidées et médiation - {y}|611"],
      CULT, ["culture"], ["lecture", "conserv"], f=["314", "31"], key=r"musee", cap=12),
    T(["{theatre} - réfection des fauteuils de la salle|2135,2188", "{theatre} - programmation - cachets {y}|611",
       "{theatre} - équipement scénique|2188", "{theatre} - réfection des loges|2135", "{theatre} - subvention de fonctionnement|6574",
       "{theatre} - compagnies en résidence - {y}|611", "{theatre} - sonorisation de la salle|2188"],
      CULT, ["culture"], ["conserv", "lecture"], f=["316", "317", "31"], key=r"theatre|cinema|auditorium|spectacle", cap=13),
]

# 3. health (3) vs administration (16) and social action (1) ------------------------------------
S3 = [
    T(["{cms} - réaménagement des cabinets de consultation|2135,2313", "{cms} - réfection de la salle d'attente|2135",
       "{cms} - mise aux normes des salles de soins|2135", "Extension {de_cms}|2313", "{cms} - création d'un cabinet supplémentaire|2313",
       "{cms} - réfection de la toiture|2135"],
      HEALTH_BLD, ["sante", "bat"], ["adm", "soc"], f=["414", "41"],
      key=both(r"reamenag|refection|refect|normes|extension|extens|creation|crea|toit", F_CMS), cap=8),
    T(["{cms} - matériel médical|2188", "{cms} - fauteuil dentaire|2188", "{cms} - autoclave de stérilisation|2188",
       "{cms} - électrocardiographe|2188", "Rémunération des médecins salariés {de_cms}|64111", "{cms} - fournitures médicales {y}|6066",
       "{cms} - mobilier des cabinets médicaux|2184"],
      HEALTH, ["sante"], ["adm", "soc"], f=["414", "41", "410"],
      key=both(r"medic|medecin|fauteuil|autoclave|electrocardio", F_CMS), cap=8),
    T(["{cms} - logiciel de dossier médical - abonnement|611", "Maintenance du logiciel médical {de_cms}|6156",
       "Téléconsultation {de_cms} - plateforme|611", "{cms} - prise de rendez-vous en ligne des patients|611"],
      HEALTH_SW, ["sante"], ["dsi"], f=["414", "41"], key=r"logiciel|\blogic\b|teleconsult|rendez vous", cap=5),
    T(["Campagne de vaccination contre la grippe - {y}|6066,611", "Centre de vaccination - vacations des infirmiers|64131",
       "Vaccins du centre de vaccination {y}|6066", "Vaccination gratuite des habitants - {quartier}|611"],
      HEALTH, ["sante"], ["adm", "soc"], f=["412", "41"], key=r"vaccin", cap=5),
    T(["Vaccination antigrippale des agents - {y}|6066", "Campagne de vaccination antigrippale des agents en mairie|6066"],
      HEALTH, ["sante"], ["rh"], f=["412", "41"], key=r"vaccin", cap=2, pc=0.6),
    T(["{pmi} - matériel de pesée et tables d'examen|2188", "{pmi} - réfection de la salle d'attente|2135",
       "Consultations de PMI - vacations des puéricultrices|64131", "{pmi} - jouets et mobilier de l'espace bébés|2184"],
      PMI, ["sante", "pe"], ["adm", "soc"], f=["411"], key=r"\bpmi\b|protection maternelle|puericult", cap=6),
    T(["Défibrillateurs {de_bat} - pose|2188", "Défibrillateurs automatisés externes - contrat de maintenance {y}|6156",
       "Défibrillateurs des équipements communaux - électrodes et batteries|60632", "Défibrillateur {de_cms}|2188"],
      HEALTH, ["sante"], ["adm", "bat", "rh"], f=["412", "41"], key=r"defibril|\bdae\b", cap=5),
    T(["Mutuelle communale - convention avec l'organisme retenu {y}|611", "Mutuelle communale - permanences d'adhésion en mairie|611",
       "Complémentaire santé communale - réunions d'information des habitants|611"],
      MUTUELLE, ["sante", "soc"], ["adm"], f=["41", "418"], key=r"mutuelle|complementaire sante", cap=3, kind="commune"),
    T(["Participation employeur à la complémentaire santé des agents|6458", "Protection sociale complémentaire des agents - mutuelle {y}|6458",
       "Participation à la mutuelle des agents - {y}|6458"],
      ADM, ["rh"], ["sante"], f=["021", "020"], key=r"agents", cap=3),
    T(["Octobre rose - dépistage du cancer du sein - actions {y}|611", "Contrat local de santé - coordination {y}|611,64131",
       "Prévention des conduites addictives chez les jeunes - {quartier}|611", "Conseil local de santé mentale - animation|611",
       "Dépistage du diabète - bus santé {y}|611", "Prévention solaire et cancer de la peau - campagne|611"],
      HEALTH, ["sante"], ["soc", "adm"], f=["412", "41"],
      key=r"depist|prevent|sante mentale|contrat local de sante|\bcls\b|\bclsm\b|octobre rose", cap=7),
    T(["Permanence d'accès aux soins des publics précaires - {cms}|611", "{cms} - consultations sans avance de frais pour les précaires|611"],
      CARE_ACCESS, ["sante"], ["soc"], f=["41", "414"], key=r"precaires", cap=3),
    T(["Mobilier de bureau {de_mairie}|2184", "Vêtements de travail des agents techniques - {y}|60632",
       "Fournitures de bureau des {svcs} - {y}|6064", "Armoires de rangement {de_mairie}|2184"],
      ADM, ["adm"], ["sante"], f=["020"], key=r"mobilier|\bmob\b|vetements|fournitures|\bfourn\b|armoires", cap=6),
    T(["Logiciel de gestion du temps de travail - maintenance {y}|6156", "Logiciel de paie des agents - abonnement|611,6156",
       "Logiciel de gestion des salles municipales - maintenance|6156"],
      ADM_IT, ["dsi", "rh"], ["sante"], f=["020"], key=r"logiciel|\blogic\b", cap=4),
    T(["CCAS - aides financières aux familles - {y}|6518", "Subvention d'équilibre au CCAS - {y}|657362",
       "Analyse des besoins sociaux - actualisation {y}|617", "CCAS - secours exceptionnels aux personnes isolées|6518"],
      SOC, ["soc"], ["sante"], f=["424", "428", "42"], key=r"ccas|besoins sociaux|aides financieres|secours", cap=6,
      kind="commune"),
    T(["Locaux du CCAS - réaménagement des bureaux d'accueil|2135,21313", "CCAS - réfection de la salle d'attente|2135",
       "CCAS - création d'un bureau de permanence confidentiel|2135"],
      SOC_BLD, ["soc", "bat"], ["sante"], f=["424", "42"], key=r"ccas", cap=3, kind="commune"),
]

# 4. priority neighbourhoods, travellers and social centres (10) vs urban planning (11) ---------
S4 = [
    T(["{aire} - réhabilitation des blocs sanitaires|2135,2313", "{aire} - reprise des branchements électriques des emplacements|2315",
       "{aire} - extension de six emplacements|2313", "{aire} - bornes de paiement des fluides|2188",
       "{agp} - aménagement de la plateforme|2312", "{agp} - clôtures et accès|2312", "{aire} - réfection des voies internes|2312"],
      TRAV_SITE, ["gdv", "urba"], ["soc", "pdv"], f=["554"], key=F_AIRE, cap=10),
    T(["{aire} - gestion déléguée {y}|611", "{aire} - gardiennage et entretien|611", "{agp} - gestion estivale et gardiennage|611"],
      TRAV_SITE, ["gdv"], ["soc", "pdv"], f=["554"], key=F_AIRE, cap=4),
    T(["Accompagnement social des gens du voyage - convention {y}|611,6574", "Médiation auprès des familles des gens du voyage|611",
       "Gens du voyage - accès aux droits et médiation sociale|611", "Gens du voyage - suivi social des familles sédentarisées|611"],
      TRAV_SOC, ["soc", "pdv", "gdv"], ["urba"], f=["52"], key=r"gens du voyage|\bgdv\b", cap=5),
    T(["{cs} - réfection de la salle d'activités|2135", "{cs} - mise aux normes de la cuisine pédagogique|2135",
       "{cs} - réaménagement de l'accueil|2135", "{cs} - réfection de la toiture|2135", "Extension {de_cs}|2313"],
      QUARTER_BLD, ["pdv", "bat"], ["urba"], f=["52"], key=both(r"refect|normes|reamenag|toit|extens", F_CS), cap=8),
    T(["{cs} - matériel d'animation|2188,6068", "{cs} - minibus pour les sorties familles|2182", "{cs} - fonctionnement {y}|611",
       "{cs} - sono et vidéoprojecteur de la grande salle|2188"],
      QUARTER, ["pdv"], ["urba", "soc"], f=["52"], key=both(r"materiel|minibus|fonct|\bfct\b|sono", F_CS), cap=6),
    T(["Subvention {de_cs} - convention d'objectifs {y}|6574", "{cs} - subvention de fonctionnement|6574"],
      CS_GRANT, ["pdv"], ["soc"], f=["52"], key=both(r"subv", F_CS), cap=3),
    T(["Maison du projet {de_npru} - aménagement|2135,2313", "Maison du projet {de_npru} - animation et permanences|611",
       "Maison du projet - {npru} - mobilier et signalétique|2184"],
      PROJECT_HOUSE, ["pdv"], ["urba"], f=["52"], key=r"maison du projet", cap=4),
    T(["Conseil citoyen {de_qpv} - fonctionnement {y}|611", "Conseils citoyens - formation des membres|611",
       "Conseil citoyen {de_qpv} - frais de réunion|611"],
      ADM, ["citoyen"], ["pdv"], f=["348", "020"], key=r"conseils? citoyens?", cap=4),
    T(["Contrat de ville - programmation {y} - subventions aux associations|6574", "Politique de la ville - appel à projets {y}|6574",
       "{qpv} - animations estivales de proximité|611"],
      QUARTER, ["pdv"], ["urba"], f=["52"], key=r"contrat de ville|politique de la ville|quartier prioritaire|\bqpv\b", cap=5),
    T(["{npru} - participation au bilan de l'opération|20422,20415", "{npru} - démolition de la barre de logements sociaux|2313",
       "{npru} - résidentialisation des immeubles|2312", "Convention ANRU {de_npru} - participation {y}|20415",
       "{npru} - désamiantage avant démolition des immeubles|2313"],
      RENEWAL, ["urba"], ["pdv"], f=["515", "51"], key=r"npru|anru", cap=10),
    T(["Parking {de_cs} - reprise de l'enrobé et du marquage|2151", "Abords {de_cs} - réfection des trottoirs|2151",
       "Parvis {de_cs} - reprise des pavés|2151"],
      URBA, ["voirie"], ["pdv"], f=["845", "848"], key=r"parking|trott|enrob|paves", cap=5),
]

# 5. parks and green corridors inside urban projects (15) vs urban planning (11) -----------------
S5 = [
    T(["{zac} - parc central - plantations|2121,2312", "{zac} - coulée verte|2312", "{zac} - jardin public et aire de jeux|2312",
       "{zac} - plantations du mail|2121", "{zac} - parc paysager - maîtrise d'œuvre|2031", "{zac} - square des nouveaux logements|2312"],
      PARK_PROJ, ["ev"], ["urba"], f=["511"], key=F_GREEN, cap=12),
    T(["{npru} - coulée verte|2312", "{npru} - parc urbain - tranche {n}|2312", "{npru} - jardin public et aire de jeux|2312",
       "{npru} - square paysager au pied des immeubles|2312"],
      PARK_PROJ, ["ev"], ["urba", "pdv"], f=["511"], key=F_GREEN, cap=7),
    T(["Requalification {de_jardin}|2312", "{jardin} - réfection des allées|2312", "Allées {de_jardin} - stabilisé renforcé|2312",
       "Rénovation {de_jardin} - allées et plantations|2312", "Coulée verte {de_quartier} - création|2312"],
      PARK_PROJ, ["ev"], ["urba", "voirie"], f=["511"], key=F_GREEN + r"|allees", cap=9),
    T(["Rucher communal {de_parc} - installation|2188", "Ruches {de_parc} - suivi par un apiculteur {y}|611",
       "Ruches pédagogiques {de_zac}|2188"],
      NATURE, ["ev"], ["urba"], f=["511", "76"], key=r"ruche|rucher|apicult", cap=4),
    T(["{ens} - plan de gestion {y}|617", "{ens} - sentier d'interprétation|2312,2128", "{ens} - pâturage et débroussaillage|611",
       "{ens} - inventaire naturaliste|617"],
      NATURE, ["ev"], ["urba"], f=["76"], key=r"\bens\b|naturel sensible", cap=5),
    T(["Trame verte et bleue {de_quartier} - corridor écologique|2312", "Trame verte et bleue - étude des continuités {de_zac}|617"],
      NATURE, ["ev"], ["urba"], f=["76", "511"], key=r"trame verte|\btvb\b|corridor", cap=3),
    T(["Coulée verte {de_npru} - entretien {y}|611", "Entretien de la coulée verte {de_zac}|611"],
      NATURE, ["ev"], ["urba"], f=["511"], key=both(r"coulee", r"entret"), cap=2),
    T(["{zac} - voirie et réseaux divers - tranche {n}|2151,2315", "{zac} - VRD de la phase {n}|2151",
       "{zac} - voie primaire et carrefour d'entrée|2151", "{zac} - reprise de la voirie provisoire|2151"],
      ROAD, ["urba", "voirie"], ["ev"], f=["515", "845"], key=r"\bvrd\b|voirie|voie|carrefour", cap=8),
    T(["{zac} - participation au bilan de l'aménageur {y}|20422", "{zac} - études pré-opérationnelles|2031",
       "{zac} - acquisitions foncières|2111", "{zac} - place centrale et parvis - réalisation|2312", "{zac} - espaces publics - phase {n}|2312"],
      URBA, ["urba"], ["ev"], f=["515", "51", "581"],
      key=r"participation|particip|etudes|etud|foncieres|place|parvis|espaces publics", cap=8),
    T(["{npru} - espaces publics - tranche {n}|2312", "{npru} - voie nouvelle de désenclavement|2151",
       "{npru} - place du marché - requalification|2312"],
      RENEWAL, ["urba"], ["ev"], f=["515"], key=r"npru", cap=6),
]

# 6. digital (9) vs administration (16) and social cohesion (10) ---------------------------------
S6 = [
    T(["{epn} - renouvellement des ordinateurs en libre accès|2188", "{epn} - tablettes et imprimante|2188",
       "{epn} - mobilier et câblage de la salle|2184,2188", "{epn} - écrans et postes publics|2188"],
      EPN, ["num"], ["dsi", "pdv"], f=["57"], key=r"espace public num|\bepn\b|cyber|libre acces", cap=7),
    T(["Ateliers d'inclusion numérique pour les seniors - {y}|611", "Conseiller numérique - permanences {de_cs}|64131,611",
       "Prêt de tablettes aux familles éloignées du numérique|2188", "Accompagnement aux démarches en ligne des publics fragiles|611",
       "Aidants numériques - formation des bénévoles|611", "Inclusion numérique {de_qpv} - ateliers {y}|611"],
      INCLUSION, ["pdv", "soc"], ["num", "dsi"], f=["52"],
      key=r"inclusion|conseiller num|eloignees du num|demarches en ligne|aidants num", cap=8),
    T(["Datacenter mutualisé - extension de la salle blanche|2313", "Datacenter - onduleurs et climatisation de précision|2188",
       "Centre de données mutualisé - hébergement des communes membres|611", "Datacenter - sécurisation électrique|2313"],
      DATACENTER, ["num", "dsi"], ["adm"], f=["57"], key=r"datacenter|centre de donnees", cap=5),
    T(["Salle serveurs {de_mairie} - climatisation|2135", "Salle serveurs {de_mairie} - onduleurs et baies|2183"],
      SERVER_ROOM, ["dsi"], ["num"], f=["020"], key=r"salle serveurs", cap=3),
    T(["Portail de données ouvertes - {y}|611", "Open data - ouverture des données de mobilité|611",
       "Données ouvertes - catalogue et API du territoire|611", "Open data - jeux de données des équipements publics|611"],
      OPENDATA, ["num"], ["dsi", "adm"], f=["57"], key=r"open data|donnees ouvertes", cap=5),
    T(["Wifi public gratuit {de_place}|2188", "Bornes wifi {de_parc}|2188", "Wifi public - {quartier} - extension|2188",
       "Wifi public des halles et des places - {y}|2188"],
      WIFI, ["num"], ["dsi"], f=["57"], key=r"wifi", cap=6),
    T(["Wifi public {de_qpv}|2188", "Bornes wifi gratuites - {qpv}|2188"],
      EPN, ["num"], ["pdv"], f=["57"], key=both(r"wifi", r"quartier prioritaire|\bqpv\b"), cap=3),
    T(["Fibre optique - raccordement {de_hameau}|21533", "Très haut débit - participation au réseau d'initiative publique {y}|20415,611",
       "Montée en débit {de_hameau}|21533", "Fibre optique - desserte des équipements publics {de_quartier}|21533"],
      THD, ["num"], ["dsi"], f=["57"], key=r"fibre|debit|\bthd\b", cap=6),
    T(["Liaison fibre {de_mairie} au centre technique|21533", "Liaisons fibre entre les sites des {svcs}|21533"],
      SITE_LINK, ["dsi"], ["num", "adm"], f=["57"], key=r"liaison", cap=3),
    T(["Réseau électrique intelligent - démonstrateur {de_zac}|617,2188", "Smart grid {de_quartier} - capteurs et pilotage|2188"],
      SMARTGRID, ["num", "energie"], ["dsi"], f=["57"], key=r"intelligent|smart grid", cap=3),
    T(["Capteurs connectés - réseau bas débit du territoire|2188", "Réseau LoRaWAN - extension {y}|2188",
       "Objets connectés - capteurs de fréquentation des parcs|2188"],
      IOT, ["num"], ["dsi"], f=["57"], key=r"lorawan|connectes", cap=3),
    T(["Logiciel de gestion des ressources humaines - maintenance {y}|6156", "Logiciel de gestion financière - abonnement|611",
       "Logiciels métiers des {svcs} - maintenance {y}|6156", "Logiciel de gestion de la relation citoyen - licence|2051",
       "Logiciel de gestion des subventions aux associations|2051,6156"],
      ADM_IT, ["dsi"], ["num"], f=["020"], key=r"logiciel|\blogic\b", cap=7),
    T(["Téléphonie mobile des agents - abonnements {y}|6262", "Standard téléphonique {de_mairie} - remplacement|2185",
       "Téléphonie fixe des {bc} - marché {y}|6262", "Autocommutateur {de_mairie}|2185"],
      ADM_IT, ["dsi", "adm"], ["num"], f=["020"], key=r"telephon|teleph|standard|autocommutateur", cap=6),
    T(["Postes informatiques des agents {de_cs}|2183", "Ordinateurs portables des animateurs {de_cs}|2183"],
      ADM_IT, ["dsi"], ["pdv"], f=["020"], key=r"postes informatiques|ordinateurs portables|\binformat\b", cap=4),
]

# 7. heritage and archives (11) vs administration (16) -------------------------------------------
S7 = [
    T(["Restauration des registres de délibérations anciens - {y}|611,2168", "Restauration des registres paroissiaux|611",
       "Restauration des plans cadastraux anciens|611", "Restauration des registres d'état civil du XIXe siècle|611",
       "Archives - restauration d'un terrier médiéval|611,2168"],
      ARCHIVES, ["archives", "patrimoine"], ["adm", "etatcivil"], f=["315"], key=r"restaur", cap=7),
    T(["Numérisation des registres paroissiaux|611", "Numérisation des fonds anciens des archives - {y}|611",
       "Archives - numérisation de l'état civil ancien|611", "Numérisation des plans anciens et du cadastre napoléonien|611",
       "Mise en ligne des archives anciennes numérisées|611"],
      ARCHIVES, ["archives"], ["dsi", "etatcivil", "adm"], f=["315"], key=both(r"numeris", r"ancien|\banc\b|paroiss|napoleon"),
      cap=8),
    T(["Archives - tri et élimination des documents des {svcs}|611", "Archives intermédiaires - rayonnages mobiles|2184",
       "Prestation d'archiviste - classement des archives contemporaines|611", "Système d'archivage électronique - abonnement {y}|611",
       "Versements d'archives des {svcs} - bordereaux et boîtes|6064", "Archives - récolement des versements des {svcs}|611"],
      ADM, ["archives", "adm"], ["patrimoine"], f=["020"],
      key=r"tri|rayonnages|classement|archivage|versement|elimination|recolement", cap=8),
    T(["Archives municipales - réfection des peintures du magasin|21311,2135", "Bâtiment des archives - portes coupe-feu|21311",
       "Local des archives {de_mairie} - mise aux normes électriques|21311"],
      ADM_BLD, ["bat", "archives"], ["patrimoine"], f=["020"], key=both(r"archiv", r"peinture|portes|normes"), cap=3),
    T(["{eglise} - restauration des vitraux|2135,2168", "{eglise} - consolidation du clocher|2135", "{eglise} - restauration de l'orgue|2168",
       "{eglise} - mise hors d'eau de la toiture|2135", "Restauration du retable {de_eglise}|2168,611",
       "{eglise} - étude préalable à la restauration|2031"],
      HERITAGE, ["patrimoine", "bat"], ["adm", "archives"], f=["312"], key=r"eglise|\begl\b|chapelle", cap=11),
    T(["{monument} - restauration|2135,2168", "{monument} - étude préalable à la restauration|2031",
       "Monument aux morts {de_hameau} - restauration et nettoyage|2168", "{monument} - consolidation des maçonneries|2135"],
      HERITAGE, ["patrimoine"], ["adm", "archives"], f=["312"], key=r"tour|porte|ruines|lavoir|pont vieux|monument", cap=8),
    T(["Restauration des objets mobiliers classés {de_eglise}|2168", "Objets mobiliers protégés - récolement et restauration {y}|611",
       "Restauration d'un tableau classé {de_eglise}|2161"],
      HERITAGE, ["patrimoine"], ["adm", "archives"], f=["312"], key=r"objets mobiliers|tableau", cap=4),
    T(["Reliure des registres d'état civil - {y}|611", "Reliure du registre des arrêtés du maire|611",
       "Registres d'état civil - papier permanent|6064", "Coffre-fort ignifugé pour les registres de l'état civil|2184"],
      ADM, ["etatcivil", "adm"], ["archives", "patrimoine"], f=["020", "022"], key=r"reliure|registre|coffre", cap=6,
      kind="commune"),
    T(["Numérisation des actes d'état civil récents - {y}|611", "État civil - numérisation des registres de l'année|611",
       "Dématérialisation des actes d'état civil - échanges avec les notaires|611"],
      ADM_IT, ["etatcivil"], ["archives"], f=["020", "022"], key=both(r"numeris|demat", r"etat civil|actes"), cap=4,
      kind="commune"),
    T(["Affranchissement du courrier des {svcs} - {y}|6261", "Machine à affranchir {de_mairie} - location|6135",
       "Courrier - tournées de distribution entre les sites des {svcs}|611"],
      ADM, ["adm"], ["archives", "patrimoine"], f=["020"], key=r"affranchi|\baffr\b|courrier", cap=4),
    T(["Gestion électronique des documents - licence {y}|2051,611", "Parapheur électronique - abonnement {y}|611",
       "GED - numérisation du courrier entrant|611", "Logiciel de gestion du courrier - maintenance|6156"],
      ADM_IT, ["adm", "dsi"], ["archives"], f=["020"], key=r"\bged\b|gestion electronique|parapheur|courrier", cap=5),
    T(["Reprographie {de_mairie} - location des copieurs multifonctions {y}|6135", "Papier pour la reprographie des {svcs}|6064",
       "Atelier de reprographie {de_mairie} - maintenance de la presse numérique|6156", "Copieurs des {svcs} - contrat de maintenance|6156"],
      ADM, ["adm"], ["archives", "patrimoine"], f=["020"], key=r"reprograph|copieur|papier|presse", cap=5),
]

SECTIONS = [
    ("1 climate adaptation and natural risks (13) vs buildings and public space", S1, 70),
    ("2 libraries and music schools (4) vs culture (11)", S2, 65),
    ("3 health (3) vs administration (16) and social action (1)", S3, 65),
    ("4 priority neighbourhoods, travellers, social centres (10) vs urban planning (11)", S4, 60),
    ("5 parks in urban projects (15) vs urban planning (11)", S5, 60),
    ("6 digital (9) vs administration (16) and social cohesion (10)", S6, 65),
    ("7 heritage and archives (11) vs administration (16)", S7, 65),
]


# the machinery of boundary_generator.py on this part's random source, names and export forms
PART = BoundaryPart(
    rng, draw, authorities=AUTHS, names=NAMES, articles=ARTICLES, kind_names={"mairie": MAIRIE},
    kind_words={"bc": BC, "svcs": SERVICES}, years=YEARS, abbrev=ABBREV, programme_prefix="PROG", tail_word="avenant",
    service_rate=0.87,
)


def main() -> None:
    PART.run(SECTIONS, OUT, OTHER_PARTS, BRIEF_EXAMPLES)


if __name__ == "__main__":
    main()
