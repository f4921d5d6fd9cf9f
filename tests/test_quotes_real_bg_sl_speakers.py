"""Stage "quotes": Bulgarian and Slovenian speakers found on the fresh samples of session 26
(/work/briefs/audit26_bg.md, audit26_sl.md). Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # a title with its complement after "на" is the body's spokesman, not the person named before
        (
            "Асия Биби беше освободена от затвора в Мултан. Тя се намира на сигурно място в страната, каза говорител "
            "на министерството на външните работи.",
            "Тя се намира",
            "говорител на министерството",
        ),
        (
            "Франция е готова да приеме Асия Биби. Предприехме необходимите стъпки пред властите, за да може тя да "
            "дойде във Франция, каза говорителка на министерството.",
            "Предприехме",
            "говорителка на министерството",
        ),
        (
            "Според източници на изданието новият президент ще върне страната в Парижкото споразумение за климата.",
            "новият президент",
            "източници на изданието",
        ),
        # guard: a name after the title and its complement is the speaker
        (
            "Говорителят на министерството на външните работи Мохамед Фейсал каза, че тя е на сигурно място.",
            "че тя е",
            "Мохамед Фейсал",
        ),
    ],
)
def test_bulgarian_title_with_complement(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "bg", content) == label
