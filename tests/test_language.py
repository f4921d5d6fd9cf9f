"""Stage "language": fastText (lite) + lingua detection, confidence, mixed-language flag, given languages."""

from __future__ import annotations

import pytest

from storyline.clean import clean
from storyline.language import detect_language, language, normalise_language_code
from storyline.model import Article

SAMPLES = {
    "en": "The White House said the proposal had been shaped through contact with both sides, and the president believed it could work.",
    "pl": "Biały Dom oczekuje jasnej odpowiedzi prezydenta Rosji Władimira Putina na te propozycje, zauważa portal Axios w czwartek.",
    "de": "Die Bundesregierung begrüßte den Vorschlag, verlangte aber Sicherheitsgarantien für die Ukraine und eine Beteiligung Europas.",
    "fr": "Le président français a réuni les dirigeants de la coalition des volontaires à Paris pour discuter des garanties de sécurité.",
    "es": "El Gobierno español respaldó el plan de paz, aunque pidió que Ucrania participe plenamente en todas las negociaciones futuras.",
    "it": "Il governo italiano ha accolto con favore il piano di pace, ma ha chiesto garanzie di sicurezza per l'Ucraina e per l'Europa.",
    "ru": "Песков подтвердил, что контакты с Вашингтоном были, но настаивал на том, что никаких структурированных переговоров нет.",
    "uk": "Зеленський заявив, що Україна готова до чесної роботи зі Сполученими Штатами над документом, який представила американська сторона.",
    "cs": "Ukrajinský prezident uvedl, že jeho tým prověří jednotlivá ustanovení návrhu, aby odpovídala představě o spravedlivém míru.",
    "bg": "Украинският президент заяви, че неговият екип ще прегледа разпоредбите на плана, за да отговарят на визията за справедлив мир.",
    "sl": "Ukrajinski predsednik je dejal, da bo njegova ekipa pregledala določbe načrta, da bi ustrezale viziji pravičnega miru.",
}

SHORT = {
    "en": "Peace talks resume in Miami.",
    "pl": "Rozmowy pokojowe w Miami.",
    "de": "Friedensgespräche in Miami gehen weiter.",
    "ru": "Переговоры продолжатся в Майами.",
    "uk": "Переговори тривають у Маямі.",
    "fr": "Les pourparlers reprennent à Miami.",
}


@pytest.mark.parametrize(("lang", "text"), sorted(SAMPLES.items()))
def test_sentence_length_text(lang, text):
    guess = detect_language(text)
    assert guess.lang == lang
    assert 0.5 <= guess.confidence <= 1.0
    assert guess.mixed == []


@pytest.mark.parametrize(("lang", "text"), sorted(SHORT.items()))
def test_short_text_goes_to_lingua(lang, text):
    assert detect_language(text).lang == lang


def test_seeds_are_en_en_pl(seeds_dir):
    found = []
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        article = Article(text=raw, raw_text=raw)
        clean(article)
        language(article)
        assert article.language_confidence > 0.8
        assert article.languages_mixed == []
        found.append(article.language)
    assert found == ["en", "en", "pl"]


def test_mixed_article_is_flagged():
    text = "\n".join(
        [SAMPLES["en"], SAMPLES["en"].replace("White House", "Kremlin"), SAMPLES["en"], SAMPLES["uk"], SAMPLES["uk"]]
    )
    guess = detect_language(text)
    assert guess.lang == "en"
    assert guess.mixed == ["uk"]


def test_one_long_foreign_paragraph_does_not_outvote_the_article():
    statement = " ".join([SAMPLES["en"]] * 8)  # a long English statement pasted into a Czech article
    czech = [SAMPLES["cs"], SAMPLES["cs"].replace("prezident", "premiér"), SAMPLES["cs"].replace("tým", "úřad")]
    text = "\n".join([*czech, statement, SAMPLES["cs"].replace("míru", "příměří")])
    guess = detect_language(text)
    assert guess.lang == "cs"
    assert guess.mixed == ["en"]


def test_cyrillic_typed_with_latin_look_alikes():
    masked = "В Нeвaдa, Ceвeрнa Кaрoлинa, Джoрджия и Пeнcилвaния прeбрoявaнeтo нa глacoвeтe oщe нe e приключилo."
    bulgarian = "\n".join([SAMPLES["bg"], masked, SAMPLES["bg"].replace("президент", "премиер")])
    guess = detect_language(bulgarian)
    assert (guess.lang, guess.mixed) == ("bg", [])
    assert detect_language(masked).lang == "bg"


def test_a_quoted_sentence_does_not_make_an_article_mixed():
    text = "\n".join([SAMPLES["pl"]] * 6 + ["„We are ready for constructive, honest, and prompt work.”"])
    assert detect_language(text).mixed == []


def test_given_language_kept_when_detection_agrees_or_is_unsure():
    agrees = Article(text=SAMPLES["pl"], language="pl-PL")
    language(agrees)
    assert agrees.language == "pl"
    assert agrees.language_confidence > 0.8
    unsure = Article(text="Kyiv, Moscow, NATO: 28 points.", language="uk")
    language(unsure)
    assert unsure.language == "uk"


def test_given_language_overridden_when_detection_is_sure():
    wrong = Article(text=SAMPLES["de"] + "\n" + SAMPLES["de"], language="en")
    language(wrong)
    assert wrong.language == "de"
    assert wrong.language_confidence >= 0.8


def test_empty_text():
    assert detect_language("").lang is None
    article = Article(text="   \n ", language="fr")
    language(article)
    assert article.language == "fr"
    assert article.language_confidence == 0.0


@pytest.mark.parametrize(
    ("code", "expected"), [("pl-PL", "pl"), ("EN", "en"), ("uk_UA", "uk"), ("", None), (None, None)]
)
def test_normalise_language_code(code, expected):
    assert normalise_language_code(code) == expected
