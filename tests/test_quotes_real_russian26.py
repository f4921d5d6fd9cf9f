"""Stage "quotes" on sentences shaped like real Russian news (SlavicNER, audit 26, seed 2626).

Each test holds a sentence written by the team in the shape of one that the hand audit of real articles
(/work/briefs/audit26_ru.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- a one-word surname in "-ов"/"-ев" that the name lemmatiser reads as a genitive plural ("Марипы") is a subject ------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Отвечая на вопрос журналиста, Жапаров отметил, что не собирается уходить в отставку.", "Жапаров"),
        ("Ташиев заявил, что проверка в министерстве продлится до конца месяца.", "Ташиев"),
    ],
)
def test_surname_in_ov_opening_its_clause_is_the_speaker(text: str, label: str) -> None:
    rows = _quotes(text, "ru")
    assert [(q["cue"], q["label"]) for q in rows] == [(text.split(", что")[0].split()[-1], label)]


def test_genitive_surname_in_ova_is_still_no_subject() -> None:
    # "Жапарова" is in the genitive: the claim is the minister's, not Japarov's
    text = "Министр, выступая после Жапарова, заявил, что проверка продлится до конца месяца."
    rows = _quotes(text, "ru")
    assert [q["label"] for q in rows] == ["Министр"]


# --- a medium's name in marks that opens with a digit ('телеканал "360"') is its name, not the words reported ------------


def test_medium_named_by_a_number_in_marks_after_its_kind() -> None:
    text = 'Глава МИД Великобритании ушел в отставку, сообщает телеканал "360" . Премьер поблагодарила его за работу.'
    rows = _quotes(text, "ru")
    assert [(q["content"], q["cue"]) for q in rows] == [("Глава МИД Великобритании ушел в отставку", "сообщает")]


# --- a title with its country ("премьер Великобритании") is the one named with the country's adjective before it --------


@pytest.mark.parametrize(
    ("speaker", "label"),
    [
        ("заявила премьер Великобритании", "Тереза Мэй"),
        # another country's premier is no one named here
        ("заявил премьер Бельгии", "премьер Бельгии"),
    ],
)
def test_title_and_country_after_the_countrys_adjective(speaker: str, label: str) -> None:
    text = (
        "Британский премьер Тереза Мэй допустила, что не сможет согласовать условия выхода с ЕС. "
        f'"Ответственное правительство должно подготовиться к любому исходу", - {speaker} на заседании парламента.'
    )
    rows = _quotes(text, "ru")
    assert [q["label"] for q in rows] == ["Тереза Мэй", label]


# --- a press service ("пресс-служба", one hyphenated word) is the speaker of a report ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "ru",
            "Новым министром назначен Доминик Рааб. Об этом сообщает пресс-служба правительства.",
            "пресс-служба правительства",
        ),
        (
            "ru",
            "В регион поступило четыре тысячи доз вакцины, сообщила пресс-служба Минздрава Якутии.",
            "пресс-служба Минздрава Якутии",
        ),
        ("uk", "Новим міністром призначено Домініка Рааба. Про це повідомляє прес-служба уряду.", "прес-служба уряду"),
    ],
)
def test_press_service_reports(lang: str, text: str, label: str) -> None:
    rows = _quotes(text, lang)
    assert [q["label"] for q in rows] == [label]


# --- "согласно которому" opens a relative clause about a document, not a source construction ---------------------------


def test_according_to_which_names_no_source() -> None:
    text = (
        "Лидер партии выпустил постановление, согласно которому все судьи заслуживают наказания, "
        "подчеркнул пресс-секретарь партии Ахмед Хан."
    )
    rows = _quotes(text, "ru")
    assert [(q["cue"], q["label"]) for q in rows] == [("подчеркнул", "Ахмед Хан")]


def test_according_to_a_source_still_opens_a_claim() -> None:
    text = "Согласно документу, прививки будут делать в четыре этапа."
    rows = _quotes(text, "ru")
    assert [(q["content"], q["label"]) for q in rows] == [("прививки будут делать в четыре этапа", "документу")]


# --- an attribution inside the marks closed by a stop ("«…, — сказал Макфол. — …»"), audit 26b uk's class -----------


def test_attribution_between_dashes_closed_by_a_stop_ru() -> None:
    text = (
        "«Задача в том, чтобы реализовать все три замысла, — сказал Макфол. — Навальный и его команда призывают "
        "Запад вводить санкции»."
    )
    rows = _quotes(text, "ru")
    assert [(q["cue"], q["label"]) for q in rows] == [("сказал", "Макфол")]


# --- a speaker named right before the medium in marks he told: nothing of the sentence is left after him ---------------


def test_speaker_before_the_medium_in_marks_does_not_crash() -> None:
    # "Как заявил X «Стране.ua», …": the speaker's phrase ends where the quotation marks open, so no word follows it
    # before them; the stage raised IndexError here (session 26) and lost the whole article
    rows = _quotes(
        "Как заявил Петренко «Газете.ru», санкции стали ответом на провалы «дорогих и бесполезных "
        "антикоррупционных органов».",
        "ru",
    )
    assert [(row["label"], "санкции стали ответом" in row["content"]) for row in rows] == [("Петренко", True)]


# --- a constitution, law, plan or instruction after "согласно" is no source: it says nothing ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Согласно Конституции США, инаугурация избранного президента проходит 20 января.",
        "Согласно действующему законодательству, при ввозе лекарств требуется копия документа производителя.",
        "Согласно американскому избирательному праву, граждане голосуют за выборщиков.",
        "Согласно плану отгрузки, объемы экспорта в апреле выросли почти на треть.",
        "Согласно инструкции, справка о наличии антител перед прививкой не потребуется.",
    ],
)
def test_a_law_or_plan_after_soglasno_names_no_source(text: str) -> None:
    assert _quotes(text, "ru") == []


def test_data_after_soglasno_still_report() -> None:
    rows = _quotes("Согласно данным опроса, большинство избирателей поддерживают поправки.", "ru")
    assert [row["label"] for row in rows] == ["данным опроса"]


# --- a headline signed after a dash names its speaker; a second clause or a list after the dash signs nothing ---------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Переговоры о выходе Британии из ЕС зашли в тупик — Тереза Мэй\n\nПремьер выступила в парламенте.",
            "Тереза Мэй",
        ),
        ("Доходы от продажи газа в этом году выросли на треть – Bloomberg\n\nЦены на газ растут.", "Bloomberg"),
    ],
)
def test_a_headline_signed_after_a_dash_names_its_speaker(text: str, label: str) -> None:
    headline = text.split("\n")[0]
    signed = [row for row in _quotes(text, "ru") if row["cue"].strip() in "—–-"]
    assert [(row["label"], row["content"] in headline) for row in signed] == [(label, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел ушел в отставку после скандала - СМИ сообщили причину\n\nПодробности позже.",
        "Министр иностранных дел впервые назвал причину отставки - Мэй отреагировала\n\nПодробности позже.",
        "Кандидат получил лидерство лишь в двух спорных штатах - Миннесоте и Аризоне\n\nПодсчет продолжается.",
    ],
)
def test_a_second_clause_or_a_list_after_a_headline_dash_signs_nothing(text: str) -> None:
    headline = text.split("\n")[0]
    assert not [row for row in _quotes(text, "ru") if row["content"] in headline and row["cue"].strip() in "—–-"]


# --- a past impersonal ("Ранее сообщалось, что …") names nobody, not the last person named ---------------------------


def test_earlier_it_was_reported_names_nobody() -> None:
    rows = _quotes(
        "В отставку подал министр Дэвид Дэвис. Ранее сообщалось, что глава МИД также раскритиковал план премьера.", "ru"
    )
    assert [(row["label"], row["content"].startswith("что глава МИД")) for row in rows] == [(None, True)]


def test_as_was_reported_is_the_writers_back_reference() -> None:
    assert _quotes("Министр Дэвид Дэвис ушел. Как уже сообщалось, переговоры зашли в тупик.", "ru") == []
