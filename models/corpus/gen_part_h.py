#!/usr/bin/env python3
"""Write part H of Verdir's labelled training corpus: the budgets of large cities and metropolises
other than the capital, and every row of the codebook's activity table.

Parts A to G cover communes, intercommunalités, départements, régions and a capital-city style;
this slice covers cities and metropolises of 150,000 to 900,000 inhabitants, each with its own
administration, in the forms their budget exports take.

Seven invented authorities, each with its own directions (codes of 3 to 5 capitals, never the
codes parts D to G use):
  SO      a metropolis in the south-west (~790,000 inh.): DEPE, DCLP, DSVA, DCSS, DNPB, DIEP,
          DMOBI, DCEA, DTEC, DPRD, DAEE, DSITN, DUHR, DQCJ, DPTP, DAGP, DFCP, DRIE, DPIM;
          programme codes "AP 2021-045";
  EST     a city in the east (~285,000): DEN (enfance), DACT, DPAT (patrimoine culturel), DSL,
          DSCS, DSPH, DCV (cadre de vie), DVR, DEPU, DDET, DINUM, DAUH, DSPQ, DPC, DRMG, DFB;
          "PPI 24-112";
  MED     a Mediterranean metropolis (~860,000, coastal): DEFJ, DCPM, DSPN, DMLP, DASS, DPJV,
          DEPV, DTMD, DEAR, DTRE, DGDP, DEIT, DSIM, DAUR, DPMS, DCEC, DAFI, DLPI; "OPE 2019I17";
  OUEST   an Atlantic city in the west (~195,000, coastal): DEVS, DPEF, DEN (environnement et
          nature), DLM, DCL, DSPO, DSSA, DEPM, DCYE, DPBE, DDEC, DECA, DNUMI, DUAF, DQJ, DSTP,
          DAGC, DFIC; "AE2025-08";
  NORD    a metropolis in the north (~620,000): DESC, DCRP, DSEV, DSE (solidarités et emploi),
          DSPS, DNAT, DVEP, DMTR, DEAM, DCTE, DGDM, DDEI, DURI, DSIA, DPVJ, DCV (citoyenneté et
          vie associative), DPSP, DRMF; "OP23.114";
  ALPES   an Alpine city in the south-east (~170,000): DSE (sports et éducation), DPEJ, DCAP,
          DASA, DENR, DTVR, DDM, DENC, DPVD, DETE, DISN, DUPH, DSPC, DPCA, DFRI, DPBA; "AP22-017";
  CENTRE  a city in the centre (~158,000): DELE, DACP, DSVS, DCSA, DSHP, DPAT (patrimoine bâti),
          DEPR, DNPE, DTED, DAET, DSNU, DURH, DTPS, DCAD, DBF; "PROG 2022.07".
A code keeps its meaning within one authority; DEN, DPAT, DSE and DCV mean different things in
two authorities (a realistic ambiguity: the label must then carry the meaning).

Styles this slice covers:
  1. the service column as these exports fill it: the direction code alone (the label then says
     what the line is), "CODE - SHORT NAME", the full name, the full name or "CODE - NAME" cut at
     20 or 25 characters mid-word ("DEPE - EDUCATION PETITE"), "CODE / sub-service"
     ("DIEP / ECLAIRAGE PUB"); a few lines have no service;
  2. labels in upper case with abbreviations (TVX, TRX, REHAB, RENOV, AMGT, EQPT, ACQ, MAINT,
     REFECT, CONSTR, GS, EE, EM, EHPAD, PMR, SSI, CTA, VRD, ZAC, NPNRU, QPV, EP, RCU, MDJ, MQ,
     CMS...), mixed case with accents, lower case mostly without accents; the authority's
     programme code in front or behind; invented streets, districts, schools, parks, beaches and
     facilities; about 15 % of the labels cut at 30, 40 or 50 characters mid-word, always after
     the words that carry the meaning ("RENOV ENERGETIQUE DU GS JEAN JAU");
  3. about 35 % of the lines with M57 codes (fonction and/or nature and/or chapitre), alone or
     with their label as generator_tools.Draws.code_cell writes them;
  4. a section per row of the codebook's table "Which goal for which municipal activity", each
     with at least 35 lines whose main goal is that row's goal;
  5. generic fragments ("TRAVAUX DIVERS", "GROS ENTRETIEN", "MOE", "AMO", "ETUDES PREALABLES",
     "PROVISION POUR REVISION DE PRIX", "MOBILIER", "VEHICULES", "ACQUISITIONS DIVERSES"...,
     with a year, programme, tranche or envelope; about 12 % of the lines) under a direction
     whose name or sub-service says its field, or with a fonction: they take that field's
     usual split for a building line (school 4:85;11:15, sport 3:85;11:15, roads 11:80;9:20,
     parks 15:70;11:30, water 6:85;11:15, city hall 16:85;11:15...) or for an equipment line
     (4:100, 3:100, 11:100, 15:100, IT 16:70;9:30...); a direction that holds fields with other
     splits is then written "CODE / sub-service", never by its name alone; a generic label is
     never written with the direction code alone; with neither service nor fonction it is 16:100;
  6. "libellé first" lines (about 8 %): the label's own words give a purpose other than the
     holding direction's (curb ramps and tactile strips under the roads direction 10:70;11:30,
     solar panels or heat recovery under the sports direction 7:60;3:40, health-centre and
     school works under the buildings direction 3:85;11:15 and 4:85;11:15, street trees under
     the roads direction 15:80;11:20, a cour oasis under the education direction
     13:50;4:30;15:20, organic canteen food under the education direction 2:60;4:40, a library
     or conservatoire under a culture direction 4, the CCAS grant or the food bank under the
     finance direction 1:100 / 2:70;1:30, a handiplage under the sea direction 10:70;14:30).

Labels follow shared/data/odd_codebook.md and the conventions of parts A to G. Works on a
facility: school or crèche building 4:85;11:15, insulation 4:50;7:50, boiler, heating network,
ventilation or LED 4:60;7:40, accessibility 4:50;10:50, solar panels 7:60;4:40, cour oasis and
school-yard de-sealing 13:50;4:30;15:20, equipment 4:100; conservatoire building 4:85;11:15 and
instruments 4:100; library 4:60;11:40; sports building 3:85;11:15 (insulation 3:50;7:50, boiler
or LED 3:60;7:40, accessibility 3:50;10:50, solar 7:60;3:40, equipment 3:100; terrains,
city-stades, skateparks 3:80;11:20); health centre and EHPAD building 3:85;11:15 (insulation
3:50;7:50); shelters 1:80;11:20 (insulation 1:60;7:40); youth centres 10:85;11:15 (heating
10:60;7:40); museums, theatres, heritage 11:100 (insulation or LED 11:60;7:40); city hall and
police 16:85;11:15 (energy 16:60;7:40, solar 7:60;16:40); markets 8:85;11:15 (energy 8:60;7:40);
accessibility of any other public building 10:70;11:30. Other lines: canteen 4:70;2:30, organic
and local food in canteens 2:60;4:40, anti-waste in canteens 12:70;4:30, school supplies,
crèche running costs, conservatoire teaching 4:100, libraries 4:60;11:40, EHPAD services
3:70;10:30, harm reduction 3:80;10:20, health centres and prevention 3:100, hygiene service
3:80;11:20, shelters and emergency accommodation 1:80;10:20, CCAS grant and social aid 1:100,
food aid 2:70;1:30 (cheques, breakfasts 2:60;1:40), urban agriculture 2:70;11:30, shared gardens
2:60;11:40, food policy 2:80;12:20, sport clubs 3:100, sport events 3:80;11:20, gender equality
5:100, gender-based violence 5:70;16:30 (shelter 5:60;1:40), water networks 6:85;11:15, water
and sanitation plants 6:100, stormwater 6:70;13:30, drinking fountains 6:70;11:30, LED street
lighting 7:70;11:30, heating networks and renewables 7:80;13:20, thermal renovation of public
buildings 7:60;11:40, energy management 7:100, charging points 7:60;11:40, economy 8:100,
commerce 8:70;11:30, tourism 8:80;11:20, insertion 8:70;10:30, mission locale 8:60;4:40, fibre and
networks 9:100, data centre 9:70;16:30, open data and sensors 9:80;11:20, innovation 9:70;8:30,
research 9:70;4:30, higher education 9:60;4:40, accessibility 10:70;11:30, youth and
anti-discrimination 10:100, priority neighbourhoods 10:60;11:40, roads 11:80;9:20, bridges
11:60;9:40, cycling 11:70;13:30, public transport 11:80;13:20, planning, ZAC, parking 11:100,
urban renewal 11:80;10:20, social housing 11:70;1:30, museums, heritage, festivals, cemeteries
11:100, municipal festivities 11:80;16:20, archives 11:70;16:30, waste 12:100 (facilities
12:80;11:20), sustainable procurement 12:80;16:20, climate plan 13:100, cool islands
13:60;11:20;15:20, misting and shade 13:70;11:30, flood and natural risks 13:80;11:20, civil
protection 13:70;16:30, beaches 14:80;11:20, lifeguards 14:70;16:30, beach cleaning 14:70;12:30,
dunes 14:60;15:40, coastline 14:60;13:40, marine protection 14:100, parks 15:70;11:30,
playgrounds 15:60;11:40, street trees 15:80;11:20, greening a street 15:60;11:20;13:20,
biodiversity and animal care 15:100, urban forests 15:70;13:30, zoos 15:80;11:20,
administration, police, civil status, elections, citizen participation and the participatory
budget's organisation 16:100, IT for the services 16:70;9:30, debt, contributions to other public
bodies and international co-operation 17:100 (co-operation with a purpose 17:60 and that goal 40).
When a fonction, nature or chapitre is written, the label's main goal is the main goal of the
code's M57 prior (verdir/data/m57_*.csv, longest known prefix, codes_agree); a code that would not
agree is not written (conservatoires are never given fonction 311, food aid never 424, LED street
lighting never 512, a cour oasis never the school's fonction).

All names of places, facilities, associations, partner cities and authorities are invented by
combination. Libellés already present in parts A to G or quoted in the brief and the codebook
(compared without case, accents or punctuation) are skipped; a libellé appears once in this part,
except the generic fragments, which may come back under another direction or fonction.

The machinery (label renderer, templates, facility labels, generic fragments, checks) is shared
with part I in city_generator.py; this file holds part H's data and the parameters it passes.

Deterministic, stdlib only, no network:  python3 gen_part_h.py  ->  part_h.csv (same folder).
"""

from __future__ import annotations

import re

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
    template_errors,
)
from generator_tools import (
    L,
    Placeholders,
    chapter_of_nature,
    codes_agree,
    fn_gen,
    main_goal,
    other_rows,
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
    FIN,
    FLOOD,
    FOODAID,
    FOODAID_CHQ,
    GARDENS,
    GENDER,
    GREENSTREET,
    HARM,
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

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 808)
# The example lines quoted in the brief of this slice and in the codebook: the slice writes its own, never these.
BRIEF_EXAMPLES = ["DEJ - EDUCATION JEUNESSE", "DEEJ - EDUCATION ENFA", "DMOB / ECLAIRAGE PUB",
                  "RENOVATION ENERGETIQUE DU GROUPE SCOLAIRE JE", "ETUDES", "AMO", "MAITRISE D'OEUVRE", "TRAVAUX DIVERS",
                  "GROS ENTRETIEN", "MOBILIER", "VEHICULES", "ACQUISITIONS DIVERSES", "PROVISION POUR REVISION DE PRIX",
                  "Rénovation de l'école primaire", "ISOL THERM GS PASTEUR", "Subvention CCAS", "Aménagement piste cyclable",
                  "Acquisition véhicules police municipale", "VEGETALISATION DE LA VILLE", "Remboursement capital de la dette"]

pick, wpick, chance = draw.pick, draw.wpick, draw.chance


# --------------------------------------------------------------------------------------------
# labels used often
# --------------------------------------------------------------------------------------------

SOC = L(1, 100)
NRJ = L(7, 100)
DATACENTER = L(9, 70, 16, 30)
PARK = L(15, 70, 11, 30)


# --------------------------------------------------------------------------------------------
# invented names (placeholders of the label templates; they never carry the line's meaning)
# --------------------------------------------------------------------------------------------

PERSONS = ["Jean Jaurès", "Jules Ferry", "Marie Curie", "Victor Hugo", "Louise Michel", "Jacques Prévert", "Paul Bert",
           "Simone Veil", "Lucie Aubrac", "Aimé Césaire", "Condorcet", "George Sand", "Albert Camus", "Jean Zay",
           "Gisèle Halimi", "Olympe de Gouges", "Germaine Tillion", "Joséphine Baker", "Rosa Parks", "Nelson Mandela",
           "Léon Blum", "Jean Moulin", "Marcel Pagnol", "Colette", "Jules Verne", "Louis Pasteur", "Camille Claudel",
           "Anne Frank", "Henri Wallon", "Françoise Dolto", "Maurice Genevoix", "Paul Langevin", "Hélène Boucher",
           "Émile Zola", "Romain Rolland", "Robert Desnos", "Ambroise Croizat", "Simone de Beauvoir", "Marguerite Duras",
           "Jean Macé", "Ferdinand Buisson", "Danielle Casanova", "Missak Manouchian", "Louis Aragon", "Pierre Perret",
           "Frédéric Joliot", "Irène Joliot-Curie", "Sophie Germain", "Jean Rostand", "Paul Éluard"]
SPORTS_NAMES = ["Alain Mimoun", "Marcel Cerdan", "Suzanne Lenglen", "Jean Bouin", "Pierre de Coubertin", "Micheline Ostermeyer",
                "Colette Besson", "Marie-José Pérec", "Jesse Owens", "Alfred Nakache", "Léo Lagrange", "Roger Couderc",
                "Raymond Kopa", "Jacques Anquetil", "Émile Allais", "Christine Caron", "Guy Drut", "Jean Borotra"]
COMPOSERS = ["Maurice Ravel", "Hector Berlioz", "Darius Milhaud", "Lili Boulanger", "Claude Debussy", "Francis Poulenc",
             "Érik Satie", "Gabriel Fauré", "Olivier Messiaen", "Germaine Tailleferre", "Camille Saint-Saëns"]
LIEUX = ["des Tilleuls", "du Moulin-Vert", "des Capucins", "de la Brunerie", "des Tisserands", "du Bois-Joli", "des Acacias",
         "de la Verrerie", "du Pré-Gaudin", "des Amandiers", "de la Roseraie", "des Mûriers", "du Clos-Fleuri", "des Sablons",
         "de la Croix-Verte", "des Hirondelles", "du Val-Saint-Roch", "des Quatre-Vents", "de Bellerive", "du Mail",
         "des Chartreux", "de la Fonderie", "des Lavandières", "du Grand-Pré"]
DISTRICTS = ["Bellerive", "Les Tisserands", "Pont-Rouge", "Montvert", "La Brunerie", "Saint-Lazare", "Les Capucins",
             "Haut-Vernay", "Borde-Haute", "Clos-Fleuri", "Les Amandiers", "La Sauvegarde", "Val-Saint-Roch",
             "Les Quatre-Vents", "Sainte-Barbe", "Les Tanneurs", "Grand-Pré", "La Verrerie", "Champ-Rolland", "Les Mûriers",
             "Port-Neuf", "La Chartreuse", "Gare-Sud", "Les Fonderies"]
QPVS = ["Les Amandiers", "Borde-Haute", "La Sauvegarde", "Champ-Rolland", "Les Quatre-Vents", "Haut-Vernay", "Les Mûriers",
        "Val-Saint-Roch", "Les Fonderies", "Gare-Sud"]
STREETS = ["rue Paul-Bert", "boulevard des Tanneurs", "avenue de la Libération", "cours Gambetta", "quai des Chartreux",
           "rue de la Verrerie", "allées des Platanes", "rue du Faubourg-Saint-Roch", "avenue Jean-Jaurès", "rue des Capucins",
           "boulevard de la Sauvegarde", "rue Ambroise-Croizat", "avenue du Maréchal-Foch", "rue des Trois-Cailloux",
           "rue de la Fonderie", "chemin des Mûriers", "boulevard Camille-Claudel", "rue Saint-Lazare",
           "avenue des Quatre-Vents", "rue de Bellerive", "quai de la Douane", "rue du Pont-Rouge", "avenue Simone-Veil",
           "rue des Tisserands", "cours de la République", "rue Émile-Zola", "boulevard Pasteur", "rue des Lavandières",
           "avenue de la Brunerie", "rue du Grand-Pré"]
SQUARES = ["place du Marché-Neuf", "place de la République", "place des Capucins", "parvis de l'hôtel de ville",
           "place Saint-Lazare", "place de la Fonderie", "esplanade des Tanneurs", "place du Pont-Rouge", "parvis de la gare",
           "place des Tisserands", "place Jean-Jaurès", "esplanade de Bellerive"]
PARKS = ["de la Brunerie", "des Berges", "Montvert", "de la Roseraie", "Borde-Rouge", "des Capucins", "du Val-Saint-Roch",
         "de la Sauvegarde", "Saint-Lazare", "des Quatre-Vents", "de l'Observatoire", "du Grand-Pré", "des Tanneurs",
         "de la Chartreuse", "des Lavandières"]
BEACHES = ["des Sablettes-Est", "du Grand-Rocher", "de la Lèque", "des Mouettes", "du Fort-Neuf", "de l'Anse-Bleue",
           "des Pins-Penchés", "de la Pointe-aux-Oies", "du Prieuré", "des Roches-Noires", "de la Conche-Verte", "des Corsaires"]
RIVERS = ["de l'Aubrette", "du Merdaric", "de la Vézère-Basse", "du ruisseau des Moines", "de l'Orvanne", "de la Morte-Eau",
          "du Rioulet", "de la Sauldrette"]
TORRENTS = ["du Merdaret", "de la Combe-Noire", "du Riondel", "des Arves-Basses", "du Saint-Bruno"]
EHPADS = ["Les Glycines", "Le Clos des Tilleuls", "La Roseraie", "Les Jardins de Bellerive", "Saint-Lazare", "Les Mimosas",
          "Le Val Fleuri", "Les Hortensias", "Les Magnolias", "La Chartreuse"]
CRECHES = ["Les Petits Loups", "La Ribambelle", "Les Lucioles", "Pomme d'Api", "Les Frimousses", "Les Petits Mousses",
           "Les Coccinelles", "Capucine", "Les Mille-Pattes", "Les Bout'chous", "Les Moussaillons", "L'Arche de Noé"]
ASSOS = ["La Passerelle", "Trait d'Union", "Horizons", "Le Relais", "L'Escale", "Solidarités Nouvelles", "Accueil et Partage",
         "Le Fil d'Ariane", "Regain", "Cap Avenir", "Les Ateliers du Soleil", "La Clé", "Entraide Bellerive", "Le Phare"]
FESTIVALS = ["Arts de la rue", "Jazz en Berges", "du film court", "Nuits des Tanneurs", "Lumières d'hiver",
             "des cultures urbaines", "de la bande dessinée", "des musiques du monde", "Théâtre en Capucins", "du livre jeunesse"]
SAINTS = ["Saint-Jacques", "Saint-Lazare", "Sainte-Barbe", "Saint-Roch", "Notre-Dame-des-Anges", "Saint-Sernin-le-Vieux",
          "Saint-Martin", "Sainte-Madeleine", "Saint-Pierre-aux-Liens"]
CEMETERIES = ["de l'Est", "Saint-Lazare", "des Capucins", "du Grand-Pré", "de Bellerive", "Nord", "de la Chartreuse",
              "paysager de Montvert"]
PARTNERS_SOUTH = ["Diakhaté (Sénégal)", "Koubri-Nord (Burkina Faso)", "Tafraout-El-Jedid (Maroc)", "Ambohidratra (Madagascar)",
                  "Ngaoundal-Sud (Cameroun)", "Sidi Hamou (Tunisie)", "Kédia-Ouest (Mauritanie)", "Bassila-Nord (Bénin)"]
PARTNERS_EU = ["Valtrenza (Italie)", "Oberwiesbach (Allemagne)", "Castelmar (Espagne)", "Porto Serrano (Portugal)",
               "Lwówek Nowy (Pologne)", "Kilmarden (Irlande)"]
ZONES = ["des Rochettes", "du Pré-Salé", "de la Croix-Blanche", "Actipôle Sud", "des Tuileries", "du Haut-Mesnil",
         "de la Gare-aux-Bois", "Technopôle Montvert"]
ZACS = ["des Tanneurs", "Gare-Sud", "de la Brunerie", "Rive Gauche-Est", "des Fonderies", "du Grand-Pré", "Montvert-Nord",
        "des Chartreux"]
EVENTS = ["marathon de la ville", "semi-marathon des Quais", "tournoi international de handball", "grand prix cycliste",
          "meeting d'athlétisme", "10 km des Berges", "open de tennis", "triathlon urbain", "championnats de France d'escrime",
          "trail des collines"]
SPORTS = ["handball", "football", "rugby", "basket-ball", "athlétisme", "judo", "natation", "escrime", "tennis de table",
          "volley-ball", "escalade", "aviron", "gymnastique", "boxe"]
UNIVERSITIES = ["campus de la Brunerie", "campus Montvert", "faculté des sciences", "IUT", "école d'ingénieurs",
                "campus santé", "institut de recherche en biologie", "pôle universitaire Gare-Sud"]

PH = {  # placeholder -> the name it stands for
    "p": lambda: pick(PERSONS),
    "sp": lambda: pick(SPORTS_NAMES + PERSONS[:12]),
    "comp": lambda: pick(COMPOSERS),
    "lieu": lambda: pick(LIEUX),
    "q": lambda: pick(DISTRICTS),
    "qpv": lambda: pick(QPVS),
    "rue": lambda: pick(STREETS),
    "place": lambda: pick(SQUARES),
    "pk": lambda: pick(PARKS),
    "pl": lambda: pick(BEACHES),
    "riv": lambda: pick(RIVERS),
    "tor": lambda: pick(TORRENTS),
    "eh": lambda: pick(EHPADS),
    "cr": lambda: pick(CRECHES),
    "asso": lambda: pick(ASSOS),
    "fest": lambda: pick(FESTIVALS),
    "saint": lambda: pick(SAINTS),
    "cim": lambda: pick(CEMETERIES),
    "ville": lambda: pick(PARTNERS_SOUTH + PARTNERS_EU),
    "sud": lambda: pick(PARTNERS_SOUTH),
    "jum": lambda: pick(PARTNERS_EU),
    "za": lambda: pick(ZONES),
    "zac": lambda: pick(ZACS),
    "event": lambda: pick(EVENTS),
    "sport": lambda: pick(SPORTS),
    "univ": lambda: pick(UNIVERSITIES),
    "y": lambda: str(rng.randint(2017, 2026)),
    "t": lambda: str(rng.randint(1, 5)),
    "n": lambda: str(rng.randint(1, 24)),
}


TEMPLATES = Placeholders(PH)
segments, fill = TEMPLATES.segments, TEMPLATES.fill


# --------------------------------------------------------------------------------------------
# authorities and their directions
# --------------------------------------------------------------------------------------------

FIELD_SUBS = {  # the sub-services a direction writes after its code ("DIEP / ECLAIRAGE PUB"), by field
    "edu": ["VIE SCOLAIRE", "BATIMENTS SCOL", "AFFAIRES SCOLAIRES", "ECOLES"],
    "pe": ["PETITE ENFANCE", "CRECHES", "MODES D'ACCUEIL"],
    "restau": ["RESTAURATION SCOL", "CUISINE CENTRALE", "RESTAURATION COLLECTIVE"],
    "cons": ["CONSERVATOIRE", "ENSEIGNEMENT ARTISTIQUE"],
    "lib": ["LECTURE PUBLIQUE", "BIBLIOTHEQUES", "MEDIATHEQUES"],
    "social": ["ACTION SOCIALE", "SOLIDARITES", "CCAS", "INCLUSION SOCIALE"],
    "food": ["AIDE ALIMENTAIRE", "SOLIDARITE ALIM"],
    "agri": ["AGRICULTURE URBAINE", "ALIMENTATION DURABLE", "JARDINS PARTAGES"],
    "sante": ["SANTE PUBLIQUE", "CENTRES DE SANTE", "PREVENTION SANTE", "HYGIENE SANTE"],
    "seniors": ["AUTONOMIE", "PERSONNES AGEES", "EHPAD MUNICIPAUX"],
    "sport": ["EQUIPEMENTS SPORTIFS", "SPORTS", "VIE SPORTIVE"],
    "egal": ["EGALITE F/H", "DROITS DES FEMMES", "EGALITE FEMMES-HOMMES"],
    "eau": ["CYCLE DE L'EAU", "EAU ASSAINISSEMENT", "RESEAUX EAU"],
    "energie": ["ENERGIE", "FLUIDES", "ENERGIES RENOUV"],
    "eclair": ["ECLAIRAGE PUB", "ECLAIRAGE PUBLIC", "EP - LUMIERE"],
    "eco": ["COMMERCE", "EMPLOI INSERTION", "DEV ECO", "ECONOMIE"],
    "tour": ["TOURISME", "CONGRES TOURISME"],
    "num": ["INFRA NUMERIQUE", "RESEAUX TELECOM", "INNOVATION"],
    "esr": ["ENSEIGNEMENT SUP", "RECHERCHE INNOVATION", "UNIVERSITE"],
    "si": ["POSTES DE TRAVAIL", "APPLICATIONS", "TELEPHONIE", "INFRA SI"],
    "handi": ["MISSION HANDICAP", "ACCESSIBILITE"],
    "jeun": ["JEUNESSE ET QUARTIERS", "POLITIQUE DE LA VILLE", "VIE DES QUARTIERS"],
    "urba": ["URBANISME", "HABITAT", "RENOUVELLEMENT URB", "AMENAGEMENT"],
    "voirie": ["VOIRIE", "CHAUSSEES TROTTOIRS", "ENTRETIEN VOIRIE"],
    "mob": ["MOBILITES", "PLAN VELO", "DEPLACEMENTS"],
    "cult": ["CULTURE", "ACTION CULTURELLE", "AFFAIRES CULTURELLES"],
    "cim": ["CIMETIERES", "AFFAIRES FUNERAIRES"],
    "dech": ["COLLECTE", "DECHETS", "PROPRETE - DECHETS"],
    "achat": ["ACHATS", "COMMANDE PUBLIQUE"],
    "climat": ["PLAN CLIMAT", "ADAPTATION CLIMAT", "CLIMAT"],
    "risque": ["RISQUES MAJEURS", "PREVENTION RISQUES", "GEMAPI"],
    "mer": ["PLAGES", "LITTORAL", "MILIEU MARIN"],
    "ev": ["PARCS ET JARDINS", "ESPACES VERTS", "NATURE EN VILLE", "BIODIVERSITE"],
    "adm": ["MOYENS GENERAUX", "HOTEL DE VILLE", "AFFAIRES GENERALES"],
    "police": ["POLICE MUNICIPALE", "VIDEOPROTECTION", "ASVP"],
    "ec": ["ETAT CIVIL", "ELECTIONS", "POPULATION"],
    "citoy": ["PARTICIPATION CITOYENNE", "DEMOCRATIE LOCALE", "BUDGET PARTICIPATIF"],
    "bat": ["MAINTENANCE BATIMENTS", "TRAVAUX NEUFS", "PATRIMOINE BATI"],
    "fin": ["DETTE", "BUDGET", "TRESORERIE"],
    "intl": ["RELATIONS INTERNATIONALES", "COOPERATION DECENT.", "JUMELAGES"],
}
FIELDS = list(FIELD_SUBS)


class Direction(Holder):
    def __init__(self, code: str, name: str, short: str, fields: str) -> None:
        super().__init__(fields)
        self.code, self.name, self.short = code, name, short


class Authority(BaseAuthority):
    def __init__(self, key, desc, weight, coastal, styles, opcode, dirs):
        super().__init__(key, weight, coastal, styles, opcode, dirs)
        self.desc, self.dirs = desc, dirs


def _yy() -> int:
    return rng.randint(2017, 2026)


AUTHS = [
    Authority("SO", "a metropolis in the south-west", 18, False,
              [(55, "upper"), (30, "mixed"), (5, "mixed_noacc"), (10, "lower")],
              lambda: f"AP {_yy()}-{rng.randint(1, 160):03d}", [
                  Direction("DEPE", "Direction de l'éducation et de la petite enfance", "EDUCATION PETITE ENFANCE", "edu pe restau"),
                  Direction("DCLP", "Direction de la culture et de la lecture publique", "CULTURE LECTURE PUBLIQUE", "cult lib cons"),
                  Direction("DSVA", "Direction des sports et de la vie associative", "SPORTS VIE ASSOCIATIVE", "sport"),
                  Direction("DCSS", "Direction de la cohésion sociale et de la santé", "COHESION SOCIALE SANTE",
                            "social food sante seniors egal"),
                  Direction("DNPB", "Direction de la nature, des parcs et de la biodiversité", "NATURE PARCS BIODIVERSITE", "ev agri"),
                  Direction("DIEP", "Direction des infrastructures et de l'espace public", "INFRASTRUCTURES ESPACE PUBLIC",
                            "voirie eclair"),
                  Direction("DMOBI", "Direction des mobilités", "MOBILITES", "mob"),
                  Direction("DCEA", "Direction du cycle de l'eau", "CYCLE DE L'EAU", "eau risque"),
                  Direction("DTEC", "Direction de la transition énergétique et du climat", "TRANSITION ENERGETIQUE CLIMAT",
                            "energie climat"),
                  Direction("DPRD", "Direction de la propreté et des déchets", "PROPRETE DECHETS", "dech"),
                  Direction("DAEE", "Direction de l'attractivité, de l'économie et de l'emploi", "ATTRACTIVITE ECONOMIE EMPLOI",
                            "eco tour esr"),
                  Direction("DSITN", "Direction des systèmes d'information et du numérique", "SYSTEMES D'INFORMATION NUMERIQUE",
                            "si num"),
                  Direction("DUHR", "Direction de l'urbanisme, de l'habitat et du renouvellement urbain", "URBANISME HABITAT",
                            "urba"),
                  Direction("DQCJ", "Direction des quartiers, de la citoyenneté et de la jeunesse", "QUARTIERS CITOYENNETE JEUNESSE",
                            "jeun citoy handi"),
                  Direction("DPTP", "Direction de la prévention et de la tranquillité publique", "TRANQUILLITE PUBLIQUE", "police"),
                  Direction("DAGP", "Direction des affaires générales et de la population", "AFFAIRES GENERALES POPULATION",
                            "adm ec cim"),
                  Direction("DFCP", "Direction des finances et de la commande publique", "FINANCES COMMANDE PUBLIQUE", "fin achat"),
                  Direction("DRIE", "Direction des relations internationales et européennes", "RELATIONS INTERNATIONALES", "intl"),
                  Direction("DPIM", "Direction du patrimoine immobilier", "PATRIMOINE IMMOBILIER", "bat"),
              ]),
    Authority("EST", "a city in the east", 13, False,
              [(65, "upper"), (20, "mixed"), (5, "mixed_noacc"), (10, "lower")],
              lambda: f"PPI {_yy() % 100:02d}-{rng.randint(1, 150):03d}", [
                  Direction("DEN", "Direction de l'enfance", "ENFANCE EDUCATION", "edu pe restau"),
                  Direction("DACT", "Direction de l'action culturelle", "ACTION CULTURELLE", "cult cons"),
                  Direction("DPAT", "Direction du patrimoine culturel et de la lecture", "PATRIMOINE CULTUREL LECTURE", "lib cult"),
                  Direction("DSL", "Direction des sports et loisirs", "SPORTS ET LOISIRS", "sport"),
                  Direction("DSCS", "Direction des solidarités et de la cohésion sociale", "SOLIDARITES COHESION SOCIALE",
                            "social food seniors jeun egal"),
                  Direction("DSPH", "Direction de la santé publique et de l'hygiène", "SANTE PUBLIQUE HYGIENE", "sante"),
                  Direction("DCV", "Direction du cadre de vie", "CADRE DE VIE", "ev dech agri"),
                  Direction("DVR", "Direction de la voirie et des réseaux", "VOIRIE ET RESEAUX", "voirie eclair eau mob"),
                  Direction("DEPU", "Direction de l'environnement et de la prévention des risques", "ENVIRONNEMENT RISQUES",
                            "climat risque energie"),
                  Direction("DDET", "Direction du développement économique et du tourisme", "DEVELOPPEMENT ECONOMIQUE TOURISME",
                            "eco tour esr"),
                  Direction("DINUM", "Direction de l'informatique et du numérique", "INFORMATIQUE NUMERIQUE", "si num"),
                  Direction("DAUH", "Direction de l'aménagement urbain et de l'habitat", "AMENAGEMENT URBAIN HABITAT", "urba"),
                  Direction("DSPQ", "Direction de la sécurité et de la police de quartier", "SECURITE POLICE DE QUARTIER", "police"),
                  Direction("DPC", "Direction de la population et de la citoyenneté", "POPULATION CITOYENNETE", "ec cim citoy handi"),
                  Direction("DRMG", "Direction des ressources et des moyens généraux", "RESSOURCES MOYENS GENERAUX", "adm bat achat"),
                  Direction("DFB", "Direction des finances et du budget", "FINANCES ET BUDGET", "fin intl"),
              ]),
    Authority("MED", "a Mediterranean metropolis", 18, True,
              [(45, "upper"), (40, "mixed"), (5, "mixed_noacc"), (10, "lower")],
              lambda: f"OPE {_yy()}I{rng.randint(1, 40):02d}", [
                  Direction("DEFJ", "Direction de l'enfance, des familles et de la jeunesse", "ENFANCE FAMILLES JEUNESSE",
                            "edu pe restau jeun"),
                  Direction("DCPM", "Direction de la culture, du patrimoine et des musées", "CULTURE PATRIMOINE MUSEES", "cult lib cons"),
                  Direction("DSPN", "Direction des sports et des piscines", "SPORTS ET PISCINES", "sport"),
                  Direction("DMLP", "Direction de la mer, du littoral et des plages", "MER LITTORAL PLAGES", "mer"),
                  Direction("DASS", "Direction de l'action sociale et de la santé", "ACTION SOCIALE ET SANTE",
                            "social sante seniors food egal handi"),
                  Direction("DPJV", "Direction des parcs, jardins et de la végétalisation", "PARCS JARDINS VEGETALISATION",
                            "ev agri climat"),
                  Direction("DEPV", "Direction de l'espace public et de la voirie", "ESPACE PUBLIC VOIRIE", "voirie eclair"),
                  Direction("DTMD", "Direction des transports et des mobilités douces", "TRANSPORTS MOBILITES DOUCES", "mob"),
                  Direction("DEAR", "Direction de l'eau, de l'assainissement et des risques", "EAU ASSAINISSEMENT RISQUES",
                            "eau risque"),
                  Direction("DTRE", "Direction de la transition écologique et énergétique", "TRANSITION ECOLOGIQUE ENERGETIQUE",
                            "energie climat achat"),
                  Direction("DGDP", "Direction de la gestion des déchets et de la propreté", "DECHETS ET PROPRETE", "dech"),
                  Direction("DEIT", "Direction de l'économie, de l'innovation et du tourisme", "ECONOMIE INNOVATION TOURISME",
                            "eco tour esr num"),
                  Direction("DSIM", "Direction des systèmes d'information métropolitains", "SYSTEMES D'INFORMATION", "si"),
                  Direction("DAUR", "Direction de l'aménagement et de l'urbanisme", "AMENAGEMENT URBANISME", "urba"),
                  Direction("DPMS", "Direction de la police municipale et de la sécurité", "POLICE MUNICIPALE SECURITE", "police"),
                  Direction("DCEC", "Direction de la citoyenneté, de l'état civil et des cimetières", "CITOYENNETE ETAT CIVIL",
                            "ec cim citoy"),
                  Direction("DAFI", "Direction des affaires financières et internationales", "AFFAIRES FINANCIERES", "fin intl"),
                  Direction("DLPI", "Direction de la logistique et du patrimoine immobilier", "LOGISTIQUE PATRIMOINE IMMOBILIER",
                            "adm bat"),
              ]),
    Authority("OUEST", "an Atlantic city in the west", 12, True,
              [(40, "upper"), (40, "mixed"), (10, "mixed_noacc"), (10, "lower")],
              lambda: f"AE{_yy()}-{rng.randint(1, 30):02d}", [
                  Direction("DEVS", "Direction de l'éducation et de la vie scolaire", "EDUCATION VIE SCOLAIRE", "edu restau"),
                  Direction("DPEF", "Direction de la petite enfance et des familles", "PETITE ENFANCE FAMILLES", "pe"),
                  Direction("DEN", "Direction de l'environnement et de la nature", "ENVIRONNEMENT NATURE", "ev agri climat"),
                  Direction("DLM", "Direction du littoral et de la mer", "LITTORAL ET MER", "mer risque"),
                  Direction("DCL", "Direction de la culture et des loisirs", "CULTURE ET LOISIRS", "cult lib cons"),
                  Direction("DSPO", "Direction des sports", "SPORTS", "sport"),
                  Direction("DSSA", "Direction des solidarités et de la santé", "SOLIDARITES SANTE",
                            "social food sante seniors egal handi"),
                  Direction("DEPM", "Direction de l'espace public et des mobilités", "ESPACE PUBLIC MOBILITES", "voirie mob eclair"),
                  Direction("DCYE", "Direction du cycle de l'eau", "CYCLE DE L'EAU", "eau"),
                  Direction("DPBE", "Direction du patrimoine bâti et de l'énergie", "PATRIMOINE BATI ENERGIE", "bat energie"),
                  Direction("DDEC", "Direction des déchets et de l'économie circulaire", "DECHETS ECONOMIE CIRCULAIRE", "dech"),
                  Direction("DECA", "Direction de l'économie, du commerce et de l'attractivité", "ECONOMIE COMMERCE ATTRACTIVITE",
                            "eco tour esr"),
                  Direction("DNUMI", "Direction du numérique", "NUMERIQUE", "si num"),
                  Direction("DUAF", "Direction de l'urbanisme, de l'aménagement et du foncier", "URBANISME AMENAGEMENT FONCIER", "urba"),
                  Direction("DQJ", "Direction des quartiers et de la jeunesse", "QUARTIERS JEUNESSE", "jeun citoy"),
                  Direction("DSTP", "Direction de la sécurité et de la tranquillité publique", "SECURITE TRANQUILLITE PUBLIQUE",
                            "police"),
                  Direction("DAGC", "Direction des affaires générales et de la citoyenneté", "AFFAIRES GENERALES CITOYENNETE",
                            "adm ec cim intl"),
                  Direction("DFIC", "Direction des finances et de la commande publique", "FINANCES COMMANDE PUBLIQUE", "fin achat"),
              ]),
    Authority("NORD", "a metropolis in the north", 16, False,
              [(70, "upper"), (20, "mixed"), (10, "lower")],
              lambda: f"OP{_yy() % 100:02d}.{rng.randint(1, 140):03d}", [
                  Direction("DESC", "Direction de l'enseignement et de la vie scolaire", "ENSEIGNEMENT VIE SCOLAIRE", "edu restau pe"),
                  Direction("DCRP", "Direction de la culture, des réseaux de lecture et du patrimoine", "CULTURE LECTURE PATRIMOINE",
                            "cult lib cons"),
                  Direction("DSEV", "Direction des sports et des événements sportifs", "SPORTS EVENEMENTS SPORTIFS", "sport"),
                  Direction("DSE", "Direction des solidarités et de l'emploi", "SOLIDARITES EMPLOI", "social food seniors egal handi"),
                  Direction("DSPS", "Direction de la santé et de la prévention sanitaire", "SANTE PREVENTION SANITAIRE", "sante"),
                  Direction("DNAT", "Direction de la nature en ville", "NATURE EN VILLE", "ev agri"),
                  Direction("DVEP", "Direction de la voirie et de l'éclairage public", "VOIRIE ECLAIRAGE PUBLIC", "voirie eclair"),
                  Direction("DMTR", "Direction des mobilités et des transports", "MOBILITES TRANSPORTS", "mob"),
                  Direction("DEAM", "Direction de l'eau et de l'assainissement métropolitains", "EAU ASSAINISSEMENT", "eau risque"),
                  Direction("DCTE", "Direction climat et transition énergétique", "CLIMAT TRANSITION ENERGETIQUE", "energie climat"),
                  Direction("DGDM", "Direction de la gestion des déchets ménagers", "GESTION DES DECHETS MENAGERS", "dech achat"),
                  Direction("DDEI", "Direction du développement économique et de l'insertion", "DEVELOPPEMENT ECONOMIQUE INSERTION",
                            "eco tour"),
                  Direction("DURI", "Direction de l'université, de la recherche et de l'innovation", "UNIVERSITE RECHERCHE INNOVATION",
                            "esr num"),
                  Direction("DSIA", "Direction des systèmes d'information et de l'administration numérique",
                            "SYSTEMES D'INFORMATION", "si"),
                  Direction("DPVJ", "Direction de la politique de la ville et de la jeunesse", "POLITIQUE DE LA VILLE JEUNESSE",
                            "jeun urba"),
                  Direction("DCV", "Direction de la citoyenneté et de la vie associative", "CITOYENNETE VIE ASSOCIATIVE",
                            "citoy ec cim"),
                  Direction("DPSP", "Direction de la prévention et de la sécurité publique", "PREVENTION SECURITE PUBLIQUE", "police"),
                  Direction("DRMF", "Direction des ressources, des moyens et des finances", "RESSOURCES MOYENS FINANCES",
                            "adm bat fin intl"),
              ]),
    Authority("ALPES", "an Alpine city in the south-east", 11, False,
              [(50, "upper"), (30, "mixed"), (20, "lower")],
              lambda: f"AP{_yy() % 100:02d}-{rng.randint(1, 90):03d}", [
                  Direction("DSE", "Direction des sports et de l'éducation", "SPORTS ET EDUCATION", "edu sport"),
                  Direction("DPEJ", "Direction de la petite enfance et de la jeunesse", "PETITE ENFANCE JEUNESSE", "pe jeun restau"),
                  Direction("DCAP", "Direction de la culture, des archives et du patrimoine", "CULTURE ARCHIVES PATRIMOINE",
                            "cult lib cons"),
                  Direction("DASA", "Direction de l'action sociale et de l'autonomie", "ACTION SOCIALE AUTONOMIE",
                            "social seniors food sante egal handi"),
                  Direction("DENR", "Direction des espaces naturels et des risques", "ESPACES NATURELS RISQUES", "ev risque agri"),
                  Direction("DTVR", "Direction des travaux, de la voirie et des réseaux", "TRAVAUX VOIRIE RESEAUX", "voirie eclair eau"),
                  Direction("DDM", "Direction des déplacements et de la mobilité", "DEPLACEMENTS MOBILITE", "mob"),
                  Direction("DENC", "Direction de l'énergie et du climat", "ENERGIE CLIMAT", "energie climat achat"),
                  Direction("DPVD", "Direction de la propreté et de la valorisation des déchets", "PROPRETE VALORISATION DECHETS",
                            "dech"),
                  Direction("DETE", "Direction de l'économie, du tourisme et de l'emploi", "ECONOMIE TOURISME EMPLOI", "eco tour esr"),
                  Direction("DISN", "Direction de l'informatique et des services numériques", "INFORMATIQUE SERVICES NUMERIQUES",
                            "si num"),
                  Direction("DUPH", "Direction de l'urbanisme, de la planification et de l'habitat", "URBANISME PLANIFICATION HABITAT",
                            "urba"),
                  Direction("DSPC", "Direction de la sécurité et de la protection civile", "SECURITE PROTECTION CIVILE", "police"),
                  Direction("DPCA", "Direction de la population, de la citoyenneté et des affaires générales",
                            "POPULATION CITOYENNETE", "ec citoy adm cim"),
                  Direction("DFRI", "Direction des finances et des relations internationales", "FINANCES RELATIONS INTERNATIONALES",
                            "fin intl"),
                  Direction("DPBA", "Direction du patrimoine bâti", "PATRIMOINE BATI", "bat"),
              ]),
    Authority("CENTRE", "a city in the centre", 12, False,
              [(45, "upper"), (35, "mixed"), (10, "mixed_noacc"), (10, "lower")],
              lambda: f"PROG {_yy()}.{rng.randint(1, 60):02d}", [
                  Direction("DELE", "Direction de l'éducation, des loisirs et de l'enfance", "EDUCATION LOISIRS ENFANCE",
                            "edu pe restau jeun"),
                  Direction("DACP", "Direction des affaires culturelles et du patrimoine", "AFFAIRES CULTURELLES PATRIMOINE",
                            "cult lib cons"),
                  Direction("DSVS", "Direction des sports", "SPORTS", "sport"),
                  Direction("DCSA", "Direction de la cohésion sociale et de l'autonomie", "COHESION SOCIALE AUTONOMIE",
                            "social seniors food handi egal"),
                  Direction("DSHP", "Direction de la santé et de l'hygiène publique", "SANTE HYGIENE PUBLIQUE", "sante"),
                  Direction("DPAT", "Direction du patrimoine bâti", "PATRIMOINE BATI", "bat"),
                  Direction("DEPR", "Direction des espaces publics et des réseaux", "ESPACES PUBLICS RESEAUX", "voirie eclair mob"),
                  Direction("DNPE", "Direction de la nature, des paysages et de l'eau", "NATURE PAYSAGES EAU", "ev agri eau risque"),
                  Direction("DTED", "Direction de la transition écologique et durable", "TRANSITION ECOLOGIQUE",
                            "energie climat dech achat"),
                  Direction("DAET", "Direction de l'attractivité économique et touristique", "ATTRACTIVITE ECONOMIQUE TOURISTIQUE",
                            "eco tour esr"),
                  Direction("DSNU", "Direction des services numériques", "SERVICES NUMERIQUES", "si num"),
                  Direction("DURH", "Direction de l'urbanisme et de l'habitat", "URBANISME ET HABITAT", "urba"),
                  Direction("DTPS", "Direction de la tranquillité publique et de la sécurité", "TRANQUILLITE PUBLIQUE", "police"),
                  Direction("DCAD", "Direction de la citoyenneté et de l'administration", "CITOYENNETE ADMINISTRATION",
                            "adm ec cim citoy intl"),
                  Direction("DBF", "Direction du budget et des finances", "BUDGET ET FINANCES", "fin"),
              ]),
]
AUTH_BY_KEY = {a.key: a for a in AUTHS}


def cut_mid_word(s: str, widths) -> str:
    """s cut at one of ``widths`` characters inside a word, as fixed-width exports do ("" if no such cut)."""
    ok = [w for w in widths if len(s) > w and s[w - 1].isalnum() and s[w].isalnum()]
    if not ok:
        return ""
    out = s[:pick(ok)].rstrip(" -/'.,(")
    last = out.split(" ")[-1]
    if len(last) < 2:  # a lone letter says nothing: drop it
        out = out[:len(out) - len(last)].rstrip(" -/'.,(")
    return out


def service_cell(d: Direction, field: str, generic: bool = False, named: bool = True, nosub: bool = False) -> str:
    """The direction as the export writes it. A generic label never gets the code alone: the
    service must then say its field (full name, code and name, or code and sub-service); named:
    the direction's name says it (else only "CODE / sub-service" does)."""
    if generic and not named:
        return f"{d.code} / {pick(FIELD_SUBS[field])}"
    if generic:
        form = wpick([(35, "code_name"), (25, "name"), (12, "cut"), (28, "sub")])
    else:
        form = wpick([(32, "code"), (24, "code_name"), (14, "name"), (15, "cut"), (0 if nosub else 15, "sub")])
    code_name = f"{d.code} - {d.short}"
    if form == "cut":
        base = code_name if (generic or chance(0.6)) else up(d.name)
        s = cut_mid_word(base, (25,) if generic else (20, 25))
        if s and len(s) > len(d.code) + 6:
            return s
        form = "code_name"
    if form == "sub":
        subs = FIELD_SUBS.get(field, [])
        if subs:
            return f"{d.code} / {pick(subs)}"
        form = "code_name"
    if form == "code":
        return d.code
    if form == "name":
        return d.name if chance(0.55) else up(d.name)
    return code_name


def pick_auth(fields, only=()) -> Authority:
    return pick_authority(draw, AUTHS, fields, only)


def pick_direction(auth: Authority, fields) -> tuple[Direction, str]:
    return pick_holder(draw, auth, fields)


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

ABBREV = [  # (upper-case words, replacements); phrases before the words they contain
    ("ETABLISSEMENT D'ACCUEIL DU JEUNE ENFANT", ["EAJE"]), ("CENTRE MUNICIPAL DE SANTE", ["CMS"]),
    ("GROUPE SCOLAIRE", ["GS", "GS", "GR. SCOL."]), ("ECOLE ELEMENTAIRE", ["EE", "EC. ELEM", "ECOLE ELEM"]),
    ("ECOLE MATERNELLE", ["EM", "EC. MAT", "ECOLE MAT"]), ("ECOLE PRIMAIRE", ["EC PRIM", "ECOLE PRIM."]),
    ("MAISON DES JEUNES", ["MDJ"]), ("MAISON DE QUARTIER", ["MQ"]), ("CENTRE SOCIOCULTUREL", ["CSC"]),
    ("RESEAU DE CHALEUR URBAIN", ["RCU"]), ("RESEAU DE CHALEUR", ["RCU", "RES. CHALEUR"]), ("ECLAIRAGE PUBLIC", ["EP", "ECL. PUBLIC"]),
    ("ESPACES VERTS", ["ESP. VERTS", "EV"]), ("PERSONNES A MOBILITE REDUITE", ["PMR"]), ("MISE EN ACCESSIBILITE", ["MISE ACCESS."]),
    ("SYSTEME DE SECURITE INCENDIE", ["SSI"]), ("CENTRALE DE TRAITEMENT D'AIR", ["CTA"]), ("VOIRIE ET RESEAUX DIVERS", ["VRD"]),
    ("POINTS D'APPORT VOLONTAIRE", ["PAV"]), ("CONSERVATOIRE A RAYONNEMENT REGIONAL", ["CRR"]), ("POLICE MUNICIPALE", ["PM", "POL. MUN."]),
    ("HOTEL DE VILLE", ["HDV", "HOTEL VILLE"]), ("GROS ENTRETIEN ET RENOUVELLEMENT", ["GER"]), ("OUVRAGE D'ART", ["OA"]),
    ("ZONE D'AMENAGEMENT CONCERTE", ["ZAC"]), ("QUARTIER PRIORITAIRE", ["QPV"]), ("RESTAURATION SCOLAIRE", ["RESTAU SCOL", "RESTAURATION SCOL."]),
    ("RESTAURANT SCOLAIRE", ["RESTAU SCOL", "REST. SCOL."]), ("ISOLATION THERMIQUE PAR L'EXTERIEUR", ["ITE"]),
    ("POMPE A CHALEUR", ["PAC"]), ("TRAVAUX", ["TVX", "TRX", "TVX"]), ("REHABILITATION", ["REHAB", "REHAB."]),
    ("RENOVATION", ["RENOV", "RENOV."]), ("AMENAGEMENTS", ["AMGTS", "AMENAG."]), ("AMENAGEMENT", ["AMGT", "AMENAG", "AMENAGT"]),
    ("EQUIPEMENTS", ["EQPTS", "EQUIPTS"]), ("EQUIPEMENT", ["EQPT", "EQUIPT"]), ("ACQUISITIONS", ["ACQ.", "ACQUIS."]),
    ("ACQUISITION", ["ACQ", "ACQ."]), ("MAINTENANCE", ["MAINT", "MAINT."]), ("REFECTION", ["REFECT", "REFECT."]),
    ("CONSTRUCTION", ["CONSTR", "CONSTR."]), ("REMPLACEMENT", ["REMPLACT", "REMPL."]), ("INSTALLATION", ["INSTALL.", "INSTAL."]),
    ("ENERGETIQUE", ["ENERG.", "ENERGET."]), ("THERMIQUE", ["THERM."]), ("ISOLATION", ["ISOL", "ISOL."]),
    ("SUBVENTION", ["SUBV", "SUBV."]), ("PARTICIPATION", ["PARTICIP.", "PARTICIP"]), ("FONCTIONNEMENT", ["FONCT", "FCT"]),
    ("ASSOCIATION", ["ASSO", "ASSOC."]), ("DEVELOPPEMENT", ["DEVPT", "DEV."]), ("ECONOMIQUE", ["ECO", "ECO."]),
    ("ELEMENTAIRE", ["ELEM"]), ("MEDIATHEQUE", ["MEDIATH.", "MEDIATHQ"]), ("BIBLIOTHEQUE", ["BIBLIO", "BIB."]),
    ("CONSERVATOIRE", ["CONSERV."]), ("GYMNASE", ["GYMN.", "GYM"]), ("ACCESSIBILITE", ["ACCESS.", "ACCESSIB."]),
    ("CIMETIERE", ["CIMET.", "CIM."]), ("RENOUVELLEMENT", ["RENOUV.", "RENOUVT"]), ("ASSAINISSEMENT", ["ASST", "ASSAIN."]),
    ("PLUVIALES", ["PLUV."]), ("SIGNALISATION", ["SIGNALIS."]), ("STATIONNEMENT", ["STATIONNT"]), ("PROGRAMME", ["PROG.", "PRG"]),
    ("DIAGNOSTIC", ["DIAG", "DIAG."]), ("VEGETALISATION", ["VEGETAL."]), ("DESIMPERMEABILISATION", ["DESIMPER.", "DESIMPERMEAB."]),
    ("BIODIVERSITE", ["BIODIV."]), ("PLANTATION", ["PLANTAT."]), ("PLANTATIONS", ["PLANTAT."]), ("LOGEMENTS", ["LOGTS"]),
    ("LOGEMENT", ["LOGT"]), ("EXTENSION", ["EXT.", "EXTENS."]), ("RESTRUCTURATION", ["RESTRUCT."]), ("MENUISERIES", ["MENUIS."]),
    ("SANITAIRES", ["SANIT."]), ("CHAUFFERIE", ["CHAUFF."]), ("ECLAIRAGE", ["ECL.", "ECLAIR."]), ("ETUDES", ["ETUD."]),
    ("FOURNITURE", ["FOURN.", "FOURNIT."]), ("DEMATERIALISATION", ["DEMAT."]), ("PREVENTION", ["PREV."]),
    ("CONVENTION", ["CONV.", "CONV"]), ("INFORMATIQUE", ["INFORMAT.", "INFO"]), ("REMUNERATION", ["REMU", "REMUN."]),
]


# labels cut at 30, 40 or 50 characters; a cut label may still get a typing slip
RENDER = LabelRenderer(draw, TEMPLATES, RenderRules(
    abbrev=ABBREV, p_abbrev=0.5, person_names={up(n) for n in PERSONS + SPORTS_NAMES + COMPOSERS},
    cut_widths=(30, 40, 50), p_cut=0.8, p_lower_noacc=0.85, p_short_name=0.2, p_op_front=0.6,
    op_front_seps=(" ", " - ", " ", " : "), typo_after_cut=True))
render = RENDER.render


# --------------------------------------------------------------------------------------------
# M57 codes
# --------------------------------------------------------------------------------------------

def pick_codes(lab: str, fcts, nats, p_codes: float):
    """Codes for a line (maybe none), written alone or with their label, always agreeing with it."""
    return draw.agreeing_codes(lab, fcts, nats, p_codes * 0.85, (0.45, 0.5, 0.35))


# --------------------------------------------------------------------------------------------
# label templates
# --------------------------------------------------------------------------------------------

class T(Template):
    """A template of this part: codes on 36% of its lines, a service on 97%; nosub: its holding
    direction is never written as "CODE / sub-service"."""

    default_pc, default_p_svc, tail_cap = 0.36, 0.97, 2
    nosub = False


YEARS = ["{y}", "exercice {y}", "{y}"]
TR = ["tranche {t}", "phase {t}", "{y}"]


def _template_auth(t: Template) -> tuple[Authority, list[str]]:
    return pick_auth(t.fields, t.only), t.cores


def _template_service(auth: Authority, t: T) -> str:
    d, field = pick_direction(auth, t.fields)
    return service_cell(d, field, nosub=t.nosub) if chance(t.p_svc) else ""


tpl_gen = TemplateRows(RENDER, _template_auth, _template_service, pick_codes).gen


# --------------------------------------------------------------------------------------------
# facilities and works on them (one generator for schools, gyms, museums, city halls...)
# --------------------------------------------------------------------------------------------

BLD_BASE = ["réfection de la toiture", "ravalement des façades", "rénovation des sanitaires", "mise en conformité du SSI",
            "désamiantage", "étanchéité de la toiture-terrasse", "réfection des peintures intérieures", "clos et couvert",
            "restructuration", "mise aux normes électriques", "réfection des réseaux de plomberie", "reprise des fissures en façade",
            "remplacement des faux plafonds", "réaménagement intérieur"]
NRJ_WORKS = ["isolation thermique par l'extérieur", "isolation des combles", "rénovation énergétique",
             "remplacement des menuiseries par du double vitrage", "isolation de la toiture-terrasse"]
HEAT_WORKS = ["remplacement de la chaudière gaz par une pompe à chaleur", "raccordement au réseau de chaleur",
              "rénovation de la chaufferie", "gestion technique du chauffage (GTB)", "remplacement de la CTA double flux",
              "robinets thermostatiques et régulation"]
PMR_WORKS = ["mise en accessibilité PMR", "ascenseur PMR", "rampe d'accès PMR", "sanitaires adaptés PMR",
             "Ad'AP - mise en accessibilité tranche {t}", "élévateur PMR"]
LED_WORKS = ["relamping LED", "éclairage LED des salles"]
SOLAR_WORKS = ["panneaux photovoltaïques en toiture", "centrale solaire en toiture", "centrale photovoltaïque en autoconsommation"]
OASIS_WORKS = ["cour oasis - désimperméabilisation et plantation", "désimperméabilisation de la cour",
               "végétalisation et ombrage de la cour", "cour oasis", "plantation d'arbres d'ombrage dans la cour",
               "îlot de fraîcheur dans la cour", "débitumage et végétalisation de la cour"]


def _names(*keys):
    return name_source(draw, TEMPLATES, *keys)


SPORT_BASE = ["réfection de la toiture", "ravalement des façades", "rénovation des sanitaires", "mise en conformité du SSI",
              "désamiantage", "mise aux normes électriques", "restructuration", "réfection des peintures intérieures"]
POOL_BLD = ["remplacement du traitement d'eau", "étanchéité des bassins", "réfection des plages et des vestiaires",
            "remplacement des filtres à sable"]

FACS = {
    "school": Fac("edu", [
        ("groupe scolaire", "du groupe scolaire", _names("p", "p", "lieu"), ["213", "212"], {}),
        ("école élémentaire", "de l'école élémentaire", _names("p"), ["212"], {}),
        ("école maternelle", "de l'école maternelle", _names("p", "lieu"), ["211"],
         {"bld": ["réaménagement du dortoir"], "equip": ["mobilier du dortoir"]}),
        ("école primaire", "de l'école primaire", _names("p"), ["212", "213"], {}),
    ], {"bld": BLD_BASE + ["création de deux classes", "construction d'un préau", "réfection de la cour", "extension"],
        "nrj": NRJ_WORKS, "heat": HEAT_WORKS, "pmr": PMR_WORKS, "led": LED_WORKS, "solar": SOLAR_WORKS, "oasis": OASIS_WORKS,
        "equip": ["mobilier scolaire", "tableaux numériques interactifs", "jeux de cour", "équipement de la salle informatique",
                  "vidéoprojecteurs interactifs"]},
        {"bld": SCH, "nrj": SCH_NRJ, "heat": SCH_HEAT, "pmr": SCH_PMR, "led": SCH_HEAT, "solar": SCH_PV, "oasis": OASIS, "equip": EDU},
        nat_bld=("21312", "2313", "2135")),
    "creche": Fac("pe", [
        ("crèche", "de la crèche", _names("cr"), ["4221"], {}),
        ("multi-accueil", "du multi-accueil", _names("cr"), ["4222"], {}),
        ("crèche collective", "de la crèche collective", _names("cr"), ["4221", "422"], {}),
        ("établissement d'accueil du jeune enfant", "de l'établissement d'accueil du jeune enfant", _names("cr"), ["422", "4222"], {}),
    ], {"bld": BLD_BASE + ["réaménagement de la biberonnerie", "création d'une salle de motricité", "extension"],
        "nrj": NRJ_WORKS, "heat": HEAT_WORKS, "pmr": PMR_WORKS,
        "oasis": ["végétalisation et ombrage de l'espace extérieur", "désimperméabilisation de la cour", "jardin - îlot de fraîcheur"],
        "equip": ["mobilier et jeux d'éveil", "lits et matériel de puériculture", "lave-linge professionnel", "poussettes et matériel de sortie"]},
        {"bld": SCH, "nrj": SCH_NRJ, "heat": SCH_HEAT, "pmr": SCH_PMR, "oasis": OASIS, "equip": EDU}),
    "cons": Fac("cons", [
        ("conservatoire", "du conservatoire", _names("comp"), [], {}),
        ("conservatoire à rayonnement régional", "du conservatoire à rayonnement régional", None, [], {}),
        ("école municipale de musique", "de l'école municipale de musique", _names("lieu"), [], {}),
        ("conservatoire de musique et de danse", "du conservatoire de musique et de danse", _names("comp"), [], {}),
    ], {"bld": BLD_BASE + ["isolation acoustique des salles de cours", "réaménagement de l'auditorium", "studios de danse - parquets"],
        "nrj": NRJ_WORKS,
        "equip": ["instruments de musique", "pianos - renouvellement", "percussions et pupitres", "équipement du studio d'enregistrement",
                  "harpes et instruments à vent"]},
        {"bld": SCH, "nrj": SCH_NRJ, "equip": EDU}),
    "lib": Fac("lib", [
        ("médiathèque", "de la médiathèque", _names("p"), ["313"], {}),
        ("bibliothèque", "de la bibliothèque", _names("q"), ["313"], {}),
        ("bibliothèque municipale", "de la bibliothèque municipale", _names("q"), ["313"], {}),
        ("médiathèque centrale", "de la médiathèque centrale", None, ["313"], {}),
    ], {"bld": BLD_BASE + ["réaménagement de l'espace jeunesse", "création d'une salle d'animation", "extension"],
        "pmr": PMR_WORKS,
        "equip": ["mobilier et rayonnages", "automates de prêt", "mobilier de l'espace jeunesse", "bornes d'écoute et liseuses"]},
        {"bld": LIB, "pmr": PMR, "equip": LIB}),
    "gym": Fac("sport", [
        ("gymnase", "du gymnase", _names("sp"), ["321"],
         {"bld": ["réfection du sol sportif", "vestiaires et douches", "mise en sécurité des tribunes"], "led": ["éclairage LED de la salle"],
          "equip": ["matériel de gymnastique", "buts de handball et paniers de basket"]}),
        ("piscine", "de la piscine", _names("sp"), ["323"], {"bld": POOL_BLD, "equip": ["matériel pédagogique de natation", "lignes d'eau"]}),
        ("stade", "du stade", _names("sp"), ["322"],
         {"bld": ["vestiaires et tribunes", "clôtures et main courante", "réfection de la piste d'athlétisme"],
          "led": ["éclairage LED du terrain d'honneur"], "equip": ["buts et filets pare-ballons", "tondeuse hélicoïdale du terrain"],
          "skip": {"nrj", "heat"}}),
        ("complexe sportif", "du complexe sportif", _names("sp", "lieu"), ["325", "321"],
         {"bld": ["réfection du sol sportif", "vestiaires et douches"], "equip": ["matériel sportif"]}),
        ("centre aquatique", "du centre aquatique", _names("q"), ["323"], {"bld": POOL_BLD, "equip": ["lignes d'eau et plots de départ"]}),
        ("salle de sport", "de la salle de sport", _names("q"), ["321"], {"bld": ["réfection du sol sportif"]}),
        ("dojo", "du dojo", _names("sp"), ["321"], {"equip": ["tatamis"]}),
        ("palais des sports", "du palais des sports", None, ["321", "325"],
         {"bld": ["mise en sécurité des tribunes", "rénovation des loges et vestiaires"], "led": ["éclairage LED de la grande salle"]}),
    ], {"bld": SPORT_BASE, "nrj": NRJ_WORKS, "heat": HEAT_WORKS, "pmr": PMR_WORKS, "led": ["relamping LED"], "solar": SOLAR_WORKS,
        "equip": ["matériel sportif", "tableau d'affichage des scores"]},
        {"bld": SPORT_BLD, "nrj": L(3, 50, 7, 50), "heat": L(3, 60, 7, 40), "led": L(3, 60, 7, 40), "pmr": L(3, 50, 10, 50),
         "solar": SPORT_PV, "equip": SPORT}),
    "health": Fac("sante", [
        ("centre municipal de santé", "du centre municipal de santé", _names("q"), ["414"], {}),
        ("centre de santé", "du centre de santé", _names("q"), ["414", "41"], {}),
        ("maison de santé", "de la maison de santé", _names("q"), ["414"], {}),
        ("centre de santé dentaire", "du centre de santé dentaire", _names("q"), ["414"], {"equip": ["fauteuils dentaires"]}),
    ], {"bld": SPORT_BASE + ["réaménagement des cabinets médicaux", "création d'une salle de soins", "extension"], "nrj": NRJ_WORKS,
        "pmr": PMR_WORKS, "equip": ["matériel médical", "échographe", "mobilier des cabinets", "table d'examen et matériel de soins"]},
        {"bld": HEALTH_BLD, "nrj": L(3, 50, 7, 50), "pmr": PMR, "equip": HEALTH}),
    "ehpad": Fac("seniors", [
        ("EHPAD", "de l'EHPAD", _names("eh"), ["4238", "423"], {}),
        ("EHPAD municipal", "de l'EHPAD municipal", _names("eh"), ["4238"], {}),
        ("résidence autonomie", "de la résidence autonomie", _names("eh"), ["423", "4238"], {}),
    ], {"bld": SPORT_BASE + ["rénovation des chambres", "réfection de la salle de restaurant", "création d'une unité protégée"],
        "nrj": NRJ_WORKS, "equip": ["lits médicalisés", "rails de transfert", "mobilier des chambres", "chariots de soins"]},
        {"bld": HEALTH_BLD, "nrj": L(3, 50, 7, 50), "equip": EHPAD}),
    "shelter": Fac("social", [
        ("centre d'hébergement d'urgence", "du centre d'hébergement d'urgence", _names("q"), ["424"], {}),
        ("CHRS", "du CHRS", _names("asso"), ["424", "428"], {}),
        ("halte de nuit", "de la halte de nuit", _names("q"), ["424"], {}),
        ("accueil de jour", "de l'accueil de jour", _names("q"), ["424", "428"], {}),
        ("maison des solidarités", "de la maison des solidarités", _names("q"), ["428", "42"], {}),
    ], {"bld": SPORT_BASE + ["création de chambres individuelles", "réaménagement de l'accueil", "création d'une laverie"],
        "nrj": NRJ_WORKS, "equip": ["mobilier et literie", "lave-linge et sèche-linge", "casiers de la bagagerie"]},
        {"bld": SHELTER_BLD, "nrj": L(1, 60, 7, 40), "equip": SOC}),
    "youth": Fac("jeun", [
        ("maison des jeunes", "de la maison des jeunes", _names("q"), ["338"], {}),
        ("espace jeunes", "de l'espace jeunes", _names("q"), ["338"], {}),
        ("centre socioculturel", "du centre socioculturel", _names("q"), ["338", "52"], {}),
        ("maison de quartier", "de la maison de quartier", _names("qpv"), ["52", "338"], {}),
    ], {"bld": SPORT_BASE + ["création d'un studio de musique", "réaménagement de l'accueil", "extension"], "heat": HEAT_WORKS,
        "pmr": PMR_WORKS, "equip": ["mobilier et matériel d'animation", "matériel son et lumière", "minibus"]},
        {"bld": YOUTH_BLD, "heat": L(10, 60, 7, 40), "pmr": PMR, "equip": YOUTH}),
    "museum": Fac("cult", [
        ("musée des Beaux-Arts", "du musée des Beaux-Arts", None, ["314"], {}),
        ("musée d'Histoire naturelle", "du musée d'Histoire naturelle", None, ["314"], {}),
        ("musée d'Art contemporain", "du musée d'Art contemporain", None, ["314"], {}),
        ("muséum", "du muséum", None, ["314"], {}),
        ("musée de la Résistance", "du musée de la Résistance", None, ["314"], {}),
        ("musée", "du musée", _names("p"), ["314"], {}),
    ], {"bld": ["réfection de la toiture", "ravalement des façades", "mise en conformité du SSI", "réaménagement des réserves",
                "nouvelle muséographie des salles", "traitement de l'air des salles d'exposition", "restauration des façades"],
        "nrj": ["isolation des combles", "remplacement des menuiseries par du double vitrage"], "pmr": PMR_WORKS,
        "solar": SOLAR_WORKS, "equip": ["vitrines", "mobilier de réserve", "éclairage muséographique", "socles et cimaises"]},
        {"bld": CULT, "nrj": L(11, 60, 7, 40), "pmr": PMR, "solar": L(7, 60, 11, 40), "equip": CULT}),
    "theatre": Fac("cult", [
        ("théâtre municipal", "du théâtre municipal", None, ["316"], {}),
        ("opéra", "de l'opéra", None, ["316", "311"], {}),
        ("salle de spectacle", "de la salle de spectacle", _names("lieu"), ["316"], {}),
        ("auditorium", "de l'auditorium", _names("comp"), ["311", "316"], {}),
        ("cinéma municipal", "du cinéma municipal", _names("lieu"), ["317"], {}),
    ], {"bld": ["réfection de la toiture", "mise en conformité du SSI", "rénovation des fauteuils de la salle",
                "réfection de la cage de scène", "ravalement des façades", "rénovation des loges"],
        "led": ["relamping LED", "éclairage scénique LED"], "pmr": PMR_WORKS,
        "equip": ["équipement scénique", "gradins rétractables", "projecteur numérique", "sonorisation de la grande salle"]},
        {"bld": CULT, "led": L(11, 60, 7, 40), "pmr": PMR, "equip": CULT}),
    "heritage": Fac("cult", [
        ("église", "de l'église", _names("saint"), ["312"], {}),
        ("chapelle", "de la chapelle", _names("lieu"), ["312"], {}),
        ("remparts", "des remparts", None, ["312"], {}),
        ("beffroi", "du beffroi", None, ["312"], {}),
        ("halle médiévale", "de la halle médiévale", None, ["312"], {}),
        ("abbaye", "de l'abbaye", _names("saint"), ["312"], {}),
    ], {"bld": ["restauration du clocher", "consolidation des maçonneries", "restauration des vitraux", "restauration de la charpente",
                "mise en lumière", "restauration des décors peints", "restauration des parements", "diagnostic patrimonial"],
        "pmr": ["rampe d'accès PMR", "mise en accessibilité PMR"]},
        {"bld": CULT, "pmr": PMR}, nat_bld=("2313", "2168")),
    "cityhall": Fac("adm", [
        ("hôtel de ville", "de l'hôtel de ville", None, ["020"], {}),
        ("mairie de quartier", "de la mairie de quartier", _names("q"), ["022", "020"], {}),
        ("mairie annexe", "de la mairie annexe", _names("q"), ["022"], {}),
        ("centre administratif", "du centre administratif", _names("lieu"), ["020"], {}),
        ("mairie de secteur", "de la mairie de secteur", _names("q"), ["022"], {}),
    ], {"bld": SPORT_BASE + ["réaménagement de l'accueil", "rénovation de la salle du conseil", "réaménagement des bureaux"],
        "nrj": NRJ_WORKS, "heat": HEAT_WORKS, "pmr": PMR_WORKS, "solar": SOLAR_WORKS,
        "equip": ["mobilier des bureaux", "mobilier de la salle du conseil", "banque d'accueil"]},
        {"bld": ADM_BLD, "nrj": L(16, 60, 7, 40), "heat": L(16, 60, 7, 40), "pmr": PMR, "solar": L(7, 60, 16, 40), "equip": ADM},
        nat_bld=("21311", "2313", "2135")),
    "police": Fac("police", [
        ("poste de police municipale", "du poste de police municipale", _names("q"), ["11"], {}),
        ("hôtel de police municipale", "de l'hôtel de police municipale", None, ["11"], {}),
        ("centre de supervision urbain", "du centre de supervision urbain", None, ["11"], {}),
    ], {"bld": ["réaménagement des locaux", "création de vestiaires", "mise en sûreté des accès", "extension", "réfection de la toiture"],
        "pmr": PMR_WORKS, "equip": ["mobilier", "armoires fortes", "mobilier de la salle des opérateurs"]},
        {"bld": ADM_BLD, "pmr": PMR, "equip": ADM}),
    "market": Fac("eco", [
        ("halles centrales", "des halles centrales", None, ["632"], {}),
        ("marché couvert", "du marché couvert", _names("q"), ["632", "6312"], {}),
        ("halle du marché", "de la halle du marché", _names("lieu"), ["632"], {}),
        ("marché de gros", "du marché de gros", None, ["6312", "632"], {}),
    ], {"bld": ["réfection de la verrière", "mise aux normes électriques", "réfection des sols", "ravalement des façades",
                "remplacement des rideaux métalliques", "réaménagement des étals"],
        "nrj": ["isolation de la toiture", "rénovation énergétique"],
        "equip": ["chambres froides", "étals réfrigérés", "mobilier des commerçants"]},
        {"bld": MARKET_BLD, "nrj": L(8, 60, 7, 40), "equip": ECO}),
}
OP_CHANCE = {"bld": 0.35, "nrj": 0.35, "heat": 0.3, "pmr": 0.3, "led": 0.25, "solar": 0.3, "oasis": 0.3, "equip": 0.12}


def fac_row(combos, holding: str | None = None):
    """Works on a facility; holding: the field of the direction that holds the line when it is
    not the facility's own (the label decides)."""
    key, kind = wpick(combos)
    fac = FACS[key]
    head, art, namefn, fcts, extra = pick([st for st in fac.subtypes if kind not in st[4].get("skip", ())])
    works = fac.works.get(kind, []) + extra.get(kind, [])
    w_segs = segments(pick(works))
    lab = fac.labs[kind]
    segs = facility_segments(draw, head, art, namefn, w_segs)
    auth = pick_auth([holding or fac.field])
    tail = fill(pick(["{y}", "tranche {t}", "phase {t}", "{y}"])) if chance(0.22) else ""
    op = chance(OP_CHANCE[kind])
    lib = render(auth, segs, tail, op)
    d, field = pick_direction(auth, [holding or fac.field])
    svc = service_cell(d, field) if chance(0.97) else ""
    nats = fac.nat_eq if kind == "equip" else (["2128", "2312"] if kind == "oasis" else fac.nat_bld)
    if kind == "solar":
        fcts = ["752"]
    elif kind == "oasis":  # a school yard's de-sealing is written without the school's fonction
        fcts = []
    chap, nat, fct = pick_codes(lab, fcts, nats, 0.36)
    return lib, chap, nat, fct, svc, lab


def fac_gen(combos, holding=None):
    return fn_gen(lambda: fac_row(combos, holding))


# --------------------------------------------------------------------------------------------
# 1. schools, crèches, conservatoires, libraries, school catering (4)
# --------------------------------------------------------------------------------------------

EDU_FAC = [(8, ("school", "bld")), (1.6, ("school", "nrj")), (1.2, ("school", "heat")), (1.2, ("school", "pmr")),
           (0.6, ("school", "led")), (1.6, ("school", "equip")), (2.2, ("creche", "bld")), (0.5, ("creche", "nrj")),
           (0.4, ("creche", "pmr")), (1, ("creche", "equip")), (1.4, ("cons", "bld")), (0.4, ("cons", "nrj")),
           (1.2, ("cons", "equip")), (1.3, ("lib", "bld")), (1.2, ("lib", "equip"))]

EDU_T = [
    T(["Fournitures scolaires des écoles élémentaires|6067", "Fournitures scolaires des écoles maternelles|6067|211",
       "Crédits pédagogiques des écoles - dotation par élève|6067", "Manuels scolaires - renouvellement des collections|6067",
       "Dictionnaires offerts aux élèves de CM2|6067"],
      EDU, "edu", f=["212", "213"], tail=["rentrée {y}", "{y}"], pt=0.5, pc=0.55),
    T(["Classes de découverte des écoles élémentaires - séjours|611|284", "Classes transplantées - séjours à la montagne|611|284",
       "Caisse des écoles - subvention de fonctionnement|657364|213,20", "Projets d'école - appel à projets pédagogiques|6574|212",
       "Accompagnement à la scolarité (CLAS) - quartier {qpv}|6574|288", "Ateliers périscolaires du soir - {q}|611|288",
       "Études surveillées - vacations des enseignants|6413|288", "Sectorisation scolaire - étude prévisionnelle des effectifs|617|20",
       "Transport des élèves vers les équipements sportifs|6247|212"],
      EDU, "edu", tail=YEARS, pt=0.4, pc=0.45, cap=12),
    T(["Plan numérique des écoles - classes mobiles de tablettes|2188|212", "Espace numérique de travail du premier degré - abonnement|611|212",
       "Écoles - renouvellement des vidéoprojecteurs interactifs|2188|212", "Robots et kits de programmation pour les écoles|2188|212"],
      EDU, "edu", tail=YEARS, pt=0.3, op=0.2, pc=0.45),
    T(["Crèche {cr} - délégation de service public - contribution|611|4221", "Crèches municipales - couches et produits d'hygiène|60628|4221",
       "Relais petite enfance {q} - animation|611|4228", "Lieu d'accueil enfants-parents {q} - fonctionnement|611|4228",
       "Places réservées en crèches associatives - subvention|6574|4222", "Micro-crèche {cr} - réservation de berceaux|611|4222"],
      EDU, "pe", tail=YEARS, pt=0.4, pc=0.45, cap=10),
    T(["Restauration scolaire - marché de denrées alimentaires - lot {n}|60623|281", "Cuisine centrale - cellules de refroidissement rapide|2188|281",
       "Cuisine centrale - remplacement de la laverie|2188|281", "Restaurant scolaire {p} - ligne de self-service|2188|281",
       "Repas des accueils de loisirs - liaison froide|611|281", "Offices de restauration des écoles - petit équipement|60632|281",
       "Agents de restauration scolaire - rémunération|64111|281", "Crèches - repas et goûters des enfants|60623|4221",
       "Restaurant scolaire {p} - tables et chaises du réfectoire|2184|281", "Cuisine centrale - véhicule frigorifique de livraison|2182|281"],
      CANTEEN, "restau", tail=YEARS, pt=0.35, pc=0.45, cap=12, w=1.5),
    T(["Conservatoire - orchestre à l'école {p}|611", "Conservatoire - partitions et méthodes|6065",
       "Conservatoire - interventions musicales en milieu scolaire|611", "École municipale de musique - location de salles de danse|6132",
       "Conservatoire - professeurs d'enseignement artistique - vacations|6413", "Conservatoire - classes à horaires aménagés musique|611",
       "Conservatoire - entretien et accord des pianos|6156"],
      EDU, "cons", tail=YEARS, pt=0.35, pc=0.4, cap=9),
    T(["Médiathèque {p} - acquisition de livres et de DVD|6065|313", "Réseau des bibliothèques - ressources numériques en ligne|611|313",
       "Bibliothèque {q} - portage de livres à domicile|611|313", "Médiathèques - accueil des classes et ateliers lecture|611|313",
       "Bibliobus - renouvellement du véhicule|2182|313", "Bibliothèques - abonnements de presse|6065|313",
       "Médiathèque {p} - fonds de livres en langues étrangères|6065|313", "Lecture publique - prix littéraire des écoliers|611|313"],
      LIB, "lib", tail=YEARS, pt=0.35, pc=0.45, cap=10),
]


# --------------------------------------------------------------------------------------------
# 2. social action, homeless shelters (1)
# --------------------------------------------------------------------------------------------

SOC_FAC = [(3, ("shelter", "bld")), (0.6, ("shelter", "nrj")), (1, ("shelter", "equip"))]

SOC_T = [
    T(["CCAS - subvention d'équilibre|657363|42,420", "Participation de la ville au budget du CCAS|657363|420",
       "Subvention de fonctionnement au centre communal d'action sociale|657363|42", "CCAS - subvention complémentaire {y}|657363|420"],
      SOC, "social fin", tail=YEARS, pt=0.4, pc=0.55),
    T(["Hébergement d'urgence - nuitées hôtelières - secteur {q}|611|424", "Plan grand froid - places de mise à l'abri|611|424",
       "Bagagerie solidaire {q} - fonctionnement|6574|424", "Accueil de jour des personnes sans abri - association {asso}|6574|424",
       "Intermédiation locative - accompagnement des ménages|611|424", "Halte de nuit {q} - gestion associative|6574|424",
       "Hébergement d'urgence des familles - gymnase de repli hivernal|611|424"],
      SHELTER, "social", tail=["hiver {y}", "{y}"], pt=0.4, pc=0.4, cap=12, w=1.5),
    T(["Maraudes sociales de nuit - convention avec {asso}|6574|424", "Domiciliation des personnes sans domicile stable|611|424",
       "Aides facultatives - secours d'urgence aux familles|6518|424", "Analyse des besoins sociaux - actualisation|617|420",
       "Microcrédit personnel - fonds de garantie|6574|428", "Aide au relogement d'urgence des sinistrés|6518|424",
       "Écrivains publics - permanences dans les quartiers|611|424", "Obsèques des personnes dépourvues de ressources|652|424"],
      SOC, "social", tail=YEARS, pt=0.35, pc=0.45, cap=12),
    T(["Bains-douches municipaux - fonctionnement|611|424", "Kits d'hygiène pour les personnes à la rue|60632|424"],
      L(1, 80, 3, 20), "social", tail=YEARS, pt=0.3, pc=0.4),
    T(["Fonds d'aide aux impayés d'énergie - abondement|6518|424", "Chèques énergie municipaux - ménages précaires|6518|424"],
      L(1, 70, 7, 30), "social", tail=YEARS, pt=0.3, pc=0.4),
]


# --------------------------------------------------------------------------------------------
# 3. food aid, food policy, urban agriculture, organic food (2)
# --------------------------------------------------------------------------------------------

FOOD_T = [
    T(["Banque alimentaire - subvention de fonctionnement|6574", "Épicerie sociale {q} - achat de denrées|60623",
       "Colis alimentaires d'urgence - distribution|60623", "Restaurant social {q} - repas à prix solidaire|611",
       "Frigos solidaires - installation dans les quartiers|2188", "Épicerie solidaire étudiante - subvention|6574",
       "Distribution alimentaire - location d'un entrepôt|6132", "Camion frigorifique de l'épicerie solidaire|2182"],
      FOODAID, "food", tail=YEARS, pt=0.35, pc=0.35, cap=12, w=1.6),
    T(["Chèques alimentation durable - familles modestes", "Petits déjeuners solidaires des personnes sans abri|6574",
       "Paniers solidaires de légumes bio - familles des quartiers|611"],
      FOODAID_CHQ, "food", tail=YEARS, pt=0.35, pc=0.3),
    T(["Ferme urbaine {q} - aménagement des serres|2128|6318", "Ferme urbaine {q} - poulailler et composteurs|2188|6318",
       "Potager sur le toit du marché couvert|2128|6318", "Champignonnière urbaine - parking désaffecté {q}|2313|6318",
       "Microferme maraîchère {q} - installation d'un maraîcher|2128|6318"],
      URBAGRI, "agri", tail=TR, pt=0.3, op=0.3, pc=0.35),
    T(["Jardins partagés {q} - création|2128|6318", "Jardins familiaux {lieu} - abris et clôtures|2128|6318",
       "Jardins partagés en pied d'immeuble - quartier {qpv}|2128|6318", "Jardins partagés - récupérateurs d'eau et outils|2188|6318"],
      GARDENS, "agri", tail=YEARS, pt=0.3, pc=0.35),
    T(["Régie agricole municipale - plants et semences bio|6068|6318", "Projet alimentaire territorial - animation|611|631",
       "Conseil local de l'alimentation - fonctionnement|611|631", "Légumerie territoriale - étude de faisabilité|2031|631"],
      L(2, 80, 12, 20), "agri", tail=YEARS, pt=0.3, pc=0.35),
    T(["Ceinture maraîchère - acquisition de terres agricoles|2111|6318", "Conversion à l'agriculture biologique - aide aux maraîchers|20422|631"],
      L(2, 70, 15, 30), "agri", tail=YEARS, pt=0.3, pc=0.35),
    T(["Restauration scolaire - approvisionnement bio et local|60623", "Cuisine centrale - légumerie pour produits bruts bio|2313",
       "Restaurants scolaires - menus végétariens et formation des cuisiniers|611", "Pain bio des restaurants scolaires - marché|60623",
       "Produits laitiers bio et locaux - crèches et écoles|60623", "Restauration scolaire - viande et poisson labellisés|60623"],
      BIO_CANTEEN, "restau", tail=YEARS, pt=0.35, pc=0.3, cap=10, w=1.3),
]


# --------------------------------------------------------------------------------------------
# 4. health centres, prevention, EHPAD, harm reduction (3)
# --------------------------------------------------------------------------------------------

HEALTH_FAC = [(2, ("health", "bld")), (0.4, ("health", "nrj")), (1.2, ("health", "equip")), (1.6, ("ehpad", "bld")),
              (0.4, ("ehpad", "nrj")), (1, ("ehpad", "equip"))]

HEALTH_T = [
    T(["Centre municipal de santé {q} - médecins salariés - rémunération|64111|414", "Centre de vaccination municipal - vaccins|6066|412",
       "Contrat local de santé - coordination|611|410", "Conseil local de santé mentale - coordonnateur|64131|41",
       "Dépistage du diabète - campagne de prévention|611|412", "Défibrillateurs dans les équipements publics|2188|41",
       "Maison sport-santé - fonctionnement|6574|412", "Lutte anti-vectorielle - moustique tigre|611|412",
       "Centre de santé sexuelle - consultations|611|412", "Médiateurs santé dans les quartiers prioritaires|64131|412"],
      HEALTH, "sante", tail=YEARS, pt=0.35, pc=0.45, cap=12, w=1.6),
    T(["Service communal d'hygiène et de santé - prélèvements et analyses|611|13", "Lutte contre les nuisibles - dératisation des réseaux|611|13",
       "Qualité de l'air intérieur des crèches et écoles - mesures|611|13"],
      L(3, 80, 11, 20), "sante", tail=YEARS, pt=0.3, pc=0.45),
    T(["Salle de consommation à moindre risque - participation|6574|412", "Halte soins addictions - convention avec {asso}|6574|412",
       "Réduction des risques - automates de seringues|2188|412", "CAARUD - subvention de fonctionnement|6574|412",
       "Réduction des risques en milieu festif - maraude santé|611|412"],
      HARM, "sante", tail=YEARS, pt=0.35, pc=0.4, w=1.6),
    T(["EHPAD {eh} - subvention d'équilibre du budget annexe|657362|4238", "EHPAD {eh} - animations et lien social|611|4238",
       "EHPAD municipaux - psychomotricien et art-thérapie|611|4238", "EHPAD {eh} - places d'hébergement temporaire|611|4238"],
      EHPAD, "seniors", tail=YEARS, pt=0.3, pc=0.45),
    T(["Résidences autonomie - forfait autonomie - actions de prévention|611|4231", "Prévention des chutes - ateliers seniors|611|4232",
       "Veille sociale estivale - appels aux personnes âgées isolées|611|4232"],
      L(3, 70, 10, 30), "seniors", tail=YEARS, pt=0.3, pc=0.45),
]


# --------------------------------------------------------------------------------------------
# 5. sports facilities, swimming pools, clubs (3)
# --------------------------------------------------------------------------------------------

SPORT_FAC = [(5, ("gym", "bld")), (0.7, ("gym", "nrj")), (0.6, ("gym", "heat")), (0.8, ("gym", "led")), (0.6, ("gym", "pmr")),
             (1.8, ("gym", "equip"))]

SPORT_T = [
    T(["Subvention aux clubs de {sport} - fonctionnement|6574|3272", "Clubs sportifs amateurs - aide à l'emploi d'éducateurs|6574|3272",
       "Sportifs de haut niveau - bourses|6574|3271", "Éducateurs sportifs municipaux - école municipale des sports|64111|32",
       "Piscines - produits de traitement de l'eau|60628|323", "Piscines - maîtres-nageurs saisonniers - vacations|6413|323",
       "Savoir-nager - apprentissage de la natation des élèves|611|323", "Transport des clubs vers les compétitions - minibus|2182|32"],
      SPORT, "sport", tail=["saison {y}", "{y}"], pt=0.4, pc=0.45, cap=12, w=1.4),
    T(["Manifestation sportive - {event}|6574|326", "Organisation - {event} - logistique|611|326"],
      SPORT_OUT, "sport", tail=YEARS, pt=0.4, pc=0.45, cap=6),
    T(["Terrain synthétique - stade {sp}|2128|322", "City-stade - quartier {qpv}|2128|325", "Skatepark {q} - création|2128|325",
       "Street workout - parc {pk}|2128|325", "Pumptrack - {q}|2128|325", "Terrains de padel - complexe sportif {lieu}|2128|325",
       "Piste d'athlétisme du stade {sp} - resurfaçage|2128|322"],
      SPORT_OUT, "sport", tail=TR, pt=0.3, op=0.3, pc=0.4, cap=10),
]


# --------------------------------------------------------------------------------------------
# 6. gender equality, violence against women (5)
# --------------------------------------------------------------------------------------------

GENDER_T = [
    T(["Plan d'action égalité professionnelle femmes-hommes de la collectivité|617|341",
       "Rapport annuel sur la situation en matière d'égalité femmes-hommes|617|341", "Budget sensible au genre - formation des services|611|341",
       "Journée internationale des droits des femmes - programmation|611|341", "CIDFF - permanences juridiques d'accès aux droits|6574|341",
       "Égalité femmes-hommes - label et audit|617|341", "Prix de l'égalité - appel à projets associatif|6574|341"],
      GENDER, "egal", tail=YEARS, pt=0.35, pc=0.45, cap=10, w=1.3),
    T(["Violences faites aux femmes - subvention à l'association {asso}|6574|341", "Téléphones grave danger - convention|611|341",
       "Maison des femmes - fonctionnement|6574|341", "Violences intrafamiliales - intervenante sociale au commissariat|611|341",
       "Lutte contre le harcèlement de rue - campagne|6231|341", "Accueil de jour des femmes victimes de violences|6574|341"],
      VIOLENCE, "egal", tail=YEARS, pt=0.35, pc=0.45, cap=10),
    T(["Hébergement d'urgence des femmes victimes de violences - nuitées|611|341", "Logements relais pour les femmes victimes de violences|6132|341"],
      L(5, 60, 1, 40), "egal", tail=YEARS, pt=0.3, pc=0.4),
    T(["Marches exploratoires de femmes - quartier {qpv}|611|341", "Aménagement des lieux relevés par les marches exploratoires de femmes|2315|341"],
      L(5, 70, 11, 30), "egal", tail=YEARS, pt=0.3, pc=0.4),
    T(["Précarité menstruelle - distributeurs de protections périodiques|2188|341", "Protections périodiques gratuites - collégiennes et étudiantes|60632|341"],
      L(5, 70, 3, 30), "egal", tail=YEARS, pt=0.3, pc=0.4),
    T(["Égalité filles-garçons - formation des animateurs périscolaires|611|341", "Cours d'école non genrées - accompagnement des équipes|611|341"],
      L(5, 70, 4, 30), "egal", tail=YEARS, pt=0.3, pc=0.4),
    T(["Sport féminin - soutien aux sections féminines des clubs|6574|341"], L(5, 60, 3, 40), "egal", tail=YEARS, pt=0.4, pc=0.4),
]


# --------------------------------------------------------------------------------------------
# 7. water, sanitation, stormwater (6)
# --------------------------------------------------------------------------------------------

WATER_T = [
    T(["Renouvellement de la canalisation d'eau potable {rue}|21531|732", "Remplacement des branchements en plomb - quartier {q}|21531|732",
       "Réhabilitation du collecteur d'eaux usées {rue}|21532|733", "Mise en séparatif des réseaux {rue}|21532|733",
       "Renforcement du réseau d'eau potable {rue}|21531|732", "Chemisage du collecteur unitaire {rue}|21532|733"],
      W_NET, "eau", tail=TR, pt=0.3, op=0.35, pc=0.45, cap=14, w=1.6),
    T(["Station d'épuration - file de traitement des boues|2313|733", "Usine de production d'eau potable - traitement des PFAS|2313|732",
       "Sectorisation et recherche de fuites du réseau d'eau|611|732", "Schéma directeur d'assainissement - mise à jour|2031|733",
       "Réservoir d'eau potable {q} - étanchéité de la cuve|2313|732", "Suivi de la qualité de l'eau de la rivière {riv}|611|731",
       "Compteurs d'eau - télérelève|2188|732", "Station d'épuration - traitement de l'azote et du phosphore|2313|733",
       "Poste de refoulement {q} - renouvellement des pompes|2313|733"],
      W, "eau", tail=TR, pt=0.3, op=0.3, pc=0.45, cap=14, w=1.4),
    T(["Bassin de stockage-restitution des eaux pluviales {q}|2313|734", "Noues d'infiltration des eaux pluviales {rue}|2315|734",
       "Gestion des eaux pluviales à la source - jardins de pluie {q}|2315|734", "Zonage pluvial - étude|2031|734",
       "Déconnexion des gouttières des bâtiments publics|2313|734"],
      W_RAIN, "eau", tail=TR, pt=0.3, op=0.3, pc=0.45),
    T(["Fontaines à boire - parc {pk}|2188|732", "Fontaines à boire - {place}|2188|732", "Sanisettes - quartier {q}|2188|733"],
      L(6, 70, 11, 30), "eau", tail=YEARS, pt=0.3, pc=0.4),
]


# --------------------------------------------------------------------------------------------
# 8. energy efficiency, heating networks, renewables, LED lighting (7)
# --------------------------------------------------------------------------------------------

ENERGY_T = [
    T(["Éclairage public - passage en LED {rue}|21534|758", "Modernisation de l'éclairage public LED - quartier {q}|21534|758",
       "Éclairage public - lanternes LED et détection de présence {rue}|21534|758", "Éclairage public - armoires et variation de puissance LED {q}|21534|758",
       "Rénovation de l'éclairage public en LED - tranche {t}|21534|758"],
      LED, "eclair", tail=TR, pt=0.3, op=0.35, pc=0.45, cap=10, w=1.5),
    T(["Réseau de chaleur urbain - extension quartier {q}|2315|751", "Chaufferie biomasse {q} - construction|2313|751",
       "Réseau de chaleur - raccordement des bâtiments municipaux|2315|751", "Géothermie sur nappe - forages {q}|2313|751",
       "Récupération de chaleur sur les eaux usées {rue}|2313|751", "Réseau de froid urbain - étude de faisabilité|2031|751"],
      HEATNET, "energie", tail=TR, pt=0.3, op=0.35, pc=0.45, cap=10),
    T(["Centrale photovoltaïque sur ombrières - parking {lieu}|2313|752", "Centrale solaire au sol - ancienne décharge|2313|752",
       "Cadastre solaire - étude|2031|752", "Société citoyenne d'énergie renouvelable - prise de participation"],
      L(7, 80, 13, 20), "energie", tail=YEARS, pt=0.3, op=0.3, pc=0.45),
    T(["Rénovation thermique des bâtiments communaux - programme {y}|2313|758", "Contrat de performance énergétique des bâtiments municipaux|2313|758",
       "Décret tertiaire - plan de rénovation du patrimoine bâti|2313|758", "Audits énergétiques des bâtiments municipaux|2031|758"],
      BLD_NRJ, "energie bat", tail=YEARS, pt=0.3, op=0.3, pc=0.4),
    T(["Économe de flux - suivi des consommations|611|758", "Télérelève des compteurs d'énergie des bâtiments|2188|758",
       "Plan de sobriété énergétique - régulation du chauffage|611|758", "Fourniture d'électricité d'origine renouvelable - surcoût|60612|758"],
      NRJ, "energie", tail=YEARS, pt=0.3, pc=0.45),
    T(["Bornes de recharge pour véhicules électriques - {place}|2188|758", "Bornes de recharge pour véhicules électriques - parkings municipaux|2188|758"],
      L(7, 60, 11, 40), "energie", tail=YEARS, pt=0.3, pc=0.45),
]


# --------------------------------------------------------------------------------------------
# 9. economy, employment, insertion, tourism, markets, commerce (8)
# --------------------------------------------------------------------------------------------

ECO_FAC = [(2, ("market", "bld")), (0.5, ("market", "nrj")), (1, ("market", "equip"))]

ECO_T = [
    T(["Aide à l'installation des commerces en centre-ville|20422|632", "Manager de centre-ville - rémunération|64131|632",
       "Fonds d'indemnisation des commerçants - travaux du tramway|6574|632", "Pépinière d'entreprises {lieu} - animation|611|62",
       "Salon de l'emploi - organisation|6233|61", "Observatoire économique et de l'emploi|617|60",
       "Aides à l'immobilier d'entreprise - zone d'activités {za}|20422|61", "Fonds de prêts d'honneur - abondement|6574|62"],
      ECO, "eco", tail=YEARS, pt=0.35, pc=0.45, cap=12, w=1.5),
    T(["Marchés de plein air - bornes électriques et mobilier|2188|632", "Commerce de proximité - chèques cadeaux locaux|6574|632",
       "Rues commerçantes - animations de fin d'année|611|632", "Vitrines vides - foncière de redynamisation commerciale"],
      COMMERCE, "eco", tail=YEARS, pt=0.35, pc=0.4),
    T(["Office de tourisme métropolitain - subvention|6574|633", "Taxe de séjour - reversement à l'office de tourisme|6574|633",
       "Palais des congrès - subvention d'exploitation|6574|633", "Signalétique touristique piétonne - centre historique|2188|633",
       "Bureau d'information touristique {q} - aménagement|2313|633"],
      TOUR, "tour", tail=YEARS, pt=0.35, pc=0.45),
    T(["Clauses d'insertion dans les marchés - facilitateur|611|65", "Chantier d'insertion espaces verts - convention|6574|65",
       "Plan local pour l'insertion et l'emploi (PLIE) - participation|6574|65", "Entreprise à but d'emploi - territoire zéro chômeur|6574|65",
       "Régie de quartier {qpv} - subvention|6574|65"],
      IAE, "eco", tail=YEARS, pt=0.35, pc=0.45),
    T(["Mission locale - subvention de fonctionnement|6574|251", "École de la deuxième chance - participation|6574|251"],
      L(8, 60, 4, 40), "eco", tail=YEARS, pt=0.35, pc=0.45),
]


# --------------------------------------------------------------------------------------------
# 10. digital infrastructure, innovation, research, higher education (9)
# --------------------------------------------------------------------------------------------

DIGITAL_T = [
    T(["Réseau de fibre optique métropolitain - extension {q}|21533|57", "Fourreaux de fibre optique {rue}|21533|57",
       "Wifi public - {place}|2188|57", "Réseau radio LoRa - passerelles et capteurs|21533|57",
       "Réseau d'initiative publique - très haut débit des zones d'activités|21533|57", "Points hauts de téléphonie mobile - convention|611|57"],
      THD, "num", tail=TR, pt=0.3, op=0.3, pc=0.45, cap=10, w=1.3),
    T(["Datacenter mutualisé - extension de la salle blanche|2313|57", "Datacenter - onduleurs et climatisation|2188|57",
       "Liaison fibre entre l'hôtel de ville et le datacenter|21533|57", "Datacenter de secours - hébergement|611|57"],
      DATACENTER, "num", tail=YEARS, pt=0.3, op=0.25, pc=0.45),
    T(["Jumeau numérique du territoire - relevés|617|57", "Plateforme de données ouvertes - hébergement|611|57",
       "Capteurs de qualité de l'air connectés - réseau urbain|2188|57"],
      L(9, 80, 11, 20), "num", tail=YEARS, pt=0.3, pc=0.4),
    T(["Incubateur de start-up {q} - subvention|6574|67", "Pôle de compétitivité - adhésion et programme d'actions|6574|67",
       "Appel à projets innovation - démonstrateurs urbains|6574|67", "Fablab {q} - équipement des machines|2188|67",
       "French Tech - participation au programme d'accélération|6574|67", "Living lab santé - fonctionnement|611|67"],
      INNOV, "num esr", tail=YEARS, pt=0.3, pc=0.45, cap=10),
    T(["Chaire de recherche - subvention à l'université|6574|67", "Bourses de thèse CIFRE - cofinancement|6574|67",
       "Institut de recherche - équipement scientifique|20422|67"],
      RESEARCH, "esr", tail=YEARS, pt=0.3, pc=0.45),
    T(["Université - construction d'un bâtiment d'enseignement - fonds de concours|2041|23", "{univ} - réhabilitation d'un amphithéâtre|2041|23",
       "IUT - extension des laboratoires|2041|23", "École d'ingénieurs - participation à l'extension|2041|23",
       "Contrat de plan État-région - volet enseignement supérieur|2041|23", "{univ} - bibliothèque universitaire, participation|2041|23"],
      ESR, "esr", tail=YEARS, pt=0.3, op=0.3, pc=0.45),
]


# --------------------------------------------------------------------------------------------
# 11. disability access, youth centres, priority neighbourhoods, anti-discrimination (10)
# --------------------------------------------------------------------------------------------

TEN_FAC = [(2.2, ("youth", "bld")), (0.5, ("youth", "heat")), (1.2, ("youth", "equip")), (0.4, ("youth", "pmr")),
           (0.5, ("museum", "pmr")), (0.5, ("theatre", "pmr")), (0.6, ("cityhall", "pmr")), (0.3, ("police", "pmr")),
           (0.4, ("lib", "pmr")), (0.4, ("heritage", "pmr")), (0.3, ("health", "pmr"))]

TEN_T = [
    T(["Ad'AP - mise en accessibilité des ERP - tranche {t}|2135|425", "Places de stationnement PMR - mise aux normes|2315|425",
       "Boucles magnétiques - guichets d'accueil|2188|425", "Commission communale pour l'accessibilité - diagnostics|617|425",
       "Interprétariat en langue des signes - accueil des usagers|611|425", "Mise en accessibilité des arrêts de tramway|2315|425",
       "Cheminements accessibles - {rue}|2315|425"],
      PMR, "handi", tail=YEARS, pt=0.3, op=0.25, pc=0.4, cap=10, w=1.4),
    T(["Aire de jeux inclusive - parc {pk}|2128|425"], L(10, 60, 11, 40), "handi ev", tail=YEARS, pt=0.3, pc=0.35),
    T(["Espace jeunes {q} - animations de l'été|611|338", "Point information jeunesse - fonctionnement|611|338",
       "Conseil municipal des jeunes - projets|611|338", "Séjours jeunes - vacances apprenantes|611|332",
       "Bourses aux projets des jeunes|6574|338", "Prévention spécialisée - éducateurs de rue {qpv}|6574|338"],
      YOUTH, "jeun", tail=YEARS, pt=0.35, pc=0.45, cap=10),
    T(["Contrat de ville - programmation {y}|6574|52", "Adultes-relais - cofinancement|64131|52",
       "Gestion urbaine de proximité - quartier {qpv}|611|52", "Médiation sociale de proximité - quartier {qpv}|6574|52",
       "Fonds de participation des habitants - quartier {qpv}|6574|52"],
      QPV, "jeun", tail=YEARS, pt=0.3, pc=0.45, cap=10),
    T(["Centre social {qpv} - subvention de fonctionnement|6574|52", "Centre socioculturel {q} - convention d'objectifs|6574|338"],
      L(10, 70, 1, 30), "jeun", tail=YEARS, pt=0.3, pc=0.4),
    T(["Lutte contre les discriminations - formation des agents|611", "Lutte contre le racisme et l'antisémitisme - subvention|6574",
       "Testing des discriminations à l'embauche - étude|617", "Accès aux droits - point justice et permanences anti-discriminations|611"],
      YOUTH, "jeun", tail=YEARS, pt=0.3, pc=0.3),
]


# --------------------------------------------------------------------------------------------
# 12. urban planning, housing, roads, public transport, cycling, culture, heritage, museums,
#     festivals, cemeteries (11)
# --------------------------------------------------------------------------------------------

CULT_FAC = [(2, ("museum", "bld")), (0.4, ("museum", "nrj")), (1, ("museum", "equip")), (1.6, ("theatre", "bld")),
            (0.4, ("theatre", "led")), (1, ("theatre", "equip")), (2.4, ("heritage", "bld"))]

URBAN_T = [
    T(["Requalification - {rue}|2151|844,845", "Réfection de chaussée - {rue}|2151|845", "Trottoirs - {rue}|2151|845",
       "Carrefour à feux {rue} - réaménagement|2152|847", "Signalisation lumineuse tricolore - renouvellement des contrôleurs|2152|847",
       "Place {q} - requalification des espaces publics|2151|844", "Voirie et réseaux divers - lotissement {lieu}|2151|845",
       "Plateau piétonnier - centre historique|2151|844"],
      ROAD, "voirie", tail=TR, pt=0.3, op=0.35, pc=0.45, cap=14, w=1.8),
    T(["Pont {lieu} - réparation des appuis|2151|844", "Ouvrage d'art {n} - remplacement des joints de chaussée|2151|844",
       "Passerelle {lieu} - reprise de la corrosion|2151|844", "Trémie {rue} - étanchéité|2151|844"],
      BRIDGE, "voirie", tail=TR, pt=0.3, op=0.3, pc=0.45),
    T(["Parking {lieu} - réfection des niveaux|2313|848", "Parc de stationnement {q} - contrôle d'accès|2188|848",
       "Stationnement payant - horodateurs|2188|848"],
      URBA, "voirie mob", tail=YEARS, pt=0.3, pc=0.45),
    T(["Tramway ligne {n} - prolongement - participation|2041|82", "Bus à haut niveau de service - aménagement des stations|2151|82",
       "Réseau de bus - contribution au délégataire|611|821", "Pôle d'échanges de la gare - parvis et quais bus|2151|82",
       "Navette électrique du centre-ville - exploitation|611|821", "Abris voyageurs - renouvellement|2152|821"],
      TRANSIT, "mob", tail=TR, pt=0.3, op=0.3, pc=0.45, cap=10),
    T(["Piste cyclable bidirectionnelle {rue}|2151|87", "Plan vélo - stationnements vélos sécurisés|2152|87",
       "Vélos en libre-service - contrat d'exploitation|611|87", "Réseau express vélo - ligne {n}|2151|87",
       "Jalonnement cyclable - {q}|2152|87", "Passerelle piétons-cycles {lieu}|2151|87", "Zone de rencontre - centre historique|2151|87"],
      SOFT, "mob", tail=TR, pt=0.3, op=0.3, pc=0.45, cap=12, w=1.4),
    T(["ZAC {zac} - participation à l'équilibre de l'opération|204|515", "PLU - modification simplifiée n°{n}|202|51",
       "Réserves foncières - acquisition {rue}|2111|581", "Concession d'aménagement {zac} - participation|204|515",
       "Opération façades - aides au ravalement|20422|53", "Droit de préemption - acquisition {rue}|2111|581",
       "Cœur de ville - maîtrise d'œuvre urbaine|2031|515"],
      URBA, "urba", tail=TR, pt=0.3, op=0.3, pc=0.45, cap=12, w=1.3),
    T(["NPNRU {qpv} - démolition de la barre {n}|204|515", "Renouvellement urbain {qpv} - aménagement des espaces publics|2151|515",
       "NPNRU {qpv} - participation au bilan de l'opération|204|515"],
      RENEWAL, "urba", tail=TR, pt=0.3, op=0.35, pc=0.4),
    T(["Logements sociaux - surcharge foncière {rue}|20422|555", "Aides aux bailleurs sociaux - réhabilitation {qpv}|20422|555",
       "Garantie d'emprunts des bailleurs sociaux - frais|611|555", "Résorption de l'habitat insalubre - îlot {lieu}|2138|555"],
      SOCHOUSING, "urba", tail=YEARS, pt=0.3, pc=0.45),
    T(["Musée des Beaux-Arts - acquisition d'œuvres|2161|314", "Muséum - restauration des collections|611|314",
       "Musée d'Histoire - exposition temporaire|611|314", "Musées - récolement et numérisation des collections|611|314",
       "Fonds d'art contemporain - acquisitions|2161|311"],
      CULT, "cult", tail=YEARS, pt=0.35, pc=0.45, w=1.5),
    T(["Festival {fest} - subvention|6574|311", "Festival {fest} - scénographie et technique|611|311",
       "Opéra - subvention de fonctionnement|6574|316", "Scène de musiques actuelles - subvention|6574|311",
       "Compagnie de théâtre {asso} - résidence|6574|316", "Saison culturelle des quartiers - programmation|611|311",
       "Nuit des musées - animations|611|314"],
      CULT, "cult", tail=YEARS, pt=0.35, pc=0.45, cap=12, w=2.2),
    T(["Fête nationale - feu d'artifice|6232|024", "Illuminations de fin d'année - location et pose|611|024",
       "Marché de Noël - chalets et animations|6232|024"],
      L(11, 80, 16, 20), "cult", tail=YEARS, pt=0.35, pc=0.45),
    T(["Archives municipales - numérisation de l'état civil ancien|611|315", "Archives municipales - conditionnement des fonds|611|315"],
      ARCHIVES, "cult", tail=YEARS, pt=0.3, pc=0.45),
    T(["Cimetière {cim} - reprise des concessions abandonnées|21316|025", "Cimetière {cim} - columbarium|21316|025",
       "Cimetière {cim} - jardin du souvenir|21316|025", "Crématorium - délégation de service public|611|025",
       "Cimetières - logiciel de gestion des concessions|611|025", "Cimetière {cim} - ossuaire|21316|025",
       "Cimetière {cim} - restauration des tombes d'intérêt patrimonial|21316|025"],
      CULT, "cim", tail=YEARS, pt=0.3, op=0.2, pc=0.45, cap=10, w=1.2),
]


# --------------------------------------------------------------------------------------------
# 13. waste, recycling, circular economy, sustainable procurement (12)
# --------------------------------------------------------------------------------------------

WASTE_T = [
    T(["Collecte des biodéchets - quartier {q}|611|7212", "Colonnes enterrées - {rue}|2188|7212", "Points d'apport volontaire - quartier {q}|2188|7212",
       "Compostage partagé en pied d'immeuble - {q}|2188|7211", "Ressourcerie {q} - subvention|6574|7213",
       "Recyclerie du bâtiment - réemploi des matériaux|6574|7213", "Défi familles zéro déchet - animation|611|7211",
       "Vaisselle réutilisable - manifestations municipales|2188|7211", "Centre de tri - modernisation de la chaîne|2313|7213",
       "Tri des déchets dans les bâtiments municipaux|611|7213", "Broyage des sapins de Noël - collecte|611|7213",
       "Collecte des encombrants sur rendez-vous|611|7212", "Bornes de collecte des textiles - {q}|2188|7212",
       "Lombricomposteurs - distribution aux habitants|60632|7211", "Tarification incitative - étude de mise en place|617|721",
       "Déchets d'activités de soins des particuliers - points de collecte|611|7212"],
      WASTE, "dech", tail=YEARS, pt=0.3, op=0.2, pc=0.45, cap=22, w=2.4),
    T(["Déchèterie {q} - extension|2313|721", "Recyclerie - construction du bâtiment|2313|721", "Quai de transfert des déchets - réhabilitation|2313|721"],
      WASTE_BLD, "dech", tail=TR, pt=0.3, op=0.35, pc=0.45),
    T(["Schéma de promotion des achats responsables - mise à jour|617", "Achats durables - clauses environnementales des marchés|611",
       "Commande publique responsable - formation des acheteurs|611", "Achats - sourcing de produits issus du réemploi|611"],
      PROCURE, "achat", tail=YEARS, pt=0.3, pc=0.3),
    T(["Restaurants scolaires - lutte contre le gaspillage alimentaire|611|7211", "Cantines - pesées des restes et tables de tri|2188|7211"],
      L(12, 70, 4, 30), "dech restau", tail=YEARS, pt=0.3, pc=0.35),
]


# --------------------------------------------------------------------------------------------
# 14. climate plan, flood and natural risks, adaptation, heat-island cooling (13)
# --------------------------------------------------------------------------------------------

CLIMATE_FAC = [(3, ("school", "oasis")), (1, ("creche", "oasis"))]

CLIMATE_T = [
    T(["Plan climat-air-énergie - animation|611|71", "Bilan carbone des services municipaux|617|71",
       "Plan d'adaptation au changement climatique - diagnostic de vulnérabilité|617|71", "Budget vert - cotation des dépenses|617|71",
       "Fresque du climat - sensibilisation des agents|611|71", "Observatoire local du climat - cotisation|6574|71"],
      CLIMATE, "climat", tail=YEARS, pt=0.35, pc=0.45, cap=9),
    T(["Îlot de fraîcheur - {place}|2128|71", "Désimperméabilisation et plantation - {place}|2128|71",
       "Parking {lieu} - désimperméabilisation et plantation|2128|71"],
      COOL, "climat ev", tail=YEARS, pt=0.3, op=0.3, pc=0.4),
    T(["Brumisateurs - {place}|2188|71", "Voiles d'ombrage - {place}|2188|71", "Jeux d'eau rafraîchissants - parc {pk}|2128|71",
       "Salles rafraîchies pour les épisodes de canicule|2313|71", "Toitures réfléchissantes des bâtiments municipaux (cool roof)|2313|71"],
      COOL_EQ, "climat", tail=YEARS, pt=0.3, pc=0.4),
    T(["Plantation d'arbres d'ombrage - {place}|2128", "Ombrage végétal des cours de récréation - plantations|2128"],
      L(13, 60, 15, 40), "climat ev", tail=YEARS, pt=0.3, pc=0.3),
    T(["Digue {riv} - confortement|2313|735", "Programme d'actions de prévention des inondations {riv}|2031|735",
       "Bassin d'écrêtement des crues {q}|2313|735", "Repères de crues et culture du risque|611|735",
       "Vannes et clapets anti-retour des exutoires|2315|735"],
      FLOOD, "risque", tail=TR, pt=0.3, op=0.3, pc=0.45),
    T(["Plan communal de sauvegarde - mise à jour", "Système d'alerte à la population - sirènes",
       "Exercice de gestion de crise - inondation", "Réserve communale de sécurité civile - équipement"],
      L(13, 70, 16, 30), "risque", tail=YEARS, pt=0.3, pc=0.2),
    T(["Torrent {tor} - plage de dépôt", "Paravalanches - versant nord", "Filets pare-blocs - route de la Bastille-Haute",
       "Torrent {tor} - restauration des ouvrages de correction"],
      FLOOD, "risque", tail=TR, pt=0.3, op=0.3, pc=0.2, only=("ALPES",)),
    T(["Retrait-gonflement des argiles - étude des bâtiments fissurés|2031", "Cartographie des îlots de chaleur - étude|2031"],
      CLIMATE, "climat risque", tail=YEARS, pt=0.3, pc=0.3),
]


# --------------------------------------------------------------------------------------------
# 15. sea, coast, beaches, marine protection (14)
# --------------------------------------------------------------------------------------------

SEA_T = [
    T(["Plage {pl} - douches et rince-pieds|2188|56", "Plage {pl} - sanitaires publics|2313|56", "Plage {pl} - mobilier et passerelles d'accès|2188|56",
       "Front de mer - promenade de la plage {pl}|2315|56"],
      BEACH, "mer", tail=["saison {y}", "{y}"], pt=0.35, op=0.2, pc=0.4, cap=9, w=1.2),
    T(["Postes de secours des plages - saison {y}|611|56", "Surveillance des plages - convention avec les sauveteurs|611|56",
       "Poste de secours de la plage {pl} - reconstruction|2313|56"],
      L(14, 70, 16, 30), "mer", tail=YEARS, pt=0.3, pc=0.4),
    T(["Nettoyage des plages - cribleuse|2182|56", "Nettoyage manuel des plages et laisses de mer|611|56",
       "Filets anti-déchets sur les exutoires en mer|2315|56"],
      L(14, 70, 12, 30), "mer", tail=YEARS, pt=0.3, pc=0.4),
    T(["Ganivelles - cordon dunaire de la plage {pl}|2128|56", "Dune {pl} - mise en défens et replantation|2128|56"],
      L(14, 60, 15, 40), "mer", tail=YEARS, pt=0.3, pc=0.4),
    T(["Rechargement en sable de la plage {pl}|2128|56", "Observatoire du trait de côte - levés|617|56",
       "Stratégie locale de gestion du trait de côte|2031|56"],
      L(14, 60, 13, 40), "mer", tail=YEARS, pt=0.3, pc=0.4),
    T(["Aire marine protégée - plan de gestion|611|56", "Récifs artificiels - immersion|2313|56", "Mouillages écologiques - protection des herbiers|2188|56",
       "Suivi des herbiers marins - inventaires|617|56", "Sentier sous-marin - balisage|2188|56"],
      L(14, 100), "mer", tail=YEARS, pt=0.3, pc=0.4),
    T(["Profils de baignade - analyses des eaux de mer|611|56", "Qualité des eaux de baignade - suivi estival|611|56"],
      L(14, 60, 6, 40), "mer", tail=["saison {y}", "{y}"], pt=0.3, pc=0.4),
    T(["Sentier du littoral - secteur {q}|2128|56", "Accès à la plage {pl} - escaliers et rampes|2315|56"],
      L(14, 60, 11, 40), "mer", tail=YEARS, pt=0.3, op=0.3, pc=0.4),
]


# --------------------------------------------------------------------------------------------
# 16. parks, gardens, trees, greening, biodiversity, zoos (15)
# --------------------------------------------------------------------------------------------

PARK_T = [
    T(["Parc {pk} - réfection des allées|2128|511", "Jardin {pk} - rénovation du bassin|2128|511", "Square {pk} - réaménagement|2128|511",
       "Coulée verte {lieu} - aménagement|2128|511", "Jardin botanique - rénovation des serres|2313|511",
       "Parc {pk} - clôtures et portails|2128|511", "Parc {pk} - arrosage automatique|2128|511", "Création du parc {pk}|2128|511"],
      PARK, "ev", tail=TR, pt=0.3, op=0.35, pc=0.45, cap=12, w=1.8),
    T(["Parc {pk} - aire de jeux|2128|511", "Square {pk} - renouvellement des jeux|2128|511"],
      PLAY, "ev", tail=YEARS, pt=0.3, op=0.2, pc=0.45),
    T(["Plantation d'arbres d'alignement {rue}|2121|511", "Plan arbre - plantations de l'hiver {y}|2121|511",
       "Arbres d'alignement - remplacement des sujets morts {rue}|2121|511"],
      TREES, "ev", tail=YEARS, pt=0.3, pc=0.45),
    T(["Patrimoine arboré - diagnostic sanitaire|617|511", "Élagage des arbres des parcs|611|511", "Gestion différenciée - éco-pâturage|611|511",
       "Atlas de la biodiversité - inventaires|617|76", "Lutte contre les espèces invasives - renouée du Japon|611|76",
       "Nichoirs et gîtes à chauves-souris|2188|76", "Trame noire - extinction et inventaires|617|76", "Mares et zones humides {pk} - restauration|2128|76"],
      BIODIV, "ev", tail=YEARS, pt=0.3, pc=0.45, cap=12, w=1.3),
    T(["Végétalisation - {rue}|2121|511", "Permis de végétaliser - fourniture de plants aux habitants|6068|511",
       "Rue jardin {rue} - plantations et fosses d'arbres|2121|511"],
      GREENSTREET, "ev voirie", tail=YEARS, pt=0.3, pc=0.4),
    T(["Micro-forêt urbaine - {q}|2121|511", "Forêt urbaine {pk} - plantations|2121|511"],
      L(15, 70, 13, 30), "ev", tail=YEARS, pt=0.3, pc=0.4),
    T(["Parc zoologique - rénovation des enclos|2313|76", "Parc zoologique - volière|2313|76", "Parc animalier {pk} - aménagement|2128|76"],
      L(15, 80, 11, 20), "ev", tail=YEARS, pt=0.3, op=0.3, pc=0.4),
    T(["Parc zoologique - alimentation et soins vétérinaires des animaux|611|76", "Ferme pédagogique - soins des animaux|611|76"],
      BIODIV, "ev", tail=YEARS, pt=0.3, pc=0.4),
    T(["Renaturation des berges {riv}|2128|76", "Berges {riv} - restauration de la ripisylve|2128|76"],
      L(15, 60, 6, 40), "ev", tail=YEARS, pt=0.3, pc=0.4),
]


# --------------------------------------------------------------------------------------------
# 17. city hall, administration, IT for services, police, civil status, elections,
#     citizen participation (16)
# --------------------------------------------------------------------------------------------

ADM_FAC = [(2, ("cityhall", "bld")), (0.5, ("cityhall", "nrj")), (0.4, ("cityhall", "heat")), (1, ("cityhall", "equip")),
           (1, ("police", "bld")), (0.6, ("police", "equip"))]

ADM_T = [
    T(["Fournitures administratives - marché {y}|6064|020", "Assurance dommages aux biens de la ville - prime {y}|616|020",
       "Frais de contentieux et d'actes|6227|020", "Honoraires d'avocats - marché de conseil juridique|6226|020",
       "Affranchissement du courrier - machine à affranchir|6261|020", "Nettoyage des locaux du centre administratif {lieu}|6283|020",
       "Véhicules de service électriques - pool de l'hôtel de ville|2182|020", "Cérémonies officielles - réceptions de l'hôtel de ville|6257|020",
       "Accueil unique des usagers - mairie de quartier {q}|611|022"],
      ADM, "adm", tail=YEARS, pt=0.35, pc=0.5, cap=12, w=1.5),
    T(["Logiciel de gestion financière - migration|2051|020", "Postes de travail des agents - renouvellement|2183|020",
       "Téléphonie fixe et mobile - marché|6262|020", "Dématérialisation des démarches - portail usagers|2051|020",
       "Gestion électronique des documents|2051|020", "Cybersécurité - supervision et audit|611|020",
       "Licences bureautiques|6581|020", "Logiciel de gestion des ressources humaines|2051|020", "Serveurs et stockage - renouvellement|2183|020"],
      ADM_IT, "si", tail=YEARS, pt=0.35, op=0.2, pc=0.5, cap=14, w=1.8),
    T(["Police municipale - véhicules|2182|11", "Vidéoprotection - caméras {q}|2188|11", "Police municipale - gilets pare-balles|2188|11",
       "Brigade cynophile - chiens et chenil|2188|11", "Agents de surveillance de la voie publique - terminaux de verbalisation|2188|11",
       "Police municipale - radios numériques|2188|11", "Fourrière automobile - marché d'enlèvement|611|11"],
      ADM, "police", tail=YEARS, pt=0.3, op=0.2, pc=0.5, cap=12, w=1.4),
    T(["Centre de supervision urbain - mur d'images|2188|11"], ADM_IT, "police", tail=YEARS, pt=0.3, pc=0.45),
    T(["État civil - reliure des registres de l'année {y}|611|020", "Élections {y} - mise sous pli de la propagande|611|020",
       "Bureaux de vote {q} - urnes et isoloirs|2188|020", "Recensement de la population {y} - agents recenseurs|64131|020",
       "Titres d'identité - station de recueil de la mairie de quartier {q}|2188|022",
       "Élections {y} - indemnités des présidents de bureau|6218|020", "État civil - actes dématérialisés - COMEDEC|611|020",
       "Élections - tenue des listes électorales - logiciel|611|020", "Mariages - salle des mariages - mobilier|2184|020",
       "Livrets de famille et imprimés d'état civil|6064|020"],
      ADM, "ec", tail=YEARS, pt=0.3, pc=0.45, cap=10, w=2),
    T(["Budget participatif - organisation du vote|611|020", "Budget participatif - communication et ateliers|6231|020",
       "Budget participatif - instruction technique des projets déposés|611|020", "Budget participatif - vote en ligne et urnes mobiles|611|020",
       "Budget participatif - animation des ateliers de quartier|611|020", "Budget participatif - comité de suivi citoyen|611|020"],
      ADM, "citoy", tail=["édition {y}", "{y}", "saison {t}"], pt=0.45, pc=0.35, cap=9, w=1.6),
    T(["Conseils de quartier - fonctionnement|611|020", "Conseil citoyen {qpv} - fonctionnement|611|020",
       "Convention citoyenne - tirage au sort et animation|611|020", "Consultation des habitants - plateforme de concertation|611|020",
       "Conseil des aînés - fonctionnement|611|020"],
      ADM, "citoy", tail=YEARS, pt=0.35, pc=0.4, cap=10),
    T(["Indemnités des élus|65311|031", "Formation des élus|65315|031", "Groupes d'élus - frais de fonctionnement|6586|031",
       "Séances du conseil municipal - retransmission|611|031"],
      ADM, "adm", tail=YEARS, pt=0.3, pc=0.6),
]


# --------------------------------------------------------------------------------------------
# 18. international co-operation, contributions to other public bodies, debt (17)
# --------------------------------------------------------------------------------------------

FIN_T = [
    T(["Coopération décentralisée avec {ville}|6574|048", "Jumelage avec {jum} - échanges scolaires et culturels|611|048",
       "Aide d'urgence humanitaire - {sud}|6574|044", "Programme européen Interreg - cotisation|6281|043",
       "Réseau des villes européennes - cotisation|6281|043"],
      FIN, "intl", tail=YEARS, pt=0.3, pc=0.45, cap=10, w=1.3),
    T(["Coopération décentralisée {sud} - accès à l'eau potable|6574|048"], L(17, 60, 6, 40), "intl", tail=YEARS, pt=0.3, pc=0.45),
    T(["Coopération décentralisée {sud} - construction d'une école|6574|048"], L(17, 60, 4, 40), "intl", tail=YEARS, pt=0.3, pc=0.45),
    T(["Intérêts des emprunts|66111|01", "Remboursement du capital des emprunts|1641|01", "Intérêts de la ligne de trésorerie|6615|01",
       "Emprunt obligataire - coupons|66111|01", "Intérêts courus non échus|66112|01", "Frais bancaires et commissions|627|01",
       "Indemnités de remboursement anticipé|668|01", "Emprunt Banque européenne d'investissement - échéance|1641|01",
       "Titres négociables à court terme - intérêts|6618|01"],
      FIN, "fin", tail=["{y}", "prêt n°{n}", "exercice {y}"], pt=0.4, pc=0.7, cap=14, w=1.8),
    T(["Fonds de péréquation des ressources intercommunales - prélèvement|739|01", "Contribution au service d'incendie et de secours",
       "Subvention d'équilibre au budget annexe des parkings|657362|01", "Provision pour garanties d'emprunts|6815|01",
       "Admissions en non-valeur|6541|01", "Dotations aux amortissements|6811|01", "Cotisation au pôle métropolitain|6281|01"],
      FIN, "fin", tail=YEARS, pt=0.35, pc=0.55, cap=10, w=1.1),
    T(["Attribution de compensation versée aux communes membres|739|01", "Dotation de solidarité communautaire|739|01",
       "Fonds de concours versés aux communes membres|2041|01"],
      FIN, "fin", tail=YEARS, pt=0.35, pc=0.55, only=("SO", "MED", "NORD")),
    T(["Attribution de compensation versée à la métropole|739|01", "Contribution au syndicat intercommunal à vocation multiple|6558|01"],
      FIN, "fin", tail=YEARS, pt=0.35, pc=0.55, only=("EST", "OUEST", "ALPES", "CENTRE")),
]


# --------------------------------------------------------------------------------------------
# 19. generic fragments: the direction (or the fonction) gives the purpose
# --------------------------------------------------------------------------------------------

# field -> (split of a generic building line, split of a generic equipment line, fonctions, weight)
GENERIC = {
    "edu": (SCH, EDU, ["212", "213", "211"], 10), "pe": (SCH, EDU, ["4221", "4222", "422"], 5),
    "restau": (CANTEEN, CANTEEN, ["281"], 3), "cons": (SCH, EDU, [], 2.5), "lib": (LIB, LIB, ["313"], 4),
    "social": (L(1, 85, 11, 15), SOC, ["424", "428", "42"], 4), "agri": (URBAGRI, L(2, 100), ["6318", "631"], 1.5),
    "sante": (HEALTH_BLD, HEALTH, ["414", "41"], 3), "seniors": (HEALTH_BLD, L(3, 100), ["4238", "423"], 2),
    "sport": (SPORT_BLD, SPORT, ["321", "322", "323", "32"], 8), "eau": (W_NET, W, ["732", "733", "73"], 5),
    "energie": (HEATNET, NRJ, ["758", "75"], 3), "eclair": (L(11, 70, 7, 30), L(11, 70, 7, 30), ["512"], 3),
    "eco": (MARKET_BLD, ECO, ["632", "61"], 3), "tour": (TOUR, ECO, ["633"], 2), "num": (THD, THD, ["57"], 2),
    "si": (None, ADM_IT, ["020"], 5), "handi": (PMR, L(10, 100), ["425"], 2),
    "jeun": (YOUTH_BLD, YOUTH, ["338", "52"], 4), "urba": (URBA, URBA, ["515", "51", "55"], 4),
    "voirie": (ROAD, URBA, ["845", "844", "84"], 8), "mob": (TRANSIT, URBA, ["82", "87", "821"], 4),
    "cult": (CULT, CULT, ["311", "312", "314", "31"], 7), "cim": (CULT, CULT, ["025"], 3),
    "dech": (L(12, 85, 11, 15), WASTE, ["721", "7212", "72"], 5), "climat": (L(13, 70, 11, 30), CLIMATE, ["71"], 2),
    "risque": (FLOOD, CLIMATE, ["735"], 2), "mer": (BEACH, L(14, 100), ["56"], 2.5), "ev": (PARK, L(15, 100), ["511"], 7),
    "adm": (ADM_BLD, ADM, ["020"], 5), "police": (ADM_BLD, ADM, ["11"], 3), "ec": (None, ADM, ["020", "022"], 2),
    "bat": (ADM, ADM, [], 2),
}
STUDY, WORKS, RESERVE = ["2031"], ["2313", "2135", "21318"], ["2313"]
GEN_BLD = [("TRAVAUX DIVERS", "Travaux divers", WORKS), ("TVX DIVERS", "Travaux divers", WORKS),
           ("GROS ENTRETIEN", "Gros entretien", WORKS), ("GROS ENTRETIEN ET RENOUVELLEMENT", "Gros entretien et renouvellement", WORKS),
           ("GER", "GER", WORKS), ("MAITRISE D'OEUVRE", "Maîtrise d'œuvre", STUDY), ("MOE", "MOE", STUDY), ("AMO", "AMO", STUDY),
           ("ASSISTANCE A MAITRISE D'OUVRAGE", "Assistance à maîtrise d'ouvrage", STUDY),
           ("ETUDES PREALABLES", "Études préalables", STUDY), ("ETUDES DE FAISABILITE", "Études de faisabilité", STUDY),
           ("ETUDES ET DIAGNOSTICS", "Études et diagnostics", STUDY),
           ("PROVISION POUR REVISION DE PRIX", "Provision pour révision de prix", RESERVE),
           ("REVISIONS DE PRIX", "Révisions de prix", RESERVE), ("ALEAS ET IMPREVUS", "Aléas et imprévus", RESERVE),
           ("MISE EN CONFORMITE", "Mise en conformité", WORKS), ("TRAVAUX D'URGENCE", "Travaux d'urgence", WORKS),
           ("CONTROLES REGLEMENTAIRES", "Contrôles réglementaires", ["6156"]), ("REFECTIONS DIVERSES", "Réfections diverses", WORKS)]
GEN_EQ = [("MOBILIER", "Mobilier", ["2184"]), ("MOBILIER ET PETIT EQUIPEMENT", "Mobilier et petit équipement", ["2184"]),
          ("VEHICULES", "Véhicules", ["2182"]), ("VEHICULES UTILITAIRES", "Véhicules utilitaires", ["2182"]),
          ("ACQUISITIONS DIVERSES", "Acquisitions diverses", ["2188"]), ("MATERIEL ET OUTILLAGE", "Matériel et outillage", ["2188"]),
          ("PETIT MATERIEL", "Petit matériel", ["2188"]), ("RENOUVELLEMENT DU MATERIEL", "Renouvellement du matériel", ["2188"]),
          ("EQUIPEMENTS DIVERS", "Équipements divers", ["2188"]), ("ACQ MATERIEL DIVERS", "Acquisition de matériel divers", ["2188"])]
# under the IT direction only equipment reads as IT (its furniture and vehicles are the administration's)
GEN_EQ_SI = [g for g in GEN_EQ if not g[0].startswith(("MOBILIER", "VEHICULES"))]
GEN_SUFFIX = ["{y}", "- {y}", "PROG. {y}", "- PROGRAMME {y}", "- ENVELOPPE {y}", "- TRANCHE {t}", "- REPORTS {y}", "CP {y}",
              "- LOT {n}", "- CREDITS {y}", "BP {y}", "EXERCICE {y}"]
GEN_FRAGMENTS = GenericFragments(bld=GEN_BLD, eq=GEN_EQ, eq_si=GEN_EQ_SI, styles=[(70, "upper"), (22, "mixed"), (8, "lower")],
                                 p_op=0.22, suffixes=GEN_SUFFIX)


def generic_row():
    if chance(0.08):  # no service, no fonction: nothing says what it is for
        auth = wpick([(a.weight, a) for a in AUTHS])
        lib, nats = RENDER.generic_label(auth, GEN_FRAGMENTS, pick(["bld", "eq"]))
        nat = pick(nats) if chance(0.4) else ""
        chap = chapter_of_nature(nat) if nat else ""
        return lib, chap, nat, "", "", ADM
    field = wpick([(v[3], k) for k, v in GENERIC.items()])
    bld_lab, eq_lab, fcts, _w = GENERIC[field]
    kind = "eq" if bld_lab is None or chance(0.4) else "bld"
    lab = eq_lab if kind == "eq" else bld_lab
    auth = pick_auth([field])
    d, _f = pick_direction(auth, [field])
    lib, nats = RENDER.generic_label(auth, GEN_FRAGMENTS, kind, field)
    # fonction 020 alone reads as administration: the IT direction's lines need their service
    context = wpick([(70, "svc"), (18, "both"), (12, "fct")]) if fcts and field != "si" else ("both" if fcts and chance(0.2) else "svc")
    idx = 0 if kind == "bld" else 1
    named = all(GENERIC[f][idx] == lab for f in d.fields if f in GENERIC)  # the name cannot mean another split
    svc = service_cell(d, field, generic=True, named=named) if context in ("svc", "both") else ""
    fct = pick(fcts) if context in ("fct", "both") else ""
    nat = pick(nats) if chance(0.3) else ""
    chap = chapter_of_nature(nat) if nat and chance(0.8) else ""
    assert codes_agree(lab, chap, nat, fct), (lib, lab, fct)
    if fct and chance(0.5):
        fct = draw.code_cell("fct", fct)
    return lib, chap, nat, fct, svc, lab


# --------------------------------------------------------------------------------------------
# 20. libellé first: the label's purpose is not the one of the direction that holds it
# --------------------------------------------------------------------------------------------

FIRST_T = [
    T(["Abaissés de trottoirs PMR - {rue}|2315", "Bandes podotactiles aux traversées piétonnes - {q}|2315",
       "Feux sonores pour piétons malvoyants - {rue}|2188", "Mise en accessibilité des quais de bus - {rue}|2315"],
      PMR, "voirie mob", tail=YEARS, pt=0.3, op=0.2, pc=0.3, cap=7, w=1.5),
    T(["Gymnase {sp} - panneaux photovoltaïques en toiture|2313|752", "Piscine {sp} - récupération de chaleur sur les eaux de vidange|2313|751",
       "Stade {sp} - ombrières photovoltaïques du parking|2313|752"],
      SPORT_PV, "sport", tail=YEARS, pt=0.3, op=0.3, pc=0.3, w=1.3),
    T(["Centre de santé {q} - réfection des cabinets médicaux|2313|414", "Centre municipal de santé {q} - extension|2313|414",
       "EHPAD {eh} - mise en conformité SSI|2313|4238", "Maison de santé {q} - réaménagement de l'accueil|2313|414"],
      HEALTH_BLD, "bat", tail=YEARS, pt=0.3, op=0.3, pc=0.3, w=1.3),
    T(["Groupe scolaire {p} - réfection de la toiture|21312|212", "Crèche {cr} - réfection des sols|2313|4221",
       "École maternelle {p} - remplacement des menuiseries intérieures|21312|211"],
      SCH, "bat", tail=YEARS, pt=0.3, op=0.3, pc=0.3),
    T(["Gymnase {sp} - remplacement du sol sportif|2313|321", "Gymnase {sp} - réfection de la toiture|2313|321"], SPORT_BLD, "bat",
      tail=YEARS, pt=0.3, pc=0.3),
    T(["Hôtel de ville - centrale photovoltaïque en toiture|2313|752", "Centre technique municipal - panneaux photovoltaïques|2313|752"],
      L(7, 60, 16, 40), "bat adm", tail=YEARS, pt=0.3, pc=0.3),
    T(["Subvention à la banque alimentaire|6574", "Épicerie sociale - subvention exceptionnelle|6574"], FOODAID, "fin", tail=YEARS, pt=0.3, pc=0.3),
    T(["Hébergement d'urgence des femmes victimes de violences - nuitées|611"], L(5, 60, 1, 40), "social", tail=YEARS, pt=0.4, pc=0.3),
    T(["Éclairage des cheminements relevés par les marches exploratoires de femmes - {q}|2315|341"], L(5, 70, 11, 30), "voirie eclair",
      tail=YEARS, pt=0.3, pc=0.3),
    T(["Plantation d'arbres d'alignement - {rue}|2121|511", "Arbres de pleine terre - {rue}|2121|511"], TREES, "voirie",
      tail=YEARS, pt=0.3, pc=0.3),
    T(["Végétalisation des pieds d'arbres et des trottoirs - {rue}|2121|511"], GREENSTREET, "voirie", tail=YEARS, pt=0.3, pc=0.3),
    T(["Noues d'infiltration des eaux pluviales - {rue}|2315|734", "Tranchées drainantes des eaux pluviales - {rue}|2315|734"],
      W_RAIN, "voirie", tail=YEARS, pt=0.3, pc=0.3),
    T(["Ferme urbaine de la ZAC {zac}|2128|6318", "Jardins partagés de la ZAC {zac}|2128|6318"], URBAGRI, "urba", tail=YEARS, pt=0.3, pc=0.3),
    T(["ZAC {zac} - groupe scolaire - participation|204|213"], SCH, "urba", tail=YEARS, pt=0.3, pc=0.3),
    T(["Piste cyclable de la coulée verte {lieu}|2151|87", "Voie verte du parc {pk} - revêtement cyclable|2151|87"], SOFT, "ev",
      tail=YEARS, pt=0.3, pc=0.3),
    T(["Parcours sportif - parc {pk}|2128|325", "Agrès de fitness - square {pk}|2128|325"], L(3, 70, 15, 30), "ev", tail=YEARS,
      pt=0.3, pc=0.3),
    T(["Wifi public - parc {pk}|2188|57"], L(9, 70, 11, 30), "ev", tail=YEARS, pt=0.3, pc=0.3),
    T(["Cour oasis - groupe scolaire {p}", "Désimperméabilisation de la cour de l'école {p}"], OASIS, "edu bat", tail=TR, pt=0.3, pc=0.2),
    T(["École {p} - panneaux photovoltaïques en toiture|2313|752"], SCH_PV, "edu", tail=YEARS, pt=0.3, pc=0.3),
    T(["Restaurant scolaire {p} - approvisionnement bio et local|60623"], BIO_CANTEEN, "edu", tail=YEARS, pt=0.3, pc=0.3),
    T(["Sanisettes - quartier {q}|2188|733", "Toilettes publiques - {place}|2188|733"], L(6, 60, 11, 40), "dech", tail=YEARS, pt=0.3, pc=0.3),
    T(["Festival {fest} - vaisselle réutilisable et tri des déchets|611|7211"], L(12, 70, 11, 30), "cult", tail=YEARS, pt=0.3, pc=0.3),
    T(["Musée des Beaux-Arts - centrale photovoltaïque en toiture|2313|752", "Médiathèque {p} - panneaux photovoltaïques|2313|752"],
      L(7, 60, 11, 40), "cult lib", tail=YEARS, pt=0.3, pc=0.3),
    T(["Médiathèque {p} - accueil des classes|611|313", "Bibliothèque {q} - heure du conte et ateliers lecture|611|313"],
      LIB, "cult", tail=YEARS, pt=0.3, pc=0.3),
    T(["Conservatoire à rayonnement régional - cours collectifs d'éveil musical|611", "Conservatoire - instruments prêtés aux élèves|2188"],
      EDU, "cult", tail=YEARS, pt=0.3, pc=0.3),
    T(["Cimetière {cim} - enherbement des allées|2128|511", "Cimetière {cim} - plantations et refuge de biodiversité|2121|511"],
      L(15, 60, 11, 40), "cim", tail=YEARS, pt=0.3, pc=0.3),
    T(["Poste de police municipale {q} - ascenseur PMR|2135"], PMR, "police", tail=YEARS, pt=0.3, pc=0.3),
    T(["Ordinateurs portables pour les écoles élémentaires - plan numérique|2188|212", "Tablettes pour les classes des écoles {q}|2188|212"],
      EDU, "si", tail=YEARS, pt=0.3, pc=0.3),
    T(["Fibre optique - raccordement des écoles|21533|57"], L(9, 70, 4, 30), "si", tail=YEARS, pt=0.3, pc=0.3),
    T(["Subvention de fonctionnement au CCAS - complément|657363|420"], SOC, "fin", tail=YEARS, pt=0.3, pc=0.3),
    T(["Halles - collecte des biodéchets des commerçants|611|7212"], L(12, 80, 8, 20), "eco", tail=YEARS, pt=0.3, pc=0.3),
    T(["Handiplage {pl} - tapis d'accès et fauteuils amphibies|2188"], L(10, 70, 14, 30), "mer", tail=["saison {y}", "{y}"],
      pt=0.3, pc=0.3),
    T(["Poste de secours de la plage {pl} - défibrillateur|2188"], L(3, 70, 14, 30), "mer", tail=YEARS, pt=0.3, pc=0.3),
    T(["Bassin d'orage - prévention des inondations {q}|2313|735"], FLOOD, "eau", tail=TR, pt=0.3, pc=0.3),
    T(["Marché de producteurs bio - {place}|611|6318"], L(2, 60, 8, 40), "eco", tail=YEARS, pt=0.3, pc=0.3),
]
for _t in FIRST_T:  # the holding direction is named by its code or name, never by a sub-service of its own field
    _t.nosub = True
# A libellé-first template's label must not have the main goal its holding direction's field gives (check_templates).
FIRST_FAC = [(2, ("school", "solar")), (1, ("gym", "solar")), (0.6, ("cityhall", "solar")), (0.6, ("museum", "solar"))]


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------

TEMPLATE_GROUPS = {"EDU_T": EDU_T, "SOC_T": SOC_T, "FOOD_T": FOOD_T, "HEALTH_T": HEALTH_T, "SPORT_T": SPORT_T,
                   "GENDER_T": GENDER_T, "WATER_T": WATER_T, "ENERGY_T": ENERGY_T, "ECO_T": ECO_T, "DIGITAL_T": DIGITAL_T,
                   "TEN_T": TEN_T, "URBAN_T": URBAN_T, "WASTE_T": WASTE_T, "CLIMATE_T": CLIMATE_T, "SEA_T": SEA_T,
                   "PARK_T": PARK_T, "ADM_T": ADM_T, "FIN_T": FIN_T, "FIRST_T": FIRST_T}


def check_templates() -> None:
    """Every code a template, facility or generic field may write agrees with its label; every
    placeholder is known; every field is held by a direction of an authority the template may
    use; a libellé-first label's main goal differs from the goal its holding direction gives."""
    errors = template_errors(TEMPLATE_GROUPS, TEMPLATES, AUTHS, listed_natures=False)
    for t in FIRST_T:
        for f in t.fields:
            if f in GENERIC and any(lab and main_goal(lab) == main_goal(t.lab) for lab in GENERIC[f][:2]):
                errors.append(("libellé first, same goal as the direction", f, t.lab, t.cores[0]))
    for key, fac in FACS.items():
        for kind, lab in fac.labs.items():
            if not fac.works.get(kind) and not any(ex.get(kind) for *_x, ex in fac.subtypes):
                errors.append(("facility without works", key, kind))
            for _h, _a, _n, fcts, _e in fac.subtypes:
                for f in (["752"] if kind == "solar" else ([] if kind == "oasis" else fcts)):
                    if not codes_agree(lab, "", "", f) and kind not in ("pmr",):
                        errors.append(("facility fonction", key, kind, f, lab))
    assert_no_errors(errors + generic_errors(GENERIC))


def check_directions() -> None:
    """Direction codes: 3 to 5 capitals, unique within an authority, never a code the other parts
    use; every authority holds every field (the sea only on the coast)."""
    used = set()
    for row in other_rows(OTHER_PARTS):
        used.update(re.findall(r"\b[A-Z]{2,7}\b", row["service"]))
    for a in AUTHS:
        codes = [d.code for d in a.dirs]
        assert len(codes) == len(set(codes)), a.key
        assert 12 <= len(codes) <= 20, (a.key, len(codes))
        for c in codes:
            assert re.fullmatch(r"[A-Z]{3,6}", c) and c not in used, (a.key, c)
        missing = [f for f in FIELDS if f not in a.by_field and not (f == "mer" and not a.coastal)]
        assert not missing, (a.key, missing)
        assert a.coastal == ("mer" in a.by_field), a.key


# --------------------------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------------------------

PLAN = [  # (section, generator, rows to keep)
    ("01 goal 4: schools, crèches, conservatoires, libraries - works", fac_gen(EDU_FAC), 52),
    ("01 goal 4: schools, crèches, conservatoires, libraries, catering - other", tpl_gen(EDU_T), 40),
    ("02 goal 1: social action, shelters - buildings", fac_gen(SOC_FAC), 11),
    ("02 goal 1: social action, shelters, CCAS", tpl_gen(SOC_T), 31),
    ("03 goal 2: food aid, urban agriculture, organic food", tpl_gen(FOOD_T), 40),
    ("04 goal 3: health centres, EHPAD - works", fac_gen(HEALTH_FAC), 16),
    ("04 goal 3: health, prevention, harm reduction, EHPAD", tpl_gen(HEALTH_T), 24),
    ("05 goal 3: sports facilities - works", fac_gen(SPORT_FAC), 26),
    ("05 goal 3: sports, pools, clubs", tpl_gen(SPORT_T), 16),
    ("06 goal 5: gender equality, violence against women", tpl_gen(GENDER_T), 42),
    ("07 goal 6: water, sanitation, stormwater", tpl_gen(WATER_T), 40),
    ("08 goal 7: energy, heating networks, renewables, LED lighting", tpl_gen(ENERGY_T), 40),
    ("09 goal 8: markets - works", fac_gen(ECO_FAC), 8),
    ("09 goal 8: economy, employment, insertion, tourism, commerce", tpl_gen(ECO_T), 34),
    ("10 goal 9: digital infrastructure, innovation, research, higher education", tpl_gen(DIGITAL_T), 42),
    ("11 goal 10: youth centres, accessibility of public buildings - works", fac_gen(TEN_FAC), 14),
    ("11 goal 10: disability access, youth, priority neighbourhoods, anti-discrimination", tpl_gen(TEN_T), 28),
    ("12 goal 11: museums, theatres, heritage - works", fac_gen(CULT_FAC), 24),
    ("12 goal 11: planning, housing, roads, transport, cycling, culture, festivals, cemeteries", tpl_gen(URBAN_T), 72),
    ("13 goal 12: waste, circular economy, sustainable procurement", tpl_gen(WASTE_T), 40),
    ("14 goal 13: cours oasis", fac_gen(CLIMATE_FAC), 14),
    ("14 goal 13: climate plan, heat islands, flood and natural risks", tpl_gen(CLIMATE_T), 32),
    ("15 goal 14: sea, coast, beaches", tpl_gen(SEA_T), 42),
    ("16 goal 15: parks, trees, greening, biodiversity, zoos", tpl_gen(PARK_T), 48),
    ("17 goal 16: city hall, police - works", fac_gen(ADM_FAC), 14),
    ("17 goal 16: administration, IT, police, civil status, elections, participation", tpl_gen(ADM_T), 38),
    ("18 goal 17: international co-operation, contributions, debt", tpl_gen(FIN_T), 43),
    ("19 generic fragments under a direction or fonction", fn_gen(generic_row), 125),
    ("20 libellé first", tpl_gen(FIRST_T), 72),
    ("20 libellé first - solar panels on facilities", fac_gen(FIRST_FAC), 10),
]
GENERIC_OK = {"19 generic fragments under a direction or fonction"}


def stats() -> None:
    """Shares the brief asks for, read back from the written part."""
    rows = read_part(OUT)
    coded = sum(1 for r in rows if r["chapitre"] or r["nature"] or r["fonction"])
    print(f"rows with M57 codes: {coded / len(rows):.1%}; {cut_and_service_shares(rows, RENDER.cut_labels)}")


def main() -> None:
    check_templates()
    check_directions()
    write_part(PLAN, OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES, GENERIC_OK)
    stats()


if __name__ == "__main__":
    main()
