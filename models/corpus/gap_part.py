"""The machinery shared by the vocabulary-gap parts (P, R, U, V, W and X): a compact table of
entries (gap phrase, label, service field, fonctions, natures, cores) and, for each core, a budget
line in the export forms of the part's own invented authorities. Each part brings its entries, its
authorities, its names and its operation codes; the rendering is the same, and a part may
override two hooks (``entry_core``, ``entry_fonction``) where its entries need more; parts W and X
name their places by kind of authority and let a core name its accounts (``GroupedGapPart``).
Standard library only.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator_tools import FCT, NAT, Draws, L, _entry, fold, other_rows, up, write_part, written_rows

# export styles and their weights, as Draws.render reads them
STYLES = [(5, "upper"), (3, "mixed"), (2, "mixed_noacc"), (1, "lower")]
# upper-case words exports shorten, and their short forms (parts R and U)
ABBREV = [
    ("TRAVAUX", ["TRX", "TVX"]), ("ACQUISITION", ["ACQ", "ACQUIS"]), ("SUBVENTION", ["SUBV", "SUBV."]),
    ("FONCTIONNEMENT", ["FCT", "FONCT"]), ("AMENAGEMENT", ["AMGT", "AMENAG"]),
    ("REHABILITATION", ["REHAB"]), ("EQUIPEMENT", ["EQUIPT", "EQPT"]), ("EQUIPEMENTS", ["EQUIPTS"]),
    ("ENTRETIEN", ["ENTR", "ENTRET"]), ("FOURNITURE", ["FOURN"]), ("FOURNITURES", ["FOURN", "FOURNIT"]),
    ("PRESTATIONS", ["PREST"]), ("PRESTATION", ["PREST"]), ("REMPLACEMENT", ["REMPLT", "REMPL"]),
    ("RENOUVELLEMENT", ["RENOUV"]), ("PARTICIPATION", ["PARTICIP", "PART"]), ("CONVENTION", ["CONV"]),
    ("CREATION", ["CREAT"]), ("REFECTION", ["REFECT"]), ("CONSTRUCTION", ["CONSTR"]),
    ("INSTALLATION", ["INSTALL"]), ("MAINTENANCE", ["MAINT"]), ("PROGRAMME", ["PROG"]),
    ("ETUDE", ["ETU"]), ("FORMATION", ["FORM"]), ("COMMUNAUX", ["COMM"]), ("ACCOMPAGNEMENT", ["ACCOMP"]),
    ("DEPARTEMENTAL", ["DEPTAL"]),
]


def operation_code(draw: Draws, years: list[str]) -> Callable[[bool], str]:
    """The operation codes of parts R and U ("2021-OP07 ", "OPE 21012 ", "Opé. 2021-07 ")."""

    def opcode(upper: bool) -> str:
        y = draw.pick(years)
        n = draw.rng.randint(1, 60)
        if not upper:
            return f"Opé. {y}-{n:02d} "
        return draw.pick([f"{y}-OP{n:02d} ", f"OPE {y[2:]}{n:03d} ", f"{n:03d}/{y[2:]} "])

    return opcode


def name_placeholders(draw: Draws, places: list[str], towns: list[str], assos: list[str],
                      years: list[str], **more: list[str]) -> dict[str, Callable[[], str]]:
    """The placeholders a core may hold ("{lieu}", "{c}", "{asso}", "{y}", and the part's own,
    such as "{ecole}"), each drawn from its list."""
    lists = {"lieu": places, "c": towns, "asso": assos, "y": years, **more}
    return {key: (lambda names=names: draw.pick(names)) for key, names in lists.items()}


# phrase, label, service field, fonctions, natures (known to the M57 table), cores
Entry = tuple[str, str, str, list[str], list[str], list[str]]


def parse_entries(src: str) -> list[Entry]:
    """Entries from lines "phrase|field|fonctions|natures|core|core...", each label given once by
    an "@goal:share,goal:share" line before its entries."""
    out = []
    lab = ""
    for line in src.strip().splitlines():
        if line.startswith("@"):
            pairs = [int(x) for gp in line[1:].split(",") for x in gp.split(":")]
            lab = L(*pairs)
            continue
        phrase, field, fcts, nats, *cores = line.split("|")
        known = [n for n in nats.split() if _entry(NAT, n, True) is not None]
        assert all(fold(phrase) in fold(c) for c in cores), (phrase, cores)
        out.append((phrase, lab, field, fcts.split(), known, cores))
    return out


@dataclass
class GapPart:
    """One gap part's rendering: its draws, entries, authorities (service field -> the names
    its exports give; ``only`` keeps a field to some authorities) and export habits."""

    draw: Draws
    entries: list[Entry]
    auths: dict[str, dict[str, list[str]]]
    only: dict[str, tuple[str, ...]]
    places: list[str]
    towns: list[str]
    years: list[str]
    abbrev: list[tuple[str, list[str]]]
    styles: list[tuple[int, str]]
    placeholders: dict[str, Callable[[], str]]  # "{lieu}", "{y}"... in a core
    opcode: Callable[[bool], str]
    tranches: int  # "tranche 1" to "tranche <tranches>"
    closing: str  # the last budget step a tail may say ("solde", "reliquat")
    code_rate: float  # share of lines with M57 codes
    retries: int  # new renders when a typing slip or a cut lost the gap phrase ...
    drop_lost: bool  # ... and whether a line that still lost it is dropped

    @classmethod
    def second_round(cls, draw: Draws, entries: list[Entry], auths: dict[str, dict[str, list[str]]],
                     only: dict[str, tuple[str, ...]], places: list[str], towns: list[str],
                     schools: list[str], assos: list[str], years: list[str]) -> GapPart:
        """A part of the second gap round (R, U): its own names, and that round's export habits
        (operation codes, three tranches, "reliquat", codes on 35 % of lines, lost phrases
        re-rendered three times then dropped)."""
        placeholders = name_placeholders(draw, places, towns, assos, years, ecole=schools)
        return cls(draw, entries, auths, only, places=places, towns=towns, years=years, abbrev=ABBREV,
                   styles=STYLES, placeholders=placeholders, opcode=operation_code(draw, years),
                   tranches=3, closing="reliquat", code_rate=0.35, retries=3, drop_lost=True)

    def fields(self) -> set[str]:
        return {f for a in self.auths.values() for f in a}

    def fill(self, core: str) -> str:
        """The core with its placeholders drawn."""
        return re.sub(r"\{(\w+)\}", lambda m: self.placeholders[m.group(1)](), core)

    def tail(self) -> str:
        """What an export may write after the meaning: a year, a budget step, a tranche, a place."""
        draw = self.draw
        y = draw.pick(self.years)
        return draw.wpick([
            (6, ""), (3, y), (2, f"BP {y}"), (1, f"DM1 {y}"), (1, f"DM2 {y}"),
            (1, f"tranche {draw.rng.randint(1, self.tranches)}"), (1, f"secteur {draw.pick(self.places)}"),
            (1, draw.pick(self.towns)), (1, f"exercice {y}"), (1, self.closing),
        ])

    def abbreviator(self, phrase: str) -> Callable[[str], str]:
        """Shorten upper-case words as exports do, never a word of the gap phrase."""
        kept = set(up(phrase).replace("'", " ").split())
        table = [(w, reps) for w, reps in self.abbrev if w not in kept]
        return lambda s: self.draw.abbreviate(s, table, 0.5)

    def cut40(self, text: str, phrase: str) -> str:
        """Some exports cut the label at 40 characters, mid-word: only after the gap phrase."""
        m = re.search(re.escape(fold(phrase)), fold(text))
        if (len(text) > 42 and m and len(fold(text)) == len(text) and m.end() <= 37
                and self.draw.chance(0.35)):
            return text[:40]
        return text

    def render(self, phrase: str, core: str) -> str:
        text = self.draw.render(self.fill(core), self.tail(), None, self.draw.chance(0.1),
                                styles=self.styles, typo_rates=(0.02, 0.02, 0.01),
                                abbreviate=self.abbreviator(phrase), opcode=self.opcode)
        return self.cut40(text, phrase)

    def service(self, field: str) -> str:
        """A service of an authority that has this field, on about half of the lines."""
        auths = [a for a in self.only.get(field, self.auths) if field in self.auths[a]]
        if not auths or not self.draw.chance(0.5 if field not in self.only else 0.65):
            return ""
        return self.draw.pick(self.auths[self.draw.pick(sorted(auths))][field])

    def entry_core(self, field: str, core: str, natures: list[str]) -> tuple[str, list[str]]:
        """The core to render and the natures to book it on (a part may let a core choose its own
        natures, or its names follow the field)."""
        return core, natures

    def entry_fonction(self, field: str, fonctions: list[str], fonction: str) -> str:
        """The fonction a row is written with (a part may require one for some fields)."""
        return fonction

    def section(self, goal: int):
        """A plan generator walking the cores of the entries whose label's main goal is ``goal``;
        a core met again (its first form already taken) is drawn in another form."""
        items = [(e, c) for e in self.entries if int(e[1].split(":")[0]) == goal for c in e[5]]
        state = {"i": 0}

        def gen():
            (phrase, lab, field, fcts, nats, _), core = items[state["i"] % len(items)]
            state["i"] += 1
            core, nats = self.entry_core(field, core, nats)
            lib = self.render(phrase, core)
            for _ in range(self.retries):
                if fold(phrase) in fold(lib):
                    break
                lib = self.render(phrase, core)
            if self.drop_lost and fold(phrase) not in fold(lib):
                return None, ("", "", "", "", "", lab)  # an empty label: write_part skips it
            chap, nat, fct = self.draw.agreeing_codes(lab, fcts, nats, self.code_rate, (0.15, 0.2, 0.12))
            fct = self.entry_fonction(field, fcts, fct)
            return None, (lib, chap, nat, fct, self.service(field), lab)

        return gen, len(items)

    def plan(self) -> list:
        """One plan section per main goal, 1 to 17, for write_part."""
        assert {e[2] for e in self.entries} <= self.fields(), {e[2] for e in self.entries} - self.fields()
        plan = []
        for goal in range(1, 18):
            gen, n = self.section(goal)
            plan.append((f"goal {goal}", gen, n))
        return plan

    def write(self, out: Path, rng: random.Random, other_parts: list[str], examples: list[str]) -> None:
        """Check the entries, write the part to ``out`` and check what was written."""
        check_entries(self.entries)
        write_part(self.plan(), out, rng, other_parts, examples)
        rows = written_rows(out)
        print(f"{len(self.entries)} phrases, {len(rows)} rows written")


def core_natures(core: str) -> tuple[str, list[str]]:
    """A core and the natures it names after " ~" (none: the entry's)."""
    text, _, hint = core.partition(" ~")
    return text, hint.split()


class GroupedGapPart(GapPart):
    """A gap part whose lines take the places and towns of the kind of authority that writes them
    (a ski lift never ends "secteur Anse Colibri"), whose cores may name the accounts their line
    is booked on (" ~2313 615221"), and whose ``always_served`` fields carry their service on
    every row (parts W and X)."""

    names: dict[str, tuple[list[str], list[str]]]  # group -> (places, towns)
    group_of: dict[str, str]  # service field -> group
    always_served: frozenset[str]

    @classmethod
    def grouped(cls, draw: Draws, entries: list[Entry], auths: dict[str, dict[str, list[str]]],
                names: dict[str, tuple[list[str], list[str]]], group_of: dict[str, str], first: str,
                always_served: tuple[str, ...], core_names: dict[str, list[str]],
                years: list[str]) -> GroupedGapPart:
        """A part of the second gap round whose placeholders follow the group in use ("{lieu}",
        "{c}") or draw from the cores' own names ("{asso}", "{massif}"...)."""
        part = cls.second_round(draw, entries, auths, {}, names[first][0], names[first][1], [],
                                core_names["asso"], years)
        part.names, part.group_of, part.always_served = names, group_of, frozenset(always_served)
        part.placeholders = {
            "lieu": lambda: draw.pick(part.places), "c": lambda: draw.pick(part.towns),
            "y": lambda: draw.pick(years),
            **{key: (lambda values=values: draw.pick(values)) for key, values in core_names.items()},
        }
        return part

    def service(self, field: str) -> str:
        if field not in self.always_served:
            return super().service(field)
        auths = sorted(a for a in self.auths if field in self.auths[a])
        return self.draw.pick(self.auths[self.draw.pick(auths)][field])

    def entry_core(self, field: str, core: str, natures: list[str]) -> tuple[str, list[str]]:
        """The names of the entry's kind of authority, and the natures a core names (" ~...")."""
        self.places, self.towns = self.names[self.group_of[field]]
        core, hint = core_natures(core)
        return core, hint or natures


def check_entries(entries: list[Entry]) -> None:
    """Phrases are distinct, and every fonction and nature an entry or a core names is in the M57
    tables."""
    assert len({fold(e[0]) for e in entries}) == len(entries)
    unknown_fonctions = [e[3] for e in entries if not set(e[3]) <= FCT.keys()]
    assert not unknown_fonctions, unknown_fonctions
    unknown_natures = [e[4] for e in entries if not set(e[4]) <= NAT.keys()]
    assert not unknown_natures, unknown_natures
    for e in entries:
        for core in e[5]:
            assert all(n in NAT for n in core_natures(core)[1]), core


def check_gaps(entries: list[Entry], earlier_parts: list[str]) -> None:
    """Every phrase is still a gap of the earlier parts: fewer than three of their libellés hold it."""
    labels = [fold(row["libelle"]) for row in other_rows(earlier_parts)]
    for phrase, *_ in entries:
        rx = re.compile(rf"\b{re.escape(fold(phrase))}\b")
        held = sum(1 for label in labels if rx.search(label))
        assert held < 3, (phrase, held)
