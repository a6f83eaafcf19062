"""What the engine takes in and gives back, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field

from verdir.engine.imputation import spread_imputation

SOURCE_MODEL = "modele"
SOURCE_CORRECTION = "correction"
SOURCE_RULE = "regle"
SOURCE_EMPTY = "vide"


@dataclass(frozen=True)
class BudgetLine:
    """One budget line. A whole imputation in one code cell ("21-2135-212", from an export's
    "Imputation" column) is spread into chapitre, nature and fonction."""

    libelle: str
    chapitre: str = ""
    nature: str = ""
    fonction: str = ""
    service: str = ""
    mission: str = ""
    montant: float | None = None

    def __post_init__(self) -> None:
        codes = spread_imputation(self.chapitre, self.nature, self.fonction)
        if codes != (self.chapitre, self.nature, self.fonction):
            for name, value in zip(("chapitre", "nature", "fonction"), codes, strict=True):
                object.__setattr__(self, name, value)


@dataclass(frozen=True)
class Classification:
    """The ODD distribution of one line (empty ``shares`` when the label is empty)."""

    shares: dict[int, int]
    main: int | None
    confidence: float
    explanation: str
    unknown_acronyms: tuple[str, ...] = field(default_factory=tuple)
    source: str = SOURCE_MODEL
