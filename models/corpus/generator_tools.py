"""Helpers shared by the corpus generators (gen_part_d.py and later): seeded random choices,
text folding, export case, checked label strings, M57 code checks, reading the other parts.
Standard library only."""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent


class Draws:
    """The random choices of one generator, all drawn from its own seeded ``random.Random``
    (so one seed always gives the same corpus part)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wpick(self, options):
        """options: list of (weight, value)."""
        total = sum(w for w, _ in options)
        x = self.rng.uniform(0, total)
        for w, v in options:
            x -= w
            if x <= 0:
                return v
        return options[-1][1]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def abbreviate(self, s: str, table: list[tuple[str, list[str]]], p: float) -> str:
        """Shorten some words as exports do, from ``table`` (word, its abbreviations)."""
        for word, reps in table:
            if word in s and self.chance(p):
                s = re.sub(rf"\b{re.escape(word)}\b", self.pick(reps), s, count=1)
        return s

    def typo(self, s: str) -> str:
        """One typing slip in a long word (a letter dropped, swapped or doubled)."""
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
        if not idx:
            return s
        i = self.pick(idx)
        w = words[i]
        j = self.rng.randint(2, len(w) - 3)
        kind = self.rng.random()
        if kind < 0.5:
            w = w[:j] + w[j + 1:]
        elif kind < 0.8:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
        return " ".join(words)


def strip_accents(s: str) -> str:
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s: str) -> str:
    """Compared form of a label: no accents, lower case, punctuation as spaces."""
    s = strip_accents(s).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def up(s: str) -> str:
    """Export style: upper case, no accents."""
    return strip_accents(s).upper()


def L(*pairs: int) -> str:
    """L(4, 85, 11, 15) -> '4:85;11:15' (checked, sorted by share then goal)."""
    items = list(zip(pairs[0::2], pairs[1::2], strict=True))
    assert 1 <= len(items) <= 3, pairs
    assert sum(p for _, p in items) == 100, pairs
    assert all(1 <= g <= 17 and p % 5 == 0 and p > 0 for g, p in items), pairs
    assert len({g for g, _ in items}) == len(items), pairs
    items.sort(key=lambda gp: (-gp[1], gp[0]))
    return ";".join(f"{g}:{p}" for g, p in items)


def main_goal(lab: str) -> int:
    return int(lab.split(":")[0])


def other_rows(names: Iterable[str]) -> Iterator[dict[str, str]]:
    """The rows of the other corpus parts that exist, in order."""
    for name in names:
        path = HERE / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as fh:
                yield from csv.DictReader(fh)


def existing_lines(parts: Iterable[str], examples: Iterable[str]
                   ) -> tuple[set[str], set[tuple[str, str, str, str]]]:
    """What a new part must not repeat: the folded labels of the other parts and of the brief's
    examples, and the (label, fonction, nature, service) contexts of the other parts."""
    labels: set[str] = {fold(x) for x in examples}
    contexts: set[tuple[str, str, str, str]] = set()
    for row in other_rows(parts):
        labels.add(fold(row["libelle"]))
        contexts.add((fold(row["libelle"]), row["fonction"].strip(), row["nature"].strip(),
                      fold(row["service"])))
    return labels, contexts


# M57 tables, read as verdir/engine/codes.py reads them: code -> (label, ODD prior)
DATA = HERE.parent.parent / "verdir" / "data"


def _m57_table(name: str) -> dict[str, tuple[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return {row["code"]: (row["libelle"], row.get("odd", "") or "") for row in csv.DictReader(fh)}


FCT = _m57_table("m57_fonctions.csv")
NAT = _m57_table("m57_natures.csv")
CHAP = _m57_table("m57_chapitres.csv")


def read_code(cell: str) -> str:
    m = re.match(r"^\s*([0-9]{1,7})", cell or "")
    return m.group(1) if m else ""


def _entry(table, code: str, prefix: bool):
    if not prefix:
        return table.get(code)
    for end in range(len(code), 0, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


def codes_agree(lab: str, chap: str, nat: str, fct: str) -> bool:
    """The main goal of ``lab`` is the one the codes' priors give (codes without a prior pass)."""
    g = main_goal(lab)
    for cell, table, prefix in ((fct, FCT, True), (nat, NAT, True), (chap, CHAP, False)):
        code = read_code(cell)
        if not cell:
            continue
        entry = _entry(table, code, prefix)
        assert entry is not None, (cell, lab)
        prior = entry[1]
        if prior and int(prior.split(":")[0]) != g:
            return False
    return True
