"""Stage "quotes" on sentences shaped like real Ukrainian news (SlavicNER dev, audit 23, seed 2323).

Each test holds a sentence written by the team in the shape of one that the hand audit of real articles
(/work/briefs/audit23_uk.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- reporting verbs after the claim that were no cues: warned, sums up ------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "В іншому разі Єврокомісія подасть позов до суду, застеріг Шарль Мішель.",
            "В іншому разі Єврокомісія подасть позов до суду",
            "Шарль Мішель",
        ),
        (
            "Міністерка фінансів застерегла, що дефіцит бюджету зросте вдвічі.",
            "що дефіцит бюджету зросте вдвічі",
            "Міністерка фінансів",
        ),
        (
            "Тепер важливо не зволікати з реформою виборчого закону, резюмує The Guardian.",
            "Тепер важливо не зволікати з реформою виборчого закону",
            "The Guardian",
        ),
    ],
)
def test_warned_and_sums_up_are_cues(text: str, content: str, label: str) -> None:
    assert [(q["content"], q["label"]) for q in _quotes(text, "uk")] == [(content, label)]


# --- a deputy is a title: the name after it speaks ------------------------------------------------------------------


def test_deputy_minister_is_a_title() -> None:
    text = "Україна отримає першу партію вакцини від Pfizer у лютому. Про це повідомив заступник міністра Віктор Ляшко."
    rows = _quotes(text, "uk")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("Україна отримає першу партію вакцини від Pfizer у лютому", "Віктор Ляшко")
    ]


# --- "Про це …" opening its own paragraph after the lead: the lead is the claim --------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        (
            "uk",
            "Купівля вакцин: коли почнуть щеплювати за гроші\n\nКупити вакцину в аптеці можна буде вже навесні. Саме "
            "тоді почнеться вакцинація на платній основі.\n\nПро це розповів імунолог Андрій Волянський.\n\nЗа його "
            "словами, спершу щеплять медиків.",
            "Купити вакцину в аптеці можна буде вже навесні. Саме тоді почнеться вакцинація на платній основі",
            "Андрій Волянський",
        ),
        (
            "uk",
            "Британія почне щеплення у січні\n\nВлада Британії планує почати щеплення новою вакциною з 4 січня.\n\nПро "
            "це в неділю повідомила газета The Times.",
            "Влада Британії планує почати щеплення новою вакциною з 4 січня",
            "газета The Times",
        ),
        (
            "ru",
            "Британия начнёт прививки в январе\n\nВласти Британии планируют начать прививки новой вакциной с 4 "
            "января.\n\nОб этом в воскресенье сообщила газета The Times.",
            "Власти Британии планируют начать прививки новой вакциной с 4 января",
            "газета The Times",
        ),
    ],
)
def test_pointer_opening_its_paragraph_attributes_the_lead(lang: str, text: str, content: str, label: str) -> None:
    rows = [q for q in _quotes(text, lang) if q["cue"] not in ("За його словами",)]
    assert [(q["content"], q["label"]) for q in rows] == [(content, label)]


def test_pointer_does_not_attribute_the_headline() -> None:
    text = "Британія почне щеплення новою вакциною з 4 січня\n\nПро це в неділю повідомила газета The Times."
    assert _quotes(text, "uk") == []


# --- where or when it was said between "Про це" and the cue, or between the speaker and the cue ---------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Україна може отримати першу партію вакцини вже в лютому. Про це в інтерв'ю LB.ua повідомив міністр "
            "охорони здоров'я Максим Степанов.",
            "Максим Степанов",
        ),
        (
            'Україна може отримати першу партію вакцини вже в лютому. Про це в ефірі каналу "Україна 24" розповів '
            "міністр охорони здоров'я Максим Степанов.",
            "Максим Степанов",
        ),
        (
            "Україна може отримати першу партію вакцини вже в лютому. Про це глава МОЗ Максим Степанов у неділю, 24 "
            "січня, заявив французькій радіостанції Europe 1, передає агенція dpa.",
            "Максим Степанов",
        ),
    ],
)
def test_pointer_past_where_and_when_it_was_said(text: str, label: str) -> None:
    rows = _quotes(text, "uk")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("Україна може отримати першу партію вакцини вже в лютому", label)
    ]


# --- a compound ending in a title is a title: the name after it speaks ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("uk", "Вакцина з'явиться в аптеках навесні, розповів лікар-імунолог Андрій Волянський.", "Андрій Волянський"),
        ("ru", "Школы продолжат обучение онлайн до февраля, сообщил премьер-министр Борис Джонсон.", "Борис Джонсон"),
        (
            "ru",
            "Прорыва в переговорах о санкциях нет, говорит вице-министр иностранных дел Литвы Раймундас Кароблис.",
            "Раймундас Кароблис",
        ),
    ],
)
def test_compound_title_heads_the_speaker(lang: str, text: str, label: str) -> None:
    assert [q["label"] for q in _quotes(text, lang)] == [label]


# --- a medium's kind noun alone is the medium named before it --------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "uk",
            "Влада планує почати щеплення з 4 січня, повідомила газета The Times. За даними видання, вакцину схвалять "
            "за кілька днів.",
            "газета The Times",
        ),
        (
            "ru",
            "Демократы выиграли в штате Джорджия, сообщил телеканал CNN. Как отмечает телеканал, почти все спорные "
            "штаты достались Байдену.",
            "телеканал CNN",
        ),
        (
            "ru",
            "Демократы выиграли в штате Джорджия, пишет газета Handelsblatt. Как отмечает телеканал, почти все спорные "
            "штаты достались Байдену.",
            "телеканал",
        ),
    ],
)
def test_medium_kind_noun_is_the_medium_named_before(lang: str, text: str, label: str) -> None:
    assert [q["label"] for q in _quotes(text, lang)][-1] == label


# --- Russian (audit 23, seed 2323) and their Ukrainian twins: deputies, judges, intelligence, "по утверждению",
# "не исключил, что", "писали, что" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        (
            "ru",
            "Мир ждут глобальные изменения, заявил заместитель председателя Совета Безопасности РФ Дмитрий Медведев.",
            "Мир ждут глобальные изменения",
            "Дмитрий Медведев",
        ),
        ("ru", "Признание она сделала перед толпой, отметили судьи.", "Признание она сделала перед толпой", "судьи"),
        (
            "ru",
            "Операции России продолжились и перед выборами в конгресс, утверждает американская разведка.",
            "Операции России продолжились и перед выборами в конгресс",
            "американская разведка",
        ),
        (
            "ru",
            "По утверждению Туска, предложения Мэй не устраивают других членов ЕС.",
            "предложения Мэй не устраивают других членов ЕС",
            "Туска",
        ),
        (
            "ru",
            "Президент Дональд Трамп не исключил, что закроют и другие консульства.",
            "что закроют и другие консульства",
            "Дональд Трамп",
        ),
        (
            "ru",
            "Американские СМИ писали, что оружие уже начало прибывать.",
            "что оружие уже начало прибывать",
            "Американские СМИ",
        ),
        (
            "uk",
            "За твердженням Туска, пропозиції Мей не влаштовують інших членів ЄС.",
            "пропозиції Мей не влаштовують інших членів ЄС",
            "Туска",
        ),
        ("uk", "Дослідники не виключають, що вірус стане сезонним.", "що вірус стане сезонним", "Дослідники"),
    ],
)
def test_russian_cues_titles_and_sources(lang: str, text: str, content: str, label: str) -> None:
    assert [(q["content"], q["label"]) for q in _quotes(text, lang)] == [(content, label)]


@pytest.mark.parametrize(
    "text",
    ["Затем Конгресс США возобновил заседание по утверждению итогов выборов президента.", "Он писал книгу о войне."],
)
def test_approval_and_writing_a_book_report_nothing(text: str) -> None:
    assert _quotes(text, "ru") == []


# --- whom a pointer's medium relies on ends the pointer's circumstances, and speaks (session 29: the medium only
# relays the source it names, RELAY_SOURCES) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "ru",
            "Назначен новый министр\n\nПремьер назначила новым министром по Brexit Доминика Рааба. Об этом сообщает в "
            "понедельник Reuters, ссылаясь на офис главы кабмина.",
            "офис главы кабмина",
        ),
        (
            "uk",
            "Новий міністр\n\nПрем'єрка призначила новим міністром з питань Brexit Домініка Рааба. Про це повідомило "
            "агентство Reuters, посилаючись на офіс глави уряду.",
            "офіс глави уряду",
        ),
    ],
)
def test_pointer_relying_on_a_source(lang: str, text: str, label: str) -> None:
    assert [q["label"] for q in _quotes(text, lang)] == [label]
