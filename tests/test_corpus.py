"""The project's own training corpus: size, coverage, validity, and no evaluation line in it."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from models.corpus import curation
from verdir.engine.corpus import load_corpus
from verdir.engine.text import clean_spaces, fold


def key(text: str) -> str:
    return clean_spaces(fold(text))


@pytest.fixture(scope="module")
def corpus():
    return [item for item in load_corpus() if item.origin != "odd"]


def test_corpus_is_large_and_distinct(corpus):
    labels = [key(item.line.libelle) for item in corpus]
    assert len(set(labels)) >= 3000
    # A generic label may come back with another context (fonction, service), never twice the same.
    lines = [(key(item.line.libelle), item.line.fonction, item.line.nature, key(item.line.service))
             for item in corpus]
    assert len(set(lines)) == len(lines), "duplicate lines in the corpus"


def test_every_goal_is_the_main_goal_of_at_least_60_lines(corpus):
    mains = Counter(next(iter(item.shares)) for item in corpus)
    assert {goal: mains[goal] for goal in range(1, 18) if mains[goal] < 60} == {}


def test_labels_follow_the_codebook(corpus):
    for item in corpus:
        values = list(item.shares.values())
        assert len(values) <= 3 and sum(values) == 100
        assert all(v % 5 == 0 for v in values) and values == sorted(values, reverse=True)


@pytest.mark.parametrize(("libelle", "labels", "expected"), [
    ("Mise en accessibilité du gymnase du Château", "3:50;10:50", "10:60;3:40"),
    ("EP 26 COURS DES URSULINES ELEVATEUR PMR", "4:50;10:50", "10:60;4:40"),
    ("Remplacement chaudière groupe scolaire Louis Aragon", "4:60;7:40", "7:60;4:40"),
    ("ISOL THERM GS PASTEUR", "4:50;7:50", "4:50;7:50"),
    ("GS PASTEUR - MENUISERIES ET CHAUFFAGE", "4:50;7:50", "4:50;7:50"),
    ("Rénovation de l'école primaire", "4:85;11:15", "4:85;11:15"),
    ("TRAVAUX POUR HANDICAPES VOIRIE", "10:70;11:30", "10:70;11:30"),
    ("BASSIN D'ORAGE LE BOURG", "13:80;11:20", "6:60;13:40"),
    ("Bassin d'orage - prévention des inondations Sainte-Barbe", "13:80;11:20", "13:80;11:20"),
    ("Bassin d'écrêtement des crues de Bordeneuve", "13:80;11:20", "13:80;11:20"),
    ("CONTINGENT SDIS", "17:100", "16:70;17:30"),
    ("Contribution au service départemental d'incendie et de secours", "17:100", "16:70;17:30"),
    ("SDIS - coopération décentralisée, don d'engins réformés", "17:100", "17:100"),
    ("Cotisation au syndicat d'énergie", "17:100", "17:100"),
    ("Repas des aînés", "3:60;10:40", "10:60;3:40"),
    ("CLUB DES AINES - SUBVENTION ANNUELLE", "3:60;10:40", "10:60;3:40"),
    ("Ateliers prévention des chutes seniors", "3:60;10:40", "3:60;10:40"),
    ("Portage de repas à domicile des seniors", "3:60;10:40", "3:60;10:40"),
    ("Repas des élèves de l'école", "4:60;2:40", "4:60;2:40"),
])
def test_the_corpus_convention_settles_five_readings_of_the_codebook(libelle, labels, expected):
    assert curation.follow_convention(libelle, labels) == expected


def test_every_generated_line_follows_the_corpus_convention():
    parts = sorted((Path(curation.__file__).parent).glob("part_*.csv"))
    assert parts
    for part in parts:
        with part.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                conventional = curation.follow_convention(row["libelle"], row["labels"])
                assert conventional == row["labels"], (part.name, row)


def test_every_part_is_what_its_generator_writes(tmp_path):
    # Training is reproducible from the repository: the generators, run in order on a copy of
    # what they read (earlier parts, the outside probes, the M57 tables), write the same parts.
    root = Path(__file__).resolve().parents[1]
    corpus = tmp_path / "models" / "corpus"
    shutil.copytree(root / "models" / "corpus", corpus, ignore=shutil.ignore_patterns("__pycache__"))
    skipped = shutil.ignore_patterns("*.py", "__pycache__")
    shutil.copytree(root / "benchmarks", tmp_path / "benchmarks", ignore=skipped)
    shutil.copytree(root / "verdir" / "data", tmp_path / "verdir" / "data")
    for part in corpus.glob("part_*.csv"):
        part.unlink()
    for generator in sorted(corpus.glob("gen_part_*.py")):
        subprocess.run([sys.executable, generator.name], cwd=corpus, check=True, capture_output=True)
    written = sorted(part.name for part in corpus.glob("part_*.csv"))
    assert written == sorted(part.name for part in (root / "models" / "corpus").glob("part_*.csv"))
    changed = [name for name in written
               if (corpus / name).read_bytes() != (root / "models" / "corpus" / name).read_bytes()]
    assert changed == []


def test_every_m57_fonction_area_is_covered(corpus):
    areas = Counter(item.line.fonction.strip()[:1] for item in corpus if item.line.fonction.strip())
    # M57 areas 0 to 8 (9 is reserved in the nomenclature).
    assert {str(area) for area in range(9)} <= set(areas)


def test_real_export_styles_are_present(corpus):
    labels = [item.line.libelle for item in corpus]
    upper = sum(1 for label in labels if label.isupper())
    accented = sum(1 for label in labels if any(ch in label for ch in "éèàçê"))
    assert upper > 0.25 * len(labels)
    assert accented > 0.2 * len(labels)
    assert sum(1 for item in corpus if item.line.service) > 0.3 * len(labels)


def test_no_evaluation_line_is_in_the_corpus(corpus, shared_data):
    evaluation = set()
    for name in ("dev_paris_labelled.csv", "paris_lines_unlabelled.csv"):
        with (shared_data / "eval" / name).open(encoding="utf-8") as handle:
            evaluation |= {key(row["libelle"]) for row in csv.DictReader(handle)}
    shared = evaluation & {key(item.line.libelle) for item in corpus}
    assert shared == set()


ROOT = Path(__file__).resolve().parents[1]
OUTSIDE_SETS = sorted((ROOT / "models" / "corpus" / "outside").glob("probe*.csv"))
HELD_OUT_SETS = sorted((ROOT / "benchmarks").glob("probe*.csv"))


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_sets_other_authors_wrote_are_training_data(corpus):
    assert len(OUTSIDE_SETS) >= 16
    origins = Counter(item.origin for item in corpus)
    assert {path.name: origins[path.name] for path in OUTSIDE_SETS} == {
        path.name: len(read_rows(path)) for path in OUTSIDE_SETS}


@pytest.mark.parametrize("path", OUTSIDE_SETS, ids=lambda path: path.stem)
def test_the_sets_other_authors_wrote_share_no_line_with_the_generated_parts(corpus, path):
    # They were written apart from the generated parts, and the generators skip their labels.
    rows = read_rows(path)
    assert len(rows) >= 30
    generated = {key(item.line.libelle) for item in corpus if item.origin.startswith("part_")}
    assert {key(row["libelle"]) for row in rows} & generated == set()


@pytest.mark.parametrize("path", HELD_OUT_SETS, ids=lambda path: path.stem)
def test_the_held_out_sets_share_no_line_with_the_training_data(corpus, path):
    # The sets in benchmarks/ measure lines written apart from everything Verdir learns from.
    rows = read_rows(path)
    assert len(rows) >= 30
    assert {key(row["libelle"]) for row in rows} & {key(item.line.libelle) for item in corpus} == set()
