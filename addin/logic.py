"""What the add-in decides, without Excel and without the service.

Which rows and columns a button works on, where the header is, where Verdir's output columns go
without overwriting anyone's data, what the user changed since Verdir wrote (the hidden
``_verdir`` sheet keeps what Verdir wrote), whether a distribution sums to 100, which rows a
group decision changes, how requests are chunked and what the status bar says.

Everything here works on plain values (2-D lists as Excel gives them) so that it is tested
directly. User-facing messages are French and raised as :class:`AddinError`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, Protocol, TypeVar

from verdir.columns import (
    ANNEX_OUTPUT_COLUMNS,
    ODD_COLUMNS,
    OUTPUT_COLUMNS,
    companion_columns,
    fold_header,
    match_columns,
    with_label,
)
from verdir.engine.directions import direction_readings
from verdir.engine.text import clean_spaces, fold, read_code
from verdir.numbers import is_blank, parse_number

HEADER_SEARCH_ROWS = 20  # same as the CLI (verdir.tables)
CHUNK_ROWS = 1000
LOW_CONFIDENCE = 0.5  # same threshold as the CLI summary
LOW_CONFIDENCE_COLOR = (255, 224, 178)  # light orange
SNAPSHOT_SHEET = "_verdir"
SNAPSHOT_HEADER = ("Feuille", "Ligne", "Libellé", *ODD_COLUMNS)
SUM_TOLERANCE = 0.5  # percentage points
SERVICE_FIELDS = ("libelle", "chapitre", "nature", "fonction", "service")
CODE_ROLES = ("chapitre", "nature", "fonction")
N_GOALS = 17
N_OUTPUTS = len(OUTPUT_COLUMNS)
CUSTOM_SUMMARY_COLUMNS = ("Axe principal", "Confiance", "Explication")  # after a custom framework's axes


class AddinError(Exception):
    """Something the user can fix; the message is French and shown as it is."""


# ------------------------------------------------------------------------------- cell values
def cell_text(value: Any) -> str:
    """A cell as the service expects text: '' when empty, 6574.0 -> '6574', dates as ISO."""
    if is_blank(value):
        return ""
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()




def group_key(role: str | None, value: Any) -> str:
    """Comparable form of a group cell, as the service's exact rules compare it."""
    if role in CODE_ROLES:
        code = read_code(cell_text(value))
        if code:
            return code
    return clean_spaces(fold(cell_text(value)))


def format_count(n: int) -> str:
    """1200 -> '1 200' (French thousands separator, a plain space)."""
    return f"{n:,}".replace(",", " ")


def progress_text(done: int, total: int) -> str:
    return f"Verdir : {format_count(done)} / {format_count(total)} lignes"


def column_letter(column: int) -> str:
    letters = ""
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# ------------------------------------------------------------------------------------- table
@dataclass(frozen=True)
class Table:
    """A budget table on a sheet: its header row, what each column means, where Verdir writes."""

    sheet: str
    header_row: int
    headers: tuple[Any, ...]  # header cells from column 1 to the sheet's last used column
    roles: Mapping[str, int]  # role -> column (1-based)
    last_row: int  # last used row of the sheet
    output_column: int | None  # first Verdir column ("ODD 1") when the table already has them
    companions: Mapping[str, int] = field(default_factory=dict)  # code role -> its label column

    @property
    def first_data_row(self) -> int:
        return self.header_row + 1

    @property
    def right_edge(self) -> int:
        """Last column whose header is not empty (Verdir's own included)."""
        filled = [i + 1 for i, h in enumerate(self.headers) if not is_blank(h)]
        return max(filled) if filled else 0

    def payload(self, values: Sequence[Any]) -> dict[str, Any] | None:
        """What the service gets for one of the table's rows (see ``row_payload``)."""
        return row_payload(values, self.roles, self.companions)

    def payloads(self, rows: Sequence[int], by_row: Mapping[int, Sequence[Any]]
                 ) -> list[tuple[int, dict[str, Any]]]:
        """(row, payload) of the rows that have a label; an error when none has."""
        found = [(row, payload) for row in rows if (payload := self.payload(by_row[row])) is not None]
        if not found:
            raise AddinError("Aucune ligne de la sélection n'a de libellé : rien à classer.")
        return found

    def header_of(self, column: int) -> str:
        if 1 <= column <= len(self.headers):
            return cell_text(self.headers[column - 1])
        return ""

    def is_output_column(self, column: int) -> bool:
        return self.output_column is not None and (
            self.output_column <= column < self.output_column + N_OUTPUTS)

    def odd_columns(self) -> range:
        if self.output_column is None:
            raise AddinError("Ce tableau n'a pas encore de colonnes Verdir : utilisez d'abord « Classer "
                             "la sélection ».")
        return range(self.output_column, self.output_column + N_GOALS)


def find_header_row(block: Sequence[Sequence[Any]]) -> int | None:
    """Index (0-based) of the first row with a 'Libellé' column, as the CLI finds it."""
    for index, row in enumerate(block[:HEADER_SEARCH_ROWS]):
        if "libelle" in match_columns(["" if v is None else v for v in row]):
            return index
    return None


def find_output_column(headers: Sequence[Any]) -> int | None:
    """Column (1-based) of Verdir's 'ODD 1' when the header row holds all of Verdir's columns."""
    texts = [cell_text(h) for h in headers]
    if ODD_COLUMNS[0] not in texts:
        others = other_framework_columns(texts)
        if any(t in OUTPUT_COLUMNS for i, t in enumerate(texts) if i not in others):
            raise AddinError(_incomplete_outputs_message())
        return None
    start = texts.index(ODD_COLUMNS[0])
    if tuple(texts[start:start + N_OUTPUTS]) != OUTPUT_COLUMNS:
        raise AddinError(_incomplete_outputs_message())
    return start + 1


def other_framework_columns(texts: Sequence[str]) -> set[int]:
    """Indexes (0-based) of headers written by another framework (annexe verte, custom axes):
    their « Confiance » and « Explication » are not ODD columns left behind."""
    found: set[int] = set()
    annex = len(ANNEX_OUTPUT_COLUMNS)
    for start in range(len(texts)):
        if tuple(texts[start:start + annex]) == ANNEX_OUTPUT_COLUMNS:
            found.update(range(start, start + annex))
        if tuple(texts[start:start + len(CUSTOM_SUMMARY_COLUMNS)]) == CUSTOM_SUMMARY_COLUMNS:
            found.update(range(start, start + len(CUSTOM_SUMMARY_COLUMNS)))
    return found


def _incomplete_outputs_message() -> str:
    return ("Les colonnes Verdir de cette feuille sont incomplètes ou déplacées (il faut « ODD 1 » à "
            "« ODD 17 », « ODD principal », « Confiance », « Explication », « Sigles inconnus » côte à "
            "côte). Remettez-les en ordre ou supprimez-les toutes, puis recommencez.")


def detect_table(sheet: str, top_block: Sequence[Sequence[Any]], last_row: int) -> Table:
    """The table whose header is in the first rows of the sheet (``top_block`` starts at A1)."""
    index = find_header_row(top_block)
    if index is None:
        raise AddinError(
            f"Aucun en-tête « Libellé » trouvé dans les {HEADER_SEARCH_ROWS} premières lignes de la "
            f"feuille « {sheet} ». Ajoutez une ligne d'en-tête (Libellé, Chapitre, Fonction, Nature, "
            "Service, Montant) au-dessus des lignes budgétaires.")
    headers = tuple(top_block[index])
    names = ["" if h is None else h for h in headers]
    roles = {role: i + 1 for role, i in match_columns(names).items()}
    companions = {role: i + 1 for role, i in companion_columns(names).items()}
    return Table(sheet, index + 1, headers, roles, last_row, find_output_column(headers), companions)


@dataclass(frozen=True)
class OutputPlacement:
    column: int
    moved: bool  # True when foreign data right of the table pushed Verdir's columns further right
    write_header: bool


def place_outputs(table: Table, right_block: Sequence[Sequence[Any]] | None, used_last_column: int,
                  move_allowed: bool = True) -> OutputPlacement:
    """Where Verdir's 21 columns go.

    Already there -> same place. Otherwise right of the table when ``right_block`` (the cells of
    those 21 columns from the header row to the last row) is empty; else after the last used
    column of the sheet, so that no foreign cell is overwritten, or an error when moving is not
    allowed.
    """
    if table.output_column is not None:
        return OutputPlacement(table.output_column, False, False)
    candidate = table.right_edge + 1
    if right_block is None or all(is_blank(v) for row in right_block for v in row):
        return OutputPlacement(candidate, False, True)
    if not move_allowed:
        raise AddinError(
            f"Les colonnes à droite du tableau (à partir de {column_letter(candidate)}) contiennent "
            "d'autres données : Verdir ne les écrasera pas. Libérez 21 colonnes à droite du tableau.")
    return OutputPlacement(max(used_last_column, table.right_edge) + 1, True, True)


def rows_to_process(table: Table, selection_row: int, selection_last_row: int, single_cell: bool) -> range:
    """Sheet rows of the table a button works on: the whole table for a single cell."""
    if single_cell:
        first, last = table.first_data_row, table.last_row
    else:
        first = max(selection_row, table.first_data_row)
        last = min(selection_last_row, table.last_row)
    if last < first:
        raise AddinError("La sélection ne contient aucune ligne du tableau sous l'en-tête. Sélectionnez "
                         "des lignes budgétaires (ou une seule cellule pour classer tout le tableau).")
    return range(first, last + 1)


def row_payload(values: Sequence[Any], roles: Mapping[str, int],
                companions: Mapping[str, int] | None = None) -> dict[str, Any] | None:
    """What the service gets for one row (``values`` starts at column 1); None without a label.

    A code column followed by its label column ("Fonction", "Libellé fonction") is sent as one
    value, "822 - Voirie communale et routes".
    """
    def at(column: int | None) -> Any:
        return values[column - 1] if column is not None and column <= len(values) else None

    libelle = cell_text(at(roles.get("libelle")))
    if not libelle:
        return None
    payload: dict[str, Any] = {name: cell_text(at(roles.get(name))) for name in SERVICE_FIELDS}
    for role, column in (companions or {}).items():
        payload[role] = with_label(payload[role], cell_text(at(column)))
    payload["libelle"] = libelle
    payload["montant"] = parse_number(at(roles.get("montant")))
    return payload


def chunked(items: Sequence[Any], size: int = CHUNK_ROWS) -> Iterator[Sequence[Any]]:
    if size < 1:
        raise ValueError("chunk size must be positive")
    for start in range(0, len(items), size):
        yield items[start:start + size]


def contiguous_runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """[3, 4, 5, 9] -> [(3, 3), (9, 1)]: (first row, count) of each run of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if runs and runs[-1][0] + runs[-1][1] == row:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((row, 1))
    return runs


# ----------------------------------------------------------------------------------- results
def result_cells(result: Mapping[str, Any]) -> list[Any]:
    """The 21 output cells of one service result, in OUTPUT_COLUMNS order."""
    shares = {int(k): v for k, v in (result.get("odd") or {}).items()}
    if shares:
        odd: list[Any] = [shares.get(goal, 0) for goal in range(1, N_GOALS + 1)]
        confidence = result.get("confiance")
    else:
        odd = [None] * N_GOALS
        confidence = None
    unknown = result.get("sigles_inconnus") or []
    return [*odd, result.get("principal"), confidence, result.get("explication") or "",
            ", ".join(str(u) for u in unknown)]


def is_low_confidence(result: Mapping[str, Any]) -> bool:
    confidence = result.get("confiance")
    return bool(result.get("odd")) and isinstance(confidence, int | float) and confidence < LOW_CONFIDENCE


def output_header() -> list[str]:
    return list(OUTPUT_COLUMNS)


# ------------------------------------------------------------------------- distributions
def distribution_from_cells(values: Sequence[Any], row: int) -> dict[int, int]:
    """The ODD cells of a row as integer percentages summing to 100, or an error naming the row.

    Accepts cells in percent (85) or as fractions when the user typed '85 %' (0.85); rounding to
    integers keeps the sum at 100 (largest remainders).
    """
    numbers: list[float] = []
    for goal, value in enumerate(values, start=1):
        if is_blank(value):
            numbers.append(0.0)
            continue
        number = parse_number(value)
        if number is None:
            raise AddinError(f"Ligne {row} : la valeur « {value} » de la colonne « ODD {goal} » n'est pas "
                             "un nombre. Corrigez la ligne puis recommencez.")
        if number < 0:
            raise AddinError(f"Ligne {row} : la valeur {number:g} de la colonne « ODD {goal} » est "
                             "négative. Corrigez la ligne puis recommencez.")
        numbers.append(number)
    numbers = as_percentages(numbers)
    total = sum(numbers)
    if total == 0:
        raise AddinError(f"Ligne {row} : aucun ODD n'est renseigné. Indiquez des pourcentages qui "
                         "totalisent 100.")
    if abs(total - 100) > SUM_TOLERANCE:
        raise AddinError(f"Ligne {row} : les ODD totalisent {total:g} % au lieu de 100 %. Corrigez la "
                         "ligne puis recommencez.")
    return round_to_100(numbers)


def as_percentages(numbers: list[float]) -> list[float]:
    """Cells formatted as percentages hold fractions ('85 %' is 0.85): back to 85."""
    total = sum(numbers)
    if 0 < total <= 1 + 1e-6 and abs(total - 1) <= SUM_TOLERANCE / 100:
        return [n * 100 for n in numbers]
    return numbers


def round_to_100(numbers: Sequence[float]) -> dict[int, int]:
    scale = 100 / sum(numbers)
    scaled = [n * scale for n in numbers]
    floors = [math.floor(s) for s in scaled]
    missing = 100 - sum(floors)
    order = sorted(range(len(scaled)), key=lambda i: (-(scaled[i] - floors[i]), i))
    for i in order[:missing]:
        floors[i] += 1
    return {goal: value for goal, value in enumerate(floors, start=1) if value > 0}


def main_goal(distribution: Mapping[int, int]) -> int | None:
    if not distribution:
        return None
    return min(distribution, key=lambda goal: (-distribution[goal], goal))


def same_numbers(current: Sequence[Any], recorded: Sequence[Any]) -> bool:
    """True when two rows of ODD cells hold the same numbers (blank counts as 0)."""
    if len(current) != len(recorded):
        return False
    for a, b in zip(current, recorded, strict=True):
        x = 0.0 if is_blank(a) else parse_number(a)
        y = 0.0 if is_blank(b) else parse_number(b)
        if x is None or y is None:
            if cell_text(a) != cell_text(b):
                return False
        elif abs(x - y) > 1e-9:
            return False
    return True


def distribution_text(distribution: Mapping[int, int]) -> str:
    return ", ".join(f"ODD {goal} : {share} %" for goal, share in
                     sorted(distribution.items(), key=lambda kv: (-kv[1], kv[0])))


# ------------------------------------------------------------------------------ snapshot
@dataclass
class SnapshotRecord:
    sheet: str
    row: int
    libelle: str
    odd: list[Any]  # the 17 ODD cells as Verdir wrote them

    def cells(self) -> list[Any]:
        return [self.sheet, self.row, self.libelle, *self.odd]


class SnapshotRow(Protocol):
    def cells(self) -> list[Any]: ...


K = TypeVar("K")
R = TypeVar("R", bound=SnapshotRow)


class RecordedRows(Generic[K, R]):
    """Records kept one per row of a hidden snapshot sheet (row 1 is its header).

    ``positions`` maps a record's key to its row there; a record seen again keeps its row.
    """

    def __init__(self) -> None:
        self.records: dict[K, R] = {}
        self.positions: dict[K, int] = {}
        self.next_row = 2

    @staticmethod
    def key(record: R) -> K:
        raise NotImplementedError

    def keep(self, record: R, position: int) -> None:
        """A record read back from the snapshot sheet, at its row there."""
        key = self.key(record)
        self.records[key] = record
        self.positions[key] = position
        self.next_row = max(self.next_row, position + 1)

    def update(self, records: Iterable[R]) -> dict[int, list[Any]]:
        """Record what Verdir just wrote; returns ``{row in the snapshot sheet: cells}``."""
        changes: dict[int, list[Any]] = {}
        for record in records:
            key = self.key(record)
            position = self.positions.get(key)
            if position is None:
                position = self.next_row
                self.next_row += 1
                self.positions[key] = position
            self.records[key] = record
            changes[position] = record.cells()
        return changes


def snapshot_rows(block: Sequence[Sequence[Any]], width: int) -> Iterator[tuple[int, Sequence[Any], int]]:
    """The rows of a snapshot sheet that name a sheet and a row: (their row there, cells, row)."""
    for position, cells in enumerate(block[1:], start=2):
        if len(cells) < width or is_blank(cells[0]):
            continue
        number = parse_number(cells[1])
        if number is not None:
            yield position, cells, int(number)


class Snapshot(RecordedRows[tuple[str, int], SnapshotRecord]):
    """What Verdir wrote, one record per (sheet, row), as kept in the hidden ``_verdir`` sheet."""

    @staticmethod
    def key(record: SnapshotRecord) -> tuple[str, int]:
        return (record.sheet, record.row)

    @classmethod
    def parse(cls, block: Sequence[Sequence[Any]]) -> Snapshot:
        snapshot = cls()
        for position, cells, row in snapshot_rows(block, len(SNAPSHOT_HEADER)):
            snapshot.keep(SnapshotRecord(cell_text(cells[0]), row, cell_text(cells[2]),
                                         list(cells[3:3 + N_GOALS])), position)
        return snapshot

    def for_sheet(self, sheet: str) -> list[SnapshotRecord]:
        return sorted((r for r in self.records.values() if r.sheet == sheet), key=lambda r: r.row)


def write_runs(changes: Mapping[int, list[Any]]) -> list[tuple[int, list[list[Any]]]]:
    """Group ``{row: cells}`` into blocks of consecutive rows: [(first row, block)]."""
    return [(first, [changes[r] for r in range(first, first + count)])
            for first, count in contiguous_runs(changes)]


@dataclass(frozen=True)
class ChangedRow:
    row: int
    payload: dict[str, Any]  # the row's inputs, as sent to /classify
    odd: dict[int, int]  # the user's distribution


@dataclass(frozen=True)
class Changes:
    rows: list[ChangedRow]
    moved: list[int]  # rows whose label no longer matches what Verdir classified (rows inserted?)


def find_changes(table: Table, snapshot: Snapshot, read_row: Mapping[int, Sequence[Any]]) -> Changes:
    """Rows whose ODD cells differ from what Verdir wrote; checks each sums to 100.

    ``read_row`` maps a sheet row to its values from column 1 (the whole table is read once).
    """
    odd = table.odd_columns()
    changed: list[ChangedRow] = []
    moved: list[int] = []
    for record in snapshot.for_sheet(table.sheet):
        values = read_row.get(record.row)
        if values is None:
            continue
        payload = table.payload(values)
        current = [values[c - 1] if c <= len(values) else None for c in odd]
        if same_numbers(current, record.odd):
            continue
        if payload is None or payload["libelle"] != record.libelle:
            moved.append(record.row)
            continue
        changed.append(ChangedRow(record.row, payload, distribution_from_cells(current, record.row)))
    return Changes(changed, moved)


# --------------------------------------------------------------------------------- groups
@dataclass(frozen=True)
class GroupPlan:
    header: str
    role: str
    value: str  # as shown in the cell
    key: str  # normalised, as the service compares it
    distribution: dict[int, int]
    rows: list[int]  # every row of the group
    changing: list[int]  # rows whose ODD cells change

    def confirmation(self) -> str:
        return (f"Appliquer « {distribution_text(self.distribution)} » aux {format_count(len(self.rows))} "
                f"lignes dont « {self.header} » vaut « {self.value} » ?\n\n"
                f"{format_count(len(self.changing))} ligne(s) changent. La règle sera aussi enregistrée "
                "dans le service Verdir pour les prochains classements.")


def plan_group(table: Table, row: int, column: int, read_row: Mapping[int, Sequence[Any]]) -> GroupPlan:
    """Every row whose cell in ``column`` equals the active row's gets the active row's distribution."""
    if row < table.first_data_row or row > table.last_row:
        raise AddinError("Placez le curseur sur une ligne corrigée du tableau, dans la colonne qui définit "
                         "le groupe (Chapitre, Fonction, Service…).")
    if table.is_output_column(column):
        raise AddinError("Placez le curseur dans la colonne qui définit le groupe (Chapitre, Fonction, "
                         "Nature, Service…), pas dans une colonne ODD.")
    role = next((r for r, c in table.roles.items() if c == column), None)
    header = table.header_of(column) or column_letter(column)
    if role not in SERVICE_FIELDS:
        raise AddinError(f"La colonne « {header} » ne peut pas définir un groupe : choisissez une colonne "
                         "Libellé, Chapitre, Nature, Fonction ou Service.")
    values = read_row[row]
    value = values[column - 1] if column <= len(values) else None
    if is_blank(value):
        raise AddinError(f"Ligne {row} : la cellule « {header} » est vide ; elle ne définit aucun groupe.")
    odd = table.odd_columns()
    distribution = distribution_from_cells([values[c - 1] for c in odd], row)
    key = group_key(role, value)
    members: list[int] = []
    changing: list[int] = []
    target = [distribution.get(goal, 0) for goal in range(1, N_GOALS + 1)]
    for r in range(table.first_data_row, table.last_row + 1):
        line = read_row.get(r)
        if line is None or column > len(line) or is_blank(line[column - 1]):
            continue
        if group_key(role, line[column - 1]) != key:
            continue
        members.append(r)
        if not same_numbers([line[c - 1] for c in odd], target):
            changing.append(r)
    return GroupPlan(header, role, cell_text(value), key, distribution, members, changing)


def group_row_cells(distribution: Mapping[int, int], header: str, value: str,
                    unknown: Any = None) -> list[Any]:
    """The 21 output cells Verdir writes for a row decided by a group rule."""
    odd = [distribution.get(goal, 0) for goal in range(1, N_GOALS + 1)]
    return [*odd, main_goal(distribution), 1.0, f"Règle de groupe : {header} = {value}",
            "" if is_blank(unknown) else unknown]


# ------------------------------------------------------------------------------- glossary
def parse_glossary(block: Sequence[Sequence[Any]]) -> dict[str, str]:
    """Sigle | Signification rows of the Glossaire sheet (a header row is optional)."""
    start, sigle_col, meaning_col = 0, 0, 1
    for index, row in enumerate(block[:HEADER_SEARCH_ROWS]):
        folded = [fold_header(v) if not is_blank(v) else "" for v in row]
        if any(f.startswith("sigle") or f.startswith("abreviation") for f in folded):
            sigle_col = next(i for i, f in enumerate(folded) if f.startswith(("sigle", "abreviation")))
            meaning_col = next((i for i, f in enumerate(folded) if f.startswith(
                ("signification", "definition", "sens", "libelle"))), sigle_col + 1)
            start = index + 1
            break
    entries: dict[str, str] = {}
    for row in block[start:]:
        sigle = cell_text(row[sigle_col]) if sigle_col < len(row) else ""
        meaning = cell_text(row[meaning_col]) if meaning_col < len(row) else ""
        if sigle and meaning:
            entries[sigle] = meaning
    return entries


GLOSSARY_HEADER = ("Sigle", "Signification", "Lignes où il est inconnu",
                   "Sens trouvé dans vos lignes (à recopier en B s'il est juste)")
GLOSSARY_TEMPLATE_ROWS = 500
def count_unknown_acronyms(cells: Iterable[Any]) -> Counter[str]:
    """The « Sigles inconnus » cells of classified rows ("BPA, DASCO") -> acronym counts."""
    counts: Counter[str] = Counter()
    for value in cells:
        for acronym in cell_text(value).split(","):
            if acronym.strip():
                counts[acronym.strip()] += 1
    return counts


def acronym_hints(acronyms: Iterable[str], services: Sequence[Any],
                  missions: Sequence[Any]) -> dict[str, str]:
    """What the sheet itself says an unknown acronym means (the engine's reading of the same
    cells: a name written beside the code, else the mission most of its rows carry)."""
    return direction_readings(acronyms, [cell_text(value) for value in services],
                              [cell_text(value) for value in missions])


def glossary_template(unknown: Counter[str], hints: Mapping[str, str] | None = None) -> list[list[Any]]:
    """A new Glossaire sheet: its header, then the unknown acronyms, most frequent first, each
    with an empty meaning for the user to write and what the sheet suggests it means."""
    ranked = sorted(unknown.items(), key=lambda item: (-item[1], item[0]))[:GLOSSARY_TEMPLATE_ROWS]
    hints = hints or {}
    return [list(GLOSSARY_HEADER),
            *([acronym, "", count, hints.get(acronym, "")] for acronym, count in ranked)]


# ------------------------------------------------------------------------------ dashboard
def json_cell(value: Any) -> Any:
    """A cell as the service's /dashboard reads it: numbers, text, booleans or None (dates as
    ISO text, NaN as None)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)
