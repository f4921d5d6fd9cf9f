"""The quotes stage's shortcuts find what the plain way finds (they only make it faster)."""

from __future__ import annotations

import pytest

from storyline.quotes.lexicon import _lowered_twin, finditer_lowered, lexicon

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
