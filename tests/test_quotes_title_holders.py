"""A title with its body's name ("prezydent Francji", "глава Еврокомиссии") resolves to the person the text names with
that title and body (speakers.py: one resolver, `_title_holder` with the body, whose test is `_names_body`)."""

from __future__ import annotations

import pytest

from tests.quote_rows import speaker_label


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # the holder named with a form of the title ("ministra finansów") and the body, though another is named with
        # the very title ("Minister spraw zagranicznych") and another body
        (
            "pl",
            "Minister spraw zagranicznych Boris Johnson skrytykował ministra finansów Philipa Hammonda. Minister "
            "finansów przypomniał, że zna Niemców od lat.",
            "że zna Niemców",
            "Philipa Hammonda",
        ),
        # a modifier before the title, the body an acronym
        (
            "pl",
            "Były szef MSZ Radosław Sikorski przemawiał w Londynie. Były szef MSZ dodał, że rząd może doprowadzić do "
            "wyjścia z Unii.",
            "że rząd",
            "Radosław Sikorski",
        ),
        # a holder whose gender is guessed wrong from a name in its case ("Marty" read as a man's)
        (
            "pl",
            "Redakcja zwróciła się do rzeczniczki WUM Marty Wojtach o komentarz. - Nazwiska tych osób poznamy w "
            "styczniu - przekazała rzeczniczka WUM.",
            "Nazwiska tych osób",
            "Marty Wojtach",
        ),
        # the body's adjective before a hyphenated title ("Британский премьер-министр"), the body's name after it
        (
            "ru",
            'Британский премьер-министр Тереза Мэй выступила в парламенте. "Мы имеем сделку", - сказала '
            "премьер-министр Великобритании.",
            "Мы имеем сделку",
            "Тереза Мэй",
        ),
        # guards: a hyphenated title with an apostrophe, a comma and a noun between title and name, a body's name with
        # a lower-case word, bg's "на" inside the body's name
        (
            "uk",
            "Прем'єр-міністр Великої Британії Тереза Мей виступила в парламенті. \"Ми маємо угоду\", - додала прем'єр "
            "Великої Британії.",
            "Ми маємо угоду",
            "Тереза Мей",
        ),
        (
            "uk",
            'Шахін та керівник Pfizer, грек Альберт Бурла, стали друзями. "Він науковець", - каже керівник Pfizer.',
            "Він науковець",
            "Альберт Бурла",
        ),
        (
            "uk",
            "Про це розповів голова Громадської ліги Україна НАТО Сергій Джердж. Європа стає успішною, підсумовує "
            "голова Громадської ліги.",
            "Європа стає успішною",
            "Сергій Джердж",
        ),
        (
            "bg",
            "Председателят на Европейския съвет Доналд Туск говори в Брюксел. Председателят на Европейския съвет "
            "допълни, че срокът е кратък.",
            "че срокът",
            "Доналд Туск",
        ),
    ],
)
def test_title_of_a_body_is_the_holder_named_with_both(lang: str, text: str, content: str, label: str) -> None:
    assert speaker_label(text, lang, content) == label


@pytest.mark.parametrize(
    ("lang", "text", "content", "wrong"),
    [
        # a preposition between the title's body and the name: the name is another's ("with Donald Trump")
        (
            "pl",
            "Spotkanie prezydenta Francji z Donaldem Trumpem trwało godzinę. - Rozmowa była dobra - powiedział "
            "prezydent Francji.",
            "Rozmowa była dobra",
            "Donaldem Trumpem",
        ),
        # a noun before the title is no adjective of the body ("stan" inside "Pakistanu")
        (
            "pl",
            "– Stanowisko premier Theresy May jest żenujące – powiedział działacz. – Sytuacja jest pod kontrolą – "
            "zapewnił premier Pakistanu.",
            "Sytuacja jest",
            "Theresy May",
        ),
        # guard: the phrase itself before a name is no title of that name's ("the spokesman said, Bibi is free")
        (
            "ru",
            "Суд отменил приговор. По словам представителя МИД Пакистана, Асия Биби освобождена и находится в "
            "безопасности.",
            "Асия Биби",
            "Асия Биби",
        ),
    ],
)
def test_title_of_a_body_is_not_a_holder_of_another(lang: str, text: str, content: str, wrong: str) -> None:
    assert speaker_label(text, lang, content) != wrong
