"""Stage "quotes": Slovenian sentences that open with a preposition or an adverb before a subjectless cue, found on
the fresh sample of session 27 (/work/briefs/audit27_sl.md). Sentences written for these fixes."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows, speaker_label

_LEAD = "Vladni govorec Jelko Kacin je v ponedeljek nagovoril novinarje. "


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # the opening word was the speaker ("Glede", "Takoj", "Redno"): the verb's unnamed subject speaks
        (_LEAD + "Glede karantenskih odločb je povedal, da jih danes podpisujejo še 260.", "da jih", "Jelko Kacin"),
        (_LEAD + "Takoj nato je dodal, da se lahko do petka še marsikaj spremeni.", "da se lahko", "Jelko Kacin"),
        (
            "Ministrica Ana Kos je obiskala bolnišnico v Celju. Redno je namreč poročala vladi, da je opreme dovolj.",
            "da je opreme",
            "Ana Kos",
        ),
        # a fronted phrase of place, means or time before a subjectless cue with its clause: nothing was found
        (_LEAD + "Ob tem je poudaril, da bodo ukrepi veljali še en teden.", "da bodo ukrepi", "Jelko Kacin"),
    ],
)
def test_opening_word_is_no_speaker(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "sl", content) == label


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a fronted phrase before a verb that opens no clause is no setting of speech: "trdi" is an adjective here,
        # "pojasnila" a noun, "escribió" takes an object
        (_LEAD + "Z njimi bi se izognili trdi meji na irskem otoku.", "sl"),
        (_LEAD + "Za vsa pojasnila o ukrepih so na voljo na brezplačni številki.", "sl"),
        (
            "Sayyid Qutb fue detenido en 1954. En prisión escribió un manifiesto en el que llamaba a un renacimiento "
            "del islam.",
            "es",
        ),
    ],
)
def test_fronted_phrase_without_clause_reports_nothing(text: str, lang: str) -> None:
    assert quote_rows(text, lang) == []
