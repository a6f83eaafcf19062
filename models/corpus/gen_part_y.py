# ruff: noqa: E501
"""Write part Y of Verdir's labelled training corpus: participatory-budget projects ("budget
participatif") as French cities publish their winning projects, one line a project, in the
citizens' own words. Parts A to X hold about 160 such lines, nearly all in part D (the other
"BP 20xx" lines of the corpus are budgets primitifs, and parts C, E, G, H, I write only the
organisation of the vote, 16:100): this part writes about 215 more, in the styles and on the
themes part D has few of, and with the project's purpose as main goal even where a place word
points elsewhere.

Styles (each template is one of them; the counts are printed at the end):
  N  noun phrases with an article: "Un verger partagé au parc de la Bergerie", "Des nichoirs et
     des hôtels à insectes au cimetière de l'Est", "Une boîte à livres au square des Glycines";
  I  infinitives: "Débitumer la cour de l'école du Vieux-Puits", "Piétonniser la rue des
     Tanneries", "Récupérer l'eau de pluie pour arroser le jardin des Ursulines";
  S  slogans and questions: "Moins de bitume, plus de nature sur la place des Tilleuls !",
     "Et si on partageait nos outils dans le quartier des Forges ?";
  T  titles with a colon or a dash: "Les Coteaux : un jardin partagé entre voisins", "Cour
     oasis - École maternelle Les Coquelicots".
About one line in eight opens with a project number or an edition ("BP 2023 - n°45 : ",
"Projet 112 - ", "#17 "), and about one in seven is written in capitals (with or without its
accents) or in lower case, as some open-data exports give them. The neighbourhood is in the
service column on about half of the lines (the libellé's own neighbourhood when it names one;
"Tous quartiers", "Arrondissement 3"... otherwise), and the edition in a seventh column, mission,
on about half ("Budget participatif 2022", "BP 2024 - 3e édition"): the brief asks for it; the
six columns of parts A to X come first, unchanged, so that a reader of those six still reads this
part. No M57 code is given (chapitre, nature and
fonction are empty, as in part D's projects).

Themes: every goal the projects serve, 1 to 16 (no participatory-budget project of a city pays
for international co-operation, a contribution to another public body or debt, goal 17): the
solidarity with people living in the street, food and urban agriculture, health and sport,
schools and early childhood, equality (period poverty, women's safety), water (fountains,
toilets, rainwater), energy (solar, LED, night switch-off), local shops and markets, free wifi and
digital equipment, youth rooms, disability access and the link between generations, streets,
squares and culture, cycling and walking, waste, repair and reuse, heat islands and cooling, the
sea and its beaches, trees, gardens and biodiversity, participation and safety.

Clarity (the "p"/"v" of each template): about 60 % of the lines are projects whose words alone
say the purpose (p: "Un jardin partagé", "Des composteurs collectifs", "Une piste cyclable"),
about 40 % projects whose purpose is in a verb or a less usual word (v: désimperméabiliser,
débitumer, végétaliser, ombrager, récupérer l'eau de pluie, composter, mutualiser, réparer,
apaiser, piétonniser, enherber, infiltrer, une noue, une outilthèque, des ganivelles, des bacs à
marée, une forêt Miyawaki, la précarité menstruelle, un DAE...). The purpose wins over the place
(the codebook: "the main purpose of the spending gets the largest share"): a salle for the
teenagers with wifi and consoles is youth (10:100), free period products in a gymnasium are
equality (5:70;3:30), a café-répare in a médiathèque and the compost of a school canteen are
waste (12:100), rain tanks on a school are water (6:70;13:30), nesting boxes in a cemetery are
biodiversity (15:100), the switch-off of a park's lamps for the bats is biodiversity too
(15:100), a fablab in a médiathèque is innovation (9:60;8:40), a parking's désimperméabilisation
is climate whatever the building it serves (13:60;6:20;11:20).

Labels: the codebook's table, and for each activity the split parts A to X write (rows counted on
the folded libellés of parts A to X, with the parts that write them; where they disagree, the
majority is taken and the minority named; shared_labels' constant is given where there is one):
  1:100 casiers solidaires and bagageries, laveries solidaires, vestiaire solidaire, duvets and
     kits d'hygiène (parts A, D's "INSTALLATION DE CASIERS SOLIDAIRES", "Des casiers solidaires
     pour les personnes sans abri du quartier Bellefeuille", "BAGAGERIE SOLIDAIRE", "Laverie
     solidaire", "Une laverie solidaire dans le quartier des Coutures", part A's "duvets
     sans-abri", part R's "Local du vestiaire solidaire - loyer et charges": 1:100 on 17 lines;
     part H's three bagageries' running costs at 1:80;10:20 are a service's operation, not the
     equipment written here);
  1:60;6:40 douches for people living in the street (parts A, D's "Rénovation des bains-douches
     municipaux", "Des douches pour les personnes à la rue : rénovation des bains-douches de la
     rue Hortense Soubiran": 10 lines; part H's two running-cost lines at 1:80;3:20 not written);
  1:80;11:20 aménager un accueil de jour (shared SHELTER_BLD: parts D, E's "ACCUEIL DE JOUR
     VALLERAND (REFECTION CHENEAUX)", "ACCUEIL DE JOUR - EXT", 9 lines; part D's three at
     1:85;11:15, among them its two projects "Un accueil de jour pour les familles à la rue", are
     the minority);
  2:60;11:40 jardins partagés, bacs potagers partagés (shared GARDENS: part A's "Création de
     jardins partagés quartier Champ Fleuri", part D's "Des bacs potagers partagés sur la place des
     Platanes", part E's "Potagers partagés en pied d'immeuble": 26 lines; part F's eight
     2:70;11:30 lines are the minority);
  2:60;4:40 potager pédagogique of a school (part D's "EE 47 RUE DU VIADUC - POTAGER PEDAGOGIQUE"
     and its projects "Un potager pédagogique pour l'école ...": 9 of 9);
  2:70;11:30 ferme urbaine, potagers sur les toits (shared URBAGRI: parts A, D, E's "Création
     d'une ferme urbaine quartier des Coteaux", "FERME URBAINE DES FONTENELLES", "Des potagers sur
     les toits du quartier Bellefeuille !": 25 lines; part D's one "Une ferme urbaine au square de
     la Gare" at 2:70;15:30 is the minority, and no farm here is in a park);
  2:60;12:40 frigo solidaire (part A's "frigo solidaire", "FRIGO SOLIDAIRE QUARTIER SUD", part D's
     "Un frigo solidaire rue des Lavandières contre le gaspillage alimentaire": 10 lines; parts H,
     I's five at 2:70;1:30 are the minority);
  2:60;8:40 marché de producteurs locaux (parts H, I's "MARCHE DE PRODUCTEURS BIO",
     "MARCHE PRODUCTEURS LOCAUX - PARVIS DE LA MEDIATHEQUE": 6 lines; part A's one
     "Marché de producteurs locaux" at 2:50;8:50 is the minority);
  2:50;15:50 verger partagé (parts A, D's "Création d'un verger partagé quartier des Minimes",
     "Un verger partagé au square des Tilleuls : des fruits pour tous": 7 lines; part E writes
     seven at 15:60;2:40, "VERGER PARTAGE DES ROCHES", "Verger municipal - plantations": a tie;
     parts A and D chosen, as part D is the corpus's participatory-budget part and a shared
     orchard, like a shared garden, is grown to be picked);
  2:70;1:30 cuisine solidaire et partagée (shared FOODAID; part D's "Une cuisine partagée et
     solidaire");
  3:100 défibrillateurs, sport equipment lent freely (shared SPORT and HEALTH: parts A, D's
     "défibrillateurs", "ACQ DEFIBRILLATEURS BATS PUBLICS TR3", "Des défibrillateurs en accès
     libre": 12 lines; part H's two at 3:70;14:30 are beach first-aid posts);
  3:70;15:30 agrès de street workout, parcours sportif and agrès de fitness in a park or square
     (part D's "Des agrès de street workout au square Isidore Hennequart", "SQUARE DES FORGERONS,
     AGRES DE FITNESS", part A's "Création d'un parcours de santé au square des Tilleuls": 11
     lines; part A's street-workout areas of a neighbourhood at 3:80;11:20 are not in a park; part
     U's two at 3:85;11:15 are the minority);
  3:80;11:20 city-stade, terrain multisports, skatepark, terrain de basket of a park (parts A, D's
     "Création d'un city-stade quartier du Plateau", "CREATION SKATEPARK", "Rénover le terrain de
     basket du parc Camille Lescure": 25 lines; shared SPORT_OUT);
  3:85;11:15 pumptrack (parts P, U's "PUMPTRACK ET AIRE DE GLISSE - TRAVAUX - VAUBRENAC", "CREAT
     D'UNE PUMPTRACK PECH-MARNAL - 2024", "Piste de BMX - modules": 4 of 6; part H's 3:80;11:20 and
     part A's 3:70;11:30 are the minority), vestiaires, courts couverts and tribunes of a stadium
     (shared SPORT_BLD: "Rénovation des vestiaires du stade de la Prairie", "Couvrir les courts de
     tennis du stade Dufresne", "Stade Marsollier - tribunes": 17 + 3 + 3 lines; part A's one
     "CONST TRIBUNE STADE DE LA PLAINE" at 3:80;11:20 the minority);
  4:85;11:15 préau, agrandir la crèche (shared SCH: 18 préau lines of parts A and D, "Agrandir la
     crèche du quartier Nord : 20 places de plus pour les familles");
  4:100 jeux de cour, tablettes for the pupils, coin lecture (shared EDU: parts A, D's "jeux de
     cour", "Des jeux de cour pour l'école maternelle Pauline Pradelles", 7 of 7; tablets: parts F,
     G's "CLASSES MOBILES TABLETTES - ECOLE AIME CESAIRE", eight lines at 4:100 against parts A,
     D's three at 4:80;9:20, "Des tablettes pour les classes de l'école maternelle des
     Bateliers": the majority chosen);
  4:70;11:30 ludothèque (parts A, D, 3 of 3);
  4:60;11:40 boîtes à livres (shared LIB, the libraries' split: part D's own template "Des boîtes
     à livres dans les squares" and the 18 book lines of the médiathèques, "ACQUISITION LIVRES
     MEDIATHEQUE");
  4:70;13:30 stores et brise-soleil of the classrooms (parts A, D's "stores salles de classe",
     "Des stores et des brise-soleil pour l'école avenue Coudray": 20 lines; part C's three at
     13:60;4:40 are the minority);
  5:70;3:30 free period products, also in gymnasiums and médiathèques (part D's "Des distributeurs
     de protections périodiques gratuites dans les équipements du quartier des Jardiniers": 19
     lines; part A's six at 5:50;1:30;3:20, "LUTTE CONTRE PRECARITE MENSTRUELLE", the minority);
  5:50;3:30;11:20 city-stade pensé pour les filles (parts A, D's "AMENAG CITY-STADE INCLUSIF FILLES
     QUARTIER DES PROVINCES", "Un city-stade où les filles ont toute leur place !", 4 of 4);
  5:50;11:50 lighting the paths for women's safety (parts A, D's "ECLAIRAGE CHEMINEMENTS PIETONS
     SECURITE FEMMES", "Mieux éclairer les chemins du quartier du Belvédère pour que chacune se
     sente en sécurité", 4 of 4);
  5:70;11:30 women's names for streets and facilities (part D, 5 of 5);
  5:60;11:40 tables à langer côté hommes (parts A, D's "TABLES A LANGER DANS LES SANIT PUBLICS
     HOMMES ET FEMMES", 4 of 4);
  5:50;4:30;11:20 cour égalitaire, cour non genrée (parts A, D, E's "AMGT COUR EGALITAIRE GRPE
     SCOLAIRE LES LILAS", "Cours d'école non genrées": 10 lines);
  5:80;11:20 lieu d'accueil for women victims of violence (part A's "AMENAGT D'UN LIEU D'ACCUEIL
     POUR LES FEMMES VICTIMES", 2 of 2, and part D's project "Un lieu d'accueil et d'écoute pour
     les femmes du quartier");
  6:70;11:30 fontaines à eau potable, fontaines à boire, also at a stadium (parts A, D, H's
     "INSTALLATION FONTAINES AEP BOIS DE LA GARENNE", "INSTALLATION DE FONTAINES A AEP A LA BASE
     DE LOISIRS", "FONTAINES A BOIRE - PARC BORDE-ROUGE": 22 lines; the ornamental fountains at
     11:100 are heritage, written under 11 below);
  6:60;11:40 toilettes publiques (part A's "Installation de toilettes publiques au square des
     Tilleuls", 11 lines);
  6:60;15:40 rainwater to water a public garden (part D's "Récupérer l'eau de pluie pour arroser le
     jardin des Bateliers", 4 of 4 such lines);
  6:70;13:30 rain tanks on a building, noues plantées in a street (shared W_RAIN: part A's
     "Récupérateurs d'eau de pluie pour les bâtiments communaux", part R's "RECUPERATION DES EAUX
     DE PLUIE - CUVES ENTERREES BP 2022", part E's "NOUES D'INFILTRATION - RUE DU VIEUX PUITS", 14
     noue lines, part X's choice; part A's five noues at 6:50;13:30;15:20 are the minority);
  7:60;3:40 solar panels on a gymnasium (shared SPORT_PV: part B's "Installation de panneaux
     photovoltaïques en toiture de la salle omnisports des Iris", 14 lines); 7:60;4:40 on a school
     (shared SCH_PV: 29 lines, "INSTALL. DE PANNEAUX PHOTOVOLTAIQUES SUR LA TOITURE DU GRPE
     SCOLAIRE ALBERT CAMUS");
  7:70;13:30 centrale solaire citoyenne (part B's "Participation au projet citoyen de centrale
     villageoise photovoltaïque", part D's "Une centrale solaire citoyenne sur les toits du
     quartier Est": 13 lines);
  7:70;11:30 LED street lighting, solar lamps, switching the lamps off at night (shared LED: 69
     LED lines, part B's "POSE CANDELABRES SOLAIRES AUTONOMES LD LA GARENNE"; the night switch-off
     as part X chose it, parts E, F's "EXTINCTION NOCTURNE - HORLOGES ASTRONOMIQUES" and part X's
     lines, against parts B, K's four at 7:80;11:20);
  8:70;11:30 boutique à l'essai, bornes électriques of the market, chalets of the Christmas market,
     shop signage (shared COMMERCE: part B's "2024-129 BOUTIQUE A L'ESSAI - AMENAGEMENT D'UN LOCAL
     COMMERCIAL", part D's "Des bornes électriques pour le marché de la place des Écluses", parts
     B, K's "Marché de Noël - location des chalets des exposants", part B's "signalétique
     touristique"; part L's one "boutiques éphémères" at 8:60;11:40 the minority);
  8:85;11:15 halle couverte of a market (shared MARKET_BLD: 21 lines, "Travaux de rénovation de la
     halle du marché");
  8:60;9:40 coworking (parts B, D's "TIERS-LIEU ET ESPACE DE COWORKING", "Un espace de coworking
     pour les indépendants du quartier Est", 3 of 4);
  9:70;11:30 free public wifi outdoors (part B's "Wifi public gratuit en centre-ville", "Bornes wifi
     parc de l'Étang", part D's "Du wifi gratuit dans le square des Acacias": 31 lines; parts E,
     J's five park lines at 9:80;11:20 are the minority);
  9:60;10:40 ordinateurs en libre accès, espace numérique (parts B, D's "Espace public numérique -
     équipement informatique", "Des ordinateurs en libre accès à la médiathèque Odette
     Maillefer": 17 lines);
  9:60;8:40 fablab (parts D, S and part X's tiers-lieux split, "FABLAB QUARTIER NORD", "Un fablab
     de quartier : imprimantes 3D et découpe laser pour tous"; part H's two at 9:70;8:30 and parts
     E, F's two at 9:100 as part X left them);
  10:100 a room for the teenagers with its wifi and consoles, and intergenerational meetings
     (shared YOUTH: part B's "Mobilier et équipement de l'espace jeunes", 12 lines; part P's
     "PROJET INTERGENERATIONNEL ECOLE - RESIDENCE SENIORS - SECTEUR SAUVETAT-HAUTE",
     "ANIMATIONS INTERGENERATIONNELLES - 2022", 3 of 3);
  10:85;11:15 a new or renovated espace jeunes (shared YOUTH_BLD: "PEINTURE ET REMISE EN ETAT
     ESPACE JEUNES DU PLATEAU", "Un nouvel espace jeunes dans le quartier Centre !", 24 lines);
  10:60;11:40 aire de jeux inclusive (parts B, D, H, 9 of 9);
  10:70;11:30 accessibility (shared PMR: 90 lines, "Cheminement accessible PMR du square Pasteur",
     "Rendre la bibliothèque Edmond Espinasse accessible aux personnes à mobilité réduite"; part
     K's "BANDES D'EVEIL DE VIGILANCE AUX PASSAGES PIETONS", parts D, E, I's "BANDES PODOTACTILES",
     parts D, F's "Boucle magnétique à l'accueil de la mairie");
  10:70;14:30 tapis d'accès à la mer and fauteuils amphibies (part B's "Accessibilité de la plage -
     tapis d'accès et fauteuils amphibies", 9 lines; part F's one at 14:60;10:40 the minority);
  10:60;9:40 digital workshops for the elderly (parts B, F's "Ateliers d'inclusion numérique pour
     les seniors", "Médiation numérique pour les seniors": 15 lines; the equipment is 9 first,
     above);
  11:70;13:30 cycling and walking: piste cyclable, voie vélo, arceaux, abri vélos, atelier vélo
     solidaire, piétonniser, apaiser a street into a zone de rencontre (shared SOFT, the codebook's
     example "Aménagement piste cyclable": 72 vélo lines and 28 arceaux lines; part B's
     "Cheminement piétonnier quartier de Kerlann", "Aménagement d'une zone de rencontre en
     centre-ville", part H's "ZONE DE RENCONTRE - CENTRE HISTORIQUE" (part D's "Réaménager
     l'avenue des Mariniers pour en faire un lieu de rencontre apaisé et planté d'arbres" at
     11:60;13:20;15:20 plants trees, and the streets here are only given to walkers); the bike workshop as part Q's
     "subvention a l'atelier velo participatif" 11:70;13:30, against part B's one at 11:60;13:40
     and part D's "Un atelier de réparation de vélos et d'objets" at 12:70;11:30, which repairs
     objects too; part D's one "zone de rencontre" at 11:100 the minority);
  11:70;3:30 the way to school: sécuriser, passages piétons, plateau, rue aux écoles (parts B, L's
     "Sécurisation des abords de l'école élémentaire Honoré de Balzac", "Rue scolaire du groupe
     scolaire Anselme Tardivel - fermeture à la circulation aux heures d'entrée", "AMENAG DE
     SECURITE BD E. ZOLA - PLATEAUX ET RALENTISSEURS": 22 lines, and part L's seven "rue scolaire"
     and "rue aux écoles" lines; part D's three "Une rue aux enfants devant ..." and its "Sécuriser
     le carrefour ..." at 11:100, and part A's two "Sécurisation des abords du groupe scolaire" at
     4:60;11:40, are the minority);
  11:100 benches in a street or on a place, réaménager or embellir a place, a fresco, a kiosque à
     musique, free concerts and open-air cinema in a park, restoring a lavoir or an old fountain
     (parts B, D's "Mobilier urbain - bancs, corbeilles et potelets", "REQUALIFICATION PLACE DU
     MARCHE", "Fresque murale quartier de Kerlann", "Restauration du kiosque à musique", "BP 2015
     - CONCERTS ETE PARCS", "RESTAURATION LAVOIR HAMEAU DE LA BASTIDE", "REST DE LA FONTAINE PLACE
     MARTRAY"; part L's culture in parks at 11:100);
  12:100 composteurs collectifs, also a school canteen's, repair café and café-répare, outilthèque,
     recyclerie, boîte à dons, cendriers de rue, gobelets réutilisables (shared WASTE: 40 compost
     lines, "Installation de composteurs collectifs quartier Bel-Air"; the canteen's compost as
     parts E, K's "COMPOSTAGE EN ETABLISSEMENT - CANTINES", "COMPOSTEURS DES REST. SCOL.", against
     part U's two at 2:60;12:40; parts C, F's "Subvention au repair café", "SUBVENTION DE FONCTIONNEMENT - REPAIR CAFE",
     4 of 4; 22 recyclerie lines; part D's "Une boîte à dons sur la place des Marronniers"; parts C,
     D's cendriers de rue, 4 lines against part E's one at 12:60;11:40; part C's "Location de
     gobelets réutilisables (écocups)"; the outilthèque has no line in parts A to X and follows
     its neighbours, the boîte à dons and the recyclerie: circular economy, the codebook);
  12:70;11:30 poubelles and corbeilles de tri in the street (parts C, I's "INSTALLATION CORBEILLES
     TRI SELECTIF CENTRE-VILLE", 4 lines; part E's one at 12:60;11:40 the minority);
  13:50;4:30;15:20 cour oasis, and végétaliser, débitumer or désimperméabiliser a school yard
     (shared OASIS: 45 "cour oasis" lines, 29 school-yard désimperméabilisation lines, part E's
     "DEBITUMAGE DE LA COUR - GR. SCOL. HELOISE BONNAFOUS", part C's "Désimperméabilisation et
     végétalisation de la cour du groupe scolaire Marcel Pagnol");
  13:60;11:20;15:20 îlot de fraîcheur, ombrager a place with trees, débitumer et planter a place
     (shared COOL: part C's "Création d'un îlot de fraîcheur place de la Mairie", 29 lines; part
     K's "PLANTATIONS D'OMBRAGE DE LA PLACE DU FOIRAIL CONTRE LES ILOTS DE CHALEUR", 7 lines,
     against part H's three at 13:60;15:40; part F's "Désimperméabilisation et plantation du
     parking des Charmilles", 11 lines, against part C's three "DESIMPERMEABILISATION ET
     RENATURATION DE LA PLACE DE LA LIBERTE" at 13:50;15:30;11:20);
  13:60;6:20;11:20 désimperméabiliser a parking, make it permeable (part C's
     "DESIMPERMEABILISATION DU PARKING DE LA SALLE DES FETES", "AP 2018-25 DESIMPERMEABILISATION
     PARKING CRECHE MUNICIPALE", part K's "PARKING DE LA GARE-BASSE - REVETEMENT PERMEABLE ET
     INFILTRATION DES EAUX DE PLUIE": 9 car-park lines; parts F, H's four "désimperméabilisation et
     plantation du parking" at 13:60;11:20;15:20 plant trees, and the car parks here plant nothing;
     part A's one at 13:50;6:30;15:20 the minority);
  13:70;11:30 brumisateurs, jeux d'eau, ombrières and voiles d'ombrage (shared COOL_EQ: part C's
     "Installation de brumisateurs parvis de l'église", 20 lines; parts E, H's "JEUX D'EAU
     RAFRAICHISSANTS - PARC BORDE-ROUGE", 4 of 4; part C's "Ombrières végétalisées place du
     Marché", 27 lines);
  13:60;15:40 toiture végétalisée (parts C, D, E's "Végétalisation de la toiture du centre social",
     "TOITURE VEGETALISEE DE L'HOTEL DE VILLE", 12 of 12);
  14:70;12:30 cendriers de plage, bacs à marée, beach litter (parts C, D's "Ramassage raisonné des
     macro-déchets de la plage du Port", "PLAGE DE LA CALANQUE ROUSSE - CENDRIERS", 20 lines);
  14:60;15:40 protecting the dune, ganivelles (part C's "POSE GANIVELLES CORDON DUNAIRE PLAGE
     LIDO", 27 lines); 14:80;11:20 beach showers (shared BEACH: part C's "Installation de douches
     de la plage du Phare", 44 lines); 14:100 mooring buoys protecting the seagrass, sentier
     sous-marin (part C's "Restauration des herbiers de zostères", 17 lines, "SENTIER SOUS-MARIN
     BALISE", 6 of 6);
  15:60;11:40 aires de jeux and tables de pique-nique of a park or square (shared PLAY: parts E, H,
     I, L, S, U's "Aire de jeux du parc des Ajoncs", "SQUARE HELOISE AUCLAIR : AIRE DE JEUX ET SOLS
     SOUPLES", 24 lines, part E's "Square des Ajoncs - tables de pique-nique", 7 of 7; part D
     writes its nine play-area lines, among them "Une nouvelle aire de jeux au square des Meuniers
     !", at 11:80;15:20, and the brief quoted that split as part D's convention: part L already
     found the corpus on the 15 side and wrote it so, and so does this part);
  15:80;11:20 street trees (shared TREES: part C's "arbres d'alignement rue émile zola", 29 lines,
     part D's "Plus d'arbres dans le quartier ... !");
  15:60;11:20;13:20 végétaliser a street, jardinières and flowered tree pits (shared GREENSTREET,
     the codebook's example "VEGETALISATION DE LA VILLE": part C's "VEGETALISATION DES RUES DU
     CENTRE-VILLE", part D's "Végétalisons la rue Vallerand !", 27 lines);
  15:100 trees in a park, nichoirs and hôtels à insectes (also in a cemetery), prairie fleurie,
     mare, ruches, a refuge for hedgehogs, éco-pâturage, the trame noire (shared BIODIV: part C's
     "Renouvellement des arbres du square Gambetta", 47 lines, "Nichoirs et gîtes à chauves-souris",
     "Hôtels à insectes", 14 lines, "Semis de prairies fleuries", part D's three mares, part C's
     "Installation de ruchers communaux", part P's "LABELLISATION REFUGE LPO DU PARC CHAMP-FLEURI",
     part C's "Éco-pâturage : clôtures et abris pour les moutons", parts H, U's "Trame noire -
     extinction et inventaires"; part C's two "mare pédagogique" lines at 15:70;4:30 are a school's
     teaching pond, and no mare here is a school's);
  15:70;13:30 micro-forêt, forêt Miyawaki (part C's "Création d'une micro-forêt urbaine
     centre-bourg", 9 lines; part D's two at 15:60;13:40 the minority);
  15:60;11:40 enherber a cemetery (parts B, E, H's "ENHERBEMENT ALLEES DU CIMETIERE COMMUNAL",
     "Cimetière - enherbement des inter-tombes", 8 lines; part F's one "CIMETIERE - ALLEES ENHERBEES"
     at 11:100 the minority);
  16:100 vidéoprotection cameras, panneau d'information lumineux, a participation platform (parts
     C, D's "Avenue des Platanes - caméras de vidéoprotection", 45 lines, "Panneaux d'information
     lumineux", "Plateforme de participation citoyenne en ligne", 4 of 4);
  16:85;11:15 a room for the conseil de quartier or the conseil citoyen (shared ADM_BLD: part D's
     "Une salle de réunion pour le conseil de quartier Gare-Lavoir", 2 of 2).

Deterministic (seed 2511), stdlib only, no network:  python3 gen_part_y.py  ->  part_y.csv (same
folder). Libellés already in parts A to X or quoted in the brief (compared without case, accents
or punctuation) are skipped by write_part, and a libellé appears once in this part.
"""

from __future__ import annotations

import csv
import re
from collections import Counter

from generator_tools import (
    L,
    fold,
    main_goal,
    other_rows,
    part_setup,
    strip_accents,
    up,
    write_part,
    written_rows,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 2511)


# The example lines of this part's brief: the part writes its own, never these.
BRIEF_EXAMPLES = [
    "Des bancs et de l'ombre au square X", "Un atelier vélo solidaire", "Une boîte à livres place Y",
    "Plus d'arbres rue Z !", "Végétaliser la cour de l'école X",
    "Désimperméabiliser le parking de la salle des fêtes", "Sécuriser le chemin de l'école",
    "Rénover les vestiaires du stade", "Créer un jardin partagé", "Installer des fontaines à eau",
    "Embellir la place de la Mairie", "Moins de bitume, plus de nature !", "Et si on partageait nos outils ?",
    "Respirer mieux en ville", "Tous au sport !", "Quartier Nord : un terrain multisports pour les ados",
    "Cour oasis - école Jean Macé", "BP 2023 - n°45 :", "Projet 112 -",
]

# ---------------------------------------------------------------------------------------------
# the project kinds
# ---------------------------------------------------------------------------------------------
# "@goal:share,goal:share key pN vM | what the kind is" opens a kind: its label, and how many rows
# of each clarity it writes (p: the words alone say the purpose; v: the purpose is in a verb or a
# less usual word). Then one template a line: "<p|v> <N|I|S|T> text", N noun phrase, I infinitive,
# S slogan or question, T title with a colon or a dash. A placeholder names a place list: {green}
# "le square des Glycines", {de green} "du square des Glycines", {à green} "au square...",
# {sur green}, {dans green}, and {Green} the bare name "Square des Glycines"; {Q} is a
# neighbourhood's title name ("Les Coteaux"), {q} the same with its article ("le quartier des
# Coteaux").
KINDS_SRC = """
@1:100 casiers p2 v1 | casiers solidaires and bagagerie for people living in the street
p N Des casiers solidaires pour les personnes sans abri près {de gare}
p T {Q} : des casiers solidaires pour les personnes à la rue
p I Installer une bagagerie solidaire {à mq}
p N Une bagagerie pour les personnes sans domicile {dans q}
v I Mettre à l'abri les affaires de ceux qui dorment dehors {dans q}
v S Où ranger ses affaires quand on vit dans la rue ? Des consignes gratuites près {de gare}
@1:100 laverie p1 v1 | laverie solidaire
p N Une laverie solidaire {à mq}
p T Laverie solidaire - {Mq}
v I Laver son linge gratuitement quand on n'a pas de logement : des machines {à mq}
v I Laver son linge quand on vit à la rue {dans q}
@1:100 vestiaire p1 v1 | vestiaire solidaire, duvets and hygiene kits
p N Un vestiaire solidaire {à mq}
p N Des duvets et des kits d'hygiène pour les personnes sans abri {de q}
v I Habiller chaudement ceux qui dorment dehors cet hiver {dans q}
v S Personne ne doit dormir dehors sans couverture {dans q} !
@1:60,6:40 douches p1 v1 | free showers for people living in the street
p N Des douches gratuites pour les personnes sans abri {à mq}
p I Rénover les douches publiques {de q} pour les personnes à la rue
v I Rouvrir les bains-douches {de q}
v S Se laver dignement quand on vit dehors : des cabines de douche {à mq}
@1:80,11:20 accueil_jour p2 v0 | aménager un accueil de jour for people living in the street
p I Aménager un accueil de jour pour les personnes sans abri {dans q}
p N Un accueil de jour rénové pour les familles sans logement {de q}
p T {Q} : un lieu d'accueil en journée pour les personnes à la rue
@2:60,11:40 jardin_partage p4 v2 | jardins partagés and bacs potagers partagés
p N Un jardin partagé au pied {de res}
p I Créer un jardin partagé {à green}
p T {Q} : un jardin partagé entre voisins
p N Des bacs potagers partagés {sur place}
v S Cultivons ensemble au pied {de res} !
v I Semer, planter et récolter entre voisins {dans q}
v I Faire pousser des tomates et des salades {sur place}
v S Et si on jardinait ensemble {à green} ?
@2:60,4:40 potager_ecole p2 v1 | potager pédagogique of a school
p N Un potager pédagogique dans la cour {de ecole}
p T Potager {de ecole} : des légumes cultivés par les élèves
p I Créer un potager pour les élèves {de ecole}
v I Semer et récolter avec les enfants {de ecole}
v S Des radis et des fraises dans la cour {de ecole} !
@2:70,11:30 ferme_urbaine p2 v1 | ferme urbaine, potagers sur les toits
p N Une ferme urbaine {dans q}
p N Des potagers sur le toit {de mq}
p T Ferme urbaine - {Q}
v I Cultiver des légumes sur les toits {de res}
v S Des légumes qui poussent sur nos toits {dans q} !
@2:60,12:40 frigo p2 v1 | frigo solidaire
p N Un frigo solidaire {à mq}
p T Frigo solidaire - {Place}
p I Installer un frigo solidaire {sur place}
v I Partager les invendus plutôt que les jeter : un réfrigérateur en libre-service {à mq}
v S Ne jetons plus, partageons ! Un réfrigérateur commun {dans q}
@2:60,8:40 marche_producteurs p1 v1 | marché de producteurs locaux
p N Un marché de producteurs locaux {sur place}
p T {Q} : un marché paysan chaque samedi
v S Manger local : les producteurs du coin {sur place} chaque semaine
v I Acheter directement aux maraîchers {sur place}
@2:50,15:50 verger p1 v1 | verger partagé
p N Un verger partagé {à green}
p I Planter un verger partagé {dans q}
v S Des pommes et des poires à cueillir librement {à green} !
v I Cueillir des fruits en bas de chez soi : des arbres fruitiers {à green}
@2:70,1:30 cuisine p1 v0 | cuisine solidaire et partagée
p N Une cuisine solidaire et partagée {à mq}
p T {Mq} : une cuisine partagée pour des repas solidaires
@3:100 defib p3 v1 | défibrillateurs and first-aid
p N Des défibrillateurs en accès libre {dans q}
p T {Q} : des défibrillateurs accessibles à tous
p N Un défibrillateur devant {mq}
p I Installer un défibrillateur {sur place}
v S Sauver des vies {dans q} : des DAE accessibles jour et nuit
v I Former aux gestes qui sauvent et équiper {mq} d'un DAE
@3:100 sport_libre p1 v1 | sport equipment lent freely
p N Du matériel de sport en prêt libre {à mq}
p N Des ballons, des raquettes et des tapis de sport à emprunter {à mq}
v S Tous au sport ! Ballons et raquettes à emprunter {à mq}
@3:70,15:30 workout p2 v1 | agrès de street workout, parcours sportif in a park
p N Des agrès de street workout {à green}
p N Un parcours sportif {à green}
p T {Green} : des agrès de fitness en plein air
v I Bouger en plein air {à green} : barres de traction et bancs d'abdominaux
v S Et si on faisait du sport {à green} ?
@3:80,11:20 citystade p4 v1 | city-stade, terrain multisports, skatepark, basketball court of a park
p N Un city-stade {dans q}
p T {Q} : un terrain multisports en accès libre
p N Un skatepark {dans q}
p I Rénover le terrain de basket {de green}
v I Rider en toute sécurité : des rampes et des modules de glisse {dans q}
v S Une aire de glisse pour les riders {de q} !
@3:85,11:15 pumptrack p0 v2 | pumptrack
v N Une pumptrack {dans q}
v T {Q} : une piste de pumptrack pour les vélos et les trottinettes
v I Créer une pumptrack près {de stade}
@3:85,11:15 vestiaires p2 v0 | vestiaires, covered courts and stands of a stadium
p I Rénover les vestiaires {de stade}
p N Des vestiaires neufs pour les clubs {de stade}
p I Couvrir le terrain de tennis {de stade}
p N Une tribune couverte {à stade}
@4:85,11:15 preau p3 v0 | préau, enlarging the crèche
p N Un préau dans la cour {de ecole}
p T {Ecole} : un préau pour la récré
p I Construire un préau {à ecole}
p I Agrandir la crèche {de q}
p N Une nouvelle salle pour la crèche {de q}
@4:100 jeux_cour p2 v1 | jeux de cour, tablets for the pupils, coin lecture
p N Des jeux de cour pour {ecole}
p N Des tablettes pour les élèves {de ecole}
p N Un coin lecture dans la bibliothèque {de ecole}
v S Des marelles et des jeux peints pour la récré {de ecole} !
v S Plus de jeux à la récré {à ecole} !
@4:70,11:30 ludotheque p1 v0 | ludothèque
p N Une ludothèque {dans q}
p T {Q} : une ludothèque pour jouer en famille
@4:60,11:40 boite_livres p2 v1 | boîtes à livres
p N Une boîte à livres {à green}
p N Des boîtes à livres {dans q}
p T Boîte à livres - {Place}
v I Lire, donner, échanger : des livres en libre-service {sur place}
v S Et si on partageait nos livres {à green} ?
@4:70,13:30 stores p1 v1 | blinds and sunshades of the classrooms
p N Des stores et des brise-soleil pour les classes {de ecole}
v I Protéger les classes du soleil {à ecole}
v S Fini les classes étouffantes {à ecole} : des protections solaires aux fenêtres
@5:70,3:30 periodes p2 v1 | free period products, also in gymnasiums
p N Des protections périodiques gratuites dans les toilettes {de gym}
p T {Gym} : des protections périodiques gratuites
p I Installer des distributeurs de protections hygiéniques gratuites {à gym}
p N Des serviettes et des tampons gratuits {à media}
v S En finir avec la précarité menstruelle {dans q}
v I Lutter contre la précarité menstruelle {à gym}
@5:50,3:30,11:20 citystade_filles p1 v1 | a city-stade thought for the girls too
p N Un city-stade pensé aussi pour les filles {dans q}
v S Les filles aussi ont leur place sur le terrain {de green} !
v I Rééquilibrer l'usage du terrain de sport {de q} entre filles et garçons
@5:50,11:50 eclairage_femmes p1 v1 | lighting paths for women's safety
p I Éclairer le chemin {de green} pour que les femmes s'y sentent en sécurité
v S Rentrer sereine le soir : mieux éclairer {rue}
v I Ne plus avoir peur de rentrer seule : de la lumière le long {de rue}
@5:70,11:30 noms_femmes p1 v0 | women's names for streets and facilities
p N Des noms de femmes pour les rues et les équipements {de q}
p I Donner des noms de femmes aux nouvelles allées {de q}
@5:60,11:40 langer p1 v0 | tables à langer in the men's toilets
p N Des tables à langer dans les toilettes des hommes {à media}
p N Une table à langer côté hommes dans les sanitaires {de green}
@5:50,4:30,11:20 cour_egalitaire p1 v1 | cour égalitaire, cour non genrée
p N Une cour égalitaire pour {ecole}
v N Une cour non genrée {à ecole}
v I Partager la cour {de ecole} entre filles et garçons
@5:80,11:20 femmes_accueil p1 v0 | a place to welcome women victims of violence
p N Un lieu d'accueil pour les femmes victimes de violences {dans q}
p I Aménager un local d'écoute pour les femmes victimes de violences {à mq}
@6:70,11:30 fontaines p3 v1 | drinking fountains, also at a stadium
p N Des fontaines à eau potable {à green}
p T Fontaines à eau - {Green}
p N Une fontaine à boire {à stade}
p I Installer des fontaines à eau {sur place}
v S Boire frais sans bouteille en plastique {dans q}
v S Fini les bouteilles : des points d'eau potable le long {de rue}
@6:60,11:40 toilettes p2 v0 | public toilets
p N Des toilettes publiques gratuites {à green}
p N Des sanitaires publics {sur place}
p I Ouvrir des toilettes publiques près {de gare}
@6:60,15:40 pluie_arrosage p0 v3 | rainwater to water a public garden
v I Récupérer l'eau de pluie pour arroser {green}
v N Une cuve pour arroser {green} avec l'eau de pluie
v S Arroser {green} avec l'eau du ciel
@6:70,13:30 pluie_batiment p1 v2 | rain tanks on a building, noues in a street
p N Des récupérateurs d'eau de pluie {à ecole}
p N Des récupérateurs d'eau de pluie {à mq}
v I Récupérer l'eau des toits {de mq}
v I Infiltrer l'eau de pluie {dans rue} : une noue plantée le long du trottoir
v N Une noue plantée pour infiltrer la pluie le long {de rue}
@7:60,3:40 pv_gymnase p1 v1 | solar panels on a gymnasium
p N Des panneaux solaires sur le toit {de gym}
v I Produire notre électricité sur le toit {de gym}
v S Et si le toit {de gym} produisait de l'électricité ?
@7:60,4:40 pv_ecole p1 v1 | solar panels on a school
p N Des panneaux photovoltaïques sur le toit {de ecole}
v I Capter le soleil sur le toit {de ecole}
v S Et si {ecole} produisait sa propre électricité ?
@7:70,13:30 centrale_citoyenne p1 v0 | a citizens' solar plant
p N Une coopérative solaire citoyenne {dans q}
p T {Q} : une centrale photovoltaïque financée par les habitants
@7:70,11:30 eclairage_led p2 v2 | LED street lighting, solar lamps, night switch-off
p N Un éclairage LED moins gourmand {dans rue}
p I Passer l'éclairage public {de q} en LED
p T {Q} : un éclairage public en LED
p N Des lampadaires solaires sur le chemin {de green}
v I Éteindre les lampadaires au cœur de la nuit {dans q}
v S Moins de watts, autant de lumière {dans rue} !
@8:70,11:30 commerce p3 v1 | boutique à l'essai, market power points, Christmas-market chalets, shop signage
p N Une boutique à l'essai pour faire revivre {rue}
p T {Rue} : une boutique à l'essai
p N Des bornes électriques pour les commerçants du marché {de place}
p N Des chalets pour le marché de Noël {de place}
v I Redonner vie aux vitrines vides {de rue}
v I Faire connaître les artisans et les boutiques {de q} : une signalétique commune
@8:85,11:15 halle p1 v0 | a covered hall for the market
p N Une halle couverte pour le marché {de place}
p I Couvrir le marché {de place} d'une halle
@8:60,9:40 coworking p1 v0 | coworking space
p N Un espace de coworking {à mq}
p T {Q} : un lieu de travail partagé pour les indépendants
@9:70,11:30 wifi p3 v1 | free public wifi outdoors
p N Du wifi gratuit {à green}
p T Wifi public - {Place}
p N Un accès wifi gratuit {sur place}
v I Se connecter gratuitement {à green}
v S Internet pour tous {sur place} !
@9:60,10:40 espace_numerique p1 v0 | computers in free access
p N Des ordinateurs en libre accès {à mq}
p N Un espace numérique ouvert à tous {à media}
@9:60,8:40 fablab p1 v1 | fablab, also in a médiathèque
p N Un fablab {dans q}
v I Fabriquer, bidouiller, prototyper : imprimantes 3D et découpe laser {à media}
v S Et si on fabriquait nous-mêmes ? Une découpeuse laser et des imprimantes 3D {à mq}
@10:100 salle_ados p1 v1 | a room for the teenagers with wifi and consoles
p N Une salle pour les ados avec wifi et consoles {à jeunes}
p N Du wifi, des canapés et des jeux vidéo pour {jeunes}
v S Un lieu à nous ! Une salle connectée pour les 12-17 ans {de q}
@10:100 intergeneration p1 v1 | intergenerational meetings
p N Des rencontres intergénérationnelles entre {ecole} et {rpa}
v I Rapprocher les générations {dans q} : jeux, goûters et lectures entre petits et anciens
v S Petits et grands-parents, tous ensemble {à rpa} !
@10:85,11:15 espace_jeunes p2 v0 | a new or renovated youth room
p I Rénover {jeunes}
p N Un espace jeunes {dans q}
p T {Jeunes} : une nouvelle salle d'activités
@10:60,11:40 aire_inclusive p1 v1 | inclusive play area
p N Une aire de jeux inclusive {à green}
v I Jouer tous ensemble, valides ou non, {à green}
v S Des balançoires pour les enfants en fauteuil {à green} !
@10:70,11:30 accessibilite p3 v1 | accessibility, podotactile strips, induction loop
p I Rendre {media} accessible aux fauteuils roulants
p T {Media} : une rampe et un ascenseur pour les fauteuils
p N Des trottoirs abaissés pour les fauteuils et les poussettes {dans rue}
p N Une boucle magnétique pour les personnes malentendantes {à mq}
v N Des bandes podotactiles aux passages piétons {de q}
v I Circuler sans obstacle {dans q} : des cheminements sans marche ni ressaut
@10:70,14:30 plage_pmr p1 v0 | beach access mat and amphibious wheelchairs
p N Un tapis d'accès à la mer et un fauteuil amphibie {à plage}
p N Des fauteuils amphibies pour se baigner {à plage}
@10:60,9:40 numerique_seniors p1 v0 | digital workshops for the elderly
p N Des ateliers numériques pour les seniors {à mq}
p I Accompagner les aînés {de q} dans leurs démarches en ligne
@11:70,13:30 velo p5 v1 | cycle lane, bike racks and shelter, bike workshop
p N Une piste cyclable {dans rue}
p N Des arceaux à vélos devant {media}
p N Un abri vélos sécurisé {à gare}
p S Plus d'arceaux à vélos {dans q} !
p N Un atelier vélo solidaire {à mq}
p T {Q} : une liaison cyclable vers le centre-ville
p N Un atelier vélo participatif {dans q}
v S En selle {dans q} ! Une voie réservée aux deux-roues jusqu'à la gare
v S Pédaler sans risque {dans rue} !
@11:70,13:30 pietons p0 v4 | piétonniser, apaiser a street
v I Piétonniser {rue}
v I Apaiser {rue} : une zone de rencontre où le piéton est prioritaire
v I Rendre {rue} aux piétons
v S Une rue apaisée {dans q} : moins de voitures, plus de marcheurs
@11:70,3:30 abords_ecole p2 v1 | the way to school
p I Sécuriser le chemin {de ecole}
p N Des passages piétons sécurisés devant {ecole}
p N Un plateau surélevé devant {ecole}
v N Une rue aux écoles devant {ecole}
v I Ralentir les voitures aux abords {de ecole}
@11:100 espace_public p3 v2 | benches, réaménager or embellir a place
p N Des bancs {sur place}
p T {Place} : des bancs pour se retrouver
p I Réaménager {place}
p N Des bancs pour souffler le long {de rue}
v I Embellir {place}
v S Redonnons du charme {à place} !
@11:100 culture p4 v1 | fresco, kiosque à musique, concerts and open-air cinema in a park, heritage
p N Une fresque murale {dans q}
p N Un kiosque à musique {à green}
p N Des concerts gratuits {à green} cet été
p N Un cinéma en plein air {à green}
p T {Green} - concerts et cinéma en plein air
p I Restaurer le lavoir {de q}
v I Redonner son éclat à la vieille fontaine {de place}
v S Des couleurs sur les murs {de q} !
@12:100 compost p2 v3 | composteurs collectifs, also for a school canteen
p N Des composteurs collectifs au pied {de res}
p N Un site de compostage partagé {dans q}
p T Compostage partagé - {Res}
p N Un composteur pour la cantine {de ecole}
v I Composter nos épluchures {dans q}
v S Et si on compostait {dans q} ?
v I Composter les restes de la cantine {de ecole}
@12:100 reparer p1 v2 | repair café, café-répare in a médiathèque
p N Un repair café {à media}
v S Réparer plutôt que jeter : un café-répare {à media}
v I Réparer ensemble grille-pain et lampes {à mq}
v I Faire durer nos objets : des ateliers de réparation {à media}
@12:100 outils p0 v3 | outilthèque, sharing tools
v I Mutualiser les outils du quartier : une outilthèque {à mq}
v S Et si on partageait nos outils {dans q} ?
v N Une outilthèque pour emprunter perceuses et échelles {à mq}
@12:100 reemploi p3 v1 | recyclerie, boîte à dons, street ashtrays, reusable cups
p N Une recyclerie {dans q}
p T Recyclerie - {Q}
p N Des cendriers de rue {sur place}
p N Des gobelets réutilisables pour les fêtes {de q}
v I Donner une seconde vie aux objets : une boîte à dons {sur place}
v S Zéro mégot par terre {sur place} !
@12:70,11:30 tri p1 v0 | sorting bins in the street
p N Des poubelles de tri sélectif {sur place}
p N Des corbeilles de tri {dans rue}
@13:50,4:30,15:20 cour_oasis p3 v4 | cour oasis; végétaliser, débitumer, désimperméabiliser a school yard
p N Une cour oasis pour {ecole}
p T Cour oasis - {Ecole}
p T {Ecole} : une cour oasis
v I Végétaliser la cour {de ecole}
v I Débitumer la cour {de ecole}
v I Désimperméabiliser la cour {de ecole}
v S Moins de bitume, plus d'ombre dans la cour {de ecole} !
@13:60,11:20,15:20 ilot_fraicheur p2 v4 | îlot de fraîcheur, ombrager or débitumer et planter a place
p N Un îlot de fraîcheur {sur place}
p T {Place} : un îlot de fraîcheur
v I Ombrager {place} avec des arbres
v I Débitumer et planter {place}
v S Moins de bitume, plus de nature {sur place} !
v S Respirer mieux {sur place} : des arbres à la place du goudron
@13:60,6:20,11:20 parking p0 v3 | désimperméabiliser a parking
v I Désimperméabiliser {parking}
v N Un revêtement perméable pour {parking}
v I Rendre {parking} perméable à la pluie
@13:70,11:30 rafraichir p3 v1 | misting, water games, shade sails
p N Des brumisateurs {sur place}
p T {Place} : des brumisateurs pour l'été
p N Des jeux d'eau pour se rafraîchir {à green}
p N Des ombrières {sur place}
v S Se rafraîchir pendant la canicule {sur place}
v N Des voiles d'ombrage {sur place}
@13:60,15:40 toiture p1 v0 | green roof
p N Une toiture végétalisée pour {mq}
p N Un toit végétalisé sur {media}
@14:70,12:30 plage_dechets p1 v1 | beach ashtrays, bacs à marée
p N Des cendriers {sur plage}
v N Des bacs à marée {sur plage}
v S Une plage sans plastique : ramassons ce que la mer rejette {sur plage}
@14:60,15:40 dune p1 v1 | protecting the dune
p I Protéger la dune {de plage}
v N Des ganivelles pour retenir le sable {de plage}
@14:80,11:20 plage_douches p1 v0 | beach showers
p N Des douches {sur plage}
p N Des douches de rinçage {à plage}
@14:100 mer p0 v2 | mooring buoys protecting the seagrass, underwater trail
v N Des bouées d'amarrage pour protéger les herbiers au large {de plage}
v N Un sentier sous-marin pour découvrir les fonds {de plage}
@15:60,11:40 aire_jeux p4 v0 | play areas and picnic tables of a park
p N Une nouvelle aire de jeux {à green}
p S Plus de jeux pour les enfants {à green} !
p N Des jeux pour les moins de six ans {à green}
p N Des tables de pique-nique {à green}
p T {Green} : un toboggan et des balançoires
p I Remplacer les jeux {de green}
@15:80,11:20 arbres_rue p3 v0 | street trees
p S Plus d'arbres {dans rue} !
p N Des arbres d'alignement le long {de rue}
p I Planter des arbres {dans rue}
p T {Rue} : plus d'arbres !
@15:60,11:20,13:20 vegetaliser_rue p0 v4 | végétaliser a street
v I Végétaliser {rue}
v N Des plantes grimpantes et des pieds d'arbres fleuris {dans rue}
v T {Rue} : des jardinières et des pieds d'arbres fleuris
v S Du vert {dans rue} !
@15:100 biodiversite p5 v4 | trees in a park, nesting boxes, meadow, pond, hives, hedgehogs, éco-pâturage, trame noire
p I Planter des arbres {à green}
p N Des nichoirs et des hôtels à insectes {à cim}
p N Une prairie fleurie {à green}
p T {Green} : une prairie fleurie et des nichoirs
p N Une mare {à green}
p N Des ruches {à green}
v I Accueillir les martinets et les hirondelles {à cim}
v N Un refuge pour les hérissons {à green}
v N Des moutons pour entretenir les pelouses {de green}
v I Éteindre l'éclairage {de green} la nuit pour les chauves-souris
@15:70,13:30 micro_foret p1 v1 | micro-forêt, forêt Miyawaki
p N Une micro-forêt {dans q}
v N Une forêt Miyawaki {à green}
@15:60,11:40 cimetiere p0 v1 | enherber a cemetery
v I Enherber les allées {de cim}
v N Du gazon entre les tombes {de cim}
@16:100 securite p2 v1 | CCTV, information panel, participation platform
p N Des caméras de vidéoprotection {sur place}
p N Un panneau d'information lumineux {dans q}
v I Donner son avis en ligne sur les projets {de q} : une plateforme citoyenne
@16:85,11:15 conseil p1 v0 | a room for the conseil de quartier
p N Un local pour le conseil citoyen {de q}
p I Aménager une salle de réunion pour le conseil de quartier {à mq}
"""


def parse_kinds(src: str) -> list[dict]:
    kinds: list[dict] = []
    for line in src.strip().splitlines():
        if line.startswith("@"):
            head, _, what = line[1:].partition(" | ")
            pairs, key, p, v = head.split()
            lab = L(*[int(x) for gp in pairs.split(",") for x in gp.split(":")])
            kinds.append({"key": key, "lab": lab, "what": what, "want": {"p": int(p[1:]), "v": int(v[1:])},
                          "tpl": {"p": [], "v": []}})
            continue
        tag, style, text = line.split(" ", 2)
        assert tag in "pv" and style in "NIST", line
        kinds[-1]["tpl"][tag].append((style, text))
    return kinds


KINDS = parse_kinds(KINDS_SRC)

# ---------------------------------------------------------------------------------------------
# invented places, each with its article
# ---------------------------------------------------------------------------------------------
PLACES: dict[str, list[str]] = {
    "green": ["le square des Glycines", "le square Émile-Roubaud", "le parc de la Noue-Verte", "le jardin des Ursulines",
              "le square du Petit-Bois", "le parc Jean-Vaudrey", "le jardin de la Poterne", "le square des Trois-Ormes",
              "le parc des Écureuils", "le jardin Hélène-Brunet", "le square Marcel-Lebrun", "le jardin des Clarisses",
              "le parc de la Bergerie", "le square Louis-Peyrac", "le jardin du Bastidon"],
    "rue": ["la rue des Tanneries", "la rue Victor-Barrel", "l'avenue des Acacias", "la rue du Vieux-Puits",
            "la rue des Mésanges", "l'allée des Cerisiers", "la rue Paul-Sorel", "la rue de l'Abreuvoir",
            "la rue des Jardins-Ouvriers", "la rue Camille-Dorval", "la rue du Four-Banal", "l'avenue Jean-Loubet",
            "la rue des Rémouleurs"],
    "place": ["la place du Marché-aux-Grains", "la place Albert-Tessier", "la place des Tilleuls",
              "la place de la Halle-aux-Toiles", "la place du Souvenir", "la place Denise-Aubry",
              "l'esplanade des Bateliers", "la place de l'Église", "la place des Fêtes", "la place de la Fontaine-Vieille"],
    "ecole": ["l'école des Glycines", "l'école maternelle Les Coquelicots", "l'école élémentaire Paul-Sorel",
              "le groupe scolaire des Tilleuls", "l'école Marie-Dorval", "l'école du Vieux-Puits",
              "l'école primaire Lucie-Aubert", "le groupe scolaire Albert-Tessier", "l'école maternelle des Mésanges",
              "l'école élémentaire du Parc", "l'école Jean-Vaudrey", "le groupe scolaire des Sablons"],
    "stade": ["le stade des Grands-Prés", "le stade Marcel-Lebrun", "le complexe sportif des Aulnes",
              "le stade Roger-Bastide", "le stade municipal de la Garenne"],
    "gym": ["le gymnase Roger-Bastide", "le gymnase des Aulnes", "la halle des sports de la Garenne", "le gymnase Lucie-Aubert",
            "le dojo des Sablons", "la salle omnisports Jean-Vaudrey"],
    "media": ["la médiathèque des Ursulines", "la bibliothèque du Petit-Bois", "la médiathèque Hélène-Brunet",
              "la bibliothèque des Sablons", "la médiathèque Louis-Peyrac"],
    "plage": ["la plage du Petit-Port", "la plage des Galets-Blancs", "la plage de la Conche-Vieille",
              "la plage des Tamaris", "la grande plage"],
    "res": ["la résidence Les Peupliers", "la cité des Aubépines", "la résidence des Grands-Prés", "la cité Jardin-Nord",
            "les tours des Sablons", "la résidence du Moulin-Blanc"],
    "rpa": ["la résidence seniors Les Lilas", "la résidence autonomie du Parc", "la résidence seniors des Tilleuls"],
    "cim": ["le cimetière de l'Est", "le vieux cimetière", "le cimetière des Cordeliers", "le cimetière paysager du Bois-Joli"],
    "parking": ["le parking du gymnase des Aulnes", "le parking de la maison des associations", "le parking de la gare",
                "le parking de la piscine", "le parking du cimetière de l'Est", "le parking de la mairie annexe",
                "le parking de l'école des Glycines"],
    "mq": ["la maison de quartier des Sablons", "la maison de quartier Alfred-Ponsard", "le centre social des Aulnes",
           "la maison des associations", "la maison de quartier de la Garenne", "le centre social Odette-Carrel"],
    "jeunes": ["l'espace jeunes des Sablons", "le local jeunes des Aulnes", "la maison des jeunes de la Garenne",
               "l'espace ados Alfred-Ponsard"],
    "gare": ["la gare", "la gare routière", "la halte ferroviaire des Aulnes"],
}
# neighbourhoods: (with its article, title name as a libellé or a service writes it)
QUARTIERS = [
    ("le quartier Saint-Jacques", "Quartier Saint-Jacques"), ("le quartier des Fontaines", "Les Fontaines"),
    ("le quartier Bellevue", "Bellevue"), ("le quartier de la Roseraie", "La Roseraie"),
    ("le quartier des Coteaux", "Les Coteaux"), ("le quartier du Mail", "Le Mail"),
    ("le quartier de la Plaine", "Quartier de la Plaine"), ("le quartier des Fontenils", "Les Fontenils"),
    ("le quartier Champ-Fleury", "Champ-Fleury"), ("le Vieux-Bourg", "Vieux-Bourg"),
    ("le quartier de Port-Neuf", "Port-Neuf"), ("le quartier de la Pépinière", "La Pépinière"),
    ("le quartier des Forges", "Les Forges"), ("le quartier Pasteur", "Quartier Pasteur"),
    ("le quartier de la Croix-Verte", "La Croix-Verte"),
]
# the service of a line whose libellé names no neighbourhood
SERVICE_ONLY = ["Tous quartiers", "Tous quartiers", "Centre-ville", "Arrondissement 3", "Arrondissement 7",
                "Secteur Nord", "Quartiers Est", "Bois-Joli - Le Prieuré"]
MISSIONS = ["Budget participatif 2022", "BP 2024 - 3e édition", "Budget participatif 2019", "Budget participatif 2020-2021",
            "BP 2023 - 2e édition", "Budget participatif #5", "Budget participatif 2025", "Budget participatif des habitants 2021",
            "BP 2018 - 1re édition", "Budget participatif - saison 4", "Budget participatif 2024", "BP citoyen 2023",
            "Budget participatif 2017"]
YEARS = list(range(2017, 2026))

P_SERVICE = 0.5      # the neighbourhood in the service column
P_MISSION = 0.5      # the edition in the mission column
P_PREFIX = 0.13      # a project number or an edition opens the libellé
CASES = [(86, "mixed"), (5, "upper"), (4, "upper_acc"), (3, "lower"), (2, "lower_noacc")]


# ---------------------------------------------------------------------------------------------
# filling a template
# ---------------------------------------------------------------------------------------------
def de(x: str) -> str:
    for a, b in (("le ", "du "), ("la ", "de la "), ("l'", "de l'"), ("les ", "des ")):
        if x.startswith(a):
            return b + x[len(a):]
    return "de " + x


def a(x: str) -> str:
    for art, b in (("le ", "au "), ("la ", "à la "), ("l'", "à l'"), ("les ", "aux ")):
        if x.startswith(art):
            return b + x[len(art):]
    return "à " + x


def bare(x: str) -> str:
    for art in ("le ", "la ", "l'", "les "):
        if x.startswith(art):
            x = x[len(art):]
            break
    return x[0].upper() + x[1:]


PLACEHOLDER = re.compile(r"\{(?:(de|à|sur|dans) )?(\w+)\}")


def fill(text: str, quartier: tuple[str, str]) -> tuple[str, bool]:
    """The template with its places drawn (one per list and line), and whether it names the
    neighbourhood."""
    chosen: dict[str, str] = {}
    named_q = False

    def value(m: re.Match) -> str:
        nonlocal named_q
        prep, name = m.group(1), m.group(2)
        if name == "Q":
            named_q = True
            return quartier[1]
        key = name.lower()
        if key == "q":
            named_q = True
            x = quartier[0]
        else:
            if key not in chosen:
                chosen[key] = draw.pick(PLACES[key])
            x = chosen[key]
        if name[0].isupper():
            return bare(x)
        if prep == "de":
            return de(x)
        if prep == "à":
            return a(x)
        if prep in ("sur", "dans"):
            return f"{prep} {x}"
        return x

    out = PLACEHOLDER.sub(value, text)
    out = re.sub(r"\s+", " ", out).strip()
    return out[0].upper() + out[1:], named_q


def prefix(mission: str) -> str:
    """A project number, with the year of the line's edition when its mission gives one."""
    years = re.findall(r"20\d\d", mission)
    y, n = (years[-1] if years else draw.pick(YEARS)), draw.rng.randint(1, 140)
    return draw.pick([f"BP {y} - n°{n} : ", f"Projet {n} - ", f"Projet n°{n} : ", f"n°{n} - ",
                      f"BP{y}-{n:03d} ", f"#{n} ", f"{y}-{n:03d} - "])


def cased(text: str, case: str) -> str:
    if case == "upper":
        return up(text)
    if case == "upper_acc":
        return text.upper()
    if case == "lower":
        return text.lower()
    if case == "lower_noacc":
        return strip_accents(text).lower()
    return text


# what each written libellé is: folded libellé -> (kind, clarity, style, prefixed, case, mission)
DRAWN: dict[str, tuple[str, str, str, bool, str, str]] = {}


def kind_gen(kind: dict, tag: str):
    """A plan generator for one kind and clarity: each call draws one row."""
    def gen():
        style, text = draw.pick(kind["tpl"][tag])
        quartier = draw.pick(QUARTIERS)
        lib, named_q = fill(text, quartier)
        mission = draw.pick(MISSIONS) if draw.chance(P_MISSION) else ""
        pre = draw.chance(P_PREFIX)
        if pre:
            lib = prefix(mission) + lib
        case = draw.wpick(CASES)
        lib = cased(lib, case)
        svc = ""
        if draw.chance(P_SERVICE):
            svc = quartier[1] if named_q else draw.pick([q[1] for q in QUARTIERS] + SERVICE_ONLY)
        DRAWN.setdefault(fold(lib), (kind["key"], tag, style, pre, case, mission))
        return None, (lib, "", "", "", svc, kind["lab"])
    return gen


def plan() -> list:
    return [(f"{k['key']} {tag}", kind_gen(k, tag), k["want"][tag])
            for k in KINDS for tag in "pv" if k["want"][tag]]


def add_missions() -> None:
    """The mission column, after the six of parts A to X."""
    with OUT.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header + ["mission"])
        writer.writerows(r + [DRAWN[fold(r[0])][5]] for r in rows)


# ---------------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------------
def check_kinds() -> None:
    keys = [k["key"] for k in KINDS]
    assert len(set(keys)) == len(keys), keys
    for k in KINDS:
        for tag in "pv":
            assert not k["want"][tag] or k["tpl"][tag], (k["key"], tag)
            for _, text in k["tpl"][tag]:
                for m in PLACEHOLDER.finditer(text):
                    assert m.group(2).lower() in PLACES or m.group(2) in ("q", "Q"), (k["key"], text)


def check_rows(rows: list[dict[str, str]]) -> None:
    n = len(rows)
    assert 200 <= n <= 230, n
    folded = [fold(r["libelle"]) for r in rows]
    assert len(set(folded)) == n, "a libellé is repeated"
    others = {fold(r["libelle"]) for r in other_rows(OTHER_PARTS)} | {fold(x) for x in BRIEF_EXAMPLES}
    assert not others & set(folded), others & set(folded)
    lab_of = {k["key"]: k["lab"] for k in KINDS}
    made = Counter()
    for r, f in zip(rows, folded, strict=True):
        key, tag, *_ = DRAWN[f]
        assert r["labels"] == lab_of[key], (r, key)
        assert not (r["chapitre"] or r["nature"] or r["fonction"]), r
        made[(key, tag)] += 1
    for k in KINDS:
        for tag in "pv":
            assert made[(k["key"], tag)] == k["want"][tag], (k["key"], tag, made[(k["key"], tag)])
    mains = Counter(main_goal(r["labels"]) for r in rows)
    assert all(mains[g] for g in range(1, 17)), mains
    plain = sum(1 for f in folded if DRAWN[f][1] == "p") / n
    assert 0.55 <= plain <= 0.65, plain
    styles = Counter(DRAWN[f][2] for f in folded)
    assert all(styles[s] >= 0.08 * n for s in "NIST"), styles
    svc = sum(1 for r in rows if r["service"]) / n
    assert 0.4 <= svc <= 0.6, svc
    mis = sum(1 for r in rows if r["mission"]) / n
    assert 0.4 <= mis <= 0.6, mis
    assert all(r["mission"] == DRAWN[f][5] for r, f in zip(rows, folded, strict=True))
    pre = sum(1 for f in folded if DRAWN[f][3]) / n
    assert 0.05 <= pre <= 0.2, pre
    cases = Counter(DRAWN[f][4] for f in folded)
    assert cases["upper"] + cases["upper_acc"] >= 5 and cases["lower"] + cases["lower_noacc"] >= 4, cases
    print(f"clarity: {plain:.0%} words say the purpose, {1 - plain:.0%} a verb or a less usual word")
    print("styles:", " ".join(f"{s}:{styles[s]}" for s in "NIST"),
          f"| service {svc:.0%}", f"| mission {mis:.0%}",
          f"| prefixed {pre:.0%}", "| cases:", " ".join(f"{c}:{cases[c]}" for _, c in CASES))


def main() -> None:
    check_kinds()
    write_part(plan(), OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)
    written_rows(OUT)  # labels well formed, no code disagreeing
    add_missions()
    rows = written_rows(OUT)
    check_rows(rows)
    print(f"{len(KINDS)} project kinds, {len(rows)} rows written")


if __name__ == "__main__":
    main()
