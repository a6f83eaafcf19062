"""Entry points of the ribbon buttons, called by the VBA module ``Verdir.bas`` through RunPython:

    RunPython "import verdir.addin.buttons as b; b.classer_selection(addin_version='0.1.0')"

Each function runs one action of :mod:`verdir.addin.actions` on the calling workbook and turns
every outcome into at most ONE French message box. Tests pass an in-memory ``book`` and a
``client``; inside Excel both default to the real ones. Only the xlwings adapter imports xlwings,
and only when a button is pressed.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from verdir import __version__
from verdir.addin import actions
from verdir.addin.client import Client, ServiceError
from verdir.addin.logic import AddinError
from verdir.addin.workbook import Workbook

Action = Callable[[Workbook, actions.ServiceClient], "str | None"]


def classer_selection(book: Workbook | None = None, client: actions.ServiceClient | None = None,
                      addin_version: str | None = None) -> None:
    _run("Classer la sélection", actions.classify_selection, book, client, addin_version)


def reclasser_ligne(book: Workbook | None = None, client: actions.ServiceClient | None = None,
                    addin_version: str | None = None) -> None:
    _run("Reclasser la ligne", actions.reclassify_row, book, client, addin_version)


def enregistrer_corrections(book: Workbook | None = None, client: actions.ServiceClient | None = None,
                            addin_version: str | None = None) -> None:
    _run("Enregistrer les corrections", actions.save_corrections, book, client, addin_version)


def appliquer_au_groupe(book: Workbook | None = None, client: actions.ServiceClient | None = None,
                        addin_version: str | None = None) -> None:
    _run("Appliquer au groupe", actions.apply_to_group, book, client, addin_version)


def choisir_cadre(book: Workbook | None = None, client: actions.ServiceClient | None = None,
                  addin_version: str | None = None, index: int = 0) -> None:
    """The « Cadre » drop-down (``index``: 0 ODD, 1 Annexe verte, 2 Cadre personnalisé)."""
    _run("Cadre", lambda b, c: actions.choose_framework(b, c, int(index)), book, client, addin_version)


def cadre_personnalise(book: Workbook | None = None, client: actions.ServiceClient | None = None,
                       addin_version: str | None = None) -> None:
    _run("Cadre personnalisé", actions.send_framework, book, client, addin_version)


def tableau_de_bord(book: Workbook | None = None, client: actions.ServiceClient | None = None,
                    addin_version: str | None = None) -> None:
    _run("Tableau de bord", actions.build_dashboard, book, client, addin_version)


def glossaire(book: Workbook | None = None, client: actions.ServiceClient | None = None,
              addin_version: str | None = None) -> None:
    _run("Glossaire", actions.send_glossary, book, client, addin_version)


def service(book: Workbook | None = None, client: actions.ServiceClient | None = None,
            addin_version: str | None = None) -> None:
    _run("Service", actions.service_status, book, client, addin_version)


def _run(title: str, action: Action, book: Workbook | None, client: actions.ServiceClient | None,
         addin_version: str | None = None) -> None:
    if book is None:
        from verdir.addin.xlwings_adapter import XlwingsWorkbook

        book = XlwingsWorkbook.caller()
    heading = f"Verdir – {title}"
    try:
        check_versions(addin_version)
        message = action(book, client if client is not None else Client())
    except (AddinError, ServiceError) as error:
        book.alert(str(error), heading, critical=True)
    except Exception as error:  # noqa: BLE001 - the user gets one message box, the log the details
        log = _log_unexpected(title)
        book.alert(f"Erreur inattendue : {type(error).__name__} : {error}\n\nLe détail est dans « {log} ». "
                   "Transmettez ce fichier au support Verdir.", heading, critical=True)
    else:
        if message:
            book.alert(message, heading)


def check_versions(addin_version: str | None) -> None:
    """The add-in (.xlam) and the Python package must come from the same Verdir version."""
    if addin_version is not None and addin_version != __version__:
        raise AddinError(
            f"Le complément Excel Verdir (version {addin_version}) ne correspond pas au paquet Python "
            f"installé (version {__version__}). Fermez Excel, lancez « verdir addin install » dans une "
            "invite de commandes, puis rouvrez Excel.")


def _log_unexpected(title: str) -> Path:
    from verdir.paths import state_dir

    path = state_dir() / "addin.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            stamp = datetime.now().isoformat(timespec="seconds")
            log.write(f"--- {stamp} {title}\n{traceback.format_exc()}\n")
    except OSError:
        pass
    return path
