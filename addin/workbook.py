"""What the add-in needs from a workbook, as a Protocol.

Two implementations: :mod:`verdir.addin.xlwings_adapter` (the real Excel, through xlwings) and
:mod:`verdir.addin.memory_workbook` (a grid in memory, for the tests). Every other module of the
add-in talks to this Protocol only, so all the logic runs without Excel.

Coordinates are Excel's: rows and columns count from 1. Blocks are lists of rows (2-D lists);
an empty cell reads as ``None``.
"""

from __future__ import annotations

from collections.abc import Iterator
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


class Workbook(Protocol):
    """The calling workbook, as the add-in sees it."""

    # -- where the user is
    def selection(self) -> Selection | None:
        """The selected cells, or None when the selection is not cells (a chart, a shape...)."""
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

    def add_bar_chart(self, sheet: str, first_row: int, n_rows: int, label_column: int,
                      value_column: int, title: str, anchor_row: int, anchor_column: int) -> None:
        """A bar chart of ``value_column`` (header in ``first_row``, then ``n_rows`` values) labelled by
        ``label_column``, its top-left corner at the anchor cell."""
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
