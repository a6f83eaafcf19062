"""Which lines the green-budget annex rates: real investment expenses, by M57 nature or chapitre.

The table is data (``verdir/data/annexe_verte_perimetre.csv``): for a nature, the longest known
prefix decides ("2183" -> "21"); without a nature, the chapitre does. A line with neither code
is taken as an investment expense, and says so.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from verdir.engine.codes import read_code
from verdir.engine.lines import BudgetLine

SCOPE_FILE = "annexe_verte_perimetre.csv"
NO_CODE_REASON = ("nature et chapitre non renseignés : ligne supposée être une dépense "
                  "d'investissement")


@dataclass(frozen=True)
class ScopeEntry:
    kind: str  # "nature" or "chapitre"
    code: str
    in_scope: bool
    reason: str


@dataclass(frozen=True)
class Scope:
    in_scope: bool
    reason: str
    entry: ScopeEntry | None  # None when the line has no usable code


@lru_cache(maxsize=1)
def scope_table() -> tuple[ScopeEntry, ...]:
    text = resources.files("verdir.data").joinpath(SCOPE_FILE).read_text(encoding="utf-8")
    return tuple(
        ScopeEntry(row["type"].strip(), row["code"].strip(), row["champ"].strip() == "oui",
                   row["raison"].strip())
        for row in csv.DictReader(text.splitlines())
    )


def _longest_prefix(kind: str, code: str) -> ScopeEntry | None:
    entries = {entry.code: entry for entry in scope_table() if entry.kind == kind}
    for end in range(len(code), 0, -1):
        if code[:end] in entries:
            return entries[code[:end]]
    return None


def line_scope(line: BudgetLine) -> Scope:
    """Whether the annex rates this line, and why."""
    for kind, value in (("nature", line.nature), ("chapitre", line.chapitre)):
        code = read_code(value)
        if code:
            entry = _longest_prefix(kind, code)
            if entry is not None:
                return Scope(entry.in_scope, f"{kind} {code} : {entry.reason}", entry)
    return Scope(True, NO_CODE_REASON, None)
