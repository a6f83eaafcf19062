"""A framework of the authority's own axes, classified as percentages like the ODD.

Zero-shot at first, on the engine's encoder: each axis is its description and its example lines;
a line's score for an axis is its best cosine to them, turned into weights by a softmax with a
temperature and rounded to percentages (steps of 5, at most 3 axes). Corrections then count
three ways: the same line gets its correction back, corrected lines become examples of their
main axis, and close lines are pulled towards them (the engine's correction memory).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from verdir.columns import fold_header
from verdir.engine.engine import CorrectionMemory
from verdir.engine.lines import SOURCE_CORRECTION, SOURCE_EMPTY, SOURCE_MODEL, BudgetLine
from verdir.engine.prepare import PreparedLine
from verdir.engine.shares import round_percentages
from verdir.frameworks.base import KIND_PERCENTAGES, Framework, FrameworkError, FrameworkResult
from verdir.frameworks.definition import AxisDefinition, read_definition

TEMPERATURE = 0.015
COL_MAIN = "Axe principal"
COL_CONFIDENCE = "Confiance"
COL_EXPLANATION = "Explication"


@dataclass
class _Prototype:
    axis: int
    text: str  # what the explanation quotes
    kind: str  # "description", "exemple" or "correction"


class CustomFramework(Framework):
    kind = KIND_PERCENTAGES

    def __init__(self, name: str, axes: Sequence[AxisDefinition], engine) -> None:  # noqa: ANN001 - Engine
        if len(axes) < 2:
            raise FrameworkError("Un cadre personnalisé demande au moins 2 axes.")
        self.name = name
        self.title = f"Cadre « {name} »"
        self.axes = list(axes)
        self.columns = tuple(axis.name for axis in self.axes)
        self.engine = engine
        self._keys = {fold_header(a.name): i for i, a in enumerate(self.axes)}
        self._lock = threading.RLock()
        self.corrections: dict[str, tuple[BudgetLine, dict[int, int]]] = {}  # key -> (line, shares)
        self._base_prototypes, self._base_vectors = self._build_prototypes()
        self._extra_prototypes: list[_Prototype] = []
        self._extra_vectors = np.zeros((0, self._base_vectors.shape[1]), dtype=np.float32)
        self._memory: CorrectionMemory | None = None

    @classmethod
    def from_file(cls, path: Path | str, engine) -> CustomFramework:  # noqa: ANN001 - Engine
        path = Path(path)
        return cls(path.stem, read_definition(path), engine)

    @property
    def output_columns(self) -> tuple[str, ...]:
        return (*self.columns, COL_MAIN, COL_CONFIDENCE, COL_EXPLANATION)

    def row(self, result: FrameworkResult) -> dict[str, object]:
        return {**result.values, COL_MAIN: result.main,
                COL_CONFIDENCE: result.confidence if result.main else None,
                COL_EXPLANATION: result.explanation}

    # ---------------------------------------------------------------- vectors
    def _prepared(self, line: BudgetLine) -> PreparedLine:
        return self.engine.preparer.prepare(line)

    def _build_prototypes(self) -> tuple[list[_Prototype], np.ndarray]:
        prototypes: list[_Prototype] = []
        texts: list[str] = []
        for index, axis in enumerate(self.axes):
            if axis.description:
                prototypes.append(_Prototype(index, axis.description, "description"))
                texts.append(f"{axis.name} : {axis.description}")
            for example in axis.examples:
                prepared = self._prepared(BudgetLine(example))
                if prepared.empty:
                    continue
                prototypes.append(_Prototype(index, example, "exemple"))
                texts.append(prepared.embedding_text)
        return prototypes, self.engine.embed(texts)

    def _scores(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per line and axis: best cosine, and the index of the prototype that gave it."""
        with self._lock:
            prototypes = self._base_prototypes + self._extra_prototypes
            matrix = np.vstack([self._base_vectors, self._extra_vectors])
        similarities = vectors @ matrix.T
        axes = np.array([p.axis for p in prototypes])
        best = np.full((len(vectors), len(self.axes)), -1.0)
        which = np.zeros((len(vectors), len(self.axes)), dtype=int)
        for index in range(len(self.axes)):
            columns = np.nonzero(axes == index)[0]
            if len(columns):
                chosen = similarities[:, columns].argmax(axis=1)
                best[:, index] = similarities[np.arange(len(vectors)), columns[chosen]]
                which[:, index] = columns[chosen]
        return best, which

    # --------------------------------------------------------- classification
    def classify(self, lines: Sequence[BudgetLine]) -> list[FrameworkResult]:
        prepared = [self._prepared(line) for line in lines]
        with self._lock:
            corrections = dict(self.corrections)
            memory = self._memory
            prototypes = self._base_prototypes + self._extra_prototypes
        results: list[FrameworkResult | None] = [None] * len(lines)
        to_model: list[int] = []
        for row, item in enumerate(prepared):
            if item.key in corrections:
                results[row] = self._result(corrections[item.key][1], 1.0,
                                            "correction enregistrée pour cette même ligne",
                                            SOURCE_CORRECTION)
            elif item.empty:
                results[row] = FrameworkResult({c: None for c in self.columns}, None, 0.0,
                                               "libellé vide", SOURCE_EMPTY)
            else:
                to_model.append(row)
        if to_model:
            vectors = self.engine.embed([prepared[i].embedding_text for i in to_model])
            best, which = self._scores(vectors)
            logits = (best - best.max(axis=1, keepdims=True)) / TEMPERATURE
            probabilities = np.exp(logits)
            probabilities /= probabilities.sum(axis=1, keepdims=True)
            weights = probabilities.copy()
            influence = np.zeros(len(to_model))
            nearest = np.zeros(len(to_model), dtype=int)
            if memory is not None:
                influence, nearest, probabilities, weights = memory.apply(
                    vectors, probabilities, weights)
            for k, row in enumerate(to_model):
                main = int(probabilities[k].argmax())
                shares = round_percentages(weights[k], main)
                prototype = prototypes[which[k, main]]
                if prototype.kind == "description":
                    why = f"proche de la description de « {self.axes[main].name} »"
                elif prototype.kind == "exemple":
                    why = f"proche de l'exemple « {prototype.text} »"
                else:
                    why = f"proche de la ligne corrigée « {prototype.text} »"
                why += f" (similarité {best[k, main]:.2f})"
                if influence[k] > 0 and memory is not None:
                    why = f"influencé par la correction de « {memory.names[nearest[k]]} » ; {why}"
                results[row] = self._result(shares, round(float(probabilities[k, main]), 3), why,
                                            SOURCE_MODEL)
        return [r for r in results if r is not None]

    def _result(self, shares: Mapping[int, int], confidence: float, explanation: str,
                source: str) -> FrameworkResult:
        values: dict[str, int | str | None] = {
            axis.name: int(shares.get(i, 0)) for i, axis in enumerate(self.axes)}
        main = self.axes[next(iter(shares))].name if shares else None
        return FrameworkResult(values, main, confidence, explanation, source)

    # ------------------------------------------------------------ corrections
    def axis_index(self, name: object) -> int:
        index = self._keys.get(fold_header(name))
        if index is None:
            raise FrameworkError(f"« {name} » n'est pas un axe du cadre « {self.name} » "
                                 f"({', '.join(self.columns)}).")
        return index

    def parse_shares(self, values: Mapping[object, object]) -> dict[int, int]:
        """{'Mobilité': 80, 'Climat': 20} -> {index: percentage}, largest first (sum 100)."""
        shares: dict[int, int] = {}
        for name, value in values.items():
            if value is None or str(value).strip() == "":
                continue
            try:
                number = float(str(value).replace(",", ".").replace("%", "").strip())
            except ValueError as error:
                raise FrameworkError(f"axe « {name} » : « {value} » n'est pas un pourcentage") \
                    from error
            if number < 0 or number != int(number):
                raise FrameworkError(f"axe « {name} » : {value} n'est pas un pourcentage entier")
            if number:
                index = self.axis_index(name)
                shares[index] = shares.get(index, 0) + int(number)
        if sum(shares.values()) != 100:
            raise FrameworkError(f"les pourcentages font {sum(shares.values())} au lieu de 100")
        return dict(sorted(shares.items(), key=lambda kv: (-kv[1], kv[0])))

    def add_corrections(self, items: Iterable[tuple[BudgetLine, Mapping[object, object]]]) -> int:
        parsed = [(line, self.parse_shares(values)) for line, values in items]
        with self._lock:
            for line, shares in parsed:
                self.corrections[self._prepared(line).key] = (line, shares)
        self._refresh()
        return len(parsed)

    def remove_correction(self, line: BudgetLine) -> bool:
        with self._lock:
            removed = self.corrections.pop(self._prepared(line).key, None) is not None
        if removed:
            self._refresh()
        return removed

    def _refresh(self) -> None:
        """Corrected lines become examples of their main axis and neighbours of close lines."""
        with self._lock:
            items = list(self.corrections.values())
        prepared = [self._prepared(line) for line, _ in items]
        kept = [i for i, p in enumerate(prepared) if not p.empty]
        vectors = self.engine.embed([prepared[i].embedding_text for i in kept])
        prototypes = [_Prototype(next(iter(items[i][1])), items[i][0].libelle, "correction") for i in kept]
        targets = np.zeros((len(kept), len(self.axes)))
        for row, i in enumerate(kept):
            for index, share in items[i][1].items():
                targets[row, index] = share / 100
        memory = CorrectionMemory([items[i][0].libelle for i in kept], vectors, targets) if kept else None
        with self._lock:
            self._extra_prototypes = prototypes
            self._extra_vectors = vectors.reshape(len(kept), self._base_vectors.shape[1])
            self._memory = memory
