"""Stage "quotes": a Polish answer after the question put to its speaker, and a subjectless verb after an opening
adverbial. "Zapytany o X odpowiedział: …" ("asked about X, he answered"): the passive participle says who was asked,
not what anyone said, so it is no cue and the question is no quotation; the answer verb ("odpowiedział", "odparł") is
the cue, and with no subject named it is the person the text is about, as after "Przedstawiając projekt zaznaczył".
"W ostatnim wywiadzie przyznał, że …": a short phrase after a preposition is where or when, and the verb's left-out
subject speaks (as in Spanish and Slovenian, PRO_DROP_PAST_ADVERBIALS). Audit 27 (/work/briefs/audit27b_pl.md,
/work/briefs/report_AUDPL2_27.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

LEAD = "Minister Jan Kowalski spotkał się w piątek z dziennikarzami. "


@pytest.mark.parametrize(
    ("text", "content", "cue", "label"),
    [
        (
            LEAD + "Zapytany o plany odparł, że nie zamierza kandydować.",
            "że nie zamierza kandydować",
            "odparł",
            "Jan Kowalski",
        ),
        (
            LEAD + "Zapytany o Alitalię odpowiedział: — Jesteśmy w kontakcie z włoskim rządem.",
            "Jesteśmy w kontakcie z włoskim rządem.",
            "odpowiedział",
            "Jan Kowalski",
        ),
        (
            LEAD + "Zapytany, czy Francuzi zagłosowaliby za wyjściem, powiedział: „Tak, ale nasz kontekst byłby inny”.",
            "Tak, ale nasz kontekst byłby inny",
            "powiedział",
            "Jan Kowalski",
        ),
        (
            "Zapytana o sytuację w kraju, premier Beata Szydło odpowiedziała: „Jesteśmy gotowi na każdy scenariusz”.",
            "Jesteśmy gotowi na każdy scenariusz",
            "odpowiedziała",
            "Beata Szydło",
        ),
        (
            LEAD + "W ostatnim wywiadzie przyznał, że rząd popełnił błędy.",
            "że rząd popełnił błędy",
            "przyznał",
            "Jan Kowalski",
        ),
    ],
)
def test_answer_after_question_is_the_quotation(text: str, content: str, cue: str, label: str) -> None:
    rows = quote_rows(text, "pl")
    assert [(r["content"], r["cue"], r["label"]) for r in rows] == [(content, cue, label)], rows


@pytest.mark.parametrize(
    "text",
    [
        "Zapytana o sytuację w kraju, premier Beata Szydło odpowiedziała: „Jesteśmy gotowi na każdy scenariusz”.",
        "Zapytany, czy rząd poprze ustawę, minister Jan Kowalski odpowiedział, że decyzja jeszcze nie zapadła.",
        "Ponad 18 proc. firm zapytanych o skutki brexitu wskazało spadek zamówień z Polski.",
    ],
)
def test_question_is_no_quotation(text: str) -> None:
    rows = quote_rows(text, "pl")
    assert not any(r["cue"] and r["cue"].lower().startswith("zapyta") for r in rows), rows


def test_asking_verb_still_quotes_the_question() -> None:
    text = "Posłanka Anna Nowak zapytała: „Kto za to zapłaci?”."
    rows = quote_rows(text, "pl")
    assert [(r["content"], r["cue"], r["label"]) for r in rows] == [("Kto za to zapłaci?", "zapytała", "Anna Nowak")]


# A question closed by a comma before the answer verb ("Pytany, czy …, odpowiedział"): the question, a name in it
# included, is no subject; the verb's left-out subject answers (audit 28, QUESTION_PARTICIPLE_ENDINGS).
@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            LEAD + "Pytany, czy rząd poprze projekt, odpowiedział, że decyzja jeszcze nie zapadła.",
            "że decyzja jeszcze nie zapadła",
            "odpowiedział",
        ),
        (
            LEAD + "Pytany, czy Putin zgodzi się na rozmowy, odpowiedział, że nie zna jego planów.",
            "że nie zna jego planów",
            "odpowiedział",
        ),
        (
            LEAD + "Dopytywany, czy Polska zapłaci karę, odparł: „Nie ma takiej możliwości”.",
            "Nie ma takiej możliwości",
            "odparł",
        ),
    ],
)
def test_answer_after_a_comma_closed_question(text: str, content: str, cue: str) -> None:
    rows = quote_rows(text, "pl")
    assert [(r["content"], r["cue"], r["label"]) for r in rows] == [(content, cue, "Jan Kowalski")], rows
