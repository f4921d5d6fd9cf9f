"""A learned last check on every quotation found (rules and parse alike): keep it or drop it.

The rules accept a cue word wherever their patterns fit; some fits are not attributions at all ("adding
to her delegate lead", "the show airs on Sirius XM", "released by Al-Shabaab"). A logistic regression over
parse-free features of the finished quotation (its cue words, which side of the cue the content lies,
the content's first word and length, the speaker's kind, how the quotation was found) learns from PolNeAR
train which fits the annotators never count. It runs in both `quote_parser` modes.

Weights live in `storyline/quotes/data/<lang>_filter.json` (language data modules name it as
LEARNED_FILTER), learned by `python -m storyline.quotes.train --filter` from PolNeAR train (never dev).
Languages without one keep every quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from storyline.quotes.scorer import Scorer, from_raw, read_learned

DATA_DIR = Path(__file__).parent / "data"
_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
_QUOTE_CHARS = frozenset("\"“”„«»‘’'")
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(_QUOTE_CHARS))) + "]")  # one search, not a step a character


def _bucket(n: int, bounds: Sequence[int] = (2, 3, 5, 8, 13, 21, 34)) -> str:
    for bound in bounds:
        if n < bound:
            return f"<{bound}"
    return f">={bounds[-1]}"


def _shape(word: str) -> str:
    """A word's identity when it is lower-case (function words carry the signal), else its shape."""
    if not word:
        return "-"
    if word[0].isdigit():
        return "NUM"
    if word[0].isupper():
        return "CAP"
    return word.lower()


def quote_features(
    text: str,
    start: int,
    end: int,
    kind: str,
    cue: tuple[int, int] | None,
    speaker_kind: str | None,
    speaker_words: str | None,
    extra: dict[str, Any],
    sentence: tuple[int, int],
) -> list[str]:
    """Feature names of one finished quotation (see the module docstring)."""
    words = _WORD.findall(text, start, end)
    first = words[0] if words else ""
    cue_words = [w.lower() for w in _WORD.findall(text, *cue)] if cue else []
    cue_text = " ".join(cue_words) or "-"
    cue_last = cue_words[-1] if cue_words else "-"
    if cue is None:
        side, gap = "none", "-"
    elif cue[1] <= start:
        side, gap = "before", _bucket(len(_WORD.findall(text, cue[1], start)), (1, 2, 4, 8))
    elif cue[0] >= end:
        side, gap = "after", _bucket(len(_WORD.findall(text, end, cue[0])), (1, 2, 4, 8))
    else:
        side, gap = "inside", "-"
    length = _bucket(len(words))
    s_len = max(1, len(_WORD.findall(text, *sentence)))
    share = _bucket(int(10 * len(words) / s_len), (3, 6, 9, 11))
    quoted = _QUOTE_CHAR.search(text, start, end) is not None
    closing = text[end - 1 : end] if end > start else ""
    speaker = speaker_kind or "none"
    spw = _shape(_WORD.findall(speaker_words)[0]) if speaker_words and _WORD.findall(speaker_words) else "-"
    cue_cap = cue is not None and text[cue[0]].isupper()
    return [
        "bias",
        "k=" + kind,
        "a=" + str(extra.get("attributed", "rule")),
        "partial=" + str(bool(extra.get("partial"))),
        "cue=" + cue_text,
        "cl=" + cue_last,
        "side=" + side,
        "gap=" + gap,
        "cs=" + cue_last + "|" + side,
        "len=" + length,
        "kl=" + kind + "|" + length,
        "cul=" + cue_last + "|" + length,
        "share=" + share,
        "c0=" + _shape(first),
        "cc0=" + cue_last + "|" + _shape(first),
        "sc0=" + side + "|" + _shape(first),
        "q=" + str(quoted),
        "end=" + (closing if not closing.isalnum() else "w"),
        "spk=" + speaker,
        "cspk=" + cue_last + "|" + speaker,
        "spw=" + spw,
        "cuecap=" + str(cue_cap),
    ]


@dataclass(frozen=True)
class QuoteFilter:
    """Logistic-regression weights over quotation features and the probability a quotation needs."""

    model: Scorer

    def keep(self, names: list[str]) -> bool:
        """True when a quotation with these features is likely an attribution."""
        return self.model.probability(names) >= self.model.threshold


@cache
def load_filter(name: str) -> QuoteFilter:
    """The learned filter `storyline/quotes/data/<name>` (see `python -m storyline.quotes.train --filter`)."""
    return QuoteFilter(
        from_raw(read_learned(name, "learned quote filter", "python -m storyline.quotes.train --filter"))
    )
