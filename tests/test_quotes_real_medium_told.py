"""Stage "quotes": the medium a speaker told is no speaker (cs, pl; audit 25, /work/briefs/audit25_cs.md).

Czech and Polish name the medium spoken to in the dative, with no preposition, right after the cue or before a
preposed one ("řekl agentuře Reuters mluvčí …", "Saif Mulúk agentuře AFP sdělil, že …", "powiedziała PAP
rzeczniczka …"); the real articles gave those quotations to the medium. Sentences written for this audit.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _rows(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(q["cue"], q["label"]) for q in quote_rows(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "cue", "label"),
    [
        # after a postposed cue, before the speaker
        (
            "„Vláda s námi uzavřela dohodu a protesty proto končí,“ řekl agentuře Reuters mluvčí hnutí Jan Novák.",
            "cs",
            "řekl",
            "Jan Novák",
        ),
        (
            "„Do země se brzy vrátím a budu dál hájit svoje klienty,“ řekl AFP právník Petr Svoboda.",
            "cs",
            "řekl",
            "Petr Svoboda",
        ),
        (
            "„Lék dokáže výrazně nastartovat imunitu a pacientům pomáhá,“ sdělil serveru profesor Karel Beran.",
            "cs",
            "sdělil",
            "Karel Beran",
        ),
        (
            "„To będzie najprostsza droga do wspólnej pracy w przyszłości” - powiedziała agencji Reutera Anna "
            "Kowalska w kuluarach konferencji.",
            "pl",
            "powiedziała",
            "Anna Kowalska",
        ),
        (
            "Wszystkie dawki podamy do końca stycznia - przekazała Onetowi rzeczniczka szpitala Monika Nowak.",
            "pl",
            "przekazała",
            "Monika Nowak",
        ),
        (
            "W tym roku ustanowimy rekord frekwencji – powiedział CNN sekretarz stanu Tomasz Wójcik.",
            "pl",
            "powiedział",
            "Tomasz Wójcik",
        ),
        # before a preposed cue, after the speaker's name
        (
            "Právník Petr Svoboda agentuře AFP sdělil, že se do země brzy vrátí a bude dál hájit svoje klienty.",
            "cs",
            "sdělil",
            "Petr Svoboda",
        ),
        (
            "Tři bezpečnostní zdroje ale agentuře Reuters řekly, že žena byla propuštěna z vězení ve městě Multán.",
            "cs",
            "řekly",
            "Tři bezpečnostní zdroje",
        ),
        # the medium told alone: the verb's subject named before speaks
        (
            "Dcera vězněné ženy, Marie Dvořáková, dříve řekla AFP, že pokud bude její matka propuštěna, obejme ji.",
            "cs",
            "řekla",
            "Marie Dvořáková",
        ),
        (
            "Právník Petr Svoboda odletěl do Evropy. „Nemohou ani provést příkaz nejvyššího soudu,“ řekl AFP, než "
            "nastoupil do letadla.",
            "cs",
            "řekl",
            "Petr Svoboda",
        ),
        (
            "Právník Petr Svoboda odletěl do Evropy. Agentuře AFP sdělil, že musel odejít, aby mohl klientku dále "
            "zastupovat.",
            "cs",
            "sdělil",
            "Petr Svoboda",
        ),
    ],
)
def test_the_medium_told_is_no_speaker(text: str, lang: str, cue: str, label: str) -> None:
    rows = quote_rows(text, lang)
    assert (cue, label) in [(q["cue"], q["label"]) for q in rows]
    told = ("Reuter", "AFP", "CNN", "Onetowi", "serveru")
    assert not [q["speaker"] for q in rows if q["speaker"] and any(m in q["speaker"] for m in told)]


@pytest.mark.parametrize(
    ("text", "lang", "cue", "label"),
    [
        # the medium speaking, named as the subject: "uvedla agentura AFP", "informuje PAP"
        ("Zpráva o propuštění se rychle rozšířila po celé zemi, uvedla agentura AFP.", "cs", "uvedla", "agentura AFP"),
        ("Rząd przygotowuje nowe przepisy w sprawie podatków - informuje PAP.", "pl", "informuje", "PAP"),
        # a medium's name after a title is its genitive ("the agency's spokesman"), the whole phrase speaks
        (
            "Mluvčí agentury Reuters řekl, že zpráva je pravdivá a agentura za ní stojí.",
            "cs",
            "řekl",
            "Mluvčí agentury Reuters",
        ),
        (
            "Rzecznik agencji Frontex powiedział, że liczba przekroczeń granicy spadła o połowę.",
            "pl",
            "powiedział",
            "Rzecznik agencji Frontex",
        ),
    ],
)
def test_a_medium_that_speaks_keeps_its_words(text: str, lang: str, cue: str, label: str) -> None:
    assert (cue, label) in _rows(text, lang)
