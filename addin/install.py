"""``verdir addin install``: put the add-in where Excel opens it, pointing at this environment's Python.

What it does, per user (no administrator rights needed):
- builds the add-in from this installed package, so that add-in and package versions match;
- copies it into Excel's per-user startup folder (XLSTART), a trusted location by default, so
  Excel opens it at every start and its macros are not blocked;
- writes xlwings' per-user settings file for the add-in (``verdir.conf``) with the interpreter of
  this environment (pythonw.exe on Windows: no console window), so RunPython finds Verdir;
- on the Mac, also installs xlwings' AppleScript that RunPython needs.

The paths are computed by :func:`plan` from a home folder and a platform, so that the logic is
tested on Linux with a fake home.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from verdir.addin.build import CONFIG_NAME, build, xlwings_dir

ADDIN_FILE = "verdir.xlam"
WINDOWS, MAC = "windows", "mac"
MAC_STARTUP = ("Library", "Group Containers", "UBF8T346G9.Office", "User Content.localized",
               "Startup.localized", "Excel")
MAC_EXCEL_DATA = ("Library", "Containers", "com.microsoft.Excel", "Data")
MAC_SCRIPTS = ("Library", "Application Scripts", "com.microsoft.Excel")


class InstallError(RuntimeError):
    """French message for the user."""


def current_platform() -> str | None:
    if sys.platform.startswith("win"):
        return WINDOWS
    if sys.platform == "darwin":
        return MAC
    return None


@dataclass(frozen=True)
class InstallPlan:
    platform: str
    addin_target: Path  # the .xlam in Excel's startup folder
    config_file: Path  # xlwings' per-user settings file of the add-in
    config: dict[str, str]  # settings written there
    applescript: Path | None  # Mac only: where RunPython's AppleScript goes


def windows_interpreter(executable: str) -> str:
    """pythonw.exe beside python.exe (no console window when a button is pressed)."""
    path = PureWindowsPath(executable)
    if path.name.lower() == "python.exe":
        return str(path.with_name("pythonw.exe"))
    return str(path)


def plan(platform: str, home: Path, executable: str, environ: Mapping[str, str] | None = None) -> InstallPlan:
    """Where everything goes for ``platform`` and the user whose home folder is ``home``."""
    environ = os.environ if environ is None else environ
    if platform == WINDOWS:
        appdata = Path(environ.get("APPDATA") or home / "AppData" / "Roaming")
        profile = Path(environ.get("USERPROFILE") or home)
        config = {"INTERPRETER_WIN": windows_interpreter(executable), "ADD_WORKBOOK_TO_PYTHONPATH": "False"}
        return InstallPlan(WINDOWS, appdata / "Microsoft" / "Excel" / "XLSTART" / ADDIN_FILE,
                           profile / f".{CONFIG_NAME}" / f"{CONFIG_NAME}.conf", config, None)
    if platform == MAC:
        config = {"INTERPRETER_MAC": str(PurePosixPath(executable)), "ADD_WORKBOOK_TO_PYTHONPATH": "False"}
        return InstallPlan(MAC, home.joinpath(*MAC_STARTUP) / ADDIN_FILE,
                           home.joinpath(*MAC_EXCEL_DATA) / f"{CONFIG_NAME}.conf", config,
                           home.joinpath(*MAC_SCRIPTS) / applescript_source().name)
    raise InstallError(f"Plateforme inconnue : {platform} (windows ou mac).")


def applescript_source() -> Path:
    found = sorted(xlwings_dir().glob("xlwings-*.applescript"))
    if not found:
        raise InstallError("Script AppleScript de xlwings introuvable dans le paquet xlwings installé.")
    return found[-1]


def config_text(config: Mapping[str, str]) -> str:
    """The settings file as VBA's ``Write #`` writes it (xlwings reads it with ``Input #``)."""
    for key, value in config.items():
        if '"' in key or '"' in value:
            raise InstallError(f"Guillemet interdit dans le réglage {key} : {value}")
    return "".join(f'"{key}","{value}"\r\n' for key, value in config.items())


def write_config(path: Path, config: Mapping[str, str], platform: str) -> None:
    """Merge ``config`` into the settings file, keeping the user's other settings."""
    existing: dict[str, str] = {}
    encoding = "cp1252" if platform == WINDOWS else "utf-8"  # VBA reads the ANSI code page on Windows
    if path.is_file():
        for line in path.read_text(encoding=encoding, errors="replace").splitlines():
            parts = [part.strip().strip('"') for part in line.split('","', 1)]
            if len(parts) == 2 and parts[0]:
                existing[parts[0]] = parts[1]
    merged = {k: v for k, v in existing.items() if k.upper() not in {c.upper() for c in config}}
    merged.update(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        data = config_text(merged).encode(encoding)
    except UnicodeEncodeError as error:
        raise InstallError(f"Le chemin de Python contient des caractères que Excel ne lira pas : {config}. "
                           "Installez Verdir dans un dossier au nom sans accents.") from error
    path.write_bytes(data)


def unblock(path: Path) -> None:
    """Remove the Mark of the Web (Zone.Identifier stream) that would make Excel block the macros."""
    if os.name == "nt":
        with contextlib.suppress(OSError):
            os.remove(f"{path}:Zone.Identifier")


def install(platform: str | None = None, home: Path | None = None, executable: str | None = None,
            environ: Mapping[str, str] | None = None) -> InstallPlan:
    platform = platform or current_platform()
    if platform is None:
        raise InstallError("Le complément Verdir s'installe sous Windows ou macOS, là où Excel tourne. "
                           "Pour préparer les fichiers d'un autre poste, précisez --platform windows|mac.")
    target = plan(platform, home or Path.home(), executable or sys.executable, environ)
    target.addin_target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        built = build(Path(tmp) / "verdir.xlam")
        try:
            shutil.copyfile(built, target.addin_target)
        except PermissionError as error:
            raise InstallError(f"Impossible de remplacer « {target.addin_target} » : fermez Excel puis "
                               "relancez « verdir addin install ».") from error
    unblock(target.addin_target)
    write_config(target.config_file, target.config, platform)
    if target.applescript is not None:
        target.applescript.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(applescript_source(), target.applescript)
    return target


def instructions(done: InstallPlan) -> str:
    """What the user reads after installing (French)."""
    interpreter = next(iter(done.config.values()))
    lines = [
        f"Complément Verdir installé : {done.addin_target}",
        f"Réglages xlwings (interpréteur Python) : {done.config_file}",
        f"  Python utilisé par les boutons : {interpreter}",
    ]
    if done.applescript is not None:
        lines.append(f"Script RunPython pour Excel Mac : {done.applescript}")
    lines += [
        "",
        "Étapes suivantes :",
        "  1. Fermez puis rouvrez Excel : l'onglet « Verdir » apparaît dans le ruban.",
        "  2. Cliquez sur Verdir > Service pour démarrer le service local et vérifier qu'il répond.",
        "",
        "Si Excel bloque les macros (bandeau rouge « Microsoft a bloqué l'exécution des macros car la "
        "source de ce fichier n'est pas approuvée ») :",
        "  - le fichier est marqué comme venant d'Internet (Mark of the Web) : clic droit sur le fichier "
        "verdir.xlam > Propriétés > cochez « Débloquer » > OK ;",
        "  - ou ajoutez son dossier aux emplacements approuvés : Fichier > Options > Centre de gestion de "
        "la confidentialité > Paramètres du Centre de gestion de la confidentialité > Emplacements "
        f"approuvés > Ajouter un nouvel emplacement : {done.addin_target.parent}",
        "  - si votre service informatique interdit les macros par stratégie de groupe, demandez-lui "
        "d'approuver ce dossier.",
    ]
    if done.platform == MAC:
        lines += [
            "Sur Mac, au premier clic, macOS demande d'autoriser Excel à contrôler d'autres applications "
            "(Réglages Système > Confidentialité et sécurité > Automatisation) : acceptez.",
        ]
    lines.append("Après une mise à jour du paquet verdir, relancez « verdir addin install ».")
    return "\n".join(lines)
