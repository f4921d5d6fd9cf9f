"""Transcripts: paragraphs opening with a speaker's name in capitals and a colon are that speaker's turns.

    WALLACE: Do you really see those two as equivalent?
    PENCE: Well, look, …

Papers print broadcast interviews this way, often inside one pair of quotation marks opened again at each
paragraph ("Partial transcript as follows: \"WALLACE: …\n\n\"PENCE: …"). Read as marks, the whole
transcript is one quotation with one guessed speaker; read sentence by sentence, a turn ends at its first
full stop. Here each labelled paragraph is one quotation, its label the speaker, its colon the cue; what
the other paths found inside a turn gives way to it.

A text is a transcript when at least `MIN_TURNS` paragraphs open with such a label and a speaker speaks again
after another did (a dateline "NEW DELHI:", section labels "PERSPECTIVE:" or a thread's "NB:" do not alternate), and
the labelled paragraphs make at least `MIN_DENSITY` of the paragraphs from the first to the last: an interview's turns
follow each other, while a web page's footer labels ("AS REPORTED BY:", "PERSPECTIVE:" before each linked item) lie
scattered over hundreds of paragraphs.
Stage directions in parentheses ("(CROSSTALK.)") are nobody's turn.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.quotes.base import Quote
from storyline.quotes.speakers import tokenize

if TYPE_CHECKING:
    from storyline.quotes.extract import QuoteFinder

# Fewest labelled paragraphs that make a transcript.
MIN_TURNS = 3
# Least share of labelled paragraphs between a transcript's first and last turn: 0.60 to 1.00 in PolNeAR's four
# transcripts, 0.00 to 0.04 on the ten CL-TLS pages (it, fr) whose footers repeat labels (session-26 audit)
MIN_DENSITY = 0.25
# A label: up to four words in capitals (any script) before a colon, after an optional opening mark.
_LABEL = re.compile(r"[\"“„«»]?[ \t]*((?:[^\W\d_][\w.'’-]*[ \t]){0,3}[^\W\d_][\w.'’-]*)[ \t]*:[ \t\xa0]+(?=\S)")
_MARKS = '"“”„«»'


def _label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The speaker label opening the paragraph `text[start:end]`, if it is one: capitals only, two letters or more."""
    m = _LABEL.match(text, start, end)
    if m is None:
        return None
    letters = [c for c in m.group(1) if c.isalpha()]
    return m if len(letters) >= 2 and all(c.isupper() for c in letters) else None


def _alternating(speakers: list[str]) -> bool:
    """True when a speaker speaks again after someone else did (A … B … A): turns, not a list of labels."""
    last: dict[str, int] = {}
    for k, name in enumerate(speakers):
        if name in last and any(other != name for other in speakers[last[name] + 1 : k]):
            return True
        last[name] = k
    return False


def transcript_turns(finder: QuoteFinder) -> list[Quote]:
    """The turns of a transcript in `finder`'s text, one quotation per labelled paragraph (none in other texts)."""
    text = finder.text
    labelled = []
    at = []
    for k, (s, e) in enumerate(finder.paragraphs):
        start = s + len(text[s:e]) - len(text[s:e].lstrip())
        m = _label(text, start, e)
        if m is not None:
            labelled.append((m, e))
            at.append(k)
    if len(labelled) < MIN_TURNS or len(labelled) < MIN_DENSITY * (at[-1] - at[0] + 1):
        return []
    if not _alternating([m.group(1).split()[-1] for m, _e in labelled]):
        return []
    turns = []
    for m, end in labelled:
        content_end = end
        while content_end > m.end() and (text[content_end - 1].isspace() or text[content_end - 1] in _MARKS):
            content_end -= 1
        if content_end <= m.end():
            continue
        toks = tokenize(text, m.start(1), m.end(1), finder.lex.token)
        speaker = finder.speaker(toks, (0, len(toks)))
        colon = text.index(":", m.end(1))
        turns.append(Quote(m.end(), content_end, "direct", (colon, colon + 1), speaker, {"attributed": "transcript"}))
    return turns


def with_turns(quotes: list[Quote], turns: list[Quote]) -> list[Quote]:
    """`quotes` with every quotation that overlaps a turn replaced by the turns, in text order."""
    if not turns:
        return quotes
    kept = [q for q in quotes if not any(q.start < t.end and t.start < q.end for t in turns)]
    return sorted(kept + turns, key=lambda q: (q.start, -q.end))
