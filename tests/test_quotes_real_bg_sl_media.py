"""Stage "quotes": Bulgarian and Slovenian media and sources found on the fresh samples of session 29
(/work/briefs/audit29_bg.md, audit29_sl.md). Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # a medium's name whose later words are written in lower case is the whole speaker, not its first word
        (
            "Правителството в Лондон ще обсъди нови мерки срещу инфлацията още тази седмица, предаде Франс прес.",
            "Правителството в Лондон",
            "Франс прес",
        ),
        (
            "Сенатът ще гласува законопроекта за помощта в понеделник, отбелязва Асошиейтед прес.",
            "Сенатът ще гласува",
            "Асошиейтед прес",
        ),
        (
            "Банката ще вдигне лихвите за трети път от началото на годината, пише Файненшъл таймс.",
            "Банката ще вдигне",
            "Файненшъл таймс",
        ),
        # with the name opening its sentence the cue is found at all
        (
            "Франс прес съобщи, че преговорите между двете страни ще продължат и през следващата седмица.",
            "че преговорите",
            "Франс прес",
        ),
    ],
)
def test_bulgarian_media_name_with_lower_case_words(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "bg", content) == label


def test_bulgarian_media_name_is_no_claim() -> None:
    # the medium named after the cue is not taken into the claim ("Франс прес и Асошиейтед прес" was the content)
    rows = quote_rows(
        "Президентът обвини опонента си, че бърза да се обяви за победител в изборите, предадоха Франс прес и "
        "Асошиейтед прес.",
        "bg",
    )
    assert [(r["content"][:18], r["label"]) for r in rows] == [("Президентът обвини", "Франс прес и Асошиейтед прес")]
