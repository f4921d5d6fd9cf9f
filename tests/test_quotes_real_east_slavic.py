"""Stage "quotes" on sentences shaped like real Ukrainian and Russian news (SlavicNER dev, audit 3, seed 16).

Each test holds a sentence written by the team in the shape of one that the hand audit of real articles
(/work/briefs/audit_ukru3.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- a cue that reports only with a clause: an act, a wish or a ruling with an object is no attribution ----------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Бывший сенатор Пётр Иванов признал вину и провёл год в колонии."),
        ("ru", "Россию, несмотря на усилия Трампа, признали главной угрозой и уже повесили на неё клеймо."),
        ("ru", "Губернатор готов бороться за кресло, выступив на стороне мэра перед депутатами."),
        ("ru", "Джо Байден победил. Например Байден хочет назначить Буттиджича министром транспорта."),
        (
            "ru",
            "Если верить сайту FiveThirtyEight (сайт назван по числу выборщиков; на протяжении последних лет прогнозы "
            "FiveThirtyEight считаются самыми авторитетными), к началу ноября за Трампа были готовы проголосовать 45 "
            "процентов американцев.",
        ),
        ("ru", "Ведь компания передала следователям все данные."),
        ("uk", "Вибори в Молдові: перерахунок голосів підтвердив перемогу Майї Санду в столиці"),
        (
            "uk",
            "Результати перерахунку голосів, поданих у Молдові під час виборів, підтвердили перемогу кандидатки Майї "
            "Санду в цьому окрузі.",
        ),
    ],
)
def test_cue_with_an_object_and_no_clause_reports_nothing(lang: str, text: str) -> None:
    assert _quotes(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        ("ru", "Министр признал, что ситуация остаётся тяжёлой.", "что ситуация остаётся тяжёлой"),
        (
            "ru",
            "Он признал своё поражение, набрав более 60 тысяч голосов, но намекнул, что может выдвинуться снова.",
            "что может выдвинуться снова",
        ),
        ("uk", "Міністр підтвердив, що вакцина надійде в лютому.", "що вакцина надійде в лютому"),
    ],
)
def test_same_cue_with_a_clause_still_reports(lang: str, text: str, content: str) -> None:
    assert [q["content"] for q in _quotes(text, lang)] == [content]


# --- words on a cue's stem that report nothing: participles and the reader addressed -----------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Более того, если избирателя не устраивает ни один из кандидатов, указанных в бюллетене, он может вписать "
            "любое имя.",
        ),
        ("ru", "Телефоны указаны в памятке, которую выдают после прививки."),
        ("ru", "Продолжая просматривать сайт, Вы подтверждаете, что согласны с использованием файлов cookie."),
        ("uk", "Продовжуючи переглядати сайт, Ви підтверджуєте, що згодні з використанням файлів cookie."),
    ],
)
def test_participle_or_second_person_is_no_cue(lang: str, text: str) -> None:
    assert _quotes(text, lang) == []


# --- speech verbs the audit found missed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "cue", "content"),
    [
        (
            "ru",
            'Сенатор Андрей Климов написал пост. "В МИД мало что изменится. Разве что причёска министра", – пошутил он.',
            "пошутил",
            "В МИД мало что изменится. Разве что причёска министра",
        ),
        (
            "ru",
            "Политолог Олег Смирнов дал интервью. «Это просто его манера говорить», — подытожил эксперт.",
            "подытожил",
            "Это просто его манера говорить",
        ),
        ("ru", "Мэр надеется, что строительство закончится к лету.", "надеется", "что строительство закончится к лету"),
        ("ru", "Жители опасаются, что вода снова поднимется.", "опасаются", "что вода снова поднимется"),
        (
            "uk",
            "Професор Іван Коваль, директор інституту, сподівається, що епідемія піде на спад.",
            "сподівається",
            "що епідемія піде на спад",
        ),
        ("uk", "Батько також побоюється, що на сина можуть напасти.", "побоюється", "що на сина можуть напасти"),
        (
            "uk",
            'Лікар Петро Данилюк розповів про свою роботу. "Це здавалося не можливістю, а обов\'язком", - згадує науковець.',
            "згадує",
            "Це здавалося не можливістю, а обов'язком",
        ),
        ("uk", "У МОЗ переконані, що обмеження дали результат.", "переконані", "що обмеження дали результат"),
        ("uk", "У МОЗ впевнені, що обмеження дали результат.", "впевнені", "що обмеження дали результат"),
    ],
)
def test_more_speech_and_stance_verbs(lang: str, text: str, cue: str, content: str) -> None:
    assert [(q["cue"], q["content"]) for q in _quotes(text, lang)] == [(cue, content)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Он вспомнил о жертвах войны."),
        ("ru", "Министр надеется на продолжение переговоров."),
        ("ru", "Американцы таким образом просто шутят — к примеру, кто-то вписывает имя героя фильма."),
    ],
)
def test_new_verbs_without_a_clause_report_nothing(lang: str, text: str) -> None:
    assert _quotes(text, lang) == []


# --- section labels before a colon name no speaker --------------------------------------------------------------


def test_section_labels_before_a_colon_are_no_speakers() -> None:
    text = (
        'Дослівно: "Вакцина стала першим препаратом, який отримав такий дозвіл."\n\n'
        "Деталі: Повідомляється, що рішення дає країнам можливість прискорити процедури.\n\n"
        "Нагадаємо: У 45-річного лікаря з Одеси був позитивний тест на коронавірус."
    )
    rows = _quotes(text, "uk")
    assert "Дослівно" not in [q["speaker"] for q in rows]
    assert [(q["cue"], q["speaker"], q["content"]) for q in rows if q["cue"] != ":" and q["cue"] is not None] == [
        ("Повідомляється", None, "що рішення дає країнам можливість прискорити процедури")
    ]
    assert not any("лікаря" in q["content"] for q in rows)


# --- common-noun speakers: relatives, employers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("uk", "При цьому її батько заявив, що у доньки не було проблем зі здоров'ям.", "її батько"),
        ("uk", "Роботодавці медсестри підтвердили, що щеплення їй зробили 30 грудня.", "Роботодавці медсестри"),
        ("ru", "При этом её отец заявил, что у дочери не было проблем со здоровьем.", "её отец"),
    ],
)
def test_relative_or_employer_is_the_speaker(lang: str, text: str, speaker: str) -> None:
    assert [q["speaker"] for q in _quotes(text, lang)] == [speaker]


# --- "in X's headquarters they said": the office of the person named in the genitive ---------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Петро Порошенко програв. У виборчому штабі Порошенка заявили, що готові до юридичних кроків."),
        ("ru", "Пётр Порошенко проиграл. В предвыборном штабе Порошенко заявили, что готовы к юридическим шагам."),
    ],
)
def test_locative_office_of_a_named_person_speaks(lang: str, text: str) -> None:
    labels = [q["label"] for q in _quotes(text, lang) if q["cue"] in ("заявили",)]
    assert len(labels) == 1 and labels[0] is not None and labels[0].startswith("office of")


# --- a pointer past a date attributes the sentence before; a medium's name is no surname -------------------------


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        (
            "ru",
            "Суд оправдал христианку Асию Биби. Об этом 31 октября сообщает Би-би-си.",
            "Суд оправдал христианку Асию Биби",
            "Би-би-си",
        ),
        (
            "uk",
            "Результати перерахунку підтвердили перемогу кандидата в окрузі. Про це в четвер, 20 листопада, заявив "
            "віцегубернатор області Петро Мельник.",
            "Результати перерахунку підтвердили перемогу кандидата в окрузі",
            "Петро Мельник",
        ),
    ],
)
def test_pointer_past_a_date(lang: str, text: str, content: str, label: str) -> None:
    assert [(q["content"], q["label"]) for q in _quotes(text, lang)] == [(content, label)]


def test_medium_named_like_a_person_is_the_medium() -> None:
    text = "Суд оправдал христианку Асию Биби. Би-би-си также сообщает о том, что в стране могут начаться протесты."
    assert [q["label"] for q in _quotes(text, "ru")] == ["Би-би-си"]


# --- a person named inside the quotation is not the "he" or "the expert" of its attribution ---------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Её муж Ашок Крист рассказал, что они могут уехать. «Пакистан — наша страна, мы пакистанцы, но "
            "Имран Хан нас не защитит», — добавил он.",
            "Ашок Крист",
        ),
        (
            "Такого раскола не было давно, утверждает главный научный сотрудник Александр Петров. «Харрис "
            "эмоциональна, а Майк Пенс хладнокровен», — подытожил эксперт.",
            "Александр Петров",
        ),
    ],
)
def test_name_inside_the_quotation_is_not_its_speaker(text: str, label: str) -> None:
    assert [q["label"] for q in _quotes(text, "ru") if q["cue"] in ("добавил", "подытожил")] == [label]


# --- a bare title opening its sentence is the person holding it, a hyphenated title too -------------------------


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "uk",
            "Професор Іван Коваль, директор інституту, виступив на конференції. Професор вважає, що вакцинація "
            "почнеться навесні.",
            "Іван Коваль",
        ),
        (
            "ru",
            "Он решил прибегнуть к помощи вице-президента Майка Пенса. Пенс, как президент Сената, будет вести "
            "сессию. Майк Пенс не в восторге от идеи Дональда Трампа. Вице-президент якобы сказал, что не "
            "будет давить на конгрессменов.",
            "Майка Пенса",
        ),
    ],
)
def test_sentence_opening_title_is_its_holder(lang: str, text: str, label: str) -> None:
    rows = [q for q in _quotes(text, lang) if q["cue"] in ("вважає", "сказал")]
    assert [q["label"] for q in rows] == [label]


# --- an inverted medium after a neuter adjective ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "uk",
            "Підрахунок голосів у двох штатах - Вермонті та Мені - поки триває, пише інформаційне агентство AP.",
            "інформаційне агентство AP",
        ),
        (
            "ru",
            "Подсчёт голосов в двух штатах продолжается, сообщает информационное агентство AP.",
            "информационное агентство AP",
        ),
    ],
)
def test_inverted_medium_after_neuter_adjective(lang: str, text: str, speaker: str) -> None:
    assert [q["speaker"] for q in _quotes(text, lang)] == [speaker]
