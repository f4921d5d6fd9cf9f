"""Quotations the briefing showed wrong: what a quotation's content holds around its marks and its cue.

Each case is new text written for the fault it pins (not the demo corpus's sentences); each failed before
the fix its comment names.
"""

from __future__ import annotations

from storyline.model import Span
from storyline.quotes import find_quotes, simple_sentences


def _quotes(text: str, lang: str, one_sentence: bool = False) -> list[tuple[str, str, str, dict[str, object]]]:
    """(content, cue, speaker words, extra attrs) of each quotation of `text`; `one_sentence` hands the
    finder the whole text as one sentence, as a splitter that reads on past a stop does."""
    sentences = [(0, len(text))] if one_sentence else simple_sentences(text, lang)
    found = []
    for quote in find_quotes(text, lang, sentences):
        span = quote.span()
        cue, speaker = span.attrs["cue"], span.attrs.get("speaker")
        found.append(
            (
                text[span.start : span.end],
                text[cue[0] : cue[1]] if cue else "",
                text[speaker[0] : speaker[1]] if speaker else "",
                {k: v for k, v in span.attrs.items() if k in ("quoted", "partial", "parts")},
            )
        )
    return found


def test_a_partial_quote_ending_the_writers_clause_keeps_its_clause_and_closing_mark() -> None:
    # Before: 'The city council will rebuild the old bridge "as fast as humanly possible' -- the writer's clause
    # up to the mark, read as the speaker's own words, its closing mark cut off.
    text = 'The city council will rebuild the old bridge "as fast as humanly possible", deputy mayor Tom Baker said.'
    (content, cue, speaker, extra), *_ = _quotes(text, "en")
    assert content == 'The city council will rebuild the old bridge "as fast as humanly possible"'
    assert (cue, speaker) == ("said", "deputy mayor Tom Baker")
    quoted = extra["quoted"]
    assert isinstance(quoted, list)
    assert text[quoted[0] : quoted[1]] == "as fast as humanly possible"


def test_a_quotation_alone_after_its_attribution_stays_whole() -> None:
    text = '"The bridge will be rebuilt as fast as humanly possible," deputy mayor Tom Baker said.'
    assert _quotes(text, "en")[0][:3] == (
        "The bridge will be rebuilt as fast as humanly possible,",
        "said",
        "deputy mayor Tom Baker",
    )


def test_a_statement_in_two_pieces_names_its_pieces_without_the_attribution() -> None:
    # Before: one content 'The dam is holding," the engineer Jan Kos said. "Keep away from the river.' with
    # nothing to tell the speaker's words from the attribution between them.
    text = (
        '"The dam is holding, but the water is still rising," the engineer Jan Kos said. '
        '"Keep away from the river tonight." The town hall stayed open.'
    )
    (content, cue, speaker, extra), *_ = _quotes(text, "en")
    assert cue == "said" and speaker.endswith("Jan Kos")
    parts = extra["parts"]
    assert isinstance(parts, list)
    assert [text[s:e] for s, e in parts] == [
        "The dam is holding, but the water is still rising,",
        "Keep away from the river tonight.",
    ]
    span = Span(text.index(content), text.index(content) + len(content), "quote", {"parts": parts})

    class _Article:
        def __init__(self, text: str) -> None:
            self.text = text

    from storyline.quotes.listing import quote_content

    shown = quote_content(_Article(text), span)  # type: ignore[arg-type]
    assert shown == "The dam is holding, but the water is still rising, … Keep away from the river tonight."
    assert "said" not in shown


def test_a_stop_before_a_quotation_ends_the_writers_sentence() -> None:
    # Before: where the splitter read on past 'an.' (German »…« opens no sentence for it), the previous
    # sentence was the start of the quotation's content.
    text = (
        "Die Bürgermeisterin Jana Berger bot zehn Millionen Euro an. »Wir bauen keine Straßen, sondern "
        "Brücken zwischen Menschen«, sagte Berger am Freitag."
    )
    content, cue, speaker, _extra = _quotes(text, "de", one_sentence=True)[0]
    assert (content, cue, speaker) == ("Wir bauen keine Straßen, sondern Brücken zwischen Menschen", "sagte", "Berger")


def test_an_abbreviation_stop_is_no_sentence_end_before_a_quotation() -> None:
    text = "The U.S. economy may well be “strategic and slow,” said the analyst Ruth Hemsley."
    content, _cue, _speaker, extra = _quotes(text, "en", one_sentence=True)[0]
    assert content.startswith("The U.S. economy")
    assert extra.get("partial") is True
