"""The annex decision rules, kept as data in ``verdir/data/annexe_verte_regles.csv``.

A rule speaks to one or more axes (``axe``: "1", "1 5" or "*" for all six). It applies to a line
when every condition it sets holds:

- ``motif``: a regular expression found in the line's label, read lower-case and without
  accents, glossary abbreviations expanded ("ISOL THERM GS" -> "isolation thermique groupe
  scolaire");
- ``et``: a second expression that must also be found;
- ``sauf``: an expression that must not be found;
- ``fonctions`` / ``natures``: M57 code prefixes separated by spaces, one must match.

For each axis the first applicable rule in file order decides, so specific rules come first.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from verdir.engine.codes import read_code
from verdir.frameworks.ratings import AXES, InvalidRating, parse_rating

RULES_FILE = "annexe_verte_regles.csv"
ALL_AXES = tuple(axis.number for axis in AXES)


class RuleError(ValueError):
    """A malformed rule in the rules file (message in French)."""


@dataclass(frozen=True)
class Rule:
    id: str
    axes: tuple[int, ...]
    motif: re.Pattern[str] | None
    et: re.Pattern[str] | None
    sauf: re.Pattern[str] | None
    fonctions: tuple[str, ...]
    natures: tuple[str, ...]
    parts: tuple[tuple[str, int], ...]
    cotation: str  # as written in the file
    reason: str
    example: str

    @property
    def by_code_only(self) -> bool:
        return self.motif is None

    def applies(self, text: str, fonction: str, nature: str) -> bool:
        if self.motif is not None and not self.motif.search(text):
            return False
        if self.et is not None and not self.et.search(text):
            return False
        if self.sauf is not None and self.sauf.search(text):
            return False
        if self.fonctions and not any(fonction.startswith(p) for p in self.fonctions if fonction):
            return False
        return not (self.natures and not any(nature.startswith(p) for p in self.natures if nature))


def _pattern(rule_id: str, column: str, value: str) -> re.Pattern[str] | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return re.compile(value)
    except re.error as error:
        raise RuleError(f"règle {rule_id} : colonne « {column} » illisible ({error})") from error


def parse_rule(row: dict[str, str]) -> Rule:
    rule_id = (row.get("id") or "").strip()
    axe = (row.get("axe") or "").strip()
    if axe == "*":
        axes = ALL_AXES
    else:
        try:
            axes = tuple(int(part) for part in axe.split())
        except ValueError as error:
            raise RuleError(f"règle {rule_id} : axe « {axe} » illisible") from error
        if not axes or any(a not in ALL_AXES for a in axes):
            raise RuleError(f"règle {rule_id} : axe « {axe} » hors de 1 à 6")
    try:
        parts = parse_rating(row.get("cotation", ""))
    except InvalidRating as error:
        raise RuleError(f"règle {rule_id} : {error}") from error
    rule = Rule(
        rule_id, axes, _pattern(rule_id, "motif", row.get("motif", "")),
        _pattern(rule_id, "et", row.get("et", "")), _pattern(rule_id, "sauf", row.get("sauf", "")),
        tuple((row.get("fonctions") or "").split()), tuple((row.get("natures") or "").split()),
        parts, (row.get("cotation") or "").strip(), (row.get("raison") or "").strip(),
        (row.get("exemple") or "").strip(),
    )
    if rule.motif is None and not rule.fonctions and not rule.natures:
        raise RuleError(f"règle {rule_id} : ni motif, ni fonction, ni nature")
    return rule


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    text = resources.files("verdir.data").joinpath(RULES_FILE).read_text(encoding="utf-8")
    rules = tuple(parse_rule(row) for row in csv.DictReader(text.splitlines()))
    ids = [rule.id for rule in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise RuleError(f"identifiants de règle en double : {', '.join(duplicates)}")
    return rules


def first_rules(rules: tuple[Rule, ...], text: str, fonction: object,
                nature: object) -> dict[int, Rule]:
    """For each axis, the first rule that applies to the line (axes no rule speaks to are absent)."""
    fonction_code, nature_code = read_code(fonction), read_code(nature)
    found: dict[int, Rule] = {}
    for rule in rules:
        if all(axis in found for axis in rule.axes):
            continue
        if rule.applies(text, fonction_code, nature_code):
            for axis in rule.axes:
                found.setdefault(axis, rule)
        if len(found) == len(ALL_AXES):
            break
    return found
