# ruff: noqa: E501
"""Write part R of Verdir's labelled training corpus: the second round of vocabulary gaps,
ordinary phrases real French local budgets write and that parts A to Q never (or hardly ever) use.

Finding the gaps: vocabulary_gaps_r.py (beside this file) holds 1,211 further phrases, none of them
one of round 1's 678 (vocabulary_gaps.py, filled by part P): concrete objects and works (abri
voyageurs, sanisette, coussins berlinois, enduits superficiels, dégrilleur, calorifugeage, bassin
nordique, cour d'école végétalisée...), services and schemes (curatelle, CCAPEX, BAFA, semaine
bleue, CAARUD, marches exploratoires...), the operating natures (frais de télécommunications,
taxes foncières, concours divers, frais de gardiennage...) and the finance lines (atténuations de
produits, dégrèvements, report à nouveau, intérêts moratoires, DETR...). Each was counted on the
folded libellés of parts A to Q with word-boundary matching; 745 met fewer than three times.
This part writes 2 lines (3 for the commonest in real budgets) for 264 of them (ENTRIES below:
phrase, label, service field, fonctions, natures, cores); each core holds the phrase whole and
main() checks that every phrase is one of vocabulary_gaps_r.py's and still a gap.

Labels: the codebook's table, and where parts A to Q already label the same or the nearest
activity, their dominant split (rows of the folded-libellé regex named, dominant split first):

  1. tutelle, curatelle, mandataire judiciaire 1:80;10:20 (no row: fonction 424's prior, the
     codebook's social action); prévention des expulsions, CCAPEX, impayés de loyer 1:80;11:20
     (expulsion|loyer|impayés 7 of 23); hôtel social, logement passerelle 1:60;11:40 (hôtel social|
     pension de famille|intermédiation 8/8); vestiaire solidaire, aide aux vacances 1:100
     (fonction 4212 and the codebook); douches publiques 1:60;6:40 (vestiaire|douches|bagagerie:
     the showers for homeless people are 8 rows at 1:60;6:40); chèque eau and aides au paiement
     des factures 1:70;6:30 (impayés d'eau 2 rows; energy bills are 1:70;7:30, 3 rows);
  2. chèques alimentaires, repas solidaires, cuisine solidaire 2:70;1:30 (food aid, 6 of 21;
     part Q's 24 of 51); frigo partagé, dons alimentaires, glanage 2:60;12:40 (frigo 8 of 21,
     glanage 2/2); cantines bio, label Ecocert, liaison chaude 2:60;4:40 (bio 27 of 50, part P's
     canteens decision); ferme communale 2:70;11:30 (part P's agriculture urbaine); atelier de
     découpe, conchyliculture, ostréiculture 2:70;8:30 (fonction 631); transhumance, alpages
     2:60;15:40 (estive|pastoral 8/8);
  3. activité physique adaptée, sport sur ordonnance, permanence des soins, centre hospitalier,
     IST, tuberculose, alcool, souffrance psychique, conseil local de santé mentale 3:100 (médic|
     santé 56 of 174 at 3:100, prevention rows); CAARUD, CSAPA 3:80;10:20 (réduction des risques
     5 of 7); repas des aînés, semaine bleue, adaptation du logement, monte-escalier, USLD
     3:60;10:40 (aînés|seniors 7 of 46 beside 10 food-aid rows; maintien à domicile 3 of 5;
     fonction 423); pool fittings (bassin nordique, pentagliss, plongeoir, traitement d'eau de la
     piscine) 3:85;11:15 (fonction 323, piscine rows); bassin d'apprentissage, bassin mobile
     3:60;4:40 (part P's savoir nager); pests of public hygiene (pigeons, nids de frelons,
     chenilles processionnaires) 3:80;11:20 (7 of 27, fonction 13); ambroisie 3:70;15:30 (1 of 2:
     an allergy before a plant);
  4. salle des maîtres, bâtiment modulaire, RASED, classes de neige (9 of 10), voyages scolaires,
     dotation des collèges, berceaux réservés, agrément, CLAS (aide aux devoirs 15 of 16), bourses
     d'études, écrans interactifs (4 of 6) 4:100; office de restauration and goûter 4:70;2:30
     (goûter 5/5); maisons familiales rurales, alternance, BAFA 4:70;8:30 (MFR 4/4, BAFA 1/1);
     colonies de vacances, mini séjours 4:60;10:40 (accueil de loisirs 9 rows, fonction 331);
  5. mariages forcés, sortie de la prostitution 5:100 (42 of 188 "femmes" rows); bracelet
     anti-rapprochement 5:70;16:30 (36); logement d'urgence femmes 5:60;1:40 (31);
  6. water works and wastewater treatment 6:100 (station d'épuration|lagunage 19 of 22);
     mise en conformité des branchements 6:85;11:15 (branchement 11 of 23); tranchée drainante,
     puisard, récupération des eaux de pluie 6:70;13:30 (noue|drainant 9 of 32); sanisette
     6:60;11:40 (toilettes 9 of 18); passe à poissons 6:70;15:30 (part P's rivers);
  7. cogénération, éoliennes, petite hydroélectricité, communauté énergétique, station hydrogène
     7:80;13:20 (fonction 75); calorifugeage, désembouage, centrale de traitement d'air 7:70;13:30
     (chaufferie 9 of 37 outside schools); flotte électrique, véhicules propres, SDIE 7:60;11:40
     (19 of 32);
  8. hôtel d'activités, prêt d'honneur, zone franche, revitalisation rurale, Territoires
     d'industrie 8:100; commerce ambulant, foire exposition 8:85;11:15 (part P's foires et
     marchés); enseignes commerciales, cellules commerciales, licence IV, opération de
     revitalisation de territoire 8:70;11:30 (part P's commerce de proximité); jobs d'été,
     mobilité solidaire 8:70;10:30 (part P's insertion); gîte communal 8:80;11:20 (fonction 633);
  9. SDAN, France Très Haut Débit, wifi territorial, research 9:100 (fibre 55 of 84); doctorants
     9:70;4:30 (recherche 18 of 38); accélérateur 9:60;8:40 (part Q's French Tech); logement
     étudiant 9:60;4:40 (fonction 23);
  10. interprète LSF, carte mobilité inclusion 10:100; place PMR, TPMR, habitat inclusif, PAVE
     10:70;11:30 (pmr 64 of 133, PAVE 3/3); tiralo, fauteuil amphibie 10:70;14:30 (handiplage
     1/1); IME, auxiliaires de vie scolaire 10:80;3:20 (AESH 5/5); médiateurs and correspondants
     de nuit 10:70;16:30 (1 of 3); chantiers jeunes 10:60;8:40 (7/7);
  11. Noël decorations, théâtre de verdure, street art, exhumation, carré militaire 11:100 (part
     P); urbanism procedures, biens sans maître (7/7), RHI and ORI 11:100; zone bleue 11:100
     (stationnement 33 of 101); abri voyageurs, navette électrique 11:80;13:20 (part P's public
     transport); autopartage, abri vélos, prime vélo, passerelle piétonne, forfait mobilités
     durables 11:70;13:30 (vélo 60 of 120; forfait mobilités 2/2); coussins berlinois, chicane,
     plateau surélevé 11:70;3:30 (5 of 33, fonction 849); road surface works 11:80;9:20 (voirie
     32 of 58); amendes de police 11:80;9:20 (2/2); 14 juillet, vœux du maire 11:80;16:20 (5 of
     9); PCRS 11:70;9:30 (the 2 rows write 9:60;11:40; fonction 845 and the street survey put 11
     first); micro-folie 11:70;4:30 (fonction 311); verglas 11:60;13:40 (11 of 20);
  12. waste and reuse 12:100 (compost 31 of 44, textile 13 of 14); propreté urbaine, ramassage des
     feuilles 12:85;11:15 (15 of 30); canisettes, déjections canines, affichage sauvage 12:60;11:40
     (3/3); table de tri, pesée des déchets, déshydrateur 12:70;4:30 (16 of 24);
  13. bilan GES, éco-gestes, sensibilisation à l'environnement 13:100 (plan climat 15 of 26);
     coulées de boue 13:80;11:20 (inondation 13 of 54); séisme, tempête, éboulement 13:100 (12 of
     31); cour d'école végétalisée 13:50;4:30;15:20 (16 of 59); désartificialisation
     13:60;11:20;15:20 (part P's îlot de chaleur split);
  14. laisses de mer 14:80;11:20 (plage 32 of 162); érosion côtière 14:60;13:40 (part P);
     algues vertes, pêche à pied 14:100; surveillance de la baignade, BNSSA 14:70;16:30 (27);
     cales de mise à l'eau, désenvasement 14:60;9:40 (fonction 854's ports, the sea first);
  15. hedges, flowers, wildlife, invasive species 15:100 (haie 14 of 16, biodiversité 12 of 24);
     forestry, affouage, vente de bois, Miyawaki 15:70;13:30 (forêt 22 of 117, micro-forêt 13 of
     15); faucardage, jussie, vidange de l'étang 15:60;6:40 (étang 9 of 52); chenil 15:70;3:30 (2
     of 3); poules 15:100 (9 of 12);
  16. civil status, elections, personnel, security 16:100 (personnel 75 of 210, élections 9/9);
     the operating natures without a purpose (frais de gardiennage, taxes foncières, annonces et
     insertions, frais de nettoyage des locaux, indemnités de conseil, coordonnateur SPS,
     atténuations de charges) 16:100, the codebook's generic rule; frais de télécommunications,
     progiciel, RGPD, DPO 16:70;9:30 (20 of 41, logiciel 46 of 81); FIPD, TIG 16:80;10:20 (part
     P's CLSPD); bouches d'incendie 16:70;13:30 (part P's hydrants);
  17. atténuations de produits, dégrèvements, mandats annulés, intérêts moratoires, pénalités
     (3/3), report à nouveau, affectation du résultat, avance de trésorerie, services bancaires,
     frais de recouvrement, DETR, DSIL, taxe locale sur la publicité, concours divers (nature
     6281's prior), programme opérationnel 17:100 (non-valeurs 6/6, créances 11/11).

Six invented authorities, each naming its services its own way: Castelmoret (a village of
~1,400: "MAIRIE", "ECOLE", "VOIRIE RURALE"), Brenonville (a town of ~31,000: "POLE SOLIDARITES /
CCAS", "Pôle cadre de vie - voirie"), the Communauté de communes du Pays d'Esmorande ("CCPE -
ENVIRONNEMENT", "CCPE - EAU ASSAINISSEMENT"), the Département du Ravonnais ("DSOL - Autonomie",
"DRM - Routes et mobilités"), the Région Monts-et-Lagunes ("DLY - Lycées", "DESR - Recherche")
and Port-Gravelène (a seaside town of ~9,000: "SERVICE PLAGES", "PORT DE PLAISANCE"). Each line
draws an authority that has its field; about half carry its service.

Export forms (Draws.render of generator_tools.py): upper case with the usual abbreviations (TRX,
ACQ, SUBV, FCT, AMGT, REHAB, EQUIPT, ENTR, FOURN, PREST, REMPL, RENOUV...), never inside the gap
phrase, mixed case with or without accents, lower case, years and budget steps (BP, DM1),
operation codes, invented places, schools and associations; some cut at 40 characters mid-word,
always after the gap phrase. About 35 % carry M57 codes, always agreeing with the label's main
goal (agreeing_only; natures the M57 table lacks are left out). Labels of parts A to Q, of the
probes and of the brief's fragments are skipped; lines inside the part are distinct. All names
of places, schools, associations and services are invented.

Deterministic, stdlib only, no network:  python gen_part_r.py  ->  part_r.csv (same folder).
"""

from __future__ import annotations

import re

import vocabulary_gaps_r
from gap_part import GapPart, parse_entries
from generator_tools import fold, part_setup, write_part, written_rows

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1818)

# Fragments quoted in the brief of this slice: the slice writes its own lines, never these alone.
BRIEF_EXAMPLES = [
    "abribus", "sanisette", "bornes escamotables", "ralentisseurs", "plateau surélevé", "passerelle",
    "mur de soutènement", "enrobés", "curage des fossés", "fauchage", "débroussaillage", "désherbage thermique",
    "bassin d'orage", "noue", "séparatif", "branchements plomb", "chaufferie", "CTA", "sous-station", "ombrières",
    "brise-soleil", "préau", "dortoir", "self", "office de restauration", "tisanerie", "salle de motricité", "RASED",
    "ATSEM", "classes de découverte", "sorties scolaires", "fournitures scolaires", "dotation des collèges",
    "transport des élèves", "cantine", "goûter", "colonie", "séjours", "chantiers jeunes", "BAFA", "service civique",
    "CLAS", "ludothèque", "relais petite enfance", "halte-garderie", "lieu d'accueil enfants-parents",
    "crèche familiale", "berceaux réservés", "agrément", "tutelle", "curatelle", "aide juridictionnelle",
    "maison France services", "conciliateur", "médiateur", "ASVP", "fourrière", "chenil", "SPA", "dératisation",
    "désinsectisation", "pigeons", "frelons asiatiques", "chenilles processionnaires", "ambroisie", "columbarium",
    "jardin du souvenir", "ossuaire", "reprise de concessions", "illuminations de Noël", "marché de Noël",
    "feu d'artifice", "14 juillet", "vœux du maire", "cérémonies", "médailles", "jumelage", "fanfare",
    "harmonie municipale", "école de musique", "résidence d'artistes", "fresque", "street art", "micro-folie",
    "escape game", "bibliothèque de rue", "boîte à livres", "grainothèque", "repair café", "givebox",
    "couches lavables", "gobelets réutilisables", "broyage des végétaux", "paillage", "compost de quartier", "poules",
    "éco-pâturage", "hôtel à insectes", "nichoirs", "mare pédagogique", "verger", "forêt urbaine", "Miyawaki",
    "arbres d'alignement", "élagage", "dessouchage", "tonte", "arrosage", "récupérateurs d'eau", "citerne", "puits",
    "lavoir", "fontaine", "bouches d'incendie", "abri vélos", "consigne vélo", "vélos à assistance électrique",
    "autopartage", "navette électrique", "transport à la demande", "PAVE", "zone 30", "zone de rencontre",
    "rue aux écoles", "pédibus", "plan de mobilité employeur", "forfait mobilités durables", "IRVE",
    "flotte électrique", "GNV", "bioGNV", "hydrogène", "SDIE", "SDAN", "France Très Haut Débit", "tiers-lieu", "fablab",
    "coworking", "pépinière", "hôtel d'entreprises", "halles", "marché couvert", "foire", "droits de place",
    "commerce ambulant", "boutique à l'essai", "manager de centre-ville", "FISAC", "taxe locale sur la publicité",
    "alimentation", "fêtes et cérémonies", "catalogues et imprimés", "frais de télécommunications", "affranchissement",
    "annonces et insertions", "transports collectifs", "concours divers", "indemnités de conseil",
    "versements à des organismes de formation", "frais de nettoyage des locaux", "combustibles",
    "énergie - électricité", "eau et assainissement", "locations mobilières", "primes d'assurance",
    "frais de gardiennage", "taxes foncières", "admissions en non-valeur", "créances éteintes", "intérêts moratoires",
    "pénalités", "titres annulés", "dégrèvements", "reversement", "atténuations de produits", "BP 2024", "DM1",
]

# --------------------------------------------------------------------------------------------
# the gaps: "@goal:share,goal:share" opens a label; then one gap a line:
# phrase | service field | fonctions | natures | core | core ...  (each core holds the phrase)
# --------------------------------------------------------------------------------------------

ENTRIES_SRC = """@1:80,10:20
tutelle|soc|424 420|6518 611|Mesures de tutelle - participation aux frais du mandataire|Service tutelle et protection des majeurs|Tutelle des majeurs protégés - convention {asso}
curatelle|soc|424|611|Frais de curatelle - majeurs protégés|Accompagnement des mesures de curatelle renforcée
mandataire judiciaire|soc|424|611|Convention mandataire judiciaire à la protection des majeurs|Mandataire judiciaire - frais de gestion {y}
prévention des expulsions|soc|443 424|6574 611|Prévention des expulsions locatives - permanence {asso}|Charte départementale de prévention des expulsions|Diagnostics sociaux et financiers - prévention des expulsions
CCAPEX|soc|443|611|Secrétariat de la CCAPEX|CCAPEX - diagnostics sociaux
impayés de loyer|soc|443 424|6511|Aides aux impayés de loyer - ménages en difficulté|Fonds d'urgence impayés de loyer
@1:60,11:40
hôtel social|soc|424 443|6574|Hôtel social {lieu} - subvention de fonctionnement|Travaux hôtel social - mise aux normes
logement passerelle|soc|424 555|6574|Logement passerelle - gestion locative adaptée|Aménagement d'un logement passerelle {lieu}
@1:100
vestiaire solidaire|soc|424 428|6574|Vestiaire solidaire {asso} - subvention|Local du vestiaire solidaire - loyer et charges
aide aux vacances|soc|4212 424|6511|Aide aux vacances des familles - bons CAF complémentaires|Aide aux vacances des enfants - quotient familial
@1:60,6:40
douches publiques|soc|424 428|611 6574|Douches publiques - accès gratuit personnes sans abri|Entretien des douches publiques {lieu}|Douches publiques - nettoyage et gardiennage
@1:70,6:30
chèque eau|soc|424|6511|Chèque eau - aide au paiement des factures|Dispositif chèque eau {y}
aides au paiement des factures|soc|424 428|6511|Aides au paiement des factures d'eau et d'énergie|Aides au paiement des factures - secours CCAS
@2:70,1:30
chèques alimentaires|soc|424|6511|Chèques alimentaires - secours d'urgence|Distribution de chèques alimentaires {y}
repas solidaires|soc|424|6574|Repas solidaires du dimanche {asso}|Repas solidaires - achat de denrées
cuisine solidaire|alim|424 428|6574|Cuisine solidaire {asso} - équipement|Atelier cuisine solidaire - fonctionnement
@2:60,12:40
frigo partagé|alim|424|6574|Frigo partagé anti-gaspillage {lieu}|Installation d'un frigo partagé - tiers-lieu
dons alimentaires|alim|424|6574|Collecte des dons alimentaires - logistique|Dons alimentaires aux associations - plateforme
glanage|alim|631|6574|Glanage solidaire dans les vergers|Opération glanage solidaire {y}
@2:60,4:40
cantines bio|alim|281|60623|Cantines bio et locales - surcoût denrées|Plan cantines bio {y}
label Ecocert|alim|281|6188|Label Ecocert en cuisine - audit|Renouvellement label Ecocert restauration scolaire
liaison chaude|edu|281|611|Repas en liaison chaude - écoles rurales|Marché repas liaison chaude {y}|Équipements de liaison chaude - conteneurs isothermes
@2:70,11:30
ferme communale|agri|631|2111 611|Ferme communale - acquisition de matériel maraîcher|Ferme communale {lieu} - fonctionnement
@2:70,8:30
atelier de découpe|agri|631 6318|20422 6574|Atelier de découpe collectif - aide à l'investissement|Création d'un atelier de découpe de viande
conchyliculture|agri|631|6574 20422|Aide à la conchyliculture - modernisation|Conchyliculture : plan de relance
ostréiculture|agri|631|20422|Ostréiculture - aides aux entreprises|Aides à l'ostréiculture - tempête
@2:60,15:40
transhumance|agri|631|6574|Fête de la transhumance - subvention|Transhumance - aide aux groupements pastoraux
alpages|agri|631|2128|Aménagement des alpages - cabanes pastorales|Alpages de {lieu} - équipements pastoraux
@3:100
activité physique adaptée|sport|32 412|611 6574|Séances d'activité physique adaptée - seniors|Activité physique adaptée : éducateur sportif|Activité physique adaptée - maladies chroniques
sport sur ordonnance|sante|412|611|Sport sur ordonnance - prescription médicale|Dispositif sport sur ordonnance {y}
permanence des soins|sante|41|6574|Permanence des soins - maison de garde|Participation permanence des soins ambulatoires
centre hospitalier|sante|41|204 6574|Participation au centre hospitalier {c} - scanner|Subvention d'équipement au centre hospitalier
IST|sante|412|611|Dépistage IST et VIH - campagne|Prévention des IST - jeunes
tuberculose|sante|412|611|Lutte contre la tuberculose - CLAT|Dépistage tuberculose - radiographies
alcool|sante|412|6574|Prévention alcool en milieu festif|Prévention alcool et conduites à risque {asso}
souffrance psychique|sante|412|6574|Point écoute souffrance psychique des jeunes|Souffrance psychique - formation premiers secours en santé mentale
conseil local de santé mentale|sante|412|611 6218|Coordination du conseil local de santé mentale|Conseil local de santé mentale - coordinateur
@3:80,10:20
CAARUD|sante|412|6574|CAARUD {asso} - subvention|CAARUD : local d'accueil
CSAPA|sante|412|6574|CSAPA - consultations jeunes consommateurs|CSAPA {c} - convention
@3:60,10:40
repas des aînés|aines|423|6232 60623|Repas des aînés {y}|Traiteur repas des aînés
semaine bleue|aines|423|611|Semaine bleue - animations seniors|Programme de la semaine bleue {y}
adaptation du logement|aines|423 43|6511|Aide à l'adaptation du logement des seniors|Adaptation du logement - perte d'autonomie
monte-escalier|aines|423|6511|Aide à l'installation d'un monte-escalier|Monte-escalier - maintien à domicile
USLD|aines|423|204|USLD {lieu} - participation aux travaux|Unité de soins de longue durée USLD - subvention
@3:85,11:15
bassin nordique|sport|323|2313|Construction d'un bassin nordique|Bassin nordique - couverture thermique
pentagliss|sport|323|2188|Pentagliss - remplacement|Pentagliss centre aquatique
plongeoir|sport|323|2188|Plongeoir 3 mètres - remplacement|Plongeoir piscine {lieu} - mise en conformité
traitement d'eau de la piscine|sport|323|60624 2188|Traitement d'eau de la piscine - produits|Traitement d'eau de la piscine : filtration
@3:60,4:40
bassin d'apprentissage|sport|323 282|2313|Bassin d'apprentissage - savoir nager|Bassin d'apprentissage {lieu} - travaux
bassin mobile|sport|323 282|6135|Location d'un bassin mobile - apprentissage de la natation|Bassin mobile écoles rurales
@4:100
salle des maîtres|edu|212 211|2184 21312|Mobilier salle des maîtres|Salle des maîtres école {ecole} - aménagement
bâtiment modulaire|edu|212|2135 6135|Bâtiment modulaire - classe supplémentaire|Location bâtiment modulaire école {ecole}
RASED|edu|212 20|6067 611|Dotation RASED - matériel pédagogique|RASED - bureau du psychologue scolaire
classes de neige|edu|284|6247 611|Classes de neige école {ecole}|Participation classes de neige {y}|Classes de neige - hébergement
voyages scolaires|col|221 284|6574|Aide aux voyages scolaires des collégiens|Voyages scolaires - subventions aux collèges
dotation des collèges|col|221|65511 6551|Dotation des collèges - fonctionnement {y}|Dotation des collèges publics - part viabilisation
berceaux réservés|pe|4221 422|611|Berceaux réservés en crèche privée|Réservation de berceaux réservés - micro-crèche {lieu}
agrément|pe|422|611|Agrément des assistantes maternelles - formation|Instruction des demandes d'agrément - PMI
contrat local d'accompagnement à la scolarité|edu|28 20|6574|Contrat local d'accompagnement à la scolarité - {asso}|Subvention contrat local d'accompagnement à la scolarité
bourses d'études|sup|20|6513 6511|Bourses d'études - enseignement secondaire|Bourses d'études départementales
écrans interactifs|edu|212|2183|Écrans interactifs - classes élémentaires|Écrans interactifs école {ecole}
@4:70,2:30
office de restauration|edu|281|21312 2313|Office de restauration école {ecole} - mise aux normes|Réaménagement office de restauration
goûter|edu|281 28|60623|Goûter périscolaire - denrées|Goûter des enfants ALSH|Achat de goûters accueil du soir
@4:70,8:30
maisons familiales rurales|form|25 26|6574|Maisons familiales rurales - subvention|Investissement maisons familiales rurales
alternance|form|26|6574|Aide à l'alternance - employeurs|Alternance : promotion des formations
BAFA|jeun|25 331|6184 6511|Aide au BAFA - jeunes du territoire|Formation BAFA - session d'approfondissement
@4:60,10:40
colonies de vacances|jeun|331 332|611 6247|Colonies de vacances - participation des familles|Séjours colonies de vacances {y}|Colonies de vacances été - prestataire
mini séjours|jeun|331|611|Mini séjours ALSH - hébergement|Mini séjours été - camping {lieu}
@5:100
mariages forcés|egal|341|6574|Prévention des mariages forcés - {asso}|Mariages forcés : actions de sensibilisation
sortie de la prostitution|egal|341|6574|Parcours de sortie de la prostitution|Aide à la sortie de la prostitution {asso}
@5:70,16:30
bracelet anti-rapprochement|egal|341|6574|Bracelet anti-rapprochement - accompagnement des victimes|Bracelet anti-rapprochement : convention
@5:60,1:40
logement d'urgence femmes|egal|341 424|6574 6132|Logement d'urgence femmes victimes de violences|Loyer logement d'urgence femmes {lieu}
@6:100
rendement de réseau|eau|732|617|Amélioration du rendement de réseau - sectorisation|Étude rendement de réseau eau potable
surpresseur|eau|732|21531 2315|Surpresseur - renouvellement pompes|Surpresseur {lieu} - télégestion
unité de potabilisation|eau|732|2313|Unité de potabilisation - filtration|Construction unité de potabilisation {lieu}
lagunage|eau|733|2313|Station de lagunage - curage des bassins|Lagunage {lieu} - réhabilitation
épandage des boues|eau|733|611|Épandage des boues de la STEP|Plan d'épandage des boues - suivi agronomique
dégrilleur|eau|733|2315|Dégrilleur automatique - STEP|Remplacement du dégrilleur station d'épuration
@6:85,11:15
mise en conformité des branchements|eau|733|2315 21532|Mise en conformité des branchements - contrôles|Mise en conformité des branchements rue {lieu}
@6:70,13:30
tranchée drainante|eau|734|2315|Tranchée drainante - eaux pluviales|Tranchée drainante parking {lieu}
puisard|eau|734|2315|Puisard - infiltration des eaux pluviales|Création de puisards - quartier {lieu}
récupération des eaux de pluie|eau|734|2188|Récupération des eaux de pluie - cuves enterrées|Aide à la récupération des eaux de pluie
@6:60,11:40
sanisette|eau|733 510|2188 611|Sanisette automatique - {lieu}|Location et entretien sanisette|Installation sanisette place {lieu}
@6:70,15:30
passe à poissons|eau|731|2315|Passe à poissons - seuil du moulin {lieu}|Aménagement d'une passe à poissons
@7:80,13:20
cogénération|ener|75 758|2315|Cogénération - chaufferie du centre aquatique|Contrat de cogénération gaz
éoliennes|ener|753|261 6574|Parc d'éoliennes - prise de participation|Projet d'éoliennes citoyennes
petite hydroélectricité|ener|754|2315|Petite hydroélectricité - moulin {lieu}|Étude petite hydroélectricité
communauté énergétique|ener|758|6574 617|Communauté énergétique citoyenne - accompagnement|Communauté énergétique - étude
station hydrogène|ener|758|2315|Station hydrogène - participation|Station hydrogène de {c} - avitaillement
@7:70,13:30
calorifugeage|ener|75|2315 615221|Calorifugeage des réseaux de chauffage|Calorifugeage des tuyauteries - sous-sol mairie
désembouage|ener|75|615221|Désembouage du réseau de chauffage|Désembouage circuits de chauffage - gymnase
centrale de traitement d'air|ener|75|2315|Centrale de traitement d'air - remplacement|Centrale de traitement d'air médiathèque
@7:60,11:40
flotte électrique|ener|020 758|2182|Flotte électrique - véhicules de service|Renouvellement de la flotte électrique
véhicules propres|ener|758|2182|Véhicules propres - acquisition|Aide à l'achat de véhicules propres
SDIE|ener|758|617|SDIE - schéma directeur IRVE|Élaboration du SDIE
@8:100
hôtel d'activités|eco|632 62|2313|Hôtel d'activités artisanales - construction|Hôtel d'activités {lieu} - travaux
prêt d'honneur|eco|61|274 6574|Fonds de prêt d'honneur - abondement|Prêt d'honneur création d'entreprise
zone franche|eco|61|6574|Zone franche urbaine - animation|Zone franche : exonérations compensées
revitalisation rurale|eco|61|6574|Zone de revitalisation rurale - aides|Revitalisation rurale - commerce et artisanat
Territoires d'industrie|eco|632|6574|Programme Territoires d'industrie|Territoires d'industrie - chef de projet
@8:85,11:15
commerce ambulant|eco|6312 632|6233|Commerce ambulant - emplacements|Règlement du commerce ambulant
foire exposition|eco|632|6233|Foire exposition {y}|Foire exposition - location chapiteau
@8:70,11:30
enseignes commerciales|eco|632|6574|Aide à la rénovation des enseignes commerciales|Enseignes commerciales - charte centre-ville
cellules commerciales|eco|632|2132|Acquisition de cellules commerciales|Cellules commerciales - réhabilitation {lieu}
licence IV|eco|632|205|Acquisition licence IV|Licence IV - café associatif
opération de revitalisation de territoire|eco|632 53|617|Opération de revitalisation de territoire - convention|Périmètre opération de revitalisation de territoire
@8:70,10:30
jobs d'été|emploi|65|64131|Jobs d'été - jeunes du territoire|Forum jobs d'été
mobilité solidaire|emploi|65|6574|Mobilité solidaire - location de scooters|Plateforme mobilité solidaire - insertion
@8:80,11:20
gîte communal|eco|633|2132 615221|Gîte communal - rénovation|Gîte communal de {lieu} - mobilier
@9:100
SDAN|num|57|617 204|SDAN - actualisation|Participation SDAN - montée en débit
France Très Haut Débit|num|57|204|Plan France Très Haut Débit - participation|Subvention France Très Haut Débit
plateforme technologique|num|67|204|Plateforme technologique - équipements|Plateforme technologique {c} - subvention
centre de recherche|num|67|204|Centre de recherche - extension|Centre de recherche agronomique - aide
appels à projets recherche|num|67|6574|Appels à projets recherche {y}|Appels à projets recherche - lauréats
wifi territorial|num|57|2183|Wifi territorial - bornes|Déploiement wifi territorial
@9:70,4:30
doctorants|sup|23 67|6513|Allocations doctorants|Contrats doctorants - cofinancement
@9:60,8:40
accélérateur|eco|67|6574|Accélérateur de start-up - programme|Accélérateur {c} - subvention
@9:60,4:40
logement étudiant|sup|23|204|Logement étudiant - CROUS|Construction de logement étudiant - participation
@10:100
interprète LSF|hand|425|611|Interprète LSF - conseils municipaux|Prestations d'interprète LSF
carte mobilité inclusion|hand|425|611|Carte mobilité inclusion - instruction|Carte mobilité inclusion : édition
@10:70,11:30
place PMR|hand|845 425|2152|Création de place PMR - {lieu}|Place PMR devant la mairie
TPMR|hand|821 425|611|TPMR - transport des personnes à mobilité réduite|Service TPMR - marché
habitat inclusif|hand|425 55|6574|Habitat inclusif - forfait|Projet habitat inclusif {lieu}
PAVE|hand|845|617|PAVE - plan de mise en accessibilité voirie|Actualisation du PAVE
@10:70,14:30
tiralo|hand|425 56|2188|Tiralo - fauteuil de baignade|Acquisition tiralo plage
fauteuil amphibie|hand|425 56|2188|Fauteuil amphibie - poste de secours|Fauteuil amphibie handiplage
@10:80,3:20
IME|hand|425|204|IME {lieu} - participation aux travaux|IME : transport des enfants
auxiliaires de vie scolaire|hand|425|64131|Auxiliaires de vie scolaire - temps périscolaire|Auxiliaires de vie scolaire - cantine
@10:70,16:30
médiateurs de nuit|pdv|52|6574 64131|Médiateurs de nuit - quartier {lieu}|Médiateurs de nuit : convention
correspondants de nuit|pdv|52|6574|Correspondants de nuit - association|Correspondants de nuit - dispositif
@10:60,8:40
chantiers jeunes|jeun|338 33|6574 64131|Chantiers jeunes - été {y}|Chantiers jeunes : rénovation du lavoir|Chantiers jeunes {lieu}
@11:100
sapin de noël|fete|024|6232|Sapin de Noël place {lieu}|Sapin de Noël de la mairie
décorations de noël|fete|024|6232|Décorations de Noël - rues commerçantes|Décorations de Noël - location
théâtre de verdure|cult|31 316|2313|Théâtre de verdure - gradins|Théâtre de verdure {lieu}
street art|cult|311 513|6188|Festival de street art|Street art - fresques murales
exhumation|fun|025|611|Exhumation administrative - reprise|Frais d'exhumation - carré commun
carré militaire|fun|025|2116|Carré militaire - rénovation|Carré militaire du cimetière de {lieu}
projet urbain partenarial|urba|515|6188|Projet urbain partenarial - convention|Projet urbain partenarial secteur {lieu}
permis de construire|urba|51 510|617|Instruction des permis de construire|Permis de construire - service commun ADS
architecte des bâtiments de France|urba|510 312|617|Consultations architecte des bâtiments de France|Avis architecte des bâtiments de France
règlement local de publicité|urba|510|202|Règlement local de publicité - élaboration|Règlement local de publicité intercommunal
dénomination des voies|voi|845|2152|Dénomination des voies - lieux-dits|Dénomination des voies - adressage
biens sans maître|urba|581|2111|Biens sans maître - incorporation|Procédure biens sans maître
résorption de l'habitat insalubre|hab|55|2132|Résorption de l'habitat insalubre - îlot {lieu}|Opération résorption de l'habitat insalubre
opération de restauration immobilière|hab|55|617|Opération de restauration immobilière - centre ancien|Opération de restauration immobilière : suivi
zone bleue|voi|848|2152|Zone bleue - signalisation|Mise en place de la zone bleue
@11:80,13:20
abri voyageurs|mob|821|2152|Abri voyageurs - arrêt {lieu}|Abri voyageurs - remplacement|Abri voyageurs ligne scolaire
navette électrique|mob|821|611|Navette électrique centre-ville|Navette électrique gratuite - marché
@11:70,13:30
autopartage|mob|87|6574|Autopartage - subvention|Stations d'autopartage
abri vélos|mob|87|2152|Abri vélos sécurisé - école {ecole}|Abri vélos gare
prime vélo|mob|87|6511|Prime vélo à assistance électrique|Prime vélo - vélos cargo
passerelle piétonne|voi|87 845|2151|Passerelle piétonne sur le ruisseau de {lieu}|Réfection passerelle piétonne
forfait mobilités durables|rh|87|6458 64111|Forfait mobilités durables - agents|Forfait mobilités durables {y}
@11:70,3:30
coussins berlinois|voi|849|2152|Coussins berlinois - rue {lieu}|Pose de coussins berlinois
chicane|voi|849|2152|Chicane rue {lieu}|Chicane - entrée d'agglomération
plateau surélevé|voi|849|2151|Plateau surélevé - école {ecole}|Plateau surélevé carrefour {lieu}
@11:80,9:20
enduits superficiels|voi|845 843|615231 2151|Enduits superficiels - voies communales|Enduits superficiels bicouche {lieu}|Programme enduits superficiels {y}
nids de poule|voi|845|615231|Rebouchage des nids de poule|Nids de poule - enrobé à froid
amendes de police|voi|845|1342|Amendes de police - aménagements de sécurité|Produit des amendes de police {y}
@11:80,16:20
14 juillet|fete|024|6232|Festivités du 14 juillet|Bal du 14 juillet
vœux du maire|fete|024|6232|Cérémonie des vœux du maire|Vœux du maire - réception
@11:70,9:30
plan de corps de rue simplifié|dsi|845|617|Plan de corps de rue simplifié - levé|PCRS plan de corps de rue simplifié
@11:70,4:30
micro-folie|cult|311|2188|Micro-folie - musée numérique|Micro-folie {lieu}
@11:60,13:40
verglas|voi|846|60633|Sel contre le verglas|Traitement du verglas - astreinte
@12:100
couches lavables|dech|7211|6574|Couches lavables - kit d'essai|Aide couches lavables
textiles usagés|dech|7213|611|Collecte des textiles usagés|Textiles usagés - conteneurs
bornes textiles|dech|7212|2188|Bornes textiles - implantation|Bornes textiles {lieu}
extension des consignes de tri|dech|7211|611|Extension des consignes de tri - communication|Extension des consignes de tri {y}
ISDND|dech|7213|611|ISDND - suivi post-exploitation|ISDND {lieu} - lixiviats
taxe générale sur les activités polluantes|dech|7213|637|Taxe générale sur les activités polluantes - déchets|TGAP - taxe générale sur les activités polluantes
compost de quartier|dech|7211|6574|Compost de quartier - {lieu}|Compost de quartier : bacs
SPASER|dech|020|617|SPASER - élaboration|Adoption du SPASER
vaisselle réutilisable|dech|7211|2188|Vaisselle réutilisable - manifestations|Prêt de vaisselle réutilisable
@12:85,11:15
propreté urbaine|dech|722 7222|611|Propreté urbaine - marché de nettoiement|Propreté urbaine : brigade|Plan propreté urbaine {lieu}
ramassage des feuilles|dech|7222|611|Ramassage des feuilles - automne|Ramassage des feuilles {lieu}
@12:60,11:40
canisettes|dech|7221|2188|Canisettes - implantation|Canisettes parc {lieu}
déjections canines|dech|7221|60628|Sacs déjections canines - distributeurs|Déjections canines - campagne
affichage sauvage|dech|7221|611|Enlèvement de l'affichage sauvage|Affichage sauvage - nettoyage
@12:70,4:30
table de tri|dech|281|2188|Table de tri - restaurant scolaire|Table de tri self collège
pesée des déchets|dech|281|611|Pesée des déchets - cantine|Campagne de pesée des déchets
déshydrateur|dech|281 7213|2188|Déshydrateur biodéchets - cuisine centrale|Déshydrateur : maintenance
@13:100
bilan GES|clim|71|617|Bilan GES réglementaire|Bilan GES patrimoine et services
éco-gestes|clim|71|611|Éco-gestes - sensibilisation agents|Guide des éco-gestes
sensibilisation à l'environnement|clim|71|611|Sensibilisation à l'environnement - écoles|Sensibilisation à l'environnement {y}
@13:80,11:20
coulées de boue|clim|735|2312|Coulées de boue - fascines|Prévention des coulées de boue {lieu}
@13:100
séisme|clim|18|617|Diagnostic séisme - bâtiments|Renforcement parasismique séisme
tempête|clim|18|611|Dégâts de la tempête - évacuation|Tempête : remise en état
éboulement|clim|18|2312|Éboulement - sécurisation|Éboulement route {lieu}
@13:50,4:30,15:20
cour d'école végétalisée|edu|212|2312|Cour d'école végétalisée {ecole}|Création d'une cour d'école végétalisée
@13:60,11:20,15:20
désartificialisation|clim|71|2312|Désartificialisation - parking {lieu}|Désartificialisation et renaturation
@14:80,11:20
laisses de mer|mer|56|611|Ramassage manuel des laisses de mer|Gestion des laisses de mer
@14:60,13:40
érosion côtière|mer|56|617|Érosion côtière - suivi|Lutte contre l'érosion côtière
@14:100
algues vertes|mer|56|611|Ramassage des algues vertes|Algues vertes : traitement
pêche à pied|mer|56|611|Pêche à pied - information|Pêche à pied : suivi sanitaire
@14:70,16:30
surveillance de la baignade|mer|56|64131|Surveillance de la baignade - plages|Surveillance de la baignade {y}
BNSSA|mer|56|6184|Formation BNSSA - sauveteurs|Sauveteurs BNSSA saison {y}
@14:60,9:40
cales de mise à l'eau|mer|854|2312|Cales de mise à l'eau - réfection|Cales de mise à l'eau port {lieu}
désenvasement|mer|854|611|Désenvasement du port|Désenvasement chenal
@15:100
taille des haies|ev|511|611|Taille des haies - marché annuel|Taille des haies chemins ruraux
haie bocagère|ev|511 76|2121|Plantation de haie bocagère|Haie bocagère - programme
amphibiens|ev|76|611|Sauvetage des amphibiens - migration|Amphibiens - barrières temporaires
crapauducs|ev|76|2312|Crapauducs - route {lieu}|Création de crapauducs
corridors écologiques|ev|76|617|Corridors écologiques - étude|Restauration des corridors écologiques
pollution lumineuse|ev|76|617|Pollution lumineuse - diagnostic|Réduction de la pollution lumineuse
DOCOB|ev|76|617|DOCOB site Natura 2000 - animation|Révision du DOCOB
poules|ev|7211 511|6574|Poules - adoption par les foyers|Poules pondeuses - poulailler école {ecole}
espèces invasives|ev|76|611|Lutte contre les espèces invasives|Espèces invasives : arrachage
@15:70,13:30
sylviculture|ev|76|611|Travaux de sylviculture|Sylviculture - forêt communale
affouage|ev|76|7022|Affouage - délivrance|Affouage {y}
vente de bois|ev|76|7022|Vente de bois - parcelle {lieu}|Vente de bois sur pied
Miyawaki|ev|511|2121|Plantation Miyawaki - école {ecole}|Micro-forêt Miyawaki {lieu}
@15:60,6:40
faucardage|ev|76|611|Faucardage des étangs|Faucardage - canal {lieu}
jussie|ev|76|611|Arrachage de la jussie|Jussie - étang {lieu}
vidange de l'étang|ev|76|611|Vidange de l'étang {lieu}|Vidange de l'étang - pêche
@15:70,3:30
chenil|secu|13|611|Chenil - convention de fourrière|Chenil intercommunal - participation
@3:80,11:20
pigeons|sante|13|611|Régulation des pigeons - pigeonnier|Pigeons : capture
nids de frelons|sante|13|611|Destruction des nids de frelons|Nids de frelons - prise en charge
chenilles processionnaires|sante|13|611|Chenilles processionnaires - pièges|Lutte chenilles processionnaires
@3:70,15:30
ambroisie|sante|13|611|Lutte contre l'ambroisie - référents|Arrachage ambroisie
@16:100
véhicules ventouses|secu|11|611|Enlèvement véhicules ventouses|Véhicules ventouses - fourrière
vidéoverbalisation|secu|11|2188|Vidéoverbalisation - logiciel|Vidéoverbalisation - caméras
aide juridictionnelle|adm|11|6227|Aide juridictionnelle - frais|Aide juridictionnelle : avocats
titres sécurisés|etat|020|2183|Titres sécurisés - dispositif de recueil|Titres sécurisés - agent
livret de famille|etat|020|6236|Livret de famille - impression|Livret de famille - achat
baptêmes républicains|etat|020|6232|Baptêmes républicains - diplômes|Baptêmes républicains {y}
listes électorales|etat|020|611|Listes électorales - refonte|Listes électorales : mise sous pli
référendum local|adm|031|611|Référendum local - organisation|Référendum local {y}
médecin de prévention|rh|021|6475|Médecin de prévention - convention|Médecin de prévention : visites
risques psychosociaux|rh|021|617|Risques psychosociaux - diagnostic|Prévention des risques psychosociaux
télétravail|rh|021|2183|Télétravail - équipement|Télétravail : ordinateurs portables
chèques déjeuner|rh|021|6488|Chèques déjeuner - agents|Chèques déjeuner {y}
arbre de noël du personnel|rh|021|6232|Arbre de Noël du personnel|Arbre de Noël du personnel - spectacle
rupture conventionnelle|rh|021|64198|Rupture conventionnelle - indemnité|Indemnité de rupture conventionnelle
annonces et insertions|adm|020|6231|Annonces et insertions - marchés publics|Annonces et insertions BOAMP
frais de gardiennage|adm|020|6282|Frais de gardiennage - hôtel de ville|Frais de gardiennage : manifestations
taxes foncières|adm|020|63512|Taxes foncières|Taxes foncières - propriétés communales
frais de nettoyage des locaux|adm|020|6283|Frais de nettoyage des locaux|Frais de nettoyage des locaux - mairie annexe
indemnités de conseil|adm|020|6225|Indemnités de conseil au comptable|Indemnités de conseil - receveur
coordonnateur SPS|tech|020|2031|Coordonnateur SPS - mission|Coordonnateur SPS - lot
atténuations de charges|rh|021|6419|Atténuations de charges|Atténuations de charges - personnel
@16:70,9:30
frais de télécommunications|adm|020|6262|Frais de télécommunications|Frais de télécommunications - lignes
progiciel|dsi|020|2051|Progiciel finances|Progiciel RH - maintenance
délégué à la protection des données|dsi|020|611|Délégué à la protection des données - mutualisé|Délégué à la protection des données {y}
RGPD|dsi|020|617|RGPD - audit|Mise en conformité RGPD
@16:80,10:20
fonds interministériel de prévention de la délinquance|secu|11|1321|Fonds interministériel de prévention de la délinquance|Fonds interministériel de prévention de la délinquance - vidéoprotection
travaux d'intérêt général|secu|11|611|Travaux d'intérêt général - accueil|Travaux d'intérêt général - tuteurs
@16:70,13:30
bouches d'incendie|secu|12|2156|Bouches d'incendie - remplacement|Bouches d'incendie rue {lieu}
@17:100
atténuations de produits|fin|01|739|Atténuations de produits|Atténuations de produits - reversements|Atténuations de produits {y}
dégrèvements|fin|01|7391|Dégrèvements - taxe d'habitation logements vacants|Dégrèvements jeunes agriculteurs
mandats annulés|fin|01|773|Mandats annulés sur exercices antérieurs|Mandats annulés - régularisation
intérêts moratoires|fin|01|6711|Intérêts moratoires - retards de paiement|Intérêts moratoires {y}
pénalités|fin|01|6711|Pénalités de retard - fournisseurs|Pénalités de remboursement anticipé
report à nouveau|fin|01|002|Report à nouveau|Report à nouveau - excédent
excédent de fonctionnement|fin|01|1068|Excédent de fonctionnement capitalisé|Excédent de fonctionnement reporté
affectation du résultat|fin|01|1068|Affectation du résultat|Affectation du résultat {y}
rattachement des charges|fin|01|6811|Rattachement des charges|Rattachement des charges - ICNE
avance de trésorerie|fin|01|274|Avance de trésorerie au budget annexe|Avance de trésorerie : remboursement
services bancaires|fin|01|627|Services bancaires|Services bancaires - TPE
frais de recouvrement|fin|01|6227|Frais de recouvrement|Frais de recouvrement - huissiers
DETR|fin|01|1321|DETR {y}|DETR - solde
DSIL|fin|01|1321|DSIL {y}|DSIL - acompte
taxe locale sur la publicité|fin|01|7368|Taxe locale sur la publicité extérieure|Taxe locale sur la publicité : produit
concours divers|fin|01|6281|Concours divers - cotisations|Concours divers {y}
programme opérationnel|coop|05 052|1317|Programme opérationnel FEDER|Programme opérationnel FSE+
"""


ENTRIES = parse_entries(ENTRIES_SRC)

# --------------------------------------------------------------------------------------------
# invented authorities: service field -> the names its exports give
# --------------------------------------------------------------------------------------------

AUTHS = {
    "CMR": {  # Castelmoret, a village of ~1,400
        "soc": ["CCAS", "MAIRIE - CCAS"], "aines": ["CCAS", "FETES ET CEREMONIES"], "edu": ["ECOLE", "CANTINE GARDERIE"],
        "jeun": ["JEUNESSE"], "sport": ["SPORTS"], "eau": ["EAU", "ASSAINISSEMENT"], "ener": ["BATIMENTS"],
        "ev": ["ESPACES VERTS", "FORET COMMUNALE"], "voi": ["VOIRIE RURALE", "VOIRIE"], "urba": ["URBANISME"],
        "fete": ["FETES ET CEREMONIES"], "fun": ["CIMETIERE"], "adm": ["MAIRIE", "SECRETARIAT"], "etat": ["ETAT CIVIL"],
        "rh": ["PERSONNEL"], "fin": ["FINANCES"], "tech": ["ATELIER COMMUNAL"], "secu": ["MAIRIE"], "sante": ["MAIRIE"],
        "agri": ["MAIRIE"], "eco": ["MAIRIE"], "dech": ["MAIRIE"], "clim": ["MAIRIE"], "hab": ["LOGEMENTS COMMUNAUX"],
    },
    "BRV": {  # Brenonville, a town of ~31,000
        "soc": ["POLE SOLIDARITES / CCAS", "POLE SOLIDARITES / INSERTION"], "aines": ["POLE SOLIDARITES / SENIORS"],
        "alim": ["POLE SOLIDARITES / ALIMENTATION DURABLE"], "edu": ["Pôle éducation - écoles", "Pôle éducation - restauration"],
        "pe": ["Pôle éducation - petite enfance"], "jeun": ["POLE JEUNESSE / ANIMATION"], "sport": ["Pôle sports - piscine", "Pôle sports"],
        "sante": ["POLE SOLIDARITES / SANTE HYGIENE"], "egal": ["Mission égalité - droits des femmes"],
        "eau": ["Pôle cadre de vie - eaux pluviales"], "ener": ["Pôle patrimoine bâti - énergie"],
        "clim": ["Mission transition écologique"], "dech": ["Pôle cadre de vie - propreté"], "ev": ["Pôle cadre de vie - nature en ville"],
        "eco": ["POLE ATTRACTIVITE / COMMERCE"], "emploi": ["POLE ATTRACTIVITE / EMPLOI"], "hand": ["Mission accessibilité"],
        "pdv": ["POLE COHESION / POLITIQUE DE LA VILLE"], "fete": ["Pôle culture - événementiel"], "cult": ["Pôle culture"],
        "fun": ["SERVICE CIMETIERES"], "urba": ["Pôle urbanisme - ADS", "Pôle urbanisme"], "hab": ["Pôle urbanisme - habitat"],
        "voi": ["Pôle cadre de vie - voirie"], "mob": ["Pôle cadre de vie - mobilités"], "adm": ["DIRECTION GENERALE", "AFFAIRES GENERALES"],
        "etat": ["POPULATION / ETAT CIVIL", "POPULATION / ELECTIONS"], "secu": ["POLICE MUNICIPALE"], "rh": ["DRH"],
        "dsi": ["DSI"], "fin": ["DIRECTION DES FINANCES"], "tech": ["CTM / BATIMENTS"],
    },
    "CCE": {  # Communauté de communes du Pays d'Esmorande
        "soc": ["CCPE - CIAS"], "aines": ["CCPE - CIAS"], "pe": ["CCPE - PETITE ENFANCE"], "jeun": ["CCPE - ENFANCE JEUNESSE"],
        "eau": ["CCPE - EAU ASSAINISSEMENT", "CCPE - GEMAPI"], "dech": ["CCPE - DECHETS", "CCPE - ENVIRONNEMENT"],
        "ener": ["CCPE - ENVIRONNEMENT"], "clim": ["CCPE - PCAET"], "ev": ["CCPE - ENVIRONNEMENT"], "eco": ["CCPE - ECONOMIE", "CCPE - TOURISME"],
        "emploi": ["CCPE - ECONOMIE"], "agri": ["CCPE - AGRICULTURE ALIMENTATION"], "alim": ["CCPE - AGRICULTURE ALIMENTATION"],
        "num": ["CCPE - NUMERIQUE"], "urba": ["CCPE - URBANISME PLUI", "CCPE - SERVICE COMMUN ADS"], "hab": ["CCPE - HABITAT"],
        "mob": ["CCPE - MOBILITE"], "sport": ["CCPE - CENTRE AQUATIQUE"], "adm": ["CCPE - ADMINISTRATION"], "rh": ["CCPE - RH"],
        "dsi": ["CCPE - INFORMATIQUE MUTUALISEE"], "fin": ["CCPE - FINANCES"], "coop": ["CCPE - FINANCES"], "mer": ["CCPE - GEMAPI"],
    },
    "DRA": {  # Département du Ravonnais
        "soc": ["DSOL - Insertion logement", "DSOL - Action sociale"], "aines": ["DSOL - Autonomie"], "hand": ["DSOL - Autonomie", "MDPH"],
        "pe": ["DSOL - PMI"], "sante": ["DSOL - Santé publique"], "egal": ["Mission égalité"], "col": ["DEJ - Collèges"],
        "sup": ["DEJ - Enseignement supérieur"], "jeun": ["DEJ - Jeunesse"], "voi": ["DRM - Routes et mobilités", "Agence routière Nord"],
        "mob": ["DRM - Routes et mobilités"], "eau": ["DEAT - Eau"], "ev": ["DEAT - Espaces naturels sensibles"], "agri": ["DEAT - Agriculture"],
        "clim": ["DEAT - Risques"], "num": ["DRM - Aménagement numérique"], "cult": ["DCP - Culture patrimoine"], "adm": ["Direction des assemblées"],
        "rh": ["DRH"], "dsi": ["DSIN"], "fin": ["DFCG - Finances"], "coop": ["DFCG - Fonds européens"],
    },
    "RML": {  # Région Monts-et-Lagunes
        "form": ["DFA - Formation apprentissage"], "emploi": ["DFA - Formation apprentissage"], "col": ["DLY - Lycées"],
        "sup": ["DESR - Enseignement supérieur", "DESR - Recherche"], "num": ["DESR - Recherche", "DNUM - Aménagement numérique"],
        "eco": ["DECO - Entreprises", "DECO - Attractivité"], "agri": ["DAMP - Agriculture pêche"], "ener": ["DTE - Énergie climat"],
        "clim": ["DTE - Énergie climat"], "mer": ["DMER - Mer et littoral"], "mob": ["DTRA - Transports"], "ev": ["DTE - Biodiversité"],
        "egal": ["Mission égalité"], "sante": ["DSAN - Santé"], "adm": ["Direction des assemblées"], "rh": ["DRH"], "fin": ["DFI - Finances"],
        "coop": ["DEUR - Fonds européens"],
    },
    "PGR": {  # Port-Gravelène, a seaside town of ~9,000
        "mer": ["SERVICE PLAGES", "PORT DE PLAISANCE"], "hand": ["SERVICE PLAGES"], "sport": ["SPORTS NAUTIQUES"], "eco": ["TOURISME COMMERCE"],
        "fete": ["ANIMATIONS"], "voi": ["SERVICES TECHNIQUES"], "ev": ["ESPACES VERTS"], "adm": ["ADMINISTRATION"], "fin": ["FINANCES"],
        "secu": ["POLICE MUNICIPALE"], "dech": ["PROPRETE"],
    },
}
# a few lines fit some authorities only (a collège is the département's, a lycée or a grant to research the région's)
ONLY = {"col": ("DRA", "RML"), "sup": ("DRA", "RML"), "form": ("RML",), "mer": ("PGR", "RML", "CCE")}

# --------------------------------------------------------------------------------------------
# invented names and the export forms
# --------------------------------------------------------------------------------------------

PLACES = ["Les Bruyères-Hautes", "Font-Salade", "Pré-Martin", "La Crouzille", "Bois-Vidal", "Malvézie",
          "Le Colombier", "Roche-Aiguë", "Les Garrigues", "Val-Sagne", "Pont-Moret", "La Teulière"]
TOWNS = ["Brenonville", "Castelmoret", "Esmorande", "Port-Gravelène", "Saint-Vidal-du-Ravon"]
SCHOOLS = ["Jules Ferry", "Les Tilleuls", "La Fontaine", "Marie Curie", "Les Acacias", "Pré-Martin", "J. Prévert"]
ASSOS = ["Le Relais du Ravon", "Entraide Esmorande", "Solid'Aires", "La Main Ouverte", "Accueil et Partage",
         "Les Amis du Colombier"]
YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]

GAPS = GapPart.second_round(draw, ENTRIES, AUTHS, ONLY, PLACES, TOWNS, SCHOOLS, ASSOS, YEARS)


def check_gaps() -> None:
    """Every phrase is one of vocabulary_gaps_r.py's, and still a gap of parts A-Q."""
    known = {fold(p) for p in vocabulary_gaps_r.phrases()}
    labs = vocabulary_gaps_r.corpus_labels()
    for phrase, *_ in ENTRIES:
        assert fold(phrase) in known, phrase
        rx = re.compile(rf"\b{re.escape(fold(phrase))}\b")
        assert sum(1 for lab in labs if rx.search(lab)) < 3, phrase


def main() -> None:
    assert len({fold(e[0]) for e in ENTRIES}) == len(ENTRIES)
    check_gaps()
    write_part(GAPS.plan(), OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)
    rows = written_rows(OUT)
    print(f"{len(ENTRIES)} gap phrases, {len(rows)} rows checked")


if __name__ == "__main__":
    main()
