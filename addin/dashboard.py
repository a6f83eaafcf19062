"""Where the « Tableau de bord » button puts the service's dashboard on the sheet.

The service computes the dashboard (``POST /api/v1/dashboard``, the figures of
``verdir report``); this module only lays its JSON answer out, without Excel: title, subtitle and
notes at the top, then the charts, then the tables the charts read from. The result is one
block of values written in a single operation, plus the formats, fills and charts to add.
Standard library only: it runs in the fresh Python of a button press.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from verdir.addin.workbook import CHART_COLUMNS, CHART_STACKED_BARS, RGB, ChartSpec

SHEET = "Tableau de bord ODD"  # same sheet as `verdir report` (verdir.report.table.DASHBOARD_SHEET)
TITLE = "Tableau de bord ODD"  # A1 starts with it on a sheet Verdir made
TABLES_HEADING = "Tableaux des graphiques et lignes à vérifier"
WIDTH = 19  # A + 17 goals + total
FIRST_COLUMN_WIDTH = 50
COLUMN_WIDTH = 13
HEADER_FILL: RGB = (198, 224, 180)
TOTAL_FILL: RGB = (232, 241, 234)
TEXT_FORMAT = "@"
CHART_KINDS = {"goals": CHART_COLUMNS, "stacked": CHART_STACKED_BARS}
# Chart places, left to right then top to bottom: (first column, number of columns).
FIRST_BAND = ((1, 13), (14, 6))  # budget per ODD (A:M), per section (N:S)
OTHER_BANDS = ((1, 8), (9, 11))  # per chapitre (A:H), per service (I:S)
FIRST_BAND_ROWS = 20


@dataclass(frozen=True)
class Area:
    """A rectangle of the sheet and what to give it (a number format or a fill)."""

    row: int
    column: int
    n_rows: int
    n_columns: int
    value: Any


@dataclass
class Layout:
    """The dashboard sheet: one block of values from A1, then formats, fills and charts."""

    block: list[list[Any]] = field(default_factory=list)
    formats: list[Area] = field(default_factory=list)
    fills: list[Area] = field(default_factory=list)
    charts: list[ChartSpec] = field(default_factory=list)
    widths: list[tuple[int, int, float]] = field(default_factory=lambda: [
        (1, 1, FIRST_COLUMN_WIDTH), (2, WIDTH - 1, COLUMN_WIDTH)])

    @property
    def next_row(self) -> int:
        return len(self.block) + 1

    def add_row(self, *values: Any) -> int:
        """Append a row (padded to the block's width); returns its sheet row."""
        self.block.append([*values, *[None] * (WIDTH - len(values))])
        return len(self.block)

    def skip(self, n: int = 1) -> None:
        for _ in range(n):
            self.add_row()


def is_verdir_dashboard(top_left: Any) -> bool:
    """True when A1 holds the title Verdir writes (add-in or `verdir report`)."""
    return isinstance(top_left, str) and (top_left == TITLE or top_left.startswith(TITLE + " — "))


def hex_colour(value: Any) -> RGB | None:
    """'E5243B' -> (229, 36, 59); None for anything else."""
    if not isinstance(value, str) or len(value.lstrip("#")) != 6:
        return None
    text = value.lstrip("#")
    try:
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except ValueError:
        return None


@dataclass(frozen=True)
class PlacedTable:
    """Where a table of the answer landed: its header row and its data rows (total excluded)."""

    table: Mapping[str, Any]
    header_row: int
    first_row: int
    last_row: int


def layout(answer: Mapping[str, Any]) -> Layout:
    """The sheet for the service's answer (see ``verdir.report.serialise.dashboard_json``)."""
    sheet = Layout()
    sheet.add_row(answer.get("title") or TITLE)
    sheet.add_row(answer.get("subtitle") or "")
    for note in answer.get("notes") or ():
        sheet.add_row(f"• {note}")
    sheet.skip()
    tables = [t for t in answer.get("tables") or () if _cells_fit(t)]
    charted = [t for t in tables if _chart(t) is not None]
    bands = _chart_bands(charted)
    chart_top = sheet.next_row
    sheet.skip(sum(height for height, _ in bands) + len(bands))
    sheet.add_row(TABLES_HEADING)
    sheet.skip()
    places = {id(table): _place_table(sheet, table) for table in tables}
    top = chart_top
    for height, members in bands:
        for (column, n_columns), table in zip(_slots(top == chart_top), members, strict=False):
            sheet.charts.append(_chart_spec(places[id(table)], top, column, n_columns, height))
        top += height + 1
    return sheet


def _chart(table: Mapping[str, Any]) -> Mapping[str, Any] | None:
    chart = table.get("chart")
    if not isinstance(chart, Mapping) or chart.get("kind") not in CHART_KINDS:
        return None
    data_rows = len(table.get("rows") or ()) - (1 if table.get("total_row") else 0)
    if not chart.get("value_columns") or data_rows < 1:
        return None
    return chart


def _cells_fit(table: Mapping[str, Any]) -> bool:
    return 0 < len(table.get("columns") or ()) <= WIDTH


def _slots(first_band: bool) -> tuple[tuple[int, int], ...]:
    return FIRST_BAND if first_band else OTHER_BANDS


def _chart_bands(charted: Sequence[Mapping[str, Any]]) -> list[tuple[int, list[Mapping[str, Any]]]]:
    """Charts two by two; (height in rows, charts) of each band."""
    bands = []
    for start in range(0, len(charted), 2):
        members = list(charted[start:start + 2])
        if start == 0:
            height = FIRST_BAND_ROWS
        else:
            longest = max(len(t.get("rows") or ()) for t in members)
            height = max(18, 5 + math.ceil(1.4 * longest))
        bands.append((height, members))
    return bands


def _place_table(sheet: Layout, table: Mapping[str, Any]) -> PlacedTable:
    columns = table["columns"]
    rows = table.get("rows") or []
    sheet.add_row(table.get("title", ""))
    sheet.add_row(table.get("description", ""))
    header_row = sheet.add_row(*(column.get("header", "") for column in columns))
    sheet.fills.append(Area(header_row, 1, 1, len(columns), HEADER_FILL))
    first = sheet.next_row
    for values in rows:
        sheet.add_row(*list(values)[:len(columns)])
    last = sheet.next_row - 1
    if rows:
        sheet.formats += _column_formats(columns, first, len(rows))
    if table.get("total_row") and rows:
        sheet.fills.append(Area(last, 1, 1, len(columns), TOTAL_FILL))
        last -= 1
    sheet.skip()
    return PlacedTable(table, header_row, first, last)


def _column_formats(columns: Sequence[Mapping[str, Any]], first_row: int, n_rows: int) -> list[Area]:
    """One area per run of columns with the same format; text columns stay text ("@")."""
    areas: list[Area] = []
    for index, column in enumerate(columns, start=1):
        fmt = column.get("number_format") or (TEXT_FORMAT if column.get("kind") == "text" else None)
        if fmt is None:
            continue
        previous = areas[-1] if areas else None
        if previous and previous.value == fmt and previous.column + previous.n_columns == index:
            areas[-1] = Area(first_row, previous.column, n_rows, previous.n_columns + 1, fmt)
        else:
            areas.append(Area(first_row, index, n_rows, 1, fmt))
    return areas


def _chart_spec(place: PlacedTable, top: int, column: int, n_columns: int, height: int) -> ChartSpec:
    chart = _chart(place.table)
    assert chart is not None
    value_columns = tuple(int(c) + 1 for c in chart["value_columns"])
    series = [hex_colour(c) for c in chart.get("series_colours") or ()]
    series += [None] * (len(value_columns) - len(series))
    return ChartSpec(
        kind=CHART_KINDS[chart["kind"]],
        title=str(chart.get("title", "")),
        header_row=place.header_row,
        first_row=place.first_row,
        last_row=place.last_row,
        category_column=int(chart.get("category_column", 0)) + 1,
        value_columns=value_columns,
        series_colours=tuple(series[:len(value_columns)]),
        point_colours=tuple(hex_colour(c) for c in chart.get("point_colours") or ()),
        axis_format=chart.get("axis_format"),
        legend=chart["kind"] == "stacked",
        anchor_row=top,
        anchor_column=column,
        n_rows=height,
        n_columns=n_columns,
    )
