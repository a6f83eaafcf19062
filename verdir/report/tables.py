"""The dashboard laid out as titled tables, each with the chart drawn from it.

Renderers (openpyxl sheet, xlwings in the add-in, HTML) write these tables as they are and
draw each ``ChartSpec`` from its table, so that every chart has its table and every
renderer shows the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from verdir.numbers import format_euros, format_number

from .figures import UNIT_EUROS, Breakdown, DashboardFigures
from .goals import GOAL_NAMES, GOALS

DASHBOARD_TITLE = "Tableau de bord ODD"

# Column kinds: how a renderer formats the values.
TEXT = "text"
AMOUNT = "amount"  # euros, or weighted lines when the figures have no amounts
EUROS = "euros"  # always euros (the amount of a line)
SHARE = "share"  # fraction 0-1 shown as a percentage
PERCENT = "percent"  # 0-100 percentage of a line
COUNT = "count"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str
    goal: int | None = None  # set on the "ODD n" columns of a cross table


@dataclass(frozen=True)
class ChartSpec:
    """A chart drawn from its table's rows.

    ``kind`` is "goals" (one series, one bar per goal, each in its goal's colour) or
    "stacked" (one series per goal column listed in ``value_columns``, stacked per row).
    """

    kind: str
    title: str
    category_column: int
    value_columns: list[int]
    axis_title: str


@dataclass(frozen=True)
class FigureTable:
    key: str
    title: str
    description: str
    columns: list[Column]
    rows: list[list[object]]
    chart: ChartSpec | None = None
    total_row: bool = False  # the last row is a total
    notes: list[str] = field(default_factory=list)


def dashboard_heading(figures: DashboardFigures, title: str = "",
                      generated_on: date | None = None) -> tuple[str, str]:
    """The dashboard's title and subtitle (what was counted, and when)."""
    day = (generated_on or date.today()).strftime("%d/%m/%Y")
    total = (format_euros(figures.total) if figures.unit == UNIT_EUROS
             else f"{format_number(figures.total)} lignes")
    return (
        f"{DASHBOARD_TITLE}{f' — {title}' if title else ''}",
        f"Budget ventilé : {total} sur {format_number(figures.stats.classified_rows)} lignes "
        f"classées. Produit par Verdir le {day}.",
    )


def amount_header(figures: DashboardFigures) -> str:
    return "Montant (€)" if figures.unit == UNIT_EUROS else "Lignes (pondérées)"


def unit_word(figures: DashboardFigures) -> str:
    return "en euros" if figures.unit == UNIT_EUROS else "en nombre de lignes pondérées"


def goals_table(figures: DashboardFigures) -> FigureTable:
    columns = [
        Column("ODD", TEXT), Column(amount_header(figures), AMOUNT),
        Column("Part du budget", SHARE), Column("Lignes", COUNT),
        Column("Objectif", TEXT),
    ]
    rows: list[list[object]] = [
        [f"ODD {g.goal}", g.amount, g.share, g.lines, GOAL_NAMES[g.goal]] for g in figures.goals
    ]
    rows.append(["Total", sum(g.amount for g in figures.goals),
                 sum(g.share for g in figures.goals), figures.stats.classified_rows, ""])
    return FigureTable(
        key="odd",
        title="Répartition du budget par ODD",
        description=(
            f"Montant affecté à chaque Objectif de développement durable, {unit_word(figures)}, "
            "et sa part dans le budget ventilé."
        ),
        columns=columns,
        rows=rows,
        chart=ChartSpec("goals", f"Budget par ODD ({unit_symbol(figures)})", 0, [1],
                        amount_header(figures)),
        total_row=True,
    )


def unit_symbol(figures: DashboardFigures) -> str:
    return "€" if figures.unit == UNIT_EUROS else "lignes"


def cross_table(figures: DashboardFigures, breakdown: Breakdown, key: str, title: str,
                chart_title: str) -> FigureTable | None:
    """Rows of a breakdown × 17 goals, plus a total column; None when the column is absent."""
    if not breakdown.available or not breakdown.labels:
        return None
    columns = [Column(breakdown.dimension, TEXT)]
    columns += [Column(f"ODD {goal}", AMOUNT, goal) for goal in GOALS]
    columns.append(Column("Total", AMOUNT))
    rows: list[list[object]] = [
        [label, *amounts, total]
        for label, amounts, total in zip(breakdown.labels, breakdown.amounts, breakdown.totals,
                                         strict=True)
    ]
    column_totals = [sum(row[goal] for row in rows) for goal in GOALS]  # type: ignore[misc]
    rows.append(["Total", *column_totals, sum(breakdown.totals)])
    present = [goal for goal in GOALS if any(abs(a[goal - 1]) > 1e-9 for a in breakdown.amounts)]
    return FigureTable(
        key=key,
        title=title,
        description=(
            f"Montant affecté à chaque ODD par {breakdown.dimension.lower()}, "
            f"{unit_word(figures)}."
        ),
        columns=columns,
        rows=rows,
        chart=ChartSpec("stacked", chart_title, 0, present, amount_header(figures)),
        total_row=True,
    )


def quality_table(figures: DashboardFigures) -> FigureTable:
    s = figures.stats
    rows: list[list[object]] = [
        ["Lignes classées", s.classified_rows, figures.total],
        ["Confiance inférieure à 0,5", figures.low_confidence.lines, figures.low_confidence.amount],
        ["Sigles inconnus", figures.unknown_acronyms.lines, figures.unknown_acronyms.amount],
        ["Annulations (montants négatifs)", s.negative_rows, s.negative_amount],
        ["Lignes non classées (exclues)", s.unclassified_rows, s.unclassified_amount],
        ["Lignes sans montant (poids 1)", s.rows_without_amount, None],
        ["Lignes vides ignorées", s.empty_rows, None],
    ]
    return FigureTable(
        key="qualite",
        title="Lignes à vérifier",
        description=(
            "Nombre de lignes et montant concernés par une confiance faible, des sigles "
            "inconnus, des annulations ou des données manquantes."
        ),
        columns=[Column("Indicateur", TEXT), Column("Lignes", COUNT),
                 Column(amount_header(figures), AMOUNT)],
        rows=rows,
        notes=list(figures.notes),
    )


def acronyms_table(figures: DashboardFigures) -> FigureTable | None:
    if not figures.acronyms:
        return None
    return FigureTable(
        key="sigles",
        title="Sigles inconnus les plus fréquents",
        description="À ajouter à la feuille « Glossaire » pour améliorer le classement.",
        columns=[Column("Sigle", TEXT), Column("Lignes", COUNT)],
        rows=[[acronym, count] for acronym, count in figures.acronyms],
    )


def cancellations_table(figures: DashboardFigures) -> FigureTable | None:
    if not figures.cancellations:
        return None
    return FigureTable(
        key="annulations",
        title="Annulations",
        description="Lignes à montant négatif, déduites des totaux de leurs ODD.",
        columns=[Column("Libellé", TEXT), Column("Montant (€)", EUROS), Column("Chapitre", TEXT),
                 Column("N° de ligne", COUNT), Column("Service", TEXT)],
        rows=[[c.label, c.amount, c.chapitre, c.row, c.service] for c in figures.cancellations],
    )


def top_lines_table(figures: DashboardFigures) -> FigureTable:
    rows: list[list[object]] = []
    for goal, lines in figures.top_lines.items():
        for line in lines:
            rows.append([line.label, f"ODD {goal}", line.percent / 100, line.contribution,
                         line.amount, line.chapitre, line.row, line.service])
    return FigureTable(
        key="principales",
        title="Principales lignes de chaque ODD",
        description=(
            "Pour chaque ODD, les lignes qui lui apportent le plus : part de la ligne affectée "
            "à l'ODD et montant correspondant."
        ),
        columns=[
            Column("Libellé", TEXT), Column("ODD", TEXT), Column("Part de la ligne", SHARE),
            Column(f"Affecté à l'ODD ({unit_symbol(figures)})", AMOUNT),
            Column("Montant de la ligne (€)", EUROS), Column("Chapitre", TEXT),
            Column("N° de ligne", COUNT), Column("Service", TEXT),
        ],
        rows=rows,
    )


def data_rows(table: FigureTable) -> list[list[object]]:
    """The rows a chart reads: every row but the total."""
    return table.rows[:-1] if table.total_row else table.rows


def chart_largest(table: FigureTable) -> float:
    """The largest bar (goals chart) or stack (stacked chart) of a table's chart, in absolute value."""
    spec = table.chart
    if spec is None:
        return 0.0
    if spec.kind == "goals":
        values = [row[c] for row in data_rows(table) for c in spec.value_columns]
    else:  # a stack is the row's total (last column)
        values = [row[-1] for row in data_rows(table)]
    return max((abs(float(v)) for v in values if isinstance(v, int | float)), default=0.0)


def dashboard_tables(figures: DashboardFigures) -> list[FigureTable]:
    """All tables of the dashboard, in reading order (charted tables first)."""
    tables = [
        goals_table(figures),
        cross_table(figures, figures.sections, "sections", "Répartition par section",
                    "Budget par section et par ODD"),
        cross_table(figures, figures.chapitres, "chapitres", "Répartition par chapitre",
                    "Budget par chapitre et par ODD"),
        cross_table(figures, figures.services, "services", "Répartition par service",
                    "Budget par service et par ODD"),
        quality_table(figures),
        acronyms_table(figures),
        cancellations_table(figures),
        top_lines_table(figures),
    ]
    return [table for table in tables if table is not None]
