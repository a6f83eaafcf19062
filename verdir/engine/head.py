"""The trainable part of the classifier: small models on top of the frozen encoder.

Three models read the label (with its context, for the embedding) and score the 17 goals:

- ``embedding``: ridge regression from the e5 embedding to the ODD shares;
- ``lexical``: ridge regression from character and word n-grams of the expanded label;
- ``neighbours``: the main goals of the most similar labelled lines, as weighted votes (their
  full shares would let a 50/30/20 split speak for its second goal as much as a close call
  does; grouped CV 0.874 -> 0.882, leave-one-part-out 0.807 -> 0.811, both outside probes up);

and two sources of evidence weigh in the way a finance officer reads a line (label first, then
codes and service): ``context``, a ridge regression from character and word n-grams of the
service / mission (n-grams read a direction's own words and abbreviations, "PARC AUTO", better
than the embedding of a few words did: grouped CV 0.887 -> 0.890, leave-one-part-out 0.847 ->
0.848, both outside probes up), counts more when the label itself says little (a bare place
name), and ``prior``, the M57 codes' ODD prior, which counts less when many words of the label
are decisive (libellé first, then fonction). The combination is a fixed product of experts
rather than a learned stacker: a stacker fitted on the project's corpus learnt its quirks and
transferred worse to real lines of other authorities. A close call between two goals then
follows the codebook's table: the goal the other usually comes second to is the main one (4
before 11 for a school building). Ridge regressions fit in closed form, so refitting after a
batch of corrections takes seconds.

The shares of the chosen main goal come from the nearest labelled lines with that same main
goal, which keeps the codebook's typical splits (85/15, 50/50, 70/30 ...); a label that gives no
purpose ("MOBILIER", "TRAVAUX DIVERS") takes its split from the M57 codes that decided it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import chain, pairwise, repeat

import numpy as np
from scipy import sparse

from verdir.engine.corpus import usual_second_goals

N_GOALS = 17
EPSILON = 1e-4
NEIGHBOURS = 12
NEIGHBOUR_BLOCK = 64  # query rows per similarity block: bounds memory on large requests
NEIGHBOUR_MARGIN = 8  # candidates beyond k rescored in double precision (see ``neighbours``)
NEIGHBOUR_SAMPLE = 1024  # training lines whose k-th best similarity bounds the search
TEMPERATURE = 0.05
SOFTMAX_TEMPERATURE = 0.1  # ridge scores live on the 0-1 share scale
CONTEXT_WEIGHT = 0.0  # exponent of the context expert for a clear label (the context
# already reaches the text experts through the embedded text; more lets a service outweigh a
# clear label, which grouped CV on the corpus confirms) ...
CONTEXT_WEIGHT_OPAQUE = 2.0  # ... and for a label made only of names and codes; in between it
# grows with the square of the label's opacity, so that a name or two beside the purpose words
# ("Noue pluviale rue des Teinturiers" under the roads department, 6; "RESTAURATION RIPISYLVE DE
# LA GELISE", 15) leave the label first. Linear growth -> square: grouped CV top-1 0.9028 ->
# 0.9034, leave-one-part-out A to L 0.8855 -> 0.8857, the twelve outside sets +5 lines of 3,336
# (8 up, 3 down); powers 2.5 to 4 did no better.
CONTEXT_OPACITY_POWER = 2.0
PRIOR_WEIGHT = 1.0  # exponent of the M57 codes' prior for a clear label ...
PRIOR_WEIGHT_OPAQUE = 5.0  # ... and for a label that gives no purpose ("TRAVAUX DIVERS",
# "MOBILIER"): the codebook then reads the line through its fonction. Both opaque weights were
# chosen by grouped CV on the corpus (benchmarks/cv_corpus.py), never on evaluation lines.
NEAR_SIMILARITY = 0.9  # a labelled line this similar to the label or more is near its twin ...
NEAR_WEIGHT = 1.0  # ... and the neighbours' vote then counts up to this much more among the text
# experts, growing from 0 at NEAR_SIMILARITY to NEAR_WEIGHT for the same text: a near twin in the
# corpus says more than models that weigh each word alone ("Des protections périodiques gratuites
# dans les gymnases" is ODD 5 like its twins, not 3 for the gymnasiums). Leave-one-part-out top-1
# 0.8723 -> 0.8740, grouped CV 0.901 -> 0.903, the eight outside sets +6 lines and -1 (2,183 lines);
# thresholds 0.85 to 0.93 and weights 0.5 to 4 were compared on the corpus and the sets.
FLOOR = 0.05  # an expert never vetoes a goal outright
TRANSVERSAL_GOALS = (2, 5, 7, 10, 12, 13, 15)  # goals any activity may serve, whatever its codes:
# food, gender equality, energy, accessibility, waste, climate, biodiversity (the codebook's "energy
# or accessibility side of a building project") ...
TRANSVERSAL_FLOOR = 0.15  # ... keep this floor under the codes' prior, which never names them for
# a fonction like "Personnes en difficulté" (1:80;10:20) or "Hôtel de ville" (16:100): at 0.05 the
# prior vetoed a clear label ("Logement d'urgence femmes victimes" under 424, ODD 5; "MAIRIE - RAMPE
# PMR ENTREE", ODD 10). Grouped CV top-1 0.9007 -> 0.9023, leave-one-part-out A to L 0.8833 -> 0.8844,
# the ten outside sets +14 lines of 2,772; the same floor for every goal lost (CV 0.8994), and
# floors of 0.10 and 0.20 or sets with or without 3, 6, 7, 12 or 13 did about as well.
PRIOR_FLOOR = np.array([TRANSVERSAL_FLOOR if goal in TRANSVERSAL_GOALS else FLOOR
                        for goal in range(1, N_GOALS + 1)])
PRIOR_TO_TRANSVERSAL = 0.35  # a fonction names an activity; a transversal goal whose usual second
# is that activity's goal may lead a line of it (7 for a school's solar panels under fonction 222,
# 7's usual second being 4; 10 for the disabled pupils' transport under fonction 81, 11; 15 for
# wildlife crossings under the roads fonction): each such goal gets this share of the prior's
# weight on its usual seconds. Compared offline on the dumped experts' outputs: the fifteen outside
# sets +5 lines of 4,163 (13 up, 8 down), grouped CV top-1 +0.0003, leave-one-part-out A to L
# +0.0004; 0.5 and 0.75 gained as much on the sets and lost on the corpus.
TEMPLATE_SHARE = 0.6  # weight of the nearest same-goal lines' split in a line's shares (the
# rest: the ridge models' shares). 0.75 -> 0.6: leave-one-part-out overlap 0.828 -> 0.829, the
# three outside probes' overlap +0.002 each and set F1 +0.003 to +0.008, grouped CV overlap 0.856
# -> 0.855 (the corpus's own typical splits); 0.5 and 0.25 lost overlap everywhere.
DECISIVE_LABEL = 0.9  # the label-only lexical model is this sure of one goal ...
DECISIVE_LABEL_WEIGHT = 2.0  # ... so its vote counts this much more among the text experts
# (grouped CV on the corpus: top-1 0.865 -> 0.868, leave-one-part-out 0.780 -> 0.782) ...
DECISIVE_OPACITY = 0.5  # ... provided most of its purpose words are known: a street or school
# name beside them ("PMI RUE GUSTAVE GEFFROY") does not make the label unclear, and the line
# is then weighed as a clear label (grouped CV: 11 of 8,700 decisions change, 3 more right).
PRIOR_WEIGHT_CLEAR = 0.5  # exponent of the codes' prior when such decisive words are many ...
CLEAR_LABEL_WORDS = 4  # ... at least this many words of three letters or more ("TRI ET BIODECHETS -
# COMPOSTEURS COLLEGES" under fonction 221 collèges is ODD 12; "Passages à faune sous RD 20" under
# the roads fonction, 15): libellé first, then fonction, as the codebook reads a line. Outside
# probes +9 lines of 1,340 (none down), grouped CV top-1 0.901 -> 0.902, leave-one-part-out
# 0.8740 -> 0.8736 (A to L unchanged); for every decisive label, or from three words, the outside
# probes gain as much but leave-one-part-out loses 0.0011 to 0.0012 (short labels the label model
# is wrongly sure of: "Gaz" under the swimming-pools fonction, "Gazole non routier").
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")  # a word counted for CLEAR_LABEL_WORDS
UNSURE_TEXT = 0.4  # the text experts' best goal is below this share: the label's words do not
# say the line's purpose ("Carburant gazole flotte résiduelle" under a bus network's service), and
# the codebook then reads the line through its codes and service: the context and the codes'
# prior gain weight as the best text share falls, up to these extra exponents at share 0.
CONTEXT_WEIGHT_UNSURE = 0.5
PRIOR_WEIGHT_UNSURE = 1.0
# Compared offline on the dumped experts' outputs: grouped CV top-1 0.8999 -> 0.9027, leave-one-
# part-out A to L 0.8829 -> 0.8841 (every part 0.8254 -> 0.8285), the fifteen outside sets +2 lines
# of 4,163. From 0.45 up, a swale beside a street name under the roads department ("NOUE PLUVIALE
# CHEMIN DES VIGNES", 6, its words 0.45 sure) went to the service; extra context exponents above
# 0.5 gained on the corpus and lost on the sets.
PURPOSE_MARGIN = 0.25  # the two likeliest goals are this close: the line's purpose goes before
# the goal the codebook lists as its usual second (a school's building side, 11, after 4).
# Grouped CV: top-1 0.862 -> 0.873, leave-one-part-out 0.782 -> 0.794; margins from 0.10 to
# 0.60 were compared on the corpus only.
PURPOSE_SUPPORT = 0.2  # ... provided the purpose is a real contender: a bare street name whose
# best goal (11) barely leads a stray 0.15 for 4 is not a school's building (grouped CV: top-1
# 0.883 -> 0.884, leave-one-part-out 0.811 -> 0.813; 0.25 and 0.30 did no better).


def _top_k(similarities: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns and values of each row's k largest similarities, largest first (ties: lowest
    column first).

    The k-th largest value among ``NEIGHBOUR_SAMPLE`` columns spread over the training set is a
    floor that the row's true k largest all reach, so only the few columns at or above it are
    sorted: several times faster than partitioning every row of a large training set, and
    exact."""
    rows, columns = similarities.shape
    sample = similarities[:, :: max(1, columns // NEIGHBOUR_SAMPLE)]
    floor = np.partition(sample, sample.shape[1] - k, axis=1)[:, sample.shape[1] - k]
    flat = np.flatnonzero(similarities >= floor[:, None])  # row-major: columns ascending
    candidate_rows, candidate_columns = np.divmod(flat, columns)
    values = similarities.ravel()[flat]
    order = np.lexsort((-values, candidate_rows))  # stable: ties keep the lowest column first
    first = np.searchsorted(candidate_rows[order], np.arange(rows))  # each row has >= k
    chosen = order[first[:, None] + np.arange(k)]
    return candidate_columns[chosen], values[chosen]


def _non_empty(texts: list[str]) -> np.ndarray:
    return np.array([bool(text) for text in texts], dtype=bool)


@dataclass
class TrainingData:
    """Labelled lines with their features; ``targets`` rows are distributions summing to 1."""

    names: list[str]
    label_texts: list[str]
    label_vectors: np.ndarray
    context_texts: list[str]  # "" where a line has no context
    priors: np.ndarray  # zero rows where no code carries a prior
    has_prior: np.ndarray
    targets: np.ndarray
    weights: np.ndarray
    opacity: np.ndarray
    # False for a goal's description ("groupes scolaires" 4:100): it names the goal but is no
    # budget line whose split another line could take.
    split_known: np.ndarray
    has_context: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.has_context = _non_empty(self.context_texts)

    def subset(self, index: np.ndarray) -> TrainingData:
        return TrainingData(
            [self.names[i] for i in index], [self.label_texts[i] for i in index],
            self.label_vectors[index], [self.context_texts[i] for i in index],
            self.priors[index], self.has_prior[index], self.targets[index], self.weights[index],
            self.opacity[index], self.split_known[index],
        )


@dataclass
class QueryFeatures:
    label_texts: list[str]
    label_vectors: np.ndarray
    context_texts: list[str]
    priors: np.ndarray
    has_prior: np.ndarray
    opacity: np.ndarray
    has_context: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.has_context = _non_empty(self.context_texts)


@dataclass
class Prediction:
    probabilities: np.ndarray  # (n, 17) stacked probability of each goal being the main one
    weights: np.ndarray  # (n, 17) share weights to round into a distribution
    examples: np.ndarray  # (n, k) nearest training lines with the chosen main goal, best first, -1 after
    example_similarity: np.ndarray  # (n, k) their similarities, 0 after
    label_over_service: np.ndarray  # (n,) a decisive label won over a service pointing elsewhere
    label_over_codes: np.ndarray  # (n,) ... or over M57 codes pointing elsewhere
    purpose_over: np.ndarray  # (n,) the usual second goal the main one was preferred to, else 0


@dataclass(frozen=True)
class Linear:
    """A fitted ridge model as plain arrays: ``predict`` without scikit-learn's per-call
    validation and without transposing the coefficients on every call (a few ms each)."""

    coefficients: np.ndarray  # (features, goals), C-contiguous
    intercept: np.ndarray

    @classmethod
    def fit(cls, alpha: float, features, targets: np.ndarray, weights: np.ndarray) -> Linear:
        # Imported here: classifying with a trained head never fits, and the import costs ~8 MB.
        from sklearn.linear_model import Ridge

        model = Ridge(alpha=alpha).fit(features, targets, sample_weight=weights)
        # Single precision: half the memory of the lexical model's large coefficient table.
        return cls(np.ascontiguousarray(model.coef_.T, dtype=np.float32),
                   np.asarray(model.intercept_, dtype=np.float32))

    def predict(self, features) -> np.ndarray:
        return np.asarray(features @ self.coefficients) + self.intercept


def main_votes(targets: np.ndarray) -> np.ndarray:
    """One vote per line for its main goal, split between goals tied at the top (50/50)."""
    top = np.isclose(targets, targets.max(axis=1, keepdims=True))
    return (top / top.sum(axis=1, keepdims=True)).astype(np.float32)


def _as_distribution(scores: np.ndarray) -> np.ndarray:
    """Ridge scores -> non-negative weights summing to one (for the shares)."""
    clipped = np.clip(scores, EPSILON, None)
    return clipped / clipped.sum(axis=1, keepdims=True)


def _softmax(scores: np.ndarray, temperature: float = SOFTMAX_TEMPERATURE) -> np.ndarray:
    shifted = np.exp((scores - scores.max(axis=1, keepdims=True)) / temperature)
    return shifted / shifted.sum(axis=1, keepdims=True)


_WHITE_SPACES = re.compile(r"\s\s+")
_WORD_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def character_ngrams(text: str) -> list[str]:
    """Lower-cased character 2- to 5-grams within words, each word padded with a space (the
    n-grams of scikit-learn's ``analyzer="char_wb"``)."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text.lower()).split():
        word = f" {word} "
        for n in range(2, 6):
            grams += [word[start : start + n] for start in range(max(1, len(word) - n + 1))]
            if len(word) <= n:  # a word shorter than n counts once, whole
                break
    return grams


def word_ngrams(text: str) -> list[str]:
    """Lower-cased words of two characters or more, then word pairs (scikit-learn's default
    word analyzer with ``ngram_range=(1, 2)``)."""
    words = _WORD_TOKEN.findall(text.lower())
    return words + [f"{first} {second}" for first, second in pairwise(words)]


@dataclass
class FittedTfidf:
    """What a fitted ``TfidfVectorizer`` learnt (vocabulary, idf), applied without it:
    sublinear counts of the known n-grams, times their idf, rows scaled to unit length."""

    analyse: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        # Each n-gram's column (-1: not in the vocabulary), looked up at C speed, then counted
        # per text by the sparse matrix's own summing of repeated entries.
        found = [list(map(self.vocabulary.get, self.analyse(text), repeat(-1))) for text in texts]
        columns = np.fromiter(chain.from_iterable(found), dtype=np.int64)
        rows = np.repeat(np.arange(len(texts)), [len(grams) for grams in found])
        known = columns >= 0
        matrix = sparse.coo_matrix((np.ones(int(known.sum())), (rows[known], columns[known])),
                                   shape=(len(texts), len(self.idf))).tocsr()
        matrix.sum_duplicates()
        matrix.data = (np.log(matrix.data) + 1.0) * self.idf[matrix.indices]
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0  # a text with no known n-gram stays a row of zeros
        matrix.data /= np.repeat(norms, np.diff(matrix.indptr))
        return matrix


class Ngrams:
    """Character (2 to 5, within words) and word (1 to 2) n-grams, TF-IDF weighted: they read
    abbreviations and spellings the embedding may not know.

    scikit-learn's ``TfidfVectorizer`` learns the vocabulary and the idf; what it learnt is then
    applied by :class:`FittedTfidf`, so that classifying never imports scikit-learn: with the
    SciPy statistics it imports for itself, ~90 MB of memory and ~1.4 s of start-up. A test
    checks both give the same matrix on the whole corpus."""

    def __init__(self, max_characters: int) -> None:
        self.max_characters = max_characters

    def fit_transform(self, texts: list[str]) -> sparse.csr_matrix:
        from sklearn.feature_extraction.text import TfidfVectorizer  # only to train

        characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                     sublinear_tf=True, max_features=self.max_characters)
        words = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                                token_pattern=_WORD_TOKEN.pattern)
        matrix = sparse.hstack([characters.fit_transform(texts), words.fit_transform(texts)]).tocsr()
        self.characters, self.words = (
            FittedTfidf(analyse, {gram: int(column) for gram, column in fitted.vocabulary_.items()},
                        np.asarray(fitted.idf_, dtype=np.float64))
            for analyse, fitted in ((character_ngrams, characters), (word_ngrams, words)))
        return matrix

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        return sparse.hstack([self.characters.transform(texts),
                              self.words.transform(texts)]).tocsr()


class BaseModels:
    """The four base models, fitted on one training set."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def fit(self, data: TrainingData) -> BaseModels:
        self.data = data
        self.votes = main_votes(data.targets)  # what each neighbour votes for, computed once
        self.embedding = Linear.fit(1.0, data.label_vectors, data.targets, data.weights)
        self.label_ngrams = Ngrams(max_characters=40000)
        self.lexical = Linear.fit(1.0, self.label_ngrams.fit_transform(data.label_texts),
                                  data.targets, data.weights)
        rows = np.nonzero(data.has_context)[0]
        self.context: Linear | None = None
        self.context_ngrams = Ngrams(max_characters=20000)
        if len(rows) > 10:
            contexts = [data.context_texts[i] for i in rows]
            self.context = Linear.fit(1.0, self.context_ngrams.fit_transform(contexts),
                                      data.targets[rows], data.weights[rows])
        return self

    def neighbours(self, vectors: np.ndarray, k: int = NEIGHBOURS) -> tuple[np.ndarray, np.ndarray]:
        """Indices and similarities of the k most similar training lines, best first."""
        k = min(k, len(self.data.label_vectors))
        index = np.zeros((len(vectors), k), dtype=np.int64)
        top = np.zeros((len(vectors), k), dtype=np.float32)
        wider = min(k + NEIGHBOUR_MARGIN, len(self.data.label_vectors))
        for start in range(0, len(vectors), NEIGHBOUR_BLOCK):  # bounded memory
            block = vectors[start : start + NEIGHBOUR_BLOCK]
            candidates, _ = _top_k(block @ self.data.label_vectors.T, wider)
            # The single-precision product's last bits depend on the lines sent with this one
            # (BLAS picks its kernel by the block's shape): the few best candidates are scored
            # again in double precision, so a line's neighbours and similarities are its own.
            exact = np.einsum("rd,rcd->rc", block.astype(np.float64),
                              self.data.label_vectors[candidates].astype(np.float64))
            order = np.lexsort((candidates, -exact))[:, :k]  # ties: lowest column first
            rows = np.arange(len(block))[:, None]
            index[start : start + len(block)] = candidates[rows, order]
            top[start : start + len(block)] = exact[rows, order]
        return index, top

    def distributions(self, query: QueryFeatures) -> dict[str, np.ndarray]:
        n = len(query.label_texts)
        index, similarity = self.neighbours(query.label_vectors)
        kernel = np.exp((similarity - similarity[:, :1]) / TEMPERATURE) * self.data.weights[index]
        knn = (kernel[:, :, None] * self.votes[index]).sum(axis=1)
        knn = knn / np.maximum(knn.sum(axis=1, keepdims=True), 1e-9) + EPSILON
        context = np.zeros((n, N_GOALS))
        if self.context is not None and query.has_context.any():
            rows = np.nonzero(query.has_context)[0]
            # A table's lines share a few services: each distinct context is read once.
            distinct, position = np.unique([query.context_texts[i] for i in rows], return_inverse=True)
            scores = self.context.predict(self.context_ngrams.transform(distinct.tolist()))
            context[rows] = scores[position]
        prior = np.where(query.has_prior[:, None], query.priors + EPSILON, 1.0 / N_GOALS)
        # One label under several services is read once.
        labels, label_position = np.unique(query.label_texts, return_inverse=True)
        return {
            # In double precision: a lone line's product and a table's agree to the last bits
            # that matter, as the neighbours' blocks do.
            "embedding": self.embedding.predict(query.label_vectors.astype(np.float64)),
            "lexical": self.lexical.predict(self.label_ngrams.transform(labels.tolist()))[label_position],
            "neighbours": np.log(knn / knn.sum(axis=1, keepdims=True)),
            "context": context,
            "prior": np.log(prior / prior.sum(axis=1, keepdims=True)),
            "_index": index,
            "_similarity": similarity,
        }


def as_query(data: TrainingData) -> QueryFeatures:
    """The features of labelled lines, as if they were to be classified."""
    return QueryFeatures(data.label_texts, data.label_vectors, data.context_texts,
                         data.priors, data.has_prior, data.opacity)


def _word_counts(texts: list[str]) -> np.ndarray:
    """Words of three letters or more in each text (codes and numbers aside)."""
    return np.array([len(_LONG_WORD.findall(text)) for text in texts], dtype=np.int64)


def _decisive_label(lexical: np.ndarray, query: QueryFeatures) -> np.ndarray:
    """Clear labels whose own words (the label-only lexical model) are sure of one goal."""
    return (lexical.max(axis=1) > DECISIVE_LABEL) & (query.opacity < DECISIVE_OPACITY)


def combine(parts: dict[str, np.ndarray], query: QueryFeatures, decisive: np.ndarray,
            flow: np.ndarray | None = None) -> np.ndarray:
    """Probability of each goal being the main one, from the experts' scores; ``flow``: the
    head's ``transversal_flow`` (by default, from the codebook's usual seconds)."""
    if flow is None:
        flow = transversal_flow(usual_second_goals())
    lexical = _softmax(parts["lexical"])
    # "Libellé first": the embedded text and the neighbours also read the service, which may
    # outweigh a clear label ("TRAVAUX POUR HANDICAPES" under the roads department is ODD 10,
    # not 11). When the label's own words are decisive, their model gets a larger vote.
    extra = np.where(decisive, DECISIVE_LABEL_WEIGHT, 0.0)[:, None]
    opacity = np.where(decisive, 0.0, query.opacity)  # the names beside decisive words tell nothing
    # A twin made of the same names shares a name, not a purpose: the closeness counts for the
    # label's purpose words only.
    closeness = np.clip((parts["_similarity"][:, 0] - NEAR_SIMILARITY) / (1 - NEAR_SIMILARITY), 0, 1)
    near = (NEAR_WEIGHT * closeness * (1 - opacity))[:, None]
    text = ((_softmax(parts["embedding"]) + (1 + extra) * lexical + (1 + near) * np.exp(parts["neighbours"]))
            / (3 + extra + near))
    log_p = np.log(text)
    unsure = np.clip((UNSURE_TEXT - text.max(axis=1)) / UNSURE_TEXT, 0, 1)
    context_weight = (CONTEXT_WEIGHT + CONTEXT_WEIGHT_UNSURE * unsure
                      + (CONTEXT_WEIGHT_OPAQUE - CONTEXT_WEIGHT) * opacity ** CONTEXT_OPACITY_POWER)
    context = np.log(FLOOR + _softmax(parts["context"]))
    log_p += np.where(query.has_context, context_weight, 0.0)[:, None] * context
    prior_shares = np.exp(parts["prior"])
    prior = np.log(PRIOR_FLOOR + prior_shares + PRIOR_TO_TRANSVERSAL * prior_shares @ flow)
    prior_weight = PRIOR_WEIGHT + (PRIOR_WEIGHT_OPAQUE - PRIOR_WEIGHT) * opacity
    clear = decisive & (_word_counts(query.label_texts) >= CLEAR_LABEL_WORDS)
    prior_weight = np.where(clear, PRIOR_WEIGHT_CLEAR, prior_weight) + PRIOR_WEIGHT_UNSURE * unsure
    log_p += np.where(query.has_prior, prior_weight, 0.0)[:, None] * prior
    return _softmax(log_p, 1.0)


def transversal_flow(usual_seconds: Mapping[int, set[int]]) -> np.ndarray:
    """``[a, b]`` is 1 when b is a transversal goal whose usual second is a (7 takes 4)."""
    flow = np.zeros((N_GOALS, N_GOALS))
    for goal, seconds in usual_seconds.items():
        if goal in TRANSVERSAL_GOALS:
            for second in seconds:
                flow[second - 1, goal - 1] = 1.0
    return flow


def outranking(usual_seconds: Mapping[int, set[int]]) -> np.ndarray:
    """``[a, b]`` is true when goal b is a usual second of goal a and not the other way round
    (the codebook reads 4 before 11, and 11 and 13 as each other's second: no order)."""
    matrix = np.zeros((N_GOALS, N_GOALS), dtype=bool)
    for main, seconds in usual_seconds.items():
        for second in seconds:
            if main not in usual_seconds.get(second, set()):
                matrix[main - 1, second - 1] = True
    return matrix


def purpose_first(probabilities: np.ndarray, outranks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Swap a close call between a goal and its usual second so that the purpose is the main goal.

    Returns the probabilities and, per line, the goal that was put second (0 where none)."""
    rows = np.arange(len(probabilities))
    order = np.argsort(-probabilities, axis=1, kind="stable")
    first, second = order[:, 0], order[:, 1]
    close = ((probabilities[rows, first] - probabilities[rows, second] < PURPOSE_MARGIN)
             & (probabilities[rows, second] >= PURPOSE_SUPPORT))
    swap = close & outranks[second, first]
    swapped = probabilities.copy()
    swapped[rows[swap], first[swap]] = probabilities[rows[swap], second[swap]]
    swapped[rows[swap], second[swap]] = probabilities[rows[swap], first[swap]]
    return swapped, np.where(swap, first + 1, 0)


class Head:
    """The base models, trained on the corpus (and later the user's corrections)."""

    def __init__(self, seed: int = 57, usual_seconds: Mapping[int, set[int]] | None = None) -> None:
        self.seed = seed
        self.base: BaseModels | None = None
        seconds = usual_second_goals() if usual_seconds is None else usual_seconds
        self.outranks = outranking(seconds)
        self.flow = transversal_flow(seconds)

    def train(self, data: TrainingData) -> Head:
        """Fit every model (seconds); used at first start and after each batch of corrections."""
        self.base = BaseModels(self.seed).fit(data)
        return self

    def predict(self, query: QueryFeatures) -> Prediction:
        assert self.base is not None, "head is not trained"
        parts = self.base.distributions(query)
        decisive = _decisive_label(_softmax(parts["lexical"]), query)
        probabilities, purpose_over = purpose_first(combine(parts, query, decisive, self.flow), self.outranks)
        index, similarity = parts["_index"], parts["_similarity"]
        targets = self.base.data.targets[index]  # (n, k, 17)
        main = probabilities.argmax(axis=1)
        same_main = targets.argmax(axis=2) == main[:, None]
        # The split comes from budget lines only: a goal's description says 100 % of its goal
        # for lack of anything else (shares only: grouped CV and the five outside sets' overlap
        # unchanged or up by 0.001, leave-one-part-out overlap 0.8221 -> 0.8223).
        kernel = (np.exp((similarity - similarity[:, :1]) / TEMPERATURE) * same_main
                  * self.base.data.split_known[index])
        template = (kernel[:, :, None] * targets).sum(axis=1)
        found = template.sum(axis=1) > 0
        template[found] /= template[found].sum(axis=1, keepdims=True)
        soft = 0.5 * _as_distribution(parts["embedding"]) + 0.5 * _as_distribution(parts["lexical"])
        weights = np.where(found[:, None], TEMPLATE_SHARE * template + (1 - TEMPLATE_SHARE) * soft, soft)
        # A label that gives no purpose takes its split from the codes that decided it
        # (grouped CV: overlap of such lines 0.755 -> 0.778).
        follows_prior = query.has_prior & (query.priors.argmax(axis=1) == main)
        mix = np.where(follows_prior, query.opacity, 0.0)[:, None]
        weights = (1 - mix) * weights + mix * query.priors
        # The examples an explanation may cite: the neighbours that agree with the decision.
        order = np.argsort(~same_main, axis=1, kind="stable")  # agreeing ones first, nearest first
        agreeing = np.take_along_axis(same_main, order, axis=1)
        examples = np.where(agreeing, np.take_along_axis(index, order, axis=1), -1)
        example_similarity = np.where(agreeing, np.take_along_axis(similarity, order, axis=1), 0.0)
        # Worth saying in the explanation: the service pointed at another goal, the label won.
        over_service = decisive & query.has_context & (parts["context"].argmax(axis=1) != main)
        over_codes = decisive & query.has_prior & (query.priors.argmax(axis=1) != main)
        return Prediction(probabilities, weights, examples, example_similarity, over_service, over_codes,
                          purpose_over)
