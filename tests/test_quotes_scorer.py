"""The parse path's learned candidate scorer: fitting, the shipped weights on real parses, a missing file."""

from __future__ import annotations

import pytest

from storyline.errors import NotFound
from storyline.langs import language_data
from storyline.quotes.parsed import candidates, parser
from storyline.quotes.scorer import features, fit, load_scorer


def test_fit_separates_features_that_decide_the_label() -> None:
    samples = [(["bias", "cue=say", "subject=name"], True)] * 40 + [(["bias", "cue=leave", "subject=none"], False)] * 40
    weights = fit(samples, min_count=1)
    assert weights["cue=say"] > 0 > weights["cue=leave"]
    assert weights["subject=name"] > 0 > weights["subject=none"]


def test_fit_ignores_features_seen_too_rarely() -> None:
    samples = [(["bias", "common"], True)] * 5 + [(["bias", "common", "once"], False)]
    assert "once" not in fit(samples, min_count=2)


def _scores(sentence: str) -> dict[str, float]:
    data = language_data("en", "quotes")
    try:
        nlp = parser(tuple(data.PARSER_MODEL))
    except NotFound:
        pytest.skip("no English spaCy model installed")
    scorer = load_scorer(data.LEARNED_SCORER)
    return {
        tok.text: scorer.probability(features(tok, frame, content, source))
        for tok, frame, content, source in candidates(nlp(sentence))
    }


def test_shipped_scorer_keeps_a_named_speakers_claim() -> None:
    scorer = load_scorer(language_data("en", "quotes").LEARNED_SCORER)
    scores = _scores("Senator Lindsey Graham told reporters on Tuesday that the bill would fail in the House.")
    assert scores["told"] >= scorer.threshold


def test_shipped_scorer_rejects_an_ordinary_action() -> None:
    scorer = load_scorer(language_data("en", "quotes").LEARNED_SCORER)
    scores = _scores("The storm left thousands of homes along the coast without power for three days.")
    assert "left" in scores  # a candidate (verb with an object) that is no attribution
    assert scores["left"] < scorer.threshold


def test_missing_scorer_names_the_rebuild_command() -> None:
    with pytest.raises(NotFound, match=r"storyline\.quotes\.train --scorer"):
        load_scorer("no_such_scorer.json")
