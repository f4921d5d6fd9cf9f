"""Stage "quotes": a bare title that tells no gender ("премьер", "premier", "prezydent") is held by the person its
past-tense cue agrees with: "Премьер заявила" after Theresa May and David Cameron is May, a woman (session 25,
report_AUDCS25.md "Left alone"). Sentences written for this fix."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Премьер-министр Тереза Мэй и бывший премьер Дэвид Кэмерон приехали в Брюссель. Премьер заявила, что "
            "переговоры продолжатся.",
            "ru",
            "что переговоры",
            "Тереза Мэй",
        ),
        (
            "Прем'єр-міністр Тереза Мей і колишній прем'єр Девід Кемерон прибули до Брюсселя. Прем'єр заявила, що "
            "переговори триватимуть.",
            "uk",
            "що переговори",
            "Тереза Мей",
        ),
        (
            "Prezydent Litwy Dalia Grybauskaitė i prezydent Łotwy Raimonds Vējonis przyjechali do Warszawy. Prezydent "
            "powiedziała, że państwa bałtyckie potrzebują większej obecności NATO.",
            "pl",
            "że państwa bałtyckie",
            "Dalia Grybauskaitė",
        ),
        # guards: the masculine cue keeps the man, whichever was named last
        (
            "Премьер-министр Дэвид Кэмерон и премьер Тереза Мэй приехали в Брюссель. Премьер заявил, что переговоры "
            "продолжатся.",
            "ru",
            "что переговоры",
            "Дэвид Кэмерон",
        ),
        (
            "Prezydent Łotwy Raimonds Vējonis i prezydent Litwy Dalia Grybauskaitė przyjechali do Warszawy. Prezydent "
            "powiedział, że państwa bałtyckie potrzebują większej obecności NATO.",
            "pl",
            "że państwa bałtyckie",
            "Raimonds Vējonis",
        ),
    ],
)
def test_cue_gender_picks_title_holder(text: str, lang: str, content: str, label: str) -> None:
    assert speaker_label(text, lang, content) == label
