"""Stage "quotes": a participle opening a Polish sentence ("Przedstawiając projekt …", "Występując w Sejmie …") is
no name and its object no subject: the verb after it leaves its subject out, the person the text goes on with. Not a
surname of that ending before its verb ("Zając powiedział"). Audit 26 (/work/briefs/audit26_pl.md). Sentences
written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Unijny negocjator Michel Barnier spotkał się w poniedziałek z ministrami. Przedstawiając 80-stronicowy "
            'projekt dokumentu regulującego przyszłe stosunki pomiędzy stronami zaznaczył, że obejmuje on "znaczną '
            'część" przyszłej umowy.',
            "że obejmuje on",
            "Michel Barnier",
        ),
        (
            "Unijny negocjator Michel Barnier spotkał się w poniedziałek z ministrami. Przedstawiając projekt umowy "
            "zaznaczył, że obejmuje on większość spornych kwestii.",
            "że obejmuje on",
            "Michel Barnier",
        ),
        (
            "Premier Anna Kowalska przyjechała w środę do Sejmu. Występując w Sejmie w ramach cotygodniowej sesji "
            'pytań, Kowalska oświadczyła, że "żaden rząd nie zgodzi się" na takie rozwiązanie, i zapowiedziała, że '
            "wyrazi sprzeciw w tej sprawie podczas rozmowy z szefem Komisji.",
            "że wyrazi sprzeciw",
            "Anna Kowalska",
        ),
    ],
)
def test_an_opening_participle_is_no_speaker(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "pl", content) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Jan Zając powiedział, że rząd nie zmieni swoich planów.", "Jan Zając"),
        ("Zając powiedział, że rząd nie zmieni swoich planów.", "Zając"),
    ],
)
def test_a_surname_of_that_ending_before_its_verb_speaks(text: str, label: str) -> None:
    assert speaker_label(text, "pl", "że rząd") == label
