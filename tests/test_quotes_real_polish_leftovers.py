"""Stage "quotes": Polish leftovers of audit 26 (/work/briefs/audit26_pl.md, second round). A speaker phrase after a
dash-quotation opening with "główny", "naczelny", "obecna" keeps its title and name ("– przyznał główny unijny
negocjator ds. Brexitu Michel Barnier", not the first four words); a capitalised "Dalej", "Potem", "Wkrótce" opening a
sentence is a time adverb, no speaker: the verb's left-out subject speaks. A neuter past form ("Ministerstwo Zdrowia
podało, że …") is a cue; "ds." keeps a phrase whole ("Rzecznik ministerstwa ds. Brexitu"). Sentences written for
this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Rozmowy w Brukseli przeciągnęły się do nocy. – Nie mamy już czasu na kolejne przedłużenia – przyznał "
            "główny unijny negocjator ds. Brexitu Michel Barnier.",
            "Nie mamy już czasu",
            "Michel Barnier",
        ),
        (
            "– Szpital przyjmie wszystkich chorych z powiatu – zapewnił naczelny dyrektor szpitala Piotr Zalewski.",
            "Szpital przyjmie",
            "Piotr Zalewski",
        ),
    ],
)
def test_an_opening_adjective_keeps_the_title_and_name(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "pl", content) == label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Psychiatra Maja Herman opisała swoją sytuację w mediach społecznościowych. Dalej dodaje, że czuje się "
            "pominięta przez uczelnię.",
            "że czuje się",
            "Maja Herman",
        ),
        (
            "Minister finansów Jan Kowalczyk zabrał głos w Sejmie. Potem dodał: „Budżet jest bezpieczny”.",
            "Budżet jest",
            "Jan Kowalczyk",
        ),
    ],
)
def test_an_opening_time_adverb_is_no_speaker(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "pl", content) == label


def test_shortly_after_the_pair_speaks() -> None:
    text = (
        "Arron Banks i Andy Wigmore zapowiedzieli bojkot przesłuchania w Izbie Gmin. Wkrótce potem stwierdzili, że "
        "jednak odpowiedzą na pytania posłów."
    )
    rows = [r for r in quote_rows(text, "pl") if r["content"].startswith("że jednak")]
    assert [(r["speaker"], r["label"]) for r in rows] == [(None, "Arron Banks i Andy Wigmore")]


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "W piątek Ministerstwo Zdrowia podało, że badania potwierdziły zakażenie u kolejnych 9 tysięcy osób.",
            "że badania",
            "Ministerstwo Zdrowia",
        ),
        (
            'Źródło "Timesa" oceniło, że propozycja posłów stawia Unię po stronie obywateli.',
            "że propozycja",
            "Źródło",
        ),
    ],
)
def test_a_neuter_subject_reports(text: str, content: str, label: str) -> None:
    """ "podało", "oceniło": a neuter past form (a ministry, a source) is a cue like the masculine one."""
    assert speaker_label(text, "pl", content) == label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Gazeta opisała tajny raport. Rzecznik ministerstwa ds. Brexitu potwierdził, że w resorcie prowadzono "
            "dyskusje o skutkach wyjścia bez umowy.",
            "że w resorcie",
            "Rzecznik ministerstwa ds. Brexitu",
        ),
        (
            "Posłowie odrzucili wszystkie poprawki. Ministerstwo ds. wyjścia z Unii Europejskiej oceniło, że to dobry "
            "moment dla wszystkich zwolenników uporządkowanego rozstania.",
            "że to dobry",
            "Ministerstwo ds. wyjścia z Unii Europejskiej",
        ),
    ],
)
def test_a_portfolio_after_ds_stays_in_the_phrase(text: str, content: str, label: str) -> None:
    """ "ds." (do spraw) is one token with its dot: the phrase before the cue runs over it to its head."""
    assert speaker_label(text, "pl", content) == label


def test_a_programmes_guest_speaks() -> None:
    """ "Gość Polskiego Radia 24 powiedział, że …": a guest of a programme is a source noun; the quotation was dropped
    for want of a speaker."""
    text = (
        "Ksiądz Jan Boguszewski mówił o sytuacji chrześcijan w Pakistanie. Gość Polskiego Radia 24 powiedział, że "
        "jego stowarzyszenie otrzymuje sygnały z Lahaur."
    )
    rows = [r for r in quote_rows(text, "pl") if r["content"].startswith("że jego stowarzyszenie")]
    assert [r["speaker"] for r in rows] == ["Gość Polskiego Radia"]
