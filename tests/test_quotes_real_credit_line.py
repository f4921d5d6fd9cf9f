"""Stage "quotes": a credit line naming the reporters who helped ("Contributing: …") quotes no one.

USA Today ends its stories so; the rules read the label before the colon as a speaker and the names as its claim
(8 PolNeAR train articles, each such line a false quotation). Sentences written by the team.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    "text",
    [
        "Contributing: Ann Lee, Tom Ruiz, Greg Miller and Rosa Ortiz.",
        "Contributing: Nina Park and Paul Stone, USA TODAY.",
    ],
)
def test_a_credit_line_quotes_no_one(text: str) -> None:
    assert quote_rows(text, "en") == []


def test_a_speaker_before_a_colon_still_speaks() -> None:
    # the label list holds the credit word alone: a named speaker before a headline's colon is unchanged
    rows = quote_rows("Graham: Trump's rhetoric is destroying the party. Graham said so on Sunday.", "en")
    assert [(r["content"], r["label"]) for r in rows][:1] == [("Trump's rhetoric is destroying the party", "Graham")]
