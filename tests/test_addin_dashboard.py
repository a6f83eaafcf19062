"""The dashboard sheet: how the add-in lays the service's answer out, and how the xlwings adapter
draws a chart (against a stand-in for xlwings' objects: Excel itself is not available here)."""

from __future__ import annotations

from typing import Any
from unittest.mock import MagicMock

import pytest

from verdir.addin import dashboard, xlwings_adapter
from verdir.addin.logic import column_letter
from verdir.addin.workbook import CHART_COLUMNS, CHART_STACKED_BARS, ChartSpec
from verdir.addin.xlwings_adapter import XlwingsWorkbook


def answer(*tables: dict[str, Any], notes: tuple[str, ...] = ("Une note.",)) -> dict[str, Any]:
    return {"title": "Tableau de bord ODD — Ville", "subtitle": "Budget ventilé : 10 €",
            "notes": list(notes), "unit": "euros", "classified_rows": 2, "tables": list(tables)}


def goals_table(rows: int = 3) -> dict[str, Any]:
    return {
        "key": "odd", "title": "Répartition du budget par ODD", "description": "…",
        "columns": [{"header": "ODD", "kind": "text", "goal": None, "number_format": None},
                    {"header": "Montant (€)", "kind": "amount", "goal": None, "number_format": "#,##0"},
                    {"header": "Part du budget", "kind": "share", "goal": None, "number_format": "0.0%"}],
        "rows": [[f"ODD {g}", 10.0 * g, 0.1] for g in range(1, rows + 1)] + [["Total", 60.0, 1.0]],
        "total_row": True,
        "chart": {"kind": "goals", "title": "Budget par ODD (€)", "category_column": 0,
                  "value_columns": [1], "axis_title": "Montant (€)", "axis_format": '#,##0 "€"',
                  "series_colours": ["19486A"], "point_colours": ["E5243B", "DDA63A", "4C9F38"]},
    }


def cross_table(key: str, labels: list[str]) -> dict[str, Any]:
    columns = [{"header": "Service", "kind": "text", "goal": None, "number_format": None}]
    columns += [{"header": f"ODD {g}", "kind": "amount", "goal": g, "number_format": "#,##0"}
                for g in range(1, 18)]
    columns.append({"header": "Total", "kind": "amount", "goal": None, "number_format": "#,##0"})
    rows = [[label, *[1.0] * 17, 17.0] for label in labels] + [["Total", *[1.0] * 17, 17.0]]
    return {"key": key, "title": key, "description": "", "columns": columns, "rows": rows,
            "total_row": True,
            "chart": {"kind": "stacked", "title": f"Budget par {key}", "category_column": 0,
                      "value_columns": [4, 11], "axis_title": "", "axis_format": "#,##0",
                      "series_colours": ["C5192D", "FD9D24"], "point_colours": []}}


def plain_table() -> dict[str, Any]:
    return {"key": "sigles", "title": "Sigles inconnus", "description": "",
            "columns": [{"header": "Sigle", "kind": "text", "goal": None, "number_format": None},
                        {"header": "Lignes", "kind": "count", "goal": None, "number_format": "0"}],
            "rows": [["GS", 3]], "total_row": False, "chart": None}


def test_layout_writes_heading_notes_tables_and_places_charts_above_the_tables():
    sheet = dashboard.layout(answer(goals_table(), plain_table()))
    assert sheet.block[0][0] == "Tableau de bord ODD — Ville" and sheet.block[2][0] == "• Une note."
    assert all(len(row) == dashboard.WIDTH for row in sheet.block)
    [chart] = sheet.charts
    assert chart.kind == CHART_COLUMNS and chart.anchor_row == 5 and chart.n_columns == 13
    assert sheet.block[chart.header_row - 1][:3] == ["ODD", "Montant (€)", "Part du budget"]
    assert [sheet.block[r - 1][0] for r in range(chart.first_row, chart.last_row + 1)] == [
        "ODD 1", "ODD 2", "ODD 3"]  # the total row is not charted
    assert chart.anchor_row + chart.n_rows < chart.header_row
    assert chart.point_colours == ((0xE5, 0x24, 0x3B), (0xDD, 0xA6, 0x3A), (0x4C, 0x9F, 0x38))
    assert chart.axis_format == '#,##0 "€"' and not chart.legend
    total = chart.last_row + 1
    assert dashboard.Area(total, 1, 1, 3, dashboard.TOTAL_FILL) in sheet.fills
    assert dashboard.Area(chart.header_row, 1, 1, 3, dashboard.HEADER_FILL) in sheet.fills
    # text stays text; the count column of the acronyms table gets its format
    assert dashboard.Area(chart.first_row, 1, 4, 1, "@") in sheet.formats
    sigles = next(i for i, row in enumerate(sheet.block, start=1) if row[:2] == ["Sigle", "Lignes"])
    assert dashboard.Area(sigles + 1, 2, 1, 1, "0") in sheet.formats


def test_cross_tables_chart_two_by_two_and_same_formats_merge():
    sheet = dashboard.layout(answer(goals_table(), cross_table("sections", ["F", "I"]),
                                    cross_table("chapitres", [f"C{i}" for i in range(16)]),
                                    cross_table("services", ["A"])))
    places = [(c.anchor_row, c.anchor_column, c.n_columns) for c in sheet.charts]
    first = places[0][0]
    assert places[:2] == [(first, 1, 13), (first, 14, 6)]
    second = first + dashboard.FIRST_BAND_ROWS + 1
    assert places[2:] == [(second, 1, 8), (second, 9, 11)]
    assert sheet.charts[2].n_rows == 5 + 24  # 16 chapitres and their total need a taller band
    stacked = sheet.charts[1]
    assert stacked.kind == CHART_STACKED_BARS and stacked.legend
    assert stacked.value_columns == (5, 12)
    assert stacked.series_colours == ((0xC5, 0x19, 0x2D), (0xFD, 0x9D, 0x24))
    assert dashboard.Area(stacked.first_row, 2, 3, 18, "#,##0") in sheet.formats  # one call, 18 columns
    assert max(c.anchor_row + c.n_rows for c in sheet.charts) <= sheet.charts[0].header_row


def test_tables_without_rows_or_too_wide_are_not_charted():
    empty = {**goals_table(), "rows": [["Total", 0.0, 0.0]]}
    wide = {**plain_table(), "columns": plain_table()["columns"] * 10}
    sheet = dashboard.layout(answer(empty, wide))
    assert sheet.charts == []
    assert not any(row[:2] == ["Sigle", "Lignes"] for row in sheet.block)


@pytest.mark.parametrize(("value", "verdir"), [
    ("Tableau de bord ODD", True), ("Tableau de bord ODD — Ville de Lyon", True),
    ("Tableau de bord ODD de la ville", False), ("Mon tableau", False), (None, False), (3, False)])
def test_only_a_sheet_titled_by_verdir_is_replaced(value: Any, verdir: bool):
    assert dashboard.is_verdir_dashboard(value) is verdir


def test_hex_colours():
    assert dashboard.hex_colour("E5243B") == (229, 36, 59)
    assert dashboard.hex_colour("#00689D") == (0, 104, 157)
    assert dashboard.hex_colour("nope") is None and dashboard.hex_colour(None) is None


# ------------------------------------------------------------------------- xlwings adapter
class FakeRange:
    def __init__(self, address: str) -> None:
        self.address = address
        self.left, self.top, self.width, self.height = 10.0, 20.0, 300.0, 200.0


class FakeSeriesApi:
    def __init__(self) -> None:
        self.points: dict[int, MagicMock] = {}

    def Points(self, index: int) -> MagicMock:  # noqa: N802 - the COM name
        return self.points.setdefault(index, MagicMock())


class FakeSeries:
    def __init__(self) -> None:
        self.fill_color: tuple[int, int, int] | None = None
        self.api = FakeSeriesApi()


class FakeChart:
    def __init__(self) -> None:
        self.source: str | None = None
        self.plot_by: str | None = None
        self.chart_type: str | None = None
        self.x_values: str | None = None
        self.title: str | None = None
        self.legend = MagicMock()
        self.category_axis = MagicMock()
        self.value_axis = MagicMock()
        self.series: list[FakeSeries] = []

    def set_source_data(self, source: FakeRange, plot_by: str | None = None) -> None:
        self.source, self.plot_by = source.address, plot_by
        self.series = [FakeSeries() for _ in source.address.split(",")]

    def set_x_axis_values(self, source: FakeRange) -> None:
        self.x_values = source.address


class FakeSheet:
    def __init__(self) -> None:
        self.charts = MagicMock()
        self.added: list[FakeChart] = []
        self.charts.add.side_effect = self._add

    def _add(self, **place: float) -> FakeChart:
        chart = FakeChart()
        self.added.append(chart)
        return chart

    def range(self, first: Any, last: Any = None) -> FakeRange:
        if isinstance(first, str):
            return FakeRange(first)
        last = last or first
        return FakeRange(f"${column_letter(first[1])}${first[0]}:${column_letter(last[1])}${last[0]}")


def adapter_chart(monkeypatch: pytest.MonkeyPatch, platform: str, spec: ChartSpec) -> FakeChart:
    monkeypatch.setattr(xlwings_adapter.sys, "platform", platform)
    sheet = FakeSheet()
    book = MagicMock()
    book.sheets = {"Tableau de bord ODD": sheet}
    XlwingsWorkbook(book).add_chart("Tableau de bord ODD", spec)
    [chart] = sheet.added
    return chart


GOALS = ChartSpec(CHART_COLUMNS, "Budget par ODD (€)", header_row=30, first_row=31, last_row=47,
                  category_column=1, value_columns=(2,), series_colours=((25, 72, 106),),
                  point_colours=((229, 36, 59), None, (76, 159, 56)), axis_format='#,##0 "€"')
STACKED = ChartSpec(CHART_STACKED_BARS, "Budget par service et par ODD", header_row=60, first_row=61,
                    last_row=63, category_column=1, value_columns=(5, 12),
                    series_colours=((197, 25, 45), (253, 157, 36)), legend=True)


def test_adapter_draws_a_goals_chart_with_one_colour_per_bar_on_windows(monkeypatch: pytest.MonkeyPatch):
    chart = adapter_chart(monkeypatch, "win32", GOALS)
    assert chart.source == "$B$30:$B$47" and chart.plot_by == "columns"
    assert chart.chart_type == "column_clustered" and chart.title == "Budget par ODD (€)"
    assert chart.x_values == "$A$31:$A$47"
    assert chart.legend.visible is False and chart.value_axis.number_format == '#,##0 "€"'
    [series] = chart.series
    assert series.fill_color == (25, 72, 106)
    points = series.api.points
    assert sorted(points) == [1, 3]  # None keeps Excel's colour
    assert points[1].Format.Fill.ForeColor.RGB == 229 + 36 * 256 + 59 * 256 * 256  # BGR integer


def test_adapter_stacked_chart_has_one_coloured_series_per_goal_column(monkeypatch: pytest.MonkeyPatch):
    chart = adapter_chart(monkeypatch, "win32", STACKED)
    assert chart.source == "$E$60:$E$63,$L$60:$L$63" and chart.chart_type == "bar_stacked"
    assert [s.fill_color for s in chart.series] == [(197, 25, 45), (253, 157, 36)]
    assert chart.legend.position == "bottom"
    chart.category_axis.set.assert_called_once_with(reverse_order=True, crosses="maximum")


def test_adapter_on_mac_reads_one_block_and_leaves_other_colours_to_excel(monkeypatch: pytest.MonkeyPatch):
    chart = adapter_chart(monkeypatch, "darwin", STACKED)
    assert chart.source == "$E$60:$L$63"
    monkeypatch.setattr(FakeChart, "set_source_data", _one_series_per_column)
    chart = adapter_chart(monkeypatch, "darwin", STACKED)
    colours = [s.fill_color for s in chart.series]
    assert colours[0] == (197, 25, 45) and colours[7] == (253, 157, 36)
    assert colours[1:7] == [None] * 6
    chart = adapter_chart(monkeypatch, "darwin", GOALS)
    assert chart.series[0].api.points == {}  # bars keep the series colour


def _one_series_per_column(self: FakeChart, source: FakeRange, plot_by: str | None = None) -> None:
    self.source, self.plot_by = source.address, plot_by
    first, last = source.address.replace("$", "").split(":")
    self.series = [FakeSeries() for _ in range(ord(last[0]) - ord(first[0]) + 1)]
