"""Stage "quotes", Russian and Ukrainian shapes from the fresh samples of session 29 (/work/briefs/audit29_ru.md): a
medium passing on the words of a source it names ("Об этом сообщила газета X со ссылкой на источник", "Про це повідомляє
УНН з посиланням на Y"): the source speaks, the medium only relays.
Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Британские военные готовятся к выходу страны из ЕС без сделки. Об этом в воскресенье сообщила газета "
            "The Sunday Times со ссылкой на источник в британской армии.",
            "ru",
            "источник",
        ),
        (
            "Новым главой МИД стал Джереми Хант. Об этом сообщает ONLINE.UA со ссылкой на Би-би-си.",
            "ru",
            "Би-би-си",
        ),
        (
            "Нефтетрейдеры планируют сократить закупки с 15 мая. Об этом сообщает Reuters, ссылаясь на свои источники.",
            "ru",
            "свои источники",
        ),
        (
            "Британські військові готуються до виходу країни з ЄС без угоди. Про це в неділю повідомила газета "
            "The Sunday Times із посиланням на джерело в британській армії.",
            "uk",
            "джерело",
        ),
        (
            "Демократ переміг чинного президента на 12 тисяч голосів. Про це повідомило CNN із посиланням на заяву "
            "держсекретаря штату.",
            "uk",
            "заяву держсекретаря штату",
        ),
    ],
)
def test_pointer_medium_relaying_a_source_gives_the_source(text: str, lang: str, speaker: str) -> None:
    rows = quote_rows(text, lang)
    assert [(r["content"], r["speaker"]) for r in rows] == [(text[: text.index(".")], speaker)]


def test_person_citing_a_reason_stays_the_speaker() -> None:
    # a person "посилаючись на" something gives a reason, and relays no one
    text = (
        "Франція планує розповсюдити комендантську годину на ще вісім департаментів. Про це заявив прем'єр Франції "
        "Жан Кастекс, посилаючись на зростання кількості випадків."
    )
    assert [r["label"] for r in quote_rows(text, "uk")] == ["Жан Кастекс"]


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        (
            "Однако ранее NBC News со ссылкой на некие источники сообщал о том, что бюро всё же ведёт расследование.",
            "ru",
            "что бюро всё же ведёт расследование",
            "некие источники",
        ),
        (
            "Газета The Sunday Times со ссылкой на источник в британской армии сообщила, что военные готовятся к "
            "выходу без сделки.",
            "ru",
            "что военные готовятся к выходу без сделки",
            "источник",
        ),
        (
            "Американские издания со ссылкой на экспертов-юристов в своих публикациях утверждают, что иск обречён "
            "на провал.",
            "ru",
            "что иск обречён на провал",
            "экспертов-юристов",
        ),
        (
            "ЗМІ, з посиланням на поінформовані джерела, повідомляють, що Пелосі планує передати справу до Сенату.",
            "uk",
            "що Пелосі планує передати справу до Сенату",
            "поінформовані джерела",
        ),
    ],
)
def test_medium_relaying_a_source_before_its_own_cue(text: str, lang: str, content: str, speaker: str) -> None:
    # "MEDIUM со ссылкой на SOURCE сообщил, что …": the cue after the source reads the claim; the source speaks
    assert [(r["content"], r["speaker"]) for r in quote_rows(text, lang)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Власти Германии готовы принять семью, пишет немецкий еженедельник Bild am Sonntag со ссылкой на МИД ФРГ.",
            "ru",
            "МИД ФРГ",
        ),
        (
            "Госкомпании хотят закупать комплектующие у китайских производителей, пишет газета «Ведомости» со "
            "ссылкой на источники в отрасли.",
            "ru",
            "источники",
        ),
        (
            'Червоний колір символізує кров християн, повідомляє "Благовіст-Інфо" з посиланням на Catholic News '
            "Agency.",
            "uk",
            "Catholic News Agency",
        ),
    ],
)
def test_longer_medium_name_before_a_relay_stays_out_of_the_claim(text: str, lang: str, speaker: str) -> None:
    # "CLAIM, пишет <a medium's name of several words or in marks> со ссылкой на SOURCE": the claim ends at the comma
    assert [(r["content"], r["speaker"]) for r in quote_rows(text, lang)] == [(text[: text.index(",")], speaker)]


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "По сообщению пакистанского телеканала Samaa TV, Джастин Трюдо сообщил журналистам, что правительство "
            "Канады ведет переговоры об убежище.",
            "ru",
            "что правительство Канады ведет переговоры об убежище",
            "Джастин Трюдо",
        ),
        (
            "За даними телеканалу CNN, Майк Пенс заявив, що не блокуватиме підрахунок голосів.",
            "uk",
            "що не блокуватиме підрахунок голосів",
            "Майк Пенс",
        ),
    ],
)
def test_person_and_cue_after_a_relaying_source_speak(text: str, lang: str, content: str, label: str) -> None:
    # "По сообщению MEDIUM, PERSON сообщил, что …": the person speaks, the medium only relays them
    assert [(r["content"], r["label"]) for r in quote_rows(text, lang)] == [(content, label)]


@pytest.mark.parametrize(
    "text",
    [
        # a person's words about what another believes stay theirs
        "По ее словам, Трамп уверен, что опросы ошибочны.",
        # no person's cue: a body "requires"
        "Как сообщил Fox News, Конституция не требует, чтобы выборщики собирались в определенное время.",
    ],
)
def test_no_relayed_person_without_a_medium_and_a_person(text: str) -> None:
    rows = quote_rows(text, "ru")
    assert len(rows) == 1 and rows[0]["content"] == text[text.index(",") + 2 : -1]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Так, оппозиционные британские лейбористы уже заявили, что проголосуют против любой сделки.",
            "ru",
            "оппозиционные британские лейбористы",
        ),
        ("Так, лейбористи заявили, що не підтримають угоду в нинішньому вигляді.", "uk", "лейбористи"),
    ],
)
def test_lower_case_party_members_are_a_source(text: str, lang: str, speaker: str) -> None:
    # a party's members as a group, lower case after an opening adverb: no capital names them
    assert [r["speaker"] for r in quote_rows(text, lang)] == [speaker]


def test_pointer_in_this_assured() -> None:
    # "В этом X заверил(а) …": what X assured of is the sentence before; the words after the cue are whom
    text = (
        "Премьер намерена заключить с ЕС выгодное соглашение. В этом глава правительства заверила накануне парламент."
    )
    assert [(r["content"], r["cue"]) for r in quote_rows(text, "ru")] == [
        ("Премьер намерена заключить с ЕС выгодное соглашение", "заверила")
    ]


def test_accusing_of_this_is_no_claim() -> None:
    text = "Президент утверждает, что не получает деньги от Китая, но обвиняет в этом Байдена."
    assert [r["content"] for r in quote_rows(text, "ru")] == ["что не получает деньги от Китая"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Все материалы, размещенные на этом сайте со ссылкой на агентство «Интерфакс-Украина», не подлежат "
            "дальнейшему воспроизведению.",
            "ru",
        ),
        (
            'Усі матеріали, які розміщені на цьому сайті із посиланням на агентство "Інтерфакс-Україна", не '
            "підлягають подальшому відтворенню.",
            "uk",
        ),
    ],
)
def test_relay_with_no_medium_cue_before_it_is_no_claim(text: str, lang: str) -> None:
    # a site's footer: the construction relays no one's claim
    assert quote_rows(text, lang) == []
