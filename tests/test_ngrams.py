"""The n-gram models: fitted by scikit-learn, applied without it, with the same results."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from verdir.engine.corpus import load_corpus
from verdir.engine.head import Ngrams, character_ngrams, word_ngrams

TRICKY = ["", "   ", "a", "É", "x y z", "l'école  d’été\tà  Noël", "ISOL THERM GS PASTEUR",
          "CŒUR DE VILLE : œuvre d’art (1 234,56 €)", "TRX VRD ZAC DES PINS - 2017I03", "Ĳ ß ﬁ"]


@pytest.fixture(scope="module")
def labels() -> list[str]:
    return [item.line.libelle for item in load_corpus()] + TRICKY


def test_analyzers_cut_texts_as_scikit_learns(labels):
    characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    words = TfidfVectorizer(ngram_range=(1, 2), token_pattern=r"(?u)\b\w\w+\b").build_analyzer()
    assert [character_ngrams(text) for text in labels] == [characters(text) for text in labels]
    assert [word_ngrams(text) for text in labels] == [words(text) for text in labels]


def test_fitted_ngrams_give_scikit_learns_matrix_without_it(labels):
    learnt, unseen = labels[:15000], labels[15000:]
    ngrams = Ngrams(max_characters=40000)
    fitted = ngrams.fit_transform(learnt)
    assert abs(ngrams.transform(learnt) - fitted).max() < 1e-12
    characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                 sublinear_tf=True, max_features=40000).fit(learnt)
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                            token_pattern=r"(?u)\b\w\w+\b").fit(learnt)
    expected = sparse.hstack([characters.transform(unseen), words.transform(unseen)]).tocsr()
    ours = ngrams.transform(unseen)
    assert ours.shape == expected.shape and ours.nnz == expected.nnz > 0
    assert abs(ours - expected).max() < 1e-12
    empty = ngrams.transform(["", "§§"])
    assert empty.nnz == 0 and not np.isnan(empty.toarray()).any()
