"""A claim whose speaker is only "you" (the reader or anyone: "If you follow this blog, you know how much I …",
"you may question why …") is a stance, not speech: the writer supposes the reader's thoughts, no one's words are
reported (session-27 sweep of 397 SemEval-8 English texts: 19 claims with the speaker "you", 5 of them speech)."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _rows(text: str) -> list[tuple[str | None, str | None, bool]]:
    """(speaker words, cue words, stance flag) of each quotation the English pipeline finds in `text`."""
    return [(q["speaker"], q["cue"], q["stance"]) for q in quote_rows(text, "en")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "After the floods and the fires of the summer, you may question why anyone would want to look back at "
            "the year at all.",
            "question",
        ),
        ("If you have ever owned a cat, you know that they sleep in the strangest places.", "know"),
        (
            "Stress will be high in the first weeks. Begin by planning your days. You are likely to feel tired, and "
            "knowing this beforehand will help you prepare.",
            "knowing",
        ),
    ],
)
def test_a_claim_of_you_is_a_stance(text: str, cue: str) -> None:
    rows = [r for r in _rows(text) if r[1] == cue]
    assert rows and all(speaker and speaker.lower() == "you" and stance for speaker, _, stance in rows), _rows(text)


def test_you_inside_quotation_marks_leaves_the_speaker_speech() -> None:
    text = "“You know what this town needs, and it is not another car park,” Mayor Linda Ortiz said on Monday."
    rows = _rows(text)
    assert rows and all(not stance for _, _, stance in rows), rows
    assert any(speaker and "Ortiz" in speaker for speaker, _, _ in rows), rows


def test_a_named_speaker_knowing_stays_speech() -> None:
    rows = _rows("Governor Ned Lamont said on Friday that the state will reopen the Merritt Parkway next week.")
    assert rows == [("Governor Ned Lamont", "said", False)], rows
