"""Write part P of Verdir's labelled training corpus: the vocabulary gaps, ordinary phrases that
real French local budgets write and that parts A to O never (or hardly ever) use.

Finding the gaps: vocabulary_gaps.py (beside this file) holds 678 phrases French budgets
use, across the seventeen goals and the support and finance lines (activities, facilities,
schemes, spelled-out acronyms, everyday budget verbs and objects); each was counted on the folded
libellés of parts A to O with word-boundary matching, and the 269 met fewer than three times are
the gaps ("lutte contre l'exclusion" 0, "minima sociaux" 0, "aide sociale à l'enfance" 0,
"défense incendie" 0, "hydrants" 0, "îlot de chaleur" 0, "rénovation urbaine" 0, "ouvrage d'art" 0,
"virement à la section d'investissement" 0, "titres restaurant" 2...). This part writes 2 or 3
lines for each of 231 of them (ENTRIES below: phrase, label, service field, fonctions,
natures, cores); each core holds the phrase whole.

Labels: the codebook's table, and where the corpus already labels the same or the nearest
activity its dominant split, counted on the folded libellés of parts A to O (rows of the regex
named, dominant split first):

  1. exclusion, grande exclusion, veille sociale 1:80;10:20 (hébergement d'urgence 13 of 31;
     sans abri writes 1:100, 6 of 16: the emergency side, where exclusion lines belong, is
     1:80;10:20); minima sociaux, RSA allowance, fonds social, surendettement, accompagnement
     budgétaire, CESF, sans domicile fixe 1:100 (RSA 18 of 34, surendettement 1/1, domiciliation
     5 of 9); inhumation des indigents 1:100 (indigents and obsèques 3/3, against the cemeteries'
     11:100); subvention au CCAS 1:100 (CCAS 49 of 74); FSL 1:80;11:20 (10/10); CHRS 1:80;11:20
     (8 of 12); fonds d'aide aux jeunes 1:70;10:30 (2/2); aide sociale à l'enfance, protection de
     l'enfance, MECS, assistants familiaux, MNA, accueil familial 1:70;10:30 (ASE 4/4, MECS 4/4,
     and fonction 4213's prior); précarité énergétique and chèque énergie 1:60;7:40 (split 1/1
     with 7:60;11:40: the codebook puts poverty first);
  3. APA 3:60;10:40 (22/22), aides ménagères, maintien à domicile, SAAD, téléassistance,
     conférence des financeurs, perte d'autonomie, FAM 3:60;10:40 (aide à domicile 4 of 9, the
     other 4 are meals at 3:70;2:30; fonctions 423/43); PCH, MAS, ESAT 10:80;3:20 (PCH 6 of 11,
     fonction 425); MDPH 10:100 (7/7); contrat local de santé, désert médical, medical students'
     grants, santé mentale, anti-vector control, radon 3:100 (médecin 12 of 26, santé mentale
     2/2, moustique 8/8); bruit, nuisances sonores, hygiène et salubrité 3:80;11:20 (fonction 13
     and qualité de l'air 2 of 7); terrain multisports 3:80;11:20 (city stade 7 of 11);
     manifestations sportives 3:80;11:20 (5 of 7); tribunes, éclairage du stade, pumptrack,
     tennis couverts 3:85;11:15 (stade 33 of 105); sport santé, grants to sports associations,
     haut niveau, école municipale des sports 3:100 (5/5 club grants); savoir nager 3:60;4:40
     (fonction 282 and the école des sports row, 1 of 2);
  2. agriculture urbaine 2:70;11:30 (1/1); produits biologiques, loi Egalim, petit déjeuner,
     cantine à 1 euro 2:60;4:40 (bio 27 of 50, Egalim 2 of 3, school canteens 22 of 63 against
     15 at 4:70;2:30; petits déjeuners are 5 of 6 at 2:60;1:40, at school 2:60;4:40, 1 row);
     restauration des collégiens 4:70;2:30 (collège catering 2 of 4); installation agricole,
     foncier agricole, espace test, chambre d'agriculture 2:70;8:30 (2/2 and fonction 631);
     calamités agricoles 2:60;13:40 (drought and farms, 1 row);
  5. égalité entre les femmes et les hommes 5:100 (32 of 78); CIDFF 5:80;16:20 (6 of 11);
     hébergement des femmes victimes 5:60;1:40 (4 emergency-housing rows);
  6. eaux usées, assainissement collectif and non collectif, SPANC, poste de relevage, adduction,
     périmètres de protection, SAGE, redevance pollution, syndicat des eaux 6:100 (wastewater 36
     of 52, ANC 8 of 21, relevage 8 of 12, syndicat des eaux 2 of 3); restauration des cours
     d'eau and contrat de rivière 6:70;15:30 (rivers split four ways, 3 rows each: the
     codebook's water-quality rule decides 6, nature second as the 3 rows write it);
  16. défense incendie, hydrants, bornes and réserve incendie 16:70;13:30 (poteaux incendie
     2/2, défense extérieure contre l'incendie 4/4 and fonction 12; the SDIS contingent stays
     17:100, 14 rows, and is not written);
  7. CEP and achat d'énergie 7:100 (electricity and gas supply 17 of 68); économies d'énergie,
     énergies renouvelables, hydrogène 7:80;13:20 (renewables 21 of 59);
  13. îlot de chaleur 13:60;11:20;15:20 (26 of 41); risques majeurs, DICRIM, sirène 13:70;16:30
     (4 of 8); feux de forêt 13:60;15:40 (DFCI, part C); catastrophe naturelle 13:80;11:20
     (fonction 735, no row);
  12. plastique, incinération 12:100 (waste 75 of 141); 14. recul du trait de côte 14:60;13:40
     (17 of 22), aire marine protégée 14:100;
  15. apiculture 15:100 (ruches 7/7); plantations d'arbres, plan arbre 15:100 (43 of 96);
     fauchage raisonné 15:100 (8 of 9); refuge LPO, faune sauvage, villes et villages fleuris
     (fleuri 17 of 90), ENS 15:100; parcs et jardins 15:70;11:30 (65 of 459); zoo and jardin
     botanique 15:80;11:20 (5 of 9); ONF and forêt communale 15:70;13:30 (17 of 48);
  8. ZAE and aire de camping-car 8:80;11:20 (13 of 32, 2 of 6: the camping-car rows are 4 at
     8:70;11:30, but camping 10 of 18 and fonction 633 give 8:80;11:20); aides à l'immobilier
     d'entreprise, aides aux entreprises, SRDEII, marketing territorial, artisanat, chambres
     8:100 (entreprise 31 of 65, chambre 5 of 19); foires et marchés 8:85;11:15 (27); commerce
     de proximité and petites villes de demain 8:70;11:30 (commerce 14 of 43, revitalisation 4
     of 22); ACI, contrats and emplois aidés, ESS, insertion of RSA recipients, CER 8:70;10:30
     (insertion 24 of 53, contrats aidés 3/3, ESS 2/2); formation professionnelle 4:70;8:30
     (7/7 and fonction 25);
  9. zones blanches, technopole, transfert de technologie 9:100; enseignement supérieur
     9:60;4:40 (16 of 21);
  4. écoles numériques and ENT 4:70;9:30 (3 of 8); dotation des collèges, PEDT, TAP, soutien
     scolaire, classes transplantées, RAM 4:100 (périscolaire 24 of 80, aide aux devoirs 15 of
     16); réussite éducative 4:70;10:30 (1/1); cités scolaires 4:85;11:15; ramassage scolaire
     4:70;11:30 (3/3); bibliothèque départementale, lecture publique 4:60;11:40 (41 of 66);
  10. Ad'AP 10:70;11:30 (90 of 206); intergénérationnel, politique de la ville 10:100 (jeunes
     41 of 157); prévention de la délinquance and CLSPD 16:80;10:20 (split 1/1 with 5:60;16:40:
     the codebook's security rule decides);
  11. PLU, PLUi, SCoT and their révision / modification 11:100 (24/24); aménagement urbain,
     centre bourg, ZAC 11:100; ANAH, OPAH, habitat insalubre, primo-accédants 11:100 (5 of 12;
     insalubrity 3 of 9, a weak majority); rénovation urbaine, NPNRU, ANRU 11:80;10:20 (26 of
     39); résidence sociale 11:80;1:20 (fonction 555); logement des jeunes 11:60;10:40 (1/1);
     voirie départementale, réseau routier 11:80;9:20 (29 of 55); ouvrage d'art 11:60;9:40 (15 of
     82); viabilité hivernale 11:60;13:40 (9 of 13); voies vertes, mobilité douce, mobilités
     actives 11:70;13:30 (83 of 139); transports en commun, AOM 11:80;13:20 (17 of 51, the codebook;
     18 rows at 10:70;11:30 are transport for disabled people); monument historique, petit
     patrimoine, fouilles, spectacle vivant, associations culturelles, Noël animations and
     illuminations, funérarium, pompes funèbres 11:100 (monument 9/9, musée/spectacle 60 of 81,
     cemeteries 36 of 65, fonction 025);
  16. administration, garde champêtre, vidéosurveillance, assemblies, journal municipal,
     ceremonies, participation, census, personnel, titres restaurant, action sociale du personnel,
     CNAS, COS, CNFPT, personnel insurance, PSC, prévoyance, frais de justice 16:100 (police 54 of
     69, personnel 62 of 197, assurance 29 of 51); matériel informatique 16:70;9:30 (17 of 52);
  17. coopération internationale, jumelages, contributions to regrouping bodies, FPIC, FNGIR,
     DGF, interest, financial charges, virements, autofinancement, subventions d'équipement,
     non-valeurs, taxes, CFE, FCTVA, opérations d'ordre, produit des cessions 17:100 (dette 71
     of 87, intérêts 33/33, coopération 26 of 58; land cessions are 11:100, 11 of 23, but a
     "produit des cessions" line is a financial receipt, the codebook's 17).

Five invented authorities, each naming its services its own way: Saint-Ferjus-des-Combes (a
village of ~900, short upper-case names: "MAIRIE", "CCAS", "VOIRIE"), Montavreuil (a town of
~24,000, coded services: "SCE 12 CCAS", "SCE 31 SPORTS"), the Communauté d'agglomération du Val
de Sorbe ("DGA AMENAGEMENT / VOIRIE", "DGA SOLIDARITES / COHESION SOCIALE"), the Département de
la Haute-Lirance ("DIRECTION DES SOLIDARITES", "Direction enfance famille", "DIR. DES ROUTES")
and the Région Vallons-d'Ouest ("Direction des lycées", "Direction formation et apprentissage").
Each line draws an authority that has its field; about half carry its service.

Export forms (Draws.render of generator_tools.py): upper case with the usual abbreviations (TRX,
ACQ, SUBV, FCT, AMGT, REHAB, EQUIPT, ENTR, PARTICIP, CONTRIB...), never inside the gap phrase,
mixed case with or without accents, lower case, years and budget steps (BP, DM1), operation
codes ("2019I07"), invented places and associations; some cut at 40 characters mid-word, always
after the gap phrase. About a third carry M57 codes, always agreeing with the label's main goal
(agreeing_only; natures the M57 table lacks are left out). Labels of parts A to O, of the probes
and of the brief's fragments are skipped; lines inside the part are distinct. All names of
places, people, associations, firms and services are invented.

Deterministic, stdlib only, no network:  python gen_part_p.py  ->  part_p.csv (same folder).
"""

from __future__ import annotations

from gap_part import STYLES, GapPart, name_placeholders, parse_entries
from generator_tools import part_setup, write_part, written_rows

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 1616)

# Fragments quoted in the brief of this slice: the slice writes its own lines, never these alone.
BRIEF_EXAMPLES = [
    "exclusion", "lutte contre l'exclusion", "grande exclusion", "minima sociaux", "soutien scolaire",
    "protection de l'enfance", "aide sociale à l'enfance", "monument historique", "pompes funèbres",
    "défense incendie", "hydrants", "city stade", "apiculture", "îlot de chaleur", "ANAH", "rénovation urbaine",
    "aménagement urbain", "écoles numériques", "virement à la section", "titres restaurant",
    "action sociale du personnel", "ouvrage d'art", "formation professionnelle", "conseil départemental",
    "aides ménagères", "restauration des collégiens", "bibliothèque départementale", "BP 2024", "DM1",
    "Rénovation de l'école primaire", "ISOL THERM GS PASTEUR", "Subvention CCAS", "Aménagement piste cyclable",
    "Acquisition véhicules police municipale", "VEGETALISATION DE LA VILLE", "Remboursement capital de la dette",
]

# --------------------------------------------------------------------------------------------
# the gaps: "@goal:share,goal:share" opens a label; then one gap a line:
# phrase | service field | fonctions | natures | core | core ...  (each core holds the phrase)
# --------------------------------------------------------------------------------------------

ENTRIES_SRC = """@1:80,10:20
lutte contre l'exclusion|soc|424 428|6574 611|Actions de lutte contre l'exclusion|Subvention association lutte contre l'exclusion {asso}|Plan départemental de lutte contre l'exclusion - crédits d'intervention
grande exclusion|soc|424|6574 611|Accueil de jour grande exclusion {asso}|Maraude sociale - personnes en grande exclusion|Prestations d'accompagnement des publics en grande exclusion
exclusion|soc|424 428|6574|Prévention de l'exclusion sociale - appel à projets|Subventions aux associations d'aide aux personnes en situation d'exclusion
veille sociale|soc|424|6574|Dispositif de veille sociale hivernale|Participation au SIAO et à la veille sociale (115)
@1:100
minima sociaux|soc|44 447|6511|Minima sociaux - allocations versées|Observatoire départemental des minima sociaux - étude|Accompagnement des bénéficiaires de minima sociaux
revenu de solidarité active|soc|447 44|6511|Revenu de solidarité active - allocations socle|Revenu de solidarité active : indus et remises de dettes|Contrôle du revenu de solidarité active - prestations
fonds social|soc|424 428|6511|Fonds social d'aide aux familles en difficulté|Fonds social communal - secours exceptionnels
surendettement|soc|424|6574|Prévention du surendettement - permanences {asso}|Accompagnement des ménages en surendettement
accompagnement budgétaire|soc|424|611|Ateliers d'accompagnement budgétaire des familles|Mesures d'accompagnement budgétaire (MASP)
conseillère en économie sociale et familiale|soc|424 420|6218 64111|Poste de conseillère en économie sociale et familiale|Intervention d'une conseillère en économie sociale et familiale - CCAS
sans domicile fixe|soc|424|6574|Domiciliation des personnes sans domicile fixe|Accueil des personnes sans domicile fixe - halte de nuit {lieu}
inhumation des indigents|soc|424|6518|Inhumation des indigents - frais d'obsèques|Frais d'inhumation des indigents {y}|Prise en charge de l'inhumation des indigents - convention pompes funèbres
subvention au ccas|soc|424 420|657362|Subvention au CCAS de {c}|Versement de la subvention au CCAS - solde
@1:80,11:20
fonds de solidarité logement|soc|443 424|6568|Contribution au fonds de solidarité logement|Fonds de solidarité logement - volet énergie et accès|Abondement du fonds de solidarité logement {y}
centre d'hébergement et de réinsertion sociale|soc|424|6574|Centre d'hébergement et de réinsertion sociale {lieu} - participation|Travaux au centre d'hébergement et de réinsertion sociale
@1:70,10:30
fonds d'aide aux jeunes|soc|4214 424|6511|Fonds d'aide aux jeunes - aides individuelles|Fonds d'aide aux jeunes en difficulté - abondement|Gestion du fonds d'aide aux jeunes par la mission locale
aide sociale à l'enfance|enf|4213 421|652 6522|Aide sociale à l'enfance - frais d'hébergement|Aide sociale à l'enfance : allocations mensuelles|Aide sociale à l'enfance - transports des enfants confiés|Frais de scolarité des enfants de l'aide sociale à l'enfance
protection de l'enfance|enf|4213 421|652|Schéma départemental de protection de l'enfance|Observatoire départemental de la protection de l'enfance|Cellule de recueil des informations préoccupantes - protection de l'enfance
maisons d'enfants à caractère social|enf|4213|652|Maisons d'enfants à caractère social - prix de journée|Dotation globale maisons d'enfants à caractère social {asso}
assistants familiaux|enf|4213|64111|Rémunération des assistants familiaux|Formation des assistants familiaux - {y}|Indemnités d'entretien des assistants familiaux
mineurs non accompagnés|enf|4213|652|Mise à l'abri des mineurs non accompagnés|Évaluation et accueil des mineurs non accompagnés|Hébergement des mineurs non accompagnés - marché
accueil familial|enf|4213 421|652|Placement en accueil familial - frais|Service d'accueil familial - fonctionnement
@1:60,7:40
précarité énergétique|soc|424|6511|Lutte contre la précarité énergétique - aides|Repérage de la précarité énergétique - visites à domicile|Fonds précarité énergétique - impayés
chèque énergie|soc|424|6511|Accompagnement à l'utilisation du chèque énergie|Aide complémentaire au chèque énergie
@3:60,10:40
allocation personnalisée d'autonomie|auto|43 431 432|6511|Allocation personnalisée d'autonomie à domicile|Allocation personnalisée d'autonomie en établissement - dotation globale|Contrôle d'effectivité de l'allocation personnalisée d'autonomie
aides ménagères|auto|423 4238|611 6511|Aides ménagères aux personnes âgées|Heures d'aides ménagères - participation|Service des aides ménagères du CCAS
maintien à domicile|auto|423 4238|611|Actions de maintien à domicile des personnes âgées|Maintien à domicile - aménagement du logement des seniors|Coordination gérontologique et maintien à domicile
services d'aide et d'accompagnement à domicile|auto|423 431|6568 652|Tarification des services d'aide et d'accompagnement à domicile|Services d'aide et d'accompagnement à domicile - dotation qualité
téléassistance|auto|423 4238|611|Téléassistance des personnes âgées - abonnements|Marché de téléassistance {y}
conférence des financeurs|auto|4232 423|6574|Conférence des financeurs - actions collectives de prévention|Conférence des financeurs de la prévention de la perte d'autonomie
perte d'autonomie|auto|4232|611|Prévention de la perte d'autonomie - ateliers mémoire|Ateliers équilibre - prévention de la perte d'autonomie
foyer d'accueil médicalisé|auto|425|652|Foyer d'accueil médicalisé {lieu} - prix de journée|Extension du foyer d'accueil médicalisé - subvention
@10:80,3:20
prestation de compensation du handicap|auto|425|6511|Prestation de compensation du handicap - aides humaines|Prestation de compensation du handicap : aides techniques et aménagement du logement
maison d'accueil spécialisée|auto|425|652|Maison d'accueil spécialisée {lieu} - participation|Création d'une maison d'accueil spécialisée - aide à l'investissement
établissements et services d'aide par le travail|auto|425|6574|Achats auprès des établissements et services d'aide par le travail|Convention avec les établissements et services d'aide par le travail - espaces verts
@10:100
maison départementale des personnes handicapées|auto|425|6568|Contribution au GIP maison départementale des personnes handicapées|Maison départementale des personnes handicapées - fonctionnement|Maison départementale des personnes handicapées - antenne de {c}
intergénérationnel|jeun|338 348|6574 611|Projet intergénérationnel école - résidence seniors|Animations intergénérationnelles - {y}|Jardin intergénérationnel - animation
politique de la ville|pdv|52|6574|Politique de la ville - programmation {y}|Subventions politique de la ville - associations de quartier
@2:70,11:30
agriculture urbaine|alim|6318 631|6574 2128|Projet d'agriculture urbaine - ferme {lieu}|Agriculture urbaine sur les toits - appel à projets|Création d'une micro-ferme d'agriculture urbaine
@2:60,4:40
produits biologiques|edu|281|6042 60623|Achat de produits biologiques pour la restauration scolaire|Surcoût produits biologiques - cantines|Part des produits biologiques en restauration collective - accompagnement
loi egalim|edu|281|6042|Mise en conformité loi Egalim - restauration scolaire|Diagnostic loi Egalim des cantines|Formation des cuisiniers à la loi Egalim
petit déjeuner|edu|281|60623|Petit déjeuner à l'école - écoles prioritaires|Distribution du petit déjeuner gratuit en maternelle
cantine à 1 euro|edu|281|6042|Tarification sociale des cantines - cantine à 1 euro|Compensation cantine à 1 euro - aide de l'État
@4:70,2:30
restauration des collégiens|col|221 281|6042 65511|Aide à la restauration des collégiens|Restauration des collégiens - tarification solidaire|Contrôle qualité de la restauration des collégiens
@2:70,8:30
installation agricole|agri|631 6318|6574 2042|Aide à l'installation agricole des jeunes|Installation agricole - pass installation|Point accueil installation agricole - subvention
foncier agricole|agri|631|2111|Veille sur le foncier agricole - convention SAFER|Acquisition de foncier agricole - lisière de {lieu}
espace test agricole|agri|631|6574|Espace test agricole {lieu} - animation|Création d'un espace test agricole maraîcher
chambre d'agriculture|agri|631 6318|6574|Convention avec la chambre d'agriculture - diversification|Chambre d'agriculture : programme circuits alimentaires
@2:60,13:40
calamités agricoles|agri|631|6574|Aide aux exploitants - calamités agricoles sécheresse|Fonds d'urgence calamités agricoles
@15:100
apiculture|ev|76 511|6574 2128|Soutien à l'apiculture - ruchers communaux|Apiculture : installation de ruches sur les toits de la mairie|Rucher pédagogique et apiculture - animation
plantations d'arbres|ev|511 76|2121|Programme de plantations d'arbres - {y}|Plantations d'arbres d'alignement avenue {lieu}
plan arbre|ev|511|2121|Plan arbre - plantations de la saison {y}|Mise en oeuvre du plan arbre - tranche 2
fauchage raisonné|ev|76 511|611|Fauchage raisonné des accotements|Fauchage raisonné des bords de routes départementales
refuge lpo|ev|76|6574|Labellisation refuge LPO du parc {lieu}|Convention refuge LPO - cimetière paysager
faune sauvage|ev|76|6574|Centre de soins de la faune sauvage - subvention|Passages à faune sauvage - étude
villes et villages fleuris|ev|511|6574 611|Label villes et villages fleuris - cotisation|Concours villes et villages fleuris - prix
espaces naturels sensibles|ev|76|2111 611|Acquisition espaces naturels sensibles - marais de {lieu}|Plan de gestion des espaces naturels sensibles|Taxe d'aménagement part espaces naturels sensibles
@15:70,11:30
parcs et jardins|ev|511|2128 611|Parcs et jardins - entretien des massifs|Direction des parcs et jardins - matériel horticole|Renouvellement des jeux - parcs et jardins
@15:80,11:20
jardin botanique|ev|511 76|2128|Serres du jardin botanique - rénovation|Jardin botanique {lieu} - collections végétales
zoo|ev|76|6574|Subvention au zoo {lieu}|Parc zoologique (zoo) - conservation des espèces
@15:70,13:30
office national des forêts|ev|76|611 6281|Frais de garderie office national des forêts|Office national des forêts - programme de travaux en forêt communale|Convention office national des forêts - martelage
forêt communale|ev|76|611|Forêt communale - travaux sylvicoles|Desserte de la forêt communale - piste
@3:100
contrat local de santé|sante|410 412|611 6574|Animation du contrat local de santé|Contrat local de santé - actions de prévention {y}
désert médical|sante|410 414|6574|Lutte contre le désert médical - aides à l'installation des médecins|Plan désert médical - maison de garde
bourses aux étudiants en médecine|sante|410|6513|Bourses aux étudiants en médecine - engagement d'exercice|Versement des bourses aux étudiants en médecine
santé mentale|sante|412|6574|Santé mentale - formation premiers secours|Conseil local de santé mentale - coordinateur|Semaines d'information sur la santé mentale
lutte anti vectorielle|sante|412 13|611|Lutte anti-vectorielle moustique tigre - prestations|Lutte anti vectorielle : démoustication
radon|sante|13 412|611|Mesures de radon dans les établissements recevant du public|Campagne de mesures du radon - écoles
sport santé|sport|32 412|6574|Maison sport santé - fonctionnement|Programme sport santé sur ordonnance
subventions aux associations sportives|sport|3272|6574|Subventions aux associations sportives {y}|Subventions aux associations sportives - manifestations
sport de haut niveau|sport|3271|6574|Aides individuelles - sport de haut niveau|Soutien aux clubs de sport de haut niveau - conventions
école municipale des sports|sport|32 3273|611 64131|École municipale des sports - éducateurs vacataires|Stages vacances école municipale des sports
@3:80,11:20
bruit|sante|13|611|Cartographie du bruit et plan de prévention du bruit|Lutte contre le bruit - sonomètres
nuisances sonores|sante|13|611|Nuisances sonores - médiation et mesures|Traitement des plaintes pour nuisances sonores
hygiène et salubrité|sante|13|611|Service communal d'hygiène et salubrité - fonctionnement|Hygiène et salubrité : dératisation et désinsectisation
terrain multisports|sport|325|2128 2312|Création d'un terrain multisports {lieu}|Terrain multisports - remplacement des filets
manifestations sportives|sport|326|6574|Subventions manifestations sportives - {y}|Organisation des manifestations sportives communales
@3:85,11:15
tribunes|sport|322|2313|Stade {lieu} - réfection des tribunes|Mise en sécurité des tribunes du stade
éclairage du stade|sport|322|2313 2158|Éclairage du stade {lieu} - remplacement des mâts|Réfection de l'éclairage du stade d'honneur
pumptrack|sport|325|2312 2128|Création d'une pumptrack {lieu}|Pumptrack et aire de glisse - travaux
tennis couverts|sport|321 325|2313|Construction de tennis couverts|Réfection des tennis couverts - couverture
@3:60,4:40
savoir nager|sport|282 323|611|Dispositif savoir nager - créneaux scolaires|Apprentissage savoir nager - stages d'été
@5:100
égalité entre les femmes et les hommes|egal|341|6574 611|Plan d'action égalité entre les femmes et les hommes|Rapport sur l'égalité entre les femmes et les hommes - {y}|Subventions égalité entre les femmes et les hommes
@5:80,16:20
centre d'information sur les droits des femmes et des familles|egal|341|6574|Subvention au centre d'information sur les droits des femmes et des familles|Permanences juridiques du centre d'information sur les droits des femmes et des familles
@5:60,1:40
hébergement des femmes victimes|egal|341|6574|Hébergement des femmes victimes de violences - logements relais|Mise à l'abri et hébergement des femmes victimes - nuitées
@6:100
réseaux d'eaux usées|eau|733 73|21532 2315|Réhabilitation des réseaux d'eaux usées rue {lieu}|Extension des réseaux d'eaux usées - hameau de {lieu}|Inspection télévisée des réseaux d'eaux usées
assainissement collectif|eau|733|2315|Schéma directeur d'assainissement collectif|Raccordements à l'assainissement collectif - {lieu}
assainissement non collectif|eau|733|611|Contrôle de l'assainissement non collectif|Aides à la réhabilitation de l'assainissement non collectif
service public d'assainissement non collectif|eau|733|611|Service public d'assainissement non collectif - diagnostics|Redevance du service public d'assainissement non collectif
poste de relevage|eau|733|21532 2315|Poste de relevage {lieu} - remplacement des pompes|Télésurveillance du poste de relevage
réseau d'adduction|eau|732|21531|Renouvellement du réseau d'adduction d'eau potable|Réseau d'adduction - renforcement secteur {lieu}
périmètres de protection|eau|732|2031 2111|Périmètres de protection du captage de {lieu}|Acquisitions dans les périmètres de protection des captages
schéma d'aménagement et de gestion des eaux|eau|731|6568|Schéma d'aménagement et de gestion des eaux - cotisation|Révision du schéma d'aménagement et de gestion des eaux
redevance pollution|eau|731 733|701249 6371|Redevance pollution - agence de l'eau|Reversement redevance pollution domestique
syndicat des eaux|eau|732|6561|Participation au syndicat des eaux de {lieu}|Syndicat des eaux - travaux de renforcement
@6:70,15:30
restauration des cours d'eau|eau|731|2315 611|Restauration des cours d'eau - renaturation du ruisseau de {lieu}|Programme pluriannuel de restauration des cours d'eau
contrat de rivière|eau|731|6574 611|Contrat de rivière {lieu} - animation|Actions du contrat de rivière - tranche {y}
@16:70,13:30
défense incendie|secu|12|21568 2156|Défense incendie - citerne souple hameau {lieu}|Renforcement de la défense incendie - {lieu}|Défense incendie : contrôle des points d'eau
hydrants|secu|12|2156 611|Contrôle des hydrants {y}|Remplacement des hydrants hors service|Hydrants - peinture et signalisation
bornes incendie|secu|12|2156|Remplacement des bornes incendie - {lieu}|Bornes incendie : vérification annuelle
réserve incendie|secu|12|2156|Création d'une réserve incendie - {lieu}|Réserve incendie enterrée - travaux
@7:100
conseil en énergie partagé|ener|75 758|6281 611|Adhésion au service conseil en énergie partagé|Conseil en énergie partagé - bilan énergétique des bâtiments
achat d'énergie|ener|75|60612|Groupement d'achat d'énergie - électricité|Achat d'énergie : gaz naturel des bâtiments communaux
@7:80,13:20
économies d'énergie|ener|75 758|2313|Travaux d'économies d'énergie - bâtiments communaux|Certificats d'économies d'énergie - valorisation|Plan d'économies d'énergie - sobriété hivernale
énergies renouvelables|ener|75 758|6574 2041|Fonds énergies renouvelables - aides aux particuliers|Schéma directeur des énergies renouvelables
hydrogène|ener|758|2041|Station hydrogène - participation|Bus à hydrogène - étude de faisabilité
@13:60,11:20,15:20
îlot de chaleur|clim|71|2128 611|Lutte contre l'îlot de chaleur urbain - place {lieu}|Cartographie îlot de chaleur urbain|Îlot de chaleur : désimperméabilisation de la cour
@13:70,16:30
risques majeurs|clim|18 71|611|Information préventive sur les risques majeurs|Exercice de simulation risques majeurs
document d'information communal sur les risques majeurs|clim|18|6236|Document d'information communal sur les risques majeurs - impression|Mise à jour du document d'information communal sur les risques majeurs
sirène|clim|18|2188|Sirène d'alerte - raccordement au SAIP|Remplacement de la sirène de la mairie
@13:60,15:40
feux de forêt|clim|18 76|611|Prévention des feux de forêt - débroussaillement|Patrouilles de surveillance des feux de forêt
@13:80,11:20
catastrophe naturelle|clim|71|2315|Travaux de réparation suite à catastrophe naturelle|Demande de reconnaissance catastrophe naturelle - expertise
@12:100
plastique|dech|7211|611|Réduction du plastique dans les services - gourdes|Zéro plastique jetable en restauration municipale|Collecte et recyclage des films plastique agricoles
incinération|dech|721|611|Incinération des ordures ménagères - contribution|Usine d'incinération - traitement des déchets|Valorisation des mâchefers d'incinération
@14:60,13:40
recul du trait de côte|mer|56|2031 611|Stratégie locale face au recul du trait de côte|Relocalisation des biens menacés par le recul du trait de côte|Observatoire du recul du trait de côte - relevés
@14:100
aire marine protégée|mer|56|6574|Aire marine protégée - suivi des herbiers|Gestion de l'aire marine protégée - balisage|Sentier sous-marin de l'aire marine protégée
@8:80,11:20
zone d'activité économique|eco|61 60|2312|Zone d'activité économique de {lieu} - viabilisation|Extension de la zone d'activité économique|Requalification de la zone d'activité économique
aire de camping car|eco|633|2312|Création d'une aire de camping-car - {lieu}|Aire de camping car : borne de services
@8:100
aide à l'immobilier d'entreprise|eco|61|2042|Aide à l'immobilier d'entreprise - {entr}|Règlement d'aide à l'immobilier d'entreprise
schéma régional de développement économique|eco|60|611|Schéma régional de développement économique - élaboration|Suivi du schéma régional de développement économique
aides aux entreprises|eco|61|2042|Aides aux entreprises - fonds de prêts d'honneur|Aides aux entreprises : prêts rebond
marketing territorial|eco|64 60|6231|Marketing territorial - campagne d'attractivité|Marque de marketing territorial {c}
artisanat|eco|63 632|6574|Soutien à l'artisanat local|Salon de l'artisanat d'art
chambre de commerce|eco|62|6574|Convention avec la chambre de commerce et d'industrie|Chambre de commerce : accompagnement des créateurs
chambre des métiers|eco|62|6574|Chambre des métiers et de l'artisanat - convention|Partenariat chambre des métiers - apprentissage
@8:85,11:15
foires et marchés|eco|6312|611 2128|Foires et marchés - placiers|Règlement des foires et marchés|Équipement des foires et marchés - barnums
@8:70,11:30
commerce de proximité|eco|61|6574 2042|Aides au commerce de proximité - vitrines|Fonds de soutien au commerce de proximité|Animation du commerce de proximité
petites villes de demain|eco|61 515|64131 611|Chef de projet petites villes de demain|Programme petites villes de demain - études
@8:70,10:30
atelier chantier d'insertion|emploi|65|6574|Atelier chantier d'insertion - entretien des berges|Subvention atelier chantier d'insertion {asso}
contrats aidés|emploi|65|64168|Contrats aidés - rémunérations|Contrats aidés (PEC) - aide de l'État
emplois aidés|emploi|65|64168|Emplois aidés : parcours emploi compétences|Rémunération des emplois aidés
économie sociale et solidaire|emploi|65|6574|Soutien à l'économie sociale et solidaire|Appel à projets économie sociale et solidaire
insertion des bénéficiaires du RSA|emploi|444|6574|Insertion des bénéficiaires du RSA - plan départemental|Parcours d'insertion des bénéficiaires du RSA - référents
contrat d'engagement réciproque|emploi|444|611|Contrat d'engagement réciproque - accompagnement|Bénéficiaires RSA - contrat d'engagement réciproque
@4:70,8:30
formation professionnelle|form|25 252|6574 6517|Formation professionnelle des demandeurs d'emploi|Programme régional de formation professionnelle|Formation professionnelle - rémunération des stagiaires
@9:100
zones blanches|num|57|2041|Résorption des zones blanches de téléphonie mobile|Pylône zones blanches - {lieu}
technopole|num|67|6574|Subvention à la technopole {lieu}|Technopole - animation des start-up
transfert de technologie|num|67|6574|Centre de transfert de technologie - subvention|Transfert de technologie vers les PME
@9:60,4:40
enseignement supérieur|num|23|2041|Schéma local de l'enseignement supérieur|Enseignement supérieur - antenne universitaire de {c}
@4:70,9:30
écoles numériques|edu|212 21|2183|Plan écoles numériques - tablettes|Écoles numériques : vidéoprojecteurs interactifs|Écoles numériques rurales - équipement
environnement numérique de travail|col|221 222|6156|Environnement numérique de travail des collèges|Environnement numérique de travail - licences
@4:100
dotation de fonctionnement des collèges|col|221|65511|Dotation de fonctionnement des collèges publics|Dotation de fonctionnement des collèges privés
projet éducatif territorial|edu|28 288|611|Projet éducatif territorial - coordination|Actions du projet éducatif territorial
temps d'activités périscolaires|edu|28|611|Temps d'activités périscolaires - intervenants|Temps d'activités périscolaires : matériel
soutien scolaire|edu|288 28|6574|Soutien scolaire - subvention {asso}|Dispositif de soutien scolaire gratuit|Soutien scolaire en ligne - abonnement
classes transplantées|edu|284|6574 611|Classes transplantées - séjours des écoles|Participation aux classes transplantées
relais assistantes maternelles|pe|4228|611|Relais assistantes maternelles - animation|Relais assistantes maternelles itinérant
@4:70,10:30
réussite éducative|edu|28|6574|Dispositif de réussite éducative - parcours individualisés|Réussite éducative : orthophonie et soutien
programme de réussite éducative|edu|28|6574|Programme de réussite éducative - {y}|Coordination du programme de réussite éducative
@4:85,11:15
cités scolaires|col|24|2313|Cités scolaires - rénovation du bâtiment externat|Cités scolaires : mise en accessibilité des sanitaires
@4:70,11:30
ramassage scolaire|edu|81|6247|Ramassage scolaire - circuits communaux|Ramassage scolaire : accompagnatrices des cars
@4:60,11:40
bibliothèque départementale|lect|313|6065|Bibliothèque départementale - acquisitions de documents|Navette de la bibliothèque départementale|Formation des bénévoles par la bibliothèque départementale
lecture publique|lect|313|6065 611|Schéma de la lecture publique - animations|Réseau de lecture publique - catalogue commun
@10:70,11:30
agenda d'accessibilité programmée|pdv|0 020|2313|Agenda d'accessibilité programmée - tranche {y}|Travaux de l'agenda d'accessibilité programmée - mairie
@16:80,10:20
prévention de la délinquance|secu|11 10|6574|Fonds de prévention de la délinquance|Stratégie de prévention de la délinquance - actions
conseil local de sécurité et de prévention de la délinquance|secu|11|611|Conseil local de sécurité et de prévention de la délinquance - animation|Séance plénière du conseil local de sécurité et de prévention de la délinquance
@11:100
plan local d'urbanisme|urba|510 51|202|Révision du plan local d'urbanisme|Plan local d'urbanisme : modification simplifiée|Plan local d'urbanisme - frais d'enquête publique
plan local d'urbanisme intercommunal|urba|510|202|Élaboration du plan local d'urbanisme intercommunal|Plan local d'urbanisme intercommunal - concertation
schéma de cohérence territoriale|urba|510 58|202 6558|Schéma de cohérence territoriale - révision|Participation au syndicat du schéma de cohérence territoriale
révision du plu|urba|510|202|Révision du PLU - bureau d'études|Révision du PLU : évaluation environnementale
modification du plu|urba|510|202|Modification du PLU n°3|Modification du PLU - publicité légale
aménagement urbain|urba|515 51|2312|Aménagement urbain rue {lieu}|Études d'aménagement urbain du centre-ville
aménagement du centre bourg|urba|515|2312|Aménagement du centre bourg - 2e tranche|Aménagement du centre bourg : maîtrise d'oeuvre
zone d'aménagement concerté|urba|515|2312|Zone d'aménagement concerté {lieu} - participation|Création de la zone d'aménagement concerté - études
agence nationale de l'habitat|hab|55|2042|Aides complémentaires agence nationale de l'habitat|Convention avec l'agence nationale de l'habitat
opération programmée d'amélioration de l'habitat|hab|55|2042 611|Opération programmée d'amélioration de l'habitat - suivi-animation|Opération programmée d'amélioration de l'habitat : aides aux propriétaires
lutte contre l'habitat insalubre|hab|55 13|611|Lutte contre l'habitat insalubre - travaux d'office|Lutte contre l'habitat insalubre : diagnostics
primo accédants|hab|553|2042|Aides aux primo-accédants|Prime primo accédants - centre ancien
petit patrimoine|pat|312|2313|Restauration du petit patrimoine - lavoir de {lieu}|Petit patrimoine : croix et calvaires
monument historique|pat|312|2313 2161|Église classée monument historique - restauration|Monument historique - étude de diagnostic|Travaux sur monument historique inscrit
fouilles archéologiques|pat|318|611|Fouilles archéologiques préventives - {lieu}|Fouilles archéologiques : rapport
spectacle vivant|cult|316|6574|Soutien au spectacle vivant - compagnies|Spectacle vivant : saison {y}|Aide à la création spectacle vivant
associations culturelles|cult|31|6574|Subventions aux associations culturelles|Associations culturelles : aides aux projets
animations de noël|cult|024|611|Animations de noël - marché et patinoire|Animations de noël {y}
illuminations de noël|cult|024|611 2188|Illuminations de noël - location et pose|Achat d'illuminations de noël
funérarium|fun|025|2313|Funérarium municipal - réfection|Gestion du funérarium - délégation
pompes funèbres|fun|025|611|Régie municipale des pompes funèbres - fournitures|Pompes funèbres : cercueils et transports
@11:80,10:20
rénovation urbaine|urba|52 515|2312 2041|Rénovation urbaine du quartier {lieu}|Projet de rénovation urbaine : démolitions|Rénovation urbaine - relogement des habitants
nouveau programme national de renouvellement urbain|urba|52|2312|Nouveau programme national de renouvellement urbain - {lieu}|Convention nouveau programme national de renouvellement urbain
agence nationale pour la rénovation urbaine|urba|52|2312|Subvention de l'agence nationale pour la rénovation urbaine - aménagements|Opérations financées par l'agence nationale pour la rénovation urbaine
@11:80,1:20
résidence sociale|hab|555|2042|Résidence sociale {lieu} - garantie et subvention|Construction d'une résidence sociale - aide à la pierre
@11:60,10:40
logement des jeunes|hab|55|2042|Logement des jeunes - foyer de jeunes travailleurs|Aide au logement des jeunes apprentis
@11:80,9:20
voirie départementale|voi|843|2151|Voirie départementale - renforcement de chaussée|Programme de voirie départementale {y}|Voirie départementale : RD {rd}
réseau routier|voi|843 845|2151|Entretien du réseau routier - enduits|Schéma du réseau routier départemental
@11:60,9:40
ouvrage d'art|voi|843 845|2151|Ouvrage d'art - pont de {lieu}|Réparation de l'ouvrage d'art sur le ruisseau|Inspection détaillée ouvrage d'art
@11:60,13:40
viabilité hivernale|voi|843|611 6063|Viabilité hivernale - sel de déneigement|Viabilité hivernale : astreintes
@11:70,13:30
voies vertes|mob|845 82|2151|Aménagement des voies vertes - {lieu}|Voies vertes : signalétique
mobilité douce|mob|845|2151|Liaison mobilité douce entre le bourg et {lieu}|Mobilité douce : passerelle piétons cycles
mobilités actives|mob|82|611|Schéma des mobilités actives|Plan mobilités actives : stationnement vélo
@11:80,13:20
transports en commun|mob|82 820|611 6558|Transports en commun - contribution|Gratuité des transports en commun - jeunes
autorité organisatrice de la mobilité|mob|82|611|Prise de compétence autorité organisatrice de la mobilité|Autorité organisatrice de la mobilité : plan de mobilité
@16:100
administration générale|adm|020|611|Administration générale - fournitures|Administration générale : frais postaux
garde champêtre|secu|11|64111|Garde champêtre - équipement|Garde champêtre intercommunal - participation
vidéosurveillance|secu|11|2188|Extension de la vidéosurveillance - {lieu}|Maintenance vidéosurveillance
conseil départemental|adm|031|6531|Indemnités des membres du conseil départemental|Conseil départemental - sessions et commissions
conseil régional|adm|031|6531|Indemnités des élus du conseil régional|Conseil régional - frais de séance
assemblée délibérante|adm|031|6531|Frais de fonctionnement de l'assemblée délibérante|Formation des membres de l'assemblée délibérante
journal municipal|adm|023|6236|Journal municipal - impression {y}|Distribution du journal municipal
cérémonies patriotiques|adm|024|6232|Cérémonies patriotiques - gerbes|Cérémonies patriotiques : vin d'honneur
démocratie participative|adm|020 348|611|Démocratie participative - assises|Plateforme de démocratie participative
recensement de la population|adm|020|64131|Recensement de la population - agents recenseurs|Recensement de la population {y}
charges de personnel|rh|021 020|64111|Charges de personnel - titulaires|Évolution des charges de personnel - GVT
titres restaurant|rh|021|6475 64731|Titres restaurant des agents|Titres restaurant - part employeur
action sociale du personnel|rh|021|6474|Action sociale du personnel - prestations|Action sociale du personnel : aides aux vacances
comité national d'action sociale|rh|021|6474|Cotisation comité national d'action sociale|Adhésion au comité national d'action sociale {y}
comité des oeuvres sociales|rh|021|6574|Subvention au comité des oeuvres sociales|Comité des oeuvres sociales du personnel
centre national de la fonction publique territoriale|rh|021|6336|Cotisation centre national de la fonction publique territoriale|Formations payantes centre national de la fonction publique territoriale
assurance du personnel|rh|021|6455|Assurance du personnel - risques statutaires|Contrat d'assurance du personnel
protection sociale complémentaire|rh|021|6458|Protection sociale complémentaire - santé|Participation protection sociale complémentaire
prévoyance|rh|021|6458|Participation employeur prévoyance|Contrat de prévoyance maintien de salaire
frais de justice|adm|020|6227|Frais de justice - contentieux urbanisme|Frais de justice et d'huissiers
@16:70,9:30
matériel informatique|dsi|020|2183|Matériel informatique des services|Acquisition de matériel informatique - écoles et mairie
@17:100
coopération internationale|coop|04 045|6574|Coopération internationale - projets eau|Subvention coopération internationale {asso}
jumelages|coop|04 048|6574|Jumelages - accueil des délégations|Comité des jumelages - subvention
contributions aux organismes de regroupement|fin|01|6554|Contributions aux organismes de regroupement|Contributions aux organismes de regroupement - SIVU
fonds de péréquation des ressources intercommunales et communales|fin|01|739223|Fonds de péréquation des ressources intercommunales et communales - prélèvement|Reversement au fonds de péréquation des ressources intercommunales et communales
fonds national de garantie individuelle des ressources|fin|01|739221|Fonds national de garantie individuelle des ressources|Prélèvement fonds national de garantie individuelle des ressources
dotation globale de fonctionnement|fin|01|7411|Dotation globale de fonctionnement - dotation forfaitaire|Dotation globale de fonctionnement {y}
intérêts de la dette|fin|01|66111|Intérêts de la dette - emprunts à taux fixe|Intérêts de la dette : échéances {y}
frais financiers|fin|01|6688|Frais financiers - commissions de non-utilisation|Frais financiers sur lignes de trésorerie
virement à la section d'investissement|fin|01||Virement à la section d'investissement|Virement à la section d'investissement - BP
virement à la section de fonctionnement|fin|01||Virement à la section de fonctionnement - DM1|Virement à la section de fonctionnement (recette)
autofinancement|fin|01||Autofinancement prévisionnel|Autofinancement complémentaire
subventions d'équipement|fin|01|204|Subventions d'équipement versées|Subventions d'équipement aux organismes publics
créances admises en non valeur|fin|01|6541|Créances admises en non-valeur|Créances admises en non valeur - {y}
créances irrécouvrables|fin|01|6542|Créances irrécouvrables éteintes|Créances irrécouvrables : effacement de dettes
taxe d'habitation|fin|01|73111|Taxe d'habitation sur les résidences secondaires|Taxe d'habitation - rôles supplémentaires
cotisation foncière des entreprises|fin|01|73112|Cotisation foncière des entreprises|Cotisation foncière des entreprises : produit
fonds de compensation de la tva|fin|01|10222|Fonds de compensation de la TVA|Fonds de compensation de la TVA - fonctionnement
opérations d'ordre|fin|01|6811|Opérations d'ordre de transfert entre sections|Opérations d'ordre - amortissements
produit des cessions|fin|01|775|Produit des cessions d'immobilisations|Produit des cessions - terrains
"""


ENTRIES = parse_entries(ENTRIES_SRC)

# --------------------------------------------------------------------------------------------
# invented authorities: service field -> the names its exports give
# --------------------------------------------------------------------------------------------

AUTHS = {
    "SFC": {  # Saint-Ferjus-des-Combes, a village of ~900
        "soc": ["CCAS", "MAIRIE - CCAS"], "auto": ["CCAS"], "edu": ["ECOLE", "CANTINE"], "sport": ["SPORTS"],
        "eau": ["EAU ASSAINISSEMENT", "EAU"], "secu": ["SECURITE", "MAIRIE"], "ener": ["BATIMENTS"],
        "clim": ["MAIRIE"], "ev": ["ESPACES VERTS", "FORET"], "urba": ["URBANISME"], "voi": ["VOIRIE"],
        "pat": ["PATRIMOINE"], "cult": ["FETES ET CEREMONIES"], "fun": ["CIMETIERE"], "adm": ["MAIRIE", "SECRETARIAT"],
        "rh": ["PERSONNEL"], "dsi": ["MAIRIE"], "fin": ["FINANCES", "BUDGET"], "agri": ["MAIRIE"], "eco": ["MAIRIE"],
    },
    "MTV": {  # Montavreuil, a town of ~24,000
        "soc": ["SCE 12 CCAS", "SCE 12 ACTION SOCIALE"], "auto": ["SCE 13 SENIORS"], "alim": ["SCE 41 ESPACES VERTS"],
        "edu": ["SCE 21 EDUCATION", "SCE 22 RESTAURATION SCOLAIRE"], "pe": ["SCE 24 PETITE ENFANCE"],
        "sport": ["SCE 31 SPORTS"], "sante": ["SCE 14 SANTE PUBLIQUE", "SCE 15 HYGIENE"], "egal": ["SCE 16 EGALITE"],
        "eau": ["SCE 45 EAU"], "secu": ["SCE 05 POLICE MUNICIPALE", "SCE 06 PREVENTION"], "ener": ["SCE 47 ENERGIE"],
        "clim": ["SCE 48 TRANSITION ECOLOGIQUE"], "dech": ["SCE 46 PROPRETE"], "ev": ["SCE 41 ESPACES VERTS"],
        "eco": ["SCE 61 COMMERCE", "SCE 60 DEVELOPPEMENT ECONOMIQUE"], "emploi": ["SCE 62 EMPLOI"],
        "num": ["SCE 63 ECONOMIE NUMERIQUE"], "cult": ["SCE 33 CULTURE", "SCE 34 ANIMATION"],
        "lect": ["SCE 35 MEDIATHEQUE"], "pdv": ["SCE 17 POLITIQUE DE LA VILLE"], "jeun": ["SCE 25 JEUNESSE"],
        "urba": ["SCE 51 URBANISME"], "hab": ["SCE 52 HABITAT"], "voi": ["SCE 53 VOIRIE"], "mob": ["SCE 54 MOBILITES"],
        "pat": ["SCE 36 PATRIMOINE"], "fun": ["SCE 03 CIMETIERES"], "adm": ["SCE 01 DIRECTION GENERALE", "SCE 02 ETAT CIVIL"],
        "rh": ["SCE 07 RESSOURCES HUMAINES"], "dsi": ["SCE 08 SYSTEMES D'INFORMATION"], "fin": ["SCE 09 FINANCES"],
        "coop": ["SCE 04 RELATIONS INTERNATIONALES"],
    },
    "VSO": {  # Communauté d'agglomération du Val de Sorbe
        "soc": ["DGA SOLIDARITES / COHESION SOCIALE"], "emploi": ["DGA DEVELOPPEMENT / EMPLOI INSERTION"],
        "eau": ["DGA ENVIRONNEMENT / CYCLE DE L'EAU", "DGA ENVIRONNEMENT / GEMAPI"], "dech": ["DGA ENVIRONNEMENT / DECHETS"],
        "ener": ["DGA ENVIRONNEMENT / PCAET"], "clim": ["DGA ENVIRONNEMENT / PCAET"], "ev": ["DGA ENVIRONNEMENT / BIODIVERSITE"],
        "eco": ["DGA DEVELOPPEMENT / ECONOMIE", "DGA DEVELOPPEMENT / TOURISME"], "num": ["DGA DEVELOPPEMENT / NUMERIQUE"],
        "agri": ["DGA DEVELOPPEMENT / AGRICULTURE"], "alim": ["DGA DEVELOPPEMENT / PROJET ALIMENTAIRE"],
        "urba": ["DGA AMENAGEMENT / URBANISME", "DGA AMENAGEMENT / RENOUVELLEMENT URBAIN"], "hab": ["DGA AMENAGEMENT / HABITAT"],
        "voi": ["DGA AMENAGEMENT / VOIRIE"], "mob": ["DGA AMENAGEMENT / MOBILITES"], "pdv": ["DGA SOLIDARITES / POLITIQUE DE LA VILLE"],
        "lect": ["DGA CULTURE / RESEAU DES MEDIATHEQUES"], "cult": ["DGA CULTURE / SPECTACLE VIVANT"],
        "sport": ["DGA SPORTS / EQUIPEMENTS AQUATIQUES"], "adm": ["DGA RESSOURCES / ASSEMBLEES"],
        "rh": ["DGA RESSOURCES / RH"], "dsi": ["DGA RESSOURCES / DSI MUTUALISEE"], "fin": ["DGA RESSOURCES / FINANCES"],
        "secu": ["DGA RESSOURCES / PREVENTION"],
    },
    "HLI": {  # Département de la Haute-Lirance
        "soc": ["DIRECTION DES SOLIDARITES", "DIRECTION INSERTION ET LOGEMENT"], "enf": ["Direction enfance famille", "DIRECTION DES SOLIDARITES"],
        "auto": ["Direction de l'autonomie", "DIRECTION DES SOLIDARITES"], "sante": ["Direction de la santé publique"],
        "egal": ["Mission égalité"], "emploi": ["DIRECTION INSERTION ET LOGEMENT"], "col": ["DIR. DE L'EDUCATION - COLLEGES"],
        "edu": ["DIR. DE L'EDUCATION - COLLEGES"], "lect": ["Bibliothèque départementale de prêt"], "voi": ["DIR. DES ROUTES", "Agence routière de Sorbe"],
        "mob": ["DIR. DES ROUTES"], "ev": ["Service des espaces naturels"], "eau": ["Service de l'eau et des rivières"],
        "agri": ["Direction agriculture et forêt"], "clim": ["Mission transition climatique"], "pat": ["Archives et patrimoine"],
        "cult": ["Direction de la culture"], "sport": ["Service des sports"], "hab": ["DIRECTION INSERTION ET LOGEMENT"],
        "adm": ["Direction des assemblées", "Cabinet du président"], "rh": ["Direction des ressources humaines"],
        "dsi": ["Direction du numérique"], "num": ["Direction du numérique"], "fin": ["Direction des finances"],
        "coop": ["Service des relations internationales"], "secu": ["Direction des assemblées"],
    },
    "RVO": {  # Région Vallons-d'Ouest
        "form": ["Direction formation et apprentissage"], "emploi": ["Direction formation et apprentissage"],
        "eco": ["Direction de l'économie", "Direction de l'attractivité"], "num": ["Direction enseignement supérieur et recherche", "Direction du numérique"],
        "col": ["Direction des lycées"], "agri": ["Direction agriculture"], "ener": ["Direction énergie climat"],
        "clim": ["Direction énergie climat"], "mer": ["Direction de la mer et du littoral"], "mob": ["Direction des transports"],
        "ev": ["Direction biodiversité"], "cult": ["Direction de la culture"], "adm": ["Direction des assemblées"],
        "rh": ["Direction des ressources humaines"], "fin": ["Direction des finances"], "coop": ["Direction des affaires européennes et internationales"],
        "sante": ["Direction santé"], "egal": ["Mission égalité"],
    },
}
# a few lines fit some authorities only (a collège is the département's, a PLU a commune's)
ONLY = {
    "enf": ("HLI",), "col": ("HLI",), "form": ("RVO",), "mer": ("RVO", "VSO"),
}

# --------------------------------------------------------------------------------------------
# invented names and the export forms
# --------------------------------------------------------------------------------------------

PLACES = ["Ormeaux-Bas", "Fontrouge", "Pech-Marnal", "Grave-Basse", "Combelongue", "Aubrières",
          "Champ-Fleuri", "Sauvetat-Haute", "Verdaval", "Moulin-Neuf", "Lirac-le-Haut", "Peyrade"]
TOWNS = ["Montavreuil", "Saint-Ferjus", "Sorbe-la-Ville", "Lirance", "Vaubrenac"]
ASSOS = ["Le Fil d'Ariane", "Main Tendue", "Horizons Solidaires", "Les Passerelles", "Terre d'Accueil",
         "Cap Avenir", "La Courte Échelle"]
FIRMS = ["SAS Menuiseries Fabrègue", "SARL Ateliers du Lirac", "Biolabs Sorbe", "Fonderie Marnal"]
YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]
ABBREV = [
    ("TRAVAUX", ["TRX", "TVX"]), ("ACQUISITION", ["ACQ", "ACQUIS"]), ("SUBVENTION", ["SUBV", "SUBV."]),
    ("SUBVENTIONS", ["SUBV", "SUBVS"]), ("FONCTIONNEMENT", ["FCT", "FONCT"]), ("AMENAGEMENT", ["AMGT", "AMENAG"]),
    ("REHABILITATION", ["REHAB"]), ("EQUIPEMENT", ["EQUIPT", "EQPT"]), ("ENTRETIEN", ["ENTR", "ENTRET"]),
    ("PARTICIPATION", ["PARTICIP", "PART"]), ("CONTRIBUTION", ["CONTRIB"]), ("ASSOCIATIONS", ["ASSOS", "ASS."]),
    ("ASSOCIATION", ["ASSO"]), ("REMPLACEMENT", ["REMPLT", "REMPL"]), ("RENOUVELLEMENT", ["RENOUV"]),
    ("CREATION", ["CREAT"]), ("RENOVATION", ["RENOV"]), ("PROGRAMME", ["PROG", "PRGM"]), ("MAINTENANCE", ["MAINT"]),
    ("PRESTATIONS", ["PREST"]), ("COMMUNAUX", ["COM", "COMM"]), ("DEPARTEMENTAL", ["DEPTAL", "DEP"]),
    ("ACCOMPAGNEMENT", ["ACCOMP", "ACCOMPAG"]), ("ETUDE", ["ETU"]), ("ETUDES", ["ETUD"]), ("REFECTION", ["REFECT"]),
    ("CONSTRUCTION", ["CONSTR", "CONST"]), ("FORMATION", ["FORM"]), ("COTISATION", ["COTIS", "COTIS."]),
]


def opcode(upper: bool) -> str:
    y = draw.pick(YEARS)
    n = draw.rng.randint(1, 40)
    return draw.pick([f"{y}I{n:02d} ", f"OP {y}-{n:03d} ", f"{y[2:]}-{n:02d} - "]) if upper else f"Op. {y}-{n:03d} "

PLACEHOLDERS = {**name_placeholders(draw, PLACES, TOWNS, ASSOS, YEARS, entr=FIRMS),
                "rd": lambda: str(draw.rng.randint(2, 960))}
GAPS = GapPart(draw, ENTRIES, AUTHS, ONLY, places=PLACES, towns=TOWNS, years=YEARS, abbrev=ABBREV,
               styles=STYLES, placeholders=PLACEHOLDERS, opcode=opcode, tranches=4, closing="solde",
               code_rate=0.4, retries=1, drop_lost=False)

def main() -> None:
    write_part(GAPS.plan(), OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)
    rows = written_rows(OUT)
    print(f"{len(ENTRIES)} gap phrases, {len(rows)} rows checked")


if __name__ == "__main__":
    main()
