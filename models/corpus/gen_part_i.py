#!/usr/bin/env python3
"""Write part I of Verdir's labelled training corpus: mid-size towns (30,000 to 150,000
inhabitants) and their communautés d'agglomération, with M57 codes where real budgets put them.

Parts A to H cover villages, communes, intercommunalités, départements, régions, a capital-city
style and large cities; this slice covers the mid-size town and its agglomeration, whose exports
are written by small finance teams: short service names, operation codes, many M57 codes, and
lines filed under the fonction of the facility or service that pays them even when the line's
own purpose lies elsewhere.

Nine invented authorities, each with its services named as such authorities name them:
  SAU    Saint-Aurèle, a river town in the centre (~58,000 inh.): "Pôle Education Enfance",
         "Service Bâtiments", "DST", "CTM", "Direction Cadre de Vie", "Sce Sports",
         "POLE SOLIDARITES - CCAS", "Dir. Culture et Patrimoine", "Cellule marchés",
         "Direction des Systèmes d'Information"...; operations "OP 2023-04";
  PLI    Port-Lisandre, an Atlantic port town (~72,000, coastal): "Direction de l'Education",
         "Direction Mer et Littoral", "Sce Plages"...; "Opé. 118 - ";
  RAU    Roche-Aubert, a prefecture in the east (~96,000): upper-case directions ("DIRECTION
         DES ESPACES PUBLICS", "DSI"...); "PROG 21/07 ";
  CAS    Castelvieil, a south-western town (~38,000): one-word services ("Scolaire", "Voirie",
         "CCAS"...); "Opération n°12 - ";
  FON    Fontvallon, a former industrial town in the north (~46,000, priority neighbourhoods):
         "SERVICE ..." names; "P24-031";
  SAB    Sablières-sur-Mer, a Channel resort (~33,000, coastal): "Pôle ..." names, often
         without accents; "OP. 341";
  CAPV   Pays de Vionne Agglomération (~115,000), around Saint-Aurèle: "Direction Eau et
         Assainissement", "Service GEMAPI - Milieux aquatiques", "Gens du voyage"...; "AP2024-07";
  LOA    Lisandre Océan Agglomération (~140,000, coastal): upper-case directions; "PPI-2022-05";
  RAA    Roche-Aubert Agglomération (~105,000): "Pôle Environnement - Eau", "Pôle Ressources -
         SI"...; "OPE 118".
Towns hold schools, crèches, sport, culture, social action, roads, parks, police, civil status;
agglomerations hold water, sanitation, waste, transport, economic development, tourism office,
GEMAPI, habitat, aires d'accueil des gens du voyage, the intercommunal conservatoire and pools.

Styles this slice covers:
  1. the service column: the service's name as the authority writes it, sometimes in upper
     case, sometimes cut at 20 characters mid-word ("DIRECTION DES SYSTEM"); about 15 % of
     the rows have no service;
  2. labels in upper case with abbreviations (glossary ones and ordinary ones: TVX, TRX, REHAB,
     RENOV, AMGT, ACQ, MAINT, REFECT, EQPT, GS, EE, EM, PMR, SSI, VRD, CMS, MDJ, HDV, PAC...),
     a third of the upper-case labels written tersely without articles ("TVX REFECT TOITURE
     GS J. FERRY"), works written "travaux de ..." and purchases "acquisition de ..." at times;
     mixed case with accents, mixed case without accents, lower case; the authority's
     operation code in front or behind; years, tranches, invented streets, districts,
     schools, parks, beaches, rivers and associations; about 10 % of the labels cut at 35 or
     45 characters mid-word, always after the words that carry the meaning;
  3. about 55 % of the rows with M57 codes (fonction and/or nature and/or chapitre), alone or
     with their label as generator_tools.Draws.code_cell writes them;
  4. a section per row of the codebook's table "Which goal for which municipal activity",
     each goal with at least 35 rows as main goal over the part: works on named facilities,
     association grants ("SUBV. ASSOC. ...", "Subvention à l'association ..."; the
     association's purpose decides), operating lines (fluids, contracts, maintenance, a
     service's staff), festivities, agglomeration competences;
  5. generic fragments ("TRAVAUX DIVERS", "TVX DIVERS", "ACQ VEHICULE UTILITAIRE", "PETIT
     EQUIPEMENT", "GROS ENTRETIEN", "AMO"... with a year, a budget step (BP, DM, RAR, CP) or an
     operation code) under a service whose name says its field (all its fields give that split),
     or with a fonction: they take that field's usual split (a building line or an equipment
     line); with neither service nor fonction they are 16:100;
  6. a section of conflicts (sections "20 conflict"): the budget files the line under a code
     whose M57 prior points to another goal, and the libellé decides: conservatoire, music or
     dance school under 311/31 (building 4:85;11:15, instruments 4:100, teaching and running
     4:100); cour oasis and school-yard de-sealing under 211/212/213 13:50;4:30;15:20; solar,
     geothermal heat pump or solar hot water on a school under 212 7:60;4:40 or on a gym under
     321 7:60;3:40; accessibility of the town hall (020), a museum (314), a church (312)
     10:70;11:30; food aid under 424/42 or 6574 with fonction 4 2:70;1:30; the staff's gender
     equality plan, harassment prevention and training under 020/021 5:80;16:20; sorting bins,
     composting and reuse in parks under 511 12:70;15:30; cool islands, misting and
     shade in parks and squares under 511/845 13:70;11:30 (drinking fountains are water, 6, as
     in the other parts, and are not written here); street CCTV under 845/84 16:100;
     flood-prevention works under 845/84 13:80;11:20; thermal renovation of the town's social
     housing under 555/552 7:60;11:40; a health centre building under 020/510 3:85;11:15; a
     youth centre building under 020/51 10:85;11:15; pupils' tablets, ENI and interactive
     projectors bought on 2183/2051 (IT accounts) under 212/213 4:100. Every row there has at
     least one code whose prior's main goal differs from the label's (checked);
  7. a contrast section where the codes agree: IT for the services under 020 with 2183 or
     2051 16:70;9:30, pupils' digital equipment under 212/213 (2188 or no nature) 4:100.
A template's core marked "A:" is written only by an agglomeration, "V:" only by a town.

Labels follow the codebook (shared/data/odd_codebook.md, here odd_codebook.md) and parts A to H:
school building 4:85;11:15, insulation 4:50;7:50, boiler or LED 4:60;7:40, accessibility
4:50;10:50, canteen 4:70;2:30, organic canteen food 2:60;4:40, crèche 4:85;11:15, library
4:60;11:40, conservatoire building 4:85;11:15 and teaching 4:100; sports building 3:85;11:15,
thermal work on a gym 3:50;7:50 (boiler or LED 3:60;7:40), outdoor sport 3:80;11:20, clubs 3:100;
health centre building 3:85;11:15, health 3:100, EHPAD 3:70;10:30; CCAS grant and social aid
1:100, shelters 1:80;10:20; food aid 2:70;1:30 (cheques 2:60;1:40), urban agriculture 2:70;11:30,
shared gardens 2:60;11:40, food policy 2:80;12:20; gender equality 5:100, violence against women
5:70;16:30, the staff's equality plan 5:80;16:20; water networks 6:85;11:15, plants and services
6:100, stormwater 6:70;13:30; LED street lighting 7:70;11:30, thermal renovation of public
buildings 7:60;11:40, heating networks and solar farms 7:80;13:20, energy management 7:100;
economy 8:100, commerce 8:70;11:30, tourism 8:80;11:20, insertion 8:70;10:30, mission locale
8:60;4:40, market halls 8:85;11:15; fibre 9:100, innovation 9:70;8:30, research 9:70;4:30,
higher education 9:60;4:40; accessibility 10:70;11:30, youth 10:100, youth centres 10:85;11:15,
priority neighbourhoods 10:60;11:40; roads 11:80;9:20, bridges 11:60;9:40, cycling 11:70;13:30,
public transport 11:80;13:20, planning and parking 11:100, social housing 11:70;1:30, aires
d'accueil 11:60;10:40, museums, heritage, festivals, festivities, cemeteries 11:100, official
ceremonies and commemorations 11:80;16:20; a facility's running costs (fluids, cleaning,
maintenance) take its activity's goal alone (school 4:100, gym 3:100, town hall 16:100); the
fête de la musique 11:80;16:20 as in parts A to H; waste 12:100 (facilities 12:80;11:20), sustainable procurement 12:80;16:20; climate
plan 13:100, flood prevention 13:80;11:20, cool islands 13:60;11:20;15:20, misting and shade
13:70;11:30; beaches 14:80;11:20, lifeguards 14:70;16:30, dunes 14:60;15:40, coastline 14:60;13:40;
parks 15:70;11:30, playgrounds 15:60;11:40, trees 15:80;11:20, greening a street
15:60;11:20;13:20, biodiversity 15:100; administration, police, CCTV, civil status, elections,
participation 16:100, city hall building 16:85;11:15, IT for services 16:70;9:30; debt,
contributions to other public bodies and international co-operation 17:100.
Outside the conflicts section, a code is written only when the label's main goal is the main
goal of the code's M57 prior (verdir/data/m57_*.csv, longest known prefix, codes_agree).

All names of towns, agglomerations, places, facilities, associations and partner cities are
invented by combination. Libellés already present in parts A to H, quoted in the brief or the
codebook (compared without case, accents or punctuation) are skipped; a libellé appears once in
this part, except the generic fragments, which may come back under another service or fonction.

The machinery (label renderer, templates, facility labels, generic fragments, checks) is shared
with part H in city_generator.py; this file holds part I's data and the parameters it passes.

Deterministic, stdlib only, no network:  python3 gen_part_i.py  ->  part_i.csv (same folder).
"""

from __future__ import annotations

import re
from collections import Counter

from city_generator import (
    BaseAuthority,
    Fac,
    GenericFragments,
    Holder,
    LabelRenderer,
    RenderRules,
    Template,
    TemplateRows,
    assert_no_errors,
    cut_and_service_shares,
    facility_segments,
    generic_errors,
    name_source,
    pick_authority,
    pick_holder,
    read_part,
    split_spec,
    template_errors,
)
from generator_tools import (
    FCT,
    L,
    Placeholders,
    chapter_of_nature,
    codes_agree,
    codes_agree_or_displaced,
    fn_gen,
    fold,
    main_goal,
    part_setup,
    up,
    write_part,
)
from shared_labels import (
    ADM,
    ADM_BLD,
    ADM_IT,
    ARCHIVES,
    BEACH,
    BIO_CANTEEN,
    BIODIV,
    BLD_NRJ,
    BRIDGE,
    CANTEEN,
    CLIMATE,
    COMMERCE,
    COOL,
    COOL_EQ,
    CULT,
    ECO,
    EDU,
    EHPAD,
    ESR,
    FESTIV,
    FIN,
    FLOOD,
    FOODAID,
    FOODAID_CHQ,
    GARDENS,
    GENDER,
    GENDER_HR,
    GREENSTREET,
    HEALTH,
    HEALTH_BLD,
    HEATNET,
    IAE,
    INNOV,
    LED,
    LIB,
    MARKET_BLD,
    OASIS,
    PLAY,
    PMR,
    PROCURE,
    QPV,
    RENEWAL,
    RESEARCH,
    ROAD,
    SCH,
    SCH_HEAT,
    SCH_NRJ,
    SCH_PMR,
    SCH_PV,
    SHELTER,
    SHELTER_BLD,
    SOC_BLD,
    SOCHOUSING,
    SOFT,
    SPORT,
    SPORT_BLD,
    SPORT_OUT,
    SPORT_PV,
    THD,
    TOUR,
    TRANSIT,
    TREES,
    URBA,
    URBAGRI,
    VIOLENCE,
    W_NET,
    W_RAIN,
    WASTE,
    WASTE_BLD,
    YOUTH,
    YOUTH_BLD,
    W,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 909)
# The example lines quoted in the brief of this slice and in the codebook: the slice writes its own, never these.
BRIEF_EXAMPLES = ["Pôle Education Enfance", "Service Bâtiments", "DST", "CTM", "Direction Cadre de Vie", "Sce Sports",
                  "POLE SOLIDARITES - CCAS", "Dir. Culture et Patrimoine", "Cellule marchés",
                  "Direction des Systèmes d'Information", "OP 2023-04", "Opé. 118", "PROG 21/07", "SUBV. ASSOC.",
                  "Subvention à l'association", "cour oasis", "cour végétalisée", "îlot de fraîcheur",
                  "épicerie sociale", "banque alimentaire", "colis alimentaires", "plan égalité professionnelle",
                  "Rénovation de l'école primaire", "ISOL THERM GS PASTEUR", "Subvention CCAS",
                  "Aménagement piste cyclable", "Acquisition véhicules police municipale", "VEGETALISATION DE LA VILLE",
                  "Remboursement capital de la dette"]

pick, wpick, chance = draw.pick, draw.wpick, draw.chance


# --------------------------------------------------------------------------------------------
# labels used often
# --------------------------------------------------------------------------------------------

SOC = L(1, 100)
FOODPOL = L(2, 80, 12, 20)
HYGIENE = L(3, 80, 11, 20)
NRJ = L(7, 100)
ECO_ZONE = L(8, 80, 11, 20)
AAGV = L(11, 60, 10, 40)
CLEAN = L(11, 70, 12, 30)
CIVILPROT = L(13, 70, 16, 30)
PARK = L(15, 70, 11, 30)
PARKWASTE = L(12, 70, 15, 30)


# --------------------------------------------------------------------------------------------
# invented names (placeholders of the label templates; they never carry the line's meaning)
# --------------------------------------------------------------------------------------------

PERSONS = ["Paul Langevin", "Marie Curie", "Jacques Prévert", "Louise Michel", "Jean de La Fontaine", "Charles Perrault",
           "Antoine de Saint-Exupéry", "Victor Hugo", "Jules Verne", "Simone Veil", "Lucie Aubrac", "Germaine Tillion",
           "Jean Moulin", "Anatole France", "Alphonse Daudet", "Frédéric Mistral", "Jean Giono", "Jean Rostand",
           "Albert Schweitzer", "Louis Pergaud", "Paul-Émile Victor", "Françoise Dolto", "Maria Montessori",
           "Célestin Freinet", "Pauline Kergomard", "Olympe de Gouges", "Rosa Parks", "Boris Vian", "Robert Doisneau",
           "Henri Matisse", "Claude Monet", "Paul Cézanne", "Jean Lurçat", "Théodore Monod", "Hubert Reeves",
           "Marcel Pagnol", "Jules Ferry", "Jean Jaurès", "George Sand", "Pierre Loti"]
SPORTS_NAMES = ["Léo Lagrange", "Pierre de Coubertin", "Jean Bouin", "Colette Besson", "Marcel Cerdan", "Alain Mimoun",
                "Suzanne Lenglen", "Jacques Anquetil", "Marie-José Pérec", "Roger Couderc", "Jean Borotra",
                "Micheline Ostermeyer", "Louison Bobet", "Raymond Poulidor"]
COMPOSERS = ["Maurice Ravel", "Claude Debussy", "Gabriel Fauré", "Érik Satie", "Francis Poulenc", "Lili Boulanger",
             "Hector Berlioz", "Darius Milhaud", "Georges Bizet", "Camille Saint-Saëns", "Henri Dutilleux"]
LIEUX = ["des Tilleuls", "des Charmilles", "du Prieuré", "des Forges", "de la Vigie", "des Glycines", "du Moulin-Neuf",
         "des Aubépines", "de la Citadelle", "du Val-Fleuri", "des Côteaux", "de Beauregard", "des Bruyères",
         "de la Tannerie", "du Haut-Bourg", "des Lavandières", "de la Croix-Rouge", "des Prés-Verts", "de Champfleury",
         "du Pré-Long"]
DISTRICTS = ["Les Glycines", "Le Haut-Bourg", "La Croix-Rouge", "Les Charmilles", "Le Port-Vieux", "Saint-Éloi", "La Vigie",
             "Les Tanneries", "Bel-Air", "Les Côteaux", "La Gare", "Le Val-Fleuri", "Les Forges", "La Madeleine",
             "Le Faubourg", "Les Prés-Verts", "La Citadelle", "Les Aubépines", "Beauregard", "Les Bruyères",
             "Le Moulin-Neuf", "La Plaine", "Champfleury", "Les Lavandières"]
QPVS = ["Les Forges", "La Croix-Rouge", "Beauregard", "Les Bruyères", "Le Moulin-Neuf", "Les Tanneries", "La Plaine",
        "Champfleury"]
STREETS = ["rue Nationale", "avenue de Verdun", "rue du Général-Leclerc", "boulevard Carnot", "rue des Forges",
           "avenue Pasteur", "rue de la Gare", "quai de la Vionne", "rue Victor-Hugo", "chemin des Vignes", "rue du Moulin",
           "avenue de la République", "rue des Écoles", "boulevard Gambetta", "rue Jean-Jaurès", "impasse des Lilas",
           "route de Montarcy", "rue du Port", "avenue du Maréchal-Juin", "rue des Tanneurs", "allée des Charmilles",
           "rue de la Citadelle", "rue Saint-Éloi", "avenue des Glycines", "rue Pierre-Brossolette", "rue des Quatre-Vents",
           "boulevard de la Mer", "rue de l'Abbaye", "chemin de la Croix-Rouge", "rue Aristide-Briand"]
SQUARES = ["place de la Mairie", "place du Marché", "place Saint-Éloi", "place de la Halle", "parvis de la médiathèque",
           "place du Général-de-Gaulle", "esplanade du Port", "place des Tilleuls", "place de la Libération",
           "parvis de l'église", "place du 8-Mai", "place Carnot"]
PARKS = ["du Prieuré", "des Charmilles", "de la Citadelle", "Beauregard", "des Forges", "de l'Abbaye", "du Moulin",
         "des Bruyères", "Saint-Éloi", "de la Vigie", "du Val-Fleuri", "des Côteaux", "de l'Hôtel-de-Ville", "de la Roseraie"]
BEACHES = ["de la Grande-Conche", "des Sables-d'Or", "du Phare", "de la Garenne", "des Dunes", "du Casino", "de Port-Vieux",
           "des Mouettes", "de la Pointe", "du Goulet", "des Galets", "de l'Estran"]
RIVERS = ["de la Vionne", "du Lisandre", "de l'Aubrette", "du ruisseau des Forges", "de la Sorbe", "du ru d'Orval",
          "de la Vionnette", "de l'Escoube"]
SAINTS = ["Saint-Éloi", "Notre-Dame", "Saint-Aurèle", "Saint-Martin", "Saint-Pierre", "Sainte-Croix", "Saint-Jacques",
          "Saint-Nicolas"]
CEMETERIES = ["du Nord", "Saint-Éloi", "des Bruyères", "de la Citadelle", "paysager", "de l'Est", "du Haut-Bourg"]
CRECHES = ["Les Lutins", "Les Pitchouns", "Pirouette", "Les Câlins", "Les P'tits Mousses", "Le Manège enchanté",
           "Les Bambins", "Les Marmots", "Trottinette", "Les Doudous"]
EHPADS = ["Les Charmilles", "Le Clos Saint-Éloi", "Les Tilleuls", "La Vigie", "Les Lavandes", "Le Parc"]
MUSEUMS = ["des Beaux-Arts", "d'Art et d'Histoire", "du Prieuré", "de la Forge", "de la Citadelle", "municipal"]
FESTIVALS = ["Rues et Rires", "Jazz sur Vionne", "des Arts de la Rue", "du Court Métrage", "Les Nuits de la Citadelle",
             "du Livre Jeunesse", "Les Estivales", "Guitares en Fête", "Contes et Légendes", "Scènes d'Automne"]
ZAES = ["des Forges", "du Pré-Long", "de la Gare", "des Quatre-Chemins", "Actiparc", "du Moulin-Neuf", "de la Croix-Blanche",
        "Océan-Est"]
ZACS = ["des Tanneries", "du quartier de la Gare", "de la Citadelle", "des Prés-Verts", "de Champfleury"]
JUMELAGES = ["Weilerbach (Allemagne)", "Castelbruno (Italie)", "Villanova del Río (Espagne)", "Kilbarrow (Irlande)",
             "Nowa Wieś Górna (Pologne)", "Porto Casal (Portugal)"]
PARTNERS_SOUTH = ["Toumodi-Nord (Côte d'Ivoire)", "Bandiagara-Est (Mali)", "Koudiéré (Burkina Faso)",
                  "Ambalavao-Nord (Madagascar)", "Tafraout-Sud (Maroc)", "Dogbo-Ahomé (Bénin)"]
SOCIAL_ASSOS = ["Le Relais", "Entraide", "La Main Tendue", "Solidarité Partage", "L'Escale", "Accueil et Rencontre",
                "Le Phare", "Horizon Solidaire"]
SPORTS = ["handball", "football", "rugby", "basket", "judo", "natation", "tennis", "athlétisme", "volley-ball", "cyclisme",
          "gymnastique", "tennis de table", "badminton", "aviron", "karaté"]
EVENTS = ["10 km de {ville}", "Foulées de la Vionne", "tournoi international de jeunes de handball", "Grand prix cycliste",
          "Trail de la Citadelle", "Triathlon des Lacs", "Open de tennis", "Nuit de l'eau - piscine"]
BANKS = ["Caisse d'Épargne", "Crédit Agricole", "Banque des Territoires", "Crédit Mutuel", "La Banque Postale", "SFIL - CAFFIL",
         "Agence France Locale"]

CUR: dict[str, Authority] = {}  # the authority drawing the current line (for {ville} and {agglo})


def _ville() -> str:
    a = CUR["auth"]
    return pick(a.towns)


PH = {  # placeholder -> the name it stands for
    "p": lambda: pick(PERSONS),
    "sp": lambda: pick(SPORTS_NAMES + PERSONS[:10]),
    "comp": lambda: pick(COMPOSERS),
    "lieu": lambda: pick(LIEUX),
    "q": lambda: pick(DISTRICTS),
    "qpv": lambda: pick(QPVS),
    "rue": lambda: pick(STREETS),
    "place": lambda: pick(SQUARES),
    "pk": lambda: pick(PARKS),
    "pl": lambda: pick(BEACHES),
    "riv": lambda: pick(RIVERS),
    "saint": lambda: pick(SAINTS),
    "cim": lambda: pick(CEMETERIES),
    "cr": lambda: pick(CRECHES),
    "eh": lambda: pick(EHPADS),
    "mus": lambda: pick(MUSEUMS),
    "fest": lambda: pick(FESTIVALS),
    "za": lambda: pick(ZAES),
    "zac": lambda: pick(ZACS),
    "jum": lambda: pick(JUMELAGES),
    "sud": lambda: pick(PARTNERS_SOUTH),
    "asso": lambda: pick(SOCIAL_ASSOS),
    "sport": lambda: pick(SPORTS),
    "event": lambda: pick(EVENTS).replace("{ville}", _ville()),
    "bank": lambda: pick(BANKS),
    "ville": _ville,
    "agglo": lambda: CUR["auth"].short,
    "y": lambda: str(rng.randint(2018, 2026)),
    "t": lambda: str(rng.randint(1, 4)),
    "n": lambda: str(rng.randint(1, 12)),
    "lot": lambda: str(rng.randint(1, 6)),
}


TEMPLATES = Placeholders(PH)
segments, fill = TEMPLATES.segments, TEMPLATES.fill


# --------------------------------------------------------------------------------------------
# authorities and their services
# --------------------------------------------------------------------------------------------

class Svc(Holder):
    def __init__(self, name: str, fields: str) -> None:
        super().__init__(fields)
        self.name = name


class Authority(BaseAuthority):
    def __init__(self, key, short, kind, coastal, weight, towns, styles, opcode, svcs):
        super().__init__(key, weight, coastal, styles, opcode, [Svc(n, f) for n, f in svcs])
        self.short, self.kind, self.towns = short, kind, towns


def _y() -> int:
    return rng.randint(2018, 2026)


AUTHS = [
    Authority("SAU", "Saint-Aurèle", "town", False, 14, ["Saint-Aurèle"],
              [(50, "upper"), (32, "mixed"), (6, "mixed_noacc"), (12, "lower")],
              lambda: f"OP {_y()}-{rng.randint(1, 40):02d}", [
                  ("Pôle Education Enfance", "edu pe restau"), ("Affaires scolaires", "edu"),
                  ("Restauration scolaire", "restau"), ("Service Bâtiments", "bat"), ("DST", "bat voirie"),
                  ("CTM", "bat"), ("Direction Cadre de Vie", "ev dech climat"), ("Service Espaces verts", "ev"),
                  ("Sce Sports", "sport"), ("POLE SOLIDARITES - CCAS", "social food seniors handi"),
                  ("Dir. Culture et Patrimoine", "cult lib cim"), ("Médiathèque municipale", "lib"),
                  ("Conservatoire municipal", "cons"), ("Cellule marchés", "achat"),
                  ("Direction des Systèmes d'Information", "si"), ("Police municipale", "police"),
                  ("Etat civil - Elections", "ec"), ("Direction des Finances", "fin"), ("Service Jeunesse", "jeun"),
                  ("Centre municipal de santé", "sante"), ("Mission Egalité - Diversité", "egal"),
                  ("Commerce - Centre-ville", "eco"), ("Service Urbanisme", "urba"), ("Fêtes et cérémonies", "fetes"),
                  ("Voirie - Eclairage public", "voirie eclair"), ("Direction Générale des Services", "adm intl citoy"),
                  ("Service Energie", "energie"), ("Ressources humaines", "rh"), ("Service Logement", "logt"),
              ]),
    Authority("PLI", "Port-Lisandre", "town", True, 14, ["Port-Lisandre"],
              [(40, "upper"), (45, "mixed"), (5, "mixed_noacc"), (10, "lower")],
              lambda: f"Opé. {rng.randint(100, 399)} - ", [
                  ("Direction de l'Education", "edu restau"), ("Petite enfance", "pe"),
                  ("Direction du Patrimoine bâti", "bat energie"), ("Services techniques", "bat voirie"),
                  ("Direction Mer et Littoral", "mer"), ("Sce Plages", "mer"), ("Direction des Sports et du Nautisme", "sport"),
                  ("CCAS - Action sociale", "social food seniors"), ("Direction de la Culture", "cult lib fetes"),
                  ("Conservatoire de musique et de danse", "cons"), ("Direction de l'Espace public", "voirie eclair"),
                  ("Parcs et jardins", "ev"), ("Direction Tranquillité publique", "police"),
                  ("Population - Citoyenneté", "ec citoy cim"), ("Direction des Finances et de la Commande publique", "fin achat"),
                  ("Direction du Numérique", "si"), ("Direction de l'Attractivité", "eco tour"),
                  ("Jeunesse et Vie des quartiers", "jeun"), ("Santé publique", "sante"),
                  ("Transition écologique", "energie climat dech"), ("Direction Générale", "adm intl"),
                  ("Mission égalité femmes-hommes", "egal"), ("Urbanisme et Habitat", "urba logt"),
                  ("Mission handicap", "handi"), ("Direction des Ressources Humaines", "rh"),
              ]),
    Authority("RAU", "Roche-Aubert", "town", False, 16, ["Roche-Aubert"],
              [(65, "upper"), (20, "mixed"), (15, "lower")],
              lambda: f"PROG {_y() % 100:02d}/{rng.randint(1, 30):02d} ", [
                  ("DIRECTION EDUCATION JEUNESSE", "edu pe restau jeun"), ("DIRECTION DU PATRIMOINE BATI", "bat energie"),
                  ("DIRECTION DES ESPACES PUBLICS", "voirie eclair"), ("DIRECTION DE LA NATURE EN VILLE", "ev"),
                  ("DIRECTION DES SPORTS", "sport"), ("DIRECTION DE LA COHESION SOCIALE", "social food handi egal"),
                  ("DIRECTION CULTURE ET PATRIMOINE", "cult lib cons"), ("MUSEE DES BEAUX-ARTS", "mus"),
                  ("DIRECTION SANTE PUBLIQUE", "sante seniors"), ("DIRECTION SECURITE PREVENTION", "police"),
                  ("DIRECTION DES AFFAIRES GENERALES", "adm ec cim"), ("DIRECTION DES FINANCES", "fin intl"),
                  ("DSI", "si"), ("SERVICE COMMANDE PUBLIQUE", "achat"), ("DIRECTION URBANISME HABITAT", "urba logt"),
                  ("DIRECTION DU COMMERCE", "eco"), ("DIRECTION VIE ASSOCIATIVE ET EVENEMENTS", "fetes citoy"),
                  ("POLITIQUE DE LA VILLE", "jeun"), ("DIRECTION DES RESSOURCES HUMAINES", "rh"),
                  ("DIRECTION PROPRETE", "dech"),
              ]),
    Authority("CAS", "Castelvieil", "town", False, 11, ["Castelvieil"],
              [(30, "upper"), (50, "mixed"), (5, "mixed_noacc"), (15, "lower")],
              lambda: f"Opération n°{rng.randint(10, 260)} - ", [
                  ("Scolaire", "edu restau"), ("Enfance-Jeunesse", "pe jeun"), ("Bâtiments communaux", "bat"),
                  ("Voirie", "voirie"), ("Espaces verts", "ev"), ("Sports", "sport"), ("CCAS", "social food seniors"),
                  ("Culture", "cult lib fetes"), ("Ecole de musique", "cons"), ("Police municipale", "police"),
                  ("Etat civil", "ec cim"), ("Finances", "fin"), ("Informatique", "si"),
                  ("Administration générale", "adm intl achat citoy"), ("Urbanisme", "urba logt"),
                  ("Développement local", "eco tour"), ("Eclairage public", "eclair"), ("Santé", "sante"),
                  ("Personnel", "rh"), ("Egalité - Citoyenneté", "egal"),
              ]),
    Authority("FON", "Fontvallon", "town", False, 12, ["Fontvallon"],
              [(60, "upper"), (25, "mixed"), (15, "lower")],
              lambda: f"P{_y() % 100:02d}-{rng.randint(1, 120):03d}", [
                  ("SERVICE ENSEIGNEMENT", "edu restau"), ("SERVICE PETITE ENFANCE", "pe"), ("SERVICE DES SPORTS", "sport"),
                  ("SERVICE POLITIQUE DE LA VILLE", "jeun"), ("CCAS DE FONTVALLON", "social food seniors"),
                  ("SERVICE CULTUREL", "cult fetes"), ("SERVICE TECHNIQUE BATIMENTS", "bat"),
                  ("SERVICE VOIRIE RESEAUX", "voirie eclair"), ("SERVICE ENVIRONNEMENT", "ev dech climat"),
                  ("POLICE MUNICIPALE", "police"), ("SERVICE POPULATION", "ec cim"), ("SERVICE FINANCIER", "fin intl"),
                  ("SERVICE INFORMATIQUE", "si"), ("SERVICE DES MARCHES PUBLICS", "achat"), ("SERVICE URBANISME", "urba logt"),
                  ("SERVICE JEUNESSE", "jeun"), ("CENTRE DE SANTE", "sante"), ("SERVICE ECONOMIE EMPLOI", "eco"),
                  ("MISSION EGALITE", "egal"), ("MEDIATHEQUE", "lib"), ("DIRECTION GENERALE", "adm citoy"),
                  ("SERVICE DU PERSONNEL", "rh"), ("MISSION ACCESSIBILITE", "handi"),
              ]),
    Authority("SAB", "Sablières-sur-Mer", "town", True, 10, ["Sablières-sur-Mer"],
              [(35, "upper"), (25, "mixed"), (20, "mixed_noacc"), (20, "lower")],
              lambda: f"OP. {rng.randint(100, 480)} ", [
                  ("Pôle Education", "edu pe restau"), ("Pôle Technique - Bâtiments", "bat"),
                  ("Pôle Technique - Voirie", "voirie eclair"), ("Pôle Littoral", "mer"), ("Service des plages", "mer"),
                  ("Pôle Sports Nautisme", "sport"), ("Pôle Solidarités", "social food seniors"),
                  ("Pôle Culture", "cult lib cons fetes"), ("Pôle Cadre de vie", "ev dech"), ("Police municipale", "police"),
                  ("Pôle Population", "ec cim citoy"), ("Pôle Ressources - Finances", "fin"),
                  ("Pôle Ressources - Informatique", "si"), ("Pôle Ressources - Achats", "achat"),
                  ("Pôle Attractivité - Tourisme", "tour eco"), ("Urbanisme", "urba"), ("Pôle Jeunesse", "jeun"),
                  ("Direction générale des services", "adm intl"), ("Pôle Ressources - RH", "rh"),
              ]),
    Authority("CAPV", "Pays de Vionne Agglomération", "agglo", False, 11,
              ["Saint-Aurèle", "Vionnet-le-Bas", "Montarcy", "Chalonges"],
              [(35, "upper"), (50, "mixed"), (15, "lower")],
              lambda: f"AP{_y()}-{rng.randint(1, 25):02d}", [
                  ("Direction Eau et Assainissement", "eau"), ("Service GEMAPI - Milieux aquatiques", "risque"),
                  ("Direction Gestion des Déchets", "dech"), ("Mobilités - Transports urbains", "mob"),
                  ("Développement économique", "eco"), ("Tourisme", "tour"),
                  ("Direction Habitat - Politique de la ville", "urba logt"), ("Gens du voyage", "aagv"),
                  ("Conservatoire à rayonnement intercommunal", "cons"), ("Piscines communautaires", "sport"),
                  ("Enseignement supérieur - Recherche", "esr"), ("Aménagement numérique", "num"),
                  ("Plan Climat - Energie", "climat energie"), ("Direction des Finances", "fin"), ("DSI mutualisée", "si"),
                  ("Commande publique", "achat"), ("Administration générale", "adm"), ("Espaces naturels", "ev"),
              ]),
    Authority("LOA", "Lisandre Océan Agglomération", "agglo", True, 12,
              ["Port-Lisandre", "Lisandre-Plage", "Kervallec", "Les Sables-Neufs"],
              [(55, "upper"), (35, "mixed"), (10, "lower")],
              lambda: f"PPI-{_y()}-{rng.randint(1, 30):02d}", [
                  ("DIRECTION DU CYCLE DE L'EAU", "eau"), ("DIRECTION DES DECHETS ET DE L'ECONOMIE CIRCULAIRE", "dech"),
                  ("POLE LITTORAL - GEMAPI", "risque mer"), ("DIRECTION DES MOBILITES", "mob"), ("DEV ECO - EMPLOI", "eco"),
                  ("TOURISME - NAUTISME", "tour"), ("HABITAT - LOGEMENT", "urba logt"), ("ACCUEIL DES GENS DU VOYAGE", "aagv"),
                  ("TRANSITION ENERGETIQUE", "energie climat"), ("ENSEIGNEMENT SUPERIEUR - NUMERIQUE", "esr num"),
                  ("DIRECTION DES FINANCES", "fin"), ("SYSTEMES D'INFORMATION", "si"), ("AFFAIRES GENERALES", "adm achat"),
                  ("ESPACES NATURELS", "ev"), ("AGRICULTURE - ALIMENTATION", "agri"),
              ]),
    Authority("RAA", "Roche-Aubert Agglomération", "agglo", False, 11,
              ["Roche-Aubert", "Vaudrecourt", "Aubertvillers", "Sainte-Odile-des-Prés"],
              [(45, "upper"), (40, "mixed"), (15, "lower")],
              lambda: f"OPE {rng.randint(100, 260)} ", [
                  ("Pôle Environnement - Eau", "eau"), ("Pôle Environnement - Déchets", "dech"),
                  ("Pôle Environnement - Rivières", "risque"), ("Pôle Aménagement - Habitat", "urba logt"),
                  ("Pôle Aménagement - Mobilité", "mob"), ("Pôle Développement - Economie", "eco"),
                  ("Pôle Développement - Tourisme", "tour"), ("Pôle Développement - Numérique", "num esr"),
                  ("Pôle Ressources - Finances", "fin"), ("Pôle Ressources - SI", "si"), ("Pôle Ressources - Marchés", "achat"),
                  ("Pôle Culture - Conservatoire", "cons"), ("Pôle Sports - Centre aquatique", "sport"),
                  ("Aire d'accueil des gens du voyage", "aagv"), ("Pôle Ressources - Administration", "adm"),
                  ("Pôle Environnement - Climat Energie", "climat energie"), ("Pôle Alimentation - Agriculture", "agri"),
              ]),
]
TOWNS = tuple(a.key for a in AUTHS if a.kind == "town")
AGGLOS = tuple(a.key for a in AUTHS if a.kind == "agglo")
COAST = tuple(a.key for a in AUTHS if a.coastal)
COAST_TOWNS = tuple(k for k in COAST if k in TOWNS)


def pick_auth(fields, only=()) -> Authority:
    a = pick_authority(draw, AUTHS, fields, only)
    CUR["auth"] = a
    return a


def pick_svc(auth: Authority, fields) -> tuple[Svc, str]:
    return pick_holder(draw, auth, fields)


def cut20(s: str) -> str:
    """A service name cut at 20 characters as fixed-width exports do ("" if the cut is not inside a word)."""
    if len(s) > 20 and s[19].isalnum() and s[20].isalnum():
        return s[:20]
    return ""


def service_cell(svc: Svc, generic: bool = False) -> str:
    """The service as the export writes it: its name, upper case, or cut at 20 characters. A
    generic label's service is never cut (its name must say the field)."""
    r = rng.random()
    if not generic and r < 0.13:
        c = cut20(up(svc.name) if chance(0.6) else svc.name)
        if c:
            return c
    if r > 0.8:
        return up(svc.name)
    return svc.name


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [  # (upper-case words, replacements); phrases before the words they contain
    ("CENTRE MUNICIPAL DE SANTE", ["CMS"]), ("GROUPE SCOLAIRE", ["GS", "GS", "GR. SCOL."]),
    ("ECOLE ELEMENTAIRE", ["EE", "EC. ELEM", "ECOLE ELEM"]), ("ECOLE MATERNELLE", ["EM", "EC. MAT", "ECOLE MAT"]),
    ("ECOLE PRIMAIRE", ["EC PRIM", "ECOLE PRIM."]), ("MAISON DES JEUNES", ["MDJ"]), ("HOTEL DE VILLE", ["HDV", "HOTEL VILLE"]),
    ("ECLAIRAGE PUBLIC", ["EP", "ECL. PUBLIC"]), ("ESPACES VERTS", ["ESP. VERTS", "EV"]),
    ("PERSONNES A MOBILITE REDUITE", ["PMR"]), ("MISE EN ACCESSIBILITE", ["MISE ACCESS."]),
    ("SYSTEME DE SECURITE INCENDIE", ["SSI"]), ("VOIRIE ET RESEAUX DIVERS", ["VRD"]), ("POINTS D'APPORT VOLONTAIRE", ["PAV"]),
    ("POLICE MUNICIPALE", ["PM", "POL. MUN."]), ("POMPE A CHALEUR", ["PAC"]), ("EAU CHAUDE SANITAIRE", ["ECS"]),
    ("ISOLATION THERMIQUE PAR L'EXTERIEUR", ["ITE"]), ("RESTAURATION SCOLAIRE", ["RESTAU SCOL", "RESTAURATION SCOL."]),
    ("RESTAURANT SCOLAIRE", ["RESTAU SCOL", "REST. SCOL."]), ("CENTRE TECHNIQUE MUNICIPAL", ["CTM"]),
    ("CENTRE COMMUNAL D'ACTION SOCIALE", ["CCAS"]), ("OFFICE DE TOURISME", ["OT", "OFF. TOURISME"]),
    ("AIRE D'ACCUEIL DES GENS DU VOYAGE", ["AAGV", "AIRE GENS DU VOYAGE"]), ("EAUX PLUVIALES", ["EAUX PLUV."]),
    ("EAU POTABLE", ["AEP", "EAU POT."]), ("EAUX USEES", ["EU"]), ("STATION D'EPURATION", ["STEP", "STEU"]),
    ("TRAVAUX", ["TVX", "TRX", "TRAVX"]), ("REHABILITATION", ["REHAB", "REHAB."]), ("RENOVATION", ["RENOV", "RENOV."]),
    ("AMENAGEMENTS", ["AMGTS", "AMENAG."]), ("AMENAGEMENT", ["AMGT", "AMENAG", "AMENAGT"]), ("EQUIPEMENTS", ["EQPTS", "EQUIPTS"]),
    ("EQUIPEMENT", ["EQPT", "EQUIPT"]), ("ACQUISITIONS", ["ACQ.", "ACQUIS."]), ("ACQUISITION", ["ACQ", "ACQ."]),
    ("MAINTENANCE", ["MAINT", "MAINT."]), ("REFECTION", ["REFECT", "REFECT."]), ("CONSTRUCTION", ["CONSTR", "CONSTR."]),
    ("REMPLACEMENT", ["REMPLT", "REMPL."]), ("INSTALLATION", ["INSTALL.", "INSTAL."]), ("ENERGETIQUE", ["ENERG.", "ENERGET."]),
    ("THERMIQUE", ["THERM."]), ("ISOLATION", ["ISOL", "ISOL."]), ("SUBVENTION", ["SUBV", "SUBV."]),
    ("PARTICIPATION", ["PARTICIP.", "PARTICIP"]), ("FONCTIONNEMENT", ["FONCT", "FCT"]), ("ASSOCIATION", ["ASSO", "ASSOC."]),
    ("DEVELOPPEMENT", ["DEVPT", "DEV."]), ("MEDIATHEQUE", ["MEDIATH.", "MEDIATHQ"]), ("BIBLIOTHEQUE", ["BIBLIO", "BIB."]),
    ("CONSERVATOIRE", ["CONSERV."]), ("GYMNASE", ["GYMN.", "GYM"]), ("ACCESSIBILITE", ["ACCESS.", "ACCESSIB."]),
    ("CIMETIERE", ["CIMET.", "CIM."]), ("RENOUVELLEMENT", ["RENOUV.", "RENOUVT"]), ("ASSAINISSEMENT", ["ASST", "ASSAIN."]),
    ("SIGNALISATION", ["SIGNALIS."]), ("STATIONNEMENT", ["STATIONNT"]), ("PROGRAMME", ["PROG.", "PRG"]),
    ("DIAGNOSTIC", ["DIAG", "DIAG."]), ("VEGETALISATION", ["VEGETAL."]), ("DESIMPERMEABILISATION", ["DESIMPER.", "DESIMPERMEAB."]),
    ("BIODIVERSITE", ["BIODIV."]), ("PLANTATIONS", ["PLANTAT."]), ("PLANTATION", ["PLANTAT."]), ("LOGEMENTS", ["LOGTS"]),
    ("LOGEMENT", ["LOGT"]), ("EXTENSION", ["EXT.", "EXTENS."]), ("RESTRUCTURATION", ["RESTRUCT."]),
    ("MENUISERIES", ["MENUIS."]), ("SANITAIRES", ["SANIT."]), ("CHAUFFERIE", ["CHAUFF."]), ("CHAUFFAGE", ["CHAUF.", "CHAUFF"]),
    ("ECLAIRAGE", ["ECL.", "ECLAIR."]), ("FOURNITURES", ["FOURN.", "FOURNIT."]), ("FOURNITURE", ["FOURN."]),
    ("DEMATERIALISATION", ["DEMAT."]), ("PREVENTION", ["PREV."]), ("CONVENTION", ["CONV.", "CONV"]),
    ("INFORMATIQUE", ["INFORMAT.", "INFO"]), ("REMUNERATION", ["REMU", "REMUN."]), ("ELECTRICITE", ["ELEC", "ELEC."]),
    ("ENTRETIEN", ["ENTR.", "ENTRET."]), ("VIDEOPROTECTION", ["VIDEOPROT.", "VIDEO-PROT."]), ("SERVICE", ["SCE", "SERV."]),
    ("ELEMENTAIRE", ["ELEM"]), ("MATERNELLE", ["MAT."]), ("COMMUNAUX", ["COMM."]), ("MUNICIPAL", ["MUN.", "MUNIC."]),
    ("MUNICIPALE", ["MUN.", "MUNIC."]), ("PHOTOVOLTAIQUES", ["PHOTOVOLT.", "PV"]), ("PHOTOVOLTAIQUE", ["PHOTOVOLT.", "PV"]),
]


# labels cut at 35 or 45 characters (a cut label gets no typing slip); 30% of upper-case labels drop articles
RENDER = LabelRenderer(draw, TEMPLATES, RenderRules(
    abbrev=ABBREV, p_abbrev=0.65, person_names={up(n) for n in PERSONS + SPORTS_NAMES + COMPOSERS},
    cut_widths=(35, 45), p_cut=0.7, p_lower_noacc=0.75, p_short_name=0.25, p_op_front=0.65,
    op_front_seps=(" ", " ", " - ", " : "), p_terse=0.3))
render = RENDER.render


# --------------------------------------------------------------------------------------------
# M57 codes
# --------------------------------------------------------------------------------------------

CELL_RATES = (0.35, 0.4, 0.25)  # chapitre, fonction, nature written with their label


def dress(chap: str, nat: str, fct: str) -> tuple[str, str, str]:
    """Some exports write a code with its label in the same cell."""
    return draw.dress_codes(chap, nat, fct, CELL_RATES)


def pick_codes(lab: str, fcts, nats, p_codes: float):
    """Codes for a line (maybe none), written alone or with their label, always agreeing with it."""
    return draw.agreeing_codes(lab, fcts, nats, p_codes, CELL_RATES)



# --------------------------------------------------------------------------------------------
# label templates
# --------------------------------------------------------------------------------------------

class T(Template):
    """A template of this part: codes on half of its lines, a service on 87%."""

    default_pc, default_p_svc, tail_cap = 0.5, 0.87, 1


YEARS = ["{y}", "exercice {y}", "{y}", "BP {y}"]
TR = ["tranche {t}", "phase {t}", "{y}"]


def for_auth(cores, auth: Authority) -> list[str]:
    """The cores an authority may write: "A:" marks an agglomeration's line, "V:" a town's."""
    out = []
    for c in cores:
        if c.startswith("A:"):
            if auth.kind == "agglo":
                out.append(c[2:])
        elif c.startswith("V:"):
            if auth.kind == "town":
                out.append(c[2:])
        else:
            out.append(c)
    return out


def _template_auth(t: Template) -> tuple[Authority, list[str]]:
    """An authority holding the template's fields that has cores of its own kind (town or agglomeration)."""
    for _ in range(50):
        auth = pick_auth(t.fields, t.only)
        cores = for_auth(t.cores, auth)
        if cores:
            break
    return auth, cores


def _template_service(auth: Authority, t: Template) -> str:
    if not chance(t.p_svc):
        return ""
    s, _f = pick_svc(auth, t.fields)
    return service_cell(s)


ROWS = TemplateRows(RENDER, _template_auth, _template_service, pick_codes)
tpl_gen = ROWS.gen


# --------------------------------------------------------------------------------------------
# facilities and works on them (one generator for schools, gyms, museums, the town hall...)
# --------------------------------------------------------------------------------------------

BLD_BASE = ["réfection de la toiture", "ravalement des façades", "rénovation des sanitaires", "mise en conformité du SSI",
            "désamiantage", "réfection des peintures intérieures", "remplacement des faux plafonds", "mise aux normes électriques",
            "réfection de l'étanchéité", "reprise des fissures", "clos et couvert", "remplacement des portes intérieures"]
NRJ_WORKS = ["isolation des combles", "isolation thermique par l'extérieur", "remplacement des menuiseries extérieures",
             "rénovation énergétique", "isolation de la toiture-terrasse", "double vitrage"]
HEAT_WORKS = ["remplacement de la chaudière", "pompe à chaleur air-eau", "raccordement au réseau de chaleur",
              "régulation du chauffage", "ventilation double flux", "remplacement de la chaudière fioul"]
PMR_WORKS = ["mise en accessibilité PMR", "ascenseur PMR", "sanitaires PMR", "Ad'AP - tranche {t}", "rampe d'accès PMR",
             "élévateur PMR"]
LED_WORKS = ["relamping LED", "éclairage LED"]
OP_WORKS = ["électricité|60612", "fourniture de gaz|60621", "nettoyage des locaux|6283", "maintenance du SSI|6156",
            "eau et assainissement|60611", "vérification des extincteurs|6156", "entretien des toitures|615221",
            "contrôles périodiques des installations|6156"]


def _names(*keys):
    return name_source(draw, TEMPLATES, *keys)


POOL_BLD = ["traitement de l'eau", "étanchéité du bassin", "remplacement des filtres à sable", "réfection des plages du bassin",
            "vestiaires collectifs"]

FACS = {
    "school": Fac("edu", [
        ("groupe scolaire", "du groupe scolaire", _names("p", "p", "lieu"), ["213", "212"], {}),
        ("école élémentaire", "de l'école élémentaire", _names("p"), ["212"], {}),
        ("école maternelle", "de l'école maternelle", _names("p", "lieu"), ["211"],
         {"bld": ["réaménagement du dortoir"], "equip": ["lits du dortoir", "vélos et porteurs de la cour"]}),
        ("école primaire", "de l'école primaire", _names("p"), ["212"], {}),
    ], {"bld": BLD_BASE + ["création d'une classe", "construction d'un préau", "extension du réfectoire",
                           "alarme anti-intrusion PPMS", "clôture et portail", "réfection du sol de la cour"],
        "nrj": NRJ_WORKS, "heat": HEAT_WORKS, "pmr": PMR_WORKS, "led": LED_WORKS,
        "equip": ["mobilier scolaire", "jeux de cour", "rideaux occultants", "équipement de la salle de motricité",
                  "armoires et bureaux des enseignants"],
        "op": OP_WORKS},
        {"bld": SCH, "nrj": SCH_NRJ, "heat": SCH_HEAT, "pmr": SCH_PMR, "led": SCH_HEAT, "equip": EDU, "op": EDU},
        nat_bld=("21312", "2313", "2135"), only=TOWNS),
    "creche": Fac("pe", [
        ("crèche", "de la crèche", _names("cr"), ["4221"], {}),
        ("multi-accueil", "du multi-accueil", _names("cr"), ["4222"], {}),
        ("halte-garderie", "de la halte-garderie", _names("cr"), ["4221", "422"], {}),
    ], {"bld": BLD_BASE + ["réaménagement de la biberonnerie", "création d'un dortoir", "extension"],
        "nrj": NRJ_WORKS, "heat": HEAT_WORKS, "pmr": PMR_WORKS,
        "equip": ["mobilier et jeux d'éveil", "lits et matériel de puériculture", "poussettes multiplaces",
                  "lave-linge professionnel"], "op": OP_WORKS},
        {"bld": SCH, "nrj": SCH_NRJ, "heat": SCH_HEAT, "pmr": SCH_PMR, "equip": EDU, "op": EDU}, only=TOWNS),
    "alsh": Fac("edu", [
        ("accueil de loisirs", "de l'accueil de loisirs", _names("lieu", "p"), ["331"], {}),
        ("centre de loisirs", "du centre de loisirs", _names("lieu"), ["331"], {}),
    ], {"bld": BLD_BASE[:8] + ["extension", "réaménagement des salles d'activités"],
        "equip": ["minibus", "matériel d'activités", "mobilier des salles d'activités"],
        "op": ["électricité|60612", "nettoyage des locaux|6283", "fourniture de gaz|60621"]},
        {"bld": SCH, "equip": EDU, "op": L(4, 60, 10, 40)}, only=TOWNS),
    "cons": Fac("cons", [
        ("conservatoire", "du conservatoire", _names("comp"), [], {}),
        ("école de musique", "de l'école de musique", _names("comp", "lieu"), [], {"who": "town"}),
        ("école municipale de danse", "de l'école municipale de danse", None, [], {"who": "town"}),
        ("conservatoire intercommunal", "du conservatoire intercommunal", _names("comp"), [], {"who": "agglo"}),
    ], {"bld": BLD_BASE[:8] + ["isolation acoustique des salles", "réaménagement de l'auditorium", "parquet du studio de danse"],
        "nrj": NRJ_WORKS[:4],
        "equip": ["instruments de musique", "piano droit", "pupitres et chaises d'orchestre", "percussions",
                  "barres de danse et miroirs"],
        "op": ["électricité|60612", "nettoyage des locaux|6283", "accord des pianos|6156"]},
        {"bld": SCH, "nrj": SCH_NRJ, "equip": EDU, "op": EDU}),
    "lib": Fac("lib", [
        ("médiathèque", "de la médiathèque", _names("p"), ["313"], {}),
        ("bibliothèque de quartier", "de la bibliothèque de quartier", _names("q"), ["313"], {}),
        ("médiathèque intercommunale", "de la médiathèque intercommunale", None, ["313"], {}),
    ], {"bld": BLD_BASE[:8] + ["réaménagement de l'espace jeunesse", "extension"],
        "equip": ["mobilier et rayonnages", "automates de prêt", "bacs à albums", "liseuses et tablettes de prêt"],
        "op": ["électricité|60612", "nettoyage des locaux|6283", "maintenance des portiques antivol|6156"]},
        {"bld": LIB, "equip": LIB, "op": LIB}, only=TOWNS),
    "gym": Fac("sport", [
        ("gymnase", "du gymnase", _names("sp"), ["321"],
         {"bld": ["réfection du sol sportif", "vestiaires et douches"], "equip": ["buts de handball et panneaux de basket"],
          "who": "town"}),
        ("piscine", "de la piscine", _names("sp"), ["323"],
         {"bld": POOL_BLD, "equip": ["lignes d'eau", "matériel d'apprentissage de la natation"], "skip": {"led"}}),
        ("centre aquatique", "du centre aquatique", _names("q"), ["323"], {"bld": POOL_BLD, "skip": {"led"}}),
        ("stade", "du stade", _names("sp"), ["322"],
         {"bld": ["vestiaires et tribune", "main courante et clôtures", "arrosage intégré de la pelouse"],
          "led": ["éclairage LED du terrain d'honneur"], "equip": ["buts et filets pare-ballons", "tondeuse du terrain"],
          "skip": {"nrj", "heat"}, "who": "town"}),
        ("complexe sportif", "du complexe sportif", _names("sp", "lieu"), ["325", "321"], {"who": "town"}),
        ("dojo", "du dojo", _names("sp"), ["321"], {"equip": ["tatamis"], "who": "town"}),
        ("salle de tennis", "de la salle de tennis", _names("lieu"), ["325"], {"bld": ["réfection des courts"], "who": "town"}),
        ("halle des sports", "de la halle des sports", None, ["321"], {"who": "town"}),
    ], {"bld": BLD_BASE[:9], "nrj": NRJ_WORKS, "heat": HEAT_WORKS, "pmr": PMR_WORKS, "led": LED_WORKS,
        "equip": ["matériel sportif", "tableau d'affichage", "autolaveuse"], "op": OP_WORKS},
        {"bld": SPORT_BLD, "nrj": L(3, 50, 7, 50), "heat": L(3, 60, 7, 40), "led": L(3, 60, 7, 40), "pmr": L(3, 50, 10, 50),
         "equip": SPORT, "op": SPORT}),
    "health": Fac("sante", [
        ("centre municipal de santé", "du centre municipal de santé", None, ["414"], {}),
        ("maison de santé", "de la maison de santé", _names("q"), ["414"], {}),
        ("centre de santé", "du centre de santé", _names("q"), ["414", "41"], {}),
    ], {"bld": BLD_BASE[:8] + ["réaménagement des cabinets", "création d'une salle de soins"], "nrj": NRJ_WORKS[:4],
        "equip": ["matériel médical", "table d'examen", "mobilier des cabinets", "électrocardiographe"],
        "op": ["électricité|60612", "nettoyage des locaux|6283", "élimination des déchets de soins|611"]},
        {"bld": HEALTH_BLD, "nrj": L(3, 50, 7, 50), "equip": HEALTH, "op": HEALTH}, only=TOWNS),
    "seniors": Fac("seniors", [
        ("EHPAD", "de l'EHPAD", _names("eh"), ["4238"], {}),
        ("résidence autonomie", "de la résidence autonomie", _names("eh"), ["4231", "4238"], {}),
    ], {"bld": BLD_BASE[:8] + ["rénovation des chambres", "réfection de la salle de restaurant"], "nrj": NRJ_WORKS[:4],
        "equip": ["lits médicalisés", "rails de transfert", "mobilier des chambres"],
        "op": ["électricité|60612", "blanchisserie|611", "nettoyage des locaux|6283"]},
        {"bld": HEALTH_BLD, "nrj": L(3, 50, 7, 50), "equip": EHPAD, "op": EHPAD}, only=TOWNS),
    "shelter": Fac("social", [
        ("centre d'hébergement d'urgence", "du centre d'hébergement d'urgence", _names("q"), ["424"], {}),
        ("accueil de jour", "de l'accueil de jour", _names("q"), ["424"], {}),
        ("logements d'urgence", "des logements d'urgence", _names("rue"), ["424"], {}),
    ], {"bld": BLD_BASE[:8] + ["création de chambres", "création d'une laverie"], "nrj": NRJ_WORKS[:4],
        "equip": ["mobilier et literie", "lave-linge et sèche-linge", "casiers de la bagagerie"]},
        {"bld": SHELTER_BLD, "nrj": L(1, 60, 7, 40), "equip": SOC}, only=TOWNS),
    "youth": Fac("jeun", [
        ("maison des jeunes", "de la maison des jeunes", _names("q"), ["338"], {}),
        ("espace jeunes", "de l'espace jeunes", _names("q"), ["338"], {}),
        ("MJC", "de la MJC", _names("lieu"), ["338"], {}),
        ("centre social", "du centre social", _names("qpv"), ["52"], {}),
    ], {"bld": BLD_BASE[:8] + ["studio de répétition", "réaménagement de l'accueil"], "heat": HEAT_WORKS[:4],
        "equip": ["mobilier et matériel d'animation", "matériel son et vidéo", "minibus 9 places"],
        "op": ["électricité|60612", "nettoyage des locaux|6283"]},
        {"bld": YOUTH_BLD, "heat": L(10, 60, 7, 40), "equip": YOUTH, "op": YOUTH}, only=TOWNS),
    "museum": Fac("cult", [
        ("musée", "du musée", _names("mus"), ["314"], {}),
        ("musée municipal", "du musée municipal", None, ["314"], {}),
    ], {"bld": ["réfection de la toiture", "ravalement des façades", "mise en conformité du SSI", "réaménagement des réserves",
                "nouvelle muséographie", "traitement de l'air des salles"], "nrj": NRJ_WORKS[:3],
        "equip": ["vitrines", "mobilier des réserves", "éclairage muséographique", "cimaises"],
        "op": ["électricité|60612", "gardiennage des salles|6282", "maintenance du contrôle d'ambiance|6156"]},
        {"bld": CULT, "nrj": L(11, 60, 7, 40), "equip": CULT, "op": CULT}, only=TOWNS),
    "theatre": Fac("cult", [
        ("théâtre municipal", "du théâtre municipal", None, ["316"], {}),
        ("salle de spectacle", "de la salle de spectacle", _names("lieu"), ["316"], {}),
        ("cinéma municipal", "du cinéma municipal", _names("lieu"), ["317"], {}),
        ("salle polyvalente", "de la salle polyvalente", _names("lieu", "q"), [], {}),
        ("salle des fêtes", "de la salle des fêtes", _names("q"), [], {}),
    ], {"bld": ["réfection de la toiture", "mise en conformité du SSI", "rénovation des fauteuils", "ravalement des façades",
                "rénovation des loges", "réfection du parquet", "rénovation de la cuisine"],
        "led": ["relamping LED", "éclairage LED"],
        "equip": ["équipement scénique", "gradins rétractables", "sonorisation", "tables et chaises"],
        "op": ["électricité|60612", "nettoyage des locaux|6283", "fourniture de gaz|60621"]},
        {"bld": CULT, "led": L(11, 60, 7, 40), "equip": CULT, "op": CULT}, only=TOWNS),
    "heritage": Fac("cult", [
        ("église", "de l'église", _names("saint"), ["312"], {}),
        ("chapelle", "de la chapelle", _names("lieu"), ["312"], {}),
        ("beffroi", "du beffroi", None, ["312"], {}),
        ("remparts", "des remparts", None, ["312"], {}),
        ("lavoir", "du lavoir", _names("lieu"), ["312"], {}),
    ], {"bld": ["restauration du clocher", "consolidation des maçonneries", "restauration des vitraux",
                "restauration de la charpente", "mise en lumière", "restauration des enduits", "diagnostic patrimonial",
                "mise hors d'eau"]},
        {"bld": CULT}, nat_bld=("2313", "2168"), only=TOWNS),
    "cityhall": Fac("adm", [
        ("hôtel de ville", "de l'hôtel de ville", None, ["020"], {}),
        ("mairie annexe", "de la mairie annexe", _names("q"), ["022", "020"], {}),
        ("centre technique municipal", "du centre technique municipal", None, ["020"],
         {"bld": ["création d'une aire de lavage", "vestiaires des agents"]}),
        ("centre administratif", "du centre administratif", None, ["020"], {}),
    ], {"bld": BLD_BASE[:9] + ["réaménagement de l'accueil", "rénovation de la salle du conseil", "réaménagement des bureaux"],
        "nrj": NRJ_WORKS, "heat": HEAT_WORKS,
        "equip": ["mobilier des bureaux", "mobilier de la salle du conseil", "banque d'accueil"], "op": OP_WORKS},
        {"bld": ADM_BLD, "nrj": L(16, 60, 7, 40), "heat": L(16, 60, 7, 40), "equip": ADM, "op": ADM},
        nat_bld=("21311", "2313", "2135"), only=TOWNS),
    "police": Fac("police", [
        ("poste de police municipale", "du poste de police municipale", None, ["11"], {}),
        ("locaux de la police municipale", "des locaux de la police municipale", None, ["11"], {}),
    ], {"bld": ["réaménagement des locaux", "vestiaires", "mise en sûreté des accès", "extension", "armurerie"],
        "equip": ["mobilier", "armoires fortes", "casiers des agents"]},
        {"bld": ADM_BLD, "equip": ADM}, only=TOWNS),
    "market": Fac("eco", [
        ("halle du marché", "de la halle du marché", None, ["632"], {}),
        ("marché couvert", "du marché couvert", _names("q"), ["632"], {}),
        ("halles", "des halles", None, ["632"], {}),
    ], {"bld": ["réfection de la verrière", "mise aux normes électriques", "réfection des sols", "ravalement des façades",
                "remplacement des rideaux métalliques"],
        "nrj": ["isolation de la toiture", "rénovation énergétique"], "equip": ["chambres froides", "étals réfrigérés"]},
        {"bld": MARKET_BLD, "nrj": L(8, 60, 7, 40), "equip": ECO}, only=TOWNS),
}
OP_CHANCE = {"bld": 0.3, "nrj": 0.3, "heat": 0.25, "pmr": 0.25, "led": 0.2, "equip": 0.1, "op": 0.0}


def fac_row(combos):
    """Works, equipment or running costs of a named facility."""
    key, kind = wpick(combos)
    fac = FACS[key]
    raw = pick(fac.works.get(kind, []) or [w for st in fac.subtypes for w in st[4].get(kind, [])])
    work, w_nats = (raw.split("|") + [""])[:2]
    holders = [fac.field] + (["mus"] if key == "museum" else [])
    if kind in ("bld", "pmr", "nrj", "heat", "led"):
        holders.append("bat")
    if kind in ("nrj", "heat", "led") or w_nats.startswith("606"):  # the energy service pays works and fluids
        holders.append("energie")
    subtypes: list = []
    for _ in range(50):
        auth = pick_auth(holders, fac.only)
        if fac.field not in auth.by_field:  # a building service of an authority without such a facility
            continue
        subtypes = [st for st in fac.subtypes if kind not in st[4].get("skip", ())
                    and (fac.works.get(kind) or st[4].get(kind)) and st[4].get("who", auth.kind) == auth.kind]
        if subtypes:
            break
    assert subtypes, (key, kind)
    head, art, namefn, fcts, extra = pick(subtypes)
    if extra.get(kind) and chance(0.4):  # the sub-type's own works
        raw = pick(extra[kind])
        work, w_nats = (raw.split("|") + [""])[:2]
    if kind in ("bld", "nrj", "pmr") and chance(0.22) and not work.startswith(("Ad'AP", "clos")):
        work = ("travaux d'" if work[0] in "aeéèiouh" else "travaux de ") + work
    elif kind == "equip" and chance(0.3):
        work = ("acquisition d'" if work[0] in "aeéèiouh" else "acquisition de ") + work
    w_segs = segments(work)
    lab = fac.labs[kind]
    segs = facility_segments(draw, head, art, namefn, w_segs)
    tails = ["{y}", "exercice {y}", "BP {y}"] if kind in ("op", "equip") else ["{y}", "tranche {t}", "{y}", "exercice {y}"]
    tail = fill(pick(tails)) if chance(0.25) else ""
    op = chance(OP_CHANCE[kind])
    lib = render(auth, segs, tail, op)
    svc = ""
    if chance(0.86):
        usable = [h for h in holders if h in auth.by_field and not (h == "energie" and auth.kind == "agglo")]
        s, _f = pick_svc(auth, usable or [fac.field])
        svc = service_cell(s)
    if kind == "equip":
        nats = fac.nat_eq
    elif kind == "op":
        nats = [w_nats] if w_nats else ["611"]
    else:
        nats = fac.nat_bld
    chap, nat, fct = pick_codes(lab, fcts, nats, 0.5)
    return lib, chap, nat, fct, svc, lab


def fac_gen(combos):
    return fn_gen(lambda: fac_row(combos))


# --------------------------------------------------------------------------------------------
# 1. schools, crèches, conservatoires, libraries, school catering (4)
# --------------------------------------------------------------------------------------------

EDU_FAC = [(8, ("school", "bld")), (1.6, ("school", "nrj")), (1.2, ("school", "heat")), (1.0, ("school", "pmr")),
           (0.6, ("school", "led")), (1.5, ("school", "equip")), (1.2, ("school", "op")), (2.0, ("creche", "bld")),
           (0.4, ("creche", "nrj")), (0.4, ("creche", "heat")), (0.9, ("creche", "equip")), (0.6, ("creche", "op")),
           (1.0, ("alsh", "bld")), (0.5, ("alsh", "equip")), (0.4, ("alsh", "op")), (1.3, ("cons", "bld")),
           (0.4, ("cons", "nrj")), (1.0, ("cons", "equip")), (0.5, ("cons", "op")), (1.2, ("lib", "bld")),
           (0.9, ("lib", "equip")), (0.5, ("lib", "op"))]

EDU_T = [
    T(["Fournitures scolaires - écoles élémentaires|6067|212", "Fournitures scolaires des écoles maternelles|6067|211",
       "Crédits pédagogiques par élève - écoles du quartier {q}|6067|212,213", "Manuels scolaires du CP au CM2 - renouvellement|6067|212",
       "Dictionnaires offerts aux élèves de CM2|6067|212", "Livres de prix de fin d'année - écoles|6067|212",
       "Fichiers et cahiers d'exercices - GS {p}|6067|213"],
      EDU, "edu", tail=["rentrée {y}", "{y}"], pt=0.5, cap=9),
    T(["ATSEM - rémunération principale|64111|211", "ATSEM contractuelles - remplacements|64131|211",
       "Animateurs périscolaires - vacations|64131|288", "Classes de découverte - séjour à la neige|611|284",
       "Classes de mer des écoles élémentaires|611|284", "Caisse des écoles - subvention de fonctionnement|657364|213",
       "Transport des élèves vers la piscine {sp}|6247|212", "Projets d'école - appel à projets pédagogiques|6574|212",
       "PEDT - coordination des temps périscolaires|611|288", "Accueil périscolaire du matin - prestataire|611|288",
       "Études surveillées - indemnités des enseignants|64131|288", "Sorties scolaires - transport en car|6247|212",
       "Intervenants sportifs dans les écoles - convention|611|212"],
      EDU, "edu", tail=YEARS, pt=0.4, cap=14, w=1.4),
    T(["Subvention à l'association des parents d'élèves du GS {p}|6574|212",
       "SUBV. ASSOC. coopérative scolaire de l'école {p}|6574|212", "Subvention à l'association Lire et faire lire|6574|20",
       "SUBV. ASSOC. accompagnement à la scolarité - quartier {qpv}|6574|288"],
      EDU, "edu", tail=YEARS, pt=0.4, cap=6),
    T(["SUBV. ASSOC. USEP - rencontres sportives scolaires|6574|282", "Sport scolaire - créneaux de gymnase pour les écoles|611|282"],
      L(4, 60, 3, 40), "edu", tail=YEARS, pt=0.4, cap=3),
    T(["Crèche {cr} - couches et produits d'hygiène|60628|4221", "Relais petite enfance - animations|611|4228",
       "Places réservées en crèche associative - subvention|6574|422", "Auxiliaires de puériculture - rémunération|64111|4221",
       "Lieu d'accueil enfants-parents - fonctionnement|611|4228", "Multi-accueil {cr} - jeux et livres|60632|4222",
       "Crèche familiale - assistantes maternelles - salaires|64111|4221"],
      EDU, "pe", tail=YEARS, pt=0.4, cap=8),
    T(["Restauration scolaire - denrées alimentaires|60623|281", "Repas en liaison froide - marché de fourniture|611|281",
       "Restaurant scolaire {p} - lave-vaisselle|2188|281", "Cuisine centrale - fours mixtes|2188|281",
       "Agents de restauration scolaire - rémunération|64111|281", "Multi-accueil {cr} - repas et goûters|60623|4222",
       "Restaurant scolaire {p} - tables et chaises du réfectoire|2184|281", "Cuisine centrale - camion frigorifique|2182|281",
       "Offices de restauration - petit matériel de cuisine|60632|281"],
      CANTEEN, "restau", tail=YEARS, pt=0.35, cap=10, w=1.3),
    T(["Conservatoire - partitions et méthodes|6065", "V:École de musique - orchestre à l'école {p}|611",
       "A:Conservatoire intercommunal - interventions musicales en milieu scolaire|611",
       "V:Subvention à l'école de musique associative {ville}|6574", "Conservatoire - prêt d'instruments aux élèves débutants|611"],
      EDU, "cons", tail=YEARS, pt=0.35, pc=0.45),
    T(["Médiathèque {p} - acquisitions de livres et de DVD|6065|313", "Médiathèque - abonnements de presse|6065|313",
       "Réseau de lecture publique - ressources numériques|611|313", "Médiathèque - animations jeunesse et heure du conte|611|313",
       "Bibliothèque - portage de livres à domicile|611|313", "Bibliothécaires - rémunération principale|64111|313",
       "Médiathèque - accueil des classes|611|313", "Réseau des médiathèques - navette documentaire|611|313"],
      LIB, "lib", tail=YEARS, pt=0.35, cap=9),
]


# --------------------------------------------------------------------------------------------
# 2. social action, CCAS, shelters (1)
# --------------------------------------------------------------------------------------------

SOC_FAC = [(3, ("shelter", "bld")), (0.7, ("shelter", "nrj")), (1.2, ("shelter", "equip"))]

SOC_T = [
    T(["Subvention d'équilibre au CCAS|657363|420", "CCAS - subvention de fonctionnement|657363|42",
       "Participation de la ville au budget du CCAS|657363|420", "Versement au CCAS - complément de subvention|657363|42",
       "SUBV CCAS - acompte|657363|420"],
      SOC, "social fin", tail=YEARS, pt=0.5, pc=0.7, cap=8, only=TOWNS),
    T(["Aides facultatives - secours d'urgence|6518|424", "Domiciliation des personnes sans domicile stable|611|424",
       "Analyse des besoins sociaux - actualisation|617|420", "Obsèques des personnes sans ressources|652|424",
       "Microcrédit personnel - fonds de garantie|6574|428", "Aides aux familles en difficulté - secours ponctuels|6518|4212",
       "Travailleurs sociaux - rémunération|64111|420", "Écrivain public - permanences|611|424",
       "Aide aux familles sinistrées - relogement temporaire|6518|424"],
      SOC, "social", tail=YEARS, pt=0.35, cap=11, w=1.3),
    T(["Subvention à l'association {asso} - accueil des personnes isolées|6574|424",
       "SUBV. ASSOC. {asso} - entraide et accès aux droits|6574|428", "Subvention à l'association Secours solidaire {ville}|6574|424"],
      SOC, "social", tail=YEARS, pt=0.4, cap=5),
    T(["Hébergement d'urgence - nuitées d'hôtel|611|424", "Plan grand froid - ouverture de places d'accueil de nuit|611|424",
       "SUBV. ASSOC. {asso} - accueil de jour des sans-abri|6574|424", "Maraude sociale - convention|6574|424",
       "Logements d'urgence - loyers et charges|6132|424"],
      SHELTER, "social", tail=["hiver {y}", "{y}"], pt=0.4, cap=7),
    T(["Fonds d'aide aux impayés d'énergie - abondement|6518|424", "Aides au chauffage des ménages modestes|6518|424"],
      L(1, 70, 7, 30), "social", tail=YEARS, pt=0.3),
]


# --------------------------------------------------------------------------------------------
# 3. food aid, food policy, urban agriculture, organic food (2)
# --------------------------------------------------------------------------------------------

FOOD_T = [
    T(["Restos du cœur - subvention au centre de {ville}|6574", "Épicerie solidaire {q} - achat de denrées|60623",
       "Banque alimentaire - participation aux frais de collecte|6574", "Frigo solidaire - quartier {qpv}|2188",
       "Camion frigorifique de l'épicerie solidaire|2182", "Colis d'aide alimentaire d'urgence - achat|60623",
       "SUBV. ASSOC. Les Paniers du Cœur - aide alimentaire|6574", "Distribution alimentaire - local de stockage - chambre froide|2188"],
      FOODAID, "food", tail=YEARS, pt=0.35, pc=0.4, cap=10, w=1.3),
    T(["Chèques d'accompagnement alimentaire - familles modestes", "Paniers de légumes solidaires - familles du quartier {qpv}|611"],
      FOODAID_CHQ, "food", tail=YEARS, pt=0.35, pc=0.3),
    T(["Ferme urbaine {q} - serre et irrigation|2128|6318", "Vergers partagés - parc {pk}|2128|6318",
       "Micro-ferme maraîchère - installation|2128|6318", "V:Potager pédagogique - quartier {qpv}|2128|6318"],
      URBAGRI, "agri ev", tail=TR, pt=0.3, op=0.2, cap=5),
    T(["Jardins familiaux {lieu} - abris et clôtures|2128|6318", "Jardins partagés - quartier {qpv}|2128|6318",
       "Jardins familiaux - récupérateurs d'eau de pluie|2188|6318", "Jardins ouvriers {lieu} - cabanons|2128|6318"],
      GARDENS, "agri ev", tail=YEARS, pt=0.3, cap=5),
    T(["Projet alimentaire territorial - animation|611|631", "Légumerie intercommunale - étude de faisabilité|2031|631",
       "Plateforme d'approvisionnement local de la restauration collective|611|631",
       "Projet alimentaire territorial - diagnostic agricole|617|631"],
      FOODPOL, "agri", tail=YEARS, pt=0.3, only=AGGLOS),
    T(["Aide à l'installation de maraîchers bio|20422|631", "Acquisition de terres agricoles - ceinture maraîchère|2111|6318"],
      L(2, 70, 8, 30), "agri", tail=YEARS, pt=0.3, only=AGGLOS),
    T(["Restauration scolaire - produits bio et locaux|60623", "Cantines - viande label rouge et poisson MSC|60623",
       "Cuisine centrale - pain bio d'un boulanger local|60623", "Restaurants scolaires - légumes de saison en circuit court|60623",
       "Repas végétariens - formation des cuisiniers|611"],
      BIO_CANTEEN, "restau", tail=YEARS, pt=0.35, pc=0.35, cap=7),
    T(["Marché de producteurs locaux - {place}|611", "Marché paysan du samedi - animation|611"],
      L(2, 60, 8, 40), "eco", tail=YEARS, pt=0.35, pc=0.2),
]


# --------------------------------------------------------------------------------------------
# 4. health centres, prevention, elderly care homes (3)
# --------------------------------------------------------------------------------------------

HEALTH_FAC = [(2.2, ("health", "bld")), (0.4, ("health", "nrj")), (1.2, ("health", "equip")), (0.6, ("health", "op")),
              (1.4, ("seniors", "bld")), (0.4, ("seniors", "nrj")), (0.9, ("seniors", "equip")), (0.5, ("seniors", "op"))]

HEALTH_T = [
    T(["Centre municipal de santé - médecins salariés - rémunération|64111|414", "Centre de santé - logiciel médical|611|414",
       "Contrat local de santé - coordination|611|410", "Défibrillateurs des équipements municipaux|2188|41",
       "Campagne de dépistage du diabète|611|412", "Centre de vaccination - vaccins et consommables|6066|412",
       "Aide à l'installation des médecins généralistes|6574|414", "Conseil local de santé mentale - coordination|611|41",
       "SUBV. ASSOC. {asso} - prévention des conduites addictives|6574|412",
       "Subvention à l'association des donneurs de sang|6574|418"],
      HEALTH, "sante", tail=YEARS, pt=0.35, cap=12, w=1.5),
    T(["Service hygiène - dératisation des réseaux|611|13", "Lutte contre le moustique tigre|611|13",
       "Fourrière animale - convention|611|13", "Contrôle des logements insalubres - analyses|611|13"],
      HYGIENE, "sante", tail=YEARS, pt=0.3, cap=5),
    T(["Mutuelle communale - animation|611|410", "Mutuelle communale - permanences d'information|611|410"],
      L(3, 60, 1, 40), "sante", tail=YEARS, pt=0.3, cap=2),
    T(["EHPAD {eh} - animations et sorties|611|4238", "Résidences autonomie - forfait autonomie - ateliers de prévention|611|4231",
       "Prévention des chutes - ateliers seniors|611|4232", "Plan canicule - appels aux personnes âgées isolées|611|4232",
       "Portage de repas à domicile - seniors|611|4238"],
      EHPAD, "seniors", tail=YEARS, pt=0.3, cap=6),
]


# --------------------------------------------------------------------------------------------
# 5. sports facilities, swimming pools, clubs (3)
# --------------------------------------------------------------------------------------------

SPORT_FAC = [(5, ("gym", "bld")), (0.6, ("gym", "nrj")), (0.6, ("gym", "heat")), (0.7, ("gym", "led")), (0.5, ("gym", "pmr")),
             (1.6, ("gym", "equip")), (1.0, ("gym", "op"))]

SPORT_T = [
    T(["SUBV. ASSOC. club de {sport} - fonctionnement|6574|3272", "Subvention à l'association sportive de {sport}|6574|3272",
       "Subvention au club de {sport} - école de sport|6574|3272", "Aide aux sportifs de haut niveau - bourses|6574|3271",
       "Éducateurs sportifs municipaux - rémunération|64111|32", "Piscine - produits de traitement de l'eau|60624|323",
       "Maîtres-nageurs saisonniers - vacations|64131|323", "Apprentissage de la natation - élèves de CE1|611|323",
       "Office municipal des sports - subvention|6574|32", "Transport des clubs - minibus mutualisé|2182|32"],
      SPORT, "sport", tail=["saison {y}", "{y}"], pt=0.4, cap=12, w=1.4),
    T(["Manifestation sportive - {event}|6574|326", "Organisation - {event} - logistique|611|326"],
      SPORT_OUT, "sport", tail=YEARS, pt=0.4, cap=5, only=TOWNS),
    T(["City-stade - quartier {qpv}|2128|325", "Skatepark {q} - création|2128|325", "Terrain synthétique du stade {sp}|2128|322",
       "Aire de street workout - {q}|2128|325", "Pumptrack - {q}|2128|325", "Piste d'athlétisme du stade {sp} - resurfaçage|2128|322",
       "Terrain de pétanque couvert - {q}|2128|325"],
      SPORT_OUT, "sport", tail=TR, pt=0.3, op=0.3, cap=9, only=TOWNS),
]


# --------------------------------------------------------------------------------------------
# 6. gender equality, violence against women (5)
# --------------------------------------------------------------------------------------------

GENDER_T = [
    T(["Journée du 8 mars - programmation|611|341", "Mission égalité femmes-hommes - actions de sensibilisation|611|341",
       "Rapport annuel sur l'égalité femmes-hommes|617|341", "Budget sensible au genre - étude|617|341",
       "SUBV. ASSOC. CIDFF - permanences juridiques|6574|341", "Exposition Femmes de {ville} - noms de rues|611|341",
       "Prix de l'égalité - appel à projets des associations|6574|341", "Féminisation des noms de rues - plaques|2188|341"],
      GENDER, "egal", tail=YEARS, pt=0.35, cap=10, w=1.4),
    T(["Subvention à l'association Solidarité Femmes {ville}|6574|341", "Violences faites aux femmes - téléphone grave danger|611|341",
       "Intervenante sociale en commissariat - cofinancement|611|341", "Campagne contre le harcèlement de rue|6231|341",
       "Violences conjugales - permanence d'écoute|6574|341", "Accueil de jour des femmes victimes de violences|6574|341"],
      VIOLENCE, "egal", tail=YEARS, pt=0.35, cap=8),
    T(["Logement d'urgence pour femmes victimes de violences|6132|341", "Mise à l'abri des femmes victimes de violences - nuitées|611|341"],
      L(5, 60, 1, 40), "egal", tail=YEARS, pt=0.3, cap=3),
    T(["Plan d'action égalité professionnelle - agents de la ville|617|341", "Index égalité professionnelle - accompagnement|617|341",
       "Référente égalité - formation des jurys de recrutement|611|341", "Écarts de rémunération femmes-hommes - étude|617|341"],
      GENDER_HR, "egal rh", tail=YEARS, pt=0.3, cap=5),
    T(["Égalité filles-garçons - ateliers dans les écoles|611|341", "Cour non genrée - accompagnement des équipes d'animation|611|341"],
      L(5, 70, 4, 30), "egal", tail=YEARS, pt=0.3, cap=3),
    T(["Précarité menstruelle - distributeurs de protections|2188|341", "Protections périodiques gratuites - collégiennes|60632|341"],
      L(5, 70, 3, 30), "egal", tail=YEARS, pt=0.3, cap=3),
    T(["Sport féminin - soutien aux sections féminines des clubs|6574|341"], L(5, 60, 3, 40), "egal", tail=YEARS, pt=0.5, cap=2),
]


# --------------------------------------------------------------------------------------------
# 7. water, sanitation, stormwater (6) - agglomeration competences
# --------------------------------------------------------------------------------------------

WATER_T = [
    T(["Renouvellement de la conduite d'eau potable {rue} - {ville}|21531|732", "Remplacement des branchements plomb - {ville}|21531|732",
       "Réhabilitation du réseau d'eaux usées {rue} - {ville}|21532|733", "Mise en séparatif {rue} - {ville}|21532|733",
       "Extension du réseau d'assainissement - ZA {za}|21532|733", "Renforcement de la conduite AEP - {ville}|21531|732",
       "Chemisage du collecteur {rue} - {ville}|21532|733"],
      W_NET, "eau", tail=TR, pt=0.3, op=0.35, cap=14, w=1.6, only=AGGLOS),
    T(["Station d'épuration de {ville} - file boues|2313|733", "Station d'épuration de {ville} - traitement du phosphore|2313|733",
       "Usine de production d'eau potable - filtration sur charbon actif|2313|732", "Réservoir {lieu} - réhabilitation de la cuve|2313|732",
       "Poste de refoulement {lieu} - pompes|2313|733", "Schéma directeur d'alimentation en eau potable|2031|732",
       "Périmètres de protection du captage {lieu}|2031|732", "Compteurs d'eau - télérelève|2188|732",
       "SPANC - contrôles des installations d'assainissement non collectif|611|733",
       "Délégation de service public de l'eau - contrôle du délégataire|617|732", "Recherche de fuites sur le réseau|611|732",
       "Analyses d'autosurveillance des stations d'épuration|611|733", "Interconnexion des réseaux d'eau potable {ville}|21531|732",
       "Forage {lieu} - réhabilitation|2313|732", "Unité de désinfection UV - réservoir {lieu}|2313|732",
       "Achat d'eau en gros - secteur de {ville}|611|732", "Épandage des boues de la station d'épuration de {ville}|611|733"],
      W, "eau", tail=TR, pt=0.3, op=0.3, cap=20, w=1.8, only=AGGLOS),
    T(["Eaux pluviales urbaines - collecteur {rue} - {ville}|21532|734", "Zonage pluvial - étude|2031|734",
       "Eaux pluviales - curage des avaloirs|611|734", "Déconnexion des eaux pluviales - secteur {q}|2315|734"],
      W_RAIN, "eau", tail=TR, pt=0.3, cap=6, only=AGGLOS),
]


# --------------------------------------------------------------------------------------------
# 8. energy efficiency, renewables, LED lighting (7)
# --------------------------------------------------------------------------------------------

ENERGY_T = [
    T(["Éclairage public - passage en LED {rue}|21534", "Rénovation de l'éclairage public en LED - quartier {q}|21534",
       "Candélabres LED et horloges astronomiques - {q}|21534", "Éclairage public LED - programme annuel|21534",
       "Remplacement des lanternes sodium par des LED - {rue}|21534"],
      LED, "eclair", tail=TR, pt=0.3, op=0.3, cap=8, w=1.4, only=TOWNS),
    T(["V:Rénovation énergétique des bâtiments communaux - programme {y}|2313|758", "Décret tertiaire - audits énergétiques|2031|758",
       "V:Salle polyvalente {lieu} - isolation de la toiture|2313|758", "V:Relamping LED des bâtiments communaux|2135|758",
       "V:Bâtiments communaux - remplacement des chaudières fioul|2135|758"],
      BLD_NRJ, "energie bat", tail=YEARS, pt=0.3, op=0.3, cap=6),
    T(["Télérelève des consommations d'énergie des bâtiments|2188|758", "Plan de sobriété énergétique - régulation|611|758",
       "Gestion technique centralisée du chauffage des bâtiments|2135|758", "Économe de flux - poste mutualisé|64131|758"],
      NRJ, "energie", tail=YEARS, pt=0.3, cap=5),
    T(["Chaufferie bois - quartier {q}|2313|751", "Réseau de chaleur - extension vers le quartier {q}|2315|751",
       "Réseau de chaleur de {ville} - raccordement des bâtiments publics|2315|751",
       "Ombrières photovoltaïques - parking {lieu}|2313|752", "Centrale solaire au sol - ancienne décharge {lieu}|2313|752",
       "Cadastre solaire - étude|2031|752"],
      HEATNET, "energie", tail=TR, pt=0.3, op=0.3, cap=7),
    T(["Hôtel de ville - panneaux photovoltaïques en toiture|2313|752", "Centre technique municipal - centrale solaire|2313|752"],
      L(7, 60, 16, 40), "energie bat", tail=YEARS, pt=0.3, only=TOWNS, cap=3),
    T(["Bornes de recharge pour véhicules électriques - {place}|2188|758", "V:Flotte municipale - véhicules électriques|2182|758"],
      L(7, 60, 11, 40), "energie", tail=YEARS, pt=0.3, cap=3),
    T(["Plateforme de rénovation énergétique de l'habitat - conseillers|611|758", "Aides à la rénovation énergétique des copropriétés|20422|758"],
      L(7, 60, 11, 40), "energie", tail=YEARS, pt=0.3, only=AGGLOS, cap=3),
]


# --------------------------------------------------------------------------------------------
# 9. economy, employment, insertion, tourism, commerce, markets (8)
# --------------------------------------------------------------------------------------------

ECO_FAC = [(2, ("market", "bld")), (0.5, ("market", "nrj")), (1, ("market", "equip"))]

ECO_T = [
    T(["Aide à l'immobilier d'entreprise - ZA {za}|20422|61", "Pépinière d'entreprises - animation|611|62",
       "Initiative {agglo} - prêts d'honneur - abondement|6574|62", "Salon de l'emploi et de l'alternance|6233|61",
       "Observatoire économique - abonnement aux données|617|60", "Aides aux TPE - fonds de soutien|20422|61",
       "Hôtel d'entreprises - gestion|611|62", "Développeur économique - rémunération|64131|61"],
      ECO, "eco", tail=YEARS, pt=0.35, cap=10, w=1.3, only=AGGLOS),
    T(["ZA {za} - viabilisation de la tranche {t}|2315|61", "Zone d'activités {za} - voirie interne et réseaux|2315|61",
       "Requalification de la zone d'activités {za}|2315|61"],
      ECO_ZONE, "eco", tail=YEARS, pt=0.3, op=0.4, only=AGGLOS, cap=4),
    T(["Manager de commerce - rémunération|64131|632", "SUBV. ASSOC. Union des commerçants de {ville}|6574|632",
       "Animations commerciales de fin d'année|611|632", "Boutique à l'essai - loyer|6132|632",
       "Marché hebdomadaire - bornes électriques|2188|632", "Chèques cadeaux du commerce local|6574|632"],
      COMMERCE, "eco", tail=YEARS, pt=0.35, cap=8, only=TOWNS),
    T(["Office de tourisme - subvention de fonctionnement|6574|633", "Reversement de la taxe de séjour à l'office de tourisme|6574|633",
       "V:Signalétique touristique - centre historique|2188|633", "V:Aire de camping-cars {lieu}|2128|633",
       "V:Camping municipal {lieu} - bloc sanitaire|2313|633", "A:Subvention à l'office de tourisme intercommunal|6574|633",
       "Salon du tourisme - stand|6233|633"],
      TOUR, "tour", tail=YEARS, pt=0.35, cap=9),
    T(["Chantier d'insertion - convention|6574|65", "PLIE - participation|6574|65", "Clauses sociales des marchés - facilitateur|611|65",
       "Régie de quartier {qpv} - subvention|6574|65", "Entreprise d'insertion - aide au démarrage|6574|65"],
      IAE, "eco", tail=YEARS, pt=0.35, cap=6),
    T(["Mission locale - subvention|6574|251", "Mission locale {agglo} - participation|6574|251"],
      L(8, 60, 4, 40), "eco", tail=YEARS, pt=0.4, cap=3),
]


# --------------------------------------------------------------------------------------------
# 10. digital infrastructure, innovation, research, higher education (9)
# --------------------------------------------------------------------------------------------

DIGITAL_T = [
    T(["V:Fibre optique - raccordement des bâtiments communaux|21533|57", "Fourreaux de fibre optique - {rue}|21533|57",
       "V:Wifi public - {place}|2188|57", "Très haut débit - ZA {za}|21533|57", "A:Réseau de fibre intercommunal - extension|21533|57",
       "A:Pylône de téléphonie mobile - zone blanche {lieu}|21533|57", "V:Wifi public des équipements sportifs|2188|57",
       "Liaison fibre entre les sites de {ville}|21533|57"],
      THD, "num si", tail=TR, pt=0.3, op=0.25, cap=12, w=1.4),
    T(["Génie civil pour la fibre - lotissement {lieu}|21533|57", "Réseau radio bas débit - passerelles|21533|57",
       "V:Fibre optique - raccordement des écoles et des gymnases|21533|57"],
      THD, "num si", tail=YEARS, pt=0.3, cap=4),
    T(["Capteurs connectés de qualité de l'air - réseau urbain|2188|57", "V:Stationnement intelligent - capteurs de places|2188|57",
       "Plateforme de données ouvertes du territoire|611|57", "Compteurs connectés de fréquentation des pistes cyclables|2188|57"],
      L(9, 80, 11, 20), "num si", tail=YEARS, pt=0.3, cap=5),
    T(["Tiers-lieu numérique - subvention|6574|67", "Fablab - équipement|2188|67", "Technopôle - animation|611|67",
       "Appel à projets innovation - start-up|6574|67", "Incubateur - fonctionnement|6574|67",
       "Living lab - expérimentations urbaines|611|67", "Concours de création d'entreprises innovantes|6574|67",
       "Espace de coworking du pôle numérique - animation|611|67"],
      INNOV, "num esr", tail=YEARS, pt=0.3, cap=10, only=AGGLOS),
    T(["Chaire de recherche - subvention à l'université|6574|67", "Thèses CIFRE - cofinancement|6574|67",
       "Laboratoire de recherche - équipement scientifique|20422|67"],
      RESEARCH, "esr", tail=YEARS, pt=0.3, cap=4, only=AGGLOS),
    T(["Antenne universitaire de {ville} - fonctionnement|6574|23", "IUT de {ville} - extension - fonds de concours|2041|23",
       "Campus connecté - fonctionnement|611|23", "Résidence étudiante - participation|2041|23",
       "École d'ingénieurs - nouveau bâtiment - participation|2041|23", "Antenne universitaire - équipement des salles de cours|2041|23",
       "Maison de l'étudiant - fonctionnement|611|23"],
      ESR, "esr", tail=YEARS, pt=0.3, op=0.2, cap=8, only=AGGLOS),
]


# --------------------------------------------------------------------------------------------
# 11. disability access, youth, priority neighbourhoods (10)
# --------------------------------------------------------------------------------------------

TEN_FAC = [(2.5, ("youth", "bld")), (0.5, ("youth", "heat")), (1.2, ("youth", "equip")), (0.6, ("youth", "op"))]

TEN_T = [
    T(["Ad'AP - programme annuel de mise en accessibilité|2135|425", "Places de stationnement PMR - mise aux normes|2315|425",
       "Abaissés de trottoirs PMR - {rue}|2315|425", "Commission communale pour l'accessibilité - diagnostics|617|425",
       "Boucles magnétiques - accueils des services|2188|425", "Bandes podotactiles - traversées piétonnes {q}|2315|425"],
      PMR, "handi", tail=YEARS, pt=0.3, op=0.2, cap=9, w=1.2),
    T(["Subvention à l'association des sourds et malentendants|6574|425", "Sport adapté - subvention au club handisport|6574|425",
       "SUBV. ASSOC. APF - délégation locale|6574|425"],
      L(10, 100), "handi", tail=YEARS, pt=0.3, cap=4),
    T(["Point information jeunesse - fonctionnement|611|338", "Conseil municipal des jeunes - projets|611|338",
       "Séjours jeunes - été|611|332", "Bourses aux projets des jeunes|6574|338", "SUBV. ASSOC. MJC {lieu} - fonctionnement|6574|338",
       "Prévention spécialisée - éducateurs de rue|6574|338", "Chantiers éducatifs jeunes - été|611|338"],
      YOUTH, "jeun", tail=YEARS, pt=0.35, cap=9, w=1.2, only=TOWNS),
    T(["Contrat de ville - programmation|6574|52", "Adultes-relais - cofinancement|64131|52", "Gestion urbaine de proximité - {qpv}|611|52",
       "Médiation sociale - quartier {qpv}|6574|52", "Fonds de participation des habitants - {qpv}|6574|52"],
      QPV, "jeun", tail=YEARS, pt=0.3, cap=7, only=TOWNS),
    T(["Centre social {qpv} - subvention de fonctionnement|6574|52", "SUBV. ASSOC. centre socioculturel {q}|6574|52"],
      L(10, 70, 1, 30), "jeun", tail=YEARS, pt=0.3, cap=3, only=TOWNS),
    T(["Lutte contre les discriminations - formation des agents|611", "SUBV. ASSOC. contre le racisme et l'antisémitisme|6574"],
      L(10, 100), "jeun", tail=YEARS, pt=0.3, pc=0.3, cap=3),
    T(["Gens du voyage - accompagnement social des familles|611", "Gens du voyage - médiation et accès aux droits|611"],
      L(10, 70, 1, 30), "aagv", tail=YEARS, pt=0.3, pc=0.3, cap=3, only=AGGLOS),
]


# --------------------------------------------------------------------------------------------
# 12. planning, housing, roads, transport, cycling, culture, festivals, cemeteries (11)
# --------------------------------------------------------------------------------------------

CULT_FAC = [(2, ("museum", "bld")), (0.4, ("museum", "nrj")), (1, ("museum", "equip")), (0.5, ("museum", "op")),
            (2.2, ("theatre", "bld")), (0.4, ("theatre", "led")), (1, ("theatre", "equip")), (0.6, ("theatre", "op")),
            (2.4, ("heritage", "bld"))]

URBAN_T = [
    T(["Réfection de chaussée - {rue}|2151|845", "Trottoirs - {rue}|2151|845", "Programme annuel de voirie|2151|845",
       "Giratoire {rue} - aménagement|2151|845", "Enrobés - rues du quartier {q}|2151|845",
       "Signalisation horizontale - marquage|615231|845", "Entretien de la voirie - marché à bons de commande|615231|845",
       "VRD - lotissement communal {lieu}|2151|845", "Réfection des pavés - centre ancien|2151|845"],
      ROAD, "voirie", tail=TR, pt=0.3, op=0.3, cap=12, w=1.8, only=TOWNS),
    T(["Pont {riv} - réparation des maçonneries|2151|845", "Passerelle {riv} - remplacement du platelage|2151|845",
       "Ouvrage d'art - mur de soutènement {rue}|2151|845"],
      BRIDGE, "voirie", tail=TR, pt=0.3, only=TOWNS, cap=4),
    T(["Parking {lieu} - réfection|2151|848", "Horodateurs - renouvellement|2188|848", "Parking relais de la gare - extension|2151|848"],
      URBA, "voirie", tail=YEARS, pt=0.3, only=TOWNS, cap=4),
    T(["Réseau de bus - contribution au délégataire|611|821", "Abris voyageurs - renouvellement|2152|821",
       "Transport à la demande - exploitation|611|821", "Bus électriques - acquisition|2182|821",
       "Billettique du réseau urbain - modernisation|2188|821", "Navette gratuite du centre-ville|611|821"],
      TRANSIT, "mob", tail=YEARS, pt=0.3, cap=8, only=AGGLOS),
    T(["Pôle d'échanges multimodal de la gare de {ville}|2151|86", "Aire de covoiturage {lieu}|2151|86"],
      SOFT, "mob", tail=YEARS, pt=0.3, only=AGGLOS, cap=3),
    T(["Piste cyclable - {rue}|2151|87", "Voie verte {riv}|2151|87", "V:Arceaux vélos du centre-ville|2152|87",
       "Schéma directeur cyclable - étude|2031|87", "Vélos à assistance électrique - location longue durée|611|87",
       "Abri vélos sécurisé - gare de {ville}|2152|87", "V:Double-sens cyclables - {q}|2152|87"],
      SOFT, "mob voirie", tail=TR, pt=0.3, op=0.25, cap=9, w=1.3),
    T(["V:PLU - modification n°{n}|202|51", "A:PLUi - élaboration|202|51", "Réserves foncières - acquisition {rue}|2111|581",
       "ZAC {zac} - participation à l'aménageur|204|515", "V:Action cœur de ville - étude de programmation|2031|515",
       "V:Règlement local de publicité - révision|202|51", "V:Droit de préemption urbain - acquisition {rue}|2111|581",
       "Instruction des autorisations d'urbanisme - logiciel|611|51"],
      URBA, "urba", tail=TR, pt=0.3, op=0.2, cap=10, w=1.3),
    T(["V:Logement social - subvention à l'OPH pour la résidence {lieu}|20422|555",
       "A:Aides à la production de logements sociaux - PLH|20422|555", "Garanties d'emprunts des bailleurs sociaux - frais|611|555",
       "Surcharge foncière - opération de logements sociaux {rue}|20422|555"],
      SOCHOUSING, "urba logt", tail=YEARS, pt=0.3, cap=5),
    T(["OPAH-RU du centre ancien - suivi-animation|611|552", "V:Opération façades - aides aux propriétaires|20422|552",
       "A:Programme local de l'habitat - évaluation|617|55"],
      URBA, "logt urba", tail=YEARS, pt=0.3, cap=4),
    T(["NPNRU {qpv} - participation à la démolition|204|515", "Renouvellement urbain {qpv} - espaces publics|2151|515"],
      RENEWAL, "urba", tail=TR, pt=0.3, only=TOWNS, cap=3),
    T(["Aire d'accueil des gens du voyage de {ville} - réhabilitation|2313|554", "Aire de grand passage - aménagement|2128|554",
       "Aire d'accueil des gens du voyage - gestion déléguée|611|554", "Aire d'accueil - blocs sanitaires|2313|554"],
      AAGV, "aagv", tail=YEARS, pt=0.3, cap=6, only=AGGLOS),
    T(["SUBV. ASSOC. Harmonie municipale|6574|311", "Subvention à la compagnie de théâtre Les Tréteaux|6574|316",
       "Festival {fest} - programmation|611|311", "Festival {fest} - subvention|6574|311", "Saison culturelle - contrats de cession|611|316",
       "Musée {mus} - restauration d'œuvres|611|314", "Musée {mus} - acquisition d'une œuvre|2161|314",
       "Cinéma municipal - programmation jeune public|611|317", "Subvention à la société d'histoire locale|6574|312",
       "Journées européennes du patrimoine - animations|611|312", "SUBV. ASSOC. chorale {ville}|6574|311"],
      CULT, "cult", tail=YEARS, pt=0.35, cap=14, w=2, only=TOWNS),
    T(["Archives municipales - numérisation de l'état civil ancien|611|315", "Archives - boîtes de conservation|60632|315"],
      ARCHIVES, "cult", tail=YEARS, pt=0.3, only=TOWNS, cap=3),
    T(["Illuminations de Noël - location et pose|611|024", "Fête de la ville - animations|611|024", "Marché de Noël - chalets|6232|024",
       "Subvention au comité des fêtes de {ville}|6574|024", "Carnaval - chars et animations|611|024"],
      CULT, "fetes", tail=YEARS, pt=0.35, cap=7, only=TOWNS),
    T(["Feu d'artifice de la fête nationale|6232|024", "Cérémonie du 11 Novembre - gerbes et vin d'honneur|6232|024",
       "Commémoration du 8 mai - sonorisation|611|024", "Cérémonie de la Libération - pavoisement|611|024",
       "Fête de la musique - scène|611|024"],
      FESTIV, "fetes", tail=YEARS, pt=0.35, cap=6, only=TOWNS),
    T(["Cimetière {cim} - columbarium|21316|025", "Cimetière {cim} - reprise de concessions abandonnées|21316|025",
       "Cimetière {cim} - jardin du souvenir|21316|025", "Cimetière {cim} - ossuaire|21316|025",
       "Cimetières - logiciel de gestion des concessions|611|025", "Cimetière {cim} - extension|21316|025"],
      CULT, "cim", tail=YEARS, pt=0.3, cap=7, only=TOWNS),
    T(["Balayage mécanique des rues - prestation|611|7222", "Nettoiement du centre-ville - laveuse de voirie|2182|7222",
       "Propreté urbaine - désherbage des trottoirs|611|7222"],
      CLEAN, "dech voirie", tail=YEARS, pt=0.3, only=TOWNS, cap=4),
]


# --------------------------------------------------------------------------------------------
# 13. waste, circular economy, sustainable procurement (12)
# --------------------------------------------------------------------------------------------

WASTE_T = [
    T(["Collecte des ordures ménagères - marché lot {lot}|611|7212", "Colonnes enterrées - {ville}|2188|7212",
       "Bacs roulants - renouvellement|2188|7212", "Collecte des biodéchets - déploiement|611|7212",
       "Composteurs individuels - distribution|60632|7211", "Ressourcerie de {ville} - subvention|6574|7213",
       "Centre de tri - modernisation|2313|7213", "Ambassadeurs du tri - animation|611|7211",
       "Broyeurs de végétaux - prêt aux habitants|2188|7211", "Collecte des encombrants sur rendez-vous|611|7212",
       "Bornes de collecte textile - {ville}|2188|7212", "Tarification incitative - étude|617|721",
       "Programme local de prévention des déchets|611|7211", "Transport et traitement des déchets verts|611|7213"],
      WASTE, "dech", tail=YEARS, pt=0.3, op=0.15, cap=18, w=2.2, only=AGGLOS),
    T(["Déchèterie de {ville} - extension|2313|721", "Déchèterie {lieu} - mise aux normes|2313|721",
       "Recyclerie - construction du bâtiment|2313|721", "Quai de transfert - réhabilitation|2313|721"],
      WASTE_BLD, "dech", tail=TR, pt=0.3, op=0.35, cap=5, only=AGGLOS),
    T(["Corbeilles de tri sélectif - centre-ville|2188|7212", "Corbeilles bi-flux - rues commerçantes|2188|7212"],
      L(12, 70, 11, 30), "dech", tail=YEARS, pt=0.3, cap=3, only=TOWNS),
    T(["Composteurs collectifs - quartier {q}|2188|7211",
       "Tri des déchets dans les bâtiments municipaux|611|7213", "Gobelets réutilisables - manifestations|60632|7211"],
      WASTE, "dech", tail=YEARS, pt=0.3, cap=5, only=TOWNS),
    T(["Achats responsables - schéma de promotion (SPASER)|617", "Clauses environnementales des marchés - formation des acheteurs|611",
       "Achats de mobilier de réemploi - accord-cadre|2184", "Commande publique responsable - sourcing|611"],
      PROCURE, "achat", tail=YEARS, pt=0.3, pc=0.3, cap=5),
    T(["Restaurants scolaires - lutte contre le gaspillage alimentaire|611|7211", "Cantines - tables de tri et pesées des restes|2188|7211"],
      L(12, 70, 4, 30), "restau", tail=YEARS, pt=0.3, cap=3, only=TOWNS),
]


# --------------------------------------------------------------------------------------------
# 14. climate plan, flood and natural risks, adaptation, heat islands (13)
# --------------------------------------------------------------------------------------------

CLIMATE_T = [
    T(["Plan climat-air-énergie territorial - animation|611|71", "Bilan carbone du patrimoine et des services|617|71",
       "Plan d'adaptation au changement climatique - étude de vulnérabilité|617|71", "Budget vert - cotation des dépenses|617|71",
       "Fresque du climat - sensibilisation des agents|611|71", "Observatoire territorial du climat - adhésion|6574|71"],
      CLIMATE, "climat", tail=YEARS, pt=0.35, cap=8),
    T(["Îlot de fraîcheur - {place}|2128|71", "Désimperméabilisation et plantation - parking {lieu}|2128|71",
       "Désimperméabilisation - {place}|2128|71"],
      COOL, "climat ev", tail=YEARS, pt=0.3, op=0.3, cap=4, only=TOWNS),
    T(["Salles rafraîchies pour les épisodes de canicule|2313|71", "Toitures réfléchissantes des bâtiments communaux|2313|71"],
      COOL_EQ, "climat", tail=YEARS, pt=0.3, cap=3, only=TOWNS),
    T(["GEMAPI - confortement de la digue {riv}|2313|735", "PAPI {riv} - études|2031|735", "Zone d'expansion des crues {riv}|2128|735",
       "Repères de crues - pose|2188|735", "Système d'endiguement {riv} - étude de danger|2031|735",
       "Clapets anti-retour des exutoires {riv}|2315|735"],
      FLOOD, "risque", tail=TR, pt=0.3, op=0.3, cap=8, only=AGGLOS),
    T(["Contribution GEMAPI au syndicat de bassin {riv}|6558|735", "Syndicat mixte de rivière {riv} - participation GEMAPI|6558|735"],
      L(13, 60, 6, 40), "risque", tail=YEARS, pt=0.4, cap=3, only=AGGLOS),
    T(["Plan communal de sauvegarde - révision", "Réserve communale de sécurité civile - équipement",
       "Sirène d'alerte - raccordement au SAIP", "Exercice de crise - inondation"],
      CIVILPROT, "adm", tail=YEARS, pt=0.3, pc=0.2, only=TOWNS, cap=5),
]


# --------------------------------------------------------------------------------------------
# 15. sea, coast, beaches (14) - coastal authorities only
# --------------------------------------------------------------------------------------------

SEA_T = [
    T(["Plage {pl} - douches et rince-pieds|2188|56", "Plage {pl} - sanitaires publics|2313|56",
       "Plage {pl} - caillebotis et accès|2188|56", "Front de mer - promenade de la plage {pl}|2128|56",
       "Plage {pl} - cabines de plage|2188|56", "Plage {pl} - signalétique de baignade|2188|56"],
      BEACH, "mer", tail=["saison {y}", "{y}"], pt=0.35, op=0.2, cap=10, w=1.3, only=COAST_TOWNS),
    T(["Postes de secours des plages - sauveteurs saisonniers|64131|56", "Surveillance des plages - convention SNSM|6574|56",
       "Poste de secours de la plage {pl} - reconstruction|2313|56", "Postes de secours - matériel de sauvetage|2188|56"],
      L(14, 70, 16, 30), "mer", tail=["saison {y}", "{y}"], pt=0.35, cap=6, only=COAST_TOWNS),
    T(["Nettoyage des plages - cribleuse|2182|56", "Ramassage manuel des laisses de mer|611|56",
       "Nettoyage de la plage {pl} - prestation estivale|611|56"],
      L(14, 70, 12, 30), "mer", tail=YEARS, pt=0.3, cap=5, only=COAST_TOWNS),
    T(["Ganivelles - cordon dunaire de la plage {pl}|2128|56", "Dune {pl} - mise en défens et replantation d'oyats|2128|56",
       "Dunes - suivi de la végétation|617|56"],
      L(14, 60, 15, 40), "mer", tail=YEARS, pt=0.3, cap=5, only=COAST),
    T(["Rechargement en sable de la plage {pl}|2128|56", "Suivi du trait de côte - levés topographiques|617|56",
       "Stratégie locale de gestion de la bande côtière|2031|56", "Enrochements de la plage {pl} - confortement|2313|56",
       "Relocalisation des activités menacées par le recul du trait de côte - étude|2031|56"],
      L(14, 60, 13, 40), "mer", tail=YEARS, pt=0.3, cap=7, only=COAST),
    T(["Aire marine éducative - école {p}|611|56"], L(14, 70, 4, 30), "mer", tail=YEARS, pt=0.3, cap=2, only=COAST),
    T(["Mouillages écologiques - herbiers de zostères|2188|56",
       "Natura 2000 en mer - animation|611|56", "Récifs artificiels - suivi scientifique|617|56"],
      L(14, 100), "mer", tail=YEARS, pt=0.3, cap=5, only=COAST),
    T(["Qualité des eaux de baignade - analyses|611|56", "Profils de baignade - mise à jour|617|56"],
      L(14, 60, 6, 40), "mer", tail=["saison {y}", "{y}"], pt=0.35, cap=3, only=COAST),
    T(["Sentier du littoral {lieu}|2128|56", "Accès à la plage {pl} - escalier|2315|56"],
      L(14, 60, 11, 40), "mer", tail=YEARS, pt=0.3, cap=4, only=COAST),
    T(["Port de plaisance - station de carénage propre|2313", "Port de plaisance - pompage des eaux noires|2188"],
      L(14, 70, 6, 30), "mer", tail=YEARS, pt=0.3, pc=0.3, cap=3, only=COAST),
]


# --------------------------------------------------------------------------------------------
# 16. parks, trees, greening, biodiversity (15)
# --------------------------------------------------------------------------------------------

PARK_T = [
    T(["Parc {pk} - réfection des allées|2128|511", "Square {pk} - réaménagement|2128|511", "Parc {pk} - arrosage automatique|2128|511",
       "Jardin public {pk} - bassin|2128|511", "Serres municipales - rénovation|2313|511", "Parc {pk} - clôtures et portails|2128|511",
       "Fleurissement - massifs de vivaces|6068|511", "Parc {pk} - bancs et mobilier|2188|511", "Coulée verte {lieu} - aménagement|2128|511"],
      PARK, "ev", tail=TR, pt=0.3, op=0.3, cap=12, w=1.8, only=TOWNS),
    T(["Aire de jeux - parc {pk}|2128|511", "Square {pk} - jeux pour enfants|2128|511", "Aire de jeux {q} - sols souples|2128|511"],
      PLAY, "ev", tail=YEARS, pt=0.3, op=0.2, cap=5, only=TOWNS),
    T(["Plantation d'arbres - {rue}|2121|511", "Plan arbres - plantations de l'hiver {y}|2121|511",
       "Arbres d'alignement - remplacement des sujets morts {rue}|2121|511", "Arbres - {place}|2121|511"],
      TREES, "ev", tail=YEARS, pt=0.3, cap=6, only=TOWNS),
    T(["V:Patrimoine arboré - diagnostic sanitaire|617|511", "Éco-pâturage - convention|611|76", "V:Atlas de la biodiversité communale|617|76",
       "Lutte contre la renouée du Japon|611|76", "Nichoirs et gîtes à chauves-souris|2188|76", "Mare {lieu} - restauration|2128|76",
       "Espace naturel sensible {lieu} - plan de gestion|617|76", "Inventaire des zones humides|617|76",
       "V:Forêt communale - travaux sylvicoles|611|76", "Bois {lieu} - acquisition de parcelles|2117|76"],
      BIODIV, "ev", tail=YEARS, pt=0.3, cap=12, w=1.4),
    T(["Végétalisation - {rue}|2121|511", "Permis de végétaliser - plants pour les habitants|6068|511",
       "Végétalisation des pieds de façade - {rue}|2121|511"],
      GREENSTREET, "ev", tail=YEARS, pt=0.3, cap=4, only=TOWNS),
    T(["Micro-forêt urbaine - {q}|2121|511", "Forêt urbaine - parc {pk}|2121|511"],
      L(15, 70, 13, 30), "ev", tail=YEARS, pt=0.3, cap=3, only=TOWNS),
    T(["Cimetière {cim} - enherbement des allées|2128|511"], L(15, 60, 11, 40), "ev cim", tail=YEARS, pt=0.3, cap=2, only=TOWNS),
]


# --------------------------------------------------------------------------------------------
# 17. administration, police, civil status, elections, participation (16)
# --------------------------------------------------------------------------------------------

ADM_FAC = [(2.2, ("cityhall", "bld")), (0.5, ("cityhall", "nrj")), (0.4, ("cityhall", "heat")), (1, ("cityhall", "equip")),
           (0.8, ("cityhall", "op")), (1, ("police", "bld")), (0.6, ("police", "equip"))]

ADM_T = [
    T(["Fournitures administratives - marché|6064|020", "Assurance dommages aux biens - prime|616|020",
       "Frais d'actes et de contentieux|6227|020", "Honoraires d'avocats - conseil juridique|6226|020",
       "Affranchissement du courrier|6261|020", "V:Magazine municipal - impression|6237|023",
       "V:Cérémonie des vœux du maire - réception|6257|020", "V:Garage municipal - pièces détachées|60632|020",
       "V:Accueil de l'hôtel de ville - agents d'accueil - rémunération|64111|020"],
      ADM, "adm", tail=YEARS, pt=0.35, cap=11, w=1.4),
    T(["Formation des agents - cotisation CNFPT|6336|021", "Comité des œuvres sociales du personnel - subvention|6574|021",
       "Assurance statutaire du personnel|6455|021", "Recrutement - annonces d'emploi|6231|021"],
      ADM, "rh", tail=YEARS, pt=0.35, cap=5),
    T(["Police municipale - véhicule|2182|11", "Police municipale - caméras-piétons|2188|11", "ASVP - terminaux de verbalisation|2188|11",
       "Police municipale - gilets pare-balles|2188|11", "Fourrière automobile - convention|611|11",
       "Police municipale - radios numériques|2188|11", "Vidéoprotection - maintenance du centre de supervision|6156|11"],
      ADM, "police", tail=YEARS, pt=0.3, op=0.15, cap=9, w=1.2),
    T(["État civil - reliure des registres|611|020", "Élections - mise sous pli de la propagande|611|020",
       "Bureaux de vote - urnes et isoloirs|2188|020", "Recensement de la population - agents recenseurs|64131|020",
       "Titres d'identité - station biométrique|2188|020", "Élections - indemnités des présidents de bureau|64131|020",
       "Livrets de famille et imprimés d'état civil|6064|020", "Salle des mariages - rénovation du mobilier|2184|020"],
      ADM, "ec", tail=YEARS, pt=0.35, cap=10, w=1.3),
    T(["Budget participatif - organisation du vote|611|020", "Conseils de quartier - fonctionnement|611|020",
       "Conseil citoyen {qpv} - fonctionnement|611|020", "Concertation sur le projet de centre-ville - ateliers|611|020",
       "Conseil des sages - fonctionnement|611|020"],
      ADM, "citoy", tail=YEARS, pt=0.35, cap=6),
    T(["Indemnités des élus|65311|031", "Formation des élus|65315|031", "V:Conseil municipal - retransmission des séances|611|031",
       "A:Conseil communautaire - retransmission|611|031"],
      ADM, "adm", tail=YEARS, pt=0.3, pc=0.7, cap=5),
]


# --------------------------------------------------------------------------------------------
# 18. international co-operation, contributions to other public bodies, debt (17)
# --------------------------------------------------------------------------------------------

FIN_T = [
    T(["Intérêts des emprunts|66111|01", "Remboursement du capital - emprunt {bank}|1641|01", "Intérêts de la ligne de trésorerie|6615|01",
       "Intérêts courus non échus|66112|01", "Frais bancaires|627|01", "Indemnité de remboursement anticipé - prêt {bank}|668|01",
       "Échéance de l'emprunt {bank} n°{n}|1641|01", "Commission de non-utilisation - ligne de trésorerie|6688|01"],
      FIN, "fin", tail=["{y}", "exercice {y}", "BP {y}"], pt=0.4, pc=0.75, cap=16, w=2),
    T(["FPIC - prélèvement|739|01", "V:Contribution au SDIS", "Admissions en non-valeur|6541|01", "Dotations aux amortissements|6811|01",
       "Provision pour contentieux|6815|01", "V:Subvention d'équilibre au budget annexe du camping|657362|01",
       "V:Cotisation à l'association des maires|6281|01", "Participation au syndicat intercommunal|6556|01",
       "Titres annulés sur exercices antérieurs|673|01"],
      FIN, "fin", tail=YEARS, pt=0.35, pc=0.6, cap=11, w=1.4),
    T(["Attribution de compensation versée aux communes membres|739|01", "Dotation de solidarité communautaire|739|01",
       "Fonds de concours aux communes membres|2041|01", "Reversement de fiscalité aux communes|739|01"],
      FIN, "fin", tail=YEARS, pt=0.35, pc=0.6, only=AGGLOS, cap=5),
    T(["Jumelage avec {jum} - échanges|611|048", "Comité de jumelage - subvention|6574|048", "Coopération décentralisée avec {sud}|6574|048",
       "Aide d'urgence humanitaire - {sud}|6574|044", "Jumelage - accueil de la délégation de {jum}|6257|048"],
      FIN, "intl", tail=YEARS, pt=0.3, cap=7, only=TOWNS),
    T(["Coopération décentralisée {sud} - accès à l'eau potable|6574|048"], L(17, 60, 6, 40), "intl", tail=YEARS, pt=0.3,
      cap=2, only=TOWNS),
]


# --------------------------------------------------------------------------------------------
# 19. generic fragments: the service (or the fonction) gives the purpose
# --------------------------------------------------------------------------------------------

# field -> (split of a generic building line, split of a generic equipment or running line, fonctions, weight)
GENERIC = {
    "edu": (SCH, EDU, ["212", "213", "211"], 9), "pe": (SCH, EDU, ["4221", "4222"], 4), "restau": (CANTEEN, CANTEEN, ["281"], 2),
    "cons": (SCH, EDU, [], 2), "lib": (LIB, LIB, ["313"], 3), "social": (SOC_BLD, SOC, ["424", "42"], 3),
    "sante": (HEALTH_BLD, HEALTH, ["414"], 2), "seniors": (HEALTH_BLD, HEALTH, ["4238"], 1),
    "sport": (SPORT_BLD, SPORT, ["321", "322", "323", "32"], 8), "eau": (W_NET, W, ["732", "733"], 4),
    "energie": (BLD_NRJ, NRJ, ["758"], 2), "eclair": (L(11, 70, 7, 30), L(11, 70, 7, 30), ["512"], 2),
    "eco": (MARKET_BLD, ECO, ["632", "61"], 2), "tour": (TOUR, ECO, ["633"], 2), "num": (THD, THD, ["57"], 1),
    "si": (None, ADM_IT, ["020"], 4), "handi": (PMR, L(10, 100), ["425"], 1), "jeun": (YOUTH_BLD, YOUTH, ["338"], 3),
    "urba": (URBA, URBA, ["51", "515"], 2), "voirie": (ROAD, URBA, ["845", "84"], 7), "mob": (TRANSIT, TRANSIT, ["82", "821"], 2),
    "cult": (CULT, CULT, ["312", "314", "31"], 5), "fetes": (None, FESTIV, ["024"], 2), "cim": (CULT, CULT, ["025"], 1),
    "dech": (WASTE_BLD, WASTE, ["721", "7212"], 4), "climat": (None, CLIMATE, ["71"], 1), "risque": (FLOOD, CLIMATE, ["735"], 1),
    "mer": (BEACH, L(14, 100), ["56"], 2), "ev": (PARK, L(15, 100), ["511"], 6), "adm": (ADM_BLD, ADM, ["020"], 4),
    "police": (ADM_BLD, ADM, ["11"], 3), "ec": (None, ADM, ["020"], 1), "bat": (ADM, ADM, [], 3),
    "aagv": (AAGV, AAGV, ["554"], 1), "rh": (None, ADM, ["021"], 1),
}
WORKS, STUDY = ["2313", "2135", "21318"], ["2031"]
GEN_BLD = [("TRAVAUX DIVERS", "Travaux divers", WORKS), ("TVX DIVERS", "Tvx divers", WORKS), ("TRX D'ENTRETIEN", "Trx d'entretien", WORKS),
           ("GROS ENTRETIEN", "Gros entretien", WORKS), ("REPARATIONS DIVERSES", "Réparations diverses", WORKS),
           ("MISE AUX NORMES", "Mise aux normes", WORKS), ("TRAVAUX EN REGIE", "Travaux en régie", WORKS),
           ("ETUDES ET DIAGNOSTICS", "Études et diagnostics", STUDY), ("HONORAIRES MOE", "Honoraires MOE", STUDY),
           ("AMO", "AMO", STUDY), ("CONTROLE TECHNIQUE ET SPS", "Contrôle technique et SPS", STUDY),
           ("TRAVAUX D'URGENCE", "Travaux d'urgence", WORKS), ("REFECT. DIVERSES", "Réfections diverses", WORKS)]
GEN_EQ = [("ACQ VEHICULE UTILITAIRE", "Acquisition d'un véhicule utilitaire", ["2182"]), ("ACHAT VEHICULE", "Achat véhicule", ["2182"]),
          ("MATERIEL DIVERS", "Matériel divers", ["2188"]), ("PETIT EQUIPEMENT", "Petit équipement", ["60632"]),
          ("OUTILLAGE DIVERS", "Outillage divers", ["2188"]), ("MOBILIER DIVERS", "Mobilier divers", ["2184"]),
          ("ACQ. MOBILIER", "Acquisition de mobilier", ["2184"]), ("MAINTENANCE DIVERSE", "Maintenance diverse", ["6156"]),
          ("ENTRETIEN COURANT", "Entretien courant", ["615221"]), ("FOURNITURES DIVERSES", "Fournitures diverses", ["60628"]),
          ("RENOUVELLEMENT MATERIEL", "Renouvellement du matériel", ["2188"]), ("EQPT DIVERS", "Équipements divers", ["2188"])]
# under the IT service only equipment and maintenance read as IT (its vehicles and furniture are the administration's)
GEN_EQ_SI = [g for g in GEN_EQ if not g[0].startswith(("ACQ VEHICULE", "ACHAT VEHICULE", "MOBILIER", "ACQ. MOBILIER", "OUTILLAGE"))]
GEN_SUFFIX = ["{y}", "- {y}", "BP {y}", "- BP {y}", "DM {y}", "- RAR {y}", "CP {y}", "- EXERCICE {y}", "- PROG. ANNUEL {y}",
              "- ENVELOPPE {y}", "- LOT {lot}", "- TRANCHE {t}", "{y} - CREDITS REPORTES", "N°{n}"]
GEN_FRAGMENTS = GenericFragments(bld=GEN_BLD, eq=GEN_EQ, eq_si=GEN_EQ_SI, styles=[(65, "upper"), (25, "mixed"), (10, "lower")],
                                 p_op=0.25, suffixes=GEN_SUFFIX)


def named_svcs(auth: Authority, field: str, idx: int) -> list[Svc]:
    """The services of ``auth`` holding ``field`` whose every field gives the same split to a generic line."""
    lab = GENERIC[field][idx]
    return [s for s in auth.by_field.get(field, [])
            if all(f in GENERIC and GENERIC[f][idx] == lab for f in s.fields)]


def generic_row():
    if chance(0.08):  # no service, no fonction: nothing says what it is for
        auth = wpick([(a.weight, a) for a in AUTHS])
        CUR["auth"] = auth
        lib, nats = RENDER.generic_label(auth, GEN_FRAGMENTS, pick(["bld", "eq"]))
        nat = pick(nats) if chance(0.4) else ""
        chap = chapter_of_nature(nat) if nat and chance(0.8) else ""
        return lib, chap, nat, "", "", ADM
    while True:
        field = wpick([(v[3], k) for k, v in GENERIC.items()])
        bld_lab, eq_lab, fcts, _w = GENERIC[field]
        kind = "eq" if bld_lab is None or chance(0.45) else "bld"
        idx = 0 if kind == "bld" else 1
        lab = GENERIC[field][idx]
        auths = [a for a in AUTHS if named_svcs(a, field, idx)]
        if auths or fcts:
            break
    if auths and (field == "si" or not fcts or chance(0.82)):
        auth = wpick([(a.weight, a) for a in auths])
        CUR["auth"] = auth
        svc = service_cell(pick(named_svcs(auth, field, idx)), generic=True)
        fct = pick(fcts) if fcts and field != "si" and chance(0.25) else ""
    else:
        auth = wpick([(a.weight, a) for a in AUTHS if field in a.by_field] or [(a.weight, a) for a in AUTHS])
        CUR["auth"] = auth
        svc, fct = "", pick(fcts)
    lib, nats = RENDER.generic_label(auth, GEN_FRAGMENTS, kind, field)
    nat = pick(nats) if chance(0.35) else ""
    chap = chapter_of_nature(nat) if nat and chance(0.8) else ""
    if not codes_agree(lab, chap, nat, ""):
        chap = nat = ""
    assert codes_agree(lab, chap, nat, fct), (lib, lab, fct)
    chap, nat, fct = dress(chap, nat, fct)
    return lib, chap, nat, fct, svc, lab


# --------------------------------------------------------------------------------------------
# 20. conflicts: the budget files the line under a code whose prior points elsewhere; the
#     libellé decides (written without codes_agree; each row is checked to really conflict)
# --------------------------------------------------------------------------------------------

def disagrees(lab: str, chap: str, nat: str, fct: str) -> bool:
    """At least one written code's prior has a main goal other than the label's."""
    return bool((fct and not codes_agree(lab, "", "", fct)) or (nat and not codes_agree(lab, "", nat, ""))
                or (chap and not codes_agree(lab, chap, "", "")))


class C(T):
    """A conflict case: cores ("text|natures|fonctions"), label, the fonctions real budgets file it
    under (kept in ``f``), natures (``n``), the fields of the services that hold it, authorities,
    tails, chance of an operation code, chance of a nature, chance of a service."""

    def __init__(self, cores, lab, fcts, nats, fields, only=TOWNS, tail=None, pt=0.3, op=0.2, p_nat=0.55, p_svc=0.88):
        super().__init__(cores, lab, fields, fcts, nats, tail or YEARS, pt, op, only=only, p_svc=p_svc)
        self.p_nat = p_nat


def conflict_row(c: C):
    lib, svc, fcts, nats = ROWS.line(c, op_needs_investment=True)
    fct = pick(fcts)
    nat = pick(nats) if nats and chance(c.p_nat) else ""
    if nat:
        chap = chapter_of_nature(nat) if chance(0.75) else ""
    else:
        chap = chapter_of_nature(nats[0]) if nats and chance(0.3) else ""
    assert disagrees(c.lab, chap, nat, fct), (lib, c.lab, chap, nat, fct)
    chap, nat, fct = dress(chap, nat, fct)
    return lib, chap, nat, fct, svc, c.lab


def conflict_gen(cases):
    """Draws the case's variants in turn (town hall, museum, church...), so each has its rows."""
    turn = [0]

    def one():
        c = cases[turn[0] % len(cases)]
        turn[0] += 1
        return conflict_row(c)
    return fn_gen(one)


CONFLICTS = {
    "conservatoire, music or dance school under 311/31 - building": [C([
        "Conservatoire {comp} - réfection de la toiture", "V:École de musique - mise aux normes électriques",
        "Conservatoire - isolation acoustique des salles de cours", "V:École municipale de danse - remplacement du parquet du studio",
        "Conservatoire {comp} - extension de l'auditorium", "V:École de musique {lieu} - ravalement des façades",
        "Conservatoire - réaménagement de l'accueil", "V:École de danse - vestiaires et sanitaires",
        "A:Conservatoire intercommunal {comp} - restructuration du bâtiment", "V:École de musique - création de deux salles de cours"],
        SCH, ["311", "31"], ["2313", "2135", "21314", "21318"], "cons bat", only=TOWNS + ("CAPV", "RAA"), op=0.3)],
    "conservatoire, music or dance school under 311/31 - instruments and equipment": [C([
        "Conservatoire - achat d'instruments de musique", "V:École de musique - piano à queue", "Conservatoire {comp} - pupitres et chaises",
        "V:École de danse - barres et miroirs", "Conservatoire - percussions de la classe d'orchestre",
        "V:École municipale de musique - instruments à vent", "Conservatoire - matériel de la classe de musique assistée par ordinateur",
        "V:École de danse - tapis de danse"],
        EDU, ["311", "31"], ["2188", "2184"], "cons", only=TOWNS + ("CAPV", "RAA"))],
    "conservatoire, music or dance school under 311/31 - teaching staff and running": [C([
        "Conservatoire - rémunération des professeurs|64111", "V:École de musique - assistants d'enseignement artistique - vacations|64131",
        "Conservatoire - accord et entretien des pianos|6156", "V:École de danse - pianiste accompagnateur|64131",
        "Conservatoire - partitions et méthodes pédagogiques|6065", "Conservatoire - jurys des examens de fin de cycle|611",
        "V:École de musique - interventions en milieu scolaire|611", "V:École municipale de danse - location du studio|6132",
        "A:Conservatoire intercommunal - professeurs contractuels|64131"],
        EDU, ["311", "31"], [], "cons", only=TOWNS + ("CAPV", "RAA"), p_nat=0.7)],
    "cour oasis, school-yard de-sealing under 211/212/213": [C([
        "Cour oasis - groupe scolaire {p}||213,212", "Désimperméabilisation de la cour de l'école élémentaire {p}||212",
        "Cour végétalisée - école maternelle {p}||211", "Îlot de fraîcheur dans la cour du GS {p}||213",
        "Débitumage et plantations - cour de l'école {p}", "Cour de récréation {p} - désimperméabilisation",
        "École maternelle {p} - cour oasis||211", "Végétalisation de la cour de l'école primaire {p}||212",
        "Cour oasis de l'école élémentaire {p} - ombrage et pleine terre||212"],
        OASIS, ["211", "212", "213"], ["2128", "2312", "21312", "2313"], "edu bat ev", op=0.3, tail=TR)],
    "solar, geothermal heat pump or solar hot water on a school under 212": [C([
        "Groupe scolaire {p} - panneaux photovoltaïques en toiture", "École élémentaire {p} - pompe à chaleur géothermique",
        "École {p} - chauffe-eau solaire", "Géothermie sur sondes - GS {p}",
        "École élémentaire {p} - centrale photovoltaïque en autoconsommation", "École primaire {p} - eau chaude solaire"],
        SCH_PV, ["212"], ["2313", "21312", "2135"], "bat energie edu", op=0.3)],
    "solar, geothermal heat pump or solar hot water on a gym under 321": [C([
        "Gymnase {sp} - panneaux photovoltaïques", "Gymnase {sp} - eau chaude solaire des vestiaires",
        "Salle de sport {lieu} - pompe à chaleur géothermique", "Gymnase {sp} - centrale solaire en autoconsommation",
        "Halle des sports - chauffe-eau solaires des douches"],
        SPORT_PV, ["321"], ["2313", "21314", "2135"], "bat energie sport", op=0.3)],
    "accessibility of the town hall (020), a museum (314), a church (312)": [
        C(["Hôtel de ville - ascenseur PMR", "Ad'AP - mise en accessibilité de la mairie", "Mairie annexe {q} - rampe d'accès PMR",
           "Hôtel de ville - sanitaires accessibles PMR", "Mairie - banque d'accueil accessible PMR"],
          PMR, ["020"], ["2135", "21311", "2313"], "bat adm handi", op=0.25),
        C(["Musée {mus} - ascenseur PMR", "Musée {mus} - mise en accessibilité Ad'AP", "Musée {mus} - rampe d'accès PMR"],
          PMR, ["314"], ["2135", "2313"], "bat cult mus handi"),
        C(["Église {saint} - rampe d'accès PMR", "Église {saint} - accessibilité du portail sud"],
          PMR, ["312"], ["2135", "2313"], "bat cult")],
    "food aid under 424/42, or 6574 with fonction 4": [
        C(["Épicerie sociale - denrées alimentaires|60623", "Colis alimentaires d'urgence|60623",
           "Épicerie sociale {q} - réfrigérateurs|2188", "Distribution alimentaire - loyer du local|6132",
           "Aide alimentaire - bons d'achat de denrées|611"], FOODAID, ["424", "42"], [], "social food", p_nat=0.6),
        C(["Subvention à la banque alimentaire|6574", "Restos du cœur - subvention|6574", "SUBV. ASSOC. épicerie solidaire {asso}|6574"],
          FOODAID, ["4", "424"], [], "social food fin", p_nat=0.9)],
    "staff gender equality under 020/021": [C([
        "Plan égalité professionnelle femmes-hommes des agents|617", "Formation des agents à l'égalité femmes-hommes|6184",
        "Cellule d'écoute - violences sexistes et sexuelles au travail|611",
        "Formation des encadrants - prévention du harcèlement sexiste|6184", "Index égalité professionnelle - audit|617",
        "Sensibilisation des agents au sexisme ordinaire|611", "Référents égalité - formation|6184"],
        GENDER_HR, ["020", "021"], [], "rh adm egal", p_nat=0.55)],
    "sorting bins, composting, reuse in parks under 511": [C([
        "Parc {pk} - corbeilles de tri sélectif", "Composteur collectif - jardin {pk}", "Square {pk} - bornes de tri",
        "Aire de compostage des déchets verts - parc {pk}", "Broyat de taille réemployé en paillage - parcs",
        "Parc {pk} - poubelles bi-flux", "Jardin {pk} - mobilier de réemploi"],
        PARKWASTE, ["511"], ["2188", "60632", "611"], "ev dech")],
    "cool islands, misting, shade in parks and squares under 511/845": [C([
        "Îlot de fraîcheur - square {pk}", "Brumisateurs - {place}", "Ombrières - parc {pk}", "Voiles d'ombrage - {place}",
        "Jeux d'eau rafraîchissants - parc {pk}", "Brumisation de l'aire de jeux - parc {pk}", "Pergola ombragée - square {pk}",
        "Rideau d'eau rafraîchissant - {place}"],
        COOL_EQ, ["511", "845"], ["2188", "2128", "2152"], "ev climat voirie")],
    "street CCTV under 845/84": [C([
        "Vidéoprotection - caméras {rue}", "Caméras de vidéoprotection - quartier {q}", "Extension de la vidéoprotection - {place}",
        "Vidéoprotection - carrefour {rue}", "Caméras de vidéoprotection - entrées de ville"],
        ADM, ["845", "84"], ["2188", "2152", "21538"], "police voirie", op=0.25)],
    "flood-prevention works under 845/84": [C([
        "Bassin de rétention {lieu} - lutte contre les inondations", "Noue de rétention contre les débordements - {rue}",
        "Digue de protection {riv} - confortement", "Bassin d'orage - quartier {q}", "Mur anti-crue - quai {riv}",
        "Batardeaux amovibles contre les crues - quai {riv}"],
        FLOOD, ["845", "84"], ["2315", "2151", "2313"], "voirie", tail=TR, op=0.3)],
    "thermal renovation of the town's social housing under 555/552": [C([
        "Logements communaux {rue} - isolation thermique", "Logements sociaux de la ville - rénovation énergétique - résidence {lieu}",
        "Logements communaux {rue} - remplacement des menuiseries", "Résidence {lieu} (logements sociaux communaux) - pompe à chaleur",
        "Logements conventionnés de la commune - isolation par l'extérieur"],
        BLD_NRJ, ["555", "552"], ["2132", "2138", "2313"], "logt bat", op=0.3)],
    "health centre building under 020/510": [C([
        "Centre municipal de santé - extension", "Maison de santé pluriprofessionnelle {q} - construction",
        "Centre de santé {q} - réaménagement des cabinets", "Maison de santé - aménagement des locaux",
        "Centre de santé - création d'un cabinet dentaire", "Maison médicale {q} - réhabilitation"],
        HEALTH_BLD, ["020", "510"], ["2313", "21318", "2135"], "bat sante", op=0.3)],
    "youth centre building under 020/51": [C([
        "Maison des jeunes {q} - réhabilitation", "Espace jeunes {q} - réfection de la toiture", "Maison des jeunes - extension",
        "Espace jeunes - réaménagement des locaux", "Maison des jeunes {q} - construction", "Espace jeunes {q} - mise aux normes"],
        YOUTH_BLD, ["020", "51"], ["2313", "2135", "21318"], "bat jeun", op=0.3)],
    "pupils' digital equipment on IT accounts (2183/2051) under 212/213": [C([
        "Tablettes numériques - écoles élémentaires|2183|212", "ENI - classes du GS {p}|2183|213,212", "Vidéoprojecteurs interactifs - écoles|2183",
        "Classe mobile - école élémentaire {p}|2183|212", "Logiciels pédagogiques des écoles|2051", "Écrans numériques interactifs - classes de CM|2183"],
        EDU, ["212", "213"], [], "edu si", p_nat=1.0)],
}
CONFLICT_WANT = {
    "conservatoire, music or dance school under 311/31 - building": 5,
    "conservatoire, music or dance school under 311/31 - instruments and equipment": 4,
    "conservatoire, music or dance school under 311/31 - teaching staff and running": 5,
    "cour oasis, school-yard de-sealing under 211/212/213": 8,
    "solar, geothermal heat pump or solar hot water on a school under 212": 5,
    "solar, geothermal heat pump or solar hot water on a gym under 321": 5,
    "accessibility of the town hall (020), a museum (314), a church (312)": 9,
    "food aid under 424/42, or 6574 with fonction 4": 8,
    "staff gender equality under 020/021": 7,
    "sorting bins, composting, reuse in parks under 511": 7,
    "cool islands, misting, shade in parks and squares under 511/845": 7,
    "street CCTV under 845/84": 7,
    "flood-prevention works under 845/84": 7,
    "thermal renovation of the town's social housing under 555/552": 7,
    "health centre building under 020/510": 7,
    "youth centre building under 020/51": 7,
    "pupils' digital equipment on IT accounts (2183/2051) under 212/213": 6,
}


# --------------------------------------------------------------------------------------------
# 21. contrasts: the same kinds of lines where the codes agree
# --------------------------------------------------------------------------------------------

def contrast_row():
    if chance(0.62):  # IT for the services: fonction 020 and an IT account
        lab = ADM_IT
        core = pick(["Postes de travail des agents - renouvellement|2183", "Logiciel de gestion financière - migration|2051",
                     "Téléphonie - autocommutateur de l'hôtel de ville|2183", "Dématérialisation des actes - logiciel|2051",
                     "Serveurs et baies de stockage|2183", "Ordinateurs portables des élus|2183",
                     "Logiciel de gestion du courrier|2051", "Portail citoyen - démarches en ligne|2051",
                     "Licences de logiciels métiers|2051", "Pare-feu et sécurité informatique|2183",
                     "Logiciel de gestion des ressources humaines|2051", "Copieurs multifonctions en réseau|2183"])
        fields, fcts = ["si"], ["020"]
    else:  # pupils' digital equipment under the school fonction, on an ordinary account
        lab = EDU
        core = pick(["Tablettes pour les élèves de CM1-CM2|2188", "Vidéoprojecteurs dans les classes - GS {p}|2188",
                     "ENI - école élémentaire {p}|2188", "Visualiseurs numériques des classes|2188",
                     "Classes numériques - école primaire {p}|2188", "Tableaux numériques interactifs - EE {p}|2188"])
        fields, fcts = ["edu", "si"], ["212", "213"]
    auth = pick_auth(fields, TOWNS)
    raw, _f, nats = split_spec(core, [], [])
    tail = fill(pick(YEARS)) if chance(0.3) else ""
    lib = render(auth, segments(raw), tail, chance(0.15))
    svc = ""
    if chance(0.85):
        s, _f = pick_svc(auth, fields)
        svc = service_cell(s)
    fct = pick(fcts)
    nat = pick(nats) if chance(0.8) else ""
    chap = chapter_of_nature(nat) if nat and chance(0.7) else ""
    assert codes_agree(lab, chap, nat, fct), (lib, lab, chap, nat, fct)
    chap, nat, fct = dress(chap, nat, fct)
    return lib, chap, nat, fct, svc, lab


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------

TEMPLATE_GROUPS = {"EDU_T": EDU_T, "SOC_T": SOC_T, "FOOD_T": FOOD_T, "HEALTH_T": HEALTH_T, "SPORT_T": SPORT_T,
                   "GENDER_T": GENDER_T, "WATER_T": WATER_T, "ENERGY_T": ENERGY_T, "ECO_T": ECO_T, "DIGITAL_T": DIGITAL_T,
                   "TEN_T": TEN_T, "URBAN_T": URBAN_T, "WASTE_T": WASTE_T, "CLIMATE_T": CLIMATE_T, "SEA_T": SEA_T,
                   "PARK_T": PARK_T, "ADM_T": ADM_T, "FIN_T": FIN_T}


def check_templates() -> None:
    """Every code a template, facility or generic field may write agrees with its label (outside
    the conflicts); every conflict case's fonctions really conflict; every placeholder is known;
    every field is held by a service of an authority the template may use."""
    errors = template_errors(TEMPLATE_GROUPS, TEMPLATES, AUTHS)
    for key, fac in FACS.items():
        for kind, lab in fac.labs.items():
            for _h, _a, _n, fcts, _e in fac.subtypes:
                for f in fcts:
                    if not codes_agree(lab, "", "", f):
                        errors.append(("facility fonction", key, kind, f, lab))
            for n in (fac.nat_eq if kind == "equip" else fac.nat_bld if kind != "op" else []):
                if not codes_agree(lab, "", n, ""):
                    errors.append(("facility nature", key, kind, n, lab))
    errors += generic_errors(GENERIC)
    for name, cases in CONFLICTS.items():
        for c in cases:
            for f in c.f:
                if f not in FCT:
                    errors.append(("conflict fonction unknown", name, f))
            if not all(not codes_agree(c.lab, "", "", f) for f in c.f):
                # the case conflicts through its nature (pupils' IT accounts): every core must name one that does
                for raw in c.cores:
                    _core, _f, nats = split_spec(raw, c.f, c.n)
                    if not nats or c.p_nat < 1 or any(codes_agree(c.lab, "", n, "") for n in nats):
                        errors.append(("conflict without a conflicting code", name, raw))
    for gname, group in list(TEMPLATE_GROUPS.items()) + [(n, cs) for n, cs in CONFLICTS.items()]:
        for t in group:
            for a in AUTHS:
                if (not t.only or a.key in t.only) and any(f in a.by_field for f in t.fields) and not for_auth(t.cores, a):
                    errors.append(("no core for an authority", gname, a.key, t.cores[0]))
    assert_no_errors(errors)


# --------------------------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------------------------

ORIGIN: dict[tuple[str, str, str, str, str], set[str]] = {}


def tracked(name: str, gen):
    """Remember which section drew each row (for the checks after writing)."""
    def g():
        got = gen()
        if got is None:
            return None
        _t, row = got
        lib = re.sub(r"\s+", " ", row[0]).strip()
        ORIGIN.setdefault((lib, row[1], row[2], row[3], row[4]), set()).add(name)
        return got
    return g


CONFLICT_PREFIX = "20 conflict - "
SECTIONS = [  # (section, generator, rows to keep)
    ("01 goal 4: schools, crèches, conservatoires, libraries - works and running", fac_gen(EDU_FAC), 44),
    ("01 goal 4: schools, crèches, conservatoires, libraries, catering - other", tpl_gen(EDU_T), 40),
    ("02 goal 1: shelters - buildings", fac_gen(SOC_FAC), 9),
    ("02 goal 1: social action, CCAS, shelters", tpl_gen(SOC_T), 31),
    ("03 goal 2: food aid, urban agriculture, organic food", tpl_gen(FOOD_T), 34),
    ("04 goal 3: health centres, EHPAD - works and running", fac_gen(HEALTH_FAC), 14),
    ("04 goal 3: health, prevention, seniors", tpl_gen(HEALTH_T), 18),
    ("05 goal 3: sports facilities - works and running", fac_gen(SPORT_FAC), 24),
    ("05 goal 3: sport clubs, pools, outdoor sport", tpl_gen(SPORT_T), 20),
    ("06 goal 5: gender equality, violence against women", tpl_gen(GENDER_T), 32),
    ("07 goal 6: water, sanitation, stormwater (agglomerations)", tpl_gen(WATER_T), 38),
    ("08 goal 7: energy, renewables, LED lighting", tpl_gen(ENERGY_T), 28),
    ("09 goal 8: market halls - works", fac_gen(ECO_FAC), 6),
    ("09 goal 8: economy, commerce, tourism, insertion", tpl_gen(ECO_T), 35),
    ("10 goal 9: digital infrastructure, innovation, research, higher education", tpl_gen(DIGITAL_T), 38),
    ("11 goal 10: youth centres - works and running", fac_gen(TEN_FAC), 10),
    ("11 goal 10: accessibility, youth, priority neighbourhoods", tpl_gen(TEN_T), 28),
    ("12 goal 11: museums, theatres, halls, heritage - works and running", fac_gen(CULT_FAC), 22),
    ("12 goal 11: roads, transport, cycling, planning, housing, culture, festivities, cemeteries", tpl_gen(URBAN_T), 76),
    ("13 goal 12: waste, circular economy, sustainable procurement", tpl_gen(WASTE_T), 30),
    ("14 goal 13: climate plan, flood prevention, heat islands", tpl_gen(CLIMATE_T), 26),
    ("15 goal 14: sea, coast, beaches", tpl_gen(SEA_T), 40),
    ("16 goal 15: parks, trees, greening, biodiversity", tpl_gen(PARK_T), 40),
    ("17 goal 16: town hall, police - works and running", fac_gen(ADM_FAC), 14),
    ("17 goal 16: administration, police, civil status, participation", tpl_gen(ADM_T), 32),
    ("18 goal 17: debt, contributions, international co-operation", tpl_gen(FIN_T), 40),
    ("19 generic fragments under a service or fonction", fn_gen(generic_row), 70),
]
SECTIONS += [(CONFLICT_PREFIX + name, conflict_gen(cases), CONFLICT_WANT[name]) for name, cases in CONFLICTS.items()]
SECTIONS += [("21 contrast: IT for services under 020, pupils' digital under 212/213 (codes agree)", fn_gen(contrast_row), 16)]
PLAN = [(name, tracked(name, gen), want) for name, gen, want in SECTIONS]
GENERIC_OK = {"19 generic fragments under a service or fonction"}


def verify() -> None:
    """Read the written part back: label format, agreement outside the conflicts, conflict inside,
    shares the brief asks for."""
    rows = read_part(OUT)
    n = len(rows)
    assert 900 <= n <= 1000, n
    per_case: Counter[str] = Counter()
    coded = conflicts = 0
    libs = Counter(fold(r["libelle"]) for r in rows)
    for r in rows:
        lab, chap, nat, fct = r["labels"], r["chapitre"], r["nature"], r["fonction"]
        items = [(int(g), int(p)) for g, p in (x.split(":") for x in lab.split(";"))]
        assert L(*[v for gp in items for v in gp]) == lab, lab
        names = ORIGIN[(r["libelle"], chap, nat, fct, r["service"])]
        assert len(names) == 1, (r, names)
        name = next(iter(names))
        if chap or nat or fct:
            coded += 1
        if name.startswith(CONFLICT_PREFIX):
            assert disagrees(lab, chap, nat, fct), r
            conflicts += 1
            per_case[name[len(CONFLICT_PREFIX):]] += 1
        else:
            assert codes_agree_or_displaced(r["libelle"], lab, chap, nat, fct), r
        if libs[fold(r["libelle"])] > 1:
            assert name in GENERIC_OK and (fct or r["service"]), r
    print(f"rows with M57 codes: {coded} ({coded / n:.1%}); conflict rows: {conflicts} ({conflicts / coded:.1%} of the coded rows)")
    for name in CONFLICTS:
        print(f"  conflict case {per_case[name]:3d}  {name}")
    print(cut_and_service_shares(rows, RENDER.cut_labels))
    mains = Counter(main_goal(r["labels"]) for r in rows)
    low = [g for g in range(1, 18) if mains[g] < 35]
    assert not low, low


def main() -> None:
    check_templates()
    write_part(PLAN, OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES, GENERIC_OK)
    verify()


if __name__ == "__main__":
    main()
