"""The quote tagger: gold labels, features read off the finder's evidence, and merging tagged spans."""

from __future__ import annotations

import pytest

from storyline.errors import NotFound
from storyline.langs import language_data
from storyline.quotes import simple_sentences
from storyline.quotes.extract import find_unfiltered, learned_forms
from storyline.quotes.tagger import (
    Tagged,
    Tagger,
    evidence,
    features,
    load_tagger,
    merge,
    paragraph_tokens,
    runs,
)
from storyline.quotes.tagger_train import gold_labels

TEXT = (
    "Senator Lindsey Graham told reporters on Tuesday that the bill would fail in the House. "
    "Many voters in Ohio doubt the plan."
)


def _span(text: str, words: str) -> dict:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def test_gold_labels_mark_content_over_cue_and_leave_nested_claims_to_the_longer() -> None:
    text = "Graham said Cruz believes the bill will fail."
    doc = {
        "text": text,
        "attributions": [
            {
                "source": _span(text, "Graham"),
                "cue": _span(text, "said"),
                "content": _span(text, "Cruz believes the bill will fail"),
            },
            {
                "source": _span(text, "Cruz"),
                "cue": _span(text, "believes"),
                "content": _span(text, "the bill will fail"),
            },
        ],
    }
    ev_toks = [(m.start(), m.end(), m.group()) for m in __import__("re").finditer(r"\w+|[^\w\s]", text)]
    labels = gold_labels(doc, ev_toks)
    assert labels[:4] == ["B-S", "B-Q", "B-C", "I-C"]  # Graham said Cruz believes: the inner cue is content
    assert labels[-2:] == ["I-C", "O"]  # the nested claim does not split the longer one; the full stop is outside
    assert labels.count("B-C") == 1


def test_runs_read_spans_and_an_inside_label_after_another_opens_one() -> None:
    labels = ["O", "B-C", "I-C", "B-C", "O", "I-C", "B-Q"]
    assert runs(labels, "C") == [(1, 3), (3, 4), (5, 6)]
    assert runs(labels, "Q") == [(6, 7)]


def test_features_carry_the_finders_quotations_cues_and_marks() -> None:
    text = "“We will not give up,” Peskov said on Friday."
    finder, found = find_unfiltered(text, "en", simple_sentences(text, "en"))
    ev = evidence(finder, found, [], learned_forms("en"))
    toks = paragraph_tokens(ev, 0, len(text))
    feats = features(ev, toks)
    said = next(k for k, t in enumerate(toks) if t[2] == "said")
    we = next(k for k, t in enumerate(toks) if t[2] == "We")
    assert "cue" in feats[said] and "kcB" in feats[said]  # a rule cue, the found quotation's cue
    assert any(f.startswith("kd") and f.endswith("B") for f in feats[we])  # a direct quotation starts here
    assert "mI" in feats[we] and "w=we" in feats[we]  # inside the marks (the opening mark is their first token)


def test_merge_adds_a_confident_tagged_claim_with_its_tagged_cue_and_resolved_speaker() -> None:
    finder, found = find_unfiltered(TEXT, "en", simple_sentences(TEXT, "en"))
    start = TEXT.index("Many")
    found = [q for q in found if q.end <= start]  # as if nothing had been found in the second sentence
    assert found
    ev = evidence(finder, found, [], learned_forms("en"))
    toks = paragraph_tokens(ev, start, len(TEXT))
    words = [t[2] for t in toks]
    labels = ["B-S", "I-S", "I-S", "I-S", "B-Q", "B-C", "I-C", "O"]
    assert words == ["Many", "voters", "in", "Ohio", "doubt", "the", "plan", "."]
    tagger = Tagger.__new__(Tagger)
    tagger.threshold, tagger.min_words, tagger.own_cue = 0.5, 2, True
    merged = merge(finder, [Tagged(toks, labels, [0.0] * 5 + [0.9, 0.9, 0.0])], found, tagger)
    new = [q for q in merged if q.extra.get("attributed") == "tagger"]
    assert len(new) == 1
    q = new[0]
    assert TEXT[q.start : q.end] == "the plan" and q.kind == "reported"
    assert q.cue is not None and TEXT[q.cue[0] : q.cue[1]] == "doubt"
    assert q.speaker is not None and q.speaker.span is not None
    assert TEXT[q.speaker.span[0] : q.speaker.span[1]] == "Many voters in Ohio"
    # An unsure span (mean content marginal under the threshold) adds nothing.
    unsure = merge(finder, [Tagged(toks, labels, [0.0] * 5 + [0.4, 0.4, 0.0])], found, tagger)
    assert len(unsure) == len(found)


def test_a_missing_model_names_its_rebuild_command() -> None:
    with pytest.raises(NotFound, match="tagger_train"):
        load_tagger("xx_missing.crfsuite")


def test_only_languages_whose_data_name_a_tagger_get_one() -> None:
    for lang in ("pl", "ru", "de"):
        assert getattr(language_data(lang, "quotes"), "LEARNED_TAGGER", None) is None


def _merged(text: str, source: str, cue: str, content: str) -> list[str]:
    """The contents the tagger adds when it tags `source`, `cue` and `content` of `text` confidently and the
    finder found no quotation with that cue."""
    finder, found = find_unfiltered(text, "en", simple_sentences(text, "en"))
    found = [q for q in found if q.cue is None or text[q.cue[0] : q.cue[1]] != cue]  # as if the finder missed it
    toks = paragraph_tokens(evidence(finder, found, [], learned_forms("en")), 0, len(text))
    labels: list[str] = []
    for s, _e, _g in toks:
        tag = next(
            (t for t, words in (("S", source), ("Q", cue), ("C", content)) if 0 <= s - text.index(words) < len(words)),
            "",
        )
        labels.append("O" if not tag else ("I-" if labels and labels[-1][2:] == tag else "B-") + tag)
    tagger = Tagger.__new__(Tagger)
    tagger.threshold, tagger.min_words, tagger.own_cue = 0.5, 2, True
    merged = merge(finder, [Tagged(toks, labels, [0.9 if lb[2:] == "C" else 0.0 for lb in labels])], found, tagger)
    return [text[q.start : q.end] for q in merged if q.extra.get("attributed") == "tagger"]


@pytest.mark.parametrize(
    ("text", "source", "content", "added"),
    [
        # What someone sees is no claim: the parse path requires a clause or an "as" predicate of "saw" too.
        (
            "The world saw a different side of the pontiff on New Year’s Eve after the service in the square.",
            "The world",
            "a different side of the pontiff on New Year’s Eve",
            False,
        ),
        (
            "Senator Graham saw the deal as a betrayal of the voters.",
            "Senator Graham",
            "the deal as a betrayal of the voters",
            True,
        ),
    ],
)
def test_merge_adds_a_perception_verbs_claim_only_with_a_clause_or_as_predicate(
    text: str, source: str, content: str, added: bool
) -> None:
    assert _merged(text, source, "saw", content) == ([content] if added else [])


@pytest.mark.parametrize(
    ("text", "source", "content", "added"),
    [
        # A page or section label before a headline's colon names no one, as in the rules (NOT_NAMES).
        (
            "Q: Can I renew my work visa if I was hired locally and have no degree?",
            "Q",
            "Can I renew my work visa",
            False,
        ),
        (
            "Credit: AP Thai police on Sunday shot dead a soldier.",
            "Credit",
            "AP Thai police on Sunday shot dead",
            False,
        ),
        ("Trump: Mexico will pay for the wall, believe me.", "Trump", "Mexico will pay for the wall", True),
    ],
)
def test_merge_adds_a_claim_after_a_colon_only_when_a_name_stands_before_it(
    text: str, source: str, content: str, added: bool
) -> None:
    assert _merged(text, source, ":", content) == ([content] if added else [])
