"""Search folding: one key for a word however it is cased, accented or scripted.

`Zełenski`, `ZELENSKI`, `Zelenski` and `Зеленски` fold to `zelenski`, so full-text search finds a
name in every language the store holds. FTS5's own `remove_diacritics` cannot do this: `ł` has no
Unicode decomposition and Cyrillic needs transliteration.
"""

from __future__ import annotations

import re

from anyascii import anyascii

_NON_WORD = re.compile(r"[^0-9a-z]+")
# Soft/hard signs and the Ukrainian apostrophe (ʼ) transliterate to "'", which would split a name in two
# (Зеленський -> "zelens kiy"); dropping them keeps one word (zelenskiy), as Latin spellings write it.
_SIGNS = str.maketrans("", "", "ьЬъЪʼ")


def fold(text: str) -> str:
    """Lower-case ASCII transliteration with punctuation turned into single spaces."""
    return _NON_WORD.sub(" ", anyascii(text.translate(_SIGNS)).lower()).strip()


def fold_query(query: str) -> str:
    """Turn a user query into an FTS5 MATCH expression over folded text.

    Words are ANDed; a trailing `*` keeps prefix search; quoted phrases stay phrases.
    """
    parts: list[str] = []
    for m in re.finditer(r'"([^"]+)"|(\S+)', query):
        if m.group(1):
            words = fold(m.group(1))
            if words:
                parts.append(f'"{words}"')
            continue
        token = m.group(2)
        prefix = token.endswith("*")
        words = fold(token.rstrip("*"))
        for i, word in enumerate(words.split()):
            last = i == len(words.split()) - 1
            parts.append(f'"{word}"' + ("*" if prefix and last else ""))
    return " ".join(parts)
