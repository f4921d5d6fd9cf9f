"""Stage "quotes": who said what — direct and reported speech with content, cue and speaker spans.

Each quotation becomes a `quote`-layer span over its content with attrs `kind` (direct|reported), `cue`
[s,e] or null, `speaker` [s,e] or null (the speaker words in the sentence), `speaker_mention` [s,e] or
null (the full-name person mention the speaker resolves to), `speaker_mentions` [[s,e], ...] where several speak
together (each one's entity mention, in text order: "Chuck Schumer and Nancy Pelosi said"; absent for one speaker,
and in quotes stored before it was recorded), `speaker_via` [s,e] (the medium that carried the speaker's words:
"X, quoted by Reuters", "цитиран от БТА"; absent where none is named), `speaker_label` (a name, "office of <name>",
or the phrase of an anonymous/institutional source) and `source_kind`
(person|institution|anonymous|media|document). A clause holding a few marked words has `quoted` [s,e] (the
speaker's own words) with `partial`; a statement interrupted by its attribution (“A,” she said. “B.”) spans
both pieces and names them in `parts` [[s,e], ...], the attribution between them no part of the words.
Per-language marks and cues: `langs/<iso>/quotes.py`.
"""

from __future__ import annotations

import re

from storyline.model import Article
from storyline.pipeline import stage
from storyline.quotes.extract import Quote, find_quotes
from storyline.quotes.lexicon import lexicon

__all__ = ["Quote", "find_quotes", "quote_stage", "simple_sentences"]

_SENTENCE_END = re.compile(r"[.!?…][”\"»’)]*(\s+)(?=[\"“„«»‘(\-–—]*\s?[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЄІЇҐ0-9])|(\n+)")


def simple_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """A plain punctuation-and-newline sentence splitter, for texts that did not go through the pipeline."""
    abbreviations = lexicon(lang).abbreviations
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        gap = 1 if m.group(1) is not None else 2
        if gap == 1 and re.search(r"(\w+)\.$", text[max(0, m.start() - 8) : m.start() + 1]):
            word = re.search(r"(\w+)\.$", text[max(0, m.start() - 8) : m.start() + 1])
            if word is not None and word.group(1) in abbreviations:
                continue  # "Gov. Kasich": no sentence ends at a title's abbreviation
        if text[start : m.start(gap)].strip():
            spans.append((start, m.start(gap)))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


@stage("quotes", needs={"sentence", "mention"}, produces={"quote"})
def quote_stage(article: Article) -> None:
    """Find the article's quotations and set the `quote` layer."""
    paragraphs = [(p.start, p.end) for p in article.paragraphs] or None
    sentences = [(s.start, s.end) for s in article.sentences]
    if not sentences and article.text.strip():
        # Called on an article no sentences stage has seen (a library caller): split it here rather than
        # find nothing, or fail where the tagger looks up a quotation's sentence.
        from storyline.sentences import split_sentences

        sentences = split_sentences(article.text, article.language, paragraphs)
    mentions = article.layers.get("mention")
    quotes = find_quotes(article.text, article.language, sentences, paragraphs, mentions)
    article.set_layer("quote", [q.span() for q in quotes])
