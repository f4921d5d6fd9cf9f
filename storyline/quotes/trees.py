"""Gradient-boosted trees over feature names, a stronger alternative to the logistic scorer and filter.

Each tree node asks whether one feature name (`scorer.features`, `filter.quote_features`) is present, so
the trees weigh combinations (cue lemma x frame x length) a linear model cannot. They are fitted with
LightGBM at train time only (`pip install -e .[dev]`) and exported to JSON that `Trees.probability` walks
in plain Python; the runtime needs no LightGBM.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# A tree child: an index >= 0 is another node of the tree, a negative index ~k is leaf k.
Tree = tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], tuple[float, ...]]


@dataclass(frozen=True)
class Trees:
    """Boosted trees (split names, child when absent, child when present, leaf values) and a threshold."""

    trees: tuple[Tree, ...]
    base: float
    threshold: float
    forms: frozenset[str] = frozenset()

    def margin(self, names: Iterable[str]) -> float:
        """The summed leaf values of the trees for a sample with these feature names."""
        present = set(names)
        z = self.base
        for split, absent, there, leaves in self.trees:
            node = 0
            while node >= 0:
                node = there[node] if split[node] in present else absent[node]
            z += leaves[~node]
        return z

    def probability(self, names: Iterable[str]) -> float:
        """The probability that a sample with these feature names is positive."""
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.margin(names)))))

    def to_json(self) -> dict[str, Any]:
        """The trees as JSON-ready lists (leaf values rounded to 4 decimals)."""
        return {
            "base": self.base,
            "trees": [
                {"split": list(s), "absent": list(a), "present": list(p), "leaf": list(v)} for s, a, p, v in self.trees
            ],
        }


def from_json(raw: dict[str, Any], threshold: float, forms: frozenset[str] = frozenset()) -> Trees:
    """Trees from `Trees.to_json` output."""
    trees = tuple(
        (tuple(t["split"]), tuple(t["absent"]), tuple(t["present"]), tuple(float(v) for v in t["leaf"]))
        for t in raw["trees"]
    )
    return Trees(trees, float(raw["base"]), threshold, forms)


def _export(node: dict[str, Any], names: Sequence[str], tree: list[list[Any]], leaves: list[float]) -> int:
    """Flatten one LightGBM tree node (binary 0/1 features) into `tree` rows; return its child index."""
    if "leaf_value" in node:
        leaves.append(round(float(node["leaf_value"]), 4))
        return ~(len(leaves) - 1)
    k = len(tree)
    tree.append([names[node["split_feature"]], 0, 0])
    left = _export(node["left_child"], names, tree, leaves)
    right = _export(node["right_child"], names, tree, leaves)
    threshold = float(node["threshold"])
    # An absent name is the value 0 (or "missing" when LightGBM treats zeros so); present is 1.
    absent_left = bool(node["default_left"]) if node.get("missing_type") == "Zero" else threshold >= 0.0
    present_left = threshold >= 1.0
    tree[k][1] = left if absent_left else right
    tree[k][2] = left if present_left else right
    return k


def design(samples: Sequence[tuple[list[str], bool]], min_count: int = 3) -> tuple[list[str], Any, Any]:
    """(feature names, sparse 0/1 sample-by-name matrix, 0/1 labels) of names seen `min_count` times."""
    import numpy
    from scipy.sparse import csr_matrix

    seen = Counter(n for names, _ in samples for n in set(names))
    names = sorted(n for n, c in seen.items() if c >= min_count and n != "bias")
    index = {n: i for i, n in enumerate(names)}
    rows, cols = [], []
    for r, (sample, _label) in enumerate(samples):
        for c in sorted({index[n] for n in sample if n in index}):
            rows.append(r)
            cols.append(c)
    x = csr_matrix((numpy.ones(len(rows), dtype=numpy.float32), (rows, cols)), shape=(len(samples), len(names)))
    y = numpy.array([1.0 if label else 0.0 for _s, label in samples])
    return names, x, y


def fit_liblinear(samples: Sequence[tuple[list[str], bool]], c: float = 0.3, min_count: int = 3) -> dict[str, float]:
    """Logistic-regression weights fitted to convergence by scikit-learn's liblinear (L2 penalty, inverse
    strength `c`), as the name -> weight map `scorer.Scorer` reads ("bias" the intercept)."""
    from sklearn.linear_model import LogisticRegression

    names, x, y = design(samples, min_count)
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0).fit(x, y)
    weights = {n: round(float(w), 3) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 5e-3}
    weights["bias"] = round(float(model.intercept_[0]), 3)
    return dict(sorted(weights.items()))


def fit_trees(
    samples: Sequence[tuple[list[str], bool]],
    seed: int = 13,
    rounds: int = 200,
    leaves: int = 15,
    rate: float = 0.1,
    min_count: int = 3,
    init: Sequence[float] | None = None,
) -> Trees:
    """Boosted trees fitted with LightGBM (single-threaded, deterministic) on binary feature-name samples."""
    import lightgbm
    import numpy

    names, x, y = design(samples, min_count)
    params = {
        "objective": "binary",
        "learning_rate": rate,
        "num_leaves": leaves,
        "min_data_in_leaf": 20,
        "lambda_l2": 1.0,
        "num_threads": 1,
        "deterministic": True,
        "force_row_wise": True,
        "seed": seed,
        "verbosity": -1,
    }
    data = lightgbm.Dataset(x, y, init_score=None if init is None else numpy.asarray(init), free_raw_data=False)
    booster = lightgbm.train(params, data, num_boost_round=rounds)
    trees = []
    for info in booster.dump_model()["tree_info"]:
        rows_: list[list[Any]] = []
        values: list[float] = []
        root = _export(info["tree_structure"], names, rows_, values)
        if root < 0:  # a single leaf: a split that never fires carries it
            rows_.append(["bias", root, root])
        trees.append(
            (tuple(r[0] for r in rows_), tuple(r[1] for r in rows_), tuple(r[2] for r in rows_), tuple(values))
        )
    return Trees(tuple(trees), 0.0, 0.5)
