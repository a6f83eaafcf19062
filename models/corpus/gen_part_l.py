#!/usr/bin/env python3
"""Write part L of Verdir's labelled training corpus: ten further boundaries of the codebook's
table, where a classifier confuses two goals, beside the twelve of part K.

As in part K, each boundary gets lines on both sides, and about a third of the lines carry a
service or direction that points at the other side: the libellé decides ("libellé first",
codebook). The labels are those parts A to K write for the same activities (their dominant
split, counted on the folded libellés before writing each section; the counts are given as
rows/parts); where the corpus has nothing, the codebook decides, and where it is split the
majority is taken and the split is named:

   1. the administration's own property and services (16) vs urban planning (11): schéma
      directeur immobilier, diagnostics amiante/plomb and maîtrise d'œuvre framework
      contracts on the whole communal property 16:100 (parts C and F, 15 rows); studies and
      diagnostics of a named administrative building 16:85;11:15 (part D, 3 rows; the
      town-hall fitting-out label of the shared table); magazine and agenda printing 16:100
      (parts C, G, J, 7/7); legal notices of procurement 16:100 (parts C, E, J, 5/5); PLU
      studies 11:100 (parts B, F, H, 14/14); programmation urbaine and études
      pré-opérationnelles 11:100 (part B, 7 of 9); legal notices of an urban-planning public
      inquiry 11:100 (part B, 1/1); notary fees of land acquisitions 11:100 (part B, 4; plain
      "frais d'actes notariés" without a project stay 16, part C, and are not written here);
   2. culture and public space in parks (11) vs nature (15): concerts, festivals and open-air
      cinema in parks, kiosques à musique 11:100 (parts B and D, 4 + 7 rows); brownfield soil
      depollution 11:70;15:30 (part B, 2/2). The corpus puts play areas in parks at 15:60;11:40
      (parts E, H, I, 27 of 53; part D writes 11:80;15:20, 9 rows) and park furniture at
      15:60;11:40 (parts C, D, E, 15 of 30), and skate parks at 3:80;11:20 (parts A, D, H, I,
      17 of 28): they are written so, on the 15 (and 3) side, not at 11 as the brief
      expected; tree planting in parks, meadows and late mowing, biodiversity inventories,
      nesting boxes and bat roosts 15:100 (parts C, D, E, 18 + 12 + 12 rows);
   3. education support (4) vs youth and social cohesion (10): aide aux devoirs, CLAS,
      périscolaire, classes de découverte, PEDT 4:100 (parts A, F, H, I; CLAS is split 1/1
      between 4:100 and 4:80;10:20, aide aux devoirs makes 4:100 the majority); cité
      éducative 4:70;10:30 (part A, 2 rows against part B's 10:60;4:40, 1 row: it is written
      on the education side); chantiers éducatifs 10:60;8:40 (part B, 3/3); youth work in
      priority neighbourhoods (animations, accueil jeunes, séjours) 10:100 (parts B, H, I);
      prévention spécialisée 10:70;1:30 (parts B, F, 7 of 13); maisons des jeunes and MJC
      10:100, their works 10:85;11:15 (parts B, D, E, I, 22 and 32 rows);
   4. disability inclusion (10) vs administration (16): sign-language interpretation and
      subtitling of council meetings 10:80;16:20 (part B, 2/2); accessibility diagnostics of
      ERP 10:100 (part B, 3 rows; the diagnostics of the commission communale pour
      l'accessibilité are 10:70;11:30 in parts H and I, 3 rows, and are not written here);
      RGAA website compliance 10:70;16:30 (part B, 2/2); easy-to-read (FALC) documents: none
      in the corpus, written 10:70;16:30 like their closest neighbour, the RGAA lines;
      disability awareness and training of staff 10:100 (parts B, J, 6/6 and 3/3); website
      hosting and maintenance 16:70;9:30 (part C, 2 rows), its editorial content 16:100
      (part F, 1 row); council meeting logistics, retransmission, convocations 16:100
      (parts C, E, G, H, I, J, 18 rows);
   5. clean energy in public space (7) vs roads and networks (11): EV charging points
      7:60;11:40 (27/27, six parts); solar street lighting and solar bus shelters 7:70;11:30
      (part B, 6/6); burying overhead networks 11:60;9:40 (parts B, D, 5/5); street furniture
      (benches, bollards, barriers) 11:100 (parts B, D, K); ordinary street-lighting upkeep
      (maintenance, repairs, accident-damaged columns) 11:70;7:30 (parts B, E, J, 10 rows;
      part F writes 11:60;7:40, 9 rows, the minority);
   6. housing and poverty (1) vs housing (11): temporary housing run by an association,
      emergency rehousing of families 1:80;11:20 (parts A, E, F, 5 of 8; part I writes one
      relogement at 1:100); FSL 1:80;11:20 (parts A, F, G, 9/9); deposit guarantees and
      intermédiation locative 1:60;11:40 (part A, 3 rows); social housing construction and
      renovation grants 11:80;1:20 (parts E, F, G, 7 rows; the corpus is split three ways:
      11:80;10:20 in parts B and D, 8 rows, 11:70;1:30 in parts H and I, 4 rows; 11:80;1:20
      is taken as it has the majority second goal, 11 rows against 8, three parts and the
      M57 prior of fonction 555); communal housing boilers 11:60;7:40 (part B, 5 of 6) and
      its other upkeep 11:100 (part B, 6/6);
   7. waste and circular economy (12) under other services: battery, small-appliance and
      cartridge collection points in public buildings, DEEE collection, household waste
      characterisation, ressourcerie grants 12:100 (parts C, E, F, H, I); ressourcerie
      premises 12:80;11:20 (parts C, D, H); sustainable procurement and réemploi furniture
      bought for the services 12:80;16:20 (parts C, G, H, I, J, 12 + 4 rows; part C writes
      its network membership and parts C and E the réemploi of office furniture 12:100, 4 rows,
      the minority); on the other side the same services' ordinary purchases keep their goal:
      médiathèque shelving 4:60;11:40, sports kit 3:100, office furniture and toner 16:100;
   8. local economy and crafts (8) vs urban renewal (11): grants to craftsmen's and traders'
      associations 8:100 (parts B, F, H, K, 16 rows); the Action cœur de ville commerce strand
      8:60;11:40 (part B, 2/2); shop-front renovation aid 8:80;11:20 (part B, 1/1); markets'
      droits de place software and terminals 8:100 (part B, 4/4); the urban side of the same
      programmes (public space and façades of the town centre, its programming study)
      11:100 (parts B, F, I; the ACV engineering lines, split 3/3 between 11:80;8:20 and
      11:100, are not written);
   9. road safety (11) vs education (4): radars pédagogiques, school streets, safety works and
      pedestrian crossings near schools 11:70;3:30 (part B, 2 + 3 + 6 rows: road safety takes
      health as its second goal in the corpus, so school streets are not given 4); plain road
      marking 11:100; road-safety education in schools (permis piéton, savoir rouler)
      4:70;3:30: none in the corpus, written like the corpus's other themed teaching (natation
      scolaire 4:60;3:40, éducation artistique 4:70;11:30) with the theme second;
  10. culture (11) vs education (4) in libraries: book fairs, reading festivals, heritage days,
      exhibitions and concerts in a médiathèque 11:100 (part B, F, I, 8/8); school libraries
      (BCD) 4:100 (parts A, D, 3 of 6; their building works 4:85;11:15 are not written);
      classes received at the médiathèque and its school workshops 4:60;11:40 (the library
      label, 84 of 123 library rows); French for allophone pupils and digital and media
      literacy in schools 4:100 (codebook; adults' sociolinguistic workshops, 10:60;4:40 in
      part B, are not written).

Five invented authorities, each naming its services its own way: Bramefort (a city of
~85,000, direction codes: "DUH - URBANISME", "DNV - NATURE EN VILLE", "MHI - MISSION HANDICAP
INCLUSION"), Lusignac (a town of ~24,000, full mixed-case names: "Affaires juridiques et
commande publique", "Service parcs et jardins"), Pontarvel (a village of ~2,500, short
upper-case names: "MAIRIE", "URBANISME", "ECOLE"), Montescaut (a town of ~52,000, "Pôle ... /
..." names: "Pôle Cadre de vie / Nature", "Pôle Ressources / Assemblées") and Vernaude
Agglomération (long upper-case directions: "DIRECTION DE L'HABITAT ET DU LOGEMENT", "DIRECTION
DE LA PREVENTION ET DE LA VALORISATION DES DECHETS"). Schools, school streets, youth centres,
council meetings and the town centre belong to the towns; housing, the PLUi, waste and the bus
network mostly to the agglomeration. About a third of the rows carry a service from the other
side of their boundary (the PLU's public-inquiry notices under the legal department, trees of a
park under the events service, the CLAS under the youth department, battery collection points
under the médiathèque or the sports service...), about 6 % have no service.

Export forms: upper case with the glossary's abbreviations (PLU, PLUI, MOE, AMO, ERP, LSF,
RGAA, IRVE, VE, EP, CLAS, PEDT, QPV, MJC, FSL, DEEE, OMR, ACV, JEP, BCD, HDV, CM, DIAG,
ACCESS, URBA, DEPOLL, BIODIV, PLANTAT, MOB, SQ, JARD, ENFOUISST, CANDEL, LOGTS, PERISCO,
MEDIATH, BIBLIO, TRX, AMGT, REHAB, SUBV, PARTICIP...), mixed case with or without accents,
lower case, years and budget steps (BP, DM1), tranches, operation codes, and a few labels cut
at 30 or 40 characters mid-word, always after the words that decide the goal (each template
names them; a render that loses them is drawn again); on about 40 % of the lines M57 codes
(chapitre / nature / fonction), always agreeing with the label's main goal (codes_agree: a
code whose prior disagrees is left out, so a line is never turned to the other side by its
codes).

Labels of parts A to K, of the outside probes and of the brief's own fragments are skipped;
lines inside the part are distinct, and a filled core (the same meaning and names) is written at
most twice, in two export forms. All names of places, people, facilities, associations and
services are invented.

The machinery (authorities and their services, the filling of names, the export renderer, templates,
section generators, checks and the report) is shared with part K in boundary_generator.py; this
file holds part L's data (labels, authorities, names, abbreviations, templates, seed and
section plan) and the parameters it passes.

Deterministic, stdlib only, no network:  python gen_part_l.py  ->  part_l.csv (same folder).
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
    CULT,
    ECO,
    EDU,
    LED,
    LIB,
    PLAY,
    PROCURE,
    SPORT,
    SPORT_OUT,
    URBA,
    WASTE,
    WASTE_BLD,
    YOUTH,
    YOUTH_BLD,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1212)
# Fragments quoted in the brief of this slice: the slice writes its own lines, never these alone.
BRIEF_EXAMPLES = [
    "schéma directeur immobilier", "maîtrise d'œuvre", "diagnostics", "audits", "magazine municipal", "agenda",
    "annonces légales", "PLU", "programmation urbaine", "études pré-opérationnelles", "enquête publique", "frais de notaire",
    "concerts", "festivals", "aires de jeux", "skate parks", "skatepark", "mobilier urbain", "dépollution des sols",
    "plantation d'arbres", "prairies", "inventaires de biodiversité", "nichoirs", "aide aux devoirs", "CLAS", "périscolaire",
    "classes de découverte", "PEDT", "chantiers éducatifs", "cité éducative", "maisons des jeunes",
    "interprétation en langue des signes", "diag access ERP", "RGAA", "FALC", "sensibilisation au handicap",
    "site internet", "conseil municipal", "bornes de recharge", "IRVE", "éclairage solaire", "abribus solaires",
    "effacement des réseaux aériens", "entretien de l'éclairage public", "logement temporaire", "dépôts de garantie", "FSL",
    "relogement d'urgence", "logements sociaux", "chaudières", "piles", "DEEE", "caractérisation des déchets",
    "réseau achats durables", "ressourcerie", "réemploi", "réemploi du mobilier", "Action cœur de ville",
    "devantures commerciales", "droits de place", "radars pédagogiques", "rue aux écoles", "rues scolaires",
    "passages piétons", "éducation routière", "salon du livre", "journées du patrimoine", "BCD", "FLE",
    "ateliers numériques", "BP 2024", "DM1",
]


# --------------------------------------------------------------------------------------------
# labels this part writes beside the shared ones (each is the corpus's dominant split)
# --------------------------------------------------------------------------------------------

DEPOLL = L(11, 70, 15, 30)
BIODIV = L(15, 100)
CITE_EDU = L(4, 70, 10, 30)
CHANTIER = L(10, 60, 8, 40)
PREV_SPEC = L(10, 70, 1, 30)
DISAB = L(10, 100)
LSF_COUNCIL = L(10, 80, 16, 20)
RGAA = L(10, 70, 16, 30)
IRVE = L(7, 60, 11, 40)
SOLAR_EP = LED  # 7:70;11:30, as part B writes solar street lighting
BURY = L(11, 60, 9, 40)
EP_MAINT = L(11, 70, 7, 30)
TEMP_HOUSING = L(1, 80, 11, 20)
HOUSING_ACCESS = L(1, 60, 11, 40)
SOC_HOUSING = L(11, 80, 1, 20)
COM_HOUSING_NRJ = L(11, 60, 7, 40)
ACV_COM = L(8, 60, 11, 40)
SHOPFRONT = L(8, 80, 11, 20)
ROADSAFE = L(11, 70, 3, 30)
ROAD_EDU = L(4, 70, 3, 30)


# --------------------------------------------------------------------------------------------
# invented authorities and their services
# --------------------------------------------------------------------------------------------

AUTHS = [
    Authority("BRA", "commune", 3, "code", mag=["Bramefort Mag"], svc={  # Bramefort, a city of ~85,000
        "adm": ["DAG - AFFAIRES GENERALES", "DAG - MOYENS GENERAUX"], "com": ["DCOM - COMMUNICATION"],
        "jur": ["DAJ - AFFAIRES JURIDIQUES", "DAJ - COMMANDE PUBLIQUE"], "urba": ["DUH - URBANISME", "DUH - PROJETS URBAINS"],
        "foncier": ["DUH - FONCIER"], "fin": ["DFIN - FINANCES"], "bat": ["DPI - PATRIMOINE IMMOBILIER", "DPI - BATIMENTS"],
        "ev": ["DNV - NATURE EN VILLE", "DNV - PARCS ET JARDINS"], "culture": ["DCU - CULTURE", "DCU - LECTURE PUBLIQUE"],
        "fetes": ["DEVT - EVENEMENTS"], "sport": ["DSP - SPORTS"], "edu": ["DEF - EDUCATION", "DEF - PERISCOLAIRE"],
        "jeun": ["DJS - JEUNESSE"], "pdv": ["DCS - POLITIQUE DE LA VILLE", "DCS - COHESION SOCIALE"],
        "access": ["MHI - MISSION HANDICAP INCLUSION"], "assemblees": ["DAG - ASSEMBLEES"], "dsi": ["DSI"],
        "rh": ["DRH - FORMATION"], "energie": ["DTE - ENERGIE", "DTE - TRANSITION ENERGETIQUE"],
        "voirie": ["DEP - VOIRIE", "DEP - ESPACE PUBLIC"], "ep": ["DEP - ECLAIRAGE PUBLIC"], "mob": ["DMOB - MOBILITES"],
        "soc": ["CCAS DE BRAMEFORT", "DSOL - SOLIDARITES"], "habitat": ["DUH - HABITAT"], "dechets": ["DPD - PROPRETE DECHETS"],
        "dd": ["DTE - DEVELOPPEMENT DURABLE"], "eco": ["DECO - COMMERCE ARTISANAT"], "acv": ["DECO - CENTRE-VILLE"],
        "police": ["DPM - POLICE MUNICIPALE"],
    }),
    Authority("LUS", "commune", 3, "mixed", mag=["Lusignac Infos", "Lusignac Le Journal"], svc={  # Lusignac, a town of ~24,000
        "adm": ["Administration générale", "Secrétariat général"], "com": ["Service communication"],
        "jur": ["Affaires juridiques et commande publique", "Service des marchés publics"],
        "urba": ["Service urbanisme", "Aménagement et urbanisme"], "foncier": ["Service foncier"], "fin": ["Service des finances"],
        "bat": ["Service bâtiments", "Patrimoine bâti"], "ev": ["Service parcs et jardins", "Espaces verts"],
        "culture": ["Direction de la culture", "Médiathèque Noémie Verlhac"], "fetes": ["Animation et événements"],
        "sport": ["Service des sports"], "edu": ["Service enfance-éducation", "Service scolaire et périscolaire"],
        "jeun": ["Service jeunesse"], "pdv": ["Politique de la ville"], "access": ["Mission accessibilité"],
        "assemblees": ["Secrétariat des assemblées"], "dsi": ["Service informatique"], "rh": ["Ressources humaines"],
        "energie": ["Service énergie"], "voirie": ["Service voirie", "Services techniques - voirie"], "ep": ["Éclairage public"],
        "soc": ["Centre communal d'action sociale", "Action sociale"], "habitat": ["Service habitat"],
        "dechets": ["Service propreté"], "dd": ["Mission développement durable"], "eco": ["Commerce et artisanat"],
        "acv": ["Action cœur de ville"], "police": ["Police municipale"],
    }),
    Authority("PON", "commune", 2, "upper", mag=["Le Petit Pontarvelois"], svc={  # Pontarvel, ~2,500
        "adm": ["MAIRIE", "SECRETARIAT"], "com": ["COMMUNICATION", "MAIRIE"], "jur": ["SECRETARIAT", "MARCHES"],
        "urba": ["URBANISME"], "foncier": ["URBANISME"], "fin": ["FINANCES"], "bat": ["BATIMENTS", "ST"],
        "ev": ["ESPACES VERTS"], "culture": ["BIBLIOTHEQUE", "CULTURE"], "fetes": ["FETES ET CEREMONIES"],
        "sport": ["SPORTS"], "edu": ["ECOLE", "PERISCOLAIRE"], "jeun": ["JEUNESSE"], "assemblees": ["MAIRIE"],
        "dsi": ["INFORMATIQUE"], "energie": ["ENERGIE"], "voirie": ["VOIRIE", "ST"], "ep": ["ECLAIRAGE PUBLIC"],
        "soc": ["CCAS"], "eco": ["COMMERCE"], "police": ["POLICE MUNICIPALE"], "dechets": ["ENVIRONNEMENT"],
    }),
    Authority("MTS", "commune", 3, "code", mag=["Montescaut Mag"],  # Montescaut, a town of ~52,000
              op_formats=("PPI {yy}.{n:03d} ", "PPI {yy}.{n:03d} - "), svc={
        "adm": ["Pôle Ressources / Moyens généraux"], "com": ["Pôle Ressources / Communication"],
        "jur": ["Pôle Ressources / Commande publique", "Pôle Ressources / Juridique"],
        "urba": ["Pôle Aménagement / Urbanisme", "Pôle Aménagement / Projets urbains"], "foncier": ["Pôle Aménagement / Foncier"],
        "fin": ["Pôle Ressources / Finances"], "bat": ["Pôle Technique / Bâtiments"],
        "ev": ["Pôle Cadre de vie / Nature", "Pôle Cadre de vie / Parcs"], "culture": ["Pôle Culture / Médiathèques", "Pôle Culture"],
        "fetes": ["Pôle Culture / Événements"], "sport": ["Pôle Sports"], "edu": ["Pôle Éducation / Écoles", "Pôle Éducation"],
        "jeun": ["Pôle Éducation / Jeunesse"], "pdv": ["Pôle Solidarités / Quartiers"], "access": ["Pôle Solidarités / Handicap"],
        "assemblees": ["Pôle Ressources / Assemblées"], "dsi": ["Pôle Ressources / Numérique"], "rh": ["Pôle Ressources / RH"],
        "energie": ["Pôle Technique / Énergie"], "voirie": ["Pôle Cadre de vie / Voirie"], "ep": ["Pôle Technique / Éclairage"],
        "mob": ["Pôle Aménagement / Mobilités"], "soc": ["Pôle Solidarités / CCAS", "Pôle Solidarités"],
        "habitat": ["Pôle Aménagement / Habitat"], "dechets": ["Pôle Cadre de vie / Propreté"],
        "dd": ["Pôle Cadre de vie / Transition"], "eco": ["Pôle Attractivité / Commerce"], "acv": ["Pôle Attractivité / Centre-ville"],
        "police": ["Pôle Sécurité / Police municipale"],
    }),
    Authority("VER", "epci", 2, "upper", mag=["Vernaude le Mag"], svc={  # Vernaude Agglomération
        "adm": ["DIRECTION GENERALE DES SERVICES", "DIRECTION DES MOYENS GENERAUX"], "com": ["DIRECTION DE LA COMMUNICATION"],
        "jur": ["DIRECTION DE LA COMMANDE PUBLIQUE", "DIRECTION DES AFFAIRES JURIDIQUES"],
        "urba": ["DIRECTION DE L'AMENAGEMENT ET DE L'URBANISME", "SERVICE PLANIFICATION - PLUI"],
        "foncier": ["DIRECTION DE L'AMENAGEMENT - FONCIER"], "fin": ["DIRECTION DES FINANCES"], "bat": ["DIRECTION DU PATRIMOINE BATI"],
        "ev": ["DIRECTION DES ESPACES NATURELS ET DE LA BIODIVERSITE"], "culture": ["DIRECTION DE LA LECTURE PUBLIQUE", "DIRECTION DE LA CULTURE"],
        "sport": ["DIRECTION DES EQUIPEMENTS SPORTIFS"], "access": ["MISSION ACCESSIBILITE UNIVERSELLE"],
        "assemblees": ["DIRECTION DES ASSEMBLEES"], "dsi": ["DIRECTION DU NUMERIQUE"], "rh": ["DIRECTION DES RESSOURCES HUMAINES"],
        "energie": ["DIRECTION DE LA TRANSITION ENERGETIQUE"], "voirie": ["DIRECTION DE LA VOIRIE COMMUNAUTAIRE"],
        "mob": ["DIRECTION DES MOBILITES", "RESEAU DE BUS VERNAUDE"], "soc": ["DIRECTION DE LA COHESION SOCIALE", "CIAS DE VERNAUDE"],
        "habitat": ["DIRECTION DE L'HABITAT ET DU LOGEMENT"], "pdv": ["DIRECTION DE LA POLITIQUE DE LA VILLE"],
        "dechets": ["DIRECTION DE LA PREVENTION ET DE LA VALORISATION DES DECHETS"], "dd": ["MISSION ACHATS RESPONSABLES"],
        "eco": ["DIRECTION DE L'ATTRACTIVITE ET DU COMMERCE"],
    }),
]


# --------------------------------------------------------------------------------------------
# invented names: (bare form, "de" form)
# --------------------------------------------------------------------------------------------

# how the names take "de" (de_form in boundary_generator.py)
ARTICLES = Articles(
    vowels="aeéèêiîouy",
    elided=("hôtel",),
    feminine=frozenset({"crèche", "place", "salle", "maison", "mairie", "médiathèque", "bibliothèque", "friche", "ressourcerie",
                        "recyclerie", "résidence", "piscine", "mjc", "halle", "zone"}),
)

NAMES = {
    "ecole": ["école élémentaire des Sarments", "école maternelle du Gué-Fleuri", "groupe scolaire Anselme Tardivel",
              "école primaire de la Combe", "école élémentaire Noémie Verlhac", "école maternelle Le Clos-Perrin",
              "groupe scolaire des Filandières", "école élémentaire Casimir Dufraisse", "école maternelle de la Vignotte",
              "école primaire du Pré-Sautet", "groupe scolaire Bel-Orme", "école maternelle Marthe Coudrier"],
    "parc": ["parc des Sarments", "jardin public de la Vignotte", "parc du Moulin-Rouget", "square Élise Mardoche",
             "parc de la Combe-aux-Merles", "jardin des Filandières", "square du Gué-Fleuri", "parc Bel-Orme"],
    "friche": ["friche de la Cartonnerie", "friche de l'ancienne teinturerie Vallat", "friche ferroviaire du Pré-Sautet",
               "friche de la tuilerie Lanvin"],
    "quartier": ["quartier des Sarments", "quartier du Gué-Fleuri", "quartier de la Combe-aux-Merles", "quartier des Filandières",
                 "secteur de la Croix-Baudet", "quartier Bel-Orme", "quartier du Pré-Sautet", "centre ancien"],
    "qpv": ["quartier prioritaire des Filandières", "quartier prioritaire de la Croix-Baudet", "quartier prioritaire Bel-Orme",
            "quartier prioritaire du Pré-Sautet"],
    "secteur": ["secteur de la gare", "secteur de la Croix-Baudet", "îlot Vallat", "secteur du Pré-Sautet", "entrée de ville sud",
                "secteur des Filandières", "site de la Cartonnerie", "faubourg de la Vignotte"],
    "rue": ["rue des Sarments", "avenue du Gué-Fleuri", "rue Anselme Tardivel", "boulevard de la Combe", "rue des Filandières",
            "chemin du Pré-Sautet", "rue de la Vignotte", "avenue Marthe Coudrier", "rue du Moulin-Rouget", "rue Haute-des-Chanterelles",
            "impasse Lirette", "route de la Mésangère"],
    "place": ["place de la Croix-Baudet", "place du Marché-aux-Toiles", "place Casimir Dufraisse", "esplanade des Filandières",
              "place de la Fontaine-Vieille"],
    "hameau": ["hameau de la Combe", "lieu-dit Le Pré-Sautet", "hameau de la Mésangère", "lieu-dit La Vignotte", "hameau des Chanterelles"],
    "parking": ["parking de la Croix-Baudet", "parking du Marché-aux-Toiles", "parking de la gare", "parking de la piscine",
                "parking des Filandières", "parking du cimetière de la Combe"],
    "arret": ["arrêt Croix-Baudet", "arrêt Gué-Fleuri", "arrêt Filandières", "arrêt Collège Coudrier", "arrêt Pré-Sautet",
              "arrêt Bel-Orme", "arrêt Mésangère"],
    "ligne": ["ligne 3", "ligne B", "ligne 12", "ligne express Vernaude", "ligne 6"],
    "bat": ["salle polyvalente du Gué-Fleuri", "médiathèque Noémie Verlhac", "maison des associations", "gymnase de la Combe",
            "centre social des Filandières", "salle des fêtes", "école de musique Anselme Tardivel", "espace culturel Bel-Orme"],
    "bat7": ["médiathèque Noémie Verlhac", "gymnase de la Combe", "piscine des Filandières", "centre administratif des Sarments",
             "musée de la Cartonnerie", "salle omnisports Bel-Orme", "bibliothèque du Gué-Fleuri"],
    "media": ["médiathèque Noémie Verlhac", "médiathèque de la Vignotte", "bibliothèque du Gué-Fleuri",
              "médiathèque Les Sarments", "bibliothèque de la Combe"],
    "gym": ["gymnase de la Combe", "salle omnisports des Filandières", "stade du Gué-Fleuri", "complexe sportif Bel-Orme"],
    "mj": ["maison des jeunes des Filandières", "espace jeunes Bel-Orme", "MJC de la Croix-Baudet", "maison des jeunes du Pré-Sautet",
           "point jeunes du centre ancien"],
    "assoc_edu": ["association Coup de Pouce Sarments", "association Les Cartables Solidaires", "association Passerelle Filandières",
                  "association Tremplin Bel-Orme"],
    "pvs": ["association Rencontres Croix-Baudet", "association Horizons Jeunes", "association La Boussole des Filandières"],
    "assoc_log": ["association Toit Relais Vernaude", "association Habitat Passerelle", "association Le Gué Solidaire",
                  "association Logis Accueil des Sarments"],
    "bailleur": ["Vernaude Habitat", "l'office public de l'habitat de Bramefort", "la SA HLM Les Toits de la Combe", "Logis du Val Lanvin"],
    "resid": ["résidence Les Filandières", "résidence Bel-Orme", "résidence du Pré-Sautet", "résidence de la Croix-Baudet"],
    "logcom": ["logements communaux de l'ancienne poste", "logements communaux de l'ancienne école de la Combe",
               "logements communaux rue des Sarments", "logements communaux du presbytère"],
    "ressourcerie": ["ressourcerie La Bricole", "recyclerie Le Grenier des Sarments", "ressourcerie Tout Se Répare",
                     "recyclerie associative Bel-Orme"],
    "uc": ["association des commerçants Cœur de Combe", "union des commerçants et artisans du centre ancien",
           "association des artisans d'art de la Vignotte", "association des commerçants des Filandières",
           "union des artisans du Pré-Sautet"],
    "marche": ["marché du samedi", "marché de la place de la Croix-Baudet", "marché forain des Filandières", "marché du Marché-aux-Toiles"],
    "fest": ["festival Les Nuits du Moulin-Rouget", "festival Guitares au jardin", "festival Bel-Orme en musique",
             "festival Les Sarments sonores"],
    "fest_lect": ["festival Pages d'été", "festival Lire à la Combe", "festival des Mots vagabonds", "festival Bulles de Vignotte"],
}
# the building a line of an authority names: a commune's town hall or an EPCI's seat
MAIRIE = {"commune": ["hôtel de ville", "mairie", "centre administratif des Sarments", "mairie annexe de la Croix-Baudet"],
          "epci": ["siège communautaire", "hôtel d'agglomération"]}
# the words a line of an authority uses for its council, its urban plan and its property
CONSEIL = {"commune": "conseil municipal", "epci": "conseil communautaire"}
PLU = {"commune": "PLU", "epci": "PLUi"}
PATRI = {"commune": "patrimoine communal", "epci": "patrimoine communautaire"}


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [
    *SCHOOL_ABBREV,
    ("PLAN LOCAL D'URBANISME", ["PLU"]), ("MAITRISE D'OEUVRE", ["MOE", "MOE"]), ("ASSISTANCE A MAITRISE D'OUVRAGE", ["AMO"]),
    ("ETABLISSEMENTS RECEVANT DU PUBLIC", ["ERP"]), ("LANGUE DES SIGNES", ["LSF", "LANGUE SIGNES"]),
    ("BORNES DE RECHARGE POUR VEHICULES ELECTRIQUES", ["IRVE", "BORNES IRVE", "BORNES RECHARGE VE"]),
    ("VEHICULES ELECTRIQUES", ["VE"]), ("CONTRAT LOCAL D'ACCOMPAGNEMENT A LA SCOLARITE", ["CLAS"]),
    ("PROJET EDUCATIF TERRITORIAL", ["PEDT"]), ("FONDS DE SOLIDARITE POUR LE LOGEMENT", ["FSL"]),
    ("DECHETS D'EQUIPEMENTS ELECTRIQUES ET ELECTRONIQUES", ["DEEE"]), ("ORDURES MENAGERES RESIDUELLES", ["OMR"]),
    ("ACTION COEUR DE VILLE", ["ACV", "ACV", "ACTION COEUR VILLE"]), ("JOURNEES EUROPEENNES DU PATRIMOINE", ["JEP"]),
    ("BIBLIOTHEQUE CENTRE DOCUMENTAIRE", ["BCD"]), ("QUARTIER PRIORITAIRE", ["QPV"]), ("HOTEL DE VILLE", ["HDV", "H. DE VILLE"]),
    ("CONSEIL MUNICIPAL", ["CM", "CONSEIL MUN."]), ("ECLAIRAGE PUBLIC", ["EP", "ECL. PUBLIC", "ECLAIRAGE PUB."]),
    ("MEDIATHEQUE", ["MEDIATH", "MEDIATHQ"]), ("BIBLIOTHEQUE", ["BIBLIO", "BIB"]), ("LOGEMENTS", ["LOGTS", "LGTS"]),
    ("LOGEMENT", ["LOGT"]), ("PERISCOLAIRES", ["PERISCO"]), ("PERISCOLAIRE", ["PERISCO"]), ("URBANISME", ["URBA"]),
    ("DEPOLLUTION", ["DEPOLL"]), ("BIODIVERSITE", ["BIODIV"]), ("PLANTATION", ["PLANTAT", "PLANT"]), ("JARDIN", ["JARD"]),
    ("SQUARE", ["SQ"]), ("MOBILIER", ["MOB", "MOBIL"]), ("ENFOUISSEMENT", ["ENFOUISST"]), ("CANDELABRES", ["CANDEL"]),
    ("RESEAUX", ["RESX"]), ("PATRIMOINE", ["PATRIM"]), ("HONORAIRES", ["HONOR"]), ("CONVENTION", ["CONV"]),
    ("ANIMATIONS", ["ANIM", "ANIM."]), ("ASSOCIATION", ["ASSO", "ASSOC"]), ("COMMERCE", ["COMMERC"]), ("ARTISANAT", ["ARTIS"]),
    ("SECURITE", ["SECU"]), ("DIAGNOSTICS", ["DIAG", "DIAGS"]), ("DIAGNOSTIC", ["DIAG"]), ("ACCESSIBILITE", ["ACCESS", "ACCESSIB"]),
    ("ETUDES", ["ETUD", "ETUDES"]), ("PROGRAMME", ["PROG"]), ("FONCTIONNEMENT", ["FONCT", "FCT"]), ("JEUNESSE", ["JEUN"]),
    ("DECHETS", ["DECH"]), ("SUBVENTION", ["SUBV", "SUBV."]), ("PARTICIPATION", ["PARTICIP", "PARTICIP."]),
    ("ACQUISITION", ["ACQ", "ACQ."]), ("AMENAGEMENT", ["AMGT", "AMENAG"]), ("REHABILITATION", ["REHAB"]),
    ("TRAVAUX", ["TRX", "TVX"]), ("ENTRETIEN", ["ENTR", "ENTRET"]), ("MAINTENANCE", ["MAINT", "MAINT."]),
    ("REMPLACEMENT", ["REMPL", "REMPLT"]), ("RENOVATION", ["RENOV", "RENOV."]), ("INSTALLATION", ["INSTALL"]),
    ("FOURNITURES", ["FOURNIT", "FOURN"]), ("REQUALIFICATION", ["REQUALIF"]), ("SIGNALETIQUE", ["SIGNALET"]),
    ("STATIONNEMENT", ["STATIONN"]), ("SCOLAIRE", ["SCOL", "SCOL."]), ("ELECTRIQUES", ["ELEC", "ELECTRIQ"]),
    ("FONCIERES", ["FONC."]), ("ACQUISITIONS", ["ACQ", "ACQUIS"]), ("EXTENSION", ["EXTENS"]), ("CREATION", ["CREA", "CREAT"]),
    ("REFECTION", ["REFECT"]), ("COMMUNAUX", ["COMMUNAUX", "COM"]), ("INTERVENANTS", ["INTERV."]),
]



# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------

class T(Template):
    """Part L's template (see Template): a crossing service on 36 % of its rows unless ``pc`` says."""

    default_pc = 0.36


# the facilities' words as exports write them (folded, abbreviations included)
F_MAIRIE = r"hotel|hdv|mairie|administratif|communautaire|agglomeration|siege"
F_MEDIA = r"mediath|biblio|\bbib\b"

# 1. the administration's own property and services (16) vs urban planning (11) ---------------
S1 = [
    T(["Schéma directeur immobilier du {patri} - actualisation {y}|617,2031", "Schéma directeur immobilier - assistance à maîtrise d'ouvrage|2031,617",
       "Schéma directeur immobilier des {bc} - phase {n}|2031", "Accord-cadre de maîtrise d'œuvre pour les travaux des {bc}|2031",
       "Diagnostics amiante avant travaux des {bc}|617,2031", "Repérage amiante et plomb des {bc} - {y}|617",
       "Audit technique des {bc} - plan pluriannuel de travaux|617,2031", "Schéma directeur immobilier - cession des biens inutiles du {patri}|617"],
      ADM, ["bat", "adm"], ["urba", "foncier"], f=["020", "02", "028"], key=r"schema directeur|amiante|audit|\bamo\b|(maitrise d|\bmoe\b).*(bat|communaux|communautaires)", cap=11),
    T(["{mairie} - maîtrise d'œuvre de la restructuration des bureaux|2031,21311", "Diagnostic structure {de_mairie}|2031",
       "Études de diagnostic avant réhabilitation {de_mairie}|2031", "Maîtrise d'œuvre - réaménagement de l'accueil {de_mairie}|2031,2313",
       "{mairie} - diagnostic des façades et de la toiture|2031"],
      ADM_BLD, ["bat", "adm"], ["urba"], f=["020", "022"], key=both(r"maitrise|\bmoe\b|diag|etudes", F_MAIRIE), cap=6),
    T(["Impression du magazine {mag}|6236,6237", "{mag} - mise en page et impression|6236", "Distribution du magazine {mag} dans les boîtes aux lettres|6288,611",
       "Agenda municipal - impression {y}|6236", "Agenda des manifestations de la ville - impression et diffusion|6236,6237",
       "{mag} - rédaction et reportages photographiques|611", "Agenda trimestriel des sorties - conception et impression|6236"],
      ADM, ["com"], ["culture", "fetes"], f=["023"], key=r"mag\b|magazine|agenda|infos|journal|pontarvelois", cap=9, kind="commune"),
    T(["Annonces légales des marchés publics - {y}|6231", "Avis d'appel public à la concurrence - publication au BOAMP|6231",
       "Insertions au journal d'annonces légales - marchés de travaux|6231", "Publication des avis d'attribution des marchés publics|6231",
       "Annonces légales - consultation de l'accord-cadre de fournitures|6231", "Frais d'insertion des avis de marchés - {y}|6231"],
      ADM, ["jur"], ["urba"], f=["020"], key=r"annonces|boamp|insertion|avis", cap=8),
    T(["Révision générale du {plu} - études|202", "{plu} - modification n°{n} - bureau d'études|202,617", "Élaboration du {plu} - diagnostic territorial|202",
       "{plu} - orientations d'aménagement et de programmation du {secteur}|202", "Mise en compatibilité du {plu} - études|202",
       "Modification simplifiée du {plu} - dossier {y}|202", "{plu} - évaluation environnementale de la révision|202,617"],
      URBA, ["urba"], ["jur", "adm"], f=["51", "510", "515", "518"], key=r"\bplu|plan local d urbanisme", cap=10),
    T(["Étude de programmation urbaine - {secteur}|2031,617", "Études pré-opérationnelles - {secteur}|2031",
       "Étude de faisabilité urbaine et foncière - {secteur}|2031", "Plan guide {de_secteur} - études urbaines|2031",
       "Programmation urbaine {de_secteur} - concertation et scénarios|617"],
      URBA, ["urba"], ["bat", "adm"], f=["515", "51", "518"], key=r"programmation urbaine|pre operationnel|urbaine", cap=7),
    T(["Annonces légales - enquête publique de la modification du {plu}|6231", "Avis d'enquête publique - révision du {plu} - insertions presse|6231",
       "Enquête publique du {plu} - indemnités du commissaire enquêteur|6226,611", "Insertions légales - enquête publique préalable à la DUP {de_secteur}|6231,2033",
       "Avis d'enquête publique - périmètre de l'opération {de_secteur}|6231"],
      URBA, ["urba"], ["jur", "com"], f=["51", "515"], key=both(r"enquete publique|commissaire", r"\bplu|\bdup\b|operation|secteur|ilot|entree de ville|site|faubourg"), cap=7, pc=0.4),
    T(["Frais de notaire - acquisition foncière {de_secteur}|2111,2115", "Frais d'actes notariés - réserves foncières {de_secteur}|2118,2111",
       "Acquisition foncière pour le projet urbain {de_secteur} - frais de notaire|2111", "Honoraires de notaire - acquisitions foncières {de_secteur}|2115",
       "Frais de notaire - portage foncier {de_secteur}|2111"],
      URBA, ["foncier", "urba"], ["jur", "fin"], f=["581", "515", "51"], key=r"notai|foncier|foncieres|fonc", cap=7),
]

# 2. culture and public space in parks (11) vs nature (15) ------------------------------------
S2 = [
    T(["Concerts du dimanche au {parc}|611,6232", "Concerts d'été au {parc} - {y}|6232", "{fest} au {parc} - scène et technique|6232,6135",
       "Cinéma en plein air au {parc} - projections {y}|611", "Spectacles de rue au {parc} - cachets des compagnies|611",
       "{fest} - programmation artistique au {parc}|611"],
      CULT, ["culture", "fetes"], ["ev"], f=["311", "31"], key=r"concert|festival|cinema|spectacle|lectures", cap=13),
    T(["Kiosque à musique {de_parc} - restauration|2135,2313", "Scène démontable pour les concerts {de_parc}|2188",
       "{parc} - kiosque à musique - réfection de la couverture|2135"],
      CULT, ["culture", "bat"], ["ev"], f=["311", "31"], key=r"kiosque|scene", cap=4),
    T(["Dépollution des sols {de_friche} - futur parc|2312,2128", "Diagnostic de pollution des sols {de_friche}|617,2031",
       "{friche} - excavation des terres polluées|2312", "Plan de gestion des sols pollués {de_friche}|617",
       "Dépollution {de_friche} avant aménagement du jardin public|2312"],
      DEPOLL, ["urba"], ["ev"], f=["515", "51"], key=r"pollu|depoll", cap=7, pc=0.45),
    T(["Plantation d'arbres au {parc}|2121", "{parc} - plantation de bosquets et de haies champêtres|2121", "Renouvellement des arbres {de_parc}|2121",
       "Prairie fleurie {de_parc} - semis|611,2128", "Fauche tardive des pelouses {de_parc}|611", "{parc} - conversion des pelouses en prairie|2128",
       "Arbres fruitiers et haie gourmande {de_parc}|2121"],
      BIODIV, ["ev"], ["culture", "fetes", "urba"], f=["511", "76"], key=r"arbre|bosquet|haie|prairie|fauche|pelouse", cap=14),
    T(["Inventaire faune-flore {de_parc}|617", "Inventaire des chauves-souris {de_parc}|617", "Nichoirs à mésanges au {parc}|2188,60632",
       "Gîtes à chiroptères {de_parc}|2188", "Hôtel à insectes {de_parc}|2188", "Suivi des oiseaux nicheurs {de_parc} - {y}|617",
       "Inventaire des pollinisateurs {de_parc}|617"],
      BIODIV, ["ev"], ["culture", "fetes", "urba"], f=["511", "76"], key=r"inventaire|chauves|nichoir|gites|insectes|oiseaux|faune|pollinis", cap=11),
    T(["Aire de jeux {de_parc} - remplacement des structures|2188", "{parc} - jeux pour enfants|2188", "Bancs et tables de pique-nique {de_parc}|2188",
       "Mobilier {de_parc} - bancs et corbeilles|2188", "Sols souples de l'aire de jeux {de_parc}|2188,2128"],
      PLAY, ["ev"], ["culture", "fetes"], f=["511"], key=r"jeux|bancs|mobilier|\bmob\b|pique nique|sols souples", cap=9),
    T(["Skatepark {de_parc} - création|2128,2313", "{parc} - rampes de skate - remise en état|2128"],
      SPORT_OUT, ["sport", "ev"], ["culture"], f=["325", "32"], key=r"skate", cap=3),
]

# 3. education support (4) vs youth and social cohesion (10) ---------------------------------
S3 = [
    T(["Aide aux devoirs - vacations des intervenants {y}|64131", "Aide aux devoirs {de_ecole}|611",
       "CLAS - accompagnement à la scolarité - {quartier}|6574", "Contrat local d'accompagnement à la scolarité - subvention à l'{assoc_edu}|6574",
       "Accompagnement à la scolarité des collégiens - {quartier}|611", "Études surveillées du soir {de_ecole}|64131",
       "Aide aux devoirs des élèves de CM - {assoc_edu}|6574"],
      EDU, ["edu"], ["jeun", "pdv"], f=["20", "201", "288", "28"], key=r"devoirs|\bclas\b|scolarite|etudes surveillees", cap=12),
    T(["Accueil périscolaire du soir {de_ecole} - animateurs|64131", "Ateliers périscolaires {de_ecole} - intervenants|611",
       "Fournitures des activités périscolaires - {y}|6067,6068", "Accueil périscolaire du matin - {ecole}|64131"],
      EDU, ["edu"], ["jeun"], f=["28", "288"], key=r"periscolaire|perisco", cap=7, kind="commune"),
    T(["Classe de découverte {de_ecole} - séjour à la montagne|611,6247", "Classes de découverte - participation de la ville {y}|6574,611",
       "Classe de mer {de_ecole} - transport|6247", "Classe verte {de_ecole} - hébergement|611"],
      EDU, ["edu"], ["jeun"], f=["284"], key=r"decouverte|classe de mer|classe verte", cap=5, kind="commune"),
    T(["PEDT - coordination et évaluation {y}|611", "Projet éducatif territorial - comité de pilotage et bilan|611",
       "Renouvellement du PEDT - bureau d'études|617"],
      EDU, ["edu"], ["jeun"], f=["20", "201"], key=r"pedt|projet educatif", cap=4, kind="commune"),
    T(["Cité éducative {de_qpv} - programme d'actions {y}|611,6574", "Cité éducative - coordination et chef de projet|64131",
       "Cité éducative - fonds de la cité - subventions aux associations|6574"],
      CITE_EDU, ["edu"], ["pdv"], f=["20", "201"], key=r"cite educative", cap=4, kind="commune", pc=0.4),
    T(["Chantiers éducatifs des jeunes {de_qpv}|611,6574", "Chantier éducatif d'été - peinture des halls - {qpv}|611",
       "Chantiers éducatifs - encadrement par l'{pvs}|6574", "Chantiers jeunes - rénovation des locaux associatifs {de_quartier}|611"],
      CHANTIER, ["jeun", "pdv"], ["edu"], f=["338", "52", "33"], key=r"chantier", cap=6),
    T(["Animations de rue pour les jeunes {de_qpv} - été {y}|611", "Accueil jeunes {de_qpv} - sorties et activités|611",
       "Séjours des jeunes {de_qpv} - transport et hébergement|611", "Animateurs jeunesse de proximité - {qpv}|64131",
       "Tournoi de quartier et soirées jeunes - {qpv}|611"],
      YOUTH, ["jeun", "pdv"], ["edu"], f=["338", "33", "52"], key=r"jeunes|jeunesse|\bjeun\b", cap=8),
    T(["Prévention spécialisée - éducateurs de rue {de_qpv}|6574", "Subvention à l'{pvs} - prévention spécialisée|6574",
       "Éducateurs de prévention spécialisée - convention {y}|6574"],
      PREV_SPEC, ["pdv", "jeun"], ["edu"], f=["338", "52"], key=r"prevention speci|educateurs de rue", cap=3),
    T(["{mj} - subvention de fonctionnement {y}|6574", "{mj} - activités et sorties|611,6068", "{mj} - animateurs|64131",
       "Convention d'objectifs avec la MJC de la Croix-Baudet|6574", "{mj} - abonnements et matériel d'activités|6068"],
      YOUTH, ["jeun"], ["edu", "culture"], f=["338", "33"], key=r"jeunes|mjc|\bjeun\b", cap=8),
    T(["{mj} - réfection des sanitaires|2135,2313", "{mj} - remplacement des menuiseries|2135", "Extension {de_mj} - salle d'activités|2313"],
      YOUTH_BLD, ["jeun", "bat"], ["edu"], f=["338"], key=r"jeunes|mjc|\bjeun\b", cap=4, pc=0.3, kind="commune"),
]

# 4. disability inclusion (10) vs administration (16) ------------------------------------------
S4 = [
    T(["Interprétation en langue des signes des séances du {conseil}|611", "Interprètes LSF - séances du {conseil} {y}|611",
       "Sous-titrage des séances du {conseil} retransmises|611", "Vélotypie des séances du {conseil}|611",
       "Séances publiques du {conseil} - interprétation en langue des signes et sous-titrage|611"],
      LSF_COUNCIL, ["access"], ["assemblees", "adm"], f=["425"], key=r"langue des signes|\blsf\b|sous titr|velotypie", cap=7, pc=0.4),
    T(["Diagnostics d'accessibilité des établissements recevant du public - {y}|617", "Diagnostic accessibilité {de_bat}|617",
       "Diag accessibilité ERP - {bat}|617", "Mise à jour des diagnostics d'accessibilité des ERP|617",
       "Attestations d'accessibilité des ERP - contrôleur technique|617", "Diagnostic d'accessibilité des {bc} - {y}|617"],
      DISAB, ["access"], ["bat", "adm"], f=["425"], key=r"access|accessib", cap=9),
    T(["Audit RGAA du site internet|617,611", "Accessibilité numérique du site internet - audit RGAA|617",
       "Site internet - mise en conformité au référentiel d'accessibilité RGAA|611", "Déclaration d'accessibilité numérique et schéma pluriannuel RGAA|611",
       "Démarches en ligne - mise en conformité RGAA|611"],
      RGAA, ["access"], ["com", "dsi"], f=["425"], key=r"rgaa|accessibilite numerique", cap=7, pc=0.4),
    T(["Traduction en FALC du guide des démarches administratives|611", "Documents en facile à lire et à comprendre - {mag}|611,6236",
       "Rédaction en FALC des formulaires d'inscription|611", "Facile à lire et à comprendre - livret d'accueil des usagers|611,6236"],
      RGAA, ["access"], ["com", "adm"], f=["425"], key=r"falc|facile a lire", cap=5, pc=0.4),
    T(["Sensibilisation des agents au handicap - sessions {y}|611", "Formation des agents d'accueil à l'accueil des personnes handicapées|611",
       "Semaine de sensibilisation au handicap des {svcs}|611", "Initiation des agents d'accueil à la langue des signes - {y}|611",
       "Handicap invisible - sensibilisation des encadrants|611"],
      DISAB, ["access"], ["rh"], f=["425"], key=r"handicap|langue des signes", cap=6, pc=0.4),
    T(["Hébergement du site internet - {y}|611,6156", "Maintenance du site internet - contrat {y}|6156",
       "Nom de domaine et certificat du site internet|611", "Site internet - maintenance corrective du CMS|6156"],
      ADM_IT, ["com", "dsi"], ["access"], f=["023", "020"], key=r"site internet|nom de domaine|\bcms\b", cap=6),
    T(["Site internet - refonte éditoriale des rubriques|611", "Photographies pour le site internet et les réseaux sociaux|611",
       "Site internet - rédaction des actualités - prestataire|611"],
      ADM, ["com"], ["access"], f=["023"], key=r"site internet", cap=3),
    T(["Séances du {conseil} - sonorisation et enregistrement|611,6135", "Retransmission en direct des séances du {conseil}|611",
       "Impression des convocations et dossiers du {conseil}|6236", "Registre des délibérations - reliure {y}|611",
       "Location de salle pour les séances du {conseil}|6132", "Collation des séances du {conseil}|6257",
       "Boîtiers de vote électronique des séances du {conseil}|2188"],
      ADM, ["assemblees", "adm"], ["access"], f=["031", "03", "020"], key=r"conseil|deliberation|\bcm\b", cap=11),
]

# 5. clean energy in public space (7) vs roads and networks (11) -------------------------------
S5 = [
    T(["Bornes de recharge pour véhicules électriques - {parking}|2188,21534", "IRVE - {place} - deux points de charge|2188",
       "Borne de recharge rapide {de_parking}|2188,2315", "Bornes de recharge des véhicules électriques - supervision {y}|611",
       "Maintenance des bornes de recharge électriques|6156", "Schéma directeur des IRVE - étude|617",
       "Bornes de recharge pour vélos et voitures électriques - {hameau}|2188"],
      IRVE, ["energie"], ["voirie", "mob"], f=["758", "75"], key=r"recharge|irve", cap=12),
    T(["Candélabres solaires autonomes - {hameau}|2315,21534", "Lampadaires solaires {de_parking}|2315", "Éclairage public solaire - {rue}|2315",
       "Mâts d'éclairage solaires - chemin piétonnier {de_quartier}|2315"],
      SOLAR_EP, ["energie", "ep"], ["voirie"], f=["752", "75"], key=r"solaire", cap=8),
    T(["Abribus solaire - {arret}|2188", "Abris voyageurs à éclairage solaire - {arret}|2188", "Panneaux solaires des abribus - {ligne}|2188"],
      SOLAR_EP, ["energie", "mob"], ["voirie"], f=["752", "75"], key=r"solaire", cap=5),
    T(["Effacement des réseaux aériens - {rue}|2315,2313", "Enfouissement des réseaux électriques et téléphoniques - {rue}|2315",
       "Effacement des réseaux {de_hameau} - participation au syndicat d'énergie|20415", "Dissimulation des réseaux aériens - {quartier} - tranche {n}|2315",
       "{rue} - enfouissement des réseaux secs|2315"],
      BURY, ["voirie", "ep"], ["energie"], f=["845", "84"], key=r"effacement|enfouis|dissimulation", cap=10),
    T(["Bancs publics - {place}|2188", "Potelets et barrières {rue} - remplacement|2188", "Bornes anti-stationnement - {place}|2188",
       "Mobilier urbain du centre ancien - bancs et assis-debout|2188", "Garde-corps et barrières {de_quartier}|2188"],
      URBA, ["voirie"], ["energie"], f=["845", "847"], key=r"banc|potelet|barriere|bornes anti|mobilier|\bmob\b|garde corps", cap=8),
    T(["Entretien de l'éclairage public - marché {y}|611,61523", "Maintenance de l'éclairage public - {quartier}|611",
       "Remplacement des candélabres accidentés - {rue}|2315", "Éclairage public - dépannages et réparations {y}|61523",
       "Mise en sécurité des mâts d'éclairage public - {quartier}|2315", "Nacelle pour l'entretien de l'éclairage public - location|6135"],
      EP_MAINT, ["ep", "voirie"], ["energie"], f=["512", "51"], key=r"eclairage|candel|mats|\bep\b|\becl\b", cap=10),
]

# 6. housing and poverty (1) vs housing (11) ----------------------------------------------------
S6 = [
    T(["Logements temporaires gérés par l'{assoc_log} - convention {y}|6574,611", "Logement temporaire des familles en difficulté - loyers|6132",
       "Hébergement temporaire - {assoc_log} - subvention|6574", "Relogement d'urgence des ménages sinistrés - {y}|652,6518",
       "Relogement temporaire après arrêté de péril - {rue}|652", "Logements passerelles pour les familles sans logement - {assoc_log}|6574"],
      TEMP_HOUSING, ["soc"], ["habitat"], f=["424", "428"], key=r"temporaire|relogement|passerelle", cap=12),
    T(["Participation au fonds de solidarité pour le logement - {y}|6558", "FSL - contribution {y}|6558",
       "Fonds de solidarité pour le logement - participation|6558,65738"],
      TEMP_HOUSING, ["soc"], ["habitat"], f=["424", "443"], key=r"\bfsl\b|solidarite pour le logement", cap=5),
    T(["Aide à l'accès au logement - dépôts de garantie|6518", "Avance du dépôt de garantie pour les ménages modestes|6518",
       "Garantie de loyer pour les jeunes ménages - fonds communal|6518", "Intermédiation locative - convention avec l'{assoc_log}|611,6574",
       "Dépôts de garantie des jeunes en insertion - aide {y}|6518"],
      HOUSING_ACCESS, ["soc"], ["habitat"], f=["443", "424"], key=r"garantie|intermediation|acces au logement", cap=8),
    T(["Surcharge foncière - opération de logements sociaux {rue}|20422", "Subvention à {bailleur} - construction de logements sociaux|20422",
       "Aide à la production de logements locatifs sociaux - {y}|20422", "{bailleur} - réhabilitation {de_resid} - subvention|20422",
       "Logements sociaux {de_quartier} - participation communale|20422", "Aide à la réhabilitation des logements sociaux - {resid}|20422"],
      SOC_HOUSING, ["habitat"], ["soc"], f=["555", "552"], key=r"logements|\blogts\b|\blgts\b|rehab|surcharge", cap=12),
    T(["Remplacement de la chaudière des {logcom}|2135,2132", "{logcom} - chaudière à condensation|2132",
       "Chaudières des logements communaux - remplacement {y}|2135"],
      COM_HOUSING_NRJ, ["bat", "habitat"], ["soc"], f=["551", "55"], key=both(r"chaudi", r"logements|\blogts\b|\blgts\b|\blogt\b"), cap=6,
      kind="commune"),
    T(["Réhabilitation des {logcom}|2132,2135", "Entretien des {logcom} - {y}|615228", "{logcom} - réfection des peintures et des sols|615228"],
      URBA, ["bat", "habitat"], ["soc"], f=["551"], key=r"logements|\blogts\b|\blgts\b", cap=5, kind="commune"),
]

# 7. waste and circular economy (12) under other services --------------------------------------
S7 = [
    T(["Bornes de collecte des piles usagées - {bat7}|2188", "Points de collecte des petits appareils électriques - {bat7}|2188,611",
       "Collecte des DEEE des {svcs} - {y}|611", "Collecteurs de cartouches d'encre usagées - {bat7}|60632,611",
       "Collecte des ampoules et des piles à l'accueil {de_bat7}|611", "Collecte des piles et cartouches {de_mairie}|611"],
      WASTE, ["dechets", "dd"], ["culture", "sport", "adm"], f=["7213", "721", "7211"], key=r"piles|deee|appareils|cartouches|ampoules", cap=12,
      pc=0.5),
    T(["Caractérisation des ordures ménagères résiduelles - campagne {y}|617,611", "Caractérisation des déchets des {bc}|617",
       "Campagne de caractérisation des bacs jaunes|611"],
      WASTE, ["dechets"], ["adm"], f=["721", "7211"], key=r"caracteris", cap=4),
    T(["Adhésion au réseau régional des acheteurs publics responsables - {y}|611", "Réseau des achats durables - participation {y}|611,6188",
       "Clauses environnementales des marchés - accompagnement des acheteurs|617", "Achat de mobilier de bureau issu du réemploi - {svcs}|2184",
       "Mobilier de réemploi - {bat7} - accord-cadre|2184"],
      PROCURE, ["jur", "dd"], ["adm", "culture", "sport"], f=["7211"], key=r"achat|acheteur|clauses|reemploi", cap=8),
    T(["Subvention à la {ressourcerie}|6574", "{ressourcerie} - subvention de fonctionnement {y}|6574",
       "Réemploi du mobilier déclassé des {svcs} - convention avec la {ressourcerie}|611"],
      WASTE, ["dechets", "dd"], ["culture", "sport", "adm"], f=["7213", "721"], key=r"ressourcerie|recyclerie|reemploi", cap=6),
    T(["{ressourcerie} - aménagement du local|2135,2313", "{ressourcerie} - extension de l'atelier de réparation|2313"],
      WASTE_BLD, ["dechets", "bat"], [], f=["7213"], key=r"ressourcerie|recyclerie", cap=3, pc=0.0),
    T(["Rayonnages {de_media} - remplacement|2184", "Mobilier de la salle de lecture {de_media}|2184",
       "Bacs à albums de l'espace jeunesse {de_media}|2184"],
      LIB, ["culture"], ["dechets", "dd"], f=["313"], key=F_MEDIA, cap=5),
    T(["{gym} - petit matériel sportif|60632", "Tapis de gymnastique {de_gym}|2188", "{gym} - paniers de basket - remplacement|2188"],
      SPORT, ["sport"], ["dechets", "dd"], f=["321", "32", "322"], key=r"sport|tapis|paniers|materiel|gymnase|stade", cap=5),
    T(["Mobilier de bureau de l'accueil {de_mairie}|2184", "Cartouches d'encre des imprimantes des {svcs}|6064",
       "Fournitures administratives des {svcs} - {y}|6064", "Fauteuils de bureau des agents {de_mairie}|2184"],
      ADM, ["adm"], ["dechets", "dd"], f=["020"], key=r"mobilier|\bmob\b|cartouches|fournit|fauteuils", cap=6),
]

# 8. local economy and crafts (8) vs urban renewal (11) ------------------------------------------
S8 = [
    T(["Subvention à l'{uc} - {y}|6574", "Subvention de fonctionnement à l'{uc}|6574", "Fonds d'aide à l'installation des artisans - {y}|65742,6574",
       "{uc} - subvention au titre du commerce de proximité|6574", "Aide aux artisans pour la transmission d'entreprise|65742"],
      ECO, ["eco"], ["urba", "acv"], f=["632", "61"], key=r"commercant|artisan|commerce|union|\bartis", cap=10),
    T(["Action cœur de ville - volet commerce - {y}|611", "ACV - étude de la vacance commerciale du centre-ville|617",
       "Action cœur de ville - boutiques éphémères dans les locaux vacants|6132", "Action cœur de ville - foncière commerce - études|617",
       "Action cœur de ville - plan d'actions commerce et artisanat|611"],
      ACV_COM, ["eco", "acv"], ["urba"], f=["632"], key=both(r"commerc|boutique", r"coeur de ville|coeur ville|\bacv\b"), cap=7, kind="commune"),
    T(["Aide à la rénovation des devantures commerciales - {y}|20422,6574", "Subvention façades commerciales - {rue}|20422",
       "Rénovation des vitrines des commerces du centre ancien - aides|20422", "Devantures et enseignes des commerces - fonds d'aide|20422"],
      SHOPFRONT, ["eco"], ["urba", "acv"], f=["632"], key=r"devanture|vitrine|commerc|enseigne", cap=7),
    T(["Logiciel de gestion des droits de place - {marche}|611,6156", "Terminaux d'encaissement des droits de place|2188",
       "Maintenance du logiciel des droits de place - {y}|6156", "Droits de place - tablettes des placiers|2188"],
      ECO, ["eco"], ["dsi"], f=["632", "6312"], key=r"droits de place|placier", cap=6),
    T(["Action cœur de ville - requalification {de_place}|2312,2151", "ACV - réaménagement des espaces publics du centre ancien|2312",
       "Action cœur de ville - {place} - maîtrise d'œuvre des espaces publics|2031", "Action cœur de ville - étude de programmation urbaine du centre-ville|2031",
       "Opération façades du centre ancien - ravalement des immeubles|20422", "Action cœur de ville - mobilier urbain {de_place}|2188"],
      URBA, ["urba", "acv"], ["eco"], f=["515", "51"], key=r"requalification|espaces publics|programmation|facades|ravalement|mobilier", cap=12,
      kind="commune"),
    T(["{rue} - requalification de la voirie du centre-ville|2151", "Centre-ville - réfection des trottoirs {de_place}|2151",
       "Centre ancien - signalétique piétonne|2188"],
      URBA, ["voirie", "urba"], ["eco"], f=["845", "51"], key=r"requalification|voirie|trottoirs|signaletique|signalet", cap=6, kind="commune"),
]

# 9. road safety and mobility (11) vs education (4) ---------------------------------------------
S9 = [
    T(["Radars pédagogiques - {rue}|2152,2188", "Radar pédagogique mobile - acquisition|2188", "Radars pédagogiques - relevés et maintenance {y}|6156",
       "Déplacement des radars pédagogiques - {quartier}|611"],
      ROADSAFE, ["voirie", "police"], ["edu"], f=["849", "845"], key=r"radar", cap=8),
    T(["Rue aux écoles - {ecole} - barrières amovibles|2152,2188", "Rue scolaire {de_ecole} - fermeture à la circulation aux heures d'entrée|2152",
       "Sécurisation des abords {de_ecole} - plateau surélevé|2151", "Abords {de_ecole} - barrières de sécurité et potelets|2152",
       "Zone 30 aux abords {de_ecole}|2152", "Rue aux écoles {de_ecole} - jardinières et signalisation|2152"],
      ROADSAFE, ["voirie"], ["edu"], f=["849", "845"], key=both(r"rue aux ecoles|rue scolaire|abords|zone 30", F_ECOLE), cap=12,
      kind="commune"),
    T(["Passages piétons aux abords {de_ecole} - mise en sécurité|2152", "Éclairage renforcé du passage piéton {de_ecole}|2152,2315",
       "Passage piéton surélevé {de_ecole}|2151", "Îlot refuge pour la traversée des élèves - {rue}|2152"],
      ROADSAFE, ["voirie"], ["edu"], f=["849", "845"], key=r"passage|pieton|traversee|refuge", cap=8, kind="commune"),
    T(["Marquage des passages piétons - {quartier} - {y}|615231,2152", "Reprise de la signalisation horizontale - {rue}|615231"],
      URBA, ["voirie"], [], f=["845"], key=r"marquage|signalisation", cap=4, pc=0.0),
    T(["Permis piéton des élèves de CE2 - {y}|611,6067", "Savoir rouler à vélo - cycles pour les élèves de CM2|2188",
       "Savoir rouler à vélo - intervenants dans les écoles|611", "Piste d'éducation routière mobile pour les écoles - location|6135",
       "Prévention routière dans les écoles - interventions {y}|611", "Éducation routière {de_ecole} - ateliers|611",
       "Permis vélo des CM2 - livrets et diplômes|6067", "Sécurité routière - sorties pédagogiques des classes de CM1|611",
       "Parcours d'éducation routière dans la cour {de_ecole}|611", "Prévention routière - malles pédagogiques pour les écoles|6067",
       "Permis piéton - interventions de la police municipale dans les classes|611"],
      ROAD_EDU, ["edu"], ["voirie", "police"], f=["20", "201", "288"],
      key=r"permis|savoir rouler|education routiere|prevention routiere|securite routiere", cap=19,
      kind="commune"),
]

# 10. culture (11) vs education (4) in libraries ------------------------------------------------
S10 = [
    T(["Salon du livre jeunesse - auteurs invités {y}|611,6232", "Fête du livre {de_media}|6232,611", "{fest_lect} - programmation {y}|611",
       "{fest_lect} - rencontres d'auteurs à la {media}|611", "Nuit de la lecture à la {media}|611", "Salon du livre et de la BD - location des stands|6135"],
      CULT, ["culture"], ["edu"], f=["311", "31"], key=r"salon|fete du livre|festival|nuit de la lecture|auteurs", cap=14),
    T(["Journées européennes du patrimoine - exposition à la {media}|611", "Journées du patrimoine - visite des réserves {de_media}|611",
       "Exposition des fonds anciens {de_media}|611", "Restauration des fonds patrimoniaux {de_media}|2162,611"],
      CULT, ["culture"], ["edu"], f=["312", "31"], key=r"patrimoin|fonds anciens|\bjep\b|patrim", cap=9),
    T(["Concert à la {media} - cachets des musiciens|611", "Exposition d'artistes locaux à la {media}|611"],
      CULT, ["culture"], ["edu"], f=["311", "31"], key=r"concert|exposition", cap=4),
    T(["Livres pour la BCD {de_ecole}|6067", "Bibliothèque centre documentaire {de_ecole} - mobilier|2184",
       "BCD {de_ecole} - animations lecture avec les classes|611", "Bibliothèque centre documentaire {de_ecole} - abonnements jeunesse|6067"],
      EDU, ["edu"], ["culture"], f=SCH_F, key=r"\bbcd\b|bibliotheque centre", cap=8, kind="commune"),
    T(["Accueil des classes à la {media} - {y}|611", "{media} - ateliers numériques pour les classes|611",
       "{media} - éducation aux médias avec les collégiens|611", "{media} - parcours lecture des classes maternelles|611"],
      LIB, ["culture"], ["edu"], f=["313"], key=r"classes|collegiens", cap=9),
    T(["Ateliers de français pour les élèves allophones - {ecole}|611", "Français langue seconde - soutien aux élèves allophones|611,64131",
       "Ateliers d'éducation au numérique pour les élèves de CM2|611", "Initiation au codage dans les écoles - intervenants {y}|611",
       "Éducation aux médias et à l'information dans les écoles|611"],
      EDU, ["edu"], ["culture"], f=["20", "201", "212"], key=r"francais|allophone|numerique|codage|medias", cap=10, kind="commune"),
]

SECTIONS = [
    ("1 administration's property and services (16) vs urban planning (11)", S1, 45),
    ("2 culture in parks (11) vs nature (15)", S2, 45),
    ("3 education support (4) vs youth and cohesion (10)", S3, 45),
    ("4 disability inclusion (10) vs administration (16)", S4, 45),
    ("5 clean energy in public space (7) vs roads and networks (11)", S5, 45),
    ("6 housing and poverty (1) vs housing (11)", S6, 45),
    ("7 waste and circular economy (12) vs other services", S7, 45),
    ("8 local economy (8) vs urban renewal (11)", S8, 45),
    ("9 road safety (11) vs education (4)", S9, 45),
    ("10 culture (11) vs education (4) in libraries", S10, 45),
]


# the machinery of boundary_generator.py on this part's random source, names and export forms
PART = BoundaryPart(
    rng, draw, authorities=AUTHS, names=NAMES, articles=ARTICLES, kind_names={"mairie": MAIRIE},
    kind_words={"bc": BC, "svcs": SERVICES, "conseil": CONSEIL, "plu": PLU, "patri": PATRI}, years=YEARS, abbrev=ABBREV,
    programme_prefix="AP", tail_word="reports", service_rate=0.88,
)


def main() -> None:
    PART.run(SECTIONS, OUT, OTHER_PARTS, BRIEF_EXAMPLES)


if __name__ == "__main__":
    main()
