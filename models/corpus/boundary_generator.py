"""Machinery shared by the generators of the codebook's boundaries (gen_part_k.py, gen_part_l.py):
invented authorities and their services, the filling of a template's names, the export renderer
(styles, abbreviations, operation codes, tails, cuts that keep the deciding words), M57 codes,
templates, the section generators, the checks run before writing and the report after it.

Each part keeps its own data (authorities, names, abbreviations, templates, labels, seed and
section plan) and passes its differences as arguments (``Articles``, the keywords of
``BoundaryPart``, an authority's ``op_formats``, a template class's ``default_pc``). Every random
draw goes through the part's ``random.Random`` and ``Draws``, in the order the part always drew
them: one seed still gives the same corpus part. Standard library only."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from generator_tools import (
    FCT,
    NAT,
    Draws,
    chapter_of_nature,
    codes_agree,
    fold,
    main_goal,
    up,
    write_part,
    written_rows,
)

Row = tuple[str, str, str, str, str, str]  # libellé, chapitre, nature, fonction, service, labels


# --------------------------------------------------------------------------------------------
# invented authorities and their services
# --------------------------------------------------------------------------------------------

class Authority:
    """An invented authority: code, kind ("commune" / "epci"), draw weight, export style
    ("code" / "mixed" / "upper", see ``EXPORT_STYLES``), its services by field, the names of its
    magazine (placeholder ``{mag}``) and, for a "code"-style authority, the (upper case, mixed
    case) formats of its operation codes ({y}: year, {yy}: its last two digits, {n}: number)."""

    def __init__(self, code: str, kind: str, weight: float, op_style: str, svc: dict[str, list[str]],
                 mag: Iterable[str] = (),
                 op_formats: tuple[str, str] = ("OP {y}-{n:03d} ", "Op. {y}-{n:03d} - ")) -> None:
        self.code, self.kind, self.weight, self.op_style, self.svc = code, kind, weight, op_style, svc
        self.mag = list(mag)
        self.op_formats = op_formats


# the same words for every part, by authority kind
BC = {"commune": "bâtiments communaux", "epci": "bâtiments communautaires"}
SERVICES = {"commune": "services municipaux", "epci": "services communautaires"}
YEARS = [str(y) for y in range(2018, 2027)]


# --------------------------------------------------------------------------------------------
# invented names: (bare form, "de" form)
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Articles:
    """How a part's names take "de": initials that elide (``vowels``) and first words that do
    too (``elided``, lower case); first words that take "de la" (``feminine``, compared in lower
    case and as written) or "des" (``plural``, checked first)."""

    vowels: str
    elided: tuple[str, ...]
    feminine: frozenset[str]
    plural: frozenset[str] = frozenset()


def de_form(name: str, articles: Articles) -> str:
    """'école des Tamaris' -> "de l'école des Tamaris", 'parking du Foirail' -> 'du parking du Foirail'."""
    first = name.split(" ")[0].lower()
    if name[:1].lower() in articles.vowels or first in articles.elided:
        return "de l'" + name
    if name.startswith("la "):
        return "de " + name
    if name.startswith("le "):
        return "du " + name[3:]
    if name.startswith("les "):
        return "des " + name[4:]
    if first in articles.plural:
        return "des " + name
    if first in articles.feminine or name.split(" ")[0] in articles.feminine:
        return "de la " + name
    return "du " + name


def school_fonction(school: str) -> str:
    """The M57 fonction of a named school: maternelle 211, élémentaire or primaire 212, groupe
    scolaire (classes regroupées) 213."""
    return "211" if "maternelle" in school else "213" if "groupe scolaire" in school else "212"


# --------------------------------------------------------------------------------------------
# export styles
# --------------------------------------------------------------------------------------------

# the schools' abbreviations, first in every part's table (F_ECOLE knows them)
SCHOOL_ABBREV = [
    ("GROUPE SCOLAIRE", ["GS", "GS", "GRPE SCOLAIRE"]),
    ("ECOLE ELEMENTAIRE", ["EE", "EC. ELEM.", "ECOLE ELEM"]),
    ("ECOLE MATERNELLE", ["EM", "EC. MAT.", "ECOLE MAT"]), ("ECOLE PRIMAIRE", ["ECOLE PRIM", "EC. PRIM."]),
]

# (weight, style) of the export forms, by the authority's ``op_style``
EXPORT_STYLES = {"upper": [(75, "upper"), (15, "mixed"), (5, "mixed_noacc"), (5, "lower")],
                 "code": [(60, "upper"), (30, "mixed"), (5, "mixed_noacc"), (5, "lower")],
                 "mixed": [(40, "upper"), (45, "mixed"), (8, "mixed_noacc"), (7, "lower")]}


# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------

class Template:
    """A template: cores ("core|natures"), label, the service fields it naturally comes under,
    the fields that point at the other side of the boundary (``cross``, drawn at ``pc``, the
    part's ``default_pc`` unless given), its fonctions, the regex (on folded text) of the words
    that decide its goal, the authorities' kind it fits (None: both) and how many rows it writes
    (``cap``). A part subclasses it to set ``default_pc``."""

    default_pc: ClassVar[float] = 0.3

    def __init__(self, cores: Iterable[str], lab: str, fields: Iterable[str], cross: Iterable[str] = (),
                 f: Iterable[str] = (), key: str = r".", cap: int = 5, pc: float | None = None,
                 kind: str | None = None) -> None:
        self.cores = list(cores)
        self.lab, self.fields, self.cross, self.f = lab, list(fields), list(cross), list(f)
        self.key = re.compile(key)
        self.cap, self.kind = cap, kind
        self.pc = self.default_pc if pc is None else pc
        self.used = 0


Section = tuple[str, list[Template], int]  # name, templates, rows wanted


def split_spec(core: str) -> tuple[str, list[str]]:
    """'core|nature,nature' -> the core and its natures."""
    raw, _, nats = core.partition("|")
    return raw, [n for n in nats.split(",") if n]


SCH_F = ["211", "212", "213"]  # a school line's fonction is the one of the school it names (school_fonction)


def both(words: str, place: str) -> str:
    """A key that needs the words deciding the activity and the facility that decides the goal."""
    return rf"(?=.*(?:{words}))(?=.*(?:{place}))"


# a school as exports write it (folded, abbreviations included)
F_ECOLE = r"ecole|\bgs\b|groupe|\bee\b|\bem\b|\bec\b|scol"


# --------------------------------------------------------------------------------------------
# one part's machinery
# --------------------------------------------------------------------------------------------

class BoundaryPart:
    """The machinery of one boundary part, on its own random source and data.

    ``names``: invented names by placeholder; ``kind_names``: names by authority kind (a
    placeholder such as ``{mairie}``, drawn); ``kind_words``: fixed words by authority kind
    (``{bc}``, ``{svcs}``...); ``abbrev``: the upper-case abbreviations, in the order they are
    tried; ``programme_prefix``: the programme prefix of the upper-case operation codes of
    authorities that do not write "code" style ("PPI", "AP"); ``tail_word``: the last of the
    tails a line may end with; ``service_rate``: the chance a line that does not cross has its
    service written. Also remembers the cores written, the rows that cross and their sections."""

    def __init__(self, rng: random.Random, draw: Draws, *, authorities: list[Authority],
                 names: dict[str, list[str]], articles: Articles, kind_names: dict[str, dict[str, list[str]]],
                 kind_words: dict[str, dict[str, str]], years: list[str], abbrev: list[tuple[str, list[str]]],
                 programme_prefix: str, tail_word: str, service_rate: float) -> None:
        self.rng, self.draw = rng, draw
        self.authorities, self.names, self.articles = authorities, names, articles
        self.kind_names, self.kind_words, self.years, self.abbrev = kind_names, kind_words, years, abbrev
        self.programme_prefix, self.tail_word, self.service_rate = programme_prefix, tail_word, service_rate
        self.core_uses: Counter = Counter()  # a filled core (its meaning and names) is written at most twice
        self.crossed: set[tuple[str, str]] = set()  # (libellé, service) of the rows whose service crosses
        self.section_of: dict[tuple[str, str], str] = {}

    # -- services and names ------------------------------------------------------------------

    def service_cell(self, auth: Authority, field: str) -> str:
        """The service as the authority writes it: sometimes in upper case, sometimes cut."""
        s = self.draw.pick(auth.svc[field])
        r = self.rng.random()
        if r < 0.07 and len(s) > 24:
            s = s[:self.rng.randint(20, 24)].rstrip(" -./'(")
        elif r < 0.15:
            s = up(s)
        return s

    def special_placeholders(self) -> tuple[str, ...]:
        """The placeholders that are not invented names: year, number, the words and names by
        authority kind, and the magazine if the part's authorities have one."""
        mag = ("mag",) if any(a.mag for a in self.authorities) else ()
        return ("y", "n", *self.kind_words, *self.kind_names, *mag)

    def fill(self, s: str, auth: Authority) -> tuple[str, dict[str, str]]:
        """Fill a template's placeholders, one name per key and line: {x} bare, {de_x} with 'de';
        also return the names chosen."""
        pick = self.draw.pick
        chosen: dict[str, str] = {}

        def name(key: str) -> str:
            if key not in chosen:
                if key in self.kind_names:
                    chosen[key] = pick(self.kind_names[key][auth.kind])
                elif key == "mag":
                    chosen[key] = pick(auth.mag)
                else:
                    chosen[key] = pick(self.names[key])
            return chosen[key]

        def rep(m: re.Match) -> str:
            de, key = m.group(1), m.group(2)
            if key == "y":
                return pick(self.years)
            if key == "n":
                return str(self.rng.randint(1, 4))
            if key in self.kind_words:
                return self.kind_words[key][auth.kind]
            n = name(key)
            return de_form(n, self.articles) if de else n

        return re.sub(r"\{(de_)?(\w+)\}", rep, s), chosen

    # -- export forms ------------------------------------------------------------------------

    def opcode(self, upper: bool, auth: Authority) -> str:
        """An operation code in front of a label, as the authority writes them."""
        pick, wpick, rng = self.draw.pick, self.draw.wpick, self.rng
        y = pick(self.years)
        n = rng.randint(1, 60)
        if auth.op_style == "code":
            upper_format, mixed_format = auth.op_formats
            return (upper_format if upper else mixed_format).format(y=y, yy=y[2:], n=n)
        if upper:
            return wpick([(3, f"OPE {rng.randint(100, 999)} "), (2, f"OP{y[2:]}{n:02d} "),
                          (1, f"{y}-{n:02d} "), (1, f"{self.programme_prefix} {y[2:]}-{n:03d} ")])
        return wpick([(3, f"Opération {rng.randint(10, 199)} - "), (2, f"Op. {y}/{n:02d} "),
                      (1, f"AP {y}-{n:02d} - ")])

    def tail_text(self) -> str:
        """A year, budget step, tranche, phase, lot or market after the core."""
        pick, wpick, rng = self.draw.pick, self.draw.wpick, self.rng
        y = pick(self.years)
        return wpick([(5, y), (3, f"BP {y}"), (1, f"DM1 {y}"), (1, f"DM2 {y}"), (1, f"exercice {y}"),
                      (1, f"tranche {rng.randint(1, 4)}"), (1, f"phase {rng.randint(1, 3)}"),
                      (1, f"lot {rng.randint(1, 6)}"),
                      (1, f"marché {y}-{rng.randint(1, 48):02d}"), (1, "solde"), (1, self.tail_word)])

    def render(self, core: str, auth: Authority, key: re.Pattern, tail: str = "", op: bool = False) -> str:
        """An export label that keeps the words deciding its goal (``key``, on the folded text): a
        render, a typing slip or a cut at 30 or 40 characters that loses them is drawn again."""
        draw = self.draw
        for _ in range(30):
            text = draw.render(core, tail, None, op, styles=EXPORT_STYLES[auth.op_style],
                               typo_rates=(0.03, 0.04, 0.03),
                               abbreviate=lambda s: draw.abbreviate(s, self.abbrev, 0.5),
                               opcode=lambda u: self.opcode(u, auth))
            if draw.chance(0.07):
                n = draw.pick([30, 40])
                if len(text) > n + 4:
                    cut = text[:n].rstrip(" -,:/(.'")
                    if key.search(fold(cut)):
                        text = cut
            if key.search(fold(text)):
                return text
        raise AssertionError(f"no render keeps {key.pattern!r} in {core!r}")

    def codes(self, lab: str, fcts: Iterable[str], nats: Iterable[str], p: float) -> tuple[str, str, str]:
        """Codes for a line (maybe none), always agreeing with its label."""
        return self.draw.agreeing_codes(lab, list(fcts), list(nats), p, (0.06, 0.1, 0.15))

    # -- rows --------------------------------------------------------------------------------

    def auth_for(self, t: Template, crossed: bool) -> Authority | None:
        """An authority (by weight) of the template's kind running one of its fields (or, for a
        crossing line, one of its crossing fields, preferring those that also run the activity)."""
        fields = t.cross if crossed else t.fields
        cands = [a for a in self.authorities
                 if (t.kind is None or a.kind == t.kind) and any(f in a.svc for f in fields)]
        if crossed:  # a crossing service: prefer authorities that also run the activity
            both_sides = [a for a in cands if any(f in a.svc for f in t.fields)]
            cands = both_sides or cands
        return self.draw.wpick([(a.weight, a) for a in cands]) if cands else None

    def section_gen(self, name: str, templates: list[Template]) -> Callable[[], tuple[Template, Row] | None]:
        """The row generator of a section (None once every template has written its cap)."""
        pick, wpick, chance = self.draw.pick, self.draw.wpick, self.draw.chance

        def gen() -> tuple[Template, Row] | None:
            live = [t for t in templates if t.used < t.cap]
            if not live:
                return None
            t = wpick([(t.cap - t.used, t) for t in live])
            crossed = bool(t.cross) and chance(t.pc)
            auth = self.auth_for(t, crossed)
            if auth is None:
                crossed = False
                auth = self.auth_for(t, False)
            if crossed:
                svc = self.service_cell(auth, pick([f for f in t.cross if f in auth.svc]))
            elif chance(self.service_rate):
                svc = self.service_cell(auth, pick([f for f in t.fields if f in auth.svc]))
            else:
                svc = ""
            for _ in range(40):
                raw, nats = split_spec(pick(t.cores))
                core, chosen = self.fill(raw, auth)
                if self.core_uses[fold(core)] < 2:
                    break
            self.core_uses[fold(core)] += 1
            fcts = [school_fonction(chosen["ecole"])] if t.f == SCH_F and "ecole" in chosen else t.f
            tail = self.tail_text() if ("{y}" not in raw and chance(0.3)) else ""
            op = bool(nats) and nats[0][:1] == "2" and chance(0.12)
            lib = self.render(core, auth, t.key, tail, op)
            chap, nat, fct = self.codes(t.lab, fcts, nats, 0.41)
            key = (re.sub(r"\s+", " ", lib).strip(), svc)
            self.section_of.setdefault(key, name)
            if crossed:
                self.crossed.add(key)
            return t, (lib, chap, nat, fct, svc, t.lab)
        return gen

    # -- checks and plan ---------------------------------------------------------------------

    def check_templates(self, sections: list[Section]) -> None:
        """Every code a template may write exists and agrees with its label; every placeholder has
        names; each section can write what the plan asks."""
        special = self.special_placeholders()
        errors = []
        for name, templates, want in sections:
            if sum(t.cap for t in templates) < want:
                errors.append(("caps below plan", name))
            for t in templates:
                errors += [("fonction", f, t.lab) for f in t.f
                           if f not in FCT or not codes_agree(t.lab, "", "", f)]
                for core in t.cores:
                    raw, nats = split_spec(core)
                    for n in nats:
                        if n not in NAT or not codes_agree(t.lab, "", n, ""):
                            errors.append(("nature", n, core))
                        elif not (chapter_of_nature(n) or n.startswith("7")):
                            errors.append(("chapitre", n, core))
                    for key in re.findall(r"\{(?:de_)?(\w+)\}", raw):
                        if key not in self.names and key not in special:
                            errors.append(("placeholder", key, core))
                for fld in t.fields + t.cross:
                    if not any(fld in a.svc for a in self.authorities):
                        errors.append(("field", fld, t.cores[0]))
        for e in errors:
            print("bad template:", e)
        assert not errors

    def plan(self, sections: list[Section]
             ) -> list[tuple[str, Callable[[], tuple[Template, Row] | None], int]]:
        """The plan ``write_part`` draws: each section's name, row generator and rows wanted."""
        return [(name, self.section_gen(name, templates), want) for name, templates, want in sections]

    def run(self, sections: list[Section], out: Path, other_parts: Iterable[str],
            examples: Iterable[str]) -> None:
        """Check the templates, write the part, then check what was written (labels well formed,
        codes agreeing, libellés distinct) and report the codes, crossing services and each
        section's main goals."""
        self.check_templates(sections)
        write_part(self.plan(sections), out, self.rng, other_parts, examples)
        rows = written_rows(out)
        assert len({fold(r["libelle"]) for r in rows}) == len(rows), "repeated libellé"
        coded = sum(1 for r in rows if r["chapitre"] or r["nature"] or r["fonction"])
        crossed = sum(1 for r in rows if (r["libelle"], r["service"]) in self.crossed)
        print(f"rows with M57 codes: {coded / len(rows):.1%}; "
              f"service pointing at the other side: {crossed / len(rows):.1%}")
        per_section: dict[str, Counter] = defaultdict(Counter)
        for r in rows:
            per_section[self.section_of[(r["libelle"], r["service"])]][main_goal(r["labels"])] += 1
        for name, _templates, _want in sections:
            c = per_section[name]
            goals = " ".join(f"{g}:{n}" for g, n in sorted(c.items()))
            print(f"  {name}: {sum(c.values())} rows, main goals {goals}")
