"""The classification engine: encoder + glossary + codes + trained head + what users taught.

It knows nothing of Flask or Excel. Typical use::

    engine = Engine.load()
    results = engine.classify([BudgetLine("ISOL THERM GS PASTEUR", fonction="212")])
"""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from verdir import paths
from verdir.engine.codes import M57Codes
from verdir.engine.common_words import CommonWords
from verdir.engine.corpus import (
    DESCRIPTION,
    LabelledLine,
    load_corpus,
    odd_descriptions,
    training_fingerprint,
)
from verdir.engine.directions import direction_readings
from verdir.engine.embedding_cache import EmbeddingCache
from verdir.engine.glossary import Glossary, load_builtin_entries
from verdir.engine.head import Head, QueryFeatures, TrainingData
from verdir.engine.lines import (
    SOURCE_CORRECTION,
    SOURCE_EMPTY,
    SOURCE_MODEL,
    BudgetLine,
    Classification,
)
from verdir.engine.prepare import (
    CUT_WORD_SOURCE,
    FrenchVocabulary,
    LinePreparer,
    PreparedLine,
    purpose_words,
)
from verdir.engine.shares import format_shares, round_shares, to_vector
from verdir.engine.text import clean_spaces, fold
from verdir.models.build import build_model, is_built, read_manifest
from verdir.models.encoder import EMBEDDING_REVISION, Encoder

SEED = 57
CORRECTION_WEIGHT = 3.0
MODEL_BLOCK = 256  # lines the model reads at once (bounds the memory of a large table)
CITED_SIMILARITY = 0.90  # the nearest labelled line is cited in an explanation from this similarity:
# for e5 the nearest labelled line of any budget line is above 0.85, and below 0.90 it is often about
# something else ("Oliveraie conservatoire des variétés locales" beside "CRR : PEINTURES") ...
CITED_UNSHARED_SIMILARITY = 0.94  # ... and one that shares no purpose word with the line only from
# this similarity: on 3,461 unlabelled Paris lines, a quarter of the cited lines shared no word with
# theirs, between 0.90 and 0.92 mostly about something else ("DESAMIANTAGE ET PLOMB COLLEGES" beside
# "DENREES REST SCOL"), from 0.94 about the same thing in other words ("POINT D'ACCES AU DROIT" beside
# "conseil juridique")
STEM_LETTERS = 5  # two words share a purpose when their first letters agree ("piscine", "piscines")
NO_PURPOSE_PRIOR = np.eye(17, dtype=np.float32)[15]  # ODD 16: a purchase with no purpose, code nor service
Progress = Callable[[str], None]


def ensure_model(folder: Path | None = None, progress: Progress = print) -> Path:
    """The built encoder folder, building it first when it is missing."""
    folder = Path(folder or paths.model_dir())
    if not is_built(folder):
        progress(f"Verdir : construction du modèle local dans {folder} (une seule fois, ~10 s)…")
        build_model(folder, progress=lambda message: progress(f"  {message}"))
    return folder


@dataclass
class Correction:
    line: BudgetLine
    shares: dict[int, int]


class Engine:
    def __init__(self, encoder: Encoder, cache: EmbeddingCache | None, head: Head,
                 training: TrainingData, preparer: LinePreparer, head_id: str) -> None:
        self.encoder = encoder
        self.cache = cache
        self.head = head
        self.corpus_data = training
        self.preparer = preparer
        self.head_id = head_id
        self.corrections: dict[str, Correction] = {}
        self.memory: CorrectionMemory | None = None
        self.revision = 0
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, model_folder: Path | None = None, use_cache: bool = True,
             progress: Progress = print, user_glossary: Mapping[str, str] | None = None) -> Engine:
        folder = ensure_model(model_folder, progress)
        encoder = Encoder(folder)
        cache = None
        if use_cache:
            model_sha = read_manifest(folder)["files"]["model.bin"]["sha256"]
            model_id = f"{model_sha[:16]}r{EMBEDDING_REVISION}"
            cache = EmbeddingCache(paths.cache_dir() / "embeddings.sqlite", model_id,
                                   encoder.dimension)
        corpus = load_corpus()
        preparer = build_preparer(corpus, user_glossary, CommonWords.load(folder))
        head_path = folder / f"head-{training_fingerprint()}-{SEED}.pkl"
        engine = cls(encoder, cache, Head(SEED), None, preparer, head_path.stem)  # type: ignore[arg-type]
        if head_path.is_file():
            with head_path.open("rb") as handle:
                engine.head, engine.corpus_data = pickle.load(handle)
        else:
            progress("Verdir : entraînement du classifieur sur le corpus (une seule fois)…")
            engine.train(corpus)
            staging = head_path.with_suffix(".tmp")
            with staging.open("wb") as handle:
                pickle.dump((engine.head, engine.corpus_data), handle)
            staging.replace(head_path)
            for stale in folder.glob("head-*.pkl"):
                if stale != head_path:
                    stale.unlink(missing_ok=True)
        return engine

    def train(self, corpus: Sequence[LabelledLine]) -> None:
        self.corpus_data = self.training_data(corpus)
        self.head = Head(SEED).train(self.corpus_data)

    # --------------------------------------------------------------- features
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of texts (deduplicated, through the cache when there is one)."""
        unique = list(dict.fromkeys(texts))
        known = self.cache.get_many(unique) if self.cache else {}
        missing = [text for text in unique if text not in known]
        if missing:
            vectors = self.encoder.embed(missing)
            known.update(zip(missing, vectors, strict=True))
            if self.cache:
                self.cache.put_many(missing, vectors)
        if not texts:
            return np.zeros((0, self.encoder.dimension), dtype=np.float32)
        return np.stack([known[text] for text in texts])

    def _features(self, prepared: Sequence[PreparedLine]) -> QueryFeatures:
        labels = [p.label_text for p in prepared]
        embedded = [p.embedding_text for p in prepared]
        contexts = [p.context_text for p in prepared]
        vectors = self.embed(embedded)
        priors = np.zeros((len(prepared), 17), dtype=np.float32)
        has_prior = np.zeros(len(prepared), dtype=bool)
        for i, item in enumerate(prepared):
            prior = self.preparer.codes.prior(list(item.evidence))
            if prior is None and item.generic and not item.context_text:
                prior = NO_PURPOSE_PRIOR  # the codebook: "with none at all, give 16 100"
            if prior is not None:
                priors[i], has_prior[i] = prior, True
        opacity = np.array([item.opacity for item in prepared], dtype=np.float64)
        return QueryFeatures(labels, vectors, contexts, priors, has_prior, opacity)

    def training_data(self, labelled: Sequence[LabelledLine], weight: float = 1.0) -> TrainingData:
        prepared = [self.preparer.prepare(item.line) for item in labelled]
        keep = [i for i, p in enumerate(prepared) if not p.empty]
        prepared = [prepared[i] for i in keep]
        features = self._features(prepared)
        return TrainingData(
            names=[labelled[i].line.libelle for i in keep],
            label_texts=features.label_texts,
            label_vectors=features.label_vectors,
            context_texts=features.context_texts,
            priors=features.priors,
            has_prior=features.has_prior,
            targets=np.stack([to_vector(labelled[i].shares) for i in keep]).astype(np.float64),
            weights=np.full(len(keep), weight),
            opacity=features.opacity,
            split_known=np.array([labelled[i].origin != DESCRIPTION for i in keep], dtype=bool),
        )

    # ---------------------------------------------------------- classification
    @property
    def version(self) -> str:
        return f"{self.head_id}-r{self.revision}"

    def classify(self, lines: Sequence[BudgetLine],
                 readings: Mapping[str, str] | None = None) -> list[Classification]:
        """Classify a batch; a direction code nothing explains is read from the batch's other
        lines when they say what it is (``readings``: by default ``read_directions(lines)``;
        a caller that splits a table gives the whole table's)."""
        if readings is None:
            readings = self.read_directions(lines)
        preparer = self.preparer.with_line_readings(readings)
        prepared_by_key: dict[str, PreparedLine] = {}
        keys = []
        for line in lines:
            item = preparer.prepare(line)
            prepared_by_key.setdefault(item.key, item)
            keys.append(item.key)
        results = self._classify_unique(list(prepared_by_key.values()))
        return [results[key] for key in keys]

    def read_directions(self, lines: Sequence[BudgetLine]) -> dict[str, str]:
        """The unknown direction codes of these lines with what the lines themselves say they mean."""
        glossary = self.preparer.glossary
        services = {clean_spaces(line.service or "") for line in lines}
        codes = {code for service in services for code in glossary.unexplained_codes(service)}
        if not codes:
            return {}
        return direction_readings(codes, [line.service for line in lines], [line.mission for line in lines])

    def _classify_unique(self, prepared: list[PreparedLine]) -> dict[str, Classification]:
        results: dict[str, Classification] = {}
        to_model: list[PreparedLine] = []
        with self._lock:
            corrections = dict(self.corrections)
            head = self.head
            memory = self.memory
        for item in prepared:
            unknown = item.unknown
            if item.empty:
                results[item.key] = Classification({}, None, 0.0, "libellé vide", unknown,
                                                   SOURCE_EMPTY)
            elif item.key in corrections:
                shares = corrections[item.key].shares
                results[item.key] = Classification(
                    dict(shares), next(iter(shares)), 1.0,
                    "correction enregistrée pour cette même ligne", unknown, SOURCE_CORRECTION)
            else:
                to_model.append(item)
        # In blocks: the features and the experts' scores of a large table stay small in memory.
        for start in range(0, len(to_model), MODEL_BLOCK):
            results.update(self._model_results(to_model[start:start + MODEL_BLOCK], head, memory))
        return results

    def _model_results(self, items: list[PreparedLine], head: Head,
                       memory: CorrectionMemory | None) -> dict[str, Classification]:
        results: dict[str, Classification] = {}
        features = self._features(items)
        prediction = head.predict(features)
        probabilities, weights = prediction.probabilities, prediction.weights
        influence = np.zeros(len(items))
        nearest = np.zeros(len(items), dtype=int)
        if memory is not None:
            influence, nearest, probabilities, weights = memory.apply(
                features.label_vectors, probabilities, weights)
        for row, item in enumerate(items):
            main = int(probabilities[row].argmax()) + 1
            shares = round_shares(weights[row], main)
            head_decided = main == prediction.probabilities[row].argmax() + 1
            cited = _cited_example(item, head.base.data, prediction.examples[row],  # type: ignore[union-attr]
                                   prediction.example_similarity[row])
            explanation = self._explain(item, head, cited,
                                        bool(prediction.label_over_service[row]) and head_decided,
                                        int(prediction.purpose_over[row]) if head_decided else 0,
                                        main if prediction.label_over_codes[row] and head_decided else 0)
            if influence[row] > 0:
                explanation = (f"influencé par la correction de « {memory.names[nearest[row]]} »"  # type: ignore[union-attr]
                               f" ; {explanation}")
            results[item.key] = Classification(
                shares, main, round(float(probabilities[row, main - 1]), 3), explanation,
                item.unknown, SOURCE_MODEL)
        return results

    def _explain(self, item: PreparedLine, head: Head, neighbour: int,
                 label_over_service: bool = False, purpose_over: int = 0,
                 label_over_codes_of: int = 0) -> str:
        parts = []
        data = head.base.data  # type: ignore[union-attr]
        if neighbour >= 0:
            shares = {i + 1: int(round(v * 100)) for i, v in enumerate(data.targets[neighbour]) if v}
            shares = dict(sorted(shares.items(), key=lambda kv: -kv[1]))
            parts.append(f"proche de « {data.names[neighbour]} » ({format_shares(shares)})")
        for evidence in item.evidence[:2]:
            if evidence.entry.prior is None:
                continue
            # Worth saying: the label's own words decided against a code pointing elsewhere.
            if label_over_codes_of and int(evidence.entry.prior.argmax()) + 1 != label_over_codes_of:
                article = "le" if evidence.kind == "chapitre" else "la"
                parts.append(f"le libellé l'emporte sur {article} {evidence.describe()}")
            else:
                parts.append(evidence.describe())
        if item.generic and not item.context_text and not parts:
            parts.append("ni objet, ni fonction, ni service : institutions (ODD 16) selon le référentiel")
        if item.read_from_lines:
            parts.append(f"direction lue dans les autres lignes : {', '.join(item.read_from_lines)}")
        used = [e for e in item.expansion.used if e.source not in ("lignes", CUT_WORD_SOURCE)]
        if used:  # (the readings from the batch's lines are said just above)
            glossary = ", ".join(f"{e.abbreviation} = {e.meaning}" for e in used[:4])
            parts.append(f"sigles : {glossary}")
        for entry in item.expansion.used:
            if entry.source == CUT_WORD_SOURCE:
                parts.append(f"mot coupé « {entry.abbreviation} » lu « {entry.meaning} »")
        if item.repaired:
            parts.append("accents mal encodés par l'export, lus réparés (« Ã© » pour « é »)")
        if label_over_service:
            parts.append(f"le libellé l'emporte sur le service ({item.context_text})")
        elif item.context_text and not parts:
            parts.append(f"contexte : {item.context_text}")
        if purpose_over:
            parts.append(f"l'ODD {purpose_over}, presque à égalité, est d'ordinaire un objectif second")
        if item.service_unknown and item.opacity >= 0.5:
            # The label says little and the direction is only a code: the one thing to do.
            codes = ", ".join(item.service_unknown)
            parts.append(f"direction « {codes} » inconnue : donnez son nom dans le glossaire")
        return " ; ".join(parts) or "lu d'après les seuls mots du libellé, sans exemple proche"

    # ------------------------------------------------------ learning from users
    def add_corrections(self, items: Iterable[tuple[BudgetLine, Mapping[int, int]]]) -> int:
        """Exact-match memory and neighbours at once; call :meth:`retrain` to refit the head."""
        added = 0
        with self._lock:
            for line, shares in items:
                key = self.preparer.prepare(line).key
                self.corrections[key] = Correction(line, dict(shares))
                added += 1
        self._refresh_neighbours()
        return added

    def remove_correction(self, line: BudgetLine) -> bool:
        with self._lock:
            removed = self.corrections.pop(self.preparer.prepare(line).key, None) is not None
        if removed:
            self._refresh_neighbours()
        return removed

    def _correction_data(self) -> TrainingData | None:
        with self._lock:
            items = [LabelledLine(c.line, c.shares, "correction") for c in self.corrections.values()]
        if not items:
            return None
        return self.training_data(items, weight=CORRECTION_WEIGHT)

    def _merged_data(self) -> TrainingData:
        extra = self._correction_data()
        if extra is None:
            return self.corpus_data
        return _concatenate(self.corpus_data, extra)

    def _refresh_neighbours(self) -> None:
        """Similar lines feel the corrections at once through the correction memory."""
        data = self._correction_data()
        memory = None if data is None else CorrectionMemory(data.names, data.label_vectors, data.targets)
        with self._lock:
            self.memory = memory
            self.revision += 1

    def retrain(self) -> float:
        """Refit the base models on corpus + corrections; returns the seconds it took."""
        started = time.perf_counter()
        data = self._merged_data()
        head = Head(SEED).train(data)
        with self._lock:
            self.head = head
            self.revision += 1
        return time.perf_counter() - started

    def set_user_glossary(self, entries: Mapping[str, str]) -> None:
        preparer = LinePreparer(self.preparer.glossary.with_user_entries(entries),
                                self.preparer.vocabulary, self.preparer.codes)
        with self._lock:
            self.preparer = preparer
            self.revision += 1


def _cited_example(item: PreparedLine, data: TrainingData, examples: np.ndarray,
                   similarities: np.ndarray) -> int:
    """The labelled line an explanation cites, or -1: the nearest one agreeing with the decision
    that says what the line is about. A label that gives no purpose was read through its codes or
    service, and so was a neighbour that gives none (another "TRAVAUX DIVERS", "menuiseries
    2024"): citing either would explain nothing."""
    if item.opacity >= 0.5:
        return -1
    stems = _purpose_stems(item.label_text)
    for example, similarity in zip(examples.tolist(), similarities.tolist(), strict=True):
        if example < 0 or similarity < CITED_SIMILARITY:
            break
        if data.opacity[example] >= 0.5:
            continue
        if similarity >= CITED_UNSHARED_SIMILARITY or stems & _purpose_stems(data.label_texts[example]):
            return example
    return -1


@lru_cache(maxsize=65536)  # the same neighbours come back line after line
def _purpose_stems(text: str) -> frozenset[str]:
    return frozenset(fold(word)[:STEM_LETTERS] for word in purpose_words(text))


def _concatenate(a: TrainingData, b: TrainingData) -> TrainingData:
    return TrainingData(
        a.names + b.names, a.label_texts + b.label_texts,
        np.vstack([a.label_vectors, b.label_vectors]),
        a.context_texts + b.context_texts,
        np.vstack([a.priors, b.priors]),
        np.concatenate([a.has_prior, b.has_prior]), np.vstack([a.targets, b.targets]),
        np.concatenate([a.weights, b.weights]), np.concatenate([a.opacity, b.opacity]),
        np.concatenate([a.split_known, b.split_known]),
    )


class CorrectionMemory:
    """The user's corrections as neighbours: a close enough line takes after its correction.

    The pull grows from nothing at cosine ``FLOOR`` to ``MAX_PULL`` at ``FULL`` (e5 cosines of
    unrelated French labels sit around 0.75-0.85; variants of one label above 0.93).
    """

    FLOOR = 0.90
    FULL = 0.97
    MAX_PULL = 0.9

    def __init__(self, names: list[str], vectors: np.ndarray, targets: np.ndarray) -> None:
        self.names = names
        self.vectors = vectors
        self.targets = targets

    def apply(self, vectors: np.ndarray, probabilities: np.ndarray, weights: np.ndarray):
        similarities = vectors @ self.vectors.T
        nearest = similarities.argmax(axis=1)
        best = similarities[np.arange(len(vectors)), nearest]
        pull = np.clip((best - self.FLOOR) / (self.FULL - self.FLOOR), 0.0, 1.0) * self.MAX_PULL
        target = self.targets[nearest]
        probabilities = (1 - pull[:, None]) * probabilities + pull[:, None] * target
        weights = (1 - pull[:, None]) * weights + pull[:, None] * target
        return pull, nearest, probabilities, weights


def load_preparer(model_folder: Path | None = None) -> LinePreparer:
    """The label preparer alone (glossary, accents, codes), without loading the model."""
    folder = Path(model_folder or paths.model_dir())
    folder.mkdir(parents=True, exist_ok=True)  # holds the common-words list
    return build_preparer(load_corpus(), None, CommonWords.load(folder))


def build_preparer(corpus: Sequence[LabelledLine], user_glossary: Mapping[str, str] | None,
                   common_words: Callable[[str], bool]) -> LinePreparer:
    codes = M57Codes()
    builtin = load_builtin_entries()
    texts = [item.line.libelle for item in corpus]
    texts += [item.line.service for item in corpus if item.line.service]
    texts += [entry.meaning for entry in builtin]
    texts += [entry.label for table in (codes.fonctions, codes.natures, codes.chapitres)
              for entry in table.values()]
    texts += [row["activites"] + " " + row["nom"] for row in odd_descriptions()]
    vocabulary = FrenchVocabulary(texts)
    glossary = Glossary(builtin, user_glossary, known_words=vocabulary.words,
                        is_common_word=common_words)
    return LinePreparer(glossary, vocabulary, codes)


__all__ = ["BudgetLine", "Classification", "Engine", "ensure_model"]
