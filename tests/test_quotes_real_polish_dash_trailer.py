"""Stage "quotes": a Polish claim closed by a dash and a cue with no subject after it ("… - dodał."), its opening dash
lost or never written. The cue's left-out subject speaks, as after a comma ("…, dodał."). Audit 29
(/work/briefs/audit29_pl.md): two such claims missed in one text of the sample; 46 new claims over the 867 Polish
texts. A cue after an earlier dash in the same words ("– … – mówił – … – podkreślił") or a dash opening a quotation
after a stop leaves the quotations to the direct path. Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Poseł Adam Nowicki zapowiedział, że złoży projekt ustawy jesienią. Musimy najpierw zobaczyć, co "
            "przyniosą negocjacje - być może w październiku - oświadczył. Nie będziemy czekać w nieskończoność - dodał.",
            "Musimy najpierw zobaczyć, co przyniosą negocjacje - być może w październiku",
            "Adam Nowicki",
        ),
        (
            "Poseł Adam Nowicki zapowiedział, że złoży projekt ustawy jesienią. Nie będziemy czekać w nieskończoność "
            "- dodał.",
            "Nie będziemy czekać w nieskończoność",
            "Adam Nowicki",
        ),
        (
            "Ministra Anna Zielińska odwiedziła szpital w Radomiu. Szczepienia idą zgodnie z planem – powiedziała.",
            "Szczepienia idą zgodnie z planem",
            "Anna Zielińska",
        ),
    ],
)
def test_dash_before_a_closing_cue_reports_the_words_before(text: str, content: str, label: str) -> None:
    rows = quote_rows(text, "pl")
    assert [(r["content"], r["label"]) for r in rows if r["content"] == content] == [(content, label)], rows


def test_cue_after_an_earlier_dash_trailer_keeps_the_direct_quotations() -> None:
    text = (
        "Wiceminister Piotr Malinowski mówił o przyszłości Unii. – Trzeba zapytać, kto jest w rdzeniu Unii – mówił – "
        "Moim zdaniem jesteśmy w Europie pierwszej prędkości – podkreślił."
    )
    rows = quote_rows(text, "pl")
    assert not [r for r in rows if "mówił –" in r["content"]], rows
    assert [r["content"] for r in rows if r["cue"] == "mówił"] == ["Trzeba zapytać, kto jest w rdzeniu Unii"], rows


def test_dash_opening_a_quotation_after_a_stop_is_no_claim_of_the_list_before() -> None:
    text = (
        "Premier Anna Nowak udzieliła wywiadu; Podkreśliła, że rząd chce zostać; - Jest mi przykro, jeśli ktoś czuje "
        "się tu obco - powiedziała."
    )
    rows = quote_rows(text, "pl")
    assert not [r for r in rows if r["content"].startswith("Premier Anna Nowak udzieliła")], rows
