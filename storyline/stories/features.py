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
STEM = 5  # skeleton letters: keeps Putin/Putina, Trump/Trumpa, Zelensky/Zełenski/Зеленский together
LEAD_WORDS = 120  # words of body used for the vector: the lede carries the story (semeval8 dev: 120 > 80 > 200)
# digraphs and letters that vary between transliterations of one name (applied in order)
_DIGRAPHS = (
    ("dzh", "j"),
    ("dz", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ch", "c"),
    ("sh", "s"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("ph", "f"),
    ("th", "t"),
    ("q", "k"),
    ("z", "s"),
    ("j", "i"),
    ("y", "i"),
    ("c", "k"),
)
MAX_NAME_KEYS = 40
MAX_TERM_KEYS = 60
MIN_KEY = 3  # skeletons of 1-2 letters (Kyiv -> kv) collide across unrelated names
MIN_TERM_CHARS = 5  # shorter lower-case words are mostly function words in every language here
TERM_STEM = 6
USE_TERMS = True


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


def fold_word(word: str, stem: int = TERM_STEM) -> str:
    """A word transliterated to ASCII, lower-cased and cut to a stem (for same-script term matching)."""
    return "".join(ch for ch in anyascii(word).lower() if ch.isalnum())[:stem]


def fold_key(word: str, stem: int = STEM) -> str:
    """Language-independent key of a name: the consonant skeleton of its ASCII transliteration.

    Transliterations of one name differ in vowels and digraphs (Johnson / Dzhonsun, Brexit / Brekzit,
    Zelensky / Zelenskii), so the key keeps the first letter and the following consonants after
    folding digraphs, then cuts to `stem` letters; inflection endings fall past the cut (Putin/Putina).
    """
    folded = "".join(ch for ch in anyascii(word).lower() if ch.isalpha())
    for src, dst in _DIGRAPHS:
        folded = folded.replace(src, dst)
    out: list[str] = []
    for i, ch in enumerate(folded):
        if i > 0 and (ch in "aeiouyh" or ch == out[-1]):
            continue
        out.append(ch)
    return "".join(out)[:stem]


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
        if len(key) >= MIN_KEY:
            counts[key] += 1
    if len(counts) > limit:
        counts = Counter(dict(counts.most_common(limit)))
    return counts


def term_keys(text: str, limit: int = MAX_TERM_KEYS) -> Counter[str]:
    """Counts of folded stems of longer lower-case words: the distinctive vocabulary of a text."""
    counts: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) >= MIN_TERM_CHARS and word[0].islower():
            counts[fold_word(word)] += 1
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


def article_keys(
    title: str | None, text: str, entity_counts: list[tuple[str, int]] | None = None, terms: bool = USE_TERMS
) -> dict[str, float]:
    """Weighted keys of an article: entity ids (when linked), folded name keys and term stems of title and lead."""
    head = f"{title or ''}\n{lead_of(text, 400)}"
    keys = {f"N:{k}": float(v) for k, v in name_keys(head).items()}
    if terms:
        keys.update({f"T:{k}": float(v) for k, v in term_keys(head).items()})
    for entity_id, n in entity_counts or []:
        keys[f"E:{entity_id}"] = float(n)
    return keys
