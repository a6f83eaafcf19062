# ruff: noqa: E501  (hand-written data lines)
"""Generate part C of the Verdir training corpus (ODD 12, 13, 14, 15, 16, 17 + generic lines).

Deterministic: standard library only, ``random.Random(303)``, no network.
Writes ``part_c.csv`` next to this script with the header
``libelle,chapitre,nature,fonction,service,labels``.

Labels follow ``odd_codebook.md``: main purpose first, at most 3 goals, multiples of 5,
sum 100, largest share first (ties: lower goal first).

Base lines are written by hand below (one per line: ``labels | codes | text | terse``);
each base line gives 1 to 4 rows in different export styles (uppercase abbreviated,
mixed case with accents, terse lowercase, with operation codes / years / place names).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path
from random import Random

import curation

OUT = Path(__file__).with_name("part_c.csv")
HEADER = ["libelle", "chapitre", "nature", "fonction", "service", "labels"]

# --------------------------------------------------------------------------------------
# M57 chapter / account pairs per kind of line
# --------------------------------------------------------------------------------------
CODES: dict[str, list[tuple[str, str]]] = {
    # investment
    "etude": [("20", "2031")],
    "logiciel": [("20", "2051")],
    "subv_eq_priv": [("204", "20422"), ("204", "20421")],
    "subv_eq_pub": [("204", "204142"), ("204", "204141")],
    "terrain": [("21", "2111"), ("21", "2118")],
    "foret": [("21", "2117")],
    "plant": [("21", "2121"), ("23", "2312")],
    "amgt_terrain": [("21", "2128"), ("23", "2312")],
    "bat_hdv": [("21", "21311"), ("23", "2313")],
    "bat_scol": [("21", "21312"), ("23", "2313")],
    "bat": [("21", "21318"), ("23", "2313"), ("21", "2135")],
    "autre_constr": [("21", "2138"), ("23", "2313")],
    "voirie": [("21", "2151"), ("23", "2315")],
    "inst_voirie": [("21", "2152"), ("23", "2315")],
    "reseau": [("21", "21538"), ("23", "2315")],
    "mat_tech": [("21", "2158"), ("21", "2188")],
    "vehicule": [("21", "2182")],
    "info": [("21", "2183")],
    "mobilier": [("21", "2184")],
    "autre_immo": [("21", "2188")],
    "titres_part": [("26", "261")],
    "depot_verse": [("27", "275")],
    "capital": [("16", "1641")],
    "cautions": [("16", "165")],
    "tirage": [("16", "16449")],
    "refi": [("16", "166")],
    "fctva": [("10", "10222")],
    "affect": [("10", "1068")],
    "imprevues_i": [("020", "020")],
    # operating
    "prest": [("011", "611"), ("011", "6042")],
    "fourn": [("011", "60632"), ("011", "6068")],
    "fourn_adm": [("011", "6064")],
    "entr_terrain": [("011", "61521")],
    "entr_bat": [("011", "615221")],
    "entr_voirie": [("011", "615231")],
    "entr_vehic": [("011", "61551")],
    "entr_mob": [("011", "61558")],
    "maint": [("011", "6156")],
    "loc_mob": [("011", "6135")],
    "loc_immo": [("011", "6132")],
    "divers_f": [("011", "6188"), ("011", "6288")],
    "assur": [("011", "6161"), ("011", "6168")],
    "etudes_f": [("011", "617")],
    "formation": [("011", "6184")],
    "honoraires": [("011", "6226")],
    "actes": [("011", "6227")],
    "annonces": [("011", "6231")],
    "fetes": [("011", "6232")],
    "impr": [("011", "6236"), ("011", "6237")],
    "deplacements": [("011", "6251")],
    "reception": [("011", "6257")],
    "affranch": [("011", "6261")],
    "telecom": [("011", "6262")],
    "frais_bank": [("011", "627")],
    "cotis": [("011", "6281")],
    "gardiennage": [("011", "6282")],
    "nettoyage": [("011", "6283")],
    "remb_frais": [("011", "62876"), ("011", "62878")],
    "carbu": [("011", "60622")],
    "energie": [("011", "60612")],
    "eau": [("011", "60611")],
    "vetements": [("011", "60636")],
    "perso_tit": [("012", "64111")],
    "perso_nontit": [("012", "64131")],
    "perso_ext": [("012", "6218")],
    "assur_perso": [("012", "6455")],
    "cnas": [("012", "6474")],
    "oeuvres_soc": [("012", "6478")],
    "med_travail": [("012", "6475")],
    "cdg": [("012", "6336")],
    "apprentis": [("012", "6417")],
    "elus": [("65", "6531")],
    "elus_mission": [("65", "6532")],
    "elus_form": [("65", "6535")],
    "subv_asso": [("65", "6574")],
    "subv_ba": [("65", "657364")],
    "contrib_sdis": [("65", "6553")],
    "contrib_synd": [("65", "65548"), ("65", "6558")],
    "logiciel_f": [("65", "651")],
    "non_valeur": [("65", "6541")],
    "creances": [("65", "6542")],
    "interets": [("66", "66111")],
    "icne": [("66", "66112")],
    "int_tresor": [("66", "6615")],
    "int_autres": [("66", "6618")],
    "charges_fin": [("66", "6688"), ("66", "668")],
    "int_morat": [("67", "6711")],
    "titres_annules": [("67", "673")],
    "provision": [("68", "6815")],
    "provision_creances": [("68", "6817")],
    "amort": [("042", "6811")],
    "virement": [("023", "023")],
    "imprevues_f": [("022", "022")],
    "ac": [("014", "739211")],
    "fpic": [("014", "739223")],
}

# --------------------------------------------------------------------------------------
# services, as authorities write them
# --------------------------------------------------------------------------------------
SERVICES: dict[str, list[str]] = {
    "dech": ["Service Propreté", "PROPRETE URBAINE", "Direction Propreté - Déchets", "Gestion des déchets",
             "Service Environnement", "DST", "Services techniques", "Pôle Cadre de vie",
             "Direction du Cadre de Vie", "ENVIRONNEMENT", "Propreté - Collecte", "DECHETS"],
    "achat": ["Commande publique", "Service des marchés", "Direction de la Commande Publique", "Achats",
              "Mission Développement durable", "MARCHES PUBLICS"],
    "climat": ["Mission Transition écologique", "Direction de la Transition Ecologique",
               "Service Développement durable", "Pôle Aménagement durable", "Mission Climat",
               "DEVELOPPEMENT DURABLE", "Direction de l'Environnement"],
    "risques": ["Service Risques majeurs", "Prévention des risques", "DST", "Services techniques",
                "Sécurité civile", "Direction des espaces publics", "RISQUES MAJEURS"],
    "cour": ["Bâtiments", "DST", "Direction de l'Education", "Patrimoine bâti", "Services techniques",
             "Pôle Cadre de vie"],
    "littoral": ["Service Littoral", "Direction de la Mer et du Littoral", "Service Plages", "Capitainerie",
                 "Régie du port", "Environnement", "Pôle Cadre de vie", "LITTORAL",
                 "Direction des espaces naturels"],
    "ev": ["Espaces verts", "ESPACES VERTS", "Service Parcs et Jardins", "Direction de la Nature en ville",
           "Direction des espaces publics", "Pôle Cadre de vie", "Régie espaces verts", "Service Environnement",
           "Services techniques", "DEV", "Parcs, jardins et paysages"],
    "nature": ["Espaces naturels", "Service Environnement", "ENVIRONNEMENT", "Service Forêt",
               "Direction de l'Environnement", "Biodiversité", "Pôle Cadre de vie"],
    "admin": ["Administration générale", "Affaires générales", "Direction Générale des Services", "DGS",
              "Moyens généraux", "Secrétariat général", "ADMINISTRATION GENERALE"],
    "etatcivil": ["Etat civil - Elections", "ETAT CIVIL", "Service Population", "Citoyenneté",
                  "Affaires générales", "ELECTIONS"],
    "rh": ["DRH", "Direction des Ressources Humaines", "Ressources humaines", "RH", "Service du personnel"],
    "dsi": ["DSI", "Direction des Systèmes d'Information", "Service informatique", "INFORMATIQUE",
            "Direction du Numérique"],
    "pm": ["Police municipale", "POLICE MUNICIPALE", "Direction de la Tranquillité Publique",
           "Sécurité - Prévention", "Direction Sécurité et Prévention", "PM"],
    "com": ["Communication", "Direction de la Communication", "Service Communication", "Cabinet du Maire",
            "COMMUNICATION"],
    "jur": ["Service Juridique", "Affaires juridiques", "Direction des Affaires Juridiques", "Assurances",
            "Juridique - Assurances"],
    "bat": ["Bâtiments", "Patrimoine bâti", "DST", "Services techniques", "Direction du Patrimoine",
            "BATIMENTS", "Régie bâtiments"],
    "ctm": ["Centre Technique Municipal", "CTM", "Services techniques", "DST", "Garage municipal",
            "Parc automobile"],
    "fin": ["Direction des Finances", "FINANCES", "Service financier", "Finances - Comptabilité", "DAF"],
    "inter": ["Relations internationales", "Cabinet du Maire", "Service Jumelage", "Relations extérieures"],
    "democ": ["Démocratie participative", "Vie des quartiers", "Citoyenneté", "Service Démocratie locale",
              "Cabinet du Maire"],
    "elus": ["Assemblées", "Secrétariat des élus", "Cabinet du Maire", "Administration générale"],
}

# services used for the rows whose service is misleading (service, goal it suggests)
MISLEADING = [
    ("DIRECTION DE L'EDUCATION", 4), ("Service Enfance", 4), ("Affaires scolaires", 4),
    ("Petite enfance", 4), ("SPORTS", 3), ("Direction des Sports", 3),
    ("Direction des Affaires Culturelles", 11), ("Service Culture", 11), ("CCAS", 1),
    ("Direction des Solidarités", 1), ("VOIRIE", 11), ("Direction de l'Urbanisme", 11),
    ("Service Jeunesse", 10), ("Centre municipal de santé", 3), ("Développement économique", 8),
    ("Service des eaux", 6), ("Police municipale", 16), ("Espaces verts", 15), ("Propreté urbaine", 12),
    ("Service Littoral", 14), ("Direction des Finances", 17), ("Habitat - Logement", 11),
    ("Service Seniors", 3), ("Affaires sociales", 1),
]

# --------------------------------------------------------------------------------------
# place names (all invented or very common in France); nouns in lower case
# --------------------------------------------------------------------------------------
PERSONS = ["Jules Ferry", "Pasteur", "Jean Jaurès", "Victor Hugo", "Paul Bert", "Jean Moulin", "Marie Curie",
           "Jean Macé", "Louise Michel", "Jacques Prévert", "Anatole France", "Condorcet", "Simone Veil",
           "Pablo Picasso", "Albert Camus", "Saint-Exupéry", "Paul Langevin", "Lucie Aubrac",
           "Jean de La Fontaine", "Françoise Dolto", "Aimé Césaire", "Romain Rolland", "Joliot-Curie",
           "George Sand", "Colette", "Marcel Pagnol", "Jean Zay", "Frédéric Mistral", "Henri Wallon",
           "Olympe de Gouges", "Germaine Tillion", "Paul Éluard", "Robert Desnos", "Charles Péguy",
           "Émile Zola", "Jules Verne", "Louis Aragon", "Maurice Genevoix", "Camille Claudel", "Voltaire"]
PLACES: dict[str, list[str]] = {
    "ecole": ([f"école élémentaire {p}" for p in PERSONS[0:12]] + [f"école maternelle {p}" for p in PERSONS[12:24]]
              + [f"groupe scolaire {p}" for p in PERSONS[24:34]] + [f"école primaire {p}" for p in PERSONS[34:]]
              + ["école maternelle Les Tilleuls", "groupe scolaire des Marronniers", "école du Bourg",
                 "école élémentaire du Centre", "groupe scolaire Les Coquelicots"]),
    "rue": ["rue Victor Hugo", "avenue de la République", "rue du Général de Gaulle", "boulevard Gambetta",
            "rue de la Gare", "rue des Écoles", "chemin des Vignes", "rue du Moulin", "avenue Jean Jaurès",
            "rue Pasteur", "rue de la Libération", "rue des Lilas", "allée des Tilleuls", "rue du Stade",
            "route de Saint-Paul", "impasse des Mésanges", "rue du 8 Mai 1945", "rue Saint-Martin",
            "rue de la Fontaine", "chemin de la Croix Blanche", "rue des Acacias", "avenue Foch",
            "boulevard de l'Europe", "rue Émile Zola", "chemin du Halage", "rue des Peupliers",
            "avenue des Platanes", "rue Jean Moulin", "route des Crêtes", "rue de l'Église"],
    "place": ["place de la Mairie", "place du Marché", "place Jean Jaurès", "parvis de l'église",
              "esplanade des Droits de l'Homme", "place de la Liberté", "place du 11 Novembre",
              "place des Halles", "place de la République", "place du Champ de Foire", "place Carnot",
              "place de l'Europe", "esplanade du Lac", "place Saint-Jacques"],
    "parc": ["parc des Sources", "parc du Château", "parc de la Roseraie", "jardin des Plantes",
             "parc municipal", "jardin de la Cure", "square Jean Moulin", "parc des Coteaux",
             "square du Souvenir", "parc de l'Étang", "parc Saint-Vincent", "parc des Berges",
             "parc du Moulin Neuf", "jardin du Presbytère", "square des Anciens Combattants", "parc de la Tour",
             "parc Buffon", "jardin de l'Hôtel de Ville", "parc de la Garenne", "square Pasteur",
             "parc des Aulnes", "jardin des Remparts", "parc de Bellevue", "square Gambetta"],
    "quartier": ["quartier des Bruyères", "quartier Bel-Air", "quartier du Val Fleuri", "quartier des Trois Fontaines",
                 "quartier de la Madeleine", "quartier des Coteaux", "centre-bourg", "quartier du Mail",
                 "quartier de la Plaine", "quartier Beaulieu", "quartier des Aubiers", "quartier de la Gare",
                 "quartier Saint-Jacques", "cité des Castors", "quartier de la Roseraie", "quartier des Pins",
                 "lotissement Les Chaumes", "quartier Bellevue", "quartier Nord", "secteur Sud",
                 "quartier des Hauts de Seille", "quartier du Lac", "centre-ville", "quartier Croix-Blanche"],
    "hameau": ["hameau des Granges", "lieu-dit la Bergerie", "hameau du Petit Bois", "hameau des Essarts",
               "hameau de la Villeneuve", "lieu-dit les Vernes", "hameau de Montplaisir", "hameau des Combes",
               "lieu-dit la Croix du Sud", "hameau du Puy"],
    "plage": ["plage des Sablettes", "plage du Prieuré", "plage de la Conche", "plage des Dames", "grande plage",
              "plage du Centre", "plage des Mouettes", "plage de la Pointe", "anse du Moulin",
              "plage des Oyats", "plage du Phare", "plage de Kerhuel", "plage des Galets",
              "plage de la Corniche", "plage du Lido", "crique des Pêcheurs", "plage Saint-Michel",
              "plage des Flots Bleus", "plage de la Baie", "plage des Pins", "plage du Port",
              "plage de Porz Kerlann", "plage des Salins", "anse de la Fontaine"],
    "littoral": ["pointe du Grouin Rouge", "corniche des Issambres", "côte des Basques Blanches",
                 "pointe de Kermorvan", "baie des Sables", "cap de la Garde", "front de mer",
                 "dunes du Marais Blanc", "côte sauvage", "pointe Saint-Gildas", "anse des Roches"],
    "port": ["port de plaisance", "port du Vieux Bassin", "port de la Pointe", "port Saint-Pierre",
             "bassin à flot", "port de Kervel", "port des Salins", "port du Crouais", "port de la Capte",
             "port de l'Anse"],
    "lac": ["lac de la Forêt", "plan d'eau des Étangs", "lac du Causse", "étang de la Ramée",
            "plan d'eau de la Base de loisirs", "lac des Settons Bas", "étang communal", "lac de Montval"],
    "riviere": ["la Brenne", "l'Orge", "le Loing", "la Sèvre", "l'Yvette", "le ruisseau des Prés", "la Mauldre",
                "le Gravon", "la Vézère", "l'Ouvèze", "le Lez", "la Touques", "la Nive", "le Merdanson",
                "la Vallière", "l'Oise"],
    "foret": ["forêt communale", "bois de la Garenne", "forêt du Grand Bois", "bois des Chênes",
              "bois communal de Vaux", "forêt de la Montagne", "bois du Chapitre", "forêt des Hautes Côtes"],
    "cimetiere": ["cimetière communal", "cimetière des Rochers", "cimetière de l'Est", "ancien cimetière",
                  "cimetière paysager", "cimetière du Bourg", "cimetière Saint-Roch"],
    "batiment": ["salle polyvalente", "gymnase Léo Lagrange", "médiathèque", "hôtel de ville",
                 "école élémentaire Jules Ferry", "centre social", "salle des fêtes", "restaurant scolaire",
                 "crèche municipale", "maison des associations"],
    "za": ["ZA des Pins", "ZI Nord", "ZAE du Moulin", "zone artisanale des Landes", "ZA de la Gare",
           "parc d'activités des Portes"],
    "ville": ["Lindau", "Ettlingen", "Cortona", "Tarazona", "Ludlow", "Zamość", "Tomar", "Sibiu", "Rimouski",
              "Wetzlar", "Sulmona", "Alcañiz", "Neustadt", "Bergheim", "Whitstable", "Tchernihiv"],
    "villesud": ["Koudougou", "Ségou", "Podor", "Dogondoutchi", "Essaouira", "Mopti", "Ouahigouya",
                 "Kédougou", "Tahoua", "Ziguinchor", "Dédougou", "Kaya"],
    "pays": ["Burkina Faso", "Mali", "Sénégal", "Niger", "Maroc", "Bénin", "Madagascar", "Ukraine", "Haïti",
             "Liban", "Arménie", "Togo"],
    "banque": ["Caisse des Dépôts", "Crédit Agricole", "Caisse d'Épargne", "Crédit Mutuel", "La Banque Postale",
               "Société Générale", "SFIL", "Arkéa", "Agence France Locale", "Crédit Coopératif",
               "Banque Populaire", "CDC"],
    "syndechets": ["SMICTOM des Coteaux", "SICTOM de la Vallée", "SIRTOM des Deux Rivières", "SMITOM Centre-Est",
                   "SYTRADEM Nord", "SIETOM du Val de Brenne", "SMIRTOM du Pays Vert", "syndicat Valor'Aube Sud"],
    "synd": ["SIVOM de la vallée", "SIVU des Trois Rivières", "syndicat mixte du Pays de Montval",
             "SIVOM du canton", "syndicat intercommunal des Coteaux", "SIVU du Haut Val",
             "syndicat mixte de la Plaine"],
    "syndriviere": ["syndicat de rivière de la Brenne", "SMBV de l'Orge", "syndicat du bassin du Loing",
                    "SMAGE de la Sèvre", "syndicat mixte de la Vézère", "SIAH de la Mauldre"],
    "epci": ["communauté de communes des Coteaux", "communauté d'agglomération de Montval",
             "communauté de communes du Val de Brenne", "métropole de Montval", "communauté urbaine du Grand Sud",
             "communauté d'agglomération des Deux Rives"],
    "annee": [str(y) for y in range(2017, 2026)],
}
FEM_NOUNS = {"école", "rue", "avenue", "allée", "impasse", "route", "place", "esplanade", "cité", "plage",
             "anse", "crique", "forêt", "pointe", "corniche", "baie", "côte", "falaises", "dunes", "salle",
             "médiathèque", "crèche", "maison", "zone", "grande", "ZA", "ZI", "ZAE", "communauté", "métropole",
             "ancienne"}
H_ASPIRE = {"hameau", "halles", "haut", "hauts"}
PLUR_NOUNS = {"falaises", "dunes"}

# --------------------------------------------------------------------------------------
# hand-written base lines
#   header  "@ svc=<pool> fon=<f1,f2> [grp=<name>]"
#   line    "labels | kind:codes[@fonction][#] | text | terse"
#   kind I = investment, F = operating; '#' marks a line too generic to get a misleading service
# --------------------------------------------------------------------------------------
BASE = r"""
@ svc=dech fon=721
12:100 | I:vehicule | Acquisition d'une benne à ordures ménagères | benne om
12:100 | I:vehicule | Acquisition d'un camion de collecte des déchets | camion de collecte
12:100 | I:mat_tech | Acquisition de bacs roulants pour la collecte sélective | bacs roulants
12:100 | I:mat_tech | Fourniture et pose de colonnes à verre {de:quartier} | colonnes à verre
12:80;11:20 | I:inst_voirie | Installation de points d'apport volontaire enterrés {quartier} | pav enterrés
12:80;11:20 | I:inst_voirie | Mise en place de conteneurs semi-enterrés {rue} | conteneurs semi-enterrés
12:100 | I:mat_tech | Acquisition de bornes de collecte des textiles | bornes textiles
12:100 | I:mat_tech | Acquisition de composteurs individuels | composteurs
12:100 | I:mat_tech | Installation de composteurs collectifs {quartier} | composteurs collectifs
12:85;15:15 | I:mat_tech | Aire de compostage partagé au {parc} | compostage partagé
12:80;11:20 | I:bat | Construction d'une déchetterie {za} | déchetterie
12:80;11:20 | I:bat | Extension et mise aux normes de la déchetterie {za} | extension déchetterie
12:100 | I:bat | Réhabilitation du quai de transfert des déchets | quai de transfert
12:100 | I:etude | Étude d'optimisation des tournées de collecte des déchets | optimisation collecte
12:100 | I:etude | Étude préalable à la mise en place de la tarification incitative | tarification incitative
12:100 | I:mat_tech | Puçage des bacs pour la redevance incitative | puces bacs
12:100 | I:mat_tech | Acquisition de bacs à biodéchets | bacs biodéchets
12:80;11:20 | I:bat | Construction d'une ressourcerie | ressourcerie
12:100 | I:subv_eq_priv | Subvention d'équipement à la recyclerie associative | aide recyclerie
12:60;11:40 | I:vehicule@722 | Acquisition d'une balayeuse aspiratrice | balayeuse
12:60;11:40 | I:inst_voirie@722 | Remplacement des corbeilles de propreté {de:quartier} | corbeilles de rue
12:70;11:30 | I:inst_voirie@722 | Installation de corbeilles de tri sélectif en centre-ville | corbeilles de tri
12:100 | I:mat_tech | Broyeur de végétaux mis à disposition des habitants | broyeur habitants
12:80;11:20 | I:autre_constr | Création d'abris pour conteneurs {quartier} | abris conteneurs
12:80;8:20 | I:mat_tech | Compacteur à cartons pour les commerçants du marché | compacteur cartons
12:100 | I:mat_tech | Presse à balles pour la déchetterie | presse à balles
12:100 | I:autre_constr | Plateforme de broyage et de compostage des déchets verts | plateforme déchets verts
12:100 | I:mat_tech | Acquisition de caissons et bennes de déchetterie | caissons déchetterie
12:100 | I:logiciel | Logiciel de gestion de la collecte des déchets | logiciel collecte
12:100 | I:mat_tech@024 | Acquisition de gobelets réutilisables pour les manifestations | gobelets réutilisables
12:100 | I:bat | Matériauthèque pour le réemploi des matériaux du bâtiment | matériauthèque
12:100 | I:etude | Diagnostic PEMD avant démolition {de:batiment} | diagnostic pemd
12:100 | I:mat_tech | Bennes de tri des déchets des ateliers municipaux | bennes tri ctm
12:80;11:20 | I:inst_voirie | Aménagement d'une aire de présentation des bacs {hameau} | aire présentation bacs
12:100 | I:etude | Étude de faisabilité d'un centre de tri | étude centre de tri
12:80;11:20 | I:bat | Réhabilitation de l'ancienne déchetterie en plateforme de réemploi | plateforme réemploi
12:100 | I:mat_tech | Bornes de collecte des piles et petits appareils électriques | bornes piles
12:100 | F:prest | Marché de collecte des ordures ménagères | collecte om
12:100 | F:prest | Prestation de collecte sélective des emballages | collecte sélective
12:100 | F:prest | Collecte et traitement des encombrants | encombrants
12:100 | F:prest | Traitement des déchets verts | déchets verts
12:70;11:30 | F:prest@722 | Enlèvement des dépôts sauvages {quartier} | dépôts sauvages
12:100 | F:prest | Évacuation des déchets des services techniques | évacuation déchets st
12:100 | F:prest | Collecte des biodéchets des restaurants scolaires | biodéchets cantines
12:100 | F:prest | Rotation des bennes de la déchetterie | rotation bennes
12:100 | F:gardiennage | Gardiennage de la déchetterie | gardien déchetterie
12:100 | F:prest | Collecte des déchets d'équipements électriques et électroniques (DEEE) | deee
12:100 | F:prest | Élimination des déchets dangereux des ateliers municipaux | déchets dangereux
12:100 | F:prest | Collecte des papiers et cartons des bâtiments administratifs | collecte papiers
12:100 | F:prest | Destruction confidentielle et recyclage des archives papier | destruction archives
12:60;17:40 | F:contrib_synd | Participation au {syndechets} | participation syndicat om
12:60;17:40 | F:contrib_synd | Contribution au syndicat de traitement des ordures ménagères | contribution traitement om
12:100 | F:fourn | Fourniture de sacs jaunes pour le tri sélectif | sacs jaunes
12:60;11:40 | F:fourn@722 | Sacs pour déjections canines - recharge des distributeurs | sacs canins
12:100 | F:subv_asso | Subvention à l'association ressourcerie | subv ressourcerie
12:100 | F:subv_asso | Subvention au repair café | repair café
12:70;1:30 | F:subv_asso | Subvention à l'atelier solidaire de réemploi des meubles | subv réemploi meubles
12:100 | F:prest | Animations zéro déchet auprès des habitants | zéro déchet
12:100 | F:prest | Défi familles zéro déchet | défi zéro déchet
12:70;4:30 | F:prest | Ateliers de sensibilisation au tri dans les écoles | sensibilisation tri écoles
12:100 | F:impr | Impression du guide du tri | guide du tri
12:100 | F:prest | Lavage et désinfection des bacs et colonnes | lavage bacs
12:100 | F:entr_vehic | Entretien et réparation des bennes à ordures ménagères | entretien bom
12:100 | F:loc_mob@024 | Location de bennes pour les manifestations | location bennes
12:100 | F:loc_mob@024 | Location de gobelets réutilisables (écocups) | écocups
12:70;2:30 | F:prest@281 | Lutte contre le gaspillage alimentaire en restauration scolaire | gaspillage alimentaire
12:100 | F:prest | Collecte des huiles alimentaires usagées | huiles usagées
12:100 | F:prest | Collecte et broyage des sapins de Noël | sapins de noël
12:60;11:40 | F:prest@722 | Nettoyage des marchés forains après la vente | nettoyage marché
12:70;11:30 | F:prest@722 | Brigade de propreté : ramassage des papiers et déchets | brigade propreté
12:100 | F:prest@024 | Tri et évacuation des déchets des manifestations | déchets manifestations
12:100 | F:cotis | Adhésion au réseau des acteurs du compostage | adhésion réseau compost
12:100 | F:prest | Broyage des végétaux à domicile | broyage à domicile
12:60;11:40 | F:prest@722 | Vidage des corbeilles de rue | vidage corbeilles
12:100 | F:prest | Redevance spéciale déchets des bâtiments communaux | redevance spéciale
12:100 | F:prest | Caractérisation des ordures ménagères résiduelles | caractérisation om
12:100 | F:perso_nontit | Ambassadeurs du tri : rémunération des agents | ambassadeurs du tri
12:100 | F:entr_bat | Entretien de la déchetterie | entretien déchetterie
12:100 | F:prest | Évacuation des gravats et déchets inertes | gravats
12:60;16:40 | F:prest | Enlèvement des épaves de véhicules | épaves
12:60;3:40 | F:prest | Désamiantage et élimination des déchets amiantés | déchets amiante
12:60;4:40 | F:fourn@422 | Expérimentation des couches lavables en crèche | couches lavables
12:100 | F:prest@722 | Ramassage des mégots et cendriers de rue | mégots
12:70;8:30 | F:prest | Accompagnement des entreprises à l'économie circulaire | économie circulaire
12:100 | F:etudes_f | Programme local de prévention des déchets ménagers et assimilés (PLPDMA) | plpdma
12:100 | F:prest | Collecte des déchets verts en porte à porte | déchets verts pap
12:100 | F:prest | Collecte des cartons des commerçants du centre-ville | cartons commerçants
@ svc=achat fon=020 nomis=1
12:80;16:20 | F:etudes_f | Élaboration du schéma de promotion des achats responsables (SPASER) | spaser
12:80;16:20 | F:formation | Formation des acheteurs aux achats durables | formation achats durables
12:100 | F:fourn_adm# | Achat de papier recyclé pour les services | papier recyclé
12:100 | F:fourn# | Produits d'entretien écolabellisés | produits écolabellisés
12:60;16:40 | I:info# | Acquisition de postes informatiques reconditionnés | pc reconditionnés
12:100 | I:mobilier# | Acquisition de mobilier de réemploi pour les services | mobilier réemploi
12:80;16:20 | F:prest | Assistance à maîtrise d'ouvrage clauses environnementales des marchés | amo achats durables
12:100 | F:cotis | Adhésion au réseau régional de la commande publique durable | réseau achats durables
12:70;4:30 | I:mat_tech@281 | Remplacement des contenants plastiques par de l'inox en restauration scolaire | contenants inox
12:100 | F:prest | Vente aux enchères en ligne du matériel réformé | vente matériel réformé

@ svc=climat fon=71
13:100 | I:etude | Élaboration du plan climat-air-énergie territorial (PCAET) | pcaet
13:100 | I:etude | Étude de vulnérabilité du territoire au changement climatique | vulnérabilité climat
13:100 | I:etude | Cartographie des îlots de chaleur urbains | îlots de chaleur
13:100 | I:etude | Bilan carbone du patrimoine et des services | bilan carbone
13:100 | I:etude | Schéma directeur de la transition écologique | transition écologique
13:100 | I:etude | Étude de trajectoire bas carbone | trajectoire bas carbone
13:100 | F:etudes_f | Animation et suivi du plan climat | animation plan climat
13:100 | F:cotis | Adhésion au réseau des villes engagées pour le climat | réseau climat
13:100 | F:prest | Fresques du climat pour les agents | fresque du climat
13:100 | F:prest | Sensibilisation des habitants au changement climatique | sensibilisation climat
13:60;4:40 | F:prest | Ateliers climat dans les écoles | ateliers climat écoles
13:80;16:20 | F:etudes_f | Budget vert : cotation climat du budget | budget vert
13:100 | F:prest | Compensation carbone des déplacements professionnels | compensation carbone
13:100 | F:cotis | Adhésion à la Convention des maires pour le climat et l'énergie | convention des maires
13:100 | F:perso_nontit | Chargé de mission transition écologique (contrat de projet) | chargé mission climat
13:70;7:30 | F:prest | Accompagnement au label Territoire engagé Climat Air Énergie | label climat air énergie
13:100 | F:subv_asso | Subvention à l'association locale pour le climat | subv asso climat
13:100 | I:etude | Plan d'adaptation au changement climatique | plan adaptation
13:80;6:20 | I:etude | Étude sur la gestion de la ressource en eau face aux sécheresses | étude sécheresse
@ svc=risques fon=18
13:100 | I:etude | Diagnostic de vulnérabilité aux inondations des bâtiments communaux | vulnérabilité inondation
13:60;6:40 | I:etude@74 | Étude hydraulique du bassin versant {de:riviere} | étude hydraulique
13:70;6:30 | I:reseau@74 | Construction d'un bassin écrêteur de crues sur {riviere} | bassin écrêteur
13:100 | I:autre_constr@74 | Confortement de la digue {de:riviere} | digue
13:100 | I:autre_constr | Mise en place de batardeaux anti-inondation | batardeaux
13:60;16:40 | I:mat_tech | Acquisition de sirènes d'alerte à la population | sirènes d'alerte
13:60;16:40 | I:logiciel | Automate d'appel pour l'alerte des habitants | automate d'appel
13:100 | I:mat_tech | Pose de repères de crues {de:riviere} | repères de crues
13:100 | I:mat_tech@74 | Sondes de mesure des niveaux d'eau {de:riviere} | sondes crue
13:100 | I:autre_constr | Protection contre les chutes de blocs {hameau} | chutes de blocs
13:60;11:40 | I:autre_constr | Réparation des dégâts d'orage de {annee} | dégâts orage
13:60;15:40 | I:autre_constr@74 | Protection des berges {de:riviere} par génie végétal | berges génie végétal
13:60;16:40 | I:mat_tech | Équipement du poste de commandement communal de crise | pc de crise
13:60;15:40 | I:voirie | Création de pistes de défense contre les incendies de forêt (DFCI) | pistes dfci
13:70;15:30 | I:mat_tech | Citernes DFCI pour la lutte contre les feux de forêt | citernes dfci
13:100 | I:subv_eq_priv | Aide aux particuliers pour la réduction de vulnérabilité aux inondations | aide vulnérabilité
13:100 | I:terrain | Acquisition de biens exposés au risque inondation (fonds Barnier) | fonds barnier
13:100 | I:autre_constr | Démolition des maisons rachetées en zone rouge du PPRI | démolition zone rouge
13:100 | I:autre_constr | Comblement des cavités souterraines {hameau} | cavités
13:100 | I:etude | Étude du risque de retrait-gonflement des argiles | argiles
13:100 | I:etude | Études préalables au plan de prévention du risque inondation (PPRI) | pprI
13:60;16:40 | I:mat_tech | Groupes électrogènes pour la gestion de crise | groupes électrogènes
13:60;14:40 | I:etude@56 | Plan de prévention des risques littoraux (PPRL) | pprl
13:60;14:40 | I:autre_constr@56 | Travaux de protection contre la submersion marine {littoral} | submersion marine
13:60;14:40 | I:mat_tech@56 | Système d'alerte submersion marine | alerte submersion
13:80;16:20 | F:impr | Impression du DICRIM (document d'information communal sur les risques majeurs) | dicrim
13:60;16:40 | F:prest | Mise à jour du plan communal de sauvegarde (PCS) | pcs
13:60;16:40 | F:prest | Exercice de simulation de crise inondation | exercice crise
13:100 | F:prest | Abonnement au service d'alerte météorologique et de prévision des crues | alerte météo
13:60;3:40 | F:prest@423 | Plan canicule : veille et appels aux personnes isolées | plan canicule
13:60;17:40 | F:contrib_synd@74 | Contribution GEMAPI au {syndriviere} | gemapi
13:100 | F:entr_terrain@74 | Entretien des digues et ouvrages de protection contre les crues | entretien digues
13:70;15:30 | F:entr_terrain | Débroussaillement obligatoire des terrains communaux (OLD) | débroussaillement old
13:60;16:40 | F:prest | Patrouilles estivales du comité communal feux de forêt | ccff
13:60;16:40 | F:subv_asso | Subvention à la réserve communale de sécurité civile | réserve sécurité civile
13:60;6:40 | F:prest@74 | Curage des fossés pour prévenir les inondations {hameau} | curage fossés
13:70;6:30 | F:prest@74 | Enlèvement des embâcles après la crue {de:riviere} | embâcles
13:100 | F:assur | Assurance des risques naturels des bâtiments exposés | assurance risques naturels
13:60;16:40 | F:fourn | Kits d'urgence et matériel d'hébergement de crise | kits urgence
@ svc=cour fon=212
13:50;4:30;15:20 | I:bat_scol | Transformation de la cour {de:ecole} en cour oasis | cour oasis
13:50;4:30;15:20 | I:amgt_terrain | Désimperméabilisation et végétalisation de la cour {de:ecole} | déminéralisation cour
13:50;4:30;15:20 | I:amgt_terrain | Renaturation de la cour de récréation {de:ecole} | renaturation cour
13:50;4:30;15:20 | I:plant | Plantation d'arbres d'ombrage dans la cour {de:ecole} | arbres cour école
13:60;4:40 | I:mat_tech | Pose de voiles d'ombrage dans les cours d'écoles | voiles ombrage
13:60;4:40 | I:bat_scol | Installation de brise-soleil {de:ecole} | brise-soleil
13:60;4:40 | I:bat_scol@211 | Rafraîchissement des dortoirs de l'école maternelle (canicule) | dortoirs canicule
13:60;4:40 | I:mat_tech | Ventilateurs plafonniers dans les classes contre les fortes chaleurs | ventilateurs classes
@ svc=climat fon=511
13:60;11:20;15:20 | I:amgt_terrain | Création d'un îlot de fraîcheur {place} | îlot de fraîcheur
13:60;6:20;11:20 | I:inst_voirie@843 | Désimperméabilisation du parking {de:batiment} | parking perméable
13:50;15:30;11:20 | I:amgt_terrain | Désimperméabilisation et renaturation {de:place} | renaturation place
13:70;11:30 | I:inst_voirie | Installation de brumisateurs {place} | brumisateurs
13:70;11:30 | I:inst_voirie | Ombrières végétalisées {place} | ombrières
13:60;3:40 | I:bat@423 | Aménagement d'une salle rafraîchie pour les personnes âgées | salle rafraîchie
13:70;7:30 | I:bat | Peinture réfléchissante sur la toiture {de:batiment} (cool roof) | cool roof
13:60;15:40 | I:plant | Plan canopée : plantation d'arbres contre les îlots de chaleur | plan canopée
13:60;11:40 | I:inst_voirie@843 | Désimperméabilisation des trottoirs {rue} | trottoirs perméables
13:60;6:40 | I:inst_voirie | Installation de fontaines à boire (îlots de fraîcheur) | fontaines fraîcheur
13:60;15:40 | I:bat | Végétalisation de la toiture {de:batiment} | toiture végétalisée
13:70;11:30 | F:fourn@024 | Brumisateurs mobiles pour les manifestations estivales | brumisateurs mobiles
13:50;15:50 | I:amgt_terrain | Fonds vert : renaturation des espaces publics | fonds vert renaturation

@ svc=littoral fon=56
14:70;13:30 | I:amgt_terrain | Rechargement en sable {de:plage} | rechargement sable
14:60;15:40 | I:amgt_terrain | Pose de ganivelles sur le cordon dunaire {de:plage} | ganivelles
14:60;15:40 | I:amgt_terrain | Restauration des dunes {de:plage} | restauration dunes
14:60;13:40 | I:autre_constr | Confortement de l'enrochement {de:plage} | enrochement
14:60;13:40 | I:autre_constr | Protection du trait de côte {littoral} | trait de côte
14:60;13:40 | I:etude | Stratégie locale de gestion intégrée du trait de côte | stratégie trait de côte
14:60;13:40 | I:etude | Étude de recul du trait de côte et relocalisation des enjeux | recul trait de côte
14:70;12:30 | I:vehicule | Acquisition d'une cribleuse de plage | cribleuse
14:70;12:30 | I:vehicule | Tracteur de nettoyage des plages | tracteur plage
14:70;11:30 | I:inst_voirie | Aménagement des accès {de:plage} | accès plage
14:80;11:20 | I:mat_tech | Installation de douches {de:plage} | douches plage
14:70;16:30 | I:bat | Construction du poste de secours {de:plage} | poste de secours
14:70;16:30 | I:mat_tech | Matériel de sauvetage des postes de secours | matériel sauvetage
14:100 | I:mat_tech | Mouillages écologiques pour préserver les herbiers de posidonie | mouillages écologiques
14:70;16:30 | I:mat_tech | Balisage de la bande des 300 mètres | balisage 300 m
14:80;6:20 | I:autre_constr | Aire de carénage avec traitement des effluents {port} | aire de carénage
14:70;6:30 | I:mat_tech | Station de pompage des eaux noires et grises {port} | pompage eaux noires
14:60;12:40 | I:mat_tech | Point propre portuaire pour les déchets des plaisanciers | point propre port
14:60;8:40 | I:autre_constr | Dragage {de:port} et gestion des sédiments | dragage port
14:100 | I:mat_tech | Immersion de récifs artificiels | récifs artificiels
14:60;11:40 | I:amgt_terrain | Aménagement du sentier du littoral {littoral} | sentier du littoral
14:60;11:40 | I:autre_constr | Reconstruction de l'escalier d'accès {de:plage} | escalier plage
14:60;13:40 | I:autre_constr | Confortement des falaises {littoral} | confortement falaises
14:60;13:40 | I:autre_constr | Réfection du perré du front de mer | perré
14:60;15:40 | I:terrain | Acquisition de parcelles en espace naturel littoral | parcelles littorales
14:70;11:30 | I:mat_tech | Mobilier de plage : corbeilles, bancs et râteliers | mobilier plage
14:70;6:30 | I:mat_tech | Bouée de mesure de la qualité des eaux de mer | bouée qualité
14:60;12:40 | I:mat_tech | Bornes de collecte des déchets de pêche | déchets de pêche
14:60;12:40 | I:mat_tech | Bacs à marée pour la collecte citoyenne des déchets de plage | bacs à marée
14:60;6:40 | I:reseau | Dérivation de l'exutoire pluvial {de:plage} | exutoire pluvial plage
14:70;13:30 | I:etude | Étude sédimentaire et courantologique de la baie | étude sédimentaire
14:60;15:40 | I:amgt_terrain | Restauration écologique des prés salés | prés salés
14:60;13:40 | I:autre_constr | Réfection des épis {de:plage} | épis
14:60;15:40 | I:amgt_terrain | Jardin dunaire pédagogique | jardin dunaire
14:100 | I:mat_tech | Sentier sous-marin balisé | sentier sous-marin
14:60;13:40 | I:autre_constr | Brise-lames {de:plage} | brise-lames
14:100 | I:mat_tech | Matériel de lutte contre les pollutions marines (POLMAR) | polmar
14:70;11:30 | I:amgt_terrain@76 | Aménagement de la plage {de:lac} | aménagement plage
14:70;12:30 | F:prest | Nettoyage des plages | nettoyage plages
14:70;12:30 | F:prest | Ramassage raisonné des macro-déchets {de:plage} | macro-déchets
14:80;12:20 | F:prest | Ramassage et évacuation des échouages d'algues | algues vertes
14:80;12:20 | F:prest | Collecte des sargasses sur le littoral | sargasses
14:70;16:30 | F:perso_nontit | Rémunération des sauveteurs saisonniers (surveillance des baignades) | sauveteurs
14:70;16:30 | F:prest | Convention de surveillance des plages avec la SNSM | snsm
14:60;6:40 | F:prest | Analyses de la qualité des eaux de baignade | analyses baignade
14:60;6:40 | F:etudes_f | Profils de vulnérabilité des eaux de baignade | profils baignade
14:70;17:30 | F:cotis | Cotisation au parc naturel marin | parc naturel marin
14:70;15:30 | F:prest | Convention de gestion des sites du Conservatoire du littoral | conservatoire littoral
14:100 | F:prest | Suivi scientifique des herbiers de posidonie | suivi posidonie
14:100 | F:subv_asso | Subvention à l'association de protection du milieu marin | subv milieu marin
14:60;4:40 | F:prest | Aire marine éducative avec les classes de CM2 | aire marine éducative
14:60;13:40 | F:prest | Levés topographiques de l'observatoire du trait de côte | levés trait de côte
14:60;15:40 | F:entr_terrain | Entretien des dunes et des ganivelles | entretien dunes
14:70;11:30 | F:entr_bat | Entretien des sanitaires de plage | sanitaires plage
14:70;16:30 | F:fourn | Fournitures pour les postes de secours | fournitures postes secours
14:70;16:30 | F:prest | Balisage saisonnier des zones de baignade | balisage baignade
14:60;12:40 | F:prest | Gestion des déchets portuaires {port} | déchets portuaires
14:60;12:40 | F:prest | Déconstruction des bateaux de plaisance hors d'usage | bateaux hors d'usage
14:100 | F:prest | Dossier de candidature au Pavillon Bleu | pavillon bleu
14:70;8:30 | F:prest | Suivi des gisements de pêche à pied | pêche à pied
14:70;12:30 | F:prest | Bateau dépollueur pour les déchets flottants {port} | bateau dépollueur
14:60;6:40 | F:prest@76 | Surveillance sanitaire des eaux {de:lac} | eaux lac
14:100 | F:prest | Réseau de suivi des échouages de mammifères marins | mammifères marins
14:70;15:30 | F:perso_nontit | Gardes du littoral saisonniers | gardes littoral
14:60;8:40 | F:prest | Assistance pour le renouvellement de la concession de plage | concession plage
14:80;16:20 | F:prest | Exercice du plan infra-POLMAR | exercice polmar
14:70;6:30 | F:impr | Panneaux d'information sur la qualité des eaux de baignade | info baignade
14:60;15:40 | F:prest | Mise en défens des hauts de plage | mise en défens
14:100 | F:prest | Restauration des herbiers de zostères | zostères
14:60;12:40 | F:prest | Nettoyage du plan d'eau {de:port} | nettoyage plan d'eau
14:60;4:40 | F:prest | Classes de découverte du milieu marin | découverte milieu marin
14:100 | F:prest | Plan de gestion des plages contre l'érosion | gestion érosion plages
14:70;16:30 | F:loc_mob | Location de bungalows pour les postes de secours | bungalows secours
14:60;12:40 | F:prest@76 | Ramassage des déchets sur les berges {de:lac} | déchets berges lac
14:100 | F:prest | Comptage des oiseaux marins et suivi des colonies | oiseaux marins
14:70;17:30 | F:contrib_synd | Participation au syndicat mixte de protection du littoral | syndicat littoral

@ svc=ev fon=511
15:70;11:30 | I:amgt_terrain | Aménagement du {parc} | aménagement parc
15:70;11:30 | I:amgt_terrain | Réfection des allées du {parc} | allées parc
15:70;11:30 | I:amgt_terrain | Création d'un jardin public {quartier} | jardin public
15:80;11:20 | I:plant | Plantation d'arbres d'alignement {rue} | arbres d'alignement
15:100 | I:plant | Programme annuel de plantations | plantations
15:60;11:20;13:20 | I:plant | Végétalisation des rues du centre-ville | végétalisation rues
15:100 | I:plant | Renouvellement des arbres du {parc} | renouvellement arbres
15:70;13:30 | I:plant | Création d'une micro-forêt urbaine {quartier} | micro-forêt
15:100 | I:plant@76 | Plantation de haies bocagères | haies bocagères
15:100 | I:plant@76 | Création d'un verger conservatoire | verger conservatoire
15:100 | I:mat_tech | Acquisition d'une tondeuse autoportée | tondeuse
15:100 | I:mat_tech | Matériel d'entretien des espaces verts : débroussailleuses et taille-haies | débroussailleuses
15:100 | I:vehicule | Acquisition d'un véhicule pour le service des espaces verts | véhicule ev
15:80;6:20 | I:reseau | Installation d'un arrosage automatique au {parc} | arrosage automatique
15:100 | I:autre_constr | Construction de serres municipales | serres
15:100 | I:autre_constr | Rénovation des serres municipales | rénovation serres
15:80;11:20 | I:amgt_terrain | Remplacement de la clôture du {parc} | clôture parc
15:70;11:30 | I:autre_constr | Réhabilitation du bassin du {parc} | bassin parc
15:100 | I:mat_tech@76 | Nichoirs et gîtes à chauves-souris | nichoirs
15:100 | I:mat_tech@76 | Hôtels à insectes | hôtels à insectes
15:100 | I:etude@76 | Atlas de la biodiversité communale (ABC) | atlas biodiversité
15:100 | I:etude@76 | Diagnostic écologique du {parc} | diagnostic écologique
15:70;6:30 | I:amgt_terrain@76 | Restauration de la zone humide {de:hameau} | zone humide
15:70;4:30 | I:amgt_terrain@76 | Création d'une mare pédagogique | mare pédagogique
15:100 | I:foret@76 | Acquisition de parcelles boisées | parcelles boisées
15:100 | I:foret@76 | Travaux sylvicoles - {foret} | travaux sylvicoles
15:70;11:30 | I:voirie@76 | Réfection des chemins forestiers {de:foret} | chemins forestiers
15:60;11:40 | I:mat_tech | Mobilier du {parc} : bancs et corbeilles | bancs parc
15:80;11:20 | I:autre_constr@76 | Aménagement d'un parc animalier | parc animalier
15:60;4:40 | I:bat@76 | Rénovation de la ferme pédagogique | ferme pédagogique
15:80;11:20 | I:autre_constr@76 | Zoo municipal : construction de nouveaux enclos | enclos zoo
15:80;4:20 | I:autre_constr | Jardin botanique : serre tropicale | serre tropicale
15:100 | I:plant | Création d'un arboretum | arboretum
15:100 | I:plant@76 | Semis de prairies fleuries | prairies fleuries
15:100 | I:amgt_terrain@76 | Aménagement d'un corridor écologique (trame verte et bleue) | trame verte et bleue
15:60;13:40 | I:amgt_terrain | Renaturation de la friche {de:za} | renaturation friche
15:60;11:40 | I:amgt_terrain@026 | Végétalisation {de:cimetiere} | végétalisation cimetière
15:60;11:20;13:20 | I:amgt_terrain | Création d'une coulée verte {quartier} | coulée verte
15:70;12:30 | I:mat_tech | Broyeur de branches pour le service des espaces verts | broyeur branches
15:100 | I:etude | Plan de gestion différenciée des espaces verts | gestion différenciée
15:80;11:20 | I:etude | Étude paysagère du {parc} | étude paysagère
15:100 | I:mat_tech@76 | Installation de ruchers communaux | ruches
15:60;13:40 | I:bat | Végétalisation des façades {de:batiment} | façades végétalisées
15:100 | I:autre_constr@76 | Création d'un passage à faune sous la route | passage à faune
15:60;11:40 | I:amgt_terrain | Aménagement des berges {de:riviere} en promenade naturelle | promenade berges
15:70;6:30 | I:plant@76 | Restauration de la ripisylve {de:riviere} | ripisylve
15:100 | I:mat_tech@76 | Éco-pâturage : clôtures et abris pour les moutons | éco-pâturage abris
15:80;11:20 | I:mat_tech | Jardinières et bacs de fleurissement | jardinières
15:70;11:30 | I:plant | Fleurissement des entrées de ville | fleurissement entrées
15:100 | I:mat_tech | Matériel de désherbage alternatif (zéro phyto) | désherbage alternatif
15:100 | I:etude | Expertise phytosanitaire des arbres du {parc} | expertise arbres
15:100 | I:plant@76 | Jardin de plantes mellifères | plantes mellifères
15:100 | I:logiciel | Logiciel de gestion du patrimoine arboré | logiciel arbres
15:100 | F:prest | Élagage des arbres d'alignement {rue} | élagage
15:100 | F:prest | Abattage et dessouchage d'arbres dangereux | abattage arbres
15:100 | F:entr_terrain | Entretien des espaces verts {quartier} | entretien espaces verts
15:100 | F:prest | Marché de tonte des espaces verts | tonte
15:100 | F:fourn | Achat de plants, bulbes et végétaux | plants et bulbes
15:100 | F:fourn | Terreau, paillage et amendements | paillage
15:100 | F:fourn | Fournitures horticoles pour les serres municipales | fournitures serres
15:100 | F:prest@76 | Frais de garderie de l'ONF | frais de garderie onf
15:100 | F:prest@76 | Travaux d'entretien {de:foret} | entretien forêt
15:100 | F:prest@76 | Lutte contre le frelon asiatique | frelon asiatique
15:70;3:30 | F:prest | Traitement des chenilles processionnaires | chenilles processionnaires
15:100 | F:prest@76 | Arrachage de la renouée du Japon (espèces invasives) | renouée du japon
15:100 | F:prest@76 | Prestation d'éco-pâturage | éco-pâturage
15:100 | F:subv_asso@76 | Subvention à l'association de protection des oiseaux | subv lpo
15:100 | F:subv_asso@76 | Subvention au centre de soins de la faune sauvage | faune sauvage
15:100 | F:subv_asso | Subvention à la société d'horticulture | société d'horticulture
15:70;4:30 | F:prest@76 | Animations nature et éducation à l'environnement | animations nature
15:100 | F:prest@76 | Inventaires naturalistes | inventaires naturalistes
15:100 | F:entr_terrain@76 | Entretien des haies et talus | haies et talus
15:100 | F:prest@76 | Fauche tardive des prairies communales | fauche tardive
15:70;13:30 | F:prest | Arrosage des jeunes plantations en période de sécheresse | arrosage plantations
15:100 | F:prest | Entretien des arbres du {parc} | entretien arbres
15:70;17:30 | F:contrib_synd@76 | Cotisation au parc naturel régional | pnr
15:100 | F:prest@76 | Alimentation et soins vétérinaires des animaux du parc animalier | soins animaux
15:80;11:20 | F:prest | Concours des maisons et balcons fleuris | maisons fleuries
15:100 | F:loc_mob | Location de nacelle pour l'élagage | nacelle élagage
15:100 | F:entr_mob | Entretien du matériel des espaces verts | entretien matériel ev
15:100 | F:fourn | Produits de biocontrôle pour les espaces verts | biocontrôle
15:100 | F:prest | Diagnostic sanitaire des arbres | diagnostic arbres
15:100 | F:perso_nontit | Saisonniers des espaces verts | saisonniers ev
15:100 | F:prest@76 | Entretien des zones humides et des mares | entretien mares
15:100 | F:prest@76 | Plan de gestion de l'espace naturel sensible {de:hameau} | ens
15:60;11:40 | F:prest | Nettoyage des parcs et squares | nettoyage parcs
15:100 | F:cotis | Adhésion au réseau des gestionnaires d'espaces verts | réseau espaces verts
15:100 | F:prest | Entretien de la coulée verte {quartier} | entretien coulée verte
15:100 | F:prest@76 | Aménagement forestier : révision du plan de gestion {de:foret} | aménagement forestier
15:100 | F:fourn | Fournitures pour le fleurissement estival | fleurissement estival
15:100 | F:prest@76 | Capture et stérilisation des chats errants | chats errants
15:100 | F:prest | Taille des arbustes et massifs | taille arbustes

@ svc=admin fon=020
16:85;11:15 | I:bat_hdv | Réfection de la toiture de l'hôtel de ville | toiture hdv
16:85;11:15 | I:bat_hdv | Réaménagement des bureaux de la mairie | bureaux mairie
16:60;7:40 | I:bat_hdv | Rénovation énergétique de l'hôtel de ville | rénovation énergétique hdv
16:85;11:15 | I:bat | Réhabilitation de la mairie annexe {quartier} | mairie annexe
16:85;11:15 | I:bat_hdv | Réaménagement de l'accueil de la mairie | accueil mairie
16:100 | I:bat_hdv | Mise en sécurité incendie (SSI) de l'hôtel de ville | ssi hdv
16:100 | I:bat_hdv@021 | Rénovation de la salle du conseil municipal | salle du conseil
16:100 | I:mat_tech@021 | Sonorisation et retransmission de la salle du conseil | sono conseil
16:100 | I:bat | Aménagement des locaux d'archives municipales | locaux archives
16:100 | I:mobilier# | Mobilier de bureau pour les services administratifs | mobilier bureaux
16:100 | I:etude# | Schéma directeur immobilier du patrimoine communal | schéma immobilier
16:100 | I:mat_tech | Coffre-fort et armoires ignifugées pour les registres | armoires ignifugées
16:100 | F:assur# | Assurance de la flotte automobile | assurance flotte
16:100 | F:assur# | Assurance responsabilité civile de la commune | assurance rc
16:100 | F:assur# | Assurance dommages aux biens | dommages aux biens
16:100 | F:fourn_adm# | Fournitures de bureau | fournitures bureau
16:100 | F:fourn# | Papeterie et consommables d'impression | consommables impression
16:100 | F:loc_mob# | Location et maintenance des photocopieurs | photocopieurs
16:100 | F:affranch# | Frais d'affranchissement | affranchissement
16:100 | F:annonces | Annonces légales et insertions des marchés publics | annonces légales
16:100 | F:reception# | Frais de réception | réceptions
16:100 | F:fetes | Cérémonie des vœux du maire | vœux du maire
16:100 | F:cotis | Cotisation à l'association des maires | cotisation amf
16:100 | F:nettoyage# | Nettoyage des locaux administratifs | nettoyage mairie
16:100 | F:gardiennage# | Gardiennage et télésurveillance des bâtiments communaux | télésurveillance
16:100 | F:energie# | Électricité des bâtiments administratifs | électricité mairie
16:100 | F:eau# | Eau des bâtiments administratifs | eau mairie
16:100 | F:maint# | Maintenance des ascenseurs de l'hôtel de ville | ascenseurs hdv
16:100 | F:prest# | Archivage : tri et classement des archives | archivage
16:100 | F:etudes_f# | Audit organisationnel des services | audit organisationnel
16:100 | F:deplacements# | Frais de déplacement des agents | déplacements agents
@ svc=etatcivil fon=020
16:100 | I:mat_tech | Urnes et isoloirs | urnes isoloirs
16:100 | I:mat_tech | Panneaux d'affichage électoral | panneaux électoraux
16:100 | F:prest | Élections : mise sous pli de la propagande électorale | mise sous pli
16:100 | F:perso_nontit | Rémunération des agents recenseurs | agents recenseurs
16:100 | F:prest | Reliure des registres d'état civil | reliure registres
16:70;9:30 | I:info | Numérisation des registres d'état civil | numérisation état civil
16:100 | F:fourn | Fournitures pour les bureaux de vote | bureaux de vote
16:100 | F:prest | Dispositif de recueil des cartes d'identité et passeports | titres d'identité
16:100 | F:fourn | Livrets de famille et imprimés d'état civil | livrets de famille
@ svc=bat fon=020
16:100 | I:bat# | Travaux divers dans les bâtiments communaux | travaux divers bâtiments
16:100 | I:bat# | Grosses réparations du patrimoine bâti communal | grosses réparations
16:100 | I:bat# | Mise aux normes électriques des bâtiments communaux | normes électriques
16:100 | I:mat_tech# | Remplacement des alarmes intrusion des bâtiments communaux | alarmes intrusion
16:100 | I:etude# | Diagnostics amiante et plomb des bâtiments communaux | diagnostics amiante
16:100 | F:prest# | Contrôles réglementaires des installations des bâtiments communaux | contrôles réglementaires
16:100 | I:bat# | Travaux en régie | travaux régie
16:100 | I:etude# | Maîtrise d'œuvre pour les travaux sur le patrimoine communal | moe patrimoine
16:100 | F:entr_bat# | Entretien courant des bâtiments communaux | entretien bâtiments
@ svc=ctm fon=020 nomis=1
16:85;11:15 | I:bat | Extension du centre technique municipal | extension ctm
16:85;11:15 | I:bat | Construction du nouveau centre technique municipal | nouveau ctm
16:100 | I:vehicule | Renouvellement de la flotte de véhicules de service | flotte véhicules
16:60;13:40 | I:vehicule | Acquisition de véhicules électriques pour les services | véhicules électriques
16:100 | I:vehicule | Acquisition d'un camion-benne pour le centre technique | camion benne ctm
16:100 | I:mat_tech | Outillage des ateliers du centre technique municipal | outillage ateliers
16:100 | F:carbu | Carburants des véhicules municipaux | carburants
16:100 | F:entr_vehic | Entretien et réparation des véhicules de service | réparation véhicules
16:100 | F:prest | Contrôle technique des véhicules municipaux | contrôle technique
16:100 | F:fourn | Pièces détachées pour le garage municipal | pièces détachées
16:100 | F:vetements | Vêtements de travail et équipements de protection des agents techniques | epi agents
@ svc=pm fon=11
16:100 | I:mat_tech | Extension du système de vidéoprotection {quartier} | vidéoprotection
16:100 | I:mat_tech | Caméras de vidéoprotection {rue} | caméras
16:100 | I:mat_tech | Équipement du centre de supervision urbain (CSU) | csu
16:100 | I:vehicule | Acquisition d'un véhicule pour la police municipale | véhicule pm
16:100 | I:mat_tech | Armement et équipements de la police municipale | armement pm
16:100 | I:mat_tech | Caméras-piétons pour les agents de police municipale | caméras-piétons
16:100 | I:mat_tech | Radios numériques de la police municipale | radios pm
16:100 | I:mat_tech | Cinémomètre pour les contrôles de vitesse | cinémomètre
16:85;11:15 | I:bat | Réaménagement du poste de police municipale {quartier} | poste de police
16:100 | I:mat_tech | Bornes escamotables pour la sécurisation des manifestations | bornes escamotables
16:100 | I:mat_tech | Gilets pare-balles pour la police municipale | gilets pare-balles
16:100 | F:maint | Maintenance du système de vidéoprotection | maintenance vidéo
16:100 | F:prest | Fourrière automobile | fourrière
16:100 | F:fourn | Fournitures et tenues de la police municipale | tenues pm
16:100 | F:formation | Formation au maniement des armes des policiers municipaux | formation armement
16:70;10:30 | F:prest | Médiation sociale de nuit | médiation de nuit
16:80;10:20 | F:prest | Actions du conseil local de sécurité et de prévention de la délinquance (CLSPD) | clspd
16:100 | F:subv_asso | Subvention à l'association d'aide aux victimes | aide aux victimes
16:100 | F:prest | Fourrière animale : capture des animaux errants | fourrière animale
16:100 | F:perso_nontit | Rémunération des agents de surveillance de la voie publique (ASVP) | asvp
16:70;10:30 | F:prest | Fonctionnement de la maison de la justice et du droit | maison de la justice
16:100 | F:prest | Permanences du conciliateur de justice | conciliateur
@ svc=dsi fon=020 nomis=1
16:70;9:30 | I:info | Renouvellement du parc informatique des services | parc informatique
16:70;9:30 | I:info | Acquisition de postes informatiques pour la mairie | postes informatiques
16:60;9:40 | I:info | Remplacement des serveurs informatiques | serveurs
16:60;9:40 | I:info | Pare-feu et sécurisation du réseau informatique | pare-feu
16:70;9:30 | I:logiciel | Logiciel de gestion financière | logiciel finances
16:70;9:30 | I:logiciel | Logiciel état civil et élections | logiciel état civil
16:70;9:30 | I:logiciel | Logiciel de gestion des ressources humaines et de la paie | logiciel paie
16:70;9:30 | I:logiciel | Licences bureautiques | licences bureautiques
16:70;9:30 | I:logiciel | Gestion électronique des documents (GED) | ged
16:60;9:40 | I:logiciel | Portail citoyen de démarches en ligne | démarches en ligne
16:70;9:30 | I:info | Renouvellement de l'autocommutateur téléphonique | téléphonie
16:70;9:30 | I:info@021 | Équipement de visioconférence de la salle du conseil | visioconférence
16:60;9:40 | I:reseau | Câblage informatique de l'hôtel de ville | câblage informatique
16:70;9:30 | I:info@021 | Tablettes pour les élus (dématérialisation du conseil) | tablettes élus
16:60;9:40 | I:etude | Audit de sécurité des systèmes d'information | audit cybersécurité
16:70;9:30 | F:telecom | Frais de télécommunications et abonnements internet | télécommunications
16:70;9:30 | F:maint | Maintenance des logiciels métiers | maintenance logiciels
16:70;9:30 | F:logiciel_f | Abonnements aux logiciels en mode SaaS | logiciels saas
16:70;9:30 | F:telecom | Abonnements de téléphonie mobile des agents | téléphonie mobile
16:70;9:30 | F:prest | Parapheur électronique et certificats de signature | parapheur électronique
16:70;9:30 | F:prest | Hébergement des sauvegardes informatiques | sauvegardes
16:70;9:30 | F:prest | Profil acheteur et dématérialisation des marchés | profil acheteur
@ svc=com fon=023
16:100 | F:impr | Impression du magazine municipal | magazine municipal
16:100 | F:prest | Distribution du bulletin municipal | distribution bulletin
16:70;9:30 | F:prest | Hébergement et maintenance du site internet de la ville | site internet
16:100 | F:prest | Campagnes d'affichage municipal | affichage
16:100 | I:mat_tech | Panneaux d'information lumineux | panneaux lumineux
16:100 | F:prest | Reportages photo et vidéo des événements municipaux | photos vidéos
16:100 | F:impr | Impression de l'agenda municipal | agenda
16:100 | F:prest | Application mobile d'information des habitants | appli ville
@ svc=democ fon=020
16:100 | F:prest | Budget participatif : organisation des votes | budget participatif
16:100 | F:prest | Animation des conseils de quartier | conseils de quartier
16:100 | F:prest | Concertation publique et réunions publiques | concertation
16:100 | F:prest | Conseil municipal des jeunes : fonctionnement | conseil des jeunes
16:100 | F:prest | Plateforme de participation citoyenne en ligne | participation citoyenne
16:100 | F:impr | Questionnaire de consultation des habitants | consultation habitants
@ svc=rh fon=020 nomis=1
16:100 | F:formation | Formation du personnel | formation agents
16:100 | F:cnas | Cotisation au CNAS pour l'action sociale du personnel | cnas
16:100 | F:med_travail | Médecine du travail | médecine du travail
16:100 | F:cdg | Cotisation au centre de gestion | centre de gestion
16:100 | F:perso_tit | Rémunération du personnel titulaire | personnel titulaire
16:100 | F:perso_nontit | Rémunération du personnel contractuel | personnel contractuel
16:70;8:30 | F:apprentis | Rémunération des apprentis | apprentis
16:100 | F:oeuvres_soc | Titres-restaurant du personnel | titres-restaurant
16:100 | F:annonces | Frais de recrutement et annonces d'emploi | recrutement
16:100 | F:assur_perso | Assurance statutaire du personnel | assurance statutaire
16:100 | F:perso_ext | Personnel intérimaire | intérim
16:100 | F:prest | Prévention des risques professionnels : document unique | document unique
16:100 | F:prest | Bilans de compétences et reclassement des agents | bilans de compétences agents
@ svc=jur fon=020 nomis=1
16:100 | F:honoraires | Honoraires d'avocats | avocats
16:100 | F:actes | Frais de contentieux et d'huissiers | contentieux
16:100 | F:actes | Frais d'actes notariés | actes notariés
16:100 | F:prest | Conseil juridique en commande publique | conseil juridique
16:100 | F:cotis | Abonnement aux bases de données juridiques | documentation juridique
@ svc=elus fon=021
16:100 | F:elus | Indemnités des élus | indemnités élus
16:100 | F:elus_form | Formation des élus | formation élus
16:100 | F:elus_mission | Frais de mission des élus | frais mission élus
16:100 | F:cotis | Cotisations de retraite des élus | retraite élus

@ svc=fin fon=01
17:100 | I:capital | Remboursement du capital de la dette | capital dette
17:100 | I:capital | Remboursement en capital des emprunts en euros | capital emprunts
17:100 | I:capital | Amortissement du capital de l'emprunt {banque} {annee} | amortissement emprunt
17:100 | I:capital | Échéance en capital du prêt {banque} | échéance capital
17:100 | F:interets | Intérêts des emprunts | intérêts
17:100 | F:interets | Intérêts du prêt {banque} {annee} | intérêts prêt
17:100 | F:icne | Intérêts courus non échus (ICNE) | icne
17:100 | F:int_tresor | Intérêts de la ligne de trésorerie | intérêts ligne trésorerie
17:100 | F:charges_fin | Frais de dossier sur emprunt nouveau | frais dossier emprunt
17:100 | F:charges_fin | Indemnités de remboursement anticipé | ira emprunt
17:100 | I:refi | Réaménagement de la dette | réaménagement dette
17:100 | I:refi | Refinancement de l'emprunt {banque} | refinancement
17:100 | I:tirage | Remboursement des tirages sur la ligne de trésorerie | tirages trésorerie
17:100 | I:cautions | Remboursement des dépôts de garantie | dépôts de garantie
17:100 | I:capital | Emprunt d'équilibre | emprunt
17:100 | I:capital | Emprunt nouveau {banque} {annee} | emprunt nouveau
17:100 | I:fctva | Fonds de compensation de la TVA (FCTVA) | fctva
17:100 | I:affect | Excédent de fonctionnement capitalisé | excédent capitalisé
17:100 | F:provision | Dotation aux provisions pour risques et contentieux | provisions
17:100 | F:provision_creances | Provision pour dépréciation des créances douteuses | créances douteuses
17:100 | F:non_valeur | Admissions en non-valeur | non-valeur
17:100 | F:creances | Créances éteintes | créances éteintes
17:100 | I:imprevues_i | Dépenses imprévues d'investissement | dépenses imprévues
17:100 | F:imprevues_f | Dépenses imprévues de fonctionnement | imprévus fonctionnement
17:100 | F:amort | Dotations aux amortissements des immobilisations | amortissements
17:100 | F:virement | Virement à la section d'investissement | virement
17:100 | F:int_morat | Intérêts moratoires | intérêts moratoires
17:100 | F:titres_annules | Titres annulés sur exercices antérieurs | titres annulés
17:100 | F:frais_bank | Frais bancaires et commissions | frais bancaires
17:100 | F:charges_fin | Commission de non-utilisation de la ligne de trésorerie | commission non-utilisation
17:100 | F:int_autres | Charges d'intérêts des contrats de couverture (swap) | swap
17:100 | F:charges_fin | Pénalités de renégociation de la dette | pénalités renégociation
17:100 | I:titres_part | Prise de participation au capital de l'Agence France Locale | capital afl
17:100 | I:depot_verse | Dépôts et cautionnements versés | cautionnements versés
17:100 | F:ac | Attribution de compensation versée à la {epci} | attribution compensation
17:100 | F:fpic | Fonds national de péréquation des ressources intercommunales (FPIC) | fpic
17:100 | F:subv_ba | Subvention d'équilibre au budget annexe | budget annexe
17:100 | F:remb_frais | Remboursement de frais à la {epci} (services communs) | services communs
17:100 | F:remb_frais | Mise à disposition de personnel par la {epci} | mise à disposition epci
17:100 | F:interets | Intérêts de l'emprunt garanti appelé en garantie | garantie d'emprunt
17:100 | F:charges_fin | Frais de garantie et de commission d'engagement | commission engagement
17:100 | F:frais_bank | Frais de tenue du compte au Trésor public | frais trésor
17:100 | I:capital | Annuité de la dette : part capital {annee} | annuité capital
17:100 | F:interets | Annuité de la dette : part intérêts {annee} | annuité intérêts
@ svc=fin fon=12
17:100 | F:contrib_sdis | Contribution au service départemental d'incendie et de secours (SDIS) | sdis
17:100 | F:contrib_sdis | Contingent incendie {annee} | contingent incendie
@ svc=fin fon=020
17:100 | F:contrib_synd | Participation au {synd} | participation syndicat
17:100 | F:contrib_synd | Contribution au syndicat intercommunal à vocation multiple | contribution sivom
17:100 | F:contrib_synd | Participation aux frais de fonctionnement du {synd} | frais syndicat
17:100 | I:subv_eq_pub | Fonds de concours versé à la {epci} | fonds de concours
17:100 | I:subv_eq_pub | Participation aux investissements du {synd} | investissements syndicat
17:100 | F:contrib_synd | Contribution au groupement d'intérêt public | gip
17:100 | F:contrib_synd | Contribution à l'établissement public de coopération intercommunale | contribution epci
@ svc=inter fon=048
17:100 | F:subv_asso | Subvention au comité de jumelage | comité de jumelage
17:100 | F:reception | Accueil de la délégation de la ville jumelle de {ville} | délégation jumelle
17:100 | F:deplacements | Rencontres de jumelage avec {ville} | jumelage
17:60;4:40 | F:prest | Échanges scolaires avec la ville jumelle de {ville} | échanges scolaires
17:60;6:40 | F:subv_asso | Coopération décentralisée avec {villesud} : accès à l'eau potable | coopération eau
17:60;4:40 | F:subv_asso | Coopération décentralisée : construction d'une école à {villesud} | coopération école
17:60;3:40 | F:subv_asso | Coopération décentralisée : centre de santé de {villesud} | coopération santé
17:60;1:40 | F:subv_asso | Aide humanitaire d'urgence ({pays}) | aide humanitaire
17:100 | F:cotis | Cotisation à Cités Unies France | cités unies
17:100 | F:cotis | Adhésion à l'association française du Conseil des communes et régions d'Europe | afccre
17:60;4:40 | F:prest | Programme Erasmus+ : mobilité des jeunes | erasmus
17:100 | F:elus_mission | Frais de mission à l'étranger des élus (jumelage) | missions étranger
17:100 | F:prest | Participation au programme européen de coopération territoriale Interreg | interreg
17:100 | F:prest | Semaine de l'Europe : animations | semaine de l'europe
17:100 | F:subv_asso | Subvention à la maison de l'Europe | maison de l'europe
17:60;4:40 | F:prest | Volontaires internationaux en mission dans la ville partenaire de {villesud} | volontaires
17:100 | F:prest | Accueil d'une délégation de {villesud} | délégation partenaire
17:60;2:40 | F:subv_asso | Coopération décentralisée : projet de sécurité alimentaire à {villesud} | sécurité alimentaire
"""

# --------------------------------------------------------------------------------------
# generic lines: the purpose is given only by the fonction or the service
#   (context name, fonctions, services, label for purchases/services, label for building works)
# --------------------------------------------------------------------------------------
CONTEXTS = [
    ("ecole", ["211", "212", "213"], ["DIRECTION DE L'EDUCATION", "Affaires scolaires", "Service Enfance - Education",
                                      "EDUCATION", "Direction de l'Education"], "4:100", "4:85;11:15"),
    ("creche", ["422"], ["Petite enfance", "Service Petite Enfance", "Direction de la Petite Enfance",
                         "Crèche municipale"], "4:100", "4:85;11:15"),
    ("sport", ["321", "322", "323", "325"], ["SPORTS", "Direction des Sports", "Service des Sports",
                                             "Sports - Vie associative"], "3:100", "3:85;11:15"),
    ("culture", ["311", "314", "316"], ["Direction des Affaires Culturelles", "Service Culture", "CULTURE",
                                        "Musée municipal"], "11:100", "11:100"),
    ("social", ["424", "420"], ["CCAS", "Direction des Solidarités", "Action sociale", "Affaires sociales"],
     "1:100", "1:85;11:15"),
    ("sante", ["410", "412"], ["Centre municipal de santé", "Service Santé", "Santé publique"], "3:100", "3:85;11:15"),
    ("ehpad", ["423"], ["EHPAD municipal", "Résidence EHPAD"], "3:100", "3:85;11:15"),
    ("police", ["11"], ["Police municipale", "POLICE MUNICIPALE", "Direction de la Tranquillité Publique"],
     "16:100", "16:85;11:15"),
    ("admin", ["020"], ["Administration générale", "Moyens généraux", "DRH", "Direction Générale des Services",
                        "Affaires générales"], "16:100", "16:100"),
    ("ev", ["511"], ["Espaces verts", "ESPACES VERTS", "Service Parcs et Jardins"], "15:100", "15:85;11:15"),
    ("dechets", ["721", "722"], ["Propreté urbaine", "Service Déchets", "PROPRETE"], "12:100", "12:85;11:15"),
    ("voirie", ["843"], ["VOIRIE", "Service Voirie", "Direction des espaces publics"], "11:100", "11:100"),
    ("cimetiere", ["026"], ["Cimetières", "Service Cimetière"], "11:100", "11:100"),
    ("jeunesse", ["338"], ["Service Jeunesse", "Maison des jeunes"], "10:100", "10:85;11:15"),
    ("littoral", ["56"], ["Service Littoral", "Service Plages"], "14:100", "14:85;11:15"),
    ("tourisme", ["633"], ["Service Tourisme", "Office de tourisme"], "8:100", "8:85;11:15"),
    ("conservatoire", [], ["Conservatoire de musique", "Conservatoire à rayonnement communal"], "4:100", "4:85;11:15"),
    ("climat", ["71"], ["Mission Transition écologique", "Mission Climat"], "13:100", "13:100"),
    ("international", ["048"], ["Relations internationales"], "17:100", "17:100"),
    ("eau", [], ["Service des eaux", "Régie de l'eau"], "6:100", "6:85;11:15"),
]
# weight of each context when drawing the 150 generic lines with context
CONTEXT_WEIGHTS = {"ecole": 5, "creche": 3, "sport": 4, "culture": 3, "social": 3, "sante": 2, "ehpad": 1,
                   "police": 3, "admin": 3, "ev": 3, "dechets": 2, "voirie": 3, "cimetiere": 1, "jeunesse": 2,
                   "littoral": 1, "tourisme": 1, "conservatoire": 1, "climat": 1, "international": 1, "eau": 1}

# contexts that own buildings / furnished rooms / vehicles, for plausible generic lines
BLD_CTX = {"ecole", "creche", "sport", "culture", "social", "sante", "ehpad", "police", "admin", "jeunesse",
           "conservatoire", "tourisme"}
VEH_CTX = {"ev", "voirie", "dechets", "police", "admin", "sport", "social", "cimetiere", "littoral", "jeunesse",
           "eau", "ecole"}
ALL_CTX = {c[0] for c in CONTEXTS}
# (class, codes, texts): class 'bld' = building works (works label), 'int' = furniture/equipment of rooms,
# 'flu' = fluids of buildings, 'veh' = vehicles and machines, 'all' = anything
GENERIC = [
    ("bld", "bat", ["TRAVAUX DIVERS", "Travaux divers d'aménagement", "trx divers", "TRX DIVERS BATIMENT",
                    "Travaux d'aménagement", "GROS ENTRETIEN", "Travaux de réparation",
                    "TRAVAUX DE MISE EN CONFORMITE", "Petits travaux", "AMENAGEMENTS INTERIEURS",
                    "Aménagement des locaux", "TRAVAUX BATIMENT", "MENUISERIES", "Remplacement des menuiseries",
                    "menuiseries intérieures", "REMPL MENUISERIES EXT", "REFECTION TOITURE",
                    "Réfection de la toiture", "toiture", "ETANCHEITE TOITURE", "Reprise d'étanchéité",
                    "TRAVAUX DE PEINTURE", "Peinture", "peinture intérieure", "REFECTION PEINTURES",
                    "Réfection des peintures extérieures", "REFECTION SOLS", "Remplacement des sols souples", "sols",
                    "REVETEMENTS DE SOLS", "ELECTRICITE", "Travaux d'électricité", "plomberie", "PLOMBERIE SANITAIRES",
                    "Mise en conformité électrique", "MISE EN CONF ELEC", "STORES", "Remplacement des stores",
                    "REMPLACEMENT FAUX PLAFONDS", "Faux plafonds", "Travaux de rénovation", "RENOVATION",
                    "Réhabilitation", "REHABILITATION BATIMENT", "Mise aux normes", "MISE AUX NORMES BATIMENT",
                    "Gros œuvre", "MACONNERIE", "serrurerie", "Couverture zinguerie", "Carrelage faïence",
                    "RAVALEMENT FACADE", "Ravalement de façades", "DEMOLITION", "Remplacement des sanitaires",
                    "SANITAIRES", "Portes automatiques", "CONTROLE D'ACCES", "EXTENSION", "Agrandissement",
                    "CONSTRUCTION", "Réaménagement", "RESTRUCTURATION", "TRAVAUX", "Travaux d'entretien", "Réfection",
                    "Remise en état", "REMISE EN ETAT DES LOCAUX", "Cloisons", "Reprise des fissures",
                    "Travaux de second œuvre", "Sécurisation des accès", "Reprise de charpente", "BARDAGE",
                    "Création d'un local de stockage", "Aménagement d'un bureau", "Rénovation des sanitaires",
                    "MISE EN SECURITE", "Remplacement des portes", "Réparation de la toiture"]),
    ("all", "amgt_terrain", ["CLOTURE", "Remplacement de la clôture", "PORTAIL ET CLOTURE", "Portail"]),
    ("int", "mobilier", ["ACQUISITION MOBILIER", "Acquisition de mobilier", "mobilier", "ACQ MOBILIER",
                         "Mobilier divers", "MOBILIER ET EQUIPEMENT", "Renouvellement du mobilier", "ACHAT MOBILIER",
                         "Armoires", "TABLES ET CHAISES", "Matériel et mobilier", "ACQ MOBILIER ET MATERIEL",
                         "RAYONNAGES"]),
    ("int", "autre_immo", ["Matériel de cuisine", "EQUIPEMENTS DE CUISINE", "Matériel audiovisuel", "AUDIOVISUEL",
                           "Vidéoprojecteurs", "Lave-linge", "AUTOLAVEUSE", "SONORISATION", "ELECTROMENAGER",
                           "Réfrigérateurs"]),
    ("flu", "energie", ["ENERGIE ELECTRIQUE", "FLUIDES", "Gaz", "Chauffage"]),
    ("flu", "eau", ["Eau", "EAU ET ASSAINISSEMENT"]),
    ("veh", "vehicule", ["ACQUISITION VEHICULE", "Achat d'un véhicule", "véhicule", "ACQ VEHICULE UTILITAIRE",
                         "Véhicule utilitaire", "REMPLACEMENT VEHICULE", "Acquisition d'un véhicule léger",
                         "Camionnette", "ACQ CAMION", "Tracteur", "Remorque"]),
    ("veh", "loc_mob", ["Location de véhicules"]),
    ("veh", "carbu", ["CARBURANT"]),
    ("veh", "entr_vehic", ["Entretien des véhicules", "REPARATIONS VEHICULES"]),
    ("veh", "fourn", ["Pneumatiques"]),
    ("all", "mat_tech", ["ACQUISITION MATERIEL", "Achat de matériel", "matériel", "MATERIEL DIVERS",
                         "Acquisition de matériel et outillage", "ACQ MAT DIVERS", "Matériel technique", "OUTILLAGE",
                         "petit outillage", "SIGNALETIQUE", "Système d'alarme", "alarme intrusion", "EQUIPEMENT",
                         "Équipements divers", "Acquisition d'équipements", "Outillage électroportatif",
                         "Extincteurs"]),
    ("all", "fourn", ["FOURNITURES", "Fournitures diverses", "FOURNITURES PETIT EQUIPEMENT", "Petit équipement",
                      "Fournitures d'entretien", "PETITES FOURNITURES", "PETIT MATERIEL", "Consommables",
                      "Fournitures non stockées", "Produits d'entretien", "Achats divers", "QUINCAILLERIE",
                      "Matériaux", "FOURNITURES TECHNIQUES", "Produits d'hygiène", "Fournitures administratives"]),
    ("all", "maint", ["MAINTENANCE", "Contrats de maintenance", "MAINTENANCE DES EQUIPEMENTS",
                      "Maintenance et contrôles", "CONTROLES REGLEMENTAIRES", "Contrôles périodiques", "vérifications",
                      "Vérification des extincteurs"]),
    ("all", "etude", ["ETUDES", "Études préalables", "ETUDES DIVERSES", "FRAIS D'ETUDES",
                      "Mission de maîtrise d'œuvre", "MOE", "AMO", "Diagnostic technique"]),
    ("all", "entr_bat", ["ENTRETIEN", "Entretien courant", "ENTRETIEN ET REPARATIONS", "Réparations diverses"]),
    ("all", "loc_mob", ["LOCATION MATERIEL", "Locations mobilières", "LOCATIONS DIVERSES"]),
    ("all", "prest", ["PRESTATIONS DE SERVICES", "Prestations diverses", "CONTRATS DE PRESTATIONS",
                      "Autres prestations", "SERVICES EXTERIEURS", "Frais de transport"]),
    ("all", "nettoyage", ["NETTOYAGE DES LOCAUX", "Nettoyage"]),
    ("all", "vetements", ["VETEMENTS DE TRAVAIL", "tenues"]),
    ("all", "honoraires", ["HONORAIRES", "FRAIS DIVERS"]),
    ("all", "divers_f", ["DEPENSES DIVERSES", "Autres frais", "Dépenses courantes"]),
    ("all", "telecom", ["TELEPHONIE", "Télécommunications"]),
    ("all", "affranch", ["AFFRANCHISSEMENT"]),
    ("all", "assur", ["ASSURANCES", "Primes d'assurance"]),
    ("all", "formation", ["FORMATION", "Frais de formation"]),
    ("all", "deplacements", ["Frais de déplacement", "DEPLACEMENTS"]),
    ("all", "reception", ["RECEPTIONS"]),
    ("all", "impr", ["IMPRESSIONS", "Catalogues et imprimés", "Photocopies"]),
    ("all", "cotis", ["ABONNEMENTS", "Documentation", "Cotisations"]),
    ("all", "entr_mob", ["Entretien du matériel", "Réparation matériel"]),
    ("bld", "loc_immo", ["Locations immobilières", "Location de salle"]),
]
CLASS_CTX = {"bld": BLD_CTX, "int": BLD_CTX, "flu": BLD_CTX, "veh": VEH_CTX, "all": ALL_CTX}
# contexts that only take a few kinds of generic lines
NARROW_CTX = {"international": {"prest", "deplacements", "reception", "impr", "divers_f", "affranch"},
              "climat": {"etude", "prest", "impr", "formation", "divers_f"},
              "eau": {"etude", "maint", "mat_tech", "fourn", "entr_bat", "prest", "vehicule", "entr_vehic"},
              "cimetiere": {"etude", "maint", "mat_tech", "fourn", "prest", "vehicule", "amgt_terrain"},
              "voirie": {"etude", "maint", "mat_tech", "fourn", "prest", "vehicule", "entr_vehic", "carbu",
                         "loc_mob", "vetements", "amgt_terrain", "entr_mob"}}

# --------------------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------------------


def strip_accents(s: str) -> str:
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def norm_key(s: str) -> str:
    return re.sub(r"\s+", " ", strip_accents(s).casefold()).strip()


def first_word(place: str) -> str:
    return place.split(" ")[0].split("-")[0]


def de(place: str) -> str:
    """French 'de' + place with the right contraction."""
    low = place.lower()
    if low.startswith("les "):
        return "des " + place[4:]
    if low.startswith("le "):
        return "du " + place[3:]
    if low.startswith("la ") or low.startswith("l'"):
        return "de " + place
    w = first_word(place)
    if strip_accents(w[:1]).lower() in "aeiouyh" and w.lower() not in H_ASPIRE:
        return "de l'" + place
    if w in PLUR_NOUNS:
        return "des " + place
    if w in FEM_NOUNS:
        return "de la " + place
    return "du " + place


# uppercase export: abbreviations applied on the accent-free uppercase text
ABBREV = [
    (r"\bGROUPE SCOLAIRE\b", ["GS"]), (r"\bECOLE MATERNELLE\b", ["ECOLE MAT", "EM", "MAT"]),
    (r"\bECOLE ELEMENTAIRE\b", ["ECOLE ELEM", "EE", "ELEM"]), (r"\bECOLE PRIMAIRE\b", ["ECOLE PRIM", "ECOLE"]),
    (r"\bHOTEL DE VILLE\b", ["HDV", "HOTEL DE VILLE", "HOTEL VILLE"]),
    (r"\bCENTRE TECHNIQUE MUNICIPAL\b", ["CTM"]), (r"\bPOLICE MUNICIPALE\b", ["PM", "POLICE MUNIC"]),
    (r"\bORDURES MENAGERES\b", ["OM"]), (r"\bMAITRISE D'(?:OE|Œ)UVRE\b", ["MOE"]),
    (r"\bASSISTANCE A MAITRISE D'OUVRAGE\b", ["AMO"]), (r"\bESPACES VERTS\b", ["EV", "ESP VERTS", "ESPACES VERTS"]),
    (r"\bTRAVAUX\b", ["TRX", "TRAVAUX", "TVX"]), (r"\bAMENAGEMENTS?\b", ["AMGT", "AMENAGT", "AMENAGEMENT"]),
    (r"\bACQUISITIONS?\b", ["ACQ", "ACQUIS", "ACQUISITION"]), (r"\bRENOVATION\b", ["RENOV", "RENOVATION"]),
    (r"\bREHABILITATION\b", ["REHAB", "REHABILITATION"]), (r"\bEQUIPEMENTS?\b", ["EQUIPT", "EQPT", "EQUIPEMENT"]),
    (r"\bENTRETIEN\b", ["ENTR", "ENTRET", "ENTRETIEN"]), (r"\bMAINTENANCE\b", ["MAINT", "MAINTENANCE"]),
    (r"\bFOURNITURES?\b", ["FOURN", "FOURNITURE"]), (r"\bINSTALLATIONS?\b", ["INSTALL", "INSTALLATION"]),
    (r"\bREMPLACEMENT\b", ["REMPL", "REMPLACEMENT"]), (r"\bCONSTRUCTION\b", ["CONSTR", "CONSTRUCTION", "CONST"]),
    (r"\bREFECTION\b", ["REFECT", "REFECTION"]), (r"\bPARTICIPATION\b", ["PARTICIP", "PARTICIPATION", "PARTICIP."]),
    (r"\bSUBVENTION\b", ["SUBV", "SUBVENTION", "SUBV."]), (r"\bCONTRIBUTION\b", ["CONTRIB", "CONTRIBUTION"]),
    (r"\bCOMMUNAUX\b", ["COMMUNAUX", "COM"]), (r"\bCOMMUNALE?S?\b", ["COMMUNAL", "COM"]),
    (r"\bINFORMATIQUES?\b", ["INFO", "INFORMAT", "INFORMATIQUE"]), (r"\bMATERIELS?\b", ["MAT", "MATERIEL"]),
    (r"\bVIDEOPROTECTION\b", ["VIDEOPROT", "VIDEO PROTECTION", "VIDEOPROTECTION"]),
    (r"\bBATIMENTS?\b", ["BAT", "BATIMENTS", "BATS"]), (r"\bASSOCIATION\b", ["ASSO", "ASSOC", "ASSOCIATION"]),
    (r"\bINTERCOMMUNALE?\b", ["INTERCO", "INTERCOMMUNAL"]), (r"\bSYNDICAT\b", ["SYND", "SYNDICAT"]),
    (r"\bREMBOURSEMENT\b", ["REMB", "REMBT", "REMBOURSEMENT"]), (r"\bINTERETS\b", ["INT", "INTERETS"]),
    (r"\bPROVISIONS?\b", ["PROV", "PROVISION"]), (r"\bVEHICULES\b", ["VEHICULES", "VEHIC"]), (r"\bVEHICULE\b", ["VEHICULE", "VEHIC", "VL"]),
    (r"\bPLANTATIONS?\b", ["PLANTAT", "PLANTATIONS"]), (r"\bEXTENSION\b", ["EXT", "EXTENSION", "EXTENS"]),
    (r"\bLOGICIELS?\b", ["LOGICIEL", "LOGIC"]), (r"\bPRESTATIONS?\b", ["PREST", "PRESTATION"]),
    (r"\bACCESSIBILITE\b", ["ACCESSIB", "ACCESSIBILITE"]), (r"\bRESTRUCTURATION\b", ["RESTRUCT"]),
    (r"\bDEPARTEMENTAL\b", ["DEPT", "DEPARTEMENTAL"]), (r"\bPROGRAMME\b", ["PROG", "PROGRAMME"]),
    (r"\bETUDES\b", ["ETUDES", "ETUDES"]), (r"\bETUDE\b", ["ETUDE", "ETUD"]), (r"\bDECHETTERIE\b", ["DECHETTERIE", "DECHETERIE"]),
    (r"\bREMUNERATION\b", ["REMUN", "REMUNERATION"]), (r"\bFONCTIONNEMENT\b", ["FONCT", "FONCTIONNEMENT"]),
    (r"\bINVESTISSEMENTS?\b", ["INVEST", "INVESTISSEMENT"]), (r"\bECLAIRAGE PUBLIC\b", ["EP"]),
    (r"\bCONTROLES?\b", ["CTRL", "CONTROLE"]), (r"\bPERSONNEL\b", ["PERS", "PERSONNEL"]),
    (r"\bDOCUMENTS\b", ["DOCS", "DOCUMENTS"]), (r"\bCOLLECTE\b", ["COLLECTE", "COLL"]),
    (r"\bRESTAURATION SCOLAIRE\b", ["REST SCOLAIRE", "RESTAURATION SCOL", "CANTINE"]),
    (r"\bRESTAURANTS? SCOLAIRES?\b", ["RESTAURANT SCOL", "CANTINES"]),
    (r"\bPERSONNES? A MOBILITE REDUITE\b", ["PMR"]), (r"\bDEVELOPPEMENT DURABLE\b", ["DD", "DEV DURABLE"]),
]
# phrases kept whole (articles inside are not dropped)
PROTECT = ["MISE AUX NORMES", "MISE EN ACCESSIBILITE", "MISE EN CONFORMITE", "MISE EN SECURITE",
           "MISE EN DEFENS", "MISE EN PLACE", "MISE A DISPOSITION", "TRAIT DE COTE", "PLAN D'EAU", "ETAT CIVIL",
           "ILOTS DE CHALEUR", "ILOT DE FRAICHEUR", "ILOTS DE FRAICHEUR", "ZONE HUMIDE", "COUR OASIS",
           "CHARGE DE MISSION", "CHENILLES PROCESSIONNAIRES", "RENOUEE DU JAPON", "PORTE A PORTE",
           "BASSIN VERSANT", "FEUX DE FORET", "HAUTS DE PLAGE", "MACRO-DECHETS", "POSTE DE SECOURS",
           "POSTES DE SECOURS", "NON-VALEUR", "LIGNE DE TRESORERIE", "VILLE JUMELLE", "FRONT DE MER",
           "BANDE DES 300 METRES", "PORT DE PLAISANCE", "COMITE DE JUMELAGE", "PARC NATUREL", "MAISON DE LA",
           "CONSEIL MUNICIPAL", "CONSEIL DE QUARTIER", "CONSEILS DE QUARTIER", "SALLE DU CONSEIL",
           "CONSEIL DES JEUNES", "CENTRE DE GESTION", "DOCUMENT UNIQUE", "FONDS DE CONCOURS",
           "ATTRIBUTION DE COMPENSATION", "SECTION D'INVESTISSEMENT", "TRAME VERTE ET BLEUE",
           "ESPACE NATUREL SENSIBLE", "GESTION DIFFERENCIEE", "ZERO DECHET", "ZERO PHYTO", "REPAIR CAFE",
           "CENTRE DE TRI", "QUAI DE TRANSFERT", "DEPOTS SAUVAGES", "EAUX DE BAIGNADE", "VOIE PUBLIQUE",
           "AIRE DE CARENAGE", "SAPINS DE NOEL"]
ARTICLES = re.compile(r"\b(?:DE LA|DE L'|DES|DU|DE|D'|LE|LA|LES|L'|AU|AUX|A LA|A L'|POUR LES|POUR LE|POUR LA|"
                      r"POUR L'|POUR|EN|SUR LE|SUR LA|SUR|ET|UN|UNE|D'UN|D'UNE|A)(?=\s|$)\s*|\b(?:L'|D')")
PLACE_ABBREV = [(r"^AVENUE\b", ["AV", "AVENUE", "AV."]), (r"^BOULEVARD\b", ["BD", "BOULEVARD", "BLD"]),
                (r"^CHEMIN\b", ["CHE", "CHEMIN", "CH"]), (r"^ALLEE\b", ["ALL", "ALLEE"]),
                (r"^IMPASSE\b", ["IMP", "IMPASSE"]), (r"^ROUTE\b", ["RTE", "ROUTE"]),
                (r"^PLACE\b", ["PL", "PLACE"]), (r"^SQUARE\b", ["SQ", "SQUARE"]),
                (r"^QUARTIER\b", ["QUARTIER", "QU", "QUART", ""]), (r"^LOTISSEMENT\b", ["LOTISST", "LOTISSEMENT"]),
                (r"^HAMEAU\b", ["HAMEAU", "HAM", ""]), (r"^LIEU-DIT\b", ["LD", "LIEU-DIT"])]


def upper_words(text: str, rng: Random, drop: bool) -> str:
    s = strip_accents(text).upper()
    for p in PROTECT:
        s = s.replace(p, p.replace(" ", "\u00a0").replace("'", "\u2019"))
    for pat, choices in ABBREV:
        if re.search(pat, s):
            s = re.sub(pat, rng.choice(choices).replace(" ", "\u00a0"), s)
    if drop:
        s = ARTICLES.sub("", s)
    s = s.replace("\u00a0", " ").replace("\u2019", "'")
    s = re.sub(r"[():]", " ", s)
    s = re.sub(r"\s*;\s*", " ", s)
    return re.sub(r"\s+", " ", s).strip(" -,")


def upper_place(place: str, rng: Random) -> str:
    s = strip_accents(place).upper()
    for pat, choices in ABBREV[:4]:
        if re.search(pat, s):
            s = re.sub(pat, rng.choice(choices), s)
    for pat, choices in PLACE_ABBREV:
        if re.search(pat, s):
            s = re.sub(pat, rng.choice(choices), s)
    for p in PERSONS:
        pu = strip_accents(p).upper()
        parts = pu.split(" ")
        if len(parts) == 2 and pu in s and rng.random() < 0.4:
            s = s.replace(pu, f"{parts[0][0]} {parts[1]}")
    if rng.random() < 0.3:
        s = re.sub(r"\b(?:DES|DU|DE LA|DE L'|DE)\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


PH = re.compile(r"\{(de:)?(\w+)\}")


def fill(template: str, choice: dict[str, str], style: str, rng: Random, drop: bool) -> str:
    """Render a template in one style, with the chosen place names."""
    out = []
    pos = 0
    for m in PH.finditer(template):
        chunk = template[pos:m.start()]
        out.append(upper_words(chunk, rng, drop) + " " if style == "upper" else chunk)
        place = choice[m.group(2)]
        if style == "upper":
            body = place
            if m.group(1):
                d = de(place)
                prefix, body = (d[: -len(place)], place) if d.endswith(place) else tuple(d.split(" ", 1))
                if drop:
                    prefix = ""
            p = upper_place(body, rng)
            if m.group(1) and prefix.strip():
                p = upper_words(prefix, rng, False) + " " + p
            out.append(p + " ")
        else:
            out.append(de(place) if m.group(1) else place)
        pos = m.end()
    tail = template[pos:]
    out.append(upper_words(tail, rng, drop) if style == "upper" else tail)
    s = "".join(out)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,)])", r"\1", s)
    return s


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def lowfirst(s: str) -> str:
    if len(s) > 1 and s[1].isupper():
        return s
    return s[:1].lower() + s[1:]


# --------------------------------------------------------------------------------------
# parsing and generation
# --------------------------------------------------------------------------------------


def parse_base() -> list[dict]:
    entries = []
    svc, fon, nomis = "admin", ["020"], False
    for raw in BASE.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            opts = dict(tok.split("=", 1) for tok in line[1:].split())
            svc, fon = opts["svc"], opts["fon"].split(",")
            nomis = opts.get("nomis") == "1"
            continue
        labels, codes, text, terse = (x.strip() for x in line.split("|"))
        generic = codes.endswith("#") or nomis
        codes = codes.rstrip("#")
        kind, rest = codes.split(":", 1)
        cat, _, f_override = rest.partition("@")
        assert cat in CODES, cat
        entries.append({"labels": labels, "kind": kind, "cat": cat, "fon": [f_override] if f_override else fon,
                        "svc": svc, "text": text, "terse": terse, "generic": generic})
    return entries


CONTRACT_CATS = {"prest", "fourn", "entr_terrain", "entr_bat", "entr_voirie", "entr_vehic", "entr_mob", "maint",
                 "loc_mob", "nettoyage", "gardiennage", "impr", "etudes_f", "honoraires", "carbu", "energie",
                 "telecom", "affranch", "assur", "formation", "vetements", "annonces", "fourn_adm", "logiciel_f"}
STYLE_WEIGHTS = [("upper", 40), ("mixed", 35), ("lower", 10), ("code", 15)]


def pick_style(rng: Random, avoid: set[str]) -> str:
    pool = [(s, w) for s, w in STYLE_WEIGHTS if s not in avoid] or STYLE_WEIGHTS
    total = sum(w for _, w in pool)
    r = rng.uniform(0, total)
    for s, w in pool:
        r -= w
        if r <= 0:
            return s
    return pool[-1][0]


def render_code_style(entry: dict, choice: dict[str, str], rng: Random) -> str:
    text = entry["text"]
    year = rng.choice(PLACES["annee"])
    n = rng.randint(1, 99)
    places = PH.findall(text)
    # place name first: "Rue Victor Hugo - réfection de la chaussée"
    if places and places[-1][1] != "annee" and rng.random() < 0.35 and text.rstrip().endswith("}"):
        key = places[-1][1]
        head = PH.sub(lambda m: "" if m.group(2) == key else m.group(0), text)
        head = re.sub(r"\s+(?:du|de la|de l'|des|de|au|à la|à l'|aux)\s*$", "", head.strip())
        body = fill(head, choice, "mixed", rng, False)
        return f"{cap(choice[key])} - {lowfirst(body)}"
    if entry["kind"] == "I":
        up = fill(text, choice, "upper", rng, rng.random() < 0.7)
        mixed = fill(text, choice, "mixed", rng, False)
        fmts = [f"{year}I{n:02d} - {up}", f"OP {rng.randint(100, 2999)} {up}", f"AP {year}-{n:02d} {up}",
                f"Programme {year} - {lowfirst(mixed)}", f"OPE{rng.randint(100, 999)} {up}",
                f"PPI {year} - {mixed}", f"{up} - OP {rng.randint(10, 999)}", f"{mixed} ({year})",
                f"AP/CP {year}-{n:02d} {mixed}", f"{up} {year}"]
    else:
        up = fill(text, choice, "upper", rng, rng.random() < 0.7)
        mixed = fill(text, choice, "mixed", rng, False)
        fmts = [f"{mixed} {year}", f"{mixed} - exercice {year}", f"{up} {year}", f"BP {year} - {mixed}"]
        if entry["cat"] in CONTRACT_CATS:
            fmts += [f"MARCHE {year}-{rng.randint(1, 150):03d} {up}", f"Contrat {year}-{n:02d} - {mixed}"]
        elif entry["cat"] in ("subv_asso", "contrib_synd", "cotis", "contrib_sdis"):
            fmts += [f"CONV {year} {up}", f"{up} - DCM {year}-{rng.randint(1, 199):03d}"]
    return rng.choice(fmts)


def render(entry: dict, style: str, choice: dict[str, str], rng: Random) -> str:
    text = entry["text"]
    if style == "mixed":
        return cap(fill(text, choice, "mixed", rng, False))
    if style == "upper":
        return fill(text, choice, "upper", rng, rng.random() < 0.75)
    if style == "lower":
        places = PH.findall(text)
        if entry["terse"] and rng.random() < 0.8:
            s = entry["terse"]
            if places and rng.random() < 0.6:
                s += " " + choice[places[-1][1]].lower()
            if rng.random() < 0.25:
                s = strip_accents(s)
            return s
        s = fill(text, choice, "mixed", rng, False).lower()
        s = re.sub(r"\s*\([^)]*\)", "", s)
        return strip_accents(s) if rng.random() < 0.3 else s
    return render_code_style(entry, choice, rng)


def codes_for(cat: str, fon: list[str], rng: Random) -> tuple[str, str, str]:
    chap, nat = rng.choice(CODES[cat])
    return chap, nat, rng.choice(fon) if fon else ""


def main() -> None:
    rng = Random(303)
    seen: set[str] = set()
    rows: list[dict] = []

    def add(lib: str, **kw) -> bool:
        key = norm_key(lib)
        if not key or key in seen:
            return False
        seen.add(key)
        rows.append({"libelle": lib, **kw})
        return True

    # ---- area lines -------------------------------------------------------------------
    for entry in parse_base():
        places = [p[1] for p in PH.findall(entry["text"])]
        n = rng.choice([2, 3, 3, 4]) if places else rng.choice([1, 2, 2, 2])
        used_styles: set[str] = set()
        made = 0
        for _ in range(n * 6):
            if made >= n:
                break
            choice = {k: rng.choice(PLACES[k]) for k in places}
            style = pick_style(rng, used_styles if not places else set())
            lib = render(entry, style, choice, rng)
            if add(lib, entry=entry, generic=False):
                used_styles.add(style)
                made += 1

    # ---- generic lines ----------------------------------------------------------------
    generic_texts = [(cls, cat, t) for cls, cat, texts in GENERIC for t in texts]
    rng.shuffle(generic_texts)
    n_ctx = n_none = 0
    for cls, cat, text in generic_texts:
        if norm_key(text) in seen:
            continue
        if n_ctx < 150:
            pool = [c for c in CONTEXTS if c[0] in CLASS_CTX[cls] and cat in NARROW_CTX.get(c[0], {cat})
                    for _ in range(CONTEXT_WEIGHTS[c[0]])]
            name, fons, svcs, lab_e, lab_w = rng.choice(pool)
            label = lab_w if cls == "bld" and cat == "bat" else lab_e
            use_fon = bool(fons) and rng.random() < 0.6
            use_svc = (not use_fon) or rng.random() < 0.5
            chap = nat = fon = ""
            if use_fon:
                chap, nat, fon = codes_for(cat, fons, rng)
            svc = rng.choice(svcs) if use_svc else ""
            add(text, generic=True, fixed=(chap, nat, fon, svc), labels=label)
            n_ctx += 1
        elif n_none < 40:
            add(text, generic=True, fixed=("", "", "", ""), labels="16:100")
            n_none += 1
    assert n_ctx == 150 and n_none == 40, (n_ctx, n_none)

    # ---- codes, services, misleading services (area lines) -----------------------------
    area = [r for r in rows if not r["generic"]]
    for r in area:
        e = r["entry"]
        r["labels"] = e["labels"]
        chap = nat = fon = svc = ""
        if rng.random() < 0.5:
            chap, nat, fon = codes_for(e["cat"], e["fon"], rng)
        if rng.random() < 0.47:
            svc = rng.choice(SERVICES[e["svc"]])
        r["fixed"] = (chap, nat, fon, svc)
    eligible = [r for r in area if not r["entry"]["generic"]]
    n_mis = round(0.08 * len(rows))
    for r in rng.sample(eligible, n_mis):
        goals = {int(x.split(":")[0]) for x in r["labels"].split(";")}
        options = [s for s, g in MISLEADING if g not in goals]
        chap, nat, fon, _ = r["fixed"]
        if rng.random() < 0.5:
            chap = nat = fon = ""
        r["fixed"] = (chap, nat, fon, rng.choice(options))
        r["misleading"] = True

    rng.shuffle(rows)
    rows = [r for r in rows if curation.keep(r["libelle"])]
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for r in rows:
            chap, nat, fon, svc = r["fixed"]
            w.writerow([r["libelle"], chap, nat, fon, svc, curation.follow_convention(r["libelle"], r["labels"])])
    n_mis = sum(1 for r in rows if r.get("misleading"))
    print(f"wrote {len(rows)} rows to {OUT} ({n_ctx} generic with context, {n_none} generic without, "
          f"{n_mis} with a misleading service)")


if __name__ == "__main__":
    main()
