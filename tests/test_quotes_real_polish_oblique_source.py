"""Stage "quotes": a Polish source in the genitive after "Według" / "Zdaniem" ends where the claim's subject begins,
with no comma between them. A title in marks takes no complement ("Według „Timesa” negocjacje …"), and a word in a
form no genitive has opens the claim ("Według gazety propozycja …": -cja, "Zdaniem publicysty unijne władze …": an
adjective's plural nominative). Audit 27 (/work/briefs/audit27_pl.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _speaker_of(text: str, content: str) -> str | None:
    rows = [q for q in quote_rows(text, "pl") if q["content"].startswith(content)]
    assert len(rows) == 1, quote_rows(text, "pl")
    return rows[0]["speaker"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Według "Timesa" negocjacje w tej sprawie będą kontynuowane w przyszłym tygodniu.',
            "negocjacje w tej sprawie",
            '"Timesa"',
        ),
        (
            "Zdaniem „FT” Londyn nie zgodzi się na takie warunki przed końcem roku.",
            "Londyn nie zgodzi się",
            "„FT”",
        ),
        (
            "Według gazety propozycja obniżenia opłat trafi do posłów w przyszłym tygodniu.",
            "propozycja obniżenia opłat",
            "gazety",
        ),
        (
            "Według dziennika sytuacja na granicy pogorszyła się w ciągu ostatnich dni.",
            "sytuacja na granicy",
            "dziennika",
        ),
    ],
)
def test_the_claims_subject_is_no_part_of_the_source(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'Według gazet "The Guardian" i "The Telegraph" rząd przygotowuje nowy plan.',
            "rząd przygotowuje",
            'gazet "The Guardian" i "The Telegraph"',
        ),
        (
            "Według autorów sondażu wynik taki jest rezultatem brexitu, który podzielił kraj.",
            "wynik taki",
            "autorów sondażu",
        ),
    ],
)
def test_a_source_with_its_complements_stays_whole(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker
