"""Stage "quotes": Bulgarian and Slovenian media and sources found on the fresh samples of session 29
(/work/briefs/audit29_bg.md, audit29_sl.md). Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # a medium's name whose later words are written in lower case is the whole speaker, not its first word
        (
            "Правителството в Лондон ще обсъди нови мерки срещу инфлацията още тази седмица, предаде Франс прес.",
            "Правителството в Лондон",
            "Франс прес",
        ),
        (
            "Сенатът ще гласува законопроекта за помощта в понеделник, отбелязва Асошиейтед прес.",
            "Сенатът ще гласува",
            "Асошиейтед прес",
        ),
        (
            "Банката ще вдигне лихвите за трети път от началото на годината, пише Файненшъл таймс.",
            "Банката ще вдигне",
            "Файненшъл таймс",
        ),
        # with the name opening its sentence the cue is found at all
        (
            "Франс прес съобщи, че преговорите между двете страни ще продължат и през следващата седмица.",
            "че преговорите",
            "Франс прес",
        ),
    ],
)
def test_bulgarian_media_name_with_lower_case_words(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "bg", content) == label


def test_bulgarian_media_name_is_no_claim() -> None:
    # the medium named after the cue is not taken into the claim ("Франс прес и Асошиейтед прес" was the content)
    rows = quote_rows(
        "Президентът обвини опонента си, че бърза да се обяви за победител в изборите, предадоха Франс прес и "
        "Асошиейтед прес.",
        "bg",
    )
    assert [(r["content"][:18], r["label"]) for r in rows] == [("Президентът обвини", "Франс прес и Асошиейтед прес")]


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        # a medium named by its kind and then its name in marks: the name is part of the speaker, not a quotation
        (
            "Двамата преговарящи размениха остри думи заради позициите си по преговорите, пише британският вестник "
            "„Гардиън“.",
            "bg",
            "Двамата преговарящи",
            "британският вестник „Гардиън“",
        ),
        # "в." is "вестник": no preposition ends a sentence, and the name in marks is no quotation
        (
            "Президентът ще подпише указа за новите мита още в петък, пише в. „Вашингтон пост“.",
            "bg",
            "Президентът ще подпише",
            "в. „Вашингтон пост“",
        ),
        (
            "Премиерът разглежда вариант за споразумение за асоцииране с ЕС след Брекзит. Това пише британският в. "
            '"Дейли телеграф".',
            "bg",
            "Премиерът разглежда",
            'британският в. "Дейли телеграф"',
        ),
        (
            "Правительство готовит новый пакет санкций против импортеров стали, сообщает телеканал «Скай ньюз».",
            "ru",
            "Правительство готовит",
            "телеканал «Скай ньюз»",
        ),
    ],
)
def test_medium_named_in_marks_after_its_kind(text: str, lang: str, content: str, label: str) -> None:
    assert speaker_label(text, lang, content) == label


def test_bulgarian_newspaper_abbreviation_is_no_claim() -> None:
    # the claim before "… заяви тя пред в. „Билд“" ends before its cue, not at the newspaper's name
    rows = quote_rows(
        "„Втори референдум няма да има“, заяви премиерът в интервю за германския в. „Билд“.",
        "bg",
    )
    assert [(r["content"], r["label"]) for r in rows] == [("Втори референдум няма да има", "премиерът")]


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # an impersonal cue opening with its reflexive after the marks: the document after it speaks, not "се"
        (
            "„Правителството изглежда не схваща огромното предизвикателство, пред което е изправено“, се посочва в "
            "документа.",
            "Правителството изглежда",
            "документа",
        ),
        (
            "„Компанията ще се въздържи от нови инвестиции във Великобритания“, се казва още в изявлението.",
            "Компанията ще се въздържи",
            "изявлението",
        ),
    ],
)
def test_bulgarian_impersonal_cue_after_marks(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "bg", content) == label


def test_bulgarian_impersonal_cue_after_marks_names_no_one() -> None:
    # with no document after it the cue has no speaker (it was "се")
    assert speaker_label("„Войната в Сирия няма да приключи скоро“, се казва накрая.", "bg", "Войната") is None


def test_dash_after_an_abbreviation_opens_no_dialogue_line() -> None:
    # "г." (година) ends no sentence: the dash after it sets off an apposition, no one's words
    text = (
        "Фирмите трябва да се подготвят за промяната на правилата след 31 декември 2020 г. – денят, в който страната "
        "окончателно напуска митническия съюз и единния пазар, и да преразгледат договорите си."
    )
    assert quote_rows(text, "bg") == []


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # "Kot je …, …": a phrase a preposition opens may stand between the auxiliary and the participle
        (
            "Kot je pred dnevi pojasnil direktor bolnišnice Marko Novak, je ugodna tudi kombinacija zdravil, ki so "
            "jo uvedli spomladi.",
            "je ugodna tudi",
            "Marko Novak",
        ),
        (
            "Kot je za ameriško televizijo pojasnila tiskovna predstavnica Kayleigh McEnany, želi predsednik dokazati, "
            "da se trudi za vsak glas.",
            "želi predsednik",
            "tiskovna predstavnica Kayleigh McEnany",
        ),
        # present forms opening the sentence
        (
            "Kot še sporočajo iz bolnišnice, bolniki prejemajo tudi vso ostalo potrebno terapijo.",
            "bolniki prejemajo",
            "iz bolnišnice",
        ),
    ],
)
def test_slovenian_kot_source_with_an_aside(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "sl", content) == label


def test_slovenian_kot_present_form_after_a_claim_is_not_a_source() -> None:
    # "…, kot trdijo demokrati." closing a sentence that holds someone's quotation takes nothing from it
    rows = quote_rows(
        "»Naj pošljejo glasovnice in potem naj gredo volit,« je dejal Trump in dodal, da bodo videli, ali sistem "
        "res deluje, kot trdijo demokrati.",
        "sl",
    )
    assert [r["label"] for r in rows if r["content"].startswith("Naj pošljejo")] == ["Trump"]


def test_slovenian_present_replies() -> None:
    # "odvrne" (replies) is a cue in the present as "odvrnil" is in the past
    text = "Na zahtevo po ponovnem štetju politolog Bogomil Ferfila odvrne, da je to povsem zakonito."
    assert speaker_label(text, "sl", "da je to povsem") == "Bogomil Ferfila"


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        # a name in marks inside the subject before "X заяви, че …" is no quotation; the clause after the cue is
        (
            "Говорителят на сдружението „Рибари за излизане“ Алън Хейстингс заяви, че споразумението е смъртна "
            "присъда за индустрията.",
            "bg",
            "че споразумението",
            "Алън Хейстингс",
        ),
        (
            "Глава «Авилон. Автомобили с пробегом» Николай Баскаков полагает, что цены на подержанные машины "
            "продолжат расти.",
            "ru",
            "что цены",
            "Николай Баскаков",
        ),
    ],
)
def test_name_in_marks_inside_the_subject_is_no_quotation(text: str, lang: str, content: str, label: str) -> None:
    rows = quote_rows(text, lang)
    assert [(r["content"][: len(content)], r["label"]) for r in rows] == [(content, label)]


def test_crosshead_in_marks_before_the_next_speaker_keeps_its_reading() -> None:
    # guard: marks opening their sentence are a crosshead quoting the speaker, not a name inside the subject
    text = (
        "Rząd przyjął nowe przepisy. „Mamy obowiązek chronić wasze dane” – zaczyna Zuckerberg i przypomina, że "
        "podobny wyciek nie powinien się już powtórzyć."
    )
    rows = quote_rows(text, "pl")
    assert any(r["content"].startswith("Mamy obowiązek") for r in rows)
