"""M57 codes (fonction, nature, chapitre) and what they say about the ODD of a line.

Tables and priors ship in ``verdir/data/m57_*.csv``. A code is read from the start of the cell
("212", "212 - Écoles primaires", "2121") and matched on its longest known prefix, so a
detailed sub-fonction falls back on its parent.

Budgets voted before the move to M57 (most communes until 2024) use the M14 fonctions, whose
codes mean other things ("822" is voirie communale in M14, rail transport in M57). When a
fonction cell says its label and that label is M14's ("822 - Voirie communale et routes"), the
M14 entry is used (``verdir/data/m14_fonctions.csv``, priors taken from the M57 equivalent).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources

import numpy as np

from verdir.engine.shares import InvalidShares, parse_shares, to_vector
from verdir.engine.text import STOP_WORDS, fold, read_code

_LABEL_WORD = re.compile(r"[a-z]{3,}")


@dataclass(frozen=True)
class CodeEntry:
    code: str
    label: str
    prior: np.ndarray | None  # ODD distribution as a 17-vector, or None when uninformative
    nomenclature: str = "M57"


@dataclass(frozen=True)
class CodeEvidence:
    kind: str  # "fonction", "nature" or "chapitre"
    entry: CodeEntry

    def describe(self) -> str:
        former = "" if self.entry.nomenclature == "M57" else f", {self.entry.nomenclature}"
        return f"{self.kind} {self.entry.code} ({self.entry.label}{former})"


def _load_table(name: str, nomenclature: str = "M57") -> dict[str, CodeEntry]:
    text = resources.files("verdir.data").joinpath(name).read_text(encoding="utf-8")
    table: dict[str, CodeEntry] = {}
    for row in csv.DictReader(text.splitlines()):
        code = (row.get("code") or "").strip()
        if not code:
            continue
        prior = None
        if (row.get("odd") or "").strip():
            try:
                prior = to_vector(parse_shares(row["odd"]))
            except InvalidShares:
                prior = None
        table[code] = CodeEntry(code, (row.get("libelle") or "").strip(), prior, nomenclature)
    return table


class M57Codes:
    """Lookup of fonctions, natures and chapitres with their ODD priors."""

    def __init__(self) -> None:
        self.fonctions = _load_table("m57_fonctions.csv")
        self.natures = _load_table("m57_natures.csv")
        self.chapitres = _load_table("m57_chapitres.csv")
        self.m14_fonctions = _load_table("m14_fonctions.csv", "M14")
        # The wordings of the expense accounts that say what is bought, not what for (no
        # prior): "Eau et assainissement" (60611) is a building's water bill, not sanitation.
        # A wording that a revenue account also uses is left out: "Versement mobilité" is a
        # payroll tax (6331) and the transport tax that funds buses (7315).
        revenues = [_wording(entry.label) for code, entry in self.natures.items() if code[:1] == "7"]
        expenses = {_wording(entry.label): entry for code, entry in self.natures.items()
                    if entry.prior is None and code[:1] in ("2", "6")}
        self._account_wordings = {
            wording: entry for wording, entry in expenses.items()
            if not any(wording in revenue for revenue in revenues)}

    @staticmethod
    def _longest_prefix(table: dict[str, CodeEntry], code: str) -> CodeEntry | None:
        for end in range(len(code), 0, -1):
            entry = table.get(code[:end])
            if entry is not None:
                return entry
        return None

    def fonction(self, value: object) -> CodeEntry | None:
        code = read_code(value)
        if not code:
            return None
        entry = self.fonction_in(code, "M57")
        words = _label_words(str(value))
        if words:  # "822 - Voirie communale et routes": the label says which nomenclature
            former = self.fonction_in(code, "M14")
            if former is not None and _agreement(words, former) > _agreement(words, entry):
                return former
        return entry

    def fonction_in(self, code: str, nomenclature: str) -> CodeEntry | None:
        """A bare fonction code read in one nomenclature ("M57" or "M14")."""
        return self._longest_prefix(self.m14_fonctions if nomenclature == "M14" else self.fonctions,
                                    code)

    def with_m14_label(self, value: str) -> str:
        """A bare M14 fonction code with its M14 label ("822" -> "822 - Voirie communale et
        routes"), for budgets known to be in M14; any other value is returned as it is."""
        code = read_code(value)
        entry = self.fonction_in(code, "M14") if code else None
        if entry is None or _label_words(value):
            return value
        return f"{value} - {entry.label}"

    def nature(self, value: object) -> CodeEntry | None:
        code = read_code(value)
        return self._longest_prefix(self.natures, code) if code else None

    def account_wording(self, text: str, nature: object = "") -> CodeEntry | None:
        """The expense account whose very wording a label is ("ENERGIE - ELECTRICITE",
        "Alimentation"), when that account says nothing of a purpose; else None. A line with a
        nature code is compared with its own account, the account it details and those that
        detail it ("Personnel non titulaire" under 64131, "Personnel non titulaire -
        rémunérations"); its label may also be a few words of its own account's wording, in any
        order ("Rémunération personnel titulaire" under 64111)."""
        wording = _wording(text)
        entry = self._account_wordings.get(wording)
        own = self.nature(nature)
        if own is None:
            return entry
        if entry is not None and (entry.code.startswith(own.code) or own.code.startswith(entry.code)):
            return entry
        own_wording = _wording(own.label)
        if own_wording in self._account_wordings:
            words = _stems(wording)
            if words and words <= _stems(own_wording):
                return own
        return None

    def chapitre(self, value: object) -> CodeEntry | None:
        code = read_code(value)
        return self.chapitres.get(code) if code else None

    def evidence(
        self, fonction: object = "", nature: object = "", chapitre: object = ""
    ) -> list[CodeEvidence]:
        """Known codes of a line, most telling first (fonction, nature, chapitre)."""
        found = []
        for kind, entry in (("fonction", self.fonction(fonction)), ("nature", self.nature(nature)),
                            ("chapitre", self.chapitre(chapitre))):
            if entry is not None:
                found.append(CodeEvidence(kind, entry))
        return found

    def prior(self, evidence: list[CodeEvidence]) -> np.ndarray | None:
        """Weighted ODD prior from the codes that carry one (fonction weighs most)."""
        weights = {"fonction": 1.0, "nature": 0.8, "chapitre": 0.6}
        total = np.zeros(17, dtype=np.float32)
        weight = 0.0
        for item in evidence:
            if item.entry.prior is not None:
                total += weights[item.kind] * item.entry.prior
                weight += weights[item.kind]
        return total / weight if weight else None


def _wording(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", fold(text)))


def _stems(text: str) -> set[str]:
    """The label words of a text, small words aside, without a plural's final s or x."""
    return {word[:-1] if word[-1] in "sx" and len(word) > 3 else word
            for word in _label_words(text) - STOP_WORDS}


def _label_words(text: str) -> set[str]:
    return set(_LABEL_WORD.findall(fold(text)))


def _agreement(words: set[str], entry: CodeEntry | None) -> float:
    """Share of a cell's label words that an entry's label also uses."""
    return len(words & _label_words(entry.label)) / len(words) if entry is not None else 0.0
