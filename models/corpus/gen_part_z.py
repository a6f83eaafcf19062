# ruff: noqa: E501
"""Write part Z of Verdir's labelled training corpus: five activities that thirteen sets of
lines written apart from the corpus (November 2026) labelled one way again and again while the
corpus said little or the other: each authority's lines read by what they do, not by the
competence or network they sit in.

- The aquatic-environment half of GEMAPI (gestion des milieux aquatiques et prévention des
  inondations): the acronym's expansion and the GEMAPI services pull every line towards floods
  (13), yet ecological continuity, riverside woodland (ripisylve), renaturation, river upkeep
  and wetlands are the codebook's "rivers' water quality" (6) and "biodiversity" (15). Labels:
  6:60;15:40 for ecological continuity and the upkeep of rivers (water quality first, the
  outside sets' majority), 15:60;6:40 for ripisylve and renaturation, 15:70;6:30 for wetlands.
  Dykes and flood plans stay 13, as parts A to Y write them.
- The school transport network a région, a département or a transport syndicate runs (lots,
  lines, service contracts, delegation to second-rank authorities): public transport first,
  11:60;4:40, as fonction 81's prior reads it; a commune's own school bus stays with the school
  (parts F and J).
- The transport of pupils with a disability under a mobility department: 10:60;4:40, as part G
  writes it under the departments of education and disability (codebook: disability → 10).
- Centres sociaux (CAF-approved social centres of a neighbourhood): 10:70;1:30, as parts A to Y
  label them (social cohesion first), written here under the services of solidarity whose
  other lines are poverty (1), where the corpus had few of them.
- The staff's social charges and employer contributions (chapitre 012: charges sociales,
  cotisations patronales à l'URSSAF, aux caisses de retraite): the "social" of payroll taxes
  says no purpose, so with neither a purpose nor a service the line is 16:100, under the staff
  fonctions 020/021 or the human resources department.

Deterministic, stdlib only, no network:  python gen_part_z.py  ->  part_z.csv (same folder).
"""

from __future__ import annotations

from gap_part import GapPart, parse_entries
from generator_tools import part_setup

rng, draw, OUT, OTHER_PARTS = part_setup(__file__, 2611)

BRIEF_EXAMPLES: list[str] = []

# "@goal:share,goal:share" opens a label; then one phrase a line:
# phrase | service field | fonctions | natures | core | core ...  (each core holds the phrase)
ENTRIES_SRC = """@6:60,15:40
continuité écologique|gemapi|731|2315 2031 611|GEMAPI - restauration de la continuité écologique du {riv}|Continuité écologique - effacement du seuil du moulin de {lieu} (GEMAPI)|GEMAPI : continuité écologique - passe à poissons du seuil de {lieu}|GEMAPI - continuité écologique du ruisseau de {lieu} - études|Continuité écologique du {riv} - arasement de seuils - compétence GEMAPI
entretien des cours d'eau|gemapi|731|611 61523|GEMAPI - entretien des cours d'eau - programme pluriannuel|Entretien des cours d'eau du bassin du {riv} - GEMAPI|Plan pluriannuel de gestion - entretien des cours d'eau (GEMAPI)
@15:60,6:40
ripisylve|gemapi|731 76|611 6188 2315|GEMAPI - entretien de la ripisylve du ruisseau de {lieu}|Restauration de la ripisylve du {riv} - programme GEMAPI|GEMAPI : ripisylve et berges du {riv} - plan de gestion|Ripisylve du ruisseau de {lieu} - travaux (compétence GEMAPI)
renaturation|gemapi|731 76|2315 2031|GEMAPI - renaturation du ruisseau de {lieu}|Renaturation du lit du {riv} - GEMAPI|GEMAPI - renaturation des berges du {riv} à {lieu}
@15:70,6:30
zones humides|gemapi|731 76|2111 611 2031|GEMAPI - restauration des zones humides de {lieu}|Zones humides du marais de {lieu} - plan de gestion GEMAPI|GEMAPI - acquisition de zones humides en bord du {riv}
@11:60,4:40
transport scolaire|mob|81|611 6247|Transport scolaire - lot {n} secteur de {lieu}|Transport scolaire interurbain - marchés de lignes {y}|Transport scolaire - délégation à l'autorité organisatrice de second rang de {c}|Participation au syndicat mixte de transport scolaire de {c}|Transport scolaire régional - lignes régulières du secteur de {lieu}|Transport scolaire - accompagnateurs des lignes du secteur de {lieu}
lignes scolaires|mob|81|611 6247|Lignes scolaires - marchés d'exploitation - lot {n}|Lignes scolaires du secteur de {lieu} - avenant au marché|Lignes scolaires interurbaines - renouvellement des marchés {y}|Lignes scolaires - cars et services spéciaux du secteur de {c}
@10:60,4:40
élèves en situation de handicap|mobh|425|611 6247|Transport des élèves en situation de handicap - lot {n}|Transport adapté des élèves en situation de handicap - marché {y}|Élèves en situation de handicap : transport adapté vers les établissements de {c}|Élèves en situation de handicap - transport scolaire adapté, secteur de {lieu}
élèves handicapés|mobh|425|611 6247 6513|Transport des élèves handicapés - circuits adaptés|Transport des élèves handicapés et des étudiants - lot {n}|Remboursement aux familles du transport des élèves handicapés
@16:100
charges sociales|rh|021 020|645 6458|Charges sociales|Charges sociales - personnel titulaire|Autres charges sociales|Charges sociales patronales - personnel non titulaire
cotisations patronales|rh|021 020|645|Cotisations patronales à l'URSSAF|Cotisations patronales aux caisses de retraite|Cotisations patronales - assurance chômage|Cotisations patronales CNRACL et IRCANTEC
@10:70,1:30
centre social|social|428 421|6574 611 2313|Centre social de {lieu} - réhabilitation|Centre social {lieu} - convention avec la CAF {y}|Centre social de {lieu} - subvention de fonctionnement|Centre social {lieu} - animation collective familles|Centre social de {lieu} - extension des locaux|Centre social intercommunal de {c} - participation
centres sociaux|social|428 421|6574 611|Centres sociaux - prestation de service de la CAF|Centres sociaux - conventions d'objectifs {y}|Centres sociaux du territoire - subventions aux associations gestionnaires
"""
ENTRIES = parse_entries(ENTRIES_SRC)

# the part's invented authorities: service field -> the names their exports give
AUTHS: dict[str, dict[str, list[str]]] = {
    "RVL": {  # Région du Val de Loire-Océan
        "mob": ["DIRECTION DES TRANSPORTS", "DTRA - TRANSPORTS SCOLAIRES ET INTERURBAINS"],
        "mobh": ["DIRECTION DES TRANSPORTS"],
    },
    "DHM": {  # Département des Hautes-Marches
        "mob": ["Direction des mobilités"], "mobh": ["Direction des mobilités", "DGA Mobilités - transports adaptés"],
        "gemapi": ["Direction de l'eau et des rivières"],
    },
    "SMT": {  # Syndicat mixte des transports du bassin de Bellegarde
        "mob": ["SMT - EXPLOITATION", "SYNDICAT MIXTE DES TRANSPORTS"], "mobh": ["SMT - TRANSPORT ADAPTE"],
    },
    "CAB": {  # Communauté d'agglomération de Bellegarde
        "gemapi": ["GEMAPI", "Pôle environnement - GEMAPI", "SCE RIVIERES ET MILIEUX AQUATIQUES"],
        "mob": ["DIRECTION MOBILITES"], "social": ["CIAS - ACTION SOCIALE"],
    },
    "MTV": {  # Montverdun, a town of ~38,000
        "social": ["Direction des solidarités", "DAS - ACTION SOCIALE", "CCAS", "DSOL - COHESION SOCIALE"],
        "rh": ["Direction des ressources humaines", "DRH - PAIE"],
    },
    "SRL": {  # Syndicat de rivière du Lauzon
        "gemapi": ["SYNDICAT DE RIVIERE - TECHNIQUE", "SMBV - MILIEUX AQUATIQUES"],
    },
}

# without an article: the cores write "de {lieu}"
PLACES = ["Varennes", "Saulzet-le-Bas", "Moulin-Brûlé", "Pré-Long", "Saint-Hilaire-des-Prés",
          "Noue-Blanche", "Vernes", "Bois-Joli", "Rivière-Haute", "Gué-Morin"]
TOWNS = ["Bellegarde", "Montverdun", "Lauzerte-sur-Lauzon", "Saint-Aubin-des-Landes"]
# masculine: the cores write "du {riv}"
RIVERS = ["Lauzon", "ruisseau des Aulnes", "Verdon-le-Petit", "ru de la Varenne", "Lambon"]
YEARS = ["2020", "2021", "2022", "2023", "2024", "2025"]

GAPS = GapPart.second_round(draw, ENTRIES, AUTHS, {}, PLACES, TOWNS, [], [], YEARS)
GAPS.placeholders["riv"] = lambda: draw.pick(RIVERS)
GAPS.placeholders["n"] = lambda: str(draw.rng.randint(1, 24))


def main() -> None:
    GAPS.write(OUT, rng, OTHER_PARTS, BRIEF_EXAMPLES)


if __name__ == "__main__":
    main()
