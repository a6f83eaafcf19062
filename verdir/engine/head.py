"""The trainable part of the classifier: small models on top of the frozen encoder.

Four base models each score the 17 goals:

- ``embedding``: ridge regression from the label's e5 embedding to its ODD shares;
- ``lexical``: ridge regression from character and word n-grams of the expanded label;
- ``neighbours``: the shares of the most similar labelled lines (and corrections);
- ``context``: ridge regression from the embedding of the service / mission;

and the M57 codes give a prior. Ridge regressions fit in closed form, so refitting after a batch
of corrections takes seconds. A stacker (multinomial logistic regression on those scores)
learns, on out-of-fold predictions of the training corpus, how much each source
deserves: the label is read first, context and codes weigh in when the label is unclear. The
shares of the chosen main goal come from the nearest labelled lines with that same main goal,
which keeps the codebook's typical splits (85/15, 50/50, 70/30 ...).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

N_GOALS = 17
EPSILON = 1e-4
NEIGHBOURS = 12
TEMPERATURE = 0.05
# Lines closer than this are variants of one phrase (a place name, an abbreviation apart): they
# stay in the same fold, so that the stacker does not learn to over-trust look-alikes.
VARIANT_SIMILARITY = 0.96


@dataclass
class TrainingData:
    """Labelled lines with their features; ``targets`` rows are distributions summing to 1."""

    names: list[str]
    label_texts: list[str]
    label_vectors: np.ndarray
    context_vectors: np.ndarray  # zero rows where a line has no context
    has_context: np.ndarray
    priors: np.ndarray  # zero rows where no code carries a prior
    has_prior: np.ndarray
    targets: np.ndarray
    weights: np.ndarray

    def subset(self, index: np.ndarray) -> TrainingData:
        return TrainingData(
            [self.names[i] for i in index], [self.label_texts[i] for i in index],
            self.label_vectors[index], self.context_vectors[index], self.has_context[index],
            self.priors[index], self.has_prior[index], self.targets[index], self.weights[index],
        )


@dataclass
class QueryFeatures:
    label_texts: list[str]
    label_vectors: np.ndarray
    context_vectors: np.ndarray
    has_context: np.ndarray
    priors: np.ndarray
    has_prior: np.ndarray


@dataclass
class Prediction:
    probabilities: np.ndarray  # (n, 17) stacked probability of each goal being the main one
    weights: np.ndarray  # (n, 17) share weights to round into a distribution
    neighbour: np.ndarray  # (n,) index of the nearest training line
    neighbour_similarity: np.ndarray


def _full_proba(model: LogisticRegression | Pipeline, features) -> np.ndarray:
    result = np.full((features.shape[0], N_GOALS), EPSILON, dtype=np.float64)
    result[:, model.classes_] = model.predict_proba(features)
    return result / result.sum(axis=1, keepdims=True)


def _ridge(alpha: float, features, targets: np.ndarray, weights: np.ndarray) -> Ridge:
    return Ridge(alpha=alpha).fit(features, targets, sample_weight=weights)


def _as_distribution(scores: np.ndarray) -> np.ndarray:
    """Ridge scores -> non-negative weights summing to one (for the shares)."""
    clipped = np.clip(scores, EPSILON, None)
    return clipped / clipped.sum(axis=1, keepdims=True)


class BaseModels:
    """The four base models, fitted on one training set."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def fit(self, data: TrainingData) -> BaseModels:
        self.data = data
        self.embedding = _ridge(1.0, data.label_vectors, data.targets, data.weights)
        self.char_ngrams = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                           sublinear_tf=True, max_features=40000)
        self.word_ngrams = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                                           token_pattern=r"(?u)\b\w\w+\b")
        self.lexical = _ridge(1.0, self._lexical(data.label_texts, fit=True), data.targets,
                              data.weights)
        rows = np.nonzero(data.has_context)[0]
        self.context = None
        if len(rows) > 10:
            self.context = _ridge(3.0, data.context_vectors[rows], data.targets[rows],
                                  data.weights[rows])
        return self

    def _lexical(self, texts: list[str], fit: bool = False):
        if fit:
            return sparse.hstack([self.char_ngrams.fit_transform(texts),
                                  self.word_ngrams.fit_transform(texts)]).tocsr()
        return sparse.hstack([self.char_ngrams.transform(texts),
                              self.word_ngrams.transform(texts)]).tocsr()

    def neighbours(self, vectors: np.ndarray, k: int = NEIGHBOURS) -> tuple[np.ndarray, np.ndarray]:
        similarities = vectors @ self.data.label_vectors.T
        k = min(k, similarities.shape[1])
        index = np.argpartition(-similarities, k - 1, axis=1)[:, :k]
        top = np.take_along_axis(similarities, index, axis=1)
        order = np.argsort(-top, axis=1)
        return np.take_along_axis(index, order, axis=1), np.take_along_axis(top, order, axis=1)

    def distributions(self, query: QueryFeatures) -> dict[str, np.ndarray]:
        n = len(query.label_texts)
        index, similarity = self.neighbours(query.label_vectors)
        kernel = np.exp((similarity - similarity[:, :1]) / TEMPERATURE) * self.data.weights[index]
        knn = (kernel[:, :, None] * self.data.targets[index]).sum(axis=1)
        knn = knn / np.maximum(knn.sum(axis=1, keepdims=True), 1e-9) + EPSILON
        context = np.zeros((n, N_GOALS))
        if self.context is not None and query.has_context.any():
            rows = np.nonzero(query.has_context)[0]
            context[rows] = self.context.predict(query.context_vectors[rows])
        prior = np.where(query.has_prior[:, None], query.priors + EPSILON, 1.0 / N_GOALS)
        return {
            "embedding": self.embedding.predict(query.label_vectors),
            "lexical": self.lexical.predict(self._lexical(query.label_texts)),
            "neighbours": np.log(knn / knn.sum(axis=1, keepdims=True)),
            "context": context,
            "prior": np.log(prior / prior.sum(axis=1, keepdims=True)),
            "_index": index,
            "_similarity": similarity,
        }


SOURCES = ("embedding", "lexical", "neighbours", "context", "prior")


def _stack_features(parts: dict[str, np.ndarray], query: QueryFeatures) -> np.ndarray:
    blocks = [parts[name] for name in SOURCES]
    flags = np.stack([query.has_context, query.has_prior], axis=1).astype(np.float64)
    return np.hstack(blocks + [flags])


def _as_query(data: TrainingData) -> QueryFeatures:
    return QueryFeatures(data.label_texts, data.label_vectors, data.context_vectors,
                         data.has_context, data.priors, data.has_prior)


def variant_groups(vectors: np.ndarray, threshold: float = VARIANT_SIMILARITY) -> np.ndarray:
    """Connected components of lines whose embeddings are nearly identical."""
    parent = np.arange(len(vectors))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for start in range(0, len(vectors), 1024):
        block = vectors[start : start + 1024] @ vectors.T
        rows, columns = np.nonzero(block > threshold)
        for a, b in zip(rows + start, columns, strict=True):
            if a < b:
                parent[root(a)] = root(b)
    return np.array([root(i) for i in range(len(vectors))])


class Head:
    """Base models + stacker, trained on the corpus (and later the user's corrections)."""

    def __init__(self, seed: int = 57) -> None:
        self.seed = seed
        self.base: BaseModels | None = None
        self.stacker: Pipeline | None = None

    def train(self, data: TrainingData, folds: int = 5) -> Head:
        """Full training: out-of-fold predictions for the stacker, then the base models."""
        main = data.targets.argmax(axis=1)
        out_of_fold = np.zeros((len(main), len(SOURCES) * N_GOALS + 2))
        splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=self.seed)
        groups = variant_groups(data.label_vectors)
        for train_index, test_index in splitter.split(data.label_vectors, main, groups):
            base = BaseModels(self.seed).fit(data.subset(train_index))
            held_out = data.subset(test_index)
            parts = base.distributions(_as_query(held_out))
            out_of_fold[test_index] = _stack_features(parts, _as_query(held_out))
        self.stacker = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
        self.stacker.fit(out_of_fold, main, logisticregression__sample_weight=data.weights)
        return self.refit(data)

    def refit(self, data: TrainingData) -> Head:
        """Refit the base models only (seconds): used after each batch of corrections."""
        self.base = BaseModels(self.seed).fit(data)
        return self

    def predict(self, query: QueryFeatures) -> Prediction:
        assert self.base is not None and self.stacker is not None, "head is not trained"
        parts = self.base.distributions(query)
        probabilities = _full_proba(self.stacker, _stack_features(parts, query))
        index, similarity = parts["_index"], parts["_similarity"]
        targets = self.base.data.targets[index]  # (n, k, 17)
        main = probabilities.argmax(axis=1)
        same_main = targets.argmax(axis=2) == main[:, None]
        kernel = np.exp((similarity - similarity[:, :1]) / TEMPERATURE) * same_main
        template = (kernel[:, :, None] * targets).sum(axis=1)
        found = template.sum(axis=1) > 0
        template[found] /= template[found].sum(axis=1, keepdims=True)
        soft = 0.5 * _as_distribution(parts["embedding"]) + 0.5 * _as_distribution(parts["lexical"])
        weights = np.where(found[:, None], 0.75 * template + 0.25 * soft, soft)
        return Prediction(probabilities, weights, index[:, 0], similarity[:, 0])
