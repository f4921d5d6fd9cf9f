"""Stage "quotes": a person named first, an aside set off by commas, then the cue and its clause.

"Gov. Ann Porter of Iowa, a Republican who has refused to back the nominee, said the Morgan family deserved better" is a
preposed claim of the governor's: the name is the cue's subject past the aside. The rules read it as the inverted
"CONTENT, said X" (the name and its aside as the claim, "the Morgan" as its speaker), losing the claim and naming
a wrong speaker. Sentences written by the team in the shape of PolNeAR train sentences (train 300-600: matches at
0.3 +3, false ones -3).
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Gov. Ann Porter of Iowa, a Republican who has refused to back the nominee, said the Morgan family "
            "deserved better.",
            "the Morgan family deserved better",
            "Ann Porter",
        ),
        (
            "Sen. Tom Harlan, facing a spirited challenge in Ohio, a swing state, said he would welcome Walker.",
            "he would welcome Walker",
            "Tom Harlan",
        ),
        (
            "Instead, Mr. Delgado, a former broadcast journalist, intends to sit out the presidential race.",
            "to sit out the presidential race",
            "Delgado",
        ),
    ],
)
def test_a_name_before_an_aside_is_the_cue_subject(text: str, content: str, label: str) -> None:
    rows = [r for r in quote_rows(text, "en") if r["cue"] in ("said", "intends")]
    assert [(r["content"], r["label"]) for r in rows] == [(content, label)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the words before the cue hold a clause past the name's comma: the claim is theirs, the speaker follows
        (
            "Mr. Garner, however, is far more cautious about the deal, said Mark Ellis, a pollster in Denver.",
            "Mr. Garner, however, is far more cautious about the deal",
            "Mark Ellis",
        ),
        # no name opens the sentence: the inverted speaker stays
        (
            "The plan will not pass the Senate this year, said Linda Marsh, a lobbyist for the group.",
            "The plan will not pass the Senate this year",
            "Linda Marsh",
        ),
    ],
)
def test_an_inverted_claim_stays_inverted(text: str, content: str, speaker: str) -> None:
    rows = [r for r in quote_rows(text, "en") if r["cue"] == "said"]
    assert [(r["content"], r["speaker"]) for r in rows] == [(content, speaker)]
