"""Stage "quotes": the number of a radio or TV programme in the phrase set between an inverted cue and its speaker is
no word of its own ("– mówił w Programie 1 Polskiego Radia biotechnolog dr Krzysztof Kucharczyk"): the phrase
stays within INSERTED_WORDS and the person after it speaks, not "Programie". Audit 26 (/work/briefs/audit26b_pl.md).
Sentences written for this audit."""

from __future__ import annotations

from quote_rows import speaker_label


def test_a_programme_number_does_not_hide_the_speaker() -> None:
    text = (
        "– Szczepionki mRNA są najnowszą technologią, od lat stosowaną w weterynarii – mówił w Programie 1 "
        "Polskiego Radia biotechnolog dr Krzysztof Kucharczyk."
    )
    assert speaker_label(text, "pl", "Szczepionki mRNA") == "Krzysztof Kucharczyk"
