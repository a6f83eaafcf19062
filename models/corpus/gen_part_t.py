"""Write part T of Verdir's labelled training corpus: financing channels beside a purpose.

Budgets often name how a line is financed or channelled (European funds, State grants and
contracts, agencies' aid, financial vehicles, contributions to syndicates and EPCI) together
with what it pays for: "FEDER - RENOVATION ENERGETIQUE DU LYCEE", "DETR 2024 - EXTENSION
ECOLE", "Garantie d'emprunt - logements sociaux". The codebook's rule (the main purpose of the
spending gets the largest share) makes the PURPOSE decide, not the channel; a line that names
only the channel is a financial operation or a contribution to another public body, 17:100,
unless its service or fonction names a purpose (the codebook's generic rule).

Corpus conventions (rows counted on the folded libellés of parts A to Q, 15,303 rows):

  * European funds: FEDER 5 rows, 2 of them controllers' pay 17:100, 3 with a purpose at the
    purpose's label (energy efficiency and renewables 7:80;13:20); FSE/FSE+ 8 rows, 4 controls
    17:100, 4 trainings of job seekers 4:70;8:30; FEADER 5 rows, 1 file instruction 17:100, 4
    farm investments and young farmers 2:70;8:30; FEAMPA 2 rows, technical assistance 17:100 and
    fishing vessels 14:60;8:40; INTERREG 3 rows, all 17:100 (membership and participation with
    no purpose); LEADER and REACT-EU 0 rows. So: purpose-labelled with a purpose, 17:100 when
    they are only controls, technical assistance or a membership.
  * State grants and contracts: DETR, DSIL, DSID, CRTE, contrat de ruralité, ANCT, France
    Relance 0 rows; Fonds vert 2 rows (renaturation of public spaces 13:50;15:50); CPER 4 rows
    at their purpose (university 9:60;4:40, railways 11:60;9:40); Petites villes de demain 4
    rows (project manager 8:70;11:30 2, 11:80;8:20 1, centre-bourg 11:100 1); Action coeur de
    ville 18 rows (11:100 9, 8:60;11:40 8 for commerce); contrat de ville 4 rows (10:100 3);
    ANRU conventions 5 rows, 11:80;10:20 5/5. The channel never decides: its purpose does.
  * Agencies: Agence de l'eau 3 rows (levies 6:100); ANS 0 rows on the agency; CAF 8 rows (RSA
    payments 1:100 7, CTG 4:60;1:40 1); ARS, ADEME, CNC, DRAC: no row naming them as a funder.
  * Financial vehicles: prise de participation 6 rows: 17:100 3 (Agence France Locale 2, SEM
    de la gare 1: no purpose), 7:x 3 (SEM or citizen company for renewables 7:70;13:30 1,
    7:80;13:20 2); fonds de concours 41 rows: 17:100 20 (paid to an EPCI or to member towns,
    no purpose; 2 of them "voirie d'intérêt communautaire" under a finance fonction 01), and 21
    at the purpose (cycle tracks and BHNS 11:70;13:30 8, THD 9:100 4, public lighting
    7:70;11:30 3, university 9:60;4:40 3, maison de santé 3:85;11:15 3); garantie d'emprunt 4
    rows: 17:100 1 (a provision), social housing 11:80;1:20 2 and 11:70;1:30 1; emprunt 58
    rows: 17:100 55, social housing guarantees 3; subvention d'équipement 20 rows: 17:100 2
    (no purpose), 18 at the purpose (3:100 6, 9:60;4:40 4, food aid 2:80;1:20 and 2:60;1:40,
    recyclerie 12:100 2, habitat inclusif 10:70;11:30 2); avance remboursable 0 rows.
  * Syndicates and EPCI: SIVU 5 and SIVOM 5 rows, all 17:100 (no purpose, 7 under a finance
    service); syndicat mixte 31 rows: 17:100 9 (no purpose), the others at their purpose (fibre
    9:100 and 9:80;11:20, business park 8:100, waste collection 12:80;17:20 3, GEMAPI
    13:60;6:40 3, PNR 15:70;17:30 2, coast 14:70;17:30 1, SCOT 11:100 1); SDE 1 row (cotisation
    7:100); EPCI contributions 5 rows 17:100 (one "contribution epci" under a Petite enfance
    service: the only row where a deciding service is overridden; this part follows the
    codebook's generic rule there); FCTVA 2 rows 17:100. SIVOS, SIAEP 0 rows.

This part follows those conventions: a channel beside a purpose takes the purpose's split; a
syndicate whose name says its vocation (SIVOS school, SIAEP drinking water, SDE energy) names a
purpose; a channel alone, with nothing beside it that names a purpose, is 17:100. A channel
alone under a service or fonction that names a purpose ("FEADER - dossier n° 598" under the
libraries) is not written: whether the service or the financial operation decides such a line
is not settled by the corpus.

Purpose splits (the corpus's dominant split for the activity, rows on parts A-Q): school
extension and crèche works 4:85;11:15 (6/7 and 53 of 144 crèche rows), thermal renovation of
schools, collèges and lycées 4:50;7:50 (21/22 and 5/5), school and crèche operation 4:100,
trainings of job seekers 4:70;8:30 (FSE+ 4/4), new médiathèques 4:60;11:40 (the library label);
RSA and poverty support 1:100 (CAF 7/7), emergency shelter 1:80;10:20 (16 of 52), CCAS premises
1:85;11:15 (17 of 78); young farmers 2:70;8:30 (11/11), farmland and agro-environment
2:70;15:30 (part Q), organic conversion 2:70;12:30 (part Q), PAT 2:80;12:20 (5 of 10), organic
school catering 2:60;4:40 (3 of 4), épiceries solidaires 2:70;1:30 (30 of 40); maisons de santé
and EHPAD works 3:85;11:15 (20 of 31, 33 of 63), pools 3:85;11:15 (44 of 112) and their energy
renovation 3:50;7:50 (11), synthetic pitches and city stades 3:80;11:20 (12/13, 10/15),
gymnasiums and tennis 3:85;11:15, prevention 3:100; women's shelters 5:60;1:40 (12 of 15),
equality 5:100 (16 of 21), violence prevention 5:70;16:30 (24 of 80); wastewater plants 6:100
(34/37), water and sewer networks 6:85;11:15 (36 of 79, 26 of 31), reservoirs 6:100 (24/28),
catchment protection 6:80;15:20 (3 of 7), stormwater 6:70;13:30 (11 of 36), SPANC 6:100 (16/16);
LED public lighting 7:70;11:30 (33/33), wood-fired heating plants 7:70;13:30 (10 of 20),
renewables 7:80;13:20 (30 of 120), public buildings' energy renovation 7:60;11:40 (11 of 72),
charging points 7:60;11:40 (35/35); insertion 8:70;10:30 (28 of 69), tourism 8:80;11:20 (36 of
74), commerce 8:70;11:30 (31 of 141), market halls 8:85;11:15 (26 of 63), business parks
8:80;11:20, firms 8:100, fishing ports 14:60;8:40 (6 of 17); fibre 9:100 (61 of 92),
universities 9:60;4:40 (23/28), research labs 9:70;4:30 (10 of 36); accessibility 10:70;11:30
(103 of 231), youth centres and social centres' works 10:85;11:15 (34 of 81), priority
neighbourhoods' cohesion and anti-discrimination 10:100; social housing 11:80;1:20 (11 of 24),
NPRU 11:80;10:20 (5/5), centre-bourg, heritage, museums, cinemas and festivals 11:100,
roads 11:80;9:20, cycle tracks, BHNS and multimodal hubs 11:70;13:30 (95 of 155, 8/9), rail
(CPER) 11:60;9:40 (2/2), brownfields 11:70;15:30 (7 of 19), OPAH 11:100 (8 of 19); waste
centres, recycleries and biowaste 12:100 (32 of 48, 18 of 43, 45 of 65), waste syndicates
12:80;17:20 (3/3); dikes and PAPI 13:80;11:20 (30 of 57), GEMAPI contributions 13:60;6:40,
climate plans and risk studies 13:100 (12 of 23), cours oasis 13:50;4:30;15:20 (62/63),
cooling islands on squares 13:60;11:20;15:20 (32 of 140); coast erosion 14:60;13:40 (33 of
197), coastal path 14:60;11:40 (11 of 27); riverbanks and ripisylve 15:60;6:40 (14 of 59, 5/7),
wetlands, hedges and ENS 15:100 (9 of 20, 56 of 108, 24 of 30), forests 15:70;13:30 (23 of 66),
public gardens 15:70;11:30; town halls' works 16:85;11:15 (4/8) and energy renovation 16:60;7:40
(4/8), CCTV, gendarmeries and fire stations 16:100 (37 of 42, 5/6, 5/5), France services
16:60;11:40 (3 of 6), services' digitisation 16:70;9:30; decentralised cooperation on water
17:60;6:40 (9 of 11) and on schools 17:60;4:40 (8 of 33).

Rows: about 88 % a channel beside a purpose (section 1), about 12 % a channel alone with
nothing that names a purpose (section 3, 17:100, sometimes under a finance service or the
fonction 01). Invented authorities: the commune of Castelvieil-sur-Lende (~9,000, mixed-case
services), the village of Saint-Pons-de-Marelle (~900, short upper-case services), the
Communauté d'agglomération du Val de Sorgeac ("DGA ... / ..." directions), the Département de
la Haute-Vérune ("DIR. ..." upper case) and the Région Orbelie-Atlantique (mixed-case
directions, a European funds directorate). Export forms: upper case with the glossary's
abbreviations (TRX, ACQ, SUBV, PARTICIP, AMGT, REHAB, RENOV, EQUIPT, STEP, AEP, MSP, EAJE...),
mixed case with or without accents, lower case, years and budget steps, operation codes, some
cut at 32 to 44 characters in the place or year that follows the purpose (never before it).
About 35 % of the lines carry M57 codes, always agreeing with the label's main goal.

Labels of parts A to Q, of the outside probes and of the brief's examples are skipped; lines
are distinct. Deterministic, stdlib only:  python gen_part_t.py  ->  part_t.csv (same folder).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator_tools import L, fold, part_setup, write_part, written_rows

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 2020)

# The brief's own examples: the part writes its own lines, never these.
BRIEF_EXAMPLES = [
    "FEADER - MESURES AGROENVIRONNEMENTALES",
    "FEDER - RENOVATION ENERGETIQUE DU LYCEE",
    "DETR 2024 - EXTENSION ECOLE",
    "Fonds vert - renaturation des berges",
    "Prise de participation SEM énergies renouvelables - parc éolien",
    "PARTICIPATION SIVOS - FONCTIONNEMENT ECOLE DU RPI",
    "Garantie d'emprunt - logements sociaux résidence Les Tilleuls",
    "Fonds de concours - piscine intercommunale",
    "CAF - contrat enfance jeunesse - crèche",
    "ANS - terrain synthétique",
    "Agence de l'eau - station d'épuration",
    "FEDER - contrôles",
    "REVERSEMENT FCTVA",
    "PARTICIPATION SYNDICAT MIXTE",
    "Garantie d'emprunt - frais",
    "Avance remboursable",
]

# --------------------------------------------------------------------------------------------
# channels: key -> the forms a budget writes them in
# --------------------------------------------------------------------------------------------

CHANNELS = {
    "feder": ["FEDER", "Subvention FEDER", "FEDER 2021-2027", "Cofinancement FEDER", "Fonds européens FEDER"],
    "fse": ["FSE+", "FSE", "Fonds social européen plus", "Cofinancement FSE+"],
    "feader": ["FEADER", "Cofinancement FEADER", "FEADER 2023-2027"],
    "leader": ["LEADER", "Programme LEADER", "GAL - LEADER", "Fiche-action LEADER"],
    "feampa": ["FEAMPA", "Cofinancement FEAMPA", "FEAMP"],
    "interreg": ["INTERREG", "Interreg VI", "Programme Interreg", "Projet Interreg"],
    "react": ["REACT-EU", "Crédits REACT-EU"],
    "detr": ["DETR", "Subvention DETR", "Dotation DETR"],
    "dsil": ["DSIL", "Subvention DSIL", "Dotation DSIL"],
    "dsid": ["DSID", "Dotation DSID"],
    "fvert": ["Fonds vert", "Subvention Fonds vert", "Fonds d'accélération - fonds vert"],
    "relance": ["France Relance", "Plan France Relance", "Plan de relance"],
    "cper": ["CPER", "CPER 2021-2027", "Contrat de plan État-Région"],
    "ruralite": ["Contrat de ruralité", "Contrat de ruralite"],
    "crte": ["CRTE", "Contrat de relance et de transition écologique"],
    "pvd": ["Petites villes de demain", "PVD", "Programme PVD"],
    "acv": ["Action cœur de ville", "ACV", "Programme Action coeur de ville"],
    "cville": ["Contrat de ville", "Crédits contrat de ville"],
    "anru": ["ANRU", "Convention ANRU", "Subvention ANRU"],
    "anct": ["ANCT", "Subvention ANCT", "FNADT"],
    "aeau": [
        "Agence de l'eau",
        "Aide de l'Agence de l'eau",
        "Subvention Agence de l'eau",
        "Agence de l'eau - aide",
    ],
    "ademe": ["ADEME", "Fonds chaleur ADEME", "Aide ADEME"],
    "ans": ["ANS", "Agence nationale du sport", "Subvention ANS", "ANS - équipements sportifs"],
    "caf": ["CAF", "Subvention CAF", "CAF - CTG", "Aide à l'investissement CAF"],
    "ars": ["ARS", "Subvention ARS", "Agence régionale de santé"],
    "cnc": ["CNC", "Aide du CNC", "Subvention CNC"],
    "drac": ["DRAC", "Subvention DRAC", "Aide DRAC"],
    "region": ["Région", "Subvention Région", "Contrat régional", "Aide régionale"],
    "dept": ["Département", "Subvention départementale", "Aide du Département", "Contrat départemental"],
    "fipd": ["FIPD", "Subvention FIPD"],
    "sem": [
        "Prise de participation au capital de la SEM",
        "Prise de participation SEM",
        "Augmentation de capital SEM",
    ],
    "spl": ["Prise de participation SPL", "Participation au capital de la SPL"],
    "scic": ["Prise de participation SCIC", "Parts sociales SCIC"],
    "avance": ["Avance remboursable", "Avance remboursable accordée"],
    "fdc": ["Fonds de concours", "Fonds de concours versé", "Attribution d'un fonds de concours"],
    "garantie": ["Garantie d'emprunt", "Garantie d'emprunt accordée", "Garantie d'emprunts"],
    "emprunt": ["Emprunt", "Emprunt Banque des territoires", "Emprunt affecté"],
    "subveq": ["Subvention d'équipement versée", "Subvention d'équipement", "Subv. d'équipement"],
    "sivos": ["Participation SIVOS", "Contribution SIVOS", "SIVOS - participation"],
    "sivu": ["Participation SIVU", "Contribution au SIVU"],
    "sivom": ["Participation SIVOM", "Contribution SIVOM"],
    "siaep": ["Participation SIAEP", "SIAEP - contribution"],
    "sde": ["Participation SDE", "Fonds de concours SDE", "SDE - participation"],
    "smixte": [
        "Participation au syndicat mixte",
        "Contribution syndicat mixte",
        "Syndicat mixte - participation",
    ],
    "epci": [
        "Contribution à l'EPCI",
        "Participation communauté d'agglomération",
        "Contribution communautaire",
    ],
}

# --------------------------------------------------------------------------------------------
# purposes: label, phrases ({p} a place name), channels, fonctions, natures, service domain,
# authority kinds
# --------------------------------------------------------------------------------------------

COMMUNE, EPCI, DEPT, REGION = "commune", "epci", "departement", "region"
LOCAL = (COMMUNE, EPCI)
ALL = (COMMUNE, EPCI, DEPT, REGION)


@dataclass
class Purpose:
    lab: str
    phrases: list[str]
    channels: list[str]
    fcts: list[str]
    nats: list[str]
    domain: str
    kinds: tuple[str, ...] = LOCAL


P = Purpose
PURPOSES = [
    # 4 education and early childhood
    P(
        L(4, 85, 11, 15),
        [
            "extension de l'école {ecole}",
            "construction d'un groupe scolaire",
            "agrandissement de l'école maternelle",
            "restructuration de l'école élémentaire {ecole}",
            "création de deux classes à l'école {ecole}",
        ],
        ["detr", "dsil", "fdc", "dept", "emprunt", "crte", "ruralite"],
        ["212", "213", "21"],
        ["2313", "21312"],
        "edu",
        (COMMUNE,),
    ),
    P(
        L(4, 50, 7, 50),
        [
            "rénovation énergétique de l'école {ecole}",
            "isolation thermique du groupe scolaire",
            "rénovation thermique de l'école maternelle",
            "remplacement des menuiseries de l'école - gain énergétique",
        ],
        ["feder", "dsil", "fvert", "relance", "crte", "detr"],
        ["212", "213"],
        ["2313", "21312"],
        "edu",
        (COMMUNE,),
    ),
    P(
        L(4, 50, 7, 50),
        [
            "rénovation énergétique du collège {college}",
            "isolation thermique du collège {college}",
            "rénovation thermique du lycée {college}",
            "rénovation énergétique des lycées",
        ],
        ["feder", "dsid", "fvert", "relance", "cper", "emprunt"],
        ["221", "222"],
        ["2313"],
        "edu",
        (DEPT, REGION),
    ),
    P(
        L(4, 85, 11, 15),
        [
            "construction du collège {college}",
            "extension du collège {college}",
            "restructuration du lycée {college}",
            "demi-pension du collège {college} - reconstruction",
        ],
        ["dsid", "cper", "emprunt", "region", "dept"],
        ["221", "222"],
        ["2313"],
        "edu",
        (DEPT, REGION),
    ),
    P(
        L(4, 85, 11, 15),
        [
            "construction de la crèche {creche}",
            "extension du multi-accueil",
            "réhabilitation de la micro-crèche",
            "création d'un EAJE de 24 places",
            "construction du relais petite enfance",
            "extension de l'accueil de loisirs",
        ],
        ["caf", "detr", "crte", "fdc", "dept", "dsil"],
        ["4221", "422"],
        ["2313"],
        "pe",
        LOCAL,
    ),
    P(
        L(4, 100),
        [
            "fonctionnement du multi-accueil {creche}",
            "prestation de service unique - EAJE",
            "relais petite enfance - fonctionnement",
            "accueil de loisirs sans hébergement - fonctionnement",
            "bonus territoire CTG - crèche",
        ],
        ["caf"],
        ["4221", "422"],
        ["611", "6068"],
        "pe",
        LOCAL,
    ),
    P(
        L(4, 100),
        [
            "fonctionnement des écoles du RPI",
            "frais de scolarité des élèves du RPI",
            "fournitures scolaires du RPI",
            "ATSEM des écoles du regroupement pédagogique",
            "dépenses de fonctionnement de l'école {ecole}",
        ],
        ["sivos"],
        ["211", "212", "213"],
        ["6558"],
        "edu",
        (COMMUNE,),
    ),
    P(
        L(4, 70, 8, 30),
        [
            "formation des demandeurs d'emploi peu qualifiés",
            "formations qualifiantes des jeunes",
            "parcours de formation vers les métiers du soin",
            "formation professionnelle des détenus",
        ],
        ["fse", "react", "region"],
        ["25", "252"],
        ["6574", "611"],
        "formation",
        (REGION,),
    ),
    P(
        L(4, 60, 11, 40),
        [
            "construction de la médiathèque {media}",
            "extension de la médiathèque",
            "création d'une bibliothèque de village",
        ],
        ["drac", "dsil", "detr", "dept", "leader"],
        ["313"],
        ["2313"],
        "lecture",
        LOCAL,
    ),
    P(
        L(4, 85, 11, 15),
        ["réhabilitation du conservatoire", "extension de l'école de musique intercommunale"],
        ["drac", "dsil", "region", "fdc"],
        ["311"],
        ["2313"],
        "lecture",
        LOCAL,
    ),
    # 1 poverty and social action
    P(
        L(1, 100),
        [
            "accompagnement des allocataires du RSA",
            "aides financières d'urgence aux familles",
            "accès aux droits des publics précaires",
            "maraude sociale",
            "lutte contre le non-recours aux droits",
        ],
        ["fse", "caf", "dept", "cville"],
        ["42", "44"],
        ["6574", "611"],
        "soc",
        (COMMUNE, DEPT),
    ),
    P(
        L(1, 80, 10, 20),
        [
            "centre d'hébergement d'urgence",
            "mise à l'abri des personnes sans domicile",
            "halte de nuit pour sans-abri",
            "accueil de jour des personnes sans abri",
        ],
        ["dsil", "subveq", "garantie", "dept", "fdc"],
        ["42", "424"],
        ["2313", "20422"],
        "soc",
        (COMMUNE, EPCI, DEPT),
    ),
    P(
        L(1, 85, 11, 15),
        ["réhabilitation des locaux du CCAS", "aménagement de l'accueil du CCAS"],
        ["detr", "dsil", "emprunt"],
        ["42"],
        ["2313"],
        "soc",
        (COMMUNE,),
    ),
    # 2 food and agriculture
    P(
        L(2, 70, 8, 30),
        [
            "installation des jeunes agriculteurs",
            "modernisation des bâtiments d'élevage",
            "aide aux investissements des exploitations",
            "diversification des exploitations agricoles",
        ],
        ["feader", "region", "leader"],
        ["631", "6318"],
        ["20422", "6574"],
        "agri",
        (DEPT, REGION),
    ),
    P(
        L(2, 70, 15, 30),
        [
            "mesures agro-environnementales et climatiques",
            "maintien de l'agriculture de montagne - prairies",
            "pastoralisme et estives",
        ],
        ["feader", "region"],
        ["631"],
        ["6574"],
        "agri",
        (REGION, DEPT),
    ),
    P(
        L(2, 70, 12, 30),
        ["conversion à l'agriculture biologique", "aide au maintien en agriculture biologique"],
        ["feader", "region", "aeau"],
        ["631"],
        ["6574"],
        "agri",
        (REGION, DEPT),
    ),
    P(
        L(2, 80, 12, 20),
        [
            "projet alimentaire territorial",
            "animation du PAT",
            "légumerie pour les produits locaux",
            "plateforme de circuits courts",
        ],
        ["relance", "leader", "feader", "region"],
        ["631", "6318"],
        ["611", "2313"],
        "agri",
        (EPCI, DEPT),
    ),
    P(
        L(2, 60, 4, 40),
        [
            "produits bio et locaux en restauration scolaire",
            "approvisionnement bio des cantines",
            "équipement de la cantine pour les produits frais locaux",
        ],
        ["relance", "dept", "leader"],
        ["281"],
        ["6068", "2188"],
        "edu",
        (COMMUNE,),
    ),
    P(
        L(2, 70, 1, 30),
        [
            "épicerie solidaire",
            "chambre froide de la banque alimentaire",
            "épicerie sociale - aménagement",
            "distribution alimentaire aux familles",
        ],
        ["subveq", "fse", "caf", "dept"],
        ["42"],
        ["20422", "6574"],
        "soc",
        (COMMUNE, DEPT),
    ),
    # 3 health and sport
    P(
        L(3, 85, 11, 15),
        [
            "construction de la maison de santé pluriprofessionnelle",
            "extension de la MSP {msp}",
            "création d'un centre de santé",
            "maison de santé {msp} - travaux",
        ],
        ["ars", "detr", "dsil", "leader", "region", "dept", "fdc", "pvd", "crte", "emprunt"],
        ["41", "410"],
        ["2313"],
        "sante",
        LOCAL,
    ),
    P(
        L(3, 85, 11, 15),
        ["humanisation de l'EHPAD {ehpad}", "reconstruction de l'EHPAD", "extension de l'EHPAD {ehpad}"],
        ["ars", "dept", "garantie", "emprunt", "subveq"],
        ["4232", "423"],
        ["2313", "20422"],
        "seniors",
        (COMMUNE, DEPT),
    ),
    P(
        L(3, 100),
        [
            "actions de prévention du contrat local de santé",
            "dépistage organisé des cancers",
            "prévention des addictions",
            "centre de vaccination",
        ],
        ["ars", "dept", "cville"],
        ["41", "412"],
        ["611", "6574"],
        "sante",
        (COMMUNE, DEPT),
    ),
    P(
        L(3, 85, 11, 15),
        [
            "réhabilitation de la piscine {pool}",
            "construction du centre aquatique",
            "piscine {pool} - couverture du bassin",
            "construction du gymnase {gym}",
            "extension de la salle de sports {gym}",
            "courts de tennis couverts",
            "construction d'un dojo",
        ],
        ["ans", "dsil", "region", "dept", "fdc", "detr", "emprunt"],
        ["32", "321", "322"],
        ["2313"],
        "sport",
        LOCAL,
    ),
    P(
        L(3, 50, 7, 50),
        ["rénovation énergétique de la piscine {pool}", "piscine {pool} - récupération de chaleur"],
        ["feder", "fvert", "ademe", "dsil"],
        ["321", "322"],
        ["2313"],
        "sport",
        LOCAL,
    ),
    P(
        L(3, 80, 11, 20),
        [
            "terrain de football synthétique",
            "création d'un city stade",
            "skatepark",
            "terrain multisports du bourg",
            "piste d'athlétisme - réfection",
        ],
        ["ans", "detr", "dept", "region", "leader", "cville"],
        ["32", "325", "326"],
        ["2312", "2128"],
        "sport",
        LOCAL,
    ),
    # 5 gender equality
    P(
        L(5, 60, 1, 40),
        [
            "hébergement des femmes victimes de violences",
            "logements d'urgence pour femmes victimes de violences",
            "accueil de jour des femmes victimes de violences conjugales",
        ],
        ["dsil", "garantie", "subveq", "fipd", "dept", "cville"],
        ["341", "42"],
        ["2313", "20422", "6574"],
        "egalite",
        (COMMUNE, DEPT),
    ),
    P(
        L(5, 100),
        [
            "égalité femmes-hommes - plan d'action",
            "égalité professionnelle femmes-hommes",
            "actions pour l'égalité filles-garçons",
            "mixité des métiers - sensibilisation",
        ],
        ["fse", "cville", "region", "dept"],
        ["341"],
        ["611", "6574"],
        "egalite",
        ALL,
    ),
    P(
        L(5, 70, 16, 30),
        [
            "intervenant social en commissariat - violences conjugales",
            "téléphones grave danger",
            "prévention des violences sexistes et sexuelles",
        ],
        ["fipd", "cville", "dept"],
        ["341"],
        ["611", "6574"],
        "egalite",
        (COMMUNE, DEPT),
    ),
    # 6 water
    P(
        L(6, 100),
        [
            "station d'épuration de {bourg}",
            "reconstruction de la STEP",
            "mise aux normes de la station d'épuration",
            "réservoir d'eau potable de {bourg}",
            "réhabilitation des assainissements non collectifs",
            "traitement des boues de la STEP",
        ],
        ["aeau", "detr", "dept", "emprunt", "avance", "sivu"],
        ["731", "732"],
        ["2315", "2313"],
        "eau",
        LOCAL,
    ),
    P(
        L(6, 85, 11, 15),
        [
            "renouvellement du réseau d'eau potable",
            "interconnexion des réseaux d'eau potable",
            "extension du réseau d'assainissement collectif",
            "réseau d'eaux usées - rue {rue}",
            "renouvellement des branchements en plomb",
        ],
        ["aeau", "detr", "dept", "siaep", "relance", "avance", "emprunt"],
        ["731", "732"],
        ["2315"],
        "eau",
        LOCAL,
    ),
    P(
        L(6, 80, 15, 20),
        [
            "périmètres de protection du captage",
            "protection de la ressource - aire d'alimentation du captage",
        ],
        ["aeau", "siaep", "dept"],
        ["731"],
        ["2031", "2111"],
        "eau",
        LOCAL,
    ),
    P(
        L(6, 70, 13, 30),
        [
            "gestion des eaux pluviales - noues",
            "bassin de rétention des eaux pluviales",
            "déconnexion des eaux pluviales",
        ],
        ["aeau", "fvert", "dsil"],
        ["734"],
        ["2315"],
        "eau",
        LOCAL,
    ),
    # 7 energy
    P(
        L(7, 70, 11, 30),
        [
            "rénovation de l'éclairage public en LED",
            "passage en LED de l'éclairage public",
            "éclairage public - remplacement des luminaires par des LED",
        ],
        ["sde", "fdc", "dsil", "fvert", "relance", "detr"],
        ["512"],
        ["2315"],
        "energie",
        LOCAL,
    ),
    P(
        L(7, 70, 13, 30),
        ["chaufferie bois", "réseau de chaleur bois", "chaufferie biomasse de {bourg}"],
        ["ademe", "feder", "region", "detr", "emprunt", "spl"],
        ["75", "751"],
        ["2313", "2315"],
        "energie",
        ALL,
    ),
    P(
        L(7, 80, 13, 20),
        [
            "centrale photovoltaïque",
            "parc éolien de {bourg}",
            "ombrières photovoltaïques",
            "centrale solaire au sol",
            "installation photovoltaïque citoyenne",
        ],
        ["sem", "scic", "avance", "feder", "ademe", "region", "spl"],
        ["75", "758"],
        ["261", "2315"],
        "energie",
        ALL,
    ),
    P(
        L(7, 60, 11, 40),
        [
            "rénovation énergétique des bâtiments communaux",
            "isolation de la salle polyvalente",
            "bornes de recharge pour véhicules électriques",
            "remplacement des chaudières des bâtiments publics",
        ],
        ["dsil", "fvert", "feder", "sde", "crte", "relance"],
        ["75", "758"],
        ["2313", "2315"],
        "energie",
        LOCAL,
    ),
    # 8 employment and economy
    P(
        L(8, 70, 10, 30),
        [
            "chantier d'insertion",
            "parcours d'insertion du PLIE",
            "accompagnement vers l'emploi des jeunes des quartiers",
            "clauses sociales - facilitateur",
            "insertion par l'activité économique",
        ],
        ["fse", "react", "dept", "cville", "region"],
        ["65", "6"],
        ["6574", "611"],
        "eco",
        ALL,
    ),
    P(
        L(8, 80, 11, 20),
        [
            "aménagement de l'office de tourisme",
            "sentiers de randonnée",
            "aire de camping-cars",
            "signalétique touristique",
            "valorisation touristique des gorges",
        ],
        ["leader", "feader", "region", "dept", "interreg", "detr", "feder"],
        ["633"],
        ["2313", "2128"],
        "tourisme",
        ALL,
    ),
    P(
        L(8, 70, 11, 30),
        [
            "revitalisation commerciale du centre-ville",
            "aide aux commerces de proximité",
            "boutique à l'essai",
            "manager de commerce",
            "rachat des cellules commerciales vacantes",
        ],
        ["acv", "pvd", "anct", "region", "relance", "detr"],
        ["632", "6"],
        ["611", "6574"],
        "eco",
        LOCAL,
    ),
    P(
        L(8, 85, 11, 15),
        ["rénovation de la halle du marché", "construction d'une halle de marché couverte"],
        ["detr", "leader", "pvd", "acv"],
        ["632"],
        ["2313"],
        "eco",
        (COMMUNE,),
    ),
    P(
        L(8, 80, 11, 20),
        [
            "extension de la zone d'activités",
            "aménagement du parc d'activités de {bourg}",
            "viabilisation de la zone artisanale",
        ],
        ["feder", "region", "detr", "smixte", "avance"],
        ["6", "61"],
        ["2312", "2315"],
        "eco",
        (EPCI, REGION),
    ),
    P(
        L(8, 100),
        [
            "aide à l'investissement des TPE",
            "prêts d'honneur - création d'entreprise",
            "soutien à l'immobilier d'entreprise",
            "aides aux entreprises industrielles",
        ],
        ["avance", "region", "feder", "react", "scic"],
        ["6", "61"],
        ["20422", "6574"],
        "eco",
        (EPCI, REGION),
    ),
    # 9 digital, research and higher education
    P(
        L(9, 100),
        [
            "déploiement de la fibre optique",
            "montée en débit",
            "réseau d'initiative publique très haut débit",
            "raccordement des zones d'activités au THD",
            "couverture mobile des zones blanches",
        ],
        ["feder", "smixte", "fdc", "region", "dept", "relance", "react", "avance", "cper"],
        ["67"],
        ["2315", "204"],
        "num",
        ALL,
    ),
    P(
        L(9, 60, 4, 40),
        [
            "extension de l'IUT",
            "construction d'un bâtiment d'enseignement de l'université",
            "campus universitaire - réhabilitation",
            "résidence étudiante du campus",
        ],
        ["cper", "feder", "region", "fdc", "dept"],
        ["23"],
        ["2313", "204"],
        "supérieur",
        (EPCI, DEPT, REGION),
    ),
    P(
        L(9, 70, 4, 30),
        ["plateforme de recherche", "laboratoire de recherche - équipements", "pôle de recherche appliquée"],
        ["cper", "feder", "interreg", "region"],
        ["23"],
        ["204", "2188"],
        "supérieur",
        (EPCI, REGION),
    ),
    # 10 inclusion
    P(
        L(10, 70, 11, 30),
        [
            "mise en accessibilité PMR des bâtiments communaux",
            "agenda d'accessibilité programmée - travaux",
            "accessibilité PMR des arrêts de bus",
            "accessibilité de la salle des fêtes aux personnes handicapées",
        ],
        ["detr", "dsil", "dept", "fdc", "region"],
        ["52"],
        ["2313", "2135"],
        "cohesion",
        LOCAL,
    ),
    P(
        L(10, 85, 11, 15),
        [
            "réhabilitation de la maison des jeunes",
            "construction de l'espace jeunes",
            "extension du centre social",
            "maison de quartier {quartier} - travaux",
        ],
        ["caf", "dsil", "cville", "anru", "detr", "dept"],
        ["52"],
        ["2313"],
        "cohesion",
        LOCAL,
    ),
    P(
        L(10, 100),
        [
            "actions de cohésion sociale en quartier prioritaire",
            "adultes-relais des quartiers prioritaires",
            "lutte contre les discriminations",
            "médiation sociale de proximité",
        ],
        ["cville", "anct", "fse", "caf", "dept"],
        ["52"],
        ["6574", "611"],
        "cohesion",
        (COMMUNE, EPCI, DEPT),
    ),
    # 11 urban planning, housing, mobility, culture
    P(
        L(11, 80, 1, 20),
        [
            "construction de logements sociaux",
            "réhabilitation de logements sociaux",
            "logements locatifs sociaux de {bourg}",
            "résidence sociale {residence}",
        ],
        ["garantie", "subveq", "fdc", "dept", "region"],
        ["552", "555"],
        ["20422", "2042"],
        "habitat",
        (COMMUNE, EPCI, DEPT),
    ),
    P(
        L(11, 80, 10, 20),
        [
            "NPRU - démolition de la barre {residence}",
            "renouvellement urbain du quartier {quartier}",
            "NPRU - aménagement des espaces publics",
            "résidentialisation des logements du quartier {quartier}",
        ],
        ["anru", "feder", "cville", "region", "dept"],
        ["515"],
        ["2312", "204"],
        "urba",
        LOCAL,
    ),
    P(
        L(11, 100),
        [
            "revitalisation du centre-bourg",
            "requalification de la place {place}",
            "étude de revitalisation du centre-ville",
            "opération programmée d'amélioration de l'habitat",
            "acquisition d'un immeuble vacant en centre-bourg",
            "restauration de l'église {eglise}",
            "restauration du château {chateau}",
            "rénovation du musée {musee}",
            "modernisation du cinéma {cinema}",
            "festival {festival}",
            "extension du cimetière",
        ],
        ["pvd", "acv", "anct", "detr", "crte", "ruralite", "leader", "region", "dept", "fdc"],
        ["51", "515", "312", "31"],
        ["2313", "2312", "611"],
        "urba",
        LOCAL,
    ),
    P(
        L(11, 100),
        [
            "restauration de l'église {eglise}",
            "restauration des remparts",
            "monument historique - restauration de la tour",
            "rénovation du musée {musee}",
            "restauration des peintures murales de la chapelle",
        ],
        ["drac", "region", "dept", "feder"],
        ["312", "314"],
        ["2313", "2168"],
        "culture",
        ALL,
    ),
    P(
        L(11, 100),
        [
            "modernisation du cinéma {cinema}",
            "numérisation des salles du cinéma",
            "festival {festival}",
            "résidences d'artistes",
            "saison culturelle",
        ],
        ["cnc", "drac", "region", "dept", "interreg"],
        ["31", "311", "314"],
        ["6574", "611"],
        "culture",
        ALL,
    ),
    P(
        L(11, 80, 9, 20),
        [
            "réfection de la voirie communale",
            "aménagement de la traversée du bourg",
            "réfection du chemin de {bourg}",
            "travaux de voirie rue {rue}",
            "renforcement de la route départementale",
        ],
        ["detr", "dept", "fdc", "emprunt", "dsil", "sivom"],
        ["84", "841", "843"],
        ["2315", "2312"],
        "voirie",
        ALL,
    ),
    P(
        L(11, 70, 13, 30),
        [
            "aménagement d'une piste cyclable",
            "voie verte de {bourg}",
            "stationnement vélos sécurisé",
            "pôle d'échanges multimodal de la gare",
            "bus à haut niveau de service",
            "aire de covoiturage",
        ],
        ["dsil", "dept", "region", "feder", "fdc", "crte", "relance", "interreg", "leader"],
        ["87", "82", "821"],
        ["2315"],
        "mobilite",
        ALL,
    ),
    P(
        L(11, 60, 9, 40),
        ["modernisation de la ligne ferroviaire", "volet ferroviaire - haltes"],
        ["cper", "region"],
        ["851", "852"],
        ["204"],
        "mobilite",
        (DEPT, REGION),
    ),
    P(
        L(11, 70, 15, 30),
        ["recyclage de la friche industrielle", "reconversion de la friche {friche}"],
        ["fvert", "relance", "region", "feder"],
        ["51"],
        ["2312"],
        "urba",
        LOCAL,
    ),
    # 12 waste and circular economy
    P(
        L(12, 100),
        [
            "construction de la déchetterie",
            "réhabilitation de la déchèterie de {bourg}",
            "recyclerie",
            "ressourcerie",
            "collecte des biodéchets",
            "composteurs partagés",
            "réemploi des matériaux du bâtiment",
        ],
        ["ademe", "detr", "region", "feder", "fvert", "scic", "subveq", "emprunt"],
        ["7211", "7213", "72"],
        ["2313", "2188"],
        "dechets",
        (EPCI, REGION),
    ),
    P(
        L(12, 80, 17, 20),
        [
            "collecte et traitement des ordures ménagères",
            "traitement des déchets ménagers",
            "collecte sélective",
        ],
        ["smixte", "sivom", "sivu"],
        ["721"],
        ["6558"],
        "dechets",
        (COMMUNE,),
    ),
    # 13 climate and risks
    P(
        L(13, 80, 11, 20),
        [
            "protection contre les inondations - digue",
            "PAPI - travaux de protection",
            "renforcement de la digue de {bourg}",
            "ouvrage écrêteur de crues",
        ],
        ["feder", "cper", "region", "dept", "smixte"],
        ["735"],
        ["2315"],
        "climat",
        ALL,
    ),
    P(
        L(13, 60, 6, 40),
        ["GEMAPI - contribution de bassin", "compétence GEMAPI - participation"],
        ["smixte", "epci"],
        ["735", "73"],
        ["6558"],
        "climat",
        (COMMUNE, EPCI),
    ),
    P(
        L(13, 100),
        [
            "plan climat-air-énergie territorial",
            "étude de vulnérabilité au changement climatique",
            "étude des risques de mouvements de terrain",
            "stratégie d'adaptation au changement climatique",
        ],
        ["ademe", "fvert", "region", "feder", "leader"],
        ["78"],
        ["2031", "611"],
        "climat",
        ALL,
    ),
    P(
        L(13, 50, 4, 30, 15, 20),
        ["cour oasis de l'école {ecole}", "désimperméabilisation de la cour d'école"],
        ["fvert", "aeau", "region", "dsil"],
        ["78"],
        ["2312"],
        "climat",
        (COMMUNE,),
    ),
    P(
        L(13, 60, 11, 20, 15, 20),
        ["îlot de fraîcheur - place {place}", "désimperméabilisation et ombrage de la place {place}"],
        ["fvert", "aeau", "region"],
        ["78"],
        ["2312"],
        "climat",
        LOCAL,
    ),
    # 14 sea and coast
    P(
        L(14, 60, 13, 40),
        [
            "lutte contre l'érosion du trait de côte",
            "rechargement en sable de la plage {plage}",
            "recomposition spatiale du littoral",
            "confortement du cordon dunaire",
        ],
        ["feder", "fvert", "region", "dept", "cper", "interreg"],
        ["56"],
        ["2315", "2312"],
        "mer",
        ALL,
    ),
    P(
        L(14, 60, 8, 40),
        [
            "modernisation de la criée",
            "port de pêche - équipements",
            "aménagement du port de pêche de {port}",
            "flottille de pêche - modernisation",
        ],
        ["feampa", "region", "dept", "feder"],
        ["56"],
        ["2315", "20422"],
        "mer",
        (DEPT, REGION),
    ),
    P(
        L(14, 60, 11, 40),
        ["aménagement du sentier du littoral", "sentier littoral de la pointe {plage}"],
        ["dept", "region", "feampa", "leader"],
        ["56"],
        ["2312"],
        "mer",
        (COMMUNE, DEPT),
    ),
    # 15 nature
    P(
        L(15, 60, 6, 40),
        [
            "restauration de la ripisylve",
            "renaturation du cours de {riviere}",
            "restauration des berges de {riviere}",
            "restauration de la continuité écologique de {riviere}",
        ],
        ["aeau", "feder", "region", "dept", "smixte", "leader"],
        ["76"],
        ["2312", "611"],
        "nature",
        ALL,
    ),
    P(
        L(15, 100),
        [
            "restauration des zones humides",
            "création de mares",
            "plantation de haies bocagères",
            "plantation d'arbres",
            "acquisition d'espaces naturels sensibles",
            "contrats Natura 2000",
            "restauration des pelouses sèches",
        ],
        ["aeau", "feader", "region", "dept", "fvert", "relance", "leader", "feder"],
        ["76"],
        ["2312", "2111", "611"],
        "nature",
        ALL,
    ),
    P(
        L(15, 70, 13, 30),
        [
            "reboisement de la forêt communale",
            "desserte et renouvellement forestier",
            "forêt - régénération après incendie",
        ],
        ["feader", "relance", "region"],
        ["76"],
        ["2312"],
        "nature",
        (COMMUNE, REGION),
    ),
    P(
        L(15, 70, 11, 30),
        ["création d'un jardin public", "création du parc urbain {parc}", "requalification du jardin {parc}"],
        ["dsil", "fvert", "feder", "region"],
        ["511", "76"],
        ["2312"],
        "nature",
        LOCAL,
    ),
    # 16 administration and security
    P(
        L(16, 85, 11, 15),
        [
            "réhabilitation de la mairie",
            "extension de la mairie",
            "mise aux normes de l'hôtel de ville",
            "construction du siège communautaire",
        ],
        ["detr", "dsil", "fdc", "emprunt", "dept"],
        ["020", "0"],
        ["21311", "2313"],
        "adm",
        LOCAL,
    ),
    P(
        L(16, 60, 7, 40),
        ["rénovation thermique de la mairie", "isolation de l'hôtel de ville"],
        ["dsil", "fvert", "sde", "relance", "detr"],
        ["020"],
        ["21311", "2313"],
        "adm",
        LOCAL,
    ),
    P(
        L(16, 100),
        [
            "vidéoprotection",
            "extension du système de vidéoprotection",
            "équipement de la police municipale",
            "construction de la gendarmerie",
            "caserne de sapeurs-pompiers",
        ],
        ["fipd", "detr", "region", "dept", "garantie", "emprunt"],
        ["11", "12", "021"],
        ["2313", "2188"],
        "securite",
        LOCAL,
    ),
    P(
        L(16, 70, 9, 30),
        [
            "dématérialisation des démarches administratives",
            "gestion de la relation usager - logiciel",
            "transformation numérique des services",
        ],
        ["relance", "feder", "region"],
        ["020"],
        ["2051"],
        "adm",
        ALL,
    ),
    P(
        L(16, 60, 11, 40),
        ["France services - aménagement", "espace France services"],
        ["anct", "detr", "dsil"],
        ["020"],
        ["2313"],
        "adm",
        LOCAL,
    ),
    # 17 international cooperation
    P(
        L(17, 60, 6, 40),
        [
            "coopération décentralisée - accès à l'eau potable",
            "solidarité internationale - assainissement",
            "coopération avec la commune de Kéniéba - puits",
        ],
        ["aeau", "region", "interreg"],
        ["048", "04"],
        ["6574", "611"],
        "coop",
        ALL,
    ),
    P(
        L(17, 60, 4, 40),
        ["coopération décentralisée - écoles", "coopération internationale - formation des enseignants"],
        ["region", "interreg"],
        ["048", "04"],
        ["6574", "611"],
        "coop",
        (REGION, DEPT),
    ),
]

# names in the phrases (all invented)
NAMES = {
    "ecole": [
        "des Aubépines",
        "Jules Ferrasse",
        "du Pré-Morand",
        "de la Lende",
        "Hortense Vialle",
        "du Gué-Bertin",
    ],
    "college": ["Paul Esquirol", "des Trois-Sources", "Marthe Delbosc", "de la Haute-Vérune", "Jean Coustal"],
    "creche": ["Les Lutins de la Lende", "Les Pitchouns", "Pom'Cannelle", "du Gué-Bertin"],
    "media": ["Lucie Farjon", "des Quatre-Vents", "de Sorgeac"],
    "msp": ["de Saint-Pons", "du Val de Sorgeac", "des Trois-Sources"],
    "ehpad": ["Les Glycines de Sorgeac", "Le Clos Farjon", "La Roseraie"],
    "pool": ["des Aubépines", "de Sorgeac", "Léo Marty"],
    "gym": ["Pierre Cabrol", "du Pré-Morand", "des Trois-Sources"],
    "bourg": [
        "Saint-Pons-de-Marelle",
        "Castelvieil",
        "Gué-Bertin",
        "Montferrand-la-Lende",
        "Sorgeac",
        "Bois-Rachat",
    ],
    "rue": ["des Tanneurs", "Hortense Vialle", "du Pré-Morand", "des Jardins-Hauts"],
    "quartier": ["des Aubépines", "du Pré-Morand", "Sorgeac-Nord", "La Croix-Verte"],
    "residence": ["Les Cigales", "Le Belvédère", "La Croix-Verte", "Les Hauts de Lende"],
    "place": ["du Marché-aux-Grains", "de la Halle", "Hortense Vialle", "des Tilleuls-Hauts"],
    "eglise": ["Saint-Martial", "Notre-Dame de Marelle", "Saint-Pons"],
    "chateau": ["de Castelvieil", "des Trois-Sources"],
    "musee": ["des Arts et Métiers de la Lende", "Paul Esquirol"],
    "cinema": ["Le Rex", "L'Écran de Lende", "Le Cinémarelle"],
    "festival": ["des Nuits de Lende", "Sorgeac en scène", "Jazz aux Trois-Sources"],
    "friche": ["des Tanneries", "de l'ancienne papeterie", "Ducros"],
    "plage": ["des Mouettes", "de la Conche-Longue", "du Grand-Crohot"],
    "port": ["Port-Orbel", "Saint-Aubin-sur-Mer"],
    "riviere": ["la Lende", "la Sorge", "le ruisseau des Moulines"],
    "parc": ["de la Lende", "des Tanneurs", "Léo Marty"],
}

# --------------------------------------------------------------------------------------------
# authorities and their services by domain
# --------------------------------------------------------------------------------------------

@dataclass
class Authority:
    kind: str
    op: list[str]
    svc: dict[str, list[str]]
    fin: list[str]


AUTHS = [
    Authority(
        COMMUNE,
        ["OP{n:03d} ", "Opé {n} - "],
        {  # Castelvieil-sur-Lende, ~9,000
            "edu": ["Service enfance - écoles", "Affaires scolaires"],
            "pe": ["Pôle petite enfance"],
            "soc": ["CCAS de Castelvieil"],
            "sante": ["Mission santé"],
            "seniors": ["Résidence autonomie - EHPAD"],
            "sport": ["Service des sports"],
            "egalite": ["Mission égalité et droits des femmes"],
            "eau": ["Régie des eaux"],
            "energie": ["Service énergie - bâtiments"],
            "eco": ["Développement économique et commerce"],
            "tourisme": ["Office municipal du tourisme"],
            "num": ["Service informatique"],
            "cohesion": ["Politique de la ville", "Service jeunesse"],
            "habitat": ["Service habitat"],
            "urba": ["Urbanisme - aménagement"],
            "culture": ["Service culturel", "Patrimoine et musée"],
            "voirie": ["Services techniques - voirie"],
            "mobilite": ["Mobilités et espaces publics"],
            "dechets": ["Propreté urbaine"],
            "climat": ["Mission transition écologique"],
            "mer": ["Service littoral"],
            "nature": ["Espaces verts et nature en ville"],
            "adm": ["Direction générale des services"],
            "securite": ["Police municipale"],
            "coop": ["Relations internationales"],
            "lecture": ["Médiathèque Lucie Farjon"],
            "agri": ["Restauration municipale"],
        },
        ["Service des finances", "Finances - comptabilité"],
    ),
    Authority(
        COMMUNE,
        ["", ""],
        {  # Saint-Pons-de-Marelle, ~900
            "edu": ["ECOLE", "SCOLAIRE"],
            "pe": ["PERISCOLAIRE"],
            "soc": ["CCAS"],
            "sante": ["MAISON DE SANTE"],
            "sport": ["SPORTS"],
            "eau": ["EAU ASSAINISSEMENT"],
            "energie": ["ECLAIRAGE PUBLIC"],
            "eco": ["COMMERCE"],
            "tourisme": ["TOURISME"],
            "cohesion": ["JEUNESSE"],
            "urba": ["URBANISME"],
            "culture": ["PATRIMOINE", "FETES ET CEREMONIES"],
            "voirie": ["VOIRIE"],
            "dechets": ["ORDURES MENAGERES"],
            "nature": ["ESPACES VERTS", "FORET COMMUNALE"],
            "adm": ["MAIRIE", "SECRETARIAT"],
            "securite": ["SECURITE"],
            "mobilite": ["VOIRIE"],
            "climat": ["ENVIRONNEMENT"],
            "mer": ["PLAGE"],
            "habitat": ["LOGEMENTS COMMUNAUX"],
            "agri": ["CANTINE"],
        },
        ["FINANCES", "COMPTABILITE"],
    ),
    Authority(
        EPCI,
        ["AP{yy}-{n:02d} ", "OPE {n} - "],
        {  # Communauté d'agglomération du Val de Sorgeac, ~60,000
            "pe": ["DGA SOLIDARITES / PETITE ENFANCE"],
            "soc": ["DGA SOLIDARITES / CIAS"],
            "sante": ["DGA SOLIDARITES / SANTE"],
            "sport": ["DGA SPORTS / EQUIPEMENTS AQUATIQUES"],
            "eau": ["DGA EAU / ASSAINISSEMENT", "DGA EAU / EAU POTABLE"],
            "energie": ["DGA TRANSITIONS / ENERGIE"],
            "eco": ["DGA ATTRACTIVITE / ECONOMIE", "DGA ATTRACTIVITE / EMPLOI INSERTION"],
            "tourisme": ["DGA ATTRACTIVITE / TOURISME"],
            "num": ["DGA NUMERIQUE / TERRITOIRE CONNECTE"],
            "supérieur": ["DGA ATTRACTIVITE / ENSEIGNEMENT SUPERIEUR"],
            "cohesion": ["DGA SOLIDARITES / POLITIQUE DE LA VILLE"],
            "habitat": ["DGA URBANISME / HABITAT"],
            "urba": ["DGA URBANISME / RENOUVELLEMENT URBAIN"],
            "culture": ["DGA CULTURE / RESEAU DES MEDIATHEQUES"],
            "mobilite": ["DGA MOBILITES / TRANSPORTS"],
            "dechets": ["DGA ENVIRONNEMENT / DECHETS"],
            "climat": ["DGA TRANSITIONS / GEMAPI", "DGA TRANSITIONS / PCAET"],
            "nature": ["DGA ENVIRONNEMENT / BIODIVERSITE"],
            "adm": ["DGA RESSOURCES / MOYENS GENERAUX"],
            "lecture": ["DGA CULTURE / RESEAU DES MEDIATHEQUES"],
            "agri": ["DGA ATTRACTIVITE / AGRICULTURE"],
            "securite": ["DGA RESSOURCES / SECURITE"],
            "voirie": ["DGA ESPACE PUBLIC / VOIRIE"],
        },
        ["DGA RESSOURCES / FINANCES", "DGA RESSOURCES / DETTE ET TRESORERIE"],
    ),
    Authority(
        DEPT,
        ["OP. {y}-{n:03d} ", ""],
        {  # Département de la Haute-Vérune
            "edu": ["DIR. EDUCATION - COLLEGES"],
            "soc": ["DIR. INSERTION - RSA", "DIR. ACTION SOCIALE"],
            "sante": ["DIR. SANTE PUBLIQUE"],
            "seniors": ["DIR. AUTONOMIE"],
            "sport": ["DIR. SPORTS ET JEUNESSE"],
            "egalite": ["MISSION EGALITE"],
            "eau": ["DIR. EAU ET RIVIERES"],
            "energie": ["DIR. PATRIMOINE - ENERGIE"],
            "eco": ["DIR. INSERTION - EMPLOI"],
            "tourisme": ["DIR. TOURISME"],
            "num": ["DIR. AMENAGEMENT NUMERIQUE"],
            "supérieur": ["DIR. ATTRACTIVITE - UNIVERSITE"],
            "cohesion": ["DIR. COHESION TERRITORIALE"],
            "habitat": ["DIR. HABITAT"],
            "urba": ["DIR. AMENAGEMENT DU TERRITOIRE"],
            "culture": ["DIR. CULTURE ET PATRIMOINE"],
            "voirie": ["DIR. ROUTES", "DIR. ROUTES - PATRIMOINE ROUTIER"],
            "mobilite": ["DIR. MOBILITES"],
            "climat": ["DIR. RISQUES ET CLIMAT"],
            "mer": ["DIR. LITTORAL ET PORTS"],
            "nature": ["DIR. ESPACES NATURELS SENSIBLES"],
            "adm": ["DIR. MOYENS GENERAUX"],
            "agri": ["DIR. AGRICULTURE"],
            "coop": ["DIR. COOPERATION DECENTRALISEE"],
            "securite": ["DIR. SECURITE CIVILE"],
            "lecture": ["DIR. LECTURE PUBLIQUE"],
        },
        ["DIR. FINANCES", "DIR. FINANCES - DETTE"],
    ),
    Authority(
        REGION,
        ["Opération {y}-{n:04d} : ", ""],
        {  # Région Orbelie-Atlantique
            "edu": ["Direction des lycées"],
            "formation": ["Direction de la formation professionnelle"],
            "eco": ["Direction de l'économie et de l'emploi"],
            "tourisme": ["Direction du tourisme"],
            "num": ["Direction du numérique"],
            "supérieur": ["Direction de l'enseignement supérieur et de la recherche"],
            "agri": ["Direction de l'agriculture et de la pêche"],
            "energie": ["Direction de la transition énergétique"],
            "mobilite": ["Direction des transports régionaux"],
            "climat": ["Direction de l'environnement et du climat"],
            "nature": ["Direction de la biodiversité"],
            "mer": ["Direction de la mer et du littoral", "Direction de l'agriculture et de la pêche"],
            "culture": ["Direction de la culture et du patrimoine"],
            "coop": ["Direction des relations internationales"],
            "cohesion": ["Direction de la cohésion des territoires"],
            "egalite": ["Mission égalité"],
            "dechets": ["Direction de l'économie circulaire"],
            "adm": ["Direction des moyens généraux"],
            "sport": ["Direction des sports"],
            "sante": ["Direction de la santé"],
            "habitat": ["Direction de l'aménagement du territoire"],
            "urba": ["Direction de l'aménagement du territoire"],
        },
        [
            "Direction des finances",
            "Direction des affaires européennes",
            "Autorité de gestion des fonds européens",
        ],
    ),
]

YEARS = [
    "2021",
    "2022",
    "2023",
    "2024",
    "2025",
    "BP 2024",
    "BP 2025",
    "DM1",
    "DM1 2023",
    "DM2 2024",
    "exercice 2023",
    "exercice 2024",
    "solde",
    "acompte",
    "tranche 2",
    "1re tranche",
    "AP 2022-2026",
    "CP 2024",
]

ABBREV = [
    ("TRAVAUX", ["TRX", "TVX"]),
    ("ACQUISITION", ["ACQ", "ACQUIS"]),
    ("SUBVENTION", ["SUBV", "SUBV."]),
    ("PARTICIPATION", ["PARTICIP", "PARTICIP."]),
    ("AMENAGEMENT", ["AMGT", "AMENAG"]),
    ("REHABILITATION", ["REHAB"]),
    ("RENOVATION", ["RENOV", "RENOV."]),
    ("EQUIPEMENT", ["EQUIPT", "EQUIP"]),
    ("EQUIPEMENTS", ["EQUIPTS", "EQPTS"]),
    ("STATION D'EPURATION", ["STEP"]),
    ("EAU POTABLE", ["AEP"]),
    ("MAISON DE SANTE PLURIPROFESSIONNELLE", ["MSP"]),
    ("ECLAIRAGE PUBLIC", ["EP", "ECL. PUBLIC"]),
    ("CONSTRUCTION", ["CONST", "CONSTR"]),
    ("EXTENSION", ["EXT", "EXTENS"]),
    ("ENERGETIQUE", ["ENERG", "ENERGET"]),
    ("RESTAURATION", ["RESTAUR"]),
    ("REQUALIFICATION", ["REQUALIF"]),
    ("CONTRIBUTION", ["CONTRIB", "CONTRIB."]),
    ("PRISE DE PARTICIPATION", ["PRISE DE PARTICIP"]),
    ("ASSAINISSEMENT", ["ASSAINISST", "ASST"]),
    ("TRES HAUT DEBIT", ["THD"]),
    ("FONDS DE CONCOURS", ["FDC", "FDS DE CONCOURS"]),
    ("GARANTIE D'EMPRUNT", ["GAR. EMPRUNT", "GARANTIE EMP"]),
    ("AVANCE REMBOURSABLE", ["AV. REMB", "AVANCE REMB"]),
    ("DEPARTEMENT", ["DEPT", "CD"]),
    ("REGION", ["REG", "REG."]),
    ("ACCESSIBILITE", ["ACCESSIB"]),
    ("DECHETTERIE", ["DECHET."]),
    ("COOPERATION DECENTRALISEE", ["COOP. DECENTRALISEE", "COOP DECENT"]),
    ("QUARTIER PRIORITAIRE", ["QPV"]),
    ("ETABLISSEMENT D'ACCUEIL", ["EAJE"]),
    ("MULTI-ACCUEIL", ["EAJE", "MULTI-ACC"]),
    ("RESTAURATION SCOLAIRE", ["REST. SCOLAIRE", "RESTAU SCO"]),
    ("FONCTIONNEMENT", ["FONCT", "FCT"]),
]

STYLES = [(5, "upper"), (4, "mixed"), (2, "mixed_noacc"), (1, "lower")]

# channel and purpose joined as budgets write them
JOINS = [
    "{c} - {p}",
    "{c} - {p}",
    "{p} - {c}",
    "{c} : {p}",
    "{p} ({c})",
    "{c} {p}",
    "{p} - part {c}",
    "{c} / {p}",
]
VEHICLES = {
    "sem",
    "spl",
    "scic",
    "avance",
    "fdc",
    "garantie",
    "emprunt",
    "subveq",
    "sivos",
    "sivu",
    "sivom",
    "siaep",
    "sde",
    "smixte",
    "epci",
}
VEHICLE_JOINS = ["{c} - {p}", "{c} - {p}", "{c} : {p}", "{p} - {c}", "{c} pour {p}"]


def fill(phrase: str) -> str:
    out = phrase
    for key, names in NAMES.items():
        token = "{" + key + "}"
        if token in out:
            out = out.replace(token, draw.pick(names))
    return out


def opcode_for(auth: Authority):
    def opcode(upper: bool) -> str:
        fmt = draw.pick(auth.op)
        if not fmt:
            return ""
        y = draw.pick(["2022", "2023", "2024", "2025"])
        s = fmt.format(n=draw.rng.randint(1, 480), y=y, yy=y[2:])
        return s.upper() if upper else s

    return opcode


def render(core: str, tail: str, auth: Authority) -> str:
    return draw.render(
        core,
        tail,
        None,
        draw.chance(0.12),
        styles=STYLES,
        typo_rates=(0.02, 0.02, 0.02),
        abbreviate=lambda s: draw.abbreviate(s, ABBREV, 0.55),
        opcode=opcode_for(auth),
    )


def tail_of() -> str:
    return draw.pick(YEARS) if draw.chance(0.55) else ""


# --------------------------------------------------------------------------------------------
# section 1: a channel beside a purpose -> the purpose's label
# --------------------------------------------------------------------------------------------


# which authorities a channel can finance or carry (others: all)
CH_KINDS = {
    "detr": LOCAL,
    "dsil": LOCAL,
    "crte": LOCAL,
    "ruralite": LOCAL,
    "pvd": (COMMUNE,),
    "acv": LOCAL,
    "cville": LOCAL + (DEPT,),
    "anru": LOCAL,
    "dsid": (DEPT,),
    "cper": (EPCI, DEPT, REGION),
    "feader": (EPCI, DEPT, REGION),
    "feampa": (DEPT, REGION),
    "region": (COMMUNE, EPCI, DEPT),
    "dept": LOCAL,
    "caf": LOCAL + (DEPT,),
    "sivos": (COMMUNE,),
    "sivu": (COMMUNE,),
    "sivom": (COMMUNE,),
    "siaep": (COMMUNE,),
    "sde": (COMMUNE,),
    "epci": (COMMUNE,),
    "garantie": LOCAL + (DEPT,),
    "fdc": LOCAL + (DEPT,),
    "smixte": LOCAL + (DEPT,),
    "leader": LOCAL + (REGION,),
    "anct": LOCAL,
}


def fits(ch: str, auth: Authority) -> bool:
    return auth.kind in CH_KINDS.get(ch, ALL)


def school_word(text: str, auth: Authority) -> str:
    """Collèges are the departments', lycées the regions'."""
    if auth.kind == REGION:
        return text.replace("collège", "lycée")
    if auth.kind == DEPT:
        return text.replace("lycée", "collège")
    return text


def purpose_row():
    pur = draw.pick(PURPOSES)
    auth = draw.pick([a for a in AUTHS if a.kind in pur.kinds])
    chans = [c for c in pur.channels if fits(c, auth)]
    if not chans:
        return None, None
    ch = draw.pick(chans)
    cform = draw.pick(CHANNELS[ch])
    join = draw.pick(VEHICLE_JOINS if ch in VEHICLES else JOINS)
    core = school_word(join.format(c=cform, p=fill(draw.pick(pur.phrases))), auth)
    lib = render(core, tail_of(), auth)
    svc = ""
    roll = draw.rng.random()
    if roll < 0.42 and pur.domain in auth.svc:
        svc = draw.pick(auth.svc[pur.domain])
    elif roll < 0.52:
        svc = draw.pick(auth.fin)  # a finance or European funds service: the libellé decides
    chap, nat, fct = draw.agreeing_codes(pur.lab, pur.fcts, pur.nats, 0.3, (0.15, 0.2, 0.15))
    return None, (lib, chap, nat, fct, svc, pur.lab)


def retrying(fn):
    """A row generator that draws again when a draw does not fit (authority and channel)."""

    def gen():
        while True:
            t, row = fn()
            if row is not None:
                return t, row

    return gen


# --------------------------------------------------------------------------------------------
# section 3: a channel alone
# --------------------------------------------------------------------------------------------

ALONE = [  # channel-only libellés: no purpose word
    "{c}",
    "{c}",
    "{c} - acompte",
    "{c} - solde",
    "{c} - versement",
    "{c} à recevoir",
    "Reversement {c}",
    "{c} - avenant",
    "{c} - dossier n° {n}",
    "{c} - convention {n}",
    "Versement {c}",
]
ALONE_CH = [
    "feder",
    "fse",
    "feader",
    "leader",
    "interreg",
    "react",
    "detr",
    "dsil",
    "dsid",
    "fvert",
    "relance",
    "crte",
    "ruralite",
    "anct",
    "region",
    "dept",
    "avance",
    "fdc",
    "subveq",
    "sivu",
    "sivom",
    "smixte",
    "epci",
    "emprunt",
    "garantie",
    "spl",
    "sem",
]
ONLY_FIN = [  # section 3 libellés that name a channel's financial side only
    "FEDER - contrôle de service fait",
    "FEDER - assistance technique",
    "FSE+ - contrôles de second niveau",
    "FEADER - instruction des demandes de paiement",
    "Interreg - cotisation au programme",
    "LEADER - frais de gestion du GAL",
    "Reversement du FCTVA",
    "FCTVA - régularisation",
    "Garantie d'emprunt - frais de dossier",
    "Garantie d'emprunt - mise en jeu",
    "Avance remboursable - remboursement",
    "Avance remboursable - échéance {n}",
    "Remboursement du capital des emprunts",
    "Intérêts des emprunts - échéance",
    "Emprunt - frais de commission",
    "Prise de participation au capital de la SPL {spl}",
    "Prise de participation SEM {sem}",
    "Parts sociales SCIC {spl}",
    "Fonds de concours versé à la communauté de communes",
    "Fonds de concours aux communes membres",
    "Participation au syndicat mixte {sm}",
    "Contribution au SIVU {sm}",
    "Participation SIVOM {sm}",
    "Contribution à l'EPCI - attribution de compensation",
    "DETR - reversement du trop-perçu",
    "DSIL - annulation de titre",
    "Subventions d'équipement versées aux organismes publics",
    "Fonds européens - avance à reverser",
    "Garantie d'emprunt - provision pour risque",
    "Dotation de soutien - solde à percevoir",
]
SPL = ["Orbelie Aménagement", "du Val de Sorgeac", "Territoires de Lende", "Haute-Vérune Ingénierie"]
SEM = ["de la Lende", "Orbelie Développement", "du Val de Sorgeac", "Haute-Vérune Investissement"]
SM = [
    "du Pays de Lende",
    "des Trois-Sources",
    "de la vallée de la Sorge",
    "du Haut-Marelle",
    "des Quatre-Cantons",
]


def alone_core(auth: Authority) -> str:
    ch = draw.pick([c for c in ALONE_CH if fits(c, auth)])
    t = draw.pick(ALONE)
    return t.format(c=draw.pick(CHANNELS[ch]), n=draw.rng.randint(12, 990))


# the nature accounts a financial line may carry, by its words (all with a 17 prior or none)
FIN_NATURES = [
    (r"emprunt|interets", ["1641", "66111"]),
    (r"particip|capital|parts sociales", ["261"]),
    (r"avance", ["274"]),
    (r"fctva", ["744"]),
    (r"sivu|sivom|syndicat|epci|compensation", ["6558", "6554"]),
    (r"fonds de concours|subventions d.equipement", ["20415", "2046"]),
]
GROUPING = r"sivu|sivom|syndicat|epci|communes membres|communaute de communes|detr|dsil|leader|garantie"


def nothing_row():
    """A channel alone with nothing that names a purpose: a financial operation, 17:100."""
    lab = L(17, 100)
    if draw.chance(0.6):
        core = draw.pick(ONLY_FIN).format(
            n=draw.rng.randint(2, 24), spl=draw.pick(SPL), sem=draw.pick(SEM), sm=draw.pick(SM)
        )
        kinds = LOCAL if re.search(GROUPING, fold(core)) else ALL
        auth = draw.pick([a for a in AUTHS if a.kind in kinds])
    else:
        auth = draw.pick(AUTHS)
        core = alone_core(auth)
    lib = render(core, tail_of(), auth)
    fin = (
        auth.fin
        if re.search(r"feder|fse|feader|fonds europeens|interreg|leader", fold(core))
        else auth.fin[:2]
    )
    svc = draw.pick(fin) if draw.chance(0.45) else ""
    nats = next((n for pat, n in FIN_NATURES if re.search(pat, fold(core))), [])
    fcts = ["01", "0580"] if auth.kind == REGION else ["01"]
    chap, nat, fct = draw.agreeing_codes(lab, fcts, nats, 0.4, (0.15, 0.2, 0.15))
    return None, (lib, chap, nat, fct, svc, lab)


PLAN = [
    ("1 channel beside a purpose", retrying(purpose_row), 450),
    ("3 channel alone, nothing: 17:100", nothing_row, 60),
]


def main() -> None:
    write_part(
        PLAN,
        OUT,
        rng,
        OTHER_PARTS,
        BRIEF_EXAMPLES,
        generic_ok=["3 channel alone, nothing: 17:100"],
    )
    rows = written_rows(OUT)
    print(f"checked {len(rows)} rows")


if __name__ == "__main__":
    main()
