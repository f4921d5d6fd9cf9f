"""Stage "quotes": a cue that otherwise wants its clause after it ("uważa", "ocenia": thinks, judges) reports the
claim before a dash, with its speaker after it: "Przewoźnicy powinni przygotować się na najgorsze – uważa prezes
zrzeszenia Jan Buczek". Without a dash, or with the clause after it, the rule of NEEDS_COMPLEMENTIZER stands. Audit 26
(/work/briefs/audit26b_pl.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Na europejskim rynku lotniczym będzie trwać konsolidacja – uważa szef linii easyJet Johan Lundgren.",
            "Na europejskim rynku",
            "Johan Lundgren",
        ),
        (
            "Rynki zareagowały spadkami. Funt traci na wartości po raz trzeci w tym tygodniu – ocenia agencja Reutera.",
            "Funt traci",
            "agencja Reutera",
        ),
    ],
)
def test_a_stance_cue_after_a_dash_reports_the_claim_before(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "pl", content) == label


def test_a_stance_cue_without_a_dash_still_wants_its_clause() -> None:
    text = "Rynki zareagowały spadkami. Prezes banku uważa tę decyzję za błąd."
    assert quote_rows(text, "pl") == []
