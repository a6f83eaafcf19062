"""The real workbook: :class:`verdir.addin.workbook.Workbook` over xlwings.

Deliberately thin (one xlwings call per method, no decisions) so that it can be read in one
sitting; everything else is tested through the in-memory workbook. Imported only inside Excel,
when a button is pressed.
"""

from __future__ import annotations

from typing import Any

import xlwings as xw

from verdir.addin.workbook import RGB, Block, Selection


class XlwingsWorkbook:
    def __init__(self, book: xw.Book) -> None:
        self.book = book
        self.app = book.app

    @classmethod
    def caller(cls) -> XlwingsWorkbook:
        """The workbook that was active when the ribbon button was pressed."""
        return cls(xw.Book.caller())

    def _range(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int) -> xw.Range:
        return self.book.sheets[sheet].range((row, column), (row + n_rows - 1, column + n_columns - 1))

    def selection(self) -> Selection | None:
        selected = self.app.selection
        if selected is None:  # a chart or a shape is selected
            return None
        n_rows, n_columns = selected.shape
        return Selection(selected.sheet.name, selected.row, selected.column, n_rows, n_columns)

    def sheet_names(self) -> list[str]:
        return [sheet.name for sheet in self.book.sheets]

    def add_sheet(self, name: str, hidden: bool = False) -> None:
        active = self.book.sheets.active
        sheet = self.book.sheets.add(name, after=self.book.sheets[len(self.book.sheets) - 1])
        if hidden:
            sheet.visible = False
        active.activate()  # adding a sheet activates it; the user stays where they were

    def activate_sheet(self, name: str) -> None:
        self.book.sheets[name].activate()

    def used_extent(self, sheet: str) -> tuple[int, int]:
        used = self.book.sheets[sheet].used_range
        last = used.last_cell
        if last.row == 1 and last.column == 1 and used.value is None:
            return (0, 0)
        return (last.row, last.column)

    def read(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int) -> Block:
        return self._range(sheet, row, column, n_rows, n_columns).options(ndim=2).value

    def write(self, sheet: str, row: int, column: int, values: Block) -> None:
        self.book.sheets[sheet].range((row, column)).value = values

    def clear(self, sheet: str) -> None:
        target = self.book.sheets[sheet]
        for chart in list(target.charts):
            chart.delete()
        target.clear()

    def fill(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int,
             color: RGB | None) -> None:
        self._range(sheet, row, column, n_rows, n_columns).color = color

    def add_bar_chart(self, sheet: str, first_row: int, n_rows: int, label_column: int,
                      value_column: int, title: str, anchor_row: int, anchor_column: int) -> None:
        target = self.book.sheets[sheet]
        anchor = target.range((anchor_row, anchor_column))
        chart = target.charts.add(left=anchor.left, top=anchor.top, width=480, height=360)
        last = first_row + n_rows
        chart.set_source_data(target.range((first_row, value_column), (last, value_column)))
        chart.chart_type = "bar_clustered"
        chart.set_x_axis_values(target.range((first_row + 1, label_column), (last, label_column)))
        chart.name = title

    def set_status(self, text: str | None) -> None:
        self.app.status_bar = text if text is not None else False  # False gives it back to Excel

    def alert(self, message: str, title: str = "Verdir", critical: bool = False) -> None:
        self.app.alert(message, title=title, buttons="ok", mode="critical" if critical else "info")

    def confirm(self, message: str, title: str = "Verdir") -> bool:
        return self.app.alert(message, title=title, buttons="yes_no", mode="info") == "yes"

    def get_screen_updating(self) -> bool:
        return bool(self.app.screen_updating)

    def set_screen_updating(self, value: bool) -> None:
        self.app.screen_updating = value

    def get_calculation(self) -> str:
        return str(self.app.calculation)

    def set_calculation(self, value: Any) -> None:
        self.app.calculation = value
