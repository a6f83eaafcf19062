"""Group decisions ("every line whose fonction is 21 -> ODD 4 100 %") and how they combine
with the model and with corrections.

A rule names one column of the budget line, a value and a distribution. Values are compared
after normalisation:

- code columns (``fonction``, ``nature``, ``chapitre``): the leading digits of the cell
  ("212 - Écoles primaires" -> "212", "6574.0" -> "6574");
- text columns (``libelle``, ``service``, ``mission``): lower case, accents and repeated spaces
  removed ("Rénovation  ÉCOLE" -> "renovation ecole").

How a value matches (``mode``):

- ``prefixe`` (default for code columns): M57 codes are hierarchical, so the rule
  "fonction 21" covers 21, 211, 212, 2121 ... but not 2 or 22;
- ``exacte`` (default for text columns): the normalised values are equal, so "fonction 21"
  in this mode covers 21 only;
- ``contient``: the normalised value contains the rule's value (text columns mostly).

When several rules match one line, the most precise wins: ``exacte`` before ``prefixe``
before ``contient``; then the longest value; then the column order ``libelle``, ``nature``,
``fonction``, ``chapitre``, ``service``, ``mission``; then the most recent rule.

Precedence with the rest of the engine: an exact correction of the same line (a line-level
decision, more specific than any group decision) wins over rules; a rule wins over the
model. A line with an empty label still gets a matching rule's distribution.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from verdir.engine.codes import read_code
from verdir.engine.lines import SOURCE_RULE, BudgetLine, Classification
from verdir.engine.shares import InvalidShares, validate_shares
from verdir.engine.text import clean_spaces, fold

CODE_COLUMNS = ("fonction", "nature", "chapitre")
TEXT_COLUMNS = ("libelle", "service", "mission")
COLUMNS = ("libelle", "nature", "fonction", "chapitre", "service", "mission")  # tie-break order
MODE_EXACT, MODE_PREFIX, MODE_CONTAINS = "exacte", "prefixe", "contient"
MODES = (MODE_EXACT, MODE_PREFIX, MODE_CONTAINS)


class InvalidRule(ValueError):
    """A rule that cannot be applied (message in French)."""


def default_mode(column: str) -> str:
    return MODE_PREFIX if column in CODE_COLUMNS else MODE_EXACT


def normalise_value(column: str, value: object) -> str:
    """The comparable form of a cell of ``column`` ('' when it holds nothing comparable)."""
    if value is None:
        return ""
    if column in CODE_COLUMNS:
        return read_code(value)
    return clean_spaces(fold(str(value)))


@dataclass(frozen=True)
class Rule:
    column: str
    value: str  # normalised
    shares: dict[int, int] = field(hash=False, compare=False)
    mode: str = MODE_EXACT
    id: int = 0

    @classmethod
    def create(cls, column: str, value: object, shares: Mapping[int, int], mode: str | None = None,
               id: int = 0) -> Rule:
        """A validated rule (raises :class:`InvalidRule` with a French message)."""
        if column not in COLUMNS:
            raise InvalidRule(f"colonne « {column} » inconnue (attendu : {', '.join(COLUMNS)})")
        mode = mode or default_mode(column)
        if mode not in MODES:
            raise InvalidRule(f"correspondance « {mode} » inconnue (attendu : {', '.join(MODES)})")
        normalised = normalise_value(column, value)
        if not normalised:
            if column in CODE_COLUMNS:
                raise InvalidRule(f"la valeur « {value} » ne commence pas par un code {column} "
                                  "(des chiffres, par exemple « 21 »)")
            raise InvalidRule("la valeur de la règle est vide")
        try:
            clean = validate_shares(shares)
        except InvalidShares as error:
            raise InvalidRule(f"répartition par ODD invalide : {error}") from error
        return cls(column, normalised, clean, mode, id)

    @property
    def identity(self) -> tuple[str, str, str]:
        """Two rules with the same identity are the same decision (the newer one replaces it)."""
        return (self.column, self.mode, self.value)

    def matches(self, cell: str) -> bool:
        """Whether a normalised cell value is covered by this rule."""
        if not cell:
            return False
        if self.mode == MODE_EXACT:
            return cell == self.value
        if self.mode == MODE_PREFIX:
            return cell.startswith(self.value)
        return self.value in cell

    def describe(self) -> str:
        how = {MODE_EXACT: "vaut", MODE_PREFIX: "commence par", MODE_CONTAINS: "contient"}[self.mode]
        return f"règle : {self.column} {how} « {self.value} »"

    def precedence(self) -> tuple[int, int, int, int]:
        """Sort key, smallest first = most precise."""
        return (MODES.index(self.mode), -len(self.value), COLUMNS.index(self.column), -self.id)


class RuleBook:
    """An immutable set of rules, indexed so matching costs a few dictionary look-ups."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self.rules = sorted(rules, key=Rule.precedence)
        self._exact: dict[tuple[str, str], Rule] = {}
        self._prefix: dict[str, dict[str, Rule]] = {}
        self._contains: list[Rule] = []
        for rule in self.rules:  # most precise first: setdefault keeps it
            if rule.mode == MODE_EXACT:
                self._exact.setdefault((rule.column, rule.value), rule)
            elif rule.mode == MODE_PREFIX:
                self._prefix.setdefault(rule.column, {}).setdefault(rule.value, rule)
            else:
                self._contains.append(rule)

    def __len__(self) -> int:
        return len(self.rules)

    def match(self, line: BudgetLine) -> Rule | None:
        cells = {column: normalise_value(column, getattr(line, column)) for column in COLUMNS}
        candidates: list[Rule] = []
        for column, cell in cells.items():
            if not cell:
                continue
            exact = self._exact.get((column, cell))
            if exact is not None:
                candidates.append(exact)
            prefixes = self._prefix.get(column)
            if prefixes:
                for end in range(len(cell), 0, -1):
                    rule = prefixes.get(cell[:end])
                    if rule is not None:
                        candidates.append(rule)
                        break
        if not any(rule.mode == MODE_EXACT for rule in candidates):
            for rule in self._contains:  # sorted by precedence: the first hit is the best
                if rule.matches(cells[rule.column]):
                    candidates.append(rule)
                    break
        return min(candidates, key=Rule.precedence) if candidates else None


def classify_with_rules(engine, lines: Sequence[BudgetLine], book: RuleBook,
                        readings: Mapping[str, str] | None = None) -> list[Classification]:
    """``engine.classify`` with group decisions: exact correction > rule > model. ``readings``:
    what the whole table says its direction codes mean (``Engine.read_directions``)."""
    if readings is None:
        readings = engine.read_directions(lines)
    if not book.rules:
        return engine.classify(lines, readings)
    results: list[Classification | None] = [None] * len(lines)
    decided: dict[BudgetLine, Classification | None] = {}
    for index, line in enumerate(lines):
        if line not in decided:
            decided[line] = _rule_result(engine, line, book)
        results[index] = decided[line]
    rest = [index for index, result in enumerate(results) if result is None]
    for index, result in zip(rest, engine.classify([lines[i] for i in rest], readings), strict=True):
        results[index] = result
    return results  # type: ignore[return-value]


def _rule_result(engine, line: BudgetLine, book: RuleBook) -> Classification | None:
    rule = book.match(line)
    if rule is None:
        return None
    prepared = engine.preparer.prepare(line)
    if not prepared.empty and prepared.key in engine.corrections:
        return None  # the line's own correction is more specific than the group decision
    return Classification(dict(rule.shares), next(iter(rule.shares)), 1.0, rule.describe(),
                          prepared.unknown, SOURCE_RULE)
