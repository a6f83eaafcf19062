"""``verdir addin build|install`` (registered by verdir.cli: ``from verdir.addin.cli import addin``)."""

from __future__ import annotations

from pathlib import Path

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def addin() -> None:
    """Complément Excel Verdir (ruban « Verdir »)."""


@addin.command("build")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Fichier .xlam à produire (par défaut dist/verdir.xlam).")
def build_command(output: Path | None) -> None:
    """Construire le complément verdir.xlam à partir des sources texte."""
    from verdir.addin.build import DEFAULT_OUTPUT, BuildError, build

    try:
        path = build(output or DEFAULT_OUTPUT)
    except BuildError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Complément construit : {path}")


@addin.command("install")
@click.option("--platform", "platform", type=click.Choice(["windows", "mac"]), default=None,
              help="Plateforme cible (par défaut celle de ce poste).")
@click.option("--home", type=click.Path(path_type=Path), default=None, hidden=True,
              help="Dossier personnel de l'utilisateur (tests).")
def install_command(platform: str | None, home: Path | None) -> None:
    """Installer le complément dans Excel et le relier au Python de cet environnement."""
    from verdir.addin.install import InstallError, install, instructions

    try:
        done = install(platform=platform, home=home)
    except InstallError as error:
        raise click.ClickException(str(error)) from error
    click.echo(instructions(done))
