"""One statement quoted in pieces is one quotation: its span covers the pieces, `parts` names them.

PolNeAR annotates a claim its attribution interrupts ("“A,” he said. Then, “B”") as one content with several
fragments; as separate quotations, the pieces after the first were counted as false positives. Each case is
new text written for the fault it pins; each failed on the tree before the fix its comment names.
"""

from __future__ import annotations

from storyline.model import Span
from storyline.quotes import find_quotes, simple_sentences
from storyline.quotes.listing import quote_content


class _Article:
    def __init__(self, text: str) -> None:
        self.text = text


def _quotes(text: str, lang: str = "en") -> list[tuple[Span, str, str, list[str]]]:
    """(span, cue words, speaker label, texts of its parts) of each quotation of `text`."""
    found = []
    for quote in find_quotes(text, lang, simple_sentences(text, lang)):
        span = quote.span()
        cue = span.attrs["cue"]
        parts = [text[s:e] for s, e in span.attrs.get("parts") or []]
        found.append((span, text[cue[0] : cue[1]] if cue else "", span.attrs.get("speaker_label") or "", parts))
    return found


def test_a_quotation_opening_the_next_paragraph_is_no_attribution_of_the_one_before() -> None:
    # Before: "“We all wanted this." (a cue word in a short sentence after the quotation) attributed the second
    # paragraph's words to "We all"; now it goes on with the mayor's statement.
    text = (
        "“The harbour will reopen in May,” the mayor Ana Ruiz told reporters on Monday.\n\n"
        "“It will take a lot of work from all of us.”\n\n"
        "“We all wanted this. The fishermen have waited long enough for their harbour,” Ruiz added."
    )
    (_first, cue, speaker, parts), (last, last_cue, last_speaker, _) = _quotes(text)
    assert (cue, speaker) == ("told", "Ana Ruiz")
    assert parts == ["The harbour will reopen in May,", "It will take a lot of work from all of us."]
    assert text[last.start : last.end].startswith("We all wanted this.")
    assert (last_cue, last_speaker) == ("added", "Ana Ruiz")


def test_a_quotation_run_on_over_a_paragraph_from_an_interrupted_one_is_two_statements() -> None:
    # “A,” Rubio said. “B …¶“C,” he continued. “D.” Before: B, C and D were one quotation attributed by
    # "continued" and A another; now A and B are one statement (said), C and D the next (continued).
    text = (
        "“Trump says the things people want to say,” Rubio said. “But presidents can’t just say anything they "
        "want. It has consequences around the world.\n\n"
        "“I am not interested in being politically correct. I am just interested in being correct,” he continued. "
        "“We are going to have to work together with people of the Muslim faith.”"
    )
    (first, cue, speaker, parts), (_second, second_cue, _, second_parts) = _quotes(text)
    assert (cue, speaker) == ("said", "Rubio")
    assert parts == [
        "Trump says the things people want to say,",
        "But presidents can’t just say anything they want. It has consequences around the world.",
    ]
    assert second_cue == "continued"
    assert second_parts[0].startswith("I am not interested") and second_parts[1].startswith("We are going")
    assert "\n" not in text[first.start : first.end]


def test_a_quotation_run_on_over_a_paragraph_without_a_cue_of_its_own_stays_one() -> None:
    # A multi-paragraph quotation opening its paragraph and closed without a new cue is one statement.
    text = (
        "“The river is rising faster than anyone expected.\n\n"
        "“We ask everyone living near the bridge to leave tonight,” the engineer Jan Kos said."
    )
    ((span, cue, _speaker, _parts),) = _quotes(text)
    assert cue == "said"
    assert text[span.start : span.end].startswith("The river") and text[span.start : span.end].endswith("tonight,")


def test_a_cueless_quotation_after_a_connective_goes_on_with_the_statement() -> None:
    # Before: "he just acts …" was a second quotation (kind context) of Trump's one statement.
    text = (
        "“We’re going to build a wall. It’s so simple,” Trump said. Instead, “he just acts like a defeated man "
        "who has given up on the country.”"
    )
    ((span, cue, speaker, parts),) = _quotes(text)
    assert (cue, speaker) == ("said", "Trump")
    assert parts == [
        "We’re going to build a wall. It’s so simple,",
        "he just acts like a defeated man who has given up on the country.",
    ]
    # the briefing cites the pieces, not the attribution between them
    shown = quote_content(_Article(text), span)  # type: ignore[arg-type]
    assert shown == parts[0] + " … " + parts[1]


def test_a_quotation_its_own_cue_introduces_is_another_statement() -> None:
    # "adding that “…”": the second quotation is the object of a cue of its own (PolNeAR: another content).
    text = (
        "“We are gravely concerned about the fate of these families,” the senator said, adding that “the "
        "department may have already sent mothers and children back.”"
    )
    assert len(_quotes(text)) == 2


def test_pieces_join_in_any_language_and_style_of_marks() -> None:
    french = (
        "« Nous ne céderons pas sur les retraites des agriculteurs », a déclaré le ministre Paul Martin. Ensuite, "
        "« nous verrons ce que les syndicats proposent pour la suite »."
    )
    ((_, cue, speaker, parts),) = _quotes(french, "fr")
    assert (cue, speaker) == ("a déclaré", "Paul Martin") and len(parts) == 2
    german = (
        "Die Ministerin Anna Weber sagte: „Wir werden die Brücke bis zum Sommer fertig bauen.“ Und „die Kosten "
        "tragen Bund und Land gemeinsam, das ist längst beschlossen“."
    )
    ((_, cue, speaker, parts),) = _quotes(german, "de")
    assert (cue, speaker) == ("sagte", "Anna Weber")
    assert parts == [
        "Wir werden die Brücke bis zum Sommer fertig bauen.",
        "die Kosten tragen Bund und Land gemeinsam, das ist längst beschlossen",
    ]


def test_a_cueless_quotation_in_the_next_paragraph_after_narration_stays_apart() -> None:
    # Only a piece in the same paragraph joins: a paragraph of the writer's own between them parts them.
    text = (
        "“The harbour will reopen in May,” the mayor Ana Ruiz told reporters on Monday.\n\n"
        "The fishermen, who lost two seasons to the works, were not convinced by the promise.\n\n"
        "“They have said that every year since the storm destroyed the old pier.”"
    )
    quotes = _quotes(text)
    assert not any(parts for _span, _cue, _speaker, parts in quotes)


def test_a_parenthesised_aside_after_the_speaker_keeps_the_cue_after_it() -> None:
    # Before: the stop inside "(D-Wis.)" ended the search for the cue; the quotation was read as going on with
    # an earlier one (kind context) and got its speaker.
    text = (
        "“It’s a dog whistle to all Americans, especially African-Americans,” Rep. Gwen Moore (D-Wis.) said "
        "Friday. “If indeed Barack Obama is not legitimate, then how can you feel good about yourself.”"
    )
    ((span, cue, speaker, parts),) = _quotes(text)
    assert cue == "said" and speaker.endswith("Gwen Moore")
    assert span.attrs.get("attributed") is None and len(parts) == 2


def test_a_title_in_marks_before_the_speakers_aside_is_no_quotation() -> None:
    text = (
        'In an interview on CBS\'s "Face the Nation," House Speaker Paul D. Ryan (R-Wis.) said the recent '
        "spate of shootings demands that all Americans listen more."
    )
    assert not any("Face the Nation" in text[s.start : s.end] for s, _cue, _speaker, _parts in _quotes(text))


def test_a_quotation_after_an_added_participle_cue_is_the_next_statement() -> None:
    # “A,” he said, adding, “B.” Before: B was joined to A as a piece of one statement; PolNeAR annotates two
    # attributions, the second with the participle cue (train: 4 such joins split, each now two matches).
    text = (
        "“We do not want a fractured convention, we want this settled early,” the chairman said, adding, “We do "
        "not want to be in Cleveland fighting for a nomination that is already decided.”"
    )
    (first, cue, speaker, parts), (second, second_cue, second_speaker, _) = _quotes(text)
    assert text[first.start : first.end] == "We do not want a fractured convention, we want this settled early,"
    assert (cue, parts) == ("said", [])
    assert text[second.start : second.end].startswith("We do not want to be in Cleveland")
    assert (second_cue, second_speaker) == ("adding", speaker)


def test_an_added_participle_cue_after_a_title_in_the_attribution_still_opens_a_statement() -> None:
    # PolNeAR train: “A,” Graham said on MSNBC's "Morning Joe," adding, “B.” Before: one statement in two parts.
    text = (
        "“I think John Kasich would be the best nominee, but he doesn't have a chance,” Graham said on MSNBC's "
        '"Morning Joe," adding, “John Kasich\'s problem is he is an insider in an outsider year.”'
    )
    quotes = _quotes(text)
    assert [(text[q.start : q.end][:12], cue, parts) for q, cue, _speaker, parts in quotes] == [
        ("I think John", "said", []),
        ("John Kasich'", "adding", []),
    ]
