#!/usr/bin/env python3
"""Write part A of Verdir's labelled training corpus: ODD 1 to 6 as main goals.

Area of this slice: social action and poverty (1), food aid and food policy (2), health,
elderly care and sport (3), schools, early childhood, leisure centres and conservatoires (4),
gender equality (5), water, sanitation and rivers (6).

Every line follows shared/data/odd_codebook.md: at most 3 goals, multiples of 5, sum 100,
largest share first (ties: lower goal first). The label always follows the libellé, even when
the service column points elsewhere.

Deterministic, stdlib only, no network:  python gen_part_a.py  ->  part_a.csv (same folder).
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from pathlib import Path

import curation

rng = random.Random(101)
OUT = Path(__file__).with_name("part_a.csv")
HEADER = ["libelle", "chapitre", "nature", "fonction", "service", "labels"]

P_CODES = 0.45      # rows with chapitre / nature / fonction
P_SERVICE = 0.50    # rows with a service
P_MISLEAD = 0.195    # share of service rows whose service points to another goal (~8% of rows)

# --------------------------------------------------------------------------------------------
# Invented place names. Names inside \x01..\x02 are protected: never abbreviated as articles.
# --------------------------------------------------------------------------------------------

SCHOOL_NAMES = [
    "Jules Ferry", "Jean Jaurès", "Pasteur", "Victor Hugo", "Paul Bert", "Jean Moulin",
    "Marie Curie", "Jacques Prévert", "Louise Michel", "Anatole France", "Jean Macé",
    "Condorcet", "Pablo Picasso", "Saint-Exupéry", "Jean de La Fontaine", "Paul Langevin",
    "Marcel Pagnol", "Simone Veil", "Lucie Aubrac", "Robert Desnos", "Paul Éluard",
    "Georges Brassens", "Jean Zay", "Romain Rolland", "Frédéric Mistral", "Jules Verne",
    "Joliot-Curie", "Aimé Césaire", "Olympe de Gouges", "Camille Claudel", "George Sand",
    "Émile Zola", "Albert Camus", "Colette", "Louis Aragon", "Henri Wallon",
    "Ferdinand Buisson", "Pierre Brossolette", "Germaine Tillion", "Rosa Parks",
    "Nelson Mandela", "Jean Rostand", "Léon Blum", "Charles Péguy", "Alphonse Daudet",
    "Jean Giono", "Louis Pergaud", "Françoise Dolto", "Maurice Genevoix", "Claude Monet",
    "Jean Mermoz", "Hélène Boucher", "Marie Marvingt", "Édouard Herriot", "Paul Doumer",
    "Les Tilleuls", "Les Coquelicots", "Le Petit Prince", "Les Marronniers", "Les Peupliers",
    "La Roseraie", "Les Glycines", "Le Bourg", "Les Acacias", "Bois Fleuri", "Les Hirondelles",
    "Le Moulin", "Les Cerisiers", "La Source", "Les Sablons", "Champ de Foire", "Les Vignes",
    "La Prairie", "Les Lilas", "Les Bleuets", "Les Mésanges", "Le Val", "Les Pommiers",
    "Les Grands Champs", "La Garenne", "Bellevue", "Les Charmes", "Le Parc", "Les Écureuils",
]
# (bare form, "de" form, fonction hint)
SCHOOL_TYPES = [
    ("école maternelle", "de l'école maternelle", "211"),
    ("école maternelle", "de l'école maternelle", "211"),
    ("école élémentaire", "de l'école élémentaire", "212"),
    ("école élémentaire", "de l'école élémentaire", "212"),
    ("groupe scolaire", "du groupe scolaire", "213"),
    ("groupe scolaire", "du groupe scolaire", "212"),
    ("groupe scolaire", "du groupe scolaire", "213"),
    ("école primaire", "de l'école primaire", "212"),
    ("école", "de l'école", "212"),
]
CRECHE_NAMES = [
    "Les Petits Loups", "Les Lucioles", "Les Pitchouns", "Les Bout'chous", "Les P'tits Mousses",
    "Les Marmousets", "La Ribambelle", "Les Frimousses", "Pomme d'Api", "Les Canaillous",
    "Les Diablotins", "Les Câlins", "Les Doudous", "L'Île aux Enfants", "Les Petits Princes",
    "Arc-en-Ciel", "Les Galipettes", "Les Lutins", "Les Moussaillons", "Les Bambins",
    "Les Oursons", "Les Coccinelles", "Les Poussins", "La Farandole", "Les Petits Pas",
    "Les Chatons", "Capucine", "Les Trois Pommes", "Les Loupiots", "Câlinou",
]
CRECHE_TYPES = [
    ("crèche", "de la crèche", "4221"), ("crèche", "de la crèche", "4221"),
    ("multi-accueil", "du multi-accueil", "4222"), ("multi-accueil", "du multi-accueil", "4222"),
    ("EAJE", "de l'EAJE", "422"), ("halte-garderie", "de la halte-garderie", "4221"),
]
GYM_NAMES = [
    "Jean Bouin", "Léo Lagrange", "Pierre de Coubertin", "Jesse Owens", "Marcel Cerdan",
    "Alain Mimoun", "Colette Besson", "Jean Borotra", "Suzanne Lenglen", "Jacques Anquetil",
    "Raymond Kopa", "Micheline Ostermeyer", "Joseph Guillemot", "des Ormeaux", "du Lac",
    "des Tilleuls", "de la Vallée", "des Coteaux", "Roger Couderc", "Émile Anthoine",
    "Alfred Nakache", "Auguste Delaune", "Henri Cochet", "Nelson Paillou", "Boris Vian",
    "Jean Jaurès", "Marie Paradis", "des Pins", "du Château", "Youri Gagarine",
]
GYM_TYPES = [
    ("gymnase", "du gymnase"), ("gymnase", "du gymnase"), ("gymnase", "du gymnase"),
    ("salle de sports", "de la salle de sports"), ("complexe sportif", "du complexe sportif"),
    ("salle omnisports", "de la salle omnisports"),
]
STADE_NAMES = [
    "municipal", "Jean Bouin", "Léo Lagrange", "Auguste Delaune", "Roger Salengro",
    "de la Plaine", "du Moulin", "des Aubépines", "des Sports", "Georges Carpentier",
    "Henri Barbusse", "de la Prairie", "des Trois Chênes", "Yves du Manoir", "des Gravières",
    "Pierre Brossolette", "du Bois Joli", "Marcel Cerdan", "de la Source", "Jules Ladoumègue",
]
PISCINES = [
    ("piscine", "de la piscine", "municipale"), ("piscine", "de la piscine", "des Dauphins"),
    ("piscine", "de la piscine", "Tournesol"), ("centre aquatique", "du centre aquatique", "de la Vallée"),
    ("piscine", "de la piscine", "Jean Taris"), ("piscine", "de la piscine", "Alex Jany"),
    ("piscine", "de la piscine", "du Lac"), ("espace aquatique", "de l'espace aquatique", "Les Ondines"),
    ("piscine", "de la piscine", "des Closeaux"), ("centre aquatique", "du centre aquatique", "L'Odyssée"),
    ("piscine", "de la piscine", "Jean Boiteux"), ("piscine", "de la piscine", "Christine Caron"),
    ("centre nautique", "du centre nautique", "des Remparts"), ("piscine", "de la piscine", "Plein Soleil"),
]
EHPAD_TYPES = [
    ("EHPAD", "de l'EHPAD"), ("EHPAD", "de l'EHPAD"), ("EHPAD", "de l'EHPAD"),
    ("résidence autonomie", "de la résidence autonomie"), ("foyer-logement", "du foyer-logement"),
    ("maison de retraite", "de la maison de retraite"),
]
EHPAD_NAMES = [
    "Les Jardins du Parc", "Le Clos Fleuri", "La Roseraie", "Les Cèdres", "Les Glycines",
    "Les Bleuets", "Les Charmilles", "Le Grand Chêne", "Les Tamaris", "Sainte-Anne",
    "Les Jonquilles", "La Maison du Val", "Les Sources", "Le Belvédère", "Les Saules",
    "Les Myosotis", "Les Hortensias", "Le Verger", "Les Trois Tilleuls", "La Chênaie",
]
STREETS = [
    ("rue", "Victor Hugo"), ("avenue", "Jean Jaurès"), ("rue", "de la République"),
    ("rue", "Gambetta"), ("boulevard", "Pasteur"), ("rue", "des Écoles"), ("chemin", "des Vignes"),
    ("rue", "du Moulin"), ("allée", "des Acacias"), ("rue", "de la Gare"), ("rue", "Carnot"),
    ("avenue", "du Général de Gaulle"), ("rue", "Anatole France"), ("impasse", "des Lilas"),
    ("route", "de Saint-Martin"), ("rue", "des Prés"), ("chemin", "de la Fontaine"),
    ("rue", "Émile Zola"), ("avenue", "de la Libération"), ("rue", "du Stade"),
    ("rue", "Pierre Sémard"), ("rue", "des Tanneurs"), ("rue", "Voltaire"), ("rue", "Paul Bert"),
    ("rue", "de Verdun"), ("rue", "du 8 Mai 1945"), ("chemin", "du Bois Joli"),
    ("rue", "des Jardins"), ("rue", "des Peupliers"), ("boulevard", "de l'Europe"),
    ("rue", "Jean Moulin"), ("avenue", "des Tilleuls"), ("rue", "de la Paix"),
    ("rue", "du Château"), ("rue", "des Forges"), ("route", "de la Plaine"),
    ("rue", "Marcel Cachin"), ("rue", "des Vergers"), ("chemin", "des Écoliers"),
    ("rue", "Lamartine"), ("quai", "de la Rivière"), ("rue", "de l'Église"),
    ("avenue", "Henri Barbusse"), ("rue", "des Cordiers"), ("rue", "Jeanne d'Arc"),
    ("rue", "Jules Guesde"), ("rue", "des Marronniers"), ("allée", "des Pins"),
    ("rue", "Saint-Exupéry"), ("route", "de Montfort"), ("rue", "du Lavoir"),
    ("chemin", "des Sablons"), ("rue", "Aristide Briand"), ("rue", "des Charmilles"),
]
QUARTIERS = [
    ("quartier", "des Bruyères"), ("quartier", "Bellevue"), ("quartier", "de la Gare"),
    ("quartier", "Nord"), ("quartier", "Sud"), ("quartier", "des Fontaines"),
    ("quartier", "Beauregard"), ("quartier", "du Mail"), ("quartier", "de la Croix-Blanche"),
    ("quartier", "du Val Fleuri"), ("quartier", "des Quatre Chemins"), ("quartier", "Champ Fleuri"),
    ("quartier", "de la Garenne"), ("quartier", "des Sablières"), ("quartier", "du Plateau"),
    ("quartier", "de la Madeleine"), ("quartier", "des Provinces"), ("quartier", "Saint-Jacques"),
    ("quartier", "des Aubiers"), ("quartier", "de la Pépinière"), ("quartier", "des Pins"),
    ("quartier", "du Haut-Pré"), ("quartier", "des Coteaux"), ("quartier", "Montplaisir"),
    ("quartier", "du Grand Pré"), ("secteur", "Ouest"), ("quartier", "des Minimes"),
    ("quartier", "de la Source"), ("quartier", "Centre-ville"), ("quartier", "Est"),
]
HAMEAUX = [
    ("hameau", "des Granges"), ("lieu-dit", "La Bergerie"), ("hameau", "de Champagnac"),
    ("secteur", "des Essarts"), ("hameau", "de la Vernède"), ("hameau", "du Pontet"),
    ("lieu-dit", "Les Mazures"), ("hameau", "de la Combe"), ("hameau", "du Colombier"),
    ("hameau", "du Bouchet"), ("secteur", "de la Ribière"), ("hameau", "de Bellecombe"),
    ("lieu-dit", "Le Pré Long"), ("hameau", "des Aillauds"), ("hameau", "de Vaulx"),
]
RIVERS = [  # ("de" article, name)
    ("du ruisseau", "des Aulnes"), ("du ru", "de Vaux"), ("de la", "Vionne"), ("du", "Merdereau"),
    ("du ruisseau", "de la Fosse"), ("du ru", "du Moulin"), ("du", "Gravelon"), ("de la", "Brèche"),
    ("du ruisseau", "Blanc"), ("de la", "Lézarde"), ("du ruisseau", "des Prés"), ("de la", "Morte"),
    ("du", "Rupt"), ("du ruisseau", "de Bellefontaine"), ("de la", "Sorgue Vive"), ("du", "Ruisselet"),
]
STEP_NAMES = ["de la Prairie", "des Îles", "du Port", "de Bel-Air", "des Mottes", "de la Vallée",
              "du Moulin Neuf", "des Gravières", "de la Pointe", "de Bois-Joli", "des Vernes"]
RESERVOIRS = [("du réservoir", "des Hauts"), ("du château d'eau", "de la Croix"),
              ("du réservoir", "du Mont Rond"), ("du château d'eau", "des Buttes"),
              ("du réservoir", "de Beaulieu"), ("du réservoir", "de la Garde"),
              ("du château d'eau", "du Bourg"), ("du réservoir", "des Bruyères"),
              ("du réservoir", "de la Chapelle")]
CAPTAGES = [("du captage", "de la Fontaine Saint-Martin"), ("du puits", "des Prés"),
            ("du forage", "des Sources"), ("de la source", "du Lavoir"),
            ("du captage", "des Fontenelles"), ("du champ captant", "de la Plaine"),
            ("du forage", "de la Noue")]
JARDINS = ["de la Plaine", "des Sablons", "du Moulin", "des Coteaux", "de la Noue", "des Prés Verts",
           "du Ruisseau", "de la Butte", "des Chaumes", "de la Gravière"]
CENTRES_LOISIRS = ["Les Écureuils", "La Clairière", "Les Castors", "Le Bois Joli", "La Pinède",
                   "Les Grillons", "Les Farfadets", "Les Copains d'Abord", "La Cabane", "Les Sorbiers"]
CONSERVATOIRES = [("du conservatoire", "Maurice Ravel"), ("du conservatoire", "Claude Debussy"),
                  ("du conservatoire", "Hector Berlioz"), ("du conservatoire", "Darius Milhaud"),
                  ("du conservatoire", "Francis Poulenc"), ("de l'école de musique", "municipale"),
                  ("de l'école de musique et de danse", "Érik Satie"),
                  ("du conservatoire à rayonnement communal", ""), ("de l'école des arts", "")]
CLUBS = [("de l'", "Union sportive"), ("du ", "Judo Club"), ("du ", "Tennis Club"),
         ("du ", "Handball Club"), ("du ", "Football Club"), ("du ", "Basket Club"),
         ("du ", "Rugby Club"), ("du ", "Cercle des Nageurs"), ("de la ", "Gymnastique Volontaire"),
         ("du ", "Club Athlétique"), ("de l'", "Entente Cycliste"), ("du ", "Badminton Club"),
         ("du ", "Club de Tennis de Table"), ("du ", "Volley-Ball Club"), ("du ", "Karaté Club"),
         ("de l'", "Aviron Club"), ("du ", "Cercle d'Escrime"), ("de l'", "Étoile Sportive"),
         ("du ", "Stade Olympique"), ("du ", "Twirling Club"), ("de la ", "Boule Amicale"),
         ("du ", "Club Alpin"), ("de l'", "Amicale Laïque section gym")]
RACES = [("des ", "Foulées de la Rivière"), ("de la ", "Corrida de Noël"), ("du ", "Trail des Coteaux"),
         ("du ", "Semi-marathon de la Vallée"), ("de la ", "Course des Remparts"),
         ("du ", "Triathlon du Lac"), ("du ", "Raid nature des Collines"), ("des ", "10 km de la ville")]
ASSO_VIOLENCES = ["Solidarité Femmes", "SOS Femmes", "Femmes Debout", "L'Escale", "Paroles de Femmes",
                  "Du Côté des Femmes", "Elles Rebondissent", "Accueil Femmes Solidarité", "Le Relais Femmes"]
EPICERIES = ["La Passerelle", "L'Escale", "Le Coup de Pouce", "Le Panier Garni", "La Courte Échelle",
             "Au P'tit Marché", "L'Éclaircie", "Le Trait d'Union", "La Main Tendue"]
ASSO_SOCIALES = ["Accueil et Partage", "La Cloche", "L'Abri", "Le Relais Solidarité", "Fraternité Saint-Martin",
                 "Le Fil d'Ariane", "Solidarité Partage", "Entraide Protestante", "Le Pont", "Main dans la Main",
                 "La Halte Fraternelle", "Solidarités Nouvelles"]
ASSO_EGALITE = ["Elles Bougent", "Femmes en Mouvement", "Parité Ensemble", "Voix de Femmes", "Action Femmes",
                "Les Dégommeuses", "Osons l'Égalité", "Femmes du Monde"]
PARCS = [("au ", "parc des Sources"), ("au ", "square Pasteur"), ("au ", "jardin public"),
         ("sur la ", "place de la Mairie"), ("au ", "parc de la Roseraie"), ("au ", "square des Tilleuls"),
         ("sur la ", "promenade des Berges"), ("au ", "parc du Château"), ("à la ", "base de loisirs"),
         ("au ", "parc Lamartine"), ("sur le ", "mail Gambetta"), ("au ", "bois de la Garenne")]
PARKINGS = ["de la gare", "du marché", "de l'hôtel de ville", "du cimetière", "des Halles", "du stade",
            "de la médiathèque", "Carnot"]
COLLEGES = ["Jean Monnet", "Pierre Mendès France", "Jacques Prévert", "Victor Schoelcher", "Louise Weiss",
            "Les Tilleuls", "Albert Camus", "Jules Michelet"]


def prot(name: str) -> str:
    return "\x01" + name + "\x02" if name else ""


def pick(seq, used=None):
    """Random element, avoiding ones already used by the same entry when possible."""
    if used is not None:
        fresh = [x for x in seq if x not in used]
        if fresh:
            x = rng.choice(fresh)
            used.add(x)
            return x
    return rng.choice(seq)


# --------------------------------------------------------------------------------------------
# Services (pool -> goal it suggests; None = neutral technical pool)
# --------------------------------------------------------------------------------------------

SERVICES = {
    "EDU": (4, ["DIRECTION DE L'EDUCATION", "Direction de l'Education", "Direction de l'Éducation",
                "Service Scolaire", "SCOLAIRE", "Affaires scolaires", "AFFAIRES SCOLAIRES",
                "Pôle Education", "Direction Education Jeunesse", "DEJ", "Education", "EDUCATION",
                "Service Education", "Vie scolaire", "Direction Enfance Education", "DIR EDUCATION",
                "Service des écoles", "Pôle Enfance Education"]),
    "ENF": (4, ["Service Enfance", "ENFANCE", "Enfance Jeunesse", "ENFANCE JEUNESSE",
                "Direction Enfance Jeunesse", "Service Périscolaire", "PERISCOLAIRE", "Pôle Famille",
                "Direction de la Famille", "Enfance-Jeunesse", "Accueils de loisirs", "Service Animation"]),
    "PE": (4, ["Petite Enfance", "PETITE ENFANCE", "Direction de la Petite Enfance",
               "Service Petite Enfance", "Pôle Petite Enfance", "DPE", "Direction Petite Enfance Famille"]),
    "REST": (4, ["Restauration", "RESTAURATION SCOLAIRE", "Service Restauration", "Cuisine centrale",
                 "CUISINE CENTRALE", "Direction de la Restauration", "Restauration collective",
                 "Service restauration municipale"]),
    "CULT": (11, ["Direction des Affaires Culturelles", "DAC", "Culture", "CULTURE", "Conservatoire",
                  "CONSERVATOIRE", "Médiathèque", "Service Culturel", "Pôle Culture", "Lecture publique"]),
    "SOC": (1, ["CCAS", "Action sociale", "ACTION SOCIALE", "Direction de l'Action Sociale", "Solidarités",
                "SOLIDARITES", "Pôle Solidarités", "Direction des Solidarités", "Service social",
                "Cohésion sociale", "Direction Cohésion Sociale", "DAS", "Pôle Social",
                "Direction Solidarité Santé", "CCAS - Insertion"]),
    "SENIOR": (3, ["Service Seniors", "Personnes âgées", "PERSONNES AGEES", "Direction Autonomie Seniors",
                   "SENIORS", "Pôle Seniors", "CCAS", "Service Autonomie", "Résidences autonomie"]),
    "SANTE": (3, ["Service Santé", "SANTE", "Direction de la Santé", "Santé publique", "Hygiène et santé",
                  "SCHS", "Service Communal d'Hygiène et de Santé", "Prévention Santé",
                  "Centre municipal de santé", "Direction Santé Publique", "HYGIENE SANTE"]),
    "SPORT": (3, ["SPORTS", "Service des Sports", "Direction des Sports", "Sports", "Direction Sports Jeunesse",
                  "DSJ", "Vie sportive", "Service des sports et loisirs", "Pôle Sports", "SPORT",
                  "Direction des Sports et de la Vie Associative", "Equipements sportifs"]),
    "PISC": (3, ["Piscine", "Centre aquatique", "PISCINE MUNICIPALE", "Service des Sports", "SPORTS"]),
    "EGAL": (5, ["Mission égalité", "Mission Egalité Femmes-Hommes", "Droits des femmes",
                 "Mission Droits des femmes", "Egalité Diversité", "MISSION EGALITE F/H",
                 "Direction de la Citoyenneté", "Cohésion sociale"]),
    "PREV": (16, ["Prévention de la délinquance", "CLSPD", "Prévention", "Service Prévention Médiation",
                  "Direction Tranquillité Publique Prévention"]),
    "RH": (16, ["DRH", "Ressources humaines", "RESSOURCES HUMAINES", "Direction des Ressources Humaines",
                "DRH - Formation", "Service du personnel"]),
    "EAU": (6, ["Eau et Assainissement", "EAU ASSAINISSEMENT", "Service de l'Eau", "Régie des eaux",
                "Assainissement", "ASSAINISSEMENT", "Direction du Cycle de l'Eau", "Service Eaux",
                "Direction de l'Eau", "Réseaux", "RESEAUX", "Direction Eau Environnement", "Service des eaux",
                "EAU POTABLE"]),
    "TECH": (None, ["DST", "Services techniques", "SERVICES TECHNIQUES", "Bâtiments", "BATIMENTS",
                    "Direction du Patrimoine Bâti", "Patrimoine bâti", "Régie bâtiments",
                    "Direction des Bâtiments", "CTM", "Pôle Cadre de vie", "Direction des Services Techniques",
                    "DPB", "Pôle Aménagement", "Travaux", "Direction Bâtiments et Energie"]),
    "TECHG": (None, ["DST", "Services techniques", "SERVICES TECHNIQUES", "CTM", "Pôle Cadre de vie",
                     "Direction des Services Techniques", "Pôle Aménagement", "Travaux", "Régie voirie réseaux"]),
    "FOOD": (2, ["Service Alimentation Durable", "Mission Alimentation", "Agriculture urbaine",
                 "Régie agricole", "Alimentation durable", "Mission agriculture et alimentation"]),
    "DD": (13, ["Développement durable", "Direction de la Transition Ecologique", "Transition écologique",
                "DEVELOPPEMENT DURABLE"]),
    "ENV": (15, ["Espaces verts", "ESPACES VERTS", "Direction des Espaces Verts", "Environnement",
                 "Direction Nature en ville", "Parcs et jardins"]),
    "VOIRIE": (11, ["VOIRIE", "Voirie", "Direction des espaces publics", "Espaces publics", "Voirie Réseaux",
                    "Direction de la Voirie", "Service Voirie"]),
    "FIN": (17, ["Finances", "DIRECTION DES FINANCES", "Direction des Finances", "FINANCES", "Service financier"]),
    "POLICE": (16, ["Police municipale", "POLICE MUNICIPALE", "Sécurité publique"]),
    "DSI": (16, ["DSI", "Informatique", "Direction des Systèmes d'Information"]),
    "DEVECO": (8, ["Développement économique", "DEV ECO", "Commerce", "Emploi Insertion"]),
    "URBA": (11, ["Urbanisme", "URBANISME", "Direction de l'Aménagement", "Habitat Logement"]),
    "COM": (16, ["Direction de la Communication", "Communication", "Evénementiel", "Fêtes et cérémonies"]),
    "ADMIN": (16, ["Administration générale", "DGS", "Secrétariat général", "Affaires générales"]),
    "JEUN": (10, ["Jeunesse", "Service Jeunesse", "Maison des jeunes", "Vie associative"]),
}

# --------------------------------------------------------------------------------------------
# Domains: M57 fonctions, service pools, building nature (chapter 21)
# --------------------------------------------------------------------------------------------

DOMS = {
    "ecole": (["212", "213", "21", "212"], ["EDU", "EDU", "TECH"], "21312"),
    "mat": (["211"], ["EDU", "TECH"], "21312"),
    "resto": (["281"], ["REST", "REST", "EDU"], "21312"),
    "peri": (["288", "28", "331"], ["ENF", "EDU"], "21312"),
    "alsh": (["331", "33"], ["ENF", "ENF", "TECH"], "21318"),
    "colo": (["332"], ["ENF"], "21318"),
    "decouv": (["284"], ["EDU", "ENF"], "21312"),
    "edu_gen": (["20", "201", "288"], ["EDU"], "21312"),
    "sco_sport": (["282"], ["EDU", "SPORT"], "21312"),
    "med_sco": (["283"], ["EDU", "SANTE"], "21313"),
    "pe": (["4221", "4222", "422"], ["PE", "PE", "TECH"], "21313"),
    "ram": (["4228", "422"], ["PE"], "21313"),
    "famille": (["4212", "421"], ["SOC", "ENF"], "21313"),
    "conserv": (["311", "31"], ["CULT"], "21314"),
    "biblio": (["313"], ["CULT"], "21314"),
    "social": (["424", "428", "42", "420"], ["SOC"], "21313"),
    "food_aid": (["424", "428"], ["SOC", "SOC", "FOOD"], "21313"),
    "food": (["6318", "413", "631"], ["FOOD", "DD"], "21318"),
    "agri": (["631", "511"], ["FOOD", "ENV", "DD"], "21318"),
    "sante": (["41", "412", "418", "410"], ["SANTE"], "21313"),
    "cds": (["414"], ["SANTE", "TECH"], "21313"),
    "pmi": (["411"], ["SANTE", "PE"], "21313"),
    "hyg": (["13", "412"], ["SANTE"], "21318"),
    "senior": (["423", "4232", "4238"], ["SENIOR"], "21313"),
    "ehpad": (["423", "4238"], ["SENIOR", "TECH"], "21313"),
    "gym": (["321"], ["SPORT", "SPORT", "TECH"], "21314"),
    "stade": (["322"], ["SPORT", "SPORT", "TECH"], "21314"),
    "piscine": (["323"], ["PISC", "SPORT", "TECH"], "21314"),
    "sport": (["325", "32", "321"], ["SPORT"], "21314"),
    "sport_ev": (["326"], ["SPORT"], "21314"),
    "club": (["3272", "327", "32"], ["SPORT"], "21314"),
    "egal": (["341", "34"], ["EGAL"], "21318"),
    "vif": (["341", "424", "11"], ["EGAL", "PREV", "SOC"], "21318"),
    "rh_egal": (["020", "341"], ["RH", "EGAL"], "21311"),
    "eau": (["732"], ["EAU", "EAU", "TECHG"], "21318"),
    "assain": (["733"], ["EAU", "EAU", "TECHG"], "21318"),
    "pluvial": (["734", "735"], ["EAU", "VOIRIE"], "21318"),
    "riviere": (["731", "76"], ["EAU", "ENV"], "21318"),
}

RESEAU_NATURE = {"eau": "21531", "assain": "21532", "pluvial": "21538"}

# code profiles: kind (I/F) and (chapitre, nature) options; "BAT"/"RES" resolved per domain
PROFILES = {
    "bat": ("I", [("23", "2313"), ("21", "BAT"), ("21", "BAT"), ("21", "2135")]),
    "amgt": ("I", [("21", "2128"), ("23", "2312")]),
    "reseau": ("I", [("21", "RES"), ("23", "2315")]),
    "instal": ("I", [("21", "2158"), ("23", "2315")]),
    "etude": ("I", [("20", "2031")]),
    "moe": ("I", [("20", "2031"), ("23", "2313")]),
    "mob": ("I", [("21", "2184"), ("21", "2188")]),
    "mat": ("I", [("21", "2188"), ("21", "2158")]),
    "info": ("I", [("21", "2183"), ("20", "2051")]),
    "veh": ("I", [("21", "2182")]),
    "terrain": ("I", [("21", "2111"), ("21", "2115")]),
    "sub_inv": ("I", [("204", "20421"), ("204", "20422")]),
    "sub": ("F", [("65", "6574"), ("65", "6574"), ("65", "65748")]),
    "sub_ccas": ("F", [("65", "657363")]),
    "sub_cde": ("F", [("65", "657364")]),
    "sub_ba": ("F", [("65", "657362")]),
    "contrib": ("F", [("65", "6558")]),
    "contrib_grp": ("F", [("65", "6556")]),
    "aide": ("F", [("65", "6513"), ("65", "6511")]),
    "fourn": ("F", [("011", "60632"), ("011", "6068"), ("011", "60628")]),
    "fourn_scol": ("F", [("011", "6067")]),
    "traitmt": ("F", [("011", "60624")]),
    "pharma": ("F", [("011", "6066")]),
    "livres": ("F", [("011", "6065")]),
    "alim": ("F", [("011", "60623")]),
    "elec": ("F", [("011", "60612")]),
    "chauf": ("F", [("011", "60621"), ("011", "60613")]),
    "contrat": ("F", [("011", "611")]),
    "entr_bat": ("F", [("011", "615221"), ("011", "61522")]),
    "entr_res": ("F", [("011", "615232")]),
    "entr_terr": ("F", [("011", "61521")]),
    "maint": ("F", [("011", "6156")]),
    "loc": ("F", [("011", "6135"), ("011", "6132")]),
    "etude_f": ("F", [("011", "617"), ("011", "6226")]),
    "honor": ("F", [("011", "6226")]),
    "transp": ("F", [("011", "6247")]),
    "form": ("F", [("011", "6184")]),
    "fete": ("F", [("011", "6232")]),
    "pub": ("F", [("011", "6236"), ("011", "6237"), ("011", "6231")]),
    "presta": ("F", [("011", "611"), ("011", "6042")]),
    "nettoy": ("F", [("011", "6283")]),
    "gardien": ("F", [("011", "6282")]),
    "divers": ("F", [("011", "6228")]),
    "cotis": ("F", [("011", "6281")]),
    "redev": ("F", [("011", "637")]),
    "achat_eau": ("F", [("011", "6042"), ("011", "604")]),
    "perso": ("F", [("012", "64111"), ("012", "64131")]),
    "vac": ("F", [("012", "6414"), ("012", "64131")]),
}

# --------------------------------------------------------------------------------------------
# Entries:  dom | profile | labels | variants | flags | text
#   flags: r = raw (written as it appears, case kept), c = needs its service/fonction to make sense
# --------------------------------------------------------------------------------------------

ENTRIES_4 = """
ecole|bat|4:85;11:15|4||Réfection de la toiture {dECO}
ecole|bat|4:50;7:50|4||Isolation thermique {dECO}
ecole|bat|4:60;7:40|3||Remplacement des menuiseries extérieures {dECO}
ecole|bat|4:60;7:40|3||Remplacement de la chaudière {dECO}
ecole|bat|4:50;7:50|2||Installation d'une pompe à chaleur {aECO}
ecole|bat|4:50;7:50|3||Rénovation énergétique {dECO}
ecole|bat|4:50;7:50|2||Isolation des combles {dECO}
ecole|bat|4:50;7:50|1||Raccordement au réseau de chaleur {dECO}
ecole|bat|4:85;11:15|3||Construction du groupe scolaire {N}
ecole|bat|4:85;11:15|3||Extension {dECO}
ecole|bat|4:85;11:15|3||Restructuration {dECO}
ecole|bat|4:85;11:15|2||Réhabilitation {dECO}
ecole|bat|4:85;11:15|2||Rénovation {dECO}
ecole|bat|4:50;10:50|3||Mise en accessibilité PMR {dECO}
ecole|bat|4:50;10:50|1||Installation d'un ascenseur {aECO}
ecole|bat|4:85;11:15|2||Mise aux normes sécurité incendie {dECO}
ecole|bat|4:90;11:10|2||Remplacement du système de sécurité incendie {dECO}
ecole|bat|4:85;11:15|3||Réfection des sanitaires {dECO}
ecole|amgt|4:85;11:15|2||Réfection de la cour {dECO}
ecole|amgt|13:50;4:30;15:20|3||Désimperméabilisation de la cour {dECO}
ecole|amgt|13:50;4:30;15:20|2||Création d'une cour oasis {aECO}
ecole|amgt|15:50;4:30;13:20|1||Végétalisation de la cour {dECO}
ecole|bat|4:50;7:50|2||Relamping LED {dECO}
ecole|bat|7:60;4:40|1||Installation de panneaux photovoltaïques sur la toiture {dECO}
ecole|bat|4:90;11:10|2||Travaux de peinture des salles de classe {dECO}
ecole|bat|4:85;11:15|2||Création d'un préau {aECO}
ecole|bat|4:85;11:15|2||Rénovation du réfectoire {dECO}
resto|bat|4:80;11:20|2||Agrandissement du restaurant scolaire {dECO}
ecole|bat|4:85;11:15|2||Création d'une classe supplémentaire {aECO}
ecole|bat|4:90;11:10|2||Installation de bâtiments modulaires {aECO}
ecole|bat|4:60;3:40|2||Désamiantage {dECO}
ecole|bat|4:60;3:40|1||Amélioration de la ventilation et de la qualité de l'air {dECO}
ecole|mat|4:60;3:40|1||Acquisition de capteurs de CO2 pour les salles de classe
ecole|bat|4:80;16:20|2||Installation d'une alarme PPMS {aECO}
ecole|amgt|4:60;11:40|2||Sécurisation des abords {dECO}
ecole|moe|4:85;11:15|3||Maîtrise d'oeuvre pour la réhabilitation {dECO}
ecole|etude|4:85;11:15|2||Étude de programmation pour un nouveau groupe scolaire {Q}
ecole|etude|4:50;7:50|1||Diagnostic énergétique des bâtiments scolaires
ecole|etude|4:100|1||Étude prospective des effectifs scolaires
ecole|bat|4:85;11:15|2||Rénovation des salles de classe {dECO}
ecole|bat|4:85;11:15|1||Remplacement des faux plafonds {dECO}
ecole|bat|4:85;11:15|1||Réfection des sols {dECO}
mat|bat|4:85;11:15|1||Création d'un dortoir {aECO}
ecole|bat|4:70;13:30|2||Installation de brise-soleil et de stores {dECO}
ecole|bat|4:85;11:15|1||Ravalement de façade {dECO}
ecole|bat|4:85;11:15|1||Étanchéité des toitures-terrasses {dECO}
ecole|bat|4:60;7:40|1||Remplacement de la centrale de traitement d'air {dECO}
ecole|bat|4:85;11:15|1||Réaménagement de la bibliothèque centre documentaire {dECO}
ecole|bat|4:85;11:15|1||Réfection des réseaux de plomberie {dECO}
ecole|bat|4:85;11:15|1||Remplacement du TGBT {dECO}
ecole|mob|4:100|3||Acquisition de mobilier scolaire {ECO}
ecole|mob|4:100|1||Renouvellement du mobilier des classes
ecole|info|4:80;9:20|2||Équipement numérique des écoles
ecole|info|4:80;9:20|1||Acquisition de tableaux numériques interactifs
ecole|info|4:80;9:20|1||Classes mobiles de tablettes pour les écoles élémentaires
ecole|info|4:70;9:30|1||Câblage informatique et wifi {dECO}
ecole|info|4:80;9:20|1||Plan numérique des écoles {Y}
ecole|mat|4:100|2||Acquisition de jeux de cour {ECO}
mat|mat|4:100|1||Acquisition de matériel de motricité pour les écoles maternelles
resto|mat|4:100|2||Achat d'un lave-vaisselle pour le restaurant scolaire {ECO}
resto|mat|4:80;2:20|1||Acquisition d'un four mixte pour la cuisine centrale
resto|mat|4:100|1||Renouvellement des équipements de cuisine des offices de restauration
resto|bat|4:70;2:15;11:15|1||Construction d'une cuisine centrale
resto|bat|4:70;2:15;11:15|1||Restructuration de la cuisine centrale
resto|veh|4:80;2:20|1||Acquisition d'un véhicule frigorifique pour la livraison des repas scolaires
resto|mob|4:100|1||Mobilier des restaurants scolaires
ecole|fourn_scol|4:100|2||Fournitures scolaires des écoles élémentaires
mat|fourn_scol|4:100|1||Dotation en fournitures scolaires des écoles maternelles
ecole|fourn_scol|4:100|1||Crédits scolaires par élève
ecole|livres|4:100|1||Achat de manuels scolaires
ecole|livres|4:100|1||Dictionnaires offerts aux élèves de CM2
sco_sport|transp|4:60;3:40|1||Transport des élèves vers la piscine
decouv|transp|4:100|1||Transports pour les sorties scolaires
decouv|presta|4:100|2||Classes de découverte {YY}
decouv|presta|4:100|1||Séjours en classes de neige
decouv|sub|4:100|1||Participation communale aux classes vertes
ecole|contrib|4:100|2||Forfait communal versé aux écoles privées sous contrat
ecole|contrib|4:100|1||Participation aux frais de scolarité des enfants scolarisés hors commune
ecole|sub_cde|4:100|2||Subvention à la caisse des écoles
ecole|sub|4:100|1||Subventions aux coopératives scolaires
sco_sport|sub|4:60;3:40|1||Subvention à l'USEP pour le sport scolaire
mat|perso|4:100|1||Rémunération des ATSEM
peri|vac|4:100|1||Vacations des animateurs périscolaires
ecole|nettoy|4:100|1||Nettoyage des locaux scolaires
ecole|maint|4:100|1||Contrat de maintenance des chaudières des écoles
ecole|elec|4:100|1||Électricité des bâtiments scolaires
ecole|chauf|4:100|1||Chauffage des groupes scolaires
ecole|loc|4:100|1||Location de bâtiments modulaires {aECO}
ecole|entr_terr|4:70;15:30|1||Entretien des espaces verts des écoles
ecole|maint|4:80;9:20|1||Maintenance informatique des écoles
ecole|contrat|4:80;9:20|1||Abonnement à l'espace numérique de travail des écoles
edu_gen|etude_f|4:100|1||Élaboration du projet éducatif de territoire (PEDT)
edu_gen|sub|4:70;10:30|1||Programme de réussite éducative
edu_gen|sub|4:70;10:30|2||Cité éducative {Q}
edu_gen|sub|4:80;10:20|1||Contrat local d'accompagnement à la scolarité (CLAS)
ecole|bat|4:80;10:20|1||Aménagement des classes dédoublées en REP+
edu_gen|presta|4:100|1||Aide aux devoirs
edu_gen|aide|4:100|1||Bourses communales aux étudiants
edu_gen|aide|4:100|1||Calculatrices offertes aux élèves entrant en sixième
ecole|bat|4:60;10:40|1||Aménagement d'une classe ULIS {aECO}
ecole|vac|4:60;10:40|1||Accompagnement des élèves en situation de handicap sur le temps méridien
resto|alim|4:60;2:40|1||Achat de denrées alimentaires pour la restauration scolaire
resto|alim|4:60;2:40|1||Alimentation des cantines scolaires
resto|alim|4:60;2:40|1||Denrées des restaurants scolaires
resto|contrat|4:60;2:40|2||Prestation de fourniture de repas pour les restaurants scolaires
resto|contrat|4:60;2:40|1||Délégation de service public de la restauration scolaire
peri|alim|4:70;2:30|1||Goûters des accueils périscolaires
resto|vac|4:100|1||Surveillance de la pause méridienne
resto|maint|4:100|1||Maintenance des équipements de cuisine des restaurants scolaires
alsh|bat|4:85;11:15|2||Construction d'un accueil de loisirs {Q}
alsh|bat|4:85;11:15|2||Réhabilitation du centre de loisirs {CL}
alsh|presta|4:100|1||Prestations d'animation des ALSH pendant l'été
alsh|presta|4:100|1||Sorties et activités des centres de loisirs
colo|presta|4:100|2||Séjours de vacances pour les enfants
alsh|fourn|4:100|1||Fournitures pédagogiques des accueils de loisirs
alsh|transp|4:100|1||Transports des enfants des centres de loisirs
alsh|alim|4:70;2:30|1||Repas des accueils de loisirs du mercredi
alsh|sub|4:100|2||Subvention à l'association gestionnaire de l'accueil de loisirs {CL}
peri|contrat|4:100|1||Délégation de service public des accueils périscolaires
peri|presta|4:100|1||Accueil périscolaire du matin et du soir
peri|vac|4:100|1||Études surveillées
peri|presta|4:100|1||Activités éducatives du temps méridien
alsh|mob|4:100|1||Mobilier et matériel pour l'accueil de loisirs {CL}
alsh|amgt|4:85;11:15|1||Aménagement des extérieurs du centre de loisirs {CL}
alsh|veh|4:100|1||Acquisition d'un minibus pour le centre de loisirs
pe|bat|4:85;11:15|3||Construction d'un multi-accueil {Q}
pe|bat|4:85;11:15|3||Extension {dC}
pe|bat|4:50;7:50|2||Rénovation énergétique {dC}
pe|bat|4:90;11:10|2||Réfection des sols {dC}
pe|amgt|4:85;11:15|2||Aménagement de l'espace extérieur {dC}
pe|bat|4:85;11:15|2||Réhabilitation {dC}
pe|bat|4:60;7:40|1||Remplacement du système de chauffage {dC}
pe|bat|4:70;13:30|1||Rafraîchissement des locaux en été {dC}
pe|mob|4:100|2||Acquisition de mobilier petite enfance
pe|mat|4:100|1||Acquisition de jeux d'éveil pour les crèches
pe|mat|4:100|1||Achat de poussettes multiplaces
pe|mob|4:100|1||Renouvellement des lits {dC}
pe|fourn|4:100|1||Couches et produits d'hygiène des crèches
pe|alim|4:70;2:30|2||Alimentation des crèches
pe|alim|4:70;2:30|1||Lait infantile et petits pots
pe|sub|4:100|3||Subvention à la crèche associative {Cn}
pe|sub|4:100|1||Subvention à la crèche parentale
pe|contrat|4:100|2||Réservation de berceaux en crèche privée
pe|contrat|4:100|1||Délégation de service public {dC}
ram|presta|4:100|2||Fonctionnement du relais petite enfance
ram|presta|4:100|1||Ateliers d'éveil du relais assistantes maternelles
famille|presta|4:100|1||Lieu d'accueil enfants-parents
ram|form|4:100|1||Formation continue des assistantes maternelles
pe|vac|4:60;3:40|1||Vacations du médecin de crèche
famille|etude_f|4:60;1:40|1||Convention territoriale globale avec la CAF
pe|bat|4:85;11:15|1||Construction d'une maison de la petite enfance
pe|sub|4:60;5:20;8:20|1||Places en crèche à vocation d'insertion professionnelle
pe|bat|4:85;11:15|1||Transformation de la halte-garderie en multi-accueil
pe|nettoy|4:100|1||Blanchissage du linge des crèches
pe|perso|4:100|1||Auxiliaires de puériculture remplaçantes
conserv|bat|4:85;11:15|3||Réhabilitation {dCONS}
conserv|mat|4:80;11:20|2||Achat d'instruments de musique pour le conservatoire
conserv|sub|4:70;11:30|1||Subvention à l'école de musique associative
conserv|presta|4:70;11:30|1||Éducation artistique et culturelle dans les écoles
biblio|livres|4:60;11:40|1||Acquisition de livres jeunesse pour la médiathèque
biblio|presta|4:70;11:30|1||Accueil des classes et animations lecture à la médiathèque
ecole|livres|4:100|1||Livres pour les bibliothèques centres documentaires des écoles
famille|presta|4:70;11:30|1||Fonctionnement de la ludothèque municipale
conserv|presta|4:80;11:20|1||Projet orchestre à l'école
conserv|bat|4:85;11:15|1||Insonorisation des salles de cours {dCONS}
edu_gen|sub|4:100|2||Subvention pour le voyage scolaire du collège {COL}
edu_gen|aide|4:70;8:30|1||Aide au financement du BAFA
sco_sport|presta|4:60;3:40|1||Apprentissage de la natation scolaire
edu_gen|sub|4:100|1||Subvention à l'association des parents d'élèves
pe|sub|4:60;5:40|1||Halte-garderie pour les parents en recherche d'emploi
ecole|presta|4:60;2:40|1||Potager pédagogique dans les écoles
resto|bat|4:85;11:15|1||Réfection de l'office de restauration {dECO}
ecole|bat|4:85;11:15|1|rc|menuiseries
ecole|bat|4:90;11:10|1|r|peinture classes
ecole|bat|4:60;7:40|1|r|chaudière école {N}
mat|bat|4:85;11:15|1|r|toiture maternelle {N}
ecole|mat|4:100|1|r|jeux de cour
ecole|mob|4:100|1|rc|mobilier
ecole|fourn_scol|4:100|1|rc|fournitures
ecole|bat|4:85;11:15|1|r|sanitaires élèves
ecole|bat|4:85;11:15|1|r|préau école {N}
ecole|bat|4:70;13:30|1|r|stores salles de classe
ecole|info|4:80;9:20|1|r|vidéoprojecteurs écoles
ecole|mob|4:100|1|r|tableaux blancs
mat|mob|4:100|1|r|dortoir maternelle
mat|mat|4:100|1|r|tapis motricité
resto|mat|4:100|1|r|vaisselle cantine
pe|mat|4:100|1|r|lave-linge crèche
ecole|entr_bat|4:100|1|rc|petits travaux
ecole|etude|4:100|1|rc|études
ecole|bat|4:85;11:15|1|rc|travaux divers
resto|bat|4:85;11:15|1|r|office cantine {N}
pe|bat|4:85;11:15|1|r|trx crèche {Cn}
alsh|mat|4:100|1|r|matériel alsh
peri|fourn|4:100|1|r|fournitures périsco
ecole|bat|4:85;11:15|1|r|gs {N} trx été
ecole|bat|4:60;7:40|1|r|fenêtres école {N}
conserv|mat|4:80;11:20|1|r|pianos conservatoire
ecole|bat|4:50;7:50|1|r|ISOL THERM GS {N}
ecole|bat|4:85;11:15|1|r|REFECT TOITURE ECOLE MAT {N}
pe|mob|4:100|1|r|ACQ MOB CRECHE {Cn}
ecole|bat|4:85;11:15|1|r|AP {Y}-{NN} REHAB GS {N}
resto|alim|4:60;2:40|1|r|DENREES REST SCOL
ecole|fourn_scol|4:100|1|r|FOURNIT SCOLAIRES ELEM
alsh|presta|4:100|1|r|PRESTA ALSH VACANCES ETE
ecole|bat|4:85;11:15|1|r|{Y}I{NN} - TRX ECOLES PROGRAMME ANNUEL
pe|bat|4:50;7:50|1|r|RENOV ENERG EAJE {Cn}
ecole|info|4:80;9:20|1|r|ENT ECOLES NUMERIQUE
"""

ENTRIES_3 = """
gym|mat|3:100|2||Remplacement des paniers de basket {dG}
stade|amgt|3:60;7:40|2||Remplacement des projecteurs {dS}
stade|bat|3:85;11:15|2||Construction du club-house {dS}
gym|bat|3:90;11:10|1||Installation de gradins {aG}
piscine|bat|3:85;11:15|2||Mise aux normes des installations électriques {dP}
piscine|bat|3:90;11:10|2||Réfection des plages {dP}
sport|entr_terr|3:100|1||Entretien des terrains de pétanque
club|sub|3:100|3||Subvention exceptionnelle {CLUB}
gym|contrib|3:60;4:40|1||Participation aux frais de fonctionnement du gymnase du collège
cds|bat|3:85;11:15|2||Extension de la maison de santé {Q}
cds|contrib|3:100|1||Participation à la maison médicale de garde
cds|bat|3:85;11:15|1||Aménagement d'un centre de santé dentaire
cds|mat|3:80;9:20|1||Cabine de téléconsultation
sante|presta|3:80;10:20|1||Bus santé pour le dépistage itinérant
sante|presta|3:100|1||Journée de dépistage du diabète
sante|pharma|3:100|1||Vaccination antigrippale des agents
hyg|presta|3:60;2:40|1||Contrôles d'hygiène alimentaire dans les restaurants collectifs
sante|presta|3:100|1||Campagne de prévention du suicide
sante|presta|3:70;4:30|1||Éducation à la santé dans les écoles
gym|bat|3:85;11:15|4||Réhabilitation {dG}
gym|bat|3:90;11:10|3||Réfection du sol sportif {dG}
gym|bat|3:50;7:50|3||Rénovation énergétique {dG}
gym|bat|3:85;11:15|2||Remplacement de la couverture {dG}
gym|bat|3:85;11:15|2||Construction d'un gymnase {Q}
gym|bat|3:85;11:15|1||Construction d'une salle multisports
gym|bat|3:50;10:50|2||Mise en accessibilité {dG}
gym|bat|3:85;11:15|2||Réfection des vestiaires et sanitaires {dG}
gym|bat|3:60;7:40|1||Remplacement de l'éclairage par des LED {dG}
gym|bat|3:90;11:10|1||Installation d'un mur d'escalade {aG}
gym|bat|3:85;11:15|1||Création d'une salle de musculation {aG}
gym|bat|3:85;11:15|2||Réfection de la toiture {dG}
gym|bat|3:60;7:40|1||Remplacement de la chaudière {dG}
stade|amgt|3:80;11:20|3||Création d'un terrain de football synthétique {S}
stade|amgt|3:85;11:15|2||Remplacement du gazon synthétique {dS}
stade|amgt|3:50;7:50|2||Éclairage LED du terrain d'honneur {dS}
stade|bat|3:85;11:15|3||Rénovation des vestiaires {dS}
stade|amgt|3:85;11:15|2||Réfection de la piste d'athlétisme {dS}
stade|bat|3:80;11:20|1||Construction d'une tribune {dS}
stade|amgt|3:100|1||Installation d'un arrosage automatique {aS}
stade|amgt|3:90;11:10|1||Clôture et pare-ballons {dS}
stade|amgt|3:85;11:15|1||Drainage du terrain {dS}
sport|amgt|3:80;11:20|3||Création d'un city-stade {Q}
sport|amgt|3:80;11:20|2||Création d'un skatepark
sport|amgt|3:80;11:20|2||Aménagement d'une aire de street workout {Q}
sport|amgt|3:70;15:30|2||Création d'un parcours de santé {PARC}
sport|bat|3:85;11:15|1||Construction de courts de tennis couverts
sport|amgt|3:85;11:15|1||Réfection des courts de tennis extérieurs
sport|amgt|3:85;11:15|1||Création de terrains de padel
sport|bat|3:85;11:15|2||Construction d'un dojo
sport|bat|3:80;11:20|1||Construction d'un boulodrome couvert
sport|amgt|3:80;11:20|1||Aménagement de la base nautique
sport|amgt|3:70;11:30|1||Création d'un pumptrack
piscine|bat|3:85;11:15|3||Réhabilitation {dP}
piscine|instal|3:100|2||Rénovation de la filière de traitement de l'eau {dP}
piscine|bat|3:50;7:50|2||Rénovation énergétique {dP}
piscine|mat|3:60;7:40|1||Couvertures thermiques des bassins {dP}
piscine|bat|3:85;11:15|2||Construction d'un centre aquatique
piscine|instal|3:70;7:30|1||Remplacement de la centrale de déshumidification {dP}
piscine|bat|3:90;11:10|1||Création d'un bassin nordique
piscine|bat|3:90;11:10|1||Rénovation de la pataugeoire {dP}
piscine|bat|7:60;3:40|1||Récupération de chaleur sur les eaux de vidange {dP}
piscine|entr_bat|3:100|1||Vidange annuelle et entretien des bassins {dP}
piscine|traitmt|3:100|1||Produits de traitement de l'eau des piscines
piscine|contrat|3:100|1||Compensation versée au délégataire du centre aquatique
piscine|vac|3:100|1||Vacations des maîtres-nageurs sauveteurs
piscine|chauf|3:100|1||Chauffage {dP}
sport|mat|3:100|2||Acquisition de matériel sportif pour les gymnases
sport|mat|3:100|1||Buts de football et de handball
sport|mat|3:100|1||Tapis de gymnastique
sport|mat|3:100|1||Matériel d'athlétisme
sport|veh|3:100|1||Minibus mis à disposition des clubs sportifs
club|sub|3:100|4||Subvention de fonctionnement {CLUB}
club|sub|3:100|1||Subventions aux associations sportives
club|sub|3:100|1||Subvention exceptionnelle pour l'accession en Nationale 3
club|sub|3:100|1||Aide aux sportifs de haut niveau
club|sub_inv|3:100|1||Subvention d'équipement au club de canoë-kayak
club|sub|3:100|1||Convention d'objectifs avec le club de football
sport_ev|presta|3:80;11:20|2||Organisation {RACE}
sport_ev|fete|3:100|1||Fête du sport et forum des associations sportives
sante|presta|3:100|1||Sport sur ordonnance
sante|sub|3:100|1||Fonctionnement de la maison sport-santé
sport|presta|3:70;10:30|1||Animations sportives dans les quartiers
sport|presta|3:60;4:40|1||École municipale des sports
sport|aide|3:60;10:40|1||Aide à la licence sportive pour les familles modestes
stade|entr_terr|3:100|1||Entretien des terrains de sport
gym|elec|3:100|1||Électricité des équipements sportifs
gym|gardien|3:100|1||Gardiennage des gymnases
gym|nettoy|3:100|1||Nettoyage des gymnases
sport|contrat|3:100|1||Contrôle annuel des équipements sportifs
stade|bat|3:60;5:40|1||Création de vestiaires féminins {aS}
club|sub|3:60;5:40|1||Subvention à la section féminine du club de football
cds|bat|3:85;11:15|3||Construction d'une maison de santé pluriprofessionnelle {Q}
cds|bat|3:85;11:15|2||Aménagement du centre municipal de santé
cds|mat|3:100|1||Acquisition de matériel médical pour le centre de santé
cds|perso|3:100|1||Rémunération des médecins salariés du centre de santé
cds|info|3:80;9:20|1||Logiciel médical du centre de santé
cds|presta|3:100|1||Fonctionnement du centre municipal de santé
sante|aide|3:70;10:30|1||Aide à l'installation de médecins généralistes
sante|bat|3:70;11:30|1||Aménagement de logements pour les internes en médecine
sante|etude_f|3:100|1||Contrat local de santé
sante|presta|3:70;10:30|1||Atelier santé ville
sante|presta|3:100|1||Conseil local de santé mentale
sante|pharma|3:100|1||Campagne de vaccination
sante|loc|3:100|1||Location de locaux pour le centre de vaccination
sante|presta|3:100|1||Actions de prévention Octobre rose
sante|presta|3:100|1||Prévention des conduites addictives chez les jeunes
sante|sub|3:100|1||Subvention au CSAPA
sante|sub|3:80;10:20|1||Programme de réduction des risques pour les usagers de drogues
sante|contrib|3:80;10:20|1||Participation à la halte soins addictions
sante|mat|3:100|2||Acquisition de défibrillateurs pour les bâtiments publics
sante|maint|3:100|1||Maintenance des défibrillateurs
sante|form|3:100|1||Formation aux gestes qui sauvent
hyg|contrat|3:100|2||Lutte contre le moustique tigre
hyg|contrat|3:80;11:20|2||Dératisation et désinsectisation
hyg|contrat|3:100|1||Démoustication
hyg|presta|3:60;4:40|1||Surveillance de la qualité de l'air intérieur dans les écoles et crèches
hyg|presta|3:100|1||Mesures du radon dans les bâtiments publics
senior|presta|3:60;13:40|1||Plan canicule et registre des personnes vulnérables
hyg|presta|3:100|1||Prélèvements et analyses du service communal d'hygiène et de santé
hyg|contrat|3:70;15:30|1||Lutte contre l'ambroisie
sante|sub|3:100|1||Subvention à la [[Ligue contre le cancer]]
sante|sub|3:100|1||Subvention à l'amicale des donneurs de sang
sante|sub|3:100|1||Subvention France Alzheimer
sante|sub|3:100|1||Subvention SOS Amitié
sante|presta|3:100|1||Point écoute jeunes
sante|contrib|3:100|1||Participation à la maison des adolescents
med_sco|presta|3:60;4:40|1||Bilans de santé en médecine scolaire
med_sco|presta|3:60;4:40|1||Dépistage bucco-dentaire dans les écoles
pmi|bat|3:85;11:15|1||Aménagement des locaux de la PMI
pmi|contrib|3:80;4:20|1||Participation aux consultations de PMI
sante|presta|3:60;5:40|1||Centre de planification et d'éducation familiale
sante|aide|3:60;1:40|1||Mutuelle communale
sante|presta|3:60;2:40|1||Ateliers nutrition du programme Ville active PNNS
social|contrat|3:60;1:40|1||Équipe mobile psychiatrie précarité
social|aide|3:60;1:40|1||Aide à l'acquisition de lunettes et prothèses auditives pour les personnes à faibles ressources
ehpad|bat|3:80;11:20|3||Réhabilitation {dK}
ehpad|bat|3:85;11:15|2||Mise aux normes SSI {dK}
senior|bat|3:70;11:30|1||Construction d'une résidence autonomie
ehpad|bat|3:50;7:50|2||Rénovation énergétique {dK}
ehpad|sub_ba|3:100|1||Subvention d'équilibre au budget annexe de l'EHPAD
ehpad|mat|3:100|1||Acquisition de lits médicalisés {dK}
ehpad|mat|3:100|1||Rails de transfert et lève-personnes {dK}
ehpad|alim|3:60;2:40|1||Alimentation des résidents {dK}
senior|contrat|3:70;2:30|2||Portage de repas à domicile
senior|contrat|3:80;10:20|1||Téléassistance des personnes âgées
senior|presta|3:60;10:40|1||Animations seniors contre l'isolement
senior|presta|3:100|1||Ateliers de prévention des chutes
senior|fete|3:60;10:40|1||Repas des aînés
senior|fourn|3:60;1:40|1||Colis de Noël des aînés
senior|presta|3:100|1||Plateforme de répit des aidants
senior|sub|3:100|1||Accueil de jour Alzheimer
senior|sub|3:100|1||Service de soins infirmiers à domicile
senior|presta|3:70;1:30|1||Service d'aide à domicile
senior|aide|3:60;1:40|1||Aide au financement des heures d'aide ménagère
senior|bat|3:80;11:20|1||Rénovation du foyer-restaurant des seniors
gym|bat|3:60;7:40|1|r|chaudière gymnase
gym|bat|3:90;11:10|1|r|parquet gymnase {Gn}
stade|mat|3:100|1|r|filets pare-ballons
stade|amgt|3:50;7:50|1|r|éclairage stade
stade|bat|3:85;11:15|1|r|vestiaires foot
piscine|traitmt|3:100|1|r|produits piscine
piscine|bat|3:90;11:10|1|r|pédiluves piscine
piscine|entr_bat|3:100|1|rc|vidange bassin
stade|mat|3:100|1|r|tondeuse stade
sport|mat|3:100|1|r|tapis judo
sante|mat|3:100|1|r|défibrillateurs
sante|pharma|3:100|1|r|vaccins
hyg|contrat|3:100|1|r|moustique tigre
gym|bat|3:85;11:15|1|rc|toiture
sport|mat|3:100|1|rc|matériel
ehpad|bat|3:85;11:15|1|r|ehpad trx
ehpad|mat|3:100|1|r|lits médicalisés
senior|contrat|3:70;2:30|1|r|portage repas
club|sub|3:100|1|r|subv clubs sportifs
gym|bat|3:85;11:15|1|r|AP {Y}-{NN} RENOV GYMNASE {Gn}
ehpad|bat|3:85;11:15|1|r|MISE AUX NORMES SSI EHPAD {Kn}
stade|amgt|3:80;11:20|1|r|TERRAIN SYNTH STADE {Sn}
piscine|bat|3:85;11:15|1|r|REHAB PISCINE {Pn}
sante|sub|3:100|1|r|SUBV ASSO PREVENTION SANTE
cds|bat|3:85;11:15|1|r|MSP {Hn} CONSTRUCTION
sport|mat|3:100|1|r|ACQ MAT SPORTIF
"""

ENTRIES_1 = """
social|terrain|1:70;11:30|2||Acquisition d'un logement pour l'hébergement d'urgence {R}
social|bat|1:80;11:20|2||Réhabilitation du foyer d'accueil d'urgence {Q}
social|bat|1:80;11:20|1||Construction d'un centre d'hébergement d'urgence
social|bat|1:50;10:50|1||Mise en accessibilité des locaux du CCAS
social|bat|1:85;11:15|3||Réaménagement de l'antenne sociale {Q}
social|aide|1:80;11:20|1||Aide aux impayés de loyers
social|presta|1:100|1||Accompagnement budgétaire des familles
senior|aide|1:60;3:40|1||Aide au départ en vacances des seniors à faibles revenus
social|aide|1:70;11:30|1||Carte de transport gratuite pour les bénéficiaires du RSA
social|chauf|1:100|1||Chauffage de l'accueil de nuit
social|nettoy|1:100|1||Nettoyage des locaux du CCAS
social|loc|1:100|1||Location des locaux de l'antenne sociale {Q}
social|maint|1:80;9:20|1||Maintenance du logiciel d'instruction des aides sociales
social|pub|1:100|1||Impression du guide des aides sociales
social|vac|1:100|1||Vacations du personnel de l'accueil de jour
social|perso|1:100|1||Rémunération des travailleurs sociaux du CCAS
social|form|1:100|1||Formation des agents d'accueil social
social|sub|1:70;10:30|1||Subvention au centre d'accueil des demandeurs d'asile
social|sub|1:60;10:40|1||Subvention à l'association d'aide aux migrants
social|sub|1:60;4:40|1||Subvention au Secours populaire pour les vacances des enfants
social|fourn|1:80;3:20|1||Kits d'hygiène pour les personnes sans abri
social|mat|1:100|1||Installation de casiers solidaires
social|bat|1:60;6:40|1||Création de douches et d'une laverie à l'accueil de jour
social|aide|1:60;11:40|1||Aide à l'installation dans un premier logement
social|aide|1:60;3:40|1||Participation aux frais d'hébergement des personnes âgées à l'aide sociale
social|aide|1:70;7:30|1||Chèques énergie complémentaires communaux
social|aide|1:60;10:40|1||Pass culture et sport solidaire
social|aide|1:100|1||Secours en nature sous forme de bons d'achat
social|sub|1:60;11:40|1||Transport solidaire par chauffeurs bénévoles
social|sub|1:60;8:40|1||Subvention au garage solidaire
social|sub|1:100|4||Subvention à l'association {ASOC}
social|aide|1:80;11:20|1||Relogement temporaire des victimes d'incendie
social|contrat|1:60;11:40|1||Logements passerelles pour les ménages en difficulté
social|contrib|1:60;11:40|1||Participation au fonctionnement de la résidence sociale
social|contrat|1:60;11:40|1||Intermédiation locative
social|presta|1:70;10:30|1||Lutte contre le non-recours aux droits sociaux
social|sub|1:70;10:30|1||Foyer d'accueil des jeunes en rupture familiale
social|sub|1:80;10:20|1||Accueil de jour des familles à la rue
social|sub|1:60;5:40|1||Subvention au centre maternel pour les mères isolées avec enfants
social|sub_ccas|1:100|2||Subvention au CCAS {Y}
social|presta|1:100|1||Fonctionnement de l'accueil de nuit
social|contrat|1:80;3:20|1||Convention avec le Samu social pour les maraudes hivernales
social|aide|1:100|1||Aides financières ponctuelles aux personnes isolées sans ressources
social|etude_f|1:70;10:30|1||Observatoire social de la commune
social|bat|1:85;11:15|1||Création d'un espace solidarités au CCAS
social|sub|1:70;3:30|1||Subvention à l'association de soutien aux personnes sans domicile malades
social|presta|1:100|1|r|maraudes
social|fourn|1:100|1|r|duvets sans-abri
social|aide|1:70;7:30|1|r|aides énergie
social|presta|1:100|1|r|CCAS AIDES HIVER
social|presta|1:80;10:20|1|r|MARAUDES HIVER {Y}
social|presta|1:100|1|r|ACCUEIL NUIT SDF FONCT
social|maint|1:60;6:40|1|r|BAINS DOUCHES MAINTENANCE
social|aide|1:100|1|r|ABS CCAS ETUDE
social|sub_ccas|1:100|3||Subvention au CCAS
social|sub_ccas|1:100|2||Subvention d'équilibre au CCAS
social|sub_ccas|1:100|1||Dotation de fonctionnement du CCAS
social|sub_ccas|1:100|1||Subvention au CCAS pour les aides facultatives
social|aide|1:100|2||Aides financières facultatives du CCAS
social|aide|1:100|2||Secours d'urgence aux familles en difficulté
social|aide|1:70;7:30|2||Aide au paiement des factures d'énergie
social|aide|1:60;6:40|2||Aide au paiement des factures d'eau
social|contrib|1:80;11:20|2||Participation au fonds de solidarité logement
social|contrat|1:80;10:20|2||Nuitées hôtelières pour l'hébergement d'urgence
social|sub|1:80;10:20|1||Subvention au centre d'hébergement et de réinsertion sociale
social|sub|1:80;10:20|2||Accueil de jour des personnes sans abri
social|presta|1:100|1||Mise à l'abri hivernale (plan grand froid)
social|sub|1:80;3:20|1||Maraudes du Samu social
social|presta|1:100|1||Domiciliation des personnes sans domicile stable
social|bat|1:60;6:40|1||Rénovation des bains-douches municipaux
social|presta|1:60;6:40|1||Fonctionnement des bains-douches
social|sub|1:100|1||Bagagerie solidaire
social|etude_f|1:100|2||Analyse des besoins sociaux
social|bat|1:70;11:30|2||Réhabilitation des logements d'urgence {R}
social|bat|1:60;11:40|1||Construction d'une pension de famille
social|bat|1:85;11:15|2||Rénovation des locaux du CCAS
social|bat|1:85;11:15|2||Construction de la maison des solidarités {Q}
social|info|1:80;9:20|1||Logiciel de gestion des aides sociales
famille|aide|1:100|1||Aide aux vacances des familles modestes
social|divers|1:100|2||Frais d'obsèques des personnes dépourvues de ressources
social|sub|1:80;8:20|1||Microcrédit personnel accompagné
social|sub|1:100|1||Point conseil budget et prévention du surendettement
social|sub|1:70;2:30|1||Subvention au Secours populaire
social|sub|1:100|1||Subvention au Secours catholique
social|sub|1:60;12:40|1||Subvention à la communauté Emmaüs
social|sub|1:100|1||Subvention à la vestiboutique de la Croix-Rouge
social|sub|1:60;11:40|1||Subvention à [[Habitat et Humanisme]]
social|sub|1:100|2||Subvention à l'association d'entraide {Q}
social|sub|1:70;10:30|1||Subvention à l'association d'accès aux droits
social|aide|1:70;2:30|1||Chèques d'accompagnement personnalisé
social|aide|1:70;11:30|1||Tarification solidaire des transports pour les personnes précaires
social|presta|1:60;7:40|1||Visites à domicile de lutte contre la précarité énergétique
resto|aide|1:60;2:20;4:20|1||Compensation de la tarification sociale de la restauration scolaire
social|presta|1:80;10:20|1||Accueil des réfugiés ukrainiens
social|aide|1:60;13:40|1||Aide exceptionnelle aux sinistrés des inondations
famille|aide|1:60;10:40|1||Tickets loisirs pour les familles à faibles revenus
social|presta|1:100|1||Laverie solidaire
social|loc|1:100|1||Garde-meubles pour les personnes expulsées
social|aide|1:80;8:20|1||Fonds d'aide aux jeunes en difficulté
social|aide|1:100|1||Aide à l'équipement ménager
famille|aide|1:60;4:40|1||Allocation communale de rentrée scolaire
famille|aide|1:60;4:40|1||Bons d'achat de fournitures scolaires pour les familles modestes
famille|aide|1:60;4:40|1||Participation aux frais de séjour des enfants de familles défavorisées
social|fete|1:100|1||Noël solidaire pour les enfants des familles démunies
social|sub|1:60;10:40|2||Subvention au centre social {Q}
social|sub|1:50;5:50|1||Accueil de jour pour femmes sans abri
famille|aide|1:60;5:40|1||Aides aux familles monoparentales
social|contrib|1:100|1||Remboursement au CCAS du personnel mis à disposition
social|presta|1:100|1||Permanences d'accès aux droits sociaux
social|bat|1:70;10:30|1||Aménagement d'un accueil de jour pour personnes sans abri
social|mob|1:100|1||Mobilier des logements d'urgence
social|veh|1:100|1||Véhicule pour les maraudes sociales
social|contrat|1:100|1||Gestion des logements temporaires par une association
social|aide|1:100|1||Prêts d'honneur du CCAS
social|presta|1:70;10:30|1||Écrivain public au CCAS
social|sub|1:100|1||Subvention à la [[Société Saint-Vincent-de-Paul]]
social|contrib|1:100|1||Contribution au service intégré d'accueil et d'orientation (SIAO)
social|sub|1:100|1||Subvention au collectif d'aide aux sans-abri
social|bat|1:80;11:20|1||Création d'une halte de nuit
social|contrat|1:80;3:20|1||Permanence d'accès aux soins des personnes précaires
social|aide|1:100|2||Aides sociales légales et facultatives {Y}
social|presta|1:80;10:20|1||Accompagnement social renforcé des ménages en situation d'expulsion
social|sub|1:60;8:40|1||Subvention à la ressourcerie solidaire pour les familles en difficulté
social|aide|1:70;7:30|1||Fonds de secours énergie du CCAS
social|presta|1:100|1||Bourse aux vêtements solidaire
social|bat|1:50;7:50|1||Rénovation énergétique des logements d'urgence
social|bat|1:85;11:15|1||Mise aux normes de l'accueil de nuit {Q}
social|aide|1:60;11:40|1||Aide à l'accès au logement (dépôt de garantie)
social|contrib|1:100|1||Participation au fonds de solidarité pour les impayés d'énergie et d'eau
social|sub|1:70;16:30|1||Subvention à l'association de médiation familiale et de soutien aux familles
social|aide|1:70;10:30|1||Aide au permis de conduire pour les jeunes en difficulté
social|presta|1:70;3:30|1||Ateliers socio-esthétiques pour les personnes en précarité
social|aide|1:100|1|r|secours
social|aide|1:100|1|r|aides facultatives
social|contrat|1:80;10:20|1|r|nuitées hôtel
social|fete|1:100|1|r|bons de noël ccas
social|aide|1:100|1|r|aides urgence
social|presta|1:100|1|r|domiciliation
social|bat|1:85;11:15|1|rc|travaux locaux
social|sub_ccas|1:100|1|r|subv ccas
social|contrib|1:80;11:20|1|r|fsl
social|aide|1:100|1|r|AIDES SOCIALES FACULTATIVES
social|contrat|1:80;10:20|1|r|HEBERGT URGENCE NUITEES
social|sub_ccas|1:100|1|r|SUBV EQUILIBRE CCAS {Y}
social|bat|1:70;11:30|1|r|REHAB LOGTS URGENCE {N}
social|contrib|1:80;11:20|1|r|PARTICIP FSL {Y}
social|sub|1:80;10:20|1|r|SUBV ACCUEIL JOUR SDF
social|aide|1:100|1|r|SECOURS EXCEPTIONNELS CCAS
"""

ENTRIES_2 = """
food_aid|aide|2:60;1:40|1||Chèques alimentation durable pour les ménages modestes
food|sub|2:70;1:30|1||Expérimentation d'une caisse alimentaire commune
food_aid|sub|2:60;1:40|1||Paniers de légumes bio à prix solidaire
food_aid|veh|2:70;1:30|1||Épicerie sociale itinérante
food_aid|terrain|2:70;1:30|2||Acquisition d'un local pour l'épicerie sociale {Q}
food_aid|bat|2:70;1:30|2||Travaux d'aménagement de l'épicerie sociale {Q}
food_aid|loc|2:80;1:20|1||Location des locaux de la banque alimentaire
resto|presta|2:50;12:50|1||Dons des repas non servis des cantines aux associations
food_aid|presta|2:50;12:50|1||Collecte des invendus alimentaires du marché
agri|amgt|2:70;11:30|1||Potagers dans les résidences de logement social
agri|amgt|2:60;11:40|2||Jardins partagés en pied d'immeuble {Q}
agri|presta|2:60;11:40|1||Animation des jardins partagés
agri|fourn|2:60;15:40|1||Semences et outils pour les jardins partagés
agri|amgt|2:50;15:50|2||Création d'un verger partagé {Q}
agri|veh|2:80;15:20|1||Acquisition d'un tracteur pour la régie agricole
agri|bat|2:80;15:20|1||Serre de production de plants maraîchers
resto|etude_f|2:60;4:40|1||Étude sur l'approvisionnement local de la restauration collective
food|cotis|2:70;12:30|1||Adhésion au réseau [[Un Plus Bio]]
food|cotis|2:100|1||Cotisation au réseau national des projets alimentaires territoriaux
food|presta|2:100|1||Conseil local de l'alimentation
agri|sub|2:60;8:40|1||Subvention à l'association pour le maintien de l'agriculture paysanne
alsh|presta|2:60;4:40|1||Éducation au goût dans les accueils de loisirs
resto|presta|2:60;4:40|1||Semaine du goût dans les restaurants scolaires
resto|alim|2:60;14:40|1||Poisson issu de la pêche durable pour les cantines
agri|fourn|2:80;15:20|1||Semences et plants pour le maraîchage municipal
agri|terrain|2:70;15:30|1||Acquisition de foncier pour une ferme municipale
agri|aide|2:60;15:40|1||Aide au maintien du pastoralisme
agri|aide|2:60;13:40|1||Aide exceptionnelle aux agriculteurs touchés par la sécheresse
agri|aide|2:60;6:40|1||Aide à l'irrigation économe des maraîchers
food_aid|contrat|2:60;1:40|1||Repas chauds pour les personnes sans abri pendant l'hiver
food_aid|sub|2:60;10:40|1||Cantines solidaires dans les quartiers prioritaires
food_aid|alim|2:60;1:40|1||Petits déjeuners de l'accueil de jour
food_aid|alim|2:60;1:40|1||Lait infantile pour les familles en difficulté
food_aid|aide|2:60;1:40|1||Chèques fruits et légumes pour les familles modestes
food|mat|2:60;4:40|1||Équipement de la légumerie
food|contrib|2:80;8:20|1||Convention avec la chambre d'agriculture
agri|fete|2:60;8:40|1||Foire agricole et concours de bétail
food_aid|presta|2:80;1:20|1||Fonctionnement de la banque alimentaire municipale
food_aid|alim|2:70;1:30|1||Achats de produits frais pour l'aide alimentaire
food_aid|sub|2:70;1:30|1||Subvention au restaurant du coeur étudiant
food|presta|2:70;12:30|1||Accompagnement des restaurants collectifs vers les objectifs EGALIM
agri|amgt|2:70;15:30|1||Aménagement de l'espace test maraîcher
agri|bat|2:70;8:30|1||Construction d'un hangar pour la régie agricole
food_aid|sub_inv|2:80;1:20|1||Subvention d'équipement aux [[Restos du Coeur]] pour une chambre froide
resto|alim|2:60;4:40|1||Produits issus du commerce équitable pour les cantines
food|presta|2:60;3:40|1||Prévention de la dénutrition des personnes âgées
food_aid|presta|2:70;1:30|1||Transport des denrées collectées pour l'aide alimentaire
food_aid|aide|2:70;1:30|1|r|paniers solidaires
food_aid|presta|2:70;1:30|1|r|épicerie sociale
agri|amgt|2:50;15:50|1|rc|verger
agri|presta|2:80;15:20|1|r|maraîchage régie
food_aid|aide|2:70;1:30|1|r|AIDE ALIM URGENCE CCAS
food_aid|mat|2:60;12:40|1|r|FRIGO SOLIDAIRE {Q}
agri|mat|2:80;15:20|1|r|REGIE AGRICOLE MUNICIPALE MATERIEL
food|mat|2:60;4:40|1|r|LEGUMERIE EQUIPT
agri|amgt|2:60;15:40|1|r|JARDINS FAMILIAUX AMGT {JN}
food_aid|sub|2:70;1:30|1|r|SUBV EPICERIE SOLIDAIRE
food_aid|sub|2:80;1:20|2||Subvention à la Banque alimentaire
food_aid|sub|2:70;1:30|2||Subvention aux [[Restos du Coeur]]
food_aid|alim|2:70;1:30|2||Achat de denrées pour l'épicerie sociale
food_aid|presta|2:70;1:30|1||Fonctionnement de l'épicerie solidaire {Q}
food_aid|sub|2:70;1:30|3||Subvention à l'épicerie solidaire {EPI}
food_aid|sub|2:70;1:30|1||Subvention à l'épicerie solidaire étudiante
food_aid|alim|2:70;1:30|2||Colis alimentaires d'urgence
food_aid|aide|2:70;1:30|2||Bons alimentaires d'urgence
food_aid|bat|2:70;1:30|2||Aménagement d'un local pour l'aide alimentaire
food_aid|mat|2:80;1:20|1||Chambre froide pour l'aide alimentaire
food_aid|sub_inv|2:80;1:20|1||Subvention d'équipement pour le camion frigorifique de la Banque alimentaire
food_aid|contrat|2:60;1:40|1||Distribution de repas aux personnes sans abri
food_aid|mat|2:60;12:40|2||Installation d'un frigo solidaire {Q}
food|etude_f|2:80;12:20|2||Animation du projet alimentaire territorial
food|etude|2:70;4:30|1||Étude de faisabilité d'une légumerie
resto|alim|2:60;4:40|3||Approvisionnement bio et local de la restauration scolaire
resto|alim|2:60;4:40|1||Denrées biologiques pour les cantines
agri|presta|2:80;15:20|2||Fonctionnement de la régie agricole municipale
agri|terrain|2:70;15:30|2||Acquisition de terres agricoles pour l'installation de maraîchers
agri|amgt|2:70;11:30|2||Création d'une ferme urbaine {Q}
agri|amgt|2:60;15:40|3||Aménagement des jardins familiaux {JN}
agri|amgt|2:60;11:40|3||Création de jardins partagés {Q}
agri|amgt|2:50;15:50|1||Plantation d'un verger communal
agri|bat|2:80;15:20|1||Construction d'une serre maraîchère
food|presta|2:50;8:50|1||Marché de producteurs locaux
resto|presta|12:60;2:40|1||Lutte contre le gaspillage alimentaire dans les cantines
ecole|presta|2:60;4:40|1||Animations d'éducation alimentaire dans les écoles
ecole|alim|2:60;4:40|1||Petits déjeuners gratuits dans les écoles
food_aid|aide|2:60;1:40|1||Repas à un euro pour les étudiants
food_aid|sub|2:60;1:40|2||Restaurant solidaire {Q}
food_aid|sub|2:70;1:30|1||Subvention au Secours populaire pour la distribution alimentaire
food|etude_f|2:70;12:30|1||Labellisation Ecocert En Cuisine de la restauration collective
resto|form|2:70;4:30|1||Formation des cuisiniers à la cuisine bio et végétarienne
resto|presta|2:60;3:40|1||Diététicienne pour la restauration collective
agri|sub|2:80;8:20|1||Subvention au comice agricole
agri|sub|2:70;8:30|1||Subvention aux Jeunes Agriculteurs
agri|aide|2:70;8:30|1||Aide à l'installation de maraîchers bio
agri|sub|2:70;8:30|2||Espace test agricole
agri|contrib|2:70;15:30|1||Convention de veille foncière agricole avec la SAFER
resto|contrat|2:60;4:40|1||Plateforme d'approvisionnement local pour la cuisine centrale
pe|alim|2:50;4:50|1||Denrées bio et locales pour les crèches
ecole|alim|2:60;4:40|1||Distribution de fruits à l'école
food_aid|aide|2:60;1:40|1||Aide alimentaire d'urgence aux sinistrés
food_aid|sub|2:60;12:40|1||Subvention à l'association de glanage solidaire
food|presta|2:80;12:20|1||Diagnostic agricole et alimentaire du territoire
food|sub|2:60;1:40|1||Paniers solidaires en partenariat avec l'AMAP
food|presta|2:70;12:30|1||Défi [[familles à alimentation positive]]
agri|mat|2:80;15:20|1||Matériel agricole de la régie maraîchère
agri|amgt|2:60;6:40|1||Récupérateurs d'eau pour les jardins familiaux
resto|alim|2:60;4:40|1||Pain bio pour la restauration scolaire
resto|alim|2:60;4:40|1||Viandes sous signe officiel de qualité (loi EGALIM)
resto|alim|2:60;4:40|1||Produits laitiers locaux pour les cantines
food|fete|2:60;8:40|1||Fête de l'agriculture locale
food_aid|sub|2:60;8:40|1||Subvention au jardin d'insertion maraîcher
food_aid|contrib|2:70;1:30|1||Participation à la plateforme d'aide alimentaire intercommunale
food_aid|veh|2:80;1:20|1||Véhicule réfrigéré pour l'épicerie sociale
food_aid|presta|2:70;1:30|1||Logistique de la collecte nationale de la Banque alimentaire
agri|amgt|2:70;15:30|1||Aménagement d'une ceinture maraîchère
food|presta|2:60;4:40|1||Fonctionnement de la légumerie municipale
food|presta|2:60;3:40|1||Ateliers cuisine saine et petit budget pour les familles
food|bat|2:70;4:30|1||Construction d'une légumerie
food|etude|2:80;12:20|1||Étude pour la création d'un projet alimentaire territorial
agri|amgt|2:60;15:40|1||Création de parcelles de jardins familiaux {Q}
agri|sub|2:60;11:40|1||Subvention à l'association des jardins partagés
agri|contrat|2:60;15:40|1||Entretien des jardins familiaux
agri|amgt|2:70;15:30|1||Aménagement d'une micro-ferme maraîchère
agri|sub|2:70;15:30|1||Aide à la conversion en agriculture biologique
food_aid|alim|2:60;1:40|1||Denrées pour le restaurant social
food_aid|presta|2:70;1:30|1||Distribution alimentaire d'urgence pendant la crise sanitaire
food|sub|2:70;8:30|1||Soutien au magasin de producteurs en circuit court
food|pub|2:70;12:30|1||Guide des producteurs locaux
agri|bat|2:70;8:30|1||Aménagement d'un atelier de transformation agricole collectif
agri|info|2:60;8:40|1||Plateforme numérique de vente des produits locaux
food_aid|sub|2:60;1:40|1||Petits déjeuners solidaires pour les personnes sans abri
food_aid|sub|2:70;1:30|1||Subvention à la Croix-Rouge pour l'aide alimentaire
food|presta|2:60;3:40|1||Programme de prévention de l'obésité infantile par l'alimentation
resto|alim|2:60;4:40|1||Fruits et légumes de saison en circuit court pour la restauration collective
resto|alim|2:60;4:40|1||Menus végétariens et protéines végétales pour les cantines
food_aid|alim|2:70;1:30|1|r|denrées épicerie sociale
food_aid|alim|2:70;1:30|1|r|colis alimentaires
agri|amgt|2:60;15:40|1|r|jardins familiaux
food|bat|2:70;4:30|1|r|légumerie
resto|alim|2:60;4:40|1|r|produits bio cantines
food_aid|mat|2:60;12:40|1|r|frigo solidaire
food_aid|alim|2:70;1:30|1|rc|denrées
food_aid|aide|2:70;1:30|1|r|bons alimentaires
food_aid|sub|2:80;1:20|1|r|SUBV BANQUE ALIMENTAIRE {Y}
food|etude_f|2:80;12:20|1|r|PAT ANIMATION {Y}
food_aid|sub|2:70;1:30|1|r|SUBV [[RESTOS DU COEUR]]
food_aid|alim|2:70;1:30|1|r|EPICERIE SOCIALE ACHATS DENREES
agri|amgt|2:60;11:40|1|r|JARDINS PARTAGES {Q}
resto|alim|2:60;4:40|1|r|ALIM BIO EGALIM REST SCOL
food_aid|bat|2:70;1:30|1|r|AMGT LOCAL AIDE ALIMENTAIRE
"""

ENTRIES_5 = """
egal|presta|5:70;4:30|2||Concours d'affiches sur l'égalité filles-garçons {dECO}
egal|sub|5:100|4||Subvention à l'association {FEG}
egal|fete|5:100|1||Exposition pour la journée du 8 mars
vif|presta|5:80;16:20|1||Spectacle du 25 novembre contre les violences faites aux femmes
vif|presta|5:70;16:30|1||Ciné-débat sur les violences faites aux femmes
vif|contrat|5:60;11:40|1||Bail glissant pour le relogement des femmes victimes de violences
vif|aide|5:60;1:40|1||Fonds de garantie pour le relogement des femmes victimes
vif|aide|5:60;1:40|1||Frais de serrurerie et de déménagement pour la mise en sécurité des femmes victimes
vif|presta|5:60;16:40|1||Protocole de prise en charge des victimes de violences avec les forces de l'ordre
vif|form|5:60;16:40|1||Formation des policiers municipaux à l'accueil des victimes de violences conjugales
vif|sub|5:60;16:40|1||Subvention à France Victimes pour l'accompagnement des femmes
vif|presta|5:70;16:30|1||Guichet unique violences intrafamiliales
vif|presta|5:70;16:30|1||Coordination du réseau d'aide aux victimes de violences conjugales
vif|perso|5:70;16:30|1||Chargée de mission violences faites aux femmes
egal|form|5:60;4:40|1||Formation des animateurs périscolaires à l'égalité filles-garçons
egal|bat|5:60;3:40|1||Aménagement d'un espace d'allaitement en mairie
egal|presta|5:60;10:40|1||Ateliers d'inclusion numérique pour les femmes
sport|presta|5:60;3:40|1||Créneaux réservés aux femmes dans les équipements sportifs
sport|amgt|5:50;3:30;11:20|1||Aménagement d'un city-stade inclusif pour les filles {Q}
egal|amgt|5:50;11:50|1||Éclairage des cheminements piétons pour la sécurité des femmes
rh_egal|honor|5:60;10:40|1||Certification AFNOR égalité-diversité
rh_egal|presta|5:70;8:30|1||Stages de découverte des métiers techniques pour les filles
vif|presta|5:70;16:30|1||Prévention des violences dans les relations amoureuses des jeunes
vif|sub|5:60;1:40|1||Accompagnement des personnes en situation de prostitution
vif|sub|5:60;1:40|1||Subvention au [[Mouvement du Nid]]
egal|presta|5:60;4:40|1||Ateliers contre le cyberharcèlement sexiste dans les collèges
egal|presta|5:70;11:30|3||Marche exploratoire {Q} {Y}
egal|fete|5:100|2||Programme d'animations du 8 mars {Y}
vif|pub|5:70;16:30|1||Campagne d'affichage contre les violences conjugales
egal|presta|5:100|1||Mois de l'égalité femmes-hommes
rh_egal|contrat|5:70;16:30|1||Cellule d'écoute des agents victimes de violences sexistes
rh_egal|etude_f|5:100|1||Audit des écarts de rémunération entre les femmes et les hommes
egal|sub|5:60;8:40|1||Prêts d'honneur pour les créatrices d'entreprise
egal|pub|5:100|1||Publication du portrait sexué de la commune
vif|presta|5:70;16:30|1|r|violences intrafamiliales
egal|presta|5:70;11:30|1|r|harcèlement de rue
rh_egal|etude_f|5:100|1|r|index égalité
vif|sub|5:70;16:30|1|r|SUBV SOLIDARITE FEMMES
egal|presta|5:100|1|r|MISSION EGALITE F/H FONCT
vif|contrat|5:70;16:30|1|r|VIF TELEPHONE GRAVE DANGER
egal|sub|5:80;16:20|3||Subvention au CIDFF
vif|sub|5:70;16:30|4||Subvention à l'association {AVF}
vif|contrat|5:60;1:40|3||Logements d'urgence pour les femmes victimes de violences
vif|loc|5:60;1:40|1||Location d'un appartement relais pour femmes victimes de violences
vif|bat|5:80;11:20|2||Aménagement d'un lieu d'accueil pour les femmes victimes de violences
vif|sub|5:80;3:20|2||Fonctionnement de la maison des femmes
egal|fete|5:100|3||Journée internationale des droits des femmes {Y}
vif|presta|5:80;16:20|2||Journée internationale pour l'élimination des violences faites aux femmes
vif|pub|5:70;16:30|2||Campagne de sensibilisation contre le harcèlement de rue
egal|presta|5:70;11:30|2||Marches exploratoires de femmes {Q}
rh_egal|etude_f|5:100|2||Plan d'action pour l'égalité professionnelle entre les femmes et les hommes
rh_egal|etude_f|5:100|2||Rapport sur la situation en matière d'égalité entre les femmes et les hommes
rh_egal|form|5:100|2||Formation des agents à l'égalité femmes-hommes
rh_egal|form|5:70;16:30|1||Formation des agents au repérage des violences conjugales
rh_egal|contrat|5:70;16:30|2||Dispositif de signalement des violences sexistes et sexuelles au travail
egal|etude_f|5:100|2||Étude sur le budget sensible au genre
vif|contrib|5:60;16:40|2||Intervenante sociale en commissariat
vif|contrat|5:70;16:30|1||Téléphones grave danger
vif|contrat|5:60;1:40|1||Nuitées hôtelières pour les femmes victimes de violences
egal|sub|5:60;3:40|2||Subvention au Planning familial
egal|fourn|5:50;1:30;3:20|2||Lutte contre la précarité menstruelle
egal|mat|5:50;1:30;3:20|2||Distributeurs de protections périodiques gratuites
egal|presta|5:70;4:30|2||Ateliers égalité filles-garçons dans les écoles
ecole|amgt|5:50;4:30;11:20|2||Aménagement d'une cour égalitaire {dECO}
egal|presta|5:60;3:40|2||Développement de la pratique sportive féminine
egal|amgt|5:60;11:40|1||Aménagements de l'espace public issus des marches exploratoires
egal|etude|5:70;11:30|1||Étude sur la place des femmes dans l'espace public
egal|presta|5:70;11:30|1||Dénomination de rues en l'honneur de femmes
egal|presta|5:70;11:30|1||Exposition sur le matrimoine et les femmes de la commune
egal|sub|5:60;8:40|2||Soutien à l'entrepreneuriat féminin
egal|sub|5:60;8:40|1||Accompagnement vers l'emploi des femmes des quartiers prioritaires
rh_egal|honor|5:100|1||Labellisation égalité professionnelle
rh_egal|etude_f|5:100|1||Calcul de l'index égalité professionnelle
vif|sub|5:70;16:30|1||Permanence juridique sur les droits des femmes
vif|sub|5:70;3:30|1||Groupes de parole pour les femmes victimes de violences
vif|sub|5:60;16:40|2||Stages de responsabilisation des auteurs de violences conjugales
vif|contrat|5:60;16:40|1||Hébergement des auteurs de violences conjugales évincés du domicile
vif|sub|5:80;16:20|1||Subvention à l'association de lutte contre les mutilations sexuelles féminines
egal|sub|5:100|2||Subvention à l'association Femmes solidaires
egal|fete|5:100|2||Semaine de l'égalité {Y}
vif|contrib|5:60;11:40|1||Convention avec les bailleurs sociaux pour le relogement des femmes victimes de violences
vif|form|5:70;16:30|1||Formation des établissements de nuit au dispositif [[Demandez Angela]]
egal|presta|5:70;4:30|1||Prévention du sexisme auprès des collégiens
vif|etude_f|5:80;16:20|2||Observatoire local des violences faites aux femmes
egal|bat|5:60;11:40|1||Tables à langer dans les sanitaires publics hommes et femmes
rh_egal|perso|5:100|1||Poste de chargée de mission égalité femmes-hommes
egal|etude_f|5:100|1||Diagnostic égalité femmes-hommes des associations subventionnées
egal|form|5:60;3:40|1||Formation des éducateurs sportifs à l'égalité filles-garçons
egal|sub|5:60;4:40|1||Prix pour les jeunes femmes scientifiques
egal|sub|5:60;4:40|1||Mentorat de lycéennes vers les filières scientifiques et techniques
vif|sub|5:60;16:40|1||Actions du CLSPD contre les violences intrafamiliales
vif|presta|5:60;3:40|1||Soutien psychologique des enfants exposés aux violences conjugales
egal|etude_f|5:60;3:40|1||Audit de l'égalité d'accès aux équipements sportifs
vif|presta|5:70;16:30|1||Stages d'autodéfense pour les femmes
vif|info|5:60;16:40|1||Application de signalement du harcèlement dans les transports
egal|contrat|5:50;11:50|1||Arrêt à la demande dans les bus de nuit pour la sécurité des femmes
rh_egal|perso|5:100|1||Mesures de rattrapage des écarts de rémunération femmes-hommes
egal|presta|5:100|1||Conférence-débat sur l'égalité entre les femmes et les hommes
egal|presta|5:70;4:30|1||Spectacle sur les stéréotypes de genre pour les scolaires
egal|pub|5:100|1||Guide de communication sans stéréotypes de sexe
egal|sub|5:60;10:40|1||Subvention à l'association de femmes relais
vif|sub|5:70;16:30|1||Accueil de jour pour les femmes victimes de violences
vif|aide|5:60;1:40|1||Fonds d'urgence pour les femmes victimes de violences
vif|presta|5:70;16:30|1||Campagne de prévention des violences sexuelles auprès des jeunes
vif|contrat|5:80;16:20|1||Ligne d'écoute pour les victimes de violences sexistes
vif|bat|5:70;1:30|1||Réhabilitation d'un logement d'urgence pour femmes victimes {R}
egal|sub|5:70;8:30|1||Subvention au réseau des femmes cheffes d'entreprise
egal|presta|5:60;4:40|1||Ateliers de code et de robotique pour les filles
egal|presta|5:60;3:40|1||Tournoi de promotion du football féminin
egal|presta|5:60;11:40|1||Résidence d'artistes sur l'égalité femmes-hommes
egal|presta|5:100|1||Frais de fonctionnement de la mission égalité femmes-hommes
egal|presta|5:60;10:40|1||Permanences d'information sur les droits des femmes étrangères
vif|contrat|5:70;16:30|1||Accompagnement des victimes de violences conjugales par un avocat
vif|pub|5:70;16:30|1||Affiches et violentomètres dans les équipements municipaux
egal|presta|5:60;4:40|1||Ateliers sur le consentement et le respect dans les accueils de loisirs
egal|sub|5:70;16:30|1||Subvention à l'association d'aide aux femmes victimes de traite
rh_egal|form|5:100|1||Formation des élus et des cadres à la culture de l'égalité
egal|etude_f|5:70;11:30|1||Diagnostic genré de l'usage des cours d'école et des espaces de loisirs
vif|sub|5:60;3:40|1||Consultations de psychotraumatologie pour les femmes victimes
egal|presta|5:60;8:40|1||Forum des métiers sans stéréotypes
egal|fete|5:100|1|r|8 mars
vif|presta|5:80;16:20|1|r|25 novembre
rh_egal|etude_f|5:100|1|r|égalité pro
vif|sub|5:70;16:30|1|r|violences conjugales
egal|fourn|5:50;1:30;3:20|1|r|protections périodiques
egal|sub|5:80;16:20|1|r|cidff
vif|contrat|5:60;1:40|1|r|logt femmes victimes
egal|presta|5:100|1|r|égalité f/h
egal|fete|5:100|1|r|JOURNEE DROITS DES FEMMES 8 MARS {Y}
vif|sub|5:70;16:30|1|r|SUBV ASSO AIDE VICTIMES VIOLENCES CONJUGALES
vif|contrat|5:60;1:40|1|r|LOGT URGENCE FEMMES VICTIMES VIOLENCES
rh_egal|form|5:100|1|r|FORMATION EGALITE F/H AGENTS
rh_egal|etude_f|5:100|1|r|RAPPORT EGALITE FEMMES HOMMES {Y}
vif|presta|5:70;16:30|1|r|LUTTE VIOLENCES FAITES AUX FEMMES
egal|sub|5:60;3:40|1|r|SUBV PLANNING FAMILIAL
egal|mat|5:50;1:30;3:20|1|r|DISTRIB PROTECTIONS PERIODIQUES {ECO}
"""

ENTRIES_6 = """
eau|reseau|6:85;11:15|3||Renforcement du réseau d'eau potable {R}
assain|reseau|6:85;11:15|2||Réhabilitation des branchements d'eaux usées {R}
assain|instal|6:100|2||Mise en conformité de la station d'épuration {SN}
assain|reseau|6:100|2||Réhabilitation du déversoir d'orage {R}
assain|instal|6:100|2||Remplacement des pompes du poste de relèvement {H}
assain|instal|6:100|2||Création d'un poste de refoulement {H}
eau|reseau|6:85;11:15|2||Renouvellement des canalisations en amiante-ciment {R}
pluvial|reseau|6:85;11:15|2||Extension du réseau d'eaux pluviales {Q}
pluvial|etude|6:70;13:30|2||Diagnostic du réseau d'eaux pluviales {Q}
pluvial|entr_res|6:70;13:30|2||Curage du bassin de rétention {H}
eau|entr_res|6:80;3:20|2||Nettoyage et désinfection {dRES}
eau|instal|6:100|2||Réfection de l'étanchéité de la cuve {dRES}
eau|mat|6:100|2||Compteurs de sectorisation {Q}
pluvial|amgt|6:50;13:30;15:20|2||Création d'une noue d'infiltration {R}
riviere|amgt|6:50;15:50|2||Effacement du seuil {dW}
riviere|etude|6:60;15:40|1||Plan de gestion de l'étang communal
assain|presta|6:100|1||Autosurveillance des rejets de la station d'épuration
assain|presta|6:100|1||Contrôle des branchements lors des ventes immobilières
eau|traitmt|6:100|1||Réactifs pour le traitement de l'eau potable
eau|traitmt|6:100|1||Chlore et produits de désinfection du réseau d'eau
assain|elec|6:100|1||Électricité de la station d'épuration
eau|instal|6:100|1||Disconnecteurs sur les branchements d'eau des bâtiments communaux
pluvial|reseau|6:70;13:30|1||Suppression des puisards et puits perdus {R}
pluvial|entr_res|6:60;13:40|2||Entretien des fossés et des buses {H}
assain|reseau|6:85;11:15|2||Création du réseau d'assainissement {Q}
eau|reseau|6:85;11:15|1||Maillage du réseau d'eau potable {H}
assain|moe|6:100|1||Maîtrise d'oeuvre pour la reconstruction de la station d'épuration
eau|moe|6:85;11:15|1||Maîtrise d'oeuvre pour le renouvellement des conduites d'eau potable
assain|etude|6:100|1||Étude de faisabilité d'une unité de traitement des boues
eau|contrat|6:100|1||Contrat d'exploitation des réservoirs et stations de pompage
assain|sub_inv|6:70;13:30|1||Aide aux particuliers pour la déconnexion des gouttières
eau|etude|6:70;13:30|1||Étude sur la sécurisation de l'approvisionnement en eau en période de sécheresse
eau|presta|6:100|1||Relevé des compteurs d'eau
assain|presta|6:100|1||Vidange des fosses septiques des bâtiments communaux
eau|amgt|6:70;11:30|1||Installation de bornes fontaines sur l'aire d'accueil
assain|loc|6:100|1||Location de toilettes sèches pour les manifestations
assain|instal|6:80;12:20|1||Rénovation de la filière boues de la station d'épuration
eau|reseau|6:60;11:40|1|r|DEPLACEMENT RESEAUX AEP
pluvial|entr_res|6:60;13:40|1|rc|fossés
eau|reseau|6:85;11:15|1|r|conduite aep {Rn}
assain|reseau|6:85;11:15|1|r|réseau eu {Rn}
assain|instal|6:100|1|r|PR {Hn} REHAB
eau|reseau|6:85;11:15|4||Renouvellement de la conduite d'eau potable {R}
eau|reseau|6:80;3:20|2||Remplacement des branchements en plomb
assain|reseau|6:85;11:15|4||Réhabilitation du réseau d'eaux usées {R}
assain|reseau|6:85;11:15|3||Mise en séparatif des réseaux {R}
assain|reseau|6:85;11:15|3||Extension du réseau d'assainissement collectif {H}
pluvial|reseau|6:60;13:40|2||Construction d'un bassin d'orage {Q}
pluvial|reseau|6:60;13:40|1||Bassin de rétention des eaux pluviales {H}
pluvial|reseau|6:85;11:15|3||Création d'un réseau d'eaux pluviales {R}
pluvial|amgt|6:50;13:30;15:20|2||Gestion intégrée des eaux pluviales par noues et jardins de pluie {Q}
pluvial|amgt|13:50;6:30;15:20|1||Désimperméabilisation et infiltration des eaux pluviales du parking {PK}
assain|instal|6:100|2||Construction de la station d'épuration {SN}
assain|instal|6:100|2||Réhabilitation de la station d'épuration {SN}
assain|instal|6:100|1||Extension de la capacité de la station d'épuration
assain|instal|6:70;12:30|1||Traitement et valorisation des boues d'épuration
assain|instal|6:50;7:50|1||Unité de méthanisation des boues de la station d'épuration
assain|instal|6:100|1||Renouvellement des équipements électromécaniques de la station d'épuration
assain|instal|6:100|3||Réhabilitation du poste de relèvement {R}
eau|instal|6:100|3||Réhabilitation {dRES}
eau|instal|6:100|2||Création d'un nouveau forage d'eau potable {H}
eau|etude|6:80;15:20|2||Périmètres de protection {CAPT}
eau|instal|6:70;3:30|2||Traitement des pesticides à l'usine d'eau potable
eau|instal|6:70;3:30|1||Unité de traitement des PFAS sur la ressource en eau
eau|reseau|6:100|1||Interconnexion des réseaux d'eau potable avec la commune voisine
eau|instal|6:100|2||Sectorisation du réseau et recherche de fuites
eau|mat|6:100|2||Remplacement des compteurs d'eau par des compteurs à télérelève
assain|etude|6:100|2||Schéma directeur d'assainissement
eau|etude|6:100|1||Schéma directeur d'alimentation en eau potable
pluvial|etude|6:60;13:40|1||Zonage pluvial
assain|etude|6:100|2||Inspection télévisée des réseaux d'assainissement
assain|entr_res|6:100|2||Curage et hydrocurage des réseaux
pluvial|entr_res|6:70;11:30|1||Entretien des avaloirs et grilles pluviales
assain|presta|6:100|2||Contrôles du service public d'assainissement non collectif
assain|sub_inv|6:100|1||Aide à la réhabilitation des installations d'assainissement individuel
eau|redev|6:100|1||Redevance pour prélèvement versée à l'agence de l'eau
eau|presta|6:70;3:30|2||Analyses de la qualité de l'eau distribuée
eau|achat_eau|6:100|1||Achat d'eau en gros au syndicat
eau|contrib_grp|6:100|2||Participation au syndicat intercommunal des eaux
assain|contrib_grp|6:100|1||Contribution au syndicat d'assainissement
eau|amgt|6:70;11:30|2||Installation de fontaines à eau potable {PARC}
assain|bat|6:60;11:40|3||Installation de toilettes publiques {PARC}
assain|contrat|6:60;11:40|1||Entretien des sanisettes
riviere|amgt|6:50;15:50|2||Restauration de la continuité écologique {dW}
riviere|amgt|6:60;15:40|2||Renaturation {dW}
riviere|entr_terr|6:70;15:30|2||Entretien des cours d'eau et des berges
riviere|amgt|6:50;15:30;13:20|1||Réouverture {dW}
riviere|contrib_grp|13:60;6:40|1||Contribution GEMAPI au syndicat de rivière
riviere|presta|6:60;3:40|1||Suivi de la qualité des eaux de baignade du plan d'eau
eau|mat|6:70;13:30|2||Récupérateurs d'eau de pluie pour les bâtiments communaux
eau|mat|6:100|1||Robinets temporisés et réducteurs de débit dans les bâtiments communaux
eau|mat|6:60;15:40|1||Arrosage intelligent des espaces verts
assain|instal|6:80;13:20|1||Réutilisation des eaux usées traitées pour l'arrosage
assain|reseau|6:100|1||Branchements particuliers au réseau d'eaux usées
pluvial|reseau|6:70;13:30|1||Déconnexion des eaux pluviales du réseau unitaire
assain|instal|6:100|1||Séparateur d'hydrocarbures au centre technique municipal
assain|veh|6:100|1||Acquisition d'un camion hydrocureur
assain|info|6:80;9:20|1||Télégestion des postes de relèvement
eau|reseau|6:60;11:40|1||Dévoiement des réseaux d'eau potable pour les travaux du tramway
eau|etude|6:100|1||Modélisation hydraulique du réseau d'eau potable
assain|moe|6:85;11:15|2||Maîtrise d'oeuvre pour la réhabilitation des réseaux d'assainissement
eau|instal|6:100|1||Groupe électrogène de secours de la station de pompage
eau|contrat|6:100|1||Rémunération du délégataire du service d'eau potable
assain|contrat|6:100|1||Exploitation de la station d'épuration
eau|entr_res|6:100|1||Réparation des fuites sur le réseau d'eau potable
eau|mat|6:100|1||Remplacement des bouches à clé et vannes de sectionnement
assain|instal|6:100|1||Couverture des bassins de la station d'épuration
eau|etude|6:100|1||Recherche de nouvelles ressources en eau
eau|terrain|6:80;15:20|1||Acquisition de terrains dans le périmètre de captage
agri|aide|6:60;2:40|1||Aide à la conversion bio des agriculteurs sur l'aire d'alimentation du captage
eau|presta|6:100|1||Animation du programme de protection de la ressource en eau
assain|etude|6:100|1||Étude de zonage d'assainissement
pluvial|reseau|6:70;13:30|1||Renforcement du collecteur pluvial {R}
pluvial|instal|6:60;13:40|1||Clapets anti-retour sur les exutoires pluviaux
assain|instal|6:100|1||Dégrilleur et dessableur de la station d'épuration
eau|instal|6:100|1||Station de reprise et surpresseur {H}
riviere|etude|6:60;15:40|1||Étude hydromorphologique {dW}
eau|reseau|6:85;11:15|2||Extension du réseau d'eau potable {H}
assain|reseau|6:85;11:15|2||Remplacement du collecteur d'eaux usées {R}
assain|reseau|6:90;11:10|1||Réhabilitation des réseaux par chemisage {R}
eau|instal|6:100|1||Réhabilitation de l'usine de production d'eau potable
eau|instal|6:80;3:20|1||Installation d'une unité de désinfection par ultraviolets
eau|contrat|6:100|1||Contrat d'entretien des poteaux de comptage et des réducteurs de pression
assain|contrat|6:70;3:30|1||Traitement des odeurs et de l'H2S dans les réseaux
pluvial|entr_res|6:60;13:40|1||Entretien des bassins de rétention des eaux pluviales
assain|etude|6:100|1||Diagnostic permanent du système d'assainissement
eau|etude|6:100|1||Plan de gestion de la sécurité sanitaire des eaux
eau|presta|6:70;12:30|1||Campagne de sensibilisation aux économies d'eau
assain|sub_inv|6:100|1||Subvention aux particuliers pour la mise en conformité des branchements
eau|info|6:80;9:20|1||Logiciel de facturation et de relève de l'eau
assain|instal|6:100|1||Filtres plantés de roseaux {H}
riviere|amgt|6:60;15:40|1||Restauration des berges {dW}
riviere|presta|6:70;15:30|1||Suivi de la qualité des eaux des rivières
eau|elec|6:100|1||Électricité des stations de pompage d'eau potable
eau|reseau|6:80;3:20|1|r|branchements plomb
eau|mat|6:100|1|r|compteurs eau
assain|entr_res|6:100|1|r|curage réseaux
assain|reseau|6:100|1|r|regards eu
pluvial|entr_res|6:70;11:30|1|r|avaloirs
assain|instal|6:100|1|r|pompes poste relevage
assain|instal|6:100|1|r|step
assain|etude|6:100|1|r|itv réseaux
eau|instal|6:100|1|rc|réservoir
eau|mat|6:100|1|r|bouches à clé
eau|presta|6:70;3:30|1|r|analyses eau
assain|presta|6:100|1|r|spanc
eau|reseau|6:85;11:15|1|rc|canalisations
assain|reseau|6:85;11:15|1|r|REHAB RES EU {Rn}
eau|reseau|6:85;11:15|1|r|RENOUV CONDUITE AEP {Rn}
pluvial|reseau|6:85;11:15|1|r|RESEAU PLUVIAL {Rn}
assain|instal|6:100|1|r|STEP {Y} TRX AMELIORATION
eau|instal|6:100|1|r|REHAB CHATEAU D'EAU
assain|presta|6:100|1|r|CONTROLES SPANC {Y}
eau|mat|6:100|1|r|COMPTEURS TELERELEVE
assain|etude|6:100|1|r|SDA ETUDE SCHEMA DIRECTEUR ASST
"""

# --------------------------------------------------------------------------------------------
# Placeholder filling
# --------------------------------------------------------------------------------------------


def fill(template: str, used: dict) -> tuple[str, dict]:
    """Fill placeholders; returns text with protected names and hints (fonction, place)."""
    hints: dict = {}

    def u(key):
        return used.setdefault(key, set())

    def rep(m):
        key = m.group(1)
        if key in ("dECO", "ECO"):
            bare, de, fct = rng.choice(SCHOOL_TYPES)
            name = pick(SCHOOL_NAMES, u("school"))
            hints["fonction"] = fct
            return (de if key == "dECO" else bare) + " " + prot(name)
        if key == "N":
            return prot(pick(SCHOOL_NAMES, u("school")))
        if key in ("dC", "C"):
            bare, de, fct = rng.choice(CRECHE_TYPES)
            hints["fonction"] = fct
            return (de if key == "dC" else bare) + " " + prot(pick(CRECHE_NAMES, u("creche")))
        if key == "Cn":
            return prot(pick(CRECHE_NAMES, u("creche")))
        if key in ("dG", "G"):
            bare, de = rng.choice(GYM_TYPES)
            return (de if key == "dG" else bare) + " " + prot(pick(GYM_NAMES, u("gym")))
        if key == "Gn":
            return prot(pick(GYM_NAMES, u("gym")))
        if key in ("dS", "S"):
            name = pick(STADE_NAMES, u("stade"))
            return ("du stade " if key == "dS" else "stade ") + prot(name)
        if key == "Sn":
            return prot(pick(STADE_NAMES, u("stade")))
        if key in ("dP", "Pn"):
            bare, de, name = pick(PISCINES, u("pisc"))
            return (de + " " + prot(name)) if key == "dP" else prot(bare + " " + name)
        if key in ("dK", "K"):
            bare, de = rng.choice(EHPAD_TYPES)
            return (de if key == "dK" else bare) + " " + prot(pick(EHPAD_NAMES, u("ehpad")))
        if key == "Kn":
            return prot(pick(EHPAD_NAMES, u("ehpad")))
        if key in ("R", "Rn"):
            typ, name = pick(STREETS, u("street"))
            hints["place"] = (typ, name)
            return (typ + " " + prot(name)) if key == "R" else prot(typ + " " + name)
        if key == "Q":
            typ, name = pick(QUARTIERS, u("quartier"))
            hints["place"] = (typ, name)
            return typ + " " + prot(name)
        if key in ("H", "Hn"):
            typ, name = pick(HAMEAUX, u("hameau"))
            hints["place"] = (typ, name)
            return (typ + " " + prot(name)) if key == "H" else prot(name)
        if key == "dW":
            de, name = pick(RIVERS, u("river"))
            return de + " " + prot(name)
        if key == "SN":
            return prot(pick(STEP_NAMES, u("step")))
        if key == "dRES":
            de, name = pick(RESERVOIRS, u("res"))
            return de + " " + prot(name)
        if key == "CAPT":
            de, name = pick(CAPTAGES, u("capt"))
            return de + " " + prot(name)
        if key == "JN":
            return prot(pick(JARDINS, u("jardin")))
        if key == "CL":
            return prot(pick(CENTRES_LOISIRS, u("cl")))
        if key == "dCONS":
            de, name = pick(CONSERVATOIRES, u("cons"))
            return de + (" " + prot(name) if name else "")
        if key == "CLUB":
            art, name = pick(CLUBS, u("club"))
            return art + prot(name)
        if key == "RACE":
            art, name = pick(RACES, u("race"))
            return art + prot(name)
        if key == "AVF":
            return prot(pick(ASSO_VIOLENCES, u("avf")))
        if key == "ASOC":
            return prot(pick(ASSO_SOCIALES, u("asoc")))
        if key == "FEG":
            return prot(pick(ASSO_EGALITE, u("feg")))
        if key == "EPI":
            return prot(pick(EPICERIES, u("epi")))
        if key == "PARC":
            art, name = pick(PARCS, u("parc"))
            return art + prot(name)
        if key == "PK":
            return prot(pick(PARKINGS, u("pk")))
        if key == "COL":
            return prot(pick(COLLEGES, u("col")))
        if key == "Y":
            y = str(pick(list(range(2016, 2026)), u("year")))
            hints["year"] = y
            return y
        if key == "YY":
            y = pick(list(range(2016, 2025)), u("year"))
            hints["year"] = str(y)
            return f"{y}-{y + 1}"
        if key == "NN":
            return f"{rng.randint(1, 24):02d}"
        raise KeyError(key)

    def rep_a(m):
        de_form = rep(m)
        for de, a in (("de l'", "à l'"), ("du ", "au "), ("de la ", "à la "), ("des ", "aux ")):
            if de_form.startswith(de):
                return a + de_form[len(de):]
        return "à " + de_form

    def rep_any(m):
        key = m.group(1)
        if key.startswith("a") and key[1:] in ("ECO", "G", "S", "P", "C", "K"):
            return rep_a(re.match(r"\{(\w+)\}", "{d" + key[1:] + "}"))
        out = rep(m)
        if key in ("R", "Q", "H"):
            hints["place_str"] = out
        return out

    text = re.sub(r"\{(\w+)\}", rep_any, template)
    text = re.sub(r"\[\[(.*?)\]\]", lambda m: prot(m.group(1)), text)
    return text, hints


# --------------------------------------------------------------------------------------------
# Styles
# --------------------------------------------------------------------------------------------


def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("œ", "oe").replace("Œ", "OE")


def fold(s: str) -> str:
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def plain(text: str) -> str:
    return text.replace("\x01", "").replace("\x02", "")


# Multi-word abbreviations, applied to upper-case text without accents.
UPPER_PHRASES = [
    (r"ACCUEIL DE LOISIRS SANS HEBERGEMENT", ["ALSH"]),
    (r"ACCUEILS? DE LOISIRS", ["ALSH", "ACCUEIL LOISIRS", "ALSH"]),
    (r"CENTRES? DE LOISIRS", ["CENTRE LOISIRS", "CTRE LOISIRS", "CL", "ALSH"]),
    (r"CENTRE COMMUNAL D'ACTION SOCIALE", ["CCAS"]),
    (r"GROUPES? SCOLAIRES?", ["GS", "GS", "GRPE SCOLAIRE", "GROUPE SCOL"]),
    (r"ECOLES? MATERNELLES?", ["ECOLE MAT", "EC MAT", "MAT", "MATERNELLE", "ECOLE MAT."]),
    (r"ECOLES? ELEMENTAIRES?", ["ECOLE ELEM", "EC ELEM", "ELEM", "ELEMENTAIRE"]),
    (r"ECOLES? PRIMAIRES?", ["ECOLE PRIM", "EC PRIM", "PRIMAIRE"]),
    (r"RESTAURATION SCOLAIRE", ["REST SCOL", "RESTAURATION SCOL", "RESTO SCOLAIRE", "REST. SCOLAIRE"]),
    (r"RESTAURANTS? SCOLAIRES?", ["REST SCOL", "RESTAURANT SCOL", "CANTINE"]),
    (r"CUISINE CENTRALE", ["CUISINE CENTRALE", "CUIS CENTRALE", "UCP"]),
    (r"MAITRISE D'OEUVRE", ["MOE", "MOE", "MAITRISE OEUVRE"]),
    (r"ASSISTANCE A MAITRISE D'OUVRAGE", ["AMO"]),
    (r"MISE EN ACCESSIBILITE", ["MISE ACCESS", "MISE EN ACCESSIB", "ACCESSIBILITE"]),
    (r"MISE AUX NORMES", ["MAN", "MISE AUX NORMES", "MISE NORMES", "M. AUX NORMES"]),
    (r"ETABLISSEMENT D'ACCUEIL DU JEUNE ENFANT", ["EAJE"]),
    (r"RELAIS PETITE ENFANCE", ["RPE", "RELAIS PE"]),
    (r"RELAIS ASSISTANTES MATERNELLES", ["RAM"]),
    (r"ASSISTANTES MATERNELLES", ["ASS MAT", "ASSISTANTES MAT"]),
    (r"PETITE ENFANCE", ["PETITE ENFANCE", "PETITE ENF", "PE"]),
    (r"ACCUEILS? PERISCOLAIRES?", ["PERISCOLAIRE", "ACC PERISCO", "PERISCO"]),
    (r"PERISCOLAIRES?", ["PERISCOLAIRE", "PERISCO"]),
    (r"HOTEL DE VILLE", ["HDV"]),
    (r"CENTRE TECHNIQUE MUNICIPAL", ["CTM"]),
    (r"STATIONS? D'EPURATION", ["STEP", "STEP", "STEU", "STATION EPURATION"]),
    (r"EAUX USEES", ["EU", "EAUX USEES", "E.U."]),
    (r"EAUX PLUVIALES", ["EP", "EAUX PLUV", "PLUVIAL", "EAUX PLUVIALES"]),
    (r"EAU POTABLE", ["AEP", "EAU POTABLE", "AEP"]),
    (r"ASSAINISSEMENT NON COLLECTIF", ["ANC"]),
    (r"SERVICE PUBLIC D'ANC", ["SPANC"]),
    (r"POSTES? DE RELEVEMENT", ["PR", "POSTE RELEVEMENT", "POSTE DE RELEVAGE"]),
    (r"PERSONNES A MOBILITE REDUITE", ["PMR"]),
    (r"SYSTEME DE SECURITE INCENDIE", ["SSI"]),
    (r"SECURITE INCENDIE", ["SECU INCENDIE", "SECURITE INCENDIE", "SSI"]),
    (r"POMPE A CHALEUR", ["PAC"]),
    (r"CENTRALE DE TRAITEMENT D'AIR", ["CTA"]),
    (r"ISOLATION THERMIQUE", ["ISOL THERM", "ISOLATION THERM", "ISOL. THERMIQUE"]),
    (r"RENOVATION ENERGETIQUE", ["RENOV ENERG", "RENOV ENERGETIQUE", "RENOVATION ENERG"]),
    (r"MAISON DE SANTE PLURIPROFESSIONNELLE", ["MSP", "MAISON SANTE PLURIPRO", "MSP"]),
    (r"CENTRE MUNICIPAL DE SANTE", ["CMS", "CENTRE MUNICIPAL SANTE", "CTRE SANTE"]),
    (r"CENTRE DE SANTE", ["CENTRE SANTE", "CTRE SANTE"]),
    (r"RESIDENCE AUTONOMIE", ["RES AUTONOMIE", "RESIDENCE AUTONOMIE", "RA"]),
    (r"FOYER-LOGEMENT", ["FOYER LOGT", "FOYER LOGEMENT", "FL"]),
    (r"MAISON DE RETRAITE", ["MAISON RETRAITE", "MDR"]),
    (r"PERSONNES AGEES", ["PERS AGEES", "PA", "PERSONNES AGEES"]),
    (r"EQUIPEMENTS SPORTIFS", ["EQUIPTS SPORTIFS", "EQUIP SPORTIFS", "EQUIPEMENTS SPORT"]),
    (r"COMPLEXE SPORTIF", ["COMPLEXE SPORTIF", "CPLX SPORTIF", "COMPLEXE SPORT"]),
    (r"SALLE DE SPORTS", ["SALLE SPORTS", "SALLE DE SPORT"]),
    (r"TERRAIN DE FOOTBALL SYNTHETIQUE", ["TERRAIN FOOT SYNTH", "TERRAIN SYNTHETIQUE", "TERR. FOOT SYNTH"]),
    (r"GAZON SYNTHETIQUE", ["GAZON SYNTH", "PELOUSE SYNTHETIQUE"]),
    (r"CENTRE AQUATIQUE", ["CENTRE AQUATIQUE", "CTRE AQUATIQUE", "CENTRE AQUA"]),
    (r"SUBVENTION DE FONCTIONNEMENT", ["SUBV FONCT", "SUBV FONCTIONNEMENT", "SUBVENTION FCT"]),
    (r"SUBVENTION D'EQUIPEMENT", ["SUBV EQUIPT", "SUBV EQUIPEMENT", "SUBV INVEST"]),
    (r"SUBVENTION D'EQUILIBRE", ["SUBV EQUILIBRE", "SUBV D'EQUILIBRE"]),
    (r"AIDE ALIMENTAIRE", ["AIDE ALIMENTAIRE", "AIDE ALIM"]),
    (r"FEMMES VICTIMES DE VIOLENCES", ["FEMMES VICTIMES VIOLENCES", "FEMMES VICTIMES", "FVV"]),
    (r"VIOLENCES CONJUGALES", ["VIOLENCES CONJUGALES", "VIOL CONJUGALES", "VIOLENCES CONJ"]),
    (r"EGALITE FEMMES-HOMMES", ["EGALITE F/H", "EGALITE FH", "EGALITE FEMMES HOMMES"]),
    (r"ENTRE LES FEMMES ET LES HOMMES", ["FEMMES HOMMES", "F/H", "FEMMES-HOMMES"]),
    (r"HEBERGEMENT D'URGENCE", ["HEBERGT URGENCE", "HEBERGEMENT URGENCE", "HEBERG. URGENCE"]),
    (r"LOGEMENTS? D'URGENCE", ["LOGTS URGENCE", "LOGEMENTS URGENCE", "LOGT D'URGENCE"]),
    (r"SANS ABRI", ["SDF", "SANS ABRI", "SANS-ABRI"]),
    (r"JARDINS FAMILIAUX", ["JARDINS FAMILIAUX", "JARDINS FAMIL", "JARD. FAMILIAUX"]),
    (r"PROJET ALIMENTAIRE TERRITORIAL", ["PAT", "PROJET ALIM TERRITORIAL"]),
    (r"BATIMENTS? COMMUNAUX", ["BAT COMMUNAUX", "BATIMENTS COMM", "BATIMENTS COMMUNAUX"]),
    (r"BATIMENTS? SCOLAIRES", ["BAT SCOLAIRES", "BATIMENTS SCOL"]),
    (r"SALLES? DE CLASSE", ["SALLES CLASSE", "CLASSES"]),
    (r"EN COURS", ["EN COURS"]),
]
UPPER_WORDS = [
    (r"TRAVAUX", ["TRX", "TRAV", "TRAVAUX", "TRX"]),
    (r"AMENAGEMENT", ["AMGT", "AMENAG", "AMENAGT", "AMGT"]),
    (r"AMENAGEMENTS", ["AMGTS", "AMENAGEMENTS", "AMGT"]),
    (r"RENOVATION", ["RENOV", "RENOV", "RENOVATION"]),
    (r"REHABILITATION", ["REHAB", "REHAB", "REHABILITATION", "REHABILIT"]),
    (r"ACQUISITION", ["ACQ", "ACQUIS", "ACHAT", "ACQ."]),
    (r"EQUIPEMENT", ["EQUIPT", "EQPT", "EQUIPEMENT"]),
    (r"EQUIPEMENTS", ["EQUIPTS", "EQUIPEMENTS", "EQPTS"]),
    (r"REMPLACEMENT", ["REMPLT", "REMPL", "REMPLACEMT", "REMPLACEMENT"]),
    (r"REFECTION", ["REFECT", "REFECTION", "REFEC", "REFECT."]),
    (r"CONSTRUCTION", ["CONSTR", "CONSTRUCTION", "CONST", "CONSTRUCT"]),
    (r"EXTENSION", ["EXT", "EXTENSION", "EXTENS"]),
    (r"SUBVENTION", ["SUBV", "SUBV", "SUBVENTION", "SUB"]),
    (r"SUBVENTIONS", ["SUBV", "SUBVENTIONS", "SUBVS"]),
    (r"PARTICIPATION", ["PARTICIP", "PART", "PARTICIPATION", "PARTICIP."]),
    (r"CONTRIBUTION", ["CONTRIB", "CONTRIBUTION"]),
    (r"FONCTIONNEMENT", ["FONCT", "FCT", "FONCTIONNEMENT", "FONCTIONNT"]),
    (r"ENTRETIEN", ["ENTR", "ENTRET", "ENTRETIEN", "ENTRETIEN"]),
    (r"FOURNITURES?", ["FOURN", "FOURNIT", "FOURNITURES"]),
    (r"MATERIEL", ["MATERIEL", "MATL", "MATERIEL", "MAT."]),
    (r"MOBILIER", ["MOB", "MOBILIER", "MOBILIER"]),
    (r"INSTALLATION", ["INSTALL", "INSTAL", "INSTALLATION", "INSTALL."]),
    (r"MENUISERIES", ["MENUISERIES", "MENUIS", "MENUISERIES EXT"]),
    (r"BATIMENT", ["BAT", "BATIMENT", "BAT."]),
    (r"BATIMENTS", ["BAT", "BATIMENTS", "BATS"]),
    (r"ASSOCIATION", ["ASSO", "ASSOC", "ASS", "ASSOCIATION"]),
    (r"ASSOCIATIONS", ["ASSOS", "ASSOCIATIONS", "ASSOC"]),
    (r"ASSAINISSEMENT", ["ASST", "ASSAINISST", "ASSAINISSEMENT", "ASSAINISSEMENT"]),
    (r"RESEAU", ["RESEAU", "RES", "RES."]),
    (r"RESEAUX", ["RESEAUX", "RESX", "RES"]),
    (r"LOGEMENT", ["LOGT", "LOGEMENT"]),
    (r"LOGEMENTS", ["LOGTS", "LOGEMENTS"]),
    (r"PROGRAMME", ["PROG", "PGM", "PROGRAMME"]),
    (r"GYMNASE", ["GYMNASE", "GYMNASE", "GYM"]),
    (r"QUARTIER", ["QUARTIER", "QUART", "QU", "QUARTIER"]),
    (r"AVENUE", ["AV", "AVENUE", "AV."]),
    (r"BOULEVARD", ["BD", "BLD", "BOULEVARD"]),
    (r"CHEMIN", ["CHE", "CHEMIN", "CH"]),
    (r"ROUTE", ["RTE", "ROUTE"]),
    (r"IMPASSE", ["IMP", "IMPASSE"]),
    (r"HAMEAU", ["HAMEAU", "HAM"]),
    (r"COMMUNALE?S?", ["COMMUNAL", "COMM", "COM"]),
    (r"MUNICIPALE?S?", ["MUNICIPAL", "MUN", "MUNIC"]),
    (r"INTERCOMMUNALE?", ["INTERCO", "INTERCOMMUNAL"]),
    (r"ELECTRICITE", ["ELEC", "ELECTRICITE"]),
    (r"CHAUFFAGE", ["CHAUFF", "CHAUFFAGE"]),
    (r"ACTIVITES", ["ACTIV", "ACTIVITES"]),
    (r"PREVENTION", ["PREV", "PREVENTION"]),
    (r"DIVERS", ["DIV", "DIVERS"]),
    (r"ANNUELLE?", ["ANNUEL", "ANN."]),
    (r"DELEGATION DE SERVICE PUBLIC", ["DSP"]),
    (r"PRESTATION", ["PRESTA", "PRESTATION", "PRESTAT"]),
    (r"PRESTATIONS", ["PRESTA", "PRESTATIONS"]),
    (r"ALIMENTATION", ["ALIM", "ALIMENTATION"]),
    (r"DENREES ALIMENTAIRES", ["DENREES", "DENREES ALIM"]),
    (r"REMUNERATION", ["REMU", "REMUNERATION"]),
    (r"RENOUVELLEMENT", ["RENOUV", "RENOUVELLT", "RENOUVELLEMENT"]),
    (r"CONDUITE", ["CONDUITE", "CANA", "CANALISATION"]),
    (r"ACCESSIBILITE", ["ACCESSIB", "ACCESSIBILITE"]),
    (r"CONSERVATOIRE", ["CONSERVATOIRE", "CONSERVAT", "CRC"]),
    (r"ECOLE", ["ECOLE", "ECOLE", "EC"]),
    (r"PISCINE", ["PISCINE", "PISC"]),
    (r"VESTIAIRES", ["VESTIAIRES", "VESTIAIRE"]),
    (r"SANITAIRES", ["SANITAIRES", "SANIT"]),
    (r"CREATION", ["CREATION", "CREAT", "CREA"]),
]
ARTICLES = r"\b(DE LA|DE L'|D'UNE|D'UN|DU|DES|DE|LA|LE|LES|L'|AU|AUX|UN|UNE|POUR|SUR|DANS|EN)\b\s*"
FIRST_NAMES = {"JULES", "JEAN", "VICTOR", "PAUL", "MARIE", "JACQUES", "LOUISE", "ANATOLE", "PABLO",
               "MARCEL", "SIMONE", "LUCIE", "ROBERT", "GEORGES", "ROMAIN", "FREDERIC", "AIME", "CAMILLE",
               "GEORGE", "EMILE", "ALBERT", "LOUIS", "HENRI", "FERDINAND", "PIERRE", "GERMAINE", "NELSON",
               "LEON", "CHARLES", "ALPHONSE", "FRANCOISE", "MAURICE", "CLAUDE", "HELENE", "EDOUARD", "LEO",
               "ALAIN", "COLETTE", "SUZANNE", "RAYMOND", "ROGER", "ALFRED", "AUGUSTE", "BORIS", "ALEX",
               "CHRISTINE", "OLYMPE", "ROSA", "GASTON", "YVES", "JESSE", "MICHELINE", "JOSEPH", "YOURI",
               "ARISTIDE", "HECTOR", "DARIUS", "FRANCIS", "ERIK"}


def name_upper(name: str) -> str:
    n = strip_accents(name).upper()
    words = n.split(" ")
    if len(words) >= 2 and words[0] in FIRST_NAMES and rng.random() < 0.35:
        words[0] = words[0][0]
    n = " ".join(words)
    if rng.random() < 0.6:
        n = re.sub(r"\bSAINTE?\b", lambda m: "ST" if m.group(0) == "SAINT" else "STE", n)
    if rng.random() < 0.3:
        n = re.sub(r"^(LES|LE|LA) ", "", n)
    return n


def protect_split(text: str):
    names = []

    def keep(m):
        names.append(m.group(1))
        return f"\x03{len(names) - 1}\x03"

    return re.sub(r"\x01([^\x02]*)\x02", keep, text), names


def upper_form(text: str) -> str:
    body, names = protect_split(text)
    if rng.random() < 0.12:  # full upper case with accents kept, nothing abbreviated
        out = body.upper()
        out = re.sub(r"\x03(\d+)\x03", lambda m: names[int(m.group(1))].upper(), out)
        return re.sub(r"\s+", " ", out).strip()
    out = strip_accents(body).upper().replace("’", "'")
    out = out.replace("(", "").replace(")", "").replace(",", "")
    for pat, reps in UPPER_PHRASES:
        if rng.random() < 0.9:
            out = re.sub(r"\b" + pat + r"\b", lambda m, r=reps: rng.choice(r), out)
    if rng.random() < 0.75:
        out = re.sub(ARTICLES, "", out)
        out = re.sub(r"\bD'(?=[A-Z])", "", out) if rng.random() < 0.5 else out
        out = re.sub(r"\bA\b\s*", "", out)
        out = re.sub(r"\bET\b", rng.choice(["ET", "&", "+", "ET"]), out)
    for pat, reps in UPPER_WORDS:
        if rng.random() < 0.85:
            out = re.sub(r"\b" + pat + r"\b", lambda m, r=reps: rng.choice(r), out)
    out = re.sub(r"\x03(\d+)\x03", lambda m: name_upper(names[int(m.group(1))]), out)
    out = re.sub(r"\s+", " ", out).strip(" -")
    return out


MIXED_ACRONYMS = [
    (r"groupe scolaire", "GS"), (r"accueil de loisirs", "ALSH"), (r"station d'épuration", "STEP"),
    (r"maison de santé pluriprofessionnelle", "MSP"), (r"maîtrise d'oeuvre", "MOE"),
    (r"eaux usées", "EU"), (r"eau potable", "AEP"), (r"système de sécurité incendie", "SSI"),
    (r"relais petite enfance", "RPE"), (r"centre technique municipal", "CTM"),
    (r"délégation de service public", "DSP"), (r"projet alimentaire territorial", "PAT"),
    (r"travaux", "Trx"), (r"aménagement", "Amgt"), (r"acquisition", "Acq."),
]


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def low_first(s: str) -> str:
    if len(s) > 1 and s[1].isupper():
        return s  # acronym
    return s[:1].lower() + s[1:]


def restore(body: str, names: list[str]) -> str:
    return re.sub(r"\x03(\d+)\x03", lambda m: names[int(m.group(1))], body)


def mixed_form(text: str) -> str:
    out, names = protect_split(text)
    if rng.random() < 0.22:
        for pat, rep in MIXED_ACRONYMS:
            if rng.random() < 0.7:
                out = re.sub(r"\b" + pat + r"\b", rep, out, flags=re.IGNORECASE)
        if rng.random() < 0.5:
            out = re.sub(r"\b(?:(?:de la|du|des|d'un|d'une|pour les|pour le|pour la)\s+|de l')", "", out)
    out = re.sub(r"\s+", " ", restore(out, names)).strip()
    return cap_first(out)


LOWER_WORDS = [(r"\bgroupe scolaire\b", ["gs", "groupe scolaire"]),
               (r"\bécole maternelle\b", ["mat", "école mat", "maternelle"]),
               (r"\bécole élémentaire\b", ["élem", "école élém", "élémentaire"]), (r"\btravaux\b", ["trx", "travaux"]),
               (r"\bréhabilitation\b", ["réhab", "réhabilitation"]), (r"\brénovation\b", ["rénov", "rénovation"]),
               (r"\bacquisition\b", ["acq", "achat"]), (r"\bremplacement\b", ["rempl", "remplacement"]),
               (r"\bsubventions?\b", ["subv", "subvention"]), (r"\baménagement\b", ["amgt", "aménagement"])]


def lower_form(text: str) -> str:
    out, names = protect_split(text)
    out = out.lower()
    if rng.random() < 0.8:
        out = re.sub(r"\b(?:(?:de la|du|des|de|d'un|d'une|la|le|les|pour|à|au|aux|un|une)\s+|(?:de l'|l'))", "", out)
    for pat, reps in LOWER_WORDS:
        if rng.random() < 0.7:
            out = re.sub(pat, lambda m, r=reps: rng.choice(r), out)
    out = restore(out, [n.lower() for n in names])
    if rng.random() < 0.35:
        out = strip_accents(out)
    return re.sub(r"\s+", " ", out).strip()


def code_form(base: str, upper: bool, kind: str, hints: dict) -> str:
    y = int(hints.get("year") or rng.randint(2016, 2025))
    nn = rng.randint(1, 30)
    if kind == "I":
        if upper:
            fmts = ["{y}I{nn:02d} - {T}", "OP {op} {T}", "AP {y}-{nn:02d} {T}", "{T} - AP {y}",
                    "OPE{n3} {T}", "{T} {y}", "PPI {y} {T}", "{T} TR{k}", "{T} PHASE {k}",
                    "{nn:02d}-{n3} {T}", "OP{op}-{T}", "{T} (OP {op})", "{y}-{n3} {T}"]
        else:
            fmts = ["Programme {y} - {t}", "{T} - tranche {k}", "{T} ({y})", "{T} - phase {k}",
                    "Opération {op} - {T}", "AP {y}-{nn:02d} - {T}", "{y}I{nn:02d} - {T}", "{T} - AP {y}",
                    "Programme {y} {t}", "OP {op} {T}"]
    else:
        if upper:
            fmts = ["{T} {y}", "{T} EXERCICE {y}", "BP {y} {T}", "{T} {y}/{y1}", "{T} - {y}"]
        else:
            fmts = ["{T} {y}", "{T} - année {y}", "{T} {y}-{y1}", "{T} (exercice {y})", "{T} - {y}"]
    fmt = rng.choice(fmts)
    return fmt.format(T=base, t=low_first(base), y=y, y1=y + 1, nn=nn, k=rng.randint(1, 3),
                      op=rng.randint(1000, 9899), n3=f"{rng.randint(1, 299):03d}")


def raw_form(text: str, template: str) -> str:
    body = plain(text)
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", re.sub(r"\{\w+\}", "", template))
    if letters and letters == letters.upper():
        return strip_accents(body).upper()
    return body


# --------------------------------------------------------------------------------------------
# Codes and services
# --------------------------------------------------------------------------------------------


def pick_codes(dom: str, prof: str, hints: dict) -> tuple[str, str, str]:
    fonctions, _, batnat = DOMS[dom]
    _, options = PROFILES[prof]
    chap, nat = rng.choice(options)
    if nat == "BAT":
        nat = batnat
    elif nat == "RES":
        nat = RESEAU_NATURE.get(dom, "21538")
    fct = hints.get("fonction") if dom in ("ecole", "pe") and hints.get("fonction") else rng.choice(fonctions)
    return chap, nat, fct


def goals_of(labels: str) -> list[int]:
    return [int(p.split(":")[0]) for p in labels.split(";")]


# Services that a finance export could plausibly show on a line of another domain (the label
# still follows the libellé): shared buildings, cross-charged budgets, badly coded lines.
MISLEAD_POOLS = {
    "school": ["SPORT", "CULT", "VOIRIE", "URBA", "JEUN", "SOC", "ENV", "FIN", "SANTE"],
    "sport": ["EDU", "JEUN", "CULT", "VOIRIE", "ENV", "URBA", "COM", "SANTE"],
    "health": ["SOC", "URBA", "ADMIN", "RH", "EDU", "SPORT", "FIN"],
    "social": ["SANTE", "SENIOR", "URBA", "ADMIN", "FIN", "JEUN", "EDU"],
    "food": ["REST", "ENV", "DEVECO", "SANTE", "EDU", "SOC", "URBA"],
    "gender": ["POLICE", "JEUN", "SOC", "COM", "CULT", "SPORT", "ADMIN", "FIN"],
    "water": ["ENV", "URBA", "DD", "FIN", "VOIRIE", "ADMIN", "SPORT"],
}
DOM_GROUP = {
    "ecole": "school", "mat": "school", "resto": "school", "peri": "school", "alsh": "school",
    "colo": "school", "decouv": "school", "edu_gen": "school", "sco_sport": "school", "pe": "school",
    "ram": "school", "conserv": "school", "biblio": "school", "med_sco": "health", "famille": "social",
    "social": "social", "food_aid": "food", "food": "food", "agri": "food", "sante": "health",
    "cds": "health", "pmi": "health", "hyg": "health", "senior": "health", "ehpad": "health",
    "gym": "sport", "stade": "sport", "piscine": "sport", "sport": "sport", "sport_ev": "sport",
    "club": "sport", "egal": "gender", "vif": "gender", "rh_egal": "gender", "eau": "water",
    "assain": "water", "pluvial": "water", "riviere": "water",
}


TECH_PROFILES = {"bat", "amgt", "instal", "moe", "etude", "reseau", "mat", "mob", "veh", "entr_bat", "entr_res",
                 "entr_terr", "maint", "elec", "chauf", "nettoy", "gardien", "loc"}


def pick_service(dom: str, prof: str, labels: str, misleading: bool) -> str:
    pools = [k for k in DOMS[dom][1] if k not in ("TECH", "TECHG") or prof in TECH_PROFILES]
    if not misleading:
        key = rng.choice(pools)
        return rng.choice(SERVICES[key][1])
    goals = set(goals_of(labels))
    cands = [k for k in MISLEAD_POOLS[DOM_GROUP[dom]]
             if SERVICES[k][0] is not None and SERVICES[k][0] not in goals and k not in pools]
    key = rng.choice(cands)
    return rng.choice(SERVICES[key][1])


# --------------------------------------------------------------------------------------------
# Labels check
# --------------------------------------------------------------------------------------------


def check_labels(labels: str) -> None:
    parts = [p.split(":") for p in labels.split(";")]
    pairs = [(int(g), int(s)) for g, s in parts]
    assert 1 <= len(pairs) <= 3, labels
    assert sum(s for _, s in pairs) == 100, labels
    assert all(1 <= g <= 17 and s % 5 == 0 and s > 0 for g, s in pairs), labels
    assert len({g for g, _ in pairs}) == len(pairs), labels
    assert pairs == sorted(pairs, key=lambda p: (-p[1], p[0])), labels


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------

STYLE_WEIGHTS = [("upper", 0.40), ("mixed", 0.39), ("lower", 0.06), ("code", 0.15)]


def choose_style() -> str:
    r = rng.random()
    acc = 0.0
    for name, w in STYLE_WEIGHTS:
        acc += w
        if r < acc:
            return name
    return STYLE_WEIGHTS[-1][0]


def parse(block: str) -> list[tuple]:
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        dom, prof, labels, n, flags, text = line.split("|", 5)
        assert dom in DOMS, dom
        assert prof in PROFILES, prof
        check_labels(labels)
        rows.append((dom, prof, labels, int(n), flags, text))
    return rows


def main() -> None:
    entries = []
    for block in (ENTRIES_1, ENTRIES_2, ENTRIES_3, ENTRIES_4, ENTRIES_5, ENTRIES_6):
        entries.extend(parse(block))

    seen: set[str] = set()
    rows = []
    stats: dict[str, int] = {}
    for dom, prof, labels, n, flags, template in entries:
        used: dict = {}
        kind = PROFILES[prof][0]
        raw = "r" in flags
        needs_ctx = "c" in flags
        made = 0
        attempts = 0
        while made < n and attempts < 12:
            attempts += 1
            text, hints = fill(template, used)
            if raw:
                lib = raw_form(text, template)
                style = "raw"
                if attempts > 1 and not needs_ctx:
                    lib = code_form(lib, lib == lib.upper(), kind, hints)
            else:
                style = choose_style()
                nwords = len(plain(text).split())
                if style == "lower" and nwords > 7:
                    style = "upper"
                if style == "upper":
                    lib = upper_form(text)
                elif style == "mixed":
                    lib = mixed_form(text)
                elif style == "lower":
                    lib = lower_form(text)
                else:
                    up = rng.random() < 0.55
                    place_str = hints.get("place_str")
                    if place_str and rng.random() < 0.5:
                        # "Rue Victor Hugo - réfection ..." : the place leads, the rest follows
                        rest = text.replace(" " + place_str, "", 1)
                        place = cap_first(plain(place_str))
                        if up:
                            lib = strip_accents(place).upper() + " - " + upper_form(rest)
                        else:
                            lib = place + " - " + low_first(mixed_form(rest))
                    else:
                        lib = code_form(upper_form(text) if up else mixed_form(text), up, kind, hints)
            lib = re.sub(r"\s+", " ", lib).strip()
            key = fold(lib)
            if not key or key in seen:
                continue
            seen.add(key)
            made += 1
            stats[style] = stats.get(style, 0) + 1

            chap = nat = fct = svc = ""
            if needs_ctx:
                with_svc = rng.random() < 0.75
                with_codes = (not with_svc) or rng.random() < 0.5
                if with_svc:
                    svc = rng.choice(SERVICES[DOMS[dom][1][0]][1])
                if with_codes:
                    chap, nat, fct = pick_codes(dom, prof, hints)
            else:
                if rng.random() < P_CODES:
                    chap, nat, fct = pick_codes(dom, prof, hints)
                if rng.random() < P_SERVICE:
                    mislead = rng.random() < P_MISLEAD
                    svc = pick_service(dom, prof, labels, mislead)
                    stats["misleading service"] = stats.get("misleading service", 0) + mislead
            rows.append([lib, chap, nat, fct, svc, labels])

    rng.shuffle(rows)
    rows = curation.conventional_rows(row for row in rows if curation.keep(row[0]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    print("styles and misleading services:", dict(sorted(stats.items())))


if __name__ == "__main__":
    main()
