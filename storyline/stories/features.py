"""What the story clustering knows about one article: a vector, weighted keys, a time, a language.

Keys are the language-independent "distinctive terms" of an article: canonical entity ids when the
entities stage has linked them (`E:<id>`), and folded name keys (capitalised words inside a sentence,
transliterated to ASCII and cut to a 5-letter stem, so `Zełenski`, `Zelensky`, `Зеленский` and the
Polish genitive `Putina`/`Putin` share a key). Weights are term counts; rarity is applied later by
the clusterer's document frequencies.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from anyascii import anyascii

# A word: letters (any script) with inner apostrophes/hyphens.
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
_SENTENCE_END = set('.!?…:;"“”„«»()\n')
STEM = 5  # 5 letters keep Putin/Putina, Trump/Trumpa, Zelensky/Zełenski together; 4 merged unrelated names on dev
LEAD_WORDS = 120  # words of body used for the vector: the lede carries the story (semeval8 dev: 120 > 80 > 200)
MAX_NAME_KEYS = 40


@dataclass
class StoryFeatures:
    """The inputs of story assignment for one article."""

    article_id: str
    vector: np.ndarray  # float32, L2-normalised
    keys: dict[str, float]
    published: datetime | None = None
    language: str | None = None
    outlet: str | None = None
    title: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


def fold_key(word: str) -> str:
    """Language-independent key of a name word: ASCII transliteration, lower case, 5-letter stem."""
    folded = "".join(ch for ch in anyascii(word).lower() if ch.isalnum())
    return folded[:STEM]


def name_keys(text: str, limit: int = MAX_NAME_KEYS) -> Counter[str]:
    """Counts of folded keys of capitalised words that do not open a sentence (names, mostly)."""
    counts: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < 3 or not word[0].isupper():
            continue
        # the nearest non-space character before the word: a sentence start capitalises any word
        j = m.start() - 1
        while j >= 0 and text[j] in " \t\r":
            j -= 1
        if j < 0 or text[j] in _SENTENCE_END:
            continue
        key = fold_key(word)
        if len(key) >= 3:
            counts[key] += 1
    if len(counts) > limit:
        counts = Counter(dict(counts.most_common(limit)))
    return counts


def lead_of(text: str, words: int = LEAD_WORDS) -> str:
    """The first `words` words of a body."""
    parts = text.split(maxsplit=words)
    return " ".join(parts[:words])


def vector_text(title: str | None, text: str, entity_names: list[str] | None = None) -> str:
    """The text embedded for an article: title, lead and the names of its main entities."""
    pieces = [title or "", lead_of(text)]
    if entity_names:
        pieces.append(" ".join(entity_names))
    return "\n".join(p for p in pieces if p)


def article_keys(title: str | None, text: str, entity_counts: list[tuple[str, int]] | None = None) -> dict[str, float]:
    """Weighted keys of an article: entity ids (when linked) plus folded name keys of title and lead."""
    counts: Counter[str] = name_keys(f"{title or ''}\n{lead_of(text, 400)}")
    keys = {f"N:{k}": float(v) for k, v in counts.items()}
    for entity_id, n in entity_counts or []:
        keys[f"E:{entity_id}"] = float(n)
    return keys
