"""Stage "quotes": Polish verbs of saying made of a verb and its noun. "zwrócił uwagę, że …" (pointed out), "– … –
zwraca uwagę Marek Bielawski" (a dash trailer), "Zwraca on uwagę, że …", "Wyraził opinię, że …" (gave the
opinion): none was a cue, so the claims were missed (audit 28, /work/briefs/audit28_pl.md: 3 misses in the 15 texts
of the sample and held-out). Attention drawn to a noun ("zwrócił uwagę na potrzebę …", "wskazuje na szereg
czynników") reports nothing: "na" joins the topic openers. Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Redaktor Jan Sakiewicz zwrócił uwagę, że głosy kilku parafii mogą przeważyć o wyniku.",
            "że głosy kilku parafii mogą przeważyć o wyniku",
            "Jan Sakiewicz",
        ),
        (
            "– Po brexicie będzie to podatek importowy – zwraca uwagę Marek Bielawski, doradca podatkowy.",
            "Po brexicie będzie to podatek importowy",
            "Marek Bielawski",
        ),
        (
            "Doradca Marek Bielawski mówił o podatkach. Zwraca on uwagę, że może to pogorszyć płynność firm.",
            "że może to pogorszyć płynność firm",
            "Marek Bielawski",
        ),
        (
            "Senator Cory Booker krytykował program rywalki. Wyraził opinię, że partia powinna zająć się gospodarką.",
            "że partia powinna zająć się gospodarką",
            "Cory Booker",
        ),
    ],
)
def test_verb_and_noun_of_saying_is_a_cue(text: str, content: str, label: str) -> None:
    rows = quote_rows(text, "pl")
    assert [(r["content"], r["label"]) for r in rows if r["content"] == content] == [(content, label)], rows


@pytest.mark.parametrize(
    "text",
    [
        "Premier Irlandii Leo Varadkar zwrócił uwagę na potrzebę wzmocnienia demokracji w Unii.",
        "Analityk Viraj Patel wskazuje na szereg czynników, które mogą umocnić funta.",
        "Minister Łukasz Szumowski odpowiedział na pytanie o organizację wesel.",
    ],
)
def test_attention_drawn_to_a_noun_reports_nothing(text: str) -> None:
    # a topic after "na" is what the attention or the answer went to, no claim (TOPIC_OPENERS)
    assert quote_rows(text, "pl") == []
