"""Who a pronoun, an unnamed (pro-drop) subject or a possessive stands for: the subject the text goes on with.

Each sentence is written by the team in the shape of one that the SALIENCE audit (session 16) found resolved to the
last person named, whatever that person's role: a name in an oblique case, a photo credit, a parenthesised aside.
"""

from __future__ import annotations

import pytest
from quote_rows import speaker_label as _label


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # a possessive after a sentence whose subject is named in the nominative, the last name in the genitive
        (
            "ru",
            "Российский сенатор Константин Косачев считает, что не стоит ждать резких перемен после отставки Бориса "
            "Джонсона. По его словам, отставка главы МИД Великобритании - свидетельство серьезного политического "
            "кризиса.",
            "отставка главы",
            "Константин Косачев",
        ),
        # a pronoun after a sentence whose subject is named first, a man he called on named last (accusative)
        (
            "ru",
            "Ее лидер Хадим Хусейн Ризви уже заявил, что судьи заслуживают смерти, и призвал премьер-министра "
            "Пакистана Имрана Хана подать в отставку. Еще до вердикта он обещал парализовать страну за несколько "
            "часов.",
            "парализовать",
            "Хадим Хусейн Ризви",
        ),
        # a verb with no subject after a sentence naming its subject in the nominative, the others in the genitive
        (
            "pl",
            "Po zakończeniu spotkania Bidena z Putinem Mychajło Podolak, przedstawiciel biura prezydenta Ukrainy, "
            "oświadczył, że rozmowa nie przyniosła sensacji. Podkreślił, że Ukraina jest wdzięczna USA za wsparcie.",
            "że Ukraina",
            "Mychajło Podolak",
        ),
    ],
    ids=["ru-possessive", "ru-pronoun", "pl-pro-drop"],
)
def test_the_subject_named_in_the_nominative_is_the_antecedent(lang: str, text: str, content: str, label: str) -> None:
    assert _label(text, lang, content) == label


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # a photo credit in parentheses is the last man named before the verb, and no subject
        (
            "pl",
            "Premier Mateusz Morawiecki spotkał się z dziennikarzami w Warszawie.\n(PAP, Fot: Marcin Kmiecinski)\n"
            "Podkreślił, że rząd przygotował nowy pakiet pomocy dla firm.",
            "że rząd",
            "Mateusz Morawiecki",
        ),
        # a credit after a caption label and its colon
        (
            "cs",
            "Virolog Jan Konvalinka | Foto: Khalil Baalbaki | Zdroj: Český rozhlas. O chytré karanténě nemůže být "
            "podle něj řeči.",
            "O chytré",
            "Jan Konvalinka",
        ),
    ],
    ids=["pl-parenthesis", "cs-caption-label"],
)
def test_a_credit_line_is_no_antecedent(lang: str, text: str, content: str, label: str) -> None:
    assert _label(text, lang, content) == label


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # a source construction opening on a genitive name makes that person the one the text goes on with
        (
            "cs",
            "Podle britského ministra pro brexit Davida Davise by porážka vlády podkopala další jednání s Bruselem. "
            "Varoval také zákonodárce, že vláda jim nikdy neumožní brexit zvrátit.",
            "že vláda",
            "Davida Davise",
        ),
        # a parenthesis left open on its line (a mangled photo caption) is no aside: the name after it counts
        (
            "en",
            "Israeli prime minister Benjamin Netanyahu attends court (Ronen Zvulun/Pool Photo via AP down during the "
            "trial. In a tweet, Mr Gantz said he was sure Netanyahu will receive a fair trial. “I have full faith in "
            "the justice system,” he said.",
            "I have full faith",
            "Gantz",
        ),
    ],
    ids=["cs-source-first", "en-open-parenthesis"],
)
def test_what_the_subject_preference_leaves_alone(lang: str, text: str, content: str, label: str) -> None:
    assert _label(text, lang, content) == label
