# ruff: noqa: E501
"""Write part W of Verdir's labelled training corpus: activities parts A to V barely know, in the
vocabulary of mountain communes, overseas authorities, European-fund managers, river and lagoon
syndicates and of the supply lines of services whose purpose only the service or the fonction
tells. Every phrase is a gap of parts A to V (fewer than three of their libellés hold it).

1. Mountain communes and ski resorts: remontées mécaniques, télésièges, neige de culture, damage
   des pistes, domaine skiable, refuges, retenues collinaires, pisteurs-secouristes, paravalanches,
   PIDA (Gazex), RTM, plages de dépôt, alpages, handiski, skibus, logement des saisonniers.
2. Overseas authorities: sargasses (barrages, ramassage), palétuviers, LAV, renforcement
   paracyclonique, curage des ravines, radiers, camions-citernes and bornes fontaines during water
   cuts, jardins créoles, cases en tôle, VHU, yoles, touloulous.
3. European funds read by what they fund (FSE+, FEAMPA, FEDER, FEADER/LEADER measures), beside
   their management lines (piste d'audit, organisme intermédiaire).
4. Rivers and lagoons: passes à poissons, effacement de seuil, recépage, eutrophisation of a coastal
   lagoon, digesteur of a wastewater plant, facturation de l'eau, reversement des redevances.
5. Supplies whose libellé gives no purpose (vêtements de pluie, gilets haute visibilité, protections
   auditives of the parks service; ustensiles de cuisine, bacs gastronormes, petit électroménager of
   the central kitchen; détergents, désinfectants, raclettes of the swimming pool): every row of
   these entries carries its service and its fonction (511, 281, 323), which alone give the goal.

Labels: the codebook's table and, where parts A to V label the nearest activity, their split:
  8:80;11:20 ski lifts, snowmaking, grooming, the ski area, mountain huts (tourism, codebook; part
     F's "station de ski - remontée mécanique (téléski)", "dameuse", "ski de fond" lines and
     fonction 633's prior); a subvention d'équilibre to the ski lifts' budget annexe goes to the
     activity it balances, as parts A and F do for the EHPAD and CCAS ones (1:100, 3:100), not to
     17 as for a budget annexe no libellé names (parts C, D, I);
  8:60;6:40 retenues collinaires (no corpus line: tourism works that store water, the water side
     second);
  8:70;16:30 pisteurs-secouristes (parts C and F label beach lifeguards 14:70;16:30: the place's
     goal first, the safety of the public second; a ski area's place goal is tourism);
  13:100 paravalanches (parts C, E, N: rock-fall nets "chutes de blocs" 13:100);
  13:70;8:30 PIDA and Gazex (avalanche release that lets the ski area open: the risk first, the
     station second);
  13:80;11:20 RTM works, plages de dépôt, curage des ravines, radiers (parts H and N: torrent works
     13:80;11:20; part F: "enrochement de la ravine", "radier submersible" 13:80;11:20);
  2:60;15:40 alpages (parts A, F, R: pastoralism, cabanes de berger, alpages 2:60;15:40) and jardins
     créoles (parts A-V: "jardins familiaux" 2:60;15:40, the codebook's food row);
  10:80;3:20 handiski (part Q: "comité départemental handisport" 10:80;3:20, fonction 425);
  11:80;13:20 skibus (codebook: public transport; part F's "navettes urbaines gratuites", fonction
     821's prior);
  11:70;8:30 logement des saisonniers (no corpus line: housing first, the season's jobs second;
     parts P, Q give the foyer de jeunes travailleurs 11:60;10:40);
  14:70;12:30 sargasses, barrages and ramassage (part F's two lines; part C's two collection lines
     say 14:80;12:20: 14:70;12:30 chosen for both);
  14:100 palétuviers (part F: "restauration de la mangrove" 14:100);
  3:100 LAV, dengue, gîtes larvaires (parts A, H, K, P: "moustique tigre", "lutte anti-vectorielle"
     3:100; part F's three dengue lines say 3:80;13:20: 3:100 chosen);
  13:60;11:40 renforcement paracyclonique (part F's "renforcement paracyclonique de la toiture de la
     mairie" 13:60;11:40);
  6:100 camions-citernes and bornes fontaines during water cuts (codebook: drinking water; part A's
     one line of bornes fontaines on a travellers' site says 6:70;11:30: the water alone chosen);
  11:100 cases en tôle (parts P, R: "habitat insalubre" 11:100);
  12:60;16:40 VHU and épaves (part C: "enlèvement des épaves de véhicules" 12:60;16:40);
  3:80;11:20 yoles (sport club and race first, the event second: fonction 326's prior);
  11:100 touloulous (parts B, I, K: "carnaval" 11:100);
  8:60;4:40 FSE+ NEET (parts G, H: "mission locale" 8:60;4:40, part G's "jeunes décrocheurs");
  4:100 FSE+ décrochage scolaire (part G: "lutte contre le décrochage scolaire" 4:100);
  8:70;10:30 FSE+ inclusion active (parts G, H, Q: "insertion par l'activité économique (FSE+)",
     "PLIE" 8:70;10:30);
  14:60;8:40 FEAMPA fishing boats, fishing ports, aquaculture firms (parts G, T, U: "navires",
     "port de pêche", "criée", "aquaculture" 14:60;8:40; part R's two "conchyliculture" lines at
     2:70;8:30 not followed);
  8:100 FEDER petites et moyennes entreprises (part T: "aides aux entreprises industrielles" 8:100);
  9:70;8:30 FEDER recherche et développement, transition numérique des entreprises (part B:
     "innovation" lines 9:70;8:30);
  7:80;13:20 FEDER chaleur renouvelable (part G: "FEDER - énergies renouvelables" 7:80;13:20);
  2:70;8:30 FEADER installation des agriculteurs, vente directe (parts F, G: "jeunes agriculteurs",
     part A's "magasin de producteurs" 2:70;8:30);
  15:70;13:30 FEADER peuplements forestiers (part G's "aide à la desserte forestière", part U's
     "pistes forestières" 15:70;13:30);
  17:100 piste d'audit, organisme intermédiaire (parts G, T: contrôle de service fait, instruction,
     assistance technique 17:100; codebook: contributions and financial operations);
  15:60;6:40 passes à poissons, effacement de seuil, recépage de la ripisylve (parts F, H, K:
     ripisylve, continuité écologique, reméandrage 15:60;6:40; parts A and R split 6:50;15:50 and
     6:70;15:30 on three lines: 15:60;6:40 chosen for all river-ecology works);
  14:70;6:30 eutrophisation of a coastal lagoon (codebook: sea and coast when the water is marine;
     the water-quality side second);
  6:50;7:50 digesteur of a wastewater plant (part A: "unité de méthanisation des boues de la station
     d'épuration" 6:50;7:50);
  6:80;9:20 facturation de l'eau (part A: "logiciel de facturation et de relève de l'eau" 6:80;9:20);
  6:100 reversement des redevances à l'agence de l'eau (parts A, F, P: redevances 6:100);
  15:100, 4:100, 3:100 supplies of the parks service, the central kitchen and the swimming pool:
     a generic supply takes its service's main goal whole (part J: "gants et lunettes de protection"
     of the parks 15:100; part A: "vaisselle cantine" 4:100; parts F, I: pool supplies 3:100).

Deterministic, stdlib only, no network:  python gen_part_w.py  ->  part_w.csv (same folder).
"""

from __future__ import annotations

from gap_part import GroupedGapPart, check_entries, check_gaps, parse_entries
from generator_tools import FCT, codes_agree, fold, part_setup, write_part, written_rows

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 2311)

BRIEF_EXAMPLES: list[str] = []

# "@goal:share,goal:share" opens a label; then one phrase a line:
# phrase | service field | fonctions | natures | core | core ...  (each core holds the phrase;
# a core may end with " ~nature nature": the accounts that core's line is booked on, in place of
# the entry's natures, so an acquisition is never booked on a services account)
ENTRIES_SRC = """@8:80,11:20
remontées mécaniques|stat|633|611 6156 657362|Subvention d'équilibre au budget annexe des remontées mécaniques ~657362|Budget annexe des remontées mécaniques - contribution du budget principal ~657362|DSP des remontées mécaniques - compensation des contraintes de service public ~611|Remontées mécaniques - visite annuelle de sécurité des appareils ~611 6156
télésiège|stat|633|2157 2315 61558 6156|Télésiège {ts} - grande inspection trentenaire ~2157 2315|Remplacement des pinces du télésiège {ts} ~2157 61558|Télésiège débrayable {ts} - génie civil des gares ~2315 2313|Maintenance du télésiège {ts} et du téléski du front de neige ~6156 61558
neige de culture|stat|633|2157 2315 60611 611|Extension du réseau de neige de culture - piste {piste} ~2315 2157|Neige de culture - acquisition d'enneigeurs ~2157|Neige de culture - eau et électricité de la saison {y} ~60611 60612|Salle des machines de neige de culture - compresseurs ~2157 2315
damage des pistes|stat|633|611 60622 2182 61551|Damage des pistes - carburant des dameuses ~60622|Acquisition d'une dameuse pour le damage des pistes ~2182|Damage des pistes de nuit - prestation saison {y} ~611|Entretien des engins de damage des pistes ~61551
domaine skiable|stat|633|611 2312 2031 60632|Domaine skiable - balisage et signalétique des pistes ~60632 611|Schéma directeur du domaine skiable - étude ~2031 617|Extension du domaine skiable de {lieu} - terrassements ~2312|Domaine skiable - filets et matelas de protection des pylônes ~60632 2188
refuge de montagne|stat|633|2313 615221 611|Refuge de montagne {refuge} - mise aux normes de sécurité ~2313 615221|Gardiennage du refuge de montagne {refuge} - convention ~611 6188|Rénovation du refuge de montagne {refuge} ~2313
@8:60,6:40
retenue collinaire|stat|633|2312 2315 2031 611|Retenue collinaire de {lieu} - reprise de l'étanchéité ~2312 61521|Création d'une retenue collinaire pour la neige de culture ~2312|Retenue collinaire du Grand-Crêt - auscultation de la digue ~611 617|Étude d'une retenue collinaire multi-usages ~2031
@8:70,16:30
pisteurs-secouristes|pist|633|64131 6413 611|Rémunération des pisteurs-secouristes saison {y} ~64131 6413|Pisteurs-secouristes - recyclage annuel ~611 6188|Pisteurs-secouristes - barquettes et matériel de secours sur pistes ~2188 60632|Vacations des pisteurs-secouristes du domaine nordique ~64131 6414
@13:100
paravalanches|risqm|71|2312 2315 2031 61521|Paravalanches du hameau de {lieu} - râteliers ~2312 2315|Réfection des paravalanches au-dessus du village ~2312 61521|Paravalanches - claies et filets du couloir de {lieu} ~2312|Entretien annuel des paravalanches ~61521 611
@13:70,8:30
PIDA|risqm|71|611 6068 2157|PIDA {y} - déclenchement préventif des avalanches du domaine skiable ~611|Plan d'intervention pour le déclenchement des avalanches (PIDA) - explosifs ~6068|PIDA - installation de deux Gazex au col de {lieu} ~2157 2315|Artificiers du PIDA - heures de déclenchement ~64118 611
@13:80,11:20
RTM|risqm|735 71|611 2312 6558|Convention RTM - ouvrages de correction du {torrent} ~611 6558|Service RTM de l'ONF - assistance au maire ~611|Restauration des terrains en montagne (RTM) - bassin versant de {lieu} ~2312 611|Ouvrages RTM - entretien des barrages du {torrent} ~61521 611
plage de dépôt|risqm|735|2312 611 61521|Plage de dépôt du {torrent} - curage après la crue ~611 61521|Création d'une plage de dépôt sur le {torrent} ~2312|Plage de dépôt de {lieu} - évacuation des matériaux ~611
@2:60,15:40
alpage|past|631|2128 611 6574 2138|Alpage {alp} - réfection de la cabane pastorale ~2138 2313|Alpage communal {alp} - abreuvoirs et captage ~2128 2312|Alpage {alp} - subvention au groupement pastoral ~6574|Alpage {alp} - clôtures et parc de contention ~2128 60632
@10:80,3:20
handiski|hand|425|2188 6574 611|Acquisition d'un fauteuil handiski ~2188|Handiski - subvention au club de ski adapté ~6574|Handiski - moniteurs diplômés saison {y} ~611 64131
@11:80,13:20
skibus|navm|821 828|611 6247|Skibus de la station - contrat d'exploitation saison {y}|Skibus gratuit entre {c} et le front de neige|Navettes de station (skibus) - rotations du samedi
@11:70,8:30
logement des saisonniers|logm|55 552|2132 6132 2313 20422|Logement des saisonniers - acquisition d'un immeuble au chef-lieu ~2132|Logement des saisonniers - location de studios ~6132|Résidence pour le logement des saisonniers - travaux ~2313|Logement des saisonniers - convention avec le bailleur social ~6574 20422
@14:70,12:30
barrage anti-sargasses|litt|56|2158 611 61558|Barrage anti-sargasses - {anse} - pose et ancrage ~2158 2315|Entretien du barrage anti-sargasses de la baie ~61558 611|Barrage anti-sargasses {anse} - remplacement des flotteurs ~2158 61558
ramassage des sargasses|litt|56|611 6135|Ramassage des sargasses - {anse} - prestation ~611|Ramassage des sargasses - location d'engins ~6135|Ramassage des sargasses et transport vers le site de séchage ~611
@14:100
palétuviers|litt|56|611 2128|Replantation de palétuviers - mangrove de {lieu} ~2128 611|Palétuviers - pépinière pour la restauration de la mangrove ~611 60632|Suivi des plantations de palétuviers - {anse} ~617 611
@3:100
LAV|lav|13 412|611 6068 64131|LAV - traitement des gîtes larvaires à {lieu} ~611|Lutte anti-vectorielle (LAV) - épidémie de dengue {y} ~611 6236|LAV - agents de démoustication saisonniers ~64131|LAV - insecticides et pulvérisateurs ~6068 60632|LAV chikungunya - visites domiciliaires ~611 64131
@13:60,11:40
paracyclonique|bat|71|2135 21318 2313 615221|Renforcement paracyclonique de la salle polyvalente - {lieu} ~2135 2313|Toiture paracyclonique de la mairie annexe ~2135 615221|Diagnostic paracyclonique des bâtiments communaux ~2031 617|Renforcement paracyclonique du marché couvert ~2313 2135
@13:80,11:20
curage des ravines|ravi|735|611 61521|Curage des ravines - {ravine}|Curage des ravines - marché à bons de commande|Curage des ravines et des radiers après les fortes pluies
radier|ravi|735|2315 2312|Reprise du radier de la {ravine} après les crues ~2315 2312|Radier du chemin de {lieu} - renforcement ~2312|Radier submersible - barrières et signalisation de coupure ~2188 2158
@6:100
camions-citernes|eauo|732|611 6135|Camions-citernes - distribution d'eau potable pendant les coupures ~611|Location de camions-citernes - tours d'eau {y} ~6135|Camions-citernes - ravitaillement du quartier {lieu} ~611 6135
bornes fontaines|eauo|732|21531 2158 611|Installation de bornes fontaines monétiques - {lieu} ~21531 2158|Bornes fontaines - approvisionnement pendant les coupures d'eau ~611|Entretien des bornes fontaines des écarts ~61558 611
@2:60,15:40
jardins créoles|agri|631 6318|6574 2128 611|Jardins créoles - subvention à l'association {asso} ~6574|Création de jardins créoles au quartier {lieu} ~2128|Jardins créoles - plants, semences et outillage ~60632 6068
@11:100
cases en tôle|hab|55 555|20422 2138 611|Résorption des cases en tôle - quartier {lieu} ~20422 611|Cases en tôle - diagnostic de l'habitat indigne ~617 611|Démolition de cases en tôle à {lieu} ~611 2138
@12:60,16:40
VHU|prop|7212 72|611 6042|Enlèvement des VHU et des épaves - {lieu}|VHU - dépollution et transport vers le centre agréé|Campagne de ramassage des VHU {y}
@3:80,11:20
yoles|yole|326 3272|6574 611|Tour des yoles rondes - subvention {y} ~6574|Subvention à l'association des yoles de {c} ~6574|Réparation des yoles du club nautique ~61558 611
@11:100
touloulous|carn|024 311|6574 6232 611|Bals des touloulous - subvention ~6574|Carnaval - parade des touloulous - chars et sonorisation ~6232 611|Touloulous - concours de costumes ~6232 611
@8:60,4:40
NEET|fse|251|6574 611 65738|FSE+ - repérage et accompagnement des NEET|Accompagnement des jeunes NEET vers l'emploi - cofinancement FSE+|NEET - remobilisation des jeunes ni en emploi ni en formation
@4:100
décrochage|fse|288 20|6574 611|FSE+ - prévention du décrochage scolaire dans les collèges|Décrochage scolaire - cellule de veille - contrepartie FSE+|Raccrochage après décrochage - parcours en lycée professionnel
@8:70,10:30
inclusion active|fse|65 444|6574 611|FSE+ inclusion active - parcours vers l'emploi des allocataires du RSA|Inclusion active - accompagnement des chômeurs de longue durée|Appel à projets FSE+ inclusion active - versements aux structures ~6574
@14:60,8:40
navires de pêche|feampa|56|20422 6574|FEAMPA - modernisation des navires de pêche|Navires de pêche - remotorisation moins énergivore (FEAMPA)|Sécurité à bord des navires de pêche - contrepartie FEAMPA
ports de pêche|feampa|56|2315 20422 20414|FEAMPA - équipements des ports de pêche ~2315 20422|Ports de pêche - pontons et machines à glace - cofinancement FEAMPA ~2315 20422|Ports de pêche - modernisation des halles à marée (FEAMPA) ~20422 20414 2313
aquacoles|feampa|56|20422 6574|FEAMPA - aide aux entreprises aquacoles|Fermes aquacoles - modernisation - FEAMPA ~20422|Installation de jeunes exploitants aquacoles - FEAMPA
@8:100
petites et moyennes entreprises|feder|61 632|20422 65742 6574|FEDER - compétitivité des petites et moyennes entreprises|Aides aux investissements des petites et moyennes entreprises - contrepartie FEDER ~20422|Petites et moyennes entreprises - fonds de garantie FEDER ~20422 6574
@9:70,8:30
recherche et développement|feder|67|20421 2032 6574|FEDER - projets de recherche et développement des entreprises|Recherche et développement - aide à l'innovation des PME (FEDER)|Programmes de recherche et développement laboratoires-entreprises - contrepartie FEDER
transition numérique|feder|67 57|20422 6574 611|FEDER - transition numérique des entreprises ~20422 6574|Chèque transition numérique - cofinancement FEDER ~6574|Transition numérique des TPE - accompagnement FEDER ~611 6574
@7:80,13:20
chaleur renouvelable|feder|751 758|20422 20414|FEDER - chaleur renouvelable - chaufferies bois des collectivités ~20414|Chaleur renouvelable - forages de géothermie (FEDER)|Appel à projets chaleur renouvelable - versements FEDER
@2:70,8:30
installation des agriculteurs|feader|631 6318|20422 6574|FEADER - installation des agriculteurs - dotation|Aide à l'installation des agriculteurs hors cadre familial - contrepartie FEADER|Installation des agriculteurs - prêts agricoles bonifiés (FEADER) ~6574
vente directe|feader|631 6318|20422 6574|FEADER - ateliers de vente directe à la ferme ~20422|Vente directe - magasins de producteurs - LEADER|LEADER - points de vente directe des producteurs locaux
@15:70,13:30
peuplements forestiers|feader|76|20422 6574 611|FEADER - amélioration des peuplements forestiers ~20422 6574|Peuplements forestiers - reconstitution après tempête (FEADER) ~20422|Balivage des peuplements forestiers communaux - part FEADER ~611
@17:100
piste d'audit|ue|05 052 051|611 6226|FEDER - piste d'audit des opérations|Piste d'audit FSE+ - archivage des pièces justificatives ~611|Piste d'audit - contrôle de service fait FEAMPA
organisme intermédiaire|ue|05 051 041|611 65738|FSE+ - frais de gestion de l'organisme intermédiaire|Organisme intermédiaire FSE+ - assistance technique ~611|Organisme intermédiaire - instruction des demandes de paiement FEDER ~611
@15:60,6:40
passe à poissons|riv|76|2312 2315 2031|Création d'une passe à poissons sur {riv} ~2312 2315|Passe à poissons {moulin} - travaux ~2312 2315|Passe à poissons - suivi de la migration des anguilles ~617 611
effacement de seuil|riv|76|2312 2031|Effacement de seuil sur {riv} - travaux ~2312|Effacement de seuil {moulin} - continuité écologique ~2312 2031|Étude d'effacement de seuil à {lieu} ~2031
recépage|riv|76|611 61521|Recépage de la ripisylve le long de {riv}|Recépage des aulnes et des saules à {lieu}|Recépage et abattage sélectif - berges de {riv}
@14:70,6:30
eutrophisation|lag|56|611 617|Lutte contre l'eutrophisation de {etang} ~611|Suivi de l'eutrophisation - analyses des eaux de {etang} ~611 617|Contrat d'étang - actions contre l'eutrophisation ~6574 65738 611|Eutrophisation - ouverture du grau de {etang} ~2312 611
@6:50,7:50
digesteur|step|733|2315 2158 6156|Digesteur des boues de la station d'épuration - construction ~2315|Maintenance du digesteur et du gazomètre ~6156 61558|Digesteur - valorisation du biogaz de la STEP ~2315 2158|Digesteur de la STEP de {c} - injection du biométhane ~2315
@6:80,9:20
facturation de l'eau|fact|732 733|6156 611|Logiciel de facturation de l'eau - maintenance ~6156|Facturation de l'eau - migration du logiciel ~611 6156|Facturation de l'eau - portail abonnés en ligne ~611 6156|Facturation de l'eau et de l'assainissement - hébergement du logiciel ~611
@6:100
reversement des redevances|redev|732 733|637|Reversement des redevances à l'agence de l'eau|Reversement des redevances - performance des réseaux d'eau potable {y}|Reversement des redevances pour modernisation des réseaux de collecte
@15:100
vêtements de pluie|ev|511|60632 6068|Vêtements de pluie des agents|Achat de vêtements de pluie|Vêtements de pluie - renouvellement
gilets haute visibilité|ev|511|60632 6068|Gilets haute visibilité|Gilets haute visibilité - dotation {y}|Fourniture de gilets haute visibilité
protections auditives|ev|511|60632 6068|Protections auditives|Protections auditives moulées des agents|Casques et protections auditives
@4:100
ustensiles de cuisine|cc|281|60632 6068|Ustensiles de cuisine|Renouvellement des ustensiles de cuisine|Ustensiles de cuisine et petit matériel
bacs gastronormes|cc|281|60632 6068|Bacs gastronormes|Bacs gastronormes inox - renouvellement|Bacs gastronormes et couvercles
petit électroménager|cc|281|60632 6068|Petit électroménager|Petit électroménager - mixeurs et batteurs|Remplacement du petit électroménager
@3:100
détergents|pisc|323|60631 6068|Détergents|Détergents et dégraissants|Détergents - marché {y}
désinfectants|pisc|323|60631 6068|Désinfectants|Désinfectants des sols et des vestiaires|Produits désinfectants - commande annuelle
raclettes|pisc|323|60632 60631|Raclettes et balais|Raclettes de sol - renouvellement|Raclettes et seaux
"""
ENTRIES = parse_entries(ENTRIES_SRC)

# the fields whose libellé tells no purpose: every row gets its service and its fonction
SUPPLY_FIELDS = ("ev", "cc", "pisc")

# the part's invented authorities: service field -> the names their exports give
AUTHS: dict[str, dict[str, list[str]]] = {
    "VMG": {  # Valmorgne-les-Cimes, a ski-resort commune of ~1,800
        "stat": ["REGIE DES PISTES", "STATION"], "pist": ["SERVICE DES PISTES"],
        "risqm": ["RISQUES NATURELS", "SERVICES TECHNIQUES"], "past": ["AGRICULTURE ALPAGES"],
        "hand": ["SPORTS ET LOISIRS"], "navm": ["STATION"], "logm": ["LOGEMENT"],
    },
    "CCHV": {  # Communauté de communes de la Haute-Vaubrune
        "stat": ["CCHV - Domaine skiable", "CCHV - Tourisme"], "pist": ["CCHV - Domaine skiable"],
        "risqm": ["CCHV - Risques naturels et GEMAPI"], "past": ["CCHV - Agriculture de montagne"],
        "hand": ["CCHV - Sports de nature"], "navm": ["CCHV - Mobilités"], "logm": ["CCHV - Habitat"],
    },
    "BCO": {  # Bois-Corail, an overseas commune of ~30,000
        "litt": ["LITTORAL", "ENVIRONNEMENT"], "lav": ["HYGIENE ET SANTE"], "bat": ["PATRIMOINE BATI"],
        "ravi": ["VOIRIE ET RAVINES", "SERVICES TECHNIQUES"], "eauo": ["REGIE DE L'EAU"],
        "agri": ["DEVELOPPEMENT RURAL"], "hab": ["HABITAT"], "prop": ["PROPRETE URBAINE"],
        "yole": ["SPORTS"], "carn": ["CULTURE ET FESTIVITES"],
    },
    "CACB": {  # Communauté d'agglomération du Cap-Bélandre
        "litt": ["Direction de la mer et du littoral"], "lav": ["Direction de la santé publique"],
        "ravi": ["Direction GEMAPI - ravines"], "eauo": ["Direction de l'eau et de l'assainissement"],
        "agri": ["Direction de l'agriculture et de l'alimentation"], "hab": ["Direction de l'habitat"],
        "prop": ["Direction des déchets et de l'économie circulaire"],
    },
    "DSO": {  # Département de la Sorbelle, an intermediate body of the European funds
        "fse": ["DIRECTION INSERTION EMPLOI", "SERVICE FSE+"], "feader": ["DIRECTION AGRICULTURE FORET"],
        "ue": ["SERVICE FSE+", "DIRECTION DES AFFAIRES EUROPEENNES"],
    },
    "RLE": {  # Région Littoral-Est, managing authority of FEDER, FEAMPA and FEADER
        "fse": ["Autorité de gestion FSE+"], "feampa": ["Direction de la mer - FEAMPA"],
        "feder": ["Direction de l'économie - FEDER", "Autorité de gestion FEDER"],
        "feader": ["Autorité de gestion FEADER"], "ue": ["Direction Europe - contrôle et audit"],
    },
    "SMA": {  # Syndicat mixte de l'Aubrenne et des étangs
        "riv": ["SMA - RIVIERES", "SMA - GEMAPI"], "lag": ["SMA - ETANGS ET LAGUNES"],
    },
    "RMZ": {  # Régie des eaux de Mauvezac
        "step": ["Régie des eaux - assainissement"], "fact": ["Régie des eaux - clientèle", "Service facturation"],
        "redev": ["Régie des eaux - finances"], "riv": ["Régie des eaux - milieux aquatiques"],
    },
    "CBR": {  # Castelbrune, a town of ~24,000
        "ev": ["ESPACES VERTS", "PARCS ET JARDINS"], "cc": ["CUISINE CENTRALE", "RESTAURATION SCOLAIRE"],
        "pisc": ["PISCINE MUNICIPALE", "CENTRE AQUATIQUE"],
    },
    "VGP": {  # Villegrand-sur-Plaine, a town of ~60,000
        "ev": ["Direction des parcs et jardins", "Service espaces verts - ateliers"],
        "cc": ["Unité centrale de production culinaire", "Direction de la restauration scolaire"],
        "pisc": ["Centre nautique Val-Grand", "Service des piscines"],
    },
}

# the names each kind of authority writes: service field -> group -> (places, towns)
GROUP_OF = {f: g for g, fields in {
    "mont": "stat pist risqm past hand navm logm", "outre": "litt lav bat ravi eauo agri hab prop yole carn",
    "eu": "fse feampa feder feader ue", "eau": "riv lag step fact redev", "ville": "ev cc pisc",
}.items() for f in fields.split()}
NAMES = {
    "mont": (["Combe-Blanche", "Grand-Crêt", "Praz-Bernard", "Pierre-Grise", "Montrachoux", "Plan-des-Marmottes"],
             ["Valmorgne", "Valmorgne-les-Cimes", "Haute-Vaubrune", "Le Pas-de-l'Ours"]),
    "outre": (["Fond-Manioc", "Pointe-Zandoli", "Bois-Flambeau", "Morne-Vanille", "Ravine-Sèche", "Cacao", "Fond-Bambou"],
              ["Bois-Corail", "Cap-Bélandre", "Morne-Caïmite", "Sainte-Rose-des-Hauts"]),
    "eu": (["Port-Ambrelle", "Val-de-Sorbelle", "Landes-Hautes", "Sorbelle-Plage"],
           ["Sorbelle", "Littoral-Est", "Port-Ambrelle"]),
    "eau": (["Pont-Barral", "Gourdan", "Malvène-Plage", "Saint-Ylie-d'Aubrenne"],
            ["Mauvezac", "Malvène", "Ansignac-sur-Aubrenne"]),
    "ville": (["Castelbrune-Nord", "Saint-Clair-Haut", "Castelbrune-Sud", "Garenne-Haute"],
              ["Castelbrune", "Villegrand-sur-Plaine"]),
}
# names some cores hold
CORE_NAMES = {
    "ts": ["du Grand-Crêt", "de la Lauzière", "des Marmottes", "de Pierre-Grise"],
    "piste": ["des Chamois", "Combe-Blanche", "du Lac-Gelé", "des Praz"],
    "refuge": ["du Lac-Gelé", "de la Pointe-Blanche", "des Chamois"],
    "alp": ["de la Lauzière", "du Plan-des-Marmottes", "de Montrachoux"],
    "torrent": ["torrent du Nant-Rouge", "torrent de la Combe-Blanche", "torrent des Eaux-Troubles"],
    "anse": ["Anse Colibri", "Anse Grand-Galet", "Pointe-Zandoli"],
    "ravine": ["ravine des Goyaviers", "ravine Bois-Flambeau", "ravine Pistache"],
    "riv": ["l'Aubrenne", "la Sauvière", "l'Ondrelle", "la Vernoise"],
    "moulin": ["du moulin Barral", "du moulin de la Sauvière", "de la Papeterie"],
    "etang": ["l'étang de Malvène", "la lagune de l'Estagnol", "l'étang des Salins-Vieux"],
    "asso": ["Jardin lakou", "Bon manjé Morne-Vanille", "Racines de Fond-Manioc"],
}
YEARS = ["2021", "2022", "2023", "2024", "2025", "2026"]


class RegionalGapPart(GroupedGapPart):
    """Part W's gap part: its supply entries (SUPPLY_FIELDS) carry on every row their service and
    their fonction, since their libellé tells no purpose."""

    def entry_fonction(self, field: str, fonctions: list[str], fonction: str) -> str:
        """A supply entry always carries a fonction: its libellé tells no purpose."""
        if field in SUPPLY_FIELDS and not fonction:
            _, _, fonction = self.draw.dress_codes("", "", self.draw.pick(fonctions), (0.0, 0.2, 0.0))
        return fonction


GAPS = RegionalGapPart.grouped(draw, ENTRIES, AUTHS, NAMES, GROUP_OF, "mont", SUPPLY_FIELDS, CORE_NAMES, YEARS)


def check_supplies() -> None:
    """A supply entry's fonctions all agree with its label (so none is dropped), and every
    written row of a supply phrase has a service and a fonction."""
    for phrase, lab, field, fcts, _, _ in ENTRIES:
        if field in SUPPLY_FIELDS:
            assert fcts and all(f in FCT and codes_agree(lab, "", "", f) for f in fcts), (phrase, fcts)
    phrases = [fold(e[0]) for e in ENTRIES if e[2] in SUPPLY_FIELDS]
    for row in written_rows(OUT):
        if any(p in fold(row["libelle"]) for p in phrases):
            assert row["service"] and row["fonction"], row


def main() -> None:
    check_entries(ENTRIES)
    check_gaps(ENTRIES, OTHER_PARTS)
    write_part(GAPS.plan(), OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)
    check_supplies()
    rows = written_rows(OUT)
    print(f"{len(ENTRIES)} phrases, {len(rows)} rows written")


if __name__ == "__main__":
    main()
