"""Sentence embeddings with the CTranslate2 encoder — the only module importing ctranslate2.

multilingual-e5 recipe: "query: " prefix, ``<s> ... </s>`` around the sentencepiece ids,
mean of the last hidden states over the tokens, L2 normalisation. Texts are encoded in batches
of one token length, never padded: a text's vector is then the same whatever it is encoded with.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from verdir.models.build import SPM_FILE, read_manifest
from verdir.models.vocabulary import with_french_letters

QUERY_PREFIX = "query: "
BOS_ID, EOS_ID = 0, 2
MAX_TOKENS = 512
# Changes whenever the same model gives other vectors for the same text (2: batches without
# padding; 3: letters French does not use written without their diacritics); stored vectors and
# the trained head are keyed by it.
EMBEDDING_REVISION = 3


def normalise_spaces(text: str) -> str:
    """The text with whitespace runs collapsed to one space and no leading/trailing space."""
    return " ".join(text.split())


def _import_ctranslate2():
    try:
        import ctranslate2
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise ImportError(
            "ctranslate2 is required to run the Verdir model: pip install ctranslate2"
        ) from error
    return ctranslate2


class Encoder:
    """Turns texts into L2-normalised 384-d vectors on the CPU."""

    def __init__(self, folder: Path, compute_type: str = "int8", workers: int = 0) -> None:
        """``workers``: batches encoded in parallel, one core each (0: the machine's cores, <= 4).

        One thread per batch and several batches at once beats several threads on one batch
        on an office CPU: a single short line is encoded in ~7 ms instead of ~17 ms with two
        threads, and a long list ~35 % faster (measured on 2 cores).
        """
        import sentencepiece as spm

        ctranslate2 = _import_ctranslate2()
        self.folder = Path(folder)
        self.manifest = read_manifest(self.folder) or {}
        self.tokenizer = spm.SentencePieceProcessor(model_file=str(self.folder / SPM_FILE))
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self.model = ctranslate2.Encoder(
            str(self.folder), device="cpu", compute_type=compute_type, intra_threads=1,
            inter_threads=self.workers,
        )
        self.dimension = int(self.manifest.get("hidden_size", 384))

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Model input ids for each text, prefix and special tokens included.

        Runs of whitespace are collapsed and the ends stripped first: e5's Hugging Face
        tokenizer would otherwise emit a lone "▁" token for a trailing space. Letters French
        does not use lose their diacritics: the vocabulary only has French letters.
        """
        pieces = self.tokenizer.encode([QUERY_PREFIX + normalise_spaces(with_french_letters(text))
                                        for text in texts])
        return [[BOS_ID, *ids[: MAX_TOKENS - 2], EOS_ID] for ids in pieces]

    def embed(self, texts: Sequence[str], batch_size: int = 8) -> np.ndarray:
        """Embeddings as a float32 array of shape (len(texts), dimension).

        Small batches on one core each are both faster and lighter than large ones here
        (16 lines: ~7.4 s and 370 MB peak for 3,461 lines, against 9.7 s and 450 MB for 64;
        8 lines: the encoder's working memory 36 -> 25 MB for ~5 % more time).
        """
        result = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return result
        ids = self.token_ids(texts)
        # A batch holds texts of one token length only: no padding, so a text's vector does not
        # depend on the texts it is encoded with (padding moves int8 results by up to 0.01,
        # enough to turn a close call), and no time is spent on padded positions.
        by_length: dict[int, list[int]] = {}
        for index, row in enumerate(ids):
            by_length.setdefault(len(row), []).append(index)
        chunks = [same[start : start + batch_size] for _, same in sorted(by_length.items())
                  for start in range(0, len(same), batch_size)]

        def encode(chosen: list[int]) -> None:
            output = self.model.forward_batch([ids[i] for i in chosen])  # releases the GIL
            pooled = np.asarray(output.last_hidden_state, dtype=np.float32).mean(axis=1)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            result[chosen] = pooled / np.maximum(norms, 1e-12)

        if len(chunks) == 1 or self.workers == 1:
            for chosen in chunks:
                encode(chosen)
        else:
            with ThreadPoolExecutor(self.workers) as pool:
                list(pool.map(encode, chunks))
        return result
