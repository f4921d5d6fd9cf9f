"""Stage "quotes": Bulgarian and Slovenian speakers found on the fresh samples of session 26
(/work/briefs/audit26_bg.md, audit26_sl.md). Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # a title with its complement after "на" is the body's spokesman, not the person named before
        (
            "Асия Биби беше освободена от затвора в Мултан. Тя се намира на сигурно място в страната, каза говорител "
            "на министерството на външните работи.",
            "Тя се намира",
            "говорител на министерството",
        ),
        (
            "Франция е готова да приеме Асия Биби. Предприехме необходимите стъпки пред властите, за да може тя да "
            "дойде във Франция, каза говорителка на министерството.",
            "Предприехме",
            "говорителка на министерството",
        ),
        (
            "Според източници на изданието новият президент ще върне страната в Парижкото споразумение за климата.",
            "новият президент",
            "източници на изданието",
        ),
        # guard: a name after the title and its complement is the speaker
        (
            "Говорителят на министерството на външните работи Мохамед Фейсал каза, че тя е на сигурно място.",
            "че тя е",
            "Мохамед Фейсал",
        ),
    ],
)
def test_bulgarian_title_with_complement(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "bg", content) == label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # a subjectless cue closing its sentence: the body after "iz/na/v" speaks, else the last subject
        (
            "Evropska komisija je predstavila nov načrt. Podpora je del zaveze, da bo Unija vložila milijardo evrov "
            "za raziskave cepiv, so sporočili iz Bruslja.",
            "Podpora je del zaveze",
            "Bruslja",
        ),
        (
            "Na Kliniki Golnik je danes šest bolnikov s covidom-19, od teh sta dva na intenzivnem oddelku, so "
            "sporočili iz bolnišnice.",
            "Na Kliniki Golnik",
            "bolnišnice",
        ),
        (
            "Minister za zdravje Tomaž Novak je obiskal bolnišnico v Celju. Bolnišnice bodo do konca tedna dobile "
            "nove ventilatorje, je pojasnil.",
            "Bolnišnice bodo",
            "Tomaž Novak",
        ),
    ],
)
def test_slovenian_subjectless_postposed_cue(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "sl", content) == label


def test_slovenian_subjectless_plural_names_nobody_nearby() -> None:
    # a plural with nobody named before it speaks for nobody in particular, never the person named last
    text = (
        "Znanstveniki na Nizozemskem so odkrili nova protitelesa. To je prvi korak k razvoju zdravila za bolezen "
        "covid-19, so navedli."
    )
    assert speaker_label(text, "sl", "To je prvi korak") is None


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        # a name inside a quotation is said, no subject a later pronoun goes on with
        (
            "Първият ден бе закрит от сенатор Тим Скот. „Ние работим върху политики, докато радикалните демократи на "
            "Джо Байдън се опитват да трансформират страната“, заяви Скот. „Не бъркайте – Джо Байдън и Камала Харис "
            "искат културна революция“, предупреди той.",
            "bg",
            "Не бъркайте",
            "Тим Скот",
        ),
        (
            "Adwokat Tomasz Nowak wystąpił przed sądem. „Prokurator Jan Kowalski nie przedstawił żadnych dowodów "
            "przeciwko mojemu klientowi”, powiedział Nowak. „To jest proces polityczny”, dodał.",
            "pl",
            "To jest proces",
            "Tomasz Nowak",
        ),
    ],
)
def test_name_inside_a_quotation_is_no_pronoun_antecedent(text: str, lang: str, content: str, label: str) -> None:
    assert speaker_label(text, lang, content) == label
