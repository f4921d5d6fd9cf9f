"""The quotes stage's shortcuts find what the plain way finds (they only make it faster)."""

from __future__ import annotations

import importlib
import re

import pytest

from storyline.model import Span
from storyline.quotes import simple_sentences
from storyline.quotes.base import _WORD_TOKEN, FinderBase
from storyline.quotes.lexicon import _lowered_twin, finditer_lowered, lexicon
from storyline.quotes.speakers import _LABEL_BEFORE_END, _WORD_BEFORE_END, PersonIndex

TEXTS = [
    "Sen. Warren pointed out on Tuesday that the bill, which she CALLED FOR in May, would Weigh In On prices.",
    # "ſ" (long s) and "ı" (dotless i) fold to "s" and "i" under IGNORECASE but not under lower(): the plain way.
    "He ſpoke out against the plan and pointed out that Iſtanbul's mayor ınsisted on it.",
    # "İ" lower-cases to two characters: offsets would shift, so the plain way again.
    "İzmir's governor spoke out against it, according to officials who pointed out the risk.",
    "Laut Angaben des Ministeriums teilte die Behörde am Montag mit, sie habe nichts gewusst.",
]


@pytest.mark.parametrize("lang", ["en", "de", "uk", "fr"])
@pytest.mark.parametrize("name", ["multiword_cue_search", "construction_search", "separable_cue_search"])
def test_lowered_search_finds_the_same_matches(lang: str, name: str) -> None:
    pattern = getattr(lexicon(lang), name)
    for text in TEXTS:
        plain = [(m.start(), m.end(), m.lastindex) for m in pattern.finditer(text)]
        fast = [(m.start(), m.end(), m.lastindex) for m in finditer_lowered(pattern, text, text.lower())]
        assert fast == plain, text


def test_english_cue_searches_have_a_lowered_twin() -> None:
    lex = lexicon("en")
    twin = _lowered_twin(lex.multiword_cue_search)
    assert twin is not None and twin[1] is not None and twin[1].search("waſ") and not twin[1].search("was")
    text = TEXTS[0]
    found = [text[m.start() : m.end()] for m in finditer_lowered(lex.multiword_cue_search, text, text.lower())]
    assert found == ["pointed out", "CALLED FOR", "Weigh In On"]
    # The folded characters send the search the plain way, which still finds "ſpoke out against", "ınsisted on".
    text = TEXTS[1]
    found = [text[m.start() : m.end()] for m in finditer_lowered(lex.multiword_cue_search, text, text.lower())]
    assert found == ["ſpoke out against", "pointed out", "ınsisted on"]


def test_without_the_private_fold_table_every_search_goes_the_plain_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # re._casefix is CPython's private module: a Python without it must still import the lexicon and find cues.
    lexicon_module = importlib.import_module("storyline.quotes.lexicon")  # the package's `lexicon` is the function
    monkeypatch.setattr(lexicon_module, "_EXTRA_CASES", None)
    _lowered_twin.cache_clear()
    try:
        pattern = lexicon("en").multiword_cue_search
        assert _lowered_twin(pattern) is None
        text = TEXTS[0]
        found = [text[m.start() : m.end()] for m in finditer_lowered(pattern, text, text.lower())]
        assert found == ["pointed out", "CALLED FOR", "Weigh In On"]
    finally:
        _lowered_twin.cache_clear()


def _plain_cues(text: str, lang: str) -> set[int]:
    """The one-word cue starts, a word at a time (as `FinderBase._find_cues` reads them)."""
    lex = lexicon(lang)
    found = set()
    for m in _WORD_TOKEN.finditer(text):
        low = m.group().lower()
        if low[0].isalpha() and lex.is_cue_word(low):
            found.add(m.start())
        elif "." in low:
            word = low.split(".", 1)[0]
            if word.isalpha() and text[m.start() + len(word) + 1].isupper() and lex.is_cue_word(word):
                found.add(m.start())
    return found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police said.SI Vijaya Kumar told reporters the 2nd suspect had confessed, officials added.", "en"),
        # "İ" lower-cases to two characters: the words are read from the text itself, not its lower-cased copy.
        ("İstanbul's mayor said the vote was fair; the governor claimed otherwise, AP reported.", "en"),
        ("Der Minister sagte am Montag, er habe nichts gewusst, erklärte sein Sprecher.", "de"),
    ],
)
def test_cue_words_are_found_where_a_step_per_word_finds_them(text: str, lang: str) -> None:
    finder = FinderBase(text, lang, simple_sentences(text, lang), [(0, len(text))], None)
    one_word = {pos for pos, n in finder.cues.items() if n == 1}
    plain = _plain_cues(text, lang)
    assert plain and one_word == plain


@pytest.mark.parametrize(
    "window",
    ["said Mrs. ", "spokeswoman\n", "by Sen ", "the", "", "..", "ends with word. . ", "Gov.\u00a0", "under_score. "],
)
def test_the_word_before_a_name_is_read_backwards_as_forwards(window: str) -> None:
    forwards = re.search(r"(\w+)\.?\s*$", window)
    backwards = _WORD_BEFORE_END.match(window[::-1])
    assert (forwards.group(1) if forwards else None) == (backwards.group(1)[::-1] if backwards else None)
    forwards = re.search(r"(\w+)\s*:\s*$", window + ": ")
    backwards = _LABEL_BEFORE_END.match((window + ": ")[::-1])
    assert (forwards.group(1) if forwards else None) == (backwards.group(1)[::-1] if backwards else None)


def test_a_title_before_a_name_tells_its_gender() -> None:
    text = "Mrs. Arlene Foster spoke on Tuesday. Foster said the party would not back the deal."
    mentions = [Span(5, 18, "mention", {"type": "PER"}), Span(37, 43, "mention", {"type": "PER"})]
    people = PersonIndex(text, lexicon("en"), mentions).people
    assert [(text[p.start : p.end], p.gender) for p in people] == [("Arlene Foster", "f"), ("Foster", "f")]
