"""Stage "quotes": a full name sharing only its surname with a person named before is a new person ("Иън Дънкан
Смит" after "Джулиян Смит"), found on the fresh Bulgarian sample of session 27 (/work/briefs/audit27_bg.md).
Sentences written for this fix."""

from __future__ import annotations

import pytest
from quote_rows import speaker_label


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Джулиян Смит е предупредила Тереза Мей, че няма мнозинство. Бившият консервативен лидер Иън Дънкан Смит "
            "заяви: „Гласоподавателите останаха с нея.“",
            "bg",
            "Гласоподавателите",
            "Иън Дънкан Смит",
        ),
        (
            "Julian Smith warned Theresa May that she had no majority. Former Conservative leader Iain Duncan Smith "
            'said: "Voters stayed with her."',
            "en",
            "Voters stayed",
            "Iain Duncan Smith",
        ),
        (
            "Joe Biden won Pennsylvania. His son Hunter Biden told reporters that the family was grateful.",
            "en",
            "that the family",
            "Hunter Biden",
        ),
        # guard: the same person in another case keeps the first full name's label
        (
            "Vlada bo po besedah govorca Jelka Kacina ocenila ukrepe. »Pomembno je, da ostanemo doma,« je poudaril "
            "Jelko Kacin.",
            "sl",
            "Pomembno je",
            "Jelka Kacina",
        ),
    ],
)
def test_full_name_with_another_first_name_is_another_person(text: str, lang: str, content: str, label: str) -> None:
    assert speaker_label(text, lang, content) == label
