"""A self-contained HTML report for elected officials: inline SVG charts, no network.

Every chart is an accessible SVG (role="img", title and description) followed by the table
it is drawn from. Colours are the official SDG colours; the goal's number stands in for its
icon. The page prints on A4 with its colours.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from verdir.numbers import format_compact_euros, format_euros, format_number, format_share

from .figures import UNIT_EUROS, DashboardFigures
from .goals import GOAL_COLOURS, GOAL_NAMES, GOALS, text_colour
from .tables import (
    AMOUNT,
    COUNT,
    EUROS,
    PERCENT,
    SHARE,
    FigureTable,
    dashboard_tables,
)

GREEN = "#1E5631"


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _amount(value: float, figures: DashboardFigures, compact: bool = False) -> str:
    if figures.unit != UNIT_EUROS:
        return format_number(value, 1)
    return format_compact_euros(value) if compact else format_euros(value)


def format_cell(value: object, kind: str, figures: DashboardFigures) -> str:
    """A table cell's text, as the HTML report shows it."""
    if value is None:
        return "—"
    if kind == AMOUNT and isinstance(value, int | float):
        return _amount(float(value), figures)
    if kind == EUROS and isinstance(value, int | float):
        return format_euros(float(value), 2)
    if kind == SHARE and isinstance(value, int | float):
        return format_share(float(value))
    if kind == PERCENT and isinstance(value, int | float):
        return f"{format_number(float(value))}\u00a0%"
    if kind == COUNT and isinstance(value, int | float):
        return format_number(float(value))
    return str(value)


def badge(goal: int, size: str = "") -> str:
    """The goal's number on its colour, standing for the SDG icon (hidden from readers)."""
    return (
        f'<span class="badge{(" " + size) if size else ""}" aria-hidden="true" '
        f'style="background:#{GOAL_COLOURS[goal]};color:#{text_colour(goal)}">{goal}</span>'
    )


# ---------------------------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------------------------


def _svg_open(key: str, width: int, height: int, title: str, description: str) -> str:
    return (
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="svg-{key}-titre svg-{key}-desc" '
        f'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="svg-{key}-titre">{_e(title)}</title>'
        f'<desc id="svg-{key}-desc">{_e(description)}</desc>'
    )


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def goals_chart(figures: DashboardFigures) -> str:
    """Horizontal bars, one per goal, in the goal's colour."""
    row, top, bar_left, bar_width = 30, 8, 375, 400
    width, height = 960, top * 2 + row * len(GOALS)
    values = [g.amount for g in figures.goals]
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    zero = bar_left + (0 - low) / span * bar_width
    ranked = sorted(figures.goals, key=lambda g: -g.amount)[:3]
    description = "Les ODD qui reçoivent le plus : " + " ; ".join(
        f"ODD {g.goal} {GOAL_NAMES[g.goal]} : {_amount(g.amount, figures)} "
        f"({format_share(g.share)})" for g in ranked
    ) + ". Détail dans le tableau qui suit."
    parts = [_svg_open("odd", width, height, "Budget par ODD", description)]
    for index, g in enumerate(figures.goals):
        y = top + index * row
        colour, ink = GOAL_COLOURS[g.goal], text_colour(g.goal)
        parts.append(
            f'<g><rect x="0" y="{y + 3}" width="24" height="24" rx="3" fill="#{colour}"/>'
            f'<text x="12" y="{y + 20}" text-anchor="middle" class="badge-text" '
            f'fill="#{ink}">{g.goal}</text>'
            f'<text x="32" y="{y + 20}" class="label">'
            f"{_e(_truncate(GOAL_NAMES[g.goal], 50))}</text>"
        )
        length = abs(g.amount) / span * bar_width
        x = zero if g.amount >= 0 else zero - length
        parts.append(
            f'<rect x="{x:.1f}" y="{y + 5}" width="{max(length, 0.0):.1f}" height="20" '
            f'fill="#{colour}"><title>ODD {g.goal} : {_e(_amount(g.amount, figures))}</title>'
            f"</rect>"
        )
        value_x = max(zero, x + length) + 6
        parts.append(
            f'<text x="{value_x:.1f}" y="{y + 20}" class="value">'
            f"{_e(_amount(g.amount, figures, compact=True))} · {_e(format_share(g.share))}"
            f"</text></g>"
        )
    parts.append(
        f'<line x1="{zero:.1f}" y1="{top}" x2="{zero:.1f}" y2="{height - top}" class="axis"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def stacked_chart(table: FigureTable, figures: DashboardFigures) -> str:
    """One horizontal bar per row of a cross table, split by goal."""
    assert table.chart is not None
    rows = table.rows[:-1] if table.total_row else table.rows
    goals = [table.columns[c].goal for c in table.chart.value_columns]
    row, top, label_width = 30, 8, 300
    bar_left, bar_width = label_width + 10, 520
    legend_rows = -(-len(goals) // 6)
    width = 960
    height = top + row * len(rows) + 16 + legend_rows * 24 + 4
    largest = max(
        (sum(max(float(r[c]), 0.0) for c in table.chart.value_columns) for r in rows),  # type: ignore[arg-type]
        default=0.0,
    ) or 1.0
    ranked = sorted(rows, key=lambda r: -float(r[-1]))[:3]  # type: ignore[arg-type]
    description = (
        f"{table.title}. Les plus importants : "
        + " ; ".join(f"{r[0]} : {_amount(float(r[-1]), figures)}" for r in ranked)  # type: ignore[arg-type]
        + ". Détail dans le tableau qui suit."
    )
    parts = [_svg_open(table.key, width, height, table.chart.title, description)]
    for index, values in enumerate(rows):
        y = top + index * row
        label = str(values[0])
        parts.append(
            f'<g><text x="{label_width}" y="{y + 20}" text-anchor="end" class="label">'
            f"<title>{_e(label)}</title>{_e(_truncate(label, 40))}</text>"
        )
        x = float(bar_left)
        for column, goal in zip(table.chart.value_columns, goals, strict=True):
            amount = float(values[column])  # type: ignore[arg-type]
            if amount <= 0 or goal is None:
                continue
            length = amount / largest * bar_width
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 5}" width="{length:.1f}" height="20" '
                f'fill="#{GOAL_COLOURS[goal]}"><title>{_e(label)} – ODD {goal} : '
                f"{_e(_amount(amount, figures))}</title></rect>"
            )
            x += length
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + 20}" class="value">'
            f"{_e(_amount(float(values[-1]), figures, compact=True))}</text></g>"  # type: ignore[arg-type]
        )
    legend_top = top + row * len(rows) + 12
    for index, goal in enumerate(goals):
        if goal is None:
            continue
        x = bar_left + (index % 6) * 86
        y = legend_top + (index // 6) * 24
        parts.append(
            f'<g><rect x="{x}" y="{y}" width="18" height="18" rx="2" '
            f'fill="#{GOAL_COLOURS[goal]}"/><text x="{x + 24}" y="{y + 14}" class="legend">'
            f"ODD {goal}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


def _visible_columns(table: FigureTable) -> list[int]:
    """Cross tables show only the goals that receive something."""
    if table.chart is None or table.chart.kind != "stacked":
        return list(range(len(table.columns)))
    present = set(table.chart.value_columns)
    return [i for i, c in enumerate(table.columns) if c.goal is None or i in present]


def _thousands(value: float) -> str:
    """Cross tables show thousands of euros: '14 511', '0,4' below 1 k€, '–' for zero."""
    if abs(value) < 0.5:
        return "–"
    if abs(value) < 1000:
        return format_number(value / 1000, 1)
    return format_number(value / 1000)


def html_table(table: FigureTable, figures: DashboardFigures, caption: str | None = None) -> str:
    columns = _visible_columns(table)
    numeric = {AMOUNT, EUROS, SHARE, PERCENT, COUNT}
    cross = table.chart is not None and table.chart.kind == "stacked"
    in_thousands = cross and figures.unit == UNIT_EUROS
    caption = caption or table.title
    if in_thousands:
        caption += " (en milliers d'euros)"
    wide = " wide" if len(columns) > 9 else ""
    keep = " keep" if len(table.rows) <= 25 else ""
    parts = [
        f'<div class="table-wrap{keep}"><table id="tableau-{table.key}" class="figures{wide}">',
        f"<caption>{_e(caption)}</caption><thead><tr>",
    ]
    for index in columns:
        column = table.columns[index]
        css = ' class="num"' if column.kind in numeric else ""
        header = _e(column.header)
        if column.goal is not None:  # the goal's colour and number, its name for readers
            header = f'{badge(column.goal)}<span class="sr-only">{header}</span>'
        parts.append(f'<th scope="col"{css}>{header}</th>')
    parts.append("</tr></thead><tbody>")
    for row_index, values in enumerate(table.rows):
        is_total = table.total_row and row_index == len(table.rows) - 1
        parts.append('<tr class="total">' if is_total else "<tr>")
        for position, index in enumerate(columns):
            column, value = table.columns[index], values[index]
            if in_thousands and column.kind == AMOUNT and isinstance(value, int | float):
                text = _e(_thousands(float(value)))
            else:
                text = _e(format_cell(value, column.kind, figures))
            if position == 0:
                if table.key == "odd" and not is_total:
                    goal = int(str(value).split()[-1])
                    text = f"{badge(goal)} {text}"
                parts.append(f'<th scope="row">{text}</th>')
            elif column.kind in numeric:
                data = f' data-value="{float(value)!r}"' if isinstance(value, int | float) else ""
                parts.append(f'<td class="num"{data}>{text}</td>')
            else:
                parts.append(f"<td>{text}</td>")
        parts.append("</tr>")
    parts.append("</tbody></table></div>")
    return "".join(parts)


def _figure(table: FigureTable, figures: DashboardFigures) -> str:
    assert table.chart is not None
    chart = goals_chart(figures) if table.chart.kind == "goals" else stacked_chart(table, figures)
    return (
        f'<section id="{table.key}" class="block" aria-labelledby="h-{table.key}">'
        f'<div class="keep"><h2 id="h-{table.key}">{_e(table.title)}</h2>'
        f'<p class="intro">{_e(table.description)}</p>'
        f'<figure><div class="chart-wrap">{chart}</div>'
        f"<figcaption>{_e(table.chart.title)} — les valeurs exactes sont dans le tableau "
        f"ci-dessous.</figcaption></figure></div>"
        f"{html_table(table, figures)}</section>"
    )


def _key_figures(figures: DashboardFigures) -> str:
    best = max(figures.goals, key=lambda g: g.amount)
    to_check = figures.low_confidence.lines
    cards = [
        ("Budget ventilé", _amount(figures.total, figures, compact=True),
         f"{format_number(figures.stats.classified_rows)} lignes classées"),
        ("Premier ODD", f"ODD {best.goal}",
         f"{GOAL_NAMES[best.goal]} : {format_share(best.share)}"),
        ("ODD concernés", str(sum(1 for g in figures.goals if g.amount > 0)), "sur 17"),
        ("Lignes à vérifier", format_number(to_check), "confiance inférieure à 0,5"),
    ]
    items = "".join(
        f'<div class="card"><dt>{_e(label)}</dt><dd class="big">{_e(value)}</dd>'
        f'<dd class="small">{_e(detail)}</dd></div>'
        for label, value, detail in cards
    )
    return (
        '<section aria-labelledby="h-chiffres" class="block">'
        '<h2 id="h-chiffres">Chiffres clés</h2>'
        f'<dl class="cards">{items}</dl></section>'
    )


def _checks(tables: dict[str, FigureTable], figures: DashboardFigures) -> str:
    parts = [
        '<section id="verifier" class="block" aria-labelledby="h-verifier">',
        '<h2 id="h-verifier">Qualité de la ventilation et lignes à vérifier</h2>',
        '<p class="intro">Comment le tableau a été lu, et les lignes à relire en priorité.</p>',
        '<ul class="notes">',
        *(f"<li>{_e(note)}</li>" for note in figures.notes),
        "</ul>",
        html_table(tables["qualite"], figures),
    ]
    if "sigles" in tables:
        parts.append(f'<p class="intro">{_e(tables["sigles"].description)}</p>')
        parts.append(html_table(tables["sigles"], figures))
    if "annulations" in tables:
        parts.append(html_table(tables["annulations"], figures))
    parts.append("</section>")
    return "".join(parts)


def _top_lines(table: FigureTable, figures: DashboardFigures) -> str:
    parts = [
        '<section id="principales" class="block" aria-labelledby="h-principales">',
        f'<h2 id="h-principales">{_e(table.title)}</h2>',
        f'<p class="intro">{_e(table.description)}</p>',
    ]
    keep = [0, 2, 3, 4, 7]  # libellé, part, affecté, montant, service
    for goal in GOALS:
        rows = [r for r in table.rows if r[1] == f"ODD {goal}"]
        if not rows:
            continue
        sub = FigureTable(
            key=f"principales-{goal}",
            title=f"ODD {goal} – {GOAL_NAMES[goal]}",
            description="",
            columns=[table.columns[i] for i in keep],
            rows=[[r[i] for i in keep] for r in rows],
        )
        parts.append(
            f'<h3 class="goal-title">{badge(goal, "small")} ODD {goal} – '
            f"{_e(GOAL_NAMES[goal])}</h3>"
        )
        parts.append(html_table(sub, figures, caption=f"Principales lignes de l'ODD {goal}"))
    parts.append("</section>")
    return "".join(parts)


STYLE = """
:root { --vert: #1E5631; --gris: #555; --fond: #F4F7F4; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue",
  Arial, sans-serif; color: #1A1A1A; background: #fff; line-height: 1.45; font-size: 16px; }
header.top { background: var(--vert); color: #fff; padding: 28px 40px 24px; }
header.top .kicker { margin: 0 0 6px; opacity: .9; font-size: 14px; letter-spacing: .02em; }
header.top h1 { margin: 0 0 8px; font-size: 30px; line-height: 1.2; }
header.top p.lead { margin: 0; max-width: 70em; font-size: 16px; }
main { max-width: 1120px; margin: 0 auto; padding: 8px 32px 40px; }
nav.toc { margin: 20px 0 0; font-size: 15px; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: 0;
  list-style: none; }
nav.toc a { color: var(--vert); }
h2 { color: var(--vert); font-size: 22px; margin: 36px 0 6px;
  border-bottom: 2px solid var(--vert); padding-bottom: 4px; }
h3.goal-title { font-size: 17px; margin: 22px 0 6px; display: flex; align-items: center;
  gap: 8px; }
p.intro { margin: 4px 0 12px; color: var(--gris); }
dl.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px; margin: 12px 0 0; }
.card { background: var(--fond); border-left: 5px solid var(--vert); padding: 12px 14px;
  border-radius: 4px; }
.card dt { font-size: 14px; color: var(--gris); }
.card dd { margin: 0; }
.card dd.big { font-size: 26px; font-weight: 700; color: var(--vert); }
.card dd.small { font-size: 14px; color: var(--gris); }
figure { margin: 0 0 10px; }
.chart-wrap { width: 100%; overflow-x: auto; }
svg.chart { width: 100%; height: auto; max-width: 960px; display: block;
  font-family: inherit; }
svg .label { font-size: 14px; fill: #1A1A1A; }
svg .value { font-size: 13px; fill: #333; font-weight: 600; }
svg .legend { font-size: 13px; fill: #1A1A1A; }
svg .badge-text { font-size: 13px; font-weight: 700; }
svg .axis { stroke: #888; stroke-width: 1; }
figcaption { font-size: 14px; color: var(--gris); margin-top: 4px; }
.table-wrap { width: 100%; overflow-x: auto; margin: 8px 0 18px; }
table.figures { border-collapse: collapse; font-size: 14px; min-width: 60%; }
table.figures.wide { font-size: 12.5px; }
table.figures.wide th, table.figures.wide td { padding: 4px 5px; }
table.figures.wide tbody th { min-width: 11em; }
table.figures.wide thead th .badge { margin: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
table.figures caption { text-align: left; font-weight: 600; padding: 4px 0 6px;
  color: #1A1A1A; }
table.figures th, table.figures td { padding: 5px 9px; border-bottom: 1px solid #DDD;
  text-align: left; vertical-align: top; }
table.figures thead th { background: var(--vert); color: #fff; font-weight: 600; }
table.figures tbody th { font-weight: 500; }
table.figures .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.figures tr.total th, table.figures tr.total td { font-weight: 700;
  border-top: 2px solid var(--vert); background: var(--fond); }
.badge { display: inline-block; min-width: 1.9em; padding: 1px 4px; border-radius: 3px;
  font-weight: 700; text-align: center; font-size: 13px; margin-right: 4px; }
.badge.small { font-size: 14px; padding: 2px 6px; }
ul.notes { margin: 6px 0 14px; padding-left: 20px; }
ul.notes li { margin-bottom: 4px; }
footer { max-width: 1120px; margin: 0 auto; padding: 16px 32px 32px; color: var(--gris);
  font-size: 13px; border-top: 1px solid #DDD; }
@media (max-width: 760px) { dl.cards { grid-template-columns: repeat(2, 1fr); }
  main { padding: 8px 14px 30px; } header.top { padding: 20px; } }
@media print {
  @page { size: A4; margin: 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10.5pt; }
  header.top { padding: 10mm 8mm 6mm; }
  header.top h1 { font-size: 20pt; }
  main, footer { max-width: none; padding: 0 2mm; }
  nav.toc { display: none; }
  h2 { font-size: 15pt; margin-top: 8mm; break-after: avoid; }
  h3.goal-title { break-after: avoid; }
  figure, .card, tr, .keep { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table.figures { font-size: 9pt; }
  table.figures.wide { font-size: 7pt; }
  table.figures th, table.figures td { padding: 2px 4px; }
  thead { display: table-header-group; }
  section#principales { break-before: page; }
}
"""


def render_html(figures: DashboardFigures, title: str = "", source_name: str = "",
                generated_on: date | None = None) -> str:
    """The whole report as one HTML document (string)."""
    tables = {t.key: t for t in dashboard_tables(figures)}
    day = (generated_on or date.today()).strftime("%d/%m/%Y")
    subject = title or "la collectivité"
    document_title = f"Budget et Objectifs de développement durable — {subject}"
    unit_text = (
        "Les montants sont en euros" if figures.unit == UNIT_EUROS
        else "Faute de montants, les chiffres sont des nombres de lignes"
    )
    toc = [("chiffres", "Chiffres clés")] + [
        (key, tables[key].title) for key in ("odd", "sections", "chapitres", "services")
        if key in tables
    ] + [("verifier", "Lignes à vérifier"), ("principales", "Principales lignes")]
    body = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(document_title)}</title>",
        '<meta name="generator" content="Verdir">',
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        '<header class="top">',
        f'<p class="kicker">Rapport Verdir · {_e(day)}'
        f'{" · " + _e(source_name) if source_name else ""}</p>',
        f"<h1>{_e(document_title)}</h1>",
        '<p class="lead">Ce rapport répartit chaque ligne du budget entre les 17 Objectifs '
        "de développement durable (ODD) de l'ONU, selon les pourcentages proposés par Verdir "
        f"et relus par les services. {_e(unit_text)}.</p>",
        "</header>",
        "<main>",
        '<nav class="toc" aria-label="Sommaire"><ol>',
        *(f'<li><a href="#{key if key != "chiffres" else "h-chiffres"}">{_e(label)}</a></li>'
          for key, label in toc),
        "</ol></nav>",
        _key_figures(figures),
    ]
    for key in ("odd", "sections", "chapitres", "services"):
        if key in tables:
            body.append(_figure(tables[key], figures))
    body.append(_checks(tables, figures))
    body.append(_top_lines(tables["principales"], figures))
    body += [
        "</main>",
        "<footer><p>Produit par Verdir, qui classe les lignes sur le poste de la collectivité "
        "(aucune donnée n'est envoyée en ligne). La ventilation d'une ligne est une "
        "proposition : les services la relisent et la corrigent.</p></footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(body)


def write_html(figures: DashboardFigures, path: Path | str, title: str = "",
               source_name: str = "", generated_on: date | None = None) -> Path:
    path = Path(path)
    path.write_text(render_html(figures, title, source_name, generated_on), encoding="utf-8")
    return path
