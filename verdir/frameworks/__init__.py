"""Frameworks: the ways Verdir reads a budget line.

- ``odd`` (default): the 17 ODD, percentages (:mod:`verdir.frameworks.odd`);
- ``annexe-verte``: the legal green-budget annex, six axes rated per line
  (:mod:`verdir.frameworks.annexe`);
- a custom framework from a .csv/.xlsx of axes, percentages (:mod:`verdir.frameworks.custom`).

Typical use (the service and the add-in call the same)::

    framework = load_framework("annexe-verte", engine)
    results = framework.classify(lines)        # list[FrameworkResult]
    framework.add_corrections([(line, {"Axe 1 Atténuation": "favorable"})])
"""

from __future__ import annotations

from pathlib import Path

from verdir.frameworks.base import (
    KIND_PERCENTAGES,
    KIND_RATINGS,
    AxisRating,
    Framework,
    FrameworkError,
    FrameworkResult,
)

DEFAULT = "odd"
BUILTIN = ("odd", "annexe-verte")
_ALIASES = {"odd": "odd", "annexe-verte": "annexe-verte", "annexe_verte": "annexe-verte",
            "annexe": "annexe-verte", "budget-vert": "annexe-verte"}
DEFINITION_SUFFIXES = (".csv", ".xlsx", ".xlsm")


def builtin_name(name_or_path: str | Path) -> str | None:
    """'odd', 'annexe-verte' (or an alias), else None for a custom framework file."""
    return _ALIASES.get(str(name_or_path).strip().lower())


def needs_model(name_or_path: str | Path) -> bool:
    """False for the annex: a rule engine that only needs the label preparer, not the model."""
    return builtin_name(name_or_path) != "annexe-verte"


def load_framework(name_or_path: str | Path, engine=None) -> Framework:  # noqa: ANN001 - Engine
    """The framework called ``name_or_path``: a built-in name or a custom definition file.

    ``engine`` (a loaded :class:`verdir.engine.engine.Engine`) may be None when
    :func:`needs_model` is False.
    """
    builtin = builtin_name(name_or_path)
    if engine is None and needs_model(name_or_path):
        raise ValueError(f"the framework {name_or_path!r} needs a loaded engine")
    if builtin == "odd":
        from verdir.frameworks.odd import OddFramework

        return OddFramework(engine)
    if builtin == "annexe-verte":
        from verdir.frameworks.annexe import AnnexeVerteFramework

        if engine is not None:
            return AnnexeVerteFramework(engine.preparer)
        from verdir.engine.engine import load_preparer

        return AnnexeVerteFramework(load_preparer())
    path = Path(name_or_path)
    if path.suffix.lower() not in DEFINITION_SUFFIXES:
        raise FrameworkError(
            f"Cadre inconnu : « {name_or_path} ». Choisissez {', '.join(BUILTIN)} ou donnez un "
            "fichier .csv ou .xlsx d'axes (colonnes axe, description, exemples).")
    from verdir.frameworks.custom import CustomFramework

    return CustomFramework.from_file(path, engine)


__all__ = [
    "BUILTIN", "DEFAULT", "KIND_PERCENTAGES", "KIND_RATINGS", "AxisRating", "Framework",
    "FrameworkError", "FrameworkResult", "builtin_name", "load_framework", "needs_model",
]
