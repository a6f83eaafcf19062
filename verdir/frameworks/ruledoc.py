"""The French tables of the annex rules for docs/annexe-verte.md, generated from the data files.

``python -m verdir.frameworks.ruledoc`` prints them; ``--write`` replaces the generated part of
docs/annexe-verte.md (between the ``regles`` markers). A test checks the doc is current.
"""

from __future__ import annotations

import sys
from pathlib import Path

from verdir.frameworks.ratings import AXES
from verdir.frameworks.rules import ALL_AXES, Rule, load_rules
from verdir.frameworks.scope import scope_table

BEGIN = "<!-- regles:debut (généré par python -m verdir.frameworks.ruledoc --write) -->"
END = "<!-- regles:fin -->"
DOC = Path(__file__).resolve().parents[2] / "docs" / "annexe-verte.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _condition(rule: Rule) -> str:
    parts = []
    if rule.motif is not None:
        parts.append(f"libellé contient `{_cell(rule.motif.pattern)}`")
    if rule.et is not None:
        parts.append(f"et `{_cell(rule.et.pattern)}`")
    if rule.sauf is not None:
        parts.append(f"sauf `{_cell(rule.sauf.pattern)}`")
    if rule.fonctions:
        parts.append("fonction " + ", ".join(rule.fonctions))
    if rule.natures:
        parts.append("nature " + ", ".join(rule.natures))
    return " ; ".join(parts)


def render() -> str:
    lines = [BEGIN, "", "### Périmètre par nature et par chapitre", "",
             "| type | code (préfixe) | dans l'annexe | raison |", "| --- | --- | --- | --- |"]
    for entry in scope_table():
        lines.append(f"| {entry.kind} | {entry.code} | {'oui' if entry.in_scope else 'non'} | "
                     f"{_cell(entry.reason)} |")
    rules = load_rules()
    for axis in AXES:
        lines += ["", f"### {axis.column} : {axis.title}", "",
                  "| règle | condition | cotation | raison | exemple |",
                  "| --- | --- | --- | --- | --- |"]
        for rule in rules:
            if axis.number in rule.axes and rule.axes != ALL_AXES:
                lines.append(f"| {rule.id} | {_condition(rule)} | {rule.cotation} | "
                             f"{_cell(rule.reason)} | {_cell(rule.example)} |")
    lines += ["", "### Règles communes aux six axes", "",
              "| règle | condition | cotation | raison | exemple |",
              "| --- | --- | --- | --- | --- |"]
    for rule in rules:
        if rule.axes == ALL_AXES:
            lines.append(f"| {rule.id} | {_condition(rule)} | {rule.cotation} | "
                         f"{_cell(rule.reason)} | {_cell(rule.example)} |")
    lines += ["", END]
    return "\n".join(lines)


def generated_part(text: str) -> str:
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[start:end]


def write(doc: Path = DOC) -> None:
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text.replace(generated_part(text), render()), encoding="utf-8")


if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        write()
    else:
        print(render())
