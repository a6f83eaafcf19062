"""What the add-in needs from a workbook, as a Protocol.

Two implementations: :mod:`verdir.addin.xlwings_adapter` (the real Excel, through xlwings) and
:mod:`verdir.addin.memory_workbook` (a grid in memory, for the tests). Every other module of the
add-in talks to this Protocol only, so all the logic runs without Excel.

Coordinates are Excel's: rows and columns count from 1. Blocks are lists of rows (2-D lists);
an empty cell reads as ``None``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

RGB = tuple[int, int, int]
Block = list[list[Any]]

CALC_AUTOMATIC = "automatic"
CALC_MANUAL = "manual"


@dataclass(frozen=True)
class Selection:
    """The selected rectangle (its first area when several are selected)."""

    sheet: str
    row: int
    column: int
    n_rows: int = 1
    n_columns: int = 1

    @property
    def single_cell(self) -> bool:
        return self.n_rows == 1 and self.n_columns == 1

    @property
    def last_row(self) -> int:
        return self.row + self.n_rows - 1


@dataclass(frozen=True)
class ChartSpec:
    """A native chart drawn from cells of its sheet.

    Series come from ``value_columns`` (header cell in ``header_row``, values from
    ``first_row`` to ``last_row``), categories from ``category_column`` over the same rows.
    The chart covers the cells from (``anchor_row``, ``anchor_column``) over ``n_rows`` x
    ``n_columns``.
    """

    kind: str  # CHART_COLUMNS or CHART_STACKED_BARS
    title: str
    header_row: int
    first_row: int
    last_row: int
    category_column: int
    value_columns: tuple[int, ...]
    series_colours: tuple[RGB | None, ...]  # one per value column; None: Excel's colour
    point_colours: tuple[RGB | None, ...] = ()  # one per row, for a one-series chart
    axis_format: str | None = None
    legend: bool = False
    anchor_row: int = 1
    anchor_column: int = 1
    n_rows: int = 20
    n_columns: int = 8


CHART_COLUMNS = "column_clustered"  # vertical bars side by side
CHART_STACKED_BARS = "bar_stacked"  # horizontal bars, series stacked


class Workbook(Protocol):
    """The calling workbook, as the add-in sees it."""

    # -- where the user is
    def selection(self) -> Selection | None:
        """The selected cells, or None when the selection is not cells (a chart, a shape...)."""
        ...

    def book_name(self) -> str:
        """The workbook's file name ('Budget 2025.xlsx'; 'Classeur1' before it is saved)."""
        ...

    # -- sheets
    def sheet_names(self) -> list[str]:
        """Every sheet, hidden ones included."""
        ...

    def add_sheet(self, name: str, hidden: bool = False) -> None:
        """Add a sheet after the last one; a hidden sheet stays out of the user's way."""
        ...

    def activate_sheet(self, name: str) -> None: ...

    def used_extent(self, sheet: str) -> tuple[int, int]:
        """(last used row, last used column) of the sheet, counted from A1; (0, 0) when empty."""
        ...

    # -- cells
    def read(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int) -> Block:
        """The values of a rectangle, always as a 2-D list of n_rows x n_columns."""
        ...

    def write(self, sheet: str, row: int, column: int, values: Block) -> None:
        """Write a 2-D block whose top-left cell is (row, column), in one operation."""
        ...

    def clear(self, sheet: str) -> None:
        """Empty every cell of a sheet (and remove its charts)."""
        ...

    def fill(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int,
             color: RGB | None) -> None:
        """Background colour of a rectangle; None removes it."""
        ...

    def number_format(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int,
                      fmt: str) -> None:
        """Excel number format of a rectangle ("@" keeps what is written as text)."""
        ...

    def set_column_width(self, sheet: str, column: int, n_columns: int, width: float) -> None:
        """Width of ``n_columns`` columns from ``column``, in characters."""
        ...

    def add_chart(self, sheet: str, spec: ChartSpec) -> None:
        """A native chart (see :class:`ChartSpec`); :meth:`clear` removes it."""
        ...

    # -- application
    def set_status(self, text: str | None) -> None:
        """Text in Excel's status bar; None gives the status bar back to Excel."""
        ...

    def alert(self, message: str, title: str = "Verdir", critical: bool = False) -> None:
        """A message box with one OK button."""
        ...

    def confirm(self, message: str, title: str = "Verdir") -> bool:
        """A Yes/No message box; True when the user answers Yes."""
        ...

    def get_screen_updating(self) -> bool: ...

    def set_screen_updating(self, value: bool) -> None: ...

    def get_calculation(self) -> str: ...

    def set_calculation(self, value: str) -> None: ...


@contextmanager
def quiet_writing(book: Workbook) -> Iterator[None]:
    """Screen updating off and calculation manual while Verdir writes; restored even on error."""
    screen = book.get_screen_updating()
    calculation = book.get_calculation()
    book.set_screen_updating(False)
    book.set_calculation(CALC_MANUAL)
    try:
        yield
    finally:
        try:
            book.set_calculation(calculation)
        finally:
            book.set_screen_updating(screen)
            book.set_status(None)


def read_hidden_sheet(book: Workbook, sheet: str, n_columns: int) -> Block:
    """Every used row of one of Verdir's hidden sheets (header included); [] when absent."""
    if sheet not in book.sheet_names():
        return []
    last_row, _ = book.used_extent(sheet)
    return book.read(sheet, 1, 1, last_row, n_columns) if last_row else []


def write_hidden_sheet(book: Workbook, sheet: str, header: Sequence[str],
                       runs: Iterable[tuple[int, Block]]) -> None:
    """Write runs of rows (first row, block) into a hidden sheet, created with its header."""
    if sheet not in book.sheet_names():
        book.add_sheet(sheet, hidden=True)
        book.write(sheet, 1, 1, [list(header)])
    for first, block in runs:
        book.write(sheet, first, 1, block)
