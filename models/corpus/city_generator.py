"""Machinery shared by the generators of city budgets (gen_part_h.py, gen_part_i.py): invented
authorities and the directions or services that hold their lines, the label renderer, label
templates, facility labels, generic fragments and the checks run before and after writing.

Each part keeps its own data (authorities, abbreviations, templates, facilities) and passes its
differences as arguments (``RenderRules``, ``GenericFragments``, the callbacks of
``TemplateRows``). Every random draw goes through the part's ``Draws``, in the order the part
always drew them: one seed still gives the same corpus part. Standard library only."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from generator_tools import (
    FCT,
    NAT,
    Draws,
    Placeholders,
    chapter_of_nature,
    codes_agree,
    short_first_name,
    strip_accents,
    up,
)

Segments = list[tuple[str, bool]]  # (text, essential) pieces of a label
Row = tuple[str, str, str, str, str, str]  # libellé, chapitre, nature, fonction, service, labels
Codes = tuple[str, str, str]  # chapitre, nature, fonction


# --------------------------------------------------------------------------------------------
# authorities and the directions or services that hold their lines
# --------------------------------------------------------------------------------------------

class Holder:
    """A direction or service of an authority, with the fields of the lines it holds."""

    def __init__(self, fields: str) -> None:
        self.fields = fields.split()


class BaseAuthority:
    """An invented authority: key, draw weight, coast, export styles ((weight, "upper" / "mixed" /
    "mixed_noacc" / "lower")), programme-code drawer, and its holders indexed by field."""

    def __init__(self, key: str, weight: float, coastal: bool, styles: list[tuple[float, str]],
                 opcode: Callable[[], str], holders: Iterable[Holder]) -> None:
        self.key, self.weight, self.coastal, self.styles, self.opcode = key, weight, coastal, styles, opcode
        self.by_field: dict[str, list[Any]] = {}
        for h in holders:
            for f in h.fields:
                self.by_field.setdefault(f, []).append(h)


AuthorityT = TypeVar("AuthorityT", bound=BaseAuthority)


def pick_authority(draw: Draws, auths: list[AuthorityT], fields: Iterable[str],
                   only: Iterable[str] = ()) -> AuthorityT:
    """An authority (by weight) holding one of ``fields``, among the keys ``only`` names if any."""
    only = tuple(only)
    fields = list(fields)
    cands = [a for a in auths if (not only or a.key in only) and any(f in a.by_field for f in fields)]
    assert cands, (fields, only)
    return draw.wpick([(a.weight, a) for a in cands])


def pick_holder(draw: Draws, auth: BaseAuthority, fields: Iterable[str]) -> tuple[Any, str]:
    """One of ``fields`` the authority holds, and a holder of it."""
    field = draw.pick([f for f in fields if f in auth.by_field])
    return draw.pick(auth.by_field[field]), field


# --------------------------------------------------------------------------------------------
# the label renderer
# --------------------------------------------------------------------------------------------

TERSE = re.compile(r"\b(?:DE LA |DE L'|DES |DU |DE |D')")


def terse(s: str) -> str:
    """Upper-case exports of small finance teams drop the articles: 'REFECT TOITURE GS ...'."""
    return re.sub(r"\s+", " ", TERSE.sub("", s))


@dataclass(frozen=True)
class RenderRules:
    """How one part's exports write a label: abbreviations (upper-case words, replacements) and
    the chance of each; person names that may lose their first name; cut widths and chance;
    chance of no accents in lower case and of a shortened name in upper case; chance and
    separators of a programme code in front; chance of an upper-case label without articles (0:
    never drawn); whether a cut label may still get a typing slip (else it is returned as cut)."""

    abbrev: list[tuple[str, list[str]]]
    p_abbrev: float
    person_names: set[str]
    cut_widths: tuple[int, ...]
    p_cut: float
    p_lower_noacc: float
    p_short_name: float
    p_op_front: float
    op_front_seps: tuple[str, ...]
    p_terse: float = 0.0
    typo_after_cut: bool = False


@dataclass(frozen=True)
class GenericFragments:
    """The generic fragments of one part ((upper-case form, mixed form, natures) for building
    lines, equipment lines and the IT service's equipment lines), the styles they are written in,
    the chance of the authority's programme code and the suffixes (year, budget step, tranche)."""

    bld: list[tuple[str, str, list[str]]]
    eq: list[tuple[str, str, list[str]]]
    eq_si: list[tuple[str, str, list[str]]]
    styles: list[tuple[float, str]]
    p_op: float
    suffixes: list[str]


class LabelRenderer:
    """Writes labels as an authority's exports do, following one part's ``RenderRules``;
    remembers the labels it cut (for the statistics printed at the end)."""

    def __init__(self, draw: Draws, placeholders: Placeholders, rules: RenderRules) -> None:
        self.draw, self.placeholders, self.rules = draw, placeholders, rules
        self.cut_labels: set[str] = set()

    def opcode_text(self, auth: BaseAuthority, style: str) -> str:
        """The authority's programme code, in lower case half the time in a lower-case label."""
        code = auth.opcode().strip()
        return code.lower() if style == "lower" and self.draw.chance(0.5) else code

    def render(self, auth: BaseAuthority, segs: Segments, tail: str = "", op: bool = False) -> str:
        """A label as the authority's export writes it. segs: (text, essential) pieces; tail: a
        year, tranche or place the export may cut; op: the authority's programme code in front or
        behind. A cut (at one of the rules' widths, inside a word) never reaches the essential
        words."""
        draw, rules = self.draw, self.rules
        style = draw.wpick(auth.styles)
        noacc = style == "mixed_noacc" or (style == "lower" and draw.chance(rules.p_lower_noacc))
        short = style == "upper" and rules.p_terse > 0 and draw.chance(rules.p_terse)
        text, ess = "", 0
        for t, essential in segs:
            if style == "upper":
                t = up(t)
                if essential:
                    t = draw.abbreviate(t, rules.abbrev, rules.p_abbrev)
                    if short and t.strip():
                        lead, trail = t[:len(t) - len(t.lstrip())], t[len(t.rstrip()):]
                        t = lead + terse(t.strip()) + trail
                elif draw.chance(rules.p_short_name):
                    t = short_first_name(t, rules.person_names)
            elif style == "lower":
                t = t.lower()
            if noacc:
                t = strip_accents(t)
            if text.endswith(" ") and t.startswith(" "):
                t = t.lstrip()
            text += t
            if essential and t.strip():
                ess = len(text.rstrip())
        text = text.strip()
        if tail:
            tl = up(tail) if style == "upper" else (tail.lower() if style == "lower" else tail)
            if noacc:
                tl = strip_accents(tl)
            text += draw.pick([" - ", " - ", " ", ", ", " / "]) + tl
        if style in ("mixed", "mixed_noacc"):
            text = text[0].upper() + text[1:]
        if op:
            code = self.opcode_text(auth, style)
            if draw.chance(rules.p_op_front):
                pre = code + (" " if code.endswith("-") else draw.pick(rules.op_front_seps))
                text, ess = pre + text, ess + len(pre)
            else:
                code = code.rstrip(" -")
                if draw.chance(0.8):
                    text = text + draw.pick([" - ", " ", " / "]) + code
                else:
                    text = f"{text} ({code})"
        text = re.sub(r"\s+", " ", text).strip()
        cut = False
        if draw.chance(rules.p_cut):
            ok = [w for w in rules.cut_widths if ess <= w < len(text) and text[w - 1].isalnum()
                  and text[w].isalnum() and len(text[:w].split(" ")[-1]) >= 2
                  and text[:w].count("(") == text[:w].count(")")]
            if ok:
                text, cut = text[:draw.pick(ok)], True
        if cut and not rules.typo_after_cut:
            self.cut_labels.add(text)
            return text
        if draw.chance(0.02):
            text = draw.typo(text)
        if cut:
            self.cut_labels.add(text)
        return text

    def generic_label(self, auth: BaseAuthority, frags: GenericFragments, kind: str, field: str = ""
                      ) -> tuple[str, list[str]]:
        """A generic fragment ("bld" or equipment) as the export writes it, with a suffix or the
        authority's programme code; and the natures such a line is voted on."""
        draw = self.draw
        table = frags.bld if kind == "bld" else (frags.eq_si if field == "si" else frags.eq)
        up_form, mixed, nats = draw.pick(table)
        style = draw.wpick(frags.styles)
        base = up_form if style == "upper" else (mixed if style == "mixed" else strip_accents(mixed).lower())
        if draw.chance(frags.p_op):
            code = self.opcode_text(auth, style)
            return (f"{code} {base}" if draw.chance(0.6) else f"{base} - {code.rstrip(' -')}"), nats
        suffix = self.placeholders.fill(draw.pick(frags.suffixes))
        if style != "upper":
            suffix = suffix.lower()
        return f"{base} {suffix}", nats


# --------------------------------------------------------------------------------------------
# label templates
# --------------------------------------------------------------------------------------------

class Template:
    """A template: cores (a core may name its own natures and fonctions: "Musée - vitrines|2188|314"),
    label, the fields of the holders of such a line, fonctions, natures, tails and their chance,
    chance of a programme code, chance of codes, authorities it belongs to, draw weight, cap, chance
    of a service. Each part subclasses it to set its defaults (chance of codes and of a service,
    how much a tail raises the cap)."""

    default_pc: ClassVar[float]
    default_p_svc: ClassVar[float]
    tail_cap: ClassVar[int]

    def __init__(self, cores: str | list[str], lab: str, fields: str, f: Iterable[str] = (),
                 n: Iterable[str] = (), tail: str | list[str] | None = None, pt: float = 0.3, op: float = 0.0,
                 pc: float | None = None, only: Iterable[str] = (), w: float = 1.0, cap: int | None = None,
                 p_svc: float | None = None) -> None:
        self.cores = cores if isinstance(cores, list) else [cores]
        self.lab, self.fields, self.f, self.n = lab, fields.split(), list(f), list(n)
        self.tail = tail if (tail is None or isinstance(tail, list)) else [tail]
        self.pt, self.op, self.only, self.w = pt, op, tuple(only), w
        self.pc = self.default_pc if pc is None else pc
        self.p_svc = self.default_p_svc if p_svc is None else p_svc
        self.cap = cap or max(3, min(9, 2 * len(self.cores) + (self.tail_cap if self.tail else 0)))
        self.used = 0


def split_spec(raw: str, fcts: list[str], nats: list[str]) -> tuple[str, list[str], list[str]]:
    """A core and its fonctions and natures: "text|natures|fonctions" overrides the template's."""
    if "|" in raw:
        raw, *specs = raw.split("|")
        if specs[0]:
            nats = specs[0].split(",")
        if len(specs) > 1:
            fcts = specs[1].split(",") if specs[1] else []
    return raw, fcts, nats


class TemplateRows:
    """Draws rows from templates. The part says how: ``choose`` draws the authority and the cores
    it may write, ``service`` the service cell (drawn after the label), ``codes`` the M57 codes
    (label, fonctions, natures, chance of codes)."""

    def __init__(self, renderer: LabelRenderer,
                 choose: Callable[[Template], tuple[BaseAuthority, list[str]]],
                 service: Callable[[BaseAuthority, Template], str],
                 codes: Callable[[str, list[str], list[str], float], Codes]) -> None:
        self.renderer, self.choose, self.service, self.codes = renderer, choose, service, codes

    def line(self, t: Template, op_needs_investment: bool = False) -> tuple[str, str, list[str], list[str]]:
        """The label and service of a line drawn from ``t``, and the fonctions and natures it may
        be coded with. A programme line is an investment: its operating natures are dropped
        (``op_needs_investment``: it gets a programme code only if it has an investment nature)."""
        draw, placeholders = self.renderer.draw, self.renderer.placeholders
        auth, cores = self.choose(t)
        raw, fcts, nats = split_spec(draw.pick(cores), t.f, t.n)
        segs = placeholders.segments(raw)
        tail = draw.pick(t.tail) if t.tail and draw.chance(t.pt) else ""
        tail = "" if ("{y}" in raw and "{y}" in tail) else placeholders.fill(tail)  # one year per label
        op = draw.chance(t.op) and (not op_needs_investment or any(n[:1] == "2" for n in nats))
        if op:
            nats = [n for n in nats if n[:1] in ("1", "2")]
        lib = self.renderer.render(auth, segs, tail, op)
        return lib, self.service(auth, t), fcts, nats

    def make(self, t: Template) -> Row:
        """A row drawn from ``t``: label, agreeing codes, service."""
        lib, svc, fcts, nats = self.line(t)
        chap, nat, fct = self.codes(t.lab, fcts, nats, t.pc)
        return lib, chap, nat, fct, svc, t.lab

    def gen(self, templates: list[Template]) -> Callable[[], tuple[Template, Row] | None]:
        """A plan generator: a template by weight among those below their cap, and its row."""
        def gen() -> tuple[Template, Row] | None:
            live = [t for t in templates if t.used < t.cap]
            if not live:
                return None
            t = self.renderer.draw.wpick([(t.w, t) for t in live])
            return t, self.make(t)
        return gen


# --------------------------------------------------------------------------------------------
# facilities
# --------------------------------------------------------------------------------------------

class Fac:
    """A kind of facility: its field (the holder of its lines), its sub-types (head noun, head
    with its article, name source, fonctions, extra works by kind), works and labels by kind,
    natures of building works and of equipment, the authorities that have such facilities."""

    def __init__(self, field: str, subtypes: list, works: dict[str, list[str]], labs: dict[str, str],
                 nat_bld: Iterable[str] = ("2313", "2135"), nat_eq: Iterable[str] = ("2188", "2184"),
                 only: Iterable[str] = ()) -> None:
        self.field, self.subtypes, self.works, self.labs = field, subtypes, works, labs
        self.nat_bld, self.nat_eq, self.only = list(nat_bld), list(nat_eq), tuple(only)


def name_source(draw: Draws, placeholders: Placeholders, *keys: str) -> Callable[[], str] | None:
    """A facility's name source: draws one of the placeholders ``keys``, then its name (None: no name)."""
    return (lambda: placeholders.draws[draw.pick(list(keys))]()) if keys else None


def facility_segments(draw: Draws, head: str, art: str, namefn: Callable[[], str] | None,
                      w_segs: Segments) -> Segments:
    """Works on a named facility, in one of the orders exports use: "works - head name",
    "works of the head name", "head name - works", "head name works"."""
    name = namefn() if namefn else ""
    name_segs = [(name, False)] if name else []
    sep = " " if name else ""
    form = draw.wpick([(3, "works_head"), (3, "works_art"), (3, "head_works"), (1, "head_works_sp")])
    if form == "works_head":
        return w_segs + [(" - " + head + sep, True)] + name_segs
    if form == "works_art":
        return w_segs + [(" " + art + sep, True)] + name_segs
    if form == "head_works":
        return [(head + sep, True)] + name_segs + [(draw.pick([" - ", " - ", " : ", ", "]), True)] + w_segs
    return [(head + sep, True)] + name_segs + [(" ", True)] + w_segs


# --------------------------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------------------------

def template_errors(groups: dict[str, list[Template]], placeholders: Placeholders,
                    auths: list[BaseAuthority], listed_natures: bool = True) -> list[tuple]:
    """What is wrong in the template groups: a field no allowed authority holds, an unknown
    placeholder, an unknown fonction, a fonction or nature not agreeing with the label
    (``listed_natures``: a nature must be an account of the M57 table, not only extend one)."""
    errors: list[tuple] = []
    for gname, group in groups.items():
        for t in group:
            for f in t.fields:
                if not any(f in a.by_field and (not t.only or a.key in t.only) for a in auths):
                    errors.append(("field", gname, f, t.cores[0]))
            for raw in t.cores:
                core, fcts, nats = split_spec(raw, t.f, t.n)
                for k in re.findall(r"\{(\w+)\}", core):
                    if k not in placeholders.draws:
                        errors.append(("placeholder", gname, k, core))
                for f in fcts:
                    if f not in FCT or not codes_agree(t.lab, "", "", f):
                        errors.append(("fonction", gname, f, t.lab, core))
                for n in nats:
                    unlisted = listed_natures and n not in NAT
                    if unlisted or not codes_agree(t.lab, chapter_of_nature(n), n, ""):
                        errors.append(("nature", gname, n, t.lab, core))
    return errors


def generic_errors(generic: dict[str, tuple[str | None, str, list[str], float]]) -> list[tuple]:
    """The generic fields whose fonctions do not agree with their building or equipment split."""
    errors: list[tuple] = []
    for field, (bld, eq, fcts, _w) in generic.items():
        for lab in (bld, eq):
            for f in fcts if lab else []:
                if not codes_agree(lab, "", "", f):
                    errors.append(("generic fonction", field, f, lab))
    return errors


def assert_no_errors(errors: list[tuple]) -> None:
    """Print the template errors found, and stop if there is one."""
    for e in errors:
        print("template error:", e)
    assert not errors


def read_part(path: Path) -> list[dict[str, str]]:
    """The rows of a written part."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def cut_and_service_shares(rows: list[dict[str, str]], cut_labels: set[str]) -> str:
    """The shares of cut labels and of rows without a service, as the parts print them."""
    n = len(rows)
    cut = sum(1 for r in rows if r["libelle"] in cut_labels)
    no_svc = sum(1 for r in rows if not r["service"])
    return f"labels cut: {cut / n:.1%}; rows without service: {no_svc / n:.1%}"
