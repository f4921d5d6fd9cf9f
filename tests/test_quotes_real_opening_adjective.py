"""Stage "quotes": an adjective opening the sentence before a title is no name ("Britský ministr zahraničí podotkl"),
so the title finds the person the text named with it (audit 25, /work/briefs/audit25_cs.md). Sentences written for
this audit."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Britský ministr zahraničí Boris Johnson kritizuje vládu. Johnson mluvil na večeři o jednáních. Britský "
            "ministr zahraničí podotkl, že americký prezident by odvedl lepší práci než britský kabinet.",
            "cs",
            "že americký prezident",
            "Boris Johnson",
        ),
        (
            "Niemiecka minister spraw zagranicznych Anna Berger odwiedziła Wilno. Niemiecka minister powiedziała, że "
            "NATO będzie musiało zwiększyć swoją obecność w krajach bałtyckich.",
            "pl",
            "że NATO będzie musiało",
            "Anna Berger",
        ),
        (
            "Германският канцлер Ангела Меркел пристигна в Лондон. Германският канцлер заяви, че иска голямо "
            "партньорство с Великобритания след излизането ѝ от съюза.",
            "bg",
            "че иска голямо",
            "Ангела Меркел",
        ),
    ],
)
def test_an_opening_adjective_before_a_title_is_no_name(text: str, lang: str, content: str, label: str) -> None:
    assert speaker_label(text, lang, content) == label


def test_a_title_no_one_was_named_with_stays_the_phrase() -> None:
    # "Volební šéf" (the election chief): no one is named with that title; Donald Trump, mentioned before, is not him
    text = (
        "Donald Trump obvinil úředníky z podvodu. Volební šéf uvedl, že vyřazené hlasovací lístky byly jen chybou "
        "zmateného brigádníka."
    )
    assert speaker_label(text, "cs", "že vyřazené") == "Volební šéf"
