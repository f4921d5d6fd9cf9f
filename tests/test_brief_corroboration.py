"""Corroborated and contradicted claims: two reports back each other only when they state the same claim, and
contradict each other only when they state it differently.

The shapes come from briefings of real news (CORROB audit, /work/briefs/audit_corrob.md): Timeline17's BP oil
spill from five outlets (three outlets quoting Svanberg's "not the case with BP. We care about the small people"
called a contradiction of "we care about the small people"), written here as sentences of our own in several
languages.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from storyline.brief.claims import Pool, conflict_between, conflict_in_pair
from storyline.brief.material import Sentence
from storyline.model import Article, Span
from tests.brief_articles import lines_article


def _sentence(text: str, lang: str) -> Sentence:
    return Sentence(lines_article(text, lang), 0, len(text), 0)


# (language, a negation of something else and a sentence it does not deny, a negation and the words it denies)
NEGATIONS = [
    (
        "en",
        "I hear that large oil companies don't care, but that is not the case with BP. We care about the small people.",
        "And we care about the small people, added the chairman.",
        "The meeting did not take place on Monday.",
        "The meeting took place late on Monday.",
    ),
    (
        "en",
        "This fund will not be controlled by BP.",
        "An independent third party will adjudicate the claims.",
        "The fund will not be controlled by BP.",
        "The fund will be controlled by BP.",
    ),
    (
        "pl",
        "Minister zapewnił, że rząd nie zostawi poszkodowanych bez pomocy.",
        "Minister spędzi noc w regionie.",
        "Spotkanie delegacji nie odbyło się w Wiedniu.",
        "Spotkanie delegacji odbyło się w Wiedniu.",
    ),
    (
        "ru",
        "Министр заявил, что помощь не будет ограничена.",
        "Министр заявил, что Украина получит помощь.",
        "Переговоры делегаций не состоялись в Вене.",
        "Переговоры делегаций состоялись в Вене.",
    ),
    (
        "de",
        "Der Fonds wird nicht von BP verwaltet.",
        "Ein unabhängiger Dritter entscheidet über die Ansprüche.",
        "Das Treffen fand nicht statt.",
        "Das Treffen fand am Montag in Wien statt.",
    ),
    (
        "fr",
        "Le fonds ne sera pas contrôlé par BP.",
        "Un tiers indépendant statuera sur les demandes.",
        "La rencontre n'a pas eu lieu à Vienne.",
        "La rencontre a eu lieu à Vienne.",
    ),
]


@pytest.mark.parametrize(("lang", "other_negating", "other_stating", "negating", "stating"), NEGATIONS)
def test_a_negation_contradicts_only_the_words_it_denies(
    lang: str, other_negating: str, other_stating: str, negating: str, stating: str
) -> None:
    """In one language a negation contradicts a report whose words it denies ("did not take place" / "took
    place"), not one that states something else ("will not be controlled by BP" / "a third party will
    adjudicate the claims"), nor one that repeats the words the negating sentence also states outside it."""
    assert conflict_between(_sentence(other_negating, lang), _sentence(other_stating, lang)) is None
    assert conflict_between(_sentence(other_stating, lang), _sentence(other_negating, lang)) is None
    reason = "one source negates what the other states"
    assert conflict_between(_sentence(negating, lang), _sentence(stating, lang)) == reason
    assert conflict_between(_sentence(stating, lang), _sentence(negating, lang)) == reason


def test_a_negation_across_languages_still_contradicts_and_the_scope_rule_holds_in_one() -> None:
    """Across languages the words cannot be compared: a negation on one side of a confirmed match will do
    (the demo's uk/ru meeting and denial); in one language the negation must deny the other's words."""
    met = _sentence("Зустріч відбулася вчора пізно ввечері.", "uk")
    denied = _sentence("Никаких двусторонних переговоров не было.", "ru")
    assert conflict_between(met, denied) == "one source negates what the other states"
    quoted = _sentence("We care about the small people, he said, and that is not the case with BP.", "en")
    assert conflict_between(quoted, _sentence("We care about the small people.", "en")) is None


def _timex_article(text: str, day: str) -> Article:
    art = lines_article(text, "en")
    m = re.search(r"Thursday|Wednesday", text)
    assert m is not None
    art.set_layer("timex", [Span(m.start(), m.end(), "timex", {"value": day, "granularity": "day"})])
    return art


def test_a_conflict_needs_the_exact_model_to_match_the_pair_too() -> None:
    """ "Hayward faces a House hearing on Thursday" (read as the Thursday before) and "Hayward will testify on
    Thursday" differ in their dates only through the time tagger: a pair the static score matches but the exact
    model does not is no contradiction; when the exact model matches it too, the dates count."""
    a = _timex_article("Hayward faces a House hearing on Thursday, a letter says.", "2010-06-10")
    b = _timex_article("Hayward will testify before the House committee on Thursday.", "2010-06-17")
    sentences = [Sentence(a, 0, len(a.text), 0), Sentence(b, 0, len(b.text), 0)]
    both = np.ones((2, 2), dtype=bool)
    np.fill_diagonal(both, False)

    def pool(exact_score: float) -> Pool:
        score = np.full((2, 2), 6.0, dtype=np.float32)
        exact = np.full((2, 2), exact_score, dtype=np.float32)
        empty: list[frozenset[str]] = [frozenset(), frozenset()]
        return Pool(
            sentences,
            np.eye(2, dtype=np.float32),
            [{}, {}],
            empty,
            empty,
            empty,
            np.zeros((2, 2), dtype=np.float32),
            score=score,
            match=both,
            exact=both,
            lex=np.zeros((2, 2), dtype=np.float32),
            exact_score=exact,
        )

    assert conflict_in_pair(pool(2.0), 0, 1) is None
    assert conflict_in_pair(pool(5.5), 0, 1) == "dates differ: 2010-06-10 vs 2010-06-17"
