"""The default framework: the 17 ODD, as the engine classifies them (percentages)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from verdir.columns import (
    COL_CONFIDENCE,
    COL_EXPLANATION,
    COL_MAIN,
    COL_UNKNOWN,
    ODD_COLUMNS,
    OUTPUT_COLUMNS,
)
from verdir.engine.lines import BudgetLine
from verdir.engine.shares import InvalidShares, validate_shares
from verdir.frameworks.base import KIND_PERCENTAGES, Framework, FrameworkError, FrameworkResult

NAME = "odd"


def goal_number(key: object) -> int:
    """4, '4' or 'ODD 4' -> 4."""
    text = str(key).strip().upper().removeprefix("ODD").strip()
    try:
        return int(text)
    except ValueError as error:
        raise FrameworkError(f"« {key} » n'est pas un ODD (1 à 17)") from error


class OddFramework(Framework):
    name = NAME
    title = "Objectifs de développement durable (ODD 1 à 17)"
    kind = KIND_PERCENTAGES
    columns = ODD_COLUMNS

    def __init__(self, engine) -> None:  # noqa: ANN001 - Engine
        self.engine = engine

    @property
    def output_columns(self) -> tuple[str, ...]:
        return OUTPUT_COLUMNS

    def classify(self, lines: Sequence[BudgetLine]) -> list[FrameworkResult]:
        results = []
        for item in self.engine.classify(lines):
            values: dict[str, int | str | None] = {
                column: (item.shares.get(goal, 0) if item.shares else None)
                for goal, column in enumerate(ODD_COLUMNS, start=1)}
            results.append(FrameworkResult(
                values, f"ODD {item.main}" if item.main else None, item.confidence,
                item.explanation, item.source, unknown_acronyms=tuple(item.unknown_acronyms)))
        return results

    def row(self, result: FrameworkResult) -> dict[str, object]:
        return {**result.values, COL_MAIN: int(result.main.split()[1]) if result.main else None,
                COL_CONFIDENCE: result.confidence if result.main else None,
                COL_EXPLANATION: result.explanation, COL_UNKNOWN: ", ".join(result.unknown_acronyms)}

    def add_corrections(self, items: Iterable[tuple[BudgetLine, Mapping[object, object]]]) -> int:
        parsed = []
        for line, values in items:
            shares = {goal_number(k): v for k, v in values.items()
                      if v is not None and str(v).strip() not in ("", "0")}
            try:
                parsed.append((line, validate_shares(shares)))
            except InvalidShares as error:
                raise FrameworkError(f"« {line.libelle} » : {error}") from error
        return self.engine.add_corrections(parsed)

    def remove_correction(self, line: BudgetLine) -> bool:
        return self.engine.remove_correction(line)
