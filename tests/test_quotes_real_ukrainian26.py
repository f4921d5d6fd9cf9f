"""Stage "quotes" on sentences shaped like real Ukrainian news (SlavicNER, audit 26b, seed 2636).

Each test holds a sentence written by the team in the shape of one that the hand audit of real articles
(/work/briefs/audit26_uk.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- "згідно з планом/правилами/законом/дозволом": a plan, rule, law or permit is no source of words ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Згідно з правилами партії, для голосування потрібні листи п'ятнадцяти відсотків депутатів.",
        "Потім, згідно з планом, має настати перехідний період до кінця наступного року.",
        "Згідно з законом, усі штати вже мали надіслати списки виборців до Вашингтона.",
        "В самому Китаї препарат уже отримали тисячі людей, згідно з дозволом на екстрене використання.",
    ],
)
def test_according_to_a_plan_or_rule_reports_nobody(text: str) -> None:
    assert _quotes(text, "uk") == []


def test_according_to_polls_still_reports() -> None:
    text = "Згідно з останніми опитуваннями, кандидат від демократів випереджає суперника на чотири пункти."
    rows = _quotes(text, "uk")
    assert [(q["cue"], q["speaker"]) for q in rows] == [("Згідно з", "останніми опитуваннями")]


# --- source words and cues the Ukrainian lists lacked ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # "як стверджує X, …" (as X claims), beside "як повідомляє X"
        ("Як стверджує новообраний президент, все могло б бути інакше.", "Як стверджує", "новообраний президент"),
        # "На переконання X, …" (in X's conviction), beside "на думку X"
        ("На переконання демократа, для імпічменту просто не вистачить голосів.", "На переконання", "демократа"),
        # "припускають, що" (suppose), the present of "припустив"
        ("Деякі вчені припускають, що життя може нормалізуватися до весни.", "припускають", "Деякі вчені"),
    ],
)
def test_missing_source_words_and_cues(text: str, cue: str, speaker: str) -> None:
    rows = _quotes(text, "uk")
    assert [(q["cue"], q["speaker"]) for q in rows] == [(cue, speaker)]


def test_company_suffix_with_its_dot_stays_in_the_speaker() -> None:
    # "Inc." ended the speaker phrase at its dot, leaving the cue with no subject
    text = "Американська компанія Moderna Inc. заявила у четвер, що перші учасники випробування отримали щеплення."
    rows = _quotes(text, "uk")
    assert [(q["cue"], q["label"]) for q in rows] == [("заявила", "Американська компанія Moderna Inc.")]


# --- a plural possessive in a case form ("На їхню думку", "за їхніми словами") is the group named before ------------


@pytest.mark.parametrize("lead", ["На їхню думку", "За їхніми словами"])
def test_plural_possessive_source_is_the_group_before(lead: str) -> None:
    text = (
        "Міністр і його дружина Олена запросили бюлетені поштою. Багато аналітиків вважають, що пошта не дає "
        f"переваги жодній партії. {lead}, перешкоди можуть обернутися проти республіканців."
    )
    rows = _quotes(text, "uk")
    assert [(q["cue"], q["label"]) for q in rows] == [("вважають", "Багато аналітиків"), (lead, "Багато аналітиків")]


# --- "ідеться", the form of "йдеться" after a vowel, is the same impersonal cue ---------------------------------------


def test_impersonal_cue_after_a_vowel() -> None:
    text = "Шумер заявив, що його треба звільнити. У заяві також ідеться, що апарати вже демонтовано."
    rows = _quotes(text, "uk")
    assert [(q["content"], q["cue"]) for q in rows][1] == ("що апарати вже демонтовано", "ідеться")


# --- an attribution inside the marks that closes with a stop before the words go on ("…, - заявив X. - …") ---------


def test_attribution_between_dashes_closed_by_a_stop() -> None:
    text = (
        '"Штати намагаються зрозуміти, як вони рахуватимуть бюлетені, - заявив Медоуз. - Це жахливо, якщо ми '
        'не дізнаємося результатів за кілька тижнів".'
    )
    rows = _quotes(text, "uk")
    assert [(q["cue"], q["label"]) for q in rows] == [("заявив", "Медоуз")]


# --- "Раніше повідомлялося/стверджувалося, що …": a past impersonal names nobody -------------------------------------


@pytest.mark.parametrize("cue", ["повідомлялося", "стверджувалося"])
def test_past_impersonal_names_nobody(cue: str) -> None:
    text = f"Бродський прилетів до Києва. Раніше {cue}, що контрабандою вакцини займався Роман Голдман."
    rows = _quotes(text, "uk")
    assert [(q["cue"], q["label"]) for q in rows] == [(cue, None)]


def test_writers_back_reference_is_no_quotation() -> None:
    # "Як повідомлялося, …" (as was reported) is the writer's own reminder, like "Нагадаємо, …"
    text = "Бродський прилетів до Києва. Як вже повідомлялося, контрабандою вакцини займався Роман Голдман."
    assert _quotes(text, "uk") == []


# --- an adverb before an impersonal cue is no part of the place it was said ("У заяві МЗС також йдеться") -----------


def test_adverb_before_an_impersonal_cue_stays_out_of_its_source() -> None:
    text = "У заяві МЗС України також йдеться, що переговори триватимуть до кінця року."
    rows = _quotes(text, "uk")
    assert [(q["cue"], q["label"]) for q in rows] == [("йдеться", "заяві МЗС України")]


# --- a headline signed after a dash with who said it ("Брексіту може не бути - Мей", "… — ЗМІ") ----------------------


@pytest.mark.parametrize(
    ("headline", "content", "label"),
    [
        ("Україна може отримати вакцину вже в лютому, - Ляшко", "Україна може отримати вакцину вже в лютому", "Ляшко"),
        ("Війна з пандемією може затягнутися на роки — FT", "Війна з пандемією може затягнутися на роки", "FT"),
    ],
)
def test_headline_signed_after_a_dash(headline: str, content: str, label: str) -> None:
    text = f"{headline}\n\nМіністр охорони здоров'я виступив у парламенті в четвер."
    rows = _quotes(text, "uk")
    assert [(q["content"], q["label"]) for q in rows] == [(content, label)]


def test_dash_for_a_verb_left_out_is_no_signature() -> None:
    text = "Нагадаємо, Байден представляє Демократичну партію, а Трамп – Республіканську\n\nВибори відбудуться восени."
    assert _quotes(text, "uk") == []
