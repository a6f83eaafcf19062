"""The dashboard as plain JSON data, for renderers that do not compute (the Excel add-in).

The service answers ``POST /api/v1/dashboard`` with :func:`dashboard_json`: the same titles,
notes, tables and charts as the `Tableau de bord ODD` sheet written by `verdir report`, with
the number formats and SDG colours a renderer needs, so that the add-in draws it without
pandas.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

import pandas as pd

from . import formats
from .figures import DashboardFigures
from .goals import GOAL_COLOURS, GOALS
from .table import header_name
from .tables import (
    ChartSpec,
    FigureTable,
    chart_largest,
    dashboard_heading,
    dashboard_tables,
    data_rows,
)

DEFAULT_SERIES_COLOUR = GOAL_COLOURS[17]


def table_frame(columns: Sequence[object], rows: Sequence[Sequence[object]]) -> pd.DataFrame:
    """A classified table given as a header and rows of cells, as :func:`load_table` reads it.

    Empty headers become "Colonne n"; short rows are padded with empty cells.
    """
    header = [header_name(value, index) for index, value in enumerate(columns)]
    width = len(header)
    body = [list(row) + [None] * (width - len(row)) for row in rows]
    return pd.DataFrame(body, columns=header, dtype=object)


def plain(value: object) -> object:
    """A cell as JSON: numpy numbers as Python numbers, NaN as null."""
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()  # numpy scalar
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def goal_of_label(label: object) -> int | None:
    """'ODD 4' -> 4 (the category labels of the goals table)."""
    words = str(label).split()
    if len(words) == 2 and words[0] == "ODD" and words[1].isdigit() and int(words[1]) in GOALS:
        return int(words[1])
    return None


def chart_json(table: FigureTable, unit: str) -> dict[str, Any] | None:
    """The chart drawn from ``table`` (None when it has none, or nothing to draw)."""
    spec: ChartSpec | None = table.chart
    if spec is None or not spec.value_columns:
        return None
    if spec.kind == "goals":
        series = [DEFAULT_SERIES_COLOUR]
        points: list[str | None] = [
            GOAL_COLOURS.get(goal) if (goal := goal_of_label(row[spec.category_column])) else None
            for row in data_rows(table)
        ]
    else:
        series = [GOAL_COLOURS[table.columns[c].goal or 17] for c in spec.value_columns]
        points = []
    return {
        "kind": spec.kind,
        "title": spec.title,
        "category_column": spec.category_column,
        "value_columns": list(spec.value_columns),
        "axis_title": spec.axis_title,
        "axis_format": formats.axis_format(unit, chart_largest(table)),
        "series_colours": series,
        "point_colours": points,
    }


def figure_table_json(table: FigureTable, unit: str) -> dict[str, Any]:
    """One table of the dashboard; column and row indexes count from 0."""
    return {
        "key": table.key,
        "title": table.title,
        "description": table.description,
        "columns": [
            {"header": column.header, "kind": column.kind, "goal": column.goal,
             "number_format": formats.number_format(column.kind, unit)}
            for column in table.columns
        ],
        "rows": [[plain(value) for value in row] for row in table.rows],
        "total_row": table.total_row,
        "chart": chart_json(table, unit),
    }


def dashboard_json(figures: DashboardFigures, title: str = "",
                   generated_on: date | None = None) -> dict[str, Any]:
    """Everything the `Tableau de bord ODD` sheet shows, as JSON-compatible data."""
    heading, subtitle = dashboard_heading(figures, title, generated_on)
    return {
        "title": heading,
        "subtitle": subtitle,
        "notes": list(figures.notes),
        "unit": figures.unit,
        "classified_rows": figures.stats.classified_rows,
        "total": plain(figures.total),
        "goal_colours": {str(goal): GOAL_COLOURS[goal] for goal in GOALS},
        "tables": [figure_table_json(table, figures.unit) for table in dashboard_tables(figures)],
    }
