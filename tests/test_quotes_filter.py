"""The learned quote filter: it drops cue-word fits PolNeAR never counts and keeps real attributions."""

from __future__ import annotations

import pytest

from storyline.errors import NotFound
from storyline.langs import language_data
from storyline.quotes import find_quotes, simple_sentences
from storyline.quotes.extract import features_of, find_unfiltered
from storyline.quotes.filter import load_filter, quote_features

TEXT = (
    "Senator Lindsey Graham told reporters on Tuesday that the bill would fail in the House. "
    "The deal is not counted among his more successful ventures. "
    "“We will not give up,” Peskov said."
)


def _contents(quotes: list, text: str) -> list[str]:
    return [text[q.start : q.end] for q in quotes]


def test_filter_ranks_fits_that_are_no_attribution_below_speech_and_keeps_speech() -> None:
    finder, unfiltered = find_unfiltered(TEXT, "en", simple_sentences(TEXT, "en"))
    kept = _contents(find_quotes(TEXT, "en", simple_sentences(TEXT, "en")), TEXT)
    assert "that the bill would fail in the House" in kept
    assert "We will not give up," in kept
    model = load_filter("en_filter.json").model
    p = {TEXT[q.start : q.end]: model.probability(features_of(finder, q)) for q in unfiltered}
    # a cue word's fit on a phrase, no claim ("counted among"), well below both claims
    assert (
        p["among his more successful ventures"]
        < min(p["We will not give up,"], p["that the bill would fail in the House"]) - 0.3
    )
    # whatever the filter judges under its threshold is gone from the stage's output
    assert all((p[c] >= model.threshold) == (c in kept) for c in p)


def test_filter_features_name_cue_side_and_first_word() -> None:
    finder, quotes = find_unfiltered(TEXT, "en", simple_sentences(TEXT, "en"))
    names = features_of(finder, quotes[0])
    assert {"cl=told", "side=before", "c0=that", "spk=person"} <= set(names)
    plain = quote_features("a b c", 0, 5, "reported", None, None, None, {}, (0, 5))
    assert "side=none" in plain and "spk=none" in plain


def test_languages_without_a_filter_keep_every_quotation() -> None:
    assert getattr(language_data("pl", "quotes"), "LEARNED_FILTER", None) is None
    text = "Rzecznik Kremla Dmitrij Pieskow powiedział, że rozmowy nie są obecnie prowadzone."
    _finder, unfiltered = find_unfiltered(text, "pl", simple_sentences(text, "pl"))
    assert len(find_quotes(text, "pl", simple_sentences(text, "pl"))) == len(unfiltered) == 1


def test_a_missing_filter_file_names_the_rebuild_command() -> None:
    with pytest.raises(NotFound, match="--filter"):
        load_filter("xx_missing_filter.json")
