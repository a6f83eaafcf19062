"""Recognise budget columns by their header, whatever the case and accents.

Finance exports name the same column in many ways ("Libellé", "LIBELLE", "libelle_operation",
"Direction", "Service gestionnaire"...). Every reader of user tables (CLI, add-in, report) goes
through :func:`match_columns` so that they agree on what a column means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verdir.engine.text import fold

# Output columns Verdir adds to a table (French, user-facing).
ODD_COLUMNS: tuple[str, ...] = tuple(f"ODD {goal}" for goal in range(1, 18))
COL_MAIN = "ODD principal"
COL_CONFIDENCE = "Confiance"
COL_EXPLANATION = "Explication"
COL_UNKNOWN = "Sigles inconnus"
OUTPUT_COLUMNS: tuple[str, ...] = (*ODD_COLUMNS, COL_MAIN, COL_CONFIDENCE, COL_EXPLANATION, COL_UNKNOWN)
# Columns of the green-budget annex (``--framework annexe-verte``); see verdir/frameworks/ratings.py.
ANNEX_AXIS_COLUMNS: tuple[str, ...] = (
    "Axe 1 Atténuation", "Axe 2 Adaptation", "Axe 3 Eau", "Axe 4 Économie circulaire",
    "Axe 5 Pollutions", "Axe 6 Biodiversité",
)
COL_SYNTHESIS = "Synthèse"
ANNEX_OUTPUT_COLUMNS: tuple[str, ...] = (*ANNEX_AXIS_COLUMNS, COL_SYNTHESIS, COL_EXPLANATION)

# Role -> accepted header spellings, already folded (see fold_header). Order matters: the first
# role whose synonyms match a header wins, and exact matches beat prefix matches.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "libelle": (
        "libelle", "libelles", "libelle operation", "libelle de l operation", "libelle ligne",
        "intitule", "designation", "objet", "label", "libelle budgetaire", "libelle depense",
    ),
    "chapitre": ("chapitre", "chap", "code chapitre", "chapitre budgetaire"),
    "nature": ("nature", "compte", "article", "code nature", "imputation", "nature comptable"),
    "fonction": ("fonction", "code fonction", "fonctionnel", "sous fonction", "rubrique"),
    "service": (
        "service", "direction", "service gestionnaire", "direction gestionnaire", "pole",
        "gestionnaire", "departement", "entite",
    ),
    "mission": ("mission", "programme", "politique publique", "politique"),
    "montant": (
        "montant", "montants", "montant ttc", "montant ht", "credits", "credits votes",
        "montant vote", "budget", "prevision", "realise", "mandate", "montant en euros",
    ),
    "section": ("section", "sens section"),
    "operation": ("operation", "code operation", "numero operation", "ap", "n operation"),
}


def fold_header(header: object) -> str:
    """Lower-case, strip accents and punctuation: 'Libellé de l’opération' -> 'libelle de l operation'."""
    return re.sub(r"[^a-z0-9]+", " ", fold(str(header))).strip()


def role_of(header: object) -> str | None:
    """The role a header plays, or None when it is not a budget column Verdir knows."""
    folded = fold_header(header)
    if not folded or _labelled_code_role(folded):
        return None
    for role, synonyms in ROLE_SYNONYMS.items():
        if folded in synonyms:
            return role
    for role, synonyms in ROLE_SYNONYMS.items():
        if any(folded.startswith(s + " ") for s in synonyms):
            return role
    return None


CODE_ROLES = ("chapitre", "nature", "fonction")
_LABEL_PREFIXES = ("libelle ", "libelles ", "intitule ", "lib ")


def _labelled_code_role(folded: str) -> str | None:
    """The code role a label header names: "libelle fonction", "intitule nature" -> its role."""
    for prefix in _LABEL_PREFIXES:
        if folded.startswith(prefix):
            rest = folded[len(prefix):]
            return next((role for role in CODE_ROLES
                         if rest in ROLE_SYNONYMS[role]
                         or any(rest.startswith(s + " ") for s in ROLE_SYNONYMS[role])), None)
    return None


def companion_columns(headers: Iterable[object]) -> dict[str, int]:
    """For the code roles, the index of a second header of the same role ("fonction_libelle"
    beside "fonction"): exports often put the code and its label in two columns."""
    seen: dict[str, int] = {}
    companions: dict[str, int] = {}
    for index, header in enumerate(headers):
        if str(header) in OUTPUT_COLUMNS or str(header) in ANNEX_OUTPUT_COLUMNS:
            continue
        labelled = _labelled_code_role(fold_header(header))
        if labelled is not None:  # "Libellé fonction"
            companions.setdefault(labelled, index)
            continue
        role = role_of(header)
        if role not in CODE_ROLES:
            continue
        if role in seen:
            companions.setdefault(role, index)
        else:
            seen[role] = index
    return companions


def with_label(code: str, label: str) -> str:
    """A code cell and its companion label cell as one value: "212" + "Écoles primaires" ->
    "212 - Écoles primaires" (the label tells the M14 fonctions from the M57 ones)."""
    return " - ".join(part for part in (code, label) if part)


def match_columns(headers: Iterable[object]) -> dict[str, int]:
    """Map each known role to the index of the first header playing it.

    Verdir's own output columns are never taken as input.
    """
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        if str(header) in OUTPUT_COLUMNS or str(header) in ANNEX_OUTPUT_COLUMNS:
            continue
        role = role_of(header)
        if role is not None and role not in found:
            found[role] = index
    return found
