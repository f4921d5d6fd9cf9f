"""Quotations in Bulgarian and Slovenian news: their marks, reporting verbs and source constructions.

Sentences written by the team in the shapes the SlavicNER bg/sl articles use ("…", подчерта Барние; »…,« je
dejal; "заяви днес, че"; "je za STA povedal"; "според"/"po besedah"; relays ", предаде БТА").
"""

from __future__ import annotations

import pytest

from tests.quote_rows import quote_rows


def _one(text: str, lang: str) -> dict:
    rows = quote_rows(text, lang)
    assert len(rows) == 1, rows
    return rows[0]


# --- Bulgarian ---------------------------------------------------------------------------------


def test_bg_reported_speech_and_pronoun_resolved_to_the_name() -> None:
    rows = quote_rows(
        "Здравният министър Костадин Ангелов заяви днес, че училищата остават отворени. "
        "Той добави, че мерките ще бъдат преразгледани след две седмици.",
        "bg",
    )
    assert [(r["content"], r["cue"], r["label"]) for r in rows] == [
        ("че училищата остават отворени", "заяви", "Костадин Ангелов"),
        ("че мерките ще бъдат преразгледани след две седмици", "добави", "Костадин Ангелов"),
    ]
    assert rows[1]["speaker"] == "Той"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the quotation before its cue, typographic and ASCII marks, the speaker inverted after a place phrase
        (
            "„Няма причина за паника“, каза кметът на София Йорданка Фандъкова пред журналисти.",
            "Няма причина за паника",
            "Йорданка Фандъкова",
        ),
        ('"Винаги има рискове", подчерта Барние.', "Винаги има рискове", "Барние"),
        (
            "„Решението е окончателно“, каза в парламента министърът на правосъдието Данаил Кирилов.",
            "Решението е окончателно",
            "Данаил Кирилов",
        ),
        # the quotation after its cue and a colon
        (
            "Председателят на парламента Цвета Караянчева коментира: „Законът ще бъде приет до края на месеца.“",
            "Законът ще бъде приет до края на месеца.",
            "Цвета Караянчева",
        ),
    ],
)
def test_bg_direct_quotes(text: str, content: str, speaker: str) -> None:
    row = _one(text, "bg")
    assert (row["content"], row["label"]) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "По думите на министъра на финансите Асен Василев бюджетът няма да бъде променян.",
            "бюджетът няма да бъде променян",
            "По думите на",
            "Асен Василев",
        ),
        (
            "Според говорителя на правителството Антон Кутев мерките ще останат в сила.",
            "мерките ще останат в сила",
            "Според",
            "Антон Кутев",
        ),
        (
            "Както заяви премиерът Бойко Борисов, България няма да промени позицията си.",
            "България няма да промени позицията си",
            "Както заяви",
            "Бойко Борисов",
        ),
        # a medium relaying the claim before it
        (
            "Преговорите ще продължат и през следващата седмица, предаде БТА.",
            "Преговорите ще продължат и през следващата седмица",
            "предаде",
            "БТА",
        ),
        # a body speaking through its press office, named after "от"
        (
            "От пресцентъра на МВР съобщиха, че задържаният е освободен.",
            "че задържаният е освободен",
            "съобщиха",
            "пресцентъра на МВР",
        ),
        # an impersonal verb whose document is named before it
        (
            "В доклада се посочва, че разходите ще бъдат по-високи.",
            "че разходите ще бъдат по-високи",
            "се посочва",
            "доклада",
        ),
    ],
)
def test_bg_according_to_and_relays(text: str, content: str, cue: str, speaker: str) -> None:
    row = _one(text, "bg")
    assert (row["content"], row["cue"], row["label"]) == (content, cue, speaker)


def test_bg_impersonal_verb_first_names_nobody() -> None:
    rows = quote_rows(
        "Министър Мишел Барние говори пред депутатите. Посочва се също, че срокът трябва да бъде ясно ограничен.",
        "bg",
    )
    assert [(r["content"], r["cue"], r["label"]) for r in rows] == [
        ("че срокът трябва да бъде ясно ограничен", "Посочва се", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Кметът обяви извънредно положение в града.",  # announced a state of emergency: no speech
        "Администрацията отбеляза публикацията като съмнителна.",  # flagged, not said
        "Ваксините ще бъдат разпределени според броя на населението.",  # in proportion to, no source
        "Припомняме, че срокът изтича в петък.",  # the writer's own reminder
    ],
)
def test_bg_not_speech(text: str) -> None:
    assert quote_rows(text, "bg") == []


# --- Slovenian ---------------------------------------------------------------------------------


def test_sl_reported_speech_and_pro_drop_resolved_to_the_name() -> None:
    rows = quote_rows(
        "Ministrica za zdravje Mojca Novak je v petek dejala, da bodo šole ostale odprte. "
        "Dodala je, da bodo ukrepe preverili čez dva tedna.",
        "sl",
    )
    assert [(r["content"], r["label"]) for r in rows] == [
        ("da bodo šole ostale odprte", "Mojca Novak"),
        ("da bodo ukrepe preverili čez dva tedna", "Mojca Novak"),
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # »…« is Slovenian papers' own pair: never read the wrong way round
        (
            "»Razlogov za paniko ni,« je novinarjem povedal ljubljanski župan Zoran Janković.",
            "Razlogov za paniko ni,",
            "Zoran Janković",
        ),
        ("»Ne,« je dejal Novak.", "Ne,", "Novak"),
        (
            '"Pošta je povsem sposobna dostaviti glasovnice," je zagotovil direktor Louis DeJoy.',
            "Pošta je povsem sposobna dostaviti glasovnice,",
            "Louis DeJoy",
        ),
        ("“Nihče ne bo ostal brez pomoči,” pravi županja Maja Kovač.", "Nihče ne bo ostal brez pomoči,", "Maja Kovač"),
        # the quotation after its cue and a colon
        ("Predsednica Nancy Pelosi je zatrdila: »Kongres bo ukrepal.«", "Kongres bo ukrepal.", "Nancy Pelosi"),
    ],
)
def test_sl_direct_quotes(text: str, content: str, speaker: str) -> None:
    row = _one(text, "sl")
    assert (row["content"].strip("»«"), row["label"]) == (content, speaker)


@pytest.mark.parametrize(("verb", "speaker"), [("dejala", "Vesna Kos"), ("dejal", "Janez Horvat")])
def test_sl_pro_drop_after_a_quotation_takes_the_participles_gender(verb: str, speaker: str) -> None:
    rows = quote_rows(
        "Sejo je odprla ministrica Vesna Kos, za njo je govoril župan Janez Horvat. "
        f"“Čas je, da izvolimo nov parlament,” je {verb}.",
        "sl",
    )
    assert [(r["content"], r["cue"], r["label"]) for r in rows] == [
        ("Čas je, da izvolimo nov parlament,", verb, speaker)
    ]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Vlada bo ukrepe podaljšala, je za STA povedal minister Janez Novak.",
            "Vlada bo ukrepe podaljšala",
            "je za STA povedal",
            "Janez Novak",
        ),
        ("Nekaj je šlo zelo narobe, meni komentator Janez Markeš.", "Nekaj je šlo zelo narobe", "meni", "Janez Markeš"),
        (
            "Po besedah finančnega ministra Andreja Šircelja proračun ne bo spremenjen.",
            "proračun ne bo spremenjen",
            "Po besedah",
            "Andreja Šircelja",
        ),
        (
            "Kot je dejal predsednik vlade Janez Janša, bo država pomagala podjetjem.",
            "bo država pomagala podjetjem",
            "Kot je dejal",
            "Janez Janša",
        ),
        (
            "Na ministrstvu so sporočili, da bodo ukrepe podaljšali.",
            "da bodo ukrepe podaljšali",
            "so sporočili",
            "ministrstvu",
        ),
        ("Trump še vedno trdi, da so volitve po pošti prevara.", "da so volitve po pošti prevara", "trdi", "Trump"),
        (
            "Kelly je ob razglasitvi rezultatov povedal, da bo delal za vse prebivalce.",
            "da bo delal za vse prebivalce",
            "je ob razglasitvi rezultatov povedal",
            "Kelly",
        ),
    ],
)
def test_sl_reported_and_according_to(text: str, content: str, cue: str, speaker: str) -> None:
    row = _one(text, "sl")
    assert (row["content"], row["cue"], row["label"]) == (content, cue, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "To je pravi čas za spremembe.",  # "pravi" the adjective (right), not "says"
        "Stranka je napovedala kandidaturo na volitvah.",  # announced a candidacy: no speech
        "Tam je zaradi pravil mogoč tudi drugi krog.",  # "pravil": the rules' genitive, no participle
        "V Ilirski Bistrici so potrdili tri nove okužbe.",  # confirmed cases: a deed, no clause
        "Trump je priznal poraz na volitvah.",  # conceded
    ],
)
def test_sl_not_speech(text: str) -> None:
    assert quote_rows(text, "sl") == []


def test_sl_a_feminine_title_gives_a_foreign_first_name_its_gender() -> None:
    rows = quote_rows(
        "Nastopila je županja Muriel Bowser, za njo pa še guverner Andrew Cuomo. "
        "“Čas je, da izvolimo predsednika,” je dejala.",
        "sl",
    )
    assert [(r["cue"], r["label"]) for r in rows] == [("dejala", "Muriel Bowser")]


def test_sl_words_between_a_quotation_and_its_cue_are_no_speaker() -> None:
    # "so danes" is the auxiliary and an adverb; the unnamed plural speaks for nobody named
    rows = quote_rows("»Zadnji smrtni primer smo zabeležili v juliju,« so danes sporočili.", "sl")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("sporočili", None)]


def test_bg_adverbs_before_an_inverted_speaker() -> None:
    row = _one("„Правилата са ясни“, каза още веднъж специалистът.", "bg")
    assert (row["content"], row["speaker"]) == ("Правилата са ясни", "специалистът")


def test_sl_a_verb_conjoined_to_the_cue_is_no_speaker() -> None:
    rows = quote_rows(
        "Sejo je odprla ministrica Vesna Kos, za njo je govoril župan Janez Horvat. "
        "“Vlada je imela dovolj časa,” je dejala in pozvala ljudi, naj volijo.",
        "sl",
    )
    assert [(r["content"], r["speaker"], r["label"]) for r in rows] == [
        ("Vlada je imela dovolj časa,", None, "Vesna Kos")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        # the pronoun after "според" is the whole source: the claim runs on past its own comma
        (
            "Министърът Иван Петров говори дълго. Според него има риск от провал, докато въпросите не бъдат решени.",
            "bg",
            "има риск от провал, докато въпросите не бъдат решени",
            "Иван Петров",
        ),
        # the source in the genitive ends before the auxiliary opening the claim
        (
            "Po informacijah časopisa so odsvetovali napad z opozorilom, da lahko preraste v konflikt.",
            "sl",
            "so odsvetovali napad z opozorilom, da lahko preraste v konflikt",
            "časopisa",
        ),
        (
            "Po ocenah se bo volitev udeležilo 150 milijonov ljudi, kar bi bil rekord.",
            "sl",
            "se bo volitev udeležilo 150 milijonov ljudi, kar bi bil rekord",
            None,
        ),
    ],
)
def test_oblique_source_ends_and_the_claim_runs_on(text: str, lang: str, content: str, speaker: str | None) -> None:
    row = _one(text, lang)
    assert (row["content"], row["label"]) == (content, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "content", "cue", "speaker"),
    [
        (
            "Ankete kažejo, da je pošta med ljudmi priljubljena.",
            "sl",
            "da je pošta med ljudmi priljubljena",
            "kažejo",
            "Ankete",
        ),
        (
            "Ministrstvo je obvestilo občine, da bodo šole zaprte.",
            "sl",
            "da bodo šole zaprte",
            "je obvestilo",
            "Ministrstvo",
        ),
        (
            "Je to nov manever ali pričakovan korak, se sprašuje komentator Ali Žerdin.",
            "sl",
            "Je to nov manever ali pričakovan korak",
            "se sprašuje",
            "Ali Žerdin",
        ),
        ("Данните показват, че заразените намаляват.", "bg", "че заразените намаляват", "показват", "Данните"),
    ],
)
def test_documents_show_and_more_verbs(text: str, lang: str, content: str, cue: str, speaker: str) -> None:
    row = _one(text, lang)
    assert (row["content"], row["cue"], row["label"]) == (content, cue, speaker)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vse kaže, da bo zima mila.", "sl"),  # "all suggests": nobody said it
        ("Проучването показва ръст на цените.", "bg"),  # shows a figure, no clause
    ],
)
def test_showing_without_a_source_or_clause_is_no_speech(text: str, lang: str) -> None:
    assert quote_rows(text, lang) == []


def test_sl_it_seems_is_no_one_speaking() -> None:
    # "kaže" in the singular is mostly impersonal: no pro-drop speaker for it
    text = "Janez Novak je govoril v parlamentu. Kaže, da več poslancev predlogu nasprotuje."
    assert quote_rows(text, "sl") == []


def test_bulgarian_cue_after_kato_is_a_participle_of_the_speaker() -> None:
    # "…, заяви X, като добави, че …" (adding that): before, the claim after "като <cue>" had no speaker and was
    # dropped (5 of 25 such cues in SlavicNER bg found)
    rows = quote_rows(
        "Имаме нужда от ново начало за Европа, заяви германският канцлер, като добави, че дебатите за бюджета ще "
        "бъдат трудни.",
        "bg",
    )
    assert [(q["content"], q["cue"], q["speaker"]) for q in rows] == [
        ("Имаме нужда от ново начало за Европа", "заяви", "германският канцлер"),
        ("че дебатите за бюджета ще бъдат трудни", "добави", "германският канцлер"),
    ]
    # the subject pronoun after a fronted phrase, and a source noun after a quotation, speak on
    rows = quote_rows(
        "Пред студентите той повтори идеята си за втори референдум, като заяви, че няма да се откаже от позицията си.",
        "bg",
    )
    assert [(q["content"], q["speaker"]) for q in rows] == [("че няма да се откаже от позицията си", "той")]
    rows = quote_rows(
        '"ЕС иска период от 21 месеца, ние искаме около 24 месеца", казал източникът, като добавил, че премиерът е '
        "против.",
        "bg",
    )
    assert [(q["cue"], q["speaker"]) for q in rows] == [("казал", "източникът"), ("добавил", "източникът")]
    # "като" before a verb that reports nothing is no claim
    assert quote_rows("Той пристигна в София, като не каза нищо пред журналистите.", "bg") == []
