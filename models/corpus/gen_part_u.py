# ruff: noqa: E501
"""Write part U of Verdir's labelled training corpus: the rest of the second round of vocabulary
gaps, phrases real French local budgets write that parts A to Q hardly use (fewer than three
libellés, vocabulary_gaps_r.py) and that part R (gen_part_r.py) left out: 481 of the 745 gaps.
This part writes 2 lines for most of them (ENTRIES below: phrase, label, service field,
fonctions, natures, cores); each core holds the phrase whole, and main() checks that every
phrase is one of vocabulary_gaps_r.py's, still a gap of parts A-Q and none of part R's phrases.
Phrases skipped: short words that match other words or whose meaning depends on the line (bar,
clés, caution, levé, dons, franchise, substitution, syndic, COT, ORT, ITE, OPC, ADS, CET, SFT,
FPS, DPV...), and activities whose corpus convention is split or unclear (chorale, escape game,
boîte à livres, grainothèque, volets roulants, panneau lumineux, écrans numériques, enseignes...).

Labels: the codebook's table, and where parts A to T already label the same or the nearest
activity, their dominant split (rows of the folded-libellé regex, dominant split first):

  1. maison relais, expulsions locatives, Visale, garantie loyer 1:80;10:20 (logement d'urgence|
     hébergement 18/17 of 105 at 1:80;11:20 / 1:80;10:20, fonction 424's prior); chèques
     vacances, tickets loisirs, restaurant social, consigne solidaire 1:100 (part R's vestiaire
     solidaire and aide aux vacances); impayés d'eau, tarification solidaire 1:70;6:30 (part R);
  2. repas livrés, plateaux repas 2:70;1:30 (part R's food aid); invendus, composteur de cantine
     2:60;12:40 (part R's anti-waste); cuisine sur place, liaison froide, commerce équitable
     2:60;4:40 (part R's canteens); fromagerie, mytiliculture, lait 2:70;8:30 (fonction 631);
  3. health prevention and care (vaccin|dépistage 28 of 35 at 3:100, addict|tabac 11 of 14,
     médecin|médical|santé 69 of 204) 3:100; aînés events and housing 3:60;10:40 (senior|aînés 20
     of 123, part R); sports equipments 3:85;11:15 (piscine|bassin 44 of 161, fonction 325);
  4. schools and training 4:100 (école 132 of 601), campus des métiers, BTS 4:70;8:30 (fonction
     25); students 9:60;4:40 (étudiant|université 24 of 40);
  5. women's rights 5:100 (femmes|égalité 77 of 268); harcèlement de rue 5:70;11:30, cyberharcèlement
     5:70;16:30 (harcèlement 7 rows, all 5 first);
  6. water treatment and networks 6:100 (part R); avaloirs and fossés 6:70;13:30 (avaloir 5 of 7);
     rivers 6:70;15:30 (rivière 7 of 30);
  7. renewables 7:80;13:20 (fonction 75); heating and ventilation 7:70;13:30 (bois énergie 9 of
     11, part R's CTA); public lighting dimming 7:70;11:30 (éclairage 74 of 139);
  8. enterprise aid 8:100 (entreprise 42 of 78); commerce 8:70;11:30 (commerce 18 of 54);
     domaine public fees 8:80;11:20 (fonction 633's prior... codebook: the fee is the trade's);
  9. géoportail 9:100 (part R's SDAN and wifi territorial);
  11. urbanism, land and parking 11:100 (urbanisme|PLU 44 of 46, stationnement 33 of 105); bike
     parking and mobility plans 11:70;13:30 (vélo 66 of 129); school streets 11:70;3:30 (part R's
     traffic calming); traffic lights 11:80;9:20 (feux|signalisation 13 of 28); snow 11:60;13:40
     (neige 10 of 19);
  12. waste and reuse 12:100 (déchets 91 of 147, compost 38 of 51); aspiratrice de feuilles
     12:85;11:15 (part R's ramassage des feuilles);
  13. climate labels, education à l'environnement 13:100 (climat 44 of 77); flood works
     13:80;11:20 (inondation 40 of 73); cours d'écoles végétalisées 13:50;4:30;15:20 (ombrage 21
     of 35); ZAN, sobriété foncière 13:60;11:20;15:20 (part R's désartificialisation);
  14. coast 14:80;11:20 (plage 43 of 418); MNS, profils de baignade 14:70;16:30 (31); criée
     14:60;8:40 (pêche 11 of 27); filets anti-déchets 14:70;12:30 (26);
  15. nature, flowers, wildlife, invasives 15:100 (fleur 26 of 140, insecte 8/8, frelon 3 of 5);
     forestry 15:70;13:30 (forêt 32 of 65); sol souple 15:60;11:40 (aire de jeux 26 of 52);
  16. administration, civil status, personnel, police, tools and vehicles without a purpose
     16:100 (personnel 79 of 216, police 66 of 89, véhicule 60 of 223, archive 27 of 51);
     application mobile, panneau pocket, borne interactive 16:70;9:30 (informatique 77 of 169);
  17. finance lines 17:100 (remboursement 20 of 23, résultat 7 of 13), purchasing bodies (UGAP,
     achats groupés) and State contracts named alone (part R's DETR, DSIL).

Six invented authorities, none of parts P-T's: Sarlhac-la-Vieille (a village of ~900), Vernoux-
sur-Liane (a town of ~24,000), the Communauté d'agglomération Lianes et Causses, the Département
de la Haute-Orbe, the Région Causses-et-Rivages and Saint-Ambrun-sur-Mer (a seaside town of
~7,000). Export forms as part R (Draws.render), codes agreeing with the label's main goal.

Deterministic, stdlib only, no network:  python gen_part_u.py  ->  part_u.csv (same folder).
"""

from __future__ import annotations

import re

import vocabulary_gaps_r
from gap_part import GapPart, parse_entries
from generator_tools import fold, part_setup, write_part, written_rows

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 2121)

BRIEF_EXAMPLES: list[str] = []

# --------------------------------------------------------------------------------------------
# the gaps: "@goal:share,goal:share" opens a label; then one gap a line:
# phrase | service field | fonctions | natures | core | core ...  (each core holds the phrase)
# --------------------------------------------------------------------------------------------

ENTRIES_SRC = """@1:80,10:20
maison relais|soc|424 443|6574|Maison relais {lieu} - subvention de fonctionnement|Maison relais - accompagnement des résidents
expulsions locatives|soc|443 424|6511 611|Accompagnement social lié aux expulsions locatives|Commission expulsions locatives - enquêtes sociales
garantie loyer|soc|443|6511|Fonds de garantie loyer - jeunes actifs|Garantie loyer des ménages modestes
Visale|soc|443|611|Information Visale - accès au logement des jeunes|Permanence Visale et garanties locatives
dépôt de garantie|soc|443|6511|Avance du dépôt de garantie - FSL|Aide au dépôt de garantie {y}
@1:100
chèques vacances|soc|4212 424|6511|Chèques vacances - familles à faible quotient|Attribution de chèques vacances {y}
tickets loisirs|soc|4212 424|6511|Tickets loisirs - enfants des familles aidées|Distribution de tickets loisirs {y}
consigne solidaire|soc|424 428|6574|Consigne solidaire pour personnes sans domicile|Consigne solidaire {asso} - casiers
restaurant social|soc|424 428|6574|Restaurant social {asso} - subvention|Restaurant social - participation aux repas
@1:70,6:30
impayés d'eau|soc|424|6511|Aides aux impayés d'eau - FSL eau|Impayés d'eau : abandons de créances sociales
tarification solidaire|soc|424|6511|Tarification solidaire de l'eau - aide aux ménages|Tarification solidaire eau potable {y}
@2:70,1:30
plateaux repas|aines|4232 424|611|Plateaux repas portés à domicile - personnes isolées|Plateaux repas - prestataire portage
repas livrés|aines|4232 424|611|Repas livrés à domicile - seniors|Service des repas livrés {y}
@2:60,12:40
invendus|alim|424|6574|Collecte des invendus alimentaires - épicerie solidaire|Redistribution des invendus des grandes surfaces
composteur de cantine|alim|281|2188|Composteur de cantine - restaurant scolaire {ecole}|Installation d'un composteur de cantine
@2:60,4:40
cuisine sur place|edu|281|21312 2313|Cuisine sur place - restaurant scolaire {ecole}|Retour à la cuisine sur place - études
liaison froide|edu|281|611|Repas en liaison froide - marché {y}|Cellule de refroidissement liaison froide
commerce équitable|alim|281|60623|Denrées issues du commerce équitable - restauration scolaire|Commerce équitable : café et chocolat des cantines
@2:70,8:30
fromagerie|agri|631 6318|20422 6574|Fromagerie fermière - aide à l'investissement|Fromagerie collective - équipement
mytiliculture|agri|631|20422 6574|Aide à la mytiliculture - modernisation|Mytiliculture : matériel de récolte
@3:100
vaccinations|sante|412|611 60668|Vaccinations gratuites - centre municipal|Séances de vaccinations publiques {y}
centre de dépistage|sante|412|6574|Centre de dépistage des cancers - convention|Centre de dépistage anonyme - subvention
CeGIDD|sante|412|611|CeGIDD - consultations de dépistage|Convention CeGIDD {y}
hygiène bucco-dentaire|sante|412|611|Hygiène bucco-dentaire - dépistage en maternelle|Campagne hygiène bucco-dentaire écoles
tabac|sante|412|6574|Prévention du tabac chez les jeunes|Mois sans tabac - animations
drogues|sante|412|6574|Prévention des drogues - interventions en collège|Drogues et conduites addictives - actions
CLSM|sante|412|611|CLSM - coordination|Comité de pilotage CLSM {y}
CMP|sante|41|6132|CMP enfants - mise à disposition de locaux|Loyer du CMP adultes
psychiatrie|sante|41|6574|Psychiatrie de secteur - équipe mobile|Accès à la psychiatrie - convention hôpital
suicide|sante|412|6574|Prévention du suicide - formation sentinelles|Prévention du suicide des jeunes {asso}
nutrition|sante|412|611|Ateliers nutrition - prévention santé|Nutrition et santé - programme écoles
obésité|sante|412|611|Prévention de l'obésité infantile|Obésité des enfants : ateliers parents
permanence d'accès aux soins|sante|41|6574|Permanence d'accès aux soins de santé - hôpital|Permanence d'accès aux soins - subvention
équipe mobile|sante|412|6574|Équipe mobile psychiatrie précarité|Équipe mobile santé - véhicule
maraudes santé|sante|412|6574|Maraudes santé {asso}|Maraudes santé de nuit - infirmiers
cabinet médical|sante|41|2132 2313|Cabinet médical {lieu} - travaux|Aménagement d'un cabinet médical
maison médicale|sante|41|2313|Maison médicale - extension|Maison médicale de {c} - loyer
cabinet dentaire|sante|41|2132|Cabinet dentaire - équipement|Installation d'un cabinet dentaire - local communal
kinésithérapeute|sante|41|6132|Local du kinésithérapeute - maison de santé|Installation d'un kinésithérapeute - aide
orthophoniste|sante|41|6132|Cabinet orthophoniste - maison de santé|Aide à l'installation d'un orthophoniste
sages-femmes|sante|41|6574|Cabinet des sages-femmes - loyer|Permanence sages-femmes PMI
logement des internes|sante|41|6132|Logement des internes en médecine|Logement des internes - convention hôpital
hôpital|sante|41|204|Participation à l'hôpital de {c}|Hôpital local - équipements
urgences|sante|41|204|Service des urgences - participation|Accès aux urgences - transport sanitaire
trousses de secours|rh|412 020|60668|Trousses de secours - bâtiments communaux|Renouvellement des trousses de secours
premiers secours|sante|412|6184|Formation aux premiers secours - habitants|Premiers secours - formation des agents
PSC1|sante|412|6184|Formation PSC1 - collégiens|Sessions PSC1 {y}
complémentaire santé|soc|412 424|611|Complémentaire santé communale - convention|Complémentaire santé solidaire : permanence
cabine de téléconsultation|sante|41|2188|Cabine de téléconsultation - pharmacie|Location cabine de téléconsultation
maison sport santé|sante|412|6574|Maison sport santé - subvention|Maison sport santé {c} - fonctionnement
@3:60,10:40
colis de noël des aînés|aines|423|60623|Colis de noël des aînés {y}|Achat colis de noël des aînés
banquet des anciens|aines|423|6232|Banquet des anciens {y}|Traiteur banquet des anciens
voyage des aînés|aines|423|6247|Voyage des aînés - transport|Voyage des aînés {y}
thé dansant|aines|423|611|Thé dansant des seniors|Orchestre thé dansant {y}
portage de livres|aines|423|611|Portage de livres à domicile - personnes âgées|Service de portage de livres
registre des personnes vulnérables|aines|423|611|Registre des personnes vulnérables - canicule|Mise à jour du registre des personnes vulnérables
accueil de jour Alzheimer|aines|423 4231|6574|Accueil de jour Alzheimer {lieu}|Subvention accueil de jour Alzheimer
pair-aidance|aines|423|6574|Pair-aidance des aidants|Groupe de pair-aidance {asso}
résidence seniors|aines|423 4231|204|Résidence seniors {lieu} - participation|Résidence seniors - étude
béguinage|aines|423|204|Béguinage {lieu} - garantie et aide|Construction d'un béguinage
colocation seniors|aines|423|6574|Colocation seniors - accompagnement|Colocation seniors {asso}
douche à l'italienne|aines|423|6511|Aide douche à l'italienne - maintien à domicile|Remplacement baignoire par douche à l'italienne
@3:85,11:15
toboggan|sport|323|2188|Toboggan du centre aquatique - réparation|Toboggan piscine - remplacement
déshumidification|sport|323|2315|Déshumidification du hall bassins|Centrale de déshumidification piscine
salle d'escalade|sport|32 325|2313|Salle d'escalade - construction|Salle d'escalade - prises et tapis
SAE|sport|32 325|2188|Structure artificielle d'escalade SAE - gymnase|SAE : contrôle annuel
stand de tir|sport|32 325|2313|Stand de tir - mise aux normes|Stand de tir {lieu} - ciblerie
piste de BMX|sport|325|2128|Piste de BMX - création|Piste de BMX - modules
city park|sport|325|2128|City park {lieu}|City park - gazon synthétique
fitness en plein air|sport|325|2188|Agrès de fitness en plein air|Parcours fitness en plein air {lieu}
parcours de santé|sport|325|2128|Parcours de santé - agrès|Parcours de santé du bois {lieu}
terrain de pétanque|sport|325|2128|Terrain de pétanque - éclairage|Terrain de pétanque {lieu}
base nautique|sport|325|2313|Base nautique - pontons|Base nautique de {lieu} - hangar
@14:70,16:30
MNS|mer|325|64131|Recrutement MNS saisonniers|MNS poste de secours plage
@4:100
AESH|edu|212 21|64131|AESH - temps périscolaire|Accompagnement AESH pause méridienne
colonie|jeun|331 332|611|Colonie apprenante - séjour été|Séjour en colonie - aide aux familles
BAFD|jeun|331|6184|Formation BAFD - directeurs ALSH|Aide au BAFD {y}
classe verte|edu|284|6247|Classe verte école {ecole}|Participation classe verte {y}
classe numérique|edu|212|2183|Classe numérique mobile - tablettes|Classe numérique école {ecole}
cartables numériques|col|221|2183|Cartables numériques - collégiens|Cartables numériques : ressources
tableaux blancs|edu|212|2184|Tableaux blancs - classes|Tableaux blancs école {ecole}
tisanerie|edu|212|2184|Tisanerie école {ecole} - équipement|Aménagement tisanerie - groupe scolaire
harcèlement scolaire|edu|20|6574|Prévention du harcèlement scolaire|Harcèlement scolaire - interventions en classe
MFR|form|25|6574|MFR de {lieu} - subvention|Investissement MFR - internat
@4:70,8:30
campus des métiers|form|25 26|6574|Campus des métiers et des qualifications|Campus des métiers - animation
BTS|form|25|6574|Section BTS - équipement pédagogique|Ouverture d'un BTS - lycée
@9:60,4:40
restaurant universitaire|sup|23|204|Restaurant universitaire - participation|Restaurant universitaire de {c}
CROUS|sup|23|204|Convention CROUS - logement|Participation CROUS {y}
résidence étudiante|sup|23|204|Résidence étudiante {lieu} - construction|Résidence étudiante - garantie
bourses au mérite|sup|23|6513|Bourses au mérite - bacheliers|Bourses au mérite {y}
mobilité internationale des étudiants|sup|23|6513|Aide à la mobilité internationale des étudiants|Mobilité internationale des étudiants {y}
Erasmus|sup|23|6513|Complément Erasmus - étudiants|Bourses Erasmus {y}
@5:100
journée des droits des femmes|egal|341|611|Journée des droits des femmes - programme|Journée des droits des femmes {y}
mutilations sexuelles|egal|341|6574|Prévention des mutilations sexuelles {asso}|Mutilations sexuelles : accompagnement
prostitution|egal|341|6574|Prévention de la prostitution des mineures|Prostitution - accueil de jour {asso}
référente égalité|egal|341 020|6184|Référente égalité - formation|Mission référente égalité {y}
entrepreneuriat féminin|egal|341|6574|Entrepreneuriat féminin - réseau|Prix de l'entrepreneuriat féminin
@5:70,11:30
harcèlement de rue|egal|341|611|Harcèlement de rue - campagne|Lutte contre le harcèlement de rue
@5:70,16:30
cyberharcèlement|egal|341|611|Prévention du cyberharcèlement - jeunes filles|Cyberharcèlement : ateliers
@6:100
chloration|eau|732|2315|Poste de chloration - réservoir {lieu}|Chloration - analyseur
traitement UV|eau|732|2315|Traitement UV - captage {lieu}|Réacteur traitement UV eau potable
lagune|eau|733|2313|Lagune {lieu} - curage|Réhabilitation de la lagune
curage des réseaux|eau|733|611|Curage des réseaux d'assainissement|Curage des réseaux - marché {y}
hydrocurage|eau|733|611|Hydrocurage collecteurs|Hydrocurage des réseaux {lieu}
@6:70,13:30
grilles avaloirs|voi|734|2315|Grilles avaloirs - remplacement|Grilles avaloirs rue {lieu}
curage des fossés|voi|734|611|Curage des fossés communaux|Curage des fossés route de {lieu}
@6:70,15:30
syndicat de rivière|eau|731|6554|Participation au syndicat de rivière|Syndicat de rivière - cotisation {y}
frayères|eau|731|2315|Restauration des frayères|Frayères à truites - aménagement
enrochements|eau|731|2315|Enrochements - berges|Enrochements rive gauche {lieu}
@7:80,13:20
poêle à bois|ener|75|6511|Prime poêle à bois performant|Poêle à bois - renouvellement
éolien|ener|753|617|Projet éolien - étude|Petit éolien - mât de mesure
microcentrale|ener|754|2315|Microcentrale {lieu} - turbine|Microcentrale - rénovation
stockage d'énergie|ener|758|2315|Stockage d'énergie - batteries|Stockage d'énergie - expérimentation
@7:70,13:30
chaudière granulés|ener|75|2315|Chaudière granulés - école {ecole}|Remplacement par chaudière granulés
Linky|ener|75|611|Compteurs Linky - bâtiments|Télérelève Linky - suivi des consommations
VMC|ener|75|2315|VMC - remplacement|VMC double flux - salle des fêtes
GTC|ener|75|2315|GTC - bâtiments|Extension de la GTC
@7:70,11:30
variateurs|voi|814|2315|Variateurs - éclairage public|Pose de variateurs {lieu}
abaissement de puissance|voi|814|2315|Abaissement de puissance nocturne|Abaissement de puissance - horloges
@8:100
avances remboursables aux entreprises|eco|61|274|Avances remboursables aux entreprises - fonds régional|Avances remboursables aux entreprises {y}
capital risque|eco|61|261|Fonds de capital risque - souscription|Capital risque régional {y}
fonds d'investissement régional|eco|61|261|Fonds d'investissement régional - dotation|Fonds d'investissement régional {y}
ZRR|eco|61|6574|ZRR - exonérations compensées|Aides aux entreprises en ZRR
aides à finalité régionale|eco|61|20422|Aides à finalité régionale - PME|Régime aides à finalité régionale
@8:70,11:30
manager de centre-ville|eco|632|64131|Manager de centre-ville - poste|Manager de centre-ville : actions
FISAC|eco|632|20422|FISAC - aides aux commerçants|Opération FISAC {y}
locaux vacants|eco|632|6132|Locaux vacants - bail précaire|Reprise de locaux vacants centre-ville
auberge|eco|632 633|2132|Auberge communale - rénovation|Auberge de {lieu} - cuisine
bistrot|eco|632|2132|Bistrot de pays - aménagement|Bistrot communal - reprise
@8:80,11:20
occupation du domaine public|eco|632|70323|Redevance d'occupation du domaine public - terrasses|Occupation du domaine public - marchés
redevance d'occupation|eco|632|70323|Redevance d'occupation terrasses|Redevance d'occupation - commerces
@8:70,10:30
emplois saisonniers|emploi|65|64131|Forum emplois saisonniers|Emplois saisonniers - jeunes
@9:100
géoportail|dsi|57|2051|Géoportail - données territoriales|Géoportail intercommunal - hébergement
@11:100
bornes amovibles|voi|845|2152|Bornes amovibles - place {lieu}|Remplacement bornes amovibles
barrières de ville|voi|845|2152|Barrières de ville - centre|Barrières de ville rue {lieu}
murets|voi|845|2152|Murets - reconstruction|Murets en pierre sèche {lieu}
tampons de voirie|voi|845|615231|Tampons de voirie - remplacement|Tampons de voirie rue {lieu}
numérotation des rues|urba|51|2152|Numérotation des rues - plaques|Numérotation des rues - hameau {lieu}
plaques de rues|urba|51|2152|Plaques de rues - remplacement|Plaques de rues {lieu}
déclaration préalable|urba|51|611|Instruction déclaration préalable|Déclaration préalable - contrôle
certificats d'urbanisme|urba|51|611|Certificats d'urbanisme - instruction|Certificats d'urbanisme {y}
droit des sols|urba|51|611|Service droit des sols - convention|Droit des sols - mutualisation
orientations d'aménagement|urba|51|617|Orientations d'aménagement et de programmation - étude|Orientations d'aménagement secteur {lieu}
OAP|urba|51|617|OAP secteur {lieu}|OAP - modification du PLU
PUP|urba|51|1346|Convention PUP {lieu}|PUP - participation des aménageurs
RLP|urba|51|617|Élaboration du RLP|RLP intercommunal - étude
site patrimonial remarquable|urba|51 312|617|Site patrimonial remarquable - étude|Site patrimonial remarquable - plan de valorisation
expropriation|urba|51|2111|Expropriation - indemnités|Acquisition par expropriation parcelle {lieu}
bornage|urba|51|6226|Bornage - frais de géomètre|Bornage parcelle {lieu}
géomètre|urba|51|6226|Honoraires géomètre - division|Géomètre - document d'arpentage
commissaire enquêteur|urba|51|6226|Indemnisation du commissaire enquêteur|Commissaire enquêteur - enquête PLU
relevé topographique|urba|51|2031|Relevé topographique - secteur {lieu}|Relevé topographique - étude voirie
études géotechniques|urba|51|2031|Études géotechniques - parcelle {lieu}|Études géotechniques G2
concours d'architecture|urba|51|2031|Concours d'architecture - médiathèque|Concours d'architecture - primes
immeubles menaçant ruine|hab|55|6226|Immeubles menaçant ruine - expertises|Procédure immeubles menaçant ruine
arrêté de péril|hab|55|6226|Arrêté de péril - expertise|Travaux d'office arrêté de péril
abandon manifeste|hab|55|2138|Procédure d'abandon manifeste - immeuble {lieu}|Abandon manifeste - acquisition
biens vacants|hab|55|2111|Biens vacants sans maître - incorporation|Biens vacants - actes
ORI|hab|55|617|ORI - études|ORI centre ancien
parc de stationnement|mob|815|2313|Parc de stationnement - extension|Parc de stationnement {lieu}
parking silo|mob|815|2313|Parking silo - construction|Parking silo gare
barrières de parking|mob|815|2188|Barrières de parking - remplacement|Barrières de parking - maintenance
stationnement payant|mob|815|2188|Horodateurs stationnement payant|Stationnement payant - contrôle
forfait post-stationnement|mob|815|611|Forfait post-stationnement - gestion|Forfait post-stationnement - reversement ANTAI
relevage des corps|fun|026|611|Relevage des corps - concessions reprises|Relevage des corps carré ancien
@11:70,13:30
parcs relais|mob|815|2313|Parcs relais - aménagement|Parcs relais gare {lieu}
consigne vélo|mob|84|2188|Consigne vélo sécurisée - gare|Consigne vélo collège
box vélos|mob|84|2188|Box vélos - résidence|Box vélos place {lieu}
vélobus|mob|84|611|Vélobus - trajets école|Vélobus {ecole}
plan de mobilité employeur|mob|84|617|Plan de mobilité employeur - diagnostic|Plan de mobilité employeur {y}
@11:70,3:30
rue aux écoles|voi|845|2152|Rue aux écoles {ecole}|Rue aux écoles - barrières
pédibus|mob|84|611|Pédibus {ecole}|Pédibus - gilets des accompagnateurs
@11:80,9:20
signalisation lumineuse|voi|845|2152|Signalisation lumineuse - passages piétons|Signalisation lumineuse {lieu}
carrefour à feux|voi|845|2152|Carrefour à feux {lieu}|Carrefour à feux - remplacement contrôleur
@11:60,13:40
lame de déneigement|voi|845|2182|Lame de déneigement - tracteur|Lame de déneigement - réparation
saleuse|voi|845|2182|Saleuse - acquisition|Saleuse tractée
@12:100
givebox|dech|7212|2188|Givebox {lieu}|Givebox - installation
mobilier usagé|dech|7212|611|Mobilier usagé - collecte pour réemploi|Reprise du mobilier usagé
déchets diffus spécifiques|dech|7212|611|Déchets diffus spécifiques - collecte|Déchets diffus spécifiques en déchetterie
gravats|dech|7212|611|Gravats - évacuation déchetterie|Benne gravats - déchetterie
huiles usagées|dech|7212|611|Collecte des huiles usagées|Huiles usagées - cuve
colonnes à verre|dech|7212|2188|Colonnes à verre - enterrées|Colonnes à verre {lieu}
puçage des bacs|dech|7212|2188|Puçage des bacs - redevance incitative|Puçage des bacs {y}
sacs jaunes|dech|7212|60628|Sacs jaunes - distribution|Sacs jaunes {y}
sacs de pré-collecte|dech|7212|60628|Sacs de pré-collecte - tri|Sacs de pré-collecte {y}
lombricomposteurs|dech|7212|2188|Lombricomposteurs - distribution|Lombricomposteurs {y}
broyage des végétaux|dech|7212|611|Broyage des végétaux - service à domicile|Broyage des végétaux - opération
installation de stockage|dech|7213|611|Installation de stockage de déchets - suivi|Installation de stockage - post-exploitation
unité de valorisation|dech|7213|6554|Unité de valorisation énergétique - participation|Unité de valorisation {lieu}
chantier propre|dech|7212|611|Charte chantier propre|Chantier propre - suivi
@12:85,11:15
aspiratrice de feuilles|dech|721|2182|Aspiratrice de feuilles - acquisition|Aspiratrice de feuilles - entretien
@13:100
éducation à l'environnement|clim|71|6574|Éducation à l'environnement - animations|Éducation à l'environnement {asso}
label climat air énergie|clim|71|617|Label climat air énergie - accompagnement|Label climat air énergie {y}
territoire engagé|clim|71|617|Territoire engagé transition écologique|Programme territoire engagé {y}
érosion des sols|clim|735|611|Érosion des sols - fascines|Lutte contre l'érosion des sols
@13:80,11:20
repères de crue|clim|735|2188|Repères de crue - pose|Repères de crue {lieu}
PAPI|clim|735|617|PAPI - animation|PAPI {lieu} - étude
filets pare-blocs|clim|735|2315|Filets pare-blocs - route {lieu}|Filets pare-blocs - entretien
@13:50,4:30,15:20
cours d'écoles végétalisées|edu|212|2312|Cours d'écoles végétalisées {y}|Programme cours d'écoles végétalisées
@13:60,11:20,15:20
ZAN|urba|51|617|ZAN - trajectoire|ZAN - étude
zéro artificialisation nette|urba|51|617|Zéro artificialisation nette - trajectoire|Zéro artificialisation nette - PLUi
sobriété foncière|urba|51|617|Sobriété foncière - étude|Sobriété foncière {y}
@14:80,11:20
sentier des douaniers|mer|56|2128|Sentier des douaniers - confortement|Sentier des douaniers {lieu}
épis|mer|56|2315|Épis - plage {lieu}|Épis en bois - réfection
@14:70,12:30
filets anti-déchets|mer|56|2188|Filets anti-déchets - exutoires pluviaux|Filets anti-déchets {lieu}
@14:60,8:40
criée|mer|56|2313|Criée - chambre froide|Criée de {c} - modernisation
@14:70,16:30
profils de baignade|mer|56|617|Profils de baignade - révision|Profils de baignade {y}
@15:100
désherbage mécanique|ev|77 823|2188|Désherbage mécanique - matériel|Désherbage mécanique cimetière
désherbage thermique|ev|77 823|2188|Désherbage thermique - desherbeur|Désherbage thermique {lieu}
renouée du japon|ev|76|611|Renouée du japon - arrachage|Renouée du japon berges
frelons asiatiques|ev|76|611|Destruction nids frelons asiatiques|Frelons asiatiques - piégeage
hôtel à insectes|ev|76|2188|Hôtel à insectes {ecole}|Hôtel à insectes - parc
moutons|ev|76|611|Éco-pâturage moutons - prestation|Moutons éco-pâturage {lieu}
tonte différenciée|ev|823|611|Tonte différenciée - plan de gestion|Tonte différenciée {lieu}
bulbes|ev|823|60633|Bulbes - fleurissement|Bulbes printemps
suspensions florales|ev|823|60633|Suspensions florales - centre|Suspensions florales {y}
bacs à fleurs|ev|823|2188|Bacs à fleurs - remplacement|Bacs à fleurs {lieu}
plantation de haies|ev|76|2121|Plantation de haies bocagères|Plantation de haies {lieu}
chauves-souris|ev|76|611|Chauves-souris - inventaire|Gîtes à chauves-souris
comptage des oiseaux|ev|76|611|Comptage des oiseaux - animation|Comptage des oiseaux {y}
inventaire faune flore|ev|76|617|Inventaire faune flore - parc|Inventaire faune flore {lieu}
arrêté de biotope|ev|76|617|Arrêté de biotope - étude|Arrêté de biotope {lieu}
trame noire|ev|76|617|Trame noire - étude|Trame noire - extinction
@15:60,11:40
sol souple|ev|823|2128|Sol souple - aire de jeux {lieu}|Remplacement sol souple aire de jeux
@15:70,13:30
pistes forestières|ev|76|2128|Pistes forestières - entretien|Pistes forestières {lieu}
coupes de bois|ev|76|7022|Coupes de bois - ventes|Coupes de bois {y}
sentier pédagogique|ev|76|2128|Sentier pédagogique - forêt|Sentier pédagogique {lieu}
@16:100
numérisation des archives|adm|020|611|Numérisation des archives - registres|Numérisation des archives {y}
archives communales|adm|020|611|Archives communales - classement|Archives communales - reliure
cartes d'identité|etat|020|2188|Cartes d'identité - dispositif de recueil|Cartes d'identité - rendez-vous
recensement citoyen|etat|020|611|Recensement citoyen - jeunes de 16 ans|Recensement citoyen {y}
publicité légale|adm|020|6231|Publicité légale - annonces|Publicité légale {y}
réseaux sociaux|adm|023|611|Réseaux sociaux - community manager|Réseaux sociaux - campagne
lettre d'information|adm|023|6236|Lettre d'information - impression|Lettre d'information {y}
bulletin municipal|adm|023|6236|Bulletin municipal - impression|Bulletin municipal {y}
catalogues et imprimés|adm|020|6236|Catalogues et imprimés|Catalogues et imprimés {y}
badges|adm|020|6068|Badges - contrôle d'accès|Badges agents
registre de sécurité|tech|020|6068|Registre de sécurité - bâtiments|Registre de sécurité - mise à jour
bureau de contrôle|tech|020|2031|Bureau de contrôle - mission|Bureau de contrôle - lot
CSPS|tech|020|2031|CSPS - mission|CSPS - chantier
ordonnancement pilotage coordination|tech|020|2031|Ordonnancement pilotage coordination - mission|Ordonnancement pilotage coordination {y}
diagnostic amiante|tech|020|2031|Diagnostic amiante - avant travaux|Diagnostic amiante bâtiments
diagnostic plomb|tech|020|2031|Diagnostic plomb - logements|Diagnostic plomb {lieu}
lecture automatisée des plaques|secu|11|2188|Lecture automatisée des plaques - caméras|Lecture automatisée des plaques {y}
verbalisation électronique|secu|11|2188|Verbalisation électronique - terminaux|Verbalisation électronique {y}
rappel à l'ordre|secu|11|611|Rappel à l'ordre - procédure|Rappel à l'ordre {y}
uniformes|secu|11|60636|Uniformes police municipale|Uniformes {y}
enlèvement des véhicules|secu|11|611|Enlèvement des véhicules - fourrière|Enlèvement des véhicules ventouses
équipements de protection individuelle|rh|020|60636|Équipements de protection individuelle - agents|Équipements de protection individuelle {y}
EPI|rh|020|60636|EPI - agents techniques|EPI {y}
chaussures de sécurité|rh|020|60636|Chaussures de sécurité - agents|Chaussures de sécurité {y}
document unique|rh|020|617|Document unique - mise à jour|Document unique {y}
qualité de vie au travail|rh|020|611|Qualité de vie au travail - démarche|Qualité de vie au travail {y}
restaurant administratif|rh|020|6574|Restaurant administratif - subvention|Restaurant administratif {y}
restaurant inter-administratif|rh|020|6574|Restaurant inter-administratif - participation|Restaurant inter-administratif {y}
médailles d'honneur|rh|020|6232|Médailles d'honneur - agents|Médailles d'honneur {y}
médaille du travail|rh|020|6232|Médaille du travail - cadeaux|Médaille du travail {y}
départs en retraite|rh|020|6232|Départs en retraite - réception|Départs en retraite {y}
RIFSEEP|rh|020|64118|RIFSEEP - IFSE|RIFSEEP {y}
contractuels|rh|020|64131|Rémunération des contractuels|Contractuels - remplacements
intérim|rh|020|6218|Intérim - remplacements|Intérim {y}
IRCANTEC|rh|020|6453|Cotisations IRCANTEC|IRCANTEC {y}
FIPHFP|rh|020|6478|Contribution FIPHFP|FIPHFP {y}
compte épargne temps|rh|020|64118|Compte épargne temps - monétisation|Compte épargne temps {y}
prime de fin d'année|rh|020|64118|Prime de fin d'année|Prime de fin d'année {y}
astreintes|rh|020|64118|Astreintes techniques|Astreintes {y}
vacataires|rh|020|64131|Vacataires - rémunération|Vacataires {y}
convention de mise à disposition|rh|020|6217|Convention de mise à disposition - agent|Convention de mise à disposition {y}
remboursements sur rémunérations|rh|020|6419|Remboursements sur rémunérations du personnel|Remboursements sur rémunérations {y}
indemnités journalières|rh|020|6419|Indemnités journalières - CPAM|Indemnités journalières {y}
indemnités kilométriques|rh|020|6251|Indemnités kilométriques|Indemnités kilométriques {y}
location de véhicules|tech|020|6135|Location de véhicules - courte durée|Location de véhicules {y}
tractopelle|tech|020|2182|Tractopelle - acquisition|Tractopelle - réparation
mini-pelle|tech|020|2182|Mini-pelle - acquisition|Mini-pelle {y}
outillage électroportatif|tech|020|2188|Outillage électroportatif - atelier|Outillage électroportatif {y}
hébergement informatique|dsi|020|6156|Hébergement informatique|Hébergement informatique {y}
logiciel métier|dsi|020|2051|Logiciel métier - état civil|Logiciel métier {y}
photocopieur|adm|020|6135|Photocopieur - location|Photocopieur mairie
@16:70,9:30
application mobile|dsi|020|2051|Application mobile - ville|Application mobile {y}
panneau pocket|adm|023|6156|Panneau pocket - abonnement|Panneau pocket {y}
borne interactive|adm|020|2183|Borne interactive - accueil|Borne interactive {y}
@17:100
crédit-bail|fin|01|6122|Crédit-bail - redevances|Crédit-bail {y}
résultat reporté|fin|01|002|Résultat reporté|Résultat reporté {y}
déficit d'investissement|fin|01|001|Déficit d'investissement reporté|Déficit d'investissement {y}
charges exceptionnelles|fin|01|678|Charges exceptionnelles|Charges exceptionnelles {y}
produits exceptionnels|fin|01|7788|Produits exceptionnels|Produits exceptionnels {y}
indemnités de remboursement anticipé|fin|01|6688|Indemnités de remboursement anticipé|Indemnités de remboursement anticipé {y}
protocole transactionnel|fin|01|678|Protocole transactionnel - indemnité|Protocole transactionnel {y}
dommages et intérêts|fin|01|678|Dommages et intérêts - condamnation|Dommages et intérêts {y}
frais de contentieux|fin|01|6227|Frais de contentieux|Frais de contentieux {y}
huissiers|fin|01|6227|Frais d'huissiers|Huissiers {y}
produit des amendes|fin|01|7478|Produit des amendes de police|Produit des amendes {y}
contrat de ruralité|fin|01|1321|Contrat de ruralité {y}|Contrat de ruralité - avenant
"""

ENTRIES = parse_entries(ENTRIES_SRC)

# --------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------
# invented authorities: service field -> the names its exports give
# --------------------------------------------------------------------------------------------

AUTHS = {
    "SLV": {  # Sarlhac-la-Vieille, a village of ~900
        "soc": ["CCAS"], "aines": ["CCAS - AINES"], "edu": ["ECOLE PUBLIQUE", "RESTAURANT SCOLAIRE"], "jeun": ["ENFANCE"],
        "sport": ["SPORTS LOISIRS"], "eau": ["SERVICE DES EAUX"], "ener": ["BATIMENTS COMMUNAUX"], "ev": ["ESPACES VERTS", "BOIS COMMUNAL"],
        "voi": ["VOIRIE", "CHEMINS RURAUX"], "urba": ["URBANISME"], "fun": ["CIMETIERE COMMUNAL"], "adm": ["ADMINISTRATION GENERALE"],
        "etat": ["ETAT CIVIL - ELECTIONS"], "rh": ["PERSONNEL COMMUNAL"], "fin": ["FINANCES"], "tech": ["ATELIER MUNICIPAL"],
        "secu": ["GARDE CHAMPETRE"], "sante": ["CCAS"], "agri": ["AGRICULTURE"], "eco": ["COMMERCE LOCAL"], "dech": ["PROPRETE"],
        "clim": ["ENVIRONNEMENT"], "hab": ["HABITAT"],
    },
    "VSL": {  # Vernoux-sur-Liane, a town of ~24,000
        "soc": ["DIRECTION DES SOLIDARITES / CCAS", "DIRECTION DES SOLIDARITES / LOGEMENT"], "aines": ["Direction des solidarités - seniors"],
        "alim": ["Direction des solidarités - alimentation"], "edu": ["Direction de l'éducation - écoles", "Direction de l'éducation - restauration"],
        "jeun": ["DIRECTION JEUNESSE / SEJOURS"], "sport": ["Direction des sports - équipements", "Direction des sports - piscine"],
        "sante": ["Direction santé publique"], "egal": ["Délégation droits des femmes"], "eau": ["Direction de l'eau"],
        "ener": ["Direction du patrimoine - énergie"], "clim": ["Mission climat"], "dech": ["Direction propreté urbaine"],
        "ev": ["Direction nature en ville", "Direction nature en ville - fleurissement"], "eco": ["DIRECTION ATTRACTIVITE / COMMERCE"],
        "emploi": ["DIRECTION ATTRACTIVITE / EMPLOI"], "fun": ["CIMETIERES"], "urba": ["Direction de l'urbanisme - droit des sols", "Direction de l'urbanisme"],
        "hab": ["Direction de l'urbanisme - habitat ancien"], "voi": ["Direction voirie - éclairage", "Direction voirie"],
        "mob": ["Direction mobilités - stationnement", "Direction mobilités"], "adm": ["SECRETARIAT GENERAL", "COMMUNICATION"],
        "etat": ["CITOYENNETE / ETAT CIVIL"], "secu": ["POLICE MUNICIPALE VERNOUX"], "rh": ["RESSOURCES HUMAINES"], "dsi": ["DIRECTION DU NUMERIQUE"],
        "fin": ["DIRECTION FINANCES COMMANDE PUBLIQUE"], "tech": ["CENTRE TECHNIQUE MUNICIPAL"],
    },
    "CLC": {  # Communauté d'agglomération Lianes et Causses
        "soc": ["CALC - CIAS"], "aines": ["CALC - CIAS"], "jeun": ["CALC - ENFANCE JEUNESSE"], "eau": ["CALC - CYCLE DE L'EAU", "CALC - RIVIERES"],
        "dech": ["CALC - GESTION DES DECHETS"], "ener": ["CALC - ENERGIE"], "clim": ["CALC - TRANSITION ECOLOGIQUE"], "ev": ["CALC - BIODIVERSITE"],
        "eco": ["CALC - DEVELOPPEMENT ECONOMIQUE"], "emploi": ["CALC - EMPLOI"], "agri": ["CALC - AGRICULTURE"], "alim": ["CALC - PAT"],
        "urba": ["CALC - PLANIFICATION", "CALC - SERVICE ADS"], "hab": ["CALC - HABITAT"], "mob": ["CALC - MOBILITES"],
        "sport": ["CALC - EQUIPEMENTS AQUATIQUES"], "adm": ["CALC - ADMINISTRATION"], "rh": ["CALC - RH MUTUALISEES"],
        "dsi": ["CALC - SYSTEMES D'INFORMATION"], "fin": ["CALC - FINANCES"], "tech": ["CALC - PATRIMOINE"],
    },
    "DHO": {  # Département de la Haute-Orbe
        "soc": ["DGAS - Logement insertion", "DGAS - Action sociale"], "aines": ["DGAS - Personnes âgées"], "sante": ["DGAS - Santé prévention"],
        "egal": ["Délégation égalité"], "col": ["DEC - Collèges"], "sup": ["DEC - Enseignement supérieur"], "jeun": ["DEC - Jeunesse"],
        "voi": ["DRI - Routes", "Centre d'exploitation routier Sud"], "mob": ["DRI - Mobilités"], "eau": ["DAT - Eau rivières"],
        "ev": ["DAT - Espaces naturels"], "agri": ["DAT - Agriculture"], "clim": ["DAT - Risques naturels"], "adm": ["Secrétariat des assemblées"],
        "rh": ["DRH"], "dsi": ["DSI"], "fin": ["DFB - Budget"], "eco": ["DAT - Attractivité"],
    },
    "RCR": {  # Région Causses-et-Rivages
        "form": ["DFP - Formation professionnelle"], "emploi": ["DFP - Formation professionnelle"], "col": ["DLE - Lycées"],
        "sup": ["DESRI - Enseignement supérieur", "DESRI - Vie étudiante"], "dsi": ["DNSI - Données"], "eco": ["DEI - Entreprises"],
        "agri": ["DAAM - Agriculture mer"], "ener": ["DTEE - Énergie"], "clim": ["DTEE - Climat"], "mer": ["DAAM - Littoral"],
        "mob": ["DTM - Transports"], "ev": ["DTEE - Biodiversité"], "egal": ["Délégation égalité"], "sante": ["DSP - Santé"],
        "adm": ["Secrétariat des assemblées"], "rh": ["DRH"], "fin": ["DFF - Finances"],
    },
    "SAM": {  # Saint-Ambrun-sur-Mer, a seaside town of ~7,000
        "mer": ["SERVICE LITTORAL", "SERVICE BAIGNADE"], "sport": ["BASE NAUTIQUE"], "eco": ["COMMERCE ET TOURISME"], "voi": ["VOIRIE"],
        "ev": ["ESPACES VERTS"], "adm": ["ADMINISTRATION"], "fin": ["FINANCES"], "secu": ["POLICE MUNICIPALE"], "dech": ["PROPRETE"],
        "rh": ["PERSONNEL"],
    },
}
# a few lines fit some authorities only (a collège is the département's, a lycée or a grant to research the région's)
ONLY = {"col": ("DHO", "RCR"), "sup": ("DHO", "RCR"), "form": ("RCR",), "mer": ("SAM", "RCR")}

# --------------------------------------------------------------------------------------------
# invented names and the export forms
# --------------------------------------------------------------------------------------------

PLACES = ["Les Cazals", "Puech-Redon", "La Garrigue-Basse", "Mas-Viel", "Combe-Noire", "Les Aubrières",
          "Le Pradal", "Roque-Fendue", "Les Terrasses", "Val-d'Orbe", "Pont-Calvel", "La Sagnette"]
TOWNS = ["Vernoux-sur-Liane", "Sarlhac-la-Vieille", "Lianes", "Saint-Ambrun-sur-Mer", "Orbeval"]
SCHOOLS = ["Paul Bert", "Les Platanes", "Jean Macé", "Louise Michel", "Les Cigales", "Le Pradal", "G. Sand"]
ASSOS = ["Le Fil d'Orbe", "Entraide Lianes", "Solidarité Causses", "La Passerelle", "Toit et Partage",
         "Les Amis du Pradal"]
YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]

GAPS = GapPart.second_round(draw, ENTRIES, AUTHS, ONLY, PLACES, TOWNS, SCHOOLS, ASSOS, YEARS)


def check_gaps() -> None:
    """Every phrase is one of vocabulary_gaps_r.py's, still a gap of parts A-Q, and none of
    part R's (gen_part_r.py's ENTRIES_SRC, read as text so that its generator does not run)."""
    known = {fold(p) for p in vocabulary_gaps_r.phrases()}
    labs = vocabulary_gaps_r.corpus_labels()
    r_src = (OUT.parent / "gen_part_r.py").read_text(encoding="utf-8").split('ENTRIES_SRC = """')[1].split('"""')[0]
    r_phrases = {fold(line.split("|")[0]) for line in r_src.strip().splitlines() if not line.startswith("@")}
    for phrase, *_ in ENTRIES:
        assert fold(phrase) in known, phrase
        assert fold(phrase) not in r_phrases, phrase
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
