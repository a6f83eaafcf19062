"""The real workbook: :class:`verdir.addin.workbook.Workbook` over xlwings.

Deliberately thin (one xlwings call per method, no decisions; ``add_chart`` is the one longer
method, a chart being styled property by property) so that it can be read in one sitting;
everything else is tested through the in-memory workbook. Imported only inside Excel,
when a button is pressed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import xlwings as xw
from xlwings.utils import rgb_to_int

from verdir.addin.logic import contiguous_runs
from verdir.addin.workbook import CHART_STACKED_BARS, RGB, Block, ChartSpec, Selection


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

    def book_name(self) -> str:
        return str(self.book.name)

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

    def number_format(self, sheet: str, row: int, column: int, n_rows: int, n_columns: int,
                      fmt: str) -> None:
        self._range(sheet, row, column, n_rows, n_columns).number_format = fmt

    def set_column_width(self, sheet: str, column: int, n_columns: int, width: float) -> None:
        self._range(sheet, 1, column, 1, n_columns).column_width = width

    def add_chart(self, sheet: str, spec: ChartSpec) -> None:
        target = self.book.sheets[sheet]
        area = self._range(sheet, spec.anchor_row, spec.anchor_column, spec.n_rows, spec.n_columns)
        chart = target.charts.add(left=area.left, top=area.top, width=area.width, height=area.height)
        columns = _source_columns(spec.value_columns)
        chart.set_source_data(self._columns_range(sheet, columns, spec.header_row, spec.last_row),
                              plot_by="columns")
        chart.chart_type = spec.kind
        chart.set_x_axis_values(self._range(sheet, spec.first_row, spec.category_column,
                                            spec.last_row - spec.first_row + 1, 1))
        chart.title = spec.title
        chart.legend.visible = spec.legend
        if spec.legend:
            chart.legend.position = "bottom"
        if spec.kind == CHART_STACKED_BARS:  # first row at the top, values axis at the bottom
            chart.category_axis.set(reverse_order=True, crosses="maximum")
        if spec.axis_format:
            chart.value_axis.number_format = spec.axis_format
        colours = dict(zip(spec.value_columns, spec.series_colours, strict=True))
        for series, column in zip(chart.series, columns, strict=False):
            if colours.get(column) is not None:
                series.fill_color = colours[column]
        if spec.point_colours and len(chart.series) == 1:
            _colour_points(chart.series[0], spec.point_colours)

    def _columns_range(self, sheet: str, columns: Sequence[int], first_row: int,
                       last_row: int) -> xw.Range:
        """The cells of ``columns`` (several areas when they are not side by side)."""
        target = self.book.sheets[sheet]
        areas = [target.range((first_row, start), (last_row, start + count - 1))
                 for start, count in contiguous_runs(columns)]
        if len(areas) == 1:
            return areas[0]
        return target.range(",".join(area.address for area in areas))

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


def _source_columns(columns: Sequence[int]) -> list[int]:
    """The columns a chart reads. Excel for Mac takes one rectangle only: there, the block from
    the first to the last column (series of the columns in between keep Excel's colours)."""
    if sys.platform == "win32" or not columns:
        return list(columns)
    return list(range(min(columns), max(columns) + 1))


def _colour_points(series: Any, colours: Sequence[RGB | None]) -> None:
    """One colour per bar. Through COM on Windows; elsewhere the bars keep the series colour."""
    if sys.platform != "win32":
        return
    points = series.api
    for index, colour in enumerate(colours, start=1):
        if colour is not None:
            fill = points.Points(index).Format.Fill
            fill.Visible = True
            fill.Solid()
            fill.ForeColor.RGB = rgb_to_int(colour)
