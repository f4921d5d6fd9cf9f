"""Stage "quotes" on sentences shaped like real Russian and Ukrainian news (SlavicNER, audits 27 and 28).

Each test holds text written by the team in the shape of one that the hand audits and sweeps of real articles
(/work/briefs/audit27_ru.md, audit27b_ru.md, audit28_ru.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- a title and its body standing for the person named just before ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        # named by surname alone before: the title and the body are hers
        (
            "«Мы выделим еще сто миллионов крон», рассказала Фредериксен. Кроме того, глава правительства Дании "
            "сообщила, что ее страна поможет восстановить город.",
            "ru",
            "Фредериксен",
        ),
        # named with another title of the same body ("Генеральний директор ВООЗ" is "глава ВООЗ")
        (
            "Генеральний директор ВООЗ Тедрос Гебреєсус наголосив, що вакцин не вистачає. «Ми маємо діяти разом», "
            "– сказав глава ВООЗ.",
            "uk",
            "Тедрос Гебреєсус",
        ),
        # the body's acronym as the initials of the title's words ("міністр охорони здоров'я" is "глава МОЗ")
        (
            "Про це повідомив міністр охорони здоров'я Максим Степанов. «Вакцина з'явиться до літа», - сказав "
            "глава МОЗ.",
            "uk",
            "Максим Степанов",
        ),
        # named with the same title and no body before
        (
            "Prezydent Emmanuel Macron spotkał się w Londynie z premier Theresą May. - W swoich rozmowach był zawsze "
            "bardzo szczery - powiedział prezydent Francji.",
            "pl",
            "Emmanuel Macron",
        ),
    ],
)
def test_title_and_body_held_by_the_person_named_before(text: str, lang: str, label: str) -> None:
    assert _quotes(text, lang)[-1]["label"] == label


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        # the person named before holds another title of another body: no holder of this one
        (
            "Глава ФРС Джером Пауэлл заявил, что ставки не изменятся. «Путь к восстановлению труден», - "
            "предупреждает глава МВФ.",
            "ru",
            "глава МВФ",
        ),
        (
            "Міністр фінансів Сергій Марченко заявив, що бюджет витримає. «Вакцини закуплять вчасно», - сказав "
            "керівник МОЗ.",
            "uk",
            "керівник МОЗ",
        ),
    ],
)
def test_title_and_body_not_held_by_a_person_of_another_title(text: str, lang: str, label: str) -> None:
    assert _quotes(text, lang)[-1]["label"] == label


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        # a spokesman speaks for the person named before, he is not that person
        (
            "Борис Джонсон ушел в отставку с поста министра. «Премьер-министр благодарит Бориса за его работу», - "
            "заявил пресс-секретарь Даунинг-стрит.",
            "ru",
            "пресс-секретарь Даунинг-стрит",
        ),
        (
            "Тереза Мей отказа да коментира оставката. Говорителката на британския премиер заяви, че премиерът има "
            "пълно доверие на министъра.",
            "bg",
            "Говорителката на британския премиер",
        ),
        # a name the phrase holds, found (another type) or missed by the mention layer
        (
            "Журналист Владимир Абаринов написал колонку о выборах. «Коллегия выборщиков давно стала анахронизмом», "
            "- считает председатель ЦИК РФ Вешняков.",
            "ru",
            "председатель ЦИК РФ Вешняков",
        ),
        (
            "Joe Biden je zmagal. »To je dober dan za Ameriko,« je dejal diplomat Ernest Petrič.",
            "sl",
            "diplomat Ernest Petrič",
        ),
        # the person named before is the topic (after a preposition), or named with another body
        (
            "Позже выяснилось, что в округе Шайавасси была допущена опечатка. По словам председателя "
            "Республиканской партии Мичигана, ошибку уже исправили.",
            "ru",
            "председателя Республиканской партии Мичигана",
        ),
        # the last of a list ("Krystyna Janda czy Andrzej Seweryn": "czy" a complementizer too)
        (
            "Jaśkowiak chwalił aktorów takich jak Krystyna Janda czy Andrzej Seweryn. – Nie są winni – podkreślił "
            "prezydent Poznania.",
            "pl",
            "prezydent Poznania",
        ),
        (
            "Королева Англии Елизавета II одобрила назначение Доминика Рааба. «Новый министр начнет работу завтра», "
            "- сообщила руководитель правительства Великобритании.",
            "ru",
            "руководитель правительства Великобритании",
        ),
    ],
)
def test_title_and_body_not_the_person_named_before(text: str, lang: str, label: str) -> None:
    assert _quotes(text, lang)[-1]["label"] == label


# --- the addressee after a bare title: "сказал политик журналистам" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "В переговорах прорыва нет, говорит вице-министр иностранных дел Литвы Раймундас Кароблис. «Прорыв "
            "действительно небольшой», — сказал политик журналистам.",
            "ru",
        ),
        (
            "В переговорах прорыва нет, говорит вице-министр иностранных дел Литвы Раймундас Кароблис. «Прорыв "
            "действительно небольшой», — сказал журналистам политик.",
            "ru",
        ),
        (
            "Прориву в переговорах немає, каже віцеміністр закордонних справ Литви Раймундас Кароблис. «Прорив "
            "справді невеликий», — сказав політик журналістам.",
            "uk",
        ),
    ],
)
def test_politician_after_the_cue_is_the_person_named_before(text: str, lang: str) -> None:
    row = _quotes(text, lang)[-1]
    assert (row["speaker"], row["label"]) == ("політик" if lang == "uk" else "политик", "Раймундас Кароблис")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a word the language skips ends a bare phrase after the cue: the addressee is no part of the speaker
        (
            "«Прорыв действительно небольшой», — сказал местный житель журналистам.",
            "ru",
            "местный житель",
        ),
        (
            "„Przełom jest naprawdę niewielki” – powiedział miejscowy rolnik dziennikarzom.",
            "pl",
            "miejscowy rolnik",
        ),
    ],
)
def test_skipped_word_ends_a_bare_speaker_phrase(text: str, lang: str, speaker: str) -> None:
    assert _quotes(text, lang)[-1]["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # reporters as a plural source, inside the claim and after it (as uk "журналісти", session 28)
        (
            "Новое соглашение, отмечают журналисты, будет направлено на создание общей таможенной территории.",
            "Новое соглашение, отмечают журналисты, будет направлено на создание общей таможенной территории",
        ),
        (
            "Новое соглашение будет направлено на создание общей таможенной территории, отмечают журналисты.",
            "Новое соглашение будет направлено на создание общей таможенной территории",
        ),
    ],
)
def test_reporters_are_a_source(text: str, content: str) -> None:
    assert [(r["content"], r["speaker"]) for r in _quotes(text, "ru")] == [(content, "журналисты")]


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        # "сам" stresses the subject it opens and is no part of the speaker
        (
            "Президент Дональд Трамп прилетел в Лондон. Сам президент заявил, что соглашение будет направлено на "
            "создание общей таможенной территории.",
            "президент",
            "Дональд Трамп",
        ),
        (
            "Сам американский лидер, отмечают журналисты, до сих пор злится из-за поражения на выборах.",
            "журналисты",
            "журналисты",
        ),
    ],
)
def test_himself_opening_a_subject_is_no_part_of_the_speaker(text: str, speaker: str, label: str) -> None:
    assert [(r["speaker"], r["label"]) for r in _quotes(text, "ru")] == [(speaker, label)]
