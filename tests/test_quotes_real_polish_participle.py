"""Stage "quotes": a Polish participle cue after a postposed one ("…, dodając, że …") states the same speaker's next
claim (audit 25, the leftover of /work/briefs/report_AUDPL24.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # "dodając" (adding) is a cue
        (
            "Minister finansów Jan Kowalski skrytykował projekt budżetu, dodając, że rząd nie zgodzi się na cięcia.",
            "że rząd nie zgodzi się na cięcia",
            "Jan Kowalski",
        ),
        # after a subjectless postposed cue the participle's speaker is that cue's, not the claim's first words
        (
            "Szefowa firmy Anna Wrona mówiła o dostawach. Wydajemy pięć miliardów rocznie na łańcuch dostaw w kraju"
            " - podkreśliła, dodając, że rozmowy z rządem trwają.",
            "że rozmowy z rządem trwają",
            "Anna Wrona",
        ),
        (
            'Lider opozycji Piotr Zając mówił o Unii. "Unia nie jest przyczyną wszystkich naszych problemów. Podobnie'
            ' UE nie jest źródłem całego oświecenia" - tłumaczył, dodając, że "przyszłość jest w naszych rękach".',
            'że "przyszłość jest w naszych rękach',
            "Piotr Zając",
        ),
        (
            "Premier Maria Lis mówiła o współpracy. Partnerstwo będzie dla nas sposobem na połączenie wysiłków - "
            "dodała, zastrzegając, że umowa powinna uznawać suwerenność kraju.",
            "że umowa powinna uznawać suwerenność kraju",
            "Maria Lis",
        ),
    ],
)
def test_the_participle_after_a_cue_keeps_its_speaker(text: str, content: str, label: str) -> None:
    rows = [(q["content"], q["label"]) for q in quote_rows(text, "pl")]
    assert any(c.startswith(content) and lab == label for c, lab in rows), rows


def test_an_impersonal_cue_before_the_participle_gives_no_person() -> None:
    # "zaznaczono" (it was noted) names no one: the participle's claim is no one's named before it
    text = (
        "Dziennik pisał o miliarderze Jerzym Sorze. Skierował swoją uwagę na Wielką Brytanię - zaznaczono, "
        "wskazując, że jego fundacja została zakazana w Rosji."
    )
    assert not [q for q in quote_rows(text, "pl") if q["label"] == "Jerzym Sorze" and q["cue"] == "wskazując"]
