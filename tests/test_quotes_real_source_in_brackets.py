"""Stage "quotes": a source standing inside brackets ("… déclenché en décembre (300 morts selon l'ONU).", "… 3.000
personas (según cifras de la ONU)"). The source speaks for the words before it inside the brackets, or with none
there for the words after its comma inside them, or for the clause the brackets follow; read as a source inside a
clause, it was given the whole sentence, or the words up to the "(" with the ")" in its own phrase. Audit 29
(/work/briefs/audit29_fr.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        (
            "Le président fuit en Arabie saoudite sous la pression du soulèvement déclenché en décembre (300 morts "
            "selon l'ONU). Il sera condamné par contumace.",
            "fr",
            "300 morts",
            "l'ONU",
        ),
        (
            "Début de la révolte contre le régime, qui sera violemment réprimée (plus de 4.000 morts selon l'ONU, qui "
            'accuse les autorités de "crimes contre l\'humanité"). Assad poursuit sa répression.',
            "fr",
            "plus de 4.000 morts",
            "l'ONU",
        ),
        (
            "La represión ha causado la muerte a cerca de 3.000 personas (según cifras de la ONU) desde marzo.",
            "es",
            "La represión ha causado la muerte a cerca de 3.000 personas",
            "cifras de la ONU",
        ),
        (
            "Le bilan est lourd (selon l'ONU, plus de 4.000 personnes sont mortes depuis mars). Assad poursuit.",
            "fr",
            "plus de 4.000 personnes sont mortes depuis mars",
            "l'ONU",
        ),
    ],
)
def test_a_source_in_brackets_speaks_for_the_words_it_stands_with(
    text: str, lang: str, content: str, speaker: str
) -> None:
    rows = quote_rows(text, lang)
    assert [(q["content"], q["speaker"]) for q in rows] == [(content, speaker)]


def test_a_source_outside_brackets_keeps_its_claim() -> None:
    # brackets elsewhere in the sentence change nothing: "Selon l'ONU, …" still opens its claim
    text = "Selon l'ONU, plus de 4.000 personnes (dont 300 enfants) sont mortes depuis mars. Assad poursuit."
    assert [(q["content"], q["speaker"]) for q in quote_rows(text, "fr")] == [
        ("plus de 4.000 personnes (dont 300 enfants) sont mortes depuis mars", "l'ONU")
    ]
