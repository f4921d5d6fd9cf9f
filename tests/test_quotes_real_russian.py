"""Stage "quotes" on sentences shaped like real Russian news (SlavicNER dev, audit 24, seed 2424).

Each test holds a sentence written by the team in the shape of one that the hand audit of real articles
(/work/briefs/audit24_ru.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

from storyline.sentences import split_sentences

# --- a full stop glued to a short sentence opener ("Варни.Он напомнил", "Варни.По его словам") -------------------------


def test_glued_stop_before_a_short_opener_ends_the_sentence() -> None:
    text = (
        "Цены растут слишком быстро, заявил в эфире телеканала ведущий Стюарт Варни.Он напомнил, что инфляция "
        'достигла 8,5 процента. "Это настоящий шок", - отметил Варни.По его словам, оправдания властей ничего не '
        "объясняют."
    )
    rows = _quotes(text, "ru")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("Цены растут слишком быстро", "Стюарт Варни"),
        ("что инфляция достигла 8,5 процента", "Стюарт Варни"),
        ("Это настоящий шок", "Стюарт Варни"),
        ("оправдания властей ничего не объясняют", "Стюарт Варни"),
    ]


def test_glued_stop_keeps_a_site_name() -> None:
    text = "Об этом пишет «Газета.Ru» со ссылкой на источники."
    assert split_sentences(text, "ru") == [(0, len(text))]


# --- a ministry's name with a soft adjective ("Министерство внутренних дел Пакистана") is one speaker phrase ------------


def test_soft_adjective_stays_in_a_body_name() -> None:
    text = "Министерство внутренних дел Пакистана заявило, что ведет переговоры с лидерами протеста."
    rows = _quotes(text, "ru")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("что ведет переговоры с лидерами протеста", "Министерство внутренних дел Пакистана")
    ]


# --- a bare title with its body's name ("глава Еврокомиссии") is the one named before with that title and body ------


def test_title_with_its_body_is_the_holder_named_before() -> None:
    text = (
        "На пресс-конференции выступила глава Европейской комиссии Урсула фон дер Ляйен. "
        '"Поставки вакцины могут начаться уже в апреле", - сказала глава Еврокомиссии.'
    )
    rows = _quotes(text, "ru")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("Поставки вакцины могут начаться уже в апреле", "Урсула фон дер Ляйен")
    ]


def test_title_of_another_body_is_not_the_holder() -> None:
    # the prime minister named before heads another country: the phrase stays as it was written
    text = (
        "Премьер-министр Великобритании Тереза Мэй приняла отставку министра. "
        '"Продвижение в интересах обеих сторон", - сказал бывший премьер-министр Бельгии.'
    )
    labels = [q["label"] for q in _quotes(text, "ru")]
    assert labels == ["бывший премьер-министр Бельгии"]


def test_office_of_a_titled_holder_stays_the_office() -> None:
    text = (
        "Премьер-министр Великобритании Тереза Мэй назначила нового министра. "
        '"Королева одобрила назначение", - говорится в заявлении офиса премьер-министра Великобритании.'
    )
    labels = [q["label"] for q in _quotes(text, "ru")]
    assert labels == ["офиса премьер-министра Великобритании"]


# --- participles and reflexives on a cue's stem describe, no one speaks ("Эта партия, настаивающая на …") -------------


@pytest.mark.parametrize(
    "text",
    [
        "Протесты возглавила партия «Техрик-э-Лабаик». Эта партия, настаивающая на смертной казни Биби, ранее "
        "призывала к забастовкам.",
        "Женщине угрожают исламисты, ответившие на оправдательный вердикт суда беспорядками в городах.",
        "Так называемые третьи партии не имеют шансов на выборах в США.",
        "Очевидная связь, подтвержденная исследованиями, объясняется какими-то другими причинами.",
        "Реже отмечаются тошнота, слабость и снижение аппетита.",
    ],
)
def test_participles_and_reflexives_are_no_cues(text: str) -> None:
    assert _quotes(text, "ru") == []


def test_past_participle_with_a_clause_still_reports() -> None:
    text = "Песков, заявивший, что Кремль не вмешивался в выборы, отказался от других комментариев."
    assert [q["label"] for q in _quotes(text, "ru")] == ["Песков"]


# --- an adverb of repetition between the subject and its verb ("Москва неоднократно говорила, что …") ----------------


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        (
            "ru",
            "Москва неоднократно говорила, что не имеет отношения к случившемуся.",
            "что не имеет отношения к случившемуся",
            "Москва",
        ),
        (
            "uk",
            "Раніше Трамп неодноразово говорив, що до 20 січня ще багато чого може статися.",
            "що до 20 січня ще багато чого може статися",
            "Трамп",
        ),
    ],
)
def test_adverb_of_repetition_before_the_cue(lang: str, text: str, content: str, label: str) -> None:
    assert [(q["content"], q["label"]) for q in _quotes(text, lang)] == [(content, label)]


# --- a relative before a name whose surname does not decline is the relative ("Дочка Соні Ацеведо розповіла") -------


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "uk",
            "Медсестра Соня Ацеведо померла. Дочка Соні Ацеведо розповіла, що її мама скаржилася тільки на дискомфорт.",
            "Дочка Соні Ацеведо",
        ),
        (
            "ru",
            "Суд оправдал Асию Биби. Муж Асии Биби выразил надежду, что семья скоро покинет страну.",
            "Муж Асии Биби",
        ),
        # a title that does not decline before a woman's name is her own ("premier Theresy May"), not her spokesman's
        (
            "pl",
            "Theresa May spotkała się z Merkel. Premier Theresy May powiedziała, że umowa jest bliska.",
            "Theresa May",
        ),
    ],
)
def test_relative_before_an_undeclined_surname(lang: str, text: str, label: str) -> None:
    assert [q["label"] for q in _quotes(text, lang)] == [label]


# --- a ministry named by its complement and its country ("Министерство здравоохранения Мексики заявило") ------------


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "ru",
            "Министерство здравоохранения Чили заявило, что первая партия вакцины прибудет в январе.",
            "Министерство здравоохранения Чили",
        ),
        (
            "uk",
            "Міністерство охорони здоров'я Чилі заявило, що перша партія вакцини прибуде в січні.",
            "Міністерство охорони здоров'я Чилі",
        ),
    ],
)
def test_ministry_with_its_complement_and_country(lang: str, text: str, label: str) -> None:
    assert [q["label"] for q in _quotes(text, lang)] == [label]


# --- "По словам X," then words of the claim up to a dash before its marked part: the whole clause is the claim -------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "По словам бывшего премьер-министра Бельгии, продвижение по этому вопросу - «в интересах обеих сторон».",
            "продвижение по этому вопросу - «в интересах обеих сторон»",
        ),
        (
            "По мнению американских властей, все они являются частью одной группы — «сети иностранного влияния».",
            "все они являются частью одной группы — «сети иностранного влияния»",
        ),
        # the marked words right after the construction's comma are the quotation, as before
        (
            "По словам министра, «ограничения сильно повлияли на психику многих».",
            "ограничения сильно повлияли на психику многих",
        ),
    ],
)
def test_source_first_clause_up_to_a_dash_before_its_marked_part(text: str, content: str) -> None:
    assert [q["content"] for q in _quotes(text, "ru")] == [content]
