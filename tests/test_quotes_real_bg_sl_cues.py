"""Stage "quotes": Bulgarian and Slovenian cues found on the fresh samples of session 28
(/work/briefs/audit28_bg.md, audit28_sl.md): a past perfect's auxiliary between the speaker and the participle
(bg "бе заявил"), a longer aside between the auxiliary and the participle (sl "je na današnji redni novinarski
konferenci … povedal"), a medium after "prek" (sl). Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _found(text: str, lang: str, content: str) -> tuple[str | None, str | None]:
    rows = [r for r in quote_rows(text, lang) if r["content"].startswith(content)]
    assert len(rows) == 1, quote_rows(text, lang)
    return rows[0]["speaker"], rows[0]["label"]


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Министърът на финансите в сянка Джон Макдонъл предложи период от три години. Главният преговарящ от ЕС "
            "Мишел Барние бе заявил, че преходният период трябва да приключи до края на 2020 година.",
            "че преходният период",
            "Мишел Барние",
        ),
        (
            "Премиерът Бойко Борисов беше казал, че правителството няма да подаде оставка.",
            "че правителството",
            "Бойко Борисов",
        ),
    ],
)
def test_bulgarian_past_perfect_auxiliary(text: str, content: str, label: str) -> None:
    assert _found(text, "bg", content)[1] == label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Vlada diskriminacije pri koriščenju vavčerjev ne bo dovolila, je na današnji redni novinarski konferenci "
            "glede aktualnega dogajanja povedal vladni govorec Jelko Kacin.",
            "Vlada diskriminacije",
            "Jelko Kacin",
        ),
        (
            "Trump je v sredo na novinarski konferenci dejal, da morda ne bo sprejel izida volitev.",
            "da morda ne bo",
            "Trump",
        ),
        (
            "»Krivulja epidemije se je stabilizirala,« je prek Facebooka sporočil predsednik Lombardije Attilio Fontana.",
            "Krivulja epidemije",
            "Attilio Fontana",
        ),
        (
            "Predsednik Lombardije Attilio Fontana je prek Twitterja zapisal, da se je krivulja stabilizirala.",
            "da se je krivulja",
            "Attilio Fontana",
        ),
    ],
)
def test_slovenian_aside_between_auxiliary_and_participle(text: str, content: str, label: str) -> None:
    assert _found(text, "sl", content)[1] == label


@pytest.mark.parametrize(
    "text",
    [
        # a long stretch before a verb with no clause after it is a deed, no cue
        "Vlada je iz sredstev splošne proračunske rezerve zagotovila nekaj več kot 2,5 milijona evrov za cepiva.",
        "Oktobra so senatorji za novo vrhovno sodnico potrdili Amy Coney Barett, s čimer imajo republikanci večino.",
    ],
)
def test_slovenian_long_aside_needs_a_clause(text: str) -> None:
    assert quote_rows(text, "sl") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # "както" with a present-tense cue opens a source phrase: the medium speaks, not "Както"
        ("Както изтъква ТАСС, документът е адресиран до британската бизнес общност.", "документът", "ТАСС"),
        ("Както отбелязва агенцията, кампанията е завела най-малко седем дела.", "кампанията", "агенцията"),
        # the impersonal "както се твърди" names no one
        (
            "През 2010 г. тя бе осъдена на смърт, защото в спор със съседки, както се твърди, е обидила пророка.",
            "е обидила",
            None,
        ),
    ],
)
def test_bulgarian_as_source_present(text: str, content: str, speaker: str | None) -> None:
    assert _found(text, "bg", content)[0] == speaker
