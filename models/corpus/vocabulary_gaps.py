# ruff: noqa: E501
"""Count, in the folded libellés of corpus parts A-O, how often each phrase French local budgets
commonly write occurs (word-boundary match); phrases met fewer than 3 times are the corpus's
vocabulary gaps, which part P (gen_part_p.py) fills. Prints phrase and count, gaps first:
python3 vocabulary_gaps.py"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
sys.path.insert(0, str(CORPUS))

from generator_tools import fold  # noqa: E402

PHRASES = """
lutte contre l'exclusion|grande exclusion|exclusion|minima sociaux|revenu de solidarité active|RSA|allocation RSA
insertion des bénéficiaires du RSA|contrat d'engagement réciproque|fonds de solidarité logement|fonds d'aide aux jeunes
aide sociale à l'enfance|protection de l'enfance|protection maternelle et infantile|assistants familiaux|maisons d'enfants à caractère social
mineurs non accompagnés|placement familial|accueil familial|aide sociale à l'hébergement|allocation personnalisée d'autonomie
prestation de compensation du handicap|aides ménagères|aide à domicile|portage de repas|téléassistance|maintien à domicile
services d'aide et d'accompagnement à domicile|résidence autonomie|foyer logement|perte d'autonomie|conférence des financeurs
maison départementale des personnes handicapées|établissements et services d'aide par le travail|foyer d'accueil médicalisé
maison d'accueil spécialisée|aide alimentaire|épicerie sociale|banque alimentaire|restos du coeur|colis alimentaires|bons alimentaires
secours d'urgence|aides facultatives|analyse des besoins sociaux|domiciliation|maraude|accueil de jour|centre d'hébergement et de réinsertion sociale
hébergement d'urgence|logement d'urgence|sans domicile fixe|sans abri|veille sociale|précarité énergétique|chèque énergie|fonds social
microcrédit|surendettement|accompagnement budgétaire|conseillère en économie sociale et familiale|travailleurs sociaux|action sociale
pompes funèbres|inhumation des indigents|obsèques|jardins partagés|jardins familiaux|agriculture urbaine|projet alimentaire territorial
circuits courts|restauration collective|produits biologiques|loi egalim|légumerie|cuisine centrale|restauration des collégiens
restauration scolaire|tarification sociale|petit déjeuner|cantine à 1 euro|gaspillage alimentaire|marché de producteurs|apiculture
installation agricole|foncier agricole|espace test agricole|centre de santé|contrat local de santé|maison de santé pluriprofessionnelle
médecins|désert médical|bourses aux étudiants en médecine|prévention santé|santé mentale|addictions|salle de consommation à moindre risque
dépistage|vaccination|lutte anti vectorielle|moustique tigre|qualité de l'air|bruit|radon|nuisances sonores|hygiène et salubrité
habitat indigne|permis de louer|lutte contre l'habitat insalubre|sport santé|city stade|terrain multisports|skatepark|piscine|centre aquatique
gymnase|stade|terrain synthétique|dojo|salle de sport|vestiaires|tribunes|éclairage du stade|équipements sportifs|subventions aux associations sportives
clubs sportifs|sport de haut niveau|manifestations sportives|école municipale des sports|savoir nager|parcours sportif|pumptrack|boulodrome|tennis couverts
égalité femmes hommes|égalité entre les femmes et les hommes|violences faites aux femmes|violences conjugales|violences intrafamiliales
droits des femmes|centre d'information sur les droits des femmes et des familles|hébergement des femmes victimes|planning familial|budget sensible au genre
eau potable|captage|périmètres de protection|château d'eau|réservoir|usine de production d'eau potable|réseau d'adduction|branchements plomb
interconnexion|assainissement collectif|assainissement non collectif|service public d'assainissement non collectif|station d'épuration|réseaux d'eaux usées
eaux pluviales|bassin de rétention|bassin d'orage|séparatif|mise en séparatif|poste de relevage|boues|restauration des cours d'eau|continuité écologique
zones humides|contrat de rivière|schéma d'aménagement et de gestion des eaux|syndicat des eaux|agence de l'eau|redevance pollution|défense incendie
défense extérieure contre l'incendie|hydrants|poteaux incendie|bornes incendie|réserve incendie|service départemental d'incendie et de secours|contingent incendie
rénovation énergétique|rénovation thermique|isolation|isolation des combles|menuiseries|double vitrage|chaudière|pompe à chaleur|réseau de chaleur
chaufferie bois|chaufferie biomasse|géothermie|panneaux photovoltaïques|centrale photovoltaïque|ombrières photovoltaïques|solaire thermique|éclairage public
passage en led|relamping|extinction nocturne|conseil en énergie partagé|économies d'énergie|décret tertiaire|audit énergétique|contrat de performance énergétique
fourniture d'électricité|fourniture de gaz|achat d'énergie|énergies renouvelables|méthanisation|hydrogène|bornes de recharge|véhicules électriques
plan climat air énergie territorial|plan climat|adaptation au changement climatique|îlot de chaleur|îlots de fraîcheur|cours oasis|désimperméabilisation
plan de prévention des risques|risques majeurs|inondations|plan communal de sauvegarde|document d'information communal sur les risques majeurs|sirène
repères de crues|digue|érosion|mouvements de terrain|feux de forêt|débroussaillement|obligations légales de débroussaillement|sécheresse|catastrophe naturelle
calamités agricoles|bilan carbone|gaz à effet de serre|sobriété|collecte des ordures ménagères|ordures ménagères|taxe d'enlèvement des ordures ménagères
redevance incitative|tri sélectif|collecte sélective|déchèterie|recyclerie|ressourcerie|compostage|composteurs|biodéchets|colonnes enterrées|points d'apport volontaire
dépôts sauvages|économie circulaire|réemploi|achats responsables|commande publique responsable|clauses sociales|clauses environnementales|zéro déchet|plastique
traitement des déchets|incinération|centre de tri|enfouissement|littoral|plages|surveillance des plages|poste de secours|ganivelles|dunes|recul du trait de côte
trait de côte|port de plaisance|pêche|aquaculture|milieu marin|aire marine protégée|sentier du littoral|nettoyage des plages|espaces verts|parcs et jardins
plantations d'arbres|arbres d'alignement|élagage|abattage|patrimoine arboré|plan arbre|forêt communale|office national des forêts|biodiversité|atlas de la biodiversité communale
espaces naturels sensibles|zéro phyto|gestion différenciée|fauchage raisonné|trame verte et bleue|haies|vergers|refuge lpo|nichoirs|faune sauvage|fourrière animale
chats errants|stérilisation des chats|parc animalier|zoo|jardin botanique|serres municipales|fleurissement|villes et villages fleuris|végétalisation
développement économique|zone d'activités|zone d'activité économique|pépinière d'entreprises|hôtel d'entreprises|immobilier d'entreprise|aide à l'immobilier d'entreprise
commerce de proximité|revitalisation du centre bourg|petites villes de demain|action coeur de ville|manager de commerce|foires et marchés|halles|droits de place
office de tourisme|taxe de séjour|camping municipal|tourisme|aire de camping car|gîtes|promotion touristique|emploi|maison de l'emploi|mission locale
plan local pour l'insertion et l'emploi|chantiers d'insertion|atelier chantier d'insertion|insertion professionnelle|formation professionnelle|apprentissage|apprentis
emplois aidés|contrats aidés|service civique|économie sociale et solidaire|territoire zéro chômeur|schéma régional de développement économique|aides aux entreprises
attractivité|marketing territorial|salon|artisanat|chambre de commerce|chambre d'agriculture|chambre des métiers|numérique|très haut débit|fibre optique
réseau d'initiative publique|zones blanches|couverture mobile|inclusion numérique|espace public numérique|écoles numériques|tableaux numériques|environnement numérique de travail
tablettes|lycées|enseignement supérieur|université|recherche|innovation|technopole|campus|laboratoire|incubateur|transfert de technologie|bourses
collèges|dotation de fonctionnement des collèges|cités scolaires|écoles|groupe scolaire|école maternelle|école élémentaire|accueil périscolaire|accueil de loisirs
centre de loisirs|activités périscolaires|temps d'activités périscolaires|projet éducatif territorial|soutien scolaire|accompagnement à la scolarité|réussite éducative
programme de réussite éducative|cité éducative|classes de découverte|classes transplantées|fournitures scolaires|transports scolaires|ramassage scolaire|aide aux devoirs
crèche|multi accueil|relais petite enfance|relais assistantes maternelles|lieu d'accueil enfants parents|ludothèque|conservatoire|école de musique|enseignement artistique
bibliothèque départementale|médiathèque|lecture publique|éducation artistique et culturelle|accessibilité|agenda d'accessibilité programmée|personnes à mobilité réduite
handicap|lutte contre les discriminations|politique de la ville|quartiers prioritaires|contrat de ville|adultes relais|médiation sociale|prévention spécialisée
prévention de la délinquance|conseil local de sécurité et de prévention de la délinquance|maison des jeunes|point information jeunesse|conseil municipal des jeunes
jeunesse|centre social|gens du voyage|aire d'accueil|intergénérationnel|urbanisme|plan local d'urbanisme|plan local d'urbanisme intercommunal|schéma de cohérence territoriale
révision du plu|modification du plu|aménagement urbain|aménagement du centre bourg|zone d'aménagement concerté|lotissement|réserves foncières|acquisitions foncières|portage foncier
établissement public foncier|droit de préemption|rénovation urbaine|renouvellement urbain|nouveau programme national de renouvellement urbain|agence nationale pour la rénovation urbaine
agence nationale de l'habitat|opération programmée d'amélioration de l'habitat|programme local de l'habitat|logement social|logements sociaux|garanties d'emprunt|bailleurs sociaux
aide à l'accession|primo accédants|ravalement de façades|habitat|logement des jeunes|résidence sociale|voirie|voirie communale|voirie départementale|routes départementales
réseau routier|chaussée|enrobés|trottoirs|signalisation|marquage au sol|ouvrage d'art|ouvrages d'art|ponts|giratoire|carrefour|viabilité hivernale|déneigement|salage
sécurité routière|ralentisseurs|pistes cyclables|voies vertes|véloroute|plan vélo|stationnement vélo|location de vélos|mobilité douce|mobilités actives|transports en commun
transport à la demande|versement mobilité|autorité organisatrice de la mobilité|pôle d'échanges multimodal|covoiturage|aire de covoiturage|gare routière|tramway|bus
parking|stationnement|horodateurs|fourrière|éclairage|réseaux secs|enfouissement des réseaux|culture|spectacle vivant|saison culturelle|théâtre|cinéma|musée|archives départementales
monument historique|monuments historiques|patrimoine|église|petit patrimoine|lavoir|fouilles archéologiques|archéologie préventive|festival|fête de la musique|fête nationale
feu d'artifice|illuminations de noël|animations de noël|jumelage|comité des fêtes|associations culturelles|salle des fêtes|salle polyvalente|cimetière|columbarium|jardin du souvenir
reprise des concessions|ossuaire|crématorium|funérarium|administration générale|hôtel de ville|mairie|état civil|élections|recensement|recensement de la population
police municipale|vidéoprotection|vidéosurveillance|garde champêtre|gendarmerie|caserne|commissariat|sécurité|conseil départemental|conseil régional|assemblée délibérante
indemnités des élus|formation des élus|frais de mission|communication|journal municipal|site internet|réceptions|fêtes et cérémonies|cérémonies patriotiques|monument aux morts
démocratie participative|budget participatif|conseils de quartier|concertation|maison France services|France services|accueil du public|assurances|contentieux|frais d'actes
honoraires|frais de justice|maîtrise d'oeuvre|assistance à maîtrise d'ouvrage|personnel|rémunération du personnel|charges de personnel|titres restaurant|action sociale du personnel
comité des oeuvres sociales|comité national d'action sociale|médecine du travail|formation du personnel|centre national de la fonction publique territoriale|centre de gestion
assurance du personnel|protection sociale complémentaire|prévoyance|apprentis|stagiaires|recrutement|systèmes d'information|logiciels|informatique|matériel informatique
serveurs|cybersécurité|dématérialisation|parc automobile|véhicules de service|garage municipal|ateliers municipaux|services techniques|centre technique municipal|entretien des bâtiments
nettoyage des locaux|fluides|affranchissement|téléphonie|reprographie|fournitures administratives|coopération décentralisée|coopération internationale|solidarité internationale|aide humanitaire
jumelages|contributions aux organismes de regroupement|participation au syndicat|syndicat intercommunal|syndicat mixte|attribution de compensation|dotation de solidarité communautaire
fonds de péréquation des ressources intercommunales et communales|fonds national de garantie individuelle des ressources|dotation globale de fonctionnement|reversement de fiscalité
dette|remboursement du capital|intérêts de la dette|emprunts|ligne de trésorerie|frais financiers|virement à la section d'investissement|virement à la section de fonctionnement
autofinancement|dotations aux amortissements|amortissements|provisions|dépenses imprévues|subventions d'équipement|fonds de concours|créances admises en non valeur|créances irrécouvrables
admission en non valeur|annulation de titres|reversement|taxe foncière|taxe d'habitation|cotisation foncière des entreprises|fonds de compensation de la tva|opérations d'ordre|cessions
produit des cessions|régie|budget annexe|subvention d'équilibre|subventions aux associations|subvention au ccas|subvention à la caisse des écoles|caisse des écoles
""".strip()


def split_phrases(text: str) -> list[str]:
    """The "|"-separated phrases of a table, each kept once (folded)."""
    out: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines():
        for p in line.split("|"):
            p = p.strip()
            if p and fold(p) not in seen:
                seen.add(fold(p))
                out.append(p)
    return out


def phrases() -> list[str]:
    return split_phrases(PHRASES)


def labels_of(parts: str) -> list[str]:
    """The folded libellés of the corpus parts named by their letters."""
    labs: list[str] = []
    for letter in parts:
        with (CORPUS / f"part_{letter}.csv").open(encoding="utf-8", newline="") as fh:
            labs.extend(fold(r["libelle"]) for r in csv.DictReader(fh))
    return labs


def count(phrase_list: list[str], labs: list[str]) -> list[tuple[str, int]]:
    """Each phrase with the number of libellés it occurs in (word-boundary match)."""
    rows = []
    for p in phrase_list:
        rx = re.compile(rf"\b{re.escape(fold(p))}\b")
        rows.append((p, sum(1 for lab in labs if rx.search(lab))))
    return rows


def report(rows: list[tuple[str, int]], counted_on: str) -> None:
    """Print the gaps (fewer than 3 libellés) first, then the other phrases."""
    gaps = [r for r in rows if r[1] < 3]
    print(f"# {len(rows)} phrases counted on {counted_on}; {len(gaps)} gaps (< 3)")
    for p, n in gaps:
        print(f"GAP\t{p}\t{n}")
    for p, n in rows:
        if n >= 3:
            print(f"ok\t{p}\t{n}")


def main() -> None:
    labs = labels_of("abcdefghijklmno")
    report(count(phrases(), labs), f"{len(labs)} libellés of parts A-O")


if __name__ == "__main__":
    main()
