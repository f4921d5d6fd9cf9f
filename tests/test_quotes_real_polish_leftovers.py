"""Stage "quotes": Polish leftovers of audit 26 (/work/briefs/audit26_pl.md, second round). A speaker phrase after a
dash-quotation opening with "główny", "naczelny", "obecna" keeps its title and name ("– przyznał główny unijny
negocjator ds. Brexitu Michel Barnier", not the first four words); a capitalised "Dalej", "Potem", "Wkrótce" opening a
sentence is a time adverb, no speaker: the verb's left-out subject speaks. Sentences written for this audit."""

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
