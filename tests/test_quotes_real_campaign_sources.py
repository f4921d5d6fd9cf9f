"""Stage "quotes": the campaign trade's unnamed and named voices (strategists, pollsters, operatives, pundits).

"So it makes sense, strategists said, for the party to …" set the cue and its speaker inside the claim, but
"strategists" was no source head, so no claim was found; "said GOP strategist Kim Nolan" kept only "GOP" as the
speaker's words. PolNeAR train 300:600 (in-sample models):
matches at 0.3 unchanged, one more at 0.8, the speaker phrase whole in 7 claims. Sentences written by the team.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize("noun", ["strategists", "pollsters", "operatives", "pundits"])
def test_an_unnamed_campaign_voice_set_inside_its_claim(noun: str) -> None:
    text = f"So it makes sense, {noun} said, for the party to put the idea in the public's mind now."
    rows = quote_rows(text, "en")
    assert [(r["content"], r["speaker"]) for r in rows] == [(text[:-1], noun)]


def test_a_title_of_the_trade_before_a_name_is_part_of_the_speaker() -> None:
    text = "“This is a very critical week for the whole campaign,” said GOP strategist Kim Nolan."
    rows = quote_rows(text, "en")
    assert [r["speaker"] for r in rows] == ["GOP strategist Kim Nolan"]
