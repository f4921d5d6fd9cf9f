"""One number reader for the briefing: claims match on the numbers the figure reader reads (`figures.amounts`),
with their scale and currency. Timeline17's BP oil spill: the Guardian's "$20bn" fund shared no number with
Fox News's "$20 billion" one (`claims.numbers_in` read no number in "$20bn"; "500 million" shared "500" with
"500 people"), and `claims._currency_after` repeated the currency part of `figures._unit`."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.brief.claims import build_pool, currencies_in, matches, numbers_in
from storyline.brief.figures import figure_values
from storyline.brief.material import Material, Sentence
from tests.brief_articles import lines_article


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "shared"),
    [
        (
            "BP has agreed to fund $20bn for the victims.",
            "en",
            "BP will pay 20 billion dollars into the fund.",
            "en",
            2e10,
        ),
        ("The EU pledged €1.6bn on Monday.", "en", "L'UE a promis 1,6 milliard d'euros lundi.", "fr", 1.6e9),
        ("Kolejne 500 mln euro wsparcia dla Ukrainy.", "pl", "EU poskytne 500 milionů eur.", "cs", 5e8),
        ("Около 70 тыс. человек вышли на улицы.", "ru", "Близо 70 хиляди души излязоха по улиците.", "bg", 7e4),
        ("Biden's lead fell to 12 284 votes.", "en", "Перевага Байдена склала 12 284 голоси.", "uk", 12284.0),
    ],
)
def test_one_sum_written_two_ways_is_one_number(a: str, lang_a: str, b: str, lang_b: str, shared: float) -> None:
    assert numbers_in(a, lang_a) & numbers_in(b, lang_b) == {shared}


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # Timeline17 bpoil, SlavicNER us_election_2020: a scale word joined by a hyphen was not read
        ("Investors welcomed the deal setting up a $20-billion fund for compensation claims.", "en", 2e10),
        ("W Wisconsin 3,3-milionowy elektorat jest podzielony mniej więcej po równo.", "pl", 3.3e6),
        ("Glasovalo je nekaj milijonov ljudi od približno 200-milijonskega volilnega telesa.", "sl", 2e8),
    ],
)
def test_a_hyphened_scale_word(text: str, lang: str, value: float) -> None:
    assert numbers_in(text, lang) == {value}
    art = lines_article(text, lang)
    art.set_layer("timex", [])
    art.set_layer("mention", [])
    assert figure_values(Sentence(art, 0, len(text), 0)) == {value}


def test_a_scaled_sum_is_not_a_count_of_the_same_digits() -> None:
    """ "500 million euros" and "500 people" counted different things: they shared "500"."""
    assert not numbers_in("The EU will give 500 million euros of aid.", "en") & numbers_in(
        "About 500 people were evacuated.", "en"
    )


def test_dates_and_years_still_anchor_claims_but_are_no_figures() -> None:
    """ "9/11", "2001" match claims (two reports of Feinberg's 9/11 fund); they are no figures of a dispute."""
    text = "Feinberg oversaw the 9/11 victims compensation fund set up in 2001."
    assert {9.0, 11.0, 2001.0} <= numbers_in(text, "en")
    art = lines_article(text, "en")
    art.set_layer("timex", [])
    art.set_layer("mention", [])
    assert figure_values(Sentence(art, 0, len(text), 0)) == set()


def test_the_currency_of_a_glued_sum() -> None:
    assert currencies_in("BP has agreed to fund $20bn.", "en") == {2e10: {"USD"}}
    assert currencies_in("Brussels pledged €500m to Kyiv.", "en") == {5e8: {"EUR"}}
    assert currencies_in("Londyn zapłaci 39 mld funtów.", "pl") == {39e9: {"GBP"}}


def test_a_glued_sum_matches_the_sum_written_out() -> None:
    """Two outlets' reports of BP's fund match on the sum: "$20bn" is "20 billion dollars" (a number shared is what
    anchors a match of two sentences naming no one)."""
    a = "The president wrung an agreement to put $20bn into an independently managed fund."
    b = "Lawmakers traded barbs over the agreement to put 20 billion dollars into a relief fund."
    fillers = [f"Filler report number {k} about the weather in the mountains today." for k in range(1, 13)]
    articles = [lines_article(t, "en") for t in [a, b, *fillers]]
    for art in articles:
        art.set_layer("mention", [])
    index = {art.id: k for k, art in enumerate(articles)}

    def embed(items: list[tuple[str, tuple[str, int, int]]]) -> np.ndarray:
        out = np.zeros((len(items), len(articles) + 1), dtype=np.float32)
        for row, (_, (article_id, _, _)) in enumerate(items):
            k = index[article_id]
            out[row, 0 if k < 2 else k + 1] = 1.0
        return out

    pool = build_pool(Material("t", None, articles), {}, embed=embed)
    i = next(k for k, s in enumerate(pool.sentences) if s.text.startswith("The president"))
    j = next(k for k, s in enumerate(pool.sentences) if s.text.startswith("Lawmakers"))
    assert pool.numbers[i] & pool.numbers[j] == {2e10}
    assert matches(pool, i, j)
