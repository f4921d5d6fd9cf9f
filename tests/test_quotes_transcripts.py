"""Transcripts printed in papers: each paragraph opening with a speaker's name in capitals and a colon is that
speaker's turn (storyline/quotes/transcripts.py). Own texts, shaped like the PolNeAR and Fox/CNN transcripts
that failed: before, a transcript inside one pair of marks was one quotation with a guessed speaker, and an
unmarked turn ended at its first full stop."""

from __future__ import annotations

import pytest

from storyline.quotes import find_quotes, simple_sentences


def _turns(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    found = []
    for q in find_quotes(text, lang, simple_sentences(text, lang)):
        span = q.span()
        speaker = span.attrs.get("speaker")
        found.append(
            (
                text[span.start : span.end],
                text[speaker[0] : speaker[1]] if speaker else str(span.attrs.get("speaker_label") or ""),
                str(span.attrs.get("attributed")),
            )
        )
    return found


MARKED = (
    "On Sunday's show, Senator Ann Ortega defended her bill.\n\n"
    "Partial transcript as follows:\n\n"
    '"HALLORAN: Let us start with the bill. Why now? And why this way?\n\n'
    '"ORTEGA: Well, look, the roads are falling apart. Everybody knows it. We have waited ten years.\n\n'
    '"(CROSSTALK.)\n\n'
    '"HALLORAN: But the unions say you never asked them.\n\n'
    '"ORTEGA: They were at the table from the first day, and they know it."\n'
)


def test_a_transcript_in_marks_gives_one_quotation_per_turn() -> None:
    turns = [(content[:24], speaker) for content, speaker, how in _turns(MARKED) if how == "transcript"]
    assert turns == [
        ("Let us start with the bi", "HALLORAN"),
        ("Well, look, the roads ar", "ORTEGA"),
        ("But the unions say you n", "HALLORAN"),
        ("They were at the table f", "ORTEGA"),
    ]


def test_a_turn_is_its_whole_paragraph() -> None:
    text = (
        "Video transcript:\n\n"
        "JANE MORROW: Why not debate?\n\n"
        "TIM BRACK: This is a man who said he would never run a negative ad. He is now running them. "
        "Let us see the tone of his campaign first.\n\n"
        "MORROW: You were open to more debates in January.\n\n"
        "BRACK: The senator does not get to decide when we debate.\n"
    )
    contents = [content for content, _speaker, how in _turns(text) if how == "transcript"]
    assert contents[1] == (
        "This is a man who said he would never run a negative ad. He is now running them. "
        "Let us see the tone of his campaign first."
    )
    assert len(contents) == 4


@pytest.mark.parametrize(
    "text",
    [
        # a dateline and section labels open paragraphs but nobody takes turns
        "NEW DELHI: The government said on Monday that it would cut fuel taxes.\n\n"
        "UPDATE: The cut takes effect on Friday.\n\nWATCH: The minister's statement.\n",
        # the same label again and again is a list, not a conversation
        "PERSPECTIVE: Why the talks failed.\n\nPERSPECTIVE: What comes next.\n\nPERSPECTIVE: Who pays.\n",
    ],
)
def test_labels_that_do_not_alternate_are_no_transcript(text: str) -> None:
    assert all(how != "transcript" for _c, _s, how in _turns(text))


def _teaser(k: int) -> str:
    return f"Il convegno numero {k} sulla sicurezza si terrà a Roma il mese prossimo...leggi tutto »"


# a web page's footer: each linked item opens with its source label, scattered among the page's other links
FOOTER = "\n".join(
    [_teaser(k) for k in range(8)]
    + ["PERSPECTIVE: Why the Talks on Migration Failed Again This Spring...leggi tutto »"]
    + [_teaser(k) for k in range(8, 16)]
    + ["AS REPORTED BY: Tweets by @CIA On July 26, 1947, the National Security Act was signed...leggi tutto »"]
    + [_teaser(k) for k in range(16, 24)]
    + ["PERSPECTIVE: Foreign Fighters Coming Home Are a Test for Europe...leggi tutto »"]
    + [_teaser(k) for k in range(24, 32)]
    + ["AS REPORTED BY: EUROPOL Visita il sito ufficiale e scopri le ultime notizie...leggi tutto »"]
    + [_teaser(k) for k in range(32, 40)]
)


def test_labels_scattered_over_a_page_are_no_transcript() -> None:
    assert not [speaker for _c, speaker, how in _turns(FOOTER, "it") if how == "transcript"]
