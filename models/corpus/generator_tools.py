"""Helpers shared by the corpus generators (gen_part_d.py and later): seeded random choices,
text folding, export case, checked label strings, M57 code checks, reading the other parts.
Standard library only."""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import Counter
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

    def code_cell(self, kind: str, code: str) -> str:
        """A code as exports write it: alone, or with its label in the same cell."""
        table = {"chap": CHAP, "nat": NAT, "fct": FCT}[kind]
        label = table[code][0] if code in table else ""
        if not label:
            return code
        style = self.wpick([(4, "dash"), (2, "dash_up"), (1, "space"), (1, "dash_cut")])
        if style == "dash":
            return f"{code} - {label}"
        if style == "dash_up":
            return f"{code} - {up(label)}"
        if style == "space":
            return f"{code} {label}"
        cut = up(label)[:self.rng.randint(18, 28)].rstrip(" -,'(")
        return f"{code}-{cut}"

    def dress_codes(self, chap: str, nat: str, fct: str, rates: tuple[float, float, float]
                    ) -> tuple[str, str, str]:
        """Some exports write a code with its label in the same cell: each code is, at its rate
        (chapitre, fonction, nature)."""
        p_chap, p_fct, p_nat = rates
        if chap and self.chance(p_chap):
            chap = self.code_cell("chap", chap)
        if fct and self.chance(p_fct):
            fct = self.code_cell("fct", fct)
        if nat and self.chance(p_nat):
            nat = self.code_cell("nat", nat)
        return chap, nat, fct

    def agreeing_codes(self, lab: str, fcts, nats, p_codes: float,
                       rates: tuple[float, float, float]) -> tuple[str, str, str]:
        """Codes for a line (maybe none, at ``p_codes``), drawn from its fonctions and natures,
        always agreeing with its label, and dressed at ``rates`` (see ``dress_codes``)."""
        chap = nat = fct = ""
        if not self.chance(p_codes):
            return chap, nat, fct
        if fcts and (self.chance(0.8) or not nats):
            fct = self.pick(fcts)
        if nats and (self.chance(0.65) or not fct):
            nat = self.pick(nats)
            if self.chance(0.85):
                chap = chapter_of_nature(nat)
            if self.chance(0.12):  # some exports give the chapitre and leave the account out
                nat = ""
        chap, nat, fct = agreeing_only(lab, chap, nat, fct)
        return self.dress_codes(chap, nat, fct, rates)

    def render(self, core: str, tail: str, style: str | None, op: bool, *, styles, typo_rates,
               abbreviate, opcode) -> str:
        """A label as an export writes it: ``core`` holds the meaning, ``tail`` a place, year or
        name the export may cut. ``styles``: (weight, "upper" / "mixed" / "mixed_noacc" /
        "lower"); ``typo_rates``: chance of a typing slip in mixed, lower and upper case;
        ``abbreviate`` shortens upper-case words and ``opcode(upper)`` draws an operation code."""
        mixed_typo, lower_typo, upper_typo = typo_rates
        if style is None:
            style = self.wpick(styles)
        joiner = self.pick([" - ", " - ", " ", " ", ", ", " / "]) if tail else ""
        if style in ("mixed", "mixed_noacc"):
            text = core + joiner + tail
            text = text[0].upper() + text[1:]
            if style == "mixed_noacc":
                text = strip_accents(text)
            if self.chance(mixed_typo):
                text = self.typo(text)
            if op:
                text = opcode(False) + text
            return re.sub(r"\s+", " ", text).strip()
        if style == "lower":
            text = (core + joiner + tail).lower()
            if self.chance(0.6):
                text = strip_accents(text)
            if self.chance(lower_typo):
                text = self.typo(text)
            if op and self.chance(0.5):
                text = opcode(False).lower() + text
            return re.sub(r"\s+", " ", text).strip()
        c = abbreviate(up(core))
        t = abbreviate(up(tail)) if tail else ""
        text = c + (joiner.upper() + t if t else "")
        if self.chance(upper_typo):
            text = self.typo(text)
        if op:
            text = opcode(True) + text
        text = re.sub(r"\s+", " ", text).strip()
        if t and self.chance(0.3):
            n = self.rng.randint(32, 44)
            if len(text) > n >= len(text) - len(t) + 3:
                text = text[:n].rstrip(" -,:/(.'")
        return text

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


def short_first_name(name: str, persons: set[str]) -> str:
    """'JEAN JAURES' -> 'J. JAURES' as exports shorten a person's first name, for the upper-case
    names in ``persons`` only (particles kept whole; streets, districts and places never)."""
    if name not in persons:
        return name
    parts = name.split(" ")
    if len(parts) == 2 and len(parts[0]) > 2 and "-" not in parts[0] and parts[1][:1].isalpha():
        return f"{parts[0][0]}. {parts[1]}"
    return name


class Placeholders:
    """Templates with named placeholders ("{place} - réfection toiture"), each drawn by its own
    function; ``segments`` tells the template's own words (essential) from the drawn names (an
    export may cut them)."""

    def __init__(self, draws: dict) -> None:
        self.draws = draws

    def segments(self, template: str) -> list[tuple[str, bool]]:
        out: list[tuple[str, bool]] = []
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            if m.start() > pos:
                out.append((template[pos:m.start()], True))
            out.append((self.draws[m.group(1)](), False))
            pos = m.end()
        if pos < len(template):
            out.append((template[pos:], True))
        return out

    def fill(self, template: str) -> str:
        return "".join(t for t, _ in self.segments(template))


PROBES = (HERE / "outside", HERE.parent.parent / "benchmarks")


def probe_labels() -> set[str]:
    """The folded labels of the sets other authors wrote (outside/probe*.csv, trained on, and the
    held-out ones in benchmarks/probe*.csv): lines written apart from the generated parts, so no
    part may have them."""
    labels: set[str] = set()
    for path in sorted(path for folder in PROBES for path in folder.glob("probe*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            labels.update(fold(row["libelle"]) for row in csv.DictReader(fh))
    return labels


def earlier_parts(generator: str) -> list[str]:
    """The parts written before the one ``generator`` (a gen_part_X.py path) writes: a new part
    must not repeat their lines."""
    letter = Path(generator).stem.removeprefix("gen_part_")
    return [f"part_{c}.csv" for c in "abcdefghijklmnopqrstuvwxyz" if c < letter]


def written_rows(out: Path) -> list[dict[str, str]]:
    """The rows a generator wrote, checked: every label well formed (``L``) and every code
    agreeing with the label's main goal."""
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        lab = r["labels"]
        assert L(*[int(x) for gp in lab.split(";") for x in gp.split(":")]) == lab, lab
        assert codes_agree_or_displaced(r["libelle"], lab, r["chapitre"], r["nature"], r["fonction"]), r
    return rows


def codes_agree_or_displaced(lib: str, lab: str, chap: str, nat: str, fct: str) -> bool:
    """``codes_agree``, or the codes agree with the main goal the template gave before
    ``curation.follow_convention`` moved it second."""
    import curation  # beside this file, like the generators

    if codes_agree(lab, chap, nat, fct):
        return True
    displaced = curation.displaced_main(lib, lab)
    return displaced is not None and codes_agree(f"{displaced}:100", chap, nat, fct)


def part_setup(generator: str, seed: int) -> tuple[random.Random, Draws, Path, list[str]]:
    """What every generator starts from: its seeded random source, the Draws on it, the CSV it
    writes (gen_part_x.py -> part_x.csv beside it) and the earlier parts it must not repeat."""
    rng = random.Random(seed)
    path = Path(generator).resolve()
    return rng, Draws(rng), path.with_name(f"{path.stem.removeprefix('gen_')}.csv"), earlier_parts(generator)


def existing_lines(parts: Iterable[str], examples: Iterable[str]
                   ) -> tuple[set[str], set[tuple[str, str, str, str]]]:
    """What a new part must not repeat: the folded labels of the other parts, of the brief's
    examples and of the outside probes, and the (label, fonction, nature, service) contexts of
    the other parts."""
    labels: set[str] = {fold(x) for x in examples} | probe_labels()
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


def agreeing_only(lab: str, chap: str, nat: str, fct: str) -> tuple[str, str, str]:
    """The codes that agree with the label's main goal, the others dropped (a nature takes its
    chapitre with it)."""
    if fct and not codes_agree(lab, "", "", fct):
        fct = ""
    if nat and not codes_agree(lab, "", nat, ""):
        nat = ""
        chap = ""
    if chap and not codes_agree(lab, chap, "", ""):
        chap = ""
    assert codes_agree(lab, chap, nat, fct), (lab, chap, nat, fct)
    return chap, nat, fct


def chapter_of_nature(nat: str) -> str:
    """The M57 chapitre a nature account is voted in ("" for receipts)."""
    for pre, ch in (("204", "204"), ("20", "20"), ("21", "21"), ("23", "23"), ("16", "16"), ("64", "012"),
                    ("621", "012"), ("6336", "012"), ("66", "66"), ("67", "67"), ("739", "014"), ("65", "65"),
                    ("68", "68"), ("60", "011"), ("61", "011"), ("62", "011"), ("63", "011"),
                    ("7061", "70"), ("706", "70"), ("7", "")):
        if nat.startswith(pre):
            return ch
    return ""


def fn_gen(fn):
    """A plan generator from a function that draws one row (no template to count)."""
    def gen():
        return None, fn()
    return gen


HEADER = ["libelle", "chapitre", "nature", "fonction", "service", "labels"]


def write_part(plan, out: Path, rng: random.Random, other_parts: Iterable[str], examples: Iterable[str],
               generic_ok: Iterable[str] = ()) -> None:
    """Draw each plan entry's rows, skipping lines other parts or the brief's examples already have
    (a libellé may come back only in the sections ``generic_ok`` names, with a fonction or
    service, never in a context already used), then shuffle and write the part."""
    import curation  # beside this file, like the generators

    generic_ok = set(generic_ok)
    other_libs, other_contexts = existing_lines(other_parts, examples)
    seen_libs: set[str] = set()
    seen_ctx: set[tuple[str, str, str, str]] = set()
    rows: list[list[str]] = []
    for name, gen, want in plan:
        made = tries = 0
        while made < want and tries < want * 80:
            tries += 1
            got = gen()
            if got is None:
                break
            t, (lib, chap, nat, fct, svc, lab) = got
            lib = re.sub(r"\s+", " ", lib).strip()
            key = fold(lib)
            if not key or not curation.keep(lib) or key in other_libs:
                continue
            ctx = (key, read_code(fct), read_code(nat), fold(svc))
            if ctx in seen_ctx or ctx in other_contexts:
                continue
            if key in seen_libs and (name not in generic_ok or not (fct or svc)):
                continue
            seen_ctx.add(ctx)
            seen_libs.add(key)
            rows.append([lib, chap, nat, fct, svc, lab])
            if t is not None:
                t.used += 1
            made += 1
        print(f"{name}: {made} rows" + ("" if made == want else f" (wanted {want})"))
    rng.shuffle(rows)
    rows = curation.conventional_rows(rows)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    mains = Counter(main_goal(r[5]) for r in rows)
    print("main goals:", " ".join(f"{g}:{mains[g]}" for g in range(1, 18)))
    print(f"wrote {len(rows)} rows to {out}")
