"""The `Tableau de bord ODD` sheet: native Excel charts over the tables they read from.

Layout: title and notes at the top, then the charts (budget per ODD, per section, per
chapitre, per service), then the tables the charts read from and the lists of lines to check.
Cross tables always have the goals in the same columns (ODD n in column n + 1).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, Reference, Series
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from . import formats
from .figures import DashboardFigures
from .goals import GOAL_COLOURS
from .table import DASHBOARD_SHEET, data_sheet_name
from .tables import (
    COUNT,
    TEXT,
    ChartSpec,
    FigureTable,
    chart_largest,
    dashboard_heading,
    dashboard_tables,
)

GREEN = "1E5631"
GREY = "595959"
HEADER_FILL = PatternFill("solid", fgColor=GREEN)
TOTAL_FILL = PatternFill("solid", fgColor="E8F1EA")
THIN = Side(style="thin", color="A6A6A6")
LAST_COLUMN = 19  # A + 17 goals + total
FIRST_COLUMN_WIDTH = 50
GOAL_COLUMN_WIDTH = 13
ROW_HEIGHT_CM = 0.53  # default row height (15 pt)
FONT_NAME = "Calibri"


def _font_style(**options: object) -> Font:
    return Font(name=FONT_NAME, **options)  # type: ignore[arg-type]


def _font(size: float, bold: bool = False) -> RichText:
    """Text properties for chart axes and legends (size in points)."""
    properties = CharacterProperties(sz=int(size * 100), b=bold)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=properties), endParaRPr=properties)])


class _Writer:
    """Writes the dashboard into one worksheet, top to bottom."""

    def __init__(self, ws: Worksheet, figures: DashboardFigures, data_sheet: str | None) -> None:
        self.ws = ws
        self.figures = figures
        self.data_sheet = data_sheet
        self.row = 1
        # table key -> (header row, first data row, last data row without total)
        self.places: dict[str, tuple[int, int, int]] = {}

    # -- cells ----------------------------------------------------------------------------

    def merged_text(self, text: str, font: Font, height: float | None = None) -> None:
        cell = self.ws.cell(row=self.row, column=1, value=text)
        cell.font = font
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row,
                            end_column=LAST_COLUMN)
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def header(self, title: str, subtitle: str) -> None:
        self.merged_text(title, _font_style(size=18, bold=True, color=GREEN), height=28)
        self.merged_text(subtitle, _font_style(size=11, color=GREY))
        for note in self.figures.notes:
            lines = max(1, -(-len(note) // 250))
            self.merged_text(f"• {note}", _font_style(size=10, color=GREY), height=14 * lines + 2)
        self.row += 1

    def table(self, table: FigureTable) -> None:
        ws, figures = self.ws, self.figures
        ws.cell(row=self.row, column=1, value=table.title).font = _font_style(size=13, bold=True,
                                                                       color=GREEN)
        self.row += 1
        ws.cell(row=self.row, column=1, value=table.description).font = _font_style(italic=True,
                                                                             color=GREY)
        self.row += 1
        header_row = self.row
        if any(len(column.header) > GOAL_COLUMN_WIDTH for column in table.columns[1:]):
            ws.row_dimensions[header_row].height = 30
        for index, column in enumerate(table.columns, start=1):
            cell = ws.cell(row=header_row, column=index, value=column.header)
            cell.font = _font_style(bold=True, color="FFFFFF")
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="left" if column.kind == TEXT else "center",
                                       vertical="center", wrap_text=True)
        self.row += 1
        first = self.row
        for values in table.rows:
            for index, (column, value) in enumerate(zip(table.columns, values, strict=True),
                                                    start=1):
                cell = ws.cell(row=self.row, column=index, value=value)
                number_format = formats.number_format(column.kind, figures.unit)
                if number_format and value is not None:
                    cell.number_format = number_format
                if column.kind == TEXT and index > 1:
                    cell.alignment = Alignment(horizontal="left", indent=1)
                elif column.kind == COUNT:
                    cell.alignment = Alignment(horizontal="center")
                if column.header == "N° de ligne" and self.data_sheet and value:
                    cell.hyperlink = Hyperlink(ref=cell.coordinate,
                                               location=f"'{self.data_sheet}'!A{value}")
                    cell.font = _font_style(color="0563C1", underline="single")
            self.row += 1
        last = self.row - 1
        if table.total_row:
            for index in range(1, len(table.columns) + 1):
                cell = ws.cell(row=last, column=index)
                cell.font = _font_style(bold=True)
                cell.fill = TOTAL_FILL
                cell.border = Border(top=THIN)
            last -= 1
        self.places[table.key] = (header_row, first, last)
        self.row += 1

    # -- charts ---------------------------------------------------------------------------

    def chart(self, table: FigureTable, anchor: str, width: float, height: float) -> BarChart:
        spec = table.chart
        assert spec is not None
        header_row, first, last = self.places[table.key]
        ws = self.ws
        chart = BarChart()
        chart.title = spec.title
        chart.style = 10
        chart.width, chart.height = width, height
        categories = Reference(ws, min_col=spec.category_column + 1, min_row=first, max_row=last)
        if spec.kind == "goals":
            self._goal_bars(chart, spec, header_row, first, last)
        else:
            self._stacked_bars(chart, table, spec, header_row, first, last)
        largest = chart_largest(table)
        for series in chart.series:  # text categories: a string reference
            series.cat = AxDataSource(strRef=StrRef(f=str(categories)))
        chart.y_axis.title = None
        chart.y_axis.number_format = formats.axis_format(self.figures.unit, largest)
        chart.y_axis.txPr = _font(9)
        chart.x_axis.txPr = _font(9)
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        ws.add_chart(chart, anchor)
        return chart

    def _goal_bars(self, chart: BarChart, spec: ChartSpec, header_row: int, first: int,
                   last: int) -> None:
        chart.type = "col"
        chart.grouping = "clustered"
        chart.gapWidth = 40
        chart.legend = None
        column = spec.value_columns[0] + 1
        series = Series(Reference(self.ws, min_col=column, min_row=header_row, max_row=last),
                        title_from_data=True)
        for index, row in enumerate(range(first, last + 1)):
            goal = int(str(self.ws.cell(row=row, column=1).value).split()[-1])
            point = DataPoint(idx=index)
            point.graphicalProperties = GraphicalProperties(solidFill=GOAL_COLOURS[goal])
            point.graphicalProperties.line.solidFill = GOAL_COLOURS[goal]
            series.dPt.append(point)
        series.graphicalProperties = GraphicalProperties(solidFill=GOAL_COLOURS[17])
        chart.series.append(series)

    def _stacked_bars(self, chart: BarChart, table: FigureTable, spec: ChartSpec,
                      header_row: int, first: int, last: int) -> None:
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.gapWidth = 40
        chart.x_axis.scaling.orientation = "maxMin"  # first row at the top
        chart.y_axis.crosses = "max"  # value axis at the bottom
        chart.legend.position = "b"
        chart.legend.txPr = _font(9)
        for column_index in spec.value_columns:
            goal = table.columns[column_index].goal
            assert goal is not None
            series = Series(
                Reference(self.ws, min_col=column_index + 1, min_row=header_row, max_row=last),
                title_from_data=True,
            )
            series.graphicalProperties = GraphicalProperties(solidFill=GOAL_COLOURS[goal])
            series.graphicalProperties.line.solidFill = GOAL_COLOURS[goal]
            chart.series.append(series)


def _column_width_cm(width_chars: float) -> float:
    return (width_chars * 7 + 5) / 96 * 2.54


def write_dashboard(ws: Worksheet, figures: DashboardFigures, title: str = "",
                    data_sheet: str | None = None, generated_on: date | None = None) -> None:
    """Fill an empty worksheet with the dashboard."""
    ws.sheet_view.showGridLines = False
    ws.column_dimensions["A"].width = FIRST_COLUMN_WIDTH
    for column in range(2, LAST_COLUMN + 1):
        ws.column_dimensions[get_column_letter(column)].width = GOAL_COLUMN_WIDTH
    writer = _Writer(ws, figures, data_sheet)
    writer.header(*dashboard_heading(figures, title, generated_on))
    tables = dashboard_tables(figures)
    charted = [t for t in tables if t.chart is not None and t.chart.value_columns]
    chart_top = writer.row
    by_key = {t.key: t for t in charted}
    # Charts take the first rows below the notes; tables follow below them.
    cross_rows = max((len(t.rows) for t in charted if t.key in ("chapitres", "services")),
                     default=4)
    first_height = 10.0
    second_height = max(9.0, 3.2 + 0.75 * cross_rows)
    first_rows = int(first_height / ROW_HEIGHT_CM) + 2
    second_rows = int(second_height / ROW_HEIGHT_CM) + 2
    writer.row = chart_top + first_rows + second_rows + 1
    writer.merged_text("Tableaux des graphiques et lignes à vérifier",
                       _font_style(size=15, bold=True, color=GREEN))
    writer.row += 1
    for table in tables:
        writer.table(table)
    first_column = _column_width_cm(FIRST_COLUMN_WIDTH)
    goal_column = _column_width_cm(GOAL_COLUMN_WIDTH)
    gap = 0.4
    if "odd" in by_key:  # columns A to M
        writer.chart(by_key["odd"], f"A{chart_top}", first_column + 12 * goal_column - gap,
                     first_height)
    if "sections" in by_key:  # columns N to S
        writer.chart(by_key["sections"], f"N{chart_top}", 6 * goal_column - gap, first_height)
    second_top = chart_top + first_rows
    if "chapitres" in by_key:  # columns A to H
        writer.chart(by_key["chapitres"], f"A{second_top}", first_column + 7 * goal_column - gap,
                     second_height)
    if "services" in by_key:  # columns I to S
        writer.chart(by_key["services"], f"I{second_top}", 11 * goal_column - gap,
                     second_height)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3  # the dashboard is wide: A3 landscape
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def write_report_workbook(figures: DashboardFigures, path: Path | str, title: str = "",
                          generated_on: date | None = None) -> Path:
    """A workbook holding only the dashboard sheet."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = DASHBOARD_SHEET
    write_dashboard(ws, figures, title=title, generated_on=generated_on)
    wb.save(path)
    return path


def add_dashboard_to_copy(source: Path | str, destination: Path | str,
                          figures: DashboardFigures, title: str = "",
                          generated_on: date | None = None) -> Path:
    """Copy the classified workbook to ``destination`` with the dashboard sheet added.

    An existing `Tableau de bord ODD` sheet is replaced in place; the copy opens on it.
    """
    source, destination = Path(source), Path(destination)
    if source.resolve() != destination.resolve():
        shutil.copyfile(source, destination)
    wb = load_workbook(destination, keep_vba=destination.suffix.lower() == ".xlsm")
    data_sheet = data_sheet_name(wb.sheetnames)
    if DASHBOARD_SHEET in wb.sheetnames:
        index = wb.sheetnames.index(DASHBOARD_SHEET)
        del wb[DASHBOARD_SHEET]
        ws = wb.create_sheet(DASHBOARD_SHEET, index)
    else:  # right after the data sheet
        ws = wb.create_sheet(DASHBOARD_SHEET, wb.sheetnames.index(data_sheet) + 1)
    write_dashboard(ws, figures, title=title, data_sheet=data_sheet, generated_on=generated_on)
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = sheet is ws
    wb.active = wb.sheetnames.index(DASHBOARD_SHEET)
    wb.save(destination)
    return destination

