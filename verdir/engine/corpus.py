"""The labelled training corpus written by the project (``models/corpus/*.csv`` and
``models/corpus/outside/*.csv``)."""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from importlib import metadata, resources

from verdir.engine.lines import BudgetLine
from verdir.engine.shares import parse_shares

DESCRIPTION = "odd"  # the origin of the lines made of a goal's activities ("groupes scolaires")


@dataclass(frozen=True)
class LabelledLine:
    line: BudgetLine
    shares: dict[int, int]
    origin: str  # corpus file name, DESCRIPTION for the goal descriptions, "correction"


def _corpus_files() -> list:
    """The generated parts, then the sets of lines other authors wrote (``outside``)."""
    files = []
    for package in ("verdir.models.corpus", "verdir.models.corpus.outside"):
        folder = resources.files(package)
        files += sorted((entry for entry in folder.iterdir() if entry.name.endswith(".csv")),
                        key=lambda entry: entry.name)
    return files


def training_fingerprint() -> str:
    """Changes whenever anything that shapes the trained head changes: data or code."""
    digest = hashlib.sha256()
    data = resources.files("verdir.data")
    engine_code = resources.files("verdir.engine")
    sources = [*_corpus_files(), *(data.joinpath(name) for name in _TRAINING_DATA),
               *(engine_code.joinpath(name) for name in _TRAINING_CODE),
               resources.files("verdir.models").joinpath("encoder.py")]
    for entry in sorted(sources, key=lambda entry: entry.name):
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    # The trained head is pickled: a new scikit-learn or numpy must not read an old pickle.
    for package in ("scikit-learn", "numpy"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


_TRAINING_DATA = ("glossaire.csv", "sigles_ambigus.csv", "m57_chapitres.csv", "m57_fonctions.csv",
                  "m57_natures.csv", "m14_fonctions.csv", "odd.csv")
_TRAINING_CODE = ("head.py", "prepare.py", "glossary.py", "codes.py", "engine.py", "corpus.py",
                  "common_words.py", "text.py", "shares.py", "lines.py", "imputation.py")


def load_corpus() -> list[LabelledLine]:
    """Every labelled line of the corpus, plus one line per goal description."""
    lines: list[LabelledLine] = []
    for entry in _corpus_files():
        for row in csv.DictReader(entry.read_text(encoding="utf-8").splitlines()):
            line = BudgetLine(
                libelle=row["libelle"], chapitre=row.get("chapitre", ""),
                nature=row.get("nature", ""), fonction=row.get("fonction", ""),
                service=row.get("service", ""), mission=row.get("mission", "") or "",
            )
            lines.append(LabelledLine(line, parse_shares(row["labels"]), entry.name))
    for row in odd_descriptions():
        for activity in row["activites"].split(", "):
            lines.append(LabelledLine(BudgetLine(libelle=activity), {int(row["odd"]): 100}, DESCRIPTION))
    return lines


def odd_descriptions() -> list[dict[str, str]]:
    text = resources.files("verdir.data").joinpath("odd.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def usual_second_goals() -> dict[int, set[int]]:
    """The codebook's "frequent second goal" of each main goal (4 -> 11, 7, 2: a school's
    building, energy and food sides)."""
    return {int(row["odd"]): {int(goal) for goal in row["seconds_habituels"].split(";") if goal}
            for row in odd_descriptions()}


def odd_names() -> dict[int, str]:
    return {int(row["odd"]): row["nom"] for row in odd_descriptions()}
