"""Article-to-article similarity: the same signals story clustering combines, for pairs of texts."""

from __future__ import annotations

import numpy as np

from storyline.stories.cluster import KeyStats, key_cosine
from storyline.stories.features import article_keys, vector_text

# Linear blend calibrated on shared eval semeval8 dev pairs (Pearson vs -overall: 0.63 at 0.7/0.3;
# 0.62 at 0.5/0.5, 0.52 keys alone), see
# `storyline eval similarity`. EXACT_* blend the full e5 cosine (alone 0.742) with the static one:
# best z-score mix 0.85 e5 + 0.15 static = Pearson 0.746 on the same pairs, rescaled here by the dev
# standard deviations (e5 0.055, static 0.256); keys added nothing on top of e5.
W_VECTOR = 0.7
W_KEYS = 0.3
EXACT_W_E5 = 0.964
EXACT_W_VECTOR = 0.036
EXACT_W_KEYS = 0.0


def split_title(text: str) -> tuple[str | None, str]:
    """First line as title when the text has several lines (news dumps put the headline first)."""
    first, sep, rest = text.strip().partition("\n")
    return (first, rest) if sep and len(first.split()) <= 30 else (None, text)


def centre_by_language(vecs: np.ndarray, langs: list[str | None]) -> np.ndarray:
    """Subtract each language's mean vector and renormalise (as the clusterer does while streaming)."""
    out = vecs.copy()
    for lang in set(langs):
        rows = [i for i, x in enumerate(langs) if x == lang]
        if len(rows) >= 5:
            out[rows] -= vecs[rows].mean(axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def pair_similarities(
    left: list[tuple[str, str | None]], right: list[tuple[str, str | None]], exact: bool = False
) -> np.ndarray:
    """Similarity of each (text, lang) pair; key rarity from all the texts given."""
    from storyline.stories.embed import embed_texts, embed_texts_exact

    texts = [t for t, _ in left] + [t for t, _ in right]
    parts = [split_title(t) for t in texts]
    vecs = centre_by_language(
        embed_texts([vector_text(title, body) for title, body in parts]), [lang for _, lang in left + right]
    )
    keys = [article_keys(title, body) for title, body in parts]
    stats = KeyStats()
    for k in keys:
        stats.add(k)
    n = len(left)
    cos = (vecs[:n] * vecs[n:]).sum(axis=1)
    ks = np.array([key_cosine(keys[i], keys[n + i], stats) for i in range(n)])
    if not exact:
        return W_VECTOR * cos + W_KEYS * ks
    ex = embed_texts_exact(texts)
    e5 = (ex[:n] * ex[n:]).sum(axis=1)
    return EXACT_W_E5 * e5 + EXACT_W_VECTOR * cos + EXACT_W_KEYS * ks
