"""A quotation inside a quotation in other marks stays inside it: straight and curly marks mixed, „…“ in "…".

The outer quotation's closing marks may include the inner one's ("…” closes " in scraped English), so the inner
closing mark ended the outer quotation: '"The agency is no longer about “fair play' was the whole quotation. Each
case is new text written for the fault it pins; the `nested` cases failed on the tree before the fix (d7245ae),
the `guard` cases pin what must stay as it was.
"""

from __future__ import annotations

import re

import pytest

from storyline.quotes import find_quotes, simple_sentences
from storyline.quotes.lexicon import lexicon
from storyline.quotes.marks import find_marked


def _marked(text: str, lang: str) -> list[str]:
    """The text inside the marks of each quotation `find_marked` finds in `text`."""
    # each line a paragraph, as the quotes stage reads a text given without paragraphs
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    return [text[q.start : q.end] for q in find_marked(text, lexicon(lang), paragraphs)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # nested: straight outer marks, a curly pair inside ("…” closed the straight opener)
        (
            'The mayor wrote: "The agency is no longer about “fair play” at all, and everyone knows it." Then he left.',
            "en",
            ["The agency is no longer about “fair play” at all, and everyone knows it."],
        ),
        # nested: curly outer marks, a straight pair inside (the straight close ended the curly quotation)
        (
            '“They called the plan "a disgrace" before they read it,” the minister said.',
            "en",
            ['They called the plan "a disgrace" before they read it,'],
        ),
        # nested: Bulgarian „…“ holding a straight pair (bg closes „ with " too)
        (
            '„Слушам всяка сутрин "Радио Витоша" и вярвам на новините“, каза тя.',
            "bg",
            ['Слушам всяка сутрин "Радио Витоша" и вярвам на новините'],
        ),
    ],
)
def test_a_nested_quotation_stays_inside_the_outer_one(text: str, lang: str, expected: list[str]) -> None:
    assert _marked(text, lang) == expected


def test_a_nested_quotation_in_a_quotation_over_paragraphs_stays_inside_it() -> None:
    # nested: the outer straight quotation runs on into the next paragraph, which re-opens it with its own mark
    text = (
        'She wrote:\n\n"The board is not about “open doors” any more. It is about control.\n\n'
        '"The newest case is the harbour deal," she added.'
    )
    assert _marked(text, "en") == [
        'The board is not about “open doors” any more. It is about control.\n\n"The newest case is the harbour deal,'
    ]


def test_the_statement_with_a_nested_quotation_keeps_its_speaker() -> None:
    # nested: before, the quotation ended at 'fair play' and the cue after the outer closing mark was not its own
    text = '"The agency is no longer about “fair play” at all, and everyone knows it," Mayor Tom Baker said on Monday.'
    found = []
    for quote in find_quotes(text, "en", simple_sentences(text, "en")):
        span = quote.span()
        cue = span.attrs["cue"]
        found.append(
            (text[span.start : span.end], text[cue[0] : cue[1]] if cue else "", span.attrs.get("speaker_label"))
        )
    assert found == [("The agency is no longer about “fair play” at all, and everyone knows it,", "said", "Tom Baker")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # guard: an inner mark never closed before a new quotation opens is a stray, not a nested opener
        ('“He said "no,” she recalled. Then “yes,” he said.', "en", ['He said "no,', "yes,"]),
        # guard: one quotation marked twice ('"“') is no nested quotation
        ('"“We will win this,” she said. Later "it is over" came.', "en", ["“We will win this,", "it is over"]),
        # guard: Slovenian lists « as an opener too; '»…,« je dejal' still closes at «
        ("»Je na varnem,« je dejal. »Drugo vprašanje,« je dodal.", "sl", ["Je na varnem,", "Drugo vprašanje,"]),
        # guard: »…« inside "…" was already right in German (« never closes ")
        ('"Er nannte das »einen Fehler« und ging", sagte sie.', "de", ["Er nannte das »einen Fehler« und ging"]),
        # guard: „…“ inside «…» was already right in Russian
        (
            "«Он назвал это „ошибкой“ и ушёл», — сказала она.",
            "ru",
            ["Он назвал это „ошибкой“ и ушёл"],
        ),
    ],
)
def test_marks_that_do_not_nest_pair_as_before(text: str, lang: str, expected: list[str]) -> None:
    assert _marked(text, lang) == expected


def test_a_paragraph_opening_with_another_mark_is_a_quotation_of_its_own() -> None:
    # guard: a paragraph opening with “ inside a straight quotation over paragraphs is not nested in it (were it
    # nested, the straight quotation would run on to "Only once.”"); the pairing stays as it was
    text = (
        '"The debate was a show.\n\n'
        '"She pressed him with a question about his record.\n\n'
        "“You have never run a city,” the host said.\n\n"
        '"He laughed it off, “Only once.” But she went on.'
    )
    assert _marked(text, "en") == [
        'The debate was a show.\n\n"She pressed him with a question about his record.\n\n“You have never run a city,',
        "He laughed it off, “Only once.",
    ]


# The speaker of a cue's object frame is the verb's subject, never its object. A bare title ("the senator") is
# resolved to a person named later with that title; the title words before the object's name are the speaker's
# own, so the object was taken for the title's holder ('The senator blasted the Drudge Report for …' -> "Drudge
# Report"). These cases failed on d7245ae; the guards pin the later holder that stays.


def _labels(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """(content, speaker label) of each quotation of `text`."""
    found = []
    for quote in find_quotes(text, lang, simple_sentences(text, lang)):
        span = quote.span()
        found.append((text[span.start : span.end], span.attrs.get("speaker_label") or ""))
    return found


def test_the_object_of_a_bare_titles_verb_is_not_its_holder() -> None:
    text = "The senator blasted the Drudge Report for linking to a Breitbart article."
    assert _labels(text) == [("the Drudge Report for linking to a Breitbart article", "The senator")]


def test_a_bare_title_told_a_named_reporter_is_the_person_named_before() -> None:
    text = "Barack Obama spoke on Monday. “The plan worked,” the president told the magazine’s Jeffrey Goldberg."
    assert _labels(text) == [("The plan worked,", "Barack Obama")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # guard: a name set off after the title phrase is its apposition and holds the title
        (
            "“The party was a front,” wrote the ambassador at the time, John Herbst.",
            "en",
            [("The party was a front,", "John Herbst")],
        ),
        # guard: the first person named later with the very same title
        (
            "«Il piano è pronto», ha detto l'assessore alla mobilità. L'assessore Marco Ferri ha poi aggiunto altro.",
            "it",
            [("Il piano è pronto", "Marco Ferri")],
        ),
    ],
)
def test_a_later_holder_of_the_title_stays_the_speaker(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _labels(text, lang) == expected
