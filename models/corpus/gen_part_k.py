#!/usr/bin/env python3
"""Write part K of Verdir's labelled training corpus: the boundaries of the codebook's table,
where a classifier confuses two neighbouring goals.

Parts A to J cover each activity of the table; part K writes, for twelve boundaries, lines on
both sides (the thematic side and its neighbour) so that the distinction is learnt, and puts on
about a third of the lines a service or direction that points at the other side: the libellé
decides ("libellé first", codebook). The labels are those parts A to J write for the same
activities (their dominant split, counted before writing each section); where the corpus has
nothing, the codebook decides:

   1. food aid vs poverty: épiceries solidaires, colis and bons alimentaires, grants to
      food-aid associations 2:70;1:30; banque alimentaire (grant, premises) 2:80;1:20; paniers
      solidaires, chèques alimentaires, breakfasts of a day centre 2:60;1:40; frigos
      solidaires and glanage 2:60;12:40 (as parts A and D write them); secours d'urgence,
      aides financières facultatives, domiciliation, accès aux droits, maraudes 1:100;
      emergency nights and shelters 1:80;10:20. Food aid under a CCAS or solidarity service
      stays 2, cash aid under a food-policy mission stays 1; a shelter's works 1:80;11:20;
   2. school and crèche yards: cour oasis, désimperméabilisation, végétalisation, îlot de
      fraîcheur 13:50;4:30;15:20; enrobé, marquage au sol, préau, clôture, sols souples
      4:85;11:15; jeux de cour 4:100 (equipment, as parts A and D write them);
   3. streets, car parks and climate: de-sealed pavements 13:60;11:40, de-sealed or permeable
      car parks and streets 13:60;6:20;11:20, îlots de fraîcheur and de-sealing with planting
      13:60;11:20;15:20, plan climat, bilan carbone, compensation carbone 13:100, noues
      d'infiltration 6:70;13:30 (stormwater, as part E writes them); carriageway works
      11:80;9:20, pavements, car-park surfacing and marking 11:100;
   4. cemeteries, green spaces and rivers: enherbement, végétalisation, gestion différenciée,
      zéro phyto in a cemetery 15:60;11:40; concessions, columbarium, ossuaire, walls, paved
      paths 11:100; wetlands 15:70;6:30; river renaturation, ripisylve, continuité écologique
      15:60;6:40 (parts C, F and H; part A writes 6:60;15:40, the minority); river water
      quality 6:70;15:30; sewage discharges 6:100 and sewer works 6:85;11:15;
   5. accessibility: bus stops and quays, Ad'AP, ramps, boucles magnétiques, places PMR
      10:70;11:30; a school's accessibility 4:50;10:50 (parts A and D); bus shelters and
      street furniture 11:100, abris voyageurs 11:80;13:20;
   6. energy vs administration: gas and electricity of all the communal buildings, groupement
      d'achat, CVC maintenance, chaufferies, GTC and sub-metering 7:100; contrat de
      performance énergétique 7:70;13:30; cœur-de-nuit switch-off 7:80;11:20; street-lighting
      LED renewal 7:70;11:30 and remote management 7:60;9:40 (part B); the town hall's
      upkeep, cleaning and fluids 16:100 (parts C and F), its fitting-out 16:85;11:15, its
      insulation, heating control and GTB 16:60;7:40 (parts B, D, E);
   7. digital: fibre and très haut débit 9:100, fibre ducts, public wifi and online booking
      9:70;11:30, SIG 9:60;11:40, open data 9:80;11:20, public-access computers 9:60;10:40;
      the services' own IT (workstations, office licences, telephony, the citizen portal as
      parts C, E and H write it) 16:70;9:30 and network infrastructure (servers, UPS, patch
      bays) 16:60;9:40, whatever the service (culture, sports, education, social...);
   8. school catering: meals, food supplies, canteen staff, périscolaire snacks 4:70;2:30;
      organic and local sourcing, vegetarian menus, éducation au goût 2:60;4:40; food waste in
      canteens (weighing, sorting tables) 12:70;4:30 (parts C, G, H); biowaste collection and
      composting 12:100;
   9. risks: plan communal de sauvegarde, DICRIM, crisis command post, sirens, crisis drills
      13:70;16:30 (parts E and I); flood markers and PPRI studies 13:100; flood works
      13:80;11:20; municipal police and CCTV 16:100;
  10. health vs HR and facilities: SSI and safety works of an EHPAD or retirement home
      3:85;11:15; démoustication, gestes qui sauvent, défibrillateurs 3:100, even under a
      human-resources or technical service; staff training, occupational medicine, pest
      control of the offices 16:100; safety works of the town hall or the CTM 16:85;11:15;
  11. commerce vs festivities: decorations of the shopping streets 8:60;11:40; commercial
      animations, Christmas-market chalets, gift vouchers, boutique à l'essai, market
      amenities 8:70;11:30; direct aid, union commerciale, town-centre manager 8:100; zones
      d'activités 8:80;11:20; Christmas lights and carnival 11:100, other festivities
      11:80;16:20;
  12. education facilities: SSI, roofs, interior joinery of schools and conservatoires
      4:85;11:15; their insulation and energy renovation 4:50;7:50; theatres, museums and
      cultural halls 11:100, their insulation 11:60;7:40.

Five invented authorities, each naming its services its own way: Corvenne (a city of
~110,000, direction codes: "DEE - EDUCATION ENFANCE", "DTE - PLAN CLIMAT", "DSN -
INFRASTRUCTURES"), Marsaigues (a town of ~32,000, full mixed-case names: "Mission
alimentation durable", "Service énergie-fluides"), Trévillac (a small town of ~6,000, short
upper-case names: "ST", "CANTINE", "MAIRIE"), the Communauté de communes du Val de Sorgelle
("Service GEMAPI - milieux aquatiques", "Conseil en énergie partagé") and Grand Aubrelle
Agglomération (long upper-case directions). Schools, cemeteries, police and the town hall
belong to the towns, zones d'activités, GEMAPI and the agglomeration's bus network mostly to the
intercommunalities. About a third of the rows carry a service from the other side of their
boundary (a cour oasis under "DEE - EDUCATION ENFANCE", colis alimentaires under the CCAS, the
town hall's cleaning under "Service énergie-fluides", sirens under "Police municipale"...),
about 10 % have no service.

Export forms: upper case with the glossary's abbreviations (GS, EE, EM, EAJE, CCAS, PCS,
DICRIM, SSI, CVC, GTB, GTC, CPE, EP, PMR, AD'AP, THD, SIG, EPN, ZA, DAE, TRX, REHAB, ACQ,
AMGT, DESIMPERM, VEGET, CIMET, COLUMB, ISOL, THERM, MENUIS, CONSERV, RESTAU SCOL, ALIM...),
mixed case with or without accents, lower case, years and budget steps (BP, DM1), tranches,
operation codes, and a few labels cut at 30 or 40 characters mid-word, always after the words
that decide the goal (each template names them; a render that loses them is drawn again); on
about 40 % of the lines M57 codes (chapitre / nature / fonction), always agreeing with the
label's main goal (codes_agree: a code whose prior disagrees is left out, so a line is never
turned to the other side by its codes).

Labels of parts A to J, of the outside probes and of the brief's own fragments are skipped;
lines inside the part are distinct, and a filled core (the same meaning and names) is written at
most twice, in two export forms. All names of places, people, facilities, associations and
services are invented.

The machinery (authorities and their services, the filling of names, the export renderer, templates,
section generators, checks and the report) is shared with part L in boundary_generator.py; this
file holds part K's data (labels, authorities, names, abbreviations, templates, seed and
section plan) and the parameters it passes.

Deterministic, stdlib only, no network:  python gen_part_k.py  ->  part_k.csv (same folder).
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
    CANTEEN,
    CLIMATE,
    COMMERCE,
    COOL,
    CULT,
    ECO,
    EDU,
    FESTIV,
    FLOOD,
    FOODAID,
    FOODAID_CHQ,
    HEALTH,
    HEALTH_BLD,
    LED,
    LOCALFOOD,
    OASIS,
    PMR,
    ROAD,
    SCH,
    SCH_NRJ,
    SCH_PMR,
    SHELTER,
    SHELTER_BLD,
    THD,
    TRANSIT,
    URBA,
    W_NET,
    W_RAIN,
    WASTE,
    W,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1111)
# Fragments quoted in the brief of this slice: the slice writes its own lines, never these alone.
BRIEF_EXAMPLES = [
    "cour oasis", "désimperméabilisation", "végétalisation", "îlot de fraîcheur", "enrobé", "marquage au sol", "jeux de cour",
    "préau", "parking perméable", "parking evergreen", "îlots de fraîcheur", "noues", "plan climat", "bilan carbone",
    "compensation carbone", "enherbement", "gestion différenciée", "zéro phyto", "concessions", "columbarium", "ossuaire",
    "murs d'enceinte", "allées", "continuité écologique", "Ad'AP", "rampes PMR", "boucles magnétiques", "places PMR",
    "abribus", "groupement d'achat d'énergie", "maintenance CVC", "chaufferies", "contrat de performance énergétique", "GTB",
    "télégestion de l'éclairage public", "coupure de l'éclairage en cœur de nuit", "fibre", "très haut débit", "wifi public",
    "SIG", "open data", "onduleurs", "baies de brassage", "serveurs", "téléphonie", "éducation au goût",
    "plan communal de sauvegarde", "DICRIM", "poste de commandement de crise", "sirènes", "démoustication",
    "formations aux gestes qui sauvent", "défibrillateurs", "marchés forains", "zones artisanales",
    "aides aux commerces de proximité", "banques alimentaires", "épiceries solidaires", "colis alimentaires",
    "bons alimentaires", "chèques alimentaires", "glanage", "frigos solidaires", "paniers solidaires", "secours d'urgence",
    "domiciliation", "accès aux droits", "SSI", "toitures", "menuiseries", "BP 2024", "DM1",
]


# --------------------------------------------------------------------------------------------
# labels this part writes beside the shared ones (each is the corpus's dominant split)
# --------------------------------------------------------------------------------------------

SOC = L(1, 100)
FOODBANK = L(2, 80, 1, 20)
FOOD_SAVE = L(2, 60, 12, 40)
COOL_WALK = L(13, 60, 11, 40)
COOL_RAIN = L(13, 60, 6, 20, 11, 20)
CIM_GREEN = L(15, 60, 11, 40)
WETLAND = L(15, 70, 6, 30)
RIVER = L(15, 60, 6, 40)
RIVER_Q = L(6, 70, 15, 30)
NRJ = L(7, 100)
NRJ_CPE = L(7, 70, 13, 30)
NIGHT_OFF = L(7, 80, 11, 20)
EP_TELE = L(7, 60, 9, 40)
ADM_NRJ = L(16, 60, 7, 40)
ADM_NET = L(16, 60, 9, 40)
NET_URB = L(9, 70, 11, 30)
GIS = L(9, 60, 11, 40)
OPENDATA = L(9, 80, 11, 20)
EPN = L(9, 60, 10, 40)
CANTEEN_WASTE = L(12, 70, 4, 30)
RISK = L(13, 70, 16, 30)
DECO_COM = L(8, 60, 11, 40)
ZA = L(8, 80, 11, 20)
CULT_NRJ = L(11, 60, 7, 40)


# --------------------------------------------------------------------------------------------
# invented authorities and their services
# --------------------------------------------------------------------------------------------

AUTHS = [
    Authority("COR", "commune", 3, "code", {  # Corvenne, a city of ~110,000
        "soc": ["DSOL - SOLIDARITES", "DSOL - ACTION SOCIALE", "CCAS DE CORVENNE"], "alim": ["DAD - ALIMENTATION DURABLE", "MISSION PAT"],
        "edu": ["DEE - EDUCATION ENFANCE", "DEE - VIE SCOLAIRE"], "pe": ["DPE - PETITE ENFANCE"],
        "bat": ["DPB - PATRIMOINE BATI", "DPB - MAINTENANCE BATIMENTS"], "climat": ["DTE - TRANSITION ECOLOGIQUE", "DTE - PLAN CLIMAT"],
        "ev": ["DNP - NATURE ET PAYSAGE", "DNP - BIODIVERSITE"], "voirie": ["DEP - VOIRIE", "DEP - ESPACE PUBLIC"],
        "ep": ["DEP - ECLAIRAGE PUBLIC"], "eau": ["DCE - CYCLE DE L'EAU"], "cim": ["DPOP - CIMETIERES", "DPOP - AFFAIRES FUNERAIRES"],
        "access": ["MISSION ACCESSIBILITE", "MISSION HANDICAP"], "transport": ["DMD - MOBILITES"],
        "energie": ["DTE - ENERGIE FLUIDES", "DTE - ENERGIE"], "adm": ["DAG - AFFAIRES GENERALES", "SG - MOYENS GENERAUX", "DGS"],
        "fin": ["DFCG - FINANCES"], "dsi": ["DSN - SYSTEMES D'INFORMATION", "DSN - INFRASTRUCTURES"],
        "num": ["DSN - TERRITOIRE NUMERIQUE", "MISSION VILLE NUMERIQUE"], "culture": ["DAC - CULTURE", "DAC - MEDIATHEQUES"],
        "sport": ["DSP - SPORTS"], "restau": ["DEE - RESTAURATION SCOLAIRE", "CUISINE CENTRALE"], "dechets": ["DPD - PROPRETE DECHETS"],
        "risques": ["DSPR - RISQUES MAJEURS", "DSPR - SECURITE CIVILE"], "police": ["DSPR - POLICE MUNICIPALE"],
        "sante": ["DSAN - SANTE PUBLIQUE", "DSAN - HYGIENE"], "seniors": ["DAUT - AUTONOMIE SENIORS"],
        "rh": ["DRH - FORMATION", "DRH"], "rh_sante": ["DRH - SANTE AU TRAVAIL"], "st": ["DGST", "DGST - REGIE"],
        "eco": ["DECO - COMMERCE ARTISANAT", "DECO - ECONOMIE"], "fetes": ["DEVT - EVENEMENTIEL", "DEVT - FETES ET CEREMONIES"],
        "conserv": ["DAC - CONSERVATOIRE"], "culture_dir": ["DAC - CULTURE", "DAC - SPECTACLE VIVANT"],
    }),
    Authority("MAR", "commune", 3, "mixed", {  # Marsaigues, a town of ~32,000
        "soc": ["Centre communal d'action sociale", "Direction des solidarités", "Action sociale"],
        "alim": ["Mission alimentation durable", "Projet alimentaire territorial"],
        "edu": ["Direction de l'éducation et de l'enfance", "Service des écoles"], "pe": ["Service petite enfance"],
        "bat": ["Service bâtiments", "Direction du patrimoine bâti"], "climat": ["Mission climat", "Direction de la transition écologique"],
        "ev": ["Service des espaces verts", "Parcs et jardins"], "voirie": ["Service voirie", "Direction de l'espace public"],
        "ep": ["Éclairage public"], "eau": ["Service de l'eau et de l'assainissement"], "cim": ["Service funéraire", "État civil - Cimetières"],
        "access": ["Mission handicap et accessibilité"], "transport": ["Service mobilités"], "energie": ["Service énergie-fluides"],
        "adm": ["Administration générale", "Secrétariat général", "Moyens généraux"], "fin": ["Direction des finances"],
        "dsi": ["Service informatique", "Direction des systèmes d'information"], "num": ["Mission numérique"],
        "culture": ["Direction de la culture", "Médiathèque des Remparts"], "sport": ["Service des sports"],
        "restau": ["Restauration scolaire", "Cuisine centrale"], "dechets": ["Service propreté - déchets"],
        "risques": ["Prévention des risques"], "police": ["Police municipale"], "sante": ["Service santé publique", "Hygiène et santé"],
        "seniors": ["Pôle seniors"], "rh": ["Ressources humaines", "DRH - Formation"], "rh_sante": ["Ressources humaines - Santé au travail"],
        "st": ["Services techniques", "Centre technique municipal"], "eco": ["Commerce et artisanat", "Développement économique"],
        "fetes": ["Fêtes et cérémonies", "Animation de la ville"], "conserv": ["Conservatoire municipal"],
        "culture_dir": ["Direction de la culture", "Direction de la culture et du patrimoine"],
    }),
    Authority("TRE", "commune", 2, "upper", {  # Trévillac, a small town of ~6,000
        "soc": ["CCAS", "SOCIAL"], "edu": ["ECOLES", "SCOLAIRE"], "pe": ["CRECHE"], "bat": ["BATIMENTS", "ST - BATIMENTS"],
        "climat": ["ENVIRONNEMENT"], "ev": ["ESPACES VERTS"], "voirie": ["VOIRIE"], "ep": ["ECLAIRAGE PUBLIC"],
        "cim": ["CIMETIERE", "ETAT CIVIL"], "adm": ["MAIRIE", "ADMINISTRATION GENERALE", "SECRETARIAT"], "fin": ["FINANCES"],
        "dsi": ["INFORMATIQUE"], "culture": ["CULTURE", "BIBLIOTHEQUE"], "sport": ["SPORTS"], "restau": ["CANTINE"],
        "police": ["POLICE MUNICIPALE"], "rh": ["PERSONNEL"], "st": ["ST", "SERVICES TECHNIQUES"], "eco": ["COMMERCE"],
        "fetes": ["FETES ET CEREMONIES", "ANIMATIONS"], "energie": ["ENERGIE"], "risques": ["SECURITE CIVILE"],
        "eau": ["EAU ASSAINISSEMENT"], "sante": ["HYGIENE"], "culture_dir": ["CULTURE"],
    }),
    Authority("VSO", "epci", 2, "mixed", {  # Communauté de communes du Val de Sorgelle
        "soc": ["CIAS du Val de Sorgelle"], "alim": ["Projet alimentaire territorial"], "pe": ["Pôle petite enfance"],
        "restau": ["Cuisine centrale communautaire"], "eau": ["Service GEMAPI - milieux aquatiques", "Service assainissement"],
        "climat": ["Plan climat (PCAET)"], "ev": ["Service environnement"], "dechets": ["Service déchets ménagers"],
        "eco": ["Développement économique - ZA"], "transport": ["Transport à la demande"], "access": ["Pôle accessibilité"],
        "dsi": ["Service commun informatique"], "num": ["Aménagement numérique"], "adm": ["Direction générale", "Pôle ressources"],
        "rh": ["Pôle ressources - RH"], "bat": ["Pôle technique - bâtiments"], "sport": ["Centre aquatique"],
        "culture": ["Réseau de lecture publique"], "conserv": ["Conservatoire intercommunal"], "energie": ["Conseil en énergie partagé"],
        "risques": ["Service GEMAPI - prévention des inondations"], "fin": ["Pôle ressources - Finances"],
        "culture_dir": ["Pôle culture et patrimoine"],
    }),
    Authority("GAU", "epci", 2, "upper", {  # Grand Aubrelle Agglomération
        "eau": ["DIRECTION DU GRAND CYCLE DE L'EAU"], "climat": ["DIRECTION DE LA TRANSITION ECOLOGIQUE ET DU CLIMAT"],
        "transport": ["DIRECTION DES MOBILITES ET DES TRANSPORTS", "RESEAU DE BUS AUBRELLE"],
        "access": ["MISSION ACCESSIBILITE UNIVERSELLE"],
        "eco": ["DIRECTION DE L'ATTRACTIVITE ECONOMIQUE", "DIRECTION DU DEVELOPPEMENT ECONOMIQUE - ZONES D'ACTIVITES"],
        "num": ["DIRECTION DU NUMERIQUE ET DE L'INNOVATION"], "dsi": ["DIRECTION DES SYSTEMES D'INFORMATION MUTUALISEE"],
        "adm": ["DIRECTION GENERALE DES SERVICES", "DIRECTION DES MOYENS GENERAUX"], "energie": ["DIRECTION DE L'ENERGIE"],
        "dechets": ["DIRECTION DE LA PREVENTION DES DECHETS"], "risques": ["DIRECTION DES RISQUES MAJEURS"],
        "rh": ["DIRECTION DES RESSOURCES HUMAINES MUTUALISEE"], "bat": ["DIRECTION DU PATRIMOINE"],
        "sport": ["DIRECTION DES EQUIPEMENTS SPORTIFS"], "culture": ["DIRECTION DE LA CULTURE"],
        "conserv": ["CONSERVATOIRE A RAYONNEMENT DEPARTEMENTAL"], "alim": ["MISSION AGRICULTURE ET ALIMENTATION"],
        "soc": ["DIRECTION DE LA COHESION SOCIALE"], "ev": ["DIRECTION DE LA BIODIVERSITE"], "fin": ["DIRECTION DES FINANCES"],
        "culture_dir": ["DIRECTION DE LA CULTURE"],
    }),
]


# --------------------------------------------------------------------------------------------
# invented names: (bare form, "de" form)
# --------------------------------------------------------------------------------------------

# how the names take "de" (de_form in boundary_generator.py)
ARTICLES = Articles(
    vowels="aeéèiouy",
    elided=("ehpad", "hôtel"),
    feminine=frozenset({"crèche", "micro-crèche", "place", "salle", "maison", "mairie", "médiathèque", "zone", "ZA", "prairie",
                        "tourbière", "halte", "banque", "résidence", "mares", "esplanade", "bibliothèque", "direction"}),
    plural=frozenset({"mares"}),
)

NAMES = {
    "ecole": ["école élémentaire des Tamaris", "école maternelle du Pré-Vert", "groupe scolaire des Quatre-Vents",
              "école primaire Lucienne Ravaud", "groupe scolaire Armand Vétillard", "école maternelle Les Coccinelles",
              "école élémentaire du Champ-Clos", "groupe scolaire de la Tréfilerie", "école maternelle Hortense Delcamp",
              "école élémentaire Gaston Marivel", "école primaire du Bourg", "groupe scolaire des Brandes",
              "école maternelle des Oseraies", "école élémentaire Joséphine Fréchal"],
    "creche": ["crèche des Lucioles", "multi-accueil Les Pitchouns", "crèche familiale du Moulin-Blanc", "multi-accueil Les Frimousses",
               "crèche collective des Capucines", "micro-crèche Les Galopins"],
    "rue": ["rue des Vanneaux", "avenue du Clos-Morin", "rue de la Tréfilerie", "chemin des Brandes", "boulevard des Oseraies",
            "rue du Puits-Salé", "rue Marcel Vétillard", "allée des Charmes-Bas", "rue des Tonneliers", "avenue de la Gare-Basse",
            "rue du Four-à-Chaux", "impasse des Grives", "route de Vaux-Basse", "rue Léonie Castagnet"],
    "place": ["place du Foirail", "place de la Bascule", "square des Oseraies", "esplanade du Marché-Couvert", "place de l'Église",
              "parvis de la médiathèque", "place des Tanneurs", "square Hortense Delcamp"],
    "parking": ["parking du Foirail", "parking de la Gare-Basse", "parking de la salle des fêtes", "parking du stade des Brandes",
                "parking du cimetière", "parking des Oseraies", "parking de la médiathèque", "parking du Clos-Morin"],
    "quartier": ["quartier des Brandes", "quartier de la Sablonnière", "quartier du Champ-Clos", "centre-bourg",
                 "quartier de la Gare-Basse", "secteur des Oseraies", "hameau de Vaux-Basse", "quartier du Pré-Vert"],
    "cim": ["cimetière des Gravières", "ancien cimetière", "cimetière paysager du Moulin-Brûlé", "cimetière de Vaux-Basse",
            "cimetière du Calvaire", "cimetière des Brandes", "nouveau cimetière"],
    "riv": ["la Sorgelle", "le ruisseau des Aulnaies", "la Vaudrèche", "le ru des Oseraies", "le ruisseau du Pré-Ganne"],
    "zh": ["zone humide du Pré-Carré", "marais de la Fontaine-aux-Loups", "prairie humide des Noues-Basses",
           "mares du bois de Chaumet", "tourbière du Haut-Fenil", "zone humide des Saulaies"],
    "arret": ["arrêt Mairie", "arrêt Les Brandes", "arrêt Collège", "arrêt Gare-Basse", "arrêt Champ-Clos", "arrêt Oseraies",
              "arrêt Clos-Morin", "arrêt Tréfilerie"],
    "ligne": ["ligne 2", "ligne 4", "ligne 7", "ligne express A", "ligne 11", "ligne C"],
    "bat": ["salle polyvalente des Brandes", "maison des associations", "mairie annexe du Champ-Clos", "centre administratif",
            "médiathèque des Remparts", "salle des fêtes", "maison de quartier de la Sablonnière", "office de tourisme"],
    "ehpad": ["EHPAD Les Tamaris", "EHPAD Le Clos des Aubiers", "maison de retraite Les Jardins de la Sorgelle",
              "résidence autonomie Les Cèdres Bleus", "EHPAD municipal du Champ-Clos", "maison de retraite Sainte-Aulde"],
    "conserv": ["conservatoire municipal Armand Vétillard", "conservatoire à rayonnement communal", "école de musique et de danse",
                "conservatoire intercommunal", "conservatoire des Remparts"],
    "theatre": ["théâtre de la Halle-aux-Grains", "salle de spectacle Le Fenil", "musée de la Tréfilerie",
                "cinéma municipal L'Écran Vert", "espace culturel des Oseraies"],
    "za": ["ZA des Brandes", "zone artisanale du Pré-Long", "zone d'activités de la Croix-Verte", "ZA du Moulin-Neuf",
           "zone artisanale des Saulaies"],
    "epi": ["épicerie solidaire La Courte Échelle", "épicerie sociale du Champ-Clos", "épicerie solidaire Le Panier Partagé",
            "épicerie solidaire des Brandes"],
    "assoc": ["association Entraide Sorgelle", "association Le Pain Partagé", "association La Table Ouverte",
              "association Solidarité Brandes"],
    "ba": ["banque alimentaire du Val de Sorgelle", "banque alimentaire d'Aubrelle", "banque alimentaire de la Vaudrèche"],
    "halte": ["halte de nuit des Oseraies", "accueil de jour La Passerelle", "centre d'hébergement d'urgence Le Phare",
              "accueil de jour des Brandes"],
    "uc": ["union des commerçants du centre-bourg", "association des commerçants Les Vitrines du Bourg",
           "union commerciale et artisanale", "association des commerçants de la Gare-Basse"],
    "hameau": ["hameau de Vaux-Basse", "lieu-dit Les Saulaies", "hameau du Haut-Fenil", "lieu-dit La Croix-Verte"],
    "culture_fac": ["médiathèque des Remparts", "musée de la Tréfilerie", "bibliothèque du Champ-Clos"],
    "sport_fac": ["service des sports", "centre aquatique", "gymnase des Brandes", "stade du Pré-Long"],
    "edu_fac": ["direction de l'éducation", "service scolaire", "service enfance"],
    "soc_fac": ["CCAS", "direction des solidarités", "pôle seniors"],
}
# the building a line of an authority names: a commune's town hall or an EPCI's seat
MAIRIE = {"commune": ["hôtel de ville", "mairie", "mairie annexe du Champ-Clos", "centre administratif municipal"],
          "epci": ["siège communautaire", "hôtel communautaire"]}


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [
    *SCHOOL_ABBREV,
    ("MULTI-ACCUEIL", ["EAJE", "MULTI-ACC."]), ("CRECHE", ["EAJE", "CRECHE"]),
    ("CENTRE COMMUNAL D'ACTION SOCIALE", ["CCAS"]), ("PLAN COMMUNAL DE SAUVEGARDE", ["PCS"]),
    ("PLAN CLIMAT-AIR-ENERGIE TERRITORIAL", ["PCAET"]), ("SYSTEME DE SECURITE INCENDIE", ["SSI"]),
    ("INSTALLATIONS CVC", ["CVC"]), ("ECLAIRAGE PUBLIC", ["EP", "ECLAIRAGE PUB.", "ECL. PUBLIC"]),
    ("GESTION TECHNIQUE CENTRALISEE", ["GTC"]), ("CONTRAT DE PERFORMANCE ENERGETIQUE", ["CPE"]),
    ("AGENDA D'ACCESSIBILITE PROGRAMMEE", ["AD'AP", "ADAP"]), ("MISE EN ACCESSIBILITE", ["MISE EN ACCESS.", "MISE ACCESS"]),
    ("DEFIBRILLATEURS", ["DAE", "DEFIBRIL."]), ("SYSTEME D'INFORMATION GEOGRAPHIQUE", ["SIG"]), ("TRES HAUT DEBIT", ["THD"]),
    ("ESPACE PUBLIC NUMERIQUE", ["EPN"]), ("ZONE D'ACTIVITES", ["ZA", "ZAE"]), ("ZONE ARTISANALE", ["ZA"]),
    ("HOTEL DE VILLE", ["HDV", "H. DE VILLE"]), ("CENTRE TECHNIQUE MUNICIPAL", ["CTM"]), ("POLICE MUNICIPALE", ["PM", "POL. MUN."]),
    ("RESTAURATION SCOLAIRE", ["RESTAU SCOL", "RESTAURATION SCOL"]), ("RESTAURANTS SCOLAIRES", ["RESTOS SCOL", "REST. SCOL."]),
    ("TRAVAUX", ["TRX", "TVX"]), ("REHABILITATION", ["REHAB"]), ("ACQUISITION", ["ACQ", "ACQUIS", "ACQ."]),
    ("AMENAGEMENT", ["AMGT", "AMENAGT"]), ("DESIMPERMEABILISATION", ["DESIMPERM", "DESIMPERM."]), ("VEGETALISATION", ["VEGET"]),
    ("CIMETIERE", ["CIMET", "CIM."]), ("COLUMBARIUM", ["COLUMB"]), ("MENUISERIES", ["MENUIS"]), ("ISOLATION", ["ISOL", "ISOL."]),
    ("THERMIQUE", ["THERM"]), ("CHAUFFAGE", ["CHAUFF", "CHAUF"]), ("TOITURE", ["TOIT", "TOITURE"]),
    ("ACCESSIBILITE", ["ACCESSIB", "ACCESS."]), ("CONSERVATOIRE", ["CONSERV", "CONSERV."]), ("ALIMENTAIRES", ["ALIM"]),
    ("ALIMENTAIRE", ["ALIM"]), ("SUBVENTION", ["SUBV", "SUBV."]), ("PARTICIPATION", ["PARTICIP", "PARTICIP."]),
    ("INSTALLATION", ["INSTALL"]), ("MAINTENANCE", ["MAINT", "MAINT."]), ("REMPLACEMENT", ["REMPL", "REMPLT"]),
    ("CREATION", ["CREA", "CREAT"]), ("ENTRETIEN", ["ENTRET", "ENTR."]), ("EQUIPEMENT", ["EQUIPT", "EQPT"]),
    ("FOURNITURE", ["FOURN", "FOURNIT"]), ("REFECTION", ["REFECT", "REF."]), ("RENOVATION", ["RENOV", "RENOV."]),
    ("ILLUMINATIONS", ["ILLUM", "ILLUM."]), ("ANIMATIONS", ["ANIM", "ANIM."]), ("INONDATION", ["INOND"]),
    ("ENERGETIQUE", ["ENERG", "ENERGETIQUE"]), ("ELECTRICITE", ["ELEC", "ELEC."]), ("BATIMENTS", ["BATS", "BATIM"]),
    ("INFORMATIQUES", ["INFORMAT", "INFO"]), ("TELEPHONIE", ["TELEPH", "TEL."]), ("FORMATION", ["FORM", "FORMAT."]),
    ("ASSAINISSEMENT", ["ASSAIN", "ASST"]), ("ZONE HUMIDE", ["ZH"]), ("DIAGNOSTIC", ["DIAG"]), ("ETUDES", ["ETUD", "ETUDES"]),
    ("ASSOCIATION", ["ASSO", "ASS."]), ("MAITRISE D'OEUVRE", ["MOE"]), ("COMMUNAUX", ["COMMUNAUX", "COMMUN."]),
    ("STATIONNEMENT", ["STATIONNT", "STAT."]), ("CHAUSSEE", ["CHAUSS", "CHAUSSEE"]), ("TROTTOIRS", ["TROTT", "TROTTOIRS"]),
    ("FONCTIONNEMENT", ["FONCT", "FCT"]), ("PERSONNES A MOBILITE REDUITE", ["PMR"]), ("ELECTRIQUE", ["ELEC", "ELECT."]),
    ("PRODUCTEURS", ["PROD."]), ("BIOLOGIQUES", ["BIO"]), ("DISTRIBUTION", ["DISTRIB", "DISTRIB."]),
    ("RENOUVELLEMENT", ["RENOUV", "RENOUVT"]), ("SCOLAIRES", ["SCOL", "SCOL."]), ("SCOLAIRE", ["SCOL", "SCOL."]),
]


# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------

class T(Template):
    """Part K's template (see Template): a crossing service on 30 % of its rows unless ``pc`` says."""

    default_pc = 0.3


PE_F = ["4221", "4222"]  # a crèche line's fonction


# the facilities' words as exports write them (folded, abbreviations included)
F_CRECHE = r"creche|eaje|accueil"
F_CONS = r"conserv|musique"
F_CULT = r"theatre|spectacle|musee|cinema|culturel"
F_EHPAD = r"ehpad|retraite|residence"
F_MAIRIE = r"hotel|hdv|mairie|administratif|communautaire|siege"
F_BC = r"batiments|bats|batim|\bbat\b|communaux|communautaires"
F_CIM = r"cim"
F_RIV = r"sorgelle|ruisseau|vaudreche|\bru\b"

# 1. food aid (2) vs poverty (1) -------------------------------------------------------------
S1 = [
    T(["Achat de denrées pour l'{epi}|60623", "{epi} - approvisionnement en denrées|60623", "Denrées de l'{epi} - {y}|60623",
       "{epi} - achat de produits frais|60623", "Produits d'hygiène et denrées de l'{epi}|60623"],
      FOODAID, ["alim"], ["soc"], key=r"epicerie|denree|produits frais", cap=6, pc=0.35),
    T(["Colis alimentaires d'urgence - achat de denrées|60623", "Distribution de colis alimentaires aux familles - {quartier}|60623,611",
       "Colis alimentaires pour les personnes isolées|60623", "Bons alimentaires pour les familles en difficulté|6288",
       "Bons d'achat alimentaires d'urgence - {y}|6288", "Aide alimentaire d'urgence - colis de denrées|60623"],
      FOODAID, ["alim"], ["soc"], key=r"alim|colis", cap=6, pc=0.35),
    T(["Subvention à l'{assoc} - distribution alimentaire|6574", "{assoc} - aide alimentaire - subvention {y}|6574",
       "Subvention à l'{epi}|6574", "Subvention d'équipement - chambre froide de l'{epi}|20421",
       "{assoc} - repas solidaires - subvention|6574"],
      FOODAID, ["alim", "fin"], ["soc"], key=r"alim|epicerie|chambre froide|repas", cap=4, pc=0.35),
    T(["Subvention à la {ba}|6574", "{ba} - subvention de fonctionnement {y}|6574", "Loyer du local de la {ba}|6132",
       "{ba} - collecte nationale - logistique|611", "Entrepôt de la {ba} - mise à disposition|6132"],
      FOODBANK, ["alim", "fin"], ["soc"], key=r"banque", cap=3, pc=0.35),
    T(["Paniers solidaires de légumes pour les familles modestes|611", "Paniers solidaires - convention avec les maraîchers|611",
       "Chèques alimentaires pour les ménages modestes - {y}|6288", "Chèques alimentation pour les étudiants précaires|6288",
       "Petits déjeuners solidaires {de_halte}|60623"],
      FOODAID_CHQ, ["alim"], ["soc"], key=r"panier|cheque|alimenta|dejeuner", cap=4, pc=0.35),
    T(["Frigo solidaire {quartier} - installation|2188", "Frigos solidaires - entretien et contrôle d'hygiène|611",
       "Glanage solidaire sur le marché forain - convention|611", "Glanage des invendus alimentaires - {assoc}|6574"],
      FOOD_SAVE, ["alim"], ["soc"], key=r"frigo|glanage", cap=3, pc=0.35),
    T(["Secours d'urgence aux familles en difficulté|6518", "Secours d'urgence en espèces - {y}|6518",
       "Aides financières facultatives - {y}|6518,6511", "Aide exceptionnelle aux ménages en difficulté|6518",
       "Secours financiers d'urgence - fonds d'aide|6518", "Avances remboursables aux ménages en difficulté|6518",
       "Maraudes sociales hivernales - convention|611"],
      SOC, ["soc"], ["alim"], f=["424", "428", "42"], key=r"secours|aide|avance|maraude", cap=8, pc=0.25),
    T(["Domiciliation des personnes sans domicile stable - {y}|611", "Domiciliation administrative des personnes sans abri|611",
       "Permanences d'accès aux droits sociaux - {quartier}|611", "Accès aux droits - accompagnement des publics précaires|611"],
      SOC, ["soc"], ["alim"], f=["424", "428"], key=r"domicil|acces aux droits", cap=5, pc=0.25),
    T(["Nuitées d'hôtel pour l'hébergement d'urgence|652", "Hébergement d'urgence - nuitées {y}|652",
       "{halte} - convention de fonctionnement|611", "Mise à l'abri des personnes sans abri - plan grand froid|611",
       "{halte} - accueil des personnes à la rue|611"],
      SHELTER, ["soc"], ["alim"], f=["424"], key=r"heberg|halte|accueil de jour|abri|rue", cap=5, pc=0.25),
    T(["{halte} - réfection des sanitaires|2135,2313", "{halte} - rénovation des chambres|2135"],
      SHELTER_BLD, ["soc", "bat"], [], f=["424"], key=r"halte|accueil de jour|heberg", cap=1, pc=0.0),
]

# 2. school and crèche yards: climate (13) vs school building (4) ------------------------------
S2 = [
    T(["Cour oasis {de_ecole}|2128,2312", "Transformation de la cour {de_ecole} en cour oasis|2312,2128",
       "Cour {de_ecole} - désimperméabilisation et plantations|2312", "Désimperméabilisation de la cour {de_ecole}|2312,2128",
       "Végétalisation de la cour {de_ecole}|2128", "Îlot de fraîcheur dans la cour {de_ecole}|2128",
       "{ecole} - cour oasis - tranche {n}|2312", "{ecole} - débitumage de la cour et plantation d'arbres|2312",
       "Cour oasis {de_ecole} - maîtrise d'œuvre|2031"],
      OASIS, ["climat", "bat"], ["edu"], f=["71"], key=both(r"oasis|desimper|vegetal|veget|fraicheur|debitum", F_ECOLE), cap=16, pc=0.35,
      kind="commune"),
    T(["Jardin {de_creche} - végétalisation et ombrage|2128", "Désimperméabilisation de l'espace extérieur {de_creche}|2312",
       "Îlot de fraîcheur dans le jardin {de_creche}|2128", "{creche} - cour désimperméabilisée et végétalisée|2312"],
      OASIS, ["climat", "bat"], ["pe"], f=["71"], key=both(r"desimper|vegetal|veget|fraicheur", F_CRECHE), cap=5, pc=0.35),
    T(["Réfection de l'enrobé de la cour {de_ecole}|2135,21312", "Cour {de_ecole} - reprise des enrobés|21312",
       "Marquage au sol de la cour {de_ecole}|2135", "Tracés de jeux au sol - cour {de_ecole}|2135",
       "Création d'un préau {de_ecole}|21312,2313", "Réfection du préau {de_ecole}|21312",
       "Remplacement de la clôture de la cour {de_ecole}|21312", "Reprise des regards et caniveaux de la cour {de_ecole}|21312"],
      SCH, ["edu", "bat"], ["climat"], f=SCH_F, key=both(r"enrob|marquage|trace|preau|clotur|regards", F_ECOLE), cap=12, pc=0.25, kind="commune"),
    T(["Remplacement des sols souples {de_creche}|2135", "Jardin {de_creche} - sols souples et clôture|2135",
       "{creche} - auvent de la cour|2135"],
      SCH, ["pe", "bat"], ["climat"], f=PE_F, key=both(r"sols souples|auvent|clotur", F_CRECHE), cap=3, pc=0.25),
    T(["Jeux de cour {de_ecole} - acquisition|2188", "Acquisition de jeux de cour - {ecole}|2188",
       "Bancs et tables de la cour {de_ecole}|2184,2188"],
      EDU, ["edu"], ["climat"], f=SCH_F, key=both(r"jeux|bancs", F_ECOLE), cap=3, pc=0.25, kind="commune"),
    T(["Structure de jeux {de_creche} - remplacement|2188", "Jeux d'extérieur {de_creche}|2188"],
      EDU, ["pe"], ["climat"], f=PE_F, key=both(r"jeux", F_CRECHE), cap=1, pc=0.25),
]

# 3. streets, car parks and climate (13) vs roads (11) ---------------------------------------
S3 = [
    T(["Désimperméabilisation des trottoirs {rue}|2312", "Trottoirs {rue} - désimperméabilisation|2312",
       "{rue} - trottoirs désimperméabilisés|2312"],
      COOL_WALK, ["climat"], ["voirie"], f=["71"], key=r"desimper", cap=5, pc=0.35),
    T(["Désimperméabilisation {de_parking}|2312",
       "{parking} - revêtement perméable et infiltration des eaux de pluie|2312", "Dalles engazonnées {de_parking}|2312",
       "Désimperméabilisation {rue} - infiltration des eaux pluviales|2312", "{parking} - passage en parking evergreen|2312",
       "Création d'un parking perméable - {quartier}|2312"],
      COOL_RAIN, ["climat"], ["voirie"], f=["71"], key=r"desimper|permeable|evergreen|engazon", cap=8, pc=0.35),
    T(["Îlot de fraîcheur - {place}|2128,2312", "Création d'un îlot de fraîcheur {place}|2312",
       "{place} - îlot de fraîcheur et plantations|2312", "Désimperméabilisation et plantation {de_parking}|2312",
       "Plantations d'ombrage {de_place} contre les îlots de chaleur|2128"],
      COOL, ["climat"], ["voirie"], f=["71"], key=r"fraicheur|desimper|chaleur", cap=6, pc=0.35),
    T(["Plan climat - animation et suivi {y}|611,617", "Révision du plan climat-air-énergie territorial|617",
       "Bilan carbone des {svcs}|617", "Bilan carbone du patrimoine - mise à jour {y}|617",
       "Compensation carbone des déplacements des agents|611", "Bilan des émissions de gaz à effet de serre - {y}|617",
       "Plan climat - tableau de bord des actions|611"],
      CLIMATE, ["climat"], ["fin", "adm"], f=["71"], key=r"climat|carbone|gaz a effet|pcaet", cap=6, pc=0.3),
    T(["Noue d'infiltration {rue}|2315", "{rue} - création de noues|2315"],
      W_RAIN, ["eau", "voirie"], [], f=["734"], key=r"noue", cap=2, pc=0.0),
    T(["Réfection de la chaussée {rue}|2151,615231", "{rue} - reprise des enrobés|2151", "Renforcement de chaussée {rue}|2151",
       "Réfection des bordures et caniveaux {rue}|2151", "{rue} : réfection de la couche de roulement|2151"],
      ROAD, ["voirie"], ["climat"], f=["845", "84"], key=r"chauss|enrob|bordure|roulement", cap=8, pc=0.25),
    T(["Réfection des trottoirs {rue}|2151", "Trottoirs {rue} - reprise en enrobé|2151", "{rue} - réfection des trottoirs|2151"],
      URBA, ["voirie"], ["climat"], f=["845"], key=r"trottoir", cap=5, pc=0.25),
    T(["Réfection des enrobés {de_parking}|2151", "{parking} - marquage des places|2152,615231",
       "Extension {de_parking} - vingt places|2151", "{parking} - reprise de la chaussée et des bordures|2151"],
      URBA, ["voirie"], ["climat"], f=["848"], key=r"enrob|marquage|extension|chauss", cap=5, pc=0.25),
]

# 4. cemeteries, green spaces and rivers: 15 vs 11 and 6 --------------------------------------
S4 = [
    T(["Enherbement des allées {de_cim}|2128", "{cim} - enherbement des allées|2128", "Végétalisation {de_cim}|2128",
       "Gestion différenciée {de_cim} - plan de gestion|617,611", "{cim} - zéro phyto - désherbeur thermique|2188",
       "Plantation de couvre-sols entre les tombes {de_cim}|2128", "{cim} - prairie fleurie et fauche tardive|611"],
      CIM_GREEN, ["ev"], ["cim"], f=["511", "76"], key=both(r"enherb|vegetal|veget|differenciee|phyto|couvre|prairie", F_CIM), cap=10,
      pc=0.4, kind="commune"),
    T(["Reprise des concessions abandonnées {de_cim}|611", "Columbarium {de_cim} - extension|21316,2116",
       "{cim} - création d'un ossuaire|21316", "Réfection du mur d'enceinte {de_cim}|2116,21316",
       "{cim} - cases de columbarium supplémentaires|21316", "Caveaux d'attente {de_cim}|21316",
       "Réfection des allées {de_cim} en enrobé|2116", "Portail et grilles {de_cim} - remplacement|2116"],
      URBA, ["cim"], ["ev"], f=["025"], key=both(r"concession|columb|ossuaire|enceinte|caveau|enrob|portail", F_CIM), cap=9, pc=0.3,
      kind="commune"),
    T(["Restauration {de_zh}|2312,617", "{zh} - plan de gestion|617", "{zh} - curage doux et reprofilage des berges|2312",
       "Restauration écologique {de_zh} - {y}|2312"],
      WETLAND, ["ev"], ["eau"], f=["76"], key=r"humide|marais|mare|tourbiere|zh", cap=5, pc=0.35),
    T(["Renaturation {de_riv}|2312", "Restauration de la ripisylve {de_riv}|2312,611",
       "Restauration de la continuité écologique {de_riv}|2312", "Effacement du seuil du moulin de Vaux-Basse - continuité écologique|2312",
       "{riv} - reméandrage et restauration des berges|2312"],
      RIVER, ["ev"], ["eau"], f=["76"], key=r"renatur|ripisyl|continuite|remeandr", cap=7, pc=0.35),
    T(["Suivi de la qualité de l'eau {de_riv} - analyses {y}|611,617", "Analyses physico-chimiques {de_riv}|611",
       "Station de mesure de la qualité de l'eau {de_riv}|2315"],
      RIVER_Q, ["eau"], ["ev"], f=["731", "73"], key=both(r"qualite|analyses", F_RIV), cap=4, pc=0.3),
    T(["Suppression des rejets d'eaux usées dans {riv}|21532", "Contrôle des branchements - rejets dans {riv}|611",
       "Mise en conformité des rejets de la station d'épuration dans {riv}|2315"],
      W, ["eau"], ["ev"], f=["733"], key=both(r"rejets", F_RIV), cap=3, pc=0.3),
    T(["Réhabilitation du réseau d'assainissement le long {de_riv}|21532"],
      W_NET, ["eau"], ["ev"], f=["733"], key=r"assain|asst", cap=2, pc=0.3),
]

# 5. accessibility (10) vs street furniture (11) ---------------------------------------------
S5 = [
    T(["Mise en accessibilité des arrêts de bus - {ligne}|2315,2313", "{arret} - mise en accessibilité du quai bus|2315",
       "Rehaussement des quais bus - {ligne}|2315", "Quais bus accessibles aux PMR - {arret}|2315",
       "Mise en accessibilité des arrêts de bus {quartier}|2315"],
      PMR, ["access"], ["transport", "voirie"], f=["425"], key=r"access|pmr|rehauss", cap=9, pc=0.35),
    T(["Ad'AP - {bat} - tranche {n}|2135", "{bat} - travaux de l'Ad'AP|2135", "Agenda d'accessibilité programmée - {bat}|2135",
       "Rampe d'accès PMR {de_bat}|2135", "Boucle magnétique à l'accueil {de_bat}|2188",
       "{bat} - boucle magnétique pour malentendants|2188", "Élévateur PMR {de_bat}|2135"],
      PMR, ["access"], ["bat", "culture"], f=["425"], key=r"ad ?ap|accessib|access|pmr|boucle", cap=9, pc=0.3,
      kind="commune"),
    T(["Création de places PMR {rue}", "Places de stationnement PMR - {parking}", "Abaissés de trottoirs et bandes podotactiles {rue}",
       "Bandes d'éveil de vigilance aux passages piétons - {quartier}"],
      PMR, ["access"], ["voirie"], f=["425"], key=r"pmr|podotactile|vigilance", cap=5, pc=0.35),
    T(["Rampe d'accès PMR {de_ecole}|21312,2135", "{ecole} - mise en accessibilité PMR|21312", "Ascenseur PMR {de_ecole}|21312",
       "Sanitaires adaptés PMR {de_ecole}|21312"],
      SCH_PMR, ["edu", "bat"], ["access"], f=SCH_F, key=both(r"pmr|accessib|access", F_ECOLE), cap=5, pc=0.35, kind="commune"),
    T(["Fourniture et pose d'abribus - {arret}|2188", "Abribus {arret} - remplacement|2188", "Abribus neufs - {ligne}|2188"],
      URBA, ["transport", "voirie"], ["access"], f=["821", "845"], key=r"abribus", cap=4, pc=0.35),
    T(["Renouvellement des abris voyageurs - {ligne}|2188", "Abris voyageurs {arret} - remplacement|2188"],
      TRANSIT, ["transport"], ["access"], f=["821", "82"], key=r"abris", cap=3, pc=0.35),
    T(["Mobilier urbain {rue} - bancs et potelets|2188", "Remplacement des potelets {rue}|2188",
       "Signalétique directionnelle - {quartier}|2188", "Barrières de ville {rue}|2188"],
      URBA, ["voirie"], ["access"], f=["845"], key=r"mobilier|potelet|signaletique|barriere", cap=5, pc=0.3),
]

# 6. energy (7) vs administration (16) -------------------------------------------------------
S6 = [
    T(["Fourniture d'électricité des {bc} - {y}|60612", "Fourniture de gaz naturel des {bc}|6061,60618",
       "Électricité et gaz des {bc} - marché {y}|60612", "Consommations de gaz des {bc}|6061"],
      NRJ, ["energie"], ["adm", "fin"], f=["758", "75"], key=both(r"electri|gaz|elec", F_BC), cap=7, pc=0.35),
    T(["Groupement d'achat d'énergie - frais de coordination|611", "Groupement de commandes gaz et électricité - adhésion {y}|611",
       "Groupement d'achat d'électricité du syndicat d'énergie - participation|611"],
      NRJ, ["energie"], ["adm", "fin"], f=["758"], key=r"energ|electri|gaz", cap=3, pc=0.35),
    T(["Maintenance des installations CVC des {bc}|6156", "Contrat d'exploitation des chaufferies des {bc}|6156,611",
       "Entretien des chaudières des {bc} - contrat P2|6156", "Maintenance des pompes à chaleur des {bc}|6156",
       "Gestion technique centralisée des {bc} - extension|2135", "Sous-compteurs d'énergie dans les {bc}|2135"],
      NRJ, ["energie", "st"], ["adm"], f=["758"], key=both(r"cvc|chauff|chaudier|pompes a chaleur|gtc|gestion technique|compteur", F_BC),
      cap=8, pc=0.3),
    T(["Contrat de performance énergétique des {bc} - {y}|611", "Contrat de performance énergétique - {bc} - suivi|611"],
      NRJ_CPE, ["energie"], ["adm", "fin"], f=["758"], key=r"performance|cpe", cap=2, pc=0.35),
    T(["Coupure de l'éclairage public en cœur de nuit - {quartier}|21534", "Extinction de l'éclairage public en cœur de nuit - armoires|2315",
       "Horloges astronomiques pour l'extinction nocturne - {quartier}|2315"],
      NIGHT_OFF, ["energie"], ["ep"], key=r"coeur de nuit|extinction", cap=3, pc=0.35),
    T(["Télégestion de l'éclairage public - {quartier}|2315", "Télégestion des armoires d'éclairage public|2315"],
      EP_TELE, ["energie"], ["ep"], key=r"telegestion", cap=2, pc=0.35),
    T(["Renouvellement des luminaires de l'éclairage public en LED - {rue}|21534,2315", "Éclairage public {quartier} - passage en LED|2315"],
      LED, ["energie", "ep"], [], key=r"led", cap=2, pc=0.0),
    T(["Nettoyage {de_mairie}|6283", "Entretien courant {de_mairie}|615221", "Petites réparations {de_mairie}|615221",
       "Contrôles réglementaires {de_mairie}|611", "Maintenance des portes automatiques {de_mairie}|6156",
       "Entretien des espaces de travail {de_mairie}|615221", "Remplacement des stores {de_mairie}|615221"],
      ADM, ["adm"], ["energie"], f=["020", "022"], key=both(r"nettoy|entret|repar|control|maint|stores", F_MAIRIE), cap=7, pc=0.25),
    T(["Électricité {de_mairie}|60612", "Fluides {de_mairie} - eau et électricité|60612"],
      ADM, ["adm"], ["energie"], f=["020", "022"], key=both(r"electri|elec|fluides", F_MAIRIE), cap=2, pc=0.25),
    T(["Réaménagement des bureaux {de_mairie}|2135,21311", "Cloisonnement des bureaux {de_mairie}|2135",
       "Réfection de la salle du conseil {de_mairie}|21311,2135"],
      ADM_BLD, ["adm", "bat"], ["energie"], f=["020"], key=both(r"bureaux|salle du conseil", F_MAIRIE), cap=4, pc=0.25),
    T(["Isolation des combles {de_mairie}|2135,21311", "Régulation du chauffage {de_mairie}|2135", "GTB {de_mairie}|2135",
       "Remplacement de la chaudière {de_mairie}|2135", "{mairie} - isolation thermique des façades|2135"],
      ADM_NRJ, ["adm", "bat"], ["energie"], f=["020"], key=both(r"isol|chauff|chaudier|gtb", F_MAIRIE), cap=5, pc=0.3),
]

# 7. digital infrastructure for the territory (9) vs the services' own IT (16) ---------------
S7 = [
    T(["Déploiement de la fibre optique - {za}|21533", "Raccordement en fibre optique {de_za}|21533",
       "Très haut débit {quartier} - participation au syndicat mixte|20415", "Pylône de téléphonie mobile - zone blanche {hameau}|21533",
       "Montée en débit - {hameau}|21533"],
      THD, ["num"], ["dsi"], f=["57"], key=r"fibre|debit|thd|zone blanche", cap=6, pc=0.3),
    T(["Pose de fourreaux pour la fibre optique {rue}|21533", "Fourreaux fibre - {rue}|21533"],
      NET_URB, ["num", "voirie"], ["dsi"], f=["57"], key=r"fourreaux", cap=2, pc=0.3),
    T(["Wifi public - {place}|2188", "Bornes wifi public {de_place}|2188", "Wifi public gratuit - {quartier}|2188",
       "Extension du wifi public en centre-ville - {y}|2188"],
      NET_URB, ["num"], ["dsi"], f=["57"], key=r"wifi", cap=5, pc=0.35),
    T(["Système d'information géographique - mise à jour des données|611", "SIG - orthophotographies du territoire {y}|611",
       "SIG - levés des réseaux enterrés|617", "Système d'information géographique mutualisé - participation {y}|611"],
      GIS, ["num"], ["dsi"], f=["57"], key=r"\bsig\b|geographique", cap=4, pc=0.35),
    T(["Portail open data du territoire - hébergement|611", "Open data - publication des jeux de données {y}|611"],
      OPENDATA, ["num"], ["dsi"], f=["57"], key=r"open data", cap=2, pc=0.35),
    T(["Plateforme de réservation en ligne des salles municipales|611", "Réservation en ligne des équipements sportifs - plateforme|611",
       "Réservation en ligne des courts de tennis - module|611"],
      NET_URB, ["num"], ["dsi", "sport"], f=["57"], key=r"reservation", cap=2, pc=0.4),
    T(["Espace public numérique {quartier} - postes en libre accès|2188", "Ordinateurs en libre accès pour les habitants - {culture_fac}|2188"],
      EPN, ["num"], ["dsi", "culture"], f=["57"], key=r"libre acces|espace public numerique|epn", cap=2, pc=0.4),
    T(["Postes informatiques des agents - {culture_fac}|2183", "Licences bureautiques - {culture_fac}|2051",
       "Téléphonie {de_culture_fac} - abonnements|6262", "Ordinateurs portables des agents {de_culture_fac}|2183"],
      ADM_IT, ["dsi"], ["culture"], f=["020"], key=r"postes|licences|teleph|ordinateurs", cap=5, pc=0.45),
    T(["Postes informatiques {de_sport_fac}|2183", "Licences bureautiques - {sport_fac}|2051",
       "Téléphonie mobile des agents {de_sport_fac}|6262,2185", "Renouvellement des écrans - {sport_fac}|2183"],
      ADM_IT, ["dsi"], ["sport"], f=["020"], key=r"postes|licences|teleph|ecrans", cap=4, pc=0.45),
    T(["Postes informatiques des agents {de_edu_fac}|2183", "Logiciels de bureautique {de_edu_fac}|2051",
       "Smartphones des agents {de_edu_fac}|2185", "Téléphonie fixe {de_edu_fac}|6262"],
      ADM_IT, ["dsi"], ["edu"], f=["020"], key=r"postes|bureautique|smartphones|teleph", cap=4, pc=0.45,
      kind="commune"),
    T(["Postes informatiques {de_soc_fac}|2183", "Licences bureautiques - {soc_fac}|2051"],
      ADM_IT, ["dsi"], ["soc"], f=["020"], key=r"postes|licences", cap=2, pc=0.45, kind="commune"),
    T(["Portail citoyen - démarches en ligne - maintenance|6156", "Démarches en ligne - évolution du portail usagers|2051"],
      ADM_IT, ["dsi", "adm"], ["num"], f=["020"], key=r"demarches", cap=2, pc=0.35),
    T(["Onduleurs de la salle serveurs|2183", "Baies de brassage {de_culture_fac} - remplacement|2183",
       "Serveurs de virtualisation - renouvellement {y}|2183", "Onduleurs et baies de brassage {de_sport_fac}|2183",
       "Baie de stockage des données - extension|2183"],
      ADM_NET, ["dsi"], ["culture", "sport", "num"], f=["020"], key=r"onduleur|baie|serveurs", cap=5, pc=0.35),
]

# 8. school catering (4) vs food policy (2) vs food waste (12) --------------------------------
S8 = [
    T(["Denrées alimentaires de la restauration scolaire - {y}|60623", "Marché de repas en liaison froide pour les écoles|611,6042",
       "Fourniture de repas des restaurants scolaires - {y}|6042", "Restauration scolaire - prestations de repas|6042",
       "Agents de restauration scolaire - rémunérations|64131", "Goûters des accueils périscolaires|60623",
       "Repas livrés {de_ecole} - prestataire|6042"],
      CANTEEN, ["restau", "edu"], ["alim"], f=["281", "28"], key=r"repas|denree|restau|gouter", cap=14, pc=0.25),
    T(["Approvisionnement bio et local des cantines - {y}|60623", "Produits laitiers bio pour les restaurants scolaires|60623",
       "Légumes de producteurs locaux pour la cuisine centrale|60623", "Viande locale labellisée pour la restauration scolaire|60623",
       "Pain bio des cantines|60623", "Menus végétariens dans les cantines - accompagnement des cuisiniers|611",
       "Fruits bio et locaux pour les écoles|60623"],
      LOCALFOOD, ["alim"], ["restau", "edu"], key=r"bio|local|locaux|vegetar|producteur|labellis", cap=10, pc=0.35),
    T(["Éducation au goût dans les écoles - ateliers|611", "Classe du goût - {ecole}|611", "Semaine du goût - animations dans les cantines|611",
       "Ateliers d'éducation alimentaire {de_ecole}|611"],
      LOCALFOOD, ["alim"], ["edu", "restau"], key=r"gout|education alimentaire", cap=5, pc=0.35),
    T(["Lutte contre le gaspillage alimentaire dans les cantines - pesées {y}|611", "Tables de tri des restes de repas - {ecole}|2188",
       "Gâchimètres à pain pour les restaurants scolaires|2188", "Gaspillage alimentaire en restauration scolaire - diagnostic|617",
       "Pesée des restes alimentaires des cantines - {y}|611"],
      CANTEEN_WASTE, ["dechets"], ["restau", "edu"], f=["7211"], key=r"gaspill|tri|gachimetre|pesee", cap=8, pc=0.35),
    T(["Collecte des biodéchets de la cuisine centrale|611", "Composteurs des restaurants scolaires|2188",
       "Biodéchets des cantines - bacs de collecte|2188"],
      WASTE, ["dechets"], ["restau"], f=["7211", "721", "7213"], key=r"biodechet|compost", cap=3, pc=0.3),
]

# 9. risks and civil protection (13) vs police (16) -----------------------------------------
S9 = [
    T(["Plan communal de sauvegarde - révision {y}|617,611", "Plan communal de sauvegarde - annuaire de crise et exercices|611",
       "DICRIM - mise à jour et distribution|6236", "Impression et diffusion du DICRIM {y}|6236",
       "Poste de commandement communal de crise - équipement|2188", "Poste de commandement de crise - groupe électrogène|2188",
       "Kits de crise du plan communal de sauvegarde|60632", "Réserve communale de sécurité civile - équipement|60632"],
      RISK, ["risques"], ["police", "adm"], f=["71"], key=r"sauvegarde|pcs|dicrim|crise|securite civile", cap=11, pc=0.35,
      kind="commune"),
    T(["Sirènes d'alerte à la population - {quartier}|2188", "Exercice de crise - simulation de crue|611",
       "Système d'alerte à la population - abonnement {y}|611"],
      RISK, ["risques"], ["police", "adm"], f=["71"], key=r"sirene|crise|alerte", cap=5, pc=0.35),
    T(["Repères de crues le long {de_riv}|2188", "Études du plan de prévention du risque inondation|617"],
      CLIMATE, ["risques"], ["police", "eau"], f=["71", "735"], key=r"crues|inond", cap=2, pc=0.3),
    T(["Batardeaux anti-inondation - {quartier}|2188", "Confortement de la digue {de_riv}|2312",
       "Aménagements contre le ruissellement - {hameau}|2312"],
      FLOOD, ["risques", "eau"], ["police"], f=["735"], key=r"inond|digue|ruissel", cap=3, pc=0.25),
    T(["Police municipale - gilets pare-balles|60632", "Radios numériques de la police municipale|2188",
       "Vidéoprotection - extension {quartier}|2188", "Caméras de vidéoprotection {de_place}|2188",
       "Formation au tir des policiers municipaux|6184", "Tenues des agents de surveillance de la voie publique|60632",
       "Vidéoprotection - maintenance des caméras {y}|6156", "Véhicule d'intervention de la police municipale - équipement|2188"],
      ADM, ["police"], ["risques"], f=["11", "1"], key=r"police|video|camera|tir|surveillance", cap=14, pc=0.25, kind="commune"),
]

# 10. health (3) vs human resources and facilities (16) --------------------------------------
S10 = [
    T(["Mise aux normes SSI {de_ehpad}|2135,2313", "{ehpad} - remplacement du système de sécurité incendie|2135",
       "{ehpad} - portes coupe-feu|2135", "Mise en conformité électrique {de_ehpad}|2135",
       "{ehpad} - désenfumage - mise aux normes|2135"],
      HEALTH_BLD, ["seniors", "bat"], ["rh", "fin", "st"], f=["423", "4238"], key=both(r"ssi|securite incendie|coupe feu|conformite|desenfum", F_EHPAD),
      cap=8, pc=0.35, kind="commune"),
    T(["Démoustication - traitement des gîtes larvaires {y}|611", "Lutte contre le moustique tigre - {quartier}|611",
       "Pièges à moustiques tigres - {place}|2188", "Démoustication des bassins et fossés communaux|611"],
      HEALTH, ["sante"], ["st", "ev"], f=["412", "41"], key=r"moustique|demoustic", cap=5, pc=0.35),
    T(["Formation des agents aux gestes qui sauvent|611", "Gestes qui sauvent - sessions pour les habitants {y}|611",
       "Formation PSC1 des agents|611", "Initiation aux premiers secours des agents municipaux|611"],
      HEALTH, ["sante"], ["rh"], key=r"gestes|psc1|premiers secours", cap=5, pc=0.45),
    T(["Défibrillateurs - {bat}|2188", "Acquisition de défibrillateurs pour les {bc}|2188", "Maintenance des défibrillateurs - {y}|6156",
       "Défibrillateurs des équipements sportifs - pose|2188"],
      HEALTH, ["sante"], ["st", "bat", "rh"], f=["412", "41", "418"], key=r"defibril|dae", cap=4, pc=0.35),
    T(["Formation habilitation électrique des agents|6184", "Formation CACES des agents techniques|6184",
       "Formation SSIAP des agents d'accueil|6184", "Médecine du travail - convention {y}|611",
       "Visites médicales des agents - centre de gestion|611", "Formation à la conduite des engins de chantier|6184"],
      ADM, ["rh"], ["rh_sante", "sante"], f=["021", "020"], key=r"formation|form|medecine|visites", cap=8, pc=0.3),
    T(["Mise aux normes SSI du centre technique municipal|2135", "Remplacement du SSI {de_mairie}|2135,21311",
       "Centre technique municipal - désenfumage|2135"],
      ADM_BLD, ["bat", "adm", "st"], [], f=["020"], key=both(r"ssi|desenfum", F_MAIRIE + r"|technique|ctm"), cap=3, pc=0.0),
    T(["Dératisation des locaux administratifs|611", "Désinsectisation {de_mairie}|611"],
      ADM, ["adm"], ["sante"], f=["020"], key=both(r"deratis|desinsect", F_MAIRIE + r"|locaux"), cap=2, pc=0.4),
]

# 11. commerce (8) vs festivities (11) ------------------------------------------------------
S11 = [
    T(["Décorations de Noël des rues commerçantes|6068,611", "Décorations des rues commerçantes pour les fêtes - {y}|611",
       "Sapins et décorations des vitrines - opération avec les commerçants|611"],
      DECO_COM, ["eco"], ["fetes"], f=["632"], key=r"commer", cap=4, pc=0.4),
    T(["Animations commerciales de fin d'année - {quartier}|611", "Marché de Noël - location des chalets des exposants|6135",
       "Chèques cadeaux des commerces de proximité - abondement {y}|6574", "Boutique à l'essai - {rue}|2135",
       "Animations du marché forain - {y}|611", "Marché forain du samedi - bornes électriques|2188"],
      COMMERCE, ["eco"], ["fetes"], f=["632", "64", "61"], key=r"commerc|chalets|boutique|forain", cap=9, pc=0.35),
    T(["Aide directe aux commerces de proximité - {y}|6574,65742", "Subvention à l'{uc}|6574", "Manager de commerce - rémunération {y}|64131",
       "Barrières et signalétique du marché forain|60632", "Fonds de soutien aux commerces de proximité|65742"],
      ECO, ["eco"], ["fetes"], f=["632", "61"], key=r"commerc|union|manager|forain", cap=6, pc=0.3),
    T(["Requalification {de_za}|2312", "Viabilisation des lots {de_za}|2312", "{za} - signalétique des entreprises|2188",
       "Extension {de_za} - études|2031"],
      ZA, ["eco"], ["voirie"], f=["632", "61"], key=r"\bza\b|zone|zae", cap=4, pc=0.25),
    T(["Illuminations de Noël - pose et dépose {y}|611", "Motifs lumineux de fin d'année - acquisition|2188",
       "Illuminations de fin d'année - {quartier}|611", "Carnaval des enfants - chars et costumes|6232"],
      URBA, ["fetes"], ["eco"], f=["024"], key=r"illum|lumineux|carnaval", cap=5, pc=0.35, kind="commune"),
    T(["Feu d'artifice de la fête nationale|6232", "Fête de la musique - sonorisation et scène|6232", "Fête patronale - animations {y}|6232",
       "Bal du 14 juillet - orchestre|6232", "Fête de la musique - techniciens du son|6232"],
      FESTIV, ["fetes"], ["eco"], f=["024"], key=r"feu d artifice|fete|bal", cap=7, pc=0.3, kind="commune"),
]

# 12. education facilities (4) vs cultural buildings (11) ------------------------------------
S12 = [
    T(["Remplacement du SSI {de_ecole}|21312,2135", "Réfection de la toiture {de_ecole}|21312,2313",
       "{ecole} - étanchéité de la toiture-terrasse|21312", "{ecole} - menuiseries intérieures|21312",
       "Mise aux normes sécurité incendie {de_ecole}|21312", "Remplacement des portes intérieures {de_ecole}|21312"],
      SCH, ["edu", "bat"], [], f=SCH_F, key=both(r"ssi|toit|etanch|menuis|incendie|portes", F_ECOLE), cap=10, pc=0.0, kind="commune"),
    T(["{conserv} - réfection de la toiture|2135,2313", "Remplacement du SSI {de_conserv}|2135", "Mise en conformité {de_conserv}|2135",
       "{conserv} - menuiseries intérieures des salles de cours|2135", "Insonorisation des salles {de_conserv}|2135"],
      SCH, ["conserv", "bat"], ["culture_dir"], key=F_CONS, cap=7, pc=0.45),
    T(["Isolation thermique {de_ecole}|21312,2135", "Rénovation énergétique {de_ecole} - tranche {n}|21312,2313",
       "Isolation des combles {de_ecole}|21312", "{ecole} - double vitrage et isolation|21312"],
      SCH_NRJ, ["edu", "bat"], ["energie"], f=SCH_F, key=both(r"isol|energ|double vitrage", F_ECOLE), cap=6, pc=0.35, kind="commune"),
    T(["Rénovation énergétique {de_conserv}|2135,2313", "Isolation de la toiture {de_conserv}|2135"],
      SCH_NRJ, ["conserv", "bat"], ["energie", "culture_dir"], key=both(r"isol|energ", F_CONS), cap=3, pc=0.45),
    T(["{theatre} - réfection de la toiture|2135,2313", "Remplacement du SSI {de_theatre}|2135", "{theatre} - menuiseries intérieures|2135",
       "Mise en conformité {de_theatre}|2135"],
      CULT, ["culture_dir", "bat"], [], f=["31"], key=F_CULT, cap=6, pc=0.0),
    T(["Isolation thermique {de_theatre}|2135", "Rénovation énergétique {de_theatre}|2313"],
      CULT_NRJ, ["culture_dir", "bat"], ["energie"], f=["31"], key=both(r"isol|energ", F_CULT), cap=3, pc=0.3),
]

SECTIONS = [
    ("1 food aid (2) vs poverty (1)", S1, 45),
    ("2 school and creche yards: climate (13) vs school (4)", S2, 40),
    ("3 streets and car parks: climate (13) vs roads (11)", S3, 45),
    ("4 cemeteries, green spaces, rivers: 15 vs 11 and 6", S4, 40),
    ("5 accessibility (10) vs street furniture (11)", S5, 40),
    ("6 energy of buildings (7) vs administration (16)", S6, 45),
    ("7 digital territory (9) vs IT of the services (16)", S7, 45),
    ("8 school catering (4) vs food policy (2) and food waste (12)", S8, 40),
    ("9 risks (13) vs police (16)", S9, 35),
    ("10 health (3) vs HR and facilities (16)", S10, 35),
    ("11 commerce (8) vs festivities (11)", S11, 35),
    ("12 education facilities (4) vs cultural buildings (11)", S12, 35),
]


# the machinery of boundary_generator.py on this part's random source, names and export forms
PART = BoundaryPart(
    rng, draw, authorities=AUTHS, names=NAMES, articles=ARTICLES, kind_names={"mairie": MAIRIE},
    kind_words={"bc": BC, "svcs": SERVICES}, years=YEARS, abbrev=ABBREV, programme_prefix="PPI", tail_word="études",
    service_rate=0.85,
)


def main() -> None:
    PART.run(SECTIONS, OUT, OTHER_PARTS, BRIEF_EXAMPLES)


if __name__ == "__main__":
    main()
