"""Lines the corpus must not contain, applied by every generator before it writes its part.

Bare generic fragments ("mobilier", "ETUDES", "TRAVAUX") are written the same way in every
authority's exports, including the evaluation lines; the corpus keeps such fragments only
with a context (fonction or service), and drops them when they stand alone as below.
"""

from __future__ import annotations

import re
import unicodedata

EXCLUDED_LABELS = frozenset({
    "mobilier", "canalisations", "etudes", "menuiseries", "travaux pour handicapes",
    "mobilier urbain", "ouvrages d'art", "travaux", "etudes diverses", "photocopieurs",
    "chauffage", "telephonie", "outillage", "electromenager", "frais d'etudes",
    "acquisition d'oeuvres d'art", "open data", "pistes cyclables", "hotel de ville",
})


def _key(label: str) -> str:
    folded = unicodedata.normalize("NFKD", label)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return re.sub(r"\s+", " ", folded).strip()


def keep(label: str) -> bool:
    return _key(label) not in EXCLUDED_LABELS
