"""Stage "quotes": a title heading another title and its holder's name in another case names the first title's
holder, not the person named ("rzecznik premier Theresy May" is her spokesman; "premier" keeps its form for a woman,
"Theresy May" is the genitive). Audit 26 (/work/briefs/audit26_pl.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Londyn z zadowoleniem przyjął porozumienie w sprawie okresu przejściowego - oświadczył rzecznik premier "
            "Theresy May.",
            "Londyn z zadowoleniem",
            "rzecznik premier Theresy May",
        ),
        (
            "Rzecznik brytyjskiej premier Theresy May powiedział, że rząd przyjął decyzję Unii z zadowoleniem.",
            "że rząd przyjął",
            "Rzecznik brytyjskiej premier Theresy May",
        ),
        (
            "Rzeczniczka premier Theresy May zapewniła, że szefowa rządu ma pełne zaufanie do swoich ministrów.",
            "że szefowa rządu",
            "Rzeczniczka premier Theresy May",
        ),
    ],
)
def test_the_spokesman_of_a_titled_person_speaks(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "pl", content) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Premier Theresa May zapewniła, że ma pełne zaufanie do swoich ministrów.", "Theresa May"),
        (
            "Rzecznik premiera Mateusza Morawieckiego Piotr Nowak zapewnił, że ma pełne zaufanie do swoich ministrów.",
            "Piotr Nowak",
        ),
    ],
)
def test_a_titled_person_named_in_the_base_case_speaks(text: str, label: str) -> None:
    assert speaker_label(text, "pl", "że ma pełne") == label
