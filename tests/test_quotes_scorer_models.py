"""The quotes stage's learned models: feature conjunctions, boosted trees and the shipped scorer and filter."""

from __future__ import annotations

import importlib.util
import json

import pytest

from storyline.quotes.scorer import DATA_DIR, Scorer, crossed, fit, load_scorer
from storyline.quotes.trees import Trees, from_json


def test_crossed_adds_each_group_of_prefixes_once():
    names = ["bias", "k=say VERB ccomp", "len=<6", "inq=True"]
    out = crossed(names, (("k", "len"), ("k", "missing")))
    assert out[:4] == names
    assert out[4:] == ["k&len=say VERB ccomp|<6"]  # a group whose prefix is absent adds nothing


def test_scorer_with_crosses_weighs_the_conjunction():
    weights = {"bias": -1.0, "k&len=say VERB ccomp|<6": 3.0}
    plain = Scorer(weights, 0.5, frozenset())
    with_crosses = Scorer(weights, 0.5, frozenset(), (("k", "len"),))
    names = ["bias", "k=say VERB ccomp", "len=<6"]
    assert plain.probability(names) < 0.5 < with_crosses.probability(names)


def _xor_samples() -> list[tuple[list[str], bool]]:
    # Positive when exactly one of two cue conditions holds: no linear model over a and b separates it.
    samples = []
    for k in range(400):
        a, b = k % 2 == 0, k % 3 == 0
        names = ["bias"] + (["a=1"] if a else []) + (["b=1"] if b else []) + [f"noise={k % 7}"]
        samples.append((names, a != b))
    return samples


def _accuracy(model, samples) -> float:
    return sum((model.probability(n) >= 0.5) == y for n, y in samples) / len(samples)


def test_trees_walk_absent_and_present_branches():
    # One tree: "a" present -> node 1 asks "b"; leaves: 0 absent a, 1 a without b, 2 a and b.
    tree = (("a=1", "b=1"), (-1, -2), (1, -3), (-2.0, 2.0, -1.5))
    model = Trees((tree,), 0.0, 0.5)
    assert model.margin(["x"]) == -2.0
    assert model.margin(["a=1"]) == 2.0
    assert model.margin(["a=1", "b=1"]) == -1.5
    again = from_json(json.loads(json.dumps(model.to_json())), 0.5)
    assert again == model


@pytest.mark.skipif(importlib.util.find_spec("lightgbm") is None, reason="fitting trees needs lightgbm (dev extra)")
def test_fitted_trees_learn_an_interaction_the_logistic_model_cannot():
    from storyline.quotes.trees import fit_trees

    samples = _xor_samples()
    linear = Scorer(fit(samples, epochs=20, min_count=1), 0.5, frozenset())
    trees = fit_trees(samples, rounds=30, leaves=4, min_count=1)
    assert _accuracy(trees, samples) == 1.0
    assert _accuracy(linear, samples) < 0.8
    assert fit_trees(samples, rounds=30, leaves=4, min_count=1) == trees  # deterministic


def test_shipped_scorer_loads_with_its_threshold_and_parse_forms():
    raw = json.loads((DATA_DIR / "en_scorer.json").read_text(encoding="utf-8"))
    scorer = load_scorer("en_scorer.json")
    assert 0.0 < scorer.threshold < 1.0
    assert {"said", "told", "according"} <= scorer.forms
    assert raw["threshold"] == scorer.threshold


@pytest.mark.skipif(
    importlib.util.find_spec("sklearn") is None, reason="liblinear fitting needs scikit-learn (dev extra)"
)
def test_liblinear_weights_separate_the_deciding_features_and_name_the_intercept_bias():
    from storyline.quotes.trees import fit_liblinear

    samples = [(["bias", "cue=say", "subject=name"], True)] * 40 + [(["bias", "cue=leave", "subject=none"], False)] * 40
    weights = fit_liblinear(samples, c=1.0, min_count=1)
    assert weights["cue=say"] > 0 > weights["cue=leave"]
    assert "bias" in weights
    assert fit_liblinear(samples, c=1.0, min_count=1) == weights  # deterministic


def test_candidate_scores_fold_by_document_and_report_precision_and_recall():
    from storyline.quotes.heldout import candidate_scores

    # Documents whose candidates are right exactly when the cue is "say": a fitted scorer finds all of them.
    docs = [[(["bias", "l=say"], True), (["bias", "l=leave"], False)] * 5 for _ in range(6)]
    out = candidate_scores(docs, 3, lambda s: Scorer(fit(s, min_count=1), 0.5, frozenset()))
    assert out["candidates"] == 60 and out["positives"] == 30
    assert out["0.5"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_context_features_read_the_cue_position_and_a_named_subject():
    from storyline.errors import NotFound
    from storyline.langs import language_data
    from storyline.quotes.parsed import candidates, parser
    from storyline.quotes.scorer import context_features

    try:
        nlp = parser(tuple(language_data("en", "quotes").PARSER_MODEL))
    except NotFound:
        pytest.skip("no English spaCy model installed")
    doc = nlp("Senator Lindsey Graham told reporters on Tuesday that the bill would fail in the House.")
    tok, frame, content, source = next(c for c in candidates(doc) if c[0].text == "told")
    names = context_features(tok, frame, content, source)
    assert "named=True" in names
    assert "pos=<6" in names  # the cue is the fourth token
    assert "ends=True" in names  # the claim runs to the full stop


def test_heldout_folds_are_document_ranges_within_train():
    import click

    from storyline.quotes.heldout import _fold

    assert _fold("756:840", 840) == list(range(756, 840))
    with pytest.raises(click.BadParameter, match="START:END"):
        _fold("800:900", 840)


def test_heldout_memo_parser_stands_in_for_the_stages_parser(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.errors import NotFound
    from storyline.langs import language_data
    from storyline.quotes import parsed
    from storyline.quotes.heldout import _MemoParser

    models = tuple(language_data("en", "quotes").PARSER_MODEL)
    try:
        nlp = parsed.parser(models)
    except NotFound:
        pytest.skip("no English spaCy model installed")
    memo = _MemoParser(nlp, tmp_path)
    monkeypatch.setattr(parsed, "parser", lambda _models: memo)  # as `heldout.Corpus.run` does
    text = "Senator Lindsey Graham told reporters on Tuesday that the bill would fail in the House."
    ((start, doc),) = parsed.parse_sentences(text, [(0, len(text))], models, frozenset({"told"}))
    assert (start, doc.text, memo.new) == (0, text, 1)
    assert parsed.parse_sentences(text, [(0, len(text))], models, frozenset({"told"}))[0][1] is doc  # memoised


def test_heldout_cross_model_learns_the_conjunction_it_names():
    from storyline.quotes.heldout import fit_model

    # Positive only when cue and length agree: the crossed "l&len" names carry what neither prefix does.
    samples = [
        (["bias", f"l={c}", f"len={n}"], (c == "say") == (n == "<6")) for c in ("say", "leave") for n in ("<6", "<21")
    ]
    model = fit_model("cross", samples * 30, seed=13, crosses=(("l", "len"),))
    assert model.crosses == (("l", "len"),)
    assert all((model.probability(names) >= 0.5) == label for names, label in samples)


def test_liblinear_without_scikit_learn_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.errors import UnsupportedInput
    from storyline.quotes import train, trees

    def missing(*_args: object) -> None:
        raise ImportError("No module named 'sklearn'")

    monkeypatch.setattr(trees, "fit_liblinear", missing)
    with pytest.raises(UnsupportedInput, match=r"pip install -e \.\[dev\]"):
        train.fit_with("liblinear", [(["a"], True), (["b"], False)])
