"""Reading request bodies: strict JSON, budget rows, ODD distributions, rules, glossary.

Every refusal is an :class:`ApiError` with a French message that names the row (``ligne``,
counting from 1 in the request's list) and the field (``champ``). Everything is checked before
anything is stored, so a rejected request changes nothing.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from flask import current_app, request

from verdir.engine.lines import BudgetLine
from verdir.engine.rules import InvalidRule, Rule
from verdir.engine.shares import InvalidShares, validate_shares
from verdir.engine.text import fold
from verdir.service.errors import ApiError, bad_request

LINE_FIELDS = ("libelle", "chapitre", "nature", "fonction", "service", "mission")
CODE_FIELDS = ("chapitre", "nature", "fonction")
ROW_FIELDS = (*LINE_FIELDS, "montant")
MAX_CODE_LENGTH = 100
MAX_CONTEXT_LENGTH = 1000
MAX_ABBREVIATION_LENGTH = 40
MAX_MEANING_LENGTH = 300
MAX_GLOSSARY_ENTRIES = 10_000
_GOAL_KEY = re.compile(r"(?:[1-9]|1[0-7])")
_FRENCH_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Where:
    """Where a value sits in the request, for messages: ``ligne 3, champ « odd »``."""

    row: int | None = None
    field: str | None = None

    def detail(self) -> dict[str, object]:
        found: dict[str, object] = {}
        if self.row is not None:
            found["ligne"] = self.row
        if self.field is not None:
            found["champ"] = self.field
        return found

    def prefix(self) -> str:
        parts = []
        if self.row is not None:
            parts.append(f"ligne {self.row}")
        if self.field is not None:
            parts.append(f"champ « {self.field} »")
        return (", ".join(parts) + " : ") if parts else ""

    def error(self, message: str, status: int = 400) -> ApiError:
        return ApiError(status, self.prefix() + message, self.detail() or None)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


def json_body() -> object:
    """The request body parsed as strict JSON (no NaN/Infinity), or a 400."""
    data = request.get_data(cache=False)
    if not data.strip():
        raise bad_request("corps de requête vide : un objet JSON est attendu")
    try:
        return json.loads(data, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise bad_request("JSON invalide", {"explication": str(error)[:200]}) from error


def json_object(value: object = None, what: str = "le corps de la requête") -> dict:
    body = json_body() if value is None else value
    if not isinstance(body, dict):
        raise bad_request(f"{what} doit être un objet JSON ({{...}})")
    return body


def check_keys(item: Mapping, allowed: Iterable[str], where: Where, ignored: Iterable[str] = ()) -> None:
    allowed = tuple(allowed)
    unknown = [key for key in item if key not in allowed and key not in ignored]
    if unknown:
        raise Where(where.row, str(unknown[0])[:50]).error(
            f"champ inconnu (champs acceptés : {', '.join(allowed)})")


def row_list(body: Mapping, key: str, limit: int, required: bool = True) -> list:
    rows = body.get(key)
    if rows is None and not required:
        return []
    if not isinstance(rows, list):
        raise Where(field=key).error("une liste JSON ([...]) est attendue")
    if len(rows) > limit:
        raise ApiError(413, f"trop de lignes dans « {key} » : {len(rows)} (au plus {limit} par requête)",
                       {"champ": key, "limite": limit, "recu": len(rows)})
    return rows


def text_value(value: object, where: Where, max_length: int) -> str:
    """A cell as text: strings as they are, numbers as Excel shows them (212.0 -> '212')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise where.error("texte ou nombre attendu, pas un booléen")
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise where.error("nombre invalide")
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    elif isinstance(value, str):
        text = value
    else:
        raise where.error("texte ou nombre attendu")
    if len(text) > max_length:
        raise where.error(f"texte trop long ({len(text)} caractères, au plus {max_length})", status=413)
    return text


def amount_value(value: object, where: Where) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise where.error("montant attendu (nombre), pas un booléen")
    if isinstance(value, int | float):
        if not -1e18 < value < 1e18:
            raise where.error("montant hors limites")
        amount = float(value)
    elif isinstance(value, str) and _FRENCH_NUMBER.fullmatch(value.replace(" ", "").replace("\u00a0", "")):
        amount = float(value.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    else:
        raise where.error("montant attendu (nombre)")
    if not math.isfinite(amount):
        raise where.error("montant invalide")
    return amount


def budget_line(row: object, index: int, extra: Iterable[str] = (),
                ignored: Iterable[str] = ()) -> BudgetLine:
    """One row of a request as a :class:`BudgetLine` (``index`` counts from 0)."""
    where = Where(index + 1)
    if not isinstance(row, dict):
        raise where.error("chaque ligne doit être un objet JSON ({\"libelle\": ...})")
    check_keys(row, (*ROW_FIELDS, *extra), where, ignored)
    label_limit = current_app.config["MAX_LABEL_LENGTH"]
    values = {}
    for name in LINE_FIELDS:
        limit = label_limit if name == "libelle" else (
            MAX_CODE_LENGTH if name in CODE_FIELDS else MAX_CONTEXT_LENGTH)
        values[name] = text_value(row.get(name), Where(index + 1, name), limit)
    montant = amount_value(row.get("montant"), Where(index + 1, "montant"))
    return BudgetLine(montant=montant, **values)


def shares_value(value: object, where: Where) -> dict[int, int]:
    """An ODD distribution: {"4": 85, "11": 15}, goals 1-17, whole percentages summing to 100."""
    if not isinstance(value, dict):
        raise where.error('répartition par ODD attendue, par exemple {"4": 85, "11": 15}')
    for goal, share in value.items():
        if not _GOAL_KEY.fullmatch(goal):
            raise where.error(f"« {str(goal)[:20]} » n'est pas un ODD (1 à 17)")
        if isinstance(share, bool) or not isinstance(share, int | float) or not -1e9 < share < 1e9:
            raise where.error(f"ODD {goal} : un pourcentage (nombre entier) est attendu")
    try:
        return validate_shares(value)
    except InvalidShares as error:
        raise where.error(str(error)) from error


def correction_rows(body: Mapping, key: str, limit: int,
                    ignored: Iterable[str] = ()) -> list[tuple[BudgetLine, dict[int, int]]]:
    items = []
    for index, row in enumerate(row_list(body, key, limit)):
        line = budget_line(row, index, extra=("odd",), ignored=ignored)
        if "odd" not in row:
            raise Where(index + 1, "odd").error("répartition corrigée manquante")
        if not any(ch.isalpha() for ch in line.libelle):
            raise Where(index + 1, "libelle").error(
                "une correction porte sur une ligne dont le libellé contient du texte")
        items.append((line, shares_value(row["odd"], Where(index + 1, "odd"))))
    return items


RULE_FIELDS = ("colonne", "valeur", "correspondance", "odd")


def rule_value(item: object, where: Where = Where(), ignored: Iterable[str] = ()) -> Rule:
    if not isinstance(item, dict):
        raise where.error('règle attendue : {"colonne": "fonction", "valeur": "21", "odd": {"4": 100}}')
    check_keys(item, RULE_FIELDS, where, ignored)
    for name in ("colonne", "valeur", "odd"):
        if name not in item:
            raise Where(where.row, name).error("champ obligatoire manquant")
    column, mode = item["colonne"], item.get("correspondance")
    if not isinstance(column, str):
        raise Where(where.row, "colonne").error("texte attendu")
    if mode is not None and not isinstance(mode, str):
        raise Where(where.row, "correspondance").error("texte attendu")
    value = text_value(item["valeur"], Where(where.row, "valeur"), MAX_CONTEXT_LENGTH)
    shares = shares_value(item["odd"], Where(where.row, "odd"))
    try:
        return Rule.create(column, value, shares, mode)
    except InvalidRule as error:
        raise where.error(str(error)) from error


def glossary_value(value: object, where: Where = Where(field="glossary")) -> dict[str, str]:
    if not isinstance(value, dict):
        raise where.error('dictionnaire attendu : {"DAI": "direction des affaires immobilières"}')
    if len(value) > MAX_GLOSSARY_ENTRIES:
        raise ApiError(413, f"glossaire trop long ({len(value)} sigles, au plus {MAX_GLOSSARY_ENTRIES})")
    entries: dict[str, str] = {}
    seen: dict[str, str] = {}
    for abbreviation, meaning in value.items():
        name = abbreviation.strip()
        label = str(abbreviation)[:MAX_ABBREVIATION_LENGTH]
        if not name or len(name) > MAX_ABBREVIATION_LENGTH or any(ch.isspace() for ch in name):
            raise where.error(f"sigle « {label} » invalide (un seul mot, au plus "
                              f"{MAX_ABBREVIATION_LENGTH} caractères)")
        if not isinstance(meaning, str) or not meaning.strip() or len(meaning) > MAX_MEANING_LENGTH:
            raise where.error(f"sigle « {label} » : la signification doit être un texte non vide "
                              f"d'au plus {MAX_MEANING_LENGTH} caractères")
        folded = fold(name)
        if folded in seen:
            raise where.error(f"sigle « {label} » en double (avec « {seen[folded]} »)")
        seen[folded] = name
        entries[name] = meaning.strip()
    return entries


# ------------------------------------------------------------------------------ frameworks
AXIS_FIELDS = ("nom", "description", "exemples")
MAX_AXES = 100
MAX_EXAMPLES = 5_000  # over every axis of a framework
MAX_DESCRIPTION_LENGTH = 2_000


def framework_axes(body: Mapping, name: str) -> list[tuple[str, str, list[str]]]:
    """The ``axes`` of PUT /frameworks/<name>, checked by :mod:`verdir.frameworks.definition`."""
    from verdir.frameworks import FrameworkError
    from verdir.frameworks.definition import definition_from_axes
    from verdir.service.frameworks import axes_tuples

    axes = body.get("axes")
    if not isinstance(axes, list) or not axes:
        raise Where(field="axes").error('liste d\'axes attendue : [{"nom": "Mobilité", "description": '
                                        '"…", "exemples": ["…"]}, …]')
    if len(axes) > MAX_AXES:
        raise ApiError(413, f"trop d'axes : {len(axes)} (au plus {MAX_AXES})",
                       {"champ": "axes", "limite": MAX_AXES})
    label_limit = current_app.config["MAX_LABEL_LENGTH"]
    items: list[tuple[str, str, list[str]]] = []
    n_examples = 0
    for index, axis in enumerate(axes):
        where = Where(index + 1)
        if not isinstance(axis, dict):
            raise where.error('chaque axe doit être un objet JSON ({"nom": ..., "description": ...})')
        check_keys(axis, AXIS_FIELDS, where)
        if not isinstance(axis.get("nom"), str):
            raise Where(index + 1, "nom").error("nom d'axe attendu (texte)")
        description = axis.get("description") or ""
        if not isinstance(description, str):
            raise Where(index + 1, "description").error("texte attendu")
        if len(description) > MAX_DESCRIPTION_LENGTH:
            raise Where(index + 1, "description").error(
                f"texte trop long ({len(description)} caractères, au plus {MAX_DESCRIPTION_LENGTH})", 413)
        examples = axis.get("exemples") or []
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise Where(index + 1, "exemples").error("liste de libellés attendue ([\"…\", \"…\"])")
        for example in examples:
            if len(example) > label_limit:
                raise Where(index + 1, "exemples").error(
                    f"exemple trop long ({len(example)} caractères, au plus {label_limit})", 413)
        n_examples += len(examples)
        if n_examples > MAX_EXAMPLES:
            raise ApiError(413, f"trop d'exemples (au plus {MAX_EXAMPLES} pour tout le cadre)",
                           {"champ": "axes", "limite": MAX_EXAMPLES})
        items.append((axis["nom"], description, examples))
    try:
        return axes_tuples(definition_from_axes(items, name))
    except FrameworkError as error:
        raise Where(field="axes").error(str(error)) from error


def framework_correction_rows(body: Mapping, key: str, limit: int, framework,  # noqa: ANN001 - Framework
                              ignored: Iterable[str] = ()) -> list[tuple[BudgetLine, dict[str, object]]]:
    """Corrected lines of a non-ODD framework: the row plus ``valeurs`` ({column: cell})."""
    from verdir.frameworks import FrameworkError
    from verdir.service.frameworks import canonical_values

    items = []
    for index, row in enumerate(row_list(body, key, limit)):
        line = budget_line(row, index, extra=("valeurs",), ignored=ignored)
        where = Where(index + 1, "valeurs")
        values = row.get("valeurs")
        if not isinstance(values, dict):
            raise where.error('cellules corrigées attendues, par exemple {"Axe 1 Atténuation": '
                              '"favorable"}')
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, str | int | float | type(None)):
                raise where.error(f"« {str(name)[:60]} » : texte ou nombre attendu")
            if isinstance(value, str) and len(value) > MAX_CONTEXT_LENGTH:
                raise where.error(f"« {str(name)[:60]} » : texte trop long", status=413)
        if not any(ch.isalpha() for ch in line.libelle):
            raise Where(index + 1, "libelle").error(
                "une correction porte sur une ligne dont le libellé contient du texte")
        try:
            items.append((line, canonical_values(framework, values)))
        except FrameworkError as error:
            raise where.error(str(error)) from error
    return items
