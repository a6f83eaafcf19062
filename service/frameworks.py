"""The service's frameworks (:mod:`verdir.frameworks`): built once per process, kept with what was taught.

``odd`` is answered by the engine as it always was (rules, result cache); this registry holds the
other frameworks: ``annexe-verte`` (a cheap rule engine) and the custom frameworks stored in the
database, each built on first use (a custom framework embeds its axes once) with its stored
corrections applied. :func:`canonical_values` is the one place a corrected line's cells are
checked and normalised before they are stored.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping, Sequence

from verdir.frameworks import BUILTIN, KIND_RATINGS, Framework, FrameworkError, builtin_name
from verdir.frameworks.definition import AxisDefinition, definition_from_axes

log = logging.getLogger("verdir.service")

ODD = "odd"
ANNEX = "annexe-verte"
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,59}")
MAX_CUSTOM_FRAMEWORKS = 50
Axes = Sequence[tuple[str, str, Sequence[str]]]


class UnknownFramework(FrameworkError):
    """A framework name the service does not know (message in French)."""


def custom_name(text: str) -> str:
    """The stored form of a custom framework's name, or a French :class:`FrameworkError`."""
    name = text.strip().lower()
    if builtin_name(name) is not None:
        raise FrameworkError(f"« {text} » est un cadre intégré : choisissez un autre nom")
    if not NAME_PATTERN.fullmatch(name):
        raise FrameworkError(f"nom de cadre « {text[:60]} » invalide (lettres minuscules, chiffres, « - » "
                             "ou « _ », au plus 60 caractères, sans espace ni accent)")
    return name


def canonical_values(framework: Framework, values: Mapping[str, object]) -> dict[str, object]:
    """A corrected line's cells, checked by ``framework`` and keyed by its value columns.

    Annex: ratings (``favorable``, ``favorable 60 % / neutre 40 %``), blank axes left out. Custom:
    whole percentages over the axes, summing to 100. Raises a French :class:`FrameworkError`.
    """
    if framework.kind == KIND_RATINGS:
        from verdir.frameworks.annexe import axis_number
        from verdir.frameworks.ratings import AXES, InvalidRating, format_rating, parse_rating

        ratings: dict[str, object] = {}
        for key, value in values.items():
            if value is None or not str(value).strip():
                continue
            axis = AXES[axis_number(key) - 1]
            try:
                ratings[axis.column] = format_rating(parse_rating(value))
            except InvalidRating as error:
                raise FrameworkError(f"« {axis.column} » : {error}") from error
        if not ratings:
            raise FrameworkError("aucune cotation corrigée (par exemple {\"Axe 1 Atténuation\": "
                                 "\"favorable\"})")
        return {column: ratings[column] for column in framework.columns if column in ratings}
    shares = framework.parse_shares(values)  # type: ignore[attr-defined]
    return {framework.columns[index]: share for index, share in shares.items()}


def axes_tuples(axes: Sequence[AxisDefinition]) -> list[tuple[str, str, list[str]]]:
    return [(axis.name, axis.description, list(axis.examples)) for axis in axes]


class FrameworkRegistry:
    """Framework objects by name, built on first use from the store."""

    def __init__(self, engine, store) -> None:  # noqa: ANN001 - Engine, Store
        self.engine = engine
        self.store = store
        self._objects: dict[str, Framework] = {}
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ names
    def names(self) -> list[str]:
        return [*BUILTIN, *(stored.name for stored in self.store.frameworks())]

    def resolve(self, value: object) -> str:
        """'odd', 'annexe-verte' (or an alias) or a stored custom name; else UnknownFramework."""
        if not isinstance(value, str) or not value.strip():
            raise UnknownFramework("nom de cadre attendu (texte)")
        builtin = builtin_name(value)
        if builtin is not None:
            return builtin
        name = value.strip().lower()
        if self.store.framework(name) is not None:
            return name
        raise UnknownFramework(f"cadre inconnu « {value[:60]} » (cadres connus : "
                               f"{', '.join(self.names())})")

    # ---------------------------------------------------------------- objects
    def get(self, name: str) -> Framework:
        """The framework object of a resolved, non-ODD name (built once, with its corrections)."""
        with self._lock:
            framework = self._objects.get(name)
            if framework is None:
                framework = self._build_stored(name)
                self._objects[name] = framework
            return framework

    def build_custom(self, name: str, axes: Axes) -> Framework:
        from verdir.frameworks.custom import CustomFramework

        return CustomFramework(name, definition_from_axes(axes, name), self.engine)

    def install(self, name: str, framework: Framework) -> None:
        with self._lock:
            self._objects[name] = framework

    def forget(self, name: str) -> None:
        with self._lock:
            self._objects.pop(name, None)

    def load_all(self) -> None:
        """Build every framework that has stored corrections (start-up), logging failures."""
        names = {stored.framework for stored in self.store.framework_corrections()}
        for name in sorted(names):
            try:
                self.get(name)
            except Exception:  # noqa: BLE001 - one bad framework must not stop the service
                log.exception("Could not rebuild framework %r from the store", name)

    def _build_stored(self, name: str) -> Framework:
        if name == ANNEX:
            from verdir.frameworks.annexe import AnnexeVerteFramework

            framework: Framework = AnnexeVerteFramework(self.engine.preparer)
        else:
            stored = self.store.framework(name)
            if stored is None:
                raise UnknownFramework(f"cadre inconnu « {name} »")
            framework = self.build_custom(name, stored.axes)
        self.apply_stored(framework)
        return framework

    def apply_stored(self, framework: Framework) -> int:
        """Teach ``framework`` its stored corrections; those it refuses are logged and skipped."""
        stored = self.store.framework_corrections(framework.name)
        items = [(c.line, c.values) for c in stored]
        if not items:
            return 0
        try:
            return framework.add_corrections(items)
        except FrameworkError:
            taught = 0
            for correction in stored:
                try:
                    taught += framework.add_corrections([(correction.line, correction.values)])
                except FrameworkError as error:
                    log.warning("Stored correction %d of %r skipped: %s", correction.id,
                                framework.name, error)
            return taught

    def describe(self, name: str) -> dict[str, object]:
        """What GET /frameworks says of one framework (custom ones are not embedded for this)."""
        if name == ODD:
            from verdir.columns import ODD_COLUMNS, OUTPUT_COLUMNS
            from verdir.frameworks.odd import OddFramework

            return {"nom": ODD, "titre": OddFramework.title, "type": OddFramework.kind,
                    "personnalise": False, "colonnes": list(OUTPUT_COLUMNS),
                    "colonnes_valeurs": list(ODD_COLUMNS)}
        if name == ANNEX:
            from verdir.columns import ANNEX_OUTPUT_COLUMNS
            from verdir.frameworks.annexe import AnnexeVerteFramework

            return {"nom": ANNEX, "titre": AnnexeVerteFramework.title, "type": AnnexeVerteFramework.kind,
                    "personnalise": False, "colonnes": list(ANNEX_OUTPUT_COLUMNS),
                    "colonnes_valeurs": list(AnnexeVerteFramework.columns)}
        from verdir.frameworks.custom import COL_CONFIDENCE, COL_EXPLANATION, COL_MAIN, CustomFramework

        stored = self.store.framework(name)
        if stored is None:
            raise UnknownFramework(f"cadre inconnu « {name} »")
        columns = [axis for axis, _, _ in stored.axes]
        return {"nom": name, "titre": f"Cadre « {name} »", "type": CustomFramework.kind,
                "personnalise": True, "colonnes": [*columns, COL_MAIN, COL_CONFIDENCE, COL_EXPLANATION],
                "colonnes_valeurs": columns,
                "axes": [{"nom": n, "description": d, "exemples": list(e)} for n, d, e in stored.axes],
                "created_at": stored.created_at, "updated_at": stored.updated_at}
