"""The parse path's stand-in for spaCy's attribute ruler and lemmatizer gives the model's own values."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
TEXT = (
    "Trump's support for the wall ain't gonna fade, aides said. There is no deal, and it's not clear "
    "whether Peskov, who'd told reporters he was unaware of the talks, believes the Kremlin's claims. "
    "I don't think so, she wrote; they were asked to stay. “Consultations are not currently under way.”"
)


def _models() -> tuple[object, object]:
    spacy = pytest.importorskip("spacy")
    from storyline.langs import language_data
    from storyline.quotes.attributes import install

    for name in language_data("en", "quotes").PARSER_MODEL:
        try:
            return spacy.load(name, exclude=["ner"]), install(spacy.load(name, exclude=["ner"]))
        except OSError:
            continue
    pytest.skip("no English spaCy model installed")


def _texts() -> list[str]:
    texts = [TEXT]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    return texts


def test_parts_of_speech_and_lemmas_equal_the_full_pipeline() -> None:
    from storyline.quotes.attributes import COMPONENT, lemma

    full, fast = _models()
    assert COMPONENT in fast.pipe_names and "lemmatizer" not in fast.pipe_names  # type: ignore[attr-defined]
    compared = 0
    for text in _texts():
        for a, b in zip(full(text), fast(text), strict=True):  # type: ignore[operator]
            assert (a.text, a.pos_, a.tag_) == (b.text, b.pos_, b.tag_)
            assert a.lemma_ == lemma(b), (a.text, a.pos_)
            compared += 1
    assert compared > 100


def test_pattern_lemmas_and_contexts_follow_the_ruler() -> None:
    from storyline.quotes.attributes import lemma

    _full, fast = _models()
    doc = fast("We ain't gonna stop, I'd say.")  # type: ignore[operator]
    by_text = {t.text: t for t in doc}
    assert lemma(by_text["ai"]) == "be"  # a two-token pattern of the ruler ("ai n't")
    assert lemma(by_text["gon"]) == "go" and lemma(by_text["na"]) == "to"
    assert lemma(by_text["'d"]) == "would" and by_text["'d"].pos_ == "AUX"
    assert lemma(by_text["say"]) == "say" and by_text["say"].pos_ == "VERB"


def test_children_listed_once_per_doc_equal_spacys() -> None:
    from storyline.quotes.attributes import children

    _full, fast = _models()
    docs = [fast(text) for text in _texts()]  # type: ignore[operator]
    compared = 0
    for doc in docs:
        for tok in doc:
            assert [c.i for c in children(tok)] == [c.i for c in tok.children]
            compared += 1
    # Asking about another doc and coming back lists each doc's own children, not the last doc's.
    first, second = docs[0], fast("Peskov said the talks had stalled.")  # type: ignore[operator]
    assert [c.i for c in children(second[1])] == [c.i for c in second[1].children]
    assert [c.i for c in children(first[first[0].head.i])] == [c.i for c in first[first[0].head.i].children]
    assert all(c.doc is first for t in first for c in children(t))
    assert compared > 100
