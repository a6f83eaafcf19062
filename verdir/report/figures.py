"""The dashboard's figures: one pandas computation from a classified table to plain data.

Every renderer (the Excel sheet written with openpyxl, the add-in's xlwings sheet, the HTML
report) draws from :func:`compute_figures`, so that they all show the same numbers.

How a line counts
-----------------
* Its *weight* is its amount in euros. A line whose amount is missing or unreadable weighs 1
  (and, when the table has no amount column at all, every line weighs 1: the figures are
  then numbers of lines, not euros). The figures say so in ``notes``.
* A goal receives ``weight × percentage / 100`` of each line.
* Negative amounts are cancellations: they are netted in every total (they reduce the goals
  of the line they cancel) and listed in ``cancellations``.
* Rows whose input cells are all empty are ignored and counted; rows without any ODD
  percentage are "not classified": counted, with their amount, but left out of the totals.
* Shares are relative to the classified budget: the net weight of the classified lines.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from verdir.columns import (
    COL_CONFIDENCE,
    COL_MAIN,
    COL_UNKNOWN,
    ODD_COLUMNS,
    OUTPUT_COLUMNS,
    fold_header,
    match_columns,
)
from verdir.numbers import format_euros, format_number, is_blank, parse_number

from .goals import GOALS
from .table import ReportInputError

UNIT_EUROS = "euros"
UNIT_LINES = "lignes"
LOW_CONFIDENCE = 0.5
NOT_GIVEN = "Non renseigné"
OTHER_SERVICES = "Autres services"
OTHER_CHAPITRES = "Autres chapitres"
SECTION_LABELS = {"F": "Fonctionnement", "I": "Investissement"}

# Chapitres of each section (M57 / M14 / M52), used when the Section column is missing.
def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


INVESTMENT_CHAPITRES = _codes("001 010 020 021 024 040 041 10 13 16 18 20 204 21 22 23 26 27 45")
OPERATING_CHAPITRES = _codes(
    "002 011 012 013 014 015 016 017 022 023 042 043 65 656 66 67 68 70 71 72 73 74 75 76 77 78"
)
CHAPITRE_NAMES: dict[str, str] = {
    "011": "Charges à caractère général",
    "012": "Charges de personnel",
    "013": "Atténuations de charges",
    "014": "Atténuations de produits",
    "020": "Dépenses imprévues (investissement)",
    "022": "Dépenses imprévues (fonctionnement)",
    "023": "Virement à la section d'investissement",
    "040": "Opérations d'ordre entre sections",
    "041": "Opérations patrimoniales",
    "042": "Opérations d'ordre entre sections",
    "10": "Dotations et fonds divers",
    "13": "Subventions d'investissement",
    "16": "Emprunts et dettes",
    "20": "Immobilisations incorporelles",
    "204": "Subventions d'équipement versées",
    "21": "Immobilisations corporelles",
    "23": "Immobilisations en cours",
    "26": "Participations",
    "27": "Autres immobilisations financières",
    "65": "Autres charges de gestion courante",
    "656": "Frais des groupes d'élus",
    "66": "Charges financières",
    "67": "Charges spécifiques",
    "68": "Dotations aux provisions",
    "70": "Produits des services",
    "73": "Impôts et taxes",
    "74": "Dotations et participations",
    "75": "Autres produits de gestion courante",
}
# Codes Excel turns into numbers and that are unambiguous once the leading zero is back.
_LEADING_ZERO = {"11": "011", "12": "012", "14": "014", "42": "042", "43": "043"}


@dataclass(frozen=True)
class GoalTotal:
    """One goal's share of the classified budget."""

    goal: int
    amount: float  # euros (or weighted lines, see DashboardFigures.unit)
    share: float  # fraction of the classified budget, 0-1
    lines: int  # lines giving this goal a non-zero percentage
    main_lines: int  # lines whose main goal it is


@dataclass(frozen=True)
class Breakdown:
    """Amounts per goal for each value of one column (section, chapitre or service)."""

    dimension: str  # "Section", "Chapitre", "Service"
    available: bool  # False when the table has no such column
    labels: list[str]
    amounts: list[list[float]]  # amounts[row][goal - 1]
    totals: list[float]  # per row, sum of the row's goal amounts
    lines: list[int]  # classified lines per row


@dataclass(frozen=True)
class Flagged:
    """Lines to check, and their weight."""

    lines: int
    amount: float


@dataclass(frozen=True)
class LineRef:
    """A budget line as the dashboard lists it."""

    row: int  # row number in the source sheet (header = row 1)
    label: str
    service: str
    chapitre: str
    amount: float | None  # None when the line has no readable amount
    percent: float = 0.0  # the goal's percentage (top lines)
    contribution: float = 0.0  # weight × percent / 100 (top lines)


@dataclass(frozen=True)
class InputStats:
    """What the computation read and how it treated it."""

    rows_read: int  # data rows up to the last non-empty one
    empty_rows: int
    classified_rows: int
    unclassified_rows: int
    unclassified_amount: float
    rows_without_amount: int  # missing or unreadable amount: weight 1
    unreadable_amounts: list[str]  # raw values that could not be read (first few)
    text_amounts: int  # amounts given as text and converted
    negative_rows: int
    negative_amount: float
    incomplete_rows: int  # classified rows whose percentages do not add up to 100
    section_inferred: bool


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard shows, as plain data (see ``to_dict``)."""

    unit: str  # UNIT_EUROS or UNIT_LINES
    total: float  # net weight of the classified lines
    goals: list[GoalTotal]
    sections: Breakdown
    chapitres: Breakdown
    services: Breakdown
    low_confidence: Flagged
    unknown_acronyms: Flagged
    acronyms: list[tuple[str, int]]  # most frequent unknown acronyms, with line counts
    top_lines: dict[int, list[LineRef]]  # goal -> its largest lines
    cancellations: list[LineRef]
    stats: InputStats
    columns: dict[str, str]  # role -> header used
    notes: list[str] = field(default_factory=list)  # French sentences for the reader

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible dict (for the add-in and the service)."""
        data = dataclasses.asdict(self)
        data["top_lines"] = {str(goal): lines for goal, lines in data["top_lines"].items()}
        return data

    def goal(self, goal: int) -> GoalTotal:
        return self.goals[goal - 1]


# ---------------------------------------------------------------------------------------------
# Normalising cells
# ---------------------------------------------------------------------------------------------


def normalise_code(value: object) -> str:
    """A chapitre / nature / fonction code as text: 11.0 -> '011', ' 204 ' -> '204'."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return _LEADING_ZERO.get(text, text)


def chapitre_label(code: str) -> str:
    """'011' -> '011 – Charges à caractère général' (the code alone when unknown)."""
    if not code:
        return NOT_GIVEN
    name = CHAPITRE_NAMES.get(code)
    return f"{code} – {name}" if name else code


def normalise_section(value: object, chapitre: str, nature: str) -> str:
    """'I' / 'F' from the section cell, else from the chapitre or the nature; '' if unknown."""
    if not is_blank(value):
        folded = fold_header(value)
        if folded.startswith(("i", "inv")) or folded in ("2", "ri", "di"):
            return "I"
        if folded.startswith(("f", "fonc", "exploit")) or folded in ("1", "rf", "df"):
            return "F"
    if chapitre in INVESTMENT_CHAPITRES or chapitre.startswith("45"):
        return "I"
    if chapitre in OPERATING_CHAPITRES:
        return "F"
    if nature[:1] in ("1", "2"):
        return "I"
    if nature[:1] in ("6", "7"):
        return "F"
    return ""


def split_acronyms(value: object) -> list[str]:
    if is_blank(value):
        return []
    return [part.strip() for part in re.split(r"[,;]", str(value)) if part.strip()]


# ---------------------------------------------------------------------------------------------
# The computation
# ---------------------------------------------------------------------------------------------


def _column(df: pd.DataFrame, index: int | None) -> pd.Series:
    if index is None:
        return pd.Series([None] * len(df), index=df.index, dtype=object)
    return df.iloc[:, index]


def _text(value: object) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _normalise(df: pd.DataFrame, header_row: int = 1) -> tuple[pd.DataFrame, dict[str, str], int]:
    """One row per non-empty line with the columns the figures need, and the empty count.

    ``header_row`` is the sheet row of the header, so that line numbers name sheet rows.
    """
    df = df.reset_index(drop=True)
    headers = [str(h).strip() for h in df.columns]
    odd_index = {name: headers.index(name) for name in ODD_COLUMNS if name in headers}
    if not odd_index:
        raise ReportInputError(
            "Aucune colonne « ODD 1 » … « ODD 17 » : ce tableau n'a pas été classé par Verdir. "
            "Classez-le d'abord (bouton « Classer » ou commande « verdir classify »)."
        )
    roles = match_columns(headers)
    used = {role: headers[index] for role, index in roles.items()}
    output_positions = {i for i, h in enumerate(headers) if h in OUTPUT_COLUMNS}
    input_positions = [i for i in range(len(headers)) if i not in output_positions]
    blank = df.iloc[:, input_positions].map(is_blank).all(axis=1) if input_positions else (
        df.map(is_blank).all(axis=1)
    )
    non_blank = (~blank).to_numpy().nonzero()[0]
    last = int(non_blank[-1]) + 1 if len(non_blank) else 0
    df = df.iloc[:last]
    blank = blank.iloc[:last]
    empty_rows = int(blank.sum())
    df = df[~blank]

    def optional(name: str) -> pd.Series:
        return _column(df, headers.index(name) if name in headers else None)

    out = pd.DataFrame(index=df.index)
    out["row"] = [int(position) + header_row + 1 for position in df.index]
    out["label"] = _column(df, roles.get("libelle")).map(_text)
    out["service"] = _column(df, roles.get("service")).map(_text)
    out["chapitre"] = _column(df, roles.get("chapitre")).map(normalise_code)
    nature = _column(df, roles.get("nature")).map(normalise_code)
    raw_section = _column(df, roles.get("section"))
    out["section"] = [
        normalise_section(s, c, n)
        for s, c, n in zip(raw_section, out["chapitre"], nature, strict=True)
    ]
    raw_amount = _column(df, roles.get("montant"))
    out["raw_amount"] = raw_amount
    out["amount"] = raw_amount.map(parse_number).astype(float)
    out["text_amount"] = [
        isinstance(v, str) and not is_blank(v) for v in raw_amount
    ]
    out["weight"] = out["amount"].fillna(1.0)
    confidence = optional(COL_CONFIDENCE).map(parse_number).astype(float)
    out["confidence"] = confidence.where(~(confidence > 1), confidence / 100)  # "42 %" -> 0.42
    out["acronyms"] = optional(COL_UNKNOWN).map(split_acronyms)
    out["main"] = optional(COL_MAIN).map(parse_number).astype(float)
    for goal in GOALS:
        name = f"ODD {goal}"
        values = _column(df, odd_index.get(name)).map(parse_number).astype(float)
        out[name] = values.fillna(0.0)
    return out, used, empty_rows


def _breakdown(lines: pd.DataFrame, contributions: pd.DataFrame, key: pd.Series,
               dimension: str, available: bool, order: list[str] | None = None,
               limit: int | None = None, other: str = "") -> Breakdown:
    if not available or lines.empty:
        return Breakdown(dimension, available, [], [], [], [])
    grouped = contributions.groupby(key, sort=False).sum()
    counts = key.value_counts()
    labels = order if order is not None else sorted(
        grouped.index, key=lambda label: (-abs(grouped.loc[label].sum()), label)
    )
    labels = [label for label in labels if label in grouped.index]
    if limit is not None and len(labels) > limit:
        kept, rest = labels[: limit - 1], labels[limit - 1:]
        grouped.loc[other] = grouped.loc[rest].sum()
        counts.loc[other] = int(counts.loc[rest].sum())
        labels = [*kept, other]
    amounts = [[float(grouped.loc[label, f"ODD {g}"]) for g in GOALS] for label in labels]
    return Breakdown(
        dimension=dimension,
        available=True,
        labels=list(labels),
        amounts=amounts,
        totals=[float(sum(row)) for row in amounts],
        lines=[int(counts.loc[label]) for label in labels],
    )


def _line_ref(row: pd.Series, percent: float = 0.0) -> LineRef:
    amount = None if pd.isna(row["amount"]) else float(row["amount"])
    return LineRef(
        row=int(row["row"]),
        label=row["label"] or f"Ligne {int(row['row'])}",
        service=row["service"],
        chapitre=row["chapitre"],
        amount=amount,
        percent=percent,
        contribution=float(row["weight"]) * percent / 100,
    )


def _chapitre_order(lines: pd.DataFrame) -> list[str]:
    """Chapitres in budget order: operating first, then investment, by code."""
    codes = lines[["chapitre", "section"]].drop_duplicates("chapitre")
    rank = {"F": 0, "I": 1}
    ordered = sorted(
        codes.itertuples(index=False),
        key=lambda c: (rank.get(c.section, 2), c.chapitre.lstrip("0") or "~", c.chapitre),
    )
    return [chapitre_label(c.chapitre) for c in ordered]


def compute_figures(df: pd.DataFrame, top: int = 5, max_services: int = 12,
                    max_chapitres: int = 16, header_row: int = 1) -> DashboardFigures:
    """The dashboard's figures for a classified table (see the module docstring).

    ``header_row``: the sheet row of the header (1 for a file; the add-in's table may start
    lower), so that the line numbers listed name the rows of the user's sheet.
    """
    if df.shape[1] == 0:
        raise ReportInputError("Le tableau est vide : aucune colonne.")
    lines, used, empty_rows = _normalise(df, header_row)
    if lines.empty:
        raise ReportInputError("Le tableau ne contient aucune ligne budgétaire.")
    has_amount_column = "montant" in used
    unit = UNIT_EUROS if has_amount_column else UNIT_LINES
    goal_columns = [f"ODD {g}" for g in GOALS]
    percents = lines[goal_columns]
    classified_mask = (percents != 0).any(axis=1)
    unclassified = lines[~classified_mask]
    lines = lines[classified_mask]
    percents = percents[classified_mask]
    contributions = percents.mul(lines["weight"], axis=0) / 100
    total = float(lines["weight"].sum())

    goals = []
    main = lines["main"]
    for goal in GOALS:
        amount = float(contributions[f"ODD {goal}"].sum())
        goals.append(GoalTotal(
            goal=goal,
            amount=amount,
            share=amount / total if total > 0 else 0.0,
            lines=int((percents[f"ODD {goal}"] > 0).sum()),
            main_lines=int((main == goal).sum()),
        ))

    section_labels = lines["section"].map(lambda s: SECTION_LABELS.get(s, NOT_GIVEN))
    sections = _breakdown(
        lines, contributions, section_labels, "Section", available=True,
        order=[*SECTION_LABELS.values(), NOT_GIVEN],
    )
    chapitre_labels = lines["chapitre"].map(chapitre_label)
    chapitres = _breakdown(
        lines, contributions, chapitre_labels, "Chapitre", available="chapitre" in used,
        order=_chapitre_order(lines), limit=max_chapitres, other=OTHER_CHAPITRES,
    )
    services = _breakdown(
        lines, contributions, lines["service"].map(lambda s: s or NOT_GIVEN), "Service",
        available="service" in used, limit=max_services, other=OTHER_SERVICES,
    )

    low_mask = lines["confidence"] < LOW_CONFIDENCE
    acronym_mask = lines["acronyms"].map(bool)
    acronym_counts = Counter(a for items in lines["acronyms"] for a in dict.fromkeys(items))

    top_lines: dict[int, list[LineRef]] = {}
    for goal in GOALS:
        column = f"ODD {goal}"
        candidates = lines[(percents[column] > 0) & (lines["weight"] > 0)]
        if candidates.empty:
            continue
        ranked = contributions.loc[candidates.index, column].sort_values(
            ascending=False, kind="stable"
        )
        top_lines[goal] = [
            _line_ref(lines.loc[index], float(percents.loc[index, column]))
            for index in ranked.index[:top]
        ]

    all_lines = pd.concat([lines, unclassified])
    negatives = all_lines[all_lines["amount"] < 0].sort_values("row")
    missing = all_lines["amount"].isna()
    unreadable = all_lines.loc[missing, "raw_amount"].map(lambda v: not is_blank(v))
    split_total = percents.sum(axis=1)
    stats = InputStats(
        rows_read=len(all_lines) + empty_rows,
        empty_rows=empty_rows,
        classified_rows=len(lines),
        unclassified_rows=len(unclassified),
        unclassified_amount=float(unclassified["weight"].sum()),
        rows_without_amount=int(missing.sum()),
        unreadable_amounts=[str(v) for v in all_lines.loc[unreadable[unreadable].index,
                                                            "raw_amount"].head(5)],
        text_amounts=int((all_lines["text_amount"] & all_lines["amount"].notna()).sum()),
        negative_rows=len(negatives),
        negative_amount=float(negatives["amount"].sum()),
        incomplete_rows=int(((split_total - 100).abs() > 0.5).sum()),
        section_inferred="section" not in used and bool((lines["section"] != "").any()),
    )
    figures = DashboardFigures(
        unit=unit,
        total=total,
        goals=goals,
        sections=sections,
        chapitres=chapitres,
        services=services,
        low_confidence=Flagged(int(low_mask.sum()), float(lines.loc[low_mask, "weight"].sum())),
        unknown_acronyms=Flagged(
            int(acronym_mask.sum()), float(lines.loc[acronym_mask, "weight"].sum())
        ),
        acronyms=acronym_counts.most_common(15),
        top_lines=top_lines,
        cancellations=[_line_ref(row) for _, row in negatives.iterrows()],
        stats=stats,
        columns=used,
    )
    figures.notes.extend(explain(figures))
    return figures


def _amount(value: float, unit: str) -> str:
    if unit == UNIT_EUROS:
        return format_euros(value)
    return f"{format_number(value, 1)} ligne(s)"


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{format_number(count)} {singular if count == 1 else plural}"


def explain(figures: DashboardFigures) -> list[str]:
    """French sentences telling the reader how the table was read and counted."""
    s = figures.stats
    notes = []
    if figures.unit == UNIT_EUROS:
        notes.append(
            "Chaque ligne compte pour son montant, réparti selon ses pourcentages ODD : une "
            "ligne de 100 000 € ventilée 60 % ODD 4 et 40 % ODD 7 apporte 60 000 € à l'ODD 4 "
            "et 40 000 € à l'ODD 7. Les parts sont calculées sur le budget ventilé."
        )
    else:
        notes.append(
            "Aucune colonne de montant n'a été trouvée : chaque ligne compte pour 1. Les "
            "chiffres sont des nombres de lignes répartis selon les pourcentages ODD, pas des "
            "euros."
        )
    if figures.unit == UNIT_EUROS and s.rows_without_amount:
        counted = _plural(s.rows_without_amount, "ligne sans montant lisible a été comptée",
                          "lignes sans montant lisible ont été comptées")
        text = (
            f"{counted} avec un poids de 1 (soit 1 €) : complétez leur montant pour un "
            "tableau de bord exact."
        )
        if s.unreadable_amounts:
            examples = ", ".join(f"« {value} »" for value in s.unreadable_amounts[:3])
            text += f" Valeurs illisibles : {examples}."
        notes.append(text)
    if s.text_amounts:
        notes.append(
            f"{_plural(s.text_amounts, 'montant saisi', 'montants saisis')} comme du texte "
            "(par exemple « 1 234,56 € ») "
            f"{'a été converti' if s.text_amounts == 1 else 'ont été convertis'} en nombre."
        )
    if s.negative_rows:
        notes.append(
            f"{_plural(s.negative_rows, 'ligne', 'lignes')} à montant négatif (annulations, "
            f"{_amount(s.negative_amount, figures.unit)} au total) "
            f"{'vient' if s.negative_rows == 1 else 'viennent'} en déduction des totaux de "
            "leurs ODD ; elles sont listées dans la partie « Annulations »."
        )
    if s.empty_rows:
        notes.append(
            f"{_plural(s.empty_rows, 'ligne vide a été ignorée', 'lignes vides ont été ignorées')}."
        )
    if s.unclassified_rows:
        notes.append(
            f"{_plural(s.unclassified_rows, 'ligne non classée', 'lignes non classées')} "
            f"(sans pourcentage ODD, {_amount(s.unclassified_amount, figures.unit)}) "
            f"{'est exclue' if s.unclassified_rows == 1 else 'sont exclues'} des totaux."
        )
    if s.incomplete_rows:
        notes.append(
            f"{_plural(s.incomplete_rows, 'ligne a', 'lignes ont')} des pourcentages dont la "
            "somme n'est pas 100 % : ils sont pris tels quels."
        )
    if s.section_inferred:
        notes.append("Pas de colonne Section : la section est déduite du chapitre ou de la nature.")
    if not figures.chapitres.available:
        notes.append("Pas de colonne Chapitre : la répartition par chapitre n'est pas disponible.")
    if not figures.services.available:
        notes.append("Pas de colonne Service : la répartition par service n'est pas disponible.")
    return notes
