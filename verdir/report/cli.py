"""`verdir report`: the ODD dashboard of a classified table, as HTML and/or Excel."""

from __future__ import annotations

from pathlib import Path

import click

from .figures import compute_figures
from .html import write_html
from .table import EXCEL_SUFFIXES, ReportInputError, load_table
from .xlsx import add_dashboard_to_copy, write_report_workbook

HTML_SUFFIXES = (".html", ".htm")
WORKBOOK_SUFFIXES = (".xlsx",)


class ReportUsageError(click.ClickException):
    """Bad input or output: French message on stderr, exit code 2."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        click.echo(f"Erreur : {self.format_message()}", err=True)


def _check_outputs(source: Path, outputs: tuple[Path, ...]) -> None:
    if not outputs:
        raise ReportUsageError(
            "indiquez au moins un fichier de sortie avec -o (rapport.html ou rapport.xlsx)."
        )
    for output in outputs:
        suffix = output.suffix.lower()
        if suffix not in HTML_SUFFIXES + WORKBOOK_SUFFIXES:
            raise ReportUsageError(
                f"« {output.name} » : la sortie doit être un fichier .html ou .xlsx."
            )
        if output.resolve() == source.resolve():
            raise ReportUsageError(
                "le fichier de sortie doit être différent du fichier classé (il est copié, "
                "pas modifié)."
            )
        if not output.parent.exists():
            raise ReportUsageError(f"dossier introuvable : {output.parent}")


@click.command("report", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path),
              help="Fichier à produire : .html (rapport pour les élus) ou .xlsx (classeur avec "
                   "la feuille « Tableau de bord ODD »). Répétable.")
@click.option("--titre", "title", default="", help="Nom de la collectivité ou du budget.")
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 50),
              help="Nombre de lignes listées pour chaque ODD.")
@click.option("--seul", "standalone", is_flag=True,
              help="Pour .xlsx : n'écrire que le tableau de bord, sans copier les données.")
def report(source: Path, outputs: tuple[Path, ...], title: str, top: int,
           standalone: bool) -> None:
    """Produire le tableau de bord ODD d'un budget classé (.xlsx ou .csv).

    SOURCE est le fichier écrit par « verdir classify » (ou le classeur classé dans Excel).

    \b
    Exemples :
      verdir report budget_classe.xlsx -o rapport.html
      verdir report budget_classe.xlsx -o rapport.html -o tableau_de_bord.xlsx
    """
    _check_outputs(source, outputs)
    try:
        figures = compute_figures(load_table(source), top=top)
    except ReportInputError as error:
        raise ReportUsageError(str(error)) from None
    for output in outputs:
        if output.suffix.lower() in HTML_SUFFIXES:
            write_html(figures, output, title=title, source_name=source.name)
        elif standalone or source.suffix.lower() not in EXCEL_SUFFIXES:
            write_report_workbook(figures, output, title=title)
        else:
            add_dashboard_to_copy(source, output, figures, title=title)
        click.echo(f"Écrit : {output}")
    for note in figures.notes[1:]:
        click.echo(f"  • {note}")
