"""Stage "quotes": a former holder's title ("expremiér") resolves like the title, found on the fresh Czech sample
of session 27 (/work/briefs/audit27_cs.md). Sentences written for this fix."""

from __future__ import annotations

from quote_rows import speaker_label


def test_former_prime_minister_is_the_person_named_before() -> None:
    text = (
        "„Jak stále říkám, je to omyl, nikoliv katastrofa,“ uvedl David Cameron v rozhovoru v Davosu. „Stejně to ale "
        "bude složité,“ dodal expremiér."
    )
    assert speaker_label(text, "cs", "Stejně to") == "David Cameron"
