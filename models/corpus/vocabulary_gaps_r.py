# ruff: noqa: E501
"""Round 2 of the vocabulary gaps: count, in the folded libellés of corpus parts A-Q, how often
each of 1211 further phrases French local budgets commonly write occurs (word-boundary match).
None of them is a phrase of round 1 (vocabulary_gaps.py, which part P filled); phrases met fewer
than 3 times are the gaps part R (gen_part_r.py) fills. Concrete objects and works (abribus,
sanisette, coussins berlinois, dégrilleur, calorifugeage...), services and schemes (curatelle,
CCAPEX, BAFA, semaine bleue...), operating natures (frais de télécommunications, taxes foncières,
concours divers...) and finance lines (atténuations de produits, dégrèvements, report à nouveau...).
Prints phrase and count, gaps first:  python3 vocabulary_gaps_r.py"""

from __future__ import annotations

import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
sys.path.insert(0, str(CORPUS))

from vocabulary_gaps import count, labels_of, report, split_phrases  # noqa: E402

PARTS = "abcdefghijklmnopq"

PHRASES = """
abribus|abri voyageurs|sanisette|toilettes publiques|bornes escamotables|bornes amovibles|potelets|barrières de ville|coussins berlinois
plateau surélevé|chicane|passerelle|passerelle piétonne|mur de soutènement|murets|enduits superficiels|point à temps|emplois partiels|nids de poule
bordures|caniveaux|grilles avaloirs|avaloirs|regards|tampons de voirie|curage des fossés|fossés|busage|buses|fauchage|débroussaillage|épareuse
désherbage thermique|désherbage mécanique|balayage mécanique|balayeuse|laveuse|aspiratrice de feuilles|ramassage des feuilles|nettoiement
propreté urbaine|corbeilles de propreté|canisettes|déjections canines|tags|graffitis|affichage sauvage|noue|noues|tranchée drainante|puisard
déversoir d'orage|réseau unitaire|mise en conformité des branchements|branchements|compteurs d'eau|télérelève|renouvellement des canalisations|fuites
recherche de fuites|rendement de réseau|surpresseur|forage|unité de potabilisation|chloration|traitement UV|lagune|lagunage|filtres plantés de roseaux
épandage des boues|curage des réseaux|hydrocurage|inspection télévisée|dégrilleur|chaufferie|CTA|centrale de traitement d'air|sous-station|VMC
ventilation double flux|régulation du chauffage|gestion technique centralisée|GTC|GTB|calorifugeage|désembouage|climatisation|rafraîchissement
ombrières|brise-soleil|stores extérieurs|volets roulants|toiture végétalisée|préau|dortoir|self|office de restauration|tisanerie|salle de motricité
salle des maîtres|sanitaires|cour de récréation|jeux de cour|classe mobile|bâtiment modulaire|modulaires|RASED|ATSEM|AESH|classes de neige
sorties scolaires|voyages scolaires|manuels scolaires|dotation des collèges|transport des élèves|cantine|goûter|colonie|colonies de vacances|séjours
mini séjours|chantiers jeunes|BAFA|BAFD|CLAS|contrat local d'accompagnement à la scolarité|halte-garderie|crèche familiale|micro-crèche
berceaux réservés|agrément|assistantes maternelles|tutelle|curatelle|mandataire judiciaire|aide juridictionnelle|accès au droit|point justice
conciliateur|conciliateur de justice|médiateur|médiation|ASVP|agents de surveillance de la voie publique|fourrière automobile|enlèvement des véhicules
véhicules ventouses|chenil|SPA|refuge|capture des animaux|dératisation|désinsectisation|désinfection|pigeons|frelons asiatiques|nids de frelons
chenilles processionnaires|ambroisie|espèces invasives|renouée du japon|cavurnes|caveaux|relevage des corps|exhumation|carré militaire|marché de noël
décorations de noël|sapin de noël|14 juillet|vœux du maire|cérémonies|médailles|médaille du travail|gerbes|fanfare|harmonie municipale|orchestre
chorale|résidence d'artistes|fresque|street art|micro-folie|escape game|bibliothèque de rue|boîte à livres|grainothèque|repair café|givebox
couches lavables|gobelets réutilisables|vaisselle réutilisable|broyage des végétaux|broyeur|paillage|compost de quartier|compostage partagé
lombricomposteurs|poules|poulailler|éco-pâturage|moutons|hôtel à insectes|mare pédagogique|mare|verger|verger conservatoire|forêt urbaine|micro-forêt
Miyawaki|dessouchage|tonte|arrosage|arrosage automatique|récupérateurs d'eau|récupération des eaux de pluie|cuve|citerne|puits|fontaine|fontaines
bouches d'incendie|abri vélos|abris vélos|arceaux vélos|consigne vélo|box vélos|vélos à assistance électrique|prime vélo|autopartage
navette électrique|navette|PAVE|zone 30|zone de rencontre|rue aux écoles|pédibus|vélobus|plan de mobilité employeur|plan de mobilité
forfait mobilités durables|IRVE|flotte électrique|véhicules propres|GNV|bioGNV|station hydrogène|SDIE|SDAN|France Très Haut Débit|tiers-lieu|fablab
coworking|pépinière|hôtel d'activités|marché couvert|foire|foire exposition|commerce ambulant|boutique à l'essai|manager de centre-ville|FISAC
taxe locale sur la publicité|enseignes|terrasses|occupation du domaine public|redevance d'occupation|alimentation|catalogues et imprimés
frais de télécommunications|annonces et insertions|transports collectifs|concours divers|indemnités de conseil
versements à des organismes de formation|frais de nettoyage des locaux|combustibles|carburants|énergie électricité|eau et assainissement
locations mobilières|locations immobilières|crédit-bail|primes d'assurance|assurance dommages ouvrage|assurance flotte automobile|frais de gardiennage
taxes foncières|admissions en non-valeur|créances éteintes|intérêts moratoires|pénalités|titres annulés|mandats annulés|dégrèvements
atténuations de produits|atténuations de charges|remboursements sur rémunérations|indemnités journalières|rattachement des charges|restes à réaliser
report à nouveau|résultat reporté|excédent de fonctionnement|déficit d'investissement|affectation du résultat|charges exceptionnelles
produits exceptionnels|libéralités|secours|dons|legs|subventions exceptionnelles|cautionnements|dépôts et cautionnements|avances remboursables
prêts aux particuliers|avance de trésorerie|emprunt revolving|renégociation|indemnités de remboursement anticipé|swap|frais bancaires|commissions
services bancaires|frais de recouvrement|huissiers|frais de contentieux|protocole transactionnel|dommages et intérêts|sinistres|franchise|expertise
diagnostic amiante|diagnostic plomb|désamiantage|déplombage|dépollution|démolition|déconstruction|friche|friches industrielles|fonds friches|portage
préemption|expropriation|bornage|géomètre|cadastre|numérotation des rues|adressage|dénomination des voies|plaques de rues|signalétique|jalonnement
panneaux d'information|panneau lumineux|panneau pocket|application mobile|écrans numériques|borne interactive|wifi public|wifi territorial
visioconférence|téléphonie mobile|smartphones|photocopieur|copieurs|imprimantes|licences|progiciel|logiciel métier|hébergement informatique|cloud
sauvegarde|messagerie|RGPD|délégué à la protection des données|archivage électronique|parapheur électronique|signature électronique|SIG
système d'information géographique|open data|données ouvertes|géoportail|plan de corps de rue simplifié|PCRS|numérisation des archives
archives communales|registres d'état civil|reliure|restauration des registres|livret de famille|cartes d'identité|passeports|titres sécurisés
dispositif de recueil|mariages|PACS|baptêmes républicains|listes électorales|bureaux de vote|urnes|isoloirs|jury d'assises|recensement citoyen
conseil des sages|conseil citoyen|référendum local|consultation|enquête publique|commissaire enquêteur|publicité légale|bulletin municipal|magazine
lettre d'information|réseaux sociaux|photographe|vidéo|objets promotionnels|goodies|cadeaux|colis de noël des aînés|repas des aînés
banquet des anciens|voyage des aînés|thé dansant|semaine bleue|plan canicule|registre des personnes vulnérables|grand froid|portage de livres
mutuelle communale|complémentaire santé|mutuelle|téléconsultation|cabine de téléconsultation|défibrillateurs|DAE|trousses de secours|premiers secours
PSC1|gestes qui sauvent|maison sport santé|activité physique adaptée|sport sur ordonnance|bassin d'apprentissage|bassin nordique|pentagliss|toboggan
solarium|déshumidification|traitement d'eau de la piscine|pédiluve|plongeoir|bassin mobile|mur d'escalade|salle d'escalade|SAE|salle d'armes
piste d'athlétisme|pas de tir|stand de tir|golf|practice|hippodrome|patinoire|piste de BMX|bike park|vélodrome|base nautique|base de loisirs
plan d'eau|baignade|surveillance de la baignade|maîtres nageurs|MNS|BNSSA|aire de jeux|jeux pour enfants|sol souple|agrès|street workout
fitness en plein air|parcours de santé|table de ping-pong|terrain de pétanque|city park|plaine de jeux|kiosque|théâtre de verdure|guinguette|bancs
mobilier urbain|jardinières|bacs à fleurs|suspensions florales|massifs|vivaces|bulbes|semis|prairie fleurie|gazon|pelouse|tonte différenciée
taille des haies|haie bocagère|plantation de haies|bocage|ripisylve|berges|enrochements|embâcles|seuil|passe à poissons|frayères|étang
vidange de l'étang|faucardage|jussie|bassin versant|GEMAPI|EPTB|syndicat de rivière|PAPI|programme d'actions de prévention des inondations|batardeaux
repères de crue|zone d'expansion des crues|ruissellement|coulées de boue|érosion des sols|glissement de terrain|éboulement|filets pare-blocs
purge de falaise|cavités souterraines|retrait gonflement des argiles|séisme|tempête|neige|verglas|sel de déneigement|lame de déneigement|saleuse
épandeuse|chasse-neige|vent|canicule|plan grand froid|fontaines à boire|brumisateurs|points d'eau|ombrage|voiles d'ombrage|cour d'école végétalisée
cours d'écoles végétalisées|renaturation|désartificialisation|zéro artificialisation nette|ZAN|sobriété foncière|fresque du climat|éco-gestes
sensibilisation à l'environnement|éducation à l'environnement|classe verte|sentier pédagogique|sentier d'interprétation|observatoire
inventaire faune flore|comptage des oiseaux|chauves-souris|hirondelles|amphibiens|crapauducs|passage à faune|corridors écologiques|trame noire
pollution lumineuse|réserve naturelle|arrêté de biotope|Natura 2000|DOCOB|pastoralisme|estives|alpages|transhumance|sylviculture|desserte forestière
pistes forestières|coupes de bois|affouage|vente de bois|bois énergie|plaquettes forestières|granulés|chaudière granulés|poêle à bois|réseau de froid
cogénération|éolien|éoliennes|petite hydroélectricité|microcentrale|autoconsommation collective|communauté énergétique|batteries|stockage d'énergie
compteurs communicants|Linky|télégestion|horloges astronomiques|variateurs|abaissement de puissance|armoires d'éclairage|candélabres|mâts|lanternes
luminaires|projecteurs|mise en lumière|illumination|balisage|feux tricolores|signalisation lumineuse|carrefour à feux|radars pédagogiques
vidéoverbalisation|lecture automatisée des plaques|verbalisation électronique|forfait post-stationnement|FPS|stationnement payant|zone bleue
disques de stationnement|parcs relais|parc de stationnement|parking silo|parking souterrain|barrières de parking|contrôle d'accès|badges|clés
serrurerie|alarme|télésurveillance|intrusion|gardiennage|sécurité incendie|SSI|extincteurs|désenfumage|portes coupe-feu|registre de sécurité
commission de sécurité|vérifications périodiques|contrôles réglementaires|bureau de contrôle|coordonnateur SPS|CSPS|OPC
ordonnancement pilotage coordination|diagnostic|relevé topographique|études géotechniques|sondages|levé|programmiste|concours d'architecture
jury de concours|indemnités de concours|maquette|permis de construire|déclaration préalable|instruction des autorisations d'urbanisme|ADS
droit des sols|certificats d'urbanisme|taxe d'aménagement|PUP|projet urbain partenarial|OAP|orientations d'aménagement|règlement local de publicité
RLP|site patrimonial remarquable|AVAP|ZPPAUP|architecte des bâtiments de France|façades|devantures|enseignes commerciales|vitrines|locaux vacants
cellules commerciales|dernier commerce|multiple rural|épicerie|boulangerie|café|bar|restaurant|auberge|bistrot|licence IV|maison médicale
cabinet médical|cabinet dentaire|pharmacie|kinésithérapeute|infirmiers|sages-femmes|orthophoniste|internes|logement des internes|permanence des soins
maison de garde|SAMU|urgences|hôpital|centre hospitalier|EHPAD|USLD|accueil de jour Alzheimer|plateforme de répit|aidants|pair-aidance
habitat inclusif|résidence seniors|béguinage|colocation seniors|adaptation du logement|monte-escalier|douche à l'italienne|boucle magnétique
bandes podotactiles|bandes d'éveil|rampe d'accès|élévateur|ascenseur|place PMR|stationnement PMR|handiplage|tiralo|fauteuil amphibie|interprète LSF
langue des signes|FALC|facile à lire|transport adapté|TPMR|carte mobilité inclusion|auxiliaires de vie scolaire|ULIS|IME|SESSAD|CAMSP|CMPP|PMI
consultations prénatales|bilans de santé|vaccinations|centre de vaccination|centre de dépistage|CeGIDD|IST|VIH|tuberculose|CLAT
lutte contre la tuberculose|hygiène bucco-dentaire|nutrition|obésité|diabète|tabac|alcool|drogues|CAARUD|CSAPA|réduction des risques|maraudes santé
PASS|permanence d'accès aux soins|équipe mobile|psychiatrie|CMP|GEM|conseil local de santé mentale|CLSM|suicide|souffrance psychique|harcèlement
harcèlement scolaire|cyberharcèlement|égalité filles garçons|mixité|stéréotypes|8 mars|journée des droits des femmes|25 novembre
téléphone grave danger|bracelet anti-rapprochement|logement d'urgence femmes|mise à l'abri|nuitées hôtelières|hôtel social|pension de famille
maison relais|intermédiation locative|logement temporaire|logement passerelle|garantie loyer|caution|Visale|dépôt de garantie|accès au logement
expulsions locatives|prévention des expulsions|CCAPEX|impayés de loyer|aides au paiement des factures|factures d'énergie|impayés d'eau
tarification solidaire|chèque eau|aide aux vacances|chèques vacances|tickets loisirs|pass sport|pass culture|coupons sport|aide à la licence
bourse au permis|permis de conduire|auto-école sociale|garage solidaire|location solidaire de véhicules|mobilité solidaire|plateforme mobilité
transport solidaire|chauffeurs bénévoles|vestiaire solidaire|laverie solidaire|bagagerie|bains douches|douches publiques|consigne solidaire
frigo solidaire|frigo partagé|paniers solidaires|chèques alimentaires|cuisine solidaire|restaurant social|repas solidaires|distribution alimentaire
glanage|dons alimentaires|invendus|gaspillage|table de tri|pesée des déchets|composteur de cantine|déshydrateur|tables de tri|cuisine sur place
liaison froide|liaison chaude|repas livrés|plateaux repas|fromagerie|abattoir|atelier de découpe|légumes bio|maraîchage|régie agricole|ferme communale
lait|produits laitiers|semences|cantines bio|label Ecocert|commerce équitable|achats groupés|centrale d'achat|groupement de commandes|UGAP
marchés publics|profil acheteur|dématérialisation des marchés|SPASER|schéma de promotion des achats publics socialement et écologiquement responsables
achats durables|textiles|textiles usagés|bornes textiles|DEEE|mobilier usagé|encombrants|collecte des encombrants|déchets verts
collecte des déchets verts|gravats|amiante|déchets dangereux|déchets diffus spécifiques|pneus|huiles usagées|piles|cartouches|papier|verre
colonnes à verre|conteneurs|bacs roulants|puçage des bacs|sacs jaunes|sacs de pré-collecte|extension des consignes de tri|consignes de tri
ambassadeurs du tri|caractérisation|quai de transfert|centre de transfert|ISDND|installation de stockage|TGAP
taxe générale sur les activités polluantes|valorisation énergétique|CSR|combustibles solides de récupération|unité de valorisation
matériaux biosourcés|réemploi des matériaux|bois de chantier|chantier propre|bilan GES|ADEME|fonds chaleur|territoire engagé|Cit'ergie
label climat air énergie|COT|contrat d'objectifs territorial|CRTE|contrat de relance et de transition écologique|fonds vert|DETR|DSIL|DSID|DPV
amendes de police|produit des amendes|FIPD|fonds interministériel de prévention de la délinquance|TIG|travaux d'intérêt général|rappel à l'ordre
médiateurs de nuit|correspondants de nuit|CSU|centre de supervision urbain|caméras|caméras piétons|armement|gilets pare-balles|uniformes|tenues
équipements de protection individuelle|EPI|vêtements de travail|chaussures de sécurité|visites médicales|médecin de prévention|document unique|DUERP
risques psychosociaux|qualité de vie au travail|télétravail|chèques déjeuner|tickets restaurant|restaurant administratif
restaurant inter-administratif|amicale du personnel|arbre de noël du personnel|médailles d'honneur|départs en retraite|heures supplémentaires
astreintes|régime indemnitaire|RIFSEEP|NBI|SFT|supplément familial|vacataires|contractuels|saisonniers|emplois saisonniers|jobs d'été|intérim
remplacements|agents recenseurs|cotisations URSSAF|CNRACL|IRCANTEC|FIPHFP|assurance chômage|allocations chômage|capital décès|rupture conventionnelle
indemnités de licenciement|congés bonifiés|CET|compte épargne temps|prime de fin d'année|prime inflation|GIPA|mutualisation|services communs
convention de mise à disposition|mise à disposition de personnel|refacturation|remboursement de frais|frais de déplacement|indemnités kilométriques
frais de repas|nuitées|billets de train|location de véhicules|carte carburant|péages|contrôle technique|pneumatiques|réparations de véhicules
véhicule utilitaire|camion benne|tracteur|tractopelle|mini-pelle|nacelle|chargeuse|remorque|tondeuse autoportée|débroussailleuse|souffleur
tronçonneuse|outillage électroportatif|petit outillage|vêtements|quincaillerie|matériaux|peinture|électricité|plomberie|menuiserie|maçonnerie
couverture|zinguerie|étanchéité|charpente|bardage|isolation par l'extérieur|ITE|ravalement|carrelage|faux plafonds|sols souples|parquet|rideaux|stores
mobilier scolaire|tableaux blancs|vidéoprojecteurs|écrans interactifs|classe numérique|robots|plan numérique|ordinateurs portables
cartables numériques|internat|lycée agricole|MFR|maisons familiales rurales|CFA|alternance|campus des métiers|IUT|BTS|restaurant universitaire|CROUS
logement étudiant|résidence étudiante|bourses d'études|bourses au mérite|mobilité internationale des étudiants|Erasmus|chaire|thèse|CIFRE|doctorants
appels à projets recherche|plateforme technologique|centre de recherche|living lab|démonstrateur|start-up|accélérateur|French Tech|prêt d'honneur
avances remboursables aux entreprises|garantie|fonds de garantie|capital risque|fonds d'investissement régional|zone franche|ZRR|revitalisation rurale
AFR|aides à finalité régionale|Leader|GAL|FEADER|FEDER|FSE|Interreg|programme opérationnel|contrat de plan|CPER|contrat de territoire
contrat de ruralité|pacte territorial|Territoires d'industrie|opération de revitalisation de territoire|ORT|OPAH-RU|ORI
opération de restauration immobilière|RHI|résorption de l'habitat insalubre|THIRORI|péril|arrêté de péril|immeubles menaçant ruine|mise en sécurité
travaux d'office|substitution|biens sans maître|biens vacants|procédure d'abandon manifeste|abandon manifeste|concessions abandonnées
terrains communaux|baux ruraux|fermages|location de la chasse|droit de pêche|baux commerciaux|loyers|charges locatives|copropriété|syndic
logements communaux|presbytère|gîte communal|logement de fonction|logements d'urgence|mutilations sexuelles|mariages forcés|prostitution
sortie de la prostitution|index égalité professionnelle|rapport égalité|marches exploratoires|harcèlement de rue|sport féminin|entrepreneuriat féminin
précarité menstruelle|protections périodiques|violences sexistes et sexuelles|référente égalité|laisses de mer|cribleuse|rechargement en sable|épis
brise-lames|zone de mouillage|mouillages|algues vertes|sargasses|posidonie|récifs artificiels|pavillon bleu|qualité des eaux de baignade
profils de baignade|cales de mise à l'eau|capitainerie|pontons|dragage|désenvasement|sentier des douaniers|submersion marine|criée|conchyliculture
ostréiculture|mytiliculture|érosion côtière|filets anti-déchets|bacs à marée|macro-déchets|pêche à pied
""".strip()


def phrases() -> list[str]:
    return split_phrases(PHRASES)


def corpus_labels() -> list[str]:
    return labels_of(PARTS)


def counts() -> list[tuple[str, int]]:
    """Each phrase with the number of libellés of parts A-Q it occurs in."""
    return count(phrases(), corpus_labels())


def main() -> None:
    report(counts(), "the libellés of parts A-Q")


if __name__ == "__main__":
    main()
