# ruff: noqa: E501
"""Write part X of Verdir's labelled training corpus: activities real budgets have that parts A to
W barely know, in the vocabulary of forest communes and départements, flood-prone towns, the
stormwater and roads services of towns and agglomerations, PETR, pays and SCoT syndicates, an
energy syndicate and its member communes, and culture directions. Every phrase is a gap of parts
A to W (fewer than three of their libellés hold it); where the activity's usual word is not a gap
(débroussaillement, OLD, DFCI, batardeaux, PCS, sirènes, noues, jardins de pluie, CRTE, GAL,
tiers-lieu, fablab, France Services, PAT, CEP, extinction nocturne, tarification solidaire,
conservatoire, numérisation), the part writes the real gap inside the activity instead.

1. Forest fires: débroussaillement d'office (the OLD the owner did not do), tours de guet,
   caméras de détection des fumées, points d'eau DFCI, patrouilles DFCI, hélicoptères bombardiers
   d'eau rented by a département, brûlage dirigé, coupures de combustible, CCFF and comités
   communaux feux de forêt.
2. Flood-proofing of buildings and networks: réduction de la vulnérabilité (batardeaux, clapets
   anti-retour, réserves moved upstairs), zones refuges, surélévation of boilers and switchboards,
   relocation of a building hors zone inondable, exercices PCS, automates d'alerte.
3. Stormwater at source in streets, car parks and school yards: noues plantées, tranchée
   drainante, puits d'infiltration, chaussées à structure réservoir, descentes de gouttières,
   rétention à la parcelle, and the désimperméabilisation of car parks (pavés drainants, béton
   drainant).
4. A PETR, a pays and a SCoT syndicate: SCoT revision, observatoire foncier, trajectoire ZAN, the
   contrat pour la réussite de la transition écologique (the CRTE's 2023 name), the animation and
   comité de programmation of a LEADER GAL beside the charte forestière a pays animates, fabriques
   de territoire and manufactures de proximité (tiers-lieux), écologie industrielle territoriale
   (EIT), France Services (antenne and itinérant), conseil de développement, plan alimentaire
   territorial.
5. An energy syndicate (SDEV) and its member communes: dissimulation and enfouissement coordonné
   of the BT and télécom networks, renforcement BT, extension BT for a housing estate, postes HTA,
   raccordement électrique, diagnostic of the lighting stock (points lumineux, parc d'éclairage),
   coupure nocturne, conseil en énergie partagé, groupement d'achat, faisabilité d'un réseau de
   chaleur.
6. Culture lines with another goal inside: quotient familial, QF and billetterie solidaire for
   shows, EAC in schools, école d'art, classes à horaires aménagés and formation musicale,
   cadastre napoléonien, plaques de verre and fonds iconographique of the archives, fonds
   documentaire of a médiathèque, audiodescription, visites tactiles, LSF and séances relax.
Nineteen of the 68 entries are booked by a service that points elsewhere (the OLD by urbanism or
the municipal police, flood works by the museums or the sports service, noues, drainage trenches
and reservoir roads by the roads service, infiltration wells by the schools service, permeable car
parks by the parking service, a housing estate's BT extension by urbanism, the energy purchase by
finances, EAC by the culture direction, the QF by the theatre, the disabled audiences' mediation
by the culture direction): those rows always carry their service, so that the model learns that
the libellé's purpose wins; the other entries' rows carry their own service on half of them.

Labels: the codebook's table and, where parts A to W label the nearest activity, their split:
  13:70;15:30 débroussaillement d'office, tours de guet, caméras de détection, points d'eau DFCI,
     patrouilles DFCI, bombardiers d'eau, brûlage dirigé, coupures de combustible (forest-fire
     defence: part C's "Débroussaillement obligatoire des terrains communaux (OLD)" and "CITERNES
     DFCI LUTTE CONTRE FEUX FORET", part E's "Obligations légales de débroussaillement - contrôle",
     part G's "DFCI - CITERNES ET POINTS D'EAU EN FORET" and "FEUX DE FORET - PATROUILLES DE
     SURVEILLANCE ESTIVALES", part S's "OLD 2025": 17 of the 20 forest-fire lines say 13:70;15:30;
     part P's two lines and part C's "CREATION PISTES DEFENSE CONTRE INCENDIES FORET DFCI" say
     13:60;15:40: 13:70;15:30 chosen. A town's hydrants, part F's "Défense extérieure contre
     l'incendie" 16:70;13:30, are the urban fire service, not the forest's);
  13:70;16:30 CCFF and comités communaux feux de forêt (volunteers of the commune's civil safety:
     part E's "RESERVE COMMUNALE DE SECURITE CIVILE - EQUIPEMENT" 13:70;16:30 on three lines; part
     C's one "PATROUILLES ESTIVALES COMITE COM FEUX FORET" and its "Subvention à la réserve
     communale de sécurité civile" say 13:60;16:40: the goals kept, part E's shares chosen);
  13:80;11:20 réduction de la vulnérabilité, zones refuges, surélévation, relocation hors zone
     inondable (flood works on a building or a network, the building second: part E's "BATARDEAUX
     AMOVIBLES", part I's "BATARDEAUX AMOVIBLES CONTRE LES CRUES - QUAI DE LA SORBE", part K's
     "BATARDEAUX ANTI-INOND", part E's "Clapets anti-retour - quais", part H's "VANNES ET CLAPETS
     ANTI-RETOUR DES EXUTOIRES", six of the nine "repères de crue" lines, part E's "SYSTEME D'ALERTE
     CRUES", fonction 735's prior; part C's two "batardeaux anti-inondation" lines, its
     "Diagnostic de vulnérabilité aux inondations des bâtiments communaux" and its fonds Barnier
     acquisitions say 13:100: not followed, a rebuilt or proofed building keeps its 11 second);
  13:70;16:30 exercices PCS, automates d'alerte (15 of the 20 "plan communal de sauvegarde" and
     "PCS" lines, parts E, I, K, N; part I's "EXERCICE DE CRISE - INONDATION", part K's "EXERCICE DE
     CRISE - SIMULATION DE CRUE", part P's "EXERCICE DE SIMULATION RISQUES MAJEURS"; the sirènes and
     SAIP lines of parts E, H, I, P; part C's "Automate d'appel pour l'alerte des habitants" and
     its PCS lines at 13:60;16:40, part F's two at 16:70;13:30 and one at 13:100 not followed);
  6:70;13:30 noues plantées, tranchée drainante, puits d'infiltration, structures réservoirs,
     descentes de gouttières, rétention à la parcelle (the codebook's stormwater row and fonction
     734's prior: part E's "NOUES D'INFILTRATION - AVENUE DES TONNELIERS", part R's "tranchee
     drainante parking pont-moret", parts A, R's "puisards", parts A, H's "Déconnexion des
     gouttières des bâtiments publics"; parts A, D's five noue lines at 6:50;13:30;15:20 not followed,
     and part E's park noues 15:50;6:30;13:20 are park works. A puits d'infiltration in a school
     yard is a stormwater work, not the yard's désimperméabilisation that parts A, C label
     13:50;4:30;15:20);
  13:60;6:20;11:20 pavés drainants and béton drainant in car parks (their désimperméabilisation:
     part C's "DESIMPERMEABILISATION DU PARKING DE LA SALLE DES FETES", part K's "CREATION D'UN
     PARKING PERMEABLE - CENTRE-BOURG" and "Dalles engazonnées du parking du stade des Brandes",
     14 car-park lines; part F's seven "Désimperméabilisation et plantation du parking" lines at
     13:60;11:20;15:20 give 15 the planting's share, and these lines plant nothing);
  11:100 SCoT, observatoire foncier, inventaire des friches (part P's "SCHEMA DE COHERENCE
     TERRITORIALE - REVISION", part F's "SCOT - CONTRIB. AU SYNDICAT MIXTE", part G's "FRICHES
     URBAINES - RECYCLAGE FONCIER", parts D, H's "RESERVES FONCIERES"; fonction 58's prior);
  13:60;11:20;15:20 trajectoire ZAN (part U's "ZAN - TRAJECTOIRE" and "ZAN - étude", its
     "SOBRIETE FONCIERE", part R's désartificialisation lines; part G's two "SRADDET - OBJECTIF
     ZERO ARTIFICIALISATION NETTE - ACCOMPAGNEMENT DES TERRITOIRES" lines say 11:70;13:30: part U
     followed, its lines name the same activity);
  13:100 contrat pour la réussite de la transition écologique, its animation and steering
     (part C's "Chargé de mission transition écologique (contrat de projet)" and "animation plan
     climat" 13:100; the operations a CRTE funds take their own goal in part T, 4:85;11:15 and
     7:60;11:40, and are not written here; part U's "CONTRAT DE RURALITE 2020 TRANCHE" 17:100 is a
     tranche of funds, not a contract's animation);
  17:100 animation du GAL and its comité de programmation (the running of the LEADER programme,
     sub-measure 19.4 "fonctionnement et animation": part T's "LEADER - frais de gestion du GAL",
     part W's "organisme intermédiaire" and "piste d'audit"); what an animation serves takes that
     goal: 15:70;13:30 the charte forestière a pays animates (part W's "FEADER - amélioration des
     peuplements forestiers", part U's "PISTES FORESTIERES", part R's "AFFOUAGE", all 15:70;13:30),
     2:80;12:20 the plan alimentaire territorial (15 of the 16 "projet alimentaire territorial"
     and "PAT" lines, parts A and S; part G's one 2:60;12:40 not followed), 12:70;8:30 écologie
     industrielle territoriale and EIT (part G's "Écologie industrielle territoriale - animation");
  9:60;8:40 fabriques de territoire (tiers-lieux: parts B, S's "Tiers-lieu numérique rural -
     équipement", "TIERS-LIEU QUARTIER NORD", part D's "FABLAB QUARTIER NORD"; the fablab lines
     split 9:70;8:30 in parts B, H and 9:60;8:40 in parts D, S: the tiers-lieux' split chosen);
  8:60;9:40 manufactures de proximité (productive tiers-lieux for artisans and small firms: part
     B's "TIERS-LIEU ET ESPACE DE COWORKING" and part D's "Un espace de coworking pour les
     indépendants du quartier Est", 8:60;9:40);
  16:60;11:40 antenne France Services and France Services itinérant (parts F, T's "MAISON FRANCE
     SERVICES - AMENAGEMENT", "FRANCE SERVICES - ACCUEIL DE PROXIMITE", nine lines, fonction 66;
     part B's two "médiation vers les droits" lines at 10:60;16:40 are the mediation, not the
     counter);
  16:100 conseil de développement (part G's "Conseil de développement - frais de fonctionnement",
     codebook: citizen participation; fonction 032's prior);
  11:60;9:40 dissimulation des réseaux, enfouissement coordonné (parts B, D, L's "EFFACEMENT
     RESEAUX AERIENS HAM DES MAZADES", "ENFOUISSEMENT DES RESEAUX SECS", "effacement des réseaux du
     hameau des chanterelles - participation au syndicat d'énergie", 11:60;9:40);
  7:60;9:40 renforcement BT, extension BT, postes HTA, raccordement électrique (part B's
     "Renforcement du réseau électrique hameau de la Forge - participation au syndicat d'énergie",
     four lines, fonction 514's prior; an estate's extension is its electrification, not the
     estate);
  7:70;11:30 points lumineux, parc d'éclairage, coupure nocturne (part B's "Schéma directeur
     d'aménagement lumière - diagnostic du parc d'éclairage", parts B, F's LED renovations through
     the energy syndicate, parts B, U's three "abaissement de puissance" lines, parts E, F's "EXTINCTION
     NOCTURNE - HORLOGES ASTRONOMIQUES": ten lines; parts B, K's four "extinction nocturne" lines
     say 7:80;11:20: 7:70;11:30 chosen, shared_labels' LED);
  7:100 conseil en énergie partagé, groupement d'achat (part P's "Conseil en énergie partagé -
     bilan énergétique des bâtiments", part S's "CEP 2022", parts K, P's "Groupement d'achat
     d'énergie", parts B, J's "GROUPEMENT DE COMMANDES ENERGIE");
  7:80;13:20 faisabilité d'un réseau de chaleur (part E's "Raccordement au réseau de chaleur
     urbain", part F's "réseau de chaleur bois - extension", fonction 751, shared_labels' HEATNET);
  1:70;11:30 quotient familial, QF, billetterie solidaire for shows (the social price first, the
     activity second: part A's "Tarification solidaire des transports pour les personnes
     précaires" 1:70;11:30, part U's "TARIFICATION SOLIDAIRE DE L'EAU - AIDE AUX MENAGES"
     1:70;6:30; part P's "restauration des collégiens - tarification solidaire" 4:70;2:30 is a
     canteen's price and not followed; part R's "Aide aux vacances des enfants - quotient
     familial" 1:100 is an aid with no activity to share);
  4:70;11:30 EAC (part A's "EDUCATION ARTISTIQUE ET CULTURELLE ECOLES"; part G's two lines say
     4:100 and part B's "PARCOURS EDUCATION ARTISTIQUE ET CULTURELLE" 11:60;4:40: school first as
     in three of the four lines, culture second as in two of them: part A followed);
  4:100 école d'art, classes à horaires aménagés, formation musicale (codebook: conservatoires in
     4; part F's "Professeurs du conservatoire - rémunération principale" and "Conservatoire -
     partitions et petit matériel pédagogique", part F's two "orchestre à l'école" lines 4:100;
     part D's "ECOLE D'ARTS PLASTIQUES" building lines 4:85;11:15 and part A's instruments
     4:80;11:20 are building and equipment, not written here; no fonction is given, 311 is
     11:70;4:30);
  11:70;16:30 cadastre napoléonien, plaques de verre, fonds iconographique (parts E, H, N's
     "NUMERISATION DES FONDS ANCIENS DES ARCHIVES", "numerisation de l'etat civil ancien",
     "numérisation des plans anciens et du cadastre napoléonien", fonction 315's prior; part U's
     two "NUMERISATION DES ARCHIVES" lines at 16:100 not followed; the current état civil's
     registers, 16:70;9:30 in parts C, D, J, are administration);
  4:60;11:40 fonds documentaire and jeux vidéo of the médiathèques (18 lines of the
     médiathèques' books and media: part B's "ACQUISITION LIVRES MEDIATHEQUE", part D's "LIVRES ET
     DOCUMENTS DES BIBLIOTHEQUES", part F's "fonds DVD et jeux", part I's "Liseuses et tablettes de
     pret de la mediatheque"; fonction 313's and nature 6065's priors);
  10:70;11:30 audiodescription, visites tactiles, LSF, séances relax (disabled audiences first,
     the show or museum second: part D's "SALLE DE CONCERT DU BASTION BOUCLE MAGNETIQUE", parts F,
     K's boucles magnétiques 10:70;11:30; part R's "interprète LSF conseils municipaux" 10:100 is
     the council's, with no culture to share).

Deterministic, stdlib only, no network:  python gen_part_x.py  ->  part_x.csv (same folder).
"""

from __future__ import annotations

from gap_part import GroupedGapPart, check_entries, check_gaps, core_natures, parse_entries
from generator_tools import codes_agree, fold, part_setup, write_part, written_rows

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 2411)

BRIEF_EXAMPLES: list[str] = []

# "@goal:share,goal:share" opens a label; then one phrase a line:
# phrase | service field | fonctions | natures | core | core ...  (each core holds the phrase;
# a core may end with " ~nature nature": the accounts that core's line is booked on, in place of
# the entry's natures; an entry with no fonction agreeing with its label gives none)
ENTRIES_SRC = """@13:70,15:30
débroussaillement d'office|old|71 78|611 6228 6226|Débroussaillement d'office - parcelles non entretenues de {lieu} ~611|Débroussaillement d'office aux frais des propriétaires défaillants ~611 6228|Travaux de débroussaillement d'office après mise en demeure ~611|Débroussaillement d'office - constats d'huissier ~6226
tour de guet|dfci|71 78|2313 615221 64131 611|Tour de guet du {massif} - réfection de la cabine ~2313 615221|Guetteurs de la tour de guet de {lieu} - saison {y} ~64131|Tour de guet - radio et jumelles de visée ~2188 60632
caméras de détection|dfci|71 78|2188 6156 611|Caméras de détection des départs de feux - {massif} ~2188|Maintenance des caméras de détection des fumées ~6156|Caméras de détection - transmission des images au CODIS ~611 6156
points d'eau DFCI|dfci|71 78|2312 2315 61521|Création de points d'eau DFCI - {lieu} ~2312 2315|Points d'eau DFCI - contrôle et remplissage {y} ~61521 611|Entretien des points d'eau DFCI du {massif} ~61521
patrouilles DFCI|dfci|71 78|64131 6135 611|Patrouilles DFCI estivales - vacataires ~64131|Patrouilles DFCI - location de véhicules 4x4 ~6135|Patrouilles DFCI du {massif} - saison {y} ~611 64131
bombardiers d'eau|bomb|71 78|6135 611|Location d'hélicoptères bombardiers d'eau - saison {y} ~6135|Bombardiers d'eau - contrat de mise à disposition estivale ~611|Hélicoptères bombardiers d'eau - heures de vol supplémentaires ~611
brûlage dirigé|dfci|71 78|611 64131|Brûlage dirigé - chantier du {massif} ~611|Équipe de brûlage dirigé - interventions hivernales ~611 64131|Brûlage dirigé des landes de {lieu} ~611
coupures de combustible|dfci|71 78|611 2312|Coupures de combustible - entretien par pâturage ~611|Création de coupures de combustible sur la crête de {lieu} ~2312 611|Coupures de combustible - broyage mécanique {y} ~611
@13:70,16:30
CCFF|ccff|71|6574 60632 2182 616|Subvention au CCFF de {c} ~6574|CCFF - radios et gilets des bénévoles ~60632 2188|CCFF - véhicule de patrouille feux de forêt ~2182|CCFF - assurance des bénévoles ~616
comité communal feux de forêt|ccff|71|6574 60622 60632|Comité communal feux de forêt - subvention {y} ~6574|Comité communal feux de forêt - carburant des patrouilles ~60622|Comité communal feux de forêt de {c} - équipement ~60632 2188
@13:80,11:20
réduction de la vulnérabilité|vmus|735 71|2313 2135 2031|Réduction de la vulnérabilité aux crues - batardeaux des portes du {musee} ~2188 2313|Réduction de la vulnérabilité - réserves du {musee} remontées à l'étage ~2313|Étude de réduction de la vulnérabilité du {musee} ~2031 617|Réduction de la vulnérabilité - clapets anti-retour des sous-sols ~2313 2135
zone refuge|vuln|735 71|2313 2135|Création d'une zone refuge à l'étage de la mairie annexe ~2313|Zone refuge de la crèche des Saulaies - trappe d'accès au toit ~2313 2135|Zone refuge des logements communaux de {lieu} ~2135 2313
surélévation|vsport|735 71|2313 2135|Surélévation de la chaufferie du gymnase au-dessus des plus hautes eaux ~2313 2135|Surélévation du TGBT de la salle des sports - crue de référence ~2135|Surélévation des équipements électriques du stade de {lieu} hors crue ~2135 2313
hors zone inondable|vuln|735 71|2313 2031 2111 611|Transfert des ateliers municipaux hors zone inondable ~2313|Reconstruction de la crèche hors zone inondable - études ~2031 617|Relocalisation du centre technique hors zone inondable - terrain ~2111
@13:70,16:30
exercice PCS|pcs|71|611 6188 60623 617|Exercice PCS crue centennale - scénario et animation ~611|Exercice PCS {y} - évacuation de {lieu} ~611 6188|Exercice PCS inondation - repas des bénévoles ~60623
automate d'alerte|pcs|71|611 6156|Automate d'alerte téléphonique - abonnement {y} ~611 6156|Automate d'alerte des riverains de la Lorne - messages SMS ~611|Mise à jour de l'automate d'alerte - fichier des zones inondables ~611
@6:70,13:30
noue plantée|pvoi|734 73|2315 2312 61521|Noue plantée le long de la {rue} ~2315 2312|Création d'une noue plantée - parking de {lieu} ~2315|Entretien de la noue plantée de la {rue} ~61521 611|Noue plantée et surverse vers le fossé - {lieu} ~2315
tranchée drainante|pvoi|734|2315 2312|Tranchée drainante sous trottoir - {rue} ~2315|Tranchée drainante du parking de {lieu} - reprise ~2315 2312|Pose d'une tranchée drainante en pied de talus ~2315
puits d'infiltration|pecole|734|2315 2312 2031|Puits d'infiltration dans la cour de l'école {ecole} ~2315|Puits d'infiltration - cour de l'école {ecole} - essais de perméabilité ~2031 617|Remplacement du puits d'infiltration du préau ~2315|Puits d'infiltration des eaux du toit du gymnase scolaire ~2315
structure réservoir|pvoi|734|2315 2312 2031|Chaussée à structure réservoir - {rue} ~2315|Structure réservoir sous le parvis de la gare ~2315 2312|Étude d'une structure réservoir pour la place de {lieu} ~2031 617
descentes de gouttières|pluv|734|20422 6574 2315 611|Déconnexion des descentes de gouttières - aide aux particuliers ~20422 6574|Descentes de gouttières des bâtiments communaux vers des massifs d'infiltration ~2315|Descentes de gouttières - diagnostic à la parcelle - {lieu} ~611 617
rétention à la parcelle|pluv|734|611 617 20422 6574|Rétention à la parcelle - contrôle des permis de construire ~611|Guide de la rétention à la parcelle - impression ~6236|Aide à la rétention à la parcelle - cuves enterrées ~20422 6574
@13:60,6:20,11:20
pavés drainants|ppark|71|2315 2312|Parking de la salle {salle} - pavés drainants ~2315|Pavés drainants et désimperméabilisation du parking de {lieu} ~2315 2312|Pavés drainants - places de stationnement de la {rue} ~2315
béton drainant|ppark|71|2315 2312|Béton drainant - parking relais de {lieu} ~2315|Reprise en béton drainant du parking du cimetière ~2315|Béton drainant sur les places du marché de {c} ~2315 2312
@11:100
SCoT|scot|58 588 515|2031 617 6226 6231|Révision du SCoT - bureau d'études ~2031 617|SCoT de {c} - évaluation environnementale ~2031 617|SCoT - enquête publique et commissaire enquêteur ~6226 6231|Modification simplifiée du SCoT - document d'aménagement commercial ~2031 617
observatoire foncier|scot|58 581 515|611 617 6156|Observatoire foncier - consommation d'espaces {y} ~611 617|Observatoire foncier - licences des fichiers fonciers ~6156 611|Observatoire foncier de {c} - recensement des dents creuses ~617 611
inventaire des friches|scot|58 515|617 2031|Inventaire des friches des zones d'activités de {c} ~617|Inventaire des friches et du foncier mobilisable ~617 2031
@13:60,11:20,15:20
trajectoire ZAN|scot|71|617 2031 611|Trajectoire ZAN - territorialisation de l'enveloppe foncière ~617 2031|Trajectoire ZAN {y}-2031 - étude de sobriété foncière ~2031|Trajectoire ZAN - bilan de la consommation d'espaces naturels ~617 611
@13:100
contrat pour la réussite de la transition écologique|transi|71 70|64131 611 617|Contrat pour la réussite de la transition écologique - chargée de mission ~64131|Contrat pour la réussite de la transition écologique (CRTE) - comité de pilotage ~611|Contrat pour la réussite de la transition écologique - tableau de bord des indicateurs ~617 611
@17:100
animation du GAL|leader|0580 058 05|64131 6413 611 6251|Animation du GAL - salaire de l'animatrice LEADER ~64131 6413|Animation du GAL {gal} - sous-mesure 19.4 ~611 64131|Animation du GAL - déplacements et communication ~6251 6236
comité de programmation|leader|0580 058 05|611 6257|Comité de programmation LEADER - secrétariat ~611|Comité de programmation du GAL {gal} - frais de réunion ~6257|Comité de programmation {y} - sélection des dossiers LEADER ~611
@15:70,13:30
charte forestière|foret|76|611 617 64131|Charte forestière de territoire - animation {y} ~611 64131|Charte forestière - regroupement des petits propriétaires ~611 617|Animation de la charte forestière - desserte et mobilisation du bois ~611
@9:60,8:40
fabrique de territoire|tiers|67 57|2313 6574 2184|Fabrique de territoire de {c} - aménagement des locaux ~2313|Fabrique de territoire - subvention à l'association gestionnaire ~6574|Fabrique de territoire - mobilier et imprimantes 3D ~2184 2188
@8:60,9:40
manufacture de proximité|tiers|632 62|2313 6574 20422 2188|Manufacture de proximité - atelier bois et métal partagé ~2313|Manufacture de proximité de {lieu} - subvention d'amorçage ~6574 20422|Manufacture de proximité - machines à commande numérique ~2188 2157
@12:70,8:30
écologie industrielle territoriale|eit|7213 72 721|611 617|Démarche d'écologie industrielle territoriale - {zae} ~611 617|Écologie industrielle territoriale - ateliers entre entreprises ~611|Écologie industrielle territoriale - étude des flux de matières ~617
EIT|eit|7213 72|611 617 6156 64131|EIT {zae} - mutualisation de la collecte des déchets d'entreprises ~611|Animation EIT - synergies de substitution ~611 64131|EIT - plateforme de mise en relation ~6156 611
@16:60,11:40
France Services itinérant|fs|66|611 2182 60622 61551 64131|Bus France Services itinérant - tournée des communes ~611|France Services itinérant - carburant et entretien du véhicule ~60622 61551|Acquisition du véhicule France Services itinérant ~2182|France Services itinérant - agents d'accueil ~64131
antenne France Services|fs|66 022|2313 64131 6413 6132 614|Antenne France Services de {c} - aménagement ~2313|Antenne France Services - agents polyvalents ~64131 6413|Antenne France Services de {lieu} - loyer et charges ~6132 614
@16:100
conseil de développement|cdd|032 03|611 6257 6251 6228|Conseil de développement - assemblée plénière {y} ~611 6257|Conseil de développement - saisine sur le projet de territoire ~611 617|Conseil de développement - défraiement des membres ~6251 6228
@2:80,12:20
plan alimentaire territorial|alim|631 6318|611 64131 617 6257|Plan alimentaire territorial - animation {y} ~611 64131|Plan alimentaire territorial (PAT) - diagnostic agricole et alimentaire ~617|Plan alimentaire territorial - rencontres producteurs et restauration collective ~611 6257
@11:60,9:40
dissimulation des réseaux|enf|845 84|20415 2315|Dissimulation des réseaux BT et télécom - {lieu} ~20415 2315|Dissimulation des réseaux - participation au SDEV - {rue} ~20415|Dissimulation des réseaux aériens du centre-bourg - tranche 2 ~2315
enfouissement coordonné|enf|845 84|2315 20415|Enfouissement coordonné BT, éclairage et télécom - {lieu} ~2315 20415|Enfouissement coordonné des réseaux - génie civil de l'opérateur ~2315|Enfouissement coordonné - route de {lieu} - solde ~20415
@7:60,9:40
renforcement BT|bt|514 75|21534 2315 20415|Renforcement BT - poste {poste} ~21534 2315|Renforcement BT du hameau de {lieu} - chutes de tension ~21534|Renforcement BT - participation communale au SDEV ~20415
extension BT|btu|514 75|21534 20415 2315|Extension BT pour le lotissement {lot} ~21534 20415|Extension BT - desserte de la {zae} ~21534 2315|Extension BT - part communale du lotissement {lot} ~20415
poste HTA|bt|514 75|21534 2315|Poste HTA/BT de {lieu} - remplacement du transformateur ~21534|Création d'un poste HTA/BT - lotissement {lot} ~21534 2315|Poste HTA - mise en souterrain de la ligne de {lieu} ~2315
raccordement électrique|bt|514 75|21534 20415 611|Raccordement électrique du hameau de {lieu} ~21534|Raccordement électrique - contribution au gestionnaire de réseau ~20415 611|Raccordement électrique de la {zae} ~21534
@7:70,11:30
points lumineux|ep|758 75|617 611 2315|Diagnostic des points lumineux de la commune - {y} ~617 611|Inventaire géoréférencé des points lumineux ~617|Points lumineux vétustes - remplacement par LED - tranche 2 ~2315 21534
parc d'éclairage|ep|758 75|617 611|Diagnostic du parc d'éclairage par le SDEV ~617|Parc d'éclairage - audit énergétique ~617 611|Parc d'éclairage public - cartographie et plan de rénovation ~617
coupure nocturne|ep|758 75|2315 611 6156 6236|Coupure nocturne de l'éclairage - horloges des armoires ~2315|Coupure nocturne 23h-5h - programmation des armoires ~611 6156|Coupure nocturne - information des habitants ~6236 611
@7:100
conseil en énergie partagé|cep|758 75|6558 65738 611 617|Adhésion au conseil en énergie partagé du SDEV ~6558 65738|Conseil en énergie partagé - bilan des consommations {y} ~611 617|Conseil en énergie partagé - suivi des factures des bâtiments ~611
groupement d'achat|achfin|758 75|6558 611 60612|Groupement d'achat d'électricité du SDEV - adhésion ~6558 611|Groupement d'achat de gaz naturel - marché {y} ~60612 611|Groupement d'achat d'énergie - frais de coordination ~6558
@7:80,13:20
faisabilité d'un réseau de chaleur|chal|751|2031 617|Étude de faisabilité d'un réseau de chaleur bois - centre-bourg de {c} ~2031 617|Faisabilité d'un réseau de chaleur - note d'opportunité ~617|Faisabilité d'un réseau de chaleur sur la {zae} ~2031
@1:70,11:30
quotient familial|qf|424 42|6574 611 65738|Spectacles - tarifs au quotient familial - compensation au {theatre} ~6574 611|Billets au quotient familial de la saison {y} ~611|Quotient familial - places de cinéma pour les familles ~611 6574
QF|qf|424 42|611 6574|Tarif QF saison culturelle - {theatre} ~611|Places de spectacle à tarif QF - convention avec le {theatre} ~6574|Tarif QF des spectacles jeune public - reversement ~611
billetterie solidaire|qf|424 42|611 6574|Billetterie solidaire du {theatre} ~611|Billetterie solidaire - places pour les bénéficiaires du CCAS ~611 6574|Billetterie solidaire {y} - partenariat avec les centres sociaux ~6574
@4:70,11:30
EAC|eac|288 21 212 20|611 6574 6247|Parcours EAC des écoles élémentaires - {y} ~611|EAC - résidences d'artistes dans les écoles ~611 6574|EAC - transport des classes au {theatre} ~6247 611|Projets EAC des classes de CM2 ~611
@4:100
école d'art|art||64131 6067 60632 611|École d'art - professeurs contractuels ~64131|École d'art - fournitures des ateliers de gravure ~6067 60632|École d'art municipale - modèles vivants ~611 64131|École d'art - cours adultes de céramique ~611 6067
classe à horaires aménagés|art||64131 6067 611|Classe à horaires aménagés musique - professeurs du conservatoire ~64131|Classe à horaires aménagés - partitions et instruments de prêt ~6067 2188|Classe à horaires aménagés danse - collège {college} ~611
formation musicale|art||64131 6067 611|Formation musicale - heures d'enseignement {y} ~64131|Formation musicale - manuels et partitions ~6067|Formation musicale des adultes - cours du soir ~64131 611
@11:70,16:30
cadastre napoléonien|arch|315|611 6188 6156|Numérisation du cadastre napoléonien ~611|Cadastre napoléonien - restauration des atlas ~611 6188|Cadastre napoléonien - mise en ligne des plans ~611 6156
plaques de verre|arch|315|611 60632 6188|Plaques de verre - numérisation du fonds photographique ~611|Conditionnement des plaques de verre des archives ~60632 611|Plaques de verre {y} - inventaire et restauration ~611 6188
fonds iconographique|arch|315|611 2161|Fonds iconographique - numérisation des cartes postales ~611|Acquisition d'un fonds iconographique sur {c} ~2161|Fonds iconographique - inventaire des affiches ~611
@4:60,11:40
fonds documentaire|media|313|6065 611|Fonds documentaire de la {media} ~6065|Renouvellement du fonds documentaire jeunesse ~6065|Fonds documentaire - désherbage et reliure ~611 6065|Fonds documentaire en langues étrangères ~6065
jeux vidéo|media|313|6065 2188 611|Jeux vidéo - fonds de prêt de la {media} ~6065|Consoles et jeux vidéo de la {media} ~2188 6065|Jeux vidéo - licences de prêt ~6065 611
@10:70,11:30
audiodescription|hand|425|611 2188 60632|Audiodescription des spectacles du {theatre} ~611|Audiodescription - casques et émetteur ~2188 60632|Séances en audiodescription - prestation {y} ~611
visites tactiles|hand|425|611 2188|Visites tactiles du {musee2} - maquettes en relief ~2188 611|Visites tactiles - médiatrice formée ~611|Parcours de visites tactiles des collections ~611
LSF|hand|425|611|Visites en LSF du {musee2} ~611|Spectacles traduits en LSF - {theatre} ~611|Conférences en LSF - interprètes {y} ~611
séances relax|hand|425|611 6574|Séances relax - spectacles adaptés au {theatre} ~611|Séances relax {y} - accueil des publics autistes ~611|Concerts en séances relax - subvention à l'ensemble {asso} ~6574
"""
ENTRIES = parse_entries(ENTRIES_SRC)

# the fields whose service points elsewhere than the libellé's purpose: every row carries it
CROSS_FIELDS = ("old", "vmus", "vsport", "pvoi", "pecole", "ppark", "btu", "achfin", "eac", "qf", "hand")

# the part's invented authorities: service field -> the names their exports give
AUTHS: dict[str, dict[str, list[str]]] = {
    "SAM": {  # Saint-Aurèle-des-Maures, a forest commune of ~6,000
        "dfci": ["FORET DFCI", "SERVICES TECHNIQUES"], "ccff": ["CCFF", "SECURITE CIVILE"],
        "old": ["URBANISME", "POLICE MUNICIPALE"],
    },
    "CCMA": {  # Communauté de communes du Massif des Aiguières
        "dfci": ["CCMA - Forêt et DFCI", "CCMA - Prévention des risques"], "ccff": ["CCMA - Prévention des risques"],
        "old": ["CCMA - Urbanisme et ADS"],
    },
    "DAG": {  # Département des Aiguières
        "dfci": ["Direction de la forêt - DFCI", "Forestiers-sapeurs"],
        "bomb": ["Direction de la sécurité civile", "Pôle DFCI - moyens aériens"],
    },
    "PSL": {  # Pont-sur-Lorne, a flood-prone town of ~15,000
        "vuln": ["RISQUES MAJEURS", "PATRIMOINE BATI"], "vmus": ["MUSEES", "DIRECTION DES MUSEES"],
        "vsport": ["SPORTS", "EQUIPEMENTS SPORTIFS"], "pcs": ["RISQUES MAJEURS", "CABINET DU MAIRE"],
    },
    "CALR": {  # Communauté d'agglomération Lorne-et-Ravel
        "vuln": ["Direction GEMAPI - risque inondation"], "vmus": ["Direction des équipements culturels"],
        "vsport": ["Direction des sports - gymnases et stades"], "pcs": ["Direction de la prévention des risques"],
    },
    "MRV": {  # Morvillard, a town of ~40,000
        "pluv": ["EAUX PLUVIALES", "EAU ET ASSAINISSEMENT"], "pvoi": ["VOIRIE", "VOIRIE ET RESEAUX DIVERS"],
        "pecole": ["AFFAIRES SCOLAIRES", "PATRIMOINE SCOLAIRE"], "ppark": ["STATIONNEMENT", "VOIRIE"],
    },
    "CAVO": {  # Communauté d'agglomération du Val-d'Orsaine
        "pluv": ["Direction du grand cycle de l'eau"], "pvoi": ["Direction de la voirie communautaire", "Pôle espace public - voirie"],
        "pecole": ["Direction de l'éducation - bâtiments scolaires"], "ppark": ["Direction des mobilités - stationnement"],
    },
    "PVT": {  # PETR du Pays de Vallorgue, which carries the GAL Vallorgue
        "scot": ["PETR - SCoT", "PETR - Planification"], "transi": ["PETR - Transition écologique", "PETR - Contractualisation"],
        "leader": ["PETR - LEADER", "GAL Vallorgue"], "foret": ["PETR - Forêt-bois"],
        "tiers": ["PETR - Développement économique"], "eit": ["PETR - Développement économique"],
        "fs": ["PETR - Services au public"], "cdd": ["PETR - Conseil de développement", "PETR - Administration générale"],
        "alim": ["PETR - Alimentation et agriculture"],
    },
    "SMTV": {  # Syndicat mixte du SCoT des Trois-Vallées
        "scot": ["SYNDICAT MIXTE DU SCOT", "PLANIFICATION"], "cdd": ["ADMINISTRATION GENERALE"],
    },
    "CCTV": {  # Communauté de communes des Trois-Vallées
        "fs": ["FRANCE SERVICES", "ACCUEIL DE PROXIMITE"], "tiers": ["DEVELOPPEMENT ECONOMIQUE"],
        "eit": ["ECONOMIE - ZONES D'ACTIVITES"], "alim": ["AGRICULTURE"], "transi": ["CONTRACTUALISATION"],
    },
    "SDEV": {  # Syndicat départemental d'énergies du Valsorne
        "enf": ["SDEV - Effacement des réseaux", "SDEV - Travaux"], "bt": ["SDEV - Réseaux électriques", "SDEV - Travaux"],
        "ep": ["SDEV - Éclairage public"], "cep": ["SDEV - Conseil en énergie partagé", "SDEV - Transition énergétique"],
        "chal": ["SDEV - Chaleur renouvelable"],
    },
    "BDL": {  # Bourg-de-Lisle, a member commune of ~2,200
        "enf": ["VOIRIE", "SERVICES TECHNIQUES"], "bt": ["SERVICES TECHNIQUES"], "btu": ["URBANISME"],
        "ep": ["ECLAIRAGE PUBLIC"], "cep": ["SECRETARIAT GENERAL"], "achfin": ["FINANCES", "COMMANDE PUBLIQUE"],
        "chal": ["BATIMENTS COMMUNAUX"],
    },
    "MSS": {  # Mornay-sur-Sorne, a member commune of ~7,500
        "enf": ["Service voirie"], "btu": ["Service urbanisme - lotissements"], "ep": ["Régie éclairage public"],
        "achfin": ["Service finances - achats"], "chal": ["Service bâtiments - énergie"],
    },
    "VLD": {  # Villardin, a town of ~45,000
        "qf": ["THEATRE MUNICIPAL", "SAISON CULTURELLE"], "eac": ["DIRECTION DE LA CULTURE", "ACTION CULTURELLE"],
        "art": ["ECOLE D'ART", "CONSERVATOIRE"], "arch": ["ARCHIVES MUNICIPALES"],
        "media": ["MEDIATHEQUES", "LECTURE PUBLIQUE"], "hand": ["DIRECTION DE LA CULTURE", "ACTION CULTURELLE - PUBLICS"],
    },
    "AVS": {  # Agglomération Villardin-Sorne
        "qf": ["Direction de la culture - spectacle vivant"], "eac": ["Direction de la culture - action culturelle"],
        "art": ["Conservatoire à rayonnement départemental", "École d'art communautaire"],
        "arch": ["Archives communautaires"], "media": ["Réseau des médiathèques"], "hand": ["Direction de la culture - publics"],
    },
}

# the names each kind of authority writes: service field -> group -> (places, towns)
GROUP_OF = {f: g for g, fields in {
    "feu": "dfci ccff old bomb", "crue": "vuln vmus vsport pcs", "pluie": "pluv pvoi pecole ppark",
    "petr": "scot transi leader foret tiers eit fs cdd alim", "energie": "enf bt btu ep cep achfin chal",
    "culture": "qf eac art arch media hand",
}.items() for f in fields.split()}
NAMES = {
    "feu": (["Saint-Clément", "Pinier", "Vallon-Sourn", "Plan-de-la-Garde", "Roucas-Blanc", "Maurettes"],
            ["Saint-Aurèle-des-Maures", "Roquebrise", "Sainte-Cécile-des-Pins", "Vauclaire-en-Garrigue"]),
    "crue": (["Port-Ravel", "Pré-aux-Moines", "Saint-Ambroise", "Bas-Quartier", "Grand-Pré", "Champ-Moulin"],
             ["Pont-sur-Lorne", "Ravel-sur-Lorne", "Saint-Ambre-les-Prés"]),
    "pluie": (["Bel-Air", "Champ-de-Foire", "Saint-Roch", "Beauregard-Bas", "Pradettes-Nord"],
              ["Morvillard", "Bréval-sur-Orsaine", "Corvilliers"]),
    "petr": (["Saint-Jorand", "Val-Fresnay", "Montéglise", "Lormières", "Bussac-le-Vieux", "Chantemerle-sur-Aure"],
             ["Vallorgue", "Saint-Jorand", "Bussac-le-Vieux"]),
    "energie": (["Champ-Rond", "Vernay", "Pré-Chabert", "Chaumeil", "Bois-Joli", "Montferrand-le-Bas"],
                ["Bourg-de-Lisle", "Mornay-sur-Sorne", "Vaux-les-Chênes", "Saint-Pierre-la-Sorne"]),
    "culture": (["Bellevue-Haut", "Saint-Martial", "Les Capucins", "Les Arènes-Neuves"],
                ["Villardin", "Villardin-Sorne"]),
}
# names some cores hold
CORE_NAMES = {
    "massif": ["massif des Aiguières", "massif de la Garde-Haute", "plateau des Arnauds"],
    "musee": ["musée de la Batellerie", "musée des Tanneurs", "musée Émile-Ravel"],
    "ecole": ["des Saules", "Marie-Curie", "des Acacias-Bas"],
    "rue": ["rue des Fauvettes", "rue du Moulin-Neuf", "rue de la Plaine", "rue Pasteur prolongée"],
    "salle": ["des Tilleuls", "Marcel-Pagnol", "du Champ-de-Foire"],
    "gal": ["Vallorgue", "des Trois-Vallées"],
    "zae": ["ZA des Grives", "zone d'activités de la Vernède", "ZI du Pont-Rouge"],
    "lot": ["Les Genêts", "Le Clos-Fleuri", "Les Hauts-de-Lisle"],
    "poste": ["Champ-Rond", "Vernay", "Pré-Chabert"],
    "theatre": ["Théâtre de la Halle", "Théâtre des Capucins", "Théâtre du Mail"],
    "musee2": ["musée Saint-Martial", "musée d'Art et d'Histoire", "muséum de Villardin"],
    "media": ["médiathèque Colette", "médiathèque des Capucins", "médiathèque de Bellevue"],
    "college": ["Jean-Moulin", "des Arènes"],
    "asso": ["Les Éclats", "Ensemble Sorne", "Quatuor Martial"],
}
YEARS = ["2021", "2022", "2023", "2024", "2025", "2026"]


GAPS = GroupedGapPart.grouped(draw, ENTRIES, AUTHS, NAMES, GROUP_OF, "feu", CROSS_FIELDS, CORE_NAMES, YEARS)


def check_cross() -> None:
    """Every written row of a cross entry carries its service, and no core of any entry books a
    fonction or a nature that disagrees with its label (so no code is silently dropped)."""
    for phrase, lab, _, fcts, nats, cores in ENTRIES:
        assert all(codes_agree(lab, "", "", f) for f in fcts), (phrase, fcts)
        for core in cores:
            for n in core_natures(core)[1] or nats:
                assert codes_agree(lab, "", n, ""), (phrase, n)
    cross = [fold(e[0]) for e in ENTRIES if e[2] in CROSS_FIELDS]
    for row in written_rows(OUT):
        if any(p in fold(row["libelle"]) for p in cross):
            assert row["service"], row


def main() -> None:
    check_entries(ENTRIES)
    check_gaps(ENTRIES, OTHER_PARTS)
    write_part(GAPS.plan(), OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)
    check_cross()
    rows = written_rows(OUT)
    assert 180 <= len(rows) <= 220, len(rows)
    print(f"{len(ENTRIES)} phrases, {len(rows)} rows written")


if __name__ == "__main__":
    main()
