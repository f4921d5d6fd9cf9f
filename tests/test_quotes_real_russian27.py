"""Stage "quotes" on sentences shaped like real Russian and Ukrainian news (SlavicNER, audit 27, seed 2646).

Each test holds a sentence written by the team in the shape of one that the hand audit of real articles
(/work/briefs/audit27_ru.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- reporting verbs the cue list lacked: present plurals without the stem's "и", "уверяет", "посетовал", "заметил" ----


@pytest.mark.parametrize(
    ("text", "cue", "label"),
    [
        (
            "Правозащитники говорят, что закон часто используется для сведения личных счетов.",
            "говорят",
            "Правозащитники",
        ),
        ("Независимые эксперты признают, что реформа снизила число жалоб.", "признают", "Независимые эксперты"),
        ("Но министр финансов Андрей Петров уверяет, что таким было условие кредиторов.", "уверяет", "Андрей Петров"),
        ("Выступая в Бостоне, сенатор Уоррен посетовала, что конгресс затягивает решение.", "посетовала", "Уоррен"),
        ("Глава комитета Олег Смирнов заметил, что проект придется переписать.", "заметил", "Олег Смирнов"),
    ],
)
def test_missing_russian_cue_reports(text: str, cue: str, label: str) -> None:
    rows = _quotes(text, "ru")
    assert [(q["cue"], q["label"]) for q in rows] == [(cue, label)]


@pytest.mark.parametrize(
    "text",
    [
        # talk about, consider, object to, notice: no clause, no one's words
        "Сегодня в столице все говорят о новой политической династии.",
        "Многие эксперты признают эту систему пережитком прошлого.",
        "Несколько сенаторов возражают против утверждения итогов голосования.",
        "Это заметила соседка, которая жила через дорогу.",
    ],
)
def test_russian_clause_only_cues_without_a_clause_report_nothing(text: str) -> None:
    assert _quotes(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Медики говорять, що друга доза потрібна через три тижні.", "говорять"),
        ('"Ми не відступимо", - казав він тоді журналістам.', "казав"),
    ],
)
def test_missing_ukrainian_cue_reports(text: str, cue: str) -> None:
    rows = _quotes(text, "uk")
    assert [q["cue"] for q in rows] == [cue]


# --- "Как утверждают/говорят X, …": the source-first "как" lacked these verbs ------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Как утверждали свидетели, водитель проехал на красный свет.",
            "водитель проехал на красный свет",
            "свидетели",
        ),
        (
            "Как говорит Ирина Волкова, сегодня мы знаем о препарате гораздо больше.",
            "сегодня мы знаем о препарате гораздо больше",
            "Ирина Волкова",
        ),
    ],
)
def test_source_first_as_claimed_or_as_says(text: str, content: str, label: str) -> None:
    rows = _quotes(text, "ru")
    assert [(q["content"], q["label"]) for q in rows] == [(content, label)]


# --- "Белый дом" / "Білий дім" speaks for the US administration, as "Кремль" does for Russia's -------------------------


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Белый дом заявил, что рассчитывает на продление договора.", "ru", "Белый дом"),
        ("Білий дім заявив, що розраховує на продовження договору.", "uk", "Білий дім"),
    ],
)
def test_white_house_is_a_speaker(text: str, lang: str, label: str) -> None:
    rows = _quotes(text, lang)
    assert [q["label"] for q in rows] == [label]


# --- reporters and doctors named by their trade after a postposed cue ("передает корреспондент НТВ …") -----------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Между приемами флаконы хранят под стеклянной колбой, передает корреспондент НТВ Анна Соколова.",
            "Анна Соколова",
        ),
        ("Вакцину хранят в морозильнике при минус двадцати градусах, рассказал главврач Иван Петров.", "Иван Петров"),
    ],
)
def test_reporter_or_doctor_after_a_postposed_cue(text: str, label: str) -> None:
    rows = _quotes(text, "ru")
    assert [(q["content"], q["label"]) for q in rows] == [(text.split(", ")[0], label)]


# --- a medium relaying a postposed attribution ("…, заявил X, передает ТАСС") carried X's words -------------------------


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Послов оценивают по их вкладу в двусторонние отношения, заявил журналистам Дмитрий Песков, передает ТАСС.",
            "ru",
            "Послов оценивают по их вкладу в двусторонние отношения",
            "Дмитрий Песков",
        ),
        (
            "Препарат уже схвалив місцевий регулятор, повідомив міністр охорони здоров'я Іван Коваль, пише Інтерфакс.",
            "uk",
            "Препарат уже схвалив місцевий регулятор",
            "Іван Коваль",
        ),
    ],
)
def test_relayed_postposed_attribution_keeps_its_speaker(text: str, lang: str, content: str, label: str) -> None:
    rows = _quotes(text, lang)
    assert [(q["content"], q["label"]) for q in rows] == [(content, label)]


def test_medium_name_in_marks_after_a_relay_cue_is_no_quotation() -> None:
    text = 'Как передает "РГ" , политик выразил несогласие с предложениями премьера сохранить общий рынок.'
    rows = _quotes(text, "ru")
    # (the politician's own claim after it is one: "политик" is a title, as "эксперт")
    assert "РГ" not in [q["content"].strip('" ') for q in rows]
    assert rows[0]["label"] == "РГ"


# --- sides of a dispute with a genitive complement ("Критики жестоких наказаний говорят, что …") ------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Критики этого закона говорят, что его часто применяют для сведения личных счетов.", "Критики этого закона"),
        ("Противники реформы утверждают, что она ударит по малому бизнесу.", "Противники реформы"),
    ],
)
def test_critics_or_opponents_of_something_are_the_speakers(text: str, label: str) -> None:
    rows = _quotes(text, "ru")
    assert [q["label"] for q in rows] == [label]


def test_ukrainian_critics_of_something_are_the_speakers() -> None:
    text = "Критики цього закону кажуть, що його часто застосовують для зведення особистих рахунків."
    assert [q["label"] for q in _quotes(text, "uk")] == ["Критики цього закону"]


def test_ukrainian_sure_after_a_vowel_is_a_cue() -> None:
    # "упевнений" is the spelling of "впевнений" after a vowel
    text = "Також професор упевнений, що до кінця року пандемію не вдасться зупинити."
    assert [(q["cue"], q["label"]) for q in _quotes(text, "uk")] == [("упевнений", "професор")]
