"""Search folding: one key for a word however it is cased, accented or scripted.

`Zełenski`, `ZELENSKI`, `Zelenski` and `Зеленски` fold to `zelenski`, so full-text search finds a
name in every language the store holds. FTS5's own `remove_diacritics` cannot do this: `ł` has no
Unicode decomposition and Cyrillic needs transliteration.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Soft/hard signs and the Ukrainian apostrophe (ʼ) transliterate to "'", which would split a name in two
# (Зеленський -> "zelens kiy"); dropping them keeps one word (zelenskiy), as Latin spellings write it.
_SIGNS = str.maketrans("", "", "ьЬъЪʼ")


# ASCII separators fold to themselves (a space); splitting on them first lets each word be folded once
# and cached, since anyascii works character by character in Python (the hot spot of storing articles).
_ASCII_SEPARATORS = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")


def fold(text: str) -> str:
    """Lower-case ASCII transliteration with punctuation turned into single spaces."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower()).strip()
    return " ".join(folded for chunk in _ASCII_SEPARATORS.split(text) if chunk and (folded := _fold_chunk(chunk)))


@lru_cache(maxsize=200_000)
def _fold_chunk(chunk: str) -> str:
    return _NON_WORD.sub(" ", anyascii(chunk.translate(_SIGNS)).lower()).strip()


def _query_terms(query: str) -> list[tuple[list[str], bool]]:
    """A user query as folded terms: (words of one word or quoted phrase, whether the last is a prefix)."""
    terms: list[tuple[list[str], bool]] = []
    for m in re.finditer(r'"([^"]+)"|(\S+)', query):
        if m.group(1):
            if words := fold(m.group(1)).split():
                terms.append((words, False))
            continue
        token = m.group(2)
        prefix = token.endswith("*")
        words = fold(token.rstrip("*")).split()
        terms += [([word], prefix and i == len(words) - 1) for i, word in enumerate(words)]
    return terms


def fold_query(query: str) -> str:
    """Turn a user query into an FTS5 MATCH expression over folded text.

    Words are ANDed; a trailing `*` keeps prefix search; quoted phrases stay phrases.
    """
    return " ".join(f'"{" ".join(words)}"' + ("*" if prefix else "") for words, prefix in _query_terms(query))


def fold_tsquery(query: str) -> str:
    """The same query as a PostgreSQL `to_tsquery('simple', …)` text (folded words are [0-9a-z] only)."""
    return " & ".join(
        "(" + " <-> ".join(words) + ")" if len(words) > 1 else words[0] + (":*" if prefix else "")
        for words, prefix in _query_terms(query)
    )


_WORD = re.compile(r'"[^"]*"|\S+')
# Trailing vowels (after folding) vary with case endings and transliteration: Zelensky, Zelenskiy,
# Zełenski, Зеленский (zelenskii), Putina, Trumpa. Searching the stem as a prefix finds them all.
_ENDING = re.compile(r"[aeiouy]+$")
_MIN_STEM = 4  # shorter stems ("eu*", "un*") would match far too much


def inflection_tolerant(query: str) -> str:
    """Rewrite each plain query word as a prefix search on its stem; quoted phrases and `word*` stay."""
    parts = []
    for token in _WORD.findall(query):
        if token.startswith('"') or token.endswith("*"):
            parts.append(token)
            continue
        words = fold(token).split()
        for word in words:
            stem = _ENDING.sub("", word)
            parts.append(stem + "*" if len(stem) >= _MIN_STEM else word)
    return " ".join(parts)


_TEXT_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")  # a word of any script, apostrophes kept inside
SNIPPET_WORDS = 12  # words on each side of the best hit, as FTS5's snippet(…, 12) shows


def highlight(text: str, query: str, words: int = SNIPPET_WORDS) -> str | None:
    """A snippet of `text` in its own script and case around the densest hits of `query` (a search query as
    `fold_query` reads it), hits in [brackets]; None when no word of `text` matches.

    The engines' own snippets come from the folded index, which reads `zelenskii` for `Зеленський`.
    """
    terms = _query_terms(query)
    if not terms:
        return None
    spans: list[tuple[int, int]] = []  # one entry per folded piece of an original word
    pieces: list[str] = []
    for m in _TEXT_WORD.finditer(text):
        for piece in fold(m.group()).split():
            spans.append((m.start(), m.end()))
            pieces.append(piece)
    hit = [False] * len(pieces)
    for term, prefix in terms:
        n = len(term)
        for i in range(len(pieces) - n + 1):
            if pieces[i : i + n - 1] == term[:-1] and (
                pieces[i + n - 1].startswith(term[-1]) if prefix else pieces[i + n - 1] == term[-1]
            ):
                hit[i : i + n] = [True] * n
    found = [i for i, h in enumerate(hit) if h]
    if not found:
        return None
    # The window holding the most hits, centred on its first one.
    best = max(found, key=lambda i: sum(1 for j in found if i <= j < i + 2 * words))
    lo, hi = max(0, best - words), min(len(pieces), best + words + 1)
    out, pos, inside = [], spans[lo][0], False
    for i in range(lo, hi):
        start, end = spans[i]
        if start < pos:  # another folded piece of a word already written
            continue
        gap = text[pos:start]
        if inside and not hit[i]:
            out.append("]")
            inside = False
        out.append(gap)
        if hit[i] and not inside:
            out.append("[")
            inside = True
        out.append(text[start:end])
        pos = end
    if inside:
        out.append("]")
    if hi == len(pieces):
        out.append(text[pos:])  # the closing punctuation
    body = " ".join("".join(out).split())
    return ("… " if lo > 0 else "") + body + (" …" if hi < len(pieces) else "")
