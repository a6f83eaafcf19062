"""Helpers shared by the corpus generators (gen_part_d.py and later): text folding, export
case, checked label strings, reading the other parts. Standard library only."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent


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
