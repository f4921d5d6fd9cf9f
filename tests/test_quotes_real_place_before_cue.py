"""Stage "quotes": a phrase of where or in what between a closing mark and its cue ("»…,« je na tiskovni
konferenci navedel Dušan Keber") is no speaker; found on the fresh Slovenian sample of session 27
(/work/briefs/audit27_sl.md). Sentences written for this fix."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # the name after the cue speaks
        (
            "»Ukrepi so omejeno učinkoviti,« je na tiskovni konferenci navedel nekdanji minister Dušan Keber.",
            "Ukrepi so",
            "Dušan Keber",
        ),
        (
            "»Takšnega odziva še nisem videl,« je na twitterju zapisal analitik javnega mnenja Frank Luntz.",
            "Takšnega odziva",
            "Frank Luntz",
        ),
        # with no name after it, the verb's unnamed subject
        (
            "Nekdanji minister Dušan Keber je kritiziral vlado. »Zračenje prostorov je ključno,« je na tiskovni "
            "konferenci poudaril.",
            "Zračenje prostorov",
            "Dušan Keber",
        ),
    ],
)
def test_place_before_postposed_cue_is_no_speaker(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "sl", content) == label


def test_plural_cue_keeps_its_document() -> None:
    # guard: "»…,« so zapisali v sporočilu" has no person to speak; the statement is the source
    text = "»Nova pravila začnejo veljati v ponedeljek,« so zapisali v sporočilu."
    assert speaker_label(text, "sl", "Nova pravila") == "sporočilu"
