"""Click commands of the service: ``verdir serve`` and ``verdir service start|stop|status``.

``verdir.cli`` registers them with ``cli.add_command(serve)`` and ``cli.add_command(service)``.
"""

from __future__ import annotations

from pathlib import Path

import click

from verdir import paths
from verdir.service.server import DEFAULT_PORT, DEFAULT_THREADS

PORT_OPTION = click.option("--port", default=DEFAULT_PORT, show_default=True, envvar="VERDIR_PORT",
                           type=click.IntRange(1, 65535), help="Port local d'écoute.")


class ServiceCommandError(click.ClickException):
    """A French message for the user and exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:  # noqa: ARG002 - click's signature
        click.echo(f"Erreur : {self.message}", err=True)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@PORT_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Adresse d'écoute (autre que 127.0.0.1 : --allow-remote obligatoire).")
@click.option("--allow-remote", is_flag=True,
              help="Accepter des clients d'autres postes (le jeton est alors exigé partout).")
@click.option("--allowed-host", "allowed_hosts", multiple=True,
              help="Nom d'hôte accepté dans l'en-tête Host avec --allow-remote (répétable).")
@click.option("--threads", default=DEFAULT_THREADS, show_default=True, type=click.IntRange(1, 64),
              help="Nombre de requêtes traitées en parallèle.")
@click.option("--result-cache", default=10_000, show_default=True, type=click.IntRange(0, 10**6),
              help="Réponses gardées en mémoire pour la version courante du modèle (0 : aucune).")
@click.option("--log-file", type=click.Path(path_type=Path), default=None,
              help="Écrire le journal dans ce fichier plutôt que sur la console.")
def serve(port: int, host: str, allow_remote: bool, allowed_hosts: tuple[str, ...], threads: int,
          result_cache: int, log_file: Path | None) -> None:
    """Lancer le service local au premier plan (Ctrl+C pour l'arrêter)."""
    from verdir.service.security import TokenError
    from verdir.service.server import ServerError, configure_logging, run
    from verdir.service.store import StoreError

    configure_logging(log_file)
    try:
        run(port=port, host=host, allow_remote=allow_remote, allowed_hosts=allowed_hosts, threads=threads,
            result_cache=result_cache)
    except (ServerError, StoreError, TokenError) as error:
        raise ServiceCommandError(str(error)) from error


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def service() -> None:
    """Le service local en arrière-plan (utilisé par le complément Excel)."""


@service.command("start")
@PORT_OPTION
@click.option("--timeout", default=300, show_default=True, type=click.IntRange(1, 3600),
              help="Secondes d'attente au plus (la toute première fois, le modèle est construit).")
def service_start(port: int, timeout: int) -> None:
    """Démarrer le service en arrière-plan ; rend la main quand il répond."""
    from verdir.service import process

    click.echo(f"Démarrage du service Verdir sur le port {port}…", err=True)
    try:
        running = process.start(port, timeout=timeout)
    except process.ProcessError as error:
        raise ServiceCommandError(str(error)) from error
    click.echo(f"Service Verdir démarré : {running.url} (pid {running.pid})")
    click.echo(f"Jeton : {process.token_location()}")
    click.echo(f"Journal : {process.log_file()}")


@service.command("stop")
def service_stop() -> None:
    """Arrêter le service lancé en arrière-plan."""
    from verdir.service import process

    if process.stop():
        click.echo("Service Verdir arrêté.")
    else:
        click.echo("Le service Verdir ne tournait pas.")


@service.command("status")
def service_status() -> None:
    """Dire si le service tourne, à quelle adresse, et où sont le jeton et les données."""
    from verdir.service import process

    current = process.status()
    if current.running:
        click.echo(f"Service Verdir : en marche sur {current.url} (pid {current.pid})")
        if current.health:
            click.echo(f"Modèle : {current.health.get('model')} ; corrections apprises : "
                       f"{current.health.get('corrections')} ; règles : {current.health.get('rules')}")
    else:
        click.echo("Service Verdir : arrêté")
    click.echo(f"Jeton : {process.token_location()}")
    click.echo(f"Données : {paths.state_dir()}")
    click.echo(f"Journal : {process.log_file()}")
    if not current.running:
        raise SystemExit(3)
