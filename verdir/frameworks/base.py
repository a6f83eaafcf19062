"""What every framework (ODD, annexe verte, custom axes) takes in and gives back."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from verdir.engine.lines import SOURCE_MODEL, BudgetLine

KIND_PERCENTAGES = "pourcentages"
KIND_RATINGS = "cotations"


class FrameworkError(ValueError):
    """A framework that cannot be loaded or a bad correction; the message is French."""


@dataclass(frozen=True)
class AxisRating:
    """The rating of one line on one axis of the annex (``parts`` holds splits, largest first)."""

    axis: int
    parts: tuple[tuple[str, int], ...]
    reason: str
    rule: str = ""  # id of the rule that decided, "" for defaults, "correction" for corrections

    @property
    def rating(self) -> str:
        return self.parts[0][0]

    @property
    def text(self) -> str:
        from verdir.frameworks.ratings import format_rating

        return format_rating(self.parts)


@dataclass(frozen=True)
class FrameworkResult:
    """One line under one framework.

    ``values`` maps each of the framework's value columns to its cell: a whole percentage (or
    None for an empty label) for percentage frameworks, a rating text for the annex.
    """

    values: dict[str, int | str | None]
    main: str | None
    confidence: float
    explanation: str
    source: str = SOURCE_MODEL
    ratings: tuple[AxisRating, ...] = field(default_factory=tuple)  # annexe-verte only
    synthesis: str = ""  # annexe-verte only
    unknown_acronyms: tuple[str, ...] = field(default_factory=tuple)


class Framework(ABC):
    """A way of reading budget lines: ``classify`` them, learn from ``add_corrections``."""

    name: str  # "odd", "annexe-verte" or the custom file's stem
    title: str  # French, for people
    kind: str  # KIND_PERCENTAGES or KIND_RATINGS
    columns: tuple[str, ...]  # value columns, in order

    @property
    @abstractmethod
    def output_columns(self) -> tuple[str, ...]:
        """Every column the framework adds to a table (value columns first)."""

    @abstractmethod
    def classify(self, lines: Sequence[BudgetLine]) -> list[FrameworkResult]: ...

    @abstractmethod
    def add_corrections(self, items: Iterable[tuple[BudgetLine, Mapping[str, object]]]) -> int:
        """Teach corrected lines (column -> value); returns how many were taken."""

    @abstractmethod
    def remove_correction(self, line: BudgetLine) -> bool: ...

    def row(self, result: FrameworkResult) -> dict[str, object]:
        """The cells this framework adds for one result, by output column."""
        return dict(result.values)
