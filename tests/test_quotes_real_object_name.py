"""Stage "quotes": a name in another case right before the cue is its object; the subject named before it speaks
("Putin svému tureckému protějšku prezidentovi Erdoganovi zdůraznil …"; audit 25, /work/briefs/audit25_cs.md).
Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Ruský prezident Vladimir Putin svému tureckému protějšku prezidentovi Recepu Tayyipovi Erdoganovi "
            "zdůraznil, že západní státy hrají v konfliktu destruktivní roli.",
            "cs",
            "že západní státy",
            "Vladimir Putin",
        ),
        (
            "Začátkem ledna ruský prezident Vladimir Putin svému tureckému protějšku prezidentovi Recepu Tayyipovi "
            "Erdoganovi zdůraznil v rozhovoru „destruktivní roli západních států“, které zásobují Ukrajinu zbraněmi.",
            "cs",
            "v rozhovoru",
            "Vladimir Putin",
        ),
        (
            "Francouzský prezident Emmanuel Macron na tiskové konferenci s norskou premiérkou Ernou Solbergovou řekl, "
            "že celní unie je jedno z možných řešení budoucích vztahů.",
            "cs",
            "že celní unie",
            "Emmanuel Macron",
        ),
    ],
)
def test_the_subject_before_an_object_name_speaks(text: str, lang: str, content: str, label: str) -> None:
    assert speaker_label(text, lang, content) == label
