"""An in-memory workbook implementing :class:`verdir.addin.workbook.Workbook`, for the tests.

It behaves like Excel where the add-in depends on it: reads of any rectangle (empty cells are
None), 2-D block writes, hidden sheets, fills, a status bar, message boxes answered from a queue
of scripted replies. It also records what happened (writes, status texts, alerts) so that tests
can assert on behaviour, such as "one write per chunk" or "screen updating restored".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from verdir.addin.workbook import CALC_AUTOMATIC, RGB, Block, ChartSpec, Selection


@dataclass
class Sheet:
    name: str
    hidden: bool = False
    cells: dict[tuple[int, int], Any] = field(default_factory=dict)
    fills: dict[tuple[int, int], RGB] = field(default_factory=dict)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    charts: list[ChartSpec] = field(default_factory=list)


class MemoryWorkbook:
    def __init__(self, sheets: Iterable[str] = ("Feuil1",), name: str = "Classeur1.xlsx") -> None:
        self.name = name
        self.sheets: dict[str, Sheet] = {name: Sheet(name) for name in sheets}
        if not self.sheets:
            raise ValueError("a workbook has at least one sheet")
        first = next(iter(self.sheets))
        self._selection: Selection | None = Selection(first, 1, 1)
        self.screen_updating = True
        self.calculation = CALC_AUTOMATIC
        self.status_history: list[str | None] = []
        self.status: str | None = None
        self.alerts: list[tuple[str, str, bool]] = []
        self.confirmations: list[str] = []
        self.answers: list[bool] = []  # replies to confirm(), consumed in order
        self.writes: list[tuple[str, int, int, int, int]] = []  # sheet, row, column, rows, cols
        self.active_sheet = first
        self.fail_on_write: Exception | None = None

    # ------------------------------------------------------------ test helpers
    def set_rows(self, sheet: str, rows: Sequence[Sequence[Any]], row: int = 1, column: int = 1) -> None:
        """Put a table in a sheet without recording it as a write of the add-in."""
        self._ensure(sheet)
        for i, values in enumerate(rows):
            for j, value in enumerate(values):
                self._set(sheet, row + i, column + j, value)

    def select(self, sheet: str, row: int, column: int, n_rows: int = 1, n_columns: int = 1) -> None:
        self._ensure(sheet)
        self._selection = Selection(sheet, row, column, n_rows, n_columns)
        self.active_sheet = sheet

    def select_nothing(self) -> None:
        self._selection = None

    def value(self, sheet: str, row: int, column: int) -> Any:
        return self.sheets[sheet].cells.get((row, column))

    def row_values(self, sheet: str, row: int, column: int, n_columns: int) -> list[Any]:
        return self.read(sheet, row, column, 1, n_columns)[0]

    def _ensure(self, sheet: str) -> None:
        if sheet not in self.sheets:
            self.sheets[sheet] = Sheet(sheet)

    def _set(self, sheet: str, row: int, column: int, value: Any) -> None:
        if value is None or value == "":
            self.sheets[sheet].cells.pop((row, column), None)
        else:
            self.sheets[sheet].cells[(row, column)] = value

    def _sheet(self, name: str) -> Sheet:
        if name not in self.sheets:
            raise KeyError(f"no sheet {name!r}")
        return self.sheets[name]

    # ------------------------------------------------------------ Workbook protocol
    def selection(self) -> Selection | None:
        return self._selection

    def book_name(self) -> str:
        return self.name

    def sheet_names(self) -> list[str]:
        return list(self.sheets)

    def add_sheet(self, name: str, hidden: bool = False) -> None:
        if name in self.sheets:
            raise ValueError(f"sheet {name!r} exists")
        self.sheets[name] = Sheet(name, hidden=hidden)

    def activate_sheet(self, name: str) -> None:
        self._sheet(name)
        self.active_sheet = name

    def used_extent(self, sheet: str) -> tuple[int, int]:
        cells = self._sheet(sheet).cells
        if not cells:
            return (0, 0)
        return (max(r for r, _ in cells), max(c for _, c in cells))

    def read(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int) -> Block:
        cells = self._sheet(sheet).cells
        return [[cells.get((row + i, column + j)) for j in range(n_columns)] for i in range(n_rows)]

    def write(self, sheet: str, row: int, column: int, values: Block) -> None:
        if self.fail_on_write is not None:
            raise self.fail_on_write
        self._sheet(sheet)
        width = max((len(r) for r in values), default=0)
        if any(len(r) != width for r in values):
            raise ValueError("a block's rows must have the same length")
        for i, line in enumerate(values):
            for j, value in enumerate(line):
                self._set(sheet, row + i, column + j, value)
        self.writes.append((sheet, row, column, len(values), width))

    def clear(self, sheet: str) -> None:
        target = self._sheet(sheet)
        target.cells.clear()
        target.fills.clear()
        target.formats.clear()
        target.charts.clear()

    def fill(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int,
             color: RGB | None) -> None:
        fills = self._sheet(sheet).fills
        for i in range(n_rows):
            for j in range(n_columns):
                if color is None:
                    fills.pop((row + i, column + j), None)
                else:
                    fills[(row + i, column + j)] = color

    def number_format(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int,
                      fmt: str) -> None:
        formats = self._sheet(sheet).formats
        for i in range(n_rows):
            for j in range(n_columns):
                formats[(row + i, column + j)] = fmt

    def set_column_width(self, sheet: str, column: int, n_columns: int, width: float) -> None:
        widths = self._sheet(sheet).widths
        for j in range(n_columns):
            widths[column + j] = width

    def add_chart(self, sheet: str, spec: ChartSpec) -> None:
        self._sheet(sheet).charts.append(spec)

    def set_status(self, text: str | None) -> None:
        self.status = text
        self.status_history.append(text)

    def alert(self, message: str, title: str = "Verdir", critical: bool = False) -> None:
        self.alerts.append((title, message, critical))

    def confirm(self, message: str, title: str = "Verdir") -> bool:
        self.confirmations.append(message)
        if not self.answers:
            raise AssertionError(f"unexpected confirmation: {message}")
        return self.answers.pop(0)

    def get_screen_updating(self) -> bool:
        return self.screen_updating

    def set_screen_updating(self, value: bool) -> None:
        self.screen_updating = value

    def get_calculation(self) -> str:
        return self.calculation

    def set_calculation(self, value: str) -> None:
        self.calculation = value
