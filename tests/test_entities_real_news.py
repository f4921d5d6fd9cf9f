"""Mention-layer shapes real news got wrong (audit_ment: SlavicNER pl/cs/ru/uk, CL-TLS fr/es/it, SemEval-8 de).

Sentences written for these tests, shaped like the ones the audits found: peoples' and groups' nouns the tagger
types PER (SlavicNER's scheme) that quote speakers took by fallback.
"""

from __future__ import annotations

import pytest

from storyline.entities import mentions_stage
from storyline.entities.recognize import find_mentions
from storyline.model import Article, Span


def _types(text: str, lang: str) -> dict[str, str]:
    return {text[m.start : m.end]: m.type for m in find_mentions(text, lang)}


def _layer(text: str, lang: str) -> dict[str, str]:
    article = Article(text=text, language=lang, id="t", source="t")
    article.set_layer("sentence", [Span(0, len(text), "sentence", {})])
    mentions_stage(article)
    return {text[m.start : m.end]: str(m.attrs["type"]) for m in article.spans("mention")}


@pytest.mark.parametrize(
    ("lang", "text", "people", "person"),
    [
        # "Jego zdaniem" fell back to 'Brytyjczykom' (audit_plcs4, fresh seed 17)
        (
            "pl",
            "Jego zdaniem Brytyjczykom nie spodobają się nowe przepisy – mówił w poniedziałek były premier Tony Blair.",
            "Brytyjczykom",
            "Tony Blair",
        ),
        (
            "pl",
            "Sankcje mają uniemożliwić Rosjanom zakup technologii - poinformował minister Zbigniew Rau.",
            "Rosjanom",
            "Zbigniew Rau",
        ),
        (
            "pl",
            "Po brexicie Polacy mieszkający na Wyspach muszą złożyć wniosek, zapowiedziała Priti Patel.",
            "Polacy",
            "Priti Patel",
        ),
        ("cs", "Premiér Andrej Babiš vyzval Američany, aby přijeli.", "Američany", "Andrej Babiš"),
        ("cs", "Nepochybujeme o solidaritě Čechů, řekla Milada Emmerová.", "Čechů", "Milada Emmerová"),
        ("cs", "Britové v referendu rozhodli o odchodu, připomněla Theresa Mayová.", "Britové", "Theresa Mayová"),
        ("ru", "Многие американцы голосовали по почте, сообщил Джо Байден.", "американцы", "Джо Байден"),
        ("ru", "Некоторые россияне боятся прививки, заявила Татьяна Голикова.", "россияне", "Татьяна Голикова"),
    ],
)
def test_a_peoples_noun_is_no_person_in_the_mention_layer(lang: str, text: str, people: str, person: str) -> None:
    # the recogniser keeps SlavicNER's scheme (a people is a PER mention there, linked to its country) and says
    # what it is; the layer quote speakers and briefing actors read holds the person only
    found = {text[m.start : m.end]: m for m in find_mentions(text, lang)}
    assert found[people].type == "PER" and found[people].people
    assert not found[person].people
    layer = _layer(text, lang)
    assert people not in layer
    assert layer[person] == "PER"


def test_a_surname_that_is_also_a_peoples_noun_stays_a_person() -> None:
    text = "Jan Turek został ministrem rolnictwa. Turek zapowiedział reformę."
    layer = _layer(text, "pl")
    assert layer == {"Jan Turek": "PER", "Turek": "PER"}
