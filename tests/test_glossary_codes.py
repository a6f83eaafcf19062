"""Glossary expansion, user overrides, unknown acronyms; M57 codes and their priors."""

from __future__ import annotations

import csv
from importlib import resources

import numpy as np
import pytest

from verdir.engine.codes import M57Codes, read_code
from verdir.engine.glossary import Glossary, GlossaryEntry, load_builtin_entries
from verdir.engine.shares import parse_shares

KNOWN = ["travaux", "rue", "des", "pins", "ecole", "pasteur", "mise", "aux", "normes", "de", "la"]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return Glossary(load_builtin_entries(), known_words=KNOWN)


def test_builtin_glossary_is_large_and_covers_the_usual_acronyms():
    entries = load_builtin_entries()
    assert len({e.abbreviation.upper() for e in entries}) >= 300
    abbreviations = {e.abbreviation.upper() for e in entries}
    for sigle in ["GS", "EAJE", "CCAS", "ZAC", "NPRU", "PMR", "HDV", "EHPAD", "CTM", "ALSH", "RAM",
                  "TGBT", "SSI", "AP/CP", "VRD", "TRX"]:
        assert sigle in abbreviations, sigle


def test_expansion_of_an_export_label(glossary):
    expansion = glossary.expand("ISOL THERM GS PASTEUR")
    assert "groupe scolaire" in expansion.text
    assert "isolation" in expansion.text.lower()
    assert {e.abbreviation for e in expansion.used} >= {"GS"}
    assert expansion.unknown == ()


def test_mixed_case_line_expands_capital_acronyms_only(glossary):
    expansion = glossary.expand("Mise aux normes SSI de l'EHPAD")
    assert "sécurité incendie" in expansion.text
    assert "hébergement" in expansion.text
    assert expansion.text.startswith("Mise aux normes")


def test_slash_pairs_are_expanded(glossary):
    assert "autorisation de programme" in glossary.expand("AP/CP GYMNASE").text


def test_unknown_acronyms_are_reported(glossary):
    assert glossary.expand("Travaux DKR rue des Pins").unknown == ("DKR",)
    assert glossary.expand("TRX QZX ECOLE").unknown == ("QZX",)
    assert glossary.expand("TRAVAUX EU/XQZ").unknown == ("XQZ",)  # the part nobody can read
    # Long capital words of an all-capitals export are not taken for acronyms.
    assert glossary.expand("TRAVAUX ECOLE PASTEUR").unknown == ()


def test_user_entries_override_and_extend(glossary):
    user = glossary.with_user_entries({"GS": "gymnase scolaire", "DAI": "dispositif d'accueil"})
    expansion = user.expand("Travaux DAI GS")
    assert "gymnase scolaire" in expansion.text and "dispositif d'accueil" in expansion.text
    assert expansion.unknown == ()
    assert any(e.source == "utilisateur" for e in expansion.used)
    # The built-in glossary itself is unchanged.
    assert "groupe scolaire" in glossary.expand("GS").text


def test_user_entries_name_departments_in_service_fields(glossary):
    # The sheet's own reading of a direction code ("AFFAIRES SCOLAIRES", copied from the
    # Glossaire sheet's suggestion) is used even though it does not start with "direction"...
    user = glossary.with_user_entries({"DASCO": "AFFAIRES SCOLAIRES"})
    assert user.expand("DASCO", organisation_only=True).text == "AFFAIRES SCOLAIRES"
    # ... while built-in entries there must name an organisation: "DSP" stays a direction code.
    assert glossary.expand("DSP", organisation_only=True).text == "DSP"


def test_ordinary_words_are_not_expanded_in_lower_case():
    glossary = Glossary([GlossaryEntry("PART", "participation", "abrev")], known_words=["part"])
    assert glossary.expand("part communale").text == "part communale"
    assert glossary.expand("PART COMMUNALE").text.startswith("participation")


def test_data_files_are_valid():
    for name in ("m57_fonctions.csv", "m57_natures.csv", "m57_chapitres.csv"):
        text = resources.files("verdir.data").joinpath(name).read_text(encoding="utf-8")
        rows = list(csv.DictReader(text.splitlines()))
        assert rows and len({r["code"] for r in rows}) == len(rows), name
        for row in rows:
            if row["odd"].strip():
                parse_shares(row["odd"])


@pytest.mark.parametrize("value, expected", [
    ("212", "212"), ("212 - Ecoles primaires", "212"), (" 6574.0", "6574"), ("", ""),
    ("abc", ""), (None, ""),
])
def test_read_code(value, expected):
    assert read_code(value) == expected


def test_fonction_priors_point_at_the_codebook_goal():
    codes = M57Codes()
    for code, goal in [("212", 4), ("21", 4), ("2121", 4), ("321", 3), ("01", 17), ("020", 16)]:
        entry = codes.fonction(code)
        assert entry is not None and entry.prior is not None, code
        assert int(np.argmax(entry.prior)) + 1 == goal, code


@pytest.mark.parametrize(("cell", "nomenclature", "goal"), [
    ("822", "M57", 11),  # a bare code is read as M57 (transport ferroviaire)
    ("822 - Voirie communale et routes", "M14", 11),
    ("411 - Salles de sport, gymnases", "M14", 3),  # M57 411 is PMI
    ("64 Crèches et garderies", "M14", 4),  # M57 64 is rayonnement, attractivité
    ("8121 - Collecte et traitement des ordures ménagères", "M14", 12),
    ("212 - Écoles primaires", "M57", 4),  # same label in both: M57
    ("733 - Assainissement", "M57", 6),
])
def test_a_fonction_label_tells_m14_codes_from_m57_ones(cell, nomenclature, goal):
    entry = M57Codes().fonction(cell)
    assert entry is not None and entry.prior is not None
    assert (entry.nomenclature, int(np.argmax(entry.prior)) + 1) == (nomenclature, goal)


def test_a_bare_m14_code_can_be_given_its_label():
    codes = M57Codes()
    assert codes.with_m14_label("822") == "822 - Voirie communale et routes"
    assert codes.with_m14_label("8221") == "8221 - Voirie communale et routes"
    assert codes.with_m14_label("212 - Écoles") == "212 - Écoles"  # already says what it is
    assert codes.with_m14_label("") == ""
    (evidence,) = codes.evidence(fonction=codes.with_m14_label("411"))
    assert evidence.describe() == "fonction 411 (Salles de sport, gymnases, M14)"


def test_m14_table_priors_are_valid_distributions():
    codes = M57Codes()
    assert len(codes.m14_fonctions) > 100
    for entry in codes.m14_fonctions.values():
        if entry.prior is not None:
            assert abs(float(entry.prior.sum()) - 1.0) < 1e-6, entry.code


def test_debt_nature_and_chapter_point_at_17():
    codes = M57Codes()
    evidence = codes.evidence(nature="1641", chapitre="16")
    assert [e.kind for e in evidence] == ["nature", "chapitre"]
    assert int(np.argmax(codes.prior(evidence))) + 1 == 17


def test_generic_account_carries_no_prior():
    codes = M57Codes()
    assert codes.prior(codes.evidence(nature="2188")) is None


def test_a_label_that_is_only_an_expense_account_wording_is_found():
    codes = M57Codes()
    assert codes.account_wording("ENERGIE - ELECTRICITE").code == "60612"
    assert codes.account_wording("Eau et assainissement", nature="60611").code == "60611"
    # A line with another nature is compared with its own account: works on water networks
    # (2315) are sanitation indeed.
    assert codes.account_wording("EAU ET ASSAINISSEMENT", nature="2315") is None
    # An account whose wording tells a purpose has a prior and is not one of them ...
    assert codes.account_wording("Fournitures scolaires") is None
    # ... nor is a wording a revenue account shares (the transport tax funds buses).
    assert codes.account_wording("Versement mobilité") is None
    assert codes.account_wording("Alimentation des cantines") is None


def test_an_account_wording_is_found_under_the_detailed_account_of_the_line():
    codes = M57Codes()
    # The title of the account that 64131 details, and a few words of its own wording.
    assert codes.account_wording("Personnel non titulaire", nature="64131").code == "6413"
    assert codes.account_wording("Rémunération personnel titulaire", nature="64111").code == "64111"
    assert codes.account_wording("ENTRETIEN DES BATIMENTS", nature="615221").code == "615221"
    # A word the account does not have says what for; another account's wording is not the line's.
    assert codes.account_wording("Alimentation des cantines", nature="60623") is None
    assert codes.account_wording("Personnel non titulaire", nature="60623") is None


def test_common_french_words_come_from_a_small_list_file(tmp_path):
    from verdir.engine.common_words import CommonWords

    stale = tmp_path / "common-words-fr-0.0-zipf3.txt"  # an older list format or version
    stale.write_text("gare\n", encoding="utf-8")
    words = CommonWords.load(tmp_path)
    (list_file,) = tmp_path.glob("common-words-fr-*.txt")
    assert list_file != stale
    again = CommonWords.load(tmp_path)  # read back from the file, not from wordfreq
    assert again.words == words.words
    for word in ("gare", "CIEL", "école", "l'eau", "LYCEE", "edifices"):  # capitals drop accents
        assert words(word), word
    for word in ("xzt", "dai", "bzq"):
        assert not words(word), word
    assert list_file.stat().st_size < 1_000_000


def test_ambiguous_acronyms_follow_what_the_line_says(glossary):
    creche = glossary.expand("CC RUE DES PINS", hints="CC RUE DES PINS ; DIRECTION PETITE ENFANCE")
    assert creche.text == "crèche collective RUE DES PINS"
    assert [e.meaning for e in creche.used] == ["crèche collective"]
    sport = glossary.expand("CS PASTEUR - TGBT", hints="CS PASTEUR ; SERVICE DES SPORTS")
    assert sport.text.startswith("centre sportif PASTEUR")
    works = glossary.expand("MISE AUX NORMES ELECT GS", hints="MISE AUX NORMES ELECT GS")
    assert works.text == "MISE AUX NORMES électricité groupe scolaire"
    vote = glossary.expand("ELECT MUNICIPALES", hints="ELECT MUNICIPALES ; BUREAUX DE VOTE")
    assert vote.text == "élections MUNICIPALES"
    # "VH" is winter road maintenance beside salting, snow or its fonction, a vehicle beside a van.
    winter = "LOC ENGINS VH ; 846 ; Viabilité hivernale et aléas climatiques"
    assert glossary.expand("LOC ENGINS VH", hints=winter).text == "location ENGINS viabilité hivernale"
    assert glossary.expand("VH - SALAGE", hints="VH - SALAGE").text == "viabilité hivernale - SALAGE"
    van = glossary.expand("ACQ VH UTILITAIRE", hints="ACQ VH UTILITAIRE").text
    assert van == "acquisition véhicule UTILITAIRE"
    # "EC" is a school in "EC ELEM", "EC. MAT." and the civil registry beside its registers.
    school = glossary.expand("REFECT COUR EC ELEM", hints="REFECT COUR EC ELEM")
    assert "école élémentaire" in school.text
    assert glossary.expand("EC. MAT. 5 RUE GIRODET", hints="EC. MAT. 5 RUE GIRODET").text.startswith("école")
    registry = glossary.expand("REGISTRES EC", hints="REGISTRES EC")
    assert registry.text == "REGISTRES état civil"
    assert glossary.expand("MATERIEL EC", hints="MATERIEL EC").text == "MATERIEL EC"  # no clue


@pytest.mark.parametrize(("label", "context", "reading"), [
    # LGT, LPO: a lycée in a region's lines, housing or the bird society elsewhere.
    ("LGT JEAN MOULIN - INTERNAT", "", "lycée général et technologique"),
    ("LGT SOCIAUX RUE PASTEUR", "", "logement"),
    ("SUBV LPO - GROUPE LOCAL", "", "ligue pour la protection des oiseaux"),
    ("LPO ARAGO", "DIR. LYCEES", "lycée polyvalent"),
    # A landfill or a time savings account; a transport authority or an occupation permit.
    ("CET - SUIVI POST-EXPLOITATION", "", "centre d'enfouissement technique"),
    ("PROVISION CET", "", "compte épargne-temps"),
    ("AOT - RESEAU DE BUS", "", "autorité organisatrice des transports"),
    ("REDEVANCE AOT TERRASSES", "", "autorisation d'occupation temporaire"),
    # A collège's library or a permanent contract; an air handling unit or the SDIS alert centre.
    ("CDI COLLEGE J. MOULIN - MOBILIER", "", "centre de documentation et d'information"),
    ("CDI - RECRUTEMENT AGENTS", "", "contrat à durée indéterminée"),
    ("GS PELLETAN - CTA", "", "centrale de traitement d'air"),
    ("CTA - CODIS - RENOUVELLEMENT", "SDIS", "centre de traitement de l'alerte"),
    # A home for disabled adults or gender equality; school sport; the youth employment contract.
    ("FH LES GENETS - PRIX DE JOURNEE", "", "foyer d'hébergement"),
    ("EGALITE FH 2019", "", "femmes-hommes"),
    ("APS SCOLAIRES - EDUCATEURS", "", "activités physiques et sportives"),
    ("CEJ - MISSION LOCALE", "", "contrat d'engagement jeune"),
    # "PERS": the staff in a payroll line, people in a social one.
    ("PERS TITULAIRE - REMPLACEMENTS", "", "personnel"),
    ("TRANSPORT SOLIDAIRE PERS. AGEES ISOLEES", "", "personnes"),
    ("ACCUEIL DE JOUR PERS. HANDIC.", "", "personnes"),
    # "SUP": higher education beside teaching or students, overtime beside hours.
    ("ENSEIGNEMENT SUP - RECHERCHE", "", "supérieur"),
    ("HEURES SUP - AGENTS D'ENTRETIEN", "", "supplémentaires"),
    # "PI": a fire hydrant in a street, flood prevention (GEMAPI's "PI") beside a dyke.
    ("REMPLACEMENT PI RUE DES LILAS", "", "poteau d'incendie"),
    ("PI", "DIGUE RG - CONFORTEMENT", "prévention des inondations"),
    # "PAM": the adapted transport of Île-de-France's départements, a farming sector elsewhere.
    ("TRANSPORTS PAM 75", "", "service de transport adapté aux personnes à mobilité réduite"),
    ("FILIERE PAM - AIDE AUX PRODUCTEURS", "", "plantes aromatiques et médicinales"),
])
def test_acronyms_with_two_common_readings_follow_the_line(glossary, label, context, reading):
    expansion = glossary.expand(label, hints=f"{label} ; {context}")
    assert [entry.meaning for entry in expansion.used if entry.kind == "ambigu"] == [reading]


def test_a_technical_department_code_is_not_read_as_a_saint(glossary):
    # "ST-BAT", "ST-RISQUES": the services techniques' teams, not a saint's name as in "ST-PIERRE".
    assert "saint" not in glossary.expand("ST-BAT", hints="TOITURE ECOLE ; ST-BAT").text
    risks = glossary.expand("ST-RISQUES", organisation_only=True, hints="PLAN ; ST-RISQUES")
    assert "saint" not in risks.text
    assert (glossary.expand("ST - VOIRIE", organisation_only=True, hints="ENROBES ; ST - VOIRIE").text
            == "services techniques - VOIRIE")
    assert glossary.expand("EGLISE ST-PIERRE", hints="EGLISE ST-PIERRE").text == "EGLISE saint-PIERRE"
    street = glossary.expand("RUE ST-JEAN RESEAUX", hints="RUE ST-JEAN RESEAUX")
    assert street.text.startswith("RUE saint-JEAN")


def test_an_ambiguous_abbreviation_is_read_in_lower_case_too(glossary):
    # Mixed-case exports shorten words in lower case ("Enseignement sup."): the line's words
    # still choose the reading, and without a clue the word stays as written.
    label = "AP 2019-14 Enseignement sup. - bâtiment Sciences"
    expected = "AP 2019-14 Enseignement supérieur. - bâtiment Sciences"
    assert glossary.expand(label, hints=label).text == expected
    assert glossary.expand("Sup. divers", hints="Sup. divers").text == "Sup. divers"


@pytest.mark.parametrize(("label", "text"), [
    ("RESTAURATION TOUR EGLISE", "RESTAURATION tour EGLISE"),
    ("PROTECTION TRAIT DE COTE - ENROCHEMENTS", "PROTECTION trait DE COTE - ENROCHEMENTS"),
])
def test_a_reading_that_keeps_the_word_is_not_reported_as_an_expansion(glossary, label, text):
    expansion = glossary.expand(label, hints=label)
    assert expansion.text == text
    assert expansion.used == ()


@pytest.mark.parametrize("label, expected", [
    ("RENFORCEMENT RES D'EAU POTABLE", "RENFORCEMENT réseau D'EAU POTABLE"),
    ("RPA RES LES LILAS", "résidence pour personnes âgées résidence LES LILAS"),
    ("PASSAGE LED EP BLD JAURES", "PASSAGE diode électroluminescente éclairage public boulevard JAURES"),
    ("AVALOIRS ET GRILLES EP", "AVALOIRS ET GRILLES eaux pluviales"),
    ("EP 18 TER RUE HUGO - ELEVATEUR ; EDUCATION", "école primaire 18 TER RUE HUGO - ELEVATEUR ; EDUCATION"),
    ("ENTRETIEN EP", "ENTRETIEN EP"),  # no clue: left as written
    ("ETUDES PRE-OPERATIONNELLES", "ETUDES PRE-OPERATIONNELLES"),
    ("AUDIT ENERGETIQUE BATIMENTS COM", "AUDIT ENERGETIQUE BATIMENTS communal"),
    ("JOURNAL COM", "JOURNAL communication"),
    ("RENOVATION DU POINT INFO JEUNESSE", "RENOVATION DU POINT information JEUNESSE"),
    ("REMPL SERVEURS INFO", "remplacement SERVEURS informatique"),
    ("ENT CIMETIERE", "entretien CIMETIERE"),
    ("CORBEILLES BI-FLUX", "CORBEILLES BI-FLUX"),  # a prefix, not a bouche d'incendie
    ("REMPLACEMENT BI DEFENSE INCENDIE", "REMPLACEMENT bouche d'incendie DEFENSE INCENDIE"),
    ("ACCUEIL 11-17 ANS", "ACCUEIL 11-17 ANS"),  # years, not the Agence nationale du sport
    ("CCAS - ACQUISITION MATER.", "centre communal d'action sociale - ACQUISITION matériel."),
    ("ECOLE MATER DES AMANDIERS", "ECOLE maternelle DES AMANDIERS"),
    ("CLOTURE 120 ML STADE", "CLOTURE 120 mètre linéaire STADE"),
    ("POT DE DEPART EN RETRAITE", "POT DE DEPART EN RETRAITE"),
    ("REMPLACEMENT BRANCHEMENTS PLOMB", "REMPLACEMENT BRANCHEMENTS plomb"),
    ("ACHAT BD MEDIATHEQUE", "ACHAT bande dessinée MEDIATHEQUE"),
    ("CARNETS PV POLICE MUNICIPALE", "CARNETS procès-verbal POLICE MUNICIPALE"),
    ("PANNEAUX PV TOITURES ECOLES", "PANNEAUX photovoltaïque TOITURES ECOLES"),
    ("CRD EMPRUNTS", "capital restant dû EMPRUNTS"),
    ("SOUTIENS REP EMBALLAGES", "SOUTIENS responsabilité élargie du producteur EMBALLAGES"),
    ("CHEMIN DU MAS NEUF", "CHEMIN DU MAS NEUF"),
    ("EC MAT PASTEUR PEINTURE", "école maternelle PASTEUR PEINTURE"),
    ("ACQ MAT TECHNIQUE", "acquisition matériel TECHNIQUE"),
    ("INT EMPRUNTS", "intérêts EMPRUNTS"),
    ("PEINTURE INT MAIRIE", "PEINTURE intérieur MAIRIE"),
    ("REDEVANCE OCCUPATION DP", "REDEVANCE OCCUPATION domaine public"),
    ("DEV ECO ZAE", "développement économique zone d'activités économiques"),
    ("ECL PUB RUE PASTEUR", "éclairage public RUE PASTEUR"),
    ("INSERTION PUB JOURNAL", "INSERTION publicité JOURNAL"),
    ("REG AVANCE CANTINE", "régie AVANCE CANTINE"),
    ("RESTAURATION TOUR EGLISE", "RESTAURATION tour EGLISE"),
    ("TOUR CYCLISTE - ACCUEIL ETAPE", "tour CYCLISTE - ACCUEIL ETAPE"),
    ("PROJ LED STADE", "projecteur diode électroluminescente STADE"),
])


def test_short_acronyms_of_exports_are_read_in_their_context(glossary, label, expected):
    assert glossary.expand(label, hints=label).text == expected


@pytest.mark.parametrize(("label", "expected"), [
    # Network operators, health and safety at work, invasive species: read everywhere in France.
    ("RACCORDEMENT ELECTRIQUE ENEDIS",
     "RACCORDEMENT ELECTRIQUE Enedis (gestionnaire du réseau de distribution d'électricité)"),
    ("PREVENTION TMS AGENTS", "PREVENTION troubles musculosquelettiques AGENTS"),
    ("ARRACHAGE EEE BERGES", "ARRACHAGE espèces exotiques envahissantes BERGES"),
    # Two readings of TPE: the payment terminal of a régie, the very small business.
    ("COMMISSIONS TPE REGIES", "COMMISSIONS terminal de paiement électronique REGIES"),
    ("AIDE AUX TPE DU COMMERCE", "AIDE AUX très petite entreprise DU COMMERCE"),
    # Employment, housing and health schemes, pollutants and road signs.
    ("SUBV TZCLD", "subvention territoire zéro chômeur de longue durée"),
    ("CCAPEX", "commission de coordination des actions de prévention des expulsions locatives"),
    ("LHSS CCAS", "lits halte soins santé (sans-abri malades) centre communal d'action sociale"),
    ("ELIMINATION TRANSFO PCB", "ELIMINATION TRANSFO polychlorobiphényles (pollution)"),
    ("RENOUVELLEMENT PMV", "RENOUVELLEMENT panneaux à messages variables"),
    ("LUTTE CONTRE VSS", "LUTTE CONTRE violences sexistes et sexuelles"),
    ("PRF 2024", "programme régional de formation (demandeurs d'emploi) 2024"),
    # Départements, régions and SDIS; conservatoires; shortened words of account wordings.
    ("VSAV - ACQUISITION", "véhicule de secours et d'assistance aux victimes - ACQUISITION"),
    ("CNRR - SSI", "conservatoire national à rayonnement régional - système de sécurité incendie"),
    ("PA/PH - MAINTIEN A DOMICILE", "personnes âgées / personnes handicapées - MAINTIEN A DOMICILE"),
    ("SUBV CAMSP", "subvention centre d'action médico-sociale précoce"),
    ("TRAVAUX IFSI", "TRAVAUX institut de formation en soins infirmiers"),
    ("CHGES EXCEPT", "charges exceptionnel"),
    # Overseas and health services: the fight against disease-carrying mosquitoes.
    ("LAV - GITES LARVAIRES", "lutte anti-vectorielle - GITES LARVAIRES"),
    # Mountain communes: avalanche and torrent works, ski lifts.
    ("RTM - PARAVALANCHES", "restauration des terrains en montagne - PARAVALANCHES"),
    ("TSD DES CRETES", "télésiège débrayable DES CRETES"),
    ("FSE+ NEET", "Fonds social européen plus jeunes ni en emploi ni en études ni en formation"),
    # River syndicates and the two halves of GEMAPI.
    ("PPRE TR. 2", "programme pluriannuel de restauration et d'entretien des cours d'eau TR. 2"),
    ("ZEC - ETUDES", "zone d'expansion des crues - ETUDES"),
    # Bus networks, fire services and child welfare (the fifteenth outside set's authorities).
    ("SAEIV - MARCHE", "système d'aide à l'exploitation et d'information des voyageurs - MARCHE"),
    ("CCFM X2", "camion-citerne feux de forêts moyen X2"),
    ("HEBERGEMENT FVV", "HEBERGEMENT femmes victimes de violences"),
    ("ALLOCATIONS CJM", "ALLOCATIONS contrat jeune majeur"),
    # Climate plans and employers' mobility plans; shortened words of a large city's exports.
    ("ETUDE ICU THERMOGRAPHIE", "ETUDE îlot de chaleur urbain THERMOGRAPHIE"),
    ("FORFAIT MOBILITES DURABLES PDME", "FORFAIT MOBILITES DURABLES plan de mobilité employeur"),
    ("REGISTRE PERS VULN", "REGISTRE PERS vulnérables"),
    # Sailing, private schools, pest control, fire services.
    ("BOUEES ZMEL", "BOUEES zone de mouillages et d'équipements légers"),
    ("PARTICIP OGEC", "participation organisme de gestion de l'enseignement catholique"),
    ("GDON - FRELON ASIATIQUE", "groupement de défense contre les organismes nuisibles - FRELON ASIATIQUE"),
    ("HBE LOCATION ETE", "hélicoptère bombardier d'eau LOCATION ETE"),
])
def test_acronyms_of_every_french_authority_are_known(glossary, label, expected):
    assert glossary.expand(label, hints=label).text == expected


@pytest.mark.parametrize(("label", "expected"), [
    # Each part of a slash group is read in the line's context, like a word on its own.
    ("REFECTION EP/EU RUE PASTEUR", "REFECTION eaux pluviales / eaux usées RUE PASTEUR"),
    ("LOGICIEL CAO/DAO", "LOGICIEL conception assistée par ordinateur / dessin assisté par ordinateur"),
    ("INSTRUCTION PC/DP/CU",
     "INSTRUCTION permis de construire / déclaration préalable / certificat d'urbanisme"),
    # A part nobody can read stays as written; the others are still expanded.
    ("TRAVAUX EU/XQZ", "TRAVAUX eaux usées / XQZ"),
])
def test_slash_groups_are_read_part_by_part(glossary, label, expected):
    assert glossary.expand(label, hints=label).text == expected


@pytest.mark.parametrize(("label", "expected"), [
    # Entries written with an apostrophe, a sign or a hyphen are not cut into pieces.
    ("TRAVAUX AD'AP ECOLE", "TRAVAUX agenda d'accessibilité programmée ECOLE"),
    ("Travaux Ad’AP école", "Travaux agenda d'accessibilité programmée école"),
    ("FACTURE N°12", "FACTURE numéro 12"),
    ("PARKING P+R GARE", "PARKING parc relais GARE"),
    ("ECOLES REP+ DEDOUBLEMENT", "ECOLES réseau d'éducation prioritaire renforcé DEDOUBLEMENT"),
    # An entry of several words is found whole, and its words alone are left as written.
    ("ENTRETIEN PARC AUTO", "ENTRETIEN parc automobile"),
    ("AIDE AUX AUTO-ENTREPRENEURS", "AIDE AUX AUTO-ENTREPRENEURS"),
    ("PARC AUTOMOBILE", "PARC AUTOMOBILE"),
    # "ENS SUP" is higher education, not a sensitive natural area ("ENS") followed by "SUP".
    ("BOURSES ENS SUP", "BOURSES enseignement supérieur"),
    ("AIDE ENS. SUP - EIVP", "AIDE enseignement supérieur - EIVP"),
    ("ACQUISITION TERRAINS ENS", "ACQUISITION TERRAINS espace naturel sensible"),
])
def test_entries_written_with_signs_are_found_whole(glossary, label, expected):
    assert glossary.expand(label, hints=label).text == expected


def test_the_vehicle_fleet_is_a_unit_in_a_service_field(glossary):
    assert glossary.expand("PARC AUTO", organisation_only=True).text == "parc automobile"
    assert (glossary.expand("DGST - PARC AUTO ET ATELIER", organisation_only=True).text
            == "DGST - parc automobile ET ATELIER")


@pytest.mark.parametrize(("service", "expected"), [
    ("PM", "police municipale"),  # a field a department is named after
    ("EV - ESPACES VERTS", "espaces verts - ESPACES VERTS"),
    ("EHPAD LES LILAS", "établissement d'hébergement pour personnes âgées dépendantes LES LILAS"),
    ("PETITE ENFANCE - RAM", "PETITE ENFANCE - relais assistantes maternelles"),
    ("SCE ESP VERTS", "service espace VERTS"),  # shortened words among words
    ("DEV ECO", "développement économique"),
    ("DEV - ESPACES VERTS", "DEV - ESPACES VERTS"),  # ... but alone, a shortened word is a code
    ("DPE", "DPE"),  # a thing's acronym (diagnostic de performance énergétique) is a code there
    ("DPE - PETITE ENFANCE", "DPE - PETITE ENFANCE"),
    ("DSP - SPORTS", "DSP - SPORTS"),  # not a délégation de service public
    # A manager's title heading a pole stays as written: "directeur général" reads as
    # administration, and the pole's field follows it.
    ("DGA SOLIDARITES", "DGA SOLIDARITES"),
    ("DGST - BATIMENTS", "DGST - BATIMENTS"),
])
def test_service_fields_expand_only_what_can_name_a_unit(glossary, service, expected):
    assert glossary.expand(service, organisation_only=True, hints=service).text == expected


def test_every_acronym_says_whether_it_can_name_a_unit():
    text = resources.files("verdir.data").joinpath("glossaire.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    for row in rows:
        expected = {"oui", "non", "titre"} if row["type"] == "sigle" else {""}
        assert row["service"] in expected, row["sigle"]
    units = {row["sigle"] for row in rows if row["service"] == "oui"}
    assert {"CCAS", "DRH", "PM", "EHPAD", "GS", "CTM", "OM"} <= units
    assert not {"DPE", "DAE", "SSI", "PLU", "DSP", "TEOM"} & units


def test_common_budget_abbreviations_are_expanded(glossary):
    label = "REHABILIT RESEAU ASSAINISST - OPAH-RU - SUBV CIDFF"
    text = glossary.expand(label, hints=label).text
    assert text == ("réhabilitation RESEAU assainissement - opération programmée d'amélioration de "
                    "l'habitat de renouvellement urbain - subvention centre d'information sur les droits "
                    "des femmes et des familles")


def test_ambiguous_acronyms_stay_as_written_without_a_clear_clue(glossary):
    assert glossary.expand("CC RUE DES PINS").text.startswith("CC RUE DES PINS")
    # Clues for two readings at once: no choice is made.
    tie = glossary.expand("CC RUE DES PINS", hints="petite enfance ; culture")
    assert tie.text.startswith("CC ")
    # In a service field too, only the field's own words choose a reading.
    assert glossary.expand("CC", organisation_only=True).text == "CC"
    field = "PETITE ENFANCE - CC"
    assert glossary.expand(field, organisation_only=True, hints=field).text == (
        "PETITE ENFANCE - crèche collective")


def test_ambiguous_readings_are_valid():
    from verdir.engine.glossary import load_readings

    readings = load_readings()
    entries = {e.abbreviation.upper(): e for e in load_builtin_entries()}
    assert {"CC", "CS", "MA", "PC"} <= {key.upper() for key in readings}
    for key, options in readings.items():
        assert entries[key.upper()].kind == "ambigu", key
        assert len({o.meaning for o in options}) == len(options), key


def test_a_service_made_only_of_unknown_codes_is_reported(glossary):
    assert glossary.unexplained_codes("DQZX") == ("DQZX",)
    assert glossary.unexplained_codes("DQZX - ESPACES VERTS") == ()  # the words explain it
    assert glossary.unexplained_codes("CCAS") == ()  # known to the glossary
    # A code the glossary knows only as a thing is still a direction to name: "DPE" is the
    # Paris direction de la propreté et de l'eau, not a diagnostic de performance énergétique.
    assert glossary.unexplained_codes("DPE") == ("DPE",)
    assert glossary.unexplained_codes("DAE") == ("DAE",)
    assert glossary.unexplained_codes("DGS") == ()  # a known title, not a code to name
    assert glossary.unexplained_codes("Service des sports") == ()
    assert glossary.unexplained_codes("") == ()
