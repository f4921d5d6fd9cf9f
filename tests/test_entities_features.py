"""Tagger features from dictionaries, initials in names, and the spaCy-lead/tagger-tail split for English."""

from __future__ import annotations

import pytest

from storyline.entities import recognize
from storyline.entities.morph import morph_features
from storyline.entities.recognize import _join_initials, _lead_cut, find_mentions_batch
from storyline.entities.tagger import Featurizer


@pytest.mark.parametrize(
    ("word", "lang", "klass", "base"),
    [
        ("Kijowa", "pl", "nazwa_geograficzna", "kijów"),  # morfeusz2 SGJP name class, base form
        ("Trumpa", "pl", "nazwisko", "trump"),
        ("Москве", "ru", "Geox", "москва"),  # pymorphy3 OpenCorpora grammemes
        ("Трампа", "uk", "Surn", "трамп"),
    ],
)
def test_dictionary_name_classes(word: str, lang: str, klass: str, base: str) -> None:
    classes, pos, lemma = morph_features(word, lang)
    assert klass in classes.split("|")
    assert lemma == base
    assert pos


def test_languages_without_analyser_pay_nothing() -> None:
    assert morph_features("Berlin", "en") == ("", "", "")
    assert morph_features("2020", "pl") == ("", "", "")
    f = Featurizer(version=4)
    de = f.features(["Chancellor", "Scholz", "visited", "Kyiv"], "en")
    pl = f.features(["Prezydent", "Duda", "odwiedził", "Kijów"], "pl")
    assert de.shape == pl.shape
    # English rows keep the four dictionary slots empty (padding row 0); Polish rows fill them
    assert (de[:, 14:18] == 0).all()
    assert (pl[3, 14:18] != 0).all()


def test_simplemma_languages_know_base_forms() -> None:
    known, _, base = morph_features("Praze", "cs")
    assert base == "praha" and known.endswith("C")  # the dictionary holds Praha as a proper name
    assert morph_features("Ljubljani", "sl")[2] == "ljubljana"
    # languages the tagger never trained on share the language-free "unknown capitalised word" classes
    assert morph_features("Hryzenko", "de")[0] == morph_features("Hryćenko", "cs")[0]


def test_inflected_forms_share_a_base_form_feature() -> None:
    f = Featurizer(version=4)
    a = f.features(["w", "Kijowie"], "pl")[1]
    b = f.features(["do", "Kijowa"], "pl")[1]
    assert set(a[:18].tolist()) & set(b[:18].tolist()) - {0}
    assert f.features(["w", "Kijowie"], "pl")[1, 16] == b[16]  # the `ml=kijów` slot


def test_middle_initial_joins_the_surname() -> None:
    text = "Prezydent George W. Bush spotkał Georga W. Busha i Joe Bidena."
    spans = [(10, 18, "PER"), (20, 24, "PER"), (33, 41, "PER"), (51, 61, "PER")]
    got = [text[a:b] for a, b, _ in _join_initials(text, spans)]
    assert got == ["George W. Bush", "Georga W. Busha", "Joe Bidena"]
    # a capital letter that is a word of its own before a sentence end stays as it was
    text2 = "Plan B. Nowy rząd"
    assert _join_initials(text2, [(0, 6, "PRO")]) == [(0, 6, "PRO")]


def test_lead_cut_ends_on_a_sentence() -> None:
    text = "One sentence here. " * 10
    segments = [(i, i + 18) for i in range(0, len(text), 19)]
    assert _lead_cut(text, segments, 0) == len(text)
    assert _lead_cut(text, segments, 60) == 56
    assert _lead_cut("short", [(0, 5)], 100) == 5


def test_english_tail_is_read_by_the_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    lead = "Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Monday. "
    tail = "Later, Angela Merkel and Olaf Scholz spoke with Ursula von der Leyen in Brussels about Ukraine. "
    text = lead + tail * 3
    monkeypatch.setattr(recognize, "_spacy_max_chars", lambda: len(lead))
    found = find_mentions_batch([(text, "en", None)])[0]
    surfaces = {text[m.start : m.end] for m in found if m.start >= len(lead)}
    assert {"Angela Merkel", "Brussels"} <= surfaces  # found past the lead, where spaCy never read
    assert any(text[m.start : m.end] == "Emmanuel Macron" for m in found)
