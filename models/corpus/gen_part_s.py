"""Write part S of Verdir's labelled training corpus: short labels, the terse libellés of real
budget exports ("PISCINE", "ELAGAGE", "GS JAURES", "ECL PUB", "CTM") that parts A to Q write
far less often than real open data does (27% of a real city's libellés have 1 to 3 words, 16%
of the corpus).

Every libellé has 1 to 3 words (articles and prepositions not counted; an invented proper name
such as a school's patron, a district or a street counts as one word; a year counts as one):
``word_count`` below checks it on every written row. Contexts, by section:
  * bare: the label alone, no service and no code, written only for a label that tells its
    goal by itself (an activity, a scheme, a facility type);
  * service: the label with a service or direction of one of four invented authorities;
  * codes: the label with M57 codes (a fonction, sometimes a nature and its chapitre), always
    agreeing with the label's main goal (``Draws.agreeing_codes`` / ``agreeing_only``);
  * facility: a label naming only a facility or a place ("SALLE POLYVALENTE DES GENETS",
    "CHATEAU DE LA FORET", "COMBE-BASSE"), with the service or the fonction that decides its goal;
  * generic: a generic purchase or works fragment ("MATERIEL 2023", "ENTRETIEN BATIMENT"), with
    the service or fonction that decides; these two sections may repeat a libellé with another
    context (``generic_ok``), the curation list keeps them from ever standing alone.

Labels: the codebook, and for each activity the corpus's dominant split for the same activity,
counted on the folded libellés of parts A to Q (regex rows, dominant split first):

  1. CCAS and its aids 1:100 (ccas 52 of 78), CCAS premises 1:85;11:15 (17 of 78); hébergement
     d'urgence, accueil de jour, veille sociale 1:80;10:20 (13 of 31); maraude, sans-abri,
     domiciliation 1:100 (5 of 14, 7 of 23, 6 of 10);
  2. épicerie sociale, colis, Restos du coeur 2:70;1:30 (15 of 17, 10 of 17, 5 of 10); banque
     alimentaire 2:80;1:20 (9 of 20); jardins partagés 2:60;11:40 (18 of 27); PAT 2:80;12:20 (5
     of 6); AMAP, agriculture urbaine 2:70;11:30 (2 of 3); légumerie 2:60;4:40 (6 of 16);
  3. piscine, gymnase, stade, dojo, tennis, complexe sportif 3:85;11:15 (30 of 75, 22 of 64, 36
     of 108, 5 of 8, 14 of 25, 15 of 39); city stade, skatepark, synthétique 3:80;11:20 (14 of
     18, 16 of 20); clubs, DAE, vaccination 3:100 (DAE 15 of 17, vaccination 10 of 13); centre
     de santé, MSP, EHPAD 3:85;11:15 (36 of 68, 20 of 31, 33 of 63); PMI 3:80;4:20 (32 of 33);
     halte soins addictions, CAARUD 3:80;10:20 (5 of 7);
  4. a named school, crèche or EAJE with no verb 4:85;11:15 (the bare names of parts A-Q: "EE
     RUE URBAIN VIGNAL", "EM URSULE SOULAGES", "EM VIDALENC", "CRECHE RUE DES ETUVES", 4 of 4;
     gs 46 of 80, crèche 30 of 85, eaje 21 of 42); school operation, périscolaire, ATSEM,
     fournitures scolaires, classes découvertes, ALSH, RAM, conservatoire 4:100 (périscolaire 11
     of 23, atsem 5/5, fournitures 6/6, découverte 12 of 14, alsh 6 of 19, conservatoire 23 of
     66); cantine and restauration scolaire without organic wording 4:70;2:30 (20 of 58);
     médiathèque, bibliothèque 4:60;11:40 (55 of 86, 45 of 67); transport scolaire 4:70;11:30
     (6/6); RASED 4:100 (no row; the codebook's schools);
  5. égalité femmes-hommes, droits des femmes 5:100 (35 of 79, 6 of 10); violences conjugales
     5:70;16:30 (33 of 77); CIDFF 5:80;16:20 (7 of 12); femmes victimes' shelter 5:60;1:40;
  6. STEP, SPANC, château d'eau, réservoir, captage, assainissement 6:100 (34 of 37, 8/8, 23 of
     25, 13 of 34); AEP and eau potable networks 6:85;11:15 (36 of 79); eaux pluviales 6:70;13:30
     (11 of 35);
  7. LED lighting 7:70;11:30 (45 of 47 lighting rows with an energy word); plain street
     lighting (ECL PUB, EP, candélabres) 11:70;7:30: the corpus splits its 51 plain lighting rows
     27 / 24 between 7 and 11 first, part M writes street lighting under a service 11:70;7:30 and
     so does the prior of fonction 512 (a street's lighting is part of the road network); chaufferie bois, photovoltaïque, géothermie,
     réseau de chaleur 7:80;13:20 (chaufferie 7 of 29 once the school boilers are set apart;
     réseau de chaleur ties 10/10 with 7:70;13:30, the fonction 751 prior decides); CEP 7:100;
     an electricity or gas bill says what is bought, not what for: a generic purchase below,
     read through its service or fonction (until 2026-11-29 "Électricité 2024" alone was 7:100,
     the dominant split of 14 of 45 rows, which the sets other authors wrote do not share);
  8. halles, marché couvert, pépinière d'entreprises 8:85;11:15 (19 of 53, 6 of 13); office de
     tourisme, camping 8:80;11:20 (20 of 28, 12 of 20); insertion, PLIE, chantier d'insertion
     8:70;10:30 (28 of 60, 5/5); mission locale 8:60;4:40 (10 of 12); commerce de proximité
     8:70;11:30; aides aux entreprises 8:100;
  9. fibre, THD 9:100 (44 of 70, 15 of 20); université, IUT 9:60;4:40 (20 of 25); wifi public
     9:70;11:30 (27 of 59); EPN 9:60;10:40 (17 of 18); fablab, tiers-lieu 9:60;8:40 (4 of 10);
  10. PMR, accessibilité, Ad'AP 10:70;11:30 (64 of 117, 31 of 78, 13 of 22); MJC, centre social,
     maison de quartier, point jeunes 10:85;11:15 (11 of 26, 15 of 32, 14 of 32, 23 of 49);
     handicap, politique de la ville 10:100 (20 of 49, 4/4);
  11. voirie, enrobés, chaussée, giratoire 11:80;9:20 (32 of 58, 45 of 73, 6 of 10); ouvrages
     d'art, ponts 11:60;9:40 (16 of 57); trottoirs, signalisation, marquage, cimetière, musée,
     théâtre, cinéma, église, festival, illuminations, parking, PLU, columbarium 11:100 (20 of 54,
     4 of 9, 7 of 13, 33 of 63, 41 of 53, 25 of 28, 21 of 25, 35 of 61, 29/29, 10 of 11, 33 of
     95, 20/20, 7/7); NPRU 11:80;10:20 (25 of 38); logement social 11:80;1:20 (11 of 21); fête
     locale, 14 juillet 11:80;16:20 (13 of 24, 5 of 6); pistes cyclables, voie verte, arceaux,
     covoiturage 11:70;13:30 (27 of 28, 8/8, 19/19, 11/11); aire des gens du voyage 11:60;10:40
     (19 of 32);
  12. OM, collecte, déchetterie, tri, compostage, BOM, recyclerie 12:100 (17 of 26, 69 of 90, 30
     of 46, 30 of 57, 30 of 43, 25 of 45, 18 of 43); PAV 12:80;11:20 (9 of 15); propreté
     12:85;11:15 (15 of 30); nettoiement 12:60;11:40 (3 of 5);
  13. PCAET, plan climat, PPRI, inondations 13:100 (12 of 23, 15 of 34); digues, bassin de
     rétention 13:80;11:20 (12 of 20, 7 of 10); PCS, sirènes 13:70;16:30 (12 of 17, 9 of 12);
     ombrières 13:70;11:30 (19 of 34); débroussaillement, OLD 13:70;15:30 (10 of 12); GEMAPI
     13:60;6:40 (13 of 18); îlots de chaleur 13:60;11:20;15:20 (3/3); cour oasis 13:50;4:30;15:20
     (45/45);
  14. plage 14:80;11:20 (32 of 161); postes de secours, SNSM 14:70;16:30 (27 of 161, 5/5);
     littoral 14:60;11:40 (11 of 27); dunes 14:60;15:40 (14 of 24); nettoyage des plages
     14:70;12:30 (7/7); trait de côte 14:60;13:40 (part P);
  15. élagage, espaces verts, parc, arbres, ENS, fauchage, ruches, plantations 15:100 (6 of 8, 16
     of 24, 37 of 206, 47 of 100, 21 of 23, 2/2, 3/3, 20 of 82); fleurissement, jardin, square
     15:70;11:30 (5 of 7, 42 of 217, 30 of 117); forêt 15:70;13:30 (20 of 50); zoo 15:80;11:20
     (4/4); aire de jeux 15:60;11:40 (21 of 50);
  16. police municipale, vidéoprotection, état civil, élections, assurances, archives, conseil
     municipal, fourrière, gendarmerie 16:100 (32 of 56, 33 of 38, 14 of 33, 18 of 22, 31 of 53,
     27 of 51, 10 of 17, 9 of 14, 5 of 6); mairie, hôtel de ville and CTM as buildings
     16:85;11:15 (34 of 123, 24 of 46); logiciels 16:70;9:30 (46 of 81); serveurs 16:60;9:40 (21
     of 27);
  17. SDIS contingent 17:100 (11/11); emprunts, intérêts, dette, FPIC, attribution de
     compensation, jumelage, amortissements 17:100 (55 of 58, 35/35, 19 of 20, 7/7, 13/13, 22/22,
     10/10).

Labels naming only a facility or a place take their service's (or fonction's) facility split
(FACILITY below): a building of a school, crèche, sports, social, seniors, health, youth or
town-hall service takes that goal at 85 with 11:15 (the corpus's bare building names above);
culture and heritage 11:100; a library 4:60;11:40; a place named by the roads service
11:80;9:20, by the green spaces 15:100, by the water service 6:100, by the waste service 12:100,
by the beaches 14:80;11:20, by flood prevention 13:80;11:20, a twin town by international
relations 17:100. Generic purchase fragments take their service's goal at 100 (the 90 generic
rows of parts A-Q: "FOURNITURES | CCAS" 1:100, "ENTRETIEN | Direction de la Petite Enfance"
4:100, "Matériel divers | DSIT" 16:70;9:30), generic works fragments its building split
("TRAVAUX DIVERS | Maison des jeunes" 10:85;11:15, "GROS ENTRETIEN | DPE" 4:85;11:15).

Four invented authorities name their services their own way: Lanvérac (a village of ~1,100,
short upper-case names: "ECOLE", "VOIRIE", "MAIRIE"), Bréville-sur-Aure (a town of ~18,000, coded
services: "SCE 21 SCOLAIRE", "SCE 31 SPORTS"), Montgarin (a city of ~90,000: "DIRECTION DES SPORTS",
"Service enfance", acronyms with a name "DEJ - EDUCATION JEUNESSE", "DST - BATIMENTS") and the
Communauté d'agglomération du Pays de Vernes ("DGA AMENAGEMENT", "DGA ENVIRONNEMENT / DECHETS").
All names of places, streets, schools, people and services are invented.

Export forms: upper case with the glossary's abbreviations (GS, EM, EE, ECL PUB, EP, AEP, OM, HDV,
TRX, ENTR, ACQ, AMGT, RENOV, REHAB, SUBV, PARTICIP, COTIS...), mixed case, lower case without
accents, some with a year. Labels of parts A to Q, of the probes and of the brief's examples are
skipped; lines inside the part are distinct.

Deterministic, stdlib only, no network:  python gen_part_s.py  ->  part_s.csv (same folder).
"""

from __future__ import annotations

import re
from collections import Counter

from generator_tools import (
    NAT,
    L,
    _entry,
    fold,
    main_goal,
    part_setup,
    strip_accents,
    up,
    write_part,
    written_rows,
)

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1919)

# Fragments quoted in the brief of this slice: the slice writes its own lines, never these.
BRIEF_EXAMPLES = [
    "PISCINE",
    "ELAGAGE",
    "CANTINE",
    "CLSH ETE",
    "GS JAURES",
    "EHPAD LES LILAS",
    "VOIRIE",
    "SIGNALETIQUE",
    "FLEURISSEMENT",
    "CTM",
    "SDIS",
    "RASED",
    "CC ZAC NORD",
    "ECL PUB",
    "EP RUE HOCHE",
    "VIDEOPROTECTION",
    "MEDIATHEQUE",
    "ECOLE DE MUSIQUE",
    "SALLE POLYVALENTE DES GENETS",
    "GYMNASE COUBERTIN",
    "SAINT-MARTIN",
    "CHATEAU DE LA FORET",
    "MAISON DES ASSOCIATIONS",
    "TRAVAUX",
    "ENTRETIEN",
    "MOBILIER",
    "MATERIEL",
    "VEHICULE",
    "ETUDES",
    "DIRECTION DES SPORTS",
    "Service enfance",
    "DGA AMENAGEMENT",
    "SCE 12 CCAS",
    "DEJ",
    "DST",
]

# --------------------------------------------------------------------------------------------
# activities: "@goal:share,goal:share" opens a label; then one activity a line:
# service field | fonctions | natures | core;core... (a line opening with + continues the cores;
# {n} a patron's name, {p} a district or place, {r} a street, {y} a year, {t} a twin town: each
# counts as one word)
# --------------------------------------------------------------------------------------------

ACTS_SRC = """@1:100
soc|424 428 420|6574 6068|CCAS {y};Aide sociale {y};Secours d'urgence;Aides facultatives;Secours {y}
+Fonds social {y};Aides financières CCAS;Subv CCAS {y};Domiciliation {y};Maraude {p};Aide aux sans-abri
@1:85,11:15
soc|424 420|2313 615221|Locaux CCAS;CCAS {p};Toiture CCAS;Rénovation CCAS
@1:80,10:20
soc|424|6574|Hébergement d'urgence;Accueil de jour;Veille sociale {y};Halte de nuit;Mise à l'abri
@2:70,1:30
alim|424 6318|6574|Épicerie sociale {p};Épicerie solidaire;Colis alimentaires;Restos du cœur
+Aide alimentaire {y}
@2:80,1:20
alim|424 6318|6574|Banque alimentaire {y};Subv banque alimentaire
@2:60,11:40
alim|6318 631|6574 2128|Jardins partagés {p};Jardin partagé;Potagers partagés
@2:80,12:20
alim|631 6318|611 6574|PAT {y};Projet alimentaire territorial;PAT {p}
@2:70,11:30
alim|631 6318|6574|AMAP {p};Agriculture urbaine;Ferme urbaine {p}
@2:60,4:40
alim|281 6318|2188|Légumerie;Légumerie centrale
@3:85,11:15
sport|321 322 323 325|2313 2135 615221|Piscine {p};Gymnase {n};Stade {n};Complexe sportif {p};Dojo {p}
+Tennis couverts;Salle omnisports;Vestiaires stade;Tribunes stade {n};Boulodrome {p}
@3:80,11:20
sport|322 325|2128 2313|City stade {p};Skatepark {p};Terrain synthétique;Terrain multisports
@3:100
sport|32 327 3272 326|6574 60632|Clubs sportifs {y};Subv clubs sportifs;Sport santé;Éducateurs sportifs
sante|41 412 418|60632 611|Défibrillateurs;DAE {p};Vaccination {y};Prévention santé;Centre de vaccination
@3:85,11:15
sante|41 414|2313 615221|Centre de santé {p};MSP {p};Maison de santé;CMS {p}
auto|423 4238|2313 615221|EHPAD {p};Trx EHPAD;Résidence autonomie {p}
@3:80,4:20
sante|411|6574 611|PMI {p};PMI {y};Consultations PMI
@3:80,10:20
sante|41 412|6574|Halte soins addictions;CAARUD {y}
@4:85,11:15
edu|21 211 212|2313 21312 615221|GS {n};EM {n};EE {n};École {n};Groupe scolaire {n};Trx GS {n}
+Rénovation école {n};Préau EM {n}
pe|422 4221 4222|2313 615221|Crèche {p};EAJE {p};Multi-accueil {p};Crèche {n};Halte-garderie {p}
@4:100
edu|21 212 28 288 20|6067 60632 611|Fournitures scolaires {y};RASED {y};ATSEM {y};Périscolaire {y}
+Garderie périscolaire;ALSH {p};Classes découvertes;Classe de neige;Aide aux devoirs;Conservatoire {y}
+École de musique {p};CLSH {p}
pe|422 4221 4228|60632 611|RAM {p};RPE {p};Crèche familiale;LAEP {p}
@4:70,2:30
edu|281|6042 611|Cantine {n};Cantine {y};Restauration scolaire {y};Repas cantine;Denrées cantine
+Repas scolaires
@4:60,11:40
lect|313|6065 2188|Médiathèque {p};Bibliothèque {n};Livres médiathèque;Lecture publique {y};Bibliobus
@4:70,11:30
edu|81|6247|Transport scolaire {y};Ramassage scolaire;Cars scolaires
@5:100
egal|341|6574 611|Égalité femmes-hommes;Égalité FH {y};Droits des femmes;Journée 8 mars;Plan égalité {y}
@5:70,16:30
egal|341|6574|Violences conjugales;Violences faites aux femmes;Lutte violences conjugales
+Violences intrafamiliales
@5:80,16:20
egal|341|6574|CIDFF;Subv CIDFF;CIDFF {y}
@5:60,1:40
egal|341|6574|Hébergement femmes victimes;Logement femmes victimes
@6:100
eau|731 732 733|2315 611 6152|STEP {p};Station d'épuration;SPANC {y};Assainissement {p};Réseau EU {r}
+Château d'eau {p};Réservoir {p};Captage {p};Forage {p};Eaux usées {y};Poste de relevage
@6:85,11:15
eau|732|21531 2315|AEP {r};Eau potable {r};Conduite AEP;Réseau AEP {p};Canalisation AEP
@6:70,13:30
eau|734|2315|Eaux pluviales {r};Pluvial {r};Réseau pluvial {p}
@11:70,7:30
ep|512|2315 60612|ECL PUB {y};EP {r};Éclairage public {p};Candélabres {r}
@7:70,11:30
ep||2315 60612|Relamping LED;Éclairage LED {p};Lanternes LED
@7:80,13:20
ener|75 751 752 758|2315 2313|Chaufferie bois;Centrale photovoltaïque;Panneaux photovoltaïques;Géothermie
+Réseau de chaleur {p};Chaudière biomasse;Énergies renouvelables
@7:100
ener|75 758|611|CEP {y}
@8:85,11:15
eco|632 6312|2313 615221|Halles {p};Marché couvert;Pépinière d'entreprises;Marché hebdomadaire
@8:80,11:20
tour|633|6574 2313|Office de tourisme;OT {p};Camping municipal;Camping {p};Aire camping-car;Tourisme {y}
@8:70,10:30
emploi|65 251|6574|Insertion {y};PLIE {y};Chantier d'insertion;ACI {p};Clauses d'insertion
@8:60,4:40
emploi|251|6574|Mission locale;Mission locale {p}
@8:70,11:30
eco|632 64|6574 611|Commerce de proximité;Animation commerciale;Commerces centre-ville
@8:100
eco|61 632 68|6574|Aides aux entreprises;Développement économique;Aide à l'artisanat
@9:100
num|57|21533 2315|Fibre optique;Fibre {p};THD {y};Très haut débit;FTTH {y};Zones blanches;Technopole
@9:60,4:40
num|23|204 6574|Université;IUT {p};Campus universitaire;Enseignement supérieur
@9:70,11:30
num|57|21533|Wifi public;Wifi {p};Bornes wifi
@9:60,10:40
num|57|2183|EPN {p};Espace public numérique
@9:60,8:40
num|67|6574|Fablab;Tiers-lieu {p}
@10:70,11:30
pmr|52 425|2313 2135|Accessibilité PMR;Ad'AP {y};Rampe PMR;Ascenseur PMR;Accès PMR {n};Mise accessibilité
+Places PMR
@10:100
pdv|52 425 338|6574|Handicap {y};Politique de la ville;Contrat de ville;Lutte discriminations
+Anti-discriminations
@10:85,11:15
jeun|338 52|2313 615221|MJC {p};Maison de quartier {p};Point jeunes {p};Centre social {p};Espace jeunes {p}
+PIJ {p}
@11:60,10:40
urba|554|2128|Aire gens du voyage;Aire d'accueil GDV
@11:80,9:20
voi|845 84|2151 615231|Voirie {y};Voirie {r};Enrobés {r};Chaussée {r};Réfection voirie;Giratoire {p}
+Voirie communale
@11:60,9:40
voi|845 84|2151|Pont {p};Ouvrages d'art;Passerelle {p}
@11:100
voi|845 847 848|2152|Trottoirs {r};Signalisation {y};Marquage sol;Parking {p};Stationnement {y}
cult|31 311 314 316 317 312|2313 2161|Musée {n};Théâtre {n};Cinéma {n};Église {n};Patrimoine {y}
+Festival {y};Illuminations Noël;Salle des fêtes
fun|025|2116|Cimetière {p};Columbarium;Cimetière {y}
urba|51 515 58|202 2031|PLU;Révision PLU;ZAC {p};Modification PLU
@11:80,10:20
urba|515 52|204|NPRU {p};PRU {p};Renouvellement urbain
@11:80,1:20
hab|555 552|204|Logement social;Logements sociaux {p};Subv bailleurs
@11:80,16:20
fetes|024|6232|Fête locale;14 Juillet;Feu d'artifice;Fête nationale;Fête {p}
@11:70,13:30
mob|87|2151 2152|Piste cyclable {r};Pistes cyclables;Voie verte {p};Covoiturage;Arceaux vélos
+Stationnement vélos
@12:100
dech|7212 7213 721|611 2182|OM {y};Collecte OM;Ordures ménagères;Déchetterie {p};Tri sélectif;Compostage {y}
+Composteurs;BOM;Collecte {y};Recyclerie {p};Ressourcerie
@12:80,11:20
dech|7212|2158 2188|PAV {p};Conteneurs enterrés;Bornes apport volontaire
@12:85,11:15
dech|72 720|611|Propreté urbaine;Propreté {y}
@12:60,11:40
dech|72 720|611|Nettoiement {y};Nettoiement {p}
@13:100
clim|71 70|611 2031|PCAET;Plan climat {y};PPRI;Inondations {y};Adaptation climatique
@13:80,11:20
clim|735|2315 2128|Digue {p};Digues {y};Bassin de rétention;Bassin d'orage {p}
@13:70,16:30
clim|18|2158 611|PCS {y};Plan communal sauvegarde;Sirènes {p};DICRIM {y}
@13:70,11:30
clim|71|2315|Ombrières {p};Ombrières parking
@13:70,15:30
clim|78|611|Débroussaillement;OLD {y};DFCI {p}
@13:60,6:40
clim|735|6558|GEMAPI;GEMAPI {y}
@13:60,11:20,15:20
clim|71|2128|Îlot de chaleur;Îlots de fraîcheur
@13:50,4:30,15:20
edu|21 212|2128|Cour oasis {n};Cours oasis
@14:80,11:20
mer|56|2128 611|Plage {p};Plages {y};Accès plage {p}
@14:70,16:30
mer|56|611 6574|Surveillance plages;Postes de secours;SNSM {y};Sauveteurs plages
@14:60,11:40
mer|56|2128|Littoral {y};Sentier littoral
@14:60,15:40
mer|56|2128|Dunes {p};Ganivelles;Cordon dunaire
@14:70,12:30
mer|56|611|Nettoyage plages;Ramassage laisses mer
@14:60,13:40
mer|56|2031|Trait de côte;Érosion côtière
@15:100
ev|511|2121 611|Élagage {y};Élagage platanes;Espaces verts {y};Arbres {p};Plantations {y};Tonte;ENS {p}
+Biodiversité {y};Fauchage raisonné;Ruches;Parc {n};Haies bocagères
@15:70,11:30
ev|511|2128 611|Fleurissement {y};Jardin {n};Square {n};Massifs fleuris
@15:70,13:30
ev|76 78|2117 611|Forêt {p};ONF;Forêt communale
@15:80,11:20
ev|511 76|611|Zoo;Parc animalier;Jardin botanique
@15:60,11:40
ev|511|2128|Aire de jeux {p};Jeux enfants {p}
@16:100
adm|020 021 022 11 031|611 6064 2188|État civil;Élections {y};Police municipale;PM {y};Vidéoprotection {p}
+Assurances {y};Archives {y};Conseil municipal;Cérémonies;Recensement {y};Fourrière;Gendarmerie {p}
+Bulletin municipal;ASVP
@16:85,11:15
adm|020 022|21311 2313 615221|Mairie {p};HDV;Hôtel de ville;CTM {p};Mairie annexe;Centre technique
@16:70,9:30
dsi|020|2183 2051|Logiciels {y};Licences logiciels;Matériel informatique;Téléphonie mobile
@16:60,9:40
dsi|020|2183|Serveurs;Sauvegarde serveurs
@17:100
fin|01 12|6554 66111 1641 6281|SDIS {y};Contingent SDIS;Intérêts emprunts;Capital emprunts;Dette {y}
+Emprunt {y};FPIC {y};Attribution compensation;Amortissements {y};Cotisation AMF;Cotis AMF;Contribution SDIS
coop|04 045 048|6574|Jumelage {t};Coopération décentralisée;Jumelage {y}
"""


def parse_acts(src: str) -> list[tuple[str, str, list[str], list[str], list[str]]]:
    out = []
    lab = ""
    for line in src.strip().splitlines():
        if line.startswith("+"):  # a continuation: more cores for the entry above
            out[-1][4].extend(line[1:].split(";"))
            continue
        if line.startswith("@"):
            lab = L(*[int(x) for gp in line[1:].split(",") for x in gp.split(":")])
            continue
        field, fcts, nats, cores = line.split("|")
        known = [n for n in nats.split() if _entry(NAT, n, True) is not None]
        out.append((lab, field, fcts.split(), known, cores.split(";")))
    return out


ACTS = parse_acts(ACTS_SRC)

# --------------------------------------------------------------------------------------------
# invented names (each counts as one word)
# --------------------------------------------------------------------------------------------

PATRONS = [
    "Castagnol",
    "Marie Bernadac",
    "Louise Ferrand",
    "Albert Vidou",
    "Marthe Lagarrigue",
    "Fontanieu",
    "Paul Cazalès",
    "Rose Estibal",
    "Jean Mialaret",
    "Lucie Drouhet",
    "Bastide",
    "Émile Roquefeuil",
    "Sabatier",
    "Irène Caumette",
]
PLACES = [
    "Les Genêts",
    "Les Tilleuls",
    "Quartier Nord",
    "Le Bourg",
    "La Croix-Blanche",
    "Combe-Basse",
    "Les Aubiers",
    "Pré-Vert",
    "La Sauzaie",
    "Bel-Air",
    "Les Ormeaux",
    "Fontcouverte",
    "La Garenne",
    "Val-Fleuri",
    "Les Chaumes",
    "Saint-Brévin",
]
STREETS = [
    "Rue des Tanneurs",
    "Av. de la Gare",
    "Bd Carnot",
    "Rue du Moulin",
    "Chemin des Vignes",
    "Rue Pasteur",
    "Allée des Pins",
    "Route de Vernes",
    "Rue Haute",
    "Impasse du Lavoir",
]
TWINS = ["Kandiéla", "Bad Wessling", "Porto Tarrão", "Sânmărtin"]
YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]
NAMES = PATRONS + PLACES + STREETS + TWINS

# facility-only labels (no purpose): the service or fonction decides their goal
FACILITY_CORES = [
    "Salle polyvalente {p}",
    "Salle {n}",
    "Maison des associations {p}",
    "Château {p}",
    "{p}",
    "Site {p}",
    "Espace {n}",
    "Bâtiment {p}",
    "Domaine {p}",
    "Centre {n}",
    "Moulin {p}",
    "Maison {n}",
    "Ancienne école {p}",
    "Halle {p}",
    "Ferme {p}",
    "Pavillon {n}",
    "Grange {p}",
]
# generic fragments: purchases (the service's own split) and works (its building split)
GENERIC_BUY = [
    "Matériel {y}",
    "Mobilier {y}",
    "Véhicule {y}",
    "Fournitures {y}",
    "Études {y}",
    "Petit matériel",
    "Achat matériel",
    "Acquisition mobilier",
    "Véhicule utilitaire",
    "Prestations {y}",
    "Maintenance {y}",
    "Renouvellement véhicule",
    "Matériel neuf",
    "Équipement {y}",
    "Électricité {y}",
    "Fourniture gaz",
]
GENERIC_WORKS = [
    "Travaux {y}",
    "Entretien {y}",
    "Gros entretien {y}",
    "Travaux bâtiment",
    "Entretien bâtiment",
    "Réparations {y}",
    "Menuiseries {y}",
    "Peinture {y}",
    "Étanchéité",
    "Travaux toiture",
    "Mise aux normes",
    "Travaux sols",
]

# field -> (facility/works split, purchase split or "" if the field buys nothing generic, fonctions)
FIELD_LABS = {
    "edu": (L(4, 85, 11, 15), L(4, 100), ["212", "211", "21"]),
    "pe": (L(4, 85, 11, 15), L(4, 100), ["4221", "4222", "422"]),
    "sport": (L(3, 85, 11, 15), L(3, 100), ["321", "322", "325"]),
    "soc": (L(1, 85, 11, 15), L(1, 100), ["424", "420"]),
    "auto": (L(3, 85, 11, 15), L(3, 100), ["4238", "423"]),
    "sante": (L(3, 85, 11, 15), L(3, 100), ["414", "410", "41"]),
    "jeun": (L(10, 85, 11, 15), L(10, 100), ["338"]),
    "cult": (L(11, 100), L(11, 100), ["311", "312", "314", "316"]),
    "lect": (L(4, 60, 11, 40), L(4, 60, 11, 40), ["313"]),
    "adm": (L(16, 85, 11, 15), L(16, 100), ["020", "022"]),
    "dsi": ("", L(16, 70, 9, 30), ["020"]),
    "voi": (L(11, 80, 9, 20), L(11, 100), ["845", "84"]),
    "ev": (L(15, 100), L(15, 100), ["511"]),
    "eau": (L(6, 100), L(6, 100), ["732", "731", "733"]),
    "dech": (L(12, 100), L(12, 100), ["7212", "721"]),
    "eco": (L(8, 85, 11, 15), L(8, 100), ["632", "6312"]),
    "tour": (L(8, 80, 11, 20), L(8, 100), ["633"]),
    "mer": (L(14, 80, 11, 20), L(14, 100), ["56"]),
    "clim": (L(13, 80, 11, 20), L(13, 100), ["735"]),
    "egal": ("", L(5, 100), ["341"]),
    "emploi": ("", L(8, 100), ["65"]),
    "num": ("", L(9, 100), ["57"]),
    "alim": (L(2, 60, 11, 40), L(2, 100), ["6318"]),
    "coop": (L(17, 100), L(17, 100), ["045", "048"]),
}
# the place-like facility cores a network service can name (a bare district, a site)
PLACE_FIELDS = {"voi", "ev", "eau", "dech", "mer", "clim"}
PLACE_CORES = {"{p}", "Site {p}", "Domaine {p}"}
# the services whose generic works fragments ("TRAVAUX 2023", "ETANCHEITE") are building works
WORKS_FIELDS = {
    "edu",
    "pe",
    "sport",
    "soc",
    "auto",
    "sante",
    "jeun",
    "cult",
    "lect",
    "adm",
    "eco",
    "tour",
    "voi",
    "eau",
}

# --------------------------------------------------------------------------------------------
# four invented authorities: service field -> the names its exports give
# --------------------------------------------------------------------------------------------

AUTHS = {
    "LAN": {  # Lanvérac, a village of ~1,100
        "soc": ["CCAS"],
        "edu": ["ECOLE", "CANTINE"],
        "pe": ["GARDERIE"],
        "sport": ["SPORTS"],
        "adm": ["MAIRIE"],
        "voi": ["VOIRIE"],
        "ep": ["ECLAIRAGE PUBLIC"],
        "eau": ["EAU", "ASSAINISSEMENT"],
        "ev": ["ESPACES VERTS"],
        "fun": ["CIMETIERE"],
        "fetes": ["FETES"],
        "cult": ["EGLISE", "PATRIMOINE"],
        "dech": ["ORDURES MENAGERES"],
        "fin": ["FINANCES"],
        "coop": ["JUMELAGE"],
        "tour": ["CAMPING"],
    },
    "BRE": {  # Bréville-sur-Aure, a town of ~18,000
        "soc": ["SCE 12 ACTION SOCIALE", "SCE 12 CCAS"],
        "auto": ["SCE 13 SENIORS"],
        "sante": ["SCE 14 SANTE"],
        "edu": ["SCE 21 SCOLAIRE", "SCE 22 RESTAURATION"],
        "pe": ["SCE 24 PETITE ENFANCE"],
        "jeun": ["SCE 25 JEUNESSE"],
        "sport": ["SCE 31 SPORTS"],
        "cult": ["SCE 33 CULTURE"],
        "lect": ["SCE 35 MEDIATHEQUE"],
        "ev": ["SCE 41 ESPACES VERTS"],
        "eau": ["SCE 45 EAU"],
        "dech": ["SCE 46 PROPRETE"],
        "ener": ["SCE 47 ENERGIE"],
        "ep": ["SCE 47 ECLAIRAGE"],
        "voi": ["SCE 53 VOIRIE"],
        "mob": ["SCE 54 MOBILITES"],
        "urba": ["SCE 51 URBANISME"],
        "hab": ["SCE 52 HABITAT"],
        "eco": ["SCE 61 COMMERCE"],
        "emploi": ["SCE 62 EMPLOI"],
        "adm": ["SCE 01 DIRECTION GENERALE", "SCE 02 ETAT CIVIL"],
        "dsi": ["SCE 08 INFORMATIQUE"],
        "fin": ["SCE 09 FINANCES"],
        "fetes": ["SCE 34 ANIMATION"],
        "fun": ["SCE 03 CIMETIERES"],
        "egal": ["SCE 16 EGALITE"],
        "pmr": ["SCE 17 ACCESSIBILITE"],
        "pdv": ["SCE 17 POLITIQUE DE LA VILLE"],
        "alim": ["SCE 42 AGRICULTURE URBAINE"],
        "clim": ["SCE 48 TRANSITION ECOLOGIQUE"],
        "tour": ["SCE 63 TOURISME"],
    },
    "MGN": {  # Montgarin, a city of ~90,000
        "soc": ["Direction de l'action sociale", "DSOL - SOLIDARITES"],
        "auto": ["DAUT - AUTONOMIE"],
        "sante": ["Direction santé publique", "DSP - SANTE"],
        "edu": ["DEJ - EDUCATION JEUNESSE", "Service enfance"],
        "pe": ["DPE - PETITE ENFANCE", "Service petite enfance"],
        "jeun": ["DEJ - JEUNESSE", "Direction vie des quartiers"],
        "sport": ["DIRECTION DES SPORTS", "DSP - SPORTS"],
        "cult": ["DAC - AFFAIRES CULTURELLES", "Direction culture"],
        "lect": ["Réseau des médiathèques"],
        "ev": ["DEVE - ESPACES VERTS", "Direction nature en ville"],
        "eau": ["DCE - CYCLE DE L'EAU"],
        "ep": ["DST - ECLAIRAGE PUBLIC"],
        "ener": ["DST - ENERGIE", "Mission énergie"],
        "voi": ["DST - VOIRIE", "Direction de l'espace public"],
        "mob": ["Direction des mobilités"],
        "urba": ["DAU - URBANISME", "Direction du projet urbain"],
        "hab": ["Direction de l'habitat"],
        "eco": ["DDE - ECONOMIE COMMERCE"],
        "emploi": ["DDE - EMPLOI INSERTION"],
        "num": ["Mission numérique"],
        "adm": ["DST - BATIMENTS", "Direction des affaires générales", "DPS - POLICE MUNICIPALE"],
        "dsi": ["DSIN - SYSTEMES D'INFORMATION"],
        "fin": ["DFIN - FINANCES"],
        "coop": ["Relations internationales"],
        "egal": ["Mission égalité femmes-hommes"],
        "pmr": ["Mission handicap"],
        "pdv": ["DPV - POLITIQUE DE LA VILLE"],
        "fetes": ["Direction événementiel"],
        "fun": ["Service cimetières"],
        "mer": ["Direction du littoral"],
        "clim": ["Mission climat", "DRM - RISQUES MAJEURS"],
        "tour": ["Direction tourisme"],
        "alim": ["Mission alimentation"],
    },
    "VER": {  # Communauté d'agglomération du Pays de Vernes
        "dech": ["DGA ENVIRONNEMENT / DECHETS"],
        "eau": ["DGA ENVIRONNEMENT / EAU ASSAINISSEMENT"],
        "clim": ["DGA ENVIRONNEMENT / GEMAPI", "DGA ENVIRONNEMENT / PCAET"],
        "ener": ["DGA ENVIRONNEMENT / PCAET"],
        "ev": ["DGA ENVIRONNEMENT / BIODIVERSITE"],
        "mer": ["DGA ENVIRONNEMENT / LITTORAL"],
        "urba": ["DGA AMENAGEMENT / URBANISME", "DGA AMENAGEMENT / RENOUVELLEMENT URBAIN"],
        "hab": ["DGA AMENAGEMENT / HABITAT"],
        "mob": ["DGA AMENAGEMENT / MOBILITES"],
        "voi": ["DGA AMENAGEMENT / VOIRIE"],
        "eco": ["DGA DEVELOPPEMENT / ECONOMIE"],
        "tour": ["DGA DEVELOPPEMENT / TOURISME"],
        "emploi": ["DGA DEVELOPPEMENT / EMPLOI"],
        "num": ["DGA DEVELOPPEMENT / NUMERIQUE", "DGA DEVELOPPEMENT / ENSEIGNEMENT SUP"],
        "alim": ["DGA DEVELOPPEMENT / AGRICULTURE"],
        "sport": ["DGA SPORTS / AQUATIQUE"],
        "lect": ["DGA CULTURE / LECTURE PUBLIQUE"],
        "cult": ["DGA CULTURE / PATRIMOINE"],
        "fin": ["DGA RESSOURCES / FINANCES"],
        "dsi": ["DGA RESSOURCES / DSI"],
        "sante": ["DGA SOLIDARITES / SANTE"],
        "soc": ["DGA SOLIDARITES / CIAS"],
    },
}

ABBREV = [
    ("GROUPE SCOLAIRE", ["GS"]),
    ("ECOLE MATERNELLE", ["EM"]),
    ("ECOLE ELEMENTAIRE", ["EE"]),
    ("ECLAIRAGE PUBLIC", ["ECL PUB", "EP", "ECL. PUBLIC"]),
    ("ORDURES MENAGERES", ["OM"]),
    ("EAU POTABLE", ["AEP"]),
    ("HOTEL DE VILLE", ["HDV"]),
    ("TRAVAUX", ["TRX", "TVX"]),
    ("ENTRETIEN", ["ENTR", "ENTRET"]),
    ("ACQUISITION", ["ACQ"]),
    ("AMENAGEMENT", ["AMGT"]),
    ("RENOVATION", ["RENOV"]),
    ("REHABILITATION", ["REHAB"]),
    ("SUBVENTION", ["SUBV"]),
    ("PARTICIPATION", ["PARTICIP"]),
    ("COTISATION", ["COTIS"]),
    ("MATERIEL", ["MAT."]),
    ("RENOUVELLEMENT", ["RENOUV"]),
    ("EQUIPEMENT", ["EQUIPT"]),
    ("ASSAINISSEMENT", ["ASSAINISST"]),
    ("ELEMENTAIRE", ["ELEMT"]),
    ("POLYVALENTE", ["POLYVAL"]),
    ("MAINTENANCE", ["MAINT"]),
    ("FOURNITURES", ["FOURNIT"]),
    ("VEHICULE", ["VEHIC"]),
    ("REPARATIONS", ["REPARAT"]),
]
STYLES = [(11, "upper"), (6, "mixed"), (3, "lower")]

# --------------------------------------------------------------------------------------------
# word count: articles and prepositions not counted, an invented name or a year is one word
# --------------------------------------------------------------------------------------------

STOP = {
    "le",
    "la",
    "les",
    "l",
    "de",
    "du",
    "des",
    "d",
    "a",
    "au",
    "aux",
    "en",
    "et",
    "sur",
    "pour",
    "par",
    "sous",
}
NAME_KEYS = sorted({fold(n) for n in NAMES} | {fold(up(n)) for n in NAMES}, key=len, reverse=True)


def word_count(lib: str) -> int:
    text = f" {fold(lib)} "
    for key in NAME_KEYS:
        text = text.replace(f" {key} ", " zname ")
    return len([w for w in text.split() if w not in STOP])


# --------------------------------------------------------------------------------------------
# drawing a label
# --------------------------------------------------------------------------------------------


def fill(core: str) -> str:
    draws = {"n": PATRONS, "p": PLACES, "r": STREETS, "y": YEARS, "t": TWINS}
    text = re.sub(r"\{(\w)\}", lambda m: draw.pick(draws[m.group(1)]), core)
    if "{y}" in core and draw.chance(0.2):
        text = re.sub(r" (\d{4})$", r" - \1", text)
    return text


def render(core: str) -> str:
    text = fill(core)
    style = draw.wpick(STYLES)
    if style == "upper":
        text = draw.abbreviate(up(text), ABBREV, 0.55)
    elif style == "lower":
        text = text.lower()
        if draw.chance(0.6):
            text = strip_accents(text)
    else:
        text = text[0].upper() + text[1:]
    return re.sub(r"\s+", " ", text).strip()


def short(core: str) -> str:
    """A rendering of ``core`` with at most 3 words (redrawn if an abbreviation or a name broke it)."""
    for _ in range(20):
        lib = render(core)
        if 1 <= word_count(lib) <= 3:
            return lib
    raise AssertionError(core)


def service_of(field: str) -> str:
    auths = sorted(a for a in AUTHS if field in AUTHS[a])
    assert auths, field
    return draw.pick(AUTHS[draw.pick(auths)][field])


def activity_section(goal: int, context: str):
    items = [
        (lab, field, fcts, nats, core)
        for lab, field, fcts, nats, cores in ACTS
        if main_goal(lab) == goal
        for core in cores
    ]
    state = {"i": draw.rng.randrange(len(items))}

    def gen():
        lab, field, fcts, nats, core = items[state["i"] % len(items)]
        state["i"] += 1
        lib = short(core)
        chap = nat = fct = svc = ""
        if context == "service":
            svc = service_of(field)
        elif context == "codes":
            for _ in range(6):
                chap, nat, fct = draw.agreeing_codes(lab, fcts, nats, 1.0, (0.15, 0.25, 0.12))
                if fct or nat or chap:
                    break
        return None, (lib, chap, nat, fct, svc, lab)

    return gen


def facility_section(context: str):
    fields = sorted(f for f, (fac, _, _) in FIELD_LABS.items() if fac)

    def gen():
        field = draw.pick(fields)
        fac, _, fcts = FIELD_LABS[field]
        cores = [
            c for c in FACILITY_CORES if (c in PLACE_CORES) == (field in PLACE_FIELDS) or c in PLACE_CORES
        ]
        core = "{t}" if field == "coop" else draw.pick(cores)
        lib = short(core)
        if context == "service":
            return None, (lib, "", "", "", service_of(field), fac)
        chap, nat, fct = draw.agreeing_codes(fac, fcts, [], 1.0, (0.0, 0.25, 0.0))
        if not fct:
            return None, ("", "", "", "", "", fac)  # an empty libellé is skipped by write_part
        return None, (lib, chap, nat, fct, "", fac)

    return gen


def generic_section(context: str):
    # fonction 020 does not tell the IT service from the town hall: IT generics need their service
    fields = sorted(f for f in FIELD_LABS if context == "service" or f != "dsi")

    def gen():
        field = draw.pick(fields)
        fac, buy, fcts = FIELD_LABS[field]
        if field in WORKS_FIELDS and draw.chance(0.4):
            core, lab = draw.pick(GENERIC_WORKS), fac
        else:
            core, lab = draw.pick(GENERIC_BUY), buy
        lib = short(core)
        if context == "service" and any(field in a for a in AUTHS.values()):
            return None, (lib, "", "", "", service_of(field), lab)
        chap, nat, fct = draw.agreeing_codes(lab, fcts, [], 1.0, (0.0, 0.25, 0.0))
        if not fct:
            return None, ("", "", "", "", "", lab)
        return None, (lib, chap, nat, fct, "", lab)

    return gen


def main() -> None:
    fields = {f for _, f, _, _, _ in ACTS}
    assert all(any(f in a for a in AUTHS.values()) for f in fields), fields
    plan = []
    for goal in range(1, 18):
        plan.append((f"bare {goal}", activity_section(goal, "bare"), 14))
    for goal in range(1, 18):
        plan.append((f"service {goal}", activity_section(goal, "service"), 7))
    for goal in range(1, 18):
        plan.append((f"codes {goal}", activity_section(goal, "codes"), 6))
    plan += [
        ("facility service", facility_section("service"), 62),
        ("facility codes", facility_section("codes"), 20),
        ("generic service", generic_section("service"), 42),
        ("generic codes", generic_section("codes"), 20),
    ]
    write_part(
        plan,
        OUT,
        rng,
        OTHER_PARTS,
        BRIEF_EXAMPLES,
        generic_ok=["facility service", "facility codes", "generic service", "generic codes"],
    )
    rows = written_rows(OUT)
    for r in rows:
        assert 1 <= word_count(r["libelle"]) <= 3, r["libelle"]
    mains = Counter(main_goal(r["labels"]) for r in rows)
    assert all(mains[g] >= 8 for g in range(1, 18)), mains
    bare = sum(1 for r in rows if not (r["service"] or r["fonction"] or r["nature"] or r["chapitre"]))
    svc = sum(1 for r in rows if r["service"])
    print(
        f"{len(rows)} rows checked: {bare} without context, {svc} with a service, "
        f"{len(rows) - bare - svc} with codes"
    )


if __name__ == "__main__":
    main()
