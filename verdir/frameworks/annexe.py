"""The « Impact du budget pour la transition écologique » annex: six axes rated per line.

A transparent rule engine, no model: the M57 nature (or chapitre) decides whether the annex
rates the line at all (see :mod:`verdir.frameworks.scope`), then for each axis the first rule of
``verdir/data/annexe_verte_regles.csv`` that applies decides (see :mod:`verdir.frameworks.rules`).
An axis no rule speaks to is ``neutre`` with a low confidence. Corrections of the same line
(same label and codes, whatever the case, accents and spaces) override the rules axis by axis.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence

from verdir.columns import COL_EXPLANATION, COL_SYNTHESIS
from verdir.engine.lines import SOURCE_CORRECTION, SOURCE_EMPTY, SOURCE_RULE, BudgetLine
from verdir.engine.prepare import LinePreparer, PreparedLine
from verdir.engine.text import fold
from verdir.frameworks.base import KIND_RATINGS, AxisRating, Framework, FrameworkError, FrameworkResult
from verdir.frameworks.ratings import (
    AXES,
    AXIS_COLUMNS,
    DEFAVORABLE,
    FAVORABLE,
    NEUTRE,
    NON_COTE,
    InvalidRating,
    axis_list,
    parse_rating,
)
from verdir.frameworks.rules import Rule, first_rules, load_rules
from verdir.frameworks.scope import line_scope

NAME = "annexe-verte"
RULE_CORRECTION = "correction"
DEFAULT_REASON = "aucune règle ne s'applique : neutre par défaut, à vérifier"
CONFIDENCE = {"motif": 0.8, "code": 0.6, "defaut": 0.3, "hors champ": 0.95,
              RULE_CORRECTION: 1.0}
_AXIS_BY_COLUMN = {fold(axis.column): axis.number for axis in AXES}


def axis_number(key: object) -> int:
    """1, '1', 'Axe 1 Atténuation' or 'axe 1' -> 1."""
    if isinstance(key, int) and key in _AXIS_BY_COLUMN.values():
        return key
    text = fold(str(key)).strip()
    if text in _AXIS_BY_COLUMN:
        return _AXIS_BY_COLUMN[text]
    digits = text.removeprefix("axe").strip()[:1]
    if digits.isdigit() and int(digits) in _AXIS_BY_COLUMN.values():
        return int(digits)
    raise FrameworkError(f"« {key} » n'est pas un axe de l'annexe verte (1 à 6)")


def synthesis(ratings: Sequence[AxisRating], out_of_scope_reason: str = "") -> str:
    """'favorable (axes 1, 6)', 'défavorable (axe 1)', 'mixte (...)', 'neutre', 'non coté : ...'."""
    if out_of_scope_reason:
        return f"{NON_COTE} : {out_of_scope_reason}"
    favorable = [r.axis for r in ratings if any(p == FAVORABLE for p, _ in r.parts)]
    unfavourable = [r.axis for r in ratings if any(p == DEFAVORABLE for p, _ in r.parts)]
    if favorable and unfavourable:
        return (f"mixte (favorable : {axis_list(favorable)} ; "
                f"défavorable : {axis_list(unfavourable)})")
    if favorable:
        return f"{FAVORABLE} ({axis_list(favorable)})"
    if unfavourable:
        return f"{DEFAVORABLE} ({axis_list(unfavourable)})"
    if ratings and all(r.rating == NON_COTE for r in ratings):
        return NON_COTE
    return NEUTRE


class AnnexeVerteFramework(Framework):
    name = NAME
    title = "Annexe « Impact du budget pour la transition écologique »"
    kind = KIND_RATINGS
    columns = AXIS_COLUMNS

    def __init__(self, preparer: LinePreparer, rules: tuple[Rule, ...] | None = None) -> None:
        self.preparer = preparer
        self.rules = load_rules() if rules is None else rules
        self.corrections: dict[str, dict[int, tuple[tuple[str, int], ...]]] = {}
        self._lock = threading.RLock()

    @property
    def output_columns(self) -> tuple[str, ...]:
        return (*AXIS_COLUMNS, COL_SYNTHESIS, COL_EXPLANATION)

    def row(self, result: FrameworkResult) -> dict[str, object]:
        return {**result.values, COL_SYNTHESIS: result.synthesis,
                COL_EXPLANATION: result.explanation}

    # ------------------------------------------------------------ classification
    def classify(self, lines: Sequence[BudgetLine]) -> list[FrameworkResult]:
        with self._lock:
            corrections = dict(self.corrections)
        return [self._classify_one(self.preparer.prepare(line), corrections) for line in lines]

    def _classify_one(self, item: PreparedLine,
                      corrections: Mapping[str, dict[int, tuple[tuple[str, int], ...]]]
                      ) -> FrameworkResult:
        line = item.line
        corrected = corrections.get(item.key, {})
        scope = line_scope(line)
        if item.empty and not corrected and scope.entry is None:
            return self._result([AxisRating(a.number, ((NON_COTE, 100),), "libellé vide")
                                 for a in AXES], "libellé vide", SOURCE_EMPTY, 0.0,
                                "libellé vide")
        if not scope.in_scope and not corrected:
            ratings = [AxisRating(a.number, ((NON_COTE, 100),), scope.reason) for a in AXES]
            return self._result(ratings, scope.reason, SOURCE_RULE, CONFIDENCE["hors champ"],
                                scope.reason)
        text = f"{fold(item.label_text)} {fold(line.libelle or '')}"
        decided = first_rules(self.rules, text, line.fonction, line.nature)
        ratings, confidences, reasons = [], [], []
        for axis in AXES:
            if axis.number in corrected:
                rating = AxisRating(axis.number, corrected[axis.number],
                                    "correction enregistrée pour cette même ligne", RULE_CORRECTION)
                confidence = CONFIDENCE[RULE_CORRECTION]
            elif axis.number in decided:
                rule = decided[axis.number]
                rating = AxisRating(axis.number, rule.parts, rule.reason, rule.id)
                confidence = CONFIDENCE["code" if rule.by_code_only else "motif"]
            else:
                rating = AxisRating(axis.number, ((NEUTRE, 100),), DEFAULT_REASON)
                confidence = CONFIDENCE["defaut"]
            ratings.append(rating)
            confidences.append(confidence)
        explained: dict[str, list[int]] = {}
        for rating in ratings:
            if rating.reason != DEFAULT_REASON:
                label = rating.reason if not rating.rule or rating.rule == RULE_CORRECTION \
                    else f"{rating.reason} [{rating.rule}]"
                explained.setdefault(label, []).append(rating.axis)
        reasons = [f"{axis_list(axes)} : {label}" for label, axes in explained.items()]
        defaults = [r.axis for r in ratings if r.reason == DEFAULT_REASON]
        if defaults:
            reasons.append(f"{axis_list(defaults)} : {DEFAULT_REASON}")
        if scope.entry is None:
            reasons.append(scope.reason)
        source = SOURCE_CORRECTION if corrected else SOURCE_RULE
        confidence = round(sum(confidences) / len(confidences), 3)
        return self._result(ratings, " ; ".join(reasons), source, confidence)

    @staticmethod
    def _result(ratings: list[AxisRating], explanation: str, source: str, confidence: float,
                out_of_scope: str = "") -> FrameworkResult:
        summary = synthesis(ratings, out_of_scope)
        values: dict[str, int | str | None] = {
            axis.column: rating.text for axis, rating in zip(AXES, ratings, strict=True)}
        main = NON_COTE if summary.startswith(NON_COTE) else summary.split(" ")[0]
        return FrameworkResult(values, main, confidence, explanation, source, tuple(ratings),
                               summary)

    # -------------------------------------------------------------- corrections
    def add_corrections(self, items: Iterable[tuple[BudgetLine, Mapping[object, object]]]) -> int:
        """Override ratings of exact lines: ``{"Axe 1 Atténuation": "favorable", 6: "neutre"}``.

        Axes left out keep the rules' rating. Blank values are ignored.
        """
        parsed: list[tuple[str, dict[int, tuple[tuple[str, int], ...]]]] = []
        for line, values in items:
            ratings: dict[int, tuple[tuple[str, int], ...]] = {}
            for key, value in values.items():
                if value is None or not str(value).strip():
                    continue
                axis = axis_number(key)
                try:
                    ratings[axis] = parse_rating(value)
                except InvalidRating as error:
                    raise FrameworkError(f"« {line.libelle} », axe {axis} : {error}") from error
            if ratings:
                parsed.append((self.preparer.prepare(line).key, ratings))
        with self._lock:
            for key, ratings in parsed:
                self.corrections.setdefault(key, {}).update(ratings)
        return len(parsed)

    def remove_correction(self, line: BudgetLine) -> bool:
        with self._lock:
            return self.corrections.pop(self.preparer.prepare(line).key, None) is not None
