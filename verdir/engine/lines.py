"""What the engine takes in and gives back, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field

SOURCE_MODEL = "modele"
SOURCE_CORRECTION = "correction"
SOURCE_RULE = "regle"
SOURCE_EMPTY = "vide"


@dataclass(frozen=True)
class BudgetLine:
    libelle: str
    chapitre: str = ""
    nature: str = ""
    fonction: str = ""
    service: str = ""
    mission: str = ""
    montant: float | None = None


@dataclass(frozen=True)
class Classification:
    """The ODD distribution of one line (empty ``shares`` when the label is empty)."""

    shares: dict[int, int]
    main: int | None
    confidence: float
    explanation: str
    unknown_acronyms: tuple[str, ...] = field(default_factory=tuple)
    source: str = SOURCE_MODEL
