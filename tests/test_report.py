"""The ODD dashboard: figures, Excel sheet, HTML report and `verdir report`.

Every test builds its classified table itself (the output columns filled by hand), so none
needs the model.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from verdir.columns import COL_CONFIDENCE, COL_EXPLANATION, COL_MAIN, COL_UNKNOWN, ODD_COLUMNS
from verdir.numbers import format_euros, parse_number
from verdir.report import (
    DASHBOARD_SHEET,
    ReportInputError,
    add_dashboard_to_copy,
    compute_figures,
    load_table,
    render_html,
    write_report_workbook,
)
from verdir.report.cli import report
from verdir.report.figures import UNIT_EUROS, UNIT_LINES, normalise_code
from verdir.report.goals import GOAL_COLOURS, text_colour

INPUT_HEADERS = ["Section", "Chapitre", "Nature", "Fonction", "Service", "Libellé", "Montant"]
HEADERS = [*INPUT_HEADERS, *ODD_COLUMNS, COL_MAIN, COL_CONFIDENCE, COL_EXPLANATION, COL_UNKNOWN]

# (section, chapitre, nature, fonction, service, libellé, montant, shares, confiance, sigles)
LINES: list[tuple] = [
    ("F", "011", "60612", "212", "Éducation", "ELECTRICITE GS PASTEUR", 40_000, {4: 50, 7: 50},
     0.8, ""),
    ("F", "012", "64111", "212", "Éducation", "REMUNERATION PRINCIPALE TITULAIRES", 1_000_000,
     {4: 100}, 0.4, ""),
    ("F", "65", "657363", "420", "Solidarités", "SUBVENTION CCAS", 500_000, {1: 100}, 0.95, ""),
    ("I", "23", "2313", "212", "Bâtiments", "ISOL THERM GS PASTEUR", "250 000,00 €",
     {4: 50, 7: 50}, 0.7, ""),
    ("I", "21", "2121", "511", "Espaces verts", "VEGETALISATION DE LA VILLE", 120_000,
     {15: 60, 11: 20, 13: 20}, 0.45, ""),
    ("I", "21", "2135", "020", "Bâtiments", "MAINT PLFD BAT C", 30_000, {16: 100}, 0.3, "PLFD"),
    ("I", "23", "2313", "212", "Bâtiments", "ANNULATION MANDAT GS PASTEUR", -10_000,
     {4: 50, 7: 50}, 0.7, ""),
    ("I", "16", "1641", "01", "Finances", "REMBOURSEMENT CAPITAL EMPRUNT", "1.234,56",
     {17: 100}, 0.99, ""),
]


def _row(line: tuple) -> list[object]:
    section, chapitre, nature, fonction, service, label, amount, shares, confidence, acr = line
    goals = [shares.get(goal) if shares else None for goal in range(1, 18)]
    main = max(shares, key=shares.get) if shares else None
    return [section, chapitre, nature, fonction, service, label, amount, *goals, main,
            confidence, "test", acr]


def classified_frame(lines: list[tuple] = LINES, extra_rows: list[list[object]] | None = None,
                     drop: tuple[str, ...] = ()) -> pd.DataFrame:
    rows = [_row(line) for line in lines] + (extra_rows or [])
    frame = pd.DataFrame(rows, columns=HEADERS, dtype=object)
    return frame.drop(columns=list(drop))


AMOUNTS = [40_000.0, 1_000_000.0, 500_000.0, 250_000.0, 120_000.0, 30_000.0, -10_000.0,
           1234.56]


def expected_goal_amounts(lines: list[tuple] = LINES, amounts: list[float] = AMOUNTS
                          ) -> dict[int, float]:
    totals = dict.fromkeys(range(1, 18), 0.0)
    for line, amount in zip(lines, amounts, strict=True):
        for goal, percent in line[7].items():
            totals[goal] += amount * percent / 100
    return totals


@pytest.fixture
def figures():
    return compute_figures(classified_frame())


# ---------------------------------------------------------------------------------------------
# Reading amounts and codes
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (1234.5, 1234.5),
        (12, 12.0),
        ("1 234,56 €", 1234.56),
        ("1\u00a0234,56\u00a0€", 1234.56),
        ("1\u202f234\u202f567", 1234567.0),
        ("1.234,56", 1234.56),
        ("1,234.56", 1234.56),
        ("1234.56", 1234.56),
        ("1.234", 1234.0),
        ("1.234.567", 1234567.0),
        ("12,5", 12.5),
        ("-2 500,00 €", -2500.0),
        ("−2 500", -2500.0),
        ("(2 500,00)", -2500.0),
        ("2 500,00-", -2500.0),
        ("EUR 300", 300.0),
        ("85 %", 85.0),
        ("", None),
        ("   ", None),
        (None, None),
        (float("nan"), None),
        ("à définir", None),
        ("12 k€", None),
        (True, None),
    ],
)
def test_parse_number_reads_french_exports(raw: object, expected: float | None) -> None:
    result = parse_number(raw)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


@pytest.mark.parametrize(("raw", "code"), [(11, "011"), (12.0, "012"), ("011", "011"),
                                           (204, "204"), (" 21 ", "21"), (None, "")])
def test_chapitre_codes_get_their_leading_zero_back(raw: object, code: str) -> None:
    assert normalise_code(raw) == code


# ---------------------------------------------------------------------------------------------
# The computation
# ---------------------------------------------------------------------------------------------


def test_goal_totals_are_amounts_times_percentages(figures) -> None:
    expected = expected_goal_amounts()
    net_total = sum(AMOUNTS)
    assert figures.unit == UNIT_EUROS
    assert figures.total == pytest.approx(net_total)
    for goal in range(1, 18):
        assert figures.goal(goal).amount == pytest.approx(expected[goal]), goal
        assert figures.goal(goal).share == pytest.approx(expected[goal] / net_total)
    assert sum(g.share for g in figures.goals) == pytest.approx(1.0)
    assert figures.goal(4).lines == 4
    assert figures.goal(4).main_lines == 4  # 50/50 lines pick the first goal, 4
    assert figures.goal(14).amount == 0


def test_breakdowns_by_section_chapitre_and_service(figures) -> None:
    sections = dict(zip(figures.sections.labels, figures.sections.amounts, strict=True))
    assert list(sections) == ["Fonctionnement", "Investissement"]
    assert sections["Fonctionnement"][3] == pytest.approx(20_000 + 1_000_000)  # ODD 4
    assert sections["Investissement"][6] == pytest.approx(125_000 - 5_000)  # ODD 7
    assert sum(figures.sections.totals) == pytest.approx(figures.total)

    # Budget order: operating chapitres first, then investment; 204 would follow 20.
    assert figures.chapitres.labels == [
        "011 – Charges à caractère général", "012 – Charges de personnel",
        "65 – Autres charges de gestion courante", "16 – Emprunts et dettes",
        "21 – Immobilisations corporelles", "23 – Immobilisations en cours",
    ]
    chapitre_23 = figures.chapitres.amounts[5]
    assert chapitre_23[3] == pytest.approx(125_000 - 5_000)
    assert figures.chapitres.lines[5] == 2

    services = dict(zip(figures.services.labels, figures.services.totals, strict=True))
    assert services["Éducation"] == pytest.approx(1_040_000)
    assert services["Bâtiments"] == pytest.approx(270_000)
    assert figures.services.labels[0] == "Éducation"  # largest first


def test_low_confidence_and_unknown_acronyms_are_counted_with_their_amount(figures) -> None:
    assert figures.low_confidence.lines == 3  # 0.4, 0.45, 0.3
    assert figures.low_confidence.amount == pytest.approx(1_000_000 + 120_000 + 30_000)
    assert figures.unknown_acronyms.lines == 1
    assert figures.unknown_acronyms.amount == pytest.approx(30_000)
    assert figures.acronyms == [("PLFD", 1)]


def test_confidence_written_as_a_percentage_is_understood() -> None:
    lines = [(*LINES[0][:8], "45 %", ""), (*LINES[2][:8], "0,9", "")]
    figures = compute_figures(classified_frame(lines))
    assert figures.low_confidence.lines == 1
    assert figures.low_confidence.amount == pytest.approx(40_000)


def test_negative_amounts_are_netted_and_listed(figures) -> None:
    assert figures.stats.negative_rows == 1
    assert figures.stats.negative_amount == pytest.approx(-10_000)
    assert [c.label for c in figures.cancellations] == ["ANNULATION MANDAT GS PASTEUR"]
    assert figures.cancellations[0].row == 8  # header is row 1
    assert figures.goal(7).amount == pytest.approx(20_000 + 125_000 - 5_000)
    assert any("négatif" in note and "déduction" in note for note in figures.notes)
    # A cancellation is never one of the "largest lines" of a goal.
    assert all(line.amount and line.amount > 0 for lines in figures.top_lines.values()
               for line in lines)


def test_text_amounts_are_converted_and_said(figures) -> None:
    assert figures.stats.text_amounts == 2
    assert any("comme du texte" in note for note in figures.notes)
    assert figures.goal(17).amount == pytest.approx(1234.56)


def test_empty_rows_are_ignored_and_counted_but_trailing_ones_are_not() -> None:
    blank = [None] * len(HEADERS)
    spaces = ["  ", "", None, None, None, " ", None, *([None] * 21)]
    frame = classified_frame(extra_rows=[blank, spaces, _row(LINES[0]), blank, blank])
    figures = compute_figures(frame)
    assert figures.stats.empty_rows == 2
    assert figures.stats.classified_rows == len(LINES) + 1
    assert any("2 lignes vides ont été ignorées" in note for note in figures.notes)
    assert figures.total == pytest.approx(sum(AMOUNTS) + 40_000)


def test_unclassified_rows_are_left_out_and_reported() -> None:
    unclassified = ["F", "011", "6188", "020", "Finances", "", 5_000, *([None] * 17), None,
                    None, "", ""]
    figures = compute_figures(classified_frame(extra_rows=[unclassified]))
    assert figures.stats.unclassified_rows == 1
    assert figures.stats.unclassified_amount == pytest.approx(5_000)
    assert figures.total == pytest.approx(sum(AMOUNTS))
    assert any("non classée" in note for note in figures.notes)


def test_without_amount_column_every_line_weighs_one() -> None:
    figures = compute_figures(classified_frame(drop=("Montant",)))
    assert figures.unit == UNIT_LINES
    assert figures.total == pytest.approx(len(LINES))
    assert figures.goal(4).amount == pytest.approx(0.5 + 1 + 0.5 + 0.5)
    assert figures.stats.negative_rows == 0
    assert "chaque ligne compte pour 1" in figures.notes[0]


def test_lines_with_missing_or_unreadable_amounts_weigh_one_and_are_reported() -> None:
    lines = [
        (*LINES[0][:6], None, *LINES[0][7:]),
        (*LINES[2][:6], "à définir", *LINES[2][7:]),
        LINES[1],
    ]
    figures = compute_figures(classified_frame(lines))
    assert figures.stats.rows_without_amount == 2
    assert figures.stats.unreadable_amounts == ["à définir"]
    assert figures.total == pytest.approx(1 + 1 + 1_000_000)
    assert figures.goal(1).amount == pytest.approx(1.0)
    note = next(n for n in figures.notes if "poids de 1" in n)
    assert "2 lignes sans montant lisible" in note and "« à définir »" in note


def test_section_is_inferred_from_the_chapitre_when_missing() -> None:
    figures = compute_figures(classified_frame(drop=("Section",)))
    assert figures.stats.section_inferred
    assert figures.sections.labels == ["Fonctionnement", "Investissement"]
    assert figures.sections.totals[0] == pytest.approx(1_540_000)


def test_top_lines_are_ranked_by_the_amount_given_to_the_goal() -> None:
    figures = compute_figures(classified_frame(), top=2)
    top4 = figures.top_lines[4]
    assert [line.label for line in top4] == ["REMUNERATION PRINCIPALE TITULAIRES",
                                             "ISOL THERM GS PASTEUR"]
    assert top4[1].percent == 50
    assert top4[1].contribution == pytest.approx(125_000)
    assert 14 not in figures.top_lines


def test_many_services_are_grouped_into_autres_services() -> None:
    lines = [(*LINES[2][:4], f"Service {i:02d}", "SUBVENTION", 1000 * (i + 1), {1: 100}, 0.9, "")
             for i in range(20)]
    figures = compute_figures(classified_frame(lines), max_services=5)
    assert len(figures.services.labels) == 5
    assert figures.services.labels[-1] == "Autres services"
    assert figures.services.labels[0] == "Service 19"
    assert sum(figures.services.totals) == pytest.approx(sum(1000 * (i + 1) for i in range(20)))
    assert figures.services.lines[-1] == 16


def test_a_table_that_was_not_classified_is_refused() -> None:
    frame = classified_frame()[INPUT_HEADERS]
    with pytest.raises(ReportInputError, match="n'a pas été classé"):
        compute_figures(frame)


def test_figures_are_plain_data(figures) -> None:
    data = json.loads(json.dumps(figures.to_dict()))
    assert data["goals"][3]["amount"] == pytest.approx(figures.goal(4).amount)
    assert data["top_lines"]["4"][0]["label"] == "REMUNERATION PRINCIPALE TITULAIRES"


def test_goal_badges_are_readable() -> None:
    from verdir.report.goals import contrast

    for goal in range(1, 18):
        assert contrast(text_colour(goal), GOAL_COLOURS[goal]) >= 3.0, goal


# ---------------------------------------------------------------------------------------------
# Reading files
# ---------------------------------------------------------------------------------------------


def test_csv_with_semicolons_and_windows_encoding(tmp_path: Path) -> None:
    frame = classified_frame()
    path = tmp_path / "classe.csv"
    text = frame.to_csv(sep=";", index=False)
    path.write_bytes(text.encode("cp1252"))
    table = load_table(path)
    assert list(table.columns) == HEADERS
    figures = compute_figures(table)
    assert figures.goal(4).amount == pytest.approx(expected_goal_amounts()[4])
    assert figures.stats.text_amounts == len(LINES)  # csv cells are text


def _write_classified_xlsx(path: Path, frame: pd.DataFrame) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget classé"
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        ws.append([None if isinstance(v, float) and math.isnan(v) else v for v in row])
    wb.create_sheet("Glossaire").append(["Sigle", "Signification"])
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------
# The Excel sheet
# ---------------------------------------------------------------------------------------------


def _cell(ws, reference: str):
    return ws[reference.split("!")[-1].replace("$", "")]


def _range_values(ws, reference: str) -> list[object]:
    start, end = reference.split("!")[-1].replace("$", "").split(":")
    return [cell.value for (cell,) in ws[start:end]]


def test_dashboard_sheet_has_the_charts_and_their_tables(tmp_path: Path, figures) -> None:
    path = write_report_workbook(figures, tmp_path / "tdb.xlsx", title="Test",
                                 generated_on=date(2024, 3, 1))
    wb = load_workbook(path)
    assert wb.sheetnames == [DASHBOARD_SHEET]
    ws = wb[DASHBOARD_SHEET]
    assert ws["A1"].value == "Tableau de bord ODD — Test"
    charts = ws._charts
    assert len(charts) == 4
    titles = ["".join(run.t for p in c.title.tx.rich.p for run in (p.r or [])) for c in charts]
    assert titles == ["Budget par ODD (€)", "Budget par section et par ODD",
                      "Budget par chapitre et par ODD", "Budget par service et par ODD"]

    # Bar chart per ODD: one series over the 17 goals, each bar in its goal's colour.
    goals_chart = charts[0]
    assert goals_chart.type == "col"
    (series,) = goals_chart.series
    values = _range_values(ws, series.val.numRef.f)
    categories = _range_values(ws, series.cat.strRef.f)
    assert categories == [f"ODD {goal}" for goal in range(1, 18)]
    expected = expected_goal_amounts()
    assert values == pytest.approx([expected[goal] for goal in range(1, 18)])
    colours = {point.idx: point.spPr.solidFill.srgbClr for point in series.dPt}
    assert colours == {goal - 1: GOAL_COLOURS[goal] for goal in range(1, 18)}
    amount_cell = _cell(ws, series.val.numRef.f.split(":")[0])
    assert "€" in amount_cell.number_format

    # Stacked bars: one series per goal present, titled and coloured after it.
    present = [goal for goal in range(1, 18) if abs(expected[goal]) > 0]
    for chart, labels in zip(charts[1:], (figures.sections.labels, figures.chapitres.labels,
                                          figures.services.labels), strict=True):
        assert chart.type == "bar" and chart.grouping == "stacked"
        assert [_cell(ws, s.tx.strRef.f).value for s in chart.series] == [
            f"ODD {goal}" for goal in present]
        for s, goal in zip(chart.series, present, strict=True):
            assert s.spPr.solidFill.srgbClr == GOAL_COLOURS[goal]
            assert _range_values(ws, s.cat.strRef.f) == labels
        # The column read for a goal sums, over the rows, to the goal's total.
        for s, goal in zip(chart.series, present, strict=True):
            assert sum(_range_values(ws, s.val.numRef.f)) == pytest.approx(expected[goal])


def test_goals_table_total_row_and_formats(tmp_path: Path, figures) -> None:
    ws = load_workbook(write_report_workbook(figures, tmp_path / "t.xlsx"))[DASHBOARD_SHEET]
    rows = {row[0].value: row for row in ws.iter_rows(max_col=5) if row[0].value}
    assert rows["ODD 4"][1].value == pytest.approx(expected_goal_amounts()[4])
    assert rows["ODD 4"][2].number_format == "0.0%"
    assert rows["ODD 4"][4].value == "Éducation de qualité"
    totals = [row for row in ws.iter_rows(max_col=2) if row[0].value == "Total"]
    assert totals[0][1].value == pytest.approx(sum(AMOUNTS))
    texts = [row[0].value for row in ws.iter_rows(max_col=1)]
    assert "ANNULATION MANDAT GS PASTEUR" in texts  # listed among cancellations
    assert "PLFD" in texts  # unknown acronyms table
    assert any(isinstance(t, str) and "négatif" in t for t in texts)  # the notes


def test_dashboard_is_added_to_a_copy_and_replaced_on_rerun(tmp_path: Path, figures) -> None:
    source = _write_classified_xlsx(tmp_path / "classe.xlsx", classified_frame())
    before = source.read_bytes()
    copy = tmp_path / "copie.xlsx"
    add_dashboard_to_copy(source, copy, figures)
    add_dashboard_to_copy(copy, copy, figures)  # a second run replaces the sheet
    assert source.read_bytes() == before
    wb = load_workbook(copy)
    assert wb.sheetnames == ["Budget classé", DASHBOARD_SHEET, "Glossaire"]
    assert wb.active.title == DASHBOARD_SHEET
    assert wb["Budget classé"]["F2"].value == "ELECTRICITE GS PASTEUR"
    ws = wb[DASHBOARD_SHEET]
    assert len(ws._charts) == 4
    links = [c.hyperlink.location for row in ws.iter_rows() for c in row if c.hyperlink]
    assert "'Budget classé'!A8" in links  # the cancellation's row in the data sheet
    # The copy can be read back as a classified table (the data sheet comes first).
    again = compute_figures(load_table(copy))
    assert again.total == pytest.approx(figures.total)


def test_dashboard_in_lines_when_there_is_no_amount(tmp_path: Path) -> None:
    figures = compute_figures(classified_frame(drop=("Montant",)))
    ws = load_workbook(write_report_workbook(figures, tmp_path / "t.xlsx"))[DASHBOARD_SHEET]
    header = [row for row in ws.iter_rows(max_col=2) if row[0].value == "ODD"][0]
    assert header[1].value == "Lignes (pondérées)"
    assert "€" not in ws._charts[0].title.tx.rich.p[0].r[0].t


def test_dashboard_without_chapitre_and_service_columns(tmp_path: Path) -> None:
    figures = compute_figures(classified_frame(drop=("Chapitre", "Service", "Nature")))
    assert not figures.chapitres.available and not figures.services.available
    ws = load_workbook(write_report_workbook(figures, tmp_path / "t.xlsx"))[DASHBOARD_SHEET]
    assert len(ws._charts) == 2  # per ODD and per section
    html = render_html(figures)
    assert "Pas de colonne Service" in html and "Pas de colonne Chapitre" in html
    assert 'id="tableau-services"' not in html


# ---------------------------------------------------------------------------------------------
# The HTML report
# ---------------------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Collects what the tests check in the report."""

    def __init__(self) -> None:
        super().__init__()
        self.lang = None
        self.title = ""
        self.stack: list[str] = []
        self.svgs: list[dict[str, str]] = []
        self.ids: dict[str, str] = {}
        self.tables: list[dict] = []
        self.cells: dict[str, list[tuple[str, str]]] = {}
        self.external: list[str] = []
        self._cell: tuple[str, str] | None = None
        self._text: list[str] = []
        self._table_id = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.stack.append(tag)
        if "id" in a:
            self.ids[a["id"]] = tag
        for key in ("src", "href"):
            if a.get(key, "").startswith(("http:", "https:", "//")):
                self.external.append(a[key])
        if tag in ("script", "link", "img", "iframe"):
            self.external.append(tag)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "svg":
            self.svgs.append(a)
        elif tag == "table":
            self._table_id = a.get("id", "")
            self.tables.append({"id": self._table_id, "caption": False, "th_scopes": []})
        elif tag == "caption":
            self.tables[-1]["caption"] = True
        elif tag == "th":
            self.tables[-1]["th_scopes"].append(a.get("scope"))
        elif tag == "td" and "data-value" in a:
            self._cell = (a["data-value"], "")
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if self.stack:
            self.stack.pop()
        if tag == "td" and self._cell is not None:
            self.cells.setdefault(self._table_id, []).append(
                (self._cell[0], "".join(self._text).strip()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "title" and "svg" not in self.stack:
            self.title += data
        if self._cell is not None:
            self._text.append(data)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_html_report_is_a_french_accessible_document(figures) -> None:
    html = render_html(figures, title="Ville de Test", generated_on=date(2024, 3, 1))
    page = _page(html)
    assert page.lang == "fr"
    assert page.title == "Budget et Objectifs de développement durable — Ville de Test"
    assert page.external == []  # no network, no script
    assert "@media print" in html
    for table in page.tables:
        assert table["caption"], table["id"]
        assert all(scope in ("col", "row") for scope in table["th_scopes"]), table["id"]
    for svg in page.svgs:
        assert svg["role"] == "img"
        title_id, desc_id = svg["aria-labelledby"].split()
        assert page.ids[title_id] == "title" and page.ids[desc_id] == "desc"


def test_html_report_has_a_table_for_every_chart(figures) -> None:
    page = _page(render_html(figures))
    chart_keys = [svg["aria-labelledby"].split()[0].removeprefix("svg-").removesuffix("-titre")
                  for svg in page.svgs]
    assert chart_keys == ["odd", "sections", "chapitres", "services"]
    table_ids = {t["id"] for t in page.tables}
    for key in chart_keys:
        assert f"tableau-{key}" in table_ids


def test_html_figures_equal_the_computation(figures) -> None:
    page = _page(render_html(figures))
    goal_cells = page.cells["tableau-odd"]
    amounts = goal_cells[0::3]  # amount, share, lines per goal row
    for goal in range(1, 18):
        value, text = amounts[goal - 1]
        assert float(value) == pytest.approx(figures.goal(goal).amount)
        assert text == format_euros(figures.goal(goal).amount)
    assert float(amounts[17][0]) == pytest.approx(sum(AMOUNTS))  # total row
    chapitre_values = [float(v) for v, _ in page.cells["tableau-chapitres"]]
    assert sum(chapitre_values) == pytest.approx(2 * 2 * sum(AMOUNTS))  # cells+totals, twice
    quality = page.cells["tableau-qualite"]  # (lines, amount) per row, in table order
    assert float(quality[2][0]) == 3  # low confidence
    assert float(quality[3][0]) == pytest.approx(1_150_000)
    assert float(quality[4][0]) == 1  # unknown acronyms


def test_html_says_how_bad_input_was_treated() -> None:
    lines = [LINES[0], (*LINES[1][:6], None, *LINES[1][7:]), LINES[6]]
    blank = [None] * len(HEADERS)
    html = render_html(compute_figures(classified_frame(lines, extra_rows=[blank,
                                                                           _row(LINES[2])])))
    text = re.sub(r"\s+", " ", html)
    assert "1 ligne sans montant lisible a été comptée avec un poids de 1" in text
    assert "1 ligne vide a été ignorée" in text
    assert "1 ligne à montant négatif" in text
    assert "ANNULATION MANDAT GS PASTEUR" in text


# ---------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------


def test_command_writes_html_and_workbook(tmp_path: Path) -> None:
    source = _write_classified_xlsx(tmp_path / "classe.xlsx", classified_frame())
    html, workbook = tmp_path / "rapport.html", tmp_path / "tableau.xlsx"
    result = CliRunner().invoke(report, [str(source), "-o", str(html), "-o", str(workbook),
                                         "--titre", "Ville de Test"])
    assert result.exit_code == 0, result.output
    assert "Écrit" in result.output
    assert "Ville de Test" in html.read_text(encoding="utf-8")
    assert load_workbook(workbook).sheetnames == ["Budget classé", DASHBOARD_SHEET, "Glossaire"]
    standalone = tmp_path / "seul.xlsx"
    result = CliRunner().invoke(report, [str(source), "-o", str(standalone), "--seul"])
    assert result.exit_code == 0, result.output
    assert load_workbook(standalone).sheetnames == [DASHBOARD_SHEET]


def test_command_reads_french_csv_without_amount_column(tmp_path: Path) -> None:
    source = tmp_path / "classe.csv"
    classified_frame(drop=("Montant",)).to_csv(source, sep=";", index=False)
    output = tmp_path / "rapport.html"
    result = CliRunner().invoke(report, [str(source), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "chaque ligne compte pour 1" in output.read_text(encoding="utf-8")


def _absent(folder: Path) -> Path:
    return folder / "absent.xlsx"


def _not_classified(folder: Path) -> Path:
    return _write_classified_xlsx(folder / "brut.xlsx", classified_frame()[INPUT_HEADERS])


def _classified(folder: Path) -> Path:
    return _write_classified_xlsx(folder / "c.xlsx", classified_frame())


def _open_document(folder: Path) -> Path:
    path = folder / "c.ods"
    path.write_text("pas un classeur", encoding="utf-8")
    return path


def _empty_sheet(folder: Path) -> Path:
    path = folder / "vide.xlsx"
    Workbook().save(path)
    return path


@pytest.mark.parametrize(
    ("make_source", "output", "message"),
    [
        (_absent, "r.html", "Fichier introuvable"),
        (_not_classified, "r.html", "n'a pas été classé"),
        (_classified, "r.pdf", "doit être un fichier .html ou .xlsx"),
        (_classified, "c.xlsx", "différent du fichier classé"),
        (_open_document, "r.html", "Format non pris en charge"),
        (_empty_sheet, "r.html", "vide"),
    ],
)
def test_command_refuses_bad_input_with_exit_code_2(tmp_path: Path, make_source, output: str,
                                                    message: str) -> None:
    source = make_source(tmp_path)
    result = CliRunner().invoke(report, [str(source), "-o", str(tmp_path / output)])
    assert result.exit_code == 2
    assert message in result.output
    assert result.output.startswith("Erreur : ")
    if output != "c.xlsx":
        assert not (tmp_path / output).exists()


def test_command_needs_an_output(tmp_path: Path) -> None:
    source = _write_classified_xlsx(tmp_path / "c.xlsx", classified_frame())
    result = CliRunner().invoke(report, [str(source)])
    assert result.exit_code == 2
    assert "-o" in result.output


# ---------------------------------------------------------------------------------------------
# The dashboard as JSON (what the service sends the Excel add-in)
# ---------------------------------------------------------------------------------------------


def test_dashboard_json_is_the_tables_of_the_sheet_as_plain_json(figures) -> None:
    from verdir.report import dashboard_tables
    from verdir.report.serialise import dashboard_json

    data = dashboard_json(figures, title="Valbourg", generated_on=date(2025, 3, 1))
    assert json.loads(json.dumps(data, allow_nan=False)) == data
    assert data["title"] == "Tableau de bord ODD — Valbourg"
    assert data["subtitle"].endswith("lignes classées. Produit par Verdir le 01/03/2025.")
    assert data["notes"] == figures.notes and data["unit"] == UNIT_EUROS
    tables = dashboard_tables(figures)
    assert [t["key"] for t in data["tables"]] == [t.key for t in tables]
    for sent, table in zip(data["tables"], tables, strict=True):
        assert sent["rows"] == table.rows and sent["total_row"] == table.total_row
        assert [c["header"] for c in sent["columns"]] == [c.header for c in table.columns]
    goals = data["tables"][0]
    assert goals["columns"][1]["number_format"] == '#,##0 "€";[Red]-#,##0 "€";"–"'
    assert goals["columns"][2]["number_format"] == "0.0%" and goals["columns"][0]["number_format"] is None
    chart = goals["chart"]
    assert chart["kind"] == "goals" and chart["point_colours"] == [GOAL_COLOURS[g] for g in range(1, 18)]
    assert chart["axis_format"] == '#,##0, "k€"'  # largest bar (ODD 4): 1.14 M€, under 2 M€
    sections = next(t for t in data["tables"] if t["key"] == "sections")
    assert sections["chart"]["series_colours"] == [
        GOAL_COLOURS[sections["columns"][c]["goal"]] for c in sections["chart"]["value_columns"]]
    assert next(t for t in data["tables"] if t["key"] == "qualite")["chart"] is None


def test_table_frame_reads_a_table_as_load_table_does() -> None:
    from verdir.report.serialise import table_frame

    rows = [_row(line) for line in LINES]
    frame = table_frame([*HEADERS[:-1], None], [rows[0], rows[1][:10]])
    assert list(frame.columns)[-1] == f"Colonne {len(HEADERS)}"
    assert frame.iloc[1, 10:].isna().all()  # short rows are padded
    figures = compute_figures(table_frame(HEADERS, rows), header_row=4)
    assert figures.cancellations[0].row == 11  # line numbers name the sheet's rows
    assert figures.goal(4).amount == compute_figures(classified_frame()).goal(4).amount
